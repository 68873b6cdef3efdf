"""A made-up demonstration group (pseudonyms only), so the reports can be tried before any real session is run."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from ks2practice import answers
from ks2practice.core import registry
from ks2practice.core.model import Attempt, Spec
from ks2practice.reports.assessment import ITEM_MARKS
from ks2practice.store import Store

DEMO_GROUP = "Demo group"
DEMO_PUPILS = ("Pupil A", "Pupil B", "Pupil C", "Pupil D", "Pupil E", "Pupil F")
DEMO_TOPICS = ("calculation.column_addition", "calculation.column_subtraction", "calculation.times_tables")


def fill_demo(store: Store, seed: int = 1, *, name: str = DEMO_GROUP, pupils: tuple[str, ...] = DEMO_PUPILS) -> str:
    """Add the demonstration group with eight sessions and two papers; returns its name. Idempotent by name.

    Another name and other pupils' names make a second made-up group (the tests use this for awkward names).
    """
    if any(g["name"] == name for g in store.find_groups(include_archived=True)):
        return name
    rng = random.Random(f"ks2practice|demo|{seed}")
    clock = _Clock(datetime(2026, 9, 14, 9, 0, tzinfo=UTC))
    # The demo's sessions are spread over five weeks of autumn term, so the store's clock is lent to the demo.
    real_clock, store._clock = store._clock, clock
    try:
        _fill(store, rng, clock, name, pupils)
    finally:
        store._clock = real_clock
    return name


def _fill(store: Store, rng: random.Random, clock: _Clock, name: str, names: tuple[str, ...]) -> None:
    group = store.add_group(name)
    pupils = [store.add_pupil(group, pupil) for pupil in names]
    strength = {p: 0.35 + 0.08 * i for i, p in enumerate(pupils)}
    for week in range(8):
        topic = DEMO_TOPICS[min(week // 3, len(DEMO_TOPICS) - 1)]
        session = store.start_session(group, topic, 2, "teach", 25)
        for n in range(5):
            question = registry.generate(Spec(topic, 2, f"demo-{week}-{n}"))
            for pupil in pupils:
                right = rng.random() < min(0.95, strength[pupil] + 0.06 * week)
                response = question.answer.format() if right else _wrong(question, rng)
                verdict = answers.check(question, response)
                store.record(
                    Attempt.of(
                        question,
                        pupil,
                        verdict.status,
                        verdict.reason,
                        response=response,
                        misconception=verdict.misconception,
                        confidence=rng.choice((1, 2, 3)),
                        session_id=session,
                    )
                )
        store.end_session(session)
        clock.now += timedelta(days=4)
    for kind, lift in (("baseline", 0.0), ("endpoint", 0.22)):
        assessment = store.add_assessment(group, kind, f"paper-arithmetic/s{1 if kind == 'baseline' else 2}",
                                          clock.now.date().isoformat())  # fmt: skip
        for pupil in pupils:
            for item, most in enumerate(ITEM_MARKS, start=1):
                chance = min(0.97, strength[pupil] + lift + 0.1 - item * 0.008)
                store.record_item_mark(assessment, pupil, item, sum(rng.random() < chance for _ in range(most)))
        clock.now += timedelta(days=60)


def _wrong(question, rng: random.Random) -> str:
    # Half of the wrong answers are the ones a named misconception predicts, as in real groups.
    if question.misconceptions and rng.random() < 0.5:
        return rng.choice(question.misconceptions).response
    value = question.answer.numeric()
    return str(int(value) + rng.choice((-10, -1, 1, 10))) if value is not None and value.denominator == 1 else "?"


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now
