"""Properties of shapes (strand G), Years 3–6: 2-D and 3-D shapes, symmetry, circles and missing lengths."""

# Levels (design.md §4):
#   properties_2d   1: count right angles, horizontal, vertical and parallel sides; 2: name quadrilaterals and
#                   triangles from a drawing, regular or irregular; 3: shapes drawn turned, names from properties.
#   shapes_3d       1: cubes, cuboids, square-based pyramids, triangular prisms; 2: prisms and pyramids on
#                   pentagons and hexagons, nets; 3: any prism or pyramid from counts, reasoning backwards.
#   symmetry        1: lines of symmetry of a drawn rectangle, square or triangle; complete a figure in x = c
#                   on a small grid; 2: more quadrilaterals, larger grid; 3: regular polygons, reasoning.
#   circles         1: diameter from radius (small numbers); 2: radius from diameter, words; 3: circles in a row
#                   inside a rectangle, two steps.
#   missing_lengths 1: opposite sides of a rectangle; 2: a side from the perimeter, a rectilinear shape;
#                   3: two-step rectilinear shapes and angles made by a rectangle's diagonal.

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Coordinate, Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import geometry as geo
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import UNKNOWN, CoordinateGrid, Shape2D
from ks2practice.topics.position import point, point_check, point_predictions

Point = tuple[int, int]

# ---------------------------------------------------------------------------------- properties from vertices


def _sub(p: Point, q: Point) -> Point:
    return p[0] - q[0], p[1] - q[1]


def side_vectors(vertices: tuple[Point, ...]) -> list[Point]:
    n = len(vertices)
    return [_sub(vertices[(i + 1) % n], vertices[i]) for i in range(n)]


def squared_lengths(vertices: tuple[Point, ...]) -> list[int]:
    return [x * x + y * y for x, y in side_vectors(vertices)]


def right_angle_flags(vertices: tuple[Point, ...]) -> list[int]:
    """1 at each vertex where the two sides meet at 90° (their dot product is 0), else 0."""
    sides = side_vectors(vertices)
    return [int(sides[i - 1][0] * sides[i][0] + sides[i - 1][1] * sides[i][1] == 0) for i in range(len(sides))]


def parallel_pairs(vertices: tuple[Point, ...]) -> int:
    sides = side_vectors(vertices)
    n = len(sides)
    return sum(
        1 for i in range(n) for j in range(i + 1, n) if sides[i][0] * sides[j][1] - sides[i][1] * sides[j][0] == 0
    )


def largest_equal_group(vertices: tuple[Point, ...]) -> int:
    lengths = squared_lengths(vertices)
    return max(lengths.count(length) for length in lengths)


def classify(vertices: tuple[Point, ...]) -> tuple[str, str]:
    """The shape's name worked out from its vertices, and a statement from its counted properties that shows it."""
    lengths, rights = squared_lengths(vertices), sum(right_angle_flags(vertices))
    if len(vertices) == 3:
        distinct = len(set(lengths))
        if rights:
            return "right-angled triangle", f"{rights} = 1"
        return ("isosceles triangle", f"{distinct} = 2") if distinct == 2 else ("scalene triangle", f"{distinct} = 3")
    par, equal = parallel_pairs(vertices), largest_equal_group(vertices)
    if par == 2:
        if rights == 4:
            return ("square", f"{rights} × {equal} = 16") if equal == 4 else ("rectangle", f"{rights} × {equal} = 8")
        return (
            ("rhombus", f"{par} × {equal} + {rights} = 8")
            if equal == 4
            else (
                "parallelogram",
                f"{par} × {equal} + {rights} = 4",
            )
        )
    if par == 1:
        return "trapezium", f"{par} = 1"
    adjacent = sum(1 for i in range(4) if lengths[i] == lengths[(i + 1) % 4])
    if adjacent == 2 and equal == 2:
        return "kite", f"{par} + {adjacent} = 2"
    return "irregular quadrilateral", f"{par} + {rights} < 2"


def _turn(vertices: list[Point], rng: random.Random, tilt_allowed: bool) -> tuple[Point, ...]:
    """The same shape turned through a multiple of 90° (and maybe flipped), moved so it sits at the origin."""
    quarter = rng.randint(0, 3) if tilt_allowed else rng.choice([0, 2])
    flip = rng.random() < 0.5
    out = []
    for x, y in vertices:
        if flip:
            x = -x
        for _ in range(quarter):
            x, y = -y, x
        out.append((x, y))
    if flip:
        out.reverse()  # keep going the same way round
    low_x, low_y = min(x for x, _ in out), min(y for _, y in out)
    return tuple((x - low_x, y - low_y) for x, y in out)


