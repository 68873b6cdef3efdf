"""Issue #15 in the calculation strand: reasoning styles keyed by independent working, word problems from the context
bank, multi-step problems with all four operations, and keys pitched within KS2."""

import math
import re
from fractions import Fraction

import pytest

from ks2practice.answers.kinds import Choice, FractionAnswer, TrueFalse
from ks2practice.content import contexts
from ks2practice.content.gates import inspect
from ks2practice.core import notation, registry
from ks2practice.core.model import Spec
from ks2practice.core.steps import Step

SEEDS = range(60)
NEW_STYLES = [
    ("calculation.times_tables", "same_different"),
    ("calculation.times_tables", "odd_one_out"),
    ("calculation.times_tables", "explain"),
    ("calculation.mental_add_subtract", "same_different"),
    ("calculation.mental_add_subtract", "always_sometimes_never"),
    ("calculation.factors_multiples_primes", "same_different"),
    ("calculation.factors_multiples_primes", "always_sometimes_never"),
    ("calculation.squares_cubes", "always_sometimes_never"),
    ("calculation.squares_cubes", "odd_one_out"),
    ("calculation.estimate_inverse", "explain"),
    ("calculation.column_subtraction", "explain"),
    ("calculation.short_division", "explain"),
    ("calculation.order_of_operations", "explain"),
]


def _items(topic_id: str, style: str, level: int, seeds=SEEDS):
    return [registry.generate(Spec(topic_id, level, seed, style=style)) for seed in seeds]


def _key(question) -> str:
    answer = question.answer
    return answer.options[answer.correct] if isinstance(answer, Choice) else str(answer.value)


def _options(question) -> list[str]:
    return list(question.answer.options)


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _square(n: int) -> bool:
    return math.isqrt(n) ** 2 == n


def _cube(n: int) -> bool:
    return round(n ** (1 / 3)) ** 3 == n


def _number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.mark.parametrize(("topic_id", "style"), NEW_STYLES)
def test_new_styles_are_offered_true_and_worked_as_data(topic_id, style):
    assert style in registry.get(topic_id).styles
    for level in (1, 2, 3):
        for question in _items(topic_id, style, level, range(40)):
            assert question.item.style == style
            found = inspect(topic_id, question.item)
            assert found.clean and found.in_words == 0, (question.spec.code, found.describe())
            assert any(isinstance(line, Step) and line.relations for line in question.item.solution)
            value = notation.evaluate(question.check)
            assert value is (question.answer.value if isinstance(question.answer, TrueFalse) else True), question.check


def test_times_table_odd_one_out_is_the_one_product_that_differs():
    for level in (1, 2, 3):
        for question in _items("calculation.times_tables", "odd_one_out", level):
            products = {text: math.prod(_number(x) for x in text.split(" × ")) for text in _options(question)}
            values = list(products.values())
            odd = [text for text, value in products.items() if values.count(value) == 1]
            assert odd == [_key(question)], products
            if level == 3:
                assert any(text.count("×") == 2 for text in products)  # a product of three numbers


def test_square_odd_one_out_is_the_only_member_without_the_property():
    for level in (1, 2, 3):
        for question in _items("calculation.squares_cubes", "odd_one_out", level):
            numbers = {text: _number(text) for text in _options(question)}
            if level == 3:
                assert "both square numbers and cube numbers" in question.prompt
                lacking = [t for t, n in numbers.items() if not (_square(n) and _cube(n))]
            else:
                lacking = [t for t, n in numbers.items() if not _square(n)]
            assert lacking == [_key(question)]


# Statements and their truth over the numbers they speak of, worked out by brute force (independent of the items).
def _verdict(holds_for: list[bool]) -> str:
    return "always" if all(holds_for) else "never" if not any(holds_for) else "sometimes"


