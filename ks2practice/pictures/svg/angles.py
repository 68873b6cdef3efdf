"""SVG drawings of angles at their true size, angles at a point, turns on a compass rose, and circles."""

from __future__ import annotations

import math

from ks2practice.pictures.diagrams import BLANK, is_number
from ks2practice.pictures.diagrams.angles import COMPASS, Angle, AnglesAtPoint, Circle, Turn
from ks2practice.pictures.svg.kit import (
    BLUE,
    INK,
    LABEL,
    SKY_TINT,
    STROKE,
    VERMILION,
    Picture,
    draws,
    label_height,
    label_width,
    num,
)

ARM = 150  # arm length in px: long enough to lay a protractor on
ARC = 34
PAD = 24


def _at(r: float, degrees: float) -> tuple[float, float]:
    """The point r from the vertex at `degrees` anticlockwise from the right (screen y points down)."""
    angle = math.radians(degrees)
    return r * math.cos(angle), -r * math.sin(angle)


def _unit(value: object) -> str:
    return "°" if is_number(value) else ""


def _label_radius(value: object, opening: float, arc: float = ARC) -> float:
    """How far along the bisector a label sits: clear of the arc, and clear of both arms in a narrow angle."""
    # the corner of the label's white patch is what comes nearest an arm
    half = math.hypot(label_width(value, unit=_unit(value)) / 2 + 3, label_height(value) / 2 + 3) + 3
    clear = half / math.sin(math.radians(min(opening, 180) / 2)) if opening < 180 else 0
    return max(arc + 8 + half, clear)


class _Sketch:
    """Shapes drawn round a vertex at (0, 0), collected first so the picture can be cropped to fit them."""

    def __init__(self, reach: float = ARM) -> None:
        self.reach = reach  # arm length: past the farthest label, so a label never floats beyond the arms
        self.ops: list[tuple] = []
        self.xs: list[float] = [0.0]
        self.ys: list[float] = [0.0]

    def see(self, x: float, y: float, r: float = 0) -> None:
        self.xs += [x - r, x + r]
        self.ys += [y - r, y + r]

    def picture(self) -> Picture:
        left, top = min(self.xs) - PAD, min(self.ys) - PAD
        picture = Picture(max(self.xs) - left + PAD, max(self.ys) - top + PAD)
        for op, args, attrs in self.ops:
            getattr(self, f"_{op}")(picture, -left, -top, *args, **attrs)
        return picture

    def arm(self, degrees: float, **attrs: object) -> None:
        x, y = _at(self.reach, degrees)
        self.see(x, y)
        self.ops.append(("line", (0, 0, x, y), {"width": 3, "stroke_linecap": "round", **attrs}))

    def arc(self, start: float, opening: float, radius: float = ARC, **attrs: object) -> None:
        """The arc marking an angle from `start` round `opening` degrees anticlockwise (a square at 90°)."""
        if opening == 90:
            side = radius * 0.6
            (ax, ay), (bx, by) = _at(side, start), _at(side, start + 90)
            d = "M{ax},{ay} L{cx},{cy} L{bx},{by}"
            self.ops.append(
                ("path", (d, {"ax": ax, "ay": ay, "bx": bx, "by": by, "cx": ax + bx, "cy": ay + by}), attrs)
            )
            return
        (ax, ay), (bx, by) = _at(radius, start), _at(radius, start + opening)
        large = 1 if opening > 180 else 0
        d = f"M{{ax}},{{ay}} A{radius},{radius} 0 {large} 0 {{bx}},{{by}}"
        self.ops.append(("path", (d, {"ax": ax, "ay": ay, "bx": bx, "by": by}), attrs))

    def label(self, start: float, opening: float, value: object, arc: float = ARC) -> None:
        if value == BLANK:
            return
        x, y = _at(_label_radius(value, opening, arc), start + opening / 2)
        self.see(x, y, max(label_width(value, unit=_unit(value)), label_height(value)) / 2 + 4)
        self.ops.append(("label", (x, y, value), {}))

    def dot(self) -> None:
        self.ops.append(("dot", (), {}))

    @staticmethod
    def _line(picture: Picture, dx: float, dy: float, x1, y1, x2, y2, **attrs: object) -> None:
        picture.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, **attrs)

    @staticmethod
    def _path(picture: Picture, dx: float, dy: float, d: str, points: dict, **attrs: object) -> None:
        shifted = {k: num(v + (dx if k[1] == "x" else dy)) for k, v in points.items()}
        picture.path(d.format(**shifted), width=2.5, colour=VERMILION, **attrs)

    @staticmethod
    def _label(picture: Picture, dx: float, dy: float, x: float, y: float, value: object) -> None:
        picture.backed_label(x + dx, y + dy, value, LABEL, unit=_unit(value))

    @staticmethod
    def _dot(picture: Picture, dx: float, dy: float) -> None:
        picture.circle(dx, dy, 4, fill=INK, width=0)


def _reach(labels: list[tuple[object, float, float]]) -> float:
    """Arms long enough to pass every (label, opening, arc radius) label by a little."""
    far = [_label_radius(v, o, a) + 24 for v, o, a in labels if v != BLANK and o < 180]
    return max([ARM, *far])


