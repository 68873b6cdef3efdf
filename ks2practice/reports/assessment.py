"""Papers' marks entered per item (CSV or app) at baseline, mid-point and end point; arithmetic progress per group."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ks2practice.printing.papers import BLUEPRINT, MARKS
from ks2practice.reports.effect_size import EffectSize, hedges_g
from ks2practice.reports.mastery import ReportError
from ks2practice.reports.queries import MOCK
from ks2practice.store import PaperExists, Store

ITEM_MARKS = tuple(slot.marks for slot in BLUEPRINT)  # the most each item of the mock paper can score
KINDS = ("baseline", "midpoint", "endpoint")
DEFAULT_THRESHOLD = 30  # out of 40; a school chooses its own
# A full mock's paper code starts with MOCK ('sats/s3'), and the arithmetic report leaves those papers out; its items
# are stored as paper × 100 + number (Paper 2's item 7 is 207), so one record holds all three papers.
MOCK_ITEM = 100
KIND_WORDS = "'baseline', 'midpoint' or 'endpoint'"


class MarkedItem(Protocol):
    """An item of a full mock as its marks entry needs it: which paper, its number there, the most it scores."""

    paper: int
    number: int
    marks: int


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
        raise ReportError(f"say whether these are {KIND_WORDS} marks")
    return _store_marks(store, group_name, kind, paper, taken, parse_marks(text), replace)


def _store_marks(store: Store, group_name: str, kind: str, paper: str, taken: str, marks, replace: bool) -> int:
    """Store {name: {item: marks}} as the group's paper at this point, all at once; every name must be its pupil's."""
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


def _maxima(items: Sequence[MarkedItem]) -> dict[int, int]:
    """The most each stored item number of a full mock can score, refusing an item list with an item twice."""
    most: dict[int, int] = {}
    for item in items:
        if not (1 <= item.paper <= 3 and 1 <= item.number < MOCK_ITEM and item.marks >= 1):
            raise ReportError(f"Paper {item.paper} item {item.number} is not an item of a full mock")
        key = item.paper * MOCK_ITEM + item.number
        if key in most:
            raise ReportError(f"the item list has Paper {item.paper} item {item.number} twice")
        most[key] = item.marks
    return most


def parse_mock_marks(
    text: str, items: Sequence[MarkedItem], label: str = "the marks file"
) -> dict[str, dict[int, int]]:
    """A full mock's marks from CSV text, one row per mark: 'pupil,paper,item,marks' (Papers 1-3).

    Marks are keyed by stored item number (paper × 100 + number); an item a pupil has no row for scores 0. A mark
    must be a whole number from 0 to that item's marks, and a pupil's item may appear once.
    """
    most = _maxima(items)
    rows = [row for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"))) if any(c.strip() for c in row)]
    if not rows:
        raise ReportError(f"{label} is empty: it needs a header row 'pupil,paper,item,marks' and a row per mark")
    header = [c.strip().lower() for c in rows[0]]
    if header[:4] != ["pupil", "paper", "item", "marks"] and header[:4] != ["name", "paper", "item", "marks"]:
        raise ReportError(f"{label}: the columns must be 'pupil,paper,item,marks' (found {','.join(rows[0])!r})")
    marks: dict[str, dict[int, int]] = {}
    names: dict[str, str] = {}  # a name as first written, by its lower case: 'ava' and 'Ava' are one pupil
    for number, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row] + [""] * (4 - len(row))
        name, paper, item, mark = cells[:4]
        where = f"{label}, row {number}"
        if not name:
            raise ReportError(f"{where}: the pupil's name is empty")
        if not (paper.isdigit() and item.isdigit()) or (int(paper) * MOCK_ITEM + int(item)) not in most:
            raise ReportError(f"{where}: Paper {paper or '?'} item {item or '?'} is not an item of this mock")
        key = int(paper) * MOCK_ITEM + int(item)
        if not mark.isdigit() or int(mark) > most[key]:
            raise ReportError(
                f"{where}: {name} scored {mark!r} on Paper {paper} item {item}, which is worth "
                f"{most[key]} mark{'s' if most[key] > 1 else ''}: give a whole number from 0 to {most[key]}"
            )
        pupil = marks.setdefault(names.setdefault(name.lower(), name), {})
        if key in pupil:
            raise ReportError(f"{where}: {name}'s Paper {paper} item {item} is already given")
        pupil[key] = int(mark)
    if not marks:
        raise ReportError(f"{label} has a header but no marks")
    return marks


def import_mock_marks(
    store: Store,
    group_name: str,
    kind: str,
    paper: str,
    taken: str,
    text: str,
    items: Sequence[MarkedItem],
    *,
    replace: bool = False,
) -> int:
    """Record a full mock's marks (Papers 1-3) for a group from 'pupil,paper,item,marks' CSV text; returns pupils.

    Stored as one paper record at this point (`paper` its code, starting 'sats'), in one transaction, as
    import_marks stores an arithmetic paper.
    """
    if kind not in KINDS:
        raise ReportError(f"say whether these are {KIND_WORDS} marks")
    if not paper.startswith(MOCK):
        raise ReportError(f"a full mock's paper code starts {MOCK!r} (found {paper!r})")
    return _store_marks(store, group_name, kind, paper, taken, parse_mock_marks(text, items), replace)


def named_pupils(store: Store, group_name: str, names) -> list[int]:
    """The ids of the group's pupils (archived ones too) with these names: the pupils a written file names."""
    wanted = {name.lower() for name in names}
    group = _group(store, group_name)
    return [p["id"] for p in store.find_pupils(group["id"], include_archived=True) if p["name"].lower() in wanted]


