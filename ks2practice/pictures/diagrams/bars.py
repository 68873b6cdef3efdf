"""Bar model records (part–whole and comparison), fraction bars and fraction walls."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    BLANK,
    UNKNOWN,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _exact,
    _length_matches,
    _number,
    _set,
    _text,
    _value,
    count_text,
    is_number,
    join_words,
    number_text,
    quantity_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


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
    # The whole in the unit the prompt gives it (1 l over parts in ml), so the picture does not do the conversion
    # for the pupil; the parts are then drawn to scale from their sizes.
    whole_unit: str | None = None

    def __post_init__(self) -> None:
        parts = _as_tuple(self, "parts")
        _count(len(parts), "the number of parts", 2, 12)
        for i, part in enumerate(parts):
            _value(part, f"part {i + 1}", blank=True, positive=True)
        _value(self.whole, "the whole", positive=True)
        _text(self.unit, "unit", 8)
        if self.whole_unit is not None:
            _text(self.whole_unit, "the whole's unit", 8)
            if self.sizes is None or not is_number(self.whole):
                raise DiagramError(
                    "a whole in its own unit needs a number and sizes=(…) for every part, in the parts' unit"
                )
        if self.sizes is not None:
            self._check_sizes(_as_tuple(self, "sizes"))
        self.part_sizes  # noqa: B018 — works the sizes out now so a bad record fails when it is made

    def _check_sizes(self, sizes: tuple) -> None:
        _length_matches(sizes, self.parts, "sizes", "parts")
        for i, (size, part) in enumerate(zip(sizes, self.parts, strict=True)):
            _number(size, f"size {i + 1}", positive=True)
            if is_number(part) and _exact(part) != _exact(size):
                raise DiagramError(f"part {i + 1} is labelled {number_text(part)} but its size is {number_text(size)}")
        if is_number(self.whole) and self.whole_unit is None and sum(map(_exact, sizes)) != _exact(self.whole):
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

    def labels(self) -> tuple:
        """The numbers written on the bar: the whole and the labelled parts."""
        return tuple(v for v in (self.whole, *self.parts) if is_number(v))

    def describe(self) -> str:
        whole = (
            "a whole marked with a question mark"
            if self.whole == UNKNOWN
            else f"a whole of {quantity_text(self.whole, self.whole_unit or self.unit)}"
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
    ``difference`` labels the bracket between bars ``compare`` (indices, default the first two), and the longer
    of the two is drawn split into the shorter's length and the difference; ``splits`` cuts each bar into that
    many equal units (for 'three times as many'); ``total`` labels a bracket round all the bars (altogether).
    Label only what the question gives and '?' for what it asks: a share worked out on the way is left blank.
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
    total: Number | str | None = None

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
        self._check_total()

    def _check_total(self) -> None:
        if self.total is None:
            return
        _value(self.total, "the total", positive=True)
        if is_number(self.total) and _exact(self.total) != sum(self.bar_sizes):
            raise DiagramError(
                f"the total is labelled {number_text(self.total)} but the bars add up to "
                f"{number_text(sum(self.bar_sizes))}"
            )
        if self.total == UNKNOWN and UNKNOWN in self.values:
            raise DiagramError("the total is the '?': leave the bars it is made of blank or labelled, not '?' too")
        if is_number(self.total) and sum(v == BLANK or v == UNKNOWN for v in self.values) < 2:
            raise DiagramError(
                "with the total shown, leave at least two bars blank or '?': a last bar labelled gives the other "
                "away by one subtraction (for a part–whole question, draw a BarModel)"
            )

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

    def labels(self) -> tuple:
        """The numbers written on the picture: the bars' labels, the difference and the total."""
        return tuple(v for v in (*self.values, self.difference, self.total) if v is not None and is_number(v))

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
        if self.total is not None:
            label = (
                "marked with a question mark"
                if self.total == UNKNOWN
                else f"labelled {quantity_text(self.total, self.unit)}"
            )
            text += f" All the bars together are bracketed and {label}."
        return text


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


def _proper(value: object, what: str) -> Fraction:
    if not isinstance(value, Fraction) or not 0 < value <= 1 or value.denominator > 12:
        raise DiagramError(f"{what} must be a Fraction from 1/12 up to 1 with a denominator up to 12, not {value!r}")
    return value


