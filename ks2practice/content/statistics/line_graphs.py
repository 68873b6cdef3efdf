"""Line graphs: read values between gridlines, find rises, falls and differences."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

from ks2practice.answers.kinds import Answer, Measure, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.statistics.common import _bar_slips, _drawn
from ks2practice.content.wording import hint, make, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, eq, q, rel, sub
from ks2practice.pictures.diagrams import LineGraph

# ---------------------------------------------------------------------- line graphs

# (scales, points, lowest value in steps below 0) per level
LINE_GRAPH = {1: ((1, 2), (5, 6), 0), 2: ((2, 5, 10), (6, 7), 0), 3: ((2, 4, 10, 20), (7, 8), 3)}


class _Series:
    """What a line graph shows: heading, axis label, x labels, the noun and unit for questions, and its context.

    The context in the bank bounds every reading: one quantity for the whole series, or (by_label) one per x label,
    as a month's temperatures are; a series whose context says it rises (a plant grows) never falls.
    """

    def __init__(
        self,
        heading: str,
        y_label: str,
        labels: tuple[str, ...],
        what: str,
        context: str,
        unit: str = "",
        at: str = "at",
        by_label: bool = False,
    ) -> None:
        self.heading, self.y_label, self.labels, self.what, self.unit = heading, y_label, labels, what, unit
        self.at = at  # 'at 09:00', 'in Week 3', 'in Mar'
        self.step_unit = "°C" if "°C" in what else unit  # the unit a step writes its readings in
        self.context, self.by_label = context.split(".")[0], by_label
        self.quantity = context.split(".")[1] if "." in context else ""
        bank = contexts.get(self.context)
        self.rising = f"rising {self.quantity}" in bank.relations
        spread = [r for r in bank.relations if r.startswith(f"spread {self.quantity} ")]
        self.spread = int(spread[0].split()[-1]) if spread else None

    def bounds(self, label: str) -> tuple[int, int]:
        quantity = contexts.get(self.context)[label if self.by_label else self.quantity]
        return quantity.low, quantity.high

    def record(self, labels: tuple[str, ...], values: list[int]) -> None:
        if self.by_label:
            contexts.used(self.context, **dict(zip(labels, values, strict=True)))
        else:
            contexts.used(self.context, **{self.quantity: values})


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug")
_SERIES = (
    _Series(
        "Temperature in the playground",
        "Temperature (°C)",
        tuple(f"{h:02d}:00" for h in range(8, 16)),
        "temperature in °C",
        "playground_temperature.temperature",
    ),
    _Series(
        "Height of a sunflower in centimetres",
        "Height (cm)",
        tuple(f"Week {w}" for w in range(1, 9)),
        "height in cm",
        "sunflower.height",
        "cm",
        "in",
    ),
    _Series(
        "Cars in the car park",
        "Number of cars",
        tuple(f"{h:02d}:00" for h in range(9, 17)),
        "number of cars",
        "car_park_day.cars",
    ),
    _Series(
        "Temperature in Aberdeen",
        "Temperature (°C)",
        _MONTHS,
        "temperature in °C",
        "temperature_aberdeen",
        at="in",
        by_label=True,
    ),
    _Series(
        "Temperature in London",
        "Temperature (°C)",
        _MONTHS,
        "temperature in °C",
        "temperature_london",
        at="in",
        by_label=True,
    ),
)


def _grid(low: int, high: int, grain: int) -> list[int]:
    return list(range(-(-low // grain) * grain, high + 1, grain))


def _line_data(rng: random.Random, level: Level) -> tuple[_Series, tuple[str, ...], list[int], int, int]:
    scales, sizes, below = LINE_GRAPH[int(level)]
    series = rng.choice(_SERIES)
    temperature = "°C" in series.what
    step = rng.choice([x for x in scales if not temperature or x <= 5])  # degrees on a scale of at most 5
    grain = step // 2 if level != Level.WORKING_TOWARDS and step % 2 == 0 else step
    count = rng.choice(sizes)
    labels = series.labels[:count]
    for _ in range(50):
        cold = below and temperature and rng.random() < 0.5
        low = -min(below, 10 // step) * step if cold else 0  # no colder than −10 °C
        floor = low + (0 if cold else grain)
        ceiling = low + 12 * step
        values = _walk(rng, series, labels, floor, ceiling, grain)
        if values is None:
            continue
        if grain != step and all(v % step == 0 for v in values):
            _between(series, labels, values, floor, ceiling, grain)
        return series, labels, values, step, low
    raise ValueError(f"no believable {series.heading} on a scale of {step}s")


def _room(series: _Series, label: str, floor: int, ceiling: int) -> tuple[int, int]:
    low, high = series.bounds(label)
    return max(floor, low), min(ceiling, high)


def _walk(
    rng: random.Random, series: _Series, labels: tuple[str, ...], floor: int, ceiling: int, grain: int
) -> list[int] | None:
    """A walk that turns back at the top and bottom of the axis and stays inside each reading's believable range."""
    first = _grid(*_room(series, labels[0], floor, ceiling), grain)
    if not first:
        return None
    values = [rng.choice(first[: len(first) // 2 + 1])]
    for label in labels[1:]:
        low, high = _room(series, label, floor, ceiling)
        if series.rising:
            low = max(low, values[-1])
        if series.spread is not None:
            low, high = max(low, max(values) - series.spread), min(high, min(values) + series.spread)
        steps = (0, 1, 1, 2, 3) if series.rising else (-2, -1, 1, 1, 2, 3)
        moves = [values[-1] + m * grain for m in steps if low <= values[-1] + m * grain <= high]
        if not moves:
            moves = _grid(low, high, grain)
            if not moves:
                return None
            moves = [min(moves, key=lambda v: abs(v - values[-1]))]
        values.append(rng.choice(moves))
    return values


def _between(series: _Series, labels: tuple[str, ...], values: list[int], floor: int, ceiling: int, grain: int) -> None:
    """Move one point half a step, onto no gridline, where it stays believable (and a rising series still rises)."""
    for k in range(len(values)):
        for change in (grain, -grain):
            moved = [*values[:k], values[k] + change, *values[k + 1 :]]
            low, high = _room(series, labels[k], floor, ceiling)
            if not low <= moved[k] <= high:
                continue
            if series.rising and any(a > b for a, b in itertools.pairwise(moved)):
                continue
            if series.spread is not None and max(moved) - min(moved) > series.spread:
                continue
            values[k] = moved[k]
            return


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
    item = _line_item(rng, level, style, series, labels, values, step, low)
    series.record(labels, values)  # as drawn: a flat line may have had its last reading raised
    return item


def _line_item(
    rng: random.Random,
    level: Level,
    style: str,
    series: _Series,
    labels: tuple[str, ...],
    values: list[int],
    step: int,
    low: int,
) -> Item:
    graph = LineGraph(
        x_labels=labels, values=tuple(values), step=step, heading=series.heading, y_label=series.y_label, y_min=low
    )
    tip = hint(level, f"the scale goes up in {step}s; find the gridlines either side of the point.")
    i, j = sorted(rng.sample(range(len(labels)), 2))

    def at(value: int) -> Num:
        return q(value, series.step_unit)

    def read(k: int) -> Step:
        return Step(f"{series.at.capitalize()} {labels[k]} the line is at ", at(values[k]), ".")

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
        verdict = f", so the statement is {truth_word(answer.value)}."
        steps = [
            read(k),
            Step("The highest point is ", at(top), verdict)
            if values[k] == top
            else Step("The highest point is ", at(top), ": ", rel(at(values[k]), "<", at(top)), verdict),
        ]
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
        later, earlier = (values[j], values[i]) if change > 0 else (values[i], values[j])
        steps = [read(i), read(j), Step(f"The {word} is ", eq(sub(at(later), at(earlier)), at(abs(change))), ".")]
        check = (
            f"{_signed(values[j])} − {_signed(values[i])}"
            if change > 0
            else f"{_signed(values[i])} − {_signed(values[j])}"
        )
        predicted = mis.predictions(
            answer,
            mis.between_gridlines_lower.on(values[j], step, less=values[i]),
            mis.scale_read_as_one.on(abs(change), step),
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
            Step("The highest point is ", at(top), f" {series.at} {labels[values.index(top)]}."),
            Step("The lowest point is ", at(bottom), f" {series.at} {labels[values.index(bottom)]}."),
            Step(eq(sub(at(top), at(bottom)), at(top - bottom))),
        ]
        predicted = mis.predictions(answer, mis.between_gridlines_lower.on(top, step, less=bottom))
        check = f"{_signed(top)} − {_signed(bottom)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), graph)
    answer = _value_answer(series, best)
    prompt = f"Between which two readings did the {series.what} rise the most? By how much did it rise then?{tip}"
    steps = [
        f"Compare each reading with the next: the biggest rise is from {labels[k]} to {labels[k + 1]}.",
        Step(eq(sub(at(values[k + 1]), at(values[k])), at(best))),
    ]
    return _drawn(make(prompt, answer, steps, style, f"{_signed(values[k + 1])} − {_signed(values[k])}"), graph)


def _signed(value: int) -> str:
    return f"({show(value)})" if value < 0 else show(value)
