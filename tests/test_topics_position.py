"""Tests for the position topics: coordinates, translations and reflections, answered as points."""

import re

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Coordinate, TrueFalse
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import CoordinateGrid

TOPICS = ("position.coordinates", "position.translation", "position.reflection")
SEEDS = range(150)


def _points(text: str) -> list[tuple[int, int]]:
    found = re.findall(r"\((−?\d+), (−?\d+)\)", text)
    return [(int(x.replace("−", "-")), int(y.replace("−", "-"))) for x, y in found]


def _move(text: str) -> tuple[int, int]:
    dx = dy = 0
    for amount, way in re.findall(r"(\d+) (right|left|up|down)", text):
        sign = 1 if way in ("right", "up") else -1
        if way in ("right", "left"):
            dx = sign * int(amount)
        else:
            dy = sign * int(amount)
    return dx, dy


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_every_style_is_offered_and_made(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    for style in entry.styles:
        question = registry.generate(Spec(topic_id, level, 5, style=style))
        assert question.style == style and len(question.prompt) <= 400


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_at_least_fifty_distinct_prompts(topic_id, level):
    assert len({registry.generate(Spec(topic_id, level, seed)).prompt for seed in range(300)}) >= 50


@pytest.mark.parametrize("topic_id", TOPICS)
def test_predicted_misconceptions_are_really_wrong(topic_id):
    seen = set()
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec(topic_id, level, seed))
            for predicted in question.misconceptions:
                seen.add(predicted.misconception)
                assert answers.check(question, predicted.response).status is Status.MISCONCEPTION
    assert "coordinates_swapped" in seen or "translation_wrong_direction" in seen


def test_reading_a_point_matches_the_grid():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("position.coordinates", level, seed, style="fluency"))
            if "halfway" in question.prompt:  # greater depth: the midpoint of a line, from its ends
                a, b = _points(question.prompt)
                assert level == 3 and question.answer == Coordinate((a[0] + b[0]) // 2, (a[1] + b[1]) // 2)
                continue
            grid = question.diagram
            assert isinstance(grid, CoordinateGrid)
            (shown,) = grid.points
            assert question.answer == Coordinate(shown.x, shown.y)
            assert grid.four_quadrants == (level == 3)
            if level == 3:
                assert shown.x < 0 or shown.y < 0
            else:
                assert 0 <= shown.x <= (6 if level == 1 else 10)


def test_swapped_coordinates_are_diagnosed():
    question = registry.generate(Spec("position.coordinates", 2, 1, style="fluency"))
    x, y = question.answer.x, question.answer.y
    verdict = answers.check(question, f"({y}, {x})")
    assert verdict.status is Status.MISCONCEPTION and verdict.misconception == "coordinates_swapped"


def test_missing_vertex_makes_a_rectangle():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("position.coordinates", level, seed, style="missing_number"))
            corners = {p.label: (p.x, p.y) for p in question.diagram.points}
            missing = next(letter for letter in "ABCD" if letter not in corners)
            corners[missing] = (question.answer.x, question.answer.y)
            a, b, c, d = (corners[k] for k in "ABCD")
            ab, bc, cd = (b[0] - a[0], b[1] - a[1]), (c[0] - b[0], c[1] - b[1]), (d[0] - c[0], d[1] - c[1])
            assert ab[0] * bc[0] + ab[1] * bc[1] == 0  # a right angle at B
            assert cd == (-ab[0], -ab[1])  # opposite sides equal and parallel


def test_translation_key_is_start_plus_move():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("position.translation", level, seed, style="fluency"))
            dx, dy = _move(question.prompt)
            (given,) = _points(question.prompt)
            key = (question.answer.x, question.answer.y)
            if "Where did it start" in question.prompt:
                assert (key[0] + dx, key[1] + dy) == given
            else:
                assert (given[0] + dx, given[1] + dy) == key
            if level == 1:
                assert dx == 0 or dy == 0


def test_translation_true_or_false_agrees_with_the_move():
    for seed in SEEDS:
        question = registry.generate(Spec("position.translation", 2, seed, style="true_or_false"))
        start, claimed = _points(question.prompt)
        dx, dy = _move(question.prompt.split("gives")[0])
        assert question.answer == TrueFalse((start[0] + dx, start[1] + dy) == claimed)


def test_reflection_keeps_the_mirror_halfway():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("position.reflection", level, seed, style="fluency"))
            (start,) = _points(question.prompt)
            key = (question.answer.x, question.answer.y)
            if "and then" in question.prompt:  # greater depth: reflected in a vertical line and a horizontal one
                lines = dict(re.findall(r"line (x|y) = (−?\d+)", question.prompt))
                lines |= {{"x": "y", "y": "x"}[a]: "0" for a in re.findall(r"the (x|y)-axis", question.prompt)}
                c, d = (int(lines[a].replace("−", "-")) for a in "xy")
                assert level == 3 and key == (2 * c - start[0], 2 * d - start[1]), question.prompt
                continue
            match = re.search(r"line (x|y) = (−?\d+)|the (x|y)-axis", question.prompt)
            if match.group(1):
                axis, c = match.group(1), int(match.group(2).replace("−", "-"))
            else:
                axis, c = ("y" if match.group(3) == "x" else "x"), 0
            if axis == "x":
                assert key[1] == start[1] and key[0] + start[0] == 2 * c
            else:
                assert key[0] == start[0] and key[1] + start[1] == 2 * c


def test_reflection_slips_are_named():
    question = registry.generate(Spec("position.reflection", 1, 0, style="fluency"))
    named = {p.misconception for p in question.misconceptions}
    assert "reflection_wrong_distance" in named
    axes = {
        p.misconception
        for seed in SEEDS
        for style in ("fluency", "true_or_false")
        for p in registry.generate(Spec("position.reflection", 3, seed, style=style)).misconceptions
    }
    assert "reflection_wrong_axis" in axes
