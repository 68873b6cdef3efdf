"""Tests for angles.draw_angles: an angle drawn on a base arm on paper, answered on screen by a typed key."""

import re

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import Angle
from ks2practice.pictures.svg import to_svg

TOPIC = "angles.draw_angles"
SEEDS = range(120)


def _questions(level, style):
    return [registry.generate(Spec(TOPIC, level, seed, style=style)) for seed in SEEDS]


def _asked(prompt: str) -> int:
    return int(re.search(r"angle of (\d+)°", prompt).group(1))


@pytest.mark.parametrize("level", (1, 2, 3))
@pytest.mark.parametrize("style", ("fluency", "missing_number"))
def test_the_space_is_the_arm_and_the_key_the_asked_angle_on_it(level, style):
    for question in _questions(level, style):
        space, completed = question.drawing.space, question.drawing.completed
        assert question.diagram is space and isinstance(space, Angle) and isinstance(completed, Angle)
        a = _asked(question.prompt)
        assert space.arm_only and not completed.arm_only
        assert completed.degrees == a and completed.label == a and completed.rotation == space.rotation
        # the space draws the base arm only: no second arm, no arc, no label giving the angle away
        svg = to_svg(space)
        assert svg.count('data-arm="base"') == 1 and 'data-arm="turned"' not in svg and "data-angle" not in svg
        assert 'data-arm="turned"' in to_svg(completed)
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
        if level == 1:
            assert space.rotation == 0 and a % 5 == 0


@pytest.mark.parametrize("level", (1, 2))
def test_the_kind_is_the_kind_of_the_drawn_angle_typed_as_a_word_or_letter(level):
    kinds = set()
    for question in _questions(level, "fluency"):
        a = question.drawing.completed.degrees
        kind = "acute" if a < 90 else "obtuse" if a < 180 else "reflex"
        kinds.add(kind)
        assert isinstance(question.answer, Choice) and question.answer.format() == kind
        for typed in (kind, kind.capitalize(), "ABC"[question.answer.correct]):
            assert answers.check(question, typed).status is Status.CORRECT, typed
        wrong = "obtuse" if kind != "obtuse" else "acute"
        assert answers.check(question, wrong).status is not Status.CORRECT
    assert kinds == ({"acute", "obtuse"} if level == 1 else {"acute", "obtuse", "reflex"})


def test_greater_depth_asks_for_the_reflex_angle_outside_the_drawn_arms():
    for question in _questions(3, "fluency"):
        a = question.drawing.completed.degrees
        assert a < 180 and "reflex angle outside" in question.prompt
        assert answers.check(question, str(360 - a)).status is Status.CORRECT
        assert answers.check(question, str(a)).status is not Status.CORRECT


@pytest.mark.parametrize("level", (1, 2, 3))
def test_a_reflex_angle_is_drawn_by_measuring_the_angle_inside(level):
    for question in _questions(level, "missing_number"):
        a = question.drawing.completed.degrees
        assert 180 < a < 360
        for typed in (str(360 - a), f"{360 - a}°"):
            assert answers.check(question, typed).status is Status.CORRECT
        assert answers.check(question, str(a)).status is not Status.CORRECT


def test_sizes_get_finer_with_the_level():
    for style in ("fluency", "missing_number"):
        assert all(_asked(q.prompt) % 5 == 0 for q in _questions(1, style))
        for level in (2, 3):
            assert any(_asked(q.prompt) % 5 for q in _questions(level, style))
