"""Misconceptions of decimals and percentages: the catalogue entries and the wrong answers they predict."""

# Ids that already exist elsewhere (longer_decimal_bigger, rounding_wrong_direction, rounding_wrong_place,
# remainder_not_interpreted, remainder_as_decimal) are reused by the decimal topics, not registered again; the
# functions here that compute them for decimals say which id they belong to.

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import format_decimal
from ks2practice.content import methods
from ks2practice.content.misconceptions.catalogue import Misconception, any_size, mechanism, register

register(
    Misconception(
        "shorter_decimal_bigger",
        "Thinks a shorter decimal is bigger",
        "They thought a decimal with fewer digits is bigger because tenths are bigger than hundredths "
        "(0.4 > 0.45); write both with the same number of places (0.40 and 0.45) and compare.",
    ),
    Misconception(
        "decimal_point_separator",
        "Treats the decimal point as a separator",
        "They worked on each side of the point as separate whole numbers (0.3 + 0.45 → 0.48); "
        "line up the points in a place-value chart and exchange 10 tenths for 1 one.",
    ),
    Misconception(
        "decimals_aligned_right",
        "Lines up the last digits instead of the points",
        "They lined up the last digits, as with whole numbers (3.5 + 1.27 → 1.62); "
        "line up the decimal points and fill empty places with 0 (3.50 + 1.27).",
    ),
    Misconception(
        "fraction_digits_as_decimal",
        "Writes a fraction's digits as a decimal",
        "They wrote the digits of the fraction after a point (1/4 → 0.4, 3/4 → 0.34); "
        "a decimal shows tenths and hundredths, so change the fraction to hundredths first (1/4 = 25/100 = 0.25).",
    ),
    Misconception(
        "place_holder_zero_missed",
        "Leaves out a place-holder zero after the point",
        "They wrote the digits straight after the point (3/100 → 0.3, 5% → 0.5); "
        "3 hundredths needs 0 tenths first: 0.03 — use a place-value chart with tenths and hundredths.",
    ),
    Misconception(
        "rounding_truncates",
        "Cuts the digits off instead of rounding",
        "They cut off the extra digits instead of rounding (4.65 → 4.6); look at the next digit: "
        "5 or more rounds up — mark the number on a number line between the two choices.",
    ),
    Misconception(
        "decimal_point_ignored_multiplying",
        "Leaves out the decimal point when multiplying",
        "They multiplied the digits but left out the decimal point (1.25 × 3 → 375); estimate first "
        "(about 1 × 3 = 3) and use it to place the point.",
    ),
    Misconception(
        "decimal_point_misplaced_multiplying",
        "Puts the decimal point one place too far left",
        "They put the point as if both numbers were decimals (0.3 × 4 → 0.12); 3 tenths × 4 is 12 tenths, "
        "which is 1.2 — estimate first to check the size.",
    ),
    Misconception(
        "percentage_as_subtraction",
        "Takes the percentage away instead of finding it",
        "They subtracted the percentage from the amount (20% of 60 → 40); 20% of 60 means 20 out of every 100 "
        "parts — find 10% first (6), then double it.",
    ),
    Misconception(
        "percent_as_number",
        "Gives the percentage itself as the amount",
        "They gave the percentage as the answer (20% of 60 → 20); the answer is part of the amount — "
        "draw a bar for the whole and split it into ten parts of 10%.",
    ),
    Misconception(
        "percentage_as_division",
        "Divides by the percentage",
        "They divided the amount by the percentage (20% of 60 → 60 ÷ 20 = 3); per cent means out of 100: "
        "divide by 100 (or by 10 for 10%), then multiply.",
    ),
    Misconception(
        "count_as_percentage",
        "Reads a score out of any total as a percentage",
        "They read 'a out of b' as a% (18 out of 25 → 18%); per cent means out of 100 — scale the fraction to "
        "hundredths first (18/25 = 72/100 = 72%).",
    ),
    Misconception(
        "percentage_not_applied",
        "Compares prices before taking off the discounts",
        "They compared the prices before the discounts were taken off; work out each sale price first, then compare.",
    ),
    Misconception(
        "decimal_as_unit_fraction",
        "Reads a decimal digit as a denominator",
        "They read the digit after the point as a denominator (0.7 → 1/7); 0.7 is 7 tenths, 7/10 — say the "
        "decimal in words to hear the fraction.",
    ),
)


