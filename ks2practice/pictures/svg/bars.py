"""SVG drawings of bar pictures: part–whole and comparison bar models, fraction bars and the fraction wall."""

from __future__ import annotations

from fractions import Fraction

from ks2practice.pictures.diagrams import (
    BLANK,
    UNKNOWN,
    BarModel,
    ComparisonBarModel,
    FractionAreaModel,
    FractionBar,
    FractionWall,
    SharedFractionBar,
)
from ks2practice.pictures.svg.kit import (
    LABEL,
    ORANGE,
    PAPER,
    SERIES,
    SKY,
    SMALL,
    STROKE,
    VERMILION,
    YELLOW,
    Picture,
    draws,
    exact,
    label_height,
    label_width,
    num,
    text_width,
)

WIDTH = 480
MARGIN = 24
BAR_HEIGHT = 52


def _part_fill(label: object) -> str:
    # '?' stands out in yellow and a blank part stays white; the text, not the colour, carries the meaning.
    return YELLOW if label == UNKNOWN else PAPER if label == BLANK else SKY


@draws(BarModel)
def draw_bar_model(model: BarModel) -> Picture:
    bar_width, top = WIDTH - 2 * MARGIN, 64
    total = model.total
    widths = [float(size / total) * bar_width for size in model.part_sizes]
    lefts = [MARGIN + sum(widths[:i]) for i in range(len(widths))]
    outside = [i for i, part in enumerate(model.parts) if label_width(part, LABEL, model.unit) + 10 > widths[i]]
    height = top + BAR_HEIGHT + (24 + 38 * _stagger_rows(outside) if outside else 18)
    picture = Picture(WIDTH, height)
    picture.label(WIDTH / 2, 22, model.whole, LABEL, unit=model.whole_unit or model.unit)
    picture.brace(MARGIN, WIDTH - MARGIN, top - 6, up=True, depth=16)
    for i, (part, left, width) in enumerate(zip(model.parts, lefts, widths, strict=True)):
        picture.rect(
            left,
            top,
            width,
            BAR_HEIGHT,
            fill=_part_fill(part),
            data_part=i,
            data_value=exact(model.part_sizes[i]),
            data_label=exact(part),
        )
        if i not in outside:
            picture.label(left + width / 2, top + BAR_HEIGHT / 2, part, LABEL, unit=model.unit)
    for row, i in enumerate(outside):
        x, y = lefts[i] + widths[i] / 2, top + BAR_HEIGHT + 24 + 38 * (row % 2)
        half = label_width(model.parts[i], LABEL, model.unit) / 2
        label_x = min(max(x, half + 4), WIDTH - half - 4)  # kept inside the picture, joined by its leader
        picture.line(x, top + BAR_HEIGHT, label_x, y - 12, width=1)
        picture.label(label_x, y, model.parts[i], LABEL, unit=model.unit)
    picture.rect(
        MARGIN,
        top,
        bar_width,
        BAR_HEIGHT,
        fill="none",
        width=3,
        data_whole=exact(model.whole),
        data_total=exact(total),
    )
    return picture


def _stagger_rows(outside: list[int]) -> int:
    # Narrow parts put their labels underneath, alternating between two rows so neighbours never collide.
    return 1 if len(outside) < 2 else 2


def _vertical_brace(picture: Picture, x: float, y1: float, y2: float, depth: float = 14) -> None:
    """A curly brace from y1 down to y2 at x, its point ``depth`` to the right."""
    a, mid, r = depth / 2, (y1 + y2) / 2, min(10.0, (y2 - y1) / 4)
    d = (
        f"M{num(x)},{num(y1)} Q{num(x + a)},{num(y1)} {num(x + a)},{num(y1 + r)} L{num(x + a)},{num(mid - r)} "
        f"Q{num(x + a)},{num(mid)} {num(x + 2 * a)},{num(mid)} Q{num(x + a)},{num(mid)} {num(x + a)},{num(mid + r)} "
        f"L{num(x + a)},{num(y2 - r)} Q{num(x + a)},{num(y2)} {num(x)},{num(y2)}"
    )
    picture.path(d, width=STROKE, stroke_linejoin="round", stroke_linecap="round")


