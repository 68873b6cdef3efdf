"""Tests for calculating with fractions (fraction_operations.py): keys agree with the numbers in the prompt, the
levels differ in demand, each style appears, pictures match, and every misconception attached is really wrong."""

import re
from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import FractionAnswer, TrueFalse, WholeNumber
from ks2practice.core import notation, registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import FractionAreaModel, FractionBar, SharedFractionBar

TOPICS = ["fractions.add_subtract_fractions", "fractions.multiply_fractions", "fractions.divide_fractions"]
SEEDS = range(120)
NUMBER = r"\d+ \d+/\d+|\d+/\d+|\d+"


def generate(topic_id, level, seed, style=None):
    return registry.generate(Spec(topic_id, level, seed, style=style))


def calculation(prompt, sign):
    """The two numbers either side of the sign in the prompt, as exact values (mixed numbers read whole)."""
    match = re.search(rf"({NUMBER}) {re.escape(sign)} ({NUMBER})", prompt)
    assert match, prompt
    return notation.evaluate(match[1]), notation.evaluate(match[2])


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_every_style_appears_and_every_prediction_is_wrong(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    seen = set()
    for seed in SEEDS:
        question = generate(topic_id, level, seed)
        seen.add(question.style)
        for predicted in question.misconceptions:
            verdict = answers.check(question, predicted.response)
            assert verdict.status is Status.MISCONCEPTION, (predicted, question.prompt)
        if isinstance(question.answer, FractionAnswer):
            assert Fraction(question.answer.value).denominator != 1, question.prompt
    assert seen == set(entry.styles)


# ---------------------------------------------------------------------- adding and subtracting


def test_sums_and_differences_agree_with_the_prompt_at_each_level():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.add_subtract_fractions", level, seed, "fluency")
            sign = "+" if " + " in question.prompt else "−"
            a, b = calculation(question.prompt, sign)
            assert question.answer.numeric() == (a + b if sign == "+" else a - b) > 0
            dens = {int(d) for d in re.findall(r"/(\d+)", question.prompt.split(" (Hint")[0])}
            if level == 1:
                assert len(dens) == 1 and a < 1 and b < 1 and question.answer.numeric() < 1
                assert isinstance(question.diagram, FractionBar)
            if level == 2:
                assert max(dens) % min(dens) == 0, question.prompt
            if level == 3:
                assert a > 1 or b > 1, question.prompt


def test_adding_tops_and_bottoms_is_diagnosed():
    question = next(
        q for s in SEEDS for q in [generate("fractions.add_subtract_fractions", 2, s, "fluency")] if " + " in q.prompt
    )
    (n1, d1), (n2, d2) = [(int(n), int(d)) for n, d in re.findall(r"(\d+)/(\d+)", question.prompt)][:2]
    verdict = answers.check(question, f"{n1 + n2}/{d1 + d2}")
    assert verdict.misconception == "add_tops_and_bottoms"


def test_what_is_left_takes_both_parts_from_the_whole():
    for seed in range(40):
        question = generate("fractions.add_subtract_fractions", 1, seed, "two_step_word_problem")
        a, b = calculation(question.prompt.replace(" of the cake and a friend eats ", " + "), "+")
        assert question.answer.numeric() == 1 - a - b


# ---------------------------------------------------------------------- multiplying


def test_products_agree_with_the_prompt_and_grow_in_demand():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.multiply_fractions", level, seed, "fluency")
            a, b = calculation(question.prompt, "×")
            assert question.answer.numeric() == a * b
            if level == 1:
                assert a < 1 and b.denominator == 1 and isinstance(question.diagram, FractionBar)
                assert question.diagram.value == a  # one lot shown, the pupil repeats it
            if level == 3:
                assert a < 1 and b < 1 and question.answer.simplest


def test_multiplying_top_and_bottom_by_the_whole_number_is_diagnosed():
    question = generate("fractions.multiply_fractions", 1, 0, "fluency")
    a, k = calculation(question.prompt, "×")
    assert answers.check(question, f"{a.numerator * k}/{a.denominator * k}").misconception == "multiply_both_by_whole"
    assert answers.check(question, f"{a.numerator}/{a.denominator * k}").misconception == (
        "multiply_denominator_by_whole"
    )


def test_mixed_number_times_a_whole_number_at_level_two():
    mixed = [
        q
        for s in SEEDS
        for q in [generate("fractions.multiply_fractions", 2, s, "fluency")]
        if re.search(r"\d \d+/\d+ ×", q.prompt)
    ]
    assert mixed
    for question in mixed:
        a, k = calculation(question.prompt, "×")
        assert a > 1 and question.answer.numeric() == a * k


# ---------------------------------------------------------------------- dividing


def test_quotients_agree_with_the_prompt():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.divide_fractions", level, seed, "fluency")
            a, k = calculation(question.prompt, "÷")
            assert question.answer.numeric() == a / k < a
            if level == 1:
                assert a.numerator == 1
            bar = question.diagram  # the fraction given, each part split into k, one share the '?'
            if level < 3 and a.denominator * k <= 60:
                assert isinstance(bar, SharedFractionBar) and (bar.fraction, bar.share, bar.result) == (a, k, "?")
                assert bar.fraction / bar.share == question.answer.numeric()
            else:
                assert bar is None


def test_fraction_times_fraction_is_an_area_model_of_the_two_fractions():
    found = 0
    for seed in SEEDS:
        question = generate("fractions.multiply_fractions", 3, seed, "fluency")
        if " × " not in question.prompt or isinstance(question.diagram, FractionBar):
            continue
        model = question.diagram
        assert isinstance(model, FractionAreaModel) and model.product == "?"
        assert Fraction(model.overlap, model.cells) == question.answer.numeric()
        assert f"{model.columns.numerator}/{model.columns.denominator}" in question.prompt
        found += 1
    assert found


def test_dividing_the_denominator_is_diagnosed_and_claims_are_judged():
    question = next(
        q
        for s in SEEDS
        for q in [generate("fractions.divide_fractions", 2, s, "fluency")]
        if any(p.misconception == "divide_denominator_by_whole" for p in q.misconceptions)
    )
    a, k = calculation(question.prompt, "÷")
    assert a.denominator % k == 0
    wrong = Fraction(a.numerator, a.denominator // k)
    assert answers.check(question, str(wrong)).misconception == "divide_denominator_by_whole"
    for seed in range(40):
        question = generate("fractions.divide_fractions", 3, seed, "true_or_false")
        a, k = calculation(question.prompt, "÷")
        claim = notation.evaluate(question.prompt.split(" = ")[1])
        assert question.answer == TrueFalse(claim == a / k)


def test_missing_divisor_is_the_whole_number():
    for seed in range(40):
        question = generate("fractions.divide_fractions", 2, seed, "missing_number")
        assert isinstance(question.answer, WholeNumber)
        a = notation.evaluate(question.prompt.split("? ")[1].split(" ÷")[0])
        result = notation.evaluate(question.prompt.split("= ")[1].split(" (")[0])
        assert a / question.answer.value == result


def test_two_step_problems_take_what_is_used_from_what_there_was():
    for seed in range(40):
        question = generate("fractions.multiply_fractions", 2, seed, "two_step_word_problem")
        start = int(re.search(r"has (\d+) ", question.prompt)[1])
        k = int(re.search(r"(?:cuts|fills) (\d+) ", question.prompt)[1])
        piece = notation.evaluate(re.search(rf"(?:each|with) ({NUMBER})", question.prompt)[1])
        assert question.answer.numeric() == start - k * piece > 0
        question = generate("fractions.divide_fractions", 2, seed, "two_step_word_problem")
        f = notation.evaluate(re.search(r"(\d+/\d+) of a", question.prompt)[1])
        k = int(re.search(r"between (\d+) ", question.prompt)[1])
        if "eats one bag" in question.prompt:
            assert question.answer.numeric() == f - f / k
        else:
            used = int(re.search(r"uses (\d+) pots", question.prompt)[1])
            assert question.answer.numeric() == used * f / k


def test_multiplying_fractions_never_gives_addition_advice():
    # The slip 1/2 × 1/3 → 2/5 is named for multiplying: its feedback must talk about multiplying, never about a
    # common denominator (the advice for adding fractions, which would be false here).
    seen = 0
    for level in (1, 2, 3):
        for style in ("fluency", "spot_the_mistake", "true_or_false", "word_problem"):
            for seed in range(30):
                try:
                    question = generate("fractions.multiply_fractions", level, seed, style)
                except (KeyError, ValueError):
                    continue
                for predicted in question.misconceptions:
                    assert "common denominator" not in predicted.feedback, question.spec.code
                    if predicted.misconception == "multiply_by_adding_parts":
                        seen += 1
                        assert "multiply the numerators" in predicted.feedback
    assert seen > 20
