"""Attainment in a full KS2 mock: raw totals out of 110 against a year's published thresholds, and marks lost."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from importlib import resources

from ks2practice.core import curriculum
from ks2practice.printing.sats_pack import TOTAL, PaperItem, sats_items
from ks2practice.reports.assessment import KINDS, MOCK, MOCK_ITEM, _group
from ks2practice.reports.mastery import ReportError
from ks2practice.store import Store

POINT_WORDS = {"baseline": "baseline", "midpoint": "mid-point", "endpoint": "end point"}


@dataclass(frozen=True)
class Source:
    """Where a figure was read: a title (quoting the figure) and its address."""

    title: str
    url: str


@dataclass(frozen=True)
class YearFigures:
    """One year's published KS2 maths figures; None where no source was found (the report then says so)."""

    year: int
    expected_raw: int | None
    high_raw: int | None
    national_expected: int | None  # percent of pupils in England
    national_higher: int | None
    conversion: Mapping[int, int] | None  # raw → scaled, the STA table, only when held whole
    sources: Mapping[str, Source]
    missing: Mapping[str, str]  # what was looked for and not found, in the data file's words


def _figure(entry: dict, key: str, source_key: str, sources: dict, missing: dict):
    value = entry.get(key)
    said = entry.get(source_key)
    if value is None:
        missing[key] = said if isinstance(said, str) else "not found"
        return None
    if not isinstance(said, dict) or not said.get("url") or not said.get("title"):
        raise ValueError(f"sats_thresholds.json: {key} {value} has no source")  # never a figure without its source
    sources[key] = Source(said["title"], said["url"])
    return value


@lru_cache(maxsize=1)
def thresholds() -> dict[int, YearFigures]:
    """Every year the data file holds, read and checked: each figure a whole number with its source."""
    text = resources.files("ks2practice.reports").joinpath("data/sats_thresholds.json").read_text(encoding="utf-8")
    data = json.loads(text)
    if data["total_marks"] != TOTAL:
        raise ValueError("sats_thresholds.json: the thresholds must be out of 110")
    years: dict[int, YearFigures] = {}
    for year, entry in data["years"].items():
        sources: dict[str, Source] = {}
        missing: dict[str, str] = {}
        expected = _figure(entry, "expected_raw", "expected_source", sources, missing)
        high = _figure(entry, "high_raw", "high_source", sources, missing)
        national = _figure(entry, "national_expected_percent", "national_expected_source", sources, missing)
        higher = _figure(entry, "national_higher_percent", "national_higher_source", sources, missing)
        table = _figure(entry, "conversion_table", "conversion_source", sources, missing)
        conversion = {int(raw): int(scaled) for raw, scaled in table.items()} if table else None
        for name, value in (("expected_raw", expected), ("high_raw", high)):
            if value is not None and not (isinstance(value, int) and 0 < value <= TOTAL):
                raise ValueError(f"sats_thresholds.json {year}: {name} must be a mark from 1 to {TOTAL}")
        years[int(year)] = YearFigures(int(year), expected, high, national, higher, conversion, sources, missing)
    return years


def figures_for(year: int) -> YearFigures:
    held = thresholds()
    if year not in held:
        raise ReportError(
            f"no published thresholds are held for {year}; held: {', '.join(str(y) for y in sorted(held))}"
        )
    return held[year]


@dataclass(frozen=True)
class PupilAttainment:
    """A pupil's raw total and where it stands; a standard is None when its threshold is not held."""

    name: str
    total: int
    expected: bool | None
    high: bool | None
    scaled: int | None  # only from a held STA table; never estimated


@dataclass(frozen=True)
class TopicToRevisit:
    """A topic whose items lost marks across the group, with the ready-to-progress criteria and what they build on."""

    topic: str
    strand: str
    lost: int
    available: int  # the topic's marks × pupils
    criteria: tuple[str, ...]
    revisit: str  # curriculum.revisit_text: what to revisit first; empty when no source names any


