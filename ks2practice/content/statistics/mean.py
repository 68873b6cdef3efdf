"""The mean: share the total equally; find a missing value from the mean; compare means."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.statistics import mean_reasoning as why
from ks2practice.content.statistics.common import _drawn, _sum_check
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, add, div, eq, mul, q, sub
from ks2practice.pictures.diagrams import BarChart, Table

# ---------------------------------------------------------------------- the mean

# (how many values, largest value, may the mean be a half) per level
MEAN = {1: ((3, 4), 12, False), 2: ((4, 5), 40, True), 3: ((5, 6), 90, True)}

# (heading, label, noun, what is asked, the most one value usually is, the context in the bank, and for two groups:
# the table's heading word, the groups' names and what two of them are called): no 33 goals in a match, and no
# "rainfall for two teams"
_MEAN_CONTEXTS = (
    (
        "Goals scored",
        "Match",
        "goals scored",
        "the mean number of goals scored in a match",
        6,
        "football_match.goals",
        ("Team", ("Team Red", "Team Blue"), "teams"),
    ),
    (
        "Books read",
        "Pupil",
        "books read",
        "the mean number of books read by a pupil",
        40,
        "pupil_reading.books",
        ("Class", ("Class 6A", "Class 6B"), "classes"),
    ),
    (
        "Rainfall",
        "Day",
        "rainfall in mm",
        "the mean daily rainfall in mm",
        30,
        "daily_rainfall.rainfall",
        ("Town", ("Leeds", "Bristol"), "towns"),
    ),
    (
        "Spelling scores",
        "Test",
        "spelling scores",
        "the mean score",
        20,
        "spelling_test.score",
        ("Group", ("Group A", "Group B"), "groups"),
    ),
    (
        "Cakes sold",
        "Day",
        "cakes sold",
        "the mean number of cakes sold each day",
        90,
        "cake_stall.cakes",
        ("Stall", ("Stall A", "Stall B"), "stalls"),
    ),
)


def _mean_values(rng: random.Random, level: Level, zero: bool = False, cap: int = 90) -> list[int]:
    sizes, most, half = MEAN[int(level)]
    most = min(most, cap)
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


def _mean_slips(values: list[int]) -> tuple[mis.Applied, ...]:
    return (
        mis.mean_as_middle.on(values),
        mis.mean_as_mode.on(values),
        mis.mean_wrong_count.on(values, len(values) - values.count(0)),  # the zeros left out
        mis.mean_wrong_count.on(values, 1),  # the total, not divided
    )


def _exact(value: Fraction | int) -> Num:
    """A mean as a step writes it: 8, or 24.5 (a terminating decimal, never 49/2)."""
    value = Fraction(value)
    if value.denominator == 1:
        return q(value.numerator)
    return q(Decimal(value.numerator) / Decimal(value.denominator))


def _mean_steps(label: str, values: list[int]) -> Step:
    return Step(f"{label}: ", eq(div(add(*values), len(values)), _exact(Fraction(sum(values), len(values)))))


@topic(
    "statistics.mean",
    title="The mean: share the total equally; find a missing value from the mean; compare means",
    codes=("6S3",),
    styles=(
        "fluency",
        "missing_number",
        "spot_the_mistake",
        "word_problem",
        "two_step_word_problem",
        "same_different",
        "always_sometimes_never",
        "explain",
    ),
)
def mean(rng: random.Random, level: Level, style: str) -> Item:
    reasoning = style in ("same_different", "always_sometimes_never", "explain")
    # greater-depth reasoning works with values in the tens: no goals in a match
    context = rng.choice([c for c in _MEAN_CONTEXTS if not (reasoning and level == 3 and c[4] < 20)])
    where, cap = context[5].split("."), context[4]
    cap = min(cap, contexts.get(where[0])[where[1]].high)
    values = _mean_values(rng, level, zero=level == Level.GREATER_DEPTH and rng.random() < 0.4, cap=cap)
    if reasoning:
        return _reasoning(rng, level, style, context, values, cap, where)
    item = _mean(rng, level, style, context, values, cap)
    contexts.used(where[0], **{where[1]: values})  # as shown: a missing value may have been nudged
    return item


def _reasoning(
    rng: random.Random, level: Level, style: str, context: tuple, values: list[int], cap: int, where: list[str]
) -> Item:
    """The reasoning styles, on values drawn for the context (every list shown is recorded against the bank)."""
    drawn: list[list[int]] = [values]

    def draw() -> list[int]:
        drawn.append(_mean_values(rng, level, cap=cap))
        return drawn[-1]

    heading, label = context[0], context[1]
    if style == "same_different":
        item, first, second = why.same_different(rng, level, values, cap, context[2], draw)
        drawn = [first, second]
        width = max(len(first), len(second))
        table = Table(
            header=(label, *(str(m + 1) for m in range(width))),
            rows=tuple((row, *v, *([""] * (width - len(v)))) for row, v in (("First", first), ("Second", second))),
            heading=heading,
        )
    elif style == "always_sometimes_never":  # the item's own values to try the statement on first
        item, table = why.always_sometimes_never(rng, level, values, draw), _mean_table(heading, label, values)
    else:
        item, shown = why.explain(rng, level, values, draw)
        table = _mean_table(heading, label, shown)
    for one in drawn:
        contexts.used(where[0], **{where[1]: one})
    return _drawn(item, table)


def _mean(rng: random.Random, level: Level, style: str, context: tuple, values: list[int], cap: int) -> Item:
    heading, label, noun, asked, _, where, (group, (first, second), groups) = context
    n, total = len(values), sum(values)
    average = Fraction(total, n)
    tip = hint(level, "add all the values, then divide by how many there are.")
    steps = [
        Step("Total: ", eq(add(*values), total)),
        Step(f"There are {n} values: ", eq(div(total, n), _exact(average))),
    ]
    if style == "fluency":
        answer = _mean_answer(average)
        prompt = f"Use the {'bar chart' if level == 1 else 'table'}. What is {asked}?{tip}"
        predicted = mis.predictions(answer, *_mean_slips(values))
        return _drawn(
            make(prompt, answer, steps, style, _mean_check(values), predicted=predicted),
            _mean_chart(heading, label, values, level),
        )
    if style == "missing_number":
        # The hidden value is never a 0: "the missing value is 0" is no puzzle.
        k = rng.choice([m for m, v in enumerate(values) if v])
        short = sum(values) % n  # a whole mean: nudge the value that will be hidden, down if up is unbelievable
        if short:
            values[k] += -short if values[k] - short >= 1 else n - short
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
            Step("The total must be ", eq(mul(_exact(average), n), _exact(average * n)), "."),
            Step("The others add up to ", eq(add(*others), sum(others)), "."),
            Step(eq(sub(_exact(average * n), sum(others)), values[k])),
        ]
        check = f"{show(average)} × {n} − ({_sum_check(others)})"
        predicted = mis.predictions(answer, mis.mean_wrong_count.on(others, n - 1, mean=average))
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
        slip = mis.mean_wrong_count.on(values, divisor) if _terminates(wrong) else None
        prompt = (
            f"{who} works out {asked} like this: {total} ÷ {divisor} = {said}. What is the mistake? "
            f"What is the right mean?{tip}"
        )
        steps.insert(
            0,
            f"{who} divided {total} by {divisor}, the wrong number: there are {n} values"
            f"{', zeros too' if 0 in values else ''}.",
        )
        predicted = mis.predictions(answer, slip)
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
    other = _mean_values(rng, level, cap=cap)
    while Fraction(sum(other), len(other)) == average:
        other = _mean_values(rng, level, cap=cap)
    contexts.used(where.split(".")[0], **{where.split(".")[1]: other})
    other_average = Fraction(sum(other), len(other))
    answer = _mean_answer(abs(average - other_average))
    table = Table(
        header=(group, *(str(m + 1) for m in range(max(n, len(other))))),
        rows=(
            (first, *values, *([""] * (max(n, len(other)) - n))),
            (second, *other, *([""] * (max(n, len(other)) - len(other)))),
        ),
        heading=heading,
    )
    prompt = f"The table shows the {noun} for two {groups}. What is the difference between their two means?{tip}"
    steps = [
        _mean_steps(first, values),
        _mean_steps(second, other),
        Step(
            eq(
                sub(_exact(max(average, other_average)), _exact(min(average, other_average))),
                _exact(abs(average - other_average)),
            )
        ),
    ]
    big, small = (values, other) if average > other_average else (other, values)
    check = f"{_mean_check(big)} − {_mean_check(small)}"
    return _drawn(make(prompt, answer, steps, style, check), table)