def make_shape(rng: random.Random, kind: str, tilted: bool = False) -> tuple[Point, ...]:
    """Grid vertices of a shape of this kind; tilted squares and rectangles have no horizontal sides."""
    if kind == "square":
        p, q = rng.randint(2, 5), (rng.randint(1, 3) if tilted else 0)
        u, v = (p, q), (-q, p)
    elif kind == "rectangle":
        if tilted:
            p, q, k = rng.randint(1, 3), rng.randint(1, 2), rng.randint(2, 3)
            u, v = (p, q), (-q * k, p * k)
        else:
            w, h = rng.sample(range(2, 8), 2)
            u, v = (w, 0), (0, h)
    elif kind == "rhombus":
        u, v = rng.choice([((5, 0), (3, 4)), ((5, 0), (4, 3)), ((3, 1), (1, 3)), ((2, 1), (1, 2)), ((5, 0), (-3, 4))])
    elif kind == "parallelogram":
        w, s, h = rng.randint(3, 6), rng.choice([1, 2, -1, -2]), rng.randint(2, 4)
        u, v = (w, 0), (s, h)
    elif kind == "trapezium":
        bottom, h = rng.randint(5, 8), rng.randint(2, 4)
        left = rng.randint(0, 2)
        top = rng.randint(1, bottom - left - 1)
        return _turn([(0, 0), (bottom, 0), (left + top, h), (left, h)], rng, tilted)
    elif kind == "kite":
        w, h1, h2 = rng.randint(2, 3), rng.randint(1, 3), rng.randint(4, 6)
        return _turn([(0, 0), (w, h1), (0, h1 + h2), (-w, h1)], rng, tilted)
    elif kind == "isosceles triangle":
        w, h = rng.randint(2, 4), rng.randint(3, 6)
        h = h + 1 if h == w else h  # h = w would make a right angle at the top
        return _turn([(0, 0), (2 * w, 0), (w, h)], rng, tilted)
    elif kind == "scalene triangle":
        a, b, h = rng.randint(4, 7), rng.randint(1, 2), rng.randint(3, 5)
        return _turn([(0, 0), (a, 0), (a + b, h)], rng, tilted)
    elif kind == "right-angled triangle":
        a, b = rng.sample(range(3, 8), 2)
        return _turn([(0, 0), (a, 0), (0, b)], rng, tilted)
    else:
        raise ValueError(kind)
    return _turn([(0, 0), u, (u[0] + v[0], u[1] + v[1]), v], rng, tilted or kind == "rhombus")


QUADRILATERALS = ("square", "rectangle", "rhombus", "parallelogram", "trapezium", "kite")
TRIANGLES = ("isosceles triangle", "scalene triangle", "right-angled triangle")
ALSO_TRUE = {
    "square": {"rectangle", "rhombus", "parallelogram", "kite", "trapezium"},
    "rectangle": {"parallelogram", "trapezium"},
    "rhombus": {"parallelogram", "kite", "trapezium"},
    "parallelogram": {"trapezium"},
}
"""Names that are also true of a shape (a square is a rectangle), so never offered as the wrong name."""
SIGNATURES = {
    "square": 4422,
    "rectangle": 4421,
    "rhombus": 4022,
    "parallelogram": 4021,
    "isosceles triangle": 3001,
    "scalene triangle": 3002,
}
"""Names whose counts are fixed, as sides × 1000 + right angles × 100 + parallel pairs × 10 + equal sides ÷ 2
(for a triangle: the number of different side lengths)."""


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


