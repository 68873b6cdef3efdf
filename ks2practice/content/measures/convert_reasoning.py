"""Reasoning about converting units: same/different, always/sometimes/never, explain a claim, odd one out."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content import reasoning
from ks2practice.content.measures.common import PAIRS, WORDS, _big_value, measure, unit_line
from ks2practice.content.misconceptions.data_time_algebra import claimed
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, add, eq, mul, q, rel
from ks2practice.pictures.diagrams import UNKNOWN, DoubleNumberLine

_NEAR = {10: 100, 100: 1000, 1000: 100}  # the factor a pupil confuses each one with (as conversion_wrong_factor)


def _amount(
    rng: random.Random, level: Level, pair: tuple[str, str, int] | None = None
) -> tuple[Fraction, str, str, int]:
    """(amount in the bigger unit, bigger unit, smaller unit, factor) with the level's kind of numbers."""
    small, big, factor = pair or rng.choice(PAIRS[int(level)])
    if level == Level.WORKING_TOWARDS:
        return Fraction(rng.randint(2, 9)), big, small, factor
    return _big_value(rng, int(level), factor), big, small, factor


def _mixed(rng: random.Random) -> tuple[int, int, str, str, int]:
    """A mixed measure whose smaller part needs a zero after the point: 2 kg 50 g (2.05 kg), 3 m 5 cm (3.05 m)."""
    small, big, factor = rng.choice([p for p in PAIRS[3] if p[2] in (100, 1000)])
    part = rng.randint(1, 9) if factor == 100 else rng.choice([p for p in range(11, 100) if p % 10])
    return rng.randint(1, 9), part, big, small, factor


def _converted(value: Fraction, big: str, small: str, factor: int) -> Step:
    return Step(
        eq(mul(exact(value), factor), exact(value * factor)),
        ", so ",
        eq(q(exact(value), big), q(exact(value * factor), small)),
        ".",
    )


def same_diff(rng: random.Random, level: Level) -> Item:
    if level == Level.GREATER_DEPTH:
        return _same_different_mixed(rng)
    value, big, small, factor = _amount(rng, level)
    same = rng.random() < 0.5
    right = value * factor
    other = right if same else value * _NEAR[factor]
    pair = f"{measure(value, big)} and {measure(other, small)}"
    steps: list = [Step("The fact: ", eq(q(1, big), q(factor, small)), "."), _converted(value, big, small, factor)]
    if same:
        statements = [
            (
                f"The same amount: {measure(value, big)} is {measure(right, small)}; "
                "the numbers differ because the units differ.",
                True,
            ),
            (f"Different amounts, because {show(right)} is bigger than {show(value)}.", False),
            (f"Different amounts: {measure(value, big)} is {measure(value * _NEAR[factor], small)}.", False),
        ]
        check = f"{show(value)} × {factor} = {show(right)}"
    else:
        steps.append(Step(rel(q(exact(other), small), "≠", q(exact(right), small)), "."))
        statements = [
            (
                f"Different amounts: {measure(value, big)} is {measure(right, small)}, not {measure(other, small)}.",
                True,
            ),
            (f"The same amount: to change {WORDS[big]} to {WORDS[small]} multiply by {_NEAR[factor]}.", False),
            (f"The same amount, because {measure(other, small)} is a bigger number than {show(value)}.", False),
        ]
        check = f"{show(value)} × {factor} ≠ {show(other)}"
    item = _drawn(
        reasoning.same_different(rng, pair, statements, steps, check), unit_line(big, small, factor, value, UNKNOWN)
    )
    return _hinted(item, level, f"1 {big} = {factor} {small}.")


def _drawn(item: Item, line: DoubleNumberLine | None) -> Item:
    """The item with its double number line of the units, when there is one to draw."""
    return replace(item, diagram=line) if line else item


def _hinted(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text)) if level == Level.WORKING_TOWARDS else item


