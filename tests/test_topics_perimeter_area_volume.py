"""Tests for perimeter, area and volume: pictures agree with the question (sides sum to the perimeter, the
polygon's own area is the key), levels differ, every style appears and misconceptions are really wrong."""

import math
import re
from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Comparison, Measure, TrueFalse
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import CoordinateGrid, Shape2D

TOPICS = ["perimeter_area_volume.perimeter", "perimeter_area_volume.area", "perimeter_area_volume.volume"]
SEEDS = range(120)


def _questions(topic, level, style=None, seeds=SEEDS):
    return [registry.generate(Spec(topic, level, seed, style=style)) for seed in seeds]


def _corners(diagram):
    if isinstance(diagram, CoordinateGrid):
        return [(Fraction(p.x), Fraction(p.y)) for p in diagram.points]
    return [(Fraction(x), Fraction(y)) for x, y in diagram.vertices]


def _edge_lengths(corners):
    """Side lengths of a polygon whose sides are horizontal or vertical (or, for a triangle, Pythagorean)."""
    out = []
    for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1], strict=True):
        squared = (x2 - x1) ** 2 + (y2 - y1) ** 2
        assert squared.denominator == 1
        root = Fraction(math.isqrt(squared.numerator))
        assert root * root == squared, "a side that is not a whole length"
        out.append(root)
    return out


def _shoelace(corners):
    return (
        abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1], strict=True))) / 2
    )


# -------------------------------------------------------------------------------------------- every topic


@pytest.mark.parametrize("topic", TOPICS)
def test_every_style_appears_at_every_level(topic):
    entry = registry.get(topic)
    assert len(entry.styles) >= 4
    for level in (1, 2, 3):
        seen = {q.style for q in _questions(topic, level, seeds=range(80))}
        assert seen == set(entry.styles), (topic, level, set(entry.styles) - seen)


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_keys_mark_right_and_misconceptions_are_wrong(topic, level):
    prompts = set()
    for question in _questions(topic, level):
        prompts.add(question.prompt)
        assert len(question.prompt) <= 400
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
        for predicted in question.misconceptions:
            assert answers.check(question, predicted.response).status is Status.MISCONCEPTION, question.prompt
    assert len(prompts) >= 50


# ----------------------------------------------------------------------------------------------- perimeter


@pytest.mark.parametrize("level", [1, 2, 3])
def test_picture_sides_add_up_to_the_perimeter(level):
    for q in _questions("perimeter_area_volume.perimeter", level, "fluency"):
        shape = q.diagram
        assert isinstance(shape, Shape2D) and not shape.not_to_scale
        sides = _edge_lengths(_corners(shape))
        assert isinstance(q.answer, Measure) and q.answer.unit == shape.unit
        assert sum(sides) == q.answer.numeric(), q.prompt
        for label, side in zip(shape.side_labels, sides, strict=True):
            assert label is None or label == side  # every label is the true length
            if label is not None:
                assert f"{label} {shape.unit}" in q.prompt  # the prompt states what the picture shows
        assert len(shape.right_angles) == len(sides) - (1 if len(sides) == 6 else 0)


def test_perimeter_levels():
    level_one = _questions("perimeter_area_volume.perimeter", 1, "fluency")
    assert all(len(q.diagram.vertices) == 4 and q.answer.numeric() <= 40 for q in level_one)
    level_two = _questions("perimeter_area_volume.perimeter", 2, "fluency")
    assert all(len(q.diagram.vertices) == 6 and None in q.diagram.side_labels for q in level_two)
    level_three = _questions("perimeter_area_volume.perimeter", 3, "fluency")
    assert max(q.answer.numeric() for q in level_three) > max(q.answer.numeric() for q in level_two)


def test_a_rectangle_with_two_labels_predicts_adding_two_sides():
    q = next(
        q for q in _questions("perimeter_area_volume.perimeter", 2, "word_problem") if q.diagram.side_labels[2] is None
    )
    length, width = q.diagram.side_labels[:2]
    assert q.answer.numeric() == 2 * (length + width)
    found = {p.misconception: p.response for p in q.misconceptions}
    assert found["two_sides_only"] == f"{length + width} {q.answer.unit}"
    assert found["area_for_perimeter"] == f"{length * width} {q.answer.unit}"


def test_missing_side_from_a_perimeter():
    for q in _questions("perimeter_area_volume.perimeter", 3, "missing_number"):
        total = int(re.search(r"perimeter of (\d+)", q.prompt)[1])
        if "square" in q.prompt:
            assert 4 * q.answer.numeric() == total
        else:
            length = int(re.search(r"It is (\d+) \w+ long", q.prompt)[1])
            assert 2 * (length + q.answer.numeric()) == total
        assert "?" in q.diagram.side_labels


def test_same_area_different_perimeters():
    for q in _questions("perimeter_area_volume.perimeter", 3, "compare"):
        a, b, c, d = (
            int(n)
            for n in re.findall(r"is (\d+) \w+ by (\d+)", q.prompt)[0]
            + re.findall(r"is (\d+) \w+ by (\d+)", q.prompt)[1]
        )
        assert a * b == c * d
        assert isinstance(q.answer, Comparison)
        assert q.answer.sign == ("<" if a + b < c + d else ">" if a + b > c + d else "=")


def test_fencing_cost_at_greater_depth():
    for q in _questions("perimeter_area_volume.perimeter", 3, "word_problem"):
        length, width = (int(n) for n in re.search(r"(\d+) m long and (\d+) m wide", q.prompt).groups())
        pounds, pence = re.search(r"costs £(\d+)\.(\d\d) a metre", q.prompt).groups()
        assert q.answer.pence == 2 * (length + width) * (int(pounds) * 100 + int(pence))


