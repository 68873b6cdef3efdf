"""2-D shapes: sides, angles, parallel and perpendicular lines; name and classify."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.reasoning import odd_one_out
from ks2practice.content.shapes.common import (
    _article,
    classify,
    largest_equal_group,
    make_shape,
    parallel_pairs,
    right_angle_flags,
    side_vectors,
    squared_lengths,
    with_picture,
)
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import Angle, Shape2D

if TYPE_CHECKING:
    from ks2practice.content.shapes.common import Point


QUADRILATERALS = ("square", "rectangle", "rhombus", "parallelogram", "trapezium", "kite")
TRIANGLES = ("isosceles triangle", "scalene triangle", "right-angled triangle")
ALSO_TRUE = {
    "square": {"rectangle", "rhombus", "parallelogram", "kite", "trapezium"},
    "rectangle": {"parallelogram", "trapezium"},
    "rhombus": {"parallelogram", "kite", "trapezium"},
    "parallelogram": {"trapezium"},
    # A right-angled triangle is also scalene or isosceles (its two shorter sides decide which), so neither name
    # may be offered as the wrong one.
    "right-angled triangle": {"scalene triangle", "isosceles triangle"},
}


SIGNATURES = {
    "square": 4422,
    "rectangle": 4421,
    "rhombus": 4022,
    "parallelogram": 4021,
    "isosceles triangle": 3001,
    "scalene triangle": 3002,
}


def signature(vertices: tuple[Point, ...]) -> tuple[str, int]:
    """A drawn shape's counted properties as one number (as in SIGNATURES), and the expression that computes it."""
    n, rights, par = len(vertices), sum(right_angle_flags(vertices)), parallel_pairs(vertices)
    if n == 3:
        last, tail = len(set(squared_lengths(vertices))) - 1, f"{len(set(squared_lengths(vertices)))} − 1"
    else:
        last, tail = largest_equal_group(vertices) // 2, f"{largest_equal_group(vertices)} ÷ 2"
    return f"{n} × 1000 + {rights} × 100 + {par} × 10 + {tail}", n * 1000 + rights * 100 + par * 10 + last


def wrong_names(actual: str, family: tuple[str, ...]) -> list[str]:
    """Names that are really false for this shape: ones with fixed counts, not also true of it."""
    return [k for k in family if k != actual and k not in ALSO_TRUE.get(actual, set()) and k in SIGNATURES]


# ---------------------------------------------------------------------------------- 2-D properties


@topic(
    "shapes.properties_2d",
    title="2-D shapes: sides, angles, parallel and perpendicular lines; name and classify",
    codes=("3G2", "3G3a", "4G2a", "5G2b", "6G2a", "6G3a"),
    styles=("fluency", "true_or_false", "always_sometimes_never", "odd_one_out", "explain"),
)
def properties_2d(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return _shape_asn(rng, level, style)
    if style == "odd_one_out":
        return _regular_odd_one_out(rng, level, style)
    if style == "explain":
        return _shape_explain(rng, level, style)
    if level == Level.WORKING_TOWARDS and style == "fluency":
        return _count_property(rng, level, style)
    family = QUADRILATERALS + (TRIANGLES if level == Level.GREATER_DEPTH else TRIANGLES[:2])
    kind = rng.choice(family)
    tilted = level == Level.GREATER_DEPTH and kind in ("square", "rectangle") and rng.random() < 0.7
    vertices = make_shape(rng, kind, tilted)
    actual, check = classify(vertices)
    picture = marked_shape(vertices)
    if style == "true_or_false":
        # A wrong name with the same number of sides where there is one: "this square is a scalene triangle" is
        # false, but tests nothing.
        wrong = wrong_names(actual, family)
        alike = [k for k in wrong if ("triangle" in k) == ("triangle" in actual)]
        claimed = actual if rng.random() < 0.5 else rng.choice(alike or wrong)
        truth = claimed == actual
        answer = TrueFalse(truth)
        prompt = f"True or false? This shape is {_article(claimed)}." + hint(level, "look at the sides and angles.")
        steps = [*_property_steps(vertices), f"So it is {_article(actual)}: the statement is {truth_word(truth)}."]
        predicted = mis.predictions(answer, mis.orientation_changes_shape.on(actual) if truth and tilted else None)
        counted, _ = signature(vertices)
        claim_check = check if truth else f"{counted} = {SIGNATURES[claimed]}"
        return with_picture(make(prompt, answer, steps, style, claim_check, predicted=predicted), picture)
    pool = [k for k in family if k != actual and k not in ALSO_TRUE.get(actual, set())]
    options = [*rng.sample(pool, min(3, len(pool))), actual]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(actual))
    prompt = f"What is the name of this shape? {lettered(options)}" + hint(level, "count the right angles.")
    steps = [*_property_steps(vertices), f"So it is {_article(actual)}."]
    # No turned-shape prediction here: the name it looks like (a rhombus, a parallelogram) is also true of it,
    # so it is never offered.
    return with_picture(make(prompt, answer, steps, style, check), picture)


