"""Place-value charts, base-10 (Dienes), part–whole models, tens frames and arrays."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    UNKNOWN,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _exact,
    _length_matches,
    _number,
    _set,
    _strip_zeros,
    _text,
    _value,
    count_text,
    is_number,
    join_words,
    number_text,
    quantity_text,
    whole_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


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
    labelled: bool = False  # place-value counters: each counter shows its value (1, 0.1, 0.01)

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
    def of(cls, number: Number, columns: tuple[str, ...] | None = None, labelled: bool = False) -> PlaceValueChart:
        """The chart of a number: a counter per unit of each digit, in the columns needed (or given);
        ``labelled`` counters show their value, as place-value counters do (0.1, 0.01)."""
        digits = _digits_by_place(number, "the number")
        used = [c for c in PLACE_COLUMNS if digits[c]] or ["O"]
        if columns is None:
            first = min(PLACE_COLUMNS.index(used[0]), PLACE_COLUMNS.index("O"))
            last = max(PLACE_COLUMNS.index(used[-1]), PLACE_COLUMNS.index("O"))
            columns = PLACE_COLUMNS[first : last + 1]
        missing = [c for c in used if c not in columns]
        if missing:
            raise DiagramError(f"{number_text(number)} needs the {PLACE_NAMES[missing[0]]} column")
        return cls(tuple(columns), tuple(digits[c] for c in columns), labelled)

    @property
    def value(self) -> Number:
        total = sum(_exact(PLACE_VALUES[c]) * n for c, n in zip(self.columns, self.counters, strict=True))
        if any(c in ("t", "h", "th") for c in self.columns):
            return _strip_zeros(Decimal(total.numerator) / Decimal(total.denominator))
        return int(total)

    def describe(self) -> str:
        names = join_words([PLACE_NAMES[c] for c in self.columns])
        counts = join_words([f"{n} in the {PLACE_NAMES[c]}" for c, n in zip(self.columns, self.counters, strict=True)])
        values = ""
        if self.labelled:
            shown = join_words([number_text(PLACE_VALUES[c]) for c in self.columns])
            values = f" Each counter shows its value ({shown})."
        return (
            f"A place-value chart with columns for {names}. Counters: {counts}.{values} Together they show "
            f"{number_text(self.value)}."
        )

    def labels(self) -> tuple:
        """The values printed on labelled counters, one per column used (the headings are not labels)."""
        if not self.labelled:
            return ()
        return tuple(PLACE_VALUES[c] for c, n in zip(self.columns, self.counters, strict=True) if n)


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
