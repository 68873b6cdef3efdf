"""Shared by the position topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Coordinate
from ks2practice.content import misconceptions as mis
from ks2practice.content.wording import show
from ks2practice.core.model import Item, Level, Predicted
from ks2practice.core.steps import Expr, add, sub
from ks2practice.pictures.diagrams import CoordinateGrid

GRID = {1: (0, 6), 2: (0, 10), 3: (-6, 6)}
"""The x and y range of the grid at each level: first quadrant, then all four quadrants at greater depth."""


def point(x: int, y: int) -> str:
    """A point as printed in a prompt: (3, −2)."""
    return f"({show(x)}, {show(y)})"


def point_check(x_expr: str, y_expr: str) -> str:
    """A Coordinate check: one expression worth x × 1000 + y, so any KS2-notation evaluator can confirm the point
    (grid coordinates stay within ±20, so the code is one-to-one)."""
    return f"({x_expr}) × 1000 + ({y_expr})"


def point_predictions(answer: Coordinate, *applied: mis.Applied | None) -> tuple[Predicted, ...]:
    """Predicted records for a point key, from mechanisms applied to the item's own numbers (each asked for the
    point written, ``point=True``), dropping empty ones, repeats and any equal to the right point."""
    seen = {answer.format()}
    kept = []
    for one in applied:
        wrong = None if one is None else one.wrong()
        if wrong is None or wrong in seen:
            continue
        seen.add(wrong)  # type: ignore[arg-type]
        kept.append(one)
    return mis.predictions(answer, *kept)


def grid(level: Level, points: list[tuple[int, int, str]], polygon: bool = False, **more: object) -> CoordinateGrid:
    """The level's grid with these points; ``more`` passes a mirror line, translation, image or asked points."""
    low, high = GRID[int(level)]
    return CoordinateGrid(x_range=(low, high), y_range=(low, high), points=tuple(points), polygon=polygon, **more)


def mirrored(level: Level, points: list[tuple[int, int, str]], axis: str, c: int, *, ask: bool) -> CoordinateGrid:
    """Points and the mirror line x = c (axis 'x') or y = c, with the image named with primes; ``ask`` hides the
    image (it is the answer) and shows '?' instead."""
    image = [((2 * c - x, y) if axis == "x" else (x, 2 * c - y)) + (f"{n}′" if n else "",) for x, y, n in points]
    asked = tuple(range(len(points))) if ask else ()
    return grid(level, points, len(points) > 2, mirror=(axis, c), image=tuple(image), asked=asked)


def _on_grid(rng: random.Random, level: Level, margin: int = 0) -> tuple[int, int]:
    low, high = GRID[int(level)]
    return rng.randint(low + margin, high - margin), rng.randint(low + margin, high - margin)


def _picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


# ---------------------------------------------------------------------------------- translation

_MOVES = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1)}


def describe_move(dx: int, dy: int) -> str:
    parts = []
    if dx:
        parts.append(f"{abs(dx)} {'right' if dx > 0 else 'left'}")
    if dy:
        parts.append(f"{abs(dy)} {'up' if dy > 0 else 'down'}")
    return " and ".join(parts)


def moved(value: int, by: int) -> Expr:
    """A coordinate moved by a step, as KS2 writes it: 5 + 2 for right or up, 5 − 2 for left or down."""
    return add(value, by) if by >= 0 else sub(value, -by)


def moving(level: Level, start: tuple[int, int], move: tuple[int, int], name: str = "") -> CoordinateGrid:
    """A point, and its move drawn as an arrow from a corner of the grid (an arrow from the point itself would
    land on the answer); the image, which the pupil finds, shows as '?'."""
    low, high = GRID[int(level)]
    dx, dy = move
    xs = (low, high - dx) if dx >= 0 else (high, low - dx)
    ys = (low, high - dy) if dy >= 0 else (high, low - dy)
    corner = next((sx, sy) for sx in xs for sy in ys if (sx, sy) != start)
    image = ((start[0] + dx, start[1] + dy, f"{name}′" if name else ""),)
    return grid(level, [(*start, name)], translation=move, arrow=True, arrow_from=corner, image=image, asked=(0,))
