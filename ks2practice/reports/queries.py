"""The reports' SQL: aggregates over the store's indexes, read in one snapshot, never every attempt into Python."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ks2practice.core.model import Status
from ks2practice.store import WITH_HELP, Store
from ks2practice.store.tables import (
    assessments,
    attempts,
    clears,
    group_members,
    groups,
    item_marks,
    pupils,
    revisits,
)

# The mastery rule's window (mastery.RECENT, kept here too so this module needs nothing from mastery).
RECENT = 6
BASE = RECENT + 1  # marked is at most RECENT, so right × BASE + marked holds both
TRY_AGAIN = tuple(status.value for status in Status if status.try_again)
MTC = "mtc."  # the multiplication tables check's practice: not a curriculum topic, so not in the grid


def final_status(table: sa.Table | sa.Alias) -> sa.ColumnElement[str]:
    """The mark that counts: the adult's override when there is one (StoredAttempt.final_status)."""
    return sa.func.coalesce(table.c.override_status, table.c.auto_status)


def marked(table: sa.Table | sa.Alias) -> sa.ColumnElement[bool]:
    """A mark, not a "try again" (mastery.is_marked)."""
    return final_status(table).not_in(TRY_AGAIN)


def right(table: sa.Table | sa.Alias) -> sa.ColumnElement[int]:
    """1 for an answer right without help (session.summary.right_without_help), else 0; the revisit rule's test."""
    return sa.case((clears(table, WITH_HELP), 1), else_=0)


def curriculum_topic(table: sa.Table | sa.Alias) -> sa.ColumnElement[bool]:
    # substr, not LIKE: SQLite's LIKE ignores case, and str.startswith does not.
    return sa.func.substr(table.c.topic, 1, len(MTC)) != MTC


@contextmanager
def snapshot(store: Store) -> Iterator[sa.Connection]:
    """One read transaction on the store's own connection (SQLite keeps one; REPEATABLE READ on PostgreSQL).

    Through the Store's ``_read`` so a report sees one consistent moment and a SQLite store's single connection
    (which ``:memory:`` needs) is shared, never a second one opened beside it.
    """
    with store._read() as connection:  # the reports are the store's read-only side
        if connection.dialect.name == "postgresql":
            # The grid's many small index probes look costly to the planner, which then spends longer compiling
            # them (JIT: 0.44 s of a 0.77 s grid at 400,000 answers) than running them.
            connection.execute(sa.text("SET LOCAL jit = off"))
        yield connection


