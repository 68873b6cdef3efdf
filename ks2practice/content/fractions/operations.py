"""Calculating with fractions (strand F), Years 3–6: add and subtract, multiply, divide by a whole number."""

# Levels (design.md §4): 1 working towards — Year 3–4 demand: the same denominator within one whole, a
# fraction times a small whole number, a unit fraction shared, a fraction bar; 2 expected — Year 5: related
# denominators, answers past one whole, mixed numbers times a whole number; 3 greater depth — Year 6: any
# denominators and mixed numbers, fraction times fraction in its simplest form, missing numbers, two steps.

from __future__ import annotations

import math
import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import FractionAnswer, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions import reasoning_items as reasoned
from ks2practice.content.fractions.common import (
    area_of,
    as_written,
    counted,
    fq,
    fr,
    parts_name,
    shared_bar,
    with_picture,
)
from ks2practice.content.fractions.counting_in_fractions import fx
from ks2practice.content.fractions.mixed_improper import bar_of
from ks2practice.content.misconceptions.catalogue import Mechanism
from ks2practice.content.misconceptions.fraction_operations import judged
from ks2practice.content.wording import hint, make, name
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub

RANGES: dict[str, dict[int, dict[str, tuple[int, int]]]] = {
    "add_subtract_fractions": {1: {"dens": (3, 12)}, 2: {"dens": (2, 6), "times": (2, 4)}, 3: {"dens": (2, 12)}},
    "multiply_fractions": {1: {"dens": (3, 8), "whole": (2, 5)}, 2: {"dens": (3, 12), "whole": (2, 9)}, 3: {}},
    "divide_fractions": {1: {"dens": (2, 6), "whole": (2, 4)}, 2: {"dens": (3, 9), "whole": (2, 5)}, 3: {}},
}


def _told(quantity: str, *values: Fraction | int) -> None:
    """Say which amounts of the bank's fraction_measures a story uses (a share of a whole, or a measure)."""
    contexts.used("fraction_measures", **{quantity: tuple(Fraction(v) for v in values)})


def _fits(quantity: str, *values: Fraction | int) -> bool:
    return all(contexts.get("fraction_measures")[quantity].holds(Fraction(v)) for v in values)


def _pick(rng: random.Random, level: Level, key: str, field: str) -> int:
    low, high = RANGES[key][int(level)][field]
    return rng.randint(low, high)


def _simplest(rng: random.Random, d: int) -> int:
    """A numerator n with n/d proper and in its simplest form."""
    return rng.choice([x for x in range(1, d) if math.gcd(x, d) == 1])


# ---------------------------------------------------------------------- adding and subtracting


def _written(whole: int, n: int, d: int) -> str:
    return f"{whole} {n}/{d}" if whole else fr(n, d)


def _add_sub_numbers(rng: random.Random, level: Level) -> tuple[tuple[int, int, int], tuple[int, int, int], bool]:
    """Two operands (whole, numerator, denominator) and whether to subtract; the answer is positive, not whole."""
    key = "add_subtract_fractions"
    while True:
        subtract = rng.random() < 0.5
        if level == Level.WORKING_TOWARDS:
            d = _pick(rng, level, key, "dens")
            n1, n2 = rng.randint(1, d - 1), rng.randint(1, d - 1)
            a, b = (0, n1, d), (0, n2, d)
            ok = n1 > n2 if subtract else n1 + n2 < d
        elif level == Level.EXPECTED:
            d = _pick(rng, level, key, "dens")
            big = d * _pick(rng, level, key, "times") if rng.random() < 0.7 else d
            a, b = (0, _simplest(rng, d), d), (0, rng.randint(1, big - 1), big)
            if rng.random() < 0.5:
                a, b = b, a
            ok = True
        else:
            d1, d2 = rng.sample(range(2, 13), 2)
            a = (rng.randint(0, 4), _simplest(rng, d1), d1)
            b = (rng.randint(0, 3), _simplest(rng, d2), d2)
            ok = a[0] + b[0] > 0
        x, y = _value(a), _value(b)
        result = x - y if subtract else x + y
        if ok and result > 0 and result.denominator != 1:
            return a, b, subtract


def _value(part: tuple[int, int, int]) -> Fraction:
    return part[0] + Fraction(part[1], part[2])


