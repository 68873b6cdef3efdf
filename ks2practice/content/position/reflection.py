"""Reflections in a mirror line or the axes on a coordinate grid."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Coordinate, TrueFalse
from ks2practice.content.misconceptions import geometry as geo
from ks2practice.content.position.common import (
    GRID,
    _on_grid,
    _picture,
    describe_move,
    grid,
    point,
    point_check,
    point_predictions,
)
from ks2practice.content.wording import bracket, hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

# ---------------------------------------------------------------------------------- reflection


def _reflection(rng: random.Random, level: Level) -> tuple[int, int, str, int]:
    """A point and a mirror line ('x' for a vertical line x = c, 'y' for y = c) with the image on the grid."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        if level == Level.WORKING_TOWARDS:
            axis, c = "x", rng.randint(2, 4)
        elif level == Level.EXPECTED:
            axis, c = rng.choice("xy"), rng.randint(2, 8)
        else:
            axis, c = rng.choice("xy"), rng.choice([0, 0, rng.randint(-3, 3)])
        image = (2 * c - x, y) if axis == "x" else (x, 2 * c - y)
        if image != (x, y) and all(low <= v <= high for v in image):
            return x, y, axis, c


def mirror_name(axis: str, c: int) -> str:
    if c == 0:
        return "the y-axis" if axis == "x" else "the x-axis"
    return f"the line {axis} = {show(c)}"


@topic(
    "position.reflection",
    title="Reflections in a mirror line or the axes on a coordinate grid",
    codes=("5P2", "6P2"),
    styles=("fluency", "true_or_false", "spot_the_mistake", "two_step_word_problem"),
)
def reflection(rng: random.Random, level: Level, style: str) -> Item:
    x, y, axis, c = _reflection(rng, level)
    image = (2 * c - x, y) if axis == "x" else (x, 2 * c - y)
    mirror = mirror_name(axis, c)
    moving, value = ("x", x) if axis == "x" else ("y", y)
    distance = abs(value - c)
    steps = [
        f"{point(x, y)} is {distance} square{'s' if distance != 1 else ''} from {mirror}.",
        f"Its image is the same distance on the other side, so its {moving}-coordinate is "
        f"{show(c)} + {show(c)} − {bracket(value)} = {show(2 * c - value)}; the other coordinate stays the same.",
    ]
    xs, ys = (
        (f"2 × {bracket(c)} − {bracket(x)}", bracket(y))
        if axis == "x"
        else (bracket(x), f"2 × {bracket(c)} − {bracket(y)}")
    )
    check = point_check(xs, ys)
    slips = [
        ("reflection_wrong_distance", _wrong_distance(x, y, axis, c)),
        ("reflection_wrong_axis", geo.reflection_wrong_axis(x, y, axis == "y") if c == 0 else None),
        ("coordinates_swapped", geo.coordinates_swapped(*image)),
    ]
    if style == "true_or_false":
        wrong = next((w for _, w in slips if w and w != image), (image[0] + 1, image[1]))
        shown = rng.choice([image, wrong])
        answer = TrueFalse(shown == image)
        prompt = f"True or false? Reflecting {point(x, y)} in {mirror} gives {point(*shown)}." + hint(
            level, "count the squares to the mirror line."
        )
        statement = f"{xs} + ({ys}) × 100 = {bracket(shown[0])} + {bracket(shown[1])} × 100"
        return make(prompt, answer, [*steps, f"So it is {truth_word(shown == image)}."], style, statement)
    answer = Coordinate(*image)
    predicted = point_predictions(answer, *slips)
    picture = grid(level, [(x, y, "A")])
    if style == "spot_the_mistake":
        wrong = next((w for _, w in slips if w and w != image), (image[0] + 1, image[1]))
        who = name(rng)
        prompt = (
            f"{who} reflected A {point(x, y)} in {mirror} and wrote {point(*wrong)}. {who} has made a "
            f"mistake. What is the right answer?" + hint(level, "count squares to the mirror, then beyond.")
        )
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
    if style == "two_step_word_problem":
        dx = rng.choice([n for n in range(-3, 4) if n])
        low, high = GRID[int(level)]
        if not low <= image[0] + dx <= high:
            dx = -dx
        if image[0] + dx == x and low <= image[0] - dx <= high:
            dx = -dx  # not straight back to where it started
        final = (image[0] + dx, image[1])
        answer = Coordinate(*final)
        who = name(rng)
        prompt = (
            f"{who} designs a game on a grid. A counter at {point(x, y)} is reflected in {mirror}, then "
            f"moved {describe_move(dx, 0)}. Where does the counter end up?"
        )
        steps = [*steps, f"Then {describe_move(dx, 0)}: {show(image[0])} + {bracket(dx)} = {show(final[0])}."]
        predicted = point_predictions(answer, ("translation_wrong_direction", (image[0] - dx, image[1])))
        return make(prompt, answer, steps, style, point_check(f"{xs} + {bracket(dx)}", ys), predicted=predicted)
    prompt = f"Reflect point A {point(x, y)} in {mirror}. What are the coordinates of its image?" + hint(
        level, "the mirror line is the same distance from the point and its image."
    )
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _wrong_distance(x: int, y: int, axis: str, c: int) -> tuple[int, int]:
    if axis == "x":
        return geo.reflection_wrong_distance(x, c), y
    return x, geo.reflection_wrong_distance(y, c)
