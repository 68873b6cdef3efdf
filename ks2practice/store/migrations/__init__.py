"""The store's Alembic migrations: env.py runs on the Store's own connection; versions/ holds one file a revision."""

# The newest revision in versions/ (a test checks it against Alembic's own reading), so opening an up-to-date store
# needs one read and no Alembic import. Revision ids are the file's four digits; each revision on SQLite also sets
# PRAGMA user_version to its schema number, so an older ks2practice refuses a newer file rather than misreading it.
HEAD = "0004"
BASELINE = "0001"  # today's schema, version 3 of schema.MIGRATIONS: a store made before Alembic is stamped with it
