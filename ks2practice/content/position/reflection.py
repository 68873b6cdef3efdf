"""Reflections in a mirror line or the axes on a coordinate grid."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Coordinate, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.position.common import (
    GRID,
    _on_grid,
    _picture,
    describe_move,
    grid,
    mirrored,
    moved,
    point,
    point_check,
    point_predictions,
)
from ks2practice.content.wording import bracket, hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, sub

# ---------------------------------------------------------------------------------- reflection


def _reflection(rng: random.Random, level: Level) -> tuple[int, int, str, int]:
    """A point and a mirror line ('x' for a vertical line x = c, 'y' for y = c) with the image on the grid."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        if level == Level.WORKING_TOWARDS:
            axis, c = "x", rng.randint(2, 4)
        elif level == Level.EXPECTED:
            axis, c = rng.choice("xy"), rng.randint(2, 8)
        else:
            axis, c = rng.choice("xy"), rng.choice([0, 0, rng.randint(-3, 3)])
        image = (2 * c - x, y) if axis == "x" else (x, 2 * c - y)
        if image != (x, y) and all(low <= v <= high for v in image):
            return x, y, axis, c


def _reflect_steps(x: int, y: int, axis: str, c: int, first: str, line: str, image: str) -> tuple[list, str, str]:
    """The worked steps for reflecting (x, y) in x = c or y = c, and the image's coordinates for the evaluator."""
    value, keep = (x, y) if axis == "x" else (y, x)
    distance = abs(value - c)
    squares = f"square{'s' if distance != 1 else ''}"
    other = "y" if axis == "x" else "x"
    steps = [
        Step(f"{first} {distance} {squares} from {line}: ", eq(sub(max(value, c), min(value, c)), distance), "."),
        Step(
            f"{image} is {distance} {squares} from it on the other side: ",
            eq(add(c, distance) if value < c else sub(c, distance), 2 * c - value),
            f"; the {other}-coordinate stays {show(keep)}.",
        ),
    ]
    if axis == "x":
        return steps, f"2 × {bracket(c)} − {bracket(x)}", bracket(y)
    return steps, bracket(x), f"2 × {bracket(c)} − {bracket(y)}"


def mirror_name(axis: str, c: int) -> str:
    if c == 0:
        return "the y-axis" if axis == "x" else "the x-axis"
    return f"the line {axis} = {show(c)}"


