"""Add and subtract money, give change and solve money problems."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Money, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.grammar import pluralise, with_article
from ks2practice.content.measures.common import money
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, pounds, q, sub
from ks2practice.core.steps import money as cash
from ks2practice.pictures.diagrams import Coins

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


def _buy(rng: random.Random, low: int, high: int, grain: int = 1) -> tuple[str, int]:
    """Something from the bank's shop whose believable price lies in [low, high], and its price (no 35p football)."""
    shop = contexts.get("shop_prices")
    fits = [t for t in shop.quantities if shop.span(t, low, high)[1] - shop.span(t, low, high)[0] >= grain]
    thing = rng.choice(fits)
    lo, hi = shop.span(thing, low, high)
    return thing, rng.randint(-(-lo // grain), hi // grain) * grain


def _nudge(thing: str, cost: int, by: int) -> int:
    """The price moved by `by` pence (or the other way) where it stays believable for the thing."""
    low, high = contexts.get("shop_prices").span(thing)
    return cost + by if low <= cost + by <= high else cost - by


def _level_price(rng: random.Random, level: int) -> tuple[str, int]:
    """A thing and its price at a level: 15p to 95p in 5s, £1.10 to £8.99, £1.20 to £24.99."""
    if level == 1:
        return _buy(rng, 15, 95, 5)
    if level == 2:
        thing, cost = _buy(rng, 110, 899, 5)
        return thing, _nudge(thing, cost, -rng.choice((0, 0, 1))) if cost > 110 else cost
    return _buy(rng, 120, 2_499)


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
        steps = [Step(eq(add(*(cash(p) for p in pieces)), cash(total)))] if len(pieces) > 1 else []
        item = make(prompt, answer, steps, style, " + ".join(str(p) for p in pieces))
        return replace(item, diagram=Coins(pieces))
    if style == "fluency":
        a = _price(rng, lv)
        b = rng.randint(11, 95) if rng.random() < 0.5 else _price(rng, lv - 1)
        if rng.random() < 0.5 or a <= b:
            answer = Money(a + b)
            prompt = f"Work out {money(a)} + {money(b)}."
            steps = [*_in_pounds(a, b), Step(eq(add(pounds(a), pounds(b)), cash(a + b)))]
            slips = (
                [mis.pounds_pence_mixed.on(a, b), mis.pounds_pence_mixed.on(a, b, how="as_pounds")] if b < 100 else []
            )
            return make(prompt, answer, steps, style, f"{a} + {b}", predicted=mis.predictions(answer, *slips))
        answer = Money(a - b)
        prompt = f"Work out {money(a)} − {money(b)}."
        steps = [*_in_pounds(a, b), Step(eq(sub(pounds(a), pounds(b)), cash(a - b)))]
        slips = [mis.pence_one_digit.on(a - b)]
        return make(prompt, answer, steps, style, f"{a} − {b}", predicted=mis.predictions(answer, *slips))
    paid_options = {1: (100, 200, 500), 2: (500, 1000, 2000), 3: (2000, 5000)}[lv]
    if style in ("word_problem", "spot_the_mistake", "missing_number"):
        bought, cost = _level_price(rng, lv)
        if cost % 10 == 0 and style == "spot_the_mistake":
            cost = _nudge(bought, cost, -rng.choice((3, 5, 7)))
        contexts.used("shop_prices", **{bought: cost})
        paid = min([p for p in paid_options if p > cost] or [cost - cost % 1000 + 1000])
        change = paid - cost
        thing = with_article(bought)
        steps = [
            f"Count up from {money(cost)} to {money(paid)}, or take the price from the money paid.",
            Step(eq(sub(cash(paid), cash(cost)), cash(change))),
        ]
        slips = [mis.change_counting_up.on(cost, paid), mis.pence_one_digit.on(change)]
        answer = Money(change)
        if style == "missing_number":
            prompt = f"Fill in the missing amount:   {money(cost)} + □ = {money(paid)}" + hint(level, "count up.")
            return make(prompt, answer, steps, style, f"{cost} + □ = {paid}", predicted=mis.predictions(answer, *slips))
        if style == "spot_the_mistake":
            # cost is never a whole number of tens here and paid is whole pounds, so the mistake always shows
            wrong = mis.change_counting_up(cost, paid)
            assert isinstance(wrong, int)
            prompt = (
                f"{who} buys {thing} for {money(cost)} and pays with {money(paid)}. {who} says the change is "
                f"{money(wrong)}. Is {who} right? What should the change be?"
                + hint(level, "count up to the next pound.")
            )
            steps[:0] = [
                Step(
                    f"{who} is wrong: ", eq(add(cash(cost), cash(wrong)), cash(cost + wrong)), ", not ", cash(paid), "."
                ),
                *mis.change_counting_up.story(cost, paid),
            ]
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
        # The hint says what the worked steps do: write both in pounds.
        prompt = f"True or false? {money(a)} + {b}p = {claim}" + hint(level, "write both amounts in pounds.")
        steps = [*_in_pounds(a, b), Step(eq(add(pounds(a), pounds(b)), cash(right)))]
        if truth:
            steps.append(f"That is the amount in the statement, so the statement is {truth_word(truth)}.")
        else:
            steps.append(f"The statement says {claim}, so the statement is {truth_word(truth)}.")
        check = f"{a} + {b} = {right}" if truth else f"{a} + {b} = {_pence_value_of(claim)}"
        slip = mis.pounds_pence_mixed.on(a, b, claim=claim)
        predicted = mis.predictions(answer, slip) if not truth else ()
        return make(prompt, answer, steps, style, check, predicted=predicted)
    # two-step: several of one item and one other, change from a note
    count = rng.randint(2, 3 if lv == 1 else 5)
    one, each = _buy(rng, 20, 90, 5) if lv == 1 else _level_price(rng, 2) if lv == 2 else _buy(rng, 105, 1_490)
    extra, other = _level_price(rng, max(1, lv - 1))
    while extra == one:
        extra, other = _level_price(rng, max(1, lv - 1))
    total = count * each + other
    friends = [k for k in (2, 3, 4, 5) if total % k == 0]
    if lv == 3 and friends and rng.random() < 0.6:  # ×, + then ÷: the whole cost shared equally
        return _shared(who, (count, one, each), (extra, other), rng.choice(friends), style)
    # the smallest note (or coin, at level 1) that covers the total
    paid = min(p for p in (100, 200, 500, 1000, 2000, 5000, 10000) if p > total and (lv == 1 or p >= 500))
    change = paid - total
    contexts.used("shop_prices", **{one: each, extra: other})
    things, extra = pluralise(one), with_article(extra)
    answer = Money(change)
    prompt = (
        f"{who} buys {count} {things} at {money(each)} each and {extra} for {money(other)}. "
        f"{who} pays with {money(paid)}. How much change does {who} get?"
    )
    prompt += hint(level, "find the total cost first.")
    steps = [
        Step(eq(mul(count, cash(each)), cash(count * each))),
        Step(eq(add(cash(count * each), cash(other)), cash(total))),
        Step(eq(sub(cash(paid), cash(total)), cash(change))),
    ]
    slips = [mis.change_counting_up.on(total, paid)]
    check = f"{paid} − ({count} × {each} + {other})"
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))


