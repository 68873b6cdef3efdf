"""Translations: move a point or shape left, right, up and down."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Coordinate, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.position.common import (
    GRID,
    _on_grid,
    _picture,
    describe_move,
    grid,
    moved,
    moving,
    point,
    point_check,
    point_predictions,
)
from ks2practice.content.wording import bracket, hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, eq, sub


def _translation(rng: random.Random, level: Level) -> tuple[int, int, int, int]:
    """A start point and a move that keeps it on the grid; one direction only at level 1."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        dx, dy = rng.randint(-5, 5), rng.randint(-5, 5)
        if level == Level.WORKING_TOWARDS:
            dx, dy = (dx, 0) if rng.random() < 0.5 else (0, dy)
        elif dx == 0 or dy == 0:
            continue
        if (dx or dy) and low <= x + dx <= high and low <= y + dy <= high and (x - dx, y - dy) != (x + dx, y + dy):
            if level == Level.GREATER_DEPTH and min(x, y, x + dx, y + dy) >= 0:
                continue
            return x, y, dx, dy


@topic(
    "position.translation",
    title="Translations: move a point or shape left, right, up and down",
    codes=("4P2", "5P2", "6P2"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
)
def translation(rng: random.Random, level: Level, style: str) -> Item:
    if style == "fluency" and level != Level.GREATER_DEPTH and rng.random() < 0.5:
        return _triangle(rng, level, style)
    x, y, dx, dy = _translation(rng, level)
    nx, ny = x + dx, y + dy
    move = describe_move(dx, dy)
    if style == "missing_number" and level == Level.GREATER_DEPTH:
        return _same_move(rng, level, style, (x, y), (dx, dy))
    if style == "missing_number":
        answer_move = WholeNumber(abs(dx) if dx else abs(dy))
        which = ("right" if dx > 0 else "left") if dx else ("up" if dy > 0 else "down")
        prompt = (
            f"Point A {point(x, y)} is translated to A′ {point(nx, ny)}. How many squares "
            f"{'right' if dx > 0 else 'left'} has it moved?"
            if dx
            else f"Point A {point(x, y)} is translated to A′ {point(nx, ny)}. How many squares "
            f"{'up' if dy > 0 else 'down'} has it moved?"
        ) + hint(level, "compare the x-coordinates (or the y-coordinates).")
        first, second = (nx, x) if dx else (ny, y)
        steps = [Step(f"It moved {which}: ", eq(sub(max(first, second), min(first, second)), abs(first - second)))]
        check = f"{bracket(max(first, second))} − {bracket(min(first, second))}"
        picture = grid(level, [(x, y, "A")], translation=(dx, dy), image=((nx, ny, "A′"),))
        return _picture(make(prompt, answer_move, steps, style, check), picture)
    if style == "true_or_false" and level == Level.GREATER_DEPTH:
        return _two_moves(rng, level, style)
    if style == "true_or_false":
        wrong = mis.translation_wrong_direction(x, y, dx, dy)
        shown = rng.choice([(nx, ny), wrong])
        truth = shown == (nx, ny)
        answer = TrueFalse(truth)
        prompt = f"True or false? Translating {point(x, y)} {move} gives {point(*shown)}." + hint(
            level, "right and up add; left and down subtract."
        )
        steps = [_moves(x, y, dx, dy), f"So it is {truth_word(truth)}."]
        check = (
            f"{bracket(x)} + {bracket(dx)} + ({bracket(y)} + {bracket(dy)}) × 100 = "
            f"{bracket(shown[0])} + {bracket(shown[1])} × 100"
        )
        predicted = mis.predictions(answer, mis.translation_wrong_direction.on(x, y, dx, dy, claimed=shown))
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), moving(level, (x, y), (dx, dy)))
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        # Undo: the image is known, find where it started.
        answer = Coordinate(x, y)
        prompt = f"A point is translated {move}. It lands on {point(nx, ny)}. Where did it start?"
        if style == "word_problem":
            thing = rng.choice(["a robot", "a counter", "a treasure marker", "a toy car"])
            contexts.used("map_grid", x=(x, nx), y=(y, ny), move=tuple(abs(m) for m in (dx, dy) if m))
            prompt = (
                f"On a map grid, {name(rng)} slides {thing} {move}. It is now at {point(nx, ny)}. Where did it start?"
            )
        steps = [
            f"Undo the move: go back {describe_move(-dx, -dy)}.",
            _moves(nx, ny, -dx, -dy),
        ]
        check = point_check(f"{bracket(nx)} − {bracket(dx)}", f"{bracket(ny)} − {bracket(dy)}")
        # Doing the move again instead of undoing it: the undo move, made the wrong way.
        predicted = point_predictions(answer, mis.translation_wrong_direction.on(nx, ny, -dx, -dy, point=True))
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), grid(level, [(nx, ny, "B")]))
    answer = Coordinate(nx, ny)
    predicted = point_predictions(
        answer,
        mis.translation_wrong_direction.on(x, y, dx, dy, point=True),
        mis.coordinates_swapped.on(nx, ny, point=True),
    )
    steps = [_moves(x, y, dx, dy)]
    check = point_check(f"{bracket(x)} + {bracket(dx)}", f"{bracket(y)} + {bracket(dy)}")
    if style == "word_problem":
        who = name(rng)
        thing = rng.choice(["a robot", "a counter", "a treasure marker", "a toy car"])
        contexts.used("map_grid", x=(x, nx), y=(y, ny), move=tuple(abs(m) for m in (dx, dy) if m))
        prompt = f"On a map grid, {who} puts {thing} at {point(x, y)}, then slides it {move}. Where is it now?" + hint(
            level, "right and up make the numbers bigger."
        )
        return _picture(make(prompt, answer, steps, style, check, predicted=predicted), moving(level, (x, y), (dx, dy)))
    prompt = f"Point P is at {point(x, y)}. It is translated {move}. Where is P now?" + hint(
        level, "right and up make the numbers bigger."
    )
    picture = moving(level, (x, y), (dx, dy), "P")
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _moves(x: int, y: int, dx: int, dy: int) -> Step:
    """Each coordinate moved: x: 5 − 2 = 3; y: 3 + 4 = 7 (a coordinate that does not move is said to stay)."""
    parts: list[object] = []
    for axis, value, by in (("x", x, dx), ("y", y, dy)):
        parts += ["; " if parts else "", f"{axis}: "]
        parts += [eq(moved(value, by), value + by)] if by else [f"stays {show(value)}"]
    return Step(*parts)  # type: ignore[arg-type]


