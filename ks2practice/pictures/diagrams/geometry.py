"""2-D shapes with marked sides and angles, and the coordinate grid."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    UNKNOWN,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _exact,
    _label,
    _number,
    _set,
    _text,
    is_number,
    join_words,
    number_text,
    quantity_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


# ----------------------------------------------------------------------------------------------------
# Geometry
# ----------------------------------------------------------------------------------------------------


def _sub(a: tuple[Fraction, Fraction], b: tuple[Fraction, Fraction]) -> tuple[Fraction, Fraction]:
    return a[0] - b[0], a[1] - b[1]


def _cross(u: tuple[Fraction, Fraction], v: tuple[Fraction, Fraction]) -> Fraction:
    return u[0] * v[1] - u[1] * v[0]


def _dot(u: tuple[Fraction, Fraction], v: tuple[Fraction, Fraction]) -> Fraction:
    return u[0] * v[0] + u[1] * v[1]


def _segments_cross(p: tuple, q: tuple, r: tuple, s: tuple) -> bool:
    """True when segment pq meets segment rs (exact arithmetic; touching counts)."""
    d1, d2 = _cross(_sub(q, p), _sub(r, p)), _cross(_sub(q, p), _sub(s, p))
    d3, d4 = _cross(_sub(s, r), _sub(p, r)), _cross(_sub(s, r), _sub(q, r))
    if ((d1 > 0) != (d2 > 0)) and d1 and d2 and ((d3 > 0) != (d4 > 0)) and d3 and d4:
        return True

    def on(a: tuple, b: tuple, c: tuple) -> bool:
        return (
            _cross(_sub(b, a), _sub(c, a)) == 0
            and min(a[0], b[0]) <= c[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])
        )

    return on(p, q, r) or on(p, q, s) or on(r, s, p) or on(r, s, q)


def _per_side(record: object, name: str, sides: int, check) -> tuple:
    values = _as_tuple(record, name)
    if values and len(values) != sides:
        raise DiagramError(
            f"{name} needs one entry for each of the {sides} {'sides' if 'side' in name else 'vertices'}"
            f" (or none), not {len(values)}"
        )
    for value in values:
        check(value)
    return values


def _group_number(value: object) -> None:
    _count(value, "a tick or arrow group", 0, 3)


def _optional_label(value: object) -> None:
    if value is not None:
        _label(value, "a label")


@dataclass(frozen=True)
class Shape2D(Diagram):
    """A polygon from exact vertices (y up), with side labels, angle labels, right-angle squares,
    equal-side ticks and parallel-side arrows. Side i joins vertex i to vertex i + 1.

    ``equal_sides`` / ``parallel_sides``: per side, 0 for none or a group number 1–3 (sides in one group are
    equal / parallel, and get that many ticks / arrows). Numeric side labels must match the drawing's
    proportions unless ``not_to_scale`` (then the picture says so).
    """

    kind: ClassVar[str] = "shape_2d"
    title: ClassVar[str] = "2-D shape"

    vertices: tuple[tuple[Number, Number], ...]
    side_labels: tuple[Number | str | None, ...] = ()
    angle_labels: tuple[Number | str | None, ...] = ()
    right_angles: tuple[int, ...] = ()
    equal_sides: tuple[int, ...] = ()
    parallel_sides: tuple[int, ...] = ()
    vertex_names: tuple[str, ...] = ()
    unit: str = ""
    name: str = ""
    not_to_scale: bool = False
    height: tuple[int, int, Number | str] | None = None
    grid: bool = False

    def __post_init__(self) -> None:
        vertices = tuple(tuple(v) for v in _as_tuple(self, "vertices"))
        _set(self, "vertices", vertices)
        _count(len(vertices), "the number of vertices", 3, 12)
        for vertex in vertices:
            if len(vertex) != 2:
                raise DiagramError(f"a vertex is an (x, y) pair, not {vertex!r}")
            for coordinate in vertex:
                _number(coordinate, "a coordinate")
        n = len(vertices)
        _per_side(self, "side_labels", n, _optional_label)
        _per_side(self, "angle_labels", n, _optional_label)
        _per_side(self, "equal_sides", n, _group_number)
        _per_side(self, "parallel_sides", n, _group_number)
        _per_side(self, "vertex_names", n, lambda v: _text(v, "a vertex name", 3))
        for index in _as_tuple(self, "right_angles"):
            _count(index, "a right-angle vertex", 0, n - 1)
        _text(self.unit, "unit", 8)
        _text(self.name, "name", 30)
        self._check_geometry()
        self._check_height()
        if self.grid and any(not _exact(c).denominator == 1 for point in self.points for c in point):
            raise DiagramError("on a square grid every vertex must be at whole-number coordinates")

    @property
    def points(self) -> tuple[tuple[Fraction, Fraction], ...]:
        # Worked out once (the checks ask for each side, and each side for the points): the record is frozen.
        found = self.__dict__.get("_points")
        if found is None:
            found = tuple((_exact(x), _exact(y)) for x, y in self.vertices)
            object.__setattr__(self, "_points", found)
        return found

    def side(self, i: int) -> tuple[Fraction, Fraction]:
        points = self.points
        return _sub(points[(i + 1) % len(points)], points[i])

    def _check_geometry(self) -> None:
        points, n = self.points, len(self.points)
        if any(self.side(i) == (0, 0) for i in range(n)):
            raise DiagramError("two neighbouring vertices are the same point")
        if sum(_cross(points[i], points[(i + 1) % n]) for i in range(n)) == 0:
            raise DiagramError("the vertices all lie on one line: the shape has no area")
        for i in range(n):
            for j in range(i + 2, n):
                if (j + 1) % n != i and _segments_cross(points[i], points[(i + 1) % n], points[j], points[(j + 1) % n]):
                    raise DiagramError(
                        f"sides {i + 1} and {j + 1} cross: the vertices must go round the shape in order"
                    )
        area = sum(_cross(points[i], points[(i + 1) % n]) for i in range(n))
        for i in self.right_angles:
            if _dot(self.side(i - 1), self.side(i)) != 0:
                raise DiagramError(f"the angle at vertex {i + 1} is marked as a right angle but is not 90°")
            if (_cross(self.side(i - 1), self.side(i)) > 0) != (area > 0):
                raise DiagramError(f"the inside angle at vertex {i + 1} is 270° (reflex), not a right angle")
        self._check_groups(self.equal_sides, lambda u, v: _dot(u, u) == _dot(v, v), "equal")
        self._check_groups(self.parallel_sides, lambda u, v: _cross(u, v) == 0, "parallel")
        self._check_scale()

    def _check_height(self) -> None:
        """A perpendicular height (vertex, side, label): from that vertex at right angles to the side's line."""
        if self.height is None:
            return
        height = _as_tuple(self, "height")
        if len(height) != 3:
            raise DiagramError(f"height is (vertex, side, label), not {height!r}")
        vertex, side, label = height
        n = len(self.points)
        _count(vertex, "the height's vertex", 0, n - 1)
        _count(side, "the height's base side", 0, n - 1)
        _label(label, "the height's label")
        if vertex in (side, (side + 1) % n):
            raise DiagramError(f"vertex {vertex + 1} is on side {side + 1}: a height comes from a vertex off the base")
        if not self.not_to_scale and is_number(label):
            scales = {
                _exact(v) ** 2 / _dot(self.side(i), self.side(i))
                for i, v in enumerate(self.side_labels)
                if is_number(v)
            }
            if scales and _exact(label) ** 2 / self.height_length_squared() not in scales:
                raise DiagramError(
                    "the height's label does not match the drawing's proportions; fix the vertices or the label"
                )

    def height_length_squared(self) -> Fraction:
        vertex, side, _ = self.height  # type: ignore[misc]
        u = self.side(side)
        w = _sub(self.points[vertex], self.points[side])
        return _cross(u, w) ** 2 / _dot(u, u)

    def height_foot(self) -> tuple[Fraction, Fraction]:
        """Where the height meets the base side's line (perhaps beyond the side, as for a parallelogram)."""
        vertex, side, _ = self.height  # type: ignore[misc]
        u, start = self.side(side), self.points[side]
        t = _dot(_sub(self.points[vertex], start), u) / _dot(u, u)
        return start[0] + t * u[0], start[1] + t * u[1]

    def labels(self) -> tuple:
        """The numbers written on the shape: side labels, angle labels and the height's label."""
        found = [*self.side_labels, *self.angle_labels, *([self.height[2]] if self.height else [])]
        return tuple(v for v in found if is_number(v))

    def _check_groups(self, groups: tuple[int, ...], same, word: str) -> None:
        for group in set(groups) - {0}:
            sides = [i for i, g in enumerate(groups) if g == group]
            if len(sides) < 2:
                raise DiagramError(f"only side {sides[0] + 1} is marked {word} in group {group}: mark two or more")
            for i in sides[1:]:
                if not same(self.side(sides[0]), self.side(i)):
                    raise DiagramError(f"sides {sides[0] + 1} and {i + 1} are marked {word} but are not")

    def _check_scale(self) -> None:
        if self.not_to_scale:
            return
        scales = set()
        for i, label in enumerate(self.side_labels):
            if is_number(label):
                u = self.side(i)
                scales.add(_exact(label) ** 2 / _dot(u, u))
        if len(scales) > 1:
            raise DiagramError(
                "the side labels do not match the drawing's proportions; fix the vertices or set not_to_scale=True"
            )

    def describe(self) -> str:
        n = len(self.vertices)
        text = f"A 2-D shape{f' ({self.name})' if self.name else ''} with {n} sides."
        sides = [
            f"{self._side(i)}: {_label_phrase(v, self.unit)}" for i, v in enumerate(self.side_labels) if v is not None
        ]
        if sides:
            text += " Sides labelled: " + join_words(sides) + "."
        angles = [
            f"at {self._vertex(i)} {_label_phrase(v, '°')}" for i, v in enumerate(self.angle_labels) if v is not None
        ]
        if angles:
            text += " Angles labelled: " + join_words(angles) + "."
        if self.right_angles:
            text += " Right angles marked at " + join_words([self._vertex(i) for i in self.right_angles]) + "."
        for groups, word in ((self.equal_sides, "equal"), (self.parallel_sides, "parallel")):
            for group in sorted(set(groups) - {0}):
                sides = [str(i + 1) for i, g in enumerate(groups) if g == group]
                text += f" Sides {join_words(sides)} are marked {word}."
        if self.height is not None:
            vertex, side, label = self.height
            text += (
                f" A dashed perpendicular height from {self._vertex(vertex)} to {self._side(side)}, "
                f"with a right angle marked, is labelled {_label_phrase(label, self.unit)}."
            )
        if self.grid:
            text += " It is drawn on a square grid."
        if self.not_to_scale:
            text += " Not drawn to scale."
        return text

    def _side(self, i: int) -> str:
        if self.vertex_names:
            return self.vertex_names[i] + self.vertex_names[(i + 1) % len(self.vertex_names)]
        return f"side {i + 1}"

    def _vertex(self, i: int) -> str:
        return self.vertex_names[i] if self.vertex_names else f"vertex {i + 1}"


