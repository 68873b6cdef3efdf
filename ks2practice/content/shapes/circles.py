"""Parts of a circle: radius, diameter and circumference; the diameter is twice the radius."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.shapes.common import cm
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, q, rel
from ks2practice.pictures.diagrams import UNKNOWN, Circle


def _drawn(item: Item, radius: int | str, diameter: int | str) -> Item:
    """The circle with the length given labelled and the one asked for marked '?'."""
    return replace(item, diagram=Circle(radius=radius, diameter=diameter))


@topic(
    "shapes.circles",
    title="Parts of a circle: radius, diameter and circumference; the diameter is twice the radius",
    codes=("6G5",),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
)
def circles(rng: random.Random, level: Level, style: str) -> Item:
    r = rng.randint(2, 10) if level == Level.WORKING_TOWARDS else rng.randint(6, 45)
    d = 2 * r
    if style == "true_or_false":
        # The wrong claim is one a mistake makes: the radius halved (r even) or the radius itself (r odd).
        slip = mis.radius_diameter_confused.on if r % 2 == 0 else mis.radius_as_diameter.on
        wrong_claim = r // 2 if r % 2 == 0 else r
        claimed = rng.choice([d, wrong_claim])
        answer = TrueFalse(claimed == d)
        prompt = f"True or false? A circle with a radius of {r} cm has a diameter of {claimed} cm." + hint(
            level, "the diameter goes right across."
        )
        applied = slip(r, True, claimed=claimed) if r % 2 == 0 else slip(r, claimed=claimed)
        predicted = mis.predictions(answer, applied)
        sign = "=" if claimed == d else "≠"
        item = make(
            prompt,
            answer,
            [
                Step("Diameter = 2 × radius: ", eq(mul(2, q(r, "cm")), q(d, "cm")), "."),
                Step(
                    rel(q(d, "cm"), sign, q(claimed, "cm"), restates=sign == "="),
                    f", so it is {truth_word(claimed == d)}.",
                ),
            ],
            style,
            f"2 × {r} = {claimed}",
            predicted=predicted,
        )
        return _drawn(item, r, UNKNOWN)
    if style == "word_problem":
        who = name(rng)
        if level == Level.GREATER_DEPTH:
            # Real sizes from the bank: a coaster 45 cm in radius is a table top.
            kind = rng.choice(("coaster", "tin", "plate"))
            bank = contexts.get("round_things")
            count = bank.draw(rng, "in_a_box", 3, 6)
            things = f"{kind}s"
            r = bank.draw(rng, kind, 10 if kind == "plate" else None)
            d = 2 * r
            answer = cm(count * d)
            prompt = (
                f"{who} puts {count} round {things}, each with a radius of {r} cm, in a row touching each other in a "
                f"box. The box is exactly as long as the row. How long is the box?"
            )
            steps = [
                Step(f"Each {things[:-1]} is ", eq(mul(2, q(r, "cm")), q(d, "cm")), " across."),
                Step(eq(mul(count, q(d, "cm")), q(count * d, "cm"))),
            ]
            predicted = mis.predictions(answer, mis.radius_as_diameter.on(r, count))
            return make(prompt, answer, steps, style, f"{count} × 2 × {r}", predicted=predicted)
        # Each thing at a size it really comes in: no 4 cm bicycle wheels or 90 cm plates.
        sizes = (
            (("coaster", None), ("mug", None), ("plate", 10), ("biscuit", None))
            if level == Level.WORKING_TOWARDS
            else (("plate", None), ("clock_face", None), ("pizza", None), ("bicycle_wheel", None), ("hoop", None))
        )
        kind, most = rng.choice(sizes)
        r = contexts.get("round_things").draw(rng, kind, None, most)
        thing = kind.replace("_", " ")
        d = 2 * r
        answer = cm(r)
        prompt = f"{who}'s {thing} is {d} cm across through its centre. What is its radius?" + hint(
            level, "the radius is half the diameter."
        )
        predicted = mis.predictions(
            answer, mis.radius_diameter_confused.on(d, False), mis.radius_as_diameter.on(d, across=False)
        )
        item = make(
            prompt,
            answer,
            [f"The diameter is {d} cm.", Step("Radius = diameter ÷ 2: ", eq(div(q(d, "cm"), 2), q(r, "cm")))],
            style,
            f"{d} ÷ 2",
            predicted=predicted,
        )
        return _drawn(item, UNKNOWN, d)
    if style == "missing_number":
        if level == Level.GREATER_DEPTH:
            big = rng.randint(2, 4)
            answer = cm(r)
            prompt = (
                f"{big} equal circles fit exactly across the diameter of a large circle, touching in a line "
                f"through its centre. The large circle has a radius of {big * r} cm. What is the radius "
                "of each small circle? □ cm"
            )
            steps = [
                Step("The large diameter is ", eq(mul(2, q(big * r, "cm")), q(2 * big * r, "cm")), "."),
                Step(
                    f"It is {big} small diameters: ",
                    eq(div(q(2 * big * r, "cm"), big), q(d, "cm")),
                    ", so each radius is ",
                    eq(div(q(d, "cm"), 2), q(r, "cm")),
                    ".",
                ),
            ]
            predicted = mis.predictions(answer, mis.radius_as_diameter.on(d, across=False))
            return make(prompt, answer, steps, style, f"2 × {big * r} ÷ {big} ÷ 2", predicted=predicted)
        answer = cm(r)
        prompt = f"A circle has a diameter of {d} cm. Its radius is □ cm. What is □?" + hint(level, "halve it.")
        predicted = mis.predictions(
            answer, mis.radius_diameter_confused.on(d, False), mis.radius_as_diameter.on(d, across=False)
        )
        steps = [Step("Radius = diameter ÷ 2: ", eq(div(q(d, "cm"), 2), q(r, "cm")))]
        return _drawn(make(prompt, answer, steps, style, f"2 × □ = {d}", predicted=predicted), UNKNOWN, d)
    answer = cm(d)
    prompt = f"A circle has a radius of {r} cm. What is its diameter?" + hint(level, "the diameter is 2 radii.")
    predicted = mis.predictions(answer, mis.radius_diameter_confused.on(r, True), mis.radius_as_diameter.on(r))
    steps = [Step("Diameter = 2 × radius: ", eq(mul(2, q(r, "cm")), q(d, "cm")))]
    return _drawn(make(prompt, answer, steps, style, f"2 × {r}", predicted=predicted), r, UNKNOWN)
