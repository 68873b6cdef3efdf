"""Perimeter of rectangles and rectilinear shapes."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Comparison, Measure, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.perimeter_area_volume import pav_reasoning
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
    rectangles,
    verdict,
)
from ks2practice.content.wording import hint, make, name, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, group, mul, pounds, q, rel, sub
from ks2practice.pictures.diagrams import Shape2D

_SAID = {"<": "shorter than", ">": "longer than", "=": "the same as"}


def _unlabelled(sides: tuple[int, ...], labels: tuple[int | None, ...], unit: str) -> list[object]:
    """Each side with no label worked out from the sides opposite it, as relations: 12 cm − 5 cm = 7 cm."""
    w, lower, cw, ch, top, h = sides
    found = {
        1: eq(sub(q(h, unit), q(ch, unit)), q(lower, unit)),
        2: eq(sub(q(w, unit), q(top, unit)), q(cw, unit)),
        3: eq(sub(q(h, unit), q(lower, unit)), q(ch, unit)),
        4: eq(sub(q(w, unit), q(cw, unit)), q(top, unit)),
    }
    parts: list[object] = []
    for index, label in enumerate(labels):
        if label is None:
            parts += [", " if parts else "", found[index]]
    return parts


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
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "spot_the_mistake",
        "word_problem",
        "same_different",
        "explain",
    ),
)
def perimeter(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    unit = rng.choice(UNITS[lv])
    if style == "same_different":
        hold = rng.choice(("area", "perimeter", "perimeter"))
        return pav_reasoning.same_different_pair(rng, lv, unit, hold, areas=lv > 1)  # Year 3: no square units
    if style == "explain":
        return pav_reasoning.perimeter_explain(rng, lv, unit)
    if style == "word_problem":
        # a garden is fenced in metres, a photo framed in centimetres, each at a size it really comes in
        unit = "m" if lv == 3 else unit
        context = "garden_fence" if unit == "m" else "photo_frame"
        length, width = pav_reasoning.two_sides(rng, context, "side", None, 12 if lv == 1 else None)
        if lv == 3:
            return _fence_cost(rng, length, width, name(rng), style, rectangle(length, width, "m", "two"))
    if style == "compare":
        return _same_area_perimeters(rng, lv, unit, style)
    if style == "missing_number":
        return _side_from_perimeter(rng, lv, unit, style)
    if lv == 1 or style in ("spot_the_mistake", "word_problem"):
        if style != "word_problem":
            length, width = _rectangle_sides(rng, lv)
        result = 2 * (length + width)
        labels = "all" if lv == 1 and rng.random() < 0.5 else "two"
        diagram = rectangle(length, width, unit, labels)
        check = f"{length} + {width} + {length} + {width}"
        steps = [
            "Opposite sides of a rectangle are equal." if labels == "two" else "Add all four sides.",
            Step(eq(add(*(q(v, unit) for v in (length, width, length, width))), q(result, unit))),
        ]
        slips = [mis.area_for_perimeter.on(length, width)]
        if labels == "two":
            slips.append(mis.two_sides_only.on(length, width))
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
            Step("Work out the sides with no label from the opposite sides: ", *_unlabelled(sides, labels, unit), "."),
            Step("Go round every side: ", eq(add(*(q(v, unit) for v in sides)), q(result, unit))),
        ]
        slips = [mis.unlabelled_sides_ignored.on(known)]
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
        wrongs = [w for w in (one.wrong() for one in slips) if w is not None and w != result]
        claim = result if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
        truth = claim == result
        shape = f"a rectangle {length} {unit} long and {width} {unit} wide" if labels != "l" else "the L-shape"
        before = "" if labels != "l" else f"An L-shape has right-angled corners. {words} "
        prompt = f"{before}True or false? The perimeter of {shape} is {_n(claim)} {unit}." + hint(level, tip)
        steps.append(verdict(q(result, unit), q(claim, unit), "perimeter"))
        item = make(prompt, TrueFalse(truth), steps, style, f"{check} = {_n(claim)}")
    elif style == "spot_the_mistake":
        slip = rng.choice([one for one in slips if one.wrong() is not None])
        wrong = slip.wrong()
        who = name(rng)
        prompt = (
            f"{who} says the perimeter of {what} is {_n(wrong)} {unit}. What mistake did {who} make? "
            f"What is the perimeter?" + hint(level, tip)
        )
        # the wrong answer and its story come from one mechanism on these sides
        steps[:0] = slip.mechanism.story(*slip.operands)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    else:
        who = name(rng)
        place = "garden" if unit == "m" else "photo"
        edge = "a fence" if unit == "m" else "a frame"
        prompt = (
            f"{who} puts {edge} all the way round a rectangular {place} {length} {unit} long and {width} {unit} "
            f"wide. How long is the {edge.split()[1]}?" + hint(level, tip)
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


def _fence_cost(rng: random.Random, length: int, width: int, who: str, style: str, diagram: Shape2D) -> Item:
    """Greater depth: perimeter, then the cost of fencing it (money in pence)."""
    from ks2practice.answers.kinds import Money

    per_metre = contexts.get("garden_fence").draw(rng, "price", 250, 2500, step=25)
    metres = 2 * (length + width)
    answer = Money(metres * per_metre)
    diagram = rectangle(length, width, "m", "two")
    prompt = (
        f"{who} wants to fence all the way round a rectangular garden {length} m long and {width} m wide. "
        f"Fencing costs {Money(per_metre).format()} a metre. How much will the fencing cost?"
    )
    steps = [
        Step("Perimeter: ", eq(mul(2, group(add(q(length, "m"), q(width, "m")))), q(metres, "m")), "."),
        Step(
            f"{metres} metres at {Money(per_metre).format()} a metre: ",
            eq(mul(metres, pounds(per_metre)), pounds(metres * per_metre)),
            ".",
        ),
    ]
    predicted = mis.predictions(answer, mis.two_sides_only.on(length, width, per=per_metre))
    item = make(prompt, answer, steps, style, f"2 × ({length} + {width}) × {per_metre}", predicted=predicted)
    return replace(item, diagram=diagram)


def _side_from_perimeter(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    length, width = _rectangle_sides(rng, lv)
    total = 2 * (length + width)
    square = length == width
    answer = Measure(width, unit)
    if square:
        prompt = f"A square has a perimeter of {total} {unit}. How long is each side?"
        steps = [Step("A square has 4 equal sides: ", eq(div(q(total, unit), 4), q(width, unit)), ".")]
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
        rest = total - 2 * length
        steps = [
            Step("Two lengths: ", eq(mul(2, q(length, unit)), q(2 * length, unit)), "."),
            Step("The two widths make ", eq(sub(q(total, unit), q(2 * length, unit)), q(rest, unit)), "."),
            Step("One width: ", eq(div(q(rest, unit), 2), q(width, unit)), "."),
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
    # forgetting to share what is left between the equal sides
    slip = mis.missing_sides_not_shared.on(total) if square else mis.missing_sides_not_shared.on(total, length)
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    return replace(item, diagram=diagram)


def _factor_pairs(area: int, low: int, high: int) -> list[tuple[int, int]]:
    return [(area // w, w) for w in range(low, high + 1) if area % w == 0 and w <= area // w <= high]


def _same_area_perimeters(rng: random.Random, lv: int, unit: str, style: str) -> Item:
    """Two rectangles with the same area: compare their perimeters (6M7a)."""
    if lv == 1:  # Year 3: no square units yet, so two rectangles compared by their perimeters alone
        (l1, w1), (l2, w2) = (sorted(rng.sample(range(1, 11), 2), reverse=True) for _ in range(2))
        while (l1, w1) == (l2, w2):
            l2, w2 = sorted(rng.sample(range(1, 11), 2), reverse=True)
    else:
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
    same_area = (
        []
        if lv == 1
        else [
            Step(
                "Both have the same area: ",
                eq(mul(q(l1, unit), q(w1, unit)), mul(q(l2, unit), q(w2, unit)), q(area, f"{unit}²")),
                ".",
            )
        ]
    )
    steps = [
        *same_area,
        Step(
            "A: ",
            eq(mul(2, group(add(q(l1, unit), q(w1, unit)))), q(p1, unit)),
            "; B: ",
            eq(mul(2, group(add(q(l2, unit), q(w2, unit)))), q(p2, unit)),
            ".",
        ),
        Step(
            rel(q(p1, unit), sign, q(p2, unit), restates=sign == "="),
            f", so the perimeter of A is {_SAID[sign]} the perimeter of B.",
        ),
    ]
    # comparing the areas instead (always '=' above Year 3, where the areas are the same)
    slip = mis.area_for_perimeter.on(l1, w1, against=(l2, w2)) if lv > 1 else None
    check = f"2 × ({l1} + {w1}) □ 2 × ({l2} + {w2})"
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    return replace(item, diagram=rectangles([(l1, w1), (l2, w2)], unit))
