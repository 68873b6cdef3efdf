"""Measures mechanisms written for issue #14: money mixed up, scale steps miscounted, and the mistakes' stories."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import Misconception, any_size, mechanism, register
from ks2practice.core.steps import Step, add, div, eq, group, mul

register(
    Misconception(
        "missing_sides_not_shared",
        "Gives the missing sides together, not one of them",
        "They found what the equal missing sides make together but did not share it between them; a rectangle's "
        "two widths are equal (a square's four sides are equal), so divide by how many sides there are.",
    ),
    Misconception(
        "scale_step_as_one",
        "Counts each small step on a scale as 1 (or 10)",
        "They counted the small marks on the scale as ones (or tens) without working out what each step is "
        "worth; find the step first: the gap between two labels ÷ the number of equal steps.",
    ),
)

_NEAR_FACTOR = {10: 100, 100: 1000, 1000: 100}
"""For each true conversion factor, the factor a pupil most often confuses it with."""


def exact(value: int | Fraction | Decimal) -> int | Decimal:
    """A terminating value as steps write it: 3 stays 3, 3/4 becomes 0.75 (a Decimal), never 3/4."""
    value = Fraction(value)
    if value.denominator == 1:
        return value.numerator
    places, scaled = 0, value
    while scaled.denominator != 1:
        scaled *= 10
        places += 1
        if places > 12:
            raise ValueError(f"{value} has no exact decimal")
    return Decimal(scaled.numerator).scaleb(-places)


def _op(multiply: bool) -> str:
    return "×" if multiply else "÷"


def _times_or_share(value: object, factor: object, multiply: bool):
    return mul(exact(value), exact(factor)) if multiply else div(exact(value), exact(factor))  # type: ignore[arg-type]


# ---------------------------------------------------------------------- conversions: words and stories


def wrong_factor_say(value, factor: int, multiply: bool, then_add=0, then_share=1) -> str:
    wrong = _NEAR_FACTOR[factor]
    return (
        f"They converted with {wrong} where it should be {factor} ({_op(multiply)} {wrong} instead of "
        f"{_op(multiply)} {factor}); recite the facts: 10 mm in 1 cm, 100 cm in 1 m, 1000 m in 1 km, "
        "1000 g in 1 kg, 1000 ml in 1 l."
    )


def wrong_factor_story(value, factor: int, multiply: bool, then_add=0, then_share=1) -> tuple[str, ...]:
    wrong = _NEAR_FACTOR[factor]
    done = Fraction(value) * wrong if multiply else Fraction(value) / wrong
    return (
        Step(
            "The mistake: ",
            eq(_times_or_share(value, wrong, multiply), exact(done)),
            f" converts with {wrong}, but the factor is {factor}.",
        ),
    )


def wrong_direction_say(value, factor, multiply: bool, claim=None) -> str:
    factor = Fraction(factor)
    if not _terminates(factor) and _terminates(1 / factor):
        factor, multiply = 1 / factor, not multiply  # 4/7 of a litre a pint is said as 1.75 pints a litre
    did, should = ("divided", "multiply") if multiply else ("multiplied", "divide")
    return (
        f"They {did} by {_plain(factor)} when they should {should}; ask 'are the new units bigger or smaller?' — "
        "smaller units mean more of them."
    )


def _terminates(value: Fraction) -> bool:
    try:
        exact(value)
    except ValueError:
        return False
    return True


def wrong_direction_story(value, factor, multiply: bool, claim=None) -> tuple[str, ...]:
    done = Fraction(value) / Fraction(factor) if multiply else Fraction(value) * Fraction(factor)
    new = "smaller units need more of them" if multiply else "bigger units need fewer of them"
    return (
        Step(
            "The mistake: ",
            eq(_times_or_share(value, factor, not multiply), exact(done)),
            f" goes the wrong way: {new}, so {_op(multiply)} {_plain(factor)}.",
        ),
    )


def _plain(value) -> str:
    from ks2practice.core.steps import q, render

    value = Fraction(value)
    return render(q(exact(value) if _terminates(value) else value))


def numbers_not_measures_say(a, b=None, claim=None, shown=(), largest=True) -> str:
    if isinstance(a, tuple):
        pick = "biggest" if largest else "smallest"
        return (
            f"They picked the amount with the {pick} number and ignored the units; write every amount in the "
            "same unit before comparing."
        )
    return (
        f"They compared the numbers {_plain(a)} and {_plain(b)} and ignored the units; write both in the same unit "
        "before comparing."
    )


# ---------------------------------------------------------------------- shapes


def judged(wrong, same_mistake, against: tuple | None = None, claim=None):
    """A shape mistake's answer, or (against=) the sign it gives comparing two shapes, or (claim=) its verdict."""
    if against is not None:
        other = same_mistake(*against)
        return "<" if wrong < other else ">" if wrong > other else "="
    if claim is not None:
        return wrong == claim
    return wrong


