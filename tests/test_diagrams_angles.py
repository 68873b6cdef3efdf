"""Angles at their true size, angles at a point, turns and circles: validation, labels and true drawings."""

import math
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ks2practice.answers.kinds import Measure
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

SVG = "{http://www.w3.org/2000/svg}"


def arms(svg: str, name: str | None = None) -> list[float]:
    """The directions of the drawn arms, in degrees anticlockwise from the right, measured from the SVG."""
    found = []
    for line in ET.fromstring(svg).iter(f"{SVG}line"):
        if line.get("data-arm") is None or (name and line.get("data-arm") != name):
            continue
        x1, y1, x2, y2 = (float(line.get(k)) for k in ("x1", "y1", "x2", "y2"))
        found.append(math.degrees(math.atan2(y1 - y2, x2 - x1)) % 360)
    return found


@given(st.integers(1, 359), st.integers(0, 359))
def test_an_angle_is_drawn_at_its_true_size(degrees, rotation):
    base, turned = arms(to_svg(d.Angle(degrees, rotation=rotation)))
    assert round((turned - base) % 360, 1) % 360 == pytest.approx(degrees % 360, abs=0.1)
    assert base == pytest.approx(rotation, abs=0.1) or abs(base - rotation) == pytest.approx(360, abs=0.1)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: d.Angle(0), "at least 1"),
        (lambda: d.Angle(360), "at most 359"),
        (lambda: d.Angle(40, label=50), "drawn at 40°"),
        (lambda: d.AnglesAtPoint("line", (100, 70)), "add up to 180°"),
        (lambda: d.AnglesAtPoint("point", (100, 100, 100)), "add up to 360°"),
        (lambda: d.AnglesAtPoint("right", (50, 50)), "add up to 90°"),
        (lambda: d.AnglesAtPoint("opposite", (40, 140, 50, 130)), "180 − a"),
        (lambda: d.AnglesAtPoint("line", (100, 80), (100, 70)), "labelled 70"),
        (lambda: d.AnglesAtPoint("line", (100, 80), (100,)), "one mark for each"),
        (lambda: d.AnglesAtPoint("line", (100, 80), (100, "x?")), "a letter"),
        (lambda: d.AnglesAtPoint("zigzag", (100, 80)), "arrangement"),
        (lambda: d.Turn("Up", 1), "compass point"),
        (lambda: d.Turn("N", 5), "at most 4"),
        (lambda: d.Circle(), "at least one"),
        (lambda: d.Circle(radius=-3), "more than 0"),
        (lambda: d.Circle(radius=3, diameter=7), "not twice"),
    ],
)
def test_bad_records_are_refused_with_a_reason(build, message):
    with pytest.raises(d.DiagramError, match=re.escape(message)):
        build()


def test_labels_are_the_numbers_printed_and_never_the_unknown():
    assert d.Angle(125, label=125).labels() == (125,)
    assert d.Angle(125, label="?").labels() == ()
    assert d.AnglesAtPoint("point", (120, 95, 80, 65), (120, 95, "a", "?")).labels() == (120, 95)
    assert d.Circle(diameter=8).labels() == (8,)
    assert d.Circle(radius=4, diameter="?").labels() == (4,)
    assert d.Turn("N", 2).labels() == ()


def test_rays_of_angles_at_a_point_are_at_their_true_sizes():
    svg = to_svg(d.AnglesAtPoint("point", (120, 95, 80, 65), (120, 95, 80, "?"), rotation=10))
    assert [round(a) for a in arms(svg, "ray")] == [10, 130, 225, 305]


@pytest.mark.parametrize(
    ("start", "quarters", "clockwise", "end"),
    [("N", 1, True, "E"), ("E", 3, False, "S"), ("NW", 2, True, "SE"), ("S", 4, False, "S"), ("W", 1, False, "S")],
)
def test_a_turn_ends_where_a_child_would_face(start, quarters, clockwise, end):
    turn = d.Turn(start, quarters, clockwise)
    assert turn.end == end
    assert f'data-end="{end}"' in to_svg(turn)
    assert 'data-end="' not in to_svg(d.Turn(start, quarters, clockwise, show_end=False))


def test_descriptions_say_what_is_drawn():
    assert d.Angle(250, label="?").describe() == "A reflex angle drawn at its true size, marked with a question mark."
    assert d.AnglesAtPoint("line", (50, 130), (50, "?")).describe() == (
        "Angles on a straight line: 2 angles, in order, labelled 50° and marked with a question mark."
    )
    assert d.Circle(radius=4, diameter="?").describe() == (
        "A circle with its centre marked, and a radius labelled 4 cm and a diameter labelled a question mark."
    )


def _numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d+", text)}


@pytest.mark.parametrize("level", [1, 2, 3])
def test_angle_types_draws_the_angle_in_the_question(level):
    for seed in range(60):
        item = registry.generate(Spec("angles.angle_types", level, seed))
        picture = item.diagram
        if isinstance(picture, d.Angle) and picture.degrees != 90:
            assert picture.degrees in _numbers(item.prompt), item.prompt
            assert set(picture.labels()) <= _numbers(item.prompt)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_missing_angles_pictures_are_built_from_the_question_and_hide_the_answer(level):
    for seed in range(80):
        item = registry.generate(Spec("angles.missing_angles", level, seed))
        picture = item.diagram
        if isinstance(picture, d.AnglesAtPoint):
            assert set(picture.labels()) <= _numbers(item.prompt), item.prompt
            assert d.UNKNOWN in picture.marks or not any(picture.marks)
            if isinstance(item.answer, Measure) and "?" in picture.marks:
                assert picture.sizes[picture.marks.index("?")] == item.answer.value


@pytest.mark.parametrize("level", [1, 2, 3])
def test_circles_label_the_length_given_and_mark_the_one_asked(level):
    for seed in range(60):
        item = registry.generate(Spec("shapes.circles", level, seed))
        picture = item.diagram
        if picture is None:
            continue
        assert set(picture.labels()) <= _numbers(item.prompt), item.prompt
        given = picture.labels()[0]
        if isinstance(item.answer, Measure):
            asked = item.answer.value
            assert asked == (2 * given if picture.diameter == d.UNKNOWN else given / 2)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_properties_2d_draws_the_shape_each_statement_is_about(level):
    from ks2practice.content.shapes.common import classify
    from ks2practice.content.shapes.properties_2d import _ASN_SHAPES

    for seed in range(40):
        item = registry.generate(Spec("shapes.properties_2d", level, seed, style="always_sometimes_never"))
        statement = next(s for s in _ASN_SHAPES if s in item.prompt)
        drawn, _ = classify(tuple((int(x), int(y)) for x, y in item.diagram.vertices))
        assert drawn == _ASN_SHAPES[statement], (statement, drawn)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_a_shape_said_to_be_on_a_square_grid_is_drawn_on_one(level):
    for seed in range(40):
        item = registry.generate(Spec("shapes.properties_2d", level, seed))
        if "square grid" in item.prompt:
            assert item.diagram.grid
