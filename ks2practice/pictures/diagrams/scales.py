"""Measuring instruments with scales: the ruler, the measuring jug, the weighing scale and the thermometer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    BLANK,
    UNKNOWN,
    Diagram,
    DiagramError,
    _count,
    _exact,
    _number,
    _strip_zeros,
    number_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number

# A KS2 scale is numbered every 1, 2, 2.5 or 5 of a power of ten (10, 20, 25, 50, 100, 250 …) and split into
# 2, 4, 5 or 10 equal small steps; a small step must itself be a friendly size (1, 2, 2.5, 5, or 1.25 from
# quarters: 125 g on a 500 g scale), never 3, 6 or 7 parts, nor 62.5 ml.
NUMBERED = (Fraction(1), Fraction(2), Fraction(5, 2), Fraction(5))
SMALL_STEPS = (Fraction(1), Fraction(5, 4), Fraction(2), Fraction(5, 2), Fraction(5))
PARTS = (1, 2, 4, 5, 10)


def _mantissa(value: Fraction) -> Fraction:
    """value written as m × 10^k with 1 ≤ m < 10: the m."""
    while value >= 10:
        value /= 10
    while value < 1:
        value *= 10
    return value


def scale_text(value: Number | Fraction) -> str:
    """A scale number as printed: 250, 0.25, 1.5, −10 (a Fraction on a KS2 scale always ends as a decimal)."""
    value = _exact(value)
    if value.denominator == 1:
        return number_text(value.numerator)
    return number_text(_strip_zeros(Decimal(value.numerator) / Decimal(value.denominator)))


def _check_scale(start: Number, end: Number, every: Number, parts: int, most: int = 100, numbered: int = 12) -> None:
    """Refuse a scale a KS2 pupil would not be given: odd steps, odd parts, too many marks."""
    for value, what in ((start, "the scale's start"), (end, "the scale's end")):
        _number(value, what)
    _number(every, "the numbered step (every)", positive=True)
    _count(parts, "parts (small steps between numbers)", 1, 10)
    if parts not in PARTS:
        raise DiagramError(f"split each numbered step into 1, 2, 4, 5 or 10 small steps, not {parts}")
    every_ = _exact(every)
    if _mantissa(every_) not in NUMBERED:
        raise DiagramError(
            f"number the scale every 1, 2, 2.5 or 5 (times 10, 100 … or 0.1 …), not every {scale_text(every)}"
        )
    if _mantissa(every_ / parts) not in SMALL_STEPS:
        raise DiagramError(
            f"{scale_text(every)} split into {parts} makes small steps of {scale_text(every_ / parts)}: "
            "choose parts that give steps of 1, 2, 2.5 or 5 (times a power of ten)"
        )
    low, high = _exact(start), _exact(end)
    if high <= low:
        raise DiagramError(f"the scale's end ({scale_text(end)}) must be more than its start ({scale_text(start)})")
    if ((high - low) / every_).denominator != 1 or (low / every_).denominator != 1:
        raise DiagramError(
            f"a scale from {scale_text(start)} to {scale_text(end)} cannot be numbered every {scale_text(every)}"
        )
    _count(int((high - low) / every_), "the number of numbered steps", 1, numbered)
    _count(int((high - low) / every_) * parts, "the number of small steps", 1, most)


def _check_reading(value: Number, what: str, start: Number, end: Number, small: Fraction) -> Fraction:
    """A reading on the scale, on a mark or halfway between two (what a KS2 pupil is asked to read)."""
    _number(value, what)
    exact = _exact(value)
    if not _exact(start) <= exact <= _exact(end):
        raise DiagramError(
            f"{what} ({scale_text(value)}) is off the scale, which runs from {scale_text(start)} to {scale_text(end)}"
        )
    if ((exact - _exact(start)) / (small / 2)).denominator != 1:
        raise DiagramError(
            f"{what} ({scale_text(value)}) is neither on a mark nor halfway between two: the small steps are "
            f"{scale_text(small)}"
        )
    return exact


def _mark(value: object) -> str:
    if value not in (UNKNOWN, BLANK) or not isinstance(value, str):
        raise DiagramError(f"mark must be '?' (an arrow labelled ?) or '' (no arrow), not {value!r}")
    return value


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _Scale:
    """What every instrument shares: a scale from start to end numbered every ``every`` with ``parts`` small
    steps between numbers, and where a reading sits on it — said in marks, never as the value to find."""

    @property
    def scale_low(self) -> Fraction:
        return _exact(self.start)  # type: ignore[attr-defined]

    @property
    def scale_high(self) -> Fraction:
        return _exact(self.end)  # type: ignore[attr-defined]

    @property
    def small_step(self) -> Fraction:
        return _exact(self.every) / self.parts  # type: ignore[attr-defined]

    @property
    def numbers(self) -> tuple[Fraction, ...]:
        """The numbered marks, low to high."""
        low, high, every = self.scale_low, self.scale_high, _exact(self.every)  # type: ignore[attr-defined]
        return tuple(low + k * every for k in range(int((high - low) / every) + 1))

    def where(self, value: Number) -> str:
        """Where a value sits, as the pupil reads it: 'on 200', 'at the 3rd small mark after 200', 'halfway …'."""
        exact, small = _exact(value), self.small_step
        halves = int((exact - self.scale_low) / (small / 2))
        below = max(n for n in self.numbers if n <= exact)
        marks = int((exact - below) / small)
        unit = self.unit  # type: ignore[attr-defined]
        mark = f"{scale_text(below)} {unit}".replace(" °C", "°C")
        if halves % 2:
            after = f"the {_ordinal(marks)} small mark after {mark}" if marks else mark
            return f"halfway between {after} and the next mark"
        if marks == 0:
            return f"on the {mark} mark"
        return f"on the {_ordinal(marks)} small mark after {mark}"

    def scale_phrase(self) -> str:
        unit = self.unit  # type: ignore[attr-defined]
        gap = "" if unit == "°C" else " "
        return (
            f"marked from {scale_text(self.scale_low)}{gap}{unit} to {scale_text(self.scale_high)}{gap}{unit}, "  # type: ignore[attr-defined]
            f"numbered every {scale_text(self.every)}{gap}{unit}"  # type: ignore[attr-defined]
            + (f" with {self.parts} small steps between numbers" if self.parts > 1 else "")  # type: ignore[attr-defined]
        )


RULER_THINGS = ("pencil", "bar", "ribbon", "crayon", "leaf")


@dataclass(frozen=True)
class Ruler(_Scale, Diagram):
    """A centimetre ruler (0 to at most 30 cm, or a metre stick to 100 cm) with an object lying against it
    from ``start`` to ``end`` (cm, exact). Ticks every mm by default (``parts`` = 10 a centimetre). The reading
    is never labelled: ``mark`` '?' adds an arrow at the object's end."""

    kind: ClassVar[str] = "ruler"
    title: ClassVar[str] = "Ruler"
    unit: ClassVar[str] = "cm"

    length: int
    start: Number
    end: Number
    every: Number = 1
    parts: int = 10
    thing: str = "pencil"
    mark: str = BLANK

    def __post_init__(self) -> None:
        _count(self.length, "the ruler's length (cm)", 1, 100)
        if self.length > 30 and _exact(self.every) < 10:
            raise DiagramError(
                f"a {self.length} cm stick is numbered every 10 or 20 cm; only rulers to 30 cm are finer"
            )
        _check_scale(0, self.length, self.every, self.parts, most=300, numbered=30)
        low = _check_reading(self.start, "the object's start", 0, self.length, self.small_step)
        high = _check_reading(self.end, "the object's end", 0, self.length, self.small_step)
        if high <= low:
            raise DiagramError(
                f"the object must end ({scale_text(self.end)} cm) after it starts ({scale_text(self.start)} cm)"
            )
        if self.thing not in RULER_THINGS:
            raise DiagramError(f"thing must be one of {', '.join(RULER_THINGS)}, not {self.thing!r}")
        _mark(self.mark)

    @property
    def scale_low(self) -> Fraction:
        return Fraction(0)

    @property
    def scale_high(self) -> Fraction:
        return Fraction(self.length)

    @property
    def measured(self) -> Fraction:
        """The object's length in cm: what the pupil reads."""
        return _exact(self.end) - _exact(self.start)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        arrow = " An arrow labelled with a question mark points to its end." if self.mark else ""
        return (
            f"A {self.length} cm ruler {self.scale_phrase()}. A {self.thing} lies along it from "
            f"{self.where(self.start).removeprefix('on ')} to {self.where(self.end).removeprefix('on ')}.{arrow}"
        )


