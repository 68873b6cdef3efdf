"""Tests for the fraction topics (fractions.py): numbers in the prompt agree with the key, level sizes, styles,
pictures, and every misconception attached is really wrong."""

import re
from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Comparison, FractionAnswer, Money, TrueFalse, WholeNumber
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import BarModel, FractionBar, FractionWall, NumberLine

TOPICS = [
    "fractions.equivalent_fractions",
    "fractions.compare_order_fractions",
    "fractions.mixed_improper",
    "fractions.counting_in_fractions",
    "fractions.fractions_of_amounts",
]
SEEDS = range(120)


def generate(topic_id, level, seed, style=None):
    return registry.generate(Spec(topic_id, level, seed, style=style))


def fractions_in(text):
    """Every fraction n/d written in a text, as (n, d) pairs in order (mixed numbers' parts included)."""
    return [(int(n), int(d)) for n, d in re.findall(r"(\d+)/(\d+)", text)]


def whole_numbers(text):
    return [int(x.replace(",", "")) for x in re.findall(r"(?<![\d/])\d[\d,]*(?![\d/])", text)]


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_every_style_appears_and_every_prediction_is_wrong(topic_id, level):
    entry = registry.get(topic_id)
    assert len(entry.styles) >= 4
    seen = set()
    for seed in SEEDS:
        question = generate(topic_id, level, seed)
        seen.add(question.style)
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
        for predicted in question.misconceptions:
            verdict = answers.check(question, predicted.response)
            assert verdict.status is Status.MISCONCEPTION, (predicted, question.prompt)
            assert verdict.misconception == predicted.misconception
        if isinstance(question.answer, FractionAnswer):
            assert Fraction(question.answer.value).denominator != 1, question.prompt
    assert seen == set(entry.styles)


# ---------------------------------------------------------------------- fractions of amounts


