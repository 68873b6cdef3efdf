"""Reasoning items for scaling: explain a claim and odd one out, on adding instead of multiplying."""

# Each item is built on the central misconception of scaling, adding the change instead of multiplying (NCETM
# mastery style): level 1 doubling and halving with a hint, level 2 scale factors that are not whole numbers, level 3
# greater depth (a scale factor as a mixed number or decimal, mixes that are equal only through their simplest form).

from __future__ import annotations

import math
import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import fq
from ks2practice.content.misconceptions.fraction_operations import judged
from ks2practice.content.reasoning import explain_claim, odd_one_out
from ks2practice.content.wording import hint, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, div, eq, mul, rel

# (food counted in whole ones, how many per person at most): eggs for pancakes, potatoes for a stew
_COUNTED = (("eggs", 2), ("potatoes", 3), ("carrots", 2), ("tomatoes", 3), ("bread rolls", 2))
_PAIRS = {
    1: ((2, 4), (3, 6), (4, 8), (2, 6), (4, 2), (6, 3), (8, 4)),
    2: ((4, 6), (6, 9), (4, 10), (2, 5), (6, 4), (8, 12), (10, 4)),
    3: ((6, 15), (8, 20), (12, 30), (9, 21), (15, 6), (12, 20), (10, 25), (16, 6)),
}


def _said(value: Fraction) -> str:
    """A scale factor as a child would write it: 2.5 or 0.375 when it ends, else 2 1/3."""
    if 10**6 % value.denominator == 0:
        return show(value)
    whole, top = divmod(value.numerator, value.denominator)
    return f"{whole} {top}/{value.denominator}" if whole else f"{top}/{value.denominator}"


def _hinted(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text))


