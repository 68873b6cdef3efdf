"""Tests for ks2practice.reports.attainment: a full mock's totals against 2024's thresholds, worked by hand."""

import json
from fractions import Fraction
from importlib import resources

import pytest
import test_reports_assessment

from ks2practice.core import curriculum
from ks2practice.reports.assessment import (
    assessment_report,
    enter_marks,
    import_marks,
    import_mock_marks,
    parse_mock_marks,
)
from ks2practice.reports.attainment import TOTAL, PaperItem, attainment, attainment_report, figures_for, thresholds
from ks2practice.reports.mastery import ReportError
from ks2practice.store import Store

# A mock of 110 marks small enough to work by hand: Paper 1, 40 one-mark items (1-20 short division, 21-40 column
# addition); Paper 2, items 1-25 one mark and 26-30 two marks (equivalent fractions); Paper 3, 35 one-mark items
# (missing angles).
ITEMS = (
    [PaperItem(1, n, 1, "calculation", "calculation.short_division") for n in range(1, 21)]
    + [PaperItem(1, n, 1, "calculation", "calculation.column_addition") for n in range(21, 41)]
    + [PaperItem(2, n, 1 if n <= 25 else 2, "fractions", "fractions.equivalent_fractions") for n in range(1, 31)]
    + [PaperItem(3, n, 1, "geometry", "angles.missing_angles") for n in range(1, 36)]
)


def marks_losing(lost: dict[tuple[int, int], int]) -> dict[int, int]:
    """Full marks on every item except these (paper, number) → marks scored."""
    return {i.paper * 100 + i.number: lost.get((i.paper, i.number), i.marks) for i in ITEMS}


def lose(paper, numbers):
    return {(paper, n): 0 for n in numbers}


# By hand:
#   Ava loses nothing                                               → 110
#   Ben loses P1 1-20 (20), scores 1 of 2 on P2 26 and 0 on 27-30 (1 + 8) → 110 - 29 = 81
#   Cai loses P1 1-20 (20), P2 1-25 (25), P3 1-11 (11)              → 110 - 56 = 54  (exactly 2024's 54: at it)
#   Dee loses P1 1-20 (20), P2 1-25 (25), P3 1-12 (12)              → 110 - 57 = 53  (one short)
MARKS = {
    "Ava": marks_losing({}),
    "Ben": marks_losing({**lose(1, range(1, 21)), (2, 26): 1, **lose(2, range(27, 31))}),
    "Cai": marks_losing({**lose(1, range(1, 21)), **lose(2, range(1, 26)), **lose(3, range(1, 12))}),
    "Dee": marks_losing({**lose(1, range(1, 21)), **lose(2, range(1, 26)), **lose(3, range(1, 13))}),
}


def test_the_hand_worked_mock_is_110_marks_as_the_thresholds_are():
    assert sum(i.marks for i in ITEMS) == TOTAL == 110


def test_2024_thresholds_come_from_the_data_file_with_their_sources():
    figures = figures_for(2024)
    assert figures.expected_raw == 54 and figures.national_expected == 73
    assert "schoolsweek.co.uk/scaled-scores-for-2024" in figures.sources["expected_raw"].url
    assert figures.high_raw is None and "high_raw" in figures.missing  # not found: never invented
    assert figures.conversion is None


def test_every_held_figure_names_its_source_and_every_missing_one_says_why():
    data = json.loads(resources.files("ks2practice.reports").joinpath("data/sats_thresholds.json").read_text())
    assert set(data["years"]) == {"2022", "2023", "2024", "2025"}
    for year, figures in thresholds().items():
        for key in ("expected_raw", "high_raw", "national_expected", "national_higher", "conversion"):
            value = getattr(figures, key)
            name = {"national_expected": "national_expected_percent", "national_higher": "national_higher_percent",
                    "conversion": "conversion_table"}.get(key, key)  # fmt: skip
            assert (value is None) == (name in figures.missing), (year, key)
            if value is not None:
                assert figures.sources[name].url.startswith("https://"), (year, key)


