"""Calculating with fractions (strand F), Years 3–6: add and subtract, multiply, divide by a whole number."""

# Levels (design.md §4): 1 working towards — Year 3–4 demand: the same denominator within one whole, a
# fraction times a small whole number, a unit fraction shared, a fraction bar; 2 expected — Year 5: related
# denominators, answers past one whole, mixed numbers times a whole number; 3 greater depth — Year 6: any
# denominators and mixed numbers, fraction times fraction in its simplest form, missing numbers, two steps.

from __future__ import annotations

import math
import random
from fractions import Fraction

from ks2practice.answers.kinds import FractionAnswer, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import fr, with_picture
from ks2practice.content.fractions.counting_in_fractions import fx
from ks2practice.content.fractions.mixed_improper import bar_of
from ks2practice.content.misconceptions import fractions as fmis
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

RANGES: dict[str, dict[int, dict[str, tuple[int, int]]]] = {
    "add_subtract_fractions": {1: {"dens": (3, 12)}, 2: {"dens": (2, 6), "times": (2, 4)}, 3: {"dens": (2, 12)}},
    "multiply_fractions": {1: {"dens": (3, 8), "whole": (2, 5)}, 2: {"dens": (3, 12), "whole": (2, 9)}, 3: {}},
    "divide_fractions": {1: {"dens": (2, 6), "whole": (2, 4)}, 2: {"dens": (3, 9), "whole": (2, 5)}, 3: {}},
}


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


def _add_sub_steps(a: tuple[int, int, int], b: tuple[int, int, int], subtract: bool) -> list[str]:
    x, y = _value(a), _value(b)
    result = x - y if subtract else x + y
    op = "−" if subtract else "+"
    common = math.lcm(a[2], b[2])
    steps = []
    if a[2] != b[2]:
        steps.append(
            f"Use a common denominator of {common}: {fr(x.numerator * common // x.denominator, common)} "
            f"{op} {fr(y.numerator * common // y.denominator, common)}."
        )
    elif a[0] or b[0]:
        steps.append(
            f"Write them as improper fractions: {fr(int(x * common), common)} {op} {fr(int(y * common), common)}."
        )
    first, second = int(x * common), int(y * common)
    top = first - second if subtract else first + second
    # The step shows the numerators being worked on, then the fraction they make (and its simplest form if that
    # reads differently), so no line says only 'x = x'.
    line = (
        f"{'Subtract' if subtract else 'Add'} the numerators: {first} {op} {second} = {top}, "
        f"so {fr(first, common)} {op} {fr(second, common)} = {fr(top, common)}"
    )
    if fx(result) != fr(top, common):
        line += f" = {fx(result)}"
    steps.append(line + ".")
    return steps


_ADD_WORD = (
    "{name} walked {a} km to the park and then {b} km to the shop. How far did {name} walk altogether?",
    "{name} drank {a} of a litre of water in the morning and {b} of a litre in the afternoon. How much did "
    "{name} drink altogether?",
    "A recipe needs {a} kg of flour for the cake and {b} kg for the biscuits. How much flour is that altogether?",
)
_SUB_WORD = (
    "A ribbon is {a} m long. {name} cuts off {b} m. How long is the ribbon now?",
    "A jug holds {a} litres of juice. {name} pours out {b} of a litre. How much juice is left in the jug?",
    "{name} has {a} kg of sand and uses {b} kg to fill a sandpit. How much sand is left?",
)


