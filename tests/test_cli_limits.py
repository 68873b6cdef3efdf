"""Inputs no teacher means to give are refused at once: one line on stderr, exit status 2, no traceback, no file.

Each command is run as a user runs it (a new process), with a generous bound on the time it takes: the point is that
nothing huge is built or read before the refusal, not a speed target.
"""

import json
import subprocess
import sys
import time

import pytest

from ks2practice.core.seeds import parse_seed

BOUND_SECONDS = 5


def run(*args, cwd=None):
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "ks2practice", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60
    )
    return result, time.perf_counter() - started


def refused(result, seconds, *words):
    assert result.returncode == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert all(word in result.stderr for word in words), result.stderr
    assert seconds < BOUND_SECONDS, seconds


@pytest.mark.parametrize("seed", ["²", "١٢", "x" * 101, "lion/7"])
@pytest.mark.parametrize(
    "command",
    [
        ["show", "calculation.column_addition"],
        ["vary", "calculation.column_addition"],
        ["worksheet", "--objective", "4C7"],
        ["paper", "arithmetic"],
        ["plan", "--objective", "4C7"],
    ],
)
def test_a_seed_that_is_not_a_plain_number_or_word_is_refused(tmp_path, command, seed):
    output = ["-o", tmp_path / "x.pdf"] if command[0] in ("worksheet", "paper", "plan") else []
    result, seconds = run(*command, "--seed", seed, *output)
    refused(result, seconds, "seed")
    assert list(tmp_path.iterdir()) == []


def test_seeds_are_read_one_way_everywhere():
    assert parse_seed("7") == 7 and parse_seed("-3") == -3 and parse_seed(" 12 ") == 12
    assert parse_seed("lion") == "lion" and parse_seed("lion.3") == "lion.3" and parse_seed("-5.2") == "-5.2"
    assert parse_seed("9" * 100) == int("9" * 100)
    for bad in ("²", "١٢", "٣", "7²", "x" * 101, "a b", "a|b", "a/b", "", "  "):
        with pytest.raises(ValueError, match="seed"):
            parse_seed(bad)


def test_a_word_seed_still_makes_questions():
    result, _ = run("show", "calculation.column_addition", "--seed", "lion", "--count", "2")
    assert result.returncode == 0 and "/slion-1]" in result.stdout and "/slion-2]" in result.stdout


@pytest.mark.parametrize("required", ["1e9999999", "9" * 5000, "1/3", "101", "-1", "50.1234567", "²", "nan"])
def test_coverage_refuses_anything_but_a_plain_percentage_at_once(required):
    result, seconds = run("coverage", "--require", required)
    refused(result, seconds, "--require")


def test_rollup_compare_refuses_huge_or_deeply_nested_files_at_once(tmp_path):
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({"format": "ks2practice-rollup", "pad": "x" * 5_100_000}), encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for path, words in ((huge, ("huge.json", "larger than 5 MB")), (deep, ("deep.json", "nests too deeply"))):
        result, seconds = run("rollup", "compare", path, "-o", tmp_path / "t.pdf")
        refused(result, seconds, *words)
    assert not (tmp_path / "t.pdf").exists()


def test_a_class_list_over_1_mb_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "class.csv"
    big.write_text("name,tier\n" + "Amir,1\n" * 200_000, encoding="utf-8")
    result, seconds = run("pack", "--pupils", big, "--objective", "4C7", "-o", tmp_path / "p.pdf")
    refused(result, seconds, "class.csv", "larger than 1 MB")
    assert not (tmp_path / "p.pdf").exists()


def test_argument_mistakes_are_one_line_too():
    result, seconds = run("show")
    refused(result, seconds, "ks2practice show:", "topic", "--help")
