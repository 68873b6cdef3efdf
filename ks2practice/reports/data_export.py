"""The whole data set as CSV files, streamed from the store row by row: Store.export's files, in bounded memory."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa

from ks2practice.core.private_files import PRIVATE_FILE, private_folder, spreadsheet_safe
from ks2practice.reports import queries
from ks2practice.store import DATA_EXPORT, EXPORTED, NAMING_TABLES, Store
from ks2practice.store.tables import pupils

BATCH = 5000  # rows fetched at a time: a server-side cursor on PostgreSQL, SQLite's own stepping otherwise
# A cell a spreadsheet could take as a formula starts with one of these (private_files.spreadsheet_safe has the rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _risky(table: sa.Table) -> sa.ColumnElement[int]:
    """1 when a text cell of the row starts like a formula, found by the database so most rows skip the check."""
    texts = [column for column in table.columns if isinstance(column.type, sa.String)]
    if not texts:
        return sa.literal(0)
    starts = [sa.func.substr(column, 1, 1).in_(FORMULA_STARTS) for column in texts]
    return sa.case((sa.or_(*starts), 1), else_=0)


def _cell(column: sa.Column[Any], sqlite: bool) -> sa.ColumnElement[str]:
    """One cell as Python's csv module writes it (QUOTE_MINIMAL), built by the database: no Python per cell."""
    if not isinstance(column.type, sa.String):
        return sa.func.coalesce(sa.cast(column, sa.Text), "")
    find = sa.func.instr if sqlite else sa.func.strpos  # the same test, by each engine's own name for it
    needs_quotes = sa.or_(*(find(column, c) > 0 for c in (",", '"', "\r", "\n")))
    quoted = sa.literal('"') + sa.func.replace(column, '"', '""') + sa.literal('"')
    return sa.case((column.is_(None), ""), (needs_quotes, quoted), else_=column)


def _line(table: sa.Table, sqlite: bool) -> sa.ColumnElement[str]:
    cells = [_cell(column, sqlite) for column in table.columns]
    if not sqlite:  # one call, not a chain of || making a new string at each step (cells are never NULL)
        return sa.func.concat_ws(",", *cells, type_=sa.Text)
    line = cells[0]
    for cell in cells[1:]:
        line = line + sa.literal(",") + cell
    return line


def _csv_line(values: Any) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow([spreadsheet_safe(cell) for cell in values])
    return buffer.getvalue().encode("utf-8")


def _write_table(db: sa.Connection, table: sa.Table, handle: BinaryIO) -> None:
    """One table as CSV into an open file: every column in order, rows in primary-key order.

    The database writes each line; the rare row with a cell a spreadsheet could run is read again whole and written
    by the csv module with the cell made safe (``spreadsheet_safe``), so the file is what ``csv_bytes`` makes.
    """
    handle.write(_csv_line(column.name for column in table.columns))
    # COPY marks a formula-like row with "!", which no line starting with a number can be mistaken for.
    if db.dialect.name == "postgresql" and isinstance(table.columns[0].type, sa.Integer):
        _copy_table(db, table, handle)
        return
    keys = list(table.primary_key.columns)
    query = sa.select(_line(table, sqlite=True), _risky(table), *keys).order_by(*keys)
    whole = sa.select(*table.columns).where(*(key == sa.bindparam(f"k_{key.name}") for key in keys))
    result = db.execution_options(yield_per=BATCH).execute(query)
    for batch in result.partitions():
        if not any(row[1] for row in batch):
            handle.write("".join(row[0] + "\r\n" for row in batch).encode("utf-8"))
            continue
        for row in batch:
            if row[1]:
                values = db.execute(whole, {f"k_{key.name}": value for key, value in zip(keys, row[2:], strict=True)})
                handle.write(_csv_line(values.one()))
            else:
                handle.write((row[0] + "\r\n").encode("utf-8"))


# COPY's text format escapes these in a value; every line it sends ends in a bare newline.
_COPY_ESCAPES = {b"\\": b"\\", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"v": b"\v"}
_COPY_ESCAPE = re.compile(rb"\\(.)", re.DOTALL)


def _copy_table(db: sa.Connection, table: sa.Table, handle: BinaryIO) -> None:
    """PostgreSQL: the lines come by COPY TO STDOUT in the read's own transaction, with no per-row round trip.

    A row with a formula-like cell comes as ``!`` and its cells as a JSON array (COPY can't pause for a second
    query), and is written by the csv module with the cells made safe.
    """
    keys = list(table.primary_key.columns)
    whole = sa.func.json_build_array(*table.columns)
    line = sa.case((_risky(table) == 1, sa.literal("!") + sa.cast(whole, sa.Text)), else_=_line(table, sqlite=False))
    query = sa.select(line).order_by(*keys)
    compiled = query.compile(dialect=db.dialect, compile_kwargs={"render_postcompile": True})
    raw = db.connection.dbapi_connection
    assert raw is not None
    pending: list[bytes] = []
    with raw.cursor() as cursor, cursor.copy(f"COPY ({compiled}) TO STDOUT", compiled.params) as copy:
        for data in copy:
            row = bytes(data)[:-1]
            if b"\\" in row:
                row = _COPY_ESCAPE.sub(lambda found: _COPY_ESCAPES[found.group(1)], row)
            if row.startswith(b"!"):
                pending.append(_csv_line(json.loads(row[1:])))
            else:
                pending.append(row + b"\r\n")
            if len(pending) >= BATCH:
                handle.write(b"".join(pending))
                pending.clear()
    handle.write(b"".join(pending))


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
