"""Measurement (strand M) except time, Years 3–6: compare, read scales, convert, money, calculate, imperial units."""

# Levels (design.md §4): 1 working towards — whole numbers, one unit or an easy pair (m and cm), a hint or a
# picture; 2 expected — mixed units with one or two decimal places, money in £ and p, two steps; 3 greater
# depth — three decimal places, scaling, approximate conversions both ways, several steps or reasoning.
# Money is held in whole pence and checks are written in pence; a measure's check is in the answer's unit.

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.wording import hint, lettered, make, name, ordinal, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import Coins, Marker, NumberLine

# (smaller unit, larger unit, how many smaller units make one larger) for each kind of measure, by level
PAIRS: dict[int, tuple[tuple[str, str, int], ...]] = {
    1: (("cm", "m", 100), ("g", "kg", 1000), ("ml", "l", 1000), ("mm", "cm", 10)),
    2: (("cm", "m", 100), ("g", "kg", 1000), ("ml", "l", 1000), ("mm", "cm", 10), ("m", "km", 1000)),
    3: (("g", "kg", 1000), ("ml", "l", 1000), ("m", "km", 1000), ("mm", "m", 1000), ("cm", "m", 100)),
}
KIND = {"mm": "length", "cm": "length", "m": "length", "km": "length", "g": "mass", "kg": "mass"}
KIND |= {"ml": "capacity", "l": "capacity"}
WORDS = {
    "mm": "millimetres",
    "cm": "centimetres",
    "m": "metres",
    "km": "kilometres",
    "g": "grams",
    "kg": "kilograms",
    "ml": "millilitres",
    "l": "litres",
}
# Decimal places of the larger-unit value at each level (1: whole numbers only).
PLACES = {1: 0, 2: 1, 3: 3}


def money(pence: int) -> str:
    """Money as written in a prompt: 85p, £3.45, £5.00."""
    return Money(pence).format()


def number_answer(value: Fraction) -> Answer:
    """A bare number for a box with its unit already printed after it."""
    value = Fraction(value)
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(Decimal(show(value).replace(",", "")))


def measure(value: Fraction, unit: str) -> str:
    return f"{show(value)} {unit}"


def _big_value(rng: random.Random, level: int, factor: int) -> Fraction:
    """A value in the larger unit with the level's decimal places (at most as many as the factor allows)."""
    places = min(PLACES[level], len(str(factor)) - 1)
    if level == 1:
        return Fraction(rng.randint(2, 9 if factor > 10 else 20))
    if level == 2:
        whole = rng.randint(1, 9)
        return whole + Fraction(rng.randint(1, 9), 10)
    digits = rng.randint(1, 10**places - 1)
    if digits % 10 == 0:
        digits += rng.choice((1, 3, 7))
    return rng.randint(0, 4) + Fraction(digits % 10**places or 5, 10**places)


# ---------------------------------------------------------------------- comparing measures


