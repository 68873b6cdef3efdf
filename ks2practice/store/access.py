"""Who sees which groups: a TA their own, a teacher also their classes', a maths lead the school's, trust leads none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ks2practice.store.tables import ROLES, classes, group_members, group_staff, groups, pupils

if TYPE_CHECKING:
    from ks2practice.store import Store


@dataclass(frozen=True)
class Viewer:
    """A member of staff as the store knows them (``Store.viewer(username)``)."""

    username: str
    role: str
    school_id: int | None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"a role is one of {', '.join(ROLES)}, not {self.role!r}")


def visible_groups(viewer: Viewer) -> sa.Select[Any]:
    """The ids of the groups this viewer may see, as one query (values bound, never written into the SQL).

    Every group is of the viewer's own school, whatever group_staff says: a TA of school A never sees school B's.
    A trust lead sees no group at all; their figures are the anonymised roll-up (reports/rollup.py).
    """
    own_school = groups.c.school_id == viewer.school_id
    if viewer.role == "trust_lead" or viewer.school_id is None:
        return sa.select(groups.c.id).where(sa.false())
    if viewer.role == "maths_lead":
        return sa.select(groups.c.id).where(own_school).order_by(groups.c.id)
    staffed = sa.exists().where(group_staff.c.group_id == groups.c.id, group_staff.c.username == viewer.username)
    if viewer.role == "ta":
        return sa.select(groups.c.id).where(own_school, staffed).order_by(groups.c.id)
    taught = sa.exists().where(
        group_members.c.group_id == groups.c.id,
        group_members.c.left.is_(None),
        group_members.c.pupil_id == pupils.c.id,
        pupils.c.class_id == classes.c.id,
        classes.c.teacher == viewer.username,
        classes.c.school_id == viewer.school_id,
    )
    return sa.select(groups.c.id).where(own_school, sa.or_(staffed, taught)).order_by(groups.c.id)


def visible_group_ids(store: Store, viewer: Viewer) -> list[int]:
    """The ids of the groups this viewer may see, in id order (``visible_groups`` run on the store)."""
    return store.visible_group_ids(viewer)
