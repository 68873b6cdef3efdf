"""The SVG renderer: golden pictures, well-formed accessible documents, pictures that match their numbers."""

import base64
import dataclasses
import io
import itertools
import math
import os
import re
import xml.etree.ElementTree as ET
from decimal import Decimal as D
from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ks2practice.pictures import diagrams as d
from ks2practice.pictures import gallery
from ks2practice.pictures.svg import to_data_uri, to_svg
from ks2practice.pictures.svg.kit import DRAWERS, text_width

GOLDEN = Path(__file__).parent / "golden" / "svg"
NS = {"svg": "http://www.w3.org/2000/svg"}

EXAMPLES = gallery.EXAMPLES


def check_golden(name: str, svg: str) -> None:
    """Compare with tests/golden/svg/<name>.svg byte for byte; UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / f"{name}.svg"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(svg.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(
            f"no golden file {path.name}: run `UPDATE_GOLDEN=1 pytest tests/test_render_svg.py`, look at "
            f"the picture, and commit it"
        )
    assert svg == path.read_bytes().decode("utf-8"), (
        f"{name} no longer matches {path.name}; if the change is meant, rerun with UPDATE_GOLDEN=1, review "
        f"the new picture"
    )


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_picture_matches_its_golden_file(name):
    check_golden(name, to_svg(EXAMPLES[name]))


def test_every_record_class_is_drawn_and_every_kind_has_an_example():
    classes = {cls for group in d.Diagram._classes.values() for cls in group}
    assert classes <= set(DRAWERS), f"no drawing for {classes - set(DRAWERS)}"
    assert {type(e) for e in EXAMPLES.values()} == classes


def test_every_golden_file_belongs_to_an_example():
    assert {p.stem for p in GOLDEN.glob("*.svg")} <= set(EXAMPLES)


# ----------------------------------------------------------------------------------------------------
# Well-formed, accessible, deterministic
# ----------------------------------------------------------------------------------------------------


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def elements(root: ET.Element, tag: str, **data: str) -> list[ET.Element]:
    """Every element with that tag whose data- attributes have the given values ('*' means present)."""
    found = []
    for element in root.iter(f"{{{NS['svg']}}}{tag}"):
        wanted = {f"data-{k.replace('_', '-')}": v for k, v in data.items()}
        if all(element.get(k) is not None and (v == "*" or element.get(k) == v) for k, v in wanted.items()):
            found.append(element)
    return found


def number(element: ET.Element, name: str) -> float:
    return float(element.get(name))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_svg_is_a_well_formed_accessible_document(name):
    record = EXAMPLES[name]
    svg = to_svg(record)
    root = parse(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
    assert float(root.get("width")) > 0 and float(root.get("height")) > 0
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title.text == record.title
    assert desc.text == record.describe()
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert root.get("data-kind") == record.kind


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_text_is_real_text_and_large_enough_to_read_printed(name):
    root = parse(to_svg(EXAMPLES[name]))
    for text in elements(root, "text"):
        assert float(text.get("font-size")) >= 14, f"{text.text!r} is too small"
    group = root.find("svg:g", NS)
    assert group.get("font-family") == "Andika, 'Atkinson Hyperlegible', Arial, sans-serif"


def assert_text_inside(svg: str) -> None:
    """Every label (by its estimated extent) lies inside the picture: nothing is clipped at an edge."""
    root = parse(svg)
    _, _, width, height = map(float, root.get("viewBox").split())
    for text in elements(root, "text"):
        if text.get("transform") or text.get("aria-hidden"):
            continue
        size, x, y = float(text.get("font-size")), float(text.get("x")), float(text.get("y"))
        extent = text_width(text.text, size, text.get("font-weight") == "bold")
        left = {"middle": x - extent / 2, "end": x - extent}.get(text.get("text-anchor"), x)
        assert left >= -1 and left + extent <= width + 1, f"{text.text!r} runs off the side"
        assert y - 0.8 * size >= -1 and y + 0.25 * size <= height + 1, f"{text.text!r} runs off the top or bottom"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_labels_stay_inside_the_picture(name):
    assert_text_inside(to_svg(EXAMPLES[name]))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_coordinates_have_at_most_two_decimal_places(name):
    svg = to_svg(EXAMPLES[name])
    assert not re.search(r"\d\.\d{3,}", svg.split("<desc", 1)[0] + svg.split("</desc>", 1)[1])


def test_the_same_record_always_gives_the_same_bytes():
    for record in EXAMPLES.values():
        again = type(record)(**{f.name: getattr(record, f.name) for f in dataclasses.fields(record)})
        assert to_svg(record) == to_svg(record) == to_svg(again)


def test_ids_come_from_the_content():
    first, second = to_svg(d.TensFrame(7)), to_svg(d.TensFrame(8))
    id_first = parse(first).find("svg:title", NS).get("id")
    assert id_first == parse(to_svg(d.TensFrame(7))).find("svg:title", NS).get("id")
    assert id_first != parse(second).find("svg:title", NS).get("id")
    assert re.fullmatch(r"ks2-tens-frame-[0-9a-f]{10}-title", id_first)


def test_patterns_are_defined_once_and_referenced_by_content_ids():
    svg = to_svg(EXAMPLES["pie_chart"])
    ids = re.findall(r'<pattern id="([^"]+)"', svg)
    assert len(ids) == len(set(ids)) >= 3
    for pattern_id in ids:
        assert f"url(#{pattern_id})" in svg


def test_width_scales_the_picture_but_not_its_drawing():
    natural, small = parse(to_svg(d.Array(3, 4))), parse(to_svg(d.Array(3, 4), width=100))
    assert small.get("viewBox") == natural.get("viewBox")
    assert small.get("width") == "100"
    ratio = float(natural.get("height")) / float(natural.get("width"))
    assert float(small.get("height")) == pytest.approx(100 * ratio, abs=0.01)


def test_bad_requests_are_refused():
    with pytest.raises(TypeError, match="no SVG drawing for str"):
        to_svg("a bar model")
    with pytest.raises(ValueError, match="width must be a positive number"):
        to_svg(d.Array(2, 2), width=0)


def test_data_uri_carries_the_svg():
    svg = to_svg(d.Array(2, 2))
    uri = to_data_uri(svg)
    assert uri.startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(uri.split(",", 1)[1]).decode("utf-8") == svg


STEPS = st.sampled_from([1, 2, 5, 10, 100, F(1, 2), F(1, 3), F(1, 4), F(1, 10), D("0.1"), D("0.25"), D("0.01")])


@st.composite
def number_lines(draw):
    step = draw(STEPS)
    start = draw(st.integers(-20, 20)) * step
    n = draw(st.integers(1, 40))
    line = {"start": start, "end": start + n * step, "step": step}
    marks = [start + k * step for k in range(n + 1)]
    if draw(st.booleans()):
        line["points"] = ((draw(st.sampled_from(marks)), draw(st.sampled_from(["?", "A", ""]))),)
    elif n >= 2 and draw(st.booleans()):
        a, b = draw(st.lists(st.sampled_from(marks), min_size=2, max_size=2, unique=True))
        line["jumps"] = ((a, b, draw(st.sampled_from(["?", "+3", F(1, 2)]))),)
    return d.NumberLine(**line)


@st.composite
def bar_models(draw):
    parts = draw(st.lists(st.integers(1, 1000), min_size=2, max_size=6))
    shown = list(parts)
    shown[draw(st.integers(0, len(parts) - 1))] = "?"
    return d.BarModel(sum(parts), tuple(shown), unit=draw(st.sampled_from(["", "£", "cm"])))


@st.composite
def charts(draw):
    values = draw(st.lists(st.integers(0, 100), min_size=1, max_size=8).filter(any))
    names = tuple(
        draw(st.sampled_from(["Red", "Blue", "Year 3", "Sunday", "Oak"])) + str(i) for i in range(len(values))
    )
    step = draw(st.sampled_from([5, 10, 20]))
    if draw(st.booleans()):
        return d.PieChart(names, tuple(values), show=draw(st.sampled_from(["name", "value", "fraction", "degrees"])))
    return d.BarChart(names, tuple(values), step=step, y_label="Votes", heading="Our class")


@st.composite
def shapes(draw):
    w, h = draw(st.integers(1, 20)), draw(st.integers(1, 20))
    if draw(st.booleans()):
        return d.Shape2D(
            ((0, 0), (w, 0), (w, h), (0, h)),
            side_labels=(w, h, None, None),
            unit="cm",
            right_angles=(0, 1, 2, 3),
        )
    apex = draw(st.integers(-5, 25))
    return d.Shape2D(
        ((0, 0), (w, 0), (apex, h)),
        angle_labels=(draw(st.sampled_from([40, "?", "a"])), None, 70),
        vertex_names=("A", "B", "C"),
    )


@st.composite
def grids(draw):
    low = draw(st.sampled_from([0, -5, -10]))
    high = draw(st.sampled_from([5, 10, 12]))
    points = draw(
        st.lists(st.tuples(st.integers(low, high), st.integers(low, high)), min_size=0, max_size=5, unique=True)
    )
    return d.CoordinateGrid(
        (low, high),
        (low, high),
        tuple((x, y, "ABCDE"[i]) for i, (x, y) in enumerate(points)),
        polygon=len(points) >= 3 and draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        number_lines(),
        bar_models(),
        charts(),
        shapes(),
        grids(),
        st.integers(0, 9_999_999).map(d.PlaceValueChart.of),
        st.integers(1, 9999).map(d.BaseTen.of),
    )
)
def test_any_valid_record_draws_a_clean_picture(record):
    svg = to_svg(record)
    root = parse(svg)
    assert root.find("svg:desc", NS).text == record.describe()
    assert all(float(t.get("font-size")) >= 14 for t in elements(root, "text"))
    assert_text_inside(svg)


# ----------------------------------------------------------------------------------------------------
# The picture matches the numbers
# ----------------------------------------------------------------------------------------------------


def test_bar_model_parts_are_proportional_and_fill_the_whole():
    model = d.BarModel(360, (120, 95, "?"))
    root = parse(to_svg(model))
    parts = sorted(elements(root, "rect", part="*"), key=lambda e: int(e.get("data-part")))
    whole = elements(root, "rect", whole="360")[0]
    widths = [number(p, "width") for p in parts]
    assert sum(widths) == pytest.approx(number(whole, "width"), abs=0.05)
    for width, size in zip(widths, (120, 95, 145), strict=True):
        assert width / number(whole, "width") == pytest.approx(size / 360, abs=0.001)
    assert [p.get("data-label") for p in parts] == ["120", "95", "?"]


def test_comparison_bars_are_to_scale_and_the_bracket_spans_the_difference():
    root = parse(to_svg(d.ComparisonBarModel(("Tom", "Sam"), (45, "?"), sizes=(45, 33), difference=12)))
    tom, sam = sorted(elements(root, "rect", bar="*"), key=lambda e: int(e.get("data-bar")))
    assert number(sam, "width") / number(tom, "width") == pytest.approx(33 / 45, abs=0.001)
    gap = elements(root, "rect", difference="12")[0]
    assert number(gap, "x") == pytest.approx(number(sam, "x") + number(sam, "width"), abs=0.02)
    assert number(gap, "width") / number(tom, "width") == pytest.approx(12 / 45, abs=0.001)


def _angle_from_twelve(x1, y1, x2, y2):
    """Degrees clockwise from 12 o'clock of the direction (x1, y1) → (x2, y2), screen y pointing down."""
    return math.degrees(math.atan2(x2 - x1, -(y2 - y1))) % 360


