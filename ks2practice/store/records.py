"""What the store hands back and refuses with: stored attempts, erase reports, the errors a teacher can act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ks2practice.core.model import Attempt, Status


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


def gone(what: str) -> str:
    return (
        f"this pupil is no longer in the store (they may have been erased), so the {what} was not saved; "
        "go back to the start and choose the group again"
    )


def delete_file(row: Any, delete: bool) -> KnownFile:
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


def clean_name(name: str, what: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise StoreError(f"please type a name for the {what}")
    if len(cleaned) > 40:
        raise StoreError(f"a {what} name is at most 40 characters")
    return cleaned


def stored(row: Any) -> StoredAttempt:
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


def paper_name(kind: str) -> str:
    return {"endpoint": "an end-point paper", "midpoint": "a mid-point paper"}.get(kind, "a baseline paper")
