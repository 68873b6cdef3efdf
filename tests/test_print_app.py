"""Tests for ks2practice.apps.print_app: the notebook's printing widgets make each kind of PDF and report problems."""

import datetime as dt
import io
import os
import stat
from pathlib import Path

import pypdf

from ks2practice.apps.print_app import KINDS, PrintApp, objective_choices


def pages(path):
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def upload(content: bytes, name: str = "class.csv"):
    """A file as the FileUpload widget holds it after a teacher picks one."""
    when = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    return ({"name": name, "type": "text/csv", "size": len(content), "content": memoryview(content),
             "last_modified": when},)  # fmt: skip


def test_only_objectives_with_topics_are_offered():
    codes = [code for _, code in objective_choices()]
    assert "4C7" in codes and "9Z9" not in codes


def test_a_worksheet_is_made_saved_and_offered_for_download(tmp_path):
    app = PrintApp(tmp_path)
    app.objective.value = "4C7"
    app.tiers[0].value = False
    app.items.value = 3
    path = app.make()
    assert path is not None and path.parent == tmp_path and pages(path) >= 2
    assert "data:application/pdf;base64," in app.link.value and "Download" in app.link.value
    assert "pages" in app.message.value


def test_a_class_pack_uses_the_uploaded_list_and_moves_the_progress_bar(tmp_path):
    app = PrintApp(tmp_path)
    app.kind.value = KINDS[1]
    app.objective.value = "4C7"
    app.items.value = 2
    app.class_list.value = upload(b"name,tier\nAmir,1\nBella,2\nChloe,3\n")
    path = app.make()
    assert path is not None
    assert (app.progress.value, app.progress.max) == (1, 1)
    assert pages(path) >= 6


def test_problems_are_shown_in_the_app_and_nothing_is_saved(tmp_path):
    app = PrintApp(tmp_path)
    app.kind.value = KINDS[1]
    assert app.make() is None and "choose the class list CSV" in app.message.value
    app.class_list.value = upload(b"name,tier\nAmir,9\n")
    assert app.make() is None and "row 2" in app.message.value
    app.kind.value = KINDS[0]
    for box in app.tiers:
        box.value = False
    assert app.make() is None and "tiers" in app.message.value
    assert list(tmp_path.iterdir()) == []


def test_papers_need_no_objective(tmp_path):
    app = PrintApp(tmp_path)
    app.kind.value = KINDS[3]
    assert app.plan_box.layout.display == "none"
    path = app.make()
    assert path is not None and path.name == "mtc-paper-s1.pdf" and pages(path) == 2


def test_a_class_pack_is_private_in_a_private_folder_and_a_worksheet_is_not(tmp_path):
    previous = os.umask(0o022)
    try:
        app = PrintApp(tmp_path / "made")
        app.kind.value = KINDS[1]
        app.objective.value = "4C7"
        app.items.value = 1
        app.key.value = False
        app.class_list.value = upload(b"name,tier\nAmir,1\n")
        pack = app.make()
        app.kind.value = KINDS[3]
        paper = app.make()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(pack.stat().st_mode) == 0o600 and stat.S_IMODE(pack.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(paper.stat().st_mode) == 0o644


def test_an_odd_seed_or_a_huge_class_list_is_explained_in_the_app(tmp_path):
    app = PrintApp(tmp_path)
    app.kind.value = KINDS[2]
    app.seed.value = "²"
    assert app.make() is None and "seed" in app.message.value
    app.seed.value = "1"
    app.kind.value = KINDS[1]
    app.class_list.value = upload(b"name,tier\n" + b"Amir,1\n" * 200_000)
    assert app.make() is None and "larger than 1 MB" in app.message.value
    assert list(tmp_path.iterdir()) == []


def test_pdfs_go_where_the_teacher_says_or_to_the_checkouts_worksheets_out(monkeypatch, tmp_path):
    from ks2practice.apps.print_app import default_out_folder

    monkeypatch.setenv("KS2PRACTICE_PRINT_DIR", str(tmp_path / "prints"))
    assert default_out_folder() == tmp_path / "prints"
    monkeypatch.delenv("KS2PRACTICE_PRINT_DIR")
    checkout = Path(__file__).resolve().parents[1]
    assert default_out_folder() == checkout / "worksheets" / "out"
