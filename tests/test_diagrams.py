"""The picture records: bad inputs refused with a clear reason, values kept exact, describe() reads well."""

import dataclasses
import re
from decimal import Decimal as D
from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ks2practice.pictures import diagrams as d

RECTANGLE = ((0, 0), (6, 0), (6, 3), (0, 3))
L_SHAPE = ((0, 0), (8, 0), (8, 3), (3, 3), (3, 6), (0, 6))

REFUSED = [
    (lambda: d.BarModel(40, (12, 30)), "12 + 30 = 42 do not make the whole 40"),
    (lambda: d.BarModel(60, (70, "?")), "leaving nothing of the whole 60"),
    (lambda: d.BarModel("?", (10, "?")), "give sizes="),
    (lambda: d.BarModel(60, (0.5, 59.5)), "exact number"),
    (lambda: d.BarModel(60, ("x", 50)), "must be a number or '?'"),
    (lambda: d.BarModel(60, (60,)), "number of parts must be at least 2"),
    (lambda: d.BarModel(60, ("?", "?"), sizes=(20, 30)), "sizes add up to 50, not the whole 60"),
    (lambda: d.ComparisonBarModel(("A", "B"), (10, "?")), "needs sizes="),
    (lambda: d.ComparisonBarModel(("A", "B"), (10, 6), difference=5), "the bars differ by 4"),
    (lambda: d.ComparisonBarModel(("A", "B"), (10, 10), difference="?"), "same length"),
    (lambda: d.ComparisonBarModel(("A", "B"), (10, 6), compare=(0, 0)), "two different bars"),
    (lambda: d.NumberLine(0, 10, 3), "steps of 3 do not fit exactly from 0 to 10"),
    (lambda: d.NumberLine(10, 0, 1), "end (0) must be more than start (10)"),
    (lambda: d.NumberLine(0, 10, 1, points=[11]), "11 is off the line"),
    (lambda: d.NumberLine(0, 1, F(1, 4), labels=(F(1, 3),)), "1/3 is not on a mark"),
    (lambda: d.NumberLine(0, 10, 1, labels="some"), "labels must be one of"),
    (lambda: d.NumberLine(0, 10, 1, jumps=[(2, 2, "+0")]), "starts and ends at 2"),
    (lambda: d.NumberLine(0, 1000, 1), "number of steps must be at most 100"),
    (lambda: d.PlaceValueChart(("T", "H"), (1, 2)), "neighbours in order"),
    (
        lambda: d.PlaceValueChart(("H", "T", "O"), (1, 2, -1)),
        "counters in the ones column must be at least 0",
    ),
    (lambda: d.PlaceValueChart(("H", "X"), (1, 2)), "unknown column 'X'"),
    (lambda: d.PlaceValueChart.of(D("1.2345")), "more than 3 decimal places"),
    (lambda: d.PlaceValueChart.of(345, columns=("T", "O")), "needs the hundreds column"),
    (lambda: d.BaseTen.of(10000), "at most 9999"),
    (lambda: d.BaseTen(), "no blocks"),
    (lambda: d.PartWholeModel(10, (6, 5)), "6 + 5 = 11 do not make the whole 10"),
    (lambda: d.PartWholeModel(10, (12, "?")), "more than the whole 10"),
    (lambda: d.PartWholeModel(10, (1, 2, 3, 4, 0)), "at most 4"),
    (lambda: d.TensFrame(-1), "counters must be at least 0"),
    (lambda: d.TensFrame(15, frames=1), "15 counters need 2 tens frames, not 1"),
    (lambda: d.Array(0, 3), "rows must be at least 1"),
    (lambda: d.FractionBar(0, 0), "parts must be at least 1"),
    (lambda: d.FractionBar(4, -1), "shaded parts must be at least 0"),
    (lambda: d.FractionWall(shade=((1, 7),)), "no row for 7"),
    (lambda: d.FractionWall(shade=((5, 4),)), "at most 4"),
    (lambda: d.DoubleNumberLine((1, 2), (3, 7)), "not in the same ratio"),
    (lambda: d.DoubleNumberLine((1, "?"), ("?", 2)), "at least one pair with both values known"),
    (lambda: d.RatioTable((1, "?"), (2, "?")), "two question marks"),
    (lambda: d.RatioTable((0, 2), (1, 4)), "0 must pair with 0"),
    (lambda: d.AnalogueClock(3, 61), "minutes must be at most 59, not 61"),
    (lambda: d.AnalogueClock(24, 0), "hours must be at most 23"),
    (lambda: d.AnalogueClock(3, -5), "minutes must be at least 0"),
    (lambda: d.Coins((3,)), "3 is not a UK coin or note"),
    (lambda: d.Coins(()), "at least 1"),
    (lambda: d.Protractor(190), "degrees must be at most 180"),
    (lambda: d.Protractor(40, side="up"), "side must be 'right' or 'left'"),
    (lambda: d.Shape2D(((0, 0), (1, 1), (2, 2))), "no area"),
    (lambda: d.Shape2D(((0, 0), (4, 0), (0, 2), (3, 3))), "sides 2 and 4 cross"),
    (lambda: d.Shape2D(((0, 0), (4, 0), (1, 3)), right_angles=(2,)), "vertex 3 is marked as a right angle"),
    (lambda: d.Shape2D(RECTANGLE, equal_sides=(1, 1, 0, 0)), "sides 1 and 2 are marked equal but are not"),
    (
        lambda: d.Shape2D(RECTANGLE, parallel_sides=(1, 1, 0, 0)),
        "sides 1 and 2 are marked parallel but are not",
    ),
    (lambda: d.Shape2D(RECTANGLE, equal_sides=(1, 0, 0, 0)), "only side 1 is marked equal"),
    (lambda: d.Shape2D(RECTANGLE, side_labels=(6, 5, None, None)), "do not match the drawing's proportions"),
    (lambda: d.Shape2D(L_SHAPE, right_angles=(3,)), "270° (reflex)"),
    (lambda: d.Shape2D(RECTANGLE, side_labels=(6, 3)), "one entry for each of the 4 sides"),
    (lambda: d.CoordinateGrid(points=[(11, 2)]), "(11, 2) is off the grid"),
    (lambda: d.CoordinateGrid((1, 10)), "the low end of x_range must be at most 0"),
    (lambda: d.Pictogram(("A",), (5,), key=4), "only whole and half symbols"),
    (lambda: d.Pictogram(("A",), (26,), key=2), "more than 12 symbols"),
    (lambda: d.BarChart(("A",), (-1,), step=1), "at least 0"),
    (lambda: d.BarChart(("A",), (5,), step=1, y_max=4), "above the top of the axis"),
    (lambda: d.BarChart(("A",), (5,), step=0), "step must be more than 0"),
    (lambda: d.BarChart(("A",), (500,), step=1), "more than 25 gridlines"),
    (lambda: d.BarChart(("A", "B"), (5,), step=1), "values has 1 entries but categories has 2"),
    (lambda: d.LineGraph(("9am",), (5,), step=1), "number of points must be at least 2"),
    (lambda: d.LineGraph(("a", "b"), (-5, 2), step=1), "at least 0"),
    (lambda: d.PieChart(("A", "B"), (F(1, 2), F(1, 3))), "the fractions add up to 5/6, not 1"),
    (lambda: d.PieChart(("A",), (0,)), "add up to 0"),
    (lambda: d.PieChart(("A", "B", "C"), (1, 1, 1), show="percent"), "not an exact percentage"),
    (lambda: d.PieChart(("A",), (1,), show="colour"), "show must be one of"),
    (lambda: d.Table(("A", "B"), (("x",),)), "row 1 has 1 cells but there are 2 columns"),
]


