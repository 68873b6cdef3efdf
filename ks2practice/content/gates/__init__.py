"""Truth gates run on every generated item: equations in its teaching text, and its misconception predictions."""

# core/registry.py calls inspect() on each item it draws (ks2practice/__init__.py names this module with
# registry.gates_from(), so core never imports content). An item with a false equation is redrawn there; the
# predictions the prediction gate drops are taken out here, and the item is rebuilt with the ones kept.

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from ks2practice.content.gates.equations import Link, Reading, read
from ks2practice.content.gates.predictions import REASONS, sift
from ks2practice.core.model import Item

__all__ = ["REASONS", "Inspection", "Link", "Reading", "inspect", "read", "sift", "teaching_text"]

_HINT = re.compile(r"\(Hint: ((?:[^()]|\([^()]*\))*)\)")


@dataclass(frozen=True)
class Inspection:
    """What the gates found in one drawn item, and the item to show (its predictions sifted)."""

    topic: str
    item: Item
    checked: int = 0
    not_checkable: int = 0
    breaches: tuple[tuple[str, Link], ...] = ()  # (where it is written, the false relation)
    kept: int = 0
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def clean(self) -> bool:
        """No false equation: the item may be shown (dropped predictions are already gone from it)."""
        return not self.breaches

    def describe(self) -> str:
        return "; ".join(f"{self.topic}, {where}: {link.describe()}" for where, link in self.breaches)


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
    checked = not_checkable = 0
    breaches: list[tuple[str, Link]] = []
    # The texts of teaching_text(item), walked without naming each one: a name is only written for a breach.
    for index, text in enumerate(_texts(item)):
        reading = read(text)
        if reading.links or reading.not_checkable:
            checked += len(reading.links)
            not_checkable += reading.not_checkable
            breaches += [(_where(item, index), link) for link in reading.breaches]
    return Inspection(
        topic=topic_id,
        item=item,
        checked=checked,
        not_checkable=not_checkable,
        breaches=tuple(breaches),
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
