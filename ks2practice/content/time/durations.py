"""Durations: start, end and how long, across the hour, noon and midnight, and timetables."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, Measure, TimeOfDay
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions.data_time_algebra import claimed, compared
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.reasoning import explain_claim
from ks2practice.content.time.common import DAY, _drawn, _times, time_check, twelve_hour, twenty_four
from ks2practice.content.wording import hint, make, name, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, clock, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import AnalogueClock, Diagram, DoubleNumberLine, Table, Timeline


def _face(minutes: int) -> AnalogueClock:
    """A time the item gives, on a clock face."""
    return AnalogueClock(minutes // 60 % 24, minutes % 60)


def _hours_line(hours: int) -> DoubleNumberLine:
    """Hours paired with minutes, 0 to ``hours``: 60 minutes in every hour, never 100."""
    return DoubleNumberLine(tuple(range(hours + 1)), tuple(60 * h for h in range(hours + 1)), "hours", "minutes")


def _is_twelve_hour(shown: str) -> bool:
    """Whether a time in a prompt was written the 12-hour way ('2:30 pm', '12:00 noon')."""
    return shown.endswith(("am", "pm", "noon", "midnight"))


def duration_text(minutes: int) -> str:
    """'45 minutes', '2 hours', '1 hour 25 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours > 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest > 1 else ''}")
    return " ".join(parts)


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


def _activity_span(rng: random.Random, level: Level, activity: str) -> tuple[int, int]:
    """A start and a length believable for the activity (no school trip at 23:00), in the level's kind of numbers."""
    bank = contexts.get("day_activities")
    (_, _), minutes, durations = DURATIONS[int(level)]
    (first, last), (short, long) = bank.span(f"{activity} start"), bank.span(f"{activity} length")
    starts = [h * 60 + m for h in range(first // 60, last // 60 + 1) for m in minutes if first <= h * 60 + m <= last]
    lengths = [d for d in durations if short <= d <= long] or [short]
    for _ in range(200):
        start, length = rng.choice(starts), rng.choice(lengths)
        if level != Level.WORKING_TOWARDS and (start + length) // 60 == start // 60:
            continue  # from level 2 on, the duration crosses at least one o'clock
        break
    contexts.used("day_activities", **{f"{activity} start": start, f"{activity} length": length})
    return start, length


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
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "spot_the_mistake",
        "word_problem",
        "two_step_word_problem",
        "explain",
    ),
)
def durations(rng: random.Random, level: Level, style: str) -> Item:
    tip = hint(level, "count on to the next o'clock, then on to the end time.")
    if style == "explain":
        return _explain(rng, level)
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
        if mis.clock_subtraction(start, end) is None:
            start, end = 10 * 60 + 50, 11 * 60 + 10
        # The wrong working shown and the one diagnosed are one mechanism's, on these two times.
        slip = mis.clock_subtraction.on(start, end)
        wrong = slip.wrong()
        a, b = end // 60 * 100 + end % 60, start // 60 * 100 + start % 60
        answer = Measure(end - start, "min", unit_required=False)
        prompt = (
            f"{who} works out how long it is from {twenty_four(start)} to {twenty_four(end)} like this: "
            f"{a} − {b} = {wrong}, so {wrong} minutes. Explain the mistake and find the right number of minutes.{tip}"
        )
        steps = [
            f"{who} subtracted the times as ordinary numbers, as if an hour had 100 minutes; it has 60.",
            *_count_on(start, end - start),
        ]
        predicted = mis.predictions(answer, slip)
        item = make(prompt, answer, steps, style, _gap_check(start, end), predicted=predicted)
        return _drawn(item, Timeline(start, end))
    activity = rng.choice(_ACTIVITIES) if style == "word_problem" else ""
    start, length = _activity_span(rng, level, activity) if activity else _span(rng, level)
    end = (start + length) % DAY
    shown_start, shown_end = _show_time(start, level, rng), _show_time(end, level, rng)
    steps = _count_on(start, length)
    if style == "fluency":
        answer = Measure(length, "min", unit_required=False)
        prompt = f"How many minutes is it from {shown_start} to {shown_end}?{tip}"
        predicted = mis.predictions(
            answer,
            mis.clock_subtraction.on(start, end),
            mis.duration_minutes_subtracted.on(start, end) if end > start else None,
        )
        item = make(prompt, answer, steps, style, _gap_check(start, end), predicted=predicted)
        # each time written as the question writes it: converting one of them is part of the work
        line = Timeline(
            start, start + length, twelve_hour=_is_twelve_hour(shown_start), end_twelve_hour=_is_twelve_hour(shown_end)
        )
        return _drawn(item, line)
    if style == "missing_number":
        answer = TimeOfDay(start, twelve_hour=_is_twelve_hour(shown_end))
        prompt = f"{duration_text(length).capitalize()} after □ it is {shown_end}. What time is □?" + hint(
            level, "count back from the end time."
        )
        day = " + 24 × 60" if end < start else ""
        twelve = _is_twelve_hour(shown_end)
        if end > start:
            back = Step("Count back: ", eq(sub(clock(end, twelve), q(length, "min")), clock(start, twelve)), ".")
        else:  # back past midnight: to 00:00 first, then the rest from the evening before
            back = Step(
                f"Count back {end} minutes to midnight, then {length - end} more: ",
                eq(add(q(end, "min"), q(length - end, "min")), q(length, "min")),
                ".",
            )
        steps = [
            *_in_minutes(length),
            f"Count back {duration_text(length)} from {shown_end}.",
            back,
            Step("□ is ", clock(start, twelve), "."),
        ]
        # the end time as given on a clock face; a time line to scale would show where the start is
        return _drawn(make(prompt, answer, steps, style, f"{time_check(end)}{day} − {length}"), _face(end))
    # word problem: when does it finish? (the key is written the way the start time was)
    answer = TimeOfDay(end, twelve_hour=_is_twelve_hour(shown_start))
    prompt = (
        f"{activity.capitalize()} starts at {shown_start} and lasts {duration_text(length)}. What time does it finish?"
    )
    prompt += tip
    steps = _in_minutes(length) + steps
    if start + length < DAY:
        steps.append(Step(eq(add(clock(start), q(length, "min")), clock(end)), "."))
    predicted = _times(answer, mis.end_time_hundred_minutes.on(start, length))
    depth = "the end time is past midnight, in the next day" if start + length >= DAY else None
    item = make(prompt, answer, steps, style, _end_check(start, length), predicted=predicted, depth=depth)
    return _drawn(item, _face(start))


