"""Parts of a circle: radius, diameter and circumference; the diameter is twice the radius."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import geometry as geo
from ks2practice.content.shapes.common import cm
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic


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
        claimed = rng.choice([d, r // 2 if r % 2 == 0 else r + 1])
        answer = TrueFalse(claimed == d)
        prompt = f"True or false? A circle with a radius of {r} cm has a diameter of {claimed} cm." + hint(
            level, "the diameter goes right across."
        )
        predicted = mis.predictions(answer, ("radius_diameter_confused", claimed != d))
        return make(
            prompt,
            answer,
            [f"Diameter = 2 × radius = 2 × {r} cm = {d} cm.", f"So it is {truth_word(claimed == d)}."],
            style,
            f"2 × {r} = {claimed}",
            predicted=predicted,
        )
    if style == "word_problem":
        who = name(rng)
        if level == Level.GREATER_DEPTH:
            count = rng.randint(3, 6)
            answer = cm(count * d)
            prompt = (
                f"{who} puts {count} round coasters, each with a radius of {r} cm, in a row touching each other in a "
                f"box. The box is exactly as long as the row. How long is the box?"
            )
            steps = [f"Each coaster is 2 × {r} = {d} cm across.", f"{count} × {d} cm = {count * d} cm"]
            predicted = mis.predictions(answer, ("radius_diameter_confused", count * r))
            return make(prompt, answer, steps, style, f"{count} × 2 × {r}", predicted=predicted)
        thing = rng.choice(["plate", "clock face", "bicycle wheel", "pizza", "hoop"])
        answer = cm(r)
        prompt = f"{who}'s {thing} is {d} cm across through its centre. What is its radius?" + hint(
            level, "the radius is half the diameter."
        )
        predicted = mis.predictions(answer, ("radius_diameter_confused", geo.radius_diameter_confused(d, False)))
        return make(
            prompt,
            answer,
            [f"The diameter is {d} cm.", f"Radius = {d} ÷ 2 = {r} cm"],
            style,
            f"{d} ÷ 2",
            predicted=predicted,
        )
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
                f"The large diameter is 2 × {big * r} = {2 * big * r} cm.",
                f"It is {big} small diameters: {2 * big * r} ÷ {big} = {d} cm, so each radius is {d} ÷ 2 = {r} cm.",
            ]
            predicted = mis.predictions(answer, ("radius_diameter_confused", d))
            return make(prompt, answer, steps, style, f"2 × {big * r} ÷ {big} ÷ 2", predicted=predicted)
        answer = cm(r)
        prompt = f"A circle has a diameter of {d} cm. Its radius is □ cm. What is □?" + hint(level, "halve it.")
        predicted = mis.predictions(answer, ("radius_diameter_confused", geo.radius_diameter_confused(d, False)))
        return make(
            prompt, answer, [f"Radius = diameter ÷ 2 = {d} ÷ 2 = {r} cm"], style, f"2 × □ = {d}", predicted=predicted
        )
    answer = cm(d)
    prompt = f"A circle has a radius of {r} cm. What is its diameter?" + hint(level, "the diameter is 2 radii.")
    predicted = mis.predictions(answer, ("radius_diameter_confused", geo.radius_diameter_confused(r, True)))
    return make(prompt, answer, [f"Diameter = 2 × radius = 2 × {r} = {d} cm"], style, f"2 × {r}", predicted=predicted)
