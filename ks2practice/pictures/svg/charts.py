"""SVG drawings of statistics charts: pictogram, bar chart, line graph and pie chart."""

from __future__ import annotations

import itertools
import math
from decimal import Decimal
from fractions import Fraction

from ks2practice.pictures.diagrams import BarChart, LineGraph, Pictogram, PieChart, number_text
from ks2practice.pictures.svg.kit import (
    BLUE,
    GRID,
    INK,
    LABEL,
    ORANGE,
    PATTERNS,
    SERIES,
    SKY,
    SMALL,
    STROKE,
    Picture,
    draws,
    exact,
    label_height,
    label_width,
    num,
    text_width,
)

MARGIN = 20
SYMBOL_R, SYMBOL_PITCH, PICTO_ROW = 14, 34, 38
# The width a chart is drawn at: printed at its least width (9 pt labels), it is about 10 cm across.
CHART_WIDTH = 480


def _symbol(picture: Picture, cx: float, cy: float, half: bool = False) -> None:
    """The pictogram symbol: a circle, or its left half for half a key."""
    if half:
        picture.path(
            f"M{num(cx)},{num(cy - SYMBOL_R)} A{SYMBOL_R},{SYMBOL_R} 0 0 0 {num(cx)},{num(cy + SYMBOL_R)} Z",
            fill=ORANGE,
            width=1.5,
            data_symbol="1/2",
        )
    else:
        picture.circle(cx, cy, SYMBOL_R, fill=ORANGE, width=1.5, data_symbol="1")


@draws(Pictogram)
def draw_pictogram(chart: Pictogram) -> Picture:
    names_width = max(90.0, max(text_width(c, LABEL) for c in chart.categories) + 24)
    most = max([chart.symbols(c) for c in chart.counts] + [Fraction(4)])
    # the symbols' column takes the width a chart prints at: a narrow pictogram printed at a chart's width would be
    # scaled up into a tall one, three to a page
    symbols_width = max(math.ceil(most) * SYMBOL_PITCH + 20, CHART_WIDTH - 2 * MARGIN - names_width)
    key_text = f"= {chart.key}" + (f" {chart.unit}" if chart.unit else "")
    width = max(names_width + symbols_width, 2 * SYMBOL_R + 12 + text_width(key_text, LABEL)) + 2 * MARGIN
    top = 44 if chart.heading else MARGIN
    table_height = len(chart.categories) * PICTO_ROW
    picture = Picture(width, top + table_height + 52)
    if chart.heading:
        picture.text(width / 2, 24, chart.heading, LABEL, bold=True)
    for row, (name, count) in enumerate(zip(chart.categories, chart.counts, strict=True)):
        y = top + row * PICTO_ROW
        picture.rect(MARGIN, y, names_width, PICTO_ROW, width=1.5)
        picture.rect(MARGIN + names_width, y, symbols_width, PICTO_ROW, width=1.5, data_category=name, data_count=count)
        picture.text(MARGIN + 12, y + PICTO_ROW / 2, name, LABEL, "start")
        whole, half = divmod(chart.symbols(count), 1)
        for k in range(int(whole) + (1 if half else 0)):
            x = MARGIN + names_width + 10 + SYMBOL_R + k * SYMBOL_PITCH
            _symbol(picture, x, y + PICTO_ROW / 2, half=k == int(whole))
    key_y = top + table_height + 30
    _symbol(picture, MARGIN + SYMBOL_R, key_y)
    picture.text(MARGIN + 2 * SYMBOL_R + 10, key_y, key_text, LABEL, "start", data_key=chart.key)
    return picture


