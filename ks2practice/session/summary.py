"""End-of-session queries: per-pupil accuracy, misconceptions seen, confidence against accuracy, next time's plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.core.model import Spec, Status
from ks2practice.session.plan import reask_specs
from ks2practice.store import WITH_HELP, StoredAttempt

CONFIDENCE_WORDS = {1: "not sure", 2: "fairly sure", 3: "sure"}


# The one rule for "with help", used by the end-of-session summary and by the progress report alike: an answer is
# *right* only when its final mark (the adult's, if they changed it) is correct and no adult said they helped; an
# answer marked correct with help is *right with help* — shown beside the right answers, never counted among them.
def helped(stored: StoredAttempt) -> bool:
    """Did the adult say they helped? Their latest mark decides: a changed mark says "with help" or it does not."""
    if stored.override_status is not None:
        return stored.override_note == WITH_HELP
    return stored.attempt.supported


def right_without_help(stored: StoredAttempt) -> bool:
    """Right: the final mark is correct and no adult helped."""
    return stored.final_status is Status.CORRECT and not helped(stored)


def right_with_help(stored: StoredAttempt) -> bool:
    """Correct, but with an adult's help: not counted as right."""
    return stored.final_status is Status.CORRECT and helped(stored)


@dataclass(frozen=True)
class PupilSummary:
    """One pupil's session in numbers; every count uses the final mark (the adult's override when given).

    ``correct`` counts answers right without help; ``supported`` counts those correct with help (not in ``correct``).
    """

    pupil_id: int
    name: str
    asked: int
    correct: int
    supported: int
    misconceptions: tuple[tuple[str, int], ...]
    confidence: tuple[tuple[int, int, int], ...]  # (confidence 1–3, how many correct, how many given)
    sure_but_wrong: int

    @property
    def accuracy(self) -> Fraction | None:
        """Correct out of asked, exactly; None when nothing was recorded."""
        return Fraction(self.correct, self.asked) if self.asked else None

    @property
    def percent(self) -> int | None:
        """The accuracy as a whole-number percentage, rounded half up."""
        if self.accuracy is None:
            return None
        return int(self.accuracy * 100 + Fraction(1, 2))


def pupil_summaries(attempts: Iterable[StoredAttempt], names: Mapping[int, str]) -> list[PupilSummary]:
    """A summary for every pupil in ``names`` (in that order), including those with nothing recorded."""
    by_pupil: dict[int, list[StoredAttempt]] = {pupil_id: [] for pupil_id in names}
    for stored in attempts:
        by_pupil.setdefault(stored.attempt.pupil_id, []).append(stored)
    return [_summarise(pupil_id, names.get(pupil_id, f"pupil {pupil_id}"), rows) for pupil_id, rows in by_pupil.items()]


def _summarise(pupil_id: int, name: str, rows: list[StoredAttempt]) -> PupilSummary:
    misconceptions = Counter(r.attempt.misconception for r in rows if r.attempt.misconception)
    confidence = []
    for level in (1, 2, 3):
        rated = [r for r in rows if r.attempt.confidence == level]
        if rated:
            confidence.append((level, sum(map(right_without_help, rated)), len(rated)))
    return PupilSummary(
        pupil_id=pupil_id,
        name=name,
        asked=len(rows),
        correct=sum(map(right_without_help, rows)),
        supported=sum(map(right_with_help, rows)),
        misconceptions=tuple(sorted(misconceptions.items(), key=lambda kv: (-kv[1], kv[0]))),
        confidence=tuple(confidence),
        sure_but_wrong=sum(r.attempt.confidence == 3 and r.final_status is not Status.CORRECT for r in rows),
    )


def next_time_plan(attempts: Iterable[StoredAttempt]) -> list[Spec]:
    """What to ask again next time (spaced retrieval): every question someone did not get right, once each."""
    return reask_specs(attempts)


def fact_record(attempts: Iterable[StoredAttempt], names: Mapping[int, str]) -> dict[str, dict[str, bool]]:
    """Per fact (as "7 × 8"), each pupil's result: True right in time (and without help), False otherwise."""
    record: dict[str, dict[str, bool]] = {}
    for stored in attempts:
        fact = stored.attempt.prompt.rstrip(" =")
        name = names.get(stored.attempt.pupil_id, f"pupil {stored.attempt.pupil_id}")
        record.setdefault(fact, {})[name] = right_without_help(stored)
    return dict(sorted(record.items(), key=lambda kv: _fact_order(kv[0])))


def _fact_order(fact: str) -> tuple[int, ...] | tuple[int, str]:
    numbers = fact.replace("×", " ").split()
    if all(part.isdigit() for part in numbers):
        return tuple(int(part) for part in numbers)
    return (1_000, fact)


def describe(summary: PupilSummary) -> str:
    """One plain line for the adult, e.g. "Ava: 3 out of 5 right (60%), and 1 more right with help"."""
    if not summary.asked:
        return f"{summary.name}: nothing recorded this session"
    text = f"{summary.name}: {summary.correct} out of {summary.asked} right ({summary.percent}%)"
    if summary.supported:
        text += f", and {summary.supported} more right with help"
    if summary.sure_but_wrong:
        text += f"; sure but wrong {summary.sure_but_wrong} time{'s' if summary.sure_but_wrong > 1 else ''}"
    return text
