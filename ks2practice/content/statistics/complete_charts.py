"""Complete a bar chart or a line graph from a table: draw the missing bars or points on the chart's scale."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.statistics.bar_charts import _bar_chart, _bar_data
from ks2practice.content.statistics.line_graphs import _line_data, _signed, _value_answer
from ks2practice.content.wording import hint, make, show
from ks2practice.core.model import Drawing, Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, sub
from ks2practice.pictures.diagrams import BarChart, LineGraph

MISSING = {1: (1,), 2: (1, 2), 3: (2,)}
"""How many bars are left for the pupil to draw at each level."""


def _spaces(chart: BarChart | LineGraph, missing: tuple[int, ...]) -> Drawing:
    """The chart to draw on (the missing bars or points left out, on the completed chart's axis; the record keeps
    the axis's foot in their place, so it holds no answer) and the completed chart."""
    top = chart.top
    completed = replace(chart, y_max=int(top) if top.denominator == 1 else top)
    foot = chart.y_min if isinstance(chart, LineGraph) else 0
    values = tuple(foot if k in missing else v for k, v in enumerate(chart.values))
    return Drawing(replace(completed, values=values, missing=missing), completed)


def _draw(category: str, value: int, step: int, unit: str) -> Step:
    """How to draw one bar: its top on a gridline (so many steps up), or halfway between two gridlines."""
    top = f", so draw the bar for {category} up to {show(value)}{unit}, as wide as the others."
    if value % step == 0:
        return Step(
            f"The scale goes up in {show(step)}s: ",
            eq(div(value, step), value // step),
            f" {'step' if value == step else 'steps'} up{top}",
        )
    below = value - value % step
    return Step(
        f"The scale goes up in {show(step)}s: {show(value)} is halfway between the gridlines for {show(below)} and "
        f"{show(below + step)}{top}"
    )


@topic(
    "statistics.complete_charts",
    title="Complete a bar chart from a table: draw the missing bars on the chart's scale",
    codes=("3S1", "4S1"),
    styles=("fluency", "missing_number"),
)
def complete_charts(rng: random.Random, level: Level, style: str) -> Item:
    # A time graph from a table (4S1) from level 2, beside the bar charts
    if style == "fluency" and level != Level.WORKING_TOWARDS and rng.random() < 0.5:
        return _line(rng, level, style)
    context, categories, values, step = _bar_data(rng, level)
    chart = _bar_chart(context, categories, values, step)
    count = rng.choice(MISSING[int(level)])
    missing = tuple(sorted(rng.sample(range(len(categories)), count)))
    drawing = _spaces(chart, missing)
    asked = missing[0]
    bars = " and ".join(categories[k] for k in missing)
    noun = "bars" if count > 1 else "bar"
    table = ", ".join(f"{c}: {show(v)}" for c, v in zip(categories, values, strict=True))
    unit = " mm" if context.unit else ""
    draw_steps: list[object] = [_draw(categories[k], values[k], step, unit) for k in missing]
    if style == "missing_number":
        others = [v for k, v in enumerate(values) if k != asked]
        total = sum(values)
        given = ", ".join(
            f"{c}: {show(v)}" for k, (c, v) in enumerate(zip(categories, values, strict=True)) if k != asked
        )
        prompt = (
            f"{context.heading}: the total is {show(total)} {context.noun}. {given}; {categories[asked]} is missing. "
            f"Draw the {noun} for {bars}. What is the value for {categories[asked]}?"
            + hint(level, "take the other values away from the total.")
        )
        steps: list[object] = [
            Step("The others add up to ", eq(add(*others), sum(others)), "."),
            Step(f"{categories[asked]}: ", eq(sub(total, sum(others)), values[asked]), "."),
            *draw_steps,
        ]
        check = f"{show(total)} − " + " − ".join(show(v) for v in others)
        predicted = mis.predictions(WholeNumber(values[asked]), *_slips(values[asked], step))
        item = make(prompt, context.answer(values[asked]), steps, style, check, predicted=predicted)
    else:
        prompt = (
            # the table is given in words (no table is drawn), so the prompt never says "the table shows"
            f"{context.heading} — {table}. Draw the {noun} for {bars}. Which value on the scale does the top of the "
            f"bar for {categories[asked]} reach?" + hint(level, f"the scale goes up in {show(step)}s.")
        )
        steps = [*draw_steps, Step(f"The bar for {categories[asked]} reaches {show(values[asked])}{unit}.")]
        check = (
            f"{show(step)} × {show(Fraction(values[asked], step))}"
            if values[asked] % step == 0
            else show(values[asked])
        )
        predicted = mis.predictions(WholeNumber(values[asked]), *_slips(values[asked], step))
        item = make(prompt, context.answer(values[asked]), steps, style, check, predicted=predicted)
    return item.drawn_on(drawing)


_UNIT_WORDS = {"cm": "centimetres", "mm": "millimetres", "m": "metres", "kg": "kilograms", "g": "grams"}


def _plot(label: str, value: int, step: int, unit: str) -> Step:
    """How to plot one point: on a gridline (so many steps up from 0), or halfway between two gridlines."""
    then = f", so plot the point for {label} at {show(value)}{unit} and join it with a ruler to the points either side."
    if value % step:
        below = value - value % step
        return Step(
            f"The scale goes up in {show(step)}s: {show(value)} is halfway between the gridlines for {show(below)} and "
            f"{show(below + step)}{then}"
        )
    if value > 0:
        return Step(f"The scale goes up in {show(step)}s: ", eq(div(value, step), value // step), f" steps up{then}")
    return Step(f"{show(value)}{unit} is on a gridline of the scale{then}")


def _slips(value: int, step: int) -> tuple[mis.Applied | None, ...]:
    """Drawing to the gridline below a value between gridlines; counting gridlines as 1 each."""
    return (mis.between_gridlines_lower.on(value, step), mis.scale_read_as_one.on(value, step))


def _line(rng: random.Random, level: Level, style: str) -> Item:
    """Plot the missing points of a line graph from a table and join them up; the key is where a point stands."""
    series, labels, values, step, low = _line_data(rng, level)
    graph = LineGraph(
        x_labels=labels, values=tuple(values), step=step, heading=series.heading, y_label=series.y_label, y_min=low
    )
    count = rng.choice(MISSING[int(level)])
    # inner points: each one the pupil plots is joined to drawn neighbours on both sides
    missing = tuple(sorted(rng.sample(range(1, len(labels) - 1), count)))
    if count > 1 and missing[1] - missing[0] == 1:
        missing = (missing[0], missing[0] + 2) if missing[0] + 2 < len(labels) - 1 else (missing[0] - 1, missing[1])
    drawing = _spaces(graph, missing)
    asked = missing[0]
    unit = f" {series.step_unit}" if series.step_unit else ""
    # a heading that names the unit ("… in centimetres") says it once for every value
    each = "" if _UNIT_WORDS.get(series.step_unit, "?") in series.heading else unit
    table = ", ".join(f"{x}: {show(v)}{each}" for x, v in zip(labels, values, strict=True))
    points = " and ".join(labels[k] for k in missing)
    noun = "points" if count > 1 else "point"
    prompt = (
        f"{series.heading} — {table}. Plot the {noun} for {points} and join {'them' if count > 1 else 'it'} to the "
        f"line. Which value on the scale is the point for {labels[asked]} at?"
        + hint(level, f"the scale goes up in {show(step)}s; a value between two gridlines goes halfway.")
    )
    steps: list[object] = [_plot(labels[k], values[k], step, unit) for k in missing]
    steps.append(Step(f"The point for {labels[asked]} is at {show(values[asked])}{unit}."))
    answer = _value_answer(series, values[asked])
    predicted = mis.predictions(answer, *_slips(values[asked], step))
    item = make(prompt, answer, steps, style, _signed(values[asked]), predicted=predicted)
    series.record(labels, values)
    return item.drawn_on(drawing)
