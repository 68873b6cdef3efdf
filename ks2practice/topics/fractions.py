"""Fractions (strand F), Years 3–6: fractions of amounts, counting, equivalence, comparing, mixed numbers."""

# Levels (design.md §4): 1 working towards — Year 3 demand: small denominators, unit fractions, a picture and a
# hint; 2 expected — Years 4–5: non-unit fractions, tenths and hundredths, related denominators; 3 greater
# depth — Year 6: any denominators to 12, mixed numbers, missing numbers, more than one step. The four
# operations on fractions live in fraction_operations.py, which shares the helpers at the top of this file.

from __future__ import annotations

import math
import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import (
    Choice,
    Comparison,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.misconceptions import fractions as fmis
from ks2practice.content.wording import hint, lettered, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarModel, FractionBar, FractionWall, Marker, NumberLine

# The numbers per level each topic reads: denominators, how many parts make the amount, the whole numbers.
RANGES: dict[str, dict[int, dict[str, tuple[int, ...]]]] = {
    "fractions_of_amounts": {
        1: {"dens": (2, 3, 4, 5, 8, 10), "part": (2, 10), "top": (1, 3)},
        2: {"dens": (3, 4, 5, 6, 7, 8, 9, 10, 12), "part": (2, 12), "top": (2, 11)},
        3: {"dens": (6, 7, 8, 9, 12, 15, 20, 25), "part": (5, 40), "top": (2, 24)},
    },
    "counting_in_fractions": {1: {"dens": (10, 5, 6, 8)}, 2: {"dens": (100, 10)}, 3: {"dens": (3, 4, 5, 6, 8, 10)}},
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


_AMOUNT_WORD = (
    # (template, kind, smallest, largest amount that makes sense): kind is 'count', 'money' (pounds) or a unit
    (
        "There are {a} children in a class. {f} of them walk to school. How many children walk to school?",
        "count",
        12,
        36,
    ),
    ("A box holds {a} eggs. {f} of the eggs are brown. How many eggs are brown?", "count", 6, 60),
    (
        "{name} has {a} stickers and gives {f} of them to a friend. How many stickers does {name} give away?",
        "count",
        4,
        200,
    ),
    ("{name} has £{a} and spends {f} of it on a bike. How much does the bike cost?", "money", 40, 1000),
    ("{name} has {a}p and spends {f} of it on sweets. How much does {name} spend on sweets?", "pence", 10, 99),
    ("A ribbon is {a} cm long. {name} cuts off {f} of it. How long is the piece cut off?", "cm", 10, 500),
    ("A jug holds {a} ml of juice. {name} pours out {f} of it. How much juice is poured out?", "ml", 100, 2000),
    ("A bag of flour weighs {a} g. A recipe uses {f} of the bag. How many grams does the recipe use?", "g", 200, 1500),
    ("A cycle route is {a} km long. {name} has ridden {f} of it. How far has {name} ridden?", "km", 4, 200),
    ("A football stadium has {a} seats. {f} of the seats are taken. How many seats are taken?", "count", 100, 1000),
)

_AMOUNT_TWO_STEP = (
    "{name} has £{a}. {name} spends {f} of it on a game. How much money is left?",
    "A school has {a} pupils. {f} of them have school dinners. How many pupils do not have school dinners?",
    "A farmer has {a} sheep. {f} of them are in the top field. How many sheep are not in the top field?",
    "A water tank holds {a} litres. {f} of the water is used. How many litres are left?",
)


def _amount_answer(kind: str, value: int) -> WholeNumber | Money | Measure:
    if kind == "pence":
        return Money(value)
    if kind == "money":
        return Money(value * 100)  # the amount is in whole pounds
    if kind == "count":
        return WholeNumber(value)
    return Measure(value, kind, unit_required=False)


# Pictures of a fraction of an amount: the whole bar (or line) is the amount, cut into d equal parts. Which kinds
# suit which levels and styles is added to the shared table in topics/pictures.py, so the registry-wide picture
# tests know them; a comparison or a missing whole would need two pictures or give the answer away.
_AMOUNT_STYLES = ("fluency", "spot_the_mistake", "word_problem", "two_step_word_problem")
pictures.PICTURES["fractions_of_amounts"] = {
    "bar_model": {1: _AMOUNT_STYLES, 2: _AMOUNT_STYLES},  # at most 12 parts: level 3 goes up to 25ths
    "number_line": {1: _AMOUNT_STYLES, 2: _AMOUNT_STYLES, 3: _AMOUNT_STYLES},
}


def _amount_picture(kind: str, d: int, amount: int, result: int) -> BarModel | NumberLine:
    if kind == "bar_model":
        return BarModel(amount, ("?",) * d, sizes=(amount // d,) * d)
    return NumberLine(0, amount, amount // d, labels=(0, amount), points=(Marker(result, "?"),))


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
    representations=pictures.kinds("fractions_of_amounts"),
)
def fractions_of_amounts(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    item, (n, d, amount) = _fraction_of_amount(rng, level, style)
    fitting = pictures.suitable("fractions_of_amounts", level, style)
    if representation is not None and representation not in fitting:
        others = f"; try {', '.join(fitting)}" if fitting else "; no picture suits this question"
        raise ValueError(f"a {representation} picture does not suit level {int(level)} {style} questions{others}")
    kind = representation or (fitting[0] if fitting else None)
    if kind is None:
        return item
    return with_picture(item, _amount_picture(kind, d, amount, amount // d * n))


def _fraction_of_amount(rng: random.Random, level: Level, style: str) -> tuple[Item, tuple[int, int, int]]:
    """The item and its numbers (numerator, denominator, the amount as the prompt shows it) for the picture."""
    n, d, amount = _amount_numbers(rng, level)
    numbers = (n, d, amount)
    part, result = amount // d, amount // d * n
    f = fr(n, d)
    tip = f"divide by {d} to find one part, then multiply by {n}." if n > 1 else f"divide by {d}."
    slip = ("amount_divided_by_numerator", fmis.amount_divided_by_numerator(n, d, amount))
    steps = _amount_steps(n, d, amount)
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Work out {f} of {show(amount)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{f} × {show(amount)}", predicted=mis.predictions(answer, slip))
        return item, numbers
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
        predicted = mis.predictions(answer, wrong)
        return make(prompt, answer, steps, style, f"{f} × □ = {show(result)}", predicted=predicted), numbers
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
        check = f"{f} × {show(amount)} □ {fr(n2, d2)} × {show(amount2)}"
        return make(prompt, answer, steps, style, check, predicted=predicted), numbers
    if style == "true_or_false":
        wrongs = [w for w in (slip[1], part if n > 1 else None, result + part) if w is not None and w != result]
        claim = rng.choice(wrongs) if rng.random() < 0.5 else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {f} of {show(amount)} = {show(claim)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        predicted = mis.predictions(answer, ("amount_divided_by_numerator", True)) if claim == slip[1] else ()
        return make(prompt, answer, steps, style, f"{f} × {show(amount)} = {show(claim)}", predicted=predicted), numbers
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
        return make(
            prompt, answer, steps, style, f"{f} × {show(amount)}", predicted=mis.predictions(answer, slip)
        ), numbers
    who = name(rng)
    if style == "word_problem":
        # Only stories where the amount is believable: no 6 g bag of flour, no 30-seat stadium.
        contexts = [c for c in _AMOUNT_WORD if c[2] <= amount <= c[3]]
        template, kind, _, _ = rng.choice(contexts or _AMOUNT_WORD[2:3])
        answer = _amount_answer(kind, result)
        prompt = template.format(a=show(amount), f=f, name=who) + hint(level, tip)
        unit_text = {"count": "", "money": "", "pence": "p"}.get(kind, f" {kind}")
        steps = _amount_steps(n, d, amount, unit_text)
        check = f"{f} × {show(amount * 100)}" if kind == "money" else f"{f} × {show(amount)}"
        wrong = slip[1] * 100 if kind == "money" and slip[1] is not None else slip[1]
        predicted = mis.predictions(answer, ("amount_divided_by_numerator", wrong))
        return make(prompt, answer, steps, style, check, predicted=predicted), numbers
    # two-step: find the part, then what is left (greater depth: a second fraction of what is left)
    left = amount - result
    if level == Level.GREATER_DEPTH:
        g = rng.choice([x for x in (2, 3, 4, 5) if left % x == 0 and left > x] or [0])
        if g:
            return _amount_two_fractions(rng, style, who, (n, d, amount), g), numbers
    template = rng.choice(_AMOUNT_TWO_STEP)
    kind = "money" if "£" in template else "l" if "litres" in template else "count"
    scale = 100 if kind == "money" else 1
    answer = _amount_answer(kind, left)
    prompt = template.format(a=show(amount), f=f, name=who) + hint(level, "find the fraction, then take it away.")
    steps = [*steps, f"What is left: {show(amount)} − {show(result)} = {show(left)}."]
    check = f"{show(amount * scale)} − {f} × {show(amount * scale)}"
    wrong = (amount - slip[1]) * scale if slip[1] is not None and slip[1] < amount else None
    predicted = mis.predictions(answer, ("amount_divided_by_numerator", wrong))
    return make(prompt, answer, steps, style, check, predicted=predicted), numbers


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
    rest = f"({show(amount * scale)} − {f} × {show(amount * scale)})"
    # a common slip: taking the second fraction of the whole amount, not of what is left
    slip = fmis.fraction_of_wrong_whole(amount, result, g)
    predicted = mis.predictions(answer, ("fraction_of_wrong_whole", slip * scale if slip else None))
    return make(prompt, answer, steps, style, f"{rest} − 1/{g} × {rest}", predicted=predicted)


# ---------------------------------------------------------------------- counting in fractions


def written(n: int, d: int) -> str:
    """A count of n d-ths as a pupil writes it while counting: 0, 7/10, 2, 1 3/10 (never simplified)."""
    whole, rest = divmod(n, d)
    if rest == 0:
        return show(whole)
    return f"{whole} {rest}/{d}" if whole else f"{rest}/{d}"


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


def _count_steps(d: int, step: int, numbers: list[int]) -> list[str]:
    up = numbers[1] > numbers[0]
    size = f"{step}/{d}" if step > 1 else f"one {unit(d)}"
    return [
        f"The count goes {'up' if up else 'down'} by {size} each time.",
        f"{written(numbers[3], d)} {'+' if up else '−'} {step}/{d} = {written(numbers[4], d)}.",
    ]


_COUNT_WORD = (
    ("A snail crawls {s} m every minute. How far has it crawled after {k} minutes?", "m"),
    ("A tap drips {s} of a litre of water every hour. How much water drips in {k} hours?", "l"),
    ("{name} walks {s} km to school each day. How far does {name} walk in {k} days?", "km"),
    ("Each scoop of flour weighs {s} kg. How much do {k} scoops weigh?", "kg"),
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
        answer = FractionAnswer(value)
        shown = ", ".join(written(n, d) for n in numbers[:4])
        prompt = f"What comes next? {shown}, □" + hint(level, f"count on in {unit(d, True)}.")
        wrong = fmis.add_tops_and_bottoms(numbers[3], d, step, d, subtract=not up) if numbers[3] < d else None
        predicted = mis.predictions(answer, ("add_tops_and_bottoms", wrong))
        item = make(prompt, answer, _count_steps(d, step, numbers), style, f"{written(numbers[3], d)} {op} {size}")
        item = replace(item, misconceptions=predicted)
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
        answer = FractionAnswer(value) if value.denominator != 1 else WholeNumber(value.numerator)
        prompt = f"Fill in the missing number: {shown}" + hint(level, f"the count goes up in {unit(d, True)}.")
        steps = [f"The count goes {'up' if up else 'down'} by {size} each time."]
        steps.append(f"{written(numbers[gap - 1], d)} {op} {size} = {written(numbers[gap], d)}.")
        return make(prompt, answer, steps, style, f"{written(numbers[gap - 1], d)} {op} {size}")
    if style == "true_or_false":
        m = rng.randint(2, 5)
        start = numbers[0] if up else numbers[-1]
        right = start + m * step
        wrong = fmis.add_tops_and_bottoms(start, d, m * step, d)
        off = Fraction(right + step, d)
        choices = [w for w in (wrong, off) if w is not None and w != Fraction(right, d)]
        claim = rng.choice(choices) if rng.random() < 0.5 else Fraction(right, d)
        truth = claim == Fraction(right, d)
        claim_text = written(right, d) if truth else fx(claim)
        what = unit(d, True) if step == 1 else f"steps of {size}"
        prompt = f"True or false? Counting on {m} {what} from {written(start, d)} gives {claim_text}."
        steps = [
            f"{m} {what} is {m * step}/{d}.",
            f"{written(start, d)} + {m * step}/{d} = {written(right, d)}.",
            f"So the statement is {truth_word(truth)}.",
        ]
        predicted = mis.predictions(TrueFalse(truth), ("add_tops_and_bottoms", True)) if claim == wrong else ()
        check = f"{written(start, d)} + {m} × {size} = {claim_text}"
        return make(prompt, TrueFalse(truth), steps, style, check, predicted=predicted)
    # word problem: repeated equal fraction steps from 0
    template, unit_name = rng.choice(_COUNT_WORD)
    k = rng.randint(3, 9)
    while Fraction(k * step, d).denominator == 1:
        k += 1
    value = Fraction(k * step, d)
    answer = FractionAnswer(value)
    prompt = template.format(s=size, k=k, name=name(rng)) + hint(level, f"count on in {size}s.")
    steps = [f"{k} lots of {size} is {k * step}/{d} {unit_name}.", f"That is {fx(value)} {unit_name}."]
    wrong = fmis.multiply_both_by_whole(step, d, k)
    predicted = mis.predictions(answer, ("multiply_both_by_whole", wrong))
    return make(prompt, answer, steps, style, f"{k} × {size}", predicted=predicted)


def _number_line_reading(rng: random.Random, level: Level, d: int) -> Item:
    k = rng.randint(1, d - 1)
    answer = FractionAnswer(Fraction(k, d))
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
    steps = [f"Dividing {show(k)} by {d} makes {show(k)} {unit(d, True)}: {show(k)}/{d}."]
    return make(prompt, answer, steps, style, f"{show(k)} ÷ {d}")


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


# ---------------------------------------------------------------------- comparing and ordering


def _compare_pair(rng: random.Random, level: Level) -> tuple[Fraction, Fraction, tuple[int, int], tuple[int, int]]:
    """Two different fractions as written, (value, value, (n1, d1), (n2, d2)), of the level's kind."""
    while True:
        if level == Level.WORKING_TOWARDS:
            if rng.random() < 0.5:
                d1, d2 = rng.sample(range(2, 13), 2)
                a, b = (1, d1), (1, d2)
            else:
                d = rng.randint(3, 12)
                n1, n2 = rng.sample(range(1, d), 2)
                a, b = (n1, d), (n2, d)
        elif level == Level.EXPECTED:
            d = rng.randint(2, 6)
            m = rng.randint(2, max(2, 12 // d))
            a, b = (rng.randint(1, d - 1), d), (rng.randint(1, d * m - 1), d * m)
            if rng.random() < 0.5:
                a, b = b, a
        else:
            d1, d2 = rng.sample(range(2, 13), 2)
            a, b = (rng.randint(1, 3 * d1 - 1), d1), (rng.randint(d2 + 1, 3 * d2 - 1), d2)
            if rng.random() < 0.5:
                a, b = b, a
        x, y = Fraction(*a), Fraction(*b)
        simplest = level < Level.GREATER_DEPTH or (x.denominator == a[1] and y.denominator == b[1])
        if x != y and x.denominator != 1 and y.denominator != 1 and simplest:
            return x, y, a, b


def _shown(pair: tuple[int, int], level: Level) -> str:
    """Level 3 writes fractions greater than 1 as mixed numbers half the time (decided by the numbers)."""
    n, d = pair
    if level == Level.GREATER_DEPTH and n > d and (n + d) % 2:
        return written(n, d)
    return fr(n, d)


def _compare_predictions(answer, a: tuple[int, int], b: tuple[int, int]):
    if a[0] == b[0] == 1:
        return mis.predictions(answer, ("bigger_denominator_bigger", fmis.bigger_denominator_bigger(a[1], b[1])))
    return mis.predictions(answer, ("compare_numerators_only", fmis.compare_numerators_only(*a, *b)))


def _compare_steps(a: tuple[int, int], b: tuple[int, int], sx: str, sy: str) -> list[str]:
    """How to compare the two fractions as written (6/8 stays 6/8, so the pupil can follow)."""
    common = math.lcm(a[1], b[1])
    if a[1] == b[1]:
        return [f"The denominators are the same, so compare the numerators: {a[0]} and {b[0]}."]
    if a[0] == b[0] == 1:
        return ["Both are unit fractions: the more parts the whole is cut into, the smaller each part."]
    return [
        f"Use a common denominator of {common}: {sx} = {a[0] * common // a[1]}/{common} and "
        f"{sy} = {b[0] * common // b[1]}/{common}."
    ]


_COMPARE_WORD = (
    "{a} ate {x} of a pizza and {b} ate {y} of a pizza the same size. Who ate more pizza?",
    "{a} has read {x} of a book and {b} has read {y} of the same book. Who has read more?",
    "In a race, {a} has run {x} of the course and {b} has run {y} of it. Who has run further?",
    "{a} drank {x} of a litre of milk and {b} drank {y} of a litre. Who drank more?",
)


@topic(
    "fractions.compare_order_fractions",
    title="Compare and order fractions",
    codes=("3F3", "5F3", "6F3"),
    styles=("compare", "true_or_false", "fluency", "always_sometimes_never", "word_problem"),
)
def compare_order_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return _always_sometimes_never(rng, level)
    x, y, a, b = _compare_pair(rng, level)
    sx, sy = _shown(a, level), _shown(b, level)
    steps = _compare_steps(a, b, sx, sy)
    if style == "compare":
        answer = Comparison(sign_of(x, y))
        prompt = f"Write <, > or = in the box: {sx} □ {sy}" + hint(level, "think about the size of each part.")
        steps.append(f"So {sx} {answer.sign} {sy}.")
        item = make(prompt, answer, steps, style, f"{sx} □ {sy}", predicted=_compare_predictions(answer, a, b))
        if level == Level.WORKING_TOWARDS and a[1] != b[1]:
            item = with_picture(item, FractionWall(denominators=tuple(sorted((a[1], b[1]))), shade=(a, b)))
        return item
    if style == "true_or_false":
        sign = rng.choice("<>")
        truth = (x < y) if sign == "<" else (x > y)
        answer = TrueFalse(truth)
        prompt = f"True or false? {sx} {sign} {sy}" + hint(level, "think about the size of each part.")
        steps.append(f"So {sx} {sign_of(x, y)} {sy}, and the statement is {truth_word(truth)}.")
        wrong_sign = (
            fmis.bigger_denominator_bigger(a[1], b[1]) if a[0] == b[0] == 1 else fmis.compare_numerators_only(*a, *b)
        )
        slip = "bigger_denominator_bigger" if a[0] == b[0] == 1 else "compare_numerators_only"
        predicted = mis.predictions(answer, (slip, wrong_sign == sign)) if wrong_sign else ()
        return make(prompt, answer, steps, style, f"{sx} {sign} {sy}", predicted=predicted)
    if style == "fluency":
        # three fractions: which is the largest (or smallest)?
        z, _, c, _ = _compare_pair(rng, level)
        while z in (x, y):
            z, _, c, _ = _compare_pair(rng, level)
        values = [x, y, z]
        texts = [sx, sy, _shown(c, level)]
        largest = rng.random() < 0.5
        best = max(values) if largest else min(values)
        second = sorted(values)[-2] if largest else sorted(values)[1]
        answer = Choice(tuple(texts), values.index(best))
        word = "largest" if largest else "smallest"
        prompt = f"Which fraction is the {word}? {lettered(texts)}" + hint(level, "compare them two at a time.")
        order = sorted(values, reverse=largest)
        steps = [f"In order, {word} first: {', '.join(texts[values.index(v)] for v in order)}."]
        relation = ">" if largest else "<"
        check = f"{texts[values.index(best)]} {relation} {texts[values.index(second)]}"
        return make(prompt, answer, steps, style, check)
    first, second = name(rng), None
    second = name(rng, avoid=(first,))
    template = rng.choice(_COMPARE_WORD)
    if level == Level.GREATER_DEPTH:
        sx, sy = fr(*a) if a[0] < a[1] else sx, fr(*b) if b[0] < b[1] else sy
    if "litre" not in template and (x > 1 or y > 1):  # more than a whole pizza or book does not make sense
        template = _COMPARE_WORD[3]
    answer = Choice((first, second), 0 if x > y else 1)
    prompt = template.format(a=first, b=second, x=sx, y=sy) + hint(level, "which fraction is bigger?")
    steps.append(f"{sx} {sign_of(x, y)} {sy}, so {first if x > y else second} did more.")
    check = f"{sx} > {sy}" if x > y else f"{sy} > {sx}"
    unit_fractions = a[0] == b[0] == 1
    slip = "bigger_denominator_bigger" if unit_fractions else "compare_numerators_only"
    wrong = fmis.bigger_denominator_bigger(a[1], b[1]) if unit_fractions else fmis.compare_numerators_only(*a, *b)
    picked = {">": first, "<": second}.get(wrong or "=")
    picked = None if picked == answer.format() else picked  # a choice key has no value to filter by
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, (slip, picked)))


_ASN = ("always", "sometimes", "never")


def _always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """A general statement about the size of fractions, with an example; the check is the example that decides."""
    small, big = sorted(rng.sample(range(3, 13), 2))
    n = rng.randint(1, small - 1)
    q = rng.randint(1, 4)
    wide = rng.randint(q + 1, q + 4)
    p = q + rng.randint(1, 3)
    narrow = p * wide // q + rng.randint(1, 4)  # p/narrow < q/wide although p > q
    k = rng.randint(1, 5)
    top = rng.randint(big + 1, 2 * big + 3)
    # (statement, right answer, a misconception that says 'always', the check, the model explanation)
    cases = [
        (
            f"If two fractions have the same numerator, the one with the bigger denominator is smaller: "
            f"{n}/{big} < {n}/{small}.",
            "always",
            None,
            f"{n}/{big} < {n}/{small}",
            "Both have the same number of parts, and parts are smaller when the whole is cut into more of them.",
        ),
        (
            f"The fraction with the bigger numerator is the bigger fraction: {p}/{wide} > {q}/{wide}.",
            "sometimes",
            "compare_numerators_only",
            f"{p}/{narrow} < {q}/{wide}",
            f"It is true when the denominators are the same, but {p}/{narrow} < {q}/{wide} although {p} > {q}.",
        ),
        (
            f"Adding the same number to the numerator and the denominator of a proper fraction gives an "
            f"equivalent fraction: {n}/{small} = {n + k}/{small + k}.",
            "never",
            "equivalent_by_adding",
            f"{n}/{small} ≠ {n + k}/{small + k}",
            f"{n}/{small} ≠ {n + k}/{small + k}: equivalent fractions multiply top and bottom by the same number; "
            f"adding always makes a proper fraction bigger.",
        ),
    ]
    if level == Level.WORKING_TOWARDS:
        cases.append(
            (
                f"A unit fraction with a bigger denominator is bigger: 1/{big} > 1/{small}.",
                "never",
                "bigger_denominator_bigger",
                f"1/{big} < 1/{small}",
                f"1/{big} < 1/{small}: the more equal parts a whole is cut into, the smaller each part.",
            )
        )
    if level == Level.GREATER_DEPTH:
        cases.append(
            (
                f"A fraction whose numerator is bigger than its denominator is more than 1: {top}/{big} > 1.",
                "always",
                None,
                f"{top}/{big} > 1",
                f"{big}/{big} is one whole, so {top}/{big} is more than 1: {top}/{big} = {written(top, big)}.",
            )
        )
    statement, right, slip, check, why = rng.choice(cases)
    answer = Choice(_ASN, _ASN.index(right))
    prompt = f"Is this always, sometimes or never true? {statement} {lettered(_ASN)}" + hint(
        level, "try some examples of your own."
    )
    steps = [why, f"So the statement is {right} true."]
    predicted = mis.predictions(answer, (slip, "always")) if slip else ()
    return make(prompt, answer, steps, "always_sometimes_never", check, predicted=predicted)


# ---------------------------------------------------------------------- mixed numbers and improper fractions


def _mixed_numbers(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(whole, numerator, denominator) of a mixed number w n/d with n/d proper and in its simplest form."""
    key = "mixed_improper"
    d = between(rng, level, key, "dens")
    w = between(rng, level, key, "wholes")
    n = rng.choice([x for x in range(1, d) if Fraction(x, d).denominator == d])
    return w, n, d


def _parts_name(d: int, plural: bool = True) -> str:
    if d in UNIT_NAMES:
        return unit(d, plural)
    return f"{d}th" + ("s" if plural else "")


@topic(
    "fractions.mixed_improper",
    title="Mixed numbers and improper fractions",
    codes=("5F2a",),
    styles=("fluency", "missing_number", "compare", "true_or_false", "spot_the_mistake", "word_problem"),
)
def mixed_improper(rng: random.Random, level: Level, style: str) -> Item:
    w, n, d = _mixed_numbers(rng, level)
    top = w * d + n
    mixed, improper = f"{w} {n}/{d}", fr(top, d)
    value = Fraction(top, d)
    to_improper = [
        f"Each whole is {d} {_parts_name(d)}: {w} × {d} = {w * d}.",
        f"Add the {n} more: {w * d} + {n} = {top}, so {mixed} = {improper}.",
    ]
    to_mixed = [
        f"{top} ÷ {d} = {w} remainder {n}: {w} wholes and {n} {_parts_name(d, n > 1)} left.",
        f"So {improper} = {mixed}.",
    ]
    slips = (
        ("mixed_whole_times_numerator", fmis.mixed_whole_times_numerator(w, n, d)),
        ("mixed_ignores_whole", fmis.mixed_ignores_whole(w, n, d)),
    )
    bar = bar_of(d, top) if level == Level.WORKING_TOWARDS else None
    if style == "fluency":
        if rng.random() < 0.5:
            answer = FractionAnswer(value, mixed=False)
            prompt = f"Write {mixed} as an improper fraction." + hint(level, f"how many {_parts_name(d)} in {w}?")
            item = make(prompt, answer, to_improper, style, f"({w} × {d} + {n}) ÷ {d}")
            item = replace(item, misconceptions=mis.predictions(answer, *slips))
        else:
            answer = FractionAnswer(value, improper=False)
            prompt = f"Write {improper} as a mixed number." + hint(level, f"how many {d}s go into {top}?")
            item = make(prompt, answer, to_mixed, style, f"{top} ÷ {d}")
        return with_picture(item, bar)
    if style == "missing_number":
        answer = WholeNumber(top)
        prompt = f"What number goes in the box? {mixed} = □/{d}" + hint(level, f"how many {_parts_name(d)} in {w}?")
        wrong = (("mixed_whole_times_numerator", w * n + d), ("mixed_ignores_whole", n))
        item = make(prompt, answer, to_improper, style, f"{mixed} = □ ÷ {d}", predicted=mis.predictions(answer, *wrong))
        return with_picture(item, bar)
    if style == "compare":
        other = top + rng.choice((-2, -1, 1, 2)) if rng.random() < 0.8 else top
        while other <= 0 or other % d == 0:
            other += 1
        answer = Comparison(sign_of(value, Fraction(other, d)))
        prompt = f"Write <, > or = in the box: {mixed} □ {fr(other, d)}" + hint(level, "write both the same way.")
        steps = [*to_improper, f"{improper} {answer.sign} {fr(other, d)}."]
        wrong = fmis.mixed_whole_times_numerator(w, n, d)
        predicted = mis.predictions(answer, ("mixed_whole_times_numerator", sign_of(wrong, Fraction(other, d))))
        return make(prompt, answer, steps, style, f"{mixed} □ {fr(other, d)}", predicted=predicted)
    if style == "true_or_false":
        fake = w * n + d
        claim = fake if rng.random() < 0.5 and fake != top else top
        truth = claim == top
        prompt = f"True or false? {mixed} = {fr(claim, d)}" + hint(level, f"how many {_parts_name(d)} in {w}?")
        steps = [*to_improper, f"So the statement is {truth_word(truth)}."]
        predicted = () if truth else mis.predictions(TrueFalse(truth), ("mixed_whole_times_numerator", True))
        return make(prompt, TrueFalse(truth), steps, style, f"{mixed} = {fr(claim, d)}", predicted=predicted)
    who = name(rng)
    if style == "spot_the_mistake":
        # whole × numerator when it differs from the right numerator (it equals it when the whole is 1), else the
        # whole left out
        wrong, slip = (w * n + d, "mixed_whole_times_numerator") if w * n + d != top else (n, "mixed_ignores_whole")
        answer = FractionAnswer(value, mixed=False)
        prompt = f"{who} wrote: {mixed} = {fr(wrong, d)}. This is wrong. Write {mixed} as an improper fraction."
        prompt += hint(level, f"how many {_parts_name(d)} in {w}?")
        steps = [f"{who} did not count {d} {_parts_name(d)} in each whole.", *to_improper]
        predicted = mis.predictions(answer, (slip, Fraction(wrong, d)))
        return make(prompt, answer, steps, style, f"({w} × {d} + {n}) ÷ {d}", predicted=predicted)
    if rng.random() < 0.5:
        answer = FractionAnswer(value, improper=False)
        prompt = (
            f"{who} cuts some cakes into {d} equal slices each. At the end of the party there are {top} slices "
            f"left. How many cakes is that? Write your answer as a mixed number."
        )
        return make(prompt, answer, to_mixed, style, f"{top} ÷ {d}")
    answer = WholeNumber(top)
    prompt = (
        f"Each jug holds 1 litre. {who} fills {w} jug{'s' if w > 1 else ''} and {fr(n, d)} of another jug with water. "
        f"How many {_parts_name(d)} of a litre is that?"
    ) + hint(level, f"each litre is {d} {_parts_name(d)}.")
    predicted = mis.predictions(answer, ("mixed_whole_times_numerator", w * n + d), ("mixed_ignores_whole", n))
    return make(prompt, answer, to_improper, style, f"{mixed} × {d}", predicted=predicted)
