"""Bar charts: read scales in 1s, 2s, 5s, 10s, 25s and 50s; compare, total and find differences."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content import reasoning
from ks2practice.content.misconceptions.data_time_algebra import claimed
from ks2practice.content.statistics.common import COUNTS, Context, _bar_slips, _drawn, _sum_check
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub
from ks2practice.pictures.diagrams import BarChart

RAINFALL = Context(
    "Rainfall in millimetres",  # the unit gate reads a unit named in words; "(mm)" alone is not read
    "How much rain fell in {c}, in mm?",
    "mm of rain",
    ("January", "February", "March", "April", "May", "June", "July", "August"),
    "monthly_rainfall.rainfall",
    unit="mm",
)


# ---------------------------------------------------------------------- bar charts

# (scales, categories, most steps) per level; values sit on gridlines, or halfway from level 2 on
BAR_CHART = {1: ((1, 2), (3, 4), 10), 2: ((2, 5, 10), (4, 5), 10), 3: ((20, 25, 50), (5, 6), 10)}


def _bar_data(rng: random.Random, level: Level, step: int | None = None) -> tuple[Context, tuple[str, ...], list, int]:
    scales, sizes, most = BAR_CHART[int(level)]
    step = step or rng.choice(scales)
    # only a context whose values can believably fill the scale: a chart in 50s of garden birds is not one
    # (and whose least value a bar of one step can show: no month with 1 mm of rain)
    context = rng.choice([c for c in (*COUNTS, RAINFALL) if c.most >= 7 * step and c.least <= step])
    categories = context.pick(rng, min(rng.choice(sizes), len(context.categories)))
    grain = step // 2 if level != Level.WORKING_TOWARDS and step % 2 == 0 and step != 2 else step
    values: list[int] = []
    while len(values) < len(categories):
        value = rng.randint(-(-context.least // grain), min(most * step, context.most) // grain) * grain
        if value not in values:
            values.append(value)
    if grain != step and all(v % step == 0 for v in values):
        values[rng.randrange(len(values))] -= grain  # at least one bar ends between gridlines
        if len(set(values)) < len(values) or min(values) < context.least:
            values = [step * (k + 1) + grain for k in range(len(values))]
            rng.shuffle(values)
    context.record(values)
    return context, categories, values, step


def _bar_chart(context: Context, categories: tuple[str, ...], values: list, step: int) -> BarChart:
    label = "Rainfall (mm)" if context.unit else f"Number of {context.noun}"
    return BarChart(categories=categories, values=tuple(values), step=step, heading=context.heading, y_label=label)


@topic(
    "statistics.bar_charts",
    title="Bar charts: read scales in 1s, 2s, 5s, 10s, 25s and 50s; compare, total and find differences",
    codes=("3S1", "3S2", "4S1", "4S2"),
    styles=("fluency", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem", "explain"),
)
def bar_charts(rng: random.Random, level: Level, style: str) -> Item:
    mistaken = style == "spot_the_mistake" or (style == "explain" and level == Level.WORKING_TOWARDS)
    forced = rng.choice(BAR_CHART[int(level)][0][1:] or (2,)) if mistaken else None
    context, categories, values, step = _bar_data(rng, level, forced)
    chart = _bar_chart(context, categories, values, step)
    tip = hint(level, f"the scale goes up in {step}s.")
    i, j = rng.sample(range(len(categories)), 2)
    at = context.amount

    def read(k: int) -> Step:
        return Step(f"The bar for {categories[k]} reaches ", at(values[k]), f" (the scale goes up in {step}s).")

    if style == "fluency":
        answer = context.answer(values[i])
        prompt = f"Look at the bar chart. {context.ask(categories[i])}{tip}"
        predicted = mis.predictions(answer, *_bar_slips(values[i], step))
        return _drawn(make(prompt, answer, [read(i)], style, show(values[i]), predicted=predicted), chart)
    if style == "explain":
        return _drawn(_explain(rng, level, context, categories, values, step, read, tip), chart)
    if style == "spot_the_mistake":
        return _spot_the_mistake(rng, context, categories, values, step, i, chart, tip, read)
    if style == "true_or_false":
        if level == Level.WORKING_TOWARDS or len(categories) < 3:
            claim = rng.choice([values[i], values[i] + step, values[i] // step if step > 1 else values[i] + 1])
            answer = TrueFalse(claim == values[i])
            prompt = f"True or false? The bar chart shows {show(claim)} for {categories[i]}.{tip}"
            steps = [read(i), f"So the statement is {truth_word(answer.value)}."]
            predicted = mis.predictions(answer, mis.scale_read_as_one.on(values[i], step, claim=claim))
            return _drawn(
                make(prompt, answer, steps, style, f"{show(values[i])} = {show(claim)}", predicted=predicted), chart
            )
        k = next(x for x in range(len(categories)) if x not in (i, j))
        together = values[i] + values[j]
        answer = TrueFalse(together > values[k])
        prompt = f"True or false? {categories[i]} and {categories[j]} together are more than {categories[k]}.{tip}"
        sign = ">" if together > values[k] else "=" if together == values[k] else "<"
        steps = [
            read(i),
            read(j),
            read(k),
            Step(eq(add(at(values[i]), at(values[j])), at(together))),
            Step(
                rel(at(together), sign, at(values[k]), restates=True),
                f", so the statement is {truth_word(answer.value)}.",
            ),
        ]
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
            Step(eq(sub(at(values[more]), at(values[fewer])), at(values[more] - values[fewer]))),
        ]
        predicted = mis.predictions(
            answer,
            mis.more_than_as_sum.on(values[more], values[fewer]),
            mis.scale_read_as_one.on(values[more] - values[fewer], step),
        )
        check = f"{show(values[more])} − {show(values[fewer])}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    top, bottom = values.index(max(values)), values.index(min(values))
    if level == Level.WORKING_TOWARDS:
        answer = context.answer(sum(values))
        prompt = f"What is the total of all the bars in the bar chart?{tip}"
        steps = [read(k) for k in range(len(values))] + [Step(eq(add(*map(at, values)), at(sum(values))))]
        return _drawn(make(prompt, answer, steps, style, _sum_check(values)), chart)
    answer = context.answer(values[top] - values[bottom])
    prompt = f"What is the difference between the tallest bar and the shortest bar in the bar chart?{tip}"
    steps = [
        Step(f"The tallest bar is {categories[top]}: ", at(values[top]), "."),
        Step(f"The shortest bar is {categories[bottom]}: ", at(values[bottom]), "."),
        Step(eq(sub(at(values[top]), at(values[bottom])), at(values[top] - values[bottom]))),
    ]
    predicted = mis.predictions(answer, mis.more_than_as_sum.on(values[top], values[bottom]))
    check = f"{show(values[top])} − {show(values[bottom])}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)


def _spot_the_mistake(
    rng: random.Random,
    context: Context,
    categories: tuple[str, ...],
    values: list,
    step: int,
    i: int,
    chart: BarChart,
    tip: str,
    read: Callable[[int], Step],
) -> Item:
    # The wrong reading and the story of it come from one mechanism on this bar: a bar on a gridline is misread
    # by counting gridlines as 1 each; a bar between gridlines, by reading the gridline below it.
    who = name(rng)
    on_line = [k for k, v in enumerate(values) if v % step == 0]
    if values[i] % step and on_line:
        i = rng.choice(on_line)
    value, at = values[i], context.amount
    if value % step == 0:
        slip = mis.scale_read_as_one
        wrong = Fraction(slip(value, step))
        story = Step(
            f"{who} counted {'1 gridline as 1' if wrong == 1 else f'{show(wrong)} gridlines as 1 each'}, but each "
            f"gridline is worth {step}: ",
            eq(mul(wrong, step), value),
            ".",
        )
    else:
        slip = mis.between_gridlines_lower
        wrong = Fraction(slip(value, step))
        story = Step(
            f"{who} read the gridline below the bar, ",
            at(wrong),
            "; the bar ends between two gridlines, past it: ",
            rel(at(value), ">", at(wrong)),
            ".",
        )
    answer = context.answer(value)
    prompt = (
        f"{who} says the bar chart shows {show(wrong)} for {categories[i]}. {who} has made a mistake. "
        f"What should {who} have said?{tip}"
    )
    steps = [story, read(i)]
    predicted = mis.predictions(answer, slip.on(value, step))
    return _drawn(make(prompt, answer, steps, "spot_the_mistake", show(value), predicted=predicted), chart)


def _explain(
    rng: random.Random,
    level: Level,
    context: Context,
    categories: tuple[str, ...],
    values: list,
    step: int,
    read: Callable[[int], Step],
    tip: str,
) -> Item:
    """A child's claim about the chart, from a real misreading: a bar counted in gridlines (level 1), a difference
    found by adding or by counting gridlines (level 2), or at greater depth two bars against half the total."""
    who, at = name(rng), context.amount
    i, j = rng.sample(range(len(categories)), 2)
    if level == Level.WORKING_TOWARDS:
        on_line = [k for k, v in enumerate(values) if v % step == 0] or [i]
        i = rng.choice(on_line)
        slip = mis.scale_read_as_one.on(values[i], step)
        wrong = slip.wrong()
        claim = rng.choice([values[i], wrong]) if wrong is not None else values[i]
        ok = claim == values[i]
        steps = [read(i)]
        if not ok:
            steps.append(Step(rel(at(claim), "≠", at(values[i])), f": {show(claim)} is the number of gridlines."))
        model = f"each gridline is worth {step}, so the bar for {categories[i]} shows {show(values[i])}" + (
            "." if ok else f"; {show(claim)} counts each gridline as 1."
        )
        said = f"The bar chart shows {show(claim)} for {categories[i]}."
        check = f"{show(values[i])} = {show(claim)}"
        preds = [mis.scale_read_as_one.on(values[i], step, claim=claim)]
        return reasoning.explain_claim(who, said, ok, steps, model, check, preds, tip)
    if level == Level.EXPECTED:
        more, fewer = (i, j) if values[i] > values[j] else (j, i)
        gap = values[more] - values[fewer]
        options = [gap, values[more] + values[fewer]] + ([gap // step] if gap % step == 0 and step > 1 else [])
        claim = rng.choice(options)
        ok = claim == gap
        steps = [
            read(more),
            read(fewer),
            Step(eq(sub(at(values[more]), at(values[fewer])), at(gap))),
        ]
        if not ok:
            steps.append(Step(rel(at(claim), "≠", at(gap)), "."))
        model = (
            f"'how many more' is the difference, {show(values[more])} take away {show(values[fewer])}, which is "
            f"{show(gap)}" + ("." if ok else f", not {show(claim)}.")
        )
        unit = "mm more rain fell in" if context.unit else f"more {context.noun} are shown for"
        said = f"{show(claim)} {unit} {categories[more]} than {categories[fewer]}."
        check = f"{show(values[more])} − {show(values[fewer])} = {show(claim)}"
        preds = [
            claimed(mis.more_than_as_sum, claim, values[more], values[fewer]),
            mis.scale_read_as_one.on(gap, step, claim=claim),
        ]
        return reasoning.explain_claim(who, said, ok, steps, model, check, preds)
    # greater depth: two bars together against half of the whole chart (a fraction of a total, several steps)
    total, together = sum(values), values[i] + values[j]
    ok = 2 * together > total
    sign = ">" if ok else "<" if 2 * together < total else "="
    steps = [
        *(read(k) for k in range(len(values))),
        Step("The total is ", eq(add(*map(at, values)), at(total)), "."),
        Step(eq(add(at(values[i]), at(values[j])), at(together)), "."),
        Step(
            "Half of the total is ",
            eq(div(at(total), 2), at(Fraction(total, 2))),
            ", and ",
            rel(at(together), sign, at(Fraction(total, 2)), restates=sign == "="),
            ".",
        ),
    ]
    said = f"{categories[i]} and {categories[j]} together make more than half of the total of all the bars."
    model = (
        f"{categories[i]} and {categories[j]} make {show(together)} out of a total of {show(total)}; half of "
        f"{show(total)} is {show(Fraction(total, 2))}, so they make "
        + ("more than half." if ok else "half exactly, not more." if 2 * together == total else "less than half.")
    )
    check = f"{show(values[i])} + {show(values[j])} > ({_sum_check(values)}) ÷ 2"
    return reasoning.explain_claim(who, said, ok, steps, model, check)
