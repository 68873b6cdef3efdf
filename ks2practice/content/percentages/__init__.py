"""The percentages strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.percentages import fdp_equivalents, percentage_of_amount, compare_with_percentages

# isort: on

__all__ = ["compare_with_percentages", "fdp_equivalents", "percentage_of_amount"]
