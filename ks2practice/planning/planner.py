"""The mastery lesson planner: for one objective, a lesson in small steps, built from the question generators."""

from __future__ import annotations

from dataclasses import dataclass

from ks2practice.content.selection import sheet_items
from ks2practice.core import curriculum, registry
from ks2practice.core.model import Level, Question, Spec
from ks2practice.printing.worksheets import Objective, resolve
from ks2practice.session.script import script_for

REASONING_STYLES = ("true_or_false", "always_sometimes_never", "spot_the_mistake", "odd_one_out", "compare", "explain")
PROBLEM_STYLES = ("two_step_word_problem", "word_problem")


@dataclass(frozen=True)
class Step:
    """One small step of the lesson: what it builds, and a question that shows it."""

    title: str
    question: Question


@dataclass(frozen=True)
class Practice:
    """A question in the varied fluency, with what changed from the one before (empty for the first)."""

    question: Question
    what_changed: str


@dataclass(frozen=True)
class LessonPlan:
    """A whole-class mastery lesson for one objective."""

    objective: Objective
    seed: int | str
    retrieval: tuple[Question, ...]
    small_steps: tuple[Step, ...]
    anchor: Question
    key_questions: tuple[str, ...]
    stem_sentences: tuple[str, ...]
    fluency: tuple[Practice, ...]
    reasoning: tuple[Question, ...]
    problems: tuple[Question, ...]
    challenge: Question
    exit_ticket: tuple[Question, ...]
    misconceptions: tuple[tuple[str, str], ...]  # (what they might say, what to do)

    @property
    def code(self) -> str:
        return f"plan/{self.objective.code}/s{self.seed}"

    @property
    def revisit_first(self) -> tuple[curriculum.Objective, ...]:
        """The ready-to-progress criteria to revisit before this lesson (see revisit_criteria)."""
        return revisit_criteria(self.objective)

    @property
    def revisit_line(self) -> str:
        """What to revisit before this lesson, as the plan prints it (empty when no source names anything)."""
        return curriculum.revisit_text(practised_criteria(self.objective))


def practised_criteria(objective: Objective) -> tuple[str, ...]:
    """The ready-to-progress criteria the lesson's main topic practises.

    For a curriculum code, those of the code's year when the topic has any; for a topic id, all of them.
    """
    practised = curriculum.criteria_for_topic(objective.topics[0])
    try:
        year = curriculum.find(objective.code).year
    except KeyError:
        year = None
    same_year = tuple(o for o in practised if o.year == year)
    return tuple(o.code for o in same_year or practised)


def revisit_criteria(objective: Objective) -> tuple[curriculum.Objective, ...]:
    """Earlier KS2 ready-to-progress criteria that the criteria practised by the lesson's main topic build on.

    Earliest first (curriculum.revisit_first); empty when no source names an earlier criterion. Year 1-2 criteria
    are named by revisit_line (curriculum.before_key_stage_2).
    """
    codes = practised_criteria(objective)
    return curriculum.revisit_first(*codes) if codes else ()


def _ask(topic_id: str, level: int, seed: str, styles: tuple[str, ...], representation: str | None = None):
    """The first question of one of these styles the topic offers, or None."""
    entry = registry.get(topic_id)
    if Level(level) not in entry.levels:
        return None
    for style in styles:
        if style in entry.styles:
            if representation is not None and representation not in entry.representations:
                representation = None
            return registry.generate(Spec(topic_id, level, seed, representation, style))
    return None


def earlier_topics(objective: Objective) -> list[str]:
    """Topics of the same strand from earlier years (for retrieval), or the same topics when there are none."""
    try:
        found = curriculum.find(objective.code)
    except KeyError:
        found = curriculum.find(registry.get(objective.code).codes[0])
    earlier = {
        o.code for o in curriculum.content_domain() if o.strand == found.strand and o.year < found.year
    }  # fmt: skip
    topics = [t.id for t in registry.topics() if earlier & set(t.codes) and t.id not in objective.topics]
    return topics or list(objective.topics)


