"""Lines of symmetry; complete a symmetric figure."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction
from math import gcd, lcm
from typing import TYPE_CHECKING

from ks2practice.answers.kinds import Choice, Coordinate, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.position.common import point, point_check, point_predictions
from ks2practice.content.reasoning import explain_claim, odd_one_out
from ks2practice.content.shapes.common import _article, classify, make_shape, with_picture
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Drawing, Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub
from ks2practice.pictures.diagrams import CoordinateGrid, Shape2D, ShapeRow, SymmetryFigure

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
    styles=("fluency", "missing_number", "true_or_false", "always_sometimes_never", "explain", "odd_one_out"),
)
def symmetry(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return symmetry_explain(rng, level)
    if style == "odd_one_out":
        return symmetry_odd_one_out(rng, level)
    if style == "missing_number":
        # Completing a figure is drawn: on squares (count what the whole shape covers) or on axes (find a corner).
        if rng.random() < 0.5:
            return _complete_on_squares(rng, level, style)
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
        item = make(prompt, answer, [*reason, f"So it is {options[right]} true."], style, check, predicted=predicted)
        return with_picture(item, _EXAMPLES[statement])
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
    picture = _on_squares(vertices)
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
    # the sides drawn so far, A–B–C–D, and the mirror line: E finishes the shape
    picture = CoordinateGrid(
        x_range=(0, high), y_range=(0, high), points=tuple(shown), polygon=True, closed=False, mirror=("x", c)
    )
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
    item = make(prompt, answer, steps, style, point_check(f"2 × {c} − {left[1][0]}", str(my)), predicted=predicted)
    # The key closes the shape through E, as the pupil's finished drawing would.
    whole = replace(picture, points=(*shown, (mx, my, "E")), closed=True)
    return item.drawn_on(Drawing(picture, whole))


def _runs(rng: random.Random, level: Level) -> list[tuple[int, int]]:
    """Half a shape made of whole squares, column by column out from the mirror line: each column a run of squares
    (bottom, top), each run overlapping the one before so the outline is one shape. Level 1 stands every column on
    one base line; then the runs step up and down."""
    width = rng.randint(1 + int(level), 2 + int(level))
    tallest = 3 + int(level)
    while True:
        runs: list[tuple[int, int]] = []
        for _ in range(width):
            if level == Level.WORKING_TOWARDS or not runs:
                low = 0
            else:
                low = rng.randint(0, runs[-1][1] - 1)
            least = max(low + 1, runs[-1][0] + 1 if runs else 1)  # above the bottom, reaching the run before
            if least > tallest:
                break
            high = rng.randint(least, tallest)
            runs.append((low, high))
        if len(runs) == width and len({r for r in runs}) > 1:
            return runs


def _outline(runs: list[tuple[int, int]], c: int) -> list[tuple[int, int]]:
    """The half's outline, left of the mirror line x = c: along the tops from the mirror out, down the far side,
    and back along the bottoms to the mirror (corners where the outline turns only)."""
    w = len(runs)
    path = [(c, runs[0][1])]
    for k in range(w):
        path += [(c - k, runs[k][1]), (c - k - 1, runs[k][1])]
    path.append((c - w, runs[-1][0]))
    for k in reversed(range(w)):
        path += [(c - k - 1, runs[k][0]), (c - k, runs[k][0])]
    corners: list[tuple[int, int]] = []
    for p in path:
        if corners and corners[-1] == p:
            continue
        if len(corners) >= 2 and (corners[-2][0] == corners[-1][0] == p[0] or corners[-2][1] == corners[-1][1] == p[1]):
            corners[-1] = p  # straight on: the middle point is no corner
            continue
        corners.append(p)
    return corners


def _corners(outline: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closed outline without the points it goes straight on through (where it crosses the mirror line)."""
    n = len(outline)
    return [
        p
        for i, p in enumerate(outline)
        if not (
            outline[i - 1][0] == p[0] == outline[(i + 1) % n][0] or outline[i - 1][1] == p[1] == outline[(i + 1) % n][1]
        )
    ]


