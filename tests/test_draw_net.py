"""Tests for shapes.shapes_3d's drawing: a net of a cube or cuboid on squared paper, keyed by the squares it covers."""

import re

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import WholeNumber
from ks2practice.content.shapes.shapes_3d import cuboid_net
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import Net, folds_to_cube

SEEDS = range(120)


def _drawn(level):
    found = []
    for seed in SEEDS:
        question = registry.generate(Spec("shapes.shapes_3d", level, seed, style="missing_number"))
        if question.drawing is not None:
            found.append(question)
    assert len(found) >= 30
    return found


def _size(prompt: str) -> tuple[int, int, int]:
    cube = re.search(r"a cube with edges (\d+) squares? long", prompt)
    if cube:
        return (int(cube.group(1)),) * 3
    a, b, c = re.search(r"(\d+) squares? long, (\d+) squares? wide and (\d+) squares? high", prompt).groups()
    return int(a), int(b), int(c)


def _folds_to(cells, faces, a, b, c) -> bool:
    """The faces are six rectangles in three equal pairs of the cuboid's three face sizes."""
    sizes = sorted(tuple(sorted((h, w))) for _, _, h, w in faces)
    wanted = sorted(tuple(sorted(p)) for p in ((a, b), (a, b), (a, c), (a, c), (b, c), (b, c)))
    return sizes == wanted and len(cells) == 2 * (a * b + a * c + b * c)


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_space_is_empty_paper_and_the_key_one_net_on_it(level):
    for question in _drawn(level):
        space, completed = question.drawing.space, question.drawing.completed
        assert question.diagram is space and isinstance(space, Net) and isinstance(completed, Net)
        assert space.cells == () and space.faces == () and space.paper == completed.paper
        a, b, c = _size(question.prompt)
        assert _folds_to(completed.cells, completed.faces, a, b, c)
        assert question.answer == WholeNumber(len(completed.cells)), "the key is the squares the net covers"
        assert answers.check(question, str(len(completed.cells))).status is Status.CORRECT
        if len(completed.cells) != 6:
            assert answers.check(question, "6").status is not Status.CORRECT, "6 faces is not the squares covered"
        if level == 1:
            assert (a, b, c) == (1, 1, 1) and folds_to_cube(completed.cells)
        else:
            assert len(completed.cells) > 6


def test_cuboid_nets_are_joined_and_fit_their_paper():
    for size in ((1, 1, 1), (2, 1, 1), (3, 1, 1), (2, 2, 2), (2, 2, 1), (3, 1, 2), (2, 1, 3)):
        net = cuboid_net(*size)
        assert _folds_to(net.cells, net.faces, *size)
        rows, columns = net.paper
        assert all(0 < r < rows - 1 and 0 < q < columns - 1 for r, q in net.cells), "a square to spare round it"


def test_the_keys_climb_with_the_level():
    keys = {level: sorted(q.answer.value for q in _drawn(level)) for level in (1, 2, 3)}
    assert max(keys[1]) < min(keys[2]) and keys[2][len(keys[2]) // 2] <= keys[3][len(keys[3]) // 2]
