"""Misconceptions of mental calculation, factors and multi-step stories: entries, and mechanisms for listed ids."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import format_whole
from ks2practice.content.misconceptions import whole_numbers  # noqa: F401  (its entries must be registered first)
from ks2practice.content.misconceptions.catalogue import Misconception, any_size, mechanism, register

register(
    Misconception(
        "all_amounts_added",
        "Adds every amount in the story",
        "They added every number in the story, including the amount that went away; "
        "act the story out or draw it, and ask which amounts make it bigger and which make it smaller.",
    ),
    Misconception(
        "product_as_lcm",
        "Multiplies the numbers to find the lowest common multiple",
        "They multiplied the numbers together: that is a common multiple, but not always the lowest; "
        "list the multiples of each number and stop at the first one in both lists.",
    ),
)


def _lcm(a: int, b: int) -> int:
    return a * b // math.gcd(a, b)


def _hcf_lcm_say(a: int, b: int, asked: str) -> str:
    hcf, lcm = math.gcd(a, b), _lcm(a, b)
    if asked == "hcf":
        return (
            f"They gave {lcm}, the lowest common multiple of {a} and {b}, when the question asked for the highest "
            f"common factor, {hcf}; factors go into a number, multiples are in its times table."
        )
    return (
        f"They gave {hcf}, the highest common factor of {a} and {b}, when the question asked for the lowest "
        f"common multiple, {lcm}; factors go into a number, multiples are in its times table."
    )


@mechanism("hcf_lcm_confused", say=_hcf_lcm_say)
def hcf_lcm_confused(a: int, b: int, asked: str) -> int | None:
    """The lowest common multiple when the highest common factor is asked (asked="hcf"), and the reverse."""
    hcf, lcm = math.gcd(a, b), _lcm(a, b)
    if hcf == lcm or (asked == "lcm" and hcf == 1):
        return None  # a highest common factor of 1 is not an answer a child gives for a common multiple
    return lcm if asked == "hcf" else hcf


def _product_say(*numbers: int) -> str:
    product = math.prod(numbers)
    lcm = math.lcm(*numbers)
    return (
        f"They multiplied the numbers together and got {product}; it is a common multiple, but the lowest is "
        f"{lcm}; list the multiples of each number and stop at the first one in every list."
    )


@mechanism("product_as_lcm", say=_product_say)
def product_as_lcm(*numbers: int) -> int | None:
    """The product of the numbers given as their lowest common multiple: 6 and 8 → 48 (not 24)."""
    product = math.prod(numbers)
    return None if product == math.lcm(*numbers) else product


def _pairs(n: int) -> int:
    return sum(1 for d in range(1, math.isqrt(n) + 1) if n % d == 0)


def _pairs_say(n: int) -> str:
    return (
        f"They counted the {_pairs(n)} factor pairs of {n} instead of its factors; each pair gives two factors "
        "(except a square number's middle pair, like 6 × 6)."
    )


@mechanism("factor_pairs_counted", say=_pairs_say)
def factor_pairs_counted(n: int) -> int | None:
    """The number of factor pairs given as the number of factors: 12 → 3 (not 6)."""
    pairs = _pairs(n)
    factors = sum(1 for d in range(1, n + 1) if n % d == 0)
    return None if pairs == factors else pairs


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _odd_taken(start: int, stop: int) -> list[int]:
    # the numbers a child who thinks odd means prime counts as primes: primes, and odd numbers not ending in 5
    return [n for n in range(start, stop) if _is_prime(n) or (n % 2 and n % 5 and n > 1)]


def _odd_say(start: int, stop: int | None = None) -> str:
    if stop is None:
        p = next(d for d in range(3, start) if start % d == 0)
        return f"They assumed {start} is prime because it is odd; but {start} ÷ {p} = {start // p}, so it is not."
    extra = [n for n in _odd_taken(start, stop) if not _is_prime(n)]
    named = ", ".join(str(n) for n in extra)
    return (
        f"They counted odd numbers as primes and added {named} too; test each odd number by dividing by 3, 7 "
        "and other primes."
    )


@mechanism("odd_means_prime", say=_odd_say)
def odd_means_prime(start: int, stop: int | None = None) -> int | bool | None:
    """One number: 'prime' (true) for an odd number that is not prime. A range: the total of the numbers from
    start up to (not including) stop that a child who takes every odd number not ending in 5 as prime adds up.
    """
    if stop is None:
        return True if start % 2 and not _is_prime(start) and start > 1 else None
    taken = _odd_taken(start, stop)
    if all(_is_prime(n) for n in taken):
        return None
    return sum(taken)


def _zeros_say(a: int, b: int, op: str, shift: int) -> str:
    right = a * b if op == "×" else a // b
    wrong = zeros_miscounted(a, b, op, shift)
    if wrong is None:
        return ""  # no prediction is made, so no feedback is shown
    return (
        f"They used the right fact but wrote {'one zero too many' if shift > 0 else 'one zero too few'}: "
        f"{format_whole(wrong)} instead of {format_whole(right)}; count the zeros in the question, or say the "
        "sizes aloud (3 tens × 4 hundreds are 12 thousands)."
    )


@mechanism("zeros_miscounted", say=_zeros_say, plausible=any_size)
def zeros_miscounted(a: int, b: int, op: str, shift: int = -1) -> int | None:
    """The right table fact with one zero too few (shift=-1) or too many (shift=1): 30 × 400 → 1200."""
    right = a * b if op == "×" else a // b
    if shift < 0:
        return right // 10 if right % 10 == 0 else None
    return right * 10


@mechanism("all_amounts_added")
def all_amounts_added(*amounts: int) -> int:
    """Every amount in a story added, the ones that went away too: 450 books, 120 given away, 80 bought → 650."""
    return sum(amounts)


register(
    Misconception(
        "estimate_rounded_wrong_place",
        "Rounds to the wrong place before estimating",
        "They rounded each number to the wrong place value before calculating; "
        "underline the digit in the rounding place first.",
    ),
    Misconception(
        "estimate_rounded_wrong_way",
        "Rounds the wrong way before estimating",
        "They rounded a number the wrong way before calculating; look at the digit after the rounding place: "
        "5 or more rounds up, less than 5 rounds down.",
    ),
)


def _nearest(number: int, place: int) -> int:
    return (number + place // 2) // place * place


def _wrong_place_say(a: int, b: int, sign: str, place: int) -> str:
    finer = place // 10
    return (
        f"They rounded {format_whole(a)} and {format_whole(b)} to the nearest {format_whole(finer)} instead of the "
        f"nearest {format_whole(place)} before calculating; underline the digit in the rounding place first."
    )


@mechanism("estimate_rounded_wrong_place", say=_wrong_place_say)
def estimate_rounded_wrong_place(a: int, b: int, sign: str, place: int) -> int | None:
    """An estimate of a ± b with both rounded to the next place down: to the nearest 100 asked, 10 used."""
    finer = place // 10
    if finer < 10:
        return None
    wrong = _nearest(a, finer) + _nearest(b, finer) if sign == "+" else _nearest(a, finer) - _nearest(b, finer)
    right = _nearest(a, place) + _nearest(b, place) if sign == "+" else _nearest(a, place) - _nearest(b, place)
    return None if wrong == right else wrong


def _other_multiple(number: int, place: int) -> int:
    down = number - number % place
    return down + place if _nearest(number, place) == down else down


def _wrong_way_say(a: int, place_a: int, b: int, place_b: int) -> str:
    return (
        f"They rounded {format_whole(a)} to {format_whole(_other_multiple(a, place_a))} instead of "
        f"{format_whole(_nearest(a, place_a))} before multiplying; look at the digit after the rounding place: "
        "5 or more rounds up, less than 5 rounds down."
    )


@mechanism("estimate_rounded_wrong_way", say=_wrong_way_say)
def estimate_rounded_wrong_way(a: int, place_a: int, b: int, place_b: int) -> int | None:
    """An estimate of a × b with a rounded to the other neighbouring multiple: 347 × 6 → 400 × 6."""
    if a % place_a == 0:
        return None
    wrong = _other_multiple(a, place_a) * _nearest(b, place_b)
    right = _nearest(a, place_a) * _nearest(b, place_b)
    return None if wrong == right or wrong == 0 else wrong


def _formula_say(multiplier: int, first: int, second: int, *, bracket: bool = False, scale: int = 1) -> str:
    if bracket:
        return (
            f"They multiplied only the first number in the bracket by {multiplier} and added the second after; "
            "work out the bracket first, then multiply."
        )
    # an amount held in pence is named as the pounds the story shows: "multiplying by £3.00", not "by 300"
    shown = f"£{Decimal(multiplier).scaleb(-2):.2f}" if scale == 100 else format_whole(multiplier)
    return (
        f"They added before multiplying by {shown}; the formula says multiply first, then add — "
        "brackets first, then ×, then +."
    )


@mechanism("formula_order_of_operations", say=_formula_say)
def formula_order_of_operations(
    multiplier: int, first: int, second: int, *, bracket: bool = False, scale: int = 1
) -> Fraction | None:
    """A formula worked in the wrong order, in the units its story is written in.

    ``bracket=False``: a × x + b worked as a × (x + b) — £3 an hour plus £6 for 5 hours → 3 × (5 + 6) = £33.
    Amounts held in pence are added as the pounds the child reads (``scale=100``), never as 5 + 600.
    ``bracket=True``: a × (x + y) worked as a × x + y — P = 2(l + w) with l = 5, w = 3 → 13.
    """
    if bracket:
        wrong = Fraction(multiplier * first + second)
        right = Fraction(multiplier * (first + second))
    else:
        wrong = multiplier * (Fraction(first) + Fraction(second, scale))
        right = Fraction(multiplier * first + second)
    return None if wrong == right else wrong
