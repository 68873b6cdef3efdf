"""Shared by the measures topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, Money, WholeNumber
from ks2practice.content.wording import show
from ks2practice.pictures.diagrams import UNKNOWN, DoubleNumberLine

# (smaller unit, larger unit, how many smaller units make one larger) for each kind of measure, by level
PAIRS: dict[int, tuple[tuple[str, str, int], ...]] = {
    1: (("cm", "m", 100), ("g", "kg", 1000), ("ml", "l", 1000), ("mm", "cm", 10)),
    2: (("cm", "m", 100), ("g", "kg", 1000), ("ml", "l", 1000), ("mm", "cm", 10), ("m", "km", 1000)),
    3: (("g", "kg", 1000), ("ml", "l", 1000), ("m", "km", 1000), ("mm", "m", 1000), ("cm", "m", 100)),
}
KIND = {"mm": "length", "cm": "length", "m": "length", "km": "length", "g": "mass", "kg": "mass"}
KIND |= {"ml": "capacity", "l": "capacity"}
WORDS = {
    "mm": "millimetres",
    "cm": "centimetres",
    "m": "metres",
    "km": "kilometres",
    "g": "grams",
    "kg": "kilograms",
    "ml": "millilitres",
    "l": "litres",
}
# Decimal places of the larger-unit value at each level (1: whole numbers only).
PLACES = {1: 0, 2: 1, 3: 3}


def money(pence: int) -> str:
    """Money as written in a prompt: 85p, £3.45, £5.00."""
    return Money(pence).format()


def number_answer(value: Fraction) -> Answer:
    """A bare number for a box with its unit already printed after it."""
    value = Fraction(value)
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(Decimal(show(value).replace(",", "")))


def measure(value: Fraction, unit: str) -> str:
    return f"{show(value)} {unit}"


def _big_value(rng: random.Random, level: int, factor: int) -> Fraction:
    """A value in the larger unit with the level's decimal places (at most as many as the factor allows)."""
    places = min(PLACES[level], len(str(factor)) - 1)
    if level == 1:
        return Fraction(rng.randint(2, 9 if factor > 10 else 20))
    if level == 2:
        whole = rng.randint(1, 9)
        return whole + Fraction(rng.randint(1, 9), 10)
    digits = rng.randint(1, 10**places - 1)
    if digits % 10 == 0:
        digits += rng.choice((1, 3, 7))
    return rng.randint(0, 4) + Fraction(digits % 10**places or 5, 10**places)


def _decimal(value: Fraction) -> int | Decimal:
    """An exact value as a picture prints it: 3, or 0.75 (never 3/4 for a measure)."""
    return value.numerator if value.denominator == 1 else Decimal(show(value).replace(",", ""))


def unit_label(unit: str) -> str:
    """A unit as a picture's row label: a lone 'l' reads as a 1 or a bar, so litres are written out."""
    return "litres" if unit == "l" else unit


def unit_line(
    big: str, small: str, factor: int, big_value: Fraction | None = None, small_value: Fraction | str | None = None
) -> DoubleNumberLine | None:
    """A double number line of the two units: 0 with 0, 1 big with ``factor`` small, and the item's pair, whose
    value asked is '?' (pass UNKNOWN for it). None when the pair would sit on 0 or on the fact, where the '?' would
    be printed beside its own answer."""
    top: list = [0, 1]
    bottom: list = [0, factor]
    if big_value is not None:
        known = big_value if big_value != UNKNOWN else Fraction(small_value) / factor  # type: ignore[arg-type]
        if known in (0, 1):
            return None
        pair = [
            v if v == UNKNOWN else _decimal(Fraction(v))  # type: ignore[arg-type]
            for v in (big_value, small_value)
        ]
        at = 2 if known > 1 else 1  # keep the line in order: a value under 1 sits between 0 and 1
        top.insert(at, pair[0])
        bottom.insert(at, pair[1])
    return DoubleNumberLine(tuple(top), tuple(bottom), unit_label(big), unit_label(small))
