"""Misconceptions of number sense (negatives, number lines, digit cards, zeros, rounding): entries and mechanisms."""

# The ids registered in whole_numbers.py without a function get theirs here (zero_first_smallest,
# number_line_interval, halfway_half_difference, negative_number_counting; zeros_miscounted is in
# calculation_mental.py); mistakes that used to share negative_number_counting or rounding_wrong_direction with a
# different error have ids of their own, so each id names one mistake and its feedback can only describe that mistake.

from __future__ import annotations

import itertools
from collections.abc import Sequence
from fractions import Fraction

from ks2practice.answers.kinds import format_whole
from ks2practice.content.misconceptions import whole_numbers as _whole
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

_PLACES = ("ones", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands", "millions")


def _show(value: int | Fraction) -> str:
    value = Fraction(value)
    text = format_whole(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    return text.replace("-", "−")


register(
    Misconception(
        "ignores_negative_sign",
        "Treats a negative start as positive",
        "They started from the number without its minus sign; mark the start on a number line first, "
        "left of 0 for a negative number.",
    ),
    Misconception(
        "difference_ignoring_sign",
        "Finds a gap across zero by ignoring the minus sign",
        "They took the smaller size from the larger, ignoring the minus sign; across zero the gap is the distance "
        "to 0 plus the distance from 0.",
    ),
    Misconception(
        "minus_sign_dropped",
        "Leaves off the minus sign",
        "They wrote the size of the number without its minus sign; numbers below zero need the sign.",
    ),
    Misconception(
        "places_not_times",
        "Counts the places, not how many times greater",
        "They gave the number of places between the digits instead of how many times greater; each place to the "
        "left is worth 10 times as much.",
    ),
    Misconception(
        "digit_not_count",
        "Reads one column's digit, not how many of that unit in all",
        "They read only the digit in that column; count how many of that unit the whole number holds, the "
        "digits to its left included.",
    ),
    Misconception(
        "halfway_rounds_down",
        "Thinks a number exactly halfway rounds down",
        "They treated the number exactly halfway between two multiples as rounding down; halfway rounds up.",
    ),
)


# ---------------------------------------- negatives


@mechanism(
    "negative_number_counting",
    say=lambda start, change: (
        f"Counting {'on' if change > 0 else 'back'} {abs(change)} from {_show(start)} they counted 0 twice, so they "
        f"stopped one short at {_show(counted_zero_twice(start, change))}; count the jumps on a number line: 0 is one "
        "step like any other."
    ),
)
def counted_zero_twice(start: int, change: int) -> int | None:
    """Counting through zero and counting 0 twice: −3 + 5 → 1 (should be 2)."""
    return _whole.count_zero_twice(start, change)


@mechanism(
    "ignores_negative_sign",
    plausible=lambda key, wrong: True,  # the mistake is about the sign: its answer may well have the other sign
    say=lambda start, change: (
        f"They started from {_show(-start)} instead of {_show(start)} and counted "
        f"{'on' if change > 0 else 'back'} {abs(change)}; mark {_show(start)} on a number line first, left of 0."
    ),
)
def ignores_negative_sign(start: int, change: int) -> int | None:
    """Treating a negative start as positive: 5 more than −3 → 8."""
    return _whole.ignore_negative_sign(start, change)


@mechanism(
    "difference_ignoring_sign",
    say=lambda a, b: (
        f"They worked out {_show(max(abs(a), abs(b)))} − {_show(min(abs(a), abs(b)))}, ignoring the minus sign; "
        f"from {_show(min(a, b))} to 0 is {_show(-min(a, b))} and from 0 to {_show(max(a, b))} is "
        f"{_show(max(a, b))}, so add them."
    ),
)
def difference_ignoring_sign(a: int, b: int) -> int | None:
    """The gap between −4 and 6 worked out as 6 − 4 = 2 (should be 10)."""
    return _whole.difference_ignoring_sign(a, b)


@mechanism(
    "minus_sign_dropped",
    say=lambda value: f"They wrote {_show(-value)} without its minus sign; the number is {_show(value)}, below zero.",
    plausible=lambda key, wrong: True,  # the mistake is exactly a change of sign
)
def minus_sign_dropped(value: int) -> int | None:
    """A negative answer written without its minus sign: −5 → 5."""
    return -value if value < 0 else None


# ---------------------------------------- number lines


@mechanism(
    "number_line_interval",
    plausible=lambda key, wrong: True,  # a count from the start of the line: on a line through 0, either sign
    say=lambda start, marks, counted_as: (
        f"They counted each step as {_show(counted_as)} without working out what it is worth; find the step "
        "first: the whole length ÷ the number of equal steps."
    ),
)
def number_line_interval(start: int | Fraction, marks: int | Fraction, counted_as: int | Fraction) -> Fraction:
    """Reading a mark by counting each step as 1 (or 10): the 3rd mark after 200 on steps of 50 → 203."""
    return Fraction(start) + Fraction(marks) * Fraction(counted_as)


@mechanism(
    "halfway_half_difference",
    say=lambda a, b: (
        f"They halved the gap, {_show(b)} − {_show(a)}, but did not add it on to {_show(a)}; "
        "the halfway number is the first number + half the gap."
    ),
)
def halfway_half_difference(a: int, b: int) -> int | Fraction | None:
    """Half the gap instead of the halfway number: halfway between 40 and 60 → 10."""
    half = Fraction(b - a, 2)
    if half == Fraction(a + b, 2):
        return None  # from 0 the half gap is the halfway number
    return int(half) if half.denominator == 1 else half


# ---------------------------------------- digit cards


def _arranged(cards: Sequence[int], goal: str, leading_zero: bool) -> int | None:
    fits = {
        "smallest": lambda n: True,
        "smallest odd": lambda n: n % 2 == 1,
        "smallest even": lambda n: n % 2 == 0,
    }[goal]
    made = [int("".join(map(str, p))) for p in itertools.permutations(cards) if leading_zero or p[0] != 0]
    found = [n for n in made if fits(n)]
    return min(found) if found else None


def _zero_first_say(
    cards: Sequence[int], goal: str = "smallest", largest: int | None = None, total: bool = False
) -> str:
    wrong = _arranged(cards, goal, True)
    right = _arranged(cards, goal, False)
    return (
        f"They put 0 first and wrote {_show(wrong or 0)}, which has only {len(cards) - 1} digits; a {len(cards)}-digit "
        f"number cannot start with 0, so the {goal} is {_show(right or 0)}."
    )


@mechanism("zero_first_smallest", say=_zero_first_say)
def zero_first_smallest(
    cards: Sequence[int], goal: str = "smallest", largest: int | None = None, total: bool = False
) -> int | None:
    """The smallest (odd, even) arrangement with 0 allowed first: cards 0, 3, 5 → 35 (should be 305).

    Given ``largest``, the total or difference a pupil then works out with that wrong smallest number.
    """
    if 0 not in cards:
        return None
    wrong = _arranged(cards, goal, True)
    right = _arranged(cards, goal, False)
    if wrong is None or wrong == right:
        return None
    if largest is None:
        return wrong
    return largest + wrong if total else largest - wrong


# ---------------------------------------- place value


@mechanism(
    "places_not_times",
    say=lambda high, low: (
        f"They counted {high - low} places between the digits; each place to the left is 10 times greater, so "
        f"the value is {_show(10 ** (high - low))} times greater."
    ),
)
def places_not_times(high: int, low: int) -> int:
    """The number of places between two digits instead of 10 to that power: hundreds and ones → 2 (should be 100)."""
    return high - low


@mechanism(
    "digit_not_count",
    say=lambda number, place: (
        f"They gave only the digit {(number // 10**place) % 10} from the {_PLACES[place]} column; {_show(number)} "
        f"has {_show(number // 10**place)} {_PLACES[place]} altogether."
    ),
)
def digit_not_count(number: int, place: int) -> int | None:
    """How many tens (hundreds, …) read as the one digit in that column: 347,291 = □ thousands → 7 (should be 347)."""
    digit = (number // 10**place) % 10
    return None if digit == number // 10**place else digit


# ---------------------------------------- rounding


@mechanism(
    "halfway_rounds_down",
    say=lambda result, place, smallest: (
        f"They thought {_show(result - place // 2 if smallest else result + place // 2)}, exactly halfway, rounds "
        f"down; halfway rounds up, so {_show(result - place // 2)} rounds to {_show(result)} and "
        f"{_show(result + place // 2)} rounds to {_show(result + place)}."
    ),
)
def halfway_rounds_down(result: int, place: int, smallest: bool) -> int:
    """The smallest or largest number rounding to ``result`` if halfway rounded down: 3,500 to 100s → 3,451, 3,550."""
    return result - place // 2 + 1 if smallest else result + place // 2