def _text(value: Decimal | Fraction | int) -> str:
    return format_decimal(Fraction(value))


def _as_asked(function: Callable[..., object]) -> Callable[..., object]:
    """A decimal slip's wrong answer as the item asks for it: ``scale=100`` gives it in whole pence (None when
    it is not a whole number of pence) for an answer in money, ``scale=1`` as an exact value (for a measure);
    ``claim=`` gives True when the slip makes the value a true-or-false item claims (a child making it would
    call the claim true), else None."""

    @functools.wraps(function)
    def asked(*operands: object, scale: int | None = None, claim: Fraction | None = None) -> object:
        wrong = function(*operands)
        if wrong is None or (scale is None and claim is None):
            return wrong
        value = Fraction(Decimal(wrong)) if isinstance(wrong, str) else Fraction(wrong)  # type: ignore[arg-type]
        if claim is not None:
            return True if value == claim else None
        scaled = value * scale  # type: ignore[operator]
        return None if scale == 100 and scaled.denominator != 1 else scaled

    return asked


def _plain(value: Decimal | Fraction | int) -> Decimal:
    """The value as a Decimal with the digits it is written with (no thousands commas), for the written methods."""
    return Decimal(_text(value).replace(",", ""))


def _parts(value: Decimal | Fraction | int) -> tuple[int, str]:
    whole, _, part = _text(value).partition(".")
    return int(whole.replace(",", "")), part


# ---------------------------------------- comparing


@mechanism("shorter_decimal_bigger")
def shorter_decimal_bigger(a: Decimal, b: Decimal) -> str | None:
    """With the same whole part, the decimal with fewer places is called bigger: 0.4 □ 0.45 → '>'."""
    (wa, pa), (wb, pb) = _parts(a), _parts(b)
    if wa != wb or len(pa) == len(pb):
        return None
    return ">" if len(pa) < len(pb) else "<"


# ---------------------------------------- adding and subtracting


def _separator_said(a: Decimal, b: Decimal, op: str = "+", **_asked: object) -> str:
    (wa, pa), (wb, pb) = _parts(a), _parts(b)
    left, right = int(pa or "0"), int(pb or "0")
    other = right if op != "×" or pb else wb
    whole = {"+": wa + wb, "−": wa - wb, "×": wa * wb}[op]
    part = {"+": left + right, "−": left - right, "×": left * other}[op]
    fix = {
        "+": "line up the points in a place-value chart and exchange 10 tenths for 1 one",
        "−": "line up the points in a place-value chart, fill the gaps with 0 and exchange where a column is short",
        "×": "estimate first, then multiply the whole number of tenths or hundredths",
    }[op]
    return (
        f"They worked on each side of the point as separate whole numbers ({wa} {op} {wb} gives {whole}, "
        f"{left} {op} {other} gives {part}, written {whole}.{part}); {fix}."
    )


@mechanism("decimal_point_separator", say=_separator_said)
@_as_asked
def decimal_point_separator(a: Decimal, b: Decimal, op: str = "+") -> str | None:
    """Each side of the point worked as whole numbers: 0.3 + 0.45 → '0.48', 2.4 × 3 → '6.12', 5.6 − 2.35 → None."""
    (wa, pa), (wb, pb) = _parts(a), _parts(b)
    left, right = int(pa or "0"), int(pb or "0")
    if op == "+":
        whole, part = wa + wb, left + right
    elif op == "−":
        whole, part = wa - wb, left - right
    elif op == "×":
        whole, part = wa * wb, left * (right if pb else wb)
    else:
        raise ValueError(f"unknown operation {op!r}")
    if whole < 0 or part <= 0:
        return None
    wrong = f"{whole}.{part}"
    right_value = {"+": Fraction(a) + Fraction(b), "−": Fraction(a) - Fraction(b), "×": Fraction(a) * Fraction(b)}
    return None if Fraction(Decimal(wrong)) == right_value[op] else wrong


