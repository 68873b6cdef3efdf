"""Time (measurement, Years 3–5): read clocks, 12- and 24-hour times, durations and timetables, units of time."""

# Levels (design.md §4): 1 working towards — o'clock, half past and quarter times, whole units, a hint;
# 2 expected — times to 5 minutes, Roman numeral faces, crossing the hour, mixed units; 3 greater depth — times to
# the minute, crossing noon and midnight, timetables and several steps. Times of day are held as minutes after
# midnight (as TimeOfDay is), and every check writes a time as "h × 60 + m" so the notation solver can confirm it.

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Comparison, Measure, TimeOfDay, TrueFalse, WholeNumber, format_decimal
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.wording import hint, lettered, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level, Predicted
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import AnalogueClock, Table

DAY = 24 * 60

# Minutes past the hour a clock may show, per level.
CLOCK_MINUTES = {1: (0, 30, 15, 45), 2: tuple(range(5, 60, 5)), 3: tuple(m for m in range(1, 60) if m % 5)}

_HOUR_WORDS = ("twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
ROMAN = ("XII", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI")
_MINUTE_WORDS = {5: "five", 10: "ten", 15: "quarter", 20: "twenty", 25: "twenty-five", 30: "half"}


# ---------------------------------------------------------------------- shared helpers


def time_check(minutes: int) -> str:
    """A time of day for a check expression, as TimeOfDay.numeric() counts it: 19:45 → '19 × 60 + 45'."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return str(rest)
    return f"{hours} × 60" + (f" + {rest}" if rest else "")


def _is_twelve_hour(shown: str) -> bool:
    """Whether a time in a prompt was written the 12-hour way ('2:30 pm', '12:00 noon')."""
    return shown.endswith(("am", "pm", "noon", "midnight"))


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


def duration_text(minutes: int) -> str:
    """'45 minutes', '2 hours', '1 hour 25 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours > 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest > 1 else ''}")
    return " ".join(parts)


def _times(answer: TimeOfDay, *candidates: tuple[str, int | None]) -> tuple[Predicted, ...]:
    """Predicted wrong times, written as 24-hour times; any that equal the key are dropped."""
    kept = [
        (mid, twenty_four(wrong)) for mid, wrong in candidates if wrong is not None and wrong % DAY != answer.minutes
    ]
    return mis.predictions(answer, *kept)


def _clock_time(rng: random.Random, level: Level) -> int:
    """A time a clock face could show at this level, in minutes after midnight."""
    minute = rng.choice(CLOCK_MINUTES[int(level)])
    afternoon = rng.random() < 0.5
    # Waking hours only, so 'in the morning' and 'in the evening' read naturally: 6 am to 9:59 pm.
    hour = rng.randint(12, 21) if afternoon else rng.randint(6, 11)
    return hour * 60 + minute


def _clock(minutes: int, level: Level, rng: random.Random) -> AnalogueClock:
    chance = {Level.WORKING_TOWARDS: 0.0, Level.EXPECTED: 0.3, Level.GREATER_DEPTH: 0.5}[level]
    roman = rng.random() < chance
    return AnalogueClock(minutes // 60, minutes % 60, roman=roman)


# ---------------------------------------------------------------------- reading clocks


def _clock_slip(minutes: int) -> tuple[str, int] | None:
    """A wrong reading of a clock a pupil might give: the hour hand misread, or the hands swapped."""
    hours, rest = divmod(minutes, 60)
    misread = ts.hour_hand_next_hour(hours, rest)
    if misread is not None:
        return "hour_hand_next_hour", misread
    if rest % 5 == 0 and rest != (hours % 12) * 5:
        swapped = ((rest // 5 or 12) % 12 + (12 if hours >= 12 else 0)) * 60 + (hours % 12) * 5
        return "", swapped
    if 0 < rest < 30:  # 'past' said as 'to'
        return "", hours * 60 + 60 - rest
    return None


@topic(
    "time.read_clocks",
    title="Read analogue clocks (Arabic and Roman numerals) to the hour, 5 minutes and the minute",
    codes=("3M4a", "3M4c", "3M4d", "4M4a"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "spot_the_mistake", "word_problem"),
)
def read_clocks(rng: random.Random, level: Level, style: str) -> Item:
    if style == "missing_number":
        return _hands_for(rng, level, style)
    now = _clock_time(rng, level)
    hours, minute = divmod(now, 60)
    clock = _clock(now, level, rng)
    part = part_of_day(now)
    tip = hint(level, "the short hand shows the hour it has passed; the long hand counts the minutes in fives.")
    steps = [
        f"The hour hand has passed {(hours - 1) % 12 + 1}"
        + (f" and the minute hand points to {minute} minutes." if minute else "."),
        f"It is {said(now)} in the {part}: {twelve_hour(now)}, or {twenty_four(now)}.",
    ]
    slip = _clock_slip(now)
    if style == "fluency" and clock.roman and minute % 5 == 0 and rng.random() < 0.4:
        # 3M4c: the minute hand points at a Roman numeral; the numeral counts fives, not minutes
        numeral = ROMAN[minute // 5]
        past = minute <= 30
        answer = WholeNumber(minute if past else 60 - minute)
        ask = "past the hour is it" if past else f"is it until {_HOUR_WORDS[(hours + 1) % 12]} o'clock"
        prompt = f"On this clock the minute hand points to {numeral}. How many minutes {ask}?"
        steps = [
            f"{numeral} is {minute // 5} on an Arabic clock face; each number is 5 minutes on: "
            f"{minute // 5} × 5 = {minute} minutes past.",
        ]
        if not past:
            steps.append(f"60 − {minute} = {60 - minute} minutes to the hour.")
        check = f"{minute // 5} × 5" if past else f"60 − {minute // 5} × 5"
        predicted = mis.predictions(
            answer, ("numeral_as_minutes", ts.numeral_as_minutes(minute // 5) if past else None)
        )
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), clock)
    if style == "fluency":
        answer = TimeOfDay(now)
        ask = "Write the time in digits." if part == "morning" else "Write the time with pm, or as a 24-hour time."
        prompt = f"The clock shows a time in the {part}. {ask}{tip}"
        predicted = _times(answer, ("hour_hand_next_hour", ts.hour_hand_next_hour(hours, minute)))
        return _drawn(make(prompt, answer, steps, style, time_check(now), predicted=predicted), clock)
    if style == "true_or_false":
        claim = now
        if slip and slip[1] != now and rng.random() < 0.6:
            claim = slip[1]
        elif rng.random() < 0.5:
            claim = now + rng.choice((-5, 5)) if level != Level.GREATER_DEPTH else now + rng.choice((-1, 1, -2, 2))
        answer = TrueFalse((claim - now) % 720 == 0)
        prompt = f"True or false? The clock shows {said(claim)}.{tip}"
        steps.append(f"So the statement is {truth_word(answer.value)}.")
        predicted = mis.predictions(answer, (slip[0], True)) if slip and slip[0] and claim == slip[1] else ()
        check = f"{time_check(now % 720)} = {time_check(claim % 720)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), clock)
    if style == "odd_one_out":
        odd = slip[1] if slip else now + 60
        forms = [twelve_hour(now), twenty_four(now), said(now) + f" in the {part}"]
        odd_text = rng.choice((twelve_hour(odd % DAY), said(odd) + f" in the {part}"))
        if odd_text in forms:
            odd_text = twelve_hour((now + 60) % DAY)
            odd = now + 60
        options = [*forms, odd_text]
        rng.shuffle(options)
        answer = Choice(tuple(options), options.index(odd_text))
        prompt = f"The clock shows a time in the {part}. Three of these say that time. Which is the odd one out? " + (
            lettered(options)
        )
        steps.append(f"{odd_text} is a different time.")
        return _drawn(make(prompt, answer, steps, style, f"{time_check(odd % DAY)} ≠ {time_check(now)}"), clock)
    if style == "spot_the_mistake":
        wrong = slip[1] if slip else now + 60
        who = name(rng)
        answer = TimeOfDay(now)
        prompt = (
            f"{who} says this clock shows {twelve_hour(wrong % DAY, meridiem=False)} in the {part}. "
            f"{who} has made a mistake. What time does the clock really show?{tip}"
        )
        steps.insert(0, f"{who} read the clock wrongly: look at where the hour hand is.")
        predicted = _times(answer, (slip[0], slip[1])) if slip and slip[0] else ()
        return _drawn(make(prompt, answer, steps, style, time_check(now), predicted=predicted), clock)
    # word problem: minutes from the clock's time to an event
    who = name(rng)
    event = rng.choice(
        ("the school bus comes", "the film starts", "swimming starts", "the cake is ready", "lunch starts")
    )
    if level == Level.WORKING_TOWARDS:
        target = now - minute + (30 if minute < 30 else 60)
    elif level == Level.EXPECTED:
        target = now - minute + 60 + rng.choice((0, 5, 10, 15))
    else:
        target = now - minute + 60 + rng.randint(1, 40)
    gap = target - now
    answer = Measure(gap, "min", unit_required=False)
    prompt = (
        f"{who} looks at this clock in the {part}. {event.capitalize()} at {twelve_hour(target)}. "
        f"How many minutes is that after the time on the clock?" + hint(level, "count on to the next o'clock first.")
    )
    steps = [
        f"The clock shows {twelve_hour(now)}.",
        f"From {twelve_hour(now)} to {twelve_hour(target)} is {gap} minutes.",
    ]
    predicted = mis.predictions(answer, ("hour_as_hundred_minutes", ts.clock_subtraction(now, target)))
    return _drawn(
        make(prompt, answer, steps, style, f"{time_check(target)} − ({time_check(now)})", predicted=predicted), clock
    )


def _hands_for(rng: random.Random, level: Level, style: str) -> Item:
    """Digital to analogue (4M4a, 4M4b): where the minute hand points for a time written in digits."""
    now = _clock_time(rng, level)
    hours, minute = divmod(now, 60)
    shown = twelve_hour(now) if level != Level.GREATER_DEPTH else twenty_four(now)
    if level != Level.GREATER_DEPTH:
        answer = WholeNumber(minute // 5 or 12)
        prompt = f"Draw {shown} on a clock in your head. Which number does the minute hand point to?" + hint(
            level, "the minute hand moves 5 minutes from one number to the next."
        )
        steps = [f"{minute} minutes past is {minute} ÷ 5 = {minute // 5} numbers round from 12."]
        if minute == 0:
            steps = ["At o'clock the minute hand points straight up, to 12."]
        check = f"{minute} ÷ 5" if minute else "60 ÷ 5"
        predicted = mis.predictions(answer, ("numeral_as_minutes", minute if minute else None))
        return make(prompt, answer, steps, style, check, predicted=predicted)
    while not 6 <= minute <= 54:  # the minute hand between two numbers, neither of them 12
        minute = rng.choice(CLOCK_MINUTES[3])
    now = hours * 60 + minute
    shown = twenty_four(now)
    answer = WholeNumber(minute // 5)
    prompt = f"At {shown} the minute hand is between two numbers on the clock face. What is the smaller number?"
    steps = [
        f"{minute} minutes is between {minute // 5 * 5} and {minute // 5 * 5 + 5} minutes.",
        f"{minute // 5 * 5} ÷ 5 = {minute // 5} and {minute // 5 * 5 + 5} ÷ 5 = {minute // 5 + 1}.",
        f"The minute hand is between {minute // 5} and {minute // 5 + 1}; the smaller is {minute // 5}.",
    ]
    predicted = mis.predictions(answer, ("numeral_as_minutes", minute))
    return make(prompt, answer, steps, style, f"({minute} − {minute % 5}) ÷ 5", predicted=predicted)


def _drawn(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


# ---------------------------------------------------------------------- 12-hour and 24-hour times


def _pm_time(rng: random.Random, level: Level) -> int:
    """An afternoon or evening time (1 pm to 9:59 pm), on the level's minutes."""
    return rng.randint(13, 21) * 60 + rng.choice(CLOCK_MINUTES[int(level)] if level != 1 else (0, 30))


def _any_time(rng: random.Random, level: Level) -> int:
    """Mostly afternoon times; at greater depth also the hours after midnight and after noon."""
    if level == Level.GREATER_DEPTH and rng.random() < 0.35:
        if rng.random() < 0.25:
            return rng.choice((0, 12 * 60))  # noon or midnight exactly: the vocabulary of 3M4d
        return rng.choice((0, 12)) * 60 + rng.choice(CLOCK_MINUTES[3])
    if level != Level.WORKING_TOWARDS and rng.random() < 0.25:
        return rng.randint(6, 11) * 60 + rng.choice(CLOCK_MINUTES[int(level)])
    return _pm_time(rng, level)


def _24_slips(now: int) -> tuple[tuple[str, int | None], ...]:
    hours, minute = divmod(now, 60)
    return (
        ("twenty_four_add_ten", ts.twenty_four_add_ten(hours, minute)),
        ("pm_ignored", ts.pm_ignored(hours, minute)),
    )


_24_CONTEXTS = (
    "A film starts at {said} in the {part}. The cinema's screen shows 24-hour times. What does it show?",
    "{who}'s train leaves at {said} in the {part}. The timetable uses the 24-hour clock. What time does it show?",
    "{who}'s swimming lesson starts at {said} in the {part}. Write this time in 24-hour time for the club's diary.",
    "A football match kicks off at {said} in the {part}. The ticket shows 24-hour time. What time is on the ticket?",
)


@topic(
    "time.twelve_24_hour",
    title="12-hour and 24-hour times: am, pm, noon and midnight; convert and compare",
    codes=("3M4b", "3M4d", "4M4b"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
)
def twelve_24_hour(rng: random.Random, level: Level, style: str) -> Item:
    tip = hint(level, "for pm times add 12 to the hour: 1 pm is 13:00.")
    if style == "fluency":
        now = _any_time(rng, level)
        answer = TimeOfDay(now)
        steps = [
            f"{said(now).capitalize()} in the {part_of_day(now)} is {twelve_hour(now)}.",
            f"On the 24-hour clock it is {twenty_four(now)}.",
        ]
        if now % (12 * 60) == 0:
            prompt = f"Write {'midnight' if now == 0 else 'noon (midday)'} as a 24-hour time."
            steps = [f"{'Midnight' if now == 0 else 'Noon'} is {twelve_hour(now)}: {twenty_four(now)}."]
            return make(prompt, answer, steps, style, time_check(now))
        if level != Level.WORKING_TOWARDS and now >= 60 and rng.random() < 0.5:
            prompt = f"The clock shows a time in the {part_of_day(now)}. Write it as a 24-hour time.{tip}"
            item = make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))
            return _drawn(item, _clock(now, level, rng))
        when = "just after midnight" if now < 60 else f"in the {part_of_day(now)}"
        prompt = f"Write {said(now)} {when} as a 24-hour time.{tip}"
        return make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))
    if style == "missing_number":
        now = _pm_time(rng, level)
        hours, minute = divmod(now, 60)
        if rng.random() < 0.5:
            answer = WholeNumber(hours)
            prompt = f"Complete: {twelve_hour(now)} is the same time as □:{minute:02d} on the 24-hour clock.{tip}"
            check = f"{hours - 12} + 12"
            wrong = (("twenty_four_add_ten", hours - 2), ("pm_ignored", hours - 12))
        else:
            answer = WholeNumber(hours - 12)
            prompt = f"Complete: {twenty_four(now)} is the same time as □:{minute:02d} pm.{tip}"
            check = f"{hours} − 12"
            wrong = (("twenty_four_add_ten", ts.twenty_four_take_ten(hours)),)
        steps = [f"{twelve_hour(now)} = {twenty_four(now)}: the pm hour is 12 less than the 24-hour hour."]
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrong))
    if style == "compare":
        first = _pm_time(rng, level)
        hours, minute = divmod(first, 60)
        trap = (hours - 2) * 60 + minute + rng.choice((15, 30, 45))  # later than the 'add ten' reading of first
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            second = first + rng.choice((-1, 1)) * rng.choice((1, 2, 3, 5, 10, 60))
        else:
            second = rng.choice((trap, trap, first + 60, first - 60))
        options = [twelve_hour(first), twenty_four(second)]
        if rng.random() < 0.5:
            options.reverse()
        later = max(first, second)
        answer = Choice(tuple(options), options.index(twelve_hour(later) if later == first else twenty_four(later)))
        prompt = f"Which time is later in the day: {options[0]} or {options[1]}?{tip}"
        steps = [
            f"{twelve_hour(first)} is {twenty_four(first)} on the 24-hour clock.",
            f"{twenty_four(max(first, second))} is later than {twenty_four(min(first, second))}.",
            f"Answer: {answer.format()}",
        ]
        slip = second == trap and later == first
        predicted = mis.predictions(answer, ("twenty_four_add_ten", options[1 - answer.correct])) if slip else ()
        check = f"{time_check(later)} > {time_check(min(first, second))}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "true_or_false":
        now = _any_time(rng, level)
        slips = [(mid, wrong) for mid, wrong in _24_slips(now) if wrong is not None]
        claim = now
        if level == Level.GREATER_DEPTH and now // 60 in (0, 12) and rng.random() < 0.6:
            claim = (now + 12 * 60) % DAY  # 12:20 am taken for 12:20, or 12:20 pm for 00:20
        elif slips and rng.random() < 0.6:
            claim = rng.choice(slips)[1]  # type: ignore[assignment]
        elif not slips and rng.random() < 0.5:
            claim = now + 12 * 60  # a morning time given 12 more hours
        answer = TrueFalse(claim == now)
        prompt = f"True or false? {twelve_hour(now)} is {twenty_four(claim)} on the 24-hour clock.{tip}"
        steps = [f"{twelve_hour(now)} is {twenty_four(now)}.", f"So the statement is {truth_word(answer.value)}."]
        named = [mid for mid, wrong in slips if wrong == claim]
        predicted = mis.predictions(answer, (named[0], True)) if named and claim != now else ()
        return make(prompt, answer, steps, style, f"{time_check(now)} = {time_check(claim)}", predicted=predicted)
    now = _pm_time(rng, level)
    answer = TimeOfDay(now)
    template = rng.choice(_24_CONTEXTS)
    prompt = template.format(said=said(now), part=part_of_day(now), who=name(rng)) + tip
    steps = [f"{said(now).capitalize()} in the {part_of_day(now)} is {twelve_hour(now)}, which is {twenty_four(now)}."]
    return make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))


# ---------------------------------------------------------------------- durations and timetables

# (earliest start hour, latest start hour, start minutes, durations in minutes) per level
DURATIONS = {
    1: ((8, 16), (0, 30), (15, 30, 45, 60, 90, 120, 150)),
    2: ((7, 18), tuple(range(0, 60, 5)), tuple(range(10, 120, 5))),
    3: ((7, 23), tuple(range(60)), tuple(range(21, 240))),
}

_ACTIVITIES = (
    "the film",
    "the school trip",
    "the football match",
    "the swimming gala",
    "the cooking club",
    "the bus journey",
    "the concert",
    "the science show",
)


def _span(rng: random.Random, level: Level, cross: bool = True) -> tuple[int, int]:
    """A start time and a duration in minutes; from level 2 on, the duration crosses at least one o'clock."""
    (low, high), minutes, durations = DURATIONS[int(level)]
    for _ in range(200):
        start = rng.randint(low, high) * 60 + rng.choice(minutes)
        length = rng.choice(durations)
        if level != Level.WORKING_TOWARDS and cross and (start + length) // 60 == start // 60:
            continue
        if level != Level.GREATER_DEPTH and start + length >= 22 * 60:
            continue
        return start, length
    return 9 * 60 + 50, 35


def _show_time(minutes: int, level: Level, rng: random.Random) -> str:
    """12-hour with am/pm at level 1; from level 2 either 12-hour or 24-hour."""
    if level == Level.WORKING_TOWARDS or rng.random() < 0.5:
        return twelve_hour(minutes)
    return twenty_four(minutes)


def _gap_check(start: int, end: int) -> str:
    """Minutes from start to end (past midnight when end is earlier in the day)."""
    day = " + 24 × 60" if end < start else ""
    return f"{time_check(end)}{day} − ({time_check(start)})"


def _end_check(start: int, length: int) -> str:
    day = " − 24 × 60" if start + length >= DAY else ""
    return f"{time_check(start)} + {length}{day}"


@topic(
    "time.durations",
    title="Durations: start, end and how long, across the hour, noon and midnight, and timetables",
    codes=("3M4d", "3M4f", "4M4c", "5M4", "5S1"),
    styles=("fluency", "missing_number", "compare", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def durations(rng: random.Random, level: Level, style: str) -> Item:
    tip = hint(level, "count on to the next o'clock, then on to the end time.")
    if style == "two_step_word_problem":
        return _timetable(rng, level, style)
    if style == "compare":
        return _compare_durations(rng, level, style)
    if style == "spot_the_mistake":
        start = rng.randint(8, 17) * 60 + rng.choice((35, 40, 45, 50, 55) if level != 3 else tuple(range(31, 60)))
        length = rng.randint(10, (60 - start % 60) + 25) if level != 3 else rng.randint(61 - start % 60, 100)
        length += (5 - length % 5) % 5 if level != 3 else 0
        end = start + length
        who = name(rng)
        wrong = ts.clock_subtraction(start, end)
        if wrong is None:
            start, end, wrong = 10 * 60 + 50, 11 * 60 + 10, 60
        a, b = end // 60 * 100 + end % 60, start // 60 * 100 + start % 60
        answer = Measure(end - start, "min", unit_required=False)
        prompt = (
            f"{who} works out how long it is from {twenty_four(start)} to {twenty_four(end)} like this: "
            f"{a} − {b} = {wrong}, so {wrong} minutes. Explain the mistake and find the right number of minutes.{tip}"
        )
        steps = [
            f"{who} subtracted the times as if an hour had 100 minutes; it has 60.",
            f"From {twenty_four(start)} to {twenty_four(start - start % 60 + 60)} is {60 - start % 60} minutes.",
            f"Then on to {twenty_four(end)} is {end - (start - start % 60 + 60)} more: {end - start} minutes.",
        ]
        predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
        return make(prompt, answer, steps, style, _gap_check(start, end), predicted=predicted)
    start, length = _span(rng, level)
    end = (start + length) % DAY
    shown_start, shown_end = _show_time(start, level, rng), _show_time(end, level, rng)
    steps = _count_on(start, length)
    if style == "fluency":
        answer = Measure(length, "min", unit_required=False)
        prompt = f"How many minutes is it from {shown_start} to {shown_end}?{tip}"
        predicted = mis.predictions(
            answer,
            ("hour_as_hundred_minutes", ts.clock_subtraction(start, end) if end > start else None),
            ("duration_minutes_subtracted", ts.duration_minutes_subtracted(start, end) if end > start else None),
        )
        return make(prompt, answer, steps, style, _gap_check(start, end), predicted=predicted)
    if style == "missing_number":
        answer = TimeOfDay(start, twelve_hour=_is_twelve_hour(shown_end))
        prompt = f"{duration_text(length).capitalize()} after □ it is {shown_end}. What time is □?" + hint(
            level, "count back from the end time."
        )
        day = " + 24 × 60" if end < start else ""
        steps = [f"Count back {duration_text(length)} from {shown_end}.", f"□ = {twelve_hour(start)}"]
        return make(prompt, answer, steps, style, f"{time_check(end)}{day} − {length}")
    # word problem: when does it finish? (the key is written the way the start time was)
    answer = TimeOfDay(end, twelve_hour=_is_twelve_hour(shown_start))
    activity = rng.choice(_ACTIVITIES)
    prompt = (
        f"{activity.capitalize()} starts at {shown_start} and lasts {duration_text(length)}. What time does it finish?"
    )
    prompt += tip
    hour, minute = divmod(start, 60)
    wrong_text = ts.add_minutes_hundred(hour, minute, length)
    wrong_hour, wrong_minute = (int(x) for x in wrong_text.split(":"))
    slip = wrong_hour * 60 + wrong_minute if wrong_minute < 60 and wrong_hour < 24 else None
    predicted = _times(answer, ("hour_as_hundred_minutes", slip))
    return make(prompt, answer, steps, style, _end_check(start, length), predicted=predicted)


def _count_on(start: int, length: int) -> list[str]:
    """Counting on from the start: to the next o'clock, whole hours, then the minutes left."""
    steps = []
    to_hour = (60 - start % 60) % 60
    if 0 < to_hour < length:
        steps.append(f"From {twenty_four(start)} to {twenty_four(start + to_hour)} is {to_hour} minutes.")
        rest = length - to_hour
        steps.append(f"Then {duration_text(rest)} more takes us to {twenty_four(start + length)}.")
    steps.append(
        f"{twenty_four(start)} to {twenty_four(start + length)} is {duration_text(length)} = {length} minutes."
    )
    return steps


def _compare_durations(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.WORKING_TOWARDS:
        hours, minutes = rng.randint(1, 2), rng.choice((10, 15, 20, 30, 40, 45))
        left = hours * 60 + minutes
        shown = duration_text(left)
        left_check = f"{hours} × 60 + {minutes}"
    else:
        start, left = _span(rng, level)
        shown = f"the time from {_show_time(start, level, rng)} to {_show_time((start + left) % DAY, level, rng)}"
        left_check = f"({_gap_check(start, (start + left) % DAY)})"
        hours, minutes = divmod(left, 60)
    hundred = ts.hour_as_hundred_minutes(hours, minutes)
    if hundred and rng.random() < 0.5:
        right = rng.randint(left + 1, hundred - 1) if hundred - left > 1 else left + 1
    else:
        right = left + rng.choice((-15, -10, -5, 0, 5, 10, 15))
    right = max(right, 5)
    answer = Comparison(sign_of(left, right))
    prompt = f"Write <, > or = : {shown} □ {right} minutes" + hint(
        level, "change both to minutes: 1 hour = 60 minutes."
    )
    steps = [
        f"{shown[0].upper()}{shown[1:]} is {duration_text(left)} = {left} minutes.",
        f"{left} {answer.sign} {right}",
    ]
    wrong = sign_of(hundred, right) if hundred else None
    predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
    return make(prompt, answer, steps, style, f"{left_check} □ {right}", predicted=predicted)


_STOPS = (
    ("Bus Station", "Market Square", "Library", "Leisure Centre", "Hospital"),
    ("Leeds", "Bradford", "Halifax", "Manchester"),
    ("York", "Darlington", "Durham", "Newcastle"),
    ("Cardiff", "Newport", "Bristol", "Bath"),
    ("Harbour", "High Street", "Park Gates", "School", "Church Lane"),
)


def _timetable(rng: random.Random, level: Level, style: str) -> Item:
    stops = rng.choice(_STOPS)
    count = 3 if level == Level.WORKING_TOWARDS else len(stops)
    stops = stops[:count]
    services = 2 if level == Level.WORKING_TOWARDS else 3
    step = 5 if level != Level.GREATER_DEPTH else 1
    gaps = [rng.randint(2, 5) * 5 if step == 5 else rng.randint(7, 26) for _ in range(count - 1)]
    first = rng.randint(7, 15) * 60 + rng.choice(range(0, 60, 5 if level != 3 else 1))
    every = rng.choice((30, 45, 60) if level == Level.WORKING_TOWARDS else (20, 25, 35, 40, 50))
    times = [[first + k * every + sum(gaps[:i]) for k in range(services)] for i in range(count)]
    kind = "train" if stops[0] in ("Leeds", "York", "Cardiff") else "bus"
    table = Table(
        header=("Stop", *(f"{kind.capitalize()} {chr(65 + k)}" for k in range(services))),
        rows=tuple((stop, *(twenty_four(t) for t in row)) for stop, row in zip(stops, times, strict=True)),
        heading=f"{kind.capitalize()} timetable",
    )
    who = name(rng)
    a, b = 0, count - 1
    if level == Level.GREATER_DEPTH:
        # the latest service that arrives by a time, then how long the journey is
        k = rng.randrange(services)
        deadline = times[b][k] + rng.randint(0, every - 1)
        answer = Measure(times[b][k] - times[a][k], "min", unit_required=False)
        prompt = (
            f"{who} must be at {stops[b]} by {twenty_four(deadline)}. {who} catches the latest {kind} from "
            f"{stops[a]} that arrives in time. How many minutes does the journey take?"
        )
        steps = [
            f"{kind.capitalize()} {chr(65 + k)} arrives at {twenty_four(times[b][k])}, in time; the next one is late.",
            f"It leaves {stops[a]} at {twenty_four(times[a][k])}.",
            f"{twenty_four(times[a][k])} to {twenty_four(times[b][k])} is {times[b][k] - times[a][k]} minutes.",
        ]
        check = _gap_check(times[a][k], times[b][k])
        wrong = ts.clock_subtraction(times[a][k], times[b][k])
    else:
        k = rng.randrange(services)
        late = rng.choice((5, 10, 15)) if level == Level.EXPECTED else 0
        if late:
            answer_time = times[b][k] + late
            prompt = (
                f"{who} catches {kind} {chr(65 + k)} from {stops[a]}. It is {late} minutes late at every stop. "
                f"What time does {who} reach {stops[b]}?"
            )
            steps = [
                f"{kind.capitalize()} {chr(65 + k)} should reach {stops[b]} at {twenty_four(times[b][k])}.",
                f"{late} minutes later is {twenty_four(answer_time)}.",
            ]
            answer_t = TimeOfDay(answer_time)
            item = make(prompt, answer_t, steps, style, f"{time_check(times[b][k])} + {late}")
            return _drawn(item, table)
        answer = Measure(times[b][k] - times[a][k], "min", unit_required=False)
        prompt = (
            f"{who} catches {kind} {chr(65 + k)} from {stops[a]} to {stops[b]}. How many minutes does the journey "
            f"take?" + hint(level, "find both times in the same column.")
        )
        steps = [
            f"{kind.capitalize()} {chr(65 + k)} leaves at {twenty_four(times[a][k])} and arrives at "
            f"{twenty_four(times[b][k])}.",
            f"That is {times[b][k] - times[a][k]} minutes.",
        ]
        check = _gap_check(times[a][k], times[b][k])
        wrong = ts.clock_subtraction(times[a][k], times[b][k])
    predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)


# ---------------------------------------------------------------------- units of time

# (bigger unit, smaller unit, how many smaller in one bigger), plural forms
UNIT_FACTS = (
    ("minute", "second", 60),
    ("hour", "minute", 60),
    ("day", "hour", 24),
    ("week", "day", 7),
    ("year", "month", 12),
)
MONTHS = (
    ("January", 31),
    ("February", 28),
    ("March", 31),
    ("April", 30),
    ("May", 31),
    ("June", 30),
    ("July", 31),
    ("August", 31),
    ("September", 30),
    ("October", 31),
    ("November", 30),
    ("December", 31),
)
# How many of the bigger unit a conversion starts from, per level.
UNIT_COUNTS = {1: (2, 5), 2: (3, 12), 3: (6, 25)}


def _plural(unit: str, n: int | Fraction) -> str:
    return unit if n == 1 else unit + "s"


def _per_hundred(big: str) -> bool:
    """Units a pupil may treat as going in hundreds (hours to minutes, minutes to seconds)."""
    return big in ("hour", "minute")


@topic(
    "time.time_units",
    title="Units of time: seconds, minutes, hours, days, weeks, months and years; leap years",
    codes=("3M4e", "4M4c", "5M4"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem", "two_step_word_problem"),
)
def time_units(rng: random.Random, level: Level, style: str) -> Item:
    big, small, factor = rng.choice(UNIT_FACTS if level != 1 else UNIT_FACTS[:4])
    low, high = UNIT_COUNTS[int(level)]
    n = rng.randint(low, high)
    tip = hint(level, f"1 {big} = {factor} {small}s.")
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            return _chain(rng, style)
        answer = WholeNumber(n * factor)
        prompt = f"How many {small}s are there in {n} {_plural(big, n)}?{tip}"
        steps = [f"1 {big} = {factor} {small}s", f"{n} × {factor} = {n * factor}"]
        wrong = ts.hour_as_hundred_minutes(n, 0) if _per_hundred(big) else None
        predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
        return make(prompt, answer, steps, style, f"{n} × {factor}", predicted=predicted)
    if style == "missing_number":
        if level == Level.WORKING_TOWARDS:
            answer = WholeNumber(n)
            prompt = f"Complete: {n * factor} {small}s = □ {big}s{tip}"
            steps = [f"1 {big} = {factor} {small}s", f"{n * factor} ÷ {factor} = {n}"]
            return make(prompt, answer, steps, style, f"{n * factor} = □ × {factor}")
        rest = rng.randint(1, factor - 1)
        total = n * factor + rest
        if rng.random() < 0.5:
            answer = WholeNumber(total)
            prompt = f"Complete: {n} {_plural(big, n)} {rest} {_plural(small, rest)} = □ {small}s{tip}"
            steps = [f"{n} × {factor} = {n * factor}", f"{n * factor} + {rest} = {total}"]
            wrong = ts.hour_as_hundred_minutes(n, rest) if _per_hundred(big) else None
            predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
            return make(prompt, answer, steps, style, f"{n} × {factor} + {rest}", predicted=predicted)
        answer = WholeNumber(n)
        prompt = f"Complete: {total} {small}s = □ {_plural(big, 2)} {rest} {_plural(small, rest)}{tip}"
        steps = [f"{total} − {rest} = {n * factor}", f"{n * factor} ÷ {factor} = {n}"]
        return make(prompt, answer, steps, style, f"{total} = □ × {factor} + {rest}")
    if style == "compare":
        rest = rng.randint(1, factor - 1) if level != 1 else rng.choice((0, factor // 2))
        left = n * factor + rest
        shown = f"{n} {_plural(big, n)}" + (f" {rest} {_plural(small, rest)}" if rest else "")
        hundred = 100 * n + rest if _per_hundred(big) else None
        if hundred and rng.random() < 0.5:
            right = rng.randint(left + 1, hundred - 1)
        else:
            right = left + rng.choice((-factor // 2, -2, -1, 0, 1, 2, factor // 2))
        answer = Comparison(sign_of(left, right))
        prompt = f"Write <, > or = : {shown} □ {right} {small}s{tip}"
        steps = [f"{shown} = {left} {small}s", f"{left} {answer.sign} {right}"]
        wrong = sign_of(hundred, right) if hundred else None
        predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
        check = f"{n} × {factor}" + (f" + {rest}" if rest else "") + f" □ {right}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "true_or_false":
        return _true_or_false_units(rng, level, style)
    if style == "word_problem":
        return _months(rng, level, style)
    return _practice(rng, level, style)


def _chain(rng: random.Random, style: str) -> Item:
    """Two conversions in a row: minutes in a day, hours in a week, seconds in an hour."""
    chains = (
        ("minutes", "day", "24 × 60", 24 * 60, "24 hours, each of 60 minutes"),
        ("hours", "week", "7 × 24", 7 * 24, "7 days, each of 24 hours"),
        ("seconds", "hour", "60 × 60", 60 * 60, "60 minutes, each of 60 seconds"),
    )
    small, big, check, per, why = rng.choice(chains)
    n = rng.randint(2, 5)
    answer = WholeNumber(n * per)
    prompt = f"How many {small} are there in {n} {big}s?"
    steps = [f"1 {big} is {why}: {check} = {per} {small}.", f"{n} × {per} = {n * per}"]
    return make(prompt, answer, steps, style, f"{n} × {check}")


def _true_or_false_units(rng: random.Random, level: Level, style: str) -> Item:
    kind = rng.choice(("month", "decimal", "leap") if level != 1 else ("month", "fact"))
    if kind == "month":
        month, days = rng.choice(MONTHS)
        claim = rng.choice((days, 30, 31)) if month != "February" else rng.choice((28, 30))
        answer = TrueFalse(claim == days)
        prompt = f"True or false? {month} has {claim} days (in a year that is not a leap year)."
        steps = [f"{month} has {days} days.", f"So the statement is {truth_word(answer.value)}."]
        predicted = mis.predictions(answer, ("month_length_thirty", True)) if claim == 30 != days else ()
        return make(prompt, answer, steps, style, f"{days} = {claim}", predicted=predicted)
    if kind == "fact":
        big, small, factor = rng.choice((*UNIT_FACTS, ("year", "day", 365), ("leap year", "day", 366)))
        if big.endswith("year") and small == "day":
            claim = rng.choice((365, 366))
        elif _per_hundred(big):
            claim = rng.choice((factor, factor, 100, 10))
        else:
            claim = rng.choice((factor, factor + 1, 10))
        answer = TrueFalse(claim == factor)
        prompt = f"True or false? There are {claim} {small}s in 1 {big}."
        steps = [f"1 {big} = {factor} {small}s.", f"So the statement is {truth_word(answer.value)}."]
        if big == "leap year":
            steps.insert(0, "A leap year has an extra day, 29 February.")
        slip = "hour_as_hundred_minutes" if claim == 100 else "month_length_thirty" if claim == 365 != factor else None
        predicted = mis.predictions(answer, (slip, True)) if slip else ()
        return make(prompt, answer, steps, style, f"{factor} = {claim}", predicted=predicted)
    if kind == "decimal":
        hours, minutes = rng.randint(1, 4), rng.choice((15, 30, 45) if level == 2 else (6, 12, 15, 30, 45, 48))
        value = hours + Fraction(minutes, 60)
        wrong = ts.hours_minutes_as_decimal(hours, minutes)
        claim = Fraction(wrong) if rng.random() < 0.5 and wrong is not None else value
        answer = TrueFalse(claim == value)
        shown = _decimal(claim)
        prompt = f"True or false? {hours} {_plural('hour', hours)} {minutes} minutes = {shown} hours."
        steps = [
            f"{minutes} minutes = {minutes}/60 of an hour = {_decimal(Fraction(minutes, 60))} of an hour.",
            f"So {hours} h {minutes} min = {_decimal(value)} hours; the statement is {truth_word(answer.value)}.",
        ]
        predicted = mis.predictions(answer, ("hour_as_hundred_minutes", True)) if claim != value else ()
        return make(prompt, answer, steps, style, f"{hours} + {minutes} ÷ 60 = {shown}", predicted=predicted)
    year = rng.randint(2001, 2099)
    answer = TrueFalse(year % 4 == 0)
    prompt = f"True or false? {year} is a leap year."
    steps = [
        "Leap years come every 4 years: this century, a year is a leap year when 4 divides it exactly.",
        f"{year} ÷ 4 = {_decimal(Fraction(year, 4))}, so the statement is {truth_word(answer.value)}.",
    ]
    return make(prompt, answer, steps, style, f"{year} ÷ 4 = {year // 4}")


def _decimal(value: Fraction) -> str:
    return format_decimal(value)


def _months(rng: random.Random, level: Level, style: str) -> Item:
    """Days in consecutive whole months (3M4e), a leap-year February at greater depth."""
    count = 2 if level == Level.WORKING_TOWARDS else rng.randint(2, 3)
    first = rng.randrange(12 - count + 1)
    chosen = list(MONTHS[first : first + count])
    leap = level == Level.GREATER_DEPTH and any(m == "February" for m, _ in chosen) and rng.random() < 0.6
    year = rng.choice((2028, 2032, 2036)) if leap else rng.choice((2025, 2026, 2027, 2029, 2030))
    if leap:
        chosen = [(m, 29 if m == "February" else d) for m, d in chosen]
    days = [d for _, d in chosen]
    who = name(rng)
    thing = rng.choice(("a reading challenge", "a step-count challenge", "a class project", "a nature diary"))
    answer = WholeNumber(sum(days))
    prompt = (
        f"{who} does {thing} every day from 1 {chosen[0][0]} to {chosen[-1][1]} {chosen[-1][0]} {year}, "
        f"including both days. How many days is that?" + hint(level, "30 days has September, April, June and November.")
    )
    steps = [f"{m} has {d} days." for m, d in chosen] + [f"{' + '.join(map(str, days))} = {sum(days)}"]
    predicted = mis.predictions(answer, ("month_length_thirty", ts.days_as_thirty(count, sum(days))))
    return make(prompt, answer, steps, style, " + ".join(map(str, days)), predicted=predicted)


_PRACTICE = (
    ("{who} practises the piano for {m} minutes every day for {d} days.", "piano"),
    ("{who} reads for {m} minutes each evening for {d} evenings.", "reading"),
    ("A school club meets for {m} minutes on each of {d} days.", "club"),
    ("{who} walks the dog for {m} minutes a day for {d} days.", "walks"),
)


def _practice(rng: random.Random, level: Level, style: str) -> Item:
    """Total time over several days, written in hours and minutes (two steps)."""
    template = rng.choice(_PRACTICE)[0]
    per = rng.choice((15, 20, 30, 45) if level == Level.WORKING_TOWARDS else (25, 35, 40, 45, 50, 55))
    days = rng.randint(2, 4) if level == Level.WORKING_TOWARDS else rng.randint(3, 7) * (1 if level == 2 else 2)
    total = per * days
    if total % 60 == 0:
        days += 1
        total = per * days
    answer = Measure(total, "min", unit_required=False)
    prompt = template.format(who=name(rng), m=per, d=days) + " How long is that altogether, in hours and minutes?"
    prompt += hint(level, "find the total in minutes, then make hours of 60 minutes.")
    hours, rest = divmod(total, 60)
    steps = [f"{per} × {days} = {total} minutes", f"{total} minutes = {hours} h {rest} min"]
    wrong_hours, wrong_rest = divmod(total, 100)
    wrong = wrong_hours * 60 + wrong_rest if wrong_hours else None  # 350 minutes written as 3 h 50 min
    predicted = mis.predictions(answer, ("hour_as_hundred_minutes", wrong))
    return make(prompt, answer, steps, style, f"{per} × {days}", predicted=predicted)