class _Plot:
    """A chart's plotting area and its value axis: where a value goes, and the gridlines drawn behind."""

    def __init__(
        self, chart: BarChart | LineGraph, low: Fraction, width: float = CHART_WIDTH, height: float = 264
    ) -> None:
        self.low, self.high, self.step = low, Fraction(chart.top), Fraction(chart.step)
        self.ticks = [low + k * self.step for k in range(int((self.high - low) / self.step) + 1)]
        self.notation = chart.step  # ticks are written like the step: 0.25 as a decimal, 1/4 as a fraction
        tick_width = max(label_width(self.tick_text(t), SMALL) for t in self.ticks)
        self.left = MARGIN + (30 if chart.y_label else 0) + tick_width + 10
        self.top = 52 if chart.heading else 24
        self.right = width - MARGIN
        self.labels_size, self.labels_height, self.rotate = _category_labels(chart, self.right - self.left)
        self.bottom = height - MARGIN - (30 if chart.x_label else 0) - self.labels_height - 10
        self.width, self.height = width, height

    def tick_text(self, tick: Fraction) -> object:
        if tick.denominator == 1:
            return tick.numerator
        if isinstance(self.notation, Decimal):
            return _strip(Decimal(tick.numerator) / Decimal(tick.denominator))
        return tick

    def labelled_every(self) -> int:
        """Label every tick, or every 2nd, 4th, 5th or 10th when the labels would touch."""
        gap = (self.bottom - self.top) / max(1, len(self.ticks) - 1)
        tallest = max(label_height(self.tick_text(t), SMALL) for t in self.ticks)
        return next((k for k in (1, 2, 4, 5, 10) if k * gap >= tallest + 4), 10)

    def y(self, value: object) -> float:
        share = (Fraction(value) - self.low) / (self.high - self.low)
        return self.bottom - float(share) * (self.bottom - self.top)

    def slot(self, count: int) -> float:
        return (self.right - self.left) / count

    def draw_frame(self, picture: Picture, chart: BarChart | LineGraph) -> None:
        every = self.labelled_every()
        for k, tick in enumerate(self.ticks):
            y = self.y(tick)
            picture.line(
                self.left,
                y,
                self.right,
                y,
                width=1 if tick else STROKE,
                colour=GRID if tick else INK,
                data_gridline=exact(tick),
            )
            if k % every == 0:
                picture.label(self.left - 8, y, self.tick_text(tick), SMALL, anchor="end")
        picture.line(self.left, self.top, self.left, self.bottom, width=STROKE)
        picture.line(self.left, self.bottom, self.right, self.bottom, width=STROKE)
        if chart.heading:
            picture.text((self.left + self.right) / 2, 24, chart.heading, LABEL, bold=True)
        if chart.y_label:
            x, y = MARGIN + 10, (self.top + self.bottom) / 2
            picture.text(x, y, chart.y_label, LABEL, transform=f"rotate(-90 {num(x)} {num(y)})")
        if chart.x_label:
            picture.text((self.left + self.right) / 2, self.height - MARGIN - 10, chart.x_label, LABEL)

    def category_label(self, picture: Picture, x: float, text: str) -> None:
        if self.rotate:
            y = self.bottom + 12
            picture.text(x, y, text, self.labels_size, "end", transform=f"rotate(-40 {num(x)} {num(y)})")
        else:
            picture.text(x, self.bottom + 8 + self.labels_size / 2 + 4, text, self.labels_size)


def _strip(value: Decimal) -> Decimal:
    text = format(value, "f")
    return Decimal(text.rstrip("0").rstrip(".") if "." in text else text)


def _category_labels(chart: BarChart | LineGraph, plot_width: float) -> tuple[float, float, bool]:
    """Label size, the height the labels need, and whether they must slant to fit their slots."""
    names = chart.categories if isinstance(chart, BarChart) else chart.x_labels
    slot = plot_width / len(names)
    for size in (LABEL, 16, SMALL):
        if max(text_width(n, size) for n in names) + 6 <= slot:
            return size, size + 10, False
    longest = max(text_width(n, SMALL) for n in names)
    return SMALL, longest * math.sin(math.radians(40)) + SMALL + 10, True


