"""Curriculum coverage as data: which topics cover each code (test framework or ready-to-progress) at each level."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.core import curriculum, registry
from ks2practice.core.model import Level
from ks2practice.core.registry import Topic

LEVELS = (Level.WORKING_TOWARDS, Level.EXPECTED, Level.GREATER_DEPTH)


@dataclass(frozen=True)
class Row:
    """One content-domain code with the topics covering it at each level (a tuple per level 1, 2, 3)."""

    objective: curriculum.Objective
    topics: tuple[tuple[str, ...], ...]

    @property
    def code(self) -> str:
        return self.objective.code

    def covered(self, level: Level | int) -> bool:
        return bool(self.topics[int(level) - 1])

    @property
    def complete(self) -> bool:
        """Covered at all three levels."""
        return all(self.topics)


@dataclass(frozen=True)
class Coverage:
    """A coverage table: its rows and the share of codes covered per level and overall."""

    rows: tuple[Row, ...]

    def share(self, level: Level | int | None = None) -> Fraction:
        """The share of codes covered at one level, or overall (a code × level cell at a time) when level is None.

        An empty table (a filter matching no code) counts as fully covered: nothing asked for is missing.
        """
        levels = LEVELS if level is None else (Level.parse(level),)
        cells = [row.covered(lv) for row in self.rows for lv in levels]
        return Fraction(sum(cells), len(cells)) if cells else Fraction(1)

    def percent(self, level: Level | int | None = None) -> Fraction:
        return self.share(level) * 100

    @property
    def gaps(self) -> tuple[Row, ...]:
        """The rows missing at least one level."""
        return tuple(row for row in self.rows if not row.complete)


def coverage(
    topics: Iterable[Topic] | None = None,
    *,
    strand: str | None = None,
    year: int | None = None,
) -> Coverage:
    """Which topics cover each Y3–Y6 content-domain code at each level.

    A topic covers a code at a level when the code is in its ``codes`` and the level in its ``levels``.
    ``strand`` filters by the code's strand letter (N, C, F, R, A, M, G, P, S) or by the catalogue's strand name
    (e.g. ``calculation``); ``year`` by year group. ``topics`` defaults to every registered topic.
    """
    entries: Sequence[Topic] = registry.topics() if topics is None else tuple(topics)
    rows = []
    for objective in curriculum.content_domain():
        if year is not None and objective.year != year:
            continue
        if strand is not None and not _in_strand(objective, strand):
            continue
        per_level = tuple(
            tuple(entry.id for entry in entries if objective.code in entry.codes and level in entry.levels)
            for level in LEVELS
        )
        rows.append(Row(objective, per_level))
    return Coverage(tuple(rows))


def ready_to_progress(topics: Iterable[Topic] | None = None, *, year: int | None = None) -> Coverage:
    """Which topics practise each ready-to-progress criterion at each level.

    A criterion's topics are those named for it in core/data/ready_to_progress.tsv (the DfE criteria are not topic
    codes); a topic counts at a level when it offers that level. ``topics`` defaults to every registered topic.
    """
    entries = {t.id: t for t in (registry.topics() if topics is None else topics)}
    rows = []
    for objective in curriculum.ready_to_progress():
        if year is not None and objective.year != year:
            continue
        named = [entries[i] for i in curriculum.progressions()[objective.code].topics if i in entries]
        per_level = tuple(tuple(t.id for t in named if level in t.levels) for level in LEVELS)
        rows.append(Row(objective, per_level))
    return Coverage(tuple(rows))


def _in_strand(objective: curriculum.Objective, strand: str) -> bool:
    wanted = strand.strip()
    if len(wanted) == 1:
        return objective.code[1] == wanted.upper()  # the code's strand letter: 5F2b is F
    return objective.strand == wanted.lower().replace(" ", "_").replace("-", "_")


def strands() -> tuple[str, ...]:
    """The strand letters and names a filter accepts."""
    letters = sorted({o.code[1] for o in curriculum.content_domain()})
    names = sorted({o.strand for o in curriculum.content_domain()})
    return (*letters, *names)
