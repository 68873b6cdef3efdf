"""Tests for erasing a pupil: refused records afterwards, the files that still name them, and an honest checkpoint."""

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import PupilGone, Store, StoreError

NAME = "Zaraqueen"


def attempt(pupil_id, n=1, **changes):
    fields = dict(
        pupil_id=pupil_id, spec_code=f"c/L2/s{n}", topic="calculation.x", level=2, prompt=f"{n} + {n}",
        expected=str(2 * n), status=Status.INCORRECT, reason="Not quite", response=f"{NAME} {n}",
    )  # fmt: skip
    return Attempt(**(fields | changes))


@pytest.fixture
def path(database):
    """The store on each engine: a SQLite file, or a PostgreSQL database's URL."""
    return database


# What stays in SQLite's own files after an erase; PostgreSQL's files, WAL and backups are the DBA's (README).
sqlite_only = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def store(path):
    with Store(path, clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) as opened:
        yield opened


@pytest.fixture
def pupils(store):
    group = store.add_group("Kestrels")
    zara, yus = store.add_pupil(group, NAME), store.add_pupil(group, "Yus")
    for n in range(4):
        store.record(attempt(zara, n))
    store.record(attempt(yus, response="7"))
    return zara, yus


@pytest.mark.parametrize(
    ("action", "what"),
    [
        (lambda s, gone, kept, answer, test: s.record(attempt(gone)), "answer"),
        (lambda s, gone, kept, answer, test: s.override(answer, Status.CORRECT, "changed by the adult"), "change"),
        (lambda s, gone, kept, answer, test: s.annotate(answer, confidence=2), "note"),
        (lambda s, gone, kept, answer, test: s.record_item_mark(test, gone, 1, 1), "mark"),
    ],
    ids=["record", "override", "annotate", "record_item_mark"],
)
def test_after_an_erase_from_another_window_nothing_is_saved_for_that_pupil(path, store, pupils, action, what):
    zara, yus = pupils
    answer = store.find_attempts(pupil_id=zara)[0].id
    test = store.add_assessment(store.find_groups()[0]["id"], "baseline", "paper-arithmetic/s1", "2026-09-15")
    with Store(path) as other_window:
        other_window.erase_pupil(zara)
    with pytest.raises(PupilGone) as refusal:
        action(store, zara, yus, answer, test)
    assert isinstance(refusal.value, StoreError)
    assert str(refusal.value) == (
        f"this pupil is no longer in the store (they may have been erased), so the {what} was not saved; "
        "go back to the start and choose the group again"
    )
    assert store.find_attempts(pupil_id=zara) == [] and store.find_item_marks(test) == []
    assert store.find_revisits(zara) == []


def test_erase_removes_every_row_and_leaves_no_copy_in_the_files(path, store, pupils):
    zara, yus = pupils
    store.record_item_mark(store.add_assessment(1, "baseline", "p/s1", "2026-09-15"), zara, 1, 1)
    report = store.erase(zara)
    assert (report.attempts, report.files, report.log_cleared) == (4, (), True)
    assert [a.attempt.pupil_id for a in store.find_attempts()] == [yus]
    for table in ("attempts", "revisits", "item_marks", "pupils"):
        column = "id" if table == "pupils" else "pupil_id"
        assert sql(store, f"SELECT COUNT(*) FROM {table} WHERE {column} = :p", {"p": zara}) == [(0,)]
    with pytest.raises(StoreError, match="no pupil"):
        store.erase(zara)
    if isinstance(path, Path):
        wal = path.with_name(path.name + "-wal")
        assert NAME.encode() not in path.read_bytes()
        assert not wal.exists() or wal.stat().st_size == 0  # emptied by the checkpoint


def test_erase_pupil_still_returns_the_number_of_answers(store, pupils):
    assert store.erase_pupil(pupils[0]) == 4


def test_record_export_keeps_absolute_paths_per_pupil(store, pupils, tmp_path, monkeypatch):
    zara, yus = pupils
    monkeypatch.chdir(tmp_path)
    store.record_export("pack.pdf", "class pack", [zara, yus, zara])
    store.record_export(tmp_path / "notes.csv", "class list", iter([yus]))
    assert [(row["path"], row["kind"]) for row in store.find_exports(zara)] == [
        (str(tmp_path / "pack.pdf"), "class pack")
    ]
    assert [row["kind"] for row in store.find_exports(yus)] == ["class pack", "class list"]
    assert set(store.find_exports(yus)[0].keys()) == {"id", "path", "kind", "written"}
    store.record_export(tmp_path / "pack.pdf", "class pack", [yus])  # made again, without Zara
    assert store.find_exports(zara) == []


