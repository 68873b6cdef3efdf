"""SVG drawings of geometry: 2-D shapes with marked sides and angles, and the coordinate grid."""

from __future__ import annotations

import itertools
import math

from ks2practice.pictures.diagrams import CoordinateGrid, Shape2D, number_text
from ks2practice.pictures.svg.kit import (
    BLUE,
    GREEN,
    GRID,
    LABEL,
    SKY,
    SMALL,
    STROKE,
    VERMILION,
    Picture,
    Room,
    draws,
    exact,
    label_box,
    label_height,
    label_width,
    num,
    text_box,
    text_width,
)

Point = tuple[float, float]


def _unit(x: float, y: float) -> Point:
    length = math.hypot(x, y)
    return x / length, y / length


class _Layout:
    """Screen positions of a shape's vertices, and its directions: outward normals and inward bisectors."""

    def __init__(self, shape: Shape2D, margin: float = 60, box: Point = (360, 280), scale: float | None = None) -> None:
        xs = [float(x) for x, _ in shape.points]
        ys = [float(y) for _, y in shape.points]
        dx, dy = max(xs) - min(xs) or 1, max(ys) - min(ys) or 1
        scale = scale or min(box[0] / dx, box[1] / dy)
        self.scale, self.left, self.top, self.margin = scale, min(xs), max(ys), margin
        self.width, self.height = dx * scale + 2 * margin, dy * scale + 2 * margin
        self.points = [self.at(x, y) for x, y in zip(xs, ys, strict=True)]
        n = len(self.points)
        area = sum(
            self.points[i][0] * self.points[(i + 1) % n][1] - self.points[(i + 1) % n][0] * self.points[i][1]
            for i in range(n)
        )
        self.turn = 1 if area > 0 else -1  # the sign of a convex corner's turn, going round in order

    def at(self, x: float, y: float) -> Point:
        """The screen position of a point in the shape's own units."""
        return self.margin + (x - self.left) * self.scale, self.margin + (self.top - y) * self.scale

    def edge(self, i: int) -> tuple[Point, Point]:
        return self.points[i], self.points[(i + 1) % len(self.points)]

    def outward(self, i: int) -> Point:
        (x1, y1), (x2, y2) = self.edge(i)
        ux, uy = _unit(x2 - x1, y2 - y1)
        return (uy, -ux) if self.turn > 0 else (-uy, ux)

    def opening(self, i: int) -> float:
        """The angle inside the shape at vertex i, in radians (over a half-turn at a reflex corner)."""
        u, w, b = self.corner(i)
        between = math.acos(max(-1.0, min(1.0, u[0] * w[0] + u[1] * w[1])))
        middle = _unit(u[0] + w[0], u[1] + w[1]) if abs(u[0] + w[0]) + abs(u[1] + w[1]) > 1e-9 else b
        return between if middle[0] * b[0] + middle[1] * b[1] > 0 else math.tau - between

    def corner(self, i: int) -> tuple[Point, Point, Point]:
        """(to previous, to next, inward bisector) unit vectors at vertex i."""
        n = len(self.points)
        (px, py), (vx, vy), (nx, ny) = self.points[i - 1], self.points[i], self.points[(i + 1) % n]
        u, w = _unit(px - vx, py - vy), _unit(nx - vx, ny - vy)
        turn = (vx - px) * (ny - vy) - (vy - py) * (nx - vx)
        if abs(u[0] + w[0]) + abs(u[1] + w[1]) < 1e-9:  # a straight angle: point along the inward normal
            bx, by = self.outward(i)
            return u, w, (-bx, -by)
        b = _unit(u[0] + w[0], u[1] + w[1])
        convex = (turn > 0) == (self.turn > 0)
        return u, w, b if convex else (-b[0], -b[1])


