"""Tests for the ratio topics: soundness over 200 seeds, facts read back from prompts, and pictures that match."""

import random
import re
from fractions import Fraction

import pytest
from test_topics_number import check_topic, distinct_fluency_prompts, strand_cases

from ks2practice.answers.kinds import Comparison, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content.ratio import common as ratio
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures.diagrams import ComparisonBarModel, DoubleNumberLine, RatioTable, Shape2D

RATIO_TOPICS = {
    "ratio.scaling": {"6R1", "5C8c"},
    "ratio.unequal_sharing": {"6R4", "6R1"},
    "ratio.scale_factors": {"6R3"},
}


def generate(topic_id: str, level: int, seed: int, style: str | None = None, representation: str | None = None):
    """The question for a spec; with a representation, the item the topic draws in that picture.

    The ratio topics offer their other pictures through the function's own argument (ratio.OFFERED) until the
    kinds are registered, so the picture is asked of the function with the rng the registry would build.
    """
    if representation is None:
        return registry.generate(Spec(topic_id, level, seed, style=style))
    spec = Spec(topic_id, level, seed, style=style)
    return registry.get(topic_id).function(random.Random(spec.seed_string()), spec.level, style, representation)


def _pence(text: str) -> int:
    return int(Fraction(text[1:]) * 100) if text.startswith("£") else int(text.rstrip("p"))


def test_the_ratio_topics_are_registered_with_real_codes():
    from ks2practice.core import curriculum

    known = {objective.code for objective in curriculum.objectives()}
    for topic_id, codes in RATIO_TOPICS.items():
        entry = registry.get(topic_id)
        assert set(entry.codes) == codes and codes <= known
        assert len(entry.styles) >= 4 and "fluency" in entry.styles
        assert ratio.OFFERED[topic_id]


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("ratio"))
def test_every_ratio_question_is_sound(topic_id, level):
    check_topic(topic_id, level)


@pytest.mark.parametrize(("topic_id", "level"), strand_cases("ratio"))
def test_enough_different_fluency_questions(topic_id, level):
    assert distinct_fluency_prompts(topic_id, level) >= 50


@pytest.mark.parametrize("topic_id", sorted(RATIO_TOPICS))
def test_only_level_one_prompts_carry_a_hint(topic_id):
    for level in (1, 2, 3):
        prompts = [generate(topic_id, level, seed, "fluency").prompt for seed in range(40)]
        assert sum("(Hint:" in p for p in prompts) == (40 if level == 1 else 0), (topic_id, level)


# ---------------------------------------------------------------------- scaling and rates

_RECIPE = re.compile(r"for (\d+) people uses (\d+) (g|ml) of (\w+)\. How much \w+ is needed for (\d+) people\?")
_RATE = re.compile(r"^(\d+) ([a-z ]+) cost (£[\d.]+|\d+p)\. How much do (\d+) [a-z ]+ cost\?")


@pytest.mark.parametrize("level", [1, 2, 3])
def test_recipes_scale_by_multiplying(level):
    for seed in range(80):
        question = generate("ratio.scaling", level, seed, "fluency")
        before, amount, unit, _, after = _RECIPE.search(question.prompt).groups()
        before, amount, after = int(before), int(amount), int(after)
        assert question.answer == Measure(Fraction(amount * after, before), unit)
        slips = {p.misconception: p.response for p in question.misconceptions}
        if amount + after - before > 0:
            assert slips["additive_scaling"] == f"{amount + after - before} {unit}"
        if level == 1:  # a whole-number scale factor or halving
            assert after % before == 0 or before % after == 0
        if level == 3:
            assert after % before and before % after


