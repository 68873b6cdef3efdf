"""Year pitch: no item asks for more than its curriculum code's year allows (content/pitch.py, issue #15)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from test_difficulty import sweep

from ks2practice.answers.kinds import DecimalNumber, FractionAnswer, Percentage, WholeNumber
from ks2practice.content.pitch import RULES, breaches, year_of
from ks2practice.core import registry
from ks2practice.core.model import Item, Spec


def _rule(breach: str) -> str:
    """The rule a breach message breaks, as KNOWN_OFF_PITCH names it."""
    for rule in ("decimal places", "divides by a decimal", "a key in", "%", "angle in degrees", "(from Year"):
        if rule in breach:
            return {"a key in": "denominator", "%": "percentage", "(from Year": "units"}.get(rule, rule)
    return breach


# Cases pitched beyond their year: (topic, style, level, rule). Empty since every generator stays on pitch (off-pitch
# draws are drawn again: content/level_fit.py). It may only stay empty: the test fails on any case.
KNOWN_OFF_PITCH: frozenset[tuple[str, str, int, str]] = frozenset({})


def _cases() -> list[tuple[str, str, int]]:
    return [(e.id, style, int(level)) for e in registry.topics() for style in e.styles for level in e.levels]


@pytest.mark.slow
@pytest.mark.parametrize(("topic_id", "style", "level"), _cases())
def test_every_item_is_pitched_for_its_year(topic_id, style, level):
    found: dict[str, tuple[int, str]] = {}
    for seed, breach in sweep()[topic_id, style, level][1]:
        found.setdefault(_rule(breach), (seed, breach))
    new = {rule: example for rule, example in found.items() if (topic_id, style, level, rule) not in KNOWN_OFF_PITCH}
    assert not new, f"{topic_id} L{level} {style}: {new}"
    listed = {rule for (t, s, lv, rule) in KNOWN_OFF_PITCH if (t, s, lv) == (topic_id, style, level)}
    fixed = listed - set(found)
    assert not fixed, f"{topic_id} L{level} {style} no longer breaks {fixed}: take it out of KNOWN_OFF_PITCH"


def test_known_off_pitch_names_real_cases():
    cases = set(_cases())
    for topic_id, style, level, rule in KNOWN_OFF_PITCH:
        assert (topic_id, style, level) in cases, (topic_id, style, level)
        assert rule in (
            "decimal places",
            "divides by a decimal",
            "denominator",
            "percentage",
            "angle in degrees",
            "units",
        )


# ---------------------------------------------------------------------- the rules themselves


def _item(prompt: str, answer, check: str = "1 + 1", solution: tuple[str, ...] = ("x",)) -> Item:
    return Item(prompt=prompt, answer=answer, solution=solution, style="fluency", check=check)


def test_every_rule_names_its_source_and_every_year():
    for rule in RULES:
        assert rule.source and set(rule.limits) == {3, 4, 5, 6}, rule.name


def test_the_year_is_the_earliest_code_at_level_one_and_the_latest_above():
    assert year_of(("3G4a", "4G4", "5G4a"), 1) == 3
    assert year_of(("3G4a", "4G4", "5G4a"), 3) == 5


def test_five_decimal_places_are_beyond_ks2():
    item = _item("Work out 0.719 ÷ 100.", DecimalNumber(Decimal("0.00719")), "0.719 ÷ 100")
    assert any("5 decimal places" in b for b in breaches(item, ("6F9a",), 3))
    assert not breaches(_item("Work out 71.9 ÷ 100.", DecimalNumber(Decimal("0.719")), "71.9 ÷ 100"), ("6F9a",), 3)


def test_dividing_by_a_decimal_is_beyond_ks2_but_by_whole_pounds_is_not():
    item = _item("About how many kilograms is 132 pounds?", WholeNumber(60), "132 ÷ 2.2")
    assert any("divides by a decimal" in b for b in breaches(item, ("5M6",), 2))
    assert not breaches(_item("How many hours?", WholeNumber(3), "£12.00 ÷ £4.00"), ("5M9a",), 2)


def test_keys_in_sixty_sixths_and_percentages_over_a_hundred_are_beyond_ks2():
    item = _item("Work out 4/11 + 3 5/6.", FractionAnswer(Fraction(277, 66)))
    assert any("66ths" in b for b in breaches(item, ("6F4",), 3))
    assert not breaches(_item("Work out 1/4 + 3/5.", FractionAnswer(Fraction(17, 20))), ("6F4",), 3)
    over = _item("Write 2 21/25 as a percentage.", Percentage(284))
    assert any("284%" in b for b in breaches(over, ("6R2",), 3))


def test_degrees_are_not_asked_of_year_three():
    item = _item("What kind of angle is 75°?", WholeNumber(1))
    assert any("degrees" in b for b in breaches(item, ("3G4a", "4G4"), 1))
    assert not breaches(item, ("3G4a", "4G4"), 2)
    assert not breaches(_item("It is 20 °C outside.", WholeNumber(1)), ("3M1",), 1)


def test_units_come_in_the_year_the_framework_brings_them():
    walk = _item("Sam walks 2 km to school. How many metres is that?", WholeNumber(2000))
    assert any("kilometres in Year 3" in b for b in breaches(walk, ("3M9b",), 1))
    assert not breaches(walk, ("4M5",), 1)
    jug = _item("A jug holds 2 pints. About how many litres is that?", WholeNumber(1))
    assert any("imperial units in Year 4" in b for b in breaches(jug, ("4M5",), 1))
    assert not breaches(jug, ("5M6",), 1)
    trip = _item("A trip is 10 miles. About how many km is that?", WholeNumber(16))
    assert any("miles in Year 5" in b for b in breaches(trip, ("5M6",), 1))
    assert not breaches(trip, ("6M6",), 1)
    money = _item("Ali has 3 pounds and 20 pence. How much is that in pence?", WholeNumber(320))
    assert not breaches(money, ("3M9a",), 1)  # pounds and pence are money
    assert any("imperial" in b for b in breaches(_item("A bag of flour weighs 3 pounds.", WholeNumber(3)), ("4M5",), 1))
    assert not breaches(_item("A cake costs £3. How many pence?", WholeNumber(300)), ("3M9a",), 1)


# ---------------------------------------------------------------------- the examples issue #15 named


def test_no_fdp_item_goes_over_a_hundred_per_cent():
    for style in registry.get("percentages.fdp_equivalents").styles:
        for seed in range(200):
            question = registry.generate(Spec("percentages.fdp_equivalents", 3, seed, style=style))
            assert not [b for b in breaches(question) if "%" in b], question.prompt


def test_a_whole_number_box_is_found_without_dividing_by_a_decimal():
    for level in (1, 2, 3):
        for seed in range(200):
            question = registry.generate(
                Spec("decimals.multiply_decimals_by_whole", level, seed, style="missing_number")
            )
            assert not breaches(question), (question.prompt, question.solution)


def test_level_one_angle_types_use_turns_not_degrees():
    for style in registry.get("angles.angle_types").styles:
        for seed in range(200):
            question = registry.generate(Spec("angles.angle_types", 1, seed, style=style))
            assert "°" not in question.prompt and "degree" not in question.prompt, question.prompt