def _add_sub_steps(a: tuple[int, int, int], b: tuple[int, int, int], subtract: bool, unit: str = "") -> list[Step]:
    """Rename in a common denominator (when needed), work on the numerators, then the values as the question
    writes them; a fraction written unsimplified (6/10) is said as a count of its parts, never restated."""
    x, y = _value(a), _value(b)
    result = x - y if subtract else x + y
    common = math.lcm(a[2], b[2])
    first, second = int(x * common), int(y * common)
    top = first - second if subtract else first + second
    parts = parts_name(common)
    steps = []
    if a[2] != b[2] or a[0] or b[0]:
        steps.append(
            Step(f"Count in {parts}: ", eq(mul(fq(x), common), first), " and ", eq(mul(fq(y), common), second), ".")
        )
    work = sub(first, second) if subtract else add(first, second)
    verb = "Subtract" if subtract else "Add"
    steps.append(Step(f"{verb} the numerators: ", eq(work, top), f", so the answer is {counted(top, common)}."))
    left, right = as_written(x, _written(*a), unit), as_written(y, _written(*b), unit)
    if left is not None and right is not None:
        whole = sub(left, right) if subtract else add(left, right)
        steps.append(Step("So ", eq(whole, fq(result, unit)), "."))
    else:
        steps.append(Step(f"{counted(top, common).capitalize()} in its simplest form: ", fq(result, unit), "."))
    return steps


def _truth_step(result: Fraction, claim: Fraction, written: str = "") -> Step:
    """The computed reason for the verdict: the answer, and the claim it equals or does not (a claim written
    unsimplified, 3/15, is named in its simplest form, 1/5, so the ≠ is about the claim)."""
    if claim == result:
        return Step("The answer is ", fq(result), ", the same as the claim, so the statement is true.")
    named = f" ({written} in its simplest form is {fx(claim)})" if written and written != fx(claim) else ""
    return Step(rel(fq(result), "≠", fq(claim)), f"{named}, so the statement is false.")


_ADD_WORD = (
    ("{name} walked {a} km to the park and then {b} km to the shop. How far did {name} walk altogether?", "km", "walk"),
    (
        "{name} drank {a} of a litre of water in the morning and {b} of a litre in the afternoon. How much did "
        "{name} drink altogether?",
        "l",
        "drink",
    ),
    (
        "A recipe needs {a} kg of flour for the cake and {b} kg for the biscuits. How much flour is that altogether?",
        "kg",
        "flour",
    ),
)
_SUB_WORD = (
    ("A ribbon is {a} m long. {name} cuts off {b} m. How long is the ribbon now?", "m", "ribbon"),
    (
        "A jug holds {a} litres of juice. {name} pours out {b} of a litre. How much juice is left in the jug?",
        "l",
        "jug",
    ),
    ("{name} has {a} kg of sand and uses {b} kg to fill a sandpit. How much sand is left?", "kg", "sand"),
)


