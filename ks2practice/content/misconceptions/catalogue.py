"""The misconception catalogue: entries, mechanisms (operands → wrong answer), and the Predicted records they make."""

from __future__ import annotations

from collections.abc import Callable
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


Wrong = int | Fraction | Decimal | str | bool | None


@dataclass(frozen=True)
class Mechanism:
    """A misconception as a function: the item's own operands in, the wrong answer that mistake produces out.

    A prediction shown to an adult is only ever this function's output on the item's numbers, with this
    mechanism's feedback (``say`` writes it for these numbers when one line cannot fit them all). ``plausible``
    says whether a child could write that wrong answer for that key (see ``plausible_by_default``); ``story``,
    when a topic tells the mistake as working, writes it from the same operands, so the story is the mistake's.
    """

    id: str
    title: str
    feedback: str
    wrong: Callable[..., Wrong]
    say: Callable[..., str] | None = None
    plausible: Callable[[Fraction, Fraction], bool] | None = None
    story: Callable[..., tuple[str, ...]] | None = None

    @property
    def __name__(self) -> str:  # a mechanism reads like the function it wraps (test ids, tracebacks, docs)
        return self.wrong.__name__

    def __call__(self, *operands: object, **options: object) -> Wrong:
        """The wrong answer on these operands (None: the mistake makes no difference here)."""
        return self.wrong(*operands, **options)

    def on(self, *operands: object, **options: object) -> Applied:
        """This mechanism applied to an item's operands, for predictions()."""
        return Applied(self, operands, tuple(sorted(options.items())))

    def feedback_for(self, *operands: object, **options: object) -> str:
        return self.say(*operands, **options) if self.say else self.feedback

    def predict(self, answer: Answer, *operands: object, **options: object) -> Predicted | None:
        """The Predicted record on these operands, or None when the mistake gives no wrong answer here."""
        return self.on(*operands, **options).predicted(answer)


@dataclass(frozen=True)
class Applied:
    """A mechanism with the operands of one item: what predictions() turns into a Predicted record."""

    mechanism: Mechanism
    operands: tuple[object, ...]
    options: tuple[tuple[str, object], ...] = ()

    def wrong(self) -> Wrong:
        return self.mechanism.wrong(*self.operands, **dict(self.options))

    def predicted(self, answer: Answer) -> Predicted | None:
        wrong = self.wrong()
        if wrong is None:
            return None
        m, options = self.mechanism, dict(self.options)
        return Predicted(
            misconception=m.id,
            response=_written(answer, wrong),
            feedback=m.feedback_for(*self.operands, **options),
            plausible=_judge(m.plausible, answer, wrong, self.operands),
        )


MECHANISMS: dict[str, Mechanism] = {}
"""Every misconception's mechanism, by id (one per catalogue entry)."""


def mechanism(
    misconception_id: str,
    *,
    say: Callable[..., str] | None = None,
    plausible: Callable[[Fraction, Fraction], bool] | None = None,
    story: Callable[..., tuple[str, ...]] | None = None,
) -> Callable[[Callable[..., Wrong]], Mechanism]:
    """Make a function the mechanism of a registered misconception: @mechanism("smaller_from_larger")."""

    def bind(function: Callable[..., Wrong]) -> Mechanism:
        try:
            entry = MISCONCEPTIONS[misconception_id]
        except KeyError:
            raise KeyError(f"register {misconception_id!r} before giving it a mechanism") from None
        if misconception_id in MECHANISMS:
            raise ValueError(f"misconception {misconception_id!r} has two mechanisms")
        made = Mechanism(entry.id, entry.title, entry.feedback, function, say, plausible, story)
        MECHANISMS[misconception_id] = made
        return made

    return bind


def plausible_by_default(key: Fraction, wrong: Fraction, operands: tuple[object, ...] = ()) -> bool:
    """A wrong answer a child could write: no change of sign, and no more than twelve times the key or the
    largest number in the question (367 + 333 for "how many more" is a slip children make; £1,815 for
    "£3 an hour for 5 hours, plus £6" is not). A mechanism whose mistake really is a power of ten out (place
    value, the decimal point) says so with its own rule, such as ``any_size``.
    """
    if key >= 0 > wrong or wrong >= 0 > key:
        return False
    limit = 12 * max(abs(key), 1)
    if abs(wrong) <= limit:
        return True  # near the key: the operands need not be looked at (most predictions)
    return any(abs(wrong) <= 12 * abs(Fraction(n)) for n in _numbers(operands))


def _numbers(values: tuple[object, ...]) -> list[int | Fraction | Decimal]:
    found: list[int | Fraction | Decimal] = []
    for value in values:
        if isinstance(value, bool):
            continue
        if isinstance(value, int | Fraction | Decimal):
            found.append(value)
        elif isinstance(value, list | tuple):
            found += _numbers(tuple(value))
    return found


def any_size(key: Fraction, wrong: Fraction) -> bool:
    """For mistakes that move digits between places: any size, but not a change of sign."""
    return not (key >= 0 > wrong or wrong >= 0 > key)


def _judge(
    rule: Callable[[Fraction, Fraction], bool] | None, answer: Answer, wrong: Wrong, operands: tuple[object, ...]
) -> bool:
    # Only numbers are judged for size: a sign, a word or a true/false is plausible when the mechanism makes it.
    if isinstance(wrong, bool | str) or wrong is None:
        return True
    try:
        key = answer.numeric()
    except (AttributeError, TypeError, ValueError):
        return True
    if not isinstance(key, int | Fraction) or isinstance(key, bool):
        return True
    value = Fraction(wrong)
    if rule is not None:
        return rule(Fraction(key), value)
    return plausible_by_default(Fraction(key), value, operands)


def predictions(answer: Answer, *applied: Applied | None) -> tuple[Predicted, ...]:
    """Predicted records for an item's key, one per mechanism applied to its operands (None and no-change skipped).

    Which records a pupil may be shown is decided in one place, the prediction gate (content/gates/predictions.py),
    which generate() runs on every item: it drops a prediction the marker marks right, cannot read or never
    diagnoses, one that two mechanisms share, and one no child would write (the mechanism's plausibility rule).
    """
    made: list[Predicted] = []
    for one in applied:
        if one is None:
            continue
        if not isinstance(one, Applied):
            raise TypeError(
                f"a prediction comes from a mechanism applied to the item's numbers (mis.<name>.on(...)), not {one!r}"
            )
        predicted = one.predicted(answer)
        if predicted is not None:
            made.append(predicted)
    return tuple(made)


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
    if not isinstance(answer, Measure):
        return text
    return f"{text}°" if answer.unit == "°" else f"{text} {answer.unit}"  # written as the key is: 65°, 3 kg
