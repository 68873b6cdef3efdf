"""SVG drawing of the hundred square: numbers 1–100 with shaded and '?' squares, or a grid of hundredths."""

from __future__ import annotations

from ks2practice.pictures.diagrams import UNKNOWN, HundredSquare
from ks2practice.pictures.svg.kit import PAPER, SKY, YELLOW, Picture, draws

CELL, MARGIN = 46, 20
SIZE = 17  # "100" fits a cell with room either side
MINI = 46  # a whole square, shaded all over, before the grid of hundredths


@draws(HundredSquare)
def draw_hundred_square(square: HundredSquare) -> Picture:
    side = 10 * CELL
    above = MINI + 16 if square.wholes else 0  # whole squares in a row above the grid
    picture = Picture(side + 2 * MARGIN, side + 2 * MARGIN + above)
    shading = picture.fill("solid", SKY) if square.numbers else picture.fill("hatch", SKY)
    for k in range(square.wholes):
        x = MARGIN + k * (MINI + 8)
        picture.rect(x, MARGIN, MINI, MINI, fill=SKY, width=2, data_whole=k + 1)  # plain: small hatching blurs
        for j in range(1, 10):
            step = MINI * j / 10
            picture.line(x + step, MARGIN, x + step, MARGIN + MINI, width=0.75)
            picture.line(x, MARGIN + step, x + MINI, MARGIN + step, width=0.75)
    shaded, unknown = set(square.shaded), set(square.unknown)
    for n in range(1, 101):
        row, column = divmod(n - 1, 10)
        x, y = MARGIN + column * CELL, MARGIN + above + row * CELL
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
    picture.rect(MARGIN, MARGIN + above, side, side, fill="none", width=3)
    return picture
