"""The whole data set as CSV files, streamed from the store in batches: Store.export's files, in bounded memory."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import operator
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, repeat
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ks2practice.core.private_files import PRIVATE_FILE, private_folder, spreadsheet_safe
from ks2practice.reports import queries
from ks2practice.store import DATA_EXPORT, EXPORTED, NAMING_TABLES, Store
from ks2practice.store.guard import guarded
from ks2practice.store.tables import pupils

BATCH = 20000  # rows read and checked at a time: about 4 MB of CSV for the attempts table
# A cell a spreadsheet could take as a formula starts with one of these (private_files.spreadsheet_safe has the rule).
FORMULA_STARTS = tuple(start.encode() for start in ("=", "+", "-", "@", "\t", "\r"))
_AS_EQUALS = bytes.maketrans(b"".join(FORMULA_STARTS), b"=" * len(FORMULA_STARTS))
# A cell with one of these is quoted by the csv module (QUOTE_MINIMAL, lines ending "\r\n").
_QUOTED = b',"\r\n'
SPLIT_ROWS = 200_000  # a table whose ids span more is read in two halves at once (PostgreSQL; a SQLite file)


def _plain_cells(table: sa.Table) -> list[sa.ColumnElement[str]]:
    """Every cell as text, NULL as empty: what the csv module writes for a cell that needs no quoting.

    A number's text is the same from both engines as from Python's ``str``, and never needs quoting or making safe
    (a negative number is a plain number to ``spreadsheet_safe``), so the cells can all be handled as text.
    """
    return [
        sa.func.coalesce(column if isinstance(column.type, sa.String) else sa.cast(column, sa.Text), "")
        for column in table.columns
    ]


def _clean(data: bytes, rows: int, columns: int) -> bool:
    """True when a batch's lines joined plainly are what the csv module writes with every cell made safe.

    Counting is enough: the joins put exactly ``columns - 1`` commas in each line and CR LF after it, so any other
    comma, quote, CR or LF is inside a cell (which would need quoting). A cell a spreadsheet could run starts a line
    or follows a comma: every such first character is turned into "=" (dates are full of "-") and the two pairs
    looked for once each, rather than twelve searches.
    """
    if data.count(b",") != rows * (columns - 1) or data.count(b"\n") != rows or data.count(b"\r") != rows:
        return False
    if b'"' in data or data.startswith(FORMULA_STARTS):
        return False
    marked = data.translate(_AS_EQUALS)
    return b",=" not in marked and b"\n=" not in marked


def _csv_lines(rows: Any) -> bytes:
    """Rows as the csv module writes them, each cell made spreadsheet-safe (the header, and a row that needs it)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _batch_csv(lines: list[bytes], cells: Callable[[int], Sequence[bytes]], columns: int) -> bytes:
    """A batch of lines as ``csv_bytes`` writes them.

    Most batches are plain text joined by commas, checked all at once. In one that is not, each line is checked by
    the same tests, as C-level maps over the batch (no Python per row), and only a line that needs quoting or a cell
    made safe is written again from its cells by the csv module.
    """
    data = b"\r\n".join(lines) + b"\r\n"
    if _clean(data, len(lines), columns):
        return data
    plain = map(len, map(bytes.translate, lines, repeat(None), repeat(_QUOTED)))
    quoting = map(operator.ne, plain, map(operator.sub, map(len, lines), repeat(columns - 1)))
    marked = list(map(bytes.translate, lines, repeat(_AS_EQUALS)))
    starts = map(bytes.startswith, marked, repeat(b"="))
    formula = map(operator.or_, starts, map(operator.contains, marked, repeat(b",=")))
    for index in compress(count(), list(map(operator.or_, quoting, formula))):
        lines[index] = _csv_lines([[cell.decode("utf-8") for cell in cells(index)]])[:-2]
    return b"\r\n".join(lines) + b"\r\n"


def _sqlite_csv(db: sa.Connection, query: sa.Select[Any], columns: int) -> Iterator[bytes]:
    """SQLite: rows a batch at a time through sqlite3's own cursor, each text cell as bytes (no decoding to str)."""
    raw = db.connection.dbapi_connection
    assert raw is not None
    compiled = query.compile(dialect=db.dialect)
    params = compiled.construct_params()
    cursor = raw.cursor()
    try:
        cursor.execute(str(compiled), [params[name] for name in compiled.positiontup or ()])
        while True:
            raw.text_factory = bytes  # only for this cursor's reads: the Store's own reads on it want str
            try:
                rows = cursor.fetchmany(BATCH)
            finally:
                raw.text_factory = str
            if not rows:
                return
            yield _batch_csv(list(map(b",".join, rows)), rows.__getitem__, columns)
    finally:
        cursor.close()


