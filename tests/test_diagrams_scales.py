"""Measuring instruments: KS2-friendly scales only, readings on the marks, pictures drawn at the true reading."""

import math
import xml.etree.ElementTree as ET
from decimal import Decimal as D
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

SVG = "{http://www.w3.org/2000/svg}"

REFUSED = [
    (lambda: d.Ruler(31, 0, 5), "numbered every 10 or 20 cm"),
    (lambda: d.Ruler(10, 5, 3), "must end (3 cm) after it starts (5 cm)"),
    (lambda: d.Ruler(10, 0, 12), "off the scale"),
    (lambda: d.Ruler(10, 0, D("4.23")), "neither on a mark nor halfway"),
    (lambda: d.Ruler(10, 0, 4, thing="sword"), "thing must be one of"),
    (lambda: d.Ruler(10, 0, 4, mark="5"), "mark must be '?'"),
    (lambda: d.MeasuringJug(500, 100, 3, 200), "split each numbered step into 1, 2, 4, 5 or 10"),
    (lambda: d.MeasuringJug(600, 300, 2, 300), "not every 300"),
    (lambda: d.MeasuringJug(1000, 250, 4, 500), "small steps of 62.5"),
    (lambda: d.MeasuringJug(500, 100, 2, 320), "neither on a mark nor halfway"),
    (lambda: d.MeasuringJug(500, 100, 2, 200, unit="cl"), "'ml' or 'l'"),
    (lambda: d.MeasuringJug(500, 150, 2, 200), "not every 150"),
    (lambda: d.WeighingScale(1000, 200, 4, 1100), "off the scale"),
    (lambda: d.WeighingScale(1000, 200, 4, 500, unit="lb"), "'g' or 'kg'"),
    (lambda: d.WeighingScale(1000, 200, 4, 1001, display=True), "more than the scale's end"),
    (lambda: d.WeighingScale(1000, 200, 4, 0.5), "exact number"),
    (lambda: d.WeighingScale(1000, 70, 2, 140), "not every 70"),
    (lambda: d.Thermometer(10, -10, 10, 5, 0), "must be more than its start"),
    (lambda: d.Thermometer(-15, 30, 10, 5, 0), "cannot be numbered every 10"),
    (lambda: d.Thermometer(-10, 30, 10, 7, 0), "1, 2, 4, 5 or 10"),
    (lambda: d.Thermometer(-10, 30, 1, 10, 0), "number of numbered steps must be at most 12"),
]


