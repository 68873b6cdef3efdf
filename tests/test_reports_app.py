"""Tests for ks2practice.apps.report_app: the notebook's report widgets, headless, on empty and demonstration stores."""

import datetime as dt
import json

from ks2practice.apps.report_app import ReportApp
from ks2practice.reports.rollup import FORMAT
from ks2practice.store import Store


def upload(content: bytes, name: str):
    when = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    return {"name": name, "type": "", "size": len(content), "content": memoryview(content), "last_modified": when}


def test_an_empty_store_says_so_and_offers_the_demonstration():
    with Store(":memory:") as store:
        app = ReportApp(store)
        assert "no groups yet" in app.message.value
        assert app.show() is False and "Choose a group" in app.message.value
        app.add_demo()
        assert app.group.value == "Demo group"
        assert app.show() is True
        images = [c for c in app.report.children if c.__class__.__name__ == "Image"]
        assert len(images) == 4 and all(bytes(i.value).startswith(b"\x89PNG") for i in images)
        assert "Ready to move on" in app.report.children[0].value


def test_a_group_with_no_answers_explains_instead_of_drawing_nothing():
    with Store(":memory:") as store:
        group = store.add_group("Owls")
        store.add_pupil(group, "Ola")
        app = ReportApp(store)
        app.group.value = "Owls"
        assert app.show() is True
        texts = " ".join(c.value for c in app.report.children if hasattr(c, "value") and isinstance(c.value, str))
        assert "no answers recorded yet" in texts and "no baseline or end-point marks" in texts


def test_pdf_marks_export_and_compare():
    with Store(":memory:") as store:
        app = ReportApp(store)
        app.add_demo()
        assert app.make_pdf().startswith(b"%PDF") and "Download the summary PDF" in app.link.value
        group = store.add_group("Owls")
        store.add_pupil(group, "Ola")
        app.refresh_groups()
        app.group.value = "Owls"
        app.marks_file.value = (upload(b"name,1,2\nOla,1,1\n", "marks.csv"),)
        assert app.store_marks() == 1
        app.marks_file.value = (upload(b"name,1\nZed,1\n", "marks.csv"),)
        assert app.store_marks() is None and "not pupils of Owls: Zed" in app.message.value
        app.school.value, app.secret.value = "School A", "short"
        assert app.export() is None and "shorter than 16 characters" in app.message.value
        app.secret.value = "a long enough secret"
        data = app.export()
        assert data["format"] == FORMAT and "Ola" not in json.dumps(data)
        app.exports.value = (upload(json.dumps(data).encode(), "a.json"),)
        assert app.compare().startswith(b"%PDF")
        app.exports.value = (upload(b"nonsense", "b.json"),)
        assert app.compare() is None and "not JSON" in app.message.value


def test_marks_can_be_typed_one_pupil_at_a_time_and_are_saved_at_once():
    with Store(":memory:") as store:
        group = store.add_group("Owls")
        store.add_pupil(group, "Ola")
        store.add_pupil(group, "Pip")
        app = ReportApp(store)
        app.group.value = "Owls"
        assert app.pupil.options == ("Ola", "Pip")
        app.pupil.value, app.typed.value = "Ola", "1,1,0," + ",".join(["1"] * 15) + ",2"
        assert app.save_typed() == 19 and app.typed.value == ""
        app.pupil.value, app.typed.value = "Pip", "1,3"
        assert app.save_typed() is None
        assert "item 2: &#x27;3&#x27; should be a whole number from 0 to 1" in app.message.value
        assessment = store.find_assessments(group)[0]
        assert assessment["kind"] == "baseline"
        assert sum(r["marks"] for r in store.find_item_marks(assessment["id"])) == 19
        app.pupil.value, app.typed.value = "Ola", "0,1"  # corrected: items 1 and 2 replaced, the rest kept
        assert app.save_typed() == 18
        assert sum(r["marks"] for r in store.find_item_marks(assessment["id"])) == 18


def test_stored_marks_are_replaced_only_when_the_box_is_ticked():
    with Store(":memory:") as store:
        group = store.add_group("Owls")
        store.add_pupil(group, "Ola")
        app = ReportApp(store)
        app.group.value, app.kind.value = "Owls", "endpoint"
        app.marks_file.value = (upload(b"name,1,2\nOla,1,1\n", "marks.csv"),)
        assert app.store_marks() == 1
        app.marks_file.value = (upload(b"name,1,2\nOla,0,1\n", "marks.csv"),)
        assert app.store_marks() is None and "Owls already has an end-point paper" in app.message.value
        app.replace.value = True
        assert app.store_marks() == 1 and "Replaced" in app.message.value and app.replace.value is False
        (paper,) = store.find_assessments(group)
        assert sum(row["marks"] for row in store.find_item_marks(paper["id"])) == 1
