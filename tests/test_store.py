"""Tests for ks2practice.store: durable commits, overrides, erasure, export, migrations, crashes and concurrency."""

import csv
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from stores import sql

from ks2practice.core.model import Attempt, Status
from ks2practice.store import MIGRATIONS, PaperExists, PupilGone, Store, StoreError, default_path
from ks2practice.store.migrate import NEWEST


def attempt(pupil_id, n=1, **changes):
    fields = dict(
        pupil_id=pupil_id,
        spec_code=f"calculation.x/L2/s{n}",
        topic="calculation.x",
        level=2,
        prompt=f"{n} + {n}",
        expected=str(2 * n),
        status=Status.CORRECT,
        reason="Yes!",
        response=str(2 * n),
    )
    return Attempt(**(fields | changes))


@pytest.fixture
def store(database):
    """A store on each engine: SQLite in memory, and a new PostgreSQL database."""
    target = ":memory:" if isinstance(database, Path) else database
    with Store(target, clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) as opened:
        yield opened


@pytest.fixture
def group(store):
    group_id = store.add_group("Otters")
    return group_id, [store.add_pupil(group_id, name) for name in ("Ava", "Ben", "Cai")]


def test_groups_and_pupils_add_rename_archive(store, group):
    group_id, (ava, ben, _) = group
    store.rename_pupil(ben, "  Benji   B ")
    store.archive_pupil(ava)
    names = [row["name"] for row in store.find_pupils(group_id)]
    assert names == ["Benji B", "Cai"]
    assert len(store.find_pupils(group_id, include_archived=True)) == 3


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda s, g, p: s.add_group("otters"), "already a group"),
        (lambda s, g, p: s.add_pupil(g, "ava"), None),
        (lambda s, g, p: s.add_pupil(g, "   "), "please type a name"),
        (lambda s, g, p: s.add_pupil(g, "x" * 41), "at most 40"),
        (lambda s, g, p: s.add_pupil(999, "Dee"), "no group"),
        (lambda s, g, p: s.record(attempt(999)), "no longer in the store"),
        (lambda s, g, p: s.override(999, "correct"), "no longer in the store"),
    ],
)
def test_refusals_are_clear(store, group, action, message):
    group_id, pupils = group
    if message is None:  # names are case-sensitive within a group: "ava" is a different pseudonym from "Ava"
        assert action(store, group_id, pupils)
        return
    with pytest.raises(StoreError, match=message):
        action(store, group_id, pupils)


def test_record_and_override_keep_both_verdicts(store, group):
    _, (ava, *_) = group
    attempt_id = store.record(attempt(ava, response="5", status=Status.INCORRECT, reason="Not quite"))
    store.override(attempt_id, Status.CORRECT, "said 'four' aloud, typed 5 by mistake")
    (stored,) = store.find_attempts(pupil_id=ava)
    assert stored.attempt.status is Status.INCORRECT
    assert stored.override_status is Status.CORRECT and stored.final_status is Status.CORRECT
    assert stored.recorded == "2026-11-23T09:00:00+00:00"


def test_double_click_with_the_same_key_is_stored_once(store, group):
    _, (ava, *_) = group
    first = store.record(attempt(ava, key="session1-q3-ava"))
    second = store.record(attempt(ava, key="session1-q3-ava"))
    assert first == second and len(store.find_attempts(pupil_id=ava)) == 1


def test_erase_pupil_removes_every_row_naming_them(database, tmp_path):
    with Store(database) as store:
        group_id = store.add_group("Kestrels")
        zara, yus = store.add_pupil(group_id, "Zaraqueen"), store.add_pupil(group_id, "Yus")
        for n in range(5):
            store.record(attempt(zara, n))
        store.record(attempt(yus))
        assert store.erase_pupil(zara) == 5
        assert [a.attempt.pupil_id for a in store.find_attempts()] == [yus]
        export = store.export(tmp_path / "export")
    if isinstance(database, Path):  # PostgreSQL's own files are the server's (README: "A school database")
        assert b"Zaraqueen" not in database.read_bytes()
    assert all("Zaraqueen" not in f.read_text() for f in export)


