"""The time strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.time import read_clocks, twelve_24_hour, durations, time_units

# isort: on

__all__ = ["durations", "read_clocks", "time_units", "twelve_24_hour"]
