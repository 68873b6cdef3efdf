"""The store's file on disk: where it lives, owner-only permissions, a new file made whole, damage copied aside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from ks2practice.core.private_files import private_folder, tighten

ENV_DATA_DIR = "KS2PRACTICE_DATA"
FILE_NAME = "ks2practice.sqlite3"


def default_path() -> Path:
    """Where the store lives unless told otherwise: outside the repository, in the user's data folder."""
    folder = os.environ.get(ENV_DATA_DIR)
    if folder:
        return Path(folder) / FILE_NAME
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "ks2practice" / FILE_NAME


def quick_check(connection: sqlite3.Connection) -> None:
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError(f"database disk image is malformed: {'; '.join(problems)}")


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """SQLite's 'file is not a database' or 'database disk image is malformed', not a lock or a constraint."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(error)
    return type(error) is sqlite3.DatabaseError and ("malformed" in text or "not a database" in text)


def prepare_file(path: Path) -> bool:
    """Folder and file permissions before SQLite opens the file; returns whether the file was already there."""
    folder = path.parent
    if is_data_folder(folder) or not folder.exists():
        private_folder(folder)
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        tighten(name)
    if path.exists():
        return True
    create_store_file(path)
    return False


def is_data_folder(folder: Path) -> bool:
    try:
        return folder.resolve() == default_path().parent.resolve()
    except OSError:
        return False


def create_store_file(path: Path) -> None:
    # The new store appears whole: made beside it (0600, with SQLite's header written) and linked into place, so no
    # other window ever sees an empty file, which would be reported as damage. Where links aren't possible (some USB
    # sticks), the empty file is made in place as before, and SQLite writes the header at once.
    temporary = path.with_name(f".{path.name}.new-{os.getpid()}-{time.monotonic_ns()}")
    descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    os.close(descriptor)
    try:
        os.chmod(temporary, 0o600)
        raw = sqlite3.connect(str(temporary))
        try:
            raw.execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another window made it first: use theirs
        except OSError:
            descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
            os.close(descriptor)
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)
    tighten(path)


def copy_aside(path: Path, now: datetime) -> Path:
    """Copy a damaged store (and its -wal) beside it, 0600, never over an earlier copy; the original is not touched."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    wal = path.with_name(path.name + "-wal")
    for attempt in range(1, 1000):
        copy = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{attempt}" if attempt > 1 else ""))
        copy_wal = copy.with_name(copy.name + "-wal")
        if copy_wal.exists():
            continue
        try:
            copy_private(path, copy)
        except FileExistsError:
            continue
        if wal.exists() and wal.stat().st_size:
            copy_private(wal, copy_wal)
        return copy
    raise FileExistsError(f"too many copies of {path.name} already")


def copy_private(source: Path, target: Path) -> None:
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as out, open(source, "rb") as into:
        os.fchmod(out.fileno(), 0o600)
        shutil.copyfileobj(into, out)
        out.flush()
        os.fsync(out.fileno())
