"""Tests for ks2practice.session.summary: exact accuracy, misconceptions, confidence against accuracy, next time."""

from fractions import Fraction

from ks2practice.core.model import Attempt, Status
from ks2practice.session.summary import describe, fact_record, next_time_plan, pupil_summaries
from ks2practice.store import Store


def _store():
    store = Store(":memory:")
    group = store.add_group("Otters")
    ava, ben, cat = (store.add_pupil(group, name) for name in ("Ava", "Ben", "Cat"))
    session = store.start_session(group, "calculation.column_subtraction", 2, "teach", 20)
    rows = [
        (ava, "calculation.column_subtraction/L2/s1", Status.CORRECT, None, 3, False),
        (ava, "calculation.column_subtraction/L2/s2", Status.MISCONCEPTION, "smaller_from_larger", 3, False),
        (ava, "calculation.column_subtraction/L2/s3", Status.CORRECT, None, 1, True),
        (ben, "calculation.column_subtraction/L2/s1", Status.INCORRECT, None, 2, False),
        (ben, "calculation.column_subtraction/L2/s2", Status.MISCONCEPTION, "smaller_from_larger", None, False),
        (ben, "calculation.column_subtraction/L2/s3", Status.MISCONCEPTION, "smaller_from_larger", 1, False),
    ]
    ids = []
    for number, (pupil, code, status, mis, confidence, helped) in enumerate(rows):
        ids.append(
            store.record(
                Attempt(
                    pupil,
                    code,
                    "calculation.column_subtraction",
                    2,
                    f"Question {code[-1]}",
                    "5",
                    status,
                    "r",
                    response=None if helped else "4",
                    misconception=mis,
                    confidence=confidence,
                    supported=helped,
                    session_id=session,
                    key=f"{session}-{number}-{pupil}",
                )
            )
        )
    store.override(ids[3], Status.CORRECT)  # the adult saw Ben's working: right after all
    return store, session, {ava: "Ava", ben: "Ben", cat: "Cat"}


def test_each_pupil_is_summarised_with_the_adult_s_mark_counting():
    store, session, names = _store()
    ava, ben, cat = pupil_summaries(store.find_attempts(session_id=session), names)
    # Ava's third was correct with help: shown as help, not counted among the right answers.
    assert (ava.name, ava.asked, ava.correct, ava.supported) == ("Ava", 3, 1, 1)
    assert ava.accuracy == Fraction(1, 3) and ava.percent == 33
    assert ava.misconceptions == (("smaller_from_larger", 1),)
    assert ava.confidence == ((1, 0, 1), (3, 1, 2))
    assert ava.sure_but_wrong == 1
    assert (ben.correct, ben.accuracy, ben.percent) == (1, Fraction(1, 3), 33)
    assert ben.misconceptions == (("smaller_from_larger", 2),)
    assert ben.confidence == ((1, 0, 1), (2, 1, 1))
    assert cat.asked == 0 and cat.accuracy is None and cat.percent is None


def test_percent_rounds_half_up_exactly():
    from ks2practice.session.summary import PupilSummary

    assert PupilSummary(1, "A", 8, 1, 0, (), (), 0).percent == 13  # 12.5 → 13
    assert PupilSummary(1, "A", 200, 1, 0, (), (), 0).percent == 1  # 0.5 → 1


def test_descriptions_are_plain_lines():
    store, session, names = _store()
    lines = [describe(s) for s in pupil_summaries(store.find_attempts(session_id=session), names)]
    assert lines == [
        "Ava: 1 out of 3 right (33%), and 1 more right with help; sure but wrong 1 time",
        "Ben: 1 out of 3 right (33%)",
        "Cat: nothing recorded this session",
    ]


def test_next_time_re_asks_what_anyone_missed():
    store, session, _ = _store()
    codes = [s.code for s in next_time_plan(store.find_attempts(session_id=session))]
    assert codes == ["calculation.column_subtraction/L2/s2", "calculation.column_subtraction/L2/s3"]


