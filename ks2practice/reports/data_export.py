"""The whole data set as CSV files, streamed from the store row by row: Store.export's files, in bounded memory."""

from __future__ import annotations

import csv
import os
import tempfile
from operator import itemgetter
from pathlib import Path
from typing import Any

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


def _write_table(db: sa.Connection, table: sa.Table, handle: Any) -> None:
    """One table as CSV into an open text file: every column in order, rows in primary-key order."""
    writer = csv.writer(handle)
    writer.writerow([spreadsheet_safe(column.name) for column in table.columns])
    query = sa.select(*table.columns, _risky(table)).order_by(*table.primary_key.columns)
    cells = itemgetter(slice(0, len(table.columns)))
    risky = itemgetter(len(table.columns))
    result = db.execution_options(yield_per=BATCH).execute(query)
    for batch in result.partitions():
        if any(map(risky, batch)):
            writer.writerows(
                [spreadsheet_safe(cell) for cell in cells(row)] if risky(row) else cells(row) for row in batch
            )
        else:
            writer.writerows(map(cells, batch))


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
                with open(handle, "w", encoding="utf-8", newline="") as stream:
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