def marked_shape(vertices: tuple[Point, ...]) -> Shape2D:
    """The shape with its right angles and equal sides marked, as test papers draw them to be classified."""
    lengths = squared_lengths(vertices)
    repeated = sorted({length for length in lengths if lengths.count(length) > 1})
    groups = tuple(repeated.index(length) + 1 if length in repeated else 0 for length in lengths)
    rights = tuple(i for i, flag in enumerate(right_angle_flags(vertices)) if flag)
    return Shape2D(vertices=vertices, equal_sides=groups, right_angles=rights)


def example_shape(kind: str, key: str, tilted: bool = False) -> Shape2D:
    """An example of the kind of shape a statement is about, with right angles, equal sides and parallel sides
    marked. Its sizes come from the statement's own words, never the item's rng: the question is the same with or
    without its picture."""
    vertices = make_shape(random.Random(key), kind, tilted)
    marked = marked_shape(vertices)
    sides = side_vectors(vertices)
    groups, group = [0] * len(sides), 0
    for i, (ax, ay) in enumerate(sides):
        if groups[i]:
            continue
        partners = [j for j in range(i + 1, len(sides)) if ax * sides[j][1] == ay * sides[j][0] and not groups[j]]
        if partners:
            group += 1
            for j in (i, *partners):
                groups[j] = group
    return Shape2D(
        vertices=marked.vertices,
        equal_sides=marked.equal_sides,
        right_angles=marked.right_angles,
        parallel_sides=tuple(groups) if group <= 3 else (),
    )


# The shape each always/sometimes/never statement is about, drawn as an example to reason from.
_ASN_SHAPES = {
    "A square is a rectangle.": "square",
    "A rectangle has four right angles.": "rectangle",
    "A triangle has a right angle.": "scalene triangle",
    "A triangle has two parallel sides.": "isosceles triangle",
    "Perpendicular lines meet at a right angle.": "right-angled triangle",
    "A horizontal line and a vertical line are perpendicular.": "right-angled triangle",
    "Parallel lines meet.": "parallelogram",
    "A rhombus is a square.": "rhombus",
    "A square is a rhombus.": "square",
    "A polygon with all sides equal is regular.": "rhombus",
    "A regular quadrilateral is a square.": "square",
    "A quadrilateral has exactly three right angles.": "trapezium",
    "A parallelogram has a line of symmetry.": "parallelogram",
    "A trapezium has a right angle.": "trapezium",
}


def _property_steps(vertices: tuple[Point, ...]) -> list[str]:
    equal = largest_equal_group(vertices)
    rights = sum(right_angle_flags(vertices))
    par = parallel_pairs(vertices)
    return [
        f"It has {len(vertices)} sides and {rights} right angle{'s' if rights != 1 else ''}.",
        f"{par} pair{'s' if par != 1 else ''} of sides {'are' if par != 1 else 'is'} parallel; "
        + (f"{equal} sides are the same length." if equal > 1 else "no two sides are the same length.")
        + (" (It is turned: turning a shape does not change it.)" if _tilted(vertices) else ""),
    ]


def _tilted(vertices: tuple[Point, ...]) -> bool:
    return not any(y == 0 or x == 0 for x, y in side_vectors(vertices))