def test_erase_lists_the_files_that_still_name_the_pupil_and_keeps_them_unless_asked(store, pupils, tmp_path):
    zara, yus = pupils
    exported = {file.name: file for file in store.export(tmp_path / "out")}
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(b"%PDF Zaraqueen")
    store.record_export(pack, "class pack", [zara, yus])
    store.record_export(tmp_path / "gone.csv", "class list", [zara])  # deleted by hand since
    report = store.erase(zara)
    assert [(f.path.name, f.existed, f.deleted) for f in report.files] == [
        ("pupils.csv", True, False), ("group_members.csv", True, False), ("attempts.csv", True, False),
        ("revisits.csv", True, False), ("item_marks.csv", True, False), ("pack.pdf", True, False),
        ("gone.csv", False, False),
    ]  # fmt: skip
    assert [f.path.name for f in report.remaining] == ["pupils.csv", "group_members.csv", "attempts.csv",
                                                       "revisits.csv", "item_marks.csv", "pack.pdf"]  # fmt: skip
    assert all(file.exists() for file in exported.values()) and pack.exists()
    # The files still there stay listed under the erased pupil's id; the one already gone is forgotten.
    assert [os.path.basename(row["path"]) for row in store.find_exports(zara)] == [
        "pupils.csv", "group_members.csv", "attempts.csv", "revisits.csv", "item_marks.csv", "pack.pdf",
    ]  # fmt: skip


def test_erase_including_exports_deletes_each_file_whole(store, pupils, tmp_path, monkeypatch):
    zara, yus = pupils
    store.export(tmp_path / "out")
    kept = tmp_path / "kept.csv"
    kept.write_text("Zaraqueen,Yus")
    store.record_export(kept, "class list", [zara, yus])
    unlink = Path.unlink

    def refuse(self, missing_ok=False):  # a file this user may not delete (root ignores chmod, so pretend)
        if self == kept:
            raise PermissionError(13, "Permission denied")
        unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    report = store.erase(zara, including_exports=True)
    deleted = [f.path.name for f in report.files if f.deleted]
    assert deleted == ["pupils.csv", "group_members.csv", "attempts.csv", "revisits.csv", "item_marks.csv"]
    assert not (tmp_path / "out" / "pupils.csv").exists() and (tmp_path / "out" / "groups.csv").exists()
    (problem,) = report.remaining
    assert (problem.path, problem.problem) == (kept, "Permission denied") and kept.exists()
    assert store.find_exports(yus)[0]["path"] == str(kept)  # Yus is still named in the one left
    assert [row["path"] for row in store.find_exports(zara)] == [str(kept)]


def test_a_recorded_folder_is_reported_never_deleted(store, pupils, tmp_path):
    pack = tmp_path / "class-pack"
    (pack / "inner").mkdir(parents=True)
    store.record_export(pack, "class pack", [pupils[0]])
    (folder,) = store.erase(pupils[0], including_exports=True).files
    assert (folder.existed, folder.deleted, folder.problem) == (True, False, "it is a folder: delete it yourself")
    assert (pack / "inner").is_dir()


@sqlite_only
def test_erase_says_when_another_window_keeps_an_old_copy_in_the_files(path, store, pupils):
    zara, _ = pupils
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT COUNT(*) FROM pupils").fetchone()[0] == 2  # a read transaction held open
    report = store.erase(zara, wait=0.3)
    assert report.log_cleared is False and report.attempts == 4
    assert store.find_attempts(pupil_id=zara) == []  # gone from the records …
    wal = path.with_name(path.name + "-wal")
    assert NAME.encode() in path.read_bytes() + wal.read_bytes()  # … but honestly still in the files, as reported
    reader.execute("COMMIT")
    reader.close()
    store.close()  # the last connection to close checkpoints: the old copy goes
    assert NAME.encode() not in path.read_bytes() and not wal.exists()


@sqlite_only
def test_erase_waits_for_a_reader_that_lets_go_in_time(path, store, pupils):
    import threading

    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM pupils").fetchone()
    threading.Timer(0.3, lambda: reader.execute("COMMIT")).start()
    report = store.erase(pupils[0], wait=5)
    reader.close()
    assert report.log_cleared is True and NAME.encode() not in path.read_bytes()


def test_an_in_memory_store_erases_too(pupils):
    with Store(":memory:") as memory:
        pupil = memory.add_pupil(memory.add_group("Otters"), "Ava")
        memory.record(attempt(pupil))
        assert memory.erase(pupil).log_cleared is True


def test_an_erase_that_fails_part_way_changes_nothing(store, pupils):
    """Every row goes in one transaction: when the last delete is refused, the answers deleted before it come back."""
    zara, _ = pupils
    if store.engine.dialect.name == "sqlite":
        sql(store, "CREATE TRIGGER keep BEFORE DELETE ON pupils BEGIN SELECT RAISE(ABORT, 'kept'); END")
    else:
        sql(store, "CREATE FUNCTION keep() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'kept'; END $$ LANGUAGE plpgsql")
        sql(store, "CREATE TRIGGER keep BEFORE DELETE ON pupils FOR EACH ROW EXECUTE FUNCTION keep()")
    with pytest.raises(sa.exc.DatabaseError, match="kept"):
        store.erase(zara)
    assert len(store.find_attempts(pupil_id=zara)) == 4 and len(store.find_revisits(zara)) == 4
