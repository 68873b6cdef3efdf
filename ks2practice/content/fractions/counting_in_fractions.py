"""Count in fractions: tenths, hundredths and fraction steps."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import FractionAnswer, TrueFalse, WholeNumber, format_fraction
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import (
    CountedFraction,
    choose,
    counted,
    fq,
    fr,
    parts_name,
    unit,
    with_picture,
    written,
)
from ks2practice.content.misconceptions.fraction_operations import judged
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, rel, sub
from ks2practice.pictures.diagrams import Marker, NumberLine


def fx(value: Fraction | int) -> str:
    """A value as a pupil writes it: 3/4, 2 1/3 (mixed), or a whole number."""
    return format_fraction(Fraction(value), mixed=True)


def _count_sequence(rng: random.Random, level: Level) -> tuple[int, int, list[int]]:
    """(denominator, step in d-ths, five numerators in counting order); the fifth is never a whole number."""
    d = choose(rng, level, "counting_in_fractions")
    while True:
        if level == Level.WORKING_TOWARDS:  # unit steps within one whole, counting up
            step, start = 1, rng.randint(0, d - 5) if d > 5 else 0
            numbers = [start + i for i in range(5)]
        elif level == Level.EXPECTED:  # hundredths, or tenths across a whole number
            step = 1
            start = rng.randint(1, 94) if d == 100 else rng.randint(5, 35)
            numbers = [start + i for i in range(5)]
        else:  # steps of a non-unit fraction across whole numbers, up or down
            step = rng.choice([k for k in range(2, d) if Fraction(k, d).denominator == d] or [1])
            start = rng.randint(1, 4 * d)
            numbers = [start + i * step for i in range(5)]
        if level > Level.WORKING_TOWARDS and rng.random() < 0.4:
            numbers.reverse()
        if min(numbers) >= 0 and numbers[-1] % d and numbers[-2] % d:
            return d, step, numbers


def _count_on(start: int, step: int, d: int, up: bool = True) -> list[Step]:
    """From start d-ths, count on (or back) step d-ths, worked on the counts of parts; the result is written as
    the count writes it (3 8/10, never 3 4/5)."""
    end = start + step if up else start - step
    work = add(start, step) if up else sub(start, step)
    parts = parts_name(d)
    if start <= d and end < d:  # within one whole: the numerators are the count
        return [Step(f"In {parts}: ", eq(work, end), f", so the number is {written(end, d)}.")]
    whole, rest = divmod(end, d)
    shown = Remainder(whole, rest) if rest else whole
    return [
        Step(f"Count in {parts}: ", eq(mul(fq(Fraction(start, d)), d), start), " and ", eq(work, end), "."),
        Step(eq(div(end, d), shown), f", so the number is {written(end, d)}."),
    ]


def _simplest(n: int, d: int) -> str:
    """Words naming the count's number in its simplest form, when a step shows it so: " (3 4/10 is 3 2/5)"."""
    return (
        f" ({written(n, d)} in its simplest form is {fx(Fraction(n, d))})"
        if written(n, d) != fx(Fraction(n, d))
        else ""
    )


def _count_steps(d: int, step: int, numbers: list[int], gap: int = 4) -> list[Step]:
    up = numbers[1] > numbers[0]
    size = fr(step, d) if step > 1 else f"one {unit(d)}"
    return [
        Step(f"The count goes {'up' if up else 'down'} by {size} each time."),
        *_count_on(numbers[gap - 1], step, d, up),
    ]


_COUNT_WORD = (
    ("A tortoise walks {s} m every minute. How far has it walked after {k} minutes?", "m", "tortoise"),
    ("A leaking tap loses {s} of a litre of water every hour. How much water is lost in {k} hours?", "l", "tap"),
    ("{name} walks {s} km to school each day. How far does {name} walk in {k} days?", "km", "walk"),
    ("Each scoop of flour weighs {s} kg. How much do {k} scoops weigh?", "kg", "scoop"),
)


