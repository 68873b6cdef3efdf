"""Tests for the angle topics: types and turns, protractor readings, missing angles, and the angles drawn."""

import math
import re

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice, Measure, TrueFalse
from ks2practice.content.angles.angle_types import _QUARTERS, angle_type
from ks2practice.content.angles.missing_angles import direction, polygon_with_angles
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec, Status
from ks2practice.pictures.diagrams import Protractor, Shape2D

TOPICS = ("angles.angle_types", "angles.read_angles", "angles.missing_angles")
SEEDS = range(120)


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", text)]


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_every_style_is_offered_and_made(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    for style in entry.styles:
        question = registry.generate(Spec(topic_id, level, 7, style=style))
        assert question.style == style
        assert len(question.prompt) <= 400


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", (1, 2, 3))
def test_at_least_fifty_distinct_prompts(topic_id, level):
    prompts = {registry.generate(Spec(topic_id, level, seed)).prompt for seed in range(300)}
    assert len(prompts) >= 50


@pytest.mark.parametrize("topic_id", TOPICS)
def test_predicted_misconceptions_are_really_wrong(topic_id):
    seen = set()
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec(topic_id, level, seed))
            for predicted in question.misconceptions:
                seen.add(predicted.misconception)
                verdict = answers.check(question, predicted.response)
                assert verdict.status is Status.MISCONCEPTION, (question.prompt, predicted)
    assert seen, "no misconception was ever attached"


def test_angle_types_key_matches_the_angle_in_the_prompt():
    for level in (2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("angles.angle_types", level, seed, style="fluency"))
            (a,) = _numbers(question.prompt.split("?")[0])
            assert isinstance(question.answer, Choice)
            assert question.answer.format() in (angle_type(a), angle_type(a).replace(" angle", ""))
            if level == 2:
                assert a <= 180
    assert angle_type(45) == "acute" and angle_type(90) == "right angle" and angle_type(200) == "reflex"


def test_level_one_types_speak_of_right_angles_and_level_three_reaches_reflex():
    first = registry.generate(Spec("angles.angle_types", 1, 3, style="fluency"))
    assert "right angle" in first.prompt and "acute" not in first.prompt
    reflex = {registry.generate(Spec("angles.angle_types", 3, s, style="fluency")).answer.format() for s in SEEDS}
    assert "reflex" in reflex


def test_turns_in_right_angles():
    for seed in SEEDS:
        question = registry.generate(Spec("angles.angle_types", 2, seed, style="missing_number"))
        numbers = _numbers(question.prompt)
        if "right angles =" in question.prompt:
            assert question.answer.numeric() == numbers[0] * 90
        else:
            assert question.answer.numeric() * 90 == numbers[0]


@pytest.mark.parametrize(("level", "step"), [(1, 10), (2, 5)])
def test_protractor_readings_by_level(level, step):
    for seed in SEEDS:
        question = registry.generate(Spec("angles.read_angles", level, seed, style="fluency"))
        assert isinstance(question.diagram, Protractor)
        assert question.answer == Measure(question.diagram.degrees, "°", unit_required=False)
        assert question.diagram.degrees % step == 0
        if level == 1:
            assert question.diagram.side == "right"


def test_protractor_wrong_scale_is_diagnosed():
    question = registry.generate(Spec("angles.read_angles", 2, 11, style="fluency"))
    a = question.diagram.degrees
    verdict = answers.check(question, f"{180 - a}°")
    assert verdict.status is Status.MISCONCEPTION and verdict.misconception == "protractor_wrong_scale"
    assert answers.check(question, f"{a} degrees").correct


def test_missing_angle_keys_agree_with_the_prompt_numbers():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("angles.missing_angles", level, seed, style="fluency"))
            prompt, key = question.prompt.split(" (Hint")[0], question.answer.numeric()
            numbers = _numbers(prompt)
            if "vertically opposite" in prompt:
                assert key == numbers[0]
            elif "straight line" in prompt and "Triangle" not in prompt:
                assert key + sum(numbers) == 180
            elif "at a point" in prompt:
                assert key + sum(numbers) == 360
            elif prompt.startswith("Quadrilateral"):
                assert key + sum(numbers) == 360
            elif "regular" in prompt:
                n = numbers[0]
                assert key == 180 - 360 // n


def test_line_as_360_is_diagnosed():
    question = registry.generate(Spec("angles.missing_angles", 1, 0, style="fluency"))
    (a,) = _numbers(question.prompt.split(" (Hint")[0])
    verdict = answers.check(question, str(360 - a))
    assert verdict.misconception == "line_as_360"


