"""The decimals strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.decimals import (
    decimal_fraction_equivalents,
    compare_order_decimals,
    round_decimals,
    add_subtract_decimals,
    multiply_decimals_by_whole,
    rounding_in_context,
)

# isort: on

__all__ = [
    "add_subtract_decimals",
    "compare_order_decimals",
    "decimal_fraction_equivalents",
    "multiply_decimals_by_whole",
    "round_decimals",
    "rounding_in_context",
]
