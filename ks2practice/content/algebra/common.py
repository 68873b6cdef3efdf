"""Shared by the algebra topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Money
from ks2practice.content.wording import show

RANGES: dict[str, dict[int, dict[str, tuple[int, int]]]] = {
    "equations": {
        1: {"n": (2, 12), "a": (2, 10)},
        2: {"n": (2, 15), "a": (2, 9), "b": (1, 30)},
        3: {"n": (6, 30), "a": (3, 12), "b": (5, 60)},
    },
    "sequences": {
        1: {"start": (1, 20), "step": (2, 10), "position": (5, 10)},
        2: {"start": (1, 50), "step": (2, 12), "position": (10, 30)},
        3: {"start": (1, 99), "step": (3, 25), "position": (40, 100)},
    },
}


def money(pence: int) -> str:
    """An amount as a prompt says it: £40, £3.50 or 75p."""
    if pence < 100:
        return f"{pence}p"
    return f"£{show(pence // 100)}" if pence % 100 == 0 else Money(pence).format()


def _draw(rng: random.Random, row: dict[str, tuple[int, int]], key: str) -> int:
    low, high = row[key]
    return rng.randint(low, high)
