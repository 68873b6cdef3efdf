"""Use the properties of rectangles to find missing lengths and angles."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Measure, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.shapes.common import cm, with_picture
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import UNKNOWN, Shape2D

# ---------------------------------------------------------------------------------- missing lengths


@topic(
    "shapes.missing_lengths",
    title="Use the properties of rectangles to find missing lengths and angles",
    codes=("5G2a",),
    styles=("fluency", "missing_number", "word_problem", "true_or_false"),
)
def missing_lengths(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.GREATER_DEPTH and style == "true_or_false":
        a = rng.randint(20, 70)
        claimed = rng.choice([90 - a, 180 - a])
        answer = TrueFalse(claimed == 90 - a)
        prompt = (
            f"True or false? A diagonal of a rectangle makes an angle of {a}° with one side at a corner, so it "
            f"makes {claimed}° with the other side at that corner."
        )
        sign = "=" if claimed == 90 - a else "≠"
        steps = [
            Step("The corner of a rectangle is a right angle: ", eq(sub(q(90, "°"), q(a, "°")), q(90 - a, "°")), "."),
            Step(
                rel(q(90 - a, "°"), sign, q(claimed, "°"), restates=sign == "="),
                f", so it is {truth_word(claimed == 90 - a)}.",
            ),
        ]
        return make(prompt, answer, steps, style, f"{a} + {claimed} = 90")
    w, h = rng.sample(range(2, 10) if level == Level.WORKING_TOWARDS else range(3, 25), 2)
    vertices = ((0, 0), (w, 0), (w, h), (0, h))
    if style == "true_or_false" or (style == "fluency" and level == Level.WORKING_TOWARDS):
        if style == "true_or_false":
            claimed = rng.choice([w, h])
            answer = TrueFalse(claimed == w)
            prompt = f"True or false? In rectangle ABCD, AB = {w} cm and BC = {h} cm, so CD = {claimed} cm." + hint(
                level, "opposite sides of a rectangle are equal."
            )
            picture = Shape2D(
                vertices=vertices,
                side_labels=(w, h, None, None),
                unit="cm",
                vertex_names=tuple("ABCD"),
                right_angles=(0, 1, 2, 3),
            )
            sign = "=" if claimed == w else "≠"
            steps = [
                Step("Opposite sides of a rectangle are equal, so CD = AB = ", q(w, "cm"), "."),
                Step(
                    rel(q(w, "cm"), sign, q(claimed, "cm"), restates=sign == "="),
                    f", so it is {truth_word(claimed == w)}.",
                ),
            ]
            return with_picture(make(prompt, answer, steps, style, f"{w} = {claimed}"), picture)
        answer = cm(w)
        picture = Shape2D(
            vertices=vertices,
            side_labels=(w, h, UNKNOWN, None),
            unit="cm",
            vertex_names=tuple("ABCD"),
            right_angles=(0, 1, 2, 3),
        )
        prompt = f"ABCD is a rectangle. AB = {w} cm and BC = {h} cm. How long is CD?" + hint(
            level, "opposite sides are equal."
        )
        steps = ["Opposite sides of a rectangle are equal.", Step("CD = AB = ", q(w, "cm"))]
        # Half the perimeter is one length and one width: take the width away.
        return with_picture(make(prompt, answer, steps, style, f"2 × ({w} + {h}) ÷ 2 − {h}"), picture)
    perimeter = 2 * (w + h)
    if level == Level.GREATER_DEPTH or (style == "missing_number" and level == Level.EXPECTED and rng.random() < 0.5):
        return _rectilinear(rng, level, style)
    answer = cm(h)
    picture = Shape2D(vertices=vertices, side_labels=(w, UNKNOWN, None, None), unit="cm", right_angles=(0, 1, 2, 3))
    if style == "word_problem":
        who = name(rng)
        # each place at a size it really comes in: no 22 m garden pond, no 5 m by 4 m paddock
        small = ["vegetable_patch", "pond_surround", "chicken_run"]
        place = rng.choice(small if level == Level.WORKING_TOWARDS else [*small, "paddock", "playground"])
        bank = contexts.get(place)
        w = bank.draw(rng, "side")
        h = w
        while h == w:
            h = bank.draw(rng, "side")
        perimeter, place = 2 * (w + h), bank.noun
        prompt = (
            f"{who} puts a fence of {perimeter} m all the way round a rectangular {place}. One side is {w} m "
            f"long. How long is each of the other two sides?"
            + hint(level, "two lengths and two widths make the perimeter.")
        )
        answer = Measure(h, "m")
        steps = _perimeter_steps(perimeter, w, h, "m")
        predicted = mis.predictions(answer, mis.perimeter_not_halved.on(perimeter, w, "m"))
        item = make(prompt, answer, steps, style, f"({perimeter} − 2 × {w}) ÷ 2", predicted=predicted)
        plan = Shape2D(((0, 0), (w, 0), (w, h), (0, h)), (w, UNKNOWN, None, None), right_angles=(0, 1, 2, 3), unit="m")
        return with_picture(item, plan)  # the known side labelled, '?' on the side asked for
    prompt = (
        f"The rectangle has a perimeter of {perimeter} cm. One side is {w} cm. The side next to it is □ cm. "
        "What is □?" + hint(level, "take away the two known sides, then halve.")
    )
    steps = _perimeter_steps(perimeter, w, h, "cm")
    predicted = mis.predictions(answer, mis.perimeter_not_halved.on(perimeter, w, "cm"))
    return with_picture(
        make(prompt, answer, steps, style, f"2 × {w} + 2 × □ = {perimeter}", predicted=predicted), picture
    )


def _perimeter_steps(perimeter: int, w: int, h: int, unit: str) -> list[Step]:
    """Take the two known sides from the perimeter, then share what is left between the other two."""
    return [
        Step(f"The two {w} {unit} sides: ", eq(mul(2, q(w, unit)), q(2 * w, unit)), "."),
        Step("The other two sides: ", eq(sub(q(perimeter, unit), q(2 * w, unit)), q(perimeter - 2 * w, unit)), "."),
        Step("Each of them: ", eq(div(q(perimeter - 2 * w, unit), 2), q(h, unit))),
    ]


def _rectilinear(rng: random.Random, level: Level, style: str) -> Item:
    """An L-shape (a rectangle with a corner cut out): the missing side is a sum or a difference of others."""
    w, h = rng.randint(8, 20), rng.randint(8, 20)
    cw, ch = rng.randint(2, w - 3), rng.randint(2, h - 3)
    vertices = ((0, 0), (w, 0), (w, h - ch), (w - cw, h - ch), (w - cw, h), (0, h))
    if level == Level.GREATER_DEPTH:
        # Two steps: the two unlabelled sides first, then (unless only they are asked for) the perimeter.
        labels = (w, h - ch, cw, ch, None, None)
        unit = "m" if style == "word_problem" else "cm"
        perimeter = 2 * (w + h)
        known = (
            f"the bottom is {w} {unit}, the right side {h - ch} {unit}, the step across {cw} {unit} and the step up "
            f"{ch} {unit}"
        )
        if style == "missing_number":
            answer = cm(w - cw + h)
            prompt = (
                f"All the corners of this shape are right angles: {known}. The top and the left side together are "
                "□ cm. What is □?"
            )
            steps = [
                *_two_sides(w, h, cw, ch, "cm"),
                Step(eq(add(q(w - cw, "cm"), q(h, "cm")), q(w - cw + h, "cm"))),
            ]
            picture = Shape2D(vertices=vertices, side_labels=labels, unit="cm")
            return with_picture(make(prompt, answer, steps, style, f"({w} − {cw}) + ({h - ch} + {ch})"), picture)
        answer = Measure(perimeter, unit)
        if style == "word_problem":
            contexts.used("lawn_edging", side=(w, h, cw, ch, w - cw, h - ch))
            prompt = (
                f"{name(rng)} puts edging all the way round an L-shaped lawn. All its corners are right angles: "
                f"{known}. How much edging is needed?"
            )
        else:
            prompt = f"All the corners of this shape are right angles: {known}. What is its perimeter?"
        sides = [w, h - ch, cw, ch, w - cw, h]
        steps = [
            *_two_sides(w, h, cw, ch, unit),
            Step("Perimeter = ", eq(add(*(q(side, unit) for side in sides)), q(perimeter, unit))),
        ]
        check = f"{w} + {h - ch} + {cw} + {ch} + ({w} − {cw}) + ({h - ch} + {ch})"
        picture = Shape2D(vertices=vertices, side_labels=labels, unit=unit)
        return with_picture(make(prompt, answer, steps, style, check), picture)
    labels = (w, h - ch, None, ch, w - cw, UNKNOWN)
    answer = cm(h)
    prompt = (
        f"All the corners of this shape are right angles. The right side is {h - ch} cm and the step up is "
        f"{ch} cm. How long is the left side?" + hint(level, "the left side matches the two right-hand parts.")
    )
    steps = [
        "The left side is as long as the two parts on the right put together.",
        Step(eq(add(q(h - ch, "cm"), q(ch, "cm")), q(h, "cm"))),
    ]
    picture = Shape2D(vertices=vertices, side_labels=labels, unit="cm")
    return with_picture(make(prompt, answer, steps, style, f"{h - ch} + {ch}"), picture)


def _two_sides(w: int, h: int, cw: int, ch: int, unit: str) -> list[Step]:
    """The L-shape's two unlabelled sides, in the question's own unit (a lawn in metres is worked in metres)."""
    return [
        Step("The top is the bottom less the step across: ", eq(sub(q(w, unit), q(cw, unit)), q(w - cw, unit)), "."),
        Step(
            "The left side is the right side and the step up: ", eq(add(q(h - ch, unit), q(ch, unit)), q(h, unit)), "."
        ),
    ]
