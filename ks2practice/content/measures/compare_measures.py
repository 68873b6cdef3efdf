"""Compare, order and estimate lengths, masses, capacities and money."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import KIND, PAIRS, WORDS, _big_value, measure, money, unit_line
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, lettered, make, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, add, eq, mul, pounds, q, rel
from ks2practice.core.steps import money as cash
from ks2practice.pictures.diagrams import UNKNOWN, DoubleNumberLine

# ---------------------------------------------------------------------- comparing measures


def _close_small(rng: random.Random, big: Fraction, factor: int) -> int:
    """A whole number of the smaller unit close to big (in the larger unit), but never equal."""
    exact = int(big * factor)
    nudge = rng.choice([k for k in range(-9, 10) if k]) * max(1, factor // 20)
    if rng.random() < 0.4:  # the digits look bigger: 1.5 kg against 1450 g, 0.8 m against 75 cm
        nudge = -abs(nudge)
    return max(1, exact + nudge)


# The estimate to offer for each object or price (in the smaller unit, money in pence); the sensible range and the
# unit are the bank's (contexts_measures.toml: estimates, price_estimates).
ESTIMATES = (
    ("the mass of an apple", 150),
    ("the mass of a bag of sugar", 1000),
    ("the capacity of a mug", 300),
    ("the capacity of a bucket", 10000),
    ("the height of a classroom door", 200),
    ("the length of a pencil", 18),
    ("the mass of a bicycle", 12000),
    ("the capacity of a teaspoon", 5),
    ("the length of a football pitch", 10000),
    ("the mass of a newborn baby", 3500),
    ("the height of an adult", 170),
    ("the capacity of a car's fuel tank", 50000),
)
PRICE_ESTIMATES = (
    ("a loaf of bread", 150),
    ("a new bicycle", 20000),
    ("a packet of crisps", 80),
    ("a family car", 1500000),
    ("a pair of school shoes", 3000),
    ("a birthday card", 250),
)
_SMALL_TO_BIG = {"g": ("kg", 1000), "ml": ("l", 1000), "cm": ("m", 100)}


def _drawn(item: Item, line: DoubleNumberLine | None) -> Item:
    """The item with a double number line of its two units, when one can be drawn without its answer."""
    return replace(item, diagram=line) if line else item


def _as_shown(value: int, unit: str, level: int) -> str:
    """A value in the smaller unit written in the larger unit when that reads naturally."""
    big, factor = _SMALL_TO_BIG[unit]
    if value >= factor and (level >= 2 or value % factor == 0):
        return measure(Fraction(value, factor), big)
    return measure(Fraction(value), unit)


# Greater depth: estimates of several of a thing (one estimate, then a multiplication), what the total is of.
MANY = {
    "the mass of an apple": "the mass of a bag of {n} apples",
    "the mass of a bag of sugar": "the mass of {n} bags of sugar",
    "the capacity of a mug": "the amount of water in {n} full mugs",
    "the length of a pencil": "the length of {n} pencils laid end to end",
    "the capacity of a teaspoon": "the amount of medicine in {n} full teaspoons",
    "a loaf of bread": "{n} loaves of bread",
    "a packet of crisps": "{n} packets of crisps",
    "a birthday card": "{n} birthday cards",
}


def _estimate_many(rng: random.Random, style: str) -> Item:
    """Greater depth (4M2, 5M8): estimate one, then scale to several; the one-item estimate is among the options."""
    thing = rng.choice(sorted(MANY))
    n = rng.randint(4, 9)
    priced = thing in dict(PRICE_ESTIMATES)
    bank = "price_estimates" if priced else "estimates"
    value = dict(PRICE_ESTIMATES + ESTIMATES)[thing]
    low, high = contexts.get(bank).span(thing)
    unit = "p" if priced else contexts.get(bank)[thing].unit
    contexts.used(bank, **{thing: value})
    total = n * value

    def shown(amount: int | Fraction) -> str:
        if priced:
            return money(int(amount))
        if Fraction(amount).denominator == 1:
            return _as_shown(int(amount), unit, 3)
        return measure(Fraction(amount), unit)

    wrongs = {value, total * 10, total * 100} | {Fraction(total, s) for s in (10, 100) if total % s == 0}
    picked = rng.sample(sorted(wrongs - {total, value}), 2)
    # the one-item estimate in the smaller unit, the unit the working uses: 1000 g for a bag of sugar
    texts = [shown(total), money(value) if priced else measure(Fraction(value), unit), *(shown(w) for w in picked)]
    options = list(dict.fromkeys(texts))
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(texts[0]))
    what = MANY[thing].format(n=n)
    prompt = (
        f"Which is the most sensible estimate {'of the price of' if priced else 'of'} {what}?   {lettered(options)}"
    )
    one = money if priced else lambda v: measure(Fraction(v), unit)
    each = cash(value) if priced else q(value, unit)
    steps = [
        f"{thing[0].upper()}{thing[1:]} is usually between {one(low)} and {one(high)}: about {one(value)}"
        + (" each." if priced else "."),
        Step(f"{n} of them: ", eq(mul(n, each), cash(total) if priced else q(total, unit)), "."),
        f"So the best estimate is {texts[0]}, not {texts[1]}: that is only one.",
    ]
    check = f"({n} × {value} − {n} × {low}) × ({n} × {high} − {n} × {value}) > 0"
    return make(prompt, answer, steps, style, check)


def _estimate(rng: random.Random, level: Level, style: str) -> Item:
    if level == Level.GREATER_DEPTH:
        return _estimate_many(rng, style)
    if int(level) >= 2 and rng.random() < 0.35:  # 4M2: estimates include money
        thing, value = rng.choice(PRICE_ESTIMATES)
        low, high = contexts.get("price_estimates").span(thing)
        contexts.used("price_estimates", **{thing: value})
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
        return _drawn(make(prompt, answer, steps, style, check), unit_line("£", "p", 100))
    thing, value = rng.choice(ESTIMATES)
    sizes = contexts.get("estimates")
    (low, high), unit = sizes.span(thing), sizes[thing].unit
    contexts.used("estimates", **{thing: value})
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
    item = make(prompt, answer, steps, style, check)
    if unit not in _SMALL_TO_BIG:
        return item
    larger, factor = _SMALL_TO_BIG[unit]
    return _drawn(item, unit_line(larger, unit, factor))  # the options mix the two units


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
        exprs: tuple[Num, Num] = (pounds(a), q(b, "p"))
        converted = eq(pounds(a), q(a, "p"))
        left_check, right_check = f"{show(Fraction(a, 100))} × 100", str(b)
        true_value, raw = (a, b), (Fraction(a, 100), Fraction(b))
        words = ("more", "less")
        line = unit_line("£", "p", 100, Fraction(a, 100), UNKNOWN)
    else:
        value = _big_value(rng, lv, factor)
        other = _close_small(rng, value, factor)
        left, right = measure(value, big), measure(Fraction(other), small)
        exprs = (q(exact(value), big), q(other, small))
        converted = eq(q(exact(value), big), q(exact(value * factor), small))
        left_check, right_check = f"{show(value)} × {factor}", show(other)
        true_value, raw = (value * factor, Fraction(other)), (value, Fraction(other))
        words = (_BIGGER[kind][0], _BIGGER[kind][2])
        in_units = small
        line = unit_line(big, small, factor, value, UNKNOWN)  # the larger-unit amount, to write in the smaller
    swap = rng.random() < 0.5
    if swap:
        left, right, left_check, right_check = right, left, right_check, left_check
        true_value, raw, exprs = true_value[::-1], raw[::-1], exprs[::-1]
    sign = sign_of(*true_value)
    raw_sign = mm.compare_numbers_not_measures(*raw)
    small_unit = "p" if in_units == "pence" else in_units
    steps: list[str] = [
        Step(f"Write both in {WORDS.get(in_units, in_units)}: ", converted, "."),
        Step(rel(q(exact(true_value[0]), small_unit), sign, q(exact(true_value[1]), small_unit))),
    ]
    tip = f"1 {big} = {factor} {small}." if "£" not in left + right else "£1 = 100p."
    if style == "compare":
        answer = Comparison(sign)
        prompt = f"Write <, > or = to make this true:   {left} □ {right}" + hint(level, tip)
        steps.append(Step("So ", rel(exprs[0], sign, exprs[1]), "."))
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{left_check} □ {right_check}",
            predicted=mis.predictions(answer, mis.compare_numbers_not_measures.on(*raw)),
        )
        return _drawn(item, line)
    word = words[0] if rng.random() < 0.5 else words[1]
    relation = ">" if word == words[0] else "<"
    truth = sign == relation
    answer = TrueFalse(truth)
    prompt = f"True or false? {left} is {word} than {right}." + hint(level, tip)
    steps.append(Step("So ", rel(exprs[0], sign, exprs[1]), f": the statement is {truth_word(truth)}."))
    raw_truth = raw_sign == relation
    slip = mis.compare_numbers_not_measures.on(*raw, claim=relation)
    predicted = mis.predictions(answer, slip) if raw_truth != truth else ()
    item = make(prompt, answer, steps, style, f"{left_check} {relation} {right_check}", predicted=predicted)
    return _drawn(item, line)


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
    conversions: list[object] = []
    for a in values:
        if texts[a] != measure(a, small):  # written in the larger unit: convert it
            conversions += [", " if conversions else "", eq(q(exact(a / factor), big), q(exact(a), small))]
    steps: list[str] = []
    if conversions:
        steps.append(Step(f"In {WORDS[small]}: ", *conversions, "."))  # type: ignore[arg-type]
    steps.append(
        Step(
            rel(q(exact(target), small), ">" if biggest else "<", q(exact(runner), small)),
            f" and every other amount, so the {word} is {texts[target]}.",
        )
    )
    check = f"{exprs[target]} {'>' if biggest else '<'} {exprs[runner]}"
    raw = {a: Fraction(texts[a].split()[0].replace(",", "")) for a in values}
    raw_pick = (max if biggest else min)(values, key=lambda a: raw[a])
    slip = mis.compare_numbers_not_measures.on(
        tuple(raw[a] for a in values), shown=tuple(texts[a] for a in values), largest=biggest
    )
    predicted = mis.predictions(answer, slip) if raw_pick != target else ()
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), unit_line(big, small, factor))


def _odd_measure(rng: random.Random, lv: int, small: str, big: str, factor: int, style: str) -> Item:
    value = _big_value(rng, lv, factor)
    if lv == 1:
        value = Fraction(rng.randint(2, 9))
    amount = value * factor
    same = [measure(value, big), measure(amount, small)]
    whole = int(value)
    part = amount - whole * factor
    in_small = q(exact(amount), small)
    also: list[object] = []
    if whole and part:  # 2 kg 500 g
        same.append(f"{whole} {big} {show(part)} {small}")
        also = [eq(add(q(whole, big), q(exact(part), small)), in_small)]
    elif big == "m":  # 3 m = 300 cm = 3000 mm
        other = q(exact(value * 1000), "mm") if small == "cm" else q(exact(value * 100), "cm")
        same.append(measure(Fraction(other.value), other.unit))
        also = [eq(other, in_small)]
    elif lv >= 2 and amount > factor // 2:  # 3 kg = 2500 g + 0.5 kg
        same.append(f"{show(amount - factor // 2)} {small} + 0.5 {big}")
        also = [eq(add(q(exact(amount - factor // 2), small), q(exact(Fraction(1, 2)), big)), in_small)]
    wrong = mm.conversion_wrong_factor(value, factor, True)
    odd = measure(wrong, small)
    options = [*same, odd]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(odd))
    prompt = f"Which is the odd one out?   {lettered(options)}" + (
        f" (Hint: 1 {big} = {factor} {small}.)" if lv == 1 else ""
    )
    steps: list[str] = [
        Step("The fact: ", eq(q(1, big), q(factor, small)), ", so ", eq(q(exact(value), big), in_small), "."),
    ]
    if also:
        steps.append(Step("Also ", *also, "."))  # type: ignore[arg-type]
    steps.append(Step(rel(q(exact(wrong), small), "≠", in_small), f", so {odd} is the odd one out."))
    check = f"{show(wrong)} ≠ {show(value)} × {factor}"
    return _drawn(make(prompt, answer, steps, style, check), unit_line(big, small, factor))
