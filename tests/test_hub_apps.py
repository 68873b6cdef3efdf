"""The apps on a school's hub, headless: the TA app and the report app show a viewer only their groups, on both engines.

The identity comes from a stand-in for the hub's API (tests/test_hub_identity.py's); tests/test_hub.py runs the real
hub. Two schools share the store, as they do on a trust's server.
"""

import pytest
from test_hub_identity import EXAMPLE, fake_hub

from ks2practice.apps.report_app import ReportApp
from ks2practice.session import session_app
from ks2practice.session.app import SessionApp
from ks2practice.session.hub import (
    TRUST_LEAD_NOTE,
    HubError,
    HubUser,
    read_school_config,
    viewer_for,
    write_school_config,
)
from ks2practice.store import Store


@pytest.fixture
def school(database):
    """Oak and Elm from the example school file; Oak Otters run by oak-ta, Oak Owls and Elm Eagles by nobody yet."""
    with Store(database) as store:
        write_school_config(store, read_school_config(EXAMPLE))
        oak, elm = store.find_school("oak-primary")["id"], store.find_school("elm-primary")["id"]
        otters = store.add_group("Oak Otters", school_id=oak)
        store.assign_staff(otters, "oak-ta")
        store.add_pupil(otters, "Ava")
        store.add_pupil(store.add_group("Oak Owls", school_id=oak), "Cai")
        store.add_pupil(store.add_group("Elm Eagles", school_id=elm), "Dev")
        yield store


def as_user(store, name):
    groups = read_school_config(EXAMPLE).hub_groups()
    return viewer_for(store, HubUser(name, tuple(g for g, spec in groups.items() if name in spec["users"])))


def offered(app):
    return [label for label, _id in app.group.options]


def test_the_ta_app_offers_a_ta_their_groups_and_a_group_they_add_is_theirs(school):
    app = SessionApp(school, viewer=as_user(school, "oak-ta"))
    assert offered(app) == ["Oak Otters"]
    assert [box.description for box in app.here.values()] == ["Ava"]
    app.new_group.value = "Oak Hedgehogs"
    app.add_group_button.click()
    assert offered(app) == ["Oak Hedgehogs", "Oak Otters"]
    added = next(g for g in school.find_groups() if g["name"] == "Oak Hedgehogs")
    assert added["school_id"] == school.find_school("oak-primary")["id"]
    assert school.find_group_staff(added["id"]) == ["oak-ta"]
    # The other school's maths lead never sees it; Oak's does, with every Oak group.
    assert offered(SessionApp(school, viewer=as_user(school, "elm-maths"))) == ["Elm Eagles"]
    oak_lead = SessionApp(school, viewer=as_user(school, "oak-maths"))
    assert offered(oak_lead) == ["Oak Hedgehogs", "Oak Otters", "Oak Owls"]


def test_a_trust_lead_sees_no_groups_in_the_ta_app_and_is_told_why(school):
    app = SessionApp(school, viewer=as_user(school, "trust-lead"))
    assert offered(app) == []
    assert app.group_text == TRUST_LEAD_NOTE
    app.new_group.value = "Trust group"
    app.add_group_button.click()
    assert "a trust lead sees no pupils, so adds no groups" in app.group_text.lower()
    assert "Trust group" not in [g["name"] for g in school.find_groups()]


def test_the_report_app_lists_the_viewers_groups_and_gives_a_trust_lead_the_roll_up_only(school):
    app = ReportApp(school, viewer=as_user(school, "oak-ta"))
    assert list(app.group.options) == ["Oak Otters"]
    app.group.value = "Oak Otters"
    assert app.pupil.options == ("Ava",)
    assert app.demo_button not in app.widget.children[0].children  # made-up pupils stay off a school's database
    assert list(ReportApp(school, viewer=as_user(school, "elm-maths")).group.options) == ["Elm Eagles"]
    trust = ReportApp(school, viewer=as_user(school, "trust-lead"))
    shown = {type(child).__name__ for child in trust.widget.children}
    assert "Tab" not in shown and trust.export_button in trust.widget.children[2].children[1].children
    assert list(trust.group.options) == []


def test_on_a_laptop_there_is_no_viewer_and_everything_shows(school):
    assert ReportApp(school).viewer is None
    assert offered(SessionApp(school)) == ["Elm Eagles", "Oak Otters", "Oak Owls"]


def test_a_hub_that_cannot_place_its_user_shows_one_sentence_not_the_app(school, tmp_path, monkeypatch):
    with fake_hub() as api:  # the stand-in hub puts "ann" in the TAs of school-oak, which no store here holds
        monkeypatch.setenv("JUPYTERHUB_USER", "ann")
        monkeypatch.setenv("JUPYTERHUB_API_URL", api)
        monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "t0ken")
        note = ReportApp(school).widget
        ta_app = session_app(tmp_path / "laptop.sqlite3")
    for widget in (note, ta_app):
        assert type(widget).__name__ == "HTML"
        assert "The school oak is not in the database yet: ask the school&#x27;s IT to restart the hub." in widget.value


@pytest.mark.parametrize(
    ("name", "groups", "reason"),
    [
        # a maths lead made a TA in the school file: the hub keeps their old group, and the broader role with it
        ("oak-ta", ("ks2-ta", "ks2-maths-lead", "school-oak-primary"), "differ from the school file"),
        # moved school in the file; the hub still has them in the old school (with the new one, two schools)
        ("oak-ta", ("ks2-ta", "school-elm-primary"), "differ from the school file"),
        ("someone", ("ks2-ta", "school-oak-primary"), "someone is not in the school file"),
    ],
)
def test_hub_groups_the_school_file_no_longer_gives_show_nothing(school, name, groups, reason):
    with pytest.raises(HubError, match=reason):
        viewer_for(school, HubUser(name, groups))


def test_a_report_by_group_name_never_reaches_another_schools_group_of_the_same_name(school):
    elm = school.find_school("elm-primary")["id"]
    school.add_pupil(school.add_group("Oak Otters", school_id=elm), "Gus")  # Elm's own "Oak Otters"
    elm_lead = ReportApp(school, viewer=as_user(school, "elm-maths"))
    elm_lead.group.value = "Oak Otters"
    assert elm_lead._show().pupils == ("Gus",)
    oak_ta = ReportApp(school, viewer=as_user(school, "oak-ta"))
    oak_ta.group.value = "Oak Otters"
    assert oak_ta._show().pupils == ("Ava",)
    assert oak_ta.pupil.options == ("Ava",)