def _hand(root, name):
    line = elements(root, "line", hand=name)[0]
    return _angle_from_twelve(*(number(line, a) for a in ("x1", "y1", "x2", "y2")))


def test_clock_at_quarter_to_four_points_the_minute_hand_left_and_the_hour_hand_between_3_and_4():
    root = parse(to_svg(d.AnalogueClock(3, 45)))
    assert _hand(root, "minute") == pytest.approx(270, abs=0.2)
    assert 90 < _hand(root, "hour") < 120
    assert _hand(root, "hour") == pytest.approx(112.5, abs=0.2)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_hands_point_at_exact_angles(hours, minutes):
    root = parse(to_svg(d.AnalogueClock(hours, minutes)))
    assert _close_angle(_hand(root, "minute"), 6 * minutes)
    assert _close_angle(_hand(root, "hour"), 30 * (hours % 12) + minutes / 2)


def _close_angle(a, b, tolerance=0.3):
    return abs((a - b + 180) % 360 - 180) <= tolerance


def test_protractor_arm_is_drawn_at_the_angle():
    for record in (d.Protractor(50), d.Protractor(125, side="left")):
        root = parse(to_svg(record))
        base, arm = elements(root, "line", ray="base")[0], elements(root, "line", ray="arm")[0]

        def direction(line):
            return math.degrees(
                math.atan2(-(number(line, "y2") - number(line, "y1")), number(line, "x2") - number(line, "x1"))
            )

        between = abs((direction(arm) - direction(base) + 180) % 360 - 180)
        assert between == pytest.approx(record.degrees, abs=0.2)


