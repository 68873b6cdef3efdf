"""Wording shared by every strand's topics: names, how numbers are shown, hints and making an Item."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Sequence
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    DecimalNumber,
    FractionAnswer,
    Measure,
    TimeOfDay,
    WholeNumber,
    format_decimal,
    format_whole,
)
from ks2practice.answers.parse import unit_called
from ks2practice.core.model import Item, Level, Predicted

NAMES = (
    "Amir",
    "Bella",
    "Chloe",
    "Dev",
    "Ellie",
    "Femi",
    "Grace",
    "Harry",
    "Isla",
    "Jamal",
    "Kai",
    "Leah",
    "Mo",
    "Niamh",
    "Oliver",
    "Priya",
    "Rhys",
    "Sofia",
    "Tom",
    "Zara",
    "Aisha",
    "Callum",
    "Ewan",
    "Hana",
    "Jack",
    "Lily",
    "Noah",
    "Ruby",
    "Sam",
    "Yusuf",
    "Olek",
    "Maya",
)

PLACE_NAMES = ("ones", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands", "millions")
SINGULAR = ("one", "ten", "hundred", "thousand", "ten thousand", "hundred thousand", "million")


# ---------------------------------------------------------------------- shared helpers


def show(value: int | Fraction | object) -> str:
    """A number as printed in a prompt: 1000 but 10,000; decimals exact; a true minus sign (−)."""
    if isinstance(value, int):
        text = format_whole(value)
    else:
        fraction = Fraction(value)  # type: ignore[arg-type]
        text = format_whole(fraction.numerator) if fraction.denominator == 1 else format_decimal(fraction)
    return text.replace("-", "−")


def bracket(value: int) -> str:
    """A number for a check expression: negatives in brackets so '5 − (−3)' reads as intended."""
    return f"({show(value)})" if value < 0 else show(value)


def hint(level: Level, text: str) -> str:
    """A scaffold added to level-1 prompts only."""
    return f" (Hint: {text})" if level == Level.WORKING_TOWARDS else ""


def lettered(options: Sequence[str]) -> str:
    """Options labelled A, B, C… for a prompt."""
    return "   ".join(f"{chr(65 + i)}) {option}" for i, option in enumerate(options))


def name(rng: random.Random, avoid: Sequence[str] = ()) -> str:
    return rng.choice([n for n in NAMES if n not in avoid])


def number_with_digits(rng: random.Random, digits: int, zeros: bool = True) -> int:
    """A random whole number with exactly this many digits (no zeros at all when zeros is False)."""
    if zeros:
        return rng.randint(10 ** (digits - 1), 10**digits - 1)
    return int("".join(str(rng.randint(1, 9)) for _ in range(digits)))


def make(
    prompt: str,
    answer: Answer,
    steps: Sequence[str],
    style: str,
    check: str,
    working: str | None = None,
    predicted: Sequence[Predicted] = (),
    depth: str | None = None,
) -> Item:
    """An Item whose solution ends at the key (an 'Answer:' line is added unless the last step shows it).

    The key is marked as the prompt prints it (see as_printed): a unit beside the box need not be written.
    """
    answer = as_printed(prompt, answer)
    steps = list(steps)
    if not steps or answer.format() not in steps[-1]:
        steps.append(f"Answer: {answer.format()}")
    return Item(
        prompt=prompt,
        answer=answer,
        solution=tuple(steps),
        style=style,
        check=check,
        working=working,
        misconceptions=tuple(predicted),
        depth=depth,
    )


# Where a prompt names the unit of its answer, most specific first: the unit printed after the box ('□ cm',
# '□ °C'), the unit asked for ('How many grams …'), the unit to answer in ('Give your answer in grams', 'in °C').
_NAMED_UNIT = (
    re.compile(r"□ ?(°C|°|[^\W\d_]+)"),
    re.compile(r"\bhow many ([^\W\d_]+)", re.IGNORECASE),
    re.compile(r"\bin (°C|[^\W\d_]+)(?![^\W\d_])"),
)
_BOX_IN_A_SUM = re.compile(r"□ ?[×÷+−=]|[×÷+−] ?□")  # '40 × □ + 25 = 105': the box holds a bare number
_CLOCKS = {"24": re.compile(r"24-hour"), "12": re.compile(r"12-hour|\b(?:am or pm|with (?:am|pm))\b")}


def named_unit(prompt: str) -> str | None:
    """The one unit the prompt names for its answer ('□ cm', 'how many grams', 'in °C'), or None."""
    for pattern in _NAMED_UNIT:
        units = {unit for word in pattern.findall(prompt) if (unit := unit_called(word))}
        if units:
            return units.pop() if len(units) == 1 else None
    return None


def as_printed(prompt: str, answer: Answer) -> Answer:
    """The key marked as the prompt prints it, as KS2 mark schemes do.

    A measure needs no unit when the prompt names its unit ('Its radius is □ cm', 'Give your answer in grams')
    or its box stands in a number sentence ('40 × □ + 25 = 105'); a number may be written with the unit the
    prompt counts it in ('7/8 m', '−4 °C'); a time of day keeps to the clock the prompt asks for, if it asks.
    """
    if isinstance(answer, Measure):
        if answer.unit_required and (named_unit(prompt) == answer.unit or _BOX_IN_A_SUM.search(prompt)):
            return dataclasses.replace(answer, unit_required=False)
        return answer
    if isinstance(answer, (WholeNumber, DecimalNumber, FractionAnswer)) and answer.unit is None:
        unit = named_unit(prompt)
        return dataclasses.replace(answer, unit=unit) if unit else answer
    if isinstance(answer, TimeOfDay) and answer.form is None:
        asked = [form for form, pattern in _CLOCKS.items() if pattern.search(prompt)]
        return dataclasses.replace(answer, form=asked[0]) if len(asked) == 1 else answer
    return answer


def sign_of(a: Fraction | int, b: Fraction | int) -> str:
    return "<" if a < b else ">" if a > b else "="


def truth_word(value: bool) -> str:
    return "true" if value else "false"


def place_name(place: int) -> str:
    return PLACE_NAMES[place]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def digit_at(number: int, place: int) -> int:
    return (abs(number) // 10**place) % 10


def without_digit(number: int, place: int) -> int:
    """The number with the digit in one place replaced by 0 (4,725 without its hundreds is 4,025)."""
    return number - digit_at(number, place) * 10**place
