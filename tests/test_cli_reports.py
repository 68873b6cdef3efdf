"""Tests for the reporting commands: report, marks and rollup from a terminal, with one-line errors."""

import json
import os
import stat
from pathlib import Path

import pytest
from pdf_text import pages_text, squash
from test_reports_assessment import marks_csv, scores
from test_reports_mastery import answer

from ks2practice.cli import main
from ks2practice.core.model import Status
from ks2practice.store import Store


def filled_store(path):
    with Store(path) as store:
        group = store.add_group("Otters")
        for name in ("Ava", "Ben"):
            pupil = store.add_pupil(group, name)
            for n in range(5):
                store.record(
                    answer(pupil, "calculation.column_addition", Status.CORRECT if n % 2 else Status.INCORRECT, n)
                )


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_marks_then_report_writes_a_summary_with_the_papers(tmp_path, capsys):
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    (tmp_path / "base.csv").write_text(marks_csv([("Ava", scores(18)), ("Ben", scores(24))]), encoding="utf-8")
    (tmp_path / "end.csv").write_text(marks_csv([("Ava", scores(27)), ("Ben", scores(35))]), encoding="utf-8")
    assert run(capsys, "marks", "Otters", "--kind", "baseline", "--csv", tmp_path / "base.csv",
               "--taken", "2026-09-15", "--store", store)[0] == 0  # fmt: skip
    assert run(capsys, "marks", "otters", "--kind", "endpoint", "--csv", tmp_path / "end.csv",
               "--taken", "2026-12-15", "--store", store)[0] == 0  # fmt: skip
    status, out, _ = run(capsys, "report", "Otters", "-o", tmp_path / "r.pdf", "--store", store)
    assert status == 0 and "Ready to move on: nobody yet" in out and "Ava: Column addition: 2 of the last 5" in out
    text = squash(" ".join(pages_text((tmp_path / "r.pdf").read_bytes())))
    for expected in ("Otters:progresssummary", "Baseline:mean21.0", "Endpoint:mean31.0", "+9", "+11"):
        assert expected in text


def test_rollup_export_and_compare(tmp_path, capsys, monkeypatch):
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    (tmp_path / "secret").write_text("our school secret 2026\n", encoding="utf-8")
    status, out, _ = run(capsys, "rollup", "export", "--school", "School A", "--secret-file", tmp_path / "secret",
                         "-o", tmp_path / "a.json", "--store", store)  # fmt: skip
    assert status == 0 and "no names" in out
    assert "Ava" not in (tmp_path / "a.json").read_text(encoding="utf-8")
    monkeypatch.setenv("KS2PRACTICE_SCHOOL_SECRET", "another school's secret")
    assert run(capsys, "rollup", "export", "--school", "School B", "-o", tmp_path / "b.json", "--store", store)[0] == 0
    assert (
        json.loads((tmp_path / "a.json").read_text())["pupils"][0]["pupil"]
        != json.loads((tmp_path / "b.json").read_text())["pupils"][0]["pupil"]
    )
    status, out, _ = run(
        capsys, "rollup", "compare", tmp_path / "a.json", tmp_path / "b.json", "-o", tmp_path / "t.pdf"
    )
    assert status == 0 and "2 schools" in out
    assert "SchoolA" in squash(" ".join(pages_text((tmp_path / "t.pdf").read_bytes())))


def test_errors_are_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KS2PRACTICE_SCHOOL_SECRET", raising=False)
    empty = tmp_path / "empty.sqlite3"
    cases = [
        (("report", "Otters", "--store", empty), "no groups yet"),
        (("marks", "Otters", "--kind", "baseline", "--csv", tmp_path / "none.csv", "--taken", "x", "--store", empty),
         "no marks file"),
        (("rollup", "export", "--school", "A", "-o", tmp_path / "a.json", "--store", empty), "secret"),
        (("rollup", "compare", tmp_path / "none.json", "-o", tmp_path / "t.pdf"), "no export at"),
    ]  # fmt: skip
    for argv, message in cases:
        status, out, err = run(capsys, *argv)
        assert status == 2 and out == "" and message in err and err.count("\n") == 1, (argv, err)
    assert not (tmp_path / "t.pdf").exists() and not (tmp_path / "a.json").exists()