@draws(ComparisonBarModel)
def draw_comparison_bar_model(model: ComparisonBarModel) -> Picture:
    names_width = max(text_width(name, LABEL) for name in model.names) + 16 if any(model.names) else 0
    left = MARGIN + names_width
    sizes, longest = model.bar_sizes, max(model.bar_sizes)
    # a total is bracketed down the right of all the bars, its label beyond the brace
    total_room = label_width(model.total, LABEL, model.unit) + 36 if model.total is not None else 0
    spare = max(_room_for_outside_labels(model, WIDTH - left - MARGIN - total_room), total_room)
    length = WIDTH - left - MARGIN - spare
    ends = [left + float(size / longest) * length for size in sizes]
    shorter, longer = sorted(model.compare, key=lambda i: sizes[i])
    brace_row = shorter if model.difference is not None else None
    brace_below = brace_row is not None and shorter > longer
    row_tops, y = [], 16
    for i in range(len(sizes)):
        if i == brace_row and not brace_below:
            y += 56
        row_tops.append(y)
        y += BAR_HEIGHT + 16 + (56 if i == brace_row and brace_below else 0)
    picture = Picture(WIDTH, y)
    for i, name in enumerate(model.names):
        top = row_tops[i]
        picture.text(MARGIN, top + BAR_HEIGHT / 2, name, LABEL, "start")
        outside_x = ends[longer] if i == brace_row else ends[i]  # clear of the dashed difference
        # the longer bar is split into the shorter one's length and the difference, a piece of its own
        split = ends[shorter] if brace_row is not None and i == longer else None
        _draw_bar(picture, model, i, (left, ends[i]), top, outside_x + 8, split)
    if brace_row is not None:
        top, start, end = row_tops[shorter], ends[shorter], ends[longer]
        picture.rect(
            start,
            top,
            end - start,
            BAR_HEIGHT,
            fill="none",
            width=STROKE,
            stroke_dasharray="7 5",
            data_difference=exact(model.difference),
        )
        edge = top + BAR_HEIGHT + 6 if brace_below else top - 6
        picture.brace(start, end, edge, up=not brace_below, depth=14)
        label_y = edge + 14 + 16 if brace_below else edge - 14 - 16
        picture.label((start + end) / 2, label_y, model.difference, LABEL, unit=model.unit)
    if model.total is not None:
        x = max(ends) + 10
        _vertical_brace(picture, x, row_tops[0], row_tops[-1] + BAR_HEIGHT)
        middle = (row_tops[0] + row_tops[-1] + BAR_HEIGHT) / 2
        picture.label(
            x + 22, middle, model.total, LABEL, anchor="start", unit=model.unit, data_total=exact(model.total)
        )
    return picture


def _label_fits(model: ComparisonBarModel, i: int, length: float) -> bool:
    bar = float(model.bar_sizes[i] / max(model.bar_sizes)) * length
    return label_width(model.values[i], LABEL, model.unit) + 12 <= bar


def _room_for_outside_labels(model: ComparisonBarModel, length: float) -> float:
    outside = [i for i in range(len(model.values)) if not _label_fits(model, i, length)]
    return max((label_width(model.values[i], LABEL, model.unit) + 12 for i in outside), default=0)


def _draw_bar(
    picture: Picture,
    model: ComparisonBarModel,
    i: int,
    span: tuple[float, float],
    top: float,
    outside_x: float,
    split: float | None = None,
) -> None:
    (left, end), value = span, model.values[i]
    splits = model.splits[i] if model.splits else 1
    colour = YELLOW if value == UNKNOWN else SERIES[i % len(SERIES)]
    picture.rect(
        left,
        top,
        end - left,
        BAR_HEIGHT,
        fill=colour,
        data_bar=i,
        data_value=exact(model.bar_sizes[i]),
        data_label=exact(value),
    )
    if split is not None:
        piece = picture.fill("hatch", colour)
        picture.rect(split, top, end - split, BAR_HEIGHT, fill=piece, data_difference_piece=exact(model.difference))
    for k in range(1, splits):
        x = left + (end - left) * k / splits
        picture.line(x, top, x, top + BAR_HEIGHT, width=STROKE)
    if split is not None:
        picture.line(split, top - 5, split, top + BAR_HEIGHT + 5, width=3, data_split="true")
    middle = top + BAR_HEIGHT / 2
    if value == BLANK:
        return
    if label_width(value, LABEL, model.unit) + 12 <= end - left:
        divider_through_label = (
            splits % 2 == 0 or label_width(value, LABEL, model.unit) + 8 > (end - left) / splits or split is not None
        )
        if divider_through_label:
            picture.backed_label((left + end) / 2, middle, value, LABEL, unit=model.unit)
        else:
            picture.label((left + end) / 2, middle, value, LABEL, unit=model.unit)
    else:
        picture.label(outside_x, middle, value, LABEL, anchor="start", unit=model.unit)


