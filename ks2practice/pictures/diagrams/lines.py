"""Number line records (markers and jumps) and the double number line."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    BLANK,
    UNKNOWN,
    Diagram,
    DiagramError,
    _as_tuple,
    _check_paired_rows,
    _check_proportional,
    _count,
    _exact,
    _label,
    _number,
    _say,
    _set,
    _strip_zeros,
    is_number,
    join_words,
    number_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


# ----------------------------------------------------------------------------------------------------
# Number lines
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """A point marked on a number line: its value and a label ('' for none, '?' for the value to find)."""

    value: Number
    label: Number | str = BLANK

    def __post_init__(self) -> None:
        _number(self.value, "a marked point")
        _label(self.label, "a point's label")

    @staticmethod
    def coerce(item: object) -> Marker:
        if isinstance(item, Marker):
            return item
        if isinstance(item, tuple):
            return Marker(*item)
        return Marker(item)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Jump:
    """A jump drawn as an arc above a number line, from one value to another, with a label such as '+4'."""

    start: Number
    end: Number
    label: Number | str = BLANK

    def __post_init__(self) -> None:
        _number(self.start, "a jump's start")
        _number(self.end, "a jump's end")
        if _exact(self.start) == _exact(self.end):
            raise DiagramError(f"a jump must go somewhere: it starts and ends at {number_text(self.start)}")
        _label(self.label, "a jump's label")

    @staticmethod
    def coerce(item: object) -> Jump:
        return item if isinstance(item, Jump) else Jump(*item)  # type: ignore[misc]


_LABEL_CHOICES = ("auto", "all", "ends", "none")
# Two marked points closer than this share of the line sit on top of each other: the line must zoom in.
MIN_GAP = Fraction(1, 30)
_NICE = (1, 2, 5)


def _zoom(values: tuple[Fraction, ...], most: int) -> tuple[Fraction, Fraction, Fraction]:
    """The closest-in line through the values: steps of 1, 2 or 5 of the finest place they use, running between
    multiples of ten steps, at most ``most`` steps long (5.73 and 5.76: 5.7 to 5.8 in hundredths)."""
    grain = Fraction(1)
    while any((v / grain).denominator != 1 for v in values):
        grain /= 10
        if grain < Fraction(1, 10**6):
            raise DiagramError("a zoomed line needs whole numbers or decimals, not other fractions")
    while all((v / (grain * 10)).denominator == 1 for v in values) and grain < 10**9:
        grain *= 10  # 300 and 700 are counted in hundreds, not ones
    low, high = min(values), max(values)
    power = grain
    while True:
        for nice in _NICE:
            step = nice * power
            frame = 10 * step
            start, end = (low // frame) * frame, -(-high // frame) * frame
            if end == start:
                end = start + frame
            if (end - start) / step <= most:
                return start, end, step
        power *= 10


def _like(value: Fraction, decimal: bool) -> Number:
    if value.denominator == 1:
        return int(value) if not decimal else _strip_zeros(Decimal(value.numerator))
    return _strip_zeros(Decimal(value.numerator) / Decimal(value.denominator)) if decimal else value


@dataclass(frozen=True)
class NumberLine(Diagram):
    """A number line from start to end with a mark every step; labels, marked points and jumps.

    ``labels``: 'auto' (as many as fit, always both ends), 'all', 'ends', 'none', or the values to label.
    """

    kind: ClassVar[str] = "number_line"
    title: ClassVar[str] = "Number line"

    start: Number
    end: Number
    step: Number
    labels: str | tuple[Number, ...] = "auto"
    points: tuple[Marker, ...] = ()
    jumps: tuple[Jump, ...] = ()

    def __post_init__(self) -> None:
        _number(self.start, "start")
        _number(self.end, "end")
        _number(self.step, "step", positive=True)
        if _exact(self.end) <= _exact(self.start):
            raise DiagramError(f"end ({number_text(self.end)}) must be more than start ({number_text(self.start)})")
        intervals = (_exact(self.end) - _exact(self.start)) / _exact(self.step)
        if intervals.denominator != 1:
            raise DiagramError(
                f"steps of {number_text(self.step)} do not fit exactly from {number_text(self.start)}"
                f" to {number_text(self.end)}"
            )
        _count(int(intervals), "the number of steps", 1, 100)
        self._check_labels()
        points = tuple(Marker.coerce(p) for p in _as_tuple(self, "points"))
        jumps = tuple(Jump.coerce(j) for j in _as_tuple(self, "jumps"))
        _set(self, "points", points)
        _set(self, "jumps", jumps)
        for value in [p.value for p in points] + [v for j in jumps for v in (j.start, j.end)]:
            if not _exact(self.start) <= _exact(value) <= _exact(self.end):
                raise DiagramError(
                    f"{number_text(value)} is off the line, which runs from {number_text(self.start)} "
                    f"to {number_text(self.end)}"
                )
        self._check_gaps(points)

    def _check_gaps(self, points: tuple[Marker, ...]) -> None:
        """Marked points are told apart: on two different marks, or at least MIN_GAP of the line from the next
        (5.73 and 5.76 between the tenths of a line from 5 to 6 are not: zoom in)."""
        gap = MIN_GAP * (_exact(self.end) - _exact(self.start))
        marks = set(map(_exact, self.marks))
        ordered = sorted({_exact(p.value) for p in points})
        for a, b in itertools.pairwise(ordered):
            if b - a < gap and not (a in marks and b in marks):
                raise DiagramError(
                    f"{number_text(_like(a, True))} and {number_text(_like(b, True))} are too close to tell apart on a "
                    f"line from {number_text(self.start)} to {number_text(self.end)}: zoom in (NumberLine.around)"
                )

    @classmethod
    def around(
        cls,
        values: tuple[Number, ...],
        points: tuple[Marker, ...] = (),
        jumps: tuple[Jump, ...] = (),
        labels: str | tuple[Number, ...] = "auto",
        most: int = 20,
    ) -> NumberLine:
        """The line zoomed in on the values: steps of 1, 2 or 5 in the finest place they use, between multiples
        of ten steps, so 5.73 and 5.76 sit on a line from 5.7 to 5.8 in hundredths (not 5 to 6)."""
        if not values:
            raise DiagramError("give the values the line is to show")
        for value in values:
            _number(value, "a value on the line")
        start, end, step = _zoom(tuple(map(_exact, values)), most)
        decimal = any(isinstance(v, Decimal) for v in values) or step.denominator != 1
        return cls(
            _like(start, decimal), _like(end, decimal), _like(step, decimal), labels=labels, points=points, jumps=jumps
        )

    def _check_labels(self) -> None:
        if isinstance(self.labels, str):
            if self.labels not in _LABEL_CHOICES:
                raise DiagramError(
                    f"labels must be one of {', '.join(_LABEL_CHOICES)} or the values to label, not {self.labels!r}"
                )
            return
        marks = set(map(_exact, self.marks))
        for value in _as_tuple(self, "labels"):
            _number(value, "a label value")
            if _exact(value) not in marks:
                raise DiagramError(f"{number_text(value)} is not on a mark, so it cannot be labelled")

    @property
    def intervals(self) -> int:
        return int((_exact(self.end) - _exact(self.start)) / _exact(self.step))

    @property
    def marks(self) -> tuple[Number, ...]:
        """Every mark's value, in the notation of the line: fractions, decimals or whole numbers."""
        values = (self.start, self.end, self.step)
        n = self.intervals
        if any(isinstance(v, Fraction) and v.denominator != 1 for v in values):
            return tuple(_exact(self.start) + k * _exact(self.step) for k in range(n + 1))
        if any(isinstance(v, Decimal) for v in values):
            return tuple(_strip_zeros(Decimal(self.start) + k * Decimal(self.step)) for k in range(n + 1))
        return tuple(int(self.start) + k * int(self.step) for k in range(n + 1))

    def describe(self) -> str:
        text = (
            f"A number line from {number_text(self.start)} to {number_text(self.end)} with marks every "
            f"{number_text(self.step)}."
        )
        if self.points:
            text += " Points marked: " + join_words([_marker_phrase(p) for p in self.points]) + "."
        if self.jumps:
            text += " Jumps drawn above the line: " + join_words([_jump_phrase(j) for j in self.jumps]) + "."
        return text


