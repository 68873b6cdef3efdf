"""Perimeter, area and volume (strand M), Years 3–6: rectangles, rectilinear shapes, triangles, cuboids."""

# Levels (design.md §4): 1 working towards — rectangles with every side labelled, squares counted on a grid, cubes
# counted, small whole numbers; 2 expected — rectilinear (L-shaped) figures with sides to work out, the area and
# volume formulae; 3 greater depth — missing lengths from a perimeter, area or volume, triangles and
# parallelograms, same area with different perimeters, and reasoning about when a formula can be used.
# Every picture is drawn to scale from the numbers in the question: its sides add up to the perimeter.

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, DecimalNumber, Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import CoordinateGrid, GridPoint, Shape2D

# Side lengths per level: (shortest, longest) whole units; level 3 also uses halves in metres.
SIDES = {1: (2, 10), 2: (3, 20), 3: (4, 30)}
UNITS = {1: ("cm",), 2: ("cm", "m"), 3: ("cm", "m")}


def _a(number: int) -> str:
    """The article before a number said aloud: 'an 8', 'an 11', 'an 18', otherwise 'a'."""
    return "an" if str(number).startswith("8") or number in (11, 18) else "a"


def _n(value: Fraction | int) -> str:
    return show(Fraction(value))


def _bare(value: Fraction | int) -> Answer:
    value = Fraction(value)
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(Decimal(show(value)))


def rectangle(length: Fraction | int, width: Fraction | int, unit: str, labels: str = "all") -> Shape2D:
    """A rectangle drawn to scale; labels 'all' (every side) or 'two' (one length and one width)."""
    vertices = ((0, 0), (length, 0), (length, width), (0, width))
    shown = (length, width, length, width) if labels == "all" else (length, width, None, None)
    return Shape2D(vertices, side_labels=shown, right_angles=(0, 1, 2, 3), unit=unit, name="rectangle")


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


def _l_labels(rng: random.Random, sides: tuple[int, ...], unit: str) -> tuple[tuple[int | None, ...], list[str], str]:
    """Label four of the six sides; the other two are worked out.

    Returns the labels, each side as a check term, and the labelled sides in words for the prompt.
    """
    w, lower, cw, ch, top, h = sides
    if rng.random() < 0.5:  # the step is labelled; the right and top sides are worked out
        labels = (w, None, cw, ch, None, h)
        terms = [str(w), f"({h} − {ch})", str(cw), str(ch), f"({w} − {cw})", str(h)]
        words = f"It is {w} {unit} wide and {h} {unit} tall, with {_a(cw)} {cw} {unit} by {ch} {unit} corner cut out."
    else:  # the outside sides are labelled; the step is worked out
        labels = (w, lower, None, None, top, h)
        terms = [str(w), str(lower), f"({w} − {top})", f"({h} − {lower})", str(top), str(h)]
        words = (
            f"Its bottom edge is {w} {unit}, its top edge {top} {unit}, its left side {h} {unit} and its right "
            f"side {lower} {unit}."
        )
    return labels, terms, words


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


