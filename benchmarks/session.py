"""Benchmark of the TA app's hot path: record a typed response, mark it, and show the next question (p50/p95)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from ks2practice.session import SessionApp
from ks2practice.store import Store


def record_mark_next_ms(questions: int = 150) -> tuple[float, float, int]:
    """Per question: each of three pupils' typed answers recorded (marked, committed with fsync), then Next.

    Timed server-side, through the widgets' own click handlers, on a store file with WAL and synchronous=FULL.
    Returns p50 and p95 in milliseconds of one 'record + mark (+ next question when it's the last pupil)' step.
    """
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.sqlite3") as store:
        app = SessionApp(store)
        app.new_group.value = "Bench"
        app.add_group_button.click()
        for name in ("Ava", "Ben", "Cai"):
            app.new_pupil.value = name
            app.add_pupil_button.click()
        app.topic.value = "calculation.column_addition"
        app.start_button.click()
        timings = []
        for _ in range(questions):
            pupil_ids = list(app.rows)
            for position, pupil_id in enumerate(pupil_ids):
                row = app.rows[pupil_id]
                row.answer.value = app.question.answer.format() if position % 2 == 0 else "7"
                start = time.perf_counter()
                row.record.click()
                if position == len(pupil_ids) - 1:
                    app.next_button.click()
                timings.append((time.perf_counter() - start) * 1000)
        stored = len(store.find_attempts())
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], stored
