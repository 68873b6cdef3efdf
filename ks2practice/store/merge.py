"""Moving a TA's laptop store into the school database: each match confirmed by the TA, nothing lost, twice = once."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ks2practice.core.private_files import csv_bytes, write_private
from ks2practice.store import Store, StoreDamaged
from ks2practice.store.people import OUR_SCHOOL
from ks2practice.store.records import StoreError
from ks2practice.store.tables import (
    ATTEMPT_BY_KEY,
    assessments,
    attempts,
    group_members,
    groups,
    item_marks,
    merged_ids,
    merges,
    pupils,
    revisits,
    schools,
    sessions,
)

NEW = "new"
# What is counted before and after, to show nothing was lost: the laptop's rows, the school's before, added, after.
COUNTED = {"answers": attempts, "revisits": revisits, "sessions": sessions, "papers": assessments,
           "item marks": item_marks}  # fmt: skip
PLAN_COLUMNS = ("kind", "laptop_id", "laptop_name", "laptop_groups", "year", "candidates", "into")


class MergeRefused(StoreError):
    """The merge can't go ahead as asked; nothing was written."""


@dataclass(frozen=True)
class Choice:
    """One laptop group or pupil and where it goes: a school row's id, NEW, or None while the TA has not said."""

    kind: str  # "group" or "pupil"
    laptop_id: int
    name: str
    groups: str  # a pupil's laptop groups, for telling two Avas apart; a group's: ""
    year: int | None
    candidates: tuple[tuple[int, str], ...]  # (school id, how the TA recognises them), same name (and year)
    into: int | str | None = None
    merged_before: bool = False  # decided by an earlier merge of this laptop: not asked again

    def describe(self) -> str:
        where = f" ({self.groups})" if self.groups else ""
        year = f", Year {self.year}" if self.year else ""
        return f"{self.kind} {self.name}{where}{year}"


@dataclass
class Plan:
    """What a merge will do: the school, the laptop's fingerprint, one Choice per laptop group and pupil."""

    laptop: Path
    source: str
    school_id: int
    school_name: str
    choices: list[Choice] = field(default_factory=list)

    def undecided(self) -> list[Choice]:
        return [choice for choice in self.choices if choice.into is None]


@dataclass(frozen=True)
class Outcome:
    """The counts before and after, table by table, and what the TA should know (a renamed pupil, a kept mark)."""

    laptop: dict[str, int]
    before: dict[str, int]
    added: dict[str, int]
    after: dict[str, int]
    notes: tuple[str, ...]

    def table(self) -> str:
        lines = [f"{'':12}{'laptop':>8}{'school before':>15}{'added':>8}{'school after':>14}"]
        for name in COUNTED:
            lines.append(
                f"{name:12}{self.laptop[name]:>8}{self.before[name]:>15}{self.added[name]:>8}{self.after[name]:>14}"
            )
        return "\n".join(lines)


def copy_of(laptop: Path, folder: Path) -> Path:
    """A copy of the laptop store (with its write-ahead log) to open and upgrade: SQLite never opens the laptop's own
    files, so not a byte of them changes. Close the app on the laptop first: a copy taken mid-write reads as damaged."""
    if not laptop.is_file():
        raise MergeRefused(f"there is no laptop store at {laptop}")
    target = folder / "laptop.sqlite3"
    shutil.copyfile(laptop, target)
    log = laptop.with_name(laptop.name + "-wal")
    if log.is_file():
        shutil.copyfile(log, target.with_name(target.name + "-wal"))
    return target


def fingerprint(laptop_db: sa.Connection) -> str | None:
    """The laptop store's name in `merges`: a hash of its first group (never renamed or deleted), or None if empty."""
    first = laptop_db.execute(sa.select(groups.c.id, groups.c.name, groups.c.created).order_by(groups.c.id)).first()
    if first is None:
        return None
    digest = hashlib.sha256(f"{first.id}\n{first.name}\n{first.created}".encode()).hexdigest()
    return f"laptop-{digest[:20]}"


