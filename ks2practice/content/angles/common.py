"""Shared by the angles topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

from dataclasses import replace

from ks2practice.answers.kinds import Measure
from ks2practice.core.model import Item


def with_picture(item: Item, diagram: object) -> Item:
    return item if diagram is None else replace(item, diagram=diagram)


def degrees(value: int) -> Measure:
    return Measure(value, "°", unit_required=False)
