"""Order of operations (brackets, then × and ÷, then + and −)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.common import RANGES
from ks2practice.content.wording import hint, make, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

if TYPE_CHECKING:
    from ks2practice.content.calculation.common import Expression


def _expression(rng: random.Random, level: Level) -> Expression:
    """An expression as shown, its left-to-right reading (for the misconception), its value and steps."""
    low, high = RANGES["order_of_operations"][int(level)]["numbers"]  # type: ignore[misc]

    def r(lo: int = low, hi: int = high) -> int:
        return rng.randint(lo, hi)

    def add_product() -> Expression:
        a, b, c = r(), r(2, 9), r(2, 9)
        return (
            f"{a} + {b} × {c}",
            [a, "+", b, "×", c],
            Fraction(a + b * c),
            [f"× first: {b} × {c} = {b * c}", f"then {a} + {b * c} = {a + b * c}"],
        )

    def take_product() -> Expression:
        a, b, c = r(20, 60), r(2, 6), r(2, 6)
        return (
            f"{a} − {b} × {c}",
            [a, "−", b, "×", c],
            Fraction(a - b * c),
            [f"× first: {b} × {c} = {b * c}", f"then {a} − {b * c} = {a - b * c}"],
        )

    def bracket_times() -> Expression:
        a, b, c = r(), r(), r(2, 6)
        return (
            f"({a} + {b}) × {c}",
            [[a, "+", b], "×", c],
            Fraction((a + b) * c),
            [f"Brackets first: {a} + {b} = {a + b}", f"then {a + b} × {c} = {(a + b) * c}"],
        )

    def add_quotient() -> Expression:
        b, c, a = r(2, 9), r(2, 9), r()
        return (
            f"{a} + {b * c} ÷ {c}",
            [a, "+", b * c, "÷", c],
            Fraction(a + b),
            [f"÷ first: {b * c} ÷ {c} = {b}", f"then {a} + {b} = {a + b}"],
        )

    def add_product_take() -> Expression:
        a, b, c, d = r(), r(2, 9), r(2, 9), r(1, 9)
        return (
            f"{a} + {b} × {c} − {d}",
            [a, "+", b, "×", c, "−", d],
            Fraction(a + b * c - d),
            [
                f"× first: {b} × {c} = {b * c}",
                f"then from left to right: {a} + {b * c} = {a + b * c}, {a + b * c} − {d} = {a + b * c - d}",
            ],
        )

    def bracket_times_add() -> Expression:
        a, b, c, d = r(10, 30), r(2, 9), r(2, 6), r()
        return (
            f"({a} − {b}) × {c} + {d}",
            [[a, "−", b], "×", c, "+", d],
            Fraction((a - b) * c + d),
            [
                f"Brackets first: {a} − {b} = {a - b}",
                f"then × : {a - b} × {c} = {(a - b) * c}",
                f"then + : {(a - b) * c} + {d} = {(a - b) * c + d}",
            ],
        )

    def quotient_plus_product() -> Expression:
        b, q, c, d = r(2, 9), r(2, 9), r(2, 9), r(2, 9)
        return (
            f"{b * q} ÷ {b} + {c} × {d}",
            [b * q, "÷", b, "+", c, "×", d],
            Fraction(q + c * d),
            [
                f"÷ and × first: {b * q} ÷ {b} = {q} and {c} × {d} = {c * d}",
                f"then {q} + {c * d} = {q + c * d}",
            ],
        )

    def times_bracket_take() -> Expression:
        a, b, c, d = r(2, 9), r(2, 12), r(2, 12), r(1, 9)
        return (
            f"{a} × ({b} + {c}) − {d}",
            [a, "×", [b, "+", c], "−", d],
            Fraction(a * (b + c) - d),
            [
                f"Brackets first: {b} + {c} = {b + c}",
                f"then × : {a} × {b + c} = {a * (b + c)}",
                f"then − : {a * (b + c)} − {d} = {a * (b + c) - d}",
            ],
        )

    def add_square_times() -> Expression:
        a, b, c = r(), r(2, 9), r(2, 5)
        return (
            f"{a} + {b}² × {c}",
            [a, "+", b * b, "×", c],
            Fraction(a + b * b * c),
            [
                f"Powers first: {b}² = {b * b}",
                f"then × : {b * b} × {c} = {b * b * c}",
                f"then + : {a} + {b * b * c} = {a + b * b * c}",
            ],
        )

    def bracket_squared() -> Expression:
        a, b, c = r(2, 9), r(2, 6), r(1, 30)
        total = (a + b) ** 2 - c
        return (
            f"({a} + {b})² − {c}",
            [[a, "+", b], "×", a + b, "−", c],
            Fraction(total),
            [
                f"Brackets first: {a} + {b} = {a + b}",
                f"then the power: {a + b}² = {(a + b) ** 2}",
                f"then − : {(a + b) ** 2} − {c} = {total}",
            ],
        )

    def divide_bracket_add() -> Expression:
        q, c, d, e = r(2, 12), r(2, 9), r(2, 9), r()
        return (
            f"{q * d * c} ÷ ({c} × {d}) + {e}",
            [q * d * c, "÷", [c, "×", d], "+", e],
            Fraction(q + e),
            [
                f"Brackets first: {c} × {d} = {c * d}",
                f"then ÷ : {q * c * d} ÷ {c * d} = {q}",
                f"then + : {q} + {e} = {q + e}",
            ],
        )

    def take_bracket_times() -> Expression:
        a, b, c, d = r(50, 150), r(2, 9), r(2, 9), r(2, 6)
        return (
            f"{a} − ({b} + {c}) × {d}",
            [a, "−", [b, "+", c], "×", d],
            Fraction(a - (b + c) * d),
            [
                f"Brackets first: {b} + {c} = {b + c}",
                f"then × : {b + c} × {d} = {(b + c) * d}",
                f"then − : {a} − {(b + c) * d} = {a - (b + c) * d}",
            ],
        )

    templates = {
        1: (add_product, take_product, bracket_times, add_quotient),
        2: (add_product_take, bracket_times_add, quotient_plus_product, times_bracket_take),
        3: (add_square_times, bracket_squared, divide_bracket_add, take_bracket_times),
    }[int(level)]
    for _ in range(50):
        text, tokens, value, steps = rng.choice(templates)()
        if value > 0 and mis.order_left_to_right(tokens) != value:
            return text, tokens, value, steps
    return "3 + 4 × 5", [3, "+", 4, "×", 5], Fraction(23), ["× first: 4 × 5 = 20", "then 3 + 20 = 23"]


@topic(
    "calculation.order_of_operations",
    title="Order of operations (brackets, then × and ÷, then + and −)",
    codes=("6C9", "5C8b"),
    styles=("fluency", "true_or_false", "compare", "missing_number"),
)
def order_of_operations(rng: random.Random, level: Level, style: str) -> Item:
    text, tokens, value, worked = _expression(rng, level)
    wrong = mis.order_left_to_right(tokens)
    tip = "brackets first, then × and ÷, then + and − from left to right."
    steps = [*worked, f"So {text} = {show(value)}"]
    if style == "fluency":
        answer = WholeNumber(int(value))
        prompt = f"Work out {text}." + hint(level, tip)
        return make(
            prompt,
            answer,
            steps,
            style,
            text,
            predicted=mis.predictions(answer, ("order_left_to_right", wrong if wrong.denominator == 1 else None)),
        )
    if style == "true_or_false":
        claim = value if rng.random() < 0.4 or wrong.denominator != 1 or wrong < 0 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, tip)
        steps = [*steps, f"So the statement is {truth_word(claim == value)}."]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{text} = {show(claim)}",
            predicted=mis.predictions(answer, ("order_left_to_right", True if claim != value else None)),
        )
    if style == "compare":
        other_text, _, other, _ = _expression(rng, level)
        if rng.random() < 0.2:
            other_text, other = show(value), value
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {text} □ {other_text}" + hint(level, tip)
        steps = [
            f"{text} = {show(value)}",
            f"{other_text} = {show(other)}",
            f"So the left side is "
            f"{'less than' if value < other else 'greater than' if value > other else 'equal to'} the right: "
            f"{answer.sign}",
        ]
        return make(prompt, answer, steps, style, f"{text} □ {other_text}")
    numbers = [t for t in _flat(tokens) if isinstance(t, int)]
    target = rng.choice([n for n in numbers if text.count(str(n)) == 1] or numbers[:1])
    boxed = _replace_once(text, str(target))
    equation = f"{boxed} = {show(value)}"
    answer = WholeNumber(target)
    prompt = f"Find the missing number: {equation}" + hint(level, tip)
    steps = [
        f"Work backwards, undoing the operations in reverse order ({tip[:-1]}).",
        f"Check: with □ = {target}, " + "; ".join(worked),
        f"So □ = {target}",
    ]
    return make(prompt, answer, steps, style, equation)


def _flat(tokens: Sequence[object]) -> list[object]:
    out: list[object] = []
    for t in tokens:
        out.extend(_flat(t) if isinstance(t, list) else [t])  # type: ignore[arg-type]
    return out


def _replace_once(text: str, number: str) -> str:
    """Replace the one whole number `number` in the text with □."""
    return re.sub(rf"(?<![\d]){number}(?![\d²³])", "□", text, count=1)