def parse_typed_marks(text: str, maxima: Sequence[int] = ITEM_MARKS) -> dict[int, int]:
    """One pupil's marks typed in the app, in item order ('1,1,0,2,…'); blanks score 0; at most one per item.

    `maxima` is the most each item scores, in order: the arithmetic paper's by default, or one paper of a full mock.
    """
    cells = [c.strip() for c in text.replace(";", ",").split(",")]
    if len(cells) > len(maxima):
        raise ReportError(f"there are {len(cells)} marks here but the paper has {len(maxima)} items")
    marks: dict[int, int] = {}
    for item, cell in enumerate(cells, start=1):
        most = maxima[item - 1]
        if cell and (not cell.isdigit() or int(cell) > most):
            raise ReportError(f"item {item}: {cell!r} should be a whole number from 0 to {most}")
        marks[item] = int(cell or "0")
    return marks


def enter_marks(
    store: Store,
    group_name: str,
    kind: str,
    taken: str,
    pupil_name: str,
    text: str,
    *,
    items: Sequence[MarkedItem] | None = None,
    paper: int = 0,
    code: str = "paper-arithmetic",
) -> int:
    """Store one pupil's typed marks at once (the app's way), making the group's paper record on first use.

    Returns the pupil's total on the record. Entering a pupil again replaces their marks item by item. With a full
    mock's `items`, the marks are one `paper` of it (1-3) in item order, and `code` the mock's ('sats/s3').
    """
    if kind not in KINDS:
        raise ReportError(f"say whether these are {KIND_WORDS} marks")
    if items is None:
        marks = parse_typed_marks(text)
    else:
        on_paper = sorted((item for item in items if item.paper == paper), key=lambda item: item.number)
        if not on_paper:
            raise ReportError(f"this mock has no Paper {paper}: choose Paper 1, 2 or 3")
        if not code.startswith(MOCK):
            raise ReportError(f"a full mock's paper code starts {MOCK!r} (found {code!r})")
        _maxima(items)
        typed = parse_typed_marks(text, [item.marks for item in on_paper])
        marks = {paper * MOCK_ITEM + on_paper[n - 1].number: value for n, value in typed.items()}
    group = _group(store, group_name)
    pupils = {p["name"].lower(): p["id"] for p in store.find_pupils(group["id"], include_archived=True)}
    if pupil_name.strip().lower() not in pupils:
        raise ReportError(f"{pupil_name!r} is not a pupil of {group['name']}")
    existing = {row["kind"]: row for row in store.find_assessments(group["id"])}
    if kind in existing and existing[kind]["paper"].startswith(MOCK) != code.startswith(MOCK):
        # one paper record per point: a full mock's items and the arithmetic paper's must never share one
        held = "a full mock" if existing[kind]["paper"].startswith(MOCK) else "an arithmetic paper"
        raise ReportError(f"{group['name']}'s {kind} marks are for {held} ({existing[kind]['paper']})")
    assessment = (
        existing[kind]["id"]
        if kind in existing
        else store.add_assessment(group["id"], kind, code, taken or "not given")
    )
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
    found = {
        row["kind"]: row["id"]
        for row in store.find_assessments(group["id"])
        if row["kind"] in ("baseline", "endpoint") and not row["paper"].startswith(MOCK)
    }  # a full mock (out of 110) and a mid-point are the attainment report's, not this 40-mark comparison
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
