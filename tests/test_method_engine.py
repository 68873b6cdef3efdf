"""The written-method engine: true steps, layouts unchanged, mistaken runs that are the mechanisms; its topics."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.content import methods
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.core.registry import generate
from ks2practice.core.steps import Step

TOPICS = (
    "calculation.column_addition",
    "calculation.column_subtraction",
    "calculation.short_multiplication",
    "calculation.long_multiplication",
    "calculation.short_division",
    "calculation.long_division",
    "decimals.add_subtract_decimals",
    "decimals.multiply_decimals_by_whole",
)
SEEDS = 200


def _true(steps: tuple[Step, ...]) -> None:
    for step in steps:
        assert isinstance(step, Step)
        assert not step.problems(), (str(step), step.problems())


def _numbers(rng: random.Random, count: int = 300):
    for _ in range(count):
        a = rng.randint(10, 999_999)
        yield a, rng.randint(1, a)


# ------------------------------------------------------------------------------------------ right runs


def test_right_runs_give_the_answer_with_true_steps_and_the_layouts_unchanged():
    rng = random.Random(14)
    for a, b in _numbers(rng):
        run = methods.add_in_columns(a, b)
        assert run.answer == a + b and run.layout == methods.column_addition(a, b)
        _true(run.steps)
        run = methods.subtract_in_columns(a, b)
        assert run.answer == a - b and run.layout == methods.column_subtraction(a, b)
        _true(run.steps)
        m = rng.randint(2, 9)
        run = methods.multiply_short(a, m)
        assert run.answer == a * m and run.layout == methods.short_multiplication(a, m)
        _true(run.steps)
        n = rng.randint(11, 99)
        run = methods.multiply_long(a % 10_000, n)
        assert run.answer == (a % 10_000) * n and run.layout == methods.long_multiplication(a % 10_000, n)
        _true(run.steps)
        for long in (False, True):
            divisor = rng.randint(2, 9) if not long else rng.randint(11, 60)
            run = methods.divide(a, divisor, long=long)
            q, r = divmod(a, divisor)
            assert run.answer == (q if not r else f"{q} r {r}")
            layout = methods.long_division if long else methods.short_division
            assert run.layout == layout(a, divisor)
            _true(run.steps)
            assert methods.divide(a, divisor, long=long, remainder="fraction").answer == Fraction(a, divisor)


def test_a_step_per_column_as_taught():
    run = methods.add_in_columns(Decimal("12.45"), Decimal("3.80"))  # money: the points line up
    assert run.answer == Decimal("16.25")
    assert [str(s) for s in run.steps] == [
        "Hundredths: 5 + 0 = 5, write 5.",
        "Tenths: 4 + 8 = 12, write 2, carry 1.",
        "Ones: 2 + 3 + 1 = 6, write 6.",
        "Tens: only 1, write 1.",
    ]
    assert str(methods.divide(47, 3).steps[0]) == "4 ÷ 3 = 1 r 1, write 1 and carry the 1 to make 17."
    assert "bring down the 5 to make 75" in str(methods.divide(1575, 15, long=True).steps[2])
    assert methods.divide(17, 4, long=True, places=2).answer == Decimal("4.25")


# ------------------------------------------------------------------------------------------ mistaken runs

WHOLE_MISTAKES = (
    (mis.no_exchange_addition, lambda a, b: methods.add_in_columns(a, b, mistake="no_exchange_addition"), (0,)),
    (mis.smaller_from_larger, lambda a, b: methods.subtract_in_columns(a, b, mistake="smaller_from_larger"), ()),
    (
        mis.exchange_not_subtracted,
        lambda a, b: methods.subtract_in_columns(a, b, mistake="exchange_not_subtracted"),
        (),
    ),
)


@pytest.mark.parametrize(("mechanism", "run", "_"), WHOLE_MISTAKES, ids=lambda x: getattr(x, "id", ""))
def test_a_column_mechanism_is_the_engines_mistaken_run_and_its_trace_is_true(mechanism, run, _):
    for a, b in _numbers(random.Random(mechanism.id)):
        wrong = mechanism(a, b)
        made = run(a, b)
        _true(made.steps)
        _true(made.as_written)
        if wrong is None:
            continue
        assert made.answer == wrong
        assert made.mistaken, "the run says where the mistake is made"


def test_multiplication_and_division_mechanisms_are_the_engines_runs():
    rng = random.Random(7)
    for _ in range(500):
        a, m, b = rng.randint(10, 9999), rng.randint(2, 9), rng.randint(11, 99)
        for mechanism in (mis.carry_not_added_multiplication, mis.carry_added_before_multiplying):
            made = methods.multiply_short(a, m, mistake=mechanism.id)
            _true(made.steps)
            if mechanism(a, m) is not None:
                assert made.answer == mechanism(a, m)
        made = methods.multiply_long(a, b, mistake="place_value_slip_long_multiplication")
        _true(made.steps)
        assert made.answer == mis.place_value_slip_long_multiplication(a, b)
        divisor = rng.randint(2, 9)
        made = methods.divide(a * divisor, divisor, mistake="missing_zero_in_quotient")
        _true(made.steps)
        assert mis.missing_zero_in_quotient(a * divisor, divisor) in (None, made.answer)
        if a % divisor:
            assert mis.remainder_as_decimal(a, divisor) in (
                None,
                methods.divide(a, divisor, mistake="remainder_as_decimal").answer,
            )


def test_the_mistaken_line_says_what_the_child_did_without_a_false_equation():
    made = methods.add_in_columns(456, 378, mistake="no_exchange_addition")
    assert made.answer == 724
    assert str(made.steps[1]) == "Tens: 5 + 7 = 12, write 2 (the carried 1 is forgotten), carry 1."
    assert str(made.as_written[1]) == "Tens: 5 + 7 = 12, write 2, carry 1."  # as the child wrote it
    made = methods.multiply_short(342, 7, mistake="carry_added_before_multiplying")
    assert str(made.steps[1]).startswith("Tens: (4 + 1) × 7 = 35")
    made = methods.divide(624, 6, mistake="missing_zero_in_quotient")
    assert made.answer == 14 and "write nothing in the answer" in str(made.steps[made.first_mistake])


def test_decimal_slips_are_the_engines_runs():
    assert dmis.decimals_aligned_right(Decimal("3.5"), Decimal("1.27")) == Fraction(162, 100)
    assert dmis.decimal_point_misplaced_multiplying(Decimal("0.3"), 4) == Fraction(12, 100)
    assert dmis.decimal_point_ignored_multiplying(Decimal("1.25"), 3) == 375
    made = methods.add_in_columns(Decimal("3.5"), Decimal("1.27"), mistake="decimals_aligned_right")
    _true(made.steps)
    assert made.answer == Decimal("1.62")


# ------------------------------------------------------------------------------------------ the topics


def _items(topic: str, style: str, seeds: int = 60):
    entry = registry.get(topic)
    for level in entry.levels:
        for seed in range(seeds):
            yield generate(Spec(topic, level, seed, style=style)).item


@pytest.mark.parametrize(
    "topic",
    [
        "calculation.column_addition",
        "calculation.column_subtraction",
        "calculation.short_multiplication",
        "calculation.long_multiplication",
        "calculation.short_division",
        "calculation.long_division",
    ],
)
def test_spot_the_mistake_tells_the_mistake_that_made_the_wrong_answer(topic):
    """The wrong answer in the prompt is the one mechanism's value, and the solution explains it in its words."""
    for item in _items(topic, "spot_the_mistake"):
        assert len(item.misconceptions) == 1, item.prompt
        predicted = item.misconceptions[0]
        got = re.search(r"and got ([\d,]+)", item.prompt).group(1)  # type: ignore[union-attr]
        assert got == predicted.response, (item.prompt, predicted)
        assert predicted.feedback in item.solution, (item.solution, predicted.feedback)