@topic(
    "position.reflection",
    title="Reflections in a mirror line or the axes on a coordinate grid",
    codes=("5P2", "6P2"),
    styles=("fluency", "true_or_false", "spot_the_mistake", "two_step_word_problem"),
)
def reflection(rng: random.Random, level: Level, style: str) -> Item:
    if style != "two_step_word_problem" and level == Level.GREATER_DEPTH and rng.random() < 0.6:
        return _twice(rng, level, style)
    if style == "fluency" and level != Level.GREATER_DEPTH and rng.random() < 0.5:
        return _triangle(rng, level, style)
    x, y, axis, c = _reflection(rng, level)
    image = (2 * c - x, y) if axis == "x" else (x, 2 * c - y)
    mirror = mirror_name(axis, c)
    value = x if axis == "x" else y
    keep = y if axis == "x" else x
    line = f"the {'y' if axis == 'x' else 'x'}-axis" if c == 0 else f"{axis} = {show(c)}"
    steps, xs, ys = _reflect_steps(x, y, axis, c, f"The mirror line is {line}; {point(x, y)} is", "it", "Its image")
    check = point_check(xs, ys)
    # Each mistake as (mechanism, the item's operands, options): applied for the point it gives, or to judge a claim.
    slips = [
        (mis.reflection_wrong_distance, (value, c), {"keep": keep, "axis": axis}),
        *([(mis.reflection_wrong_axis, (x, y, axis == "y"), {})] if c == 0 else []),
        (mis.coordinates_swapped, image, {}),
    ]
    right = point(*image)
    made = [(m, operands, options, m(*operands, **options, point=True)) for m, operands, options in slips]
    made = [one for one in made if one[3] is not None and one[3] != right]
    if style == "true_or_false":
        m, operands, options, wrong = made[0]  # the image a child who made the first mistake would give
        shown = rng.choice([right, wrong])
        answer = TrueFalse(shown == right)
        prompt = f"True or false? Reflecting {point(x, y)} in {mirror} gives {shown}." + hint(
            level, "count the squares to the mirror line."
        )
        wx, wy = image if shown == right else _parse(shown)
        statement = f"{xs} + ({ys}) × 100 = {bracket(wx)} + {bracket(wy)} × 100"
        predicted = mis.predictions(answer, m.on(*operands, **options, claimed=shown))
        steps = [*steps, f"So it is {truth_word(shown == right)}."]
        item = make(prompt, answer, steps, style, statement, predicted=predicted)
        return _picture(item, mirrored(level, [(x, y, "")], axis, c, ask=True))
    answer = Coordinate(*image)
    predicted = point_predictions(answer, *(m.on(*operands, **options, point=True) for m, operands, options, _ in made))
    # the point and the mirror line; its image is what the pupil finds, so it shows as '?'
    picture = mirrored(level, [(x, y, "A")], axis, c, ask=True)
    if style == "spot_the_mistake":
        # The wrong image and what went wrong both come from one mechanism on this point and mirror line.
        m, operands, options, wrong = made[0]
        who = name(rng)
        prompt = (
            f"{who} reflected A {point(x, y)} in {mirror} and wrote {wrong}. {who} has made a "
            f"mistake. What is the right answer?" + hint(level, "count squares to the mirror, then beyond.")
        )
        steps = [f"{who}'s mistake: {m.feedback_for(*operands, **options)}", *steps]
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
    if style == "two_step_word_problem":
        dx = rng.choice([n for n in range(-3, 4) if n])
        low, high = GRID[int(level)]
        if not low <= image[0] + dx <= high:
            dx = -dx
        if image[0] + dx == x and low <= image[0] - dx <= high:
            dx = -dx  # not straight back to where it started
        final = (image[0] + dx, image[1])
        contexts.used("game_grid", x=(x, image[0], final[0]), y=(y, image[1]), move=abs(dx))
        who = name(rng)
        if level == Level.GREATER_DEPTH:
            dy = rng.choice([n for n in range(-4, 5) if n and low <= image[1] + n <= high])
            final = (image[0] + dx, image[1] + dy)
            contexts.used("game_grid", x=(x, image[0], final[0]), y=(y, image[1], final[1]), move=(abs(dx), abs(dy)))
            return _backwards(who, (x, y), image, final, (dx, dy), axis, c, mirror, style)
        answer = Coordinate(*final)
        prompt = (
            f"{who} designs a game on a grid. A counter at {point(x, y)} is reflected in {mirror}, then "
            f"moved {describe_move(dx, 0)}. Where does the counter end up?"
        )
        steps = [*steps, Step(f"Then {describe_move(dx, 0)}: ", eq(moved(image[0], dx), final[0]), ".")]
        predicted = point_predictions(answer, mis.translation_wrong_direction.on(image[0], image[1], dx, 0, point=True))
        item = make(prompt, answer, steps, style, point_check(f"{xs} + {bracket(dx)}", ys), predicted=predicted)
        return _picture(item, mirrored(level, [(x, y, "")], axis, c, ask=True))
    prompt = f"Reflect point A {point(x, y)} in {mirror}. What are the coordinates of its image?" + hint(
        level, "the mirror line is the same distance from the point and its image."
    )
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _parse(written: str) -> tuple[int, int]:
    """A point as point() writes it, (3, −2), back to numbers (for the check of a claimed point)."""
    x, y = written.strip("()").replace("−", "-").split(", ")
    return int(x), int(y)


