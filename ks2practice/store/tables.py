"""The store's tables as SQLAlchemy Core metadata, the revisit rule as an expression, and rows readable by name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

# Names for indexes and constraints, so Alembic can find them again on either engine.
metadata = sa.MetaData(
    naming_convention={"ix": "%(table_name)s_%(column_0_N_name)s", "uq": "%(table_name)s_%(column_0_N_name)s_key"}
)

# SQLite compares group names without case through the column's collation; PostgreSQL through a unique index on
# lower(name). Ids are never reused: AUTOINCREMENT on SQLite, a sequence (which never goes back) on PostgreSQL.
NOCASE = sa.Text().with_variant(sa.Text(collation="NOCASE"), "sqlite")
AUTO = {"sqlite_autoincrement": True}


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


schools = sa.Table(
    "schools",
    metadata,
    _id(),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("slug", sa.Text, nullable=False, unique=True),
    sa.Column("created", sa.Text, nullable=False),
    **AUTO,
)

# Who may see what (store/access.py): a TA, teacher or maths lead belongs to one school; a trust lead to none.
ROLES = ("ta", "teacher", "maths_lead", "trust_lead")
staff = sa.Table(
    "staff",
    metadata,
    _id(),
    sa.Column("username", sa.Text, nullable=False, unique=True),
    sa.Column(
        "role", sa.Text, sa.CheckConstraint("role IN ('ta', 'teacher', 'maths_lead', 'trust_lead')"), nullable=False
    ),
    sa.Column("school_id", sa.Integer, sa.ForeignKey("schools.id")),
    sa.Column("created", sa.Text, nullable=False),
    sa.CheckConstraint("school_id IS NOT NULL OR role = 'trust_lead'"),
    **AUTO,
)

classes = sa.Table(
    "classes",
    metadata,
    _id(),
    sa.Column("school_id", sa.Integer, sa.ForeignKey("schools.id"), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("year", sa.Integer, sa.CheckConstraint("year BETWEEN 3 AND 6"), nullable=False),
    sa.Column("teacher", sa.Text, sa.ForeignKey("staff.username")),
    sa.UniqueConstraint("school_id", "name"),
    **AUTO,
)

# Columns in the order migration 0002 leaves them (a rebuilt SQLite table keeps the old ones first).
groups = sa.Table(
    "groups",
    metadata,
    _id(),
    sa.Column("name", NOCASE, nullable=False),
    sa.Column("archived", sa.Integer, nullable=False, server_default=sa.text("0")),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("school_id", sa.Integer, sa.ForeignKey("schools.id"), nullable=False),
    sa.UniqueConstraint("school_id", "name"),
    **AUTO,
)
sa.Index("groups_school_id_name_lower", groups.c.school_id, sa.func.lower(groups.c.name), unique=True).ddl_if(
    dialect="postgresql"
)

group_staff = sa.Table(
    "group_staff",
    metadata,
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), primary_key=True),
    sa.Column("username", sa.Text, sa.ForeignKey("staff.username"), primary_key=True),
    sa.Index("group_staff_by_username", "username"),
)

# A pupil's group is no longer a column: group_members says which groups they are in and were in (left set).
pupils = sa.Table(
    "pupils",
    metadata,
    _id(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("archived", sa.Integer, nullable=False, server_default=sa.text("0")),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("school_id", sa.Integer, sa.ForeignKey("schools.id"), nullable=False),
    sa.Column("year", sa.Integer, sa.CheckConstraint("year BETWEEN 3 AND 6")),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("classes.id")),
    **AUTO,
)

group_members = sa.Table(
    "group_members",
    metadata,
    _id(),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), nullable=False),
    sa.Column("pupil_id", sa.Integer, sa.ForeignKey("pupils.id"), nullable=False),
    sa.Column("joined", sa.Text, nullable=False),
    sa.Column("left", sa.Text),
    sa.Index("group_members_by_pupil", "pupil_id"),
    **AUTO,
)
# A pupil is a current member of a group at most once (past memberships may repeat: left and came back).
sa.Index(
    "group_members_current",
    group_members.c.group_id,
    group_members.c.pupil_id,
    unique=True,
    sqlite_where=group_members.c.left.is_(None),
    postgresql_where=group_members.c.left.is_(None),
)

sessions = sa.Table(
    "sessions",
    metadata,
    _id(),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), nullable=False),
    sa.Column("topic", sa.Text, nullable=False),
    sa.Column("level", sa.Integer, nullable=False),
    sa.Column("mode", sa.Text, nullable=False),
    sa.Column("minutes", sa.Integer, nullable=False),
    sa.Column("started", sa.Text, nullable=False),
    sa.Column("ended", sa.Text),
    **AUTO,
)

attempts = sa.Table(
    "attempts",
    metadata,
    _id(),
    sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id")),
    sa.Column("pupil_id", sa.Integer, sa.ForeignKey("pupils.id"), nullable=False),
    sa.Column("spec_code", sa.Text, nullable=False),
    sa.Column("topic", sa.Text, nullable=False),
    sa.Column("level", sa.Integer, nullable=False),
    sa.Column("prompt", sa.Text, nullable=False),
    sa.Column("expected", sa.Text, nullable=False),
    sa.Column("response", sa.Text),
    sa.Column("auto_status", sa.Text, nullable=False),
    sa.Column("auto_reason", sa.Text, nullable=False),
    sa.Column("misconception", sa.Text),
    sa.Column("supported", sa.Integer, nullable=False, server_default=sa.text("0")),
    sa.Column("confidence", sa.Integer),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("override_status", sa.Text),
    sa.Column("override_note", sa.Text),
    sa.Column("recorded", sa.Text, nullable=False),
    sa.Column("key", sa.Text, unique=True),
    sa.Index("attempts_by_pupil", "pupil_id", "recorded"),
    sa.Index("attempts_by_session", "session_id"),
    sa.Index("attempts_by_question", "pupil_id", "spec_code", "id"),
    sa.Index("attempts_by_pupil_topic", "pupil_id", "topic", "id"),  # the reports' mastery grid (migration 0003)
    **AUTO,
)

assessments = sa.Table(
    "assessments",
    metadata,
    _id(),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("groups.id"), nullable=False),
    sa.Column("kind", sa.Text, sa.CheckConstraint("kind IN ('baseline', 'midpoint', 'endpoint')"), nullable=False),
    sa.Column("paper", sa.Text, nullable=False),
    sa.Column("taken", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    sa.UniqueConstraint("group_id", "kind"),
    **AUTO,
)

item_marks = sa.Table(
    "item_marks",
    metadata,
    sa.Column("assessment_id", sa.Integer, sa.ForeignKey("assessments.id"), primary_key=True),
    sa.Column("pupil_id", sa.Integer, sa.ForeignKey("pupils.id"), primary_key=True),
    sa.Column("item", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("marks", sa.Integer, nullable=False),
    sa.Column("recorded", sa.Text, nullable=False),
)

exports = sa.Table(
    "exports",
    metadata,
    _id(),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("written", sa.Text, nullable=False),
    **AUTO,
)

export_pupils = sa.Table(
    "export_pupils",
    metadata,
    sa.Column("export_id", sa.Integer, sa.ForeignKey("exports.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("pupil_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Index("export_pupils_by_pupil", "pupil_id"),
)

revisits = sa.Table(
    "revisits",
    metadata,
    _id(),
    sa.Column("pupil_id", sa.Integer, sa.ForeignKey("pupils.id"), nullable=False),
    sa.Column("spec_code", sa.Text, nullable=False),
    sa.Column("topic", sa.Text, nullable=False),
    sa.Column("level", sa.Integer, nullable=False),
    sa.Column("prompt", sa.Text, nullable=False),
    sa.Column("expected", sa.Text, nullable=False),
    sa.Column("first_missed", sa.Text, nullable=False),
    sa.Column("last_missed", sa.Text, nullable=False),
    sa.Column("times_missed", sa.Integer, nullable=False),
    sa.UniqueConstraint("pupil_id", "spec_code"),
    sa.Index("revisits_by_pupil", "pupil_id", "first_missed"),
    **AUTO,
)

# A laptop store merged into this one (`ks2practice data merge`): its fingerprint, so a second run adds nothing,
# and which of this store's rows each of its groups, pupils, sessions and papers became.
merges = sa.Table(
    "merges",
    metadata,
    _id(),
    sa.Column("source", sa.Text, nullable=False, unique=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("merged", sa.Text, nullable=False),
    **AUTO,
)

merged_ids = sa.Table(
    "merged_ids",
    metadata,
    sa.Column("merge_id", sa.Integer, sa.ForeignKey("merges.id"), primary_key=True),
    sa.Column(
        "kind", sa.Text, sa.CheckConstraint("kind IN ('group', 'pupil', 'session', 'assessment')"), primary_key=True
    ),
    sa.Column("from_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("to_id", sa.Integer, nullable=False),
)

TABLES: dict[str, sa.Table] = dict(metadata.tables)


def clears(table: sa.Table, with_help: str) -> sa.ColumnElement[bool]:
    """The revisit rule: an attempt clears its question when its final mark is right and not given with help."""
    return sa.case(
        (
            table.c.override_status.is_not(None),
            sa.and_(table.c.override_status == "correct", table.c.override_note.is_distinct_from(with_help)),
        ),
        else_=sa.and_(table.c.auto_status == "correct", table.c.supported == 0),
    )


def misses(pupil_id: Any, spec_code: Any, with_help: Any) -> sa.Select[Any]:
    """A question's misses: its attempts since the newest one that cleared it, oldest first."""
    cleared = attempts.alias("cleared")
    last_clear = (
        sa.select(sa.func.max(cleared.c.id))
        .where(cleared.c.pupil_id == pupil_id, cleared.c.spec_code == spec_code, clears(cleared, with_help))
        .scalar_subquery()
    )
    a = attempts.c
    return (
        sa.select(a.topic, a.level, a.prompt, a.expected, a.recorded)
        .where(
            a.pupil_id == pupil_id,
            a.spec_code == spec_code,
            sa.not_(clears(attempts, with_help)),
            a.id > sa.func.coalesce(last_clear, 0),
        )
        .order_by(a.id)
    )


