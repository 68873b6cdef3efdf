"""Tests for the shape topics: properties computed from drawn vertices, 3-D counts, symmetry, circles, lengths."""

import random
import re

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice, Coordinate, Measure, TrueFalse, WholeNumber
from ks2practice.content.shapes.common import classify, make_shape
from ks2practice.content.shapes.properties_2d import ALSO_TRUE, QUADRILATERALS, TRIANGLES, signature
from ks2practice.content.shapes.shapes_3d import solid_counts
from ks2practice.content.shapes.symmetry import symmetry_lines
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import CoordinateGrid, Shape2D

TOPICS = ("shapes.properties_2d", "shapes.shapes_3d", "shapes.symmetry", "shapes.circles", "shapes.missing_lengths")
SEEDS = range(150)


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", text.split(" (Hint")[0])]


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_every_style_is_offered_and_made(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    for style in entry.styles:
        question = registry.generate(Spec(topic_id, level, 9, style=style))
        assert question.style == style and len(question.prompt) <= 400


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_at_least_fifty_distinct_prompts(topic_id, level):
    assert len({registry.generate(Spec(topic_id, level, seed)).prompt for seed in range(500)}) >= 50


@pytest.mark.parametrize("topic_id", TOPICS)
def test_predicted_misconceptions_are_really_wrong(topic_id):
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec(topic_id, level, seed))
            for predicted in question.misconceptions:
                assert answers.check(question, predicted.response).status is Status.MISCONCEPTION


@pytest.mark.parametrize("kind", QUADRILATERALS + TRIANGLES)
def test_shapes_are_made_as_named_in_any_orientation(kind):
    rng = random.Random(kind)
    for _ in range(40):
        tilted = rng.random() < 0.5
        vertices = make_shape(rng, kind, tilted)
        Shape2D(vertices=vertices)  # a valid, non-crossing polygon
        assert classify(vertices)[0] == kind


def test_a_tilted_square_is_still_a_square():
    vertices = ((0, 0), (3, 1), (2, 4), (-1, 3))
    name, check = classify(vertices)
    assert name == "square" and check == "4 × 4 = 16"
    assert symmetry_lines(vertices) == 4
    assert signature(vertices)[1] == 4422


@pytest.mark.parametrize(
    ("vertices", "lines"),
    [
        (((0, 0), (6, 0), (6, 3), (0, 3)), 2),
        (((0, 0), (4, 0), (4, 4), (0, 4)), 4),
        (((0, 0), (2, 1), (0, 5), (-2, 1)), 1),
        (((0, 0), (4, 0), (6, 3), (2, 3)), 0),
        (((0, 0), (6, 0), (3, 4)), 1),
        (((0, 0), (5, 0), (8, 4), (3, 4)), 2),
    ],
)
def test_lines_of_symmetry_from_vertices(vertices, lines):
    assert symmetry_lines(vertices) == lines


def test_naming_never_offers_a_second_true_name():
    for level in (2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("shapes.properties_2d", level, seed, style="fluency"))
            assert isinstance(question.answer, Choice)
            actual = classify(question.diagram.vertices)[0]
            assert question.answer.format() == actual
            assert not set(question.answer.options) & ALSO_TRUE.get(actual, set())


def test_true_or_false_names_are_judged_from_the_drawing():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("shapes.properties_2d", level, seed, style="true_or_false"))
            claimed = re.search(r"This shape is an? (.+?)\.", question.prompt).group(1)
            assert question.answer == TrueFalse(claimed == classify(question.diagram.vertices)[0])


def test_level_one_counts_match_the_drawing():
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.properties_2d", 1, seed, style="fluency"))
        assert isinstance(question.answer, WholeNumber)
        shape = question.diagram
        sides = [shape.side(i) for i in range(len(shape.vertices))]
        if "vertical" in question.prompt:
            assert question.answer.value == sum(1 for x, _ in sides if x == 0)
        elif "horizontal" in question.prompt:
            assert question.answer.value == sum(1 for _, y in sides if y == 0)


