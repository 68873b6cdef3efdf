"""Missing angles: on a line, around a point, vertically opposite, in triangles and polygons."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.angles.common import deg, degrees, with_picture
from ks2practice.content.reasoning import always_sometimes_never, explain_claim
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub
from ks2practice.pictures.diagrams import BLANK, UNKNOWN, AnglesAtPoint, Shape2D

# ---------------------------------------------------------------------------------- drawing helpers

_PI = Fraction(355, 113)  # good to 3 × 10⁻⁷, far finer than a drawing needs


def _small_direction(degrees: int) -> tuple[Fraction, Fraction]:
    """(cos, sin) of 0 ≤ degrees < 90 to the nearest 1/1000, from Taylor series in exact fractions."""
    x = _PI * degrees / 180
    cos, sin, term = Fraction(0), Fraction(0), Fraction(1)
    for k in range(14):  # term = x^k / k!
        if k % 2 == 0:
            cos += term * (-1) ** (k // 2)
        else:
            sin += term * (-1) ** (k // 2)
        term = term * x / (k + 1)
    return Fraction(round(cos * 1000), 1000), Fraction(round(sin * 1000), 1000)


def direction(degrees: int) -> tuple[Fraction, Fraction]:
    """A unit vector at this angle (anticlockwise from east); exact at multiples of 90°, and two directions 90°
    apart are exactly perpendicular, so right-angle marks are true."""
    quarter, rest = divmod(degrees % 360, 90)
    x, y = _small_direction(rest)
    for _ in range(quarter):
        x, y = -y, x
    return x, y


def polygon_with_angles(rng: random.Random, angles: list[int]) -> tuple[tuple[Fraction, Fraction], ...] | None:
    """Vertices of a convex polygon whose interior angles are drawn at these sizes (going anticlockwise).

    The first sides get random lengths; the last two are solved so the shape closes. None if that fails.
    """
    n = len(angles)
    headings, heading = [], 0
    for angle in angles[1:]:
        headings.append(heading)
        heading += 180 - angle
    headings.append(heading)
    dirs = [direction(h) for h in headings]
    lengths = [Fraction(rng.randint(5, 9)) for _ in range(n - 2)]
    gx = -sum(lengths[i] * dirs[i][0] for i in range(n - 2))
    gy = -sum(lengths[i] * dirs[i][1] for i in range(n - 2))
    (ax, ay), (bx, by) = dirs[n - 2], dirs[n - 1]
    det = ax * by - ay * bx
    if det == 0:
        return None
    p = (gx * by - gy * bx) / det
    q = (ax * gy - ay * gx) / det
    if p <= 2 or q <= 2 or max(p, q) > 16:
        return None
    points, x, y = [], Fraction(0), Fraction(0)
    for length, (dx, dy) in zip([*lengths, p, q], dirs, strict=True):
        points.append((x, y))
        x, y = x + length * dx, y + length * dy
    return tuple(points)  # the walk starts at A, whose angle is angles[0] once the shape closes


def angle_shape(rng: random.Random, angles: list[int], labels: list[int | str | None]) -> Shape2D | None:
    """A Shape2D with its angles drawn at the given sizes and labelled; right angles get their square mark."""
    vertices = None
    for _ in range(30):
        vertices = polygon_with_angles(rng, angles)
        if vertices:
            break
    if vertices is None:
        return None
    rights = tuple(i for i, a in enumerate(angles) if a == 90 and labels[i] is None)
    return Shape2D(
        vertices=vertices,
        angle_labels=tuple(labels),
        right_angles=rights,
        vertex_names=tuple("ABCDEFGH"[: len(angles)]),
    )


def fixed_shape(angles: list[int], labels: list[int | str | None]) -> Shape2D | None:
    """angle_shape with side lengths from its own angles, not the item's rng: the same question draws the same
    picture, and drawing it never changes the question."""
    return angle_shape(random.Random(":".join(map(str, angles))), angles, labels)


def on_line(sizes: list[int], marks: list[int | str]) -> AnglesAtPoint:
    return AnglesAtPoint("line", tuple(sizes), tuple(marks))


# ---------------------------------------------------------------------------------- missing angles


@topic(
    "angles.missing_angles",
    title="Missing angles: on a line, around a point, vertically opposite, in triangles and polygons",
    codes=("5G4b", "6G4a", "6G4b"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "explain", "always_sometimes_never"),
)
def missing_angles(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return _angles_asn(rng, level)
    if style == "true_or_false":
        return _angles_true_false(rng, level, style)
    if style == "explain":
        return _angles_explain(rng, level, style)
    if style == "word_problem":
        return _angles_word(rng, level, style)
    makers = {
        Level.WORKING_TOWARDS: (_on_line_two, _right_angle_split),
        Level.EXPECTED: (_on_line_three, _around_point, _triangle, _vertically_opposite),
        Level.GREATER_DEPTH: (_quadrilateral, _isosceles, _regular_polygon, _triangle_exterior),
    }[level]
    return rng.choice(makers)(rng, level, style)


def _missing_prompt(style: str, text: str, missing: str) -> str:
    """'Find the angle at C.' for fluency; 'The angle at C is □°. What is □?' for a missing number."""
    if style == "fluency":
        return f"{text} Find {missing}."
    return f"{text} {missing[0].upper()}{missing[1:]} is □°. What is □?"


def _on_line_two(rng: random.Random, level: Level, style: str) -> Item:
    a = rng.randrange(25, 160, 5)
    answer = degrees(180 - a)
    prompt = _missing_prompt(style, f"Two angles sit together on a straight line. One is {a}°.", "the other")
    prompt += hint(level, "angles on a straight line add up to 180°.")
    predicted = mis.predictions(answer, mis.line_as_360.on(a))
    item = make(
        prompt,
        answer,
        ["Angles on a straight line add to 180°.", Step(eq(sub(deg(180), deg(a)), deg(180 - a)))],
        style,
        f"180 − {a}",
        predicted=predicted,
    )
    return with_picture(item, on_line([a, 180 - a], [a, UNKNOWN]))


def _right_angle_split(rng: random.Random, level: Level, style: str) -> Item:
    a = rng.randrange(15, 80, 5)
    answer = degrees(90 - a)
    picture = fixed_shape([90, a, 90 - a], [None, a, UNKNOWN])
    prompt = _missing_prompt(
        style, f"In triangle ABC the angle at A is a right angle and the angle at B is {a}°.", "the angle at C"
    ) + hint(level, "the other two angles of a right-angled triangle add up to 90°.")
    predicted = mis.predictions(answer, mis.triangle_as_360.on(90 + a))
    steps = [
        "The angles of a triangle add to 180°, and A is 90°, so B and C add to 90°.",
        Step(eq(sub(deg(90), deg(a)), deg(90 - a))),
    ]
    return with_picture(make(prompt, answer, steps, style, f"180 − 90 − {a}", predicted=predicted), picture)


def _on_line_three(rng: random.Random, level: Level, style: str) -> Item:
    a, b = rng.randint(20, 80), rng.randint(20, 75)
    answer = degrees(180 - a - b)
    prompt = _missing_prompt(
        style, f"Three angles meet on a straight line. Two of them are {a}° and {b}°.", "the third"
    )
    predicted = mis.predictions(answer, mis.line_as_360.on(a + b))
    steps = ["Angles on a straight line add to 180°.", Step(eq(sub(deg(180), deg(a), deg(b)), deg(180 - a - b)))]
    picture = on_line([a, b, 180 - a - b], [a, b, UNKNOWN])
    return with_picture(make(prompt, answer, steps, style, f"180 − {a} − {b}", predicted=predicted), picture)


def _around_point(rng: random.Random, level: Level, style: str) -> Item:
    a, b, c = rng.randint(40, 150), rng.randint(30, 120), rng.randint(20, 60)
    while a + b + c == 180:  # a fourth "angle" of 180° is a straight line, not an angle between two of the lines
        a, b, c = rng.randint(40, 150), rng.randint(30, 120), rng.randint(20, 60)
    answer = degrees(360 - a - b - c)
    prompt = _missing_prompt(
        style, f"Four angles meet at a point. Three of them are {a}°, {b}° and {c}°.", "the fourth"
    )
    predicted = mis.predictions(answer, mis.point_as_180.on(a + b + c))
    steps = [
        "Angles around a point add to 360°.",
        Step(eq(sub(deg(360), deg(a), deg(b), deg(c)), deg(360 - a - b - c))),
    ]
    picture = AnglesAtPoint("point", (a, b, c, 360 - a - b - c), (a, b, c, UNKNOWN))
    return with_picture(make(prompt, answer, steps, style, f"360 − {a} − {b} − {c}", predicted=predicted), picture)


def _triangle(rng: random.Random, level: Level, style: str) -> Item:
    a, b = rng.randint(30, 100), rng.randint(25, 70)
    c = 180 - a - b
    answer = degrees(c)
    picture = fixed_shape([a, b, c], [a, b, UNKNOWN])
    prompt = _missing_prompt(style, f"Triangle ABC has angles of {a}° at A and {b}° at B.", "the angle at C")
    predicted = mis.predictions(answer, mis.triangle_as_360.on(a + b))
    steps = ["The angles of a triangle add to 180°.", Step(eq(sub(deg(180), deg(a), deg(b)), deg(c)))]
    return with_picture(make(prompt, answer, steps, style, f"180 − {a} − {b}", predicted=predicted), picture)


def _vertically_opposite(rng: random.Random, level: Level, style: str) -> Item:
    a = rng.choice([n for n in range(25, 156) if n != 90])
    if rng.random() < 0.5:
        answer = degrees(a)
        prompt = _missing_prompt(
            style, f"Two straight lines cross. One of the four angles is {a}°.", "the angle vertically opposite it"
        )
        steps = [
            "Vertically opposite angles are equal: each makes a straight line with the same angle between them.",
            Step(
                "The angle between them is ",
                eq(sub(deg(180), deg(a)), deg(180 - a)),
                ", and ",
                eq(sub(deg(180), deg(180 - a)), deg(a)),
                ".",
            ),
        ]
        check = f"180 − (180 − {a})"
        predicted = mis.predictions(answer, mis.opposite_as_adjacent.on(a))
        marks = (a, BLANK, UNKNOWN, BLANK)
    else:
        answer = degrees(180 - a)
        prompt = _missing_prompt(
            style, f"Two straight lines cross. One of the four angles is {a}°.", "the angle next to it on the same line"
        )
        steps = [
            "Angles next to each other on a straight line add to 180°.",
            Step(eq(sub(deg(180), deg(a)), deg(180 - a))),
        ]
        check = f"180 − {a}"
        predicted = mis.predictions(answer, mis.line_as_360.on(a))
        marks = (a, UNKNOWN, BLANK, BLANK)
    picture = AnglesAtPoint("opposite", (a, 180 - a, a, 180 - a), marks, rotation=20)
    return with_picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _quadrilateral(rng: random.Random, level: Level, style: str) -> Item:
    while True:
        a, b, c = rng.randint(60, 130), rng.randint(55, 125), rng.randint(50, 120)
        d = 360 - a - b - c
        if 40 <= d <= 150:
            break
    answer = degrees(d)
    picture = fixed_shape([a, b, c, d], [a, b, c, UNKNOWN])
    prompt = _missing_prompt(
        style, f"Quadrilateral ABCD has angles of {a}° at A, {b}° at B and {c}° at C.", "the angle at D"
    )
    steps = [
        "The angles of a quadrilateral add to 360° (it splits into two triangles).",
        Step(eq(sub(deg(360), deg(a), deg(b), deg(c)), deg(d))),
    ]
    return with_picture(make(prompt, answer, steps, style, f"360 − {a} − {b} − {c}"), picture)


def _isosceles(rng: random.Random, level: Level, style: str) -> Item:
    top = rng.randrange(20, 150, 2)
    base = (180 - top) // 2
    answer = degrees(base)
    picture = fixed_shape([top, base, base], [top, UNKNOWN, None])
    prompt = _missing_prompt(style, f"Triangle ABC is isosceles: AB = AC. The angle at A is {top}°.", "the angle at B")
    predicted = mis.predictions(answer, mis.triangle_as_360.on(top, 2))
    steps = [
        "The base angles of an isosceles triangle are equal.",
        Step("The two base angles together: ", eq(sub(deg(180), deg(top)), deg(180 - top)), "."),
        Step("Each one: ", eq(div(deg(180 - top), 2), deg(base)), "."),
    ]
    return with_picture(make(prompt, answer, steps, style, f"(180 − {top}) ÷ 2", predicted=predicted), picture)


_POLYGONS = {5: "pentagon", 6: "hexagon", 8: "octagon", 9: "nonagon", 10: "decagon", 12: "dodecagon"}


def _regular_polygon(rng: random.Random, level: Level, style: str) -> Item:
    n = rng.choice(list(_POLYGONS))
    interior = 180 - 360 // n
    answer = degrees(interior)
    picture = fixed_shape([interior] * n, [UNKNOWN] + [None] * (n - 1)) if n <= 8 else None
    prompt = _missing_prompt(
        style, f"A regular {_POLYGONS[n]} has {n} equal sides and {n} equal angles.", "each of its interior angles"
    )
    predicted = mis.predictions(answer, mis.exterior_for_interior.on(n))
    steps = [
        Step(f"The angles of a {n}-sided polygon add to ", eq(mul(sub(n, 2), deg(180)), deg((n - 2) * 180)), "."),
        Step(eq(div(deg((n - 2) * 180), n), deg(interior))),
    ]
    return with_picture(make(prompt, answer, steps, style, f"({n} − 2) × 180 ÷ {n}", predicted=predicted), picture)


def _triangle_exterior(rng: random.Random, level: Level, style: str) -> Item:
    a, b = rng.randint(35, 85), rng.randint(30, 70)
    c = 180 - a - b
    outside = 180 - c
    answer = degrees(outside)
    prompt = _missing_prompt(
        style,
        f"Triangle ABC has angles of {a}° at A and {b}° at B. Side BC is extended in a straight line past C.",
        "the angle outside the triangle at C",
    )
    predicted = mis.predictions(answer, mis.line_as_360.on(c))
    steps = [
        Step("The angle inside at C is ", eq(sub(deg(180), deg(a), deg(b)), deg(c)), "."),
        Step("On the straight line: ", eq(sub(deg(180), deg(c)), deg(outside))),
    ]
    return make(prompt, answer, steps, style, f"180 − (180 − {a} − {b})", predicted=predicted)


def _angles_true_false(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.WORKING_TOWARDS:
        a = rng.randrange(25, 160, 5)
        right, wrong = 180 - a, 360 - a
        setting, total, known = f"Two angles on a straight line are {a}° and", 180, [a]
        picture = on_line([a, 180 - a], [a, UNKNOWN])
    elif level == Level.EXPECTED:
        a, b = rng.randint(30, 90), rng.randint(30, 80)
        right = 180 - a - b
        wrong = right + rng.choice([-10, 10, 20])  # a near miss: the sum must be checked, not eyed
        wrong = wrong if wrong > 0 else right + 10
        setting, total, known = f"A triangle has angles of {a}°, {b}° and", 180, [a, b]
        picture = fixed_shape([a, b, right], [a, b, UNKNOWN])
        a = a + b
    else:
        a, b, c = rng.randint(60, 120), rng.randint(60, 110), rng.randint(50, 100)
        right = 360 - a - b - c
        wrong = right + rng.choice([10, -10, 20])
        setting, total, known = f"A quadrilateral has angles of {a}°, {b}°, {c}° and", 360, [a, b, c]
        picture = fixed_shape([a, b, c, right], [a, b, c, UNKNOWN]) if 0 < right < 180 else None
        a = a + b + c
    claimed = rng.choice([right, wrong])
    answer = TrueFalse(claimed == right)
    prompt = f"True or false? {setting} {claimed}°." + hint(level, "what must the angles add up to?")
    sign = "=" if claimed == right else "≠"
    steps = [
        Step(f"They must add to {total}°: ", eq(sub(deg(total), *map(deg, known)), deg(right)), "."),
        Step(rel(deg(right), sign, deg(claimed), restates=sign == "="), f", so it is {truth_word(claimed == right)}."),
    ]
    # Only the straight line's wrong claim is the 360° mistake; the others are near misses no mechanism makes.
    predicted = (
        mis.predictions(answer, mis.line_as_360.on(a, claimed=claimed)) if total == 180 and not known[1:] else ()
    )
    return with_picture(make(prompt, answer, steps, style, f"{a} + {claimed} = {total}", predicted=predicted), picture)


def _angles_explain(rng: random.Random, level: Level, style: str) -> Item:
    who = name(rng)
    if level == Level.GREATER_DEPTH and rng.random() < 0.6:
        return _sum_claim(rng, who)
    if level == Level.GREATER_DEPTH:
        a = rng.randint(91, 150)
        answer = TrueFalse(False)
        prompt = (
            f"{who} says: 'I drew a triangle with two obtuse angles, one of them {a}°.' Could {who} be right? "
            "Answer true or false, then explain."
        )
        steps = [
            Step(
                "An obtuse angle is more than 90°, so the two obtuse angles would add to more than ",
                rel(add(deg(a), deg(90)), "=", deg(a + 90), ">", deg(180)),
                ".",
            ),
            "Model answer: No — the three angles of a triangle add to 180°, so at most one can be obtuse.",
        ]
        return make(prompt, answer, steps, style, f"{a} + 91 < 180")
    a = rng.randrange(20, 160, 5) if level == Level.WORKING_TOWARDS else rng.randint(20, 160)
    claimed = rng.choice([180 - a, 360 - a])
    answer = TrueFalse(claimed == 180 - a)
    prompt = (
        f"Two angles make a straight line. One is {a}°. {who} says the other is {claimed}°. Is {who} right? "
        "Answer true or false, then explain." + hint(level, "a straight line is half a turn.")
    )
    steps = [
        Step("Angles on a straight line add to 180°, so the other is ", eq(sub(deg(180), deg(a)), deg(180 - a)), "."),
        Step(
            f"Model answer: {'Yes' if claimed == 180 - a else 'No'} — ",
            eq(add(deg(a), deg(claimed)), deg(a + claimed)),
            "." if claimed == 180 - a else f", not 180°; {who} took {a}° from 360°, a whole turn.",
        ),
    ]
    predicted = mis.predictions(answer, mis.line_as_360.on(a, claimed=claimed))
    item = make(prompt, answer, steps, style, f"{a} + {claimed} = 180", predicted=predicted)
    return with_picture(item, on_line([a, 180 - a], [a, UNKNOWN]))


def _angles_word(rng: random.Random, level: Level, style: str) -> Item:
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        a = contexts.get("card_corner").draw(rng, "cut", 20, 75, step=5)
        answer = degrees(90 - a)
        prompt = (
            f"{who} cuts a slice from the square corner of a piece of card. The cut makes an angle of {a}° "
            f"with one edge. What angle does it make with the other edge?" + hint(level, "the corner is 90°.")
        )
        steps = [Step("The corner is a right angle: ", eq(sub(deg(90), deg(a)), deg(90 - a)))]
        picture = AnglesAtPoint("right", (a, 90 - a), (a, UNKNOWN))
        return with_picture(make(prompt, answer, steps, style, f"90 − {a}"), picture)
    if level == Level.EXPECTED:
        pieces = rng.randint(3, 4)
        last = 0
        while not 30 <= last <= 150:  # a slice no bigger than the others look
            sizes = [rng.randrange(40 if pieces == 4 else 80, 150, 5) for _ in range(pieces - 1)]
            last = 360 - sum(sizes)
        contexts.used("pizza_slices", slices=pieces, angle=(*sizes, last))
        answer = degrees(last)
        prompt = (
            f"{who} cuts a round pizza into {pieces} slices from the centre. The angles of {pieces - 1} "
            f"slices are {', '.join(f'{s}°' for s in sizes[:-1])} and {sizes[-1]}°. "
            "What is the angle of the last slice?"
        )
        predicted = mis.predictions(answer, mis.point_as_180.on(sum(sizes)))
        steps = [
            "The angles around the centre add to 360°.",
            Step("The slices so far: ", eq(add(*map(deg, sizes)), deg(sum(sizes))), "."),
            Step(eq(sub(deg(360), deg(sum(sizes))), deg(last))),
        ]
        item = make(prompt, answer, steps, style, "360 − " + " − ".join(str(s) for s in sizes), predicted=predicted)
        return with_picture(item, AnglesAtPoint("point", (*sizes, last), (*sizes, UNKNOWN)))
    # greater depth: from the turn at each corner to the angle inside the path there (two steps, and the turn is
    # the exterior angle a child stops at)
    n = rng.choice([5, 6, 8, 9, 10])
    contexts.used("park_path", corners=n)
    turn = 360 // n
    answer = degrees(180 - turn)
    prompt = (
        f"A park has a path in the shape of a regular {_POLYGONS[n]}. {who} walks all the way round, turning "
        f"the same amount at each of the {n} corners. What is the angle inside the path at each corner?"
    )
    steps = [
        f"Walking all the way round turns {who} through one whole turn, 360°.",
        Step("The turn at each corner: ", eq(div(deg(360), n), deg(turn)), "."),
        Step(
            "The turn and the angle inside make a straight line at the corner: ",
            eq(sub(deg(180), deg(turn)), deg(180 - turn)),
            ".",
        ),
        Step(
            f"Check: {n} such angles make ",
            eq(mul(n, deg(180 - turn)), mul(n - 2, deg(180)), deg(n * (180 - turn))),
            f", the angles inside any shape with {n} sides.",
        ),
    ]
    predicted = mis.predictions(answer, mis.exterior_for_interior.on(n))
    return make(prompt, answer, steps, style, f"180 − 360 ÷ {n}", predicted=predicted)


def _angles_asn(rng: random.Random, level: Level) -> Item:
    """Generalisations about angle sums, worked on this item's angles: on a straight line (level 1), in a triangle
    (level 2), in an isosceles triangle or a quadrilateral (level 3)."""
    if level == Level.WORKING_TOWARDS:
        a = rng.randrange(20, 80, 10)
        if rng.random() < 0.5:
            return with_picture(
                always_sometimes_never(
                    "Two angles that sit together on a straight line are equal.",
                    holds=[Step(eq(add(deg(90), deg(90)), deg(180)), ": two right angles.")],
                    fails=[
                        Step(eq(add(deg(a), deg(180 - a)), deg(180)), ", and "),
                        Step(rel(deg(a), "≠", deg(180 - a))),
                    ],
                    check=f"{a} + {180 - a} = 180",
                    hint=hint(level, "angles on a straight line add up to 180°."),
                ),
                on_line([a, 180 - a], [BLANK, BLANK]),
            )
        return with_picture(
            always_sometimes_never(
                "Two angles that sit together on a straight line are both acute (less than 90°).",
                fails=[
                    Step("If one is ", deg(a), ", the other is ", eq(sub(deg(180), deg(a)), deg(180 - a)), ", and "),
                    Step(rel(deg(180 - a), ">", deg(90)), ", so it is not acute."),
                ],
                reason=[
                    Step(
                        "Two acute angles add to less than ",
                        eq(add(deg(90), deg(90)), deg(180)),
                        ", not a straight line.",
                    )
                ],
                check=f"180 − {a} > 90",
                hint=hint(level, "angles on a straight line add up to 180°."),
            ),
            on_line([a, 180 - a], [BLANK, BLANK]),
        )
    if level == Level.EXPECTED:
        b, c = rng.randrange(95, 150, 5), rng.randrange(95, 150, 5)
        if rng.random() < 0.5:
            return with_picture(
                always_sometimes_never(
                    "A triangle has two obtuse angles (angles bigger than 90°).",
                    fails=[
                        Step("Two obtuse angles such as ", deg(b), " and ", deg(c), " make "),
                        Step(eq(add(deg(b), deg(c)), deg(b + c)), ", and "),
                        Step(rel(deg(b + c), ">", deg(180)), ", more than all three angles of a triangle together."),
                    ],
                    reason=[
                        "Two angles bigger than 90° always add to more than 180°, so there is no room for a third."
                    ],
                    check=f"{b} + {c} > 180",
                ),
                fixed_shape([b, (180 - b) // 2, 180 - b - (180 - b) // 2], [b, None, None]),
            )
        x = rng.randrange(20, 180 - b - 10, 5)
        p = rng.randrange(50, 80, 5)
        q_ = rng.randrange(max(20, 91 - p), 80, 5)
        return with_picture(
            always_sometimes_never(
                "A triangle has an obtuse angle (an angle bigger than 90°).",
                holds=[Step(eq(add(deg(b), deg(x), deg(180 - b - x)), deg(180)), f": {b}° is obtuse.")],
                fails=[Step(eq(add(deg(p), deg(q_), deg(180 - p - q_)), deg(180)), ": all three are acute.")],
                check=f"{p} + {q_} + {180 - p - q_} = 180",
            ),
            fixed_shape([b, (180 - b) // 2, 180 - b - (180 - b) // 2], [b, None, None]),
        )
    if rng.random() < 0.5:
        apexes = rng.sample(range(10, 171, 2), 2)
        holds: list[str | Step] = []
        for apex in apexes:
            base = (180 - apex) // 2
            holds += [
                Step(f"Top angle {apex}°: each equal angle is ", eq(div(sub(deg(180), deg(apex)), 2), deg(base)), ", "),
                Step(rel(deg(base), "<", deg(90)), "."),
            ]
        return always_sometimes_never(
            "The two equal angles of an isosceles triangle are both acute (less than 90°).",
            holds=holds,
            reason=[
                Step(
                    "Two equal angles of 90° or more would make at least ",
                    eq(mul(2, deg(90)), deg(180)),
                    " on their own, leaving nothing for the third angle.",
                )
            ],
            check=f"(180 − {apexes[0]}) ÷ 2 < 90",
        )
    four = [rng.randrange(95, 135, 5) for _ in range(4)]
    three = four[:3]
    return always_sometimes_never(
        "All four angles of a quadrilateral are obtuse (bigger than 90°).",
        fails=[
            Step("Four obtuse angles such as these add to ", eq(add(*map(deg, four)), deg(sum(four))), ", and "),
            Step(rel(deg(sum(four)), ">", deg(360)), "."),
            Step("Even three of them make ", eq(add(*map(deg, three)), deg(sum(three))), ", leaving "),
            Step(eq(sub(deg(360), deg(sum(three))), deg(360 - sum(three))), " for the fourth, which is not obtuse."),
        ],
        reason=[
            Step(
                "Four angles bigger than 90° add to more than ",
                eq(mul(4, deg(90)), deg(360)),
                ", the total for a quadrilateral.",
            )
        ],
        check=f"{' + '.join(map(str, four))} > 360",
    )


def _sum_claim(rng: random.Random, who: str) -> Item:
    """Greater depth: a claim about the angle sum of a polygon, decided by splitting it into triangles from one
    corner and checked on a shape's own angles."""
    sides = rng.choice([4, 5, 6])
    total = (sides - 2) * 180
    claimed = rng.choice([total, 360]) if sides > 4 else 360
    names = {4: "quadrilateral", 5: "pentagon", 6: "hexagon"}
    angles = [rng.randrange(70, 150, 5) for _ in range(sides - 1)]
    while not 40 <= total - sum(angles) <= 175:
        angles = [rng.randrange(70 if sides == 4 else 95, 150, 5) for _ in range(sides - 1)]
    angles.append(total - sum(angles))
    right = claimed == total
    steps: list[str | Step] = [
        Step(
            f"Lines from one corner split a {names[sides]} into {sides - 2} triangles: ",
            eq(mul(sides - 2, deg(180)), deg(total)),
            ".",
        ),
        Step(f"For example, a {names[sides]} with angles ", eq(add(*map(deg, angles)), deg(total)), "."),
    ]
    if not right:
        steps.append(Step(rel(deg(total), "≠", deg(claimed)), "."))
    return explain_claim(
        who,
        f"The angles inside every {names[sides]} add up to {claimed}°, like the angles of a square.",
        right,
        steps,
        f"lines from one corner cut any {names[sides]} into {sides - 2} triangles, and each triangle's angles add "
        "to 180°, so the total depends on the number of sides, not on the shape being a square.",
        f"{sides - 2} × 180 = {claimed}",  # the claim: true exactly when the child is right
    )