def choose_school(school_db: sa.Connection, slug: str | None) -> tuple[int, str] | None:
    """The school the laptop's rows join: --school's, or the database's only one (None: make 'Our school')."""
    found = school_db.execute(sa.select(schools.c.id, schools.c.name, schools.c.slug).order_by(schools.c.id)).all()
    if slug is not None:
        for row in found:
            if row.slug == slug:
                return int(row.id), str(row.name)
        known = ", ".join(row.slug for row in found) or "none yet"
        raise MergeRefused(f"there is no school {slug!r} in that database (its schools: {known})")
    if len(found) > 1:
        raise MergeRefused("that database holds several schools: say which with --school SLUG")
    return (int(found[0].id), str(found[0].name)) if found else None


def make_plan(laptop: Path, laptop_db: sa.Connection, school_db: sa.Connection, school_slug: str | None) -> Plan:
    """Every laptop group and pupil with the school's candidates for it (same name; same year when both have one)."""
    source = fingerprint(laptop_db)
    if source is None:
        raise MergeRefused(f"the laptop store {laptop} has no groups, so there is nothing to merge")
    chosen = choose_school(school_db, school_slug)
    school_id, school_name = chosen if chosen else (0, f"{OUR_SCHOOL[0]} (made now)")
    earlier = _earlier_ids(school_db, source)
    plan = Plan(laptop, source, school_id, school_name)
    for group in laptop_db.execute(sa.select(groups).order_by(groups.c.id)).all():
        same = school_db.execute(
            sa.select(groups.c.id, groups.c.name)
            .where(groups.c.school_id == school_id, sa.func.lower(groups.c.name) == group.name.lower())
            .order_by(groups.c.id)
        ).all()
        candidates = tuple((int(row.id), f"group {row.name}") for row in same)
        plan.choices.append(_decided(Choice("group", group.id, group.name, "", None, candidates), earlier))
    memberships = _laptop_groups(laptop_db)
    for pupil in laptop_db.execute(sa.select(pupils).order_by(pupils.c.id)).all():
        query = (
            sa.select(pupils.c.id, pupils.c.name, pupils.c.year)
            .where(pupils.c.school_id == school_id, pupils.c.name == pupil.name)
            .order_by(pupils.c.id)
        )
        if pupil.year is not None:
            query = query.where(sa.or_(pupils.c.year == pupil.year, pupils.c.year.is_(None)))
        candidates = tuple((int(row.id), _pupil_label(school_db, row)) for row in school_db.execute(query).all())
        choice = Choice("pupil", pupil.id, pupil.name, memberships.get(pupil.id, ""), pupil.year, candidates)
        plan.choices.append(_decided(choice, earlier))
    return plan


def _decided(choice: Choice, earlier: dict[tuple[str, int], int]) -> Choice:
    before = earlier.get((choice.kind, choice.laptop_id))
    if before is not None:
        return replace(choice, into=before, merged_before=True)
    if not choice.candidates:  # no one of that name: new, and nothing was matched by name
        return replace(choice, into=NEW)
    return choice


def _earlier_ids(school_db: sa.Connection, source: str) -> dict[tuple[str, int], int]:
    query = (
        sa.select(merged_ids.c.kind, merged_ids.c.from_id, merged_ids.c.to_id)
        .join(merges, merges.c.id == merged_ids.c.merge_id)
        .where(merges.c.source == source)
    )
    return {(row.kind, int(row.from_id)): int(row.to_id) for row in school_db.execute(query)}


def _laptop_groups(laptop_db: sa.Connection) -> dict[int, str]:
    query = (
        sa.select(group_members.c.pupil_id, groups.c.name)
        .join(groups, groups.c.id == group_members.c.group_id)
        .where(group_members.c.left.is_(None))
        .order_by(group_members.c.pupil_id, groups.c.name)
    )
    found: dict[int, list[str]] = {}
    for row in laptop_db.execute(query):
        found.setdefault(int(row.pupil_id), []).append(str(row.name))
    return {pupil: ", ".join(names) for pupil, names in found.items()}


