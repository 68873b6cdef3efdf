"""Which question comes next in a session: seeds from the session id and question number, easier, harder, re-asks."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ks2practice.core.model import Level, Spec, Status
from ks2practice.session.codes import spec_from_code

MODES = {"teach": "Teach and practise", "sprint": "Fluency sprint", "mtc": "Times tables check practice"}


def question_seed(session_id: int, number: int) -> int:
    """A seed for question ``number`` of a session: the same in every process, different for every question."""
    digest = hashlib.sha256(f"ks2practice-session|{session_id}|{number}".encode()).hexdigest()
    return int(digest[:8], 16) % 1_000_000


def easier(level: Level, levels: Iterable[Level]) -> Level:
    """The next level down that the topic offers, or the same level at the bottom."""
    lower = [lv for lv in levels if lv < level]
    return max(lower) if lower else Level(level)


def harder(level: Level, levels: Iterable[Level]) -> Level:
    """The next level up that the topic offers, or the same level at the top."""
    higher = [lv for lv in levels if lv > level]
    return min(higher) if higher else Level(level)


def next_representation(current: str | None, offered: Iterable[str]) -> str | None:
    """The picture after ``current`` in the topic's list, going round; None when the topic offers none."""
    offered = list(offered)
    if not offered:
        return None
    if current not in offered:
        return offered[0]
    return offered[(offered.index(current) + 1) % len(offered)]


def reask_specs(attempts: Iterable[object]) -> list[Spec]:
    """The questions to ask again: every one whose final mark (the adult's, if given) was not correct, once each.

    ``attempts`` are StoredAttempts (anything with ``.attempt.spec_code`` and ``.final_status``), in the order asked.
    Codes that cannot be read back are left out rather than stopping the plan.
    """
    seen: set[str] = set()
    missed: list[Spec] = []
    for stored in attempts:
        code = stored.attempt.spec_code  # type: ignore[attr-defined]
        if stored.final_status is Status.CORRECT or code in seen:  # type: ignore[attr-defined]
            continue
        seen.add(code)
        try:
            missed.append(spec_from_code(code))
        except ValueError:
            continue
    return missed


def revisit_specs(
    queues: Iterable[Sequence[Mapping[str, Any]]], *, keep: Callable[[Spec], bool] | None = None
) -> list[Spec]:
    """The questions to ask again from pupils' revisit queues (``Store.find_revisits`` rows), each question once.

    Every pupil's queue is merged into one list, longest-waiting first (by ``first_missed``); ``keep``, when given,
    chooses which specs belong (a times tables round keeps only facts). Codes that cannot be read back are left out.
    """
    rows = sorted((row for queue in queues for row in queue), key=lambda row: (row["first_missed"], row["id"]))
    seen: set[str] = set()
    specs: list[Spec] = []
    for row in rows:
        code = row["spec_code"]
        if code in seen:
            continue
        seen.add(code)
        try:
            spec = spec_from_code(code)
        except ValueError:
            continue
        if keep is None or keep(spec):
            specs.append(spec)
    return specs


@dataclass
class Plan:
    """The running order of one session: re-asks first, then fresh questions on the topic at the current level.

    Every question shown gets the next number, so a skipped or made-easier question never shares a number (and so
    never shares a record key) with the one that replaces it.
    """

    session_id: int
    topic: str
    level: Level
    levels: tuple[Level, ...] = (Level.WORKING_TOWARDS, Level.EXPECTED, Level.GREATER_DEPTH)
    reasks: list[Spec] = field(default_factory=list)
    number: int = 0

    def next_spec(self) -> Spec:
        """Move on to the next question (a re-ask while any are left) and return its spec."""
        if self.reasks:
            self.number += 1
            return self.reasks.pop(0)
        return self.fresh()

    def fresh(self) -> Spec:
        """Move on to a new question on the topic at the current level, leaving any re-asks for later."""
        self.number += 1
        return Spec(self.topic, self.level, question_seed(self.session_id, self.number))

    def easier(self) -> Spec:
        """Drop a level (if there is one below) and move on to a fresh question."""
        self.level = easier(self.level, self.levels)
        return self.fresh()

    def harder(self) -> Spec:
        """Go up a level (if there is one above) and move on to a fresh question."""
        self.level = harder(self.level, self.levels)
        return self.fresh()