def _same_different_mixed(rng: random.Random) -> Item:
    whole, part, big, small, factor = _mixed(rng)
    total = whole * factor + part
    right = Fraction(total, factor)
    wrong = mis.mixed_units_after_point(whole, part, factor)
    same = rng.random() < 0.5
    shown = right if same else wrong
    mixed_text = f"{whole} {big} {part} {small}"
    pair = f"{mixed_text} and {measure(shown, big)}"
    steps: list = [
        Step("The fact: ", eq(q(1, big), q(factor, small)), "."),
        Step(eq(add(q(whole, big), q(part, small)), q(total, small)), "."),
        Step(eq(q(total, small), q(exact(right), big)), f": {part} {small} is {show(Fraction(part, factor))} {big}."),
    ]
    if same:
        statements = [
            (f"The same amount: {mixed_text} is {measure(total, small)}, which is {measure(right, big)}.", True),
            (f"Different amounts: {mixed_text} is {measure(wrong, big)}.", False),
            ("Different amounts, because one uses two units and the other uses one.", False),
        ]
        check = f"{whole} × {factor} + {part} = {show(right)} × {factor}"
    else:
        steps.append(Step(eq(q(exact(wrong), big), q(exact(wrong * factor), small)), ", not ", q(total, small), "."))
        statements = [
            (
                f"Different amounts: {measure(wrong, big)} is {measure(wrong * factor, small)}, "
                f"but {mixed_text} is {measure(total, small)}.",
                True,
            ),
            (f"The same amount: the {part} {small} go straight after the decimal point.", False),
            (f"The same amount, because both have {whole} whole {WORDS[big]}.", False),
        ]
        check = f"{whole} × {factor} + {part} ≠ {show(wrong)} × {factor}"
    return reasoning.same_different(rng, pair, statements, steps, check)


_ASN = "Converting an amount to a smaller unit gives a bigger number."
_REASON = (
    "A smaller unit fits into the same amount more times: to change to a smaller unit you multiply by 10, 100 or "
    "1000, and multiplying an amount by a number more than 1 makes it bigger."
)


def asn(rng: random.Random, level: Level) -> Item:
    value, big, small, factor = _amount(rng, level)
    holds = [_converted(value, big, small, factor), Step(rel(exact(value * factor), ">", exact(value)), ".")]
    reason: list = [_REASON]
    statement = _ASN
    if level == Level.GREATER_DEPTH:
        # greater depth: two conversions in a row on an amount below 1 (km to m to cm): the number grows twice
        value = Fraction(rng.randint(11, 999), 1000)
        while value.denominator == 1 or value * 10 % 1 == 0:
            value = Fraction(rng.randint(11, 999), 1000)
        big, small, factor = "km", "cm", 100_000
        statement = "Converting an amount less than 1 into a unit two steps smaller gives a bigger number."
        holds = [
            Step(eq(q(exact(value), "km"), q(exact(value * 1000), "m")), " (× 1000)."),
            Step(eq(q(exact(value * 1000), "m"), q(exact(value * factor), "cm")), " (× 100)."),
            Step(rel(exact(value * factor), ">", exact(value)), "."),
        ]
        reason = [
            _REASON,
            Step(
                "Two conversions multiply twice: ",
                eq(mul(1000, 100), 100_000),
                ", so the number is 100,000 times bigger, even when it starts below 1.",
            ),
        ]
    item = reasoning.always_sometimes_never(
        statement,
        holds=holds,
        reason=reason,
        check=f"{show(value)} × {factor} > {show(value)}",
        slips=[mis.smaller_unit_divides.on(value, factor)],
        hint=hint(level, f"try it: 1 {big} = {factor} {small}."),
    )
    return item if level == Level.GREATER_DEPTH else _drawn(item, unit_line(big, small, factor, value, UNKNOWN))


