"""Shared by the decimals topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Measure, Money, format_decimal
from ks2practice.content import representations as pictures
from ks2practice.content.calculation.common import money
from ks2practice.content.wording import show
from ks2practice.core.model import Item, Level
from ks2practice.pictures.diagrams import Diagram, Marker, NumberLine

# The number ranges per level: largest whole part, decimal places (fewest, most), multipliers.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "equivalents": {
        1: {"denominators": (10, 2, 4)},
        2: {"denominators": (100, 5, 10)},
        3: {"denominators": (1000, 8, 20, 25, 50)},
    },
    "compare": {
        1: {"whole": 9, "places": (1, 2), "mixed": False},
        2: {"whole": 20, "places": (1, 2), "mixed": True},
        3: {"whole": 99, "places": (1, 3), "mixed": True},
    },
    "round": {
        1: {"whole": 30, "places": ((1, 0),)},
        2: {"whole": 99, "places": ((2, 0), (2, 1))},
        3: {"whole": 999, "places": ((3, 1), (3, 2), (2, 1))},
    },
    "add_subtract": {
        1: {"whole": 20, "places": (1, 1)},
        2: {"whole": 50, "places": (1, 2)},
        3: {"whole": 100, "places": (1, 3)},
    },
    "multiply": {
        1: {"places": 1, "whole": 9, "by": (2, 9)},
        2: {"places": 2, "whole": 9, "by": (3, 9)},
        3: {"places": 2, "whole": 40, "by": (11, 25)},
    },
    "context": {
        1: {"people": (13, 60), "size": (3, 10)},
        2: {"people": (100, 600), "size": (12, 60)},
        3: {"people": (300, 2_000), "size": (16, 75)},
    },
}

# ---------------------------------------------------------------------- helpers shared with percentages


def dec(value: Fraction | Decimal | int) -> Decimal:
    """An exact Decimal for a terminating value (never via float)."""
    value = Fraction(value)
    return Decimal(value.numerator) / Decimal(value.denominator)


def fixed(value: Fraction | Decimal | int, places: int) -> str:
    """A decimal written with exactly this many places: 4.5 to 2 places is '4.50'."""
    return format_decimal(Fraction(value), places)


def random_decimal(rng: random.Random, whole: int, places: int, low_whole: int = 0) -> Decimal:
    """A decimal with exactly `places` places (its last digit not 0) and whole part from low_whole to whole."""
    tail = rng.randint(1, 10**places - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10**places - 1)
    return Decimal(rng.randint(low_whole, whole)) + Decimal(tail).scaleb(-places)


def places_of(value: Fraction | Decimal | int) -> int:
    text = format_decimal(Fraction(value))
    return len(text.partition(".")[2])


def offer_pictures(key: str, table: dict[str, dict[int, tuple[str, ...]]]) -> None:
    """Say which pictures suit a topic (pictures.PICTURES is the one table every pictured topic is listed in)."""
    pictures.PICTURES.setdefault(key, table)


def with_pictures(key: str) -> Callable[[Callable[..., tuple[Item, dict[str, Diagram]]]], Callable[..., Item]]:
    """Wrap fn(rng, level, style) -> (item, {kind: picture}) as fn(rng, level, style, representation) -> Item.

    The pictures are built from the numbers already drawn, so asking for one never changes the question.
    """

    def wrap(fn: Callable[..., tuple[Item, dict[str, Diagram]]]) -> Callable[..., Item]:
        @functools.wraps(fn)
        def pictured(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
            item, drawn = fn(rng, level, style)
            fitting = pictures.suitable(key, level, item.style)
            if representation is not None and representation not in fitting:
                others = f"; try {', '.join(fitting)}" if fitting else "; no picture suits this question"
                why = f"a {representation} picture does not suit level {int(level)} {style.replace('_', ' ')} questions"
                raise ValueError(why + others)
            kind = representation or (fitting[0] if fitting else None)
            if kind is None:
                return item
            if kind not in drawn:
                if representation is None:
                    return item
                others = [k for k in fitting if k in drawn]
                try_ = f"try {', '.join(others)}" if others else "no picture suits this question"
                raise ValueError(f"this {style.replace('_', ' ')} question has no {kind} picture; {try_}")
            return replace(item, diagram=drawn[kind])

        return pictured

    return wrap


def line_around(value: Fraction, places: int) -> NumberLine:
    """A number line from the multiple of 10**-places below value to the one above, value marked and labelled."""
    step = Fraction(1, 10**places)
    low = (Fraction(value) // step) * step
    return NumberLine(
        dec(low), dec(low + step), dec(step / 10), labels="ends", points=(Marker(dec(value), show(value)),)
    )


# ---------------------------------------------------------------------- rounding decimals


def round_places(value: Fraction, places: int) -> Fraction:
    """Round half up to this many decimal places (KS2 rounds 5 up)."""
    step = Fraction(1, 10**places)
    return (Fraction(value) / step + Fraction(1, 2)) // 1 * step


def _exact(value: Fraction | Decimal | str) -> Fraction:
    return Fraction(Decimal(value)) if isinstance(value, str) else Fraction(value)


def _whole_pence(wrongs: list[tuple[str, Fraction | None]], unit: str) -> list[tuple[str, Fraction | None]]:
    """Money answers are whole pence: a slip that gives part of a penny is not one a pupil would write."""
    if unit != "money":
        return wrongs
    return [(k, w if w is None or w.denominator == 1 else None) for k, w in wrongs]


def _amount_text(value: Fraction | Decimal, unit: str) -> str:
    return money(int(Fraction(value) * 100)) if unit == "money" else f"{show(value)} {unit}"


def _amount_answer(value: Fraction, unit: str) -> Answer:
    if unit == "money":
        return Money(int(value * 100))
    return Measure(dec(value), unit, unit_required=False)
