"""Tests for ks2practice.content.misconceptions.decimals: each wrong answer from its example, and the catalogue."""

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import decimals as dmis

D = Decimal

CANONICAL = [
    # (id the function serves, function, arguments, the wrong answer, the right answer)
    ("shorter_decimal_bigger", dmis.shorter_decimal_bigger, (D("0.4"), D("0.45")), ">", "<"),
    ("decimal_point_separator", dmis.decimal_point_separator, (D("0.3"), D("0.45")), "0.48", Fraction(3, 4)),
    ("decimal_point_separator", dmis.decimal_point_separator, (D("7.8"), D("1.2")), "8.10", 9),
    ("decimal_point_separator", dmis.decimal_point_separator, (D("2.4"), D(3), "×"), "6.12", Fraction(36, 5)),
    ("decimals_aligned_right", dmis.decimals_aligned_right, (D("3.5"), D("1.27")), Fraction(162, 100), D("4.77")),
    ("fraction_digits_as_decimal", dmis.fraction_digits_as_decimal, (1, 4), D("0.4"), D("0.25")),
    ("fraction_digits_as_decimal", dmis.fraction_digits_as_decimal, (3, 4), D("0.34"), D("0.75")),
    ("place_holder_zero_missed", dmis.place_holder_zero_missed, (3, 100), D("0.3"), D("0.03")),
    ("place_holder_zero_missed", dmis.place_holder_zero_missed, (45, 1000), D("0.45"), D("0.045")),
    ("place_holder_zero_missed", dmis.place_holder_zero_missed, (5, 100), D("0.5"), D("0.05")),
    ("decimal_as_unit_fraction", dmis.decimal_as_unit_fraction, (D("0.7"),), Fraction(1, 7), Fraction(7, 10)),
    ("rounding_truncates", dmis.rounding_truncates, (D("4.65"), 1), D("4.6"), D("4.7")),
    ("rounding_truncates", dmis.rounding_truncates, (D("3.7"), 0), 3, 4),
    ("rounding_wrong_direction", dmis.rounding_other_way, (D("3.2"), 0), 4, 3),
    ("rounding_wrong_direction", dmis.rounding_other_way, (D("4.65"), 1), D("4.6"), D("4.7")),
    ("rounding_wrong_place", dmis.rounding_to_wrong_place, (D("4.652"), 1), D("4.65"), D("4.7")),
    ("decimal_point_ignored_multiplying", dmis.decimal_point_ignored_multiplying, (D("1.25"), 3), 375, D("3.75")),
    (
        "decimal_point_misplaced_multiplying",
        dmis.decimal_point_misplaced_multiplying,
        (D("0.3"), 4),
        D("0.12"),
        D("1.2"),
    ),
    ("percentage_as_subtraction", dmis.percentage_as_subtraction, (20, 60), 40, 12),
    ("percent_as_number", dmis.percent_as_number, (20, 60), 20, 12),
    ("percentage_as_division", dmis.percentage_as_division, (20, 60), 3, 12),
    ("count_as_percentage", dmis.count_as_percentage, (18, 25), 18, 72),
    ("percentage_not_applied", dmis.percentage_not_applied, (4000, 3600), 1, 0),  # £40 − 25% beats £36 − 10%
]


def _value(x):
    return x if x in ("<", ">", "=") else Fraction(Decimal(x)) if isinstance(x, str) else Fraction(x)


@pytest.mark.parametrize(("misconception_id", "function", "args", "wrong", "right"), CANONICAL)
def test_canonical_example(misconception_id, function, args, wrong, right):
    got = function(*args)
    assert got == wrong if isinstance(wrong, str) else _value(got) == _value(wrong)
    assert _value(got) != _value(right), "the misconception must predict a wrong answer"
    assert misconception_id in mis.MISCONCEPTIONS


def test_percentage_not_applied_example_is_really_the_other_shop():
    sale_a, sale_b = 4000 - 4000 * 25 // 100, 3600 - 3600 * 10 // 100
    assert sale_a < sale_b  # Shop A (index 0) is cheaper after the discounts
    assert dmis.percentage_not_applied(4000, 3600) == 1


@pytest.mark.parametrize(
    ("function", "args"),
    [
        (dmis.place_holder_zero_missed, (37, 100)),  # 0.37 is right: no slip to predict
        (dmis.fraction_digits_as_decimal, (1, 10)),  # 1/10 = 0.10 is right
        (dmis.rounding_truncates, (D("4.62"), 1)),  # truncating 4.62 gives the right 4.6
        (dmis.rounding_other_way, (D("4.6"), 1)),  # nothing to round
        (dmis.percentage_as_subtraction, (50, 100)),  # 100 − 50 = 50% of 100
        (dmis.percent_as_number, (10, 100)),  # 10% of 100 is 10
        (dmis.shorter_decimal_bigger, (D("0.4"), D("0.5"))),  # same length: no prediction
        (dmis.decimals_aligned_right, (D("3.5"), D("1.2"))),  # same places: lining up the ends is right
        (dmis.decimal_point_separator, (D("5.6"), D("2.35"), "−")),  # 6 − 35 has no digits to write
        (dmis.count_as_percentage, (45, 100)),  # out of 100 the count is the percentage
    ],
)
def test_no_prediction_when_the_slip_gives_the_right_answer(function, args):
    assert function(*args) is None


def test_every_entry_has_a_title_and_one_line_of_feedback():
    source = Path(dmis.__file__).read_text(encoding="utf-8")
    ids = re.findall(r'Misconception\(\s*"([a-z_]+)"', source)
    assert len(ids) >= 12
    for entry_id in ids:
        entry = mis.MISCONCEPTIONS[entry_id]
        assert entry.title and entry.feedback and "\n" not in entry.feedback


def test_ids_of_other_strands_are_reused_not_registered_again():
    mine = set(re.findall(r'Misconception\(\s*"([a-z_]+)"', Path(dmis.__file__).read_text(encoding="utf-8")))
    from ks2practice.content.misconceptions import whole_numbers

    theirs = set(re.findall(r'Misconception\(\s*"([a-z_]+)"', Path(whole_numbers.__file__).read_text(encoding="utf-8")))
    assert not mine & theirs
    for reused in (
        "longer_decimal_bigger",
        "rounding_wrong_direction",
        "rounding_wrong_place",
        "remainder_not_interpreted",
    ):
        assert reused in theirs


def test_predicted_records_carry_the_feedback():
    from ks2practice.answers.kinds import DecimalNumber

    (record,) = mis.predictions(DecimalNumber(D("0.75")), mis.decimal_point_separator.on(D("0.3"), D("0.45")))
    assert record.response == "0.48" and "place-value chart" in record.feedback
