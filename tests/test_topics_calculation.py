"""Tests for the calculation topics: every topic × level × 200 seeds, keys confirmed by the test oracle."""

import re

import pytest
from test_topics_number import assert_sound, check_topic, distinct_fluency_prompts, strand_cases

from ks2practice.answers.kinds import WholeNumber
from ks2practice.content import methods
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec

CALCULATION_TOPICS = {
    "calculation.mental_add_subtract",
    "calculation.column_addition",
    "calculation.column_subtraction",
    "calculation.times_tables",
    "calculation.mental_multiply_divide",
    "calculation.short_multiplication",
    "calculation.long_multiplication",
    "calculation.short_division",
    "calculation.long_division",
    "calculation.factors_multiples_primes",
    "calculation.squares_cubes",
    "calculation.order_of_operations",
    "calculation.estimate_inverse",
}
WRITTEN_METHODS = {
    "calculation.column_addition": "+",
    "calculation.column_subtraction": "−",
    "calculation.short_multiplication": "×",
    "calculation.long_multiplication": "×",
    "calculation.short_division": "┌",
    "calculation.long_division": "┌",
}


def test_the_calculation_topics_are_registered_with_real_codes():
    from ks2practice.core import curriculum

    known = {objective.code for objective in curriculum.objectives()}
    found = {entry.id for entry in registry.topics() if entry.strand == "calculation"}
    assert CALCULATION_TOPICS <= found
    for topic_id in CALCULATION_TOPICS:
        entry = registry.get(topic_id)
        assert set(entry.codes) <= known, entry.codes
        assert any(code[1] == "C" for code in entry.codes), entry.codes
        assert len(entry.styles) >= 3 and "fluency" in entry.styles


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("calculation"))
def test_every_calculation_question_is_sound(topic_id, level):
    check_topic(topic_id, level)


FEWER_FACTS = {
    ("calculation.squares_cubes", Level.WORKING_TOWARDS): 5,  # 2² to 5² and 10² (squares_cubes.BASES)
    ("calculation.squares_cubes", Level.EXPECTED): 10,  # 6² to 12² but 10², and 2³ to 5³
}
"""Where the maths has fewer than 50 different questions."""


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("calculation"))
def test_enough_different_fluency_questions(topic_id, level):
    assert distinct_fluency_prompts(topic_id, level) >= FEWER_FACTS.get((topic_id, level), 50)


@pytest.mark.parametrize("topic_id", sorted(WRITTEN_METHODS))
def test_written_method_items_show_the_layout(topic_id):
    for level in (1, 2, 3):
        for seed in range(30):
            question = registry.generate(Spec(topic_id, level, seed, style="fluency"))
            assert question.working, question.spec.code
            assert WRITTEN_METHODS[topic_id] in question.working
            assert any("method" in step for step in question.solution), question.solution


def test_column_method_working_ends_at_the_key():
    for topic_id in (
        "calculation.column_addition",
        "calculation.column_subtraction",
        "calculation.short_multiplication",
        "calculation.long_multiplication",
    ):
        for seed in range(50):
            question = registry.generate(Spec(topic_id, 2, seed, style="fluency"))
            lines = question.working.splitlines()
            last_rule = max(i for i, line in enumerate(lines) if set(line.strip()) == {methods.RULE})
            assert lines[last_rule + 1].replace(" ", "") == str(question.answer.value)


def test_division_working_ends_at_the_key():
    for topic_id in ("calculation.short_division", "calculation.long_division"):
        for level in (1, 2):
            for seed in range(50):
                question = registry.generate(Spec(topic_id, level, seed, style="fluency"))
                top = question.working.splitlines()[0].replace(" ", "")
                assert top == str(question.answer.value), question.working


@pytest.mark.parametrize("topic_id", sorted(CALCULATION_TOPICS))
def test_only_level_one_prompts_carry_a_hint(topic_id):
    for level in (1, 2, 3):
        prompts = [registry.generate(Spec(topic_id, level, seed, style="fluency")).prompt for seed in range(40)]
        hinted = sum("(Hint:" in prompt for prompt in prompts)
        assert hinted == (len(prompts) if level == 1 else 0), (topic_id, level)


def _largest_number(prompt: str) -> int:
    return max((int(n.replace(",", "")) for n in re.findall(r"\d{1,3}(?:,\d{3})+|\d+", prompt)), default=0)