@dataclass(frozen=True)
class AttainmentReport:
    """A group's full mock at one point against one year's published thresholds and national figures."""

    group: str
    point: str
    figures: YearFigures
    pupils: tuple[PupilAttainment, ...]
    strands: tuple[tuple[str, int, int], ...]  # (strand, marks lost by the group, marks the group could score)
    topics: tuple[TopicToRevisit, ...]
    notes: tuple[str, ...]

    def share(self, standard: str) -> tuple[int, int] | None:
        """(pupils at or above the standard, pupils who sat), or None when its threshold is not held."""
        flags = [getattr(p, standard) for p in self.pupils]
        if not flags or any(flag is None for flag in flags):
            return None
        return sum(flags), len(flags)

    def percent(self, standard: str) -> Fraction | None:
        share = self.share(standard)
        return None if share is None else Fraction(100 * share[0], share[1])

    def lines(self) -> list[str]:
        """The report as a teacher reads it, one line each."""
        f = self.figures
        out = [f"{self.group}: full mock at {POINT_WORDS.get(self.point, self.point)}, against {f.year}'s thresholds"]
        for p in self.pupils:
            standing = (
                "high score"
                if p.high
                else "expected standard"
                if p.expected
                else "below the expected standard"
                if p.expected is False
                else "threshold not held"
            )
            scaled = f", scaled {p.scaled}" if p.scaled is not None else ""
            out.append(f"  {p.name}: {p.total}/{TOTAL} ({standing}{scaled})")
        out.extend(f"  {note}" for note in self.notes)
        for standard, national, label in (
            ("expected", f.national_expected, "the expected standard"),
            ("high", f.national_higher, "the high score"),
        ):
            share = self.share(standard)
            if share is None:
                continue
            nation = (
                f"{national}% nationally in {f.year}" if national is not None else f"no {f.year} national figure held"
            )
            out.append(f"At {label}: {share[0]} of {share[1]} ({_percent(self.percent(standard))}), {nation}")
        out.append("Marks lost per strand: " + ", ".join(f"{s} {lost} of {most}" for s, lost, most in self.strands))
        for topic in self.topics:
            codes = f" ({', '.join(topic.criteria)})" if topic.criteria else ""
            out.append(f"Revisit {topic.topic}{codes}: {topic.lost} of {topic.available} marks lost. {topic.revisit}")
        return [line.rstrip() for line in out]


def _percent(value: Fraction | None) -> str:
    if value is None:
        return "not held"
    whole = (2 * value.numerator + value.denominator) // (2 * value.denominator)  # half up, as the DfE rounds
    return f"{whole}%"