def with_picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


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
        claimed = actual if rng.random() < 0.5 else rng.choice(wrong_names(actual, family))
        truth = claimed == actual
        answer = TrueFalse(truth)
        prompt = f"True or false? This shape is {_article(claimed)}." + hint(level, "look at the sides and angles.")
        steps = [*_property_steps(vertices), f"So it is {_article(actual)}: the statement is {truth_word(truth)}."]
        predicted = mis.predictions(answer, ("orientation_changes_shape", False if truth and tilted else None))
        counted, _ = signature(vertices)
        claim_check = check if truth else f"{counted} = {SIGNATURES[claimed]}"
        return with_picture(make(prompt, answer, steps, style, claim_check, predicted=predicted), picture)
    pool = [k for k in family if k != actual and k not in ALSO_TRUE.get(actual, set())]
    options = [*rng.sample(pool, min(3, len(pool))), actual]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(actual))
    prompt = f"What is the name of this shape? {lettered(options)}" + hint(level, "count the right angles.")
    steps = [*_property_steps(vertices), f"So it is {_article(actual)}."]
    predicted = ()
    if tilted:
        wrong = "rhombus" if actual == "square" else "parallelogram"
        predicted = mis.predictions(answer, ("orientation_changes_shape", wrong if wrong in options else None))
    return with_picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def marked_shape(vertices: tuple[Point, ...]) -> Shape2D:
    """The shape with its right angles and equal sides marked, as test papers draw them to be classified."""
    lengths = squared_lengths(vertices)
    repeated = sorted({length for length in lengths if lengths.count(length) > 1})
    groups = tuple(repeated.index(length) + 1 if length in repeated else 0 for length in lengths)
    rights = tuple(i for i, flag in enumerate(right_angle_flags(vertices)) if flag)
    return Shape2D(vertices=vertices, equal_sides=groups, right_angles=rights)


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
    return with_picture(make(prompt, answer, steps, style, check), Shape2D(vertices=vertices))


_ASN = [
    # (level range, statement, answer index, reason, check)
    (
        (1, 2, 3),
        "A square is a rectangle.",
        0,
        "every square has four right angles, so it is a special rectangle",
        "4 × 90 = 360",
    ),
    ((1, 2), "A rectangle has four right angles.", 0, "that is what makes it a rectangle", "4 × 90 = 360"),
    ((1, 2), "A triangle has a right angle.", 1, "some triangles do and some do not", "90 + 45 + 45 = 180"),
    ((1, 2), "A triangle has two parallel sides.", 2, "any two sides of a triangle meet at a corner", "3 × 2 ÷ 2 = 3"),
    ((1, 2, 3), "Perpendicular lines meet at a right angle.", 0, "that is what perpendicular means", "360 ÷ 4 = 90"),
    ((1,), "A horizontal line and a vertical line are perpendicular.", 0, "they meet at a right angle", "180 ÷ 2 = 90"),
    ((1, 2), "Parallel lines meet.", 2, "parallel lines stay the same distance apart", "90 + 90 = 180"),
    ((2, 3), "A rhombus is a square.", 1, "a rhombus with right angles is a square; most are not", "4 × 90 = 360"),
    ((2, 3), "A square is a rhombus.", 0, "a square has four equal sides", "4 = 4"),
    (
        (2, 3),
        "A polygon with all sides equal is regular.",
        1,
        "a rhombus has equal sides but unequal angles, so it is not regular",
        "60 < 120",
    ),
    ((2, 3), "A regular quadrilateral is a square.", 0, "equal sides and four equal angles of 90°", "360 ÷ 4 = 90"),
    (
        (3,),
        "A quadrilateral has exactly three right angles.",
        2,
        "three right angles make 270°, so the fourth is 360° − 270° = 90° too",
        "360 − 3 × 90 = 90",
    ),
    (
        (3,),
        "A parallelogram has a line of symmetry.",
        1,
        "a rectangle or rhombus does; most parallelograms do not",
        "2 > 0",
    ),
    ((3,), "A trapezium has a right angle.", 1, "some trapeziums have two right angles, others none", "2 × 90 = 180"),
]


def _shape_asn(rng: random.Random, level: Level, style: str) -> Item:
    options = ("always", "sometimes", "never")
    statement, right, reason, check = rng.choice([c[1:] for c in _ASN if int(level) in c[0]])
    answer = Choice(options, right)
    prompt = f"Always, sometimes or never true? {statement} {lettered(options)}" + hint(level, "draw some examples.")
    steps = [f"Because {reason}.", f"So it is {options[right]} true."]
    predicted = mis.predictions(
        answer, ("square_not_rectangle", "never" if "square is a rectangle" in statement else None)
    )
    return make(prompt, answer, steps, style, check, predicted=predicted)


def _regular_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
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
    steps = [
        "A regular polygon has all its sides equal and all its angles equal.",
        f"Only {texts[position]} is {kind}.",
    ]
    return make(prompt, answer, steps, style, odd_check.format(a=a, b=b))


