"""The session store: one SQLite file of groups, pupils, sessions and attempts, each write committed at once."""

# Pupil data is personal data, so the store keeps it close: the file is readable by its owner only, ids are never reused
# (an answer can't land on a pupil added after an erased one), a record for a pupil who has gone is refused, erasing a
# pupil says truthfully where they may still be found, and a damaged file is copied aside and reported, never rebuilt.
from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from ks2practice.core.model import Attempt, Status
from ks2practice.core.private_files import csv_bytes, private_folder, write_private
from ks2practice.store.files import (
    ENV_DATA_DIR,
    FILE_NAME,
    copy_aside,
    default_path,
    is_damage,
    prepare_file,
    quick_check,
)
from ks2practice.store.schema import MIGRATIONS, MISSES, WITH_HELP

__all__ = [
    "DATA_EXPORT",
    "ENV_DATA_DIR",
    "FILE_NAME",
    "MIGRATIONS",
    "WITH_HELP",
    "ErasedReport",
    "KnownFile",
    "PaperExists",
    "PupilGone",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoredAttempt",
    "default_path",
]

# What a recorded export of the whole data set is called in the exports table, and what it writes: one CSV file
# per table, of which these name pupils (by name, or by id beside their answers).
DATA_EXPORT = "data export"
EXPORTED_TABLES = ("groups", "pupils", "sessions", "attempts", "revisits", "assessments", "item_marks")
NAMING_TABLES = frozenset({"pupils", "attempts", "revisits", "item_marks"})

# How long erasing waits for other windows to let go of the store before saying an old copy is still in its files.
ERASE_WAIT_SECONDS = 10.0


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


@dataclass(frozen=True)
class KnownFile:
    """A file ks2practice wrote that names a pupil, as erasing that pupil found it."""

    path: Path
    kind: str
    written: str
    existed: bool  # the file was still there when the pupil was erased
    deleted: bool = False  # erasing deleted it: the whole file, with every other pupil in it
    problem: str = ""  # why it could not be deleted


@dataclass(frozen=True)
class ErasedReport:
    """What erasing a pupil did, told truthfully."""

    pupil_id: int
    attempts: int  # how many recorded answers went with the pupil
    files: tuple[KnownFile, ...]  # every file the store knows was written naming the pupil
    log_cleared: bool  # False: the rows are gone, but an old copy stays in the store's files until others close it

    @property
    def remaining(self) -> tuple[KnownFile, ...]:
        """The files still on disk that name the pupil."""
        return tuple(file for file in self.files if file.existed and not file.deleted)


class StoreError(ValueError):
    """A request the store refuses, with a message a teacher can act on."""


class PupilGone(StoreError):
    """The pupil (or the answer being changed) is no longer in the store, so nothing was saved."""


class PaperExists(StoreError):
    """The group already has this kind of paper stored, and replacing it was not asked for."""


class StoreDamaged(StoreError):
    """The store file is not a usable SQLite store; a copy was kept beside it and the original left as it was."""


_Result = TypeVar("_Result")


def _guarded(method: Callable[..., _Result]) -> Callable[..., _Result]:
    """A damaged file found part-way through (a page that can't be read) becomes StoreDamaged, with a copy kept."""

    @functools.wraps(method)
    def run(self: Store, *args: Any, **kwargs: Any) -> _Result:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            if is_damage(error):
                raise self.damaged(error) from error
            raise

    return run