def _offset(x: float, y: float, direction: Point, gap: float, value: object, opening: float = math.pi) -> Point:
    """Where a label's centre goes so its nearest edge sits `gap` from (x, y) along `direction`.

    With an `opening` (radians) below a half-turn, the label is a wedge between two sides and goes far enough
    out to fit between them.
    """
    w, h = label_width(value, LABEL), label_height(value, LABEL)
    reach = gap + abs(direction[0]) * w / 2 + abs(direction[1]) * h / 2
    if opening < math.pi:
        reach = max(reach, (math.hypot(w, h) / 2 + 5) / math.sin(opening / 2))
    return x + direction[0] * reach, y + direction[1] * reach


def _margin(shape: Shape2D) -> float:
    """Room round the shape for side labels, and for angle labels pushed outside sharp corners."""
    sides = [label_width(_shown(v, shape.unit)) for v in shape.side_labels if v is not None]
    outside = 0.0
    if any(v is not None for v in shape.angle_labels):
        corners = _Layout(shape)
        names = label_height(LABEL) + 8 if shape.vertex_names else 0
        outside = max(
            [
                label_width(_shown(v, "°")) + names + 30
                for i, v in enumerate(shape.angle_labels)
                if v is not None and corners.opening(i) < NARROW
            ]
            or [0]
        )
    if shape.height is not None:
        sides.append(label_width(_shown(shape.height[2], shape.unit)))
    return max(60.0, max(sides or [0]) + 40, outside)


@draws(Shape2D)
def draw_shape(shape: Shape2D) -> Picture:
    return draw_shape_at(shape)


def draw_shape_at(shape: Shape2D, box: Point = (360, 280), scale: float | None = None) -> Picture:
    """A shape fitted to a box, or drawn at a given scale (px per unit) so shapes side by side compare."""
    layout = _Layout(shape, margin=_margin(shape), box=box, scale=scale)
    extra = 26 if shape.not_to_scale else 0
    picture = Picture(layout.width, layout.height + extra)
    room = Room(picture.width, picture.height)
    for i in range(len(layout.points)):
        room.wall(*layout.edge(i)[0], *layout.edge(i)[1])
    names = [_name_place(shape, layout, i) for i in range(len(layout.points))] if shape.vertex_names else []
    for (x, y), name in zip(names, shape.vertex_names, strict=False):
        room.take(text_box(x, y, name, LABEL, bold=True))
    for i in shape.right_angles:  # a label inside the shape keeps off the right-angle marks
        xs, ys = zip(layout.points[i], *_square(layout, i), strict=False)
        room.take((min(xs), min(ys), max(xs), max(ys)))
    if shape.not_to_scale:
        room.take(text_box(layout.width - 12, layout.height + extra - 16, "Not to scale", SMALL, "end"))
    if shape.height is not None:
        fx, fy = shape.height_foot()
        room.wall(*layout.points[shape.height[0]], *layout.at(float(fx), float(fy)))
    if shape.grid:
        _draw_square_grid(picture, shape, layout)
    picture.polygon(
        layout.points,
        fill=SKY,
        width=3,
        fill_opacity=0.25,
        stroke_linejoin="round",
        data_vertices=" ".join(f"{exact(x)},{exact(y)}" for x, y in shape.vertices),
    )
    # the shortest sides have the least room beside them, so their labels find places first
    sides = sorted(range(len(layout.points)), key=lambda i: math.dist(*layout.edge(i)))
    places = {
        i: _side_place(shape, layout, i, room) for i in sides if shape.side_labels and shape.side_labels[i] is not None
    }
    for i in range(len(layout.points)):
        _mark_side(picture, shape, layout, i, places.get(i))
    for i in range(len(layout.points)):
        _mark_corner(picture, shape, layout, i, room, names[i] if names else None)
    if shape.height is not None:
        _draw_height(picture, shape, layout, room)
    if shape.not_to_scale:
        picture.text(layout.width - 12, layout.height + extra - 16, "Not to scale", SMALL, "end", font_style="italic")
    return picture