def test_bar_chart_heights_are_proportional_to_values():
    chart = d.BarChart(("Red", "Blue", "Green", "Yellow"), (12, 7, 9, 4), step=2)
    bars = elements(parse(to_svg(chart)), "rect", value="*")
    heights = [number(b, "height") for b in bars]
    assert [b.get("data-value") for b in bars] == ["12", "7", "9", "4"]
    for height, value in zip(heights, (12, 7, 9, 4), strict=True):
        assert height / heights[0] == pytest.approx(value / 12, abs=0.002)
    assert len({number(b, "width") for b in bars}) == 1


def test_line_graph_points_sit_at_their_values():
    graph = d.LineGraph(("a", "b", "c"), (-2, 0, 4), step=1, y_min=-2)
    root = parse(to_svg(graph))
    ys = [number(c, "cy") for c in elements(root, "circle", value="*")]
    zero = number(elements(root, "line", gridline="0")[0], "y1")
    assert ys[1] == pytest.approx(zero, abs=0.01)
    assert (ys[0] - zero) / (zero - ys[2]) == pytest.approx(2 / 4, abs=0.001)


def _sector_angles(root):
    """Each sector's angle measured from its path: from the first arc point round to the second."""
    angles = []
    for sector in elements(root, "path", sector="*"):
        cx, cy, x1, y1, x2, y2 = map(
            float, re.findall(r"-?[\d.]+", re.sub(r"A[\d.]+,[\d.]+ 0 \d 1", "", sector.get("d")))
        )
        start, end = _angle_from_twelve(cx, cy, x1, y1), _angle_from_twelve(cx, cy, x2, y2)
        angles.append((end - start) % 360)
    return angles


