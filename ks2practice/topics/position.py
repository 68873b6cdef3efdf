"""Position and direction (strand P), Years 4–6: coordinates, translations and reflections on a grid."""

# Levels (design.md §4):
#   coordinates  1: read and plot in the first quadrant, 0–6; 2: first quadrant to 10, the missing vertex of a
#                rectangle; 3: four quadrants, −6 to 6, missing vertices of squares and rectangles.
#   translation  1: one move (left, right, up or down) in the first quadrant; 2: two moves, describe a
#                translation; 3: four quadrants, undo a translation, two translations in a row.
#   reflection   1: in a vertical mirror line in the first quadrant; 2: in a line x = c or y = c; 3: in the
#                axes in four quadrants, and a reflection followed by a translation.

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Choice, Coordinate, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import geometry as geo
from ks2practice.content.wording import bracket, hint, lettered, make, name, show, truth_word
from ks2practice.core.model import Item, Level, Predicted
from ks2practice.core.registry import topic
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


def point_predictions(answer: Coordinate, *candidates: tuple[str, tuple[int, int] | None]) -> tuple[Predicted, ...]:
    """Predicted records for a point key, dropping empty ones, repeats and any equal to the right point."""
    seen = {(answer.x, answer.y)}
    kept = []
    for misconception_id, wrong in candidates:
        if wrong is None or wrong in seen:
            continue
        seen.add(wrong)
        kept.append((misconception_id, Coordinate(*wrong).format()))
    return mis.predictions(answer, *kept)


def grid(level: Level, points: list[tuple[int, int, str]], polygon: bool = False) -> CoordinateGrid:
    low, high = GRID[int(level)]
    return CoordinateGrid(x_range=(low, high), y_range=(low, high), points=tuple(points), polygon=polygon)


def _on_grid(rng: random.Random, level: Level, margin: int = 0) -> tuple[int, int]:
    low, high = GRID[int(level)]
    return rng.randint(low + margin, high - margin), rng.randint(low + margin, high - margin)


def _picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


# ---------------------------------------------------------------------------------- coordinates


