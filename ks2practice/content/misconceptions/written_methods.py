"""Misconceptions of the written methods that the older entries do not name: their entries and mechanisms."""

from __future__ import annotations

from ks2practice.content import methods
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "quotient_given_for_remainder",
        "Gives the quotient when the question asks what is left over",
        "They gave how many in each group (the quotient) when the question asks how many are left over; "
        "ask 'what does the remainder stand for in the story?'",
    ),
)


def _quotient_said(dividend: int, divisor: int) -> str:
    quotient, remainder = divmod(dividend, divisor)
    return (
        f"They gave {quotient}, the whole-number answer to {dividend} ÷ {divisor}, but the question asks how many "
        f"are left over: that is the remainder, {remainder}; ask 'what does the remainder stand for in the story?'"
    )


@mechanism("quotient_given_for_remainder", say=_quotient_said)
def quotient_given_for_remainder(dividend: int, divisor: int) -> int | None:
    """The whole-number quotient given for 'how many are left over?': 23 ÷ 5 → 4 (the engine's division)."""
    run = methods.divide(dividend, divisor)
    if dividend % divisor == 0:
        return None
    quotient = int(str(run.answer).split(" r ")[0])
    return None if quotient == dividend % divisor else quotient


register(
    Misconception(
        "divides_instead_of_multiplying",
        "Divides again for a missing number that needs multiplying",
        "For □ ÷ 4 = 12 they divided again (12 ÷ 4) instead of using the inverse, multiplying; "
        "draw a bar model to see that the missing number is the whole: 4 groups of 12.",
    ),
)


@mechanism("divides_instead_of_multiplying")
def divides_instead_of_multiplying(quotient: int, divisor: int) -> int | None:
    """For □ ÷ divisor = quotient, the quotient divided again: □ ÷ 4 = 12 → 3 (only when it divides exactly)."""
    if quotient % divisor:
        return None
    return quotient // divisor