@mechanism("decimals_aligned_right")
@_as_asked
def decimals_aligned_right(a: Decimal, b: Decimal, op: str = "+") -> Fraction | None:
    """Column work with the last digits lined up: 3.5 + 1.27 → 1.62 (35 + 127 with two places)."""
    (_, pa), (_, pb) = _parts(a), _parts(b)
    if len(pa) == len(pb):
        return None
    digits_a, digits_b = int(_text(a).replace(".", "")), int(_text(b).replace(".", ""))
    if op == "−" and digits_b >= digits_a:
        return None
    # The engine's column method with the last digits lined up (Decimals as written, so 3.50 stays 3.50).
    run = methods.add_in_columns if op == "+" else methods.subtract_in_columns
    wrong = run(_plain(a), _plain(b), mistake="decimals_aligned_right").answer
    return Fraction(wrong)  # type: ignore[arg-type]


# ---------------------------------------- fractions and decimals


@mechanism("fraction_digits_as_decimal")
def fraction_digits_as_decimal(numerator: int, denominator: int) -> Decimal | None:
    """A fraction's digits written after a point: 1/4 → 0.4 (a unit fraction), 3/4 → 0.34."""
    digits = str(denominator) if numerator == 1 else f"{numerator}{denominator}"
    wrong = Decimal("0." + digits)
    return None if Fraction(wrong) == Fraction(numerator, denominator) else wrong


@mechanism("place_holder_zero_missed")
def place_holder_zero_missed(numerator: int, denominator: int) -> Decimal | None:
    """Hundredths or thousandths written straight after the point: 3/100 → 0.3, 45/1000 → 0.45, 5% → 0.5."""
    if denominator not in (100, 1000) or numerator >= denominator:
        return None
    wrong = Decimal("0." + str(numerator))
    return None if Fraction(wrong) == Fraction(numerator, denominator) else wrong


@mechanism("decimal_as_unit_fraction")
def decimal_as_unit_fraction(value: Decimal) -> Fraction | None:
    """The digits after the point read as a denominator: 0.7 → 1/7, 0.25 → 1/25."""
    whole, part = _parts(value)
    if whole or not part or int(part) < 2:
        return None
    return Fraction(1, int(part))


# ---------------------------------------- rounding


def _truncates_say(value: Decimal, places: int) -> str:
    exact, step = Fraction(value), Fraction(1, 10**places)
    cut, digit = exact // step * step, int(exact / step * 10) % 10
    return (
        f"They cut the digits off {_text(value)} ({_text(cut)}) instead of rounding; the next digit is {digit}, "
        f"5 or more, so it rounds up to {_text(cut + step)} — mark it on a number line between the two."
    )


