"""The algebra strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.algebra import missing_numbers_algebraically, formulae, sequences, two_unknowns

# isort: on

__all__ = ["formulae", "missing_numbers_algebraically", "sequences", "two_unknowns"]
