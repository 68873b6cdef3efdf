"""Reasoning item shapes shared by topics: what's the same and what's different, with one true statement."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ks2practice.answers.kinds import Choice
from ks2practice.content.wording import lettered, make
from ks2practice.core.model import Item
from ks2practice.core.steps import Step


def same_different(
    rng: random.Random,
    pair: str,
    statements: Sequence[tuple[str, bool]],
    steps: Sequence[str | Step],
    check: str,
) -> Item:
    """A same/different item about ``pair`` ("3/4 and 6/8"): the statements are (text, true?), exactly one true,
    shown in a shuffled order; ``steps`` work out why, and ``check`` is a true statement in KS2 notation that
    confirms the key (the independent evaluator reads it)."""
    true = [text for text, holds in statements if holds]
    if len(true) != 1:
        raise ValueError(f"a same/different item needs exactly one true statement, not {len(true)}: {statements}")
    options = [text for text, _ in statements]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(true[0]))
    prompt = f"What is the same and what is different about {pair}? Choose the best answer. {lettered(options)}"
    return make(prompt, answer, [*steps, f"Answer: {true[0]}"], "same_different", check)