@pytest.mark.parametrize(("build", "message"), REFUSED)
def test_a_scale_a_ks2_pupil_would_not_meet_is_refused_with_the_reason(build, message):
    with pytest.raises(d.DiagramError, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")):
        build()


ACCEPTED = [
    d.MeasuringJug(2000, 500, 4, 1250),  # 125 ml steps: quarters of 500
    d.WeighingScale(D(3), D(1), 4, D("2.25"), unit="kg"),
    d.WeighingScale(2000, 500, 4, D("1812.5")),  # halfway between two 125 g marks
    d.MeasuringJug(1000, 250, 5, 350),
    d.Ruler(100, 0, 60, every=20, parts=2, thing="bar"),
    d.Thermometer(-20, 40, 10, 2, -15),
]


@pytest.mark.parametrize("record", ACCEPTED, ids=lambda r: r.describe()[:40])
def test_friendly_ks2_scales_are_accepted_and_drawn(record):
    ET.fromstring(to_svg(record))


def test_describe_says_where_the_reading_is_in_marks_never_its_value():
    jug = d.MeasuringJug(500, 100, 5, 340)
    assert jug.describe() == (
        "A measuring jug marked from 0 ml to 500 ml, numbered every 100 ml with 5 small steps between numbers. "
        "The liquid reaches the 2nd small mark after 300 ml, with an arrow labelled with a question mark."
    )
    assert "340" not in jug.describe()
    half = d.WeighingScale(D(3), D(1), 4, D("2.125"), unit="kg")
    assert half.describe().endswith("The pointer is halfway between 2 kg and the next mark.")
    assert "0.125" not in half.describe()
    cold = d.Thermometer(-10, 30, 10, 5, -4)
    assert "the 3rd small mark after −10°C" in cold.describe()
    ruler = d.Ruler(15, 0, D("8.7"), mark="?")
    assert "from the 0 cm mark to the 7th small mark after 8 cm" in ruler.describe()
    assert d.WeighingScale(1, D("0.5"), 5, D("0.45"), unit="kg", display=True).describe() == (
        "A digital weighing scale whose display shows 0.45 kg."
    )


def test_labels_are_the_numbers_written_on_the_picture_and_never_a_reading_to_find():
    assert d.Ruler(15, 0, D("8.7"), mark="?").labels() == ()
    assert d.MeasuringJug(500, 100, 2, 350).labels() == ()
    assert d.Thermometer(-10, 30, 10, 5, -4).labels() == ()
    assert d.WeighingScale(1000, 200, 4, 650).labels() == ()
    assert d.WeighingScale(1000, 200, 4, 650, display=True).labels() == (650,)


def test_ruler_measures_the_object_from_its_start_not_from_zero():
    assert d.Ruler(10, 2, D("6.5")).measured == F(9, 2)


def _numbers(root):
    return {el.get("data-number"): el for el in root.iter(f"{SVG}text") if el.get("data-number")}


def test_ruler_is_numbered_every_centimetre_and_the_object_ends_at_its_true_place():
    root = ET.fromstring(to_svg(d.Ruler(10, 2, D("6.5"), thing="crayon")))
    numbers = _numbers(root)
    assert list(numbers) == [str(n) for n in range(11)]
    x = {n: float(el.get("x")) for n, el in numbers.items()}
    per_cm = x["1"] - x["0"]
    crayon = next(el for el in root.iter(f"{SVG}rect") if el.get("fill") == "#009E73")
    assert float(crayon.get("x")) == pytest.approx(x["2"])
    assert float(crayon.get("x")) + float(crayon.get("width")) == pytest.approx(x["6"] + 0.5 * per_cm)
    ticks = next(el for el in root.iter(f"{SVG}path") if el.get("data-ticks"))
    assert ticks.get("data-ticks") == "101"  # every mm from 0 to 10 cm


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 40))
def test_dial_pointer_turns_in_proportion_to_the_reading(quarter_kgs):
    reading = F(quarter_kgs, 4)
    scale = d.WeighingScale(10, 1, 4, D(reading.numerator) / D(reading.denominator), unit="kg")
    root = ET.fromstring(to_svg(scale))
    needle = next(el for el in root.iter(f"{SVG}line") if el.get("data-reading"))
    x1, y1, x2, y2 = (float(needle.get(a)) for a in ("x1", "y1", "x2", "y2"))
    angle = math.degrees(math.atan2(x2 - x1, y1 - y2))  # clockwise from 12
    assert angle == pytest.approx(-135 + 270 * float(reading) / 10, abs=0.3)


@settings(max_examples=40, deadline=None)
@given(st.integers(-20, 40))
def test_thermometer_liquid_reaches_the_reading(degrees):
    root = ET.fromstring(to_svg(d.Thermometer(-20, 40, 10, 10, degrees)))
    numbers = {n: float(el.get("y")) - 0.35 * float(el.get("font-size")) for n, el in _numbers(root).items()}
    per_degree = (numbers["0"] - numbers["10"]) / 10
    liquid = next(el for el in root.iter(f"{SVG}rect") if el.get("data-reading"))
    assert float(liquid.get("y")) == pytest.approx(numbers["0"] - degrees * per_degree, abs=0.03)


def test_jug_liquid_top_is_at_the_level_and_numbers_print_as_decimals():
    root = ET.fromstring(to_svg(d.MeasuringJug(D(2), D("0.5"), 5, D("1.3"), unit="l")))
    texts = [el.text for el in root.iter(f"{SVG}text")]
    assert ["0", "0.5", "1", "1.5", "2"] == [t for t in texts if t and t[0].isdigit()]
    numbers = {n: float(el.get("y")) - 0.35 * float(el.get("font-size")) for n, el in _numbers(root).items()}
    water = next(el for el in root.iter(f"{SVG}rect") if el.get("data-level"))
    assert float(water.get("y")) == pytest.approx(numbers["0"] + 1.3 * (numbers["1"] - numbers["0"]))


