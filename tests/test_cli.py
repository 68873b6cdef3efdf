"""Tests for ks2practice.cli: each command's output and exit status, run as a user would."""

import json
import subprocess
import sys

import pytest

from ks2practice.cli import main
from ks2practice.core import registry


def run(*args):
    return subprocess.run([sys.executable, "-m", "ks2practice", *args], capture_output=True, text=True)


@pytest.mark.parametrize("command", [[], ["list"], ["show"], ["solve"], ["mark"]])
def test_help_everywhere(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: ks2practice" in result.stdout


@pytest.mark.parametrize(
    ("expression", "printed"),
    [
        ("3/4 of 60", "45"),
        ("2 1/3 + 1 2/9", "3 5/9"),
        ("15% of 560", "84"),
        ("456 + □ = 1,000", "□ = 544"),
        ("□ ÷ 6 = 1.5", "□ = 9"),
        ("5²", "25"),
        ("7 ÷ 2", "3.5"),
        ("12 × 11 = 132", "true"),
    ],
)
def test_solve_prints_the_exact_answer(expression, printed):
    result = run("solve", expression)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, printed, "")


@pytest.mark.parametrize(
    ("expression", "where"),
    [("3 + ", "at character"), ("(2 + 3", "at character"), ("4 ÷ 0", "zero"), ("9" * 201, "200")],
)
def test_solve_unreadable_exits_2_with_one_line(expression, where):
    result = run("solve", expression)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and where in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "status"),
    [
        (["3/4", "6/8"], 0, "correct"),
        (["3/4", "6/8", "--simplest"], 1, "not_in_form"),
        (["£2.97", "297p"], 0, "correct"),
        (["£2.97", "£297p"], 1, "incorrect"),
        (["1.5", "1500 g", "--unit", "kg"], 0, "correct"),
        (["1.5 kg", "1500 ml"], 1, "wrong_unit"),
        (["84", "eighty"], 1, "unreadable"),
        (["14:05", "2:05 pm"], 0, "correct"),
    ],
)
def test_mark_exit_status_and_json(args, code, status):
    result = run("mark", *args, "--json")
    assert result.returncode == code, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["status"] == status and verdict["reason"]


def test_mark_plain_output_has_status_and_reason():
    result = run("mark", "45", "54")
    assert result.returncode == 1 and result.stdout.startswith("incorrect: ")


def test_mark_unusable_expected_exits_2():
    result = run("mark", "banana", "4")
    assert result.returncode == 2 and "expected answer can't be used" in result.stderr


def test_show_prints_questions_answers_and_variant_codes(capsys):
    topic_id = registry.topics()[0].id
    assert main(["show", topic_id, "--level", "3", "--seed", "7", "--count", "3"]) == 0
    out = capsys.readouterr().out
    assert sum(line.startswith("   Answer: ") for line in out.splitlines()) == 3  # one key per question
    assert f"[{topic_id}/L3/s7]" in out and f"[{topic_id}/L3/s9]" in out


def test_show_same_seed_same_output(capsys):
    topic_id = registry.topics()[-1].id
    main(["show", topic_id, "--seed", "lion", "--count", "2"])
    first = capsys.readouterr().out
    main(["show", topic_id, "--seed", "lion", "--count", "2"])
    assert capsys.readouterr().out == first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope.nothing"], "no topic called"),
        (["show", "calculation", "--level", "9"], "level must"),
        (["show", "calculation.x", "--count", "0"], "no topic called"),
    ],
)
def test_show_errors_are_one_line(args, message):
    result = run(*args)
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_list_shows_objectives_with_covering_topics(capsys):
    assert main(["list", "--year", "5"]) == 0
    out = capsys.readouterr().out
    assert "5F2b" in out and "objectives have topics" in out
    entry = next(t for t in registry.topics() if any(c.startswith("5") for c in t.codes))
    assert entry.id in out


def test_list_topics(capsys):
    assert main(["list", "--topics"]) == 0
    out = capsys.readouterr().out
    assert all(entry.id in out for entry in registry.topics())


def test_show_in_another_picture_and_save_it(tmp_path, capsys):
    args = ["show", "calculation.mental_add_subtract", "--level", "1", "--seed", "4"]
    assert main([*args, "--representation", "part_whole", "--pictures", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Picture (part_whole): " in out
    (saved,) = tmp_path.glob("*.svg")
    assert saved.name == "calculation.mental_add_subtract_L1_s4_part_whole.svg"
    assert saved.read_text().startswith("<svg")


def test_show_unsuitable_picture_lists_the_suitable_ones():
    result = run("show", "calculation.mental_add_subtract", "--representation", "pie_chart")
    assert result.returncode == 2 and "suitable pictures: bar_model" in result.stderr


def test_show_pictures_into_an_unwritable_place_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("show", "calculation.mental_add_subtract", "--level", "1", "--pictures", str(blocker / "sub"))
    assert result.returncode == 2 and "can't save pictures" in result.stderr and result.stderr.count("\n") == 1


def test_data_export_and_erase_a_pupil(tmp_path):
    from ks2practice.core.model import Attempt, Status
    from ks2practice.store import Store

    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        group = store.add_group("Otters")
        ava, ben = store.add_pupil(group, "Ava"), store.add_pupil(group, "Ben")
        for pupil in (ava, ava, ben):
            store.record(Attempt(pupil, "c.x/L2/s1", "c.x", 2, "1 + 1", "2", Status.CORRECT, "Yes!", "2"))
    assert main(["data", "--store", str(path), "export", str(tmp_path / "out")]) == 0
    assert "Ava" in (tmp_path / "out" / "pupils.csv").read_text()
    assert main(["data", "--store", str(path), "erase", "Ava", "--group", "otters"]) == 1  # asks for --yes
    with Store(path) as store:
        assert len(store.find_attempts()) == 3
    assert main(["data", "--store", str(path), "erase", "Ava", "--group", "Otters", "--yes"]) == 0
    with Store(path) as store:
        assert [a.attempt.pupil_id for a in store.find_attempts()] == [ben]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["erase", "Zed", "--group", "Otters"], "no group called"), (["export", "/proc/nope/out"], "data:")],
)
def test_data_errors_are_one_line(tmp_path, args, message):
    result = run("data", "--store", str(tmp_path / "s.sqlite3"), *args)
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1