@draws(BarChart)
def draw_bar_chart(chart: BarChart) -> Picture:
    plot = _Plot(chart, Fraction(0))
    picture = Picture(plot.width, plot.height)
    plot.draw_frame(picture, chart)
    slot = plot.slot(len(chart.values))
    bar = 0.6 * slot
    for i, (name, value) in enumerate(zip(chart.categories, chart.values, strict=True)):
        x = plot.left + (i + 0.5) * slot
        if i in chart.missing:  # the pupil draws this bar: only its name is printed
            plot.category_label(picture, x, name)
            continue
        y = plot.y(value)
        picture.rect(
            x - bar / 2,
            y,
            bar,
            plot.bottom - y,
            fill=SKY,
            width=1.5,
            data_value=exact(value),
            data_category=name,
        )
        plot.category_label(picture, x, name)
    picture.line(plot.left, plot.bottom, plot.right, plot.bottom, width=STROKE)  # the axis stays on top of the bars
    return picture


@draws(LineGraph)
def draw_line_graph(chart: LineGraph) -> Picture:
    plot = _Plot(chart, Fraction(chart.y_min))
    picture = Picture(plot.width, plot.height)
    plot.draw_frame(picture, chart)
    slot = plot.slot(len(chart.values))
    points = [(plot.left + (i + 0.5) * slot, plot.y(v)) for i, v in enumerate(chart.values)]
    # Missing points (for the pupil to plot) break the line: each run of shown neighbours is one stroke.
    runs: list[list[tuple[float, float]]] = [[]]
    for i, point in enumerate(points):
        if i in chart.missing:
            runs.append([])
        else:
            runs[-1].append(point)
    path = " ".join("M" + " L".join(f"{num(x)},{num(y)}" for x, y in run) for run in runs if len(run) > 1)
    if path:
        picture.path(path, width=3, colour=BLUE, stroke_linejoin="round")
    for i, ((x, y), name, value) in enumerate(zip(points, chart.x_labels, chart.values, strict=True)):
        picture.line(x, plot.bottom, x, plot.bottom + 6, width=STROKE)
        if i not in chart.missing:
            picture.circle(x, y, 5.5, fill=BLUE, width=1.5, data_value=exact(value), data_x=name)
        plot.category_label(picture, x, name)
    return picture


PIE_R = 84


def _pie_extra(chart: PieChart, i: int) -> object:
    """The number shown under a sector's name: its value, fraction, percentage or angle."""
    share, angle = chart.shares[i], chart.angles[i]
    if chart.show == "value":
        return chart.values[i]
    if chart.show == "fraction":
        return share
    if chart.show == "percent":
        return _plain(share * 100) + "%"
    if chart.show == "degrees":
        return _plain(angle) + "°"
    return None


def _plain(value: Fraction) -> str:
    """A percentage or angle as written: 25, 12.5, or 51 3/7 when it has no short decimal."""
    if (value * 100).denominator == 1:
        return number_text(Decimal(value.numerator) / Decimal(value.denominator))
    return number_text(value)


def _pie_label_size(chart: PieChart, i: int) -> tuple[float, float]:
    extra = _pie_extra(chart, i)
    width = text_width(chart.categories[i], LABEL)
    height = LABEL
    if extra is not None:
        width = max(width, label_width(extra, LABEL))
        height += 6 + label_height(extra, LABEL)
    return width, height


