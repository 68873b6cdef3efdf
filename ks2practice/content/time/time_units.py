"""Units of time: seconds, minutes, hours, days, weeks, months and years; leap years."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, Measure, TrueFalse, WholeNumber, format_decimal
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions.data_time_algebra import claimed, compared
from ks2practice.content.reasoning import same_different
from ks2practice.content.time.common import _drawn
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import BLANK, UNKNOWN, BarModel, DoubleNumberLine, Table

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


_SYMBOL = {"second": "s", "minute": "min", "hour": "h"}
_WORDS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def _in(unit: str, *values: int) -> str:
    """The step unit for a time unit named in words: s, min, h; days, weeks, months and years only where no value is 1
    (a step writes a number and its unit, and "1 days" is not English: such a line is worked in plain numbers)."""
    if unit in _SYMBOL:
        return _SYMBOL[unit]
    return "" if 1 in values else _WORDS[unit]


def _fact(big: str, small: str, factor: int) -> Step:
    """1 hour = 60 min as a conversion where both units have symbols; in words otherwise (1 week is 7 days)."""
    if big in _SYMBOL:
        return Step(eq(q(1, _SYMBOL[big]), q(factor, _SYMBOL[small])))
    return Step(f"1 {big} is ", q(factor, _in(small, factor)), ".")


def _hundred_slip(big: str) -> mis.Mechanism | None:
    """The mistake of 100 smaller units to the bigger one, for hours and for minutes."""
    return {"hour": mis.hour_as_hundred_minutes, "minute": mis.minute_as_hundred_seconds}.get(big)


@topic(
    "time.time_units",
    title="Units of time: seconds, minutes, hours, days, weeks, months and years; leap years",
    codes=("3M4e", "4M4c", "5M4"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "same_different",
        "word_problem",
        "two_step_word_problem",
    ),
)
def time_units(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return _same_different(rng, level)
    big, small, factor = rng.choice(UNIT_FACTS if level != 1 else UNIT_FACTS[:4])
    low, high = UNIT_COUNTS[int(level)]
    n = rng.randint(low, high)
    tip = hint(level, f"1 {big} = {factor} {small}s.")
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            return _chain(rng, style)
        answer = WholeNumber(n * factor)
        prompt = f"How many {small}s are there in {n} {_plural(big, n)}?{tip}"
        unit = _in(small, n, factor)
        steps = [_fact(big, small, factor), Step(eq(mul(n, q(factor, unit)), q(n * factor, unit)))]
        slip = _hundred_slip(big)
        predicted = mis.predictions(answer, slip.on(n, 0) if slip else None)
        item = make(prompt, answer, steps, style, f"{n} × {factor}", predicted=predicted)
        return _drawn(item, _units_line(big, small, factor, (1, n), (factor, UNKNOWN)))
    if style == "missing_number":
        if level == Level.WORKING_TOWARDS:
            answer = WholeNumber(n)
            prompt = f"Complete: {n * factor} {small}s = □ {big}s{tip}"
            steps = [_fact(big, small, factor), Step(eq(div(n * factor, factor), n), f", so there are {n} {big}s.")]
            item = make(prompt, answer, steps, style, f"{n * factor} = □ × {factor}")
            return _drawn(item, _units_line(big, small, factor, (1, UNKNOWN), (factor, n * factor)))
        rest = rng.randint(1, factor - 1)
        total = n * factor + rest
        if rng.random() < 0.5:
            answer = WholeNumber(total)
            prompt = f"Complete: {n} {_plural(big, n)} {rest} {_plural(small, rest)} = □ {small}s{tip}"
            unit = _in(small, n, factor, rest)
            steps = [
                Step(eq(mul(n, q(factor, unit)), q(n * factor, unit))),
                Step(eq(add(q(n * factor, unit), q(rest, unit)), q(total, unit))),
            ]
            slip = _hundred_slip(big)
            predicted = mis.predictions(answer, slip.on(n, rest) if slip else None)
            item = make(prompt, answer, steps, style, f"{n} × {factor} + {rest}", predicted=predicted)
            return _drawn(item, _units_line(big, small, factor, (1, n), (factor, UNKNOWN)))
        answer = WholeNumber(n)
        prompt = f"Complete: {total} {small}s = □ {_plural(big, 2)} {rest} {_plural(small, rest)}{tip}"
        unit = _in(small, total, rest)
        steps = [
            Step(eq(sub(q(total, unit), q(rest, unit)), q(n * factor, unit))),
            Step(eq(div(n * factor, factor), n), f", so that is {n} {big}s and {rest} {_plural(small, rest)}."),
        ]
        item = make(prompt, answer, steps, style, f"{total} = □ × {factor} + {rest}")
        return _drawn(item, _units_line(big, small, factor, (1, 2), (factor, 2 * factor)))
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
        unit = _in(small, n, factor, rest, left, right)
        whole = mul(n, q(factor, unit))
        steps = [
            Step(f"{shown} is ", eq(add(whole, q(rest, unit)) if rest else whole, q(left, unit)), "."),
            Step(rel(q(left, unit), answer.sign, q(right, unit), restates=True)),
        ]
        slip = _hundred_slip(big)
        predicted = mis.predictions(answer, compared(slip, right, n, rest) if slip else None)
        check = f"{n} × {factor}" + (f" + {rest}" if rest else "") + f" □ {right}"
        item = make(prompt, answer, steps, style, check, predicted=predicted)
        return _drawn(item, _units_line(big, small, factor, (1, n), (factor, UNKNOWN)))
    if style == "true_or_false":
        return _true_or_false_units(rng, level, style)
    if style == "word_problem":
        return _months(rng, level, style)
    return _practice(rng, level, style)


def _chain(rng: random.Random, style: str) -> Item:
    """Two conversions in a row: minutes in a day, hours in a week, seconds in an hour."""
    chains = (
        ("minutes", "day", "24 × 60", 24 * 60, "24 hours, each of 60 minutes", (24, 60, "min")),
        ("hours", "week", "7 × 24", 7 * 24, "7 days, each of 24 hours", (7, 24, "h")),
        ("seconds", "hour", "60 × 60", 60 * 60, "60 minutes, each of 60 seconds", (60, 60, "s")),
    )
    small, big, check, per, why, (many, each, unit) = rng.choice(chains)
    n = rng.randint(2, 5)
    answer = WholeNumber(n * per)
    prompt = f"How many {small} are there in {n} {big}s?"
    steps = [
        Step(f"1 {big} is {why}: ", eq(mul(many, q(each, unit)), q(per, unit)), "."),
        Step(eq(mul(n, q(per, unit)), q(n * per, unit))),
    ]
    top, bottom = f"{big}s", small
    return _drawn(
        make(prompt, answer, steps, style, f"{n} × {check}"),
        DoubleNumberLine((0, 1, n), (0, per, UNKNOWN), top, bottom),
    )


def _true_or_false_units(rng: random.Random, level: Level, style: str) -> Item:
    kind = rng.choice(("month", "decimal", "leap") if level != 1 else ("month", "fact"))
    if kind == "month":
        month, days = rng.choice(MONTHS)
        claim = rng.choice((days, 30, 31)) if month != "February" else rng.choice((28, 30))
        answer = TrueFalse(claim == days)
        prompt = f"True or false? {month} has {claim} days (in a year that is not a leap year)."
        steps = [
            Step(f"{month} has ", q(days, "days"), "."),
            Step("So the statement is true.")
            if answer.value
            else Step(rel(q(days, "days"), "≠", q(claim, "days")), ", so the statement is false."),
        ]
        predicted = mis.predictions(answer, claimed(mis.month_length_thirty, claim, [days]))
        item = make(prompt, answer, steps, style, f"{days} = {claim}", predicted=predicted)
        return _drawn(item, Table(("Month", "Days"), ((month, UNKNOWN),)))  # the fact to recall is '?'

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
        unit = _in(small, factor, claim)
        steps = [
            _fact(big, small, factor) if big in (*_SYMBOL, *_WORDS) else Step(f"1 {big} is ", q(factor, unit), "."),
            Step("So the statement is true.")
            if answer.value
            else Step(rel(q(factor, unit), "≠", q(claim, unit)), ", so the statement is false."),
        ]
        if big == "leap year":
            steps.insert(0, "A leap year has an extra day, 29 February.")
        slip = _hundred_slip(big)
        predicted = mis.predictions(answer, claimed(slip, claim, 1, 0) if slip else None)
        item = make(prompt, answer, steps, style, f"{factor} = {claim}", predicted=predicted)
        return _drawn(item, Table((f"{big}s", f"{small}s"), ((1, UNKNOWN),)))  # the fact to recall is '?'

    if kind == "decimal":
        hours, minutes = rng.randint(1, 4), rng.choice((15, 30, 45) if level == 2 else (6, 12, 15, 30, 45, 48))
        value = hours + Fraction(minutes, 60)
        wrong = mis.hours_minutes_as_decimal(hours, minutes)
        claim = Fraction(wrong) if rng.random() < 0.5 and wrong is not None else value
        answer = TrueFalse(claim == value)
        shown = _decimal(claim)
        prompt = f"True or false? {hours} {_plural('hour', hours)} {minutes} minutes = {shown} hours."
        part = q(_exact(Fraction(minutes, 60)), "h")
        verdict = (
            ("; the statement is true.",)
            if answer.value
            else ("; ", rel(q(_exact(value), "h"), "≠", q(_exact(claim), "h")), ", so the statement is false.")
        )
        steps = [
            Step(eq(q(minutes, "min"), part), f": {minutes} minutes is {_decimal(Fraction(minutes, 60))} of an hour."),
            Step("So ", eq(add(q(hours, "h"), q(minutes, "min")), q(_exact(value), "h")), *verdict),
        ]
        predicted = mis.predictions(answer, claimed(mis.hours_minutes_as_decimal, claim, hours, minutes))
        item = make(prompt, answer, steps, style, f"{hours} + {minutes} ÷ 60 = {shown}", predicted=predicted)
        line = DoubleNumberLine((0, 1, UNKNOWN), (0, 60, 60 * hours + minutes), "hours", "minutes")
        return _drawn(item, line)
    year = rng.randint(2001, 2099)
    answer = TrueFalse(year % 4 == 0)
    prompt = f"True or false? {year} is a leap year."
    steps = [
        "Leap years come every 4 years: this century, a year is a leap year when 4 divides it exactly.",
        Step(eq(div(year, 4), _exact(Fraction(year, 4))), f", so the statement is {truth_word(answer.value)}."),
    ]
    return make(prompt, answer, steps, style, f"{year} ÷ 4 = {year // 4}")


def _units_line(big: str, small: str, factor: int, top: tuple, bottom: tuple) -> DoubleNumberLine:
    """The two units side by side from 0: one of the bigger unit is ``factor`` of the smaller, then the item's pair."""
    return DoubleNumberLine((0, *top), (0, *bottom), f"{big}s", f"{small}s")