@pytest.mark.parametrize(("build", "message"), REFUSED, ids=[m for _, m in REFUSED])
def test_bad_records_are_refused_with_a_clear_reason(build, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        build()


def test_diagram_error_is_a_value_error():
    assert issubclass(d.DiagramError, ValueError)


DESCRIBED = [
    (
        d.BarModel(60, ("?", "", "", "")),
        "A bar model: a whole of 60 split into 4 equal parts, one part marked with a question mark.",
    ),
    (
        d.BarModel(360, (120, 95, "?")),
        "A bar model: a whole of 360 split into 120, 95 and a part marked with a question mark.",
    ),
    (
        d.BarModel("?", (250, 175), unit="£"),
        "A bar model: a whole marked with a question mark split into £2.50 and £1.75.",
    ),
    (
        d.ComparisonBarModel(("Tom", "Sam"), (45, "?"), sizes=(45, 33), difference=12),
        "A comparison bar model with 2 bars: Tom 45 and Sam marked with a question mark. "
        "The difference between Tom and Sam is bracketed and labelled 12.",
    ),
    (
        d.NumberLine(0, 2, F(1, 4), points=((F(3, 4), "?"),)),
        "A number line from 0 to 2 with marks every 1/4. Points marked: an arrow labelled with a question mark.",
    ),
    (
        d.NumberLine(0, 20, 1, jumps=((6, 10, "+4"),)),
        "A number line from 0 to 20 with marks every 1. Jumps drawn above the line: from 6 to 10 labelled +4.",
    ),
    (
        d.PlaceValueChart.of(3402),
        "A place-value chart with columns for thousands, hundreds, tens and ones. "
        "Counters: 3 in the thousands, "
        "4 in the hundreds, 0 in the tens and 2 in the ones. Together they show 3402.",
    ),
    (
        d.BaseTen.of(2345),
        "Base-10 blocks: 2 thousand cubes, 3 hundred flats, 4 ten rods and 5 one cubes, making 2345.",
    ),
    (
        d.PartWholeModel(10, (6, "?")),
        "A part–whole model: the whole is 10; the parts are 6 and a question mark.",
    ),
    (d.TensFrame(8, 5), "2 tens frames with 8 counters and then 5 more in a second colour, 13 altogether."),
    (d.TensFrame(1), "One tens frame with one counter."),
    (d.Array(3, 4, grouped=True), "An array of 3 rows of 4 dots (12 dots), each row circled."),
    (d.FractionBar(4, 3), "A fraction bar split into 4 equal parts with 3 parts shaded (3/4)."),
    (
        d.FractionWall((1, 2, 4), shade=((1, 2), (2, 4))),
        "A fraction wall with rows of one whole, halves and quarters, lined up under one whole. Shaded: 1/2 and 2/4.",
    ),
    (
        d.DoubleNumberLine((0, 2, 5), (0, 300, "?"), "eggs", "flour (g)"),
        "A double number line (eggs above, flour (g) below) pairing 0 with 0, 2 with 300 and 5 with a question mark.",
    ),
    (
        d.RatioTable((1, 2), (3, "?"), "cups", "people"),
        "A ratio table. Cups: 1 and 2. People: 3 and a question mark.",
    ),
    (d.AnalogueClock(3, 45), "An analogue clock showing 3:45 (quarter to four)."),
    (
        d.AnalogueClock(12, 30, roman=True),
        "An analogue clock with Roman numerals showing 12:30 (half past twelve).",
    ),
    (d.AnalogueClock(0, 0), "An analogue clock showing 12:00 (twelve o'clock)."),
    (d.AnalogueClock(15, 10), "An analogue clock showing 3:10 (10 minutes past three)."),
    (d.Coins((200, 50, 50, 5)), "Money: one £2 coin, 2 50p coins and one 5p coin, 305p (£3.05) altogether."),
    (d.Protractor(50), "A protractor on an angle of 50° measured from the zero on the right-hand side."),
    (
        d.Shape2D(RECTANGLE, side_labels=(6, 3, None, None), unit="cm", right_angles=(0, 1, 2, 3), name="rectangle"),
        "A 2-D shape (rectangle) with 4 sides. Sides labelled: side 1: 6 cm and side 2: "
        "3 cm. Right angles marked at "
        "vertex 1, vertex 2, vertex 3 and vertex 4.",
    ),
    (
        d.Shape2D(((0, 0), (8, 0), (3, 5)), angle_labels=(45, "?", None), vertex_names=("A", "B", "C")),
        "A 2-D shape with 3 sides. Angles labelled: at A 45° and at B with a question mark.",
    ),
    (
        d.CoordinateGrid((-6, 6), (-6, 6), points=((2, 3, "A"), (-1, 4, "B"))),
        "A coordinate grid showing four quadrants: x from −6 to 6, y from −6 to 6. Points: A (2, 3) and B (−1, 4).",
    ),
    (
        d.Pictogram(("Mon", "Tue"), (8, 6), key=4, unit="children"),
        "A pictogram where one symbol stands for 4 children. Symbols: Mon 2 symbols (8) and Tue 1 1/2 symbols (6).",
    ),
    (
        d.BarChart(("Red", "Blue"), (12, 7), step=2, y_label="children"),
        "A bar chart. The scale (children) goes up in steps of 2. Bars: Red 12 and Blue 7.",
    ),
    (
        d.LineGraph(("9am", "10am"), (-2, 3), step=1, y_min=-3),
        "A line graph, scale in steps of 1. Points: 9am −2 and 10am 3.",
    ),
    (
        d.PieChart(("A", "B"), (F(3, 4), F(1, 4))),
        "A pie chart with 2 sectors: A 3/4 of the circle (270°) and B 1/4 of the circle (90°).",
    ),
    (
        d.Table(("Name", "Age"), (("Ann", 9), ("Bo", "?"))),
        "A table with columns Name and Age. Rows: Name Ann, Age 9; Name Bo, Age a question mark.",
    ),
]


@pytest.mark.parametrize(("record", "text"), DESCRIBED, ids=[type(r).__name__ for r, _ in DESCRIBED])
def test_describe_says_what_the_picture_shows(record, text):
    assert record.describe() == text


def test_every_kind_is_registered_under_its_id():
    assert d.kinds() == (
        "analogue_clock",
        "angle",
        "angles_at_point",
        "area_model",
        "array",
        "bar_chart",
        "bar_model",
        "base_ten",
        "circle",
        "coins",
        "coordinate_grid",
        "cube_stack",
        "digital_clock",
        "double_number_line",
        "fraction_bar",
        "fraction_wall",
        "hundred_square",
        "line_graph",
        "measuring_jug",
        "net",
        "number_line",
        "part_whole",
        "pictogram",
        "pie_chart",
        "place_value_chart",
        "protractor",
        "ratio_table",
        "ruler",
        "shape_2d",
        "shape_row",
        "solid",
        "solid_net",
        "symmetry_figure",
        "table",
        "tens_frame",
        "thermometer",
        "timeline",
        "turn",
        "weighing_scale",
    )
    assert d.classes_for("bar_model") == (d.BarModel, d.ComparisonBarModel)
    with pytest.raises(ValueError, match="unknown representation 'abacus'"):
        d.classes_for("abacus")


def test_records_are_frozen_hashable_and_take_lists():
    model = d.BarModel(60, [15, 15, 15, "?"])
    assert model.parts == (15, 15, 15, "?")
    assert hash(model) == hash(d.BarModel(60, (15, 15, 15, "?")))
    with pytest.raises(dataclasses.FrozenInstanceError):
        model.whole = 70
    line = d.NumberLine(0, 10, 1, points=[3, (5, "?")], jumps=[(1, 4, "+3")])
    assert line.points == (d.Marker(3), d.Marker(5, "?"))
    assert line.jumps == (d.Jump(1, 4, "+3"),)


def test_values_stay_exact():
    assert d.BarModel(1, ("?", "?", "?")).part_sizes == (F(1, 3),) * 3
    assert d.NumberLine(D("0"), D("1"), D("0.25")).marks == (D("0"), D("0.25"), D("0.5"), D("0.75"), D("1"))
    assert d.NumberLine(-1, 1, F(1, 2)).marks == (-1, F(-1, 2), 0, F(1, 2), 1)
    assert d.PlaceValueChart.of(D("3.05")).value == D("3.05")
    assert d.AnalogueClock(3, 45).hour_angle == F(225, 2)
    assert d.PieChart(("a", "b", "c"), (1, 1, 1)).angles == (120, 120, 120)


def test_place_value_chart_shows_exchanges_and_picks_columns():
    assert d.PlaceValueChart(("H", "T", "O"), (1, 14, 12)).value == 252
    assert d.PlaceValueChart.of(45).columns == ("T", "O")
    assert d.PlaceValueChart.of(D("0.07")).columns == ("O", "t", "h")
    assert d.PlaceValueChart.of(45, columns=("Th", "H", "T", "O")).counters == (0, 0, 4, 5)


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (12500, "", "12,500"),
        (1000, "", "1000"),
        (-4, "", "−4"),
        (F(7, 3), "", "2 1/3"),
        (F(-1, 2), "", "−1/2"),
        (D("0.50"), "", "0.50"),
        (305, "£", "£3.05"),
        (500, "£", "£5"),
        (85, "p", "85p"),
        (12, "cm", "12 cm"),
        (60, "°", "60°"),
        ("?", "cm", "?"),
    ],
)
def test_quantities_are_written_as_ks2_papers_write_them(value, unit, text):
    assert d.quantity_text(value, unit) == text


