"""Analogue clocks, coins and notes, and the protractor."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.core.number_words import words
from ks2practice.pictures.diagrams.base import (
    BLANK,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _label,
    _say,
    count_text,
    join_words,
    money_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


def pence_text(pence: int) -> str:
    """Pence as a child says them: under £1 in pence ('85p'), otherwise in pounds ('£3.05')."""
    return f"{pence}p" if 0 <= pence < 100 else money_text(pence)


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