def _brute_force(statement: str) -> str:
    odds, evens, small = range(1, 60, 2), range(2, 60, 2), range(1, 60)
    primes = [n for n in range(2, 100) if _prime(n)]
    squares = [n * n for n in range(1, 30)]
    if statement == "A prime number is odd.":
        return _verdict([p % 2 == 1 for p in primes])
    if statement == "The total of two prime numbers is even.":
        return _verdict([(p + r) % 2 == 0 for p in primes for r in primes if p != r])
    if statement == "A square number has an odd number of factors.":
        return _verdict([sum(1 for d in range(1, s + 1) if s % d == 0) % 2 == 1 for s in squares])
    if match := re.fullmatch(r"A multiple of (\d+) is a multiple of (\d+)\.", statement):
        a, b = map(int, match.groups())
        return _verdict([(a * k) % b == 0 for k in range(1, 40)])
    if statement == "A square number is even.":
        return _verdict([s % 2 == 0 for s in squares])
    if statement == "The square of a number is bigger than double the number.":
        return _verdict([n * n > 2 * n for n in small])
    if statement == "A cube number is also a square number.":
        return _verdict([_square(n**3) for n in range(1, 12)])
    if statement == "The square of an odd number is odd.":
        return _verdict([(n * n) % 2 == 1 for n in odds])
    if statement == "When you add two odd numbers, the answer is even.":
        return _verdict([(a + b) % 2 == 0 for a in odds for b in odds])
    if statement == "The difference between two odd numbers is even.":
        return _verdict([(a - b) % 2 == 0 for a in odds for b in odds if a > b])
    if statement == "When you add two even numbers, the answer is odd.":
        return _verdict([(a + b) % 2 == 1 for a in evens for b in evens])
    if statement == "When you add two numbers, the answer is odd.":
        return _verdict([(a + b) % 2 == 1 for a in small for b in small])
    if statement.startswith("When you add three odd numbers, the answer is "):
        want = 1 if statement.endswith("odd.") else 0
        return _verdict([(a + b + c) % 2 == want for a in odds[:9] for b in odds[:9] for c in odds[:9]])
    raise AssertionError(f"no brute force for {statement!r}")


@pytest.mark.parametrize(
    "topic_id",
    ["calculation.mental_add_subtract", "calculation.factors_multiples_primes", "calculation.squares_cubes"],
)
def test_always_sometimes_never_verdicts_match_brute_force_and_the_witnesses(topic_id):
    statements = {1: set(), 2: set(), 3: set()}
    for level in (1, 2, 3):
        for question in _items(topic_id, "always_sometimes_never", level):
            statement = question.prompt.split("true? ", 1)[1].split(" A ")[0].split(" (Hint")[0]
            statement = statement[: statement.index(".") + 1]
            statements[level].add(statement)
            verdict = _key(question)
            assert verdict == _brute_force(statement), (statement, verdict)
            text = " ".join(question.item.solution)
            if verdict == "sometimes":
                assert "It is true here" in text and "But it is false here" in text
            assert text.endswith(f"So the statement is {verdict} true.") or f"{verdict} true." in text
    # level 3 is a different statement (a generalisation of another kind), not level 1's with bigger numbers
    assert statements[3] and not statements[3] & statements[1]


def _arithmetic(text: str) -> Fraction:
    expression = text.replace("×", "*").replace("÷", "/").replace("−", "-").replace(",", "")
    expression = re.sub(r"(\d+)", r"Fraction(\1)", expression)
    return eval(expression, {"Fraction": Fraction})  # digits and operators only