def test_pie_chart_sectors_are_drawn_at_their_angles_and_make_360():
    chart = d.PieChart(("Cats", "Dogs", "Fish", "Rabbits", "Birds", "None"), (9, 12, 3, 2, 1, 9))
    angles = _sector_angles(parse(to_svg(chart)))
    assert sum(angles) == pytest.approx(360, abs=0.1)
    for drawn, exact in zip(angles, chart.angles, strict=True):
        assert drawn == pytest.approx(float(exact), abs=0.1)


def test_number_line_marks_are_evenly_spaced():
    for line in (
        d.NumberLine(0, 20, 1),
        d.NumberLine(0, 2, F(1, 4)),
        d.NumberLine(-10, 10, 1),
        d.NumberLine(D("0"), D("1"), D("0.1")),
    ):
        marks = elements(parse(to_svg(line)), "line", mark="*")
        assert len(marks) == line.intervals + 1
        xs = [number(m, "x1") for m in marks]
        gaps = [b - a for a, b in itertools.pairwise(xs)]
        assert max(gaps) - min(gaps) <= 0.02


def test_number_line_points_sit_on_their_values():
    line = d.NumberLine(0, 2, F(1, 4), points=((F(3, 4), "?"),))
    root = parse(to_svg(line))
    marks = {m.get("data-mark"): number(m, "x1") for m in elements(root, "line", mark="*")}
    point = elements(root, "circle", point="3/4")[0]
    assert number(point, "cx") == pytest.approx(marks["3/4"], abs=0.01)


