"""Registry-wide quality gates over every topic × level × 500 seeds: verified keys, no degenerate items, enough
different prompts, prompts of a printable length, and printed sheets without repeated word-problem templates."""

# Each question is generated once per seed and every gate runs on it, so the 500-seed sweep stays quick.

from decimal import Decimal
from fractions import Fraction

import pytest
from test_registry_invariants import independently_verified

from ks2practice.answers.kinds import Comparison, DecimalNumber, FractionAnswer, WholeNumber
from ks2practice.content import quality
from ks2practice.content.selection import WORD_STYLES, sheet_items, template
from ks2practice.core import registry
from ks2practice.core.model import Item, Level, Spec
from ks2practice.core.registry import Topic

SEEDS = range(500)
CASES = [(entry.id, level) for entry in registry.topics() for level in entry.levels]
MAX_PROMPT = 400
MIN_DISTINCT = 50

# Topic × level pairs whose maths allows fewer than 50 different prompts in 500 seeds, each with the reason.
# (None today: every registered topic reaches 50. Add a row here, never lower MIN_DISTINCT for everyone.)
DISTINCT_FLOOR: dict[tuple[str, int], int] = {}


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "level"), CASES)
def test_quality_gates(topic_id, level):
    entry = registry.get(topic_id)
    prompts: set[str] = set()
    failures: list[str] = []
    for seed in SEEDS:
        question = registry.generate(Spec(topic_id, level, seed))
        label = f"{question.spec.code}: {question.prompt!r}"
        prompts.add(question.prompt)
        if not independently_verified(question):
            failures.append(f"key {question.answer.format()!r} not confirmed by {question.check!r}: {label}")
        found = quality.problems(question, entry)
        if found:
            failures.append(f"degenerate ({', '.join(found)}) with check {question.check!r}: {label}")
        if len(question.prompt) > MAX_PROMPT:
            failures.append(f"prompt of {len(question.prompt)} characters (at most {MAX_PROMPT}): {label}")
    assert not failures, f"{len(failures)} failures, the first ones:\n" + "\n".join(failures[:5])
    floor = DISTINCT_FLOOR.get((topic_id, int(level)), MIN_DISTINCT)
    assert len(prompts) >= floor, f"only {len(prompts)} different prompts in {len(SEEDS)} seeds (need {floor})"


WORD_CASES = [(topic_id, level) for topic_id, level in CASES if set(registry.get(topic_id).styles) & set(WORD_STYLES)]


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "level"), WORD_CASES)
def test_a_printed_sheet_never_repeats_a_word_problem_template(topic_id, level):
    for seed in range(5):
        items = sheet_items(topic_id, level, seed, 12)
        words = [template(q.prompt) for q in items if q.style in WORD_STYLES]
        assert len(items) == 12 and words, f"seed {seed}: {[q.style for q in items]}"
        assert len(set(words)) == len(words), f"seed {seed} repeats a template: {words}"


def test_the_exceptions_topics_declare_are_known_and_explained():
    for entry in registry.topics():
        for kind, reason in quality.exceptions(entry).items():
            assert kind in quality.KINDS and len(reason) > 10, (entry.id, kind)


def item(prompt, check, answer, style="fluency", solution=("Answer",)):
    return Item(prompt=prompt, answer=answer, solution=solution, style=style, check=check)


@pytest.mark.parametrize(
    ("prompt", "check", "answer", "found"),
    [
        ("Work out 37 × 1.", "37 × 1", WholeNumber(37), ("times_one",)),
        ("Work out 1 × 2.5.", "1 × 2.5", DecimalNumber(Decimal("2.5")), ("times_one",)),
        ("Work out 0 × 8.", "0 × 8", WholeNumber(0), ("times_zero",)),
        ("Complete: 947,340 = 800,000 + □ + 0", "947,340 = 800,000 + □ + 0", WholeNumber(147_340), ("add_zero",)),
        ("Work out 45 − 0.", "45 − 0", WholeNumber(45), ("subtract_zero",)),
        ("Work out 96 ÷ 1.", "96 ÷ 1", WholeNumber(96), ("divide_by_one",)),
        ("Write <, > or = : 5 × 1 □ 5", "5 × 1 □ 5", Comparison("="), ("times_one",)),
        ("What is 6/3 as a fraction?", "6/3", FractionAnswer(Fraction(2)), ("whole_fraction",)),
        ("Work out 12 ÷ 4, remainder as a fraction.", "12 ÷ 4", FractionAnswer(Fraction(3)), ("whole_fraction",)),
        ("Share 17 sweets between 5. How many each?", "17 ÷ 5 − 2/5", WholeNumber(3), ("remainder",)),
        ("1/2 = □%. What number goes in the box?", "1 ÷ 2 = □ ÷ 100", WholeNumber(50), ()),
        ("Find □: □ ÷ 4 = 3 r 0", "□ = 4 × 3 + 0", WholeNumber(12), ("remainder",)),
        ("20 eggs in boxes of 5. How many eggs are left over?", "20 − 5 × 4", WholeNumber(0), ("remainder",)),
        # Not degenerate: a 1 or 0 that is structure in the check but not shown, bigger numbers, exact sharing.
        ("What is 10 × 10 more than 5?", "10 × 10 + 5", WholeNumber(105), ()),
        ("Make the smallest number from 9, 5, 2.", "2 × 100 + 5 × 10 + 9 × 1", WholeNumber(259), ()),
        ("The 4th mark on a line from 0 to 1000 in 10 steps?", "0 + 4 × (1000 − 0) ÷ 10", WholeNumber(400), ()),
        ("Work out 10 × 1.5.", "10 × 1.5", DecimalNumber(Decimal(15)), ()),
        ("Work out 3 × 1 1/2.", "3 × 1 1/2", FractionAnswer(Fraction(9, 2)), ()),
        ("Work out 1/2 × 4.", "1/2 × 4", WholeNumber(2), ()),
        ("What is the LCM of 4 and 6?", "4 × 6 ÷ 2", WholeNumber(12), ()),
        ("What is 4 × 3 ÷ 6?", "4 × 3 ÷ 6", WholeNumber(2), ()),
        ("Share 85 sweets between 4: how many left over?", "85 − 4 × 21", WholeNumber(1), ()),
        ("Round 17 ÷ 5 down: how many whole boxes?", "17 ÷ 5 − 2/5", WholeNumber(3), ()),
    ],
)
def test_each_detector_fires_on_its_case_and_not_on_look_alikes(prompt, check, answer, found):
    assert quality.degenerate(item(prompt, check, answer)) == found


def test_a_topic_can_declare_an_exception_with_a_reason():
    def multiply_by_one(rng, level, style):
        return item("Work out 7 × 1.", "7 × 1", WholeNumber(7))

    entry = Topic("fake.identity", "×1", ("4C6b",), ("fluency",), (Level(1),), (), multiply_by_one)
    question = multiply_by_one(None, 1, "fluency")
    assert quality.problems(question, entry) == ("times_one",)
    quality.allow("times_one", reason="the multiplicative identity is the objective")(multiply_by_one)
    assert quality.problems(question, entry) == ()
    assert quality.exceptions(entry) == {"times_one": "the multiplicative identity is the objective"}
    with pytest.raises(ValueError, match="kinds are"):
        quality.allow("times_two", reason="no such detector")
    with pytest.raises(ValueError, match="say why"):
        quality.allow("times_one", reason=" ")
