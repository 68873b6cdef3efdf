"""The hub's side of the app without a hub: the school file → hub groups, a user's groups → role and school, the API."""

import contextlib
import http.server
import json
import threading
from typing import ClassVar

import pytest
from hub import DEPLOY

from ks2practice.session.hub import (
    HubError,
    HubUser,
    hub_user,
    in_hub,
    read_school_config,
)

EXAMPLE = DEPLOY / "school.toml"


def write(tmp_path, text):
    path = tmp_path / "school.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_school_file_makes_a_group_per_school_and_per_role():
    config = read_school_config(EXAMPLE)
    groups = config.hub_groups()
    assert groups["school-oak-primary"]["users"] == ["oak-ta", "oak-maths"]
    assert groups["school-elm-primary"]["users"] == ["elm-ta", "elm-maths"]
    assert groups["school-oak-primary"]["properties"] == {"ks2practice-school": "Oak Primary School"}
    assert groups["ks2-ta"]["users"] == ["oak-ta", "elm-ta"]
    assert groups["ks2-maths-lead"]["users"] == ["oak-maths", "elm-maths"]
    assert groups["ks2-trust-lead"]["users"] == ["trust-lead"]
    assert groups["ks2-teacher"]["users"] == []
    assert config.usernames() == ["oak-ta", "oak-maths", "elm-ta", "elm-maths", "trust-lead", "ks2-admin"]
    (role,) = config.hub_roles()
    assert role["scopes"] == ["read:users:groups!user"]
    assert set(role["groups"]) == {"ks2-ta", "ks2-teacher", "ks2-maths-lead", "ks2-trust-lead"}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[schools]]\nslug = 'Oak Primary'\nname = 'Oak'\n", "a slug of lower-case letters"),
        ("[[schools]]\nslug = 'oak'\nname = 'Oak'\n[[schools]]\nslug = 'oak'\nname = 'Oak 2'\n", "listed twice"),
        ("[[staff]]\nusername = 'Ann.Smith'\nrole = 'ta'\nschool = 'oak'\n", "is not a login name"),
        ("[[schools]]\nslug = 'oak'\nname = 'Oak'\n[[staff]]\nusername = 'ann'\nrole = 'head'\nschool = 'oak'\n",
         "a role is one of ta, teacher, maths_lead, trust_lead"),
        ("[[staff]]\nusername = 'ann'\nrole = 'ta'\nschool = 'elm'\n", "needs a school from the [[schools]] list"),
        ("[[schools]]\nslug = 'oak'\nname = 'Oak'\n[[staff]]\nusername = 'tl'\nrole = 'trust_lead'\nschool = 'oak'\n",
         "belongs to no one school"),
        ("[[schools]]\nslug = 'oak'\nname = 'Oak'\n[[staff]]\nusername = 'ann'\nrole = 'ta'\nschool = 'oak'\n"
         "[[staff]]\nusername = 'ann'\nrole = 'teacher'\nschool = 'oak'\n", "ann is listed twice"),
        ("[hub]\nadmins = ['Root Admin']\n", "is not a login name"),
        ("[[schools]\n", "cannot read the school file"),
    ],
)  # fmt: skip
def test_a_wrong_school_file_is_refused_saying_what_is_wrong(tmp_path, text, reason):
    with pytest.raises(HubError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        read_school_config(write(tmp_path, text))


@pytest.mark.parametrize(
    ("groups", "role", "slug"),
    [
        (("ks2-ta", "school-oak"), "ta", "oak"),
        (("ks2-teacher", "school-oak"), "teacher", "oak"),
        (("ks2-ta", "ks2-maths-lead", "school-oak"), "maths_lead", "oak"),  # the broader role
        (("ks2-trust-lead",), "trust_lead", None),
        (("ks2-trust-lead", "ks2-ta", "school-oak"), "ta", "oak"),  # a school role is the one that sees pupils
    ],
)
def test_a_users_groups_give_their_role_and_school(groups, role, slug):
    user = HubUser("ann", groups)
    assert (user.role(), user.school_slug()) == (role, slug)


@pytest.mark.parametrize(
    ("groups", "reason"),
    [
        (("school-oak",), "no ks2practice role"),
        (("ks2-ta",), "no school"),
        (("ks2-ta", "school-oak", "school-elm"), "2 schools"),
    ],
)
def test_a_user_without_one_role_and_one_school_sees_nothing_and_is_told_why(groups, reason):
    with pytest.raises(HubError, match=reason):
        HubUser("ann", groups).school_slug()


class _FakeHub(http.server.BaseHTTPRequestHandler):
    """Answers GET /hub/api/users/<name> as JupyterHub does, for the one token it knows."""

    token = "t0ken"
    users: ClassVar = {"ann": ["school-oak", "ks2-ta"]}

    def do_GET(self):
        name = self.path.rsplit("/", 1)[-1]
        if self.headers.get("Authorization") != f"token {self.token}":
            self.send_error(403)
        elif name not in self.users:
            self.send_error(404)
        else:
            body = json.dumps({"name": name, "kind": "user", "groups": self.users[name]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def fake_hub():
    server = http.server.HTTPServer(("127.0.0.1", 0), _FakeHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hub/api"
    finally:
        server.shutdown()
        server.server_close()


def test_outside_a_hub_there_is_no_hub_user():
    assert not in_hub({})
    assert hub_user({"JUPYTERHUB_USER": "ann"}) is None


def test_the_hub_user_is_read_from_the_hub_api_with_the_servers_token():
    with fake_hub() as api:
        env = {"JUPYTERHUB_USER": "ann", "JUPYTERHUB_API_URL": api, "JUPYTERHUB_API_TOKEN": "t0ken"}
        assert hub_user(env) == HubUser("ann", ("ks2-ta", "school-oak"))
        with pytest.raises(HubError, match=r"refused to say who ann is \(HTTP 403\)"):
            hub_user({**env, "JUPYTERHUB_API_TOKEN": "wrong"})
        with pytest.raises(HubError, match="HTTP 404"):
            hub_user({**env, "JUPYTERHUB_USER": "bob"})


def test_a_hub_that_does_not_answer_is_one_plain_sentence():
    env = {"JUPYTERHUB_USER": "ann", "JUPYTERHUB_API_URL": "http://127.0.0.1:9/hub/api", "JUPYTERHUB_API_TOKEN": "t"}
    with pytest.raises(HubError, match="the hub did not answer"):
        hub_user(env, timeout=2)


def test_the_school_file_is_written_into_the_store_and_rewritten_in_place(database, tmp_path):
    from stores import sql

    from ks2practice.session.hub import write_school_config
    from ks2practice.store import Store

    with Store(database) as store:
        write_school_config(store, read_school_config(EXAMPLE))
        write_school_config(store, read_school_config(EXAMPLE))  # every hub start: nothing doubled
        schools = dict(sql(store, "SELECT slug, name FROM schools ORDER BY slug"))
        assert schools == {"elm-primary": "Elm Primary School", "oak-primary": "Oak Primary School"}
        staff = sql(store, "SELECT username, role, s.slug FROM staff LEFT JOIN schools s ON s.id = school_id")
        assert sorted(staff, key=str) == sorted(
            [("oak-ta", "ta", "oak-primary"), ("oak-maths", "maths_lead", "oak-primary"),
             ("elm-ta", "ta", "elm-primary"), ("elm-maths", "maths_lead", "elm-primary"),
             ("trust-lead", "trust_lead", None)], key=str,
        )  # fmt: skip
        oak = sql(store, "SELECT id FROM schools WHERE slug = 'oak-primary'")
        changed = EXAMPLE.read_text().replace('"Oak Primary School"', '"Oak Academy"')
        changed = changed.replace('username = "oak-ta"\nrole = "ta"', 'username = "oak-ta"\nrole = "teacher"')
        write_school_config(store, read_school_config(write(tmp_path, changed)))
        assert sql(store, "SELECT id, name FROM schools WHERE slug = 'oak-primary'") == [(oak[0][0], "Oak Academy")]
        assert sql(store, "SELECT role FROM staff WHERE username = 'oak-ta'") == [("teacher",)]