def _pupil_label(school_db: sa.Connection, row: Any) -> str:
    query = (
        sa.select(groups.c.name)
        .join(group_members, group_members.c.group_id == groups.c.id)
        .where(group_members.c.pupil_id == row.id, group_members.c.left.is_(None))
        .order_by(groups.c.name)
    )
    in_groups = ", ".join(str(name) for (name,) in school_db.execute(query))
    year = f", Year {row.year}" if row.year else ""
    return f"pupil {row.name} (id {row.id}{year}{', in ' + in_groups if in_groups else ''})"


# -- the plan as a file the TA edits ---------------------------------------------------------------------------------
def plan_csv(plan: Plan) -> bytes:
    """The plan as a spreadsheet-safe CSV: the TA fills `into` with a candidate's id or "new" on every blank row."""
    lines = []
    for choice in plan.choices:
        candidates = "; ".join(f"{school_id}: {label}" for school_id, label in choice.candidates)
        into = "" if choice.into is None else str(choice.into)
        lines.append((choice.kind, choice.laptop_id, choice.name, choice.groups, choice.year or "", candidates, into))
    return csv_bytes(PLAN_COLUMNS, lines)


def write_plan(plan: Plan, path: Path) -> Path:
    return write_private(path, plan_csv(plan))


def read_plan(plan: Plan, path: Path) -> Plan:
    """The TA's decisions from an edited plan file, checked against the candidates: only their ids, or "new"."""
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            decided = {(row["kind"], int(row["laptop_id"])): row["into"].strip() for row in csv.DictReader(handle)}
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise MergeRefused(f"can't read the plan {path}: {error}") from None
    choices = []
    for choice in plan.choices:
        answer = decided.get((choice.kind, choice.laptop_id)) or None  # an empty cell: not decided
        if choice.merged_before or (answer is None and choice.into == NEW):
            choices.append(choice)  # merged before, or new to the plan and matching no one
            continue
        if answer is None:
            raise MergeRefused(f"the plan {path} does not say where the laptop's {choice.describe()} goes")
        choices.append(replace(choice, into=_answer(choice, answer, str(path))))
    return replace(plan, choices=choices)


def _answer(choice: Choice, answer: str, where: str) -> int | str:
    answer = answer.strip().lstrip("'").lower()
    if answer == NEW:
        if choice.kind == "group" and choice.candidates:
            raise MergeRefused(
                f"the school already has a group called {choice.name!r}: match it (id {choice.candidates[0][0]}) "
                f"in {where}, or rename one of them first"
            )
        return NEW
    if answer.isdigit() and int(answer) in {school_id for school_id, _ in choice.candidates}:
        return int(answer)
    options = ", ".join(str(school_id) for school_id, _ in choice.candidates)
    raise MergeRefused(
        f"{where}: the laptop's {choice.describe()} goes into one of {options or 'none'} or 'new', not {answer!r}"
    )


def ask_each(plan: Plan, ask: Callable[[str], str], say: Callable[[str], None]) -> Plan:
    """Ask the TA about every laptop group and pupil the school has someone of the same name for."""
    choices = []
    for choice in plan.choices:
        if choice.into is not None:
            choices.append(choice)
            continue
        say(f"The laptop's {choice.describe()} has the same name as:")
        for school_id, label in choice.candidates:
            say(f"  {school_id}: {label}")
        while True:
            reply = ask(f"Type the id of the same {choice.kind}, or 'new' if it is someone else: ")
            try:
                choices.append(replace(choice, into=_answer(choice, reply, "your answer")))
                break
            except MergeRefused as refused:
                say(str(refused))
    return replace(plan, choices=choices)


