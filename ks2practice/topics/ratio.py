"""Ratio and proportion (strand R) and scaling (5C8c): recipes and rates, sharing in a ratio, similar shapes."""

# Levels (design.md §4): 1 working towards — doubling, halving and whole-number scale factors, ratios 1 : n, a
# hint and a picture; 2 expected — scaling through one (4 people → 6 people), ratios such as 3 : 5, simple
# fractions of amounts; 3 greater depth — non-unit steps (6 → 15), the difference between shares given, scale
# factors such as 1.5, best buys. Pictures are built from the numbers already drawn, so the same spec asked for
# in another picture is the same question; a ratio table's rows and a bar model's parts always match the numbers.

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Comparison,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import ComparisonBarModel, Diagram, DoubleNumberLine, RatioTable, Shape2D
from ks2practice.topics.algebra import money

# (from, to) pairs of people or items for scaling, by level; level 1 scales by a whole number or halves.
STEPS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((2, 4), (2, 6), (3, 6), (4, 8), (5, 10), (4, 2), (6, 3), (8, 4), (3, 9), (2, 8)),
    2: ((4, 6), (6, 9), (4, 10), (2, 5), (3, 5), (6, 4), (8, 12), (10, 4), (4, 7), (3, 7), (5, 8)),
    3: ((6, 15), (8, 20), (12, 30), (9, 21), (15, 6), (12, 20), (14, 35), (6, 27), (10, 25), (16, 6)),
}
RATIOS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((1, 2), (1, 3), (1, 4), (2, 1), (3, 1), (1, 5)),
    2: ((2, 3), (3, 5), (3, 4), (2, 5), (4, 3), (5, 2), (3, 2), (4, 5)),
    3: ((5, 7), (4, 9), (7, 3), (5, 8), (7, 4), (3, 8), (9, 5), (7, 2)),
}

PICTURES = ("ratio_table", "double_number_line")
OFFERED = {
    "ratio.scaling": PICTURES,
    "ratio.unequal_sharing": ("bar_model", "ratio_table"),
    "ratio.scale_factors": ("shape_2d",),
}
# Which pictures suit which levels and styles, in the shared table the registry-wide picture tests read (a best-buy
# comparison has no picture; a missing part of a ratio is a table, a "how many more" story a bar model).
_SCALED = ("fluency", "missing_number", "word_problem", "true_or_false")
pictures.PICTURES.setdefault("scaling", {kind: {level: _SCALED for level in (1, 2, 3)} for kind in PICTURES})
pictures.PICTURES.setdefault(
    "unequal_sharing",
    {
        "bar_model": {
            level: ("fluency", "word_problem", "true_or_false", "two_step_word_problem") for level in (1, 2, 3)
        },
        "ratio_table": {level: ("fluency", "word_problem", "missing_number") for level in (1, 2, 3)},
    },
)


def _picture(
    representation: str | None, fitting: tuple[str, ...], build: dict[str, Diagram | None], item: Item
) -> Item:
    """The item with the picture asked for (or the first that fits); asking for one that does not fit fails."""
    here = [k for k in fitting if build.get(k) is not None]
    try_ = f"try {', '.join(here)}" if here else "no picture suits this question"
    if representation is not None and representation not in fitting:
        raise ValueError(
            f"a {representation} picture does not suit this {item.style.replace('_', ' ')} question; {try_}"
        )
    if representation is not None and build.get(representation) is None:
        raise ValueError(f"this question has no {representation} picture; {try_}")
    kind = representation or next((k for k in fitting if build.get(k) is not None), None)
    if kind is None:
        return item
    return replace(item, diagram=build[kind])


# ---------------------------------------------------------------------- scaling and rates


_INGREDIENTS = (
    ("flour", "g", (25, 50, 75, 100)),
    ("sugar", "g", (20, 25, 30, 40, 50)),
    ("milk", "ml", (50, 75, 100, 125)),
    ("butter", "g", (15, 20, 25, 30)),
    ("oats", "g", (30, 40, 60)),
    ("water", "ml", (100, 150, 200)),
)
_DISHES = ("pancakes", "a crumble", "flapjacks", "a fruit smoothie", "scones", "a vegetable soup", "shortbread")
_ITEMS = (
    ("pens", (15, 20, 25, 30, 35, 45)),
    ("pencils", (12, 15, 18, 20, 24)),
    ("rubbers", (30, 35, 40, 45)),
    ("stickers", (8, 9, 10, 12, 15)),
    ("bread rolls", (25, 30, 35, 40)),
    ("apples", (20, 25, 30, 35, 40)),
    ("notebooks", (60, 75, 80, 95, 120, 135)),
)


