"""The trust roll-up: a school's results exported without names, and several schools' exports compared."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ks2practice.core.curriculum import STRAND_NAMES
from ks2practice.core.private_files import write_private
from ks2practice.reports import queries
from ks2practice.reports.effect_size import EffectSize, hedges_g
from ks2practice.reports.mastery import ReportError
from ks2practice.store import Store

FORMAT = "ks2practice-rollup"
VERSION = 1
SHORTEST_SECRET = 16  # bytes of UTF-8, after a byte-order mark and surrounding whitespace are stripped
LARGEST_EXPORT = 5_000_000  # bytes: a school of several thousand pupils is well under 1 MB
DEEPEST_EXPORT = 8  # brackets: the format itself nests 5 deep
LONGEST_SCHOOL = 60
MAKE_SECRET = "make one with `ks2practice rollup secret -o school-secret.txt` and keep that file in school"
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


def school_secret(text: str) -> str:
    """The secret as hashing uses it: a byte-order mark and surrounding whitespace removed, and refused if weak.

    A file saved by Notepad and the same words typed into $KS2PRACTICE_SCHOOL_SECRET give the same pseudonyms.
    """
    secret = text.strip().removeprefix("\ufeff").strip()
    if not secret:
        raise ReportError(f"the school secret is empty; {MAKE_SECRET}")
    if len(set(secret)) == 1:
        raise ReportError(f"the school secret is one character repeated, which anyone could guess; {MAKE_SECRET}")
    if len(secret.encode("utf-8")) < SHORTEST_SECRET:
        raise ReportError(f"the school secret is shorter than {SHORTEST_SECRET} characters; {MAKE_SECRET}")
    return secret


def make_secret() -> str:
    """A new strong school secret: 32 random bytes, written as 43 letters, digits, '-' and '_'."""
    return secrets.token_urlsafe(32)


def school_label(text: str) -> str:
    """A school's label with its spaces tidied; refused when empty or longer than the roll-up allows."""
    label = " ".join(text.split())
    if not label or len(label) > LONGEST_SCHOOL:
        raise ReportError(
            f"give the school a short label for the roll-up (at most {LONGEST_SCHOOL} characters), e.g. 'School A'"
        )
    return label


def export_anonymised(store: Store, school: str, secret: str) -> dict:
    """Every pupil's strand results and paper totals, with ids hashed by the school's secret and no names at all.

    Pupils are listed in the order of their hashed ids (and groups likewise), never by name or by when they were
    added, so a reader who knows the class cannot match rows to children by position.
    """
    school = school_label(school)
    secret = school_secret(secret)
    with queries.snapshot(store) as db:
        membership = queries.every_group_member(db)
        totals = queries.paper_totals(db)
        strands: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for pupil_id, topic, right, marked in queries.topic_counts(db):
            cell = strands[pupil_id][strand_of(topic)]
            cell[0] += right
            cell[1] += marked
    pupils = [
        {
            "pupil": pseudonym(secret, "pupil", pupil_id),
            "group": pseudonym(secret, "group", group_id),
            "strands": dict(sorted(strands.get(pupil_id, {}).items())),
            "baseline": totals.get((group_id, "baseline", pupil_id)),
            "endpoint": totals.get((group_id, "endpoint", pupil_id)),
        }
        for group_id, pupil_id in membership
    ]
    if not pupils:
        raise ReportError("the store has no pupils yet, so there is nothing to export")
    pupils.sort(key=lambda row: (row["group"], row["pupil"]))
    return {"format": FORMAT, "version": VERSION, "school": school, "pupils": pupils}


def export_bytes(data: dict) -> bytes:
    """The export as the file holds it (the report app offers these same bytes as a download)."""
    return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_export(data: dict, path: str | Path) -> Path:
    """Write the export whole or not at all, readable by its owner only: hashed ids are still pupils' records."""
    return write_private(path, export_bytes(data))


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
        with open(source, "rb") as handle:  # read no more than the limit, even from a pipe or a device
            raw = handle.read(LARGEST_EXPORT + 1)
    except FileNotFoundError:
        raise ReportError(f"no export at {str(source)!r}") from None
    except OSError as error:
        raise ReportError(f"cannot read {str(source)!r}: {error.strerror or error}") from None
    if len(raw) > LARGEST_EXPORT:
        raise ReportError(
            f"{source.name} is larger than {LARGEST_EXPORT // 1_000_000} MB, so it is not a roll-up export"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReportError(f"{source.name} is not a ks2practice roll-up export (it is not JSON)") from None
    if _depth(text) > DEEPEST_EXPORT:
        raise ReportError(f"{source.name} is not a ks2practice roll-up export (it nests too deeply)")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise ReportError(f"{source.name} is not a ks2practice roll-up export (it is not JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReportError(f"{source.name} is not a ks2practice roll-up export")
    if data.get("version") != VERSION:
        version = str(data.get("version"))[:12]
        raise ReportError(f"{source.name} was written by another version of ks2practice (format {version!r})")
    pupils = data.get("pupils")
    if not isinstance(pupils, list) or not all(_pupil_ok(p) for p in pupils):
        raise ReportError(f"{source.name} is damaged: a pupil record is not as ks2practice writes it")
    school = data.get("school")
    if not isinstance(school, str) or not school.strip() or len(school) > LONGEST_SCHOOL:
        raise ReportError(f"{source.name} is damaged: its school label is missing or longer than {LONGEST_SCHOOL}")
    return School(" ".join(school.split()), tuple(pupils))


# A string runs to its closing quote, or to the end of the text when there is none, so nothing is scanned twice.
_BRACKETS_AND_STRINGS = re.compile(r'"(?:[^"\\]++|\\.)*+"?|[\[\]{}]')


def _depth(text: str) -> int:
    """How deeply brackets nest in JSON text, strings skipped; a cheap look before json.loads recurses."""
    deepest = depth = 0
    for match in _BRACKETS_AND_STRINGS.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > DEEPEST_EXPORT:
                break
        elif token in ("]", "}"):
            depth -= 1
    return deepest


def _pupil_ok(pupil: object) -> bool:
    if not isinstance(pupil, dict) or set(pupil) != {"pupil", "group", "strands", "baseline", "endpoint"}:
        return False
    if not all(isinstance(pupil[k], str) and 0 < len(pupil[k]) <= 64 for k in ("pupil", "group")):
        return False
    strands = pupil["strands"]
    counts_ok = isinstance(strands, dict) and all(
        len(k) <= 80
        and isinstance(v, list)
        and len(v) == 2
        and all(isinstance(n, int) and n >= 0 for n in v)
        and v[0] <= v[1]
        for k, v in strands.items()
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