@dataclass(frozen=True)
class MeasuringJug(_Scale, Diagram):
    """A measuring jug in ml or l, its scale numbered every ``every`` with ``parts`` small steps, filled to
    ``level`` (exact). ``mark`` '?' adds an arrow labelled ? at the level."""

    kind: ClassVar[str] = "measuring_jug"
    title: ClassVar[str] = "Measuring jug"
    start: ClassVar[int] = 0

    end: Number
    every: Number
    parts: int
    level: Number
    unit: str = "ml"
    mark: str = UNKNOWN

    def __post_init__(self) -> None:
        if self.unit not in ("ml", "l"):
            raise DiagramError(f"a jug measures in 'ml' or 'l', not {self.unit!r}")
        _check_scale(0, self.end, self.every, self.parts)
        _check_reading(self.level, "the level", 0, self.end, self.small_step)
        _mark(self.mark)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        arrow = ", with an arrow labelled with a question mark" if self.mark else ""
        return (
            f"A measuring jug {self.scale_phrase()}. The liquid reaches {self.where(self.level).removeprefix('on ')}"
            f"{arrow}."
        )


@dataclass(frozen=True)
class WeighingScale(_Scale, Diagram):
    """A weighing scale in g or kg: a round dial (a pointer on a scale numbered every ``every``, ``parts`` small
    steps between numbers, from 0 to ``end``), or with ``display=True`` a digital window showing the reading."""

    kind: ClassVar[str] = "weighing_scale"
    title: ClassVar[str] = "Weighing scale"
    start: ClassVar[int] = 0

    end: Number
    every: Number
    parts: int
    reading: Number
    unit: str = "g"
    display: bool = False

    def __post_init__(self) -> None:
        if self.unit not in ("g", "kg"):
            raise DiagramError(f"a weighing scale measures in 'g' or 'kg', not {self.unit!r}")
        if not isinstance(self.display, bool):
            raise DiagramError(f"display must be True or False, not {self.display!r}")
        _check_scale(0, self.end, self.every, self.parts)
        if self.display:  # a digital window shows any exact reading the scale can hold
            _number(self.reading, "the reading", minimum=0)
            if _exact(self.reading) > _exact(self.end):
                raise DiagramError(f"the reading ({scale_text(self.reading)}) is more than the scale's end")
        else:
            _check_reading(self.reading, "the reading", 0, self.end, self.small_step)

    def labels(self) -> tuple:
        return (self.reading,) if self.display else ()

    def describe(self) -> str:
        if self.display:
            return f"A digital weighing scale whose display shows {scale_text(self.reading)} {self.unit}."
        return f"A weighing scale with a round dial {self.scale_phrase()}. The pointer is {self.where(self.reading)}."


@dataclass(frozen=True)
class Thermometer(_Scale, Diagram):
    """An upright thermometer in °C from ``start`` (below zero allowed) to ``end``, numbered every ``every``
    with ``parts`` small steps, the liquid reaching ``reading``. ``mark`` '?' adds an arrow labelled ?."""

    kind: ClassVar[str] = "thermometer"
    title: ClassVar[str] = "Thermometer"
    unit: ClassVar[str] = "°C"

    start: Number
    end: Number
    every: Number
    parts: int
    reading: Number
    mark: str = UNKNOWN

    def __post_init__(self) -> None:
        _check_scale(self.start, self.end, self.every, self.parts)
        _check_reading(self.reading, "the reading", self.start, self.end, self.small_step)
        _mark(self.mark)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        arrow = ", with an arrow labelled with a question mark" if self.mark else ""
        return (
            f"A thermometer {self.scale_phrase()}. The liquid reaches {self.where(self.reading).removeprefix('on ')}"
            f"{arrow}."
        )