def _shape_explain(rng: random.Random, level: Level, style: str) -> Item:
    who = name(rng)
    cases = [
        (
            f"{who} says: 'A square is not a rectangle, because its sides are all the same length.'",
            False,
            "No — a rectangle needs four right angles; a square has them, so a square is a special rectangle.",
            "4 × 90 = 270",
            "square_not_rectangle",
        ),
        (
            f"{who} says: 'If a square is turned so it stands on a corner, it is still a square.'",
            True,
            "Yes — turning does not change the lengths of the sides or the sizes of the angles.",
            "4 × 90 = 360",
            "orientation_changes_shape",
        ),
        (
            f"{who} says: 'Every shape with four equal sides is a square.'",
            False,
            "No — a rhombus has four equal sides but its angles need not be right angles (e.g. 60° and 120°).",
            "60 = 90",
            None,
        ),
        (
            f"{who} says: 'A triangle can have two right angles.'",
            False,
            "No — two right angles already make 180°, leaving nothing for the third angle.",
            "90 + 90 < 180",
            None,
        ),
    ]
    if level == Level.WORKING_TOWARDS:
        cases = cases[:2]
    statement, truth, model, check, slip = rng.choice(cases)
    answer = TrueFalse(truth)
    prompt = f"{statement} Is {who} right? Answer true or false, then explain." + hint(level, "think about the angles.")
    steps = [f"Model answer: {model}"]
    predicted = mis.predictions(answer, (slip, not truth) if slip else ("square_not_rectangle", None))
    return make(prompt, answer, steps, style, check, predicted=predicted)


# ---------------------------------------------------------------------------------- 3-D shapes

_BASES = {3: "triangular", 4: "square", 5: "pentagonal", 6: "hexagonal", 8: "octagonal"}


def solid_counts(family: str, n: int) -> tuple[int, int, int]:
    """Faces, edges and vertices of a prism or pyramid on an n-sided base (a cuboid is a prism on 4)."""
    if family == "prism":
        return n + 2, 3 * n, 2 * n
    return n + 1, 2 * n, n + 1


def solid_name(family: str, n: int, cube: bool = False) -> str:
    if family == "prism" and n == 4:
        return "cube" if cube else "cuboid"
    if family == "pyramid" and n == 3:
        return "triangular-based pyramid (tetrahedron)"
    return f"{_BASES[n]} {family}" if family == "prism" else f"{_BASES[n]}-based pyramid"


def _solid(rng: random.Random, level: Level) -> tuple[str, int]:
    if level == Level.WORKING_TOWARDS:
        return rng.choice([("prism", 4), ("pyramid", 4), ("prism", 3)])
    if level == Level.EXPECTED:
        return rng.choice(["prism", "pyramid"]), rng.choice([3, 4, 5, 6])
    return rng.choice(["prism", "pyramid"]), rng.choice([5, 6, 8])


def _count_check(family: str, n: int, what: str) -> str:
    formula = {
        ("prism", "faces"): f"{n} + 2",
        ("prism", "edges"): f"3 × {n}",
        ("prism", "vertices"): f"2 × {n}",
        ("pyramid", "faces"): f"{n} + 1",
        ("pyramid", "edges"): f"2 × {n}",
        ("pyramid", "vertices"): f"{n} + 1",
    }
    return formula[(family, what)]


