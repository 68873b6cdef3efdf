"""Levels climb: for every topic and style, each level's median difficulty is above the one below (issue #15)."""

from __future__ import annotations

import functools
import itertools
import re
import statistics

import pytest

from ks2practice.content.difficulty import Features, difficulty, features
from ks2practice.content.pitch import breaches
from ks2practice.core import registry
from ks2practice.core.model import Item, Spec
from ks2practice.core.steps import Step, add, eq, mul, sub

SEEDS = 200


@functools.cache
def sweep() -> dict[tuple[str, str, int], tuple[tuple[int, ...], tuple[tuple[int, str], ...]]]:
    """Every topic × style × level over SEEDS seeds: (sorted difficulty scores, (seed, pitch breach) pairs).

    Worked out once per test run and shared with test_pitch.py, which imports it.
    """
    found = {}
    for entry in registry.topics():
        for style in entry.styles:
            for level in entry.levels:
                scores, pitched = [], []
                for seed in range(SEEDS):
                    question = registry.generate(Spec(entry.id, level, seed, style=style))
                    scores.append(difficulty(question))
                    pitched.extend((seed, breach) for breach in breaches(question))
                found[entry.id, style, int(level)] = (tuple(sorted(scores)), tuple(pitched))
    return found


def _pairs() -> list[tuple[str, str]]:
    return [(entry.id, style) for entry in registry.topics() for style in entry.styles]


def violations(topic_id: str, style: str) -> dict[str, str]:
    """What does not climb for one topic and style: "climb" (medians) and "floor" (a level 3 item below level 2's
    median), each with the numbers that show it."""
    table = sweep()
    levels = [int(level) for level in registry.get(topic_id).levels]
    medians = {level: statistics.median(table[topic_id, style, level][0]) for level in levels}
    found = {}
    if any(medians[a] >= medians[b] for a, b in itertools.pairwise(levels)):
        found["climb"] = f"medians {medians}"
    if 2 in medians and 3 in medians and table[topic_id, style, 3][0][0] < medians[2]:
        found["floor"] = f"easiest level 3 item {table[topic_id, style, 3][0][0]} < level 2 median {medians[2]}"
    return found


# Cases that do not climb (issue #15 point 2), each (topic, style, check): "climb" — the level medians do not rise
# 1 < 2 < 3; "floor" — some level 3 item is easier than the level 2 median. Empty since every generator's levels
# climb (draws too easy for their level are drawn again: content/level_fit.py). It may only stay empty: the test fails
# on any case, listed or not, and on a listed case that passes.
KNOWN_FLAT: frozenset[tuple[str, str, str]] = frozenset({})


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "style"), _pairs())
def test_levels_climb(topic_id, style):
    found = violations(topic_id, style)
    new = {check: why for check, why in found.items() if (topic_id, style, check) not in KNOWN_FLAT}
    assert not new, f"{topic_id} {style}: {new}"
    fixed = [check for check in ("climb", "floor") if (topic_id, style, check) in KNOWN_FLAT and check not in found]
    assert not fixed, f"{topic_id} {style} now passes {fixed}: take it out of KNOWN_FLAT"


def test_known_flat_names_real_topics_styles_and_checks():
    pairs = set(_pairs())
    for topic_id, style, check in KNOWN_FLAT:
        assert (topic_id, style) in pairs and check in ("climb", "floor"), (topic_id, style, check)


# ---------------------------------------------------------------------- the measure itself


def _item(*steps: Step, style: str = "fluency", check: str = "1 + 1", prompt: str = "Work it out.") -> Item:
    return Item(prompt=prompt, answer=None, solution=steps, style=style, check=check)  # type: ignore[arg-type]


def test_carries_and_exchanges_count_in_the_worked_steps():
    assert features(_item(Step(eq(add(45, 32), 77)), check="45 + 32")).carries == 0
    assert features(_item(Step(eq(add(48, 37), 85)), check="48 + 37")).carries == 1
    assert features(_item(Step(eq(sub(503, 278), 225)), check="503 − 278")).carries == 2
    assert features(_item(Step(eq(mul(14, 11, 5), 770)), check="14 × 11 × 5")).carries >= 2  # 154 × 5 counts too
    easy = difficulty(_item(Step(eq(add(45, 32), 77)), check="45 + 32"))
    hard = difficulty(_item(Step(eq(add(48, 37), 85)), check="48 + 37"))
    assert hard > easy


