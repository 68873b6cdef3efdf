"""A synthetic school for the report benchmarks: 300 pupils in 30 groups and a year of sessions (≈ 400,000 answers).

``scale`` multiplies the school: scale 10 is ten such schools on one server (3,000 pupils, 300 groups, ≈ 4 million
answers). Everything comes from one seeded ``random.Random``, so a store made twice holds the same rows. Rows go in
by the driver's fastest path: executemany in large batches on SQLite, COPY on PostgreSQL.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa

from ks2practice.store import WITH_HELP, Store
from ks2practice.store import tables as t

PUPILS = 300
GROUP_SIZE = 10
WEEKS = 38
SESSIONS_A_WEEK = 3
QUESTIONS = 12  # each pupil's answers in one session
START = datetime(2025, 9, 1, 9, 0)
STATUSES = ("incorrect", "misconception", "wrong_unit")
MISCONCEPTIONS = tuple(f"misconception_{n:02}" for n in range(40))
ATTEMPT_COLUMNS = (
    "id", "session_id", "pupil_id", "spec_code", "topic", "level", "prompt", "expected", "response", "auto_status",
    "auto_reason", "misconception", "supported", "confidence", "note", "override_status", "override_note", "recorded",
    "key",
)  # fmt: skip
BATCH = 50_000


def topic_ids() -> list[str]:
    from ks2practice.core import registry

    return [entry.id for entry in registry.topics()]


def plan(scale: int, seed: int) -> tuple[list[dict], list[dict], list[dict]]:
    """Groups, pupils and sessions as rows (ids from 1); each pupil's ability kept in ``_ability``."""
    rng = random.Random(seed)
    topics = topic_ids()
    groups, pupils, sessions = [], [], []
    per_school = PUPILS // GROUP_SIZE
    for g in range(1, per_school * scale + 1):
        school = 1 + (g - 1) // per_school
        groups.append(
            {"id": g, "name": f"Group {g:03}", "archived": 0, "created": START.isoformat(), "school_id": school}
        )
        sequence = rng.sample(topics, k=min(40, len(topics)))
        for _ in range(GROUP_SIZE):
            pupils.append(
                {"id": len(pupils) + 1, "group_id": g, "name": f"Pupil {len(pupils) + 1:05}", "archived": 0,
                 "created": START.isoformat(), "school_id": school, "year": 3 + g % 4,
                 "_ability": rng.uniform(0.45, 0.92)}
            )  # fmt: skip
        for n in range(WEEKS * SESSIONS_A_WEEK):
            when = START + timedelta(days=7 * (n // SESSIONS_A_WEEK) + 2 * (n % SESSIONS_A_WEEK), minutes=30 * (g % 12))
            topic = "mtc.tables" if n % 10 == 9 else sequence[(n // 3) % len(sequence)]
            sessions.append(
                {"id": len(sessions) + 1, "group_id": g, "topic": topic, "level": 1 + n % 3, "mode": "practice",
                 "minutes": 20, "started": when.isoformat(timespec="seconds"),
                 "ended": (when + timedelta(minutes=20)).isoformat(timespec="seconds"), "_earlier": sequence[: n // 3]}
            )  # fmt: skip
    return groups, pupils, sessions


def attempt_rows(pupils: list[dict], sessions: list[dict], seed: int) -> Iterator[tuple]:
    """Every answer of every session, oldest first, as tuples in ATTEMPT_COLUMNS order."""
    rng = random.Random(seed + 1)
    by_group: dict[int, list[dict]] = {}
    for pupil in pupils:
        by_group.setdefault(pupil["group_id"], []).append(pupil)
    number = 0
    for session in sorted(sessions, key=lambda s: (s["started"], s["id"])):
        started = datetime.fromisoformat(session["started"])
        earlier = session["_earlier"]
        for q in range(QUESTIONS):
            # Two questions in twelve revisit an earlier topic, as the revisit queue does.
            topic = rng.choice(earlier) if earlier and q >= QUESTIONS - 2 else session["topic"]
            spec = f"{topic}/L{session['level']}/s{rng.randrange(10_000)}"
            prompt = f"Question {q + 1} about {topic.split('.')[-1].replace('_', ' ')}: work it out."
            when = (started + timedelta(seconds=80 * q)).isoformat(timespec="seconds") + "+00:00"
            for pupil in by_group[session["group_id"]]:
                number += 1
                roll = rng.random()
                misconception = None
                if roll < 0.03:
                    status = "unreadable" if roll < 0.015 else "not_in_form"
                elif roll < pupil["_ability"]:
                    status = "correct"
                else:
                    status = rng.choice(STATUSES)
                    if status == "misconception":
                        misconception = rng.choice(MISCONCEPTIONS)
                override, note = None, None
                if rng.random() < 0.02:
                    override, note = rng.choice((("correct", WITH_HELP), ("correct", ""), ("incorrect", "")))
                response = str(rng.randrange(1000)) if status != "correct" else "42"
                yield (
                    number, session["id"], pupil["id"], spec, topic, session["level"], prompt, "42", response, status,
                    "", misconception, int(rng.random() < 0.05), rng.choice((None, None, 1, 2, 3)), "", override,
                    note, when, f"{session['id']}-{q}-{pupil['id']}",
                )  # fmt: skip


def _columns_of(table: sa.Table, row: dict) -> dict:
    # The rows carry every column either schema may have; each table takes the ones it has.
    return {key: value for key, value in row.items() if key in table.c}


def make_school(target: str, *, scale: int = 1, seed: int = 17) -> int:
    """Fill a new store (a SQLite path or a PostgreSQL URL) with the synthetic school; returns the answers made."""
    groups, pupils, sessions = plan(scale, seed)
    with Store(target) as store:  # makes the tables, at the current migration
        sqlite = store.engine.dialect.name == "sqlite"
        with store.engine.begin() as db:
            if db.execute(sa.select(sa.func.count()).select_from(t.attempts)).scalar():
                raise SystemExit(f"{target} already has answers: give a new file or database")
            if "schools" in t.metadata.tables:  # the school model: each school's groups and pupils
                schools = sorted({g["school_id"] for g in groups})
                db.execute(
                    t.metadata.tables["schools"].insert(),
                    [{"id": n, "name": f"School {n:02}", "slug": f"school-{n:02}", "created": START.isoformat()}
                     for n in schools],
                )  # fmt: skip
            db.execute(t.groups.insert(), [_columns_of(t.groups, g) for g in groups])
            db.execute(t.pupils.insert(), [_columns_of(t.pupils, p) for p in pupils])
            if "group_members" in t.metadata.tables:  # the school model: membership in its own table
                members = t.metadata.tables["group_members"]
                db.execute(
                    members.insert(),
                    [{"group_id": p["group_id"], "pupil_id": p["id"], "joined": p["created"]} for p in pupils],
                )
            db.execute(t.sessions.insert(), [_columns_of(t.sessions, s) for s in sessions])
        made = (
            _fill_sqlite(target, pupils, sessions, seed) if sqlite else _fill_postgresql(store, pupils, sessions, seed)
        )
    return made


def _fill_sqlite(path: str, pupils: list[dict], sessions: list[dict], seed: int) -> int:
    # sqlite3 directly: one transaction, synchronous off while filling (a benchmark store, not a school's data).
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN")
        insert = f"INSERT INTO attempts ({', '.join(ATTEMPT_COLUMNS)}) VALUES ({', '.join('?' * len(ATTEMPT_COLUMNS))})"
        made, batch = 0, []
        for row in attempt_rows(pupils, sessions, seed):
            batch.append(row)
            if len(batch) == BATCH:
                connection.executemany(insert, batch)
                made += len(batch)
                batch.clear()
        connection.executemany(insert, batch)
        made += len(batch)
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return made


def _fill_postgresql(store: Store, pupils: list[dict], sessions: list[dict], seed: int) -> int:
    made = 0
    with store.engine.connect() as db:
        raw = db.connection.dbapi_connection
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            with cursor.copy(f"COPY attempts ({', '.join(ATTEMPT_COLUMNS)}) FROM STDIN") as copy:
                for row in attempt_rows(pupils, sessions, seed):
                    copy.write_row(row)
                    made += 1
            for table in (
                "schools",
                "groups",
                "pupils",
                "group_members",
                "sessions",
                "attempts",
            ):  # ids given: move each sequence past them
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        raw.commit()  # type: ignore[union-attr]
        raw.autocommit = True  # type: ignore[union-attr]
        raw.execute("VACUUM ANALYZE")  # type: ignore[union-attr]  # what autovacuum does soon after a bulk load
        raw.autocommit = False  # type: ignore[union-attr]
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="a new SQLite file, or a PostgreSQL URL of an empty database")
    parser.add_argument("--scale", type=int, default=1, help="schools' worth of data (10 ≈ 4 million answers)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    start = time.perf_counter()
    made = make_school(args.target, scale=args.scale, seed=args.seed)
    print(f"{made:,} answers in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