@draws(FractionBar)
def draw_fraction_bar(bar: FractionBar) -> Picture:
    unit = Fraction(1, bar.parts)
    cell = max((WIDTH - 2 * MARGIN) / bar.parts, label_width(unit, SMALL) + 10 if bar.label_parts else 0)
    width = cell * bar.parts + 2 * MARGIN
    height = 16 + bar.bars * (BAR_HEIGHT + 16)
    picture = Picture(width, height)
    shading = picture.fill("hatch", SKY)
    for row in range(bar.bars):
        top = 16 + row * (BAR_HEIGHT + 16)
        for k in range(bar.parts):
            shaded = row * bar.parts + k < bar.shaded
            picture.rect(
                MARGIN + k * cell,
                top,
                cell,
                BAR_HEIGHT,
                fill=shading if shaded else PAPER,
                data_part=row * bar.parts + k,
                data_shaded="true" if shaded else "false",
            )
            if bar.label_parts:
                x, y = MARGIN + (k + 0.5) * cell, top + BAR_HEIGHT / 2
                if shaded:
                    picture.backed_label(x, y, unit, SMALL)
                else:
                    picture.label(x, y, unit, SMALL)
        picture.rect(MARGIN, top, cell * bar.parts, BAR_HEIGHT, fill="none", width=3)
    return picture


WALL_ROW = 46


@draws(FractionWall)
def draw_fraction_wall(wall: FractionWall) -> Picture:
    widest = max(wall.denominators)
    cell = max((WIDTH - 2 * MARGIN) / widest, label_width(Fraction(1, widest), SMALL) + 10)
    row_width = cell * widest
    picture = Picture(row_width + 2 * MARGIN, 16 + len(wall.denominators) * WALL_ROW + 16)
    shading = picture.fill("hatch", SKY)
    shaded = dict((n, k) for k, n in wall.shade)
    for row, n in enumerate(wall.denominators):
        top, part = 16 + row * WALL_ROW, row_width / n
        unit = Fraction(1, n)
        size = LABEL if label_width(unit, LABEL) + 10 <= part and label_height(unit, LABEL) + 8 <= WALL_ROW else SMALL
        for k in range(n):
            filled = k < shaded.get(n, 0)
            picture.rect(
                MARGIN + k * part,
                top,
                part,
                WALL_ROW,
                fill=shading if filled else PAPER,
                data_denominator=n,
                data_shaded="true" if filled else "false",
            )
            x, y = MARGIN + (k + 0.5) * part, top + WALL_ROW / 2
            if filled:
                picture.backed_label(x, y, 1 if n == 1 else unit, size)
            else:
                picture.label(x, y, 1 if n == 1 else unit, size)
    picture.rect(MARGIN, 16, row_width, len(wall.denominators) * WALL_ROW, fill="none", width=3)
    return picture


AREA = 300  # the side of a fraction area model's square


@draws(FractionAreaModel)
def draw_fraction_area_model(model: FractionAreaModel) -> Picture:
    a, b = model.columns, model.rows
    left, top = 96, 74
    cw, rh = AREA / a.denominator, AREA / b.denominator
    picture = Picture(left + AREA + MARGIN + 8, top + AREA + 24)
    both, down, across = picture.fill("hatch", SKY), SKY, picture.fill("hatch", PAPER)
    for row in range(b.denominator):
        for column in range(a.denominator):
            shaded, hatched = column < a.numerator, row < b.numerator
            fill = both if shaded and hatched else down if shaded else across if hatched else PAPER
            picture.rect(
                left + column * cw,
                top + row * rh,
                cw,
                rh,
                fill=fill,
                width=1.5,
                data_cell=f"{row} {column}",
                data_shaded="true" if shaded else "false",
                data_hatched="true" if hatched else "false",
            )
    picture.rect(left, top, AREA, AREA, fill="none", width=3)
    over_w, over_h = a.numerator * cw, b.numerator * rh
    _outline(picture, left, top, over_w, over_h, data_overlap=model.overlap)
    picture.brace(left, left + over_w, top - 6, up=True, depth=14)
    picture.label(left + over_w / 2, top - 20 - label_height(a, LABEL) / 2, a, LABEL, data_factor="columns")
    _vertical_brace_left(picture, left - 6, top, top + over_h)
    picture.label(left - 24, top + over_h / 2, b, LABEL, anchor="end", data_factor="rows")
    if model.product != BLANK:
        picture.backed_label(left + over_w / 2, top + over_h / 2, model.product, LABEL)
    return picture


