"""Answer kinds and marking: read a pupil's typed answer exactly and judge it by the item's own rules."""

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
)
from ks2practice.answers.marking import check
from ks2practice.answers.parse import infer, parse_number

__all__ = [
    "Answer",
    "Choice",
    "Comparison",
    "DecimalNumber",
    "FractionAnswer",
    "Measure",
    "Money",
    "Percentage",
    "TimeOfDay",
    "TrueFalse",
    "WholeNumber",
    "check",
    "infer",
    "parse_number",
]
