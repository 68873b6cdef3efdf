"""The Store's verbs for a school: schools, staff and their roles, classes, who runs a group, and who sees what."""

from __future__ import annotations

import re

import sqlalchemy as sa

from ks2practice.store.access import Viewer, visible_groups
from ks2practice.store.guard import Verbs, guarded
from ks2practice.store.records import StoreError, clean_name
from ks2practice.store.tables import ROLES, Row, classes, first, group_staff, groups, rows, schools, staff


def slug_of(name: str) -> str:
    """A school's short name for commands and URLs: lower case, words joined by hyphens ("St Mary's" → st-mary-s)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise StoreError("a school's name needs a letter or a digit in it")
    return slug


def clean_username(username: str) -> str:
    cleaned = str(username).strip()
    if not cleaned or len(cleaned) > 64 or any(character.isspace() for character in cleaned):
        raise StoreError("a username is one word of up to 64 characters, as the staff member signs in with it")
    return cleaned


class School(Verbs):
    """Mixed into Store: schools, staff, classes, group staff, and the Viewer a username signs in as."""

    @guarded
    def add_school(self, name: str, slug: str | None = None) -> int:
        name = " ".join(str(name).split())
        if not name or len(name) > 100:
            raise StoreError("a school's name is 1 to 100 characters")
        slug = slug_of(slug or name)
        try:
            with self._write() as db:
                result = db.execute(schools.insert().values(name=name, slug=slug, created=self._now()))
        except sa.exc.IntegrityError:
            raise StoreError(f"there is already a school called {name!r} or with the short name {slug!r}") from None
        return int(result.inserted_primary_key[0])

    @guarded
    def find_schools(self) -> list[Row]:
        with self._read() as db:
            return rows(db.execute(sa.select(schools).order_by(schools.c.id)))

    @guarded
    def find_school(self, slug: str) -> Row | None:
        with self._read() as db:
            return first(db.execute(sa.select(schools).where(schools.c.slug == slug)))

    @guarded
    def add_staff(self, username: str, role: str, school_id: int | None = None) -> int:
        """A member of staff: a TA, teacher or maths lead of one school, or a trust lead (of no one school)."""
        username = clean_username(username)
        if role not in ROLES:
            raise StoreError(f"a role is one of {', '.join(ROLES)}")
        if school_id is None and role != "trust_lead":
            raise StoreError("say which school this member of staff works in (only a trust lead has none)")
        try:
            with self._write() as db:
                if school_id is not None:
                    self._require(db, schools, school_id)
                values = dict(username=username, role=role, school_id=school_id, created=self._now())
                result = db.execute(staff.insert().values(**values))
        except sa.exc.IntegrityError:
            raise StoreError(f"there is already a member of staff called {username!r}") from None
        return int(result.inserted_primary_key[0])

    @guarded
    def find_staff(self, school_id: int | None = None) -> list[Row]:
        query = sa.select(staff).order_by(self._text_order(staff.c.username))
        if school_id is not None:
            query = query.where(staff.c.school_id == school_id)
        with self._read() as db:
            return rows(db.execute(query))

    @guarded
    def viewer(self, username: str) -> Viewer:
        """The member of staff signed in as ``username``, as access.visible_group_ids needs them."""
        with self._read() as db:
            found = first(db.execute(sa.select(staff).where(staff.c.username == username)))
        if found is None:
            raise StoreError(f"{username!r} is not on the staff list of this database")
        return Viewer(found["username"], found["role"], found["school_id"])

    @guarded
    def visible_group_ids(self, viewer: Viewer) -> list[int]:
        """The groups this member of staff may see (access.visible_groups), in id order."""
        with self._read() as db:
            return [int(row[0]) for row in db.execute(visible_groups(viewer))]

    @guarded
    def add_class(self, school_id: int, name: str, year: int, teacher: str | None = None) -> int:
        """A class of the school (Year 3 to 6), with its teacher's username if known."""
        name = clean_name(name, "class")
        if year not in (3, 4, 5, 6):
            raise StoreError("a class is in year 3, 4, 5 or 6")
        try:
            with self._write() as db:
                self._require(db, schools, school_id)
                if teacher is not None:
                    self._staff_of(db, teacher, school_id)
                values = dict(school_id=school_id, name=name, year=year, teacher=teacher)
                result = db.execute(classes.insert().values(**values))
        except sa.exc.IntegrityError:
            raise StoreError(f"this school already has a class called {name!r}") from None
        return int(result.inserted_primary_key[0])

    @guarded
    def find_classes(self, school_id: int) -> list[Row]:
        query = sa.select(classes).where(classes.c.school_id == school_id)
        with self._read() as db:
            return rows(db.execute(query.order_by(classes.c.year, self._text_order(classes.c.name))))

    @guarded
    def assign_staff(self, group_id: int, username: str) -> None:
        """Say that this member of staff runs the group (a TA or teacher of its school); saying it twice is once."""
        with self._write() as db:
            group = first(db.execute(sa.select(groups.c.school_id).where(groups.c.id == group_id)))
            if group is None:
                raise StoreError(f"no group with id {group_id} in this store")
            self._staff_of(db, username, group["school_id"])
            known = sa.select(group_staff).where(group_staff.c.group_id == group_id, group_staff.c.username == username)
            if db.execute(known).first() is None:
                db.execute(group_staff.insert().values(group_id=group_id, username=username))

    @guarded
    def unassign_staff(self, group_id: int, username: str) -> None:
        with self._write() as db:
            db.execute(
                group_staff.delete().where(group_staff.c.group_id == group_id, group_staff.c.username == username)
            )

    @guarded
    def find_group_staff(self, group_id: int) -> list[str]:
        query = sa.select(group_staff.c.username).where(group_staff.c.group_id == group_id)
        with self._read() as db:
            return [str(row[0]) for row in db.execute(query.order_by(self._text_order(group_staff.c.username)))]

    @staticmethod
    def _staff_of(db: sa.Connection, username: str, school_id: int) -> Row:
        found = first(db.execute(sa.select(staff).where(staff.c.username == username)))
        if found is None:
            raise StoreError(f"{username!r} is not on the staff list of this database")
        if found["school_id"] != school_id:  # a trust lead has no school: they run no group, see no pupil
            raise StoreError(f"{username!r} does not work in that school")
        return found
