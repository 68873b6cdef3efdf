"""A group's progress from the session store: mastery per pupil × topic, misconceptions, accuracy and confidence."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.content.misconceptions import MISCONCEPTIONS
from ks2practice.core import curriculum, registry
from ks2practice.reports import queries
from ks2practice.session.summary import right_without_help
from ks2practice.store import Store, StoredAttempt

# A pupil is "secure" in a topic when, over their most recent RECENT marked answers in it (at least ENOUGH of
# them), at least 80 % were right without help; "developing" from 50 %; "not yet" below. Answers marked "try
# again" (unreadable, not in the form asked) are not marks and are left out.
RECENT = 6
ENOUGH = 4
SECURE = Fraction(4, 5)
DEVELOPING = Fraction(1, 2)
STATES = ("secure", "developing", "not yet", "too few answers")


class ReportError(ValueError):
    """A report that cannot be made as asked, with a message the teacher can act on."""


@dataclass(frozen=True)
class Cell:
    """One pupil in one topic: how many of their recent marked answers were right, and what that means."""

    right: int
    marked: int
    state: str

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.right, self.marked) if self.marked else None


@dataclass(frozen=True)
class GroupProgress:
    """Everything a group report shows, computed from the store with no plotting."""

    group: str
    pupils: tuple[str, ...]
    topics: tuple[str, ...]  # topic ids, in the order first practised
    grid: dict[tuple[str, str], Cell]  # (pupil, topic) → cell
    misconceptions: tuple[tuple[str, int], ...]  # id → times diagnosed, most first
    sessions: tuple[tuple[str, int, int, float | None], ...]  # (date, right, marked, mean confidence or None)
    answers: int

    def topic_title(self, topic_id: str) -> str:
        try:
            return registry.get(topic_id).title
        except KeyError:
            return topic_id

    def ready_to_move_on(self) -> list[str]:
        """Pupils secure in every topic the group has practised."""
        return [p for p in self.pupils if all(self.grid[(p, t)].state == "secure" for t in self.topics)]

    def next_steps(self) -> dict[str, str]:
        """For each pupil not yet secure everywhere: their weakest topic, and their commonest misconception there."""
        steps = {}
        for pupil in self.pupils:
            open_topics = [t for t in self.topics if self.grid[(pupil, t)].state != "secure"]
            if not open_topics:
                continue
            weakest = min(open_topics, key=lambda t: (_order(self.grid[(pupil, t)]), self.topics.index(t)))
            cell = self.grid[(pupil, weakest)]
            if cell.state == "too few answers":
                steps[pupil] = f"more practice in {self.topic_title(weakest)} ({cell.marked} answers so far)"
            else:
                steps[pupil] = f"{self.topic_title(weakest)}: {cell.right} of the last {cell.marked} right"
                revisit = _revisit(weakest)
                if revisit:
                    steps[pupil] += f"; {revisit[:1].lower()}{revisit[1:]}"
        return steps


def _revisit(topic_id: str) -> str:
    """What to revisit first for a weak topic: the DfE ready-to-progress links of the criteria it practises."""
    return curriculum.revisit_text([o.code for o in curriculum.criteria_for_topic(topic_id)])


def _order(cell: Cell) -> tuple[int, Fraction]:
    rank = {"not yet": 0, "developing": 1, "too few answers": 2, "secure": 3}[cell.state]
    return rank, cell.share if cell.share is not None else Fraction(0)


def is_right(stored: StoredAttempt) -> bool:
    """Right without help, by the one rule the end-of-session summary uses too (``session.summary``)."""
    return right_without_help(stored)


def is_marked(stored: StoredAttempt) -> bool:
    return not stored.final_status.try_again


def cell_for(attempts: Sequence[StoredAttempt]) -> Cell:
    """The mastery cell for one pupil's answers in one topic, oldest first."""
    recent = [a for a in attempts if is_marked(a)][-RECENT:]
    return cell_of(sum(is_right(a) for a in recent), len(recent))


@functools.cache  # a school's grid has tens of thousands of cells but only a few dozen (right, marked) pairs
def cell_of(right: int, marked: int) -> Cell:
    """The mastery cell for this many right among a pupil's most recent ``marked`` (at most RECENT) marked answers."""
    if marked < ENOUGH:
        return Cell(right, marked, "too few answers")
    share = Fraction(right, marked)
    state = "secure" if share >= SECURE else "developing" if share >= DEVELOPING else "not yet"
    return Cell(right, marked, state)


