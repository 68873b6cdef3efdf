"""The picture gallery: one or two textbook examples of every representation, for teachers and golden tests."""

from decimal import Decimal as D
from fractions import Fraction as F

from ks2practice.pictures import diagrams as d

# One or two canonical pictures of every kind; each has a golden file tests/golden/svg/<name>.svg.
EXAMPLES = {
    "bar_model_equal_parts": d.BarModel(60, ("?", "", "", "")),
    "bar_model_parts": d.BarModel(360, (120, 95, "?")),
    "bar_model_money": d.BarModel("?", (250, 175), unit="£"),
    "bar_model_whole_in_litres": d.BarModel(
        1, (170, 170, 170, "?"), sizes=(170, 170, 170, 490), unit="ml", whole_unit="litre"
    ),
    "bar_model_comparison": d.ComparisonBarModel(("Tom", "Sam"), (45, "?"), sizes=(45, 33), difference=12),
    "bar_model_times": d.ComparisonBarModel(
        ("Ali", "Bea", "Cat"),
        ("?", 48, 20),
        sizes=(16, 48, 20),
        splits=(1, 3, 1),
        compare=(1, 0),
        difference="?",
    ),
    "bar_model_ratio_total": d.ComparisonBarModel(
        ("Hana", "Amir"), ("?", ""), sizes=(300, 1200), splits=(1, 4), total=1500, unit="£"
    ),
    "number_line_jumps": d.NumberLine(0, 20, 1, jumps=((6, 10, "+4"), (10, 13, "+3")), points=((13, "?"),)),
    "number_line_fractions": d.NumberLine(0, 2, F(1, 4), points=((F(3, 4), "?"),)),
    "number_line_decimals": d.NumberLine(D("0"), D("1"), D("0.1"), points=((D("0.7"), "A"), (D("0.35"), "?"))),
    "number_line_negative": d.NumberLine(-10, 10, 1, jumps=((-6, 2, "+8"),)),
    "number_line_hundreds": d.NumberLine(0, 1000, 100, points=((650, "?"),)),
    "place_value_chart": d.PlaceValueChart.of(3402),
    "place_value_decimal": d.PlaceValueChart.of(D("2.35")),
    "place_value_counters": d.PlaceValueChart.of(D("2.35"), labelled=True),
    "place_value_exchange": d.PlaceValueChart(("H", "T", "O"), (1, 14, 12)),
    "place_value_millions": d.PlaceValueChart.of(4_070_215),
    "base_ten": d.BaseTen.of(2345),
    "base_ten_exchange": d.BaseTen(0, 1, 14, 3),
    "part_whole": d.PartWholeModel(10, (6, "?")),
    "part_whole_fractions": d.PartWholeModel(F(5, 2), (F(1, 2), F(3, 4), "?", F(1, 4))),
    "tens_frame": d.TensFrame(7),
    "tens_frame_bridge": d.TensFrame(8, 5),
    "array": d.Array(3, 4),
    "array_grouped": d.Array(4, 6, grouped=True),
    "fraction_bar": d.FractionBar(5, 3, label_parts=True),
    "fraction_area_model": d.FractionAreaModel(F(2, 3), F(3, 4)),
    "fraction_bar_shared": d.SharedFractionBar(4, 3, 2),
    "hundred_square": d.HundredSquare(shaded=(7, 14, 21, 28, 35, 42), unknown=(49,)),
    "hundred_square_hundredths": d.HundredSquare.hundredths(237),
    "fraction_bar_improper": d.FractionBar(4, 7),
    "fraction_wall": d.FractionWall(shade=((1, 2), (2, 4), (4, 8))),
    "double_number_line": d.DoubleNumberLine((0, 2, 5, 8), (0, 300, "?", 1200), "eggs", "flour (g)"),
    "ratio_table": d.RatioTable((1, 2, 5, 10), (3, 6, "?", 30), "cups", "people"),
    "clock_quarter_to": d.AnalogueClock(3, 45),
    "clock_roman": d.AnalogueClock(10, 10, roman=True),
    "digital_clock": d.DigitalClock(14, 5),
    "digital_clock_12_hour": d.DigitalClock(19, 45, twelve_hour=True),
    "timeline_duration": d.Timeline(9 * 60 + 45, 11 * 60 + 20),
    "timeline_end": d.Timeline(13 * 60 + 50, 14 * 60 + 25, unknown="end", twelve_hour=True),
    "coins": d.Coins((200, 100, 50, 20, 10, 5, 2, 1)),
    "coins_notes": d.Coins((2000, 1000, 500, 5000, 200, 50)),
    "ruler_pencil": d.Ruler(15, 0, D("8.7"), mark="?"),
    "ruler_offset": d.Ruler(10, 2, D("6.5"), thing="crayon"),
    "measuring_jug": d.MeasuringJug(500, 100, 2, 350),
    "measuring_jug_litres": d.MeasuringJug(D("2"), D("0.5"), 5, D("1.3"), unit="l"),
    "weighing_scale_dial": d.WeighingScale(1000, 200, 4, 650),
    "weighing_scale_display": d.WeighingScale(1, D("0.5"), 5, D("0.45"), unit="kg", display=True),
    "thermometer": d.Thermometer(-10, 30, 10, 5, -4),
    "protractor": d.Protractor(50),
    "protractor_left": d.Protractor(125, side="left", label="?"),
    "angle_obtuse": d.Angle(125, label=125),
    "angle_reflex": d.Angle(250, label="?", rotation=20),
    "angle_right": d.Angle(90, rotation=30),
    "angles_on_line": d.AnglesAtPoint("line", (50, 75, 55), (50, "?", 55)),
    "angles_at_point": d.AnglesAtPoint("point", (120, 95, 80, 65), (120, 95, 80, "?")),
    "angles_in_right_angle": d.AnglesAtPoint("right", (35, 55), (35, "?")),
    "angles_opposite": d.AnglesAtPoint("opposite", (40, 140, 40, 140), (40, "a", "?", "b"), rotation=15),
    "turn_quarter": d.Turn("N", 1),
    "turn_three_quarters": d.Turn("E", 3, clockwise=False, show_end=False),
    "circle_radius": d.Circle(radius=4),
    "circle_diameter": d.Circle(radius=7, diameter="?"),
    "solid_cuboid": d.Solid("cuboid", size=(5, 3, 2), edge_labels=(5, 3, "?")),
    "solid_triangular_prism": d.Solid("prism", 3),
    "solid_square_pyramid": d.Solid("pyramid", 4),
    "solid_cylinder": d.Solid("cylinder"),
    "solid_cone": d.Solid("cone"),
    "solid_sphere": d.Solid("sphere"),
    "net_cube": d.Net.of(d.CUBE_NETS[1]),
    "net_not_a_cube": d.Net.of(("###", "###")),
    "net_paper": d.Net((), paper=(6, 9)),
    "net_cuboid_on_paper": d.Net(
        d.Net.of((".##...", "######", ".##...")).cells,
        paper=(4, 7),
        faces=((0, 1, 1, 2), (1, 0, 1, 1), (1, 1, 1, 2), (1, 3, 1, 1), (1, 4, 1, 2), (2, 1, 1, 2)),
    ),
    "net_triangular_prism": d.SolidNet("prism", 3),
    "net_square_pyramid": d.SolidNet("pyramid", 4),
    "cube_stack_cuboid": d.CubeStack(((2, 2, 2), (2, 2, 2))),
    "cube_stack_steps": d.CubeStack(((3, 3), (2, 2), (1, 1))),
    "shape_rectangle": d.Shape2D(
        ((0, 0), (6, 0), (6, 3), (0, 3)),
        side_labels=(6, 3, None, None),
        unit="cm",
        right_angles=(0, 1, 2, 3),
        equal_sides=(1, 2, 1, 2),
        name="rectangle",
    ),
    "shape_triangle": d.Shape2D(
        ((0, 0), (8, 0), (3, 5)), angle_labels=(45, "?", None), vertex_names=("A", "B", "C"), name="triangle"
    ),
    "shape_parallelogram": d.Shape2D(
        ((0, 0), (6, 0), (8, 3), (2, 3)),
        parallel_sides=(1, 2, 1, 2),
        equal_sides=(1, 2, 1, 2),
        name="parallelogram",
    ),
    "shape_rectilinear": d.Shape2D(
        ((0, 0), (8, 0), (8, 3), (3, 3), (3, 6), (0, 6)),
        side_labels=(8, 3, 5, 3, 3, 6),
        unit="m",
        right_angles=(0, 1, 2, 4, 5),
        name="rectilinear shape",
    ),
    "shape_not_to_scale": d.Shape2D(
        ((0, 0), (5, 0), (5, 5), (0, 5)),
        side_labels=("?", 12, None, None),
        unit="cm",
        not_to_scale=True,
        right_angles=(0, 1, 2, 3),
    ),
    "shape_parallelogram_height": d.Shape2D(
        ((0, 0), (7, 0), (10, 4), (3, 4)),
        side_labels=(7, None, None, None),
        unit="cm",
        height=(3, 0, 4),
        parallel_sides=(1, 2, 1, 2),
        name="parallelogram",
    ),
    "shape_triangle_height_grid": d.Shape2D(
        ((0, 0), (6, 0), (8, 5)), side_labels=(6, None, None), unit="cm", height=(2, 0, "?"), grid=True
    ),
    "shape_row_enlargement": d.ShapeRow(
        (
            d.Shape2D(
                ((0, 0), (3, 0), (3, 2), (0, 2)), side_labels=(3, 2, None, None), unit="cm", right_angles=(0, 1, 2, 3)
            ),
            d.Shape2D(
                ((0, 0), (9, 0), (9, 6), (0, 6)), side_labels=(9, "?", None, None), unit="cm", right_angles=(0, 1, 2, 3)
            ),
        ),
        captions=("original", "enlargement"),
    ),
    "shape_row_lettered": d.ShapeRow(
        (
            d.Shape2D(((0, 0), (4, 0), (4, 4), (0, 4))),
            d.Shape2D(((0, 0), (5, 0), (6, 3), (1, 3))),
            d.Shape2D(((0, 0), (4, 0), (2, 5))),
        ),
        captions=("A", "B", "C"),
    ),
    "symmetry_half": d.SymmetryFigure(
        (10, 8), ((5, 7), (2, 5), (3, 3), (1, 1), (5, 1)), mirrors=(("x", 5),), half=True
    ),
    "symmetry_diagonal": d.SymmetryFigure((8, 8), ((1, 1), (5, 1), (5, 3), (3, 5), (1, 5)), mirrors=(("d", 0),)),
    "symmetry_lines": d.SymmetryFigure(
        (8, 8), ((1, 1), (7, 1), (7, 7), (1, 7)), mirrors=(("x", 4), ("y", 4), ("d", 0), ("a", 8))
    ),
    "coordinate_grid": d.CoordinateGrid(points=((2, 3, "A"), (7, 3, "B"), (7, 8, "C")), polygon=True),
    "coordinate_grid_four": d.CoordinateGrid((-6, 6), (-6, 6), points=((-4, 2, "P"), (3, -5, "Q"), (5, 4, "R"))),
    "coordinate_grid_reflection": d.CoordinateGrid(
        points=((1, 2, "A"), (4, 2, "B"), (1, 6, "C")),
        polygon=True,
        mirror=("x", 5),
        image=((9, 2, "A′"), (6, 2, "B′"), (9, 6, "C′")),
    ),
    "coordinate_grid_translation": d.CoordinateGrid(
        points=((1, 1, "A"), (3, 1, "B"), (3, 3, "C"), (1, 3, "D")),
        polygon=True,
        translation=(5, 4),
        arrow=True,
        image=((6, 5, "A′"), (8, 5, "B′"), (8, 7, "C′"), (6, 7, "D′")),
        asked=(2,),
    ),
    "coordinate_grid_reflection_four": d.CoordinateGrid(
        (-10, 10),
        (-10, 10),
        points=((-7, 2, "A"), (-2, 2, "B"), (-4, 8, "C")),
        polygon=True,
        mirror=("y", 0),
        image=((-7, -2, "A′"), (-2, -2, "B′"), (-4, -8, "C′")),
    ),
    "pictogram": d.Pictogram(
        ("Mon", "Tue", "Wed", "Thu", "Fri"),
        (8, 6, 12, 2, 10),
        key=4,
        unit="children",
        heading="Children walking to school",
    ),
    "bar_chart": d.BarChart(
        ("Red", "Blue", "Green", "Yellow"),
        (12, 7, 9, 4),
        step=2,
        heading="Favourite colours",
        x_label="Colour",
        y_label="Children",
    ),
    "bar_chart_crowded": d.BarChart(
        ("January", "February", "March", "April", "May", "June", "July", "August"),
        (30, 45, 60, 80, 95, 120, 110, 70),
        step=20,
        y_label="Rainfall (mm)",
    ),
    "line_graph": d.LineGraph(
        ("6am", "8am", "10am", "12pm", "2pm", "4pm"),
        (-3, -1, 2, 6, 7, 4),
        step=1,
        y_min=-4,
        heading="Temperature",
        y_label="°C",
        x_label="Time",
    ),
    "line_graph_to_complete": d.LineGraph(
        ("Mon", "Tue", "Wed", "Thu", "Fri"),
        (12, 18, 15, 24, 20),
        step=5,
        y_max=30,
        heading="Bikes in the shed",
        y_label="Bikes",
        missing=(3,),
    ),
    "bar_chart_to_complete": d.BarChart(
        ("Sparrows", "Robins", "Blackbirds", "Finches"),
        (14, 8, 11, 6),
        step=2,
        y_max=16,
        heading="Birds seen",
        y_label="Birds",
        missing=(2,),
    ),
    "pie_chart": d.PieChart(
        ("Football", "Netball", "Swimming", "Tennis"),
        (F(1, 2), F(1, 4), F(1, 8), F(1, 8)),
        heading="Favourite sports",
        show="fraction",
    ),
    "pie_chart_counts": d.PieChart(
        ("Cats", "Dogs", "Fish", "Rabbits", "Birds", "None"), (9, 12, 3, 2, 1, 9), show="degrees"
    ),
    "table": d.Table(
        ("Name", "Height (cm)", "Shoe size"),
        (("Amir", 132, 2), ("Bella", D("128.5"), 1), ("Chen", "?", F(3, 2))),
    ),
}