def _decimal(value: Fraction) -> str:
    return format_decimal(value)


def _exact(value: Fraction) -> int | Decimal:
    """A terminating value as a step writes it: 3, or 0.75 (never 3/4 where a decimal is meant)."""
    return value.numerator if value.denominator == 1 else Decimal(format_decimal(value))


def _months(rng: random.Random, level: Level, style: str) -> Item:
    """Days in consecutive whole months (3M4e), a leap-year February at greater depth."""
    count = 2 if level == Level.WORKING_TOWARDS else 3 if level == Level.GREATER_DEPTH else rng.randint(2, 3)
    first = rng.randrange(12 - count + 1)
    chosen = list(MONTHS[first : first + count])
    leap = level == Level.GREATER_DEPTH and any(m == "February" for m, _ in chosen) and rng.random() < 0.6
    year = rng.choice((2028, 2032, 2036)) if leap else rng.choice((2025, 2026, 2027, 2029, 2030))
    if leap:
        chosen = [(m, 29 if m == "February" else d) for m, d in chosen]
    days = [d for _, d in chosen]
    if level == Level.GREATER_DEPTH:
        return _part_months(rng, style, chosen, year)
    who = name(rng)
    thing = rng.choice(("a reading challenge", "a step-count challenge", "a class project", "a nature diary"))
    contexts.used("daily_challenges", **{thing: sum(days)})
    answer = WholeNumber(sum(days))
    prompt = (
        f"{who} does {thing} every day from 1 {chosen[0][0]} to {chosen[-1][1]} {chosen[-1][0]} {year}, "
        f"including both days. How many days is that?" + hint(level, "30 days has September, April, June and November.")
    )
    steps = [Step(f"{m} has ", q(d, "days"), ".") for m, d in chosen]
    steps.append(Step(eq(add(*(q(d, "days") for d in days)), q(sum(days), "days"))))
    predicted = mis.predictions(answer, mis.month_length_thirty.on(days))
    item = make(prompt, answer, steps, style, " + ".join(map(str, days)), predicted=predicted)
    # The months' lengths are what the pupil must know: each part is drawn to its size, none is labelled.
    return _drawn(item, BarModel(UNKNOWN, (BLANK,) * len(days), sizes=tuple(days), unit="days"))


