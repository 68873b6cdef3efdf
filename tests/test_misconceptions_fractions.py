"""Tests for ks2practice.content.misconceptions.fractions: each misconception's canonical wrong answer."""

from fractions import Fraction

import pytest

from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import fractions as fmis

CANONICAL = [
    ("add_tops_and_bottoms", fmis.add_tops_and_bottoms, (1, 2, 1, 3), Fraction(2, 5)),
    ("add_tops_and_bottoms", fmis.add_tops_and_bottoms, (5, 6, 1, 3, True), Fraction(4, 3)),
    ("multiply_by_adding_parts", fmis.multiply_by_adding_parts, (1, 2, 1, 3), Fraction(2, 5)),
    ("bigger_denominator_bigger", fmis.bigger_denominator_bigger, (3, 5), "<"),
    ("multiply_both_by_whole", fmis.multiply_both_by_whole, (2, 5, 3), Fraction(6, 15)),
    ("multiply_denominator_by_whole", fmis.multiply_denominator_by_whole, (2, 5, 3), Fraction(2, 15)),
    ("amount_divided_by_numerator", fmis.amount_divided_by_numerator, (3, 4, 24), 8),
    ("equivalent_by_adding", fmis.equivalent_by_adding, (2, 3, 9), 8),
    ("mixed_whole_times_numerator", fmis.mixed_whole_times_numerator, (2, 3, 4), Fraction(10, 4)),
    ("mixed_ignores_whole", fmis.mixed_ignores_whole, (2, 3, 4), Fraction(3, 4)),
    ("divide_denominator_by_whole", fmis.divide_denominator_by_whole, (1, 6, 2), Fraction(1, 3)),
    ("compare_numerators_only", fmis.compare_numerators_only, (3, 8, 2, 3), ">"),
    ("fraction_of_wrong_whole", fmis.fraction_of_wrong_whole, (40, 10, 2), 10),
]


@pytest.mark.parametrize(
    ("misconception", "function", "arguments", "wrong"), CANONICAL, ids=[f"{c[0]}-{c[2]}" for c in CANONICAL]
)
def test_canonical_examples(misconception, function, arguments, wrong):
    assert misconception in mis.MISCONCEPTIONS
    assert function(*arguments) == wrong


@pytest.mark.parametrize(
    ("function", "arguments", "right"),
    [
        (fmis.add_tops_and_bottoms, (1, 2, 1, 3), Fraction(5, 6)),
        (fmis.bigger_denominator_bigger, (3, 5), ">"),
        (fmis.multiply_both_by_whole, (2, 5, 3), Fraction(6, 5)),
        (fmis.amount_divided_by_numerator, (3, 4, 24), 18),
        (fmis.equivalent_by_adding, (2, 3, 9), 6),
        (fmis.mixed_whole_times_numerator, (2, 3, 4), Fraction(11, 4)),
        (fmis.divide_denominator_by_whole, (1, 6, 2), Fraction(1, 12)),
        (fmis.compare_numerators_only, (3, 8, 2, 3), "<"),
    ],
)
def test_each_canonical_wrong_answer_really_is_wrong(function, arguments, right):
    assert function(*arguments) != right


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (fmis.add_tops_and_bottoms, (1, 3, 1, 3, True)),
        (fmis.amount_divided_by_numerator, (1, 4, 24)),
        (fmis.amount_divided_by_numerator, (3, 4, 20)),
        (fmis.equivalent_by_adding, (2, 3, 3)),
        (fmis.divide_denominator_by_whole, (1, 5, 2)),
        (fmis.compare_numerators_only, (3, 8, 5, 8)),
    ],
)
def test_no_prediction_when_the_error_makes_no_sense(function, arguments):
    assert function(*arguments) is None


def test_every_fraction_misconception_has_feedback_with_an_example():
    ids = [
        "add_tops_and_bottoms",
        "multiply_by_adding_parts",
        "bigger_denominator_bigger",
        "multiply_both_by_whole",
        "multiply_denominator_by_whole",
        "amount_divided_by_numerator",
        "equivalent_by_adding",
        "mixed_whole_times_numerator",
        "mixed_ignores_whole",
        "divide_denominator_by_whole",
        "compare_numerators_only",
        "fraction_of_wrong_whole",
    ]
    for misconception_id in ids:
        entry = mis.MISCONCEPTIONS[misconception_id]
        assert "/" in entry.feedback and entry.title, misconception_id
