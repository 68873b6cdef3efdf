"""Tests for benchmarks/load.py: TAs recording at once lose nothing, and the counting that says so can fail."""

import os
import queue
import sys
import threading
import time
from pathlib import Path

import pytest
from stores import sql

# benchmarks/ is not a package: the load test is imported from it as a module, as `make bench-load` runs it.
sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))  # after tests/: nothing shadowed

import load

from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store

ANSWERS = 40


def _attempt(status, supported=False, prompt="p"):
    return Attempt(1, "t/L3/s0", "t", 3, prompt, "1", status, "r", supported=supported)


def test_tas_recording_at_once_lose_nothing_and_see_no_errors(database):
    tas = 3 if isinstance(database, Path) else 6  # SQLite: one file shared by a few; PostgreSQL: a school's server
    result = load.run(database, "engine", tas, ANSWERS)
    assert result.errors == []
    assert result.tally.attempts == tas * ANSWERS and len(result.latencies_ns) == tas * ANSWERS
    assert result.tally.lost == result.tally.extra == result.tally.wrong == result.tally.revisits_wrong == 0
    assert result.tally.revisits > 0  # the plan's misses do queue questions, so the queue check has work to do
    assert result.passed and result.seconds > 0


def test_a_write_dropped_without_an_error_is_found_by_the_count(tmp_path):
    result = load.run(tmp_path / "s.sqlite3", "SQLite", 2, 12, drop=7)
    assert result.errors == [] and len(result.latencies_ns) == 2 * 12 - 1
    assert result.tally.attempts == 23 and result.tally.lost == 1
    assert not result.passed


def test_the_count_finds_a_changed_mark_a_missing_row_and_a_wrong_revisit_queue(database):
    groups = load.setup(database, 1)
    sent = load.plan(groups[0], 30)
    with Store(database) as store:
        for attempt in sent:
            store.record(attempt)
        assert load.count(store, sent).consistent
        missed = next(a for a in sent if a.status is Status.INCORRECT)
        sql(store, "UPDATE attempts SET auto_status = 'correct' WHERE key = :key", {"key": missed.key})
        assert load.count(store, sent).wrong == 1
        sql(store, "DELETE FROM attempts WHERE key = :key", {"key": sent[0].key})
        assert load.count(store, sent).lost == 1
        sql(store, "UPDATE revisits SET times_missed = times_missed + 1 WHERE id = (SELECT MIN(id) FROM revisits)")
        tally = load.count(store, sent)
        assert tally.revisits_wrong == 1 and not tally.consistent


def test_an_error_a_ta_sees_is_reported_and_the_ta_carries_on(tmp_path):
    path = tmp_path / "s.sqlite3"
    (group,) = load.setup(path, 1)
    gone = load.Group(0, group.group_id, group.session_id, (group.pupil_ids[0], 999_999))  # a pupil not in the store
    results = queue.Queue()
    load.ta(path, gone, 4, threading.Barrier(1), results)
    number, latencies, errors, began, ended = results.get_nowait()
    assert number == 0 and len(latencies) == 4 and ended >= began > 0
    assert len(errors) == 2 and all(error.startswith("PupilGone: ") for error in errors)


def test_a_ta_whose_store_will_not_open_reports_that_instead_of_hanging(tmp_path):
    damaged = tmp_path / "s.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    results = queue.Queue()
    load.ta(damaged, load.Group(0, 1, 1, (1,)), 3, threading.Barrier(1), results)
    _, latencies, errors, *_ = results.get_nowait()
    assert latencies == [] and len(errors) == 1 and errors[0].startswith("opening: StoreDamaged: ")


def test_the_revisit_queue_is_worked_out_from_the_answers_alone():
    correct, wrong, helped = Status.CORRECT, Status.INCORRECT, Status.CORRECT
    cleared = [_attempt(wrong), _attempt(wrong), _attempt(correct)]
    assert load.expected_revisits(cleared) == {}
    queued = [_attempt(correct), _attempt(wrong, prompt="a"), _attempt(helped, supported=True, prompt="b")]
    assert load.expected_revisits(queued) == {(1, "t/L3/s0"): (2, "b")}  # right with help is still a miss


def test_percentiles_are_nearest_rank():
    values = list(range(1, 101))
    assert [load.percentile(values, p) for p in (50, 95, 99, 100)] == [50, 95, 99, 100]
    assert load.percentile([7], 99) == 7
    assert load.percentile([1, 2, 3], 50) == 2
    with pytest.raises(ValueError):
        load.percentile([], 50)


def test_the_plan_keys_each_answer_as_the_app_does_and_marks_some_wrong():
    group = load.Group(2, 10, 33, tuple(range(100, 106)))
    sent = load.plan(group, 13)
    assert [a.key for a in sent[:7]] == [f"33-0-{p}" for p in range(100, 106)] + ["33-1-100"]
    assert len({a.key for a in sent}) == 13 and sent == load.plan(group, 13)  # the parent can recompute it
    assert {a.status for a in load.plan(group, 200)} == {Status.CORRECT, Status.INCORRECT, Status.MISCONCEPTION}


class _CrashOnArrival:
    """Unpickled in a TA's process, it ends that process at once: a TA that dies before it can start or report."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_a_ta_that_dies_before_the_start_is_an_error_and_the_others_do_not_wait_for_it(tmp_path):
    began = time.monotonic()
    result = load.run(tmp_path / "s.sqlite3", "SQLite", 2, 5, drop=_CrashOnArrival())  # TA 1's process dies
    assert time.monotonic() - began < load.WAIT_SECONDS / 2
    assert "TA 1: never reported" in result.errors and "TA process exit code 3" in result.errors
    assert any(error.startswith("TA 2: waiting: BrokenBarrierError") for error in result.errors)
    assert result.tally.lost == 10 and not result.passed
