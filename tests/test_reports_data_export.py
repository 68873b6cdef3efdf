"""Tests for ks2practice.reports.data_export: the streamed export is Store.export's files, byte for byte, on both
engines, whatever the cells hold and wherever a batch boundary falls; a damaged store fails as the Store does."""

import sqlite3

import pytest

from ks2practice.cli import main
from ks2practice.core.model import Attempt, Status
from ks2practice.reports import data_export
from ks2practice.reports.data_export import export_tables
from ks2practice.store import Store, StoreDamaged

# Cells the plain join can't stand for (quoting, a formula made safe, COPY's escapes) and ones it can, which look
# close: plain numbers, a backslash N (PostgreSQL's NULL in COPY), a Unicode digit (Python's \d takes it).
AWKWARD = [
    "3,456", 'say "big"', "a\nb", "a\rb", "a\r\nb", "=1+1", "+1", "-1", "@sum", "\tx", "\rx", "-5", "+2.75", "-٣",
    "\\N", "\\", "a\\tb", "\\.", "é ü", "", " lead", "x=1", "a\tb", "-", "1-2", "'quoted'",
]  # fmt: skip


def fill(store, texts):
    group = store.add_group("Otters")
    pupil = store.add_pupil(group, "Ava")
    for n, text in enumerate(texts):
        store.record(Attempt(pupil_id=pupil, spec_code=f"s/{n}", topic="time.clocks", level=1, prompt=text,
                             expected="42", status=Status.INCORRECT, reason="", response=text or None))  # fmt: skip
    return pupil


@pytest.mark.parametrize(("batch", "split"), [(1, 10), (3, 5000), (7, 1), (5000, 5000)])
def test_every_awkward_cell_is_written_as_the_store_writes_it_wherever_a_batch_ends(database, tmp_path, monkeypatch,
                                                                                      batch, split):  # fmt: skip
    # split: how many ids a PostgreSQL table spans before its halves are read at once (by two connections)
    monkeypatch.setattr(data_export, "BATCH", batch)
    monkeypatch.setattr(data_export, "SPLIT_ROWS", split)
    with Store(database) as store:
        # plain rows around each awkward one, so a batch holds both, one or the other
        fill(store, [text for awkward in AWKWARD for text in ("plain", awkward, "plain too")])
        store.add_pupil(store.add_group("Owls, the"), "=HYPERLINK(1)")
        expected = {path.name: path.read_bytes() for path in store.export(tmp_path / "old")}
        written = {path.name: path.read_bytes() for path in export_tables(store, tmp_path / "new")}
    assert written == expected
    assert b'"3,456"' in written["attempts.csv"] and b"'=1+1" in written["attempts.csv"]
    assert b",-5," in written["attempts.csv"] and b"'=HYPERLINK(1)" in written["pupils.csv"]


def test_a_table_of_plain_rows_is_written_whole_as_the_store_writes_it(database, tmp_path, monkeypatch):
    monkeypatch.setattr(data_export, "BATCH", 4)
    with Store(database) as store:
        fill(store, [f"What is {n} + {n}?" for n in range(10)])
        expected = store.export(tmp_path / "old")[-4].read_bytes()  # attempts.csv
        assert export_tables(store, tmp_path / "new")[-4].read_bytes() == expected
        assert expected.count(b"\r\n") == 11 and b'"' not in expected


def test_a_page_found_damaged_part_way_is_the_stores_one_line_with_a_copy_kept(tmp_path, monkeypatch, capsys):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        fill(store, ["plain"])

    def damaged(*args):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(data_export, "_batch_csv", damaged)
    with Store(path) as store, pytest.raises(StoreDamaged, match=r"is damaged and can't be used .* a copy is kept at"):
        export_tables(store, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []
    # and the command says it in one line, exit 2, as for a store found damaged on opening
    assert main(["data", "--store", str(path), "export", str(tmp_path / "again")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"ks2practice data: the store {path} is damaged")
    assert len([p for p in tmp_path.iterdir() if ".damaged-" in p.name]) == 2  # one copy per Store that found it


def test_the_command_writes_the_streamed_files(tmp_path, monkeypatch, capsys):
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        fill(store, ["3,456"])
    used = []
    monkeypatch.setattr(data_export, "_write_table", lambda db, table, handle: used.append(table.name))
    assert main(["data", "--store", str(path), "export", str(tmp_path / "out")]) == 0
    assert "attempts" in used and f"wrote {tmp_path / 'out' / 'attempts.csv'}" in capsys.readouterr().out


def test_a_large_sqlite_table_is_written_by_two_processes_as_one_snapshot(tmp_path, monkeypatch):
    monkeypatch.setattr(data_export, "SPLIT_ROWS", 1)
    started = []

    class Spied(data_export._Helper):
        def __init__(self, path, table, low, folder):
            started.append((table.name, low))
            super().__init__(path, table, low, folder)

    monkeypatch.setattr(data_export, "_Helper", Spied)
    with Store(tmp_path / "s.sqlite3") as store:
        fill(store, [text for awkward in AWKWARD for text in ("plain", awkward)])
        expected = {path.name: path.read_bytes() for path in store.export(tmp_path / "old")}
        written = {path.name: path.read_bytes() for path in export_tables(store, tmp_path / "new")}
        store.add_pupil(1, "Ben")  # the write lock was let go: a writer goes on as before
    assert written == expected and ("attempts", 27) in started  # ids 1–52: the helper wrote from 27 on
    assert sorted(path.name for path in (tmp_path / "new").iterdir()) == sorted(expected)  # no part file left