def _marker_phrase(point: Marker) -> str:
    if point.label == UNKNOWN:
        return "an arrow labelled with a question mark"
    if point.label == BLANK:
        return f"an arrow at {number_text(point.value)}"
    return f"an arrow labelled {number_text(point.label)}"


def _jump_phrase(jump: Jump) -> str:
    label = {UNKNOWN: " labelled with a question mark", BLANK: ""}.get(
        jump.label if isinstance(jump.label, str) else None, f" labelled {number_text(jump.label)}"
    )
    return f"from {number_text(jump.start)} to {number_text(jump.end)}{label}"


@dataclass(frozen=True)
class DoubleNumberLine(Diagram):
    """Two parallel number lines of paired values in one ratio (recipes, conversions); a value may be '?'."""

    kind: ClassVar[str] = "double_number_line"
    title: ClassVar[str] = "Double number line"

    top: tuple[Number | str, ...]
    bottom: tuple[Number | str, ...]
    top_label: str = ""
    bottom_label: str = ""

    def __post_init__(self) -> None:
        _check_paired_rows(self)
        positions = self.positions
        if len(set(positions)) != len(positions):
            raise DiagramError("two pairs sit at the same place on the line: each pair must be different")

    @property
    def ratio(self) -> Fraction:
        return _check_proportional(self.top, self.bottom)

    @property
    def positions(self) -> tuple[Fraction, ...]:
        """Each pair's place along the lines, measured by its top value (worked out where it is '?')."""
        ratio = self.ratio
        return tuple(
            _exact(a) if is_number(a) else _exact(b) / ratio for a, b in zip(self.top, self.bottom, strict=True)
        )

    def describe(self) -> str:
        pairs = join_words([f"{_say(a)} with {_say(b)}" for a, b in zip(self.top, self.bottom, strict=True)])
        names = f" ({self.top_label} above, {self.bottom_label} below)" if self.top_label or self.bottom_label else ""
        return f"A double number line{names} pairing {pairs}."
