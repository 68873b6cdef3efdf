"""Shared by the shapes topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Measure
from ks2practice.core.model import Item

Point = tuple[int, int]

# ---------------------------------------------------------------------------------- properties from vertices


def _sub(p: Point, q: Point) -> Point:
    return p[0] - q[0], p[1] - q[1]


def side_vectors(vertices: tuple[Point, ...]) -> list[Point]:
    n = len(vertices)
    return [_sub(vertices[(i + 1) % n], vertices[i]) for i in range(n)]


def squared_lengths(vertices: tuple[Point, ...]) -> list[int]:
    return [x * x + y * y for x, y in side_vectors(vertices)]


def right_angle_flags(vertices: tuple[Point, ...]) -> list[int]:
    """1 at each vertex where the two sides meet at 90° (their dot product is 0), else 0."""
    sides = side_vectors(vertices)
    return [int(sides[i - 1][0] * sides[i][0] + sides[i - 1][1] * sides[i][1] == 0) for i in range(len(sides))]


def parallel_pairs(vertices: tuple[Point, ...]) -> int:
    sides = side_vectors(vertices)
    n = len(sides)
    return sum(
        1 for i in range(n) for j in range(i + 1, n) if sides[i][0] * sides[j][1] - sides[i][1] * sides[j][0] == 0
    )


def largest_equal_group(vertices: tuple[Point, ...]) -> int:
    lengths = squared_lengths(vertices)
    return max(lengths.count(length) for length in lengths)


def classify(vertices: tuple[Point, ...]) -> tuple[str, str]:
    """The shape's name worked out from its vertices, and a statement from its counted properties that shows it."""
    lengths, rights = squared_lengths(vertices), sum(right_angle_flags(vertices))
    if len(vertices) == 3:
        distinct = len(set(lengths))
        if rights:
            return "right-angled triangle", f"{rights} = 1"
        return ("isosceles triangle", f"{distinct} = 2") if distinct == 2 else ("scalene triangle", f"{distinct} = 3")
    par, equal = parallel_pairs(vertices), largest_equal_group(vertices)
    if par == 2:
        if rights == 4:
            return ("square", f"{rights} × {equal} = 16") if equal == 4 else ("rectangle", f"{rights} × {equal} = 8")
        return (
            ("rhombus", f"{par} × {equal} + {rights} = 8")
            if equal == 4
            else (
                "parallelogram",
                f"{par} × {equal} + {rights} = 4",
            )
        )
    if par == 1:
        return "trapezium", f"{par} = 1"
    adjacent = sum(1 for i in range(4) if lengths[i] == lengths[(i + 1) % 4])
    if adjacent == 2 and equal == 2:
        return "kite", f"{par} + {adjacent} = 2"
    return "irregular quadrilateral", f"{par} + {rights} < 2"


def _turn(vertices: list[Point], rng: random.Random, tilt_allowed: bool) -> tuple[Point, ...]:
    """The same shape turned through a multiple of 90° (and maybe flipped), moved so it sits at the origin."""
    quarter = rng.randint(0, 3) if tilt_allowed else rng.choice([0, 2])
    flip = rng.random() < 0.5
    out = []
    for x, y in vertices:
        if flip:
            x = -x
        for _ in range(quarter):
            x, y = -y, x
        out.append((x, y))
    if flip:
        out.reverse()  # keep going the same way round
    low_x, low_y = min(x for x, _ in out), min(y for _, y in out)
    return tuple((x - low_x, y - low_y) for x, y in out)


def make_shape(rng: random.Random, kind: str, tilted: bool = False) -> tuple[Point, ...]:
    """Grid vertices of a shape of this kind; tilted squares and rectangles have no horizontal sides."""
    if kind == "square":
        p, q = rng.randint(2, 5), (rng.randint(1, 3) if tilted else 0)
        u, v = (p, q), (-q, p)
    elif kind == "rectangle":
        if tilted:
            p, q, k = rng.randint(1, 3), rng.randint(1, 2), rng.randint(2, 3)
            u, v = (p, q), (-q * k, p * k)
        else:
            w, h = rng.sample(range(2, 8), 2)
            u, v = (w, 0), (0, h)
    elif kind == "rhombus":
        u, v = rng.choice([((5, 0), (3, 4)), ((5, 0), (4, 3)), ((3, 1), (1, 3)), ((2, 1), (1, 2)), ((5, 0), (-3, 4))])
    elif kind == "parallelogram":
        w, s, h = rng.randint(3, 6), rng.choice([1, 2, -1, -2]), rng.randint(2, 4)
        u, v = (w, 0), (s, h)
    elif kind == "trapezium":
        bottom, h = rng.randint(5, 8), rng.randint(2, 4)
        left = rng.randint(0, 2)
        top = rng.randint(1, bottom - left - 1)
        return _turn([(0, 0), (bottom, 0), (left + top, h), (left, h)], rng, tilted)
    elif kind == "kite":
        w, h1, h2 = rng.randint(2, 3), rng.randint(1, 3), rng.randint(4, 6)
        return _turn([(0, 0), (w, h1), (0, h1 + h2), (-w, h1)], rng, tilted)
    elif kind == "isosceles triangle":
        w, h = rng.randint(2, 4), rng.randint(3, 6)
        h = h + 1 if h == w else h  # h = w would make a right angle at the top
        return _turn([(0, 0), (2 * w, 0), (w, h)], rng, tilted)
    elif kind == "scalene triangle":
        a, b, h = rng.randint(4, 7), rng.randint(1, 2), rng.randint(3, 5)
        return _turn([(0, 0), (a, 0), (a + b, h)], rng, tilted)
    elif kind == "right-angled triangle":
        a, b = rng.sample(range(3, 8), 2)
        return _turn([(0, 0), (a, 0), (0, b)], rng, tilted)
    else:
        raise ValueError(kind)
    return _turn([(0, 0), u, (u[0] + v[0], u[1] + v[1]), v], rng, tilted or kind == "rhombus")


"""Names that are also true of a shape (a square is a rectangle), so never offered as the wrong name."""


"""Names whose counts are fixed, as sides × 1000 + right angles × 100 + parallel pairs × 10 + equal sides ÷ 2
(for a triangle: the number of different side lengths)."""


def with_picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


# ---------------------------------------------------------------------------------- circles


def cm(value: int | Fraction) -> Measure:
    return Measure(value, "cm")
