"""Tests for ks2practice.core.steps: worked steps as data, rendered with the brackets they need and checked exactly."""

import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.core.steps import (
    Remainder,
    Step,
    StepError,
    add,
    clock,
    div,
    eq,
    group,
    money,
    mul,
    of,
    pounds,
    power,
    q,
    rel,
    render,
    sub,
)


def test_brackets_come_from_the_shape_of_the_sum():
    # 97 − (56 + 13): the others are taken away together; the flat reading is a different sum.
    assert str(Step(eq(sub(97, add(56, 13)), 28))) == "97 − (56 + 13) = 28"
    assert render(add(sub(97, 56), 13)) == "97 − 56 + 13"
    assert render(div(24, div(6, 2))) == "24 ÷ (6 ÷ 2)"
    assert render(mul(add(4, 1), 7)) == "(4 + 1) × 7"
    assert render(add(group(mul(4, 7)), 1)) == "(4 × 7) + 1"
    assert render(sub(5, -3)) == "5 − (−3)"
    assert render(mul(q(Fraction(5, 3), mixed=True), 3)) == "(1 2/3) × 3"
    assert render(power(5, 2)) == "5²"


def test_a_true_step_has_no_problems_and_a_false_one_says_what_is_false():
    assert Step("So ", eq(sub(97, add(56, 13)), sub(97, 69), 28), ".").problems() == []
    assert Step(eq(add(sub(97, 56), 13), 28)).problems() == ["97 − 56 + 13 = 28 is false"]
    assert Step(eq(of(q(20, "%"), 110), 22)).problems() == []
    assert Step(eq(power(5, 2), 10)).problems() == ["5² = 10 is false"]


def test_units_convert_only_within_their_kind():
    assert Step(eq(q(3, "kg"), q(3000, "g"))).problems() == []
    assert Step(eq(q(4, "cm"), q(20, "cm"))).problems() == ["4 cm = 20 cm is false"]
    assert Step(eq(mul(q(3, "cm"), q(4, "cm")), q(12, "cm²"))).problems() == []
    assert Step(eq(mul(q(3, "cm"), q(4, "cm")), q(12, "cm"))).problems() == [
        "3 cm × 4 cm = 12 cm compares area with length"
    ]
    assert "adds or subtracts" in Step(eq(add(q(3, "kg"), q(4, "m")), 7)).problems()[0]
    assert Step(eq(div(q(600, "g"), q(200, "g")), 3)).problems() == []


def test_money_is_written_as_ks2_writes_it_and_adds_across_pounds_and_pence():
    assert render(pounds(350)) == "£3.50" and render(money(45)) == "45p" and render(money(1250)) == "£12.50"
    assert Step(eq(add(pounds(350), money(45)), pounds(395))).problems() == []
    assert Step(eq(add(pounds(350), money(45)), pounds(385))).problems() == ["£3.50 + 45p = £3.85 is false"]


def test_a_remainder_is_equal_only_to_the_division_it_comes_from():
    assert str(Step(eq(div(17, 5), Remainder(3, 2)))) == "17 ÷ 5 = 3 r 2"
    assert Step(eq(div(17, 5), Remainder(3, 2))).problems() == []
    assert Step(eq(div(17, 5), Remainder(2, 7))).problems() == ["17 ÷ 5 = 2 r 7 is false"]


def test_times_of_day_add_durations_and_subtract_to_a_duration():
    assert str(Step(eq(add(clock(575), q(25, "min")), clock(600)))) == "09:35 + 25 min = 10:00"
    assert Step(eq(sub(clock(600, True), clock(575, True)), q(25, "min"))).problems() == []
    assert Step(eq(add(clock(575), clock(600)), clock(600))).problems()  # two times of day don't add


def test_an_estimate_is_near_not_exact_and_a_restated_side_says_nothing():
    assert Step(rel(add(398, 204), "≈", add(400, 200), "=", 600)).problems() == []
    assert Step(rel(add(398, 204), "≈", 6000)).problems() == ["398 + 204 ≈ 6000 is false"]
    assert Step(eq(q(49, "%"), q(49, "%"))).problems() == ["49% = 49% says nothing: both sides are written the same"]
    assert Step(eq(q(90, "°"), q(90, "°"), restates=True)).problems() == []


def test_a_step_is_its_text_keeps_its_parts_and_survives_pickling():
    step = Step("Add: ", eq(add(q(35, "min"), q(50, "min")), q(85, "min")), ".")
    assert step == "Add: 35 min + 50 min = 85 min." and isinstance(step, str)
    assert step.words == ("Add: ", ".") and len(step.relations) == 1 and step.units == {"min"}
    again = pickle.loads(pickle.dumps(step))
    assert again == step and again.parts == step.parts


def test_bad_parts_are_refused_when_the_step_is_built():
    with pytest.raises(StepError, match="unknown unit"):
        q(3, "furlongs")
    with pytest.raises(StepError, match="int, Fraction or Decimal"):
        q(2.5)  # type: ignore[arg-type]
    with pytest.raises(StepError, match="true or false in words"):
        Step(True)  # type: ignore[arg-type]
    assert render(q(Decimal("12345.60"), "£")) == "£12,345.60"


def test_conversions_name_the_units_they_bring_in():
    step = Step("Convert: ", eq(q(3, "kg"), q(3000, "g")), ".")
    assert step.conversions() == {"kg", "g"}
    assert Step(eq(add(q(3, "kg"), q(2, "kg")), q(5, "kg"))).conversions() == frozenset()


def test_a_fraction_can_be_written_over_the_denominator_the_question_uses_and_is_checked_by_value():
    from ks2practice.core.steps import frac

    assert str(Step(eq(add(frac(3, 10), frac(4, 10)), frac(7, 10)))) == "3/10 + 4/10 = 7/10"
    assert Step(eq(frac(6, 10), frac(3, 5))).problems() == []  # equivalent fractions: true, and not a restatement
    assert Step(eq(frac(6, 10), frac(7, 10))).problems() == ["6/10 = 7/10 is false"]
    assert render(mul(frac(13, 10, mixed=True), 2)) == "(1 3/10) × 2"
    with pytest.raises(StepError, match="cannot be written over"):
        q(Fraction(1, 3)).__class__(Fraction(1, 3), over=10)


def test_a_unit_written_as_a_word_is_singular_for_exactly_one():
    assert render(q(1, "days")) == "1 day" and render(q(2, "days")) == "2 days"
    assert render(q(1, "feet")) == "1 foot" and render(q(1, "cm")) == "1 cm"
