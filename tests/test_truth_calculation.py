"""Issue #14 for mental calculation, factors, powers, order of operations, estimation and multi-step stories."""

from __future__ import annotations

import math
import re
from fractions import Fraction

import pytest

from ks2practice import Spec, generate
from ks2practice.answers.kinds import Money, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.steps import Step

TOPICS = (
    "calculation.estimate_inverse",
    "calculation.factors_multiples_primes",
    "calculation.mental_add_subtract",
    "calculation.mental_multiply_divide",
    "calculation.order_of_operations",
    "calculation.squares_cubes",
    "calculation.times_tables",
    "problems.multi_step_add_subtract",
)
SEEDS = 200
_INT = re.compile(r"\d[\d,]*")


def _items(topic: str, style: str | None = None, seeds: int = SEEDS):
    entry = registry.get(topic)
    for level in entry.levels:
        for one in (style,) if style else entry.styles:
            for seed in range(seeds):
                yield generate(Spec(topic, level, seed, style=one))


def _ints(text: str) -> list[int]:
    return [int(t.replace(",", "")) for t in _INT.findall(text)]


def _value(response: str) -> int:
    """A whole number, or an amount of money in pence (£39 and £39.00 are both 3900)."""
    text = response.replace(",", "").split(" ")[0]
    if text.startswith("£"):
        return int(Fraction(text[1:]) * 100)
    return int(text.removesuffix("p"))


def _amounts(prompt: str) -> list[int]:
    return [_value(t) for t in re.findall(r"£[\d,]+(?:\.\d\d)?|\d[\d,]*p\b|\d[\d,]*", prompt)]


# ------------------------------------------------------------------------------------------------ the sweep


@pytest.mark.parametrize("topic", TOPICS)
def test_every_item_writes_its_sums_as_data_and_every_one_is_true(topic):
    """Every level × style × 200 seeds: no relation typed into words, no false or meaningless relation."""
    entry = registry.get(topic)
    in_words = 0
    breaches: list[str] = []
    for question in _items(topic):
        found = inspect(entry.id, question.item)
        in_words += found.in_words
        breaches += [found.describe()] if not found.clean else []
    assert in_words == 0
    assert not breaches, breaches[:5]


# ------------------------------------------------------------------------------ mistake stories (6C4)


def test_a_mistake_story_is_the_mechanism_that_made_its_wrong_answer():
    """Before: the child added all three amounts (p + q + r) but was told they 'stopped after the first step'."""
    seen = set()
    for question in _items("problems.multi_step_add_subtract", "spot_the_mistake"):
        (predicted,) = question.misconceptions
        working, words = question.solution[0], question.solution[1]
        assert isinstance(working, Step) and not working.problems()
        assert working.relations[0].parts[-1] is not None
        made = working.relations[0].parts[-1]
        assert _value(predicted.response) == _value(str(Step(made)))  # the working makes the wrong answer shown
        assert _value(predicted.response) in _amounts(question.prompt)
        assert words == predicted.feedback  # and the words are that mechanism's
        seen.add(predicted.misconception)
        if predicted.misconception == "added_instead_of_difference":
            assert "more" in question.prompt or "further" in question.prompt
            assert "first step" not in words
    assert {"first_step_only", "added_instead_of_difference"} <= seen


def test_how_many_more_added_in_full_is_told_as_adding_not_as_stopping():
    for question in _items("problems.multi_step_add_subtract", "spot_the_mistake", 80):
        if "How much more did Year 6" not in question.prompt:
            continue
        p, q, r = (_value(x) for x in re.findall(r"£[\d,.]+", question.prompt)[:3])
        (predicted,) = question.misconceptions
        assert _value(predicted.response) == p + q + r
        assert predicted.misconception == "added_instead_of_difference"
        assert "stopped" not in " ".join(question.solution)
        return
    pytest.fail("no Year 6 fundraising story in 240 draws")