def plan_lesson(objective_text: str, seed: int | str = 1) -> LessonPlan:
    """A lesson for a curriculum code or topic id; the same objective and seed make the same lesson."""
    objective = resolve(objective_text)
    main = objective.topics[0]
    entry = registry.get(main)
    tag = f"plan|{seed}"

    retrieval_topics = earlier_topics(objective)[:4]
    retrieval = [
        q for i, t in enumerate(retrieval_topics * 2) if (q := _ask(t, 2, f"{tag}|r{i}", ("fluency", "missing_number")))
    ][:4]

    picture = entry.representations[0] if entry.representations else None
    anchor = _ask(main, 1, f"{tag}|anchor", ("word_problem", "fluency"), picture) or _ask(
        main, 1, f"{tag}|anchor", entry.styles
    )
    steps = []
    for i, (title, level, styles) in enumerate(
        (
            ("Meet it with a picture (concrete and pictorial)", 1, ("fluency",)),
            ("The method with expected-standard numbers", 2, ("fluency",)),
            ("Work backwards: the missing number", 2, ("missing_number",)),
            ("Reason about it: compare, true or false", 2, ("compare", "true_or_false", "always_sometimes_never")),
            ("Use it in context", 2, PROBLEM_STYLES),
        )
    ):
        question = _ask(main, level, f"{tag}|step{i}", styles, picture if level == 1 else None)
        if question is not None:
            steps.append(Step(title, question))

    fluency = tuple(_varied_fluency(main, seed))
    reasoning = tuple(q for i, style in enumerate(REASONING_STYLES) if (q := _ask(main, 2, f"{tag}|why{i}", (style,))))[
        :3
    ]
    offered = tuple(s for s in PROBLEM_STYLES if s in entry.styles)
    # sheet_items keeps the two problems (and the challenge) from sharing a story template.
    problems = tuple(sheet_items(main, Level.EXPECTED, f"{tag}|problems", 2, styles=offered)) if offered else ()
    deeper = tuple(s for s in ("two_step_word_problem", *REASONING_STYLES, "word_problem") if s in entry.styles)
    challenge = sheet_items(main, Level.GREATER_DEPTH, f"{tag}|challenge", 1, styles=deeper[:1] or None)[0]
    exit_ticket = tuple(
        q for i, styles in enumerate((("fluency",), ("missing_number", "fluency"), REASONING_STYLES))
        if (q := _ask(main, 2, f"{tag}|exit{i}", styles))
    )  # fmt: skip

    script = script_for(anchor)
    key_questions = (
        script.say,
        "What is the same and what is different about these two questions?",
        "How could you check your answer?",
        "Can you show it another way (a picture, a different method)?",
    )
    stems = tuple(dict.fromkeys(script_for(s.question).stem for s in steps))
    seen: dict[str, str] = {}
    for question in [anchor, *(s.question for s in steps), *(p.question for p in fluency), *reasoning, *problems]:
        for predicted in question.misconceptions:
            seen.setdefault(predicted.misconception, f"{predicted.feedback} (e.g. they answer {predicted.response})")
    misconceptions = tuple((m, text) for m, text in seen.items())
    return LessonPlan(
        objective, seed, tuple(retrieval), tuple(steps), anchor, key_questions, stems, fluency, reasoning, problems,
        challenge, exit_ticket, misconceptions,
    )  # fmt: skip


def _varied_fluency(topic_id: str, seed: int | str) -> list[Practice]:
    # Procedural variation: each question changes one thing from the one before, and says what.
    from ks2practice.content.variation import variation_set

    return [
        Practice(step.question, getattr(step, "what_changed", "") if index else "")
        for index, step in enumerate(variation_set(topic_id, Level.EXPECTED, f"plan|{seed}|fluency", 5))
    ]
