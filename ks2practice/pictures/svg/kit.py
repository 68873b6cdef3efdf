"""The SVG drawing kit: a Picture to draw on, labels with stacked fractions, palette, patterns, registry."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ks2practice.pictures.diagrams import UNKNOWN, Number, fraction_parts, quantity_text, whole_text

FONT = "Andika, 'Atkinson Hyperlegible', Arial, sans-serif"
LABEL = 18  # labels a pupil reads
SMALL = 14  # the smallest text anywhere (scale numbers): still readable printed at A4 width
STROKE = 2  # outlines
THIN = 1.25  # grid and scale lines
INK = "#000000"
PAPER = "#FFFFFF"
GRID = "#B0B0B0"  # light grey gridlines sit behind the data without competing with it

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
ORANGE, SKY, GREEN, YELLOW = "#E69F00", "#56B4E9", "#009E73", "#F0E442"
BLUE, VERMILION, PURPLE = "#0072B2", "#D55E00", "#CC79A7"
SKY_TINT = "#E1F2FB"  # Okabe–Ito sky blue at 18% on white: a see-through plastic look
SERIES = (SKY, ORANGE, GREEN, YELLOW, PURPLE, BLUE, VERMILION)
PATTERNS = ("solid", "hatch", "dots", "cross", "backhatch", "horizontal", "vertical")

UID = "\x00"  # stands for the document's id prefix until the content (and so its hash) is known


def num(value: float | Fraction | int) -> str:
    """A coordinate written with at most 2 decimal places and no trailing zeros: 12.5, 3, -0.25."""
    text = f"{round(float(value), 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def exact(value: Number | str) -> str:
    """An exact value for a data- attribute: '3/4', '0.25', '15', '?'."""
    if isinstance(value, Fraction) and value.denominator == 1:
        return str(value.numerator)
    return str(value)


def escape(text: str) -> str:
    text = "".join(c for c in text if c >= " " or c in "\t\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _attribute(value: object) -> str:
    if isinstance(value, (int, float, Fraction)) and not isinstance(value, bool):
        return num(value)
    return escape(str(value))


def start_tag(tag: str, **attrs: object) -> str:
    """An opening tag; keyword names become attributes (stroke_width → stroke-width, class_ → class)."""
    names = [f'{key.rstrip("_").replace("_", "-")}="{_attribute(v)}"' for key, v in attrs.items() if v is not None]
    return f"<{' '.join([tag, *names])}>"


def element(tag: str, content: str | None = None, **attrs: object) -> str:
    """One SVG element, self-closing when it has no content."""
    opening = start_tag(tag, **attrs)
    return opening[:-1] + "/>" if content is None else f"{opening}{content}</{tag}>"


# ---------------------------------------------------------------------------------------------------------
# Measuring text (no font files at hand, so generous average widths keep labels from touching)
# ---------------------------------------------------------------------------------------------------------

_NARROW = set("il.,:;'|!()[]Ijft")
_WIDE = set("mwMW%@")


def _char_width(char: str) -> float:
    if char in _NARROW or char == " ":
        return 0.32
    if char in _WIDE:
        return 0.88
    if char.isdigit():
        return 0.58
    if char.isupper() or char in "£?−":
        return 0.68
    return 0.56


def text_width(text: str, size: float, bold: bool = False) -> float:
    return size * sum(_char_width(c) for c in text) * (1.08 if bold else 1.0)


def fraction_size(size: float) -> float:
    """Digits in a stacked fraction are a little smaller than the label around them, never below SMALL."""
    return max(SMALL, round(size * 0.85))


def is_stacked(value: object) -> bool:
    return isinstance(value, Fraction) and value.denominator != 1


def label_width(value: Number | str, size: float = LABEL, unit: str = "") -> float:
    """The width a label takes when drawn with Picture.label."""
    if not is_stacked(value):
        return text_width(quantity_text(value, unit), size, bold=value == UNKNOWN)
    sign, whole, numerator, denominator = fraction_parts(value)
    small = fraction_size(size)
    width = max(text_width(str(numerator), small), text_width(str(denominator), small)) + 0.4 * small
    if whole or sign:
        width += text_width(sign + (whole_text(whole) if whole else ""), size) + 3
    if unit:
        width += text_width(" " + unit, size)
    return width


def label_height(value: Number | str, size: float = LABEL) -> float:
    return 2.0 * fraction_size(size) if is_stacked(value) else size


# ---------------------------------------------------------------------------------------------------------
# Room on a picture: where a label can go without touching another label or crossing a line
# ---------------------------------------------------------------------------------------------------------

Box = tuple[float, float, float, float]  # left, top, right, bottom
_ROOMY = 1.06  # boxes a little wider than text_width's estimate: a real font may set a label a bit wider


def text_box(x: float, cy: float, words: str, size: float = LABEL, anchor: str = "middle", bold: bool = False) -> Box:
    """The box text drawn with Picture.text takes: capitals and digits stand 0.72 em on a baseline 0.35 em
    below cy, and letters such as g, p and y hang below it."""
    width = text_width(words, size, bold) * _ROOMY
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    hang = 0.6 if set(words) & set("gjpqy(),;") else 0.42
    return left, cy - 0.45 * size, left + width, cy + hang * size


def label_box(x: float, cy: float, value: Number | str, size: float = LABEL, unit: str = "") -> Box:
    """The box a centred label drawn with Picture.label takes."""
    width, height = label_width(value, size, unit) * _ROOMY, label_height(value, size)
    return x - width / 2, cy - height / 2, x + width / 2, cy + height / 2 + 0.1 * size


def _crosses(box: Box, x1: float, y1: float, x2: float, y2: float) -> bool:
    """Whether the segment passes through the box (Liang–Barsky clipping)."""
    left, top, right, bottom = box
    t0, t1 = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if abs(p) < 1e-12:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def _cut(p: tuple[float, float, float, float], q: tuple[float, float, float, float]) -> bool:
    """Whether two segments cross (touching at an end counts)."""

    def side(ax: float, ay: float, bx: float, by: float, cx: float, cy: float) -> float:
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)

    d1, d2 = side(*q[:2], *q[2:], *p[:2]), side(*q[:2], *q[2:], *p[2:])
    d3, d4 = side(*p[:2], *p[2:], *q[:2]), side(*p[:2], *p[2:], *q[2:])
    if (d1 > 0) != (d2 > 0) and (d3 > 0) != (d4 > 0) and d1 and d2 and d3 and d4:
        return True
    return False


@dataclass
class Room:
    """The labels and lines already placed on a picture, so each new label goes where it touches none of them:
    a drawer offers a label's places in order of preference and keeps the first free one."""

    width: float
    height: float
    gap: float = 2.0  # the least clear space kept between two labels
    boxes: list[Box] = field(default_factory=list)
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)

    def take(self, box: Box) -> Box:
        self.boxes.append(box)
        return box

    def wall(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """A line labels should not sit on (a side of a shape, an axis)."""
        self.lines.append((x1, y1, x2, y2))

    def free(self, box: Box, lines: bool = True) -> bool:
        left, top, right, bottom = box
        if left < 0 or top < 0 or right > self.width or bottom > self.height:
            return False
        g = self.gap
        if any(left < x1 + g and x0 < right + g and top < y1 + g and y0 < bottom + g for x0, y0, x1, y1 in self.boxes):
            return False
        return not (lines and any(_crosses(box, *line) for line in self.lines))

    def clear_path(self, x1: float, y1: float, x2: float, y2: float) -> bool:
        """Whether a line (a leader out to a label) passes through no label and crosses no line."""
        g = self.gap
        if any(_crosses((x0 - g, y0 - g, x3 + g, y3 + g), x1, y1, x2, y2) for x0, y0, x3, y3 in self.boxes):
            return False
        return not any(_cut((x1, y1, x2, y2), line) for line in self.lines)

    def first_free(self, boxes: list[Box], lines: bool = True) -> int | None:
        """The index of the first box that is free (None if none is)."""
        return next((i for i, box in enumerate(boxes) if self.free(box, lines)), None)


# ---------------------------------------------------------------------------------------------------------
# Patterns: shading that still reads in black and white
# ---------------------------------------------------------------------------------------------------------

_PATTERN_LINES = {
    "hatch": ("M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6",),
    "backhatch": ("M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2",),
    "cross": ("M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6", "M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2"),
    "horizontal": ("M0,4 L8,4",),
    "vertical": ("M4,0 L4,8",),
}


def _pattern(pattern_id: str, style: str, colour: str) -> str:
    tile = element("rect", width=8, height=8, fill=colour)
    if style == "dots":
        tile += element("circle", cx=4, cy=4, r=1.6, fill=INK, fill_opacity=0.55)
    for d in _PATTERN_LINES.get(style, ()):
        tile += element("path", d=d, stroke=INK, stroke_width=1.2, stroke_opacity=0.55, fill="none")
    return element("pattern", tile, id=pattern_id, width=8, height=8, patternUnits="userSpaceOnUse")


# ---------------------------------------------------------------------------------------------------------
# The picture being drawn
# ---------------------------------------------------------------------------------------------------------


@dataclass
class Picture:
    """What a drawer returns: a natural size and the elements, in drawing order (later ones on top)."""

    width: float
    height: float
    items: list[str] = field(default_factory=list)
    patterns: dict[str, str] = field(default_factory=dict)

    def add(self, tag: str, content: str | None = None, **attrs: object) -> None:
        self.items.append(element(tag, content, **attrs))

    @contextmanager
    def group(self, **attrs: object) -> Iterator[None]:
        self.items.append(start_tag("g", **attrs))
        yield
        self.items.append("</g>")

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        width: float = STROKE,
        colour: str = INK,
        **attrs: object,
    ) -> None:
        self.add("line", x1=x1, y1=y1, x2=x2, y2=y2, stroke=colour, stroke_width=width, **attrs)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str = PAPER,
        width: float = STROKE,
        **attrs: object,
    ) -> None:
        self.add(
            "rect",
            x=x,
            y=y,
            width=w,
            height=h,
            fill=fill,
            stroke=INK if width else None,
            stroke_width=width or None,
            **attrs,
        )

    def circle(self, cx: float, cy: float, r: float, fill: str = PAPER, width: float = STROKE, **attrs: object) -> None:
        self.add(
            "circle",
            cx=cx,
            cy=cy,
            r=r,
            fill=fill,
            stroke=INK if width else None,
            stroke_width=width or None,
            **attrs,
        )

    def path(self, d: str, fill: str = "none", width: float = STROKE, colour: str = INK, **attrs: object) -> None:
        self.add("path", d=d, fill=fill, stroke=colour if width else None, stroke_width=width or None, **attrs)

    def polygon(
        self, points: list[tuple[float, float]], fill: str = PAPER, width: float = STROKE, **attrs: object
    ) -> None:
        self.add(
            "polygon",
            points=" ".join(f"{num(x)},{num(y)}" for x, y in points),
            fill=fill,
            stroke=INK if width else None,
            stroke_width=width or None,
            **attrs,
        )

    def text(
        self,
        x: float,
        cy: float,
        words: str,
        size: float = LABEL,
        anchor: str = "middle",
        bold: bool = False,
        halo: bool | str = False,
        **attrs: object,
    ) -> None:
        """Text centred vertically on cy (the baseline sits 0.35 em below the centre of capitals and digits).

        A halo is an outline in the background colour (white unless given), drawn first, so a line passing
        behind the text never cuts through it.
        """
        place = {
            "x": x,
            "y": cy + 0.35 * size,
            "font_size": size,
            "text_anchor": None if anchor == "start" else anchor,
            "font_weight": "bold" if bold else None,
        }
        if halo:
            ground = PAPER if halo is True else halo
            self.add(
                "text",
                escape(words),
                **place,
                fill=ground,
                stroke=ground,
                stroke_width=5,
                stroke_linejoin="round",
                aria_hidden="true",
            )
        self.add("text", escape(words), **place, **attrs)

    def label(
        self,
        x: float,
        cy: float,
        value: Number | str,
        size: float = LABEL,
        anchor: str = "middle",
        unit: str = "",
        **attrs: object,
    ) -> None:
        """A value as a pupil reads it: '?' in bold, fractions stacked (as a mixed number when over 1)."""
        if value == "":
            return  # a blank label (an unlabelled part) draws nothing
        if not is_stacked(value):
            self.text(x, cy, quantity_text(value, unit), size, anchor, bold=value == UNKNOWN, **attrs)
            return
        width = label_width(value, size, unit)
        left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        sign, whole, numerator, denominator = fraction_parts(value)
        with self.group(**attrs):
            if whole or sign:
                lead = sign + (whole_text(whole) if whole else "")
                self.text(left, cy, lead, size, "start")
                left += text_width(lead, size) + 3
            small = fraction_size(size)
            bar = max(text_width(str(numerator), small), text_width(str(denominator), small)) + 0.4 * small
            middle = left + bar / 2
            self.text(middle, cy - 0.62 * small, str(numerator), small)
            self.line(left, cy, left + bar, cy, width=1.5)
            self.text(middle, cy + 0.62 * small, str(denominator), small)
            if unit:
                self.text(left + bar, cy, " " + unit, size, "start")

    def backed_label(
        self, x: float, cy: float, value: Number | str, size: float = LABEL, unit: str = "", pad: float = 3
    ) -> None:
        """A centred label on a white patch, so lines passing behind it never cut through the digits."""
        w, h = label_width(value, size, unit), label_height(value, size)
        self.rect(x - w / 2 - pad, cy - h / 2 - pad, w + 2 * pad, h + 2 * pad, width=0)
        self.label(x, cy, value, size, unit=unit)

    def fill(self, style: str, colour: str) -> str:
        """A fill: plain colour for 'solid', otherwise the colour with a black pattern over it."""
        if style == "solid":
            return colour
        key = f"{style}-{colour.lstrip('#').lower()}"
        if key not in self.patterns:
            self.patterns[key] = _pattern(f"{UID}-{key}", style, colour)
        return f"url(#{UID}-{key})"

    def brace(self, x1: float, x2: float, y: float, up: bool = True, depth: float = 12) -> None:
        """A horizontal curly brace from x1 to x2 whose point is `depth` above (or below) y."""
        s = -1 if up else 1
        a, mid = s * depth / 2, (x1 + x2) / 2
        r = min(10.0, (x2 - x1) / 4)
        d = (
            f"M{num(x1)},{num(y)} Q{num(x1)},{num(y + a)} {num(x1 + r)},{num(y + a)} "
            f"L{num(mid - r)},{num(y + a)} Q{num(mid)},{num(y + a)} {num(mid)},{num(y + 2 * a)} "
            f"Q{num(mid)},{num(y + a)} {num(mid + r)},{num(y + a)} L{num(x2 - r)},{num(y + a)} "
            f"Q{num(x2)},{num(y + a)} {num(x2)},{num(y)}"
        )
        self.path(d, width=STROKE, stroke_linejoin="round", stroke_linecap="round")

    def arrowhead(self, x: float, y: float, angle: float, size: float = 10, colour: str = INK) -> None:
        """A filled arrowhead with its tip at (x, y), pointing along `angle` (radians, screen coordinates)."""
        back, spread = angle + math.pi, 0.45
        points = [(x, y)] + [(x + size * math.cos(back + t), y + size * math.sin(back + t)) for t in (spread, -spread)]
        self.polygon(points, fill=colour, width=0)


# ---------------------------------------------------------------------------------------------------------
# Registry: one drawing function per record class
# ---------------------------------------------------------------------------------------------------------

Drawer = Callable[[Any], Picture]
DRAWERS: dict[type, Drawer] = {}


def draws(*classes: type) -> Callable[[Drawer], Drawer]:
    """Register a drawing function for record classes: adding a kind means writing one decorated function."""

    def register(function: Drawer) -> Drawer:
        for cls in classes:
            DRAWERS[cls] = function
        return function

    return register