@given(st.integers(0, 9_999_999))
def test_place_value_chart_of_a_number_shows_that_number(number):
    chart = d.PlaceValueChart.of(number)
    assert chart.value == number
    assert all(0 <= n <= 9 for n in chart.counters)


@given(st.integers(0, 999_999).map(lambda n: D(n) / 1000))
def test_place_value_chart_of_a_decimal_shows_that_decimal(number):
    assert d.PlaceValueChart.of(number).value == number


@given(st.integers(1, 9999))
def test_base_ten_of_a_number_makes_that_number(number):
    assert d.BaseTen.of(number).value == number


@given(st.lists(st.integers(0, 50), min_size=1, max_size=8).filter(any))
def test_pie_chart_angles_make_a_full_turn(values):
    chart = d.PieChart(tuple(f"c{i}" for i in range(len(values))), tuple(values))
    assert sum(chart.angles) == 360


@given(st.integers(0, 23), st.integers(0, 59))
def test_clock_hands_turn_at_the_right_rates(hours, minutes):
    clock = d.AnalogueClock(hours, minutes)
    assert clock.minute_angle == 6 * minutes
    assert clock.hour_angle == 30 * (hours % 12) + F(minutes, 2)
    assert 0 <= clock.hour_angle < 360


# ---------------------------------------------------------------------- issue 16: fraction and hundredths pictures


