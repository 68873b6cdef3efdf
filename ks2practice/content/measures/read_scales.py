"""Read scales on rulers, jugs and weighing scales."""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Measure, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import KIND
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, make, name, ordinal, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import Diagram, MeasuringJug, Ruler, WeighingScale

# ---------------------------------------------------------------------- reading scales

# (unit, what is measured, end of the scale, labelled every, small steps between labels) per level
SCALES: dict[int, tuple[tuple[str, str, object, object, int], ...]] = {
    1: (
        ("cm", "ruler", 20, 5, 5),
        ("cm", "ruler", 10, 2, 2),
        ("g", "kitchen scale", 100, 50, 5),
        ("ml", "measuring jug", 500, 100, 2),
        ("g", "kitchen scale", 50, 10, 2),
        ("ml", "measuring jug", 100, 20, 2),
        ("kg", "bathroom scale", 50, 10, 5),
    ),
    2: (
        ("g", "kitchen scale", 1000, 200, 4),
        ("ml", "measuring jug", 1000, 250, 5),
        ("g", "kitchen scale", 500, 100, 5),
        ("ml", "measuring jug", 2000, 500, 5),
        ("kg", "weighing scale", 100, 20, 4),
        ("cm", "metre stick", 100, 20, 2),
        ("g", "parcel scale", 2000, 500, 4),
    ),
    3: (
        ("kg", "weighing scale", Decimal(3), Decimal(1), 4),
        ("l", "measuring jug", Decimal(2), Decimal("0.5"), 5),
        ("kg", "kitchen scale", Decimal(2), Decimal("0.5"), 5),
        ("cm", "ruler", Decimal(6), Decimal(1), 10),
        ("l", "measuring cylinder", Decimal(1), Decimal("0.5"), 5),  # steps of 0.1 l: no 20ths in Year 3
        ("kg", "parcel scale", Decimal(5), Decimal(1), 5),
    ),
}
_STUFF = {
    "ruler": "the pencil",
    "metre stick": "the plant",
    "kitchen scale": "the flour",
    "bathroom scale": "the luggage",
    "weighing scale": "the potatoes",
    "parcel scale": "the parcel",
    "measuring jug": "the jug",
    "measuring cylinder": "the cylinder",
}


def _instrument(tool: str, unit: str, end: object, every: object, parts: int, value: Decimal) -> Diagram:
    """The instrument the item names, its scale as described and its reading at the value (never labelled)."""
    reading = int(value) if value == int(value) else value
    if unit == "cm":  # a ruler or metre stick: the object lies from 0 to the arrow
        thing = "pencil" if tool == "ruler" and end > 10 else "bar"
        return Ruler(int(end), 0, reading, every=every, parts=parts, thing=thing, mark="?")
    if unit in ("ml", "l"):
        return MeasuringJug(end, every, parts, reading, unit=unit)
    return WeighingScale(end, every, parts, reading, unit=unit)