def _step(rng: random.Random, level: Level) -> tuple[int, int]:
    return rng.choice(STEPS[int(level)])


@topic(
    "ratio.scaling",
    title="Scale recipes and solve simple rate problems",
    codes=("6R1", "5C8c"),
    styles=("fluency", "missing_number", "word_problem", "true_or_false", "compare"),
    representations=PICTURES,
)
def scaling(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    if style == "compare":
        item = _best_buy(rng, level)
        return _picture(representation, (), {}, item)
    if style == "word_problem" and rng.random() < 0.5:
        return _fraction_scaling(rng, level, representation)
    before, after = _step(rng, level)
    fitting = PICTURES
    if style in ("fluency", "true_or_false"):
        ingredient, unit, sizes = rng.choice(_INGREDIENTS)
        per = rng.choice(sizes) * (2 if level == Level.GREATER_DEPTH else 1)
        per = per // 5 if level == Level.WORKING_TOWARDS and per > 50 else per
        amount, result = per * before, per * after
        dish = rng.choice(_DISHES)
        answer: Answer = Measure(result, unit)
        prompt = f"A recipe for {dish} for {before} people uses {show(amount)} {unit} of {ingredient}."
        labels = ("people", f"{ingredient} ({unit})")
        question = f"How much {ingredient} is needed for {after} people?"
    else:
        thing, prices = rng.choice(_ITEMS)
        per = rng.choice(prices) * (5 if level == Level.GREATER_DEPTH else 1)
        amount, result = per * before, per * after
        answer = Money(result)
        prompt = f"{before} {thing} cost {money(amount)}."
        labels = (thing, "cost (p)")
        question = f"How much do {after} {thing} cost?"
    check = f"{show(amount)} ÷ {before} × {after}"

    def say(value: int) -> str:
        return money(value) if isinstance(answer, Money) else f"{show(value)} {answer.unit}"  # type: ignore[attr-defined]

    steps = [
        f"For one {'person' if isinstance(answer, Measure) else 'item'}: {say(amount)} ÷ {before} = {say(per)}.",
        f"For {after}: {say(per)} × {after} = {say(result)}.",
    ]
    if after % before == 0 or before % after == 0:
        factor = f"× {after // before}" if after % before == 0 else f"÷ {before // after}"
        steps = [f"{before} → {after} is {factor}.", f"{say(amount)} {factor} = {say(result)}."]
    slips = (
        ("additive_scaling", wrong.additive_scaling(amount, before, after)),
        ("first_step_only", per if per != result else None),
    )
    tip = "how many times bigger is the second number?" if style != "word_problem" else "find the cost of one first."
    table = RatioTable((before, after), (amount, "?"), labels[0], labels[1])
    line = DoubleNumberLine((0, before, after), (0, amount, "?"), labels[0][:16], labels[1][:16])
    build: dict[str, Diagram | None] = {"ratio_table": table, "double_number_line": line}
    if style == "missing_number":
        prompt = (
            f"The amounts go up in proportion. {labels[0].capitalize()}: {before}, {after}. "
            f"{labels[1].capitalize()}: {show(amount)}, □."
        )
        item = make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, fitting, build, item)
    if style == "true_or_false":
        candidates = [s for s in slips if s[1] is not None and s[0] == "additive_scaling"]
        slip = candidates[0] if candidates and rng.random() < 0.5 else None
        claim = Fraction(slip[1]) if slip else Fraction(result)
        truth = TrueFalse(claim == result)
        said = name(rng)
        text = (
            f"{prompt} {said} says {after} people need {show(claim)} {answer.unit}. True or false?"  # type: ignore[attr-defined]
            + hint(level, tip)
        )
        steps.append(
            f"So {said} is {'right' if claim == result else 'wrong'}: the statement is {truth_word(claim == result)}."
        )
        predicted = mis.predictions(truth, (slip[0], True)) if slip else ()
        item = make(text, truth, steps, style, f"{check} = {show(claim)}", predicted=predicted)
        return _picture(representation, fitting, build, item)
    item = make(
        f"{prompt} {question}" + hint(level, tip),
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, *slips),
    )
    return _picture(representation, fitting, build, item)