def _count_on(start: int, length: int) -> list[Step]:
    """Counting on from the start: to the next o'clock (or midnight), then the minutes left, and the total."""
    end = start + length
    if end > DAY:  # past midnight: to 00:00, then on into the next day
        before, after = DAY - start, end - DAY
        return [
            Step("From ", clock(start), " to midnight: ", _hours_and(before), "."),
            Step("Then on to ", clock(after), ": ", _hours_and(after, hours_first=True), " more."),
            Step("Altogether ", eq(add(q(before, "min"), q(after, "min")), q(length, "min")), "."),
        ]
    to_hour = (60 - start % 60) % 60
    if 0 < to_hour < length:
        rest = length - to_hour
        hour = start + to_hour
        return [
            Step("To the next o'clock: ", eq(sub(clock(hour), clock(start)), q(to_hour, "min")), "."),
            Step("Then on to ", clock(end % DAY), f": {duration_text(rest)} more.")
            if end == DAY
            else Step("Then on to the end: ", eq(sub(clock(end), clock(hour)), q(rest, "min")), "."),
            Step("Altogether ", eq(add(q(to_hour, "min"), q(rest, "min")), q(length, "min")), _which(length)),
        ]
    if end == DAY:
        return [Step("From ", clock(start), f" to midnight is {duration_text(length)}: ", q(length, "min"), ".")]
    return [
        Step(eq(sub(clock(end), clock(start)), q(length, "min")), _which(length)),
    ]


def _hours_and(minutes: int, hours_first: bool = False) -> object:
    """Minutes to or from midnight counted as the part hour and the whole hours: 11 min + 60 min = 71 min (to
    midnight), 60 min + 30 min = 90 min (on from it)."""
    part, whole = q(minutes % 60, "min"), q(minutes - minutes % 60, "min")
    if not minutes % 60 or minutes < 60:
        return q(minutes, "min")
    return eq(add(whole, part) if hours_first else add(part, whole), q(minutes, "min"))