@topic(
    "fractions.add_subtract_fractions",
    title="Add and subtract fractions and mixed numbers",
    codes=("3F4", "4F4", "5F4", "6F4"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "spot_the_mistake",
        "explain",
        "word_problem",
        "two_step_word_problem",
    ),
)
def add_subtract_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return reasoned.add_explain(rng, level)
    a, b, subtract = _add_sub_numbers(rng, level)
    # the slip on the fraction parts; mixed numbers keep their wholes (4 5/11 + 3 1/2 → 7 6/13)
    operands = (a[1], a[2], b[1], b[2], subtract, a[0], b[0])
    while style == "spot_the_mistake" and mis.add_tops_and_bottoms(*operands) is None:
        a, b, subtract = _add_sub_numbers(rng, level)  # the mistake told is the one this sum allows
        operands = (a[1], a[2], b[1], b[2], subtract, a[0], b[0])
    x, y = _value(a), _value(b)
    result = x - y if subtract else x + y
    sa, sb, op = _written(*a), _written(*b), "−" if subtract else "+"
    steps = _add_sub_steps(a, b, subtract)
    tip = (
        "the denominators are the same, so only the numerators change."
        if a[2] == b[2]
        else "find a common denominator."
    )
    slip = mis.add_tops_and_bottoms.on(*operands)
    slipped = mis.add_tops_and_bottoms(*operands)
    picture = bar_of(a[2], a[1]) if level == Level.WORKING_TOWARDS else None
    if style == "fluency":
        answer = FractionAnswer(result)
        prompt = f"Work out {sa} {op} {sb}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{sa} {op} {sb}", predicted=mis.predictions(answer, slip))
        return with_picture(item, picture)
    if style == "missing_number":
        answer = FractionAnswer(y)
        total = fx(result)
        prompt = f"What goes in the box? {sa} {op} □ = {total}" + hint(level, tip)
        common = math.lcm(a[2], b[2])
        first, second, whole = int(x * common), int(y * common), int(result * common)
        back = sub(first, whole) if subtract else sub(whole, first)
        steps = [
            Step(f"Work backwards in {parts_name(common)}: ", eq(back, second), "."),
            Step(f"The box is {counted(second, common)}: ", fq(y), "."),
        ]
        return make(prompt, answer, steps, style, f"{sa} {op} □ = {total}")
    if style == "true_or_false":
        off = result + Fraction(1, math.lcm(a[2], b[2]))
        claim = rng.choice([c for c in (slipped, off) if c is not None]) if rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {sa} {op} {sb} = {fx(claim)}" + hint(level, tip)
        steps.append(_truth_step(result, claim))
        predicted = mis.predictions(TrueFalse(truth), judged(mis.add_tops_and_bottoms, claim).on(*operands))
        return make(prompt, TrueFalse(truth), steps, style, f"{sa} {op} {sb} = {fx(claim)}", predicted=predicted)
    who = name(rng)
    if style == "spot_the_mistake":
        shown = f"{sa} {op} {sb} = {mis.add_tops_and_bottoms.story(*operands)[0]}"
        answer = FractionAnswer(result)
        prompt = f"{who} wrote: {shown}. This is wrong. What is the correct answer?" + hint(level, tip)
        steps = [Step(mis.add_tops_and_bottoms.feedback_for(*operands)), *steps]
        return make(prompt, answer, steps, style, f"{sa} {op} {sb}", predicted=mis.predictions(answer, slip))
    if style == "word_problem":
        answer = FractionAnswer(result)
        stories = _SUB_WORD if subtract else _ADD_WORD
        x, y = _value(a), _value(b)  # no 4 5/9 litres drunk in a morning: the story must fit the amounts
        template, unit_name, quantity = rng.choice([t for t in stories if _fits(t[2], x, y, x + y)] or stories[:1])
        _told(quantity, x, y)
        prompt = template.format(a=sa, b=sb, name=who) + hint(level, tip)
        steps = _add_sub_steps(a, b, subtract, unit_name)
        return make(prompt, answer, steps, style, f"{sa} {op} {sb}", predicted=mis.predictions(answer, slip))
    return _fraction_left(rng, level, style, who)


def _fraction_left(rng: random.Random, level: Level, style: str, who: str) -> Item:
    """Two parts used from a whole: what fraction is left (greater depth: of a length in mixed numbers)."""
    while True:
        a, b, _ = _add_sub_numbers(rng, level)
        used = _value(a) + _value(b)
        start = 1 if level < Level.GREATER_DEPTH else math.floor(used) + rng.randint(1, 3)
        left = start - used
        if 0 < left and left.denominator != 1:
            break
    sa, sb = _written(*a), _written(*b)
    answer = FractionAnswer(left)
    if level < Level.GREATER_DEPTH:
        prompt = (
            f"A cake is cut into equal slices. {who} eats {sa} of the cake and a friend eats {sb} of it. "
            f"What fraction of the cake is left?"
        ) + hint(level, "the whole cake is 1.")
        check = f"1 − {sa} − {sb}"
        unit_name = ""
        _told("cake", _value(a), _value(b))
    else:
        prompt = f"{who} has {start} m of rope. {who} cuts off {sa} m and then {sb} m. How much rope is left?"
        check = f"{start} − {sa} − {sb}"
        unit_name = "m"
        _told("rope", start)
    x, y = as_written(_value(a), sa, unit_name), as_written(_value(b), sb, unit_name)
    if x is not None and y is not None:
        steps = [
            Step("Used altogether: ", eq(add(x, y), fq(used, unit_name)), "."),
            Step("Left: ", eq(sub(fq(start, unit_name), fq(used, unit_name)), fq(left, unit_name)), "."),
        ]
    else:  # counted in parts, as the question writes them
        common = math.lcm(a[2], b[2])
        first, second = int(_value(a) * common), int(_value(b) * common)
        parts = parts_name(common)
        steps = [
            Step(f"In {parts}, used altogether: ", eq(add(first, second), first + second), f" {parts}."),
            Step(
                f"The whole cake is {counted(common, common)}; left: ",
                eq(sub(common, first + second), common - first - second),
                f" {parts}, which is ",
                fq(left),
                ".",
            ),
        ]
    return make(prompt, answer, steps, style, check)


