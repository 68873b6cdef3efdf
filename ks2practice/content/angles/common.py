"""Shared by the angles topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Measure
from ks2practice.core.model import Item
from ks2practice.core.steps import Num, Relation, q, rel


def with_picture(item: Item, diagram: object) -> Item:
    return item if diagram is None else replace(item, diagram=diagram)


def degrees(value: int) -> Measure:
    return Measure(value, "°", unit_required=False)


def deg(value: int | Fraction) -> Num:
    """An angle as a step writes it: 65°."""
    return q(value, "°")


def kind_relation(a: int) -> Relation | None:
    """The relation that shows what kind of angle a° is (None for a right angle or a straight line, which are
    exactly 90° or 180°): 35° < 90°; 90° < 120° < 180°; 180° < 200° < 360°."""
    if a < 90:
        return rel(deg(a), "<", deg(90))
    if 90 < a < 180:
        return rel(deg(90), "<", deg(a), "<", deg(180))
    if 180 < a < 360:
        return rel(deg(180), "<", deg(a), "<", deg(360))
    return None