def _part_months(rng: random.Random, style: str, chosen: list[tuple[str, int]], year: int) -> Item:
    """Greater depth (3M4e, 4M4c): from a day part-way through one month to a day part-way through the month after
    next, counting both days: the days left in the first month are its length − start + 1, not length − start."""
    (first, length), (middle, whole), (last, last_length) = chosen
    start, end = rng.randint(5, length - 4), rng.randint(4, last_length - 3)
    rest = length - start + 1
    total = rest + whole + end
    who = name(rng)
    thing = rng.choice(("a reading challenge", "a step-count challenge", "a class project", "a nature diary"))
    contexts.used("daily_challenges", **{thing: total})
    answer = WholeNumber(total)
    prompt = (
        f"{who} does {thing} every day from {start} {first} to {end} {last} {year}, including both days. "
        "How many days is that?"
    )
    steps = [
        Step(
            f"{first} has {length} days; from {start} {first} to {length} {first}, counting both: ",
            eq(add(sub(length, start), 1), rest),
            " days.",
        ),
        Step(f"All of {middle}: ", q(whole, "days"), "."),
        Step(f"Then 1 to {end} {last}: ", q(end, "days"), "."),
        Step(eq(add(q(rest, "days"), q(whole, "days"), q(end, "days")), q(total, "days"))),
    ]
    return make(prompt, answer, steps, style, f"{length} − {start} + 1 + {whole} + {end}")