def _drawn_angles(shape: Shape2D) -> list[float]:
    points = [(float(x), float(y)) for x, y in shape.points]
    out = []
    for i, b in enumerate(points):
        a, c = points[i - 1], points[(i + 1) % len(points)]
        u, v = (a[0] - b[0], a[1] - b[1]), (c[0] - b[0], c[1] - b[1])
        out.append(math.degrees(math.acos((u[0] * v[0] + u[1] * v[1]) / math.hypot(*u) / math.hypot(*v))))
    return out


def test_angles_are_drawn_at_the_sizes_stated():
    drawn = 0
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = registry.generate(Spec("angles.missing_angles", level, seed, style="fluency"))
            if not isinstance(question.diagram, Shape2D):
                continue
            drawn += 1
            angles = _drawn_angles(question.diagram)
            for label, measured in zip(question.diagram.angle_labels, angles, strict=True):
                if isinstance(label, int):
                    assert abs(label - measured) < 0.5, (question.prompt, label, measured)
                elif label == "?":
                    assert abs(question.answer.numeric() - measured) < 0.5
    assert drawn > 50


def test_direction_is_exact_at_right_angles_and_perpendicular_when_90_apart():
    assert direction(90) == (0, 1) and direction(180) == (-1, 0)
    for degrees in (17, 48, 73):
        (a, b), (c, d) = direction(degrees), direction(degrees + 90)
        assert a * c + b * d == 0


def test_polygon_with_angles_closes_with_positive_sides():
    import random

    vertices = polygon_with_angles(random.Random(3), [60, 60, 60])
    assert vertices is not None and len(vertices) == 3


def test_true_false_and_explain_keys():
    for seed in SEEDS:
        question = registry.generate(Spec("angles.missing_angles", 2, seed, style="true_or_false"))
        assert isinstance(question.answer, TrueFalse)
        numbers = _numbers(question.prompt)
        assert question.answer.value == (sum(numbers) == 180)
        explain = registry.generate(Spec("angles.missing_angles", 3, seed, style="explain"))
        assert any(str(line).startswith("Model answer") for line in explain.solution)
        if "obtuse" in explain.prompt:
            assert explain.answer == TrueFalse(False)
        else:  # an angle-sum claim: right only when it names (sides − 2) × 180°
            sides = {"quadrilateral": 4, "pentagon": 5, "hexagon": 6}[explain.prompt.split("every ")[1].split()[0]]
            claimed = int(re.search(r"add up to (\d+)°", explain.prompt).group(1))
            assert explain.answer == TrueFalse(claimed == (sides - 2) * 180)


def test_levels_step_up_in_demand():
    low = {registry.generate(Spec("angles.missing_angles", Level(1), s)).prompt.split(".")[0] for s in SEEDS}
    high = {registry.generate(Spec("angles.missing_angles", Level(3), s)).prompt.split(".")[0] for s in SEEDS}
    assert not any("Quadrilateral" in p or "regular" in p for p in low)
    assert any("Quadrilateral" in p for p in high) and any("regular" in p for p in high)


def test_compare_styles_agree_with_the_angle():
    for level in (1, 2, 3):
        for seed in SEEDS:
            shown = registry.generate(Spec("angles.read_angles", level, seed, style="compare"))
            (against,) = _numbers(shown.prompt.split(" (Hint")[0])
            a = shown.diagram.degrees if "reflex" not in shown.prompt else 360 - shown.diagram.degrees
            assert ("reflex" in shown.prompt) == (level == 3)
            assert shown.answer.sign == ("<" if a < against else ">" if a > against else "=")
            turn = registry.generate(Spec("angles.angle_types", level, seed, style="compare"))
            if level == 1:  # Year 3: turns against turns, no degrees (3G4b)
                sides = turn.prompt.split("box: ")[1].split(" (Hint")[0].split(" □ ")
                count = {w: n for n, words in _QUARTERS.items() for w in words}
                a, b = (count[side] for side in sides)
                assert turn.answer.sign == ("<" if a < b else ">" if a > b else "=")
                continue
            (degrees,) = _numbers(turn.prompt.split(" (Hint")[0])
            quarters = {"a right angle": 1, "two right angles": 2, "three right angles": 3, "a whole turn": 4}
            words = next(w for w in quarters if f"box: {w} □" in turn.prompt)
            size = 90 * quarters[words]
            assert turn.answer.sign == ("<" if size < degrees else ">" if size > degrees else "=")
