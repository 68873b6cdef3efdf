"""Shared by the percentages topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

# The values per level: the fractions whose equivalents are known, the percentages of amounts and the amounts.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "fdp": {
        1: {"denominators": (2, 4, 10, 100)},
        2: {"denominators": (5, 20, 25, 50, 100)},
        3: {"denominators": (8, 20, 25, 50, 200)},
    },
    "of_amount": {
        1: {"percents": (10, 50, 25, 75, 20), "amounts": (10, 200, 10)},
        2: {"percents": tuple(range(5, 100, 5)), "amounts": (20, 600, 20)},
        3: {"percents": tuple(p for p in range(1, 100) if p % 5), "amounts": (100, 2_000, 100)},
    },
    "compare": {
        1: {"totals": (10, 20, 50, 100)},
        2: {"totals": (20, 25, 50, 200, 40)},
        3: {"totals": (40, 80, 250, 300, 400, 500, 16)},
    },
}
