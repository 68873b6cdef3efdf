"""Misconceptions of algebra, ratio and multi-step problems: the catalogue entries and the wrong answers."""

from __future__ import annotations

from fractions import Fraction

from ks2practice.answers.kinds import format_decimal
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "ratio_part_as_fraction",
        "Reads a ratio as a fraction",
        "They read 3 : 5 as 3/5 of the total; 3 : 5 means 3 parts for every 5, so there are 8 parts in all "
        "and the first share is 3/8 — draw the parts as a bar model.",
    ),
    Misconception(
        "additive_scaling",
        "Adds instead of multiplying to scale",
        "They added the same amount to everything (4 people → 6 people: add 2) instead of multiplying; "
        "use a ratio table and ask 'how many times bigger?' or go through one first.",
    ),
    Misconception(
        "ratio_divided_by_one_part",
        "Divides the total by one part of the ratio",
        "They divided the total by one number in the ratio; first add the parts to find how many equal "
        "parts there are, then find one part, then the share.",
    ),
    Misconception(
        "coefficient_misread",
        "Reads 3n as 3 + n or as thirty-something",
        "They read 3n as 3 + n (or as a two-digit number); 3n means 3 × n — write the × in "
        "and try n = 2 to see that 3n is 6.",
    ),
    Misconception(
        "formula_order_of_operations",
        "Ignores the order of operations in a formula",
        "They worked through the formula in the wrong order (adding before multiplying, or multiplying only "
        "the first term in a bracket); do brackets first, then ×, then +.",
    ),
    Misconception(
        "sequence_difference_only",
        "Uses only the difference for the nth term",
        "They multiplied the position by the difference and forgot where the sequence starts; "
        "check the rule on the 1st term before using it.",
    ),
    Misconception(
        "sequence_one_step_too_many",
        "Counts one step too many to the nth term",
        "They added the difference n times, but the 1st term needs no steps, so the nth term needs n − 1 steps; "
        "check the rule on the 2nd term.",
    ),
    Misconception(
        "one_pair_only",
        "Thinks two unknowns have only one answer",
        "They found one pair that works and stopped; with two unknowns there can be many pairs — "
        "list them in order (a = 1, 2, 3 …) so none is missed.",
    ),
    Misconception(
        "first_step_only",
        "Stops after the first step",
        "They answered the first step of a problem with more than one step; draw a bar model and ask "
        "'what does the question want?' before answering.",
    ),
    Misconception(
        "added_instead_of_difference",
        "Adds when the problem asks for a difference",
        "They added the numbers when the problem asked how many more (a difference); a comparison "
        "bar model shows the difference is the gap, found by subtracting.",
    ),
    Misconception(
        "ratio_part_for_whole",
        "Gives the other part instead of the total",
        "They found the other part of the ratio, not the total (or the reverse); mark on the bar model "
        "which amount the question asks for.",
    ),
    Misconception(
        "combinations_added",
        "Adds the choices instead of multiplying",
        "They added the number of choices of each kind; each choice of the first kind goes with every choice "
        "of the second, so list them in a table and multiply.",
    ),
    Misconception(
        "totals_compared",
        "Compares the totals, not the cost of one",
        "They compared the prices of the packs without thinking about how many are in each; "
        "find the cost of one (or of the same number) at each shop first.",
    ),
    Misconception(
        "scale_factor_wrong_way",
        "Uses the scale factor the wrong way",
        "They divided by the scale factor instead of multiplying (or the reverse); ask whether the new "
        "shape is bigger or smaller before calculating.",
    ),
)


def _whole(value: Fraction) -> int | None:
    return value.numerator if value.denominator == 1 and value > 0 else None


# ---------------------------------------- ratio and scaling


def _part_as_fraction_say(total: int, part: int, other: int) -> str:
    return (
        f"They took {part}/{other} of the total; {part} part{'s' if part != 1 else ''} for every {other} make "
        f"{part + other} parts in all, so the share is {part}/{part + other} — draw the parts as a bar model."
    )


@mechanism("ratio_part_as_fraction", say=_part_as_fraction_say)
def ratio_part_as_fraction(total: int, part: int, other: int) -> Fraction | None:
    """A share of total in the ratio part : other read as part/other of the total: £40 in 3 : 5 → 40 × 3/5 = 24."""
    wrong = Fraction(total * part, other)
    right = Fraction(total * part, part + other)
    return None if wrong == right else wrong


def ratio_fraction_of_whole(part: int, other: int) -> Fraction:
    """The fraction part/other given for 'what fraction are …' with the ratio part : other: 2 : 3 → 2/3."""
    return Fraction(part, other)


