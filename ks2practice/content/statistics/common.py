"""Shared by the statistics topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Answer, WholeNumber
from ks2practice.content import contexts
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

    def __init__(
        self, heading: str, stem: str, noun: str, categories: tuple[str, ...], where: str, unit: str = ""
    ) -> None:
        self.heading, self.stem, self.noun, self.categories, self.unit = heading, stem, noun, categories, unit
        self.context, self.quantity = where.split(".")  # the bank's context and quantity that bound each value

    @property
    def most(self) -> int:
        """The most one category can believably count (no 450 robins in a garden)."""
        return contexts.get(self.context)[self.quantity].high

    @property
    def least(self) -> int:
        """The least one category believably counts, and never below 1 (a bar of 0 is no bar to read)."""
        return max(1, contexts.get(self.context)[self.quantity].low)

    def record(self, values: list[int] | tuple[int, ...]) -> None:
        contexts.used(self.context, **{self.quantity: list(values)})

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
        "school_survey.children",
    ),
    Context(
        "After-school clubs",
        "How many pupils go to {c} club?",
        "pupils",
        ("Football", "Choir", "Chess", "Art", "Coding", "Netball"),
        "club_roll.pupils",
    ),
    Context(
        "Birds seen in a garden",
        "How many {c} were seen?",
        "birds",
        ("Robins", "Blackbirds", "Sparrows", "Blue tits", "Magpies", "Pigeons"),
        "garden_birds.birds",
    ),
    Context(
        "Cakes sold at a bakery",
        "How many cakes were sold on {c}?",
        "cakes",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
        "bakery_day.cakes",
    ),
    Context(
        "Library books borrowed",
        "How many books did {c} borrow?",
        "books",
        ("Year 3", "Year 4", "Year 5", "Year 6"),
        "library_loans.books",
    ),
    Context(
        "Favourite sport",
        "How many children chose {c}?",
        "children",
        ("Football", "Swimming", "Tennis", "Cricket", "Netball", "Rugby"),
        "school_survey.children",
    ),
)


def _bar_slips(value: int, step: int) -> tuple[mis.Applied, ...]:
    return (mis.scale_read_as_one.on(value, step), mis.between_gridlines_lower.on(value, step))
