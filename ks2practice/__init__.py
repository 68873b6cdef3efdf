"""ks2practice: KS2 maths practice for English primary schools — generate, show, solve and mark questions."""

from ks2practice.answers import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
    check,
)
from ks2practice.content.coverage import coverage  # the function; the module is ks2practice.content.coverage
from ks2practice.content.selection import sheet_items
from ks2practice.content.variation import variation_set
from ks2practice.core import registry as _registry
from ks2practice.core.curriculum import Objective, objectives
from ks2practice.core.curriculum import find as find_objective
from ks2practice.core.model import STYLES, Item, Level, Predicted, Question, Spec, Status, Verdict
from ks2practice.core.notation import NotationError, solve
from ks2practice.core.registry import Topic, generate
from ks2practice.core.registry import get as get_topic
from ks2practice.core.registry import topics as list_topics  # not `topics`: ks2practice.content.topics loads them

_registry.topics_from("ks2practice.content.topics")  # loaded when topics are first asked for, not at import
_registry.gates_from("ks2practice.content.gates")  # every drawn item passes its truth gates (redrawn if false)
_registry.fits_from("ks2practice.content.level_fit")  # a draw off its year's pitch or too easy for its level is redrawn

__version__ = "0.1.0"

__all__ = [
    "STYLES",
    "Answer",
    "Choice",
    "Comparison",
    "DecimalNumber",
    "FractionAnswer",
    "Item",
    "Level",
    "Measure",
    "Money",
    "NotationError",
    "Objective",
    "Percentage",
    "Predicted",
    "Question",
    "Spec",
    "Status",
    "TimeOfDay",
    "Topic",
    "TrueFalse",
    "Verdict",
    "WholeNumber",
    "__version__",
    "check",
    "coverage",
    "find_objective",
    "generate",
    "get_topic",
    "list_topics",
    "objectives",
    "sheet_items",
    "solve",
    "variation_set",
]
