"""Statistics (strand S), Years 3–6: pictograms, bar charts, tables and timetables, line graphs, pie charts, mean."""

# Levels (design.md §4): 1 working towards — few categories, a scale or key of 1, 2, 5 or 10, whole symbols, one
# step and a hint; 2 expected — scales of 2, 5 and 10, half symbols, points between gridlines, comparisons, sums
# and differences; 3 greater depth — scales of 25 and 50, unfamiliar keys, negative temperatures, several steps
# and reasoning. Every question carries its chart, built from the very values its check expression uses, so the
# notation solver recomputes the key from the chart's data.

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    DecimalNumber,
    Measure,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarChart, LineGraph, Pictogram, PieChart, Table
from ks2practice.topics.time import time_check, twenty_four


def _drawn(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram)


def _sum_check(values: list[int] | tuple[int, ...]) -> str:
    return " + ".join(show(v) for v in values)


# ---------------------------------------------------------------------- contexts


class Context:
    """What a chart counts: its heading, categories, the question stem and the unit of an answer."""

    def __init__(self, heading: str, stem: str, noun: str, categories: tuple[str, ...], unit: str = "") -> None:
        self.heading, self.stem, self.noun, self.categories, self.unit = heading, stem, noun, categories, unit

    def ask(self, category: str) -> str:
        return self.stem.format(c=category)

    def answer(self, value: int | Fraction) -> Answer:
        # A plain number, the unit named in the question: a Measure would call a slip by a factor of 10 (2 for
        # 20 mm) "the right amount in cm" and hide the misconception behind a units message.
        return WholeNumber(int(value))

    def pick(self, rng: random.Random, count: int) -> tuple[str, ...]:
        if self.categories[0] in ("Monday", "January"):  # days and months keep their order
            first = rng.randrange(len(self.categories) - count + 1)
            return self.categories[first : first + count]
        return tuple(rng.sample(self.categories, count))


COUNTS = (
    Context(
        "Favourite fruit",
        "How many children chose {c}?",
        "children",
        ("Apple", "Banana", "Grapes", "Orange", "Pear", "Mango"),
    ),
    Context(
        "After-school clubs",
        "How many pupils go to {c} club?",
        "pupils",
        ("Football", "Choir", "Chess", "Art", "Coding", "Netball"),
    ),
    Context(
        "Birds seen in a garden",
        "How many {c} were seen?",
        "birds",
        ("Robins", "Blackbirds", "Sparrows", "Blue tits", "Magpies", "Pigeons"),
    ),
    Context(
        "Cakes sold at the school fair",
        "How many cakes were sold on {c}?",
        "cakes",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    ),
    Context(
        "Library books borrowed",
        "How many books did {c} borrow?",
        "books",
        ("Year 3", "Year 4", "Year 5", "Year 6"),
    ),
    Context(
        "Favourite sport",
        "How many children chose {c}?",
        "children",
        ("Football", "Swimming", "Tennis", "Cricket", "Netball", "Rugby"),
    ),
)
RAINFALL = Context(
    "Rainfall in mm",
    "How much rain fell in {c}, in mm?",
    "mm of rain",
    ("January", "February", "March", "April", "May", "June", "July", "August"),
    unit="mm",
)


# ---------------------------------------------------------------------- pictograms

# (keys, half symbols allowed, categories, most symbols in a row) per level
PICTOGRAM = {
    1: ((2, 5, 10), False, (3, 4), 6),
    2: ((2, 4, 5, 10), True, (4, 5), 8),
    3: ((4, 6, 8, 20, 50), True, (5, 6), 9),
}


