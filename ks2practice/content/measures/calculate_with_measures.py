"""Add, subtract, multiply and divide lengths, masses and capacities."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import WORDS, measure, money, number_answer
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, pounds, q, rel, sub
from ks2practice.core.steps import add as plus
from ks2practice.pictures.diagrams import BLANK, UNKNOWN, BarModel, DoubleNumberLine

# ---------------------------------------------------------------------- calculating with measures

_CALC_UNITS = {1: ("cm", "g", "ml", "m"), 2: ("g", "ml", "cm", "m"), 3: ("g", "ml", "m")}
_THINGS = {
    "cm": ("ribbon", "long"),
    "m": ("rope", "long"),
    "g": ("flour", "heavy"),
    "ml": ("juice", ""),
}
_STUFF = {"cm": "ribbon", "m": "rope", "g": "flour", "ml": "juice"}  # the bank's kitchen_amounts quantity


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
        if unit == "cm":
            a, b = rng.randint(25, 95), rng.randint(12, 60)
        if unit == "m":  # metres of rope: a long rope is tens of metres, not 150 m
            a, b = rng.randint(20, 60), rng.randint(5, 35)
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
    combine = plus if add else sub
    steps: list[str] = [_in_small(a, unit, big)] if lv >= 2 else []
    steps.append(Step(eq(combine(q(a, unit), q(b, unit)), q(result, unit))))
    tip = "write both amounts in the same unit."
    slips = [mis.conversion_wrong_factor.on(Fraction(a, big[1]), big[1], True, then_add=b if add else -b)]
    # the bar, in the smaller unit: the sum is the whole, a difference the part left; the value found is '?'
    bar = BarModel(UNKNOWN, (a, b), unit=unit) if add else BarModel(a, (UNKNOWN, b), unit=unit)
    if lv < 2:
        slips = []
    if style == "fluency":
        answer = Measure(result, unit)
        prompt = f"Work out {shown_a} {op} {b} {unit}. Give your answer in {WORDS[unit]}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{a_check} {op} {b}", predicted=mis.predictions(answer, *slips))
        return replace(item, diagram=bar)
    if style == "missing_number":
        answer = number_answer(Fraction(b))
        prompt = f"Fill in the missing number:   {shown_a} {op} □ {unit} = {result} {unit}" + hint(level, tip)
        inverse = sub(q(result, unit), q(a, unit)) if add else sub(q(a, unit), q(result, unit))
        steps = [*steps[:-1], Step("Use the inverse: ", eq(inverse, q(b, unit)), f", so the missing number is {b}.")]
        check = f"{a_check} {op} □ = {result}"
        # a + □ = total worked as a + total; for a − □ the same slip would give a − total, which is the key
        slip = mis.wrong_inverse.on(a, result, True) if add else None
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
        missing = BarModel(result, (a, UNKNOWN), unit=unit) if add else BarModel(a, (result, UNKNOWN), unit=unit)
        return replace(item, diagram=missing)
    if style == "true_or_false":
        near = [result + d for d in (-100, -10, 10, 100) if result + d > 0]
        claim = result if rng.random() < 0.5 else rng.choice(near)
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {shown_a} {op} {b} {unit} = {claim} {unit}" + hint(level, tip)
        if claim == result:
            steps.append(Step("That is ", q(claim, unit), ", as the statement says: the statement is true."))
        else:
            steps.append(Step("So ", rel(q(result, unit), "≠", q(claim, unit)), ": the statement is false."))
        return replace(make(prompt, answer, steps, style, f"{a_check} {op} {b} = {claim}"), diagram=bar)
    stuff, _ = _THINGS[unit]
    contexts.used("kitchen_amounts", **{_STUFF[unit]: [a, b, result]})
    answer = Measure(result, unit)
    if add:
        prompt = f"{who} has {a} {unit} of {stuff}. {who} gets {b} {unit} more. How much {stuff} is there now?"
    else:
        prompt = f"{who} has {a} {unit} of {stuff} and uses {b} {unit}. How much {stuff} is left?"
    prompt += hint(level, "decide whether to add or subtract.")
    return replace(make(prompt, answer, steps, style, f"{a} {op} {b}"), diagram=bar)


def _in_small(amount: int, unit: str, big: tuple[str, int]) -> Step:
    """The step that converts an amount written in the larger unit into the smaller one: 2.5 kg = 2500 g."""
    return Step(f"Convert to {WORDS[unit]}: ", eq(q(exact(Fraction(amount, big[1])), big[0]), q(amount, unit)), ".")


def _scaling(rng: random.Random, lv: int, unit: str, big: tuple[str, int], who: str, style: str) -> Item:
    """Multiply or divide a measure: equal shares (level 2) or a recipe scaled (level 3)."""
    if lv == 2:
        parts = rng.choice((2, 4, 5, 8, 10))
        each = rng.randint(3, 19) * 25 if unit in ("g", "ml") else rng.randint(12, 45)
        if unit == "m":
            each = rng.randint(5, 100 // parts)  # shares of a rope that is at most 100 m
        whole = each * parts
        contexts.used("kitchen_amounts", **{_STUFF[unit]: [whole, each]})
        whole_text = measure(Fraction(whole, big[1]), big[0]) if whole % (big[1] // 10) == 0 else f"{whole} {unit}"
        check_whole = (
            f"{show(Fraction(whole, big[1]))} × {big[1]}" if "." in whole_text or big[0] in whole_text else str(whole)
        )
        answer = Measure(each, unit)
        prompt = (
            f"{who} shares {whole_text} of {_THINGS[unit][0]} equally into {parts} parts. How much is in each part? "
            f"Give your answer in {WORDS[unit]}."
        )
        steps = [Step(eq(div(q(whole, unit), parts), q(each, unit)))]
        if whole_text != f"{whole} {unit}":
            steps.insert(0, _in_small(whole, unit, big))
        slip = mis.conversion_wrong_factor.on(Fraction(whole, big[1]), big[1], True, then_share=parts)
        item = make(prompt, answer, steps, style, f"{check_whole} ÷ {parts}", predicted=mis.predictions(answer, slip))
        return replace(item, diagram=BarModel(whole, (UNKNOWN,) + (BLANK,) * (parts - 1), unit=unit))
    serves, wanted = rng.choice(((4, 6), (4, 10), (6, 9), (8, 12), (4, 14), (6, 15), (5, 8), (3, 7)))
    # a whole amount per person (or half metres of ribbon per box) so that every step is exact, and believable:
    # a pancake recipe holds 25 g to 100 g of flour a person, not 2600 g for 8
    if unit == "m":
        per = Fraction(contexts.get("gift_wrapping").draw(rng, "ribbon", step=50), 100)
    else:
        per = Fraction(contexts.get("pancakes").draw(rng, {"g": "flour", "ml": "milk"}[unit], step=25))
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
        prompt = (
            f"A pancake recipe for {serves} people uses {show(amount)} {unit} of {food}. How much {food} is needed for "
        )
        prompt += f"{wanted} people?"
    steps = [
        Step("For 1: ", eq(div(q(exact(amount), unit), serves), q(exact(per), unit)), "."),
        Step(f"For {wanted}: ", eq(mul(q(exact(per), unit), wanted), q(exact(result), unit)), "."),
    ]
    item = make(prompt, answer, steps, style, f"{show(amount)} ÷ {serves} × {wanted}")
    line = DoubleNumberLine(
        (0, serves, wanted), (0, exact(amount), UNKNOWN), "boxes" if unit == "m" else "people", unit
    )
    return replace(item, diagram=line)


def _measure_two_step(rng: random.Random, lv: int, unit: str, big: tuple[str, int], who: str, style: str) -> Item:
    """Two steps with measures: several equal amounts taken from a whole (× then −, every level); bottles poured
    into cups (× then ÷, from level 2, with litres to convert at level 3); a price per 100 g (÷ then ×, level 3)."""
    kinds = {1: ("left",), 2: ("left", "cups"), 3: ("cups", "per_100g")}[lv]
    kind = rng.choice(kinds)
    if kind == "cups":
        return _cups(rng, lv, who, style)
    if kind == "per_100g":
        return _per_100g(rng, who, style)
    return _left(rng, lv, unit, big, who, style)


def _left(rng: random.Random, lv: int, unit: str, big: tuple[str, int], who: str, style: str) -> Item:
    """Pour (or weigh out, or cut) several equal amounts from a whole; how much is left."""
    fine = 10 if lv == 1 else 25
    if unit == "ml":
        bank, each_q, count_q, whole_q = "kitchen_pouring", "glass", "glasses", "bottle"
    elif unit == "g":
        bank, each_q, count_q, whole_q = "baking", "batch", "batches", "bag of flour"
    else:
        unit, big = "cm", ("m", 100)
        bank, each_q, count_q, whole_q, fine = "craft_ribbon", "piece", "pieces", "roll", 1 if lv == 1 else 5
    story = contexts.get(bank)
    count = story.draw(rng, count_q, high=4 if lv == 1 else 7)
    room = (story[whole_q].high - 3 * big[1]) // count  # so that the bottle, bag or roll is no bigger than they come
    each = story.draw(rng, each_q, high=min(room, 30) if unit == "cm" and lv == 1 else room, step=fine)
    total_used = count * each
    whole_big = total_used // big[1] + 1 + (rng.randint(0, 1) if lv > 1 else 0)
    whole = whole_big * big[1] + (rng.choice((0, big[1] // 2, big[1] // 4)) if lv == 3 else 0)
    contexts.used(bank, **{whole_q: whole})
    left = whole - total_used
    whole_text = measure(Fraction(whole, big[1]), big[0])
    answer = Measure(left, unit)
    if unit == "ml":
        prompt = (
            f"{who} has a bottle of water holding {whole_text}. {who} pours {count} glasses of {each} ml each. "
            "How much water is left?"
        )
    elif unit == "g":
        prompt = (
            f"{who} has a bag of flour with a mass of {whole_text}. {who} weighs out {count} lots of {each} g each "
            "for cakes. How much flour is left?"
        )
    else:
        prompt = (
            f"{who} has a ribbon {whole_text} long and cuts {count} pieces of {each} cm each. How much ribbon is left?"
        )
    prompt += hint(Level(lv), f"change {whole_text} into {WORDS[unit]} first.")
    steps = [
        Step("Used: ", eq(mul(count, q(each, unit)), q(total_used, unit)), "."),
        _in_small(whole, unit, big),
        Step("Left: ", eq(sub(q(whole, unit), q(total_used, unit)), q(left, unit)), "."),
    ]
    slip = mis.conversion_wrong_factor.on(Fraction(whole, big[1]), big[1], True, then_add=-total_used)
    check = f"{show(Fraction(whole, big[1]))} × {big[1]} − {count} × {each}"
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    # The whole as the prompt gives it (1 l, 2 kg): the picture leaves the conversion to the pupil, as the hint asks.
    big_amount = Fraction(whole, big[1])
    big_unit = ("litre" if big_amount == 1 else "litres") if big[0] == "l" else big[0]
    bar = BarModel(
        big_amount if big_amount.denominator > 1 else int(big_amount),
        (each,) * count + (UNKNOWN,),
        sizes=(each,) * count + (left,),
        unit=unit,
        whole_unit=big_unit,
    )
    return replace(item, diagram=bar)


def _cups(rng: random.Random, lv: int, who: str, style: str) -> Item:
    """Bottles poured into cups: the total (×), then how many cups it fills (÷); at level 3 the bottles are in
    litres, so there is a conversion first."""
    story = contexts.get("kitchen_pouring")
    for _ in range(200):
        bottles = rng.randint(2, 6)
        bottle = rng.choice((500, 750, 1000, 1500, 2000) if lv == 2 else (1500, 2000, 2500, 1250, 1750))
        cup = rng.randrange(150, 351, 50 if lv == 2 else 25)
        cups = Fraction(bottles * bottle, cup)
        if cups.denominator == 1 and story["cups"].holds(cups) and (lv == 2 or bottle % 1000):
            break
    else:
        bottles, bottle, cup, cups = 4, 750, 300, Fraction(10)
    contexts.used("kitchen_pouring", bottles=bottles, bottle=bottle, cup=cup, cups=int(cups))
    total = bottles * bottle
    shown = measure(Fraction(bottle, 1000), "l") if lv == 3 else f"{bottle} ml"
    prompt = (
        f"{who} pours {bottles} bottles of lemonade, each holding {shown}, into cups that hold {cup} ml each. "
        "How many cups can be filled?"
    )
    steps: list = []
    if lv == 3:
        steps.append(Step("Each bottle: ", eq(q(exact(Fraction(bottle, 1000)), "l"), q(bottle, "ml")), "."))
    steps += [
        Step("Altogether: ", eq(mul(bottles, q(bottle, "ml")), q(total, "ml")), "."),
        Step("Cups: ", eq(div(q(total, "ml"), q(cup, "ml")), int(cups)), "."),
    ]
    answer = WholeNumber(int(cups))
    first = f"{show(Fraction(bottle, 1000))} × 1000" if lv == 3 else str(bottle)
    check = f"{bottles} × {first} ÷ {cup}"
    slips = [mis.conversion_wrong_factor.on(Fraction(bottle, 1000), 1000, True, then_share=Fraction(cup, bottles))]
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *(slips if lv == 3 else ())))
    return replace(item, diagram=BarModel(UNKNOWN, (bottle,) * bottles, unit="ml"))  # the total; the cups to find


def _per_100g(rng: random.Random, who: str, style: str) -> Item:
    """A price per 100 g at the deli counter: how many lots of 100 g (÷), then the cost (×)."""
    deli = contexts.get("deli_counter")
    food = rng.choice([f for f in deli.quantities if f.endswith("per 100 g")])
    for _ in range(200):
        price = deli.draw(rng, food, step=5)
        grams = deli.draw(rng, "bought", low=150, high=950, step=50)
        cost = Fraction(price * grams, 100)
        if grams % 100 and cost.denominator == 1 and deli["paid"].holds(cost):
            break
    else:
        price, grams, cost = 180, 350, Fraction(630)
    contexts.used("deli_counter", **{food: price, "bought": grams, "paid": int(cost)})
    item = food.removesuffix(" per 100 g")
    note = min(n for n in (500, 1000, 2000, 5000) if n > cost)
    prompt = (
        f"At the deli counter, {item} costs {money(price)} per 100 g. {who} buys {grams} g of {item} and pays with "
        f"a £{note // 100} note. How much change does {who} get?"
    )
    lots = Fraction(grams, 100)
    steps = [
        Step(f"{grams} g is ", eq(div(grams, 100), exact(lots)), " lots of 100 g."),
        Step("Cost: ", eq(mul(exact(lots), pounds(price)), pounds(int(cost))), "."),
        Step("Change: ", eq(sub(pounds(note), pounds(int(cost))), pounds(note - int(cost))), "."),
    ]
    answer = Money(note - int(cost))
    return make(prompt, answer, steps, style, f"{note} − {grams} ÷ 100 × {price}")
