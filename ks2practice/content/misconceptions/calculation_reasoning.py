"""Calculation reasoning mistakes: the verdict a child gives on a claim or a generalisation, from the item's numbers."""

from __future__ import annotations

from collections.abc import Sequence

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "one_example_generalised",
        "Generalises from one example",
        "They tried one example, found it true and said 'always'; one example cannot show always — look for a "
        "counter-example (try small numbers, 1, 2 and the even prime).",
    ),
    Misconception(
        "prime_means_odd",
        "Thinks every prime number is odd",
        "They forgot 2: it is prime (its only factors are 1 and 2) and it is even, the only even prime.",
    ),
    Misconception(
        "odd_add_odd_odd",
        "Thinks adding odd numbers gives an odd number",
        "They took 'odd + odd' to be odd; pair up the ones: each odd number has one left over, and the two left "
        "over make a pair, so the total is even.",
    ),
    Misconception(
        "remainder_dropped_in_context",
        "Ignores the remainder in a story",
        "They gave the quotient and left the remainder out; read the question: if everyone must fit, the remainder "
        "needs one more (round up); if only full ones count, it is left over (round down).",
    ),
    Misconception(
        "groups_rounded_down_then_costed",
        "Rounds the number of groups down, then carries on",
        "They rounded the number of minibuses (or tables, boxes) down, so some people were left behind, and used "
        "that in the next step; if everyone must fit, one more is needed.",
    ),
    Misconception(
        "accepts_left_to_right",
        "Works an expression from left to right",
        "They worked from left to right, so they judged the claim by the wrong value; multiply and divide before "
        "adding and subtracting, brackets first of all.",
    ),
    Misconception(
        "accepts_smaller_from_larger",
        "Accepts taking the smaller digit from the larger",
        "They agreed with an answer made by taking the smaller digit from the larger in each column; exchange from "
        "the next column instead, and check by adding the answer back.",
    ),
)


@mechanism("one_example_generalised")
def one_example_generalised(first_holds: bool) -> str:
    """A 'sometimes' statement judged from its first example only: 'always' if that example holds, else 'never'."""
    return "always" if first_holds else "never"


@mechanism("prime_means_odd")
def prime_means_odd(asked: str = "asn", odd_member: str = "2") -> str:
    """'A prime number is odd' judged 'always' (asn); in an odd one out of primes, 2 picked as the odd one."""
    return "always" if asked == "asn" else odd_member


@mechanism("odd_add_odd_odd")
def odd_add_odd_odd(verdict: str) -> str | None:
    """The verdict a child gives who believes odd + odd is odd: the given wrong verdict (None if there is none)."""
    return verdict or None


@mechanism("remainder_dropped_in_context")
def remainder_dropped_in_context(dividend: int, divisor: int, claimed: int) -> bool | None:
    """A claim that the answer is the bare quotient, judged true by a child who ignores the remainder."""
    return True if claimed == dividend // divisor and dividend % divisor else None


@mechanism("accepts_left_to_right")
def accepts_left_to_right(expression: Sequence[object], claimed: int) -> bool:
    """A claimed value of an expression judged by working left to right: true exactly when it matches that."""
    total = int(str(expression[0]))
    for i in range(1, len(expression), 2):
        sign, operand = expression[i], int(str(expression[i + 1]))
        total = total + operand if sign == "+" else total - operand if sign == "−" else total * operand
    return total == claimed


@mechanism("accepts_smaller_from_larger")
def accepts_smaller_from_larger(a: int, b: int, claimed: int) -> bool | None:
    """A claimed difference judged by taking the smaller digit from the larger in each column."""
    width = len(str(a))
    top, bottom = str(a).zfill(width), str(b).zfill(width)
    made = int("".join(str(abs(int(x) - int(y))) for x, y in zip(top, bottom, strict=True)))
    return made == claimed if made != a - b else None


@mechanism("groups_rounded_down_then_costed")
def groups_rounded_down_then_costed(people: int, size: int, cost: int, budget: int) -> int | None:
    """The money left when the groups needed (people ÷ size, a remainder left) are rounded down before costing."""
    return budget - (people // size) * cost if people % size else None
