"""The context bank: believable ranges and relations for what word problems are about, loaded from contexts*.toml."""

from __future__ import annotations

import itertools
import random
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from importlib import resources

Value = int | Fraction


@dataclass(frozen=True)
class Quantity:
    """One thing a context measures or counts: its believable range and unit (money in pence)."""

    name: str
    low: int
    high: int
    unit: str = ""

    def holds(self, value: Value) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Context:
    """A context: its names, quantities and relations."""

    id: str
    noun: str
    plural: str
    quantities: dict[str, Quantity]
    relations: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> Quantity:
        return self.quantities[name]

    def span(self, name: str, low: int | None = None, high: int | None = None) -> tuple[int, int]:
        """The range of a quantity, narrowed to [low, high] where given (a level's sizes)."""
        quantity = self.quantities[name]
        return max(quantity.low, quantity.low if low is None else low), min(
            quantity.high, quantity.high if high is None else high
        )

    def draw(
        self, rng: random.Random, name: str, low: int | None = None, high: int | None = None, step: int = 1
    ) -> int:
        """A whole number of `step`s inside the quantity's range (and [low, high]), recorded as used."""
        lo, hi = self.span(name, low, high)
        first, last = -(-lo // step), hi // step
        if first > last:
            raise ValueError(f"{self.id}.{name}: no multiple of {step} between {lo} and {hi}")
        value = rng.randint(first, last) * step
        used(self.id, **{name: value})
        return value

    def problems(self, values: dict[str, Value | Sequence[Value]]) -> list[str]:
        """What is wrong with these values for this context: out of range, or a relation broken."""
        found = []
        for name, value in values.items():
            if name not in self.quantities:
                found.append(f"{self.id} has no quantity {name!r}")
                continue
            for v in value if isinstance(value, (list, tuple)) else (value,):
                if not self.quantities[name].holds(v):
                    q = self.quantities[name]
                    found.append(f"{self.id}.{name} = {v} lies outside {q.low}..{q.high} {q.unit}".rstrip())
        for relation in self.relations:
            if not _relation_holds(relation, values):
                found.append(f"{self.id}: {relation!r} fails for {values}")
        return found


def _total(value: Value | Sequence[Value]) -> Value:
    return sum(value) if isinstance(value, (list, tuple)) else value


def _relation_holds(relation: str, values: dict[str, Value | Sequence[Value]]) -> bool:
    words = relation.split()
    if words[0] == "rising":
        series = values.get(words[1])
        return series is None or all(a <= b for a, b in itertools.pairwise(series))  # type: ignore[index,arg-type]
    if words[0] == "spread":
        series = values.get(words[1])
        return series is None or max(series) - min(series) <= int(words[3])  # type: ignore[arg-type,type-var,operator]
    left, sign, right = words
    if left not in values or right not in values:
        return True  # a relation binds only the quantities an item uses
    a, b = _total(values[left]), _total(values[right])
    return a < b if sign == "<" else a <= b


RELATION_FORMS = ("rising Q", "spread Q <= N", "A < B", "A <= B")


def _check_relation(context_id: str, relation: str, quantities: dict[str, Quantity]) -> None:
    words = relation.split()
    named = [words[1]] if words[0] in ("rising", "spread") else words[0:3:2]
    shape_ok = (
        (words[0] == "rising" and len(words) == 2)
        or (words[0] == "spread" and len(words) == 4 and words[2] == "<=" and words[3].isdigit())
        or (len(words) == 3 and words[1] in ("<", "<="))
    )
    if not shape_ok or any(n not in quantities for n in named):
        raise ValueError(f"{context_id}: relation {relation!r} is not one of {RELATION_FORMS} over its quantities")


@cache
def bank() -> dict[str, Context]:
    """Every context in contexts*.toml, validated: ranges in order, relations over known quantities."""
    # contexts.toml holds the shared contexts; contexts_<strand>.toml each strand's own (one file per strand, so that
    # strands grow their banks without touching each other's).
    files = sorted(f for f in resources.files("ks2practice.content").iterdir() if _is_bank(f.name))
    return parse([(file.name, file.read_text("utf-8")) for file in files])


def parse(files: Sequence[tuple[str, str]]) -> dict[str, Context]:
    """Contexts from (file name, TOML text) pairs; an id may be defined once only."""
    raw: dict[str, dict] = {}
    for file_name, text in files:
        for context_id, entry in tomllib.loads(text).items():
            if context_id in raw:
                raise ValueError(f"context {context_id!r} is defined twice (again in {file_name})")
            raw[context_id] = entry
    contexts = {}
    for context_id, entry in raw.items():
        quantities = {}
        for name, (low, high, unit) in entry["quantities"].items():
            if not (isinstance(low, int) and isinstance(high, int) and low <= high):
                raise ValueError(f"{context_id}.{name}: range {low}..{high} is not two whole numbers in order")
            quantities[name] = Quantity(name, low, high, unit)
        relations = tuple(entry.get("relations", ()))
        for relation in relations:
            _check_relation(context_id, relation, quantities)
        contexts[context_id] = Context(context_id, entry["noun"], entry["plural"], quantities, relations)
    return contexts


def _is_bank(file_name: str) -> bool:
    return file_name == "contexts.toml" or (file_name.startswith("contexts_") and file_name.endswith(".toml"))


def get(context_id: str) -> Context:
    return bank()[context_id]


# ---------------------------------------------------------------------- a record of what items used (for tests)


@dataclass
class Record:
    """What generators said they used, in order: (context id, {quantity: value or series})."""

    uses: list[tuple[str, dict[str, Value | Sequence[Value]]]] = field(default_factory=list)


_RECORDS: list[Record] = []


def used(context_id: str, **values: Value | Sequence[Value]) -> None:
    """Say an item uses these values of a context (kept only while a test records; costs nothing otherwise)."""
    if context_id not in bank():
        raise KeyError(f"no context {context_id!r} in the bank")
    for record in _RECORDS:
        record.uses.append((context_id, {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}))


@contextmanager
def recording() -> Iterator[Record]:
    """Collect every use() made inside the block."""
    record = Record()
    _RECORDS.append(record)
    try:
        yield record
    finally:
        _RECORDS.remove(record)
