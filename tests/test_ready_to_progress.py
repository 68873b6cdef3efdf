"""Tests for the ready-to-progress data: criterion → topics, sourced links between criteria, what to revisit first."""

import tempfile
from pathlib import Path

import pytest

from ks2practice.cli import main
from ks2practice.core import curriculum, registry
from ks2practice.core.curriculum import Progression


def test_the_data_has_one_row_for_each_of_the_61_criteria_in_dfe_order():
    rows = curriculum.progressions()
    assert list(rows) == [o.code for o in curriculum.ready_to_progress()]
    assert len(rows) == 61


def test_every_criterion_has_topics_and_every_topic_exists():
    ids = {t.id for t in registry.topics()}
    for code, row in curriculum.progressions().items():
        assert row.topics, f"{code} has no topic"
        assert set(row.topics) <= ids, f"{code} names unknown topics {set(row.topics) - ids}"
        assert len(set(row.topics)) == len(row.topics)


def test_each_criterion_has_a_topic_pitched_within_a_year_of_it():
    for code, row in curriculum.progressions().items():
        year = curriculum.find(code).year
        years = {curriculum.find(c).year for t in row.topics for c in registry.get(t).codes}
        assert min(abs(y - year) for y in years) <= 1, (code, sorted(years))


def test_links_name_real_criteria_of_the_same_or_an_earlier_year():
    for code, row in curriculum.progressions().items():
        for earlier in row.builds_on:
            if curriculum.KS1_CODE.match(earlier):
                assert int(earlier[0]) < curriculum.find(code).year  # Year 1-2: before KS2, not in the catalogue
                continue
            assert curriculum.find(earlier).framework == curriculum.READY_TO_PROGRESS
            assert curriculum.find(earlier).year <= curriculum.find(code).year
            assert earlier != code


def test_every_row_has_topics_and_a_sourced_prerequisite_list_or_says_none_was_found():
    for code, row in curriculum.progressions().items():
        assert row.topics, code
        if row.builds_on:
            assert "https://" in row.source, code
        elif row.source.startswith(curriculum.NONE_NAMED):
            assert "https://" in row.source, code  # the text read, which names no earlier criterion
        else:
            assert row.source.startswith(curriculum.NOT_FOUND), code


def test_links_transcribed_from_the_guidance():
    rows = curriculum.progressions()
    assert rows["3NF-1"].builds_on == ("1NF-1", "2AS-1")
    assert rows["3NF-2"].builds_on == ("2MD-1",)
    assert rows["3NF-3"].builds_on == ("2AS-1", "3NF-1")
    assert rows["3NPV-3"].builds_on == ("2NPV-2",)
    assert rows["3MD-1"].builds_on == ("3NF-2",)
    assert rows["3F-3"].builds_on == ("3F-1", "3F-2")
    assert rows["4NPV-2"].builds_on == ("3NPV-2",)
    assert rows["4NF-3"].builds_on == ("2AS-1", "3NF-1", "3NF-3")
    assert rows["4F-1"].builds_on == ("3F-3",)
    assert rows["6NPV-4"].builds_on == ("3NPV-4", "4NPV-4", "5NPV-4")
    assert rows["3AS-2"].builds_on == ("3NF-1",)
    assert rows["5NPV-4"].builds_on == ("5F-3",)
    assert rows["5G-1"].builds_on == ("3G-1",)
    assert rows["4G-1"].builds_on == ("3G-2",)
    assert rows["4F-3"].builds_on == ("4F-1",)
    assert rows["6F-3"].builds_on == ("5F-2",)
    assert rows["3NPV-1"].builds_on == () and rows["3NPV-1"].sourced  # its guidance text names none
    assert curriculum.link_counts() == (17, 24, 7)
    assert sum(row.sourced for row in rows.values()) == 31  # the other 30 say "not found" (see the source column)


