"""A school's JupyterHub: who is who (deploy/school.toml → hub groups) and who is using the app (the hub's API)."""

from __future__ import annotations

import json
import os
import re
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from ks2practice.store.records import StoreError

if TYPE_CHECKING:
    from ks2practice.store import Store
    from ks2practice.store.access import Viewer
    from ks2practice.store.tables import Row

ROLE_GROUPS = {"ta": "ks2-ta", "teacher": "ks2-teacher", "maths_lead": "ks2-maths-lead", "trust_lead": "ks2-trust-lead"}
"""Each ks2practice role → the hub group that gives it."""
SCHOOL_PREFIX = "school-"
"""A school's hub group is this prefix and the school's slug: `school-oak-primary`."""
HUB_ENV = ("JUPYTERHUB_USER", "JUPYTERHUB_API_URL", "JUPYTERHUB_API_TOKEN")
"""What the hub puts in every single-user server's environment (and so every kernel's)."""
# Someone in two role groups (a maths lead who also runs a group) gets the broader: a maths lead sees every group of
# their school, which holds the groups a TA or teacher sees. A trust lead's view is narrower (no pupils), not broader,
# so it is the role only of someone in no school role.
_BREADTH = ("maths_lead", "teacher", "ta")
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_USERNAME = re.compile(r"[a-z_][a-z0-9_-]{0,31}")  # Debian's adduser rule: the name must be a login on the server


TRUST_LEAD_NOTE = (
    "You are signed in as a trust lead: you see figures across the trust's schools without pupils' names "
    "(the report app's Trust roll-up), so there are no groups here."
)


class HubError(Exception):
    """Why the app cannot tell who is using it on a hub (or the school file is wrong): one sentence for the reader."""


@dataclass(frozen=True)
class School:
    slug: str
    name: str


@dataclass(frozen=True)
class StaffMember:
    username: str
    role: str
    school: str | None  # the school's slug; None only for a trust lead


@dataclass(frozen=True)
class SchoolConfig:
    """The school file, checked: every name is a login, every role known, every school named once."""

    schools: tuple[School, ...]
    staff: tuple[StaffMember, ...]
    admins: tuple[str, ...]

    def hub_groups(self) -> dict[str, dict[str, Any]]:
        """`c.JupyterHub.load_groups`: one group per school and one per role, each with its members."""
        groups: dict[str, dict[str, Any]] = {}
        for school in self.schools:
            members = [s.username for s in self.staff if s.school == school.slug]
            groups[SCHOOL_PREFIX + school.slug] = {"users": members, "properties": {"ks2practice-school": school.name}}
        for role, group in ROLE_GROUPS.items():
            groups[group] = {"users": [s.username for s in self.staff if s.role == role]}
        return groups

    def hub_roles(self) -> list[dict[str, Any]]:
        """`c.JupyterHub.load_roles`: staff may read their own group membership, which is how the app learns who
        they are (every hub user can by default; naming it keeps it so if a hub's defaults change)."""
        return [
            {
                "name": "ks2-staff",
                "description": "ks2practice staff: the app reads the user's own hub groups to choose what it shows",
                "scopes": ["read:users:groups!user"],
                "groups": list(ROLE_GROUPS.values()),
            }
        ]

    def usernames(self) -> list[str]:
        return [s.username for s in self.staff] + [a for a in self.admins if a not in {s.username for s in self.staff}]