# ---------------------------------------------------------------------------------------------------- area


def test_level_one_counts_squares_on_a_grid():
    found = 0
    for q in _questions("perimeter_area_volume.area", 1, "fluency"):
        if isinstance(q.diagram, Shape2D) and q.diagram.grid:  # squares to count: the shape on a square grid
            found += 1
            assert (q.answer.numeric(), q.answer.unit) == (_shoelace(_corners(q.diagram)), "cm²")
    assert found > 20


def test_half_squares_are_counted_as_halves():
    found = 0
    for q in _questions("perimeter_area_volume.area", 2, "fluency"):
        if isinstance(q.diagram, Shape2D) and q.diagram.grid:
            found += 1
            assert q.answer.numeric() == _shoelace(_corners(q.diagram))
            assert {p.misconception for p in q.misconceptions} == {"half_squares_as_whole"}
    assert found > 10


@pytest.mark.parametrize("level", [2, 3])
def test_area_pictures_hold_the_key(level):
    checked = 0
    for q in _questions("perimeter_area_volume.area", level):
        reasoning = ("compare", "explain", "same_different", "always_sometimes_never", "odd_one_out")
        if q.style in reasoning or not isinstance(q.diagram, Shape2D) or "?" in q.diagram.side_labels:
            continue
        key = q.answer if q.style != "true_or_false" else None
        corners = _corners(q.diagram)
        area = _shoelace(corners)
        if key is not None:
            assert key.numeric() == area, q.prompt
            # a shape on a square grid has no unit of its own: its area is in the unit the question names
            assert key.unit == (q.diagram.unit + "²" if q.diagram.unit else key.unit)
            checked += 1
        else:
            claim = Fraction(re.search(r"is (\d+) \w+²", q.prompt)[1])
            assert q.answer.value == (claim == area)
    assert checked >= 20


def test_triangles_are_halved_and_parallelograms_use_the_height():
    seen = set()
    for q in _questions("perimeter_area_volume.area", 3, "fluency"):
        if q.diagram.name == "right-angled triangle":
            base, height = (
                int(n) for n in re.search(r"base (\d+) \w+ and perpendicular height (\d+)", q.prompt).groups()
            )
            assert q.answer.numeric() == Fraction(base * height, 2)
            assert {p.misconception for p in q.misconceptions} == {"triangle_not_halved"}
        elif q.diagram.name == "parallelogram":
            base, slant, height = (
                int(n)
                for n in re.search(
                    r"base (\d+) \w+, slanting sides (\d+) \w+ and perpendicular height (\d+)", q.prompt
                ).groups()
            )
            assert q.answer.numeric() == base * height != base * slant
            assert _edge_lengths(_corners(q.diagram))[1] == slant  # the picture's slanting side is to scale
        seen.add(q.diagram.name)
    assert {"right-angled triangle", "parallelogram"} <= seen


def test_explain_items_have_a_markable_key_and_a_model_answer():
    for level in (1, 2, 3):
        for q in _questions("perimeter_area_volume.area", level, "explain", range(30)):
            assert isinstance(q.answer, TrueFalse) and q.answer.value is False
            assert len(q.solution) >= 2


def test_same_perimeter_different_areas():
    for q in _questions("perimeter_area_volume.area", 2, "compare"):
        a, b, c, d = (int(n) for pair in re.findall(r"is (\d+) \w+ by (\d+)", q.prompt) for n in pair)
        assert a + b == c + d
        assert q.answer.sign == ("<" if a * b < c * d else ">" if a * b > c * d else "=")


# -------------------------------------------------------------------------------------------------- volume


@pytest.mark.parametrize("level", [1, 2, 3])
def test_volume_is_the_product_of_the_edges(level):
    for q in _questions("perimeter_area_volume.volume", level, "fluency"):
        numbers = [int(n) for n in re.findall(r"(\d+) (?:cubes|cm|m)\b", q.prompt.replace("1 cm cubes", ""))]
        if "cube has edges" in q.prompt:
            assert q.answer.numeric() == numbers[0] ** 3
        else:
            assert q.answer.numeric() == numbers[0] * numbers[1] * numbers[2], q.prompt
        assert q.answer.unit.endswith("³")


def test_volume_levels():
    assert all("1 cm cubes" in q.prompt for q in _questions("perimeter_area_volume.volume", 1, "fluency"))
    biggest = {
        lv: max(q.answer.numeric() for q in _questions("perimeter_area_volume.volume", lv, "fluency"))
        for lv in (1, 2, 3)
    }
    assert biggest[1] <= 125 < biggest[2] < biggest[3]


def test_tank_capacity_in_litres():
    for q in _questions("perimeter_area_volume.volume", 2, "word_problem"):
        a, b, c = (int(n) for n in re.search(r"(\d+) cm long, (\d+) cm wide and (\d+) cm tall", q.prompt).groups())
        assert (q.answer.numeric(), q.answer.unit) == (Fraction(a * b * c, 1000), "l")


def test_missing_height_from_a_volume():
    for q in _questions("perimeter_area_volume.volume", 3, "missing_number"):
        volume, length, width = (
            int(n) for n in re.search(r"volume of (\d+) \w+³\. It is (\d+) \w+ long and (\d+)", q.prompt).groups()
        )
        assert q.answer.numeric() * length * width == volume


def test_an_area_story_in_centimetres_is_about_something_that_small():
    # Before: "covers a notice board 6 cm by 4 cm with paper".
    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("perimeter_area_volume.area", level, seed, style="word_problem"))
            if "notice board" in question.prompt or "poster" in question.prompt:
                sizes = [int(n) for n in re.findall(r"(\d+) cm", question.prompt)]
                assert max(sizes) > 30, question.prompt