def test_remainder_stories_round_the_way_the_story_needs():
    """Before: 'round up if everyone must fit' was attached when the answer rounds down, and 'how many are left
    over?' was diagnosed as not interpreting the remainder."""
    seen = set()
    for item in _items("calculation.short_division", "word_problem", 200):
        if " r " not in str(item.solution[0]):
            continue
        key = int(item.answer.numeric())
        for p in item.misconceptions:
            if "left over?" in item.prompt:
                assert p.misconception == "quotient_given_for_remainder"
                seen.add("left")
            elif p.misconception == "remainder_not_interpreted" and int(p.response.replace(",", "")) < key:
                assert f"rounding up to {key}" in p.feedback and "rounding down" not in p.feedback
                seen.add("up")
            elif p.misconception == "remainder_not_interpreted":
                assert f"rounding down to {key}" in p.feedback and "rounding up" not in p.feedback
                seen.add("down")
    assert seen == {"up", "down", "left"}


def test_money_added_in_columns_lines_up_the_point():
    for item in _items("calculation.column_addition", "word_problem", 100):
        if item.answer.__class__.__name__ == "Money" and "." in (item.working or ""):
            assert any(str(s).startswith("Hundredths:") for s in item.solution)
            return
    pytest.fail("no money word problem worked in pounds with the point")


def test_differences_of_decimals_are_never_negative():
    for item in _items("decimals.add_subtract_decimals", "fluency", 100):
        assert item.answer.numeric() >= 0, item.prompt


@pytest.mark.slow
@pytest.mark.parametrize("topic", TOPICS)
def test_every_item_of_the_written_method_topics_is_data_and_true(topic):
    """Every level × style × 200 seeds: no relation written into words, no false step, no prediction dropped as
    implausible or correct (each is its mechanism's, on the item's numbers)."""
    entry = registry.get(topic)
    for level in entry.levels:
        for style in entry.styles:
            for seed in range(SEEDS):
                item = generate(Spec(topic, level, seed, style=style)).item
                found = inspect(topic, item)
                assert found.in_words == 0, (topic, level, style, seed, item.solution)
                assert found.clean, found.describe()