def test_fraction_of_an_amount_agrees_with_the_prompt():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.fractions_of_amounts", level, seed, "fluency")
            (n, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
            assert question.answer == WholeNumber(amount * n // d)
            assert amount % d == 0 and 0 < n < d


def test_fractions_of_amounts_grow_with_the_level():
    def largest(level):
        return max(
            whole_numbers(generate("fractions.fractions_of_amounts", level, s, "fluency").prompt)[0] for s in SEEDS
        )

    dens = {fractions_in(generate("fractions.fractions_of_amounts", 1, s, "fluency").prompt)[0][1] for s in SEEDS}
    assert dens <= {2, 3, 4, 5, 8, 10}
    assert largest(1) <= 100 < largest(3)


def test_level_one_fraction_of_an_amount_has_a_matching_bar_model():
    question = generate("fractions.fractions_of_amounts", 1, 3, "fluency")
    (_, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
    assert isinstance(question.diagram, BarModel)
    assert question.diagram.whole == amount and len(question.diagram.parts) == d
    assert "(Hint:" in question.prompt


def test_missing_whole_and_money_word_problems():
    question = generate("fractions.fractions_of_amounts", 3, 5, "missing_number")
    (n, d), result = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
    assert Fraction(n, d) * question.answer.value == result
    money = [
        q
        for s in SEEDS
        for q in [generate("fractions.fractions_of_amounts", 2, s, "word_problem")]
        if isinstance(q.answer, Money)
    ]
    assert money
    assert any("£" in q.prompt for q in money) and any("£" not in q.prompt for q in money)
    for question in money:
        (n, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
        pence = amount * 100 if "£" in question.prompt else amount  # pounds, or pence written as 60p
        assert question.answer.pence == pence * n // d


def test_the_divide_by_the_numerator_slip_is_diagnosed():
    for seed in SEEDS:
        question = generate("fractions.fractions_of_amounts", 2, seed, "fluency")
        (n, d), amount = fractions_in(question.prompt)[0], whole_numbers(question.prompt)[0]
        if amount % n == 0 and amount // n != amount * n // d:
            verdict = answers.check(question, str(amount // n))
            assert verdict.misconception == "amount_divided_by_numerator"
            return
    pytest.fail("no item where dividing by the numerator gives a whole number")


def test_compare_and_true_or_false_keys_follow_the_numbers():
    for seed in range(40):
        question = generate("fractions.fractions_of_amounts", 2, seed, "compare")
        (n1, d1), (n2, d2) = fractions_in(question.prompt)[:2]
        a1, a2 = whole_numbers(question.prompt.split("□")[0])[-1], whole_numbers(question.prompt.split("□")[1])[0]
        left, right = Fraction(n1 * a1, d1), Fraction(n2 * a2, d2)
        assert question.answer == Comparison("<" if left < right else ">" if left > right else "=")
        question = generate("fractions.fractions_of_amounts", 2, seed, "true_or_false")
        (n, d) = fractions_in(question.prompt)[0]
        amount, claim = whole_numbers(question.prompt)[:2]
        assert question.answer == TrueFalse(amount * n // d == claim)


# ---------------------------------------------------------------------- counting in fractions


def test_counting_sequences_go_up_or_down_in_equal_steps():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.counting_in_fractions", level, seed, "missing_number")
            terms = question.prompt.split(": ", 1)[1].split(" (Hint")[0].split(", ")
            gap = terms.index("□")
            values = [None if t == "□" else notation_value(t) for t in terms]
            known = [(i, v) for i, v in enumerate(values) if v is not None]
            (i, a), (j, b) = known[0], known[1]
            step = (b - a) / (j - i)
            assert question.answer.numeric() == a + step * (gap - i), question.prompt
            if level == 1:
                assert step > 0 and all(v < 1 for _, v in known), question.prompt


def notation_value(text):
    from ks2practice.core import notation

    return notation.evaluate(text)


def test_level_two_counts_in_hundredths_or_tenths_and_level_one_reads_a_number_line():
    dens = set()
    for seed in SEEDS:
        question = generate("fractions.counting_in_fractions", 2, seed, "missing_number")
        dens |= {d for _, d in fractions_in(question.prompt)}
    assert dens == {10, 100}
    lines = [
        q
        for s in SEEDS
        for q in [generate("fractions.counting_in_fractions", 1, s, "fluency")]
        if isinstance(q.diagram, NumberLine) and q.diagram.points
    ]
    assert lines
    for question in lines:
        assert question.diagram.points[0].value == question.answer.numeric()
        assert question.diagram.step == Fraction(1, whole_numbers(question.prompt)[2])


def test_counting_on_with_tops_and_bottoms_added_is_diagnosed():
    question = next(
        q
        for s in SEEDS
        for q in [generate("fractions.counting_in_fractions", 1, s, "fluency")]
        if q.prompt.startswith("What comes next")
    )
    last = fractions_in(question.prompt)[-1]
    wrong = f"{last[0] + 1}/{last[1] * 2}"
    assert answers.check(question, wrong).misconception == "add_tops_and_bottoms"


# ---------------------------------------------------------------------- equivalent fractions


def test_equivalent_fraction_keys_make_equal_fractions():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.equivalent_fractions", level, seed, "missing_number")
            (n, d), (big_n,) = fractions_in(question.prompt)[0], [int(re.search(r"(\d+)/□", question.prompt)[1])]
            assert Fraction(big_n, question.answer.value) == Fraction(n, d)
            if level == 1:
                assert question.answer.value <= 12 and question.diagram is not None


def test_greater_depth_simplifies_and_wants_the_simplest_form():
    question = generate("fractions.equivalent_fractions", 3, 2, "fluency")
    (n, d) = fractions_in(question.prompt)[0]
    assert question.answer == FractionAnswer(Fraction(n, d), simplest=True)
    assert Fraction(n, d).denominator < d
    assert answers.check(question, f"{n}/{d}").try_again


def test_equivalent_by_adding_is_diagnosed_and_the_odd_one_out_is_the_added_one():
    question = generate("fractions.equivalent_fractions", 2, 4, "fluency")
    (n, d), big_d = fractions_in(question.prompt)[0], int(question.prompt.split("□/")[1].split()[0])
    assert answers.check(question, str(n + big_d - d)).misconception == "equivalent_by_adding"
    for seed in range(30):
        question = generate("fractions.equivalent_fractions", 2, seed, "odd_one_out")
        values = [Fraction(x) for x in question.answer.options]
        odd = values[question.answer.correct]
        assert sum(v == odd for v in values) == 1 and len(set(values)) == 2


# ---------------------------------------------------------------------- comparing and ordering


def test_compare_keys_and_level_kinds():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.compare_order_fractions", level, seed, "compare")
            left, right = (
                notation_value(side.split(" (Hint")[0]) for side in question.prompt.split(": ", 1)[1].split(" □ ")
            )
            assert question.answer == Comparison("<" if left < right else ">")
            (n1, d1), (n2, d2) = fractions_in(question.prompt)[-2:]
            if level == 1:
                assert d1 == d2 or n1 == n2 == 1, question.prompt
            if level == 2:
                assert max(d1, d2) % min(d1, d2) == 0, question.prompt


def test_unit_fractions_with_a_bigger_denominator_slip_is_diagnosed():
    for seed in SEEDS:
        question = generate("fractions.compare_order_fractions", 1, seed, "compare")
        (n1, d1), (n2, d2) = fractions_in(question.prompt)[:2]
        if n1 == n2 == 1:
            wrong = "<" if d1 < d2 else ">"
            assert answers.check(question, wrong).misconception == "bigger_denominator_bigger"
            assert isinstance(question.diagram, FractionWall)
            return
    pytest.fail("no unit fractions compared")


def test_which_is_largest_picks_the_largest():
    for seed in range(40):
        question = generate("fractions.compare_order_fractions", 3, seed, "fluency")
        values = [notation_value(o) for o in question.answer.options]
        best = max(values) if "largest" in question.prompt else min(values)
        assert values[question.answer.correct] == best


# ---------------------------------------------------------------------- mixed numbers and improper fractions


def test_mixed_number_conversions_agree_with_the_prompt():
    for level in (1, 2, 3):
        for seed in SEEDS:
            question = generate("fractions.mixed_improper", level, seed, "missing_number")
            whole, (n, d) = whole_numbers(question.prompt)[0], fractions_in(question.prompt)[0]
            assert question.answer.value == whole * d + n
            if level == 1:
                assert d <= 5 and whole <= 3 and isinstance(question.diagram, FractionBar)
                assert question.diagram.shaded == question.answer.value


def test_mixed_number_misconceptions_are_diagnosed():
    question = next(
        q
        for s in SEEDS
        for q in [generate("fractions.mixed_improper", 2, s, "missing_number")]
        if whole_numbers(q.prompt)[0] > 1
    )
    whole, (n, d) = whole_numbers(question.prompt)[0], fractions_in(question.prompt)[0]
    assert answers.check(question, str(whole * n + d)).misconception == "mixed_whole_times_numerator"
    assert answers.check(question, str(n)).misconception == "mixed_ignores_whole"
    forms = {
        (q.answer.mixed, q.answer.improper)
        for s in range(40)
        for q in [generate("fractions.mixed_improper", 2, s, "fluency")]
    }
    assert forms == {(True, False), (False, True)}


def test_a_fraction_of_an_amount_on_a_number_line_or_a_bar_is_the_same_question():
    for seed in range(30):
        plain = generate("fractions.fractions_of_amounts", 2, seed, "fluency")
        line = registry.generate(Spec("fractions.fractions_of_amounts", 2, seed, "number_line", "fluency"))
        bar = registry.generate(Spec("fractions.fractions_of_amounts", 2, seed, "bar_model", "fluency"))
        assert plain.prompt == line.prompt == bar.prompt and plain.answer == line.answer
        (_, d), amount = fractions_in(plain.prompt)[0], whole_numbers(plain.prompt)[0]
        assert (line.diagram.start, line.diagram.end, line.diagram.step) == (0, amount, amount // d)
        assert line.diagram.points[0].value == plain.answer.value and line.diagram.points[0].label == "?"
        assert bar.diagram.whole == amount and len(bar.diagram.parts) == d
    with pytest.raises(ValueError, match="no picture suits"):
        registry.generate(Spec("fractions.fractions_of_amounts", 2, 1, "bar_model", "compare"))
    with pytest.raises(ValueError, match="try number_line"):
        registry.generate(Spec("fractions.fractions_of_amounts", 3, 1, "bar_model", "fluency"))


def test_always_sometimes_never_statements_are_decided_by_their_example():
    answers_seen = set()
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("fractions.compare_order_fractions", level, seed, "always_sometimes_never")
            right = question.answer.format()
            answers_seen.add(right)
            assert notation_value(question.check) is True
            if right == "sometimes":
                (p, narrow), (q, wide) = fractions_in(question.check)
                assert p > q and Fraction(p, narrow) < Fraction(q, wide)
            if "Adding the same number" in question.prompt:
                assert right == "never"
                assert answers.check(question, "always").misconception == "equivalent_by_adding"
    assert answers_seen == {"always", "sometimes", "never"}


def test_spotting_a_mixed_number_mistake_wants_the_right_improper_fraction():
    for level in (1, 2, 3):
        for seed in range(40):
            question = generate("fractions.mixed_improper", level, seed, "spot_the_mistake")
            whole, (n, d), (wrong, _) = whole_numbers(question.prompt)[0], *fractions_in(question.prompt)[:2]
            assert question.answer == FractionAnswer(Fraction(whole * d + n, d), mixed=False)
            assert wrong != whole * d + n
            assert answers.check(question, f"{wrong}/{d}").status is Status.MISCONCEPTION


def test_same_different_fractions_key_the_one_true_statement_about_their_values():
    import re
    from fractions import Fraction

    from ks2practice.content.gates import inspect
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(Spec("fractions.compare_order_fractions", level, seed, style="same_different"))
            (a, b), (c, d) = re.findall(r"(\d+)/(\d+)", question.prompt.split("?")[0])
            first, second = Fraction(int(a), int(b)), Fraction(int(c), int(d))
            key = question.answer.format()
            if first == second:
                assert key.startswith("The same value"), question.spec.code
            else:
                (_, smaller), (_, bigger) = sorted(((first, f"{a}/{b}"), (second, f"{c}/{d}")))
                assert bigger in key and f"{smaller} is bigger" not in key, (question.spec.code, key)
            found = inspect(question.spec.topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()


def test_no_walk_to_school_is_a_hundredth_of_a_kilometre():
    # Before: "Ben walks 1/100 km to school each day" (10 m).
    import re
    from fractions import Fraction

    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    for level in (1, 2, 3):
        for seed in range(200):
            spec = Spec("fractions.counting_in_fractions", level, seed, style="word_problem")
            prompt = registry.generate(spec).prompt
            walk = re.search(r"walks (\d+)/(\d+) km to school", prompt)
            assert not walk or Fraction(int(walk.group(1)), int(walk.group(2))) >= Fraction(1, 10), prompt


def test_multiply_missing_fraction_reasons_back_through_an_equivalent_fraction():
    """Greater depth: in a × □ = c the product is shown simplified, so the box is found by writing c as an
    equivalent fraction whose numerator and denominator are multiples of a's (issue #15: not a guess to try)."""
    for seed in range(60):
        question = generate("fractions.multiply_fractions", 3, seed, "missing_number")
        (an, ad), (cn, cd) = fractions_in(question.prompt)
        box = Fraction(question.answer.value)
        assert Fraction(an, ad) * box == Fraction(cn, cd)
        assert an * box.numerator != cn or ad * box.denominator != cd  # something cancelled
        assert "multiply both parts" in question.solution[0] and "Try" not in " ".join(question.solution)
