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


def _stack(wanted: list[tuple[float, float, float, float]], lift: float) -> list[int]:
    """For each label box (left, right, top, bottom, as placed in row 0), the row it goes in: the lowest row where
    it clashes with no label placed so far, a row being ``lift`` further from the line (so labels never overlap)."""
    placed: list[tuple[float, float, float, float]] = []
    rows = []
    for left, right, top, bottom in wanted:
        row = 0
        while any(
            left < r + 6 and l_ < right + 6 and top - row * lift < b + 2 and t < bottom - row * lift + 2
            for l_, r, t, b in placed
        ):
            row += 1
        placed.append((left, right, top - row * lift, bottom - row * lift))
        rows.append(row)
    return rows


@draws(NumberLine)
def draw_number_line(line: NumberLine) -> Picture:
    margin = max(label_width(line.marks[0], LABEL), label_width(line.marks[-1], LABEL)) / 2 + 16
    for point in line.points:  # a point label near an end must not run off the picture
        margin = max(margin, label_width(point.label, LABEL) / 2 + 8)
    x0, x1 = margin, WIDTH - margin
    spacing = (x1 - x0) / line.intervals
    start, step = Fraction(line.start), Fraction(line.step)

    def x_of(value: object) -> float:
        return x0 + float((Fraction(value) - start) / step) * spacing

    labelled = _labelled(line, spacing)
    tallest = max([label_height(m, LABEL) for m in line.marks if Fraction(m) in labelled] or [LABEL])
    points_below = bool(line.jumps)
    lift = LABEL + 10
    # jump labels sit over their arcs (heights measured up from the line); crowded ones stack in rows
    jump_boxes = []
    for jump in line.jumps:
        xa, xb = x_of(jump.start), x_of(jump.end)
        h, w = label_height(jump.label, LABEL), label_width(jump.label, LABEL) if jump.label != BLANK else 0
        centre = _jump_height(xb - xa) + 8 + h / 2
        jump_boxes.append(((xa + xb) / 2 - w / 2, (xa + xb) / 2 + w / 2, -centre - h / 2, -centre + h / 2))
    jump_rows = _stack(jump_boxes, lift)
    point_boxes = []
    for point in line.points:
        h, w = label_height(point.label, LABEL), label_width(point.label, LABEL) if point.label != BLANK else 0
        x = x_of(point.value)
        point_boxes.append((x - w / 2, x + w / 2, -h, 0.0) if points_below else (x - w / 2, x + w / 2, -46 - h, -46))
    point_rows = _stack(point_boxes, -lift if points_below else lift)
    above = 16
    if line.jumps:
        above += max(-box[2] + row * lift for box, row in zip(jump_boxes, jump_rows, strict=True)) + 4
    elif line.points:
        above += max(-box[2] + row * lift for box, row in zip(point_boxes, point_rows, strict=True)) - 6
    y = max(above, 24)
    below = 16 + tallest + 14
    point_row = y + below + 40  # with jumps above, points are labelled in a row under the numbers
    height = y + below
    if points_below and line.points:
        height = point_row + max(
            label_height(p.label, LABEL) / 2 + row * lift for p, row in zip(line.points, point_rows, strict=True)
        )
        height += 16
    picture = Picture(WIDTH, height)
    picture.line(x0, y, x1, y, width=STROKE, data_line="main")
    for mark in line.marks:
        is_labelled = Fraction(mark) in labelled
        tick = 12 if is_labelled or len(labelled) == len(line.marks) else 8
        picture.line(x_of(mark), y - tick, x_of(mark), y + tick, width=STROKE, data_mark=exact(mark))
        if is_labelled:
            picture.label(x_of(mark), y + 16 + tallest / 2, mark, LABEL)
    for jump, row in zip(line.jumps, jump_rows, strict=True):
        _draw_jump(picture, x_of(jump.start), x_of(jump.end), y, jump, row * lift)
    for point, row in zip(line.points, point_rows, strict=True):
        under = (y + below - 8, point_row + row * lift) if points_below else None
        _draw_point(picture, x_of(point.value), y, point, under, row * lift)
    return picture


def _draw_jump(picture: Picture, xa: float, xb: float, y: float, jump: object, raise_by: float) -> None:
    height = _jump_height(xb - xa)
    lift, inset = height / 0.75, 0.18 * (xb - xa)  # a cubic with both controls at `lift` peaks at 3/4 of it
    d = (
        f"M{num(xa)},{num(y - 2)} C{num(xa + inset)},{num(y - lift)} "
        f"{num(xb - inset)},{num(y - lift)} {num(xb)},{num(y - 4)}"
    )
    picture.path(d, width=2.5, colour=BLUE, data_jump=f"{exact(jump.start)} {exact(jump.end)}")
    picture.arrowhead(xb, y - 2, math.atan2(lift, inset), size=11, colour=BLUE)
    if jump.label != BLANK:
        cy = y - height - 8 - label_height(jump.label, LABEL) / 2 - raise_by
        if raise_by:  # a label lifted clear of its neighbours keeps a thin line down to its own arc
            picture.line(
                (xa + xb) / 2,
                cy + label_height(jump.label, LABEL) / 2 + 2,
                (xa + xb) / 2,
                y - height,
                width=1,
                colour=BLUE,
            )
        picture.label((xa + xb) / 2, cy, jump.label, LABEL)


