"""Tests for ks2practice.core.model: validation of the core value types."""

import pytest

from ks2practice.answers.kinds import WholeNumber
from ks2practice.core.model import Item, Level, Spec, Status, Verdict


@pytest.mark.parametrize(
    ("given", "level"),
    [
        (1, Level.WORKING_TOWARDS),
        ("2", Level.EXPECTED),
        ("greater depth", Level.GREATER_DEPTH),
        ("Working-Towards", Level.WORKING_TOWARDS),
        (Level.EXPECTED, Level.EXPECTED),
    ],
)
def test_level_parse_accepts_numbers_and_labels(given, level):
    assert Level.parse(given) is level


@pytest.mark.parametrize("bad", [0, 4, "4", "hard", None, True, 2.0])
def test_level_parse_refuses_anything_else_with_the_choices(bad):
    with pytest.raises(ValueError, match="1 \\(working towards\\), 2 \\(expected\\) or 3"):
        Level.parse(bad)


def test_spec_coerces_level_and_is_frozen():
    spec = Spec("calculation.column_addition", 3, 7)
    assert spec.level is Level.GREATER_DEPTH
    with pytest.raises(AttributeError):
        spec.seed = 8  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"topic": ""}, "needs a topic id"),
        ({"topic": "x.y", "seed": 1.5}, "seed must be"),
        ({"topic": "x.y", "style": "quiz"}, "unknown question style"),
        ({"topic": "x.y", "level": 5}, "level must"),
    ],
)
def test_spec_validation_messages(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Spec(**kwargs)


def test_seed_string_ignores_representation_but_not_style():
    plain = Spec("a.b", 2, 5)
    assert plain.seed_string() == Spec("a.b", 2, 5, representation="bar_model").seed_string()
    assert plain.seed_string() != Spec("a.b", 2, 5, style="fluency").seed_string()
    assert plain.seed_string() != Spec("a.b", 2, 6).seed_string()


def test_spec_code_names_every_part():
    assert Spec("a.b", 3, 42, style="fluency").code == "a.b/L3/s42/fluency"


def test_item_needs_a_solution_and_a_known_style():
    with pytest.raises(ValueError, match="worked solution"):
        Item("1 + 1", WholeNumber(2), (), "fluency", "1 + 1")
    with pytest.raises(ValueError, match="unknown question style"):
        Item("1 + 1", WholeNumber(2), ("2",), "quiz", "1 + 1")


def test_try_again_statuses_are_not_correct():
    assert {s for s in Status if s.try_again} == {Status.NOT_IN_FORM, Status.UNREADABLE}
    verdict = Verdict(Status.NOT_IN_FORM, "simplify it")
    assert verdict.try_again and not verdict.correct


def test_a_drawing_task_needs_both_pictures_of_one_kind():
    from ks2practice.core.model import Drawing
    from ks2practice.pictures.diagrams import CoordinateGrid

    blank = CoordinateGrid(points=())
    done = CoordinateGrid(points=((2, 3, "A"),))
    assert Drawing(blank, done).completed == done
    with pytest.raises(ValueError, match="completed picture"):
        Drawing(blank, None)
    with pytest.raises(ValueError, match="same kind"):
        Drawing(blank, "a grid")