@topic(
    "fractions.add_subtract_fractions",
    title="Add and subtract fractions and mixed numbers",
    codes=("3F4", "4F4", "5F4", "6F4"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def add_subtract_fractions(rng: random.Random, level: Level, style: str) -> Item:
    a, b, subtract = _add_sub_numbers(rng, level)
    x, y = _value(a), _value(b)
    result = x - y if subtract else x + y
    sa, sb, op = _written(*a), _written(*b), "−" if subtract else "+"
    steps = _add_sub_steps(a, b, subtract)
    tip = (
        "the denominators are the same, so only the numerators change."
        if a[2] == b[2]
        else "find a common denominator."
    )
    # the slip on the fraction parts; mixed numbers keep their wholes (4 5/11 + 3 1/2 → 7 6/13)
    parts = fmis.add_tops_and_bottoms(a[1], a[2], b[1], b[2], subtract)
    wholes = a[0] - b[0] if subtract else a[0] + b[0]
    slip = ("add_tops_and_bottoms", wholes + parts if parts is not None and wholes >= 0 else None)
    top, bottom = (a[1] - b[1], a[2] - b[2]) if subtract else (a[1] + b[1], a[2] + b[2])
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
        undo = f"{sa} − {total}" if subtract else f"{total} − {sa}"
        steps = [f"Work backwards: □ = {undo}.", f"□ = {fx(y)}."]
        return make(prompt, answer, steps, style, f"{sa} {op} □ = {total}")
    if style == "true_or_false":
        off = result + Fraction(1, math.lcm(a[2], b[2]))
        claim = rng.choice([c for c in (slip[1], off) if c is not None]) if rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {sa} {op} {sb} = {fx(claim)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(TrueFalse(truth), ("add_tops_and_bottoms", True)) if claim == slip[1] else ()
        return make(prompt, TrueFalse(truth), steps, style, f"{sa} {op} {sb} = {fx(claim)}", predicted=predicted)
    who = name(rng)
    if style == "spot_the_mistake":
        if slip[1] is not None:
            shown = f"{sa} {op} {sb} = {_written(wholes, top, bottom) if top else show(wholes)}"
            why = "adding (or subtracting) the denominators as well as the numerators"
        else:
            common = math.lcm(a[2], b[2])
            wrong = result + Fraction(1, common)
            shown = f"{sa} {op} {sb} = {fx(wrong)}"
            why = "a slip when renaming or adding the parts"
        answer = FractionAnswer(result)
        prompt = f"{who} wrote: {shown}. This is wrong. What is the correct answer?" + hint(level, tip)
        steps = [f"The mistake is {why}.", *steps]
        return make(prompt, answer, steps, style, f"{sa} {op} {sb}", predicted=mis.predictions(answer, slip))
    if style == "word_problem":
        answer = FractionAnswer(result)
        template = rng.choice(_SUB_WORD if subtract else _ADD_WORD)
        prompt = template.format(a=sa, b=sb, name=who) + hint(level, tip)
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
    else:
        prompt = f"{who} has {start} m of rope. {who} cuts off {sa} m and then {sb} m. How much rope is left?"
        check = f"{start} − {sa} − {sb}"
    steps = [f"Used altogether: {sa} + {sb} = {fx(used)}.", f"Left: {start} − {fx(used)} = {fx(left)}."]
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
    "Each glass holds {f} of a litre of milk. How much milk do {k} glasses hold?",
    "{name} runs {f} km every day. How far does {name} run in {k} days?",
    "A cake needs {f} of a bag of flour. How many bags of flour do {k} cakes need?",
    "A plank of wood is {f} m long. How long are {k} planks laid end to end?",
)
_FRACTION_OF_FRACTION_WORD = (
    "{name} has {g} of a bar of chocolate and eats {f} of it. What fraction of the whole bar does {name} eat?",
    "{g} of a garden is grass. {f} of the grass is cut today. What fraction of the whole garden is cut today?",
    "A rectangle is {f} m long and {g} m wide. What is its area in square metres?",
)


@topic(
    "fractions.multiply_fractions",
    title="Multiply fractions by whole numbers and by fractions",
    codes=("5F5", "6F5a"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def multiply_fractions(rng: random.Random, level: Level, style: str) -> Item:
    a, other = _times_numbers(rng, level)
    sa = _written(*a)
    if isinstance(other, tuple):
        return _fraction_times_fraction(rng, level, style, a, other)
    k = other
    if style == "two_step_word_problem":
        return _times_then_take_away(rng, level, a, k)
    result = _value(a) * k
    slips = (
        ("multiply_both_by_whole", fmis.multiply_both_by_whole(a[1], a[2], k) + a[0] * k),
        ("multiply_denominator_by_whole", fmis.multiply_denominator_by_whole(a[1], a[2], k) + a[0] * k),
    )
    if a[0]:
        steps = [
            f"{a[0]} × {k} = {a[0] * k} and {fr(a[1], a[2])} × {k} = {fr(a[1] * k, a[2])}.",
            f"{a[0] * k} + {fr(a[1] * k, a[2])} = {fx(result)}.",
        ]
    else:
        steps = [
            f"{k} lots of {fr(a[1], a[2])} is {fr(a[1] * k, a[2])}: multiply the numerator only.",
            f"{fr(a[1] * k, a[2])} = {fx(result)}.",
        ]
    tip = "multiply the numerator by the whole number; the denominator stays the same."
    picture = bar_of(a[2], a[1]) if level == Level.WORKING_TOWARDS else None  # one lot, to repeat
    if style == "fluency":
        answer = FractionAnswer(result)
        prompt = f"Work out {sa} × {k}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{sa} × {k}", predicted=mis.predictions(answer, *slips))
        return with_picture(item, picture)
    if style == "missing_number":
        answer = WholeNumber(k)
        prompt = f"What number goes in the box? {sa} × □ = {fx(result)}" + hint(level, tip)
        parts = result * a[2]  # the answer counted in the fraction's own parts
        steps = [
            f"{fx(result)} is {parts} lots of {fr(1, a[2])}; {sa} is {_value(a) * a[2]} lots of {fr(1, a[2])}.",
            f"{parts} ÷ {_value(a) * a[2]} = {k}, so □ = {k}.",
        ]
        return with_picture(make(prompt, answer, steps, style, f"{sa} × □ = {fx(result)}"), picture)
    if style == "true_or_false":
        wrong = rng.choice(slips)
        claim = wrong[1] if rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {sa} × {k} = {_claim_text(a, k, claim, wrong)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = () if truth else mis.predictions(TrueFalse(truth), (wrong[0], True))
        return make(
            prompt,
            TrueFalse(truth),
            steps,
            style,
            f"{sa} × {k} = {_claim_text(a, k, claim, wrong)}",
            predicted=predicted,
        )
    who = name(rng)
    if style == "spot_the_mistake":
        wrong = rng.choice(slips)
        answer = FractionAnswer(result)
        prompt = (
            f"{who} wrote: {sa} × {k} = {_claim_text(a, k, wrong[1], wrong)}. This is wrong. "
            f"What is the correct answer?"
        ) + hint(level, tip)
        steps = ["The whole number multiplies how many parts there are, not the size of each part.", *steps]
        return make(prompt, answer, steps, style, f"{sa} × {k}", predicted=mis.predictions(answer, *slips))
    template = rng.choice(_TIMES_WORD[1::2] if a[0] else _TIMES_WORD)  # a mixed number suits lengths only
    answer = FractionAnswer(result)
    prompt = template.format(f=sa, k=k, name=who) + hint(level, tip)
    return make(prompt, answer, steps, style, f"{k} × {sa}", predicted=mis.predictions(answer, *slips))


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
        unit_name = "litres"
    prompt += hint(level, "work out how much is used first.")
    left = start - used
    steps = [f"Used: {sa} × {k} = {fx(used)} {unit_name}.", f"Left: {start} − {fx(used)} = {fx(left)} {unit_name}."]
    slip = fmis.multiply_denominator_by_whole(a[1], a[2], k) + a[0] * k
    answer = FractionAnswer(left)
    predicted = mis.predictions(answer, ("multiply_denominator_by_whole", start - slip))
    return make(prompt, answer, steps, "two_step_word_problem", f"{start} − {k} × {sa}", predicted=predicted)


def _claim_text(a: tuple[int, int, int], k: int, claim: Fraction, slip: tuple[str, Fraction]) -> str:
    """The claim as the pupil with this slip writes it: 6/15 (not 2/5) when both top and bottom were multiplied."""
    if claim == slip[1] and slip[0] == "multiply_both_by_whole" and not a[0]:
        return fr(a[1] * k, a[2] * k)
    return fx(claim)


def _fraction_times_fraction(
    rng: random.Random, level: Level, style: str, a: tuple[int, int, int], other: tuple[int, int]
) -> Item:
    f, g = fr(a[1], a[2]), fr(*other)
    result = Fraction(a[1], a[2]) * Fraction(*other)
    raw = fr(a[1] * other[0], a[2] * other[1])
    steps = [
        f"Multiply the numerators and the denominators: {f} × {g} = {raw}.",
        f"Simplify: {raw} = {fx(result)}.",
    ]
    # adding tops and bottoms is the slip pupils carry over from addition; it has its own mechanism here, so the
    # adult is told about multiplying, not about finding a common denominator
    slip = ("multiply_by_adding_parts", fmis.multiply_by_adding_parts(a[1], a[2], other[0], other[1]))
    if style in ("fluency", "spot_the_mistake"):
        answer = FractionAnswer(result, simplest=True)
        if style == "spot_the_mistake" and slip[1] is not None:
            who = name(rng)
            wrong = fr(a[1] + other[0], a[2] + other[1])
            prompt = (
                f"{who} wrote: {f} × {g} = {wrong}. This is wrong. What is the correct answer, in its simplest form?"
            )
            steps = ["Multiplying fractions multiplies the numerators and multiplies the denominators.", *steps]
        else:
            prompt = f"Work out {f} × {g}. Give your answer in its simplest form."
        return make(prompt, answer, steps, style, f"{f} × {g}", predicted=mis.predictions(answer, slip))
    if style == "missing_number":
        answer = FractionAnswer(Fraction(*other))
        prompt = f"What goes in the box? {f} × □ = {fx(result)}"
        steps = [f"{f} × {g} = {raw} = {fx(result)}, so □ = {g}."]
        return make(prompt, answer, steps, style, f"{f} × □ = {fx(result)}")
    if style == "true_or_false":
        claim = slip[1] if slip[1] is not None and rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {f} × {g} = {fx(claim)}"
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = () if truth else mis.predictions(TrueFalse(truth), (slip[0], True))
        return make(prompt, TrueFalse(truth), steps, style, f"{f} × {g} = {fx(claim)}", predicted=predicted)
    if style == "two_step_word_problem":
        who = name(rng)
        left = Fraction(*other) - result
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
        steps = [*steps, f"Left: {g} − {fx(result)} = {fx(left)}."]
        return make(prompt, FractionAnswer(left), steps, style, f"{g} − {f} × {g}")
    template = rng.choice(_FRACTION_OF_FRACTION_WORD)
    answer = FractionAnswer(result)
    prompt = template.format(f=f, g=g, name=name(rng))
    return make(prompt, answer, steps, style, f"{f} × {g}", predicted=mis.predictions(answer, slip))


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
    "{name} has {f} of a pizza left and shares it equally between {k} friends. What fraction of the whole pizza "
    "does each friend get?",
    "{f} of a litre of juice is poured equally into {k} cups. How much juice, in litres, is in each cup?",
    "A ribbon {f} m long is cut into {k} equal pieces. How long is each piece, in metres?",
    "{f} of a field is shared equally between {k} sheep pens. What fraction of the field is each pen?",
)


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
    if n % k == 0:
        steps = [f"{n} ÷ {k} = {n // k}, so {f} ÷ {k} = {fr(n // k, d)}."]
    else:
        steps = [f"Each {fr(1, d)} split into {k} parts makes parts of {fr(1, d * k)}.", f"{f} ÷ {k} = {fr(n, d * k)}."]
    if fx(result) not in steps[-1]:
        steps.append(f"{fx(result)} in its simplest form.")
    slip = ("divide_denominator_by_whole", fmis.divide_denominator_by_whole(n, d, k))
    tip = f"sharing {f} into {k} equal parts makes each part smaller."
    picture = bar_of(d, n) if level == Level.WORKING_TOWARDS else None  # the fraction to share
    if style == "fluency":
        answer = FractionAnswer(result)
        prompt = f"Work out {f} ÷ {k}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=mis.predictions(answer, slip))
        return with_picture(item, picture)
    if style == "missing_number":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            answer = FractionAnswer(Fraction(n, d))
            prompt = f"What goes in the box? □ ÷ {k} = {fx(result)}"
            steps = [f"Work backwards: □ = {fx(result)} × {k} = {f}."]
            return make(prompt, answer, steps, style, f"□ ÷ {k} = {fx(result)}")
        answer = WholeNumber(k)
        prompt = f"What number goes in the box? {f} ÷ □ = {fx(result)}" + hint(level, tip)
        steps = [f"{fx(result)} × □ = {f}.", f"{fx(result)} × {k} = {f}, so □ = {k}."]
        return make(prompt, answer, steps, style, f"{f} ÷ □ = {fx(result)}")
    if style == "true_or_false":
        wrong = slip[1] if slip[1] is not None else Fraction(n * k, d) if n * k < d else None
        claim = wrong if wrong is not None and rng.random() < 0.5 else result
        truth = claim == result
        prompt = f"True or false? {f} ÷ {k} = {fx(claim)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(TrueFalse(truth), (slip[0], True)) if claim == slip[1] else ()
        return make(prompt, TrueFalse(truth), steps, style, f"{f} ÷ {k} = {fx(claim)}", predicted=predicted)
    who = name(rng)
    if style == "spot_the_mistake":
        answer = FractionAnswer(result)
        if slip[1] is not None:
            shown = f"{f} ÷ {k} = {fr(n, d // k)}"
        else:
            shown = f"{f} ÷ {k} = {fr(n * k, d)}"
        prompt = f"{who} wrote: {shown}. This is wrong. What is the correct answer?" + hint(level, tip)
        steps = [
            "Dividing by a whole number makes the fraction smaller, so the answer must be less than " + f + ".",
            *steps,
        ]
        return make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=mis.predictions(answer, slip))
    if style == "two_step_word_problem":
        if k >= 3 and rng.random() < 0.5:
            used = rng.randint(2, k - 1)
            prompt = f"{f} of a litre of paint is shared equally between {k} pots. {who} uses {used} pots. "
            prompt += "How much paint does that use, in litres?"
            value, check = result * used, f"{used} × ({f} ÷ {k})"
            steps = [*steps, f"{used} pots: {used} × {fx(result)} = {fx(value)}."]
        else:
            prompt = f"{who} shares {f} of a kilogram of sweets equally between {k} bags, then eats one bag. "
            prompt += "How many kilograms of sweets are left?"
            value, check = Fraction(n, d) - result, f"{f} − {f} ÷ {k}"
            steps = [*steps, f"Left: {f} − {fx(result)} = {fx(value)}."]
        return make(prompt + hint(level, tip), FractionAnswer(value), steps, style, check)
    answer = FractionAnswer(result)
    prompt = rng.choice(_DIVIDE_WORD).format(f=f, k=k, name=who) + hint(level, tip)
    return make(prompt, answer, steps, style, f"{f} ÷ {k}", predicted=mis.predictions(answer, slip))
