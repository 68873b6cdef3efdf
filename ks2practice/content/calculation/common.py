"""Shared by the calculation topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Measure, Money, WholeNumber
from ks2practice.content import contexts
from ks2practice.content.wording import name, number_with_digits, show

# The number ranges per level. Digits are (fewest, most); tables and divisors are the facts used.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "mental_add_subtract": {
        1: {"digits": (3, 3), "changes": (1, 10, 100)},
        2: {"digits": (4, 4), "near": (99, 199, 299, 999, 1_999, 98), "complement": (1_000,)},
        3: {"digits": (5, 6), "near": (999, 9_999, 19_999, 2_998, 99_999), "complement": (10_000, 100_000)},
    },
    "column_addition": {
        1: {"digits": ((3, 3), (2, 3))},
        2: {"digits": ((4, 4), (3, 4))},
        3: {"digits": ((5, 6), (4, 6))},
    },
    "column_subtraction": {1: {"digits": (3, 3)}, 2: {"digits": (4, 5)}, 3: {"digits": (5, 6)}},
    "times_tables": {
        1: {"tables": (2, 3, 4, 5, 8, 10)},
        2: {"tables": (2, 3, 4, 5, 6, 7, 8, 9, 11, 12)},
        3: {"tables": (6, 7, 8, 9, 11, 12)},
    },
    "mental_multiply_divide": {
        1: {"powers": (10, 100), "decimals": False},
        2: {"powers": (10, 100, 1_000), "decimals": True},
        3: {"powers": (10, 100, 1_000), "decimals": True},
    },
    "short_multiplication": {1: {"digits": (2, 2)}, 2: {"digits": (3, 4)}, 3: {"digits": (4, 4)}},
    "long_multiplication": {
        1: {"first": (12, 39), "second": (12, 29)},
        2: {"first": (100, 999), "second": (12, 79)},
        3: {"first": (1_000, 9_999), "second": (13, 99)},
    },
    "short_division": {
        1: {"quotient": (12, 39), "divisors": (2, 3, 4, 5)},
        2: {"quotient": (101, 1_999), "divisors": (3, 4, 6, 7, 8, 9)},
        3: {"quotient": (150, 1_999), "divisors": (11, 12, 15, 25, 6, 7, 8, 9)},
    },
    "long_division": {
        1: {"quotient": (12, 49), "divisors": (11, 12, 13, 15, 21, 25)},
        2: {"quotient": (21, 399), "divisors": tuple(range(12, 50))},
        3: {"quotient": (101, 999), "divisors": (16, 24, 25, 32, 35, 40, 45, 48, 64, 75)},
    },
    "factors_multiples_primes": {
        1: {"numbers": (6, 30)},
        2: {"numbers": (12, 100)},
        3: {"numbers": (30, 150)},
    },
    "squares_cubes": {
        1: {"squares": (2, 10), "cubes": (2, 3)},
        2: {"squares": (4, 12), "cubes": (2, 5)},
        3: {"squares": (11, 15), "cubes": (3, 6)},
    },
    "order_of_operations": {1: {"numbers": (2, 12)}, 2: {"numbers": (2, 20)}, 3: {"numbers": (2, 30)}},
    "estimate_inverse": {1: {"digits": (2, 3)}, 2: {"digits": (3, 4)}, 3: {"digits": (4, 6)}},
}


# ---------------------------------------------------------------------- helpers


def money(pence: int) -> str:
    """An amount of money as printed in a prompt: £3.45, 45p, and whole pounds as £12."""
    if pence >= 100 and pence % 100 == 0:
        return f"£{show(pence // 100)}"
    return Money(pence).format()


def _digits_number(rng: random.Random, low: int, high: int) -> int:
    return number_with_digits(rng, rng.randint(low, high))


def _count_answer(value: int, unit: str) -> Answer:
    if unit == "money":
        return Money(value)
    if unit:
        return Measure(value, unit, unit_required=False)
    return WholeNumber(value)


def _amount(value: int, unit: str) -> str:
    if unit == "money":
        return money(value)
    return f"{show(value)} {unit}" if unit else show(value)


def _word(template: str, rng: random.Random, **numbers: str) -> str:
    who = name(rng)
    return template.format(name=who, name2=name(rng, (who,)), **numbers)


# ---------------------------------------------------------------------- mental × and ÷


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


# ---------------------------------------------------------------------- order of operations


Expression = tuple[str, list, Fraction, list[str]]


# ---------------------------------------------------------------------- the context bank for word problems


def _quantities(spec: str, count: int) -> tuple[str, list[str]]:
    """A template's context, "id:first,second": its id and the quantity each value is (the last one repeated)."""
    context_id, _, names = spec.partition(":")
    listed = names.split(",")
    return context_id, [listed[min(i, len(listed) - 1)] for i in range(count)]


def bank_fits(spec: str, *values: int) -> bool:
    """Whether the context named by spec takes these values (each within its quantity's believable range)."""
    context_id, names = _quantities(spec, len(values))
    context = contexts.get(context_id)
    return all(context[n].holds(v) for n, v in zip(names, values, strict=True))


def bank_use(spec: str, *values: int) -> None:
    """Record the values a word problem used from its context (a quantity used twice is recorded as a series)."""
    context_id, names = _quantities(spec, len(values))
    used: dict[str, list[int]] = {}
    for n, v in zip(names, values, strict=True):
        used.setdefault(n, []).append(v)
    contexts.used(context_id, **{n: vs[0] if len(vs) == 1 else vs for n, vs in used.items()})


def fitting(templates: Sequence[tuple], *values: int) -> list[tuple]:
    """The templates (each ending with its context spec) whose context takes these values."""
    return [t for t in templates if bank_fits(t[-1], *values)]
