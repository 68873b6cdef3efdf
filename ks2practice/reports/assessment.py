"""Baseline and end-point arithmetic papers: marks entered per item (CSV or app), progress per pupil and group."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ks2practice.printing.papers import BLUEPRINT, MARKS
from ks2practice.reports.effect_size import EffectSize, hedges_g
from ks2practice.reports.mastery import ReportError
from ks2practice.store import PaperExists, Store

ITEM_MARKS = tuple(slot.marks for slot in BLUEPRINT)  # the most each item of the mock paper can score
KINDS = ("baseline", "endpoint")
DEFAULT_THRESHOLD = 30  # out of 40; a school chooses its own


def parse_marks(text: str, label: str = "the marks file") -> dict[str, dict[int, int]]:
    """Marks per pupil per item from CSV text: a 'name' column, then one column per item ('1'…'36' or 'Q1'…).

    A blank cell is 0 marks (an item left unanswered scores nothing); anything else must be a whole number from 0 to
    that item's marks.
    """
    rows = [row for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) if any(c.strip() for c in row)]
    if not rows:
        raise ReportError(f"{label} is empty: it needs a header row 'name,1,2,…,36' and a row per pupil")
    header = [c.strip().lower().removeprefix("q") for c in rows[0]]
    if not header or header[0] not in ("name", "pseudonym", "pupil"):
        raise ReportError(f"{label}: the first column must be 'name' (found {rows[0][0]!r})")
    items: list[int] = []
    for cell in header[1:]:
        if not cell.isdigit() or not 1 <= int(cell) <= len(ITEM_MARKS):
            raise ReportError(f"{label}: column {cell!r} is not an item number from 1 to {len(ITEM_MARKS)}")
        items.append(int(cell))
    if len(set(items)) != len(items):
        raise ReportError(f"{label}: an item number appears twice in the header")
    marks: dict[str, dict[int, int]] = {}
    for number, row in enumerate(rows[1:], start=2):
        name = row[0].strip()
        if not name:
            raise ReportError(f"{label}, row {number}: the name is empty")
        if name in marks:
            raise ReportError(f"{label}, row {number}: {name} appears twice")
        cells = row[1:] + [""] * (len(items) - len(row) + 1)
        pupil: dict[int, int] = {}
        for item, cell in zip(items, cells, strict=False):
            text_mark = cell.strip() or "0"
            most = ITEM_MARKS[item - 1]
            if not text_mark.isdigit() or int(text_mark) > most:
                raise ReportError(
                    f"{label}, row {number}, item {item}: {cell.strip()!r} should be a whole number from 0 to {most}"
                )
            pupil[item] = int(text_mark)
        marks[name] = pupil
    if not marks:
        raise ReportError(f"{label} has a header but no pupils")
    return marks


def import_marks(
    store: Store, group_name: str, kind: str, paper: str, taken: str, text: str, *, replace: bool = False
) -> int:
    """Record a paper's marks for a group from CSV text; every name must be a pupil of the group. Returns pupils.

    The paper and all its marks are stored in one transaction: a file that fails half-way stores nothing. A group
    has one baseline and one end point; with `replace`, a stored paper's date, code and every item mark are
    replaced by this file's (to correct a typo), again all at once.
    """
    if kind not in KINDS:
        raise ReportError("say whether these are 'baseline' or 'endpoint' marks")
    marks = parse_marks(text)
    group = _group(store, group_name)
    pupils = {p["name"].lower(): p["id"] for p in store.find_pupils(group["id"], include_archived=True)}
    unknown = [name for name in marks if name.lower() not in pupils]
    if unknown:
        raise ReportError(f"not pupils of {group['name']}: {', '.join(unknown)} (add them in the app first)")
    if len({name.lower() for name in marks}) < len(marks):
        raise ReportError("a pupil appears twice in the marks file (names are matched whatever their capitals)")
    rows = [(pupils[name.lower()], item, value) for name, items in marks.items() for item, value in items.items()]
    try:
        store.store_paper(group["id"], kind, paper, taken, rows, replace=replace)
    except PaperExists as refusal:
        raise ReportError(
            f"{group['name']} {str(refusal).removeprefix('this group ')}; to correct it, "
            "import the whole file again choosing to replace it (--replace)"
        ) from None
    return len(marks)


def named_pupils(store: Store, group_name: str, names) -> list[int]:
    """The ids of the group's pupils (archived ones too) with these names: the pupils a written file names."""
    wanted = {name.lower() for name in names}
    group = _group(store, group_name)
    return [p["id"] for p in store.find_pupils(group["id"], include_archived=True) if p["name"].lower() in wanted]