# ---------------------------------------------------------------------- multiplying


def _times_numbers(rng: random.Random, level: Level) -> tuple[tuple[int, int, int], int | tuple[int, int]]:
    """A fraction or mixed number (whole, n, d) and what it is multiplied by: a whole number or a fraction (n, d)."""
    key = "multiply_fractions"
    while True:
        if level == Level.GREATER_DEPTH:
            d1, d2 = rng.randint(2, 10), rng.randint(2, 10)
            a, other = (0, _simplest(rng, d1), d1), (_simplest(rng, d2), d2)
            result = _value(a) * Fraction(*other)
            if result.denominator < d1 * d2:  # something cancels: the simplest form is a real step
                return a, other
            continue
        d = _pick(rng, level, key, "dens")
        whole = rng.randint(1, 3) if level == Level.EXPECTED and rng.random() < 0.4 else 0
        a, times = (whole, _simplest(rng, d), d), _pick(rng, level, key, "whole")
        if (_value(a) * times).denominator != 1:
            return a, times


_TIMES_WORD = (
    ("Each glass holds {f} of a litre of milk. How much milk do {k} glasses hold?", "l", "glass"),
    ("{name} runs {f} km every day. How far does {name} run in {k} days?", "km", "run"),
    ("A cake needs {f} of a bag of flour. How many bags of flour do {k} cakes need?", "", "bag"),
    ("A plank of wood is {f} m long. How long are {k} planks laid end to end?", "m", "plank"),
)
_FRACTION_OF_FRACTION_WORD = (
    (
        "{name} has {g} of a bar of chocolate and eats {f} of it. What fraction of the whole bar does {name} eat?",
        "",
        "cake",
    ),
    (
        "{g} of a garden is grass. {f} of the grass is cut today. What fraction of the whole garden is cut today?",
        "",
        "cake",
    ),
    ("A rectangle is {f} m long and {g} m wide. What is its area in square metres?", "m", "plank"),
)


def _times_steps(a: tuple[int, int, int], k: int, unit: str = "") -> list[Step]:
    w, n, d = a
    result = _value(a) * k
    if w:
        return [
            Step(
                "Multiply the whole number and the fraction: ",
                eq(mul(w, k), w * k),
                " and ",
                eq(mul(fq(Fraction(n, d)), k), fq(Fraction(n * k, d), mixed=False)),
                ".",
            ),
            Step("Add them: ", eq(add(w * k, fq(Fraction(n * k, d), mixed=False)), fq(result)), "."),
            *([Step("So ", eq(mul(fq(_value(a), unit), k), fq(result, unit)), ".")] if unit else []),
        ]
    return [
        Step(
            f"{k} lots of {counted(n, d)} is {counted(n * k, d)}: multiply the numerator only: ",
            eq(mul(n, k), n * k),
            ".",
        ),
        Step("So ", eq(mul(fq(Fraction(n, d), unit), k), fq(result, unit)), "."),
    ]