def _pictogram_data(rng: random.Random, level: Level) -> tuple[Context, tuple[str, ...], list[int], int]:
    keys, halves, sizes, most = PICTOGRAM[int(level)]
    context = rng.choice(COUNTS)
    key = rng.choice(keys)
    categories = context.pick(rng, min(rng.choice(sizes), len(context.categories)))
    halves = halves and key % 2 == 0  # half of an odd key is not a whole count
    units = [rng.randint(2, 2 * most) if halves else 2 * rng.randint(1, most) for _ in categories]
    if halves and not any(u % 2 for u in units):
        units[rng.randrange(len(units))] |= 1  # at least one half symbol to read
    for i in range(len(units)):  # all different, so 'which is most' and comparisons are clear
        while units[i] in units[:i]:
            units[i] = units[i] % (2 * most) + (1 if halves else 2)
    return context, categories, [u * key // 2 for u in units], key


@topic(
    "statistics.pictograms",
    title="Pictograms: read, complete and compare, with keys and half symbols",
    codes=("3S1", "3S2", "4S2"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "two_step_word_problem"),
)
def pictograms(rng: random.Random, level: Level, style: str) -> Item:
    context, categories, counts, key = _pictogram_data(rng, level)
    chart = Pictogram(categories=categories, counts=tuple(counts), key=key, heading=context.heading)
    tip = hint(level, f"each symbol stands for {key}.")
    i, j = rng.sample(range(len(categories)), 2)
    symbols = [Fraction(c, key) for c in counts]

    def read(k: int) -> str:
        many = format_fraction(symbols[k])
        return f"{categories[k]} has {many} symbols: {many} × {key} = {counts[k]}."

    if style == "fluency":
        answer = context.answer(counts[i])
        prompt = f"Look at the pictogram. {context.ask(categories[i])}{tip}"
        predicted = mis.predictions(
            answer,
            ("pictogram_key_ignored", ts.pictogram_key_ignored(counts[i], key)),
            ("half_symbol_as_whole", ts.half_symbol_as_whole(counts[i], key)),
        )
        return _drawn(make(prompt, answer, [read(i)], style, show(counts[i]), predicted=predicted), chart)
    if style == "missing_number":
        # the last row is not drawn yet: the total tells how many it must show
        shown = Pictogram(categories=categories[:-1], counts=tuple(counts[:-1]), key=key, heading=context.heading)
        total = sum(counts)
        answer = context.answer(counts[-1])
        prompt = (
            f"The pictogram is not finished: the row for {categories[-1]} is missing. Altogether there are "
            f"{show(total)} {context.noun}. How many {context.noun} should the row for {categories[-1]} show?{tip}"
        )
        steps = [read(k) for k in range(len(counts) - 1)]
        steps.append(f"{show(total)} − ({_sum_check(counts[:-1])}) = {counts[-1]}")
        check = f"{show(total)} − ({_sum_check(counts[:-1])})"
        return _drawn(make(prompt, answer, steps, style, check), shown)
    if style == "true_or_false":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        difference = counts[more] - counts[fewer]
        slip = symbols[more] - symbols[fewer]  # the difference in symbols, key ignored
        wrong = [slip] if key > 1 and slip.denominator == 1 else [difference + key]
        claim = rng.choice([difference, *wrong])
        answer = TrueFalse(claim == difference)
        prompt = (
            f"True or false? The pictogram shows {show(claim)} more {context.noun} for {categories[more]} than for "
            f"{categories[fewer]}.{tip}"
        )
        steps = [read(more), read(fewer), f"{counts[more]} − {counts[fewer]} = {difference}"]
        steps.append(f"So the statement is {truth_word(answer.value)}.")
        predicted = mis.predictions(answer, ("pictogram_key_ignored", True)) if claim == slip != difference else ()
        check = f"{counts[more]} − {counts[fewer]} = {show(claim)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    if style == "word_problem":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        answer = context.answer(counts[more] - counts[fewer])
        prompt = f"How many more {context.noun} are shown for {categories[more]} than for {categories[fewer]}?{tip}"
        steps = [read(more), read(fewer), f"{counts[more]} − {counts[fewer]} = {counts[more] - counts[fewer]}"]
        predicted = mis.predictions(
            answer,
            ("more_than_as_sum", ts.more_than_as_sum(counts[more], counts[fewer])),
            ("pictogram_key_ignored", symbols[more] - symbols[fewer] if key > 1 else None),
        )
        check = f"{counts[more]} − {counts[fewer]}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    # two steps: the total of all rows, or two rows together compared with a third
    if level == Level.WORKING_TOWARDS or len(categories) < 3:
        answer = context.answer(sum(counts))
        prompt = f"How many {context.noun} are shown in the pictogram altogether?{tip}"
        steps = [read(k) for k in range(len(counts))] + [f"{_sum_check(counts)} = {sum(counts)}"]
        predicted = mis.predictions(answer, ("pictogram_key_ignored", sum(symbols) if key > 1 else None))
        return _drawn(make(prompt, answer, steps, style, _sum_check(counts), predicted=predicted), chart)
    k = next(x for x in range(len(categories)) if x not in (i, j))
    together = counts[i] + counts[j]
    gap = abs(together - counts[k])
    if gap == 0:
        answer = context.answer(together)
        prompt = f"How many {context.noun} are shown for {categories[i]} and {categories[j]} together?{tip}"
        steps = [read(i), read(j), f"{counts[i]} + {counts[j]} = {together}"]
        return _drawn(make(prompt, answer, steps, style, f"{counts[i]} + {counts[j]}"), chart)
    word = "more" if together > counts[k] else "fewer"
    answer = context.answer(gap)
    prompt = (
        f"How many {word} {context.noun} are shown for {categories[i]} and {categories[j]} together than for "
        f"{categories[k]}?{tip}"
    )
    steps = [read(i), read(j), read(k), f"{counts[i]} + {counts[j]} = {together}", f"The difference is {gap}."]
    check = (
        f"{counts[i]} + {counts[j]} − {counts[k]}" if word == "more" else f"{counts[k]} − ({counts[i]} + {counts[j]})"
    )
    return _drawn(make(prompt, answer, steps, style, check), chart)


# ---------------------------------------------------------------------- bar charts

# (scales, categories, most steps) per level; values sit on gridlines, or halfway from level 2 on
BAR_CHART = {1: ((1, 2), (3, 4), 10), 2: ((2, 5, 10), (4, 5), 10), 3: ((20, 25, 50), (5, 6), 10)}


def _bar_data(rng: random.Random, level: Level, step: int | None = None) -> tuple[Context, tuple[str, ...], list, int]:
    scales, sizes, most = BAR_CHART[int(level)]
    step = step or rng.choice(scales)
    context = rng.choice((*COUNTS, RAINFALL))
    categories = context.pick(rng, min(rng.choice(sizes), len(context.categories)))
    grain = step // 2 if level != Level.WORKING_TOWARDS and step % 2 == 0 and step != 2 else step
    values: list[int] = []
    while len(values) < len(categories):
        value = rng.randint(1, most * step // grain) * grain
        if value not in values:
            values.append(value)
    if grain != step and all(v % step == 0 for v in values):
        values[rng.randrange(len(values))] -= grain  # at least one bar ends between gridlines
        if len(set(values)) < len(values) or min(values) <= 0:
            values = [step * (k + 1) + grain for k in range(len(values))]
            rng.shuffle(values)
    return context, categories, values, step


def _bar_chart(context: Context, categories: tuple[str, ...], values: list, step: int) -> BarChart:
    label = "Rainfall (mm)" if context.unit else f"Number of {context.noun}"
    return BarChart(categories=categories, values=tuple(values), step=step, heading=context.heading, y_label=label)


def _bar_slips(value: int, step: int) -> tuple[tuple[str, Fraction | None], ...]:
    return (
        ("scale_read_as_one", ts.scale_read_as_one(value, step)),
        ("between_gridlines_lower", ts.between_gridlines_lower(value, step)),
    )


@topic(
    "statistics.bar_charts",
    title="Bar charts: read scales in 1s, 2s, 5s, 10s, 25s and 50s; compare, total and find differences",
    codes=("3S1", "3S2", "4S1", "4S2"),
    styles=("fluency", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def bar_charts(rng: random.Random, level: Level, style: str) -> Item:
    forced = rng.choice(BAR_CHART[int(level)][0][1:] or (2,)) if style == "spot_the_mistake" else None
    context, categories, values, step = _bar_data(rng, level, forced)
    chart = _bar_chart(context, categories, values, step)
    tip = hint(level, f"the scale goes up in {step}s.")
    i, j = rng.sample(range(len(categories)), 2)

    def read(k: int) -> str:
        return f"The bar for {categories[k]} reaches {show(values[k])} (the scale goes up in {step}s)."

    if style == "fluency":
        answer = context.answer(values[i])
        prompt = f"Look at the bar chart. {context.ask(categories[i])}{tip}"
        predicted = mis.predictions(answer, *_bar_slips(values[i], step))
        return _drawn(make(prompt, answer, [read(i)], style, show(values[i]), predicted=predicted), chart)
    if style == "spot_the_mistake":
        who = name(rng)
        wrong = ts.scale_read_as_one(values[i], step)
        if wrong is None or wrong.denominator != 1:
            wrong = Fraction(values[i] - step)
        answer = context.answer(values[i])
        prompt = (
            f"{who} says the bar chart shows {show(wrong)} for {categories[i]}. {who} has made a mistake. "
            f"What should {who} have said?{tip}"
        )
        steps = [f"{who} counted each gridline as 1, or misread the scale.", read(i)]
        predicted = mis.predictions(answer, ("scale_read_as_one", wrong))
        return _drawn(make(prompt, answer, steps, style, show(values[i]), predicted=predicted), chart)
    if style == "true_or_false":
        if level == Level.WORKING_TOWARDS or len(categories) < 3:
            claim = rng.choice([values[i], values[i] + step, values[i] // step if step > 1 else values[i] + 1])
            answer = TrueFalse(claim == values[i])
            prompt = f"True or false? The bar chart shows {show(claim)} for {categories[i]}.{tip}"
            steps = [read(i), f"So the statement is {truth_word(answer.value)}."]
            slip = step > 1 and claim == values[i] // step
            predicted = mis.predictions(answer, ("scale_read_as_one", True)) if slip else ()
            return _drawn(
                make(prompt, answer, steps, style, f"{show(values[i])} = {show(claim)}", predicted=predicted), chart
            )
        k = next(x for x in range(len(categories)) if x not in (i, j))
        together = values[i] + values[j]
        answer = TrueFalse(together > values[k])
        prompt = f"True or false? {categories[i]} and {categories[j]} together are more than {categories[k]}.{tip}"
        steps = [read(i), read(j), read(k), f"{show(values[i])} + {show(values[j])} = {show(together)}"]
        steps.append(f"So the statement is {truth_word(answer.value)}.")
        check = f"{show(values[i])} + {show(values[j])} > {show(values[k])}"
        return _drawn(make(prompt, answer, steps, style, check), chart)
    if style == "word_problem":
        more, fewer = (i, j) if values[i] > values[j] else (j, i)
        answer = context.answer(values[more] - values[fewer])
        unit = "mm of rain fell" if context.unit else f"{context.noun} are shown"
        prompt = f"How many more {unit} for {categories[more]} than for {categories[fewer]}?{tip}"
        steps = [
            read(more),
            read(fewer),
            f"{show(values[more])} − {show(values[fewer])} = {show(values[more] - values[fewer])}",
        ]
        predicted = mis.predictions(
            answer,
            ("more_than_as_sum", ts.more_than_as_sum(values[more], values[fewer])),
            ("scale_read_as_one", Fraction(values[more] - values[fewer], step) if step > 1 else None),
        )
        check = f"{show(values[more])} − {show(values[fewer])}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    top, bottom = values.index(max(values)), values.index(min(values))
    if level == Level.WORKING_TOWARDS:
        answer = context.answer(sum(values))
        prompt = f"What is the total of all the bars in the bar chart?{tip}"
        steps = [read(k) for k in range(len(values))] + [f"{_sum_check(values)} = {show(sum(values))}"]
        return _drawn(make(prompt, answer, steps, style, _sum_check(values)), chart)
    answer = context.answer(values[top] - values[bottom])
    prompt = f"What is the difference between the tallest bar and the shortest bar in the bar chart?{tip}"
    steps = [
        f"The tallest bar is {categories[top]}: {show(values[top])}.",
        f"The shortest bar is {categories[bottom]}: {show(values[bottom])}.",
        f"{show(values[top])} − {show(values[bottom])} = {show(values[top] - values[bottom])}",
    ]
    predicted = mis.predictions(answer, ("more_than_as_sum", ts.more_than_as_sum(values[top], values[bottom])))
    check = f"{show(values[top])} − {show(values[bottom])}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)


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
    cells = [[rng.randint(3, most) for _ in columns] for _ in rows]
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
        steps = [f"Row {rows[r]}, column {columns[c]}: {cells[r][c]}."]
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
        steps = [
            f"In the {rows[r]} row the total is {totals[r]}.",
            f"{totals[r]} − {_sum_check(others)} = {cells[r][c]}",
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
            f"{rows[bigger]}: {cells[bigger][c]}; {rows[smaller]}: {cells[smaller][c]}.",
            f"{cells[bigger][c]} − {cells[smaller][c]} = {difference}, so the statement is {truth_word(answer.value)}.",
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
        prompt = f"Look at the table. How many more does {rows[big]} have than {rows[small]} altogether?"
        steps = [
            f"{rows[big]}: {_sum_check(cells[big])} = {sum(cells[big])}",
            f"{rows[small]}: {_sum_check(cells[small])} = {sum(cells[small])}",
            f"{sum(cells[big])} − {sum(cells[small])} = {abs(first - second)}",
        ]
        check = f"({_sum_check(cells[big])}) − ({_sum_check(cells[small])})"
        predicted = mis.predictions(answer, ("more_than_as_sum", first + second))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)
    bigger, smaller = (r, other) if a > b else (other, r)
    answer = WholeNumber(abs(a - b))
    prompt = f"In the {columns[c]} column, how many more does {rows[bigger]} have than {rows[smaller]}?{tip}"
    steps = [f"{cells[bigger][c]} − {cells[smaller][c]} = {abs(a - b)}"]
    predicted = mis.predictions(answer, ("more_than_as_sum", a + b))
    check = f"{cells[bigger][c]} − {cells[smaller][c]}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)


_ROUTES = (
    ("bus", ("Bus Station", "Market Square", "Library", "Leisure Centre", "Hospital")),
    ("train", ("Leeds", "Bradford", "Halifax", "Manchester")),
    ("train", ("York", "Darlington", "Durham", "Newcastle")),
    ("bus", ("Harbour", "High Street", "Park Gates", "School", "Church Lane")),
    ("train", ("Exeter", "Taunton", "Bristol", "Swindon", "Reading")),
)


def _bus_timetable(rng: random.Random, level: Level, style: str) -> Item:
    kind, stops = rng.choice(_ROUTES)
    services = 3 if level == Level.WORKING_TOWARDS else 4
    grain = 5 if level != Level.GREATER_DEPTH else 1
    gaps = [rng.randint(2, 6) * 5 if grain == 5 else rng.randint(6, 29) for _ in stops[1:]]
    first = rng.randint(6, 14) * 60 + rng.randrange(0, 60, grain)
    every = rng.choice((20, 30, 40, 45) if grain == 5 else (17, 23, 35, 38, 42))
    times = [[first + s * every + sum(gaps[:k]) for s in range(services)] for k in range(len(stops))]
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
            f"{who} gets on {kind} {s + 1} at {stops[a]}. What time does it reach {stops[b]}? Use the timetable."
            + hint(level, "stay in the same column.")
        )
        steps = [f"Go down the {kind.capitalize()} {s + 1} column to {stops[b]}: {twenty_four(times[b][s])}."]
        return _drawn(make(prompt, answer, steps, style, time_check(times[b][s])), table)
    if level == Level.GREATER_DEPTH:
        # the latest service that still arrives in time
        s = rng.randrange(services)
        deadline = times[b][s] + rng.randint(0, every - 1)
        answer = TimeOfDay(times[a][s])
        prompt = (
            f"{who} must be at {stops[b]} by {twenty_four(deadline)}. What is the latest time {who} can leave "
            f"{stops[a]} on a {kind}?"
        )
        later = f"; {kind} {s + 2} arrives at {twenty_four(times[b][s + 1])}, too late" if s + 1 < services else ""
        steps = [
            f"{kind.capitalize()} {s + 1} reaches {stops[b]} at {twenty_four(times[b][s])}, in time{later}.",
            f"{kind.capitalize()} {s + 1} leaves {stops[a]} at {twenty_four(times[a][s])}.",
        ]
        return _drawn(make(prompt, answer, steps, style, time_check(times[a][s])), table)
    # arrive at the stop at a given time: catch the next service, then find when it arrives
    s = rng.randrange(1, services)
    arrive = times[a][s] - rng.randint(1, every - 1)
    answer = TimeOfDay(times[b][s])
    prompt = (
        f"{who} gets to {stops[a]} at {twenty_four(arrive)} and catches the next {kind}. "
        f"What time does {who} reach {stops[b]}?"
    )
    steps = [
        f"The next {kind} from {stops[a]} after {twenty_four(arrive)} is {kind} {s + 1} at {twenty_four(times[a][s])}.",
        f"It reaches {stops[b]} at {twenty_four(times[b][s])}.",
    ]
    return _drawn(make(prompt, answer, steps, style, time_check(times[b][s])), table)


# ---------------------------------------------------------------------- line graphs

# (scales, points, lowest value in steps below 0) per level
LINE_GRAPH = {1: ((1, 2), (5, 6), 0), 2: ((2, 5, 10), (6, 7), 0), 3: ((2, 4, 10, 20), (7, 8), 3)}


class _Series:
    """What a line graph shows: heading, axis label, x labels, the noun and unit for questions."""

    def __init__(
        self, heading: str, y_label: str, labels: tuple[str, ...], what: str, unit: str = "", at: str = "at"
    ) -> None:
        self.heading, self.y_label, self.labels, self.what, self.unit = heading, y_label, labels, what, unit
        self.at = at  # 'at 09:00', 'in Week 3', 'in Mar'
        # Temperatures stay believable: scales of at most 5 degrees and no more than 30 °C.
        self.hottest = 30 if "°C" in what else None


_SERIES = (
    _Series(
        "Temperature in the playground",
        "Temperature (°C)",
        tuple(f"{h:02d}:00" for h in range(8, 16)),
        "temperature in °C",
    ),
    _Series(
        "Height of a sunflower", "Height (cm)", tuple(f"Week {w}" for w in range(1, 9)), "height in cm", "cm", "in"
    ),
    _Series("Cars in the car park", "Number of cars", tuple(f"{h:02d}:00" for h in range(9, 17)), "number of cars"),
    _Series(
        "Temperature in Aberdeen",
        "Temperature (°C)",
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"),
        "temperature in °C",
        at="in",
    ),
)


def _line_data(rng: random.Random, level: Level) -> tuple[_Series, tuple[str, ...], list[int], int, int]:
    scales, sizes, below = LINE_GRAPH[int(level)]
    series = rng.choice(_SERIES)
    step = rng.choice([x for x in scales if not series.hottest or x <= 5])
    grain = step // 2 if level != Level.WORKING_TOWARDS and step % 2 == 0 else step
    cold = below and "°C" in series.what and rng.random() < 0.5
    low = -min(below, 10 // step) * step if cold else 0  # no colder than −10 °C
    count = rng.choice(sizes)
    labels = series.labels[:count]
    floor = low + (0 if cold else grain)
    ceiling = min(low + 12 * step, series.hottest or low + 12 * step)
    values = [rng.randrange(floor, floor + (ceiling - floor) // 2 + 1, grain)]
    while len(values) < count:
        # a walk that turns back at the top and bottom of the axis, so the line never sticks to a limit
        moves = [m * grain for m in (-2, -1, 1, 1, 2, 3) if floor <= values[-1] + m * grain <= ceiling]
        values.append(values[-1] + rng.choice(moves))
    if grain != step and all(v % step == 0 for v in values):
        k = rng.randrange(count)
        values[k] += grain if values[k] + grain <= ceiling else -grain  # at least one point between gridlines
    return series, labels, values, step, low


def _value_answer(series: _Series, value: int) -> Answer:
    return Measure(value, series.unit, unit_required=False) if series.unit else WholeNumber(value)


@topic(
    "statistics.line_graphs",
    title="Line graphs: read values between gridlines, find rises, falls and differences",
    codes=("4S1", "5S2", "6S1"),
    styles=("fluency", "true_or_false", "word_problem", "two_step_word_problem"),
)
def line_graphs(rng: random.Random, level: Level, style: str) -> Item:
    series, labels, values, step, low = _line_data(rng, level)
    graph = LineGraph(
        x_labels=labels, values=tuple(values), step=step, heading=series.heading, y_label=series.y_label, y_min=low
    )
    tip = hint(level, f"the scale goes up in {step}s; find the gridlines either side of the point.")
    i, j = sorted(rng.sample(range(len(labels)), 2))

    def read(k: int) -> str:
        return f"{series.at.capitalize()} {labels[k]} the line is at {show(values[k])}."

    if style == "fluency":
        answer = _value_answer(series, values[i])
        prompt = f"Look at the line graph. What was the {series.what} {series.at} {labels[i]}?{tip}"
        predicted = mis.predictions(answer, *_bar_slips(values[i], step))
        return _drawn(make(prompt, answer, [read(i)], style, _signed(values[i]), predicted=predicted), graph)
    if style == "true_or_false":
        top = max(values)
        k = rng.choice([x for x, v in enumerate(values) if v == top] + [i, j])
        answer = TrueFalse(values[k] == top)
        prompt = f"True or false? The {series.what} was highest {series.at} {labels[k]}."
        steps = [read(k), f"The highest point is {show(top)}.", f"So the statement is {truth_word(answer.value)}."]
        return _drawn(make(prompt, answer, steps, style, f"{_signed(values[k])} = {_signed(top)}"), graph)
    if style == "word_problem":
        different = [x for x in range(len(values)) if values[x] != values[i]]
        if values[i] == values[j] and different:
            i, j = sorted((i, rng.choice(different)))
        if values[i] == values[j]:  # a flat line: let the last reading rise one step
            i, j = 0, len(values) - 1
            values[j] += step
            graph = replace(graph, values=tuple(values))
        change = values[j] - values[i]
        word = "rise" if change > 0 else "fall"
        answer = _value_answer(series, abs(change))
        prompt = f"By how much did the {series.what} {word} from {labels[i]} to {labels[j]}?{tip}"
        steps = [read(i), read(j), f"The difference is {show(abs(change))}."]
        check = (
            f"{_signed(values[j])} − {_signed(values[i])}"
            if change > 0
            else f"{_signed(values[i])} − {_signed(values[j])}"
        )
        predicted = mis.predictions(
            answer,
            ("between_gridlines_lower", _lower_difference(values[i], values[j], step)),
            ("scale_read_as_one", Fraction(abs(change), step) if step > 1 else None),
        )
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), graph)
    rises = [(values[k + 1] - values[k], k) for k in range(len(values) - 1)]
    best, k = max(rises)
    one_biggest = best > 0 and sum(1 for r, _ in rises if r == best) == 1
    if not one_biggest or rng.random() < 0.5:
        top, bottom = max(values), min(values)
        if top == bottom:  # a flat line: let the last reading rise one step
            values[-1] += step
            top = values[-1]
            graph = replace(graph, values=tuple(values))
        answer = _value_answer(series, top - bottom)
        prompt = f"What is the difference between the highest and the lowest {series.what} on the graph?{tip}"
        steps = [
            f"The highest point is {show(top)} {series.at} {labels[values.index(top)]}.",
            f"The lowest point is {show(bottom)} {series.at} {labels[values.index(bottom)]}.",
            f"{_signed(top)} − {_signed(bottom)} = {show(top - bottom)}",
        ]
        predicted = mis.predictions(answer, ("between_gridlines_lower", _lower_difference(bottom, top, step)))
        check = f"{_signed(top)} − {_signed(bottom)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), graph)
    answer = _value_answer(series, best)
    prompt = f"Between which two readings did the {series.what} rise the most? By how much did it rise then?{tip}"
    steps = [
        f"Compare each reading with the next: the biggest rise is from {labels[k]} to {labels[k + 1]}.",
        f"{_signed(values[k + 1])} − {_signed(values[k])} = {show(best)}",
    ]
    return _drawn(make(prompt, answer, steps, style, f"{_signed(values[k + 1])} − {_signed(values[k])}"), graph)


def _signed(value: int) -> str:
    return f"({show(value)})" if value < 0 else show(value)


def _lower_difference(a: int, b: int, step: int) -> int | None:
    """The difference when both points are read as the gridline below them."""
    low_a, low_b = a - a % step, b - b % step
    if (low_a, low_b) == (a, b):
        return None
    return abs(low_b - low_a)


# ---------------------------------------------------------------------- pie charts

_PIE_CONTEXTS = (
    ("children", "chose", "Favourite fruit", ("Apple", "Banana", "Grapes", "Orange", "Pear")),
    ("pupils", "chose", "Favourite sport", ("Football", "Swimming", "Tennis", "Cricket", "Netball")),
    ("children", "chose", "How we travel to school", ("Walking", "Car", "Bus", "Bike", "Scooter")),
    ("pupils", "chose", "Favourite season", ("Spring", "Summer", "Autumn", "Winter")),
)
# people per degree-labelled pie at greater depth: 360 ÷ n is a whole number of degrees
_DEGREE_TOTALS = (12, 18, 24, 30, 36, 40, 45, 60, 72, 90)


def _parts(rng: random.Random, whole: int, count: int) -> list[int]:
    """count positive whole parts making whole, all different where possible."""
    for _ in range(100):
        cuts = sorted(rng.sample(range(1, whole), count - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, whole], strict=True)]
        if len(set(parts)) == len(parts):
            return parts
    return parts


def _pie_data(rng: random.Random, level: Level) -> tuple[tuple, tuple[str, ...], list[int], int, str]:
    """Context, categories, counts, total, and how the sectors are labelled."""
    context = rng.choice(_PIE_CONTEXTS)
    if level == Level.WORKING_TOWARDS:
        quarters = rng.choice(((2, 1, 1), (1, 2, 1), (1, 1, 2), (3, 1), (1, 3)))
        total = 4 * rng.randint(2, 10)
        counts = [q * total // 4 for q in quarters]
        show_as = "fraction"
    elif level == Level.EXPECTED:
        if rng.random() < 0.5:
            tenths = _parts(rng, 10, rng.choice((3, 4)))
            total = 10 * rng.randint(2, 20)
            counts = [t * total // 10 for t in tenths]
        else:
            quarters = rng.choice(((2, 1, 1), (1, 2, 1), (1, 1, 2), (3, 1)))
            total = 4 * rng.randint(5, 25)
            counts = [q * total // 4 for q in quarters]
        show_as = "percent"
    else:
        total = rng.choice(_DEGREE_TOTALS)
        counts = _parts(rng, total, rng.choice((3, 4)))
        show_as = "degrees"
    categories = tuple(rng.sample(context[3], len(counts)))
    return context, categories, counts, total, show_as


def _share_check(count: int, total: int, show_as: str) -> str:
    """The count a sector stands for, written from what its label shows (× and ÷ only, so any checker reads it)."""
    share = Fraction(count, total)
    if show_as == "fraction":
        return f"{share.numerator}/{share.denominator} × {total}"
    if show_as == "percent":
        return f"{total} × {show(share * 100)} ÷ 100"
    return f"{total} × {show(share * 360)} ÷ 360"


def _share_text(count: int, total: int, show_as: str) -> str:
    share = Fraction(count, total)
    if show_as == "fraction":
        return format_fraction(share)
    if show_as == "percent":
        return f"{show(share * 100)}%"
    return f"{show(share * 360)}°"


def _pie_slips(count: int, total: int, show_as: str) -> tuple[tuple[str, Fraction | None], ...]:
    share = Fraction(count, total)
    if show_as == "percent":
        return (("pie_share_as_count", ts.pie_share_as_count(share, total)),)
    if show_as == "degrees":
        return (("pie_share_as_count", ts.pie_angle_as_count(share, total)),)
    return ()


@topic(
    "statistics.pie_charts",
    title="Pie charts: fractions, percentages and angles of a total; compare pie charts with different totals",
    codes=("6S1",),
    styles=("fluency", "true_or_false", "word_problem", "explain"),
)
def pie_charts(rng: random.Random, level: Level, style: str) -> Item:
    (noun, verb, heading, _), categories, counts, total, show_as = _pie_data(rng, level)
    chart = PieChart(categories=categories, values=tuple(counts), heading=heading, show=show_as)
    tip = {
        "fraction": hint(level, f"find the fraction of {total}."),
        "percent": hint(level, "10% is a tenth and 25% is a quarter."),
        "degrees": "",
    }[show_as]
    i = rng.randrange(len(counts))
    j = rng.choice([x for x in range(len(counts)) if counts[x] != counts[i]])
    intro = f"{total} {noun} were asked. The pie chart shows their answers."

    def explain_sector(k: int) -> str:
        share, work = _share_text(counts[k], total, show_as), _share_check(counts[k], total, show_as)
        return f"{categories[k]} is {share} of {total}: {work} = {counts[k]}."

    if style == "fluency":
        answer = WholeNumber(counts[i])
        prompt = f"{intro} How many {noun} {verb} {categories[i].lower()}?{tip}"
        steps = [explain_sector(i)]
        if show_as == "degrees":
            steps.insert(0, f"The whole circle, 360°, stands for {total} {noun}, so each one is {360 // total}°.")
        predicted = mis.predictions(answer, *_pie_slips(counts[i], total, show_as))
        return _drawn(
            make(prompt, answer, steps, style, _share_check(counts[i], total, show_as), predicted=predicted), chart
        )
    if style == "true_or_false":
        slips = [w for _, w in _pie_slips(counts[i], total, show_as) if w is not None]
        claim = rng.choice([counts[i], *(slips or [counts[i] + rng.choice((1, 2))])])
        answer = TrueFalse(claim == counts[i])
        prompt = f"{intro} True or false? {show(claim)} {noun} {verb} {categories[i].lower()}.{tip}"
        steps = [explain_sector(i), f"So the statement is {truth_word(answer.value)}."]
        predicted = (
            mis.predictions(answer, ("pie_share_as_count", True)) if claim in slips and claim != counts[i] else ()
        )
        check = f"{_share_check(counts[i], total, show_as)} = {show(claim)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    if style == "word_problem":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        answer = WholeNumber(counts[more] - counts[fewer])
        prompt = (
            f"{intro} How many more {noun} {verb} {categories[more].lower()} than {categories[fewer].lower()}?{tip}"
        )
        steps = [explain_sector(more), explain_sector(fewer), f"{counts[more]} − {counts[fewer]} = {answer.value}"]
        check = f"{_share_check(counts[more], total, show_as)} − {_share_check(counts[fewer], total, show_as)}"
        share_gap = Fraction(counts[more] - counts[fewer], total)
        slip = share_gap * 100 if show_as == "percent" else share_gap * 360 if show_as == "degrees" else None
        predicted = mis.predictions(answer, ("pie_share_as_count", slip))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    # explain: a bigger sector in this chart, compared with another class told in words
    who = name(rng)
    k = max(range(len(counts)), key=lambda x: counts[x])
    share_a = Fraction(counts[k], total)
    other_total = total * rng.choice((2, 3, 4))
    other_count = rng.randint(1, int(share_a * other_total) - 1) if share_a * other_total > 1 else 1
    answer = TrueFalse(counts[k] > other_count)
    prompt = (
        f"The pie chart shows what {total} {noun} in School A said. In School B, {other_count} of {other_total} {noun} "
        f"{verb} {categories[k].lower()}. {who} says: 'More {noun} in School A {verb} {categories[k].lower()}, because "
        f"its part of the pie is bigger.' True or false? Explain."
    )
    steps = [
        explain_sector(k),
        f"In School B, {other_count} of {other_total} is a smaller share, but School B is bigger.",
        f"{counts[k]} {'>' if answer.value else '≤'} {other_count}, so {who} is "
        f"{'right' if answer.value else 'wrong'}.",
        f"Model answer: a share of the pie is not a number of {noun}; work out each number before comparing.",
        f"Answer: {answer.format()}",
    ]
    slip = ts.pie_bigger_sector_more(share_a, total, Fraction(other_count, other_total), other_total)
    predicted = mis.predictions(answer, ("pie_bigger_sector_more", slip))
    check = f"{_share_check(counts[k], total, show_as)} > {other_count}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)


# ---------------------------------------------------------------------- the mean

# (how many values, largest value, may the mean be a half) per level
MEAN = {1: ((3, 4), 12, False), 2: ((4, 5), 40, True), 3: ((5, 6), 90, True)}

_MEAN_CONTEXTS = (
    ("Goals scored", "Match", "goals scored", "the mean number of goals scored in a match"),
    ("Books read", "Pupil", "books read", "the mean number of books read by a pupil"),
    ("Rainfall", "Day", "rainfall in mm", "the mean daily rainfall in mm"),
    ("Spelling scores", "Test", "spelling scores", "the mean score"),
    ("Cakes sold", "Day", "cakes sold", "the mean number of cakes sold each day"),
)


def _mean_values(rng: random.Random, level: Level, zero: bool = False) -> list[int]:
    sizes, most, half = MEAN[int(level)]
    n = rng.choice(sizes)
    for _ in range(200):
        values = [rng.randint(1, most) for _ in range(n)]
        if zero:
            values[rng.randrange(n)] = 0
        total = sum(values)
        exact = total % n == 0 or (half and (2 * total) % n == 0)
        if exact and len(set(values)) > 1:
            return values
    return [2, 4, 6, 8][:n] if n <= 4 else [2, 4, 6, 8, 10, 12][:n]


def _terminates(value: Fraction) -> bool:
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


def _mean_answer(value: Fraction) -> Answer:
    if value.denominator == 1:
        return WholeNumber(int(value))
    return DecimalNumber(Decimal(value.numerator) / Decimal(value.denominator))


def _mean_check(values: list[int]) -> str:
    return f"({_sum_check(values)}) ÷ {len(values)}"


def _mean_table(heading: str, label: str, values: list[int]) -> Table:
    return Table(header=(label, *(str(k + 1) for k in range(len(values)))), rows=((heading, *values),), heading=heading)


def _mean_chart(heading: str, label: str, values: list[int], level: Level) -> BarChart | Table:
    if level == Level.WORKING_TOWARDS:  # a bar chart at level 1: levelling the bars is the idea of the mean
        return BarChart(
            categories=tuple(f"{label} {k + 1}" for k in range(len(values))),
            values=tuple(values),
            step=1 if max(values) <= 12 else 2,
            heading=heading,
        )
    return _mean_table(heading, label, values)


def _mean_slips(values: list[int]) -> tuple[tuple[str, Fraction | None], ...]:
    return (
        ("mean_as_middle", ts.mean_as_middle(values)),
        ("mean_as_middle", ts.mean_as_mode(values)),
        ("mean_wrong_count", ts.mean_ignoring_zeros(values)),
        ("mean_wrong_count", ts.mean_not_divided(values)),
    )


@topic(
    "statistics.mean",
    title="The mean: share the total equally; find a missing value from the mean; compare means",
    codes=("6S3",),
    styles=("fluency", "missing_number", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def mean(rng: random.Random, level: Level, style: str) -> Item:
    heading, label, noun, asked = rng.choice(_MEAN_CONTEXTS)
    values = _mean_values(rng, level, zero=level == Level.GREATER_DEPTH and rng.random() < 0.4)
    n, total = len(values), sum(values)
    average = Fraction(total, n)
    tip = hint(level, "add all the values, then divide by how many there are.")
    steps = [f"Total: {_sum_check(values)} = {total}", f"There are {n} values: {total} ÷ {n} = {show(average)}"]
    if style == "fluency":
        answer = _mean_answer(average)
        prompt = f"Use the {'bar chart' if level == 1 else 'table'}. What is {asked}?{tip}"
        predicted = mis.predictions(answer, *_mean_slips(values))
        return _drawn(
            make(prompt, answer, steps, style, _mean_check(values), predicted=predicted),
            _mean_chart(heading, label, values, level),
        )
    if style == "missing_number":
        k = rng.randrange(n)
        while sum(values) % n:  # a whole mean: nudge the value that will be hidden
            values[k] += 1
        total, average = sum(values), Fraction(sum(values), n)
        shown = [v if m != k else "?" for m, v in enumerate(values)]
        table = Table(header=(label, *(str(m + 1) for m in range(n))), rows=((heading, *shown),), heading=heading)
        others = [v for m, v in enumerate(values) if m != k]
        answer = WholeNumber(values[k])
        prompt = (
            f"One value in the table is missing. The mean of all {n} values is {show(average)}. "
            "What is the missing value?"
        )
        prompt += hint(level, f"the total of all {n} values is the mean × {n}.")
        steps = [
            f"The total must be {show(average)} × {n} = {show(average * n)}.",
            f"The others add up to {sum(others)}.",
            f"{show(average * n)} − {sum(others)} = {values[k]}",
        ]
        check = f"{show(average)} × {n} − ({_sum_check(others)})"
        predicted = mis.predictions(
            answer, ("mean_wrong_count", average * (n - 1) - sum(others) if average * (n - 1) > sum(others) else None)
        )
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), table)
    if style == "spot_the_mistake":
        who = name(rng)
        divisor = (
            n - values.count(0)
            if 0 in values
            else next((d for d in (n - 1, n + 1) if _terminates(Fraction(total, d))), n + 1)
        )
        wrong = Fraction(total, divisor)
        answer = _mean_answer(average)
        said = (
            show(wrong)
            if _terminates(wrong)
            else f"{wrong.numerator // wrong.denominator} remainder {wrong.numerator % wrong.denominator}"
        )
        if not _terminates(wrong):
            wrong = None
        prompt = (
            f"{who} works out {asked} like this: {total} ÷ {divisor} = {said}. What is the mistake? "
            f"What is the right mean?{tip}"
        )
        steps.insert(
            0, f"{who} divided by the wrong number: there are {n} values{', zeros too' if 0 in values else ''}."
        )
        predicted = mis.predictions(answer, ("mean_wrong_count", wrong))
        return _drawn(
            make(prompt, answer, steps, style, _mean_check(values), predicted=predicted),
            _mean_table(heading, label, values),
        )
    if style == "word_problem":
        who = name(rng)
        answer = _mean_answer(average)
        told = ", ".join(show(v) for v in values[:-1]) + f" and {show(values[-1])}"
        plural = {"Match": "matches", "Pupil": "pupils", "Day": "days", "Test": "tests"}[label]
        prompt = f"{who} writes down the {noun} for {n} {plural}: {told}. What is {asked}?{tip}"
        predicted = mis.predictions(answer, *_mean_slips(values))
        return _drawn(
            make(prompt, answer, steps, style, _mean_check(values), predicted=predicted),
            _mean_table(heading, label, values),
        )
    # two steps: two groups' means, and the difference between them
    other = _mean_values(rng, level)
    while Fraction(sum(other), len(other)) == average:
        other = _mean_values(rng, level)
    other_average = Fraction(sum(other), len(other))
    first, second = ("Team Red", "Team Blue")
    answer = _mean_answer(abs(average - other_average))
    table = Table(
        header=("Team", *(str(m + 1) for m in range(max(n, len(other))))),
        rows=(
            (first, *values, *([""] * (max(n, len(other)) - n))),
            (second, *other, *([""] * (max(n, len(other)) - len(other)))),
        ),
        heading=heading,
    )
    prompt = (
        f"The table shows the {noun} for two teams. How much bigger is the bigger team mean than the smaller one?{tip}"
    )
    steps = [
        f"{first}: ({_sum_check(values)}) ÷ {n} = {show(average)}",
        f"{second}: ({_sum_check(other)}) ÷ {len(other)} = {show(other_average)}",
        f"{show(max(average, other_average))} − {show(min(average, other_average))} = "
        f"{show(abs(average - other_average))}",
    ]
    big, small = (values, other) if average > other_average else (other, values)
    check = f"{_mean_check(big)} − {_mean_check(small)}"
    return _drawn(make(prompt, answer, steps, style, check), table)
