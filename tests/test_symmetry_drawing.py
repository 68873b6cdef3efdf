"""Tests for shapes.symmetry's drawing on squares: complete a shape in its mirror line, then count its squares."""

from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import WholeNumber
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import SymmetryFigure
from ks2practice.pictures.diagrams.figures import reflect

SEEDS = range(150)


def _drawn(level):
    found = []
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.symmetry", level, seed, style="missing_number"))
        if isinstance(question.diagram, SymmetryFigure):
            found.append(question)
    assert len(found) >= 30, "a share of the missing_number items are drawn on squares"
    return found


def _area(corners) -> Fraction:
    """Shoelace area of a closed outline: the squares it covers."""
    n = len(corners)
    twice = sum(corners[i][0] * corners[(i + 1) % n][1] - corners[(i + 1) % n][0] * corners[i][1] for i in range(n))
    return Fraction(abs(twice), 2)


def _edges(corners, closed):
    """Unit steps along an outline: every grid edge it runs along, so outlines with extra straight-on points
    compare equal."""
    steps = set()
    pairs = zip(corners, corners[1:] + (corners[:1] if closed else []), strict=False)
    for (x0, y0), (x1, y1) in pairs:
        dx, dy = (x1 > x0) - (x1 < x0), (y1 > y0) - (y1 < y0)
        x, y = x0, y0
        while (x, y) != (x1, y1):
            steps.add(frozenset(((x, y), (x + dx, y + dy))))
            x, y = x + dx, y + dy
    return steps


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_completed_shape_is_the_half_and_exactly_its_mirror_image(level):
    for question in _drawn(level):
        space, completed = question.drawing.space, question.drawing.completed
        assert question.diagram is space and space.half and not completed.half
        assert space.mirrors == completed.mirrors and len(space.mirrors) == 1 and space.size == completed.size
        mirror = space.mirrors[0]
        half = _edges(list(space.vertices), closed=False)
        image = {frozenset(reflect(p, mirror) for p in edge) for edge in half}
        image = {frozenset((int(x), int(y)) for x, y in edge) for edge in image}
        assert _edges(list(completed.vertices), closed=True) == half | image, "the key adds only the mirror image"
        assert not half & image


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_key_is_the_squares_the_completed_drawing_covers(level):
    for question in _drawn(level):
        covered = _area(question.drawing.completed.vertices)
        assert covered.denominator == 1 and question.answer == WholeNumber(int(covered))
        assert answers.check(question, str(int(covered))).status is Status.CORRECT
        assert answers.check(question, str(int(covered) // 2)).status is not Status.CORRECT, "half is not the whole"
        assert len(question.drawing.completed.vertices) <= 16


def test_level_one_is_upright_on_a_base_line_and_later_levels_turn_and_step():
    ways = set()
    for question in _drawn(1):
        assert question.diagram.mirrors[0][0] == "x"
        assert len({y for _, y in question.diagram.vertices}) >= 2
        assert "vertical" in question.prompt
    for question in _drawn(2) + _drawn(3):
        ways.add(question.diagram.mirrors[0][0])
    assert ways == {"x", "y"}
    median = {level: sorted(q.answer.value for q in _drawn(level))[len(_drawn(level)) // 2] for level in (1, 2, 3)}
    assert median[1] < median[2] < median[3], median
