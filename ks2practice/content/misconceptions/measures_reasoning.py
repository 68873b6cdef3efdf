"""Measures, time and statistics mechanisms for issue #15's reasoning items: verdicts and choices a mistake gives."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import (
    Applied,
    Mechanism,
    Misconception,
    any_size,
    mechanism,
    register,
)

register(
    Misconception(
        "smaller_unit_divides",
        "Divides to convert into a smaller unit, so thinks the number gets smaller",
        "They divided to change to a smaller unit, so the number came out smaller; a smaller unit fits into the "
        "amount more times, so there are more of them: multiply by 10, 100 or 1000.",
    ),
    Misconception(
        "mean_always_a_value",
        "Thinks the mean is always one of the values",
        "They took the mean to be one of the values (the middle one or the most common one); the mean is the total "
        "shared equally, and it can be a number that is not in the list at all, even a decimal.",
    ),
    Misconception(
        "twelve_o_clock_hour_swapped",
        "Writes 12 am as 12 on the 24-hour clock (and 12 pm as 00)",
        "They kept 12 as the hour for a time just after midnight (12:20 am as 12:20), or wrote 00 for a time just "
        "after noon; the hour after midnight is 00 on the 24-hour clock, and the hour after noon is 12.",
    ),
    Misconception(
        "mixed_units_after_point",
        "Writes the smaller unit straight after the decimal point",
        "They wrote the smaller unit's number straight after the point (2 kg 50 g as 2.50 kg); the places after the "
        "point are tenths, hundredths and thousandths of the bigger unit, so 50 g is 0.050 kg and 2 kg 50 g is "
        "2.05 kg.",
    ),
)


@mechanism(
    "smaller_unit_divides",
    say=lambda value, factor: (
        f"They divided by {factor} to change to the smaller unit, so the number came out smaller; a smaller unit "
        f"fits in more times, so multiply: {Fraction(value)} × {factor} is bigger than {Fraction(value)}."
    ),
)
def smaller_unit_divides(value: int | Fraction, factor: int) -> str | None:
    """The verdict on 'converting to a smaller unit gives a bigger number' from dividing instead: the number gets
    smaller on every amount, so 'never'."""
    return "never" if Fraction(value) / factor < Fraction(value) else None


@mechanism("mean_always_a_value")
def mean_always_a_value(values: Sequence[int]) -> str | None:
    """The verdict on 'the mean is one of the values' from taking the mean to be the middle (or commonest) value,
    which is always in the list: 'always' (None when the values given have no mean outside the list)."""
    mean = Fraction(sum(values), len(values))
    return "always" if mean not in values else None


@mechanism("mixed_units_after_point", plausible=any_size)
def mixed_units_after_point(whole: int, part: int, factor: int) -> Fraction | None:
    """2 kg 50 g written as 2.50 kg: the part's digits straight after the point (None when that is right)."""
    wrong = whole + Fraction(part, 10 ** len(str(part)))
    return None if wrong == whole + Fraction(part, factor) else wrong


@mechanism("twelve_o_clock_hour_swapped")
def twelve_o_clock_hour_swapped(hours: int, minutes: int) -> int | None:
    """A time in the twelve o'clock hour read 12 hours out: 12:20 am → 12:20, 12:20 pm → 00:20 (minutes after
    midnight; None outside the hours after midnight and noon)."""
    if hours not in (0, 12):
        return None
    return (12 - hours) * 60 + minutes


def picks(slip: Mechanism, when: object, choice: str, *operands: object) -> Applied:
    """The option a child chooses when ``slip`` on these operands gives ``when`` (None otherwise): the mistake's
    own output decides the choice, and the feedback is the mistake's."""

    def wrong(*ops: object, when: object, choice: str) -> str | None:
        return choice if slip.wrong(*ops) == when else None

    def say(*ops: object, when: object, choice: str) -> str:
        return slip.feedback_for(*ops)

    return replace(slip, wrong=wrong, say=say, plausible=None, story=None).on(*operands, when=when, choice=choice)