@mechanism("rounding_truncates", say=_truncates_say)
def rounding_truncates(value: Decimal, places: int) -> Fraction | None:
    """The digits after the rounding place cut off: 4.65 to 1 place → 4.6, 3.7 to a whole → 3."""
    exact, step = Fraction(value), Fraction(1, 10**places)
    cut = (exact // step) * step
    rounded = (exact / step + Fraction(1, 2)) // 1 * step
    return None if cut == rounded else cut


def rounding_other_way(value: Decimal, places: int) -> Fraction | None:
    """For the id rounding_wrong_direction: the other neighbour, 4.65 to 1 place → 4.6, 3.2 to a whole → 4."""
    exact, step = Fraction(value), Fraction(1, 10**places)
    down = (exact // step) * step
    if down == exact:
        return None
    rounded = (exact / step + Fraction(1, 2)) // 1 * step
    return down + step if rounded == down else down


def rounding_to_wrong_place(value: Decimal, places: int) -> Fraction | None:
    """For the id rounding_wrong_place: one place too many, 4.652 to 1 place → 4.65."""
    exact, step = Fraction(value), Fraction(1, 10 ** (places + 1))
    wrong = (exact / step + Fraction(1, 2)) // 1 * step
    right_step = Fraction(1, 10**places)
    right = (exact / right_step + Fraction(1, 2)) // 1 * right_step
    return None if wrong == right or wrong == exact else wrong


# ---------------------------------------- multiplying


def _digits_and_places(value: Decimal | Fraction) -> tuple[int, int]:
    _, part = _parts(value)
    return int(_text(value).replace(".", "").replace(",", "")), len(part)


@mechanism("decimal_point_ignored_multiplying", plausible=any_size)
@_as_asked
def decimal_point_ignored_multiplying(a: Decimal, m: int) -> int | None:
    """The digits multiplied with the point left out: 1.25 × 3 → 375."""
    _, places = _digits_and_places(a)
    if places == 0:
        return None
    run = methods.multiply_decimal(_plain(a), m, mistake="decimal_point_ignored_multiplying")
    return run.answer  # type: ignore[return-value]


@mechanism("decimal_point_misplaced_multiplying")
@_as_asked
def decimal_point_misplaced_multiplying(a: Decimal, m: int) -> Fraction | None:
    """The point put one place too far left: 0.3 × 4 → 0.12, 1.25 × 3 → 0.375."""
    _, places = _digits_and_places(a)
    if places == 0:
        return None
    run = methods.multiply_decimal(_plain(a), m, mistake="decimal_point_misplaced_multiplying")
    return Fraction(run.answer)  # type: ignore[arg-type]


# ---------------------------------------- percentages


# scale: the amount is in 1/scale of the unit the percentage is read in (pence of a price in pounds: 100).
def _of_say(what: str) -> Callable[..., str]:
    def say(percent: int | Fraction, amount: int | Fraction, scale: int = 1) -> str:
        shown = {"subtract": "−", "divide": "÷"}
        p, a = _text(percent), _text(Fraction(amount, scale))
        did = f"They worked out {a} {shown[what]} {p}" if what in shown else f"They gave {p}, the percentage itself,"
        return f"{did} instead of finding {p}% of {a} ({p} hundredths of it): find 10% or 1% first, then scale up."

    return say


@mechanism("percentage_as_subtraction", say=_of_say("subtract"))
def percentage_as_subtraction(percent: int | Fraction, amount: int | Fraction, scale: int = 1) -> Fraction | None:
    """The percentage taken away from the amount: 20% of 60 → 40."""
    wrong = Fraction(amount) - Fraction(percent) * scale
    return None if wrong <= 0 or wrong == Fraction(percent, 100) * amount else wrong


@mechanism("percent_as_number", say=_of_say("number"))
def percent_as_number(percent: int | Fraction, amount: int | Fraction, scale: int = 1) -> Fraction | None:
    """The percentage given as the amount: 20% of 60 → 20."""
    return None if Fraction(percent, 100) * amount == Fraction(percent) * scale else Fraction(percent) * scale


@mechanism("percentage_as_division", say=_of_say("divide"))
def percentage_as_division(percent: int | Fraction, amount: int | Fraction, scale: int = 1) -> Fraction | None:
    """The amount divided by the percentage: 20% of 60 → 3."""
    wrong = Fraction(amount) / Fraction(percent)
    return None if wrong == Fraction(percent, 100) * amount else wrong


@mechanism("count_as_percentage")
def count_as_percentage(count: int, total: int) -> int | None:
    """The count read as a percentage, whatever the total: 18 out of 25 → 18%."""
    return None if total == 100 else count


@mechanism("percentage_not_applied")
def percentage_not_applied(price_a: int, price_b: int) -> int | None:
    """Which of two items (0 or 1) looks cheaper when the discounts are ignored: £40 and £36 → 1."""
    if price_a == price_b:
        return None
    return 0 if price_a < price_b else 1