def _same_move(rng: random.Random, level: Level, style: str, a: tuple[int, int], move: tuple[int, int]) -> Item:
    """Greater depth: work out a translation from a point and its image, then apply the same move to another point."""
    low, high = GRID[int(level)]
    dx, dy = move
    while True:
        b = _on_grid(rng, level)
        if b != a and low <= b[0] + dx <= high and low <= b[1] + dy <= high:
            break
    image_a, image_b = (a[0] + dx, a[1] + dy), (b[0] + dx, b[1] + dy)
    prompt = (
        f"A translation moves A {point(*a)} to A′ {point(*image_a)}. The same translation moves B {point(*b)} to "
        "B′ (□, □). What are the coordinates of B′?"
    )
    steps = [
        Step("From A to A′: ", eq(sub(image_a[0], a[0]), dx), " along and ", eq(sub(image_a[1], a[1]), dy), " up, "),
        f"so the translation is {describe_move(dx, dy)}.",
        _moves(*b, dx, dy),
    ]
    answer = Coordinate(*image_b)
    predicted = point_predictions(answer, mis.translation_wrong_direction.on(*b, dx, dy, point=True))
    check = point_check(
        f"{bracket(b[0])} + {bracket(image_a[0])} − {bracket(a[0])}",
        f"{bracket(b[1])} + {bracket(image_a[1])} − {bracket(a[1])}",
    )
    # A and A′ show the move; B′, the answer, shows as '?'
    picture = grid(
        level, [(*a, "A"), (*b, "B")], translation=move, image=((*image_a, "A′"), (*image_b, "B′")), asked=(1,)
    )
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)


