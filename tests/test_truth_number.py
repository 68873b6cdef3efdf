"""Truth tests for the number topics: steps as data, one mechanism per mistake, and sound reasoning items."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from ks2practice.answers.kinds import WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec
from ks2practice.core.steps import Step

NUMBER_TOPICS = (
    "number.compare_order",
    "number.counting_steps",
    "number.digit_cards",
    "number.more_or_less",
    "number.negative_numbers",
    "number.number_lines",
    "number.place_value",
    "number.read_write",
    "number.roman_numerals",
    "number.rounding",
)
SEEDS = 200
_SIGN = re.compile("[=≠<>≤≥]")


def _items(topic_id: str, style: str, seeds: int = 60, levels=(1, 2, 3)):
    for level in levels:
        for seed in range(seeds):
            yield registry.generate(Spec(topic_id, level, seed, style=style)).item


def _specs():
    for topic_id in NUMBER_TOPICS:
        entry = registry.get(topic_id)
        for level in entry.levels:
            for style in entry.styles:
                yield topic_id, level, style


@pytest.mark.parametrize(("topic_id", "level", "style"), list(_specs()))
def test_every_number_item_is_true_with_its_sums_written_as_steps(topic_id, level, style):
    for seed in range(SEEDS):
        question, trace = registry.generate_traced(Spec(topic_id, level, seed, style=style))
        assert len(trace) == 1, (topic_id, level, style, seed, trace[0][0].describe())  # no false first draw
        found = inspect(topic_id, question.item)
        assert found.clean, found.describe()
        assert found.in_words == 0, (topic_id, level, style, seed, question.item.solution)
        for line in question.item.solution:
            # A relation sign may only be written inside a Step's relations, never in its words or in plain text.
            if line == f"Answer: {question.item.answer.format()}":
                continue  # the key itself, added by make(): a comparison's key is a sign
            words = line.words if isinstance(line, Step) else (line,)
            assert not any(_SIGN.search(text) for text in words), (topic_id, style, seed, line)


def test_no_number_topic_writes_a_prediction_as_an_id_and_value_pair():
    folder = Path(__file__).parent.parent / "ks2practice" / "content" / "number"
    for path in folder.glob("*.py"):
        text = path.read_text()
        assert not re.search(r"predictions\([^)]*\(\s*\"", text), path.name
        assert not re.search(r"\(\"[a-z_]+\", (mis\.|True|wrong)", text), path.name


# ---------------------------------------------------------------------- one id per mistake


def test_counting_zero_twice_and_ignoring_the_sign_are_two_mistakes_with_their_own_words():
    assert mis.negative_number_counting(-3, 5) == 1
    assert mis.ignores_negative_sign(-3, 5) == 8
    assert mis.difference_ignoring_sign(-4, 6) == 2
    zero = mis.negative_number_counting.feedback_for(-3, 5)
    sign = mis.ignores_negative_sign.feedback_for(-3, 5)
    assert "0" in zero and "minus sign" not in zero
    assert "3 instead of −3" in sign
    found = mis.predictions(WholeNumber(2), mis.negative_number_counting.on(-3, 5), mis.ignores_negative_sign.on(-3, 5))
    assert [(p.misconception, p.response) for p in found] == [
        ("negative_number_counting", "1"),
        ("ignores_negative_sign", "8"),
    ]


def test_the_mechanisms_that_had_no_function_now_work_the_mistake_out():
    assert mis.zero_first_smallest((0, 3, 5)) == 35
    assert mis.zero_first_smallest((1, 3, 5)) is None  # no 0: nothing to put first
    assert mis.zero_first_smallest((0, 3, 5), "smallest odd") == 35
    assert mis.zero_first_smallest((0, 3, 5), "smallest", 530, False) == 530 - 35
    assert "305" in mis.zero_first_smallest.feedback_for((0, 3, 5))
    assert mis.number_line_interval(200, 3, 1) == 203
    assert mis.halfway_half_difference(40, 60) == 10
    assert mis.halfway_half_difference(0, 60) is None  # from 0 half the gap is the halfway number
    assert mis.zeros_miscounted(30, 400, "×", -1) == 1200
    assert "one zero too few" in mis.zeros_miscounted.feedback_for(30, 400, "×", -1)
    assert mis.halfway_rounds_down(3500, 100, True) == 3451
    assert mis.halfway_rounds_down(3500, 100, False) == 3550
    assert mis.places_not_times(3, 1) == 2
    assert mis.digit_not_count(347_291, 3) == 7
    assert mis.roman_subtractive_ignored("XXV") is None  # nothing subtracted: the mistake changes nothing
    assert mis.roman_subtractive_ignored("XLIV", "L") == ">"
    assert mis.roman_subtractive_ignored("XLIV", before=2000) == 1934


def test_rounding_to_the_wrong_place_names_the_place_it_rounded_to():
    assert mis.rounding_wrong_place(127_653, 1000) == 127_700
    assert "nearest 100 instead of the nearest 1000" in mis.rounding_wrong_place.feedback_for(127_653, 1000)


def test_the_rounding_missing_number_mistake_is_halfway_rounding_down_not_rounding_the_wrong_way():
    # Before: 3,449 (or 3,550) was called "rounded the wrong way"; the mistake that gives it is halfway rounding down.
    for item in _items("number.rounding", "missing_number"):
        for predicted in item.misconceptions:
            assert predicted.misconception == "halfway_rounds_down"
            wrong = int(predicted.response.replace(",", ""))
            assert abs(wrong - item.answer.numeric()) == 1


def test_times_greater_predicts_the_places_counted_not_a_digit():
    seen = 0
    for item in _items("number.place_value", "fluency", levels=(3,)):
        if "times greater" in item.prompt:
            ids = {p.misconception for p in item.misconceptions}
            assert ids <= {"places_not_times"}
            ratio = item.answer.numeric()
            for predicted in item.misconceptions:
                assert Fraction(10) ** int(predicted.response) == ratio
            seen += 1
    assert seen


def test_the_spot_the_mistake_story_is_the_feedback_of_the_mechanism_that_made_the_wrong_answer():
    seen = 0
    for item in _items("number.read_write", "spot_the_mistake"):
        wrong = re.search(r"in digits as (\d+)\.", item.prompt).group(1)
        for predicted in item.misconceptions:
            assert predicted.response.replace(",", "") == wrong
            story = item.solution[0]
            assert predicted.feedback[1:] in story, (story, predicted.feedback)
            seen += 1
    assert seen


# ---------------------------------------------------------------------- reasoning items are sound


@pytest.mark.parametrize("topic_id", [t for t in NUMBER_TOPICS if "true_or_false" in registry.get(t).styles])
def test_a_false_statement_is_shown_false_by_a_worked_relation(topic_id):
    falses = 0
    for item in _items(topic_id, "true_or_false"):
        assert item.answer.format() in item.solution[-1]
        if item.answer.format() == "false":
            falses += 1
            reasons = [line for line in item.solution if isinstance(line, Step) and line.relations]
            reasons += [line for line in item.solution if " ends in " in line]
            assert reasons, item.solution
    assert falses


def test_odd_one_out_works_out_every_option():
    for topic_id in ("number.place_value", "number.counting_steps"):
        for item in _items(topic_id, "odd_one_out", seeds=40):
            steps = [line for line in item.solution if isinstance(line, Step) and line.relations]
            assert len(steps) >= len(item.answer.options), item.solution
            assert all(not line.problems() for line in steps)
            signs = [sign for line in steps for relation in line.relations for sign in relation.signs]
            assert "≠" in signs or any(" r " in line for line in steps), item.solution


def test_digit_card_claims_that_break_the_rule_say_why():
    seen = 0
    for item in _items("number.digit_cards", "true_or_false", levels=(2, 3)):
        if item.answer.format() == "false":
            claim = int(re.search(r"is ([\d,]+)\. True or false", item.prompt).group(1).replace(",", ""))
            why = item.solution[-2]
            assert f"{claim:,}" in why or str(claim) in why, item.solution
            seen += 1
    assert seen


def test_level_one_never_predicts_the_digit_for_a_ones_part():
    # The ones digit is its own value: "digit, not value" there would be the key itself.
    for item in _items("number.place_value", "missing_number", levels=(Level.WORKING_TOWARDS,)):
        for predicted in item.misconceptions:
            assert predicted.response != item.answer.format()
