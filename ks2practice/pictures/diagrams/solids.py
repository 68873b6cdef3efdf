"""3-D shapes in oblique projection, nets of squares that may fold to a cube, and stacks of 1 cm cubes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ks2practice.pictures.diagrams.base import (
    BLANK,
    Diagram,
    DiagramError,
    _as_tuple,
    _count,
    _number,
    _set,
    _text,
    _value,
    is_number,
    join_words,
    number_text,
    quantity_text,
)

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.base import Number


SOLIDS = ("cube", "cuboid", "prism", "pyramid", "cylinder", "cone", "sphere")
BASES = {3: "triangular", 4: "square", 5: "pentagonal", 6: "hexagonal", 7: "heptagonal", 8: "octagonal"}
# Faces, edges and vertices of the curved solids as KS2 counts them: a cylinder's 2 flat faces and 1 curved
# surface meet in 2 curved edges; a cone's apex is its one vertex.
CURVED_COUNTS = {"cylinder": (3, 2, 0), "cone": (2, 1, 1), "sphere": (1, 0, 0)}


@dataclass(frozen=True)
class Solid(Diagram):
    """A 3-D shape drawn in oblique projection with hidden edges dashed: a cube, a cuboid (``size`` = length,
    depth, height, drawn to scale, with optional ``edge_labels`` for those three edges), a prism or pyramid on a
    regular base of ``sides`` (3–8), a cylinder, a cone or a sphere."""

    kind: ClassVar[str] = "solid"
    title: ClassVar[str] = "3-D shape"

    shape: str
    sides: int = 4
    size: tuple[Number, Number, Number] = (1, 1, 1)
    edge_labels: tuple[Number | str, ...] = ()
    unit: str = "cm"

    def __post_init__(self) -> None:
        if self.shape not in SOLIDS:
            raise DiagramError(f"shape must be one of {', '.join(SOLIDS)}, not {self.shape!r}")
        _count(self.sides, "sides", 3, 8)
        if self.shape in ("cube", "cuboid") and self.sides != 4:
            raise DiagramError(f"a {self.shape} has a 4-sided base: leave sides at 4")
        size = _as_tuple(self, "size")
        if len(size) != 3:
            raise DiagramError(f"size is (length, depth, height), not {size!r}")
        for value in size:
            _number(value, "a length in size", positive=True)
        if self.shape == "cube" and len(set(size)) != 1:
            raise DiagramError("a cube's length, depth and height are equal; use a cuboid for different ones")
        labels = _as_tuple(self, "edge_labels")
        if labels and (self.shape not in ("cube", "cuboid") or len(labels) != 3):
            raise DiagramError("edge_labels are (length, depth, height), for a cube or cuboid only")
        for label, length in zip(labels, size, strict=False):
            _value(label, "an edge label", blank=True, positive=True)
            if is_number(label) and label != length:
                raise DiagramError(
                    f"an edge labelled {number_text(label)} is drawn {number_text(length)} long: label it its size"
                )
        _text(self.unit, "unit", 8)

    @property
    def name(self) -> str:
        if self.shape == "prism":
            return "cuboid" if self.sides == 4 else f"{BASES[self.sides]} prism"
        if self.shape == "pyramid":
            return "triangular-based pyramid" if self.sides == 3 else f"{BASES[self.sides]}-based pyramid"
        return self.shape

    @property
    def counts(self) -> tuple[int, int, int]:
        """(faces, edges, vertices)."""
        if self.shape in CURVED_COUNTS:
            return CURVED_COUNTS[self.shape]
        n = self.sides
        return (n + 1, 2 * n, n + 1) if self.shape == "pyramid" else (n + 2, 3 * n, 2 * n)

    def labels(self) -> tuple:
        return tuple(label for label in self.edge_labels if is_number(label))

    def describe(self) -> str:
        article = "an" if self.name[0] in "aeiou" else "a"
        text = f"A 3-D shape, {article} {self.name}"
        if self.shape not in ("sphere",):
            text += ", with hidden edges dashed"
        parts = [
            f"{what} {quantity_text(label, self.unit) if is_number(label) else 'a question mark'}"
            for what, label in zip(("length", "depth", "height"), self.edge_labels, strict=False)
            if label != BLANK
        ]
        return text + (". Edges labelled: " + join_words(parts) if parts else "") + "."


# ----------------------------------------------------------------------------------------------------
# Nets of squares
# ----------------------------------------------------------------------------------------------------

# The 11 nets of a cube, one of each up to turning over and round (the standard enumeration of the 35 hexominoes,
# 11 of which fold to a cube), as rows of a grid: '#' a square, '.' none.
CUBE_NETS = (
    ("#...", "####", "#..."),
    ("#...", "####", ".#.."),
    ("#...", "####", "..#."),
    ("#...", "####", "...#"),
    (".#..", "####", ".#.."),
    (".#..", "####", "..#."),
    ("##..", ".###", ".#.."),
    ("##..", ".###", "..#."),
    ("##..", ".###", "...#"),
    ("##..", ".##.", "..##"),
    ("###..", "..###"),
)


def cells_of(rows: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The squares of a net drawn as rows of '#' and '.', as (row, column) pairs."""
    return tuple((r, c) for r, row in enumerate(rows) for c, mark in enumerate(row) if mark == "#")