class Store:
    """One SQLite file; verbs add_, find_, record, override, erase, export. Every write commits at once.

    Permissions. The store file, and its -wal and -shm files, are made readable by their owner only (0600) before
    SQLite opens them, whatever the umask; SQLite gives new -wal and -shm files the main file's mode. The data folder
    (the folder of the default store, in the user's data folder or $KS2PRACTICE_DATA) is made 0700, and tightened to
    0700 if it exists. A folder the store has to create for an explicit path is made 0700 too; an existing folder the
    user chose is theirs, and its mode is left alone.

    Damage. A file that is not a usable store (not SQLite, truncated, pages overwritten, or empty) is copied aside as
    ``<name>.damaged-<UTC time>`` (with its -wal, if any) and StoreDamaged is raised with one line saying where the
    copy is and how to start afresh. The store is never re-created over it. A file that does not exist is created.
    """

    def __init__(self, path: str | Path | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        self.path: Path | str = ":memory:" if path == ":memory:" else Path(path) if path else default_path()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._damaged_copy: str | None = None
        unchecked = isinstance(self.path, Path) and prepare_file(self.path) and not self._check()
        # Autocommit mode: each statement is its own transaction unless we open one explicitly.
        self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        try:
            self._db.row_factory = sqlite3.Row
            if unchecked:  # the read-only look was not possible: check through this connection instead
                quick_check(self._db)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 30000")
            self._db.execute("PRAGMA secure_delete = ON")  # erased pupils' names don't linger in free pages
            if isinstance(self.path, Path):
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")  # a recorded answer survives power loss
            self._migrate()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                self._db.close()
                raise
            damage = self.damaged(error)  # copied while still open: closing may fold the log into the file
            self._db.close()
            raise damage from error
        except BaseException:
            self._db.close()
            raise

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

    def _check(self) -> bool:
        """Refuse an existing file that is not a usable store, looking through a read-only connection first.

        A read-only connection can't change the file or its -wal (a writable one may delete a -wal it doesn't
        recognise, or fold it into the file on closing), so a damaged store is copied aside as it was found. The
        check reads every page once without cross-checking indexes: 0.07–0.16 s for a 56 MB store of 200,000
        answers (measured with the file in the page cache; a full integrity_check took 0.44 s).
        Returns False when a read-only connection could not be made, so the check is still to do.
        """
        assert isinstance(self.path, Path)
        if self.path.stat().st_size == 0:
            raise self.damaged("it is empty (0 bytes), so it holds no store")
        try:
            probe = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
            try:
                quick_check(probe)
            finally:
                probe.close()
        except sqlite3.DatabaseError as error:
            if is_damage(error):
                raise self.damaged(error) from error
            return False  # can't be opened read-only here (locked, say)
        return True

    def _migrate(self) -> None:
        if self.version == len(MIGRATIONS):
            return
        # Foreign keys can only be switched off outside a transaction; a rebuilt table is checked before commit.
        self._db.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._transaction():
                current = self.version  # again, now the write lock is held: another window may have upgraded it
                if current > len(MIGRATIONS):
                    raise StoreError(
                        f"{self.path} was written by a newer ks2practice (schema {current}); please update ks2practice"
                    )
                for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
                    for statement in filter(str.strip, script.split(";")):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {number}")
                broken = self._db.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    tables = sorted({row[0] for row in broken})
                    raise StoreError(
                        f"can't upgrade {self.path}: rows in {', '.join(tables)} refer to rows that are missing; "
                        "nothing was changed"
                    )
        finally:
            self._db.execute("PRAGMA foreign_keys = ON")

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

    def damaged(self, error: BaseException | str) -> StoreDamaged:
        """The one-line refusal for a store that can't be read, after copying the file aside (once per Store).

        Export, erase and every other verb turn a damaged page met part-way through into this; callers holding a raw
        ``sqlite3.DatabaseError`` about damage can do the same with ``raise store.damaged(error) from error``.
        """
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        if not isinstance(self.path, Path):
            return StoreDamaged(f"the store in memory is damaged ({reason})")
        if self._damaged_copy is None:
            try:
                self._damaged_copy = f"a copy is kept at {copy_aside(self.path.absolute(), self._clock())}"
            except OSError as problem:
                self._damaged_copy = f"no copy could be made ({problem.strerror or problem})"
        where = self.path.absolute()
        return StoreDamaged(
            f"the store {where} is damaged and can't be used ({reason}); {self._damaged_copy}; "
            f"to start afresh, move {where.name} out of {where.parent} or set {ENV_DATA_DIR} to a new folder"
        )

    # -- groups and pupils -----------------------------------------------------------------------------------------
    @_guarded
    def add_group(self, name: str) -> int:
        name = _clean_name(name, "group")
        try:
            with self._transaction():
                cursor = self._db.execute("INSERT INTO groups (name, created) VALUES (?, ?)", (name, self._now()))
        except sqlite3.IntegrityError:
            raise StoreError(f"there is already a group called {name!r}") from None
        return int(cursor.lastrowid)

    @_guarded
    def find_groups(self, include_archived: bool = False) -> list[sqlite3.Row]:
        sql = "SELECT * FROM groups" + ("" if include_archived else " WHERE archived = 0") + " ORDER BY name"
        return self._db.execute(sql).fetchall()

    @_guarded
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

    @_guarded
    def rename_pupil(self, pupil_id: int, name: str) -> None:
        name = _clean_name(name, "pupil")
        self._require("pupils", pupil_id)
        try:
            with self._transaction():
                self._db.execute("UPDATE pupils SET name = ? WHERE id = ?", (name, pupil_id))
        except sqlite3.IntegrityError:
            raise StoreError(f"this group already has a pupil called {name!r}") from None

    @_guarded
    def archive_pupil(self, pupil_id: int, archived: bool = True) -> None:
        self._require("pupils", pupil_id)
        with self._transaction():
            self._db.execute("UPDATE pupils SET archived = ? WHERE id = ?", (int(archived), pupil_id))

    @_guarded
    def find_pupils(self, group_id: int, include_archived: bool = False) -> list[sqlite3.Row]:
        sql = "SELECT * FROM pupils WHERE group_id = ?" + ("" if include_archived else " AND archived = 0")
        return self._db.execute(sql + " ORDER BY name", (group_id,)).fetchall()

    # -- sessions and attempts -------------------------------------------------------------------------------------
    @_guarded
    def start_session(self, group_id: int, topic: str, level: int, mode: str, minutes: int) -> int:
        self._require("groups", group_id)
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO sessions (group_id, topic, level, mode, minutes, started) VALUES (?, ?, ?, ?, ?, ?)",
                (group_id, topic, int(level), mode, int(minutes), self._now()),
            )
        return int(cursor.lastrowid)

    @_guarded
    def end_session(self, session_id: int) -> None:
        self._require("sessions", session_id)
        with self._transaction():
            self._db.execute("UPDATE sessions SET ended = ? WHERE id = ? AND ended IS NULL", (self._now(), session_id))

    @_guarded
    def find_sessions(self, group_id: int) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM sessions WHERE group_id = ? ORDER BY id DESC", (group_id,)).fetchall()

    @_guarded
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

    @_guarded
    def annotate(self, attempt_id: int, *, confidence: int | None = None, note: str | None = None) -> None:
        """Add or change the pupil's confidence (1–3) or the adult's note on a recorded attempt; marks are untouched."""
        if confidence is not None and confidence not in (1, 2, 3):
            raise StoreError("confidence is 1 (not sure), 2 (fairly sure) or 3 (sure)")
        with self._transaction():
            self._attempt_pupil(attempt_id, "note")
            if confidence is not None:
                self._db.execute("UPDATE attempts SET confidence = ? WHERE id = ?", (confidence, attempt_id))
            if note is not None:
                self._db.execute("UPDATE attempts SET note = ? WHERE id = ?", (note[:500], attempt_id))

    @_guarded
    def find_attempt(self, key: str) -> StoredAttempt | None:
        """The attempt recorded under this key (session-question-pupil), or None."""
        row = self._db.execute("SELECT * FROM attempts WHERE key = ?", (key,)).fetchone()
        return _stored(row) if row else None

    @_guarded
    def record(self, attempt: Attempt) -> int:
        """Store one attempt and commit it before returning; a repeated key (a double click) is stored once.

        The question joins the pupil's revisit queue, or leaves it, in the same transaction. Raises PupilGone when
        the pupil is no longer in the store (erased from another window, say): the answer is not saved.
        """
        with self._transaction():
            if self._db.execute("SELECT 1 FROM pupils WHERE id = ?", (attempt.pupil_id,)).fetchone() is None:
                raise PupilGone(_gone("answer"))
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
            self._requeue(attempt.pupil_id, attempt.spec_code)
        return int(cursor.lastrowid)

    @_guarded
    def override(self, attempt_id: int, status: Status | str, note: str = "") -> None:
        """Keep the adult's mark beside the automatic one; the automatic verdict is never overwritten.

        The question's place in the revisit queue follows the new final mark (note ``WITH_HELP``: right, with help,
        so it stays queued). Raises PupilGone when the attempt went with an erased pupil.
        """
        status = Status(status)
        with self._transaction():
            pupil_id, spec_code = self._attempt_pupil(attempt_id, "change")
            self._db.execute(
                "UPDATE attempts SET override_status = ?, override_note = ? WHERE id = ?",
                (status.value, note, attempt_id),
            )
            self._requeue(pupil_id, spec_code)

    @_guarded
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

    # -- questions to revisit --------------------------------------------------------------------------------------
    @_guarded
    def find_revisits(self, pupil_id: int) -> list[sqlite3.Row]:
        """The pupil's questions to ask again, longest-waiting first: each not yet right without help since missed.

        Columns: id, pupil_id, spec_code, topic, level, prompt, expected (as last shown), first_missed, last_missed,
        times_missed (the misses since the question last left the queue).
        """
        return self._db.execute(
            "SELECT * FROM revisits WHERE pupil_id = ? ORDER BY first_missed, id", (pupil_id,)
        ).fetchall()

    @_guarded
    def count_revisits(self, pupil_ids: Iterable[int]) -> dict[int, int]:
        """How many questions each pupil has waiting to be revisited; every id asked about is there (0 when none)."""
        counts = dict.fromkeys((int(pupil_id) for pupil_id in pupil_ids), 0)
        ids = list(counts)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT pupil_id, COUNT(*) FROM revisits WHERE pupil_id IN ({marks}) GROUP BY pupil_id", chunk
            ):
                counts[row[0]] = row[1]
        return counts

    def _requeue(self, pupil_id: int, spec_code: str) -> None:
        # Recomputed from the pupil's attempts at this question, so an override counts once however often it changes.
        misses = self._db.execute(MISSES, {"pupil": pupil_id, "spec": spec_code}).fetchall()
        if not misses:
            self._db.execute("DELETE FROM revisits WHERE pupil_id = ? AND spec_code = ?", (pupil_id, spec_code))
            return
        newest = misses[-1]
        self._db.execute(
            "INSERT INTO revisits (pupil_id, spec_code, topic, level, prompt, expected, first_missed, last_missed,"
            " times_missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (pupil_id, spec_code) DO UPDATE SET topic = excluded.topic, level = excluded.level,"
            " prompt = excluded.prompt, expected = excluded.expected, first_missed = excluded.first_missed,"
            " last_missed = excluded.last_missed, times_missed = excluded.times_missed",
            (
                pupil_id,
                spec_code,
                newest["topic"],
                newest["level"],
                newest["prompt"],
                newest["expected"],
                misses[0]["recorded"],
                newest["recorded"],
                len(misses),
            ),
        )

    # -- baseline and end-point assessments ---------------------------------------------------------------------
    @_guarded
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
            raise StoreError(f"this group already has {_paper_name(kind)}") from None
        return int(cursor.lastrowid)

    @_guarded
    def store_paper(
        self,
        group_id: int,
        kind: str,
        paper: str,
        taken: str,
        marks: Iterable[tuple[int, int, int]],
        *,
        replace: bool = False,
    ) -> int:
        """A whole paper at once: the assessment and every (pupil, item, marks), in one transaction; returns its id.

        A group has one paper of each kind; with ``replace`` a stored one's code, date and every mark give way to
        these (a typo corrected), otherwise it is refused with the date it was sat. Nothing is stored on any error.
        """
        self._require("groups", group_id)
        if kind not in ("baseline", "endpoint"):
            raise StoreError("an assessment is a 'baseline' or an 'endpoint'")
        now = self._now()
        with self._transaction():
            stored = self._db.execute(
                "SELECT id, taken FROM assessments WHERE group_id = ? AND kind = ?", (group_id, kind)
            ).fetchone()
            if stored is not None and not replace:
                raise PaperExists(f"this group already has {_paper_name(kind)} (sat {stored['taken']})")
            if stored is None:
                cursor = self._db.execute(
                    "INSERT INTO assessments (group_id, kind, paper, taken, created) VALUES (?, ?, ?, ?, ?)",
                    (group_id, kind, paper, taken, now),
                )
                assessment = int(cursor.lastrowid)
            else:
                assessment = int(stored["id"])
                self._db.execute("UPDATE assessments SET paper = ?, taken = ? WHERE id = ?", (paper, taken, assessment))
                self._db.execute("DELETE FROM item_marks WHERE assessment_id = ?", (assessment,))
            self._db.executemany(
                "INSERT INTO item_marks (assessment_id, pupil_id, item, marks, recorded) VALUES (?, ?, ?, ?, ?)",
                [(assessment, int(pupil), int(item), int(value), now) for pupil, item, value in marks],
            )
        return assessment

    @_guarded
    def find_assessments(self, group_id: int) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM assessments WHERE group_id = ? ORDER BY id", (group_id,)).fetchall()

    @_guarded
    def record_item_mark(self, assessment_id: int, pupil_id: int, item: int, marks: int) -> None:
        """One pupil's marks on one item, committed at once; entering an item again replaces its marks."""
        self._require("assessments", assessment_id)
        with self._transaction():
            if self._db.execute("SELECT 1 FROM pupils WHERE id = ?", (pupil_id,)).fetchone() is None:
                raise PupilGone(_gone("mark"))
            self._db.execute(
                "INSERT INTO item_marks (assessment_id, pupil_id, item, marks, recorded) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (assessment_id, pupil_id, item) DO UPDATE SET marks = excluded.marks,"
                " recorded = excluded.recorded",
                (assessment_id, pupil_id, int(item), int(marks), self._now()),
            )

    @_guarded
    def find_item_marks(self, assessment_id: int) -> list[sqlite3.Row]:
        return self._db.execute(
            "SELECT * FROM item_marks WHERE assessment_id = ? ORDER BY pupil_id, item", (assessment_id,)
        ).fetchall()

    # -- personal data -------------------------------------------------------------------------------------------
    @_guarded
    def record_export(self, path: str | os.PathLike[str], kind: str, pupil_ids: Iterable[int]) -> None:
        """Remember a file written that names these pupils, so erasing one of them can find it (path made absolute).

        A newer record of the same path replaces the older ones: the file was written again.
        """
        target = str(Path(path).resolve())
        pupils = sorted({int(pupil_id) for pupil_id in pupil_ids})
        with self._transaction():
            self._db.execute("DELETE FROM exports WHERE path = ?", (target,))
            cursor = self._db.execute(
                "INSERT INTO exports (path, kind, written) VALUES (?, ?, ?)", (target, kind, self._now())
            )
            self._db.executemany(
                "INSERT INTO export_pupils (export_id, pupil_id) VALUES (?, ?)",
                [(cursor.lastrowid, pupil_id) for pupil_id in pupils],
            )

    @_guarded
    def find_exports(self, pupil_id: int) -> list[sqlite3.Row]:
        """The files recorded as naming this pupil (id, path, kind, written), oldest first; some may be gone since."""
        return self._db.execute(
            "SELECT e.id, e.path, e.kind, e.written FROM exports e JOIN export_pupils p ON p.export_id = e.id"
            " WHERE p.pupil_id = ? ORDER BY e.id",
            (pupil_id,),
        ).fetchall()

    def erase_pupil(self, pupil_id: int) -> int:
        """Remove the pupil and every row naming them; returns how many attempts went with them (see ``erase``)."""
        return self.erase(pupil_id).attempts

    @_guarded
    def erase(self, pupil_id: int, *, including_exports: bool = False, wait: float | None = None) -> ErasedReport:
        """Remove the pupil and every row naming them, and say truthfully where they may still be found.

        ``including_exports`` deletes every file recorded as naming the pupil that is still there: the whole file,
        with every other pupil in it (a class CSV goes entirely). Files not deleted stay listed under the pupil's id.
        ``log_cleared`` is False when another connection kept the old copy in the store's files for ``wait`` seconds
        (default ``ERASE_WAIT_SECONDS``).
        """
        with self._transaction():
            self._require("pupils", pupil_id)
            known = self.find_exports(pupil_id)
            self._db.execute("DELETE FROM item_marks WHERE pupil_id = ?", (pupil_id,))
            self._db.execute("DELETE FROM revisits WHERE pupil_id = ?", (pupil_id,))
            gone = self._db.execute("DELETE FROM attempts WHERE pupil_id = ?", (pupil_id,)).rowcount
            self._db.execute("DELETE FROM pupils WHERE id = ?", (pupil_id,))
        files = [_delete_file(row, including_exports) for row in known]
        finished = [row["id"] for row, file in zip(known, files, strict=True) if file.deleted or not file.existed]
        if finished:  # nothing on disk names anyone through these records any more
            with self._transaction():
                self._db.executemany("DELETE FROM export_pupils WHERE export_id = ?", [(i,) for i in finished])
                self._db.executemany("DELETE FROM exports WHERE id = ?", [(i,) for i in finished])
        # secure_delete zeroed the freed space; the checkpoint moves that into the main file and empties the log.
        return ErasedReport(
            pupil_id, gone, tuple(files), self._checkpoint(ERASE_WAIT_SECONDS if wait is None else wait)
        )

    def _checkpoint(self, wait: float) -> bool:
        """Empty the write-ahead log into the main file; False if other connections still hold it after ``wait``."""
        if not isinstance(self.path, Path):
            return True
        deadline = time.monotonic() + wait
        try:
            while True:
                remaining = max(0.0, deadline - time.monotonic())
                self._db.execute(f"PRAGMA busy_timeout = {int(min(remaining, 1.0) * 1000)}")
                try:
                    busy, log_frames, checkpointed = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                except sqlite3.OperationalError:  # locked: same as busy
                    busy, log_frames, checkpointed = 1, -1, -1
                # TRUNCATE done: (0, 0, 0); not in WAL mode: (0, -1, -1).
                if busy == 0 and log_frames == checkpointed:
                    return True
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)
        finally:
            self._db.execute("PRAGMA busy_timeout = 30000")

    @_guarded
    def export(self, folder: str | Path) -> list[Path]:
        """Write every table of pupil data as a spreadsheet-safe CSV file (0600) into a folder; returns the files.

        Everything is read first, in one snapshot, so a damaged store fails before any file is written. A folder the
        export creates is 0700; an existing folder is left as the user has it. Each file that names pupils is
        recorded as soon as it is written (kind ``DATA_EXPORT``, every pupil), so erasing a pupil lists it.
        """
        contents: dict[str, bytes] = {}
        self._db.execute("BEGIN")
        try:
            for table in EXPORTED_TABLES:
                cursor = self._db.execute(f"SELECT * FROM {table} ORDER BY rowid")
                header = [column[0] for column in cursor.description]
                contents[table] = csv_bytes(header, (tuple(row) for row in cursor))
            everyone = [row[0] for row in self._db.execute("SELECT id FROM pupils ORDER BY id")]
        finally:
            self._db.execute("ROLLBACK")  # nothing was written: this only ends the snapshot
        folder = Path(folder)
        if not folder.exists():
            private_folder(folder)
        written = []
        for table, data in contents.items():
            target = write_private(folder / f"{table}.csv", data)
            written.append(target)
            if table in NAMING_TABLES:
                self.record_export(target, DATA_EXPORT, everyone)
        return written

    def _require(self, table: str, row_id: int) -> None:
        if self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
            raise StoreError(f"no {table[:-1]} with id {row_id} in this store")

    def _attempt_pupil(self, attempt_id: int, what: str) -> tuple[int, str]:
        row = self._db.execute("SELECT pupil_id, spec_code FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:  # attempts are only ever deleted with their pupil
            raise PupilGone(_gone(what))
        return row["pupil_id"], row["spec_code"]


def _gone(what: str) -> str:
    return (
        f"this pupil is no longer in the store (they may have been erased), so the {what} was not saved; "
        "go back to the start and choose the group again"
    )


def _delete_file(row: sqlite3.Row, delete: bool) -> KnownFile:
    path = Path(row["path"])
    existed = path.exists() or path.is_symlink()
    if not (delete and existed):
        return KnownFile(path, row["kind"], row["written"], existed)
    if path.is_dir() and not path.is_symlink():  # only files are deleted; a folder may hold anything
        return KnownFile(path, row["kind"], row["written"], True, False, "it is a folder: delete it yourself")
    try:
        path.unlink()
    except OSError as problem:
        return KnownFile(path, row["kind"], row["written"], True, False, str(problem.strerror or problem))
    return KnownFile(path, row["kind"], row["written"], True, True)


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


def _paper_name(kind: str) -> str:
    return "an end-point paper" if kind == "endpoint" else "a baseline paper"