_FRACTIONS: dict[int, tuple[Fraction, ...]] = {
    1: (Fraction(1, 2), Fraction(1, 4), Fraction(1, 10), Fraction(1, 3), Fraction(1, 5)),
    2: (Fraction(2, 3), Fraction(3, 4), Fraction(3, 5), Fraction(2, 5), Fraction(5, 6), Fraction(3, 10)),
    3: (Fraction(3, 4), Fraction(2, 3), Fraction(4, 5), Fraction(5, 8), Fraction(7, 10), Fraction(5, 6)),
}
_AS = (  # (thing, how, unit, size of one part is a multiple of this)
    ("sunflower", "tall", "cm", 1),
    ("ribbon", "long", "cm", 1),
    ("bag of sweets", "heavy", "g", 10),
    ("bean plant", "tall", "cm", 1),
    ("bottle of squash", "big", "ml", 10),
)


def _fraction_scaling(rng: random.Random, level: Level, representation: str | None) -> Item:
    """5C8c: scaling by a simple fraction ('3/4 as tall as'); at greater depth, working back to the whole."""
    fraction = rng.choice(_FRACTIONS[int(level)])
    thing, how, unit, size = rng.choice(_AS)
    unit_size = size * (rng.randint(2, 12) if level == Level.WORKING_TOWARDS else rng.randint(3, 25))
    whole = unit_size * fraction.denominator
    part = unit_size * fraction.numerator
    first, second = name(rng), None
    second = name(rng, (first,))
    said = f"{fraction.numerator}/{fraction.denominator}" if fraction.numerator > 1 else f"1/{fraction.denominator}"
    said = "half" if fraction == Fraction(1, 2) else said
    scaled = f"{said} as {how} as"
    backwards = level == Level.GREATER_DEPTH and rng.random() < 0.5
    if backwards:
        answer = Measure(whole, unit)
        prompt = (
            f"{second}'s {thing} is {scaled} {first}'s. {second}'s is {part} {unit}. How {how} is {first}'s {thing}?"
        )
        steps = [
            f"{part} {unit} is {fraction.numerator} of {fraction.denominator} equal parts, so one part is "
            f"{part} ÷ {fraction.numerator} = {unit_size} {unit}.",
            f"{first}'s is {fraction.denominator} parts: {fraction.denominator} × {unit_size} = {whole} {unit}.",
        ]
        check = f"{part} ÷ {fraction.numerator}/{fraction.denominator}"
        wrong_way = Fraction(part) * fraction
        slips = (("scale_factor_wrong_way", _whole(wrong_way)), ("first_step_only", unit_size))
        table = RatioTable((fraction.numerator, fraction.denominator), (part, "?"), "parts", unit)
    else:
        answer = Measure(part, unit)
        prompt = (
            f"{first}'s {thing} is {whole} {unit}. {second}'s {thing} is {scaled} {first}'s. "
            f"How {how} is {second}'s {thing}?"
        )
        steps = [f"One part: {whole} ÷ {fraction.denominator} = {unit_size} {unit}."]
        if fraction.numerator > 1:
            steps.append(f"{fraction.numerator} parts: {fraction.numerator} × {unit_size} = {part} {unit}.")
        check = f"{whole} × {fraction.numerator}/{fraction.denominator}"
        slips = (
            ("first_step_only", unit_size if fraction.numerator > 1 else None),
            ("scale_factor_wrong_way", _whole(Fraction(whole) / fraction)),
        )
        table = RatioTable((fraction.denominator, fraction.numerator), (whole, "?"), "parts", unit)
    tip = "split the whole into equal parts first."
    item = make(
        prompt + hint(level, tip), answer, steps, "word_problem", check, predicted=mis.predictions(answer, *slips)
    )
    top = tuple(table.top)
    line = DoubleNumberLine((0, *top), (0, *table.bottom), "parts", unit)
    return _picture(representation, PICTURES, {"ratio_table": table, "double_number_line": line}, item)


