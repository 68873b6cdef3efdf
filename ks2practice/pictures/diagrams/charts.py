"""Pictograms, bar charts, line graphs and pie charts."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    Diagram,
    DiagramError,
    _as_tuple,
    _categories,
    _count,
    _exact,
    _length_matches,
    _number,
    _text,
    join_words,
    number_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


def _check_axis(values: tuple, step: Number, y_max: Number | None, low: Number = 0) -> None:
    """A value axis from ``low`` in whole steps to y_max (or past the biggest value), at most 25 steps."""
    _number(step, "step", positive=True)
    if y_max is not None:
        _number(y_max, "y_max")
        if y_max <= low or (_exact(y_max) - _exact(low)) % _exact(step):
            raise DiagramError(f"y_max {number_text(y_max)} must be above the axis start and a whole number of steps")
        if any(_exact(v) > _exact(y_max) for v in values):
            raise DiagramError(f"a value is above the top of the axis ({number_text(y_max)})")
    if (axis_top(values, step, y_max, low) - _exact(low)) / _exact(step) > 25:
        raise DiagramError("the step is too small: the axis would need more than 25 gridlines")


def _check_missing(record: object, count: int) -> None:
    """Indices of values the pupil draws: each once, on the chart, and not all of them."""
    missing = _as_tuple(record, "missing")
    for index in missing:
        _count(index, "a missing index", 0, count - 1)
    if len(set(missing)) != len(missing):
        raise DiagramError("an index is missing twice: give each once")
    if len(missing) >= count:
        raise DiagramError("every value is missing: leave at least one drawn for the scale to be read against")


def _entry(name: str, value: object, missing: bool) -> str:
    return f"{name} to be drawn" if missing else f"{name} {number_text(value)}"


def axis_top(values: tuple[Number, ...], step: Number, y_max: Number | None, low: Number = 0) -> Fraction:
    """The top of a chart's value axis: y_max, or the first whole step at or above the biggest value."""
    if y_max is not None:
        return _exact(y_max)
    steps = -(-(_exact(max(values)) - _exact(low)) // _exact(step))
    return _exact(low) + max(1, steps) * _exact(step)


@dataclass(frozen=True)
class Pictogram(Diagram):
    """A pictogram: a row of symbols per category, where one symbol stands for ``key`` (halves allowed)."""

    kind: ClassVar[str] = "pictogram"
    title: ClassVar[str] = "Pictogram"

    categories: tuple[str, ...]
    counts: tuple[int, ...]
    key: int = 1
    unit: str = ""
    heading: str = ""

    def __post_init__(self) -> None:
        categories, counts = _categories(self), _as_tuple(self, "counts")
        _length_matches(counts, categories, "counts", "categories")
        _count(self.key, "key", 1, 1000)
        _text(self.unit, "unit", 16)
        _text(self.heading, "heading", 40)
        for name, count in zip(categories, counts, strict=True):
            _count(count, f"the count for {name}", 0)
            if (2 * count) % self.key:
                raise DiagramError(
                    f"{count} for {name} cannot be shown when one symbol is {self.key}: only whole and "
                    f"half symbols are allowed"
                )
            if Fraction(count, self.key) > 12:
                raise DiagramError(f"{count} for {name} needs more than 12 symbols; use a bigger key")

    def symbols(self, count: int) -> Fraction:
        return Fraction(count, self.key)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        unit = f" {self.unit}" if self.unit else ""
        rows = join_words(
            [
                f"{name} {number_text(self.symbols(c))} {'symbol' if c == self.key else 'symbols'} ({c})"
                for name, c in zip(self.categories, self.counts, strict=True)
            ]
        )
        return f"A pictogram{head} where one symbol stands for {self.key}{unit}. Symbols: {rows}."


@dataclass(frozen=True)
class BarChart(Diagram):
    """A vertical bar chart: a bar per category, a value axis with gridlines every ``step``.

    ``missing``: indices of bars left for the pupil to draw: not drawn (their values are not shown), described as
    to be drawn; give y_max so the scale does not depend on them.
    """

    kind: ClassVar[str] = "bar_chart"
    title: ClassVar[str] = "Bar chart"

    categories: tuple[str, ...]
    values: tuple[Number, ...]
    step: Number
    heading: str = ""
    x_label: str = ""
    y_label: str = ""
    y_max: Number | None = None
    missing: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        values = _as_tuple(self, "values")
        _length_matches(values, _categories(self, longest=14), "values", "categories")
        for value in values:
            _number(value, "a bar's value", minimum=0)
        _check_axis(values, self.step, self.y_max)
        for name in ("heading", "x_label", "y_label"):
            _text(getattr(self, name), name, 40)
        _check_missing(self, len(values))

    @property
    def top(self) -> Fraction:
        return axis_top(self.values, self.step, self.y_max)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        bars = join_words(
            [_entry(c, v, i in self.missing) for i, (c, v) in enumerate(zip(self.categories, self.values, strict=True))]
        )
        axis = f" ({self.y_label})" if self.y_label else ""
        return f"A bar chart{head}. The scale{axis} goes up in steps of {number_text(self.step)}. Bars: {bars}."


@dataclass(frozen=True)
class LineGraph(Diagram):
    """A line graph: values at evenly spaced x labels joined by straight lines; ``y_min`` may be below 0.

    ``missing``: indices of points left for the pupil to plot: not drawn, nor the lines to them (their values are
    not shown), described as to be drawn; give y_max so the scale does not depend on them.
    """

    kind: ClassVar[str] = "line_graph"
    title: ClassVar[str] = "Line graph"

    x_labels: tuple[str, ...]
    values: tuple[Number, ...]
    step: Number
    heading: str = ""
    x_label: str = ""
    y_label: str = ""
    y_min: Number = 0
    y_max: Number | None = None
    missing: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        values = _as_tuple(self, "values")
        labels = _categories(self, "x_labels", 8)
        _count(len(labels), "the number of points", 2, 12)
        _length_matches(values, labels, "values", "x_labels")
        _number(self.y_min, "y_min")
        _number(self.step, "step", positive=True)
        if _exact(self.y_min) % _exact(self.step):
            raise DiagramError("y_min must be a whole number of steps")
        for value in values:
            _number(value, "a value", minimum=self.y_min)
        _check_axis(values, self.step, self.y_max, self.y_min)
        for name in ("heading", "x_label", "y_label"):
            _text(getattr(self, name), name, 40)
        _check_missing(self, len(values))

    @property
    def top(self) -> Fraction:
        return axis_top(self.values, self.step, self.y_max, self.y_min)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        points = join_words(
            [_entry(x, v, i in self.missing) for i, (x, v) in enumerate(zip(self.x_labels, self.values, strict=True))]
        )
        text = f"A line graph{head}, scale in steps of {number_text(self.step)}. Points: {points}."
        if self.missing:
            text += " The line is drawn only between neighbouring points that are shown."
        return text


_PIE_SHOW = ("name", "value", "fraction", "percent", "degrees")


@dataclass(frozen=True)
class PieChart(Diagram):
    """A pie chart from counts or from exact fractions (which must make 1); sectors start at 12 o'clock.

    ``show`` adds a number to each name: 'value', 'fraction', 'percent' or 'degrees' (default: 'name').
    """

    kind: ClassVar[str] = "pie_chart"
    title: ClassVar[str] = "Pie chart"

    categories: tuple[str, ...]
    values: tuple[Number, ...]
    heading: str = ""
    show: str = "name"

    def __post_init__(self) -> None:
        values = _as_tuple(self, "values")
        _length_matches(values, _categories(self, longest=16), "values", "categories")
        _count(len(values), "the number of sectors", 1, 8)
        for value in values:
            _number(value, "a sector's value", minimum=0)
        total = sum(map(_exact, values))
        if total == 0:
            raise DiagramError("a pie chart needs something to share out: the values add up to 0")
        if any(_exact(v).denominator != 1 for v in values) and total != 1:
            raise DiagramError(f"the fractions add up to {number_text(total)}, not 1")
        if self.show not in _PIE_SHOW:
            raise DiagramError(f"show must be one of {', '.join(_PIE_SHOW)}, not {self.show!r}")
        if self.show == "percent":
            for share in self.shares:
                if (share * 10000).denominator != 1:
                    raise DiagramError(
                        f"{number_text(share)} is not an exact percentage to 2 places; show another number"
                    )
        _text(self.heading, "heading", 40)

    @property
    def shares(self) -> tuple[Fraction, ...]:
        total = sum(map(_exact, self.values))
        return tuple(_exact(v) / total for v in self.values)

    @property
    def angles(self) -> tuple[Fraction, ...]:
        """Each sector's angle in exact degrees; they make 360."""
        return tuple(360 * share for share in self.shares)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        sectors = join_words(
            [
                f"{c} {number_text(s)} of the circle ({number_text(a)}°)"
                for c, s, a in zip(self.categories, self.shares, self.angles, strict=True)
            ]
        )
        return f"A pie chart{head} with {len(self.values)} sectors: {sectors}."