def _with_rows(monkeypatch, rows: str):
    """progressions() read from these TSV rows (header added) instead of the packaged file."""

    class Text:
        def read_text(self, encoding):
            return "code\ttopics\tbuilds_on\tsource\n" + rows

    class Files:
        def joinpath(self, name):
            return Text()

    monkeypatch.setattr(curriculum.resources, "files", lambda package: Files())
    curriculum.progressions.cache_clear()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("4F-1\tx\t2F-9\thttps://a", "not a ready-to-progress criterion"),  # no Year 2 fractions strand
        ("4F-1\tx\t3Q-1\thttps://a", "not a ready-to-progress criterion"),
        ("4F-1\tx\t5F-1\thttps://a", "same or an earlier year"),
        ("4F-1\tx\t4F-1\thttps://a", "same or an earlier year"),
        ("4F-1\tx\t3F-3\tread somewhere", "address"),
        ("4F-1\tx\t\tno source", "none named"),
        ("4F-1\tx\t\tnone named: a book", "none named"),
    ],
)
def test_the_loader_refuses_unknown_later_or_unsourced_links(monkeypatch, row, message):
    try:
        _with_rows(monkeypatch, row + "\n")
        with pytest.raises(ValueError, match=message):
            curriculum.progressions()
    finally:
        monkeypatch.undo()
        curriculum.progressions.cache_clear()
    assert len(curriculum.progressions()) == 61


def test_a_cycle_is_refused():
    links = {
        "4F-1": Progression("4F-1", ("x",), ("4F-2",), "s"),
        "4F-2": Progression("4F-2", ("x",), ("4F-1",), "s"),
    }
    with pytest.raises(ValueError, match="cycle"):
        curriculum._check_acyclic(links)
    curriculum._check_acyclic(curriculum.progressions())  # the real data has none


def test_revisit_first_is_transitive_and_earliest_first():
    codes = [o.code for o in curriculum.revisit_first("6NPV-4")]
    assert codes == ["3NPV-4", "4NPV-4", "5F-3", "5NPV-4"]  # 5NPV-4 builds on 5F-3, so 5F-3 comes first
    assert [o.code for o in curriculum.revisit_first("4npv–1")] == []
    assert [o.code for o in curriculum.revisit_first("4NF-3")] == ["3NF-1", "3NF-3"]
    assert [o.code for o in curriculum.revisit_first("4F-1")] == ["3F-1", "3F-2", "3F-3"]


def test_revisit_first_for_several_criteria_leaves_out_those_asked_about():
    assert [o.code for o in curriculum.revisit_first("3NF-3", "4NF-3")] == ["3NF-1"]
    assert [o.code for o in curriculum.revisit_first("4NF-3", "5NPV-4")] == ["3NF-1", "3NF-3", "5F-3"]


def test_year_1_and_2_prerequisites_are_reached_through_ks2_criteria():
    assert curriculum.before_key_stage_2("4NF-3") == ("1NF-1", "2AS-1")  # 2AS-1 directly, 1NF-1 through 3NF-1
    assert curriculum.before_key_stage_2("3MD-1") == ("2MD-1",)  # through 3NF-2
    assert curriculum.before_key_stage_2("6NPV-4") == ()
    text = curriculum.revisit_text(["4NF-3"])
    assert text.startswith("Revisit first: 3NF-1 (fluent addition and subtraction facts that cross ten), 3NF-3 (")
    assert "Builds on 1NF-1, 2AS-1 (Year 1 and Year 2, before KS2): revisit with concrete materials." in text
    assert curriculum.revisit_text(["3NF-2"]) == (
        "Builds on 2MD-1 (Year 2, before KS2): revisit with concrete materials."
    )
    assert curriculum.revisit_text(["4NPV-1"]) == curriculum.revisit_text([]) == ""


def test_the_lesson_planner_names_the_criteria_to_revisit_first():
    from ks2practice.planning.planner import revisit_criteria
    from ks2practice.printing.worksheets import resolve

    assert [o.code for o in revisit_criteria(resolve("4C6b"))] == ["3NF-1", "3NF-3"]  # practises 4NF-3 and 4MD-1
    assert [o.code for o in revisit_criteria(resolve("3C2"))] == ["3NF-1"]  # column addition practises 3AS-2
    assert revisit_criteria(resolve("time.read_clocks")) == ()


