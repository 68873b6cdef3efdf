"""Tests for ks2practice.store.merge and `ks2practice data merge`: a laptop's records into the school database."""

import csv
import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from stores import sql

from ks2practice.cli import main
from ks2practice.core.model import Attempt, Status
from ks2practice.store import Store, StoreError
from ks2practice.store import merge as merging
from ks2practice.store.merge import COUNTED, merged_key

# Written by main's own Store (schema 3): groups Otters and Kestrels, pupils Ava, Ben, Cai (archived) and Dee, an
# erased pupil, two sessions, answers with overrides, a baseline paper with marks, the revisit queue it kept.
MAIN_STORE = Path(__file__).parent / "data" / "store-v3-main.sqlite3"
TABLES = {name: table.name for name, table in COUNTED.items()}


def files_of(path):
    """Every byte of the store and its side files, to show the laptop was left untouched."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))}


@pytest.fixture
def laptop(tmp_path):
    """main's store with two more answers recorded before answers had keys (keyless, as the oldest stores have);
    both right first time, so the revisit queue main kept stays as it is."""
    path = tmp_path / "laptop" / "ks2practice.sqlite3"
    path.parent.mkdir()
    shutil.copy(MAIN_STORE, path)
    raw = sqlite3.connect(path)
    with raw:
        raw.executemany(
            "INSERT INTO attempts (session_id, pupil_id, spec_code, topic, level, prompt, expected, response,"
            " auto_status, auto_reason, recorded) VALUES (NULL, 4, ?, 'c', 2, 'p', '4', '4', 'correct', 'Yes', ?)",
            [("c/L2/s8", "2026-09-08T10:00:00+00:00"), ("c/L2/s9", "2026-09-08T10:01:00+00:00")],
        )
    raw.close()
    return path


def counted(target):
    with Store(target) as store:
        return {name: sql(store, f"SELECT COUNT(*) FROM {table}")[0][0] for name, table in TABLES.items()}


def laptop_counts(path):
    with closing(sqlite3.connect(path)) as raw:  # closed: no -wal or -shm of the test's own left beside it
        return {name: raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for name, table in TABLES.items()}


def merge(laptop, into, *args):
    return main(["data", "merge", str(laptop), "--into", str(into), *args])


def test_a_laptop_merges_into_an_empty_school_database_whole_and_a_second_run_adds_nothing(laptop, database, capsys):
    untouched, on_laptop = files_of(laptop), laptop_counts(laptop)
    assert on_laptop == {"answers": 11, "revisits": 5, "sessions": 2, "papers": 1, "item marks": 4}
    assert merge(laptop, database) == 0
    out = capsys.readouterr().out
    assert counted(database) == on_laptop  # nothing lost
    assert "answers           11              0      11            11" in out and "is unchanged" in out
    with Store(database) as school:
        (group,) = [g for g in school.find_groups() if g["name"] == "Otters"]
        assert [p["name"] for p in school.find_pupils(group["id"], include_archived=True)] == ["Ava", "Ben", "Cai"]
        ava = school.find_pupils(group["id"])[0]["id"]
        with closing(sqlite3.connect(laptop)) as raw:
            queued = sorted(r[0] for r in raw.execute("SELECT spec_code FROM revisits WHERE pupil_id = 1"))
        assert sorted(r["spec_code"] for r in school.find_revisits(ava)) == queued
        keys = sql(school, "SELECT key FROM attempts ORDER BY id")
        assert all(key.startswith("laptop-") for (key,) in keys) and len(set(keys)) == 11
    assert merge(laptop, database) == 0  # again: everything is already there
    out = capsys.readouterr().out
    assert counted(database) == on_laptop
    assert "answers           11             11       0            11" in out and "(merged before)" in out
    assert files_of(laptop) == untouched


def test_a_keyless_answer_gets_a_key_from_the_laptop_and_its_own_id(laptop, tmp_path):
    school = tmp_path / "school.sqlite3"
    assert merge(laptop, school) == 0
    with closing(sqlite3.connect(laptop)) as raw:
        raw.row_factory = sqlite3.Row
        (row,) = raw.execute("SELECT * FROM attempts WHERE key IS NULL AND spec_code = 'c/L2/s8'").fetchall()
    key = merged_key(sql(Store(school), "SELECT source FROM merges")[0][0], SimpleNamespace(**dict(row)))
    assert key.endswith(f"/a{row['id']}@2026-09-08T10:00:00+00:00")
    assert sql(Store(school), "SELECT prompt FROM attempts WHERE key = :k", {"k": key}) == [("p",)]


def school_with_an_ava(target):
    """A school database already holding a Year 5 Ava in its own Otters group, with one answer."""
    with Store(target) as school:
        hill = school.add_school("Hill Top")
        otters = school.add_group("Otters", hill)
        ava = school.add_pupil(otters, "Ava", year=5)
        school.record(Attempt(ava, "c/L2/s1", "c", 2, "1 + 1", "2", Status.CORRECT, "Yes", key="school-1"))
        return otters, ava


def test_a_name_clash_the_ta_declines_becomes_a_new_pupil_and_nothing_is_matched_silently(
    laptop, database, capsys, monkeypatch
):
    otters, school_ava = school_with_an_ava(database)
    before = counted(database)
    asked = []
    replies = iter([str(otters), "new"])  # the laptop's Otters is the school's; its Ava is someone else

    def ask(prompt):
        asked.append(capsys.readouterr().out)
        return next(replies)

    monkeypatch.setattr("builtins.input", ask)
    assert merge(laptop, database, "--school", "hill-top") == 0
    assert "group Otters has the same name as:" in asked[0] and f"{otters}: group Otters" in asked[0]
    assert "pupil Ava (Otters) has the same name as:" in asked[1]
    assert f"{school_ava}: pupil Ava (id {school_ava}, Year 5, in Otters)" in asked[1]
    assert len(asked) == 2  # Ben, Cai, Dee and Kestrels have no one of their name: new, without asking
    out = capsys.readouterr().out
    assert "Note: Ava from the laptop is called 'Ava (2)' here: another Ava is in that group" in out
    after = counted(database)
    assert {name: after[name] - before[name] for name in after} == laptop_counts(laptop)
    with Store(database) as school:
        names = [p["name"] for p in school.find_pupils(otters, include_archived=True)]
        assert names == ["Ava", "Ava (2)", "Ben", "Cai"]
        assert len(school.find_attempts(pupil_id=school_ava)) == 1  # the school's Ava kept only her own answer
    monkeypatch.setattr("builtins.input", lambda prompt: pytest.fail("asked again"))
    assert merge(laptop, database, "--school", "hill-top") == 0  # remembered: nothing asked, nothing added
    assert counted(database) == after


def merged_confirming_ava(laptop, school, monkeypatch):
    """A school with its own Ava in Otters, and the laptop merged in with the TA confirming both matches."""
    otters, school_ava = school_with_an_ava(school)
    replies = iter([str(otters), str(school_ava)])
    monkeypatch.setattr("builtins.input", lambda prompt: next(replies))
    assert merge(laptop, school) == 0
    return otters, school_ava


def test_a_match_the_ta_confirms_puts_the_laptops_answers_on_the_schools_pupil(laptop, tmp_path, monkeypatch):
    school = tmp_path / "school.sqlite3"
    otters, school_ava = merged_confirming_ava(laptop, school, monkeypatch)
    with Store(school) as merged:
        assert len(merged.find_attempts(pupil_id=school_ava)) == 1 + 3  # her own, and the laptop Ava's three
        assert [p["name"] for p in merged.find_pupils(otters)] == ["Ava", "Ben"]


def test_a_plan_file_is_written_edited_and_followed_and_a_second_run_adds_nothing(laptop, database, tmp_path, capsys):
    otters, school_ava = school_with_an_ava(database)
    plan = tmp_path / "plan.csv"
    before = counted(database)
    assert merge(laptop, database, "--plan", str(plan)) == 1  # a dry run: the plan, nothing merged
    assert counted(database) == before and oct(plan.stat().st_mode)[-3:] == "600"
    assert "run again with --yes-to-plan" in capsys.readouterr().out
    with open(plan, newline="") as handle:
        rows = list(csv.DictReader(handle))
    undecided = [(r["kind"], r["laptop_name"]) for r in rows if not r["into"]]
    assert undecided == [("group", "Otters"), ("pupil", "Ava")]
    with Store(database) as school:  # the plan names the school's Ava: erasing her would list it
        assert [Path(r["path"]).name for r in school.find_exports(school_ava)] == ["plan.csv"]
    assert merge(laptop, database, "--plan", str(plan)) == 2  # there already: never written over
    assert merge(laptop, database, "--plan", str(plan), "--yes-to-plan") == 2  # still undecided rows
    assert "does not say where the laptop's group Otters goes" in capsys.readouterr().err
    for row in rows:
        if not row["into"]:
            row["into"] = str(otters) if row["kind"] == "group" else "new"
    with open(plan, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert merge(laptop, database, "--plan", str(plan), "--yes-to-plan") == 0
    after = counted(database)
    assert {name: after[name] - before[name] for name in after} == laptop_counts(laptop)
    assert merge(laptop, database, "--plan", str(plan), "--yes-to-plan") == 0
    assert counted(database) == after


def test_a_plan_answer_that_is_not_a_candidate_is_refused_and_nothing_is_written(laptop, tmp_path, capsys):
    school = tmp_path / "school.sqlite3"
    school_with_an_ava(school)
    plan = tmp_path / "plan.csv"
    merge(laptop, school, "--plan", str(plan))
    lines = plan.read_text().splitlines()
    lines = [line + ("new" if line.startswith("group,1,") else "999" if line.startswith("pupil,1,") else "")
             if line.endswith(",") else line for line in lines]  # fmt: skip
    plan.write_text("\n".join(lines) + "\n")
    before = counted(school)
    assert merge(laptop, school, "--plan", str(plan), "--yes-to-plan") == 2
    assert "already has a group called 'Otters'" in capsys.readouterr().err
    assert counted(school) == before


def test_the_laptop_store_and_the_school_database_must_differ(laptop, capsys):
    assert merge(laptop, laptop) == 2
    assert "the same file" in capsys.readouterr().err
    assert merge(laptop.parent / "missing.sqlite3", laptop.parent / "school.sqlite3") == 2
    assert "there is no laptop store at" in capsys.readouterr().err


def ticking_clock(start=datetime(2026, 9, 7, 9, 0, tzinfo=UTC)):
    moments = (start + timedelta(minutes=n) for n in range(10**6))
    return lambda: next(moments)


def test_a_pupil_who_moved_on_the_laptop_keeps_their_history_and_past_sessions_list_them(tmp_path, database):
    path = tmp_path / "laptop.sqlite3"
    with Store(path, clock=ticking_clock()) as laptop:
        otters, kestrels = laptop.add_group("Otters"), laptop.add_group("Kestrels")
        ava = laptop.add_pupil(otters, "Ava")
        session = laptop.start_session(otters, "c", 2, "group", 20)
        laptop.record(Attempt(ava, "c/L2/s1", "c", 2, "1 + 1", "2", Status.INCORRECT, "No", session_id=session,
                              key=f"{session}-1-{ava}"))  # fmt: skip
        laptop.move_pupil(ava, otters, kestrels)
    assert merge(path, database) == 0
    with Store(database) as school:
        groups = {g["name"]: g["id"] for g in school.find_groups()}
        (pupil,) = school.find_pupils(groups["Kestrels"])
        history = [(g["name"], g["left"] is None) for g in school.pupil_groups(pupil["id"])]
        assert history == [("Otters", False), ("Kestrels", True)]
        (past,) = school.find_sessions(groups["Otters"])
        assert [p["name"] for p in school.find_pupils(groups["Otters"], at=past["started"])] == ["Ava"]
        assert [a.attempt.session_id for a in school.find_attempts(pupil_id=pupil["id"])] == [past["id"]]
        assert len(school.find_revisits(pupil["id"])) == 1


def test_a_merge_that_fails_part_way_writes_nothing(laptop, tmp_path, monkeypatch, capsys):
    school = tmp_path / "school.sqlite3"
    Store(school).close()
    before = counted(school)

    def broken(self):
        raise StoreError("the disk filled up")  # after groups, pupils, sessions and answers were written

    monkeypatch.setattr(merging.Writer, "_papers", broken)
    assert merge(laptop, school) == 2
    assert "the disk filled up" in capsys.readouterr().err
    assert counted(school) == before
    assert sql(Store(school), "SELECT COUNT(*) FROM pupils UNION ALL SELECT COUNT(*) FROM merges") == [(0,), (0,)]


def test_a_copy_of_a_merged_laptop_with_other_sessions_is_refused(laptop, tmp_path, capsys):
    school = tmp_path / "school.sqlite3"
    assert merge(laptop, school) == 0
    copy = tmp_path / "copy.sqlite3"  # the same first group (cloned), but its own sessions since
    shutil.copy(laptop, copy)
    with closing(sqlite3.connect(copy)) as raw:
        raw.execute("UPDATE sessions SET started = '2027-01-01T09:00:00+00:00' WHERE id = 1")
        raw.commit()
    before = counted(school)
    assert merge(copy, school) == 2
    assert "looks like a copy of another one already merged" in capsys.readouterr().err
    assert counted(school) == before


def test_a_pupil_erased_from_the_school_is_asked_about_again_on_the_next_merge(laptop, tmp_path, monkeypatch):
    school = tmp_path / "school.sqlite3"
    otters, school_ava = merged_confirming_ava(laptop, school, monkeypatch)
    with Store(school) as merged:
        merged.erase(school_ava)
        assert sql(merged, "SELECT COUNT(*) FROM merged_ids WHERE kind = 'pupil' AND to_id = :id",
                   {"id": school_ava}) == [(0,)]  # fmt: skip
    monkeypatch.setattr("builtins.input", lambda prompt: pytest.fail("nobody of that name is left to ask about"))
    assert merge(laptop, school) == 0  # the laptop's Ava comes back as a new pupil, with her answers
    with Store(school) as merged:
        (ava,) = [p for p in merged.find_pupils(otters) if p["name"] == "Ava"]
        assert ava["id"] != school_ava and len(merged.find_attempts(pupil_id=ava["id"])) == 3


def test_answers_still_in_the_laptops_write_ahead_log_are_merged_too(tmp_path):
    path = tmp_path / "laptop.sqlite3"
    with Store(path) as app:  # the app still open: its last answers are in the -wal, not yet in the file
        ava = app.add_pupil(app.add_group("Otters"), "Ava")
        app.record(Attempt(ava, "c/L2/s1", "c", 2, "1 + 1", "2", Status.CORRECT, "Yes", key="k1"))
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        untouched = files_of(path)
        assert merge(path, tmp_path / "school.sqlite3") == 0
        assert files_of(path) == untouched
    with Store(tmp_path / "school.sqlite3") as school:
        assert [a.attempt.prompt for a in school.find_attempts()] == ["1 + 1"]


def test_a_damaged_laptop_store_is_refused_in_one_line_and_left_as_it_was(tmp_path, capsys):
    path = tmp_path / "laptop.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    untouched = files_of(path)
    assert merge(path, tmp_path / "school.sqlite3") == 2
    err = capsys.readouterr().err
    assert "can't be read: it is damaged, or the app was writing to it" in err and err.count("\n") == 1
    assert files_of(path) == untouched
    assert [p.name for p in tmp_path.iterdir()] == ["laptop.sqlite3"]  # no school file made for nothing


def test_with_no_one_to_answer_the_questions_nothing_is_merged(laptop, tmp_path, monkeypatch, capsys):
    school = tmp_path / "school.sqlite3"
    school_with_an_ava(school)
    before = counted(school)

    def no_answer(prompt):
        raise EOFError  # run from a script with nothing on standard input

    monkeypatch.setattr("builtins.input", no_answer)
    assert merge(laptop, school) == 2
    assert "no answer was typed, so nothing was merged; --plan FILE" in capsys.readouterr().err
    assert counted(school) == before


def test_a_membership_the_school_ended_after_a_merge_is_not_brought_back_by_the_next(laptop, tmp_path):
    school = tmp_path / "school.sqlite3"
    assert merge(laptop, school) == 0
    with Store(school) as merged:
        otters = next(g["id"] for g in merged.find_groups() if g["name"] == "Otters")
        ben = next(p["id"] for p in merged.find_pupils(otters) if p["name"] == "Ben")
        merged.leave_group(ben, otters)
        members = sql(merged, "SELECT COUNT(*) FROM group_members")
    assert merge(laptop, school) == 0
    with Store(school) as merged:
        assert [p["name"] for p in merged.find_pupils(otters)] == ["Ava"]
        assert sql(merged, "SELECT COUNT(*) FROM group_members") == members
