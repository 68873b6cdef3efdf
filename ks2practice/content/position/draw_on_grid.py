"""Drawing on a grid: plot points and join them, complete a polygon, draw a translated or reflected triangle."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Coordinate, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.position.common import GRID, describe_move, grid, moved, point, point_check, point_predictions
from ks2practice.content.wording import bracket, hint, make, show
from ks2practice.core.model import Drawing, Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, sub

Point = tuple[int, int]


def _drawn(item: Item, space: object, completed: object) -> Item:
    """The item with its grid to draw on (shown with the question and printed in the answer space) and the
    completed drawing for the key."""
    return item.drawn_on(Drawing(space, completed))


def _fits(level: Level, points: list[Point]) -> bool:
    low, high = GRID[int(level)]
    return all(low <= x <= high and low <= y <= high for x, y in points)


def _crosses(points: list[Point]) -> bool:
    """Greater depth: the shape reaches into more than one quadrant (a negative coordinate to count across)."""
    return min(x for x, _ in points) < 0 < max(x for x, _ in points) or min(y for _, y in points) < 0


def _named(points: list[Point], names: str) -> list[tuple[int, int, str]]:
    return [(x, y, n) for (x, y), n in zip(points, names, strict=False)]


def _listed(points: list[Point], names: str) -> str:
    return ", ".join(f"{n} {point(*p)}" for p, n in zip(points, names, strict=False))


@topic(
    "position.draw_on_grid",
    title="Draw on a grid: plot points and join them, complete a polygon, translate or reflect a triangle",
    codes=("4P3b", "6P2"),
    styles=("fluency", "missing_number"),
)
def draw_on_grid(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _complete(rng, level, style)
    # Greater depth translates a triangle across the axes: plotting given points, even five of them in four
    # quadrants, is easier than a typical expected-level item and would be drawn again (content/level_fit.py).
    # Reflecting a triangle in a mirror line: a vertical mirror clear of the shape first, either way at level 2,
    # an axis across four quadrants at greater depth.
    draw = rng.random()
    if level == Level.GREATER_DEPTH:
        return _translate(rng, level, style) if draw < 0.5 else _reflect(rng, level, style)
    if level == Level.EXPECTED:
        return (
            _translate(rng, level, style)
            if draw < 0.4
            else _reflect(rng, level, style)
            if draw < 0.7
            else (_plot(rng, level, style))
        )
    return _reflect(rng, level, style) if draw < 0.45 else _plot(rng, level, style)


# ---------------------------------------------------------------------------------- plot and join


def _shape(rng: random.Random, level: Level) -> tuple[str, list[Point]]:
    """A polygon to plot, its first side AB horizontal: a right-angled triangle (3 points), then a trapezium or
    rectangle (4)."""
    low, high = GRID[int(level)]
    while True:
        x0, x1 = sorted(rng.sample(range(low, high + 1), 2))
        y0, y1 = sorted(rng.sample(range(low, high + 1), 2))
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        if level == Level.WORKING_TOWARDS:
            corner = rng.choice([x0, x1])
            name, points = "triangle", [(x0, y0), (x1, y0), (corner, y1)]
        else:
            shift = rng.randint(-2, 2)
            name = "trapezium" if shift else "square" if x1 - x0 == y1 - y0 else "rectangle"
            points = [(x0, y0), (x1, y0), (x1 + shift, y1), (x0, y1)]
        if len(set(points)) == len(points) and _fits(level, points):
            return name, points


def _plot(rng: random.Random, level: Level, style: str) -> Item:
    shape, points = _shape(rng, level)
    names = "ABCD"[: len(points)]
    (ax, ay), (bx, _) = points[0], points[1]
    order = "".join(names) + names[0]
    prompt = (
        f"Plot the points {_listed(points, names)}. Join them in order ({'–'.join(order)}) to "
        f"make a {shape}. How many squares long is side AB?"
        + hint(level, "go along the x-axis first, then up the y-axis.")
    )
    steps: list[object] = [
        "Plot each point: go along to its x-coordinate, then up (or down) to its y-coordinate: "
        f"{_listed(points, names)}.",
        f"Join {' to '.join(order)} with a ruler to close the {shape}.",
        Step(
            f"A and B both have y = {show(ay)}, so AB is horizontal: its length is the difference of their "
            "x-coordinates: ",
            eq(sub(bx, ax), bx - ax),
            " squares.",
        ),
    ]
    answer = WholeNumber(bx - ax)
    item = make(prompt, answer, steps, style, f"{bracket(bx)} − {bracket(ax)}")  # type: ignore[arg-type]
    space = grid(level, [])
    return _drawn(item, space, grid(level, _named(points, names), polygon=True))


# ---------------------------------------------------------------------------------- complete a polygon


def _quadrilateral(rng: random.Random, level: Level) -> tuple[str, list[Point]]:
    """A rectangle or square (level 1), a parallelogram too (level 2), a parallelogram in four quadrants (level 3):
    A, B = A + u, C = B + v, D = A + v with u horizontal and v upright or slanted."""
    while True:
        a = (rng.randint(*GRID[int(level)]), rng.randint(*GRID[int(level)]))
        along = rng.choice([-1, 1]) * rng.randint(2, 5)
        up = rng.choice([-1, 1]) * rng.randint(2, 5)
        # upright at level 1, slanted sometimes at level 2 and always at greater depth (each side moves both ways)
        upright = level == Level.WORKING_TOWARDS or (level == Level.EXPECTED and rng.random() < 0.4)
        slant = 0 if upright else rng.choice([-3, -2, -1, 1, 2, 3])
        u, v = (along, 0), (slant, up)
        shape = "parallelogram" if slant else "square" if abs(along) == abs(up) else "rectangle"
        b = (a[0] + u[0], a[1] + u[1])
        corners = [a, b, (b[0] + v[0], b[1] + v[1]), (a[0] + v[0], a[1] + v[1])]
        if _fits(level, corners) and (level != Level.GREATER_DEPTH or _crosses(corners)):
            return shape, corners


def _complete(rng: random.Random, level: Level, style: str) -> Item:
    shape, corners = _quadrilateral(rng, level)
    names = "ABCD"
    missing = 3 if level == Level.WORKING_TOWARDS else rng.randrange(4)
    px, py = corners[missing]
    before, after, opposite = corners[missing - 1], corners[(missing + 1) % 4], corners[(missing + 2) % 4]
    given = [i for i in range(4) if i != missing]
    prompt = (
        f"ABCD is a {shape}. {', '.join(f'{names[i]} {point(*corners[i])}' for i in given)} are plotted on the grid. "
        f"Plot {names[missing]} and draw the {shape}. What are the coordinates of {names[missing]}?"
        + hint(level, f"the sides of a {shape} are parallel in pairs.")
    )
    # The move along one side from the opposite corner, made again from the other neighbour: the slanted side's
    # move when there is one (it goes along and up at once).
    far = corners[(missing + 2) % 4]
    ends = [(missing + 1) % 4, (missing + 3) % 4]
    if corners[ends[0]][0] == far[0] or corners[ends[0]][1] == far[1]:
        ends.reverse()
    to, again = ends
    along, up = corners[to][0] - far[0], corners[to][1] - far[1]
    if level == Level.GREATER_DEPTH:  # the move worked out, as the coordinates topic does at greater depth
        changes: list[object] = []
        for axis, a, b in (("x", corners[to][0], far[0]), ("y", corners[to][1], far[1])):
            changes += [" and " if changes else "", f"{axis} changes by ", eq(sub(a, b), a - b)]
        move = Step(f"From {names[(missing + 2) % 4]} to {names[to]}: ", *changes, f": {describe_move(along, up)}.")
    else:
        move = Step(f"From {names[(missing + 2) % 4]} to {names[to]} is {describe_move(along, up)}.")
    x0, y0 = corners[again]
    steps: list[object] = [
        move,
        f"Opposite sides are parallel and the same length, so from {names[again]} make the same move to reach "
        f"{names[missing]}.",
        Step(
            "x: ",
            eq(moved(x0, along), px) if along else f"stays {show(px)}",
            "; y: ",
            eq(moved(y0, up), py) if up else f"stays {show(py)}",
        ),
        f"Plot {names[missing]} {point(px, py)} and join the four sides in order.",
    ]
    answer = Coordinate(px, py)
    check = point_check(
        f"{bracket(before[0])} + {bracket(after[0])} − {bracket(opposite[0])}",
        f"{bracket(before[1])} + {bracket(after[1])} − {bracket(opposite[1])}",
    )
    predicted = point_predictions(answer, mis.coordinates_swapped.on(px, py, point=True))
    item = make(prompt, answer, steps, style, check, predicted=predicted)  # type: ignore[arg-type]
    space = grid(level, [(*corners[i], names[i]) for i in given])
    return _drawn(item, space, grid(level, _named(corners, names), polygon=True))


# ---------------------------------------------------------------------------------- translate a triangle


def _triangle(rng: random.Random, level: Level) -> tuple[list[Point], int, int]:
    """A triangle and a move that keeps its image on the grid, both ways at once (the image clear of the
    triangle's own corners); across the axes at greater depth."""
    low, high = GRID[int(level)]
    while True:
        a = (rng.randint(low, high), rng.randint(low, high))
        b = (a[0] + rng.choice([-1, 1]) * rng.randint(2, 4), a[1])
        c = (a[0] + rng.randint(-2, 2), a[1] + rng.choice([-1, 1]) * rng.randint(2, 4))
        dx, dy = rng.choice([-1, 1]) * rng.randint(2, 6), rng.choice([-1, 1]) * rng.randint(1, 5)
        triangle = [a, b, c]
        image = [(x + dx, y + dy) for x, y in triangle]
        if not (_fits(level, triangle) and _fits(level, image)) or set(triangle) & set(image):
            continue
        if level == Level.GREATER_DEPTH and not (_crosses(image) and _crosses(triangle)):
            continue
        return triangle, dx, dy


def _translate(rng: random.Random, level: Level, style: str) -> Item:
    triangle, dx, dy = _triangle(rng, level)
    image = [(x + dx, y + dy) for x, y in triangle]
    asked = rng.randrange(3)
    names, primes = "ABC", ("A′", "B′", "C′")
    move = describe_move(dx, dy)
    prompt = (
        f"Triangle ABC has vertices {_listed(triangle, names)}. Draw the triangle after it is translated {move}, "
        f"and label its vertices A′, B′ and C′. What are the coordinates of {primes[asked]}?"
    )
    steps: list[object] = [f"Move each vertex {move}: right and up add, left and down subtract."]
    for (x, y), (nx, ny), n, p in zip(triangle, image, names, primes, strict=True):
        steps.append(Step(f"{n} {point(x, y)} → {p}: x: ", eq(moved(x, dx), nx), "; y: ", eq(moved(y, dy), ny), "."))
    steps.append(f"Plot A′, B′ and C′ and join them: the same triangle, the same way up, {move}.")
    x, y = triangle[asked]
    answer = Coordinate(x + dx, y + dy)
    predicted = point_predictions(
        answer,
        mis.translation_wrong_direction.on(x, y, dx, dy, point=True),
        mis.coordinates_swapped.on(x + dx, y + dy, point=True),
    )
    check = point_check(f"{bracket(x)} + {bracket(dx)}", f"{bracket(y)} + {bracket(dy)}")
    item = make(prompt, answer, steps, style, check, predicted=predicted)  # type: ignore[arg-type]
    space = grid(level, _named(triangle, names), polygon=True)
    # The key draws the triangle and its image A′B′C′ on one grid, as the pupil's finished drawing would look.
    shifted = tuple((*p, n) for p, n in zip(image, primes, strict=True))
    return _drawn(item, space, grid(level, _named(triangle, names), polygon=True, translation=(dx, dy), image=shifted))


# ---------------------------------------------------------------------------------- reflect a triangle


def _mirror(rng: random.Random, level: Level) -> tuple[str, int]:
    """The mirror line ('x', c) for x = c or ('y', c) for y = c: vertical at level 1, either at level 2, an axis
    at greater depth."""
    if level == Level.WORKING_TOWARDS:
        return "x", rng.randint(2, 4)
    if level == Level.EXPECTED:
        return rng.choice("xy"), rng.randint(3, 7)
    return rng.choice("xy"), 0


def _side(p: Point, axis: str, c: int) -> int:
    """How far a point is from the mirror line, signed: 0 on the line."""
    return (p[0] if axis == "x" else p[1]) - c


def _to_reflect(rng: random.Random, level: Level) -> tuple[list[Point], str, int]:
    """A triangle on one side of the mirror line, clear of it (touching it is allowed from level 2), whose image
    fits the grid; at greater depth its image lands in another quadrant, so a negative coordinate is counted."""
    while True:
        axis, c = _mirror(rng, level)
        triangle, _, _ = _triangle(rng, level)
        image = [_reflected(p, axis, c) for p in triangle]
        sides = [_side(p, axis, c) for p in triangle]
        one_side = all(s > 0 for s in sides) or all(s < 0 for s in sides)
        touching = level != Level.WORKING_TOWARDS and (all(s >= 0 for s in sides) or all(s <= 0 for s in sides))
        if not (one_side or (touching and any(sides))) or not _fits(level, image):
            continue
        if sum(1 for s in sides if s == 0) > 1:
            continue  # a side along the mirror line leaves only one vertex to reflect
        # Clear of the axes, where a vertex's letter would sit on the axis numbers (at level 1 a vertical mirror
        # leaves no room for the image too, so only the triangle given is kept clear); in four quadrants the
        # numbers run beside the axes through the middle, so a square further.
        shown = triangle + ([] if level == Level.WORKING_TOWARDS else image)
        near = 2 if level == Level.GREATER_DEPTH else 1
        if any(abs(x) < near or abs(y) < near for x, y in shown):
            continue
        # nor at the end of the mirror line, where its name is written
        if any((y if axis == "x" else x) == GRID[int(level)][1] and abs(_side((x, y), axis, c)) <= 1 for x, y in shown):
            continue
        return triangle, axis, c


def _reflected(p: Point, axis: str, c: int) -> Point:
    return (2 * c - p[0], p[1]) if axis == "x" else (p[0], 2 * c - p[1])


def _mirror_name(axis: str, c: int) -> str:
    if c == 0:
        return "the y-axis" if axis == "x" else "the x-axis"
    return f"the line {axis} = {show(c)}"


def _reflect(rng: random.Random, level: Level, style: str) -> Item:
    triangle, axis, c = _to_reflect(rng, level)
    image = [_reflected(p, axis, c) for p in triangle]
    asked = rng.randrange(3)
    names, primes = "ABC", ("A′", "B′", "C′")
    mirror = _mirror_name(axis, c)
    prompt = (
        f"Triangle ABC has vertices {_listed(triangle, names)}. Reflect the triangle in {mirror} and label its image "
        f"A′B′C′. What are the coordinates of {primes[asked]}?"
        + hint(level, "each image vertex is as far from the mirror line as the vertex, on the other side.")
    )
    changes, keeps = ("x", "y") if axis == "x" else ("y", "x")
    steps: list[object] = [
        f"The mirror line is {mirror}: each vertex's {keeps}-coordinate stays the same, and its image is as many "
        f"squares from the line on the other side, so only the {changes}-coordinate changes."
    ]
    for p, q, n, m in zip(triangle, image, names, primes, strict=True):
        value, new = (p[0], q[0]) if axis == "x" else (p[1], q[1])
        distance = abs(value - c)
        if distance == 0:
            steps.append(f"{n} {point(*p)} is on the mirror line, so {m} is the same point.")
            continue
        far = f"{distance} square{'s' if distance != 1 else ''}"
        across = add(c, distance) if value < c else sub(c, distance)
        steps.append(
            Step(
                f"{n} {point(*p)} is {far} from the line, so {m}: {changes} = ", eq(across, new), f"; {m} {point(*q)}."
            )
        )
    steps.append("Plot A′, B′ and C′ and join them: the triangle flipped over the mirror line.")
    x, y = triangle[asked]
    ix, iy = image[asked]
    answer = Coordinate(ix, iy)
    xs, ys = (
        (f"2 × {bracket(c)} − {bracket(x)}", bracket(y))
        if axis == "x"
        else (bracket(x), f"2 × {bracket(c)} − {bracket(y)}")
    )
    value = x if axis == "x" else y
    predicted = point_predictions(
        answer,
        mis.reflection_wrong_distance.on(value, c, keep=y if axis == "x" else x, axis=axis, point=True),
        mis.coordinates_swapped.on(ix, iy, point=True),
    )
    item = make(prompt, answer, steps, style, point_check(xs, ys), predicted=predicted)  # type: ignore[arg-type]
    space = grid(level, _named(triangle, names), polygon=True, mirror=(axis, c))
    named = tuple((*q, m) for q, m in zip(image, primes, strict=True))
    return _drawn(item, space, grid(level, _named(triangle, names), polygon=True, mirror=(axis, c), image=named))