def _count_property(rng: random.Random, level: Level, style: str) -> Item:
    kind = rng.choice(["rectangle", "square", "right-angled triangle", "trapezium", "L-shape"])
    if kind == "L-shape":
        w, h, cw, ch = rng.randint(4, 7), rng.randint(4, 7), rng.randint(1, 3), rng.randint(1, 3)
        vertices: tuple[Point, ...] = ((0, 0), (w, 0), (w, ch), (w - cw, ch), (w - cw, h), (0, h))
        named = "This shape"
    else:
        vertices = make_shape(rng, kind)
        named = "This shape"
    sides = side_vectors(vertices)
    question = rng.choice(["right angles", "vertical sides", "horizontal sides", "pairs of parallel sides"])
    if question == "right angles":
        flags = right_angle_flags(vertices)
        # An L-shape has a reflex corner: its inside angle is 270°, not a right angle.
        if kind == "L-shape":
            flags[3] = 0
        how = "Look for square corners inside the shape."
    elif question == "vertical sides":
        flags = [int(x == 0) for x, _ in sides]
        how = "Vertical sides go straight up and down."
    elif question == "horizontal sides":
        flags = [int(y == 0) for _, y in sides]
        how = "Horizontal sides go straight across, like the horizon."
    else:
        flags = [parallel_pairs(vertices)]
        how = "Parallel sides go the same way and never meet."
    count = sum(flags)
    answer = WholeNumber(count)
    prompt = f"{named} is drawn on a square grid. How many {question} does it have?" + hint(level, how.lower())
    steps = [how, f"Counting them gives {count}."]
    check = " + ".join(str(f) for f in flags) if len(flags) > 1 else f"{flags[0]} + 0 × 1"
    return with_picture(make(prompt, answer, steps, style, check), Shape2D(vertices=vertices, grid=True))


def _deg(value: int) -> object:
    return q(value, "°")


_ASN = [
    # (levels, statement, key, the worked reason: for "sometimes" an example where it holds and one where it does not)
    (
        (1, 2, 3),
        "A square is a rectangle.",
        0,
        (
            "A rectangle is any four-sided shape with four right angles; every square has four right angles, so every "
            "square is a special rectangle.",
        ),
    ),
    ((1, 2), "A rectangle has four right angles.", 0, ("Four right angles are what make a shape a rectangle.",)),
    (
        (1, 2),
        "A triangle has a right angle.",
        1,
        ("A right-angled triangle has one;", "but an equilateral triangle, with three equal angles, has none."),
    ),
    (
        (1, 2),
        "A triangle has two parallel sides.",
        2,
        ("Any two sides of a triangle meet at a corner, so no two of them are parallel.",),
    ),
    ((1, 2, 3), "Perpendicular lines meet at a right angle.", 0, ("That is what perpendicular means.",)),
    ((1,), "A horizontal line and a vertical line are perpendicular.", 0, ("They meet at a right angle.",)),
    ((1, 2), "Parallel lines meet.", 2, ("Parallel lines stay the same distance apart, so they never meet.",)),
    (
        (2, 3),
        "A rhombus is a square.",
        1,
        ("A rhombus with four right angles is a square;", "but a rhombus with angles of 60° and 120° is not."),
    ),
    ((2, 3), "A square is a rhombus.", 0, ("A rhombus has four equal sides, and every square has four equal sides.",)),
    (
        (2, 3),
        "A polygon with all sides equal is regular.",
        1,
        (
            "A square has equal sides and equal angles, so it is regular;",
            "but a rhombus with angles of 60° and 120° has equal sides and is not regular.",
        ),
    ),
    (
        (2, 3),
        "A regular quadrilateral is a square.",
        0,
        (
            Step("Its four equal angles add to 360°, so each is ", eq(div(_deg(360), 4), _deg(90)), "."),
            "Four equal sides and four right angles make a square.",
        ),
    ),
    (
        (3,),
        "A quadrilateral has exactly three right angles.",
        2,
        (
            Step("Three right angles make ", eq(mul(3, _deg(90)), _deg(270)), "."),
            Step("The four angles add to 360°, so the fourth is ", eq(sub(_deg(360), _deg(270)), _deg(90)), " too."),
        ),
    ),
    (
        (3,),
        "A parallelogram has a line of symmetry.",
        1,
        (
            "A rectangle (a parallelogram with right angles) has two;",
            "but a parallelogram with angles of 60° and 120° and two different lengths of side has none.",
        ),
    ),
    (
        (3,),
        "A trapezium has a right angle.",
        1,
        (
            "A trapezium with one side at right angles to its parallel sides has two right angles;",
            "but one whose other two sides both slant has none.",
        ),
    ),
]