def test_more_steps_digits_places_and_denominators_score_higher():
    one = _item(Step(eq(mul(3, 4), 12)), check="3 × 4")
    two = _item(Step(eq(mul(3, 4), 12)), Step(eq(mul(12, 5), 60)), check="3 × 4 × 5")
    assert difficulty(two) > difficulty(one)
    assert difficulty(_item(Step(eq(mul(7, 8), 56)), check="7 × 8")) > difficulty(one)  # problem size
    assert features(_item(Step("x"), check="0.719 + 2")).places == 3
    assert features(_item(Step("x"), check="3/4 + 5/12")).denominator == 12
    assert difficulty(_item(Step("x"), check="3/4 + 5/12")) > difficulty(_item(Step("x"), check="1/2 + 1/2"))


def test_reasoning_styles_ask_more_and_a_hint_asks_less():
    plain = _item(Step(eq(mul(3, 4), 12)), check="3 × 4")
    assert difficulty(_item(Step(eq(mul(3, 4), 12)), check="3 × 4", style="explain")) > difficulty(plain)
    hinted = _item(Step(eq(mul(3, 4), 12)), check="3 × 4", prompt="Work it out. (Hint: count in 3s.)")
    assert difficulty(hinted) < difficulty(plain)


def test_negative_numbers_and_finer_readings_score_higher():
    from ks2practice.answers.kinds import TimeOfDay, WholeNumber

    assert features(_item(Step("x"), check="(−4) × 1000 + (1)")).negative
    assert not features(_item(Step("x"), check="4 × 1000 + 1 − 3")).negative  # a spaced minus takes away
    assert difficulty(_item(Step("x"), check="(−4) × 1000 + (1)")) > difficulty(
        _item(Step("x"), check="(4) × 1000 + (1)")
    )

    def read(answer):
        return Item(prompt="Read it.", answer=answer, solution=("x",), style="fluency", check="1 + 1")

    assert [features(read(TimeOfDay(7 * 60 + m))).grain for m in (40, 45, 46)] == [0, 1, 2]
    assert [features(read(WholeNumber(v))).grain for v in (70, 155, 142)] == [0, 1, 2]


def test_the_score_is_exact_and_the_same_every_time():
    question = registry.generate(Spec("calculation.column_addition", 2, 7))
    assert difficulty(question) == difficulty(registry.generate(Spec("calculation.column_addition", 2, 7)))
    assert isinstance(difficulty(question), int) and isinstance(features(question), Features)


# ---------------------------------------------------------------------- the examples issue #15 named


def _scores(topic_id: str, level: int, style: str | None = None, seeds: int = SEEDS) -> list[int]:
    return sorted(difficulty(registry.generate(Spec(topic_id, level, seed, style=style))) for seed in range(seeds))


def test_times_tables_level_three_is_never_easier_than_level_one():
    for style in registry.get("calculation.times_tables").styles:
        level_one = _scores("calculation.times_tables", 1, style)
        level_three = _scores("calculation.times_tables", 3, style)
        assert level_three[0] > statistics.median(level_one), style
    for seed in range(SEEDS):
        prompt = registry.generate(Spec("calculation.times_tables", 3, seed, style="fluency")).prompt
        fact = re.fullmatch(r"What is (\d+) × (\d+)\?", prompt)
        if fact:
            assert {int(fact[1]), int(fact[2])} <= {6, 7, 8, 9, 12}, prompt


def test_squares_climb_nine_squared_is_not_level_one_and_four_squared_is_not_level_two():
    for seed in range(SEEDS):
        one = registry.generate(Spec("calculation.squares_cubes", 1, seed, style="fluency")).prompt
        two = registry.generate(Spec("calculation.squares_cubes", 2, seed, style="fluency")).prompt
        assert not re.search(r"\b[6-9]²", one), one
        assert not re.search(r"\b[1-5]²", two), two


def test_no_level_three_volume_uses_a_ten_centimetre_cube_or_tiny_edges():
    for style in registry.get("perimeter_area_volume.volume").styles:
        for seed in range(SEEDS):
            prompt = registry.generate(Spec("perimeter_area_volume.volume", 3, seed, style=style)).prompt
            assert "edges 10 " not in prompt, prompt
            assert not re.search(r"\b[23] (?:cm|m) (?:long|wide|tall)", prompt), prompt


def test_always_sometimes_never_statements_differ_by_level():
    said = {
        level: {
            registry.generate(Spec("angles.angle_types", level, seed, style="always_sometimes_never")).prompt.split(
                " (Hint"
            )[0]
            for seed in range(60)
        }
        for level in (1, 2, 3)
    }
    assert not said[1] & said[2] and not said[2] & said[3] and not said[1] & said[3]
