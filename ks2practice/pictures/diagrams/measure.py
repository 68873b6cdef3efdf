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


def clock_text(minutes: int, twelve_hour: bool = False) -> str:
    """A time of day (minutes after midnight, any day) as a digital clock shows it: '14:05' or '2:05 pm'."""
    hours, rest = divmod(minutes % (24 * 60), 60)
    if twelve_hour:
        return f"{hours % 12 or 12}:{rest:02d} {'am' if hours < 12 else 'pm'}"
    return f"{hours:02d}:{rest:02d}"


@dataclass(frozen=True)
class DigitalClock(Diagram):
    """A digital clock display: 24-hour ('14:05') or, with ``twelve_hour``, 12-hour with am or pm ('2:05 pm')."""

    kind: ClassVar[str] = "digital_clock"
    title: ClassVar[str] = "Digital clock"

    hours: int
    minutes: int
    twelve_hour: bool = False

    def __post_init__(self) -> None:
        _count(self.hours, "hours", 0, 23)
        _count(self.minutes, "minutes", 0, 59)
        if not isinstance(self.twelve_hour, bool):
            raise DiagramError(f"twelve_hour must be True or False, not {self.twelve_hour!r}")

    @property
    def shown(self) -> str:
        return clock_text(60 * self.hours + self.minutes, self.twelve_hour)

    def labels(self) -> tuple:
        """The numbers on the display: the hour as shown (2 for 2 pm on a 12-hour clock) and the minutes."""
        return (self.hours % 12 or 12) if self.twelve_hour else self.hours, self.minutes

    def describe(self) -> str:
        kind = "12-hour" if self.twelve_hour else "24-hour"
        return f"A {kind} digital clock showing {self.shown}."


def duration_words(minutes: int) -> str:
    """A duration as a timeline labels it: '45 minutes', '1 hour 20 minutes', '2 hours'."""
    hours, rest = divmod(minutes, 60)
    parts = ([count_text(hours, "hour")] if hours else []) + ([count_text(rest, "minute")] if rest else [])
    return " ".join(parts).replace("one ", "1 ")


TIMELINE_UNKNOWNS = ("duration", "start", "end", "")


@dataclass(frozen=True)
class Timeline(Diagram):
    """A time line from a start time to an end time (minutes after midnight; the end may pass midnight, up to
    12 hours later), hour marks below, the duration as a jump above. ``unknown`` names the one slot shown as '?'
    ('duration', 'start', 'end', or '' for none). ``twelve_hour`` writes the times with am/pm; ``end_twelve_hour``
    (when given) writes the end time its own way, as a question that mixes the two clocks does."""

    kind: ClassVar[str] = "timeline"
    title: ClassVar[str] = "Time line"

    start: int
    end: int
    unknown: str = "duration"
    twelve_hour: bool = False
    end_twelve_hour: bool | None = None

    def __post_init__(self) -> None:
        _count(self.start, "start (minutes after midnight)", 0, 24 * 60 - 1)
        _count(self.end, "end (minutes after midnight)", self.start + 1, self.start + 12 * 60)
        if self.unknown not in TIMELINE_UNKNOWNS:
            raise DiagramError(f"unknown must be one of 'duration', 'start', 'end' or '', not {self.unknown!r}")
        if not isinstance(self.twelve_hour, bool) or not isinstance(self.end_twelve_hour, bool | None):
            raise DiagramError("twelve_hour and end_twelve_hour must be True or False")

    @property
    def duration(self) -> int:
        return self.end - self.start

    def text(self, slot: str) -> str:
        """What the picture prints for 'start', 'end' or 'duration': the time, the length, or '?'."""
        if slot == self.unknown:
            return "?"
        if slot == "duration":
            return duration_words(self.duration)
        minutes, twelve = (self.start, self.twelve_hour) if slot == "start" else (self.end, self.end_twelve_hour)
        twelve = self.twelve_hour if twelve is None else twelve
        if twelve and minutes % (12 * 60) == 0:  # as a question writes them: 12 noon, 12 midnight
            return "12 midnight" if minutes % (24 * 60) == 0 else "12 noon"
        return clock_text(minutes, twelve)

    def labels(self) -> tuple:
        """The known values printed, in minutes: start and end as minutes after midnight, the duration's length."""
        values = {"start": self.start % (24 * 60), "end": self.end % (24 * 60), "duration": self.duration}
        return tuple(value for slot, value in values.items() if slot != self.unknown)

    def describe(self) -> str:
        def say(slot: str) -> str:
            return "a question mark" if slot == self.unknown else self.text(slot)

        return f"A time line from {say('start')} to {say('end')}, with a jump between them labelled {say('duration')}."