def perimeter_story(length, width, **claim) -> tuple[str, ...]:
    return (
        Step(
            "The mistake: ",
            eq(mul(2, group(add(exact(length), exact(width)))), exact(2 * (Fraction(length) + Fraction(width)))),
            " is the distance round (the perimeter), not the space inside.",
        ),
    )


def area_story(length, width, **claim) -> tuple[str, ...]:
    return (
        Step(
            "The mistake: ",
            eq(mul(exact(length), exact(width)), exact(Fraction(length) * Fraction(width))),
            " is the space inside (the area), not the distance round.",
        ),
    )


def triangle_story(base, height) -> tuple[str, ...]:
    whole = Fraction(base) * Fraction(height)
    return (
        Step(
            "The mistake: ",
            eq(mul(exact(base), exact(height)), exact(whole)),
            " is the rectangle round the triangle; the triangle is half of it, so halve base × height.",
        ),
    )


def slant_story(base, slant) -> tuple[str, ...]:
    return (
        Step(
            "The mistake: ",
            eq(mul(exact(base), exact(slant)), exact(Fraction(base) * Fraction(slant))),
            " uses the slanting side; the height must be perpendicular to the base, and the slanting side is longer.",
        ),
    )


def two_sides_story(length, width, **options) -> tuple[str, ...]:
    return (
        Step(
            "The mistake: ",
            eq(add(exact(length), exact(width)), exact(Fraction(length) + Fraction(width))),
            " adds only the two labelled sides; a rectangle has four sides.",
        ),
    )


def _not_shared_say(total, length=None) -> str:
    if length is None:
        return (
            f"They halved the perimeter ({_plain(total)} ÷ 2), which is two sides of the square together; a square "
            "has four equal sides, so divide the perimeter by 4."
        )
    return (
        f"They took the two lengths from {_plain(total)} but did not halve what was left: that is both widths "
        "together; the two widths are equal, so halve it."
    )


@mechanism("missing_sides_not_shared", say=_not_shared_say)
def missing_sides_not_shared(total, length=None):
    """The side of a rectangle from its perimeter, the widths not shared: perimeter 30, length 10 → 10 (not 5);
    with no length (a square), the perimeter halved: 36 → 18 (not 9)."""
    if length is None:
        return Fraction(total) / 2
    return Fraction(total) - 2 * Fraction(length)


# ---------------------------------------------------------------------- money


def _money_text(pence: int) -> str:
    from ks2practice.answers.kinds import Money

    return Money(pence).format()


def _mixed_say(pounds_in_pence: int, pence: int, how: str = "overflow", claim=None) -> str:
    amount = _money_text(pounds_in_pence)
    if how == "overflow":
        rest = pounds_in_pence % 100
        return (
            f"They added {pence}p to the {rest:02d} after the point and wrote all the digits ({amount} + {pence}p as "
            f"£{pounds_in_pence // 100}.{rest + pence}); write both amounts in pounds ({amount} + "
            f"£0.{pence:02d}) or both in pence first."
        )
    return (
        f"They treated {pence}p as £{pence}; write both amounts in pounds ({amount} + £0.{pence:02d}) or both in "
        "pence first."
    )