def attainment(
    group: str,
    point: str,
    marks: Mapping[str, Mapping[int, int]],
    items: Sequence[PaperItem],
    year: int,
    *,
    topics_shown: int = 5,
) -> AttainmentReport:
    """The report from marks already read: {pupil: {paper × 100 + number: marks}} (an item not given scores 0)."""
    figures = figures_for(year)
    most = {item.paper * MOCK_ITEM + item.number: item for item in items}
    if len(most) != len(items):
        raise ReportError("the item list names an item twice")
    if sum(item.marks for item in items) != TOTAL:
        raise ReportError(
            f"the mock's items total {sum(item.marks for item in items)} marks; the thresholds are out of {TOTAL}"
        )
    pupils = []
    for name in sorted(marks, key=str.lower):
        scored = marks[name]
        for key, value in scored.items():
            if key not in most or not 0 <= value <= most[key].marks:
                raise ReportError(f"{name}: a mark of {value} for item {key} is not a mark this mock gives")
        total = sum(scored.values())
        expected = None if figures.expected_raw is None else total >= figures.expected_raw
        high = None if figures.high_raw is None else total >= figures.high_raw
        scaled = figures.conversion.get(total) if figures.conversion else None
        pupils.append(PupilAttainment(name, total, expected, high, scaled))
    notes = []
    if figures.conversion is None:
        notes.append(
            f"No STA raw-to-scaled conversion table for {year} is held, so no scaled scores are shown: "
            "each total is classified by the published raw-score thresholds only."
        )
    if figures.expected_raw is None:
        notes.append(f"The raw score for the expected standard in {year} is not held.")
    else:
        notes.append(f"Expected standard (scaled 100) in {year}: {figures.expected_raw} marks out of {TOTAL}.")
    if figures.high_raw is None:
        notes.append(
            f"The raw score for the high score (scaled 110) in {year} is not held, so no one is counted at it."
        )
    else:
        notes.append(f"High score (scaled 110) in {year}: {figures.high_raw} marks out of {TOTAL}.")
    if figures.national_expected is None:
        notes.append(f"The national share at the expected standard in {year} is not held.")
    strand_lost: dict[str, list[int]] = {}
    topic_lost: dict[tuple[str, str], list[int]] = {}
    for key, item in sorted(most.items()):
        lost = sum(item.marks - marks[name].get(key, 0) for name in marks)
        strand = strand_of(item.strand)
        for tally in (
            strand_lost.setdefault(strand, [0, 0]),
            topic_lost.setdefault((item.topic, strand), [0, 0]),
        ):
            tally[0] += lost
            tally[1] += item.marks * len(marks)
    strands = tuple((s, lost, avail) for s, (lost, avail) in strand_lost.items())
    ranked = sorted(
        ((topic, strand, lost, avail) for (topic, strand), (lost, avail) in topic_lost.items() if lost),
        key=lambda row: (-Fraction(row[2], row[3]), -row[2], row[0]),
    )
    topics = []
    for topic, strand, lost, avail in ranked[:topics_shown]:
        criteria = tuple(o.code for o in curriculum.criteria_for_topic(topic))
        topics.append(TopicToRevisit(topic, strand, lost, avail, criteria, curriculum.revisit_text(criteria)))
    return AttainmentReport(group, point, figures, tuple(pupils), strands, tuple(topics), tuple(notes))


def strand_of(code: str) -> str:
    """The strand a test-framework code belongs to ('6R2' → 'Ratio and proportion'), so marks lost add up by strand,
    not by code; a strand name given as it is."""
    try:
        return curriculum.find(code).strand_name
    except KeyError:
        return code


def stored_marks(store: Store, group_name: str, point: str) -> tuple[str, dict[str, dict[int, int]]]:
    """The group's name and its full mock's marks at a point, {pupil: {stored item: marks}}, from the store."""
    if point not in KINDS:
        raise ReportError(f"the point is one of {', '.join(KINDS)}")
    group = _group(store, group_name)
    papers = [row for row in store.find_assessments(group["id"]) if row["kind"] == point]
    if not papers or not papers[0]["paper"].startswith(MOCK):
        raise ReportError(f"{group['name']} has no full mock's marks at {POINT_WORDS[point]} yet")
    names = {p["id"]: p["name"] for p in store.find_pupils(group["id"], include_archived=True)}
    marks: dict[str, dict[int, int]] = {}
    for row in store.find_item_marks(papers[0]["id"]):
        marks.setdefault(names.get(row["pupil_id"], f"pupil {row['pupil_id']}"), {})[row["item"]] = row["marks"]
    if not marks:
        raise ReportError(f"{group['name']}'s full mock at {POINT_WORDS[point]} has no marks yet")
    return group["name"], marks


def attainment_report(
    store: Store, group_name: str, items: Sequence[PaperItem], year: int, point: str = "endpoint"
) -> AttainmentReport:
    """A group's full mock at a point (baseline, midpoint or endpoint) against a year's published thresholds."""
    name, marks = stored_marks(store, group_name, point)
    return attainment(name, point, marks, items, year)