@topic(
    "shapes.shapes_3d",
    title="3-D shapes: faces, edges and vertices; nets; recognise from descriptions",
    codes=("3G3b", "5G3b", "6G2b", "6G3b"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out"),
)
def shapes_3d(rng: random.Random, level: Level, style: str) -> Item:
    family, n = _solid(rng, level)
    cube = family == "prism" and n == 4 and rng.random() < 0.5
    solid = solid_name(family, n, cube)
    faces, edges, vertices = solid_counts(family, n)
    values = {"faces": faces, "edges": edges, "vertices": vertices}
    explain = (
        f"A prism on a {n}-sided base has 2 ends and {n} rectangles around: {faces} faces; {n} edges on each end "
        f"and {n} joining them: {edges} edges; {n} vertices on each end: {vertices} vertices."
        if family == "prism"
        else f"A pyramid on a {n}-sided base has the base and {n} triangles: {faces} faces; {n} edges round the base "
        f"and {n} up to the apex: {edges} edges; {n} base vertices and the apex: {vertices} vertices."
    )
    if style == "missing_number":
        if level == Level.GREATER_DEPTH:
            # Reasoning backwards: from the edges to the faces.
            answer = WholeNumber(faces)
            prompt = f"A {family} has {edges} edges. How many faces does it have?"
            steps = [
                f"A {family} on an n-sided base has {'3n' if family == 'prism' else '2n'} edges, so n = "
                f"{edges} ÷ {3 if family == 'prism' else 2} = {n}.",
                explain,
            ]
            check = f"{edges} ÷ {3 if family == 'prism' else 2} + {2 if family == 'prism' else 1}"
            return make(prompt, answer, steps, style, check)
        answer = WholeNumber(faces)
        prompt = f"How many faces will a net of {_article(solid)} have? □ faces." + hint(
            level, "one face for each flat surface."
        )
        steps = [
            "A net has one flat shape for each face of the solid.",
            explain,
        ]
        return make(prompt, answer, steps, style, _count_check(family, n, "faces"))
    if style == "true_or_false":
        what = rng.choice(["faces", "edges", "vertices"])
        claimed = (
            values[what]
            if rng.random() < 0.5
            else rng.choice([v for k, v in values.items() if v != values[what]] + [values[what] + 2])
        )
        truth = claimed == values[what]
        answer = TrueFalse(truth)
        prompt = f"True or false? {_article(solid).capitalize()} has {claimed} {what}." + hint(
            level, "imagine holding the shape."
        )
        predicted = mis.predictions(answer, ("faces_for_edges", (claimed == faces) if what == "edges" else None))
        return make(
            prompt,
            answer,
            [explain, f"So it is {truth_word(truth)}."],
            style,
            f"{_count_check(family, n, what)} = {claimed}",
            predicted=predicted,
        )
    if style == "odd_one_out":
        return _solid_odd_one_out(rng, level, style)
    if level != Level.WORKING_TOWARDS and rng.random() < 0.3:
        return _net_names_solid(rng, family, n, style)
    what = (
        rng.choice(["faces", "edges", "vertices"])
        if level != Level.WORKING_TOWARDS
        else rng.choice(["faces", "edges", "vertices", "edges"])
    )
    answer = WholeNumber(values[what])
    prompt = f"How many {what} does {_article(solid)} have?" + hint(level, "an edge is where two faces meet.")
    predicted = mis.predictions(answer, ("faces_for_edges", faces if what == "edges" else None))
    return make(prompt, answer, [explain], style, _count_check(family, n, what), predicted=predicted)


_FACE_WORDS = {3: "triangles", 4: "squares", 5: "pentagons", 6: "hexagons", 8: "octagons"}


_NET_WORDS = {
    "prism": "Two matching ends and rectangles round the sides make a prism.",
    "pyramid": "One base and triangles meeting at a point make a pyramid.",
}


def _net_names_solid(rng: random.Random, family: str, n: int, style: str) -> Item:
    """Recognise a solid from the faces of its net: the ends (or base) and the faces round the sides."""
    faces = solid_counts(family, n)[0]
    if family == "prism":
        parts = f"2 {_FACE_WORDS[n]} and {n} rectangles" if n != 4 else "6 rectangles"
        check = f"2 + {n} = {faces}"
    else:
        base = _FACE_WORDS[n][:-1]
        parts = f"1 {base} and {n} triangles" if n != 3 else "4 triangles"
        check = f"1 + {n} = {faces}"
    right = solid_name(family, n)
    others = [solid_name(f, k) for f in ("prism", "pyramid") for k in (3, 4, 5, 6) if solid_name(f, k) != right]
    options = [*rng.sample(others, 3), right]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(right))
    prompt = f"A net is made of {parts}. Which 3-D shape does it fold into? {lettered(options)}"
    steps = [
        _NET_WORDS[family],
        f"So it is {_article(right)} ({faces} faces).",
    ]
    return make(prompt, answer, steps, style, check)


_FAMILY_WORDS = {"prism": "the same shape all the way through", "pyramid": "a base with triangles meeting at a point"}


