"""Tests for ks2practice.store's school verbs (people.py, school.py): schools, staff, classes, groups a pupil is in."""

from datetime import UTC, datetime, timedelta

import pytest
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store, StoreError


def ticking_clock(start=datetime(2026, 9, 7, 9, 0, tzinfo=UTC)):
    """A minute on at every reading, so a join, a leave and a session each have their own time."""
    moments = (start + timedelta(minutes=n) for n in range(10**6))
    return lambda: next(moments)


@pytest.fixture
def store(database):
    with Store(database, clock=ticking_clock()) as opened:
        yield opened


def answer(pupil, n, session=None):
    return Attempt(pupil, f"c/L2/s{n}", "calculation.x", 2, f"{n} + {n}", str(2 * n), Status.CORRECT, "Yes",
                   response=str(2 * n), session_id=session)  # fmt: skip


def test_a_laptops_first_group_makes_its_one_school_and_a_second_school_means_saying_which(store):
    otters = store.add_group("Otters")
    (ours,) = store.find_schools()
    assert (ours["name"], ours["slug"]) == ("Our school", "our-school")
    assert store.find_groups()[0]["school_id"] == ours["id"]
    hill = store.add_school("Hill Top Primary")
    assert store.find_school("hill-top-primary")["id"] == hill
    with pytest.raises(StoreError, match="several schools: say which"):
        store.add_group("Kestrels")
    kestrels = store.add_group("Otters", hill)  # the same name in another school is another group
    assert kestrels != otters and {g["school_id"] for g in store.find_groups()} == {ours["id"], hill}
    assert [g["id"] for g in store.find_groups(school_id=hill)] == [kestrels]
    with pytest.raises(StoreError, match="already a group called 'OTTERS'"):
        store.add_group("OTTERS", hill)
    with pytest.raises(StoreError, match="already a school"):
        store.add_school("Hill  Top Primary")
    with pytest.raises(StoreError, match="short name 'hill-top-primary'"):
        store.add_school("Hill-Top, Primary")


def test_staff_have_one_role_and_a_school_except_a_trust_lead(store):
    school = store.add_school("Hill Top")
    store.add_staff("j.smith", "ta", school)
    store.add_staff("lead", "trust_lead")
    with pytest.raises(StoreError, match="say which school"):
        store.add_staff("k.jones", "teacher")
    with pytest.raises(StoreError, match="a role is one of"):
        store.add_staff("k.jones", "head", school)
    with pytest.raises(StoreError, match=r"already a member of staff called 'j\.smith'"):
        store.add_staff("j.smith", "teacher", school)
    with pytest.raises(StoreError, match="a username is one word"):
        store.add_staff("j smith", "ta", school)
    assert [(s["username"], s["role"], s["school_id"]) for s in store.find_staff()] == [
        ("j.smith", "ta", school), ("lead", "trust_lead", None),
    ]  # fmt: skip
    assert [s["username"] for s in store.find_staff(school)] == ["j.smith"]
    assert store.viewer("lead").school_id is None and store.viewer("j.smith").role == "ta"
    with pytest.raises(StoreError, match="not on the staff list"):
        store.viewer("nobody")


def test_classes_belong_to_a_school_and_their_teacher_works_there(store):
    hill, dale = store.add_school("Hill Top"), store.add_school("Dale")
    store.add_staff("t.hill", "teacher", hill)
    store.add_staff("t.dale", "teacher", dale)
    owls = store.add_class(hill, "Owls", 5, "t.hill")
    store.add_class(hill, "Ants", 3)
    with pytest.raises(StoreError, match="already has a class called 'Owls'"):
        store.add_class(hill, "Owls", 6)
    with pytest.raises(StoreError, match="year 3, 4, 5 or 6"):
        store.add_class(hill, "Bees", 2)
    with pytest.raises(StoreError, match="does not work in that school"):
        store.add_class(hill, "Bees", 4, "t.dale")
    assert [(c["name"], c["year"], c["teacher"]) for c in store.find_classes(hill)] == [
        ("Ants", 3, None), ("Owls", 5, "t.hill"),
    ]  # fmt: skip
    group = store.add_group("Boosters", hill)
    ava = store.add_pupil(group, "Ava", year=5, class_id=owls)
    assert (store.find_pupils(group)[0]["year"], store.find_pupils(group)[0]["class_id"]) == (5, owls)
    dale_class = store.add_class(dale, "Owls", 5)
    with pytest.raises(StoreError, match="another school"):
        store.set_class(ava, dale_class)
    with pytest.raises(StoreError, match="3, 4, 5 or 6"):
        store.set_year(ava, 7)
    store.set_year(ava, 6)
    store.set_class(ava, None)
    assert sql(store, "SELECT year, class_id FROM pupils WHERE id = :id", {"id": ava}) == [(6, None)]


def test_staff_run_groups_of_their_own_school_only(store):
    hill, dale = store.add_school("Hill Top"), store.add_school("Dale")
    store.add_staff("ta.hill", "ta", hill)
    store.add_staff("ta.dale", "ta", dale)
    store.add_staff("lead", "trust_lead")
    group = store.add_group("Boosters", hill)
    store.assign_staff(group, "ta.hill")
    store.assign_staff(group, "ta.hill")  # said twice: once
    assert store.find_group_staff(group) == ["ta.hill"]
    for username in ("ta.dale", "lead"):
        with pytest.raises(StoreError, match="does not work in that school"):
            store.assign_staff(group, username)
    with pytest.raises(StoreError, match="not on the staff list"):
        store.assign_staff(group, "nobody")
    store.unassign_staff(group, "ta.hill")
    assert store.find_group_staff(group) == []


