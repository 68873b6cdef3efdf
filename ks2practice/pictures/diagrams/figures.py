"""Shapes side by side (to compare, or an original and its enlargement) and symmetry figures on a square grid."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from ks2practice.pictures.diagrams.base import (
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _exact,
    _text,
    count_text,
    is_number,
    join_words,
)
from ks2practice.pictures.diagrams.geometry import Shape2D, _dot


@dataclass(frozen=True)
class ShapeRow(Diagram):
    """Two to five 2-D shapes side by side, each with a caption under it ('A', 'original', 'enlargement').

    ``same_scale``: drawn to one scale so their sizes compare; then every numeric side label must fit that one
    scale across all the shapes (unless a shape is marked not to scale).
    """

    kind: ClassVar[str] = "shape_row"
    title: ClassVar[str] = "Shapes side by side"

    shapes: tuple[Shape2D, ...]
    captions: tuple[str, ...] = ()
    same_scale: bool = True

    def __post_init__(self) -> None:
        shapes = _as_tuple(self, "shapes")
        _count(len(shapes), "the number of shapes", 2, 5)
        for shape in shapes:
            if not isinstance(shape, Shape2D):
                raise DiagramError(f"each shape must be a Shape2D, not {type(shape).__name__}")
        captions = _as_tuple(self, "captions")
        if captions and len(captions) != len(shapes):
            raise DiagramError(f"give one caption for each of the {len(shapes)} shapes (or none), not {len(captions)}")
        for caption in captions:
            _text(caption, "a caption", 16)
        if self.same_scale:
            scales = {
                _exact(label) ** 2 / _dot(shape.side(i), shape.side(i))
                for shape in shapes
                if not shape.not_to_scale
                for i, label in enumerate(shape.side_labels)
                if is_number(label)
            }
            if len(scales) > 1:
                raise DiagramError(
                    "drawn to one scale, the shapes' side labels disagree: give their vertices in the same units, "
                    "or set same_scale=False"
                )

    def labels(self) -> tuple:
        """Every shape's labels, in order."""
        return tuple(value for shape in self.shapes for value in shape.labels())

    def describe(self) -> str:
        n = len(self.shapes)
        scale = ", drawn to the same scale" if self.same_scale else ""
        text = f"{count_text(n, 'shape').capitalize()} side by side{scale}."
        for i, shape in enumerate(self.shapes):
            caption = self.captions[i] if self.captions else f"Shape {i + 1}"
            text += f" {caption[0].upper()}{caption[1:]}: {shape.describe()}"
        return text


# ----------------------------------------------------------------------------------------------------
# Symmetry on a square grid
# ----------------------------------------------------------------------------------------------------

MIRRORS = {"x": "vertical", "y": "horizontal", "d": "diagonal", "a": "diagonal"}
"""Mirror lines: ('x', a) is x = a, ('y', b) is y = b, ('d', c) is y = x + c and ('a', c) is y = c − x."""


def reflect(point: tuple[Fraction, Fraction], mirror: tuple[str, object]) -> tuple[Fraction, Fraction]:
    """A point reflected in one of the mirror lines above (all exact: they are vertical, horizontal or at 45°)."""
    (x, y), (kind, value) = point, mirror
    c = _exact(value)  # type: ignore[arg-type]
    if kind == "x":
        return 2 * c - x, y
    if kind == "y":
        return x, 2 * c - y
    if kind == "d":
        return y - c, x + c
    return c - y, c - x


def _side_of(point: tuple[Fraction, Fraction], mirror: tuple[str, object]) -> Fraction:
    """Which side of the mirror line a point is on: the sign says the side, 0 is on the line."""
    (x, y), (kind, value) = point, mirror
    c = _exact(value)  # type: ignore[arg-type]
    return {"x": x - c, "y": y - c, "d": y - x - c, "a": y + x - c}[kind]