def _draw_square_grid(picture: Picture, shape: Shape2D, layout: _Layout) -> None:
    """Squares one unit wide behind the shape, a square beyond it on every side."""
    xs = [int(x) for x, _ in shape.points]
    ys = [int(y) for _, y in shape.points]
    x0, x1, y0, y1 = min(xs) - 1, max(xs) + 1, min(ys) - 1, max(ys) + 1
    for x in range(x0, x1 + 1):
        picture.line(*layout.at(x, y0), *layout.at(x, y1), width=1, colour=GRID, data_grid="x")
    for y in range(y0, y1 + 1):
        picture.line(*layout.at(x0, y), *layout.at(x1, y), width=1, colour=GRID, data_grid="y")


def _draw_height(picture: Picture, shape: Shape2D, layout: _Layout, room: Room) -> None:
    """The perpendicular height: dashed from its vertex to the base's line (dotted beyond the base if it lands
    outside it), a right-angle square at its foot, and its label beside it."""
    vertex, side, label = shape.height  # type: ignore[misc]
    fx, fy = shape.height_foot()
    foot = layout.at(float(fx), float(fy))
    top = layout.points[vertex]
    (ax, ay), (bx, by) = layout.edge(side)
    along = (bx - ax) * (foot[0] - ax) + (by - ay) * (foot[1] - ay)
    length = (bx - ax) ** 2 + (by - ay) ** 2
    if along < -1e-6 or along > length + 1e-6:  # the foot is beyond the base: extend the base to it
        near = (ax, ay) if along < 0 else (bx, by)
        picture.line(*near, *foot, width=STROKE, stroke_dasharray="2 5", stroke_linecap="round", data_extension=side)
    picture.line(*top, *foot, width=STROKE, stroke_dasharray="8 5", data_height=vertex)
    up = _unit(top[0] - foot[0], top[1] - foot[1])
    middle = ((ax + bx) / 2, (ay + by) / 2)
    toward = _unit(middle[0] - foot[0], middle[1] - foot[1]) if abs(along - length / 2) > 1 else _unit(bx - ax, by - ay)
    if abs(toward[0] * up[0] + toward[1] * up[1]) > 0.99:  # the base's middle is straight below: pick a side
        toward = _unit(bx - ax, by - ay)
    s = 14
    square = [
        (foot[0] + up[0] * s, foot[1] + up[1] * s),
        (foot[0] + (up[0] + toward[0]) * s, foot[1] + (up[1] + toward[1]) * s),
        (foot[0] + toward[0] * s, foot[1] + toward[1] * s),
    ]
    picture.path("M" + " L".join(f"{num(x)},{num(y)}" for x, y in square), width=STROKE, data_right_angle="height")
    # the label goes into the shape (towards the base's middle), unless the height stands outside the shape
    side_of = (-toward[0], -toward[1]) if along < -1e-6 or along > length + 1e-6 else toward
    unit = shape.unit if not isinstance(label, str) else ""
    centres = [
        _offset(top[0] + (foot[0] - top[0]) * t, top[1] + (foot[1] - top[1]) * t, way, 8, _shown(label, shape.unit))
        for way in (side_of, (-side_of[0], -side_of[1]))
        for t in (0.5, 0.35, 0.65, 0.25, 0.75)
    ]
    x, y = _first_place(room, centres, label, unit)
    picture.label(x, y, label, LABEL, unit=unit, data_height_label=vertex)


def _first_place(room: Room, centres: list[Point], label: object, unit: str) -> Point:
    """The first of a label's places (in order of preference) where it touches no label or line, else the
    first clear of labels, else the first: the label's box is then taken."""
    boxes = [label_box(x, y, label, LABEL, unit) for x, y in centres]  # type: ignore[arg-type]
    found = room.first_free(boxes)
    if found is None:
        found = room.first_free(boxes, lines=False) or 0
    room.take(boxes[found])
    return centres[found]


