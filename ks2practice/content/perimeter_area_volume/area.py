"""Area by counting squares, of rectangles, rectilinear shapes, triangles and parallelograms."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, Measure, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.perimeter_area_volume import pav_reasoning
from ks2practice.content.perimeter_area_volume.common import (
    UNITS,
    _a,
    _l_numbers,
    _n,
    _rectangle_sides,
    _shape,
    l_shape,
    rectangle,
    rectangles,
    verdict,
)
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, group, mul, q, rel, sub
from ks2practice.pictures.diagrams import Shape2D

# ---------------------------------------------------------------------- area


def _grid_shape(rng: random.Random) -> tuple[tuple[tuple[int, int], ...], int, tuple[int, int] | None]:
    """A rectangle or L-shape with whole-number corners on a 10 × 10 grid; its area; (rows, columns) if a rectangle."""
    if rng.random() < 0.5:
        columns, rows = rng.randint(3, 8), rng.randint(2, 6)
        x, y = rng.randint(0, 10 - columns), rng.randint(0, 10 - rows)
        corners = ((x, y), (x + columns, y), (x + columns, y + rows), (x, y + rows))
        return corners, rows * columns, (rows, columns)
    width, height = rng.randint(4, 8), rng.randint(4, 8)
    cut_w, cut_h = rng.randint(1, width - 2), rng.randint(1, height - 2)
    vertices, _ = l_shape(width, height, cut_w, cut_h)
    x, y = rng.randint(0, 10 - width), rng.randint(0, 10 - height)
    return tuple((vx + x, vy + y) for vx, vy in vertices), width * height - cut_w * cut_h, None


_SAID = {"<": "smaller than", ">": "larger than", "=": "the same as"}


def _perimeter_of(corners: tuple[tuple[int, int], ...]) -> int:
    n = len(corners)
    return sum(
        abs(corners[i][0] - corners[(i + 1) % n][0]) + abs(corners[i][1] - corners[(i + 1) % n][1]) for i in range(n)
    )


def _counting(rng: random.Random, level: Level, style: str) -> Item:
    corners, area, rect = _grid_shape(rng)
    grid = Shape2D(corners, grid=True)  # the squares to count, and no numbers to distract from them
    answer = Measure(area, "cm²")
    prompt = "The shape is drawn on a grid of 1 cm squares. What is its area? Count the squares inside it." + hint(
        level, "count row by row so you don't miss any squares."
    )
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    if rect:
        rows, columns = rect
        steps = [Step(f"{rows} rows of {columns} squares: ", eq(mul(rows, columns), area), f" squares, so {area} cm².")]
        check = f"{rows} × {columns}"
        slips = [mis.edge_squares_only.on(rows, columns), mis.perimeter_for_area.on(rows, columns)]
    else:
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        missing = width * height - area
        steps = [
            Step(
                f"The whole {height} by {width} rectangle would be ",
                eq(mul(height, width), width * height),
                " squares.",
            ),
            Step(
                f"{missing} squares are cut out of the corner: ",
                eq(sub(width * height, missing), area),
                f" squares, so {area} cm².",
            ),
        ]
        check = f"{height} × {width} − {missing}"
        # an L-shape's perimeter is its bounding rectangle's, so the slip is the rectangle's perimeter
        assert _perimeter_of(corners) == mm.perimeter_for_area(width, height)
        slips = [mis.perimeter_for_area.on(width, height)]
    if style == "true_or_false":
        wrongs = [w for w in (one.wrong() for one in slips) if w is not None and w != area]
        claim = area if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
        truth = claim == area
        prompt = f"The shape is drawn on a grid of 1 cm squares. True or false? Its area is {claim} cm²." + hint(
            level, "count row by row."
        )
        steps.append(verdict(q(area, "cm²"), q(exact(claim), "cm²"), "area"))
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}")
    else:
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=grid)


def _half_squares(rng: random.Random, level: Level, style: str) -> Item:
    """5M7b: a shape with a sloping edge through grid corners; whole squares plus half squares (two make one)."""
    width, height = rng.randint(2, 6), rng.randint(1, 4)
    x, y = rng.randint(0, 10 - width), rng.randint(0, 10 - height - width)
    corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height + width))
    grid = Shape2D(corners, grid=True)
    whole = width * height + width * (width - 1) // 2
    halves = width
    area = Fraction(whole) + Fraction(halves, 2)
    answer = Measure(area, "cm²")
    prompt = (
        "The shape is drawn on a grid of 1 cm squares. Its sloping edge cuts some squares exactly in half. "
        "What is its area? Count the whole squares, then count two half squares as one."
    )
    steps = [
        Step(
            f"Whole squares: {whole}. Half squares: {halves}, which make ",
            eq(div(halves, 2), exact(Fraction(halves, 2))),
            " whole squares.",
        ),
        Step(eq(add(whole, exact(Fraction(halves, 2))), exact(area)), f" squares, so {_n(area)} cm²."),
    ]
    check = f"{width} × {height} + {width} × {width} ÷ 2"
    slip = mis.half_squares_as_whole.on(whole, halves)
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    return replace(item, diagram=grid)


def _rectilinear_area(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    if lv == 1 or rng.random() < 0.5:
        length, width = _rectangle_sides(rng, lv)
        area = length * width
        diagram = rectangle(length, width, unit, "two")
        check = f"{length} × {width}"
        steps = [
            Step(
                "Area of a rectangle is length × width: ",
                eq(mul(q(length, unit), q(width, unit)), q(area, f"{unit}²")),
                ".",
            )
        ]
        slips = [mis.perimeter_for_area.on(length, width)]
        what = f"a rectangle {length} {unit} long and {width} {unit} wide"
    else:
        width, height, cut_w, cut_h = _l_numbers(rng, lv)
        vertices, sides = l_shape(width, height, cut_w, cut_h)
        labels = (width, None, cut_w, cut_h, None, height)
        diagram = _shape(vertices, labels, unit, "L-shape")
        area = width * height - cut_w * cut_h
        check = f"{width} × {height} − {cut_w} × {cut_h}"
        sq = f"{unit}²"
        steps = [
            Step("The whole rectangle: ", eq(mul(q(width, unit), q(height, unit)), q(width * height, sq)), "."),
            Step("The corner cut out: ", eq(mul(q(cut_w, unit), q(cut_h, unit)), q(cut_w * cut_h, sq)), "."),
            Step(eq(sub(q(width * height, sq), q(cut_w * cut_h, sq)), q(area, sq))),
        ]
        # an L-shape's perimeter is its bounding rectangle's, so the slip is the rectangle's perimeter
        assert sum(sides) == mm.perimeter_for_area(width, height)
        slips = [mis.perimeter_for_area.on(width, height)]
        what = (
            f"an L-shape {width} {unit} wide and {height} {unit} tall with {_a(cut_w)} {cut_w} {unit} by {cut_h} "
            f"{unit} corner cut out (all corners are right angles)"
        )
    answer = Measure(area, f"{unit}²")
    tip = "area of a rectangle = length × width."
    if style == "true_or_false":
        wrongs = [w for w in (one.wrong() for one in slips) if w != area]
        claim = area if rng.random() < 0.5 else rng.choice(wrongs)
        truth = claim == area
        prompt = f"True or false? The area of {what} is {claim} {unit}²." + hint(Level(lv), tip)
        steps.append(verdict(q(area, f"{unit}²"), q(exact(claim), f"{unit}²"), "area"))
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}")
    else:
        prompt = f"What is the area of {what}?" + hint(Level(lv), tip)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


# parallelograms drawn with a slant whose length is whole: (horizontal offset, height, slanting side)
_SLANTS = ((3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (4, 3, 5), (9, 12, 15))


def _triangle_or_parallelogram(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    who = name(rng)
    if rng.random() < 0.5:
        base = rng.randint(5, 20) * 2
        height = rng.randint(7, 25)
        area = Fraction(base * height, 2)
        diagram = Shape2D(
            ((0, 0), (base, 0), (0, height)),
            side_labels=(base, None, height),
            right_angles=(0,),
            unit=unit,
            name="right-angled triangle",
        )
        what = f"a right-angled triangle with base {base} {unit} and perpendicular height {height} {unit}"
        check = f"{base} × {height} ÷ 2"
        steps = [
            Step(
                "The rectangle drawn round it: ",
                eq(mul(q(base, unit), q(height, unit)), q(base * height, f"{unit}²")),
                "; the diagonal cuts it into two matching triangles.",
            ),
            Step(
                "Area of a triangle is base × height ÷ 2: ",
                eq(div(mul(q(base, unit), q(height, unit)), 2), q(exact(area), f"{unit}²")),
                ".",
            ),
        ]
        slip = mis.triangle_not_halved.on(base, height)
    else:
        offset, height, slant = rng.choice(_SLANTS)
        base = rng.randint(slant + 1, slant + 12)
        area = Fraction(base * height)
        diagram = Shape2D(
            ((0, 0), (base, 0), (base + offset, height), (offset, height)),
            side_labels=(base, slant, None, None),
            parallel_sides=(1, 2, 1, 2),
            unit=unit,
            name="parallelogram",
            height=(3, 0, height),  # the area uses the perpendicular height, so it is drawn
        )
        what = (
            f"a parallelogram with base {base} {unit}, slanting sides {slant} {unit} and perpendicular height "
            f"{height} {unit}"
        )
        check = f"{base} × {height}"
        steps = [
            "Cut the triangle off one end and move it to the other: the parallelogram becomes a rectangle as long "
            "as the base and as tall as the perpendicular height (not the slanting side).",
            Step(
                "Area of a parallelogram is base × perpendicular height: ",
                eq(mul(q(base, unit), q(height, unit)), q(exact(area), f"{unit}²")),
                ", not ",
                eq(mul(q(base, unit), q(slant, unit)), q(base * slant, f"{unit}²")),
                ".",
            ),
        ]
        slip = mis.slant_height_used.on(base, slant)
    answer = Measure(area, f"{unit}²")
    tip = "use the perpendicular height."
    if style in ("explain", "spot_the_mistake"):
        wrong = slip.wrong()
        if style == "explain":
            truth = (
                wrong == area
            )  # computed: the mistake never gives the area here, since it doubles or uses a longer side
            prompt = (
                f"{who} says the area of {what} is {_n(wrong)} {unit}². Is {who} right? Explain how you know."
                + hint(Level(lv), tip)
            )
            steps += [
                *slip.mechanism.story(*slip.operands),
                Step(f"{who} is wrong: ", rel(q(exact(wrong), f"{unit}²"), "≠", q(exact(area), f"{unit}²")), "."),
                f"So the statement is {truth_word(truth)}.",
            ]
            item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {_n(wrong)}")
        else:
            prompt = (
                f"{who} says the area of {what} is {_n(wrong)} {unit}². What mistake did {who} make? "
                f"What is the area?" + hint(Level(lv), tip)
            )
            # the wrong answer and its story come from one mechanism on these measurements
            steps[:0] = slip.mechanism.story(*slip.operands)
            item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    else:
        prompt = f"What is the area of {what}?" + hint(Level(lv), tip)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    return replace(item, diagram=diagram)


def _side_from_area(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    length, width = _rectangle_sides(rng, lv)
    area = length * width
    answer = Measure(width, unit)
    prompt = f"A rectangle has an area of {area} {unit}². It is {length} {unit} long. How wide is it?" + hint(
        Level(lv), "length × width = area, so divide."
    )
    steps = [
        Step("Length × width = area, so divide: ", eq(div(q(area, f"{unit}²"), q(length, unit)), q(width, unit)), ".")
    ]
    diagram = Shape2D(
        ((0, 0), (length, 0), (length, width), (0, width)),
        side_labels=(length, "?", None, None),
        right_angles=(0, 1, 2, 3),
        unit=unit,
        name="rectangle",
    )
    item = make(prompt, answer, steps, style, f"{length} × □ = {area}", predicted=mis.predictions(answer))
    return replace(item, diagram=diagram)


def _same_perimeter_areas(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    """Two rectangles with the same perimeter: compare their areas (6M7a)."""
    half = rng.randint(8, 12 + 6 * lv)
    w1, w2 = rng.sample(range(2, half // 2 + 1), 2)
    l1, l2 = half - w1, half - w2
    a1, a2 = l1 * w1, l2 * w2
    sign = sign_of(a1, a2)
    answer = Comparison(sign)
    prompt = (
        f"Rectangle A is {l1} {unit} by {w1} {unit}. Rectangle B is {l2} {unit} by {w2} {unit}. "
        f"Compare their areas: write <, > or =.   area of A □ area of B" + hint(Level(lv), "work out both areas.")
    )
    sq = f"{unit}²"
    steps = [
        Step(
            "Both have the same perimeter: ",
            eq(
                mul(2, group(add(q(l1, unit), q(w1, unit)))),
                mul(2, group(add(q(l2, unit), q(w2, unit)))),
                q(2 * half, unit),
            ),
            ".",
        ),
        Step(
            "A: ",
            eq(mul(q(l1, unit), q(w1, unit)), q(a1, sq)),
            "; B: ",
            eq(mul(q(l2, unit), q(w2, unit)), q(a2, sq)),
            ".",
        ),
        Step(rel(q(a1, sq), sign, q(a2, sq)), f", so the area of A is {_SAID[sign]} the area of B."),
    ]
    # comparing the perimeters instead: always '='
    predicted = mis.predictions(answer, mis.perimeter_for_area.on(l1, w1, against=(l2, w2)))
    item = make(prompt, answer, steps, style, f"{l1} × {w1} □ {l2} × {w2}", predicted=predicted)
    return replace(item, diagram=rectangles([(l1, w1), (l2, w2)], unit))


@topic(
    "perimeter_area_volume.area",
    title="Area by counting squares, of rectangles, rectilinear shapes, triangles and parallelograms",
    codes=("4M7b", "5M7b", "6M7a", "6M7b", "6M7c"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "spot_the_mistake",
        "explain",
        "word_problem",
        "same_different",
        "always_sometimes_never",
        "odd_one_out",
    ),
)
def area(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    unit = rng.choice(UNITS[lv])
    if style == "same_different":
        return pav_reasoning.same_different_pair(rng, lv, unit, rng.choice(("area", "area", "perimeter")))
    if style == "always_sometimes_never":
        return pav_reasoning.area_asn(rng, lv, unit)
    if style == "odd_one_out":
        return pav_reasoning.area_odd_one_out(rng, lv, unit)
    if style == "word_problem":
        return pav_reasoning.area_story(rng, lv, unit)
    if style == "compare":
        return _same_perimeter_areas(rng, lv, unit, style)
    if style == "missing_number":
        return _side_from_area(rng, lv, unit, style)
    if style in ("explain", "spot_the_mistake") and lv < 3:
        return _rectangle_mistake(rng, lv, unit, style)
    if lv == 1 and style in ("fluency", "true_or_false"):
        return _counting(rng, level, style)
    if lv == 2 and style == "fluency" and rng.random() < 0.35:
        return _half_squares(rng, level, style)
    if lv == 3 and style == "fluency" and rng.random() < 0.35:
        return _house(rng, unit, style)
    if lv == 3 and style in ("fluency", "explain", "spot_the_mistake"):
        return _triangle_or_parallelogram(rng, lv, unit, style)
    return _rectilinear_area(rng, lv, unit, style)


def _rectangle_mistake(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    """A pupil adds the sides for the area (perimeter for area)."""
    length, width = _rectangle_sides(rng, lv)
    result = length * width
    wrong = mm.perimeter_for_area(length, width)
    who = name(rng)
    diagram = rectangle(length, width, unit, "two")
    sq = f"{unit}²"
    steps: list[str] = [Step("Area is length × width: ", eq(mul(q(length, unit), q(width, unit)), q(result, sq)), ".")]
    if style == "explain":
        truth = wrong == result  # never: _rectangle_sides avoids rectangles whose area and perimeter agree
        prompt = (
            f"{who} says the area of a rectangle {length} {unit} by {width} {unit} is {_n(wrong)} {unit}² because "
            f"{length} + {width} + {length} + {width} = {_n(wrong)}. Is {who} right? Explain."
        )
        steps += [
            Step(
                f"{who} added the sides: ",
                eq(add(length, width, length, width), exact(wrong)),
                " is the perimeter (the distance round), not the area.",
            ),
            Step("So ", rel(q(exact(wrong), sq), "≠", q(result, sq)), f": the statement is {truth_word(truth)}."),
        ]
        item = make(prompt, TrueFalse(truth), steps, style, f"{length} × {width} = {_n(wrong)}")
    else:
        prompt = (
            f"{who} says the area of a rectangle {length} {unit} by {width} {unit} is {_n(wrong)} {unit}². "
            f"What mistake did {who} make? What is the area?" + hint(Level(lv), "area = length × width.")
        )
        # the wrong answer and its story come from one mechanism on these sides
        steps[:0] = mis.perimeter_for_area.story(length, width)
        answer = Measure(result, f"{unit}²")
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{length} × {width}",
            predicted=mis.predictions(answer, mis.perimeter_for_area.on(length, width)),
        )
    return replace(item, diagram=diagram)


def _house(rng: random.Random, unit: str, style: str) -> Item:
    """Greater depth: a compound shape (a rectangle with a triangle on top, like a house end), split into the two
    shapes it is made of: length × width, then base × height ÷ 2."""
    base = rng.randint(3, 12) * 2
    wall, roof = (rng.randint(4, 10), rng.randint(3, 8)) if unit == "m" else (rng.randint(4, 20), rng.randint(3, 12))
    thing = "The end wall of a barn" if unit == "m" else "A card cut-out of a house"
    sq = f"{unit}²"
    rect, tri = base * wall, base * roof // 2
    diagram = Shape2D(
        ((0, 0), (base, 0), (base, wall), (base // 2, wall + roof), (0, wall)),
        side_labels=(base, wall, None, None, None),
        right_angles=(0, 1),
        unit=unit,
        name="pentagon",
    )
    prompt = (
        f"{thing} is a rectangle {base} {unit} wide and {wall} {unit} tall with a triangle on top. The "
        f"triangle's base is the top of the rectangle and its perpendicular height is {roof} {unit}. What is the "
        "whole area?"
    )
    steps = [
        Step("The rectangle: ", eq(mul(q(base, unit), q(wall, unit)), q(rect, sq)), "."),
        Step("The triangle: ", eq(div(mul(q(base, unit), q(roof, unit)), 2), q(tri, sq)), "."),
        Step("Together: ", eq(add(q(rect, sq), q(tri, sq)), q(rect + tri, sq)), "."),
    ]
    answer = Measure(rect + tri, sq)
    item = make(prompt, answer, steps, style, f"{base} × {wall} + {base} × {roof} ÷ 2")
    return replace(item, diagram=diagram)