def test_totals_classifications_shares_and_marks_lost_match_the_hand_count():
    report = attainment("Otters", "endpoint", MARKS, ITEMS, 2024)
    assert [(p.name, p.total, p.expected, p.high, p.scaled) for p in report.pupils] == [
        ("Ava", 110, True, None, None),
        ("Ben", 81, True, None, None),
        ("Cai", 54, True, None, None),
        ("Dee", 53, False, None, None),
    ]
    assert report.share("expected") == (3, 4) and report.percent("expected") == Fraction(75)
    assert report.share("high") is None  # 2024's high-score mark is not held: nobody is counted at it
    # per strand, lost of (marks × 4 pupils): calculation 20+20+20 of 160; fractions 9+25+25 of 140;
    # geometry 11+12 of 140
    assert report.strands == (("calculation", 60, 160), ("fractions", 59, 140), ("geometry", 23, 140))
    # topics by share lost: short division 60/80, equivalent fractions 59/140, missing angles 23/140; column
    # addition lost nothing, so it is not listed
    assert [(t.topic, t.lost, t.available) for t in report.topics] == [
        ("calculation.short_division", 60, 80),
        ("fractions.equivalent_fractions", 59, 140),
        ("angles.missing_angles", 23, 140),
    ]
    division = report.topics[0]
    assert division.criteria == ("3MD-1", "4NF-2", "5MD-4")  # core/curriculum's ready-to-progress links
    text = "\n".join(report.lines())
    assert "At the expected standard: 3 of 4 (75%), 73% nationally in 2024" in text
    assert "No STA raw-to-scaled conversion table for 2024 is held" in text
    assert "high score (scaled 110) in 2024 is not held" in text
    assert "scaled 1" not in text.replace("scaled 100", "").replace("scaled 110", "")  # no invented scaled score


def test_the_same_marks_against_2025_the_threshold_moves_to_58():
    report = attainment("Otters", "endpoint", MARKS, ITEMS, 2025)
    assert [p.expected for p in report.pupils] == [True, True, False, False]
    assert report.share("expected") == (2, 4)
    assert "74% nationally in 2025" in "\n".join(report.lines())


def test_a_year_not_held_is_refused_and_names_those_held():
    with pytest.raises(ReportError, match="no published thresholds are held for 2019; held: 2022, 2023, 2024, 2025"):
        attainment("Otters", "endpoint", MARKS, ITEMS, 2019)


def test_an_item_list_that_is_not_110_marks_is_refused():
    with pytest.raises(ReportError, match="total 109 marks; the thresholds are out of 110"):
        attainment("Otters", "endpoint", {}, ITEMS[1:], 2024)


def csv_of(marks):
    lines = ["pupil,paper,item,marks"]
    for name, scored in marks.items():
        lines += [f"{name},{key // 100},{key % 100},{value}" for key, value in scored.items()]
    return "\n".join(lines) + "\n"


# the same four Otters as the arithmetic paper's tests
store = test_reports_assessment.store


def test_a_csv_stored_at_each_point_gives_the_same_report(store):
    for point in ("baseline", "midpoint", "endpoint"):
        assert import_mock_marks(store, "Otters", point, "sats/s1", "2027-01-20", csv_of(MARKS), ITEMS) == 4
        report = attainment_report(store, "otters", ITEMS, 2024, point)
        assert [(p.name, p.total) for p in report.pupils] == [("Ava", 110), ("Ben", 81), ("Cai", 54), ("Dee", 53)]
        assert report.point == point


def test_rows_left_out_of_the_csv_score_nothing():
    marks = parse_mock_marks("pupil,paper,item,marks\nAva,2,26,2\nava,3,1,1\n", ITEMS)
    assert marks == {"Ava": {226: 2, 301: 1}}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Ava,2,26,3", "Ava scored '3' on Paper 2 item 26, which is worth 2 marks: give a whole number from 0 to 2"),
        ("Ava,1,1,2", "worth 1 mark: give a whole number from 0 to 1"),
        ("Ava,1,1,-1", "give a whole number from 0 to 1"),
        ("Ava,4,1,1", "Paper 4 item 1 is not an item of this mock"),
        ("Ava,1,41,1", "Paper 1 item 41 is not an item of this mock"),
        (",1,1,1", "the pupil's name is empty"),
    ],
)
def test_a_mark_over_the_item_or_off_the_mock_is_refused_kindly(row, message):
    with pytest.raises(ReportError, match="row 2: .*" + message.replace("(", r"\(")):
        parse_mock_marks(f"pupil,paper,item,marks\n{row}\n", ITEMS)


