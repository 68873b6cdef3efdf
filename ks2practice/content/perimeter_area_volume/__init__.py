"""The perimeter_area_volume strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.perimeter_area_volume import perimeter, area, volume

# isort: on

__all__ = ["area", "perimeter", "volume"]
