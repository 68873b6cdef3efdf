"""Seeds as a teacher types them: a whole number in ASCII digits, or a short word; anything else is refused."""

from __future__ import annotations

import re

LONGEST_SEED = 100
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")
_SEED_WORD = re.compile(r"[A-Za-z0-9._-]+")


def parse_seed(text: str) -> int | str:
    """A seed as typed: a whole number in ASCII digits (an int), or a word of ASCII letters, digits, '.', '-', '_'.

    Every command and app reads seeds here. Other digits (², ١٢) are refused rather than read as a number, so a
    printed code always makes the same sheet again; a ValueError carries a one-line reason.
    """
    seed = text.strip()
    if not seed:
        raise ValueError("the seed is empty; use a whole number such as 7 or a word such as lion")
    if len(seed) > LONGEST_SEED:
        raise ValueError(f"the seed is longer than {LONGEST_SEED} characters; use a short number or word")
    if _WHOLE_NUMBER.fullmatch(seed):
        return int(seed)
    if _SEED_WORD.fullmatch(seed):
        return seed
    raise ValueError(
        f"the seed {seed!r} is neither a whole number nor a word; use digits 0-9 or letters a-z, '.', '-', '_'"
    )
