"""Tests for the algebra topics: every level × 200 seeds confirmed by the test oracle, and facts read from prompts.

Where a prompt states an equation, a formula or a sequence, the numbers are read back out of the prompt and the
key is confirmed independently (sympy for equations, listing terms or pairs by brute force), never through the
generator's own arithmetic.
"""

import itertools
import re
from fractions import Fraction

import pytest
from test_topics_number import assert_sound, check_topic, distinct_fluency_prompts, strand_cases

from ks2practice.answers.kinds import Choice, Measure, Money, TrueFalse, WholeNumber
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec

ALGEBRA_TOPICS = {
    "algebra.missing_numbers_algebraically": {"6A1"},
    "algebra.formulae": {"6A2"},
    "algebra.sequences": {"6A3"},
    "algebra.two_unknowns": {"6A4", "6A5"},
}


def generate(topic_id: str, level: int, seed: int, style: str | None = None):
    return registry.generate(Spec(topic_id, level, seed, style=style))


def test_the_algebra_topics_are_registered_with_real_codes():
    from ks2practice.core import curriculum

    known = {objective.code for objective in curriculum.objectives()}
    for topic_id, codes in ALGEBRA_TOPICS.items():
        entry = registry.get(topic_id)
        assert set(entry.codes) == codes and codes <= known
        assert len(entry.styles) >= 4 and "fluency" in entry.styles
        assert entry.levels == (Level(1), Level(2), Level(3))


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("algebra"))
def test_every_algebra_question_is_sound(topic_id, level):
    check_topic(topic_id, level)


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("algebra"))
def test_enough_different_fluency_questions(topic_id, level):
    assert distinct_fluency_prompts(topic_id, level) >= 50


@pytest.mark.parametrize("topic_id", sorted(ALGEBRA_TOPICS))
def test_only_level_one_prompts_carry_a_hint(topic_id):
    for level in (1, 2, 3):
        prompts = [generate(topic_id, level, seed, "fluency").prompt for seed in range(40)]
        hinted = sum("(Hint:" in prompt for prompt in prompts)
        assert hinted == (len(prompts) if level == 1 else 0), (topic_id, level)


def test_prompts_use_a_true_minus_sign_and_stay_short():
    for topic_id in ALGEBRA_TOPICS:
        for level in (1, 2, 3):
            for seed in range(60):
                prompt = generate(topic_id, level, seed).prompt
                assert len(prompt) <= 400
                assert not re.search(r"(^|[\s(])-\d|\d -", prompt), prompt


# ---------------------------------------------------------------------- missing numbers written with letters

_EQUATION = re.compile(r"Solve (.+) = ([\d,]+)\. What is the value of ([a-z])\?")


def _sympy_solution(left: str, right: str, letter: str):
    """Build the left side as a sympy expression from its written form (3n + 4, 5(k + 2), n ÷ 4 − 1)."""
    import sympy

    symbol = sympy.Symbol(letter)
    text = left.replace("−", "-").replace("÷", "/").replace("×", "*")
    text = re.sub(rf"(\d)\s*{letter}", rf"\1*{letter}", text)
    text = re.sub(r"(\d)\s*\(", r"\1*(", text)
    namespace = {letter: symbol}
    expression = sympy.parse_expr(text, local_dict=namespace)  # test text we generated, never pupil text
    return sympy.solve(sympy.Eq(expression, int(right.replace(",", ""))), symbol)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_solve_keys_agree_with_sympy(level):
    for seed in range(80):
        question = generate("algebra.missing_numbers_algebraically", level, seed, "fluency")
        left, right, letter = _EQUATION.search(question.prompt).groups()
        assert _sympy_solution(left, right, letter) == [question.answer.value], question.prompt


def test_levels_step_up_from_one_operation_to_two_and_brackets():
    def operations(level: int) -> set[int]:
        found = set()
        for seed in range(60):
            left = _EQUATION.search(generate("algebra.missing_numbers_algebraically", level, seed, "fluency").prompt)
            text = left.group(1)
            found.add(len(re.findall(r"[+−÷]|\d[a-z]|\(", text)))
        return found

    assert operations(1) == {1}
    assert operations(2) == {2}
    assert max(operations(3)) >= 2
    brackets = any(
        "(" in generate("algebra.missing_numbers_algebraically", 3, seed, "fluency").prompt for seed in range(60)
    )
    assert brackets


