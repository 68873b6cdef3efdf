"""Tests for ks2practice.store.migrate: Alembic's baseline is today's schema, and every older laptop store upgrades."""

import shutil
import sqlite3
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import MIGRATIONS, Store, StoreError
from ks2practice.store.migrate import MIGRATIONS_FOLDER
from ks2practice.store.migrations import BASELINE, HEAD
from ks2practice.store.tables import metadata

# Written by main's own Store (commit ef2c94e, schema version 3) with rows in every table: an erased pupil, an archived
# one, overrides (one "with help"), notes, a paper with marks, a recorded export, and the revisit queue it kept.
MAIN_STORE = Path(__file__).parent / "data" / "store-v3-main.sqlite3"
TABLES = ("groups", "pupils", "sessions", "attempts", "revisits", "assessments", "item_marks", "exports",
          "export_pupils")  # fmt: skip


def differences(store):
    """What Alembic's autogenerate would change to make the store's schema tables.py's (nothing, we hope)."""
    with store.engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite can't reflect PostgreSQL's expression index, which it doesn't have
        return compare_metadata(MigrationContext.configure(connection), metadata)


def shape(path):
    """A SQLite file's schema as SQLite itself reads it: columns, keys, references, unique sets, indexes, collations."""
    raw = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            columns = [(n, t, bool(notnull or pk), default, pk) for _, n, t, notnull, default, pk in
                       raw.execute(f"PRAGMA table_info({table})")]  # fmt: skip
            references = sorted(row[2:] for row in raw.execute(f"PRAGMA foreign_key_list({table})"))
            indexes = set()
            for _, name, unique, origin, _partial in raw.execute(f"PRAGMA index_list({table})"):
                keys = tuple((row[2], row[4]) for row in raw.execute(f"PRAGMA index_xinfo({name})") if row[5])
                indexes.add((name if origin == "c" else origin, bool(unique), keys))
            ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            found[table] = (columns, references, indexes, "AUTOINCREMENT" in ddl.upper())
        return found
    finally:
        raw.close()


def rows(path_or_store):
    if isinstance(path_or_store, Store):
        return {t: sql(path_or_store, f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}
    with sqlite3.connect(path_or_store) as raw:
        return {t: [tuple(r) for r in raw.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES}


def legacy_store(path, version):
    """A store as ks2practice wrote it at an older schema version: the released scripts, run as it ran them."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    for script in MIGRATIONS[:version]:
        for statement in filter(str.strip, script.split(";")):
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.execute("INSERT INTO groups (name, archived, created) VALUES ('Otters', 0, '2026-09-01')")
    raw.execute("INSERT INTO pupils (group_id, name, archived, created) VALUES (1, 'Ava', 0, '2026-09-01')")
    raw.execute(
        "INSERT INTO attempts (pupil_id, spec_code, topic, level, prompt, expected, response, auto_status,"
        " auto_reason, recorded) VALUES (1, 'c/L2/s1', 'calculation.x', 2, '1 + 1', '2', '3', 'incorrect', 'No',"
        " '2026-09-08T09:01:00+00:00')"
    )
    raw.close()


def test_head_and_baseline_are_alembics_own_reading_of_the_versions_folder():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    assert script.get_base() == BASELINE
    assert all(len(s.revision) == 4 and s.revision.isdigit() for s in script.walk_revisions())  # Store.version


def test_a_new_store_on_either_engine_is_exactly_tables_py(database):
    with Store(database) as store:
        assert differences(store) == []
        assert sql(store, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        assert store.version == len(MIGRATIONS)


def test_the_store_main_wrote_upgrades_in_place_with_nothing_lost(tmp_path):
    path = tmp_path / "s.sqlite3"
    shutil.copy(MAIN_STORE, path)
    before = rows(path)
    assert sum(map(len, before.values())) > 30
    with Store(path) as store:
        assert sql(store, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        assert rows(store) == before  # every row, every column, every id
        assert len(store.find_revisits(2)) == 3  # the queue main kept
        ava = store.add_pupil(1, "Ava 2")
        assert ava == 6  # pupil 5 was erased under main: its id is not handed out again
    fresh = tmp_path / "fresh.sqlite3"
    Store(fresh).close()
    assert shape(path) == shape(fresh)  # the same schema, read by SQLite itself
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (3,)  # main's code can still open it
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS) + 1))
def test_a_store_at_every_older_version_upgrades_to_the_same_schema(tmp_path, version):
    path = tmp_path / "old.sqlite3"
    legacy_store(path, version)
    before = rows_present(path)
    with Store(path) as store:
        assert store.version == len(MIGRATIONS)
        assert [a.attempt.response for a in store.find_attempts()] == ["3"]
        # Migration 3 seeded the queue from the answers; a version-3 file's queue is what its Store kept (none here).
        assert [r["spec_code"] for r in store.find_revisits(1)] == (["c/L2/s1"] if version < 3 else [])
        assert {t: r for t, r in rows(store).items() if t in before} == before
    fresh = tmp_path / "fresh.sqlite3"
    Store(fresh).close()
    assert shape(path) == shape(fresh)


def rows_present(path):
    with sqlite3.connect(path) as raw:
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: [tuple(r) for r in raw.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in TABLES if t in names}


def test_main_can_still_read_a_store_made_now(tmp_path):
    """A new file says schema 3 to an older ks2practice, which finds today's tables and indexes in it."""
    path = tmp_path / "new.sqlite3"
    with Store(path) as store:
        store.add_pupil(store.add_group("Otters"), "Ava")
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (len(MIGRATIONS),)
        assert raw.execute("SELECT name FROM groups WHERE name = 'OTTERS'").fetchall() == [("Otters",)]  # NOCASE


def test_a_postgresql_database_holding_other_tables_is_refused(postgres_server):
    with postgres_server.database() as url:
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE groups (id integer)"))
        engine.dispose()
        with pytest.raises(StoreError, match="tables that ks2practice did not make"):
            Store.from_url(url)


def test_windows_opening_a_new_postgresql_database_at_once_make_it_once(postgres_server):
    with postgres_server.database() as url:
        start = threading.Barrier(4)

        def open_store(number):
            start.wait()
            with Store.from_url(url) as store:
                group = store.add_group(f"Group {number}")
                store.record(Attempt(store.add_pupil(group, "Ava"), "c/L2/s1", "c", 2, "1 + 1", "2", Status.CORRECT,
                                     "Yes"))  # fmt: skip
                return store.version

        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(open_store, range(4))) == [len(MIGRATIONS)] * 4
        with Store.from_url(url) as store:
            assert sql(store, "SELECT version_num FROM alembic_version") == [(HEAD,)]
            assert len(store.find_groups()) == 4 and len(store.find_attempts()) == 4
