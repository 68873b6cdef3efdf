"""Tests for the time and statistics misconceptions: each function's canonical wrong answer, and when none."""

from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.answers.kinds import Measure, TimeOfDay, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import sift
from ks2practice.content.misconceptions import time_statistics as ts

CANONICAL = [
    ("hour_as_hundred_minutes", ts.hours_minutes_as_decimal, (1, 30), Decimal("1.3")),
    ("hour_as_hundred_minutes", ts.hour_as_hundred_minutes, (2, 15), 215),
    ("hour_as_hundred_minutes", ts.clock_subtraction, (10 * 60 + 50, 11 * 60 + 10), 60),
    ("hour_as_hundred_minutes", ts.add_minutes_hundred, (10, 50, 20), "10:70"),
    ("hour_hand_next_hour", ts.hour_hand_next_hour, (8, 50), 9 * 60 + 50),
    ("numeral_as_minutes", ts.numeral_as_minutes, (8,), 8),
    ("twenty_four_add_ten", ts.twenty_four_add_ten, (15, 0), 13 * 60),
    ("twenty_four_add_ten", ts.twenty_four_take_ten, (15,), 5),
    ("pm_ignored", ts.pm_ignored, (19, 20), 7 * 60 + 20),
    ("duration_minutes_subtracted", ts.duration_minutes_subtracted, (9 * 60 + 45, 10 * 60 + 15), 90),
    ("month_length_thirty", ts.days_as_thirty, (2, 61), 60),
    ("scale_read_as_one", ts.scale_read_as_one, (14, 2), 7),
    ("pictogram_key_ignored", ts.pictogram_key_ignored, (12, 4), 3),
    ("pictogram_key_ignored", ts.pictogram_key_ignored, (10, 4), 3),
    ("half_symbol_as_whole", ts.half_symbol_as_whole, (10, 4), 12),
    ("mean_as_middle", ts.mean_as_middle, ([2, 3, 10],), 3),
    ("mean_as_middle", ts.mean_as_middle, ([1, 2, 4, 9],), 3),
    ("mean_as_middle", ts.mean_as_mode, ([2, 2, 5, 7],), 2),
    ("mean_wrong_count", ts.mean_ignoring_zeros, ([4, 0, 5, 3],), 4),
    ("mean_wrong_count", ts.mean_not_divided, ([4, 0, 5, 3],), 12),
    ("pie_share_as_count", ts.pie_share_as_count, (Fraction(1, 4), 40), 25),
    ("pie_share_as_count", ts.pie_angle_as_count, (Fraction(1, 4), 40), 90),
    ("pie_bigger_sector_more", ts.pie_bigger_sector_more, (Fraction(1, 2), 20, Fraction(1, 3), 60), True),
    ("between_gridlines_lower", ts.between_gridlines_lower, (15, 10), 10),
    ("more_than_as_sum", ts.more_than_as_sum, (12, 7), 19),
]


@pytest.mark.parametrize(
    ("misconception", "function", "arguments", "wrong"),
    CANONICAL,
    ids=[f"{c[1].__name__}-{c[2]}" for c in CANONICAL],
)
def test_canonical_examples(misconception, function, arguments, wrong):
    assert misconception in mis.MISCONCEPTIONS
    assert function(*arguments) == wrong


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (ts.hours_minutes_as_decimal, (2, 0)),
        (ts.hour_as_hundred_minutes, (0, 45)),
        (ts.clock_subtraction, (9 * 60 + 10, 9 * 60 + 40)),
        (ts.hour_hand_next_hour, (8, 20)),
        (ts.numeral_as_minutes, (0,)),
        (ts.twenty_four_add_ten, (9, 0)),
        (ts.twenty_four_take_ten, (11,)),
        (ts.pm_ignored, (10, 0)),
        (ts.duration_minutes_subtracted, (9 * 60 + 15, 10 * 60 + 45)),
        (ts.days_as_thirty, (2, 60)),
        (ts.scale_read_as_one, (7, 1)),
        (ts.pictogram_key_ignored, (5, 1)),
        (ts.half_symbol_as_whole, (12, 4)),
        (ts.mean_as_middle, ([1, 2, 3],)),
        (ts.mean_as_mode, ([1, 2, 3],)),
        (ts.mean_as_mode, ([4, 4, 1, 7],)),
        (ts.mean_ignoring_zeros, ([1, 2, 3],)),
        (ts.pie_share_as_count, (Fraction(1, 2), 100)),
        (ts.pie_angle_as_count, (Fraction(1, 2), 360)),
        (ts.pie_bigger_sector_more, (Fraction(1, 2), 60, Fraction(1, 3), 20)),
        (ts.between_gridlines_lower, (20, 10)),
    ],
)
def test_no_prediction_when_the_error_changes_nothing(function, arguments):
    assert function(*arguments) is None


def test_at_least_eight_time_and_statistics_misconceptions_with_feedback():
    ours = [
        "hour_as_hundred_minutes",
        "hour_hand_next_hour",
        "numeral_as_minutes",
        "twenty_four_add_ten",
        "pm_ignored",
        "duration_minutes_subtracted",
        "month_length_thirty",
        "scale_read_as_one",
        "pictogram_key_ignored",
        "half_symbol_as_whole",
        "mean_as_middle",
        "mean_wrong_count",
        "pie_share_as_count",
        "pie_bigger_sector_more",
        "between_gridlines_lower",
        "more_than_as_sum",
    ]
    for misconception_id in ours:
        entry = mis.MISCONCEPTIONS[misconception_id]
        assert entry.title and entry.feedback.endswith(".") and len(entry.feedback) > 40


def test_predictions_are_written_in_the_key_s_own_form():
    predicted = mis.predictions(Measure(20, "min"), mis.clock_subtraction.on(650, 670))
    assert [p.response for p in predicted] == ["60 min"]
    same = mis.predictions(WholeNumber(7), mis.scale_read_as_one.on(14, 2))
    assert sift(WholeNumber(7), same) == ((), {"correct": 1})  # the key itself: the prediction gate drops it
    from ks2practice.content.time.common import _times

    assert _times(TimeOfDay(8 * 60 + 50), mis.hour_hand_next_hour.on(8, 50))[0].response == "09:50"
