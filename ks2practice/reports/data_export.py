"""The whole data set as CSV files, streamed from the store row by row: Store.export's files, in bounded memory."""

from __future__ import annotations

import csv
import io
import operator
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, repeat
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa

from ks2practice.core.private_files import PRIVATE_FILE, private_folder, spreadsheet_safe
from ks2practice.reports import queries
from ks2practice.store import DATA_EXPORT, EXPORTED, NAMING_TABLES, Store
from ks2practice.store.guard import guarded
from ks2practice.store.tables import pupils

BATCH = 20000  # rows read and checked at a time: about 4 MB of CSV for the attempts table
# A cell a spreadsheet could take as a formula starts with one of these (private_files.spreadsheet_safe has the rule).
FORMULA_STARTS = tuple(start.encode() for start in ("=", "+", "-", "@", "\t", "\r"))
_AS_EQUALS = bytes.maketrans(b"".join(FORMULA_STARTS), b"=" * len(FORMULA_STARTS))
# A cell with one of the first four is quoted by the csv module (QUOTE_MINIMAL, lines ending "\r\n"); a backslash
# is where PostgreSQL's COPY escaped a tab or line break. A line with any of them is written by the csv module.
_SLOW = b',"\r\n\\'
# COPY's text format escapes these in a value (NULL never comes: every cell is coalesced to text).
_COPY_ESCAPES = {b"\\": b"\\", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"v": b"\v"}
_COPY_ESCAPE = re.compile(rb"\\(.)", re.DOTALL)

_STARTS_AS_EQUALS = bytes.maketrans(b"=+-@", b"====")


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
    if b'"' in data or b"\\" in data or data.startswith(FORMULA_STARTS):
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
    plain = map(len, map(bytes.translate, lines, repeat(None), repeat(_SLOW)))
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


def _copy_csv(db: sa.Connection, query: sa.Select[Any], columns: int) -> Iterator[bytes]:
    """PostgreSQL: rows by ``COPY … TO STDOUT`` (text format) in the read's own transaction, a batch at a time.

    The server writes each row in C, cells split by tabs, a tab, line break or backslash inside a cell escaped by a
    backslash. A batch with no comma, quote, backslash or CR and no cell a spreadsheet could run is already the CSV
    once its tabs are commas and its line ends CR LF; any other is split into lines and checked line by line.
    """
    compiled = query.compile(dialect=db.dialect, compile_kwargs={"render_postcompile": True})
    raw = db.connection.dbapi_connection
    assert raw is not None
    pending: list[Any] = []
    with raw.cursor() as cursor, cursor.copy(f"COPY ({compiled}) TO STDOUT", compiled.params) as copy:
        for data in copy:
            pending.append(data)
            if len(pending) >= BATCH:
                yield _copy_batch(b"".join(pending), columns)
                pending.clear()
    if pending:
        yield _copy_batch(b"".join(pending), columns)


def _copy_batch(data: bytes, columns: int) -> bytes:
    if not (b"," in data or b'"' in data or b"\\" in data or b"\r" in data):
        marked = data.translate(_STARTS_AS_EQUALS)  # tabs kept: they part the cells (one inside a cell is escaped)
        if not (marked.startswith(b"=") or b"\t=" in marked or b"\n=" in marked):
            return data.replace(b"\t", b",").replace(b"\n", b"\r\n")
    rows = data[:-1].split(b"\n")

    def cells(index: int) -> list[bytes]:
        return [_COPY_ESCAPE.sub(_unescape, cell) for cell in rows[index].split(b"\t")]

    return _batch_csv(list(map(bytes.replace, rows, repeat(b"\t"), repeat(b","))), cells, columns)


def _unescape(found: re.Match[bytes]) -> bytes:
    return _COPY_ESCAPES[found.group(1)]


def _write_table(db: sa.Connection, table: sa.Table, handle: BinaryIO) -> None:
    """One table as CSV into an open file: the header, then every row in primary-key order, a batch at a time."""
    handle.write(_csv_lines([[column.name for column in table.columns]]))
    query = sa.select(*_plain_cells(table)).order_by(*table.primary_key.columns)
    write = _sqlite_csv if db.dialect.name == "sqlite" else _copy_csv
    for data in write(db, query, len(table.columns)):
        handle.write(data)


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
        with queries.snapshot(store) as db:
            for table in EXPORTED:
                handle, temporary = tempfile.mkstemp(prefix=f".{table.name}.csv.", dir=folder)
                os.fchmod(handle, PRIVATE_FILE)
                written.append((Path(temporary), folder / f"{table.name}.csv"))
                with open(handle, "wb") as stream:
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