@dataclass(frozen=True)
class SymmetryFigure(Diagram):
    """A shape on a square grid (corners at grid points, x right and y up from the bottom-left corner) with
    dashed mirror lines (see MIRRORS).

    Whole (``half=False``): a closed shape, and each drawn line is truly a line of symmetry of it (leave the
    lines out when the pupil is to find them). Half: an open line of sides starting and ending on the one mirror
    line, all on one side of it, for the pupil to complete; its reflection must fit on the grid.
    """

    kind: ClassVar[str] = "symmetry_figure"
    title: ClassVar[str] = "Symmetry on a square grid"

    size: tuple[int, int]
    vertices: tuple[tuple[int, int], ...]
    mirrors: tuple[tuple[str, int], ...] = ()
    half: bool = False

    def __post_init__(self) -> None:
        size = _as_tuple(self, "size")
        if len(size) != 2:
            raise DiagramError(f"size is (columns, rows) of squares, not {size!r}")
        for value in size:
            _count(value, "the grid's columns and rows", 2, 20)
        vertices = tuple(tuple(v) for v in _as_tuple(self, "vertices"))
        object.__setattr__(self, "vertices", vertices)
        _count(len(vertices), "the number of corners", 2 if self.half else 3, 16)
        for vertex in vertices:
            if len(vertex) != 2:
                raise DiagramError(f"a corner is an (x, y) pair, not {vertex!r}")
            for value in vertex:
                _count(value, "a corner's coordinate", -100)
            self._check_on_grid(vertex)
        mirrors = tuple(tuple(m) for m in _as_tuple(self, "mirrors"))
        object.__setattr__(self, "mirrors", mirrors)
        for mirror in mirrors:
            if len(mirror) != 2 or mirror[0] not in MIRRORS:
                raise DiagramError(f"a mirror line is ('x' | 'y' | 'd' | 'a', value), not {mirror!r}")
            _count(mirror[1], "a mirror line's value", -40, 40)
            if not self._crosses_grid(mirror):
                raise DiagramError(f"the mirror line {mirror!r} misses the grid")
        if self.half:
            self._check_half()
        else:
            self._check_whole()

    def _check_on_grid(self, point: tuple) -> None:
        if not (0 <= point[0] <= self.size[0] and 0 <= point[1] <= self.size[1]):
            raise DiagramError(f"the corner ({point[0]}, {point[1]}) is off the {self.size[0]} by {self.size[1]} grid")

    def _crosses_grid(self, mirror: tuple) -> bool:
        corners = [(Fraction(x), Fraction(y)) for x in (0, self.size[0]) for y in (0, self.size[1])]
        sides = {_side_of(c, mirror) for c in corners}
        return min(sides) < 0 < max(sides)

    def _check_half(self) -> None:
        if len(self.mirrors) != 1:
            raise DiagramError("half a figure is completed in one mirror line: give exactly one")
        mirror = self.mirrors[0]
        points = [(Fraction(x), Fraction(y)) for x, y in self.vertices]
        if _side_of(points[0], mirror) or _side_of(points[-1], mirror):
            raise DiagramError("half a figure starts and ends on the mirror line, so the halves join up")
        sides = {(s > 0) - (s < 0) for s in (_side_of(p, mirror) for p in points)} - {0}
        if len(sides) != 1:
            raise DiagramError("half a figure lies on one side of the mirror line (and not all along it)")
        for point in points:
            x, y = reflect(point, mirror)
            self._check_on_grid((x, y))

    def _check_whole(self) -> None:
        points = [(Fraction(x), Fraction(y)) for x, y in self.vertices]
        n = len(points)
        edges = {frozenset((points[i], points[(i + 1) % n])) for i in range(n)}
        if len(edges) != n or len(set(points)) != n:
            raise DiagramError("the shape repeats a corner: give each corner once, in order round the shape")
        for mirror in self.mirrors:
            if {frozenset(reflect(p, mirror) for p in edge) for edge in edges} != edges:
                raise DiagramError(f"the {_mirror_words(mirror)} is not a line of symmetry of this shape")

    def labels(self) -> tuple:
        """Nothing numeric is written on a symmetry figure."""
        return ()

    def describe(self) -> str:
        columns, rows = self.size
        grid = f"A square grid {columns} squares wide and {rows} high."
        if self.half:
            return (
                f"{grid} Half of a symmetric shape, {count_text(len(self.vertices) - 1, 'side')}, is drawn on one "
                f"side of a dashed {_mirror_words(self.mirrors[0])}; the other half is to be drawn."
            )
        text = f"{grid} A shape with {len(self.vertices)} corners is drawn on it."
        if self.mirrors:
            lines = join_words([_mirror_words(m) for m in self.mirrors])
            text += f" Dashed lines of symmetry: {lines}."
        return text


def _mirror_words(mirror: tuple) -> str:
    kind = mirror[0]
    if kind in ("d", "a"):
        return f"diagonal mirror line (going {'up' if kind == 'd' else 'down'} to the right)"
    return f"{MIRRORS[kind]} mirror line"