def _solid_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
    family = rng.choice(["prism", "pyramid"])
    other = "pyramid" if family == "prism" else "prism"
    sizes = [3, 4, 5, 6] if level != Level.WORKING_TOWARDS else [3, 4]
    chosen = rng.sample(sizes, min(3, len(sizes)))
    names = [solid_name(family, n) for n in chosen]
    odd_n = rng.choice([3, 4])
    odd = solid_name(other, odd_n)
    position = rng.randint(0, len(names))
    names.insert(position, odd)
    answer = Choice(tuple(names), position)
    apex = family == "prism"
    prompt = f"Which 3-D shape is the odd one out? {lettered(names)}" + hint(level, "think about the faces.")
    steps = [
        f"The others are all {family}s: " + _FAMILY_WORDS[family] + ".",
        f"{odd} is a {other}.",
    ]
    faces = solid_counts(other, odd_n)[0]
    check = f"{faces} = {odd_n} + {1 if apex else 2}"
    return make(prompt, answer, steps, style, check)


# ---------------------------------------------------------------------------------- symmetry


def _reflect(p: tuple[Fraction, Fraction], a: tuple[Fraction, Fraction], d: tuple[Fraction, Fraction]):
    """p reflected in the line through a with direction d, exactly."""
    wx, wy = p[0] - a[0], p[1] - a[1]
    t = (wx * d[0] + wy * d[1]) / (d[0] * d[0] + d[1] * d[1])
    fx, fy = a[0] + t * d[0], a[1] + t * d[1]
    return 2 * fx - p[0], 2 * fy - p[1]


def symmetry_lines(vertices: tuple[Point, ...]) -> int:
    """Count the lines of symmetry of a polygon from its vertices: every such line passes through two of its
    vertices or side midpoints, so try each of those lines and keep the ones that map the shape onto itself."""
    pts = [(Fraction(x), Fraction(y)) for x, y in vertices]
    n = len(pts)
    candidates = pts + [
        ((pts[i][0] + pts[(i + 1) % n][0]) / 2, (pts[i][1] + pts[(i + 1) % n][1]) / 2) for i in range(n)
    ]
    corners = set(pts)
    lines = set()
    for i in range(len(candidates)):
        for j in range(i + 1, len(candidates)):
            a, b = candidates[i], candidates[j]
            d = (b[0] - a[0], b[1] - a[1])
            if d == (0, 0):
                continue
            if {_reflect(p, a, d) for p in pts} == corners:
                # A line as (normal, offset) scaled to a fixed form, so the same line found twice counts once.
                nx, ny = -d[1], d[0]
                c = nx * a[0] + ny * a[1]
                scale = nx if nx != 0 else ny
                lines.add((nx / scale, ny / scale, c / scale))
    return len(lines)


_SYMMETRY_KINDS = {
    1: ("rectangle", "square", "isosceles triangle", "right-angled triangle"),
    2: ("rectangle", "square", "isosceles triangle", "rhombus", "parallelogram", "kite", "scalene triangle"),
    3: ("rectangle", "square", "rhombus", "parallelogram", "kite", "trapezium", "isosceles triangle"),
}


