"""Truth gates run on every generated item: its worked steps, units, teaching text and misconception predictions."""

# core/registry.py calls inspect() on each item it draws (ks2practice/__init__.py names this module with
# registry.gates_from(), so core never imports content). An item with a false equation is redrawn there; the
# predictions the prediction gate drops are taken out here, and the item is rebuilt with the ones kept.
# A solution line that is a core.steps.Step carries its relations as data: they are evaluated exactly, units and
# all (Step.problems), and only its words are read as text. A relation written into plain text instead is counted
# as "in words" (issue #14: every topic writes its sums as data; tests/test_truth_gates.py holds it at zero).

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from ks2practice.content.gates.equations import Link, Reading, read
from ks2practice.content.gates.predictions import REASONS, sift
from ks2practice.content.gates.units import stray_units, units_named
from ks2practice.core.model import Item
from ks2practice.core.steps import Step

__all__ = [
    "REASONS",
    "Inspection",
    "Link",
    "Reading",
    "inspect",
    "read",
    "sift",
    "stray_units",
    "teaching_text",
    "units_named",
]

_HINT = re.compile(r"\(Hint: ((?:[^()]|\([^()]*\))*)\)")


@dataclass(frozen=True)
class Inspection:
    """What the gates found in one drawn item, and the item to show (its predictions sifted)."""

    topic: str
    item: Item
    checked: int = 0
    not_checkable: int = 0
    breaches: tuple[tuple[str, Link | str], ...] = ()  # (where it is written, the false relation or what is wrong)
    in_words: int = 0  # relations written into plain text rather than as step data
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def clean(self) -> bool:
        """No false equation: the item may be shown (dropped predictions are already gone from it)."""
        return not self.breaches

    def describe(self) -> str:
        return "; ".join(f"{self.topic}, {where}: {_say(link)}" for where, link in self.breaches)


def _say(found: Link | str) -> str:
    return found if isinstance(found, str) else found.describe()


def teaching_text(item: Item) -> list[tuple[str, str]]:
    """(where, text) for every piece of text that teaches: solution lines, the working, feedback, the hint."""
    return [(_where(item, index), text) for index, text in enumerate(_texts(item)) if text]


def _texts(item: Item) -> list[str]:
    # In _where's order; the working is "" when there is none, so the positions never shift.
    texts = [*item.solution, item.working or "", *(p.feedback for p in item.misconceptions)]
    if "(Hint: " in item.prompt:
        texts += _HINT.findall(item.prompt)
    return texts


def inspect(topic_id: str, item: Item) -> Inspection:
    """Run every gate on one item: sift its predictions, then check each equation in what it will show."""
    kept, dropped = sift(item.answer, item.misconceptions) if item.misconceptions else ((), Counter())
    if kept != item.misconceptions:
        item = dataclasses.replace(item, misconceptions=kept)
    checked = not_checkable = in_words = 0
    breaches: list[tuple[str, Link | str]] = []
    # The texts of teaching_text(item), walked without naming each one: a name is only written for a breach.
    for index, text in enumerate(_texts(item)):
        if isinstance(text, Step):
            problems = text.problems()
            checked += sum(len(relation.signs) for relation in text.relations)
            breaches += [(_where(item, index), problem) for problem in problems]
            words = [read(part) for part in text.words]
        else:
            words = [read(text)]
        for reading in words:
            if reading.links or reading.not_checkable:
                checked += len(reading.links)
                not_checkable += reading.not_checkable
                if index < len(item.solution):
                    in_words += len(reading.links) + reading.not_checkable
                breaches += [(_where(item, index), link) for link in reading.breaches]
    for line, unit in stray_units(item):
        breaches.append((f"solution line {line}", f"the unit {unit} is not in the question"))
    return Inspection(
        topic=topic_id,
        item=item,
        checked=checked,
        not_checkable=not_checkable,
        breaches=tuple(breaches),
        in_words=in_words,
        kept=len(kept),
        dropped=dropped,
    )


def _where(item: Item, index: int) -> str:
    """The name teaching_text gives the index-th text inspect reads (solution lines, working, feedback, hints)."""
    lines, feedback = len(item.solution), len(item.misconceptions)
    if index < lines:
        return f"solution line {index + 1}"
    if index == lines:
        return "working"
    if index <= lines + feedback:
        return f"feedback for {item.misconceptions[index - lines - 1].misconception}"
    return "hint"
