"""Equivalent fractions and simplifying."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, FractionAnswer, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions import reasoning_items as reasoned
from ks2practice.content.fractions.common import RANGES, choose, fq, fr, with_picture
from ks2practice.content.misconceptions.fraction_operations import judged
from ks2practice.content.wording import hint, lettered, make, name
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, rel
from ks2practice.pictures.diagrams import FractionWall

# ---------------------------------------------------------------------- equivalent fractions


def _base_fraction(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(n, d, k): n/d in its simplest form and a multiplier k (level 1: the wall goes up to twelfths)."""
    key = "equivalent_fractions"
    d = choose(rng, level, key)
    n = rng.choice([x for x in range(1, d) if Fraction(x, d).denominator == d])
    low, high = RANGES[key][int(level)]["times"]
    if level == Level.WORKING_TOWARDS:
        high = min(high, 12 // d)
    if level == Level.EXPECTED and 100 % d == 0 and rng.random() < 0.5:
        return n, d, 100 // d  # tenths and hundredths (5F2b)
    return n, d, rng.randint(low, max(low, high))


def _wall(n: int, d: int, big: int) -> FractionWall | None:
    if big > 12:
        return None
    return FractionWall(denominators=(1, d, big), shade=((n, d),))


def _equivalent_steps(n: int, d: int, k: int) -> list[Step]:
    return [Step(eq(mul(d, k), d * k), f", so multiply the numerator by {k} too."), Step(eq(mul(n, k), n * k), ".")]


# (template, the quantity in the bank's equivalent_stories, which says how many equal parts make sense): no pizza in
# 144 slices, no class of 4 children
_EQUIVALENT_WORD = (
    ("A pizza is cut into {D} equal slices. {name} eats {f} of the pizza. How many slices does {name} eat?", "pizza"),
    (
        "A chocolate bar has {D} equal pieces. {name} shares {f} of the bar with friends. How many pieces is that?",
        "chocolate",
    ),
    ("A garden has {D} equal beds. {f} of the beds grow carrots. How many beds grow carrots?", "garden"),
    (
        "A class of {D} children voted. {f} of the class voted for football. How many children voted for football?",
        "class",
    ),
    ("A bag holds {D} marbles. {f} of the marbles are red. How many marbles are red?", "marbles"),
    ("A school has {D} pupils. {f} of the pupils walk to school. How many pupils walk to school?", "school"),
)


@topic(
    "fractions.equivalent_fractions",
    title="Equivalent fractions and simplifying",
    codes=("3F2", "4F2", "5F2b", "6F2"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "same_different", "explain", "word_problem"),
)
def equivalent_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return reasoned.equivalent_same_different(rng, level)
    if style == "explain":
        return reasoned.equivalent_explain(rng, level)
    n, d, k = _base_fraction(rng, level)
    big_n, big_d = n * k, d * k
    f = fr(n, d)
    tip = "multiply the numerator and the denominator by the same number."
    if style == "fluency" and level == Level.GREATER_DEPTH:
        answer = FractionAnswer(Fraction(n, d), simplest=True)
        prompt = f"Write {fr(big_n, big_d)} in its simplest form."
        steps = [
            Step(f"The highest common factor of {big_n} and {big_d} is {k}."),
            Step("Divide both by it: ", eq(div(big_n, k), n), " and ", eq(div(big_d, k), d), "."),
            Step(f"So {fr(big_n, big_d)} in its simplest form is ", fq(Fraction(n, d)), "."),
        ]
        return make(prompt, answer, steps, style, fr(big_n, big_d))
    if style == "fluency":
        answer = WholeNumber(big_n)
        prompt = f"Complete: {f} = □/{big_d}" + hint(level, tip)
        predicted = mis.predictions(answer, mis.equivalent_by_adding.on(n, d, big_d))
        item = make(prompt, answer, _equivalent_steps(n, d, k), style, f"{f} = □ ÷ {big_d}", predicted=predicted)
        return with_picture(item, _wall(n, d, big_d) if level == Level.WORKING_TOWARDS else None)
    if style == "missing_number":
        answer = WholeNumber(big_d)
        prompt = f"What number goes in the box? {f} = {big_n}/□" + hint(level, tip)
        steps = [
            Step(eq(mul(n, k), big_n), f", so multiply the denominator by {k} too."),
            Step(eq(mul(d, k), big_d), "."),
        ]
        predicted = mis.predictions(answer, mis.equivalent_by_adding.on(n, d, new_n=big_n))
        item = make(prompt, answer, steps, style, f"{f} = {big_n} ÷ □", predicted=predicted)
        return with_picture(item, _wall(n, d, big_d) if level == Level.WORKING_TOWARDS else None)
    added = big_d - d
    if style == "true_or_false":
        fake = (n + added, big_d)
        claim = fake if rng.random() < 0.5 else (big_n, big_d)
        truth = claim == (big_n, big_d)
        prompt = f"True or false? {f} = {fr(*claim)}" + hint(level, tip)
        if truth:
            verdict = Step(
                f"{fr(*claim)} has the numerator and the denominator of {f} both multiplied by {k}, so the "
                "statement is true."
            )
        else:
            verdict = Step(
                rel(fq(Fraction(*claim)), "≠", fq(Fraction(n, d))),
                f": {fr(*claim)} has {added} added to the top and the bottom, so the statement is false.",
            )
        steps = [*_equivalent_steps(n, d, k), verdict]
        predicted = mis.predictions(TrueFalse(truth), judged(mis.equivalent_by_adding, claim[0]).on(n, d, big_d))
        return make(prompt, TrueFalse(truth), steps, style, f"{f} = {fr(*claim)}", predicted=predicted)
    if style == "odd_one_out":
        most = 5 if level == Level.WORKING_TOWARDS else 7
        times = [*rng.sample([x for x in range(2, most) if x != k], 2), k]
        same = [fr(n * x, d * x) for x in times]
        odd = fr(n + added, big_d)
        options = [*same, odd]
        rng.shuffle(options)
        answer = Choice(tuple(options), options.index(odd))
        prompt = f"Which is the odd one out? {lettered(options)}" + hint(level, f"which are equal to {f}?")
        steps = [
            Step(
                f"{fr(n * x, d * x)}: ",
                eq(div(n * x, x), n),
                " and ",
                eq(div(d * x, x), d),
                f", so it is equal to {f}.",
            )
            for x in times
        ]
        steps.append(
            Step(
                f"{odd}: {added} was added to the top and the bottom, and ",
                rel(fq(Fraction(n + added, big_d)), "≠", fq(Fraction(n, d))),
                f", so {odd} is the odd one out.",
            )
        )
        return make(prompt, answer, steps, style, f"{odd} ≠ {f}")
    who = name(rng)
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        answer = FractionAnswer(Fraction(n, d), simplest=True)
        contexts.used("equivalent_stories", **{"chocolate" if big_d <= 40 else "marbles": big_d})
        if big_d <= 40:
            prompt = (
                f"A chocolate bar has {big_d} equal pieces. {who} eats {big_n} of them. What fraction of the bar "
                f"does {who} eat? Give your answer in its simplest form."
            )
        else:  # no bar of chocolate has 100 pieces
            prompt = (
                f"A bag holds {big_d} marbles. {who} takes {big_n} of them. What fraction of the marbles does "
                f"{who} take? Give your answer in its simplest form."
            )
        steps = [
            Step(f"{who} has {big_n} of the {big_d}: {fr(big_n, big_d)} of them."),
            Step(f"Divide top and bottom by {k}: ", eq(div(big_n, k), n), " and ", eq(div(big_d, k), d), f", so {f}."),
        ]
        return make(prompt, answer, steps, style, fr(big_n, big_d))
    bank = contexts.get("equivalent_stories")
    fitting = [(t, q) for t, q in _EQUIVALENT_WORD if bank[q].holds(big_d)]
    template, quantity = rng.choice(fitting or [_EQUIVALENT_WORD[4]])
    contexts.used("equivalent_stories", **{quantity: big_d})
    answer = WholeNumber(big_n)
    prompt = template.format(D=big_d, f=f, name=who) + hint(level, f"{f} = □/{big_d}")
    predicted = mis.predictions(answer, mis.equivalent_by_adding.on(n, d, big_d))
    return make(prompt, answer, _equivalent_steps(n, d, k), style, f"{f} × {big_d}", predicted=predicted)
