"""Tests for who may read the store and its exports: owner-only files and data folder, whatever the umask."""

import csv
import os
import sqlite3
import stat

import pytest

from ks2practice.core.model import Attempt, Status
from ks2practice.store import DATA_EXPORT, Store, default_path


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def side_files(path):
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


@pytest.fixture(params=[0o022, 0o077], ids=["umask022", "umask077"])
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("KS2PRACTICE_DATA", str(folder))
    return folder


def test_a_new_store_in_the_data_folder_is_owner_only_with_its_log_files(umask, data_folder):
    with Store() as store:
        store.add_pupil(store.add_group("Otters"), "Ava")  # a write: the -wal and -shm files are in use
        assert all(path.exists() for path in side_files(default_path()))
        assert [mode(path) for path in side_files(default_path())] == [0o600, 0o600]
    assert mode(data_folder) == 0o700
    assert mode(default_path()) == 0o600
    assert [p.name for p in data_folder.iterdir()] == ["ks2practice.sqlite3"]  # no half-made file left behind


def test_an_existing_open_store_at_0644_is_tightened_with_its_log_files(umask, data_folder):
    data_folder.mkdir(mode=0o755)
    os.chmod(data_folder, 0o755)
    path = default_path()
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)  # another window, holding -wal and -shm open
    other.execute("INSERT INTO schools (name, slug, created) VALUES ('Our school', 'our-school', 'now')")
    other.execute("INSERT INTO groups (name, created, school_id) VALUES ('Otters', 'now', 1)")
    for file in (path, *side_files(path)):
        os.chmod(file, 0o644)
    with Store() as store:
        assert [mode(file) for file in (path, *side_files(path))] == [0o600] * 3
        assert store.find_groups()[0]["name"] == "Otters"
    other.close()
    assert mode(data_folder) == 0o700


def test_new_log_files_inherit_0600_because_the_store_is_tightened_before_sqlite_opens_it(tmp_path):
    previous = os.umask(0o022)
    try:
        path = tmp_path / "s.sqlite3"
        Store(path).close()  # closing the last connection removes -wal and -shm
        assert not any(file.exists() for file in side_files(path))
        os.chmod(path, 0o644)
        with Store(path):
            assert [mode(file) for file in (path, *side_files(path))] == [0o600] * 3
    finally:
        os.umask(previous)


def test_a_folder_the_user_chose_keeps_its_mode_but_the_store_in_it_is_private(tmp_path, data_folder):
    chosen = tmp_path / "shared"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    with Store(chosen / "class.sqlite3"):
        pass
    assert mode(chosen) == 0o755 and mode(chosen / "class.sqlite3") == 0o600
    Store(tmp_path / "made" / "for" / "it.sqlite3").close()  # a folder the store had to make is its own: 0700
    assert mode(tmp_path / "made" / "for") == 0o700


def test_a_store_given_the_data_folder_path_explicitly_tightens_the_folder(tmp_path, data_folder):
    data_folder.mkdir()
    os.chmod(data_folder, 0o775)
    Store(data_folder / ".." / "data" / "ks2practice.sqlite3").close()
    assert mode(data_folder) == 0o700


@pytest.fixture
def hostile(tmp_path):
    """A store whose pupil name and answers would run as formulas in a spreadsheet."""
    with Store(tmp_path / "s.sqlite3") as store:
        group = store.add_group("@Otters")
        pupil = store.add_pupil(group, '=HYPERLINK("http://x","y")')
        store.record(
            Attempt(
                pupil,
                "c/L2/s1",
                "calculation.x",
                2,
                "-3 + 5",
                "2",
                Status.INCORRECT,
                "Not quite",
                response='=HYPERLINK("http://x","y")',
                note="+cmd|' /C calc'!A0",
            )
        )
        store.record(Attempt(pupil, "c/L2/s2", "calculation.x", 2, "2 - 7", "-5", Status.CORRECT, "Yes", response="-5"))
        store.record(Attempt(pupil, "c/L2/s3", "calculation.x", 2, "\t1 + 1", "2", Status.CORRECT, "Yes", "\r2"))
        yield store, pupil


def rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_cells_that_would_be_formulas_become_text_and_plain_numbers_stay(hostile, tmp_path):
    store, _ = hostile
    files = {file.name: file for file in store.export(tmp_path / "out")}
    assert rows(files["pupils.csv"])[0]["name"] == '\'=HYPERLINK("http://x","y")'
    assert rows(files["groups.csv"])[0]["name"] == "'@Otters"
    first, second, third = rows(files["attempts.csv"])
    assert first["response"] == '\'=HYPERLINK("http://x","y")' and first["prompt"] == "'-3 + 5"
    assert first["note"] == "'+cmd|' /C calc'!A0"
    assert (second["response"], second["expected"], second["prompt"]) == ("-5", "-5", "2 - 7")  # -5 is a number
    assert (third["prompt"], third["response"]) == ("'\t1 + 1", "'\r2")
    revisit = rows(files["revisits.csv"])[0]
    assert revisit["prompt"] == "'-3 + 5"
    cells = [cell for file in files.values() for row in rows(file) for cell in row.values()]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "@", "\t", "\r"))]


def test_export_files_are_owner_only_and_a_folder_it_makes_is_too(hostile, tmp_path, umask):
    store, _ = hostile
    files = store.export(tmp_path / "new" / "export")
    assert mode(tmp_path / "new" / "export") == 0o700
    assert {mode(file) for file in files} == {0o600}
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    os.chmod(chosen, 0o755)
    assert {mode(file) for file in store.export(chosen)} == {0o600}
    assert mode(chosen) == 0o755  # the user's own folder is theirs


def test_an_export_records_the_files_that_name_pupils(hostile, tmp_path):
    store, pupil = hostile
    store.export(tmp_path / "out")
    found = store.find_exports(pupil)
    assert sorted(os.path.basename(row["path"]) for row in found) == [
        "attempts.csv", "group_members.csv", "item_marks.csv", "pupils.csv", "revisits.csv",
    ]  # fmt: skip
    assert {row["kind"] for row in found} == {DATA_EXPORT}
    assert all(os.path.isabs(row["path"]) for row in found)
    store.export(tmp_path / "out")  # written again: the newer record replaces the older
    assert len(store.find_exports(pupil)) == 5


def test_a_failed_export_writes_nothing_and_records_nothing(hostile, tmp_path):
    store, pupil = hostile
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        store.export(blocker)
    assert store.find_exports(pupil) == []