def _backwards(
    who: str,
    start: tuple[int, int],
    image: tuple[int, int],
    final: tuple[int, int],
    move: tuple[int, int],
    axis: str,
    c: int,
    mirror: str,
    style: str,
) -> Item:
    """Greater depth: the end of a reflect-then-move is known; work backwards (undo the move, then reflect back,
    since a reflection undoes itself) to find where the counter started."""
    dx, dy = move
    prompt = (
        f"{who} designs a game on a grid. A counter is reflected in {mirror}, then moved {describe_move(dx, dy)}. "
        f"It ends up at {point(*final)}. Where did it start?"
    )
    value, back = (image[0], start[0]) if axis == "x" else (image[1], start[1])
    distance = abs(value - c)
    squares = f"square{'s' if distance != 1 else ''}"
    steps = [
        Step(
            f"Undo the move, {describe_move(-dx, -dy)}: ",
            eq(moved(final[0], -dx), image[0]),
            " and ",
            eq(moved(final[1], -dy), image[1]),
            ".",
        ),
        Step(
            f"A reflection undoes itself: {point(*image)} is {distance} {squares} from the mirror line, ",
            eq(sub(max(value, c), min(value, c)), distance),
            ", so the start is as far on the other side: ",
            eq(add(c, distance) if value < c else sub(c, distance), back),
            ".",
        ),
    ]
    steps.append(
        Step(
            f"Check forwards: reflecting {point(*start)} gives {point(*image)}, and moving it gives ",
            eq(moved(image[0], dx), final[0]),
            " and ",
            eq(moved(image[1], dy), final[1]),
            ".",
        )
    )
    ux, uy = f"({bracket(final[0])} − {bracket(dx)})", f"({bracket(final[1])} − {bracket(dy)})"
    xs, ys = (f"2 × {bracket(c)} − {ux}", uy) if axis == "x" else (ux, f"2 × {bracket(c)} − {uy}")
    return make(prompt, Coordinate(*start), steps, style, point_check(xs, ys))


def _mirror_steps(p: tuple[int, int], axis: str, c: int) -> tuple[tuple[int, int], Step]:
    """Reflect p in x = c (axis 'x') or y = c: the image and the step that counts to the line and beyond."""
    value = p[0] if axis == "x" else p[1]
    distance = abs(value - c)
    image = (2 * c - p[0], p[1]) if axis == "x" else (p[0], 2 * c - p[1])
    squares = f"square{'s' if distance != 1 else ''}"
    step = Step(
        f"Reflect in {mirror_name(axis, c)}; {point(*p)} is {distance} {squares} from it: ",
        eq(sub(max(value, c), min(value, c)), distance),
        "; the image is as far on the other side: ",
        eq(add(c, distance) if value < c else sub(c, distance), 2 * c - value),
        f", so {point(*image)}.",
    )
    return image, step


