"""The session store: one SQLite file of groups, pupils, sessions and attempts, each write committed at once."""

from __future__ import annotations

import csv
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ks2practice.core.model import Attempt, Status

ENV_DATA_DIR = "KS2PRACTICE_DATA"
FILE_NAME = "ks2practice.sqlite3"

# Each entry moves the schema up one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE pupils (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        name TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        UNIQUE (group_id, name)
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        mode TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        started TEXT NOT NULL,
        ended TEXT
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions(id),
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        spec_code TEXT NOT NULL,
        topic TEXT NOT NULL,
        level INTEGER NOT NULL,
        prompt TEXT NOT NULL,
        expected TEXT NOT NULL,
        response TEXT,
        auto_status TEXT NOT NULL,
        auto_reason TEXT NOT NULL,
        misconception TEXT,
        supported INTEGER NOT NULL DEFAULT 0,
        confidence INTEGER,
        note TEXT NOT NULL DEFAULT '',
        override_status TEXT,
        override_note TEXT,
        recorded TEXT NOT NULL,
        key TEXT UNIQUE
    );
    CREATE INDEX attempts_by_pupil ON attempts(pupil_id, recorded);
    CREATE INDEX attempts_by_session ON attempts(session_id);
    """,
    # 2: baseline and end-point assessments (a mock arithmetic paper), marked item by item.
    """
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        kind TEXT NOT NULL CHECK (kind IN ('baseline', 'endpoint')),
        paper TEXT NOT NULL,
        taken TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (group_id, kind)
    );
    CREATE TABLE item_marks (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id),
        pupil_id INTEGER NOT NULL REFERENCES pupils(id),
        item INTEGER NOT NULL,
        marks INTEGER NOT NULL,
        recorded TEXT NOT NULL,
        PRIMARY KEY (assessment_id, pupil_id, item)
    );
    """,
)


def default_path() -> Path:
    """Where the store lives unless told otherwise: outside the repository, in the user's data folder."""
    folder = os.environ.get(ENV_DATA_DIR)
    if folder:
        return Path(folder) / FILE_NAME
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "ks2practice" / FILE_NAME


@dataclass(frozen=True)
class StoredAttempt:
    """An attempt as read back, with its id, time, and the adult's override beside the automatic verdict."""

    id: int
    attempt: Attempt
    recorded: str
    override_status: Status | None
    override_note: str | None

    @property
    def final_status(self) -> Status:
        """The mark that counts: the adult's override when there is one."""
        return self.override_status or self.attempt.status


class StoreError(ValueError):
    """A request the store refuses, with a message a teacher can act on."""


