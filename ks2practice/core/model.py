"""Core value types shared by every part of ks2practice: Level, Spec, Item, Question, Predicted, Status, Verdict."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for type checkers: answers imports model, not the other way round
    from ks2practice.answers.kinds import Answer


class Level(IntEnum):
    """The three levels of demand every topic offers (design.md §4)."""

    WORKING_TOWARDS = 1
    EXPECTED = 2
    GREATER_DEPTH = 3

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @classmethod
    def parse(cls, value: Any) -> Level:
        """Accept 1/2/3, '1'/'2'/'3', a Level, or a label such as 'greater depth'."""
        if isinstance(value, Level):
            return value
        if isinstance(value, bool):
            raise ValueError(f"level must be 1 (working towards), 2 (expected) or 3 (greater depth), not {value!r}")
        if isinstance(value, int) and value in (1, 2, 3):
            return cls(value)
        if isinstance(value, str):
            text = value.strip().lower().replace("_", " ").replace("-", " ")
            if text in ("1", "2", "3"):
                return cls(int(text))
            for level, label in _LEVEL_LABELS.items():
                if text == label:
                    return level
        raise ValueError(f"level must be 1 (working towards), 2 (expected) or 3 (greater depth), not {value!r}")


_LEVEL_LABELS = {
    Level.WORKING_TOWARDS: "working towards",
    Level.EXPECTED: "expected",
    Level.GREATER_DEPTH: "greater depth",
}

STYLES = (
    "fluency",
    "missing_number",
    "compare",
    "true_or_false",
    "spot_the_mistake",
    "always_sometimes_never",
    "odd_one_out",
    "same_different",
    "explain",
    "word_problem",
    "two_step_word_problem",
    "variation",
)
"""Question styles from design.md §4 (mastery variation)."""


@dataclass(frozen=True)
class Spec:
    """What to generate: a topic id, a level and a seed (plus optional representation and style)."""

    topic: str
    level: Level = Level.EXPECTED
    seed: int | str = 0
    representation: str | None = None
    style: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.topic, str) or not self.topic.strip():
            raise ValueError("a spec needs a topic id such as 'calculation.column_addition'")
        object.__setattr__(self, "level", Level.parse(self.level))
        if isinstance(self.seed, bool) or not isinstance(self.seed, (int, str)):
            raise ValueError(f"seed must be a whole number or a short word, not {self.seed!r}")
        if self.style is not None and self.style not in STYLES:
            raise ValueError(f"unknown question style {self.style!r}; styles are: {', '.join(STYLES)}")

    def seed_string(self) -> str:
        """The string random.Random is seeded with: str seeds hash the same in every process.

        The representation is left out on purpose: the same maths shown in another picture is the same question.
        """
        return f"ks2practice|{self.topic}|{int(self.level)}|{self.seed}|{self.style or ''}"

    @property
    def code(self) -> str:
        """A short variant code printed with a question, from which it can be made again."""
        parts = [self.topic, f"L{int(self.level)}", f"s{self.seed}"]
        if self.style:
            parts.append(self.style)
        if self.representation:
            parts.append(self.representation)
        return "/".join(parts)


@dataclass(frozen=True)
class Predicted:
    """A wrong answer a named misconception predicts for one question, written as a pupil would write it."""

    misconception: str
    response: str
    feedback: str
    plausible: bool = True  # whether a child could write it for this key (the mechanism's rule; the gate drops it)


@dataclass(frozen=True)
class Drawing:
    """A task done by drawing on paper: ``space`` is printed in the answer space (a grid, axes, a chart to
    complete) and ``completed`` in the answer key, the same picture with the pupil's part drawn in.

    On screen the item is answered by its typed key (the coordinates of the new vertices, the missing bar's value),
    so a drawing task marks the same way in the TA's app as any other item. Both are picture records
    (``ks2practice.pictures.diagrams``); the core holds them without knowing their kind.
    """

    space: Any
    completed: Any

    def __post_init__(self) -> None:
        if self.space is None or self.completed is None:
            raise ValueError("a drawing task needs the picture to draw on and the completed picture for the key")
        if type(self.space) is not type(self.completed):
            raise ValueError("the completed drawing must be the same kind of picture as the space drawn on")


@dataclass(frozen=True)
class Item:
    """What a topic function writes: the question without its spec or catalogue details.

    ``check`` is an expression in our KS2 notation that an independent evaluator uses to confirm the key:
    - numeric answers: with a ``□`` it is an equation solved for ``□``; without one, an expression whose value is
      the key (``Answer.numeric()``);
    - true/false answers: a statement with ``=``, ``≠``, ``<`` or ``>`` whose truth is the key;
    - comparison answers: ``□`` stands where the sign goes; with the key's sign in its place the statement is true.
    """

    prompt: str
    answer: Answer
    solution: tuple[str, ...]
    style: str
    check: str
    working: str | None = None
    diagram: Any = None
    misconceptions: tuple[Predicted, ...] = ()
    drawing: Drawing | None = None  # a task drawn on paper (its answer space and the key's completed picture)
    depth: str | None = None  # what makes it greater depth in the NCETM sense when its numbers do not show it
    # ("midnight is 00:00", "reason back from a rounded count"): the difficulty measure counts it (content/difficulty)

    def drawn_on(self, drawing: Drawing) -> Item:
        """This item as a drawing task: its picture is the space drawn on, so screen and paper show the same grid."""
        return replace(self, diagram=drawing.space, drawing=drawing)

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown question style {self.style!r}")
        if not self.solution:
            raise ValueError("every item needs a worked solution")
        object.__setattr__(self, "solution", tuple(self.solution))
        object.__setattr__(self, "misconceptions", tuple(self.misconceptions))


@dataclass(frozen=True)
class Question:
    """A generated question: the spec it came from, its catalogue details and the item the topic wrote."""

    spec: Spec
    title: str
    curriculum: tuple[str, ...]
    item: Item
    representation: str | None = None

    prompt = property(lambda self: self.item.prompt)
    answer = property(lambda self: self.item.answer)
    solution = property(lambda self: self.item.solution)
    style = property(lambda self: self.item.style)
    check = property(lambda self: self.item.check)
    working = property(lambda self: self.item.working)
    diagram = property(lambda self: self.item.diagram)
    drawing = property(lambda self: self.item.drawing)
    misconceptions = property(lambda self: self.item.misconceptions)

    def __str__(self) -> str:
        return self.prompt

    def _repr_html_(self) -> str:
        # Imported here: the model stays free of rendering, and `import ks2practice` stays light.
        from ks2practice.printing.html import question_html

        return question_html(self)


class Status(StrEnum):
    """How a response was judged. The two 'try again' statuses are not marked wrong."""

    CORRECT = "correct"
    NOT_IN_FORM = "not_in_form"
    UNREADABLE = "unreadable"
    WRONG_UNIT = "wrong_unit"
    MISCONCEPTION = "misconception"
    INCORRECT = "incorrect"

    @property
    def try_again(self) -> bool:
        return self in (Status.NOT_IN_FORM, Status.UNREADABLE)


@dataclass(frozen=True)
class Verdict:
    """The outcome of marking one response, with a one-line reason a child or a TA can read."""

    status: Status
    reason: str
    misconception: str | None = None
    feedback: str | None = field(default=None)

    @property
    def correct(self) -> bool:
        return self.status is Status.CORRECT

    @property
    def try_again(self) -> bool:
        return self.status.try_again


@dataclass(frozen=True)
class Attempt:
    """One pupil's response to one question, as shown to them, with the automatic verdict.

    The prompt and expected answer are stored as shown, so history survives library upgrades. ``response`` is None
    when the adult tapped a mark instead of typing; ``supported`` marks "correct with support".
    """

    pupil_id: int
    spec_code: str
    topic: str
    level: int
    prompt: str
    expected: str
    status: Status
    reason: str
    response: str | None = None
    misconception: str | None = None
    supported: bool = False
    confidence: int | None = None
    note: str = ""
    session_id: int | None = None
    key: str | None = None

    @classmethod
    def of(cls, question: Question, pupil_id: int, status: Status, reason: str, **details: Any) -> Attempt:
        """An attempt at a question as it was shown: its code, topic, level, prompt and key come from the question."""
        return cls(
            pupil_id=pupil_id,
            spec_code=question.spec.code,
            topic=question.spec.topic,
            level=int(question.spec.level),
            prompt=question.prompt,
            expected=question.answer.format(),
            status=status,
            reason=reason,
            **details,
        )

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        if self.confidence is not None and self.confidence not in (1, 2, 3):
            raise ValueError("confidence is 1 (not sure), 2 (fairly sure) or 3 (sure)")
        if self.response is not None and len(self.response) > 500:
            raise ValueError("a response is at most 500 characters")