@pytest.mark.parametrize("topic_id", sorted(CALCULATION_TOPICS - {"calculation.times_tables"}))
def test_level_three_uses_larger_numbers_than_level_one(topic_id):
    def typical(level: int) -> int:
        sizes = sorted(_largest_number(registry.generate(Spec(topic_id, level, seed)).prompt) for seed in range(60))
        return sizes[len(sizes) // 2]

    assert typical(3) > typical(1), topic_id


def test_times_tables_level_three_uses_the_harder_tables():
    for seed in range(60):
        question = registry.generate(Spec("calculation.times_tables", 3, seed, style="true_or_false"))
        table = int(re.search(r"× (\d+)", question.prompt)[1])
        assert table in (6, 7, 8, 9, 11, 12), question.prompt


def test_word_problems_vary_their_contexts():
    for topic_id in (
        "calculation.column_addition",
        "calculation.column_subtraction",
        "calculation.short_multiplication",
        "calculation.short_division",
    ):
        for level in (1, 2, 3):
            openings = {
                registry.generate(Spec(topic_id, level, seed, style="word_problem")).prompt[:25] for seed in range(80)
            }
            assert len(openings) >= 4, (topic_id, level, openings)


def test_spot_the_mistake_shows_a_wrong_answer_and_asks_for_the_right_one():
    for entry in registry.topics():
        if "spot_the_mistake" not in entry.styles or entry.strand != "calculation":
            continue
        for level in (1, 2, 3):
            for seed in range(40):
                question = registry.generate(Spec(entry.id, level, seed, style="spot_the_mistake"))
                assert isinstance(question.answer, WholeNumber)
                shown = re.search(r"got ([\d,]+)", question.prompt)
                assert shown and int(shown[1].replace(",", "")) != question.answer.value, question.prompt
                assert "mistake" in question.solution[0].lower() or "wrong" in question.solution[0].lower()
                assert_sound(question)


def test_same_different_products_are_keyed_by_their_values_never_by_where_the_zeros_sit():
    from ks2practice.content.gates import inspect

    for level in (1, 2, 3):
        for seed in range(200):
            spec = Spec("calculation.mental_multiply_divide", level, seed, style="same_different")
            question = registry.generate(spec)
            pairs = re.findall(r"([\d,]+) × ([\d,]+)", question.prompt.split("?")[0])
            (x1, y1), (x2, y2) = [(int(x.replace(",", "")), int(y.replace(",", ""))) for x, y in pairs]
            key = question.answer.format()
            if x1 * y1 == x2 * y2:
                assert key.startswith("The same value"), question.spec.code
            else:
                assert max(x1 * y1, x2 * y2) == 10 * min(x1 * y1, x2 * y2) and key.startswith("One is 10 times")
            assert not key.startswith("Different values, because the zeros"), question.spec.code
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()


def test_same_different_brackets_are_keyed_by_the_two_values():
    from ks2practice.content.gates import inspect
    from ks2practice.core import notation

    for level in (1, 2, 3):
        for seed in range(200):
            spec = Spec("calculation.order_of_operations", level, seed, style="same_different")
            question = registry.generate(spec)
            first, second = question.prompt.split("about ", 1)[1].split("?")[0].split(" and ")
            left, right = notation.evaluate(first), notation.evaluate(second)
            key = question.answer.format()
            if left == right:
                assert key.startswith("The same value: "), spec.code
            else:
                bigger = first if left > right else second
                assert key.endswith(f"{bigger} is bigger."), (spec.code, key)
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()


def test_same_different_brackets_climb_with_the_level():
    """Level 1 moves brackets round one addition; level 2 moves them with −, ÷ or a product first; greater depth has
    four numbers and three operations in each expression, some with a sum multiplied or taken away part by part."""
    for seed in range(60):
        for level, operations in ((1, 2), (2, 2), (3, 3)):
            spec = Spec("calculation.order_of_operations", level, seed, style="same_different")
            first = registry.generate(spec).prompt.split("about ", 1)[1].split(" and ")[0]
            assert sum(first.count(sign) for sign in "+−×÷²") >= operations, (spec.code, first)
    depth = [
        registry.generate(Spec("calculation.order_of_operations", 3, seed, style="same_different")).answer.format()
        for seed in range(60)
    ]
    assert any(key.startswith("The same value") for key in depth)
    assert any(key.startswith("Different values") for key in depth)
