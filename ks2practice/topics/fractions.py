"""Fractions (strand F), Years 3–6: fractions of amounts, counting, equivalence, comparing, mixed numbers."""

# Levels (design.md §4): 1 working towards — Year 3 demand: small denominators, unit fractions, a picture and a
# hint; 2 expected — Years 4–5: non-unit fractions, tenths and hundredths, related denominators; 3 greater
# depth — Year 6: any denominators to 12, mixed numbers, missing numbers, more than one step. The four
# operations on fractions live in fraction_operations.py, which shares the helpers at the top of this file.

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice import misconceptions as mis
from ks2practice.answers.kinds import (
    Comparison,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.diagrams import BarModel, FractionBar
from ks2practice.misconceptions import fractions as fmis
from ks2practice.model import Item, Level
from ks2practice.registry import topic
from ks2practice.wording import hint, make, name, show, sign_of, truth_word

# The numbers per level each topic reads: denominators, how many parts make the amount, the whole numbers.
RANGES: dict[str, dict[int, dict[str, tuple[int, ...]]]] = {
    "fractions_of_amounts": {
        1: {"dens": (2, 3, 4, 5, 8, 10), "part": (2, 10), "top": (1, 3)},
        2: {"dens": (3, 4, 5, 6, 7, 8, 9, 10, 12), "part": (2, 12), "top": (2, 11)},
        3: {"dens": (6, 7, 8, 9, 12, 15, 20, 25), "part": (5, 40), "top": (2, 24)},
    },
    "counting_in_fractions": {1: {"dens": (10, 3, 4, 5)}, 2: {"dens": (100, 10)}, 3: {"dens": (3, 4, 5, 6, 8, 10)}},
    "equivalent_fractions": {
        1: {"dens": (2, 3, 4, 5, 6), "times": (2, 4)},
        2: {"dens": (2, 3, 4, 5, 6, 8, 10, 20, 25, 50), "times": (2, 10)},
        3: {"dens": (3, 4, 5, 6, 7, 8, 9, 10, 12), "times": (3, 12)},
    },
    "compare_order_fractions": {1: {"dens": (2, 12)}, 2: {"dens": (2, 12)}, 3: {"dens": (2, 12)}},
    "mixed_improper": {
        1: {"dens": (2, 5), "wholes": (1, 3)},
        2: {"dens": (3, 12), "wholes": (1, 9)},
        3: {"dens": (5, 15), "wholes": (4, 25)},
    },
}

UNIT_NAMES = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    10: ("tenth", "tenths"),
    12: ("twelfth", "twelfths"),
    100: ("hundredth", "hundredths"),
}


# ---------------------------------------------------------------------- shared helpers


def fr(n: int, d: int) -> str:
    """A fraction as written, not simplified: 6/8 stays 6/8."""
    return f"{n}/{d}"


def fx(value: Fraction | int) -> str:
    """A value as a pupil writes it: 3/4, 2 1/3 (mixed), or a whole number."""
    return format_fraction(Fraction(value), mixed=True)


def proper(rng: random.Random, d: int, low: int = 1) -> Fraction:
    """A proper fraction n/d with low ≤ n < d (value in lowest terms; the caller keeps n and d if it needs them)."""
    return Fraction(rng.randint(low, d - 1), d)


def unit(d: int, plural: bool = False) -> str:
    return UNIT_NAMES[d][1 if plural else 0]


def choose(rng: random.Random, level: Level, key: str, field: str = "dens") -> int:
    return rng.choice(RANGES[key][int(level)][field])


def between(rng: random.Random, level: Level, key: str, field: str) -> int:
    low, high = RANGES[key][int(level)][field]
    return rng.randint(low, high)


def bar_of(parts: int, shaded: int) -> FractionBar | None:
    """A fraction bar when the numbers fit one (at most 24 parts a bar and four bars)."""
    if 1 <= parts <= 24 and 0 <= shaded <= 4 * parts:
        return FractionBar(parts, shaded)
    return None


def with_picture(item: Item, diagram: object) -> Item:
    return replace(item, diagram=diagram) if diagram is not None else item


# ---------------------------------------------------------------------- fractions of amounts


