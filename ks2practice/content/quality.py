"""Degenerate-item detectors (× 1, + 0, a whole-number fraction, a stray remainder) and topics' exceptions."""

# Each detector reads the item's ``check`` (our KS2 notation) and, for the trivial operations, the prompt too:
# a trivial operation counts only when the check holds it AND the prompt shows it to the pupil. Checks are often
# written as a derivation ("2 × 100 + 5 × 10 + 9 × 1" for the number 259 made from digit cards, "0 + 4 × (1000 −
# 0) ÷ 10" for the 4th mark on a line from 0), where a 1 or 0 is structure, not the question; a prompt such as
# "What is 37 × 1?" is the degenerate case. Numbers are read whole ("10 × 10" has no "× 1" in it).
#
# A topic that really means one of these (say "n × 1 = n" as the fact being taught) declares it where it is
# registered, with a reason a reviewer can read:
#
#     @quality.allow("times_one", reason="the multiplicative identity is the objective: 4C6b")
#     @topic("calculation.multiply_by_one_and_zero", ...)
#
# and the registry-wide gates (tests/test_registry_gates.py) skip that detector for that topic only.

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from ks2practice.answers.kinds import Comparison, FractionAnswer, Measure, Money, WholeNumber

KINDS = {
    "times_one": "× 1 (or 1 ×)",
    "times_zero": "× 0 (or 0 ×)",
    "add_zero": "+ 0 (or 0 +)",
    "subtract_zero": "− 0",
    "divide_by_one": "÷ 1",
    "whole_fraction": "a fraction answer that is a whole number",
    "remainder": "a remainder where none is meant (or a zero one where one is meant)",
}
"""The detectors, by name, with what each finds."""

# A number as written in a check or a prompt: 12,345, 2.5, 3/4, 2 1/3 (read as one number, not 2 and 1/3).
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?: \d+/\d+(?!\d)|/\d+)?"
_TOKEN = re.compile(rf"(?P<number>{NUMBER})|(?P<op>[×÷+\-−*^%]|\bof\b)|(?P<other>[^\s\d])")
_REMAINDER_WORDS = re.compile(r"remainder|left over|leftover|\br \d|round|estimate|nearest|fraction|decimal", re.I)
# A ÷ in a check is often a fraction ("1 ÷ 2 = □ ÷ 100" for 1/2 = □%), so an uneven division only counts when
# the prompt is about dividing: it shows ÷ or talks of sharing or grouping.
_DIVIDING_WORDS = re.compile(
    r"÷|\bshare|\bdivide|\bsplit|equal (?:groups|parts|pieces)|\b(?:packs|boxes|bags|groups|rows|teams) of", re.I
)
_ZERO_REMAINDER = re.compile(r"\br 0\b|remainder 0\b|remainder of 0\b")
_LEFT_OVER_ASKED = re.compile(r"how many .{0,40}left over|what is the remainder", re.I)


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "", m.group()) for m in _TOKEN.finditer(text)]


def value_of(number: str) -> Fraction:
    """The exact value of a number as written: "12,345", "2.5", "3/4" or "2 1/3"."""
    text = number.replace(",", "")
    if " " in text:
        whole, part = text.split(" ")
        return int(whole) + Fraction(part)
    return Fraction(text)


def _trivial(text: str) -> set[str]:
    """The trivial operations in a text, each between two numbers written out (never inside a bigger number)."""
    tokens = _tokens(text)
    found: set[str] = set()
    for i, (kind, op) in enumerate(tokens):
        if kind != "op" or not 0 < i < len(tokens) - 1:
            continue
        left = value_of(tokens[i - 1][1]) if tokens[i - 1][0] == "number" else None
        right = value_of(tokens[i + 1][1]) if tokens[i + 1][0] == "number" else None
        if op in "×*" and 1 in (left, right):
            found.add("times_one")
        if op in "×*" and 0 in (left, right):
            found.add("times_zero")
        if op == "+" and 0 in (left, right):
            found.add("add_zero")
        if op in "-−" and right == 0:
            found.add("subtract_zero")
        if op == "÷" and right == 1:
            found.add("divide_by_one")
    return found


def _inexact_division(check: str) -> bool:
    """A division of two whole numbers written out in the check that leaves a remainder.

    Only a ÷ whose operands really are those two numbers counts: not after × or ÷ (4 × 3 ÷ 6 is 12 ÷ 6), and not
    before a power or %.
    """
    tokens = _tokens(check)
    for i in range(1, len(tokens) - 1):
        if tokens[i] != ("op", "÷") or tokens[i - 1][0] != "number" or tokens[i + 1][0] != "number":
            continue
        before = tokens[i - 2][1] if i >= 2 else ""
        after = tokens[i + 2][1] if i + 2 < len(tokens) else ""
        if before in ("×", "*", "÷", "of", "^") or after in ("^", "%"):
            continue
        a, b = value_of(tokens[i - 1][1]), value_of(tokens[i + 1][1])
        if a.denominator == b.denominator == 1 and b and (a / b).denominator != 1:
            return True
    return False


def degenerate(item: Any) -> tuple[str, ...]:
    """The names of every detector (see KINDS) that finds this item (an Item or a Question) degenerate."""
    check = item.check
    answer = item.answer
    if isinstance(answer, Comparison):
        check = check.replace("□", "=")  # a comparison's box is where the sign goes
    found = _trivial(check) & _trivial(item.prompt)
    if isinstance(answer, FractionAnswer) and Fraction(answer.value).denominator == 1:
        found.add("whole_fraction")
    words = " ".join((item.prompt, *item.solution))
    dividing = _DIVIDING_WORDS.search(item.prompt) and not _REMAINDER_WORDS.search(words)
    if isinstance(answer, WholeNumber) and dividing and _inexact_division(check):
        found.add("remainder")
    if _ZERO_REMAINDER.search(item.prompt):
        found.add("remainder")
    numeric = answer.numeric() if isinstance(answer, WholeNumber | Money | Measure) else None
    if numeric == 0 and _LEFT_OVER_ASKED.search(item.prompt):
        found.add("remainder")
    return tuple(sorted(found))


def allow(*kinds: str, reason: str) -> Callable[[Any], Any]:
    """Declare, beside a topic's registration, detectors that legitimately fire for it (with the reason why)."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise ValueError(f"unknown or no degenerate kinds {unknown}; kinds are: {', '.join(KINDS)}")
    if not reason.strip():
        raise ValueError("say why the topic needs this exception")

    def mark(fn: Any) -> Any:
        allowed = dict(getattr(fn, "quality_exceptions", {}))
        allowed.update(dict.fromkeys(kinds, reason))
        fn.quality_exceptions = allowed
        return fn

    return mark


def exceptions(entry: Any) -> dict[str, str]:
    """The detectors a registered topic has declared legitimate, each with its reason."""
    return dict(getattr(entry.function, "quality_exceptions", {}))


def problems(question: Any, entry: Any) -> tuple[str, ...]:
    """The degenerate findings for a question from this topic, less the ones the topic has declared legitimate."""
    allowed = exceptions(entry)
    return tuple(k for k in degenerate(question) if k not in allowed)
