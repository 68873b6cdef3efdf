"""Tests for the multi-step problems (6C4): soundness, sizes by level, bar models that add up, diagnosed slips."""

import random
import re
from fractions import Fraction

import pytest
from test_topics_number import check_topic, strand_cases

from ks2practice.answers.kinds import Money, TrueFalse
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures.diagrams import BarModel, ComparisonBarModel

TOPIC = "problems.multi_step_add_subtract"
_AMOUNT = re.compile(r"£\d[\d,]*(?:\.\d\d)?|\d[\d,]*p\b|\d[\d,]*")


def generate(level: int, seed: int, style: str | None = None, representation: str | None = None):
    """The question for a spec; with a representation, the item the function draws in that picture."""
    if representation is None:
        return registry.generate(Spec(TOPIC, level, seed, style=style))
    spec = Spec(TOPIC, level, seed, style=style)
    return registry.get(TOPIC).function(random.Random(spec.seed_string()), spec.level, style, representation)


def amounts(prompt: str) -> list[int]:
    """Every amount in a prompt, money in pence (years such as 'Year 6' and 'week 2' are left out)."""
    prompt = re.sub(r"\b(Year|week|day) \d+\b", "", prompt)
    prompt = prompt.split(" (Hint:")[0]
    out = []
    for text in _AMOUNT.findall(prompt):
        if text.startswith("£"):
            out.append(int(Fraction(text[1:].replace(",", "")) * 100))
        elif text.endswith("p"):
            out.append(int(text[:-1]))
        else:
            out.append(int(text.replace(",", "")))
    return out


def test_registered_for_6c4_with_a_bar_model():
    entry = registry.get(TOPIC)
    assert entry.codes == ("6C4",)
    assert len(entry.styles) >= 4
    assert all(generate(1, seed, "word_problem", "bar_model").diagram.kind == "bar_model" for seed in range(10))


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("problems"))
def test_every_problem_is_sound(topic_id, level):
    check_topic(topic_id, level)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_enough_different_problems(level):
    for style in ("word_problem", "two_step_word_problem"):
        assert len({generate(level, seed, style).prompt for seed in range(500)}) >= 50


def test_only_level_one_carries_a_hint():
    for level in (1, 2, 3):
        prompts = [generate(level, seed, "word_problem").prompt for seed in range(40)]
        assert sum("(Hint:" in p for p in prompts) == (40 if level == 1 else 0)


def test_numbers_grow_with_the_level():
    def largest(level: int) -> list[int]:
        out = []
        for seed in range(60):
            question = generate(level, seed, "word_problem")
            money = isinstance(question.answer, Money)
            out.append((max(amounts(question.prompt)), money))
        return out

    assert all(n < (10_000 if money else 100) for n, money in largest(1))
    assert all(n >= (2_000 if money else 1_000) for n, money in largest(2))
    assert all(n >= (20_000 if money else 10_000) for n, money in largest(3))


@pytest.mark.parametrize("level", [1, 2, 3])
def test_what_is_left_is_the_whole_less_every_part(level):
    predicted = 0
    for seed in range(60):
        question = generate(level, seed, "word_problem")
        whole, *parts = amounts(question.prompt)
        assert question.answer.numeric() == whole - sum(parts) > 0
        assert len(parts) == (3 if level == 3 else len(parts))
        picture = question.diagram
        assert isinstance(picture, BarModel) and picture.whole == whole
        assert sum(picture.part_sizes) == whole and picture.parts[-1] == "?"
        first_step = {p.misconception: p.response for p in question.misconceptions}.get("first_step_only")
        if first_step is None:  # another mechanism gives the same number: the prediction gate keeps neither
            continue
        predicted += 1
        assert amounts(first_step)[0] == whole - parts[0]
    assert predicted >= 55


def test_level_three_takes_three_steps():
    assert all(len(amounts(generate(3, seed, "word_problem").prompt)) == 4 for seed in range(40))
    assert all(len(amounts(generate(1, seed, "word_problem").prompt)) == 3 for seed in range(40))


def test_two_step_problems_by_kind():
    kinds = set()
    for level in (1, 2, 3):
        for seed in range(80):
            question = generate(level, seed, "two_step_word_problem")
            numbers = amounts(question.prompt)
            key = question.answer.numeric()
            picture = question.diagram
            if isinstance(picture, ComparisonBarModel) and picture.difference == "?":
                p, q, r = numbers  # how many more: a total compared with a third amount
                assert key == p + q - r and picture.bar_sizes == (p + q, r)
                kinds.add("difference")
                continue
            if isinstance(picture, ComparisonBarModel):
                a, d = numbers  # a second amount that is d more, then both together
                assert key == a + (a + d) and picture.bar_sizes == (a, a + d) and picture.difference == d
                kinds.add("both")
                continue
            start, out, back = numbers
            assert key == start - out + back
            assert question.diagram is None
            kinds.add("change")
    assert kinds == {"difference", "both", "change"}


def test_how_many_more_predicts_adding():
    for seed in range(200):
        question = generate(2, seed, "two_step_word_problem")
        if "How many more" in question.prompt or "How much more" in question.prompt:
            p, q, r = amounts(question.prompt)
            wrong = {x.misconception: x.response for x in question.misconceptions}
            assert amounts(wrong["added_instead_of_difference"])[0] == p + q + r
            picture = question.diagram
            assert isinstance(picture, ComparisonBarModel) and picture.difference == "?"
            assert picture.bar_sizes == (p + q, r)
            return
    pytest.fail("no 'how many more' problem in 200 seeds")


def test_working_back_to_the_start():
    for level in (1, 2, 3):
        for seed in range(40):
            question = generate(level, seed, "missing_number")
            numbers = amounts(question.prompt)
            assert question.answer.numeric() == sum(numbers)
            assert question.diagram.whole == "?" and sum(question.diagram.part_sizes) == sum(numbers)


def predicted_value(response: str) -> int:
    """A predicted response as a number, money in pence."""
    (value,) = amounts(response)
    return value


def test_claims_and_mistakes_use_one_mechanism_each():
    """A false claim is a mechanism's wrong answer and is shown false; a mistake story is that mechanism's."""
    falses = 0
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate(level, seed, "true_or_false")
            if question.answer == TrueFalse(False):
                falses += 1
                assert "≠" in question.solution[-1] and question.solution[-1].endswith("the statement is false.")
            mistake = generate(level, seed, "spot_the_mistake")
            (predicted,) = mistake.misconceptions
            assert mistake.solution[1] == predicted.feedback
            made = mistake.solution[0].relations[0].parts[-1]
            assert made.value * (100 if made.unit == "£" else 1) == predicted_value(predicted.response)
    assert falses >= 30


def test_a_bar_model_is_refused_where_none_fits():
    for seed in range(200):
        question = generate(2, seed, "two_step_word_problem")
        if question.diagram is None:
            with pytest.raises(ValueError, match="does not suit"):
                generate(2, seed, "two_step_word_problem", "bar_model")
            return
    pytest.fail("no story without a bar model in 200 seeds")
