"""Tests for ks2practice.content.selection: one printed sheet's questions: deterministic, distinct, sensibly ordered."""

import pytest

from ks2practice.content.selection import STYLE_ORDER, WORD_STYLES, numbers, sheet_items, template
from ks2practice.core import registry
from ks2practice.core.model import Spec


def test_the_same_topic_level_and_seed_give_the_same_sheet():
    first = sheet_items("calculation.column_addition", 2, 7, 12)
    again = sheet_items("calculation.column_addition", 2, 7, 12)
    assert [q.prompt for q in first] == [q.prompt for q in again]
    assert [q.prompt for q in first] != [q.prompt for q in sheet_items("calculation.column_addition", 2, 8, 12)]


def test_every_question_regenerates_from_its_own_spec():
    for question in sheet_items("number.rounding", 1, "class 4B", 10):
        assert registry.generate(question.spec) == question
        assert question.spec.seed.startswith("class 4B:")


def test_no_two_items_share_a_prompt_or_an_answer_with_the_same_numbers():
    items = sheet_items("calculation.times_tables", 1, 3, 30)
    assert len({q.prompt for q in items}) == 30
    keys = [(q.answer.format(), tuple(sorted(numbers(q.prompt)))) for q in items]
    assert len(set(keys)) == 30


def test_styles_come_fluency_first_then_varied_reasoning_and_problems():
    items = sheet_items("calculation.column_subtraction", 2, 1, 12)
    styles = [q.style for q in items]
    assert styles == sorted(styles, key=STYLE_ORDER.index)
    assert styles[0] == "fluency" and styles[-1] == "two_step_word_problem"
    assert {s: styles.count(s) for s in set(styles)} == {
        "fluency": 2,
        "missing_number": 2,
        "spot_the_mistake": 2,
        "explain": 2,
        "word_problem": 2,
        "two_step_word_problem": 2,
    }


def test_a_style_that_runs_short_hands_its_places_to_the_others():
    # digit_cards at level 1 has only two two-step story templates, so the other styles fill the sheet.
    items = sheet_items("number.digit_cards", 1, 1, 12)
    assert len(items) == 12
    assert sum(q.style == "two_step_word_problem" for q in items) == 2


def test_word_problems_never_repeat_a_template_within_a_sheet():
    items = sheet_items("calculation.short_division", 2, 4, 9, styles=("word_problem",))
    shapes = [template(q.prompt) for q in items]
    assert len(shapes) == len(set(shapes)) == 9


def test_a_topic_that_cannot_supply_n_raises_a_clear_error():
    with pytest.raises(ValueError, match=r"can only supply \d+ different questions.*not 12"):
        sheet_items("calculation.squares_cubes", 1, 1, 12, styles=("word_problem",))


def test_only_the_topics_own_styles_and_levels():
    with pytest.raises(ValueError, match="offers"):
        sheet_items("calculation.times_tables", 2, 1, 5, styles=("variation",))
    with pytest.raises(ValueError, match="at least one"):
        sheet_items("calculation.times_tables", 2, 1, 0)
    with pytest.raises(KeyError):
        sheet_items("calculation.no_such_topic", 2, 1, 5)


def test_a_representation_keeps_only_the_styles_it_suits():
    items = sheet_items("calculation.times_tables", 1, 2, 8, representation="array")
    assert len(items) == 8
    assert all(q.representation == "array" for q in items)
    assert "missing_number" not in {q.style for q in items}  # arrays do not suit missing-number items


def test_template_masks_money_numbers_units_and_names():
    a = template("Zara buys a bike for £120.50 and a helmet for 45p. How much does Zara spend altogether?")
    b = template("Kai buys a bike for £95 and a helmet for £12.99. How much does Kai spend altogether?")
    assert a == b == "NAME buys a bike for # and a helmet for #. How much does NAME spend altogether?"
    assert template("A lorry drove 1,200 km and then 35 km.") == template("A lorry drove 300 m and then 4 m.")
    assert template("A box holds 12 pencils.") != template("A box holds 12 crayons.")


def test_numbers_reads_whole_numbers_decimals_and_fractions():
    assert numbers("Work out 12,345 + 2.5 − 3/4 and 2 1/3.") == ("12345", "2.5", "3/4", "2 1/3")


@pytest.mark.parametrize("style", WORD_STYLES)
def test_word_styles_are_real_styles(style):
    assert Spec("calculation.column_addition", 2, 1, style=style).style == style


def test_a_picture_that_suits_no_style_at_the_level_is_a_clear_error():
    with pytest.raises(ValueError, match=r"only supply 0 different questions.*shown as array"):
        sheet_items("calculation.times_tables", 3, 1, 4, representation="array")