@topic(
    "perimeter_area_volume.perimeter",
    title="Perimeter of rectangles and rectilinear shapes",
    codes=("3M7", "4M7a", "5M7a", "6M7a"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "spot_the_mistake", "word_problem"),
)
def perimeter(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    unit = rng.choice(UNITS[lv])
    if style == "compare":
        return _same_area_perimeters(rng, lv, unit, style)
    if style == "missing_number":
        return _side_from_perimeter(rng, lv, unit, style)
    if lv == 1 or style in ("spot_the_mistake", "word_problem"):
        length, width = _rectangle_sides(rng, lv)
        result = 2 * (length + width)
        labels = "all" if lv == 1 and rng.random() < 0.5 else "two"
        diagram = rectangle(length, width, unit, labels)
        check = f"{length} + {width} + {length} + {width}"
        steps = [
            "Opposite sides of a rectangle are equal." if labels == "two" else "Add all four sides.",
            f"{check} = {result} {unit}",
        ]
        slips = [("area_for_perimeter", mm.area_for_perimeter(length, width))]
        if labels == "two":
            slips.append(("two_sides_only", mm.two_sides_only(length, width)))
        what = f"a rectangle {length} {unit} long and {width} {unit} wide"
    else:
        width, height, cut_w, cut_h = _l_numbers(rng, lv)
        vertices, sides = l_shape(width, height, cut_w, cut_h)
        labels, terms, words = _l_labels(rng, sides, unit)
        diagram = _shape(vertices, labels, unit, "L-shape")
        result = sum(sides)
        check = " + ".join(terms)
        known = [v for v in labels if v is not None]
        steps = [
            "Work out the sides with no label from the opposite sides.",
            "Go round every side: " + " + ".join(str(v) for v in sides) + f" = {result} {unit}",
        ]
        slips = [("unlabelled_sides_ignored", mm.unlabelled_sides_ignored(known))]
        slips.append(("perimeter_for_area", None))
        what = "the L-shape"
        labels = "l"
    answer = Measure(result, unit)
    tip = (
        "opposite sides of a rectangle are equal."
        if labels == "two"
        else "add every side, including any without labels."
    )
    if style == "fluency":
        prompt = f"What is the perimeter of {what}?"
        if labels == "l":
            prompt = f"An L-shape has right-angled corners. {words} What is its perimeter?"
        item = make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    elif style == "true_or_false":
        wrongs = [w for _, w in slips if w is not None and w != result]
        claim = result if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
        truth = claim == result
        shape = f"a rectangle {length} {unit} long and {width} {unit} wide" if labels != "l" else "the L-shape"
        before = "" if labels != "l" else f"An L-shape has right-angled corners. {words} "
        prompt = f"{before}True or false? The perimeter of {shape} is {_n(claim)} {unit}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {_n(claim)}")
    elif style == "spot_the_mistake":
        which, wrong = rng.choice([s for s in slips if s[1] is not None])
        who = name(rng)
        mistake = {
            "area_for_perimeter": "multiplied the length by the width — that is the area",
            "two_sides_only": "added only the two labelled sides",
        }[which]
        prompt = (
            f"{who} says the perimeter of {what} is {_n(wrong)} {unit}. What mistake did {who} make? "
            f"What is the perimeter?" + hint(level, tip)
        )
        steps.insert(0, f"{who} {mistake}.")
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    else:
        who = name(rng)
        place = "garden" if unit == "m" else "photo"
        edge = "a fence" if unit == "m" else "a frame"
        if lv == 3:
            return _fence_cost(rng, length, width, who, style, diagram)
        prompt = (
            f"{who} puts {edge} all the way round a rectangular {place} {length} {unit} long and {width} {unit} "
            f"wide. How long is the {edge.split()[1]}?" + hint(level, tip)
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


def _fence_cost(rng: random.Random, length: int, width: int, who: str, style: str, diagram: Shape2D) -> Item:
    """Greater depth: perimeter, then the cost of fencing it (money in pence)."""
    from ks2practice.answers.kinds import Money

    per_metre = rng.choice((250, 350, 450, 599, 725, 1250))
    metres = 2 * (length + width)
    answer = Money(metres * per_metre)
    diagram = rectangle(length, width, "m", "two")
    prompt = (
        f"{who} wants to fence all the way round a rectangular garden {length} m long and {width} m wide. "
        f"Fencing costs {Money(per_metre).format()} a metre. How much will the fencing cost?"
    )
    steps = [
        f"Perimeter: 2 × ({length} + {width}) = {metres} m",
        f"{metres} × {Money(per_metre).format()} = {answer.format()}",
    ]
    wrong = mm.two_sides_only(length, width) * per_metre
    predicted = mis.predictions(answer, ("two_sides_only", int(wrong)))
    item = make(prompt, answer, steps, style, f"2 × ({length} + {width}) × {per_metre}", predicted=predicted)
    return replace(item, diagram=diagram)


def _side_from_perimeter(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    length, width = _rectangle_sides(rng, lv)
    total = 2 * (length + width)
    square = length == width
    answer = Measure(width, unit)
    if square:
        prompt = f"A square has a perimeter of {total} {unit}. How long is each side?"
        steps = [f"A square has 4 equal sides: {total} ÷ 4 = {width} {unit}"]
        check = f"{total} ÷ 4"
        diagram = Shape2D(
            ((0, 0), (width, 0), (width, width), (0, width)),
            side_labels=("?", None, None, None),
            right_angles=(0, 1, 2, 3),
            equal_sides=(1, 1, 1, 1),
            unit=unit,
            name="square",
        )
    else:
        prompt = f"A rectangle has a perimeter of {total} {unit}. It is {length} {unit} long. How wide is it?"
        steps = [
            f"Two lengths: 2 × {length} = {2 * length} {unit}",
            f"The two widths make {total} − {2 * length} = {total - 2 * length} {unit}",
            f"One width: {total - 2 * length} ÷ 2 = {width} {unit}",
        ]
        check = f"({total} − 2 × {length}) ÷ 2"
        diagram = Shape2D(
            ((0, 0), (length, 0), (length, width), (0, width)),
            side_labels=(length, "?", None, None),
            right_angles=(0, 1, 2, 3),
            unit=unit,
            name="rectangle",
        )
    prompt += hint(Level(lv), "the perimeter is the distance all the way round.")
    # forgetting to halve what is left for the two widths
    wrong = total - 2 * length if not square else total // 2
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, ("two_sides_only", wrong)))
    return replace(item, diagram=diagram)