def _claim_truth(claim: str) -> bool:
    if match := re.fullmatch(r"Every number in the (\d+) times table is also in the (\d+) times table\.", claim):
        big, small = map(int, match.groups())
        return big % small == 0
    if claim.startswith("When you take a 4-digit number from a 5-digit number"):
        return min(a - b for a in (10_000,) for b in (9_999,)) >= 10_000
    if claim.startswith("When you take a 3-digit number from a 5-digit number"):
        return 10_000 - 999 >= 1_000
    if match := re.fullmatch(r"I know .*, so (.*) = (.*)\.", claim):
        return _arithmetic(match.group(1)) == _arithmetic(match.group(2))
    if match := re.fullmatch(r"(.*) = (.*), so (.*) = (.*)\.", claim):
        return _arithmetic(match.group(3)) == _arithmetic(match.group(4))
    if match := re.fullmatch(r"(.*) is less than (.*), because I rounded both numbers up\.", claim):
        return _arithmetic(match.group(1)) < _arithmetic(match.group(2))
    if match := re.fullmatch(r"(.*) ÷ (\d+) = \d+ r \d+, so .* = (\d+)\.(\d+)", claim):
        return _arithmetic(f"{match.group(1)} ÷ {match.group(2)}") == Fraction(f"{match.group(3)}.{match.group(4)}")
    if match := re.fullmatch(r"(\d+) children .* take (\d+) children each\. We need (\d+) cars\.", claim):
        children, seats, cars = map(int, match.groups())
        return cars == -(-children // seats)
    if match := re.fullmatch(r"A farm packs (\d+) eggs into boxes of (\d+)\. That fills (\d+) boxes\.", claim):
        eggs, size, boxes = map(int, match.groups())
        return boxes == eggs // size
    left, right = claim.split(" = ")
    return _arithmetic(left) == _arithmetic(right)


@pytest.mark.parametrize("topic_id", sorted({t for t, s in NEW_STYLES if s == "explain"}))
def test_explain_claims_are_judged_by_an_independent_calculation(topic_id):
    seen = {1: set(), 3: set()}
    for level in (1, 2, 3):
        for question in _items(topic_id, "explain", level):
            claim = question.prompt.split("“", 1)[1].split("”", 1)[0]
            assert question.answer.value is _claim_truth(claim), claim
            model = [line for line in question.item.solution if str(line).startswith("Model answer: ")]
            assert len(model) == 1 and len(model[0].split()) >= 8
            if level in seen:
                seen[level].add(re.sub(r"[\d,.]+", "N", claim))
    assert not seen[1] & seen[3], "level 3 claims should be of another kind than level 1's"


def test_same_different_key_names_the_prime_and_the_times_table_compensation_misconception():
    for level in (1, 3):
        for question in _items("calculation.factors_multiples_primes", "same_different", level):
            pair = [_number(n) for n in re.findall(r"\d[\d,]*", question.prompt.split("about ")[1].split("?")[0])]
            prime = [n for n in pair if _prime(n)]
            assert len(prime) == 1 and f"only {prime[0]} is" in _key(question)
    different = 0
    for question in _items("calculation.times_tables", "same_different", 3):
        left, right = question.prompt.split("about ")[1].split("?")[0].split(" and ")
        same = _arithmetic(left) == _arithmetic(right)
        assert _key(question).startswith("The same value") == same
        different += not same
    assert different  # the 'one up, one down' misconception appears at greater depth


# ---------------------------------------------------------------------- word problems from the context bank

CONTEXT_STYLES = [
    ("calculation.times_tables", "word_problem"),
    ("calculation.mental_add_subtract", "word_problem"),
    ("calculation.column_addition", "word_problem"),
    ("calculation.column_addition", "two_step_word_problem"),
    ("calculation.column_subtraction", "word_problem"),
    ("calculation.column_subtraction", "two_step_word_problem"),
    ("calculation.short_multiplication", "word_problem"),
    ("calculation.short_multiplication", "two_step_word_problem"),
    ("calculation.long_multiplication", "word_problem"),
    ("calculation.long_multiplication", "two_step_word_problem"),
    ("calculation.short_division", "word_problem"),
    ("calculation.long_division", "word_problem"),
    ("calculation.estimate_inverse", "word_problem"),
    ("calculation.factors_multiples_primes", "word_problem"),
    ("calculation.squares_cubes", "word_problem"),
    ("problems.multi_step_four_operations", "word_problem"),
    ("problems.multi_step_four_operations", "two_step_word_problem"),
    ("problems.multi_step_four_operations", "true_or_false"),
]


@pytest.mark.parametrize(("topic_id", "style"), CONTEXT_STYLES)
def test_word_problems_draw_believable_numbers_from_the_context_bank(topic_id, style):
    for level in (1, 2, 3):
        for seed in range(100):
            with contexts.recording() as record:
                question = registry.generate(Spec(topic_id, level, seed, style=style))
            assert record.uses, question.prompt
            for context_id, values in record.uses:
                assert not contexts.get(context_id).problems(values), (question.prompt, context_id, values)
            assert not re.search(r"boxes of (?!6\b|12\b)\d+\b", question.prompt.replace("trays", "boxes")) or (
                "eggs" not in question.prompt
            ), question.prompt


# ---------------------------------------------------------------------- multi-step problems, all four operations


def test_multi_step_problems_mix_operations_in_worked_steps():
    operations_seen = set()
    for level in (1, 2, 3):
        for question in _items("problems.multi_step_four_operations", "word_problem", level):
            steps = [line for line in question.item.solution if isinstance(line, Step) and line.relations]
            assert len(steps) >= (3 if level == 3 else 2), question.prompt
            used = {op for line in steps for op in "×÷+−" if op in str(line)}
            assert len(used) >= 2 and used & {"×", "÷"}, (question.prompt, used)
            operations_seen |= used
            assert Fraction(notation.evaluate(question.check)) == question.answer.numeric()
            predicted = [p.misconception for p in question.item.misconceptions]
            if level < 3:
                assert "first_step_only" in predicted, question.prompt
    assert operations_seen == set("×÷+−")


# ---------------------------------------------------------------------- pitch


def test_powers_of_ten_stay_within_three_decimal_places():
    for style in registry.get("calculation.mental_multiply_divide").styles:
        for level in (2, 3):
            for question in _items("calculation.mental_multiply_divide", style, level, range(100)):
                shown = f"{question.prompt} {question.answer.format()}"
                assert not re.search(r"\d\.\d{4}", shown), shown


def test_long_division_remainders_as_fractions_stay_in_year_six_denominators():
    for question in _items("calculation.long_division", "fluency", 3, range(200)):
        if isinstance(question.answer, FractionAnswer):
            assert question.answer.value.denominator <= 60, question.prompt
