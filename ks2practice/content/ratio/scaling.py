"""Scale recipes and solve simple rate problems."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, Measure, Money, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions.decimals_percent_ratio import judging
from ks2practice.content.ratio import reasoning_items as reasoned
from ks2practice.content.ratio.common import _SCALED, PICTURES, _picture, _whole
from ks2practice.content.wording import hint, make, name, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, div, eq, mul, q, rel
from ks2practice.core.steps import money as money_step
from ks2practice.pictures.diagrams import Diagram, DoubleNumberLine, RatioTable

# (from, to) pairs of people or items for scaling, by level; level 1 scales by a whole number or halves.
STEPS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((2, 4), (2, 6), (3, 6), (4, 8), (5, 10), (4, 2), (6, 3), (8, 4), (3, 9), (2, 8)),
    2: ((4, 6), (6, 9), (4, 10), (2, 5), (3, 5), (6, 4), (8, 12), (10, 4), (4, 7), (3, 7), (5, 8)),
    3: ((6, 15), (8, 20), (12, 30), (9, 21), (15, 6), (12, 20), (14, 35), (6, 27), (10, 25), (16, 6)),
}


pictures.PICTURES.setdefault("scaling", {kind: {level: _SCALED for level in (1, 2, 3)} for kind in PICTURES})


# ---------------------------------------------------------------------- scaling and rates


_INGREDIENTS = (
    ("flour", "g", (25, 50, 75, 100)),
    ("sugar", "g", (20, 25, 30, 40, 50)),
    ("milk", "ml", (50, 75, 100, 125)),
    ("butter", "g", (15, 20, 25, 30)),
    ("oats", "g", (30, 40, 60)),
    ("water", "ml", (100, 150, 200)),
)
# the dishes each ingredient really goes in (no flour in a fruit smoothie)
_DISHES = {
    "flour": ("pancakes", "a crumble", "scones", "shortbread"),
    "sugar": ("pancakes", "a crumble", "flapjacks", "shortbread"),
    "milk": ("pancakes", "a fruit smoothie", "scones"),
    "butter": ("a crumble", "flapjacks", "scones", "shortbread"),
    "oats": ("a crumble", "flapjacks"),
    "water": ("a vegetable soup",),
}
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
    styles=("fluency", "missing_number", "explain", "odd_one_out", "word_problem", "true_or_false", "compare"),
    representations=PICTURES,
)
def scaling(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    if style == "explain":
        return _picture(representation, (), {}, reasoned.scaling_explain(rng, level))
    if style == "odd_one_out":
        return _picture(representation, (), {}, reasoned.scaling_odd_one_out(rng, level))
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
        dish = rng.choice(_DISHES[ingredient])
        answer: Answer = Measure(result, unit)
        prompt = f"A recipe for {dish} for {before} people uses {show(amount)} {unit} of {ingredient}."
        labels = ("people", f"{ingredient} ({unit})")
        question = f"How much {ingredient} is needed for {after} people?"
    else:
        thing, prices = rng.choice(_ITEMS)
        per = rng.choice(prices) * (3 if level == Level.GREATER_DEPTH else 1)  # no £2.25 rubber
        contexts.used("ratio_prices", **{thing: per})
        amount, result = per * before, per * after
        answer = Money(result)
        prompt = f"{before} {thing} cost {money(amount)}."
        labels = (thing, "cost (p)")
        question = f"How much do {after} {thing} cost?"
    check = f"{show(amount)} ÷ {before} × {after}"

    def say(value: int) -> Num:
        return money_step(value) if isinstance(answer, Money) else q(value, answer.unit)  # type: ignore[attr-defined]

    steps: list[str] = [
        Step(
            f"For one {'person' if isinstance(answer, Measure) else 'item'}: ",
            eq(div(say(amount), before), say(per)),
            ".",
        ),
        Step(f"For {after}: ", eq(mul(say(per), after), say(result)), "."),
    ]
    direct = after % before == 0 or before % after == 0
    if direct:
        factor = f"× {after // before}" if after % before == 0 else f"÷ {before // after}"
        scaled = mul(say(amount), after // before) if after % before == 0 else div(say(amount), before // after)
        steps = [f"{before} → {after} is {factor}.", Step(eq(scaled, say(result)), ".")]
    slips = (mis.additive_scaling.on(amount, before, after), mis.first_step_only.on(per))
    # The hint names the route the steps take: straight across by a whole factor, or through one.
    one = "the cost of one" if isinstance(answer, Money) else "the amount for one"
    tip = "how many times bigger is the second number?" if direct else f"find {one} first."
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
        additive = mis.additive_scaling(amount, before, after)
        slip = additive if additive is not None and rng.random() < 0.5 else None
        claim = Fraction(slip) if slip is not None else Fraction(result)
        truth = TrueFalse(claim == result)
        said = name(rng)
        text = (
            f"{prompt} {said} says {after} people need {show(claim)} {answer.unit}. True or false?"  # type: ignore[attr-defined]
            + hint(level, tip)
        )
        if claim == result:
            steps.append(f"So {said} is right: the statement is true.")
        else:
            steps.append(Step(rel(say(int(claim)), "≠", say(result)), f", so {said} is wrong: the statement is false."))
        # Scaling by adding makes the claim it wrote look right (and the true amount look wrong).
        predicted = mis.predictions(truth, judging(mis.additive_scaling).on(amount, before, after, claim=claim))
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
    bank = contexts.get("ratio_lengths")
    if not bank[thing].holds(whole):  # no 2.5 kg bag of sweets: a whole that size is a bottle of squash's ml
        thing, how, unit, size = next(t for t in _AS if bank[t[0]].holds(whole) and whole % t[3] == 0)
    contexts.used("ratio_lengths", **{thing: whole})
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
            Step(
                f"{part} {unit} is {fraction.numerator} of {fraction.denominator} equal parts, so one part is ",
                eq(div(q(part, unit), fraction.numerator), q(unit_size, unit)),
                ".",
            ),
            Step(
                f"{first}'s is {fraction.denominator} parts: ",
                eq(mul(fraction.denominator, q(unit_size, unit)), q(whole, unit)),
                ".",
            ),
        ]
        check = f"{part} ÷ {fraction.numerator}/{fraction.denominator}"
        # From the part back to the whole the scale factor is 1 ÷ fraction; used the wrong way, part × fraction.
        wrong_way = mis.scale_factor_wrong_way.on(part, 1 / fraction)
        slips = (wrong_way if _whole(wrong_way.wrong()) else None, mis.first_step_only.on(unit_size))
        table = RatioTable((fraction.numerator, fraction.denominator), (part, "?"), "parts", unit)
    else:
        answer = Measure(part, unit)
        prompt = (
            f"{first}'s {thing} is {whole} {unit}. {second}'s {thing} is {scaled} {first}'s. "
            f"How {how} is {second}'s {thing}?"
        )
        steps = [Step("One part: ", eq(div(q(whole, unit), fraction.denominator), q(unit_size, unit)), ".")]
        if fraction.numerator > 1:
            steps.append(
                Step(
                    f"{fraction.numerator} parts: ", eq(mul(fraction.numerator, q(unit_size, unit)), q(part, unit)), "."
                )
            )
        check = f"{whole} × {fraction.numerator}/{fraction.denominator}"
        wrong_way = mis.scale_factor_wrong_way.on(whole, fraction)
        slips = (
            mis.first_step_only.on(unit_size) if fraction.numerator > 1 else None,
            wrong_way if _whole(wrong_way.wrong()) else None,
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
        Step("Shop A: ", eq(div(money_step(a), n1), money_step(p1)), " each."),
        Step("Shop B: ", eq(div(money_step(b), n2), money_step(p2)), " each."),
        Step("So ", rel(money_step(p1), answer.sign, money_step(p2), restates=answer.sign == "="), "."),
    ]
    return make(
        prompt,
        answer,
        steps,
        "compare",
        f"{a} ÷ {n1} □ {b} ÷ {n2}",
        predicted=mis.predictions(answer, mis.totals_compared.on(a, b)),
    )