def _two_moves(rng: random.Random, level: Level, style: str) -> Item:
    """Greater depth: two translations one after the other are one translation; judge a claim about which one
    (the slip takes the smaller move from the larger, whatever their directions)."""
    low, high = GRID[int(level)]
    while True:
        x, y = _on_grid(rng, level)
        first, second = rng.choice([n for n in range(-5, 6) if n]), rng.choice([n for n in range(-5, 6) if n])
        dy = rng.choice([n for n in range(-4, 5) if n])
        middle, end = (x + first, y + dy), (x + first + second, y + dy)
        if first * second < 0 and first + second and all(low <= v <= high for v in (*middle, *end)):
            break
    total = first + second
    slip = (first - second) if abs(first - second) != abs(total) else None
    claimed = total if rng.random() < 0.5 or slip is None else slip
    truth = claimed == total
    prompt = (
        f"True or false? Translating {point(x, y)} {describe_move(first, dy)} and then {describe_move(second, 0)} "
        f"gives the same point as translating it {describe_move(claimed, dy)}."
    )
    steps = [
        Step(
            f"First {describe_move(first, dy)}: ",
            eq(moved(x, first), middle[0]),
            " and ",
            eq(moved(y, dy), middle[1]),
            ".",
        ),
        Step(f"Then {describe_move(second, 0)}: ", eq(moved(middle[0], second), end[0]), f", so {point(*end)}."),
        Step(
            f"In one move, {describe_move(claimed, dy)}: ",
            eq(moved(x, claimed), x + claimed),
            f", so {point(x + claimed, y + dy)}.",
        ),
        f"So it is {truth_word(truth)}.",
    ]
    check = f"{bracket(x)} + {bracket(first)} + {bracket(second)} = {bracket(x)} + {bracket(claimed)}"
    return make(prompt, TrueFalse(truth), steps, style, check)


def _triangle(rng: random.Random, level: Level, style: str) -> Item:
    """A triangle and its translation drawn with the arrow from A to A′ and B′ drawn too: find C′."""
    low, high = GRID[int(level)]
    _, _, dx, dy = _translation(rng, level)
    while True:
        corners = [_on_grid(rng, level) for _ in range(3)]
        images = [(px + dx, py + dy) for px, py in corners]
        (ax, ay), (bx, by), (cx, cy) = corners
        if (
            all(low <= v <= high for p in images for v in p)
            and (bx - ax) * (cy - ay) != (by - ay) * (cx - ax)
            and not set(images) & set(corners)  # no image corner hides under a corner of the triangle
        ):
            break
    x, y = corners[2]
    nx, ny = images[2]
    move = describe_move(dx, dy)
    answer = Coordinate(nx, ny)
    prompt = (
        f"Triangle ABC is translated {move}. The arrow shows the move from A to A′, and B′ is drawn. "
        f"C is at {point(x, y)}. What are the coordinates of C′?" + hint(level, "every corner makes the same move.")
    )
    steps = [f"Every corner moves {move}.", _moves(x, y, dx, dy)]
    check = point_check(f"{bracket(x)} + {bracket(dx)}", f"{bracket(y)} + {bracket(dy)}")
    predicted = point_predictions(
        answer,
        mis.translation_wrong_direction.on(x, y, dx, dy, point=True),
        mis.coordinates_swapped.on(nx, ny, point=True),
    )
    picture = grid(
        level,
        [(*p, n) for p, n in zip(corners, "ABC", strict=True)],
        True,
        translation=(dx, dy),
        arrow=True,
        image=tuple((*p, f"{n}′") for p, n in zip(images, "ABC", strict=True)),
        asked=(2,),
    )
    return _picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