def test_the_app_enters_one_paper_of_a_pupil_at_a_time(store):
    typed = ",".join(["1"] * 25 + ["2", "1", "0", "2", "2"])  # Paper 2: 25 + 7 = 32 of 35
    assert (
        enter_marks(store, "Otters", "midpoint", "2027-01-20", "Ben", typed, items=ITEMS, paper=2, code="sats/s1") == 32
    )
    with pytest.raises(ReportError, match="item 26: '3' should be a whole number from 0 to 2"):
        enter_marks(store, "Otters", "midpoint", "", "Ben", "1," * 25 + "3", items=ITEMS, paper=2, code="sats/s1")
    report = attainment_report(store, "Otters", ITEMS, 2024, "midpoint")
    assert [(p.name, p.total, p.expected) for p in report.pupils] == [("Ben", 32, False)]


def test_the_arithmetic_report_leaves_a_full_mock_out(store):
    import_mock_marks(store, "Otters", "baseline", "sats/s1", "2027-01-20", csv_of(MARKS), ITEMS)
    with pytest.raises(ReportError, match="no baseline or end-point marks"):
        assessment_report(store, "Otters")
    with pytest.raises(ReportError, match="marks are for a full mock"):
        enter_marks(store, "Otters", "baseline", "", "Ava", "1,1")


def test_a_point_without_a_full_mock_says_so(store):
    import_marks(store, "Otters", "endpoint", "paper-arithmetic/s1", "2027-01-20", "name,1\nAva,1\n")
    with pytest.raises(ReportError, match="no full mock's marks at end point"):
        attainment_report(store, "Otters", ITEMS, 2024)


def run(capsys, *argv):
    from ks2practice.cli import main

    status = main([str(a) for a in argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_command_stores_a_mock_csv_and_reports_it(tmp_path, capsys, monkeypatch):
    import ks2practice.reports.attainment as module

    monkeypatch.setattr(module, "mock_items", lambda seed: ITEMS)  # the lead wires sats_items(seed) here
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        group = store.add_group("Otters")
        for name in MARKS:
            store.add_pupil(group, name)
    (tmp_path / "mock.csv").write_text(csv_of(MARKS), encoding="utf-8")
    status, out, err = run(capsys, "marks", "Otters", "--kind", "midpoint", "--paper", "sats/s3",
                           "--csv", tmp_path / "mock.csv", "--taken", "2027-01-20", "--store", path)  # fmt: skip
    assert status == 0, err
    assert "stored mid-point marks for 4 pupils of Otters" in out
    status, out, err = run(capsys, "report", "attainment", "Otters", "--year", "2024", "--point", "midpoint",
                           "--store", path)  # fmt: skip
    assert status == 0, err
    assert "Cai: 54/110 (expected standard)" in out and "Dee: 53/110 (below the expected standard)" in out
    assert "3 of 4 (75%), 73% nationally in 2024" in out
    status, _, err = run(capsys, "report", "attainment", "Otters", "--store", path)
    assert status == 2 and "no full mock's marks at end point" in err


def test_an_empty_mock_marks_file_is_refused_for_having_no_marks(tmp_path, capsys):
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        store.add_group("Otters")
    (tmp_path / "mock.csv").write_text("pupil,paper,item,marks\n", encoding="utf-8")
    status, _, err = run(capsys, "marks", "Otters", "--kind", "baseline", "--paper", "sats/s1",
                         "--csv", tmp_path / "mock.csv", "--taken", "2027-01-20", "--store", path)  # fmt: skip
    assert status == 2 and "no marks" in err


def test_the_mock_items_are_the_printed_packs_items_and_add_up_by_strand():
    from ks2practice.printing.sats_pack import sats_items
    from ks2practice.reports.attainment import mock_items, strand_of

    items = mock_items(4)
    assert items == list(sats_items(4))
    assert {p: sum(i.marks for i in items if i.paper == p) for p in (1, 2, 3)} == {1: 40, 2: 35, 3: 35}
    strands = {strand_of(i.strand) for i in items}
    assert strands <= {o.strand_name for o in curriculum.content_domain()}, "each code counts in its strand"
    assert strand_of("6R2") == "Ratio and proportion" and strand_of("geometry") == "geometry"


def test_the_chart_is_a_png_and_the_same_report_draws_the_same_bytes():
    from ks2practice.reports.attainment import attainment_chart, demo_marks_csv, mock_items

    items = mock_items(1)
    assert sum(i.marks for i in items) == TOTAL
    marks = parse_mock_marks(demo_marks_csv(("Pupil A", "Pupil B"), items, 1), items)
    report = attainment("Demo", "baseline", marks, items, 2023)
    png = attainment_chart(report)
    assert png.startswith(b"\x89PNG") and png == attainment_chart(report)
