"""Misconceptions behind the reasoning items of fractions, decimals, percentages and ratio (issue #15)."""

from __future__ import annotations

from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "multiplying_makes_bigger",
        "Thinks multiplying always makes a number bigger",
        "They expected the product to be bigger than the number they started with; multiplying by a number less "
        "than 1 (a proper fraction, or a decimal such as 0.5) gives less — half of 8 is 4. Compare the multiplier "
        "with 1 first.",
    ),
    Misconception(
        "decimal_places_kept",
        "Expects a product to keep the decimal places of the decimal",
        "They expected a decimal times a whole number to have as many decimal places as the decimal; the last "
        "digits can make a whole number (0.25 × 4 is 1), so work the product out before counting its places.",
    ),
)


def _bigger_said(number: int | Fraction, factor: int | Fraction, claim_bigger: bool) -> str:
    return (
        f"They expected multiplying {number} by {factor} to make it bigger, as multiplying whole numbers does; "
        f"{factor} is {'less' if factor < 1 else 'more'} than 1, so the product is "
        f"{'less' if factor < 1 else 'more'} than {number}. Compare the multiplier with 1 first."
    )


@mechanism("multiplying_makes_bigger", say=_bigger_said)
def multiplying_makes_bigger(number: int | Fraction, factor: int | Fraction, claim_bigger: bool) -> str:
    """The verdict of a child who believes every product is bigger than the number multiplied: a statement that
    the product is bigger is 'always' true to them, one that it is smaller 'never' true."""
    del number, factor  # the belief ignores the numbers; they are the item's, for the feedback
    return "always" if claim_bigger else "never"


@mechanism("decimal_places_kept")
def decimal_places_kept(decimal: object, whole: int) -> str:
    """The verdict of a child who counts the decimal places of the decimal into every product: 'always'."""
    del decimal, whole
    return "always"