def test_fact_record_is_per_fact_per_pupil_in_table_order():
    store = Store(":memory:")
    group = store.add_group("Otters")
    ava = store.add_pupil(group, "Ava")
    session = store.start_session(group, "mtc.rehearsal", 2, "mtc", 20)
    for number, (a, b, status) in enumerate([(12, 3, Status.CORRECT), (2, 8, Status.INCORRECT), (7, 8, "correct")]):
        store.record(
            Attempt(
                ava,
                f"mtc.rehearsal/L2/s{a}x{b}/fluency",
                "mtc.rehearsal",
                2,
                f"{a} × {b} =",
                str(a * b),
                status,
                "r",
                session_id=session,
                key=str(number),
            )
        )
    record = fact_record(store.find_attempts(session_id=session), {ava: "Ava"})
    assert list(record) == ["2 × 8", "7 × 8", "12 × 3"]
    assert record["2 × 8"] == {"Ava": False} and record["12 × 3"] == {"Ava": True}


def test_a_mark_changed_to_with_help_counts_as_help_and_a_change_away_does_not():
    store, session, names = _store()
    rows = store.find_attempts(session_id=session)
    store.override(rows[0].id, Status.CORRECT, "with help")  # Ava's first: right, but the adult helped
    store.override(rows[2].id, Status.INCORRECT, "changed by the adult")  # Ava's third: helped, then marked wrong
    ava = pupil_summaries(store.find_attempts(session_id=session), names)[0]
    assert (ava.correct, ava.supported) == (0, 1)


def test_confidence_and_notes_can_be_added_later_but_only_1_to_3():
    import pytest

    from ks2practice.store import StoreError

    store, session, _ = _store()
    first = store.find_attempts(session_id=session)[0]
    store.annotate(first.id, confidence=1, note="needed the bar model")
    again = store.find_attempt(first.attempt.key)
    assert (again.attempt.confidence, again.attempt.note, again.final_status) == (
        1,
        "needed the bar model",
        first.final_status,
    )
    with pytest.raises(StoreError):
        store.annotate(first.id, confidence=4)
    assert store.find_attempt("no such key") is None


def test_with_help_counts_the_same_in_the_summary_and_the_report():
    """One rule: correct with help is "right with help" — never counted as right, in the summary or the report."""
    from itertools import product

    from ks2practice.reports.mastery import cell_for, is_right
    from ks2practice.session.summary import WITH_HELP, right_with_help

    store = Store(":memory:")
    group = store.add_group("Otters")
    ava = store.add_pupil(group, "Ava")
    session = store.start_session(group, "calculation.column_subtraction", 2, "teach", 20)
    overrides = [None, (Status.CORRECT, WITH_HELP), (Status.CORRECT, "changed by the adult"), (Status.INCORRECT, "")]
    for number, (status, supported, override) in enumerate(
        product((Status.CORRECT, Status.INCORRECT), (False, True), overrides)
    ):
        attempt_id = store.record(
            Attempt(
                ava,
                f"calculation.column_subtraction/L2/s{number}",
                "calculation.column_subtraction",
                2,
                "52 − 27 =",
                "25",
                status,
                "r",
                supported=supported,
                session_id=session,
                key=str(number),
            )
        )
        if override:
            store.override(attempt_id, *override)
    rows = store.find_attempts(session_id=session)
    assert len(rows) == 16
    [summary] = pupil_summaries(rows, {ava: "Ava"})
    right = [r for r in rows if is_right(r)]
    helped = [r for r in rows if right_with_help(r)]
    # The report's "right" and the summary's "right" are the same answers; "with help" is never among them.
    assert [r.attempt.key for r in right] == ["0", "2", "6", "10", "14"]
    assert [r.attempt.key for r in helped] == ["1", "4", "5", "9", "13"]
    assert (summary.correct, summary.supported) == (len(right), len(helped)) == (5, 5)
    assert cell_for(rows).right == sum(map(is_right, rows[-6:]))
    # The adult's latest mark decides: a mark changed to "with help" is help, a mark changed without it is not.
    by_key = {r.attempt.key: r for r in rows}
    assert right_with_help(by_key["1"]) and not is_right(by_key["1"])  # correct, changed to correct with help
    assert is_right(by_key["6"]) and not right_with_help(by_key["6"])  # helped, then changed to plain correct
    assert not is_right(by_key["4"]) and right_with_help(by_key["4"])  # tapped "✓ With help"
