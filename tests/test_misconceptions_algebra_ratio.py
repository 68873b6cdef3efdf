"""Tests for the algebra, ratio and multi-step misconceptions: canonical wrong answers and the catalogue entries."""

from fractions import Fraction

import pytest

from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import algebra_ratio as wrong

CANONICAL = [
    # £40 in the ratio 3 : 5 read as 3/5 of £40: 24 (the share is 15)
    ("ratio_part_as_fraction", wrong.ratio_part_as_fraction, (40, 3, 5), 24),
    # 2 red for every 3 blue: 'two thirds are red' (it is 2/5)
    ("ratio_part_as_fraction", wrong.ratio_fraction_of_whole, (2, 3), Fraction(2, 3)),
    # a recipe for 4 people uses 200 g; for 6 people 'add 2': 202 g (it is 300 g)
    ("additive_scaling", wrong.additive_scaling, (200, 4, 6), 202),
    # similar rectangles: 6 cm → 9 cm, so 4 cm → 7 cm by adding 3 (it is 6 cm)
    ("additive_scaling", wrong.additive_scaling, (4, 6, 9), 7),
    # £40 in 3 : 5, the larger share taken as 40 ÷ 5 = 8 (it is 25)
    ("ratio_divided_by_one_part", wrong.ratio_divided_by_one_part, (40, 5), 8),
    # 12 red, 2 red for every 3 blue, how many altogether? → 18 blue given (it is 30)
    ("ratio_part_for_whole", wrong.ratio_part_for_whole, (12, 2, 3), 18),
    # 6 cm enlarged by a scale factor of 3, divided instead: 2 cm (it is 18 cm)
    ("scale_factor_wrong_way", wrong.scale_factor_wrong_way, (6, 3), 2),
    # 3n with n = 7 read as 3 + n = 10 or as 37 (it is 21)
    ("coefficient_misread", wrong.coefficient_as_addition, (3, 7), 10),
    ("coefficient_misread", wrong.coefficient_as_digits, (3, 7), 37),
    # 3n + 4 = 25 solved as 3 + n + 4 = 25: n = 18 (it is 7)
    ("coefficient_misread", wrong.solve_reading_as_addition, (3, 4, 25), 18),
    # cost = 3 × hours + 5 with 4 hours worked as 3 × (4 + 5) = 27 (it is 17)
    ("formula_order_of_operations", wrong.add_before_multiply, (3, 4, 5), 27),
    # P = 2(l + w) with l = 5, w = 3 worked as 2 × 5 + 3 = 13 (it is 16)
    ("formula_order_of_operations", wrong.bracket_first_term_only, (2, 5, 3), 13),
    # start 3, add 4: the 20th term as 20 × 4 = 80 or 3 + 20 × 4 = 83 (it is 79)
    ("sequence_difference_only", wrong.nth_term_difference_only, (4, 20), 80),
    ("sequence_one_step_too_many", wrong.nth_term_one_step_too_many, (3, 4, 20), 83),
    # a + b = 12 has 11 whole-number pairs; 'only one pair' is what the slip says is true
    ("one_pair_only", wrong.one_pair_claim, (11,), True),
    # £50 − £18 − £7 answered after the first step: 32
    ("first_step_only", wrong.first_step_only, (32,), 32),
    # how many more: 342 and 217 added to 559 (it is 125)
    ("added_instead_of_difference", wrong.added_instead_of_difference, (342, 217), 559),
    # 4 sandwiches and 3 drinks: 7 combinations (it is 12)
    ("combinations_added", wrong.combinations_added, (4, 3), 7),
    # 3 for 75p against 5 for £1: the totals say '<', the cost of one (25p > 20p) says '>'
    ("totals_compared", wrong.totals_compared, (75, 100), "<"),
]


@pytest.mark.parametrize(
    ("misconception", "function", "arguments", "expected"), CANONICAL, ids=[f"{c[0]}-{c[2]}" for c in CANONICAL]
)
def test_canonical_examples(misconception, function, arguments, expected):
    assert misconception in mis.MISCONCEPTIONS
    assert function(*arguments) == expected


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (wrong.additive_scaling, (5, 5, 10)),  # 5 → 10 by adding 5 is also × 2: the slip changes nothing
        (wrong.ratio_divided_by_one_part, (40, 3)),  # 40 ÷ 3 is not whole: nothing a pupil would write
        (wrong.ratio_divided_by_one_part, (40, 1)),
        (wrong.coefficient_as_digits, (3, 12)),  # 3 then 12 is not a two-digit reading
        (wrong.solve_reading_as_addition, (2, 0, 4)),  # 2n = 4 read as 2 + n = 4 gives n = 2, which is right
        (wrong.one_pair_claim, (1,)),  # when there really is one pair the claim is true: no misconception
        (wrong.combinations_added, (2, 2)),  # 2 + 2 = 2 × 2
    ],
)
def test_no_prediction_when_the_error_changes_nothing(function, arguments):
    assert function(*arguments) is None


def test_ratio_as_fraction_is_really_wrong_for_every_small_ratio():
    for a in range(1, 10):
        for b in range(1, 10):
            total = 10 * (a + b)
            predicted = wrong.ratio_part_as_fraction(total, a, b)
            assert predicted != total * a // (a + b)
            assert wrong.ratio_fraction_of_whole(a, b) != Fraction(a, a + b)


def test_the_strand_registers_its_entries():
    ids = {
        "ratio_part_as_fraction",
        "additive_scaling",
        "ratio_divided_by_one_part",
        "coefficient_misread",
        "formula_order_of_operations",
        "sequence_difference_only",
        "sequence_one_step_too_many",
        "one_pair_only",
        "first_step_only",
        "added_instead_of_difference",
        "ratio_part_for_whole",
        "scale_factor_wrong_way",
        "combinations_added",
        "totals_compared",
    }
    assert ids <= set(mis.MISCONCEPTIONS)
    for key in ids:
        entry = mis.MISCONCEPTIONS[key]
        assert entry.title and entry.feedback and len(entry.feedback) < 260 and "\n" not in entry.feedback
