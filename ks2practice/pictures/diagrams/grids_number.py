"""The hundred square: 1 to 100 for counting patterns, or a blank 10 × 10 grid of hundredths."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

from ks2practice.pictures.diagrams.base import (
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _set,
    count_text,
    join_words,
    number_text,
)


@dataclass(frozen=True)
class HundredSquare(Diagram):
    """A 10 × 10 square. With ``numbers`` it is the hundred square 1–100: ``shaded`` squares pick out a pattern and
    ``unknown`` squares show '?' for the numbers to find. Without, it is one whole in hundredths, ``shaded`` squares
    shaded (HundredSquare.hundredths(37): 0.37 or 37%), after ``wholes`` small squares shaded all over (3.75)."""

    kind: ClassVar[str] = "hundred_square"
    title: ClassVar[str] = "Hundred square"

    shaded: tuple[int, ...] = ()
    unknown: tuple[int, ...] = ()
    numbers: bool = True
    wholes: int = 0

    def __post_init__(self) -> None:
        _count(self.wholes, "wholes", 0, 9)
        if self.wholes and self.numbers:
            raise DiagramError("whole squares go with a grid of hundredths: give numbers=False")
        shaded, unknown = tuple(sorted(_as_tuple(self, "shaded"))), tuple(sorted(_as_tuple(self, "unknown")))
        for square in shaded + unknown:
            _count(square, "a square's number", 1, 100)
        if len(set(shaded)) != len(shaded) or len(set(unknown)) != len(unknown):
            raise DiagramError("each square may be listed only once")
        if unknown and not self.numbers:
            raise DiagramError("a grid of hundredths has no numbers to hide: give numbers=True for '?' squares")
        _set(self, "shaded", shaded)
        _set(self, "unknown", unknown)

    @classmethod
    def hundredths(cls, count: int) -> HundredSquare:
        """``count`` hundredths: whole squares for every hundred, then a grid with the rest shaded row by row."""
        _count(count, "the hundredths shaded", 0, 999)
        wholes, rest = divmod(count, 100) if count != 100 else (0, 100)
        return cls(tuple(range(1, rest + 1)), numbers=False, wholes=wholes)

    @property
    def value(self) -> Decimal:
        """What is shaded, counting a whole grid as one."""
        return self.wholes + Decimal(len(self.shaded)) / 100

    def labels(self) -> tuple:
        """The numbers picked out by shading (a grid of hundredths shows no numbers: its value is the count)."""
        if not self.numbers:
            return ()
        return tuple(n for n in self.shaded if n not in self.unknown)

    def describe(self) -> str:
        if not self.numbers:
            shaded = len(self.shaded)
            grid = (
                f"a square split into 100 equal squares, {shaded} of them shaded "
                f"({number_text(Fraction(shaded, 100))} of the whole)."
            )
            if self.wholes:
                grid = f"{count_text(self.wholes, 'whole square')} shaded all over, then {grid}"
            return grid[0].upper() + grid[1:]
        text = "A hundred square of the numbers 1 to 100 in rows of ten."
        if self.shaded:
            text += " Shaded: " + join_words([str(n) for n in self.shaded]) + "."
        if self.unknown:
            text += f" {count_text(len(self.unknown), 'square').capitalize()} show a question mark instead of a number."
        return text
