"""SVG drawings of number lines: a single line with marks, points and jumps, and the double number line."""

from __future__ import annotations

import math
from fractions import Fraction

from ks2practice.pictures.diagrams import BLANK, DoubleNumberLine, Marker, NumberLine
from ks2practice.pictures.svg.kit import (
    BLUE,
    GRID,
    LABEL,
    STROKE,
    VERMILION,
    Picture,
    draws,
    exact,
    label_height,
    label_width,
    num,
    text_width,
)

WIDTH = 560
LABEL_STEPS = (1, 2, 4, 5, 10, 20, 25, 50, 100)


def _labelled(line: NumberLine, spacing: float) -> set[Fraction]:
    """Which marks get a number under them: as asked, or for 'auto' every k-th mark that leaves room."""
    marks = [Fraction(m) for m in line.marks]
    if not isinstance(line.labels, str):
        return {Fraction(v) for v in line.labels}
    if line.labels == "none":
        return set()
    if line.labels == "ends" or len(marks) == 2:
        return {marks[0], marks[-1]}
    if line.labels == "all":
        return set(marks)
    room = max(label_width(m, LABEL) for m in line.marks) + 12
    k = next((k for k in LABEL_STEPS if k * spacing >= room), LABEL_STEPS[-1])
    chosen = [m for m in marks if (m / (k * Fraction(line.step))).denominator == 1] if k > 1 else marks
    ends = (marks[0], marks[-1])  # the ends are always labelled; a label crowding an end gives way
    chosen = [m for m in chosen if m in ends or all(abs(m - e) / Fraction(line.step) * spacing >= room for e in ends)]
    chosen += ends
    return set(chosen)


def _jump_height(span: float) -> float:
    return min(48.0, max(24.0, 0.35 * abs(span)))


@draws(NumberLine)
def draw_number_line(line: NumberLine) -> Picture:
    margin = max(label_width(line.marks[0], LABEL), label_width(line.marks[-1], LABEL)) / 2 + 16
    x0, x1 = margin, WIDTH - margin
    spacing = (x1 - x0) / line.intervals
    start, step = Fraction(line.start), Fraction(line.step)

    def x_of(value: object) -> float:
        return x0 + float((Fraction(value) - start) / step) * spacing

    labelled = _labelled(line, spacing)
    tallest = max([label_height(m, LABEL) for m in line.marks if Fraction(m) in labelled] or [LABEL])
    points_below = bool(line.jumps)
    above = 16
    if line.jumps:
        above += max(_jump_height(x_of(j.end) - x_of(j.start)) + label_height(j.label, LABEL) + 12 for j in line.jumps)
    elif line.points:
        above += 40 + max(label_height(p.label, LABEL) for p in line.points)
    y = max(above, 24)
    below = 16 + tallest + 14
    point_row = y + below + 40  # with jumps above, points are labelled in a row under the numbers
    height = y + below
    if points_below and line.points:
        height = point_row + max(label_height(p.label, LABEL) for p in line.points) / 2 + 16
    picture = Picture(WIDTH, height)
    picture.line(x0, y, x1, y, width=STROKE, data_line="main")
    for mark in line.marks:
        is_labelled = Fraction(mark) in labelled
        tick = 12 if is_labelled or len(labelled) == len(line.marks) else 8
        picture.line(x_of(mark), y - tick, x_of(mark), y + tick, width=STROKE, data_mark=exact(mark))
        if is_labelled:
            picture.label(x_of(mark), y + 16 + tallest / 2, mark, LABEL)
    for jump in line.jumps:
        _draw_jump(picture, x_of(jump.start), x_of(jump.end), y, jump.label, exact(jump.start), exact(jump.end))
    for point in line.points:
        _draw_point(picture, x_of(point.value), y, point, (y + below - 8, point_row) if points_below else None)
    return picture


def _draw_jump(picture: Picture, xa: float, xb: float, y: float, label: object, start: str, end: str) -> None:
    height = _jump_height(xb - xa)
    lift, inset = height / 0.75, 0.18 * (xb - xa)  # a cubic with both controls at `lift` peaks at 3/4 of it
    d = (
        f"M{num(xa)},{num(y - 2)} C{num(xa + inset)},{num(y - lift)} "
        f"{num(xb - inset)},{num(y - lift)} {num(xb)},{num(y - 4)}"
    )
    picture.path(d, width=2.5, colour=BLUE, data_jump=f"{start} {end}")
    picture.arrowhead(xb, y - 2, math.atan2(lift, inset), size=11, colour=BLUE)
    if label != BLANK:
        picture.label((xa + xb) / 2, y - height - 8 - label_height(label, LABEL) / 2, label, LABEL)


def _draw_point(picture: Picture, x: float, y: float, point: Marker, below: tuple[float, float] | None) -> None:
    """A dot on the line with an arrow and label: above the line, or (under jumps) below the numbers."""
    picture.circle(x, y, 5.5, fill=VERMILION, width=1.5, data_point=exact(point.value))
    if below is None:
        picture.line(x, y - 38, x, y - 16, width=2.5, colour=VERMILION)
        picture.arrowhead(x, y - 8, math.pi / 2, size=11, colour=VERMILION)
        if point.label != BLANK:
            picture.label(x, y - 46 - label_height(point.label, LABEL) / 2, point.label, LABEL)
        return
    tip, row = below
    picture.line(x, tip + 8, x, row - 16, width=2.5, colour=VERMILION)
    picture.arrowhead(x, tip, -math.pi / 2, size=11, colour=VERMILION)
    if point.label != BLANK:
        picture.label(x, row, point.label, LABEL)


@draws(DoubleNumberLine)
def draw_double_number_line(lines: DoubleNumberLine) -> Picture:
    names_width = max(text_width(lines.top_label, LABEL), text_width(lines.bottom_label, LABEL))
    x0 = 24 + (names_width + 20 if names_width else 0) + 12
    x1 = WIDTH - 36
    tallest_top = max(label_height(v, LABEL) for v in lines.top)
    top_y = 20 + tallest_top + 14
    bottom_y = top_y + 84
    tallest_bottom = max(label_height(v, LABEL) for v in lines.bottom)
    picture = Picture(WIDTH, bottom_y + 14 + tallest_bottom + 20)
    furthest = max(lines.positions)
    for y in (top_y, bottom_y):
        picture.line(x0, y, x1, y, width=STROKE)
    if lines.top_label:
        picture.text(24, top_y, lines.top_label, LABEL, "start")
    if lines.bottom_label:
        picture.text(24, bottom_y, lines.bottom_label, LABEL, "start")
    if 0 not in lines.positions:
        for y in (top_y, bottom_y):
            picture.line(x0, y - 8, x0, y + 8, width=STROKE)
    for top, bottom, position in zip(lines.top, lines.bottom, lines.positions, strict=True):
        x = x0 + float(position / furthest) * (x1 - x0)
        picture.line(x, top_y + 12, x, bottom_y - 12, width=1.5, colour=GRID, stroke_dasharray="5 5")
        picture.line(x, top_y - 10, x, top_y + 10, width=STROKE, data_pair=exact(position), data_line="top")
        picture.line(x, bottom_y - 10, x, bottom_y + 10, width=STROKE, data_pair=exact(position), data_line="bottom")
        picture.label(x, top_y - 14 - label_height(top, LABEL) / 2, top, LABEL)
        picture.label(x, bottom_y + 14 + label_height(bottom, LABEL) / 2, bottom, LABEL)
    return picture
