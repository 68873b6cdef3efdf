"""The shared reasoning shapes: their keys come from what they are given, and a malformed item cannot be built."""

import random

import pytest

from ks2practice.content import reasoning
from ks2practice.core.steps import Step, eq, mul, rel


def test_the_verdict_is_read_from_the_witnesses() -> None:
    both = reasoning.always_sometimes_never(
        "A multiple of 3 is odd.", holds=[Step(eq(mul(3, 3), 9))], fails=[Step(eq(mul(3, 2), 6))], check="6 = 3 × 2"
    )
    assert both.answer.options[both.answer.correct] == "sometimes"
    always = reasoning.always_sometimes_never(
        "A multiple of 4 is even.", holds=[Step(eq(mul(4, 3), 12))], reason=["4 = 2 × 2."], check="12 = 4 × 3"
    )
    assert always.answer.options[always.answer.correct] == "always"
    never = reasoning.always_sometimes_never(
        "A multiple of 2 is odd.", fails=[Step(eq(mul(2, 5), 10))], reason=["2 × n is even."], check="10 = 2 × 5"
    )
    assert never.answer.options[never.answer.correct] == "never"
    assert "So the statement is never true." in never.solution


def test_always_or_never_needs_a_reason_and_every_verdict_an_example() -> None:
    with pytest.raises(ValueError, match="general reason"):
        reasoning.always_sometimes_never("Even.", holds=[Step(eq(mul(2, 2), 4))], check="4 = 2 × 2")
    with pytest.raises(ValueError, match="worked example"):
        reasoning.always_sometimes_never("Even.", reason=["because"], check="4 = 2 × 2")


def test_odd_one_out_needs_exactly_one_odd_member() -> None:
    item = reasoning.odd_one_out(
        random.Random(1), "Which is not even?", [("4", True), ("6", True), ("7", False)], ["7 is odd."], "7 = 2 × 3 + 1"
    )
    assert item.answer.options[item.answer.correct] == "7"
    with pytest.raises(ValueError, match="exactly one odd"):
        reasoning.odd_one_out(random.Random(1), "?", [("4", True), ("5", False), ("7", False)], [], "1 = 1")
    with pytest.raises(ValueError, match="differ"):
        reasoning.odd_one_out(random.Random(1), "?", [("4", True), ("4", True), ("7", False)], [], "1 = 1")


def test_an_explanation_must_say_why() -> None:
    item = reasoning.explain_claim(
        "Ali", "7 × 8 = 54", False, [Step(rel(mul(7, 8), "=", 56))], "7 × 8 is 56, two more than 54.", "7 × 8 = 56"
    )
    assert item.answer.value is False and item.style == "explain"
    assert any(str(line).startswith("Model answer: No — ") for line in item.solution)
    with pytest.raises(ValueError, match="says why"):
        reasoning.explain_claim("Ali", "7 × 8 = 54", False, [], "No.", "7 × 8 = 56")
