"""Pictograms: read, complete and compare, with keys and half symbols."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import TYPE_CHECKING

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.statistics.common import COUNTS, _drawn, _sum_check
from ks2practice.content.wording import hint, make, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, mul, q, sub
from ks2practice.pictures.diagrams import Pictogram

if TYPE_CHECKING:
    from ks2practice.content.statistics.common import Context


# ---------------------------------------------------------------------- pictograms

# (keys, half symbols allowed, categories, most symbols in a row) per level
PICTOGRAM = {
    1: ((2, 5, 10), False, (3, 4), 6),
    2: ((2, 4, 5, 10), True, (4, 5), 8),
    3: ((4, 6, 8, 20, 50), True, (5, 6), 9),
}


def _pictogram_data(rng: random.Random, level: Level) -> tuple[Context, tuple[str, ...], list[int], int]:
    keys, halves, sizes, most = PICTOGRAM[int(level)]
    key = rng.choice(keys)
    # only a context where a full row is believable (no 450 robins), and rows no longer than it allows
    context = rng.choice([c for c in COUNTS if c.most >= 6 * key])
    most = min(most, context.most // key)
    categories = context.pick(rng, min(rng.choice(sizes), len(context.categories)))
    halves = halves and key % 2 == 0  # half of an odd key is not a whole count
    units = [rng.randint(2, 2 * most) if halves else 2 * rng.randint(1, most) for _ in categories]
    if halves and not any(u % 2 for u in units):
        units[rng.randrange(len(units))] -= 1  # at least one half symbol to read (down: the row stays believable)
    for i in range(len(units)):  # all different, so 'which is most' and comparisons are clear
        while units[i] in units[:i]:
            units[i] = units[i] % (2 * most) + (1 if halves else 2)
    values = [u * key // 2 for u in units]
    context.record(values)
    return context, categories, values, key


@topic(
    "statistics.pictograms",
    title="Pictograms: read, complete and compare, with keys and half symbols",
    codes=("3S1", "3S2", "4S2"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "two_step_word_problem"),
)
def pictograms(rng: random.Random, level: Level, style: str) -> Item:
    context, categories, counts, key = _pictogram_data(rng, level)
    chart = Pictogram(categories=categories, counts=tuple(counts), key=key, heading=context.heading)
    tip = hint(level, f"each symbol stands for {key}.")
    i, j = rng.sample(range(len(categories)), 2)
    symbols = [Fraction(c, key) for c in counts]

    def read(k: int) -> Step:
        many = q(symbols[k], mixed=True)
        word = "symbol" if symbols[k] <= 1 else "symbols"  # 1 symbol, ½ symbol, 2½ symbols
        return Step(f"{categories[k]} has ", many, f" {word}: ", eq(mul(many, key), counts[k]), ".")

    if style == "fluency":
        answer = context.answer(counts[i])
        prompt = f"Look at the pictogram. {context.ask(categories[i])}{tip}"
        predicted = mis.predictions(
            answer,
            mis.pictogram_key_ignored.on(counts[i], key),
            mis.half_symbol_as_whole.on(counts[i], key),
        )
        return _drawn(make(prompt, answer, [read(i)], style, show(counts[i]), predicted=predicted), chart)
    if style == "missing_number":
        # the last row is not drawn yet: the total tells how many it must show
        shown = Pictogram(categories=categories[:-1], counts=tuple(counts[:-1]), key=key, heading=context.heading)
        total = sum(counts)
        answer = context.answer(counts[-1])
        prompt = (
            f"The pictogram is not finished: the row for {categories[-1]} is missing. Altogether there are "
            f"{show(total)} {context.noun}. How many {context.noun} should the row for {categories[-1]} show?{tip}"
        )
        steps = [read(k) for k in range(len(counts) - 1)]
        steps.append(Step(eq(sub(total, add(*counts[:-1])), counts[-1])))
        check = f"{show(total)} − ({_sum_check(counts[:-1])})"
        return _drawn(make(prompt, answer, steps, style, check), shown)
    if style == "true_or_false":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        difference = counts[more] - counts[fewer]
        # The symbols counted, not read by the key: the wrong claim is that mechanism's own count.
        slip = ts.pictogram_key_ignored(counts[more], key, less=counts[fewer])
        wrong = slip if isinstance(slip, int) and 0 < slip != difference else difference + key
        claim = rng.choice([difference, wrong])
        answer = TrueFalse(claim == difference)
        prompt = (
            f"True or false? The pictogram shows {show(claim)} more {context.noun} for {categories[more]} than for "
            f"{categories[fewer]}.{tip}"
        )
        steps = [
            read(more),
            read(fewer),
            Step(
                eq(sub(counts[more], counts[fewer]), difference), f", so the statement is {truth_word(answer.value)}."
            ),
        ]
        predicted = mis.predictions(
            answer, mis.pictogram_key_ignored.on(counts[more], key, less=counts[fewer], claim=claim)
        )
        check = f"{counts[more]} − {counts[fewer]} = {show(claim)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    if style == "word_problem":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        answer = context.answer(counts[more] - counts[fewer])
        prompt = f"How many more {context.noun} are shown for {categories[more]} than for {categories[fewer]}?{tip}"
        steps = [read(more), read(fewer), Step(eq(sub(counts[more], counts[fewer]), counts[more] - counts[fewer]))]
        predicted = mis.predictions(
            answer,
            mis.more_than_as_sum.on(counts[more], counts[fewer]),
            mis.pictogram_key_ignored.on(counts[more], key, less=counts[fewer]),
        )
        check = f"{counts[more]} − {counts[fewer]}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    # two steps: the total of all rows, or two rows together compared with a third
    if level == Level.WORKING_TOWARDS or len(categories) < 3:
        answer = context.answer(sum(counts))
        prompt = f"How many {context.noun} are shown in the pictogram altogether?{tip}"
        steps = [read(k) for k in range(len(counts))] + [Step(eq(add(*counts), sum(counts)))]
        predicted = mis.predictions(answer, mis.pictogram_key_ignored.on(counts, key))
        return _drawn(make(prompt, answer, steps, style, _sum_check(counts), predicted=predicted), chart)
    k = next(x for x in range(len(categories)) if x not in (i, j))
    together = counts[i] + counts[j]
    gap = abs(together - counts[k])
    if gap == 0:
        answer = context.answer(together)
        prompt = f"How many {context.noun} are shown for {categories[i]} and {categories[j]} together?{tip}"
        steps = [read(i), read(j), Step(eq(add(counts[i], counts[j]), together))]
        return _drawn(make(prompt, answer, steps, style, f"{counts[i]} + {counts[j]}"), chart)
    word = "more" if together > counts[k] else "fewer"
    answer = context.answer(gap)
    prompt = (
        f"How many {word} {context.noun} are shown for {categories[i]} and {categories[j]} together than for "
        f"{categories[k]}?{tip}"
    )
    bigger, smaller = max(together, counts[k]), min(together, counts[k])
    steps = [
        read(i),
        read(j),
        read(k),
        Step(eq(add(counts[i], counts[j]), together)),
        Step("The difference is ", eq(sub(bigger, smaller), gap), "."),
    ]
    check = (
        f"{counts[i]} + {counts[j]} − {counts[k]}" if word == "more" else f"{counts[k]} − ({counts[i]} + {counts[j]})"
    )
    return _drawn(make(prompt, answer, steps, style, check), chart)
