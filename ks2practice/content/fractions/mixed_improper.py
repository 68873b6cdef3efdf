"""Mixed numbers and improper fractions."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, FractionAnswer, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions import reasoning_items as reasoned
from ks2practice.content.fractions.common import as_written, between, fq, fr, parts_name, with_picture
from ks2practice.content.misconceptions.fraction_operations import judged, then
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, rel
from ks2practice.pictures.diagrams import FractionBar


def bar_of(parts: int, shaded: int) -> FractionBar | None:
    """A fraction bar when the numbers fit one (at most 24 parts a bar and four bars)."""
    if 1 <= parts <= 24 and 0 <= shaded <= 4 * parts:
        return FractionBar(parts, shaded)
    return None


# ---------------------------------------------------------------------- mixed numbers and improper fractions


def _mixed_numbers(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(whole, numerator, denominator) of a mixed number w n/d with n/d proper and in its simplest form."""
    key = "mixed_improper"
    d = between(rng, level, key, "dens")
    w = between(rng, level, key, "wholes")
    n = rng.choice([x for x in range(1, d) if Fraction(x, d).denominator == d])
    return w, n, d


def _parts_name(d: int, plural: bool = True) -> str:
    return parts_name(d, plural)


@topic(
    "fractions.mixed_improper",
    title="Mixed numbers and improper fractions",
    codes=("5F2a",),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "spot_the_mistake",
        "same_different",
        "odd_one_out",
        "word_problem",
    ),
)
def mixed_improper(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return reasoned.mixed_same_different(rng, level)
    if style == "odd_one_out":
        return reasoned.mixed_odd_one_out(rng, level)
    w, n, d = _mixed_numbers(rng, level)
    top = w * d + n
    mixed, improper = f"{w} {n}/{d}", fr(top, d)
    value = Fraction(top, d)
    to_improper = [
        Step(f"Each whole is {d} {_parts_name(d)}: ", eq(mul(w, d), w * d), "."),
        Step(f"Add the {n} more: ", eq(add(w * d, n), top), ", so ", eq(fq(value), fq(value, mixed=False)), "."),
    ]
    to_mixed = [
        Step(eq(div(top, d), Remainder(w, n)), f": {w} wholes and {n} {_parts_name(d, n > 1)} left."),
        Step("So ", eq(fq(value, mixed=False), fq(value)), "."),
    ]
    slips = (mis.mixed_whole_times_numerator, mis.mixed_ignores_whole)
    # a child with either slip writes the numerator of the fraction they made: 2 3/4 = □/4 → 10 (or 3)
    numerators = [then(m, lambda wrong: int(wrong * d)).on(w, n, d) for m in slips]
    bar = bar_of(d, top) if level == Level.WORKING_TOWARDS else None
    if style == "fluency":
        if rng.random() < 0.5:
            answer = FractionAnswer(value, mixed=False)
            prompt = f"Write {mixed} as an improper fraction." + hint(level, f"how many {_parts_name(d)} in {w}?")
            item = make(prompt, answer, to_improper, style, f"({w} × {d} + {n}) ÷ {d}")
            item = replace(item, misconceptions=mis.predictions(answer, *(m.on(w, n, d) for m in slips)))
        else:
            answer = FractionAnswer(value, improper=False)
            prompt = f"Write {improper} as a mixed number." + hint(level, f"how many {d}s go into {top}?")
            item = make(prompt, answer, to_mixed, style, f"{top} ÷ {d}")
        return with_picture(item, bar)
    if style == "missing_number":
        answer = WholeNumber(top)
        prompt = f"What number goes in the box? {mixed} = □/{d}" + hint(level, f"how many {_parts_name(d)} in {w}?")
        item = make(
            prompt, answer, to_improper, style, f"{mixed} = □ ÷ {d}", predicted=mis.predictions(answer, *numerators)
        )
        return with_picture(item, bar)
    if style == "compare":
        other = top + rng.choice((-2, -1, 1, 2)) if rng.random() < 0.8 else top
        while other <= 0 or other % d == 0:
            other += 1
        answer = Comparison(sign_of(value, Fraction(other, d)))
        prompt = f"Write <, > or = in the box: {mixed} □ {fr(other, d)}" + hint(level, "write both the same way.")
        shown = as_written(Fraction(other, d), fr(other, d))
        after = (", so ", rel(fq(value), answer.sign, shown), ".") if shown is not None else (".",)
        steps = [
            *to_improper,
            Step(f"Compare the {_parts_name(d)}: ", rel(top, answer.sign, other, restates=top == other), *after),
        ]
        sign = then(mis.mixed_whole_times_numerator, lambda wrong: sign_of(wrong, Fraction(other, d)))
        predicted = mis.predictions(answer, sign.on(w, n, d))
        return make(prompt, answer, steps, style, f"{mixed} □ {fr(other, d)}", predicted=predicted)
    if style == "true_or_false":
        fake = w * n + d
        claim = fake if rng.random() < 0.5 and fake != top else top
        truth = claim == top
        prompt = f"True or false? {mixed} = {fr(claim, d)}" + hint(level, f"how many {_parts_name(d)} in {w}?")
        verdict = (
            Step(f"That is the fraction in the statement, so the statement is {truth_word(truth)}.")
            if truth
            else Step(f"{mixed} is {top} {_parts_name(d)}: ", rel(top, "≠", claim), ", so the statement is false.")
        )
        steps = [*to_improper, verdict]
        judge = judged(mis.mixed_whole_times_numerator, Fraction(claim, d)).on(w, n, d)
        return make(
            prompt,
            TrueFalse(truth),
            steps,
            style,
            f"{mixed} = {fr(claim, d)}",
            predicted=mis.predictions(TrueFalse(truth), judge),
        )
    who = name(rng)
    if style == "spot_the_mistake":
        # whole × numerator when it differs from the right numerator (it equals it when the whole is 1), else the
        # whole left out
        slip = slips[0] if w * n + d != top else slips[1]
        wrong = int(slip(w, n, d) * d)
        answer = FractionAnswer(value, mixed=False)
        prompt = f"{who} wrote: {mixed} = {fr(wrong, d)}. This is wrong. Write {mixed} as an improper fraction."
        prompt += hint(level, f"how many {_parts_name(d)} in {w}?")
        steps = [Step(slip.feedback_for(w, n, d)), *to_improper]
        predicted = mis.predictions(answer, slip.on(w, n, d))
        return make(prompt, answer, steps, style, f"({w} × {d} + {n}) ÷ {d}", predicted=predicted)
    if w < contexts.get("mixed_stories")["cakes"].high and rng.random() < 0.5:  # no 103 slices left at a party
        contexts.used("mixed_stories", cakes=w + 1)
        answer = FractionAnswer(value, improper=False)
        prompt = (
            f"{who} cuts some cakes into {d} equal slices each. At the end of the party there are {top} slices "
            f"left. How many cakes is that? Write your answer as a mixed number."
        )
        return make(prompt, answer, to_mixed, style, f"{top} ÷ {d}")
    contexts.used("mixed_stories", jugs=w + 1)
    answer = WholeNumber(top)
    prompt = (
        f"Each jug holds 1 litre. {who} fills {w} jug{'s' if w > 1 else ''} and {fr(n, d)} of another jug with water. "
        f"How many {_parts_name(d)} of a litre is that?"
    ) + hint(level, f"each litre is {d} {_parts_name(d)}.")
    predicted = mis.predictions(answer, *numerators)
    return make(prompt, answer, to_improper, style, f"{mixed} × {d}", predicted=predicted)
