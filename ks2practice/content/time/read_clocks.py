"""Read analogue clocks (Arabic and Roman numerals) to the hour, 5 minutes and the minute."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice, Measure, TimeOfDay, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions.data_time_algebra import claimed
from ks2practice.content.time.common import (
    _HOUR_WORDS,
    CLOCK_MINUTES,
    DAY,
    _clock,
    _drawn,
    _times,
    part_of_day,
    said,
    time_check,
    twelve_hour,
    twenty_four,
)
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, clock, div, eq, mul, q, rel, sub

ROMAN = ("XII", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI")


def _clock_time(rng: random.Random, level: Level) -> int:
    """A time a clock face could show at this level, in minutes after midnight."""
    minute = rng.choice(CLOCK_MINUTES[int(level)])
    afternoon = rng.random() < 0.5
    # Waking hours only, so 'in the morning' and 'in the evening' read naturally: 6 am to 9:59 pm.
    hour = rng.randint(12, 21) if afternoon else rng.randint(6, 11)
    return hour * 60 + minute


# ---------------------------------------------------------------------- reading clocks


def _clock_slip(minutes: int) -> tuple[str, int] | None:
    """A wrong reading of a clock a pupil might give: the hour hand misread, the hands swapped, or the minutes
    counted back from 12; its kind names the mistake ("hour_hand_next_hour" is the one with a mechanism)."""
    hours, rest = divmod(minutes, 60)
    misread = mis.hour_hand_next_hour(hours, rest)
    if misread is not None:
        return "hour_hand_next_hour", misread
    if rest % 5 == 0 and rest != (hours % 12) * 5:
        swapped = ((rest // 5 or 12) % 12 + (12 if hours >= 12 else 0)) * 60 + (hours % 12) * 5
        return "swapped", swapped
    if 0 < rest < 30:
        return "counted_back", hours * 60 + 60 - rest
    return None


def _slip_story(who: str, kind: str, now: int) -> str:
    """What the pupil did, for the kind of slip that gave the wrong reading (a whole hour on when there is none)."""
    hours = now // 60
    hour, following = (hours - 1) % 12 + 1, hours % 12 + 1
    if kind == "hour_hand_next_hour":
        return f"{who} read the hour the hour hand is nearest, {following}; it has not reached {following} yet."
    if kind == "swapped":
        return f"{who} swapped the hands: the short hand shows the hour and the long hand the minutes."
    if kind == "counted_back":
        return f"{who} counted the minutes back from 12 instead of on from 12."
    return f"{who} read the hour one too many: the hour hand has just passed {hour}, not {following}."


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
    face = _clock(now, level, rng)
    part = part_of_day(now)
    tip = hint(level, "the short hand shows the hour it has passed; the long hand counts the minutes in fives.")
    steps = [
        f"The hour hand has passed {(hours - 1) % 12 + 1}"
        + (f" and the minute hand points to {minute} minute{'s' if minute > 1 else ''}." if minute else "."),
        Step(f"It is {said(now)} in the {part}: ", clock(now, twelve_hour=True), ", or ", clock(now), "."),
    ]
    slip = _clock_slip(now)
    if style == "fluency" and face.roman and minute % 5 == 0 and rng.random() < 0.4:
        # 3M4c: the minute hand points at a Roman numeral; the numeral counts fives, not minutes
        numeral = ROMAN[minute // 5]
        past = minute <= 30
        answer = WholeNumber(minute if past else 60 - minute)
        ask = "past the hour is it" if past else f"is it until {_HOUR_WORDS[(hours + 1) % 12]} o'clock"
        prompt = f"On this clock the minute hand points to {numeral}. How many minutes {ask}?"
        steps = [
            Step(
                f"{numeral} is {minute // 5} on an Arabic clock face; each number is 5 minutes on: ",
                eq(mul(minute // 5, q(5, "min")), q(minute, "min")),
                " past.",
            )
        ]
        if not past:
            steps.append(Step(eq(sub(q(60, "min"), q(minute, "min")), q(60 - minute, "min")), " to the hour."))
        check = f"{minute // 5} × 5" if past else f"60 − {minute // 5} × 5"
        predicted = mis.predictions(answer, mis.numeral_as_minutes.on(minute // 5) if past else None)
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), face)
    if style == "fluency":
        answer = TimeOfDay(now)
        ask = "Write the time in digits." if part == "morning" else "Write the time with pm, or as a 24-hour time."
        prompt = f"The clock shows a time in the {part}. {ask}{tip}"
        predicted = _times(answer, mis.hour_hand_next_hour.on(hours, minute))
        return _drawn(make(prompt, answer, steps, style, time_check(now), predicted=predicted), face)
    if style == "true_or_false" and level == Level.GREATER_DEPTH:
        return _later_claim(rng, now, face, steps[0])
    if style == "true_or_false":
        claim = now
        if slip and slip[1] != now and rng.random() < 0.6:
            claim = slip[1]
        elif rng.random() < 0.5:
            claim = now + rng.choice((-5, 5)) if level != Level.GREATER_DEPTH else now + rng.choice((-1, 1, -2, 2))
        answer = TrueFalse((claim - now) % 720 == 0)
        prompt = f"True or false? The clock shows {said(claim)}.{tip}"
        # A clock face does not say morning or afternoon, and this prompt doesn't either: the reading is all.
        steps[1] = f"It is {said(now)}."
        steps.append(f"So the statement is {truth_word(answer.value)}.")
        predicted = mis.predictions(answer, claimed(mis.hour_hand_next_hour, claim, hours, minute))
        check = f"{time_check(now % 720)} = {time_check(claim % 720)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), face)
    if style == "odd_one_out" and level == Level.GREATER_DEPTH:
        return _near_odd(rng, now, face, steps)
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
        steps.append(Step(f"{odd_text} is a different time: ", rel(clock(odd % DAY), "≠", clock(now)), "."))
        return _drawn(make(prompt, answer, steps, style, f"{time_check(odd % DAY)} ≠ {time_check(now)}"), face)
    if style == "spot_the_mistake":
        wrong = slip[1] if slip else now + 60
        who = name(rng)
        answer = TimeOfDay(now)
        prompt = (
            f"{who} says this clock shows {twelve_hour(wrong % DAY, meridiem=False)} in the {part}. "
            f"{who} has made a mistake. What time does the clock really show?{tip}"
        )
        steps.insert(0, _slip_story(who, slip[0] if slip else "", now))
        # Only the hour-hand slip has a mechanism: its wrong time is the one told, and the one diagnosed.
        predicted = _times(answer, mis.hour_hand_next_hour.on(hours, minute)) if slip and slip[0] else ()
        return _drawn(make(prompt, answer, steps, style, time_check(now), predicted=predicted), face)
    # word problem: minutes from the clock's time to an event
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        target = now - minute + (30 if minute < 30 else 60)
    elif level == Level.EXPECTED:
        target = now - minute + 60 + rng.choice((0, 5, 10, 15))
    else:
        target = now - minute + 60 + rng.randint(1, 40)
    # Events that happen at that time of day (the bank's clock_events): no lunch at 7 pm, no school bus at 9 pm.
    happenings = contexts.get("clock_events")
    event = rng.choice([e for e, when in happenings.quantities.items() if when.holds(target)])
    contexts.used("clock_events", **{event: target})
    gap = target - now
    answer = Measure(gap, "min", unit_required=False)
    prompt = (
        f"{who} looks at this clock in the {part}. {event.capitalize()} at {twelve_hour(target)}. "
        f"How many minutes is that after the time on the clock?"
    )
    steps = [Step("The clock shows ", clock(now, twelve_hour=True), ".")]
    o_clock = now - minute + 60
    if minute and target > o_clock:
        # The hint and the steps take the same route: on to the o'clock, then on to the event.
        prompt += hint(level, "count on to the next o'clock first.")
        first, then = o_clock - now, target - o_clock
        steps += [
            Step(
                "Count on to the next o'clock: ",
                eq(sub(clock(o_clock, twelve_hour=True), clock(now, twelve_hour=True)), q(first, "min")),
                ".",
            ),
            Step(
                "Then on to the event: ",
                eq(sub(clock(target, twelve_hour=True), clock(o_clock, twelve_hour=True)), q(then, "min")),
                ".",
            ),
            Step("Altogether: ", eq(add(q(first, "min"), q(then, "min")), q(gap, "min")), "."),
        ]
    else:
        prompt += hint(level, "count on in fives from the time on the clock.")
        steps.append(
            Step(
                "Count on to the event: ",
                eq(sub(clock(target, twelve_hour=True), clock(now, twelve_hour=True)), q(gap, "min")),
                ".",
            )
        )
    predicted = mis.predictions(answer, mis.clock_subtraction.on(now, target))
    return _drawn(
        make(prompt, answer, steps, style, f"{time_check(target)} − ({time_check(now)})", predicted=predicted), face
    )


def _near_odd(rng: random.Random, now: int, face: object, steps: list) -> Item:
    """Greater depth (3M4b, 4M4b): three ways of writing the time to the minute, and a near miss to find — the
    24-hour time an afternoon off, the 'to' counted to the wrong hour, or one minute out."""
    hours, minute = divmod(now, 60)
    part = part_of_day(now)
    hour = (hours - 1) % 12 + 1
    near = [now + rng.choice((-1, 1))]
    if minute > 30:
        near.append(now - 60)  # '13 minutes to seven' for 7:47: the 'to' told from the hour already passed
    odd = rng.choice(near)
    forms = [twelve_hour(now), twenty_four(now), said(now) + f" in the {part}"]
    offset = (now + 720) % DAY  # the 24-hour time with 12 added to a morning hour, or not added to an afternoon one
    odd_text = rng.choice((twenty_four(offset), said(odd) + f" in the {part}", twelve_hour(odd)))
    if odd_text == twenty_four(offset):
        odd = offset
    options = [*forms, odd_text]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(odd_text))
    prompt = f"The clock shows a time in the {part}. Three of these say that time. Which is the odd one out? " + (
        lettered(options)
    )
    if hours >= 13:
        steps.append(Step(f"In the {part} the 24-hour clock adds 12 to the hour: ", eq(add(hour, 12), hours), "."))
    else:
        steps.append(f"Before 1 pm the 24-hour time keeps the hour: {twenty_four(now)}.")
    if minute > 30:
        steps.append(
            Step(
                f"{minute} minutes past is ",
                eq(sub(q(60, "min"), q(minute, "min")), q(60 - minute, "min")),
                " to the next hour.",
            )
        )
    steps.append(Step(f"{odd_text} is a different time: ", rel(clock(odd), "≠", clock(now)), "."))
    return _drawn(make(prompt, answer, steps, "odd_one_out", f"{time_check(odd)} ≠ {time_check(now)}"), face)


def _later_claim(rng: random.Random, now: int, face: object, reading: str) -> Item:
    """Greater depth (3M4d): read the clock to the minute, then judge a claim about the time some minutes
    later, said in words ('13 minutes to nine'), across the hour as often as not."""
    hours, minute = divmod(now, 60)
    across = rng.random() < 0.6
    late = rng.choice([m for m in range(7, 49) if m % 5 and (minute + m >= 60) == across] or [17])
    then = now + late
    slip = rng.choice((0, 0, 0, -1, 1, -60, 60, -5, 5))
    if slip == -60 and then % 60 == 0:
        slip = 60
    claim = then + slip
    answer = TrueFalse(slip == 0)
    prompt = f"True or false? In {late} minutes it will be {said(claim)}."
    steps = [
        reading,
        Step(f"It is {said(now)}; {late} minutes later: ", eq(add(clock(now), q(late, "min")), clock(then)), "."),
        f"That is {said(then)}, so the statement is {truth_word(answer.value)}.",
    ]
    # A claim an hour out is the hour hand read as the hour it points nearest (hour_hand_next_hour), carried on.
    predicted = mis.predictions(answer, claimed(mis.hour_hand_next_hour, claim - late, hours, minute))
    check = f"{time_check(now)} + {late} = {time_check(claim)}"
    return _drawn(make(prompt, answer, steps, "true_or_false", check, predicted=predicted), face)


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
        steps = [Step(f"{minute} minutes past is ", eq(div(minute, 5), minute // 5), " numbers round from 12.")]
        if minute == 0:
            steps = ["At o'clock the minute hand points straight up, to 12."]
        check = f"{minute} ÷ 5" if minute else "60 ÷ 5"
        predicted = mis.predictions(answer, mis.numeral_as_minutes.on(minute) if minute else None)
        return make(prompt, answer, steps, style, check, predicted=predicted)
    while not 6 <= minute <= 54:  # the minute hand between two numbers, neither of them 12
        minute = rng.choice(CLOCK_MINUTES[3])
    now = hours * 60 + minute
    shown = twenty_four(now)
    answer = WholeNumber(minute // 5)
    prompt = f"At {shown} the minute hand is between two numbers on the clock face. What is the smaller number?"
    steps = [
        f"{minute} minutes is between {minute // 5 * 5} and {minute // 5 * 5 + 5} minutes.",
        Step(eq(div(minute // 5 * 5, 5), minute // 5), " and ", eq(div(minute // 5 * 5 + 5, 5), minute // 5 + 1), "."),
        f"The minute hand is between {minute // 5} and {minute // 5 + 1}; the smaller is {minute // 5}.",
    ]
    predicted = mis.predictions(answer, mis.numeral_as_minutes.on(minute))
    return make(prompt, answer, steps, style, f"({minute} − {minute % 5}) ÷ 5", predicted=predicted)