def _label_phrase(label: Number | str, unit: str) -> str:
    return "with a question mark" if label == UNKNOWN else quantity_text(label, unit if is_number(label) else "")


@dataclass(frozen=True)
class GridPoint:
    """A labelled point on a coordinate grid."""

    x: Number
    y: Number
    label: str = ""

    def __post_init__(self) -> None:
        _number(self.x, "x")
        _number(self.y, "y")
        _text(self.label, "a point's label", 3)

    @staticmethod
    def coerce(item: object) -> GridPoint:
        return item if isinstance(item, GridPoint) else GridPoint(*item)  # type: ignore[misc]


@dataclass(frozen=True)
class CoordinateGrid(Diagram):
    """A coordinate grid (first quadrant, or four when the ranges go below 0) with labelled points, optionally
    joined in order into a polygon, and optionally that polygon's image after a transformation.

    ``mirror``: ("x", a) is the line x = a, ("y", b) the line y = b (("x", 0) is the y-axis); drawn dashed.
    ``translation``: (dx, dy); with ``arrow`` the move is drawn as an arrow from ``arrow_from`` (default the
    first point). ``image``: the transformed points, in the same order (checked against the mirror line or the
    translation). ``asked``: indices of image points the pupil finds: not drawn, written as '?'. ``closed``: False
    joins the points as an open line (part of a shape, for the pupil to finish).
    """

    kind: ClassVar[str] = "coordinate_grid"
    title: ClassVar[str] = "Coordinate grid"

    x_range: tuple[int, int] = (0, 10)
    y_range: tuple[int, int] = (0, 10)
    points: tuple[GridPoint, ...] = ()
    polygon: bool = False
    image: tuple[GridPoint, ...] = ()
    mirror: tuple[str, Number] | None = None
    translation: tuple[int, int] | None = None
    arrow: bool = False
    arrow_from: tuple[int, int] | None = None
    asked: tuple[int, ...] = ()
    closed: bool = True

    def __post_init__(self) -> None:
        for name in ("x_range", "y_range"):
            axis = _as_tuple(self, name)
            if len(axis) != 2:
                raise DiagramError(f"{name} is (lowest, highest), not {axis!r}")
            _count(axis[0], f"the low end of {name}", -20, 0)
            _count(axis[1], f"the high end of {name}", 1, 20)
        for name in ("points", "image"):
            points = tuple(GridPoint.coerce(p) for p in _as_tuple(self, name))
            _set(self, name, points)
            for point in points:
                self._check_on_grid(point.x, point.y, "point")
        if self.polygon and len(self.points) < 2:
            raise DiagramError("joining points needs at least two of them")
        self._check_transformation()

    def _check_on_grid(self, x: Number, y: Number, what: str) -> None:
        if not (self.x_range[0] <= x <= self.x_range[1] and self.y_range[0] <= y <= self.y_range[1]):
            raise DiagramError(f"the {what} ({number_text(x)}, {number_text(y)}) is off the grid")

    def _check_transformation(self) -> None:
        if self.mirror is not None:
            mirror = _as_tuple(self, "mirror")
            if len(mirror) != 2 or mirror[0] not in ("x", "y"):
                raise DiagramError(f"mirror is ('x', a) for the line x = a or ('y', b) for y = b, not {mirror!r}")
            _number(mirror[1], "the mirror line's value")
            low, high = self.x_range if mirror[0] == "x" else self.y_range
            if not low <= mirror[1] <= high:
                raise DiagramError(f"the mirror line {mirror[0]} = {number_text(mirror[1])} is off the grid")
        if self.translation is not None:
            move = _as_tuple(self, "translation")
            if len(move) != 2:
                raise DiagramError(f"translation is (dx, dy), not {move!r}")
            for value in move:
                _count(value, "a translation step", -40, 40)
            if move == (0, 0):
                raise DiagramError("a translation of (0, 0) does not move anything")
        if self.mirror is not None and self.translation is not None:
            raise DiagramError("give a mirror line or a translation, not both")
        asked = _as_tuple(self, "asked")
        for index in asked:
            _count(index, "an asked image point", 0, max(len(self.image) - 1, 0))
        if self.image:
            self._check_image()
        elif asked:
            raise DiagramError("asked names image points, so give the image too")
        if self.arrow or self.arrow_from is not None:
            if self.translation is None:
                raise DiagramError("an arrow shows a translation: give translation=(dx, dy)")
            start = self.arrow_start
            if start is None:
                raise DiagramError("the arrow starts at the first point or arrow_from: give one of them")
            self._check_on_grid(start[0] + self.translation[0], start[1] + self.translation[1], "arrow's end")

    def _check_image(self) -> None:
        if self.mirror is None and self.translation is None:
            raise DiagramError("an image comes from a mirror line or a translation: give one of them")
        if len(self.image) != len(self.points):
            raise DiagramError(
                f"the image has {len(self.image)} points but the shape has {len(self.points)}; give one for each"
            )
        for before, after in zip(self.points, self.image, strict=True):
            right = self.transform(before.x, before.y)
            if (after.x, after.y) != right:
                how = "reflection" if self.mirror is not None else "translation"
                raise DiagramError(
                    f"the image of ({number_text(before.x)}, {number_text(before.y)}) is "
                    f"({number_text(right[0])}, {number_text(right[1])}) after this {how}, "
                    f"not ({number_text(after.x)}, {number_text(after.y)})"
                )

    def transform(self, x: Number, y: Number) -> tuple[Number, Number]:
        """Where (x, y) goes: reflected in the mirror line, or translated."""
        if self.mirror is not None:
            axis, value = self.mirror
            return (2 * value - x, y) if axis == "x" else (x, 2 * value - y)
        dx, dy = self.translation or (0, 0)
        return x + dx, y + dy

    @property
    def arrow_start(self) -> tuple[Number, Number] | None:
        if self.arrow_from is not None:
            start = tuple(_as_tuple(self, "arrow_from"))
            if len(start) != 2:
                raise DiagramError(f"arrow_from is (x, y), not {start!r}")
            for value in start:
                _number(value, "the arrow's start")
            return start  # type: ignore[return-value]
        return (self.points[0].x, self.points[0].y) if self.points else None

    @property
    def four_quadrants(self) -> bool:
        return self.x_range[0] < 0 or self.y_range[0] < 0

    @property
    def shown_image(self) -> tuple[GridPoint, ...]:
        """The image points drawn (the asked ones are not)."""
        return tuple(p for i, p in enumerate(self.image) if i not in self.asked)

    def mirror_text(self) -> str:
        if self.mirror is None:
            return ""
        axis, value = self.mirror
        if value == 0:
            return "the y-axis" if axis == "x" else "the x-axis"
        return f"the line {axis} = {number_text(value)}"

    def labels(self) -> tuple:
        """The drawn points as (x, y), then the mirror line's value (written on it): what the picture shows. An
        arrow's move has no numbers on it, so it is not a label."""
        found: list = [(p.x, p.y) for p in (*self.points, *self.shown_image)]
        if self.mirror is not None:
            found.append(self.mirror[1])
        return tuple(found)

    def describe(self) -> str:
        x0, x1 = self.x_range
        y0, y1 = self.y_range
        quadrants = "four quadrants" if self.four_quadrants else "the first quadrant"
        text = (
            f"A coordinate grid showing {quadrants}: x from {number_text(x0)} to {number_text(x1)}, "
            f"y from {number_text(y0)} to {number_text(y1)}."
        )
        if self.points:
            text += " Points: " + join_words([_point_words(p) for p in self.points]) + "."
        if self.polygon:
            closed = self.closed and len(self.points) > 2
            text += " The points are joined in order" + (" to make a closed shape." if closed else ".")
        if self.mirror is not None:
            text += f" A dashed mirror line is drawn along {self.mirror_text()}."
        if self.arrow and self.translation is not None:
            start = self.arrow_start or (0, 0)
            text += (
                f" An arrow from ({number_text(start[0])}, {number_text(start[1])}) shows the move "
                f"{_move_words(*self.translation)}."
            )
        if self.shown_image:
            text += " The image: " + join_words([_point_words(p) for p in self.shown_image]) + "."
        for index in self.asked:
            name = self.image[index].label
            text += f" {name + ' is' if name else 'One image point is'} to be found: (?, ?)."
        return text


def _point_words(p: GridPoint) -> str:
    return f"{p.label + ' ' if p.label else ''}({number_text(p.x)}, {number_text(p.y)})"


def _move_words(dx: int, dy: int) -> str:
    parts = [f"{abs(dx)} {'right' if dx > 0 else 'left'}"] if dx else []
    parts += [f"{abs(dy)} {'up' if dy > 0 else 'down'}"] if dy else []
    return " and ".join(parts)