def _side_place(shape: Shape2D, layout: _Layout, i: int, room: Room) -> tuple[Point, float, float]:
    """Where side i's label goes, the first free of: beside the side's middle; slid along it; further out with a
    leader back to the side (crossing no label or line); just inside the shape; beside an end of the side, or
    overhanging an end of a side shorter than the label. Gives the label's centre, how far out it is (negative:
    inside) and where along the side."""
    (x1, y1), (x2, y2) = layout.edge(i)
    nx, ny = layout.outward(i)
    label = shape.side_labels[i]
    unit = shape.unit if not isinstance(label, str) else ""
    shown = _shown(label, shape.unit)
    length = math.dist((x1, y1), (x2, y2))
    ux, uy = _unit(x2 - x1, y2 - y1)
    along = abs(ux) * label_width(shown) / 2 + abs(uy) * label_height(shown) / 2  # half the label, along the side
    slid = [0.5] + [t for t in (0.38, 0.62, 0.26, 0.74) if along <= min(t, 1 - t) * length + 4]
    ends = [t for t in (0.16, 0.84) if along <= min(t, 1 - t) * length + 4]  # so near a corner it may mislead
    overhang = [0.5 + s * (along - length / 2 + 4) / length for s in (1, -1)] if along > length / 2 - 4 else []

    def at(t: float) -> Point:
        return x1 + (x2 - x1) * t, y1 + (y2 - y1) * t

    places = [(12.0, t) for t in slid]
    for gap in (26.0, 40.0, 54.0):
        for t in slid:
            sx, sy = at(t)
            if room.clear_path(sx + nx * 3, sy + ny * 3, sx + nx * (gap - 4), sy + ny * (gap - 4)):
                places.append((gap, t))
    places += [(-12.0, t) for t in slid] + [(12.0, t) for t in ends + overhang] + [(-12.0, t) for t in overhang]
    centres = [_offset(*at(t), (nx, ny) if gap > 0 else (-nx, -ny), abs(gap), shown) for gap, t in places]
    centre = _first_place(room, centres, label, unit)
    gap, t = places[centres.index(centre)]
    if gap > 12:  # the leader is a line later labels keep off
        sx, sy = at(t)
        room.wall(sx + nx * 3, sy + ny * 3, sx + nx * (gap - 4), sy + ny * (gap - 4))
    return centre, gap, t


def _mark_side(
    picture: Picture, shape: Shape2D, layout: _Layout, i: int, place: tuple[Point, float, float] | None
) -> None:
    (x1, y1), (x2, y2) = layout.edge(i)
    ux, uy = _unit(x2 - x1, y2 - y1)
    nx, ny = layout.outward(i)
    ticks = shape.equal_sides[i] if shape.equal_sides else 0
    for k in range(ticks):
        t = (k - (ticks - 1) / 2) * 7
        cx, cy = (x1 + x2) / 2 + ux * t, (y1 + y2) / 2 + uy * t
        picture.line(cx - nx * 8, cy - ny * 8, cx + nx * 8, cy + ny * 8, width=STROKE, data_tick=i)
    arrows = shape.parallel_sides[i] if shape.parallel_sides else 0
    if arrows:
        dx, dy = (ux, uy) if (ux > 1e-9 or (abs(ux) <= 1e-9 and uy < 0)) else (-ux, -uy)  # parallel arrows agree
        where = 0.3 if ticks else 0.5
        for k in range(arrows):
            tip_x = x1 + (x2 - x1) * where + dx * (k * 8 + 4)
            tip_y = y1 + (y2 - y1) * where + dy * (k * 8 + 4)
            wing = [
                (tip_x - dx * 9 + nx * 7, tip_y - dy * 9 + ny * 7),
                (tip_x, tip_y),
                (tip_x - dx * 9 - nx * 7, tip_y - dy * 9 - ny * 7),
            ]
            picture.path(
                "M" + " L".join(f"{num(x)},{num(y)}" for x, y in wing),
                width=STROKE,
                stroke_linejoin="round",
                data_arrow=i,
            )
    label = shape.side_labels[i] if shape.side_labels else None
    if label is not None and place is not None:
        (x, y), gap, t = place
        if gap > 12:  # a leader from the side out to the label, so it is plain which side it measures
            sx, sy = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
            picture.line(sx + nx * 3, sy + ny * 3, sx + nx * (gap - 4), sy + ny * (gap - 4), width=1, data_leader=i)
        picture.label(x, y, label, LABEL, unit=shape.unit if not isinstance(label, str) else "", data_side=i)


