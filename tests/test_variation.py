"""Tests for ks2practice.content.variation: chains where each question changes one thing and says what changed."""

import re
from fractions import Fraction

import pytest
from test_registry_invariants import independently_verified

from ks2practice import answers
from ks2practice.cli import main
from ks2practice.content import quality
from ks2practice.content.variation import variation_set
from ks2practice.core import registry
from ks2practice.core.model import Status

CASES = [(entry.id, level) for entry in registry.topics() for level in entry.levels]


def numbers(text):
    return [quality.value_of(m.group()) for m in re.finditer(quality.NUMBER, text)]


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "level"), CASES)
def test_every_topic_and_level_gives_n_different_verified_steps(topic_id, level):
    entry = registry.get(topic_id)
    for seed in (1, "y5"):
        steps = variation_set(topic_id, level, seed, 7)
        assert len(steps) == 7
        shown = [(s.question.prompt, s.question.representation) for s in steps]
        assert len(set(shown)) == 7, f"seed {seed}: a question repeats"
        for step in steps:
            question = step.question
            label = f"{question.spec.code}: {question.prompt!r} ({step.what_changed})"
            assert step.what_changed.strip(), label
            assert independently_verified(question), f"key {question.answer.format()!r} not from {question.check!r}"
            assert answers.check(question, question.answer.format()).status is Status.CORRECT, label
            assert question.answer.format() in question.solution[-1], label
            assert not quality.problems(question, entry), label
            assert len(question.prompt) <= 400, label


def test_the_same_arguments_give_the_same_chain_and_a_longer_chain_extends_it():
    short = variation_set("calculation.times_tables", 2, 3, 5)
    again = variation_set("calculation.times_tables", 2, 3, 8)
    assert [(s.question.prompt, s.what_changed) for s in short] == [
        (s.question.prompt, s.what_changed) for s in again[:5]
    ]
    assert short[0].what_changed == "the first question"
    assert short[0].question.style == "fluency"


def find(steps, words):
    return next(i for i, s in enumerate(steps) if words in s.what_changed)


def test_a_number_made_ten_times_bigger_is_and_the_key_is_re_solved():
    steps = variation_set("calculation.column_addition", 2, 3, 6)
    i = find(steps, "ten times bigger")
    before, after = numbers(steps[i - 1].question.check), numbers(steps[i].question.check)
    changed = [(x, y) for x, y in zip(before, after, strict=True) if x != y]
    assert len(changed) == 1 and changed[0][1] == 10 * changed[0][0]
    assert steps[i].question.answer.numeric() == sum(after)  # an addition: the key is the new sum


def test_swapped_numbers_keep_the_answer_and_one_more_adds_one():
    steps = variation_set("calculation.column_addition", 2, 3, 6)
    i = find(steps, "swap places")
    assert sorted(numbers(steps[i].question.prompt)) == sorted(numbers(steps[i - 1].question.prompt))
    assert steps[i].question.prompt != steps[i - 1].question.prompt
    assert steps[i].question.answer == steps[i - 1].question.answer
    j = find(steps, "one more")
    assert steps[j].question.answer.numeric() == steps[j - 1].question.answer.numeric() + 1


def test_the_unknown_moves_into_a_missing_number_question():
    steps = variation_set("calculation.times_tables", 2, 3, 6)
    i = find(steps, "the unknown moves")
    question = steps[i].question
    assert question.style == "missing_number" and "□" in question.prompt
    assert question.check in question.prompt
    assert independently_verified(question)


def test_the_inverse_undoes_the_calculation_before():
    steps = variation_set("calculation.mental_multiply_divide", 2, 2, 10)
    i = find(steps, "the inverse")
    before, after = steps[i - 1].question, steps[i].question
    assert numbers(after.check)[0] == before.answer.numeric()
    assert after.answer.numeric() == numbers(before.check)[0]


def test_another_picture_keeps_the_question_and_changes_the_picture():
    steps = variation_set("calculation.mental_add_subtract", 1, 5, 8)
    i = find(steps, "picture: ")
    before, after = steps[i - 1].question, steps[i].question
    assert after.prompt == before.prompt and after.answer == before.answer
    assert after.representation != before.representation and after.representation is not None


def test_a_word_problem_step_says_so():
    steps = variation_set("calculation.times_tables", 1, 5, 8)
    i = find(steps, "as a word problem")
    assert steps[i].question.style == "word_problem" and steps[i - 1].question.style != "word_problem"


def test_level_one_hints_with_the_old_numbers_are_left_out_of_varied_questions():
    steps = variation_set("calculation.times_tables", 1, 5, 3)
    assert "(Hint: how many 5s make 30?)" in steps[0].question.prompt
    assert "Hint" not in steps[1].question.prompt and numbers(steps[1].question.prompt) == [Fraction(300), 5]


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="at least one"):
        variation_set("calculation.times_tables", 2, 1, 0)
    with pytest.raises(KeyError):
        variation_set("calculation.no_such_topic", 2, 1, 3)


def test_cli_vary_prints_each_question_with_what_changed(capsys):
    assert main(["vary", "calculation.times_tables", "--level", "2", "--seed", "3", "-n", "4"]) == 0
    out = capsys.readouterr().out
    assert out.count("Changed: ") == 4 and out.count("Answer: ") == 4
    assert "1. " in out and "4. " in out
    assert main(["vary", "calculation.times_tables", "-n", "0"]) == 2
    assert main(["vary", "calculation.times_tables", "--level", "7"]) == 2


def test_an_inverse_never_keeps_a_method_name_that_no_longer_fits():
    from ks2practice.content.variation import variation_set

    inverses = [
        step
        for seed in range(6)
        for step in variation_set("calculation.short_multiplication", 2, seed, 6)
        if step.what_changed.startswith("the inverse")
    ]
    assert inverses, "the chain should reach an inverse for short multiplication"
    for step in inverses:
        assert "multiplication" not in step.question.prompt and step.question.prompt.startswith("Work out")
