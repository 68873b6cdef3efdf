"""Every topic: importing this module imports each strand package, and each strand registers its own topics."""

# The registry (in core) is told to import this module the first time topics are asked for: ks2practice/__init__.py
# names it with registry.topics_from(). A new strand is a package in content/ and a name here.
from ks2practice.content import (
    algebra,
    angles,
    calculation,
    decimals,
    fractions,
    measures,
    number,
    percentages,
    perimeter_area_volume,
    position,
    problems,
    ratio,
    shapes,
    statistics,
    time,
)

STRANDS = (
    algebra,
    angles,
    calculation,
    decimals,
    fractions,
    measures,
    number,
    percentages,
    perimeter_area_volume,
    position,
    problems,
    ratio,
    shapes,
    statistics,
    time,
)
