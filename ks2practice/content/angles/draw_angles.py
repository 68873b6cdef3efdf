"""Draw angles of a given size with a protractor, on a base arm (on paper), and say what was drawn."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice
from ks2practice.content.angles.angle_types import type_check
from ks2practice.content.angles.common import deg, degrees, kind_relation
from ks2practice.content.wording import hint, lettered, make
from ks2practice.core.model import Drawing, Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, eq, sub
from ks2practice.pictures.diagrams import Angle

KINDS = ("acute", "obtuse", "reflex")


def _size(rng: random.Random, level: Level, reflex: bool) -> int:
    """An angle to draw: in 5s at level 1, then any whole degree (on a tilted arm); never a right angle or a
    straight line (those are drawn without measuring)."""
    grain = 5 if level == Level.WORKING_TOWARDS else 1
    low, high = (190, 350) if reflex else (20, 160)
    return rng.choice([a for a in range(low, high + 1, grain) if a % 90])


def _rotation(level: Level, a: int) -> int:
    """The base arm lies along the page at level 1, then tilted by an amount set by the angle (not the rng, so the
    picture never changes the item)."""
    return 0 if level == Level.WORKING_TOWARDS else (7 * a) % 45


def _how(a: int) -> list[object]:
    """Drawing a° with a 180° protractor from the base arm."""
    steps: list[object] = ["Put the protractor's centre on the marked vertex and its 0° line along the arm."]
    if a > 180:
        steps.append(
            Step(
                "A protractor goes up to 180°, so draw the angle inside the arms: ",
                eq(sub(deg(360), deg(a)), deg(360 - a)),
                "; the reflex angle is the rest of the turn, outside them.",
            )
        )
        inside = 360 - a
    else:
        inside = a
    steps += [
        f"Count round from the 0 on the arm to {inside}° and make a small mark.",
        "Join the mark to the vertex with a ruler: that is the second arm. Mark the angle with an arc.",
    ]
    return steps


@topic(
    "angles.draw_angles",
    title="Draw angles of a given size with a protractor, and say what kind of angle they are",
    codes=("5G4c", "5G4a"),
    styles=("fluency", "missing_number"),
)
def draw_angles(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _reflex(rng, level, style)
    if level == Level.GREATER_DEPTH:
        return _outside(rng, level, style)
    reflex = level == Level.EXPECTED and rng.random() < 0.3
    a = _size(rng, level, reflex)
    kind = KINDS.index("reflex" if a > 180 else "acute" if a < 90 else "obtuse")
    prompt = (
        f"Use a protractor to draw an angle of {a}° on the arm, from the marked vertex. What kind of angle have you "
        f"drawn? {lettered(KINDS)}" + hint(level, "a right angle is 90° and a straight line is 180°.")
    )
    steps = [*_how(a), Step(kind_relation(a), f", so it is {KINDS[kind]}.")]
    item = make(prompt, Choice(KINDS, kind), steps, style, type_check(a))
    return _drawn(item, level, a)


def _reflex(rng: random.Random, level: Level, style: str) -> Item:
    """Drawing a reflex angle means measuring the angle inside the arms: the key is that angle."""
    a = _size(rng, level, reflex=True)
    prompt = (
        f"Draw a reflex angle of {a}° on the arm, from the marked vertex. A protractor only goes to 180°: what size "
        f"is the angle inside the arms that you measure to draw it?"
        + hint(level, "the reflex angle and the angle inside the arms make a whole turn, 360°.")
    )
    steps = [*_how(a), Step("Check: the angle inside is ", kind_relation(360 - a), ", and the outside is reflex.")]
    item = make(prompt, degrees(360 - a), steps, style, f"360 − {a}")
    return _drawn(item, level, a)


def _outside(rng: random.Random, level: Level, style: str) -> Item:
    """Greater depth: the drawing makes two angles at once; the key is the reflex angle outside the arms."""
    a = _size(rng, level, reflex=False)
    prompt = (
        f"Use a protractor to draw an angle of {a}° on the arm, from the marked vertex. What size is the reflex "
        "angle outside the arms you have drawn?"
    )
    steps = [
        *_how(a),
        Step("The two angles at the vertex make a whole turn: ", eq(sub(deg(360), deg(a)), deg(360 - a)), "."),
        Step(kind_relation(360 - a), ", so the outside angle is reflex."),
    ]
    return _drawn(make(prompt, degrees(360 - a), steps, style, f"360 − {a}"), level, a)


def _drawn(item: Item, level: Level, a: int) -> Item:
    """The arm to draw on (shown with the question and printed in the answer space) and the angle drawn on it."""
    rotation = _rotation(level, a)
    space = Angle(a, rotation=rotation, arm_only=True)
    return item.drawn_on(Drawing(space, Angle(a, label=a, rotation=rotation)))
