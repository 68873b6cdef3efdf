"""The measures strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.measures import (
    compare_measures,
    read_scales,
    convert_units,
    money_problems,
    calculate_with_measures,
    imperial_units,
)

# isort: on

__all__ = [
    "calculate_with_measures",
    "compare_measures",
    "convert_units",
    "imperial_units",
    "money_problems",
    "read_scales",
]
