"""Representation records for KS2 pictures: frozen dataclasses of exact values, validated, with no drawing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

from ks2practice.core.number_words import words

Number = int | Fraction | Decimal
UNKNOWN = "?"  # a value the pupil has to find, shown as a question mark
BLANK = ""  # a value left unlabelled (an empty box, an unlabelled part)


class DiagramError(ValueError):
    """A representation record that cannot be drawn truthfully; the message says what to change."""


# ----------------------------------------------------------------------------------------------------
# Writing values as text (shared with the renderer so a picture and its description agree)
# ----------------------------------------------------------------------------------------------------

MINUS = "\u2212"  # the minus sign printed in KS2 papers, not a hyphen


def is_number(value: object) -> bool:
    """True for the exact numbers a record may hold: int, Fraction or Decimal (never bool or float)."""
    return isinstance(value, (int, Fraction, Decimal)) and not isinstance(value, bool)


def whole_text(value: int) -> str:
    """A whole number as KS2 papers write it: commas from five digits on (1000 but 10,000)."""
    digits = f"{abs(value):,}" if abs(value) >= 10000 else str(abs(value))
    return MINUS + digits if value < 0 else digits


def decimal_text(value: Decimal) -> str:
    """A Decimal exactly as written (0.50 keeps its zero), with thousands commas and a true minus sign."""
    whole, point, rest = format(abs(value), "f").partition(".")
    text = whole_text(int(whole)) + point + rest
    return MINUS + text if value < 0 else text


def fraction_parts(value: Fraction) -> tuple[str, int, int, int]:
    """Split a fraction into (sign, whole, numerator, denominator): -7/3 → ('−', 2, 1, 3)."""
    sign = MINUS if value < 0 else ""
    whole, numerator = divmod(abs(value.numerator), value.denominator)
    return sign, whole, numerator, value.denominator


def number_text(value: Number | str) -> str:
    """A value as plain text: 12,500, 0.75, 2 1/3, −4, or a label such as '?' unchanged."""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return whole_text(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if value.denominator == 1:
        return whole_text(value.numerator)
    sign, whole, numerator, denominator = fraction_parts(value)
    if whole:
        return f"{sign}{whole_text(whole)} {numerator}/{denominator}"
    return f"{sign}{numerator}/{denominator}"


def money_text(pence: int) -> str:
    """Pence written in pounds: 305 → '£3.05', 500 → '£5', 85 → '£0.85'."""
    pounds, rest = divmod(abs(pence), 100)
    sign = MINUS if pence < 0 else ""
    return f"{sign}£{whole_text(pounds)}" + (f".{rest:02d}" if rest else "")


def pence_text(pence: int) -> str:
    """Pence as a child says them: under £1 in pence ('85p'), otherwise in pounds ('£3.05')."""
    return f"{pence}p" if 0 <= pence < 100 else money_text(pence)


_TIGHT_UNITS = ("p", "°", "%")  # written without a space: 85p, 60°, 25%


def quantity_text(value: Number | str, unit: str = "") -> str:
    """A value with its unit: '£3.05' (unit '£', value in pence), '85p', '12 cm', '60°'; labels as given."""
    if isinstance(value, str):
        return value
    if unit == "£":
        return money_text(int(value))
    if unit in _TIGHT_UNITS:
        return number_text(value) + unit
    return f"{number_text(value)} {unit}" if unit else number_text(value)


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_text(count: int, noun: str, plural: str | None = None) -> str:
    """'one part', '4 parts', 'no counters' — small counts in words, as a teacher would say them."""
    word = _NUMBER_WORDS[count] if count <= 1 else str(count)
    return f"{word} {noun if count == 1 else (plural or noun + 's')}"


def join_words(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ----------------------------------------------------------------------------------------------------
# Validation helpers
# ----------------------------------------------------------------------------------------------------


def _set(record: object, name: str, value: object) -> None:
    object.__setattr__(record, name, value)  # normalising a frozen dataclass field in __post_init__


def _as_tuple(record: object, name: str) -> tuple:
    value = getattr(record, name)
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise DiagramError(f"{name} must be a list or tuple, not {value!r}")
    items = tuple(value)
    _set(record, name, items)
    return items


def _number(value: object, what: str, *, minimum: Number | None = None, positive: bool = False) -> Number:
    if not is_number(value):
        raise DiagramError(f"{what} must be an exact number (int, Fraction or Decimal), not {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise DiagramError(f"{what} must be a finite number, not {value}")
    if positive and value <= 0:
        raise DiagramError(f"{what} must be more than 0, not {number_text(value)}")
    if minimum is not None and value < minimum:
        raise DiagramError(f"{what} must be at least {number_text(minimum)}, not {number_text(value)}")
    return value


def _value(value: object, what: str, *, blank: bool = False, **limits: object) -> Number | str:
    """A number, '?' for an unknown, or (when allowed) '' for an unlabelled value."""
    if value == UNKNOWN and isinstance(value, str):
        return value
    if blank and value == BLANK and isinstance(value, str):
        return value
    if isinstance(value, str):
        allowed = "'?'" + (" or ''" if blank else "")
        raise DiagramError(f"{what} must be a number or {allowed}, not {value!r}")
    return _number(value, what, **limits)


def _count(value: object, what: str, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DiagramError(f"{what} must be a whole number, not {value!r}")
    if value < low:
        raise DiagramError(f"{what} must be at least {low}, not {value}")
    if high is not None and value > high:
        raise DiagramError(f"{what} must be at most {high}, not {value}")
    return value


def _text(value: object, what: str, longest: int = 40) -> str:
    if not isinstance(value, str):
        raise DiagramError(f"{what} must be text, not {value!r}")
    if len(value) > longest:
        raise DiagramError(f"{what} is too long to fit the picture ({len(value)} characters; at most {longest})")
    return value


def _label(value: object, what: str) -> Number | str:
    """A label: text (including '?' or '') or an exact number."""
    if isinstance(value, str):
        return _text(value, what, 24)
    return _number(value, what)


def _length_matches(items: tuple, other: tuple, what: str, other_what: str) -> None:
    if len(items) != len(other):
        raise DiagramError(f"{what} has {len(items)} entries but {other_what} has {len(other)}; give one for each")


def _exact(value: Number) -> Fraction:
    return Fraction(value)


class Diagram:
    """Base of every picture record: a `kind` id (as in Spec.representation), a title and describe()."""

    kind: ClassVar[str] = ""
    title: ClassVar[str] = ""
    _classes: ClassVar[dict[str, tuple[type[Diagram], ...]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Registering here means a new kind is added in one place: its class.
        Diagram._classes[cls.kind] = (*Diagram._classes.get(cls.kind, ()), cls)

    def describe(self) -> str:
        raise NotImplementedError


def kinds() -> tuple[str, ...]:
    """Every representation kind id, sorted: the values Spec.representation may take."""
    return tuple(sorted(Diagram._classes))


def classes_for(kind: str) -> tuple[type[Diagram], ...]:
    """The record classes of one kind of picture (a bar model has a part–whole and a comparison class)."""
    if kind not in Diagram._classes:
        raise DiagramError(f"unknown representation {kind!r}; kinds are: {', '.join(kinds())}")
    return Diagram._classes[kind]


# ----------------------------------------------------------------------------------------------------
# Bar models
# ----------------------------------------------------------------------------------------------------


def _part_phrase(part: Number | str, unit: str) -> str:
    if part == UNKNOWN:
        return "a part marked with a question mark"
    if part == BLANK:
        return "an unlabelled part"
    return quantity_text(part, unit)


@dataclass(frozen=True)
class BarModel(Diagram):
    """Part–whole bar model: a whole (bracketed above, or '?') split into parts that are numbers, '?' or ''.

    Parts shown as '?' or '' share what the whole leaves equally; give ``sizes`` (the true part values)
    when the whole is unknown too, so the bar is still drawn to scale.
    """

    kind: ClassVar[str] = "bar_model"
    title: ClassVar[str] = "Bar model"

    whole: Number | str
    parts: tuple[Number | str, ...]
    sizes: tuple[Number, ...] | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        parts = _as_tuple(self, "parts")
        _count(len(parts), "the number of parts", 2, 12)
        for i, part in enumerate(parts):
            _value(part, f"part {i + 1}", blank=True, positive=True)
        _value(self.whole, "the whole", positive=True)
        _text(self.unit, "unit", 8)
        if self.sizes is not None:
            self._check_sizes(_as_tuple(self, "sizes"))
        self.part_sizes  # noqa: B018 — works the sizes out now so a bad record fails when it is made

    def _check_sizes(self, sizes: tuple) -> None:
        _length_matches(sizes, self.parts, "sizes", "parts")
        for i, (size, part) in enumerate(zip(sizes, self.parts, strict=True)):
            _number(size, f"size {i + 1}", positive=True)
            if is_number(part) and _exact(part) != _exact(size):
                raise DiagramError(f"part {i + 1} is labelled {number_text(part)} but its size is {number_text(size)}")
        if is_number(self.whole) and sum(map(_exact, sizes)) != _exact(self.whole):
            raise DiagramError(
                f"the sizes add up to {number_text(sum(map(_exact, sizes)))}, not the whole {number_text(self.whole)}"
            )

    @property
    def part_sizes(self) -> tuple[Fraction, ...]:
        """The true size of every part, as drawn: given, or shared out from the whole."""
        if self.sizes is not None:
            return tuple(map(_exact, self.sizes))
        known = [_exact(p) for p in self.parts if is_number(p)]
        hidden = len(self.parts) - len(known)
        if self.whole == UNKNOWN:
            if hidden:
                raise DiagramError(
                    "with the whole unknown, give sizes=(…) for the parts marked '?' or left blank, "
                    "so the bar can be drawn to scale"
                )
            return tuple(known)
        whole = _exact(self.whole)
        if not hidden:
            if sum(known) != whole:
                raise DiagramError(
                    f"the parts {' + '.join(number_text(p) for p in self.parts)} = "
                    f"{number_text(sum(known))} do not make the whole {number_text(self.whole)}"
                )
            return tuple(known)
        rest = whole - sum(known)
        if rest <= 0:
            raise DiagramError(
                f"the known parts already make {number_text(sum(known))}, leaving nothing of the "
                f"whole {number_text(self.whole)} for the other parts"
            )
        return tuple(_exact(p) if is_number(p) else rest / hidden for p in self.parts)

    @property
    def total(self) -> Fraction:
        return sum(self.part_sizes, Fraction(0))

    def describe(self) -> str:
        whole = (
            "a whole marked with a question mark"
            if self.whole == UNKNOWN
            else f"a whole of {quantity_text(self.whole, self.unit)}"
        )
        sizes = self.part_sizes
        if len(set(sizes)) > 1:
            return (
                f"A bar model: {whole} split into " + join_words([_part_phrase(p, self.unit) for p in self.parts]) + "."
            )
        notes = []
        labels = [p for p in self.parts if is_number(p)]
        if labels:
            notes.append(f"{count_text(len(labels), 'part')} labelled {quantity_text(labels[0], self.unit)}")
        unknown = self.parts.count(UNKNOWN)
        if unknown:
            notes.append(f"{count_text(unknown, 'part')} marked with a question mark")
        detail = (", " + join_words(notes)) if notes else ""
        return f"A bar model: {whole} split into {len(self.parts)} equal parts{detail}."


@dataclass(frozen=True)
class ComparisonBarModel(Diagram):
    """Comparison bar model: named bars of different lengths, the gap between two of them bracketed.

    ``values`` label the bars (numbers, '?' or ''); ``sizes`` gives the true values when any label hides one.
    ``difference`` labels the bracket between bars ``compare`` (indices, default the first two); ``splits``
    cuts each bar into that many equal units (for 'three times as many').
    """

    kind: ClassVar[str] = "bar_model"
    title: ClassVar[str] = "Comparison bar model"

    names: tuple[str, ...]
    values: tuple[Number | str, ...]
    sizes: tuple[Number, ...] | None = None
    difference: Number | str | None = None
    compare: tuple[int, int] = (0, 1)
    splits: tuple[int, ...] | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        names, values = _as_tuple(self, "names"), _as_tuple(self, "values")
        _count(len(names), "the number of bars", 2, 5)
        _length_matches(values, names, "values", "names")
        for i, name in enumerate(names):
            _text(name, f"name {i + 1}", 16)
        for i, value in enumerate(values):
            _value(value, f"value {i + 1}", blank=True, positive=True)
        _text(self.unit, "unit", 8)
        if self.sizes is None:
            if not all(is_number(v) for v in values):
                raise DiagramError(
                    "a bar marked '?' or left blank needs sizes=(…), the true values, so the bars are drawn to scale"
                )
        else:
            sizes = _as_tuple(self, "sizes")
            _length_matches(sizes, names, "sizes", "names")
            for i, (size, value) in enumerate(zip(sizes, values, strict=True)):
                _number(size, f"size {i + 1}", positive=True)
                if is_number(value) and _exact(value) != _exact(size):
                    raise DiagramError(
                        f"bar {i + 1} is labelled {number_text(value)} but its size is {number_text(size)}"
                    )
        self._check_compare()
        if self.splits is not None:
            splits = _as_tuple(self, "splits")
            _length_matches(splits, names, "splits", "names")
            for i, split in enumerate(splits):
                _count(split, f"splits for bar {i + 1}", 1, 20)

    def _check_compare(self) -> None:
        compare = _as_tuple(self, "compare")
        if len(compare) != 2 or compare[0] == compare[1]:
            raise DiagramError(f"compare must name two different bars, not {compare!r}")
        for index in compare:
            _count(index, "a bar index in compare", 0, len(self.names) - 1)
        if self.difference is None:
            return
        _value(self.difference, "the difference", positive=True)
        first, second = (self.bar_sizes[i] for i in compare)
        if first == second:
            raise DiagramError("the two compared bars are the same length: there is no difference to bracket")
        if is_number(self.difference) and _exact(self.difference) != abs(first - second):
            raise DiagramError(
                f"the difference is labelled {number_text(self.difference)} but the bars differ by "
                f"{number_text(abs(first - second))}"
            )

    @property
    def bar_sizes(self) -> tuple[Fraction, ...]:
        return tuple(map(_exact, self.sizes if self.sizes is not None else self.values))

    def describe(self) -> str:
        bars = []
        for i, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            label = {UNKNOWN: "marked with a question mark", BLANK: "unlabelled"}.get(
                value if isinstance(value, str) else None, quantity_text(value, self.unit)
            )
            split = self.splits[i] if self.splits else 1
            units = f" ({split} equal units)" if split > 1 else ""
            bars.append(f"{name or f'bar {i + 1}'} {label}{units}")
        text = f"A comparison bar model with {len(self.names)} bars: " + join_words(bars) + "."
        if self.difference is not None:
            a, b = (self.names[i] or f"bar {i + 1}" for i in self.compare)
            label = (
                "marked with a question mark"
                if self.difference == UNKNOWN
                else f"labelled {quantity_text(self.difference, self.unit)}"
            )
            text += f" The difference between {a} and {b} is bracketed and {label}."
        return text


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


def _strip_zeros(value: Decimal) -> Decimal:
    """0.50 → 0.5 and 1.0 → 1 for a mark's label, without the exponent that Decimal.normalize() gives 10."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