def test_display_scale_shows_the_reading_in_digits():
    svg = to_svg(d.WeighingScale(1, D("0.5"), 5, D("0.45"), unit="kg", display=True))
    assert ">0.45 kg</text>" in svg


# ---------------------------------------------------------------------- digital clock and time line


def test_digital_clock_shows_24_or_12_hour_time_and_refuses_impossible_times():
    assert d.DigitalClock(14, 5).describe() == "A 24-hour digital clock showing 14:05."
    assert d.DigitalClock(0, 30, twelve_hour=True).shown == "12:30 am"
    assert d.DigitalClock(19, 45, twelve_hour=True).labels() == (7, 45)
    assert ">07:05</text>" in to_svg(d.DigitalClock(7, 5))
    with pytest.raises(d.DiagramError, match="hours must be at most 23"):
        d.DigitalClock(24, 0)
    with pytest.raises(d.DiagramError, match="twelve_hour must be True or False"):
        d.DigitalClock(3, 0, twelve_hour="yes")


def test_timeline_prints_the_known_slots_and_a_question_mark_for_the_unknown_one():
    line = d.Timeline(9 * 60 + 45, 11 * 60 + 20)
    assert line.describe() == "A time line from 09:45 to 11:20, with a jump between them labelled a question mark."
    assert line.labels() == (585, 680)
    ended = d.Timeline(13 * 60 + 50, 14 * 60 + 25, unknown="end", twelve_hour=True)
    assert (ended.text("start"), ended.text("end"), ended.text("duration")) == ("1:50 pm", "?", "35 minutes")
    assert ended.labels() == (830, 35)
    assert d.Timeline(23 * 60, 25 * 60 + 10, unknown="start").text("end") == "01:10"
    assert d.Timeline(11 * 60, 12 * 60, twelve_hour=True).text("end") == "12 noon"
    assert d.Timeline(23 * 60, 24 * 60, twelve_hour=True).text("end") == "12 midnight"
    assert d.duration_words(80) == "1 hour 20 minutes"
    svg = to_svg(ended)
    assert ">?</text>" in svg
    assert ">2:25 pm<" not in svg


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: d.Timeline(600, 600), "end .* must be at least 601"),
        (lambda: d.Timeline(600, 600 + 13 * 60), "at most 1320"),
        (lambda: d.Timeline(600, 660, unknown="middle"), "unknown must be one of"),
    ],
)
def test_timeline_refuses_a_span_it_cannot_draw(build, message):
    with pytest.raises(d.DiagramError, match=message):
        build()


def test_timeline_marks_sit_at_their_times():
    root = ET.fromstring(to_svg(d.Timeline(9 * 60 + 45, 11 * 60 + 20)))
    hours = {el.get("data-hour"): float(el.get("x")) for el in root.iter(f"{SVG}text") if el.get("data-hour")}
    assert list(hours) == ["540", "600", "660", "720"]
    per_minute = (hours["600"] - hours["540"]) / 60
    slots = {el.get("data-slot"): float(el.get("x1")) for el in root.iter(f"{SVG}line") if el.get("data-slot")}
    assert slots["start"] == pytest.approx(hours["540"] + 45 * per_minute)
    assert slots["end"] == pytest.approx(hours["660"] + 20 * per_minute)


def test_timeline_writes_each_time_the_way_the_question_did():
    line = d.Timeline(21 * 60 + 21, 23 * 60 + 16, end_twelve_hour=True)
    assert (line.text("start"), line.text("end")) == ("21:21", "11:16 pm")
    with pytest.raises(d.DiagramError, match="must be True or False"):
        d.Timeline(600, 660, end_twelve_hour="pm")
