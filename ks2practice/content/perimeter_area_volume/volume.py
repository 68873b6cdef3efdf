"""Volume of cuboids: counting cubes, the formula, and capacity."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, DecimalNumber, Measure, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.perimeter_area_volume.common import _a, _n, l_shape, verdict
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import UNKNOWN, CubeStack, Shape2D, Solid


def cuboid_picture(length: int, width: int, height: int, unit: str, labels: tuple | None = None) -> CubeStack | Solid:
    """A cuboid as the item gives it: built from 1 cm cubes (cubes counted, at level 1) or drawn with its edges
    labelled (``labels`` for length, width and height; '?' on the one asked)."""
    if labels is None:
        return CubeStack(tuple((height,) * length for _ in range(width)))
    return Solid("cuboid", size=(length, width, height), edge_labels=labels, unit=unit)


def _with(item: Item, picture: object) -> Item:
    return replace(item, diagram=picture)


def _bare(value: Fraction | int) -> Answer:
    value = Fraction(value)
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(Decimal(show(value)))


# ---------------------------------------------------------------------- volume

_SAID = {"<": "smaller than", ">": "larger than", "=": "the same as"}


# Edge lengths by level, so that every level is harder than the one below (issue #15: a level 3 cuboid could be
# 2 cm by 3 cm by 2 cm). Level 1 counts cubes in small cuboids; level 2 multiplies edges to 12; level 3 has longer,
# less friendly edges and never a multiple of 10 (which makes the multiplying easy).
_EDGES = {
    1: ((2, 5), (2, 5), (2, 3)),
    2: ((3, 12), (2, 9), (2, 6)),
    3: ((13, 25), (6, 12), (4, 9)),
}


def _cuboid(rng: random.Random, lv: int) -> tuple[int, int, int]:
    while True:
        dims = tuple(rng.randint(*span) for span in _EDGES[lv])
        if len(set(dims)) > 1 and not any(d % 10 == 0 for d in dims[1:]) and dims[0] != 20:
            return dims  # type: ignore[return-value]


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
    cubed = f"{unit}³"
    slips = [mis.volume_edges_added.on(length, width, height)]
    # level 1 counts the cubes it is built from; later levels give the edges, labelled on the drawing
    picture = (
        cuboid_picture(length, width, height, unit)
        if lv == 1
        else cuboid_picture(length, width, height, unit, (length, width, height))
    )
    if lv == 1:
        what = (
            f"A cuboid is built from 1 cm cubes. It is {length} cubes long, {width} cubes wide and {height} cubes tall."
        )
        steps: list[str] = [
            Step("One layer has ", eq(mul(length, width), length * width), " cubes."),
            Step(f"{height} layers: ", eq(mul(length * width, height), result), f" cubes, so {result} cm³."),
        ]
        tip = "count the cubes in one layer, then the layers."
    else:
        what = f"A cuboid is {length} {unit} long, {width} {unit} wide and {height} {unit} tall."
        steps = [
            Step(
                "Volume is length × width × height: ",
                eq(mul(q(length, unit), q(width, unit), q(height, unit)), q(result, cubed)),
                ".",
            )
        ]
        tip = "volume = length × width × height."
    if style == "fluency":
        if lv == 3 and rng.random() < 0.5:
            side = rng.choice((6, 7, 8, 9, 11, 12))  # not a 10 cm cube: 1000 cm³ is known, not worked out
            answer = Measure(side**3, f"{unit}³")
            prompt = f"A cube has edges {side} {unit} long. What is its volume?"
            steps = [Step(eq(mul(q(side, unit), q(side, unit), q(side, unit)), q(side**3, cubed)))]
            slips = [mis.power_as_multiplying.on(side, 3), mis.volume_edges_added.on(side, side, side)]
            item = make(prompt, answer, steps, style, f"{side}³", predicted=mis.predictions(answer, *slips))
            return _with(item, Solid("cube", size=(side,) * 3, edge_labels=(side,) * 3, unit=unit))
        prompt = f"{what} What is its volume?" + hint(level, tip)
        return _with(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips)), picture)
    if style == "missing_number":
        missing = _bare(height)
        prompt = (
            f"A cuboid has a volume of {result} {unit}³. It is {length} {unit} long and {width} {unit} wide. "
            f"How tall is it, in {'centimetres' if unit == 'cm' else 'metres'}?"
            + hint(level, "find the area of the base first, then divide.")
        )
        base = q(length * width, f"{unit}²")
        steps = [
            Step("Base: ", eq(mul(q(length, unit), q(width, unit)), base), "."),
            Step(eq(div(q(result, cubed), base), q(height, unit)), f", so it is {height} {unit} tall."),
        ]
        item = make(prompt, missing, steps, style, f"{length} × {width} × □ = {result}")
        return _with(item, cuboid_picture(length, width, height, unit, (length, width, UNKNOWN)))
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
            Step(
                "A: ",
                eq(mul(q(length, unit), q(width, unit), q(height, unit)), q(result, cubed)),
                "; B: ",
                eq(mul(*(q(d, unit) for d in other)), q(second, cubed)),
                ".",
            ),
            Step(
                rel(q(result, cubed), sign, q(second, cubed), restates=True),
                f", so the volume of A is {_SAID[sign]} B's.",
            ),
        ]
        predicted = mis.predictions(key, mis.volume_edges_added.on(length, width, height, against=other))
        other_check = f"{other[0]} × {other[1]} × {other[2]}"
        item = make(prompt, key, steps, style, f"{check} □ {other_check}", predicted=predicted)
        return _with(item, cuboid_picture(length, width, height, unit, (length, width, height)))  # box A
    if style == "true_or_false":
        wrong = slips[0].wrong()
        claim = result if rng.random() < 0.5 else wrong
        truth = claim == result
        prompt = f"{what} True or false? Its volume is {claim} {unit}³." + hint(level, tip)
        steps.append(verdict(q(result, cubed), q(claim, cubed), "volume"))
        slip = mis.volume_edges_added.on(length, width, height, claim=claim)
        predicted = mis.predictions(TrueFalse(truth), slip) if not truth else ()
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {claim}", predicted=predicted)
        return _with(item, picture)
    if style == "explain":
        return _volume_formula_reasoning(rng, lv, style)
    # word problem: a tank's capacity in litres (1000 cm³ = 1 litre) at levels 2 and 3; cubes in a box at level 1
    who = name(rng)
    if lv == 1:
        contexts.used("cube_box", edge=(length, width, height), cubes=result)
        prompt = (
            f"{who} packs 1 cm cubes into a box. The box holds {length} cubes along its length, {width} across and "
            f"{height} layers. How many cubes fit in the box? Give the volume in cm³."
        )
        return _with(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips)), picture)
    if lv == 2:
        sizes = [(a, b, c) for a in (10, 20, 30, 40, 50) for b in (10, 20, 25, 30) for c in (10, 20, 30, 40)]
    else:  # level 3: edges that are not all tens, and litres that may need a decimal point
        sizes = [(a, b, c) for a in (35, 45, 60, 75, 80) for b in (15, 24, 25, 32) for c in (12, 15, 25, 30)]
    # a fish tank holds 20 to 200 litres (the bank's fish_tank): no 6-litre tank
    tank = contexts.get("fish_tank")
    a, b, c = rng.choice([s for s in sizes if not tank.problems({"water": Fraction(s[0] * s[1] * s[2], 1000)})])
    litres = Fraction(a * b * c, 1000)
    contexts.used("fish_tank", water=litres)
    answer = Measure(litres, "l")
    prompt = (
        f"{who}'s fish tank is a cuboid {a} cm long, {b} cm wide and {c} cm tall. 1000 cm³ of water is 1 litre. "
        f"How many litres of water does the tank hold when full?"
    )
    # cm³ and litres are different kinds of unit to the steps, so the 1000 cm³ in a litre is said in words and the
    # division is written on plain numbers
    steps = [
        Step("Volume: ", eq(mul(q(a, "cm"), q(b, "cm"), q(c, "cm")), q(a * b * c, "cm³")), "."),
        Step("1000 cm³ is 1 litre: ", eq(div(a * b * c, 1000), exact(litres)), f", so it holds {_n(litres)} l."),
    ]
    slip = mis.conversion_wrong_factor.on(a * b * c, 1000, False)
    item = make(prompt, answer, steps, style, f"{a} × {b} × {c} ÷ 1000", predicted=mis.predictions(answer, slip))
    return _with(item, cuboid_picture(a, b, c, "cm", (a, b, c)))


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
        volume = length * width * height
        truth = wrong == volume  # never for edges of 2 or more
        steps = [
            Step(
                "Volume counts cubes: ",
                eq(mul(q(length, "cm"), q(width, "cm"), q(height, "cm")), q(volume, "cm³")),
                ".",
            ),
            Step(
                f"{who} added the edges, and ",
                rel(q(wrong, "cm³"), "≠", q(volume, "cm³")),
                f", so the statement is {truth_word(truth)}.",
            ),
        ]
        item = make(prompt, TrueFalse(truth), steps, style, f"{length} × {width} × {height} = {wrong}")
        return _with(item, cuboid_picture(length, width, height, "cm", (length, width, height)))
    # an L-shaped solid: the whole block's formula over-counts the cut-out part
    whole_l, whole_w, depth = rng.randint(9, 15), rng.randint(6, 12), rng.randint(3, 8)
    cut_l, cut_w = rng.randint(2, whole_l - 2), rng.randint(2, whole_w - 2)
    wrong = whole_l * whole_w * depth
    right = wrong - cut_l * cut_w * depth
    prompt = (
        f"A solid is an L-shape {depth} cm thick: {_a(whole_l)} {whole_l} cm by {whole_w} cm block with "
        f"{_a(cut_l)} {cut_l} cm by {cut_w} cm corner cut out all the way through. {who} says its volume is "
        f"{whole_l} × {whole_w} × {depth} = {wrong} cm³. Is {who} right? Explain."
    )
    corner = mul(q(cut_l, "cm"), q(cut_w, "cm"), q(depth, "cm"))
    truth = wrong == right  # never: the corner cut out has a volume
    steps = [
        "The formula length × width × height is only for cuboids; this solid is not a cuboid.",
        Step("Take away the corner: ", eq(sub(q(wrong, "cm³"), corner), q(right, "cm³")), "."),
        Step("So ", rel(q(right, "cm³"), "≠", q(wrong, "cm³")), f": the statement is {truth_word(truth)}."),
    ]
    check = f"{whole_l} × {whole_w} × {depth} − {cut_l} × {cut_w} × {depth} = {wrong}"
    # the L-shaped face, with the lengths the question gives; the thickness is in the words
    vertices, _ = l_shape(whole_l, whole_w, cut_l, cut_w)
    face = Shape2D(
        vertices,
        side_labels=(whole_l, None, cut_l, cut_w, None, whole_w),
        right_angles=(0, 1, 2, 4, 5),
        unit="cm",
        name="L-shaped face",
    )
    return _with(make(prompt, TrueFalse(truth), steps, style, check), face)
