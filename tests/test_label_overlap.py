"""No two labels in a picture overlap: every gallery example and the pictures of every topic, at many seeds."""

import math
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from functools import cache

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures import diagrams as d
from ks2practice.pictures import gallery
from ks2practice.pictures.svg import to_svg

SVG = "{http://www.w3.org/2000/svg}"
SEEDS = 50
LINE_SEEDS = 200  # number lines crowd most easily: more seeds for the topics that draw them

# A conservative em width per character (at least the drawing kit's own estimate, wider for letters and signs).
_NARROW = set("il.,:;'|!()[]Ijft ")
_WIDE = set("mwMW%@")


def _em(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _WIDE:
        return 0.92
    if char.isdigit():
        return 0.58  # Andika's and Arial's digits are 0.55 em
    if char.isupper() or char in "£?−+":
        return 0.7
    return 0.58


Matrix = tuple[float, float, float, float, float, float]  # SVG's (a, b, c, d, e, f): x' = ax + cy + e
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f)


def _transform(text: str) -> Matrix:
    """The matrix of an SVG transform list: translate, rotate (about a point), scale and matrix."""
    m = IDENTITY
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", text or ""):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            step = (1.0, 0.0, 0.0, 1.0, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            step = (v[0], 0.0, 0.0, v[1] if len(v) > 1 else v[0], 0.0, 0.0)
        elif name == "rotate":
            a = math.radians(v[0])
            cx, cy = (v[1], v[2]) if len(v) == 3 else (0.0, 0.0)
            turn = (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0.0, 0.0)
            step = _times(_times((1.0, 0.0, 0.0, 1.0, cx, cy), turn), (1.0, 0.0, 0.0, 1.0, -cx, -cy))
        elif name == "matrix":
            step = tuple(v)  # type: ignore[assignment]
        else:
            raise AssertionError(f"a label transform this test cannot read: {text!r}")
        m = _times(m, step)
    return m


def boxes(svg: str) -> list[tuple[str, list[tuple[float, float]]]]:
    """Every visible label's estimated box (text, corners), from x, y, size, anchor, length and rotation."""
    root = ET.fromstring(svg)
    found = []

    def walk(node: ET.Element, size: float, anchor: str, matrix: Matrix) -> None:
        size = float(node.get("font-size", size))
        anchor = node.get("text-anchor", anchor)
        matrix = _times(matrix, _transform(node.get("transform", "")))
        if node.tag == f"{SVG}text" and node.get("aria-hidden") != "true":
            words = "".join(node.itertext())
            if words.strip():
                found.append(_box(node, words, size, anchor, matrix))
            return
        for child in node:
            walk(child, size, anchor, matrix)

    walk(root, 18.0, "start", IDENTITY)
    return found


def _box(node: ET.Element, words: str, size: float, anchor: str, matrix: Matrix):
    """The label's corners (a rectangle, moved, turned or scaled with its text)."""
    x, y = float(node.get("x", 0)), float(node.get("y", 0))
    bold = node.get("font-weight") == "bold"
    width = size * sum(_em(c) for c in words) * (1.1 if bold else 1.0)
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    # digits and capitals stand 0.72 em on the baseline; only letters such as g, p, y hang below it
    top, bottom = y - 0.75 * size, y + (0.22 if set(words) & set("gjpqy(),;") else 0.02) * size
    a, b, c, d, e, f = matrix
    corners = [(left, top), (left + width, top), (left + width, bottom), (left, bottom)]
    return words, [(a * px + c * py + e, b * px + d * py + f) for px, py in corners]


def _apart(p: list, q: list) -> bool:
    """Separating axis test for two rectangles: some edge direction of one has a gap between their shadows."""
    for shape in (p, q):
        for (x1, y1), (x2, y2) in zip(shape, shape[1:] + shape[:1], strict=True):
            nx, ny = y1 - y2, x2 - x1
            length = math.hypot(nx, ny) or 1.0
            a = [(px * nx + py * ny) / length for px, py in p]
            b = [(px * nx + py * ny) / length for px, py in q]
            if max(a) <= min(b) + 0.5 or max(b) <= min(a) + 0.5:
                return True
    return False


def overlaps(svg: str) -> list[str]:
    """Pairs of labels whose boxes intersect (touching or grazing by half a pixel does not count)."""
    found = boxes(svg)
    clashes = []
    for i, (a, p) in enumerate(found):
        for b, q in found[i + 1 :]:
            if not _apart(p, q):
                clashes.append(
                    f"{a!r} at ({p[0][0]:.0f}, {p[0][1]:.0f}) overlaps {b!r} at ({q[0][0]:.0f}, {q[0][1]:.0f})"
                )
    return clashes


# ---------------------------------------------------------------------- the test's own measure can fail


def test_overlapping_labels_are_found():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><text x="100" y="50" font-size="18" text-anchor="middle">5.73'
        '</text><text x="120" y="50" font-size="18" text-anchor="middle">5.76</text></svg>'
    )
    assert overlaps(svg)