def _additive_say(amount: int | Fraction, before: int | Fraction, after: int | Fraction) -> str:
    change = Fraction(after) - Fraction(before)
    n = [format_decimal(Fraction(x)) for x in (amount, before, after, abs(change))]
    did = f"added {n[3]} (from {n[1]} to {n[2]}) to {n[0]}" if change > 0 else f"took {n[3]} from {n[0]}"
    return (
        f"They {did} instead of multiplying by {n[2]} ÷ {n[1]}; "
        "use a ratio table and ask 'how many times bigger?' or go through one first."
    )


@mechanism("additive_scaling", say=_additive_say)
def additive_scaling(amount: int | Fraction, before: int | Fraction, after: int | Fraction) -> Fraction | None:
    """Scaling by adding the change instead of multiplying: 200 g for 4 people → 6 people gives 202 g."""
    wrong = Fraction(amount) + Fraction(after) - Fraction(before)
    right = Fraction(amount) * Fraction(after) / Fraction(before)
    return None if wrong == right or wrong <= 0 else wrong


@mechanism("ratio_divided_by_one_part")
def ratio_divided_by_one_part(total: int, part: int) -> int | None:
    """The total divided by the number of parts in one share, when it divides: £40 in 3 : 5, larger share → 8."""
    return total // part if part > 1 and total % part == 0 else None


@mechanism("ratio_part_for_whole")
def ratio_part_for_whole(known: int, known_part: int, other_part: int) -> Fraction | None:
    """The other share given when the total was asked for: 12 red, 2 red for 3 blue → 18 (not 30)."""
    return Fraction(known * other_part, known_part)


@mechanism("scale_factor_wrong_way")
def scale_factor_wrong_way(length: int | Fraction, factor: int | Fraction) -> Fraction:
    """Dividing by the scale factor instead of multiplying: 6 cm enlarged by 3 → 2 cm."""
    return Fraction(length) / Fraction(factor)


@mechanism("combinations_added")
def combinations_added(first: int, second: int) -> int | None:
    """Combinations of one of each counted by adding: 4 sandwiches and 3 drinks → 7 (not 12)."""
    return None if first + second == first * second else first + second


@mechanism("totals_compared")
def totals_compared(total_a: int, total_b: int) -> str:
    """The sign from comparing pack prices instead of unit prices: 3 for 75p □ 5 for £1 → '<'."""
    return "<" if total_a < total_b else ">" if total_a > total_b else "="


# ---------------------------------------- algebra


def coefficient_as_addition(coefficient: int, value: int) -> int:
    """3n read as 3 + n: with n = 7, 3n → 10."""
    return coefficient + value


def coefficient_as_digits(coefficient: int, value: int) -> int | None:
    """3n read as a two-digit number '3 then n': with n = 7, 3n → 37 (only for a single-digit n)."""
    return coefficient * 10 + value if 0 <= value <= 9 else None


def solve_reading_as_addition(coefficient: int, constant: int, total: int) -> int | None:
    """Solving an + b = c with an read as a + n: 3n + 4 = 25 → n = 25 − 4 − 3 = 18."""
    wrong = total - constant - coefficient
    return wrong if wrong > 0 and wrong * coefficient != total - constant else None


def add_before_multiply(multiplier: int, value: int, constant: int) -> int:
    """a × x + b worked as a × (x + b): cost = 3 × hours + 5 with 4 hours → 27 instead of 17."""
    return multiplier * (value + constant)


def bracket_first_term_only(multiplier: int, first: int, second: int) -> int:
    """2(l + w) worked as 2 × l + w: l = 5, w = 3 → 13 instead of 16."""
    return multiplier * first + second


def nth_term_difference_only(difference: int, position: int) -> int:
    """The nth term as difference × n: start 3, add 4, 20th term → 80 (not 79)."""
    return difference * position


def nth_term_one_step_too_many(start: int, difference: int, position: int) -> int:
    """The nth term as start + difference × n: start 3, add 4, 20th term → 83 (not 79)."""
    return start + difference * position


def one_pair_claim(pairs: int) -> bool | None:
    """'There is only one pair': a pupil who stops at the first pair says true; predicted only if really false."""
    return True if pairs > 1 else None


# ---------------------------------------- problems


@mechanism("first_step_only")
def first_step_only(first_step: int) -> int:
    """The answer to the first step of a multi-step problem, given as the answer: £50 − £18 − £7 → 32."""
    return first_step


@mechanism("added_instead_of_difference")
def added_instead_of_difference(a: int, b: int) -> int:
    """'How many more?' answered by adding: 342 and 217 → 559 (not 125)."""
    return a + b
