"""The school server for real: JupyterHub on 127.0.0.1 with deploy/'s config, two schools on one PostgreSQL database.

Each member of staff sees only their own school's pupils (a TA only their groups, a maths lead their school, a trust
lead no pupils at all): through the app's data layer, with the identity the real hub API gives the real token of
their server, and through the page, logged in over HTTP, reading what the TA app draws in a real browser.
"""

import os
import urllib.error

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS
from hub import DEPLOY, require, running_hub

from ks2practice.session.hub import HubError, current_viewer, hub_user, visible_groups
from ks2practice.store import Store

SCHOOL_FILE = DEPLOY / "school.toml"  # the example a school copies: the test runs the file the README points to
GROUPS = {
    # group: (school slug, the TA who runs it or None, its pupils)
    "Oak Otters": ("oak-primary", "oak-ta", ("Ava", "Ben")),
    "Oak Owls": ("oak-primary", None, ("Cai",)),
    "Elm Eagles": ("elm-primary", "elm-ta", ("Dev", "Eli")),
    "Elm Emus": ("elm-primary", None, ("Fay",)),
}
SEES = {
    "oak-ta": ["Oak Otters"],
    "oak-maths": ["Oak Otters", "Oak Owls"],
    "elm-ta": ["Elm Eagles"],
    "elm-maths": ["Elm Eagles", "Elm Emus"],
    "trust-lead": [],
}
EVERY_PUPIL = {pupil for _school, _ta, pupils in GROUPS.values() for pupil in pupils}
WAIT = 60_000


def pupils_of(groups):
    return {pupil for group in groups for pupil in GROUPS[group][2]}


def fill_school(store):
    """The groups and pupils the TAs would have added, in the schools and staff the hub wrote from the school file."""
    school_ids = {row["slug"]: row["id"] for row in store.find_schools()}
    for group, (slug, ta, pupils) in GROUPS.items():
        group_id = store.add_group(group, school_id=school_ids[slug])
        if ta:
            store.add_group_staff(group_id, ta)
        for pupil in pupils:
            store.add_pupil(group_id, pupil)


@pytest.fixture(scope="module")
def school(postgres_server, tmp_path_factory):
    require()
    state = tmp_path_factory.mktemp("hub")
    with postgres_server.database() as url, running_hub(state, SCHOOL_FILE, url) as hub:
        with Store.from_url(url) as store:
            fill_school(store)
        yield hub, url


@pytest.mark.parametrize("user", list(SEES))
def test_the_data_layer_shows_each_member_of_staff_only_their_pupils(school, user):
    hub, url = school
    env = hub.spawn(user)  # the environment the hub gave the user's server, which its kernels inherit
    assert env["KS2PRACTICE_DATABASE_URL"] == url
    assert env["JUPYTERHUB_DEFAULT_URL"] == "/voila/render/small_group_session.ipynb"
    scopes = hub.api("GET", "/user", token=env["JUPYTERHUB_API_TOKEN"])["scopes"]
    assert f"read:users:groups!user={user}" in scopes
    assert not any(scope.startswith(("admin", "read:users!", "list:users")) for scope in scopes)
    with Store.from_url(url) as store:
        viewer = current_viewer(store, env)
        groups = [row["name"] for row in visible_groups(store, viewer)]
        assert sorted(groups) == SEES[user]
        pupils = {p["name"] for g in visible_groups(store, viewer) for p in store.find_pupils(g["id"])}
        assert pupils == pupils_of(groups)
    # The token answers only for its owner: it cannot learn anyone else's groups.
    other = next(name for name in SEES if name != user)
    with pytest.raises(HubError, match="HTTP 404"):
        hub_user({**env, "JUPYTERHUB_USER": other})
    with pytest.raises(urllib.error.HTTPError):
        hub.api("GET", "/users", token=env["JUPYTERHUB_API_TOKEN"])


def log_in_and_open_the_app(p, hub, user):
    """Log in on the hub's page, as staff do, and wait for the TA app their server opens first."""
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1300, "height": 1200})
    page.goto(f"{hub.url}/hub/login", timeout=WAIT)
    page.fill("#username_input", user)
    page.fill("#password_input", hub.password)
    page.click("#login_submit")
    page.get_by_role("button", name="Start session").wait_for(timeout=WAIT * 2)
    return browser, page


def shown_pupils(page):
    text = page.inner_text("body")
    return {pupil for pupil in EVERY_PUPIL if pupil in text.split()}


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
@pytest.mark.parametrize("user", ["oak-ta", "elm-maths", "trust-lead"])
def test_the_page_shows_each_member_of_staff_only_their_pupils(school, user):
    hub, _url = school
    playwright_api = pytest.importorskip("playwright.sync_api")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser, page = log_in_and_open_the_app(p, hub, user)
        assert page.url.startswith(f"{hub.url}/user/{user}/voila/render/small_group_session.ipynb")
        options = page.locator("select").first.locator("option").all_inner_texts()
        assert sorted(options) == SEES[user]
        for group in SEES[user]:  # each group the dropdown offers shows its own pupils, and nobody else's
            page.locator("select").first.select_option(label=group)
            page.wait_for_function(
                "names => names.every(n => document.body.innerText.includes(n))", arg=list(GROUPS[group][2]),
                timeout=WAIT,
            )  # fmt: skip
            assert shown_pupils(page) == set(GROUPS[group][2])
        if not SEES[user]:
            page.get_by_text("trust lead").first.wait_for(timeout=WAIT)
            assert shown_pupils(page) == set()
        page.screenshot(path=str(SCREENSHOTS / f"hub_{user}.png"), full_page=True)
        browser.close()
