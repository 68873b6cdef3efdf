"""Equivalent fractions and simplifying."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, FractionAnswer, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import RANGES, choose, fr, with_picture
from ks2practice.content.misconceptions import fractions as fmis
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
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


def _equivalent_steps(n: int, d: int, k: int) -> list[str]:
    return [f"{d} × {k} = {d * k}, so multiply the numerator by {k} too.", f"{n} × {k} = {n * k}."]


_EQUIVALENT_WORD = (
    "A pizza is cut into {D} equal slices. {name} eats {f} of the pizza. How many slices does {name} eat?",
    "A chocolate bar has {D} equal pieces. {name} shares {f} of the bar with friends. How many pieces is that?",
    "A garden has {D} equal beds. {f} of the beds grow carrots. How many beds grow carrots?",
    "A class of {D} children voted. {f} of the class voted for football. How many children voted for football?",
)


@topic(
    "fractions.equivalent_fractions",
    title="Equivalent fractions and simplifying",
    codes=("3F2", "4F2", "5F2b", "6F2"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "word_problem"),
)
def equivalent_fractions(rng: random.Random, level: Level, style: str) -> Item:
    n, d, k = _base_fraction(rng, level)
    big_n, big_d = n * k, d * k
    f = fr(n, d)
    tip = "multiply the numerator and the denominator by the same number."
    if style == "fluency" and level == Level.GREATER_DEPTH:
        answer = FractionAnswer(Fraction(n, d), simplest=True)
        prompt = f"Write {fr(big_n, big_d)} in its simplest form."
        steps = [
            f"The highest common factor of {big_n} and {big_d} is {k}.",
            f"{big_n} ÷ {k} = {n}; {big_d} ÷ {k} = {d}.",
        ]
        return make(prompt, answer, steps, style, fr(big_n, big_d))
    if style == "fluency":
        answer = WholeNumber(big_n)
        prompt = f"Complete: {f} = □/{big_d}" + hint(level, tip)
        predicted = mis.predictions(answer, ("equivalent_by_adding", fmis.equivalent_by_adding(n, d, big_d)))
        item = make(prompt, answer, _equivalent_steps(n, d, k), style, f"{f} = □ ÷ {big_d}", predicted=predicted)
        return with_picture(item, _wall(n, d, big_d) if level == Level.WORKING_TOWARDS else None)
    if style == "missing_number":
        answer = WholeNumber(big_d)
        prompt = f"What number goes in the box? {f} = {big_n}/□" + hint(level, tip)
        steps = [f"{n} × {k} = {big_n}, so multiply the denominator by {k} too.", f"{d} × {k} = {big_d}."]
        wrong = d + (big_n - n)
        predicted = mis.predictions(answer, ("equivalent_by_adding", wrong))
        item = make(prompt, answer, steps, style, f"{f} = {big_n} ÷ □", predicted=predicted)
        return with_picture(item, _wall(n, d, big_d) if level == Level.WORKING_TOWARDS else None)
    added = big_d - d
    if style == "true_or_false":
        fake = (n + added, big_d)
        claim = fake if rng.random() < 0.5 else (big_n, big_d)
        truth = claim == (big_n, big_d)
        prompt = f"True or false? {f} = {fr(*claim)}" + hint(level, tip)
        steps = [*_equivalent_steps(n, d, k), f"{f} = {fr(big_n, big_d)}, so the statement is {truth_word(truth)}."]
        predicted = () if truth else mis.predictions(TrueFalse(truth), ("equivalent_by_adding", True))
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
            f"{', '.join(same)} are all equal to {f}: top and bottom are multiplied by the same number.",
            f"{odd} was made by adding {added} to the top and bottom, so it is not equal to {f}.",
        ]
        return make(prompt, answer, steps, style, f"{odd} ≠ {f}")
    who = name(rng)
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        answer = FractionAnswer(Fraction(n, d), simplest=True)
        prompt = (
            f"A chocolate bar has {big_d} equal pieces. {who} eats {big_n} of them. What fraction of the bar "
            f"does {who} eat? Give your answer in its simplest form."
        )
        steps = [f"{who} eats {fr(big_n, big_d)} of the bar.", f"Divide top and bottom by {k}: {f}."]
        return make(prompt, answer, steps, style, fr(big_n, big_d))
    template = rng.choice(_EQUIVALENT_WORD)
    answer = WholeNumber(big_n)
    prompt = template.format(D=big_d, f=f, name=who) + hint(level, f"{f} = □/{big_d}")
    predicted = mis.predictions(answer, ("equivalent_by_adding", n + added))
    return make(prompt, answer, _equivalent_steps(n, d, k), style, f"{f} × {big_d}", predicted=predicted)
