"""The misconception catalogue: the Misconception record, registration by strand modules, and Predicted records."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Comparison,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
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
    """Predicted records for an item's key, dropping empty ones, repeats and any that equal the right answer.

    Each candidate is (misconception id, wrong value). Numbers are written the way the key is written (pence
    for Money, the key's unit for a Measure); text is kept as typed (so '2.50' keeps its zero).
    """
    out: list[Predicted] = []
    seen: set[object] = set()
    for misconception_id, wrong in candidates:
        if wrong is None:
            continue
        meaning = _meaning(wrong)
        if meaning is None or meaning in seen or meaning == _key_meaning(answer):
            continue
        seen.add(meaning)
        out.append(predict(misconception_id, _written(answer, wrong)))
    return tuple(out)


def _meaning(wrong: Wrong) -> object:
    if isinstance(wrong, bool):
        return wrong
    if isinstance(wrong, str):
        if wrong in ("<", ">", "="):
            return wrong
        try:
            return Fraction(Decimal(wrong.replace(",", "").replace("−", "-")))
        except (InvalidOperation, ValueError):
            return wrong
    return Fraction(wrong)


def _key_meaning(answer: Answer) -> object:
    if isinstance(answer, Comparison):
        return answer.sign
    if isinstance(answer, TrueFalse):
        return answer.value
    return answer.numeric()


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
