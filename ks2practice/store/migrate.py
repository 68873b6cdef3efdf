"""Bringing a store up to date: older SQLite files by schema.py's scripts, then Alembic's revisions on either engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa

from ks2practice.store.engine import BEGIN
from ks2practice.store.migrations import BASELINE, HEAD
from ks2practice.store.schema import MIGRATIONS

MIGRATIONS_FOLDER = Path(__file__).with_name("migrations")
LOCK = 0x6B73_3270  # PostgreSQL advisory lock held while one window upgrades: "ks2p"
# The newest schema number this ks2practice knows: schema.py's scripts, then one for each revision after 0001 (each
# revision sets a SQLite file's user_version to it, so an older ks2practice refuses the file).
NEWEST = len(MIGRATIONS) - 1 + int(HEAD)


class UpgradeRefused(ValueError):
    """The store can't be upgraded by this ks2practice: it is newer, or its rows would dangle."""


def upgrade(connection: sa.Connection, where: str) -> None:
    """Bring the store to HEAD; one read when it is already there. Another window upgrading at once waits its turn."""
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        version = user_version(raw)
        if version > NEWEST:
            raise UpgradeRefused(newer(where, version))
        if 0 < version < len(MIGRATIONS):
            upgrade_sqlite_file(raw, where)
    with connection.begin():
        if revision(connection) == HEAD:
            return
    connection.info[BEGIN] = "BEGIN IMMEDIATE"
    if sqlite:  # a revision may rebuild a table others refer to; only switched off outside a transaction
        raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            if not sqlite:
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": LOCK})
            current = revision(connection)  # again, under the lock: another window may have upgraded it
            if current != HEAD:
                run_alembic(connection, current, where)
                if sqlite:
                    dangling(raw, where)
    finally:
        connection.info.pop(BEGIN, None)
        if sqlite:
            raw.execute("PRAGMA foreign_keys = ON")


def revision(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def run_alembic(connection: sa.Connection, current: str | None, where: str) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    config.attributes["connection"] = connection
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise UpgradeRefused(newer(where, current))
    if current is None and sa.inspect(connection).has_table("groups"):
        if connection.dialect.name != "sqlite":
            raise UpgradeRefused(f"{where} already has tables that ks2practice did not make; please use a new database")
        command.stamp(config, BASELINE)  # a store made before Alembic, now at schema version 3: the baseline
    command.upgrade(config, "head")


def dangling(raw: sqlite3.Connection, where: str) -> None:
    """Refuse (so the transaction rolls back) when any row refers to a row that is missing."""
    broken = raw.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise UpgradeRefused(
            f"can't upgrade {where}: rows in {', '.join(tables)} refer to rows that are missing; nothing was changed"
        )


def newer(where: str, version: object) -> str:
    return f"{where} was written by a newer ks2practice (schema {version}); please update ks2practice"


def user_version(raw: sqlite3.Connection) -> int:
    return int(raw.execute("PRAGMA user_version").fetchone()[0])


def upgrade_sqlite_file(raw: sqlite3.Connection, where: str) -> None:
    """schema.py's scripts for a file at an older version: one transaction, foreign keys off, checked before commit."""
    # Foreign keys can only be switched off outside a transaction; a rebuilt table is checked before commit.
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        raw.execute("BEGIN IMMEDIATE")  # the write lock up front: two windows opening an old store queue
        try:
            current = user_version(raw)  # again, now the write lock is held: another window may have upgraded it
            if current > NEWEST:
                raise UpgradeRefused(newer(where, current))
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    raw.execute(statement)
                raw.execute(f"PRAGMA user_version = {int(number)}")
            dangling(raw, where)
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