@topic(
    "fractions.multiply_fractions",
    title="Multiply fractions by whole numbers and by fractions",
    codes=("5F5", "6F5a"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "spot_the_mistake",
        "always_sometimes_never",
        "word_problem",
        "two_step_word_problem",
    ),
)
def multiply_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return reasoned.multiply_asn(rng, level)
    a, other = _times_numbers(rng, level)
    sa = _written(*a)
    if isinstance(other, tuple):
        return _fraction_times_fraction(rng, level, style, a, other)
    k = other
    if style == "two_step_word_problem":
        return _times_then_take_away(rng, level, a, k)
    result = _value(a) * k
    operands = (a[1], a[2], k, a[0])
    slips = (mis.multiply_both_by_whole, mis.multiply_denominator_by_whole)
    steps = _times_steps(a, k)
    tip = "multiply the numerator by the whole number; the denominator stays the same."
    picture = bar_of(a[2], a[1]) if level == Level.WORKING_TOWARDS else None  # one lot, to repeat
    predicted = [m.on(*operands) for m in slips]
    if style == "fluency":
        answer = FractionAnswer(result)
        prompt = f"Work out {sa} × {k}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{sa} × {k}", predicted=mis.predictions(answer, *predicted))
        return with_picture(item, picture)
    if style == "missing_number":
        answer = WholeNumber(k)
        prompt = f"What number goes in the box? {sa} × □ = {fx(result)}" + hint(level, tip)
        parts, each = int(result * a[2]), int(_value(a) * a[2])  # both counted in the fraction's own parts
        steps = [
            Step(
                f"Count in {parts_name(a[2])}: ",
                eq(mul(fq(result), a[2]), parts),
                " and ",
                eq(mul(fq(_value(a)), a[2]), each),
                ".",
            ),
            Step(eq(div(parts, each), k), f", so the box is {k}."),
        ]
        return with_picture(make(prompt, answer, steps, style, f"{sa} × □ = {fx(result)}"), picture)
    if style == "true_or_false":
        wrong = rng.choice(slips)
        claim = wrong(*operands) if rng.random() < 0.5 else result
        truth = claim == result
        text = _claim_text(a, k, claim, wrong)
        prompt = f"True or false? {sa} × {k} = {text}" + hint(level, tip)
        steps.append(_truth_step(result, claim, text))
        judges = [judged(m, claim).on(*operands) for m in slips]
        return make(
            prompt,
            TrueFalse(truth),
            steps,
            style,
            f"{sa} × {k} = {text}",
            predicted=mis.predictions(TrueFalse(truth), *judges),
        )
    who = name(rng)
    if style == "spot_the_mistake":
        wrong = rng.choice(slips)
        answer = FractionAnswer(result)
        prompt = (
            f"{who} wrote: {sa} × {k} = {_claim_text(a, k, wrong(*operands), wrong)}. This is wrong. "
            f"What is the correct answer?"
        ) + hint(level, tip)
        steps = [Step(wrong.feedback_for(*operands)), *steps]
        return make(prompt, answer, steps, style, f"{sa} × {k}", predicted=mis.predictions(answer, *predicted))
    template, unit_name, quantity = rng.choice(_TIMES_WORD[1::2] if a[0] else _TIMES_WORD)  # mixed: lengths only
    _told(quantity, _value(a))
    answer = FractionAnswer(result)
    prompt = template.format(f=sa, k=k, name=who) + hint(level, tip)
    steps = _times_steps(a, k, unit_name)
    return make(prompt, answer, steps, style, f"{k} × {sa}", predicted=mis.predictions(answer, *predicted))


def _times_then_take_away(rng: random.Random, level: Level, a: tuple[int, int, int], k: int) -> Item:
    """k equal fraction-sized amounts taken from a whole number of litres or metres: what is left?"""
    sa, used = _written(*a), _value(a) * k
    start = math.ceil(used) + rng.randint(0, 2)
    who = name(rng)
    if a[0] or rng.random() < 0.5:
        prompt = f"{who} has {start} m of ribbon and cuts {k} pieces, each {sa} m long. How much ribbon is left?"
        unit_name = "m"
    else:
        prompt = f"{who} has {start} litres of water and fills {k} bottles with {sa} of a litre each. How much is left?"
        unit_name = "l"
    prompt += hint(level, "work out how much is used first.")
    left = start - used
    _told("ribbon" if unit_name == "m" else "water", start)
    steps = [
        Step("Used: ", eq(mul(fq(_value(a), unit_name), k), fq(used, unit_name)), "."),
        Step("Left: ", eq(sub(fq(start, unit_name), fq(used, unit_name)), fq(left, unit_name)), "."),
    ]
    answer = FractionAnswer(left)
    slip = mis.multiply_denominator_by_whole.on(a[1], a[2], k, a[0], taken_from=start)
    predicted = mis.predictions(answer, slip)
    return make(prompt, answer, steps, "two_step_word_problem", f"{start} − {k} × {sa}", predicted=predicted)


