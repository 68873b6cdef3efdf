"""The curriculum catalogue: every KS2 (Y3–Y6) content-domain code and ready-to-progress criterion, with sources."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CONTENT_DOMAIN = "content_domain"
READY_TO_PROGRESS = "ready_to_progress"

STRAND_NAMES = {
    "number_place_value": "Number and place value",
    "calculation": "Addition, subtraction, multiplication and division",
    "fractions_decimals_percentages": "Fractions, decimals and percentages",
    "ratio_proportion": "Ratio and proportion",
    "algebra": "Algebra",
    "measurement": "Measurement",
    "geometry_shape": "Geometry: properties of shapes",
    "geometry_position": "Geometry: position and direction",
    "statistics": "Statistics",
    "addition_subtraction": "Addition and subtraction",
    "multiplication_division": "Multiplication and division",
    "addition_subtraction_multiplication_division": "The four operations",
    "number_facts": "Number facts",
    "fractions": "Fractions",
    "geometry": "Geometry",
}

_CODE_SHAPES = {
    CONTENT_DOMAIN: re.compile(r"^[3-6][NCFRAMGPS]\d{1,2}[a-k]?$"),
    READY_TO_PROGRESS: re.compile(r"^[3-6][A-Z]{1,4}(/[A-Z]{1,4})?-\d$"),
}


@dataclass(frozen=True)
class Objective:
    """One curriculum code with its year, strand, a description in our words, and where the code was read."""

    code: str
    framework: str
    year: int
    strand: str
    description: str
    source: str

    @property
    def strand_name(self) -> str:
        return STRAND_NAMES.get(self.strand, self.strand)


@lru_cache(maxsize=1)
def objectives() -> tuple[Objective, ...]:
    """Every objective in the catalogue, in the order of the source documents."""
    text = resources.files("ks2practice.core.data").joinpath("curriculum.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    found = []
    for row in csv.DictReader(lines, delimiter="\t"):
        objective = Objective(
            code=row["code"],
            framework=row["framework"],
            year=int(row["year"]),
            strand=row["strand"],
            description=row["description"],
            source=row["source"],
        )
        if not _CODE_SHAPES[objective.framework].match(objective.code):
            raise ValueError(f"curriculum.tsv holds a malformed code: {objective.code!r}")
        found.append(objective)
    return tuple(found)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Objective]:
    return {o.code.upper(): o for o in objectives()}


def normalise_code(code: str) -> str:
    """Tidy a code as a teacher might type it: ' 5f2B ' → '5F2b', '3NPV–1' → '3NPV-1'."""
    text = code.strip().replace("–", "-").replace("—", "-")
    match = re.match(r"^([3-6])([A-Za-z])(\d{1,2})([A-Ka-k]?)$", text)
    if match:
        year, strand, number, sub = match.groups()
        return f"{year}{strand.upper()}{number}{sub.lower()}"
    return text.upper()


def find(code: str) -> Objective:
    """The objective for a code, or a KeyError saying what a code looks like."""
    try:
        return _by_code()[normalise_code(code).upper()]
    except KeyError:
        raise KeyError(
            f"{code!r} is not a KS2 curriculum code here; codes look like 5F2b (test framework) "
            "or 5F-2 (ready-to-progress). `ks2practice list` shows them all."
        ) from None


def content_domain() -> tuple[Objective, ...]:
    """The 195 content-domain codes of the KS2 test framework (Years 3–6)."""
    return tuple(o for o in objectives() if o.framework == CONTENT_DOMAIN)


def ready_to_progress() -> tuple[Objective, ...]:
    """The DfE (2020) ready-to-progress criteria for Years 3–6."""
    return tuple(o for o in objectives() if o.framework == READY_TO_PROGRESS)


# Year 1 and Year 2 ready-to-progress codes (DfE 2020): before KS2, so not in the catalogue, but real prerequisites.
KS1_CODE = re.compile(r"^[12](NPV|NF|AS|MD|G)-\d$")
NONE_NAMED = "none named:"
NOT_FOUND = "not found:"


@dataclass(frozen=True)
class Progression:
    """A ready-to-progress criterion's topics, the earlier criteria it builds on, and where those links were read."""

    code: str
    topics: tuple[str, ...]
    builds_on: tuple[str, ...]  # Year 1-6 codes; Year 1-2 ones are before KS2 (see before_key_stage_2)
    source: str

    @property
    def sourced(self) -> bool:
        """True when a text was read for this row: links with their source, or a source that names none."""
        return bool(self.builds_on) or self.source.startswith(NONE_NAMED)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def _year(code: str) -> int:
    return int(code[0])