def _amount_numbers(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(numerator, denominator, amount) with the amount a multiple of the denominator."""
    key = "fractions_of_amounts"
    d = choose(rng, level, key)
    k = between(rng, level, key, "part")
    low, high = RANGES[key][int(level)]["top"]
    n = 1 if level == Level.WORKING_TOWARDS and rng.random() < 0.5 else rng.randint(min(low, d - 1), min(high, d - 1))
    if level > Level.WORKING_TOWARDS and n == 1:
        n = rng.randint(2, d - 1)
    while Fraction(n, d).denominator != d:  # keep the fraction in its simplest form: 6/8 of 24 is asked as 3/4
        n = rng.randint(1, d - 1)
    return n, d, d * k


def _amount_steps(n: int, d: int, amount: int, unit_text: str = "") -> list[str]:
    part = amount // d
    steps = [f"Find one part: {show(amount)}{unit_text} ÷ {d} = {show(part)}{unit_text}."]
    if n > 1:
        steps.append(f"{n} parts: {show(part)}{unit_text} × {n} = {show(part * n)}{unit_text}.")
    return steps


def _amount_bar(n: int, d: int, amount: int) -> BarModel | None:
    if not 2 <= d <= 12:
        return None
    return BarModel(amount, ("?",) * d, sizes=(amount // d,) * d)


_AMOUNT_WORD = (
    # (template, kind, largest amount that makes sense): kind is 'count', 'money' (amount in pounds) or a unit
    ("There are {a} children in a class. {f} of them walk to school. How many children walk to school?", "count", 36),
    ("A box holds {a} eggs. {f} of the eggs are brown. How many eggs are brown?", "count", 60),
    (
        "{name} has {a} stickers and gives {f} of them to a friend. How many stickers does {name} give away?",
        "count",
        200,
    ),
    ("{name} has £{a} and spends {f} of it on a bike. How much does the bike cost?", "money", 1000),
    ("A ribbon is {a} cm long. {name} cuts off {f} of it. How long is the piece cut off?", "cm", 500),
    ("A jug holds {a} ml of juice. {name} pours out {f} of it. How much juice is poured out?", "ml", 2000),
    ("A bag of flour weighs {a} g. A recipe uses {f} of the bag. How many grams does the recipe use?", "g", 1500),
    ("A cycle route is {a} km long. {name} has ridden {f} of it. How far has {name} ridden?", "km", 200),
    ("A football stadium has {a} seats. {f} of the seats are taken. How many seats are taken?", "count", 1000),
)

_AMOUNT_TWO_STEP = (
    "{name} has £{a}. {name} spends {f} of it on a game. How much money is left?",
    "A school has {a} pupils. {f} of them have school dinners. How many pupils do not have school dinners?",
    "A farmer has {a} sheep. {f} of them are in the top field. How many sheep are not in the top field?",
    "A water tank holds {a} litres. {f} of the water is used. How many litres are left?",
)


def _amount_answer(kind: str, value: int) -> WholeNumber | Money | Measure:
    if kind == "money":
        return Money(value * 100) if isinstance(value, int) else Money(value)
    if kind == "count":
        return WholeNumber(value)
    return Measure(value, kind, unit_required=False)


@topic(
    "fractions.fractions_of_amounts",
    title="Find fractions of amounts and solve problems",
    codes=("3F1b", "3F10", "4F10a"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "spot_the_mistake",
        "word_problem",
        "two_step_word_problem",
    ),
)
def fractions_of_amounts(rng: random.Random, level: Level, style: str) -> Item:
    n, d, amount = _amount_numbers(rng, level)
    part, result = amount // d, amount // d * n
    f = fr(n, d)
    tip = f"divide by {d} to find one part, then multiply by {n}." if n > 1 else f"divide by {d}."
    slip = ("amount_divided_by_numerator", fmis.amount_divided_by_numerator(n, d, amount))
    steps = _amount_steps(n, d, amount)
    picture = _amount_bar(n, d, amount) if level < Level.GREATER_DEPTH else None
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Work out {f} of {show(amount)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{f} of {show(amount)}", predicted=mis.predictions(answer, slip))
        return with_picture(item, picture)
    if style == "missing_number":
        answer = WholeNumber(amount)
        prompt = f"{f} of □ = {show(result)}. What number goes in the box?" + hint(
            level, f"{show(result)} is {n} part{'s' if n > 1 else ''}; find one part first."
        )
        steps = [
            f"{show(result)} is {n} of the {d} equal parts, so one part is {show(result)} ÷ {n} = {show(part)}.",
            f"The whole is {d} parts: {show(part)} × {d} = {show(amount)}.",
        ]
        wrong = ("amount_divided_by_numerator", result * n // d if (result * n) % d == 0 else None)
        return make(
            prompt, answer, steps, style, f"{f} of □ = {show(result)}", predicted=mis.predictions(answer, wrong)
        )
    if style == "compare":
        n2, d2, amount2 = _amount_numbers(rng, level)
        result2 = amount2 // d2 * n2
        answer = Comparison(sign_of(result, result2))
        prompt = f"Write <, > or = in the box: {f} of {show(amount)} □ {fr(n2, d2)} of {show(amount2)}" + hint(
            level, "work out each side first."
        )
        steps = [*steps, *_amount_steps(n2, d2, amount2), f"{show(result)} {answer.sign} {show(result2)}."]
        wrong_1 = fmis.amount_divided_by_numerator(n, d, amount) or result
        wrong_2 = fmis.amount_divided_by_numerator(n2, d2, amount2) or result2
        predicted = mis.predictions(answer, ("amount_divided_by_numerator", sign_of(wrong_1, wrong_2)))
        check = f"{f} of {show(amount)} □ {fr(n2, d2)} of {show(amount2)}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "true_or_false":
        wrongs = [w for w in (slip[1], part if n > 1 else None, result + part) if w is not None and w != result]
        claim = rng.choice(wrongs) if rng.random() < 0.5 else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {f} of {show(amount)} = {show(claim)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        predicted = mis.predictions(answer, ("amount_divided_by_numerator", True)) if claim == slip[1] else ()
        return make(prompt, answer, steps, style, f"{f} of {show(amount)} = {show(claim)}", predicted=predicted)
    if style == "spot_the_mistake":
        who = name(rng)
        if slip[1] is not None and slip[1] != result:
            shown = f"{show(amount)} ÷ {n} = {show(slip[1])}, so {f} of {show(amount)} = {show(slip[1])}."
        elif n > 1:  # found one part and stopped
            shown = f"{show(amount)} ÷ {d} = {show(part)}, so {f} of {show(amount)} = {show(part)}."
        else:  # multiplied instead of dividing
            shown = f"{show(amount)} × {d} = {show(amount * d)}, so {f} of {show(amount)} = {show(amount * d)}."
        answer = WholeNumber(result)
        prompt = f"{who} worked out {f} of {show(amount)} like this: {shown} What is the correct answer?" + hint(
            level, tip
        )
        steps = [f"{who}'s method is wrong: {tip[0].upper()}{tip[1:]}", *steps]
        return make(prompt, answer, steps, style, f"{f} of {show(amount)}", predicted=mis.predictions(answer, slip))
    who = name(rng)
    if style == "word_problem":
        contexts = [c for c in _AMOUNT_WORD if amount <= c[2] and (amount >= 100 or "stadium" not in c[0])]
        template, kind, _ = rng.choice(contexts or _AMOUNT_WORD[3:4])
        answer = _amount_answer(kind, result)
        prompt = template.format(a=show(amount), f=f, name=who) + hint(level, tip)
        unit_text = "" if kind == "count" else f" {kind}" if kind != "money" else ""
        steps = _amount_steps(n, d, amount, unit_text)
        check = f"{f} of {show(amount * 100)}" if kind == "money" else f"{f} of {show(amount)}"
        wrong = slip[1] * 100 if kind == "money" and slip[1] is not None else slip[1]
        predicted = mis.predictions(answer, ("amount_divided_by_numerator", wrong))
        return with_picture(make(prompt, answer, steps, style, check, predicted=predicted), picture)
    # two-step: find the part, then what is left (greater depth: a second fraction of what is left)
    left = amount - result
    if level == Level.GREATER_DEPTH:
        g = rng.choice([x for x in (2, 3, 4, 5) if left % x == 0 and left > x] or [0])
        if g:
            return _amount_two_fractions(rng, style, who, (n, d, amount), g)
    template = rng.choice(_AMOUNT_TWO_STEP)
    kind = "money" if "£" in template else "l" if "litres" in template else "count"
    scale = 100 if kind == "money" else 1
    answer = _amount_answer(kind, left)
    prompt = template.format(a=show(amount), f=f, name=who) + hint(level, "find the fraction, then take it away.")
    steps = [*steps, f"What is left: {show(amount)} − {show(result)} = {show(left)}."]
    check = f"{show(amount * scale)} − {f} of {show(amount * scale)}"
    wrong = (amount - slip[1]) * scale if slip[1] is not None and slip[1] < amount else None
    predicted = mis.predictions(answer, ("amount_divided_by_numerator", wrong))
    return make(prompt, answer, steps, style, check, predicted=predicted)


_AMOUNT_TWO_FRACTIONS = (
    "{name} has £{a}. {name} spends {f} of it on a game, then 1/{g} of what is left on a book. "
    "How much money does {name} have now?",
    "A school has {a} pupils. {f} of them have school dinners and 1/{g} of the rest bring a packed lunch. "
    "The others go home for lunch. How many pupils go home for lunch?",
    "A farmer has {a} sheep. She sells {f} of them, then 1/{g} of the sheep that are left. "
    "How many sheep does she still have?",
    "A tank holds {a} litres of water. {f} of it is used on Monday and 1/{g} of what is left on Tuesday. "
    "How many litres are left?",
)


def _amount_two_fractions(rng: random.Random, style: str, who: str, numbers: tuple[int, int, int], g: int) -> Item:
    n, d, amount = numbers
    f = fr(n, d)
    result = amount // d * n
    left = amount - result
    second = left // g
    final = left - second
    template = rng.choice(_AMOUNT_TWO_FRACTIONS)
    kind = "money" if "£" in template else "l" if "litres" in template else "count"
    scale = 100 if kind == "money" else 1
    answer = _amount_answer(kind, final)
    prompt = template.format(a=show(amount), f=f, g=g, name=who)
    steps = [
        *_amount_steps(n, d, amount),
        f"What is left: {show(amount)} − {show(result)} = {show(left)}.",
        f"1/{g} of {show(left)} = {show(second)}; {show(left)} − {show(second)} = {show(final)}.",
    ]
    rest = f"({show(amount * scale)} − {f} of {show(amount * scale)})"
    # a common slip: taking the second fraction of the whole amount, not of what is left
    slip = fmis.fraction_of_wrong_whole(amount, result, g)
    predicted = mis.predictions(answer, ("fraction_of_wrong_whole", slip * scale if slip else None))
    return make(prompt, answer, steps, style, f"{rest} − 1/{g} of {rest}", predicted=predicted)