def _best_buy(rng: random.Random, level: Level) -> Item:
    thing, prices = rng.choice(_ITEMS)
    n1, n2 = rng.sample((2, 3, 4, 5, 6, 8, 10) if level > 1 else (2, 4, 5, 10), 2)
    p1 = rng.choice(prices) * (5 if level == Level.GREATER_DEPTH else 1)
    p2 = p1 + rng.choice((-5, 5, 0)) if level > 1 else p1 + rng.choice((-5, 5))
    p2 = max(p2, 5)
    a, b = p1 * n1, p2 * n2
    answer = Comparison(sign_of(Fraction(a, n1), Fraction(b, n2)))
    prompt = (
        f"Shop A sells {n1} {thing} for {money(a)}. Shop B sells {n2} {thing} for {money(b)}. "
        f"Compare the cost of one: write <, > or = in the box. One at shop A □ one at shop B."
        + hint(level, "find the cost of one at each shop.")
    )
    steps = [
        f"Shop A: {money(a)} ÷ {n1} = {money(p1)} each.",
        f"Shop B: {money(b)} ÷ {n2} = {money(p2)} each.",
        f"So {money(p1)} {answer.sign} {money(p2)}.",
    ]
    slip = wrong.totals_compared(a, b)
    return make(
        prompt,
        answer,
        steps,
        "compare",
        f"{a} ÷ {n1} □ {b} ÷ {n2}",
        predicted=mis.predictions(answer, ("totals_compared", slip)),
    )


# ---------------------------------------------------------------------- unequal sharing


_SHARERS_THINGS = (
    ("red", "blue", "beads"),
    ("girls", "boys", "children"),
    ("apples", "pears", "pieces of fruit"),
    ("cats", "dogs", "pets"),
    ("white", "brown", "eggs"),
    ("daffodils", "tulips", "flowers"),
)


_SINGULAR = {"girls": "girl", "boys": "boy", "apples": "apple", "pears": "pear", "cats": "cat", "dogs": "dog"}
_SINGULAR |= {"daffodils": "daffodil", "tulips": "tulip"}


def _of(count: int, word: str) -> str:
    """'1 apple', '3 apples'; colours stay as they are ('1 red')."""
    return f"{count} {_SINGULAR.get(word, word) if count == 1 else word}"


def _ratio(rng: random.Random, level: Level) -> tuple[int, int]:
    return rng.choice(RATIOS[int(level)])


def _bars(first: str, second: str, a: int, b: int, values: tuple, sizes: tuple, unit: str = "") -> ComparisonBarModel:
    return ComparisonBarModel((first[:16], second[:16]), values, sizes=sizes, splits=(a, b), unit=unit)


