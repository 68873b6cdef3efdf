"""Shared by the number topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ks2practice.content import contexts
from ks2practice.content.wording import show

# The number ranges per level. Each topic reads its own row; a pair is (smallest, largest) inclusive.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "place_value": {1: {"digits": (3, 3)}, 2: {"digits": (4, 6)}, 3: {"digits": (6, 7)}},
    "more_or_less": {
        1: {"digits": (3, 3), "steps": (10, 100)},
        2: {"digits": (4, 5), "steps": (10, 100, 1_000)},
        3: {"digits": (5, 7), "steps": (1_000, 10_000, 100_000)},
    },
    "compare_order": {1: {"digits": (2, 3)}, 2: {"digits": (4, 6)}, 3: {"digits": (6, 7)}},
    "rounding": {
        1: {"digits": (2, 3), "places": (10,)},
        2: {"digits": (4, 6), "places": (10, 100, 1_000, 10_000)},
        3: {"digits": (5, 7), "places": (100, 1_000, 10_000, 100_000, 1_000_000)},
    },
    "negative_numbers": {
        1: {"range": (-10, 10), "temperatures": (-10, 10)},
        2: {"range": (-25, 25), "temperatures": (-20, 20)},
        3: {"range": (-60, 60), "temperatures": (-25, 30)},
    },
    "roman_numerals": {1: {"range": (4, 39)}, 2: {"range": (11, 100)}, 3: {"range": (100, 1_000)}},
    "counting_steps": {
        1: {"steps": (2, 3, 4, 5, 8, 10, 50, 100)},
        2: {"steps": (6, 7, 9, 25, 4, 8, 50, 100, 1_000)},
        3: {"steps": (6, 7, 9, 25, 75, 1_000, 10_000, 100_000)},
    },
    "read_write": {
        1: {"range": (100, 999)},
        2: {"range": (1_000, 999_999)},
        3: {"range": (1_000_000, 9_999_999)},
    },
    "number_lines": {
        # (width, equal steps, possible starts): the line runs from start to start + width
        1: {
            "lines": (
                (100, 10, tuple(range(0, 1_000, 100))),
                (50, 5, tuple(range(0, 500, 50))),
                (20, 4, tuple(range(0, 200, 20))),
                (1_000, 10, (0,)),
                (10, 5, tuple(range(0, 100, 10))),
            ),
            "scales": (
                ("jug", 0, 500, 5),
                ("jug", 0, 1_000, 10),
                ("ruler", 0, 20, 4),
                ("ruler", 0, 30, 6),
                ("scale", 0, 100, 10),
                ("scale", 0, 500, 5),
                ("ruler", 0, 10, 5),
            ),
        },
        2: {
            "lines": (
                (1_000, 4, tuple(range(0, 10_000, 1_000))),
                (1_000, 5, tuple(range(0, 10_000, 1_000))),
                (1_000, 10, tuple(range(1_000, 10_000, 1_000))),
                (10_000, 5, tuple(range(0, 90_000, 10_000))),
                (500, 5, tuple(range(1_000, 10_000, 500))),
                (200, 4, tuple(range(1_000, 8_000, 200))),
            ),
            "scales": (
                ("scale", 0, 1_000, 4),
                ("jug", 0, 1_000, 5),
                ("scale", 0, 2_000, 8),
                ("jug", 0, 2_000, 4),
                ("scale", 0, 5_000, 10),
                ("thermometer", -10, 30, 8),
                ("jug", 0, 500, 4),
                ("thermometer", -20, 20, 8),
            ),
        },
        3: {
            "lines": (
                (100, 5, (-20, -40, -60, -80)),
                (60, 6, (-10, -20, -30, -40, -50)),
                (400, 8, (-100, -200, -300)),
                (1_000, 8, (-200, -400, -600, -800)),
                (1_000_000, 8, tuple(range(1_000_000, 9_000_000, 1_000_000))),
                (100_000, 4, tuple(range(100_000, 3_000_000, 100_000))),
                (10_000, 8, tuple(range(10_000, 900_000, 10_000))),
            ),
            "scales": (
                ("thermometer", -30, 30, 6),
                ("thermometer", -40, 60, 5),
                ("weighbridge", 0, 20_000, 8),
                ("jug", 0, 2_000, 8),
                ("thermometer", -20, 40, 12),
                ("weighbridge", 0, 40_000, 8),
                ("weighbridge", 0, 30_000, 12),
                ("thermometer", -15, 45, 12),
            ),
        },
    },
    "digit_cards": {1: {"cards": (3, 3)}, 2: {"cards": (4, 5)}, 3: {"cards": (5, 6)}},
}


# ---------------------------------------------------------------------- word problems told from the context bank


def tell(
    rng: random.Random,
    stories: Sequence[tuple[str, str, dict[str, str]]],
    values: dict[str, int | Sequence[int]],
    **words: str,
) -> str | None:
    """One of the ``stories`` (template, context id, {placeholder: quantity}) whose quantities all hold these
    ``values`` in the context bank, told with them (numbers as KS2 prints them; ``words`` fill the rest) and recorded
    as used; None when no story fits. A placeholder that starts with '_' is checked and recorded but not printed
    (an answer the story leads to: the beads left in the jar)."""
    fitting = [s for s in stories if _fits(s, values)]
    if not fitting:
        return None
    template, context_id, fields = rng.choice(fitting)
    recorded: dict[str, list[int]] = {}
    for placeholder, quantity in fields.items():
        value = values[placeholder]
        recorded.setdefault(quantity, []).extend(value if isinstance(value, (list, tuple)) else [value])
    contexts.used(context_id, **{q: v[0] if len(v) == 1 else tuple(v) for q, v in recorded.items()})
    shown = {k: show(v) for k, v in values.items() if isinstance(v, int)}
    return template.format(**shown, **words)


def _fits(story: tuple[str, str, dict[str, str]], values: dict[str, int | Sequence[int]]) -> bool:
    _, context_id, fields = story
    context = contexts.get(context_id)
    for placeholder, quantity in fields.items():
        value = values.get(placeholder)
        if value is None:
            return False
        for v in value if isinstance(value, (list, tuple)) else (value,):
            if not context[quantity].holds(v):
                return False
    return True