def _point(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def _spread(labels: list[list[float]], low: float, high: float) -> None:
    """Push labels ([y, height, …]) apart so none overlap, keeping them between low and high."""
    labels.sort(key=lambda item: item[0])
    if labels:  # the first label down to the lowest place first, so pushing the rest apart keeps them clear of it
        labels[0][0] = max(labels[0][0], low + labels[0][1] / 2)
    for prev, this in itertools.pairwise(labels):
        this[0] = max(this[0], prev[0] + (prev[1] + this[1]) / 2 + 6)
    if labels and labels[-1][0] + labels[-1][1] / 2 > high:
        labels[-1][0] = high - labels[-1][1] / 2
        for this, prev in zip(reversed(labels), list(reversed(labels))[1:], strict=False):
            prev[0] = min(prev[0], this[0] - (prev[1] + this[1]) / 2 - 6)
    for item in labels:
        item[0] = max(item[0], low + item[1] / 2)


@draws(PieChart)
def draw_pie_chart(chart: PieChart) -> Picture:
    sizes = [_pie_label_size(chart, i) for i in range(len(chart.values))]
    starts = [sum(chart.angles[:i], Fraction(0)) for i in range(len(chart.angles))]
    middles = [float(s + a / 2) for s, a in zip(starts, chart.angles, strict=True)]
    right_side = [math.sin(math.radians(m)) >= -1e-9 for m in middles]
    widest = {
        side: max([w for (w, _), r in zip(sizes, right_side, strict=True) if r == side] or [0])
        for side in (True, False)
    }
    natural = 2 * MARGIN + widest[False] + widest[True] + 2 * (34 + PIE_R)
    # never narrower than CHART_WIDTH: printed at the chart width its labels need, the pie is then a short, wide
    # picture (about 10 cm by 5.5 cm), four to a page with the prompt beside, rather than a tall square
    width = max(natural, CHART_WIDTH)
    cx = MARGIN + widest[False] + 34 + PIE_R + (width - natural) / 2
    top = 36 if chart.heading else 12
    cy = top + 8 + PIE_R
    low = top if chart.heading else 8  # labels go under the heading, never across it
    # tall enough for each side's labels stacked with their gaps (thin sectors bunch their labels together)
    stacked = max(
        sum(h + 6 for (_, h), r, a in zip(sizes, right_side, chart.angles, strict=True) if r == side and a)
        for side in (True, False)
    )
    picture = Picture(width, max(cy + PIE_R + 14, low + stacked + 8))
    if chart.heading:
        picture.text(width / 2, 20, chart.heading, LABEL, bold=True)
    for i, (start, angle) in enumerate(zip(starts, chart.angles, strict=True)):
        _sector(picture, cx, cy, i, float(start), angle)
    for side in (True, False):
        labels = [
            [_point(cx, cy, PIE_R + 18, middles[i])[1], sizes[i][1], i]
            for i in range(len(middles))
            if right_side[i] == side and chart.angles[i]
        ]
        _spread(labels, low, picture.height - 8)
        for y, _, i in labels:
            _pie_label(picture, chart, int(i), (cx, cy, middles[int(i)]), y, side)
    return picture


def _sector(picture: Picture, cx: float, cy: float, i: int, start: float, angle: Fraction) -> None:
    fill = picture.fill(PATTERNS[i % len(PATTERNS)], SERIES[i % len(SERIES)])
    data = {
        "data_sector": i,
        "data_start": exact(start if start % 1 else int(start)),
        "data_angle": exact(angle),
    }
    if angle == 360:
        picture.circle(cx, cy, PIE_R, fill=fill, width=STROKE, **data)
        return
    if angle == 0:
        return
    (x1, y1), (x2, y2) = _point(cx, cy, PIE_R, start), _point(cx, cy, PIE_R, start + float(angle))
    large = 1 if angle > 180 else 0
    picture.path(
        f"M{num(cx)},{num(cy)} L{num(x1)},{num(y1)} A{PIE_R},{PIE_R} 0 {large} 1 {num(x2)},{num(y2)} Z",
        fill=fill,
        width=STROKE,
        stroke_linejoin="round",
        **data,
    )


def _pie_label(
    picture: Picture, chart: PieChart, i: int, where: tuple[float, float, float], y: float, right: bool
) -> None:
    cx, cy, middle = where
    edge_x, edge_y = _point(cx, cy, PIE_R - 8, middle)
    elbow_x, elbow_y = _point(cx, cy, PIE_R + 14, middle)
    text_x = cx + (PIE_R + 30) * (1 if right else -1)
    top = y - _pie_label_size(chart, i)[1] / 2
    picture.path(
        f"M{num(edge_x)},{num(edge_y)} L{num(elbow_x)},{num(elbow_y)} L{num(text_x - (4 if right else -4))},"
        f"{num(top + LABEL / 2)}",
        width=1.25,
    )
    picture.circle(edge_x, edge_y, 2.5, fill=INK, width=0)
    anchor = "start" if right else "end"
    picture.text(text_x, top + LABEL / 2, chart.categories[i], LABEL, anchor, data_label=i)
    extra = _pie_extra(chart, i)
    if extra is not None:
        picture.label(text_x, top + LABEL + 6 + label_height(extra, LABEL) / 2, extra, LABEL, anchor=anchor)