def scaling_explain(rng: random.Random, level: Level) -> Item:
    """A child scales a recipe by adding the change (wrong) or by multiplying (right); level 3 names the scale
    factor itself, a mixed number or a decimal, against the difference taken as the factor."""
    who = name(rng)
    before, after = rng.choice(_PAIRS[int(level)])
    food, most = rng.choice(_COUNTED)
    g = math.gcd(before, after)
    per_group = rng.randint(1, most)  # at most a few of each food a person
    amount = per_group * before // g if level < Level.GREATER_DEPTH else per_group * before
    result = Fraction(amount * after, before)
    if result.denominator != 1:
        amount *= result.denominator
        result = Fraction(amount * after, before)
    if level == Level.GREATER_DEPTH:
        factor = Fraction(after, before)
        wrong = mis.difference_as_scale_factor(before, after)
        right = wrong is None or rng.random() < 0.45
        said = factor if right else Fraction(wrong)
        claim = (
            f"A recipe for {before} people uses {amount} {food}. To make it for {after} people, multiply every "
            f"amount by {_said(said)}."
        )
        steps = [
            Step("How many times bigger: ", eq(div(after, before), fq(factor)), "."),
            Step(
                f"Check with the {food}: ",
                eq(mul(amount, fq(factor)), result),
                ", and ",
                eq(div(result, amount), fq(factor)),
                ".",
            ),
        ]
        if right:
            model = (
                f"the scale factor is {after} ÷ {before}, which is {_said(factor)}, and the {food} show it: {amount} "
                f"becomes {result}."
            )
        else:
            steps.append(Step(rel(fq(said), "≠", fq(factor)), "."))
            model = (
                f"{_said(said)} is how many more people there are, not how many times as many; the factor is "
                f"{after} ÷ {before}, which is {_said(factor)}."
            )
        slip = judged(mis.difference_as_scale_factor, said).on(before, after)
        return explain_claim(
            who,
            claim,
            right,
            steps,
            model,
            f"{after} ÷ {before} = {said.numerator} ÷ {said.denominator}",
            slips=(slip,),
        )
    while amount + after - before < 2:  # taking away people must leave some food to take away from
        amount += before // g
        result = Fraction(amount * after, before)
    added = amount + after - before
    right = added == result or rng.random() < 0.35
    claimed = result if right else Fraction(added)
    change = after - before
    more, verb = ("more", "added") if after > before else ("fewer", "took away")
    how = (
        f"there are {abs(change)} {more} people, so I {verb} {abs(change)} {food}"
        if not right
        else f"I worked out the {food} for one group and scaled it up"
    )
    claim = (
        f"A recipe for {before} people uses {amount} {food}. For {after} people I need {claimed} {food}, because {how}."
    )
    if after % before == 0 or before % after == 0:
        steps = [
            Step(
                f"{before} people to {after} people is ",
                eq(div(after, before), fq(Fraction(after, before))),
                " times as many.",
            ),
            Step(eq(mul(amount, fq(Fraction(after, before))), result), f" {food}."),
        ]
    else:
        steps = [
            Step(f"For {g} people: ", eq(div(amount, before // g), amount * g // before), "."),
            Step(f"For {after} people: ", eq(mul(amount * g // before, after // g), result), f" {food}."),
        ]
    if right:
        model = (
            f"every amount must be multiplied by the same number, {after} ÷ {before}, and {amount} "
            f"{food} becomes {result}."
        )
    else:
        steps.append(Step(rel(claimed, "≠", result), "."))
        model = (
            f"adding the same number of {food} as people keeps the difference, not the ratio; multiply by "
            f"{after} ÷ {before} instead, which gives {result}."
        )
    slip = judged(mis.additive_scaling, claimed).on(amount, before, after)
    item = explain_claim(who, claim, right, steps, model, f"{amount} × {after} ÷ {before} = {claimed}", slips=(slip,))
    return _hinted(item, level, "how many times bigger is the number of people?")


# ---------------------------------------------------------------------- the same mix


def scaling_odd_one_out(rng: random.Random, level: Level) -> Item:
    """Squash and water mixes: three are the same mix made bigger (multiplied), one had the same amount added to
    both (the additive mistake); level 3 shows no mix in its simplest form and uses halves of it."""
    a, b = rng.choice(
        {
            1: ((1, 2), (1, 3), (1, 4), (2, 3)),
            2: ((2, 3), (3, 4), (2, 5), (3, 5)),
            3: ((3, 5), (4, 7), (5, 8), (5, 9), (2, 7), (3, 8)),
        }[int(level)]
    )
    if level == Level.GREATER_DEPTH:
        ks = rng.sample([Fraction(k, 2) for k in range(5, 12, 2)], 3)  # halves: no mix shown in its simplest form
    else:
        ks = [Fraction(k) for k in rng.sample(range(2, 6 if level == Level.WORKING_TOWARDS else 8), 3)]
    mixes = [(a * k, b * k) for k in ks]
    if any(x.denominator != 1 or y.denominator != 1 for x, y in mixes):
        a, b = 2 * a, 2 * b
        mixes = [(a * k, b * k) for k in ks]
    base = mixes[0]
    add = rng.randint(1, 4) if level == Level.WORKING_TOWARDS else rng.randint(2, 9)
    odd = (base[0] + add, base[1] + add)
    u, say = (1, "cups") if level == Level.WORKING_TOWARDS else (10, "ml")  # a jug holds up to a litre
    mixes = [(int(x) * u, int(y) * u) for x, y in mixes]
    base, odd = mixes[0], (int(odd[0]) * u, int(odd[1]) * u)
    add *= u

    def mix(x: int, y: int) -> str:
        return f"{x} {say} of squash to {y} {say} of water"

    members = [(mix(x, y), True) for x, y in mixes]
    members.append((mix(*odd), False))
    g = math.gcd(a, b)
    s, w = a // g * u, b // g * u
    cups = "cup" if s == 1 else say
    steps = [Step(f"Compare each mix with {s} {cups} of squash to {w} {say} of water:")]
    if level == Level.GREATER_DEPTH:  # no jug shows the mix in its simplest form: find it first
        k = base[0] // s
        steps.insert(
            0,
            Step(f"Simplify {base[0]} and {base[1]}: ", eq(div(base[0], k), s), " and ", eq(div(base[1], k), w), "."),
        )
    for x, y in [*mixes, odd]:
        one, two = Fraction(x, s), Fraction(y, w)
        if one == two:
            steps.append(
                Step(
                    f"{x} and {y}: ",
                    eq(div(x, s), fq(one)),
                    " and ",
                    eq(div(y, w), fq(two)),
                    ", the same number of times.",
                )
            )
        else:
            steps.append(
                Step(
                    f"{x} and {y}: ",
                    eq(div(x, s), fq(one)),
                    " but ",
                    eq(div(y, w), fq(two)),
                    ", and ",
                    rel(fq(one), "≠", fq(two)),
                    ".",
                )
            )
    steps.append(
        Step(f"{odd[0]} and {odd[1]} is {base[0]} and {base[1]} with {add} added to both: adding changes the mix.")
    )
    return odd_one_out(
        rng,
        "Three of these jugs of squash taste the same. Which is the odd one out?",
        members,
        steps,
        f"{odd[0]} ÷ {s} ≠ {odd[1]} ÷ {w}",
        hint=hint(level, "how many times bigger is each mix?"),
    )
