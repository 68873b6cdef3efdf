"""Load test of the store: N TAs (one process each) recording M answers at once, then every row counted (issue #17)."""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import queue
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import sqlalchemy as sa

from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store
from ks2practice.store.tables import attempts, revisits

PUPILS_PER_TA = 6
# Each pupil meets this many questions in turn, so a question comes round again and the revisit queue fills and empties.
QUESTIONS = 7
TOPIC = "calculation.column_addition"
# How a TA's answers are marked, out of 20: right, right with help (stays queued), wrong, a named misconception.
MARKS = ((Status.CORRECT, False),) * 10 + ((Status.CORRECT, True),) * 2 + ((Status.INCORRECT, False),) * 5
MARKS += ((Status.MISCONCEPTION, False),) * 3
# How long a TA waits for the others to be ready, and the parent for a TA's figures, before calling it a failure.
WAIT_SECONDS = 600


@dataclass(frozen=True)
class Group:
    """One TA's group: its id, the session the TA runs, and its pupils."""

    ta: int
    group_id: int
    session_id: int
    pupil_ids: tuple[int, ...]


@dataclass(frozen=True)
class Tally:
    """What the store holds after a run, against what the TAs sent."""

    attempts: int
    lost: int  # planned answers with no row
    extra: int  # rows no TA sent
    wrong: int  # rows whose pupil, question or mark differ from what was sent
    revisits: int
    revisits_wrong: int  # queue entries missing, extra, or with the wrong count or prompt

    @property
    def consistent(self) -> bool:
        return self.lost == self.extra == self.wrong == self.revisits_wrong == 0


@dataclass
class Result:
    """One engine's run: every write's latency (ns, in the child), the errors a TA saw, and the count afterwards."""

    engine: str
    tas: int
    answers: int
    seconds: float  # from the first write to the last, across all the TAs
    latencies_ns: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    tally: Tally | None = None

    @property
    def passed(self) -> bool:
        """No TA saw an error, every answer sent is stored once as sent, and every revisit queue is as worked out."""
        tally = self.tally
        return not self.errors and tally is not None and tally.consistent and tally.attempts == self.tas * self.answers

    @property
    def writes_per_second(self) -> float:
        return len(self.latencies_ns) / self.seconds if self.seconds else 0.0


def plan(group: Group, answers: int) -> list[Attempt]:
    """The answers one TA records, in order: pupils in turn, one question per round, as the app keys them.

    Deterministic from the TA's number, so the parent recomputes what should be stored without asking the store.
    """
    made = []
    for index in range(answers):
        number, pupil = divmod(index, len(group.pupil_ids))
        pupil_id = group.pupil_ids[pupil]
        question = number % QUESTIONS
        status, supported = random.Random(f"load|{group.ta}|{index}").choice(MARKS)
        made.append(
            Attempt(
                pupil_id=pupil_id,
                spec_code=f"{TOPIC}/L3/s{question}",
                topic=TOPIC,
                level=3,
                prompt=f"{100 + question} + {group.ta} (round {number})",
                expected=str(100 + question + group.ta),
                status=status,
                reason="load test",
                response="?",
                misconception="load.test" if status is Status.MISCONCEPTION else None,
                supported=supported,
                session_id=group.session_id,
                key=f"{group.session_id}-{number}-{pupil_id}",  # SessionApp._key: session-question-pupil
            )
        )
    return made


def setup(target: str | Path, tas: int) -> list[Group]:
    """A group of PUPILS_PER_TA pupils and a started session for each TA."""
    groups = []
    with Store(target) as store:
        for ta in range(tas):
            group_id = store.add_group(f"Load group {ta + 1}")
            pupil_ids = tuple(store.add_pupil(group_id, f"Pupil {ta + 1}.{n + 1}") for n in range(PUPILS_PER_TA))
            session_id = store.start_session(group_id, TOPIC, 3, "practice", 20)
            groups.append(Group(ta, group_id, session_id, pupil_ids))
    return groups


