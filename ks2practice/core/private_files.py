"""Writing files that may name or describe a pupil: owner-only permissions, whole or not at all, spreadsheet-safe."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SHARED_FILE = 0o644

# A spreadsheet treats a cell starting with one of these as a formula (tab and carriage return too, since some
# programs strip them first); a leading apostrophe makes it text, the way spreadsheet-safe exporters neutralise it.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A plain number such as -5 or +2.75 is shown as that number by every spreadsheet, so it is left as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def spreadsheet_safe(value: object) -> object:
    """The cell as a spreadsheet should see it: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_bytes(header: Iterable[object], rows: Iterable[Iterable[object]]) -> bytes:
    """A UTF-8 CSV of the header and rows with every cell made spreadsheet-safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([spreadsheet_safe(cell) for cell in header])
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def private_folder(path: str | os.PathLike[str]) -> Path:
    """Make the folder (and its parents) if missing; the folder itself is left readable by its owner only."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    # mkdir's mode is filtered by the umask and ignored for a folder that already exists: set it outright.
    os.chmod(folder, PRIVATE_FOLDER)
    return folder


def make_output_folder(folder: str | os.PathLike[str], *, private: bool) -> Path:
    """Make a missing folder for output files: owner-only (0700) when they name or describe a pupil. A folder that
    already exists is the teacher's choice and is left as it is."""
    folder = Path(folder)
    if not folder.exists():
        if private:
            private_folder(folder)
        else:
            folder.mkdir(parents=True, exist_ok=True)
    return folder


def tighten(path: str | os.PathLike[str]) -> None:
    """Make an existing file owner-only; a file that is not there is left alone."""
    try:
        os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        pass


def write_atomically(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write a whole file or nothing: a temporary file in the same folder, then renamed over the target.

    ``private`` files (anything naming or describing a pupil) are 0600 whatever the umask; others are 0644.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OSError(f"the folder {str(folder)!r} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, PRIVATE_FILE if private else SHARED_FILE)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_private(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write a file that names or describes a pupil: whole or not at all, readable by its owner only."""
    return write_atomically(path, data, private=True)