def _record_csv(db: sa.Connection, table: sa.Table, low: int, high: int) -> Iterator[bytes]:
    """PostgreSQL, a table keyed by ``id``: rows ``low``–``high`` in id order, each row sent as one text value.

    The server writes each row as a record, ``(1,2,"a b",,x)``, in C, and the driver hands over one string per row,
    so the client does next to nothing per row. A batch whose records have no backslash, doubled quote, CR or LF,
    no comma inside a cell and no cell a spreadsheet could run is the CSV once its quotes and parentheses are gone;
    any other batch is read again as cells (the same snapshot) and checked line by line.
    """
    cells = [sa.func.nullif(column, "") if isinstance(column.type, sa.String) else column for column in table.columns]
    query = sa.select(sa.cast(sa.tuple_(*cells), sa.Text)).where(table.c.id.between(low, high)).order_by(table.c.id)
    compiled = query.compile(dialect=db.dialect, compile_kwargs={"render_postcompile": True})
    between = table.c.id.between(sa.bindparam("low"), sa.bindparam("high"))
    again = sa.select(*_plain_cells(table)).where(between).order_by(table.c.id)
    columns = len(table.columns)
    raw = db.connection.dbapi_connection
    assert raw is not None
    with raw.cursor(name=f"export_{table.name}_{low}") as cursor:
        cursor.itersize = BATCH
        cursor.execute(str(compiled), compiled.params)
        while records := cursor.fetchmany(BATCH):
            data = "\n".join(map(_first, records)).encode("utf-8")
            plain = _plain_records(data, len(records), columns)
            if plain is not None:
                yield plain
                continue
            first, last = (int(record[0][1:].split(",", 1)[0]) for record in (records[0], records[-1]))
            rows = [tuple(map(str.encode, row)) for row in db.execute(again, {"low": first, "high": last})]
            yield _batch_csv(list(map(b",".join, rows)), rows.__getitem__, columns)


_first = operator.itemgetter(0)


def _plain_records(data: bytes, rows: int, columns: int) -> bytes | None:
    """The CSV of a batch of records when it is theirs without quotes and parentheses, else None.

    A record quotes a cell with a space, comma, quote, backslash or parenthesis in it, doubling a quote or backslash
    inside; an empty cell is sent as NULL (nothing), so a doubled quote is always one inside a cell.
    """
    if b"\\" in data or b'""' in data or b"\r" in data or data.count(b"\n") != rows - 1:
        return None
    plain = data.replace(b'"', b"")
    if plain.count(b",") != rows * (columns - 1):
        return None
    # A formula-like first character after "(" or ","; looked for only when it is there at all (dates hold "-").
    if any(start in plain and (b"(" + start in plain or b"," + start in plain) for start in FORMULA_STARTS):
        return None
    return plain[1:-1].replace(b")\n(", b"\r\n") + b"\r\n"


def _halves(db: sa.Connection, table: sa.Table, handle: BinaryIO) -> None:
    """PostgreSQL: a large table read in two halves at once, by a second connection in the same snapshot.

    The server's work (writing the records) is most of the time, so two backends on two cores halve it; this
    process only joins and checks bytes, with the lock released while it waits. The second half goes to an unnamed
    temporary file (0600) beside the export, appended when both are done.
    """
    low, high = db.execute(sa.select(sa.func.min(table.c.id), sa.func.max(table.c.id))).one()
    if low is None:
        return
    if high - low < SPLIT_ROWS:
        for data in _record_csv(db, table, low, high):
            handle.write(data)
        return
    middle = (low + high) // 2
    snapshot = db.execute(sa.text("SELECT pg_export_snapshot()")).scalar_one()
    failed: list[BaseException] = []
    with tempfile.TemporaryFile(dir=Path(str(handle.name)).parent) as part:

        def second_half() -> None:
            try:
                with _in_snapshot(db.engine, snapshot) as other:
                    for data in _record_csv(other, table, middle + 1, high):
                        part.write(data)
            except BaseException as error:  # raised again by the caller, after both halves stop
                failed.append(error)

        worker = threading.Thread(target=second_half, name=f"export {table.name}")
        worker.start()
        try:
            for data in _record_csv(db, table, low, middle):
                handle.write(data)
        finally:
            worker.join()
        if failed:
            raise failed[0]
        part.seek(0)
        shutil.copyfileobj(part, handle, 1 << 20)