def _complete_on_squares(rng: random.Random, level: Level, style: str) -> Item:
    """Draw the other half of a shape made of squares in its mirror line; the key counts the squares the completed
    shape covers (the half's squares, twice)."""
    while True:  # a whole shape of at most 16 corners, as a child can draw it
        runs = _runs(rng, level)
        c = len(runs) + 1
        half = [(x, y + 1) for x, y in _outline(runs, c)]  # a square to spare below, as at the sides
        if len(_corners(half + [(2 * c - x, y) for x, y in reversed(half)][1:-1])) <= 16:
            break
    rows = max(high for _, high in runs) + 2
    upright = level == Level.WORKING_TOWARDS or rng.random() < 0.5
    mirrored_half = [(2 * c - x, y) for x, y in half]
    whole = _corners(half + list(reversed(mirrored_half))[1:-1])
    size, mirror = (2 * c, rows), ("x", c)
    if not upright:  # the same shape turned to lie along a horizontal mirror line
        half, whole = [(y, x) for x, y in half], [(y, x) for x, y in whole]
        size, mirror = (rows, 2 * c), ("y", c)
    space = SymmetryFigure(size, tuple(half), mirrors=(mirror,), half=True)
    completed = SymmetryFigure(size, tuple(whole), mirrors=(mirror,))
    heights = [high - low for low, high in runs]
    covered = sum(heights)
    way = "vertical" if upright else "horizontal"
    prompt = (
        f"The dashed {way} line is a line of symmetry. Complete the shape on the grid. How many squares does the "
        "completed shape cover?" + hint(level, "each square has a mirror image as far from the line on the other side.")
    )
    along = "column" if upright else "row"
    steps: list[object] = [
        "Reflect each corner: as many squares from the mirror line on the other side, then join the corners.",
        Step(
            f"Count the half {along} by {along}, out from the mirror line: ",
            eq(add(*heights), covered) if len(heights) > 1 else f"{covered}",
            f" square{'s' if covered != 1 else ''}.",
        ),
        Step("The other half is its mirror image, with as many squares: ", eq(add(covered, covered), 2 * covered), "."),
    ]
    answer = WholeNumber(2 * covered)
    item = make(prompt, answer, steps, style, f"2 × ({' + '.join(str(h) for h in heights)})")
    return item.drawn_on(Drawing(space, completed))


# ---------------------------------------------------------------------- symmetry: explain


