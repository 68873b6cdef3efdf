"""The calculation strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.calculation import (
    mental,
    column_methods,
    times_tables,
    multiplication,
    division,
    factors_multiples_primes,
    squares_cubes,
    order_of_operations,
    estimate_inverse,
)

# isort: on

__all__ = [
    "column_methods",
    "division",
    "estimate_inverse",
    "factors_multiples_primes",
    "mental",
    "multiplication",
    "order_of_operations",
    "squares_cubes",
    "times_tables",
]