_LABEL_CHOICES = ("auto", "all", "ends", "none")


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


# ----------------------------------------------------------------------------------------------------
# Place value: charts, Dienes, part–whole, tens frames, arrays
# ----------------------------------------------------------------------------------------------------

PLACE_COLUMNS = ("M", "HTh", "TTh", "Th", "H", "T", "O", "t", "h", "th")
PLACE_VALUES: dict[str, Number] = {
    "M": 1_000_000,
    "HTh": 100_000,
    "TTh": 10_000,
    "Th": 1000,
    "H": 100,
    "T": 10,
    "O": 1,
    "t": Decimal("0.1"),
    "h": Decimal("0.01"),
    "th": Decimal("0.001"),
}
PLACE_NAMES = {
    "M": "millions",
    "HTh": "hundred thousands",
    "TTh": "ten thousands",
    "Th": "thousands",
    "H": "hundreds",
    "T": "tens",
    "O": "ones",
    "t": "tenths",
    "h": "hundredths",
    "th": "thousandths",
}


def _digits_by_place(number: Number, what: str) -> dict[str, int]:
    """The digit in every place of a non-negative number below ten million with at most 3 decimal places."""
    _number(number, what, minimum=0)
    scaled = _exact(number) * 1000
    if scaled.denominator != 1:
        raise DiagramError(f"{number_text(number)} has more than 3 decimal places: a chart goes to thousandths")
    if number >= 10_000_000:
        raise DiagramError(f"{number_text(number)} is too big: a chart goes up to millions")
    digits, rest = {}, int(scaled)
    for column in reversed(PLACE_COLUMNS):
        rest, digits[column] = divmod(rest, 10)
    return digits