def group_progress(store: Store, group_name: str, *, school_id: int | None = None) -> GroupProgress:
    """The progress of one group (by name, any case; of one school when given); a ReportError for an unknown or
    empty group, or a name several schools use when no school is given.

    Computed by aggregate queries over the group's pupils (``reports.queries``): the grid from each pupil's RECENT
    newest marked answers per topic, the rest as counts per misconception and per day.
    """
    # only a group the store lists: on a school server the app's store lists only its viewer's groups, and a name is
    # looked up among those (another school's group of the same name is never opened)
    listed = {int(g["id"]) for g in store.find_groups(include_archived=True)}
    with queries.snapshot(store) as db:
        every, found = queries.find_groups(db, store, group_name, school_id)
        every, found = [g for g in every if g.id in listed], [g for g in found if g.id in listed]
        if not every:
            raise ReportError("the store has no groups yet: run a session in the TA app first")
        if not found:
            raise ReportError(f"there is no group called {group_name!r}; groups: {', '.join(g.name for g in every)}")
        if len(found) > 1:
            raise ReportError(f"{len(found)} schools have a group called {found[0].name!r}: say which school")
        group = found[0]
        members = queries.group_pupils(store, group.id)
        pupils = {int(p): str(name) for p, name in db.execute(members)}
        if not pupils:
            raise ReportError(f"{group.name} has no pupils yet")
        counts = queries.grid_counts(db, members)
        misconceptions = queries.misconception_counts(db, members)
        days, answers = queries.days(db, members)
    topics = queries.topics_in_order(counts)
    cells = {(c.pupil_id, c.topic): cell_of(c.right, c.marked) for c in counts}
    empty = cell_of(0, 0)
    grid = {(name, t): cells.get((pupil_id, t), empty) for pupil_id, name in pupils.items() for t in topics}
    return GroupProgress(
        group=group.name,
        pupils=tuple(pupils.values()),
        topics=topics,
        grid=grid,
        misconceptions=misconceptions,
        sessions=tuple(days),
        answers=answers,
    )


@dataclass(frozen=True)
class SchoolGrid:
    """Every current pupil × every curriculum topic anyone has practised: the school's mastery grid."""

    pupils: tuple[tuple[int, str], ...]  # (id, name), by name then id: names repeat across groups
    topics: tuple[str, ...]  # in the order first practised in the school
    cells: dict[tuple[int, str], Cell]  # (pupil id, topic) → cell, for every pupil and topic

    def counts(self) -> dict[str, Counter[str]]:
        """Per topic: how many pupils are in each state."""
        return {t: Counter(self.cells[(p, t)].state for p, _ in self.pupils) for t in self.topics}


def school_grid(store: Store, school_id: int | None = None) -> SchoolGrid:
    """The mastery grid of every current pupil of a school (or of the whole store), by aggregate SQL in one snapshot."""
    with queries.snapshot(store) as db:
        everyone = queries.school_pupils(store, school_id)
        pupils = tuple((int(p), str(name)) for p, name in db.execute(everyone))
        counts = queries.grid_counts(db, everyone)
    topics = queries.topics_in_order(counts)
    found = {(c.pupil_id, c.topic): cell_of(c.right, c.marked) for c in counts}
    empty = cell_of(0, 0)
    return SchoolGrid(pupils, topics, {(p, t): found.get((p, t), empty) for p, _ in pupils for t in topics})


def progress_from(
    group: str, pupils: dict[int, str], attempts: Iterable[StoredAttempt], sessions: dict[int, object] | None = None
) -> GroupProgress:
    """Build the report data from attempts (oldest first); pupils with no answers still get a row."""
    attempts = sorted(attempts, key=lambda a: a.id)
    topics = tuple(dict.fromkeys(a.attempt.topic for a in attempts if not a.attempt.topic.startswith("mtc.")))
    by_cell: dict[tuple[int, str], list[StoredAttempt]] = defaultdict(list)
    for stored in attempts:
        by_cell[(stored.attempt.pupil_id, stored.attempt.topic)].append(stored)
    grid = {
        (name, topic): cell_for(by_cell.get((pupil_id, topic), []))
        for pupil_id, name in pupils.items()
        for topic in topics
    }
    misconceptions = Counter(a.attempt.misconception for a in attempts if a.attempt.misconception)
    return GroupProgress(
        group=group,
        pupils=tuple(pupils.values()),
        topics=topics,
        grid=grid,
        misconceptions=tuple(sorted(misconceptions.items(), key=lambda kv: (-kv[1], kv[0]))),
        sessions=_by_day(attempts),
        answers=len(attempts),
    )


def _by_day(attempts: Sequence[StoredAttempt]) -> tuple[tuple[str, int, int, float | None], ...]:
    # One point per day a group met: accuracy of the marked answers and the pupils' mean confidence (if given).
    days: dict[str, list[StoredAttempt]] = defaultdict(list)
    for stored in attempts:
        days[stored.recorded[:10]].append(stored)
    rows = []
    for day in sorted(days):
        marked = [a for a in days[day] if is_marked(a)]
        rated = [a.attempt.confidence for a in days[day] if a.attempt.confidence is not None]
        confidence = sum(rated) / len(rated) if rated else None
        rows.append((day, sum(is_right(a) for a in marked), len(marked), confidence))
    return tuple(rows)


def misconception_title(misconception_id: str) -> str:
    entry = MISCONCEPTIONS.get(misconception_id)
    return entry.title if entry else misconception_id
