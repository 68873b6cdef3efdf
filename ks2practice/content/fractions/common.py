"""Shared by the fractions topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from fractions import Fraction

from ks2practice.answers.kinds import FractionAnswer
from ks2practice.content.wording import show
from ks2practice.core.model import Item, Level
from ks2practice.core.number_words import words as number_words
from ks2practice.core.steps import Num, q, render
from ks2practice.pictures.diagrams import FractionAreaModel, SharedFractionBar

# The numbers per level each topic reads: denominators, how many parts make the amount, the whole numbers.
RANGES: dict[str, dict[int, dict[str, tuple[int, ...]]]] = {
    "fractions_of_amounts": {
        1: {"dens": (2, 3, 4, 5, 8, 10), "part": (2, 10), "top": (1, 3)},
        2: {"dens": (3, 4, 5, 6, 7, 8, 9, 10, 12), "part": (2, 12), "top": (2, 11)},
        3: {"dens": (6, 7, 8, 9, 12, 15, 20, 25), "part": (5, 40), "top": (2, 24)},
    },
    "counting_in_fractions": {1: {"dens": (10, 5, 6, 8)}, 2: {"dens": (100, 10)}, 3: {"dens": (3, 4, 5, 6, 8, 10)}},
    "equivalent_fractions": {
        1: {"dens": (2, 3, 4, 5, 6), "times": (2, 4)},
        2: {"dens": (2, 3, 4, 5, 6, 8, 10, 20, 25, 50), "times": (2, 10)},
        3: {"dens": (3, 4, 5, 6, 7, 8, 9, 10, 12), "times": (3, 12)},
    },
    "compare_order_fractions": {1: {"dens": (2, 12)}, 2: {"dens": (2, 12)}, 3: {"dens": (2, 12)}},
    "mixed_improper": {
        1: {"dens": (2, 5), "wholes": (1, 3)},
        2: {"dens": (3, 12), "wholes": (1, 9)},
        3: {"dens": (5, 15), "wholes": (4, 25)},
    },
}

UNIT_NAMES = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    10: ("tenth", "tenths"),
    12: ("twelfth", "twelfths"),
    100: ("hundredth", "hundredths"),
}


# ---------------------------------------------------------------------- shared helpers


def fr(n: int, d: int) -> str:
    """A fraction as written, not simplified: 6/8 stays 6/8."""
    return f"{n}/{d}"


def unit(d: int, plural: bool = False) -> str:
    return UNIT_NAMES[d][1 if plural else 0]


def choose(rng: random.Random, level: Level, key: str, field: str = "dens") -> int:
    return rng.choice(RANGES[key][int(level)][field])


def between(rng: random.Random, level: Level, key: str, field: str) -> int:
    low, high = RANGES[key][int(level)][field]
    return rng.randint(low, high)


def with_picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram) if diagram is not None else item


# Pictures of a fraction of an amount: the whole bar (or line) is the amount, cut into d equal parts. Which kinds
# suit which levels and styles is added to the shared table in content/representations.py, so the registry-wide picture
# tests know them; a comparison or a missing whole would need two pictures or give the answer away.
_AMOUNT_STYLES = ("fluency", "spot_the_mistake", "word_problem", "two_step_word_problem")


# ---------------------------------------------------------------------- counting in fractions


def written(n: int, d: int) -> str:
    """A count of n d-ths as a pupil writes it while counting: 0, 7/10, 2, 1 3/10 (never simplified)."""
    whole, rest = divmod(n, d)
    if rest == 0:
        return show(whole)
    return f"{whole} {rest}/{d}" if whole else f"{rest}/{d}"


# ---------------------------------------------------------------------- fractions in worked steps

# A Step holds exact values, so 6/10 is held as 3/5: a fraction as written (not simplified) is said as a count of
# its parts, "6 tenths", and the relations are written on the numerators (6 + 2 = 8) and on the values.

_ORDINAL = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def parts_name(d: int, plural: bool = True) -> str:
    """The name of a d-th part: half, thirds, twelfths, forty-fifths, hundredths (past 100: parts of size 1/108)."""
    if d in UNIT_NAMES:
        return unit(d, plural)
    if d > 100:  # "one hundred and eighths" reads as 100 and 1/8
        return f"{'parts' if plural else 'part'} of size 1/{d}"
    words = number_words(d)  # d ≤ 100 here
    head, sep, last = words.rpartition("-") if "-" in words else words.rpartition(" ")
    if last in _ORDINAL:
        last = _ORDINAL[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last + ("s" if plural else "")


def counted(k: int, d: int) -> str:
    """k parts of size 1/d, said: "8 tenths", "1 fifth", "70 twelfths"."""
    return f"{show(k)} {parts_name(d, k != 1)}"


def fq(value: Fraction | int, unit: str = "", mixed: bool = True) -> Num:
    """A fraction as a step value: 3/4, or 1 2/3 when it is more than one (mixed=False: 5/3); with a unit: 3/4 km."""
    value = Fraction(value)
    if value.denominator == 1:
        return q(value.numerator, unit)
    return q(value, unit, mixed=mixed and abs(value) > 1)  # only a mixed number is bracketed as an operand


def as_written(value: Fraction | int, text: str, unit: str = "") -> Num | None:
    """The value as a step value when a step writes it as the question does (2/3 stays 2/3; 6/10 would be 3/5)."""
    for mixed in (True, False):
        if render(fq(value, mixed=mixed)) == text:
            return fq(value, unit, mixed=mixed)
    return None


@dataclass(frozen=True)
class CountedFraction(FractionAnswer):
    """A fraction keyed as a count in d-ths writes it: 3 8/10 in a count of tenths, never 3 4/5 (every equal
    fraction is still marked right, as for any FractionAnswer)."""

    parts: int = 1

    def format(self) -> str:
        count = Fraction(self.value) * self.parts
        if count.denominator != 1:
            return super().format()
        return written(int(count), self.parts)


def area_of(x: Fraction, y: Fraction) -> FractionAreaModel | None:
    """x × y as an area model (x shaded in columns, y hatched in rows, the overlap '?'), when both are proper
    fractions with denominators up to 12 (a fraction times a fraction is met at greater depth only, so at every
    level that draws one)."""
    if not all(0 < f <= 1 and f.denominator <= 12 for f in (x, y)):
        return None
    return FractionAreaModel(x, y)


def shared_bar(n: int, d: int, k: int, level: Level) -> SharedFractionBar | None:
    """n/d ÷ k as a bar of d parts, n shaded, each part split into k and one share bracketed '?', below greater
    depth and when the pieces fit (d × k at most 60)."""
    if level == Level.GREATER_DEPTH or not (2 <= d <= 12 and 1 <= n <= d and 2 <= k <= 10 and d * k <= 60):
        return None
    return SharedFractionBar(d, n, k)