@dataclass(frozen=True)
class PlaceValueChart(Diagram):
    """A place-value chart: headed columns (Th H T O, O t h, …) holding counters, any number per column.

    Use PlaceValueChart.of(number) for the usual picture; give counters directly for an exchange (12 tens).
    """

    kind: ClassVar[str] = "place_value_chart"
    title: ClassVar[str] = "Place-value chart"

    columns: tuple[str, ...]
    counters: tuple[int, ...]

    def __post_init__(self) -> None:
        columns, counters = _as_tuple(self, "columns"), _as_tuple(self, "counters")
        if not columns:
            raise DiagramError("a place-value chart needs at least one column")
        for column in columns:
            if column not in PLACE_COLUMNS:
                raise DiagramError(f"unknown column {column!r}; columns are {', '.join(PLACE_COLUMNS)}")
        first = PLACE_COLUMNS.index(columns[0])
        if columns != PLACE_COLUMNS[first : first + len(columns)]:
            raise DiagramError(f"columns must be neighbours in order, e.g. Th H T O, not {' '.join(columns)}")
        _length_matches(counters, columns, "counters", "columns")
        for column, count in zip(columns, counters, strict=True):
            _count(count, f"the counters in the {PLACE_NAMES[column]} column", 0, 20)

    @classmethod
    def of(cls, number: Number, columns: tuple[str, ...] | None = None) -> PlaceValueChart:
        """The chart of a number: a counter per unit of each digit, in the columns needed (or given)."""
        digits = _digits_by_place(number, "the number")
        used = [c for c in PLACE_COLUMNS if digits[c]] or ["O"]
        if columns is None:
            first = min(PLACE_COLUMNS.index(used[0]), PLACE_COLUMNS.index("O"))
            last = max(PLACE_COLUMNS.index(used[-1]), PLACE_COLUMNS.index("O"))
            columns = PLACE_COLUMNS[first : last + 1]
        missing = [c for c in used if c not in columns]
        if missing:
            raise DiagramError(f"{number_text(number)} needs the {PLACE_NAMES[missing[0]]} column")
        return cls(tuple(columns), tuple(digits[c] for c in columns))

    @property
    def value(self) -> Number:
        total = sum(_exact(PLACE_VALUES[c]) * n for c, n in zip(self.columns, self.counters, strict=True))
        if any(c in ("t", "h", "th") for c in self.columns):
            return _strip_zeros(Decimal(total.numerator) / Decimal(total.denominator))
        return int(total)

    def describe(self) -> str:
        names = join_words([PLACE_NAMES[c] for c in self.columns])
        counts = join_words([f"{n} in the {PLACE_NAMES[c]}" for c, n in zip(self.columns, self.counters, strict=True)])
        return (
            f"A place-value chart with columns for {names}. Counters: {counts}. Together they show "
            f"{number_text(self.value)}."
        )