def symmetry_explain(rng: random.Random, level: Level) -> Item:
    """A child's claim about lines of symmetry: a rectangle's diagonals (level 1), a drawn shape's count (level 2),
    a general claim tested on a drawn rhombus or a regular polygon (level 3)."""
    who = name(rng)
    lv = int(level)
    if lv == 3:
        vertices = make_shape(rng, "rhombus")
        lines = symmetry_lines(vertices)
        item = explain_claim(
            who,
            "Every shape with four equal sides has 4 lines of symmetry, like a square.",
            False,
            [
                "This rhombus has four equal sides, but no right angles.",
                "Folding along each diagonal makes the halves match; folding across the middle does not.",
                Step("So it has ", eq(add(1, 1), lines), " lines of symmetry, and ", rel(lines, "≠", 4), "."),
            ],
            "a rhombus has four equal sides but only 2 lines of symmetry (its diagonals); the lines through the "
            "middles of its sides do not fold it onto itself, so one counterexample shows the claim is false.",
            f"{lines} = 4",  # the claim for this rhombus: false
        )
        return with_picture(item, Shape2D(vertices=vertices))
    kind = "rectangle" if lv == 1 else rng.choice(["rectangle", "square", "kite", "parallelogram", "rhombus"])
    vertices = make_shape(rng, kind)
    lines = symmetry_lines(vertices)
    claims = {"rectangle": lines + 2, "square": lines, "kite": lines, "parallelogram": 2, "rhombus": lines}
    claimed = claims[kind] if rng.random() < 0.7 or lv == 1 else lines
    right = claimed == lines
    why = {
        "rectangle": "folding a rectangle along a diagonal does not make the halves match (only a square's "
        "diagonals do), so it has 2 lines, across and up and down.",
        "square": "a square folds onto itself along both diagonals and across both middles.",
        "kite": "a kite folds onto itself only along the line through the corners where its equal sides meet.",
        "parallelogram": "folding a parallelogram across the middle or along a diagonal never makes the halves "
        "match, although it looks balanced; it has no line of symmetry.",
        "rhombus": "a rhombus folds onto itself along both diagonals, but not across the middles of its sides.",
    }
    steps: list[str | Step] = [
        f"Fold the {kind} along each line that might work and check whether the halves match.",
        Step(
            rel(lines, "=" if right else "≠", claimed, restates=right),
            f": it has {lines} line{'s' if lines != 1 else ''} of symmetry.",
        ),
    ]
    slip = mis.diagonal_as_symmetry.on(lines, claimed=claimed) if kind == "rectangle" else None
    item = explain_claim(
        who,
        f"This {kind} has {claimed} line{'s' if claimed != 1 else ''} of symmetry.",
        right,
        steps,
        why[kind],
        f"{lines} = {claimed}",  # the claim: true exactly when the child is right
        slips=[slip],
        hint=hint(level, "imagine folding it along each diagonal."),
    )
    return with_picture(item, Shape2D(vertices=vertices))


# ---------------------------------------------------------------------- symmetry: odd one out

# Lines of symmetry (and sides) of shapes named in words, as a fold shows them; a rectangle, rhombus and kite here
# are not squares, a trapezium is isosceles, a parallelogram has no right angles.
_SQUARE = ((1, 1), (7, 1), (7, 7), (1, 7))
_EXAMPLES = {
    # one example to fold for each always / sometimes / never statement (a square with its lines for the
    # regular-polygon claim, so the lines are counted against the sides)
    "A diagonal of a rectangle is a line of symmetry.": SymmetryFigure((10, 6), ((1, 1), (9, 1), (9, 5), (1, 5))),
    "A square has 4 lines of symmetry.": SymmetryFigure((8, 8), _SQUARE),
    "A triangle has exactly 2 lines of symmetry.": SymmetryFigure((8, 7), ((1, 1), (7, 1), (4, 6))),
    "A regular polygon has as many lines of symmetry as sides.": SymmetryFigure(
        (8, 8), _SQUARE, (("x", 4), ("y", 4), ("d", 0), ("a", 8))
    ),
}

_DRAWN = {
    # each shape a pupil may be shown, on whole-number corners; the regular polygons and the equilateral triangle
    # have no exact corners on a square grid, so an item naming one has no picture
    "a square": ((0, 0), (4, 0), (4, 4), (0, 4)),
    "a rectangle": ((0, 0), (6, 0), (6, 3), (0, 3)),
    "a rhombus": ((0, 0), (5, 0), (8, 4), (3, 4)),
    "a kite": ((0, 0), (3, 2), (0, 7), (-3, 2)),
    "an isosceles trapezium": ((0, 0), (7, 0), (5, 3), (2, 3)),
    "a parallelogram": ((0, 0), (5, 0), (7, 3), (2, 3)),
    "a trapezium with no two sides equal": ((0, 0), (7, 0), (4, 3), (1, 3)),
    "an isosceles triangle": ((0, 0), (6, 0), (3, 5)),
    "a scalene triangle": ((0, 0), (6, 0), (4, 4)),
}


def _on_squares(vertices: tuple[Point, ...]) -> SymmetryFigure:
    """The whole shape on a square grid with a square to spare round it, its lines left for the pupil to find."""
    xs, ys = [int(x) for x, _ in vertices], [int(y) for _, y in vertices]
    corners = tuple((x - min(xs) + 1, y - min(ys) + 1) for x, y in zip(xs, ys, strict=True))
    return SymmetryFigure((max(xs) - min(xs) + 2, max(ys) - min(ys) + 2), corners)


