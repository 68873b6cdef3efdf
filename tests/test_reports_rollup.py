"""Tests for ks2practice.reports.rollup: exports carry no names, hashes are keyed, comparisons add up."""

import json
import os
import stat
import time

import pytest
from test_reports_assessment import marks_csv, scores
from test_reports_mastery import answer

from ks2practice.core.model import Status
from ks2practice.reports.assessment import import_marks
from ks2practice.reports.mastery import ReportError
from ks2practice.reports.rollup import (
    comparison_rows,
    export_anonymised,
    import_exports,
    pseudonym,
    read_export,
    school_secret,
    strand_of,
    write_export,
)
from ks2practice.store import Store

SECRET = "correct horse battery staple"


def school_store(names, right_share, baseline, endpoint):
    store = Store(":memory:")
    group = store.add_group("Year 6 Kestrels")
    ids = [store.add_pupil(group, name) for name in names]
    for pupil in ids:
        for n in range(4):
            status = Status.CORRECT if n < 4 * right_share else Status.INCORRECT
            store.record(answer(pupil, "calculation.column_addition", status, n))
        store.record(answer(pupil, "number.rounding", Status.CORRECT, 9))
        store.record(answer(pupil, "number.rounding", Status.UNREADABLE, 10))  # try again: not counted
    import_marks(
        store,
        "Year 6 Kestrels",
        "baseline",
        "p1",
        "2026-09-01",
        marks_csv([(n, scores(b)) for n, b in zip(names, baseline, strict=True)]),
    )
    import_marks(store, "Year 6 Kestrels", "endpoint", "p2", "2026-12-01",
                 marks_csv([(n, scores(e)) for n, e in zip(names, endpoint, strict=True)]))  # fmt: skip
    return store


def test_the_export_holds_no_names_and_hashes_with_the_secret(tmp_path):
    names = ["Zephyrine", "Bartholomew", "Ottoline"]
    data = export_anonymised(school_store(names, 0.5, [10, 20, 15], [20, 30, 25]), "School A", SECRET)
    text = json.dumps(data)
    for name in [*names, "Kestrels", "Year 6"]:
        assert name not in text
    ids = {p["pupil"] for p in data["pupils"]}
    assert len(ids) == 3 and all(len(i) == 16 for i in ids)
    assert pseudonym(SECRET, "pupil", 1) in ids
    assert pseudonym("another school secret", "pupil", 1) not in ids
    first = data["pupils"][0]
    assert first["strands"] == {
        "Addition, subtraction, multiplication and division": [2, 4],
        "Number and place value": [1, 1],
    }
    assert {(p["baseline"], p["endpoint"]) for p in data["pupils"]} == {(10, 20), (20, 30), (15, 25)}
    write_export(data, tmp_path / "a.json")
    assert read_export(tmp_path / "a.json").name == "School A"


def test_several_schools_compare_by_strand_and_progress(tmp_path):
    a = export_anonymised(school_store(["A1", "A2", "A3"], 0.5, [10, 20, 15], [20, 30, 25]), "School A", SECRET)
    b = export_anonymised(school_store(["B1", "B2"], 1.0, [30, 32], [33, 39]), "School B", "a different secret!")
    write_export(a, tmp_path / "a.json")
    write_export(b, tmp_path / "b.json")
    rows = comparison_rows(import_exports([tmp_path / "a.json", tmp_path / "b.json"]))
    assert [r["school"] for r in rows] == ["School A", "School B"]
    calc = "Addition, subtraction, multiplication and division"
    assert rows[0]["strands"][calc] == pytest.approx(50.0) and rows[1]["strands"][calc] == pytest.approx(100.0)
    assert rows[0]["baseline"] == pytest.approx(15) and rows[0]["endpoint"] == pytest.approx(25)
    assert rows[1]["effect"].g > 0


def test_bad_exports_and_secrets_are_refused(tmp_path):
    store = school_store(["A1", "A2"], 0.5, [10, 12], [14, 16])
    with pytest.raises(ReportError, match="shorter than 16 characters"):
        export_anonymised(store, "School A", "short")
    with pytest.raises(ReportError, match="short label"):
        export_anonymised(store, "  ", SECRET)
    with pytest.raises(ReportError, match="no pupils yet"):
        export_anonymised(Store(":memory:"), "School A", SECRET)
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    (tmp_path / "y.json").write_text("not json", encoding="utf-8")
    data = export_anonymised(store, "School A", SECRET)
    data["pupils"][0]["name"] = "A1"  # a hand-edited file that slipped a name in
    (tmp_path / "z.json").write_text(json.dumps(data), encoding="utf-8")
    for name, message in (("x.json", "not a ks2practice roll-up"), ("y.json", "not JSON"), ("z.json", "damaged")):
        with pytest.raises(ReportError, match=message):
            read_export(tmp_path / name)
    write_export(export_anonymised(store, "School A", SECRET), tmp_path / "a.json")
    with pytest.raises(ReportError, match="labelled 'School A'"):
        import_exports([tmp_path / "a.json", tmp_path / "a.json"])
    with pytest.raises(ReportError, match="no export at"):
        import_exports([tmp_path / "missing.json"])


