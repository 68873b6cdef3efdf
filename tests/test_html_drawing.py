"""Tests for ks2practice.printing.html with drawing tasks: the screen shows the space, the key the completed picture."""

import dataclasses

from ks2practice.core import registry
from ks2practice.core.model import Drawing, Level, Spec
from ks2practice.pictures.diagrams import CoordinateGrid
from ks2practice.pictures.svg import to_data_uri, to_svg
from ks2practice.printing.html import question_html


def test_a_drawing_task_shows_its_space_on_screen_and_the_completed_drawing_with_answers():
    question = registry.generate(Spec("position.coordinates", Level(2), 4))
    space = CoordinateGrid()
    completed = CoordinateGrid(points=((2, 3, "A"), (7, 3, "B")))
    item = dataclasses.replace(question.item, drawing=Drawing(space, completed), diagram=None)
    task = dataclasses.replace(question, item=item)
    shown = question_html(task)
    assert to_data_uri(to_svg(space)) in shown and to_data_uri(to_svg(completed)) not in shown
    assert to_data_uri(to_svg(completed)) in question_html(task, answers=True)
