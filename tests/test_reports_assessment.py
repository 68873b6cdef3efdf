"""Tests for ks2practice.reports.assessment: marks CSVs, totals, threshold shares and the effect size."""

import pytest

from ks2practice.reports.assessment import ITEM_MARKS, assessment_report, import_marks, parse_marks
from ks2practice.reports.mastery import ReportError
from ks2practice.store import Store


def marks_csv(rows):
    header = "name," + ",".join(str(i) for i in range(1, 37))
    return header + "\n" + "\n".join(f"{name}," + ",".join(map(str, marks)) for name, marks in rows) + "\n"


def scores(total):
    """36 item marks adding to total: 1-mark items first, then the 2-mark items."""
    out, left = [], total
    for most in ITEM_MARKS:
        give = min(most, left)
        out.append(give)
        left -= give
    return out


@pytest.fixture
def store():
    with Store(":memory:") as memory:
        group = memory.add_group("Otters")
        for name in ("Ava", "Ben", "Cai", "Dee"):
            memory.add_pupil(group, name)
        yield memory


def test_the_paper_is_worth_40_marks():
    assert sum(ITEM_MARKS) == 40 and len(ITEM_MARKS) == 36


def test_totals_shares_and_effect_size_match_the_hand_count(store):
    import_marks(
        store,
        "Otters",
        "baseline",
        "paper-arithmetic/s1",
        "2026-09-15",
        marks_csv([("Ava", scores(20)), ("Ben", scores(25)), ("Cai", scores(31)), ("Dee", scores(12))]),
    )
    import_marks(store, "otters", "endpoint", "paper-arithmetic/s2", "2026-12-15",
                 marks_csv([("Ava", scores(28)), ("Ben", scores(33)), ("Cai", scores(36))]))  # fmt: skip
    report = assessment_report(store, "Otters", threshold=30)
    assert [(p.name, p.baseline, p.endpoint, p.change) for p in report.pupils] == [
        ("Ava", 20, 28, 8), ("Ben", 25, 33, 8), ("Cai", 31, 36, 5), ("Dee", 12, None, None),
    ]  # fmt: skip
    assert report.mean("baseline") == pytest.approx(22.0) and report.mean("endpoint") == pytest.approx(97 / 3)
    assert report.share_at_threshold("baseline") == (1, 4)
    assert report.share_at_threshold("endpoint") == (2, 3)
    # by hand: before 20,25,31,12 (mean 22, var 194/3·…); g from the same formula written out
    import math

    b, a = [20, 25, 31, 12], [28, 33, 36]
    mb, ma = sum(b) / 4, sum(a) / 3
    vb = sum((x - mb) ** 2 for x in b) / 3
    va = sum((x - ma) ** 2 for x in a) / 2
    sp = math.sqrt((3 * vb + 2 * va) / 5)
    assert report.effect.g == pytest.approx((1 - 3 / (4 * 7 - 9)) * (ma - mb) / sp)
    assert "no comparison group" in report.effect_note


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("pupil name,1\nAva,1\n", "first column must be 'name'"),
        ("name,1,37\nAva,1,1\n", "'37' is not an item number"),
        ("name,1,1\nAva,1,1\n", "appears twice in the header"),
        ("name,1,19\nAva,1,3\n", "item 19: '3' should be a whole number from 0 to 2"),
        ("name,1\nAva,x\n", "item 1: 'x'"),
        ("name,1\nAva,1\nAva,0\n", "Ava appears twice"),
        ("name,Q1,Q2\n", "no pupils"),
    ],
)
def test_bad_marks_files_say_what_to_fix(text, message):
    with pytest.raises(ReportError, match=message):
        parse_marks(text)


def test_blank_cells_score_nothing():
    assert parse_marks("name,Q1,Q2,Q19\nAva,1,,2\n") == {"Ava": {1: 1, 2: 0, 19: 2}}


def test_unknown_pupils_groups_and_repeats_are_refused(store):
    with pytest.raises(ReportError, match="not pupils of Otters: Zed"):
        import_marks(store, "Otters", "baseline", "p", "2026-09-15", "name,1\nZed,1\n")
    with pytest.raises(ReportError, match="no group called"):
        import_marks(store, "Owls", "baseline", "p", "2026-09-15", "name,1\nAva,1\n")
    import_marks(store, "Otters", "baseline", "p", "2026-09-15", "name,1\nAva,1\n")
    with pytest.raises(ReportError, match="already has a baseline"):
        import_marks(store, "Otters", "baseline", "p", "2026-09-15", "name,1\nAva,1\n")
    report = assessment_report(store, "Otters")
    assert report.effect is None and "needs both" in report.effect_note
    with pytest.raises(ReportError, match="threshold"):
        assessment_report(store, "Otters", threshold=41)