_PRACTICE = (
    ("{who} practises the piano for {m} minutes every day for {d} days.", "piano"),
    ("{who} reads for {m} minutes each evening for {d} evenings.", "reading"),
    ("A school club meets for {m} minutes on each of {d} days.", "club"),
    ("{who} walks the dog for {m} minutes a day for {d} days.", "walks"),
)


def _practice(rng: random.Random, level: Level, style: str) -> Item:
    """Total time over several days, written in hours and minutes (two steps)."""
    template, activity = rng.choice(_PRACTICE)
    per = rng.choice((15, 20, 30, 45) if level == Level.WORKING_TOWARDS else (25, 35, 40, 45, 50, 55))
    days = rng.randint(2, 4) if level == Level.WORKING_TOWARDS else rng.randint(3, 7) * (1 if level == 2 else 2)
    total = per * days
    # "in hours and minutes" needs a total past the hour that is not a whole number of hours (40 min is no answer)
    while total <= 60 or total % 60 == 0:
        days += 1
        total = per * days
    contexts.used("daily_practice", **{f"{activity} minutes": per, "days": days})
    answer = Measure(total, "min", unit_required=False)
    prompt = template.format(who=name(rng), m=per, d=days) + " How long is that altogether, in hours and minutes?"
    prompt += hint(level, "find the total in minutes, then make hours of 60 minutes.")
    hours, rest = divmod(total, 60)
    steps = [
        Step(eq(mul(q(per, "min"), days), q(total, "min"))),
        Step(
            eq(div(total, 60), Remainder(hours, rest)), ", so ", eq(q(total, "min"), add(q(hours, "h"), q(rest, "min")))
        ),
    ]
    predicted = mis.predictions(answer, mis.minutes_split_by_hundred.on(total))
    item = make(prompt, answer, steps, style, f"{per} × {days}", predicted=predicted)
    return _drawn(item, BarModel(UNKNOWN, (per,) * days, unit="min")) if days <= 12 else item


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: a time in two units and in one (60 in an hour, not 100)."""
    big, small, unit = (
        ("hour", "minute", "min") if level != Level.GREATER_DEPTH or rng.random() < 0.5 else ("minute", "second", "s")
    )
    whole = 1 if level == Level.WORKING_TOWARDS else rng.randint(1, 3)
    part = rng.choice((15, 30, 45)) if level == Level.WORKING_TOWARDS else rng.randrange(5, 60, 5)
    total = whole * 60 + part
    mixed = f"{whole} {big}{'s' if whole != 1 else ''} {part} {small}s"
    same = rng.random() < 0.5
    other = total if same else whole * 100 + part  # the 100-minute hour gives the other number
    single = f"{other} {small}s"
    steps = [
        Step(
            f"1 {big} is 60 {small}s: ",
            eq(add(mul(whole, q(60, unit)), q(part, unit)), q(total, unit)),
            ".",
        )
    ]
    if same:
        steps.append(f"So {mixed} and {single} are the same length of time.")
        statements = [
            (f"The same length of time: {mixed} is {total} {small}s.", True),
            (f"{single} is longer, because {other} is a bigger number than {whole} and {part}.", False),
            (f"Different: {mixed} is {whole * 100 + part} {small}s.", False),
        ]
        check = f"{whole} × 60 + {part} = {other}"
    else:
        steps.append(Step("So ", rel(q(other, unit), ">", q(total, unit)), f": {single} is longer."))
        statements = [
            (f"Different: {mixed} is only {total} {small}s, so {single} is longer.", True),
            (f"The same: {mixed} is {other} {small}s.", False),
            (f"{mixed} is longer, because {big}s are longer than {small}s.", False),
        ]
        check = f"{other} > {whole} × 60 + {part}"
    pair = f"{mixed} and {single}" if rng.random() < 0.5 else f"{single} and {mixed}"
    line = _units_line(big, small, 60, (1, 2), (60, 120))  # 60 in one, never 100
    return _drawn(same_different(rng, pair, statements, steps, check), line)