@contextlib.contextmanager
def _in_snapshot(engine: sa.Engine, snapshot: str) -> Iterator[sa.Connection]:
    """A second read transaction seeing exactly what the export's own sees (PostgreSQL's exported snapshot)."""
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            raw = connection.connection.dbapi_connection
            assert raw is not None
            from psycopg import sql as psycopg_sql  # PostgreSQL's driver: only here when a server is used

            with raw.cursor() as cursor:  # a utility command takes no bound parameter: the driver quotes the id
                cursor.execute(psycopg_sql.SQL("SET TRANSACTION SNAPSHOT {}").format(psycopg_sql.Literal(snapshot)))
            connection.execute(sa.text("SET LOCAL jit = off"))
            yield connection


def _write_table(db: sa.Connection, table: sa.Table, handle: BinaryIO, helper: _Helper | None = None) -> None:
    """One table as CSV into an open file: the header, then every row in primary-key order, a batch at a time.

    With a helper (SQLite), this process writes the ids up to the helper's first and then appends its part.
    """
    handle.write(_csv_lines([[column.name for column in table.columns]]))
    keys = list(table.primary_key.columns)
    if helper is not None:
        query = sa.select(*_plain_cells(table)).where(table.c.id < helper.low).order_by(table.c.id)
        for data in _sqlite_csv(db, query, len(table.columns)):
            handle.write(data)
        helper.append_to(handle)
        return
    if db.dialect.name == "postgresql" and [key.name for key in keys] == ["id"]:
        _halves(db, table, handle)
        return
    query = sa.select(*_plain_cells(table)).order_by(*keys)
    if db.dialect.name == "sqlite":
        for data in _sqlite_csv(db, query, len(table.columns)):
            handle.write(data)
        return
    # PostgreSQL, a table keyed by several columns (small: at most a row per pupil and question of a paper)
    for part in db.execution_options(yield_per=BATCH).execute(query).partitions():
        rows = [tuple(map(str.encode, row)) for row in part]
        handle.write(_batch_csv(list(map(b",".join, rows)), rows.__getitem__, len(table.columns)))


