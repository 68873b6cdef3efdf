"""The Store's verbs for groups and pupils: adding, naming, archiving, and who is in which group (history kept)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ks2practice.store.guard import Verbs, guarded
from ks2practice.store.records import StoreError, clean_name
from ks2practice.store.tables import (
    Row,
    classes,
    first,
    group_members,
    groups,
    pupils,
    rows,
    schools,
)

# The school a store's groups belong to when nobody said which: a laptop's, made on its first group.
OUR_SCHOOL = ("Our school", "our-school")

# Current members of a group: their membership has not ended.
CURRENT = group_members.c.left.is_(None)


class People(Verbs):
    """Mixed into Store: groups, pupils, and who is in which group (history kept)."""

    # -- groups ----------------------------------------------------------------------------------------------------
    @guarded
    def add_group(self, name: str, school_id: int | None = None) -> int:
        """A new group of the school (the store's only school when not given; a laptop's is made on first use)."""
        name = clean_name(name, "group")
        try:
            with self._write() as db:
                now = self._now()  # one reading, for the group and the laptop's school made with it
                school = self._school_for(db, school_id, now)
                result = db.execute(groups.insert().values(name=name, created=now, school_id=school))
        except sa.exc.IntegrityError:
            raise StoreError(f"there is already a group called {name!r}") from None
        return int(result.inserted_primary_key[0])

    @guarded
    def find_groups(self, include_archived: bool = False, school_id: int | None = None) -> list[Row]:
        order = groups.c.name if self._sqlite else sa.func.lower(groups.c.name).collate("C")
        query = sa.select(groups).order_by(order, groups.c.id)
        if not include_archived:
            query = query.where(groups.c.archived == 0)
        if school_id is not None:
            query = query.where(groups.c.school_id == school_id)
        with self._read() as db:
            return rows(db.execute(query))

    def _school_for(self, db: sa.Connection, school_id: int | None, now: str) -> int:
        if school_id is not None:
            self._require(db, schools, school_id)
            return school_id
        found = [row[0] for row in db.execute(sa.select(schools.c.id).order_by(schools.c.id).limit(2))]
        if len(found) > 1:
            raise StoreError("this database holds several schools: say which school the group belongs to")
        if found:
            return int(found[0])
        # Two windows adding a laptop's first groups at once make the one school: the second finds the first's.
        name, slug = OUR_SCHOOL
        insert = (sqlite_dialect.insert if self._sqlite else postgresql.insert)(schools)
        db.execute(insert.values(name=name, slug=slug, created=now).on_conflict_do_nothing())
        return int(db.execute(sa.select(schools.c.id).where(schools.c.slug == slug)).scalar_one())

    def _lock_group(self, db: sa.Connection, group_id: int) -> Row:
        """The group's row, locked until commit on PostgreSQL: two windows adding the same name to it queue."""
        query = sa.select(groups).where(groups.c.id == group_id)
        found = first(db.execute(query if self._sqlite else query.with_for_update()))
        if found is None:
            raise StoreError(f"no group with id {group_id} in this store")
        return found

    # -- pupils ----------------------------------------------------------------------------------------------------
    @guarded
    def add_pupil(self, group_id: int, name: str, *, year: int | None = None, class_id: int | None = None) -> int:
        """A new pupil of the group's school, a member of the group from now; names are unique among its members."""
        name = clean_name(name, "pupil")
        _check_year(year)
        with self._write() as db:
            group = self._lock_group(db, group_id)
            self._name_free(db, group_id, name)
            if class_id is not None:
                self._require_class(db, class_id, group["school_id"])
            now = self._now()
            values = dict(name=name, created=now, school_id=group["school_id"], year=year, class_id=class_id)
            pupil = int(db.execute(pupils.insert().values(**values)).inserted_primary_key[0])
            db.execute(group_members.insert().values(group_id=group_id, pupil_id=pupil, joined=now))
        return pupil

    @staticmethod
    def _name_free(db: sa.Connection, group_id: int, name: str, *, besides: int | None = None) -> None:
        """Refuse a name another current member of the group already has (checked here: a past member may share it)."""
        query = (
            sa.select(pupils.c.id)
            .join(group_members, group_members.c.pupil_id == pupils.c.id)
            .where(group_members.c.group_id == group_id, CURRENT, pupils.c.name == name)
        )
        if besides is not None:
            query = query.where(pupils.c.id != besides)
        if db.execute(query.limit(1)).first() is not None:
            raise StoreError(f"this group already has a pupil called {name!r}")

    @staticmethod
    def _require_class(db: sa.Connection, class_id: int, school_id: int) -> None:
        found = db.execute(sa.select(classes.c.school_id).where(classes.c.id == class_id)).first()
        if found is None:
            raise StoreError(f"no class with id {class_id} in this store")
        if found[0] != school_id:
            raise StoreError("that class is in another school")

    @guarded
    def rename_pupil(self, pupil_id: int, name: str) -> None:
        name = clean_name(name, "pupil")
        with self._write() as db:
            self._require(db, pupils, pupil_id)
            for group_id in self._current_groups(db, pupil_id):
                self._lock_group(db, group_id)
                self._name_free(db, group_id, name, besides=pupil_id)
            db.execute(pupils.update().where(pupils.c.id == pupil_id).values(name=name))

    @staticmethod
    def _current_groups(db: sa.Connection, pupil_id: int) -> list[int]:
        query = (
            sa.select(group_members.c.group_id)
            .where(group_members.c.pupil_id == pupil_id, CURRENT)
            .order_by(group_members.c.group_id)
        )
        return [int(row[0]) for row in db.execute(query)]

    @guarded
    def archive_pupil(self, pupil_id: int, archived: bool = True) -> None:
        with self._write() as db:
            self._require(db, pupils, pupil_id)
            db.execute(pupils.update().where(pupils.c.id == pupil_id).values(archived=int(archived)))

    @guarded
    def find_pupils(
        self, group_id: int, include_archived: bool = False, *, at: str | None = None, ever: bool = False
    ) -> list[Row]:
        """The group's current members: each pupil's columns, with group_id, joined and left (None while a member).

        ``at`` (a time as the store writes them): its members then, as a past session saw them. ``ever``: everyone
        who has been a member, once each, with their latest membership (a report on the group's whole history).
        """
        m = group_members.c
        if ever:
            latest = sa.select(sa.func.max(m.id)).where(m.group_id == group_id).group_by(m.pupil_id)
            when = m.id.in_(latest.scalar_subquery())
        elif at is not None:
            when = sa.and_(m.joined <= at, sa.or_(m.left.is_(None), m.left > at))
        else:
            when = CURRENT
        query = (
            sa.select(pupils, m.group_id, m.joined, m.left)
            .join(group_members, m.pupil_id == pupils.c.id)
            .where(m.group_id == group_id, when)
            .order_by(self._text_order(pupils.c.name), pupils.c.id)
        )
        if not include_archived:
            query = query.where(pupils.c.archived == 0)
        with self._read() as db:
            return rows(db.execute(query))

    # -- who is in which group -------------------------------------------------------------------------------------
    @guarded
    def join_group(self, pupil_id: int, group_id: int) -> None:
        """The pupil is a member of the group from now (as well as any others); already a member: nothing changes."""
        with self._write() as db:
            self._join(db, self._pupil(db, pupil_id), group_id, self._now())

    @guarded
    def leave_group(self, pupil_id: int, group_id: int) -> None:
        """The pupil's membership ends now; it stays on record, and so do their answers and the group's sessions."""
        with self._write() as db:
            self._pupil(db, pupil_id)
            self._leave(db, pupil_id, group_id, self._now())

    @guarded
    def move_pupil(self, pupil_id: int, from_group: int, to_group: int) -> None:
        """Leave one group and join another in one transaction; every attempt stays the pupil's."""
        with self._write() as db:
            pupil = self._pupil(db, pupil_id)
            now = self._now()
            self._leave(db, pupil_id, from_group, now)
            self._join(db, pupil, to_group, now)

    @guarded
    def pupil_groups(self, pupil_id: int) -> list[Row]:
        """Every membership the pupil has had, oldest first: group_id, name (the group's), joined, left (None: now)."""
        m = group_members.c
        query = (
            sa.select(m.group_id, groups.c.name, m.joined, m.left)
            .join(groups, groups.c.id == m.group_id)
            .where(m.pupil_id == pupil_id)
            .order_by(m.joined, m.id)
        )
        with self._read() as db:
            self._require(db, pupils, pupil_id)
            return rows(db.execute(query))

    @guarded
    def set_year(self, pupil_id: int, year: int | None) -> None:
        _check_year(year)
        with self._write() as db:
            self._pupil(db, pupil_id)
            db.execute(pupils.update().where(pupils.c.id == pupil_id).values(year=year))

    @guarded
    def set_class(self, pupil_id: int, class_id: int | None) -> None:
        """The pupil's class (of their own school), or None; their teacher then sees the groups they are in."""
        with self._write() as db:
            pupil = self._pupil(db, pupil_id)
            if class_id is not None:
                self._require_class(db, class_id, pupil["school_id"])
            db.execute(pupils.update().where(pupils.c.id == pupil_id).values(class_id=class_id))

    @staticmethod
    def _pupil(db: sa.Connection, pupil_id: int) -> Row:
        found = first(db.execute(sa.select(pupils).where(pupils.c.id == pupil_id)))
        if found is None:
            raise StoreError(f"no pupil with id {pupil_id} in this store")
        return found

    def _join(self, db: sa.Connection, pupil: Row, group_id: int, now: str) -> None:
        group = self._lock_group(db, group_id)
        if group["school_id"] != pupil["school_id"]:
            raise StoreError("that group is in another school")
        current = sa.select(group_members.c.id).where(
            group_members.c.group_id == group_id, group_members.c.pupil_id == pupil["id"], CURRENT
        )
        if db.execute(current).first() is not None:
            return
        self._name_free(db, group_id, pupil["name"], besides=pupil["id"])
        db.execute(group_members.insert().values(group_id=group_id, pupil_id=pupil["id"], joined=now))

    @staticmethod
    def _leave(db: sa.Connection, pupil_id: int, group_id: int, now: str) -> None:
        ended = db.execute(
            group_members.update()
            .where(group_members.c.group_id == group_id, group_members.c.pupil_id == pupil_id, CURRENT)
            .values(left=now)
        )
        if ended.rowcount == 0:
            raise StoreError(f"pupil {pupil_id} is not a member of group {group_id} now")

    def _forget_memberships(self, db: sa.Connection, pupil_id: int) -> None:
        """Erasing: the pupil's memberships, past and present, go with them."""
        db.execute(group_members.delete().where(group_members.c.pupil_id == pupil_id))


def _check_year(year: Any) -> None:
    if year is not None and year not in (3, 4, 5, 6):
        raise StoreError("a pupil's year is 3, 4, 5 or 6 (or not given)")