@topic(
    "ratio.unequal_sharing",
    title="Share in a ratio and solve 'for every' problems",
    codes=("6R4", "6R1"),
    styles=("fluency", "word_problem", "missing_number", "true_or_false", "two_step_word_problem"),
    representations=OFFERED["ratio.unequal_sharing"],
)
def unequal_sharing(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    a, b = _ratio(rng, level)
    unit = rng.randint(2, 6) if level == Level.WORKING_TOWARDS else rng.randint(3, 12 if level == 2 else 25)
    first, second, things = rng.choice(_SHARERS_THINGS)
    tip = "draw a bar for each part of the ratio."
    if style == "fluency":
        # share money in a ratio
        p = name(rng)
        q = name(rng, (p,))
        pounds = unit * 100 if level == Level.WORKING_TOWARDS else unit * rng.choice((100, 200, 500))
        total = pounds * (a + b)
        which = rng.choice((0, 1))
        share = (a, b)[which] * pounds
        answer: Answer = Money(share)
        who = (p, q)[which]
        prompt = f"{p} and {q} share {money(total)} in the ratio {a} : {b}. How much does {who} get?" + hint(level, tip)
        steps = [
            f"There are {a} + {b} = {a + b} equal parts.",
            f"One part is {money(total)} ÷ {a + b} = {money(pounds)}.",
            f"{who} has {(a, b)[which]} parts: {(a, b)[which]} × {money(pounds)} = {money(share)}.",
        ]
        check = f"{total} ÷ ({a} + {b}) × {(a, b)[which]}"
        slips = (
            ("ratio_part_as_fraction", _whole(wrong.ratio_part_as_fraction(total, (a, b)[which], (b, a)[which]))),
            ("ratio_divided_by_one_part", wrong.ratio_divided_by_one_part(total, (a, b)[which])),
            ("first_step_only", pounds),
        )
        shares = (a * pounds, b * pounds)
        values = tuple("?" if i == which else shares[i] for i in (0, 1))
        build: dict[str, Diagram | None] = {
            "bar_model": _bars(p, q, a, b, values, shares, "£"),
            "ratio_table": RatioTable(((a, b)[which], a + b), ("?", total // 100), "parts", "£"),
        }
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("bar_model", "ratio_table"), build, item)
    count_a, count_b = a * unit, b * unit
    total = count_a + count_b
    if style == "word_problem":
        ask_total = level != Level.WORKING_TOWARDS and rng.random() < 0.5
        known = f"There are {count_a} {first}."
        if ask_total:
            answer = WholeNumber(total)
            question = f"How many {things} are there altogether?"
            check = f"{count_a} ÷ {a} × ({a} + {b})"
            steps = [f"{count_a} ÷ {a} = {unit} in each part.", f"{a + b} parts: {a + b} × {unit} = {total}."]
            slips: tuple = (("ratio_part_for_whole", wrong.ratio_part_for_whole(count_a, a, b)),)
        else:
            answer = WholeNumber(count_b)
            question = f"How many {second} are there?"
            check = f"{count_a} ÷ {a} × {b}"
            steps = [f"{count_a} ÷ {a} = {unit} in each part.", f"{b} parts: {b} × {unit} = {count_b}."]
            slips = (("additive_scaling", wrong.additive_scaling(count_a, a, b)), ("ratio_part_for_whole", total))
        prompt = f"In a group of {things}, for every {_of(a, first)} there are {_of(b, second)}. {known} {question}"
        build = {
            "bar_model": _bars(first, second, a, b, (count_a, "?"), (count_a, count_b)),
            "ratio_table": RatioTable(
                (a, count_a), (a + b if ask_total else b, "?"), first, "altogether" if ask_total else second
            ),
        }
        item = make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("bar_model", "ratio_table"), build, item)
    if style == "missing_number":
        k = rng.randint(2, unit - 1) if unit > 2 else unit  # a middle column that stays in order
        middle_a, middle_b = ([] if k == unit else [a * k]), ([] if k == unit else [b * k])
        answer = WholeNumber(count_b)
        tops = ", ".join(map(str, [a, *middle_a, count_a]))
        bottoms = ", ".join(map(str, [b, *middle_b]))
        prompt = (
            f"{first.capitalize()} and {second} are in the ratio {a} : {b}. Complete the ratio table. "
            f"{first.capitalize()}: {tops}. {second.capitalize()}: {bottoms}, □."
            + hint(level, f"how many {a}s make {count_a}?")
        )
        steps = [f"{count_a} ÷ {a} = {unit}, so multiply {b} by {unit}: {b} × {unit} = {count_b}."]
        table = RatioTable((a, *middle_a, count_a), (b, *middle_b, "?"), first, second)
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{count_a} ÷ {a} × {b}",
            predicted=mis.predictions(answer, ("additive_scaling", wrong.additive_scaling(count_a, a, b))),
        )
        return _picture(representation, ("ratio_table",), {"ratio_table": table}, item)
    if style == "true_or_false":
        right = Fraction(a, a + b)
        claim = right if rng.random() < 0.5 else wrong.ratio_fraction_of_whole(a, b)
        truth = TrueFalse(claim == right)
        prompt = (
            f"For every {_of(a, first)} there are {_of(b, second)}. True or false? "
            f"{_fraction_text(claim)} of the {things} are {first}." + hint(level, tip)
        )
        steps = [
            f"There are {a} + {b} = {a + b} parts, and {a} of them are {first}.",
            f"So {_fraction_text(right)} are {first}; the statement is {truth_word(claim == right)}.",
        ]
        check = f"{a} ÷ ({a} + {b}) = {claim.numerator} ÷ {claim.denominator}"
        predicted = () if claim == right else mis.predictions(truth, ("ratio_part_as_fraction", True))
        item = make(prompt, truth, steps, style, check, predicted=predicted)
        bars = _bars(first, second, a, b, (a, b), (a, b))
        return _picture(representation, ("bar_model",), {"bar_model": bars}, item)
    # two steps: the difference between the shares is known; find the total (or one share at level 1)
    big, small = max(a, b), min(a, b)
    who1 = name(rng)
    who2 = name(rng, (who1,))
    large_name, small_name = (who1, who2) if a > b else (who2, who1)
    pence = level == Level.GREATER_DEPTH
    scale = 100 if pence else 1
    diff = (big - small) * unit * scale

    def say(value: int) -> str:
        return money(value) if pence else f"{value} stickers"

    answer = Money(total * scale) if pence else WholeNumber(total)
    what = "money" if pence else "stickers"
    ask = "How much is shared altogether?" if pence else "How many stickers are there altogether?"
    prompt = (
        f"{who1} and {who2} share some {what} in the ratio {a} : {b}. {large_name} gets {say(diff)} more than "
        f"{small_name}. {ask}" + hint(level, "the difference is the extra parts.")
    )
    steps = [
        f"The difference is {big} − {small} = {big - small} parts, worth {say(diff)}.",
        f"One part is {say(diff)} ÷ {big - small} = {say(unit * scale)}.",
        f"Altogether there are {a + b} parts: {a + b} × {say(unit * scale)} = {say(total * scale)}.",
    ]
    check = f"{diff} ÷ ({big} − {small}) × ({a} + {b})"
    slips = (
        ("first_step_only", unit * scale),
        ("ratio_part_for_whole", big * unit * scale),
        ("added_instead_of_difference", (big + small) * diff if big - small == 1 else None),
    )
    bars = ComparisonBarModel(
        (who1, who2),
        ("?", "?"),
        sizes=(a * unit * scale, b * unit * scale),
        difference=diff,
        splits=(a, b),
        unit="£" if pence else "",
    )
    item = make(prompt, answer, steps, "two_step_word_problem", check, predicted=mis.predictions(answer, *slips))
    return _picture(representation, ("bar_model",), {"bar_model": bars}, item)