def test_double_number_line_pairs_are_placed_by_value():
    lines = d.DoubleNumberLine((0, 2, 5, 8), (0, 300, "?", 1200))
    root = parse(to_svg(lines))
    xs = [number(t, "x1") for t in elements(root, "line", line="top", pair="*")]
    for x, value in zip(xs, (0, 2, 5, 8), strict=True):
        assert (x - xs[0]) / (xs[-1] - xs[0]) == pytest.approx(value / 8, abs=0.001)


@pytest.mark.parametrize("frames", [d.TensFrame(7), d.TensFrame(8, 5), d.TensFrame(0), d.TensFrame(30)])
def test_tens_frame_shows_one_counter_per_unit(frames):
    root = parse(to_svg(frames))
    assert len(elements(root, "circle", counter="first")) == frames.counters
    assert len(elements(root, "circle", counter="more")) == frames.more
    assert len(elements(root, "rect")) >= 11 * frames.frames


@pytest.mark.parametrize(
    "chart",
    [
        d.PlaceValueChart.of(3402),
        d.PlaceValueChart.of(D("2.35")),
        d.PlaceValueChart(("H", "T", "O"), (1, 14, 12)),
    ],
)
def test_place_value_chart_counters_match_the_number(chart):
    root = parse(to_svg(chart))
    for column, count in zip(chart.columns, chart.counters, strict=True):
        assert len(elements(root, "circle", counter=column)) == count
    total = sum(F(d.PLACE_VALUES[c.get("data-counter")]) for c in elements(root, "circle", counter="*"))
    assert total == F(chart.value)


def test_array_has_rows_times_columns_dots():
    root = parse(to_svg(d.Array(4, 6, grouped=True)))
    assert len(elements(root, "circle", dot="*")) == 24
    assert len(elements(root, "rect", group="*")) == 4


@pytest.mark.parametrize("blocks", [d.BaseTen.of(2345), d.BaseTen(0, 1, 14, 3), d.BaseTen.of(9999)])
def test_base_ten_blocks_add_up_to_the_number(blocks):
    root = parse(to_svg(blocks))
    assert sum(int(b.get("data-block")) for b in elements(root, "rect", block="*")) == blocks.value


def test_fraction_bar_and_wall_shade_the_right_parts():
    root = parse(to_svg(d.FractionBar(4, 7)))
    parts = elements(root, "rect", shaded="*")
    assert len(parts) == 8
    assert [p.get("data-shaded") for p in parts].count("true") == 7
    wall = parse(to_svg(d.FractionWall((1, 2, 4), shade=((1, 2), (2, 4)))))
    for n, shaded in ((1, 0), (2, 1), (4, 2)):
        cells = elements(wall, "rect", denominator=str(n))
        assert len(cells) == n
        assert [c.get("data-shaded") for c in cells].count("true") == shaded
        assert len({round(number(c, "width"), 1) for c in cells}) == 1


def test_pictogram_symbols_times_the_key_make_each_count():
    chart = d.Pictogram(("Mon", "Tue", "Wed"), (8, 6, 2), key=4)
    root = parse(to_svg(chart))
    symbols = [F(s.get("data-symbol")) for s in elements(root, "circle", symbol="*")]
    symbols += [F(s.get("data-symbol")) for s in elements(root, "path", symbol="*")]
    assert (sum(symbols) - 1) * chart.key == sum(chart.counts)  # one whole symbol is in the key