def _claim_text(a: tuple[int, int, int], k: int, claim: Fraction, slip: Mechanism) -> str:
    """The claim as the pupil with this slip writes it: 6/15 (not 2/5) when both top and bottom were multiplied."""
    if claim == slip(a[1], a[2], k, a[0]) and slip is mis.multiply_both_by_whole and not a[0]:
        return fr(a[1] * k, a[2] * k)
    return fx(claim)


def _fraction_times_fraction(
    rng: random.Random, level: Level, style: str, a: tuple[int, int, int], other: tuple[int, int]
) -> Item:
    f, g = fr(a[1], a[2]), fr(*other)
    x, y = Fraction(a[1], a[2]), Fraction(*other)
    result = x * y
    top, bottom = a[1] * other[0], a[2] * other[1]
    common = math.gcd(top, bottom)
    steps = [
        Step(
            "Multiply the numerators: ",
            eq(mul(a[1], other[0]), top),
            "; multiply the denominators: ",
            eq(mul(a[2], other[1]), bottom),
            ".",
        ),
        Step(
            f"Simplify {counted(top, bottom)}: divide both by {common}: ",
            eq(div(top, common), result.numerator),
            " and ",
            eq(div(bottom, common), result.denominator),
            ".",
        ),
        Step("So ", eq(mul(fq(x), fq(y)), fq(result)), "."),
    ]
    # adding tops and bottoms is the slip pupils carry over from addition; it has its own mechanism here, so the
    # adult is told about multiplying, not about finding a common denominator
    operands = (a[1], a[2], other[0], other[1])
    slip = mis.multiply_by_adding_parts.on(*operands)
    area = area_of(x, y)  # both fractions given, the overlap '?' (not for □: it would show the factor)
    if style in ("fluency", "spot_the_mistake"):
        answer = FractionAnswer(result, simplest=True)
        if style == "spot_the_mistake":
            who = name(rng)
            wrong = fr(a[1] + other[0], a[2] + other[1])
            prompt = (
                f"{who} wrote: {f} × {g} = {wrong}. This is wrong. What is the correct answer, in its simplest form?"
            )
            steps = [Step(mis.multiply_by_adding_parts.feedback_for(*operands)), *steps]
        else:
            prompt = f"Work out {f} × {g}. Give your answer in its simplest form."
        item = make(prompt, answer, steps, style, f"{f} × {g}", predicted=mis.predictions(answer, slip))
        return with_picture(item, area)
    if style == "missing_number":
        # greater depth (NCETM): reason backwards through an equivalent fraction, since the product shown has been
        # simplified and its numerator and denominator are no longer multiples of the given fraction's
        answer = FractionAnswer(y)
        prompt = f"What goes in the box? {f} × □ = {fx(result)}"
        steps = [
            Step(
                f"The numerator must be a multiple of {a[1]} and the denominator a multiple of {a[2]}: "
                f"multiply both parts of {fx(result)} by {common}: ",
                eq(mul(result.numerator, common), top),
                " and ",
                eq(mul(result.denominator, common), bottom),
                f", so {fx(result)} is the same as {counted(top, bottom)}.",
            ),
            Step(
                "The box's numerator: ",
                eq(div(top, a[1]), other[0]),
                "; its denominator: ",
                eq(div(bottom, a[2]), other[1]),
                ".",
            ),
            Step("Check: ", eq(mul(fq(x), fq(y)), fq(result)), ", so the box is ", fq(y), "."),
        ]
        return make(prompt, answer, steps, style, f"{f} × □ = {fx(result)}")
    if style == "true_or_false":
        claim = mis.multiply_by_adding_parts(*operands) if rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {f} × {g} = {fx(claim)}"
        steps.append(_truth_step(result, claim))
        predicted = mis.predictions(TrueFalse(truth), judged(mis.multiply_by_adding_parts, claim).on(*operands))
        item = make(prompt, TrueFalse(truth), steps, style, f"{f} × {g} = {fx(claim)}", predicted=predicted)
        return with_picture(item, area)
    if style == "two_step_word_problem":
        who = name(rng)
        left = y - result
        if rng.random() < 0.5:
            prompt = (
                f"{who} has {g} of a cake and gives {f} of that piece to a friend. "
                f"What fraction of the whole cake does {who} have left?"
            )
        else:
            prompt = (
                f"{g} of a field is planted with crops and {f} of the crops are wheat. "
                f"What fraction of the whole field is planted with other crops?"
            )
        _told("cake", y, result)
        steps = [*steps, Step("Left: ", eq(sub(fq(y), fq(result)), fq(left)), ".")]
        area = replace(area, product="") if area else None  # the overlap is a step on the way, not the question
        return with_picture(make(prompt, FractionAnswer(left), steps, style, f"{g} − {f} × {g}"), area)
    template, unit_name, quantity = rng.choice(_FRACTION_OF_FRACTION_WORD)
    _told(quantity, x, y)
    answer = FractionAnswer(result)
    prompt = template.format(f=f, g=g, name=name(rng))
    if unit_name:  # an area: metres by metres make square metres
        steps[-1] = Step("So ", eq(mul(fq(x, "m"), fq(y, "m")), fq(result, "m²")), ".")
    item = make(prompt, answer, steps, style, f"{f} × {g}", predicted=mis.predictions(answer, slip))
    return with_picture(item, area)


