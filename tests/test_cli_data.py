"""Tests for `ks2practice data`: spreadsheet-safe private exports, an erase that tells the truth, damaged stores."""

import csv
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ks2practice import store as store_module
from ks2practice.cli import main
from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store

HOSTILE = '=HYPERLINK("http://x","y")'


@pytest.fixture
def path(database):
    """A store with answers on each engine: a SQLite file, or a PostgreSQL database given to --store by URL."""
    path = database
    with Store(path) as store:
        group = store.add_group("Otters")
        ava, ben = store.add_pupil(group, "Ava"), store.add_pupil(group, HOSTILE)
        for pupil in (ava, ava, ben):
            store.record(Attempt(pupil, "c.x/L2/s1", "c.x", 2, "1 + 1", "2", Status.INCORRECT, "No", HOSTILE))
    return path


def data(path, *args):
    return main(["data", "--store", str(path), *args])


def test_export_writes_private_spreadsheet_safe_files_and_says_they_name_pupils(path, tmp_path, capsys):
    assert data(path, "export", str(tmp_path / "out")) == 0
    out = capsys.readouterr().out
    assert f"wrote {tmp_path / 'out' / 'pupils.csv'}" in out
    assert "These files name pupils (pupils.csv, group_members.csv, attempts.csv, revisits.csv, item_marks.csv)" in out
    with open(tmp_path / "out" / "pupils.csv", newline="") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Ava", "'" + HOSTILE]
    with open(tmp_path / "out" / "attempts.csv", newline="") as handle:
        assert {row["response"] for row in csv.DictReader(handle)} == {"'" + HOSTILE}
    assert {stat.S_IMODE(file.stat().st_mode) for file in (tmp_path / "out").iterdir()} == {0o600}
    assert stat.S_IMODE((tmp_path / "out").stat().st_mode) == 0o700


def test_erase_without_yes_lists_the_files_that_name_the_pupil_and_changes_nothing(path, tmp_path, capsys):
    data(path, "export", str(tmp_path / "out"))
    capsys.readouterr()
    assert data(path, "erase", "Ava", "--group", "otters") == 1
    out = capsys.readouterr().out
    assert "This would erase Ava (Otters) from the store with 2 recorded answers." in out
    assert f"  {tmp_path / 'out' / 'pupils.csv'} (data export, written " in out
    assert "Add --including-exports to delete them too" in out and "Run again with --yes" in out
    with Store(path) as store:
        assert len(store.find_attempts()) == 3


def test_erase_keeps_the_exported_files_but_names_them_and_says_how_to_delete_them(path, tmp_path, capsys):
    data(path, "export", str(tmp_path / "out"))
    capsys.readouterr()
    assert data(path, "erase", "Ava", "--group", "Otters", "--yes") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Erased Ava (Otters) from the store: 2 recorded answers and every row naming them."
    assert out[1] == "Files ks2practice made that named Ava:"
    assert out[2].startswith(f"  {tmp_path / 'out' / 'pupils.csv'} (data export, written 20")
    assert out[2].endswith(": still there, still naming them")
    assert "Delete these files yourself" in out[-1] and "a CSV of the whole class goes with everyone" in out[-1]
    assert (tmp_path / "out" / "pupils.csv").exists()


def test_erase_including_exports_deletes_each_whole_file(path, tmp_path, capsys):
    data(path, "export", str(tmp_path / "out"))
    capsys.readouterr()
    assert data(path, "erase", "Ava", "--group", "Otters", "--yes", "--including-exports") == 0
    out = capsys.readouterr().out
    assert out.count(": deleted (the whole file, with everyone else in it)") == 5
    assert not (tmp_path / "out" / "pupils.csv").exists() and not (tmp_path / "out" / "attempts.csv").exists()
    assert (tmp_path / "out" / "groups.csv").exists()  # names no pupil


def test_a_file_that_could_not_be_deleted_makes_the_erase_fail_loudly(path, tmp_path, capsys, monkeypatch):
    data(path, "export", str(tmp_path / "out"))
    capsys.readouterr()

    def refuse(self, missing_ok=False):
        raise PermissionError(13, "No")

    monkeypatch.setattr(Path, "unlink", refuse)
    assert data(path, "erase", "Ava", "--group", "Otters", "--yes", "--including-exports") == 3
    captured = capsys.readouterr()
    assert captured.out.count(": NOT deleted: No") == 5
    assert captured.err == "ks2practice data: a file naming Ava could not be deleted (above)\n"


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # SQLite's write-ahead log
def test_erase_with_another_window_reading_never_says_plainly_erased(path, capsys, monkeypatch):
    monkeypatch.setattr(store_module, "ERASE_WAIT_SECONDS", 0.3)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM pupils").fetchall()
    try:
        assert data(path, "erase", "Ava", "--group", "Otters", "--yes") == 3
    finally:
        reader.close()
    captured = capsys.readouterr()
    assert not captured.out.startswith("Erased")
    assert captured.out.startswith("Ava (Otters) is erased from the store's records (2 recorded answers).")
    assert captured.err.count("\n") == 1 and "an old copy is still in the store's files" in captured.err
    assert "close the other windows" in captured.err
    with Store(path) as store:
        assert [row["name"] for row in store.find_pupils(1)] == [HOSTILE]


@pytest.mark.parametrize("action", [["export", "out"], ["erase", "Ava", "--group", "Otters", "--yes"]])
@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file, not a store" * 50], ids=["empty", "garbage"])
def test_a_damaged_store_is_one_line_and_exit_2(tmp_path, capsys, action, content):
    path = tmp_path / "store.sqlite3"
    path.write_bytes(content)
    assert data(path, *action) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"ks2practice data: the store {path} is damaged")
    assert "a copy is kept at" in captured.err and "KS2PRACTICE_DATA" in captured.err
    assert path.read_bytes() == content
    assert len([p for p in tmp_path.iterdir() if ".damaged-" in p.name]) == 1


def test_a_damaged_store_shows_no_traceback_from_the_real_command(tmp_path):
    path = tmp_path / "store.sqlite3"
    path.write_bytes(os.urandom(4096))
    result = subprocess.run(
        [sys.executable, "-m", "ks2practice", "data", "--store", str(path), "export", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "is damaged" in result.stderr and "Traceback" not in result.stderr