def read_school_config(path: str | os.PathLike[str]) -> SchoolConfig:
    """The school file at ``path``, checked; HubError naming the first thing wrong with it."""
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise HubError(f"cannot read the school file {path}: {error}") from None
    schools: list[School] = []
    for entry in raw.get("schools", []):
        slug, name = str(entry.get("slug", "")), str(entry.get("name", "")).strip()
        if not _SLUG.fullmatch(slug) or not name:
            raise HubError(f"a school needs a name and a slug of lower-case letters, digits and hyphens: {entry}")
        if any(s.slug == slug or s.name == name for s in schools):
            raise HubError(f"the school {name} ({slug}) is listed twice")
        schools.append(School(slug, name))
    slugs = {s.slug for s in schools}
    staff: list[StaffMember] = []
    for entry in raw.get("staff", []):
        username, role, school = str(entry.get("username", "")), entry.get("role"), entry.get("school")
        if not _USERNAME.fullmatch(username):
            raise HubError(f"{username!r} is not a login name (lower-case letters, digits, hyphens)")
        if role not in ROLE_GROUPS:
            raise HubError(f"{username} has the role {role!r}: a role is one of {', '.join(ROLE_GROUPS)}")
        if role == "trust_lead" and school is not None:
            raise HubError(f"{username} is a trust lead, who belongs to no one school: remove their school")
        if role != "trust_lead" and school not in slugs:
            raise HubError(f"{username} needs a school from the [[schools]] list, not {school!r}")
        if any(s.username == username for s in staff):
            raise HubError(f"{username} is listed twice: give each person one role")
        staff.append(StaffMember(username, role, school))
    admins = tuple(str(a) for a in raw.get("hub", {}).get("admins", []))
    for admin in admins:
        if not _USERNAME.fullmatch(admin):
            raise HubError(f"the admin {admin!r} is not a login name")
    return SchoolConfig(tuple(schools), tuple(staff), admins)


@dataclass(frozen=True)
class HubUser:
    """A hub user as the hub's API describes them: their name and their hub groups."""

    name: str
    groups: tuple[str, ...]

    def role(self) -> str:
        roles = {role for role, group in ROLE_GROUPS.items() if group in self.groups}
        for role in _BREADTH:
            if role in roles:
                return role
        if "trust_lead" in roles:
            return "trust_lead"
        raise HubError(f"the hub gives {self.name} no ks2practice role: ask the school's IT to add them to school.toml")

    def school_slug(self) -> str | None:
        """The slug of the one school they belong to; None for a trust lead."""
        slugs = sorted(g.removeprefix(SCHOOL_PREFIX) for g in self.groups if g.startswith(SCHOOL_PREFIX))
        if self.role() == "trust_lead":
            return None
        if len(slugs) != 1:
            found = "no school" if not slugs else f"{len(slugs)} schools ({', '.join(slugs)})"
            raise HubError(f"the hub gives {self.name} {found}: each member of staff belongs to one school")
        return slugs[0]


def in_hub(env: Mapping[str, str] | None = None) -> bool:
    """True when this process runs under a JupyterHub (its single-user server or a kernel that server started)."""
    env = os.environ if env is None else env
    return all(env.get(name) for name in HUB_ENV)


