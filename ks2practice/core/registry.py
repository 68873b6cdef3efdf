"""The topic registry: the @topic decorator, id → topic lookup, and generate(spec)."""

from __future__ import annotations

import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

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


_TOPICS: dict[str, Topic] = {}
_SOURCES: list[str] = []  # modules whose import registers topics, named from above (see topics_from)
_LOADED: set[str] = set()


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


def _load() -> None:
    # Topic modules register themselves on import; importing them lazily keeps `import ks2practice` fast.
    for module in _SOURCES:
        if module not in _LOADED:
            importlib.import_module(module)
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
    if entry.representations:
        item = entry.function(rng, spec.level, style, spec.representation)
    else:
        item = entry.function(rng, spec.level, style)
    shown = getattr(item.diagram, "kind", None)
    if spec.representation is not None and shown != spec.representation:
        if not entry.representations:
            raise ValueError(
                f"topic {entry.id!r} draws its own picture and offers no other; suitable pictures: "
                f"{shown or 'none for this question'}"
            )
        raise ValueError(f"topic {entry.id!r} was asked for a {spec.representation} but drew {shown or 'nothing'}")
    return Question(spec=spec, title=entry.title, curriculum=entry.codes, item=item, representation=shown)
