"""Tables of data and ratio tables."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    Diagram,
    DiagramError,
    _as_tuple,
    _categories,
    _check_paired_rows,
    _count,
    _label,
    _say,
    _set,
    _text,
    join_words,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


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