@draws(Angle)
def draw_angle(angle: Angle) -> Picture:
    if angle.arm_only:
        return _draw_arm(angle)
    sketch = _Sketch(_reach([(angle.label, angle.degrees, ARC)]))
    sketch.arm(angle.rotation, data_arm="base", data_degrees=angle.rotation)
    sketch.arm(angle.rotation + angle.degrees, data_arm="turned", data_degrees=(angle.rotation + angle.degrees) % 360)
    sketch.arc(angle.rotation, angle.degrees, data_angle=angle.degrees)
    sketch.label(angle.rotation, angle.degrees, angle.label)
    sketch.dot()
    return sketch.picture()


def _draw_arm(angle: Angle) -> Picture:
    """The base arm and its vertex, on paper with room for an arm in any direction (the room does not give away
    which way the angle opens)."""
    sketch = _Sketch()
    sketch.see(-sketch.reach, -sketch.reach)
    sketch.see(sketch.reach, sketch.reach)
    sketch.arm(angle.rotation, data_arm="base", data_degrees=angle.rotation)
    sketch.dot()
    return sketch.picture()


@draws(AnglesAtPoint)
def draw_angles_at_point(angles: AnglesAtPoint) -> Picture:
    radii = [ARC + 10 * (index % 2) for index in range(len(angles.sizes))]
    sketch = _Sketch(_reach(list(zip(angles.marks, angles.sizes, radii, strict=True))))
    start = angles.rotation
    if angles.arrangement == "line":
        sketch.arm(start + 180, data_arm="line")
    for index, (size, mark) in enumerate(zip(angles.sizes, angles.marks, strict=True)):
        sketch.arm(start, data_arm="ray", data_degrees=start % 360)
        # neighbouring arcs at two radii, so each angle's arc reads as its own and not one circle
        radius = radii[index]
        sketch.arc(start, size, radius, data_angle=size)
        sketch.label(start, size, mark, radius)
        start += size
    if angles.arrangement == "right":
        sketch.arm(start, data_arm="ray", data_degrees=start % 360)  # the corner's second side
    sketch.dot()
    return sketch.picture()


ROSE = 110


@draws(Turn)
def draw_turn(turn: Turn) -> Picture:
    size = 2 * ROSE + 100
    c = size / 2
    picture = Picture(size, size)
    for index, point in enumerate(COMPASS):
        bearing = 45 * index  # clockwise from north
        length = ROSE if index % 2 == 0 else ROSE * 0.62
        x, y = c + length * math.sin(math.radians(bearing)), c - length * math.cos(math.radians(bearing))
        picture.line(c, c, x, y, width=STROKE if index % 2 == 0 else 1.25)
        lx = c + (length + 22) * math.sin(math.radians(bearing))
        ly = c - (length + 22) * math.cos(math.radians(bearing))
        picture.text(lx, ly, point, LABEL, bold=index % 2 == 0, data_point=point)
    start = 45 * COMPASS.index(turn.start)
    sx, sy = c + 78 * math.sin(math.radians(start)), c - 78 * math.cos(math.radians(start))
    picture.line(c, c, sx, sy, width=5, colour=BLUE, data_facing=turn.start)
    picture.arrowhead(sx, sy, math.atan2(sy - c, sx - c), 16, BLUE)
    sweep = 90 * turn.quarters - (12 if turn.quarters == 4 else 0)
    end = start + (sweep if turn.clockwise else -sweep)
    r = 48
    x1, y1 = c + r * math.sin(math.radians(start)), c - r * math.cos(math.radians(start))
    x2, y2 = c + r * math.sin(math.radians(end)), c - r * math.cos(math.radians(end))
    large = 1 if sweep > 180 else 0
    picture.path(
        f"M{num(x1)},{num(y1)} A{r},{r} 0 {large} {1 if turn.clockwise else 0} {num(x2)},{num(y2)}",
        width=3.5,
        colour=VERMILION,
        data_quarters=turn.quarters,
        data_clockwise=str(turn.clockwise).lower(),
    )
    tangent = math.radians(end) + (0 if turn.clockwise else math.pi)  # screen direction of travel at the end
    picture.arrowhead(x2, y2, tangent, 14, VERMILION)
    if turn.show_end:
        ex, ey = c + 78 * math.sin(math.radians(end)), c - 78 * math.cos(math.radians(end))
        picture.line(c, c, ex, ey, width=3, colour=BLUE, stroke_dasharray="6 5", data_end=turn.end)
    picture.circle(c, c, 5, fill=INK, width=0)
    return picture


RADIUS = 110


@draws(Circle)
def draw_circle(circle: Circle) -> Picture:
    margin = 30
    size = 2 * (RADIUS + margin)
    c = size / 2
    picture = Picture(size, size)
    picture.circle(c, c, RADIUS, fill=SKY_TINT, width=STROKE)
    if circle.diameter is not None:
        picture.line(c - RADIUS, c, c + RADIUS, c, width=2.5, colour=VERMILION, data_line="diameter")
        _circle_label(picture, c - RADIUS / 2, c + 18, circle.diameter, circle.unit)
    if circle.radius is not None:
        # up and to the right, so it never lies along the diameter
        x, y = c + RADIUS * math.cos(math.radians(50)), c - RADIUS * math.sin(math.radians(50))
        picture.line(c, c, x, y, width=2.5, colour=BLUE, data_line="radius")
        mx, my = (c + x) / 2, (c + y) / 2
        _circle_label(picture, mx - 26, my - 12, circle.radius, circle.unit)
    picture.circle(c, c, 4, fill=INK, width=0, data_centre="true")
    return picture


def _circle_label(picture: Picture, x: float, y: float, value: object, unit: str) -> None:
    if value != BLANK:
        picture.backed_label(x, y, value, LABEL, unit=unit if is_number(value) else "")
