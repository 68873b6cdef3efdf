"""SVG drawings of 3-D shapes (oblique projection, hidden edges dashed), nets of squares and cube stacks."""

from __future__ import annotations

import math

from ks2practice.pictures.diagrams import BLANK, UNKNOWN
from ks2practice.pictures.diagrams.solids import CubeStack, Net, Solid, SolidNet
from ks2practice.pictures.svg.kit import (
    GRID,
    INK,
    LABEL,
    ORANGE,
    PAPER,
    SKY,
    SKY_TINT,
    STROKE,
    Picture,
    draws,
    num,
)

Point3 = tuple[float, float, float]
DEPTH = 0.5  # oblique projection: depth drawn at half its length, 45° up and to the right
SLANT = math.radians(45)
TOWARD_VIEWER = (DEPTH * math.cos(SLANT), DEPTH * math.sin(SLANT), -1.0)
DASH = "7 6"
MARGIN = 36


def _project(point: Point3) -> tuple[float, float]:
    """(x right, y up, z away from the viewer) to the page, y up."""
    x, y, z = point
    return x + DEPTH * z * math.cos(SLANT), y + DEPTH * z * math.sin(SLANT)


def _polygon(n: int, r: float) -> list[tuple[float, float]]:
    """A regular n-gon of circumradius r sitting on a flat bottom side."""
    start = -math.pi / 2 + math.pi / n
    return [(r * math.cos(start + math.tau * k / n), r * math.sin(start + math.tau * k / n)) for k in range(n)]


def _polyhedron(solid: Solid) -> tuple[list[Point3], list[list[int]]]:
    """Vertices and faces (as vertex indices) of a cube, cuboid, prism or pyramid, about 200 px across."""
    if solid.shape in ("cube", "cuboid"):
        length, depth, height = (float(v) for v in solid.size)
        scale = min(220 / length, 170 / height, 240 / depth)
        x, y, z = length * scale, height * scale, depth * scale
        points = [(0, 0, 0), (x, 0, 0), (x, y, 0), (0, y, 0), (0, 0, z), (x, 0, z), (x, y, z), (0, y, z)]
        faces = [[0, 1, 2, 3], [4, 5, 6, 7], [0, 1, 5, 4], [3, 2, 6, 7], [0, 3, 7, 4], [1, 2, 6, 5]]
        return points, faces
    n = solid.sides
    if solid.shape == "prism":
        front = _polygon(n, 95)
        points = [(x, y, 0.0) for x, y in front] + [(x, y, 170.0) for x, y in front]
        faces = [list(range(n)), list(range(n, 2 * n))]
        faces += [[k, (k + 1) % n, n + (k + 1) % n, n + k] for k in range(n)]
        return points, faces
    base = _polygon(n, 110)  # the base lies flat: its second coordinate is depth
    points = [(x, 0.0, y) for x, y in base] + [(0.0, 190.0, 0.0)]
    faces = [list(range(n))] + [[k, (k + 1) % n, n] for k in range(n)]
    return points, faces


def _visible(points: list[Point3], face: list[int], centre: Point3) -> bool:
    """A face of a convex solid is seen when its outward normal points toward the viewer."""
    a, b, c = (points[i] for i in face[:3])
    u = [b[k] - a[k] for k in range(3)]
    v = [c[k] - a[k] for k in range(3)]
    normal = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    middle = [sum(points[i][k] for i in face) / len(face) for k in range(3)]
    if sum(normal[k] * (middle[k] - centre[k]) for k in range(3)) < 0:
        normal = [-value for value in normal]
    return sum(normal[k] * TOWARD_VIEWER[k] for k in range(3)) > 1e-9


class _Page:
    """Page coordinates from projected (y up) ones, fitted once all the points are known."""

    def __init__(self, points: list[tuple[float, float]], extra: float = 0) -> None:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        self.left, self.top = min(xs) - MARGIN - extra, max(ys) + MARGIN
        self.width = max(xs) - min(xs) + 2 * (MARGIN + extra)
        self.height = max(ys) - min(ys) + 2 * MARGIN + extra

    def __call__(self, point: tuple[float, float]) -> tuple[float, float]:
        return point[0] - self.left, self.top - point[1]