@dataclass(frozen=True)
class FractionAreaModel(Diagram):
    """A fraction times a fraction as an area: a square split into ``columns.denominator`` columns and
    ``rows.denominator`` rows; ``columns`` of it shaded down, ``rows`` of it hatched across, the overlap the product.

    ``product`` labels the overlap: '?' (the question) or the product itself (a worked example).
    """

    kind: ClassVar[str] = "area_model"
    title: ClassVar[str] = "Fraction area model"

    columns: Fraction
    rows: Fraction
    product: Fraction | str = UNKNOWN

    def __post_init__(self) -> None:
        _proper(self.columns, "the fraction shaded in columns")
        _proper(self.rows, "the fraction hatched in rows")
        if self.product not in (UNKNOWN, BLANK) and self.product != self.columns * self.rows:
            raise DiagramError(
                f"the overlap is {number_text(self.columns * self.rows)}, not {number_text(self.product)}: "
                "label it with the product, '?' or ''"
            )

    @property
    def cells(self) -> int:
        return self.columns.denominator * self.rows.denominator

    @property
    def overlap(self) -> int:
        return self.columns.numerator * self.rows.numerator

    def labels(self) -> tuple:
        """The two fractions written along the sides, and the product when it is shown."""
        return (self.columns, self.rows) + ((self.product,) if is_number(self.product) else ())

    def describe(self) -> str:
        a, b = self.columns, self.rows
        product = {UNKNOWN: "marked with a question mark", BLANK: "unlabelled"}.get(
            self.product if isinstance(self.product, str) else None, f"labelled {number_text(self.product)}"
        )
        return (
            f"A square split into {count_text(a.denominator, 'column')} and {count_text(b.denominator, 'row')}, "
            f"{self.cells} equal parts. {a.numerator} of the {a.denominator} columns are shaded "
            f"({number_text(a)}) and {b.numerator} of the {b.denominator} rows are hatched ({number_text(b)}); "
            f"the {count_text(self.overlap, 'part')} shaded and hatched together are {product}."
        )


@dataclass(frozen=True)
class SharedFractionBar(Diagram):
    """A fraction divided by a whole number: a bar of ``parts`` parts, ``shaded`` of them shaded, every part split
    again into ``share`` pieces (dashed), and one share, the first ``shaded`` of those pieces, picked out and
    bracketed below: n/d ÷ k = n/(d × k). ``result`` labels that bracket: '?', '' or the share itself."""

    kind: ClassVar[str] = "fraction_bar"
    title: ClassVar[str] = "Fraction bar shared"

    parts: int
    shaded: int
    share: int
    result: Fraction | str = UNKNOWN

    def __post_init__(self) -> None:
        _count(self.parts, "parts", 2, 12)
        _count(self.shaded, "shaded parts", 1, self.parts)
        _count(self.share, "the number to share between", 2, 10)
        if self.parts * self.share > 60:
            raise DiagramError(
                f"{self.parts} parts split into {self.share} make {self.parts * self.share} pieces: at most 60 fit"
            )
        if self.result not in (UNKNOWN, BLANK) and self.result != self.fraction / self.share:
            raise DiagramError(
                f"one share is {number_text(self.fraction / self.share)}, not {number_text(self.result)}: label it "
                "with the answer, '?' or ''"
            )

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.shaded, self.parts)

    @property
    def pieces(self) -> int:
        """How many of the small pieces make one share: the shaded pieces shared equally."""
        return self.shaded  # shaded × share pieces shared between `share`: `shaded` each

    def labels(self) -> tuple:
        """The fraction shared (bracketed above), and the share when it is shown."""
        return (self.fraction,) + ((self.result,) if is_number(self.result) else ())

    def describe(self) -> str:
        fraction = number_text(self.fraction)
        result = {UNKNOWN: "marked with a question mark", BLANK: "outlined"}.get(
            self.result if isinstance(self.result, str) else None, f"labelled {number_text(self.result)}"
        )
        return (
            f"A fraction bar split into {count_text(self.parts, 'equal part')} with {self.shaded} shaded ({fraction}). "
            f"Each part is split again into {self.share} with dashed lines, making {self.parts * self.share} pieces; "
            f"one share of {fraction} ÷ {self.share}, {count_text(self.pieces, 'piece')}, is {result}."
        )
