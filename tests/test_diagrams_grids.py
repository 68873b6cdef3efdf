"""Coordinate grids with transformed polygons, symmetry figures and Shape2D's heights: refused when untrue,
described for screen readers, and labelled with the question's numbers."""

import re
from fractions import Fraction as F

import pytest

from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

TRIANGLE = ((1, 2, "A"), (4, 2, "B"), (1, 6, "C"))
REFLECTED = ((9, 2, "A′"), (6, 2, "B′"), (9, 6, "C′"))

REFUSED = [
    (lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("x", 5), image=REFLECTED[:2]), "the image has 2 points"),
    (
        lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("x", 4), image=REFLECTED),
        "the image of (1, 2) is (7, 2) after this reflection, not (9, 2)",
    ),
    (
        lambda: d.CoordinateGrid(points=TRIANGLE, translation=(2, 1), image=REFLECTED),
        "the image of (1, 2) is (3, 3) after this translation",
    ),
    (lambda: d.CoordinateGrid(points=TRIANGLE, image=REFLECTED), "from a mirror line or a translation"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("x", 12)), "the mirror line x = 12 is off the grid"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("z", 2)), "mirror is ('x', a)"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("x", 2), translation=(1, 1)), "not both"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, arrow=True), "give translation=(dx, dy)"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, translation=(10, 0), arrow=True), "the arrow's end (11, 2) is off"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, translation=(0, 0)), "does not move anything"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, asked=(0,)), "give the image too"),
    (lambda: d.CoordinateGrid(points=TRIANGLE, mirror=("x", 5), image=REFLECTED, asked=(3,)), "at most 2"),
]


@pytest.mark.parametrize(("build", "message"), REFUSED, ids=[m for _, m in REFUSED])
def test_untrue_grids_are_refused_with_a_clear_reason(build, message):
    with pytest.raises(d.DiagramError, match=re.escape(message)):
        build()


def test_a_reflected_polygon_is_described_with_its_mirror_line_and_image():
    grid = d.CoordinateGrid(points=TRIANGLE, polygon=True, mirror=("x", 5), image=REFLECTED)
    text = grid.describe()
    assert "A dashed mirror line is drawn along the line x = 5." in text
    assert "The image: A′ (9, 2), B′ (6, 2) and C′ (9, 6)." in text
    assert grid.labels() == ((1, 2), (4, 2), (1, 6), (9, 2), (6, 2), (9, 6), 5)


def test_an_asked_image_point_is_neither_drawn_described_nor_labelled():
    grid = d.CoordinateGrid(
        (-10, 10),
        (-10, 10),
        points=TRIANGLE,
        polygon=True,
        mirror=("y", 0),
        image=((1, -2, "A′"), (4, -2, "B′"), (1, -6, "C′")),
        asked=(2,),
    )
    assert (1, -6) not in grid.labels()
    assert "(1, −6)" not in grid.describe()
    assert "C′ is to be found: (?, ?)." in grid.describe()
    assert "along the x-axis" in grid.describe()
    svg = to_svg(grid)
    assert 'data-point="1,-6"' not in svg
    assert "C′ = (?, ?)" in svg
    assert 'data-polygon="image"' not in svg  # the image's other sides would give the asked corner away


def test_a_translation_arrow_is_drawn_and_described():
    grid = d.CoordinateGrid(points=((2, 3, "P"),), translation=(4, -2), arrow=True)
    assert "An arrow from (2, 3) shows the move 4 right and 2 down." in grid.describe()
    assert grid.labels() == ((2, 3),)
    assert 'data-arrow="4,-2"' in to_svg(grid)


def test_the_old_arguments_still_make_a_plain_grid():
    grid = d.CoordinateGrid((0, 6), (0, 6), ((1, 1, "A"), (5, 1, "B")), True)
    assert grid.labels() == ((1, 1), (5, 1))
    assert "mirror" not in grid.describe()


PARALLELOGRAM = ((0, 0), (7, 0), (10, 4), (3, 4))

SHAPES_REFUSED = [
    (lambda: d.Shape2D(PARALLELOGRAM, height=(0, 0, 4)), "vertex 1 is on side 1"),
    (lambda: d.Shape2D(PARALLELOGRAM, side_labels=(7, None, None, None), height=(3, 0, 5)), "height's label"),
    (lambda: d.Shape2D(PARALLELOGRAM, height=(3, 0)), "height is (vertex, side, label)"),
    (lambda: d.Shape2D(((0, 0), (F(7, 2), 0), (0, 3)), grid=True), "whole-number coordinates"),
]


@pytest.mark.parametrize(("build", "message"), SHAPES_REFUSED, ids=[m for _, m in SHAPES_REFUSED])
def test_untrue_heights_and_grids_are_refused(build, message):
    with pytest.raises(d.DiagramError, match=re.escape(message)):
        build()


def test_a_parallelograms_height_is_drawn_dashed_with_its_right_angle_and_label():
    shape = d.Shape2D(PARALLELOGRAM, side_labels=(7, None, None, None), unit="cm", height=(3, 0, 4))
    assert shape.height_foot() == (3, 0)
    assert shape.labels() == (7, 4)
    assert "A dashed perpendicular height from vertex 4 to side 1, with a right angle marked, is labelled 4 cm." in (
        shape.describe()
    )
    svg = to_svg(shape)
    assert 'data-height="3"' in svg and 'data-right-angle="height"' in svg and "data-extension" not in svg


def test_a_height_outside_the_base_extends_the_base_and_a_grid_draws_squares():
    shape = d.Shape2D(((0, 0), (6, 0), (8, 5)), side_labels=(6, None, None), height=(2, 0, "?"), grid=True)
    assert shape.height_foot() == (8, 0)
    assert shape.labels() == (6,)
    svg = to_svg(shape)
    assert 'data-extension="0"' in svg
    assert svg.count('data-grid="x"') == 11 and svg.count('data-grid="y"') == 8
