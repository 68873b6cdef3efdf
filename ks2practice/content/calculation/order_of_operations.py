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
from ks2practice.core.steps import (
    Expr,
    Group,
    Num,
    Op,
    Relation,
    Step,
    add,
    div,
    eq,
    group,
    mul,
    power,
    rel,
    render,
    sub,
)

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
    """What's the same, what's different: a + b × c with and without brackets round the addition; at level 2 the
    brackets move in a pair with −, ÷ or a product first; at greater depth four numbers and three operations, where
    the brackets may change nothing or a sum be multiplied, taken away or divided out part by part."""
    if level != Level.WORKING_TOWARDS:
        return _pair_same_different(rng, level)
    a, b, c = rng.randint(2, 12), rng.randint(2, 9), rng.randint(2, 9)
    plain, other = add(a, mul(b, c)), mul(group(add(a, b)), c)
    plain_text, other_text = f"{a} + {b} × {c}", f"({a} + {b}) × {c}"
    value, other_value = a + b * c, (a + b) * c  # the brackets always make it bigger here: c is at least 2
    steps = [
        Step(f"In {plain_text} the × comes first: ", eq(plain, add(a, b * c), value), "."),
        Step(f"In {other_text} the brackets come first: ", eq(other, other_value), "."),
    ]
    statements = [
        (f"The same numbers and signs, but the brackets change the order: {other_text} is bigger.", True),
        ("The same value, because they have the same numbers and signs.", False),
        ("The same value, because you always work from left to right.", False),
    ]
    check = f"{other_text} > {plain_text}"
    pair = f"{plain_text} and {other_text}" if rng.random() < 0.5 else f"{other_text} and {plain_text}"
    return same_different(rng, pair, statements, steps, check)


_LABEL = {"^": "the power"}


def _worked(expr: Expr) -> tuple[int, list]:
    """An expression's value and its working, one relation for each operation in the order they are done:
    brackets, then powers, then × and ÷, then + and − from left to right (the shape of the tree is that order)."""
    parts: list = []

    def walk(node: Expr, bracketed: bool = False) -> int:
        if isinstance(node, Num):
            return int(node.value)
        if isinstance(node, Group):
            return walk(node.inner, True)
        assert isinstance(node, Op)
        left, right = walk(node.left), walk(node.right)
        value = {
            "+": lambda: left + right,
            "−": lambda: left - right,
            "×": lambda: left * right,
            "÷": lambda: left // right,
            "^": lambda: left**right,
        }[node.op]()
        assert value >= 0 and (node.op != "÷" or left % right == 0), node
        label = "brackets" if bracketed else _LABEL.get(node.op, node.op)
        if parts:
            words = f"then {label}: "
        else:
            words = "from left to right: " if label in ("+", "−") else f"{label} first: "
        parts.extend([words, eq(Op(node.op, Num(left), Num(right)), value), "; "])
        return value

    return walk(expr), parts[:-1]


def _level_two_pair(rng: random.Random) -> tuple[Expr, Expr]:
    """Two operations, the brackets moving which is done first: −, ÷ or a product first (level 2)."""

    def r(lo: int, hi: int) -> int:
        return rng.randint(lo, hi)

    shape = rng.choice(("take", "divide", "times_add", "times_take"))
    if shape == "take":
        b, c = r(2, 9), r(2, 9)
        a = b * c + r(1, 20)
        return sub(a, mul(b, c)), mul(group(sub(a, b)), c)
    if shape == "divide":
        c = r(2, 9)
        a, b = c * r(2, 9), c * r(2, 9)
        return add(a, div(b, c)), div(group(add(a, b)), c)
    a, b = r(2, 9), r(6, 20)
    if shape == "times_add":
        c = r(2, 20)
        return add(mul(a, b), c), mul(a, group(add(b, c)))
    c = r(2, b - 1)
    return sub(mul(a, b), c), mul(a, group(sub(b, c)))


