"""Lines of symmetry; complete a symmetric figure."""

from __future__ import annotations

import random
from fractions import Fraction
from math import gcd, lcm
from typing import TYPE_CHECKING

from ks2practice.answers.kinds import Choice, Coordinate, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.position.common import point, point_check, point_predictions
from ks2practice.content.shapes.common import _article, classify, make_shape, with_picture
from ks2practice.content.wording import hint, lettered, make, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub
from ks2practice.pictures.diagrams import CoordinateGrid, Shape2D

if TYPE_CHECKING:
    from ks2practice.content.shapes.common import Point


# ---------------------------------------------------------------------------------- symmetry


def symmetry_lines(vertices: tuple[Point, ...]) -> int:
    """Count the lines of symmetry of a polygon from its vertices: every such line passes through two of its
    vertices or side midpoints, so try each of those lines and keep the ones that map the shape onto itself."""
    # Whole numbers throughout (the topic is generated thousands of times a second): coordinates are scaled so
    # they and the side midpoints are whole, and each reflection is scaled by |d|² so it needs no division.
    exact = [(Fraction(x), Fraction(y)) for x, y in vertices]
    scale = 2 * lcm(*(c.denominator for point in exact for c in point))
    pts = [(int(x * scale), int(y * scale)) for x, y in exact]
    n = len(pts)
    candidates = pts + [
        ((pts[i][0] + pts[(i + 1) % n][0]) // 2, (pts[i][1] + pts[(i + 1) % n][1]) // 2) for i in range(n)
    ]
    lines = set()
    for i in range(len(candidates)):
        for j in range(i + 1, len(candidates)):
            (ax, ay), (bx, by) = candidates[i], candidates[j]
            dx, dy = bx - ax, by - ay
            if dx == dy == 0:
                continue
            size = dx * dx + dy * dy
            corners = {(size * x, size * y) for x, y in pts}
            if all(_reflected(p, ax, ay, dx, dy, size) in corners for p in pts):
                # A line as (normal, offset) in lowest terms with one sign, so a line found twice counts once.
                nx, ny = -dy, dx
                c = nx * ax + ny * ay
                g = gcd(gcd(abs(nx), abs(ny)), abs(c)) or 1
                sign = -1 if (nx, ny) < (0, 0) else 1
                lines.add((sign * nx // g, sign * ny // g, sign * c // g))
    return len(lines)


def _reflected(p: tuple[int, int], ax: int, ay: int, dx: int, dy: int, size: int) -> tuple[int, int]:
    """p reflected in the line through (ax, ay) with direction (dx, dy), times size = dx² + dy²."""
    dot = (p[0] - ax) * dx + (p[1] - ay) * dy
    return 2 * (size * ax + dot * dx) - size * p[0], 2 * (size * ay + dot * dy) - size * p[1]


_SYMMETRY_KINDS = {
    1: ("rectangle", "square", "isosceles triangle", "right-angled triangle"),
    2: ("rectangle", "square", "isosceles triangle", "rhombus", "parallelogram", "kite", "scalene triangle"),
    3: ("rectangle", "square", "rhombus", "parallelogram", "kite", "trapezium", "isosceles triangle"),
}


@topic(
    "shapes.symmetry",
    title="Lines of symmetry; complete a symmetric figure",
    codes=("4G2b", "4G2c"),
    styles=("fluency", "missing_number", "true_or_false", "always_sometimes_never"),
)
def symmetry(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _complete_figure(rng, level, style)
    if style == "always_sometimes_never":
        options = ("always", "sometimes", "never")
        # (statement, key, the worked reason: for "sometimes" an example where it holds and one where it does not,
        # check, the mistake that gives the wrong key)
        cases = [
            (
                "A diagonal of a rectangle is a line of symmetry.",
                1,
                (
                    "Fold a square along a diagonal: the halves match, so it is a line of symmetry;",
                    "but fold a long, thin rectangle along a diagonal and the halves do not match.",
                ),
                "2 < 4",
                mis.diagonal_as_symmetry.on(asn=True),
            ),
            (
                "A square has 4 lines of symmetry.",
                0,
                (
                    Step(
                        "Two diagonals and two through the middles of the sides: ",
                        eq(add(2, 2), 4),
                        ", for every square.",
                    ),
                ),
                "2 + 2 = 4",
                None,
            ),
            (
                "A triangle has exactly 2 lines of symmetry.",
                2,
                (
                    "An equilateral triangle has 3, an isosceles triangle 1 and a scalene triangle 0;",
                    "a triangle with two lines of symmetry would have all three sides equal, and so a third line.",
                ),
                "3 ≠ 2",
                None,
            ),
            (
                "A regular polygon has as many lines of symmetry as sides.",
                0,
                (
                    "Each line goes through a corner, or the middle of a side, and the middle of the shape:",
                    "an equilateral triangle has 3, a square 4, a regular hexagon 6.",
                ),
                "6 = 6",
                None,
            ),
        ]
        statement, right, reason, check, slip = rng.choice(cases[:3] if level == Level.WORKING_TOWARDS else cases)
        answer = Choice(options, right)
        prompt = f"Always, sometimes or never true? {statement} {lettered(options)}" + hint(
            level, "fold a paper shape."
        )
        predicted = mis.predictions(answer, slip)
        return make(
            prompt,
            answer,
            [*reason, f"So it is {options[right]} true."],
            style,
            check,
            predicted=predicted,
        )
    if level == Level.GREATER_DEPTH and rng.random() < 0.4:
        n = rng.choice([5, 6, 8, 10])
        names = {5: "pentagon", 6: "hexagon", 8: "octagon", 10: "decagon"}
        answer = WholeNumber(n)
        if style == "true_or_false":
            claimed = rng.choice([n, n // 2])
            answer = TrueFalse(claimed == n)
            prompt = f"True or false? A regular {names[n]} has {claimed} lines of symmetry."
            sign = "=" if claimed == n else "≠"
            return make(
                prompt,
                answer,
                [
                    f"A regular polygon with {n} sides has {n} lines of symmetry.",
                    Step(rel(n, sign, claimed, restates=sign == "="), f", so it is {truth_word(claimed == n)}."),
                ],
                style,
                f"{n} = {claimed}",
            )
        prompt = f"How many lines of symmetry does a regular {names[n]} have?"
        return make(
            prompt, answer, [f"A regular polygon with {n} sides has {n} lines of symmetry."], style, f"360 ÷ {360 // n}"
        )
    kind = rng.choice(_SYMMETRY_KINDS[int(level)])
    vertices = make_shape(rng, kind, tilted=level == Level.GREATER_DEPTH)
    lines = symmetry_lines(vertices)
    picture = Shape2D(vertices=vertices)
    actual, _ = classify(vertices)
    steps = [
        f"This is {_article(actual)}.",
        f"Folding it along each possible line, {lines} fold{'s make' if lines != 1 else ' makes'} the halves "
        "match exactly.",
    ]
    # Only a rectangle that is not a square has diagonals that look like, but are not, lines of symmetry.
    slips = mis.diagonal_as_symmetry.on(lines) if actual == "rectangle" else None
    check = " + ".join(["1"] * lines) if lines else "1 − 1"
    if style == "true_or_false":
        claimed = rng.choice([lines, lines + 2 if actual == "rectangle" else (lines + 1)])
        answer = TrueFalse(claimed == lines)
        prompt = f"True or false? This shape has {claimed} line{'s' if claimed != 1 else ''} of symmetry." + hint(
            level, "imagine folding it."
        )
        predicted = mis.predictions(
            answer, mis.diagonal_as_symmetry.on(lines, claimed=claimed) if actual == "rectangle" else None
        )
        return with_picture(
            make(
                prompt,
                answer,
                [*steps, f"So it is {truth_word(claimed == lines)}."],
                style,
                f"{check} = {claimed}",
                predicted=predicted,
            ),
            picture,
        )
    answer = WholeNumber(lines)
    prompt = "How many lines of symmetry does this shape have?" + hint(level, "imagine folding it so the halves match.")
    return with_picture(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slips)), picture)


def _complete_figure(rng: random.Random, level: Level, style: str) -> Item:
    high = 8 if level == Level.WORKING_TOWARDS else 12
    c = rng.randint(4, high - 4)
    top = rng.randint(5, high)
    width = rng.randint(1, min(c, high - c))
    low_y = rng.randint(0, top - 3)
    mid_y = rng.randint(low_y + 1, top - 1)
    width2 = rng.randint(1, min(c, high - c))
    left = [(c - width, low_y), (c - width2, mid_y)]
    if (c - width, low_y) == (c - width2, mid_y):
        width2 = width
    # The figure: the top vertex sits on the mirror line; the left vertices and their mirror images.
    shown = [
        (c, top, "A"),
        (left[1][0], left[1][1], "B"),
        (left[0][0], left[0][1], "C"),
        (2 * c - left[0][0], left[0][1], "D"),
    ]
    mx, my = 2 * c - left[1][0], left[1][1]
    answer = Coordinate(mx, my)
    picture = CoordinateGrid(x_range=(0, high), y_range=(0, high), points=tuple(shown))
    prompt = (
        f"The shape ABCDE is symmetrical about the line x = {c}. A {point(c, top)} is on the mirror line; "
        f"B {point(*left[1])}, C {point(*left[0])} and D {point(2 * c - left[0][0], left[0][1])} are plotted. "
        f"E is the reflection of B. What are the coordinates of E?"
        + hint(level, "count the squares from B to the mirror line.")
    )
    distance = c - left[1][0]
    squares = f"square{'s' if distance != 1 else ''}"
    steps = [
        Step(f"B is {distance} {squares} left of the mirror line: ", eq(sub(c, left[1][0]), distance), "."),
        Step(f"E is {distance} {squares} right of it: ", eq(add(c, distance), mx), f"; the y-coordinate stays {my}."),
    ]
    predicted = point_predictions(
        answer,
        mis.reflection_wrong_distance.on(left[1][0], c, keep=my, axis="x"),
        mis.coordinates_swapped.on(mx, my, point=True),
    )
    return with_picture(
        make(prompt, answer, steps, style, point_check(f"2 × {c} − {left[1][0]}", str(my)), predicted=predicted),
        picture,
    )
