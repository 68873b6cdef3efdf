"""Tests for ks2practice.content.mtc: 25 different facts, weighted per table as the Year 4 check is, seeded."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from ks2practice.answers import check
from ks2practice.content import mtc
from ks2practice.session.codes import spec_from_code


def test_the_weighting_can_make_25_items():
    assert sum(low for low, _ in mtc.PER_TABLE.values()) <= mtc.ITEMS <= sum(h for _, h in mtc.PER_TABLE.values())
    assert set(mtc.PER_TABLE) == set(range(2, 13))
    # the hardest tables get the most items
    hardest = {t: mtc.PER_TABLE[t] for t in (6, 7, 8, 9, 12)}
    assert all(low >= mtc.PER_TABLE[t][1] for low, _ in hardest.values() for t in (2, 5, 10))


@settings(max_examples=300)
@given(seed=st.integers(0, 10**9))
def test_a_rehearsal_keeps_the_check_rules(seed):
    facts = mtc.rehearsal(random.Random(seed))
    assert len(facts) == 25
    pairs = [frozenset((f.table, f.times)) for f in facts]
    assert len(set(pairs)) == 25, "no fact twice, nor with its factors reversed"
    assert all(f.table in range(2, 13) and f.times in range(2, 13) for f in facts)
    for table, (low, high) in mtc.PER_TABLE.items():
        assert low <= sum(f.table == table for f in facts) <= high, table
    ks1 = sum(f.table in mtc.KS1_TABLES for f in facts)
    assert mtc.KS1_RANGE[0] <= ks1 <= mtc.KS1_RANGE[1]


def test_the_same_seed_gives_the_same_rehearsal_and_another_seed_another():
    assert mtc.rehearsal(random.Random("a")) == mtc.rehearsal(random.Random("a"))
    assert mtc.rehearsal(random.Random("a")) != mtc.rehearsal(random.Random("b"))


def test_a_fact_is_a_question_the_usual_checker_marks():
    fact = mtc.Fact(7, 8)
    question = mtc.fact_question(fact)
    assert question.prompt == "7 × 8 =" and fact.label == "7×8"
    assert check(question, "56").correct
    assert not check(question, "54").correct
    assert check(question, "fifty six").try_again or not check(question, "fifty six").correct


def test_a_fact_code_reads_back():
    fact = mtc.Fact(12, 9)
    spec = mtc.fact_spec(fact)
    assert spec.code == "mtc.rehearsal/L2/s12x9/fluency"
    assert mtc.fact_from_spec(spec_from_code(spec.code)) == fact


def test_codes_that_are_not_facts_are_refused():
    import pytest

    from ks2practice.core.model import Spec

    for spec in (
        Spec("number.rounding", 2, "7x8"),
        Spec(mtc.TOPIC, 2, "7y8"),
        Spec(mtc.TOPIC, 2, "1x8"),
        Spec(mtc.TOPIC, 2, "13x2"),
    ):
        with pytest.raises(ValueError):
            mtc.fact_from_spec(spec)