def parse_typed_marks(text: str) -> dict[int, int]:
    """One pupil's marks typed in the app, in item order ('1,1,0,2,…'); blanks score 0; at most 36 items."""
    cells = [c.strip() for c in text.replace(";", ",").split(",")]
    if len(cells) > len(ITEM_MARKS):
        raise ReportError(f"there are {len(cells)} marks here but the paper has {len(ITEM_MARKS)} items")
    marks: dict[int, int] = {}
    for item, cell in enumerate(cells, start=1):
        most = ITEM_MARKS[item - 1]
        if cell and (not cell.isdigit() or int(cell) > most):
            raise ReportError(f"item {item}: {cell!r} should be a whole number from 0 to {most}")
        marks[item] = int(cell or "0")
    return marks


def enter_marks(store: Store, group_name: str, kind: str, taken: str, pupil_name: str, text: str) -> int:
    """Store one pupil's typed marks at once (the app's way), making the group's paper record on first use.

    Returns the pupil's total. Entering a pupil again replaces their marks item by item.
    """
    if kind not in KINDS:
        raise ReportError("say whether these are 'baseline' or 'endpoint' marks")
    marks = parse_typed_marks(text)
    group = _group(store, group_name)
    pupils = {p["name"].lower(): p["id"] for p in store.find_pupils(group["id"], include_archived=True)}
    if pupil_name.strip().lower() not in pupils:
        raise ReportError(f"{pupil_name!r} is not a pupil of {group['name']}")
    existing = {row["kind"]: row["id"] for row in store.find_assessments(group["id"])}
    assessment = existing.get(kind) or store.add_assessment(group["id"], kind, "paper-arithmetic", taken or "not given")
    pupil = pupils[pupil_name.strip().lower()]
    for item, value in marks.items():
        store.record_item_mark(assessment, pupil, item, value)
    return sum(row["marks"] for row in store.find_item_marks(assessment) if row["pupil_id"] == pupil)


def _group(store: Store, group_name: str):
    for group in store.find_groups(include_archived=True):
        if group["name"].lower() == group_name.strip().lower():
            return group
    raise ReportError(f"there is no group called {group_name!r}")


@dataclass(frozen=True)
class PupilProgress:
    """A pupil's totals out of 40 at each point (None when they did not sit that paper)."""

    name: str
    baseline: int | None
    endpoint: int | None

    @property
    def change(self) -> int | None:
        if self.baseline is None or self.endpoint is None:
            return None
        return self.endpoint - self.baseline


@dataclass(frozen=True)
class AssessmentReport:
    """Baseline against end point for one group."""

    group: str
    pupils: tuple[PupilProgress, ...]
    threshold: int
    effect: EffectSize | None
    effect_note: str

    def scores(self, kind: str) -> list[int]:
        return [getattr(p, kind) for p in self.pupils if getattr(p, kind) is not None]

    def mean(self, kind: str) -> float | None:
        values = self.scores(kind)
        return sum(values) / len(values) if values else None

    def share_at_threshold(self, kind: str) -> tuple[int, int]:
        """(pupils at or above the threshold, pupils who sat the paper)."""
        values = self.scores(kind)
        return sum(v >= self.threshold for v in values), len(values)


def assessment_report(store: Store, group_name: str, threshold: int = DEFAULT_THRESHOLD) -> AssessmentReport:
    """Totals per pupil at baseline and end point, the share at or above a threshold, and Hedges' g."""
    if not 0 <= threshold <= MARKS:
        raise ReportError(f"the threshold is a mark from 0 to {MARKS}")
    group = _group(store, group_name)
    found = {row["kind"]: row["id"] for row in store.find_assessments(group["id"])}
    if not found:
        raise ReportError(f"{group['name']} has no baseline or end-point marks yet")
    names = {p["id"]: p["name"] for p in store.find_pupils(group["id"], include_archived=True)}
    totals: dict[str, dict[int, int]] = {}
    for kind, assessment in found.items():
        per_pupil: dict[int, int] = {}
        for row in store.find_item_marks(assessment):
            per_pupil[row["pupil_id"]] = per_pupil.get(row["pupil_id"], 0) + row["marks"]
        totals[kind] = per_pupil
    sat = sorted({pupil for per_pupil in totals.values() for pupil in per_pupil}, key=lambda p: names.get(p, ""))
    pupils = tuple(
        PupilProgress(names.get(p, f"pupil {p}"), totals.get("baseline", {}).get(p), totals.get("endpoint", {}).get(p))
        for p in sat
    )
    effect, note = None, ""
    before = [p.baseline for p in pupils if p.baseline is not None]
    after = [p.endpoint for p in pupils if p.endpoint is not None]
    if not before or not after:
        note = "An effect size needs both a baseline and an end point."
    else:
        try:
            effect = hedges_g(before, after)
            note = (
                "Pre/post change in one group with no comparison group: it shows progress, but it is not the "
                "controlled effect an EEF trial reports, and will usually be larger."
            )
        except ValueError as error:
            note = f"No effect size: {error}."
    return AssessmentReport(group["name"], pupils, threshold, effect, note)
