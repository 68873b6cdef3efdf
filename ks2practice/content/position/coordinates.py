"""Coordinates: read and plot points, complete a polygon (first quadrant, then four quadrants)."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice, Coordinate, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.grammar import count
from ks2practice.content.position.common import GRID, _on_grid, _picture, grid, point, point_check, point_predictions
from ks2practice.content.reasoning import explain_claim, odd_one_out
from ks2practice.content.wording import bracket, hint, lettered, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, rel, sub

# ---------------------------------------------------------------------------------- coordinates


@topic(
    "position.coordinates",
    title="Coordinates: read and plot points, complete a polygon (first quadrant, then four quadrants)",
    codes=("4P3a", "4P3b", "6P3"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "explain"),
)
def coordinates(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return _explain(rng, level)
    if style == "missing_number":
        return _missing_vertex(rng, level, style)
    if style == "odd_one_out":
        return _not_on_line(rng, level, style)
    if style == "fluency" and level == Level.GREATER_DEPTH and rng.random() < 0.6:
        return _halfway(rng, level, style)
    if style == "true_or_false" and level == Level.GREATER_DEPTH and rng.random() < 0.6:
        return _described(rng, style)
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
        predicted = mis.predictions(answer, mis.coordinates_swapped.on(x, y, claimed=shown))
        check = f"{bracket(x)} + {bracket(y)} × 100 = {bracket(shown[0])} + {bracket(shown[1])} × 100"
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
    answer = Coordinate(x, y)
    prompt = f"What are the coordinates of point {label}?" + hint(level, "x first (along), then y (up).")
    predicted = point_predictions(answer, mis.coordinates_swapped.on(x, y, point=True))
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
    # the three known corners in order round the shape, joined by the two sides they share
    shown = [(*corners[i % 4], names[i % 4]) for i in range(missing + 1, missing + 4)]
    picture = grid(level, shown, True, closed=False)
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
        Step(
            "x: ",
            eq(sub(add(before[0], after[0]), opposite[0]), px),
            "; y: ",
            eq(sub(add(before[1], after[1]), opposite[1]), py),
        ),
    ]
    if level == Level.GREATER_DEPTH:  # the move itself, worked (a tilted side moves along and up at once)
        steps.insert(
            1,
            Step(
                f"From {names[(missing + 2) % 4]} to {names[(missing + 1) % 4]}: ",
                eq(sub(after[0], opposite[0]), after[0] - opposite[0]),
                " along and ",
                eq(sub(after[1], opposite[1]), after[1] - opposite[1]),
                " up (a minus number means left or down).",
            ),
        )
    check = point_check(
        f"{bracket(before[0])} + {bracket(after[0])} − {bracket(opposite[0])}",
        f"{bracket(before[1])} + {bracket(after[1])} − {bracket(opposite[1])}",
    )
    predicted = point_predictions(answer, mis.coordinates_swapped.on(px, py, point=True))
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _not_on_line(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.GREATER_DEPTH:
        return _same_distance(rng, style)
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
        Step(
            f"{point(*odd)} has {axis}-coordinate {show(odd[index])}: ",
            rel(odd[index], "≠", c),
            ", so it is not on the line.",
        ),
    ]
    item = make(prompt, answer, steps, style, f"{bracket(odd[index])} ≠ {bracket(c)}")
    # the four options marked with their letters, to read off the grid
    return _picture(item, grid(level, [(*p, chr(65 + i)) for i, p in enumerate(points)]))


def _explain(rng: random.Random, level: Level) -> Item:
    """Judge a claimed point, x then y (levels 1–2), or at greater depth the claim that (a, b) and (b, a) are the
    same point because they use the same numbers."""
    who = name(rng)
    x, y = _on_grid(rng, level)
    while abs(x) == abs(y) or (level == Level.GREATER_DEPTH and ((x >= 0 and y >= 0) or 0 in (x, y))):
        x, y = _on_grid(rng, level)
    if level == Level.GREATER_DEPTH:
        picture = grid(level, [(x, y, "P"), (y, x, "Q")])
        steps = [
            f"P {point(x, y)} is {_along(x)} and {_up(y)}.",
            f"Q {point(y, x)} is {_along(y)} and {_up(x)}.",
            Step("The first numbers differ, ", rel(x, "≠", y), ", so P and Q are in different places:"),
            Step(
                "from P to Q is ",
                eq(sub(y, x), y - x),
                " along and ",
                eq(sub(x, y), x - y),
                " up (a minus number means left or down).",
            ),
        ]
        item = explain_claim(
            who,
            f"{point(x, y)} and {point(y, x)} are the same point, because they use the same numbers.",
            False,
            steps,
            "the first number says how far along the x-axis and the second how far up or down the y-axis, so "
            "swapping them moves the point unless the two numbers are equal.",
            f"{bracket(x)} = {bracket(y)}",  # the claim (the same point needs x = y): false
            slips=[mis.coordinates_swapped.on(x, y, claimed=(y, x))],
        )
        return _picture(item, picture)
    label = rng.choice("ABCDPQ")
    picture = grid(level, [(x, y, label)])
    shown = rng.choice([(x, y), (y, x)])
    right = shown == (x, y)
    steps = [
        f"Go along the x-axis first: {label} is at x = {show(x)}.",
        f"Then up the y-axis: {label} is at y = {show(y)}.",
    ]
    if not right:
        steps.append(Step("So the x-coordinate is ", show(x), ", and ", rel(x, "≠", shown[0]), "."))
    item = explain_claim(
        who,
        f"Point {label} is at {point(*shown)}.",
        right,
        steps,
        "coordinates give the distance along the x-axis first, then the distance up the y-axis; "
        + (f"{label} is {x} along and {y} up." if right else f"{who} has written them the wrong way round."),
        f"{x} = {shown[0]}",  # the claim: true exactly when the child is right
        slips=[mis.coordinates_swapped.on(x, y, claimed=shown)],
        hint=hint(level, "along the corridor, then up the stairs."),
    )
    return _picture(item, picture)


def _along(x: int) -> str:
    return f"{abs(x)} {'right' if x >= 0 else 'left'} along the x-axis"


def _up(y: int) -> str:
    return f"{abs(y)} {'up' if y >= 0 else 'down'}"


def _halfway(rng: random.Random, level: Level, style: str) -> Item:
    """Greater depth: the point halfway along a horizontal or vertical line across an axis, from the distance
    between the ends (not from reading a grid)."""
    low, high = GRID[int(level)]
    fixed = rng.randint(low + 1, high - 1)
    while True:
        a, b = sorted(rng.sample(range(low, high + 1), 2))
        if (b - a) % 2 == 0 and a < 0 < b and b - a >= 4:
            break
    middle = a + (b - a) // 2
    across = rng.random() < 0.5
    start, end, found = (
        ((a, fixed), (b, fixed), (middle, fixed)) if across else ((fixed, a), (fixed, b), (fixed, middle))
    )
    axis = "x" if across else "y"
    prompt = (
        f"A line joins A {point(*start)} and B {point(*end)}. M is exactly halfway between A and B. What are the "
        "coordinates of M?"
    )
    steps = [
        f"Only the {axis}-coordinate changes, from {show(a)} to {show(b)}.",
        Step(
            "The distance from A to B: ", eq(sub(b, a), b - a), "; half of it: ", eq(div(b - a, 2), (b - a) // 2), "."
        ),
        Step(f"M's {axis}-coordinate: ", eq(add(a, (b - a) // 2), middle), "."),
    ]
    answer = Coordinate(*found)
    check = (
        point_check(f"{bracket(a)} + ({bracket(b)} − {bracket(a)}) ÷ 2", bracket(fixed))
        if across
        else point_check(bracket(fixed), f"{bracket(a)} + ({bracket(b)} − {bracket(a)}) ÷ 2")
    )
    predicted = point_predictions(answer, mis.coordinates_swapped.on(*found, point=True))
    return make(prompt, answer, steps, style, check, predicted=predicted)


def _distance(value: int) -> Step:
    """How far a coordinate is from the axis it is measured from, worked from the coordinate: 0 − (−3) = 3."""
    return eq(sub(value, 0), value) if value >= 0 else eq(sub(0, value), -value)


def _same_distance(rng: random.Random, style: str) -> Item:
    """Greater depth: three points the same distance from the y-axis on either side of it (so their x-coordinates
    differ in sign); the odd one has that distance as its y-coordinate instead."""
    d = rng.randint(2, 6)
    xs = [d, -d, rng.choice([d, -d])]
    ys = rng.sample([n for n in range(-6, 7) if abs(n) != d], 3)
    shared = list(zip(xs, ys, strict=True))
    other = rng.choice([n for n in range(-6, 7) if abs(n) not in (d, 0)])
    odd = (other, rng.choice([d, -d]))
    if len({*shared, odd}) < 4:
        return _same_distance(rng, style)
    members = [(point(*p), True) for p in shared] + [(point(*odd), False)]
    steps: list[str | Step] = ["The distance from the y-axis is how far along the x-coordinate is, left or right."]
    steps += [Step(f"{point(*p)}: ", _distance(p[0]), " squares from the y-axis.") for p in [*shared, odd]]
    return odd_one_out(
        rng,
        "Three of these points are the same distance from the y-axis. Which point is the odd one out?",
        members,
        steps,
        f"{abs(other)} ≠ {d}",
    )


def _described(rng: random.Random, style: str) -> Item:
    """Greater depth: a point described by its distances from the axes (drawn without it), judged against a
    claimed point: the right one, or the two numbers swapped."""
    x, y = rng.choice([-1, 1]) * rng.randint(1, 6), rng.choice([-1, 1]) * rng.randint(1, 6)
    while abs(x) == abs(y) or (x > 0 and y > 0):
        x, y = rng.choice([-1, 1]) * rng.randint(1, 6), rng.choice([-1, 1]) * rng.randint(1, 6)
    side = f"{count(abs(x), 'square')} {'right' if x > 0 else 'left'} of the y-axis"
    level_ = f"{count(abs(y), 'square')} {'above' if y > 0 else 'below'} the x-axis"
    shown = rng.choice([(x, y), (y, x)])
    truth = shown == (x, y)
    prompt = f"True or false? The point {side} and {level_} is {point(*shown)}."
    steps = [
        Step(f"{side[0].upper()}{side[1:]}: x = ", eq(add(0, x) if x > 0 else sub(0, -x), x), "."),
        Step(f"{level_[0].upper()}{level_[1:]}: y = ", eq(add(0, y) if y > 0 else sub(0, -y), y), "."),
        f"So the point is {point(x, y)}, x first: the statement is {truth_word(truth)}.",
    ]
    check = f"{bracket(x)} + {bracket(y)} × 100 = {bracket(shown[0])} + {bracket(shown[1])} × 100"
    predicted = mis.predictions(TrueFalse(truth), mis.coordinates_swapped.on(x, y, claimed=shown))
    item = make(prompt, TrueFalse(truth), steps, style, check, predicted=predicted)
    return _picture(item, grid(Level.GREATER_DEPTH, []))  # the axes to count from; the point is for the pupil
