"""The context bank: it loads and validates, every quantity an item draws lies in its range, and the absurd contexts
teachers found (issue #15) stay fixed."""

import re

import pytest

from ks2practice.content import contexts
from ks2practice.core import registry
from ks2practice.core.model import Spec

# the topics that draw their contexts from the bank and say which values they used
CONVERTED = [
    "problems.multi_step_add_subtract",
    "statistics.mean",
    "statistics.line_graphs",
    "statistics.bar_charts",
    "statistics.pictograms",
    "measures.money_problems",
    "measures.calculate_with_measures",
    "time.durations",
    "measures.convert_units",
    "measures.imperial_units",
]
SEEDS = range(200)


def _prompts(topic_id: str, seeds=range(60), style: str | None = None) -> list[str]:
    entry = registry.get(topic_id)
    styles = [style] if style else entry.styles
    return [
        registry.generate(Spec(topic_id, lv, s, style=st)).item.prompt
        for lv in entry.levels
        for st in styles
        for s in seeds
    ]


def test_the_bank_loads_and_every_context_is_whole() -> None:
    bank = contexts.bank()
    assert len(bank) >= 30
    for context in bank.values():
        assert context.noun and context.plural and context.quantities
        for quantity in context.quantities.values():
            assert quantity.low <= quantity.high


def test_the_bank_refuses_a_relation_it_cannot_check() -> None:
    with pytest.raises(ValueError, match="relation"):
        contexts._check_relation("x", "height grows", {"height": contexts.Quantity("height", 0, 1)})


def test_relations_catch_what_teachers_caught() -> None:
    assert contexts.get("sunflower").problems({"height": (4, 1)})  # a sunflower that shrinks
    assert contexts.get("football_match").problems({"goals": (48,)})
    assert contexts.get("temperature_aberdeen").problems({"May": 30})
    assert contexts.get("school_fair").problems({"budget": 1000, "spent": (600, 500)})
    assert not contexts.get("sunflower").problems({"height": (4, 9, 9, 15)})


@pytest.mark.parametrize("topic_id", CONVERTED)
def test_every_value_drawn_lies_in_its_context(topic_id: str) -> None:
    entry = registry.get(topic_id)
    with contexts.recording() as record:
        for level in entry.levels:
            for style in entry.styles:
                for seed in SEEDS:
                    registry.generate(Spec(topic_id, level, seed, style=style))
    assert record.uses, f"{topic_id} says nothing about the contexts it uses"
    found = {p for context_id, values in record.uses for p in contexts.get(context_id).problems(values)}
    assert not found, sorted(found)[:10]


# ---------------------------------------------------------------------- each absurdity, where it was made


def _money(text: str) -> int:
    return round(float(text.replace(",", "").rstrip(".")) * 100)


def test_no_school_fair_beyond_pocket_money_and_no_subjectless_spending() -> None:
    for prompt in _prompts("problems.multi_step_add_subtract"):
        assert not re.search(r"\. Spends ", prompt), prompt
        fair = re.search(r"has £([\d,.]+) to spend at the school fair", prompt)
        if fair:
            assert _money(fair.group(1)) <= 4000, prompt


def test_no_swimming_pool_of_a_few_dozen_litres() -> None:
    for prompt in _prompts("problems.multi_step_add_subtract"):
        pool = re.search(r"swimming pool holds ([\d,]+) l", prompt)
        if pool:
            assert int(pool.group(1).replace(",", "")) >= 20_000, prompt


def test_no_rainfall_for_two_teams() -> None:
    for prompt in _prompts("statistics.mean", style="two_step_word_problem"):
        assert "rainfall" not in prompt or "teams" not in prompt, prompt


def test_goals_in_a_match_are_at_most_8() -> None:
    with contexts.recording() as record:
        _prompts("statistics.mean", range(200))
    goals = [g for c, v in record.uses if c == "football_match" for g in v["goals"]]
    assert goals and max(goals) <= 8


def test_sunflowers_grow_and_aberdeen_stays_cool() -> None:
    with contexts.recording() as record:
        _prompts("statistics.line_graphs", range(200))
    heights = [v["height"] for c, v in record.uses if c == "sunflower"]
    assert heights and all(list(h) == sorted(h) for h in heights)
    may = [v["May"] for c, v in record.uses if c == "temperature_aberdeen" and "May" in v]
    assert may and max(may) <= 21


def test_a_football_costs_what_a_football_costs() -> None:
    for prompt in _prompts("measures.money_problems"):
        ball = re.search(r"a football for (\d+)p\b", prompt)
        assert not ball, prompt
        ball = re.search(r"a football for £([\d.]+)", prompt)
        if ball:
            assert _money(ball.group(1)) >= 399, prompt


def test_a_recipe_holds_a_believable_amount_a_person() -> None:
    for prompt in _prompts("measures.calculate_with_measures"):
        recipe = re.search(r"recipe for (\d+) people uses ([\d,]+) (g|ml)", prompt)
        if recipe:
            per = int(recipe.group(2).replace(",", "")) / int(recipe.group(1))
            assert per <= (100 if recipe.group(3) == "g" else 250), prompt


def test_no_chart_of_hundreds_of_garden_birds() -> None:
    with contexts.recording() as record:
        _prompts("statistics.bar_charts", range(100))
        _prompts("statistics.pictograms", range(100))
    birds = [b for c, v in record.uses if c == "garden_birds" for b in v["birds"]]
    assert birds and max(birds) <= 120


def test_activities_start_when_they_do() -> None:
    with contexts.recording() as record:
        _prompts("time.durations", range(200), style="word_problem")
    trips = [v["the school trip start"] for c, v in record.uses if "the school trip start" in v]
    assert trips and all(8 * 60 + 30 <= t <= 10 * 60 for t in trips)


def test_no_walk_to_school_of_several_kilometres() -> None:
    for prompt in _prompts("measures.convert_units", range(100)):
        walk = re.search(r"walks ([\d,.]+) (k?m) to school", prompt)
        if walk:
            metres = float(walk.group(1).replace(",", "")) * (1000 if walk.group(2) == "km" else 1)
            assert 200 <= metres <= 3000, prompt


def test_a_sack_of_potatoes_is_one_a_child_could_meet() -> None:
    for prompt in _prompts("measures.imperial_units", style="word_problem"):
        sack = re.search(r"sack of potatoes has a mass of (\d+) (pounds|kg)", prompt)
        if sack:
            kilograms = int(sack.group(1)) / (2.2 if sack.group(2) == "pounds" else 1)
            assert kilograms <= 25, prompt
