"""How hard a generated item is: an exact, comparable score built from its features (issue #15)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ks2practice.core.model import Item, Question
from ks2practice.core.steps import Group, Num, Op, Relation, Step

# How much reasoning a style asks for beyond the arithmetic in it (design.md §4, NCETM mastery styles): recalling or
# working out a value asks least; judging a claim, comparing, finding the box, a story to model, a mistake to find,
# an explanation or a generalisation ask more. Within one topic and style this is a constant, so levels climb only
# on the number features below.
STYLE_DEMAND = {
    "fluency": 0,
    "true_or_false": 1,
    "compare": 2,
    "missing_number": 2,
    "variation": 3,
    "word_problem": 3,
    "odd_one_out": 4,
    "same_different": 4,
    "spot_the_mistake": 4,
    "two_step_word_problem": 5,
    "explain": 5,
    "always_sometimes_never": 6,
}

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*/\s*(\d+))?")


@dataclass(frozen=True)
class Features:
    """What makes an item hard, counted exactly; ``score`` weighs them into one whole number."""

    digits: int  # significant digits in the longest number the item works with
    size: int  # binary digits of the whole part of the largest number: finer than its decimal digits, so that the
    # problem-size effect shows (7 × 8 = 56 is harder to recall than 3 × 4 = 12)
    carries: int  # carries and exchanges in the +, − and × the worked solution does
    relations: int  # relations the worked solution states (each one a step of working)
    lines: int  # lines of worked solution
    denominator: int  # the largest denominator (1: no fractions)
    places: int  # the most decimal places in any number
    style: int  # reasoning demand of the style (STYLE_DEMAND)
    hinted: bool  # the prompt carries a scaffold (level 1 hints)
    depth: bool = False  # the generator names a greater-depth demand its numbers do not show (Item.depth)
    negative: bool = False  # the item works with a negative number (below zero, four quadrants)
    grain: int = 0  # how finely the key is read: 0 a multiple of 10, 1 of 5, 2 neither (a clock to the minute, an
    # angle to the degree, a scale between its marks); None-numeric keys count 0

    @property
    def score(self) -> int:
        denominators = 0 if self.denominator == 1 else min(self.denominator, 100).bit_length()
        return (
            2 * self.digits
            + self.size
            + 2 * self.carries
            + 2 * min(self.relations, 8)
            + min(self.lines, 8)
            + 2 * denominators
            + 3 * self.places
            + 2 * self.style
            + 10 * self.depth  # as much as five steps of style demand: an unfamiliar twist is a reasoning demand
            + 3 * self.negative
            + self.grain
            - (3 if self.hinted else 0)
        )


def difficulty(item: Item | Question) -> int:
    """The item's difficulty score: larger is harder; equal items score the same in every process."""
    return features(item).score


def features(item: Item | Question) -> Features:
    """The counted features of one item (see Features)."""
    if isinstance(item, Question):
        item = item.item
    values: list[Fraction | int | Decimal] = []
    ops: set[tuple[str, object, object]] = set()
    relations = 0
    for line in item.solution:
        if isinstance(line, Step):
            for relation in line.relations:
                relations += 1
                _walk(relation, values, ops)
    digits = size = places = 0
    denominator = 1
    for text in _numbers(item.check):
        values.append(text)
    for value in values:
        d, s, p, den = _measure(value)
        digits, size, places, denominator = max(digits, d), max(size, s), max(places, p), max(denominator, den)
    carries = sum(_carries(op, a, b) for op, a, b in ops)
    return Features(
        digits=digits,
        size=size,
        carries=carries,
        relations=relations,
        lines=len(item.solution),
        denominator=denominator,
        places=places,
        style=STYLE_DEMAND.get(item.style, 0),
        hinted="(Hint:" in item.prompt,
        depth=bool(item.depth),
        negative=any(v < 0 for v in values) or bool(_NEGATIVE.search(f"{item.check} {_key(item)}")),
        grain=_grain(item),
    )


_NEGATIVE = re.compile(r"−\d")  # a minus sign written against its digits is a negative number; "5 − 3" is spaced


def _key(item: Item) -> str:
    return item.answer.format() if item.answer is not None else ""


def _grain(item: Item) -> int:
    """0 when the key is a multiple of 10, 1 of 5, else 2; a time of day by its minutes, anything else 0."""
    minutes = getattr(item.answer, "minutes", None)
    value = minutes % 60 if isinstance(minutes, int) else getattr(item.answer, "value", None)
    if isinstance(value, bool) or not isinstance(value, int | Decimal | Fraction):
        return 0
    if isinstance(value, Decimal | Fraction) and value != int(value):
        return 2
    whole = abs(int(value))
    return 0 if whole % 10 == 0 else 1 if whole % 5 == 0 else 2