def test_fraction_area_model_overlap_is_the_product():
    model = d.FractionAreaModel(F(2, 3), F(3, 4))
    assert (model.cells, model.overlap) == (12, 6)
    assert F(model.overlap, model.cells) == F(1, 2)
    assert model.labels() == (F(2, 3), F(3, 4))
    assert "12 equal parts" in model.describe() and "question mark" in model.describe()
    assert d.FractionAreaModel(F(1, 2), F(1, 3), F(1, 6)).labels()[-1] == F(1, 6)
    with pytest.raises(d.DiagramError, match="not 1/5"):
        d.FractionAreaModel(F(1, 2), F(1, 3), F(1, 5))
    with pytest.raises(d.DiagramError, match="up to 12"):
        d.FractionAreaModel(F(1, 13), F(1, 2))
    with pytest.raises(d.DiagramError, match="up to 1"):
        d.FractionAreaModel(F(3, 2), F(1, 2))


def test_shared_fraction_bar_splits_every_part():
    bar = d.SharedFractionBar(4, 3, 2)
    assert bar.fraction == F(3, 4) and bar.pieces == 3
    assert bar.labels() == (F(3, 4),)
    assert "8 pieces" in bar.describe() and "3/4 ÷ 2" in bar.describe()
    assert d.SharedFractionBar(4, 3, 2, F(3, 8)).labels() == (F(3, 4), F(3, 8))
    with pytest.raises(d.DiagramError, match="not 3/4"):
        d.SharedFractionBar(4, 3, 2, F(3, 4))
    with pytest.raises(d.DiagramError, match="at most 60"):
        d.SharedFractionBar(12, 5, 6)


