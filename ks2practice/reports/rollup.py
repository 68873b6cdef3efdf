"""The trust roll-up: a school's results exported without names, and several schools' exports compared."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ks2practice.core.curriculum import STRAND_NAMES
from ks2practice.reports.effect_size import EffectSize, hedges_g
from ks2practice.reports.mastery import ReportError, is_marked, is_right
from ks2practice.store import Store

FORMAT = "ks2practice-rollup"
VERSION = 1
SHORTEST_SECRET = 12
_TOPIC_STRANDS = {
    "number": "number_place_value",
    "calculation": "calculation",
    "fractions": "fractions_decimals_percentages",
    "decimals": "fractions_decimals_percentages",
    "percentages": "fractions_decimals_percentages",
    "ratio": "ratio_proportion",
    "algebra": "algebra",
    "measures": "measurement",
    "perimeter_area_volume": "measurement",
    "time": "measurement",
    "shapes": "geometry_shape",
    "angles": "geometry_shape",
    "position": "geometry_position",
    "statistics": "statistics",
    "problems": "calculation",
}


def strand_of(topic_id: str) -> str:
    """The curriculum strand's name for a topic id ('calculation.long_division' → its strand's name)."""
    key = _TOPIC_STRANDS.get(topic_id.split(".", 1)[0], "")
    return STRAND_NAMES.get(key, topic_id.split(".", 1)[0].replace("_", " ").capitalize())


def pseudonym(secret: str, kind: str, number: int) -> str:
    """A keyed hash of a pupil or group id: stable for one school's secret, meaningless without it."""
    digest = hmac.new(secret.encode("utf-8"), f"{kind}:{number}".encode(), hashlib.sha256).hexdigest()
    return digest[:16]


def export_anonymised(store: Store, school: str, secret: str) -> dict:
    """Every pupil's strand results and paper totals, with ids hashed by the school's secret and no names at all."""
    school = " ".join(school.split())
    if not school or len(school) > 60:
        raise ReportError("give the school a short label for the roll-up (at most 60 characters), e.g. 'School A'")
    if len(secret) < SHORTEST_SECRET:
        raise ReportError(f"the school secret must be at least {SHORTEST_SECRET} characters; keep it in school")
    pupils = []
    for group in store.find_groups(include_archived=True):
        totals = _paper_totals(store, group["id"])
        for pupil in store.find_pupils(group["id"], include_archived=True):
            strands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for stored in store.find_attempts(pupil_id=pupil["id"]):
                if is_marked(stored) and not stored.attempt.topic.startswith("mtc."):
                    cell = strands[strand_of(stored.attempt.topic)]
                    cell[0] += is_right(stored)
                    cell[1] += 1
            pupils.append(
                {
                    "pupil": pseudonym(secret, "pupil", pupil["id"]),
                    "group": pseudonym(secret, "group", group["id"]),
                    "strands": {k: v for k, v in sorted(strands.items())},
                    "baseline": totals.get(("baseline", pupil["id"])),
                    "endpoint": totals.get(("endpoint", pupil["id"])),
                }
            )
    if not pupils:
        raise ReportError("the store has no pupils yet, so there is nothing to export")
    return {"format": FORMAT, "version": VERSION, "school": school, "pupils": pupils}


def _paper_totals(store: Store, group_id: int) -> dict[tuple[str, int], int]:
    totals: dict[tuple[str, int], int] = {}
    for assessment in store.find_assessments(group_id):
        for row in store.find_item_marks(assessment["id"]):
            key = (assessment["kind"], row["pupil_id"])
            totals[key] = totals.get(key, 0) + row["marks"]
    return totals


def write_export(data: dict, path: str | Path) -> Path:
    from ks2practice.printing.pdf import write_atomically

    return write_atomically(path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8"))


@dataclass(frozen=True)
class School:
    """One school's imported export."""

    name: str
    pupils: tuple[dict, ...]

    def strand_percent(self) -> dict[str, float]:
        right: dict[str, int] = defaultdict(int)
        marked: dict[str, int] = defaultdict(int)
        for pupil in self.pupils:
            for strand, (r, m) in pupil["strands"].items():
                right[strand] += r
                marked[strand] += m
        return {s: 100 * right[s] / marked[s] for s in sorted(marked) if marked[s]}

    def scores(self, kind: str) -> list[int]:
        return [p[kind] for p in self.pupils if p.get(kind) is not None]

    def effect(self) -> EffectSize | None:
        try:
            return hedges_g(self.scores("baseline"), self.scores("endpoint"))
        except ValueError:
            return None


def read_export(path: str | Path) -> School:
    """One school's export, checked; a one-line reason for a file that is not one."""
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"no export at {str(source)!r}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReportError(f"{source.name} is not a ks2practice roll-up export (it is not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportError(f"{source.name} is not a ks2practice roll-up export")
    if data.get("version") != VERSION:
        raise ReportError(f"{source.name} was written by another version of ks2practice (format {data.get('version')})")
    pupils = data.get("pupils")
    if not isinstance(pupils, list) or not all(_pupil_ok(p) for p in pupils):
        raise ReportError(f"{source.name} is damaged: a pupil record is not as ks2practice writes it")
    return School(str(data.get("school", source.stem)), tuple(pupils))


def _pupil_ok(pupil: object) -> bool:
    if not isinstance(pupil, dict) or set(pupil) != {"pupil", "group", "strands", "baseline", "endpoint"}:
        return False
    strands = pupil["strands"]
    counts_ok = isinstance(strands, dict) and all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) and n >= 0 for n in v) and v[0] <= v[1]
        for v in strands.values()
    )
    scores_ok = all(
        pupil[k] is None or (isinstance(pupil[k], int) and 0 <= pupil[k] <= 40) for k in ("baseline", "endpoint")
    )
    return counts_ok and scores_ok


def import_exports(paths: list[str | Path]) -> list[School]:
    """Several schools' exports; two exports with the same school label are refused (rename one)."""
    if not paths:
        raise ReportError("give at least one school's export file")
    schools = [read_export(p) for p in paths]
    names = [s.name for s in schools]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ReportError(f"two exports are labelled {repeated[0]!r}: each school needs its own label")
    return schools


def comparison_rows(schools: list[School]) -> list[dict]:
    """One row per school: pupils, % right per strand, paper means, mean change and Hedges' g."""
    rows = []
    for school in schools:
        before, after = school.scores("baseline"), school.scores("endpoint")
        effect = school.effect()
        rows.append(
            {
                "school": school.name,
                "pupils": len(school.pupils),
                "strands": school.strand_percent(),
                "baseline": sum(before) / len(before) if before else None,
                "endpoint": sum(after) / len(after) if after else None,
                "effect": effect,
            }
        )
    return rows