def _factor_pairs(area: int, low: int, high: int) -> list[tuple[int, int]]:
    return [(area // w, w) for w in range(low, high + 1) if area % w == 0 and w <= area // w <= high]


def _same_area_perimeters(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    """Two rectangles with the same area: compare their perimeters (6M7a)."""
    areas = [a for a in range(12, 121) if len(_factor_pairs(a, 2, SIDES[lv][1] + 6)) >= 2]
    area = rng.choice(areas)
    (l1, w1), (l2, w2) = rng.sample(_factor_pairs(area, 2, SIDES[lv][1] + 6), 2)
    p1, p2 = 2 * (l1 + w1), 2 * (l2 + w2)
    sign = sign_of(p1, p2)
    answer = Comparison(sign)
    prompt = (
        f"Rectangle A is {l1} {unit} by {w1} {unit}. Rectangle B is {l2} {unit} by {w2} {unit}. "
        f"Compare their perimeters: write <, > or =.   perimeter of A □ perimeter of B"
        + hint(Level(lv), "work out both perimeters.")
    )
    steps = [
        f"A: 2 × ({l1} + {w1}) = {p1} {unit}; B: 2 × ({l2} + {w2}) = {p2} {unit}",
        f"Both have area {area} {unit}², but the perimeters differ: {p1} {sign} {p2}.",
    ]
    wrong = sign_of(l1 * w1, l2 * w2)  # comparing the areas instead: always '='
    check = f"2 × ({l1} + {w1}) □ 2 × ({l2} + {w2})"
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, ("area_for_perimeter", wrong)))


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


def _perimeter_of(corners: tuple[tuple[int, int], ...]) -> int:
    n = len(corners)
    return sum(
        abs(corners[i][0] - corners[(i + 1) % n][0]) + abs(corners[i][1] - corners[(i + 1) % n][1]) for i in range(n)
    )


def _counting(rng: random.Random, level: Level, style: str) -> Item:
    corners, area, rect = _grid_shape(rng)
    grid = CoordinateGrid((0, 10), (0, 10), points=tuple(GridPoint(x, y) for x, y in corners), polygon=True)
    answer = Measure(area, "cm²")
    prompt = "The shape is drawn on a grid of 1 cm squares. What is its area? Count the squares inside it." + hint(
        level, "count row by row so you don't miss any squares."
    )
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    if rect:
        rows, columns = rect
        steps = [f"{rows} rows of {columns} squares: {rows} × {columns} = {area} squares, so {area} cm²"]
        check = f"{rows} × {columns}"
        slips = [
            ("edge_squares_only", mm.edge_squares_only(rows, columns)),
            ("perimeter_for_area", mm.perimeter_for_area(rows, columns)),
        ]
    else:
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        missing = width * height - area
        steps = [
            f"The whole {height} by {width} rectangle would be {height} × {width} = {width * height} squares.",
            f"{missing} squares are cut out of the corner: {width * height} − {missing} = {area} cm²",
        ]
        check = f"{height} × {width} − {missing}"
        slips = [("perimeter_for_area", _perimeter_of(corners))]
    if style == "true_or_false":
        wrongs = [w for _, w in slips if w is not None and w != area]
        claim = area if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
        truth = claim == area
        prompt = f"The shape is drawn on a grid of 1 cm squares. True or false? Its area is {claim} cm²." + hint(
            level, "count row by row."
        )
        steps.append(f"So the statement is {truth_word(truth)}.")
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}")
    else:
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=grid)


