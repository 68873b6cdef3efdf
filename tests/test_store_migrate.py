"""Tests for ks2practice.store.migrate: Alembic's baseline is today's schema, and every older laptop store upgrades."""

import shutil
import sqlite3
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
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
from ks2practice.store.migrate import MIGRATIONS_FOLDER, NEWEST
from ks2practice.store.migrations import BASELINE, HEAD
from ks2practice.store.tables import metadata

# Written by main's own Store (commit ef2c94e, schema version 3) with rows in every table: an erased pupil, an archived
# one, overrides (one "with help"), notes, a paper with marks, a recorded export, and the revisit queue it kept.
MAIN_STORE = Path(__file__).parent / "data" / "store-v3-main.sqlite3"
TABLES = ("groups", "pupils", "sessions", "attempts", "revisits", "assessments", "item_marks", "exports",
          "export_pupils")  # fmt: skip
SCHOOL_TABLES = ("schools", "staff", "classes", "group_staff", "group_members", "merges", "merged_ids")


def differences(store):
    """What Alembic's autogenerate would change to make the store's schema tables.py's (nothing, we hope)."""
    with store.engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLite can't reflect PostgreSQL's expression index, which it doesn't have
        return compare_metadata(MigrationContext.configure(connection), metadata)


def shape(path, tables=TABLES + SCHOOL_TABLES):
    """A SQLite file's schema as SQLite itself reads it: columns, keys, references, unique sets, indexes, collations."""
    raw = sqlite3.connect(path)
    try:
        found = {}
        for table in tables:
            columns = [(n, t, bool(notnull or pk), default, pk) for _, n, t, notnull, default, pk in
                       raw.execute(f"PRAGMA table_info({table})")]  # fmt: skip
            references = sorted(row[2:] for row in raw.execute(f"PRAGMA foreign_key_list({table})"))
            indexes = set()
            for _, name, unique, origin, _partial in raw.execute(f"PRAGMA index_list({table})"):
                keys = tuple((row[2], row[4]) for row in raw.execute(f"PRAGMA index_xinfo({name})") if row[5])
                where = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0] or ""
                partial = " ".join(where.upper().replace('"', "").partition(" WHERE ")[2].split())
                indexes.add((name if origin == "c" else origin, bool(unique), keys, partial))
            ddl = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            checks = " ".join(ddl.upper().replace("\n", " ").split()).count("CHECK")
            found[table] = (columns, references, indexes, "AUTOINCREMENT" in ddl.upper(), checks)
        return found
    finally:
        raw.close()


# Every table's rows as schema 0001 held them; the school store's read back into that shape (a pupil's group_id is
# their one membership, dated from when they were added; groups lose their school).
AS_0001 = {
    "groups": "SELECT id, name, archived, created FROM groups ORDER BY 1, 2",
    "pupils": "SELECT p.id, m.group_id, p.name, p.archived, p.created FROM pupils p JOIN group_members m"
    ' ON m.pupil_id = p.id AND m.joined = p.created AND m."left" IS NULL ORDER BY 1, 2',
}


def rows(path_or_store):
    if isinstance(path_or_store, Store):
        return {t: sql(path_or_store, AS_0001.get(t, f"SELECT * FROM {t} ORDER BY 1, 2")) for t in TABLES}
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
        assert store.version == NEWEST == 6


def test_the_migrations_make_on_sqlite_exactly_what_tables_py_declares(tmp_path):
    """Read by SQLite itself: columns in order, keys, references, collations, partial indexes, AUTOINCREMENT."""
    declared = tmp_path / "declared.sqlite3"
    engine = sa.create_engine(f"sqlite:///{declared}")
    metadata.create_all(engine)
    engine.dispose()
    Store(tmp_path / "migrated.sqlite3").close()
    assert shape(tmp_path / "migrated.sqlite3") == shape(declared)


def test_the_store_main_wrote_upgrades_in_place_with_nothing_lost(tmp_path):
    path = tmp_path / "s.sqlite3"
    shutil.copy(MAIN_STORE, path)
    before = rows(path)
    assert sum(map(len, before.values())) > 30
    with Store(path) as store:
        assert sql(store, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        assert rows(store) == before  # every row, every column, every id
        assert len(store.find_revisits(2)) == 3  # the queue main kept
        assert sql(store, "SELECT id, name, slug, created FROM schools") == [
            (1, "Our school", "our-school", "2026-09-07T09:00:00+00:00")
        ]
        assert sql(store, "SELECT DISTINCT school_id FROM groups UNION SELECT DISTINCT school_id FROM pupils") == [(1,)]
        assert [p["name"] for p in store.find_pupils(1, include_archived=True)] == ["Ava", "Ben", "Cai"]
        assert [p["name"] for p in store.find_pupils(2)] == ["Dee"]
        ava = store.add_pupil(1, "Ava 2")
        assert ava == 6  # pupil 5 was erased under main: its id is not handed out again
        assert store.add_group("Puffins") == 3 and store.find_groups()[0]["school_id"] == 1
        with pytest.raises(StoreError, match="already has a pupil called 'Ben'"):
            store.add_pupil(1, "Ben")
    fresh = tmp_path / "fresh.sqlite3"
    Store(fresh).close()
    assert shape(path) == shape(fresh)  # the same schema, read by SQLite itself
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (6,)  # main's code refuses it: "newer"
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert not raw.execute("SELECT name FROM sqlite_master WHERE name LIKE 'new_%'").fetchall()


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS) + 1))
def test_a_store_at_every_older_version_upgrades_to_the_same_schema(tmp_path, version):
    path = tmp_path / "old.sqlite3"
    legacy_store(path, version)
    before = rows_present(path)
    with Store(path) as store:
        assert store.version == NEWEST
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


