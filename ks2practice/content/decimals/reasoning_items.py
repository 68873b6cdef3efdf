"""Reasoning items for the decimals topics: same/different, always/sometimes/never, explain a claim."""

# Each item is built on a real misconception or generalisation of its topic (NCETM mastery style): level 1 small
# numbers with a hint, level 2 the Year 5 standard, level 3 greater depth.

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals.common import dec, fixed, round_places
from ks2practice.content.misconceptions.fraction_operations import judged
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, same_different
from ks2practice.content.wording import hint, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Num, Step, eq, frac, mul, q, rel

_PLACE = {10: "tenths", 100: "hundredths", 1000: "thousandths"}


def _hinted(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text))


# ---------------------------------------------------------------------- fractions and decimals


def _fraction_pair(rng: random.Random, level: Level) -> tuple[int, int, Decimal, bool]:
    """(numerator, denominator, decimal shown, same?): the decimal is the fraction's value, or a digit mistake."""
    while True:
        bottom = rng.choice({1: (10, 2, 4), 2: (100, 5, 4, 20), 3: (8, 20, 25, 50, 1000)}[int(level)])
        top = rng.choice([t for t in range(1, bottom) if Fraction(t, bottom).denominator == bottom])
        value = dec(Fraction(top, bottom))
        same = rng.random() < 0.5
        if same:
            return top, bottom, value, True
        if bottom in (10, 100, 1000):  # the digits in the wrong place: 7/100 read as 0.7
            wrong = dec(Fraction(top, bottom // 10)) if top < bottom // 10 else dec(Fraction(top, bottom * 10))
        else:  # the fraction's digits after the point: 3/4 → 0.34
            wrong = mis.fraction_digits_as_decimal(top, bottom)
        if (
            wrong is not None
            and wrong != value
            and wrong < 1
            and -Decimal(wrong).as_tuple().exponent <= 3
            and not str(wrong).endswith("0")
        ):
            return top, bottom, Decimal(wrong), False


def dfe_same_different(rng: random.Random, level: Level) -> Item:
    """A fraction and a decimal: the same value, or the fraction's digits written after the point (3/4 and 0.34),
    or tenths read as hundredths (7/100 and 0.7)."""
    top, bottom, shown, same = _fraction_pair(rng, level)
    value = Fraction(top, bottom)
    scale = next(s for s in (10, 100, 1000) if (value * s).denominator == 1)
    steps = []
    if scale != bottom:
        steps.append(
            Step(
                f"Write {top}/{bottom} in {_PLACE[scale]}: ",
                eq(frac(top, bottom), frac(int(value * scale), scale)),
                ".",
            )
        )
    steps.append(
        Step(f"{int(value * scale)} {_PLACE[scale]} is ", eq(frac(int(value * scale), scale), dec(value)), ".")
    )
    if same:
        steps.append(Step(f"So {top}/{bottom} and {show(shown)} are the same number written in two ways."))
        wrong = "Different values: a fraction and a decimal with different digits cannot be equal."
    else:
        steps.append(Step(rel(dec(value), "≠", shown), f", so {show(shown)} is a different number."))
        wrong = (
            f"The same value: both are made from the digits {top} and {bottom}."
            if bottom not in (10, 100, 1000)
            else f"The same value: both have the digit {top}."
        )
    statements = [
        (f"The same value: {show(shown)} is {top}/{bottom} written as a decimal.", same),
        (f"Different values: {show(shown)} is not {top}/{bottom}.", not same),
        (wrong, False),
    ]
    check = f"{top} ÷ {bottom} {'=' if same else '≠'} {show(shown)}"
    pair = f"{top}/{bottom} and {show(shown)}"
    item = same_different(rng, pair, statements, steps, check)
    return _hinted(item, level, "write the fraction in tenths or hundredths first.")


# ---------------------------------------------------------------------- multiplying decimals by whole numbers


def _decimal(rng: random.Random, places: int, low: int = 0, high: int = 9) -> Decimal:
    tail = rng.randint(1, 10**places - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10**places - 1)
    return Decimal(rng.randint(low, high)) + Decimal(tail).scaleb(-places)


def _times(a: Decimal, m: int) -> Step:
    """a × m worked as tenths: 3.7 × 20 = 37 × 2 = 74."""
    return Step(eq(mul(a, m), mul(dec(Fraction(a) * 10), m // 10), dec(Fraction(a) * m)), ".")


def multiply_asn(rng: random.Random, level: Level) -> Item:
    """'Multiplying makes it bigger' (never for a decimal below 1, sometimes for any decimal), a product's decimal
    places (sometimes: 1.25 × 4 is 5), and at level 3 tenths times a multiple of 10 (always a whole number)."""
    if level == Level.WORKING_TOWARDS:
        whole, small = rng.randint(2, 9), _decimal(rng, 1, 0, 0)
        product = dec(Fraction(small) * whole)
        return always_sometimes_never(
            (
                f"Multiplying {whole} by a decimal less than 1, such as {show(small)}, gives an answer "
                f"bigger than {whole}."
            ),
            fails=[Step(eq(mul(whole, small), product), ", and ", rel(product, "<", whole), ".")],
            reason=[Step(f"{show(small)} is less than 1, so {whole} × {show(small)} is less than {whole} lots of 1.")],
            check=f"{whole} × {show(small)} < {whole}",
            slips=(mis.multiplying_makes_bigger.on(whole, Fraction(small), True),),
            hint=hint(level, f"is {show(small)} more or less than 1?"),
        )
    if level == Level.EXPECTED:
        whole = rng.randint(3, 12)
        small, big = _decimal(rng, 1, 0, 0), _decimal(rng, 1, 1, 3)
        return always_sometimes_never(
            (
                f"Multiplying {whole} by a decimal, such as {show(small)} or {show(big)}, gives an answer "
                f"bigger than {whole}."
            ),
            holds=[
                Step(
                    eq(mul(whole, big), dec(Fraction(big) * whole)),
                    ", and ",
                    rel(dec(Fraction(big) * whole), ">", whole),
                    ".",
                )
            ],
            fails=[
                Step(
                    eq(mul(whole, small), dec(Fraction(small) * whole)),
                    ", and ",
                    rel(dec(Fraction(small) * whole), "<", whole),
                    ".",
                )
            ],
            check=f"{whole} × {show(small)} < {whole}",
            slips=(mis.multiplying_makes_bigger.on(whole, Fraction(small), True),),
        )
    if rng.random() < 0.5:  # tenths times a multiple of ten: always a whole number
        a, tens = _decimal(rng, 1, 1, 9), 10 * rng.randint(2, 9)
        b, more = _decimal(rng, 1, 10, 40), 10 * rng.randint(2, 9)
        return always_sometimes_never(
            f"A number with one decimal place, such as {show(a)}, multiplied by a multiple of 10, such as {tens}, "
            "gives a whole number.",
            holds=[_times(a, tens), _times(b, more)],
            reason=[
                Step("Each tenth times 10 is one whole: ", eq(mul(Decimal("0.1"), 10), 1), "."),
                Step("A multiple of 10 is 10 times a whole number, so every tenth becomes whole ones."),
            ],
            check=f"{show(a)} × {tens} = {show(dec(Fraction(a) * tens))}",
        )
    last = rng.choice((2, 4, 5, 6, 8))
    a = Decimal(rng.randint(1, 19)) + Decimal(rng.randint(1, 9) * 10 + last).scaleb(-2)
    keeps = rng.choice([m for m in range(3, 10) if (last * m) % 10])
    loses = rng.choice([m for m in range(2, 10) if (last * m) % 10 == 0])
    kept, lost = dec(Fraction(a) * keeps), dec(Fraction(a) * loses)
    return always_sometimes_never(
        f"When you multiply a number with two decimal places, such as {show(a)}, by a whole number, the answer has two "
        "decimal places.",
        holds=[Step(eq(mul(a, keeps), kept), ", which has two decimal places.")],
        fails=[
            Step(
                f"In hundredths: {show(a)} is {int(a * 100)} hundredths, and ",
                eq(mul(int(a * 100), loses), int(a * 100) * loses),
                " hundredths ends in 0.",
            ),
            Step(
                eq(mul(a, loses), lost),
                f": the hundredths make {last * loses // 10} tenth{'s' if last * loses > 19 else ''}"
                f", so the answer has fewer decimal places.",
            ),
        ],
        check=f"{show(a)} × {loses} = {show(lost)}",
        slips=(mis.decimal_places_kept.on(a, loses),),
    )


# ---------------------------------------------------------------------- rounding decimals


def _around(value: Fraction, places: int) -> list[Step]:
    step = Fraction(1, 10**places)
    low = value // step * step
    digit = int(value / step * 10) % 10

    def at(number: Fraction, places_: int | None = None) -> Num:
        return q(dec(number) if places_ is None else Decimal(fixed(number, places_)))

    return [
        Step(at(value), " is between ", at(low, places), " and ", at(low + step, places), "."),
        Step(
            f"The next digit is {digit}: "
            + ("5 or more, so round up." if digit >= 5 else "less than 5, so round down.")
        ),
        Step(at(value), " rounds to ", at(round_places(value, places), places), "."),
    ]


def round_explain(rng: random.Random, level: Level) -> Item:
    """A claimed rounding: digits cut off (4.67 → 4.6) or rounded up below 5, or right; level 3 reasons about every
    number that rounds to a given one."""
    who = name(rng)
    if level == Level.GREATER_DEPTH:
        r = Fraction(rng.randint(101, 999), 10)
        if r.denominator == 1:
            r += Fraction(1, 10)
        right = rng.random() < 0.5
        low = r - Fraction(5, 100)
        if right:
            claim = (
                f"The smallest number with two decimal places that rounds to {fixed(r, 1)} to 1 decimal "
                f"place is {fixed(low, 2)}."
            )
            below = low - Fraction(1, 100)
            steps = [*_around(low, 1), *_around(below, 1)[1:], Step(rel(dec(below), "<", dec(low)), ".")]
            model = (
                f"{fixed(low, 2)} is halfway, and halfway rounds up, while {fixed(below, 2)} already rounds down to "
                f"{fixed(r - Fraction(1, 10), 1)}."
            )
            check = f"{fixed(low, 2)} + 0.05 = {fixed(r, 1)}"  # the claim: the halfway number rounds up to r
        else:
            x = r - Fraction(rng.randint(1, 5), 100)
            claim = f"A number that rounds to {fixed(r, 1)} to 1 decimal place can never be less than {fixed(r, 1)}."
            steps = [
                *_around(x, 1),
                Step(rel(dec(x), "<", dec(r)), ", but it still rounds to ", dec(r), "."),
                Step("The smallest such number with two decimal places: ", *_around(low, 1)[2].parts),
            ]
            model = (
                f"numbers from {fixed(low, 2)} up to just below {fixed(r + Fraction(5, 100), 2)} all round to "
                f"{fixed(r, 1)}, so some of them are less than it, such as {show(x)}."
            )
            check = f"{fixed(r, 1)} < {show(x)}"  # the claim, false for this number that rounds to r
        return explain_claim(who, claim, right, steps, model, check)
    places = 0 if level == Level.WORKING_TOWARDS else 1
    given = places + 1
    value = Fraction(_decimal(rng, given, 1, 9 if level == Level.WORKING_TOWARDS else 30))
    result = round_places(value, places)
    cut = mis.rounding_truncates(dec(value), places)
    up = mis.rounded_up_below_half(value, places)
    wrong = cut if cut is not None else up
    right = wrong is None or rng.random() < 0.35
    claimed = result if right else Fraction(wrong)
    words = "the nearest whole number" if places == 0 else "1 decimal place"
    claim = f"{show(value)} rounded to {words} is {fixed(claimed, places)}."
    steps = _around(value, places)
    if right:
        model = (
            f"{show(value)} is nearer to {fixed(result, places)}: the digit after the rounding place "
            "decides which way to go."
        )
    else:
        steps.append(Step(rel(dec(claimed), "≠", dec(result)), "."))
        model = (
            f"the digit after the rounding place is {int(value * 10**given) % 10}, so {show(value)} rounds "
            f"{'up' if result > value else 'down'} to {fixed(result, places)}; cutting the digits off is not rounding."
            if cut is not None
            else f"the next digit is less than 5, so {show(value)} rounds down to {fixed(result, places)}."
        )
    slips = (
        judged(mis.rounding_truncates, claimed).on(dec(value), places),
        judged(mis.rounded_up_below_half, claimed).on(value, places),
    )
    step = Fraction(1, 10**places)
    tail = value % step
    rounded = f"{show(value)} − {show(tail)}" + (f" + {show(step)}" if tail >= step / 2 else "")
    check = f"{rounded} = {fixed(claimed, places)}"  # the claim: the rounding written from the digits
    item = explain_claim(who, claim, right, steps, model, check, slips=slips)
    return _hinted(item, level, "look at the digit after the one you are rounding to.")
