"""Tests for the number and place value topics: every topic × level × 200 seeds, keys confirmed by an oracle.

This file also holds the small test-only oracle the calculation tests share: it parses an item's check string
into a tree and evaluates it with exact Fractions (□ found by undoing one operation at a time), and
cross-checks a sample with sympy expressions built from the same tree. It never calls the package's notation
solver or marking, so it checks the generators' own logic.
"""

import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
)
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec

SEEDS = range(200)

# ---------------------------------------------------------------------------------- the oracle: parse

_TOKEN = re.compile(
    r"\s*(?:(?P<mixed>\d+ \d+/\d+(?![\d,.]))|(?P<fraction>\d+/\d+)"
    r"|(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<op>[-+−×÷()²³^=≠<>□]))"
)


def tokens(text: str) -> list[tuple[str, object]]:
    out, position = [], 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        assert match, f"cannot read {text[position:]!r} in {text!r}"
        position = match.end()
        if match["mixed"]:
            whole, part = match["mixed"].split(" ")
            out.append(("n", int(whole) + Fraction(part)))
        elif match["fraction"]:
            out.append(("n", Fraction(match["fraction"])))
        elif match["number"]:
            out.append(("n", Fraction(Decimal(match["number"].replace(",", "")))))
        else:
            out.append(("op", {"-": "−"}.get(match["op"], match["op"])))
    return out


class Parser:
    """statement: expr [relation expr]; the usual precedence; powers bind tightest; □ is the one unknown."""

    def __init__(self, text: str) -> None:
        self.items, self.i = tokens(text), 0

    def peek(self) -> object:
        return self.items[self.i][1] if self.i < len(self.items) else None

    def take(self) -> object:
        self.i += 1
        return self.items[self.i - 1][1]

    def statement(self) -> tuple:
        left = self.expr()
        if self.peek() in ("=", "≠", "<", ">"):
            relation = self.take()
            right = self.expr()
            assert self.i == len(self.items)
            return ("rel", relation, left, right)
        assert self.i == len(self.items)
        return left

    def expr(self) -> tuple:
        node = self.term()
        while self.peek() in ("+", "−"):
            node = (self.take(), node, self.term())
        return node

    def term(self) -> tuple:
        node = self.unary()
        while self.peek() in ("×", "÷"):
            node = (self.take(), node, self.unary())
        return node

    def unary(self) -> tuple:
        if self.peek() == "−":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self) -> tuple:
        node = self.atom()
        while self.peek() in ("²", "³", "^"):
            sign = self.take()
            exponent = {"²": ("num", Fraction(2)), "³": ("num", Fraction(3))}.get(sign) or self.atom()
            node = ("^", node, exponent)
        return node

    def atom(self) -> tuple:
        kind, value = self.items[self.i]
        self.i += 1
        if kind == "n":
            return ("num", value)
        if value == "□":
            return ("box",)
        assert value == "(", f"unexpected {value!r}"
        node = self.expr()
        assert self.take() == ")"
        return node


# ---------------------------------------------------------------------------------- the oracle: evaluate


def value(node: tuple) -> Fraction:
    """The exact value of a tree with no □."""
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "neg":
        return -value(node[1])
    left, right = value(node[1]), value(node[2])
    if kind == "^":
        assert right.denominator == 1 and 0 <= right <= 12
        return left ** int(right)
    return {"+": left + right, "−": left - right, "×": left * right}[kind] if kind != "÷" else left / right


def has_box(node: tuple) -> bool:
    return node[0] == "box" or any(isinstance(part, tuple) and has_box(part) for part in node[1:])


def _root(target: Fraction, n: int) -> Fraction:
    """The whole-number n-th root of a whole number, by bisection (exact, no floats)."""
    assert target.denominator == 1 and target >= 0, target
    low, high = 0, int(target) + 1
    while low < high:
        middle = (low + high) // 2
        low, high = (middle + 1, high) if middle**n < target else (low, middle)
    assert Fraction(low) ** n == target, f"no whole {n}th root of {target}"
    return Fraction(low)


def unwind(node: tuple, target: Fraction) -> Fraction:
    """The value of □ that makes the tree equal target, undoing one operation at a time."""
    while node[0] != "box":
        kind = node[0]
        if kind == "neg":
            node, target = node[1], -target
            continue
        box_left = has_box(node[1])
        inner, other = (node[1], node[2]) if box_left else (node[2], node[1])
        known = value(other)
        if kind == "+":
            target = target - known
        elif kind == "−":
            target = target + known if box_left else known - target
        elif kind == "×":
            target = target / known
        elif kind == "÷":
            target = target * known if box_left else known / target
        else:
            assert box_left, "□ as a power is not needed"
            target = _root(target, int(known))
        node = inner
    return target


