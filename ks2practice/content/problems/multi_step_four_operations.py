"""Multi-step problems in context using all four operations (×, ÷, + and −), two or three steps."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ks2practice.answers.kinds import Answer, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Remainder, Step, add, div, eq, mul, q, rel, sub
from ks2practice.core.steps import money as money_step


@dataclass(frozen=True)
class Story:
    """A story: its text and question, the key (pence for £), the check, the worked steps, the first step's value."""

    text: str
    question: str
    value: int
    unit: str  # '£' (pence), 'g' or '' (a count)
    check: str
    steps: tuple[Step, ...]
    first: int  # what a child who stops after the first step writes (0: nothing a child would write)
    slips: tuple[mis.Applied | None, ...] = ()


def _q(value: int, unit: str) -> Num:
    if unit == "£":
        return q(value // 100, "£") if value % 100 == 0 else money_step(value)
    return q(value, unit)


def _say(value: int, unit: str) -> str:
    if unit == "£":
        return money(value)
    return f"{show(value)} {unit}" if unit else show(value)


def _key(value: int, unit: str) -> Answer:
    if unit == "£":
        return Money(value)
    return Measure(value, unit) if unit else WholeNumber(value)


# ---------------------------------------------------------------------- the stories


def _tickets(rng: random.Random, level: Level) -> Story:
    """× then −: tickets for a class, paid with notes; level 3 adds a coach shared by the class (÷)."""
    trip = contexts.get("museum_trip")
    pence = 100 if level == Level.WORKING_TOWARDS else 5 if level == Level.EXPECTED else 1
    price = trip.draw(rng, "ticket", 200, 900 if level == Level.WORKING_TOWARDS else 1500, step=pence)
    children = trip.draw(rng, *(("children", 4, 9) if level == Level.WORKING_TOWARDS else ("children", 20, 35)))
    who = name(rng)
    cost = price * children
    if level < Level.GREATER_DEPTH:
        paid = (cost // 5000 + 1) * 5000
        paid += 5000 if paid == 2 * cost else 0  # the change is never the cost (stopping early would look right)
        contexts.used("museum_trip", paid=paid, spent=cost)
        text = (
            f"A museum ticket costs {money(price)} for each child. {who}'s group of {children} children go, and "
            f"the teacher pays with {money(paid)}."
        )
        steps = (
            Step("The tickets cost ", eq(mul(children, _q(price, "£")), _q(cost, "£")), "."),
            Step("The change is ", eq(sub(_q(paid, "£"), _q(cost, "£")), _q(paid - cost, "£")), "."),
        )
        check = f"{paid} − {children} × {price}"
        return Story(text, "How much change is given?", paid - cost, "£", check, steps, cost)
    low, high = trip.span("coach")
    share = rng.randint(-(-low // (100 * children)), high // (100 * children)) * 100  # whole pounds each
    coach = share * children
    contexts.used("museum_trip", coach=coach)
    each = price + share
    text = (
        f"A class of {children} children visits a museum. A ticket costs {money(price)} for each child, and the "
        f"coach costs {money(coach)}, shared equally by the class."
    )
    steps = (
        Step("Each child's share of the coach is ", eq(div(_q(coach, "£"), children), _q(share, "£")), "."),
        Step("Each child pays ", eq(add(_q(price, "£"), _q(share, "£")), _q(each, "£")), "."),
        Step("The whole trip costs ", eq(mul(children, _q(each, "£")), _q(each * children, "£")), "."),
    )
    check = f"{children} × ({price} + {coach} ÷ {children})"
    slips = (mis.first_step_only.on(share), mis.first_step_only.on(each))
    return Story(text, "How much does the whole trip cost?", each * children, "£", check, steps, share, slips)


def _recipe(rng: random.Random, level: Level) -> Story:
    """÷ then ×: a recipe scaled to a different number of cakes (a simple rate)."""
    recipe = contexts.get("cake_recipe")
    makes = recipe.draw(
        rng, "makes", *((6, 12) if level < Level.GREATER_DEPTH else (12, 24)), step=6 if level == 1 else 2
    )
    per = rng.randint(10, 25) if level < Level.GREATER_DEPTH else rng.randint(21, 39)
    flour = per * makes
    if level == Level.WORKING_TOWARDS:
        wanted = makes * rng.randint(2, 4)
    else:
        wanted = rng.choice(
            [
                w
                for w in range(makes + 1, 31 if level == Level.EXPECTED else 61)
                if w % makes and w > 30 * (level == Level.GREATER_DEPTH)
            ]
        )
    contexts.used("cake_recipe", flour=flour, wanted=wanted)
    need = per * wanted
    who = name(rng)
    text = f"{who}'s recipe uses {flour} g of flour to make {makes} cakes."
    steps = (
        Step("One cake needs ", eq(div(q(flour, "g"), makes), q(per, "g")), "."),
        Step(f"{wanted} cakes need ", eq(mul(wanted, q(per, "g")), q(need, "g")), "."),
    )
    check = f"{flour} ÷ {makes} × {wanted}"
    return Story(text, f"How much flour is needed for {wanted} cakes?", need, "g", check, steps, per)


def _eggs(rng: random.Random, level: Level) -> Story:
    """× then ÷: eggs collected each day for some days, packed into boxes of 6 or trays of 12."""
    box_id = "egg_box" if level == 1 or (level == 2 and rng.random() < 0.5) else "egg_tray"
    size = contexts.get(box_id).draw(rng, "eggs")
    farm = contexts.get("egg_farm")
    days = farm.draw(rng, "days", 2 if level < Level.GREATER_DEPTH else 4, 7)
    low, high = {1: (12, 60), 2: (12, 150), 3: (150, 300)}[int(level)]
    daily = farm.draw(rng, "daily", low, high, step=size)
    if daily % 10 == 0:  # no round hundreds: the × should be worked
        daily += size if daily + size <= high else -size
    contexts.used("egg_farm", daily=daily)
    total = daily * days
    boxes = total // size
    contexts.used("egg_farm", total=total)
    text = f"A farm collects {daily} eggs every day for {days} days. The eggs are packed in boxes of {size}."
    steps = (
        Step("The farm collects ", eq(mul(daily, days), total), " eggs."),
        Step("They fill ", eq(div(total, size), boxes), " boxes."),
    )
    return Story(text, "How many boxes are filled?", boxes, "", f"{daily} × {days} ÷ {size}", steps, total)


def _minibuses(rng: random.Random, level: Level) -> Story:
    """÷ (rounding up) then ×, then − from a budget: how many minibuses, what they cost, what is left."""
    hire = contexts.get("minibus_hire")
    seats = contexts.get("group_sizes").draw(rng, "minibus", 8, 16)
    children = hire.draw(rng, "children", 60, 120)
    while children % seats == 0:
        children += 1
    buses, left_over = divmod(children, seats)
    buses += 1
    cost = hire.draw(rng, "cost", 4000, 15000, step=5)
    total = buses * cost
    budget = (total // 10000 + 1) * 10000 + 10000
    contexts.used("minibus_hire", budget=budget, spent=total)
    text = (
        f"{children} children go on a school trip. Each minibus holds {seats} children and costs {money(cost)} "
        f"to hire. The school has {money(budget)} for the minibuses."
    )
    steps = (
        Step(eq(div(children, seats), Remainder(buses - 1, left_over)), f", so {buses} minibuses are needed."),
        Step("They cost ", eq(mul(buses, _q(cost, "£")), _q(total, "£")), "."),
        Step("Left over: ", eq(sub(_q(budget, "£"), _q(total, "£")), _q(budget - total, "£")), "."),
    )
    check = f"{budget} − ({children} − {left_over} + {seats}) ÷ {seats} × {cost}"
    question = "How much of the money is left?"
    slips = (mis.groups_rounded_down_then_costed.on(children, seats, cost, budget),)
    return Story(text, question, budget - total, "£", check, steps, 0, slips)


def _savings(rng: random.Random, level: Level) -> Story:
    """× and + then −: weekly savings and a gift, then something bought."""
    saving = contexts.get("pocket_money")
    weekly = saving.draw(
        rng,
        *(("weekly", 100, 500) if level == Level.EXPECTED else ("weekly", 250, 1000)),
        step=50 if level == Level.EXPECTED else 5,
    )
    weeks = saving.draw(rng, "weeks", 3, 12)
    gift = saving.draw(rng, "gift", 500, 3000, step=100)
    total = weekly * weeks + gift
    price = saving.draw(rng, "price", 500, total - 100, step=1 if level == Level.GREATER_DEPTH else 5)
    contexts.used("pocket_money", saved=total)
    who = name(rng)
    text = (
        f"{who} saves {money(weekly)} every week for {weeks} weeks and is given {money(gift)} for a birthday. "
        f"Then {who} buys a game for {money(price)}."
    )
    steps = (
        Step("The weekly savings make ", eq(mul(weeks, _q(weekly, "£")), _q(weekly * weeks, "£")), "."),
        Step("With the gift: ", eq(add(_q(weekly * weeks, "£"), _q(gift, "£")), _q(total, "£")), "."),
        Step("After the game: ", eq(sub(_q(total, "£"), _q(price, "£")), _q(total - price, "£")), "."),
    )
    check = f"{weeks} × {weekly} + {gift} − {price}"
    slips = (mis.first_step_only.on(total),)
    return Story(text, f"How much money does {who} have left?", total - price, "£", check, steps, weekly * weeks, slips)


_BY_LEVEL = {
    1: (_tickets, _recipe, _eggs),
    2: (_tickets, _recipe, _eggs, _savings),
    3: (_tickets, _minibuses, _savings),
}
_TWO_STEP = {1: (_tickets, _recipe, _eggs), 2: (_tickets, _recipe, _eggs), 3: (_recipe, _eggs)}


@topic(
    "problems.multi_step_four_operations",
    title="Multi-step problems using all four operations (×, ÷, + and −) in context",
    codes=("4C8", "5C8b", "6C8"),
    styles=("word_problem", "two_step_word_problem", "true_or_false"),
)
def multi_step_four_operations(rng: random.Random, level: Level, style: str) -> Item:
    tip = hint(level, "decide what each step finds, then check the question is answered.")
    table = _TWO_STEP if style == "two_step_word_problem" else _BY_LEVEL
    story = rng.choice(table[int(level)])(rng, level)
    answer = _key(story.value, story.unit)
    slips = (*story.slips, mis.first_step_only.on(story.first) if story.first else None)
    if style == "true_or_false":
        claim = story.first if rng.random() < 0.5 and story.first not in (0, story.value) else story.value
        truth = claim == story.value
        prompt = f"{story.text} {story.question} True or false? The answer is {_say(claim, story.unit)}." + tip
        shown = _q(story.value, story.unit)
        verdict = (
            Step("The answer is ", shown, ", so the statement is true.")
            if truth
            else Step("The answer is ", rel(shown, "≠", _q(claim, story.unit)), ", so the statement is false.")
        )
        return make(prompt, TrueFalse(truth), (*story.steps, verdict), style, f"{story.check} = {claim}")
    prompt = f"{story.text} {story.question}" + tip
    return make(prompt, answer, story.steps, style, story.check, predicted=mis.predictions(answer, *slips))
