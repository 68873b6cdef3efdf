"""The problems strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.problems import multi_step_add_subtract, multi_step_four_operations

# isort: on

__all__ = ["multi_step_add_subtract", "multi_step_four_operations"]
