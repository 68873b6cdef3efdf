"""Types of angle: right angles, turns, acute, obtuse and reflex."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.angles.common import degrees
from ks2practice.content.misconceptions import geometry as geo
from ks2practice.content.wording import hint, lettered, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic


def between_check(a: int, low: int, high: int) -> str:
    """A statement true exactly when low < a < high: (a − low) × (high − a) > 0."""
    return f"({a} − {low}) × ({high} − {a}) > 0" if low else f"{a} × ({high} − {a}) > 0"


# ---------------------------------------------------------------------------------- angle types

_TYPES = ("acute", "right angle", "obtuse", "straight line", "reflex")


def angle_type(a: int) -> str:
    if a < 90:
        return "acute"
    if a == 90:
        return "right angle"
    if a < 180:
        return "obtuse"
    return "straight line" if a == 180 else "reflex"


def type_check(a: int) -> str:
    kind = angle_type(a)
    if kind == "acute":
        return between_check(a, 0, 90)
    if kind == "obtuse":
        return between_check(a, 90, 180)
    if kind == "reflex":
        return between_check(a, 180, 360)
    return f"{a} = {90 if kind == 'right angle' else 180}"


def _random_angle(rng: random.Random, level: Level) -> int:
    if level == Level.WORKING_TOWARDS:
        return rng.choice([rng.randrange(20, 90, 5), 90, rng.randrange(95, 175, 5)])
    if level == Level.EXPECTED:
        return rng.choice([rng.randint(5, 89), 90, rng.randint(91, 179), 180, rng.randint(91, 179)])
    return rng.choice([rng.randint(5, 89), rng.randint(91, 179), rng.randint(181, 355), rng.randint(181, 355)])


_TURNS = {1: "a quarter turn", 2: "a half turn", 3: "a three-quarter turn", 4: "a whole turn"}


@topic(
    "angles.angle_types",
    title="Types of angle: right angles, turns, acute, obtuse and reflex",
    codes=("3G4a", "3G4b", "4G4", "5G4a"),
    styles=(
        "fluency",
        "true_or_false",
        "always_sometimes_never",
        "odd_one_out",
        "missing_number",
        "compare",
        "explain",
    ),
)
def angle_types(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _turns(rng, level, style)
    if style == "compare":
        return _compare_turns(rng, level, style)
    if style == "always_sometimes_never":
        return _types_asn(rng, level, style)
    if style == "odd_one_out":
        return _types_odd_one_out(rng, level, style)
    a = _random_angle(rng, level)
    kind = angle_type(a)
    if level == Level.WORKING_TOWARDS:
        options = ["smaller than a right angle", "a right angle", "larger than a right angle"]
        right = 0 if a < 90 else 1 if a == 90 else 2
        check = between_check(a, 0, 90) if a < 90 else f"{a} = 90" if a == 90 else between_check(a, 90, 180)
    else:
        options = list(_TYPES if level == Level.GREATER_DEPTH else _TYPES[:4])
        right = options.index(kind)
        check = type_check(a)
    if style == "true_or_false":
        claimed = rng.choice([o for o in options if o != options[right]] + [options[right]])
        truth = claimed == options[right]
        answer = TrueFalse(truth)
        prompt = f"True or false? An angle of {a}° is {_with_article(claimed)}." + hint(level, "a right angle is 90°.")
        steps = [f"{a}° is {_with_article(options[right])}.", f"So the statement is {truth_word(truth)}."]
        return make(prompt, answer, steps, style, _claim_check(a, claimed))
    if style == "explain":
        truth = rng.random() < 0.5
        a2 = rng.randint(46, 89) if truth else rng.randint(20, 44)
        who = name(rng)
        answer = TrueFalse(truth)
        prompt = (
            f"{who} says: 'Two angles of {a2}° put together make an obtuse angle.' Is {who} right? "
            "Answer true or false, then explain." + hint(level, "double it and compare with 90°.")
        )
        total = 2 * a2
        steps = [
            f"Two angles of {a2}° make {a2} + {a2} = {total}°.",
            f"{total}° is {'more' if total > 90 else 'less'} than 90°, so it is {_with_article(angle_type(total))}.",
            f"Model answer: {'Yes' if truth else 'No'}, because {a2} × 2 = {total} and an obtuse angle is between "
            f"90° and 180°.",
        ]
        check = between_check(total, 90, 180)
        return make(prompt, answer, steps, "explain", check)
    answer = Choice(tuple(options), right)
    prompt = f"What kind of angle is {a}°? {lettered(options)}" + hint(level, "compare it with a right angle, 90°.")
    steps = ["A right angle is 90° and a straight line is 180°.", f"{a}° is {_with_article(options[right])}."]
    swapped = geo.acute_obtuse_swapped(kind) if level != Level.WORKING_TOWARDS else None
    predicted = mis.predictions(answer, ("acute_obtuse_swapped", swapped))
    return make(prompt, answer, steps, style, check, predicted=predicted)


def _with_article(kind: str) -> str:
    if kind.startswith(("smaller", "larger", "a ")):
        return kind
    if kind in ("right angle", "straight line"):
        return f"a {kind}"
    return f"an {kind} angle" if kind[0] in "aeiou" else f"a {kind} angle"


def _claim_check(a: int, claimed: str) -> str:
    """A statement, from the number alone, that is true exactly when the angle is of the claimed kind."""
    bounds = {
        "smaller than a right angle": (0, 90),
        "larger than a right angle": (90, 180),
        "acute": (0, 90),
        "obtuse": (90, 180),
        "reflex": (180, 360),
    }
    if claimed in bounds:
        return between_check(a, *bounds[claimed])
    return f"{a} = {90 if claimed in ('a right angle', 'right angle') else 180}"


def _turns(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.WORKING_TOWARDS:
        quarters = rng.randint(1, 4)
        start = rng.choice(["north", "east", "south", "west"])
        answer = WholeNumber(quarters)
        prompt = (
            f"A robot facing {start} makes {_TURNS[quarters]} clockwise. How many right angles has it turned "
            "through?" + hint(level, "a quarter turn is one right angle.")
        )
        steps = [
            f"{_TURNS[quarters].capitalize()} is {quarters} quarter turn{'s' if quarters > 1 else ''}.",
            f"Each quarter turn is a right angle, so {quarters}.",
        ]
        return make(prompt, answer, steps, style, f"{quarters * 90} ÷ 90")
    right_angles = rng.randint(2, 4) if level == Level.EXPECTED else rng.randint(5, 11)
    total = 90 * right_angles
    if rng.random() < 0.5:
        answer = degrees(total)
        prompt = f"{right_angles} right angles = □°. What is □?"
        check = f"{right_angles} × 90"
    else:
        answer = WholeNumber(right_angles)
        prompt = f"{total}° = □ right angles. What is □?"
        check = f"{total} ÷ 90"
    if level == Level.GREATER_DEPTH:
        prompt += " (A whole turn is 4 right angles.)" if rng.random() < 0.3 else ""
    steps = ["A right angle is 90°.", f"{right_angles} × 90° = {total}°"]
    return make(prompt, answer, steps, style, check)


_TURN_WORDS = {1: "a right angle", 2: "two right angles", 3: "three right angles", 4: "a whole turn"}


def _compare_turns(rng: random.Random, level: Level, style: str) -> Item:
    """A turn in words against an angle in degrees: 'a right angle □ 85°'."""
    quarters = (
        1 if level == Level.WORKING_TOWARDS else rng.randint(1, 2) if level == Level.EXPECTED else rng.randint(2, 4)
    )
    turn = 90 * quarters
    spread = 40 if level == Level.WORKING_TOWARDS else 15
    a = turn + rng.choice([n for n in range(-spread, spread + 1, 5 if level == Level.WORKING_TOWARDS else 1) if n])
    if rng.random() < 0.15:
        a = turn
    words = _TURN_WORDS[quarters]
    answer = Comparison(sign_of(turn, a))
    prompt = f"Write <, > or = in the box: {words} □ {a}°" + hint(level, "a right angle is 90°.")
    steps = [f"{words[0].upper()}{words[1:]} is {quarters} × 90° = {turn}°.", f"{turn}° {answer.sign} {a}°"]
    return make(prompt, answer, steps, style, f"{quarters} × 90 □ {a}")


def _types_asn(rng: random.Random, level: Level, style: str) -> Item:
    options = ("always", "sometimes", "never")
    cases = [
        (
            "An angle bigger than a right angle is obtuse.",
            1,
            "100 and 200 are both bigger than 90; 100° is obtuse, 200° is reflex",
            "(100 − 90) × (180 − 100) > 0",
        ),
        ("Two right angles make a straight line.", 0, "90° + 90° = 180°, a straight line", "90 + 90 = 180"),
        (
            "An acute angle and a right angle together make an obtuse angle.",
            0,
            "90° plus something between 0° and 90° is between 90° and 180°",
            "89 + 90 < 180",
        ),
        (
            "Two acute angles together make an obtuse angle.",
            1,
            "30° + 40° = 70° is acute, 50° + 60° = 110° is obtuse",
            "30 + 40 < 90",
        ),
        ("Three quarter turns make a reflex angle.", 0, "3 × 90° = 270°, between 180° and 360°", "3 × 90 > 180"),
        (
            "An obtuse angle is bigger than two right angles.",
            2,
            "obtuse angles are less than 180° = 2 × 90°",
            "179 < 2 × 90",
        ),
        ("A reflex angle is smaller than a straight line.", 2, "reflex angles are more than 180°", "181 > 180"),
        ("Half of an obtuse angle is acute.", 0, "half of an angle under 180° is under 90°", "179 ÷ 2 < 90"),
    ]
    if level == Level.WORKING_TOWARDS:
        cases = cases[1:3] + cases[7:8]
    elif level == Level.EXPECTED:
        cases = cases[:6]
    else:
        cases = cases[3:]
    statement, right, reason, check = rng.choice(cases)
    answer = Choice(options, right)
    prompt = f"Always, sometimes or never true? {statement} {lettered(options)}" + hint(level, "try an example.")
    steps = [f"Because {reason}.", f"So it is {options[right]} true."]
    return make(prompt, answer, steps, style, check)


def _types_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
    kinds = ["acute", "obtuse"] + (["reflex"] if level == Level.GREATER_DEPTH else [])
    same, odd = rng.sample(kinds, 2)
    pick = {
        "acute": lambda: rng.randint(10, 85) if level != Level.WORKING_TOWARDS else rng.randrange(10, 85, 5),
        "obtuse": lambda: rng.randint(95, 175) if level != Level.WORKING_TOWARDS else rng.randrange(95, 175, 5),
        "reflex": lambda: rng.randint(185, 350),
    }
    values: set[int] = set()
    while len(values) < 3:
        values.add(pick[same]())
    angles = sorted(values)
    odd_value = pick[odd]()
    position = rng.randint(0, 3)
    angles.insert(position, odd_value)
    options = tuple(f"{a}°" for a in angles)
    answer = Choice(options, position)
    prompt = f"Which angle is the odd one out? {lettered(options)}" + hint(level, "sort them into acute and obtuse.")
    steps = [
        f"{', '.join(options[i] for i in range(4) if i != position)} are all {same}.",
        f"{odd_value}° is {odd}, so it is the odd one out.",
    ]
    return make(prompt, answer, steps, style, type_check(odd_value))
