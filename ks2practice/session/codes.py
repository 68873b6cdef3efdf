"""Read a variant code such as "calculation.column_addition/L2/s7/fluency/bar_model" back into the Spec it names."""

from __future__ import annotations

import re

from ks2practice.core.model import STYLES, Level, Spec

_LEVEL = re.compile(r"^L([123])$")
_WHOLE = re.compile(r"^-?[0-9]+$")


def spec_from_code(code: str) -> Spec:
    """The Spec whose ``.code`` is this text; a ValueError with a readable reason for anything else.

    A seed made only of digits is a whole number (as ``Spec(..., seed=7)`` writes ``s7``); any other seed is text.
    """
    if not isinstance(code, str) or not code.strip():
        raise ValueError("a variant code looks like 'calculation.column_addition/L2/s7'")
    parts = code.strip().split("/")
    if len(parts) < 3 or len(parts) > 5:
        raise ValueError(f"{code!r} is not a variant code such as 'calculation.column_addition/L2/s7'")
    topic, level_text, seed_text, *rest = parts
    level = _LEVEL.match(level_text)
    if not level:
        raise ValueError(f"{code!r}: the level part should be L1, L2 or L3, not {level_text!r}")
    if not seed_text.startswith("s") or len(seed_text) < 2:
        raise ValueError(f"{code!r}: the seed part should start with 's', as in 's7'")
    seed_raw = seed_text[1:]
    seed: int | str = int(seed_raw) if _WHOLE.match(seed_raw) else seed_raw
    style = representation = None
    if rest and rest[0] in STYLES:
        style, rest = rest[0], rest[1:]
    if rest:
        representation, rest = rest[0], rest[1:]
    if rest or representation == "":
        raise ValueError(f"{code!r}: unexpected parts after the seed")
    spec = Spec(topic, Level(int(level.group(1))), seed, representation=representation, style=style)
    if spec.code != code.strip():
        raise ValueError(f"{code!r} does not name one question exactly")
    return spec
