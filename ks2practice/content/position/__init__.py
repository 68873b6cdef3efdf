"""The position strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.position import coordinates, translation, reflection, draw_on_grid

# isort: on

__all__ = ["coordinates", "draw_on_grid", "reflection", "translation"]
