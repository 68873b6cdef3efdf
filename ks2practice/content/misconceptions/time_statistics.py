"""Misconceptions of time and statistics: the catalogue entries and the wrong answers each predicts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "hour_as_hundred_minutes",
        "Treats an hour as 100 minutes",
        "They worked with time as if an hour were 100 minutes (1 h 30 min → 1.3 h or 130 min; 10:50 to 11:10 "
        "as 60 minutes); count on in minutes on a clock face or a time line — 60 minutes make the hour.",
    ),
    Misconception(
        "hour_hand_next_hour",
        "Reads the hour the hour hand is nearest",
        "Near the end of an hour they read the hour the hour hand is closest to (8:50 read as 9:50); "
        "the hour hand has not reached 9 yet, so it is still 8 — say 'ten to nine'.",
    ),
    Misconception(
        "numeral_as_minutes",
        "Mixes up the number the minute hand points to with the minutes",
        "They mixed up the number on the face and the minutes past the hour (the hand at VIII read as 8 minutes, "
        "or 45 minutes said to point at 45); each number is 5 minutes on from the one before: 8 × 5 = 40.",
    ),
    Misconception(
        "twenty_four_add_ten",
        "Adds or takes 10 for the 24-hour clock",
        "They added 10 to the hour for a pm time (3 pm → 13:00), or took 10 off; afternoon hours are 12 more: "
        "count on 12 from the 12-hour time (3 pm → 15:00) on a 24-hour time line.",
    ),
    Misconception(
        "pm_ignored",
        "Forgets that pm times are after 12:00",
        "They kept the 12-hour hour for an afternoon or evening time (7:20 pm → 07:20); pm hours are 12 more on "
        "the 24-hour clock — ask 'is it morning or afternoon?' first.",
    ),
    Misconception(
        "duration_minutes_subtracted",
        "Subtracts hours and minutes separately across the hour",
        "They took the smaller minutes from the larger across the hour (9:45 to 10:15 as 1 h 30 min); "
        "count on to the next o'clock, then on to the end time, and add the jumps.",
    ),
    Misconception(
        "month_length_thirty",
        "Thinks every month has 30 days",
        "They used 30 days for every month (or 365 days in a leap year); use the knuckle rhyme or a calendar: "
        "30 days hath September, April, June and November; February has 28, or 29 in a leap year.",
    ),
    Misconception(
        "scale_read_as_one",
        "Reads a scale going up in 2s, 5s or 10s as if in 1s",
        "They counted gridlines as 1 each instead of reading the scale; look at the numbers on the axis first "
        "and say what one step is worth.",
    ),
    Misconception(
        "pictogram_key_ignored",
        "Counts pictogram symbols without the key",
        "They counted the symbols (a half symbol as a whole one) instead of using the key; say what one symbol "
        "stands for, then count in that many.",
    ),
    Misconception(
        "half_symbol_as_whole",
        "Counts a half symbol as a whole one",
        "They counted the half symbol as a whole symbol; half a symbol stands for half the key.",
    ),
    Misconception(
        "mean_as_middle",
        "Gives the middle value or the most common value as the mean",
        "They gave the middle value (or the most common one) instead of the mean; the mean shares the total "
        "equally: add all the values, then divide by how many there are.",
    ),
    Misconception(
        "mean_wrong_count",
        "Divides by the wrong number of values",
        "They divided the total by the wrong number of values (leaving out a 0, or not dividing at all); "
        "count every value, zeros too, and divide the total by that count.",
    ),
    Misconception(
        "pie_share_as_count",
        "Reads a pie chart's percentage or angle as a number of people",
        "They gave the percentage or the angle of the sector as the number of people; a sector is a share of the "
        "whole: find that fraction of the total.",
    ),
    Misconception(
        "pie_bigger_sector_more",
        "Compares sectors of pie charts with different totals",
        "They compared sector sizes across two pie charts with different totals; a bigger share of a smaller "
        "total can be fewer people — work out each number first.",
    ),
    Misconception(
        "between_gridlines_lower",
        "Reads a point between gridlines as the gridline below",
        "They read a point between two gridlines as the gridline below; find the two gridlines either side and "
        "judge how far between them the point is (halfway is half a step).",
    ),
    Misconception(
        "more_than_as_sum",
        "Adds when asked 'how many more'",
        "They added the two amounts when the question asked how many more; 'how many more' is the difference: "
        "compare the bars and find the gap.",
    ),
)


# ---------------------------------------- time


def hours_minutes_as_decimal(hours: int, minutes: int) -> Decimal | None:
    """Hours and minutes written as a decimal of hours, as if an hour were 100 minutes: 1 h 30 min → 1.3 h."""
    wrong = Decimal(hours) + Decimal(minutes) / 100
    return None if Fraction(wrong) == hours + Fraction(minutes, 60) else wrong


@mechanism(
    "hour_as_hundred_minutes",
    say=lambda hours, minutes: (
        f"They took {hours} h{f' {minutes} min' if minutes else ''} as {100 * hours + minutes} "
        f"minutes, as if an hour were 100 minutes; an hour is 60 minutes: {hours} × 60"
        f"{f' + {minutes}' if minutes else ''} = {60 * hours + minutes} minutes."
    ),
)
def hour_as_hundred_minutes(hours: int, minutes: int) -> int | None:
    """Hours and minutes in minutes with 100 minutes to the hour: 2 h 15 min → 215 min."""
    return None if hours == 0 else 100 * hours + minutes


def clock_subtraction(start: int, end: int) -> int | None:
    """A duration found by subtracting the clock times as numbers: 10:50 to 11:10 → 1110 − 1050 = 60 minutes.

    Times are in minutes after midnight; None when the slip gives the right answer (no hour crossed).
    """
    as_number = (end // 60 * 100 + end % 60) - (start // 60 * 100 + start % 60)
    return None if as_number == end - start else as_number


def add_minutes_hundred(hour: int, minute: int, added: int) -> str:
    """A time after adding minutes with 100 minutes to the hour: 10:50 + 20 min → '10:70'."""
    total = minute + added
    hour, minute = hour + total // 100, total % 100
    return f"{hour}:{minute:02d}"


@mechanism("hour_hand_next_hour")
def hour_hand_next_hour(hours: int, minutes: int) -> int | None:
    """The time read when the hour hand is taken for the hour it is nearest: 8:50 → 9:50 (in minutes)."""
    if minutes <= 30:
        return None
    return ((hours + 1) % 24) * 60 + minutes


@mechanism("numeral_as_minutes")
def numeral_as_minutes(numeral_value: int) -> int | None:
    """The minutes read as the numeral's own value: minute hand at VIII → 8 minutes (really 40)."""
    return numeral_value if numeral_value else None


