"""Tests for damaged stores: reported in one line, copied aside, the original left as it was, never re-created."""

import os
import sqlite3
import stat
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store, StoreDamaged, StoreError
from ks2practice.store.migrate import NEWEST

NOW = datetime(2026, 11, 23, 9, 30, 5, tzinfo=UTC)
COPY = "s.sqlite3.damaged-20261123T093005Z"


def clock():
    return NOW


def real_store(path, answers=400):
    """A store big enough to have many pages (about 100 of 4 KB)."""
    with Store(path) as store:
        pupil = store.add_pupil(store.add_group("Otters"), "Ava")
        for n in range(answers):
            store.record(Attempt(pupil, f"c/L2/s{n}", "calculation.x", 2, f"What is {n} + {n}? " * 4, str(2 * n),
                                 Status.INCORRECT if n % 3 else Status.CORRECT, "r", response=str(n)))  # fmt: skip
    return path.read_bytes()


def overwrite_middle(path, pages=2):
    size = path.stat().st_size
    start = size // 2 // 4096 * 4096
    with open(path, "r+b") as handle:
        handle.seek(start)
        handle.write(bytes(range(256)) * 16 * pages)


def damaged(path, garbage):
    path.write_bytes(garbage)
    return garbage


def assert_reported(error, path):
    message = str(error)
    assert "\n" not in message and "Traceback" not in message
    assert f"the store {path} is damaged" in message
    assert f"a copy is kept at {path.with_name(COPY)}" in message
    assert f"move s.sqlite3 out of {path.parent}" in message and "KS2PRACTICE_DATA" in message
    assert isinstance(error, StoreError)


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda path: damaged(path, os.urandom(8192)), id="garbage"),
        pytest.param(lambda path: damaged(path, b"name,score\nAva,3\n" * 40), id="a-csv-saved-over-it"),
        pytest.param(lambda path: damaged(path, real_store(path)[: 40 * 4096 + 100]), id="truncated"),
        pytest.param(lambda path: (real_store(path), overwrite_middle(path), path.read_bytes())[2], id="pages"),
    ],
)
def test_a_damaged_store_is_copied_aside_and_reported_in_one_line(tmp_path, spoil):
    path = tmp_path / "s.sqlite3"
    original = spoil(path)
    with pytest.raises(StoreDamaged) as refusal:
        Store(path, clock=clock)
    assert_reported(refusal.value, path)
    copy = path.with_name(COPY)
    assert copy.read_bytes() == original and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert path.read_bytes() == original  # untouched: not repaired, not re-created


def test_an_empty_store_file_is_reported_not_silently_made_new(tmp_path):
    path = tmp_path / "s.sqlite3"
    path.touch()
    with pytest.raises(StoreDamaged, match="it is empty") as refusal:
        Store(path, clock=clock)
    assert_reported(refusal.value, path)
    assert path.read_bytes() == b"" and path.with_name(COPY).exists()


def test_a_store_file_that_does_not_exist_yet_is_made(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path, clock=clock) as store:
        assert store.version >= 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite3"]


def test_copies_never_overwrite_each_other_and_the_log_is_copied_too(tmp_path):
    path = tmp_path / "s.sqlite3"
    garbage = damaged(path, os.urandom(8192))
    wal = path.with_name("s.sqlite3-wal")
    wal.write_bytes(b"log" * 100)
    messages = []
    for _ in range(3):
        with pytest.raises(StoreDamaged) as refusal:
            Store(path, clock=clock)  # the same second each time
        messages.append(str(refusal.value))
    copies = sorted(p.name for p in tmp_path.iterdir() if ".damaged-" in p.name)
    assert copies == [COPY, COPY + "-2", COPY + "-2-wal", COPY + "-3", COPY + "-3-wal", COPY + "-wal"]
    assert all(path.with_name(name).read_bytes() == garbage for name in copies if not name.endswith("-wal"))
    assert path.with_name(COPY + "-wal").read_bytes() == b"log" * 100
    assert [m.count("a copy is kept at") for m in messages] == [1, 1, 1] and len(set(messages)) == 3
    assert path.read_bytes() == garbage and wal.read_bytes() == b"log" * 100


def test_a_page_found_damaged_later_is_reported_by_export_and_erase(tmp_path):
    path = tmp_path / "s.sqlite3"
    real_store(path)
    store = Store(path, clock=clock)  # opens and passes its check …
    overwrite_middle(path)  # … then the disk goes bad under it
    other = sqlite3.connect(path, isolation_level=None)  # another window writes: the open store re-reads its pages
    other.execute("INSERT INTO groups (name, created, school_id) SELECT 'Kestrels', 'now', MIN(id) FROM schools")
    other.close()
    with pytest.raises(StoreDamaged) as refusal:
        store.export(tmp_path / "out")
    assert_reported(refusal.value, path)
    assert not (tmp_path / "out").exists()  # read first, so nothing half-written that names pupils
    with pytest.raises(StoreDamaged) as again:
        store.erase(1)
    assert str(again.value) == str(refusal.value)  # one copy per store, however often it is met
    assert [p.name for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith("-wal")] == [COPY]
    store.close()


def test_the_helper_turns_a_raw_sqlite_error_into_the_same_message(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path, clock=clock) as store:
        error = store.damaged(sqlite3.DatabaseError("database disk image is malformed"))
        assert isinstance(error, StoreDamaged)
        assert_reported(error, path)
        assert "(database disk image is malformed)" in str(error)


def test_a_locked_store_or_a_refused_write_is_not_called_damage(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path, clock=clock) as store:
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        sql(store, "PRAGMA busy_timeout = 50")
        with pytest.raises(sa.exc.OperationalError, match="locked"):
            store.add_group("Otters")
        writer.execute("ROLLBACK")
        writer.close()
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_windows_making_a_new_store_at_once_never_see_it_empty(tmp_path):
    """A new store appears whole (linked into place), so a window opening it at the same moment never finds an empty
    file; made empty first and filled by SQLite, as before, about two opens in three here were reported damaged."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    for round_ in range(10):
        path = tmp_path / str(round_) / "s.sqlite3"
        start = Barrier(4)

        def open_store(_, path=path, start=start):
            start.wait()
            with Store(path) as store:
                return store.version

        with ThreadPoolExecutor(4) as pool:
            assert list(pool.map(open_store, range(4))) == [NEWEST] * 4
        assert [p.name for p in path.parent.iterdir()] == ["s.sqlite3"]