# -- doing it --------------------------------------------------------------------------------------------------------
def counts(db: sa.Connection) -> dict[str, int]:
    return {name: int(db.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
            for name, table in COUNTED.items()}  # fmt: skip


def merged_key(source: str, row: Any) -> str:
    """The key an attempt carries in the school database: the laptop's own key (or its id, for a keyless old one)
    under the laptop's fingerprint, with when it was recorded, so two laptops' keys never meet."""
    own = row.key if row.key is not None else f"a{row.id}"
    return f"{source}/{own}@{row.recorded}"


class Writer:
    """One merge, run inside one transaction on the school database (``apply``)."""

    def __init__(self, plan: Plan, laptop_db: sa.Connection, db: sa.Connection, now: str) -> None:
        self.plan, self.laptop_db, self.db, self.now = plan, laptop_db, db, now
        self.ids: dict[tuple[str, int], int] = {}
        self.notes: list[str] = []
        self.merge_id = 0
        self.new_pupils: set[int] = set()  # made by this merge: one may be renamed to tell them apart

    def run(self, requeue: Callable[[sa.Connection, int, str], None]) -> None:
        self._school()
        self._merge_row()
        for choice in self.plan.choices:
            if choice.kind == "group":
                self._group(choice)
        for choice in self.plan.choices:
            if choice.kind == "pupil":
                self._pupil(choice)
        self._memberships()
        self._sessions()
        for pupil_id, spec_code in sorted(self._attempts()):
            requeue(self.db, pupil_id, spec_code)
        self._papers()

    def _school(self) -> None:
        if self.plan.school_id:
            return
        name, slug = OUR_SCHOOL
        values = dict(name=name, slug=slug, created=self.now)
        self.plan.school_id = int(self.db.execute(schools.insert().values(**values)).inserted_primary_key[0])

    def _merge_row(self) -> None:
        found = self.db.execute(sa.select(merges.c.id).where(merges.c.source == self.plan.source)).scalar()
        if found is None:
            values = dict(source=self.plan.source, path=str(self.plan.laptop.absolute()), merged=self.now)
            found = self.db.execute(merges.insert().values(**values)).inserted_primary_key[0]
        else:
            self.db.execute(merges.update().where(merges.c.id == found).values(merged=self.now))
        self.merge_id = int(found)
        self.ids = {key: to for key, to in _earlier_ids(self.db, self.plan.source).items()}

    def _remember(self, kind: str, from_id: int, to_id: int) -> None:
        if (kind, from_id) not in self.ids:
            self.db.execute(merged_ids.insert().values(merge_id=self.merge_id, kind=kind, from_id=from_id, to_id=to_id))
        self.ids[(kind, from_id)] = to_id

    def _laptop_row(self, table: sa.Table, row_id: int) -> Any:
        return self.laptop_db.execute(sa.select(table).where(table.c.id == row_id)).one()

    def _group(self, choice: Choice) -> None:
        if choice.into == NEW and ("group", choice.laptop_id) not in self.ids:
            row = self._laptop_row(groups, choice.laptop_id)
            values = dict(name=row.name, archived=row.archived, created=row.created, school_id=self.plan.school_id)
            to_id = int(self.db.execute(groups.insert().values(**values)).inserted_primary_key[0])
        else:
            to_id = self.ids.get(("group", choice.laptop_id)) or int(choice.into)  # type: ignore[arg-type]
        self._remember("group", choice.laptop_id, to_id)

    def _pupil(self, choice: Choice) -> None:
        if choice.into == NEW and ("pupil", choice.laptop_id) not in self.ids:
            row = self._laptop_row(pupils, choice.laptop_id)
            values = dict(name=row.name, archived=row.archived, created=row.created, school_id=self.plan.school_id,
                          year=row.year)  # fmt: skip
            to_id = int(self.db.execute(pupils.insert().values(**values)).inserted_primary_key[0])
            self.new_pupils.add(to_id)
        else:
            to_id = self.ids.get(("pupil", choice.laptop_id)) or int(choice.into)  # type: ignore[arg-type]
        self._remember("pupil", choice.laptop_id, to_id)

    def _memberships(self) -> None:
        m = group_members.c
        for row in self.laptop_db.execute(sa.select(group_members).order_by(m.id)).all():
            group, pupil = self.ids[("group", row.group_id)], self.ids[("pupil", row.pupil_id)]
            same = sa.select(m.id).where(m.group_id == group, m.pupil_id == pupil)
            if self.db.execute(same.where(m.joined == row.joined)).first() is not None:
                continue  # merged before (and perhaps ended here since: the school's word stands)
            if row.left is None:
                if self.db.execute(same.where(m.left.is_(None))).first() is not None:
                    continue
                if not self._free_name(group, pupil):
                    continue
            self.db.execute(group_members.insert().values(group_id=group, pupil_id=pupil, joined=row.joined,
                                                          left=row.left))  # fmt: skip

    def _free_name(self, group: int, pupil: int) -> bool:
        """Whether the pupil may join the group: another current member with their name makes a new pupil "Name (2)"
        (the TA is told); a pupil the school already had keeps their name and stays out of that group (told too)."""
        name = self.db.execute(sa.select(pupils.c.name).where(pupils.c.id == pupil)).scalar_one()
        taken = {
            str(other)
            for (other,) in self.db.execute(
                sa.select(pupils.c.name)
                .join(group_members, group_members.c.pupil_id == pupils.c.id)
                .where(group_members.c.group_id == group, group_members.c.left.is_(None), pupils.c.id != pupil)
            )
        }
        if name not in taken:
            return True
        if pupil not in self.new_pupils:
            self.notes.append(f"{name} is not added to group {group}: another pupil there is called {name}")
            return False
        number = 2
        while f"{name} ({number})" in taken:
            number += 1
        self.db.execute(pupils.update().where(pupils.c.id == pupil).values(name=f"{name} ({number})"))
        self.notes.append(f"{name} from the laptop is called '{name} ({number})' here: another {name} is in that group")
        return True

    def _sessions(self) -> None:
        for row in self.laptop_db.execute(sa.select(sessions).order_by(sessions.c.id)).all():
            if ("session", row.id) in self.ids:
                self._same_session(row)
                continue
            values = {column: getattr(row, column) for column in sessions.c.keys() if column != "id"}
            values["group_id"] = self.ids[("group", row.group_id)]
            self._remember(
                "session", row.id, int(self.db.execute(sessions.insert().values(**values)).inserted_primary_key[0])
            )

    def _same_session(self, row: Any) -> None:
        """A laptop merged before must be that laptop: its sessions are still the ones merged (not a copy's)."""
        school = self.db.execute(sa.select(sessions.c.started).where(sessions.c.id == self.ids[("session", row.id)]))
        if school.scalar() != row.started:
            raise MergeRefused(
                "this laptop store looks like a copy of another one already merged (its sessions differ); "
                "nothing was written"
            )

    def _attempts(self) -> set[tuple[int, str]]:
        touched = set()
        for row in self.laptop_db.execute(sa.select(attempts).order_by(attempts.c.id)).all():
            key = merged_key(self.plan.source, row)
            if self.db.execute(ATTEMPT_BY_KEY, {"key": key}).first() is not None:
                continue
            values = {column: getattr(row, column) for column in attempts.c.keys() if column != "id"}
            values["pupil_id"] = self.ids[("pupil", row.pupil_id)]
            if row.session_id is not None:
                values["session_id"] = self.ids[("session", row.session_id)]
            values["key"] = key
            self.db.execute(attempts.insert().values(**values))
            touched.add((values["pupil_id"], row.spec_code))
        return touched

    def _papers(self) -> None:
        a = assessments.c
        for row in self.laptop_db.execute(sa.select(assessments).order_by(a.id)).all():
            group = self.ids[("group", row.group_id)]
            found = self.db.execute(
                sa.select(a.id, a.paper, a.taken).where(a.group_id == group, a.kind == row.kind)
            ).first()
            if found is None:
                values = dict(group_id=group, kind=row.kind, paper=row.paper, taken=row.taken, created=row.created)
                to_id = int(self.db.execute(assessments.insert().values(**values)).inserted_primary_key[0])
            else:
                to_id = int(found.id)
                if (found.paper, found.taken) != (row.paper, row.taken) and ("assessment", row.id) not in self.ids:
                    self.notes.append(
                        f"the group's {row.kind} paper here (sat {found.taken}) keeps its own code and date; the "
                        f"laptop's marks (sat {row.taken}) are added to it where a pupil has none for an item"
                    )
            self._remember("assessment", row.id, to_id)
            self._marks(row.id, to_id)

    def _marks(self, laptop_assessment: int, to_id: int) -> None:
        m = item_marks.c
        query = sa.select(item_marks).where(m.assessment_id == laptop_assessment).order_by(m.pupil_id, m.item)
        for row in self.laptop_db.execute(query).all():
            pupil = self.ids[("pupil", row.pupil_id)]
            here = self.db.execute(
                sa.select(m.marks).where(m.assessment_id == to_id, m.pupil_id == pupil, m.item == row.item)
            ).first()
            if here is None:
                self.db.execute(item_marks.insert().values(assessment_id=to_id, pupil_id=pupil, item=row.item,
                                                           marks=row.marks, recorded=row.recorded))  # fmt: skip
            elif here.marks != row.marks:
                self.notes.append(
                    f"item {row.item}: the school's mark ({here.marks}) kept, the laptop's ({row.marks}) not"
                )


def laptop_store_folder() -> tempfile.TemporaryDirectory[str]:
    """Where the laptop's copy is read: a private temporary folder, removed afterwards (it names pupils)."""
    return tempfile.TemporaryDirectory(prefix="ks2practice-merge-")


def plan_text(plan: Plan) -> str:
    """The plan in words, one line a group or pupil."""
    out = io.StringIO()
    for choice in plan.choices:
        if choice.into == NEW:
            where = "new"
        elif choice.into is None:
            where = "not decided yet"
        else:
            label = dict(choice.candidates).get(int(choice.into), f"{choice.kind} id {choice.into}")
            where = f"the same as {label}"
        again = " (merged before)" if choice.merged_before else ""
        out.write(f"  {choice.describe()} → {where}{again}\n")
    return out.getvalue()


@contextmanager
def opened_laptop(path: Path) -> Iterator[Store]:
    """The laptop store, copied into a private temporary folder and opened (upgraded) there; the copy is removed."""
    with laptop_store_folder() as folder:
        copy = copy_of(path, Path(folder))
        try:
            laptop = Store(copy)
        except StoreDamaged:  # its message names the copy, which goes with the folder: say what the TA can do
            raise MergeRefused(
                f"the laptop store {path} can't be read: it is damaged, or the app was writing to it while it was "
                "copied (close the app and try again); it was not changed"
            ) from None
        with laptop:
            yield laptop


def plan_merge(laptop: Store, path: Path, school: Store, school_slug: str | None) -> Plan:
    with laptop._read() as laptop_db, school._read() as school_db:
        return make_plan(path, laptop_db, school_db, school_slug)


def apply(plan: Plan, laptop: Store, school: Store) -> Outcome:
    """Write the plan into the school database in one transaction; counts read inside it, before and after."""
    if plan.undecided():
        raise MergeRefused(f"the laptop's {plan.undecided()[0].describe()} has no decision yet; nothing was written")
    with laptop._read() as laptop_db:
        on_laptop = counts(laptop_db)
        with school._write() as db:
            before = counts(db)
            writer = Writer(plan, laptop_db, db, school._now())
            writer.run(school._requeue)
            after = counts(db)
    added = {name: after[name] - before[name] for name in COUNTED}
    return Outcome(on_laptop, before, added, after, tuple(writer.notes))


def school_pupils_named(plan: Plan) -> list[int]:
    """The school's pupils a plan file names (as candidates), so erasing one of them lists the file."""
    return sorted({school_id for c in plan.choices if c.kind == "pupil" for school_id, _ in c.candidates})
