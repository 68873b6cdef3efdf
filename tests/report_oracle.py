"""The reports as they were computed in Python from every attempt: the oracles the SQL reports are checked against."""

from __future__ import annotations

from collections import defaultdict

from stores import sql

from ks2practice.reports.mastery import (
    GroupProgress,
    ReportError,
    SchoolGrid,
    cell_for,
    is_marked,
    is_right,
    progress_from,
)
from ks2practice.reports.rollup import FORMAT, VERSION, pseudonym, school_label, school_secret, strand_of
from ks2practice.store import Store


def group_progress(store: Store, group_name: str) -> GroupProgress:
    """mastery.group_progress before #17: the whole store read, then filtered to the group's pupils."""
    groups = {g["name"].lower(): g for g in store.find_groups(include_archived=True)}
    if not groups:
        raise ReportError("the store has no groups yet: run a session in the TA app first")
    group = groups.get(group_name.strip().lower())
    if group is None:
        raise ReportError(
            f"there is no group called {group_name!r}; groups: {', '.join(g['name'] for g in groups.values())}"
        )
    pupils = {p["id"]: p["name"] for p in store.find_pupils(group["id"], include_archived=False)}
    sessions = {s["id"]: s for s in store.find_sessions(group["id"])}
    attempts = [a for a in store.find_attempts() if a.attempt.pupil_id in pupils]
    if not pupils:
        raise ReportError(f"{group['name']} has no pupils yet")
    return progress_from(group["name"], pupils, attempts, sessions)


def school_grid(store: Store) -> SchoolGrid:
    """Every current pupil × every curriculum topic, from every attempt in Python."""
    pupils = sorted(
        sql(store, "SELECT id, name FROM pupils WHERE archived = 0"), key=lambda pupil: (pupil[1], pupil[0])
    )
    ids = {p for p, _ in pupils}
    attempts = [a for a in store.find_attempts() if a.attempt.pupil_id in ids]
    topics = tuple(dict.fromkeys(a.attempt.topic for a in attempts if not a.attempt.topic.startswith("mtc.")))
    by_cell = defaultdict(list)
    for stored in attempts:
        by_cell[(stored.attempt.pupil_id, stored.attempt.topic)].append(stored)
    cells = {(p, t): cell_for(by_cell.get((p, t), [])) for p, _ in pupils for t in topics}
    return SchoolGrid(tuple(pupils), topics, cells)


def export_anonymised(store: Store, school: str, secret: str) -> dict:
    """rollup.export_anonymised before #17: each pupil's attempts read one pupil at a time."""
    school = school_label(school)
    secret = school_secret(secret)
    pupils = []
    for group in store.find_groups(include_archived=True):
        totals = _paper_totals(store, group["id"])
        for pupil in store.find_pupils(group["id"], include_archived=True):
            strands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for stored in store.find_attempts(pupil_id=pupil["id"]):
                if is_marked(stored) and not stored.attempt.topic.startswith("mtc."):
                    cell = strands[strand_of(stored.attempt.topic)]
                    cell[0] += is_right(stored)
                    cell[1] += 1
            pupils.append(
                {
                    "pupil": pseudonym(secret, "pupil", pupil["id"]),
                    "group": pseudonym(secret, "group", group["id"]),
                    "strands": {k: v for k, v in sorted(strands.items())},
                    "baseline": totals.get(("baseline", pupil["id"])),
                    "endpoint": totals.get(("endpoint", pupil["id"])),
                }
            )
    if not pupils:
        raise ReportError("the store has no pupils yet, so there is nothing to export")
    pupils.sort(key=lambda row: (row["group"], row["pupil"]))
    return {"format": FORMAT, "version": VERSION, "school": school, "pupils": pupils}


def _paper_totals(store: Store, group_id: int) -> dict[tuple[str, int], int]:
    totals: dict[tuple[str, int], int] = {}
    for assessment in store.find_assessments(group_id):
        for row in store.find_item_marks(assessment["id"]):
            key = (assessment["kind"], row["pupil_id"])
            totals[key] = totals.get(key, 0) + row["marks"]
    return totals
