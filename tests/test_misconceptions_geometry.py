"""Geometry misconceptions: each function's canonical example, and the catalogue entries they name."""

import pytest

from ks2practice.content.misconceptions import MISCONCEPTIONS
from ks2practice.content.misconceptions import geometry as geo

CANONICAL = [
    ("protractor_wrong_scale", geo.protractor_wrong_scale, (65,), 115),
    ("line_as_360", geo.line_as_360, (130,), 230),
    ("point_as_180", geo.point_as_180, (150,), 30),
    ("triangle_as_360", geo.triangle_as_360, (130,), 230),
    ("square_not_rectangle", geo.square_not_rectangle, (), False),
    ("orientation_changes_shape", geo.orientation_changes_shape, (), False),
    ("coordinates_swapped", geo.coordinates_swapped, (3, -2), (-2, 3)),
    ("reflection_wrong_distance", geo.reflection_wrong_distance, (1, 3), 6),
    ("reflection_wrong_axis", geo.reflection_wrong_axis, (4, 2, True), (-4, 2)),
    ("reflection_wrong_axis", geo.reflection_wrong_axis, (4, 2, False), (4, -2)),
    ("translation_wrong_direction", geo.translation_wrong_direction, (5, 1, -3, 2), (8, -1)),
    ("faces_for_edges", geo.faces_for_edges, (6,), 6),
    ("radius_diameter_confused", geo.radius_diameter_confused, (6, True), 3),
    ("radius_diameter_confused", geo.radius_diameter_confused, (10, False), 20),
    ("diagonal_as_symmetry", geo.diagonal_as_symmetry, (2,), 4),
    ("reflex_as_inside", geo.reflex_as_inside, (290,), 70),
    ("exterior_for_interior", geo.exterior_for_interior, (6,), 60),
    ("acute_obtuse_swapped", geo.acute_obtuse_swapped, ("obtuse",), "acute"),
    ("perimeter_not_halved", geo.perimeter_not_halved, (30, 8), 14),
]


@pytest.mark.parametrize(("misconception", "function", "arguments", "wrong"), CANONICAL, ids=[c[0] for c in CANONICAL])
def test_canonical_examples(misconception, function, arguments, wrong):
    assert misconception in MISCONCEPTIONS
    assert function(*arguments) == wrong


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (geo.point_as_180, (200,)),
        (geo.acute_obtuse_swapped, ("reflex",)),
        (geo.coordinates_swapped, (4, 4)),
        (geo.radius_diameter_confused, (7, True)),
    ],
)
def test_no_prediction_when_the_slip_changes_nothing_or_makes_no_sense(function, arguments):
    assert function(*arguments) is None


def test_every_geometry_entry_has_a_title_and_feedback():
    ids = {c[0] for c in CANONICAL}
    assert len(ids) >= 8
    for misconception_id in ids:
        entry = MISCONCEPTIONS[misconception_id]
        assert entry.title and entry.feedback.endswith(".")
