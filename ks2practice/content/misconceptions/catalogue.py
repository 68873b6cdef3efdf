"""The misconception catalogue: the Misconception record, registration by strand modules, and Predicted records."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    FractionAnswer,
    Measure,
    Money,
    format_decimal,
    format_fraction,
    format_whole,
)
from ks2practice.core.model import Predicted


@dataclass(frozen=True)
class Misconception:
    """A common, named error: its stable id, a short title and one line of feedback for the adult."""

    id: str
    title: str
    feedback: str


MISCONCEPTIONS: dict[str, Misconception] = {}
"""The catalogue, by id; each strand module adds its own entries with register()."""


def register(*entries: Misconception) -> None:
    """Add a strand's misconceptions to the catalogue; an id may be registered once only."""
    for entry in entries:
        if entry.id in MISCONCEPTIONS and MISCONCEPTIONS[entry.id] != entry:
            raise ValueError(f"misconception {entry.id!r} is registered twice")
        MISCONCEPTIONS[entry.id] = entry


def predict(misconception_id: str, wrong_value_text: str) -> Predicted:
    """The Predicted record for a misconception and the wrong answer as a pupil would type it."""
    try:
        entry = MISCONCEPTIONS[misconception_id]
    except KeyError:
        raise KeyError(f"no misconception called {misconception_id!r}") from None
    return Predicted(misconception=entry.id, response=wrong_value_text, feedback=entry.feedback)


Wrong = int | Fraction | Decimal | str | bool | None


def predictions(answer: Answer, *candidates: tuple[str, Wrong]) -> tuple[Predicted, ...]:
    """Predicted records for an item's key, one per mechanism that applies (a wrong value of None does not).

    Each candidate is (misconception id, wrong value). Numbers are written the way the key is written (pence
    for Money, the key's unit for a Measure); text is kept as typed (so '2.50' keeps its zero). Which records a
    pupil may be shown is decided in one place, the prediction gate (content/gates/predictions.py), which
    generate() runs on every item: it drops a prediction the marker marks right, cannot read or never diagnoses,
    and one that two mechanisms share.
    """
    return tuple(
        predict(misconception_id, _written(answer, wrong))
        for misconception_id, wrong in candidates
        if wrong is not None
    )


def _written(answer: Answer, wrong: Wrong) -> str:
    if isinstance(wrong, bool):
        return "true" if wrong else "false"
    if isinstance(wrong, str):
        return wrong
    value = Fraction(wrong)
    if isinstance(answer, Money) and value.denominator == 1:
        return Money(value.numerator).format()
    if value.denominator == 1:
        text = format_whole(value.numerator)
    elif isinstance(answer, FractionAnswer):
        text = format_fraction(value, mixed=answer.mixed)
    else:
        try:
            text = format_decimal(value)
        except ValueError:
            text = format_fraction(value)
    return f"{text} {answer.unit}" if isinstance(answer, Measure) else text
