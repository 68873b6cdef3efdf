"""Units of time: seconds, minutes, hours, days, weeks, months and years; leap years."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, Measure, TrueFalse, WholeNumber, format_decimal
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

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
