"""Tests for ks2practice.session.plan and codes: seeds, order, easier/harder, pictures, re-asks, variant codes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ks2practice.core.model import Attempt, Level, Spec, Status
from ks2practice.core.registry import topics
from ks2practice.session.codes import spec_from_code
from ks2practice.session.plan import Plan, easier, harder, next_representation, question_seed, reask_specs
from ks2practice.store import Store

ALL = (Level.WORKING_TOWARDS, Level.EXPECTED, Level.GREATER_DEPTH)


def test_seeds_are_stable_whole_numbers_that_differ_by_question_and_session():
    assert question_seed(7, 3) == question_seed(7, 3)
    seeds = {question_seed(s, n) for s in range(1, 6) for n in range(1, 41)}
    assert len(seeds) == 200
    assert all(isinstance(seed, int) and 0 <= seed < 1_000_000 for seed in seeds)


def test_plan_asks_the_re_asks_first_then_fresh_questions_numbered_in_turn():
    again = [Spec("number.rounding", 1, 5), Spec("number.rounding", 2, 9)]
    plan = Plan(4, "calculation.column_addition", Level.EXPECTED, reasks=list(again))
    assert [plan.next_spec(), plan.next_spec()] == again
    fresh = plan.next_spec()
    assert fresh == Spec("calculation.column_addition", Level.EXPECTED, question_seed(4, 3))
    assert plan.number == 3


def test_two_plans_for_the_same_session_give_the_same_questions():
    first, second = (Plan(9, "number.rounding", Level.EXPECTED) for _ in range(2))
    assert [first.next_spec() for _ in range(5)] == [second.next_spec() for _ in range(5)]


def test_easier_and_harder_move_the_level_and_always_give_a_new_number():
    again = [Spec("number.rounding", 1, 1), Spec("number.rounding", 3, 1)]
    plan = Plan(1, "number.rounding", Level.EXPECTED, reasks=list(again))
    assert plan.next_spec() == Spec("number.rounding", 1, 1)
    spec = plan.easier()
    assert spec.level is Level.WORKING_TOWARDS and plan.number == 2
    assert plan.easier().level is Level.WORKING_TOWARDS  # already at the bottom
    assert plan.harder().level is Level.EXPECTED
    assert plan.harder().level is Level.GREATER_DEPTH
    assert plan.harder().level is Level.GREATER_DEPTH
    assert plan.number == 6
    assert plan.reasks == [Spec("number.rounding", 3, 1)]  # a fresh question does not use up a re-ask


@pytest.mark.parametrize(
    ("level", "offered", "down", "up"),
    [
        (Level.EXPECTED, ALL, Level.WORKING_TOWARDS, Level.GREATER_DEPTH),
        (Level.EXPECTED, (Level.EXPECTED,), Level.EXPECTED, Level.EXPECTED),
        (Level.GREATER_DEPTH, (Level.WORKING_TOWARDS, Level.GREATER_DEPTH), Level.WORKING_TOWARDS, Level.GREATER_DEPTH),
    ],
)
def test_level_moves_stay_within_what_the_topic_offers(level, offered, down, up):
    assert easier(level, offered) is down and harder(level, offered) is up


def test_pictures_go_round_in_the_topic_order():
    offered = ("bar_model", "number_line", "array")
    assert next_representation(None, offered) == "bar_model"
    assert next_representation("bar_model", offered) == "number_line"
    assert next_representation("array", offered) == "bar_model"
    assert next_representation("bar_model", ()) is None


# -- variant codes --------------------------------------------------------------------------------------------
def _every_spec():
    for topic in topics():
        for level in topic.levels:
            yield Spec(topic.id, level, 17)
            for style in topic.styles:
                yield Spec(topic.id, level, 3, style=style)
            for picture in topic.representations:
                yield Spec(topic.id, level, 5, representation=picture)
                yield Spec(topic.id, level, 5, representation=picture, style=topic.styles[0])


def test_every_registered_variant_code_reads_back_to_its_spec():
    for spec in _every_spec():
        assert spec_from_code(spec.code) == spec


@given(seed=st.one_of(st.integers(-(10**9), 10**9), st.from_regex(r"[a-z][a-z0-9x-]{0,8}", fullmatch=True)))
def test_any_seed_round_trips(seed):
    spec = Spec("number.rounding", 2, seed, style="fluency")
    assert spec_from_code(spec.code) == spec


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "number.rounding",
        "number.rounding/L2",
        "number.rounding/L4/s1",
        "number.rounding/2/s1",
        "number.rounding/L2/7",
        "number.rounding/L2/s",
        "number.rounding/L2/s1/fluency/bar_model/extra",
        "number.rounding/L2/s1//",
        "number.rounding/L2/s01",
    ],
)
def test_codes_that_name_no_question_are_refused_with_a_reason(bad):
    with pytest.raises(ValueError, match=r"variant code|level|seed|unexpected|exactly"):
        spec_from_code(bad)


# -- re-asks from the store -----------------------------------------------------------------------------------
def _attempt(pupil, code, status, session, key):
    spec = spec_from_code(code)
    return Attempt(
        pupil,
        code,
        spec.topic,
        int(spec.level),
        "prompt",
        "1",
        status,
        "reason",
        response="1",
        session_id=session,
        key=key,
    )


def test_re_asks_are_the_questions_not_finally_right_once_each_in_order():
    store = Store(":memory:")
    group = store.add_group("Otters")
    ava, ben = store.add_pupil(group, "Ava"), store.add_pupil(group, "Ben")
    session = store.start_session(group, "number.rounding", 2, "teach", 20)
    a, b, c = "number.rounding/L2/s1", "number.rounding/L2/s2", "number.rounding/L1/s3/fluency"
    store.record(_attempt(ava, a, Status.CORRECT, session, "1"))
    store.record(_attempt(ben, a, Status.MISCONCEPTION, session, "2"))
    wrong_then_right = store.record(_attempt(ava, b, Status.INCORRECT, session, "3"))
    store.override(wrong_then_right, Status.CORRECT)
    right_then_wrong = store.record(_attempt(ava, c, Status.CORRECT, session, "4"))
    store.override(right_then_wrong, Status.INCORRECT)
    store.record(_attempt(ben, c, Status.INCORRECT, session, "5"))
    assert [s.code for s in reask_specs(store.find_attempts(session_id=session))] == [a, c]


def test_last_session_is_the_latest_with_something_recorded():
    store = Store(":memory:")
    group, other = store.add_group("Otters"), store.add_group("Badgers")
    pupil = store.add_pupil(group, "Ava")
    assert store.find_last_session(group) is None
    first = store.start_session(group, "number.rounding", 2, "teach", 20)
    store.record(_attempt(pupil, "number.rounding/L2/s1", Status.INCORRECT, first, "k1"))
    store.start_session(group, "number.rounding", 2, "teach", 20)  # opened and closed with nothing recorded
    store.start_session(other, "number.rounding", 2, "teach", 20)
    assert store.find_last_session(group)["id"] == first
    assert store.find_last_session(group, before=first) is None
    assert store.find_last_session(other) is None


def test_revisits_from_every_pupil_s_queue_are_merged_longest_waiting_first_each_once():
    from ks2practice.session.plan import revisit_specs

    def row(n, code, when):
        return {"id": n, "spec_code": code, "first_missed": when}

    ava = [
        row(1, "number.rounding/L2/s5", "2026-01-02T10:00:00"),
        row(2, "mtc.rehearsal/L2/s7x8/fluency", "2026-01-05"),
    ]
    ben = [
        row(3, "number.rounding/L1/s9", "2026-01-01T09:00:00"),
        row(4, "number.rounding/L2/s5", "2026-01-03T09:00:00"),  # Ava waits for it too: asked once
        row(5, "no such code", "2026-01-01T08:00:00"),  # unreadable: left out, not a stop
    ]
    assert [s.code for s in revisit_specs([ava, ben])] == [
        "number.rounding/L1/s9",
        "number.rounding/L2/s5",
        "mtc.rehearsal/L2/s7x8/fluency",
    ]
    facts = revisit_specs([ava, ben], keep=lambda spec: spec.topic == "mtc.rehearsal")
    assert [s.code for s in facts] == ["mtc.rehearsal/L2/s7x8/fluency"]
    assert revisit_specs([]) == []
