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
