"""The session store: groups, pupils, sessions and attempts in SQLite or PostgreSQL, each write committed at once."""

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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ks2practice.core.model import Attempt, Status
from ks2practice.core.private_files import csv_bytes, private_folder, write_private
from ks2practice.store.engine import BEGIN, ENV_DATABASE_URL, database_url, sqlite_engine, url_engine
from ks2practice.store.files import (
    ENV_DATA_DIR,
    FILE_NAME,
    copy_aside,
    default_path,
    is_damage,
    prepare_file,
    quick_check,
)
from ks2practice.store.guard import damage, guarded
from ks2practice.store.migrate import UpgradeRefused, revision, upgrade
from ks2practice.store.people import People
from ks2practice.store.records import (
    ErasedReport,
    KnownFile,
    PaperExists,
    PupilGone,
    StoreDamaged,
    StoredAttempt,
    StoreError,
    delete_file,
    gone,
    paper_name,
    stored,
)
from ks2practice.store.schema import MIGRATIONS, WITH_HELP
from ks2practice.store.school import School
from ks2practice.store.tables import (
    ADD_ATTEMPT,
    ATTEMPT_BY_KEY,
    ATTEMPT_WITH_KEY,
    FORGET_REVISIT,
    MISSES,
    PUPIL_EXISTS,
    REVISITS_WAITING,
    Row,
    assessments,
    attempts,
    classes,
    export_pupils,
    exports,
    first,
    group_members,
    group_staff,
    groups,
    item_marks,
    merged_ids,
    pupils,
    revisits,
    rows,
    schools,
    sessions,
    staff,
)

__all__ = [
    "DATABASE_ERRORS",
    "DATA_EXPORT",
    "ENV_DATABASE_URL",
    "ENV_DATA_DIR",
    "FILE_NAME",
    "MIGRATIONS",
    "NAMING_TABLES",
    "WITH_HELP",
    "ErasedReport",
    "KnownFile",
    "PaperExists",
    "PupilGone",
    "Row",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoredAttempt",
    "default_path",
]

# What a recorded export of the whole data set is called in the exports table, and what it writes: one CSV file
# per table, of which these name pupils (by name, or by id beside their answers).
DATA_EXPORT = "data export"
EXPORTED = (
    schools, staff, classes, groups, group_staff, pupils, group_members, sessions, attempts, revisits, assessments,
    item_marks,
)  # fmt: skip
ASSESSMENT_POINTS = ("baseline", "midpoint", "endpoint")  # when a group sits a paper (migration 0004)
NAMING_TABLES = frozenset({"pupils", "group_members", "attempts", "revisits", "item_marks"})

# What a caller may meet from the database itself (a lock held too long, a server gone) besides StoreError.
DATABASE_ERRORS = (sqlite3.Error, sa.exc.SQLAlchemyError)

# How long erasing waits for other windows to let go of the store before saying an old copy is still in its files.
ERASE_WAIT_SECONDS = 10.0


@functools.cache
def _revisits_of(sqlite: bool) -> sa.Select[Any]:
    order = revisits.c.first_missed if sqlite else revisits.c.first_missed.collate("C")
    return sa.select(revisits).where(revisits.c.pupil_id == sa.bindparam("pupil")).order_by(order, revisits.c.id)


@functools.cache
def _upsert(sqlite: bool, table: sa.Table, keys: tuple[str, ...]) -> sa.Executable:
    insert = (sqlite_dialect.insert if sqlite else postgresql.insert)(table)
    changed = {column.name: insert.excluded[column.name] for column in table.columns if column.name not in keys}
    changed.pop("id", None)
    return insert.on_conflict_do_update(index_elements=list(keys), set_=changed)


