"""Tests for ks2practice.planning.planner and its exports: the lesson has the mastery shape, and prints and projects."""

import pytest
from pdf_text import pages_text, squash

from ks2practice.apps.plan_app import PlanApp
from ks2practice.core import notation
from ks2practice.core.model import Level
from ks2practice.planning.export import plan_pdf, plan_slides
from ks2practice.planning.planner import earlier_topics, plan_lesson
from ks2practice.printing.worksheets import PlanError, resolve

OBJECTIVES = ["4C7", "3C2", "calculation.long_division", "5N4"]


@pytest.mark.parametrize("objective", OBJECTIVES)
def test_a_lesson_has_every_part_of_the_mastery_shape(objective):
    plan = plan_lesson(objective, 2)
    main = plan.objective.topics[0]
    assert len(plan.retrieval) >= 2 and all(q.spec.topic not in plan.objective.topics or objective == "3C2"
                                            for q in plan.retrieval)  # fmt: skip
    assert plan.anchor.spec.level == Level.WORKING_TOWARDS
    assert len(plan.small_steps) >= 3 and plan.small_steps[0].question.spec.level == Level.WORKING_TOWARDS
    assert len(plan.fluency) == 5 and plan.fluency[0].what_changed == ""
    assert all(p.what_changed for p in plan.fluency[1:]), "each fluency item says what changed"
    assert plan.challenge.spec.level == Level.GREATER_DEPTH and plan.challenge.spec.topic == main
    assert len(plan.exit_ticket) >= 2 and plan.stem_sentences and plan.key_questions
    prompts = [q.prompt for q in (*plan.problems, plan.challenge)]
    assert len(set(prompts)) == len(prompts)
    for practice in plan.fluency:
        value = notation.evaluate(practice.question.check)
        assert value == practice.question.answer.numeric() or isinstance(value, bool)


def test_the_same_objective_and_seed_make_the_same_lesson():
    first, again, other = plan_lesson("4C7", 5), plan_lesson("4C7", 5), plan_lesson("4C7", 6)
    assert first == again and first != other


def test_retrieval_comes_from_earlier_years_of_the_strand():
    topics = earlier_topics(resolve("5N4"))
    assert "number.rounding" not in topics and topics, "rounding is the lesson, not the retrieval"


def test_unknown_objectives_are_explained():
    with pytest.raises(PlanError, match="unknown objective"):
        plan_lesson("9Z9")


def test_the_plan_prints_and_the_slides_project():
    plan = plan_lesson("4C7", 3)
    text = squash(" ".join(pages_text(plan_pdf(plan))))
    for part in ("Retrievalstarter", "Anchortask", "Smallsteps", "Variedfluency", "Greater-depthchallenge",
                 "Exitticket", "Misconceptionstoexpect"):  # fmt: skip
        assert part in text
    assert squash(plan.challenge.prompt)[:40] in text
    slides = plan_slides(plan)
    assert slides.count("<section") >= 10 and "<svg" in slides and 'role="img"' in slides
    assert all(p.what_changed in slides for p in plan.fluency[1:] if "<" not in p.what_changed)


def test_the_notebook_app_plans_and_offers_downloads():
    app = PlanApp()
    app.objective.value = "4C7"
    plan = app.make()
    assert plan is not None and "Retrieval starter" in app.lesson.value
    assert app.links.value.count("download=") == 2
