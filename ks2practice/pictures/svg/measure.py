"""SVG drawings of measuring pictures: analogue and digital clocks, the time line, coins and notes, protractor."""

from __future__ import annotations

import math

from ks2practice.pictures.diagrams import (
    BLANK,
    NOTES,
    AnalogueClock,
    Coins,
    DigitalClock,
    Protractor,
    Timeline,
    clock_text,
    pence_text,
)
from ks2practice.pictures.svg.kit import (
    BLUE,
    GREEN,
    INK,
    LABEL,
    ORANGE,
    PAPER,
    PURPLE,
    SKY_TINT,
    SMALL,
    STROKE,
    VERMILION,
    YELLOW,
    Picture,
    draws,
    label_height,
    label_width,
    num,
    text_width,
)

ROMAN = ("XII", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI")


def _clock_point(cx: float, cy: float, radius: float, degrees: float) -> tuple[float, float]:
    """The point `radius` from the centre at `degrees` clockwise from 12 (screen y points down)."""
    angle = math.radians(degrees)
    return cx + radius * math.sin(angle), cy - radius * math.cos(angle)


@draws(AnalogueClock)
def draw_clock(clock: AnalogueClock) -> Picture:
    size, radius = 300, 134
    c = size / 2
    picture = Picture(size, size)
    picture.circle(c, c, radius, fill=PAPER, width=5, data_face="true")
    for minute in range(60):
        hour_mark = minute % 5 == 0
        inner = radius - (20 if hour_mark else 11)
        x1, y1 = _clock_point(c, c, radius - 5, 6 * minute)
        x2, y2 = _clock_point(c, c, inner, 6 * minute)
        picture.line(x1, y1, x2, y2, width=3.5 if hour_mark else 1.5)
    hour_x, hour_y = _clock_point(c, c, radius * 0.5, float(clock.hour_angle))
    minute_x, minute_y = _clock_point(c, c, radius - 22, clock.minute_angle)
    picture.line(
        c,
        c,
        hour_x,
        hour_y,
        width=9,
        stroke_linecap="round",
        data_hand="hour",
        data_angle=str(clock.hour_angle),
    )
    picture.line(
        c,
        c,
        minute_x,
        minute_y,
        width=5,
        stroke_linecap="round",
        data_hand="minute",
        data_angle=str(clock.minute_angle),
    )
    numeral_size = 21 if clock.roman else 26
    for hour in range(12):  # numerals go over the hands, haloed, so a hand never hides the number it points to
        x, y = _clock_point(c, c, radius - (44 if clock.roman else 40), 30 * hour)
        text = ROMAN[hour] if clock.roman else str(hour or 12)
        picture.text(x, y, text, numeral_size, halo=True, data_numeral=hour or 12)
    picture.circle(c, c, 8, fill=INK, width=0)
    return picture


COIN_MM = {1: 20.3, 2: 25.9, 5: 18.0, 10: 24.5, 20: 21.4, 50: 27.3, 100: 23.43, 200: 28.4}
MM = 1.9  # pixels per millimetre: coins keep their true relative sizes
NOTE_W, NOTE_H = 132, 70
NOTE_COLOURS = {500: GREEN, 1000: ORANGE, 2000: PURPLE, 5000: VERMILION}  # as the real notes, near enough


def _piece_size(pence: int) -> tuple[float, float]:
    if pence in NOTES:
        return NOTE_W, NOTE_H
    diameter = MM * COIN_MM[pence]
    return diameter, diameter


def _polygon_points(cx: float, cy: float, r: float, sides: int) -> list[tuple[float, float]]:
    return [
        (
            cx + r * math.cos(-math.pi / 2 + 2 * math.pi * k / sides),
            cy + r * math.sin(-math.pi / 2 + 2 * math.pi * k / sides),
        )
        for k in range(sides)
    ]


def _reuleaux_heptagon(cx: float, cy: float, r: float) -> str:
    """The 20p and 50p outline: each side an arc centred on the opposite corner."""
    points = _polygon_points(cx, cy, r, 7)
    arc = 2 * r * math.sin(3 * math.pi / 7)
    d = f"M{num(points[0][0])},{num(points[0][1])}"
    for x, y in points[1:] + points[:1]:
        d += f" A{num(arc)},{num(arc)} 0 0 1 {num(x)},{num(y)}"
    return d + " Z"


COIN_FILLS = {1: ORANGE, 2: ORANGE, 100: YELLOW, 200: YELLOW}  # copper and gold; the rest are silver (white)


def _draw_coin(picture: Picture, pence: int, cx: float, cy: float) -> None:
    r = MM * COIN_MM[pence] / 2
    fill = COIN_FILLS.get(pence, PAPER)
    if pence in (20, 50):
        picture.path(_reuleaux_heptagon(cx, cy, r), fill=fill, width=STROKE, data_pence=pence)
    elif pence == 100:
        picture.polygon(_polygon_points(cx, cy, r, 12), fill=fill, width=STROKE, data_pence=pence)
    else:
        picture.circle(cx, cy, r, fill=fill, width=STROKE, data_pence=pence)
    inner = r * 0.72 if pence == 200 else r - 4
    if pence == 200:  # the £2 is two metals: a gold ring round a silver centre
        picture.circle(cx, cy, inner, fill=PAPER, width=1.5)
    elif pence == 50:
        picture.path(_reuleaux_heptagon(cx, cy, inner), width=1)
    elif pence != 20:  # the small 20p needs all its face for the label, so it has no inner rim
        picture.circle(cx, cy, inner, fill="none", width=1)
    name = pence_text(pence)
    size = 18 if pence >= 100 else 16
    room = 2 * inner * (0.8 if pence in (20, 50) else 1) - 4  # a heptagon is narrower between its flat sides
    picture.text(cx, cy, name, size if text_width(name, size, True) < room else SMALL, bold=True)


def _draw_note(picture: Picture, pence: int, x: float, y: float) -> None:
    picture.rect(x, y, NOTE_W, NOTE_H, fill=NOTE_COLOURS[pence], width=STROKE, rx=6, data_pence=pence)
    picture.rect(x + 5, y + 5, NOTE_W - 10, NOTE_H - 10, fill="none", width=1, rx=4)
    picture.add(
        "ellipse",
        cx=x + NOTE_W / 2,
        cy=y + NOTE_H / 2,
        rx=38,
        ry=22,
        fill=PAPER,
        stroke=INK,
        stroke_width=1.5,
    )
    picture.text(x + NOTE_W / 2, y + NOTE_H / 2, pence_text(pence), 24, bold=True)


@draws(Coins)
def draw_coins(money: Coins) -> Picture:
    margin, gap, widest = 16, 12, 480 - 32
    rows, row, row_width = [], [], 0.0
    for pence in money.pieces:
        w, _ = _piece_size(pence)
        if row and row_width + gap + w > widest:
            rows.append(row)
            row, row_width = [], 0.0
        row_width += (gap if row else 0) + w
        row.append(pence)
    rows.append(row)
    widths = [sum(_piece_size(p)[0] for p in r) + gap * (len(r) - 1) for r in rows]
    heights = [max(_piece_size(p)[1] for p in r) for r in rows]
    picture = Picture(max(widths) + 2 * margin, sum(heights) + gap * (len(rows) - 1) + 2 * margin)
    y = margin
    for pieces, row_height in zip(rows, heights, strict=True):
        x = margin
        for pence in pieces:
            w, h = _piece_size(pence)
            if pence in NOTES:
                _draw_note(picture, pence, x, y + (row_height - h) / 2)
            else:
                _draw_coin(picture, pence, x + w / 2, y + row_height / 2)
            x += w + gap
        y += row_height + gap
    return picture


PROTRACTOR_R = 200


def _arc_point(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    """The point at `degrees` anticlockwise from the right-hand baseline, as protractors measure."""
    angle = math.radians(degrees)
    return cx + r * math.cos(angle), cy - r * math.sin(angle)


@draws(Protractor)
def draw_protractor(protractor: Protractor) -> Picture:
    r = PROTRACTOR_R
    width, cx, cy = 2 * r + 80, r + 40, r + 44
    picture = Picture(width, cy + 28)
    picture.path(f"M{num(cx - r)},{num(cy)} A{r},{r} 0 0 1 {num(cx + r)},{num(cy)} Z", fill=SKY_TINT, width=STROKE)
    picture.path(f"M{num(cx - 56)},{num(cy)} A56,56 0 0 1 {num(cx + 56)},{num(cy)}", width=1)
    picture.line(cx, cy - 10, cx, cy, width=1.5)
    base = 0 if protractor.side == "right" else 180
    arm = protractor.degrees if protractor.side == "right" else 180 - protractor.degrees
    for name, degrees in (("base", base), ("arm", arm)):
        x, y = _arc_point(cx, cy, r + 24, degrees)
        picture.line(
            cx,
            cy,
            x,
            y,
            width=3.5,
            colour=VERMILION,
            stroke_linecap="round",
            data_ray=name,
            data_degrees=degrees,
        )
    _draw_scale(picture, cx, cy, r)  # over the rays: numbers are haloed so a ray never hides one
    if protractor.degrees:
        low, high = sorted((base, arm))
        (x1, y1), (x2, y2) = _arc_point(cx, cy, 34, low), _arc_point(cx, cy, 34, high)
        picture.path(f"M{num(x1)},{num(y1)} A34,34 0 0 0 {num(x2)},{num(y2)}", width=2.5, colour=VERMILION)
    if protractor.label != BLANK:
        x, y = _arc_point(cx, cy, 34 + 10 + label_width(protractor.label) / 2, (base + arm) / 2)
        picture.backed_label(x, min(y, cy - label_height(protractor.label) / 2 - 4), protractor.label, LABEL)
    picture.circle(cx, cy, 4, fill=INK, width=0)
    return picture


def _draw_scale(picture: Picture, cx: float, cy: float, r: float) -> None:
    """Ticks every degree, and numbers every 10° both ways: outer from the right, inner from the left."""
    ticks = []
    for degrees in range(181):
        length = 16 if degrees % 10 == 0 else 10 if degrees % 5 == 0 else 6
        (x1, y1), (x2, y2) = _arc_point(cx, cy, r, degrees), _arc_point(cx, cy, r - length, degrees)
        ticks.append(f"M{num(x1)},{num(y1)} L{num(x2)},{num(y2)}")
    picture.path(" ".join(ticks), width=1.25)
    for degrees in range(0, 181, 10):
        x, y = _arc_point(cx, cy, r - 30, degrees)
        picture.text(x, min(y, cy - 12), str(degrees), SMALL, halo=SKY_TINT, data_scale="outer")
        x, y = _arc_point(cx, cy, r - 54, degrees)
        picture.text(x, min(y, cy - 12), str(180 - degrees), SMALL, halo=SKY_TINT, fill=BLUE, data_scale="inner")


@draws(DigitalClock)
def draw_digital_clock(clock: DigitalClock) -> Picture:
    time, _, meridiem = clock.shown.partition(" ")
    digits = 64
    inner = text_width(time, digits, True) + (text_width(meridiem, 28, True) + 14 if meridiem else 0)
    width = inner + 80
    picture = Picture(width, 150)
    picture.rect(8, 8, width - 16, 134, fill=PAPER, width=5, rx=18)
    picture.rect(26, 26, width - 52, 98, fill=SKY_TINT, width=2, rx=6)
    left = (width - inner) / 2
    picture.text(left, 76, time, digits, anchor="start", bold=True, data_time=time)
    if meridiem:
        picture.text(width - left, 96, meridiem, 28, anchor="end", bold=True, data_meridiem=meridiem)
    return picture


def _hour_text(minutes: int, twelve_hour: bool) -> str:
    if not twelve_hour:
        return clock_text(minutes)
    hours = minutes // 60 % 24
    return f"{hours % 12 or 12} {'am' if hours < 12 else 'pm'}"


@draws(Timeline)
def draw_timeline(line: Timeline) -> Picture:
    low, high = line.start // 60 * 60, -(-line.end // 60) * 60
    left, length, axis = 50, 540, 140
    per_minute = length / (high - low)
    hours = (high - low) // 60
    picture = Picture(length + 2 * left, axis + 44)

    def x(minutes: int) -> float:
        return left + (minutes - low) * per_minute

    picture.line(x(low), axis, x(high), axis, width=STROKE)
    if hours <= 4:  # quarter hours help count on when the line is short
        quarters = [f"M{num(x(m))},{axis - 6} v12" for m in range(low, high + 1, 15) if m % 60]
        picture.path(" ".join(quarters), width=1.25)
    for k, minutes in enumerate(range(low, high + 1, 60)):
        picture.line(x(minutes), axis - 10, x(minutes), axis + 10, width=STROKE)
        if hours <= 8 or k % 2 == 0:
            picture.text(x(minutes), axis + 26, _hour_text(minutes, line.twelve_hour), SMALL, data_hour=minutes)
    xs, xe = x(line.start), x(line.end)
    start, end = line.text("start"), line.text("end")
    ws, we = label_width(start), label_width(end)
    shift = max(0.0, (ws + we) / 2 + 14 - (xe - xs)) / 2  # nudge close labels apart so they never touch
    for name, where, text, nudge in (("start", xs, start, -shift), ("end", xe, end, shift)):
        picture.line(where, axis, where, axis - 28, width=3, colour=VERMILION, data_slot=name)
        picture.backed_label(where + nudge, axis - 44, text)
    top = 30.0
    picture.path(
        f"M{num(xs)},{axis - 62} C{num(xs)},{num(top)} {num(xe)},{num(top)} {num(xe)},{axis - 62}",
        width=2.5,
        colour=VERMILION,
    )
    picture.arrowhead(xe, axis - 60, math.pi / 2, colour=VERMILION)
    picture.backed_label((xs + xe) / 2, top + 22 - 34, line.text("duration"))
    return picture
