"""Issue #16: position, symmetry, area, perimeter and scale-factor items carry pictures built from their own
numbers, and never show the value asked for."""

import re
from fractions import Fraction

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures import diagrams as d

SEEDS = range(40)


def _points(prompt: str) -> list[tuple[int, int]]:
    found = re.findall(r"\((−?\d+), (−?\d+)\)", prompt)
    return [(int(x.replace("−", "-")), int(y.replace("−", "-"))) for x, y in found]


def _answer_point(question) -> tuple[int, int]:
    x, y = question.answer.format().strip("()").replace("−", "-").split(", ")
    return int(x), int(y)


@pytest.mark.parametrize("level", [1, 2])
def test_a_reflected_point_is_drawn_with_its_mirror_line_and_its_image_hidden(level):
    for seed in SEEDS:
        question = registry.generate(Spec("position.reflection", level, seed, style="fluency"))
        grid = question.diagram
        assert isinstance(grid, d.CoordinateGrid) and grid.mirror is not None
        value = int(re.search(r"the line [xy] = (\d+)", question.prompt).group(1))
        assert grid.mirror[1] == value and value in grid.labels()
        asked = _answer_point(question)
        assert asked not in grid.labels()  # drawn as '?', never at its place
        for point in _points(question.prompt):
            assert point in grid.labels()
        image = [p for i, p in enumerate(grid.image) if i in grid.asked]
        assert [(p.x, p.y) for p in image] == [asked]


@pytest.mark.parametrize("level", [1, 2])
def test_a_translation_shows_the_move_and_hides_the_image_asked_for(level):
    for seed in SEEDS:
        question = registry.generate(Spec("position.translation", level, seed, style="fluency"))
        grid = question.diagram
        assert grid.translation is not None and grid.arrow
        assert _answer_point(question) not in grid.labels()
        start = _points(question.prompt)[0]
        assert start in grid.labels()
        assert grid.transform(*start) == _answer_point(question)


def test_a_found_move_shows_both_the_point_and_its_image():
    for seed in SEEDS:
        question = registry.generate(Spec("position.translation", 2, seed, style="missing_number"))
        a, image = _points(question.prompt)[:2]
        assert question.diagram.labels()[:2] == (a, image)
        assert not question.diagram.arrow  # the move is what the pupil finds


def test_half_drawn_symmetric_figures_have_their_mirror_line_and_no_loose_points():
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.symmetry", 2, seed, style="missing_number"))
        grid = question.diagram
        if isinstance(grid, d.SymmetryFigure):  # the squares to complete: tests/test_symmetry_drawing.py
            continue
        c = int(re.search(r"the line x = (\d+)", question.prompt).group(1))
        assert grid.mirror == ("x", c) and grid.polygon and not grid.closed
        assert _answer_point(question) not in grid.labels()


def test_a_shape_to_count_lines_of_symmetry_on_has_no_lines_drawn():
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.symmetry", 1, seed, style="fluency"))
        if isinstance(question.diagram, d.SymmetryFigure):
            assert question.diagram.mirrors == ()


@pytest.mark.parametrize(
    ("topic", "style"),
    [("perimeter_area_volume.area", "compare"), ("perimeter_area_volume.perimeter", "compare")],
)
def test_two_rectangles_compared_are_both_drawn_with_their_sides(topic, style):
    for seed in SEEDS:
        question = registry.generate(Spec(topic, 2, seed, style=style))
        if not question.prompt.startswith("Rectangle A is"):
            continue
        sides = [int(n) for n in re.findall(r"(\d+) (?:cm|m) by (\d+)", question.prompt) for n in n]
        row = question.diagram
        assert isinstance(row, d.ShapeRow) and row.captions == ("A", "B")
        assert list(row.labels()) == sides


def test_a_parallelograms_area_draws_its_perpendicular_height():
    found = 0
    for seed in range(80):
        question = registry.generate(Spec("perimeter_area_volume.area", 3, seed))
        shape = question.diagram
        if isinstance(shape, d.Shape2D) and shape.name == "parallelogram":
            height = int(re.search(r"perpendicular height (\d+)", question.prompt).group(1))
            assert shape.height is not None and shape.height[2] == height
            found += 1
    assert found


@pytest.mark.parametrize("style", ["fluency", "word_problem", "spot_the_mistake", "true_or_false", "missing_number"])
def test_scale_factor_items_draw_the_original_and_the_new_shape(style):
    for seed in SEEDS:
        question = registry.generate(Spec("ratio.scale_factors", 2, seed, style=style))
        row = question.diagram
        assert isinstance(row, d.ShapeRow) and len(row.shapes) == 2
        numbers = {Fraction(n) for n in re.findall(r"(\d+(?:\.\d+)?) cm", question.prompt)}
        original, new = row.shapes
        assert set(original.labels()) <= numbers  # the first shape is the one the question gives
        if style in ("fluency", "word_problem", "spot_the_mistake"):
            assert "?" in new.side_labels  # the side asked for
