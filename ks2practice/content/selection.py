"""Choosing the questions for one printed sheet: deterministic, all different, styles mixed in a sensible order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ks2practice.answers.kinds import UNITS
from ks2practice.content import quality
from ks2practice.content.wording import NAMES
from ks2practice.core import registry
from ks2practice.core.model import Level, Question, Spec

WORD_STYLES = ("word_problem", "two_step_word_problem")

# The order styles appear on a sheet: fluency first, then varied practice, then reasoning, then problems.
STYLE_ORDER = (
    "fluency",
    "variation",
    "missing_number",
    "compare",
    "true_or_false",
    "odd_one_out",
    "same_different",
    "spot_the_mistake",
    "always_sometimes_never",
    "explain",
    "word_problem",
    "two_step_word_problem",
)

# How many derived seeds a style may try for each question it is asked for, before it is judged exhausted.
_TRIES_PER_ITEM = 25
_MIN_TRIES = 60

_MONEY = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?p?|\b\d+p\b")
_NUMBER = re.compile(quality.NUMBER)
_UNIT_WORDS = (
    *sorted(UNITS, key=len, reverse=True),
    "millimetres?",
    "centimetres?",
    "metres?",
    "kilometres?",
    "grams?",
    "kilograms?",
    "millilitres?",
    "litres?",
    "seconds?",
    "minutes?",
    "hours?",
)
_UNIT = re.compile(r"#\s?(?:" + "|".join(_UNIT_WORDS) + r")\b")
_NAME = re.compile(r"\b(?:" + "|".join(NAMES) + r")\b")


def template(prompt: str) -> str:
    """A word problem's sentence template: the prompt with money, numbers, units and names masked."""
    text = _MONEY.sub("#", prompt)
    text = _NUMBER.sub("#", text)
    text = _UNIT.sub("#", text)
    return _NAME.sub("NAME", text)


def numbers(prompt: str) -> tuple[str, ...]:
    """The numbers written in a prompt, in order, without thousands commas."""
    return tuple(m.group().replace(",", "") for m in _NUMBER.finditer(prompt))


def _rank(style: str) -> int:
    return STYLE_ORDER.index(style) if style in STYLE_ORDER else len(STYLE_ORDER)


def sheet_items(
    topic_id: str,
    level: Level | int,
    seed: int | str,
    n: int,
    styles: Sequence[str] | None = None,
    representation: str | None = None,
) -> list[Question]:
    """n different questions from one topic for one printed sheet, the same every time for (topic, level, seed).

    No two share a prompt, or an answer together with the numbers in the prompt; word problems never repeat a
    sentence template; items a quality detector calls degenerate are skipped. The styles (default: all the
    topic offers, or those that suit ``representation``) share the sheet as evenly as they can, in the order
    fluency, varied practice, reasoning, problems. Question k of a style comes from the derived seed f"{seed}:k",
    so each question's variant code regenerates it. Raises ValueError when the topic cannot supply n.
    """
    entry = registry.get(topic_id)
    level = Level.parse(level)
    if level not in entry.levels:
        raise ValueError(f"topic {topic_id!r} has no level {int(level)}")
    if n < 1:
        raise ValueError("a sheet needs at least one question")
    chosen = tuple(entry.styles) if styles is None else tuple(dict.fromkeys(styles))
    unknown = [s for s in chosen if s not in entry.styles]
    if unknown or not chosen:
        raise ValueError(f"topic {topic_id!r} has no {unknown or 'chosen'} style; it offers: {', '.join(entry.styles)}")
    picker = _Picker(entry, level, seed, representation)
    order = sorted(chosen, key=_rank)
    quotas = {style: n // len(order) + (i < n % len(order)) for i, style in enumerate(order)}
    for style in order:
        picker.fill(style, quotas[style])
    # A style that ran short passes its places to the others, in the same order.
    while len(picker.items) < n:
        before = len(picker.items)
        for style in order:
            if len(picker.items) < n:
                picker.fill(style, picker.count(style) + 1)
        if len(picker.items) == before:
            raise ValueError(
                f"topic {topic_id!r} at level {int(level)} can only supply {before} different questions "
                f"(styles {', '.join(order)}{f', shown as {representation}' if representation else ''}), "
                f"not {n}"
            )
    return sorted(picker.items, key=lambda q: _rank(q.style))


class _Picker:
    """The questions chosen so far, and what each makes unavailable to the rest of the sheet."""

    def __init__(self, entry: registry.Topic, level: Level, seed: int | str, representation: str | None) -> None:
        self.entry, self.level, self.seed, self.representation = entry, level, seed, representation
        self.items: list[Question] = []
        self.tried: dict[str, int] = {}
        self.exhausted: set[str] = set()
        self.prompts: set[str] = set()
        self.keys: set[tuple[str, str, tuple[str, ...]]] = set()
        self.templates: set[str] = set()

    def count(self, style: str) -> int:
        return sum(1 for q in self.items if q.style == style)

    def fill(self, style: str, wanted: int) -> None:
        """Add questions of one style until it has `wanted`, or mark the style exhausted."""
        while self.count(style) < wanted and style not in self.exhausted:
            k = self.tried.get(style, 0)
            if k >= max(_MIN_TRIES, _TRIES_PER_ITEM * wanted):
                self.exhausted.add(style)
                return
            self.tried[style] = k + 1
            spec = Spec(self.entry.id, self.level, f"{self.seed}:{k}", self.representation, style)
            try:
                question = registry.generate(spec)
            except ValueError:  # the picture asked for does not suit this style: no questions of it
                self.exhausted.add(style)
                return
            self.take(question)

    def take(self, question: Question) -> bool:
        key = (type(question.answer).__name__, question.answer.format(), tuple(sorted(numbers(question.prompt))))
        shape = template(question.prompt) if question.style in WORD_STYLES else None
        if (
            question.prompt in self.prompts
            or key in self.keys
            or (shape is not None and shape in self.templates)
            or quality.problems(question, self.entry)
        ):
            return False
        self.items.append(question)
        self.prompts.add(question.prompt)
        self.keys.add(key)
        if shape is not None:
            self.templates.add(shape)
        return True
