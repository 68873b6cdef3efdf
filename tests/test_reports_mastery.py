"""Tests for ks2practice.reports.mastery, checked against small stores whose numbers are worked by hand."""

from datetime import UTC, datetime, timedelta

import pytest

from ks2practice.core.model import Attempt, Status
from ks2practice.reports.mastery import ReportError, group_progress
from ks2practice.store import Store


class Clock:
    """A clock the test moves on by a day at a time."""

    def __init__(self):
        self.now = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def answer(pupil, topic, status, n, misconception=None, confidence=None, supported=False):
    return Attempt(
        pupil_id=pupil, spec_code=f"{topic}/L2/s{n}", topic=topic, level=2, prompt=f"q{n}", expected="1",
        status=status, reason="", response="1", misconception=misconception, confidence=confidence,
        supported=supported,
    )  # fmt: skip


@pytest.fixture
def small_store():
    """Ava: 5 of 6 right in addition (secure), 1 of 4 in subtraction (not yet, 2 smaller-from-larger).
    Ben: 3 of 5 addition (developing), 2 subtraction answers (too few). Cai: nothing."""
    clock = Clock()
    store = Store(":memory:", clock=clock)
    group = store.add_group("Otters")
    ava, ben, _cai = (store.add_pupil(group, n) for n in ("Ava", "Ben", "Cai"))
    add, sub = "calculation.column_addition", "calculation.column_subtraction"
    C, W, M = Status.CORRECT, Status.INCORRECT, Status.MISCONCEPTION
    for n, status in enumerate([C, C, W, C, C, C]):
        store.record(answer(ava, add, status, n, confidence=3 if status is C else 2))
    store.record(answer(ava, add, Status.UNREADABLE, 99))  # a try-again is not a mark
    clock.now += timedelta(days=1)
    for n, status in enumerate([M, C, M, W]):
        store.record(answer(ava, sub, status, n, misconception="smaller_from_larger" if status is M else None))
    for n, status in enumerate([C, W, C, C, W]):
        store.record(answer(ben, add, status, n))
    helped = store.record(answer(ben, sub, W, 1))
    store.override(helped, Status.CORRECT, "with help")
    store.record(answer(ben, sub, M, 2, misconception="exchange_not_subtracted"))
    return store


def test_the_grid_matches_the_hand_count(small_store):
    report = group_progress(small_store, "otters")
    add, sub = report.topics
    cells = {(p, t): (c.right, c.marked, c.state) for (p, t), c in report.grid.items()}
    assert cells[("Ava", add)] == (5, 6, "secure")
    assert cells[("Ava", sub)] == (1, 4, "not yet")
    assert cells[("Ben", add)] == (3, 5, "developing")
    assert cells[("Ben", sub)] == (0, 2, "too few answers")  # the "with help" override is not independent
    assert cells[("Cai", add)] == (0, 0, "too few answers")


def test_misconceptions_days_and_next_steps(small_store):
    report = group_progress(small_store, "Otters")
    assert report.misconceptions == (("smaller_from_larger", 2), ("exchange_not_subtracted", 1))
    day1, day2 = report.sessions
    assert day1[:3] == ("2026-10-05", 5, 6) and day1[3] == pytest.approx((3 * 5 + 2) / 6)
    assert day2[:3] == ("2026-10-06", 4, 11) and day2[3] is None
    assert report.ready_to_move_on() == []
    steps = report.next_steps()
    assert steps["Ava"].startswith("Column subtraction") and "1 of the last 4" in steps["Ava"]
    assert steps["Ben"].startswith("Column addition")


def test_unknown_and_empty_groups_are_explained():
    with Store(":memory:") as store:
        with pytest.raises(ReportError, match="no groups yet"):
            group_progress(store, "Otters")
        store.add_group("Otters")
        with pytest.raises(ReportError, match="no group called 'Owls'"):
            group_progress(store, "Owls")
        with pytest.raises(ReportError, match="no pupils yet"):
            group_progress(store, "Otters")
