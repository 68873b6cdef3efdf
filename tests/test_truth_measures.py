"""Issue #14 in measures and perimeter/area/volume: steps are data with units, predictions come from mechanisms."""

import re
from fractions import Fraction
from pathlib import Path

import pytest

from ks2practice.answers.kinds import Measure, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.core.steps import Num, Op, Step, value_of

TOPICS = [
    "measures.calculate_with_measures",
    "measures.compare_measures",
    "measures.convert_units",
    "measures.imperial_units",
    "measures.money_problems",
    "measures.read_scales",
    "perimeter_area_volume.area",
    "perimeter_area_volume.perimeter",
    "perimeter_area_volume.volume",
]
SWEEP = range(200)


def _drawn(topic, level, style, seed):
    return registry.generate(Spec(topic, level, seed, style=style))


def _specs(topic):
    entry = registry.get(topic)
    return [(level, style) for level in entry.levels for style in entry.styles]


# ---------------------------------------------------------------------------------------------- the sweep


@pytest.mark.parametrize("topic", TOPICS)
def test_every_item_writes_its_relations_as_checked_steps_with_the_questions_units(topic):
    for level, style in _specs(topic):
        for seed in SWEEP:
            question, trace = registry.generate_traced(Spec(topic, level, seed, style=style))
            # the first draw is the one shown: no false step was ever drawn and redrawn away
            assert len(trace) == 1, (topic, int(level), style, seed, [r.describe() for r in trace[0]])
            found = inspect(topic, question.item)
            assert found.clean, found.describe()
            assert found.in_words == 0, (topic, int(level), style, seed)


# ---------------------------------------------------------------------------------------------- mechanisms only

_OWN = [
    *Path("ks2practice/content/measures").glob("*.py"),
    *Path("ks2practice/content/perimeter_area_volume").glob("*.py"),
]


@pytest.mark.parametrize("path", _OWN, ids=lambda p: p.name)
def test_no_prediction_is_an_id_and_value_pair(path):
    text = path.read_text()
    pairs = re.findall(r'\(\s*"(' + "|".join(map(re.escape, mis.MISCONCEPTIONS)) + r')",', text)
    assert not pairs, f"{path}: ({pairs[0]!r}, value) pairs; use mis.<id>.on(...)"


def test_conversion_slips_a_power_of_ten_out_are_kept_as_plausible():
    # 3000 g in kilograms multiplied by 1000 is 3,000,000: far past twelve times anything, but a real slip
    applied = mis.conversion_wrong_direction.on(3000, 1000, False)
    predicted = applied.predicted(WholeNumber(3))
    assert predicted.response == "3,000,000" and predicted.plausible
    assert mis.conversion_wrong_factor.on(3, 1000, True).predicted(WholeNumber(3000)).plausible


def test_mechanism_feedback_names_the_numbers_it_was_given():
    assert "£3.45 + 60p as £3.105" in mis.pounds_pence_mixed.feedback_for(345, 60)
    assert "60p as £60" in mis.pounds_pence_mixed.feedback_for(345, 60, how="as_pounds")
    assert "45p + 65p" in mis.change_counting_up.feedback_for(345, 500)
    assert "with 100 where it should be 1000" in mis.conversion_wrong_factor.feedback_for(3, 1000, True)
    assert "multiplied by 1.75 when they should divide" in mis.conversion_wrong_direction.feedback_for(
        77, Fraction(4, 7), True
    )


# ---------------------------------------------------------------------------------------------- conversions


def _ops(expr):
    if isinstance(expr, Op):
        return {expr.op} | _ops(expr.left) | _ops(expr.right)
    return set()


@pytest.mark.parametrize("level", [1, 2, 3])
def test_a_conversion_does_what_its_direction_says(level):
    # convert_units --level 1 --seed 1 --style missing_number said "÷ 1000" and then worked 3 × 1000
    for style in ("fluency", "missing_number", "word_problem"):
        for seed in range(60):
            solution = _drawn("measures.convert_units", level, style, seed).solution
            said = next(line for line in solution if "units, so" in line)
            worked = next(line for line in solution if isinstance(line, Step) and "converting" in line)
            op = "×" if "× " in said else "÷"
            assert _ops(worked.relations[0].parts[0]) == {op}, (seed, said, worked)


def test_a_conversion_step_names_both_units_as_a_relation():
    item = _drawn("measures.convert_units", 1, "fluency", 0)
    last = [line for line in item.solution if isinstance(line, Step)][-1]
    sides = [p for r in last.relations for p in r.parts if isinstance(p, Num) and p.unit]
    assert len({p.unit for p in sides}) == 2 and value_of(sides[0]) == value_of(sides[1])


