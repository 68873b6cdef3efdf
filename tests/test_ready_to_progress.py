"""Tests for the ready-to-progress data: criterion → topics, sourced links between criteria, what to revisit first."""

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
            assert curriculum.find(earlier).framework == curriculum.READY_TO_PROGRESS
            assert curriculum.find(earlier).year <= curriculum.find(code).year
            assert earlier != code


def test_every_link_carries_its_source_and_every_empty_row_says_why():
    for code, row in curriculum.progressions().items():
        assert row.source, code
        if row.builds_on:
            assert "https://" in row.source, code
        else:
            assert "no source found" in row.source or "Year 2" in row.source, code


def test_links_transcribed_from_the_guidance():
    rows = curriculum.progressions()
    assert rows["3NF-3"].builds_on == ("3NF-1",)
    assert rows["4NF-3"].builds_on == ("3NF-1", "3NF-3")
    assert rows["6NPV-4"].builds_on == ("3NPV-4", "4NPV-4", "5NPV-4")
    assert rows["3AS-2"].builds_on == ("3NF-1",)
    assert rows["5NPV-4"].builds_on == ("5F-3",)
    assert sum(bool(row.builds_on) for row in rows.values()) == 5  # the rest: no source found (see the source column)


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


def test_revisit_first_for_several_criteria_leaves_out_those_asked_about():
    assert [o.code for o in curriculum.revisit_first("3NF-3", "4NF-3")] == ["3NF-1"]
    assert [o.code for o in curriculum.revisit_first("4NF-3", "5NPV-4")] == ["3NF-1", "3NF-3", "5F-3"]


def test_the_lesson_planner_names_the_criteria_to_revisit_first():
    from ks2practice.planning.planner import revisit_criteria
    from ks2practice.printing.worksheets import resolve

    assert [o.code for o in revisit_criteria(resolve("4C6b"))] == ["3NF-1", "3NF-3"]  # practises 4NF-3 and 4MD-1
    assert [o.code for o in revisit_criteria(resolve("3C2"))] == ["3NF-1"]  # column addition practises 3AS-2
    assert revisit_criteria(resolve("time.read_clocks")) == ()


def test_revisit_first_puts_each_criterion_after_everything_it_builds_on():
    rows = curriculum.progressions()
    for code in rows:
        order = [o.code for o in curriculum.revisit_first(code)]
        assert code not in order
        assert set(rows[code].builds_on) <= set(order)
        for position, earlier in enumerate(order):
            assert set(rows[earlier].builds_on) <= set(order[:position])


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
    assert "(none yet)" not in out