def test_plan_writes_the_teachers_pdf_and_the_slides(tmp_path, capsys):
    status, out, _ = run(capsys, "plan", "--objective", "4C7", "--seed", "2", "-o", tmp_path / "p.pdf",
                         "--slides", tmp_path / "s.html")  # fmt: skip
    assert status == 0 and "plan/4C7/s2" in out
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert "<section" in (tmp_path / "s.html").read_text(encoding="utf-8")
    status, out, err = run(capsys, "plan", "--objective", "9Z9", "-o", tmp_path / "q.pdf")
    assert status == 2 and "unknown objective" in err and not (tmp_path / "q.pdf").exists()


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shared_umask():
    """The common default umask, under which a plain open() makes files anyone on the computer can read."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_files_naming_pupils_are_private_and_recorded(tmp_path, capsys, monkeypatch, shared_umask):
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    monkeypatch.chdir(tmp_path)  # the default output folder, worksheets/out, is made here
    assert run(capsys, "report", "Otters", "--store", store)[0] == 0
    summary = tmp_path / "worksheets" / "out" / "Otters-summary.pdf"
    assert mode(summary) == 0o600 and mode(summary.parent) == 0o700
    monkeypatch.setenv("KS2PRACTICE_SCHOOL_SECRET", "our school secret 2026")
    assert run(capsys, "rollup", "export", "--school", "A", "-o", tmp_path / "a.json", "--store", store)[0] == 0
    assert mode(tmp_path / "a.json") == 0o600
    assert run(capsys, "rollup", "compare", tmp_path / "a.json", "-o", tmp_path / "t.pdf")[0] == 0
    assert mode(tmp_path / "t.pdf") == 0o600
    assert run(capsys, "plan", "--objective", "4C7", "-o", tmp_path / "p.pdf")[0] == 0
    assert mode(tmp_path / "p.pdf") == 0o644  # a lesson plan names no pupil
    with Store(store) as opened:
        for pupil in opened.find_pupils(opened.find_groups()[0]["id"]):
            written = {(Path(row["path"]).name, row["kind"]) for row in opened.find_exports(pupil["id"])}
            assert written == {("Otters-summary.pdf", "summary PDF"), ("a.json", "roll-up export")}


def test_an_awkward_group_name_makes_a_safe_default_file_name(tmp_path, capsys, monkeypatch):
    store = tmp_path / "s.sqlite3"
    with Store(store) as opened:
        pupil = opened.add_pupil(opened.add_group("../Y6 \\ Kestrels:*?"), "Ava")
        opened.record(answer(pupil, "calculation.column_addition", Status.CORRECT, 1))
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "report", "../Y6 \\ Kestrels:*?", "--store", store)
    assert status == 0, err
    (written,) = (tmp_path / "worksheets" / "out").iterdir()
    assert written.name == "Y6 - Kestrels-summary.pdf"


def test_a_new_secret_is_strong_private_and_never_replaces_a_file(tmp_path, capsys, shared_umask):
    status, out, err = run(capsys, "rollup", "secret", "-o", tmp_path / "secret.txt")
    assert status == 0 and "secret.txt" in out and err == ""
    secret = (tmp_path / "secret.txt").read_text(encoding="ascii")
    assert mode(tmp_path / "secret.txt") == 0o600
    assert len(secret.strip()) >= 40 and len(set(secret.strip())) > 10
    status, out, err = run(capsys, "rollup", "secret", "-o", tmp_path / "secret.txt")
    assert status == 2 and out == "" and "already exists" in err and err.count("\n") == 1
    assert (tmp_path / "secret.txt").read_text(encoding="ascii") == secret  # untouched
    status, _, err = run(capsys, "rollup", "secret", "-o", tmp_path / "missing" / "secret.txt")
    assert status == 2 and "missing" in err and err.count("\n") == 1
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    status, out, _ = run(capsys, "rollup", "export", "--school", "A", "--secret-file", tmp_path / "secret.txt",
                         "-o", tmp_path / "a.json", "--store", store)  # fmt: skip
    assert status == 0 and "2 pupils" in out


def test_the_secret_is_read_alike_from_a_file_with_a_byte_order_mark_and_from_the_environment(
    tmp_path, capsys, monkeypatch
):
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    clean = "our school secret 2026"
    (tmp_path / "clean").write_text(clean, encoding="utf-8")
    (tmp_path / "notepad").write_bytes(("\ufeff  " + clean + "  \r\n").encode("utf-8"))
    ids = []
    for source in ("clean", "notepad"):
        assert run(capsys, "rollup", "export", "--school", "A", "--secret-file", tmp_path / source,
                   "-o", tmp_path / f"{source}.json", "--store", store)[0] == 0  # fmt: skip
        ids.append(json.loads((tmp_path / f"{source}.json").read_text())["pupils"])
    monkeypatch.setenv("KS2PRACTICE_SCHOOL_SECRET", "\ufeff" + clean + "\n")
    assert run(capsys, "rollup", "export", "--school", "A", "-o", tmp_path / "env.json", "--store", store)[0] == 0
    ids.append(json.loads((tmp_path / "env.json").read_text())["pupils"])
    assert ids[0] == ids[1] == ids[2]


@pytest.mark.parametrize("secret", ["aaaaaaaaaaaaaaaaaaaaaaaa", "                    ", "short secret"])
def test_weak_secrets_are_refused_in_one_line_before_the_store_is_read(tmp_path, capsys, monkeypatch, secret):
    monkeypatch.setenv("KS2PRACTICE_SCHOOL_SECRET", secret)
    status, out, err = run(capsys, "rollup", "export", "--school", "A", "-o", tmp_path / "a.json",
                           "--store", tmp_path / "s.sqlite3")  # fmt: skip
    assert status == 2 and out == "" and err.count("\n") == 1 and "rollup secret -o" in err
    assert not (tmp_path / "a.json").exists() and not (tmp_path / "s.sqlite3").exists()


@pytest.mark.parametrize("blocked", ["pdf", "slides"])
def test_plan_writes_both_files_or_neither(tmp_path, capsys, blocked):
    pdf, slides = tmp_path / "p.pdf", tmp_path / "s.html"
    missing = tmp_path / "no such folder"
    argv = ["plan", "--objective", "4C7", "-o", missing / "p.pdf" if blocked == "pdf" else pdf,
            "--slides", missing / "s.html" if blocked == "slides" else slides]  # fmt: skip
    status, out, err = run(capsys, *argv)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "no such folder" in err and ("p.pdf" if blocked == "pdf" else "s.html") in err
    assert list(tmp_path.iterdir()) == []


def test_plan_removes_the_first_file_when_the_second_cannot_be_put_in_place(tmp_path, capsys, monkeypatch):
    real_replace, calls = os.replace, []

    def failing_second(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_second)
    status, _, err = run(capsys, "plan", "--objective", "4C7", "-o", tmp_path / "p.pdf", "--slides",
                         tmp_path / "s.html")  # fmt: skip
    assert status == 2 and "s.html" in err and "Permission denied" in err and err.count("\n") == 1
    assert len(calls) == 2 and list(tmp_path.iterdir()) == []  # no plan, no slides, no temporary left


def test_a_stored_paper_is_replaced_only_when_asked(tmp_path, capsys):
    store = tmp_path / "s.sqlite3"
    filled_store(store)
    (tmp_path / "end.csv").write_text(marks_csv([("Ava", scores(27)), ("Ben", scores(35))]), encoding="utf-8")
    (tmp_path / "fixed.csv").write_text(marks_csv([("Ava", scores(29)), ("Ben", scores(35))]), encoding="utf-8")
    (tmp_path / "bad.csv").write_text(marks_csv([("Ava", scores(1)), ("Zed", scores(2))]), encoding="utf-8")
    marks = ["marks", "Otters", "--kind", "endpoint", "--taken", "2026-12-15", "--store", store, "--csv"]
    assert run(capsys, *marks, tmp_path / "end.csv")[0] == 0
    status, out, err = run(capsys, *marks, tmp_path / "fixed.csv")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "Otters already has an end-point paper (sat 2026-12-15)" in err and "--replace" in err
    status, out, _ = run(capsys, *marks, tmp_path / "bad.csv", "--replace")  # a file with a stranger changes nothing
    assert status == 2
    assert run(capsys, *marks, tmp_path / "fixed.csv", "--replace")[0:2] == (
        0,
        "replaced end-point marks for 2 pupils of Otters\n",
    )
    with Store(store) as opened:
        (paper,) = opened.find_assessments(opened.find_groups()[0]["id"])
        totals = {}
        for row in opened.find_item_marks(paper["id"]):
            totals[row["pupil_id"]] = totals.get(row["pupil_id"], 0) + row["marks"]
    assert paper["kind"] == "endpoint" and sorted(totals.values()) == [29, 35]


def test_a_damaged_store_is_one_line_for_every_command_that_reads_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KS2PRACTICE_SCHOOL_SECRET", "our school secret 2026")
    (tmp_path / "marks.csv").write_text(marks_csv([("Ava", scores(3))]), encoding="utf-8")
    for argv in (
        ["report", "Otters"],
        ["marks", "Otters", "--kind", "baseline", "--csv", tmp_path / "marks.csv", "--taken", "2026-09-15"],
        ["rollup", "export", "--school", "A", "-o", tmp_path / "a.json"],
    ):
        damaged = tmp_path / "damaged.sqlite3"
        damaged.write_bytes(b"this is a spreadsheet, not a store" * 200)
        status, out, err = run(capsys, *argv, "--store", damaged)
        assert status == 2 and out == "" and err.count("\n") == 1, (argv, err)
        assert "is damaged" in err and "Traceback" not in err
    assert not (tmp_path / "a.json").exists()


def test_a_marks_file_over_1_mb_is_refused_before_it_is_read(tmp_path, capsys):
    big = tmp_path / "marks.csv"
    big.write_text(marks_csv([("Ava", scores(3))]) + "x" * 1_000_001, encoding="utf-8")
    status, _, err = run(capsys, "marks", "Otters", "--kind", "baseline", "--csv", big, "--taken", "x",
                           "--store", tmp_path / "s.sqlite3")  # fmt: skip
    assert status == 2 and "larger than 1000 kB" in err and err.count("\n") == 1