def _shared(who: str, several: tuple[int, str, int], single: tuple[str, int], people: int, style: str) -> Item:
    """Several of one thing and one other bought together, the cost split equally: ×, + then ÷."""
    (count, one, each), (extra, other) = several, single
    contexts.used("shop_prices", **{one: each, extra: other})
    total = count * each + other
    share = total // people
    answer = Money(share)
    prompt = (
        f"{who} and {people - 1} friend{'s' if people > 2 else ''} buy {count} {pluralise(one)} at {money(each)} "
        f"each and {with_article(extra)} for {money(other)}. They share the cost equally between the {people} of "
        "them. How much does each person pay?"
    )
    steps = [
        Step(eq(mul(count, cash(each)), cash(count * each))),
        Step("Total: ", eq(add(cash(count * each), cash(other)), cash(total)), "."),
        Step("Each pays ", eq(div(cash(total), people), cash(share)), "."),
    ]
    return make(prompt, answer, steps, style, f"({count} × {each} + {other}) ÷ {people}")


def _in_pounds(a: int, b: int) -> list[Step]:
    """The step that writes an amount in pence in pounds, so the sum is worked with the decimal point: 60p = £0.60."""
    return [Step("Write ", q(p, "p"), " in pounds: ", eq(q(p, "p"), pounds(p)), ".") for p in (a, b) if p < 100]


def _pence_value_of(text: str) -> str:
    """A claim in pounds as a pence expression for the check: '£23.100' → '23.100 × 100' (2310p, not 2400p)."""
    return f"{text.lstrip('£')} × 100"
