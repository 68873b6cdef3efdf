"""The equation gate: every relation written in an item's teaching text, found conservatively and checked exactly."""

# How a relation is found. The text is cut into clauses (at "; ", ": ", ", ", a full stop before a space or the
# end, "?", "!", a new line and " — "). A clause with a relation sign (= ≠ < > ≤ ≥) is a chain: the parts between
# the signs. The middle parts must be pure notation (digits, operators, brackets, fractions); the first part
# contributes the notation at its end and the last part the notation at its start. A chain is read only when what
# bounds it is a clause edge or a connective word from a short list ("so", "then", "and", …): a number bound by any
# other word or sign ("1/5 of 45", "3 r 2", "£24.05", "2.3 m", "Ben wrote …") is a relation the grammar does not
# understand, and is counted as not checkable, never guessed. Each link (a R b) is then evaluated with
# ks2practice.core.notation, exactly, with Fractions.

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from ks2practice.core.notation import NotationError, expression_value, format_ks2

RELATIONS = "=≠<>≤≥"
_MATH = set("0123456789 +-−–×÷*/.,()%²³⁰¹⁴⁵⁶⁷⁸⁹½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒^")
_ANY_RELATION = re.compile(f"[{RELATIONS}]")
_SPLIT = re.compile(f"([{RELATIONS}])")
_DIGIT = re.compile("[0-9½⅓⅔¼¾]")
_MATH_CLASS = "[" + re.escape("".join(sorted(_MATH))) + "]"
_ALL_MATH = re.compile(f"{_MATH_CLASS}*")
_MATH_TAIL = re.compile(f"{_MATH_CLASS}*\\Z")
_MATH_HEAD = re.compile(f"{_MATH_CLASS}*")
_CLAUSE = re.compile(r";\s|:\s|,\s|\.(?=\s|$)|[?!\n]|\s—\s")
# Words that may stand just before the first part of a chain, or just after its last, without belonging to it.
_BEFORE = frozenset(
    "so then and is gives makes because check answer since which means as but now first next that this it "
    "total sum difference product altogether left remaining start work working worth".split()
)
_AFTER = frozenset("so and because which since as then".split())
_WORD = re.compile(r"[^\s]+$")
_NEXT_WORD = re.compile(r"^\s*(\S+)")


@dataclass(frozen=True)
class Link:
    """One relation between two expressions, as written, with its truth and, when false, the two sides' values."""

    left: str
    relation: str
    right: str
    holds: bool
    values: tuple[str, str] | None = None  # the two sides' exact values, when the relation is false

    def describe(self) -> str:
        shown = f"{self.left} {self.relation} {self.right}"
        if self.values is None:
            return shown
        return f"{shown} is false: the left side is {self.values[0]} and the right side is {self.values[1]}"


@dataclass(frozen=True)
class Reading:
    """What the gate found in some text: the links it checked and how many relations it could not check."""

    links: tuple[Link, ...]
    not_checkable: int

    @property
    def breaches(self) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.holds is False)


def clauses(text: str) -> list[str]:
    """The text cut at clause boundaries (never inside a number: "12,345" and "2.5" stay whole)."""
    return [part for part in _CLAUSE.split(text) if part.strip()]


def _is_math(text: str) -> bool:
    return _ALL_MATH.fullmatch(text) is not None


def _math_tail(text: str) -> tuple[str, str]:
    """Split text into (the words before, the notation at its end); the spaces between go with the words."""
    tail = _MATH_TAIL.search(text).group()
    start = len(text) - len(tail.lstrip())
    return text[:start], text[start:]


def _math_head(text: str) -> tuple[str, str]:
    """Split text into (the notation at its start, the words after)."""
    end = _MATH_HEAD.match(text).end()
    return text[:end], text[end:]


def _bounded_before(words: str) -> bool:
    """Whether what stands before a chain's first expression leaves it whole: nothing, or a connective word."""
    if not words.strip():
        return True
    if not words[-1].isspace():  # glued to a sign or a letter: "£24.05", "5m", "x2"
        return False
    last = _WORD.search(words.rstrip())
    return last is not None and last.group().lower() in _BEFORE


def _bounded_after(words: str) -> bool:
    if not words.strip():
        return True
    if not words[0].isspace():
        return False
    following = _NEXT_WORD.match(words)
    return following is not None and following.group(1).lower() in _AFTER


def _trim_brackets(expression: str) -> str:
    """Drop an unmatched bracket left at either edge by cutting a chain out of its sentence."""
    text = expression.strip()
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip()
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip()
    return text


_PLAIN_WHOLE = re.compile(r"[0-9]{1,15}")  # a whole number with no commas: the grammar reads it as itself


@lru_cache(maxsize=8192)
def _value(expression: str) -> Fraction | None:
    if _PLAIN_WHOLE.fullmatch(expression):
        return Fraction(int(expression))
    if not any(char.isdigit() for char in expression) or "□" in expression:
        return None
    try:
        return expression_value(expression)
    except NotationError:
        return None


def _has_number(text: str) -> bool:
    return _DIGIT.search(text) is not None


def read(text: str) -> Reading:
    """Every relation in one piece of teaching text: the links checked and the number not checkable."""
    return _read(text) if _ANY_RELATION.search(text) else _NOTHING


_NOTHING = Reading((), 0)


@lru_cache(maxsize=8192)  # feedback lines and many steps recur word for word; the reading is a function of the text
def _read(text: str) -> Reading:
    links: list[Link] = []
    not_checkable = 0
    for clause in clauses(text):
        if not _ANY_RELATION.search(clause):
            continue
        pieces = _SPLIT.split(clause)
        parts, signs = pieces[0::2], pieces[1::2]
        if any(not _has_number(part) for part in parts) or "□" in clause or any(c in clause for c in "?☐▢"):
            continue  # not an equation between numbers: "X = 10", "□ = 56.8 ÷ 8", "Perimeter = …"
        before, first = _math_tail(parts[0])
        last, after = _math_head(parts[-1])
        sides = [first, *parts[1:-1], last] if len(parts) > 1 else [first]
        # A side is whole when it is a pure middle part, or an end part bounded by a clause edge or a connective.
        whole = [_bounded_before(before), *(_is_math(part) for part in parts[1:-1]), _bounded_after(after)]
        for i, sign in enumerate(signs):
            if not (whole[i] and whole[i + 1]):
                not_checkable += 1
                continue
            left, right = _trim_brackets(sides[i]), _trim_brackets(sides[i + 1])
            a, b = _value(left), _value(right)
            if a is None or b is None:
                not_checkable += 1
                continue
            holds = _holds(a, sign, b)
            values = None if holds else (format_ks2(a), format_ks2(b))
            links.append(Link(left, sign, right, holds, values))
    return Reading(tuple(links), not_checkable)


def _holds(a: Fraction, sign: str, b: Fraction) -> bool:
    return _COMPARE[sign](a, b)


_COMPARE = {"=": operator.eq, "≠": operator.ne, "<": operator.lt, ">": operator.gt, "≤": operator.le, "≥": operator.ge}
