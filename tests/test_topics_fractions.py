"""Tests for the fraction topics (fractions.py): numbers in the prompt agree with the key, level sizes, styles,
pictures, and every misconception attached is really wrong."""

import re
from fractions import Fraction

import pytest

from ks2practice import answers, registry
from ks2practice.answers.kinds import Comparison, FractionAnswer, Money, TrueFalse, WholeNumber
from ks2practice.diagrams import BarModel
from ks2practice.model import Spec, Status

TOPICS = [
    "fractions.fractions_of_amounts",
]
SEEDS = range(120)


def generate(topic_id, level, seed, style=None):
    return registry.generate(Spec(topic_id, level, seed, style=style))


def fractions_in(text):
    """Every fraction n/d written in a text, as (n, d) pairs in order (mixed numbers' parts included)."""
    return [(int(n), int(d)) for n, d in re.findall(r"(\d+)/(\d+)", text)]


def whole_numbers(text):
    return [int(x.replace(",", "")) for x in re.findall(r"(?<![\d/])\d[\d,]*(?![\d/])", text)]


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_every_style_appears_and_every_prediction_is_wrong(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    seen = set()
    for seed in SEEDS:
        question = generate(topic_id, level, seed)
        seen.add(question.style)
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
        for predicted in question.misconceptions:
            verdict = answers.check(question, predicted.response)
            assert verdict.status is Status.MISCONCEPTION, (predicted, question.prompt)
            assert verdict.misconception == predicted.misconception
        if isinstance(question.answer, FractionAnswer):
            assert Fraction(question.answer.value).denominator != 1, question.prompt
    assert seen == set(entry.styles)


# ---------------------------------------------------------------------- fractions of amounts


def test_fraction_of_an_amount_agrees_with_the_prompt():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.fractions_of_amounts", level, seed, "fluency")
            (n, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
            assert question.answer == WholeNumber(amount * n // d)
            assert amount % d == 0 and 0 < n < d


def test_fractions_of_amounts_grow_with_the_level():
    def largest(level):
        return max(
            whole_numbers(generate("fractions.fractions_of_amounts", level, s, "fluency").prompt)[0] for s in SEEDS
        )

    dens = {fractions_in(generate("fractions.fractions_of_amounts", 1, s, "fluency").prompt)[0][1] for s in SEEDS}
    assert dens <= {2, 3, 4, 5, 8, 10}
    assert largest(1) <= 100 < largest(3)


def test_level_one_fraction_of_an_amount_has_a_matching_bar_model():
    question = generate("fractions.fractions_of_amounts", 1, 3, "fluency")
    (_, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
    assert isinstance(question.diagram, BarModel)
    assert question.diagram.whole == amount and len(question.diagram.parts) == d
    assert "(Hint:" in question.prompt


def test_missing_whole_and_money_word_problems():
    question = generate("fractions.fractions_of_amounts", 3, 5, "missing_number")
    (n, d), result = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
    assert Fraction(n, d) * question.answer.value == result
    money = [
        q
        for s in SEEDS
        for q in [generate("fractions.fractions_of_amounts", 2, s, "word_problem")]
        if isinstance(q.answer, Money)
    ]
    assert money
    for question in money:
        (n, d), pounds = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
        assert question.answer.pence == pounds * 100 * n // d


def test_the_divide_by_the_numerator_slip_is_diagnosed():
    for seed in SEEDS:
        question = generate("fractions.fractions_of_amounts", 2, seed, "fluency")
        (n, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
        if amount % n == 0 and amount // n != amount * n // d:
            verdict = answers.check(question, str(amount // n))
            assert verdict.misconception == "amount_divided_by_numerator"
            return
    pytest.fail("no item where dividing by the numerator gives a whole number")


def test_compare_and_true_or_false_keys_follow_the_numbers():
    for seed in range(40):
        question = generate("fractions.fractions_of_amounts", 2, seed, "compare")
        (n1, d1), (n2, d2) = fractions_in(question.prompt)[:2]
        a1, a2 = whole_numbers(question.prompt.split("□")[0])[-1], whole_numbers(question.prompt.split("□")[1])[0]
        left, right = Fraction(n1 * a1, d1), Fraction(n2 * a2, d2)
        assert question.answer == Comparison("<" if left < right else ">" if left > right else "=")
        question = generate("fractions.fractions_of_amounts", 2, seed, "true_or_false")
        (n, d) = fractions_in(question.prompt)[0]
        amount, claim = whole_numbers(question.prompt)[:2]
        assert question.answer == TrueFalse(amount * n // d == claim)