def test_export_writes_every_table_as_csv(store, group, tmp_path):
    _, (ava, ben, _) = group
    store.record(attempt(ava))
    store.record(attempt(ben, 2, status=Status.MISCONCEPTION, misconception="smaller_from_larger"))
    files = {f.name: f for f in store.export(tmp_path)}
    assert set(files) == {
        "schools.csv", "staff.csv", "classes.csv", "groups.csv", "group_staff.csv", "pupils.csv",
        "group_members.csv", "sessions.csv", "attempts.csv", "revisits.csv", "assessments.csv", "item_marks.csv",
    }  # fmt: skip
    naming = {Path(row["path"]).name for row in store.find_exports(ava)}
    assert naming == {"pupils.csv", "group_members.csv", "attempts.csv", "revisits.csv", "item_marks.csv"}
    assert [r["pupil_id"] for r in csv.DictReader(files["group_members.csv"].open())] == [str(ava), str(ben), "3"]
    rows = list(csv.DictReader(files["attempts.csv"].open()))
    assert [r["auto_status"] for r in rows] == ["correct", "misconception"]
    assert rows[1]["misconception"] == "smaller_from_larger"


def test_file_is_private_and_outside_the_repo_by_default(tmp_path, monkeypatch):
    monkeypatch.setenv("KS2PRACTICE_DATA", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "ks2practice.sqlite3"
    Store().close()
    assert stat.S_IMODE(os.stat(default_path()).st_mode) == 0o600
    monkeypatch.delenv("KS2PRACTICE_DATA")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "ks2practice" / "ks2practice.sqlite3"


def test_a_store_from_a_newer_ks2practice_is_refused_on_either_engine(database):
    with Store(database) as store:
        sql(store, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match=r"newer ks2practice \(schema 9999\)"):
        Store(database)


def test_migrations_set_the_version_and_refuse_a_newer_file(tmp_path):
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        assert store.version == NEWEST
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {NEWEST + 1}")
    with pytest.raises(StoreError, match="newer ks2practice"):
        Store(path)


def test_a_version_1_file_gains_the_assessment_tables_and_keeps_its_attempts(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:
        for statement in filter(str.strip, MIGRATIONS[0].split(";")):
            raw.execute(statement)
        raw.execute("INSERT INTO groups (name, created) VALUES ('Owls', '2026-01-01')")
        raw.execute("PRAGMA user_version = 1")
    with Store(path) as store:
        assert store.version == NEWEST
        group_id = store.find_groups()[0]["id"]
        assert store.find_assessments(group_id) == []


def test_item_marks_are_kept_per_pupil_and_item_and_can_be_corrected(store, group):
    group_id, (ava, ben, _) = group
    baseline = store.add_assessment(group_id, "baseline", "paper-arithmetic/s1", "2026-09-15")
    with pytest.raises(StoreError, match="already has a baseline"):
        store.add_assessment(group_id, "baseline", "paper-arithmetic/s2", "2026-09-16")
    with pytest.raises(StoreError, match="a 'baseline', a 'midpoint' or an 'endpoint'"):
        store.add_assessment(group_id, "final", "paper-arithmetic/s2", "2026-09-16")
    midpoint = store.add_assessment(group_id, "midpoint", "paper-arithmetic/s2", "2026-12-01")
    assert midpoint != baseline
    store.record_item_mark(baseline, ava, 1, 1)
    store.record_item_mark(baseline, ava, 19, 2)
    store.record_item_mark(baseline, ben, 1, 0)
    store.record_item_mark(baseline, ava, 19, 1)  # corrected
    marks = [(r["pupil_id"], r["item"], r["marks"]) for r in store.find_item_marks(baseline)]
    assert marks == [(ava, 1, 1), (ava, 19, 1), (ben, 1, 0)]
    store.erase_pupil(ava)
    assert [(r["pupil_id"], r["item"]) for r in store.find_item_marks(baseline)] == [(ben, 1)]


def test_reopening_keeps_everything(database):
    path = database
    with Store(path) as store:
        group_id = store.add_group("Owls")
        pupil = store.add_pupil(group_id, "Ola")
        store.record(attempt(pupil))
    with Store(path) as again:
        assert len(again.find_attempts(pupil_id=pupil)) == 1 and again.version == NEWEST


_WRITER = textwrap.dedent(
    """
    import sys
    from ks2practice.core.model import Attempt, Status
    from ks2practice.store import Store
    path, pupil, start, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    store = Store(path)
    for n in range(start, start + count):
        store.record(Attempt(pupil_id=pupil, spec_code=f"c/L2/s{n}", topic="c.x", level=2, prompt=str(n),
                             expected=str(n), status=Status.CORRECT, reason="ok", response=str(n), key=f"k{n}"))
        print(n, flush=True)
    """
)


def test_killed_mid_session_loses_nothing_already_recorded(database):
    path = database
    with Store(path) as store:
        pupil = store.add_pupil(store.add_group("Foxes"), "Fin")
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(pupil), "0", "100000"], stdout=subprocess.PIPE, text=True
    )
    confirmed = [int(writer.stdout.readline()) for _ in range(60)]  # each printed only after its commit returned
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Store(path) as store:
        stored = {int(a.attempt.prompt) for a in store.find_attempts(pupil_id=pupil)}
    assert set(confirmed) <= stored