def _said(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"


def ta(target: str | Path, group: Group, answers: int, start, results, drop: int | None = None) -> None:
    """One TA's process: open the store, wait for the others, record every answer timing each write, report back.

    Any exception from opening the store or from a write is an error the TA would see; the TA carries on with the
    next answer, as the app does. ``drop`` (tests only) skips that answer silently: a write lost without an error.
    """
    latencies: list[int] = []
    errors: list[str] = []
    store = None
    began = ended = 0
    try:
        store = Store(target)
    except Exception as error:
        errors.append(f"opening: {_said(error)}")
    try:
        start.wait(WAIT_SECONDS)
        began = time.monotonic_ns()  # one clock for every process on Linux, so the parent can find the run's span
        for index, attempt in enumerate(plan(group, answers)):
            if store is None or index == drop:
                continue
            write_began = time.perf_counter_ns()
            try:
                store.record(attempt)
            except Exception as error:
                errors.append(_said(error))
            latencies.append(time.perf_counter_ns() - write_began)
        ended = time.monotonic_ns()
    except Exception as error:
        errors.append(f"waiting: {_said(error)}")
    finally:
        if store is not None:
            store.close()
        results.put((group.ta, latencies, errors, began, ended))


def run(target: str | Path, engine: str, tas: int, answers: int, *, drop: int | None = None) -> Result:
    """Set up the groups, start the TAs at once (spawned processes), gather their figures, then count every row."""
    groups = setup(target, tas)
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(tas), context.Queue()
    processes = [
        context.Process(target=ta, args=(target, group, answers, start, results, drop if group.ta == 0 else None))
        for group in groups
    ]
    for process in processes:
        process.start()
    result = Result(engine, tas, answers, 0.0)
    reported, spans = set(), []
    deadline = time.monotonic() + WAIT_SECONDS
    while len(reported) < tas and time.monotonic() < deadline:
        try:
            number, latencies, errors, began, ended = results.get(timeout=1)
        except queue.Empty:
            if any(process.exitcode for process in processes):
                start.abort()  # a TA crashed before the start: the others stop waiting for it, and report
            if not any(process.is_alive() for process in processes) and results.empty():
                break  # every TA has gone, some without reporting
            continue
        reported.add(number)
        spans += [(began, ended)] if ended else []
        result.latencies_ns += latencies
        result.errors += [f"TA {number + 1}: {error}" for error in errors]
    for process in processes:
        process.join(WAIT_SECONDS)
    if spans:  # from the first TA starting to record to the last one finishing
        result.seconds = (max(end for _, end in spans) - min(start for start, _ in spans)) / 1e9
    result.errors += [f"TA {group.ta + 1}: never reported" for group in groups if group.ta not in reported]
    result.errors += [f"TA process exit code {p.exitcode}" for p in processes if p.exitcode != 0]
    result.latencies_ns.sort()
    with Store(target) as store:
        result.tally = count(store, [attempt for group in groups for attempt in plan(group, answers)])
    return result


def expected_revisits(sent: Iterable[Attempt]) -> dict[tuple[int, str], tuple[int, str]]:
    """Each pupil's queue, worked out in Python from what was sent: (pupil, question) → (times missed, last prompt).

    An answer right without help clears its question; any other answer is a miss counted since the last clear.
    """
    queued: dict[tuple[int, str], tuple[int, str]] = {}
    for attempt in sent:
        question = (attempt.pupil_id, attempt.spec_code)
        if attempt.status is Status.CORRECT and not attempt.supported:
            queued.pop(question, None)
        else:
            misses = queued.get(question, (0, ""))[0]
            queued[question] = (misses + 1, attempt.prompt)
    return queued


def count(store: Store, sent: Sequence[Attempt]) -> Tally:
    """Every attempt and revisit row of the pupils sent to, read back and checked against what was sent."""
    pupil_ids = sorted({attempt.pupil_id for attempt in sent})
    with store.engine.connect() as db:
        stored = db.execute(
            sa.select(
                attempts.c.key, attempts.c.pupil_id, attempts.c.spec_code, attempts.c.auto_status, attempts.c.supported
            ).where(attempts.c.pupil_id.in_(pupil_ids))
        ).all()
        queued = db.execute(
            sa.select(revisits.c.pupil_id, revisits.c.spec_code, revisits.c.times_missed, revisits.c.prompt).where(
                revisits.c.pupil_id.in_(pupil_ids)
            )
        ).all()
    by_key = {attempt.key: attempt for attempt in sent}
    found = Counter(row.key for row in stored)
    wrong = sum(count - 1 for count in found.values())  # a key stored twice: a double click stored twice
    for row in stored:
        attempt = by_key.get(row.key)
        if attempt is not None and (row.pupil_id, row.spec_code, row.auto_status, bool(row.supported)) != (
            attempt.pupil_id,
            attempt.spec_code,
            attempt.status.value,
            attempt.supported,
        ):
            wrong += 1
    expected = expected_revisits(sent)
    actual = {(row.pupil_id, row.spec_code): (row.times_missed, row.prompt) for row in queued}
    return Tally(
        attempts=len(stored),
        lost=len(by_key.keys() - found.keys()),
        extra=len(found.keys() - by_key.keys()),
        wrong=wrong,
        revisits=len(queued),
        revisits_wrong=sum(expected.get(question) != actual.get(question) for question in expected.keys() | actual),
    )


def percentile(sorted_values: Sequence[int], percent: int) -> int:
    """Nearest-rank percentile of values already sorted (the smallest value with percent% at or below it)."""
    if not sorted_values:
        raise ValueError("no values")
    rank = -(-percent * len(sorted_values) // 100)  # ceiling, in integers
    return sorted_values[max(rank, 1) - 1]


def _ms(nanoseconds: int) -> str:
    return f"{nanoseconds / 1_000_000:.1f} ms"


def table(results: Iterable[Result]) -> str:
    """The results as a Markdown table, one row per engine."""
    lines = [
        "| engine | TAs × answers | writes/s | p50 | p95 | p99 | max | errors | attempts | lost | wrong | revisits "
        "(wrong) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        t = r.tally
        assert t is not None
        lat = r.latencies_ns
        lines.append(
            f"| {r.engine} | {r.tas} × {r.answers} | {r.writes_per_second:.0f} | {_ms(percentile(lat, 50))} | "
            f"{_ms(percentile(lat, 95))} | {_ms(percentile(lat, 99))} | {_ms(lat[-1])} | {len(r.errors)} | "
            f"{t.attempts:,} | {t.lost} | {t.wrong} | {t.revisits:,} ({t.revisits_wrong}) |"
        )
    return "\n".join(lines)


def _postgresql(tas: int, answers: int, durable: bool) -> Result | None:
    """A run on a throwaway cluster (tests/pg.py), restarted with fsync on unless ``durable`` is False."""
    from pg import PORT, Server, binaries

    folder = binaries()
    if folder is None:
        print("PostgreSQL is not installed here (Debian: apt-get install postgresql): its run is skipped.")
        return None
    server = Server(folder)
    try:
        if durable:  # tests/pg.py turns fsync off for speed; a school's server keeps it on, as SQLite's FULL sync
            options = f"-k {server.root} -c listen_addresses='' -p {PORT} -c max_connections=200"
            server.run("pg_ctl", "-D", str(server.data), "-o", options, "-l", str(server.root / "log"), "-w", "restart")
        with server.database() as url:
            return run(url, "PostgreSQL" + ("" if durable else " (fsync off)"), tas, answers)
    finally:
        server.stop()


def _sqlite(tas: int, answers: int) -> Result:
    with tempfile.TemporaryDirectory() as folder:
        return run(Path(folder) / "load.sqlite3", "SQLite (one file)", tas, answers)


def _machine() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", choices=("both", "postgresql", "sqlite"), default="both")
    parser.add_argument("--pg-tas", type=int, default=30)
    parser.add_argument("--sqlite-tas", type=int, default=6)
    parser.add_argument("--answers", type=int, default=500, help="answers each TA records")
    parser.add_argument("--fsync-off", action="store_true", help="PostgreSQL as the tests run it, without fsync")
    options = parser.parse_args(argv)
    print(f"{date.today()} — {_machine()}, {multiprocessing.cpu_count()} cores, Python {platform.python_version()}")
    results = []
    if options.engine in ("both", "postgresql"):
        pg_result = _postgresql(options.pg_tas, options.answers, not options.fsync_off)
        results += [pg_result] if pg_result else []
    if options.engine in ("both", "sqlite"):
        results.append(_sqlite(options.sqlite_tas, options.answers))
    print(table(results))
    for result in results:
        for error in result.errors[:10]:
            print(f"  {result.engine}: {error}")
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
