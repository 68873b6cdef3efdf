"""12-hour and 24-hour times: am, pm, noon and midnight; convert and compare."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice, TimeOfDay, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.grammar import count
from ks2practice.content.misconceptions.data_time_algebra import claimed, hour_of, later_by
from ks2practice.content.misconceptions.measures_reasoning import picks
from ks2practice.content.reasoning import odd_one_out, same_different
from ks2practice.content.time.common import (
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
from ks2practice.content.wording import hint, make, name
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, clock, eq, q, rel, sub
from ks2practice.pictures.diagrams import AnalogueClock, DigitalClock, Table

# ---------------------------------------------------------------------- 12-hour and 24-hour times


# what happens in the afternoon or evening, told in 12-hour time (its believable hours: the bank's pm_events)
_PM_EVENTS = {
    "film": "A film starts at {said} in the {part}. The cinema's screen shows 24-hour times. What does it show?",
    "train": (
        "{who}'s train leaves at {said} in the {part}. The timetable uses the 24-hour clock. What time does it show?"
    ),
    "swimming lesson": (
        "{who}'s swimming lesson starts at {said} in the {part}. Write this time in 24-hour time for the club's diary."
    ),
    "football match": (
        "A football match kicks off at {said} in the {part}. The ticket shows 24-hour time. What time is on the ticket?"
    ),
}


def _face(minutes: int) -> AnalogueClock:
    """The time the item gives, on a clock face (which has no am or pm: the 24-hour time is still to work out)."""
    return AnalogueClock(minutes // 60 % 24, minutes % 60)


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


def _24_slips(now: int) -> tuple[mis.Applied, ...]:
    hours, minute = divmod(now, 60)
    return (mis.twenty_four_add_ten.on(hours, minute), mis.pm_ignored.on(hours, minute))


@topic(
    "time.twelve_24_hour",
    title="12-hour and 24-hour times: am, pm, noon and midnight; convert and compare",
    codes=("3M4b", "3M4d", "4M4b"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "same_different", "word_problem", "odd_one_out"),
)
def twelve_24_hour(rng: random.Random, level: Level, style: str) -> Item:
    tip = hint(level, "for pm times add 12 to the hour: 1 pm is 13:00.")
    if style == "odd_one_out":
        return _odd_one_out(rng, level, tip)
    if style == "same_different":
        return _same_different(rng, level)
    if style == "fluency":
        now = _any_time(rng, level)
        answer = TimeOfDay(now)
        steps = [
            Step(f"{said(now).capitalize()} in the {part_of_day(now)} is ", clock(now, twelve_hour=True), "."),
            Step("On the 24-hour clock it is ", clock(now), "."),
        ]
        if now % (12 * 60) == 0:
            prompt = f"Write {'midnight' if now == 0 else 'noon (midday)'} as a 24-hour time."
            steps = [Step(f"{'Midnight' if now == 0 else 'Noon'} is {twelve_hour(now)}: ", clock(now), ".")]
            item = make(prompt, answer, steps, style, time_check(now), depth="noon and midnight on the 24-hour clock")
            return _drawn(item, _face(now))
        if level != Level.WORKING_TOWARDS and now >= 60 and rng.random() < 0.5:
            prompt = f"The clock shows a time in the {part_of_day(now)}. Write it as a 24-hour time.{tip}"
            item = make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))
            return _drawn(item, _clock(now, level, rng))
        when = "just after midnight" if now < 60 else f"in the {part_of_day(now)}"
        prompt = f"Write {said(now)} {when} as a 24-hour time.{tip}"
        item = make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))
        return _drawn(item, _face(now))
    if style == "missing_number":
        now = _pm_time(rng, level)
        hours, minute = divmod(now, 60)
        pm_given = rng.random() < 0.5
        if pm_given:
            answer = WholeNumber(hours)
            prompt = f"Complete: {twelve_hour(now)} is the same time as □:{minute:02d} on the 24-hour clock.{tip}"
            check = f"{hours - 12} + 12"
            wrong = (hour_of(mis.twenty_four_add_ten, hours, minute), hour_of(mis.pm_ignored, hours, minute))
        else:
            answer = WholeNumber(hours - 12)
            prompt = f"Complete: {twenty_four(now)} is the same time as □:{minute:02d} pm.{tip}"
            check = f"{hours} − 12"
            wrong = (mis.twenty_four_add_ten.on(hours, minute, back=True),)
        steps = [
            Step(
                eq(clock(now, twelve_hour=True), clock(now)),
                ": the pm hour is 12 less than the 24-hour hour, ",
                eq(sub(hours, 12), hours - 12),
                ".",
            ),
        ]
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrong))
        return _drawn(item, DigitalClock(hours, minute, twelve_hour=pm_given))  # the time given, not the one asked
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
            Step(f"{twelve_hour(first)} is ", clock(first), " on the 24-hour clock."),
            Step(rel(clock(later), ">", clock(min(first, second))), ": it is later."),
            f"Answer: {answer.format()}",
        ]
        predicted = mis.predictions(
            answer, later_by(mis.twenty_four_add_ten, second, (twelve_hour(first), twenty_four(second)), hours, minute)
        )
        check = f"{time_check(later)} > {time_check(min(first, second))}"
        # a conversion table: each time as given, the other clock's form left to work out
        given = {twelve_hour(first): (twelve_hour(first), "?"), twenty_four(second): ("?", twenty_four(second))}
        table = Table(("12-hour clock", "24-hour clock"), tuple(given[option] for option in options))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)
    if style == "true_or_false":
        now = _any_time(rng, level)
        slips = [(one, wrong) for one in _24_slips(now) if (wrong := one.wrong()) is not None]
        claim = now
        if level == Level.GREATER_DEPTH and now // 60 in (0, 12) and rng.random() < 0.6:
            claim = (now + 12 * 60) % DAY  # 12:20 am taken for 12:20, or 12:20 pm for 00:20
        elif slips and rng.random() < 0.6:
            claim = rng.choice(slips)[1]  # type: ignore[assignment]
        elif not slips and rng.random() < 0.5:
            claim = now + 12 * 60  # a morning time given 12 more hours
        answer = TrueFalse(claim == now)
        prompt = f"True or false? {twelve_hour(now)} is {twenty_four(claim)} on the 24-hour clock.{tip}"
        steps = [
            Step(f"{twelve_hour(now)} is ", clock(now), "."),
            Step("So the statement is true.")
            if answer.value
            else Step(rel(clock(now), "≠", clock(claim % DAY)), ", so the statement is false."),
        ]
        hours, minute = divmod(now, 60)
        predicted = mis.predictions(
            answer,
            claimed(mis.twenty_four_add_ten, claim, hours, minute),
            claimed(mis.pm_ignored, claim, hours, minute),
        )
        item = make(prompt, answer, steps, style, f"{time_check(now)} = {time_check(claim)}", predicted=predicted)
        return _drawn(item, DigitalClock(now // 60, now % 60, twelve_hour=True))
    # the start is drawn inside the event's believable hours (the bank's pm_events): no swimming lesson at 9:27 pm
    events = contexts.get("pm_events")
    # at greater depth a train, whose timetable runs to the minute (a film or a match starts on a 5)
    event = rng.choice([e for e in _PM_EVENTS if level != Level.GREATER_DEPTH or e == "train"])
    template = _PM_EVENTS[event]
    low, high = events.span(event)
    minutes = CLOCK_MINUTES[int(level)] if level != Level.WORKING_TOWARDS else (0, 30)
    now = rng.choice(
        [h * 60 + m for h in range(low // 60, high // 60 + 1) for m in minutes if low <= h * 60 + m <= high]
    )
    contexts.used("pm_events", **{event: now})
    answer = TimeOfDay(now)
    prompt = template.format(said=said(now), part=part_of_day(now), who=name(rng)) + tip
    steps = [
        Step(
            f"{said(now).capitalize()} in the {part_of_day(now)} is ",
            clock(now, twelve_hour=True),
            ", which is ",
            clock(now),
            ".",
        )
    ]
    if level == Level.GREATER_DEPTH:  # the train runs late: convert, then count on past the o'clock
        late = rng.randint(60 - now % 60 + 1, 60 - now % 60 + 14) if now % 60 > 35 else rng.randint(6, 24)
        late = min(late, 29)
        then = now + late
        answer = TimeOfDay(then)
        prompt = prompt.replace(
            "What time does it show?",
            f"The train leaves {late} minutes late. What time does it really leave, on the 24-hour clock?",
        )
        steps.append(Step(f"{late} minutes later: ", eq(add(clock(now), q(late, "min")), clock(then)), "."))
        check = f"{time_check(now)} + {late}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=_times(answer, *_24_slips(then))), _face(now))
    item = make(prompt, answer, steps, style, time_check(now), predicted=_times(answer, *_24_slips(now)))
    return _drawn(item, _face(now))


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: a pm time and a 24-hour time that are the same time, or 12 hours apart."""
    minute = rng.choice(CLOCK_MINUTES[int(level)])
    now = rng.randint(13, 22) * 60 + minute  # an afternoon or evening time: its 24-hour hour is not its 12-hour one
    same = rng.random() < 0.5
    other = now if same else now - 12 * 60  # the pm time written with its 12-hour digits: the morning
    pm, digital = twelve_hour(now), twenty_four(other)
    steps = [Step(f"For a pm time add 12 to the hour: {pm} is ", clock(now), ".")]
    if same:
        steps.append(f"So {pm} and {digital} are the same time, on two kinds of clock.")
        statements = [
            (f"The same time: {digital} is {pm} on the 24-hour clock.", True),
            (f"Different times: {digital} is in the morning.", False),
            (f"Different times, because {now // 60} is bigger than {(now // 60) - 12}.", False),
        ]
        check = f"{time_check(now)} = {time_check(other)}"
    else:
        steps.append(
            Step(f"{digital} is in the morning, 12 hours earlier: ", eq(sub(clock(now), clock(other)), q(12, "h")), ".")
        )
        statements = [
            (f"Different times: {digital} is in the morning, 12 hours before {pm}.", True),
            (f"The same time, because both have the digits {twelve_hour(other, meridiem=False)}.", False),
            (f"The same time: {digital} is {pm} on the 24-hour clock.", False),
        ]
        check = f"({time_check(now)}) − ({time_check(other)}) = 12 × 60"
    pair = f"{pm} and {digital}" if rng.random() < 0.5 else f"{digital} and {pm}"
    return _drawn(
        same_different(rng, pair, statements, steps, check), DigitalClock(now // 60, now % 60, twelve_hour=True)
    )


def _odd_one_out(rng: random.Random, level: Level, tip: str) -> Item:
    """Three ways of writing one time and one that is a different time, made by a real slip: the pm hour kept or
    given 10 more (levels 1 and 2), or at greater depth the twelve o'clock hour read 12 hours out."""
    if level == Level.GREATER_DEPTH:
        now = rng.choice((0, 12)) * 60 + rng.choice(CLOCK_MINUTES[3])
        hours, minute = divmod(now, 60)
        slip = mis.twelve_o_clock_hour_swapped
        after = "midnight" if hours == 0 else "noon"
        words = f"{count(minute, 'minute')} after {after}"
        told = Step(f"{words.capitalize()} is ", clock(now), f": the hour after {after} is {hours:02d}.")
    else:
        now = _pm_time(rng, level)
        hours, minute = divmod(now, 60)
        slip = rng.choice((mis.pm_ignored, mis.twenty_four_add_ten))
        words = f"{said(now)} in the {part_of_day(now)}"
        told = Step(f"{words.capitalize()} is ", clock(now, twelve_hour=True), ", which is ", clock(now), ".")
    other = slip(hours, minute)
    odd = twenty_four(other)
    members = [(twelve_hour(now), True), (twenty_four(now), True), (words, True), (odd, False)]
    steps = [
        told,
        Step(
            f"{twelve_hour(now)} is {count(minute, 'minute')} after {'midnight' if hours == 0 else 'noon'}: ",
            eq(add(clock(hours * 60), q(minute, "min")), clock(now)),
            ".",
        )
        if level == Level.GREATER_DEPTH
        else Step(
            "For a pm time add 12 to the hour: ",
            eq(add(hours - 12, 12), hours),
            f", so {twelve_hour(now)} is ",
            clock(now),
            ".",
        ),
        Step(rel(clock(other), "≠", clock(now)), f": {odd} is a different time, so it is the odd one."),
    ]
    if level == Level.GREATER_DEPTH:
        steps.insert(
            -1,
            Step(
                f"{odd} is {count(minute, 'minute')} after {'noon' if hours == 0 else 'midnight'}: ",
                eq(add(clock(other - minute), q(minute, "min")), clock(other)),
                ".",
            ),
        )
    check = f"{time_check(other)} ≠ {time_check(now)}"
    slips = [picks(slip, other, twenty_four(now), hours, minute)]
    question = "Which is the odd one out, because it is a different time from the others?"
    return _drawn(odd_one_out(rng, question, members, steps, check, slips, tip), _face(now))
