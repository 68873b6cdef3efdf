"""The statistics strand: one module per skill or family of skills; importing it registers their topics."""

# isort: off
# Importing a module registers its topics, in this order (the order they were written in); a new module needs a
# line here.
from ks2practice.content.statistics import pictograms, bar_charts, tables_timetables, line_graphs, pie_charts, mean
from ks2practice.content.statistics import complete_charts

# isort: on

__all__ = ["bar_charts", "complete_charts", "line_graphs", "mean", "pictograms", "pie_charts", "tables_timetables"]
