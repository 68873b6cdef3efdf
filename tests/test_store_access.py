"""Tests for ks2practice.store.access: which groups each member of staff sees, on either engine."""

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ks2practice.store import Store
from ks2practice.store.access import Viewer, visible_group_ids, visible_groups


@pytest.fixture
def trust(database):
    """Two schools of one trust. Hill: groups A (TA ann), B (TA bob), C (no staff; a pupil of Mrs Owl's class) and
    D (the same pupil, gone since); Dale: group E, run by TA dan, holding a pupil of a Dale class."""
    with Store(database) as store:
        hill, dale = store.add_school("Hill"), store.add_school("Dale")
        for username, role, school in (("ann", "ta", hill), ("bob", "ta", hill), ("owl", "teacher", hill),
                                       ("max", "maths_lead", hill), ("dan", "ta", dale), ("dot", "teacher", dale),
                                       ("tess", "trust_lead", None)):  # fmt: skip
            store.add_staff(username, role, school)
        a, b, c, d = (store.add_group(name, hill) for name in "ABCD")
        e = store.add_group("E", dale)
        store.assign_staff(a, "ann")
        store.assign_staff(b, "bob")
        store.assign_staff(e, "dan")
        owls = store.add_class(hill, "Owls", 5, "owl")
        ava = store.add_pupil(c, "Ava", class_id=owls)
        store.join_group(ava, d)
        store.leave_group(ava, d)
        store.add_pupil(a, "Ben")  # in no class
        store.add_pupil(e, "Cai", class_id=store.add_class(dale, "Owls", 5, "dot"))
        yield store, {"A": a, "B": b, "C": c, "D": d, "E": e}


def seen(store, username, ids):
    names = {group_id: name for name, group_id in ids.items()}
    return [names[group_id] for group_id in visible_group_ids(store, store.viewer(username))]


def test_a_ta_sees_the_groups_they_run_and_never_another_schools(trust):
    store, ids = trust
    assert seen(store, "ann", ids) == ["A"]
    assert seen(store, "bob", ids) == ["B"]
    assert seen(store, "dan", ids) == ["E"]


def test_a_ta_of_school_a_never_sees_school_bs_groups_even_if_named_on_one(trust):
    store, ids = trust
    with store.engine.begin() as connection:  # a row written around the verbs, which refuse it
        connection.execute(sa.text("INSERT INTO group_staff (group_id, username) VALUES (:g, 'ann')"), {"g": ids["E"]})
    assert seen(store, "ann", ids) == ["A"]


def test_a_teacher_sees_groups_with_a_current_member_of_their_class(trust):
    store, ids = trust
    assert seen(store, "owl", ids) == ["C"]  # not D: Ava has left it
    assert seen(store, "dot", ids) == ["E"]  # Dale's Owls: not Hill's groups
    store.assign_staff(ids["B"], "owl")
    assert seen(store, "owl", ids) == ["B", "C"]


def test_a_maths_lead_sees_every_group_of_their_school(trust):
    store, ids = trust
    assert seen(store, "max", ids) == ["A", "B", "C", "D"]


def test_a_trust_lead_sees_no_group(trust):
    store, ids = trust
    assert seen(store, "tess", ids) == []
    assert visible_group_ids(store, Viewer("anyone", "trust_lead", None)) == []


def test_a_viewer_has_a_known_role_and_is_frozen():
    with pytest.raises(ValueError, match="a role is one of"):
        Viewer("ann", "head", 1)
    viewer = Viewer("ann", "ta", 1)
    with pytest.raises(AttributeError):
        viewer.role = "maths_lead"


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_the_query_carries_the_username_as_a_parameter_never_in_the_sql(dialect):
    compiled = visible_groups(Viewer("o'brien", "teacher", 7)).compile(dialect=dialect)
    assert "o'brien" not in str(compiled) and "o'brien" in compiled.params.values()