def _whole(value: Fraction | None) -> int | None:
    """Only whole values can be predicted as a pupil's answer in pence."""
    return int(value) if value is not None and value.denominator == 1 else None


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


# ---------------------------------------------------------------------- similar shapes and scale factors


_FACTORS: dict[int, tuple[Fraction, ...]] = {
    1: (Fraction(2), Fraction(3), Fraction(4), Fraction(5)),
    2: (Fraction(2), Fraction(3), Fraction(4), Fraction(5), Fraction(6), Fraction(1, 2), Fraction(10)),
    3: (Fraction(3, 2), Fraction(5, 2), Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(7), Fraction(8)),
}


def _shape(rng: random.Random, level: Level, factor: Fraction) -> tuple[str, int, int]:
    """A rectangle or right-angled triangle whose sides stay whole numbers after scaling."""
    kind = rng.choice(("rectangle", "triangle"))
    top = 12 if level == Level.WORKING_TOWARDS else 20
    d = factor.denominator
    first = d * rng.randint(2 if d == 1 else 1, top // d + 1)
    second = d * rng.randint(2 if d == 1 else 1, top // d + 1)
    while second == first:
        second += d
    return kind, max(first, second), min(first, second)


def _drawing(kind: str, long: int, short: int, labels: tuple) -> Shape2D:
    if kind == "rectangle":
        return Shape2D(
            ((0, 0), (long, 0), (long, short), (0, short)),
            side_labels=(*labels, None, None),
            right_angles=(0, 1, 2, 3),
            unit="cm",
        )
    return Shape2D(
        ((0, 0), (long, 0), (0, short)), side_labels=(labels[0], None, labels[1]), right_angles=(0,), unit="cm"
    )


@topic(
    "ratio.scale_factors",
    title="Similar shapes: scale factors and missing sides",
    codes=("6R3",),
    styles=("fluency", "missing_number", "word_problem", "true_or_false", "spot_the_mistake"),
)
def scale_factors(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    factor = rng.choice(_FACTORS[int(level)])
    kind, long, short = _shape(rng, level, factor)
    big_long, big_short = long * factor, short * factor
    shape_word = "rectangle" if kind == "rectangle" else "right-angled triangle"
    sides = "is {} cm long and {} cm wide" if kind == "rectangle" else "has a base of {} cm and a height of {} cm"
    tip = "find how many times bigger the new shape is."
    long_word = "longer side" if kind == "rectangle" else "base"
    wide = "wide" if kind == "rectangle" else "high"
    factor_text = show(factor) if factor > 1 else f"{factor.numerator}/{factor.denominator}"
    change = "enlarged by" if factor > 1 else "made smaller with"
    if style == "missing_number":
        answer: Answer = WholeNumber(int(factor)) if factor.denominator == 1 else FractionAnswer(factor, decimal=True)
        if factor.denominator == 2:
            from decimal import Decimal

            from ks2practice.answers.kinds import DecimalNumber

            answer = DecimalNumber(Decimal(factor.numerator) / Decimal(factor.denominator))
        prompt = (
            f"Shape A is a {shape_word} that {sides.format(long, short)}. Shape B is similar: its {long_word} "
            f"is {show(big_long)} cm where A's is {long} cm. {long} × □ = {show(big_long)}. "
            f"What is the scale factor □?" + hint(level, tip)
        )
        steps = [f"{show(big_long)} ÷ {long} = {factor_text}, so the scale factor is {factor_text}."]
        slips = (("additive_scaling", big_long - long if big_long > long else None),)
        item = make(
            prompt, answer, steps, style, f"{long} × □ = {show(big_long)}", predicted=mis.predictions(answer, *slips)
        )
        picture = _drawing(kind, long, short, (long, short))
        return _picture(representation, ("shape_2d",), {"shape_2d": picture}, item)
    answer = Measure(big_short, "cm")
    check = f"{short} × {show(big_long)} ÷ {long}"
    additive = wrong.additive_scaling(short, long, big_long)
    slips = (
        ("additive_scaling", additive),
        ("scale_factor_wrong_way", wrong.scale_factor_wrong_way(short, factor)),
    )
    picture = _drawing(kind, int(big_long) if big_long.denominator == 1 else big_long, big_short, (big_long, "?"))
    build = {"shape_2d": picture}
    if style == "fluency":
        prompt = (
            f"A {shape_word} {sides.format(long, short)}. It is {change} a scale factor of {factor_text}. "
            f"How {wide} is the new shape?" + hint(level, tip)
        )
        steps = [f"Multiply every length by {factor_text}: {short} × {factor_text} = {show(big_short)} cm."]
        check = (
            f"{short} × {factor}" if factor.denominator == 1 else f"{short} × {factor.numerator}/{factor.denominator}"
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("shape_2d",), build, item)
    if style == "true_or_false":
        similar = rng.random() < 0.5
        claim_short = big_short if similar else additive if additive else big_short + 1
        truth = TrueFalse(claim_short == big_short)
        prompt = (
            f"True or false? A {long} cm by {short} cm {kind if kind == 'rectangle' else 'triangle (base by height)'} "
            f"and a {show(big_long)} cm by {show(claim_short)} cm one are similar."
            + hint(level, "similar shapes: every length is multiplied by the same number.")
        )
        steps = [
            f"{show(big_long)} ÷ {long} = {factor_text}; {short} × {factor_text} = {show(big_short)}.",
            f"So the statement is {truth_word(claim_short == big_short)}.",
        ]
        predicted = mis.predictions(truth, ("additive_scaling", True)) if claim_short == additive else ()
        item = make(
            prompt,
            truth,
            steps,
            style,
            f"{short} × {show(big_long)} ÷ {long} = {show(claim_short)}",
            predicted=predicted,
        )
        return _picture(representation, (), {}, item)
    if style == "spot_the_mistake":
        who = name(rng)
        mistake = additive if additive is not None else wrong.scale_factor_wrong_way(short, factor)
        prompt = (
            f"Shape A is a {shape_word} that {sides.format(long, short)}. Shape B is similar to A, and B's "
            f"{long_word} is {show(big_long)} cm. {who} says the other side of B is {show(mistake)} cm. "
            f"What is the mistake? Give the correct length." + hint(level, tip)
        )
        steps = [
            f"{who} did not use the scale factor. The scale factor is {show(big_long)} ÷ {long} = {factor_text}.",
            f"{short} × {factor_text} = {show(big_short)} cm",
        ]
        item = make(
            prompt, answer, steps, style, check, predicted=mis.predictions(answer, ("additive_scaling", mistake))
        )
        return _picture(representation, ("shape_2d",), build, item)
    who = name(rng)
    thing = rng.choice(("photo", "poster", "drawing", "flag", "model of a garden"))
    prompt = (
        f"{who} makes a copy of a {thing} that is a {shape_word}: the original {sides.format(long, short)}. "
        f"The copy is similar and its {long_word} is {show(big_long)} cm. How {wide} is the copy?" + hint(level, tip)
    )
    steps = [
        f"Scale factor: {show(big_long)} ÷ {long} = {factor_text}.",
        f"{short} × {factor_text} = {show(big_short)} cm",
    ]
    item = make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, *slips))
    return _picture(representation, ("shape_2d",), build, item)