def test_labels_side_by_side_or_stacked_do_not_clash():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" font-size="18"><text x="100" y="50" text-anchor="middle">5.73'
        '</text><text x="160" y="50" text-anchor="middle">5.76</text><text x="100" y="75">7</text></svg>'
    )
    assert not overlaps(svg)


def test_the_5_73_and_5_76_line_of_issue_16_is_zoomed_until_its_labels_part():
    """Two hundredths marked on a whole-number line (5 to 6) printed as '5.7376'; the line now zooms in."""
    from ks2practice.pictures.diagrams import Marker, NumberLine

    a, b = Decimal("5.73"), Decimal("5.76")
    with pytest.raises(d.DiagramError, match="zoom in"):
        NumberLine(5, 6, Decimal("0.1"), points=(Marker(a, "5.73"), Marker(b, "5.76")))
    line = NumberLine.around((a, b), points=(Marker(a, "5.73"), Marker(b, "5.76")))
    assert (line.start, line.end, line.step) == (Decimal("5.7"), Decimal("5.8"), Decimal("0.01"))
    assert not overlaps(to_svg(line))


# ---------------------------------------------------------------------- the drawings find free places for labels


def test_room_keeps_the_first_free_place():
    from ks2practice.pictures.svg.kit import Room, text_box

    room = Room(200, 100)
    room.take(text_box(50, 50, "12", 18))
    room.wall(100, 0, 100, 100)
    places = [text_box(52, 50, "7", 18), text_box(100, 50, "7", 18), text_box(300, 50, "7", 18)]
    places.append(text_box(150, 50, "7", 18))
    assert room.first_free(places) == 3  # on a label, across a line, off the picture, then free
    assert room.first_free(places[:2], lines=False) == 1


def test_a_notch_in_an_l_shape_holds_both_its_labels():
    shape = d.Shape2D(
        ((0, 0), (13, 0), (13, 12), (7, 12), (7, 15), (0, 15)), side_labels=(13, None, 6, 3, None, 15), unit="m"
    )
    assert not overlaps(to_svg(shape))
    square_notch = d.Shape2D(
        ((0, 0), (10, 0), (10, 16), (6, 16), (6, 20), (0, 20)), side_labels=(10, None, 4, 4, None, 20)
    )
    assert not overlaps(to_svg(square_notch))


def test_the_angles_at_the_base_of_a_tall_thin_triangle_part():
    from fractions import Fraction as F

    tall = d.Shape2D(
        ((0, 0), (6, 0), (F(307320, 93763), F(1444995, 93763))),
        angle_labels=(78, 80, "?"),
        vertex_names=("A", "B", "C"),
    )
    assert not overlaps(to_svg(tall))


def test_a_point_on_an_axis_keeps_its_label_off_the_axis_numbers():
    for points in (((3, 2, "A"), (1, 2, "B"), (1, 0, "C")), ((6, 0, "C"), (0, 4, "B"), (0, 2, "A"))):
        grid = d.CoordinateGrid(points=points, polygon=True)
        assert not overlaps(to_svg(grid)), points


# ---------------------------------------------------------------------- gallery and topics


@pytest.mark.parametrize("name", sorted(gallery.EXAMPLES))
def test_gallery_labels_do_not_overlap(name):
    assert not overlaps(to_svg(gallery.EXAMPLES[name]))


@cache
def _topics() -> list[tuple[str, tuple[int, ...]]]:
    return [(t.id, tuple(int(lv) for lv in t.levels)) for t in registry.topics()]


def _draws_lines(topic: str, levels: tuple[int, ...]) -> bool:
    return any(
        isinstance(registry.generate(Spec(topic, lv, s)).diagram, d.NumberLine) for lv in levels for s in range(10)
    )


# Topics whose pictures still have overlapping labels, marked expected failures until they pass (none now: shape
# sides, angles, and points on a coordinate grid each take the first free place among their candidates).
_ELSEWHERE: frozenset[str] = frozenset()


@pytest.mark.slow
@pytest.mark.parametrize(
    "topic",
    [
        pytest.param(t, marks=pytest.mark.xfail(reason="labels overlap in a shape/position drawing (issue 16)"))
        if t in _ELSEWHERE
        else t
        for t, _ in _topics()
    ],
)
def test_topic_picture_labels_do_not_overlap(topic):
    levels = dict(_topics())[topic]
    seeds = LINE_SEEDS if _draws_lines(topic, levels) else SEEDS
    bad = []
    for level in levels:
        for seed in range(seeds):
            question = registry.generate(Spec(topic, level, seed))
            pictures = [question.diagram]
            drawing = getattr(question, "drawing", None)
            if drawing is not None:
                pictures += [drawing.space, drawing.completed]
            for picture in pictures:
                if isinstance(picture, d.Diagram):
                    bad += [f"L{level} seed {seed}: {c}" for c in overlaps(to_svg(picture))[:1]]
    assert not bad, f"{len(bad)} pictures with overlapping labels, e.g. " + "; ".join(bad[:4])