@lru_cache(maxsize=1)
def progressions() -> dict[str, Progression]:
    """Every ready-to-progress criterion's row of ready_to_progress.tsv, by code, in catalogue order.

    Raises ValueError when a row names a code that is not a ready-to-progress criterion (Year 3-6 ones must be in
    the catalogue, Year 1-2 ones must look like 2NPV-1), a link to a later year or to itself, a link without a
    source address, an empty builds_on that does not say "none named: <url>" or "not found: ...", or a cycle.
    """
    text = resources.files("ks2practice.core.data").joinpath("ready_to_progress.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    known = {o.code: o for o in ready_to_progress()}
    found: dict[str, Progression] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        entry = Progression(row["code"], _split(row["topics"]), _split(row["builds_on"]), row["source"].strip())
        if entry.code not in known:
            raise ValueError(f"ready_to_progress.tsv names {entry.code!r}, which is not a ready-to-progress criterion")
        for code in entry.builds_on:
            if code not in known and not KS1_CODE.match(code):
                raise ValueError(f"{entry.code} builds on {code!r}, which is not a ready-to-progress criterion")
        later = [c for c in entry.builds_on if _year(c) > known[entry.code].year or c == entry.code]
        if later:
            raise ValueError(f"{entry.code} builds on {', '.join(later)}: links go to the same or an earlier year")
        if entry.builds_on and "https://" not in entry.source:
            raise ValueError(f"{entry.code}: a link needs the address where it was read")
        if not entry.builds_on and not (
            (entry.source.startswith(NONE_NAMED) and "https://" in entry.source) or entry.source.startswith(NOT_FOUND)
        ):
            raise ValueError(f"{entry.code}: an empty builds_on says 'none named: <url>' or 'not found: ...'")
        found[entry.code] = entry
    ordered = {code: found[code] for code in known if code in found}
    _check_acyclic(ordered)
    return ordered


def _check_acyclic(links: dict[str, Progression]) -> None:
    state: dict[str, int] = {}  # 1 while on the path, 2 when done

    def visit(code: str, path: tuple[str, ...]) -> None:
        if state.get(code) == 2:
            return
        if state.get(code) == 1:
            raise ValueError(f"ready_to_progress.tsv links make a cycle: {' → '.join((*path, code))}")
        state[code] = 1
        for earlier in links[code].builds_on if code in links else ():
            visit(earlier, (*path, code))
        state[code] = 2

    for code in links:
        visit(code, ())


def progression(code: str) -> Progression:
    """The row for one ready-to-progress criterion (typed as a teacher might: '4npv–1'), or a KeyError."""
    objective = find(code)
    if objective.framework != READY_TO_PROGRESS:
        raise KeyError(f"{objective.code} is a content-domain code; ready-to-progress codes look like 5F-2")
    return progressions()[objective.code]


def _reached(codes: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The criteria asked about, and every code they build on, directly or through others (Year 1-6)."""
    links = progressions()
    asked = {progression(c).code for c in codes}
    wanted: set[str] = set()
    stack = [earlier for c in asked for earlier in links[c].builds_on]
    while stack:
        earlier = stack.pop()
        if earlier not in wanted:
            wanted.add(earlier)
            stack.extend(links[earlier].builds_on if earlier in links else ())
    return asked, wanted - asked


def revisit_first(code: str, *more: str) -> tuple[Objective, ...]:
    """The earlier KS2 criteria to revisit before teaching one (or several): all they build on, directly or not.

    Earliest first: each criterion comes after everything it builds on, and among those free to come next the
    earlier year (then the DfE order) comes first. The criteria asked about are not included, nor Year 1-2 codes
    (see before_key_stage_2).
    """
    links = progressions()
    asked, reached = _reached((code, *more))
    wanted = {c for c in reached if c in links}
    rank = {o.code: (o.year, index) for index, o in enumerate(ready_to_progress())}
    done: list[str] = []
    while len(done) < len(wanted):
        ready = [
            c
            for c in wanted
            if c not in done and all(p in done or p in asked or p not in links for p in links[c].builds_on)
        ]
        done.append(min(ready, key=rank.__getitem__))
    return tuple(_by_code()[c.upper()] for c in done)


def before_key_stage_2(code: str, *more: str) -> tuple[str, ...]:
    """The Year 1-2 criteria these build on, directly or through KS2 criteria, by year then code (no topics here)."""
    _, reached = _reached((code, *more))
    return tuple(sorted((c for c in reached if KS1_CODE.match(c)), key=lambda c: (_year(c), c)))


def revisit_text(codes: tuple[str, ...] | list[str]) -> str:
    """What to revisit before work on these criteria, as a teacher reads it; empty when no source names any."""
    if not codes:
        return ""
    earlier = revisit_first(*codes)
    infant = before_key_stage_2(*codes)
    parts = []
    if earlier:
        parts.append(
            "Revisit first: "
            + ", ".join(f"{o.code} ({o.description[:1].lower()}{o.description[1:]})" for o in earlier)
            + "."
        )
    if infant:
        years = sorted({_year(c) for c in infant})
        when = " and ".join(f"Year {y}" for y in years)
        parts.append(f"Builds on {', '.join(infant)} ({when}, before KS2): revisit with concrete materials.")
    return " ".join(parts)


def link_counts() -> tuple[int, int, int]:
    """How many criteria have sourced prerequisites, how many links there are, and how many go to Year 1-2."""
    rows = progressions().values()
    links = [c for row in rows for c in row.builds_on]
    return sum(bool(row.builds_on) for row in rows), len(links), sum(bool(KS1_CODE.match(c)) for c in links)


def criteria_for_topic(topic_id: str) -> tuple[Objective, ...]:
    """The ready-to-progress criteria a topic practises, in the DfE order."""
    return tuple(o for o in ready_to_progress() if topic_id in progressions()[o.code].topics)
