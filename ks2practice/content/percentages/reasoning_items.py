"""Reasoning items for the percentages topics: always/sometimes/never and explain a claim."""

# Each item is built on a real misconception or generalisation of its topic (NCETM mastery style): level 1 small
# numbers with a hint, level 2 the Year 6 standard, level 3 greater depth.

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals.common import dec
from ks2practice.content.misconceptions.decimals_percent_ratio import as_percentage
from ks2practice.content.misconceptions.fraction_operations import judged, then
from ks2practice.content.reasoning import always_sometimes_never, explain_claim
from ks2practice.content.wording import hint, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, div, eq, frac, mul, of, q, rel


def _hinted(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text))


def _pc(value: Fraction | int) -> object:
    value = Fraction(value)
    return q(value.numerator if value.denominator == 1 else dec(value), "%")


def _n(value: Fraction | int) -> int | Decimal:
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else dec(value)


# ---------------------------------------------------------------------- percentages of amounts


def _worked(percent: int, amount: int) -> list[Step]:
    """The percentage of the amount worked from a known part: a half, a quarter, or 10%."""
    result = _n(Fraction(percent * amount, 100))
    if percent == 50:
        return [Step("50% is a half: ", eq(div(amount, 2), result), ".")]
    if percent in (25, 75):
        quarter = _n(Fraction(amount, 4))
        steps = [Step("25% is a quarter: ", eq(div(amount, 4), quarter), ".")]
        return steps + ([Step(eq(of(q(75, "%"), amount), mul(3, quarter), result), ".")] if percent == 75 else [])
    tenth = _n(Fraction(amount, 10))
    steps = [Step(eq(of(q(10, "%"), amount), div(amount, 10), tenth), ".")]
    return steps + (
        [Step(eq(of(q(percent, "%"), amount), mul(percent // 10, tenth), result), ".")] if percent > 10 else []
    )


def percent_asn(rng: random.Random, level: Level) -> Item:
    """10% is a tenth (always); 'divide by the percentage' (never, unless it is 10%); at level 3 p% of A is A% of p
    (always), or a bigger percentage gives a bigger amount (sometimes: it depends on the amounts)."""
    if level == Level.WORKING_TOWARDS:
        a, b = rng.sample(range(2, 20), 2)
        a, b = a * 10, b * 10
        return always_sometimes_never(
            f"To find 10% of an amount, such as {a} or {b}, divide the amount by 10.",
            holds=[Step(eq(of(q(10, "%"), a), div(a, 10), a // 10), ".")],  # b is for the child to try
            reason=[Step("10% means 10 out of 100, which is one tenth: ", eq(frac(10, 100), Fraction(1, 10)), ".")],
            check=f"{a} × 10 ÷ 100 = {a} ÷ 10",
            hint=hint(level, "how many lots of 10% make 100%?"),
        )
    if level == Level.EXPECTED:
        p = rng.choice((20, 25, 50, 5, 4))
        parts = 100 // p
        amount = parts * p * rng.randint(1, 15) if p > 5 else 100 * rng.randint(1, 9)
        right, wrong = Fraction(amount, parts), Fraction(amount, p)
        return always_sometimes_never(
            f"To find {p}% of an amount, such as {amount}, divide the amount by {p}.",
            fails=[
                Step(
                    eq(of(q(p, "%"), amount), div(amount, parts), _n(right)),
                    ", but ",
                    eq(div(amount, p), _n(wrong)),
                    ".",
                ),
                Step(rel(_n(wrong), "≠", _n(right)), "."),
            ],
            reason=[
                Step(
                    f"{p}% is {p} out of 100: ",
                    eq(frac(p, 100), Fraction(1, parts)),
                    f", so divide by {parts}, not by {p}.",
                )
            ],
            check=f"{amount} × {p} ÷ 100 ≠ {amount} ÷ {p}",
            slips=(then(mis.percentage_as_division, lambda _: "always").on(p, amount),),
        )
    if rng.random() < 0.5:
        pairs = [(p, a) for p in (4, 8, 12, 16, 20, 24, 28, 36, 44) for a in (25, 50, 75)]
        (p, a), (r, b), (t, c) = rng.sample(pairs, 3)
        holds = [
            Step(
                eq(of(q(x, "%"), y), div(mul(x, y), 100), _n(Fraction(x * y, 100))),
                " and ",
                eq(of(q(y, "%"), x), _n(Fraction(x * y, 100))),
                ".",
            )
            for x, y in ((p, a), (r, b), (t, c))
        ]
        return always_sometimes_never(
            "Finding one number per cent of a second number gives the same answer as the second number per cent of "
            f"the first: for example, {p}% of {a} and {a}% of {p}.",
            holds=holds,
            reason=[Step("p% of a is p × a ÷ 100 and a% of p is a × p ÷ 100: the same product divided by 100.")],
            check=f"{p} × {a} ÷ 100 = {a} × {p} ÷ 100",
        )
    p, r = sorted(rng.sample((10, 20, 25, 30, 40, 50, 60, 75), 2), reverse=True)  # p is the bigger percentage
    small = 20 * rng.randint(1, 5)
    big = small * rng.randint(3, 6)  # r% of the big amount beats p% of the small one when big/small > p/r
    while Fraction(r * big, 100) <= Fraction(p * small, 100):
        big += 20
    other = small * rng.randint(2, 4)  # p% of a bigger amount: more, as the statement says

    def compared(x: int, a: int, y: int, b: int) -> Step:
        one, two = Fraction(x * a, 100), Fraction(y * b, 100)
        sign = ">" if one > two else "<"
        return Step(
            eq(of(q(x, "%"), a), _n(one)),
            " and ",
            eq(of(q(y, "%"), b), _n(two)),
            ": ",
            rel(_n(one), sign, _n(two)),
            ".",
        )

    return always_sometimes_never(
        f"{p}% of one amount is more than {r}% of another amount, because {p} is more than {r}.",
        holds=[compared(p, other, r, small)],
        fails=[*_worked(p, small), *_worked(r, big), compared(p, small, r, big)],
        check=f"{r} × {big} ÷ 100 > {p} × {small} ÷ 100",
    )


# ---------------------------------------------------------------------- fractions, decimals and percentages


def fdp_explain(rng: random.Random, level: Level) -> Item:
    """A claimed conversion: the fraction's digits after the point (1/4 = 0.4, 3/5 = 35%) or right; level 3
    compares eighths with a percentage."""
    who = name(rng)
    if level == Level.GREATER_DEPTH:
        n = rng.choice((1, 3, 5, 7))
        value = Fraction(n, 8)
        percent = value * 100
        near = int(percent // 5 * 5) + rng.choice((0, 5))
        bigger = percent > near
        claim = f"{n}/8 is more than {near}%."
        steps = [
            Step("Divide: ", eq(div(n, 8), dec(value)), "."),
            Step(eq(mul(dec(value), 100), dec(percent)), f", so {n}/8 is ", _pc(percent), "."),
            Step(rel(_pc(percent), ">" if bigger else "<", _pc(near)), "."),
        ]
        model = f"{n}/8 is {show(percent)}% (an eighth is 12.5%), which is {'more' if bigger else 'less'} than {near}%."
        return explain_claim(who, claim, bigger, steps, model, f"{n} ÷ 8 × 100 > {near}")
    bottoms = (2, 4, 5) if level == Level.WORKING_TOWARDS else (4, 5, 20, 25)
    d = rng.choice(bottoms)
    n = rng.choice([t for t in range(1, d) if Fraction(t, d).denominator == d])
    value = Fraction(n, d)
    digits = mis.fraction_digits_as_decimal(n, d)
    right = digits is None or Fraction(digits) == value or rng.random() < 0.35
    claimed = value if right else Fraction(digits)
    hundredths = int(value * 100)
    steps = [
        Step("In hundredths: ", eq(frac(n, d), frac(hundredths, 100)), "."),
    ]
    if level == Level.WORKING_TOWARDS:
        claim = f"{n}/{d} = {show(claimed)}"
        steps.append(Step(f"{hundredths} hundredths is ", dec(value), "."))
        slip = judged(mis.fraction_digits_as_decimal, Decimal(show(claimed))).on(n, d)
        check = f"{n} ÷ {d} = {show(claimed)}"
    else:
        claim = f"{n}/{d} = {show(claimed * 100)}%"
        steps.append(Step(f"{hundredths} hundredths is ", _pc(hundredths), "."))
        slip = judged(as_percentage(mis.fraction_digits_as_decimal), claimed * 100).on(n, d)
        check = f"{n} ÷ {d} × 100 = {show(claimed * 100)}"
    if right:
        model = f"changing {n}/{d} into hundredths gives {hundredths} hundredths, which is what the claim says."
    else:
        steps.append(Step(rel(dec(value), "≠", dec(claimed)), "."))
        model = (
            f"the digits of a fraction cannot just be written after the point; {n}/{d} is {hundredths} hundredths, "
            f"so it is {show(value)} or {hundredths}%."
        )
    item = explain_claim(who, claim, right, steps, model, check, slips=(slip,))
    return _hinted(item, level, "change the fraction to hundredths first.")