def test_rates_scale_through_one():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.scaling", level, seed, "word_problem")
            if " as " in question.prompt:
                continue  # scaling by a fraction: tested below
            before, _, cost, after = _RATE.search(question.prompt).groups()
            assert question.answer == Money(_pence(cost) * int(after) // int(before))
            assert _pence(cost) * int(after) % int(before) == 0


def test_scaling_by_a_simple_fraction():
    forwards = re.compile(r"'s \w[\w ]* is (\d+) (cm|g|ml)\. \w+'s [\w ]+ is (half|\d+/\d+) as \w+ as")
    backwards = re.compile(r"is (half|\d+/\d+) as \w+ as \w+'s\. \w+'s is (\d+) (cm|g|ml)\.")
    seen = {"forwards": 0, "backwards": 0}
    for level in (1, 2, 3):
        for seed in range(80):
            question = generate("ratio.scaling", level, seed, "word_problem")
            if " as " not in question.prompt:
                continue
            m = forwards.search(question.prompt)
            if m:
                whole, unit, said = m.groups()
                fraction = Fraction(1, 2) if said == "half" else Fraction(said)
                assert question.answer == Measure(int(whole) * fraction, unit)
                seen["forwards"] += 1
                continue
            said, part, unit = backwards.search(question.prompt).groups()
            assert level == 3
            assert question.answer == Measure(int(part) / Fraction(said), unit)
            seen["backwards"] += 1
    assert min(seen.values()) >= 5


def test_best_buy_compares_the_cost_of_one():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.scaling", level, seed, "compare")
            (n1, p1), (n2, p2) = re.findall(r"sells (\d+) [a-z ]+ for (£\d+(?:\.\d\d)?|\d+p)", question.prompt)
            one, two = Fraction(_pence(p1), int(n1)), Fraction(_pence(p2), int(n2))
            assert question.answer == Comparison("<" if one < two else ">" if one > two else "=")


@pytest.mark.parametrize("representation", ["ratio_table", "double_number_line"])
def test_scaling_pictures_hold_the_prompt_numbers_in_proportion(representation):
    for level in (1, 2, 3):
        for style in ("fluency", "missing_number", "word_problem"):
            for seed in range(20):
                question = generate("ratio.scaling", level, seed, style, representation)
                picture = question.diagram
                assert isinstance(picture, (RatioTable, DoubleNumberLine))
                pairs = [(t, b) for t, b in zip(picture.top, picture.bottom, strict=True) if t != 0]
                known = [(Fraction(t), Fraction(b)) for t, b in pairs if b != "?"]
                (top, bottom) = known[0]
                missing = next(t for t, b in pairs if b == "?")
                assert bottom / top * missing == question.answer.numeric()
                prompt = question.prompt.replace("half", "1/2")
                for t, _ in pairs:
                    assert str(t) in prompt


def test_a_picture_that_does_not_suit_is_refused():
    with pytest.raises(ValueError, match="does not suit"):
        generate("ratio.scaling", 2, 1, "compare", "ratio_table")
    with pytest.raises(ValueError, match="does not suit"):
        generate("ratio.scale_factors", 2, 1, "true_or_false", "shape_2d")
    with pytest.raises(ValueError, match="does not suit"):
        generate("ratio.unequal_sharing", 2, 1, "missing_number", "bar_model")


def test_the_same_question_in_another_picture():
    for seed in range(20):
        table = generate("ratio.scaling", 2, seed, "fluency", "ratio_table")
        line = generate("ratio.scaling", 2, seed, "fluency", "double_number_line")
        assert table.prompt == line.prompt and table.answer == line.answer
        assert table.diagram.kind == "ratio_table" and line.diagram.kind == "double_number_line"


# ---------------------------------------------------------------------- unequal sharing

_SHARE = re.compile(r"(\w+) and (\w+) share £(\d+) in the ratio (\d+) : (\d+)\. How much does (\w+) get\?")


@pytest.mark.parametrize("level", [1, 2, 3])
def test_sharing_money_in_a_ratio(level):
    for seed in range(80):
        question = generate("ratio.unequal_sharing", level, seed, "fluency")
        first, _, total, a, b, who = _SHARE.search(question.prompt).groups()
        total, a, b = int(total), int(a), int(b)
        parts = a if who == first else b
        assert question.answer == Money(total * 100 * parts // (a + b))
        assert total * parts % (a + b) == 0
        if level == 1:
            assert 1 in (a, b)
        wrong = {p.misconception: p.response for p in question.misconceptions}
        other = b if who == first else a
        share = Fraction(total * parts, other)
        if share.denominator == 1 and "ratio_part_as_fraction" in wrong:
            assert _pence(wrong["ratio_part_as_fraction"]) == share * 100
        picture = question.diagram
        assert isinstance(picture, ComparisonBarModel)
        assert sum(picture.bar_sizes) == total * 100 and picture.splits == (a, b)
        assert picture.bar_sizes[0] * b == picture.bar_sizes[1] * a


def test_for_every_problems():
    pattern = re.compile(r"for every (\d+) (\w+) there are (\d+) (\w+)\. There are (\d+) \w+\. How many (.*) are there")
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.unequal_sharing", level, seed, "word_problem")
            a, _, b, _, known, _ = pattern.search(question.prompt).groups()
            a, b, known = int(a), int(b), int(known)
            expected = known * (a + b) // a if "altogether" in question.prompt else known * b // a
            assert question.answer == WholeNumber(expected)


def test_fraction_claims_use_the_whole_not_the_other_part():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.unequal_sharing", level, seed, "true_or_false")
            a, b, top, bottom = map(
                int, re.search(r"every (\d+) \w+ there are (\d+) .* (\d+)/(\d+) of the", question.prompt).groups()
            )
            assert question.answer == TrueFalse(Fraction(top, bottom) == Fraction(a, a + b))
            if not question.answer.value:
                assert question.misconceptions[0].misconception == "ratio_part_as_fraction"


def test_difference_between_shares_gives_the_total():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.unequal_sharing", level, seed, "two_step_word_problem")
            a, b = map(int, re.search(r"ratio (\d+) : (\d+)", question.prompt).groups())
            more = re.search(r"gets (£[\d.]+|\d+p|\d+ stickers) more", question.prompt).group(1)
            difference = int(more.split()[0]) if more.endswith("stickers") else _pence(more)
            total = Fraction(difference, abs(a - b)) * (a + b)
            assert question.answer.numeric() == total
            assert isinstance(question.answer, Money if level == 3 else WholeNumber)
            picture = question.diagram
            assert abs(picture.bar_sizes[0] - picture.bar_sizes[1]) == difference


# ---------------------------------------------------------------------- scale factors


def test_enlarging_a_shape():
    pattern = re.compile(
        r"(?:is (\d+) cm long and (\d+) cm wide|has a base of (\d+) cm and a height of (\d+) cm)\. "
        r"It is (?:enlarged by|made smaller with) a scale factor of (\d+(?:[./]\d+)?)\."
    )
    factors = {1: set(), 3: set()}
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.scale_factors", level, seed, "fluency")
            groups = [g for g in pattern.search(question.prompt).groups() if g]
            long, short, factor = int(groups[0]), int(groups[1]), Fraction(groups[2])
            assert question.answer == Measure(short * factor, "cm")
            original, picture = question.diagram.shapes  # both shapes side by side, the new one second
            # drawn to its new size, labelled only with the '?' asked: the prompt never gives its other side
            assert isinstance(picture, Shape2D) and max(x for x, _ in picture.vertices) == long * factor
            assert [label for label in picture.side_labels if label is not None] == ["?"]
            assert long in original.side_labels and short in original.side_labels
            if level in factors:
                factors[level].add(factor)
    assert all(f.denominator == 1 and f > 1 for f in factors[1])
    assert any(f.denominator > 1 for f in factors[3])


def test_similar_copies_keep_every_length_in_proportion():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.scale_factors", level, seed, "word_problem")
            numbers = [Fraction(x) for x in re.findall(r"(\d+(?:\.\d+)?) cm", question.prompt)]
            long, short, copy_long = numbers[:3]
            assert question.answer.numeric() * long == short * copy_long
            slips = {p.misconception: p.response for p in question.misconceptions}
            if "additive_scaling" in slips:
                assert Fraction(slips["additive_scaling"].split()[0]) == short + copy_long - long


def test_similarity_claims_by_cross_multiplying():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.scale_factors", level, seed, "true_or_false")
            a, b, c, d = (Fraction(x) for x in re.findall(r"(\d+(?:\.\d+)?) cm", question.prompt))
            assert question.answer == TrueFalse(a * d == b * c)


def test_missing_scale_factor():
    for level in (1, 2, 3):
        for seed in range(40):
            question = generate("ratio.scale_factors", level, seed, "missing_number")
            long, big = map(Fraction, re.search(r"(\d+) × □ = ([\d.]+)", question.prompt).groups())
            assert question.answer.numeric() == big / long


def test_levels_step_up_in_the_ratios_used():
    def ratios(level: int) -> set[tuple[int, int]]:
        found = set()
        for seed in range(60):
            prompt = generate("ratio.unequal_sharing", level, seed, "fluency").prompt
            found.add(tuple(map(int, re.search(r"ratio (\d+) : (\d+)", prompt).groups())))
        return found

    assert all(1 in pair for pair in ratios(1))
    assert not any(1 in pair for pair in ratios(2) | ratios(3))
    assert max(max(p) for p in ratios(3)) > max(max(p) for p in ratios(2))


def test_ratio_tables_to_complete_run_in_order():
    for level in (1, 2, 3):
        for seed in range(60):
            question = generate("ratio.unequal_sharing", level, seed, "missing_number")
            top = [int(x) for x in re.search(r"ratio table\. \w+: ([\d, ]+)\.", question.prompt).group(1).split(", ")]
            assert top == sorted(set(top)), question.prompt
            assert question.diagram.top == tuple(top)