class Store(People, School):
    """One SQLite file or one PostgreSQL database; verbs add_, find_, record, override, erase, export.

    Every write is one transaction, committed before the verb returns. ``Store(path)`` opens (or makes) a SQLite
    file; ``Store.from_url("postgresql+psycopg://...")``, a path that is such a URL, or ``Store()`` with
    $KS2PRACTICE_DATABASE_URL set, opens a school's PostgreSQL database. Rows come back readable as ``row["name"]``.

    Permissions. The store file, and its -wal and -shm files, are made readable by their owner only (0600) before
    SQLite opens them, whatever the umask; SQLite gives new -wal and -shm files the main file's mode. The data folder
    (the folder of the default store, in the user's data folder or $KS2PRACTICE_DATA) is made 0700, and tightened to
    0700 if it exists. A folder the store has to create for an explicit path is made 0700 too; an existing folder the
    user chose is theirs, and its mode is left alone.

    Damage. A file that is not a usable store (not SQLite, truncated, pages overwritten, or empty) is copied aside as
    ``<name>.damaged-<UTC time>`` (with its -wal, if any) and StoreDamaged is raised with one line saying where the
    copy is and how to start afresh. The store is never re-created over it. A file that does not exist is created.
    """

    def __init__(
        self, path: str | Path | None = None, *, clock: Callable[[], datetime] | None = None, url: str | None = None
    ) -> None:
        if url is None and path is None:
            url = database_url()
        elif url is None and "://" in str(path):
            url = str(path)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._damaged_copy: str | None = None
        if url is not None:
            self.path: Path | str = sa.make_url(url).render_as_string(hide_password=True)
            self._engine = url_engine(url)
            unchecked = False
        else:
            self.path = ":memory:" if path == ":memory:" else Path(path) if path else default_path()
            unchecked = isinstance(self.path, Path) and prepare_file(self.path) and not self._check()
            self._engine = sqlite_engine(self.path)
        self._sqlite = self._engine.dialect.name == "sqlite"
        self._held: sa.Connection | None = None
        try:
            with self._engine.connect() as connection:
                if unchecked:  # the read-only look was not possible: check through this connection instead
                    quick_check(connection.connection.dbapi_connection)  # type: ignore[arg-type]
                upgrade(connection, str(self.path))
            if self._sqlite:
                self._held = self._engine.connect()
        except UpgradeRefused as refused:
            self._engine.dispose()
            raise StoreError(str(refused)) from None
        except (sqlite3.DatabaseError, sa.exc.DBAPIError) as error:
            found = damage(error)
            if found is None:
                self._engine.dispose()
                if isinstance(error, sa.exc.OperationalError) and not self._sqlite:  # one line, no password
                    reason = str(error.orig or error).strip().splitlines()[0]
                    raise StoreError(f"can't reach the database {self.path}: {reason}") from error
                raise
            damaged = self.damaged(found)  # copied while still open: closing may fold the log into the file
            self._engine.dispose()
            raise damaged from error
        except BaseException:
            self._engine.dispose()
            raise

    @classmethod
    def from_url(cls, url: str, *, clock: Callable[[], datetime] | None = None) -> Store:
        """A store on a database server: ``postgresql+psycopg://user:password@host/dbname`` (psycopg 3)."""
        return cls(url=url, clock=clock)

    # -- lifecycle ---------------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def engine(self) -> sa.Engine:
        """The SQLAlchemy engine underneath (for tests and a DBA's tools; the verbs are the way to change rows)."""
        return self._engine

    @property
    def version(self) -> int:
        """The schema's number: 1–3 for schema.py's scripts, then one more for each Alembic revision after 0001."""
        with self._read() as connection:
            current = revision(connection)
        return len(MIGRATIONS) - 1 + int(current or 0)

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

    @contextmanager
    def _connection(self) -> Iterator[sa.Connection]:
        """SQLite's one connection, kept for the Store's life (as sqlite3 gave it); PostgreSQL's, from the pool."""
        if self._held is not None:
            yield self._held
            return
        with self._engine.connect() as connection:
            yield connection

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """One transaction, committed on leaving; on SQLite it takes the write lock up front (BEGIN IMMEDIATE)."""
        with self._connection() as connection:
            if self._sqlite:
                connection.info[BEGIN] = "BEGIN IMMEDIATE"
            try:
                with connection.begin():
                    yield connection
            finally:
                connection.info.pop(BEGIN, None)

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        """One read transaction: what it reads is one snapshot (REPEATABLE READ on PostgreSQL)."""
        with self._connection() as connection:
            if not self._sqlite:
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    def _upsert(self, table: sa.Table, keys: tuple[str, ...]) -> sa.Executable:
        """Insert a row, or change every other column of the one with these keys; run with the row's values."""
        return _upsert(self._sqlite, table, keys)

    def _text_order(self, column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
        """Text sorted the same on both engines: by code point (SQLite's own order; PostgreSQL's "C" collation)."""
        return column if self._sqlite else column.collate("C")

    def damaged(self, error: BaseException | str) -> StoreDamaged:
        """The one-line refusal for a store that can't be read, after copying the file aside (once per Store).

        Export, erase and every other verb turn a damaged page met part-way through into this; callers holding a raw
        ``sqlite3.DatabaseError`` about damage can do the same with ``raise store.damaged(error) from error``.
        """
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        if not isinstance(self.path, Path):
            return StoreDamaged(f"the store {self.path} is damaged ({reason})")
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

    # -- sessions and attempts -------------------------------------------------------------------------------------
    @guarded
    def start_session(self, group_id: int, topic: str, level: int, mode: str, minutes: int) -> int:
        with self._write() as db:
            self._require(db, groups, group_id)
            result = db.execute(
                sessions.insert().values(
                    group_id=group_id,
                    topic=topic,
                    level=int(level),
                    mode=mode,
                    minutes=int(minutes),
                    started=self._now(),
                )
            )
        return int(result.inserted_primary_key[0])

    @guarded
    def end_session(self, session_id: int) -> None:
        with self._write() as db:
            self._require(db, sessions, session_id)
            db.execute(
                sessions.update()
                .where(sessions.c.id == session_id, sessions.c.ended.is_(None))
                .values(ended=self._now())
            )

    @guarded
    def find_sessions(self, group_id: int) -> list[Row]:
        with self._read() as db:
            return rows(
                db.execute(sa.select(sessions).where(sessions.c.group_id == group_id).order_by(sessions.c.id.desc()))
            )

    @guarded
    def find_last_session(self, group_id: int, *, before: int | None = None) -> Row | None:
        """The group's most recent session with at least one attempt recorded (before session ``before``), or None."""
        answered = sa.exists().where(attempts.c.session_id == sessions.c.id)
        query = sa.select(sessions).where(sessions.c.group_id == group_id, answered)
        if before is not None:
            query = query.where(sessions.c.id < before)
        with self._read() as db:
            return first(db.execute(query.order_by(sessions.c.id.desc()).limit(1)))

    @guarded
    def annotate(self, attempt_id: int, *, confidence: int | None = None, note: str | None = None) -> None:
        """Add or change the pupil's confidence (1–3) or the adult's note on a recorded attempt; marks are untouched."""
        if confidence is not None and confidence not in (1, 2, 3):
            raise StoreError("confidence is 1 (not sure), 2 (fairly sure) or 3 (sure)")
        with self._write() as db:
            self._attempt_pupil(db, attempt_id, "note")
            changes: dict[str, Any] = {}
            if confidence is not None:
                changes["confidence"] = confidence
            if note is not None:
                changes["note"] = note[:500]
            if changes:
                db.execute(attempts.update().where(attempts.c.id == attempt_id).values(**changes))

    @guarded
    def find_attempt(self, key: str) -> StoredAttempt | None:
        """The attempt recorded under this key (session-question-pupil), or None."""
        with self._read() as db:
            row = first(db.execute(ATTEMPT_WITH_KEY, {"key": key}))
        return stored(row) if row else None

    @guarded
    def record(self, attempt: Attempt) -> int:
        """Store one attempt and commit it before returning; a repeated key (a double click) is stored once.

        The question joins the pupil's revisit queue, or leaves it, in the same transaction. Raises PupilGone when
        the pupil is no longer in the store (erased from another window, say): the answer is not saved.
        """
        with self._write() as db:
            if db.execute(PUPIL_EXISTS, {"id": attempt.pupil_id}).first() is None:
                raise PupilGone(gone("answer"))
            if attempt.key is not None:
                earlier = db.execute(ATTEMPT_BY_KEY, {"key": attempt.key}).scalar()
                if earlier is not None:
                    return int(earlier)
            result = db.execute(
                ADD_ATTEMPT,
                dict(
                    session_id=attempt.session_id,
                    pupil_id=attempt.pupil_id,
                    spec_code=attempt.spec_code,
                    topic=attempt.topic,
                    level=attempt.level,
                    prompt=attempt.prompt,
                    expected=attempt.expected,
                    response=attempt.response,
                    auto_status=attempt.status.value,
                    auto_reason=attempt.reason,
                    misconception=attempt.misconception,
                    supported=int(attempt.supported),
                    confidence=attempt.confidence,
                    note=attempt.note,
                    recorded=self._now(),
                    key=attempt.key,
                ),
            )
            self._requeue(db, attempt.pupil_id, attempt.spec_code)
        return int(result.inserted_primary_key[0])

    @guarded
    def override(self, attempt_id: int, status: Status | str, note: str = "") -> None:
        """Keep the adult's mark beside the automatic one; the automatic verdict is never overwritten.

        The question's place in the revisit queue follows the new final mark (note ``WITH_HELP``: right, with help,
        so it stays queued). Raises PupilGone when the attempt went with an erased pupil.
        """
        status = Status(status)
        with self._write() as db:
            pupil_id, spec_code = self._attempt_pupil(db, attempt_id, "change")
            db.execute(
                attempts.update()
                .where(attempts.c.id == attempt_id)
                .values(override_status=status.value, override_note=note)
            )
            self._requeue(db, pupil_id, spec_code)

    @guarded
    def find_attempts(
        self, *, pupil_id: int | None = None, session_id: int | None = None, topic: str | None = None
    ) -> list[StoredAttempt]:
        query = sa.select(attempts).order_by(attempts.c.id)
        for column, value in ((attempts.c.pupil_id, pupil_id), (attempts.c.session_id, session_id),
                              (attempts.c.topic, topic)):  # fmt: skip
            if value is not None:
                query = query.where(column == value)
        with self._read() as db:
            return [stored(row) for row in rows(db.execute(query))]

    # -- questions to revisit --------------------------------------------------------------------------------------
    @guarded
    def find_revisits(self, pupil_id: int) -> list[Row]:
        """The pupil's questions to ask again, longest-waiting first: each not yet right without help since missed.

        Columns: id, pupil_id, spec_code, topic, level, prompt, expected (as last shown), first_missed, last_missed,
        times_missed (the misses since the question last left the queue).
        """
        with self._read() as db:
            return rows(db.execute(_revisits_of(self._sqlite), {"pupil": pupil_id}))

    @guarded
    def count_revisits(self, pupil_ids: Iterable[int]) -> dict[int, int]:
        """How many questions each pupil has waiting to be revisited; every id asked about is there (0 when none)."""
        counts = dict.fromkeys((int(pupil_id) for pupil_id in pupil_ids), 0)
        ids = list(counts)
        with self._read() as db:
            for start in range(0, len(ids), 500):
                query, chunk = REVISITS_WAITING, {"ids": ids[start : start + 500]}
                for pupil_id, count in db.execute(query, chunk):
                    counts[pupil_id] = count
        return counts

    def _requeue(self, db: sa.Connection, pupil_id: int, spec_code: str) -> None:
        # Recomputed from the pupil's attempts at this question, so an override counts once however often it changes.
        question = {"pupil": pupil_id, "spec": spec_code}
        missed = db.execute(MISSES, {**question, "with_help": WITH_HELP}).all()
        if not missed:
            db.execute(FORGET_REVISIT, question)
            return
        newest = missed[-1]
        values = dict(
            pupil_id=pupil_id, spec_code=spec_code, topic=newest.topic, level=newest.level, prompt=newest.prompt,
            expected=newest.expected, first_missed=missed[0].recorded, last_missed=newest.recorded,
            times_missed=len(missed),
        )  # fmt: skip
        db.execute(self._upsert(revisits, ("pupil_id", "spec_code")), values)

    # -- baseline and end-point assessments ---------------------------------------------------------------------
    @guarded
    def add_assessment(self, group_id: int, kind: str, paper: str, taken: str) -> int:
        """A group's baseline, mid-point or end-point paper (one of each per group); returns its id."""
        if kind not in ASSESSMENT_POINTS:
            with self._read() as db:
                self._require(db, groups, group_id)
            raise StoreError("an assessment is a 'baseline', a 'midpoint' or an 'endpoint'")
        try:
            with self._write() as db:
                self._require(db, groups, group_id)
                result = db.execute(
                    assessments.insert().values(
                        group_id=group_id, kind=kind, paper=paper, taken=taken, created=self._now()
                    )
                )
        except sa.exc.IntegrityError:
            raise StoreError(f"this group already has {paper_name(kind)}") from None
        return int(result.inserted_primary_key[0])

    @guarded
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
        if kind not in ASSESSMENT_POINTS:
            with self._read() as db:
                self._require(db, groups, group_id)
            raise StoreError("an assessment is a 'baseline', a 'midpoint' or an 'endpoint'")
        now = self._now()
        with self._write() as db:
            self._require(db, groups, group_id)
            found = first(
                db.execute(
                    sa.select(assessments.c.id, assessments.c.taken).where(
                        assessments.c.group_id == group_id, assessments.c.kind == kind
                    )
                )
            )
            if found is not None and not replace:
                raise PaperExists(f"this group already has {paper_name(kind)} (sat {found['taken']})")
            if found is None:
                result = db.execute(
                    assessments.insert().values(group_id=group_id, kind=kind, paper=paper, taken=taken, created=now)
                )
                assessment = int(result.inserted_primary_key[0])
            else:
                assessment = int(found["id"])
                db.execute(assessments.update().where(assessments.c.id == assessment).values(paper=paper, taken=taken))
                db.execute(item_marks.delete().where(item_marks.c.assessment_id == assessment))
            entries = [
                {"assessment_id": assessment, "pupil_id": int(pupil), "item": int(item), "marks": int(value),
                 "recorded": now}
                for pupil, item, value in marks
            ]  # fmt: skip
            if entries:
                db.execute(item_marks.insert(), entries)
        return assessment

    @guarded
    def find_assessments(self, group_id: int) -> list[Row]:
        with self._read() as db:
            query = sa.select(assessments).where(assessments.c.group_id == group_id).order_by(assessments.c.id)
            return rows(db.execute(query))

    @guarded
    def record_item_mark(self, assessment_id: int, pupil_id: int, item: int, marks: int) -> None:
        """One pupil's marks on one item, committed at once; entering an item again replaces its marks."""
        with self._write() as db:
            self._require(db, assessments, assessment_id)
            if db.execute(PUPIL_EXISTS, {"id": pupil_id}).first() is None:
                raise PupilGone(gone("mark"))
            values = dict(assessment_id=assessment_id, pupil_id=pupil_id, item=int(item), marks=int(marks),
                          recorded=self._now())  # fmt: skip
            db.execute(self._upsert(item_marks, ("assessment_id", "pupil_id", "item")), values)

    @guarded
    def find_item_marks(self, assessment_id: int) -> list[Row]:
        query = (
            sa.select(item_marks)
            .where(item_marks.c.assessment_id == assessment_id)
            .order_by(item_marks.c.pupil_id, item_marks.c.item)
        )
        with self._read() as db:
            return rows(db.execute(query))

    # -- personal data -------------------------------------------------------------------------------------------
    @guarded
    def record_export(self, path: str | os.PathLike[str], kind: str, pupil_ids: Iterable[int]) -> None:
        """Remember a file written that names these pupils, so erasing one of them can find it (path made absolute).

        A newer record of the same path replaces the older ones: the file was written again.
        """
        target = str(Path(path).resolve())
        everyone = sorted({int(pupil_id) for pupil_id in pupil_ids})
        with self._write() as db:
            older = [row[0] for row in db.execute(sa.select(exports.c.id).where(exports.c.path == target))]
            if older:  # named by id, so PostgreSQL needs no cascade to find them
                db.execute(export_pupils.delete().where(export_pupils.c.export_id.in_(older)))
                db.execute(exports.delete().where(exports.c.id.in_(older)))
            result = db.execute(exports.insert().values(path=target, kind=kind, written=self._now()))
            export_id = int(result.inserted_primary_key[0])
            if everyone:
                db.execute(export_pupils.insert(), [{"export_id": export_id, "pupil_id": p} for p in everyone])

    @guarded
    def find_exports(self, pupil_id: int) -> list[Row]:
        """The files recorded as naming this pupil (id, path, kind, written), oldest first; some may be gone since."""
        with self._read() as db:
            return self._exports_naming(db, pupil_id)

    @staticmethod
    def _exports_naming(db: sa.Connection, pupil_id: int) -> list[Row]:
        query = (
            sa.select(exports.c.id, exports.c.path, exports.c.kind, exports.c.written)
            .join(export_pupils, export_pupils.c.export_id == exports.c.id)
            .where(export_pupils.c.pupil_id == pupil_id)
            .order_by(exports.c.id)
        )
        return rows(db.execute(query))

    def erase_pupil(self, pupil_id: int) -> int:
        """Remove the pupil and every row naming them; returns how many attempts went with them (see ``erase``)."""
        return self.erase(pupil_id).attempts

    @guarded
    def erase(self, pupil_id: int, *, including_exports: bool = False, wait: float | None = None) -> ErasedReport:
        """Remove the pupil and every row naming them, in one transaction, and say truthfully where they may still be.

        ``including_exports`` deletes every file recorded as naming the pupil that is still there: the whole file,
        with every other pupil in it (a class CSV goes entirely). Files not deleted stay listed under the pupil's id.
        ``log_cleared`` is False when another connection kept the old copy in the store's files for ``wait`` seconds
        (default ``ERASE_WAIT_SECONDS``). On PostgreSQL it is True once the rows are deleted: the server's own files,
        its write-ahead log and its backups are the DBA's to keep or age out (README: "A school database").
        """
        with self._write() as db:
            if db.execute(PUPIL_EXISTS, {"id": pupil_id}).first() is None:  # locked: a record waits, then is refused
                raise StoreError(f"no pupil with id {pupil_id} in this store")
            known = self._exports_naming(db, pupil_id)
            db.execute(item_marks.delete().where(item_marks.c.pupil_id == pupil_id))
            db.execute(revisits.delete().where(revisits.c.pupil_id == pupil_id))
            gone_answers = db.execute(attempts.delete().where(attempts.c.pupil_id == pupil_id)).rowcount
            self._forget_memberships(db, pupil_id)
            # A merged laptop's record of which pupil it became: a later merge asks about them afresh.
            db.execute(merged_ids.delete().where(merged_ids.c.kind == "pupil", merged_ids.c.to_id == pupil_id))
            db.execute(pupils.delete().where(pupils.c.id == pupil_id))
        files = [delete_file(row, including_exports) for row in known]
        finished = [row["id"] for row, file in zip(known, files, strict=True) if file.deleted or not file.existed]
        if finished:  # nothing on disk names anyone through these records any more
            with self._write() as db:
                db.execute(export_pupils.delete().where(export_pupils.c.export_id.in_(finished)))
                db.execute(exports.delete().where(exports.c.id.in_(finished)))
        # secure_delete zeroed the freed space; the checkpoint moves that into the main file and empties the log.
        cleared = self._checkpoint(ERASE_WAIT_SECONDS if wait is None else wait)
        return ErasedReport(pupil_id, gone_answers, tuple(files), cleared)

    def _checkpoint(self, wait: float) -> bool:
        """Empty the write-ahead log into the main file; False if other connections still hold it after ``wait``."""
        if not isinstance(self.path, Path):
            return True
        with self._connection() as connection:
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            deadline = time.monotonic() + wait
            try:
                while True:
                    remaining = max(0.0, deadline - time.monotonic())
                    raw.execute(f"PRAGMA busy_timeout = {int(min(remaining, 1.0) * 1000)}")
                    try:
                        busy, log_frames, checkpointed = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    except sqlite3.OperationalError:  # locked: same as busy
                        busy, log_frames, checkpointed = 1, -1, -1
                    # TRUNCATE done: (0, 0, 0); not in WAL mode: (0, -1, -1).
                    if busy == 0 and log_frames == checkpointed:
                        return True
                    if time.monotonic() >= deadline:
                        return False
                    time.sleep(0.05)
            finally:
                raw.execute("PRAGMA busy_timeout = 30000")

    @guarded
    def export(self, folder: str | Path) -> list[Path]:
        """Write every table of pupil data as a spreadsheet-safe CSV file (0600) into a folder; returns the files.

        Everything is read first, in one snapshot, so a damaged store fails before any file is written. A folder the
        export creates is 0700; an existing folder is left as the user has it. Each file that names pupils is
        recorded as soon as it is written (kind ``DATA_EXPORT``, every pupil), so erasing a pupil lists it. The
        files are the same from either engine: each table's columns in order, its rows in primary-key order.
        """
        contents: dict[str, bytes] = {}
        with self._read() as db:
            for table in EXPORTED:
                result = db.execute(sa.select(table).order_by(*table.primary_key.columns))
                contents[table.name] = csv_bytes(list(result.keys()), (tuple(row) for row in result))
            everyone = [row[0] for row in db.execute(sa.select(pupils.c.id).order_by(pupils.c.id))]
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

    @staticmethod
    def _require(db: sa.Connection, table: sa.Table, row_id: int) -> None:
        if db.execute(sa.select(table.c.id).where(table.c.id == row_id)).first() is None:
            raise StoreError(f"no {table.name[:-1]} with id {row_id} in this store")

    @staticmethod
    def _attempt_pupil(db: sa.Connection, attempt_id: int, what: str) -> tuple[int, str]:
        row = db.execute(
            sa.select(attempts.c.pupil_id, attempts.c.spec_code).where(attempts.c.id == attempt_id)
        ).first()
        if row is None or db.execute(PUPIL_EXISTS, {"id": row.pupil_id}).first() is None:
            raise PupilGone(gone(what))  # attempts are only ever deleted with their pupil
        return int(row.pupil_id), str(row.spec_code)
