"""The false teaching text issue #14 named, fixed where the step is built: each case, and the fix over many seeds."""

import re

import pytest

from ks2practice import Spec, generate


def test_a_missing_cell_takes_the_other_cells_away_together():
    question = generate(Spec("statistics.tables_timetables", 2, 1, style="missing_number"))
    assert "97 − (56 + 13) = 28" in question.solution
    assert "97 − 56 + 13 = 28" not in question.solution


@pytest.mark.parametrize("level", [1, 2, 3])
def test_every_missing_cell_step_brackets_two_or_more_others(level):
    for seed in range(80):
        question = generate(Spec("statistics.tables_timetables", level, seed, style="missing_number"))
        step = next(line for line in question.solution if "−" in line)
        taken = step.split(" − ", 1)[1].split(" = ")[0]
        assert ("+" not in taken) or (taken.startswith("(") and taken.endswith(")")), step


def test_a_missing_number_conversion_says_the_way_it_then_goes():
    question = generate(Spec("measures.convert_units", 1, 1, style="missing_number"))
    assert question.solution[1:] == (
        "Smaller units, so more of them: × 1000.",
        "3 × 1000 = 3000, so converting, 3 kg = 3000 g: the missing number is 3000.",
    )


@pytest.mark.parametrize("style", ["fluency", "missing_number", "word_problem", "spot_the_mistake"])
@pytest.mark.parametrize("level", [1, 2, 3])
def test_every_conversion_step_names_the_operation_the_working_does(style, level):
    for seed in range(60):
        solution = generate(Spec("measures.convert_units", level, seed, style=style)).solution
        said = re.search(r"of them: ([×÷]) (\d+)\.", "\n".join(solution))
        done = re.search(r"^[\d.,]+ ([×÷]) (\d+) = ", "\n".join(solution), re.M)
        assert said and done and said.groups() == done.groups(), solution


def test_a_percentage_step_names_the_amount_it_is_of():
    for seed in range(40):
        for line in generate(Spec("percentages.percentage_of_amount", 2, seed, style="fluency")).solution:
            assert not re.search(r"\d% = \d", line), line  # "20% = 2 × 11" is false: 20% is 0.2
