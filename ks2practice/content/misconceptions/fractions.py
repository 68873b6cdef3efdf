"""Misconceptions of fractions (strand F): the catalogue entries and the wrong answers each one predicts."""

# Each function takes the numbers as the pupil sees them (numerators and denominators as written, not
# simplified) and returns the wrong answer the misconception leads to, or None when the error would change
# nothing or makes no sense for these numbers (so it is never offered as a prediction).

from __future__ import annotations

from fractions import Fraction

from ks2practice.content.misconceptions import fraction_operations as said
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "add_tops_and_bottoms",
        "Adds (or subtracts) numerators and denominators",
        "They added the numerators and added the denominators (1/2 + 1/3 → 2/5); fraction pieces must be the "
        "same size before they are counted, so find a common denominator and add only the numerators.",
    ),
    Misconception(
        "multiply_by_adding_parts",
        "Adds numerators and denominators when multiplying fractions",
        "They added the numerators and added the denominators instead of multiplying (1/2 × 1/3 → 2/5); half of "
        "a third is a sixth, smaller than both — multiply the numerators and multiply the denominators, and check "
        "with an area model.",
    ),
    Misconception(
        "bigger_denominator_bigger",
        "Thinks a bigger denominator means a bigger fraction",
        "They thought 1/8 is more than 1/4 because 8 is more than 4; fold two equal strips into 4 and 8 "
        "parts — the more parts the whole is cut into, the smaller each part.",
    ),
    Misconception(
        "multiply_both_by_whole",
        "Multiplies the numerator and the denominator by the whole number",
        "They multiplied the top and the bottom by the whole number (2/5 × 3 → 6/15), which only makes an "
        "equivalent fraction; 3 lots of 2 fifths is 6 fifths, so only the numerator is multiplied.",
    ),
    Misconception(
        "amount_divided_by_numerator",
        "Divides the amount by the numerator",
        "To find a fraction of an amount they divided by the numerator (3/4 of 24 → 24 ÷ 3 = 8); divide by the "
        "denominator to find one part, then multiply by the numerator — draw the bar model.",
    ),
    Misconception(
        "equivalent_by_adding",
        "Makes an 'equivalent' fraction by adding the same number to top and bottom",
        "They added the same number to the numerator and the denominator (2/3 = 8/9); equivalent fractions "
        "multiply (or divide) both by the same number — check with a fraction wall.",
    ),
    Misconception(
        "mixed_whole_times_numerator",
        "Converts a mixed number using whole × numerator",
        "Changing a mixed number to an improper fraction they multiplied the whole number by the numerator and "
        "added the denominator (2 3/4 → 10/4); each whole is 4 quarters, so 2 × 4 + 3 = 11 quarters.",
    ),
    Misconception(
        "divide_denominator_by_whole",
        "Divides the denominator by the whole number",
        "To divide a fraction by a whole number they divided the denominator (1/6 ÷ 2 → 1/3), which makes it "
        "bigger; sharing a piece into 2 makes pieces half the size, so multiply the denominator.",
    ),
    Misconception(
        "compare_numerators_only",
        "Compares numerators only when the denominators differ",
        "They compared only the numerators (3/8 > 2/3 because 3 > 2); with different denominators the parts "
        "are different sizes — rename them with a common denominator, or compare each with a half.",
    ),
    Misconception(
        "multiply_denominator_by_whole",
        "Multiplies the denominator by the whole number",
        "They multiplied the denominator by the whole number (2/5 × 3 → 2/15), which makes the parts smaller; "
        "3 lots of 2 fifths is 6 fifths.",
    ),
    Misconception(
        "mixed_ignores_whole",
        "Leaves out the whole number",
        "They worked with the fraction part and left out the whole number (2 3/4 → 3/4); say the mixed number "
        "as 'two wholes and three quarters' and count the quarters in the wholes too.",
    ),
    Misconception(
        "fraction_of_wrong_whole",
        "Takes the second fraction of the whole, not of what is left",
        "They took the second fraction of the starting amount instead of what was left (£40: spend 1/4, then 1/2 "
        "of the rest → 40 − 10 − 20 = £10); draw a new bar for what is left before finding the next fraction.",
    ),
)


@mechanism("add_tops_and_bottoms", say=said.tops_and_bottoms_said, story=said.tops_and_bottoms_story)
def add_tops_and_bottoms(
    n1: int, d1: int, n2: int, d2: int, subtract: bool = False, w1: int = 0, w2: int = 0
) -> Fraction | None:
    """1/2 + 1/3 → 2/5; 3/4 − 1/2 → 2/2 (then None: a zero or negative 'denominator' is not a fraction).

    Mixed numbers keep their wholes (w1, w2): 4 5/11 + 3 1/2 → 7 6/13.
    """
    top = n1 - n2 if subtract else n1 + n2
    bottom = d1 - d2 if subtract else d1 + d2
    wholes = w1 - w2 if subtract else w1 + w2
    if bottom <= 0 or top < 0 or wholes < 0:
        return None
    return wholes + Fraction(top, bottom)