def test_topic_ids_map_to_curriculum_strands():
    assert strand_of("fractions.add_subtract_fractions") == "Fractions, decimals and percentages"
    assert strand_of("shapes.properties_2d") == "Geometry: properties of shapes"


def test_rows_are_listed_by_pseudonym_never_by_name():
    # Two groups and seven pupils whose names run in another order than their hashed ids: a reader who knows the
    # class list must not be able to pair rows with children by position.
    store = Store(":memory:")
    group_of, names = {}, {}
    for group_name, pupils in (("Ash", ("Ada", "Ben", "Cal", "Dot", "Eve")), ("Beech", ("Fay", "Gus"))):
        group = store.add_group(group_name)
        for name in pupils:
            pupil = store.add_pupil(group, name)
            group_of[pupil], names[pupil] = group, name
            store.record(answer(pupil, "calculation.column_addition", Status.CORRECT, pupil))
    rows = export_anonymised(store, "School A", SECRET)["pupils"]

    def hashed(pupil):
        return pseudonym(SECRET, "group", group_of[pupil]), pseudonym(SECRET, "pupil", pupil)

    in_pseudonym_order = [names[pupil] for pupil in sorted(names, key=hashed)]
    assert in_pseudonym_order != sorted(names.values()), "the names must run in another order than their ids"
    named = {pseudonym(SECRET, "pupil", pupil): name for pupil, name in names.items()}
    assert [named[row["pupil"]] for row in rows] == in_pseudonym_order


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ("short", "shorter than 16"),
        ("fifteen chars!!", "shorter than 16"),
        ("  \ufeff fifteen chars!! \n", "shorter than 16"),  # padding does not count
        ("x" * 64, "one character repeated"),
        ("        \t\n      \n", "empty"),
        ("\ufeff\n", "empty"),
    ],
)
def test_weak_secrets_are_refused_with_how_to_make_one(secret, message):
    store = school_store(["A1"], 0.5, [10], [14])
    with pytest.raises(ReportError, match=message) as refused:
        export_anonymised(store, "School A", secret)
    assert "ks2practice rollup secret -o" in str(refused.value)


def test_a_byte_order_mark_and_whitespace_around_the_secret_change_nothing():
    assert school_secret("\ufeff  " + SECRET + " \r\n") == SECRET
    store = school_store(["A1", "A2"], 0.5, [10, 12], [14, 16])
    clean = export_anonymised(store, "School A", SECRET)
    padded = export_anonymised(store, "School A", "\ufeff" + SECRET + "\n")
    assert clean == padded


def test_oversized_deep_and_odd_exports_are_refused_quickly(tmp_path):
    data = export_anonymised(school_store(["A1", "A2"], 0.5, [10, 12], [14, 16]), "School A", SECRET)
    cases = {
        "huge.json": ("[" + "0," * 2_600_000 + "0]", "larger than 5 MB"),
        "deep.json": ("[" * 100_000 + "]" * 100_000, "nests too deeply"),
        "deep-object.json": ('{"a":' * 50_000 + "1" + "}" * 50_000, "nests too deeply"),
        "quotes.json": ('"' + '\\"' * 2_000_000, "not JSON"),  # one string that never ends
        "label.json": (json.dumps(dict(data, school="S" * 61)), "school label"),
        "id.json": (json.dumps(dict(data, pupils=[dict(data["pupils"][0], pupil=["x"])])), "damaged"),
        "version.json": (json.dumps(dict(data, version="9" * 1000)), "format '999999999999'"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        with pytest.raises(ReportError, match=message) as refused:
            read_export(tmp_path / name)
        assert time.perf_counter() - started < 5, name
        assert "\n" not in str(refused.value) and len(str(refused.value)) < 200


def test_the_export_file_is_private_whatever_the_umask(tmp_path):
    data = export_anonymised(school_store(["A1"], 0.5, [10], [14]), "School A", SECRET)
    previous = os.umask(0o022)
    try:
        write_export(data, tmp_path / "a.json")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o600


def test_a_full_mock_is_not_counted_as_an_arithmetic_paper_in_the_export(tmp_path):
    from test_reports_attainment import ITEMS, MARKS, csv_of

    from ks2practice.reports.assessment import import_mock_marks

    store = school_store(["Zephyrine", "Bartholomew"], 0.5, [10, 20], [20, 30])
    group = store.add_group("Year 6 Owls")
    for name in MARKS:
        store.add_pupil(group, name)
    import_mock_marks(store, "Year 6 Owls", "baseline", "sats/s3", "2027-01-20", csv_of(MARKS), ITEMS)
    data = export_anonymised(store, "School A", SECRET)
    totals = [(p["baseline"], p["endpoint"]) for p in data["pupils"]]
    assert sorted(t for t in totals if t != (None, None)) == [(10, 20), (20, 30)]
    assert totals.count((None, None)) == len(MARKS), "the mock's 110 marks are not an arithmetic paper's 40"
    write_export(data, tmp_path / "a.json")
    assert read_export(tmp_path / "a.json").name == "School A", "and the export still reads back"