def test_a_story_that_is_not_a_comparison_never_borrows_the_difference_mistake():
    for question in _items("problems.multi_step_add_subtract", "two_step_word_problem", 80):
        ids = {p.misconception for p in question.misconceptions}
        if "How many are there now?" in question.prompt:
            assert "added_instead_of_difference" not in ids
            assert "ratio_part_for_whole" not in ids


def test_no_tiny_school_and_no_one_more_people():
    for question in _items("problems.multi_step_add_subtract", "two_step_word_problem", 100):
        assert not re.search(r"\b1 more\b", question.prompt)
        if question.spec.level == 1:
            assert "Oak School" not in question.prompt


# ------------------------------------------------------------------------------------------ times tables


def test_a_neighbouring_fact_is_one_group_more_or_fewer_and_nothing_else():
    """Before: 'neighbouring_fact' was a × b + c (an addition slip) and told the adult to derive 7 × 8 from 7 × 7."""
    found = 0
    for question in _items("calculation.times_tables", seeds=60):
        for predicted in question.misconceptions:
            if predicted.misconception != "neighbouring_fact":
                continue
            found += 1
            factors = _ints(question.check)
            key = math.prod(factors)
            wrong = _value(predicted.response)
            assert any(key // f * (f + step) == wrong for f in factors for step in (-1, 1)), question.spec.code
            named = _ints(predicted.feedback)
            assert any(n in named for n in factors)  # the feedback is about these numbers, not 7 × 8
    assert found > 100


def test_the_mechanism_only_steps_one_group():
    assert mis.neighbouring_fact(7, 8) == 49 and mis.neighbouring_fact(7, 8, 1) == 63
    with pytest.raises(ValueError):
        mis.neighbouring_fact(7, 8, 2)
    assert "7 × 8 is 7 × 7 + 7" in mis.neighbouring_fact.feedback_for(7, 8)


# ----------------------------------------------------------------------------------------------- factors


def test_hcf_lcm_confused_is_only_the_swap_of_hcf_and_lcm():
    """Before: 12 × 9 (a common multiple, not the lowest) was called 'a common multiple instead of a factor'."""
    kinds = set()
    for question in _items("calculation.factors_multiples_primes", seeds=80):
        numbers = [n for n in _ints(re.sub(r"\d+:\d\d", "", question.prompt.split(" (Hint")[0])) if n > 1]
        for predicted in question.misconceptions:
            wrong = _value(predicted.response) if predicted.response[0].isdigit() else None
            if predicted.misconception == "hcf_lcm_confused":
                a, b = numbers[:2]
                asks_factor = "factor" in question.prompt or "greatest" in question.prompt
                assert wrong == (math.lcm(a, b) if asks_factor else math.gcd(a, b)), question.spec.code
                kinds.add("swap")
            if predicted.misconception == "product_as_lcm":
                assert wrong == math.prod(numbers) != math.lcm(*numbers), question.spec.code
                kinds.add("product")
    assert kinds == {"swap", "product"}


def test_factor_pairs_and_odd_primes_come_from_the_numbers():
    for question in _items("calculation.factors_multiples_primes", seeds=80):
        for predicted in question.misconceptions:
            if predicted.misconception == "factor_pairs_counted":
                (n,) = _ints(question.prompt.split(" (Hint")[0])
                pairs = sum(1 for d in range(1, math.isqrt(n) + 1) if n % d == 0)
                assert _value(predicted.response) == pairs and str(pairs) in predicted.feedback
            if predicted.misconception == "odd_means_prime" and question.style == "true_or_false":
                (n,) = _ints(question.prompt.split(" (Hint")[0])
                assert n % 2 and question.answer == TrueFalse(False) and predicted.response == "true"


def test_a_prime_is_shown_prime_and_a_composite_shown_composite():
    for question in _items("calculation.factors_multiples_primes", "true_or_false", 100):
        if "prime number" not in question.prompt:
            continue
        (n,) = _ints(question.prompt.split(" (Hint")[0])
        first = question.solution[0]
        assert isinstance(first, Step) and first.relations and not first.problems()
        if question.answer == TrueFalse(True):
            divisors = {int(r.parts[0].right.value) for r in first.relations if r.signs == ("=",)}
            assert divisors == {p for p in range(2, math.isqrt(n) + 1) if all(p % d for d in range(2, p))}


# ----------------------------------------------------------------------------------- order of operations


def _left_to_right(text: str) -> Fraction:
    tokens = re.findall(r"\d+²?|[-+×÷−()]", text)

    def run(i: int) -> tuple[Fraction, int]:
        total, op = None, None
        while i < len(tokens) and tokens[i] != ")":
            token = tokens[i]
            if token == "(":
                value, i = run(i + 1)
            elif token[0].isdigit():
                value = Fraction(int(token.rstrip("²")) ** (2 if token.endswith("²") else 1))
            else:
                op, i = token, i + 1
                continue
            if total is None:
                total = value
            else:
                total = {"+": total + value, "−": total - value, "×": total * value, "÷": total / value}[op]
            i += 1
        return total, i

    return run(0)[0]


def test_order_left_to_right_is_the_expression_worked_left_to_right():
    found = 0
    for question in _items("calculation.order_of_operations", "fluency", 100):
        expression = question.prompt.removeprefix("Work out ").split(".")[0]
        for predicted in question.misconceptions:
            assert predicted.misconception == "order_left_to_right"
            assert Fraction(_value(predicted.response)) == _left_to_right(expression), question.spec.code
            found += 1
    assert found > 100


def test_formula_order_of_operations_adds_in_the_storys_units():
    """'£3 an hour plus £6 for 5 hours' added before multiplying is £33; £1,815 is no child's answer."""
    assert mis.formula_order_of_operations(300, 5, 600, scale=100) == 3300
    assert mis.formula_order_of_operations(2, 5, 3, bracket=True) == 13
    kept = mis.formula_order_of_operations.predict(Money(2100), 300, 5, 600, scale=100)
    assert kept.response == "£33.00" and kept.plausible and "£3.00" in kept.feedback
    assert not mis.formula_order_of_operations.predict(Money(2100), 300, 5, 600).plausible  # £1,815


# ------------------------------------------------------------------------------------ reasoning is sound


@pytest.mark.parametrize("topic", TOPICS)
def test_every_true_or_false_verdict_is_worked_and_matches_the_key(topic):
    if "true_or_false" not in registry.get(topic).styles:
        pytest.skip("no true-or-false items")
    for question in _items(topic, "true_or_false", 60):
        truth = question.answer == TrueFalse(True)
        verdict = question.solution[-1]
        assert ("true" in verdict) == truth and ("false" in verdict) == (not truth), question.spec.code
        assert any(isinstance(line, Step) and line.relations for line in question.solution), question.spec.code


def test_estimation_decides_only_where_an_estimate_can():
    for question in _items("calculation.estimate_inverse", "true_or_false"):
        claim = _ints(question.prompt)[-1]
        estimate_line = question.solution[0]
        estimate = int(estimate_line.relations[0].parts[-1].value)
        exact = int(question.solution[-1].relations[0].parts[-1].value)
        assert estimate < 2 * exact < 4 * estimate, question.spec.code  # the exact answer is near the estimate
        if claim != exact:
            assert not estimate < 2 * claim < 4 * estimate, question.spec.code  # a false claim is far from it


def test_an_odd_one_out_is_shown_to_be_the_odd_one():
    for question in _items("calculation.factors_multiples_primes", "odd_one_out", 60):
        odd = question.answer.format()
        last = question.solution[-1]
        assert isinstance(last, Step) and not last.problems() and last.rstrip(".").endswith(odd)
        assert all(isinstance(line, Step) and line.relations for line in question.solution)
