"""Tests for statistics.complete_charts: bars drawn on paper from a table, answered on screen by a typed key."""

import re

import pytest

from ks2practice import answers
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import BarChart, LineGraph

TOPIC = "statistics.complete_charts"
SEEDS = range(120)


def _questions(level, style):
    return [registry.generate(Spec(TOPIC, level, seed, style=style)) for seed in SEEDS]


def _table(prompt: str) -> dict[str, int]:
    return {name: int(value) for name, value in re.findall(r"([A-Z][a-z]+(?: [a-z0-9]+)?): (\d+)", prompt)}


@pytest.mark.parametrize("level", (1, 2, 3))
@pytest.mark.parametrize("style", ("fluency", "missing_number"))
def test_the_space_is_the_completed_chart_with_the_missing_bars_left_to_draw(level, style):
    for question in _questions(level, style):
        space, completed = question.drawing.space, question.drawing.completed
        if isinstance(space, LineGraph):
            continue  # see test_a_line_graph_to_complete_leaves_out_exactly_the_points_to_plot
        assert isinstance(space, BarChart) and isinstance(completed, BarChart)
        assert question.diagram is space
        assert space.categories == completed.categories and space.step == completed.step
        assert space.top == completed.top, "the pupil draws on the same scale as the key"
        missing = [k for k, (a, b) in enumerate(zip(space.values, completed.values, strict=True)) if a != b]
        assert all(space.values[k] == 0 for k in missing)
        assert tuple(missing) == space.missing and completed.missing == ()
        assert "to be drawn" in space.describe() and "to be drawn" not in completed.describe()
        assert len(missing) in {1: (1,), 2: (1, 2), 3: (2,)}[level]
        asked = re.search(r"bar for ([^.?]+) reach\?|What is the value for ([^.?]+)\?", question.prompt)
        name = asked.group(1) or asked.group(2)
        k = completed.categories.index(name)
        assert k in missing and question.answer.format() == str(completed.values[k])
        for k in missing:
            assert completed.categories[k] in re.split(r"[Dd]raw the", question.prompt)[1]
        assert answers.check(question, question.answer.format()).status is Status.CORRECT


@pytest.mark.parametrize("level", (1, 2, 3))
def test_the_table_in_the_prompt_is_the_completed_chart(level):
    for question in _questions(level, "fluency"):
        completed = question.drawing.completed
        if isinstance(completed, LineGraph):
            continue
        assert _table(question.prompt) == dict(zip(completed.categories, completed.values, strict=True))


@pytest.mark.parametrize("level", (1, 2, 3))
def test_a_missing_value_comes_from_the_total(level):
    for question in _questions(level, "missing_number"):
        completed = question.drawing.completed
        total = int(re.search(r"the total is (\d+) ", question.prompt).group(1))
        assert total == sum(completed.values)
        given = _table(question.prompt.split("the total is")[1])
        assert len(given) == len(completed.values) - 1
        assert sum(given.values()) + int(question.answer.format()) == total


def test_bars_between_gridlines_appear_from_level_two():
    for level, between in ((1, False), (2, True), (3, True)):
        found = any(
            v % q.drawing.completed.step for q in _questions(level, "fluency") for v in q.drawing.completed.values
        )
        assert found is between


@pytest.mark.parametrize("level", (1, 2, 3))
def test_at_least_fifty_distinct_prompts(level):
    assert len({registry.generate(Spec(TOPIC, level, seed)).prompt for seed in range(300)}) >= 50


def _line_table(prompt: str) -> dict[str, int]:
    found = re.findall(r"([A-Z][a-z]+|Week \d|\d\d:00): (−?\d+)", prompt)
    return {name: int(value.replace("−", "-")) for name, value in found}


@pytest.mark.parametrize("level", (2, 3))
def test_a_line_graph_to_complete_leaves_out_exactly_the_points_to_plot(level):
    graphs = 0
    for question in _questions(level, "fluency"):
        space, completed = question.drawing.space, question.drawing.completed
        if not isinstance(space, LineGraph):
            continue
        graphs += 1
        assert question.diagram is space and isinstance(completed, LineGraph) and completed.missing == ()
        assert space.top == completed.top and space.y_min == completed.y_min and space.step == completed.step
        assert _line_table(question.prompt) == dict(zip(completed.x_labels, completed.values, strict=True))
        shown = [k for k in range(len(space.values)) if k not in space.missing]
        assert [space.values[k] for k in shown] == [completed.values[k] for k in shown], "the rest as the key"
        assert all(space.values[k] == space.y_min for k in space.missing), "the space holds no answer"
        assert len(space.missing) in {2: (1, 2), 3: (2,)}[level]
        assert 0 not in space.missing and len(space.values) - 1 not in space.missing, "joined on both sides"
        assert all(b - a > 1 for a, b in zip(space.missing, space.missing[1:], strict=False))
        for k in space.missing:
            assert f"{space.x_labels[k]} to be drawn" in space.describe()
            assert space.x_labels[k] in re.split(r"[Pp]lot the", question.prompt)[1]
        name = re.search(r"is the point for (.+?) at\?", question.prompt).group(1)
        k = completed.x_labels.index(name)
        assert k in space.missing
        assert answers.check(question, str(completed.values[k])).status is Status.CORRECT
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
    assert graphs >= 30


def test_a_missing_bar_or_point_is_not_drawn():
    from ks2practice.pictures.svg import to_svg

    for question in _questions(2, "fluency")[:40]:
        space, completed = question.drawing.space, question.drawing.completed
        marks = "<rect" if isinstance(space, BarChart) else "<circle"
        assert to_svg(completed).count(marks) - to_svg(space).count(marks) == len(space.missing)
