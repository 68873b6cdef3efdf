"""The shapes strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.shapes import properties_2d, shapes_3d, symmetry, circles, missing_lengths

# isort: on

__all__ = ["circles", "missing_lengths", "properties_2d", "shapes_3d", "symmetry"]