def _in_minutes(length: int) -> list[Step]:
    """For a duration told in whole hours, the step that turns it into minutes (so the working may use them)."""
    if length % 60:
        return []
    return [Step(f"{duration_text(length).capitalize()} is ", eq(q(length // 60, "h"), q(length, "min")), ".")]


def _which(length: int) -> str:
    return f", which is {duration_text(length)}." if length >= 60 else "."


def _compare_durations(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.WORKING_TOWARDS:
        hours, minutes = rng.randint(1, 2), rng.choice((10, 15, 20, 30, 40, 45))
        left = hours * 60 + minutes
        shown = duration_text(left)
        left_check = f"{hours} × 60 + {minutes}"
        picture: Diagram = _hours_line(hours + 1)
        worked = [
            Step(
                f"{shown[0].upper()}{shown[1:]} is ",
                eq(add(mul(hours, q(60, "min")), q(minutes, "min")), q(left, "min")),
                ".",
            )
        ]
    else:
        start, left = _span(rng, level)
        shown = f"the time from {_show_time(start, level, rng)} to {_show_time((start + left) % DAY, level, rng)}"
        left_check = f"({_gap_check(start, (start + left) % DAY)})"
        picture = Timeline(start, start + left)
        hours, minutes = divmod(left, 60)
        worked = _count_on(start, left)
    hundred = mis.hour_as_hundred_minutes(hours, minutes)
    if hundred and rng.random() < 0.5:
        right = rng.randint(left + 1, hundred - 1) if hundred - left > 1 else left + 1
    else:
        right = left + rng.choice((-15, -10, -5, 0, 5, 10, 15))
    right = max(right, 5)
    answer = Comparison(sign_of(left, right))
    prompt = f"Write <, > or = : {shown} □ {right} minutes" + hint(
        level, "change both to minutes: 1 hour = 60 minutes."
    )
    steps = [*worked, Step(rel(q(left, "min"), answer.sign, q(right, "min"), restates=True))]
    predicted = mis.predictions(answer, compared(mis.hour_as_hundred_minutes, right, hours, minutes))
    return _drawn(make(prompt, answer, steps, style, f"{left_check} □ {right}", predicted=predicted), picture)


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
    contexts.used("timetable_services", first=first, gap=gaps, every=every)
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
        later = (
            (f"; {kind} {chr(66 + k)} arrives at ", clock(times[b][k + 1]), ", too late") if k + 1 < services else ()
        )
        steps = [
            Step(f"{kind.capitalize()} {chr(65 + k)} arrives at ", clock(times[b][k]), ", in time", *later, "."),
            Step(f"It leaves {stops[a]} at ", clock(times[a][k]), "."),
            Step(eq(sub(clock(times[b][k]), clock(times[a][k])), q(times[b][k] - times[a][k], "min"))),
        ]
        check = _gap_check(times[a][k], times[b][k])
    else:
        k = rng.randrange(services)
        late = rng.choice((5, 10, 15)) if level == Level.EXPECTED else 0
        contexts.used("timetable_services", late=late)
        if late:
            answer_time = times[b][k] + late
            prompt = (
                f"{who} catches {kind} {chr(65 + k)} from {stops[a]}. It is {late} minutes late at every stop. "
                f"What time does {who} reach {stops[b]}?"
            )
            steps = [
                Step(f"{kind.capitalize()} {chr(65 + k)} should reach {stops[b]} at ", clock(times[b][k]), "."),
                Step(f"{late} minutes later: ", eq(add(clock(times[b][k]), q(late, "min")), clock(answer_time)), "."),
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
            Step(
                f"{kind.capitalize()} {chr(65 + k)} leaves at ",
                clock(times[a][k]),
                " and arrives at ",
                clock(times[b][k]),
                ".",
            ),
            Step("That is ", eq(sub(clock(times[b][k]), clock(times[a][k])), q(times[b][k] - times[a][k], "min")), "."),
        ]
        check = _gap_check(times[a][k], times[b][k])
    predicted = mis.predictions(answer, mis.clock_subtraction.on(times[a][k], times[b][k]))
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)


def _explain(rng: random.Random, level: Level) -> Item:
    """A child's claim about a duration, from a real slip: an hour taken as 100 minutes (level 1), clock times
    subtracted as numbers (level 2), minutes written after the point of a decimal of hours (greater depth)."""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        length = rng.choice((60, 75, 90, 105, 120, 135, 150))
        hours, minutes = divmod(length, 60)
        wrong = mis.hour_as_hundred_minutes(hours, minutes)
        claim = rng.choice((length, wrong))
        ok = claim == length
        steps = [
            Step(
                f"{duration_text(length).capitalize()}: ",
                eq(add(mul(hours, q(60, "min")), q(minutes, "min")), q(length, "min")),
                ".",
            ),
            *([] if ok else [Step(rel(q(claim, "min"), "≠", q(length, "min")), ".")]),
        ]
        model = f"an hour is 60 minutes, not 100, so {duration_text(length)} is {length} minutes" + (
            "." if ok else f", not {claim}."
        )
        check = f"{hours} × 60 + {minutes} = {claim}"
        preds = [claimed(mis.hour_as_hundred_minutes, claim, hours, minutes)]
        tip = hint(level, "1 hour = 60 minutes.")
        said = f"{duration_text(length).capitalize()} is {claim} minutes."
        return _drawn(explain_claim(who, said, ok, steps, model, check, preds, tip), _hours_line(hours + 1))
    if level == Level.EXPECTED:
        for _ in range(200):
            start, length = _span(rng, level)
            end = start + length
            if mis.clock_subtraction(start, end) is not None:
                break
        wrong = mis.clock_subtraction(start, end)
        claim = rng.choice((length, wrong, wrong))
        ok = claim == length
        steps = [*_count_on(start, length)]
        if not ok:
            steps.append(Step(rel(q(claim, "min"), "≠", q(length, "min")), "."))
        model = (
            f"an hour has 60 minutes, so count on from {twenty_four(start)} to the next o'clock and then to "
            f"{twenty_four(end)}: that is {length} minutes"
            + ("." if ok else f"; {claim} comes from subtracting the times as if an hour had 100 minutes.")
        )
        said = f"From {twenty_four(start)} to {twenty_four(end)} is {claim} minutes."
        check = f"{_gap_check(start, end)} = {claim}"
        preds = [claimed(mis.clock_subtraction, claim, start, end)]
        return _drawn(explain_claim(who, said, ok, steps, model, check, preds), Timeline(start, end))
    # greater depth: the duration as a decimal number of hours (minutes are sixtieths of an hour, not hundredths)
    for _ in range(200):
        start, length = _span(rng, level)
        hours, minutes = divmod(length, 60)
        if hours and minutes % 3 == 0 and minutes % 30 and start + length < DAY:
            break
    else:
        start, hours, minutes = 14 * 60 + 40, 1, 24
        length = 84
    end = start + length
    right = Fraction(length, 60)
    wrong = mis.hours_minutes_as_decimal(hours, minutes)
    claim = right if rng.random() < 0.4 or wrong is None else wrong
    ok = claim == right
    steps = [
        *_count_on(start, length),
        Step(f"{minutes} minutes is ", eq(div(minutes, 60), exact(Fraction(minutes, 60))), " of an hour."),
        Step(eq(q(length, "min"), q(exact(right), "h")), "."),
        *([] if ok else [Step(rel(q(exact(claim), "h"), "≠", q(exact(right), "h")), ".")]),
    ]
    model = (
        f"it takes {duration_text(length)}, and {minutes} minutes is {show(Fraction(minutes, 60))} of an hour "
        f"because an hour has 60 minutes, so it is {show(right)} hours" + ("." if ok else f", not {show(claim)}.")
    )
    said = (
        f"From {twenty_four(start)} to {twenty_four(end)} takes {duration_text(length)}, so it is {show(claim)} hours."
    )
    check = f"({_gap_check(start, end)}) ÷ 60 = {show(claim)}"
    preds = [claimed(mis.hours_minutes_as_decimal, claim, hours, minutes)]
    return _drawn(explain_claim(who, said, ok, steps, model, check, preds), Timeline(start, end, unknown=""))
