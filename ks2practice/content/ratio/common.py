"""Shared by the ratio topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from ks2practice.core.model import Item
from ks2practice.pictures.diagrams import Diagram

PICTURES = ("ratio_table", "double_number_line")
OFFERED = {
    "ratio.scaling": PICTURES,
    "ratio.unequal_sharing": ("bar_model", "ratio_table"),
    "ratio.scale_factors": ("shape_row", "shape_2d"),
}
# Which pictures suit which levels and styles, in the shared table the registry-wide picture tests read (a best-buy
# comparison has no picture; a missing part of a ratio is a table, a "how many more" story a bar model).
_SCALED = ("fluency", "missing_number", "word_problem", "true_or_false")


def _picture(
    representation: str | None, fitting: tuple[str, ...], build: dict[str, Diagram | None], item: Item
) -> Item:
    """The item with the picture asked for (or the first that fits); asking for one that does not fit fails."""
    here = [k for k in fitting if build.get(k) is not None]
    try_ = f"try {', '.join(here)}" if here else "no picture suits this question"
    if representation is not None and representation not in fitting:
        raise ValueError(
            f"a {representation} picture does not suit this {item.style.replace('_', ' ')} question; {try_}"
        )
    if representation is not None and build.get(representation) is None:
        raise ValueError(f"this question has no {representation} picture; {try_}")
    kind = representation or next((k for k in fitting if build.get(k) is not None), None)
    if kind is None:
        return item
    return replace(item, diagram=build[kind])


def _whole(value: Fraction | None) -> int | None:
    """Only whole values can be predicted as a pupil's answer in pence."""
    return int(value) if value is not None and value.denominator == 1 else None
