"""Shared by the perimeter_area_volume topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.content.wording import show
from ks2practice.core.steps import Num, Step, rel
from ks2practice.pictures.diagrams import Shape2D, ShapeRow

# Side lengths per level: (shortest, longest) whole units; level 3 also uses halves in metres.
SIDES = {1: (2, 10), 2: (3, 20), 3: (4, 30)}
UNITS = {1: ("cm",), 2: ("cm", "m"), 3: ("cm", "m")}


def _a(number: int) -> str:
    """The article before a number said aloud: 'an 8', 'an 11', 'an 18', otherwise 'a'."""
    return "an" if str(number).startswith("8") or number in (11, 18) else "a"


def _n(value: Fraction | int) -> str:
    return show(Fraction(value))


def verdict(right: Num, claim: Num, what: str) -> Step | str:
    """The last line of a true-or-false item: the claim is what was worked out, or a computed ≠ says it is not."""
    if right == claim:
        return f"That is the {what} in the statement, so the statement is true."
    return Step("So ", rel(right, "≠", claim), ": the statement is false.")


def rectangle(length: Fraction | int, width: Fraction | int, unit: str, labels: str = "all") -> Shape2D:
    """A rectangle drawn to scale; labels 'all' (every side) or 'two' (one length and one width)."""
    vertices = ((0, 0), (length, 0), (length, width), (0, width))
    shown = (length, width, length, width) if labels == "all" else (length, width, None, None)
    return Shape2D(vertices, side_labels=shown, right_angles=(0, 1, 2, 3), unit=unit, name="rectangle")


def rectangles(sides: list[tuple[int, int]], unit: str, captions: tuple[str, ...] = ()) -> ShapeRow:
    """Rectangles side by side to one scale, each with a length and a width labelled, captioned A, B, … unless
    other captions are given."""
    shapes = tuple(rectangle(length, width, unit, "two") for length, width in sides)
    return ShapeRow(shapes, captions=captions or tuple(chr(65 + i) for i in range(len(sides))))


def l_shape(width: int, height: int, cut_w: int, cut_h: int) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """An L-shape: a width × height rectangle with a cut_w × cut_h corner removed (top right).

    Sides in order: bottom, right (lower), step in, step up, top, left.
    """
    vertices = (
        (0, 0),
        (width, 0),
        (width, height - cut_h),
        (width - cut_w, height - cut_h),
        (width - cut_w, height),
        (0, height),
    )
    sides = (width, height - cut_h, cut_w, cut_h, width - cut_w, height)
    return vertices, sides


def _l_numbers(rng: random.Random, level: int) -> tuple[int, int, int, int]:
    low, high = SIDES[level]
    width, height = rng.randint(max(low, 5), high), rng.randint(max(low, 5), high)
    cut_w, cut_h = rng.randint(2, width - 2), rng.randint(2, height - 2)
    return width, height, cut_w, cut_h


def _shape(vertices, labels, unit: str, name_: str, reflex: int | None = 3) -> Shape2D:
    right = tuple(i for i in range(len(vertices)) if i != reflex)
    return Shape2D(vertices, side_labels=labels, right_angles=right, unit=unit, name=name_)


# ---------------------------------------------------------------------- perimeter


def _rectangle_sides(rng: random.Random, level: int) -> tuple[int, int]:
    low, high = SIDES[level]
    while True:
        length = rng.randint(low + 1, high)
        width = rng.randint(low, length - 1) if rng.random() < 0.8 else length
        if length * width != 2 * (length + width):  # 6 by 3 and 4 by 4: area and perimeter are the same number
            return length, width