def test_a_known_equation_and_its_slips():
    # find a level-2 '3n + 4 = 25' style question and check the 3 + n slip is predicted with the right value
    for seed in range(200):
        question = generate("algebra.missing_numbers_algebraically", 2, seed, "fluency")
        m = re.search(r"Solve (\d+)([a-z]) \+ (\d+) = (\d+)\.", question.prompt)
        if m:
            a, _, b, c = m.groups()
            a, b, c = int(a), int(b), int(c)
            slips = {p.misconception: p.response for p in question.misconceptions}
            if "coefficient_misread" in slips:
                assert slips["coefficient_misread"] == str(c - b - a)
                assert question.answer.value * a + b == c
                return
    pytest.fail("no level-2 'an + b = c' question with a 3 + n slip in 200 seeds")


def test_which_equation_choice_names_the_true_equation():
    for level in (1, 2, 3):
        for seed in range(40):
            question = generate("algebra.missing_numbers_algebraically", level, seed, "explain")
            assert isinstance(question.answer, Choice)
            assert len(set(question.answer.options)) == len(question.answer.options) >= 3
            assert question.solution[0].startswith("Model answer:")


# ---------------------------------------------------------------------- formulae


def test_perimeter_formula_read_back_from_the_prompt():
    seen = 0
    for seed in range(300):
        question = generate("algebra.formulae", 2, seed, "fluency")
        m = re.search(r"l = (\d+) cm and w = (\d+) cm", question.prompt)
        if not m:
            continue
        length, width = map(int, m.groups())
        assert isinstance(question.answer, Measure) and question.answer.numeric() == 2 * (length + width)
        wrong = {p.misconception: p.response for p in question.misconceptions}
        assert wrong["formula_order_of_operations"] == f"{2 * length + width} cm"
        seen += 1
    assert seen >= 20


def test_hire_formula_in_money():
    seen = 0
    for seed in range(300):
        question = generate("algebra.formulae", 2, seed, "fluency")
        m = re.search(r"costs £(\d+) an hour plus a fixed charge of £(\d+).* for (\d+) hours", question.prompt)
        if not m:
            continue
        rate, fixed, hours = map(int, m.groups())
        assert isinstance(question.answer, Money) and question.answer.pence == 100 * (rate * hours + fixed)
        seen += 1
    assert seen >= 20


def test_working_a_formula_backwards_at_greater_depth():
    for seed in range(60):
        question = generate("algebra.formulae", 3, seed, "word_problem")
        assert "Work backwards" in question.prompt and "□" in question.check


def test_level_one_formulae_have_one_operation():
    for seed in range(60):
        question = generate("algebra.formulae", 1, seed, "fluency")
        assert "+" not in question.check and question.check.count("×") == 1


# ---------------------------------------------------------------------- sequences


def _terms_in_prompt(prompt: str) -> list[int]:
    listed = re.search(r"((?:−?\d[\d,]*, )+−?\d[\d,]*)(?:, …| \(|$)", prompt).group(1)
    return [int(x.replace(",", "").replace("−", "-")) for x in listed.split(", ")]


@pytest.mark.parametrize("level", [1, 2, 3])
def test_next_term_follows_the_listed_terms(level):
    for seed in range(80):
        question = generate("algebra.sequences", level, seed, "fluency")
        terms = _terms_in_prompt(question.prompt)
        differences = {b - a for a, b in itertools.pairwise(terms)}
        assert len(differences) == 1, question.prompt
        assert question.answer.value == terms[-1] + differences.pop()


def test_decreasing_and_negative_sequences_from_level_two():
    def has(level: int, test) -> bool:
        return any(test(_terms_in_prompt(generate("algebra.sequences", level, s, "fluency").prompt)) for s in range(80))

    assert not has(1, lambda t: t[1] < t[0])
    assert has(2, lambda t: t[1] < t[0])
    assert has(3, lambda t: min(t) < 0)


def test_membership_by_listing_terms():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("algebra.sequences", level, seed, "true_or_false")
            value = int(re.search(r"True or false\? (−?\d+)", question.prompt).group(1).replace("−", "-"))
            terms = _terms_in_prompt(question.prompt)
            step = terms[1] - terms[0]
            listed = [terms[0] + k * step for k in range(200)]  # walk the sequence term by term
            assert question.answer.value == (value in listed), question.prompt


