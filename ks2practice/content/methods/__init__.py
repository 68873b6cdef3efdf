"""Formal written methods as taught in England: their layouts, and one engine that works them step by step."""

# layouts.py draws each method as monospace text (the print-outs rely on it byte for byte); engine.py runs a
# method once on the operands and returns the layout, the worked Steps and the answer, with one named mistake
# made on request, so a misconception's wrong answer and its worked trace come from the same run.

from ks2practice.content.methods.engine import (
    Run,
    add_in_columns,
    divide,
    multiply_decimal,
    multiply_long,
    multiply_short,
    subtract_in_columns,
)
from ks2practice.content.methods.layouts import (
    MINUS,
    RULE,
    SUPERSCRIPT,
    Number,
    column_addition,
    column_subtraction,
    long_division,
    long_multiplication,
    short_division,
    short_multiplication,
)

__all__ = [
    "MINUS",
    "RULE",
    "SUPERSCRIPT",
    "Number",
    "Run",
    "add_in_columns",
    "column_addition",
    "column_subtraction",
    "divide",
    "long_division",
    "long_multiplication",
    "multiply_decimal",
    "multiply_long",
    "multiply_short",
    "short_division",
    "short_multiplication",
    "subtract_in_columns",
]
