"""SVG drawings of measuring instruments: ruler, measuring jug, weighing scale (dial or digital), thermometer."""

from __future__ import annotations

import math
from fractions import Fraction

from ks2practice.pictures.diagrams import MeasuringJug, Ruler, Thermometer, WeighingScale, scale_text
from ks2practice.pictures.diagrams.base import _exact
from ks2practice.pictures.svg.kit import (
    GREEN,
    INK,
    LABEL,
    PAPER,
    PURPLE,
    SKY,
    SKY_TINT,
    SMALL,
    STROKE,
    VERMILION,
    YELLOW,
    Picture,
    draws,
    exact,
    num,
)

WOOD = "#F3D9A4"  # the sharpened wood of a pencil: paler than its painted body


def _ticks(scale: Ruler | MeasuringJug | WeighingScale | Thermometer) -> list[tuple[Fraction, str]]:
    """Every mark low to high with its size: 'number', 'half' (the middle mark of 10) or 'small'."""
    low, small = scale.scale_low, scale.small_step
    count = int((scale.scale_high - low) / small)
    marks = []
    for k in range(count + 1):
        size = "number" if k % scale.parts == 0 else "half" if scale.parts == 10 and k % 5 == 0 else "small"
        marks.append((low + k * small, size))
    return marks


def _arrow(picture: Picture, x1: float, y1: float, x2: float, y2: float) -> None:
    """An arrow from (x1, y1) with its tip at (x2, y2)."""
    picture.line(x1, y1, x2, y2, width=3, colour=VERMILION, stroke_linecap="round")
    picture.arrowhead(x2, y2, math.atan2(y2 - y1, x2 - x1), size=12, colour=VERMILION)


# ---------------------------------------------------------------------------------------------------------
# Ruler
# ---------------------------------------------------------------------------------------------------------

THING_FILLS = {"bar": SKY, "ribbon": PURPLE, "crayon": GREEN, "leaf": GREEN}


def _draw_thing(picture: Picture, thing: str, x0: float, x1: float, top: float, height: float) -> None:
    mid = top + height / 2
    if thing != "pencil":
        picture.rect(x0, top, x1 - x0, height, fill=THING_FILLS[thing], rx=3 if thing == "crayon" else 0)
        return
    tip = min(20.0, (x1 - x0) * 0.3)
    rubber = min(10.0, (x1 - x0) * 0.15)
    picture.rect(x0, top, rubber, height, fill=PURPLE)
    picture.rect(x0 + rubber, top, x1 - tip - x0 - rubber, height, fill=YELLOW)
    picture.polygon([(x1 - tip, top), (x1, mid), (x1 - tip, top + height)], fill=WOOD, stroke_linejoin="round")
    lead = tip * 0.35
    picture.polygon(
        [(x1 - lead, mid - height * 0.175), (x1, mid), (x1 - lead, mid + height * 0.175)], fill=INK, width=0
    )


@draws(Ruler)
def draw_ruler(ruler: Ruler) -> Picture:
    per_cm = min(56.0, 560 / ruler.length)
    left = 28
    arrow_room = 44 if ruler.mark else 8
    thing_top, thing_h = arrow_room, 22
    top, height = thing_top + thing_h + 2, 68
    picture = Picture(ruler.length * per_cm + 2 * left, top + height + 10)
    picture.rect(left - 14, top, ruler.length * per_cm + 28, height, fill=SKY_TINT, rx=4)

    def x(value: Fraction) -> float:
        return left + float(value) * per_cm

    ticks = {"number": 22, "half": 15, "small": 9}
    path = " ".join(f"M{num(x(value))},{top} v{ticks[size]}" for value, size in _ticks(ruler))
    picture.path(path, width=1.25, data_ticks=len(_ticks(ruler)))
    for value in ruler.numbers:
        picture.text(x(value), top + 36, scale_text(value), SMALL, data_number=exact(value))
    picture.text(left - 6, top + height - 11, "cm", SMALL, anchor="start", bold=True)
    x0, x1 = x(_exact(ruler.start)), x(_exact(ruler.end))
    with picture.group(data_thing=ruler.thing, data_start=exact(ruler.start), data_end=exact(ruler.end)):
        _draw_thing(picture, ruler.thing, x0, x1, thing_top, thing_h)
    if ruler.mark:
        _arrow(picture, x1, 18, x1, thing_top - 3)
        picture.text(x1 + 10, 14, ruler.mark, LABEL, anchor="start", bold=True)
    return picture


# ---------------------------------------------------------------------------------------------------------
# Measuring jug
# ---------------------------------------------------------------------------------------------------------


