"""Reading a class list CSV (name or pseudonym, tier) for class packs, with a one-line reason for any problem."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

MOST_PUPILS = 60
LONGEST_NAME = 40
LARGEST_FILE = 1_000_000  # bytes: sixty pupils' names and tiers take a few kilobytes
_NAME_COLUMNS = ("name", "pseudonym", "pupil")
_TIER_WORDS = {
    "1": 1,
    "2": 2,
    "3": 3,
    "wt": 1,
    "wts": 1,
    "working towards": 1,
    "exs": 2,
    "ex": 2,
    "expected": 2,
    "gd": 3,
    "gds": 3,
    "greater depth": 3,
}


class ClassListError(ValueError):
    """A class list that cannot be used, with the row and the fix."""


@dataclass(frozen=True)
class Pupil:
    """One row of a class list: the name printed on the sheet and the tier they work at."""

    name: str
    tier: int


def read_class_list(path: str | Path) -> list[Pupil]:
    """Pupils from a CSV with a header row naming a 'name' (or 'pseudonym') column and a 'tier' column."""
    source = Path(path)
    try:
        with open(source, "rb") as handle:  # never more than the limit, even from a pipe or a device
            raw = handle.read(LARGEST_FILE + 1)
    except FileNotFoundError:
        raise ClassListError(f"no class list at {str(source)!r}") from None
    except OSError as error:
        raise ClassListError(f"cannot read {str(source)!r}: {error.strerror or error}") from None
    return decode_class_list(raw, source.name)


def decode_class_list(raw: bytes, label: str) -> list[Pupil]:
    """Pupils from a class list file's bytes (a file read, or an upload in the app), refused when over 1 MB."""
    if len(raw) > LARGEST_FILE:
        raise ClassListError(f"{label} is larger than {LARGEST_FILE // 1_000_000} MB; a class list is a short CSV")
    try:
        text = raw.decode("utf-8-sig")  # spreadsheets often save a byte-order mark
    except UnicodeDecodeError:
        raise ClassListError(f"{label} is not a text CSV file (save it as 'CSV UTF-8')") from None
    return parse_class_list(text, label)


def parse_class_list(text: str, label: str = "the class list") -> list[Pupil]:
    """Pupils from CSV text; every problem names its row."""
    if len(text) > LARGEST_FILE:
        raise ClassListError(f"{label} is larger than {LARGEST_FILE // 1_000_000} MB; a class list is a short CSV")
    text = text.removeprefix("\ufeff")  # a byte-order mark from a spreadsheet is not part of the first column
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise ClassListError(f"{label} is not valid CSV: {error}") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ClassListError(f"{label} is empty: it needs a header row 'name,tier' and a row per pupil")
    header = [cell.strip().lower() for cell in rows[0]]
    name_column = next((header.index(c) for c in _NAME_COLUMNS if c in header), None)
    if name_column is None or "tier" not in header:
        raise ClassListError(
            f"{label} needs a header row with the columns 'name' and 'tier' (found: {', '.join(header)})"
        )
    tier_column = header.index("tier")
    pupils: list[Pupil] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = row + [""] * (len(header) - len(row))
        name = " ".join(cells[name_column].split())  # a line break inside a quoted cell is a space on the sheet
        tier_text = cells[tier_column].strip().lower()
        if not name:
            raise ClassListError(f"{label}, row {number}: the name is empty")
        if len(name) > LONGEST_NAME:
            raise ClassListError(f"{label}, row {number}: the name is longer than {LONGEST_NAME} characters")
        if tier_text not in _TIER_WORDS:
            raise ClassListError(
                f"{label}, row {number}: tier {cells[tier_column].strip()!r} should be 1, 2 or 3 (or WTS, EXS, GDS)"
            )
        pupils.append(Pupil(name, _TIER_WORDS[tier_text]))
    if not pupils:
        raise ClassListError(f"{label} has a header but no pupils")
    if len(pupils) > MOST_PUPILS:
        raise ClassListError(f"{label} has {len(pupils)} pupils; a pack holds at most {MOST_PUPILS}")
    return pupils