# Where the full mock's item list is expected (issue #18's `sats_items(seed)`); looked up when asked for, so this
# report works before it lands and picks it up once it does.
def mock_items(seed: int) -> list[PaperItem]:
    """The full mock's items for a seed: what `paper sats --seed S` printed, item by item."""
    return list(sats_items(seed))


def seed_of(code: str) -> int:
    """The seed in a stored paper code ('sats/s3' → 3), as printed at the paper's foot."""
    _, _, tail = code.partition("/s")
    if not tail.isdigit():
        raise ReportError(f"the paper code {code!r} names no seed (it should look like 'sats/s3')")
    return int(tail)


def paper_code(store: Store, group_name: str, point: str) -> str:
    """The stored code of the group's full mock at a point."""
    group = _group(store, group_name)
    for row in store.find_assessments(group["id"]):
        if row["kind"] == point and row["paper"].startswith(MOCK):
            return str(row["paper"])
    raise ReportError(f"{group['name']} has no full mock's marks at {POINT_WORDS.get(point, point)} yet")


# Papers 1-3 are worth 40, 35 and 35 marks (STA: https://www.gov.uk/guidance/understanding-scaled-scores-at-key-stage-2).
PAPER_MARKS = {1: 40, 2: 35, 3: 35}


# The demonstration's stand-in item list (until sats_items lands): made up, not a real paper's spread; each entry is
def demo_marks_csv(pupils: Sequence[str], items: Sequence[PaperItem], seed: int, lift: int = 0) -> str:
    """Made-up marks for a demonstration group as a 'pupil,paper,item,marks' CSV: stronger pupils later in the list.

    `lift` (in hundredths) raises every chance, as for a later point in the year. Same seed, same marks.
    """
    import random

    rng = random.Random(f"ks2practice|demo-mock|{seed}|{lift}")
    lines = ["pupil,paper,item,marks"]
    for rank, pupil in enumerate(pupils):
        chance = 30 + 9 * rank + lift  # in hundredths: exact, no float in the marks
        for item in items:
            scored = sum(rng.randrange(100) < chance for _ in range(item.marks))
            lines.append(f"{pupil},{item.paper},{item.number},{scored}")
    return "\n".join(lines) + "\n"


def attainment_chart(report: AttainmentReport) -> bytes:
    """Each pupil's total out of 110 with the year's thresholds drawn across, and the marks lost per strand (PNG)."""
    from ks2practice.reports.plots import _chart

    @_chart
    def draw() -> bytes:
        import io

        import matplotlib.pyplot as plt

        figure, (totals, strands) = plt.subplots(1, 2, figsize=(10, 0.45 * max(len(report.pupils), 4) + 1.5))
        names = [p.name for p in report.pupils]
        colours = ["#0072B2" if p.expected else "#E69F00" if p.expected is False else "#999999" for p in report.pupils]
        totals.barh(names, [p.total for p in report.pupils], color=colours)
        totals.invert_yaxis()
        totals.set_xlim(0, TOTAL)
        f = report.figures
        for mark, label, style in ((f.expected_raw, "expected standard", "-"), (f.high_raw, "high score", "--")):
            if mark is not None:
                totals.axvline(mark, color="#222222", linestyle=style)
                totals.text(
                    mark, 1.01, f" {label} ({mark})", fontsize=8, va="bottom", transform=totals.get_xaxis_transform()
                )
        totals.set_xlabel(f"raw marks out of {TOTAL} ({f.year} thresholds)")
        totals.set_title(f"{report.group}: {POINT_WORDS.get(report.point, report.point)}", pad=18)
        labels = [s for s, _, _ in report.strands]
        lost = [Fraction(100 * lost, most) if most else 0 for _, lost, most in report.strands]
        strands.barh(labels, [float(share) for share in lost], color="#56B4E9")  # plotting only: the data stay exact
        strands.invert_yaxis()
        strands.set_xlim(0, 100)
        strands.set_xlabel("% of the strand's marks lost")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90, metadata={"Software": None})
        plt.close(figure)
        return buffer.getvalue()

    return draw()
