"""Tests for position.draw_on_grid: drawing tasks on a coordinate grid, answered on screen by a typed key."""

import re

import pytest
from test_topics_position import _move, _points

from ks2practice import answers
from ks2practice.answers.kinds import Coordinate, WholeNumber
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import CoordinateGrid

TOPIC = "position.draw_on_grid"
SEEDS = range(120)


def _questions(level, style):
    return [registry.generate(Spec(TOPIC, level, seed, style=style)) for seed in SEEDS]


@pytest.mark.parametrize("level", (1, 2, 3))
@pytest.mark.parametrize("style", ("fluency", "missing_number"))
def test_every_item_is_a_drawing_on_a_grid_shown_with_the_question(level, style):
    for question in _questions(level, style):
        drawing = question.drawing
        assert drawing is not None, question.prompt
        assert isinstance(drawing.space, CoordinateGrid) and isinstance(drawing.completed, CoordinateGrid)
        assert question.diagram is drawing.space
        assert drawing.completed.polygon, "the key joins the points it asks for"
        assert (drawing.space.x_range, drawing.space.y_range) == (drawing.completed.x_range, drawing.completed.y_range)
        assert answers.check(question, question.answer.format()).status is Status.CORRECT


@pytest.mark.parametrize("level", (1, 2))
def test_plotting_starts_on_an_empty_grid_and_the_key_joins_the_given_points(level):
    plotted = 0
    for question in _questions(level, "fluency"):
        if "Plot the points" not in question.prompt:
            continue
        plotted += 1
        given = _points(question.prompt)
        completed = [(p.x, p.y) for p in question.drawing.completed.points]
        assert question.drawing.space.points == ()
        assert completed == given
        assert len(given) == {1: 3, 2: 4}[level]
        (ax, ay), (bx, by) = given[:2]
        assert ay == by and question.answer == WholeNumber(abs(bx - ax))
    assert plotted >= 20


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_missing_vertex_completes_a_parallelogram_and_is_not_on_the_space(level):
    for question in _questions(level, "missing_number"):
        space = {(p.x, p.y) for p in question.drawing.space.points}
        corners = [(p.x, p.y) for p in question.drawing.completed.points]
        answer = question.answer
        assert isinstance(answer, Coordinate) and (answer.x, answer.y) not in space
        assert len(space) == 3 and set(corners) == space | {(answer.x, answer.y)}
        a, b, c, d = corners
        assert (b[0] - a[0], b[1] - a[1]) == (c[0] - d[0], c[1] - d[1]), "AB and DC are the same move"
        if level == 1:
            assert all(0 <= v <= 6 for p in corners for v in p)
        if level == 3:
            assert any(v < 0 for p in corners for v in p)


@pytest.mark.parametrize("level", (2, 3))
def test_the_key_draws_the_translated_triangle(level):
    translated = 0
    for question in _questions(level, "fluency"):
        if "translated" not in question.prompt:
            continue
        translated += 1
        dx, dy = _move(question.prompt)
        triangle = [(p.x, p.y) for p in question.drawing.space.points]
        assert [(p.x, p.y) for p in question.drawing.completed.points] == triangle, "the key keeps the triangle"
        image = [(p.x, p.y) for p in question.drawing.completed.image]
        assert triangle == _points(question.prompt)
        assert image == [(x + dx, y + dy) for x, y in triangle]
        asked = "ABC".index(re.search(r"coordinates of ([ABC])′", question.prompt).group(1))
        assert question.answer == Coordinate(*image[asked])
        assert not set(image) & set(triangle)
        if level == 3:
            assert any(v < 0 for p in triangle for v in p) and any(v < 0 for p in image for v in p)
    assert translated >= 30


def test_levels_climb_from_the_first_quadrant_to_four():
    for style in ("fluency", "missing_number"):
        assert all(not q.drawing.space.four_quadrants for q in _questions(1, style))
        assert all(q.drawing.space.four_quadrants for q in _questions(3, style))


@pytest.mark.parametrize("level", (1, 2, 3))
def test_at_least_fifty_distinct_prompts(level):
    assert len({registry.generate(Spec(TOPIC, level, seed)).prompt for seed in range(300)}) >= 50


def test_predicted_slips_are_really_wrong():
    seen = set()
    for level in (1, 2, 3):
        for question in _questions(level, "missing_number"):
            for predicted in question.misconceptions:
                seen.add(predicted.misconception)
                assert answers.check(question, predicted.response).status is Status.MISCONCEPTION
    assert "coordinates_swapped" in seen


def _mirror(text: str) -> tuple[str, int]:
    if "the y-axis" in text:
        return "x", 0
    if "the x-axis" in text:
        return "y", 0
    axis, value = re.search(r"the line ([xy]) = (−?\d+)", text).groups()
    return axis, int(value.replace("−", "-"))


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_key_draws_the_reflected_triangle_and_the_space_only_the_triangle_and_mirror(level):
    reflected, axes = 0, set()
    for question in _questions(level, "fluency"):
        if "Reflect the triangle" not in question.prompt:
            continue
        reflected += 1
        axis, c = _mirror(question.prompt)
        axes.add(axis)
        space, completed = question.drawing.space, question.drawing.completed
        triangle = [(p.x, p.y) for p in space.points]
        assert triangle == _points(question.prompt)[:3]
        assert space.mirror == completed.mirror == (axis, c) and space.image == ()
        assert [(p.x, p.y) for p in completed.points] == triangle, "the key keeps the triangle"
        image = [(p.x, p.y) for p in completed.image]
        assert image == [(2 * c - x, y) if axis == "x" else (x, 2 * c - y) for x, y in triangle]
        assert [p.label for p in completed.image] == ["A′", "B′", "C′"]
        asked = "ABC".index(re.search(r"coordinates of ([ABC])′", question.prompt).group(1))
        assert question.answer == Coordinate(*image[asked])
        sides = [(x if axis == "x" else y) - c for x, y in triangle]
        assert all(s >= 0 for s in sides) or all(s <= 0 for s in sides), "the triangle is on one side of the mirror"
        if level == 1:
            assert axis == "x" and 0 not in sides, "level 1: a vertical mirror line the triangle does not touch"
        if level == 3:
            assert c == 0 and space.four_quadrants
        for slip in question.misconceptions:
            assert answers.check(question, slip.response).status is Status.MISCONCEPTION
    assert reflected >= 30
    assert axes == ({"x"} if level == 1 else {"x", "y"})