class _Helper:
    """SQLite: a process writing a large table's ids from ``low`` on into a part file, in the export's snapshot.

    SQLite gives no way to share a snapshot, so the export holds the write lock (``BEGIN IMMEDIATE``, which readers
    don't wait for) from before its own read transaction begins until the helper's has read: no commit can come
    between them, so both see the same moment. Writers wait that long (the helper's start, about a second). The
    helper is a new interpreter (``python -c``), so nothing of this process (an open connection, a script's own
    code) is copied or run again in it; it says "ready" on its output, or one line of JSON with what went wrong.
    """

    def __init__(self, path: Path, table: sa.Table, low: int, folder: Path) -> None:
        handle, name = tempfile.mkstemp(prefix=f".{table.name}.part.", dir=folder)  # 0600 from the start
        os.close(handle)
        self.low, self.part = low, Path(name)
        package_root = str(Path(__file__).resolve().parents[2])
        paths = [package_root, *filter(None, [os.environ.get("PYTHONPATH")])]
        self.process = subprocess.Popen(
            [sys.executable, "-c", _PART_MAIN, str(path), table.name, str(low), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
        )

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line != b"ready\n":
            self._fail(line)

    def append_to(self, handle: BinaryIO) -> None:
        said, _ = self.process.communicate()
        if self.process.returncode != 0:
            self._fail(said.strip().splitlines()[-1] if said.strip() else b"")
        handle.flush()
        with open(self.part, "rb") as part:  # copied by the kernel, file to file (the same folder)
            while os.copy_file_range(part.fileno(), handle.fileno(), 1 << 30):
                pass

    def _fail(self, line: bytes) -> None:
        self.process.wait()
        try:
            said = json.loads(line)
        except ValueError:
            raise OSError(f"the export's helper process stopped (exit {self.process.returncode})") from None
        # the same error type as the helper met, so a damaged page is the store's StoreDamaged here too
        raise sqlite3.DatabaseError(said["error"]) if said["damaged"] else OSError(said["error"])

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()
        self.part.unlink(missing_ok=True)


_PART_MAIN = "from ks2practice.reports.data_export import _part_main; _part_main()"


def _part_main() -> None:
    """In a helper process: one table's rows from id ``low`` on, as CSV lines, into the part file."""
    from ks2practice.store.files import is_damage
    from ks2practice.store.tables import TABLES

    path, name, low, part = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    try:
        table = TABLES[name]
        query = sa.select(*_plain_cells(table)).where(table.c.id >= low).order_by(table.c.id)
        compiled = query.compile(dialect=sqlite_dialect.dialect())
        params = compiled.construct_params()
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            connection.execute("PRAGMA query_only = 1")
            connection.text_factory = bytes
            connection.execute("BEGIN")
            cursor = connection.execute(str(compiled), [params[key] for key in compiled.positiontup or ()])
            rows = cursor.fetchmany(BATCH)  # the read transaction has begun: its snapshot is the export's
            sys.stdout.buffer.write(b"ready\n")
            sys.stdout.buffer.flush()
            with open(part, "wb") as stream:
                while rows:
                    stream.write(_batch_csv(list(map(b",".join, rows)), rows.__getitem__, len(table.columns)))
                    rows = cursor.fetchmany(BATCH)
        finally:
            connection.close()
    except Exception as error:  # said to the export, which raises it
        damaged = isinstance(error, sqlite3.DatabaseError) and is_damage(error)
        sys.stdout.write(json.dumps({"error": str(error), "damaged": damaged}) + "\n")
        raise SystemExit(1) from None


@contextlib.contextmanager
def _helpers(store: Store, folder: Path) -> Iterator[Callable[[sa.Connection], dict[str, _Helper]]]:
    """SQLite file stores: hold the write lock, and give a function that starts the helpers in the export's read
    transaction and lets the lock go once they read. Elsewhere the function starts none."""
    helpers: dict[str, _Helper] = {}
    hold = None
    if isinstance(store.path, Path) and store.engine.dialect.name == "sqlite":
        hold = sqlite3.connect(store.path, timeout=30, isolation_level=None)
        hold.execute("BEGIN IMMEDIATE")

    def start(db: sa.Connection) -> dict[str, _Helper]:
        nonlocal hold
        if hold is None:
            return helpers
        try:
            for table in EXPORTED:  # these reads also begin the export's own snapshot, under the lock
                if [key.name for key in table.primary_key.columns] != ["id"]:
                    continue
                low, high = db.execute(sa.select(sa.func.min(table.c.id), sa.func.max(table.c.id))).one()
                if low is not None and high - low >= SPLIT_ROWS:
                    helpers[table.name] = _Helper(store.path, table, (low + high) // 2 + 1, folder)  # type: ignore[arg-type]
            for helper in helpers.values():
                helper.wait_ready()
        finally:
            hold.rollback()
            hold.close()
            hold = None
        return helpers

    try:
        yield start
    finally:
        if hold is not None:
            hold.rollback()
            hold.close()
        for helper in helpers.values():
            helper.close()


@guarded  # a page found damaged part-way: the store's own StoreDamaged, with the file copied aside
def export_tables(store: Store, folder: str | Path) -> list[Path]:
    """Write every table of pupil data as a spreadsheet-safe CSV file (0600) into a folder; returns the files.

    The same files as ``Store.export`` (byte for byte), but each streamed to disk as it is read, so memory stays
    flat however many answers there are. Everything is read in one snapshot and written to hidden temporary files
    (0600 from the start) beside the targets; only when every table is written are they renamed into place, so a
    store found damaged part-way leaves no file behind. Each file that names pupils is recorded in the exports
    table (kind ``DATA_EXPORT``, every pupil), so erasing a pupil lists it.
    """
    folder = Path(folder)
    if not folder.exists():
        private_folder(folder)
    elif not folder.is_dir():
        raise OSError(f"the folder {str(folder)!r} does not exist")
    written: list[tuple[Path, Path]] = []
    try:
        with _helpers(store, folder) as start_helpers, queries.snapshot(store) as db:
            helpers = start_helpers(db)
            for table in EXPORTED:
                handle, temporary = tempfile.mkstemp(prefix=f".{table.name}.csv.", dir=folder)
                os.fchmod(handle, PRIVATE_FILE)
                written.append((Path(temporary), folder / f"{table.name}.csv"))
                os.close(handle)
                with open(temporary, "wb") as stream:  # by name: a large table's second half goes beside it
                    if table.name in helpers:
                        _write_table(db, table, stream, helpers[table.name])
                    else:
                        _write_table(db, table, stream)
                    stream.flush()
                    os.fsync(stream.fileno())
            everyone = [int(row[0]) for row in db.execute(sa.select(pupils.c.id).order_by(pupils.c.id))]
    except BaseException:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in written:
        os.replace(temporary, target)
        if target.stem in NAMING_TABLES:
            store.record_export(target, DATA_EXPORT, everyone)
    return [target for _, target in written]
