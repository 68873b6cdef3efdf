"""3-D shapes, nets and cube stacks: counts that match the names, folding nets, volumes, hidden edges."""

import random
import re
import xml.etree.ElementTree as ET

import pytest

from ks2practice.content.shapes.shapes_3d import _net_names_solid, solid_counts
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_exactly_11_of_the_35_hexominoes_fold_to_a_cube():
    shapes = d.hexominoes()
    assert len(shapes) == 35
    folding = [s for s in shapes if d.folds_to_cube(s)]
    assert len(folding) == 11
    canonical = {min(d.turned(d.Net.of(n).cells, k, f) for k in range(4) for f in (False, True)) for n in d.CUBE_NETS}
    assert canonical == set(folding)


@pytest.mark.parametrize("rows", [("######",), ("####", "##.."), ("###", "###"), ("##..", "####"), ("#####", "#....")])
def test_nets_that_do_not_fold(rows):
    assert not d.Net.of(rows).folds_to_cube


@pytest.mark.parametrize("quarter_turns", range(4))
@pytest.mark.parametrize("flip", [False, True])
def test_folding_does_not_depend_on_how_the_net_lies(quarter_turns, flip):
    for shape in d.hexominoes():
        assert d.folds_to_cube(d.turned(shape, quarter_turns, flip)) == d.folds_to_cube(shape)


@pytest.mark.parametrize(
    ("solid", "counts"),
    [
        (d.Solid("cube"), (6, 12, 8)),
        (d.Solid("cuboid", size=(3, 2, 2)), (6, 12, 8)),
        (d.Solid("prism", 3), (5, 9, 6)),
        (d.Solid("prism", 6), (8, 18, 12)),
        (d.Solid("pyramid", 4), (5, 8, 5)),
        (d.Solid("pyramid", 3), (4, 6, 4)),
        (d.Solid("cylinder"), (3, 2, 0)),
        (d.Solid("cone"), (2, 1, 1)),
        (d.Solid("sphere"), (1, 0, 0)),
    ],
)
def test_counts_are_those_of_the_solid_named(solid, counts):
    assert solid.counts == counts


def _edges(svg: str) -> tuple[int, int]:
    root = ET.fromstring(svg)
    seen = len([e for e in root.iter(f"{SVG}line") if e.get("data-edge") == "seen"])
    hidden = len([e for e in root.iter(f"{SVG}line") if e.get("data-edge") == "hidden"])
    return seen, hidden


@pytest.mark.parametrize(
    ("solid", "seen", "hidden"),
    [
        (d.Solid("cube"), 9, 3),
        (d.Solid("prism", 3), 6, 3),
        (d.Solid("pyramid", 4), 5, 3),
        (d.Solid("prism", 5), 12, 3),
    ],
)
def test_every_edge_is_drawn_and_the_hidden_ones_dashed(solid, seen, hidden):
    assert _edges(to_svg(solid)) == (seen, hidden)
    assert seen + hidden == solid.counts[1]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: d.Solid("torus"), "shape must be one of"),
        (lambda: d.Solid("cube", size=(2, 2, 3)), "equal"),
        (lambda: d.Solid("cuboid", size=(5, 3, 2), edge_labels=(4, 3, 2)), "labelled 4"),
        (lambda: d.Solid("prism", 3, edge_labels=(1, 1, 1)), "cube or cuboid only"),
        (lambda: d.Solid("prism", 9), "at most 8"),
        (lambda: d.Net(((0, 0), (0, 2))), "falls apart"),
        (lambda: d.Net(((0, 0), (0, 0))), "twice"),
        (lambda: d.CubeStack(((1, 2), (3,))), "same number of columns"),
        (lambda: d.CubeStack(((0, 0),)), "no cubes"),
    ],
)
def test_bad_records_are_refused_with_a_reason(build, message):
    with pytest.raises(d.DiagramError, match=re.escape(message)):
        build()


def test_a_cube_stack_draws_every_cube_and_its_volume_is_the_count():
    stack = d.CubeStack(((3, 3), (2, 2), (1, 1)))
    assert stack.volume == 12
    assert to_svg(stack).count("data-cube=") == 12


def test_labels_and_descriptions():
    cuboid = d.Solid("cuboid", size=(5, 3, 2), edge_labels=(5, 3, "?"))
    assert cuboid.labels() == (5, 3)
    assert cuboid.describe() == (
        "A 3-D shape, a cuboid, with hidden edges dashed. Edges labelled: length 5 cm, depth 3 cm and height a "
        "question mark."
    )
    assert d.Net.of(("###", ".#.")).describe() == (
        "A net of 4 squares on a grid of 2 rows and 3 columns (row 1: squares in columns 1, 2 and 3; row 2: a square "
        "in column 2)."
    )
    assert "fold" not in d.Net.of(d.CUBE_NETS[0]).describe()  # the description never gives the answer away


@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("style", ["fluency", "true_or_false", "missing_number"])
def test_shapes_3d_draws_the_solid_it_names_with_the_counts_it_uses(level, style):
    for seed in range(40):
        item = registry.generate(Spec("shapes.shapes_3d", level, seed, style=style))
        picture = item.diagram
        if isinstance(picture, d.Solid):
            named = {"cube": ("prism", 4), "cuboid": ("prism", 4)}.get(picture.name, (picture.shape, picture.sides))
            assert picture.name in item.prompt.replace(
                "triangular-based pyramid (tetrahedron)", "triangular-based pyramid"
            )
            assert picture.counts == solid_counts(*named)
        elif isinstance(picture, d.Net) and item.drawing is not None:
            assert "Draw a net" in item.prompt and picture.cells == ()  # see tests/test_draw_net.py
        elif isinstance(picture, d.Net):
            assert "net shown" in item.prompt
            assert item.answer.value == picture.folds_to_cube
        else:
            # only the solid to be worked out from its edges is left undrawn
            assert picture is None
            assert re.match(r"A (prism|pyramid) has \d+ edges", item.prompt), item.prompt


@pytest.mark.parametrize("level", [1, 2])
def test_volume_pictures_are_the_cuboid_in_the_question(level):
    for seed in range(80):
        item = registry.generate(Spec("perimeter_area_volume.volume", level, seed))
        picture = item.diagram
        numbers = {int(n) for n in re.findall(r"\d+", item.prompt)}
        if isinstance(picture, d.CubeStack):
            assert {len(picture.heights), len(picture.heights[0]), picture.heights[0][0]} <= numbers
        elif isinstance(picture, d.Solid):
            assert set(picture.labels()) <= numbers


@pytest.mark.parametrize("shape", ["prism", "pyramid"])
@pytest.mark.parametrize("sides", range(3, 9))
def test_a_solid_net_draws_one_face_for_each_face_of_the_solid(shape, sides):
    net = d.SolidNet(shape, sides)
    assert net.faces == d.Solid(shape, sides).counts[0]
    assert to_svg(net).count("data-face=") == net.faces
    assert shape not in net.describe()  # the description names the faces, never the solid


@pytest.mark.parametrize(("family", "n"), [("prism", 3), ("prism", 5), ("pyramid", 4), ("pyramid", 6)])
def test_shapes_3d_net_items_draw_the_net_they_describe(family, n):
    # called directly: level_fit sets these aside as too easy at levels 2 and 3 today
    item = _net_names_solid(random.Random(7), family, n, "fluency")
    assert item.diagram == d.SolidNet(family, n)
    assert item.answer.options[item.answer.correct].startswith(d.Solid(family, n).name)
