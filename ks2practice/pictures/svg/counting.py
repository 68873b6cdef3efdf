"""SVG drawings for counting: place-value charts, base-10 blocks, part–whole models, tens frames, arrays."""

from __future__ import annotations

from ks2practice.pictures.diagrams import (
    PLACE_VALUES,
    UNKNOWN,
    Array,
    BaseTen,
    PartWholeModel,
    PlaceValueChart,
    TensFrame,
)
from ks2practice.pictures.svg.kit import (
    BLUE,
    GREEN,
    LABEL,
    ORANGE,
    PURPLE,
    SKY,
    SMALL,
    STROKE,
    VERMILION,
    YELLOW,
    Picture,
    draws,
    exact,
    label_width,
    num,
)

MARGIN = 20

# Neighbouring columns always differ; the heading, not the colour, says which column is which.
COLUMN_COLOURS = {
    "M": VERMILION,
    "HTh": BLUE,
    "TTh": YELLOW,
    "Th": PURPLE,
    "H": GREEN,
    "T": ORANGE,
    "O": SKY,
    "t": YELLOW,
    "h": PURPLE,
    "th": GREEN,
}
COLUMN_WIDTH, HEADER, COUNTER, PITCH = 76, 40, 10, 23


@draws(PlaceValueChart)
def draw_place_value_chart(chart: PlaceValueChart) -> Picture:
    columns = len(chart.columns)
    # labelled counters are big enough for their value; thousandths ("0.001") go one to a row
    across, pitch, radius = (2, 36, 17) if chart.labelled else (3, PITCH, COUNTER)
    if chart.labelled and "th" in chart.columns:
        across, pitch, radius = (1, 44, 21)
    rows = max(3, *(-(-n // across) for n in chart.counters))
    body = rows * pitch + 18
    width = 2 * MARGIN + columns * COLUMN_WIDTH
    picture = Picture(width, 2 * MARGIN + HEADER + body)
    top = MARGIN
    for i, (column, count) in enumerate(zip(chart.columns, chart.counters, strict=True)):
        left, colour = MARGIN + i * COLUMN_WIDTH, COLUMN_COLOURS[column]
        picture.rect(left, top, COLUMN_WIDTH, HEADER, fill=colour, fill_opacity=0.5)  # a tint keeps text dark-on-light
        picture.text(left + COLUMN_WIDTH / 2, top + HEADER / 2, column, LABEL, bold=True)
        picture.rect(left, top + HEADER, COLUMN_WIDTH, body, data_column=column, data_count=count)
        for k in range(count):
            row, place = divmod(k, across)
            cx = left + COLUMN_WIDTH / 2 + (place - (across - 1) / 2) * pitch
            cy = top + HEADER + 9 + pitch / 2 + row * pitch
            tint = 0.5 if chart.labelled else None  # a value printed on a counter stays dark-on-light
            picture.circle(cx, cy, radius, fill=colour, width=1.5, fill_opacity=tint, data_counter=column)
            if chart.labelled:
                picture.label(cx, cy, PLACE_VALUES[column], SMALL)
    if "O" in chart.columns and "t" in chart.columns:  # the decimal point sits on the line after the ones
        x = MARGIN + (chart.columns.index("O") + 1) * COLUMN_WIDTH
        picture.line(x, top, x, top + HEADER + body, width=4)
        picture.circle(x, top + HEADER + body, 6, fill="#000000", width=0, data_decimal_point="true")
    picture.rect(MARGIN, top, columns * COLUMN_WIDTH, HEADER + body, fill="none", width=3)
    return picture


UNIT = 9  # one small cube; a rod is 10 of them, a flat 10 × 10
DEPTH = 26  # how far a thousand cube's top and side recede
BLOCK_FILL, SHADE_FILL = YELLOW, ORANGE


def _grid(picture: Picture, x: float, y: float, across: int, down: int, value: int) -> None:
    """A rectangle of across × down unit squares, drawn as an outline with inner grid lines."""
    w, h = across * UNIT, down * UNIT
    picture.rect(x, y, w, h, fill=BLOCK_FILL, width=1.5, data_block=value)
    lines = [f"M{num(x + i * UNIT)},{num(y)} V{num(y + h)}" for i in range(1, across)]
    lines += [f"M{num(x)},{num(y + j * UNIT)} H{num(x + w)}" for j in range(1, down)]
    if lines:
        picture.path(" ".join(lines), width=0.75)


def _cube(picture: Picture, x: float, y: float) -> None:
    """A thousand cube in oblique view: a 10 × 10 front face, with the top and side receding."""
    side, d = 10 * UNIT, DEPTH
    top = [(x, y + d), (x + d, y), (x + d + side, y), (x + side, y + d)]
    right = [(x + side, y + d), (x + side + d, y), (x + side + d, y + side), (x + side, y + d + side)]
    picture.polygon(top, fill=BLOCK_FILL, width=1.5)
    picture.polygon(right, fill=SHADE_FILL, width=1.5)
    steps = [k / 10 for k in range(1, 10)]
    lines = [f"M{num(x + t * side)},{num(y + d)} l{num(d)},{num(-d)}" for t in steps]
    lines += [f"M{num(x + t * d)},{num(y + d - t * d)} h{num(side)}" for t in steps]
    lines += [f"M{num(x + side + t * d)},{num(y + d - t * d)} v{num(side)}" for t in steps]
    lines += [f"M{num(x + side)},{num(y + d + t * side)} l{num(d)},{num(-d)}" for t in steps]
    picture.path(" ".join(lines), width=0.75)
    _grid(picture, x, y + d, 10, 10, 1000)


def _block_layout(blocks: BaseTen) -> list[tuple[str, int, int, float, float, float, float]]:
    """(kind, count, per_row, width, height, pitch_x, pitch_y) for each group that is present."""
    big = 10 * UNIT
    groups = [
        ("thousands", blocks.thousands, 3, big + DEPTH, big + DEPTH, big + DEPTH + 10, big + DEPTH + 10),
        ("hundreds", blocks.hundreds, 5, big, big, big + 8, big + 8),
        ("tens", blocks.tens, 10, UNIT, big, UNIT + 5, big + 8),
        ("ones", blocks.ones, 5, UNIT, UNIT, UNIT + 5, UNIT + 5),
    ]
    return [g for g in groups if g[1]]


def _group_size(
    count: int, per_row: int, w: float, h: float, px: float, py: float, columns_first: bool
) -> tuple[float, float]:
    across, down = min(count, per_row), -(-count // per_row)
    if columns_first:
        across, down = down, across
    return (across - 1) * px + w, (down - 1) * py + h


@draws(BaseTen)
def draw_base_ten(blocks: BaseTen) -> Picture:
    groups = _block_layout(blocks)
    sizes = [_group_size(n, per, w, h, px, py, kind == "ones") for kind, n, per, w, h, px, py in groups]
    width = 2 * MARGIN + sum(w for w, _ in sizes) + 32 * (len(sizes) - 1)
    tallest = max(h for _, h in sizes)
    picture = Picture(max(width, 200), 2 * MARGIN + tallest)
    x = (picture.width - width) / 2 + MARGIN
    for (kind, count, per_row, _, h, px, py), (group_width, group_height) in zip(groups, sizes, strict=True):
        top = MARGIN + tallest - group_height  # groups stand on one baseline
        for k in range(count):
            row, place = divmod(k, per_row)
            if kind == "ones":  # ones stack in columns of five, like a tens frame turned on its side
                bx, by = x + row * px, top + group_height - h - place * py
            else:
                bx, by = x + place * px, top + row * py
            if kind == "thousands":
                _cube(picture, bx, by)
            elif kind == "hundreds":
                _grid(picture, bx, by, 10, 10, 100)
            elif kind == "tens":
                _grid(picture, bx, by, 1, 10, 10)
            else:
                _grid(picture, bx, by, 1, 1, 1)
        x += group_width + 32
    return picture


def _circle_fill(value: object) -> str:
    return YELLOW if value == UNKNOWN else SKY


@draws(PartWholeModel)
def draw_part_whole(model: PartWholeModel) -> Picture:
    radius = max(38.0, *(label_width(v, LABEL, model.unit) / 2 + 12 for v in (model.whole, *model.parts)))
    spacing = max(2 * radius + 28, 150.0)
    n = len(model.parts)
    width = max(400.0, n * spacing + 2 * MARGIN)
    whole_y, parts_y = MARGIN + radius, MARGIN + 3 * radius + 50
    picture = Picture(width, parts_y + radius + MARGIN)
    centres = [width / 2 + (i - (n - 1) / 2) * spacing for i in range(n)]
    for x in centres:  # the stalks go behind the circles
        picture.line(width / 2, whole_y, x, parts_y, width=STROKE)
    picture.circle(width / 2, whole_y, radius, fill=_circle_fill(model.whole), width=3, data_whole=exact(model.whole))
    picture.label(width / 2, whole_y, model.whole, LABEL, unit=model.unit)
    for i, (x, part) in enumerate(zip(centres, model.parts, strict=True)):
        picture.circle(x, parts_y, radius, fill=_circle_fill(part), width=STROKE, data_part=i, data_value=exact(part))
        picture.label(x, parts_y, part, LABEL, unit=model.unit)
    return picture


CELL = 46


@draws(TensFrame)
def draw_tens_frame(frames: TensFrame) -> Picture:
    across = min(2, frames.frames)
    down = -(-frames.frames // across)
    frame_w, frame_h, gap = 5 * CELL, 2 * CELL, 24
    picture = Picture(
        2 * MARGIN + across * frame_w + (across - 1) * gap, 2 * MARGIN + down * frame_h + (down - 1) * gap
    )
    second = picture.fill("hatch", SKY)
    for f in range(frames.frames):
        row, column = divmod(f, across)
        left, top = MARGIN + column * (frame_w + gap), MARGIN + row * (frame_h + gap)
        for k in range(10):
            r, c = divmod(k, 5)
            picture.rect(left + c * CELL, top + r * CELL, CELL, CELL, width=STROKE)
            n = 10 * f + k
            if n < frames.total:
                first = n < frames.counters
                picture.circle(
                    left + (c + 0.5) * CELL,
                    top + (r + 0.5) * CELL,
                    16,
                    fill=VERMILION if first else second,
                    width=1.5,
                    data_counter="first" if first else "more",
                )
        picture.rect(left, top, frame_w, frame_h, fill="none", width=3.5)
    return picture


DOT_PITCH = 34


@draws(Array)
def draw_array(array: Array) -> Picture:
    width = max(2 * MARGIN + array.columns * DOT_PITCH + 8, 160)
    picture = Picture(width, 2 * MARGIN + array.rows * DOT_PITCH + 8)
    left = (width - array.columns * DOT_PITCH) / 2
    for row in range(array.rows):
        top = MARGIN + 4 + row * DOT_PITCH
        if array.grouped:
            picture.rect(
                left - 2,
                top + 2,
                array.columns * DOT_PITCH + 4,
                DOT_PITCH - 4,
                fill="none",
                width=1.75,
                rx=(DOT_PITCH - 4) / 2,
                data_group=row,
            )
        for column in range(array.columns):
            picture.circle(
                left + (column + 0.5) * DOT_PITCH,
                top + DOT_PITCH / 2,
                10,
                fill=BLUE,
                width=1.5,
                data_dot=f"{row} {column}",
            )
    return picture