def oracle(check: str) -> Fraction | bool:
    """The value, the value of □, or the truth of a statement."""
    tree = Parser(check).statement()
    if tree[0] != "rel":
        return value(tree)
    _, relation, left, right = tree
    if has_box(right):
        left, right = right, left
    if not has_box(left):
        x, y = value(left), value(right)
        return {"=": x == y, "≠": x != y, "<": x < y, ">": x > y}[relation]
    assert relation == "="
    return unwind(left, value(right))


def sympy_value(check: str):
    """The same check built as a sympy expression tree (for cross-checking the Fraction oracle)."""
    import sympy

    box = sympy.Symbol("box")

    def build(node):
        kind = node[0]
        if kind == "num":
            return sympy.Rational(node[1].numerator, node[1].denominator)
        if kind == "box":
            return box
        if kind == "neg":
            return -build(node[1])
        ops: dict[str, Callable] = {
            "+": lambda p, q: p + q,
            "−": lambda p, q: p - q,
            "×": lambda p, q: p * q,
            "÷": lambda p, q: p / q,
            "^": lambda p, q: p**q,
        }
        return ops[kind](build(node[1]), build(node[2]))

    tree = Parser(check).statement()
    if tree[0] != "rel":
        return build(tree)
    _, relation, left, right = tree
    if "□" in check:
        solutions = [s for s in sympy.solve(sympy.Eq(build(left), build(right)), box) if s.is_real and s >= 0]
        return solutions[0] if len(solutions) == 1 else max(solutions)
    relations = {"=": sympy.Eq, "≠": sympy.Ne, "<": sympy.Lt, ">": sympy.Gt}
    return bool(relations[relation](build(left), build(right)))


# ---------------------------------------------------------------------------------- reading responses


def key_meaning(answer: Answer) -> object:
    if isinstance(answer, Comparison):
        return answer.sign
    if isinstance(answer, TrueFalse):
        return answer.value
    if isinstance(answer, Choice):
        return answer.correct
    return answer.numeric()


def response_meaning(answer: Answer, text: str) -> object:
    """What a typed response means for this kind of answer (pence for money, the key's unit for measures)."""
    text = text.strip()
    if isinstance(answer, Comparison):
        return text
    if isinstance(answer, TrueFalse):
        return {"true": True, "false": False}[text.lower()]
    if isinstance(answer, Choice):
        return answer.options.index(text) if text in answer.options else ord(text.upper()) - 65
    if isinstance(answer, Money):
        if text.startswith("£"):
            return Fraction(Decimal(text[1:].replace(",", ""))) * 100
        assert text.endswith("p"), text
        return Fraction(int(text[:-1]))
    if isinstance(answer, Measure):
        number, unit = text.rsplit(" ", 1)
        assert unit == answer.unit
        text = number
    text = text.replace(",", "").replace("−", "-")
    if re.fullmatch(r"-?\d+ \d+/\d+", text):
        whole, part = text.split(" ")
        return int(whole) + Fraction(part) * (-1 if whole.startswith("-") else 1)
    return Fraction(text) if "/" in text else Fraction(Decimal(text))


def confirmed(answer: Answer, check: str) -> bool:
    if isinstance(answer, Comparison):
        return oracle(check.replace("□", answer.sign)) is True
    if isinstance(answer, TrueFalse):
        return oracle(check) is answer.value
    if isinstance(answer, Choice):
        return oracle(check) is True
    return oracle(check) == answer.numeric()


def assert_sound(question) -> None:
    """Everything a topic promises about one question, checked without the package's solver or marking."""
    label = f"{question.spec.code}: {question.prompt!r} key {question.answer.format()!r} check {question.check!r}"
    answer = question.answer
    assert isinstance(
        answer, (WholeNumber, DecimalNumber, FractionAnswer, Money, Measure, Comparison, TrueFalse, Choice)
    ), label
    assert question.prompt.strip() and question.style == (question.spec.style or question.style), label
    assert confirmed(answer, question.check), label
    assert answer.format() in question.solution[-1], label
    for predicted in question.misconceptions:
        assert response_meaning(answer, predicted.response) != key_meaning(answer), f"{predicted}: {label}"


def strand_cases(strand: str) -> list[tuple[str, Level]]:
    return [(entry.id, level) for entry in registry.topics() if entry.strand == strand for level in entry.levels]


def check_topic(topic_id: str, level: Level) -> None:
    entry = registry.get(topic_id)
    for seed in SEEDS:
        spec = Spec(topic_id, level, seed)
        question = registry.generate(spec)
        assert registry.generate(spec) == question, f"not deterministic: {spec.code}"
        assert question.style in entry.styles
        assert_sound(question)
    for style in entry.styles:  # every style at every level, a few seeds each
        for seed in range(12):
            question = registry.generate(Spec(topic_id, level, seed, style=style))
            assert question.style == style
            assert_sound(question)


