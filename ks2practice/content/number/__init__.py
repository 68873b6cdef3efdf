"""The number strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.number import (
    place_value,
    more_or_less,
    compare_order,
    rounding,
    negative_numbers,
    roman_numerals,
    counting_steps,
    read_write,
    number_lines,
    digit_cards,
)

# isort: on

__all__ = [
    "compare_order",
    "counting_steps",
    "digit_cards",
    "more_or_less",
    "negative_numbers",
    "number_lines",
    "place_value",
    "read_write",
    "roman_numerals",
    "rounding",
]