# ---------------------------------------------------------------------- dividing by a whole number


def _divide_numbers(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(n, d, k): a proper fraction n/d in its simplest form divided by a whole number k."""
    if level == Level.GREATER_DEPTH:
        d = rng.randint(3, 12)
        return _simplest(rng, d), d, rng.randint(2, 9)
    key = "divide_fractions"
    d, k = _pick(rng, level, key, "dens"), _pick(rng, level, key, "whole")
    if level == Level.WORKING_TOWARDS:
        return 1, d, k
    n = _simplest(rng, d)
    if rng.random() < 0.5:  # a numerator the whole number divides: 4/5 ÷ 2 = 2/5
        choices = [x for x in range(k, d, k) if math.gcd(x, d) == 1]
        n = rng.choice(choices) if choices else n
    return n, d, k


_DIVIDE_WORD = (
    (
        "{name} has {f} of a pizza left and shares it equally between {k} friends. What fraction of the whole pizza "
        "does each friend get?",
        "",
        "cake",
    ),
    ("{f} of a litre of juice is poured equally into {k} cups. How much juice, in litres, is in each cup?", "l", "jug"),
    ("A ribbon {f} m long is cut into {k} equal pieces. How long is each piece, in metres?", "m", "ribbon"),
    ("{f} of a field is shared equally between {k} sheep pens. What fraction of the field is each pen?", "", "cake"),
)


def _divide_steps(n: int, d: int, k: int, unit: str = "") -> list[Step]:
    x, result = Fraction(n, d), Fraction(n, d) / k
    if n % k == 0:
        return [
            Step(f"Share the {counted(n, d)} into {k} equal groups: ", eq(div(n, k), n // k), f" {parts_name(d)}."),
            Step("So ", eq(div(fq(x, unit), k), fq(result, unit)), "."),
        ]
    steps = [
        Step(
            f"Each {parts_name(d, False)} split into {k} equal parts makes {parts_name(d * k)}: ",
            eq(mul(d, k), d * k),
            f", so the answer is {counted(n, d * k)}.",
        )
    ]
    common = math.gcd(n, d * k)
    if common > 1:
        steps.append(
            Step(
                f"Simplify: divide both by {common}: ",
                eq(div(n, common), result.numerator),
                " and ",
                eq(div(d * k, common), result.denominator),
                ".",
            )
        )
    return [*steps, Step("So ", eq(div(fq(x, unit), k), fq(result, unit)), ".")]


@topic(
    "fractions.divide_fractions",
    title="Divide proper fractions by whole numbers",
    codes=("6F5b",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def divide_fractions(rng: random.Random, level: Level, style: str) -> Item:
    n, d, k = _divide_numbers(rng, level)
    f = fr(n, d)
    result = Fraction(n, d) / k
    steps = _divide_steps(n, d, k)
    # the mistake a pupil makes here: the denominator divided when it divides exactly, else the numerator
    # multiplied. Both give n × k / d when d divides (2/9 ÷ 3 → 2/3 or 6/9), so only one is told per item.
    slip = mis.divide_denominator_by_whole if d % k == 0 else mis.divide_fraction_by_multiplying
    predicted = (slip.on(n, d, k),)
    tip = f"sharing {f} into {k} equal parts makes each part smaller."
    picture = shared_bar(n, d, k, level)  # the fraction given, each part split into k, one share '?'
    if style == "fluency":
        answer = FractionAnswer(result)
        prompt = f"Work out {f} ÷ {k}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=mis.predictions(answer, *predicted))
        return with_picture(item, picture)
    if style == "missing_number":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            answer = FractionAnswer(Fraction(n, d))
            prompt = f"What goes in the box? □ ÷ {k} = {fx(result)}"
            steps = [
                Step(
                    "Work backwards: ",
                    eq(mul(fq(result), k), fq(Fraction(n, d))),
                    ", so the box is ",
                    fq(Fraction(n, d)),
                    ".",
                )
            ]
            return make(prompt, answer, steps, style, f"□ ÷ {k} = {fx(result)}")
        answer = WholeNumber(k)
        prompt = f"What number goes in the box? {f} ÷ □ = {fx(result)}" + hint(level, tip)
        steps = [
            Step(f"Work backwards: which number of lots of {fx(result)} makes {f}?"),
            Step(eq(mul(fq(result), k), fq(Fraction(n, d))), f", so the box is {k}."),
        ]
        return make(prompt, answer, steps, style, f"{f} ÷ □ = {fx(result)}")
    if style == "true_or_false":
        claim = slip(n, d, k) if rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {f} ÷ {k} = {fx(claim)}" + hint(level, tip)
        steps.append(_truth_step(result, claim))
        judges = [judged(slip, claim).on(n, d, k)]
        item = make(
            prompt,
            TrueFalse(truth),
            steps,
            style,
            f"{f} ÷ {k} = {fx(claim)}",
            predicted=mis.predictions(TrueFalse(truth), *judges),
        )
        return with_picture(item, picture)
    who = name(rng)
    if style == "spot_the_mistake":
        answer = FractionAnswer(result)
        shown = f"{f} ÷ {k} = {slip.story(n, d, k)[0]}"
        prompt = f"{who} wrote: {shown}. This is wrong. What is the correct answer?" + hint(level, tip)
        steps = [Step(slip.feedback_for(n, d, k)), *steps]
        predicted = mis.predictions(answer, slip.on(n, d, k))
        return with_picture(make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=predicted), picture)
    if style == "two_step_word_problem":
        if k >= 3 and rng.random() < 0.5:
            used = rng.randint(2, k - 1)
            prompt = f"{f} of a litre of paint is shared equally between {k} pots. {who} uses {used} pots. "
            prompt += "How much paint does that use, in litres?"
            value, check = result * used, f"{used} × ({f} ÷ {k})"
            _told("jug", Fraction(n, d))
            steps = [
                *_divide_steps(n, d, k, "l"),
                Step(f"{used} pots: ", eq(mul(used, fq(result, "l")), fq(value, "l")), "."),
            ]
        else:
            prompt = f"{who} shares {f} of a kilogram of sweets equally between {k} bags, then eats one bag. "
            prompt += "How many kilograms of sweets are left?"
            value, check = Fraction(n, d) - result, f"{f} − {f} ÷ {k}"
            _told("flour", Fraction(n, d))
            steps = [
                *_divide_steps(n, d, k, "kg"),
                Step("Left: ", eq(sub(fq(Fraction(n, d), "kg"), fq(result, "kg")), fq(value, "kg")), "."),
            ]
        return make(prompt + hint(level, tip), FractionAnswer(value), steps, style, check)
    answer = FractionAnswer(result)
    template, unit_name, quantity = rng.choice(_DIVIDE_WORD)
    _told(quantity, Fraction(n, d))
    prompt = template.format(f=f, k=k, name=who) + hint(level, tip)
    steps = _divide_steps(n, d, k, unit_name)
    item = make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=mis.predictions(answer, *predicted))
    return with_picture(item, picture)