def test_two_writers_at_once_lose_nothing(database):
    path = database
    with Store(path) as store:
        group_id = store.add_group("Badgers")
        pupils = [store.add_pupil(group_id, "Bo"), store.add_pupil(group_id, "Bea")]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(p), str(start), "150"], stdout=subprocess.DEVNULL
        )
        for p, start in zip(pupils, (0, 1000), strict=True)
    ]
    deadline = time.monotonic() + 120
    for writer in writers:
        assert writer.wait(timeout=max(1, deadline - time.monotonic())) == 0
    with Store(path) as store:
        assert len(store.find_attempts(pupil_id=pupils[0])) == 150
        assert len(store.find_attempts(pupil_id=pupils[1])) == 150


def test_a_second_end_point_is_refused_in_plain_english(store, group):
    group_id, _ = group
    store.add_assessment(group_id, "endpoint", "paper-arithmetic/s1", "2026-12-01")
    with pytest.raises(StoreError, match=r"already has an end-point paper$"):
        store.add_assessment(group_id, "endpoint", "paper-arithmetic/s2", "2026-12-02")


def test_a_whole_paper_is_stored_at_once_and_replaced_only_when_asked(store, group):
    group_id, (ava, ben, _) = group
    first = store.store_paper(group_id, "baseline", "p1", "2026-09-15", [(ava, 1, 1), (ben, 1, 0)])
    with pytest.raises(PaperExists, match=r"a baseline paper \(sat 2026-09-15\)"):
        store.store_paper(group_id, "baseline", "p2", "2026-09-16", [(ava, 1, 0)])
    assert [tuple(r)[:4] for r in store.find_item_marks(first)] == [(first, ava, 1, 1), (first, ben, 1, 0)]
    # A failing row (no such pupil) leaves the stored paper exactly as it was.
    with pytest.raises(sa.exc.IntegrityError):
        store.store_paper(group_id, "baseline", "p2", "2026-09-16", [(ava, 1, 0), (99_999, 1, 1)], replace=True)
    assert store.find_assessments(group_id)[0]["taken"] == "2026-09-15"
    assert len(store.find_item_marks(first)) == 2
    again = store.store_paper(group_id, "baseline", "p2", "2026-09-16", [(ava, 2, 1)], replace=True)
    assert again == first and store.find_assessments(group_id)[0]["paper"] == "p2"
    assert [(r["pupil_id"], r["item"], r["marks"]) for r in store.find_item_marks(first)] == [(ava, 2, 1)]