@draws(Solid)
def draw_solid(solid: Solid) -> Picture:
    if solid.shape in ("cylinder", "cone", "sphere"):
        return _draw_curved(solid)
    points, faces = _polyhedron(solid)
    centre = tuple(sum(p[k] for p in points) / len(points) for k in range(3))
    flat = [_project(p) for p in points]
    page = _Page(flat, extra=40 if solid.edge_labels else 0)
    picture = Picture(page.width, page.height)
    seen = [_visible(points, face, centre) for face in faces]
    for face, shown in zip(faces, seen, strict=True):
        if shown:
            picture.polygon([page(flat[i]) for i in face], fill=SKY_TINT, width=0)
    edges: dict[tuple[int, int], bool] = {}
    for face, shown in zip(faces, seen, strict=True):
        for k, a in enumerate(face):
            key = tuple(sorted((a, face[(k + 1) % len(face)])))
            edges[key] = edges.get(key, False) or shown
    for (a, b), shown in sorted(edges.items(), key=lambda item: item[1]):  # hidden edges first, under the rest
        (x1, y1), (x2, y2) = page(flat[a]), page(flat[b])
        attrs = {} if shown else {"stroke_dasharray": DASH}
        picture.line(x1, y1, x2, y2, width=STROKE if shown else 1.5, data_edge="seen" if shown else "hidden", **attrs)
    if solid.edge_labels:
        _edge_labels(picture, solid, [page(p) for p in flat])
    return picture


def _edge_labels(picture: Picture, solid: Solid, at: list[tuple[float, float]]) -> None:
    """Length under the front bottom edge, height left of the front left edge, depth along the bottom right."""
    length, depth, height = solid.edge_labels
    places = (
        (length, (at[0][0] + at[1][0]) / 2, at[0][1] + 22, "middle"),
        (height, at[0][0] - 10, (at[0][1] + at[3][1]) / 2, "end"),
        (depth, (at[1][0] + at[5][0]) / 2 + 14, (at[1][1] + at[5][1]) / 2 + 8, "start"),
    )
    for value, x, y, anchor in places:
        if value != BLANK:
            unit = "" if value == UNKNOWN else solid.unit
            picture.label(x, y, value, LABEL, anchor, unit=unit, data_edge_label=str(value))


def _draw_curved(solid: Solid) -> Picture:
    r, squash, height = 90, 0.32, 190
    ry = r * squash
    width = 2 * r + 2 * MARGIN
    cx = width / 2
    if solid.shape == "sphere":
        picture = Picture(width, width)
        cy = width / 2
        picture.circle(cx, cy, r, fill=SKY_TINT)
        _ellipse(picture, cx, cy, r, ry)
        return picture
    top, bottom = MARGIN + ry, MARGIN + ry + height
    picture = Picture(width, bottom + ry + MARGIN)
    if solid.shape == "cylinder":
        outline = (
            f"M{num(cx - r)},{num(top)} L{num(cx - r)},{num(bottom)} A{num(r)},{num(ry)} 0 0 0 {num(cx + r)},"
            f"{num(bottom)} L{num(cx + r)},{num(top)} A{num(r)},{num(ry)} 0 0 0 {num(cx - r)},{num(top)} Z"
        )
        picture.path(outline, fill=SKY_TINT, width=STROKE)
        picture.add("ellipse", cx=cx, cy=top, rx=r, ry=ry, fill=SKY_TINT, stroke=INK, stroke_width=STROKE)
        _ellipse(picture, cx, bottom, r, ry)
        return picture
    apex = MARGIN
    outline = (
        f"M{num(cx)},{num(apex)} L{num(cx - r)},{num(bottom)} A{num(r)},{num(ry)} 0 0 0 {num(cx + r)},{num(bottom)} Z"
    )
    picture.path(outline, fill=SKY_TINT, width=STROKE, stroke_linejoin="round")
    _ellipse(picture, cx, bottom, r, ry)
    return picture