def _walk(node: object, values: list, ops: set) -> None:
    if isinstance(node, Relation):
        for part in node.parts:
            _walk(part, values, ops)
    elif isinstance(node, Num):
        values.append(node.value if node.over is None else Fraction(int(node.value * node.over), node.over))
    elif isinstance(node, Group):
        _walk(node.inner, values, ops)
    elif isinstance(node, Op):
        if node.op in ("+", "−", "×"):
            left, right = _plain(node.left), _plain(node.right)
            if left is not None and right is not None:
                ops.add((node.op, left, right))
        _walk(node.left, values, ops)
        _walk(node.right, values, ops)


def _plain(node: object) -> int | Decimal | None:
    """The value of a sum, difference or product of whole numbers and decimals (None for anything else), so that a
    chain 14 × 11 × 5 counts the carries of 154 × 5 as well as those of 14 × 11."""
    if isinstance(node, Group):
        return _plain(node.inner)
    if isinstance(node, Num):
        value = node.value
        if isinstance(value, Fraction):
            return value.numerator if value.denominator == 1 else None
        return value
    if isinstance(node, Op) and node.op in ("+", "−", "×"):
        left, right = _plain(node.left), _plain(node.right)
        if left is None or right is None:
            return None
        return left + right if node.op == "+" else left - right if node.op == "−" else left * right
    return None


def _numbers(text: str) -> list[Fraction | int | Decimal]:
    """The numbers written in a KS2 expression: 1,234, 0.719, 3/4 (kept as written)."""
    found: list[Fraction | int | Decimal] = []
    for whole, point, over in _NUMBER.findall(text or ""):
        whole = whole.replace(",", "")
        if over:
            if int(over):
                found.append(Fraction(int(whole), int(over)) if not point else Decimal(f"{whole}.{point}"))
        elif point:
            found.append(Decimal(f"{whole}.{point}"))
        else:
            found.append(int(whole))
    return found


def _measure(value: Fraction | int | Decimal) -> tuple[int, int, int, int]:
    """(significant digits, digits before the point, decimal places, denominator) of one number."""
    if isinstance(value, Fraction):
        if value.denominator == 1:
            value = value.numerator
        else:
            top = abs(value.numerator) % value.denominator
            whole = abs(value.numerator) // value.denominator
            return len(str(top)) + len(str(whole or "")), whole.bit_length(), 0, value.denominator
    if isinstance(value, Decimal):
        _, digits, exponent = value.normalize().as_tuple()
        places = max(0, -int(exponent)) if isinstance(exponent, int) else 0
        whole = abs(int(value))
        return len(digits), whole.bit_length(), places, 1
    whole = abs(int(value))
    significant = len(str(whole).rstrip("0")) or 1
    return significant, whole.bit_length(), 0, 1


def _column(value: object) -> tuple[int, ...] | None:
    """Digits of a non-negative whole or decimal number at fixed places (thousandths), least significant first."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        return None
    if value < 0:
        return None
    scaled = int(Decimal(value) * 1000)
    return tuple(int(c) for c in reversed(str(scaled)))


def _carries(op: str, a: object, b: object) -> int:
    """Carries in a column addition, exchanges in a column subtraction, carries in a short multiplication."""
    x, y = _column(a), _column(b)
    if x is None or y is None:
        return 0
    if op == "+":
        count = carry = 0
        for i in range(max(len(x), len(y))):
            total = (x[i] if i < len(x) else 0) + (y[i] if i < len(y) else 0) + carry
            carry = total >= 10
            count += carry
        return count
    if op == "−":
        if a < b:  # type: ignore[operator]
            x, y = y, x
        count = borrow = 0
        for i in range(len(x)):
            top = x[i] - borrow - (y[i] if i < len(y) else 0)
            borrow = top < 0
            count += borrow
        return count
    # ×: a whole-number fact by a digit carries in each column; a product of two longer numbers has a grid of them
    a_digits = [d for d in _int_digits(a)]
    b_digits = [d for d in _int_digits(b)]
    if not a_digits or not b_digits:
        return 0
    count = 0
    for digit in b_digits:
        carry = 0
        for top in a_digits:
            carry = (top * digit + carry) // 10
            count += carry > 0
    return count


def _int_digits(value: object) -> list[int]:
    """Non-zero-trailing digits of a number as a multiplier sees them (0.7 × 3 multiplies 7 by 3), last first."""
    if isinstance(value, Decimal):
        value = int(value.normalize().scaleb(-value.normalize().as_tuple().exponent))  # type: ignore[operator]
    if not isinstance(value, int) or value <= 0:
        return []
    return [int(c) for c in reversed(str(value).rstrip("0") or "0")]
