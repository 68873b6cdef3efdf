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
        f"They gave {quotient}, the whole-number answer to {dividend} ÷ {divisor}, but the question asks how many are left "
        f"over: that is the remainder, {remainder}; ask 'what does the remainder stand for in the story?'"
    )


@mechanism("quotient_given_for_remainder", say=_quotient_said)
def quotient_given_for_remainder(dividend: int, divisor: int) -> int | None:
    """The whole-number quotient given for 'how many are left over?': 23 ÷ 5 → 4 (the engine's division)."""
    run = methods.divide(dividend, divisor)
    if dividend % divisor == 0:
        return None
    quotient = int(str(run.answer).split(" r ")[0])
    return None if quotient == dividend % divisor else quotient