def test_export_is_the_same_csv_from_either_engine(postgres_server, tmp_path):
    """The same answers, stored in SQLite and in PostgreSQL, export to the same bytes, file by file."""
    exported = {}
    with postgres_server.database() as url:
        for name, target in (("sqlite", tmp_path / "s.sqlite3"), ("postgresql", url)):
            with Store(target, clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC)) as store:
                otters, kestrels = store.add_group("otters"), store.add_group("Kestrels")
                ava, ben = store.add_pupil(otters, "Ava"), store.add_pupil(otters, "ben")
                dee = store.add_pupil(kestrels, 'Dée, "the" =1+1')  # quoting, and a formula kept as text
                session = store.start_session(otters, "calculation.x", 2, "class", 20)
                for n, pupil in enumerate((ava, ben, dee, ava, ben)):
                    wrong = attempt(pupil, n % 2, status=Status.INCORRECT, response=None, session_id=session)
                    answer = store.record(attempt(pupil, n % 3, key=f"k{n}") if n % 2 else wrong)
                store.override(answer, Status.INCORRECT, "changed by the adult")
                store.annotate(answer, confidence=2, note="said 'four'")
                store.store_paper(otters, "baseline", "p1", "2026-09-15", [(ben, 2, 1), (ava, 1, 1), (ava, 3, 0)])
                exported[name] = {f.name: f.read_bytes() for f in store.export(tmp_path / name)}
    assert exported["sqlite"] == exported["postgresql"]
    assert exported["sqlite"]["groups.csv"].decode().splitlines()[1:] == [
        "1,otters,0,2026-11-23T09:00:00+00:00,1", "2,Kestrels,0,2026-11-23T09:00:00+00:00,1",
    ]  # fmt: skip


def test_group_names_are_unique_without_case_and_listed_alike_on_either_engine(store):
    for name in ("otters", "Badgers", "ants", "Zebras"):
        store.add_group(name)
    with pytest.raises(StoreError, match="already a group"):
        store.add_group("OTTERS")
    assert [g["name"] for g in store.find_groups()] == ["ants", "Badgers", "otters", "Zebras"]
    group = store.find_groups()[0]["id"]
    for name in ("bo", "Ava", "Émile", "al"):
        store.add_pupil(group, name)
    assert [p["name"] for p in store.find_pupils(group)] == ["Ava", "al", "bo", "Émile"]  # code-point order


def test_two_windows_recording_one_pupils_question_at_once_count_every_miss_once(database):
    with Store(database) as store:
        pupil = store.add_pupil(store.add_group("Otters"), "Ava")
    start = threading.Barrier(2)

    def window(number):
        with Store(database) as own:
            start.wait()
            for n in range(40):
                own.record(attempt(pupil, 1, status=Status.INCORRECT, response=f"{number}-{n}"))

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(window, range(2)))
    with Store(database) as store:
        (row,) = store.find_revisits(pupil)
        assert row["times_missed"] == 80 == len(store.find_attempts(pupil_id=pupil))


def test_an_erase_crossing_an_answer_being_saved_leaves_nothing_of_the_pupil(database):
    with Store(database) as store:
        pupil = store.add_pupil(store.add_group("Otters"), "Ava")
        store.record(attempt(pupil, 0))
    refused, recording = [], threading.Event()

    def recorder():
        with Store(database) as own:
            for n in range(1, 100_000):  # until the erase lands
                if n == 20:
                    recording.set()
                try:
                    own.record(attempt(pupil, n))
                except PupilGone:
                    refused.append(n)
                    return

    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(recorder)
        assert recording.wait(60)
        with Store(database) as store:
            assert store.erase(pupil, wait=0).attempts >= 1
        running.result()
    with Store(database) as store:
        assert store.find_attempts(pupil_id=pupil) == [] and store.find_revisits(pupil) == []
    assert refused  # the recorder was told, and stopped