def test_nth_term_by_walking_the_sequence():
    seen = 0
    for seed in range(200):
        question = generate("algebra.sequences", 2, seed, "word_problem")
        # the story's 1st term and step, then the position asked for (shape, row or number of tables)
        m = re.search(
            r"(\d+) (?:matchsticks|seats|people) and each .*?(\d+) more\b.*? (?:shape|row|row of) (\d+)\b",
            question.prompt,
        )
        if not m:
            continue
        start, step, position = map(int, m.groups())
        term = start
        for _ in range(position - 1):
            term += step
        assert question.answer.value == term
        slips = {p.misconception: p.response for p in question.misconceptions}
        if step * position != term:  # start = step makes the slip right, so it is not predicted then
            assert slips["sequence_difference_only"] == str(step * position)
        assert slips["sequence_one_step_too_many"] == str(start + step * position)
        seen += 1
    assert seen >= 10


# ---------------------------------------------------------------------- two unknowns


def test_simultaneous_facts_agree_with_sympy():
    import sympy

    a, b = sympy.symbols("a b")
    for level in (2, 3):
        for seed in range(60):
            question = generate("algebra.two_unknowns", level, seed, "fluency")
            facts, ask = re.search(r"^(.*)\. What is ([ab])\?", question.prompt).groups()
            equations = []
            for fact in facts.split(" and "):
                left, right = fact.replace("−", "-").split(" = ")
                left = re.sub(r"(\d)([ab])", r"\1*\2", left)
                right = re.sub(r"(\d)([ab])", r"\1*\2", right)
                equations.append(sympy.Eq(sympy.parse_expr(left), sympy.parse_expr(right)))
            solution = sympy.solve(equations, (a, b), dict=True)
            assert len(solution) == 1
            assert solution[0][a if ask == "a" else b] == question.answer.value, question.prompt


def test_combination_counts_by_listing():
    for seed in range(60):
        question = generate("algebra.two_unknowns", 2, seed, "word_problem")
        p, q, total = map(
            int, re.search(r"packs of (\d+) and packs of (\d+)\. \w+ buys exactly (\d+)", question.prompt).groups()
        )
        count = sum(1 for x in range(1, total) for y in range(1, total) if p * x + q * y == total)
        assert question.answer.value == count >= 2
    for seed in range(60):
        question = generate("algebra.two_unknowns", 3, seed, "word_problem")
        p, q, total = map(
            int,
            re.search(
                r"cost £(\d+) each and .* cost £(\d+) each\. \w+ spends exactly £(\d+)", question.prompt
            ).groups(),
        )
        count = sum(1 for x in range(1, total) for y in range(1, total) if p * x + q * y == total)
        assert question.answer.value == count >= 2
    for seed in range(30):
        question = generate("algebra.two_unknowns", 1, seed, "word_problem")
        mains, drinks = map(int, re.search(r"sells (\d+) kinds of sandwich and (\d+) kinds", question.prompt).groups())
        assert question.answer.value == len([(m, d) for m in range(mains) for d in range(drinks)])


def test_only_one_pair_claims_are_false_and_diagnosed():
    seen = 0
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("algebra.two_unknowns", level, seed, "true_or_false")
            if "only one pair" not in question.prompt:
                continue
            assert question.answer == TrueFalse(False)
            assert [p.misconception for p in question.misconceptions] == ["one_pair_only"]
            seen += 1
    assert seen >= 20


def test_explain_names_a_second_pair_that_works():
    for level in (1, 2, 3):
        for seed in range(30):
            question = generate("algebra.two_unknowns", level, seed, "explain")
            right = question.answer.format()
            a, b = map(int, re.search(r"a = (\d+), b = (\d+) also works", right).groups())
            equation = re.search(r"only answer to (.*?) = (\d+) is", question.prompt)
            left, total = equation.group(1), int(equation.group(2))
            coefficients = [int(c) if c else 1 for c in re.findall(r"(\d*)[ab]", left)]
            assert coefficients[0] * a + coefficients[1] * b == total
            assert question.misconceptions[0].misconception == "one_pair_only"