class Store:
    """One SQLite file; verbs add_, find_, record, override, erase_pupil, export. Every write commits at once."""

    def __init__(self, path: str | Path | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        self.path = ":memory:" if path == ":memory:" else Path(path) if path else default_path()
        self._clock = clock or (lambda: datetime.now(UTC))
        if self.path != ":memory:":
            _create_private_file(self.path)
        # Autocommit mode: each statement is its own transaction unless we open one explicitly.
        self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 30000")
        self._db.execute("PRAGMA secure_delete = ON")  # erased pupils' names don't linger in free pages
        if self.path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")  # a recorded answer survives power loss
        self._migrate()

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        with self._transaction():
            current = self.version
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} was written by a newer ks2practice (schema {current}); please update ks2practice"
                )
            for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                for statement in filter(str.strip, script.split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # BEGIN IMMEDIATE takes the write lock up front so two notebooks writing at once queue, not fail.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    # -- groups and pupils -----------------------------------------------------------------------------------------
    def add_group(self, name: str) -> int:
        name = _clean_name(name, "group")
        try:
            with self._transaction():
                cursor = self._db.execute("INSERT INTO groups (name, created) VALUES (?, ?)", (name, self._now()))
        except sqlite3.IntegrityError:
            raise StoreError(f"there is already a group called {name!r}") from None
        return int(cursor.lastrowid)

    def find_groups(self, include_archived: bool = False) -> list[sqlite3.Row]:
        sql = "SELECT * FROM groups" + ("" if include_archived else " WHERE archived = 0") + " ORDER BY name"
        return self._db.execute(sql).fetchall()

    def add_pupil(self, group_id: int, name: str) -> int:
        name = _clean_name(name, "pupil")
        self._require("groups", group_id)
        try:
            with self._transaction():
                cursor = self._db.execute(
                    "INSERT INTO pupils (group_id, name, created) VALUES (?, ?, ?)", (group_id, name, self._now())
                )
        except sqlite3.IntegrityError:
            raise StoreError(f"this group already has a pupil called {name!r}") from None
        return int(cursor.lastrowid)

    def rename_pupil(self, pupil_id: int, name: str) -> None:
        name = _clean_name(name, "pupil")
        self._require("pupils", pupil_id)
        try:
            with self._transaction():
                self._db.execute("UPDATE pupils SET name = ? WHERE id = ?", (name, pupil_id))
        except sqlite3.IntegrityError:
            raise StoreError(f"this group already has a pupil called {name!r}") from None

    def archive_pupil(self, pupil_id: int, archived: bool = True) -> None:
        self._require("pupils", pupil_id)
        with self._transaction():
            self._db.execute("UPDATE pupils SET archived = ? WHERE id = ?", (int(archived), pupil_id))

    def find_pupils(self, group_id: int, include_archived: bool = False) -> list[sqlite3.Row]:
        sql = "SELECT * FROM pupils WHERE group_id = ?" + ("" if include_archived else " AND archived = 0")
        return self._db.execute(sql + " ORDER BY name", (group_id,)).fetchall()

    # -- sessions and attempts -------------------------------------------------------------------------------------
    def start_session(self, group_id: int, topic: str, level: int, mode: str, minutes: int) -> int:
        self._require("groups", group_id)
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO sessions (group_id, topic, level, mode, minutes, started) VALUES (?, ?, ?, ?, ?, ?)",
                (group_id, topic, int(level), mode, int(minutes), self._now()),
            )
        return int(cursor.lastrowid)

    def end_session(self, session_id: int) -> None:
        self._require("sessions", session_id)
        with self._transaction():
            self._db.execute("UPDATE sessions SET ended = ? WHERE id = ? AND ended IS NULL", (self._now(), session_id))

    def find_sessions(self, group_id: int) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM sessions WHERE group_id = ? ORDER BY id DESC", (group_id,)).fetchall()

    def find_last_session(self, group_id: int, *, before: int | None = None) -> sqlite3.Row | None:
        """The group's most recent session with at least one attempt recorded (before session ``before``), or None."""
        sql = (
            "SELECT * FROM sessions s WHERE group_id = ?"
            " AND EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = s.id)"
        )
        values: list[int] = [group_id]
        if before is not None:
            sql += " AND id < ?"
            values.append(before)
        return self._db.execute(sql + " ORDER BY id DESC LIMIT 1", values).fetchone()

    def annotate(self, attempt_id: int, *, confidence: int | None = None, note: str | None = None) -> None:
        """Add or change the pupil's confidence (1–3) or the adult's note on a recorded attempt; marks are untouched."""
        if confidence is not None and confidence not in (1, 2, 3):
            raise StoreError("confidence is 1 (not sure), 2 (fairly sure) or 3 (sure)")
        self._require("attempts", attempt_id)
        with self._transaction():
            if confidence is not None:
                self._db.execute("UPDATE attempts SET confidence = ? WHERE id = ?", (confidence, attempt_id))
            if note is not None:
                self._db.execute("UPDATE attempts SET note = ? WHERE id = ?", (note[:500], attempt_id))

    def find_attempt(self, key: str) -> StoredAttempt | None:
        """The attempt recorded under this key (session-question-pupil), or None."""
        row = self._db.execute("SELECT * FROM attempts WHERE key = ?", (key,)).fetchone()
        return _stored(row) if row else None

    def record(self, attempt: Attempt) -> int:
        """Store one attempt and commit it before returning; a repeated key (a double click) is stored once."""
        self._require("pupils", attempt.pupil_id)
        with self._transaction():
            if attempt.key is not None:
                row = self._db.execute("SELECT id FROM attempts WHERE key = ?", (attempt.key,)).fetchone()
                if row:
                    return int(row["id"])
            cursor = self._db.execute(
                """INSERT INTO attempts (session_id, pupil_id, spec_code, topic, level, prompt, expected, response,
                       auto_status, auto_reason, misconception, supported, confidence, note, recorded, key)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    attempt.session_id,
                    attempt.pupil_id,
                    attempt.spec_code,
                    attempt.topic,
                    attempt.level,
                    attempt.prompt,
                    attempt.expected,
                    attempt.response,
                    attempt.status.value,
                    attempt.reason,
                    attempt.misconception,
                    int(attempt.supported),
                    attempt.confidence,
                    attempt.note,
                    self._now(),
                    attempt.key,
                ),
            )
        return int(cursor.lastrowid)

    def override(self, attempt_id: int, status: Status | str, note: str = "") -> None:
        """Keep the adult's mark beside the automatic one; the automatic verdict is never overwritten."""
        status = Status(status)
        self._require("attempts", attempt_id)
        with self._transaction():
            self._db.execute(
                "UPDATE attempts SET override_status = ?, override_note = ? WHERE id = ?",
                (status.value, note, attempt_id),
            )

    def find_attempts(
        self, *, pupil_id: int | None = None, session_id: int | None = None, topic: str | None = None
    ) -> list[StoredAttempt]:
        clauses, values = [], []
        for column, value in (("pupil_id", pupil_id), ("session_id", session_id), ("topic", topic)):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(f"SELECT * FROM attempts{where} ORDER BY id", values).fetchall()
        return [_stored(row) for row in rows]

    # -- baseline and end-point assessments ---------------------------------------------------------------------
    def add_assessment(self, group_id: int, kind: str, paper: str, taken: str) -> int:
        """A group's baseline or end-point paper (one of each per group); returns its id."""
        self._require("groups", group_id)
        if kind not in ("baseline", "endpoint"):
            raise StoreError("an assessment is a 'baseline' or an 'endpoint'")
        try:
            with self._transaction():
                cursor = self._db.execute(
                    "INSERT INTO assessments (group_id, kind, paper, taken, created) VALUES (?, ?, ?, ?, ?)",
                    (group_id, kind, paper, taken, self._now()),
                )
        except sqlite3.IntegrityError:
            raise StoreError(f"this group already has a {kind} assessment") from None
        return int(cursor.lastrowid)

    def find_assessments(self, group_id: int) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM assessments WHERE group_id = ? ORDER BY id", (group_id,)).fetchall()

    def record_item_mark(self, assessment_id: int, pupil_id: int, item: int, marks: int) -> None:
        """One pupil's marks on one item, committed at once; entering an item again replaces its marks."""
        self._require("assessments", assessment_id)
        self._require("pupils", pupil_id)
        with self._transaction():
            self._db.execute(
                "INSERT INTO item_marks (assessment_id, pupil_id, item, marks, recorded) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (assessment_id, pupil_id, item) DO UPDATE SET marks = excluded.marks,"
                " recorded = excluded.recorded",
                (assessment_id, pupil_id, int(item), int(marks), self._now()),
            )

    def find_item_marks(self, assessment_id: int) -> list[sqlite3.Row]:
        return self._db.execute(
            "SELECT * FROM item_marks WHERE assessment_id = ? ORDER BY pupil_id, item", (assessment_id,)
        ).fetchall()

    # -- personal data -------------------------------------------------------------------------------------------
    def erase_pupil(self, pupil_id: int) -> int:
        """Remove the pupil and every row naming them; returns how many attempts went with them."""
        self._require("pupils", pupil_id)
        with self._transaction():
            self._db.execute("DELETE FROM item_marks WHERE pupil_id = ?", (pupil_id,))
            gone = self._db.execute("DELETE FROM attempts WHERE pupil_id = ?", (pupil_id,)).rowcount
            self._db.execute("DELETE FROM pupils WHERE id = ?", (pupil_id,))
        # secure_delete zeroes the freed pages; the checkpoint moves that into the main file out of the WAL.
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return gone

    def export(self, folder: str | Path) -> list[Path]:
        """Write groups, pupils, sessions and attempts as CSV files into a folder; returns the files."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ("groups", "pupils", "sessions", "attempts", "assessments", "item_marks"):
            cursor = self._db.execute(f"SELECT * FROM {table} ORDER BY rowid")
            target = folder / f"{table}.csv"
            with open(target, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow([column[0] for column in cursor.description])
                writer.writerows(tuple(row) for row in cursor)
            written.append(target)
        return written

    def _require(self, table: str, row_id: int) -> None:
        if self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
            raise StoreError(f"no {table[:-1]} with id {row_id} in this store")


def _create_private_file(path: Path) -> None:
    # Pupil data is personal data: the file is readable by its owner only, from the moment it exists.
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(descriptor)


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise StoreError(f"please type a name for the {what}")
    if len(cleaned) > 40:
        raise StoreError(f"a {what} name is at most 40 characters")
    return cleaned


def _stored(row: sqlite3.Row) -> StoredAttempt:
    attempt = Attempt(
        pupil_id=row["pupil_id"],
        spec_code=row["spec_code"],
        topic=row["topic"],
        level=row["level"],
        prompt=row["prompt"],
        expected=row["expected"],
        status=Status(row["auto_status"]),
        reason=row["auto_reason"],
        response=row["response"],
        misconception=row["misconception"],
        supported=bool(row["supported"]),
        confidence=row["confidence"],
        note=row["note"],
        session_id=row["session_id"],
        key=row["key"],
    )
    override = Status(row["override_status"]) if row["override_status"] else None
    return StoredAttempt(row["id"], attempt, row["recorded"], override, row["override_note"])