def test_square_is_a_rectangle_slip_is_diagnosed():
    for seed in range(400):
        question = registry.generate(Spec("shapes.properties_2d", 1, seed, style="always_sometimes_never"))
        if "A square is a rectangle" in question.prompt:
            assert question.answer.format() == "always"
            assert answers.check(question, "never").misconception == "square_not_rectangle"
            return
    pytest.fail("no 'a square is a rectangle' item in 400 seeds")


@pytest.mark.parametrize(
    ("family", "n", "counts"),
    [("prism", 4, (6, 12, 8)), ("prism", 3, (5, 9, 6)), ("pyramid", 4, (5, 8, 5)), ("prism", 6, (8, 18, 12))],
)
def test_solid_counts(family, n, counts):
    assert solid_counts(family, n) == counts
    faces, edges, vertices = counts
    assert faces + vertices - edges == 2  # Euler's rule, an independent check


def test_faces_for_edges_is_diagnosed():
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.shapes_3d", 2, seed, style="fluency"))
        if "edges" in question.prompt:
            named = {p.misconception: p.response for p in question.misconceptions}
            assert "faces_for_edges" in named
            assert answers.check(question, named["faces_for_edges"]).status is Status.MISCONCEPTION
            return
    pytest.fail("no edges question")


def test_3d_levels_step_up():
    low = " ".join(registry.generate(Spec("shapes.shapes_3d", 1, s, style="fluency")).prompt for s in SEEDS)
    high = " ".join(registry.generate(Spec("shapes.shapes_3d", 3, s, style="fluency")).prompt for s in SEEDS)
    assert "hexagonal" not in low and "octagonal" not in low
    assert "octagonal" in high


def test_rectangle_diagonals_are_not_lines_of_symmetry():
    for seed in range(300):
        question = registry.generate(Spec("shapes.symmetry", 1, seed, style="fluency"))
        if classify(question.diagram.vertices)[0] == "rectangle":
            assert question.answer == WholeNumber(2)
            assert answers.check(question, "4").misconception == "diagonal_as_symmetry"
            return
    pytest.fail("no rectangle")


def test_completing_a_symmetric_figure():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("shapes.symmetry", level, seed, style="missing_number"))
            if not isinstance(question.diagram, CoordinateGrid):  # on squares: tests/test_symmetry_drawing.py
                continue
            assert isinstance(question.answer, Coordinate)
            assert question.drawing.space is question.diagram
            finished = question.drawing.completed
            assert finished.closed and [p.label for p in finished.points] == list("ABCDE")
            assert (finished.points[-1].x, finished.points[-1].y) == (question.answer.x, question.answer.y)
            c = int(re.search(r"x = (\d+)", question.prompt).group(1))
            b = next(p for p in question.diagram.points if p.label == "B")
            assert (question.answer.x, question.answer.y) == (2 * c - b.x, b.y)


def test_circle_keys():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("shapes.circles", level, seed, style="fluency"))
            (r,) = _numbers(question.prompt)
            assert question.answer == Measure(2 * r, "cm")
            assert r <= 10 or level > 1
    question = registry.generate(Spec("shapes.circles", 2, 4, style="missing_number"))
    (d,) = _numbers(question.prompt)
    assert answers.check(question, f"{2 * d} cm").misconception == "radius_diameter_confused"


def test_missing_lengths_pictures_are_to_scale_and_keys_agree():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("shapes.missing_lengths", level, seed))
            if "perimeter of" in question.prompt and "□" in question.prompt:
                perimeter, side = _numbers(question.prompt)[:2]
                assert 2 * side + 2 * question.answer.numeric() == perimeter
            if isinstance(question.diagram, Shape2D):
                assert not question.diagram.not_to_scale


def test_shapes_to_name_mark_every_right_angle_and_equal_side():
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.properties_2d", 2, seed, style="fluency"))
        shape = question.diagram
        sides = [shape.side(i) for i in range(len(shape.vertices))]
        for i in range(len(sides)):
            square_corner = sides[i - 1][0] * sides[i][0] + sides[i - 1][1] * sides[i][1] == 0
            assert (i in shape.right_angles) == square_corner
        lengths = [x * x + y * y for x, y in sides]
        for i, group in enumerate(shape.equal_sides):
            assert (group > 0) == (lengths.count(lengths[i]) > 1)
