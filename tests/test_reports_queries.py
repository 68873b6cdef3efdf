"""Tests for ks2practice.reports.queries: the SQL reports agree with the Python oracles on random small stores."""

import contextlib
import random
import stat
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import report_oracle as oracle

from ks2practice.core.model import Attempt, Status
from ks2practice.reports import queries
from ks2practice.reports.data_export import export_tables
from ks2practice.reports.mastery import ReportError, group_progress, school_grid
from ks2practice.reports.rollup import export_anonymised
from ks2practice.store import NAMING_TABLES, WITH_HELP, Store, StoreError

TOPICS = ("calculation.column_addition", "fractions.equivalent", "MTC.odd", "mtc.tables_6", "time.clocks", "ratio.x")
MISCONCEPTIONS = (None, None, None, "smaller_from_larger", "exchange_not_subtracted", "")
SECRET = "a long enough school secret"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def random_school(database, seed):
    """Groups (one archived-looking, one empty), pupils (some archived), and answers with overrides, at random."""
    rng = random.Random(seed)
    clock = Clock()
    store = Store(database, clock=clock)
    groups = [store.add_group(name) for name in ("Otters", "owls", "Kestrels", "Empty")]
    pupils = {
        g: [store.add_pupil(g, rng.choice("ABCD") + str(n)) for n in range(rng.randint(0, 4))] for g in groups[:3]
    }
    everyone = [p for ps in pupils.values() for p in ps]
    for n in range(rng.randint(40, 160)):
        clock.now += timedelta(minutes=rng.choice((1, 7, 60 * 20, 60 * 49)))
        if not everyone:
            break
        topic = rng.choice(TOPICS)
        stored = store.record(
            Attempt(
                pupil_id=rng.choice(everyone), spec_code=f"{topic}/L1/s{rng.randint(0, 5)}", topic=topic, level=1,
                prompt="q", expected="1", status=rng.choice(list(Status)), reason="", response="1",
                misconception=rng.choice(MISCONCEPTIONS), supported=rng.random() < 0.2,
                confidence=rng.choice((None, 1, 2, 3)), key=f"k{n}",
            )
        )  # fmt: skip
        if rng.random() < 0.2:
            store.override(stored, rng.choice(list(Status)), rng.choice(("", WITH_HELP, "checked")))
    for pupil in rng.sample(everyone, k=len(everyone) // 4):
        store.archive_pupil(pupil)
    for pupil in rng.sample(everyone, k=len(everyone) // 3):  # some move group, some join a second one
        home = next(g for g, members in pupils.items() if pupil in members)
        other = rng.choice([g for g in groups if g != home])
        with contextlib.suppress(StoreError):  # a pupil of the same name is there already: they stay put
            (store.move_pupil(pupil, home, other) if rng.random() < 0.5 else store.join_group(pupil, other))
    for group, members in pupils.items():
        if members and rng.random() < 0.7:
            marks = [(p, item, rng.randint(0, 2)) for p in members for item in range(1, 4)]
            store.store_paper(group, rng.choice(("baseline", "endpoint")), "p1", "2026-09-08", marks)
    return store


@pytest.mark.parametrize("seed", range(6))
def test_group_progress_agrees_with_the_python_oracle(database, seed):
    with random_school(database, seed) as store:
        for name in ("otters", "OWLS", " Kestrels ", "Empty", "Nobody"):
            try:
                expected = oracle.group_progress(store, name)
            except Exception as refusal:  # the same refusal, word for word
                with pytest.raises(type(refusal)) as found:
                    group_progress(store, name)
                assert str(found.value) == str(refusal)
                continue
            assert group_progress(store, name) == expected


@pytest.mark.parametrize("seed", range(6))
def test_the_school_grid_and_the_roll_up_agree_with_the_python_oracles(database, seed):
    with random_school(database, seed) as store:
        assert school_grid(store) == oracle.school_grid(store)
        try:
            expected = oracle.export_anonymised(store, "School A", SECRET)
        except Exception as refusal:
            with pytest.raises(type(refusal), match="no pupils yet"):
                export_anonymised(store, "School A", SECRET)
        else:
            assert export_anonymised(store, "School A", SECRET) == expected


@pytest.mark.parametrize("seed", range(3))
def test_misconceptions_per_group_and_school_and_revisit_queues_agree_with_counting(database, seed):
    with random_school(database, seed) as store:
        everything = store.find_attempts()
        every_group = [(g["id"], {p["id"] for p in store.find_pupils(g["id"])}) for g in store.find_groups(True)]
        waiting = {p: store.find_revisits(p) for _, current in every_group for p in current}
        with queries.snapshot(store) as db:
            by_group = queries.misconceptions_by_group(db)
            school = queries.misconception_counts(db)
            queues = {g: queries.revisit_queue(db, queries.group_pupils(store, g)) for g, _ in every_group}
        for group, current in every_group:
            counted = Counter(a.attempt.misconception for a in everything if a.attempt.pupil_id in current)
            counted.pop(None, None), counted.pop("", None)
            assert dict(by_group.get(group, ())) == counted
            assert set(queues[group]) == current
            for pupil, (count, oldest) in queues[group].items():
                rows = waiting[pupil]
                assert count == len(rows) and oldest == (rows[0]["first_missed"] if rows else None)
        every = Counter(a.attempt.misconception for a in everything if a.attempt.misconception)
        assert school == tuple(sorted(every.items(), key=lambda kv: (-kv[1], kv[0])))


def test_the_grid_reads_only_the_newest_six_marked_answers_per_pupil_and_topic(database):
    # Ten right then six wrong: the oracle's rule says "not yet", 0 of 6, however many were right before.
    clock = Clock()
    with Store(database, clock=clock) as store:
        pupil = store.add_pupil(store.add_group("Otters"), "Ava")
        for n, status in enumerate([Status.CORRECT] * 10 + [Status.INCORRECT, Status.UNREADABLE] * 6):
            clock.now += timedelta(minutes=1)
            store.record(Attempt(pupil_id=pupil, spec_code=f"t/{n}", topic="time.clocks", level=1, prompt="q",
                                 expected="1", status=status, reason=""))  # fmt: skip
        cell = school_grid(store).cells[(pupil, "time.clocks")]
        assert (cell.right, cell.marked, cell.state) == (0, 6, "not yet")


@pytest.mark.parametrize("seed", range(3))
def test_the_streamed_export_writes_the_stores_own_files_byte_for_byte(database, seed, tmp_path):
    with random_school(database, seed) as store:
        pupil = store.add_pupil(store.find_groups()[0]["id"], "=HYPERLINK(1)")  # a name a spreadsheet would run
        store.record(Attempt(pupil_id=pupil, spec_code="s", topic="time.clocks", level=1, prompt="+1", expected="-5",
                             status=Status.INCORRECT, reason="\\ \t\n", response="@sum"))  # fmt: skip
        store.record(Attempt(pupil_id=pupil, spec_code="t", topic="time.clocks", level=1, prompt='Is 3,456 "big"?\n',
                             expected="", status=Status.CORRECT, reason="a\rb\\", note="é\t"))  # fmt: skip
        expected = {path.name: path.read_bytes() for path in store.export(tmp_path / "old")}
        written = export_tables(store, tmp_path / "new")
        assert {path.name: path.read_bytes() for path in written} == expected
        assert "'=HYPERLINK(1)" in expected["pupils.csv"].decode()
        assert {stat.S_IMODE(path.stat().st_mode) for path in written} == {0o600}
        assert sorted(p.name for p in (tmp_path / "new").iterdir()) == sorted(expected)  # no temporary left
        recorded = {
            Path(row["path"]).name for row in store.find_exports(pupil) if Path(row["path"]).parent.name == "new"
        }
        assert recorded == {f"{table}.csv" for table in NAMING_TABLES}


def test_an_export_that_fails_part_way_leaves_no_file(tmp_path, monkeypatch):
    from ks2practice.reports import data_export

    with Store(tmp_path / "s.sqlite3") as store:
        store.add_pupil(store.add_group("Otters"), "Ava")
        calls = []

        def fail_on_the_third(db, table, handle):
            calls.append(table.name)
            if len(calls) == 3:
                raise OSError("disk full")
            handle.write(b"x")

        monkeypatch.setattr(data_export, "_write_table", fail_on_the_third)
        with pytest.raises(OSError, match="disk full"):
            export_tables(store, tmp_path / "out")
        assert list((tmp_path / "out").iterdir()) == [] and store.find_exports(1) == []


def test_a_group_report_counts_its_current_members_and_a_pupil_who_moved_counts_in_their_new_group(database):
    # Ava answers in Otters, then leaves it for Owls (membership history kept, her answers still hers).
    clock = Clock()
    with Store(database, clock=clock) as store:
        otters, owls = store.add_group("Otters"), store.add_group("Owls")
        ava, ben = store.add_pupil(otters, "Ava"), store.add_pupil(otters, "Ben")
        for n in range(5):
            for pupil in (ava, ben):
                store.record(Attempt(pupil_id=pupil, spec_code=f"t/{n}", topic="time.clocks", level=1, prompt="q",
                                     expected="1", status=Status.CORRECT, reason="",
                                     misconception="smaller_from_larger" if pupil == ava else None))  # fmt: skip
        store.move_pupil(ava, otters, owls)
        left, joined = group_progress(store, "Otters"), group_progress(store, "Owls")
        assert left.pupils == ("Ben",) and left.answers == 5 and left.misconceptions == ()
        assert joined.pupils == ("Ava",) and joined.grid[("Ava", "time.clocks")].state == "secure"
        assert joined.misconceptions == (("smaller_from_larger", 5),)
        with queries.snapshot(store) as db:
            assert dict(queries.misconceptions_by_group(db)) == {owls: (("smaller_from_larger", 5),)}
        assert [(group, pupil) for group, pupil in _members(store)] == [(otters, ben), (owls, ava)]
        assert school_grid(store).pupils == ((ava, "Ava"), (ben, "Ben"))


def _members(store):
    with queries.snapshot(store) as db:
        return queries.every_group_member(db)


def test_a_group_name_two_schools_use_needs_the_school(database):
    with Store(database) as store:
        first = store.add_group("Otters")  # the store's first school, made with its first group
        south = store.add_school("South")
        store.add_pupil(first, "Ava")
        store.add_pupil(store.add_group("Otters", south), "Ben")
        with pytest.raises(ReportError, match="2 schools have a group called 'Otters': say which school"):
            group_progress(store, "otters")
        assert group_progress(store, "otters", school_id=south).pupils == ("Ben",)
        assert [name for _, name in school_grid(store, south).pupils] == ["Ben"]
