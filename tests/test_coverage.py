"""Tests for ks2practice.content.coverage and `ks2practice coverage`: codes × levels, shares, filters, exit status."""

from fractions import Fraction

import pytest

from ks2practice.cli import main
from ks2practice.content.coverage import coverage
from ks2practice.core import curriculum, registry
from ks2practice.core.model import Level
from ks2practice.core.registry import Topic


def fake(topic_id, codes, levels=(1, 2, 3)):
    return Topic(
        id=topic_id,
        title="fake",
        codes=tuple(codes),
        styles=("fluency",),
        levels=tuple(Level(lv) for lv in levels),
        representations=(),
        function=lambda rng, level, style: None,
    )


def test_a_code_counts_at_a_level_only_when_the_topic_offers_that_level():
    table = coverage([fake("fake.one", ["3N1b"], levels=(1, 2))], year=3, strand="N")
    row = next(r for r in table.rows if r.code == "3N1b")
    assert row.topics == (("fake.one",), ("fake.one",), ())
    assert (row.covered(1), row.covered(2), row.covered(3), row.complete) == (True, True, False, False)
    assert row in table.gaps


def test_shares_per_level_and_overall_are_exact():
    codes = [o.code for o in curriculum.content_domain() if o.year == 5 and o.code[1] == "N"]
    table = coverage([fake("fake.a", codes[:2]), fake("fake.b", codes[2:3], levels=(3,))], year=5, strand="N")
    total = len(table.rows)
    assert total == len(codes) >= 4
    assert table.share(1) == Fraction(2, total)
    assert table.share(3) == Fraction(3, total)
    assert table.share() == Fraction(2 + 2 + 3, 3 * total)
    assert table.percent(2) == Fraction(200, total)


def test_filters_by_strand_letter_name_and_year():
    by_letter = coverage([], strand="F", year=6)
    assert by_letter.rows and all(r.code.startswith("6F") for r in by_letter.rows)
    by_name = coverage([], strand="fractions_decimals_percentages", year=6)
    assert [r.code for r in by_name.rows] == [r.code for r in by_letter.rows]
    assert len(coverage([]).rows) == len(curriculum.content_domain()) == 195


def test_an_empty_registry_covers_nothing_and_a_full_one_everything():
    assert coverage([]).share() == 0
    everything = fake("fake.all", [o.code for o in curriculum.content_domain()])
    assert coverage([everything]).share() == 1 and not coverage([everything]).gaps


def test_the_registered_topics_cover_their_own_codes():
    table = coverage()
    covered = {r.code for r in table.rows if r.complete}
    for entry in registry.topics():
        if set(entry.levels) == {Level(1), Level(2), Level(3)}:
            assert {c for c in entry.codes if c in covered} == {
                c for c in entry.codes if curriculum.find(c).framework == curriculum.CONTENT_DOMAIN
            }


def test_cli_require_fails_below_the_bar_and_passes_at_it(monkeypatch, capsys):
    monkeypatch.setattr(registry, "topics", lambda: [fake("fake.some", ["3N1b", "3N2b"])])
    assert main(["coverage", "--year", "3", "--strand", "N", "--require", "100"]) == 1
    out = capsys.readouterr()
    assert "Below the required 100%" in out.err
    assert "3N1b" in out.out and "fake.some" in out.out
    everything = fake("fake.all", [o.code for o in curriculum.content_domain()])
    monkeypatch.setattr(registry, "topics", lambda: [everything])
    assert main(["coverage", "--require", "100"]) == 0
    assert "overall 100% of 195 codes" in capsys.readouterr().out


def test_cli_missing_lists_only_the_gaps(monkeypatch, capsys):
    monkeypatch.setattr(
        registry, "topics", lambda: [fake("fake.partial", ["3N1b"], levels=(1,)), fake("x.y", ["3N2a"])]
    )
    assert main(["coverage", "--year", "3", "--strand", "N", "--missing"]) == 0
    out = capsys.readouterr().out
    lines = [line.split()[0] for line in out.splitlines() if line[:1] == "3"]
    assert "3N1b" in lines and "3N2a" not in lines
    assert "fake.partial (level 1)" in out


@pytest.mark.parametrize("strand", ["Q", "nonsense"])
def test_cli_unknown_strand_exits_2(strand, capsys):
    assert main(["coverage", "--strand", strand]) == 2
    assert "unknown strand" in capsys.readouterr().err


def test_cli_require_takes_any_percentage_exactly(monkeypatch, capsys):
    year3_n = [o.code for o in curriculum.content_domain() if o.code.startswith("3N")]
    monkeypatch.setattr(registry, "topics", lambda: [fake("fake.half", year3_n[: len(year3_n) // 2])])
    args = ["coverage", "--year", "3", "--strand", "N"]
    assert main([*args, "--require", "50"]) == 0
    assert main([*args, "--require", "50.5%"]) == 1
    assert "Below the required 50.5%" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--require", "lots"])


@pytest.mark.parametrize("command", ["coverage", "vary"])
def test_the_new_commands_have_help(command, capsys):
    with pytest.raises(SystemExit) as exit_status:
        main([command, "--help"])
    assert exit_status.value.code == 0
    assert f"usage: ks2practice {command}" in capsys.readouterr().out


def test_ready_to_progress_counts_the_topics_named_for_each_criterion_at_the_levels_they_offer():
    from ks2practice.content.coverage import ready_to_progress

    table = ready_to_progress([fake("calculation.times_tables", [], levels=(1, 2))], year=3)
    row = next(r for r in table.rows if r.code == "3NF-2")
    assert row.topics == (("calculation.times_tables",), ("calculation.times_tables",), ())
    assert {r.objective.year for r in table.rows} == {3}
    assert not next(r for r in table.rows if r.code == "3NPV-1").covered(1)  # its topics are not in this list


def test_every_ready_to_progress_criterion_is_covered_at_every_level():
    from ks2practice.content.coverage import ready_to_progress

    table = ready_to_progress()
    assert len(table.rows) == 61
    assert table.share() == 1, [r.code for r in table.gaps]


def test_cli_coverage_of_ready_to_progress(capsys):
    assert main(["coverage", "--framework", "ready-to-progress", "--require", "100"]) == 0
    out = capsys.readouterr().out
    assert "6AS/MD-4" in out and "algebra.two_unknowns" in out
    assert "of 61 codes × 3 levels" in out
    assert main(["coverage", "--framework", "ready-to-progress", "--strand", "N"]) == 2
