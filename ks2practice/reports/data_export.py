"""The whole data set as CSV files, streamed from the store row by row: Store.export's files, in bounded memory."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa

from ks2practice.core.private_files import PRIVATE_FILE, private_folder, spreadsheet_safe
from ks2practice.reports import queries
from ks2practice.store import DATA_EXPORT, EXPORTED, NAMING_TABLES, Store
from ks2practice.store.tables import pupils

BATCH = 20000  # rows read and checked at a time: about 4 MB of CSV for the attempts table
# A cell a spreadsheet could take as a formula starts with one of these (private_files.spreadsheet_safe has the rule).
FORMULA_STARTS = tuple(start.encode() for start in ("=", "+", "-", "@", "\t", "\r"))
_AS_EQUALS = bytes.maketrans(b"".join(FORMULA_STARTS), b"=" * len(FORMULA_STARTS))


def _plain_cells(table: sa.Table) -> list[sa.ColumnElement[str]]:
    """Every cell as text, NULL as empty: what the csv module writes for a cell that needs no quoting."""
    return [
        sa.func.coalesce(column if isinstance(column.type, sa.String) else sa.cast(column, sa.Text), "")
        for column in table.columns
    ]


def _clean(data: bytes, rows: int, columns: int) -> bool:
    """True when the lines joined plainly are what the csv module writes with every cell made spreadsheet-safe.

    Counting is enough: the joins put exactly ``columns - 1`` commas in each line and one CR LF between lines, so any
    other comma, quote, CR or LF is inside a cell (which would need quoting). A cell a spreadsheet could run starts
    a line or follows a comma: every such first character is turned into "=" (dates are full of "-") and the two
    pairs looked for once each, rather than twelve searches.
    """
    if data.count(b",") != rows * (columns - 1) or data.count(b"\n") != rows - 1 or data.count(b"\r") != rows - 1:
        return False
    if b'"' in data or data.startswith(FORMULA_STARTS):
        return False
    marked = data.translate(_AS_EQUALS)
    return b",=" not in marked and b"\n=" not in marked


def _csv_lines(rows: Any) -> bytes:
    """Rows as the csv module writes them, each cell made spreadsheet-safe: the slow way, for the few that need it."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _fast_batches(db: sa.Connection, table: sa.Table) -> Iterator[list[bytes]]:
    """The table's lines in id order, joined plainly, a batch at a time, through the driver's own cursor.

    SQLite hands each text cell over as bytes (no decoding to str and back); PostgreSQL joins each line itself, on
    its own core, and sends it through a server-side cursor.
    """
    cells = _plain_cells(table)
    raw = db.connection.dbapi_connection
    assert raw is not None
    if db.dialect.name == "sqlite":
        query = sa.select(*cells).order_by(table.c.id).compile(dialect=db.dialect)
        cursor = raw.cursor()
        try:
            params = query.construct_params()
            cursor.execute(str(query), [params[name] for name in query.positiontup or ()])
            while True:
                raw.text_factory = bytes
                try:
                    batch = cursor.fetchmany(BATCH)
                finally:
                    raw.text_factory = str
                if not batch:
                    return
                yield list(map(b",".join, batch))
        finally:
            cursor.close()
    line = sa.func.concat_ws(",", *cells, type_=sa.Text)
    query = (
        sa.select(line).order_by(table.c.id).compile(dialect=db.dialect, compile_kwargs={"render_postcompile": True})
    )
    with raw.cursor(name=f"export_{table.name}") as cursor:
        cursor.itersize = BATCH
        cursor.execute(str(query), query.params)
        while batch := cursor.fetchmany(BATCH):
            yield [row[0].encode("utf-8") for row in batch]


def _write_table(db: sa.Connection, table: sa.Table, handle: BinaryIO) -> None:
    """One table as CSV into an open file: every column in order, rows in primary-key order.

    A table keyed by ``id`` is read as plain lines a batch at a time; a batch the plain join can't stand for (a cell
    with a comma, quote or line break, or one a spreadsheet could run) is read again as cells and written by the csv
    module, cells made safe, so the file is what ``csv_bytes`` makes.
    """
    handle.write(_csv_lines([[column.name for column in table.columns]]))
    keys = list(table.primary_key.columns)
    if [key.name for key in keys] != ["id"]:
        result = db.execution_options(yield_per=BATCH).execute(sa.select(table).order_by(*keys))
        for rows in result.partitions():
            handle.write(_csv_lines(rows))
        return
    between = sa.select(table).where(table.c.id.between(sa.bindparam("low"), sa.bindparam("high"))).order_by(table.c.id)
    columns = len(table.columns)
    for lines in _fast_batches(db, table):
        data = b"\r\n".join(lines)
        if _clean(data, len(lines), columns):
            handle.write(data + b"\r\n")
        else:  # ids are the lines' first cells
            low, high = int(lines[0].split(b",", 1)[0]), int(lines[-1].split(b",", 1)[0])
            handle.write(_csv_lines(db.execute(between, {"low": low, "high": high})))


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
