"""Shapes side by side and symmetry figures: refused when untrue, described, drawn with their parts."""

import re

import pytest

from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

SMALL = d.Shape2D(((0, 0), (3, 0), (3, 2), (0, 2)), side_labels=(3, 2, None, None), unit="cm")
BIG = d.Shape2D(((0, 0), (9, 0), (9, 6), (0, 6)), side_labels=(9, "?", None, None), unit="cm")
HALF = ((5, 7), (2, 5), (3, 3), (1, 1), (5, 1))

REFUSED = [
    (lambda: d.ShapeRow((SMALL,)), "the number of shapes must be at least 2"),
    (lambda: d.ShapeRow((SMALL, BIG), captions=("A",)), "one caption for each of the 2 shapes"),
    (
        lambda: d.ShapeRow((SMALL, d.Shape2D(((0, 0), (9, 0), (9, 6), (0, 6)), side_labels=(6, None, None, None)))),
        "side labels disagree",
    ),
    (lambda: d.SymmetryFigure((10, 8), HALF, mirrors=(("x", 4),), half=True), "starts and ends on the mirror line"),
    (lambda: d.SymmetryFigure((10, 8), ((5, 7), (7, 5), (3, 3), (5, 1)), (("x", 5),), True), "on one side"),
    (lambda: d.SymmetryFigure((6, 8), HALF, mirrors=(("x", 5),), half=True), "off the 6 by 8 grid"),
    (lambda: d.SymmetryFigure((10, 8), HALF, half=True), "give exactly one"),
    (
        lambda: d.SymmetryFigure((8, 8), ((1, 1), (6, 1), (6, 4), (1, 4)), mirrors=(("d", 0),)),
        "the diagonal mirror line (going up to the right) is not a line of symmetry",
    ),
    (lambda: d.SymmetryFigure((8, 8), ((1, 1), (5, 1), (5, 3)), mirrors=(("x", 9),)), "misses the grid"),
    (lambda: d.SymmetryFigure((8, 8), ((1, 1), (5, 1), (5, 3)), mirrors=(("z", 3),)), "a mirror line is"),
]


@pytest.mark.parametrize(("build", "message"), REFUSED, ids=[m for _, m in REFUSED])
def test_untrue_figures_are_refused_with_a_clear_reason(build, message):
    with pytest.raises(d.DiagramError, match=re.escape(message)):
        build()


def test_an_enlargement_is_drawn_beside_its_original_to_one_scale():
    row = d.ShapeRow((SMALL, BIG), captions=("original", "enlargement"))
    assert row.labels() == (3, 2, 9)
    assert row.describe().startswith("2 shapes side by side, drawn to the same scale. Original: A 2-D shape")
    svg = to_svg(row)
    widths = [float(w) for w in re.findall(r'<polygon points="([\d.]+),', svg)]
    assert len(widths) == 2 and "enlargement" in svg


def test_half_a_figure_shows_one_mirror_line_and_an_open_line_of_sides():
    figure = d.SymmetryFigure((10, 8), HALF, mirrors=(("x", 5),), half=True)
    assert figure.labels() == ()
    assert "Half of a symmetric shape, 4 sides, is drawn on one side of a dashed vertical mirror line" in (
        figure.describe()
    )
    svg = to_svg(figure)
    assert 'data-figure="half"' in svg and 'data-mirror="x=5"' in svg and " Z" not in svg


def test_a_square_has_its_four_lines_of_symmetry_drawn():
    figure = d.SymmetryFigure((8, 8), ((1, 1), (7, 1), (7, 7), (1, 7)), (("x", 4), ("y", 4), ("d", 0), ("a", 8)))
    assert figure.describe().count("mirror line") == 4
    assert to_svg(figure).count("data-mirror=") == 4


def test_a_whole_shape_asked_about_has_no_lines_drawn():
    figure = d.SymmetryFigure((8, 8), ((1, 1), (7, 1), (7, 7), (1, 7)))
    assert "data-mirror" not in to_svg(figure)
    assert "lines of symmetry" not in figure.describe()