def test_the_bat_and_ball_problem():
    for level in (1, 2, 3):
        for seed in range(30):
            question = generate("algebra.two_unknowns", level, seed, "two_step_word_problem")
            assert isinstance(question.answer, Money)
            amounts = [_pence(x) for x in re.findall(r"£[\d.]+|\d+p", question.prompt)]
            total, more = amounts[0], amounts[1]
            cheap = question.answer.pence
            assert cheap + (cheap + more) == total
            first_step = {p.misconception: p.response for p in question.misconceptions}["first_step_only"]
            assert _pence(first_step) == total - more


def _pence(text: str) -> int:
    if text.startswith("£"):
        return int(Fraction(text[1:]) * 100)
    return int(text.rstrip("p"))


def test_every_style_at_every_level_returns_the_style_asked_for():
    for topic_id in ALGEBRA_TOPICS:
        entry = registry.get(topic_id)
        for level in (1, 2, 3):
            for style in entry.styles:
                question = generate(topic_id, level, 5, style)
                assert question.style == style
                assert_sound(question)
                assert isinstance(question.answer, (WholeNumber, Measure, Money, TrueFalse, Choice))


def test_which_equation_distractors_are_false_for_the_number():
    from ks2practice.content.algebra.missing_numbers_algebraically import _holds

    assert _holds("2n = 4", "n", 2) and _holds("n + 2 = 4", "n", 2) and not _holds("3n − 4 = 5", "n", 2)
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("algebra.missing_numbers_algebraically", level, seed, "explain")
            letter = re.search(r"thinks of a number, ([a-z])\.", question.prompt).group(1)
            value = int(re.search(rf"Check: {letter} = (\d+)", question.solution[1]).group(1))
            truths = [_holds(option, letter, value) for option in question.answer.options]
            assert truths.count(True) == 1 and truths[question.answer.correct]


def test_level_one_pictures_match_the_numbers():
    from ks2practice.pictures.diagrams import BarModel, ComparisonBarModel

    for seed in range(40):
        question = generate("algebra.missing_numbers_algebraically", 1, seed, "fluency")
        bar = question.diagram
        assert isinstance(bar, BarModel)
        known = [int(n) for n in re.findall(r"\d+", question.prompt.split(".")[0])]
        if bar.whole == "?":  # n − a = c: the whole is the number to find
            assert sum(bar.part_sizes) == question.answer.value
        else:
            assert bar.whole == known[-1] and sum(bar.part_sizes) == bar.whole
        assert generate("algebra.missing_numbers_algebraically", 2, seed, "fluency").diagram is None
        story = generate("algebra.two_unknowns", 1, seed, "two_step_word_problem")
        bars = story.diagram
        assert isinstance(bars, ComparisonBarModel)
        small, big = story.answer.pence, max(bars.bar_sizes)
        assert bars.bar_sizes[1] == small and big - small == bars.difference


def test_which_term_is_found_by_walking_the_sequence():
    seen = 0
    for seed in range(200):
        question = generate("algebra.sequences", 3, seed, "word_problem")
        m = re.search(
            r"(\d+) (?:matchsticks|seats|people) and each .*?(\d+) more\b.*?(?:uses|has|exactly) ([\d,]+) ",
            question.prompt,
        )
        if not m:
            continue
        start, step, target = (int(x.replace(",", "")) for x in m.groups())
        position, term = 1, start
        while term < target:
            position, term = position + 1, term + step
        assert term == target and question.answer.value == position
        seen += 1
    assert seen >= 10


def test_same_different_sequences_key_their_steps_and_starts():
    import re

    from ks2practice.content.gates import inspect
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("algebra.sequences", level, seed, style="same_different"))
            first, second = question.prompt.split("about ", 1)[1].split("?")[0].split(", … and ")
            a = [int(n) for n in re.findall(r"\d+", first)]
            b = [int(n) for n in re.findall(r"\d+", second)]
            key = question.answer.format()
            if a[1] - a[0] == b[1] - b[0]:
                assert key.startswith(f"The same rule, add {a[1] - a[0]}") and f"is {b[0] - a[0]} more" in key
            else:
                assert a[0] == b[0] and key.startswith("The same start") and f"adds {b[1] - b[0]} each time" in key
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()