def _ellipse(picture: Picture, cx: float, cy: float, rx: float, ry: float) -> None:
    """A flat circle seen at a slant: the front half drawn, the back half dashed."""
    left, right = f"{num(cx - rx)},{num(cy)}", f"{num(cx + rx)},{num(cy)}"
    picture.path(f"M{left} A{num(rx)},{num(ry)} 0 0 0 {right}", width=STROKE, data_edge="seen")
    picture.path(
        f"M{left} A{num(rx)},{num(ry)} 0 0 1 {right}",
        width=1.5,
        stroke_dasharray=DASH,
        data_edge="hidden",
    )


SQUARE = 48


@draws(Net)
def draw_net(net: Net) -> Picture:
    if net.paper is not None:
        return _net_on_paper(net)
    rows = max(r for r, _ in net.cells) + 1
    columns = max(c for _, c in net.cells) + 1
    margin = 20
    picture = Picture(columns * SQUARE + 2 * margin + SQUARE, rows * SQUARE + 2 * margin + SQUARE)
    left, top = margin + SQUARE / 2, margin + SQUARE / 2
    grid = []
    for c in range(-1, columns + 2):
        x = left + c * SQUARE
        grid.append(f"M{num(x)},{num(top - SQUARE / 2)} L{num(x)},{num(top + (rows + 0.5) * SQUARE)}")
    for r in range(-1, rows + 2):
        y = top + r * SQUARE
        grid.append(f"M{num(left - SQUARE / 2)},{num(y)} L{num(left + (columns + 0.5) * SQUARE)},{num(y)}")
    picture.path(" ".join(grid), width=1, colour=GRID)
    for r, c in sorted(net.cells):
        picture.rect(left + c * SQUARE, top + r * SQUARE, SQUARE, SQUARE, fill=SKY, width=STROKE, data_cell=f"{r},{c}")
    return picture


def _net_on_paper(net: Net) -> Picture:
    """Squared paper of the record's size (the answer space to draw a net on), with the net's squares on it."""
    rows, columns = net.paper  # type: ignore[misc]
    side = min(36.0, 460 / columns)
    margin = 16
    picture = Picture(columns * side + 2 * margin, rows * side + 2 * margin)
    grid = [
        f"M{num(margin + c * side)},{num(margin)} L{num(margin + c * side)},{num(margin + rows * side)}"
        for c in range(columns + 1)
    ]
    grid += [
        f"M{num(margin)},{num(margin + r * side)} L{num(margin + columns * side)},{num(margin + r * side)}"
        for r in range(rows + 1)
    ]
    # With faces given, the squares are filled only and the paper's lines drawn over them, and each face is
    # outlined: a rectangle of squares reads as one face.
    if not net.faces:
        picture.path(" ".join(grid), width=1, colour=GRID, data_paper=f"{rows}x{columns}")
    edge = 0 if net.faces else STROKE
    for r, c in sorted(net.cells):
        picture.rect(margin + c * side, margin + r * side, side, side, fill=SKY, width=edge, data_cell=f"{r},{c}")
    if net.faces:
        picture.path(" ".join(grid), width=1, colour=GRID, data_paper=f"{rows}x{columns}")
    for r, c, h, w in net.faces:
        picture.rect(
            margin + c * side, margin + r * side, w * side, h * side, fill="none", width=STROKE, data_face=f"{r},{c}"
        )
    return picture


def _screen_polygon(n: int, side: float, cx: float, edge_y: float, above: bool) -> list[tuple[float, float]]:
    """A regular n-gon with one horizontal side from cx − side/2 to cx + side/2 at edge_y, lying above or below it
    (screen y points down)."""
    r = side / (2 * math.sin(math.pi / n))
    apothem = r * math.cos(math.pi / n)
    points = _polygon(n, r)  # y up, flat side at the bottom, at −apothem
    sign = -1 if above else 1
    return [(cx + x, edge_y + sign * (y + apothem)) for x, y in points]


