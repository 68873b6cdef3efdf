"""Angles drawn at their true size, angles at a point or on a line, turns on a compass rose, and circles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    BLANK,
    UNKNOWN,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _number,
    _say,
    _text,
    _value,
    is_number,
    join_words,
    number_text,
    quantity_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


def _angle_kind(degrees: int) -> str:
    if degrees < 90:
        return "an acute angle"
    if degrees == 90:
        return "a right angle"
    if degrees < 180:
        return "an obtuse angle"
    return "a straight angle" if degrees == 180 else "a reflex angle"


def _mark(value: object, what: str) -> Number | str:
    """An angle's mark: its size in degrees, '?', a letter or two naming it, or '' for none."""
    if isinstance(value, str):
        if value in (UNKNOWN, BLANK) or (value.isalpha() and len(value) <= 2):
            return value
        raise DiagramError(f"{what} must be a number, '?', a letter or '', not {value!r}")
    return _number(value, what, positive=True)


def _mark_phrase(mark: Number | str) -> str:
    if mark == BLANK:
        return "unlabelled"
    if mark == UNKNOWN:
        return "marked with a question mark"
    return f"labelled {quantity_text(mark, '°')}" if is_number(mark) else f"labelled {mark}"


@dataclass(frozen=True)
class Angle(Diagram):
    """One angle of ``degrees`` (1–359) between two arms from a vertex, drawn at its true size so it can be
    measured: the base arm points ``rotation`` degrees anticlockwise from the right, the other arm ``degrees``
    further round. The arc is marked (a square for 90°) and labelled with ``label`` (a number, '?' or '').

    ``arm_only``: just the base arm and its vertex, with room all round, for the pupil to draw the angle on; the
    other arm, arc and label are not drawn (so the label must be '').
    """

    kind: ClassVar[str] = "angle"
    title: ClassVar[str] = "Angle"

    degrees: int
    label: Number | str = BLANK
    rotation: int = 0
    arm_only: bool = False

    def __post_init__(self) -> None:
        _count(self.degrees, "degrees", 1, 359)
        _count(self.rotation, "rotation", 0, 359)
        _value(self.label, "the angle's label", blank=True, positive=True)
        if self.arm_only and self.label != BLANK:
            raise DiagramError("only the base arm is drawn, so there is no arc to label: leave label as ''")
        if is_number(self.label) and self.label != self.degrees:
            raise DiagramError(
                f"the label says {number_text(self.label)}° but the angle is drawn at {self.degrees}°: "
                "label it with its own size, '?' or ''"
            )

    def labels(self) -> tuple:
        return (self.label,) if is_number(self.label) else ()

    def describe(self) -> str:
        if self.arm_only:
            return "One arm of an angle, a straight line from a marked vertex, for the angle to be drawn on."
        label = "" if self.label == BLANK else f", {_mark_phrase(self.label)}"
        return f"{_angle_kind(self.degrees).capitalize()} drawn at its true size{label}."


ARRANGEMENTS = {"right": 90, "line": 180, "point": 360, "opposite": 360}


@dataclass(frozen=True)
class AnglesAtPoint(Diagram):
    """Angles sharing a vertex, drawn at their true sizes, in order anticlockwise from ``rotation``: 'right'
    (splitting a right angle, adding to 90°), 'line' (on a straight line, 180°), 'point' (around a point, 360°) or
    'opposite' (two straight lines crossing: four angles a, 180 − a, a, 180 − a). ``marks`` label each angle: its
    size, '?', a letter or ''."""

    kind: ClassVar[str] = "angles_at_point"
    title: ClassVar[str] = "Angles at a point"

    arrangement: str
    sizes: tuple[int, ...]
    marks: tuple[Number | str, ...] = ()
    rotation: int = 0

    def __post_init__(self) -> None:
        if self.arrangement not in ARRANGEMENTS:
            raise DiagramError(f"arrangement must be one of {', '.join(ARRANGEMENTS)}, not {self.arrangement!r}")
        sizes = _as_tuple(self, "sizes")
        _count(len(sizes), "the number of angles", 2, 6)
        for size in sizes:
            _count(size, "an angle's size", 1, 359)
        total = ARRANGEMENTS[self.arrangement]
        if sum(sizes) != total:
            where = {90: "in a right angle", 180: "on a straight line", 360: "around a point"}[total]
            raise DiagramError(f"angles {where} add up to {total}°, but these add up to {sum(sizes)}°")
        if self.arrangement == "opposite" and (
            len(sizes) != 4 or sizes[0] != sizes[2] or sizes[1] != sizes[3] or sizes[0] + sizes[1] != 180
        ):
            raise DiagramError("two crossing lines make four angles a, 180 − a, a, 180 − a; give those four sizes")
        marks = _as_tuple(self, "marks") or (BLANK,) * len(sizes)
        object.__setattr__(self, "marks", marks)
        if len(marks) != len(sizes):
            raise DiagramError(f"give one mark for each of the {len(sizes)} angles, not {len(marks)}")
        for size, mark in zip(sizes, marks, strict=True):
            _mark(mark, "an angle's mark")
            if is_number(mark) and mark != size:
                raise DiagramError(f"an angle drawn at {size}° is labelled {number_text(mark)}°: label its own size")
        _count(self.rotation, "rotation", 0, 359)

    def labels(self) -> tuple:
        return tuple(mark for mark in self.marks if is_number(mark))

    def describe(self) -> str:
        where = {
            "right": "Angles making a right angle",
            "line": "Angles on a straight line",
            "point": "Angles around a point",
            "opposite": "Two straight lines crossing, making four angles",
        }[self.arrangement]
        parts = [_mark_phrase(mark) for mark in self.marks]
        return f"{where}: {len(self.marks)} angles, in order, {join_words(parts)}."


COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
COMPASS_NAMES = dict(
    zip(
        COMPASS,
        ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"),
        strict=True,
    )
)
TURN_NAMES = {1: "a quarter turn", 2: "a half turn", 3: "a three-quarter turn", 4: "a whole turn"}


@dataclass(frozen=True)
class Turn(Diagram):
    """An 8-point compass rose with an arrow facing ``start`` and a curved arrow for a turn of ``quarters``
    quarter turns (1–4), clockwise or anticlockwise. ``show_end`` False leaves the finishing direction unmarked
    (when it is the answer)."""

    kind: ClassVar[str] = "turn"
    title: ClassVar[str] = "Turn on a compass"

    start: str
    quarters: int
    clockwise: bool = True
    show_end: bool = True

    def __post_init__(self) -> None:
        if self.start not in COMPASS:
            raise DiagramError(f"start must be a compass point ({', '.join(COMPASS)}), not {self.start!r}")
        _count(self.quarters, "quarters", 1, 4)

    @property
    def end(self) -> str:
        step = 2 * self.quarters * (1 if self.clockwise else -1)
        return COMPASS[(COMPASS.index(self.start) + step) % 8]

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        way = "clockwise" if self.clockwise else "anticlockwise"
        text = (
            f"A compass rose. An arrow faces {COMPASS_NAMES[self.start]} and a curved arrow shows "
            f"{TURN_NAMES[self.quarters]} {way}"
        )
        return text + (f", ending facing {COMPASS_NAMES[self.end]}." if self.show_end else ".")


@dataclass(frozen=True)
class Circle(Diagram):
    """A circle with its centre marked and a radius and/or a diameter drawn (None: not drawn), each labelled with
    its length, '?' or '' (drawn, unlabelled)."""

    kind: ClassVar[str] = "circle"
    title: ClassVar[str] = "Circle"

    radius: Number | str | None = None
    diameter: Number | str | None = None
    unit: str = "cm"

    def __post_init__(self) -> None:
        if self.radius is None and self.diameter is None:
            raise DiagramError("draw a radius, a diameter or both: give a label (or '') for at least one")
        for name in ("radius", "diameter"):
            value = getattr(self, name)
            if value is not None:
                _value(value, f"the {name}'s label", blank=True, positive=True)
        if is_number(self.radius) and is_number(self.diameter) and self.diameter != 2 * self.radius:
            raise DiagramError(
                f"a diameter of {number_text(self.diameter)} is not twice the radius {number_text(self.radius)}"
            )
        _text(self.unit, "unit", 8)

    def labels(self) -> tuple:
        return tuple(v for v in (self.radius, self.diameter) if is_number(v))

    def describe(self) -> str:
        drawn = []
        for name in ("radius", "diameter"):
            value = getattr(self, name)
            if value is None:
                continue
            label = "" if value == BLANK else f" labelled {_say(value)}"
            drawn.append(f"a {name}{label}{f' {self.unit}' if is_number(value) and self.unit else ''}")
        return f"A circle with its centre marked, and {join_words(drawn)}."