def test_coins_add_up_to_the_total():
    money = d.Coins((2000, 1000, 500, 200, 50, 20, 5, 1))
    root = parse(to_svg(money))
    pieces = [
        int(e.get("data-pence"))
        for tag in ("circle", "rect", "path", "polygon")
        for e in elements(root, tag, pence="*")
    ]
    assert sorted(pieces) == sorted(money.pieces)


def test_coordinate_grid_points_sit_on_a_uniform_grid():
    grid = d.CoordinateGrid((-6, 6), (-6, 6), points=((-4, 2, "P"), (3, -5, "Q"), (5, 4, "R")))
    root = parse(to_svg(grid))
    centres = []
    for cross in elements(root, "path", point="*"):
        x1, y1, x2, y2 = map(float, re.findall(r"-?[\d.]+", cross.get("d"))[:4])
        centres.append(((x1 + x2) / 2, (y1 + y2) / 2))
    (px, py), (qx, qy), (rx, ry) = centres
    cell = (rx - qx) / 2
    assert (qx - px) == pytest.approx(7 * cell, abs=0.02)
    assert (qy - py) == pytest.approx(7 * cell, abs=0.02)  # screen y grows downwards: 2 → −5 is 7 cells down
    assert (qy - ry) == pytest.approx(9 * cell, abs=0.02)


def test_shape_is_drawn_similar_to_its_vertices():
    shape = d.Shape2D(((0, 0), (8, 0), (8, 3), (3, 3), (3, 6), (0, 6)), right_angles=(0, 1, 2, 4, 5))
    polygon = elements(parse(to_svg(shape)), "polygon", vertices="*")[0]
    points = [tuple(map(float, p.split(","))) for p in polygon.get("points").split()]
    scale = (points[1][0] - points[0][0]) / 8
    for (x, y), (vx, vy) in zip(points, shape.vertices, strict=True):
        assert x - points[0][0] == pytest.approx(vx * scale, abs=0.02)
        assert points[0][1] - y == pytest.approx(vy * scale, abs=0.02)
    assert len(elements(parse(to_svg(shape)), "path", right_angle="*")) == 5


# ----------------------------------------------------------------------------------------------------
# Rendered to pixels (needs cairosvg and Debian's libcairo2)
# ----------------------------------------------------------------------------------------------------


def _cairo():
    try:
        import cairocffi
        import cairosvg
    except (ImportError, OSError) as error:  # OSError: the Python package is there but libcairo2 is not
        pytest.skip(f"cairosvg with libcairo2 is needed to render PNGs ({error})")
    return cairosvg, cairocffi


@pytest.mark.parametrize(
    "name", ["bar_model_parts", "clock_quarter_to", "pie_chart", "fraction_wall", "coordinate_grid_four"]
)
def test_rendered_png_has_the_right_size_and_is_not_blank(name):
    cairosvg, cairocffi = _cairo()
    svg = to_svg(EXAMPLES[name], width=400)
    root = parse(svg)
    png = cairosvg.svg2png(bytestring=svg.encode("utf-8"))
    surface = cairocffi.ImageSurface.create_from_png(io.BytesIO(png))
    assert surface.get_width() == 400
    assert surface.get_height() == round(float(root.get("height")))
    pixels = bytes(surface.get_data())
    stride, height = surface.get_stride(), surface.get_height()
    rows = [pixels[r * stride : r * stride + 4 * surface.get_width()] for r in range(height)]
    ink = sum(1 for row in rows for i in range(0, len(row), 4) if row[i : i + 3] != b"\xff\xff\xff")
    share = ink / (surface.get_width() * height)
    assert 0.02 < share < 0.9, f"{name} is blank or all ink ({share:.0%} of pixels are not white)"