def test_the_plan_output_shows_the_revisit_line():
    from ks2practice.apps.plan_app import plan_html
    from ks2practice.planning.export import plan_slides, plan_source
    from ks2practice.planning.planner import plan_lesson

    plan = plan_lesson("4C6b", 1)
    assert plan.revisit_line.startswith("Revisit first: 3NF-1 (")
    assert "2AS-1" in plan.revisit_line and "before KS2" in plan.revisit_line
    with tempfile.TemporaryDirectory() as folder:
        source = plan_source(plan, Path(folder))
    assert "Revisit first: 3NF-1" in source and source.index("Revisit first") < source.index("== 2. Anchor")
    assert "Revisit first: 3NF-1" in plan_html(plan)
    assert "For the teacher: Revisit first: 3NF-1" in plan_slides(plan)
    quiet = plan_lesson("time.read_clocks", 1)
    assert quiet.revisit_line == ""
    with tempfile.TemporaryDirectory() as folder:
        assert "Revisit first" not in plan_source(quiet, Path(folder))


def test_the_plan_command_prints_the_revisit_line(capsys, monkeypatch, tmp_path):
    import ks2practice.planning.export as export

    monkeypatch.setattr(export, "plan_pdf", lambda plan: b"%PDF-")  # no Typst needed to see what is printed
    assert main(["plan", "--objective", "4C6b", "--seed", "1", "-o", str(tmp_path / "plan.pdf")]) == 0
    out = capsys.readouterr().out
    assert "Revisit first: 3NF-1 (" in out and "before KS2" in out


def test_a_weak_topic_in_the_progress_report_says_what_to_revisit_first():
    from ks2practice.reports.mastery import Cell, GroupProgress

    progress = GroupProgress(
        group="Otters",
        pupils=("Ava", "Ben"),
        topics=("calculation.mental_multiply_divide", "time.read_clocks"),
        grid={
            ("Ava", "calculation.mental_multiply_divide"): Cell(1, 5, "not yet"),
            ("Ava", "time.read_clocks"): Cell(5, 5, "secure"),
            ("Ben", "calculation.mental_multiply_divide"): Cell(5, 5, "secure"),
            ("Ben", "time.read_clocks"): Cell(1, 5, "not yet"),
        },
        misconceptions=(),
        sessions=(),
        answers=20,
    )
    steps = progress.next_steps()
    assert "1 of the last 5 right; revisit first: 3NF-1 (" in steps["Ava"]
    assert "before KS2" in steps["Ava"]
    assert steps["Ben"].endswith("1 of the last 5 right")  # no source names what clock reading builds on


def test_revisit_first_puts_each_criterion_after_everything_it_builds_on():
    rows = curriculum.progressions()
    for code in rows:
        order = [o.code for o in curriculum.revisit_first(code)]
        infant = curriculum.before_key_stage_2(code)
        assert code not in order
        assert set(rows[code].builds_on) <= set(order) | set(infant)  # Year 1-2 ones are listed apart
        for position, earlier in enumerate(order):
            assert set(rows[earlier].builds_on) <= set(order[:position]) | set(infant)


def test_progression_refuses_a_content_domain_code():
    with pytest.raises(KeyError, match="content-domain"):
        curriculum.progression("5F2b")


def test_criteria_for_topic():
    assert [o.code for o in curriculum.criteria_for_topic("calculation.times_tables")] == [
        "3NF-2",
        "3MD-1",
        "4NF-1",
        "4MD-2",
        "5NF-1",
    ]
    assert curriculum.criteria_for_topic("time.read_clocks") == ()


def test_list_shows_topics_and_builds_on_for_every_criterion(capsys):
    assert main(["list", "--framework", "ready-to-progress"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("61 of 61 objectives have topics.")
    assert out.count("builds on:") == 61
    assert "builds on: 3NPV-4, 4NPV-4, 5NPV-4" in out
    assert "builds on: 1NF-1 (Y1, before KS2), 2AS-1 (Y2, before KS2)" in out
    assert "(none yet)" not in out
    summary = "61 of 61 criteria have topics; 17 have sourced prerequisites (24 links, 7 to Year 1–2)"
    assert summary in out


def test_coverage_of_ready_to_progress_reports_the_links(capsys):
    assert main(["coverage", "--framework", "ready-to-progress"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("61 of 61 criteria have topics; 17 have sourced prerequisites (24 links, 7 to Year 1–2)")