def _sign(a: Fraction | int, b: Fraction | int) -> str:
    return "<" if a < b else ">" if a > b else "="


@mechanism("multiply_by_adding_parts", say=said.adding_parts_said)
def multiply_by_adding_parts(n1: int, d1: int, n2: int, d2: int) -> Fraction:
    """1/2 × 1/3 → 2/5: the addition slip carried into multiplication, with its own feedback about multiplying."""
    return Fraction(n1 + n2, d1 + d2)


@mechanism("bigger_denominator_bigger", say=said.bigger_denominator_said)
def bigger_denominator_bigger(d1: int, d2: int) -> str:
    """1/3 □ 1/5 → '<': the fraction with the bigger denominator is thought bigger."""
    return _sign(d1, d2)


@mechanism("compare_numerators_only", say=said.numerators_only_said)
def compare_numerators_only(n1: int, d1: int, n2: int, d2: int) -> str | None:
    """3/8 □ 2/3 → '>': only the numerators are compared (None when the denominators agree)."""
    if d1 == d2:
        return None
    return _sign(n1, n2)


@mechanism("multiply_both_by_whole", say=said.both_by_whole_said)
def multiply_both_by_whole(n: int, d: int, whole: int, w: int = 0) -> Fraction:
    """2/5 × 3 → 6/15, the same value as 2/5; a mixed number's whole part w is multiplied rightly."""
    return w * whole + Fraction(n * whole, d * whole)


@mechanism("multiply_denominator_by_whole", say=said.denominator_by_whole_said)
def multiply_denominator_by_whole(
    n: int, d: int, whole: int, w: int = 0, taken_from: int | None = None
) -> Fraction | None:
    """2/5 × 3 → 2/15 (a mixed number's whole part w multiplied rightly); taken_from: what is left of that amount."""
    product = w * whole + Fraction(n, d * whole)
    if taken_from is None:
        return product
    return taken_from - product if taken_from > product else None


@mechanism("amount_divided_by_numerator", say=said.divided_by_numerator_said, story=said.divided_by_numerator_story)
def amount_divided_by_numerator(n: int, d: int, amount: int, left: bool = False) -> int | None:
    """3/4 of 24 → 8 (24 ÷ 3); None for a unit fraction or when the division is not exact; left: 24 − 8."""
    if n == 1 or amount % n:
        return None
    if left:
        return amount - amount // n if amount // n < amount else None
    return amount // n


@mechanism("equivalent_by_adding", say=said.equivalent_by_adding_said)
def equivalent_by_adding(n: int, d: int, new_d: int | None = None, *, new_n: int | None = None) -> int | None:
    """2/3 = □/9 → 8: the 6 added to the denominator is added to the numerator too; 2/3 = 8/□ (new_n) → 9."""
    if new_n is not None:
        return d + (new_n - n) if new_n != n else None
    if new_d is None or new_d == d:
        return None
    top = n + (new_d - d)
    return top if top > 0 else None


@mechanism("mixed_whole_times_numerator", say=said.whole_times_numerator_said)
def mixed_whole_times_numerator(whole: int, n: int, d: int) -> Fraction:
    """2 3/4 → 10/4: whole × numerator + denominator, over the denominator."""
    return Fraction(whole * n + d, d)


@mechanism("mixed_ignores_whole", say=said.ignores_whole_said)
def mixed_ignores_whole(whole: int, n: int, d: int) -> Fraction:
    """2 3/4 → 3/4."""
    return Fraction(n, d)


@mechanism("divide_denominator_by_whole", say=said.divide_denominator_said, story=said.divide_denominator_story)
def divide_denominator_by_whole(n: int, d: int, whole: int) -> Fraction | None:
    """1/6 ÷ 2 → 1/3; None when the denominator does not divide exactly."""
    if d % whole:
        return None
    return Fraction(n, d // whole)


@mechanism("fraction_of_wrong_whole", say=said.wrong_whole_said)
def fraction_of_wrong_whole(amount: int, used: int, g: int) -> int | None:
    """£40, spend 1/4 (£10), then 1/2 of what is left → 40 − 10 − 20 = 10 (the right answer is 15)."""
    if amount % g:
        return None
    rest = amount - used - amount // g
    return rest if rest > 0 else None