def _lettered_shapes(item: Item) -> Item:
    """The options drawn side by side, lettered as in the prompt, when every one can be drawn exactly."""
    options = item.answer.options  # type: ignore[attr-defined]
    if not all(option in _DRAWN for option in options):
        return item
    shapes = tuple(Shape2D(vertices=_DRAWN[option]) for option in options)
    return with_picture(item, ShapeRow(shapes, captions=tuple(chr(65 + i) for i in range(len(options)))))


_LINES = {
    "a square": (4, 4),
    "a rectangle": (2, 4),
    "a rhombus": (2, 4),
    "a kite": (1, 4),
    "an isosceles trapezium": (1, 4),
    "a parallelogram": (0, 4),
    "a trapezium with no two sides equal": (0, 4),
    "an equilateral triangle": (3, 3),
    "an isosceles triangle": (1, 3),
    "a scalene triangle": (0, 3),
    "a regular pentagon": (5, 5),
    "a regular hexagon": (6, 6),
    "a regular octagon": (8, 8),
}


def _line_words(n: int) -> str:
    return f"{n} line{'s' if n != 1 else ''} of symmetry"


def symmetry_odd_one_out(rng: random.Random, level: Level) -> Item:
    """Level 1: which has no line of symmetry (3 shapes); level 2: which has a different number of lines (4 shapes);
    level 3: which does not have as many lines as sides (5 shapes: the regular polygons against one other)."""
    lv = int(level)
    if lv == 1:
        question = "Which shape has no line of symmetry?"
        shared = rng.sample(["a square", "a rectangle", "an isosceles triangle", "a kite"], 2)
        odd = rng.choice(["a scalene triangle", "a parallelogram"])
        steps: list[str | Step] = [f"{_cap(s)}: {_line_words(_LINES[s][0])}." for s in shared]
        steps.append(f"{_cap(odd)}: no fold makes the halves match, so it has no line of symmetry.")
        check = f"{_LINES[odd][0]} < 1"
    elif lv == 2:
        count = rng.choice([1, 0])
        group = [s for s, (k, _) in _LINES.items() if k == count and "regular" not in s]
        shared = rng.sample(group, 3)
        odd = rng.choice([s for s, (k, _) in _LINES.items() if k != count and k <= 4])
        question = "Which shape has a different number of lines of symmetry from the others?"
        steps = [f"{_cap(s)}: {_line_words(count)}." for s in shared]
        steps.append(Step(f"{_cap(odd)}: {_line_words(_LINES[odd][0])}, and ", rel(_LINES[odd][0], "≠", count), "."))
        check = f"{_LINES[odd][0]} ≠ {count}"
    else:
        regular = [s for s, (k, n) in _LINES.items() if k == n]
        shared = rng.sample(regular, 4)
        odd = rng.choice(["a rectangle", "a rhombus", "a kite", "an isosceles triangle", "an isosceles trapezium"])
        question = "Four of these shapes have as many lines of symmetry as they have sides. Which one does not?"
        steps = ["A regular polygon has one line of symmetry for each side; other shapes have fewer."]
        steps += [
            Step(f"{_cap(s)}: ", rel(_LINES[s][0], "=", _LINES[s][1], restates=True), " (lines of symmetry = sides).")
            for s in shared
        ]
        lines, sides = _LINES[odd]
        steps.append(Step(f"{_cap(odd)}: {_line_words(lines)} but {sides} sides, ", rel(lines, "≠", sides), "."))
        check = f"{lines} ≠ {sides}"
    members = [(s, True) for s in shared] + [(odd, False)]
    return _lettered_shapes(
        odd_one_out(rng, question, members, steps, check, hint=hint(level, "imagine folding each shape."))
    )


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]
