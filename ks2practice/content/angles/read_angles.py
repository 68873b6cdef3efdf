"""Measure angles with a protractor and estimate them."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.angles.common import deg, degrees, kind_relation, with_picture
from ks2practice.content.reasoning import explain_claim
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub
from ks2practice.pictures.diagrams import Protractor

# ---------------------------------------------------------------------------------- reading a protractor


@topic(
    "angles.read_angles",
    title="Measure angles with a protractor and estimate them",
    codes=("5G4c", "5G4a"),
    styles=("fluency", "true_or_false", "spot_the_mistake", "missing_number", "compare", "explain"),
)
def read_angles(rng: random.Random, level: Level, style: str) -> Item:
    if style == "fluency" and level == Level.GREATER_DEPTH and rng.random() < 0.6:
        return _off_zero(rng, style)
    if level == Level.WORKING_TOWARDS:
        a, side = rng.randrange(20, 170, 10), "right"
    elif level == Level.EXPECTED:
        a, side = rng.randrange(15, 170, 5), rng.choice(["right", "left"])
    else:
        a = rng.choice([n for n in range(11, 170) if n % 5])
        side = rng.choice(["right", "left"])
    other = 180 - a
    if other == a:
        a, other = a + 10, other - 10
    picture = Protractor(degrees=a, side=side)
    scale = "outer" if side == "right" else "inner"
    steps = [
        f"The angle starts at the 0 on the {side}-hand arm, so read the {scale} scale: {a}°.",
        Step(f"The other scale shows {other}°, and ", eq(sub(deg(180), deg(other)), deg(a)), "."),
        Step(kind_relation(a), f": the angle is {'acute' if a < 90 else 'obtuse'}, so {a}° makes sense."),
    ]
    who = name(rng)
    if style == "explain":
        return with_picture(_explain(rng, level, a, other, side, steps, who), picture)
    if style == "compare" and level == Level.GREATER_DEPTH:
        # greater depth: the reflex angle outside the arms against a reflex angle, worked from the reading
        reflex = 360 - a
        against = rng.choice([n for n in range(190, 350, 10) if n != reflex and n != 180 + a])
        answer = Comparison(sign_of(reflex, against))
        prompt = f"Write <, > or = in the box: the reflex angle on the outside of these arms □ {against}°"
        steps = [
            *steps,
            Step("The reflex angle: ", eq(sub(deg(360), deg(a)), deg(reflex)), ", and "),
            Step(rel(deg(reflex), answer.sign, deg(against)), "."),
        ]
        item = make(prompt, answer, steps, style, f"360 − {a} □ {against}")
        return with_picture(item, picture)
    if style == "compare":
        # Estimating first: is the angle more or less than a right angle (or than another angle)?
        against = 90 if level == Level.WORKING_TOWARDS else rng.choice([90, rng.randrange(20, 170, 10)])
        if against == a:
            against = 90 if a != 90 else 100
        answer = Comparison(sign_of(a, against))
        prompt = (
            f"Estimate, then check with the scale. Write <, > or = in the box: the angle shown □ {against}°"
            + hint(level, "a right angle is 90°; is this angle wider or narrower?")
        )
        steps = [*steps, Step(rel(deg(a), answer.sign, deg(against)))]
        predicted = mis.predictions(answer, mis.protractor_wrong_scale.on(a, against=against))
        item = make(prompt, answer, steps, style, f"180 − {other} □ {against}", predicted=predicted)
        return with_picture(item, picture)
    if style == "true_or_false":
        claimed = rng.choice([a, other])
        answer = TrueFalse(claimed == a)
        prompt = f"{who} says this angle measures {claimed}°. True or false?" + hint(level, "is it acute or obtuse?")
        check = f"180 − {other} = {claimed}"
        item = make(
            prompt,
            answer,
            [*steps, f"So {who} is {'right' if claimed == a else 'wrong'}: it is {truth_word(claimed == a)}."],
            style,
            check,
            predicted=mis.predictions(answer, mis.protractor_wrong_scale.on(a, claimed=claimed)),
        )
        return with_picture(item, picture)
    if style == "missing_number" and level == Level.GREATER_DEPTH:
        # greater depth: the measured angle is one of three around a point
        b = rng.choice([n for n in range(35, 180) if n != a and 20 <= 360 - a - n <= 179 and 360 - a - n != a])
        last = 360 - a - b
        answer = degrees(last)
        prompt = (
            f"The protractor shows one of three angles that fit together around a point. Another of them is {b}°. "
            f"This angle + {b}° + □° = 360°. What is □?"
        )
        steps = [
            *steps,
            Step("The two known angles: ", eq(add(deg(a), deg(b)), deg(a + b)), "."),
            Step("Angles around a point make 360°: ", eq(sub(deg(360), deg(a + b)), deg(last)), "."),
        ]
        predicted = mis.predictions(answer, mis.point_as_180.on(a + b))
        return with_picture(make(prompt, answer, steps, style, f"{a} + {b} + □ = 360", predicted=predicted), picture)
    if style == "missing_number":
        answer = degrees(other)
        prompt = (
            f"The protractor shows an angle of {a}° on a straight line. The angle on the other side of the arm makes "
            f"the straight line. {a}° + □° = 180°. What is □?" + hint(level, "a straight line is 180°.")
        )
        predicted = mis.predictions(answer, mis.line_as_360.on(a))
        steps = [Step(eq(sub(deg(180), deg(a)), deg(other)))]
        item = make(prompt, answer, steps, style, f"{a} + □ = 180", predicted=predicted)
        return with_picture(item, picture)
    answer = degrees(a)
    predicted = mis.predictions(answer, mis.protractor_wrong_scale.on(a))
    if style == "spot_the_mistake" and level == Level.GREATER_DEPTH:
        # greater depth: the reflex angle outside the arms, added to 180° instead of taken from 360°
        answer = degrees(360 - a)
        wrote = mis.reflex_as_180_plus(a)
        prompt = (
            f"{who} measured the reflex angle on the outside of these arms and wrote {wrote}°. What mistake did "
            f"{who} make, and how big is the reflex angle?"
        )
        steps = [
            f"{who}'s mistake: {mis.reflex_as_180_plus.feedback_for(a)}",
            *steps,
            Step("The angle and the reflex angle make a whole turn: ", eq(sub(deg(360), deg(a)), deg(360 - a)), "."),
        ]
        predicted = mis.predictions(answer, mis.reflex_as_180_plus.on(a), mis.reflex_as_inside.on(360 - a))
        return with_picture(make(prompt, answer, steps, style, f"360 − {a}", predicted=predicted), picture)
    if style == "spot_the_mistake":
        # The wrong reading and what went wrong both come from the one mechanism, on this angle.
        wrote = mis.protractor_wrong_scale(a)
        prompt = (
            f"{who} measured this angle and wrote {wrote}°. What mistake did {who} make, and what does the angle "
            "really measure?" + hint(level, "which 0 does the angle start from?")
        )
        steps = [f"{who}'s mistake: {mis.protractor_wrong_scale.feedback_for(a)}", *steps]
    else:
        prompt = "What does this angle measure?" + hint(level, f"start from the 0 on the {side}.")
    return with_picture(make(prompt, answer, steps, style, f"180 − {other}", predicted=predicted), picture)


def _explain(rng: random.Random, level: Level, a: int, other: int, side: str, steps: list, who: str) -> Item:
    """Judge a child's reading: the right scale or the other one (levels 1–2); at greater depth the reflex angle
    outside the arms, taken from 360° or (the slip) added to 180°."""
    if level == Level.GREATER_DEPTH:
        claimed = rng.choice([360 - a, 180 + a])
        right = claimed == 360 - a
        work = [
            *steps,
            Step(
                "The angle and the reflex angle outside it make a whole turn: ",
                eq(sub(deg(360), deg(a)), deg(360 - a)),
                ".",
            ),
        ]
        if not right:
            work.append(Step(rel(deg(claimed), "≠", deg(360 - a)), "."))
        return explain_claim(
            who,
            f"The reflex angle on the outside of these arms is {claimed}°.",
            right,
            work,
            "the angle inside the arms and the reflex angle outside them make a whole turn of 360°, so the reflex "
            "angle is what is left when the reading is taken from 360°, not the reading added to 180°.",
            f"360 − {a} = {claimed}",  # the claim: true exactly when the child is right
            slips=[mis.reflex_as_180_plus.on(a, claimed=claimed)],
        )
    claimed = rng.choice([a, other])
    right = claimed == a
    kind = "acute" if a < 90 else "obtuse"
    model = f"the angle starts from the 0 on the {side}-hand arm, so its reading is on that scale; it is {kind}, " + (
        "and the reading agrees." if right else "so the reading on the other scale cannot be right."
    )
    return explain_claim(
        who,
        f"This angle measures {claimed}°.",
        right,
        steps,
        model,
        f"180 − {other} = {claimed}",  # the claim: true exactly when the child is right
        slips=[mis.protractor_wrong_scale.on(a, claimed=claimed)],
        hint=hint(level, "is the angle acute or obtuse?"),
    )


def _off_zero(rng: random.Random, style: str) -> Item:
    """Greater depth: neither arm lies on 0, so the angle is the difference of the two readings on one scale."""
    low = rng.choice([n for n in range(15, 100) if n % 5])
    high = rng.randint(low + 25, 175)
    a = high - low
    answer = degrees(a)
    prompt = (
        f"A protractor's centre is on the corner of an angle, but neither arm lies on 0. Reading the same scale, "
        f"one arm passes through {low}° and the other through {high}°. How big is the angle?"
    )
    steps = [
        "Neither arm starts at 0, so count the degrees from one reading to the other.",
        Step(eq(sub(deg(high), deg(low)), deg(a)), "."),
    ]
    relation = kind_relation(a)
    if relation is not None:
        steps.append(Step(relation, f": the angle is {'acute' if a < 90 else 'obtuse'}."))
    return make(prompt, answer, steps, style, f"{high} − {low}")
