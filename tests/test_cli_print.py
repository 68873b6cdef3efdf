"""Tests for the printing commands: one PDF per command, byte-identical on repeat, one-line errors, no partial file."""

import os
import stat

import pytest
from pdf_text import page_count

from ks2practice.cli import main


def run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_worksheet_command_writes_the_same_pdf_twice(tmp_path, capsys):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for target in (first, second):
        status, out, _ = run(capsys, "worksheet", "--objective", "4C7", "--tiers", "1,3", "--items", "4",
                             "--seed", "7", "-o", str(target))  # fmt: skip
        assert status == 0 and "pages" in out
    assert first.read_bytes() == second.read_bytes()
    assert page_count(first.read_bytes()) >= 4


def test_a_printed_code_makes_that_sheet_again(tmp_path, capsys):
    status, _, _ = run(capsys, "worksheet", "--code", "4C7/T2/n4/s7", "--no-key", "-o", str(tmp_path / "c.pdf"))
    assert status == 0
    status, _, _ = run(capsys, "worksheet", "--objective", "4C7", "--tiers", "2", "--items", "4", "--seed", "7",
                       "--no-key", "-o", str(tmp_path / "d.pdf"))  # fmt: skip
    assert (tmp_path / "c.pdf").read_bytes() == (tmp_path / "d.pdf").read_bytes()


def test_pack_and_papers(tmp_path, capsys):
    pupils = tmp_path / "class.csv"
    pupils.write_text("name,tier\nAmir,1\nBella,3\n", encoding="utf-8")
    assert run(capsys, "pack", "--pupils", str(pupils), "--objective", "4C7", "--items", "3",
               "-o", str(tmp_path / "pack.pdf"))[0] == 0  # fmt: skip
    assert run(capsys, "paper", "arithmetic", "--seed", "2", "-o", str(tmp_path / "p.pdf"))[0] == 0
    assert run(capsys, "paper", "mtc", "--large-print", "-o", str(tmp_path / "m.pdf"))[0] == 0
    # large print needs two pages for the 25 facts and two for the key: the planned four, no overflow
    assert page_count((tmp_path / "m.pdf").read_bytes()) == 4


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["worksheet", "--objective", "9Z9"], "unknown objective '9Z9'"),
        (["worksheet"], "say which objective"),
        (["worksheet", "--objective", "4C7", "--tiers", "1,x"], "list tiers as numbers"),
        (["worksheet", "--objective", "4C7", "--tiers", "5"], "tiers are 1"),
        (["pack", "--pupils", "missing.csv", "--objective", "4C7"], "no class list at"),
        (["pack", "--pupils", "bad.csv", "--objective", "4C7"], "row 3: tier 'x'"),
    ],
)
def test_bad_requests_get_one_line_and_write_nothing(tmp_path, capsys, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.csv").write_text("name,tier\nAmir,1\nBella,x\n", encoding="utf-8")
    status, out, err = run(capsys, *arguments, "-o", "out.pdf")
    assert status == 2 and out == ""
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"], "a partial file was left behind"


def test_unwritable_paths_are_refused_without_a_partial_file(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _, err = run(capsys, "paper", "mtc", "-o", str(locked / "m.pdf"))
        writable_anyway = (locked / "m.pdf").exists()  # root ignores folder permissions
    finally:
        locked.chmod(0o700)
    if not writable_anyway:
        assert status == 2 and "cannot write" in err
        assert list(locked.iterdir()) == []
    status, _, err = run(capsys, "paper", "mtc", "-o", str(tmp_path / "no" / "such" / "m.pdf"))
    assert status == 2 and "does not exist" in err
    status, _, err = run(capsys, "paper", "mtc", "-o", str(tmp_path))
    assert status == 2 and "is a folder" in err
    status, _, err = run(capsys, "paper", "mtc", "-o", str(tmp_path / "m.txt"))
    assert status == 2 and "should end in .pdf" in err


@pytest.fixture
def shared_umask():
    """The common default umask, under which a plain open() makes files anyone on the computer can read."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_class_pack_names_pupils_so_it_is_private(tmp_path, capsys, monkeypatch, shared_umask):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "class.csv").write_text("name,tier\nAmir,1\nBella,3\n", encoding="utf-8")
    assert run(capsys, "pack", "--pupils", "class.csv", "--objective", "4C7", "--items", "2", "--no-key")[0] == 0
    pack = tmp_path / "worksheets" / "out" / "pack.pdf"
    assert stat.S_IMODE(pack.stat().st_mode) == 0o600
    assert stat.S_IMODE(pack.parent.stat().st_mode) == 0o700  # the folder made for it, too
    assert run(capsys, "pack", "--pupils", "class.csv", "--objective", "4C7", "--items", "2", "--no-key",
               "-o", "mine.pdf")[0] == 0  # fmt: skip
    assert stat.S_IMODE((tmp_path / "mine.pdf").stat().st_mode) == 0o600
    assert run(capsys, "paper", "mtc", "-o", "paper.pdf")[0] == 0
    assert stat.S_IMODE((tmp_path / "paper.pdf").stat().st_mode) == 0o644  # a paper names nobody