def _shown(label: object, unit: str) -> object:
    """What a label measures as, with its unit (for fitting it beside a side)."""
    return label if isinstance(label, str) else f"{number_text(label)} {unit}".strip()


def _square(layout: _Layout, i: int) -> list[Point]:
    """The right-angle mark's three corners away from vertex i."""
    vx, vy = layout.points[i]
    u, w, _ = layout.corner(i)
    (px, py), (nx, ny) = layout.points[i - 1], layout.points[(i + 1) % len(layout.points)]
    s = min(16.0, 0.3 * math.hypot(px - vx, py - vy), 0.3 * math.hypot(nx - vx, ny - vy))  # small shapes too
    return [
        (vx + u[0] * s, vy + u[1] * s),
        (vx + (u[0] + w[0]) * s, vy + (u[1] + w[1]) * s),
        (vx + w[0] * s, vy + w[1] * s),
    ]


def _name_place(shape: Shape2D, layout: _Layout, i: int) -> Point:
    """Where a vertex's name goes: just outside the corner, along its bisector."""
    vx, vy = layout.points[i]
    b = layout.corner(i)[2]
    return _offset(vx, vy, (-b[0], -b[1]), 8, shape.vertex_names[i], math.tau - layout.opening(i))


def _turned(u: Point, angle: float) -> Point:
    return u[0] * math.cos(angle) - u[1] * math.sin(angle), u[0] * math.sin(angle) + u[1] * math.cos(angle)


def _angle_places(vx: float, vy: float, u: Point, b: Point, inside: float, radius: float, shown: object) -> list[Point]:
    """Places for an angle's label inside its corner, nearest first: on the bisector, then swung towards either
    side, each far enough out to clear the arc and to fit between the two sides."""
    w, h = label_width(shown, LABEL), label_height(shown, LABEL)
    # which way round from the first side the inside of the corner lies
    half = _turned(u, inside / 2)
    sense = 1 if half[0] * b[0] + half[1] * b[1] > 0 else -1
    places = []
    for step in range(6):
        for share in (0.5, 0.4, 0.6, 0.3, 0.7):
            way = _turned(u, sense * share * inside)
            least = min(share * inside, (1 - share) * inside, math.pi / 2)
            reach = max(
                radius + 6 + abs(way[0]) * w / 2 + abs(way[1]) * h / 2,
                (math.hypot(w, h) / 2 + 5) / math.sin(least),
            )
            places.append((vx + way[0] * (reach + 10 * step), vy + way[1] * (reach + 10 * step)))
    return places


def _mark_corner(
    picture: Picture, shape: Shape2D, layout: _Layout, i: int, room: Room, name: Point | None = None
) -> None:
    vx, vy = layout.points[i]
    u, w, b = layout.corner(i)
    inside = layout.opening(i)
    if i in shape.right_angles:
        square = _square(layout, i)
        picture.path("M" + " L".join(f"{num(x)},{num(y)}" for x, y in square), width=STROKE, data_right_angle=i)
    label = shape.angle_labels[i] if shape.angle_labels else None
    if label is not None:
        radius = 30
        if i not in shape.right_angles:
            picture.path(_corner_arc(vx, vy, u, w, b, radius), width=STROKE, data_angle=i)
        unit = "" if isinstance(label, str) else "°"
        name_room = label_height(LABEL) + 8 if shape.vertex_names else 0
        # too sharp to hold a label: it goes just outside the corner, past the vertex name
        outside = [_offset(vx, vy, (-b[0], -b[1]), 10 + name_room + 10 * k, _shown(label, unit)) for k in range(4)]
        inner = _angle_places(vx, vy, u, b, inside, radius, _shown(label, unit)) if inside >= NARROW else []
        x, y = _first_place(room, inner + outside, label, unit)
        picture.label(x, y, label, LABEL, unit=unit)
    if shape.vertex_names:
        x, y = name or _name_place(shape, layout, i)
        picture.text(x, y, shape.vertex_names[i], LABEL, bold=True)


NARROW = math.radians(25)  # corners sharper than this are labelled outside


