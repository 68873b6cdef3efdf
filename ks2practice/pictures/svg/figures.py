"""SVG drawings of shapes side by side and of symmetry figures on a square grid."""

from __future__ import annotations

from ks2practice.pictures.diagrams import ShapeRow, SymmetryFigure
from ks2practice.pictures.svg.geometry import _Layout, _margin, draw_shape_at
from ks2practice.pictures.svg.kit import GREEN, GRID, LABEL, SKY, Picture, draws, num

GAP = 24  # between neighbouring shapes


PER_ROW = 3  # more shapes than this go on a second row, so none is drawn too small to read


@draws(ShapeRow)
def draw_shape_row(row: ShapeRow) -> Picture:
    n = len(row.shapes)
    box = (max(180.0, 620 / min(n, PER_ROW)), 220.0)
    scale = None
    if row.same_scale:  # the largest scale at which every shape fits its box
        scale = min(_Layout(shape, margin=_margin(shape), box=box).scale for shape in row.shapes)
    pictures = [draw_shape_at(shape, box=box, scale=scale) for shape in row.shapes]
    caption_room = 34 if row.captions else 0
    rows = [list(range(i, min(i + PER_ROW, n))) for i in range(0, n, PER_ROW)]
    widths = [sum(pictures[i].width for i in r) + GAP * (len(r) - 1) for r in rows]
    heights = [max(pictures[i].height for i in r) for r in rows]
    picture = Picture(max(widths), sum(heights) + caption_room * len(rows))
    top = 0.0
    for r, width, height in zip(rows, widths, heights, strict=True):
        x = (picture.width - width) / 2
        for i in r:
            part = pictures[i]
            y = top + (height - part.height) / 2  # shapes in a row sit on a common middle line
            with picture.group(transform=f"translate({num(x)},{num(y)})", data_shape=i):
                picture.items.extend(part.items)
            picture.patterns.update(part.patterns)
            if row.captions:
                picture.text(x + part.width / 2, top + height + caption_room / 2, row.captions[i], LABEL, bold=True)
            x += part.width + GAP
        top += height + caption_room
    return picture


@draws(SymmetryFigure)
def draw_symmetry_figure(figure: SymmetryFigure) -> Picture:
    columns, rows = figure.size
    cell = min(34.0, 440 / max(columns, rows))
    margin = 24
    picture = Picture(columns * cell + 2 * margin, rows * cell + 2 * margin)

    def at(x: float, y: float) -> tuple[float, float]:
        return margin + x * cell, margin + (rows - y) * cell

    for x in range(columns + 1):
        picture.line(*at(x, 0), *at(x, rows), width=1, colour=GRID, data_grid="x")
    for y in range(rows + 1):
        picture.line(*at(0, y), *at(columns, y), width=1, colour=GRID, data_grid="y")
    corners = [at(x, y) for x, y in figure.vertices]
    path = "M" + " L".join(f"{num(x)},{num(y)}" for x, y in corners)
    if figure.half:
        picture.path(path, width=3.5, stroke_linejoin="round", stroke_linecap="round", data_figure="half")
    else:
        picture.polygon(corners, fill=SKY, fill_opacity=0.35, width=0)
        picture.path(path + " Z", width=3.5, stroke_linejoin="round", data_figure="whole")
    for mirror in figure.mirrors:
        (x1, y1), (x2, y2) = _ends(mirror, columns, rows)
        picture.line(
            *at(x1, y1),
            *at(x2, y2),
            width=3,
            colour=GREEN,
            stroke_dasharray="10 6",
            data_mirror=f"{mirror[0]}={mirror[1]}",
        )
    return picture


def _ends(mirror: tuple, columns: int, rows: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where a mirror line enters and leaves the grid."""
    kind, c = mirror
    if kind == "x":
        return (c, 0), (c, rows)
    if kind == "y":
        return (0, c), (columns, c)
    if kind == "d":  # y = x + c
        start = max(0, -c)
        end = min(columns, rows - c)
        return (start, start + c), (end, end + c)
    start = max(0, c - rows)  # y = c − x
    end = min(columns, c)
    return (start, c - start), (end, c - end)