def test_spot_the_mistake_tells_the_mistake_that_made_the_wrong_answer():
    for seed in range(40):
        item = _drawn("measures.convert_units", 2, "spot_the_mistake", seed)
        said = re.search(r"says .*? = ([\d,.]+) ", item.prompt).group(1).replace(",", "")
        story = item.solution[0]
        assert isinstance(story, Step) and story.startswith("The mistake: ")
        assert value_of(story.relations[0].parts[-1]).value == Fraction(said)


# ---------------------------------------------------------------------------------------------- believable contexts


def test_small_amounts_get_small_things_and_a_walk_to_school_is_hundreds_of_metres():
    for level in (1, 2, 3):
        for seed in range(200):
            item = _drawn("measures.convert_units", level, "word_problem", seed)
            grams = re.search(r"A bag of rice has a mass of ([\d.,]+) (k?g)", item.prompt)
            if grams:
                amount = Fraction(grams.group(1).replace(",", "")) * (1000 if grams.group(2) == "kg" else 1)
                assert 100 <= amount < 2000, item.prompt
            walk = re.search(r"walks ([\d.,]+) (k?m) to school", item.prompt)
            if walk:
                metres = Fraction(walk.group(1).replace(",", "")) * (1000 if walk.group(2) == "km" else 1)
                assert metres >= 200, item.prompt


def test_a_scale_arrow_is_a_reading_not_the_thing_measured():
    for level in (1, 2, 3):
        for seed in range(60):
            item = _drawn("measures.read_scales", level, "word_problem", seed)
            if "longer" in item.prompt:
                assert "ends at the arrow" in item.prompt, item.prompt


def test_money_is_worked_in_pounds_with_pence_only_under_a_pound():
    for level in (1, 2, 3):
        for style in ("fluency", "true_or_false", "two_step_word_problem"):
            for seed in range(60):
                for line in _drawn("measures.money_problems", level, style, seed).solution:
                    if isinstance(line, Step):
                        for relation in line.relations:
                            for part in relation.parts:
                                if isinstance(part, Num) and part.unit == "p":
                                    assert part.value < 100, line


def test_a_thing_for_under_a_pound_is_a_cheap_thing():
    for seed in range(200):
        prompt = _drawn("measures.money_problems", 1, "word_problem", seed).prompt
        cost = re.search(r"buys (.+?) for (\d+)p", prompt)
        if cost:
            assert cost.group(1) not in ("a football", "a train ticket", "a jigsaw", "a scarf"), prompt


def test_a_floor_twenty_metres_long_is_not_a_bedroom():
    for level in (2, 3):
        for seed in range(100):
            prompt = _drawn("perimeter_area_volume.area", level, "word_problem", seed).prompt
            if "bedroom" in prompt:
                assert all(int(n) <= 6 for n in re.findall(r"(\d+) m\b", prompt)), prompt


# ---------------------------------------------------------------------------------------------- reasoning


@pytest.mark.parametrize(
    ("topic", "level"),
    [
        ("measures.convert_units", 2),
        ("measures.calculate_with_measures", 2),
        ("measures.read_scales", 2),
        ("perimeter_area_volume.perimeter", 2),
        ("perimeter_area_volume.area", 3),
        ("perimeter_area_volume.volume", 2),
    ],
)
def test_a_false_statement_is_shown_false_by_a_computed_relation(topic, level):
    seen = 0
    for seed in range(60):
        item = _drawn(topic, level, "true_or_false", seed)
        last = item.solution[-2] if item.solution[-1].startswith("Answer") else item.solution[-1]
        if item.answer.value:
            assert "true" in last
            continue
        seen += 1
        assert isinstance(last, Step) and "≠" in last.relations[0].signs and not last.problems(), last
    assert seen


@pytest.mark.parametrize(("topic", "level"), [("perimeter_area_volume.area", 1), ("perimeter_area_volume.area", 3)])
def test_explain_items_justify_the_key_with_the_mistaken_computation(topic, level):
    for seed in range(40):
        item = _drawn(topic, level, "explain", seed)
        steps = [line for line in item.solution if isinstance(line, Step)]
        assert any("≠" in r.signs for line in steps for r in line.relations)
        assert any(line.startswith(("The mistake", item.prompt.split()[0])) for line in steps)
        assert not item.answer.value


def test_area_and_volume_answers_keep_their_units_in_every_step():
    # a lawn "in metres" must not be worked in another unit: every unit in a step is the question's
    for seed in range(60):
        item = _drawn("perimeter_area_volume.area", 2, "word_problem", seed)
        unit = item.answer.unit if isinstance(item.answer, Measure) else None
        units = {u for line in item.solution if isinstance(line, Step) for u in line.units}
        assert units <= {unit.rstrip("²"), unit}, (item.prompt, units)
