"""Worked steps that used to restate themselves ('4/11 = 4/11', '10% is 15, so 10% is 15', '49% = 49%') now work."""

import re

from ks2practice import Spec, generate


def _steps(topic, level, style, seeds=range(60)):
    for seed in seeds:
        yield generate(Spec(topic, level, seed, style=style))


def test_adding_and_subtracting_fractions_shows_the_numerators_being_worked_on():
    seen = 0
    for level in (1, 2, 3):
        for question in _steps("fractions.add_subtract_fractions", level, "fluency", range(30)):
            (line,) = [s for s in question.solution if "the numerators:" in s]
            first, op, second, top = re.search(r"numerators: (\d+) ([+−]) (\d+) = (\d+), so ", line).groups()
            assert int(top) == (int(first) + int(second) if op == "+" else int(first) - int(second))
            seen += 1
    assert seen == 90


def test_a_whole_from_ten_percent_is_not_found_by_way_of_ten_percent():
    checked = 0
    for level in (1, 2, 3):
        for question in _steps("percentages.percentage_of_amount", level, "missing_number"):
            for line in question.solution:
                assert not re.search(r"\b10% is ([\d.,]+), so 10% is \1\b", line), (question.spec.code, line)
                checked += "100% is 10 ×" in line
    assert checked > 10


def test_a_percentage_is_not_rewritten_as_itself():
    checked = 0
    for level in (1, 2, 3):
        for question in _steps("percentages.fdp_equivalents", level, "compare"):
            for line in question.solution:
                for left, right in re.findall(r"(\d+(?:\.\d+)?%) = (\d+(?:\.\d+)?%)", line):
                    assert left != right, (question.spec.code, line)
            checked += 1
    assert checked == 180