def _close_small(rng: random.Random, big: Fraction, factor: int) -> int:
    """A whole number of the smaller unit close to big (in the larger unit), but never equal."""
    exact = int(big * factor)
    nudge = rng.choice([k for k in range(-9, 10) if k]) * max(1, factor // 20)
    if rng.random() < 0.4:  # the digits look bigger: 1.5 kg against 1450 g, 0.8 m against 75 cm
        nudge = -abs(nudge)
    return max(1, exact + nudge)


# Sensible sizes (in the smaller unit) for estimating: object, lowest, highest, the value to offer, unit.
ESTIMATES = (
    ("the mass of an apple", 100, 250, 150, "g"),
    ("the mass of a bag of sugar", 800, 1200, 1000, "g"),
    ("the capacity of a mug", 200, 400, 300, "ml"),
    ("the capacity of a bucket", 5000, 15000, 10000, "ml"),
    ("the height of a classroom door", 180, 250, 200, "cm"),
    ("the length of a pencil", 12, 25, 18, "cm"),
    ("the mass of a bicycle", 8000, 20000, 12000, "g"),
    ("the capacity of a teaspoon", 3, 8, 5, "ml"),
    ("the length of a football pitch", 8000, 12000, 10000, "cm"),
    ("the mass of a newborn baby", 2500, 4500, 3500, "g"),
    ("the height of an adult", 150, 200, 170, "cm"),
    ("the capacity of a car's fuel tank", 40000, 70000, 50000, "ml"),
)
PRICE_ESTIMATES = (
    ("a loaf of bread", 80, 300, 150),
    ("a new bicycle", 8000, 50000, 20000),
    ("a packet of crisps", 30, 150, 80),
    ("a family car", 800000, 3000000, 1500000),
    ("a pair of school shoes", 1500, 6000, 3000),
    ("a birthday card", 100, 500, 250),
)
_SMALL_TO_BIG = {"g": ("kg", 1000), "ml": ("l", 1000), "cm": ("m", 100)}


def _as_shown(value: int, unit: str, level: int) -> str:
    """A value in the smaller unit written in the larger unit when that reads naturally."""
    big, factor = _SMALL_TO_BIG[unit]
    if value >= factor and (level >= 2 or value % factor == 0):
        return measure(Fraction(value, factor), big)
    return measure(Fraction(value), unit)


def _estimate(rng: random.Random, level: Level, style: str) -> Item:
    if int(level) >= 2 and rng.random() < 0.35:  # 4M2: estimates include money
        thing, low, high, value = rng.choice(PRICE_ESTIMATES)
        wrongs = sorted({value * 10, value * 100, max(1, value // 10), max(1, value // 100)} - {value})
        options = [money(value)] + [money(w) for w in rng.sample(wrongs, 3)]
        rng.shuffle(options)
        answer = Choice(tuple(options), options.index(money(value)))
        prompt = f"Which is the most sensible estimate for the price of {thing}?   {lettered(options)}"
        steps = [
            f"{thing.capitalize()} usually costs between {money(low)} and {money(high)}.",
            f"So the best estimate is {money(value)}.",
        ]
        # the right option lies strictly inside the sensible range: (v − low) × (high − v) > 0
        check = f"({value} − {low}) × ({high} − {value}) > 0"
        return make(prompt, answer, steps, style, check)
    thing, low, high, value, unit = rng.choice(ESTIMATES)
    count = 3 if int(level) == 1 else 4
    scale = [10, 100, 1000] if int(level) == 1 else [10, 100]
    wrongs = sorted({value * s for s in scale} | {Fraction(value, s) for s in scale if value % s == 0} - {value})
    picked = rng.sample(wrongs, min(count - 1, len(wrongs)))
    mixed = int(level) >= 2
    texts = [_as_shown(value, unit, int(level)) if mixed else measure(Fraction(value), unit)]
    for w in picked:
        texts.append(
            _as_shown(int(w), unit, int(level)) if mixed and Fraction(w).denominator == 1 else measure(w, unit)
        )
    options = list(dict.fromkeys(texts))
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(texts[0]))
    prompt = f"Which is the most sensible estimate of {thing}?   {lettered(options)}" + hint(
        level, "picture the object and something you know that is about the same size."
    )
    steps = [
        f"{thing.capitalize()} is usually between {measure(Fraction(low), unit)} and {measure(Fraction(high), unit)}.",
        f"So the best estimate is {texts[0]}.",
    ]
    check = f"({value} − {low}) × ({high} − {value}) > 0"
    return make(prompt, answer, steps, style, check)


_BIGGER = {"length": ("longer", "longest", "shorter"), "mass": ("heavier", "heaviest", "lighter")}
_BIGGER["capacity"] = ("more", "most", "less")


def _money_pair(rng: random.Random, level: int) -> tuple[int, int]:
    """An amount to write in pounds and a close amount to write in pence (never equal)."""
    pounds = rng.randint(1, 4 if level == 2 else 25) * 100 + rng.choice((5, 20, 25, 50, 75, 80))
    other = pounds + rng.choice((-15, -10, -5, 5, 10, 15, 30, 100))
    return pounds, other


@topic(
    "measures.compare_measures",
    title="Compare, order and estimate lengths, masses, capacities and money",
    codes=("3M1a", "3M1b", "3M1c", "4M1", "4M2", "5M8"),
    styles=("compare", "fluency", "true_or_false", "word_problem", "odd_one_out"),
)
def compare_measures(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    if style == "word_problem":
        return _estimate(rng, level, style)
    small, big, factor = rng.choice(PAIRS[lv])
    kind = KIND[small]
    if style == "odd_one_out":
        return _odd_measure(rng, lv, small, big, factor, style)
    if style == "fluency":
        return _order(rng, level, small, big, factor, style)
    if lv >= 2 and rng.random() < 0.3:  # money: pounds against pence
        a, b = _money_pair(rng, lv)
        left, right = money(a), f"{b}p"
        in_units = "pence"
        left_check, right_check = f"{show(Fraction(a, 100))} × 100", str(b)
        true_value, raw = (a, b), (Fraction(a, 100), Fraction(b))
        words = ("more", "less")
    else:
        value = _big_value(rng, lv, factor)
        other = _close_small(rng, value, factor)
        left, right = measure(value, big), measure(Fraction(other), small)
        left_check, right_check = f"{show(value)} × {factor}", show(other)
        true_value, raw = (value * factor, Fraction(other)), (value, Fraction(other))
        words = (_BIGGER[kind][0], _BIGGER[kind][2])
        in_units = small
    swap = rng.random() < 0.5
    if swap:
        left, right, left_check, right_check = right, left, right_check, left_check
        true_value, raw = true_value[::-1], raw[::-1]
    sign = sign_of(*true_value)
    raw_sign = mm.compare_numbers_not_measures(*raw)
    steps = [
        f"Write both in the same unit: {left} and {right} are {show(true_value[0])} and {show(true_value[1])} "
        f"{in_units}.",
        f"{show(true_value[0])} {sign} {show(true_value[1])}",
    ]
    tip = f"1 {big} = {factor} {small}." if "£" not in left + right else "£1 = 100p."
    if style == "compare":
        answer = Comparison(sign)
        prompt = f"Write <, > or = to make this true:   {left} □ {right}" + hint(level, tip)
        steps.append(f"So {left} {sign} {right}.")
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{left_check} □ {right_check}",
            predicted=mis.predictions(answer, ("compare_numbers_not_measures", raw_sign)),
        )
    word = words[0] if rng.random() < 0.5 else words[1]
    relation = ">" if word == words[0] else "<"
    truth = sign == relation
    answer = TrueFalse(truth)
    prompt = f"True or false? {left} is {word} than {right}." + hint(level, tip)
    steps.append(f"So the statement is {truth_word(truth)}.")
    raw_truth = raw_sign == relation
    predicted = mis.predictions(answer, ("compare_numbers_not_measures", raw_truth)) if raw_truth != truth else ()
    return make(prompt, answer, steps, style, f"{left_check} {relation} {right_check}", predicted=predicted)


def _order(rng: random.Random, level: Level, small: str, big: str, factor: int, style: str) -> Item:
    lv = int(level)
    kind = KIND[small]
    value = _big_value(rng, lv, factor)
    amounts = {value * factor}
    while len(amounts) < (3 if lv == 1 else 4):
        amounts.add(Fraction(_close_small(rng, value, factor)))
        if lv == 3 and len(amounts) < 4:
            amounts.add(value * factor + rng.choice((-1, 1)) * rng.choice((1, 2, 5, 10, 20)))
    amounts = {a for a in amounts if a > 0}
    while len(amounts) < 3:
        amounts.add(max(amounts) + max(1, factor // 10))
    values = sorted(amounts)
    biggest = rng.random() < 0.5
    target = values[-1] if biggest else values[0]
    runner = values[-2] if biggest else values[1]
    # write one or two in the larger unit, the rest in the smaller
    texts: dict[Fraction, str] = {}
    exprs: dict[Fraction, str] = {}
    for i, amount in enumerate(values):
        in_big = amount / factor
        if (i % 2 == 0 or amount == value * factor) and (lv > 1 or in_big.denominator == 1):
            texts[amount], exprs[amount] = measure(in_big, big), f"{show(in_big)} × {factor}"
        else:
            texts[amount], exprs[amount] = measure(amount, small), show(amount)
    options = [texts[a] for a in values]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(texts[target]))
    word = _BIGGER[kind][1] if biggest else {"length": "shortest", "mass": "lightest", "capacity": "least"}[kind]
    question = f"Which is the {word}?" if kind != "capacity" else f"Which amount of water is the {word}?"
    prompt = f"{question}   {lettered(options)}" + hint(level, f"write them all in {WORDS[small]} first.")
    steps = [
        "In " + WORDS[small] + ": " + ", ".join(f"{texts[a]} = {show(a)} {small}" for a in values) + ".",
        f"The {word} is {texts[target]}.",
    ]
    check = f"{exprs[target]} {'>' if biggest else '<'} {exprs[runner]}"
    raw = {a: Fraction(texts[a].split()[0].replace(",", "")) for a in values}
    raw_pick = (max if biggest else min)(values, key=lambda a: raw[a])
    predicted = mis.predictions(answer, ("compare_numbers_not_measures", texts[raw_pick]))
    if raw_pick == target:
        predicted = ()
    return make(prompt, answer, steps, style, check, predicted=predicted)


def _odd_measure(rng: random.Random, lv: int, small: str, big: str, factor: int, style: str) -> Item:
    value = _big_value(rng, lv, factor)
    if lv == 1:
        value = Fraction(rng.randint(2, 9))
    amount = value * factor
    same = [measure(value, big), measure(amount, small)]
    whole = int(value)
    part = amount - whole * factor
    if whole and part:  # 2 kg 500 g
        same.append(f"{whole} {big} {show(part)} {small}")
    elif big == "m":  # 3 m = 300 cm = 3000 mm
        same.append(measure(value * 1000, "mm") if small == "cm" else measure(value * 100, "cm"))
    elif lv >= 2 and amount > factor // 2:  # 3 kg = 2500 g + 0.5 kg
        same.append(f"{show(amount - factor // 2)} {small} + 0.5 {big}")
    wrong = mm.conversion_wrong_factor(value, factor, True)
    odd = measure(wrong, small)
    options = [*same, odd]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(odd))
    prompt = f"Which is the odd one out?   {lettered(options)}" + (
        f" (Hint: 1 {big} = {factor} {small}.)" if lv == 1 else ""
    )
    steps = [
        f"1 {big} = {factor} {small}, so {measure(value, big)} = {show(value)} × {factor} = {show(amount)} {small}.",
        f"{odd} is not equal to the others; it is the odd one out.",
    ]
    check = f"{show(wrong)} ≠ {show(value)} × {factor}"
    predicted = mis.predictions(answer, ("conversion_wrong_factor", measure(amount, small)))
    return make(prompt, answer, steps, style, check, predicted=predicted)


# ---------------------------------------------------------------------- reading scales

# (unit, what is measured, end of the scale, labelled every, small steps between labels) per level
SCALES: dict[int, tuple[tuple[str, str, object, object, int], ...]] = {
    1: (
        ("cm", "ruler", 20, 5, 5),
        ("cm", "ruler", 10, 2, 2),
        ("g", "kitchen scale", 100, 50, 5),
        ("ml", "measuring jug", 500, 100, 2),
        ("g", "kitchen scale", 50, 10, 2),
        ("ml", "measuring jug", 100, 20, 2),
        ("kg", "bathroom scale", 50, 10, 5),
    ),
    2: (
        ("g", "kitchen scale", 1000, 200, 4),
        ("ml", "measuring jug", 1000, 250, 5),
        ("g", "kitchen scale", 500, 100, 5),
        ("ml", "measuring jug", 2000, 500, 5),
        ("kg", "weighing scale", 100, 20, 4),
        ("cm", "metre stick", 100, 20, 2),
        ("g", "parcel scale", 2000, 500, 4),
    ),
    3: (
        ("kg", "weighing scale", Decimal(3), Decimal(1), 4),
        ("l", "measuring jug", Decimal(2), Decimal("0.5"), 5),
        ("kg", "kitchen scale", Decimal(2), Decimal("0.5"), 5),
        ("cm", "ruler", Decimal(6), Decimal(1), 10),
        ("l", "measuring cylinder", Decimal(1), Decimal("0.2"), 4),
        ("kg", "parcel scale", Decimal(5), Decimal(1), 5),
    ),
}
_STUFF = {
    "ruler": "the pencil",
    "metre stick": "the plant",
    "kitchen scale": "the flour",
    "bathroom scale": "the luggage",
    "weighing scale": "the potatoes",
    "parcel scale": "the parcel",
    "measuring jug": "the jug",
    "measuring cylinder": "the cylinder",
}


def _scale_reading(rng: random.Random, level: Level) -> dict:
    unit, tool, end, every, parts = rng.choice(SCALES[int(level)])
    step = Fraction(every) / parts
    marks = int(Fraction(end) / step)
    mark = rng.choice([k for k in range(1, marks) if k % parts])  # never on a labelled mark
    value = step * mark
    half = int(level) == 3 and rng.random() < 0.4 and mark < marks - 1
    if half:
        value += step / 2
    label_below = (mark // parts) * parts * step
    past = mark - mark // parts * parts
    as_decimal = isinstance(end, Decimal)
    to = Decimal if as_decimal else int

    def number(x: Fraction) -> object:
        return Decimal(show(x)) if as_decimal else int(x)

    line = NumberLine(
        0,
        to(end),
        number(step),
        labels=tuple(number(Fraction(every) * k) for k in range(int(Fraction(end) / Fraction(every)) + 1)),
        points=(Marker(number(value) if not half else Decimal(show(value)), "?"),),
    )
    if half and not as_decimal:
        line = NumberLine(0, Decimal(end), Decimal(show(step)), labels=line.labels, points=line.points)
    check = f"{show(label_below)} + {past} × {show(Fraction(every))} ÷ {parts}" + (
        f" + {show(Fraction(every))} ÷ {parts} ÷ 2" if half else ""
    )
    return dict(
        unit=unit,
        tool=tool,
        end=Fraction(end),
        every=Fraction(every),
        parts=parts,
        step=step,
        value=value,
        half=half,
        below=label_below,
        past=past,
        line=line,
        check=check,
    )


@topic(
    "measures.read_scales",
    title="Read scales on rulers, jugs and weighing scales",
    codes=("3M2a", "3M2b", "3M2c"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem"),
)
def read_scales(rng: random.Random, level: Level, style: str) -> Item:
    s = _scale_reading(rng, level)
    unit, step, value = s["unit"], s["step"], s["value"]
    describe = (
        f"The {s['tool']} is marked from 0 {unit} to {show(s['end'])} {unit}, labelled every {show(s['every'])} "
        f"{unit}, with {s['parts']} equal steps between labels."
    )
    where = f"The arrow points {'halfway between' if s['half'] else 'to'} the {ordinal(s['past'])} "
    where += f"small mark after {show(s['below'])} {unit}" + (" and the next mark." if s["half"] else ".")
    steps = [
        f"Each small step is worth {show(s['every'])} ÷ {s['parts']} = {show(step)} {unit}.",
        f"{show(s['below'])} + {s['past']} × {show(step)}"
        + (f" + half of {show(step)}" if s["half"] else "")
        + f" = {show(value)} {unit}",
    ]
    tip = f"find what each small step is worth: {show(s['every'])} ÷ {s['parts']}."
    # counting each small step as 1 (or 10, or 0.1 on a decimal scale) instead of its real size
    sizes = (1, Fraction(1, 10)) if isinstance(s["line"].step, Decimal) else (1, 10)
    readings = {s["below"] + s["past"] * w + (Fraction(w, 2) if s["half"] else 0) for w in sizes if w != step}
    wrongs = [("number_line_interval", r) for r in sorted(readings) if 0 < r < s["end"] and r != value]
    item_check = s["check"]
    if style == "missing_number":
        answer = Measure(step, unit)
        prompt = f"{describe} How much is each small step worth?" + hint(level, "count the steps from one label.")
        steps = [f"{s['parts']} steps make {show(s['every'])} {unit}, so one step is {show(step)} {unit}."]
        check = f"{show(s['every'])} ÷ {s['parts']}"
        predicted = mis.predictions(answer, ("number_line_interval", 1))
        item = make(prompt, answer, steps, style, check, predicted=predicted)
    elif style == "fluency":
        answer = Measure(value, unit)
        prompt = f"{describe} {where} What does the {s['tool']} show?" + hint(level, tip)
        item = make(prompt, answer, steps, style, item_check, predicted=mis.predictions(answer, *wrongs))
    elif style == "spot_the_mistake":
        slip = rng.choice([w for _, w in wrongs] or [value + step])
        who = name(rng)
        answer = Measure(value, unit)
        prompt = (
            f"{describe} {where} {who} says it shows {show(slip)} {unit}. What mistake did {who} make, and what "
            f"does it really show?" + hint(level, tip)
        )
        steps.insert(0, f"{who} did not work out what each small step is worth.")
        item = make(prompt, answer, steps, style, item_check, predicted=mis.predictions(answer, *wrongs))
    elif style == "true_or_false":
        claim = value if rng.random() < 0.5 else rng.choice([w for _, w in wrongs] or [value + step])
        answer = TrueFalse(claim == value)
        prompt = f"{describe} {where} True or false? It shows {show(claim)} {unit}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == value)}.")
        item = make(prompt, answer, steps, style, f"{item_check} = {show(claim)}")
    else:
        target = s["end"]
        more = target - value
        answer = Measure(more, unit)
        stuff = _STUFF[s["tool"]]
        question = {
            "length": f"How much longer would {stuff} need to be to reach {show(target)} {unit}?",
            "mass": f"How much more must be added to {stuff} to make {show(target)} {unit}?",
            "capacity": f"How much more must be poured into {stuff} to reach {show(target)} {unit}?",
        }[KIND[unit]]
        prompt = f"{describe} {where} {question}" + hint(level, tip)
        steps.append(f"{show(target)} − {show(value)} = {show(more)} {unit}")
        wrong_more = [(m, target - w) for m, w in wrongs if 0 < w < target]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(target)} − ({item_check})",
            predicted=mis.predictions(answer, *wrong_more),
        )
    return replace(item, diagram=s["line"])


# ---------------------------------------------------------------------- converting units


def _conversion(rng: random.Random, level: Level) -> tuple[Fraction, str, str, int, bool]:
    """(value, from unit, to unit, factor, multiply?) for one conversion at the level."""
    small, big, factor = rng.choice(PAIRS[int(level)])
    to_small = rng.random() < 0.5
    if int(level) == 1:
        big_value = Fraction(rng.randint(2, 12 if factor == 10 else 9))
        if rng.random() < 0.3 and factor > 10:
            big_value = Fraction(rng.randint(11, 25)) if factor == 100 else big_value
    else:
        big_value = _big_value(rng, int(level), factor)
        if int(level) == 3 and rng.random() < 0.4:
            big_value = Fraction(rng.randint(1, 99), 1000) if factor == 1000 else Fraction(rng.randint(1, 9), 100)
    if to_small:
        return big_value, big, small, factor, True
    return big_value * factor, small, big, factor, False


@topic(
    "measures.convert_units",
    title="Convert between units of length, mass and capacity",
    codes=("4M5", "5M5", "6M5"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem"),
)
def convert_units(rng: random.Random, level: Level, style: str) -> Item:
    value, unit_from, unit_to, factor, multiply = _conversion(rng, level)
    result = value * factor if multiply else value / factor
    op = "×" if multiply else "÷"
    check = f"{show(value)} {op} {factor}"
    larger, smaller = (unit_from, unit_to) if multiply else (unit_to, unit_from)
    fact = f"1 {larger} = {factor} {smaller}."
    steps = [
        fact,
        f"{'Smaller' if multiply else 'Bigger'} units, so {'more' if multiply else 'fewer'} of them: {op} {factor}.",
        f"{show(value)} {op} {factor} = {show(result)}, so {measure(value, unit_from)} = {measure(result, unit_to)}.",
    ]
    slips = (
        ("conversion_wrong_factor", mm.conversion_wrong_factor(value, factor, multiply)),
        ("conversion_wrong_direction", mm.conversion_wrong_direction(value, factor, multiply)),
    )
    tip = fact
    if style in ("fluency", "missing_number"):
        answer = number_answer(result)
        if style == "fluency":
            prompt = (
                f"Convert {measure(value, unit_from)} to {WORDS[unit_to]}.   {measure(value, unit_from)} = □ {unit_to}"
            )
        else:
            prompt = f"Fill in the missing number:   □ {unit_from} = {measure(result, unit_to)}"
            answer = number_answer(value)
            check = f"□ {op} {factor} = {show(result)}"
            slips = (
                ("conversion_wrong_factor", mm.conversion_wrong_factor(result, factor, not multiply)),
                ("conversion_wrong_direction", mm.conversion_wrong_direction(result, factor, not multiply)),
            )
            steps[-1] = f"{show(result)} {'÷' if multiply else '×'} {factor} = {show(value)}, so □ = {show(value)}."
        return make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    if style == "true_or_false":
        choices = [w for _, w in slips if w != result]
        claim = result if rng.random() < 0.5 else rng.choice(choices)
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {measure(value, unit_from)} = {measure(claim, unit_to)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        return make(prompt, answer, steps, style, f"{check} = {show(claim)}")
    if style == "spot_the_mistake":
        which, wrong = rng.choice(slips)
        who = name(rng)
        answer = number_answer(result)
        prompt = (
            f"{who} says {measure(value, unit_from)} = {measure(wrong, unit_to)}. Explain the mistake and fill in "
            f"the right number:   {measure(value, unit_from)} = □ {unit_to}" + hint(level, tip)
        )
        what = "used the wrong number" if which == "conversion_wrong_factor" else f"did not {op} {factor}"
        steps.insert(0, f"{who} {what}.")
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    who = name(rng)
    contexts = {
        "length": f"{who}'s ribbon is {measure(value, unit_from)} long. How long is it in {WORDS[unit_to]}?",
        "mass": f"A bag of rice has a mass of {measure(value, unit_from)}. What is its mass in {WORDS[unit_to]}?",
        "capacity": f"A jug holds {measure(value, unit_from)} of lemonade. How much is that in {WORDS[unit_to]}?",
    }
    if KIND[unit_from] == "length" and "km" in (unit_from, unit_to):
        contexts["length"] = f"{who} walks {measure(value, unit_from)} to school. How far is that in {WORDS[unit_to]}?"
    answer = number_answer(result)
    prompt = contexts[KIND[unit_from]] + f" Write the number of {WORDS[unit_to]}." + hint(level, tip)
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))


# ---------------------------------------------------------------------- money


# Coins for a level-1 amount: pick coins, never more than 8.
def _coins(rng: random.Random, low: int, high: int) -> tuple[int, ...]:
    pieces: list[int] = []
    target = rng.randint(low, high)
    for coin in (200, 100, 50, 20, 10, 5, 2, 1):
        while target >= coin and len(pieces) < 8:
            pieces.append(coin)
            target -= coin
    return tuple(pieces)


def _price(rng: random.Random, level: int) -> int:
    if level == 1:
        return rng.randint(3, 19) * 5
    if level == 2:
        return rng.randint(110, 899) // 5 * 5 + rng.choice((0, 0, 1, 4))
    return rng.randint(120, 2_499) + rng.choice((0, 5))


_PLURALS = (
    ("a sandwich", "sandwiches"),
    ("a book", "books"),
    ("a notebook", "notebooks"),
    ("a football", "footballs"),
    ("a comic", "comics"),
    ("a pot of paint", "pots of paint"),
    ("a scarf", "scarves"),
    ("a drink", "drinks"),
    ("a bag of apples", "bags of apples"),
    ("a pencil case", "pencil cases"),
    ("a train ticket", "train tickets"),
    ("a jigsaw", "jigsaws"),
)
_ITEMS = tuple(one for one, _ in _PLURALS)


@topic(
    "measures.money_problems",
    title="Add and subtract money, give change and solve money problems",
    codes=("3M9a", "4M9", "5M9a"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def money_problems(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    who = name(rng)
    if style == "fluency" and lv == 1:
        pieces = _coins(rng, 30, 380)
        total = sum(pieces)
        answer = Money(total)
        names = Coins(pieces).describe()[len("Money: ") :].rsplit(",", 1)[0]
        prompt = f"{who} has these coins: {names}. How much money is that altogether?"
        prompt += hint(level, "start with the coin worth most and count on.")
        steps = [" + ".join(money(p) for p in pieces) + f" = {money(total)}"]
        item = make(prompt, answer, steps, style, " + ".join(str(p) for p in pieces))
        return replace(item, diagram=Coins(pieces))
    if style == "fluency":
        a = _price(rng, lv)
        b = rng.randint(11, 95) if rng.random() < 0.5 else _price(rng, lv - 1)
        if rng.random() < 0.5 or a <= b:
            answer = Money(a + b)
            prompt = f"Work out {money(a)} + {money(b)}."
            steps = [f"In pence: {a}p + {b}p = {a + b}p = {money(a + b)}"]
            slips = [("pounds_pence_mixed", mm.pence_column_overflow(a, b) if b < 100 else None)]
            slips.append(("pounds_pence_mixed", mm.pence_as_pounds(a, b) if b < 100 else None))
            return make(prompt, answer, steps, style, f"{a} + {b}", predicted=mis.predictions(answer, *slips))
        answer = Money(a - b)
        prompt = f"Work out {money(a)} − {money(b)}."
        steps = [f"In pence: {a}p − {b}p = {a - b}p = {money(a - b)}"]
        slips = [("pence_one_digit", mm.pence_one_digit(a - b))]
        return make(prompt, answer, steps, style, f"{a} − {b}", predicted=mis.predictions(answer, *slips))
    paid_options = {1: (100, 200, 500), 2: (500, 1000, 2000), 3: (2000, 5000)}[lv]
    if style in ("word_problem", "spot_the_mistake", "missing_number"):
        cost = _price(rng, lv)
        if cost % 10 == 0 and style == "spot_the_mistake":
            cost += rng.choice((3, 5, 7))
        paid = min([p for p in paid_options if p > cost] or [cost - cost % 1000 + 1000])
        change = paid - cost
        thing = rng.choice(_ITEMS)
        steps = [
            f"Count up from {money(cost)} to {money(paid)}, or work out {money(paid)} − {money(cost)}.",
            f"{paid}p − {cost}p = {change}p = {money(change)}",
        ]
        slips = [
            ("change_counting_up", mm.change_counting_up(cost, paid)),
            ("pence_one_digit", mm.pence_one_digit(change)),
        ]
        answer = Money(change)
        if style == "missing_number":
            prompt = f"Fill in the missing amount:   {money(cost)} + □ = {money(paid)}" + hint(level, "count up.")
            return make(prompt, answer, steps, style, f"{cost} + □ = {paid}", predicted=mis.predictions(answer, *slips))
        if style == "spot_the_mistake":
            wrong = mm.change_counting_up(cost, paid)
            if wrong is None:
                wrong = change + 10
            prompt = (
                f"{who} buys {thing} for {money(cost)} and pays with {money(paid)}. {who} says the change is "
                f"{money(wrong)}. Is {who} right? What should the change be?"
                + hint(level, "count up to the next pound.")
            )
            steps.insert(
                0, f"{who} is wrong: {money(cost)} + {money(wrong)} = {money(cost + wrong)}, not {money(paid)}."
            )
            return make(prompt, answer, steps, style, f"{paid} − {cost}", predicted=mis.predictions(answer, *slips))
        prompt = f"{who} buys {thing} for {money(cost)} and pays with {money(paid)}. How much change does {who} get?"
        prompt += hint(level, "count up from the price.")
        return make(prompt, answer, steps, style, f"{paid} − {cost}", predicted=mis.predictions(answer, *slips))
    if style == "true_or_false":
        a = _price(rng, max(lv, 2))
        b = rng.choice([p for p in range(15, 96, 5) if (a % 100) + p >= 100] or [95])
        right = a + b
        wrong = mm.pence_column_overflow(a, b)
        claim = money(right) if rng.random() < 0.5 or wrong is None else wrong
        truth = claim == money(right)
        answer = TrueFalse(truth)
        prompt = f"True or false? {money(a)} + {b}p = {claim}" + hint(level, "write both amounts in pence.")
        steps = [f"{a}p + {b}p = {right}p = {money(right)}", f"So the statement is {truth_word(truth)}."]
        check = f"{a} + {b} = {right}" if truth else f"{a} + {b} = {_pence_value_of(claim)}"
        predicted = mis.predictions(answer, ("pounds_pence_mixed", True)) if not truth else ()
        return make(prompt, answer, steps, style, check, predicted=predicted)
    # two-step: several of one item and one other, change from a note
    count = rng.randint(2, 3 if lv == 1 else 5)
    each = rng.randint(4, 18) * 5 if lv == 1 else _price(rng, 2) if lv == 2 else rng.randint(105, 1_490)
    other = _price(rng, max(1, lv - 1))
    total = count * each + other
    # the smallest note (or coin, at level 1) that covers the total
    paid = min(p for p in (100, 200, 500, 1000, 2000, 5000, 10000) if p > total and (lv == 1 or p >= 500))
    change = paid - total
    (thing, things), (extra, _) = rng.sample(_PLURALS, 2)
    answer = Money(change)
    prompt = (
        f"{who} buys {count} {things} at {money(each)} each and {extra} for {money(other)}. "
        f"{who} pays with {money(paid)}. How much change does {who} get?"
    )
    prompt += hint(level, "find the total cost first.")
    steps = [
        f"{count} × {money(each)} = {money(count * each)}",
        f"{money(count * each)} + {money(other)} = {money(total)}",
        f"{money(paid)} − {money(total)} = {money(change)}",
    ]
    slips = [("change_counting_up", mm.change_counting_up(total, paid))]
    check = f"{paid} − ({count} × {each} + {other})"
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))


def _pence_value_of(text: str) -> str:
    """A claim in pounds as a pence expression for the check: '£23.100' → '23.100 × 100' (2310p, not 2400p)."""
    return f"{text.lstrip('£')} × 100"


# ---------------------------------------------------------------------- calculating with measures

_CALC_UNITS = {1: ("cm", "g", "ml", "m"), 2: ("g", "ml", "cm", "m"), 3: ("g", "ml", "m")}
_THINGS = {
    "cm": ("ribbon", "long"),
    "m": ("rope", "long"),
    "g": ("flour", "heavy"),
    "ml": ("juice", ""),
}


@topic(
    "measures.calculate_with_measures",
    title="Add, subtract, multiply and divide lengths, masses and capacities",
    codes=("3M9b", "3M9c", "3M9d", "4M9", "5M9b", "5M9c", "5M9d", "6M9"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "two_step_word_problem"),
)
def calculate_with_measures(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    unit = rng.choice(_CALC_UNITS[lv])
    big = {"g": ("kg", 1000), "ml": ("l", 1000), "cm": ("m", 100), "m": ("km", 1000)}[unit]
    who = name(rng)
    if lv == 1:
        a, b = rng.randint(120, 480), rng.randint(35, 300)
        if unit in ("m", "cm"):
            a, b = rng.randint(25, 95), rng.randint(12, 60)
    elif lv == 2:
        a, b = rng.randint(11, 49) * 50 + rng.choice((0, 25)), rng.randint(3, 19) * 25
    else:
        a, b = rng.randint(1_050, 4_950) // 5 * 5, rng.randint(105, 995) // 5 * 5
    if style == "two_step_word_problem":
        return _measure_two_step(rng, lv, unit, big, who, style)
    if style == "word_problem" and lv >= 2:
        return _scaling(rng, lv, unit, big, who, style)
    add = rng.random() < 0.5
    if a <= b:
        a, b = b + a, min(a, b)
    result = a + b if add else a - b
    op = "+" if add else "−"
    # at levels 2 and 3 the first amount is written in the larger unit
    shown_a = measure(Fraction(a, big[1]), big[0]) if lv >= 2 else measure(Fraction(a), unit)
    a_check = f"{show(Fraction(a, big[1]))} × {big[1]}" if lv >= 2 else str(a)
    steps = ([f"{shown_a} = {a} {unit}"] if lv >= 2 else []) + [f"{a} {op} {b} = {result} {unit}"]
    tip = "write both amounts in the same unit."
    wrong = Fraction(a, big[1]) * _wrong(big[1]) + (b if add else -b)
    slips = [("conversion_wrong_factor", wrong)] if lv >= 2 and wrong > 0 else []
    if style == "fluency":
        answer = Measure(result, unit)
        prompt = f"Work out {shown_a} {op} {b} {unit}. Give your answer in {WORDS[unit]}." + hint(level, tip)
        return make(prompt, answer, steps, style, f"{a_check} {op} {b}", predicted=mis.predictions(answer, *slips))
    if style == "missing_number":
        answer = number_answer(Fraction(b))
        prompt = f"Fill in the missing number:   {shown_a} {op} □ {unit} = {result} {unit}" + hint(level, tip)
        inverse = f"{result} − {a} = {b}" if add else f"{a} − {result} = {b}"
        steps = [*steps[:-1], inverse, f"□ = {b}"]
        check = f"{a_check} {op} □ = {result}"
        slip = ("wrong_inverse", mis.wrong_inverse(a, result, add))
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    if style == "true_or_false":
        near = [result + d for d in (-100, -10, 10, 100) if result + d > 0]
        claim = result if rng.random() < 0.5 else rng.choice(near)
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {shown_a} {op} {b} {unit} = {claim} {unit}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        return make(prompt, answer, steps, style, f"{a_check} {op} {b} = {claim}")
    stuff, _ = _THINGS[unit]
    answer = Measure(result, unit)
    if add:
        prompt = f"{who} has {a} {unit} of {stuff}. {who} gets {b} {unit} more. How much {stuff} is there now?"
    else:
        prompt = f"{who} has {a} {unit} of {stuff} and uses {b} {unit}. How much {stuff} is left?"
    prompt += hint(level, "decide whether to add or subtract.")
    return make(prompt, answer, steps, style, f"{a} {op} {b}")


def _wrong(factor: int) -> int:
    return 100 if factor == 1000 else 1000


def _scaling(rng: random.Random, lv: int, unit: str, big: tuple[str, int], who: str, style: str) -> Item:
    """Multiply or divide a measure: equal shares (level 2) or a recipe scaled (level 3)."""
    if lv == 2:
        parts = rng.choice((2, 4, 5, 8, 10))
        each = rng.randint(3, 19) * 25 if unit in ("g", "ml") else rng.randint(12, 45)
        whole = each * parts
        whole_text = measure(Fraction(whole, big[1]), big[0]) if whole % (big[1] // 10) == 0 else f"{whole} {unit}"
        check_whole = (
            f"{show(Fraction(whole, big[1]))} × {big[1]}" if "." in whole_text or big[0] in whole_text else str(whole)
        )
        answer = Measure(each, unit)
        prompt = (
            f"{who} shares {whole_text} of {_THINGS[unit][0]} equally into {parts} parts. How much is in each part? "
            f"Give your answer in {WORDS[unit]}."
        )
        steps = [f"{whole_text} = {whole} {unit}", f"{whole} ÷ {parts} = {each} {unit}"]
        slip = ("conversion_wrong_factor", Fraction(whole, big[1]) * _wrong(big[1]) / parts)
        return make(prompt, answer, steps, style, f"{check_whole} ÷ {parts}", predicted=mis.predictions(answer, slip))
    serves, wanted = rng.choice(((4, 6), (4, 10), (6, 9), (8, 12), (4, 14), (6, 15), (5, 8), (3, 7)))
    # a whole amount per person (or half metres of ribbon per box) so that every step is exact
    per = Fraction(rng.randint(3, 9), 2) if unit == "m" else Fraction(rng.randint(3, 16) * 25)
    amount = per * serves
    result = per * wanted
    answer = Measure(result, unit)
    if unit == "m":
        prompt = (
            f"Wrapping {serves} gift boxes uses {show(amount)} m of ribbon. "
            f"How much ribbon is needed for {wanted} gift boxes?"
        )
    else:
        food = {"g": "flour", "ml": "milk"}[unit]
        prompt = f"A recipe for {serves} people uses {show(amount)} {unit} of {food}. How much {food} is needed for "
        prompt += f"{wanted} people?"
    steps = [
        f"For 1: {show(amount)} ÷ {serves} = {show(per)} {unit}",
        f"For {wanted}: {show(per)} × {wanted} = {show(result)} {unit}",
    ]
    return make(prompt, answer, steps, style, f"{show(amount)} ÷ {serves} × {wanted}")


def _measure_two_step(rng: random.Random, lv: int, unit: str, big: tuple[str, int], who: str, style: str) -> Item:
    """Pour (or cut) several equal amounts from a whole; how much is left."""
    count = rng.randint(2, 4 if lv == 1 else 7)
    each = rng.randint(4, 18) * (10 if lv == 1 else 25)
    if unit in ("m", "cm"):
        unit, big = ("cm", ("m", 100))
        each = rng.randint(6, 30) * (1 if lv == 1 else 5)
    total_used = count * each
    whole_big = total_used // big[1] + 1 + (rng.randint(0, 1) if lv > 1 else 0)
    if lv == 3:
        whole = whole_big * big[1] + rng.choice((0, big[1] // 2, big[1] // 4))
    else:
        whole = whole_big * big[1]
    left = whole - total_used
    whole_text = measure(Fraction(whole, big[1]), big[0])
    what = {"ml": ("a bottle of", "glasses", "pours", "water"), "g": ("a bag of", "bowls", "weighs out", "rice")}
    what["cm"] = ("a roll of", "pieces", "cuts", "ribbon")
    container, pieces, verb, stuff = what[unit]
    answer = Measure(left, unit)
    prompt = (
        f"{who} has {container} {stuff} holding {whole_text}. {who} {verb} {count} {pieces} of {each} {unit} each. "
        f"How much {stuff} is left?"
    ).replace("holding", "of" if unit != "ml" else "holding")
    if unit == "g":
        prompt = (
            f"{who} has a bag of rice with a mass of {whole_text}. {who} weighs out {count} bowls of {each} g each. "
            f"How much rice is left?"
        )
    if unit == "cm":
        prompt = (
            f"{who} has a ribbon {whole_text} long and cuts {count} pieces of {each} cm each. How much ribbon is left?"
        )
    prompt += hint(Level(lv), f"change {whole_text} into {WORDS[unit]} first.")
    steps = [
        f"{count} × {each} {unit} = {total_used} {unit}",
        f"{whole_text} = {whole} {unit}",
        f"{whole} − {total_used} = {left} {unit}",
    ]
    wrong = Fraction(whole, big[1]) * _wrong(big[1]) - total_used
    slip = ("conversion_wrong_factor", wrong if wrong > 0 else None)
    check = f"{show(Fraction(whole, big[1]))} × {big[1]} − {count} × {each}"
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))


# ---------------------------------------------------------------------- imperial units

# (imperial singular, plural, metric unit, imperial amount, metric amount): imperial amount ≈ metric amount
IMPERIAL: dict[int, tuple[tuple[str, str, str, Fraction, Fraction], ...]] = {
    1: (
        ("inch", "inches", "cm", Fraction(1), Fraction(5, 2)),
        ("foot", "feet", "cm", Fraction(1), Fraction(30)),
        ("pint", "pints", "ml", Fraction(1), Fraction(570)),
        ("pound", "pounds", "g", Fraction(1), Fraction(450)),
    ),
    2: (
        ("mile", "miles", "km", Fraction(5), Fraction(8)),
        ("inch", "inches", "cm", Fraction(1), Fraction(5, 2)),
        ("pound", "pounds", "kg", Fraction(11, 5), Fraction(1)),
        ("pint", "pints", "l", Fraction(7, 4), Fraction(1)),
    ),
    3: (
        ("mile", "miles", "km", Fraction(5), Fraction(8)),
        ("pound", "pounds", "kg", Fraction(11, 5), Fraction(1)),
        ("pint", "pints", "l", Fraction(7, 4), Fraction(1)),
        ("foot", "feet", "cm", Fraction(1), Fraction(30)),
    ),
}


def _terminating(value: Fraction) -> Fraction | None:
    """The value if it has an exact decimal (a pupil could write it), else None."""
    den = Fraction(value).denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return value if den == 1 else None


def _approx(fact: tuple[str, str, str, Fraction, Fraction]) -> str:
    one, many, unit, imp, met = fact
    return f"{show(imp)} {one if imp == 1 else many} ≈ {show(met)} {unit}"


@topic(
    "measures.imperial_units",
    title="Approximate conversions between metric and imperial units (inches, feet, pints, pounds, miles)",
    codes=("5M6", "6M6"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
)
def imperial_units(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    fact = rng.choice(IMPERIAL[lv])
    one, many, unit, imp, met = fact
    ratio = met / imp  # metric per imperial unit
    to_metric = lv == 1 or rng.random() < 0.5
    # from → to: 'per' of the from-unit are worth 'worth' of the to-unit (5 miles ≈ 8 km: per 5, worth 8)
    per, worth = (imp, met) if to_metric else (met, imp)
    count = per.numerator * rng.randint(2, 12 if lv < 3 else 25)
    result = count / per * worth
    from_text = f"{show(count)} {many}" if to_metric else measure(Fraction(count), unit)
    to_unit = unit if to_metric else many
    # no ÷ 1 or × 1: a fact such as 1 inch ≈ 2.5 cm is a single multiplication
    check = f"{show(count)} × {show(worth)}" if per == 1 else f"{show(count)} ÷ {show(per)} × {show(worth)}"
    if worth == 1:
        check = f"{show(count)} ÷ {show(per)}"
    answer: Answer = Measure(result, unit) if to_metric else number_answer(result)
    approx = _approx(fact)
    steps = [f"Use {approx}."]
    if per != 1:
        steps.append(f"{from_text} is {show(count)} ÷ {show(per)} = {show(count / per)} lots of {show(per)}.")
    steps.append(f"{show(count / per)} × {show(worth)} = {show(result)}, so {from_text} ≈ {show(result)} {to_unit}.")
    slip = ("conversion_wrong_direction", _terminating(mm.conversion_wrong_direction(count, ratio, to_metric)))
    tip = f"how many lots of {show(per)} are there?" if per != 1 else f"multiply by {show(worth)}."
    if style == "fluency":
        prompt = f"Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is {from_text}?" + hint(level, tip)
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    if style == "missing_number":
        answer = number_answer(result)
        prompt = f"Use {approx}.   {from_text} ≈ □ {to_unit}" + hint(level, tip)
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    if style == "true_or_false":
        claim = result if rng.random() < 0.5 or slip[1] is None else slip[1]
        truth = claim == result
        answer = TrueFalse(truth)
        prompt = f"Use {approx}. True or false? {from_text} is about {show(claim)} {to_unit}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(answer, (slip[0], True)) if not truth else ()
        return make(prompt, answer, steps, style, f"{check} = {show(claim)}", predicted=predicted)
    if style == "compare":
        # an imperial amount against a metric amount near its equivalent
        n = imp.numerator * rng.randint(2, 12)
        equal = n / imp * met
        other = equal + rng.choice((-1, 1)) * max(1, -(-equal // 10))
        if lv == 3 and rng.random() < 0.3:
            other = equal
        sign = sign_of(equal, other)
        answer = Comparison(sign)
        left, right = f"{show(n)} {many}", measure(other, unit)
        prompt = f"Use {approx}. Write <, > or = :   {left} □ {right}" + hint(level, f"change {left} into {unit}.")
        worked = f"{show(n)} × {show(met)}" if imp == 1 else f"{show(n)} ÷ {show(imp)} × {show(met)}"
        steps = [f"{left} ≈ {worked} = {measure(equal, unit)}", f"So {left} {sign} {right}."]
        raw = mm.compare_numbers_not_measures(n, other)
        predicted = mis.predictions(answer, ("compare_numbers_not_measures", raw))
        return make(prompt, answer, steps, style, f"{worked} □ {show(other)}", predicted=predicted)
    who = name(rng)
    if to_metric:
        contexts = {
            "mile": f"{who}'s family drives {from_text} to the seaside.",
            "inch": f"A photo frame is {from_text} wide.",
            "foot": f"A garden fence is {from_text} long.",
            "pint": f"A water butt holds {from_text} of rainwater.",
            "pound": f"A sack of potatoes has a mass of {from_text}.",
        }
    else:
        contexts = {
            "mile": f"{who} cycles {from_text} along a canal path.",
            "inch": f"A ribbon is {from_text} long.",
            "foot": f"A garden fence is {from_text} long.",
            "pint": f"A water butt holds {from_text} of rainwater.",
            "pound": f"A sack of potatoes has a mass of {from_text}.",
        }
    prompt = f"{contexts[one]} Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is that?" + hint(level, tip)
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