def test_an_older_ks2practice_refuses_a_store_made_now_rather_than_misread_it(tmp_path):
    """A new file says schema 5: main's code (which knows 3) refuses it as newer; group names still compare NOCASE."""
    path = tmp_path / "new.sqlite3"
    with Store(path) as store:
        store.add_pupil(store.add_group("Otters"), "Ava")
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (NEWEST,)
        assert NEWEST > len(MIGRATIONS)
        assert raw.execute("SELECT name FROM groups WHERE name = 'OTTERS'").fetchall() == [("Otters",)]  # NOCASE


def test_a_store_newer_than_this_ks2practice_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {NEWEST + 1}")
    with pytest.raises(StoreError, match=f"newer ks2practice \\(schema {NEWEST + 1}\\)"):
        Store(path)


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
            assert list(pool.map(open_store, range(4))) == [NEWEST] * 4
        with Store.from_url(url) as store:
            assert sql(store, "SELECT version_num FROM alembic_version") == [(HEAD,)]
            assert len(store.find_groups()) == 4 and len(store.find_attempts()) == 4


def test_a_postgresql_database_at_0001_upgrades_in_place_with_nothing_lost(postgres_server):
    """The rows main's store holds, in a school database made by revision 0001 (sequences where main left them)."""
    from alembic import command

    before = rows(MAIN_STORE)
    with sqlite3.connect(MAIN_STORE) as raw:
        high_water = dict(raw.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    with postgres_server.database() as url:
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
            config.attributes["connection"] = connection
            command.upgrade(config, BASELINE)
            for table in TABLES:
                for row in before[table]:
                    marks = ", ".join(f":v{n}" for n in range(len(row)))
                    connection.execute(sa.text(f"INSERT INTO {table} VALUES ({marks})"), dict(zip(
                        (f"v{n}" for n in range(len(row))), row, strict=True)))  # fmt: skip
            for table, seq in high_water.items():
                connection.execute(
                    sa.text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :s)"), {"t": table, "s": seq}
                )
        engine.dispose()
        with Store.from_url(url) as store:
            assert differences(store) == []
            assert store.version == NEWEST
            assert rows(store) == before  # every row, every column, every id
            assert sql(store, "SELECT name, slug FROM schools") == [("Our school", "our-school")]
            assert [p["name"] for p in store.find_pupils(1, include_archived=True)] == ["Ava", "Ben", "Cai"]
            assert store.add_pupil(1, "Ava 2") == 6  # pupil 5 was erased under main: not handed out again
            with pytest.raises(StoreError, match="already has a pupil called 'Ben'"):
                store.add_pupil(1, "Ben")
            with pytest.raises(StoreError, match="already a group called 'OTTERS'"):
                store.add_group("OTTERS")


def test_a_store_main_wrote_with_a_dangling_row_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "s.sqlite3"
    shutil.copy(MAIN_STORE, path)
    with closing(sqlite3.connect(path)) as raw:  # foreign keys off, as an old bug or a hand edit might have left it
        raw.execute(
            "INSERT INTO sessions (group_id, topic, level, mode, minutes, started) VALUES (77, 't', 1, 'g', 5, 'now')"
        )
        raw.commit()
    before = rows(path)
    with pytest.raises(StoreError, match=r"can't upgrade .*: rows in sessions refer to rows that are missing"):
        Store(path)
    assert rows(path) == before
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (3,)
        tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "schools" not in tables and "alembic_version" not in tables and "new_pupils" not in tables


def test_0004_lets_a_group_sit_a_paper_at_a_mid_point_and_keeps_every_mark(tmp_path):
    path = tmp_path / "s.sqlite3"
    shutil.copy(MAIN_STORE, path)
    before = rows(path)
    with Store(path) as store:
        assert rows(store)["item_marks"] == before["item_marks"]  # the rebuilt table's ids still hold their marks
        group = store.find_groups()[0]["id"]
        middle = store.add_assessment(group, "midpoint", "sats/s1", "2027-01-20")
        assert {row["kind"] for row in store.find_assessments(group)} >= {"midpoint"}
        with pytest.raises(StoreError, match="already has a mid-point paper"):
            store.store_paper(group, "midpoint", "sats/s1", "2027-01-21", [])
        with pytest.raises(StoreError, match="'baseline', a 'midpoint' or an 'endpoint'"):
            store.add_assessment(group, "halfway", "sats/s1", "2027-01-20")
        assert middle > 0
    with closing(sqlite3.connect(path)) as raw, pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        raw.execute(
            "INSERT INTO assessments (group_id, kind, paper, taken, created) VALUES (1, 'halfway', 'p', 't', 'c')"
        )