def pence_column_overflow(pounds_in_pence: int, pence: int) -> str | None:
    """Adding pence to the pence part and writing all the digits: £3.45 + 60p → '£3.105'."""
    pounds, rest = divmod(pounds_in_pence, 100)
    if rest + pence < 100:
        return None
    return f"£{pounds}.{rest + pence}"


def pence_as_pounds(pounds_in_pence: int, pence: int) -> int:
    """Treating an amount in pence as pounds: £3.45 + 60p → £63.45 (in pence, 6345)."""
    return pounds_in_pence + pence * 100


@mechanism("pounds_pence_mixed", say=_mixed_say, plausible=any_size)  # pence read as pounds: 100 times out
def pounds_pence_mixed(pounds_in_pence: int, pence: int, how: str = "overflow", claim: str | None = None):
    """£3.45 + 60p with pounds and pence mixed: how="overflow" → '£3.105'; how="as_pounds" → £63.45 (6345).

    With ``claim`` (a written amount), whether the mistake makes that claim look true.
    """
    slip = pence_column_overflow if how == "overflow" else pence_as_pounds
    wrong = slip(pounds_in_pence, pence)
    if claim is not None:
        return None if wrong is None else (wrong if isinstance(wrong, str) else _money_text(wrong)) == claim
    return wrong


def change_counting_up_say(cost: int, paid: int) -> str:
    rest = cost % 100
    wrong_up = (10 - rest // 10) * 10 + (10 - rest % 10)
    return (
        f"Counting up from {_money_text(cost)} they made each pence digit up to 10 ({rest}p + {wrong_up}p); "
        f"make the pence up to 100 ({rest}p + {100 - rest}p makes £1) — check by adding the change back to the price."
    )


def change_counting_up_story(cost: int, paid: int) -> tuple[str, ...]:
    from ks2practice.core.steps import money

    rest = cost % 100
    wrong_up = (10 - rest // 10) * 10 + (10 - rest % 10)
    return (
        Step(
            "The mistake: counting up from ",
            money(rest),
            " they made each digit up to 10 and took ",
            money(wrong_up),
            ", but ",
            eq(add(money(rest), money(100 - rest)), money(100)),
            ".",
        ),
    )


# ---------------------------------------------------------------------- reading scales


def _scale_say(every, parts: int, below=None, past=None, half=False, size=1, from_end=None) -> str:
    step = Fraction(every) / parts
    return (
        f"They counted each small step as {_plain(size)} instead of working it out: {_plain(every)} ÷ {parts} "
        f"is {_plain(step)} a step; find the step first."
    )


def scale_story(every, parts: int, below=None, past=None, half=False, size=1, from_end=None) -> tuple[str, ...]:
    size = Fraction(size)
    terms = [exact(below), mul(past, exact(size))]
    if half:
        terms.append(div(exact(size), 2))
    reading = Fraction(below) + past * size + (size / 2 if half else 0)
    return (
        Step(
            "The mistake: ",
            eq(add(*terms), exact(reading)),
            f" counts each small step as {_plain(size)}, but each step is worth ",
            eq(div(exact(every), parts), exact(Fraction(every) / parts)),
            ".",
        ),
    )


@mechanism("scale_step_as_one", say=_scale_say, story=scale_story)
def scale_step_as_one(every, parts: int, below=None, past=None, half=False, size=1, from_end=None):
    """Each small step read as ``size`` (1, 10 or 0.1) instead of every ÷ parts.

    With no marks given, the step's worth itself (5 steps between 0 and 50 g → 1 g a step); with the label below
    and the steps past it, the reading (20 g + 3 steps → 23 g, not 38 g); with ``from_end``, what is still needed
    to reach it (50 g − 23 g).
    """
    size = Fraction(size)
    if size == Fraction(every) / parts:
        return None
    if below is None:
        return size
    reading = Fraction(below) + past * size + (size / 2 if half else 0)
    return reading if from_end is None else Fraction(from_end) - reading