# The statements recording an answer runs, built once (values bound at run time as :pupil, :spec, :id and :key),
# so recording spends its time committing, not building SQL.
WITH_HELP_NOTE = sa.bindparam("with_help")
MISSES = misses(sa.bindparam("pupil"), sa.bindparam("spec"), WITH_HELP_NOTE)
# The pupil's row, locked until commit on PostgreSQL (SQLite's BEGIN IMMEDIATE already holds the whole file): one
# pupil's writes queue, so the revisit queue counts each miss once, and an erase can't cross an answer being saved.
PUPIL_EXISTS = sa.select(pupils.c.id).where(pupils.c.id == sa.bindparam("id")).with_for_update()
ATTEMPT_BY_KEY = sa.select(attempts.c.id).where(attempts.c.key == sa.bindparam("key"))
ATTEMPT_WITH_KEY = sa.select(attempts).where(attempts.c.key == sa.bindparam("key"))
REVISITS_WAITING = (
    sa.select(revisits.c.pupil_id, sa.func.count())
    .where(revisits.c.pupil_id.in_(sa.bindparam("ids", expanding=True)))
    .group_by(revisits.c.pupil_id)
)
ADD_ATTEMPT = attempts.insert()
FORGET_REVISIT = revisits.delete().where(
    revisits.c.pupil_id == sa.bindparam("pupil"), revisits.c.spec_code == sa.bindparam("spec")
)


class Row(Sequence[Any]):
    """A row read back: by position, by column name (``row["name"]``), ``keys()``, like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple[Any, ...]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Row):
            return self._values == other._values and self._index == other._index
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def rows(result: sa.CursorResult[Any]) -> list[Row]:
    index = {name: position for position, name in enumerate(result.keys())}
    return [Row(index, tuple(values)) for values in result]


def first(result: sa.CursorResult[Any]) -> Row | None:
    found = rows(result)
    return found[0] if found else None
