"""Tests for `ks2practice audit`: the per-topic table of what the truth gates checked, redrew and dropped."""

import random

import pytest

from ks2practice.answers.kinds import WholeNumber
from ks2practice.cli import main
from ks2practice.core import registry
from ks2practice.core.model import Item


def _table(out: str) -> dict[str, dict[str, str]]:
    lines = [line for line in out.splitlines() if line.strip()]
    headers = [h.strip() for h in lines[0].split("  ") if h.strip()]
    rows = {}
    for line in lines[1:]:
        if line.startswith("Seeds"):
            break
        cells = line.split()
        rows[cells[0]] = dict(zip(headers, cells, strict=True))
    return rows


def test_audit_counts_one_topic(capsys):
    assert main(["audit", "--seeds", "4", "--topic", "statistics.tables_timetables"]) == 0
    rows = _table(capsys.readouterr().out)
    row = rows["statistics.tables_timetables"]
    entry = registry.get("statistics.tables_timetables")
    assert int(row["items"]) == 4 * len(entry.levels) * len(entry.styles)
    assert int(row["checked"]) > 0 and row["breaches"] == "0" and row["redrawn"] == "0"
    assert "total" not in rows


def test_audit_counts_dropped_predictions_by_reason(capsys):
    assert main(["audit", "--seeds", "20", "--topic", "statistics.mean"]) == 0
    row = _table(capsys.readouterr().out)["statistics.mean"]
    # The middle value and the mode are sometimes the same number: which did the child use? Both are dropped.
    assert int(row["dropped: ambiguous"]) > 0 and int(row["kept"]) > 0
    assert int(row["in words"]) == 0 and int(row["checked"]) > 0  # every relation is step data, checked exactly


@pytest.fixture
def planted():
    @registry.topic("zz_audit.planted", title="Planted", codes=("4C7",), styles=("fluency",), levels=(2,))
    def planted_topic(rng: random.Random, level, style) -> Item:
        a = rng.randint(10, 99)
        shown = a + (2 if rng.random() < 0.5 else 1)
        return Item(f"What is {a} + 1?", WholeNumber(a + 1), (f"{a} + 1 = {shown}",), "fluency", f"{a} + 1")

    yield
    registry._TOPICS.pop("zz_audit.planted")


def test_audit_counts_breaches_and_redraws(planted, capsys):
    assert main(["audit", "--seeds", "30", "--topic", "zz_audit.planted"]) == 0
    row = _table(capsys.readouterr().out)["zz_audit.planted"]
    assert row["items"] == "30" and int(row["breaches"]) == int(row["redrawn"]) > 0


def test_audit_names_an_unknown_topic(capsys):
    assert main(["audit", "--topic", "nope.nothing"]) == 2
    assert "no topic called 'nope.nothing'" in capsys.readouterr().err


def test_audit_refuses_zero_seeds(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["audit", "--seeds", "0"])
    assert stopped.value.code == 2


def test_audit_counts_a_spec_with_no_true_item_and_exits_1(capsys):
    @registry.topic("zz_audit.false", title="False", codes=("4C7",), styles=("fluency",), levels=(2,))
    def always(rng, level, style) -> Item:
        return Item("What is 2 + 2?", WholeNumber(4), ("2 + 2 = 5",), "fluency", "2 + 2")

    try:
        assert main(["audit", "--seeds", "2", "--topic", "zz_audit.false"]) == 1
    finally:
        registry._TOPICS.pop("zz_audit.false")
    out, err = capsys.readouterr()
    row = _table(out)["zz_audit.false"]
    assert (row["items"], row["no true item"], row["breaches"]) == ("0", "2", str(2 * 21))
    assert "no true item: zz_audit.false/L2/s0/fluency: no true item in 21 draws" in err