@draws(MeasuringJug)
def draw_jug(jug: MeasuringJug) -> Picture:
    left, right, top, bottom, scale_top = 90, 250, 30, 360, 60
    picture = Picture(340, bottom + 20)

    def y(value: Fraction) -> float:
        return bottom - float(value / _exact(jug.end)) * (bottom - scale_top)

    picture.path(f"M{left},{top + 50} C{left - 56},{top + 50} {left - 56},{top + 200} {left},{top + 200}", width=10)
    picture.path(
        f"M{left},{top} L{left},{bottom - 8} Q{left},{bottom} {left + 8},{bottom} L{right - 8},{bottom} "
        f"Q{right},{bottom} {right},{bottom - 8} L{right},{top} L{right + 14},{top - 12}",
        fill=PAPER,
        width=3,
        stroke_linejoin="round",
    )
    level = y(_exact(jug.level))
    if jug.level:
        picture.rect(
            left + 1.5, level, right - left - 3, bottom - level - 1.5, fill=SKY, width=0, data_level=exact(jug.level)
        )
        picture.line(left + 1.5, level, right - 1.5, level, width=2, colour="#2A7FB8")
    ticks = {"number": 40, "half": 28, "small": 18}
    for value, size in _ticks(jug):
        picture.line(right - ticks[size], y(value), right, y(value), width=2.5 if size == "number" else 1.5)
    for value in jug.numbers:
        picture.text(right + 8, y(value), scale_text(value), SMALL + 2, anchor="start", data_number=exact(value))
    picture.text(right + 24, top + 4, "litres" if jug.unit == "l" else jug.unit, LABEL, anchor="start", bold=True)
    if jug.mark:
        _arrow(picture, left + 40, level, right - 46, level)
        picture.backed_label(left + 22, level, jug.mark, LABEL)
    return picture


# ---------------------------------------------------------------------------------------------------------
# Weighing scale
# ---------------------------------------------------------------------------------------------------------

SWEEP = 270  # the dial's scale runs round three-quarters of the face, so 0 and the end never meet


def _dial_point(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def _draw_base(picture: Picture, body_top: float, body_bottom: float) -> None:
    picture.rect(150, 16, 100, 10, fill=INK, width=0)  # the stem under the pan
    picture.rect(60, 6, 280, 14, fill=PAPER, rx=7)  # the pan
    picture.rect(40, body_top, 320, body_bottom - body_top, fill=SKY_TINT, rx=18)


@draws(WeighingScale)
def draw_weighing_scale(scale: WeighingScale) -> Picture:
    if scale.display:
        picture = Picture(400, 200)
        _draw_base(picture, 26, 190)
        picture.rect(90, 62, 220, 84, fill="#D9E8D2", width=3, rx=6)
        picture.text(
            290,
            104,
            f"{scale_text(scale.reading)} {scale.unit}",
            40,
            anchor="end",
            bold=True,
            data_reading=exact(scale.reading),
        )
        return picture
    cx, cy, r = 200.0, 210.0, 150.0
    picture = Picture(400, 390)
    _draw_base(picture, 26, 380)
    picture.circle(cx, cy, r, fill=PAPER, width=3)
    end = _exact(scale.end)

    def angle(value: Fraction) -> float:
        return -SWEEP / 2 + SWEEP * float(value / end)

    ticks = {"number": 22, "half": 16, "small": 11}
    for value, size in _ticks(scale):
        (x1, y1), (x2, y2) = (
            _dial_point(cx, cy, r - 4, angle(value)),
            _dial_point(cx, cy, r - 4 - ticks[size], angle(value)),
        )
        picture.line(x1, y1, x2, y2, width=3 if size == "number" else 1.5)
    for value in scale.numbers:
        x, y = _dial_point(cx, cy, r - 46, angle(value))
        picture.text(x, y, scale_text(value), SMALL + 2, data_number=exact(value))
    picture.text(cx, cy + 70, scale.unit, LABEL + 4, bold=True)  # g or kg: no letter to mistake for a digit
    tip = _dial_point(cx, cy, r - 10, angle(_exact(scale.reading)))
    picture.line(cx, cy, *tip, width=4, colour=VERMILION, stroke_linecap="round", data_reading=exact(scale.reading))
    picture.circle(cx, cy, 9, fill=INK, width=0)
    return picture


# ---------------------------------------------------------------------------------------------------------
# Thermometer
# ---------------------------------------------------------------------------------------------------------


@draws(Thermometer)
def draw_thermometer(thermometer: Thermometer) -> Picture:
    tube_left, tube_right, scale_top, scale_bottom = 130, 150, 50, 400
    bulb_y, bulb_r = 436, 22
    picture = Picture(280, bulb_y + bulb_r + 12)
    low, high = _exact(thermometer.start), _exact(thermometer.end)

    def y(value: Fraction) -> float:
        return scale_bottom - float((value - low) / (high - low)) * (scale_bottom - scale_top)

    mid = (tube_left + tube_right) / 2
    picture.path(
        f"M{tube_left},{bulb_y - 18} L{tube_left},{scale_top - 20} A10,10 0 0 1 {tube_right},{scale_top - 20} "
        f"L{tube_right},{bulb_y - 18}",
        fill=PAPER,
        width=STROKE,
    )
    picture.circle(mid, bulb_y, bulb_r, fill=VERMILION, width=STROKE)
    level = y(_exact(thermometer.reading))
    picture.rect(mid - 5, level, 10, bulb_y - level, fill=VERMILION, width=0, data_reading=exact(thermometer.reading))
    ticks = {"number": 22, "half": 15, "small": 11}
    for value, size in _ticks(thermometer):
        picture.line(tube_right, y(value), tube_right + ticks[size], y(value), width=2.5 if size == "number" else 1.5)
    for value in thermometer.numbers:
        picture.text(tube_right + 30, y(value), scale_text(value), SMALL + 2, anchor="start", data_number=exact(value))
    picture.text(tube_right + 30, scale_top - 30, "°C", LABEL, anchor="start", bold=True)
    if thermometer.mark:
        _arrow(picture, tube_left - 56, level, tube_left - 6, level)
        picture.text(tube_left - 70, level, thermometer.mark, LABEL, bold=True)
    return picture
