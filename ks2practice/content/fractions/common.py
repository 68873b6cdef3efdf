"""Shared by the fractions topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.content.wording import show
from ks2practice.core.model import Item, Level

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
