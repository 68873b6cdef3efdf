"""Marking coordinates: (x, y) in the usual written forms, swapped coordinates explained, degrees as a unit."""

import pytest

from ks2practice.answers import check
from ks2practice.answers.kinds import Coordinate, Measure
from ks2practice.answers.parse import read_coordinate
from ks2practice.core.model import Status


@pytest.mark.parametrize("typed", ["(3, -2)", "(3,−2)", "3, -2", "3 -2", "( 3 ; −2 )", "(3 , - 2)"])
def test_the_point_in_any_usual_form_is_right(typed):
    assert check(Coordinate(3, -2), typed).status is Status.CORRECT


def test_key_is_written_with_a_true_minus():
    assert Coordinate(3, -2).format() == "(3, −2)"
    assert read_coordinate(Coordinate(-4, 0).format()) == (-4, 0)


def test_swapped_coordinates_are_wrong_and_say_x_first():
    verdict = check(Coordinate(3, -2), "(-2, 3)")
    assert verdict.status is Status.INCORRECT
    assert "x comes first" in verdict.reason


@pytest.mark.parametrize("typed", ["(3, 2, 1)", "(1.5, 2)", "three", "", "(3)"])
def test_unreadable_points_ask_again(typed):
    assert check(Coordinate(3, -2), typed).status is Status.UNREADABLE


def test_other_points_are_wrong():
    assert check(Coordinate(3, -2), "(3, 2)").status is Status.INCORRECT


def test_whole_numbers_only():
    with pytest.raises(TypeError):
        Coordinate(True, 2)


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("65", Status.CORRECT),
        ("65°", Status.CORRECT),
        ("65 degrees", Status.CORRECT),
        ("115°", Status.INCORRECT),
        ("65 cm", Status.WRONG_UNIT),
    ],
)
def test_degrees_are_a_unit_of_angle(typed, status):
    angle = Measure(65, "°", unit_required=False)
    assert angle.format() == "65°"
    assert check(angle, typed).status is status


def test_a_teacher_can_type_a_point_or_an_angle_as_the_expected_answer():
    from ks2practice.answers import infer

    assert infer("(3, −2)") == Coordinate(3, -2)
    assert infer("(3; 4)") == Coordinate(3, 4)
    assert infer("1,250").format() == "1250"  # a number with a comma is still a number
    assert infer("65°").format() == "65°"
    assert check(infer("65°"), "65 degrees").status is Status.CORRECT
