"""Picture records: exact values, validated on construction, each with a kind id, a title and describe()."""

# One module per family of pictures; every public name is re-exported here, so `from ks2practice.pictures import
# diagrams as d` and `d.BarModel(...)` read as before. Importing this package defines every kind, in this order.

from ks2practice.pictures.diagrams.bars import (
    BarModel,
    ComparisonBarModel,
    FractionAreaModel,
    FractionBar,
    FractionWall,
    SharedFractionBar,
)
from ks2practice.pictures.diagrams.base import (
    BLANK,
    MINUS,
    UNKNOWN,
    Diagram,
    DiagramError,
    Number,
    classes_for,
    count_text,
    decimal_text,
    fraction_parts,
    is_number,
    join_words,
    kinds,
    money_text,
    number_text,
    quantity_text,
    whole_text,
)
from ks2practice.pictures.diagrams.charts import BarChart, LineGraph, Pictogram, PieChart, axis_top
from ks2practice.pictures.diagrams.counting import (
    PLACE_COLUMNS,
    PLACE_NAMES,
    PLACE_VALUES,
    Array,
    BaseTen,
    PartWholeModel,
    PlaceValueChart,
    TensFrame,
)
from ks2practice.pictures.diagrams.figures import ShapeRow, SymmetryFigure
from ks2practice.pictures.diagrams.geometry import CoordinateGrid, GridPoint, Shape2D
from ks2practice.pictures.diagrams.grids_number import HundredSquare
from ks2practice.pictures.diagrams.lines import DoubleNumberLine, Jump, Marker, NumberLine
from ks2practice.pictures.diagrams.measure import COINS, NOTES, AnalogueClock, Coins, Protractor, pence_text
from ks2practice.pictures.diagrams.tables import RatioTable, Table

__all__ = [
    "BLANK",
    "COINS",
    "MINUS",
    "NOTES",
    "PLACE_COLUMNS",
    "PLACE_NAMES",
    "PLACE_VALUES",
    "UNKNOWN",
    "AnalogueClock",
    "Array",
    "BarChart",
    "BarModel",
    "BaseTen",
    "Coins",
    "ComparisonBarModel",
    "CoordinateGrid",
    "Diagram",
    "DiagramError",
    "DoubleNumberLine",
    "FractionAreaModel",
    "FractionBar",
    "FractionWall",
    "GridPoint",
    "HundredSquare",
    "Jump",
    "LineGraph",
    "Marker",
    "Number",
    "NumberLine",
    "PartWholeModel",
    "Pictogram",
    "PieChart",
    "PlaceValueChart",
    "Protractor",
    "RatioTable",
    "Shape2D",
    "ShapeRow",
    "SharedFractionBar",
    "SymmetryFigure",
    "Table",
    "TensFrame",
    "axis_top",
    "classes_for",
    "count_text",
    "decimal_text",
    "fraction_parts",
    "is_number",
    "join_words",
    "kinds",
    "money_text",
    "number_text",
    "pence_text",
    "quantity_text",
    "whole_text",
]
