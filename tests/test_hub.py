"""The school server for real: JupyterHub on 127.0.0.1 with deploy/'s config, two schools on one PostgreSQL database.

Each member of staff sees only their own school's pupils (a TA only their groups, a maths lead their school, a trust
lead no pupils at all): through the app's data layer, with the identity the real hub API gives the real token of
their server, and through the page, logged in over HTTP, reading what the TA app (and a maths lead's report app)
draws in a real browser.
"""

import contextlib
import os
import urllib.error

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS
from hub import DEPLOY, require, running_hub

from ks2practice.session.hub import HubError, current_viewer, hub_user, viewer_groups
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
            store.assign_staff(group_id, ta)
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
        groups = [row["name"] for row in viewer_groups(store, viewer)]
        assert sorted(groups) == SEES[user]
        pupils = {p["name"] for g in viewer_groups(store, viewer) for p in store.find_pupils(g["id"])}
        assert pupils == pupils_of(groups)
    # The token answers only for its owner: it cannot learn anyone else's groups.
    other = next(name for name in SEES if name != user)
    with pytest.raises(HubError, match="HTTP 404"):
        hub_user({**env, "JUPYTERHUB_USER": other})
    with pytest.raises(urllib.error.HTTPError):
        hub.api("GET", "/users", token=env["JUPYTERHUB_API_TOKEN"])


@pytest.fixture(scope="module")
def browser():
    """One chromium for the page tests; each user gets a fresh context (cookies), as on their own computer."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM) and os.environ.get("CI") != "true":
        pytest.skip("Debian's chromium is missing")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def log_in_and_open_the_app(browser, hub, user):
    """Log in on the hub's page, as staff do, and wait for the TA app their server opens first."""
    page = browser.new_context(viewport={"width": 1300, "height": 1200}).new_page()
    page.goto(f"{hub.url}/hub/login", timeout=WAIT)
    page.fill("#username_input", user)
    page.fill("#password_input", hub.password)
    page.click("#login_submit")
    page.get_by_role("button", name="Start session").wait_for(timeout=WAIT * 2)
    return page


def shown_pupils(page):
    words = page.inner_text("body").split()
    return {pupil for pupil in EVERY_PUPIL if pupil in words}


@pytest.mark.parametrize("user", ["oak-ta", "elm-maths", "trust-lead"])
def test_the_page_shows_each_member_of_staff_only_their_pupils(school, browser, user):
    hub, _url = school
    playwright_api = pytest.importorskip("playwright.sync_api")
    page = log_in_and_open_the_app(browser, hub, user)
    assert page.url.startswith(f"{hub.url}/user/{user}/voila/render/small_group_session.ipynb")
    choose = page.locator("select").first
    options = [" ".join(text.split()) for text in choose.locator("option").all_inner_texts()]  # widgets use nbsp
    assert sorted(options) == SEES[user]
    for index, group in enumerate(options):  # each group offered shows its own pupils, and nobody else's
        choose.select_option(index=index)
        shown, hidden = sorted(GROUPS[group][2]), sorted(EVERY_PUPIL - set(GROUPS[group][2]))
        with contextlib.suppress(playwright_api.Error):  # the widgets redraw in steps: wait until they settle
            page.wait_for_function(
                "([shown, hidden]) => { const words = document.body.innerText.split(/\\s+/);"
                " return shown.every(n => words.includes(n)) && !hidden.some(n => words.includes(n)); }",
                arg=[shown, hidden],
                timeout=WAIT,
            )
        assert shown_pupils(page) == set(shown)
    if not options:
        page.get_by_text("signed in as a trust lead").wait_for(timeout=WAIT)
        assert shown_pupils(page) == set()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"hub_{user}.png"), full_page=True)
    page.context.close()


def test_the_report_page_lists_only_a_maths_leads_own_school(school, browser):
    hub, _url = school
    page = log_in_and_open_the_app(browser, hub, "oak-maths")
    page.goto(f"{hub.url}/user/oak-maths/voila/render/progress_report.ipynb", timeout=WAIT)
    page.get_by_role("button", name="Show report").wait_for(timeout=WAIT * 2)
    options = page.locator("select").first.locator("option").all_inner_texts()
    assert sorted(" ".join(text.split()) for text in options) == SEES["oak-maths"]
    # On a hub only a trust lead's report app exports: not even a hidden tab holds the button here.
    assert page.get_by_role("button", name="Export without names").count() == 0
    assert page.get_by_role("button", name="Add demonstration group").count() == 0
    page.context.close()
