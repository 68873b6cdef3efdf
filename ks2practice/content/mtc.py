"""A Year 4 multiplication tables check rehearsal: 25 facts from the 2 to 12 tables, weighted as the real check is."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ks2practice.answers.kinds import WholeNumber
from ks2practice.core.model import Item, Level, Question, Spec

TOPIC = "mtc.rehearsal"
TITLE = "Multiplication tables check rehearsal"
CODES = ("4C6a",)
ITEMS = 25
SECONDS = 6
TABLES = tuple(range(2, 13))

# How many of the 25 items come from each table (the first number of "a × b"), minimum and maximum.
# Source: Standards and Testing Agency, "Multiplication tables check assessment framework" (November 2018;
# https://www.gov.uk/government/publications/multiplication-tables-check-assessment-framework), section 6 (test
# content): items are drawn from the 121 facts 2 × 2 … 12 × 12; the first number names the table; each table has a
# minimum and maximum number of items, with most from the 6, 7, 8, 9 and 12 tables ("determined to be the most
# difficult"), fewer from the KS1 tables 2, 5 and 10; a fact never appears with its factors reversed in one form.
# The PDF itself could not be fetched here: the figures below follow teachers' summaries of its table
# (professorassessor.co.uk; "between 2 and 4 questions from the 7 times table" quoted on a practice-tool page) and
# should be checked against the framework before this is called more than a rehearsal. Not modelled: the framework
# also keeps the second numbers spread evenly (within ±1 of the same limits).
PER_TABLE: dict[int, tuple[int, int]] = {
    2: (1, 2),
    3: (1, 3),
    4: (1, 3),
    5: (1, 2),
    6: (2, 4),
    7: (2, 4),
    8: (2, 4),
    9: (2, 4),
    10: (1, 2),
    11: (1, 3),
    12: (2, 4),
}
KS1_TABLES = (2, 5, 10)
KS1_RANGE = (3, 6)  # items from the 2, 5 and 10 tables together


@dataclass(frozen=True)
class Fact:
    """One multiplication fact as the check shows it: the table first, then the other factor."""

    table: int
    times: int

    @property
    def product(self) -> int:
        return self.table * self.times

    @property
    def label(self) -> str:
        return f"{self.table}×{self.times}"

    @property
    def prompt(self) -> str:
        return f"{self.table} × {self.times} ="


def table_counts(rng: random.Random) -> dict[int, int]:
    """How many items each table gets: every table's minimum, then the rest spread within the maximums."""
    counts = {table: low for table, (low, _) in PER_TABLE.items()}
    while sum(counts.values()) < ITEMS:
        ks1 = sum(counts[t] for t in KS1_TABLES)
        room = [
            t
            for t, (_, high) in PER_TABLE.items()
            if counts[t] < high and not (t in KS1_TABLES and ks1 >= KS1_RANGE[1])
        ]
        counts[rng.choice(room)] += 1
    return counts


def rehearsal(rng: random.Random) -> list[Fact]:
    """25 different facts, weighted as the check is, in a shuffled order; no fact appears with its factors reversed."""
    while True:  # a draw can rarely paint itself into a corner (a table's partners all used); draw again
        facts = _draw(rng, table_counts(rng))
        if len(facts) == ITEMS:
            rng.shuffle(facts)
            return facts


def _draw(rng: random.Random, counts: dict[int, int]) -> list[Fact]:
    used: set[frozenset[int]] = set()
    facts: list[Fact] = []
    # The most-weighted tables choose their partners first, so they are the least likely to run short.
    for table in sorted(TABLES, key=lambda t: (-counts[t], t)):
        others = list(TABLES)
        rng.shuffle(others)
        chosen = 0
        for times in others:
            pair = frozenset((table, times))
            if chosen == counts[table]:
                break
            if pair in used:
                continue
            used.add(pair)
            facts.append(Fact(table, times))
            chosen += 1
    return facts


def fact_spec(fact: Fact) -> Spec:
    """The variant code of a fact, so it can be re-asked next time: ``mtc.rehearsal/L2/s7x8``."""
    return Spec(TOPIC, Level.EXPECTED, f"{fact.table}x{fact.times}", style="fluency")


def fact_from_spec(spec: Spec) -> Fact:
    """The fact a rehearsal spec names; a ValueError for anything else."""
    table, _, times = str(spec.seed).partition("x")
    if spec.topic != TOPIC or not (table.isdigit() and times.isdigit()):
        raise ValueError(f"{spec.code!r} is not a multiplication tables check fact")
    fact = Fact(int(table), int(times))
    if fact.table not in TABLES or fact.times not in TABLES:
        raise ValueError(f"{spec.code!r}: the check uses the 2 to 12 tables only")
    return fact


def fact_question(fact: Fact) -> Question:
    """A fact as a Question, so the usual checker marks it and the store records it like any other."""
    item = Item(
        prompt=fact.prompt,
        answer=WholeNumber(fact.product),
        solution=(f"{fact.table} × {fact.times} = {fact.product}",),
        style="fluency",
        check=f"{fact.table} × {fact.times}",
    )
    return Question(spec=fact_spec(fact), title=TITLE, curriculum=CODES, item=item)