def text_order(store: Store, column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
    """Text sorted by code point on both engines, as the Store sorts names."""
    return column if store.engine.dialect.name == "sqlite" else column.collate("C")


# -- who is in a group ------------------------------------------------------------------------------------------------
def members(*, include_archived: bool = False) -> sa.Select[Any]:
    """Every (group_id, pupil id, pupil name) of a pupil now in a group (``group_members``, membership not ended):
    the one place the reports say what membership is."""
    query = (
        sa.select(group_members.c.group_id, pupils.c.id, pupils.c.name)
        .join_from(group_members, pupils, group_members.c.pupil_id == pupils.c.id)
        .where(group_members.c.left.is_(None))
    )
    return query if include_archived else query.where(pupils.c.archived == 0)


def group_pupils(store: Store, group_id: int, *, include_archived: bool = False) -> sa.Select[Any]:
    """The pupils of one group (id, name), by name."""
    query = members(include_archived=include_archived).where(group_members.c.group_id == group_id)
    return query.with_only_columns(pupils.c.id, pupils.c.name).order_by(text_order(store, pupils.c.name), pupils.c.id)


def school_pupils(store: Store, school_id: int | None = None) -> sa.Select[Any]:
    """Every current pupil (of one school, or of every school in the store), by name then id."""
    query = sa.select(pupils.c.id, pupils.c.name).where(pupils.c.archived == 0)
    if school_id is not None:
        query = query.where(pupils.c.school_id == school_id)
    return query.order_by(text_order(store, pupils.c.name), pupils.c.id)


def ids_of(pupil_query: sa.Select[Any]) -> sa.Select[Any]:
    """Just the pupil ids of a pupils query, for ``IN``."""
    return pupil_query.with_only_columns(pupils.c.id).order_by(None)


def find_groups(
    db: sa.Connection, store: Store, name: str, school_id: int | None = None
) -> tuple[list[sa.Row[Any]], list[sa.Row[Any]]]:
    """Every group (id, name, school_id), archived too, of one school or all; and those with this name in any case."""
    order = groups.c.name if store.engine.dialect.name == "sqlite" else sa.func.lower(groups.c.name).collate("C")
    query = sa.select(groups.c.id, groups.c.name, groups.c.school_id).order_by(order, groups.c.id)
    if school_id is not None:
        query = query.where(groups.c.school_id == school_id)
    every = db.execute(query).all()
    wanted = name.strip().lower()
    return every, [g for g in every if g.name.lower() == wanted]


# -- the mastery grid ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CellCount:
    """One pupil's recent marked answers in one topic, and when they first answered it (an attempt id)."""

    pupil_id: int
    topic: str
    right: int
    marked: int
    first: int


def _pairs(pupil_ids: sa.Select[Any]) -> sa.CTE:
    """Each (pupil, topic) the pupils have answered, found by hopping along the (pupil, topic, id) index.

    A loose index scan: one index seek per pair rather than a pass over every attempt, on both engines.
    """
    hop = attempts.alias("hop")
    first_topic = sa.select(sa.func.min(hop.c.topic)).where(hop.c.pupil_id == pupils.c.id).scalar_subquery()
    anchor = sa.select(pupils.c.id.label("pupil_id"), first_topic.label("topic")).where(
        pupils.c.id.in_(ids_of(pupil_ids))
    )
    pairs = anchor.cte("pairs", recursive=True)
    step = attempts.alias("step")
    next_topic = (
        sa.select(sa.func.min(step.c.topic))
        .where(step.c.pupil_id == pairs.c.pupil_id, step.c.topic > pairs.c.topic)
        .scalar_subquery()
    )
    return pairs.union_all(sa.select(pairs.c.pupil_id, next_topic).where(pairs.c.topic.is_not(None)))


def grid_query(pupil_ids: sa.Select[Any]) -> sa.Select[Any]:
    """Per (pupil, curriculum topic): right and marked among the RECENT newest marked answers, and the first id.

    Each pair's newest marked answers are a short backward range of the (pupil, topic, id) index, read once; the
    two counts come back packed in one number (right × BASE + marked), so that range is not read twice.
    """
    pairs = _pairs(pupil_ids)
    a = attempts.alias("a")
    pair = sa.and_(a.c.pupil_id == pairs.c.pupil_id, a.c.topic == pairs.c.topic)
    newest = (
        sa.select(right(a).label("right"))
        .where(pair, marked(a))
        .order_by(a.c.id.desc())
        .limit(RECENT)
        .correlate(pairs)
        .subquery("newest")
    )
    packed = sa.select(sa.func.coalesce(sa.func.sum(newest.c.right), 0) * BASE + sa.func.count()).scalar_subquery()
    first = sa.select(sa.func.min(a.c.id)).where(pair).scalar_subquery()
    return sa.select(pairs.c.pupil_id, pairs.c.topic, packed, first).where(
        pairs.c.topic.is_not(None), curriculum_topic(pairs)
    )


def grid_counts(db: sa.Connection, pupil_ids: sa.Select[Any]) -> list[CellCount]:
    found = []
    for pupil_id, topic, packed, first in db.execute(grid_query(pupil_ids)):
        right_count, marked_count = divmod(int(packed), BASE)
        found.append(CellCount(int(pupil_id), str(topic), right_count, marked_count, int(first)))
    return found


def topics_in_order(counts: Iterable[CellCount]) -> tuple[str, ...]:
    """The topics, in the order first practised by any of the pupils."""
    first: dict[str, int] = {}
    for count in counts:
        first[count.topic] = min(first.get(count.topic, count.first), count.first)
    return tuple(sorted(first, key=first.__getitem__))


# -- misconceptions and days ----------------------------------------------------------------------------------------
def misconception_counts(db: sa.Connection, pupil_ids: sa.Select[Any] | None = None) -> tuple[tuple[str, int], ...]:
    """Times each misconception was diagnosed (among these pupils' answers, or all), most first, then by id."""
    a = attempts.c
    query = (
        sa.select(a.misconception, sa.func.count())
        .where(a.misconception.is_not(None), a.misconception != "")
        .group_by(a.misconception)
    )
    if pupil_ids is not None:
        query = query.where(a.pupil_id.in_(ids_of(pupil_ids)))
    return tuple(sorted(((str(m), int(n)) for m, n in db.execute(query)), key=lambda kv: (-kv[1], kv[0])))


def misconceptions_by_group(db: sa.Connection) -> dict[int, tuple[tuple[str, int], ...]]:
    """Every group's misconception counts among its current pupils (group id → as ``misconception_counts``)."""
    a = attempts.c
    member = members().subquery()
    query = (
        sa.select(member.c.group_id, a.misconception, sa.func.count())
        .join_from(member, attempts, a.pupil_id == member.c.id)
        .where(a.misconception.is_not(None), a.misconception != "")
        .group_by(member.c.group_id, a.misconception)
    )
    found: dict[int, list[tuple[str, int]]] = {}
    for group_id, misconception, count in db.execute(query):
        found.setdefault(int(group_id), []).append((str(misconception), int(count)))
    return {g: tuple(sorted(rows, key=lambda kv: (-kv[1], kv[0]))) for g, rows in found.items()}


def days(db: sa.Connection, pupil_ids: sa.Select[Any]) -> tuple[list[tuple[str, int, int, float | None]], int]:
    """One row per day the pupils answered: (date, right, marked, mean confidence or None); and the answers."""
    a = attempts.c
    day = sa.func.substr(a.recorded, 1, 10)
    is_marked = sa.case((marked(attempts), 1), else_=0)
    query = (
        sa.select(
            day,
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(is_marked * right(attempts)), 0),
            sa.func.coalesce(sa.func.sum(is_marked), 0),
            sa.func.sum(a.confidence),
            sa.func.count(a.confidence),
        )
        .where(a.pupil_id.in_(ids_of(pupil_ids)))
        .group_by(day)
    )
    found, answers = [], 0
    for when, count, right_count, marked_count, confidence, rated in db.execute(query):
        answers += int(count)
        mean = int(confidence) / int(rated) if rated else None
        found.append((str(when), int(right_count), int(marked_count), mean))
    found.sort(key=lambda row: row[0])
    return found, answers