# The check expression each statement had before its reason became steps (Item.check is unchanged).
_ASN_CHECKS = {
    "A square is a rectangle.": "4 × 90 = 360",
    "A rectangle has four right angles.": "4 × 90 = 360",
    "A triangle has a right angle.": "90 + 45 + 45 = 180",
    "A triangle has two parallel sides.": "3 × 2 ÷ 2 = 3",
    "Perpendicular lines meet at a right angle.": "360 ÷ 4 = 90",
    "A horizontal line and a vertical line are perpendicular.": "180 ÷ 2 = 90",
    "Parallel lines meet.": "90 + 90 = 180",
    "A rhombus is a square.": "4 × 90 = 360",
    "A square is a rhombus.": "4 = 4",
    "A polygon with all sides equal is regular.": "60 < 120",
    "A regular quadrilateral is a square.": "360 ÷ 4 = 90",
    "A quadrilateral has exactly three right angles.": "360 − 3 × 90 = 90",
    "A parallelogram has a line of symmetry.": "2 > 0",
    "A trapezium has a right angle.": "2 × 90 = 180",
}


def _shape_asn(rng: random.Random, level: Level, style: str) -> Item:
    options = ("always", "sometimes", "never")
    statement, right, reason = rng.choice([c[1:] for c in _ASN if int(level) in c[0]])
    answer = Choice(options, right)
    # A reason worked in degrees needs the question to say what a right angle is.
    degrees_used = any(isinstance(line, Step) and line.units for line in reason)
    prompt = (
        f"Always, sometimes or never true? {statement}{' (A right angle is 90°.)' if degrees_used else ''} "
        f"{lettered(options)}" + hint(level, "draw some examples.")
    )
    steps = [*reason, f"So it is {options[right]} true."]
    predicted = mis.predictions(
        answer, mis.square_not_rectangle.on(asn=True) if statement == "A square is a rectangle." else None
    )
    check = _ASN_CHECKS[statement]
    picture = example_shape(_ASN_SHAPES[statement], statement)
    return with_picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _regular_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.WORKING_TOWARDS:
        return _right_angle_odd_one_out(rng, level, style)
    # Each description is (text, regular?, a statement from its numbers that shows it).
    regular = [
        ("a triangle with three sides of {a} cm and three angles of 60°", "3 × 60 = 180"),
        ("a quadrilateral with four sides of {a} cm and four right angles", "4 × 90 = 360"),
        ("a hexagon with six sides of {a} cm and six angles of 120°", "6 × 120 = 720"),
        ("a pentagon with five sides of {a} cm and five angles of 108°", "5 × 108 = 540"),
        ("an octagon with eight sides of {a} cm and eight angles of 135°", "8 × 135 = 1080"),
    ]
    irregular = [
        ("a rectangle {a} cm long and {b} cm wide", "{a} ≠ {b}"),
        ("a rhombus with sides of {a} cm and angles of 60° and 120°", "60 ≠ 120"),
        ("an isosceles triangle with sides of {a} cm, {a} cm and {b} cm", "{a} ≠ {b}"),
        ("a hexagon with sides of {a} cm and {b} cm in turn", "{a} ≠ {b}"),
    ]
    odd_is_regular = level == Level.GREATER_DEPTH and rng.random() < 0.5
    same, odd = (irregular, regular) if odd_is_regular else (regular, irregular)
    chosen = rng.sample(same, 3)
    odd_text, odd_check = rng.choice(odd)
    sizes = [rng.sample(range(2, 10), 2) for _ in range(4)]
    texts = [t.format(a=a, b=b) for (t, _), (a, b) in zip(chosen, sizes, strict=False)]
    a, b = sizes[3]
    position = rng.randint(0, 3)
    texts.insert(position, odd_text.format(a=a, b=b))
    answer = Choice(tuple(texts), position)
    kind = "regular" if odd_is_regular else "irregular"
    prompt = f"Which is the odd one out? {lettered(texts)}" + hint(level, "a regular shape has equal sides and angles.")
    # Why each irregular one is irregular, from its own numbers: two different sides, or two different angles.
    irregular_sizes = [sizes[3]] if odd_is_regular is False else sizes[:3]
    irregular_texts = [texts[position]] if not odd_is_regular else [t for i, t in enumerate(texts) if i != position]
    irregular_kinds = [odd_text] if not odd_is_regular else [t for t, _ in chosen]
    reasons = [
        Step(f"{text[0].upper()}{text[1:]}: ", _unequal(template, x, y), ", so it is not regular.")
        for text, template, (x, y) in zip(irregular_texts, irregular_kinds, irregular_sizes, strict=True)
    ]
    steps = [
        "A regular polygon has all its sides equal and all its angles equal.",
        *reasons,
        f"Only {texts[position]} is {kind}.",
    ]
    item = make(prompt, answer, steps, style, odd_check.format(a=a, b=b))
    # a regular quadrilateral, marked, to compare the others with (never drawn when a regular shape is the answer)
    return item if odd_is_regular else with_picture(item, example_shape("square", "regular"))


