"""Tests for the reporting commands: report, marks and rollup from a terminal, with one-line errors."""

import json

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