# -- revisit queues --------------------------------------------------------------------------------------------------
def revisit_queue(db: sa.Connection, pupil_ids: sa.Select[Any]) -> dict[int, tuple[int, str | None]]:
    """Per pupil: how many questions wait to be revisited and since when (the oldest first miss); 0 and None if none."""
    ids = [int(row[0]) for row in db.execute(ids_of(pupil_ids))]
    queue: dict[int, tuple[int, str | None]] = dict.fromkeys(ids, (0, None))
    query = (
        sa.select(revisits.c.pupil_id, sa.func.count(), sa.func.min(revisits.c.first_missed))
        .where(revisits.c.pupil_id.in_(ids_of(pupil_ids)))
        .group_by(revisits.c.pupil_id)
    )
    for pupil_id, waiting, oldest in db.execute(query):
        queue[int(pupil_id)] = (int(waiting), str(oldest))
    return queue


# -- the roll-up -----------------------------------------------------------------------------------------------------
def topic_counts(db: sa.Connection) -> Iterator[tuple[int, str, int, int]]:
    """Per (pupil, curriculum topic): answers right and answers marked, every answer counted, streamed."""
    a = attempts.c
    query = (
        sa.select(a.pupil_id, a.topic, sa.func.sum(right(attempts)), sa.func.count())
        .where(marked(attempts), curriculum_topic(attempts))
        .group_by(a.pupil_id, a.topic)
    )
    for pupil_id, topic, right_count, marked_count in db.execution_options(yield_per=2000).execute(query):
        yield int(pupil_id), str(topic), int(right_count), int(marked_count)


# A full mock's paper code starts so ('sats/s3'): its 110 marks are not an arithmetic paper's 40.
MOCK = "sats"


def paper_totals(db: sa.Connection) -> dict[tuple[int, str, int], int]:
    """(group id, paper kind, pupil id) → total marks on that group's arithmetic paper (full mocks left out)."""
    query = (
        sa.select(assessments.c.group_id, assessments.c.kind, item_marks.c.pupil_id, sa.func.sum(item_marks.c.marks))
        .join_from(item_marks, assessments, item_marks.c.assessment_id == assessments.c.id)
        .where(sa.not_(assessments.c.paper.startswith(MOCK, autoescape=True)))
        .group_by(assessments.c.group_id, assessments.c.kind, item_marks.c.pupil_id)
    )
    return {(int(g), str(k), int(p)): int(total) for g, k, p, total in db.execute(query)}


def every_group_member(db: sa.Connection) -> list[tuple[int, int]]:
    """Every (group id, pupil id), archived pupils too, by group then pupil."""
    member = members(include_archived=True).subquery()
    query = sa.select(member.c.group_id, member.c.id).order_by(member.c.group_id, member.c.id)
    return [(int(g), int(p)) for g, p in db.execute(query)]
