"""Registry-wide invariants over every topic × level × 200 seeds: keys verified, solutions end at the key."""

from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice, Comparison, Coordinate, TrueFalse
from ks2practice.core import notation, registry
from ks2practice.core.model import Spec, Status

SEEDS = range(200)
CASES = [(entry.id, level) for entry in registry.topics() for level in entry.levels]


def independently_verified(question) -> bool:
    """Confirm the key with the notation solver from the item's check, never from the generator's own answer."""
    key = question.answer
    if isinstance(key, Comparison):
        return notation.evaluate(question.check.replace("□", key.sign)) is True
    if isinstance(key, TrueFalse):
        return notation.evaluate(question.check) is key.value
    if isinstance(key, Choice):
        return notation.evaluate(question.check) is True
    if isinstance(key, Coordinate):  # the check is worth x × 1000 + y (coordinates stay within ±20)
        return notation.evaluate(question.check) == key.x * 1000 + key.y
    value = notation.evaluate(question.check)
    return isinstance(value, Fraction) and value == key.numeric()


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "level"), CASES)
def test_every_question_is_sound(topic_id, level):
    for seed in SEEDS:
        spec = Spec(topic_id, level, seed)
        question = registry.generate(spec)
        label = f"{spec.code}: {question.prompt!r}"
        assert registry.generate(spec) == question, f"not deterministic: {label}"
        assert question.prompt.strip(), label
        key = question.answer.format()
        assert independently_verified(question), f"key {key!r} not confirmed by {question.check!r}: {label}"
        verdict = answers.check(question, question.answer.format())
        assert verdict.status is Status.CORRECT, f"key marked {verdict.status}: {label}"
        assert question.answer.format() in question.solution[-1], f"solution does not end at the key: {label}"
        for predicted in question.misconceptions:
            assert answers.check(question, predicted.response).status is not Status.CORRECT, (
                f"misconception {predicted.misconception} predicts the right answer: {label}"
            )
