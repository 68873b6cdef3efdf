"""One Alembic revision a file, named by its four-digit id (Alembic skips this file)."""
