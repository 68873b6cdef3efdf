"""Tests for the revisit queue in ks2practice.store: a question leaves only when it is right without help."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.session import summary
from ks2practice.store import WITH_HELP, Store


def ticking_clock(start=datetime(2026, 9, 7, 9, 0, tzinfo=UTC)):
    moments = (start + timedelta(minutes=n) for n in range(10**6))
    return lambda: next(moments)


def at(minutes):
    return (datetime(2026, 9, 7, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)).isoformat(timespec="seconds")


@pytest.fixture
def store(database):
    """A store on each engine: SQLite in memory, and a new PostgreSQL database."""
    with Store(":memory:" if isinstance(database, Path) else database, clock=ticking_clock()) as opened:
        yield opened


@pytest.fixture
def ava(store):
    return store.add_pupil(store.add_group("Otters"), "Ava")


def answer(pupil, question, status, **changes):
    return Attempt(
        pupil, f"calculation.x/L2/s{question}", "calculation.x", 2, f"{question} + {question}", str(2 * question),
        status, "reason", **changes,
    )  # fmt: skip


def queued(store, pupil):
    return {row["spec_code"]: row["times_missed"] for row in store.find_revisits(pupil)}


def test_the_with_help_note_is_the_one_the_session_summary_uses():
    assert WITH_HELP == summary.WITH_HELP


@pytest.mark.parametrize(
    ("status", "supported", "stays"),
    [
        (Status.CORRECT, False, False),
        (Status.CORRECT, True, True),  # right with help: not yet secure
        (Status.INCORRECT, False, True),
        (Status.MISCONCEPTION, False, True),
        (Status.WRONG_UNIT, False, True),
        (Status.NOT_IN_FORM, False, True),  # 'try again' is not recorded by the app; if it is, it isn't right
        (Status.UNREADABLE, False, True),
    ],
)
def test_each_automatic_mark_queues_or_clears_a_question(store, ava, status, supported, stays):
    store.record(answer(ava, 1, Status.INCORRECT))
    store.record(answer(ava, 1, status, supported=supported))
    assert queued(store, ava) == ({"calculation.x/L2/s1": 2} if stays else {})


def test_a_queued_question_keeps_its_first_miss_and_counts_every_miss_until_right_without_help(store, ava):
    store.record(answer(ava, 1, Status.INCORRECT))  # minute 2: adding the group and the pupil read minutes 0 and 1
    store.record(answer(ava, 2, Status.CORRECT))
    store.record(answer(ava, 1, Status.MISCONCEPTION, misconception="digits_added"))
    store.record(answer(ava, 1, Status.CORRECT, supported=True))
    (row,) = store.find_revisits(ava)
    assert (row["spec_code"], row["times_missed"]) == ("calculation.x/L2/s1", 3)
    assert (row["first_missed"], row["last_missed"]) == (at(2), at(5))
    assert (row["topic"], row["level"], row["prompt"], row["expected"]) == ("calculation.x", 2, "1 + 1", "2")
    store.record(answer(ava, 1, Status.CORRECT))
    assert store.find_revisits(ava) == []
    store.record(answer(ava, 1, Status.INCORRECT))  # missed again later: back, counted afresh
    (again,) = store.find_revisits(ava)
    assert (again["times_missed"], again["first_missed"]) == (1, at(7))
    assert again["id"] != row["id"]


def test_an_override_moves_the_question_both_ways_and_never_counts_twice(store, ava):
    wrong = store.record(answer(ava, 1, Status.INCORRECT))
    assert queued(store, ava) == {"calculation.x/L2/s1": 1}
    store.override(wrong, Status.CORRECT, "changed by the adult")  # the adult saw the working: right after all
    assert queued(store, ava) == {}
    store.override(wrong, Status.INCORRECT, "changed by the adult")
    store.override(wrong, Status.INCORRECT, "changed by the adult")
    assert queued(store, ava) == {"calculation.x/L2/s1": 1}
    store.override(wrong, Status.CORRECT, WITH_HELP)  # right, but with help: stays
    assert queued(store, ava) == {"calculation.x/L2/s1": 1}
    right = store.record(answer(ava, 2, Status.CORRECT))
    store.override(right, Status.WRONG_UNIT, "changed by the adult")
    assert queued(store, ava) == {"calculation.x/L2/s1": 1, "calculation.x/L2/s2": 1}


def test_an_adults_mark_decides_help_the_way_the_summary_does(store, ava):
    # Tapped "correct with help" first (supported), then changed to plain correct: the change says no help.
    helped = store.record(answer(ava, 1, Status.CORRECT, supported=True))
    assert queued(store, ava) == {"calculation.x/L2/s1": 1}
    store.override(helped, Status.CORRECT, "changed by the adult")
    assert queued(store, ava) == {}
    # A wrong answer the adult changes to correct with help stays, as the summary counts it as helped.
    wrong = store.record(answer(ava, 2, Status.INCORRECT))
    store.override(wrong, Status.CORRECT, WITH_HELP)
    assert queued(store, ava) == {"calculation.x/L2/s2": 1}


def test_the_queue_lasts_across_many_sessions_and_reopening(database):
    path = database
    with Store(path, clock=ticking_clock()) as store:
        group = store.add_group("Otters")
        ava, ben = store.add_pupil(group, "Ava"), store.add_pupil(group, "Ben")
    for week in range(12):
        with Store(path, clock=ticking_clock(datetime(2026, 9, 7 + week, tzinfo=UTC))) as store:
            session = store.start_session(group, "calculation.x", 2, "class", 20)
            for question in range(5):
                # Ava misses question 4 every week; question 3 only in the first week, then gets it right
                status = Status.INCORRECT if question == 4 or (question == 3 and week == 0) else Status.CORRECT
                store.record(answer(ava, question, status, session_id=session, key=f"{session}-{question}-a"))
            store.record(answer(ben, week, Status.INCORRECT, session_id=session))  # a new miss each week
            store.end_session(session)
    with Store(path) as store:
        assert queued(store, ava) == {"calculation.x/L2/s4": 12}
        assert len(store.find_revisits(ben)) == 12
        assert store.count_revisits([ava, ben, 999]) == {ava: 1, ben: 12, 999: 0}


def test_revisits_come_longest_waiting_first_and_counts_cover_every_pupil_asked(store, ava):
    ben = store.add_pupil(store.find_groups()[0]["id"], "Ben")
    for question in (5, 3, 9):
        store.record(answer(ava, question, Status.INCORRECT))
    store.record(answer(ava, 5, Status.INCORRECT))  # a later miss does not move question 5 back
    assert [row["spec_code"][-2:] for row in store.find_revisits(ava)] == ["s5", "s3", "s9"]
    assert store.count_revisits([]) == {}
    assert store.count_revisits(iter([ben, ava, ava])) == {ben: 0, ava: 3}
    assert store.count_revisits(range(1000, 1700))[1699] == 0  # more ids than one query takes


def test_a_repeated_key_does_not_count_a_miss_twice(store, ava):
    store.record(answer(ava, 1, Status.INCORRECT, key="s1-q1-ava"))
    store.record(answer(ava, 1, Status.INCORRECT, key="s1-q1-ava"))  # a double click
    assert queued(store, ava) == {"calculation.x/L2/s1": 1}


def test_erasing_a_pupil_empties_their_queue_only(store, ava):
    ben = store.add_pupil(store.find_groups()[0]["id"], "Ben")
    store.record(answer(ava, 1, Status.INCORRECT))
    store.record(answer(ben, 1, Status.INCORRECT))
    store.erase_pupil(ava)
    assert store.find_revisits(ava) == [] and queued(store, ben) == {"calculation.x/L2/s1": 1}
    assert sql(store, "SELECT COUNT(*) FROM revisits WHERE pupil_id = :p", {"p": ava}) == [(0,)]
