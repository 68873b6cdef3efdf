"""Pictures on demand: the same maths in a different picture (design.md §4), never giving the answer away."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ks2practice import registry
from ks2practice.diagrams import Array, BarModel, BaseTen, NumberLine, PartWholeModel, PlaceValueChart, money_text
from ks2practice.model import Spec
from ks2practice.render.svg import to_svg
from ks2practice.topics import pictures

SEEDS = range(60)
PICTURED = [e for e in registry.topics() if e.representations]
CASES = [
    (e.id, kind, level)
    for e in PICTURED
    for kind in e.representations
    for level in (1, 2, 3)
    if any(kind in pictures.suitable(e.id.split(".")[1], level, s) for s in e.styles)
]


def _numbers(text: str) -> set[int]:
    return {int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", text)}


def _answer_value(question) -> int | None:
    value = getattr(question.answer, "value", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _check_picture(question, diagram) -> None:
    shown = _numbers(question.prompt)
    answer = _answer_value(question)
    if isinstance(diagram, BarModel):
        known = [p for p in diagram.parts if not isinstance(p, str)]
        if diagram.whole != "?":
            assert sum(diagram.part_sizes) == diagram.whole
        for value in [*known, *([diagram.whole] if diagram.whole != "?" else [])]:
            if diagram.unit == "£":
                assert money_text(value) in question.prompt, (value, question.prompt)
            else:
                assert value in shown, (value, question.prompt)
        labels = [*known, diagram.whole]
    elif isinstance(diagram, PartWholeModel):
        known = [p for p in diagram.parts if not isinstance(p, str)]
        if diagram.whole != "?" and len(known) == len(diagram.parts):
            assert sum(known) == diagram.whole
        labels = [*known, diagram.whole]
        for value in labels:
            if diagram.unit == "£" and value != "?":
                assert money_text(value) in question.prompt, (value, question.prompt)
            else:
                assert value == "?" or value in shown, (value, question.prompt)
    elif isinstance(diagram, NumberLine):
        for point in diagram.points:
            assert diagram.start <= point.value <= diagram.end
        labels = [p.label for p in diagram.points] + [j.label for j in diagram.jumps]
        if isinstance(diagram.labels, tuple):
            labels += list(diagram.labels)
    elif isinstance(diagram, Array):
        labels = []
        product = diagram.rows * diagram.columns
        assert product in shown or {diagram.rows, diagram.columns} <= shown | {product}, question.prompt
    else:
        assert isinstance(diagram, (BaseTen, PlaceValueChart))
        labels = []
    if answer is not None and question.style != "true_or_false":
        # the answer never appears as a label unless the prompt shows it too (e.g. a number in a sum)
        for label in labels:
            if not isinstance(label, str) and label == answer:
                assert answer in shown, (label, question.prompt)
            if isinstance(label, str) and label not in ("?", ""):
                assert label.lstrip("+−").replace(",", "") != str(answer) or answer in shown


@pytest.mark.parametrize(("topic_id", "kind", "level"), CASES)
def test_same_question_in_every_suitable_picture(topic_id, kind, level):
    entry = registry.get(topic_id)
    key = topic_id.split(".")[1]
    for style in entry.styles:
        if kind not in pictures.suitable(key, level, style):
            with pytest.raises(ValueError, match=r"try|no picture"):
                registry.generate(Spec(topic_id, level, 0, style=style, representation=kind))
            continue
        for seed in SEEDS:
            plain = registry.generate(Spec(topic_id, level, seed, style=style))
            question = registry.generate(Spec(topic_id, level, seed, style=style, representation=kind))
            assert question.diagram.kind == kind == question.representation
            assert (question.prompt, question.answer) == (plain.prompt, plain.answer)
            ET.fromstring(to_svg(question.diagram))
            _check_picture(question, question.diagram)


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_every_other_picture_gives_the_same_maths(entry):
    key = entry.id.split(".")[1]
    for level in entry.levels:
        for seed in range(10):
            style = entry.styles[seed % len(entry.styles)]
            seen = {
                (q.prompt, q.answer)
                for kind in pictures.suitable(key, level, style)
                for q in [registry.generate(Spec(entry.id, level, seed, style=style, representation=kind))]
            }
            assert len(seen) <= 1


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_unsuitable_picture_names_the_suitable_ones(entry):
    with pytest.raises(ValueError, match="suitable pictures: " + re.escape(", ".join(entry.representations))):
        registry.generate(Spec(entry.id, 1, 1, representation="pie_chart"))


def test_base_ten_too_big_says_what_to_try():
    with pytest.raises(ValueError, match="base-10 blocks only go up to 9999; try place_value_chart"):
        registry.generate(Spec("number.place_value", 3, 1, representation="base_ten"))


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_level_one_has_a_picture_by_default(entry):
    key = entry.id.split(".")[1]
    for style in entry.styles:
        if not pictures.suitable(key, 1, style):
            continue  # compare and two-step questions: no single picture shows them without the answer
        for seed in range(20):
            assert registry.generate(Spec(entry.id, 1, seed, style=style)).diagram is not None
