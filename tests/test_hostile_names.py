"""Names, groups and school labels full of markup, maths and scripts come out of every report exactly as typed.

A teacher may type anything into a name box. Each output is drawn for a store whose pupils, group and school label
hold the characters each format treats specially: matplotlib's mathtext ($ ^ _ \\), Typst's markup (# $ * _ \\ @ <
[ ] `), HTML (< > & quotes), spreadsheets (= + - @ at the start of a cell), plus accents, right-to-left text and the
longest name the store allows.
"""

import csv
import html
import io
import json

import ipywidgets as w
import pytest
from pdf_text import pages_text, squash

from ks2practice.apps.report_app import ReportApp
from ks2practice.printing.class_list import parse_class_list
from ks2practice.printing.worksheets import Plan, pack_pdf
from ks2practice.reports import plots
from ks2practice.reports.assessment import assessment_report
from ks2practice.reports.demo import fill_demo
from ks2practice.reports.mastery import group_progress
from ks2practice.reports.rollup import export_anonymised, import_exports, write_export
from ks2practice.reports.summary_pdf import summary_pdf, trust_pdf
from ks2practice.store import Store

PUPILS = (
    "Zoë $^$ O'Neil",  # '$^$' is a mathtext error in matplotlib
    "a\\b `c` #d *e* @f",
    "<script>alert(1)</script>",
    '{50%} x_1^2 & "q" [r]',
    '=HYPERLINK("http://x")',  # a formula to a spreadsheet
    "שלום עולם",  # right to left
    "W" * 40,  # the longest name the store keeps
)
GROUP = "Y6 $x$ #Grp_{1} <i>&amp; \\"
SCHOOL = "St Zoë's $^$ #1 <script>x</script> {a}_b"
RIGHT_TO_LEFT = "שלום עולם"
SECRET = "a strong enough secret for tests"


def appears(name: str, text: str) -> bool:
    """The name is in the extracted text: as typed (line breaks aside), or for right-to-left text word by word,
    since a PDF keeps those words in the order they are drawn."""
    if name == RIGHT_TO_LEFT:
        return all(word in text for word in name.split())
    return squash(name) in squash(text)


@pytest.fixture(scope="module")
def hostile():
    with Store(":memory:") as store:
        fill_demo(store, name=GROUP, pupils=PUPILS)
        yield store


def test_the_store_keeps_every_name_as_typed(hostile):
    (group,) = hostile.find_groups()
    assert group["name"] == GROUP
    assert sorted(p["name"] for p in hostile.find_pupils(group["id"])) == sorted(PUPILS)


def test_every_chart_draws_every_name(hostile):
    progress = group_progress(hostile, GROUP)
    papers = assessment_report(hostile, GROUP)
    assert set(progress.pupils) == set(PUPILS)
    rows = [(SCHOOL, "Number", 50.0), ("School $B$", "Number", 70.0)]
    for png in (
        plots.mastery_heatmap(progress),
        plots.misconception_bars(progress),
        plots.accuracy_over_time(progress),
        plots.baseline_endpoint(papers),
        plots.school_comparison(rows, f"{SCHOOL}: % right"),
    ):
        assert png.startswith(b"\x89PNG")


def test_chart_labels_are_drawn_as_plain_text_not_maths(monkeypatch):
    import matplotlib
    from matplotlib import pyplot

    labels = {}
    real_png = plots._png

    def keep_labels(figure):
        labels.update({t.get_text(): t.get_parse_math() for t in figure.findobj(matplotlib.text.Text)})
        return real_png(figure)

    monkeypatch.setattr(plots, "_png", keep_labels)
    plots.school_comparison([("Pay $5 or $6", "Strand $x$", 50.0)], "Title with $x^2$")
    for label in ("Pay $5 or $6", "Strand $x$", "Title with $x^2$"):
        assert labels[label] is False, label  # drawn as typed, never as mathtext
    assert pyplot.rcParams["text.parse_math"] is True  # the rest of the program keeps matplotlib's default