# A cube's faces as outward unit vectors; rolling the cube over an edge turns them a quarter turn.
_ROLL = {
    (0, 1): lambda v: (-v[2], v[1], v[0]),  # east: roll about the north–south axis
    (0, -1): lambda v: (v[2], v[1], -v[0]),
    (1, 0): lambda v: (v[0], -v[2], v[1]),  # south
    (-1, 0): lambda v: (v[0], v[2], -v[1]),
}


def folds_to_cube(cells: tuple[tuple[int, int], ...]) -> bool:
    """True when 6 squares joined edge to edge fold to a cube: roll a cube across the net from square to square
    (each square is the face lying on it); the net folds exactly when the six squares meet six different faces."""
    return len(set(cells)) == 6 and faces_covered(cells) == 6


def faces_covered(cells: tuple[tuple[int, int], ...]) -> int:
    """How many different faces of a cube the squares land on when the net is folded round a cube (0 when the
    squares are not joined edge to edge)."""
    squares = set(cells)
    first = min(squares)
    # frame[i] is where the cube's own face i now points; the face on the table is the one pointing down
    seen: dict[tuple[int, int], tuple] = {first: ((1, 0, 0), (0, 1, 0), (0, 0, 1))}
    todo = [first]
    while todo:
        r, c = todo.pop()
        for (dr, dc), roll in _ROLL.items():
            step = (r + dr, c + dc)
            if step in squares and step not in seen:
                seen[step] = tuple(roll(axis) for axis in seen[(r, c)])
                todo.append(step)
    if len(seen) != len(squares):
        return 0  # not joined edge to edge
    down = set()
    for frame in seen.values():
        # the body face pointing down (0, 0, −1): which axis, and which way along it
        for i, axis in enumerate(frame):
            if axis[2]:
                down.add((i, -axis[2]))
    return len(down)


def _normal(cells: set[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    low_r, low_c = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - low_r, c - low_c) for r, c in cells))


def turned(cells: tuple[tuple[int, int], ...], quarter_turns: int, flip: bool = False) -> tuple[tuple[int, int], ...]:
    """The same squares turned over (flip) and round by quarter turns, moved to start at row 0, column 0."""
    moved = {(r, -c) if flip else (r, c) for r, c in cells}
    for _ in range(quarter_turns % 4):
        moved = {(c, -r) for r, c in moved}
    return _normal(moved)


def hexominoes() -> tuple[tuple[tuple[int, int], ...], ...]:
    """The 35 free hexominoes (six squares joined edge to edge, counted once however turned or flipped), each in
    its smallest orientation, sorted."""
    shapes = {((0, 0),)}
    for _ in range(5):
        grown = set()
        for shape in shapes:
            for r, c in shape:
                for near in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if near not in shape:
                        bigger = set(shape) | {near}
                        grown.add(min(turned(tuple(bigger), k, f) for k in range(4) for f in (False, True)))
        shapes = grown
    return tuple(sorted(shapes))