@topic(
    "position.coordinates",
    title="Coordinates: read and plot points, complete a polygon (first quadrant, then four quadrants)",
    codes=("4P3a", "4P3b", "6P3"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out"),
)
def coordinates(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _missing_vertex(rng, level, style)
    if style == "odd_one_out":
        return _not_on_line(rng, level, style)
    x, y = _on_grid(rng, level)
    while x == y or (level == Level.GREATER_DEPTH and x >= 0 and y >= 0):
        x, y = _on_grid(rng, level)
    label = rng.choice("ABCDPQ")
    picture = grid(level, [(x, y, label)])
    steps = [
        f"Go along the x-axis first: {label} is at x = {show(x)}.",
        f"Then up (or down) the y-axis: {label} is at y = {show(y)}.",
    ]
    if style == "true_or_false":
        shown = rng.choice([(x, y), (y, x)])
        answer = TrueFalse(shown == (x, y))
        prompt = f"True or false? Point {label} is at {point(*shown)}." + hint(level, "along the corridor, then up.")
        steps.append(f"{label} is at {point(x, y)}, so the statement is {truth_word(shown == (x, y))}.")
        predicted = mis.predictions(answer, ("coordinates_swapped", shown != (x, y)))
        check = f"{bracket(x)} + {bracket(y)} × 100 = {bracket(shown[0])} + {bracket(shown[1])} × 100"
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
    answer = Coordinate(x, y)
    prompt = f"What are the coordinates of point {label}?" + hint(level, "x first (along), then y (up).")
    predicted = point_predictions(answer, ("coordinates_swapped", geo.coordinates_swapped(x, y)))
    return _picture(make(prompt, answer, steps, style, point_check(show(x), bracket(y)), predicted=predicted), picture)


def _missing_vertex(rng: random.Random, level: Level, style: str) -> Item:
    low, high = GRID[int(level)]
    while True:
        ax, ay = _on_grid(rng, level)
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:  # a tilted square: sides (p, q) and (−q, p)
            p, q = rng.randint(1, 3), rng.randint(1, 3)
            u, v = (p, q), (-q, p)
            shape = "square"
        else:
            u = (rng.choice([-1, 1]) * rng.randint(2, 5), 0)
            v = (0, rng.choice([-1, 1]) * rng.randint(2, 5))
            shape = "square" if abs(u[0]) == abs(v[1]) else "rectangle"
        b = (ax + u[0], ay + u[1])
        c = (b[0] + v[0], b[1] + v[1])
        d = (ax + v[0], ay + v[1])
        corners = [(ax, ay), b, c, d]
        if all(low <= px <= high and low <= py <= high for px, py in corners):
            break
    missing = rng.randint(0, 3)
    names = "ABCD"
    shown = [(px, py, names[i]) for i, (px, py) in enumerate(corners) if i != missing]
    picture = grid(level, shown)
    (px, py), before, after = corners[missing], corners[missing - 1], corners[(missing + 1) % 4]
    opposite = corners[(missing + 2) % 4]
    given = ", ".join(f"{names[i]} {point(*corners[i])}" for i in range(4) if i != missing)
    answer = Coordinate(px, py)
    prompt = (
        f"ABCD is a {shape}. Three of its vertices are {given}. What are the coordinates of {names[missing]}?"
        + hint(level, "the sides of a rectangle are parallel in pairs.")
    )
    steps = [
        f"From {names[(missing + 2) % 4]} to {names[(missing + 1) % 4]} is the same move as from "
        f"{names[(missing + 3) % 4]} to {names[missing]}.",
        f"x: {show(before[0])} + {show(after[0])} − {bracket(opposite[0])} = {show(px)}; "
        f"y: {show(before[1])} + {show(after[1])} − {bracket(opposite[1])} = {show(py)}",
    ]
    check = point_check(
        f"{bracket(before[0])} + {bracket(after[0])} − {bracket(opposite[0])}",
        f"{bracket(before[1])} + {bracket(after[1])} − {bracket(opposite[1])}",
    )
    predicted = point_predictions(answer, ("coordinates_swapped", geo.coordinates_swapped(px, py)))
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _not_on_line(rng: random.Random, level: Level, style: str) -> Item:
    low, high = GRID[int(level)]
    vertical = rng.random() < 0.5
    c = rng.randint(low + 1, high - 1)
    others = rng.sample([n for n in range(low, high + 1) if n != c], 4)
    on_line = [(c, n) if vertical else (n, c) for n in others[:3]]
    odd = (others[3], c) if vertical else (c, others[3])  # the swapped coordinates: not on the line
    position = rng.randint(0, 3)
    points = list(on_line)
    points.insert(position, odd)
    options = tuple(point(*p) for p in points)
    axis, line = ("x", f"x = {show(c)}") if vertical else ("y", f"y = {show(c)}")
    answer = Choice(options, position)
    prompt = (
        f"Three of these points lie on the line {line}. Which point is the odd one out? {lettered(options)}"
        + hint(level, f"on the line {line} every point has {axis}-coordinate {show(c)}.")
    )
    index = 0 if vertical else 1
    steps = [
        f"Every point on the line {line} has {axis}-coordinate {show(c)}.",
        f"{point(*odd)} has {axis}-coordinate {show(odd[index])}, so it is not on the line.",
    ]
    return make(prompt, answer, steps, style, f"{bracket(odd[index])} ≠ {bracket(c)}")


# ---------------------------------------------------------------------------------- translation

_MOVES = {"right": (1, 0), "left": (-1, 0), "up": (0, 1), "down": (0, -1)}


def describe_move(dx: int, dy: int) -> str:
    parts = []
    if dx:
        parts.append(f"{abs(dx)} {'right' if dx > 0 else 'left'}")
    if dy:
        parts.append(f"{abs(dy)} {'up' if dy > 0 else 'down'}")
    return " and ".join(parts)


def _translation(rng: random.Random, level: Level) -> tuple[int, int, int, int]:
    """A start point and a move that keeps it on the grid; one direction only at level 1."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        dx, dy = rng.randint(-5, 5), rng.randint(-5, 5)
        if level == Level.WORKING_TOWARDS:
            dx, dy = (dx, 0) if rng.random() < 0.5 else (0, dy)
        elif dx == 0 or dy == 0:
            continue
        if (dx or dy) and low <= x + dx <= high and low <= y + dy <= high and (x - dx, y - dy) != (x + dx, y + dy):
            if level == Level.GREATER_DEPTH and min(x, y, x + dx, y + dy) >= 0:
                continue
            return x, y, dx, dy


@topic(
    "position.translation",
    title="Translations: move a point or shape left, right, up and down",
    codes=("4P2", "5P2", "6P2"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
)
def translation(rng: random.Random, level: Level, style: str) -> Item:
    x, y, dx, dy = _translation(rng, level)
    nx, ny = x + dx, y + dy
    move = describe_move(dx, dy)
    if style == "missing_number":
        answer_move = WholeNumber(abs(dx) if dx else abs(dy))
        which = ("right" if dx > 0 else "left") if dx else ("up" if dy > 0 else "down")
        prompt = (
            f"Point A {point(x, y)} is translated to A′ {point(nx, ny)}. How many squares "
            f"{'right' if dx > 0 else 'left'} has it moved?"
            if dx
            else f"Point A {point(x, y)} is translated to A′ {point(nx, ny)}. How many squares "
            f"{'up' if dy > 0 else 'down'} has it moved?"
        ) + hint(level, "compare the x-coordinates (or the y-coordinates).")
        first, second = (nx, x) if dx else (ny, y)
        steps = [
            f"It moved {which}: {show(max(first, second))} − {bracket(min(first, second))} = {answer_move.format()}"
        ]
        check = f"{bracket(max(first, second))} − {bracket(min(first, second))}"
        picture = grid(level, [(x, y, "A"), (nx, ny, "A′")])
        return _picture(make(prompt, answer_move, steps, style, check), picture)
    if style == "true_or_false":
        wrong = geo.translation_wrong_direction(x, y, dx, dy)
        shown = rng.choice([(nx, ny), wrong])
        truth = shown == (nx, ny)
        answer = TrueFalse(truth)
        prompt = f"True or false? Translating {point(x, y)} {move} gives {point(*shown)}." + hint(
            level, "right and up add; left and down subtract."
        )
        steps = [
            f"x: {show(x)} + {bracket(dx)} = {show(nx)}; y: {show(y)} + {bracket(dy)} = {show(ny)}",
            f"So it is {truth_word(truth)}.",
        ]
        check = (
            f"{bracket(x)} + {bracket(dx)} + ({bracket(y)} + {bracket(dy)}) × 100 = "
            f"{bracket(shown[0])} + {bracket(shown[1])} × 100"
        )
        predicted = mis.predictions(answer, ("translation_wrong_direction", not truth))
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        # Undo: the image is known, find where it started.
        answer = Coordinate(x, y)
        prompt = f"A point is translated {move}. It lands on {point(nx, ny)}. Where did it start?"
        steps = [
            f"Undo the move: go back {describe_move(-dx, -dy)}.",
            f"x: {show(nx)} − {bracket(dx)} = {show(x)}; y: {show(ny)} − {bracket(dy)} = {show(y)}",
        ]
        check = point_check(f"{bracket(nx)} − {bracket(dx)}", f"{bracket(ny)} − {bracket(dy)}")
        predicted = point_predictions(answer, ("translation_wrong_direction", (nx + dx, ny + dy)))
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), grid(level, [(nx, ny, "B")]))
    answer = Coordinate(nx, ny)
    predicted = point_predictions(
        answer,
        ("translation_wrong_direction", geo.translation_wrong_direction(x, y, dx, dy)),
        ("coordinates_swapped", geo.coordinates_swapped(nx, ny)),
    )
    steps = [f"x: {show(x)} + {bracket(dx)} = {show(nx)}; y: {show(y)} + {bracket(dy)} = {show(ny)}"]
    check = point_check(f"{bracket(x)} + {bracket(dx)}", f"{bracket(y)} + {bracket(dy)}")
    if style == "word_problem":
        who = name(rng)
        thing = rng.choice(["a robot", "a counter", "a treasure marker", "a toy car"])
        prompt = f"On a map grid, {who} puts {thing} at {point(x, y)}, then slides it {move}. Where is it now?" + hint(
            level, "right and up make the numbers bigger."
        )
        return make(prompt, answer, steps, style, check, predicted=predicted)
    prompt = f"Point P is at {point(x, y)}. It is translated {move}. Where is P now?" + hint(
        level, "right and up make the numbers bigger."
    )
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), grid(level, [(x, y, "P")]))


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