@dataclass(frozen=True)
class BaseTen(Diagram):
    """Base-10 (Dienes) blocks: thousand cubes, hundred flats, ten rods and one cubes.

    Use BaseTen.of(number) for the usual picture; give counts directly for an exchange (1 hundred, 14 tens).
    """

    kind: ClassVar[str] = "base_ten"
    title: ClassVar[str] = "Base-10 blocks"

    thousands: int = 0
    hundreds: int = 0
    tens: int = 0
    ones: int = 0

    def __post_init__(self) -> None:
        _count(self.thousands, "thousands", 0, 9)
        for name in ("hundreds", "tens", "ones"):
            _count(getattr(self, name), name, 0, 20)
        if self.value == 0:
            raise DiagramError("there are no blocks to show: give at least one")
        if self.value > 9999:
            raise DiagramError(f"the blocks make {self.value}; base-10 pictures go up to 9999")

    @classmethod
    def of(cls, number: int) -> BaseTen:
        _count(number, "the number", 1, 9999)
        thousands, rest = divmod(number, 1000)
        hundreds, rest = divmod(rest, 100)
        return cls(thousands, hundreds, *divmod(rest, 10))

    @property
    def value(self) -> int:
        return 1000 * self.thousands + 100 * self.hundreds + 10 * self.tens + self.ones

    def describe(self) -> str:
        blocks = [
            count_text(n, noun)
            for n, noun in (
                (self.thousands, "thousand cube"),
                (self.hundreds, "hundred flat"),
                (self.tens, "ten rod"),
                (self.ones, "one cube"),
            )
            if n
        ]
        return f"Base-10 blocks: {join_words(blocks)}, making {whole_text(self.value)}."


@dataclass(frozen=True)
class PartWholeModel(Diagram):
    """A part–whole (cherry) model: the whole in a circle on top, 2–4 part circles below; any may be '?'."""

    kind: ClassVar[str] = "part_whole"
    title: ClassVar[str] = "Part–whole model"

    whole: Number | str
    parts: tuple[Number | str, ...]
    unit: str = ""

    def __post_init__(self) -> None:
        parts = _as_tuple(self, "parts")
        _count(len(parts), "the number of parts", 2, 4)
        _value(self.whole, "the whole", minimum=0)
        for i, part in enumerate(parts):
            _value(part, f"part {i + 1}", minimum=0)
        _text(self.unit, "unit", 8)
        known = [_exact(p) for p in parts if is_number(p)]
        if is_number(self.whole) and len(known) == len(parts) and sum(known) != _exact(self.whole):
            raise DiagramError(
                f"the parts {' + '.join(number_text(p) for p in parts)} = {number_text(sum(known))} "
                f"do not make the whole {number_text(self.whole)}"
            )
        if is_number(self.whole) and sum(known) > _exact(self.whole):
            raise DiagramError(
                f"the known parts make {number_text(sum(known))}, more than the whole {number_text(self.whole)}"
            )

    def describe(self) -> str:
        def say(value: Number | str) -> str:
            return "a question mark" if value == UNKNOWN else quantity_text(value, self.unit)

        return (
            f"A part–whole model: the whole is {say(self.whole)}; the parts are "
            f"{join_words([say(p) for p in self.parts])}."
        )