def test_hundred_square_patterns_and_hundredths():
    square = d.HundredSquare(shaded=(14, 7, 21), unknown=(28,))
    assert square.shaded == (7, 14, 21) and square.labels() == (7, 14, 21)
    assert "question mark" in square.describe()
    grid = d.HundredSquare.hundredths(37)
    assert grid.value == D("0.37") and grid.labels() == () and "37 of them shaded" in grid.describe()
    with pytest.raises(d.DiagramError, match="no numbers to hide"):
        d.HundredSquare(unknown=(3,), numbers=False)
    with pytest.raises(d.DiagramError, match="only once"):
        d.HundredSquare(shaded=(3, 3))
    with pytest.raises(d.DiagramError):
        d.HundredSquare(shaded=(101,))


def test_place_value_counters_show_their_values():
    chart = d.PlaceValueChart.of(D("2.35"), labelled=True)
    assert chart.labels() == (1, D("0.1"), D("0.01"))
    assert "Each counter shows its value (1, 0.1 and 0.01)" in chart.describe()
    assert d.PlaceValueChart.of(D("2.35")).labels() == ()


def test_number_line_zooms_to_the_place_the_values_differ_in():
    line = d.NumberLine.around((D("5.73"), D("5.76")))
    assert (line.start, line.end, line.step) == (D("5.7"), D("5.8"), D("0.01"))
    assert (d.NumberLine.around((300, 700)).step, d.NumberLine.around((3, 17)).end) == (100, 20)
    with pytest.raises(d.DiagramError, match="too close"):
        d.NumberLine(5, 6, D("0.1"), points=(d.Marker(D("5.73"), "A"), d.Marker(D("5.76"), "B")))
    d.NumberLine(-26, 0, 2, points=((-18, ""), (-17, "?")))  # a step apart on a long line: still told apart


def test_hundredths_past_one_whole_add_whole_squares():
    grid = d.HundredSquare.hundredths(237)
    assert (grid.wholes, len(grid.shaded), grid.value) == (2, 37, D("2.37"))
    assert grid.describe().startswith("2 whole squares shaded all over, then a square")
    assert d.HundredSquare.hundredths(100).value == 1
    with pytest.raises(d.DiagramError, match="numbers=False"):
        d.HundredSquare(wholes=1)


def test_a_bar_model_whole_in_its_own_unit_needs_the_parts_sizes():
    bar = d.BarModel(1, (170, 170, 170, "?"), sizes=(170, 170, 170, 490), unit="ml", whole_unit="litre")
    assert bar.describe().startswith("A bar model: a whole of 1 litre split into 170 ml")
    assert bar.labels() == (1, 170, 170, 170)
    with pytest.raises(d.DiagramError, match="sizes"):
        d.BarModel(1, (170, "?"), unit="ml", whole_unit="litre")