_SAME_BECAUSE = {
    "anyway": "the brackets are round the part that is worked out first anyway",
    "distribute": "multiplying each part of a sum and adding gives the same as multiplying the sum",
    "divide": "dividing by a product is the same as dividing by each of its factors in turn",
    "take_sum": "taking away a sum is the same as taking away each of its parts",
}


def _depth_pair(rng: random.Random) -> tuple[Expr, Expr, str]:
    """Four numbers and three operations (greater depth): brackets that change nothing, a sum multiplied, divided
    out or taken away part by part (the same value), or brackets that change the order, take away both numbers or
    square a sum (different values). The third element names which."""

    def r(lo: int, hi: int) -> int:
        return rng.randint(lo, hi)

    shape = rng.choice(("anyway", "distribute", "divide", "take_sum", "order", "take_both", "square"))
    if shape == "anyway":
        a, b, c, d = r(11, 60), r(3, 12), r(11, 30), r(2, 30)
        return sub(add(a, group(mul(b, c))), d), sub(add(a, mul(b, c)), d), shape
    if shape == "distribute":
        a, b, c, d = r(3, 9), r(11, 30), r(11, 30), r(2, 30)
        return sub(mul(a, group(add(b, c))), d), sub(add(mul(a, b), mul(a, c)), d), shape
    if shape == "divide":
        b, c, d = r(2, 9), r(2, 9), r(2, 30)
        a = b * c * r(2, 12)
        return add(div(a, group(mul(b, c))), d), add(div(div(a, b), c), d), shape
    if shape in ("take_sum", "take_both"):
        b, c, d = r(11, 30), r(11, 30), r(11, 30)
        a = b + c + r(11, 99)
        other = sub(sub(a, b), c) if shape == "take_sum" else add(sub(a, b), c)
        return add(sub(a, group(add(b, c))), d), add(other, d), shape
    if shape == "order":
        a, b, c = r(2, 30), r(2, 12), r(6, 30)
        d = r(2, c - 1)
        return sub(add(a, mul(b, c)), d), add(a, mul(b, group(sub(c, d)))), shape
    a, b = r(2, 12), r(2, 12)
    c = r(2, min(30, a * a + b * b - 1))
    return sub(power(group(add(a, b)), 2), c), sub(add(power(a, 2), power(b, 2)), c), shape


def _pair_same_different(rng: random.Random, level: Level) -> Item:
    """Same or different: two expressions whose brackets sit differently (levels 2 and 3), worked in full."""
    if level == Level.GREATER_DEPTH:
        first, second, shape = _depth_pair(rng)
    else:
        (first, second), shape = _level_two_pair(rng), "order"
    texts = [render(first), render(second)]
    (value, work), (other, other_work) = _worked(first), _worked(second)
    steps = [Step(f"In {texts[0]}, ", *work, "."), Step(f"In {texts[1]}, ", *other_work, ".")]
    bracketed = texts[0] if "(" in texts[0] else texts[1]
    if value == other:
        statements = [
            (f"The same value: {_SAME_BECAUSE[shape]}.", True),
            ("Different values, because one has brackets.", False),
            (f"{bracketed} is bigger, because brackets make a number bigger.", False),
        ]
        check = f"{texts[0]} = {texts[1]}"
    else:
        big, small = (texts[0], texts[1]) if value > other else (texts[1], texts[0])
        why = {
            "take_both": "the brackets mean both numbers are taken away",
            "square": "squaring a sum is not the same as adding the squares",
        }.get(shape, "the brackets change the order")
        slip = {
            "take_both": "The same value, because you can always take the brackets away.",
            "square": "The same value, because you square the same numbers either way.",
        }.get(shape, "The same value, because you always work from left to right.")
        if bracketed == small and shape == "order":
            slip = f"{bracketed} is bigger, because brackets make a number bigger."
        statements = [
            (f"Different values: {why}, so {big} is bigger.", True),
            ("The same value, because they have the same numbers and signs.", False),
            (slip, False),
        ]
        check = f"{big} > {small}"
    pair = f"{texts[0]} and {texts[1]}" if rng.random() < 0.5 else f"{texts[1]} and {texts[0]}"
    return same_different(rng, pair, statements, steps, check)
