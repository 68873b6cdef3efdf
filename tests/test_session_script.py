"""Tests for ks2practice.session.script: every topic's questions get a full script in plain words."""

import pytest

from ks2practice.content import mtc
from ks2practice.core.model import Spec
from ks2practice.core.registry import generate, topics
from ks2practice.session.script import NO_PICTURE, SHOW, STEMS, script_for

CASES = [(t.id, level, seed) for t in topics() for level in t.levels for seed in (1, 2, 3)]


@pytest.mark.parametrize(("topic", "level", "seed"), CASES)
def test_every_question_has_a_complete_script(topic, level, seed):
    question = generate(Spec(topic, level, seed))
    script = script_for(question)
    assert script.say and script.stem and script.show and script.method
    assert script.answer == question.answer.format()
    for predicted in question.misconceptions:
        assert any(predicted.feedback in line for line in script.watch_for)
    kind = getattr(question.diagram, "kind", None)
    assert script.show == (SHOW.get(kind, NO_PICTURE) if kind else NO_PICTURE)
    assert "Traceback" not in script.say + script.stem + script.show


@pytest.mark.parametrize("topic", [t for t in topics() if t.representations], ids=lambda t: t.id)
def test_each_picture_a_topic_offers_has_its_own_step(topic):
    for picture in topic.representations:
        shown = 0
        for level in topic.levels:
            for seed in range(12):
                try:  # not every picture suits every style of question
                    question = generate(Spec(topic.id, level, seed, representation=picture))
                except ValueError:
                    continue
                assert script_for(question).show == SHOW[picture]
                shown += 1
        assert shown, picture


def test_the_stem_is_the_skill_s_own_when_there_is_one():
    question = generate(Spec("calculation.column_subtraction", 2, 1))
    assert script_for(question).stem == STEMS["column_subtraction"]


def test_a_times_tables_fact_has_a_script_too():
    script = script_for(mtc.fact_question(mtc.Fact(6, 7)))
    assert script.answer == "42" and script.show == NO_PICTURE and script.watch_for == ()


def test_every_kind_of_picture_has_something_to_show():
    from ks2practice.pictures import diagrams

    missing = [kind for kind in diagrams.kinds() if kind not in SHOW]
    assert not missing, f"say what the adult shows with these pictures in session/script.py SHOW: {missing}"