@dataclass(frozen=True)
class TensFrame(Diagram):
    """Tens frames (2 × 5) filled in order with counters, then ``more`` in a second colour (8 + 5)."""

    kind: ClassVar[str] = "tens_frame"
    title: ClassVar[str] = "Tens frame"

    counters: int
    more: int = 0
    frames: int | None = None

    def __post_init__(self) -> None:
        _count(self.counters, "counters", 0, 100)
        _count(self.more, "more", 0, 100)
        needed = max(1, -(-self.total // 10))
        if self.frames is None:
            _set(self, "frames", needed)
        _count(self.frames, "frames", 1, 10)
        if self.frames < needed:
            raise DiagramError(f"{self.total} counters need {needed} tens frames, not {self.frames}")

    @property
    def total(self) -> int:
        return self.counters + self.more

    def describe(self) -> str:
        frames = count_text(self.frames, "tens frame")
        frames = frames[0].upper() + frames[1:]
        if not self.more:
            return f"{frames} with {count_text(self.counters, 'counter')}."
        return (
            f"{frames} with {count_text(self.counters, 'counter')} and then {self.more} more in a second "
            f"colour, {self.total} altogether."
        )


@dataclass(frozen=True)
class Array(Diagram):
    """An array of dots in rows and columns; ``grouped`` rings each row."""

    kind: ClassVar[str] = "array"
    title: ClassVar[str] = "Array"

    rows: int
    columns: int
    grouped: bool = False

    def __post_init__(self) -> None:
        _count(self.rows, "rows", 1, 12)
        _count(self.columns, "columns", 1, 12)

    @property
    def total(self) -> int:
        return self.rows * self.columns

    def describe(self) -> str:
        rows = f"{count_text(self.rows, 'row')} of {count_text(self.columns, 'dot')}"
        ring = ", each row circled" if self.grouped else ""
        return f"An array of {rows} ({self.total} dots){ring}."


# ----------------------------------------------------------------------------------------------------
# Fractions
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FractionBar(Diagram):
    """A bar split into ``parts`` equal parts, ``shaded`` of them shaded; more than a whole uses more bars."""

    kind: ClassVar[str] = "fraction_bar"
    title: ClassVar[str] = "Fraction bar"

    parts: int
    shaded: int
    label_parts: bool = False

    def __post_init__(self) -> None:
        _count(self.parts, "parts", 1, 24)
        _count(self.shaded, "shaded parts", 0, 4 * self.parts)

    @property
    def bars(self) -> int:
        return max(1, -(-self.shaded // self.parts))

    @property
    def value(self) -> Fraction:
        return Fraction(self.shaded, self.parts)

    def describe(self) -> str:
        fraction = f"{self.shaded}/{self.parts}"
        if self.bars == 1:
            return (
                f"A fraction bar split into {count_text(self.parts, 'equal part')} with "
                f"{count_text(self.shaded, 'part')} shaded ({fraction})."
            )
        return (
            f"{self.bars} fraction bars, each split into {count_text(self.parts, 'equal part')}, with "
            f"{self.shaded} parts shaded altogether ({fraction})."
        )


_UNIT_NAMES = {
    1: "one whole",
    2: "halves",
    3: "thirds",
    4: "quarters",
    5: "fifths",
    6: "sixths",
    7: "sevenths",
    8: "eighths",
    9: "ninths",
    10: "tenths",
    11: "elevenths",
    12: "twelfths",
}


@dataclass(frozen=True)
class FractionWall(Diagram):
    """A fraction wall: a row per denominator split into unit fractions, aligned; ``shade`` pairs (k, n)
    shade the first k of the n-ths, e.g. ((1, 2), (2, 4)) to show that a half equals two quarters."""

    kind: ClassVar[str] = "fraction_wall"
    title: ClassVar[str] = "Fraction wall"

    denominators: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 8, 10, 12)
    shade: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        denominators = _as_tuple(self, "denominators")
        _count(len(denominators), "the number of rows", 1, 12)
        for d in denominators:
            _count(d, "a denominator", 1, 12)
        if len(set(denominators)) != len(denominators):
            raise DiagramError("each denominator may have only one row")
        shade = tuple(tuple(pair) for pair in _as_tuple(self, "shade"))
        _set(self, "shade", shade)
        seen = set()
        for pair in shade:
            if len(pair) != 2:
                raise DiagramError(f"shade pairs are (numerator, denominator), not {pair!r}")
            numerator, denominator = pair
            if denominator not in denominators:
                raise DiagramError(f"there is no row for {denominator} to shade {numerator}/{denominator} in")
            _count(numerator, f"the shaded parts of the {_UNIT_NAMES[denominator]}", 1, denominator)
            if denominator in seen:
                raise DiagramError(f"the row of {_UNIT_NAMES[denominator]} is shaded twice")
            seen.add(denominator)

    def describe(self) -> str:
        rows = join_words([_UNIT_NAMES[d] for d in self.denominators])
        text = f"A fraction wall with rows of {rows}, lined up under one whole."
        if self.shade:
            text += " Shaded: " + join_words([f"{k}/{n}" for k, n in self.shade]) + "."
        return text


# ----------------------------------------------------------------------------------------------------
# Ratio and proportion
# ----------------------------------------------------------------------------------------------------


def _check_proportional(top: tuple, bottom: tuple) -> Fraction:
    """The constant bottom ÷ top, checked for every pair with both values known; at most one '?' a pair."""
    _length_matches(bottom, top, "the bottom row", "the top row")
    _count(len(top), "the number of pairs", 2, 8)
    for i, pair in enumerate(zip(top, bottom, strict=True)):
        for value in pair:
            _value(value, f"pair {i + 1}", minimum=0)
        if UNKNOWN in pair and all(isinstance(v, str) for v in pair):
            raise DiagramError(f"pair {i + 1} has two question marks: at most one value in a pair may be unknown")
    known = [(_exact(a), _exact(b)) for a, b in zip(top, bottom, strict=True) if is_number(a) and is_number(b)]
    ratios = {b / a for a, b in known if a}
    if any(a == 0 and b != 0 for a, b in known):
        raise DiagramError("0 must pair with 0 in a proportion")
    if not ratios:
        raise DiagramError("give at least one pair with both values known (and not 0), to fix the ratio")
    if len(ratios) > 1:
        raise DiagramError(
            "the pairs are not in the same ratio: "
            + join_words([f"{number_text(a)} : {number_text(b)}" for a, b in known if a])
        )
    return ratios.pop()


def _check_paired_rows(record: DoubleNumberLine | RatioTable) -> None:
    """What a double number line and a ratio table both require: two equal rows in one ratio, short row labels."""
    _as_tuple(record, "top")
    _as_tuple(record, "bottom")
    _check_proportional(record.top, record.bottom)
    _text(record.top_label, "top_label", 16)
    _text(record.bottom_label, "bottom_label", 16)


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


def _say(value: Number | str) -> str:
    return "a question mark" if value == UNKNOWN else number_text(value)


@dataclass(frozen=True)
class RatioTable(Diagram):
    """A two-row ratio table: paired values in one ratio, with row labels; a value may be '?'."""

    kind: ClassVar[str] = "ratio_table"
    title: ClassVar[str] = "Ratio table"

    top: tuple[Number | str, ...]
    bottom: tuple[Number | str, ...]
    top_label: str = ""
    bottom_label: str = ""

    def __post_init__(self) -> None:
        _check_paired_rows(self)

    def describe(self) -> str:
        top = f"{self.top_label}: " if self.top_label else "top row: "
        bottom = f"{self.bottom_label}: " if self.bottom_label else "bottom row: "
        return (
            f"A ratio table. {top[0].upper()}{top[1:]}{join_words([_say(v) for v in self.top])}. "
            f"{bottom[0].upper()}{bottom[1:]}{join_words([_say(v) for v in self.bottom])}."
        )


# ----------------------------------------------------------------------------------------------------
# Measurement: clocks, money, protractors
# ----------------------------------------------------------------------------------------------------


def _hour_word(hour: int) -> str:
    """An hour on a 12-hour face in words: 0 and 12 are both 'twelve'."""
    return words(hour % 12 or 12)


@dataclass(frozen=True)
class AnalogueClock(Diagram):
    """A 12-hour clock face showing hours (0–23, drawn on 12) and minutes, Arabic or Roman numerals."""

    kind: ClassVar[str] = "analogue_clock"
    title: ClassVar[str] = "Analogue clock"

    hours: int
    minutes: int
    roman: bool = False

    def __post_init__(self) -> None:
        _count(self.hours, "hours", 0, 23)
        _count(self.minutes, "minutes", 0, 59)

    @property
    def minute_angle(self) -> int:
        """Degrees clockwise from 12: 6° a minute."""
        return 6 * self.minutes

    @property
    def hour_angle(self) -> Fraction:
        """Degrees clockwise from 12: 30° an hour and 0.5° a minute."""
        return 30 * (self.hours % 12) + Fraction(self.minutes, 2)

    def spoken(self) -> str:
        """The time as said in class: 'quarter to four', '10 past 3', "3 o'clock"."""
        hour = self.hours % 12
        if self.minutes == 0:
            return f"{_hour_word(hour)} o'clock"
        if self.minutes <= 30:
            words = {15: "quarter", 30: "half"}.get(self.minutes, count_text(self.minutes, "minute"))
            return f"{words} past {_hour_word(hour)}"
        left = 60 - self.minutes
        words = "quarter" if left == 15 else count_text(left, "minute")
        return f"{words} to {_hour_word(hour + 1)}"

    def describe(self) -> str:
        face = " with Roman numerals" if self.roman else ""
        shown = self.hours % 12 or 12
        return f"An analogue clock{face} showing {shown}:{self.minutes:02d} ({self.spoken()})."


COINS = (1, 2, 5, 10, 20, 50, 100, 200)
NOTES = (500, 1000, 2000, 5000)


@dataclass(frozen=True)
class Coins(Diagram):
    """UK coins and notes, each given by its value in pence (1p … £2 coins; £5, £10, £20, £50 notes)."""

    kind: ClassVar[str] = "coins"
    title: ClassVar[str] = "Coins and notes"

    pieces: tuple[int, ...]

    def __post_init__(self) -> None:
        pieces = _as_tuple(self, "pieces")
        _count(len(pieces), "the number of coins and notes", 1, 24)
        for piece in pieces:
            if isinstance(piece, bool) or piece not in COINS + NOTES:
                raise DiagramError(
                    f"{piece!r} is not a UK coin or note in pence; use one of {', '.join(map(str, COINS + NOTES))}"
                )

    @property
    def total(self) -> int:
        """The total in pence."""
        return sum(self.pieces)

    def describe(self) -> str:
        names = []
        for value in sorted(set(self.pieces), reverse=True):
            noun = f"{pence_text(value)} {'note' if value in NOTES else 'coin'}"
            names.append(count_text(self.pieces.count(value), noun))
        return f"Money: {join_words(names)}, {self.total}p ({money_text(self.total)}) altogether."


@dataclass(frozen=True)
class Protractor(Diagram):
    """A semicircular protractor, scaled 0–180 both ways, with an angle of ``degrees`` drawn from the zero on
    the ``side`` given ('right' reads the outer scale, 'left' the inner one)."""

    kind: ClassVar[str] = "protractor"
    title: ClassVar[str] = "Protractor"

    degrees: int
    side: str = "right"
    label: Number | str = BLANK

    def __post_init__(self) -> None:
        _count(self.degrees, "degrees", 0, 180)
        if self.side not in ("right", "left"):
            raise DiagramError(f"side must be 'right' or 'left', not {self.side!r}")
        _label(self.label, "the angle's label")

    def describe(self) -> str:
        label = "" if self.label == BLANK else f", labelled {_say(self.label)}"
        return (
            f"A protractor on an angle of {self.degrees}° measured from the zero on the {self.side}-hand side{label}."
        )


# ----------------------------------------------------------------------------------------------------
# Geometry
# ----------------------------------------------------------------------------------------------------


def _sub(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
    return a[0] - b[0], a[1] - b[1]


def _cross(u: tuple[Fraction, Fraction], v: tuple[Fraction, Fraction]) -> Fraction:
    return u[0] * v[1] - u[1] * v[0]


def _dot(u: tuple[Fraction, Fraction], v: tuple[Fraction, Fraction]) -> Fraction:
    return u[0] * v[0] + u[1] * v[1]


def _segments_cross(p: tuple, q: tuple, r: tuple, s: tuple) -> bool:
    """True when segment pq meets segment rs (exact arithmetic; touching counts)."""
    d1, d2 = _cross(_sub(q, p), _sub(r, p)), _cross(_sub(q, p), _sub(s, p))
    d3, d4 = _cross(_sub(s, r), _sub(p, r)), _cross(_sub(s, r), _sub(q, r))
    if ((d1 > 0) != (d2 > 0)) and d1 and d2 and ((d3 > 0) != (d4 > 0)) and d3 and d4:
        return True

    def on(a: tuple, b: tuple, c: tuple) -> bool:
        return (
            _cross(_sub(b, a), _sub(c, a)) == 0
            and min(a[0], b[0]) <= c[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])
        )

    return on(p, q, r) or on(p, q, s) or on(r, s, p) or on(r, s, q)


def _per_side(record: object, name: str, sides: int, check) -> tuple:
    values = _as_tuple(record, name)
    if values and len(values) != sides:
        raise DiagramError(
            f"{name} needs one entry for each of the {sides} {'sides' if 'side' in name else 'vertices'}"
            f" (or none), not {len(values)}"
        )
    for value in values:
        check(value)
    return values


def _group_number(value: object) -> None:
    _count(value, "a tick or arrow group", 0, 3)


def _optional_label(value: object) -> None:
    if value is not None:
        _label(value, "a label")


@dataclass(frozen=True)
class Shape2D(Diagram):
    """A polygon from exact vertices (y up), with side labels, angle labels, right-angle squares,
    equal-side ticks and parallel-side arrows. Side i joins vertex i to vertex i + 1.

    ``equal_sides`` / ``parallel_sides``: per side, 0 for none or a group number 1–3 (sides in one group are
    equal / parallel, and get that many ticks / arrows). Numeric side labels must match the drawing's
    proportions unless ``not_to_scale`` (then the picture says so).
    """

    kind: ClassVar[str] = "shape_2d"
    title: ClassVar[str] = "2-D shape"

    vertices: tuple[tuple[Number, Number], ...]
    side_labels: tuple[Number | str | None, ...] = ()
    angle_labels: tuple[Number | str | None, ...] = ()
    right_angles: tuple[int, ...] = ()
    equal_sides: tuple[int, ...] = ()
    parallel_sides: tuple[int, ...] = ()
    vertex_names: tuple[str, ...] = ()
    unit: str = ""
    name: str = ""
    not_to_scale: bool = False

    def __post_init__(self) -> None:
        vertices = tuple(tuple(v) for v in _as_tuple(self, "vertices"))
        _set(self, "vertices", vertices)
        _count(len(vertices), "the number of vertices", 3, 12)
        for vertex in vertices:
            if len(vertex) != 2:
                raise DiagramError(f"a vertex is an (x, y) pair, not {vertex!r}")
            for coordinate in vertex:
                _number(coordinate, "a coordinate")
        n = len(vertices)
        _per_side(self, "side_labels", n, _optional_label)
        _per_side(self, "angle_labels", n, _optional_label)
        _per_side(self, "equal_sides", n, _group_number)
        _per_side(self, "parallel_sides", n, _group_number)
        _per_side(self, "vertex_names", n, lambda v: _text(v, "a vertex name", 3))
        for index in _as_tuple(self, "right_angles"):
            _count(index, "a right-angle vertex", 0, n - 1)
        _text(self.unit, "unit", 8)
        _text(self.name, "name", 30)
        self._check_geometry()

    @property
    def points(self) -> tuple[tuple[Fraction, Fraction], ...]:
        return tuple((_exact(x), _exact(y)) for x, y in self.vertices)

    def side(self, i: int) -> tuple[Fraction, Fraction]:
        points = self.points
        return _sub(points[(i + 1) % len(points)], points[i])

    def _check_geometry(self) -> None:
        points, n = self.points, len(self.points)
        if any(self.side(i) == (0, 0) for i in range(n)):
            raise DiagramError("two neighbouring vertices are the same point")
        if sum(_cross(points[i], points[(i + 1) % n]) for i in range(n)) == 0:
            raise DiagramError("the vertices all lie on one line: the shape has no area")
        for i in range(n):
            for j in range(i + 2, n):
                if (j + 1) % n != i and _segments_cross(points[i], points[(i + 1) % n], points[j], points[(j + 1) % n]):
                    raise DiagramError(
                        f"sides {i + 1} and {j + 1} cross: the vertices must go round the shape in order"
                    )
        area = sum(_cross(points[i], points[(i + 1) % n]) for i in range(n))
        for i in self.right_angles:
            if _dot(self.side(i - 1), self.side(i)) != 0:
                raise DiagramError(f"the angle at vertex {i + 1} is marked as a right angle but is not 90°")
            if (_cross(self.side(i - 1), self.side(i)) > 0) != (area > 0):
                raise DiagramError(f"the inside angle at vertex {i + 1} is 270° (reflex), not a right angle")
        self._check_groups(self.equal_sides, lambda u, v: _dot(u, u) == _dot(v, v), "equal")
        self._check_groups(self.parallel_sides, lambda u, v: _cross(u, v) == 0, "parallel")
        self._check_scale()

    def _check_groups(self, groups: tuple[int, ...], same, word: str) -> None:
        for group in set(groups) - {0}:
            sides = [i for i, g in enumerate(groups) if g == group]
            if len(sides) < 2:
                raise DiagramError(f"only side {sides[0] + 1} is marked {word} in group {group}: mark two or more")
            for i in sides[1:]:
                if not same(self.side(sides[0]), self.side(i)):
                    raise DiagramError(f"sides {sides[0] + 1} and {i + 1} are marked {word} but are not")

    def _check_scale(self) -> None:
        if self.not_to_scale:
            return
        scales = set()
        for i, label in enumerate(self.side_labels):
            if is_number(label):
                u = self.side(i)
                scales.add(_exact(label) ** 2 / _dot(u, u))
        if len(scales) > 1:
            raise DiagramError(
                "the side labels do not match the drawing's proportions; fix the vertices or set not_to_scale=True"
            )

    def describe(self) -> str:
        n = len(self.vertices)
        text = f"A 2-D shape{f' ({self.name})' if self.name else ''} with {n} sides."
        sides = [
            f"{self._side(i)}: {_label_phrase(v, self.unit)}" for i, v in enumerate(self.side_labels) if v is not None
        ]
        if sides:
            text += " Sides labelled: " + join_words(sides) + "."
        angles = [
            f"at {self._vertex(i)} {_label_phrase(v, '°')}" for i, v in enumerate(self.angle_labels) if v is not None
        ]
        if angles:
            text += " Angles labelled: " + join_words(angles) + "."
        if self.right_angles:
            text += " Right angles marked at " + join_words([self._vertex(i) for i in self.right_angles]) + "."
        for groups, word in ((self.equal_sides, "equal"), (self.parallel_sides, "parallel")):
            for group in sorted(set(groups) - {0}):
                sides = [str(i + 1) for i, g in enumerate(groups) if g == group]
                text += f" Sides {join_words(sides)} are marked {word}."
        if self.not_to_scale:
            text += " Not drawn to scale."
        return text

    def _side(self, i: int) -> str:
        if self.vertex_names:
            return self.vertex_names[i] + self.vertex_names[(i + 1) % len(self.vertex_names)]
        return f"side {i + 1}"

    def _vertex(self, i: int) -> str:
        return self.vertex_names[i] if self.vertex_names else f"vertex {i + 1}"


def _label_phrase(label: Number | str, unit: str) -> str:
    return "with a question mark" if label == UNKNOWN else quantity_text(label, unit if is_number(label) else "")


@dataclass(frozen=True)
class GridPoint:
    """A labelled point on a coordinate grid."""

    x: Number
    y: Number
    label: str = ""

    def __post_init__(self) -> None:
        _number(self.x, "x")
        _number(self.y, "y")
        _text(self.label, "a point's label", 3)

    @staticmethod
    def coerce(item: object) -> GridPoint:
        return item if isinstance(item, GridPoint) else GridPoint(*item)  # type: ignore[misc]


@dataclass(frozen=True)
class CoordinateGrid(Diagram):
    """A coordinate grid (first quadrant, or four when the ranges go below 0) with labelled points, optionally
    joined in order into a polygon."""

    kind: ClassVar[str] = "coordinate_grid"
    title: ClassVar[str] = "Coordinate grid"

    x_range: tuple[int, int] = (0, 10)
    y_range: tuple[int, int] = (0, 10)
    points: tuple[GridPoint, ...] = ()
    polygon: bool = False

    def __post_init__(self) -> None:
        for name in ("x_range", "y_range"):
            axis = _as_tuple(self, name)
            if len(axis) != 2:
                raise DiagramError(f"{name} is (lowest, highest), not {axis!r}")
            _count(axis[0], f"the low end of {name}", -20, 0)
            _count(axis[1], f"the high end of {name}", 1, 20)
        points = tuple(GridPoint.coerce(p) for p in _as_tuple(self, "points"))
        _set(self, "points", points)
        for point in points:
            if not (self.x_range[0] <= point.x <= self.x_range[1] and self.y_range[0] <= point.y <= self.y_range[1]):
                raise DiagramError(f"the point ({number_text(point.x)}, {number_text(point.y)}) is off the grid")
        if self.polygon and len(points) < 2:
            raise DiagramError("joining points needs at least two of them")

    @property
    def four_quadrants(self) -> bool:
        return self.x_range[0] < 0 or self.y_range[0] < 0

    def describe(self) -> str:
        x0, x1 = self.x_range
        y0, y1 = self.y_range
        quadrants = "four quadrants" if self.four_quadrants else "the first quadrant"
        text = (
            f"A coordinate grid showing {quadrants}: x from {number_text(x0)} to {number_text(x1)}, "
            f"y from {number_text(y0)} to {number_text(y1)}."
        )
        if self.points:
            text += (
                " Points: "
                + join_words(
                    [f"{p.label + ' ' if p.label else ''}({number_text(p.x)}, {number_text(p.y)})" for p in self.points]
                )
                + "."
            )
        if self.polygon:
            text += " The points are joined in order" + (" to make a closed shape." if len(self.points) > 2 else ".")
        return text


# ----------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------


def _categories(record: object, name: str = "categories", longest: int = 20) -> tuple[str, ...]:
    items = _as_tuple(record, name)
    _count(len(items), f"the number of {name}", 1, 12)
    for item in items:
        _text(item, f"a name in {name}", longest)
    return items


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
    """A vertical bar chart: a bar per category, a value axis with gridlines every ``step``."""

    kind: ClassVar[str] = "bar_chart"
    title: ClassVar[str] = "Bar chart"

    categories: tuple[str, ...]
    values: tuple[Number, ...]
    step: Number
    heading: str = ""
    x_label: str = ""
    y_label: str = ""
    y_max: Number | None = None

    def __post_init__(self) -> None:
        values = _as_tuple(self, "values")
        _length_matches(values, _categories(self, longest=14), "values", "categories")
        for value in values:
            _number(value, "a bar's value", minimum=0)
        _check_axis(values, self.step, self.y_max)
        for name in ("heading", "x_label", "y_label"):
            _text(getattr(self, name), name, 40)

    @property
    def top(self) -> Fraction:
        return axis_top(self.values, self.step, self.y_max)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        bars = join_words([f"{c} {number_text(v)}" for c, v in zip(self.categories, self.values, strict=True)])
        axis = f" ({self.y_label})" if self.y_label else ""
        return f"A bar chart{head}. The scale{axis} goes up in steps of {number_text(self.step)}. Bars: {bars}."


@dataclass(frozen=True)
class LineGraph(Diagram):
    """A line graph: values at evenly spaced x labels joined by straight lines; ``y_min`` may be below 0."""

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

    @property
    def top(self) -> Fraction:
        return axis_top(self.values, self.step, self.y_max, self.y_min)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        points = join_words([f"{x} {number_text(v)}" for x, v in zip(self.x_labels, self.values, strict=True)])
        return f"A line graph{head}, scale in steps of {number_text(self.step)}. Points: {points}."


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


@dataclass(frozen=True)
class Table(Diagram):
    """A table: a header row and rows of cells (text, exact numbers or '?')."""

    kind: ClassVar[str] = "table"
    title: ClassVar[str] = "Table"

    header: tuple[str, ...]
    rows: tuple[tuple[Number | str, ...], ...]
    heading: str = ""

    def __post_init__(self) -> None:
        header = _categories(self, "header", 20)
        _count(len(header), "the number of columns", 1, 8)
        rows = tuple(tuple(row) for row in _as_tuple(self, "rows"))
        _set(self, "rows", rows)
        _count(len(rows), "the number of rows", 1, 12)
        for i, row in enumerate(rows):
            if len(row) != len(header):
                raise DiagramError(f"row {i + 1} has {len(row)} cells but there are {len(header)} columns")
            for cell in row:
                _label(cell, f"a cell in row {i + 1}")
        _text(self.heading, "heading", 40)

    def describe(self) -> str:
        head = f" of {self.heading}" if self.heading else ""
        rows = "; ".join(
            ", ".join(f"{h} {_say(c) if c != '' else 'blank'}" for h, c in zip(self.header, row, strict=True))
            for row in self.rows
        )
        return f"A table{head} with columns {join_words(list(self.header))}. Rows: {rows}."