def _corner_arc(vx: float, vy: float, u: Point, w: Point, b: Point, r: float) -> str:
    """An arc of radius r from one side to the other, through the inside of the corner."""
    a_u, a_w, a_b = (math.atan2(v[1], v[0]) for v in (u, w, b))
    span = (a_w - a_u) % math.tau
    inside = (a_b - a_u) % math.tau
    sweep = 1 if inside < span else 0
    large = int((span if sweep else math.tau - span) > math.pi)
    return (
        f"M{num(vx + u[0] * r)},{num(vy + u[1] * r)} A{r},{r} 0 {large} {sweep} "
        f"{num(vx + w[0] * r)},{num(vy + w[1] * r)}"
    )


@draws(CoordinateGrid)
def draw_coordinate_grid(grid: CoordinateGrid) -> Picture:
    (x0, x1), (y0, y1) = grid.x_range, grid.y_range
    cell = min(36.0, 420 / max(x1 - x0, y1 - y0))
    left, top, right, bottom = 44, 30 + (28 if grid.asked else 0), 34, 40
    picture = Picture(left + (x1 - x0) * cell + right, top + (y1 - y0) * cell + bottom)

    def at(x: float, y: float) -> Point:
        return left + (x - x0) * cell, top + (y1 - y) * cell

    for x in range(x0, x1 + 1):
        picture.line(*at(x, y0), *at(x, y1), width=1, colour=GRID, data_grid="x")
    for y in range(y0, y1 + 1):
        picture.line(*at(x0, y), *at(x1, y), width=1, colour=GRID, data_grid="y")
    room = Room(picture.width, picture.height)
    _draw_axes(picture, grid, at, cell, room)
    if grid.mirror is not None:
        _draw_mirror(picture, grid, at, room)
    if grid.polygon:
        _draw_polygon(picture, [at(float(p.x), float(p.y)) for p in grid.points], VERMILION, "object", grid.closed)
        _walls(room, [at(float(p.x), float(p.y)) for p in grid.points], grid.closed)
        if grid.image and not grid.asked:
            _draw_polygon(picture, [at(float(p.x), float(p.y)) for p in grid.image], BLUE, "image", grid.closed)
            _walls(room, [at(float(p.x), float(p.y)) for p in grid.image], grid.closed)
    if grid.arrow and grid.translation is not None:
        _draw_arrow(picture, grid, at, room)
    if grid.asked:
        asked = [grid.image[i].label for i in grid.asked]
        words = "   ".join(f"{name + ' = ' if name else ''}(?, ?)" for name in asked)
        room.take(text_box(left, 22, words, LABEL, "start", bold=True))
    for point in grid.points + grid.shown_image:  # every cross is down before any label looks for room
        x, y = at(float(point.x), float(point.y))
        room.take((x - 3, y - 3, x + 3, y + 3))  # with the gap round it, a label 8 px off (even diagonally) is clear
    _draw_points(picture, grid, grid.points, at, room)
    _draw_points(picture, grid, grid.shown_image, at, room, image=True)
    if grid.asked:
        picture.text(left, 22, words, LABEL, "start", bold=True, data_asked=len(asked))
    return picture


def _walls(room: Room, corners: list[Point], closed: bool) -> None:
    ends = corners + corners[:1] if closed and len(corners) > 2 else corners
    for (x1, y1), (x2, y2) in itertools.pairwise(ends):
        room.wall(x1, y1, x2, y2)


# The eight places round a point a label may go, as directions on screen.
_AROUND = [(1.0, 0.0), (1.0, -1.0), (0.0, -1.0), (-1.0, -1.0), (-1.0, 0.0), (-1.0, 1.0), (0.0, 1.0), (1.0, 1.0)]