def hub_user(env: Mapping[str, str] | None = None, timeout: float = 10) -> HubUser | None:
    """Who is using this server, from the hub's API with the server's own token; None when not under a hub.

    The token the hub gives each server is allowed `read:users:groups!user`: its owner's groups and nobody else's.
    """
    env = os.environ if env is None else env
    if not in_hub(env):
        return None
    name = env["JUPYTERHUB_USER"]
    url = env["JUPYTERHUB_API_URL"].rstrip("/") + "/users/" + urllib.parse.quote(name, safe="")
    request = urllib.request.Request(url, headers={"Authorization": f"token {env['JUPYTERHUB_API_TOKEN']}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            model = json.load(answer)
    except urllib.error.HTTPError as error:
        raise HubError(f"the hub refused to say who {name} is (HTTP {error.code}): ask the school's IT") from None
    except (OSError, ValueError) as error:
        raise HubError(f"the hub did not answer ({error}): try again in a minute, or ask the school's IT") from None
    if model.get("name") not in (None, name):
        raise HubError(f"the hub answered about {model.get('name')!r}, not {name!r}")
    return HubUser(name, tuple(sorted(model.get("groups") or ())))


def viewer_for(store: Store, user: HubUser) -> Viewer:
    """The store's viewer for a hub user: their role from their role group, their school from their school group.

    The hub only ever adds people to groups (JupyterHub's load_groups never removes anyone), so someone moved in the
    school file can still hold their old group on the hub. The staff list the hub wrote into the store is exactly
    the file, so the two must agree; when they do not, the app shows nothing rather than the old role's pupils.
    """
    from ks2practice.store.access import Viewer

    slug = user.school_slug()
    viewer = Viewer(user.name, user.role(), None if slug is None else school_id_of(store, slug))
    try:
        listed = store.viewer(user.name)
    except StoreError:
        raise HubError(f"{user.name} is not in the school file: ask the school's IT to add them") from None
    if listed != viewer:
        raise HubError(
            f"the hub's groups for {user.name} differ from the school file (an old role or school): ask the school's "
            "IT to remove them from their old hub groups on the hub's admin page"
        )
    return viewer


def school_id_of(store: Store, slug: str) -> int:
    """The id of the school with this slug, which the hub's school file also wrote into the store."""
    found = store.find_school(slug)
    if found is None:
        raise HubError(f"the school {slug} is not in the database yet: ask the school's IT to restart the hub")
    return int(found["id"])


def current_viewer(store: Store, env: Mapping[str, str] | None = None) -> Viewer | None:
    """Who is looking, on a hub; None on a laptop, where whoever opens the store sees all of it, as before."""
    user = hub_user(env)
    return None if user is None else viewer_for(store, user)


def viewer_groups(store: Store, viewer: Viewer | None) -> list[Row]:
    """The groups ``viewer`` may see, as ``store.find_groups()`` lists them: every group when there is no viewer."""
    groups = store.find_groups()
    if viewer is None:
        return groups
    allowed = set(store.visible_group_ids(viewer))
    return [group for group in groups if group["id"] in allowed]


class ViewerStore:
    """A store as one viewer sees it: ``find_groups`` lists only their groups; every other verb is the store's.

    The reports find a group by its name among ``find_groups()``; two schools may each have an "Otters", so a report
    app on a hub reads through this, and a name can only ever mean a group its viewer may see.
    """

    def __init__(self, store: Store, viewer: Viewer) -> None:
        self._store, self._viewer = store, viewer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def find_groups(self, include_archived: bool = False, school_id: int | None = None) -> list[Row]:
        allowed = set(self._store.visible_group_ids(self._viewer))
        return [g for g in self._store.find_groups(include_archived, school_id) if g["id"] in allowed]


def add_group_for(store: Store, name: str, viewer: Viewer | None) -> int:
    """Add a group as ``viewer``: in their school, and run by them if they are a TA or teacher (so they see it)."""
    if viewer is None:
        return store.add_group(name)
    if viewer.school_id is None:
        raise StoreError("a trust lead sees no pupils, so adds no groups: the school's staff add them")
    group_id = store.add_group(name, school_id=viewer.school_id)
    if viewer.role in ("ta", "teacher"):
        store.assign_staff(group_id, viewer.username)
    return group_id


def write_school_config(store: Store, config: SchoolConfig) -> None:
    """Make the store's schools and staff say what the school file says, in one transaction (the hub, at each start).

    A school is matched by its slug and a member of staff by their login, so renaming a school or changing someone's
    role keeps their rows. Nobody is deleted: someone taken out of the file can no longer log in, and the groups and
    answers they recorded stay.
    """
    from ks2practice.store.tables import schools, staff

    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.engine.begin() as db:
        ids: dict[str, int] = {}
        for school in config.schools:
            found = db.execute(sa.select(schools.c.id).where(schools.c.slug == school.slug)).scalar_one_or_none()
            if found is None:
                found = db.execute(
                    sa.insert(schools).values(name=school.name, slug=school.slug, created=now).returning(schools.c.id)
                ).scalar_one()
            else:
                db.execute(sa.update(schools).where(schools.c.id == found).values(name=school.name))
            ids[school.slug] = int(found)
        for member in config.staff:
            values = {"role": member.role, "school_id": None if member.school is None else ids[member.school]}
            exists = db.execute(sa.select(staff.c.id).where(staff.c.username == member.username)).first()
            if exists is None:
                db.execute(sa.insert(staff).values(username=member.username, created=now, **values))
            else:
                db.execute(sa.update(staff).where(staff.c.username == member.username).values(**values))