@mechanism("twenty_four_add_ten")
def twenty_four_add_ten(hours: int, minutes: int, *, back: bool = False) -> int | None:
    """A pm time converted by adding 10 to the hour: 3 pm (hours 15) → 13:00, in minutes after midnight.

    With ``back``: the 12-hour hour read off the 24-hour time by taking 10: 15:00 → 5 (pm).
    """
    if hours < 13 or hours > 21:
        return None
    return hours - 10 if back else (hours - 2) * 60 + minutes


def twenty_four_take_ten(hours: int) -> int | None:
    """The 12-hour hour read off a 24-hour time by taking 10: 15:00 → 5 (pm)."""
    return hours - 10 if 13 <= hours <= 21 else None


@mechanism("pm_ignored")
def pm_ignored(hours: int, minutes: int) -> int | None:
    """A pm time written with its 12-hour hour on the 24-hour clock: 7:20 pm → 07:20 (in minutes)."""
    return (hours - 12) * 60 + minutes if hours >= 13 else None


@mechanism("duration_minutes_subtracted")
def duration_minutes_subtracted(start: int, end: int) -> int | None:
    """Hours and minutes subtracted separately, smaller minutes from larger: 9:45 to 10:15 → 90 minutes."""
    (h1, m1), (h2, m2) = divmod(start, 60), divmod(end, 60)
    if m2 >= m1:
        return None
    return (h2 - h1) * 60 + (m1 - m2)


def days_as_thirty(months: int, days: int) -> int | None:
    """Days in whole months counting 30 for each: March and April → 60 (really 61)."""
    return None if 30 * months == days else 30 * months


# ---------------------------------------- statistics


@mechanism("scale_read_as_one")
def scale_read_as_one(
    value: int | Fraction, step: int | Fraction, *, claim: int | Fraction | None = None
) -> Fraction | bool | None:
    """A value read by counting gridlines as 1 each: a bar at 14 on a scale of 2s → 7.

    With ``claim``: 'true' for a true-or-false claim that is that misreading (the chart shows 7 for a bar at 14).
    """
    if step == 1:
        return None
    if claim is not None:
        return True if claim == Fraction(value) / step != value else None
    return Fraction(value) / step