def _outline(picture: Picture, x: float, y: float, w: float, h: float, **attrs: object) -> None:
    """A thick vermilion frame round the part the question is about (the product, the share)."""
    picture.add("rect", x=x, y=y, width=w, height=h, fill="none", stroke=VERMILION, stroke_width=4, **attrs)


def _vertical_brace_left(picture: Picture, x: float, y1: float, y2: float, depth: float = 14) -> None:
    """A curly brace from y1 down to y2 at x, its point ``depth`` to the left."""
    a, mid, r = depth / 2, (y1 + y2) / 2, min(10.0, (y2 - y1) / 4)
    d = (
        f"M{num(x)},{num(y1)} Q{num(x - a)},{num(y1)} {num(x - a)},{num(y1 + r)} L{num(x - a)},{num(mid - r)} "
        f"Q{num(x - a)},{num(mid)} {num(x - 2 * a)},{num(mid)} Q{num(x - a)},{num(mid)} {num(x - a)},{num(mid + r)} "
        f"L{num(x - a)},{num(y2 - r)} Q{num(x - a)},{num(y2)} {num(x)},{num(y2)}"
    )
    picture.path(d, width=STROKE, stroke_linejoin="round", stroke_linecap="round")


@draws(SharedFractionBar)
def draw_shared_fraction_bar(bar: SharedFractionBar) -> Picture:
    length, top = WIDTH - 2 * MARGIN, 20 + 2 * LABEL + 14
    part, piece = length / bar.parts, length / (bar.parts * bar.share)
    below = 6 + 20 + label_height(bar.result, LABEL) + 16 if bar.result != BLANK else 16
    picture = Picture(WIDTH, top + BAR_HEIGHT + below)
    shading = picture.fill("hatch", SKY)
    for k in range(bar.parts):
        shaded = k < bar.shaded
        picture.rect(
            MARGIN + k * part,
            top,
            part,
            BAR_HEIGHT,
            fill=shading if shaded else PAPER,
            data_part=k,
            data_shaded="true" if shaded else "false",
        )
    share_width = bar.pieces * piece
    picture.rect(MARGIN, top, share_width, BAR_HEIGHT, fill=ORANGE, width=0, data_share=bar.pieces)
    for k in range(bar.parts):
        for j in range(1, bar.share):
            x = MARGIN + k * part + j * piece
            picture.line(x, top, x, top + BAR_HEIGHT, width=1.5, stroke_dasharray="5 4")
        if k:
            picture.line(MARGIN + k * part, top, MARGIN + k * part, top + BAR_HEIGHT, width=STROKE)
    _outline(picture, MARGIN, top, share_width, BAR_HEIGHT)
    picture.rect(MARGIN, top, length, BAR_HEIGHT, fill="none", width=3)
    shaded_width = bar.shaded * part
    picture.brace(MARGIN, MARGIN + shaded_width, top - 6, up=True, depth=14)
    fraction = bar.fraction
    picture.label(MARGIN + shaded_width / 2, top - 20 - label_height(fraction, LABEL) / 2, fraction, LABEL)
    if bar.result != BLANK:
        edge = top + BAR_HEIGHT + 6
        picture.brace(MARGIN, MARGIN + share_width, edge, up=False, depth=14)
        cy = edge + 20 + label_height(bar.result, LABEL) / 2
        picture.label(MARGIN + share_width / 2, cy, bar.result, LABEL, data_result=exact(bar.result))
    return picture