def _draw_point(
    picture: Picture, x: float, y: float, point: Marker, below: tuple[float, float] | None, raise_by: float = 0
) -> None:
    """A dot on the line with an arrow and label: above the line, or (under jumps) below the numbers; an arrow
    whose label was moved clear of a neighbour's is drawn longer to reach it."""
    picture.circle(x, y, 5.5, fill=VERMILION, width=1.5, data_point=exact(point.value))
    if below is None:
        picture.line(x, y - 38 - raise_by, x, y - 16, width=2.5, colour=VERMILION)
        picture.arrowhead(x, y - 8, math.pi / 2, size=11, colour=VERMILION)
        if point.label != BLANK:
            picture.label(x, y - 46 - raise_by - label_height(point.label, LABEL) / 2, point.label, LABEL)
        return
    tip, row = below
    picture.line(x, tip + 8, x, row - 16, width=2.5, colour=VERMILION)
    picture.arrowhead(x, tip, -math.pi / 2, size=11, colour=VERMILION)
    if point.label != BLANK:
        picture.label(x, row, point.label, LABEL)


def _label_rows(xs: list[float], labels: tuple, gap: float = 8) -> list[int]:
    """The row each label of one line goes in: the first row where it clears every label already there (marks
    drawn to scale can sit closer than their numbers are wide: 0, 1 and 18 litres)."""
    placed: list[list[tuple[float, float]]] = []
    rows = []
    for x, label in zip(xs, labels, strict=True):
        half = label_width(label, LABEL) / 2 if label != BLANK else 0
        box = (x - half - gap / 2, x + half + gap / 2)
        row = next(
            (r for r, taken in enumerate(placed) if all(box[1] <= lo or box[0] >= hi for lo, hi in taken)),
            len(placed),
        )
        if row == len(placed):
            placed.append([])
        placed[row].append(box)
        rows.append(row)
    return rows


@draws(DoubleNumberLine)
def draw_double_number_line(lines: DoubleNumberLine) -> Picture:
    names_width = max(text_width(lines.top_label, LABEL), text_width(lines.bottom_label, LABEL))
    x0 = 24 + (names_width + 20 if names_width else 0) + 12
    x1 = WIDTH - 36
    furthest = max(lines.positions)
    xs = [x0 + float(position / furthest) * (x1 - x0) for position in lines.positions]
    top_rows, bottom_rows = _label_rows(xs, lines.top), _label_rows(xs, lines.bottom)
    row_height = max(label_height(v, LABEL) for v in (*lines.top, *lines.bottom)) + 6
    tallest_top = max(label_height(v, LABEL) for v in lines.top)
    top_y = 20 + tallest_top + 14 + max(top_rows) * row_height
    bottom_y = top_y + 84
    tallest_bottom = max(label_height(v, LABEL) for v in lines.bottom)
    picture = Picture(WIDTH, bottom_y + 14 + tallest_bottom + 20 + max(bottom_rows) * row_height)
    for y in (top_y, bottom_y):
        picture.line(x0, y, x1, y, width=STROKE)
    if lines.top_label:
        picture.text(24, top_y, lines.top_label, LABEL, "start")
    if lines.bottom_label:
        picture.text(24, bottom_y, lines.bottom_label, LABEL, "start")
    if 0 not in lines.positions:
        for y in (top_y, bottom_y):
            picture.line(x0, y - 8, x0, y + 8, width=STROKE)
    pairs = zip(lines.top, lines.bottom, lines.positions, xs, top_rows, bottom_rows, strict=True)
    for top, bottom, position, x, top_row, bottom_row in pairs:
        picture.line(x, top_y + 12, x, bottom_y - 12, width=1.5, colour=GRID, stroke_dasharray="5 5")
        picture.line(x, top_y - 10, x, top_y + 10, width=STROKE, data_pair=exact(position), data_line="top")
        picture.line(x, bottom_y - 10, x, bottom_y + 10, width=STROKE, data_pair=exact(position), data_line="bottom")
        picture.label(x, top_y - 14 - label_height(top, LABEL) / 2 - top_row * row_height, top, LABEL)
        picture.label(x, bottom_y + 14 + label_height(bottom, LABEL) / 2 + bottom_row * row_height, bottom, LABEL)
    return picture
