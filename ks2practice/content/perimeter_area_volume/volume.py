"""Volume of cuboids: counting cubes, the formula, and capacity."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, DecimalNumber, Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.perimeter_area_volume.common import _n
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic


def _bare(value: Fraction | int) -> Answer:
    value = Fraction(value)
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(Decimal(show(value)))


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
