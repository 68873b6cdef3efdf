"""Named, mechanised misconceptions: the wrong answer each predicts from the numbers, with adult feedback."""

# Each strand has its own module that registers its entries; importing this package loads them all, so the
# catalogue is complete. The whole-number functions are re-exported here for the topics that predate the split.

import importlib
import pkgutil

from ks2practice.content.misconceptions.catalogue import (
    MECHANISMS,
    MISCONCEPTIONS,
    Applied,
    Mechanism,
    Misconception,
    Wrong,
    any_size,
    mechanism,
    plausible_by_default,
    predictions,
    register,
)
from ks2practice.content.misconceptions.whole_numbers import *  # noqa: F403  (the original flat API)

for _module in pkgutil.iter_modules(__path__):  # noqa: F405  (the package path, not a star import)
    importlib.import_module(f"{__name__}.{_module.name}")

# Every mechanism is reachable by its misconception's id, whichever strand module defines it: mis.<id>.on(...).
globals().update(MECHANISMS)

__all__ = [
    "MECHANISMS",
    "MISCONCEPTIONS",
    "Applied",
    "Mechanism",
    "Misconception",
    "Wrong",
    "any_size",
    "mechanism",
    "plausible_by_default",
    "predictions",
    "register",
]