def _unequal(template: str, a: int, b: int) -> object:
    """The two sizes that make an irregular description irregular: 60° ≠ 120°, or 5 cm ≠ 3 cm."""
    if "60° and 120°" in template:
        return rel(q(60, "°"), "≠", q(120, "°"))
    return rel(q(a, "cm"), "≠", q(b, "cm"))


def _shape_explain(rng: random.Random, level: Level, style: str) -> Item:
    who = name(rng)
    cases = [
        (
            f"{who} says: 'A square is not a rectangle, because its sides are all the same length.'",
            False,
            Step(
                "Model answer: No — a rectangle needs four right angles; a square has them, so a square is a special "
                "rectangle."
            ),
            "4 × 90 = 270",
            mis.square_not_rectangle.on(False),
            ("square", False),
        ),
        (
            f"{who} says: 'If a square is turned so it stands on a corner, it is still a square.'",
            True,
            Step("Model answer: Yes — turning does not change the lengths of the sides or the sizes of the angles."),
            "4 × 90 = 360",
            mis.orientation_changes_shape.on("square"),
            ("square", True),
        ),
        (
            f"{who} says: 'Every shape with four equal sides is a square.'",
            False,
            Step(
                "Model answer: No — a rhombus has four equal sides but its angles need not be right angles (e.g. 60° "
                "and 120°)."
            ),
            "60 = 90",
            None,
            ("rhombus", False),
        ),
        (
            f"{who} says: 'A triangle can have two right angles.' (A right angle is 90°.)",
            False,
            Step(
                "Model answer: No — two right angles already make ",
                eq(add(q(90, "°"), q(90, "°")), q(180, "°")),
                ", all of a triangle's angles, leaving nothing for the third angle.",
            ),
            "90 + 90 < 180",
            None,
            ("right-angled triangle", False),
        ),
    ]
    if level == Level.WORKING_TOWARDS:
        cases = cases[:2]
    statement, truth, model, check, slip, (kind, tilted) = rng.choice(cases)
    answer = TrueFalse(truth)
    prompt = f"{statement} Is {who} right? Answer true or false, then explain." + hint(level, "think about the angles.")
    steps = [model]
    predicted = mis.predictions(answer, slip)
    picture = example_shape(kind, statement.split(": ", 1)[1], tilted)  # keyed on the claim, not the child's name
    return with_picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _right_angle_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
    """Year 3: right angles as a property of shapes (3G3a), without degrees (those come in Year 4): three shapes
    with a right angle and one without."""
    a, b = rng.sample(range(2, 10), 2)
    with_right = [
        (f"a square with sides of {a} cm", "A square has 4 right angles."),
        (f"a rectangle {max(a, b)} cm long and {min(a, b)} cm wide", "A rectangle has 4 right angles."),
        ("a right-angled triangle", "A right-angled triangle has 1 right angle."),
        ("an L-shape", "An L-shape has 5 right angles inside it."),
    ]
    without = [
        (
            f"a triangle with three sides of {a} cm",
            "A triangle with three equal sides has no right angle: its corners are all narrower than a square corner.",
        ),
        ("a regular hexagon", "A regular hexagon has no right angle: its corners are all wider than a square corner."),
    ]
    shared = rng.sample(with_right, 3)
    odd = rng.choice(without)
    steps = [why for _, why in [*shared, odd]]
    members = [(text, True) for text, _ in shared] + [(odd[0], False)]
    item = odd_one_out(
        rng,
        "Which shape has no right angle?",
        members,
        steps,
        "4 − 4 + 0 = 0",
        hint=hint(level, "a right angle is a square corner."),
    )
    return with_picture(item, Angle(90))  # a square corner, to hold each shape's corners against
