"""Tests for ks2practice.store migration 3: a version-2 store upgrades with nothing lost, and ids are never reused."""

import random
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import MIGRATIONS, Store, StoreError
from ks2practice.store.migrate import NEWEST

REBUILT = ("groups", "pupils", "sessions", "attempts", "assessments")
KEPT = ("item_marks",)


def ticking_clock(start=datetime(2026, 9, 7, 9, 0, tzinfo=UTC)):
    """A clock a minute on at every reading, so every recorded time differs."""
    moments = (start + timedelta(minutes=n) for n in range(10**6))
    return lambda: next(moments)


def version_2_store(path):
    """A store as ks2practice wrote it before migration 3: the released DDL of migrations 1 and 2."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA foreign_keys = ON")
    for script in MIGRATIONS[:2]:
        for statement in filter(str.strip, script.split(";")):
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 2")
    return raw


def fill(raw):
    """Rows in every table, with gaps in the ids (pupil 3 and attempt 5 were erased) and every kind of mark."""
    raw.executescript(
        """
        INSERT INTO groups VALUES (1, 'Otters', 0, '2026-09-01T08:00:00+00:00');
        INSERT INTO groups VALUES (2, 'Kestrels', 1, '2026-09-01T08:05:00+00:00');
        INSERT INTO pupils VALUES (1, 1, 'Ava', 0, '2026-09-01T08:01:00+00:00');
        INSERT INTO pupils VALUES (2, 1, 'Ben', 1, '2026-09-01T08:02:00+00:00');
        INSERT INTO pupils VALUES (4, 2, 'Cai', 0, '2026-09-01T08:06:00+00:00');
        INSERT INTO sessions VALUES (1, 1, 'calculation.x', 2, 'class', 20, '2026-09-08T09:00:00+00:00',
                                     '2026-09-08T09:20:00+00:00');
        INSERT INTO sessions VALUES (2, 2, 'fractions.y', 1, 'group', 15, '2026-09-09T09:00:00+00:00', NULL);
        INSERT INTO attempts VALUES (1, 1, 1, 'c/L2/s1', 'calculation.x', 2, '1 + 1', '2', '3', 'incorrect', 'No',
                                     NULL, 0, 2, 'note', NULL, NULL, '2026-09-08T09:01:00+00:00', 'k1');
        INSERT INTO attempts VALUES (2, 1, 1, 'c/L2/s1', 'calculation.x', 2, '1 + 1', '2', '2', 'correct', 'Yes',
                                     NULL, 1, NULL, '', NULL, NULL, '2026-09-08T09:02:00+00:00', 'k2');
        INSERT INTO attempts VALUES (3, 1, 2, 'c/L2/s2', 'calculation.x', 2, '2 + 2', '4', '5', 'misconception',
                                     'Hmm', 'off_by_one', 0, 3, '', 'correct', 'changed by the adult',
                                     '2026-09-08T09:03:00+00:00', 'k3');
        INSERT INTO attempts VALUES (4, 2, 4, 'f/L1/s1', 'fractions.y', 1, '1/2 of 8', '4', '4', 'correct', 'Yes',
                                     NULL, 0, 1, '', 'correct', 'with help', '2026-09-09T09:01:00+00:00', NULL);
        INSERT INTO attempts VALUES (6, NULL, 4, 'f/L1/s2', 'fractions.y', 1, '1/4 of 8', '2', NULL, 'correct',
                                     'Marked by the adult', NULL, 0, NULL, '', 'incorrect', 'changed by the adult',
                                     '2026-09-09T09:02:00+00:00', 'k6');
        INSERT INTO assessments VALUES (1, 1, 'baseline', 'paper-arithmetic/s1', '2026-09-02', '2026-09-02T10:00');
        INSERT INTO assessments VALUES (3, 2, 'endpoint', 'paper-arithmetic/s2', '2027-07-02', '2027-07-02T10:00');
        INSERT INTO item_marks VALUES (1, 1, 1, 1, '2026-09-02T11:00:00+00:00');
        INSERT INTO item_marks VALUES (1, 2, 19, 2, '2026-09-02T11:01:00+00:00');
        INSERT INTO item_marks VALUES (3, 4, 5, 0, '2027-07-02T11:00:00+00:00');
        """
    )


# Groups and pupils read back as schema 3 held them, once 0002 has moved a pupil's group into group_members.
AS_V3 = {
    "groups": "SELECT id, name, archived, created FROM groups ORDER BY rowid",
    "pupils": "SELECT p.id, m.group_id, p.name, p.archived, p.created FROM pupils p"
    " JOIN group_members m ON m.pupil_id = p.id ORDER BY p.rowid",
}


def snapshot(connection, tables, *, upgraded=False):
    return {
        table: [
            tuple(row)
            for row in connection.execute(
                AS_V3[table] if upgraded and table in AS_V3 else f"SELECT * FROM {table} ORDER BY rowid"
            )
        ]
        for table in tables
    }


def test_a_version_2_store_with_data_migrates_with_nothing_lost(tmp_path):
    path = tmp_path / "v2.sqlite3"
    raw = version_2_store(path)
    fill(raw)
    before = snapshot(raw, REBUILT + KEPT)
    raw.close()

    with Store(path) as store:
        assert store.version == NEWEST == 6
    with sqlite3.connect(path) as again:
        assert snapshot(again, REBUILT + KEPT, upgraded=True) == before  # every row, every column, every id
        schema = dict(again.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
        indexes = {row[0] for row in again.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert again.execute("PRAGMA foreign_key_check").fetchall() == []
        assert again.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    for table in REBUILT:
        assert "AUTOINCREMENT" in schema[table], table
        written = schema[table].replace("groups (id)", "groups(id)")  # 0004 rebuilt assessments by SQLAlchemy
        assert "REFERENCES groups(id)" in written or table in ("groups", "pupils", "attempts")
    assert "REFERENCES pupils(id)" in schema["attempts"] and "REFERENCES sessions(id)" in schema["attempts"]
    assert "REFERENCES groups (id)" in schema["group_members"] and "REFERENCES pupils (id)" in schema["group_members"]
    assert not any(name.startswith("new_") for name in schema)
    assert {"attempts_by_pupil", "attempts_by_session", "attempts_by_question"} <= indexes
    assert {"exports", "export_pupils", "revisits"} <= set(schema)


def test_after_the_migration_foreign_keys_are_enforced_again(tmp_path):
    path = tmp_path / "v2.sqlite3"
    raw = version_2_store(path)
    fill(raw)
    raw.close()
    with Store(path) as store:
        assert sql(store, "PRAGMA foreign_keys") == [(1,)]
        with pytest.raises(StoreError, match="no longer in the store"):
            store.record(Attempt(99, "c/L2/s1", "calculation.x", 2, "1 + 1", "2", Status.CORRECT, "Yes"))
        with pytest.raises(sa.exc.IntegrityError):  # the database itself refuses a dangling row
            sql(store, "INSERT INTO group_members (group_id, pupil_id, joined) VALUES (99, 1, 'now')")


def test_a_migration_that_would_leave_dangling_rows_changes_nothing(tmp_path):
    path = tmp_path / "v2.sqlite3"
    raw = version_2_store(path)
    fill(raw)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("INSERT INTO attempts (pupil_id, spec_code, topic, level, prompt, expected, auto_status,"
                " auto_reason, recorded) VALUES (77, 'c/L2/s9', 'c', 2, 'p', 'e', 'correct', 'r', 't')")  # fmt: skip
    raw.close()
    with pytest.raises(StoreError, match=r"can't upgrade .* attempts .* nothing was changed"):
        Store(path)
    with sqlite3.connect(path) as again:
        assert again.execute("PRAGMA user_version").fetchone()[0] == 2
        assert "AUTOINCREMENT" not in again.execute("SELECT sql FROM sqlite_master WHERE name = 'pupils'").fetchone()[0]


def test_ids_after_an_upgrade_carry_on_above_the_highest_kept_id(tmp_path):
    path = tmp_path / "v2.sqlite3"
    raw = version_2_store(path)
    fill(raw)
    raw.close()
    with Store(path) as store:
        assert store.add_pupil(1, "Dee") == 5
        assert store.add_group("Puffins") == 3


@pytest.mark.parametrize(
    ("database", "memory"), [("sqlite", True), ("sqlite", False), ("postgresql", False)], indirect=["database"]
)
def test_ids_are_never_reused_after_an_erase(database, memory):
    with Store(":memory:" if memory else database) as store:
        group = store.add_group("Otters")
        ava = store.add_pupil(group, "Ava")
        session = store.start_session(group, "calculation.x", 2, "class", 20)
        answer = store.record(Attempt(ava, "c/L2/s1", "calculation.x", 2, "1 + 1", "2", Status.CORRECT, "Yes"))
        store.erase_pupil(ava)
        ben = store.add_pupil(group, "Ben")
        later = store.record(Attempt(ben, "c/L2/s1", "calculation.x", 2, "1 + 1", "2", Status.CORRECT, "Yes"))
        assert ben != ava and later != answer
        # Groups and sessions have no erase verb yet; if a row ever goes, its id still isn't handed out again.
        sql(store, "DELETE FROM attempts")
        sql(store, "DELETE FROM sessions WHERE id = :id", {"id": session})
        assert store.start_session(group, "calculation.x", 2, "class", 20) != session
        lone = store.add_group("Kestrels")
        sql(store, "DELETE FROM groups WHERE id = :id", {"id": lone})
        assert store.add_group("Puffins") != lone


def test_two_windows_opening_an_old_store_at_once_upgrade_it_once(tmp_path):
    path = tmp_path / "v2.sqlite3"
    raw = version_2_store(path)
    fill(raw)
    before = snapshot(raw, REBUILT + KEPT)
    raw.close()
    start = threading.Barrier(4)

    def open_store(_):
        start.wait()
        with Store(path) as store:
            return store.version, {
                t: sql(store, AS_V3.get(t, f"SELECT * FROM {t} ORDER BY rowid")) for t in REBUILT + KEPT
            }

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(open_store, range(4)))
    assert results == [(NEWEST, before)] * 4


MARKS = [
    # (auto status, supported, override status, override note)
    (Status.INCORRECT, False, None, None),
    (Status.MISCONCEPTION, False, None, None),
    (Status.WRONG_UNIT, False, None, None),
    (Status.UNREADABLE, False, None, None),
    (Status.CORRECT, False, None, None),
    (Status.CORRECT, True, None, None),
    (Status.INCORRECT, False, Status.CORRECT, "changed by the adult"),
    (Status.INCORRECT, False, Status.CORRECT, "with help"),
    (Status.CORRECT, False, Status.INCORRECT, "changed by the adult"),
    (Status.CORRECT, True, Status.CORRECT, "changed by the adult"),
    (Status.CORRECT, False, Status.CORRECT, ""),
]


def queue(store):
    return sorted(
        sql(
            store,
            "SELECT pupil_id, spec_code, topic, level, prompt, expected, first_missed, last_missed, times_missed"
            " FROM revisits",
        )
    )


def test_the_upgrade_seeds_the_revisit_queue_exactly_as_recording_would_have(tmp_path):
    """Replay a random history live (record, then overrides in any order), copy it into a version-2 store, upgrade:
    the queue migration 3 seeds is the queue the live store kept."""
    rng = random.Random("revisit-seed")
    with Store(tmp_path / "live.sqlite3", clock=ticking_clock()) as live:
        group = live.add_group("Otters")
        pupils = [live.add_pupil(group, name) for name in ("Ava", "Ben", "Cai")]
        overrides = []
        for n in range(300):
            pupil, question = rng.choice(pupils), rng.randrange(6)
            status, supported, override, note = rng.choice(MARKS)
            attempt = Attempt(
                pupil, f"c/L2/s{question}", "calculation.x", 2, f"{question} + {n}", str(question + n),
                status, "r", response=str(n), supported=supported,
            )  # fmt: skip
            answer = live.record(attempt)
            if override is not None:
                overrides.append((answer, override, note))
        rng.shuffle(overrides)
        for answer, override, note in overrides:
            live.override(answer, override, note)
        expected = queue(live)
        attempts = sql(live, "SELECT * FROM attempts ORDER BY id")
        people = sql(live, AS_V3["pupils"])
    assert 5 < len(expected) < 18  # a real mixture: some queued, some cleared

    raw = version_2_store(tmp_path / "old.sqlite3")
    raw.execute("INSERT INTO groups VALUES (?, 'Otters', 0, 'then')", (group,))
    raw.executemany("INSERT INTO pupils VALUES (?, ?, ?, ?, ?)", [tuple(row) for row in people])
    raw.executemany(f"INSERT INTO attempts VALUES ({', '.join('?' * 19)})", [tuple(row) for row in attempts])
    raw.close()
    with Store(tmp_path / "old.sqlite3") as upgraded:
        assert queue(upgraded) == expected
