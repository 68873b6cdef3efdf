"""The topic registry: the @topic decorator, id → topic lookup, and generate(spec)."""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ks2practice.core.model import STYLES, Item, Level, Question, Spec

# fn(rng, level, style) -> Item; topics that offer pictures take a fourth argument, the representation asked for
# (None: the topic's own choice). The representation must not change what the rng draws: same maths, new picture.
TopicFunction = Callable[..., Item]

_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Topic:
    """One skill: a stable id, a title, the curriculum codes it serves, its levels, styles and pictures."""

    id: str
    title: str
    codes: tuple[str, ...]
    styles: tuple[str, ...]
    levels: tuple[Level, ...]
    representations: tuple[str, ...]
    function: TopicFunction

    @property
    def strand(self) -> str:
        return self.id.split(".", 1)[0]


class Inspection(Protocol):
    """What a gate reports on one drawn item: the item to show (perhaps rebuilt) and whether it may be shown."""

    item: Item

    @property
    def clean(self) -> bool: ...

    def describe(self) -> str: ...


Gate = Callable[[str, Item], Inspection]
"""gate(topic id, item) -> Inspection; named from above with gates_from (see there)."""

Fit = Callable[["Topic", Level, str, Item], "str | None"]
"""misfit(topic, level, style, item) -> why a true item does not fit its level (too easy, off its year's pitch), or
None; named from above with fits_from."""

REDRAWS = 20
"""How many times generate() draws again, each with its own derived seed, when a gate finds a false item."""


class GateError(ValueError):
    """No clean item was found for a spec within the redraws allowed; ``trace`` holds what the gates said."""

    def __init__(self, message: str, trace: list[list[Inspection]]) -> None:
        super().__init__(message)
        self.trace = trace


_TOPICS: dict[str, Topic] = {}
_SOURCES: list[str] = []  # modules whose import registers topics, named from above (see topics_from)
_LOADED: set[str] = set()
_GATE_SOURCES: list[str] = []  # modules with an inspect(topic_id, item) function, named from above (see gates_from)
_GATES: list[Gate] = []
_FIT_SOURCES: list[str] = []  # modules with a misfit(topic, level, style, item) function (see fits_from)
_FITS: list[Fit] = []


def topic(
    id: str,
    *,
    title: str,
    codes: tuple[str, ...] | list[str],
    styles: tuple[str, ...] | list[str],
    levels: tuple[int, ...] | list[int] = (1, 2, 3),
    representations: tuple[str, ...] | list[str] = (),
) -> Callable[[TopicFunction], TopicFunction]:
    """Register a generator ``fn(rng, level, style[, representation]) -> Item`` under a stable string id."""
    if not _ID.match(id):
        raise ValueError(f"topic id {id!r} must look like 'strand.skill_name'")
    bad = [s for s in styles if s not in STYLES]
    if bad or not styles:
        raise ValueError(f"topic {id!r} has unknown or no styles: {bad}")
    if not codes:
        raise ValueError(f"topic {id!r} must name at least one curriculum code")

    def register(fn: TopicFunction) -> TopicFunction:
        if id in _TOPICS and _TOPICS[id].function is not fn:
            raise ValueError(f"topic id {id!r} is registered twice")
        _TOPICS[id] = Topic(
            id=id,
            title=title,
            codes=tuple(codes),
            styles=tuple(styles),
            levels=tuple(Level.parse(v) for v in levels),
            representations=tuple(representations),
            function=fn,
        )
        return fn

    return register


def topics_from(module: str) -> None:
    """Name a module whose import registers topics; it is imported the first time topics are asked for.

    ks2practice/__init__.py names ks2practice.content.topics: the registry sits in core, below the content it lists,
    so it is told where the topics are instead of importing them itself.
    """
    if module not in _SOURCES:
        _SOURCES.append(module)


def gates_from(module: str) -> None:
    """Name a module whose ``inspect(topic_id, item)`` every drawn item passes through before it is shown.

    ks2practice/__init__.py names ks2practice.content.gates, for the same reason as topics_from: the gates sit in
    content, above the registry. The module is imported with the topics, the first time topics are asked for.
    """
    if module not in _GATE_SOURCES:
        _GATE_SOURCES.append(module)


def fits_from(module: str) -> None:
    """Name a module whose ``misfit(topic, level, style, item)`` says when a draw does not fit its level.

    A draw that does not fit is drawn again, up to FIT_REDRAWS times, before the truth gates run (they cost more);
    after that the draw is kept, so an item is always made and the level tests show what still does not fit.
    """
    if module not in _FIT_SOURCES:
        _FIT_SOURCES.append(module)


FIT_REDRAWS = 24
"""How many draws generate() may set aside because they do not fit their level, before it keeps one anyway."""