def explain(rng: random.Random, level: Level) -> Item:
    who = name(rng)
    if level == Level.GREATER_DEPTH:
        whole, part, big, small, factor = _mixed(rng)
        total, right = whole * factor + part, Fraction(whole * factor + part, factor)
        wrong = mis.mixed_units_after_point(whole, part, factor)
        claim = right if rng.random() < 0.4 else wrong
        ok = claim == right
        steps = [
            Step("The fact: ", eq(q(1, big), q(factor, small)), "."),
            Step(eq(add(q(whole, big), q(part, small)), q(total, small), q(exact(right), big)), "."),
            Step(eq(q(part, small), q(exact(Fraction(part, factor)), big)), ": a zero holds the tenths place."),
            Step(eq(q(exact(claim), big), q(exact(claim * factor), small)), "."),
            *([] if ok else [Step(rel(q(exact(claim * factor), small), "≠", q(total, small)), ".")]),
        ]
        model = f"{whole} {big} {part} {small} is {measure(total, small)}, which is {measure(right, big)}" + (
            "."
            if ok
            else f", not {measure(wrong, big)}: {part} {small} is {show(Fraction(part, factor))} {big}, "
            f"so a zero holds the tenths place."
        )
        check = f"({whole} × {factor} + {part}) ÷ {factor} = {show(claim)}"
        slips = [claimed(mis.mixed_units_after_point, claim, whole, part, factor)]
        return reasoning.explain_claim(
            who, f"{whole} {big} {part} {small} = {measure(claim, big)}.", ok, steps, model, check, slips
        )
    value, big, small, factor = _amount(rng, level)
    right = value * factor
    wrong_ways = [value * _NEAR[factor]] + ([value / factor] if factor == 10 and level == Level.EXPECTED else [])
    claim = right if rng.random() < 0.4 else rng.choice(wrong_ways)
    ok = claim == right
    steps = [
        Step("The fact: ", eq(q(1, big), q(factor, small)), ": smaller units, so more of them."),
        _converted(value, big, small, factor),
        *([] if ok else [Step(rel(q(exact(claim), small), "≠", q(exact(right), small)), ".")]),
    ]
    model = (
        f"1 {big} is {factor} {small}, so multiply by {factor}: {measure(value, big)} is {measure(right, small)}"
        + (", which is the number claimed." if ok else f", not {show(claim)}.")
    )
    check = f"{show(value)} × {factor} = {show(claim)}"
    slips = [
        claimed(mis.conversion_wrong_factor, claim, value, factor, True),
        claimed(mis.conversion_wrong_direction, claim, value, factor, True),
    ]
    tip = hint(level, f"1 {big} = {factor} {small}.")
    item = reasoning.explain_claim(
        who, f"{measure(value, big)} = {measure(claim, small)}.", ok, steps, model, check, slips, tip
    )
    return _drawn(item, unit_line(big, small, factor, value, UNKNOWN))


def odd_one(rng: random.Random, level: Level) -> Item:
    """Which conversion is wrong? Three right and one made with a neighbouring factor; each is worked."""
    if level == Level.GREATER_DEPTH:  # four different kinds and both directions, with decimals
        pairs = rng.sample(PAIRS[3], 4)
    else:
        pairs = [rng.choice(PAIRS[int(level)])] * 4
    members, steps, seen = [], [], set()
    odd_at = rng.randrange(4)
    for k, pair in enumerate(pairs):
        value, big, small, factor = _amount(rng, level, pair)
        while (value, pair) in seen:
            value, big, small, factor = _amount(rng, level, pair)
        seen.add((value, pair))
        got = value * (_NEAR[factor] if k == odd_at else factor)
        to_small = level == Level.WORKING_TOWARDS or rng.random() < 0.5
        text = (
            f"{measure(value, big)} is {measure(got, small)}"
            if to_small
            else f"{measure(got, small)} is {measure(value, big)}"
        )
        members.append((text, k != odd_at))
        worked = (eq(mul(exact(value), factor), exact(value * factor)), f" ({measure(value, big)} in {WORDS[small]})")
        if k == odd_at:
            steps.append(Step(*worked, ": ", rel(exact(got), "≠", exact(value * factor)), ", so this one is wrong."))
            check = f"{show(value)} × {factor} ≠ {show(got)}"
        else:
            steps.append(Step(*worked, ": right."))
    question = "Which conversion is the odd one out, because it is wrong?"
    item = reasoning.odd_one_out(
        rng, question, members, steps, check, hint=hint(level, f"1 {pairs[0][1]} = {pairs[0][2]} {pairs[0][0]}.")
    )
    if level == Level.GREATER_DEPTH:  # four kinds of measure: no one pair of units to draw
        return item
    small, big, factor = pairs[0]
    return _drawn(item, unit_line(big, small, factor))