def distinct_fluency_prompts(topic_id: str, level: Level, seeds: int = 500) -> int:
    return len({registry.generate(Spec(topic_id, level, seed, style="fluency")).prompt for seed in range(seeds)})


# ---------------------------------------------------------------------------------- the oracle's own tests


@pytest.mark.parametrize(
    ("check", "value"),
    [
        ("23 × 45", 1035),
        ("456 + □ = 1,000", 544),
        ("□ ÷ 6 = 26", 156),
        ("3 + 4 × 5", 23),
        ("(−4) + 5", 1),
        ("3 − (−4)", 7),
        ("□² = 144", 12),
        ("□³ = 125", 5),
        ("□² + 6² = 100", 8),
        ("2.5 × 10", 25),
        ("4,725 = □ × 100 + 25", 47),
        ("44 ÷ 6 = 7 1/3", True),
        ("−8 > −5", False),
        ("120 ÷ □ = 20", 6),
        ("□ = 9 × 1891 + 8", 17_027),
        ("(12 + 3)² − 5", 220),
        ("2³ × 5²", 200),
    ],
)
def test_oracle(check, value):
    assert oracle(check) == value
    assert sympy_value(check) == value


def test_oracle_agrees_with_sympy_on_generated_checks():
    for entry in registry.topics():
        for level in entry.levels:
            for seed in range(4):
                question = registry.generate(Spec(entry.id, level, seed))
                check = question.check
                if isinstance(question.answer, Comparison):  # the box is where the sign goes
                    check = check.replace("□", question.answer.sign)
                assert oracle(check) == sympy_value(check), check


# ---------------------------------------------------------------------------------- the number topics

NUMBER_TOPICS = {
    "number.place_value",
    "number.more_or_less",
    "number.compare_order",
    "number.rounding",
    "number.negative_numbers",
    "number.roman_numerals",
    "number.counting_steps",
    "number.read_write",
    "number.number_lines",
    "number.digit_cards",
}


def test_the_number_topics_are_registered_with_real_codes():
    from ks2practice.core import curriculum

    known = {objective.code for objective in curriculum.objectives()}
    found = {entry.id for entry in registry.topics() if entry.strand == "number"}
    assert NUMBER_TOPICS <= found
    for topic_id in NUMBER_TOPICS:
        entry = registry.get(topic_id)
        assert set(entry.codes) <= known, entry.codes
        assert all(code[1] in "NF" for code in entry.codes), entry.codes
        assert len(entry.styles) >= 3 and "fluency" in entry.styles


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("number"))
def test_every_number_question_is_sound(topic_id, level):
    check_topic(topic_id, level)


FEWER_FACTS = {("number.roman_numerals", Level.WORKING_TOWARDS): 30}
"""Where the maths has fewer than 50 different questions: Roman numerals to 39."""


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("number"))
def test_enough_different_fluency_questions(topic_id, level):
    assert distinct_fluency_prompts(topic_id, level) >= FEWER_FACTS.get((topic_id, level), 50)


@pytest.mark.parametrize("topic_id", sorted(NUMBER_TOPICS))
def test_only_level_one_prompts_carry_a_hint(topic_id):
    for level in (1, 2, 3):
        prompts = [registry.generate(Spec(topic_id, level, seed, style="fluency")).prompt for seed in range(40)]
        hinted = sum("(Hint:" in prompt for prompt in prompts)
        assert hinted == (len(prompts) if level == 1 else 0), (topic_id, level)


def _largest_number(prompt: str) -> int:
    numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", prompt) if n.replace(",", "").isdigit()]
    return max(numbers, default=0)


@pytest.mark.parametrize("topic_id", sorted(NUMBER_TOPICS - {"number.roman_numerals"}))
def test_level_three_uses_larger_numbers_than_level_one(topic_id):
    def typical(level: int) -> float:
        sizes = sorted(_largest_number(registry.generate(Spec(topic_id, level, seed)).prompt) for seed in range(60))
        return sizes[len(sizes) // 2]

    assert typical(3) > typical(1), topic_id


def test_roman_numerals_grow_with_the_level():
    def typical(level: int) -> Fraction:
        return sorted(
            registry.generate(Spec("number.roman_numerals", level, seed, style="fluency")).answer.numeric()
            for seed in range(60)
        )[30]

    assert typical(1) < typical(3)


def test_same_different_place_value_keys_the_value_never_the_digits_alone():
    import re

    from ks2practice.content.gates import inspect

    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("number.place_value", level, seed, style="same_different"))
            key = question.answer.format()
            numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", question.prompt.split("?")[0])]
            if "partitioned" in key:
                whole, lots, ones = numbers
                size = 100 if "hundreds" in key else 10
                assert lots * size + ones == whole, question.spec.code
            else:
                first, second = numbers
                assert sorted(str(first)) == sorted(str(second)) and first != second
                assert f"{max(first, second):,}".replace(",", "") in key.replace(",", ""), key
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()
