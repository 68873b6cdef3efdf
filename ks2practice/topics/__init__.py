"""Generator modules, one per strand; importing this package registers every topic in every module."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    # Each strand module registers its topics on import; new strand modules need no line here.
    importlib.import_module(f"{__name__}.{_module.name}")
