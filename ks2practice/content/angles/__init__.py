"""The angles strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.angles import angle_types, read_angles, missing_angles, draw_angles

# isort: on

__all__ = ["angle_types", "draw_angles", "missing_angles", "read_angles"]
