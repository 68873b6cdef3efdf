"""Tests for ks2practice.content.misconceptions: canonical wrong answers, and how predicted records are filtered."""

from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.answers.kinds import Comparison, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import sift
from ks2practice.core.model import Predicted

CANONICAL = [
    ("smaller_from_larger", mis.smaller_from_larger, (52, 27), 35),
    ("exchange_not_subtracted", mis.exchange_not_subtracted, (542, 278), 374),
    ("no_exchange_addition", mis.no_exchange_addition, (456, 378), 724),
    ("place_value_slip_long_multiplication", mis.place_value_slip_long_multiplication, (23, 45), 207),
    ("carry_not_added_multiplication", mis.carry_not_added_multiplication, (342, 7), 2184),
    ("carry_added_before_multiplying", mis.carry_added_before_multiplying, (342, 7), 4254),
    ("remainder_as_decimal", mis.remainder_as_decimal, (17, 5), "3.2"),
    ("remainder_not_interpreted", mis.remainder_not_interpreted, (50, 12, True), 4),
    ("missing_zero_in_quotient", mis.missing_zero_in_quotient, (624, 6), 14),
    ("times_ten_adds_zero", mis.times_ten_adds_zero, (Decimal("2.5"),), "2.50"),
    ("powers_of_ten_wrong_way", mis.powers_of_ten_wrong_way, (Decimal("3.7"), 2, True), Fraction(37, 1000)),
    ("longer_decimal_bigger", mis.longer_decimal_bigger, (Decimal("0.45"), Decimal("0.5")), ">"),
    ("rounding_wrong_direction", mis.rounding_wrong_direction, (65, 10), 60),
    ("rounding_wrong_direction", mis.rounding_wrong_direction, (3432, 100), 3500),
    ("rounding_wrong_place", mis.rounding_wrong_place, (3472, 100), 3470),
    ("negative_number_counting", mis.count_zero_twice, (-3, 5), 1),
    ("negative_number_counting", mis.count_zero_twice, (4, -7), -2),
    ("negative_number_counting", mis.ignore_negative_sign, (-3, 5), 8),
    ("negative_number_counting", mis.difference_ignoring_sign, (-4, 6), 2),
    ("negative_compare_ignoring_sign", mis.negative_compare_ignoring_sign, (-8, -5), ">"),
    ("digit_not_value", mis.digit_not_value, (4725, 2), 7),
    ("wrong_column", mis.wrong_column, (4532, 1000, True), 4632),
    ("compare_leading_digits", mis.compare_leading_digits, (987, 1203), ">"),
    ("placeholders_written_out", mis.placeholders_written_out, (4060,), 400060),
    ("placeholders_missing", mis.placeholders_missing, (4060,), 460),
    ("roman_subtractive_ignored", mis.roman_subtractive_ignored, ("XLIV",), 66),
    ("complements_each_digit_to_ten", mis.complements_each_digit_to_ten, (1000, 365), 745),
    ("compensation_wrong_way", mis.compensation_wrong_way, (4568, 299, 300, True), 4869),
    ("wrong_inverse", mis.wrong_inverse, (456, 1000, True), 1456),
    ("neighbouring_fact", mis.neighbouring_fact, (7, 8), 49),
    ("order_left_to_right", mis.order_left_to_right, ([3, "+", 4, "×", 5],), 35),
    ("order_left_to_right", mis.order_left_to_right, ([20, "−", [2, "+", 3], "×", 2],), 30),
    ("power_as_multiplying", mis.power_as_multiplying, (6, 2), 12),
    ("power_as_multiplying", mis.power_as_multiplying, (4, 3), 12),
]


@pytest.mark.parametrize(
    ("misconception", "function", "arguments", "wrong"), CANONICAL, ids=[f"{c[0]}-{c[2]}" for c in CANONICAL]
)
def test_canonical_examples(misconception, function, arguments, wrong):
    assert misconception in mis.MISCONCEPTIONS
    assert function(*arguments) == wrong


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (mis.smaller_from_larger, (57, 23)),
        (mis.no_exchange_addition, (123, 456)),
        (mis.exchange_not_subtracted, (57, 23)),
        (mis.place_value_slip_long_multiplication, (23, 5)),
        (mis.carry_not_added_multiplication, (21, 3)),
        (mis.remainder_as_decimal, (15, 5)),
        (mis.remainder_as_decimal, (17, 10)),
        (mis.times_ten_adds_zero, (Decimal(25),)),
        (mis.rounding_wrong_direction, (3400, 100)),
        (mis.rounding_wrong_place, (3472, 10)),
        (mis.count_zero_twice, (2, 5)),
        (mis.missing_zero_in_quotient, (738, 6)),
        (mis.placeholders_written_out, (4000,)),
        (mis.power_as_multiplying, (2, 2)),
        (mis.complements_each_digit_to_ten, (1000, 500)),
    ],
)
def test_no_prediction_when_the_error_changes_nothing(function, arguments):
    assert function(*arguments) is None