def _twice(rng: random.Random, level: Level, style: str) -> Item:
    """Greater depth: two reflections, one in a vertical mirror line and one in a horizontal one, each counted."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        c, d = rng.choice([0, rng.randint(-3, 3)]), rng.choice([0, rng.randint(-3, 3)])
        final = (2 * c - x, 2 * d - y)
        if x != c and y != d and all(low <= v <= high for v in final):
            break
    first, second = (("x", c), ("y", d)) if rng.random() < 0.5 else (("y", d), ("x", c))
    middle, step_one = _mirror_steps((x, y), *first)
    end, step_two = _mirror_steps(middle, *second)
    prompt = (
        f"Point A {point(x, y)} is reflected in {mirror_name(*first)}, and then its image is reflected in "
        f"{mirror_name(*second)}. Where does A end up?"
    )
    answer = Coordinate(*end)
    check = point_check(f"2 × {bracket(c)} − {bracket(x)}", f"2 × {bracket(d)} − {bracket(y)}")
    # the slips, made in the second reflection (the first done right)
    axis, mirror = second
    value, keep = (middle[0], middle[1]) if axis == "x" else (middle[1], middle[0])
    slips = [mis.reflection_wrong_distance.on(value, mirror, keep=keep, axis=axis, point=True)]
    if mirror == 0:
        slips.append(mis.reflection_wrong_axis.on(*middle, axis == "y", point=True))
    predicted = point_predictions(answer, *slips)
    if style == "spot_the_mistake":
        # the wrong end point and what went wrong both come from one mechanism, in the second reflection
        slip = next(one for one in slips if one.wrong() not in (None, point(*end)))
        who = name(rng)
        prompt = (
            f"{who} reflected A {point(x, y)} in {mirror_name(*first)}, then reflected the image in "
            f"{mirror_name(*second)}, and wrote {slip.wrong()}. {who} has made a mistake. What is the right answer?"
        )
        said = slip.mechanism.feedback_for(*slip.operands, **dict(slip.options))
        steps = [
            f"{who}'s mistake, in the second reflection: {said}",
            step_one,
            step_two,
        ]
        item = make(prompt, answer, steps, style, check, predicted=predicted)
        return _picture(item, grid(level, [(x, y, "A")]))
    if style == "true_or_false":
        # the claim: the right end point, or the one a slip in the second reflection gives
        wrongs = [one.wrong() for one in slips if one.wrong() not in (None, point(*end))]
        shown = point(*end) if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
        truth = shown == point(*end)
        prompt = (
            f"True or false? Reflecting A {point(x, y)} in {mirror_name(*first)} and then reflecting its image in "
            f"{mirror_name(*second)} gives {shown}."
        )
        wx, wy = _parse(shown)
        check = (
            f"(2 × {bracket(c)} − {bracket(x)}) + (2 × {bracket(d)} − {bracket(y)}) × 100 = "
            f"{bracket(wx)} + {bracket(wy)} × 100"
        )
        steps = [step_one, step_two, f"So it is {truth_word(truth)}."]
        claimed = [
            one.mechanism.on(*one.operands, **{**dict(one.options), "point": False, "claimed": shown})
            for one in slips
            if truth or one.wrong() == shown
        ]
        item = make(
            prompt, TrueFalse(truth), steps, style, check, predicted=mis.predictions(TrueFalse(truth), *claimed)
        )
        return _picture(item, grid(level, [(x, y, "A")]))
    item = make(prompt, answer, [step_one, step_two], style, check, predicted=predicted)
    return _picture(item, grid(level, [(x, y, "A")]))


def _triangle(rng: random.Random, level: Level, style: str) -> Item:
    """A triangle on one side of the mirror line, its image with two corners drawn: find the third."""
    low, high = GRID[int(level)]
    axis = "x" if level == Level.WORKING_TOWARDS else rng.choice("xy")
    c = rng.randint(2, 4) if level == Level.WORKING_TOWARDS else rng.randint(2, 8)
    side = rng.choice([-1, 1])
    while True:
        corners = [_on_grid(rng, level) for _ in range(3)]
        values = [p[0] if axis == "x" else p[1] for p in corners]
        images = [(2 * c - x, y) if axis == "x" else (x, 2 * c - y) for x, y in corners]
        (ax, ay), (bx, by), (cx, cy) = corners
        if (
            all((v - c) * side > 0 for v in values)
            and all(low <= v <= high for p in images for v in p)
            and (bx - ax) * (cy - ay) != (by - ay) * (cx - ax)  # a real triangle, not three points in a line
        ):
            break
    x, y = corners[2]
    image = images[2]
    mirror = mirror_name(axis, c)
    value, keep = (x, y) if axis == "x" else (y, x)
    steps, xs, ys = _reflect_steps(x, y, axis, c, f"C {point(x, y)} is", "the mirror line", "C′")
    check = point_check(xs, ys)
    answer = Coordinate(*image)
    predicted = point_predictions(
        answer,
        mis.reflection_wrong_distance.on(value, c, keep=keep, axis=axis, point=True),
        mis.coordinates_swapped.on(*image, point=True),
    )
    prompt = (
        f"Triangle ABC is reflected in {mirror}. The images A′ and B′ are drawn. C is at {point(x, y)}. "
        "What are the coordinates of C′?" + hint(level, "C′ is as far from the mirror line as C, on the other side.")
    )
    item = make(prompt, answer, steps, style, check, predicted=predicted)
    picture = grid(
        level,
        [(*p, n) for p, n in zip(corners, "ABC", strict=True)],
        True,
        mirror=(axis, c),
        image=tuple((*p, f"{n}′") for p, n in zip(images, "ABC", strict=True)),
        asked=(2,),
    )
    return _picture(item, picture)
