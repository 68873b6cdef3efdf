"""SVG drawings of tables: the general table and the two-row ratio table."""

from __future__ import annotations

from ks2practice.pictures.diagrams import UNKNOWN, RatioTable, Table
from ks2practice.pictures.svg.kit import (
    LABEL,
    PAPER,
    SKY,
    STROKE,
    YELLOW,
    Picture,
    draws,
    exact,
    is_stacked,
    label_width,
    text_width,
)

MARGIN = 20
PAD = 14  # space either side of the widest entry in a column


def _row_height(cells: list[object]) -> float:
    return 50 if any(is_stacked(c) for c in cells) else 40


def _cell_fill(value: object) -> str:
    return YELLOW if value == UNKNOWN else PAPER


@draws(Table)
def draw_table(table: Table) -> Picture:
    columns = list(zip(table.header, *table.rows, strict=True))
    widths = [
        max(text_width(column[0], LABEL, bold=True), *(label_width(c, LABEL) for c in column[1:])) + 2 * PAD
        for column in columns
    ]
    heights = [40.0] + [_row_height(list(row)) for row in table.rows]
    top = 50 if table.heading else MARGIN
    width = max(sum(widths) + 2 * MARGIN, 2 * MARGIN + text_width(table.heading, LABEL, bold=True))
    picture = Picture(width, top + sum(heights) + MARGIN)
    left = (width - sum(widths)) / 2
    if table.heading:
        picture.text(width / 2, 26, table.heading, LABEL, bold=True)
    y = top
    for r, (height, row) in enumerate(zip(heights, [table.header, *table.rows], strict=True)):
        x = left
        for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
            header = r == 0
            fill = SKY if header else _cell_fill(cell)
            picture.rect(
                x,
                y,
                w,
                height,
                fill=fill,
                width=1.5,
                fill_opacity=0.35 if header else None,
                data_row=r,
                data_column=c,
                data_value=None if header else exact(cell),
            )
            if header:
                picture.text(x + w / 2, y + height / 2, str(cell), LABEL, bold=True)
            else:
                picture.label(x + w / 2, y + height / 2, cell, LABEL)
            x += w
        y += height
    picture.rect(left, top, sum(widths), sum(heights), fill="none", width=STROKE + 0.5)
    return picture


@draws(RatioTable)
def draw_ratio_table(table: RatioTable) -> Picture:
    names = (table.top_label, table.bottom_label)
    name_width = max(text_width(n, LABEL, bold=True) for n in names) + 2 * PAD if any(names) else 0
    cell = max(64.0, *(label_width(v, LABEL) + 2 * PAD for v in (*table.top, *table.bottom)))
    height = max(_row_height([*table.top, *table.bottom]), 44)
    width = name_width + cell * len(table.top)
    picture = Picture(width + 2 * MARGIN, 2 * height + 2 * MARGIN)
    for r, (name, row) in enumerate(zip(names, (table.top, table.bottom), strict=True)):
        y = MARGIN + r * height
        if name_width:
            picture.rect(MARGIN, y, name_width, height, fill=SKY, fill_opacity=0.35, width=1.5)
            picture.text(MARGIN + PAD, y + height / 2, name, LABEL, "start", bold=True)
        for c, value in enumerate(row):
            x = MARGIN + name_width + c * cell
            picture.rect(
                x,
                y,
                cell,
                height,
                fill=_cell_fill(value),
                width=1.5,
                data_row=r,
                data_column=c,
                data_value=exact(value),
            )
            picture.label(x + cell / 2, y + height / 2, value, LABEL)
    picture.rect(MARGIN, MARGIN, width, 2 * height, fill="none", width=STROKE + 0.5)
    return picture