@mechanism("pictogram_key_ignored")
def pictogram_key_ignored(
    count: int | Sequence[int], key: int, *, less: int | None = None, claim: int | None = None
) -> int | bool | None:
    """The number of symbols, a half symbol counted as a whole one: 10 with a key of 4 (2½ symbols) → 3.

    ``count`` may be several rows (their symbols added); ``less``: the symbols of a row taken away (how many
    more); ``claim``: 'true' for a true-or-false claim that is that count of symbols.
    """
    if key == 1:
        return None
    rows = [count] if isinstance(count, int) else list(count)
    wrong = sum(-(-row // key) for row in rows) - (0 if less is None else -(-less // key))
    if claim is not None:
        return True if claim == wrong != sum(rows) - (less or 0) else None
    return wrong


@mechanism("half_symbol_as_whole")
def half_symbol_as_whole(count: int, key: int) -> int | None:
    """The count with a half symbol taken as a whole one: 10 with a key of 4 → 12."""
    if (2 * count) % key or count % key == 0:
        return None
    return count + key // 2


@mechanism(
    "mean_as_middle",
    say=lambda values: (
        "They gave the middle value of the ordered values as the mean; the mean shares the total "
        "equally: add all the values, then divide by how many there are."
    ),
)
def mean_as_middle(values: Sequence[int | Fraction]) -> Fraction | None:
    """The middle value of the ordered values (the middle two's midpoint for an even count): 2, 3, 10 → 3."""
    ordered = sorted(Fraction(v) for v in values)
    n = len(ordered)
    middle = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return None if middle == sum(ordered) / n else middle


def mean_as_mode(values: Sequence[int | Fraction]) -> Fraction | None:
    """The value that appears most often, when just one does: 2, 2, 5, 7 → 2 (the mean is 4)."""
    counts = {v: list(values).count(v) for v in values}
    most = max(counts.values())
    modes = [v for v, c in counts.items() if c == most]
    if most == 1 or len(modes) != 1 or Fraction(modes[0]) == Fraction(sum(values), len(values)):
        return None
    return Fraction(modes[0])


def mean_ignoring_zeros(values: Sequence[int | Fraction]) -> Fraction | None:
    """The total shared by the values that are not 0: 4, 0, 5, 3 → 12 ÷ 3 = 4 (the mean is 3)."""
    nonzero = [v for v in values if v != 0]
    if len(nonzero) == len(values) or not nonzero:
        return None
    return Fraction(sum(values), len(nonzero))


def mean_not_divided(values: Sequence[int | Fraction]) -> Fraction:
    """The total given as the mean: 4, 0, 5, 3 → 12."""
    return Fraction(sum(values))


@mechanism("pie_share_as_count")
def pie_share_as_count(
    share: Fraction, total: int, *, degrees: bool = False, claim: int | Fraction | None = None
) -> Fraction | bool | None:
    """The sector's percentage given as the count: a quarter of 40 children → 25 (with ``degrees``, its angle: 90).

    With ``claim``: 'true' for a true-or-false claim that is that misreading.
    """
    wrong = share * (360 if degrees else 100)
    if claim is not None:
        return True if claim == wrong != share * total else None
    return None if wrong == share * total else wrong


def pie_angle_as_count(share: Fraction, total: int) -> Fraction | None:
    """The sector's angle in degrees given as the count: a quarter of 40 children → 90."""
    wrong = share * 360
    return None if wrong == share * total else wrong


@mechanism("pie_bigger_sector_more")
def pie_bigger_sector_more(share_a: Fraction, total_a: int, share_b: Fraction, total_b: int) -> bool | None:
    """The answer to 'did more choose it in A than in B?' judged by the sector sizes alone.

    A half of 20 against a third of 60: the sector is bigger in A, so 'true', but 10 < 20.
    """
    by_size = share_a > share_b
    return None if by_size == (share_a * total_a > share_b * total_b) else by_size


@mechanism("between_gridlines_lower")
def between_gridlines_lower(
    value: int | Fraction, step: int | Fraction, *, less: int | Fraction | None = None
) -> Fraction | None:
    """A point between gridlines read as the gridline below: 15 on a scale of 10s → 10.

    With ``less``: the difference between two points each read that way (35 and 10 in 10s → 30 − 10 = 20).
    """
    below = Fraction(value) - Fraction(value) % Fraction(step)
    if less is None:
        return None if below == value else below
    other = Fraction(less) - Fraction(less) % Fraction(step)
    return None if (below, other) == (value, less) else abs(below - other)


@mechanism("more_than_as_sum")
def more_than_as_sum(a: int | Fraction, b: int | Fraction) -> Fraction:
    """'How many more' answered with the total: 12 and 7 → 19."""
    return Fraction(a) + Fraction(b)
