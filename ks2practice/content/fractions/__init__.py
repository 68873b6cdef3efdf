"""The fractions strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.fractions import (
    fractions_of_amounts,
    counting_in_fractions,
    equivalent_fractions,
    compare_order_fractions,
    mixed_improper,
    operations,
)

# isort: on

__all__ = [
    "compare_order_fractions",
    "counting_in_fractions",
    "equivalent_fractions",
    "fractions_of_amounts",
    "mixed_improper",
    "operations",
]