@topic(
    "fractions.counting_in_fractions",
    title="Count in fractions: tenths, hundredths and fraction steps",
    codes=("3F1a", "3F1c", "4F1"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
)
def counting_in_fractions(rng: random.Random, level: Level, style: str) -> Item:
    d, step, numbers = _count_sequence(rng, level)
    up = numbers[1] > numbers[0]
    op = "+" if up else "−"
    size = fr(step, d)
    if style == "fluency" and level == Level.WORKING_TOWARDS and rng.random() < 0.4:
        return _number_line_reading(rng, level, d)
    if style == "fluency" and rng.random() < 0.3:
        return _divide_to_fraction(rng, level, style, d)
    if style == "fluency":
        value = Fraction(numbers[4], d)
        answer = CountedFraction(value, parts=d)
        shown = ", ".join(written(n, d) for n in numbers[:4])
        prompt = f"What comes next? {shown}, □" + hint(level, f"count on in {unit(d, True)}.")
        # the slip on the fractions as written, within one whole: 3/10 + 1/10 → 4/20
        slip = mis.add_tops_and_bottoms.on(numbers[3], d, step, d, not up) if numbers[3] < d else None
        item = make(prompt, answer, _count_steps(d, step, numbers), style, f"{written(numbers[3], d)} {op} {size}")
        item = replace(item, misconceptions=mis.predictions(answer, slip))
        if level == Level.WORKING_TOWARDS:
            return with_picture(item, NumberLine(0, 1, Fraction(1, d), labels=(0, 1)))
        return item
    if style == "missing_number":
        gap = rng.randint(1, 3)
        value = Fraction(numbers[gap], d)
        if value.denominator == 1:
            gap = 4 if numbers[4] % d else gap
            value = Fraction(numbers[gap], d)
        shown = ", ".join("□" if i == gap else written(n, d) for i, n in enumerate(numbers))
        answer = CountedFraction(value, parts=d) if value.denominator != 1 else WholeNumber(value.numerator)
        prompt = f"Fill in the missing number: {shown}" + hint(level, f"the count goes up in {unit(d, True)}.")
        steps = _count_steps(d, step, numbers, gap)
        return make(prompt, answer, steps, style, f"{written(numbers[gap - 1], d)} {op} {size}")
    if style == "true_or_false":
        m = rng.randint(2, 5)
        start = numbers[0] if up else numbers[-1]
        right = start + m * step
        # the slip on the fractions as written, only where the start is a fraction of one whole (3/10, not 2 3/10)
        wrong = mis.add_tops_and_bottoms(start, d, m * step, d) if 0 < start < d else None
        off = Fraction(right + step, d)
        choices = [w for w in (wrong, off) if w is not None and w != Fraction(right, d)]
        claim = rng.choice(choices) if rng.random() < 0.5 else Fraction(right, d)
        truth = claim == Fraction(right, d)
        claim_text = written(right, d) if truth else fx(claim)
        what = unit(d, True) if step == 1 else f"steps of {size}"
        prompt = f"True or false? Counting on {m} {what} from {written(start, d)} gives {claim_text}."
        verdict = (
            Step(f"That is the number in the statement, so the statement is {truth_word(truth)}.")
            if truth
            else Step(rel(fq(Fraction(right, d)), "≠", fq(claim)), f"{_simplest(right, d)}, so the statement is false.")
        )
        steps = [
            *([Step(f"{m} {what}: ", eq(mul(m, step), m * step), f" {parts_name(d)}.")] if step > 1 else []),
            *_count_on(start, m * step, d),
            verdict,
        ]
        slip = judged(mis.add_tops_and_bottoms, claim).on(start, d, m * step, d) if 0 < start < d else None
        check = f"{written(start, d)} + {m} × {size} = {claim_text}"
        return make(prompt, TrueFalse(truth), steps, style, check, predicted=mis.predictions(TrueFalse(truth), slip))
    # word problem: repeated equal fraction steps from 0
    # A walk to school is more than a tenth of a kilometre (1/100 km is 10 m): that story needs a big enough step.
    stories = [c for c in _COUNT_WORD if c[1] != "km" or Fraction(step, d) >= Fraction(1, 10)]
    template, unit_name, quantity = rng.choice(stories)  # no snail crawling 5/8 m a minute
    k = rng.randint(3, 9)
    while Fraction(k * step, d).denominator == 1:
        k += 1
    value = Fraction(k * step, d)
    contexts.used("counting_steps", **{quantity: Fraction(step, d), "steps": k})
    answer = FractionAnswer(value)
    prompt = template.format(s=size, k=k, name=name(rng)) + hint(level, f"count on in {size}s.")
    steps = [
        Step(f"{k} lots of {counted(step, d)}: ", eq(mul(k, step), k * step), f" {parts_name(d)}."),
        Step("So ", eq(mul(k, fq(Fraction(step, d), unit_name)), fq(value, unit_name)), "."),
    ]
    predicted = mis.predictions(answer, mis.multiply_both_by_whole.on(step, d, k))
    return make(prompt, answer, steps, style, f"{k} × {size}", predicted=predicted)


def _number_line_reading(rng: random.Random, level: Level, d: int) -> Item:
    k = rng.randint(1, d - 1)
    answer = CountedFraction(Fraction(k, d), parts=d)  # 5/10 on a line in tenths, not 1/2
    prompt = f"The number line from 0 to 1 is split into {d} equal parts. What number is the arrow (?) pointing to?"
    prompt += hint(level, f"each part is one {unit(d)}.")
    steps = [f"Each part is 1/{d}.", f"The arrow is {k} part{'s' if k > 1 else ''} from 0, so it points to {fr(k, d)}."]
    line = NumberLine(0, 1, Fraction(1, d), labels=(0, 1), points=(Marker(Fraction(k, d), "?"),))
    return with_picture(make(prompt, answer, steps, "fluency", f"0 + {k} × (1 − 0) ÷ {d}"), line)


def _divide_to_fraction(rng: random.Random, level: Level, style: str, d: int) -> Item:
    d = 10 if level == Level.WORKING_TOWARDS or rng.random() < 0.5 else 100
    k = rng.randint(1, d - 1)
    while k % 10 == 0 and d == 100:
        k = rng.randint(1, d - 1)
    if level == Level.GREATER_DEPTH:
        k += d * rng.randint(1, 4)
    answer = FractionAnswer(Fraction(k, d))
    prompt = f"Write {show(k)} ÷ {d} as a fraction." + hint(level, f"dividing by {d} makes {unit(d, True)}.")
    steps = [Step(f"Dividing {show(k)} by {d} makes {counted(k, d)}: ", eq(div(k, d), fq(Fraction(k, d))), ".")]
    return make(prompt, answer, steps, style, f"{show(k)} ÷ {d}")