def _scale_reading(rng: random.Random, level: Level) -> dict:
    unit, tool, end, every, parts = rng.choice(SCALES[int(level)])
    step = Fraction(every) / parts
    marks = int(Fraction(end) / step)
    mark = rng.choice([k for k in range(1, marks) if k % parts])  # never on a labelled mark
    value = step * mark
    # halfway between marks only where the reading stays in Year 3's numbers: halves, quarters, fifths, tenths
    # (no 0.125 or 0.05 — 3 decimal places, eighths and twentieths are beyond the year's pitch)
    half = (
        int(level) == 3
        and rng.random() < 0.4
        and mark < marks - 1
        and (value + step / 2).denominator in (1, 2, 4, 5, 10)
    )
    if half:
        value += step / 2
    label_below = (mark // parts) * parts * step
    past = mark - mark // parts * parts
    as_decimal = isinstance(end, Decimal)

    def number(x: Fraction) -> object:
        return Decimal(show(x)) if as_decimal else int(x)

    picture = _instrument(tool, unit, number(Fraction(end)), number(Fraction(every)), parts, Decimal(show(value)))
    check = f"{show(label_below)} + {past} × {show(Fraction(every))} ÷ {parts}" + (
        f" + {show(Fraction(every))} ÷ {parts} ÷ 2" if half else ""
    )
    return dict(
        unit=unit,
        tool=tool,
        end=Fraction(end),
        every=Fraction(every),
        parts=parts,
        step=step,
        value=value,
        half=half,
        below=label_below,
        past=past,
        picture=picture,
        check=check,
        decimal=as_decimal,
    )


@topic(
    "measures.read_scales",
    title="Read scales on rulers, jugs and weighing scales",
    codes=("3M2a", "3M2b", "3M2c"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem"),
)
def read_scales(rng: random.Random, level: Level, style: str) -> Item:
    s = _scale_reading(rng, level)
    unit, step, value = s["unit"], s["step"], s["value"]
    describe = (
        f"The {s['tool']} is marked from 0 {unit} to {show(s['end'])} {unit}, labelled every {show(s['every'])} "
        f"{unit}, with {s['parts']} equal steps between labels."
    )
    where = f"The arrow points {'halfway between' if s['half'] else 'to'} the {ordinal(s['past'])} "
    where += f"small mark after {show(s['below'])} {unit}" + (" and the next mark." if s["half"] else ".")
    worth = Step(
        "Each small step is worth ", eq(div(q(exact(s["every"]), unit), s["parts"]), q(exact(step), unit)), "."
    )
    terms = [q(exact(s["below"]), unit), mul(s["past"], q(exact(step), unit))]
    if s["half"]:
        terms.append(div(q(exact(step), unit), 2))  # halfway to the next mark: half a step more
    steps: list[str] = [worth, Step(eq(add(*terms), q(exact(value), unit)))]
    tip = f"find what each small step is worth: {show(s['every'])} ÷ {s['parts']}."
    # counting each small step as 1 (or 10, or 0.1 on a decimal scale) instead of its real size
    sizes = (1, Fraction(1, 10)) if s["decimal"] else (1, 10)
    marks = (s["every"], s["parts"], s["below"], s["past"], s["half"])
    slips = [mis.scale_step_as_one.on(*marks, size=w) for w in sizes]
    # a slip counts only where it reads a mark on the scale and differs from the reading
    slips = [one for one in slips if one.wrong() is not None and 0 < one.wrong() < s["end"] and one.wrong() != value]
    item_check = s["check"]
    if style == "missing_number":
        answer = Measure(step, unit)
        prompt = f"{describe} How much is each small step worth?" + hint(level, "count the steps from one label.")
        steps = [
            Step(
                f"{s['parts']} steps make {show(s['every'])} {unit}, so one step is ",
                eq(div(q(exact(s["every"]), unit), s["parts"]), q(exact(step), unit)),
                ".",
            )
        ]
        check = f"{show(s['every'])} ÷ {s['parts']}"
        predicted = mis.predictions(answer, mis.scale_step_as_one.on(s["every"], s["parts"]))
        item = make(prompt, answer, steps, style, check, predicted=predicted)
    elif style == "fluency":
        answer = Measure(value, unit)
        prompt = f"{describe} {where} What does the {s['tool']} show?" + hint(level, tip)
        item = make(prompt, answer, steps, style, item_check, predicted=mis.predictions(answer, *slips))
    elif style == "spot_the_mistake":
        # the wrong reading and the story of it come from one mechanism on this scale's marks
        chosen = rng.choice(slips) if slips else None
        slip = chosen.wrong() if chosen else value + step
        who = name(rng)
        answer = Measure(value, unit)
        prompt = (
            f"{describe} {where} {who} says it shows {show(slip)} {unit}. What mistake did {who} make, and what "
            f"does it really show?" + hint(level, tip)
        )
        if chosen:
            steps[:0] = chosen.mechanism.story(*chosen.operands, **dict(chosen.options))
        else:  # an arrow one mark too far along: what it reads is counted on the scale
            steps.insert(
                0,
                Step(f"{who} counted one mark too many: ", rel(q(exact(slip), unit), "≠", q(exact(value), unit)), "."),
            )
        item = make(prompt, answer, steps, style, item_check, predicted=mis.predictions(answer, *slips))
    elif style == "true_or_false":
        claim = value if rng.random() < 0.5 else rng.choice([one.wrong() for one in slips] or [value + step])
        answer = TrueFalse(claim == value)
        prompt = f"{describe} {where} True or false? It shows {show(claim)} {unit}." + hint(level, tip)
        if claim == value:
            steps.append(f"That is the reading in the statement, so the statement is {truth_word(True)}.")
        else:
            steps.append(
                Step("So ", rel(q(exact(value), unit), "≠", q(exact(claim), unit)), ": the statement is false.")
            )
        item = make(prompt, answer, steps, style, f"{item_check} = {show(claim)}")
    else:
        target = s["end"]
        more = target - value
        answer = Measure(more, unit)
        stuff = _STUFF[s["tool"]]
        if s["tool"] == "ruler" and s["end"] <= 10:
            stuff = "the rubber"  # a 6 cm ruler measures a rubber, not a pencil
        if s["tool"] == "weighing scale" and s["end"] > 10:
            stuff = "the sacks of potatoes"  # 85 kg is several sacks, not the potatoes for tea
        contexts.used("scale_readings", **{f"{stuff} ({unit})": value, f"the scale's end ({unit})": target})
        question = {
            # the arrow is a reading: say what it measures, so it does not turn into the pencil itself
            "length": f"{stuff.capitalize()} lies along the {s['tool']} from 0 and ends at the arrow. How much longer "
            f"would it need to be to reach {show(target)} {unit}?",
            "mass": f"The arrow shows the mass of {stuff}. How much more must be added to make {show(target)} {unit}?",
            "capacity": f"The arrow shows how much water is in {stuff}. How much more must be poured in to reach "
            f"{show(target)} {unit}?",
        }[KIND[unit]]
        prompt = f"{describe} {where} {question}" + hint(level, tip)
        steps.append(Step(eq(sub(q(exact(target), unit), q(exact(value), unit)), q(exact(more), unit))))
        wrong_more = [mis.scale_step_as_one.on(*one.operands, **dict(one.options), from_end=target) for one in slips]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(target)} − ({item_check})",
            predicted=mis.predictions(answer, *wrong_more),
        )
    return replace(item, diagram=s["picture"])
