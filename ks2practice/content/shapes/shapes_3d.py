"""3-D shapes: faces, edges and vertices; nets; recognise from descriptions."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.reasoning import always_sometimes_never, odd_one_out, same_different
from ks2practice.content.shapes.common import _article
from ks2practice.content.wording import hint, lettered, make, truth_word
from ks2practice.core.model import Drawing, Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub
from ks2practice.pictures.diagrams import Net, Solid, SolidNet, faces_covered, folds_to_cube, hexominoes, turned

# ---------------------------------------------------------------------------------- pictures


def solid_picture(family: str, n: int, cube: bool = False) -> Solid:
    """The solid an item names, drawn: its faces, edges and vertices are the ones the item counts."""
    if family == "prism" and n == 4:
        return Solid("cube") if cube else Solid("cuboid", size=(3, 2, 2))
    return Solid(family, n)


def _drawn(item: Item, family: str, n: int, cube: bool = False) -> Item:
    return replace(item, diagram=solid_picture(family, n, cube))


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
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "same_different", "always_sometimes_never"),
)
def shapes_3d(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return solids_same_different(rng, level)
    if style == "always_sometimes_never":
        return solids_asn(rng, level)
    family, n = _solid(rng, level)
    cube = family == "prism" and n == 4 and rng.random() < 0.5
    solid = solid_name(family, n, cube)
    faces, edges, vertices = solid_counts(family, n)
    values = {"faces": faces, "edges": edges, "vertices": vertices}
    explain = _counted(family, n, cube)
    if style == "missing_number":
        if rng.random() < (0.4 if level == Level.GREATER_DEPTH else 0.5):
            return _draw_net(rng, level, style)
        if level == Level.GREATER_DEPTH:
            # Reasoning backwards: from the edges to the faces.
            answer = WholeNumber(faces)
            prompt = f"A {family} has {edges} edges. How many faces does it have?"
            per_side = 3 if family == "prism" else 2
            steps = [
                Step(
                    f"A {family} has {per_side} edges for each side of its base, so the base has ",
                    eq(div(edges, per_side), n),
                    " sides.",
                ),
                *explain,
            ]
            check = f"{edges} ÷ {3 if family == 'prism' else 2} + {2 if family == 'prism' else 1}"
            return make(prompt, answer, steps, style, check)  # the solid is what the pupil works out: not drawn
        answer = WholeNumber(faces)
        prompt = f"How many faces will a net of {_article(solid)} have? □ faces." + hint(
            level, "one face for each flat surface."
        )
        steps = ["A net has one flat shape for each face of the solid.", *explain]
        return _drawn(make(prompt, answer, steps, style, _count_check(family, n, "faces")), family, n, cube)
    if style == "true_or_false" and level == Level.GREATER_DEPTH and rng.random() < 0.4:
        return _net_folds(rng, level, style)
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
        predicted = mis.predictions(answer, mis.faces_for_edges.on(faces, claimed=claimed) if what == "edges" else None)
        sign = "=" if truth else "≠"
        verdict = Step(rel(values[what], sign, claimed, restates=truth), f" {what}, so it is {truth_word(truth)}.")
        item = make(
            prompt,
            answer,
            [*explain, verdict],
            style,
            f"{_count_check(family, n, what)} = {claimed}",
            predicted=predicted,
        )
        return _drawn(item, family, n, cube)
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
    predicted = mis.predictions(answer, mis.faces_for_edges.on(faces) if what == "edges" else None)
    item = make(prompt, answer, explain, style, _count_check(family, n, what), predicted=predicted)
    return _drawn(item, family, n, cube)


_CUBOIDS = {1: ((1, 1, 1),), 2: ((2, 1, 1), (3, 1, 1), (2, 2, 2)), 3: ((2, 2, 1), (3, 1, 2), (2, 1, 3))}
"""(length, width, height) in squares of the cuboids to draw a net of: a cube of one square, then cuboids."""


def cuboid_net(length: int, width: int, height: int) -> Net:
    """One net of the cuboid on squared paper with a square to spare round it: a band of the four faces round its
    sides (end, front, end, back), with the top and the bottom joined to the front."""
    a, b, c = length, width, height
    band = 1 + b  # the band of side faces starts below the top face
    faces = (
        (1, 1 + b, b, a),  # top, above the front
        (band, 1, c, b),  # an end
        (band, 1 + b, c, a),  # the front
        (band, 1 + b + a, c, b),  # the other end
        (band, 1 + 2 * b + a, c, a),  # the back
        (band + c, 1 + b, b, a),  # the bottom, below the front
    )
    cells = tuple((r + i, q + j) for r, q, h, w in faces for i in range(h) for j in range(w))
    return Net(cells, paper=(c + 2 * b + 2, 2 * (a + b) + 2), faces=faces)


def _squares(n: int) -> str:
    return f"{n} square{'s' if n != 1 else ''}"


def _each(n: int) -> str:
    return f" square{'s' if n != 1 else ''} each."


def _draw_net(rng: random.Random, level: Level, style: str) -> Item:
    """Draw a net of a cube or cuboid on squared paper; the key, how many squares the net covers, is what the
    drawing fixes (each face is a rectangle of squares: twice the top, twice the front, twice an end)."""
    a, b, c = rng.choice(_CUBOIDS[int(level)])
    completed = cuboid_net(a, b, c)
    space = replace(completed, cells=(), faces=())
    squares = len(completed.cells)
    cube = a == b == c
    if cube:
        solid = f"a cube with edges {_squares(a)} long"
    else:
        solid = f"a cuboid {_squares(a)} long, {_squares(b)} wide and {_squares(c)} high"
    prompt = f"Draw a net of {solid} on the squared paper. How many squares of the paper does your net cover?" + hint(
        level, f"a net has one face for each face of the solid, and a {'cube' if cube else 'cuboid'} has 6 faces."
    )
    top, front, end = a * b, a * c, b * c
    steps: list[object] = [
        "A cuboid has 6 faces in 3 pairs of the same size: top and bottom, front and back, and the two ends.",
        Step(f"Top and bottom are {a} by {b}: ", eq(mul(a, b), top), _each(top)),
        Step(f"Front and back are {a} by {c}: ", eq(mul(a, c), front), _each(front)),
        Step(f"The ends are {b} by {c}: ", eq(mul(b, c), end), _each(end)),
        "Draw the four faces round the sides in a row (end, front, end, back), then the top and the bottom on the "
        "front, one on each side of it.",
        Step("The net covers ", eq(add(mul(2, top), mul(2, front), mul(2, end)), squares), " squares."),
    ]
    if cube and a == 1:
        steps = [
            "A cube has 6 faces, all squares the same size; here each face is one square of the paper.",
            "Draw four squares in a row, then one above and one below the second square: the 6 faces.",
            Step("The net covers ", eq(mul(6, 1), squares), " squares."),
        ]
    elif cube:
        steps[0] = f"A cube has 6 faces, all squares {a} by {a}."
        steps[1:4] = [Step(f"Each face is {a} by {a}: ", eq(mul(a, a), top), " squares.")]
        steps[-1] = Step("The net covers ", eq(mul(6, top), squares), " squares.")
    check = f"6 × {top}" if cube else f"2 × {top} + 2 × {front} + 2 × {end}"
    item = make(prompt, WholeNumber(squares), steps, style, check)
    return item.drawn_on(Drawing(space, completed))


def _net_folds(rng: random.Random, level: Level, style: str) -> Item:
    """A net of six squares drawn on a grid: does it fold to a cube? Half the time one of the 11 that do."""
    shapes = hexominoes()
    truth = rng.random() < 0.5
    shape = rng.choice([s for s in shapes if folds_to_cube(s) == truth])
    cells = turned(shape, rng.randrange(4), rng.random() < 0.5)
    covered = faces_covered(cells)
    prompt = "True or false? The net shown folds up to make a cube." + hint(
        level, "keep one square as the bottom and fold the others up round it."
    )
    steps = [
        "A cube has 6 faces, so its net has 6 squares, one for each face, and no two on the same face.",
        "Keep one square as the bottom and fold the others up round it: each square lands on one face of the cube.",
        Step(
            f"The six squares land on {covered} different faces: ",
            rel(covered, "=" if truth else "<", 6, restates=truth),
            ", one on each face." if truth else f", so some overlap and {6 - covered} left open.",
        ),
        f"So the statement is {truth_word(truth)}.",
    ]
    # Folding in the mind's eye is the demand (6G3b), not the numbers, so the item says so for the level check.
    item = make(prompt, TrueFalse(truth), steps, style, f"{covered} = 6", depth="folding a net in the mind's eye")
    return replace(item, diagram=Net(cells))


def _counted(family: str, n: int, cube: bool = False) -> list[Step]:
    """Faces, edges and vertices of a prism or pyramid on an n-sided base, each counted from its parts."""
    faces, edges, vertices = solid_counts(family, n)
    base = f"{'an' if n == 8 else 'a'} {n}-sided base"
    sides = "squares" if cube else "rectangles"
    if family == "prism":
        return [
            Step(
                f"A prism on {base} has 2 ends and {n} {sides} round the sides: ",
                eq(add(2, n), faces),
                " faces.",
            ),
            Step(f"{n} edges on each end and {n} joining them: ", eq(mul(3, n), edges), " edges."),
            Step(f"{n} vertices on each end: ", eq(mul(2, n), vertices), " vertices."),
        ]
    return [
        Step(f"A pyramid on {base} has the base and {n} triangles: ", eq(add(1, n), faces), " faces."),
        Step(f"{n} edges round the base and {n} up to the apex: ", eq(mul(2, n), edges), " edges."),
        Step(f"{n} base vertices and the apex: ", eq(add(n, 1), vertices), " vertices."),
    ]


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
    ends = 2 if family == "prism" else 1
    steps = [
        _NET_WORDS[family],
        Step(f"So it is {_article(right)}, with ", eq(add(ends, n), faces), " faces."),
    ]
    return replace(make(prompt, answer, steps, style, check), diagram=SolidNet(family, n))


_FAMILY_WORDS = {"prism": "the same shape all the way through", "pyramid": "a base with triangles meeting at a point"}


def _solid_odd_one_out(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.GREATER_DEPTH:
        return _vertices_odd_one_out(rng)
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
        f"{odd[0].upper()}{odd[1:]} is a {other}: " + _FAMILY_WORDS[other] + ".",
    ]
    faces = solid_counts(other, odd_n)[0]
    check = f"{faces} = {odd_n} + {1 if apex else 2}"
    # one of the three that belong together is drawn, to show what they share
    return _drawn(make(prompt, answer, steps, style, check), family, chosen[0])


_WHAT = ("faces", "edges", "vertices")


def _counts_step(family: str, n: int) -> Step:
    """Faces, edges and vertices of a prism or pyramid on an n-sided base, each worked from the base."""
    faces, edges, vertices = solid_counts(family, n)
    solid = solid_name(family, n)
    if family == "prism":
        return Step(
            f"{solid[0].upper()}{solid[1:]} ({n}-sided ends): faces ",
            eq(add(n, 2), faces),
            ", edges ",
            eq(mul(3, n), edges),
            ", vertices ",
            eq(mul(2, n), vertices),
            ".",
        )
    return Step(
        f"{solid[0].upper()}{solid[1:]} ({n}-sided base): faces ",
        eq(add(n, 1), faces),
        ", edges ",
        eq(mul(2, n), edges),
        ", vertices ",
        eq(add(n, 1), vertices),
        ".",
    )


# ---------------------------------------------------------------------- 3-D shapes: same / different

# Pairs (family, n) that share at least one count: a cube and a cuboid (all three), a prism and a pyramid with one
# more side (faces), a cuboid and a hexagonal-based pyramid (edges), a triangular prism and a pentagonal-based
# pyramid (vertices).
_PAIRS_3D = {
    1: [(("prism", 4), ("pyramid", 4)), (("prism", 3), ("pyramid", 4))],
    2: [(("prism", 3), ("pyramid", 4)), (("prism", 4), ("pyramid", 5)), (("prism", 4), ("pyramid", 3))],
    3: [(("prism", 4), ("pyramid", 6)), (("prism", 3), ("pyramid", 5)), (("prism", 5), ("pyramid", 6))],
}


def solids_same_different(rng: random.Random, level: Level) -> Item:
    first, second = rng.choice(_PAIRS_3D[int(level)])
    if rng.random() < 0.5:
        first, second = second, first
    a, b = solid_counts(*first), solid_counts(*second)
    same = [w for w, x, y in zip(_WHAT, a, b, strict=True) if x == y]
    different = [w for w in _WHAT if w not in same]
    steps: list[str | Step] = [_counts_step(*first), _counts_step(*second)]
    if level == Level.GREATER_DEPTH:
        steps += ["Check each with faces + vertices − edges = 2:", *(_euler(*s) for s in (first, second))]

    def says(s: list[str], d: list[str]) -> str:
        if not d:
            return "Same faces, edges and vertices."
        if not s:
            return "Different faces, edges and vertices."
        return f"Same {' and '.join(s)}, but different {' and '.join(d)}."

    # the wrong statements: one count's same-or-different read the wrong way, every count the same, none the same
    true = says(same, different)
    wrong: list[str] = []
    for w in _WHAT:
        swapped = [x for x in _WHAT if (x in same) != (x == w)]
        wrong.append(says(swapped, [x for x in _WHAT if x not in swapped]))
    wrong += [says([*_WHAT], []), says([], [*_WHAT])]
    wrong = [t for t in dict.fromkeys(wrong) if t != true]
    statements = [(true, True), *((t, False) for t in rng.sample(wrong, 3))]
    # a true relation for the key: a count they share, or (none shared) the first count that differs
    index = _WHAT.index(same[0]) if same else 0
    check = f"{a[index]} {'=' if same else '≠'} {b[index]}"
    pair = f"{_article(solid_name(*first))} and {_article(solid_name(*second))}"
    item = same_different(rng, pair, statements, steps, check)
    item = replace(item, prompt=item.prompt + hint(level, "count the faces, edges and vertices of each."))
    return _drawn(item, *first)


# ---------------------------------------------------------------------- 3-D shapes: always / sometimes / never


def _euler(family: str, n: int) -> Step:
    faces, edges, vertices = solid_counts(family, n)
    return Step(eq(sub(add(faces, vertices), edges), 2), f" for the {solid_name(family, n)}.")


def solids_asn(rng: random.Random, level: Level) -> Item:
    lv = int(level)
    sizes = {1: [3, 4], 2: [3, 4, 5, 6], 3: [3, 4, 5, 6, 8]}[lv]
    n, m = rng.sample(sizes, 2)
    tip = hint(level, "think of a triangular-based pyramid and a square-based pyramid.")
    if lv == 1:
        item = always_sometimes_never(
            "A pyramid has 5 faces.",
            holds=[_counts_step("pyramid", 4)],
            fails=[_counts_step("pyramid", 3)],
            check="4 + 1 = 5",
            hint=tip,
        )
        return _drawn(item, "pyramid", 4)
    if lv == 2:
        odd, even = rng.choice([3, 5]), rng.choice([4, 6])
        case = rng.randrange(3)
        if case == 0:
            item = always_sometimes_never(
                "A prism has an odd number of faces.",
                holds=[_counts_step("prism", odd)],
                fails=[_counts_step("prism", even)],
                check=f"{even} + 2 = {even + 2}",
            )
            return _drawn(item, "prism", odd)
        if case == 1:
            item = always_sometimes_never(
                "A prism has more edges than vertices.",
                holds=[_counts_step("prism", n), Step(rel(3 * n, ">", 2 * n), ".")],
                reason=[
                    "A prism has the same number of edges and vertices on each end, and the edges joining the two "
                    "ends are extra."
                ],
                check=f"3 × {n} > 2 × {n}",
            )
            return _drawn(item, "prism", n)
        item = always_sometimes_never(
            "A pyramid has the same number of faces as vertices.",
            holds=[_counts_step("pyramid", n), _counts_step("pyramid", m)],
            reason=["Each has one for every side of the base, and one more: the base face, or the apex."],
            check=f"{n} + 1 = {n} + 1",
        )
        return _drawn(item, "pyramid", n)
    case = rng.randrange(2)
    if case == 0:
        holds = [_counts_step(f, k) for f, k in (("prism", n), ("pyramid", m))]
        sums = [_euler(f, k) for f, k in (("prism", n), ("pyramid", m))]
        return always_sometimes_never(
            "For a prism or a pyramid, faces + vertices − edges = 2.",
            holds=[*holds, *sums],
            reason=[
                "A prism on an n-sided base has n + 2 faces, 2n vertices and 3n edges; a pyramid has n + 1 faces, "
                "n + 1 vertices and 2n edges; either way the n's cancel and 2 is left."
            ],
            check=f"{n + 2} + {2 * n} − {3 * n} = 2",
        )
    return always_sometimes_never(
        "A 3-D shape with 6 vertices is a prism.",
        holds=[_counts_step("prism", 3), _euler("prism", 3)],
        fails=[_counts_step("pyramid", 5), _euler("pyramid", 5)],
        check="5 + 1 = 2 × 3",
    )


def _vertices_odd_one_out(rng: random.Random) -> Item:
    """Greater depth: prisms and pyramids mixed, so 'the pyramid' is not the answer; only counting the vertices of
    each (2n for a prism, n + 1 for a pyramid) finds the one with an odd number."""
    even = [("prism", 3), ("prism", 4), ("prism", 5), ("prism", 6), ("pyramid", 3), ("pyramid", 5)]
    odd = rng.choice([("pyramid", 4), ("pyramid", 6)])
    while True:
        shared = rng.sample(even, 3)
        if any(f == "pyramid" for f, _ in shared) and any(f == "prism" for f, _ in shared):
            break
    steps: list[str | Step] = []
    for family, n in [*shared, odd]:
        vertices = solid_counts(family, n)[2]
        how = eq(mul(2, n), vertices) if family == "prism" else eq(add(n, 1), vertices)
        steps.append(Step(f"{solid_name(family, n)[0].upper()}{solid_name(family, n)[1:]}: ", how, " vertices."))
    members = [(_article(solid_name(*s)), True) for s in shared] + [(_article(solid_name(*odd)), False)]
    return odd_one_out(
        rng,
        "Three of these 3-D shapes have an even number of vertices. Which one does not?",
        members,
        steps,
        f"{odd[1]} + 1 = {odd[1] + 1}",
    )
