"""Typst markup from question text: safe text, stacked fractions, answer boxes, and the space each item needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ks2practice.answers.kinds import FractionAnswer, Measure, Money
from ks2practice.core.model import Question
from ks2practice.core.steps import Step, render

# Text is always passed to Typst as a string literal (#"..."), never as markup, so a prompt can hold any of Typst's
# markup characters (* _ # $ < > @ [ ] / ~) without changing the page. Only fractions and the unknown box are
# turned into markup, on purpose.
_FRACTION = re.compile(r"(?<![\d/.,])(\d{1,4})/(\d{1,4})(?![\d/])")
_MIXED = re.compile(r"(?<![\d/.,])(\d{1,3}) (\d{1,3})/(\d{1,3})(?![\d/])")
_BOX = "□"


def literal(text: str) -> str:
    """A Typst string literal holding exactly this text."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return f'"{escaped}"'


_UNBROKEN = 40  # a relation longer than this may wrap: a narrow large-print column must not overflow


def step_markup(step: str) -> str:
    """Markup for one worked step: its words as literal text, each relation kept on one line (a Typst box)."""
    if not isinstance(step, Step):
        return f"#{literal(step)}"
    pieces = []
    for part in step.parts:
        text = part if isinstance(part, str) else render(part)
        if not text:
            continue
        unbroken = not isinstance(part, str) and len(text) <= _UNBROKEN
        pieces.append(f"#box({literal(text)})" if unbroken else f"#{literal(text)}")
    return "".join(pieces) or f"#{literal(step)}"


def text_markup(text: str) -> str:
    """Markup for one run of prompt text: fractions stacked, '□' drawn as an empty box, everything else literal."""
    pieces: list[str] = []
    position = 0
    for match in _tokens(text):
        start, end, markup = match
        if start > position:
            pieces.append(f"#{literal(text[position:start])}")
        pieces.append(markup)
        position = end
    if position < len(text):
        pieces.append(f"#{literal(text[position:])}")
    return "".join(pieces)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _MIXED.finditer(text):
        whole, top, bottom = match.groups()
        found.append((match.start(), match.end(), f"#frac-mixed({whole}, {top}, {bottom})"))
        taken.append(match.span())
    for match in _FRACTION.finditer(text):
        if free(*match.span()) and not _is_date_or_ratio(text, match):
            found.append((match.start(), match.end(), f"#frac({match.group(1)}, {match.group(2)})"))
            taken.append(match.span())
    for index, char in enumerate(text):
        if char == _BOX and free(index, index + 1):
            found.append((index, index + 1, "#unknown()"))
    return sorted(found)


def _is_date_or_ratio(text: str, match: re.Match[str]) -> bool:
    # "24/7" style shorthand never appears in our prompts, but a date like 12/03 would: keep it as text.
    after = text[match.end() : match.end() + 1]
    return after == "/"


@dataclass(frozen=True)
class Space:
    """The answer space an item needs on paper: a box, ruled lines, or squared paper for a written method."""

    kind: str  # "box", "lines" or "squares"
    unit: str = ""
    lines: int = 0
    rows: int = 0

    def paper_markup(self, columns: int = 16) -> str:
        """The squared paper of a method space alone (its box goes beside the prompt or under the paper)."""
        return f"squared({self.rows})" if columns == 16 else f"squared({self.rows}, columns: {columns})"

    def box_markup(self) -> str:
        return f"#answer-box(unit: {literal(self.unit)})"

    def markup(self) -> str:
        if self.kind == "squares":
            return f"#method-space({self.rows}, unit: {literal(self.unit)})"
        if self.kind == "lines":
            return f"#ruled({self.lines})"
        return self.box_markup()


_REASONING = ("explain", "always_sometimes_never", "same_different")


def answer_space(question: Question) -> Space:
    """Squared paper for a written method, lines for reasoning, a box (with its unit) for everything else."""
    if question.style in _REASONING:
        return Space("lines", lines=3)
    if question.working and question.style in ("fluency", "word_problem", "two_step_word_problem"):
        # a row for each line of the method holding digits, and one spare for carries: its rules are drawn on the
        # squares' own lines
        lines = question.working.splitlines()
        rows = max(4, sum(1 for line in lines if any(c.isdigit() for c in line)) + 1)
        return Space("squares", unit=unit_of(question), rows=min(rows, 8))
    if question.style == "spot_the_mistake":
        return Space("lines", lines=2)
    return Space("box", unit=unit_of(question))


def unit_of(question: Question) -> str:
    """The unit printed after the answer box, so a child writes the number only where the unit is given."""
    answer = question.answer
    if isinstance(answer, Money):
        return ""  # money answers are written with £ or p by the child: both are right
    if isinstance(answer, Measure) and getattr(answer, "unit_required", True) is False:
        return str(answer.unit)
    return ""


def answer_markup(question: Question) -> str:
    """The key's answer as markup: fractions stacked like the question's."""
    return text_markup(question.answer.format())


def is_fraction_answer(question: Question) -> bool:
    return isinstance(question.answer, FractionAnswer)
