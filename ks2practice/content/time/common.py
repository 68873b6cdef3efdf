"""Shared by the time topics: what more than one of them uses (ranges, contexts, helpers)."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import TimeOfDay
from ks2practice.content import misconceptions as mis
from ks2practice.core.model import Item, Level, Predicted
from ks2practice.pictures.diagrams import AnalogueClock

DAY = 24 * 60

# Minutes past the hour a clock may show, per level.
CLOCK_MINUTES = {1: (0, 30, 15, 45), 2: tuple(range(5, 60, 5)), 3: tuple(m for m in range(1, 60) if m % 5)}

_HOUR_WORDS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


_MINUTE_WORDS = {5: "five", 10: "ten", 15: "quarter", 20: "twenty", 25: "twenty-five", 30: "half"}


# ---------------------------------------------------------------------- shared helpers


def time_check(minutes: int) -> str:
    """A time of day for a check expression, as TimeOfDay.numeric() counts it: 19:45 → '19 × 60 + 45'."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return str(rest)
    return f"{hours} × 60" + (f" + {rest}" if rest else "")


def twenty_four(minutes: int) -> str:
    return TimeOfDay(minutes % DAY).format()


def twelve_hour(minutes: int, meridiem: bool = True) -> str:
    """'7:45 pm', '12:00 noon', '12:00 midnight', or '7:45' without am/pm."""
    hours, rest = divmod(minutes % DAY, 60)
    text = f"{(hours - 1) % 12 + 1}:{rest:02d}"
    if not meridiem:
        return text
    if rest == 0 and hours in (0, 12):
        return f"12 {'midnight' if hours == 0 else 'noon'}"
    return f"{text} {'am' if hours < 12 else 'pm'}"


def said(minutes: int) -> str:
    """The time as said aloud in class, without am/pm: 'twenty to nine', 'seven minutes past three'."""
    hours, rest = divmod(minutes % DAY, 60)
    hour = _HOUR_WORDS[hours % 12]
    if rest == 0:
        return f"{hour} o'clock"
    if rest <= 30:
        amount = _MINUTE_WORDS.get(rest) or f"{rest} minute{'s' if rest > 1 else ''}"
        return f"{amount} past {hour}"
    left = 60 - rest
    amount = _MINUTE_WORDS.get(left) or f"{left} minute{'s' if left > 1 else ''}"
    return f"{amount} to {_HOUR_WORDS[(hours + 1) % 12]}"


def part_of_day(minutes: int) -> str:
    hours = minutes % DAY // 60
    return "morning" if hours < 12 else "afternoon" if hours < 18 else "evening"


def _times(answer: TimeOfDay, *applied: mis.Applied) -> tuple[Predicted, ...]:
    """Predicted wrong times from mechanisms that give minutes after midnight, written as 24-hour times (09:50, not
    590); any that equal the key are dropped."""
    made = []
    for one in applied:
        wrong = one.wrong()
        if wrong is None or isinstance(wrong, bool | str) or wrong % DAY == answer.minutes:
            continue
        predicted = one.predicted(answer)
        if predicted is not None:
            made.append(replace(predicted, response=twenty_four(int(wrong)), plausible=True))
    return tuple(made)


def _clock(minutes: int, level: Level, rng: random.Random) -> AnalogueClock:
    chance = {Level.WORKING_TOWARDS: 0.0, Level.EXPECTED: 0.3, Level.GREATER_DEPTH: 0.5}[level]
    roman = rng.random() < chance
    return AnalogueClock(minutes // 60, minutes % 60, roman=roman)


def _drawn(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)
