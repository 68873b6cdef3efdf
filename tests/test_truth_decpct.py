"""Issue #14 for decimals (compare, equivalents, rounding), percentages and ratio: steps as data, true diagnoses."""

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.core.steps import Step

TOPICS = (
    "decimals.compare_order_decimals",
    "decimals.decimal_fraction_equivalents",
    "decimals.round_decimals",
    "decimals.rounding_in_context",
    "percentages.compare_with_percentages",
    "percentages.fdp_equivalents",
    "percentages.percentage_of_amount",
    "ratio.scale_factors",
    "ratio.scaling",
    "ratio.unequal_sharing",
)
SEEDS = 200
NUMBER = r"\d[\d,]*(?:\.\d+)?"


def _n(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", "")))


def traced(topic_id: str, level: int, seed: int, style: str):
    """The item shown for a spec and the gates' report on it (predictions already sifted)."""
    _, trace = registry.generate_traced(Spec(topic_id, level, seed, style=style))
    report = trace[-1][0]
    return report.item, report


def items(topic_id: str, style: str, seeds: int = 60):
    entry = registry.get(topic_id)
    for level in entry.levels:
        for seed in range(seeds):
            yield (int(level), seed, *traced(topic_id, int(level), seed, style))


# ------------------------------------------------------------------------------------------------ the sweep


@pytest.mark.parametrize("topic_id", TOPICS)
def test_every_level_and_style_is_written_as_data_and_true(topic_id):
    # (id, value) pairs are refused: every prediction is a mechanism applied to the item's numbers.
    entry = registry.get(topic_id)
    for level in entry.levels:
        for style in entry.styles:
            for seed in range(SEEDS):
                _, trace = registry.generate_traced(Spec(topic_id, level, seed, style=style))
                assert len(trace) == 1, f"{topic_id} L{int(level)} {style} s{seed}: redrawn {trace[0][0].describe()}"
                found = inspect(topic_id, trace[-1][0].item)
                label = f"{topic_id} L{int(level)} {style} s{seed}"
                assert found.in_words == 0, label
                assert found.clean, f"{label}: {found.describe()}"


# ------------------------------------------------------------------------------------------ reasoning items


def test_explain_never_rewards_the_digit_reason():
    """3.66 > 3.6 'because 66 > 6': right answer, wrong reason — never keyed as a good reason."""
    kinds = set()
    for _, _, item, _ in items("decimals.compare_order_decimals", "explain", 80):
        long, short = (_n(x) for x in re.search(rf"says ({NUMBER}) is bigger than ({NUMBER})", item.prompt).groups())
        options = item.answer.options
        assert options[0].startswith("Yes, and the reason is right")
        assert item.answer.correct != 0  # the child's reason is never the key
        # right answer/wrong reason (B) when the longer one really is bigger; otherwise wrong answer (C is key)
        assert item.answer.correct == (1 if long > short else 2)
        kinds.add(long > short)
        # the model answer's comparison is a computed relation, and agrees with the key
        relations = [r for line in item.solution if isinstance(line, Step) for r in line.relations]
        assert any(r.signs == ((">",) if long > short else ("<",)) for r in relations)
        for predicted in item.misconceptions:
            assert predicted.response != options[item.answer.correct]
            if predicted.response == options[0]:
                assert predicted.misconception == "digit_reason_accepted"
    assert kinds == {True, False}


@pytest.mark.parametrize(
    ("topic_id", "style"),
    [
        ("decimals.compare_order_decimals", "true_or_false"),
        ("decimals.decimal_fraction_equivalents", "true_or_false"),
        ("decimals.round_decimals", "true_or_false"),
        ("decimals.rounding_in_context", "true_or_false"),
        ("percentages.fdp_equivalents", "true_or_false"),
        ("percentages.percentage_of_amount", "true_or_false"),
        ("ratio.scale_factors", "true_or_false"),
        ("ratio.scaling", "true_or_false"),
        ("ratio.unequal_sharing", "true_or_false"),
    ],
)
def test_a_true_or_false_key_is_stated_and_a_false_claim_is_shown_false(topic_id, style):
    for _, _, item, _ in items(topic_id, style, 40):
        word = "true" if item.answer.value else "false"
        assert f"statement is {word}" in item.solution[-1] or f"statement is {word}" in item.solution[-2]
        assert f"statement is {'false' if item.answer.value else 'true'}" not in " ".join(item.solution)
        if not item.answer.value and topic_id != "decimals.compare_order_decimals":
            # a false claim is shown false by a computed relation (≠, < against what is needed)
            signs = {s for line in item.solution if isinstance(line, Step) for r in line.relations for s in r.signs}
            assert signs & {"≠", "<"}, item.solution


def test_odd_one_out_is_justified_by_a_computed_inequality():
    for topic_id in ("decimals.decimal_fraction_equivalents", "percentages.fdp_equivalents"):
        for _, _, item, _ in items(topic_id, "odd_one_out", 30):
            odd = item.answer.format()
            (line,) = [s for s in item.solution if isinstance(s, Step) and "≠" in s]
            assert line.startswith(odd) and not line.problems()


# ------------------------------------------------------------------------------------------ mechanisms


def test_round_decimals_keeps_both_diagnoses_distinct():
    """Cutting off and 'the other way' used to both give 4.6 for 4.65 and were dropped as ambiguous."""
    dropped = 0
    seen = set()
    for style in ("fluency", "word_problem"):
        for _, _, item, report in items("decimals.round_decimals", style, 100):
            dropped += report.dropped["ambiguous"]
            seen |= {p.misconception for p in item.misconceptions}
    assert dropped == 0
    assert {"rounding_truncates", "rounded_up_below_half", "decimal_rounded_to_wrong_place"} <= seen
    assert mis.rounding_truncates(Decimal("4.63"), 1) is None and mis.rounded_up_below_half(
        Decimal("4.63"), 1
    ) == Fraction(47, 10)
    assert mis.rounding_truncates(Decimal("4.67"), 1) == Fraction(46, 10)
    assert mis.rounded_up_below_half(Decimal("4.67"), 1) is None


def test_adding_the_percentage_is_not_called_subtracting_it():
    """20% of □ = 26 → 26 + 20 = 46 was labelled 'subtracted the percentage'."""
    seen = 0
    for _, _, item, _ in items("percentages.percentage_of_amount", "missing_number", 60):
        match = re.search(rf"(\d+)% of □ = ({NUMBER})", item.prompt)
        if not match:
            continue
        percent, part = int(match[1]), _n(match[2])
        for predicted in item.misconceptions:
            assert predicted.misconception != "percentage_as_subtraction"
            if _n(predicted.response) == part + percent:
                seen += 1
                assert predicted.misconception == "percentage_added_for_whole"
                assert f"added {percent} to" in predicted.feedback
    assert seen


def test_percentage_predictions_are_the_mechanisms_on_the_prompts_numbers():
    for _, _, item, _ in items("percentages.percentage_of_amount", "fluency", 60):
        percent, amount = (int(x) for x in re.search(r"Find (\d+)% of (\d+)", item.prompt.replace(",", "")).groups())
        for predicted in item.misconceptions:
            made = mis.MECHANISMS[predicted.misconception]
            assert _n(predicted.response) == made(percent, amount)
            assert f"{percent}" in predicted.feedback and f"{amount}" in predicted.feedback


def test_a_sale_taken_as_pounds_off_has_its_own_mechanism():
    for _, _, item, _ in items("percentages.percentage_of_amount", "two_step_word_problem", 40):
        for predicted in item.misconceptions:
            assert predicted.misconception == "discount_as_pounds_off"
            percent = int(re.search(r"(\d+)% off", item.prompt)[1])
            assert f"£{percent} off" in predicted.feedback


def test_rounding_in_context_names_the_mistake_the_story_invites():
    """'Round up if everyone must fit' was the feedback for giving one box too many in a round-down story."""
    for _, _, item, _ in items("decimals.rounding_in_context", "word_problem", 60):
        up = "needed" in item.prompt
        ids = {p.misconception for p in item.misconceptions}
        assert "remainder_not_interpreted" not in ids
        assert ("extra_group_for_remainder" not in ids) if up else ("remainder_dropped_when_must_fit" not in ids)


def test_scale_factor_difference_is_not_additive_scaling():
    for _, _, item, _ in items("ratio.scale_factors", "missing_number", 40):
        big, small = (int(x) for x in re.search(r"is (\d+) cm where A's is (\d+) cm", item.prompt).groups())
        for predicted in item.misconceptions:
            assert predicted.misconception == "difference_as_scale_factor"
            assert _n(predicted.response) == big - small


def test_spot_the_mistake_in_a_scale_tells_the_mechanism_that_made_it():
    for _, _, item, _ in items("ratio.scale_factors", "spot_the_mistake", 40):
        (predicted,) = item.misconceptions
        wrong = re.search(rf"other side of B is ({NUMBER}) cm", item.prompt)[1]
        assert predicted.response == f"{wrong} cm"
        assert item.solution[0].startswith("The mistake: ")
        assert predicted.feedback.split("They ", 1)[1] in item.solution[0]


def test_unequal_sharing_total_for_a_part_is_its_own_mistake():
    for _, _, item, _ in items("ratio.unequal_sharing", "word_problem", 60):
        for predicted in item.misconceptions:
            a, b = (int(x) for x in re.search(r"for every (\d+) \w+ there are (\d+)", item.prompt).groups())
            known = int(re.search(r"There are (\d+)", item.prompt)[1])
            if "altogether" in item.prompt:
                assert predicted.misconception == "ratio_part_for_whole"
                assert _n(predicted.response) == Fraction(known * b, a)
            elif _n(predicted.response) == Fraction(known * (a + b), a):
                assert predicted.misconception == "ratio_whole_for_part"


def test_no_ratio_claim_is_a_whole_number_over_one():
    for _, _, item, _ in items("ratio.unequal_sharing", "true_or_false", 60):
        assert not re.search(r"\b\d+/1 of", item.prompt)
