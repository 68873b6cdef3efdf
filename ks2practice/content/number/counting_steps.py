"""Count in steps and recognise multiples."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber, format_fraction
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import bracket, hint, lettered, make, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, sub
from ks2practice.pictures.diagrams import HundredSquare

# ---------------------------------------------------------------------- counting in steps


def _sequence(rng: random.Random, level: Level) -> tuple[list[int], int]:
    step = rng.choice(RANGES["counting_steps"][int(level)]["steps"])  # type: ignore[arg-type]
    if level == Level.WORKING_TOWARDS:
        first = step * rng.randint(0, 8)
        return [first + step * i for i in range(5)], step
    if level == Level.EXPECTED:
        first = step * rng.randint(1, 40 if step < 100 else 90) + (0 if rng.random() < 0.6 else rng.randint(1, 9))
        if step == 1_000:
            first = rng.randint(1_000, 95_000)
    else:
        if step < 100 and rng.random() < 0.4:  # count back through zero
            first = step * rng.randint(1, 3) + rng.randint(1, step - 1)
            return [first - step * i for i in range(5)], -step
        first = (
            rng.randint(step, step * 30) if step < 1_000 else rng.randint(1, 99) * step // 10 + rng.randint(1, 9) * 10
        )
        if step >= 1_000:
            first = (
                rng.randint(10, 990) * (step // 100) + rng.randint(1, step // 100 - 1)
                if step > 1_000
                else rng.randint(95_000, 99_500)
            )
    if rng.random() < 0.4 and first > step * 5:
        return [first - step * i for i in range(5)], -step
    return [first + step * i for i in range(5)], step


@topic(
    "number.counting_steps",
    title="Count in steps and recognise multiples",
    codes=("3N1b", "4N1", "5N1", "4N5"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out"),
    representations=pictures.kinds("counting_steps"),
)
@pictures.pictured("counting_steps")
def counting_steps(rng: random.Random, level: Level, style: str) -> Item:
    if style in ("fluency", "missing_number"):
        terms, step = _sequence(rng, level)
        size = abs(step)
        tip = f"count in {show(size)}s."
        way = "on" if step > 0 else "back"
        if style == "fluency":
            nxt = terms[-1] + step
            answer = WholeNumber(nxt)
            prompt = (
                f"Count {way} in {show(size)}s. What is the next number? "
                f"{', '.join(show(t) for t in terms[:4])}, {show(terms[4])}, …" + hint(level, tip)
            )
            steps = [
                f"The numbers go {'up' if step > 0 else 'down'} by {show(size)} each time.",
                Step(eq((add if step > 0 else sub)(terms[4], size), nxt)),
            ]
            check = f"{bracket(terms[4])} + ({bracket(terms[4])} − {bracket(terms[3])})"
            line = pictures.sequence_line([*terms, nxt], 5)
            square = _hundred_square(terms, nxt)
            return pictures.offer(make(prompt, answer, steps, style, check), hundred_square=square, number_line=line)
        gap = rng.randint(1, 3)
        answer = WholeNumber(terms[gap])
        shown = ", ".join("□" if i == gap else show(t) for i, t in enumerate(terms))
        prompt = f"Count {way} in {show(size)}s. Find the missing number: {shown}" + hint(level, tip)
        steps = [
            f"The numbers go {'up' if step > 0 else 'down'} by {show(size)} each time.",
            Step(eq((add if step > 0 else sub)(terms[gap - 1], size), terms[gap])),
        ]
        check = f"({bracket(terms[gap - 1])} + {bracket(terms[gap + 1])}) ÷ 2"
        return pictures.offer(
            make(prompt, answer, steps, style, check),
            hundred_square=_hundred_square([t for i, t in enumerate(terms) if i != gap], terms[gap]),
            number_line=pictures.sequence_line(terms, gap),
        )
    steps_table = [s for s in RANGES["counting_steps"][int(level)]["steps"] if s <= 100]  # type: ignore[union-attr]
    step = rng.choice(steps_table)
    top = {1: 12, 2: 20, 3: 60}[int(level)]
    if style == "true_or_false":
        k = rng.randint(3, top)
        claim = step * k if rng.random() < 0.5 else _near_multiple(rng, step, k)
        truth = claim % step == 0
        answer = TrueFalse(truth)
        prompt = f"True or false? If you count in {show(step)}s from 0, you will say {show(claim)}." + hint(
            level, f"is {show(claim)} in the {step} times table pattern?"
        )
        if truth:
            steps = [
                Step(eq(div(claim, step), claim // step), f" exactly, so {show(claim)} is a multiple of {step}."),
                "So the statement is true.",
            ]
        else:
            steps = [
                Step(
                    eq(div(claim, step), Remainder(claim // step, claim % step)),
                    f", so it is not a multiple of {step}.",
                ),
                "So the statement is false.",
            ]
        item = make(prompt, answer, steps, style, f"{show(claim)} ÷ {step} = {show(claim // step)}")
        return pictures.offer(item, number_line=pictures.counting_line(step, claim))
    multiples = rng.sample(range(2, top + 1), 3)
    values = [step * m for m in multiples]
    odd = _near_multiple(rng, step, rng.randint(2, top))
    options = [*values, odd]
    rng.shuffle(options)
    texts = [show(v) for v in options]
    answer = Choice(tuple(texts), options.index(odd))
    prompt = f"Which of these is not a multiple of {step}? " + lettered(texts) + hint(level, f"count in {step}s.")
    steps: list[str] = [Step(eq(v, mul(step, v // step))) for v in values]
    steps.append(Step(eq(div(odd, step), Remainder(odd // step, odd % step)), f", so the answer is {show(odd)}"))
    return make(prompt, answer, steps, style, f"{show(odd)} ÷ {step} = {format_fraction(Fraction(odd, step))}")


def _hundred_square(given: list[int], asked: int) -> HundredSquare | None:
    """The pattern on the hundred square: the numbers given shaded, '?' on the one to find; for steps up to 10
    with every number from 1 to 100 (bigger steps leave too few squares to see a pattern in)."""
    if abs(given[1] - given[0]) > 10 or not all(1 <= n <= 100 for n in (*given, asked)):
        return None
    return HundredSquare(tuple(given), (asked,))


def _near_multiple(rng: random.Random, step: int, k: int) -> int:
    """A number close to k × step that is not a multiple of step and does not give itself away (even for even
    steps, ending in 0 or 5 for steps of 25 and more)."""
    if step <= 12:
        offsets = [o for o in range(1, step) if step % 2 or o % 2 == 0] or list(range(1, step))
    else:
        offsets = [o for o in (step // 2, step // 5, step // 10, 10, 5) if o and step % o == 0 and o % step]
    return step * k + rng.choice(offsets)
