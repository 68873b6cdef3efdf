"""Order of operations (brackets, then × and ÷, then + and −)."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation import explain_items as explain
from ks2practice.content.calculation.common import RANGES
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import hint, make, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Relation, Step, add, div, eq, group, mul, power, rel, sub

Worked = list[tuple[str, Relation]]
"""The worked steps: the words before each relation (× first:, then …), and the relation."""

Expression = tuple[str, list, Fraction, Worked]


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
            [("× first: ", eq(mul(b, c), b * c)), ("then ", eq(add(a, b * c), a + b * c))],
        )

    def take_product() -> Expression:
        a, b, c = r(20, 60), r(2, 6), r(2, 6)
        return (
            f"{a} − {b} × {c}",
            [a, "−", b, "×", c],
            Fraction(a - b * c),
            [("× first: ", eq(mul(b, c), b * c)), ("then ", eq(sub(a, b * c), a - b * c))],
        )

    def bracket_times() -> Expression:
        a, b, c = r(), r(), r(2, 6)
        return (
            f"({a} + {b}) × {c}",
            [[a, "+", b], "×", c],
            Fraction((a + b) * c),
            [("Brackets first: ", eq(add(a, b), a + b)), ("then ", eq(mul(a + b, c), (a + b) * c))],
        )

    def add_quotient() -> Expression:
        b, c, a = r(2, 9), r(2, 9), r()
        return (
            f"{a} + {b * c} ÷ {c}",
            [a, "+", b * c, "÷", c],
            Fraction(a + b),
            [("÷ first: ", eq(div(b * c, c), b)), ("then ", eq(add(a, b), a + b))],
        )

    def add_product_take() -> Expression:
        a, b, c, d = r(), r(2, 9), r(2, 9), r(1, 9)
        return (
            f"{a} + {b} × {c} − {d}",
            [a, "+", b, "×", c, "−", d],
            Fraction(a + b * c - d),
            [
                ("× first: ", eq(mul(b, c), b * c)),
                ("then from left to right: ", eq(add(a, b * c), a + b * c)),
                ("then ", eq(sub(a + b * c, d), a + b * c - d)),
            ],
        )

    def bracket_times_add() -> Expression:
        a, b, c, d = r(10, 30), r(2, 9), r(2, 6), r()
        return (
            f"({a} − {b}) × {c} + {d}",
            [[a, "−", b], "×", c, "+", d],
            Fraction((a - b) * c + d),
            [
                ("Brackets first: ", eq(sub(a, b), a - b)),
                ("then × : ", eq(mul(a - b, c), (a - b) * c)),
                ("then + : ", eq(add((a - b) * c, d), (a - b) * c + d)),
            ],
        )

    def quotient_plus_product() -> Expression:
        b, q, c, d = r(2, 9), r(2, 9), r(2, 9), r(2, 9)
        return (
            f"{b * q} ÷ {b} + {c} × {d}",
            [b * q, "÷", b, "+", c, "×", d],
            Fraction(q + c * d),
            [
                ("÷ first: ", eq(div(b * q, b), q)),
                ("× next: ", eq(mul(c, d), c * d)),
                ("then ", eq(add(q, c * d), q + c * d)),
            ],
        )

    def times_bracket_take() -> Expression:
        a, b, c, d = r(2, 9), r(2, 12), r(2, 12), r(1, 9)
        return (
            f"{a} × ({b} + {c}) − {d}",
            [a, "×", [b, "+", c], "−", d],
            Fraction(a * (b + c) - d),
            [
                ("Brackets first: ", eq(add(b, c), b + c)),
                ("then × : ", eq(mul(a, b + c), a * (b + c))),
                ("then − : ", eq(sub(a * (b + c), d), a * (b + c) - d)),
            ],
        )

    def add_square_times() -> Expression:
        a, b, c = r(), r(2, 9), r(2, 5)
        return (
            f"{a} + {b}² × {c}",
            [a, "+", b * b, "×", c],
            Fraction(a + b * b * c),
            [
                ("Powers first: ", eq(power(b, 2), b * b)),
                ("then × : ", eq(mul(b * b, c), b * b * c)),
                ("then + : ", eq(add(a, b * b * c), a + b * b * c)),
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
                ("Brackets first: ", eq(add(a, b), a + b)),
                ("then the power: ", eq(power(a + b, 2), (a + b) ** 2)),
                ("then − : ", eq(sub((a + b) ** 2, c), total)),
            ],
        )

    def divide_bracket_add() -> Expression:
        q, c, d, e = r(2, 12), r(2, 9), r(2, 9), r()
        return (
            f"{q * d * c} ÷ ({c} × {d}) + {e}",
            [q * d * c, "÷", [c, "×", d], "+", e],
            Fraction(q + e),
            [
                ("Brackets first: ", eq(mul(c, d), c * d)),
                ("then ÷ : ", eq(div(q * c * d, c * d), q)),
                ("then + : ", eq(add(q, e), q + e)),
            ],
        )

    def take_bracket_times() -> Expression:
        a, b, c, d = r(50, 150), r(2, 9), r(2, 9), r(2, 6)
        return (
            f"{a} − ({b} + {c}) × {d}",
            [a, "−", [b, "+", c], "×", d],
            Fraction(a - (b + c) * d),
            [
                ("Brackets first: ", eq(add(b, c), b + c)),
                ("then × : ", eq(mul(b + c, d), (b + c) * d)),
                ("then − : ", eq(sub(a, (b + c) * d), a - (b + c) * d)),
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
    return (
        "3 + 4 × 5",
        [3, "+", 4, "×", 5],
        Fraction(23),
        [("× first: ", eq(mul(4, 5), 20)), ("then ", eq(add(3, 20), 23))],
    )


def _said(worked: Worked) -> list[Step]:
    return [Step(words, relation) for words, relation in worked]


def _number(value: Fraction) -> int | Fraction:
    return value.numerator if value.denominator == 1 else value


@topic(
    "calculation.order_of_operations",
    title="Order of operations (brackets, then × and ÷, then + and −)",
    codes=("6C9", "5C8b"),
    styles=("fluency", "true_or_false", "compare", "missing_number", "same_different", "explain"),
)
def order_of_operations(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return explain.order_explain(rng, level)
    if style == "same_different":
        return _same_different(rng, level)
    text, tokens, value, worked = _expression(rng, level)
    wrong = mis.order_left_to_right(tokens)
    tip = "brackets first, then × and ÷, then + and − from left to right."
    steps: list[str] = [*_said(worked), f"So the value is {show(value)}."]
    if style == "fluency":
        answer = WholeNumber(int(value))
        prompt = f"Work out {text}." + hint(level, tip)
        whole = mis.order_left_to_right.on(tokens) if wrong.denominator == 1 else None
        return make(prompt, answer, steps, style, text, predicted=mis.predictions(answer, whole))
    if style == "true_or_false":
        claim = value if rng.random() < 0.4 or wrong.denominator != 1 or wrong < 0 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, tip)
        if claim == value:
            steps = [*_said(worked), f"So the value is {show(value)}: the statement is true."]
        else:
            verdict = rel(_number(value), "≠", _number(claim))
            steps = [*_said(worked), Step("So the value is ", verdict, ": the statement is false.")]
        return make(prompt, answer, steps, style, f"{text} = {show(claim)}")
    if style == "compare":
        other_text, _, other, other_worked = _expression(rng, level)
        if rng.random() < 0.2:
            other_text, other, other_worked = show(value), value, []
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {text} □ {other_text}" + hint(level, tip)
        side = "less than" if value < other else "greater than" if value > other else "equal to"
        steps = [
            Step(
                "Left: ",
                *(p for words, relation in worked for p in (words, relation, "; ")),
                f"so it is {show(value)}.",
            ),
            Step(
                "Right: ",
                *(p for words, relation in other_worked for p in (words, relation, "; ")),
                f"so it is {show(other)}." if other_worked else f"{show(other)}.",
            ),
            Step(
                f"So the left side is {side} the right: ",
                rel(_number(value), answer.sign, _number(other), restates=True),
                ".",
            ),
        ]
        return make(prompt, answer, steps, style, f"{text} □ {other_text}")
    numbers = [t for t in _flat(tokens) if isinstance(t, int)]
    target = rng.choice([n for n in numbers if text.count(str(n)) == 1] or numbers[:1])
    boxed = _replace_once(text, str(target))
    equation = f"{boxed} = {show(value)}"
    answer = WholeNumber(target)
    prompt = f"Find the missing number: {equation}" + hint(level, tip)
    check: list = [f"Check with {target} in the box: "]
    for words, relation in worked:
        check += [words[0].lower() + words[1:], relation, "; "]
    check[-1] = "."
    steps = [
        f"Work backwards, undoing the operations in reverse order ({tip[:-1]}).",
        Step(*check),
        f"So the missing number is {target}.",
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


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: a + b × c with and without brackets round the addition (or, at
    greater depth, brackets round the multiplication, which change nothing)."""
    a, b, c = rng.randint(2, 12), rng.randint(2, 9), rng.randint(2, 9)
    plain = add(a, mul(b, c))
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        other, other_text, same = add(a, group(mul(b, c))), f"{a} + ({b} × {c})", True
    else:
        other, other_text, same = mul(group(add(a, b)), c), f"({a} + {b}) × {c}", False
    plain_text = f"{a} + {b} × {c}"
    value, other_value = a + b * c, (a + b * c) if same else (a + b) * c
    steps = [
        Step(f"In {plain_text} the × comes first: ", eq(plain, add(a, b * c), value), "."),
        Step(f"In {other_text} the brackets come first: ", eq(other, other_value), "."),
    ]
    if same:
        statements = [
            ("The same value: the brackets are round the part that is worked out first anyway.", True),
            ("Different values, because one has brackets.", False),
            (f"{other_text} is bigger, because brackets make a number bigger.", False),
        ]
        check = f"{plain_text} = {other_text}"
    else:
        big = other_text if other_value > value else plain_text
        statements = [
            (f"The same numbers and signs, but the brackets change the order: {big} is bigger.", True),
            ("The same value, because they have the same numbers and signs.", False),
            ("The same value, because you always work from left to right.", False),
        ]
        check = f"{other_text} {'>' if other_value > value else '<'} {plain_text}"
    pair = f"{plain_text} and {other_text}" if rng.random() < 0.5 else f"{other_text} and {plain_text}"
    return same_different(rng, pair, statements, steps, check)
