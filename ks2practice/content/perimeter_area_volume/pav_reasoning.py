"""Reasoning about perimeter and area: same/different pairs, always/sometimes/never, odd one out, explain a claim."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Measure
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.perimeter_area_volume.common import SIDES, _a, _shape, l_shape, rectangle, rectangles
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, odd_one_out, same_different
from ks2practice.content.wording import hint, make, name
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, add, div, eq, group, mul, q, rel, sub
from ks2practice.pictures.diagrams import Shape2D, ShapeRow

Rect = tuple[int, int]


def _pairs(area: int, low: int, high: int) -> list[Rect]:
    """Rectangles (length ≥ width) with whole sides in [low, high] and this area."""
    return [(area // w, w) for w in range(low, high + 1) if area % w == 0 and w <= area // w <= high]


def _area_step(label: str, r: Rect, unit: str) -> Step:
    return Step(f"{label}: area ", eq(mul(q(r[0], unit), q(r[1], unit)), q(r[0] * r[1], f"{unit}²")), ", ")


def _perimeter_rel(r: Rect, unit: str) -> object:
    return eq(mul(2, group(add(q(r[0], unit), q(r[1], unit)))), q(2 * (r[0] + r[1]), unit))


def _rect_steps(label: str, r: Rect, unit: str) -> Step:
    area = eq(mul(q(r[0], unit), q(r[1], unit)), q(r[0] * r[1], f"{unit}²"))
    return Step(f"{label}: area ", area, "; perimeter ", _perimeter_rel(r, unit), ".")


def _what(r: Rect, unit: str) -> str:
    return f"a rectangle {r[0]} {unit} by {r[1]} {unit}"


# ---------------------------------------------------------------------- same / different


def _four_statements(area_same: bool, perimeter_same: bool) -> list[tuple[str, bool]]:
    """Every combination of same or different area and perimeter: exactly one is what was worked out."""
    return [
        ("The same area, but different perimeters.", area_same and not perimeter_same),
        ("The same perimeter, but different areas.", perimeter_same and not area_same),
        ("The same area and the same perimeter.", area_same and perimeter_same),
        ("Different areas and different perimeters.", not (area_same or perimeter_same)),
    ]


def same_different_pair(rng: random.Random, lv: int, unit: str, hold: str, areas: bool = True) -> Item:
    """Two shapes whose areas and perimeters are worked out; which of the four same/different statements is true.
    Levels 1–2: two rectangles with the same ``hold`` ('area' or 'perimeter'); level 3: a rectangle and an L-shape.
    Without ``areas`` (perimeter in Year 3, before square units): perimeters only."""
    if lv == 3:
        return _rectangle_and_l(rng, unit)
    if not areas:
        return _perimeters_only(rng, lv, unit)
    high = SIDES[lv][1]
    if hold == "area":
        areas = [a for a in range(6, high * high // 2) if len(_pairs(a, 2 if lv > 1 else 1, high)) >= 2]
        first, second = rng.sample(_pairs(rng.choice(areas), 2 if lv > 1 else 1, high), 2)
    else:
        half = rng.randint(6, high + 2)
        w1, w2 = rng.sample(range(1 if lv == 1 else 2, half // 2 + 1), 2)
        first, second = (half - w1, w1), (half - w2, w2)
    a1, a2 = first[0] * first[1], second[0] * second[1]
    p1, p2 = 2 * sum(first), 2 * sum(second)
    steps: list[str | Step] = [_rect_steps("A", first, unit), _rect_steps("B", second, unit)]
    statements = _four_statements(a1 == a2, p1 == p2)
    check = (
        f"{first[0]} × {first[1]} = {second[0]} × {second[1]}"
        if a1 == a2
        else f"{p1} = 2 × ({second[0]} + {second[1]})"
    )
    pair = (
        f"rectangle A, {first[0]} {unit} by {first[1]} {unit}, and rectangle B, {second[0]} {unit} by "
        f"{second[1]} {unit}"
    )
    item = same_different(rng, pair, statements, steps, check)
    tip = hint(Level(lv), "work out the area (length × width) and the perimeter (the distance round) of each.")
    return replace(item, prompt=item.prompt + tip, diagram=rectangles([first, second], unit))


def _perimeters_only(rng: random.Random, lv: int, unit: str) -> Item:
    """Year 3: two rectangles with different sides, the same perimeter or not (a different shape need not have a
    different perimeter)."""
    half = rng.randint(6, SIDES[lv][1] + 2)
    w1, w2 = rng.sample(range(1, half // 2 + 1), 2)
    first = (half - w1, w1)
    second = (half - w2, w2) if rng.random() < 0.6 else (half - w2 + rng.randint(1, 3), w2)
    p1, p2 = 2 * sum(first), 2 * sum(second)
    same = p1 == p2
    statements = [
        ("The same perimeter, although their sides are different lengths.", same),
        ("Different perimeters, because their sides are different lengths.", not same),
        ("The same perimeter, because they are both rectangles.", False),
    ]
    if not same:
        statements[1] = ("Different perimeters: one is longer all the way round.", True)
    steps: list[str | Step] = [
        Step(f"A: {first[0]} {unit} by {first[1]} {unit}, perimeter ", _perimeter_rel(first, unit), "."),
        Step(f"B: {second[0]} {unit} by {second[1]} {unit}, perimeter ", _perimeter_rel(second, unit), "."),
    ]
    check = f"2 × ({first[0]} + {first[1]}) {'=' if same else '≠'} 2 × ({second[0]} + {second[1]})"
    pair = (
        f"rectangle A, {first[0]} {unit} by {first[1]} {unit}, and rectangle B, {second[0]} {unit} by "
        f"{second[1]} {unit}"
    )
    item = same_different(rng, pair, statements, steps, check)
    tip = hint(Level(lv), "add all four sides of each.")
    return replace(item, prompt=item.prompt + tip, diagram=rectangles([first, second], unit))


def _rectangle_and_l(rng: random.Random, unit: str) -> Item:
    """Greater depth: an L-shape and a rectangle; any of the four outcomes can happen, so each must be worked."""
    sq = f"{unit}²"
    while True:
        width, height = rng.randint(8, 20), rng.randint(8, 20)
        cut_w, cut_h = rng.randint(2, width - 3), rng.randint(2, height - 3)
        area = width * height - cut_w * cut_h
        pairs = _pairs(area, 2, 40)
        if pairs:
            rect = rng.choice(pairs)
            break
    vertices, sides = l_shape(width, height, cut_w, cut_h)
    p_l, p_r = sum(sides), 2 * sum(rect)
    steps: list[str | Step] = [
        Step(
            "The L-shape: the whole rectangle ",
            eq(mul(q(width, unit), q(height, unit)), q(width * height, sq)),
            " less the corner ",
            eq(mul(q(cut_w, unit), q(cut_h, unit)), q(cut_w * cut_h, sq)),
            f" leaves {area} {sq}.",
        ),
        Step(
            "Its perimeter: the two edges of the step are as long as the pieces of side they replace, so it is the "
            "whole rectangle's: ",
            eq(add(*(q(s, unit) for s in sides)), q(p_l, unit)),
            ".",
        ),
        _rect_steps("The rectangle", rect, unit),
    ]
    statements = _four_statements(True, p_l == p_r)
    check = f"{width} × {height} − {cut_w} × {cut_h} = {rect[0]} × {rect[1]}"
    pair = (
        f"an L-shape made by cutting {_a(cut_w)} {cut_w} {unit} by {cut_h} {unit} corner off "
        f"{_a(width)} {width} {unit} by {height} {unit} rectangle, and {_what(rect, unit)}"
    )
    item = same_different(rng, pair, statements, steps, check)
    return replace(item, diagram=_shape(vertices, (width, None, cut_w, cut_h, None, height), unit, "L-shape"))


# ---------------------------------------------------------------------- always / sometimes / never


def _bigger_perimeter(rng: random.Random, lv: int, unit: str) -> Item:
    """The classic: 'a shape with a bigger perimeter has a bigger area' — sometimes, from two worked pairs."""
    high = SIDES[lv][1]
    while True:
        base = (rng.randint(3, high // 2 + 2), rng.randint(2, 5))
        bigger = (base[0] + rng.randint(1, 3), base[1] + rng.randint(0, 2))  # longer perimeter, more area
        thin_w = rng.randint(1, max(1, base[1] - 1))
        thin = (2 * (base[0] + base[1]) // 2 - thin_w + rng.randint(1, 3), thin_w)  # longer perimeter, thin
        if thin[0] * thin[1] < base[0] * base[1] and max(bigger[0], thin[0]) <= high + 4 and thin[0] >= thin[1]:
            break
    sq = f"{unit}²"
    holds = [
        _rect_steps(f"{_what(base, unit).capitalize()}", base, unit),
        _rect_steps(_what(bigger, unit).capitalize(), bigger, unit),
        Step(
            "The second has the bigger perimeter and the bigger area: ",
            rel(q(2 * sum(bigger), unit), ">", q(2 * sum(base), unit)),
            " and ",
            rel(q(bigger[0] * bigger[1], sq), ">", q(base[0] * base[1], sq)),
            ".",
        ),
    ]
    fails = [
        _rect_steps(_what(thin, unit).capitalize(), thin, unit),
        Step(
            f"It has a bigger perimeter than the {base[0]} {unit} by {base[1]} {unit} rectangle but a smaller area: ",
            rel(q(2 * sum(thin), unit), ">", q(2 * sum(base), unit)),
            " but ",
            rel(q(thin[0] * thin[1], sq), "<", q(base[0] * base[1], sq)),
            ".",
        ),
    ]
    check = f"{thin[0]} × {thin[1]} < {base[0]} × {base[1]}"
    tip = f" Test it on rectangles measured in {unit}, such as A and B, with areas in {unit}²." + hint(
        Level(lv), "try a long thin rectangle and a squarer one."
    )
    item = always_sometimes_never(
        "A rectangle with a bigger perimeter has a bigger area.",
        holds=holds,
        fails=fails,
        check=check,
        slips=[mis.bigger_perimeter_bigger_area.on()],
        hint=tip,
    )
    # two rectangles to start testing on: the squarer one and the long thin one with the bigger perimeter
    return replace(item, diagram=rectangles([base, thin], unit))


def _doubled_sides(rng: random.Random, unit: str) -> Item:
    """Greater depth: doubling both sides of a rectangle never doubles its area (it makes it 4 times as big)."""
    sq = f"{unit}²"
    fails: list[str | Step] = []
    shapes = [(rng.randint(12, 40), rng.randint(6, 25)), (rng.randint(41, 90), rng.randint(3, 11))]
    for length, width in shapes:
        area, big = length * width, 4 * length * width
        fails += [
            Step(
                f"{length} {unit} by {width} {unit}: ",
                eq(mul(q(length, unit), q(width, unit)), q(area, sq)),
                "; doubled, ",
                eq(mul(q(2 * length, unit), q(2 * width, unit)), q(big, sq)),
                ".",
            ),
            Step(
                "That is ", eq(mul(4, q(area, sq)), q(big, sq)), ", not ", eq(mul(2, q(area, sq)), q(2 * area, sq)), "."
            ),
        ]
    reason = [
        Step(
            "Twice as long and twice as wide holds ",
            eq(mul(2, 2), 4),
            " copies of the first rectangle, so the area is always 4 times as big, never 2 times.",
        )
    ]
    length, width = shapes[0]
    return always_sometimes_never(
        "If you double the length and the width of a rectangle, its area doubles.",
        fails=fails,
        reason=reason,
        check=f"{2 * length} × {2 * width} = 4 × {length} × {width}",
        slips=[mis.doubled_sides_doubled_area.on(length, width, asn=True)],
        hint=f" Test it on rectangles measured in {unit}, with areas in {unit}².",
    )


def _corner_cut(rng: random.Random, unit: str) -> Item:
    """Greater depth: cutting a rectangle off the corner of a rectangle never changes its perimeter."""
    sq = f"{unit}²"
    fails: list[str | Step] = []
    first = None
    for _ in range(2):
        width, height = rng.randint(12, 60), rng.randint(12, 60)
        cut_w, cut_h = rng.randint(2, width - 3), rng.randint(2, height - 3)
        _, sides = l_shape(width, height, cut_w, cut_h)
        first = first or (width, height, sides)
        whole = 2 * (width + height)
        fails += [
            Step(
                f"{_a(width).capitalize()} {width} {unit} by {height} {unit} rectangle: perimeter ",
                eq(mul(2, group(add(q(width, unit), q(height, unit)))), q(whole, unit)),
                ", area ",
                eq(mul(q(width, unit), q(height, unit)), q(width * height, sq)),
                ".",
            ),
            Step(
                f"Cut {_a(cut_w)} {cut_w} {unit} by {cut_h} {unit} corner off: perimeter ",
                eq(add(*(q(v, unit) for v in sides)), q(sum(sides), unit)),
                ", the same, not smaller; area ",
                eq(
                    sub(q(width * height, sq), mul(q(cut_w, unit), q(cut_h, unit))),
                    q(width * height - cut_w * cut_h, sq),
                ),
                ", smaller.",
            ),
        ]
    reason = [
        "The two new edges of the cut are as long as the two pieces of side that were cut away, so the distance "
        "round never gets smaller (the area does)."
    ]
    width, height, sides = first
    return always_sometimes_never(
        "Cutting a rectangle off the corner of a rectangle makes its perimeter smaller.",
        fails=fails,
        reason=reason,
        check=f"{' + '.join(map(str, sides))} = 2 × ({width} + {height})",
        slips=[mis.cut_corner_smaller_perimeter.on(says_smaller=True)],
        hint=f" Test it on rectangles measured in {unit}, with areas in {unit}².",
    )


def area_asn(rng: random.Random, lv: int, unit: str) -> Item:
    if lv == 3:
        return _doubled_sides(rng, unit) if rng.random() < 0.5 else _corner_cut(rng, unit)
    return _bigger_perimeter(rng, lv, unit)


# ---------------------------------------------------------------------- odd one out


def area_odd_one_out(rng: random.Random, lv: int, unit: str) -> Item:
    """Three shapes share an area, one does not; levels 1–2 rectangles (the odd one keeps a perimeter of one of the
    others, so comparing the sides misleads), level 3 rectangles, triangles and parallelograms."""
    sq = f"{unit}²"
    high = SIDES[lv][1]
    if lv == 3:
        return _mixed_odd_one_out(rng, unit)
    while True:
        area = rng.randint(12, 6 * high if lv == 2 else 36)
        pairs = _pairs(area, 1 if lv == 1 else 2, high + 6)
        if len(pairs) >= (2 if lv == 1 else 3):
            break
    same = rng.sample(pairs, 2 if lv == 1 else 3)
    # the odd one: the first rectangle's perimeter, a different area
    length, width = same[0]
    odd = (length + 1, width - 1) if width > 1 and (length + 1) * (width - 1) != area else (length + 2, width + 1)
    members = [(_what(r, unit), True) for r in same] + [(_what(odd, unit), False)]
    steps = [_area_step(_what(r, unit).capitalize(), r, unit) for r in [*same, odd]]
    steps = [Step(*s.parts[:-1], ".") for s in steps]
    steps.append(Step("Only one area differs: ", rel(q(odd[0] * odd[1], sq), "≠", q(area, sq)), "."))
    check = f"{odd[0]} × {odd[1]} ≠ {length} × {width}"
    tip = hint(Level(lv), "work out each area: length × width.")
    item = odd_one_out(rng, "Which rectangle has a different area from the others?", members, steps, check, hint=tip)
    # the options drawn in the order the prompt letters them
    drawn = {_what(r, unit): r for r in [*same, odd]}
    return replace(item, diagram=rectangles([drawn[o] for o in item.answer.options], unit))  # type: ignore[attr-defined]


def _mixed_odd_one_out(rng: random.Random, unit: str) -> Item:
    sq = f"{unit}²"
    area = rng.choice([96, 120, 144, 168, 180, 192, 216, 240])
    rect, rect2 = rng.sample(_pairs(area, 2, 40), 2)
    base = rng.choice([b for b in range(2, 41) if 2 * area % b == 0 and 2 <= 2 * area // b <= 40])
    tri = (base, 2 * area // base)
    par_b = rng.choice([b for b in range(2, area) if area % b == 0 and area // b >= 2 and b not in (*rect, *rect2)])
    par = (par_b, area // par_b)
    # the odd one: a triangle whose base × height is the area (it is not halved)
    t_odd = rng.choice(_pairs(area, 2, 40))
    members = [
        (_what(rect, unit), True),
        (_what(rect2, unit), True),
        (f"a triangle with base {tri[0]} {unit} and perpendicular height {tri[1]} {unit}", True),
        (f"a parallelogram with base {par[0]} {unit} and perpendicular height {par[1]} {unit}", True),
        (f"a triangle with base {t_odd[0]} {unit} and perpendicular height {t_odd[1]} {unit}", False),
    ]
    if len({m for m, _ in members}) < 5:
        return _mixed_odd_one_out(rng, unit)
    steps: list[str | Step] = [
        Step("The rectangles: ", eq(mul(q(rect[0], unit), q(rect[1], unit)), q(area, sq)), " and "),
        Step(eq(mul(q(rect2[0], unit), q(rect2[1], unit)), q(area, sq)), "."),
        Step(
            f"The triangle with base {tri[0]} {unit}: ",
            eq(div(mul(q(tri[0], unit), q(tri[1], unit)), 2), q(area, sq)),
            ".",
        ),
        Step("The parallelogram: ", eq(mul(q(par[0], unit), q(par[1], unit)), q(area, sq)), "."),
        Step(
            f"The triangle with base {t_odd[0]} {unit}: ",
            eq(div(mul(q(t_odd[0], unit), q(t_odd[1], unit)), 2), q(area // 2, sq)),
            ", and ",
            rel(q(area // 2, sq), "≠", q(area, sq)),
            ": half of the others.",
        ),
    ]
    check = f"{t_odd[0]} × {t_odd[1]} ÷ 2 ≠ {rect[0]} × {rect[1]}"
    item = odd_one_out(rng, "Which shape has a different area from the others?", members, steps, check)
    # each option drawn in prompt order, the triangles and the parallelogram with their perpendicular heights
    drawn = {
        members[0][0]: rectangle(*rect, unit, "two"),
        members[1][0]: rectangle(*rect2, unit, "two"),
        members[2][0]: _with_height(*tri, unit, corners=3),
        members[3][0]: _with_height(*par, unit, corners=4),
        members[4][0]: _with_height(*t_odd, unit, corners=3),
    }
    shapes = tuple(drawn[o] for o in item.answer.options)  # type: ignore[attr-defined]
    captions = tuple(chr(65 + i) for i in range(len(shapes)))
    return replace(item, diagram=ShapeRow(shapes, captions=captions, same_scale=False))


def _with_height(base: int, height: int, unit: str, corners: int) -> Shape2D:
    """A triangle (its top a third of the way along) or a parallelogram (leaning a third of its base), with the
    base and the dashed perpendicular height labelled."""
    lean = Fraction(base, 3)
    if corners == 3:
        return Shape2D(((0, 0), (base, 0), (lean, height)), (base, None, None), unit=unit, height=(2, 0, height))
    vertices = ((0, 0), (base, 0), (base + lean, height), (lean, height))
    return Shape2D(vertices, (base, None, None, None), unit=unit, parallel_sides=(1, 2, 1, 2), height=(3, 0, height))


# ---------------------------------------------------------------------- explain


def perimeter_explain(rng: random.Random, lv: int, unit: str) -> Item:
    """A child's claim about perimeter: the area given for it (level 1), the L-shape's perimeter (level 2), what
    doubling the sides or keeping the area does (level 3)."""
    who = name(rng)
    high = SIDES[lv][1]
    if lv == 1:
        length, width = rng.randint(3, high), rng.randint(2, 6)
        while length * width == 2 * (length + width) or length == width:
            length, width = rng.randint(3, high), rng.randint(2, 6)
        area, perim = length * width, 2 * (length + width)
        steps = [
            Step(
                "Go round all four sides: ",
                eq(add(*(q(v, unit) for v in (length, width, length, width))), q(perim, unit)),
                ".",
            )
        ]
        model = (
            f"multiplying the length by the width gives the area, the squares inside; the perimeter is the "
            f"distance all the way round, so add all four sides to get {perim} {unit}."
        )
        item = explain_claim(
            who,
            f"The perimeter of a rectangle {length} {unit} by {width} {unit} is {length} × {width} = {area} {unit}.",
            False,
            steps,
            model,
            f"{length} + {width} + {length} + {width} = {area}",  # the claim, false
            slips=[mis.area_for_perimeter.on(length, width, claim=area)],
            hint=hint(Level(lv), "perimeter is the distance all the way round."),
        )
        return replace(item, diagram=rectangle(length, width, unit, "two"))
    if lv == 2:
        width, height = rng.randint(6, high), rng.randint(6, high)
        cut_w, cut_h = rng.randint(2, width - 2), rng.randint(2, height - 2)
        vertices, sides = l_shape(width, height, cut_w, cut_h)
        whole = 2 * (width + height)
        smaller = rng.random() < 0.5
        claim = (
            f"If I cut {_a(cut_w)} {cut_w} {unit} by {cut_h} {unit} corner off {_a(width)} {width} {unit} by "
            f"{height} {unit} rectangle, "
            + ("the perimeter gets smaller." if smaller else f"the perimeter is still {whole} {unit}.")
        )
        steps = [
            Step("The rectangle: ", eq(mul(2, group(add(q(width, unit), q(height, unit)))), q(whole, unit)), "."),
            Step(
                "The L-shape, going round all six sides: ",
                eq(add(*(q(s, unit) for s in sides)), q(sum(sides), unit)),
                ".",
            ),
        ]
        model = (
            "the two new edges of the cut are as long as the two pieces of side that were cut away, so the distance "
            "round stays the same even though the area gets smaller."
        )
        item = explain_claim(
            who,
            claim,
            not smaller,
            steps,
            model,
            # the claim: true exactly when the child is right (the perimeter never gets smaller)
            f"{' + '.join(map(str, sides))} {'<' if smaller else '='} 2 × ({width} + {height})",
            slips=[mis.cut_corner_smaller_perimeter.on(says_smaller=smaller)],
        )
        return replace(item, diagram=_shape(vertices, (width, None, cut_w, cut_h, None, height), unit, "L-shape"))
    length, width = rng.randint(12, 40), rng.randint(6, 20)
    if rng.random() < 0.5:
        perim = 2 * (length + width)
        steps = [
            Step("Before: ", eq(mul(2, group(add(q(length, unit), q(width, unit)))), q(perim, unit)), "."),
            Step("After: ", eq(mul(2, group(add(q(2 * length, unit), q(2 * width, unit)))), q(2 * perim, unit)), ", "),
            Step(eq(mul(2, q(perim, unit)), q(2 * perim, unit)), "."),
            Step(
                "(The area does not double: ",
                eq(mul(q(2 * length, unit), q(2 * width, unit)), mul(4, q(length * width, f"{unit}²"))),
                ".)",
            ),
        ]
        return explain_claim(
            who,
            f"If I double the length and the width of a {length} {unit} by {width} {unit} rectangle, its perimeter "
            "doubles.",
            True,
            steps,
            "every side is twice as long, so the distance all the way round is twice as long too (it is the area "
            "that becomes 4 times as big).",
            f"2 × ({2 * length} + {2 * width}) = 2 × 2 × ({length} + {width})",
        )
    half = length + width
    other, third = (half - 1, 1), (half - 3, 3)
    a1, a2 = length * width, other[0] * other[1]
    steps = [
        _rect_steps(_what((length, width), unit).capitalize(), (length, width), unit),
        _rect_steps(_what(other, unit).capitalize(), other, unit),
        _rect_steps(_what(third, unit).capitalize(), third, unit),
    ]
    return explain_claim(
        who,
        f"Every rectangle with a perimeter of {2 * half} {unit} has an area of {a1} {unit}².",
        False,
        steps,
        f"the same perimeter can enclose different areas: {other[0]} {unit} by {other[1]} {unit} has the same "
        f"perimeter but an area of {a2} {unit}², so one counterexample shows the claim is false.",
        f"{other[0]} × {other[1]} = {length} × {width}",  # the claim for this rectangle, false
    )


# ---------------------------------------------------------------------- word problems (sizes from the context bank)


def two_sides(rng: random.Random, context: str, quantity: str, low: int | None = None, high: int | None = None) -> Rect:
    """A length and a different width drawn from a context (not a rectangle whose area and perimeter agree)."""
    bank = contexts.get(context)
    while True:
        length, width = bank.draw(rng, quantity, low, high), bank.draw(rng, quantity, low, high)
        if length != width and length * width != 2 * (length + width):
            return max(length, width), min(length, width)


def area_story(rng: random.Random, lv: int, unit: str) -> Item:
    """Carpet for a floor (metres) or card for a label, a birthday card or a poster (centimetres); at greater depth
    an L-shaped hall floor. Every size comes from the context bank."""
    who = name(rng)
    sq = f"{unit}²"
    tip = hint(Level(lv), "area of a rectangle = length × width.")
    if lv == 3 and unit == "m":
        bank = contexts.get("school_hall_floor")
        width, height = bank.draw(rng, "side", 10), bank.draw(rng, "side", 10)
        cut_w, cut_h = rng.randint(2, width - 3), rng.randint(2, height - 3)
        vertices, _ = l_shape(width, height, cut_w, cut_h)
        area = width * height - cut_w * cut_h
        steps: list[str | Step] = [
            Step("The whole rectangle: ", eq(mul(q(width, unit), q(height, unit)), q(width * height, sq)), "."),
            Step("The corner cut out: ", eq(mul(q(cut_w, unit), q(cut_h, unit)), q(cut_w * cut_h, sq)), "."),
            Step(eq(sub(q(width * height, sq), q(cut_w * cut_h, sq)), q(area, sq))),
        ]
        prompt = (
            f"{who} is ordering carpet for an L-shaped school hall floor. It is {width} {unit} wide and {height} "
            f"{unit} long, with {_a(cut_w)} {cut_w} {unit} by {cut_h} {unit} corner cut out for a store room "
            "(all corners are right angles). What area of carpet is needed?"
        )
        answer = Measure(area, sq)
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{width} × {height} − {cut_w} × {cut_h}",
            predicted=mis.predictions(answer, mis.perimeter_for_area.on(width, height)),
        )
        return replace(item, diagram=_shape(vertices, (width, None, cut_w, cut_h, None, height), unit, "L-shape"))
    if unit == "m":
        context = rng.choice(["bedroom_floor", "school_hall_floor"])
        length, width = two_sides(rng, context, "side")
        thing = contexts.get(context).noun
        prompt = f"{who} covers a {thing} {length} {unit} by {width} {unit} with carpet. What area of carpet is needed?"
    else:
        thing = {1: "label", 2: "birthday_card", 3: "poster"}[lv]
        length, width = two_sides(rng, "card_cut_out", thing)
        thing = thing.replace("_", " ")
        prompt = f"{who} cuts a {thing} {length} {unit} by {width} {unit} out of card. What area of card is it?"
    area = length * width
    steps = [
        Step("Area of a rectangle is length × width: ", eq(mul(q(length, unit), q(width, unit)), q(area, sq)), ".")
    ]
    answer = Measure(area, sq)
    predicted = mis.predictions(answer, mis.perimeter_for_area.on(length, width))
    item = make(prompt + tip, answer, steps, "word_problem", f"{length} × {width}", predicted=predicted)
    return replace(item, diagram=rectangle(length, width, unit, "two"))