def _half_squares(rng: random.Random, level: Level, style: str) -> Item:
    """5M7b: a shape with a sloping edge through grid corners; whole squares plus half squares (two make one)."""
    width, height = rng.randint(2, 6), rng.randint(1, 4)
    x, y = rng.randint(0, 10 - width), rng.randint(0, 10 - height - width)
    corners = ((x, y), (x + width, y), (x + width, y + height), (x, y + height + width))
    grid = CoordinateGrid((0, 10), (0, 10), points=tuple(GridPoint(a, b) for a, b in corners), polygon=True)
    whole = width * height + width * (width - 1) // 2
    halves = width
    area = Fraction(whole) + Fraction(halves, 2)
    answer = Measure(area, "cm²")
    prompt = (
        "The shape is drawn on a grid of 1 cm squares. Its sloping edge cuts some squares exactly in half. "
        "What is its area? Count the whole squares, then count two half squares as one."
    )
    steps = [
        f"Whole squares: {whole}. Half squares: {halves}, which make {_n(Fraction(halves, 2))} whole squares.",
        f"{whole} + {_n(Fraction(halves, 2))} = {_n(area)} cm²",
    ]
    check = f"{width} × {height} + {width} × {width} ÷ 2"
    slip = ("half_squares_as_whole", mm.half_squares_as_whole(whole, halves))
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    return replace(item, diagram=grid)