def _place_point_label(room: Room, x: float, y: float, words: str, preferred: Point) -> Point:
    """The centre of a point's label: the preferred side if it is free, else the free place round the point
    nearest to it (clear of lines if possible, else clear of labels and crosses only)."""
    turn = math.atan2(preferred[1], preferred[0])
    nearest = sorted(
        (_unit(*way) for way in _AROUND),
        key=lambda w: abs((math.atan2(w[1], w[0]) - turn + math.pi) % math.tau - math.pi),
    )
    ways = [preferred, *nearest]
    centres = [_offset(x, y, way, gap, words) for gap in (8, 16) for way in ways]
    boxes = [text_box(cx, cy, words, LABEL, bold=True) for cx, cy in centres]
    found = room.first_free(boxes)
    if found is None:
        found = room.first_free(boxes, lines=False)
    if found is None:  # nowhere free: the preferred side, kept inside the picture
        cx, cy = centres[0]
        cx, cy = min(max(cx, 12.0), room.width - 12), min(max(cy, 12.0), room.height - 12)
        room.take(text_box(cx, cy, words, LABEL, bold=True))
        return cx, cy
    room.take(boxes[found])
    return centres[found]


def _draw_polygon(picture: Picture, corners: list[Point], colour: str, role: str, closed: bool = True) -> None:
    closed = closed and len(corners) > 2
    if closed:
        picture.polygon(corners, fill=colour, fill_opacity=0.12, width=0)
    path = "M" + " L".join(f"{num(x)},{num(y)}" for x, y in corners) + (" Z" if closed else "")
    picture.path(path, width=2.5, colour=colour, stroke_linejoin="round", data_polygon=role)


def _draw_points(picture: Picture, grid: CoordinateGrid, points: tuple, at, room: Room, image: bool = False) -> None:
    corners = [at(float(p.x), float(p.y)) for p in points]
    joined = grid.polygon and not (image and grid.asked)
    for i, point in enumerate(points):
        x, y = corners[i]
        picture.path(
            f"M{num(x - 6)},{num(y - 6)} L{num(x + 6)},{num(y + 6)} M{num(x - 6)},{num(y + 6)} "
            f"L{num(x + 6)},{num(y - 6)}",
            width=3,
            colour=BLUE,
            stroke_linecap="round",
            data_point=f"{exact(point.x)},{exact(point.y)}",
            data_image="true" if image else None,
        )
        if point.label:
            lx, ly = _place_point_label(room, x, y, point.label, _away_from_lines(joined, corners, i))
            picture.text(lx, ly, point.label, LABEL, bold=True, halo=True)


def _draw_mirror(picture: Picture, grid: CoordinateGrid, at, room: Room) -> None:
    """The mirror line, dashed and thick, across the whole grid, named at its top or right end."""
    (x0, x1), (y0, y1) = grid.x_range, grid.y_range
    axis, value = grid.mirror  # type: ignore[misc]
    v = float(value)
    start, end = (at(v, y0), at(v, y1)) if axis == "x" else (at(x0, v), at(x1, v))
    picture.line(*start, *end, width=3.5, colour=GREEN, stroke_dasharray="10 6", data_mirror=f"{axis}={exact(value)}")
    room.wall(*start, *end)
    if value != 0:  # named beyond its top (or right) end, else beside that end, else at the other end
        words = f"{axis} = {number_text(value)}"
        (sx, sy), (ex, ey) = start, end
        if axis == "x":
            places = [(ex, ey - 14, "middle"), (ex + 8, ey + 2, "start"), (ex - 8, ey + 2, "end")]
            places += [(sx, sy + 16, "middle"), (sx + 8, sy - 2, "start"), (sx - 8, sy - 2, "end")]
        else:
            places = [(ex + 4, ey - 14, "end"), (ex + 4, ey + 14, "end"), (sx - 4, sy - 14, "start")]
            places += [(sx - 4, sy + 14, "start")]
        boxes = [text_box(x, y, words, LABEL, anchor, bold=True) for x, y, anchor in places]
        found = room.first_free(boxes)
        found = room.first_free(boxes, lines=False) if found is None else found
        x, y, anchor = places[found or 0]
        room.take(boxes[found or 0])
        picture.text(x, y, words, LABEL, anchor, bold=True, halo=True)