@dataclass(frozen=True)
class Net(Diagram):
    """Squares joined edge to edge on a square grid, given as (row, column) cells: a possible net of a cube, or of
    a cuboid whose edges are whole numbers of squares (up to 24 squares).

    ``paper``: (rows, columns) of squared paper to draw on, the cells on it; with no cells it is the empty paper a
    pupil draws a net on. ``faces``: rectangles (row, column, rows, columns) that cover the cells exactly, each a
    face of the solid, outlined (a cuboid's faces are rectangles of several squares).
    """

    kind: ClassVar[str] = "net"
    title: ClassVar[str] = "Net"

    cells: tuple[tuple[int, int], ...]
    paper: tuple[int, int] | None = None
    faces: tuple[tuple[int, int, int, int], ...] = ()

    def __post_init__(self) -> None:
        cells = tuple(tuple(cell) for cell in _as_tuple(self, "cells"))
        _set(self, "cells", cells)
        faces = tuple(tuple(face) for face in _as_tuple(self, "faces"))
        _set(self, "faces", faces)
        if faces:
            covered = [(r + i, c + j) for r, c, h, w in faces for i in range(h) for j in range(w)]
            if any(len(face) != 4 or min(face[2:]) < 1 for face in faces):
                raise DiagramError("a face is (row, column, rows, columns) with at least one row and column")
            if sorted(covered) != sorted(cells):
                raise DiagramError("the faces must cover the net's squares exactly, each square in one face")
        if self.paper is not None:
            paper = _as_tuple(self, "paper")
            if len(paper) != 2:
                raise DiagramError(f"paper is (rows, columns), not {paper!r}")
            for value in paper:
                _count(value, "the paper's rows and columns", 2, 12)
            if any(r >= paper[0] or c >= paper[1] for r, c in cells):
                raise DiagramError(f"a square is off the paper of {paper[0]} rows and {paper[1]} columns")
            if not cells:
                return
        _count(len(cells), "the number of squares", 1, 24)
        for cell in cells:
            if len(cell) != 2:
                raise DiagramError(f"a cell is a (row, column) pair, not {cell!r}")
            _count(cell[0], "a row", 0, 11)
            _count(cell[1], "a column", 0, 11)
        if len(set(cells)) != len(cells):
            raise DiagramError("a square is given twice")
        joined, todo = {cells[0]}, [cells[0]]
        while todo:
            r, c = todo.pop()
            for near in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if near in cells and near not in joined:
                    joined.add(near)
                    todo.append(near)
        if len(joined) != len(cells):
            raise DiagramError("every square must share an edge with another: the net falls apart")

    @classmethod
    def of(cls, rows: tuple[str, ...], paper: tuple[int, int] | None = None) -> Net:
        return cls(cells_of(rows), paper)

    @property
    def folds_to_cube(self) -> bool:
        return folds_to_cube(self.cells)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        if not self.cells:
            rows, columns = self.paper  # type: ignore[misc]
            return f"Squared paper, {rows} squares high and {columns} wide, to draw a net on."
        rows = max(r for r, _ in self.cells) + 1
        columns = max(c for _, c in self.cells) + 1
        layout = "; ".join(
            "row "
            + str(r + 1)
            + ": "
            + ("squares in columns " if sum(1 for q in self.cells if q[0] == r) > 1 else "a square in column ")
            + join_words([str(c + 1) for c in range(columns) if (r, c) in self.cells])
            for r in range(rows)
        )
        paper = f" drawn on squared paper {self.paper[0]} squares high and {self.paper[1]} wide" if self.paper else ""
        faces = f" It is outlined as {len(self.faces)} faces." if self.faces else ""
        return (
            f"A net of {len(self.cells)} squares on a grid of {rows} rows and {columns} columns ({layout}){paper}."
            + faces
        )


_FACE_NAMES = {3: "triangle", 4: "square", 5: "pentagon", 6: "hexagon", 7: "heptagon", 8: "octagon"}


@dataclass(frozen=True)
class SolidNet(Diagram):
    """The net of a prism (a row of rectangles with an end on either side) or a pyramid (a base with a triangle on
    each side), on a regular base of ``sides`` (3–8). The description names the faces, never the solid."""

    kind: ClassVar[str] = "solid_net"
    title: ClassVar[str] = "Net of a 3-D shape"

    shape: str
    sides: int

    def __post_init__(self) -> None:
        if self.shape not in ("prism", "pyramid"):
            raise DiagramError(f"shape must be 'prism' or 'pyramid', not {self.shape!r}")
        _count(self.sides, "sides", 3, 8)

    @property
    def faces(self) -> int:
        return self.sides + (2 if self.shape == "prism" else 1)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        n, base = self.sides, _FACE_NAMES[self.sides]
        if self.shape == "prism":
            ends = "squares" if n == 4 else f"{base}s"
            return f"A net of {self.faces} faces: a row of {n} rectangles, with two {ends} joined to it, one each side."
        return f"A net of {self.faces} faces: a {base} with {n} triangles joined to its sides, one on each side."


# ----------------------------------------------------------------------------------------------------
# Cube stacks
# ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CubeStack(Diagram):
    """1 cm cubes stacked on isometric dot paper: ``heights`` gives, for each row (back to front) and column
    (left to right), how many cubes stand there. The number of cubes is the volume in cm³."""

    kind: ClassVar[str] = "cube_stack"
    title: ClassVar[str] = "Cubes"

    heights: tuple[tuple[int, ...], ...]

    def __post_init__(self) -> None:
        rows = tuple(tuple(row) for row in _as_tuple(self, "heights"))
        _set(self, "heights", rows)
        _count(len(rows), "the number of rows", 1, 6)
        if len({len(row) for row in rows}) != 1:
            raise DiagramError("every row needs the same number of columns")
        _count(len(rows[0]), "the number of columns", 1, 6)
        for row in rows:
            for height in row:
                _count(height, "a height", 0, 6)
        if not any(any(row) for row in rows):
            raise DiagramError("there are no cubes: give at least one height above 0")

    @property
    def volume(self) -> int:
        return sum(sum(row) for row in self.heights)

    def labels(self) -> tuple:
        return ()

    def describe(self) -> str:
        rows, columns = len(self.heights), len(self.heights[0])
        cuboid = len({h for row in self.heights for h in row}) == 1
        if cuboid:
            shape = f"a cuboid {columns} cubes long, {rows} deep and {self.heights[0][0]} high"
        else:
            shape = (
                "stacks of heights "
                + "; ".join(", ".join(map(str, row)) for row in self.heights)
                + " (rows from back to front)"
            )
        return f"Centimetre cubes on isometric dot paper: {shape}."
