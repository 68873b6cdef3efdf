"""Perimeter of rectangles and rectilinear shapes."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Comparison, Measure, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.perimeter_area_volume.common import (
    SIDES,
    UNITS,
    _a,
    _l_numbers,
    _n,
    _rectangle_sides,
    _shape,
    l_shape,
    rectangle,
)
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import Shape2D


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