def _draw_arrow(picture: Picture, grid: CoordinateGrid, at, room: Room) -> None:
    sx, sy = grid.arrow_start  # type: ignore[misc]
    dx, dy = grid.translation  # type: ignore[misc]
    (ax, ay), (bx, by) = at(float(sx), float(sy)), at(float(sx + dx), float(sy + dy))
    angle = math.atan2(by - ay, bx - ax)
    picture.line(
        ax, ay, bx - 9 * math.cos(angle), by - 9 * math.sin(angle), width=3, colour=GREEN, data_arrow=f"{dx},{dy}"
    )
    picture.arrowhead(bx, by, angle, size=14, colour=GREEN)
    room.wall(ax, ay, bx, by)


def _away_from_lines(joined: bool, corners: list[Point], i: int) -> Point:
    """Which way a point's label goes: away from the sides that meet there, else up and to the right."""
    if not joined:
        return _unit(1, -1)
    x, y = corners[i]
    n = len(corners)
    neighbours = [corners[(i - 1) % n], corners[(i + 1) % n]] if n > 2 else [corners[1 - i]]
    pull_x = sum(_unit(nx - x, ny - y)[0] for nx, ny in neighbours if (nx, ny) != (x, y))
    pull_y = sum(_unit(nx - x, ny - y)[1] for nx, ny in neighbours if (nx, ny) != (x, y))
    if math.hypot(pull_x, pull_y) < 1e-6:  # a straight line through the point: go to one side of it
        return _unit(pull_y or 1, -pull_x or -1)
    return _unit(-pull_x, -pull_y)


# A grid's axis numbers are what the pupil reads square by square: larger than other scale numbers, so a grid can
# print small enough for four to a page with its numbers still at 7 pt.
AXIS_NUMBER = 19


def _draw_axes(picture: Picture, grid: CoordinateGrid, at, cell: float, room: Room) -> None:
    """Both axes with arrowheads, 'x' and 'y', and numbers every 1 (or every 2, 5 or 10 if crowded)."""
    (x0, x1), (y0, y1) = grid.x_range, grid.y_range
    ox, oy = at(0, 0)
    picture.line(*at(x0, 0), at(x1, 0)[0] + 16, oy, width=STROKE, data_axis="x")
    picture.line(ox, at(0, y0)[1], ox, at(0, y1)[1] - 16, width=STROKE, data_axis="y")
    picture.arrowhead(at(x1, 0)[0] + 20, oy, 0)
    picture.arrowhead(ox, at(0, y1)[1] - 20, -math.pi / 2)
    room.wall(*at(x0, 0), at(x1, 0)[0] + 20, oy)
    room.wall(ox, at(0, y0)[1], ox, at(0, y1)[1] - 20)
    picture.text(at(x1, 0)[0] + 22, oy + 16, "x", LABEL, "middle", font_style="italic")
    picture.text(ox - 16, at(0, y1)[1] - 18, "y", LABEL, "middle", font_style="italic")
    room.take(text_box(at(x1, 0)[0] + 22, oy + 16, "x", LABEL))
    room.take(text_box(ox - 16, at(0, y1)[1] - 18, "y", LABEL))
    widest = max(text_width(number_text(v), AXIS_NUMBER) for v in (x0, x1, y0, y1))
    every = next((k for k in (1, 2, 5, 10) if k * cell >= widest + 8), 10)
    for x in range(x0, x1 + 1):
        if x % every == 0 and (x != 0 or not grid.four_quadrants):
            px, py = at(x, 0)
            picture.text(px, py + 18, number_text(x), AXIS_NUMBER, halo=True, data_tick_x=x)
            room.take(text_box(px, py + 18, number_text(x), AXIS_NUMBER))
    for y in range(y0, y1 + 1):
        if y % every == 0 and y != 0:
            px, py = at(0, y)
            picture.text(px - 8, py, number_text(y), AXIS_NUMBER, "end", halo=True, data_tick_y=y)
            room.take(text_box(px - 8, py, number_text(y), AXIS_NUMBER, "end"))
    if grid.four_quadrants:
        picture.text(ox - 8, oy + 18, "0", AXIS_NUMBER, "end")
        room.take(text_box(ox - 8, oy + 18, "0", AXIS_NUMBER, "end"))