def _rectilinear_area(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    if lv == 1 or rng.random() < 0.5:
        length, width = _rectangle_sides(rng, lv)
        area = length * width
        diagram = rectangle(length, width, unit, "two")
        check = f"{length} × {width}"
        steps = [f"Area of a rectangle = length × width = {length} × {width} = {area} {unit}²"]
        slips = [("perimeter_for_area", mm.perimeter_for_area(length, width))]
        what = f"a rectangle {length} {unit} long and {width} {unit} wide"
    else:
        width, height, cut_w, cut_h = _l_numbers(rng, lv)
        vertices, sides = l_shape(width, height, cut_w, cut_h)
        labels = (width, None, cut_w, cut_h, None, height)
        diagram = _shape(vertices, labels, unit, "L-shape")
        area = width * height - cut_w * cut_h
        check = f"{width} × {height} − {cut_w} × {cut_h}"
        steps = [
            f"The whole rectangle: {width} × {height} = {width * height} {unit}².",
            f"The corner cut out: {cut_w} × {cut_h} = {cut_w * cut_h} {unit}².",
            f"{width * height} − {cut_w * cut_h} = {area} {unit}²",
        ]
        slips = [("perimeter_for_area", sum(sides))]
        what = (
            f"an L-shape {width} {unit} wide and {height} {unit} tall with {_a(cut_w)} {cut_w} {unit} by {cut_h} "
            f"{unit} corner cut out (all corners are right angles)"
        )
    answer = Measure(area, f"{unit}²")
    tip = "area of a rectangle = length × width."
    if style == "true_or_false":
        wrongs = [w for _, w in slips if w != area]
        claim = area if rng.random() < 0.5 else rng.choice(wrongs)
        truth = claim == area
        prompt = f"True or false? The area of {what} is {claim} {unit}²." + hint(Level(lv), tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}")
    elif style == "word_problem":
        who = name(rng)
        room = "bedroom floor" if unit == "m" else "notice board"
        cover = "carpet" if unit == "m" else "paper"
        if diagram.name != "rectangle":
            prompt = f"{who} covers a {room} with {cover}. The {room} is {what}. What area of {cover} is needed?"
        else:
            prompt = (
                f"{who} covers a {room} {length} {unit} by {width} {unit} with {cover}. What area of {cover} is needed?"
            )
        item = make(
            prompt + hint(Level(lv), tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips)
        )
    else:
        prompt = f"What is the area of {what}?" + hint(Level(lv), tip)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


# parallelograms drawn with a slant whose length is whole: (horizontal offset, height, slanting side)
_SLANTS = ((3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (4, 3, 5), (9, 12, 15))


def _triangle_or_parallelogram(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    who = name(rng)
    if rng.random() < 0.5:
        base = rng.randint(3, 12) * 2
        height = rng.randint(3, 15)
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
        steps = [f"Area of a triangle = base × height ÷ 2 = {base} × {height} ÷ 2 = {_n(area)} {unit}²"]
        slip = ("triangle_not_halved", mm.triangle_not_halved(base, height))
        why = "a triangle is half of the rectangle round it, so halve base × height"
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
        )
        what = (
            f"a parallelogram with base {base} {unit}, slanting sides {slant} {unit} and perpendicular height "
            f"{height} {unit}"
        )
        check = f"{base} × {height}"
        steps = [f"Area of a parallelogram = base × perpendicular height = {base} × {height} = {_n(area)} {unit}²"]
        slip = ("slant_height_used", mm.slant_height_used(base, slant))
        why = "the height must be perpendicular to the base; the slanting side is longer than the height"
    answer = Measure(area, f"{unit}²")
    tip = "use the perpendicular height."
    if style in ("explain", "spot_the_mistake"):
        wrong = slip[1]
        if style == "explain":
            truth = False
            prompt = (
                f"{who} says the area of {what} is {_n(wrong)} {unit}². Is {who} right? Explain how you know."
                + hint(Level(lv), tip)
            )
            steps += [f"{who} is wrong: {why}.", f"So the statement is {truth_word(truth)}."]
            item = make(prompt, TrueFalse(False), steps, style, f"{check} = {_n(wrong)}")
        else:
            prompt = (
                f"{who} says the area of {what} is {_n(wrong)} {unit}². What mistake did {who} make? "
                f"What is the area?" + hint(Level(lv), tip)
            )
            steps.insert(0, f"{who} made a mistake: {why}.")
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
    steps = [f"{length} × □ = {area}, so □ = {area} ÷ {length} = {width} {unit}"]
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
    steps = [
        f"Both have perimeter {2 * half} {unit}.",
        f"A: {l1} × {w1} = {a1} {unit}²; B: {l2} × {w2} = {a2} {unit}²",
        f"So area of A {sign} area of B.",
    ]
    wrong = sign_of(2 * (l1 + w1), 2 * (l2 + w2))  # comparing the perimeters instead: always '='
    predicted = mis.predictions(answer, ("perimeter_for_area", wrong))
    return make(prompt, answer, steps, style, f"{l1} × {w1} □ {l2} × {w2}", predicted=predicted)


@topic(
    "perimeter_area_volume.area",
    title="Area by counting squares, of rectangles, rectilinear shapes, triangles and parallelograms",
    codes=("4M7b", "5M7b", "6M7a", "6M7b", "6M7c"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "spot_the_mistake", "explain", "word_problem"),
)
def area(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    unit = rng.choice(UNITS[lv])
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
    steps = [f"Area = length × width = {length} × {width} = {result} {unit}²"]
    if style == "explain":
        prompt = (
            f"{who} says the area of a rectangle {length} {unit} by {width} {unit} is {_n(wrong)} {unit}² because "
            f"{length} + {width} + {length} + {width} = {_n(wrong)}. Is {who} right? Explain."
        )
        steps += [f"{who} found the perimeter (the distance round), not the area.", "So the statement is false."]
        item = make(prompt, TrueFalse(False), steps, style, f"{length} × {width} = {_n(wrong)}")
    else:
        prompt = (
            f"{who} says the area of a rectangle {length} {unit} by {width} {unit} is {_n(wrong)} {unit}². "
            f"What mistake did {who} make? What is the area?" + hint(Level(lv), "area = length × width.")
        )
        steps.insert(0, f"{who} added the sides: that is the perimeter.")
        answer = Measure(result, f"{unit}²")
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{length} × {width}",
            predicted=mis.predictions(answer, ("perimeter_for_area", wrong)),
        )
    return replace(item, diagram=diagram)


# ---------------------------------------------------------------------- volume


def _cuboid(rng: random.Random, lv: int) -> tuple[int, int, int]:
    high = {1: 5, 2: 12, 3: 25}[lv]
    while True:
        dims = (rng.randint(2, high), rng.randint(2, high), rng.randint(2, max(3, high // 2)))
        if len(set(dims)) > 1 or lv == 3:
            return dims


@topic(
    "perimeter_area_volume.volume",
    title="Volume of cuboids: counting cubes, the formula, and capacity",
    codes=("5M8", "6M8a", "6M8b"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "explain", "word_problem"),
)
def volume(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    length, width, height = _cuboid(rng, lv)
    unit = "cm" if lv == 1 or rng.random() < 0.7 else "m"
    result = length * width * height
    answer = Measure(result, f"{unit}³")
    check = f"{length} × {width} × {height}"
    slips = [("volume_edges_added", mm.volume_edges_added(length, width, height))]
    if lv == 1:
        what = (
            f"A cuboid is built from 1 cm cubes. It is {length} cubes long, {width} cubes wide and {height} cubes tall."
        )
        steps = [
            f"One layer has {length} × {width} = {length * width} cubes.",
            f"{height} layers: {length * width} × {height} = {result} cubes, so {result} cm³",
        ]
        tip = "count the cubes in one layer, then the layers."
    else:
        what = f"A cuboid is {length} {unit} long, {width} {unit} wide and {height} {unit} tall."
        steps = [f"Volume = length × width × height = {length} × {width} × {height} = {result} {unit}³"]
        tip = "volume = length × width × height."
    if style == "fluency":
        if lv == 3 and rng.random() < 0.5:
            side = rng.randint(3, 12)
            answer = Measure(side**3, f"{unit}³")
            prompt = f"A cube has edges {side} {unit} long. What is its volume?"
            steps = [f"{side} × {side} × {side} = {side**3} {unit}³"]
            slips = [("power_as_multiplying", mis.power_as_multiplying(side, 3))]
            slips.append(("volume_edges_added", 3 * side))
            return make(prompt, answer, steps, style, f"{side}³", predicted=mis.predictions(answer, *slips))
        prompt = f"{what} What is its volume?" + hint(level, tip)
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    if style == "missing_number":
        missing = _bare(height)
        prompt = (
            f"A cuboid has a volume of {result} {unit}³. It is {length} {unit} long and {width} {unit} wide. "
            f"How tall is it, in {'centimetres' if unit == 'cm' else 'metres'}?"
            + hint(level, "find the area of the base first, then divide.")
        )
        steps = [
            f"Base: {length} × {width} = {length * width} {unit}²",
            f"{result} ÷ {length * width} = {height}, so it is {height} {unit} tall.",
        ]
        return make(prompt, missing, steps, style, f"{length} × {width} × □ = {result}")
    if style == "compare":
        other = _cuboid(rng, lv)
        second = other[0] * other[1] * other[2]
        sign = sign_of(result, second)
        key = Comparison(sign)
        prompt = (
            f"Box A is {length} {unit} by {width} {unit} by {height} {unit}. Box B is {other[0]} {unit} by "
            f"{other[1]} {unit} by {other[2]} {unit}. Compare their volumes: write <, > or =.   A □ B"
            + hint(level, tip)
        )
        steps = [
            f"A: {length} × {width} × {height} = {result} {unit}³; B: {other[0]} × {other[1]} × {other[2]} = "
            f"{second} {unit}³",
            f"So A {sign} B.",
        ]
        wrong = sign_of(length + width + height, sum(other))
        predicted = mis.predictions(key, ("volume_edges_added", wrong))
        other_check = f"{other[0]} × {other[1]} × {other[2]}"
        return make(prompt, key, steps, style, f"{check} □ {other_check}", predicted=predicted)
    if style == "true_or_false":
        wrong = slips[0][1]
        claim = result if rng.random() < 0.5 else wrong
        truth = claim == result
        prompt = f"{what} True or false? Its volume is {claim} {unit}³." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(TrueFalse(truth), ("volume_edges_added", True)) if not truth else ()
        return make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}", predicted=predicted)
    if style == "explain":
        return _volume_formula_reasoning(rng, lv, style)
    # word problem: a tank's capacity in litres (1000 cm³ = 1 litre) at levels 2 and 3; cubes in a box at level 1
    who = name(rng)
    if lv == 1:
        prompt = (
            f"{who} packs 1 cm cubes into a box. The box holds {length} cubes along its length, {width} across and "
            f"{height} layers. How many cubes fit in the box? Give the volume in cm³."
        )
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    tens = [(a, b, c) for a in (10, 20, 30, 40, 50) for b in (10, 20, 25, 30) for c in (10, 20, 30, 40)]
    a, b, c = rng.choice(tens)
    litres = Fraction(a * b * c, 1000)
    answer = Measure(litres, "l")
    prompt = (
        f"{who}'s fish tank is a cuboid {a} cm long, {b} cm wide and {c} cm tall. 1000 cm³ of water is 1 litre. "
        f"How many litres of water does the tank hold when full?"
    )
    steps = [f"Volume: {a} × {b} × {c} = {a * b * c} cm³", f"{a * b * c} ÷ 1000 = {_n(litres)} l"]
    slip = ("conversion_wrong_factor", Fraction(a * b * c, 100))
    return make(prompt, answer, steps, style, f"{a} × {b} × {c} ÷ 1000", predicted=mis.predictions(answer, slip))


def _volume_formula_reasoning(rng: random.Random, lv: int, style: str) -> Item:
    """When can length × width × height be used? An L-shaped solid needs splitting first (6M8b)."""
    who = name(rng)
    if lv == 1 or rng.random() < 0.5:
        length, width, height = _cuboid(rng, lv)
        wrong = mm.volume_edges_added(length, width, height)
        prompt = (
            f"{who} says a cuboid {length} cm by {width} cm by {height} cm has a volume of {wrong} cm³ because "
            f"{length} + {width} + {height} = {wrong}. Is {who} right? Explain."
        )
        steps = [
            f"Volume counts cubes: {length} × {width} × {height} = {length * width * height} cm³.",
            f"{who} added the edges, so the statement is false.",
        ]
        return make(prompt, TrueFalse(False), steps, style, f"{length} × {width} × {height} = {wrong}")
    # an L-shaped solid: the whole block's formula over-counts the cut-out part
    whole_l, whole_w, depth = rng.randint(6, 12), rng.randint(5, 10), rng.randint(2, 6)
    cut_l, cut_w = rng.randint(2, whole_l - 2), rng.randint(2, whole_w - 2)
    wrong = whole_l * whole_w * depth
    right = wrong - cut_l * cut_w * depth
    prompt = (
        f"A solid is an L-shape {depth} cm thick: a {whole_l} cm by {whole_w} cm block with a {cut_l} cm by "
        f"{cut_w} cm corner cut out all the way through. {who} says its volume is {whole_l} × {whole_w} × {depth} "
        f"= {wrong} cm³. Is {who} right? Explain."
    )
    steps = [
        "The formula length × width × height is only for cuboids; this solid is not a cuboid.",
        f"Take away the corner: {wrong} − {cut_l} × {cut_w} × {depth} = {right} cm³.",
        "So the statement is false.",
    ]
    check = f"{whole_l} × {whole_w} × {depth} − {cut_l} × {cut_w} × {depth} = {wrong}"
    return make(prompt, TrueFalse(False), steps, style, check)
