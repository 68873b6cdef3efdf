"""Read and estimate numbers on number lines and scales."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Measure, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import bracket, hint, make, ordinal, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, q, rel, sub

# ---------------------------------------------------------------------- number lines


@topic(
    "number.number_lines",
    title="Read and estimate numbers on number lines and scales",
    codes=("3N4", "4N4a", "6N5"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
    representations=pictures.kinds("number_lines"),
)
@pictures.pictured("number_lines")
def number_lines(rng: random.Random, level: Level, style: str) -> Item:
    width, parts, starts = rng.choice(RANGES["number_lines"][int(level)]["lines"])  # type: ignore[arg-type]
    start = rng.choice(starts)
    end = start + width
    size = width // parts
    tip = f"work out what each step is worth: {show(end - start)} ÷ {parts}."
    if style == "missing_number":
        a = start + size * rng.randint(0, max(0, (-start) // size - 1) if start < 0 else parts - 2)
        b = a + size * 2 * rng.randint(1, max(1, (end - a) // (2 * size)))
        answer = WholeNumber((a + b) // 2)
        prompt = f"What number is halfway between {show(a)} and {show(b)}?" + hint(
            level, "find the gap, then halve it."
        )
        steps = [
            Step("The gap is ", eq(sub(b, a), b - a), "."),
            Step("Half of it is ", eq(div(b - a, 2), (b - a) // 2), "."),
            Step(eq(add(a, (b - a) // 2), (a + b) // 2)),
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"({bracket(a)} + {bracket(b)}) ÷ 2",
            predicted=mis.predictions(answer, mis.halfway_half_difference.on(a, b)),
        )
        return pictures.offer(item, number_line=pictures.halfway_line(a, b))
    mark = rng.randint(1, parts - 1)
    value = start + mark * size
    steps = _reading_steps(start, end, parts, mark)
    check = f"{bracket(start)} + {mark} × ({show(end)} − {bracket(start)}) ÷ {parts}"
    wrongs = [mis.number_line_interval.on(start, mark, w) for w in (1, 10) if w != size]
    if style == "fluency":
        answer = WholeNumber(value)
        prompt = (
            f"A number line goes from {show(start)} to {show(end)}. It is split into {parts} equal steps. "
            f"An arrow points to the {ordinal(mark)} mark after {show(start)}. What number does it point to?"
            + hint(level, tip)
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrongs))
        return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))
    if style == "true_or_false":
        claim = (
            value
            if rng.random() < 0.5
            else rng.choice([start + mark * w for w in (1, 10, size * 2) if start + mark * w != value] + [value + size])
        )
        answer = TrueFalse(claim == value)
        prompt = (
            f"True or false? On a number line from {show(start)} to {show(end)} split into {parts} equal "
            f"steps, the {ordinal(mark)} mark after {show(start)} is {show(claim)}." + hint(level, tip)
        )
        if claim != value:
            steps.append(Step(rel(claim, "≠", value), "."))
        steps.append(f"So the statement is {truth_word(claim == value)}.")
        item = make(prompt, answer, steps, style, f"{check} = {show(claim)}")
        return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))
    kind, start, end, parts = rng.choice(RANGES["number_lines"][int(level)]["scales"])  # type: ignore[arg-type]
    size = (end - start) // parts
    template, unit = _SCALES[kind]
    # what the scale measures, believably (number_line_readings in the bank): a pencil at most 19 cm, a lorry 3 t+
    thing = {"jug": "jug", "scale": "flour", "thermometer": "thermometer", "weighbridge": "lorry"}.get(kind, "")
    readings = contexts.get("number_line_readings")
    marks = [m for m in range(1, parts) if not thing or readings[thing].holds(start + m * size)]
    mark = rng.choice(marks)
    value = start + mark * size
    if kind == "ruler":
        thing = rng.choice([t for t in ("pencil", "strip of card") if readings[t].holds(value)])
        template = template.replace("pencil", thing)
    contexts.used("number_line_readings", **{thing: value})
    steps = _reading_steps(start, end, parts, mark, "°C" if kind == "thermometer" else unit)
    answer = Measure(value, unit, unit_required=False) if unit else WholeNumber(value)
    prompt = template.format(a=show(start), b=show(end), p=parts, m=ordinal(mark)) + hint(
        level, f"work out what each step is worth: {show(end - start)} ÷ {parts}."
    )
    wrongs = [mis.number_line_interval.on(start, mark, w) for w in (1, 10) if w != size]
    check = f"{bracket(start)} + {mark} × ({show(end)} − {bracket(start)}) ÷ {parts}"
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrongs))
    return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))


def _reading_steps(start: int, end: int, parts: int, mark: int, unit: str = "") -> list[str]:
    """What each step is worth, then the mark counted on from the start: (1,000 − 0) ÷ 4 = 250; 0 + 3 × 250."""
    size = (end - start) // parts
    return [
        Step("Each step is worth ", eq(div(sub(q(end, unit), q(start, unit)), parts), q(size, unit)), "."),
        Step(eq(add(q(start, unit), mul(mark, q(size, unit))), q(start + mark * size, unit))),
    ]


_SCALES = {
    "jug": (
        "A measuring jug is marked from {a} ml to {b} ml in {p} equal steps. The water comes up to the {m} "
        "mark. How much water is in the jug?",
        "ml",
    ),
    "scale": (
        "The dial of a kitchen scale is marked from {a} g to {b} g in {p} equal steps. The pointer is at the "
        "{m} mark. What is the mass of the flour on the scale?",
        "g",
    ),
    "ruler": (
        "A ruler is marked from {a} cm to {b} cm in {p} equal steps. A pencil reaches the {m} mark. How long "
        "is the pencil?",
        "cm",
    ),
    "thermometer": (
        "A thermometer is marked from {a} °C to {b} °C in {p} equal steps. The liquid is at the {m} "
        "mark. What temperature does it show, in °C?",
        "",
    ),
    "weighbridge": (
        "The scale of a lorry weighbridge is marked from {a} kg to {b} kg in {p} equal steps. The "
        "pointer is at the {m} mark. What is the mass of the lorry?",
        "kg",
    ),
}