def test_catalogue_entries_are_complete():
    for key, entry in mis.MISCONCEPTIONS.items():
        assert key == entry.id
        assert entry.title and entry.feedback
        assert "\n" not in entry.feedback
        assert len(entry.feedback) < 260


def test_a_prediction_is_the_mechanism_on_the_items_numbers_with_its_feedback():
    predicted = mis.smaller_from_larger.predict(WholeNumber(25), 52, 27)
    assert predicted == Predicted("smaller_from_larger", "35", mis.MISCONCEPTIONS["smaller_from_larger"].feedback)
    assert mis.smaller_from_larger.predict(WholeNumber(25), 57, 32) is None  # no exchange: the mistake changes nothing
    with pytest.raises(KeyError, match="register 'no_such_thing' before"):
        mis.mechanism("no_such_thing")(lambda: 1)


def test_every_catalogue_entry_has_one_mechanism_reachable_by_its_id():
    # A diagnosis exists only as a function from an item's operands to the wrong answer: no entry without one.
    assert set(mis.MECHANISMS) == set(mis.MISCONCEPTIONS)
    for key, made in mis.MECHANISMS.items():
        assert getattr(mis, key) is made and made.id == key


def test_predictions_refuse_a_value_that_no_mechanism_made():
    with pytest.raises(TypeError, match="mechanism applied"):
        mis.predictions(WholeNumber(25), "35")


def test_the_default_plausibility_rule_bounds_size_and_sign():
    # A wrong answer beyond twelve times both the key and every number in the question is no child's answer.
    assert mis.plausible_by_default(Fraction(21), Fraction(1815), (3, 5, 6)) is False
    assert mis.plausible_by_default(Fraction(34), Fraction(700), (367, 333)) is True
    assert mis.plausible_by_default(Fraction(4), Fraction(-4), (8, 4)) is False


def test_predictions_build_one_record_per_mechanism_that_applies_and_the_gate_sifts_them():
    # predictions() only builds records (None: the mechanism does not apply); the prediction gate decides what is
    # shown: a slip that happens to give the key goes (the marker marks it right), and so does 35, which two
    # mechanisms with different feedback both give.
    key = WholeNumber(25)
    found = mis.predictions(
        key,
        mis.no_exchange_addition.on(17, 18),  # 17 + 18 without the carry is 25: the key
        mis.remainder_as_decimal.on(10, 5),  # no remainder: no prediction
        mis.smaller_from_larger.on(52, 27),
        mis.no_exchange_addition.on(26, 19),
    )
    assert [p.response for p in found] == ["25", "35", "35"]
    kept, dropped = sift(key, found)
    assert kept == ()
    assert dropped == {"correct": 1, "ambiguous": 2}
    entry = mis.MISCONCEPTIONS["smaller_from_larger"]
    twice = (Predicted(entry.id, "35", entry.feedback), Predicted(entry.id, "35.0", entry.feedback))
    kept, dropped = sift(key, twice)
    assert kept == twice[:1] and dropped == {"repeat": 1}  # one mechanism twice: the same feedback, kept once


def test_predictions_are_written_like_the_key():
    assert mis.predictions(Money(245), mis.more_than_as_sum.on(300, 55))[0].response == "£3.55"
    assert mis.predictions(Money(245), mis.more_than_as_sum.on(40, 5))[0].response == "45p"
    assert mis.predictions(Measure(300, "ml"), mis.more_than_as_sum.on(20, 10))[0].response == "30 ml"
    assert mis.predictions(Measure(60, "°"), mis.line_as_360.on(120))[0].response == "240°"
    assert mis.predictions(WholeNumber(12_000), mis.zeros_miscounted.on(30, 400, "×", -1))[0].response == "1200"
    assert mis.predictions(WholeNumber(1200), mis.zeros_miscounted.on(30, 40, "×", 1))[0].response == "12,000"
    assert mis.predictions(Comparison("<"), mis.compare_leading_digits.on(999, 1000))[0].response == ">"
    # A sign the mechanism gives that is the key's own sign is dropped by the gate: 300 □ 200 by leading digits is
    # ">", which is right.
    assert sift(Comparison(">"), mis.predictions(Comparison(">"), mis.compare_leading_digits.on(300, 200)))[0] == ()
    assert mis.predictions(TrueFalse(False), mis.odd_means_prime.on(9))[0].response == "true"  # "9 is prime"
    assert mis.predictions(TrueFalse(True), mis.odd_means_prime.on(7)) == ()  # 7 is prime: no mistake to make