def test_a_pupil_is_in_any_number_of_groups_and_names_are_unique_among_current_members(store):
    otters, kestrels = store.add_group("Otters"), store.add_group("Kestrels")
    ava = store.add_pupil(otters, "Ava")
    other_ava = store.add_pupil(kestrels, "Ava")
    with pytest.raises(StoreError, match="this group already has a pupil called 'Ava'"):
        store.join_group(ava, kestrels)
    store.rename_pupil(ava, "Ava B")
    store.join_group(ava, kestrels)
    store.join_group(ava, kestrels)  # already a member: nothing changes
    assert [p["id"] for p in store.find_pupils(kestrels)] == [other_ava, ava]
    assert [p["name"] for p in store.find_pupils(otters)] == ["Ava B"]
    with pytest.raises(StoreError, match="this group already has a pupil called 'Ava'"):
        store.rename_pupil(ava, "Ava")  # still clashes in Kestrels
    store.leave_group(other_ava, kestrels)
    store.rename_pupil(ava, "Ava")  # a past member may share the name
    assert [p["name"] for p in store.find_pupils(kestrels)] == ["Ava"]
    with pytest.raises(StoreError, match="not a member of group"):
        store.leave_group(other_ava, kestrels)
    hill = store.add_school("Hill Top")
    with pytest.raises(StoreError, match="another school"):
        store.join_group(ava, store.add_group("Puffins", hill))


def test_moving_a_pupil_keeps_every_attempt_and_the_old_groups_sessions_still_list_them(store):
    otters, kestrels = store.add_group("Otters"), store.add_group("Kestrels")
    ava, ben = store.add_pupil(otters, "Ava"), store.add_pupil(otters, "Ben")
    before = store.start_session(otters, "calculation.x", 2, "group", 20)
    answers = [store.record(answer(pupil, n, before)) for n, pupil in enumerate((ava, ben, ava))]
    store.end_session(before)
    store.move_pupil(ava, otters, kestrels)
    after = store.start_session(kestrels, "calculation.x", 2, "group", 20)
    answers.append(store.record(answer(ava, 7, after)))
    assert [a.id for a in store.find_attempts(pupil_id=ava)] == [answers[0], answers[2], answers[3]]
    assert [a.id for a in store.find_attempts(session_id=before)] == answers[:3]
    assert [p["name"] for p in store.find_pupils(otters)] == ["Ben"]
    assert [p["name"] for p in store.find_pupils(kestrels)] == ["Ava"]
    (old,) = [s for s in store.find_sessions(otters) if s["id"] == before]
    assert [p["name"] for p in store.find_pupils(otters, at=old["started"])] == ["Ava", "Ben"]
    (new,) = store.find_sessions(kestrels)
    assert [p["name"] for p in store.find_pupils(otters, at=new["started"])] == ["Ben"]
    everyone = [(p["name"], p["left"] is None) for p in store.find_pupils(otters, ever=True)]
    assert everyone == [("Ava", False), ("Ben", True)]  # the group's whole history: Ava once, though she left
    store.join_group(ava, otters)
    store.leave_group(ava, otters)
    assert [p["name"] for p in store.find_pupils(otters, ever=True)] == ["Ava", "Ben"]
    history = [(g["name"], g["left"] is None) for g in store.pupil_groups(ava)]
    assert history == [("Otters", False), ("Kestrels", True), ("Otters", False)]
    with pytest.raises(StoreError, match="not a member"):
        store.move_pupil(ava, otters, kestrels)  # no longer in Otters: nothing changes
    assert [g["name"] for g in store.pupil_groups(ava)] == ["Otters", "Kestrels", "Otters"]


def test_erasing_a_moved_pupil_removes_every_membership_in_one_go(store):
    otters, kestrels = store.add_group("Otters"), store.add_group("Kestrels")
    ava = store.add_pupil(otters, "Ava")
    store.record(answer(ava, 1))
    store.move_pupil(ava, otters, kestrels)
    store.join_group(ava, otters)
    assert len(store.pupil_groups(ava)) == 3
    assert store.erase(ava).attempts == 1
    assert sql(store, "SELECT COUNT(*) FROM group_members WHERE pupil_id = :id", {"id": ava}) == [(0,)]
    assert store.find_pupils(otters) == [] and store.find_pupils(kestrels) == []


def test_windows_adding_the_same_name_to_a_group_at_once_add_it_once(database):
    """The name check is in code, so the group row is locked while it runs: one window adds Ava, the others are told."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    with Store(database) as store:
        group = store.add_group("Otters")
    start = threading.Barrier(4)

    def add(_):
        with Store(database) as window:
            start.wait()
            try:
                return window.add_pupil(group, "Ava")
            except StoreError as refused:
                return str(refused)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(add, range(4)))
    assert sorted(map(str, results)).count("this group already has a pupil called 'Ava'") == 3
    with Store(database) as store:
        assert [p["name"] for p in store.find_pupils(group)] == ["Ava"]
