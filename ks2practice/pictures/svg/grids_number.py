"""SVG drawing of the hundred square: numbers 1–100 with shaded and '?' squares, or a grid of hundredths."""

from __future__ import annotations

from ks2practice.pictures.diagrams import UNKNOWN, HundredSquare
from ks2practice.pictures.svg.kit import PAPER, SKY, YELLOW, Picture, draws

CELL, MARGIN = 46, 20
SIZE = 17  # "100" fits a cell with room either side


@draws(HundredSquare)
def draw_hundred_square(square: HundredSquare) -> Picture:
    side = 10 * CELL
    picture = Picture(side + 2 * MARGIN, side + 2 * MARGIN)
    shading = picture.fill("solid", SKY) if square.numbers else picture.fill("hatch", SKY)
    shaded, unknown = set(square.shaded), set(square.unknown)
    for n in range(1, 101):
        row, column = divmod(n - 1, 10)
        x, y = MARGIN + column * CELL, MARGIN + row * CELL
        fill = YELLOW if n in unknown else shading if n in shaded else PAPER
        picture.rect(
            x,
            y,
            CELL,
            CELL,
            fill=fill,
            width=1.25,
            data_square=n,
            data_shaded="true" if n in shaded else "false",
        )
        if square.numbers:
            picture.label(x + CELL / 2, y + CELL / 2, UNKNOWN if n in unknown else n, SIZE if n < 100 else SIZE - 2)
    picture.rect(MARGIN, MARGIN, side, side, fill="none", width=3)
    return picture
