"""Misconceptions behind reasoning items in number and algebra (rounding, negatives, Roman numerals, sequences)."""

from __future__ import annotations

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "rounding_makes_bigger",
        "Thinks rounding always makes a number bigger",
        "They took 'rounding' to mean 'rounding up'; a number rounds down when the digit after the rounding place "
        "is less than 5.",
    ),
    Misconception(
        "halfway_picked_as_odd",
        "Thinks a number exactly halfway rounds down, so picks it as not rounding to the multiple above",
        "They treated the number exactly halfway between two multiples as rounding down; halfway rounds up.",
    ),
    Misconception(
        "negative_stays_negative",
        "Thinks adding to a negative number always gives a negative answer",
        "They kept the minus sign whatever was added; adding more than the number's distance from 0 goes past 0.",
    ),
    Misconception(
        "term_proportional_to_position",
        "Thinks a term twice as far along a sequence is twice as big",
        "They scaled the term with its position; a term is the 1st term plus a number of steps, and only a "
        "sequence that starts at its own step (4, 8, 12, …) doubles when the position doubles.",
    ),
    Misconception(
        "longer_numeral_bigger",
        "Thinks a Roman numeral with more letters is a bigger number",
        "They judged the numeral by its length; the letters have different values (X is 10, VIII is 8), so work "
        "out each numeral's value before comparing.",
    ),
    Misconception(
        "sequence_judged_on_one_term",
        "Judges a claim about every term of a sequence from the first term alone",
        "They checked only the first term; a claim about every term must be checked on the terms that follow too.",
    ),
)


@mechanism("rounding_makes_bigger")
def rounding_makes_bigger() -> str:
    """'Rounding to the nearest 10 makes a number bigger': judged 'always'."""
    return "always"


@mechanism("halfway_picked_as_odd")
def halfway_picked_as_odd(halfway: str) -> str:
    """The member exactly halfway below the multiple, picked as the one that does not round to it."""
    return halfway


@mechanism("negative_stays_negative")
def negative_stays_negative() -> str:
    """'Adding a number to a negative number gives a negative answer': judged 'always'."""
    return "always"


@mechanism("term_proportional_to_position")
def term_proportional_to_position() -> str:
    """'The 20th term is double the 10th term': judged 'always'."""
    return "always"


@mechanism("longer_numeral_bigger")
def longer_numeral_bigger(longer: int, shorter: int) -> bool | None:
    """Accepting 'the numeral with more letters is bigger' (None when the longer numeral is bigger anyway)."""
    return True if longer < shorter else None


@mechanism("sequence_judged_on_one_term")
def sequence_judged_on_one_term(first_holds: bool) -> str:
    """A claim about every term judged from the 1st term: 'always' if it holds there, 'never' if not."""
    return "always" if first_holds else "never"


register(
    Misconception(
        "rounded_digit_kept",
        "Thinks a number keeps its digit in the place it is rounded to",
        "They took rounding as cutting off the later digits; a number rounds up to the next multiple when the "
        "next digit is 5 or more, so its digit in that place goes up by 1.",
    ),
)


@mechanism("rounded_digit_kept")
def rounded_digit_kept() -> str:
    """'A number that rounds to 3,000 has 3 thousands': judged 'always'."""
    return "always"


register(
    Misconception(
        "steps_make_multiples",
        "Thinks a sequence that goes up in steps of n is made of multiples of n",
        "They took 'add n each time' to mean the n times table; the terms are multiples of n only when the 1st "
        "term is one.",
    ),
)


@mechanism("steps_make_multiples")
def steps_make_multiples() -> str:
    """'A sequence going up in 4s is all multiples of 4': judged 'always'."""
    return "always"


register(
    Misconception(
        "fixed_part_doubled",
        "Thinks doubling the input of a formula with a fixed part doubles the result",
        "They doubled the whole result; a fixed part (a charge paid once, minutes added once) is not doubled, so "
        "only the part that is multiplied by the input doubles.",
    ),
)


@mechanism("fixed_part_doubled")
def fixed_part_doubled(fixed: int) -> bool | None:
    """'Twice the input, twice the result' accepted for a formula with a fixed part (None with no fixed part)."""
    return True if fixed else None
