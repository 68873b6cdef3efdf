"""Tables and timetables: read, complete with totals, compare, and plan journeys."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import TimeOfDay, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.statistics.common import _drawn, _sum_check
from ks2practice.content.time.common import time_check, twenty_four
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, clock, eq, sub
from ks2practice.pictures.diagrams import Table

# ---------------------------------------------------------------------- tables and timetables

_TWO_WAY = (
    (
        "Clubs by year group",
        ("Football", "Choir", "Chess", "Art", "Coding"),
        ("Year 3", "Year 4", "Year 5", "Year 6"),
        "pupils in {r} go to {c} club",
        "Year group",
    ),
    (
        "Books read this term",
        ("Story", "Comic", "Poetry", "Non-fiction"),
        ("Class 3", "Class 4", "Class 5", "Class 6"),
        "{c} books did {r} read",
        "Class",
    ),
    (
        "Tickets sold for the show",
        ("Adult", "Child", "Family"),
        ("Thursday", "Friday", "Saturday"),
        "{c} tickets were sold on {r}",
        "Day",
    ),
    (
        "Medals won at sports day",
        ("Gold", "Silver", "Bronze"),
        ("Red team", "Blue team", "Green team", "Yellow team"),
        "{c} medals did the {r} win",
        "Team",
    ),
)
# the bank's table_counts quantity that bounds each table's cells
_COUNTED = {
    "Clubs by year group": "pupils in a club",
    "Books read this term": "books read by a class",
    "Tickets sold for the show": "tickets sold in a day",
    "Medals won at sports day": "medals won by a team",
}

# (columns, rows, largest cell) per level
TABLES = {1: (2, 2, 20), 2: (3, 3, 60), 3: (3, 4, 250)}


def _two_way(rng: random.Random, level: Level) -> tuple[str, tuple[str, ...], tuple[str, ...], str, list[list[int]]]:
    heading, columns, rows, phrase, _ = rng.choice(_TWO_WAY)
    ncol, nrow, most = TABLES[int(level)]
    columns = tuple(rng.sample(columns, min(ncol, len(columns))))
    rows = (
        rows[: min(nrow, len(rows))]
        if rows[0].startswith(("Year", "Class"))
        else tuple(rng.sample(rows, min(nrow, len(rows))))
    )
    # no more in a cell than the bank believes: a year group's club is tens of pupils, not 250
    most = min(most, contexts.get("table_counts")[_COUNTED[heading]].high)
    cells = [[rng.randint(3, most) for _ in columns] for _ in rows]
    contexts.used("table_counts", **{_COUNTED[heading]: [c for row in cells for c in row]})
    return heading, columns, rows, phrase, cells


def _how_many(phrase: str, row: str, column: str) -> str:
    return "How many " + phrase.format(r=row, c=column.lower()) + "?"


@topic(
    "statistics.tables_timetables",
    title="Tables and timetables: read, complete with totals, compare, and plan journeys",
    codes=("3S1", "3S2", "4S2", "5S1"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "two_step_word_problem"),
)
def tables_timetables(rng: random.Random, level: Level, style: str) -> Item:
    if style == "two_step_word_problem":
        return _bus_timetable(rng, level, style)
    heading, columns, rows, phrase, cells = _two_way(rng, level)
    corner = next(t[4] for t in _TWO_WAY if t[0] == heading)
    r, c = rng.randrange(len(rows)), rng.randrange(len(columns))
    table = Table(
        header=(corner, *columns), rows=tuple((row, *cells[k]) for k, row in enumerate(rows)), heading=heading
    )
    tip = hint(level, "find the row first, then go across to the column.")
    if style == "fluency":
        answer = WholeNumber(cells[r][c])
        prompt = f"Look at the table. {_how_many(phrase, rows[r], columns[c])}{tip}"
        steps = [Step(f"Row {rows[r]}, column {columns[c]}: ", cells[r][c], ".")]
        return _drawn(make(prompt, answer, steps, style, show(cells[r][c])), table)
    if style == "missing_number":
        totals = [sum(row) for row in cells]
        shown = tuple(
            (row, *("?" if (k, m) == (r, c) else v for m, v in enumerate(cells[k])), totals[k])
            for k, row in enumerate(rows)
        )
        table = Table(header=(corner, *columns, "Total"), rows=shown, heading=heading)
        answer = WholeNumber(cells[r][c])
        others = [v for m, v in enumerate(cells[r]) if m != c]
        prompt = "One number in the table is missing. What number should go where the ? is?" + hint(
            level, "the numbers in a row add up to the total."
        )
        # The others are taken away together; the step's brackets come from its shape: 97 − (56 + 13) = 28.
        steps = [
            Step(f"In the {rows[r]} row the total is ", totals[r], "."),
            Step(eq(sub(totals[r], add(*others)), cells[r][c])),
        ]
        check = f"{totals[r]} − ({_sum_check(others)})"
        return _drawn(make(prompt, answer, steps, style, check), table)
    other = rng.choice([k for k in range(len(rows)) if k != r])
    a, b = cells[r][c], cells[other][c]
    if a == b:
        cells[other][c] = b = a + rng.randint(1, 5)
        table = Table(
            header=(corner, *columns), rows=tuple((row, *cells[k]) for k, row in enumerate(rows)), heading=heading
        )
    if style == "true_or_false":
        difference = abs(a - b)
        claim = rng.choice((difference, difference + rng.choice((1, 2, 10))))
        bigger, smaller = (r, other) if a > b else (other, r)
        answer = TrueFalse(claim == difference)
        prompt = (
            f"True or false? In the {columns[c]} column, {rows[bigger]} has {claim} more than {rows[smaller]}.{tip}"
        )
        steps = [
            Step(f"{rows[bigger]}: ", cells[bigger][c], f"; {rows[smaller]}: ", cells[smaller][c], "."),
            Step(
                eq(sub(cells[bigger][c], cells[smaller][c]), difference),
                f", so the statement is {truth_word(answer.value)}.",
            ),
        ]
        check = f"{cells[bigger][c]} − {cells[smaller][c]} = {claim}"
        return _drawn(make(prompt, answer, steps, style, check), table)
    # word problem: a difference of two cells (levels 1–2) or of two row totals (level 3)
    if level == Level.GREATER_DEPTH:
        first, second = sum(cells[r]), sum(cells[other])
        if first == second:
            cells[other][0] += 1
            second += 1
            table = Table(
                header=(corner, *columns), rows=tuple((row, *cells[k]) for k, row in enumerate(rows)), heading=heading
            )
        big, small = (r, other) if first > second else (other, r)
        answer = WholeNumber(abs(first - second))
        counted = _COUNTED[heading].split(" ")[0]  # pupils, books, tickets, medals
        prompt = (
            f"Look at the table ({heading.lower()}). Adding up every column, how many more {counted} are there for "
            f"{rows[big]} than for {rows[small]}?"
        )
        steps = [
            Step(f"{rows[big]}: ", eq(add(*cells[big]), sum(cells[big]))),
            Step(f"{rows[small]}: ", eq(add(*cells[small]), sum(cells[small]))),
            Step(eq(sub(sum(cells[big]), sum(cells[small])), abs(first - second))),
        ]
        check = f"({_sum_check(cells[big])}) − ({_sum_check(cells[small])})"
        predicted = mis.predictions(answer, mis.more_than_as_sum.on(first, second))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)
    bigger, smaller = (r, other) if a > b else (other, r)
    answer = WholeNumber(abs(a - b))
    prompt = f"In the {columns[c]} column, how many more does {rows[bigger]} have than {rows[smaller]}?{tip}"
    steps = [Step(eq(sub(cells[bigger][c], cells[smaller][c]), abs(a - b)))]
    predicted = mis.predictions(answer, mis.more_than_as_sum.on(a, b))
    check = f"{cells[bigger][c]} − {cells[smaller][c]}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)


_ROUTES = (
    ("bus", ("Bus Station", "Market Square", "Library", "Leisure Centre", "Hospital")),
    ("train", ("Leeds", "Bradford", "Halifax", "Manchester")),
    ("train", ("York", "Darlington", "Durham", "Newcastle")),
    ("bus", ("Harbour", "High Street", "Park Gates", "School", "Church Lane")),
    ("train", ("Exeter", "Taunton", "Bristol", "Swindon", "Reading")),
)


# Stops named after a building take "the" in a sentence (at the Hospital); a place name does not (at Leeds).
_WITH_THE = frozenset({"Bus Station", "Library", "Leisure Centre", "Hospital", "Harbour", "High Street"})


def _the(stop: str) -> str:
    return f"the {stop}" if stop in _WITH_THE else stop


def _bus_timetable(rng: random.Random, level: Level, style: str) -> Item:
    kind, stops = rng.choice(_ROUTES)
    services = 3 if level == Level.WORKING_TOWARDS else 4
    grain = 5 if level != Level.GREATER_DEPTH else 1
    gaps = [rng.randint(2, 6) * 5 if grain == 5 else rng.randint(6, 29) for _ in stops[1:]]
    first = rng.randint(6, 14) * 60 + rng.randrange(0, 60, grain)
    every = rng.choice((20, 30, 40, 45) if grain == 5 else (17, 23, 35, 38, 42))
    times = [[first + s * every + sum(gaps[:k]) for s in range(services)] for k in range(len(stops))]
    contexts.used("timetable_services", first=first, gap=gaps, every=every)
    table = Table(
        header=("Stop", *(f"{kind.capitalize()} {s + 1}" for s in range(services))),
        rows=tuple((stop, *(twenty_four(t) for t in row)) for stop, row in zip(stops, times, strict=True)),
        heading=f"{kind.capitalize()} timetable",
    )
    who = name(rng)
    a = rng.randrange(len(stops) - 1)
    b = rng.randrange(a + 1, len(stops))
    if level == Level.WORKING_TOWARDS:
        s = rng.randrange(services)
        answer = TimeOfDay(times[b][s])
        prompt = (
            f"{who} gets on {kind} {s + 1} at {_the(stops[a])}. What time does it reach {_the(stops[b])}? "
            "Use the timetable." + hint(level, "stay in the same column.")
        )
        steps = [Step(f"Go down the {kind.capitalize()} {s + 1} column to {_the(stops[b])}: ", clock(times[b][s]), ".")]
        return _drawn(make(prompt, answer, steps, style, time_check(times[b][s])), table)
    if level == Level.GREATER_DEPTH:
        # the latest service that still arrives in time
        s = rng.randrange(services)
        deadline = times[b][s] + rng.randint(0, every - 1)
        answer = TimeOfDay(times[a][s])
        prompt = (
            f"{who} must be at {_the(stops[b])} by {twenty_four(deadline)}. What is the latest time {who} can leave "
            f"{_the(stops[a])} on a {kind}?"
        )
        later = (f"; {kind} {s + 2} arrives at ", clock(times[b][s + 1]), ", too late") if s + 1 < services else ()
        steps = [
            Step(
                f"{kind.capitalize()} {s + 1} reaches {_the(stops[b])} at ",
                clock(times[b][s]),
                ", in time",
                *later,
                ".",
            ),
            Step(f"{kind.capitalize()} {s + 1} leaves {_the(stops[a])} at ", clock(times[a][s]), "."),
        ]
        return _drawn(make(prompt, answer, steps, style, time_check(times[a][s])), table)
    # arrive at the stop at a given time: catch the next service, then find when it arrives
    s = rng.randrange(1, services)
    arrive = times[a][s] - rng.randint(1, every - 1)
    answer = TimeOfDay(times[b][s])
    prompt = (
        f"{who} gets to {_the(stops[a])} at {twenty_four(arrive)} and catches the next {kind}. "
        f"What time does {who} reach {_the(stops[b])}?"
    )
    steps = [
        Step(
            f"The next {kind} from {_the(stops[a])} after ",
            clock(arrive),
            f" is {kind} {s + 1} at ",
            clock(times[a][s]),
            ".",
        ),
        Step(f"It reaches {_the(stops[b])} at ", clock(times[b][s]), "."),
    ]
    return _drawn(make(prompt, answer, steps, style, time_check(times[b][s])), table)
