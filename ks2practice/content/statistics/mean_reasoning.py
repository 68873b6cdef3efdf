"""Reasoning about the mean: same/different, always/sometimes/never and explain a claim, on the item's own values."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content import reasoning
from ks2practice.content.misconceptions.data_time_algebra import claimed
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub

Draw = Callable[[], list[int]]


def _listed(values: list[int]) -> str:
    return ", ".join(show(v) for v in values[:-1]) + f" and {show(values[-1])}"


def _terminates(value: Fraction) -> bool:
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


def mean_of(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values))


def worked(label: str, values: list[int], after: str = ".") -> Step:
    """label: (a + b + c) ÷ n = mean."""
    return Step(f"{label}: ", eq(div(add(*values), len(values)), exact(mean_of(values))), after)


def _check(values: list[int]) -> str:
    return f"({' + '.join(str(v) for v in values)}) ÷ {len(values)}"


def same_different(
    rng: random.Random, level: Level, values: list[int], cap: int, noun: str, draw: Draw
) -> tuple[Item, list, list]:
    """Two lists of values: the same mean or not, and why. Returns the item and the two lists (to record)."""
    n, total = len(values), sum(values)
    if level == Level.GREATER_DEPTH:
        return _same_different_counts(rng, values, noun, draw)
    same = rng.random() < 0.5
    other = list(values)
    i, j = sorted(rng.sample(range(n), 2), key=lambda m: values[m])
    moves = [d for d in range(1, min(values[j], cap - values[i]) + 1) if d != values[j] - values[i]]
    if same and moves:  # one value up and another down by the same amount: the total and the count stay
        d = rng.choice(moves)
        other[i], other[j] = other[i] + d, other[j] - d
    else:  # one value up (or down) by n: the mean moves by 1
        k = rng.choice([m for m, v in enumerate(values) if v + n <= cap or v >= n] or [0])
        other[k] += n if values[k] + n <= cap or values[k] < n else -n
    steps = [worked("First list", values), worked("Second list", other)]
    a, b = mean_of(values), mean_of(other)
    if a == b:
        steps.append(Step(rel(exact(a), "=", exact(b), restates=True), ": the same mean."))
        statements = [
            (f"The same mean: both lists have {n} values and both add up to {total}.", True),
            ("Different means, because the biggest values are different.", False),
            ("Different means, because the lists do not have the same values.", False),
        ]
        check = f"{_check(values)} = {_check(other)}"
    else:
        steps.append(Step(rel(exact(a), "≠", exact(b)), ": different means."))
        more = "first" if sum(values) > sum(other) else "second"
        statements = [
            (
                f"Different means: the {more} list adds up to {n} more, with the same number of values.",
                True,
            ),
            (f"The same mean, because both lists have {n} values.", False),
            ("The same mean, because only one value is different.", False),
        ]
        check = f"{_check(values)} ≠ {_check(other)}"
    pair = f"the means of the first and second lists in the table ({noun})"
    item = reasoning.same_different(rng, pair, statements, steps, check)
    if level == Level.WORKING_TOWARDS:
        from dataclasses import replace

        item = replace(item, prompt=item.prompt + hint(level, "find each total, then divide by how many values."))
    return item, values, other


def _same_different_counts(rng: random.Random, values: list[int], noun: str, draw: Draw) -> tuple[Item, list, list]:
    """Greater depth: lists of different lengths. A value equal to the mean added keeps the mean; a value split in
    two keeps the total but not the mean."""
    for _ in range(100):
        n, total, average = len(values), sum(values), mean_of(values)
        whole = average.denominator == 1
        split = any(v >= 2 for v in values) and _terminates(Fraction(total, n + 1))
        if whole or split:
            break
        values = draw()
    if whole and (rng.random() < 0.5 or not split):
        other = [*values, int(average)]
        rng.shuffle(other)
        steps = [
            Step("Totals: ", eq(add(*values), total), " and ", eq(add(*other), sum(other)), "."),
            Step("The second list has one more value: ", eq(sub(sum(other), total), exact(average)), "."),
            worked("First list", values),
            worked("Second list", other),
            Step(
                rel(exact(average), "=", exact(mean_of(other)), restates=True),
                f": adding {show(average)}, the mean itself, leaves the mean the same.",
            ),
        ]
        statements = [
            ("The same mean: the value added to the second list is equal to the mean.", True),
            ("Different means: the second list adds up to more.", False),
            ("Different means: the second list has more values.", False),
        ]
        check = f"{_check(values)} = {_check(other)}"
    else:
        k = rng.choice([m for m, v in enumerate(values) if v >= 2])
        part = rng.randint(1, values[k] - 1)
        other = [*values[:k], part, values[k] - part, *values[k + 1 :]]
        steps = [
            Step("Totals: ", eq(add(*values), total), " and ", eq(add(*other), sum(other)), "."),
            worked("First list", values),
            worked("Second list", other),
            Step(rel(exact(mean_of(other)), "<", exact(mean_of(values))), ": the same total shared among more values."),
        ]
        statements = [
            ("Different means: the same total is shared among more values, so each share is smaller.", True),
            ("The same mean, because both lists add up to the same total.", False),
            ("Different means: the second mean is bigger, because that list has more values.", False),
        ]
        check = f"{_check(other)} < {_check(values)}"
    pair = f"the means of the first and second lists in the table ({noun})"
    return reasoning.same_different(rng, pair, statements, steps, check), values, other


def always_sometimes_never(rng: random.Random, level: Level, values: list[int], draw: Draw) -> Item:
    if level == Level.GREATER_DEPTH:
        return _shifted(rng, values)
    inside = outside = None
    for candidate in [values, *(draw() for _ in range(60))]:
        if mean_of(candidate) in candidate:
            inside = inside or candidate
        else:
            outside = outside or candidate
        if inside and outside:
            break
    if inside is None:  # a list whose mean is its middle value, built from the outside one's numbers
        low = min(outside)
        inside = (
            [low, low + 2, low + 4][: len(outside)] if len(outside) == 3 else [low, low + 1, low + 2, low + 3, low + 4]
        )
    if outside is None:
        m = int(mean_of(inside))
        outside = [m - 1 if m > 1 else m + 3, m + 2, m + 5][:3]
    return reasoning.always_sometimes_never(
        "The mean of a list of numbers is one of the numbers in the list.",
        holds=[worked(_listed(inside), inside, f", and {show(mean_of(inside))} is in the list.")],
        fails=[worked(_listed(outside), outside, f", but {show(mean_of(outside))} is not in the list.")],
        check=f"{_check(outside)} ≠ {show(outside[0])}",
        slips=[mis.mean_always_a_value.on(outside)],
        hint=hint(level, "work out the mean of a few lists."),
    )


def _shifted(rng: random.Random, values: list[int]) -> Item:
    """Greater depth: a generalisation — every value up by k puts the mean up by k (always, with the reason)."""
    k = rng.randint(2, 9)
    n = len(values)
    moved = [v + k for v in values]
    before, after = mean_of(values), mean_of(moved)
    return reasoning.always_sometimes_never(
        f"If every number in a list goes up by {k}, the mean goes up by {k}.",
        holds=[
            worked(_listed(values), values),
            worked(_listed(moved), moved),
            Step(eq(add(exact(before), k), exact(after)), "."),
        ],
        reason=[
            Step(
                f"Each of the {n} values gains {k}, so the total gains ",
                eq(mul(n, k), n * k),
                f"; shared equally among the {n} values, that is {k} more each.",
            )
        ],
        check=f"{_check(moved)} = {_check(values)} + {k}",
    )


def explain(rng: random.Random, level: Level, values: list[int], draw: Draw) -> tuple[Item, list[int]]:
    who = name(rng)
    n, average = len(values), mean_of(values)
    if level == Level.GREATER_DEPTH:
        for _ in range(200):
            rest = [v for v in values if v]
            if 0 in values and rest and _terminates(mean_of(values)) and _terminates(mean_of(rest)):
                break
            values = draw()
            values[rng.randrange(len(values))] = 0
        else:
            values = [0, 2, 4, 6]
        n = len(values)
        average = mean_of(values)
        rest = [v for v in values if v]
        without = mean_of(rest)
        steps = [
            Step("Total: ", eq(add(*values), sum(values)), ", the same with or without the 0."),
            worked(f"With the 0 ({n} values)", values),
            worked(f"Without it ({len(rest)} values)", rest),
            Step(rel(exact(without), ">", exact(average)), ": leaving the 0 out shares the same total among fewer."),
        ]
        claim = (
            f"The mean of {_listed(values)} is the same as the mean without the 0, because adding 0 does not "
            "change the total."
        )
        model = (
            f"The total stays {sum(values)} but the 0 is still a value to share among: {sum(values)} shared among "
            f"{n} is {show(average)}, among {len(rest)} it is {show(without)}, so the 0 makes the mean smaller."
        )
        check = f"{_check(rest)} = {_check(values)}"
        return reasoning.explain_claim(who, claim, False, steps, model, check), values
    slips = [mis.mean_as_middle.on(values), mis.mean_wrong_count.on(values, 1), mis.mean_as_mode.on(values)]
    wrongs = [s for s in slips if (w := s.wrong()) is not None and w != average]
    pick = rng.choice(wrongs) if wrongs and rng.random() < 0.6 else None
    claim = pick.wrong() if pick else average
    ok = claim == average
    steps = [Step("Total: ", eq(add(*values), sum(values)), "."), worked(f"Shared among {n} values", values)]
    if not ok:
        steps.append(Step(rel(exact(claim), "≠", exact(average)), "."))
    model = f"the mean shares the total equally: {sum(values)} shared among {n} values is {show(average)}" + (
        "." if ok else f", not {show(claim)}."
    )
    check = f"{_check(values)} = {show(claim)}"
    preds = [claimed(s.mechanism, claim, *s.operands, **dict(s.options)) for s in slips]
    tip = hint(level, "add all the values, then divide by how many there are.")
    said = f"The mean of {_listed(values)} is {show(claim)}."
    return reasoning.explain_claim(who, said, ok, steps, model, check, preds, tip), values