def test_a_long_name_never_squeezes_the_chart_away(hostile, monkeypatch):
    plot_widths = {}
    real_png = plots._png

    def measure(figure):
        png = real_png(figure)  # laid out and saved: the axes are where they are drawn
        axes = figure.axes[0]
        plot_widths[axes.get_title() or figure.get_suptitle()] = axes.get_position().width * figure.get_figwidth()
        return png

    monkeypatch.setattr(plots, "_png", measure)
    plots.mastery_heatmap(group_progress(hostile, GROUP))
    plots.baseline_endpoint(assessment_report(hostile, GROUP))
    grid, papers = plot_widths.values()
    assert grid >= 3 * 1.2 and papers >= 4, plot_widths  # inches: three topic columns, a 0–40 scale


def test_the_summary_pdf_prints_every_name_verbatim(hostile, tmp_path):
    pdf = summary_pdf(group_progress(hostile, GROUP), assessment_report(hostile, GROUP))
    (tmp_path / "summary.pdf").write_bytes(pdf)
    text = " ".join(pages_text(pdf))
    for name in (*PUPILS, GROUP):
        assert appears(name, text), name


def test_the_rollup_export_and_comparison_take_any_school_label(hostile, tmp_path):
    data = export_anonymised(hostile, SCHOOL, SECRET)
    assert data["school"] == SCHOOL
    dumped = json.dumps(data, ensure_ascii=False)
    assert not any(name in dumped for name in PUPILS) and GROUP not in dumped
    write_export(data, tmp_path / "a.json")
    other = dict(data, school="School $B$ <b>")
    write_export(other, tmp_path / "b.json")
    pdf = trust_pdf(import_exports([tmp_path / "a.json", tmp_path / "b.json"]))
    text = " ".join(pages_text(pdf))
    assert appears(SCHOOL, text) and appears("School $B$ <b>", text)


def _html_values(widget):
    if isinstance(widget, w.HTML):
        yield widget.value
    for child in getattr(widget, "children", ()):
        yield from _html_values(child)


def test_the_report_app_escapes_every_name(hostile):
    app = ReportApp(hostile)
    app.group.value = GROUP
    assert app.make_pdf().startswith(b"%PDF")  # shows the report, then offers the PDF
    shown = " ".join(_html_values(app.widget))
    app.school.value, app.secret.value = SCHOOL, SECRET
    assert app.export() is not None
    shown += " ".join(_html_values(app.widget))
    app.pupil.value, app.typed.value = PUPILS[2], "9"
    assert app.save_typed() is None
    shown += app.message.value
    assert "<script" not in shown and "<i>&amp;" not in shown
    for name in (PUPILS[0], PUPILS[2], PUPILS[3], GROUP, f"{GROUP}-summary.pdf"):
        assert html.escape(name) in shown, name  # named, as text


def test_the_class_pack_prints_every_name_verbatim():
    rows = [[name, str(tier)] for name, tier in zip(PUPILS, (1, 2, 3, 1, 2, 3, 1), strict=True)]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["name", "tier"], *rows])
    pupils = parse_class_list(buffer.getvalue())
    assert [p.name for p in pupils] == list(PUPILS)
    pdf, _ = pack_pdf(Plan(("4C7",), (1, 2, 3), 2, 1, key=False), pupils)
    text = " ".join(pages_text(pdf))
    for name in PUPILS:
        assert appears(name, text), name


def test_the_data_export_keeps_names_and_is_spreadsheet_safe(hostile, tmp_path):
    written = hostile.export(tmp_path / "out")
    pupils_csv = next(p for p in written if p.name == "pupils.csv")
    names = [row["name"] for row in csv.DictReader(io.StringIO(pupils_csv.read_text(encoding="utf-8")))]
    assert "'" + PUPILS[4] in names  # a leading apostrophe: shown as text, never run as a formula
    assert [n for n in names if not n.startswith("'=")] == [n for n in PUPILS if not n.startswith("=")]