@draws(SolidNet)
def draw_solid_net(net: SolidNet) -> Picture:
    n = net.sides
    faces: list[list[tuple[float, float]]] = []
    if net.shape == "prism":
        side = min(64.0, 400 / n)
        length = 120.0
        faces += [[(k * side, 0), ((k + 1) * side, 0), ((k + 1) * side, length), (k * side, length)] for k in range(n)]
        middle = (n // 2 + 0.5) * side
        faces.append(_screen_polygon(n, side, middle, 0, above=True))
        faces.append(_screen_polygon(n, side, middle, length, above=False))
    else:
        side = min(90.0, 360 / n)
        base = _screen_polygon(n, side, 0, 0, above=True)
        faces.append(base)
        slant = side * 0.95 + side / (2 * math.tan(math.pi / n)) * 0.4  # long enough to meet over the base
        cx, cy = sum(x for x, _ in base) / n, sum(y for _, y in base) / n
        for k in range(n):
            (x1, y1), (x2, y2) = base[k], base[(k + 1) % n]
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            length = math.hypot(mx - cx, my - cy)
            apex = (mx + slant * (mx - cx) / length, my + slant * (my - cy) / length)
            faces.append([(x1, y1), (x2, y2), apex])
    xs = [x for face in faces for x, _ in face]
    ys = [y for face in faces for _, y in face]
    left, top = min(xs) - MARGIN, min(ys) - MARGIN
    picture = Picture(max(xs) - left + MARGIN, max(ys) - top + MARGIN)
    for index, face in enumerate(faces):
        picture.polygon(
            [(x - left, y - top) for x, y in face],
            fill=SKY_TINT,
            width=STROKE,
            stroke_linejoin="round",
            data_face=index,
        )
    return picture


CUBE = 34
COS30 = math.cos(math.radians(30))
SHADES = {"top": PAPER, "left": SKY, "right": ORANGE}


@draws(CubeStack)
def draw_cube_stack(stack: CubeStack) -> Picture:
    rows, columns = len(stack.heights), len(stack.heights[0])
    tallest = max(max(row) for row in stack.heights)

    def iso(x: float, y: float, z: float) -> tuple[float, float]:
        # on paper x (along a row) runs down to the right, y (towards the front row) down to the left, z up
        return (x - y) * COS30 * CUBE, (x + y) * 0.5 * CUBE - z * CUBE

    corners = [iso(x, y, z) for x in (0, columns) for y in (0, rows) for z in (0, tallest)]
    pad = 24
    left = min(p[0] for p in corners) - pad
    top = min(p[1] for p in corners) - pad
    picture = Picture(max(p[0] for p in corners) - left + pad, max(p[1] for p in corners) - top + pad)

    def at(x: float, y: float, z: float) -> tuple[float, float]:
        sx, sy = iso(x, y, z)
        return sx - left, sy - top

    dots = []
    reach = 2 * (rows + columns + tallest) + 4  # enough lattice to cover the picture
    for a in range(-reach, reach):
        for b in range(-reach, reach):
            x, y = at(a, b, 0)
            if 6 < x < picture.width - 6 and 6 < y < picture.height - 6:
                dots.append((x, y))
    for x, y in sorted(set((round(x, 2), round(y, 2)) for x, y in dots)):
        picture.circle(x, y, 1.6, fill=GRID, width=0)
    # rows are listed back to front; y counts toward the viewer, so the back row (listed first) has y = 0
    cubes = [(x, y, z) for x in range(columns) for y in range(rows) for z in range(stack.heights[y][x])]
    # nearer cubes (larger x + y + z) are drawn later, over the ones they hide
    for x, y, z in sorted(cubes, key=lambda cube: (sum(cube), cube)):
        faces = {
            "top": [at(x, y, z + 1), at(x + 1, y, z + 1), at(x + 1, y + 1, z + 1), at(x, y + 1, z + 1)],
            "left": [at(x, y + 1, z), at(x + 1, y + 1, z), at(x + 1, y + 1, z + 1), at(x, y + 1, z + 1)],
            "right": [at(x + 1, y, z), at(x + 1, y + 1, z), at(x + 1, y + 1, z + 1), at(x + 1, y, z + 1)],
        }
        with picture.group(data_cube=f"{x},{y},{z}"):
            for name, points in faces.items():
                picture.polygon(points, fill=SHADES[name], width=1.5, stroke_linejoin="round")
    return picture
