"""Shared by the statistics topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Answer, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.wording import show
from ks2practice.core.model import Item
from ks2practice.core.steps import Num, q


def _drawn(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


def _sum_check(values: list[int] | tuple[int, ...]) -> str:
    return " + ".join(show(v) for v in values)


# ---------------------------------------------------------------------- contexts


class Context:
    """What a chart counts: its heading, categories, the question stem and the unit of an answer."""

    def __init__(self, heading: str, stem: str, noun: str, categories: tuple[str, ...], unit: str = "") -> None:
        self.heading, self.stem, self.noun, self.categories, self.unit = heading, stem, noun, categories, unit

    def ask(self, category: str) -> str:
        return self.stem.format(c=category)

    def answer(self, value: int | Fraction) -> Answer:
        # A plain number, the unit named in the question: a Measure would call a slip by a factor of 10 (2 for
        # 20 mm) "the right amount in cm" and hide the misconception behind a units message.
        return WholeNumber(int(value))

    def amount(self, value: int | Fraction) -> Num:
        """A value as a step writes it, with the chart's unit (14 mm of rain; a plain 14 for a count)."""
        return q(value, self.unit)

    def pick(self, rng: random.Random, count: int) -> tuple[str, ...]:
        if self.categories[0] in ("Monday", "January"):  # days and months keep their order
            first = rng.randrange(len(self.categories) - count + 1)
            return self.categories[first : first + count]
        return tuple(rng.sample(self.categories, count))


COUNTS = (
    Context(
        "Favourite fruit",
        "How many children chose {c}?",
        "children",
        ("Apple", "Banana", "Grapes", "Orange", "Pear", "Mango"),
    ),
    Context(
        "After-school clubs",
        "How many pupils go to {c} club?",
        "pupils",
        ("Football", "Choir", "Chess", "Art", "Coding", "Netball"),
    ),
    Context(
        "Birds seen in a garden",
        "How many {c} were seen?",
        "birds",
        ("Robins", "Blackbirds", "Sparrows", "Blue tits", "Magpies", "Pigeons"),
    ),
    Context(
        "Cakes sold at the school fair",
        "How many cakes were sold on {c}?",
        "cakes",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    ),
    Context(
        "Library books borrowed",
        "How many books did {c} borrow?",
        "books",
        ("Year 3", "Year 4", "Year 5", "Year 6"),
    ),
    Context(
        "Favourite sport",
        "How many children chose {c}?",
        "children",
        ("Football", "Swimming", "Tennis", "Cricket", "Netball", "Rugby"),
    ),
)


def _bar_slips(value: int, step: int) -> tuple[mis.Applied, ...]:
    return (mis.scale_read_as_one.on(value, step), mis.between_gridlines_lower.on(value, step))
