"""The store's SQLAlchemy engine: a SQLite file (WAL, synchronous FULL) or a PostgreSQL server chosen by URL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import StaticPool

ENV_DATABASE_URL = "KS2PRACTICE_DATABASE_URL"

# What a SQLite transaction begins with, kept on the connection: writes take the write lock up front
# (BEGIN IMMEDIATE), so two notebooks writing at once queue rather than fail; reads begin deferred.
BEGIN = "ks2practice_begin"


def sqlite_engine(path: Path | str) -> sa.Engine:
    """An engine on one SQLite file (or ``:memory:``), with the pragmas every connection needs."""
    memory = path == ":memory:"
    engine = sa.create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(str(path), isolation_level=None, timeout=30, check_same_thread=False),
        poolclass=StaticPool,  # one connection for the Store, as sqlite3 gave it: last to close checkpoints
    )

    @event.listens_for(engine, "connect")
    def configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLite's module never begins or commits on its own
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA busy_timeout = 30000")
        dbapi_connection.execute("PRAGMA secure_delete = ON")  # erased pupils' names don't linger in free pages
        if not memory:
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            dbapi_connection.execute("PRAGMA synchronous = FULL")  # a recorded answer survives power loss

    @event.listens_for(engine, "begin")
    def begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql(connection.info.get(BEGIN, "BEGIN"))

    return engine


def url_engine(url: str) -> sa.Engine:
    """An engine on a database server, e.g. ``postgresql+psycopg://user@host/ks2practice`` (psycopg 3)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"ks2practice stores pupils in SQLite (a file) or PostgreSQL, not {parsed.drivername}")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return sa.create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=2)


def database_url() -> str | None:
    """The server named by $KS2PRACTICE_DATABASE_URL, if set."""
    return os.environ.get(ENV_DATABASE_URL) or None