@topic(
    "shapes.symmetry",
    title="Lines of symmetry; complete a symmetric figure",
    codes=("4G2b", "4G2c"),
    styles=("fluency", "missing_number", "true_or_false", "always_sometimes_never"),
)
def symmetry(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _complete_figure(rng, level, style)
    if style == "always_sometimes_never":
        options = ("always", "sometimes", "never")
        cases = [
            (
                "A diagonal of a rectangle is a line of symmetry.",
                1,
                "only when the rectangle is a square",
                "2 < 4",
                "diagonal_as_symmetry",
                "always",
            ),
            (
                "A square has 4 lines of symmetry.",
                0,
                "two diagonals and two through the middles of the sides",
                "2 + 2 = 4",
                None,
                None,
            ),
            (
                "A triangle has exactly 2 lines of symmetry.",
                2,
                "a triangle has 0, 1 or 3 lines of symmetry, never exactly 2",
                "3 ≠ 2",
                None,
                None,
            ),
            (
                "A regular polygon has as many lines of symmetry as sides.",
                0,
                "a regular polygon with n sides has n lines of symmetry",
                "6 = 6",
                None,
                None,
            ),
        ]
        statement, right, reason, check, slip, wrong = rng.choice(
            cases[:3] if level == Level.WORKING_TOWARDS else cases
        )
        answer = Choice(options, right)
        prompt = f"Always, sometimes or never true? {statement} {lettered(options)}" + hint(
            level, "fold a paper shape."
        )
        predicted = mis.predictions(answer, (slip, wrong)) if slip else ()
        return make(
            prompt,
            answer,
            [f"Because {reason}.", f"So it is {options[right]} true."],
            style,
            check,
            predicted=predicted,
        )
    if level == Level.GREATER_DEPTH and rng.random() < 0.4:
        n = rng.choice([5, 6, 8, 10])
        names = {5: "pentagon", 6: "hexagon", 8: "octagon", 10: "decagon"}
        answer = WholeNumber(n)
        if style == "true_or_false":
            claimed = rng.choice([n, n // 2])
            answer = TrueFalse(claimed == n)
            prompt = f"True or false? A regular {names[n]} has {claimed} lines of symmetry."
            return make(
                prompt,
                answer,
                [
                    f"A regular polygon with {n} sides has {n} lines of symmetry.",
                    f"So it is {truth_word(claimed == n)}.",
                ],
                style,
                f"{n} = {claimed}",
            )
        prompt = f"How many lines of symmetry does a regular {names[n]} have?"
        return make(
            prompt, answer, [f"A regular polygon with {n} sides has {n} lines of symmetry."], style, f"360 ÷ {360 // n}"
        )
    kind = rng.choice(_SYMMETRY_KINDS[int(level)])
    vertices = make_shape(rng, kind, tilted=level == Level.GREATER_DEPTH)
    lines = symmetry_lines(vertices)
    picture = Shape2D(vertices=vertices)
    actual, _ = classify(vertices)
    steps = [
        f"This is {_article(actual)}.",
        f"Folding it along each possible line, {lines} fold{'s' if lines != 1 else ''} make the halves match exactly.",
    ]
    slips = ("diagonal_as_symmetry", geo.diagonal_as_symmetry(lines) if actual == "rectangle" else None)
    check = " + ".join(["1"] * lines) if lines else "1 − 1"
    if style == "true_or_false":
        claimed = rng.choice([lines, lines + 2 if actual == "rectangle" else (lines + 1)])
        answer = TrueFalse(claimed == lines)
        prompt = f"True or false? This shape has {claimed} line{'s' if claimed != 1 else ''} of symmetry." + hint(
            level, "imagine folding it."
        )
        predicted = mis.predictions(
            answer,
            ("diagonal_as_symmetry", True)
            if actual == "rectangle" and claimed != lines
            else ("diagonal_as_symmetry", None),
        )
        return with_picture(
            make(
                prompt,
                answer,
                [*steps, f"So it is {truth_word(claimed == lines)}."],
                style,
                f"{check} = {claimed}",
                predicted=predicted,
            ),
            picture,
        )
    answer = WholeNumber(lines)
    prompt = "How many lines of symmetry does this shape have?" + hint(level, "imagine folding it so the halves match.")
    return with_picture(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slips)), picture)


def _complete_figure(rng: random.Random, level: Level, style: str) -> Item:
    high = 8 if level == Level.WORKING_TOWARDS else 12
    c = rng.randint(4, high - 4)
    top = rng.randint(5, high)
    width = rng.randint(1, min(c, high - c))
    low_y = rng.randint(0, top - 3)
    mid_y = rng.randint(low_y + 1, top - 1)
    width2 = rng.randint(1, min(c, high - c))
    left = [(c - width, low_y), (c - width2, mid_y)]
    if (c - width, low_y) == (c - width2, mid_y):
        width2 = width
    # The figure: the top vertex sits on the mirror line; the left vertices and their mirror images.
    shown = [
        (c, top, "A"),
        (left[1][0], left[1][1], "B"),
        (left[0][0], left[0][1], "C"),
        (2 * c - left[0][0], left[0][1], "D"),
    ]
    mx, my = 2 * c - left[1][0], left[1][1]
    answer = Coordinate(mx, my)
    picture = CoordinateGrid(x_range=(0, high), y_range=(0, high), points=tuple(shown))
    prompt = (
        f"The shape ABCDE is symmetrical about the line x = {c}. A {point(c, top)} is on the mirror line; "
        f"B {point(*left[1])}, C {point(*left[0])} and D {point(2 * c - left[0][0], left[0][1])} are plotted. "
        f"E is the reflection of B. What are the coordinates of E?"
        + hint(level, "count the squares from B to the mirror line.")
    )
    distance = c - left[1][0]
    steps = [
        f"B is {distance} square{'s' if distance != 1 else ''} left of the line x = {c}.",
        f"E is {distance} square{'s' if distance != 1 else ''} right of it: {c} + {distance} = {mx}; "
        f"the y-coordinate stays {my}.",
    ]
    predicted = point_predictions(
        answer,
        ("reflection_wrong_distance", (geo.reflection_wrong_distance(left[1][0], c), my)),
        ("coordinates_swapped", geo.coordinates_swapped(mx, my)),
    )
    return with_picture(
        make(prompt, answer, steps, style, point_check(f"2 × {c} − {left[1][0]}", str(my)), predicted=predicted),
        picture,
    )


# ---------------------------------------------------------------------------------- circles


def cm(value: int | Fraction) -> Measure:
    return Measure(value, "cm")


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
        steps = [
            f"The corner of a rectangle is a right angle: 90° − {a}° = {90 - a}°.",
            f"So it is {truth_word(claimed == 90 - a)}.",
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
            steps = ["Opposite sides of a rectangle are equal, so CD = AB.", f"So it is {truth_word(claimed == w)}."]
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
        steps = ["Opposite sides of a rectangle are equal.", f"CD = AB = {w} cm"]
        # Half the perimeter is one length and one width: take the width away.
        return with_picture(make(prompt, answer, steps, style, f"2 × ({w} + {h}) ÷ 2 − {h}"), picture)
    perimeter = 2 * (w + h)
    if level == Level.GREATER_DEPTH or (style == "missing_number" and level == Level.EXPECTED and rng.random() < 0.5):
        return _rectilinear(rng, level, style)
    answer = cm(h)
    picture = Shape2D(vertices=vertices, side_labels=(w, UNKNOWN, None, None), unit="cm", right_angles=(0, 1, 2, 3))
    if style == "word_problem":
        who = name(rng)
        place = rng.choice(["vegetable patch", "garden pond", "paddock", "playground", "chicken run"])
        prompt = (
            f"{who} puts a fence of {perimeter} m all the way round a rectangular {place}. One side is {w} m "
            f"long. How long is each of the other two sides?"
            + hint(level, "two lengths and two widths make the perimeter.")
        )
        answer = Measure(h, "m")
        steps = [
            f"The two {w} m sides use 2 × {w} = {2 * w} m.",
            f"{perimeter} − {2 * w} = {perimeter - 2 * w} m for the other two sides.",
            f"{perimeter - 2 * w} ÷ 2 = {h} m",
        ]
        predicted = mis.predictions(answer, ("perimeter_not_halved", geo.perimeter_not_halved(perimeter, w)))
        return make(prompt, answer, steps, style, f"({perimeter} − 2 × {w}) ÷ 2", predicted=predicted)
    prompt = (
        f"The rectangle has a perimeter of {perimeter} cm. One side is {w} cm. The side next to it is □ cm. "
        "What is □?" + hint(level, "take away the two known sides, then halve.")
    )
    steps = [
        f"2 × {w} = {2 * w} cm",
        f"{perimeter} − {2 * w} = {perimeter - 2 * w} cm",
        f"{perimeter - 2 * w} ÷ 2 = {h} cm",
    ]
    predicted = mis.predictions(answer, ("perimeter_not_halved", geo.perimeter_not_halved(perimeter, w)))
    return with_picture(
        make(prompt, answer, steps, style, f"2 × {w} + 2 × □ = {perimeter}", predicted=predicted), picture
    )


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
                f"The top is {w} − {cw} = {w - cw} cm; the left side is {h - ch} + {ch} = {h} cm.",
                f"{w - cw} + {h} = {w - cw + h} cm",
            ]
            picture = Shape2D(vertices=vertices, side_labels=labels, unit="cm")
            return with_picture(make(prompt, answer, steps, style, f"({w} − {cw}) + ({h - ch} + {ch})"), picture)
        answer = Measure(perimeter, unit)
        if style == "word_problem":
            prompt = (
                f"{name(rng)} puts edging all the way round an L-shaped lawn. All its corners are right angles: "
                f"{known}. How much edging is needed?"
            )
        else:
            prompt = f"All the corners of this shape are right angles: {known}. What is its perimeter?"
        steps = [
            f"The top is {w} − {cw} = {w - cw} cm; the left side is {h - ch} + {ch} = {h} cm.",
            f"Perimeter = {w} + {h - ch} + {cw} + {ch} + {w - cw} + {h} = {perimeter} {unit}",
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
    steps = ["The left side is as long as the two parts on the right put together.", f"{h - ch} + {ch} = {h} cm"]
    picture = Shape2D(vertices=vertices, side_labels=labels, unit="cm")
    return with_picture(make(prompt, answer, steps, style, f"{h - ch} + {ch}"), picture)