def _load() -> None:
    # Topic modules register themselves on import; importing them lazily keeps `import ks2practice` fast.
    for module in _SOURCES:
        if module not in _LOADED:
            importlib.import_module(module)
            _LOADED.add(module)
    for module in _GATE_SOURCES:
        if module not in _LOADED:
            _GATES.append(importlib.import_module(module).inspect)
            _LOADED.add(module)
    for module in _FIT_SOURCES:
        if module not in _LOADED:
            _FITS.append(importlib.import_module(module).misfit)
            _LOADED.add(module)


def topics() -> list[Topic]:
    """Every registered topic, in id order."""
    _load()
    return [_TOPICS[k] for k in sorted(_TOPICS)]


def get(topic_id: str) -> Topic:
    """The topic with this id, or a KeyError that suggests close matches."""
    _load()
    try:
        return _TOPICS[topic_id]
    except KeyError:
        close = [t for t in sorted(_TOPICS) if topic_id.split(".")[-1] in t or t.startswith(topic_id)]
        hint = f" Did you mean: {', '.join(close[:5])}?" if close else " Run `ks2practice list --topics` to see them."
        raise KeyError(f"no topic called {topic_id!r}.{hint}") from None


def generate(spec: Spec) -> Question:
    """Make the question a spec describes; the same spec gives the same question in any process."""
    return generate_traced(spec)[0]


def generate_traced(spec: Spec) -> tuple[Question, list[list[Inspection]]]:
    """generate(), with what the gates reported on each draw (one list per draw; the last draw is the one shown).

    The first draw uses the spec's own seed. A draw that does not fit its level (fits_from) is set aside, up to
    FIT_REDRAWS times, and a draw a gate finds false, up to REDRAWS times; each next draw has a seed derived from the
    spec's (``…|redraw 1``, ``…|redraw 2``, …), so the same spec still gives the same question everywhere; the style,
    once chosen, is kept.
    """
    entry = get(spec.topic)
    if spec.level not in entry.levels:
        raise ValueError(f"topic {entry.id!r} has no level {int(spec.level)}")
    rng = random.Random(spec.seed_string())
    if spec.style is None:
        style = rng.choice(entry.styles)
    elif spec.style in entry.styles:
        style = spec.style
    else:
        raise ValueError(f"topic {entry.id!r} has no {spec.style!r} questions; it offers: {', '.join(entry.styles)}")
    # A topic that declares no representations may still draw its own picture (a chart, a clock, a shape): asking
    # for the one it draws is allowed, and anything else is refused below, naming what the question does draw.
    if spec.representation is not None and entry.representations and spec.representation not in entry.representations:
        offered = ", ".join(entry.representations)
        raise ValueError(f"topic {entry.id!r} cannot be shown as {spec.representation!r}; suitable pictures: {offered}")
    trace: list[list[Inspection]] = []
    unfit = 0  # draws set aside because they did not fit the level (see fits_from)
    for redraw in range(REDRAWS + FIT_REDRAWS + 1):
        if redraw:
            rng = random.Random(f"{spec.seed_string()}|redraw {redraw}")
        item = _draw(entry, spec, style, rng)
        if unfit < FIT_REDRAWS and any(fit(entry, spec.level, style, item) for fit in _FITS):
            unfit += 1
            continue
        if len(trace) > REDRAWS:
            break
        reports = [gate(entry.id, item) for gate in _GATES]
        trace.append(reports)
        if all(report.clean for report in reports):
            item = reports[-1].item if reports else item
            return Question(
                spec=spec, title=entry.title, curriculum=entry.codes, item=item, representation=item_kind(item)
            ), trace
    found = "; ".join(report.describe() for report in trace[0] if not report.clean)
    raise GateError(f"{spec.code}: no true item in {len(trace)} draws; the first draw had {found}", trace)


def item_kind(item: Item) -> str | None:
    """The kind of picture an item draws, or None."""
    return getattr(item.diagram, "kind", None)


def _draw(entry: Topic, spec: Spec, style: str, rng: random.Random) -> Item:
    """One draw of the topic's function, refused when it cannot show the picture the spec asks for."""
    if entry.representations:
        item = entry.function(rng, spec.level, style, spec.representation)
    else:
        item = entry.function(rng, spec.level, style)
    shown = item_kind(item)
    if spec.representation is not None and shown != spec.representation:
        if not entry.representations:
            raise ValueError(
                f"topic {entry.id!r} draws its own picture and offers no other; suitable pictures: "
                f"{shown or 'none for this question'}"
            )
        raise ValueError(f"topic {entry.id!r} was asked for a {spec.representation} but drew {shown or 'nothing'}")
    return item
