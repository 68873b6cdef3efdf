"""Estimate answers and check them with the inverse."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation import explain_items as explain
from ks2practice.content.calculation.common import RANGES, _digits_number, money
from ks2practice.content.number.rounding import round_check, round_to
from ks2practice.content.wording import hint, make, name, number_with_digits, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Step, add, div, eq, mul, q, rel, sub

# ---------------------------------------------------------------------- estimation and inverse


@topic(
    "calculation.estimate_inverse",
    title="Estimate answers and check them with the inverse",
    codes=("3C3", "4C3", "5C3", "6C3"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "explain"),
)
def estimate_inverse(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return explain.estimate_explain(rng, level)
    low, high = RANGES["estimate_inverse"][int(level)]["digits"]  # type: ignore[misc]
    if style == "fluency":
        multiply = level != Level.WORKING_TOWARDS and rng.random() < 0.4
        if multiply:
            a = _digits_number(rng, 2, 2) if level == Level.EXPECTED else _digits_number(rng, 3, 4)
            b = rng.randint(12, 98) if level == Level.EXPECTED else rng.randint(3, 9)
            place_a = 10 ** (len(str(a)) - 1)
            place_b = 10 if b >= 10 else 1
            ra, rb = round_to(a, place_a), round_to(b, place_b)
            if ra == a or rb == 0 or (place_b == 10 and rb == b):
                a += 3
                ra = round_to(a, place_a)
            estimate = ra * rb
            answer = WholeNumber(estimate)
            rounding = (
                f"rounding each number to the nearest {show(place_a)}"
                if place_a == place_b
                else f"rounding {show(a)} to the nearest {show(place_a)}"
            )
            prompt = f"Estimate {show(a)} × {b} by {rounding}."
            steps = [
                f"{show(a)} rounds to {show(ra)}" + (f" and {b} rounds to {rb}" if place_b > 1 else "") + ".",
                Step(eq(mul(ra, rb), estimate)),
            ]
            check_b = f"({round_check(b, place_b)})" if place_b > 1 else str(b)
            predicted = mis.predictions(answer, mis.estimate_rounded_wrong_way.on(a, place_a, b, place_b))
            return make(prompt, answer, steps, style, f"({round_check(a, place_a)}) × {check_b}", predicted=predicted)
        digits = rng.randint(low, high)
        place = 10 ** (digits - 1) if digits <= 3 else 10 ** (digits - 2)
        a, b = number_with_digits(rng, digits), number_with_digits(rng, digits)
        while a % place == 0 or b % place == 0:
            a, b = a + 3, b + 7
        sign = rng.choice("+−")
        if sign == "−" and a < b:
            a, b = b, a
        ra, rb = round_to(a, place), round_to(b, place)
        if sign == "−" and ra < rb:
            sign = "+"
        estimate = ra + rb if sign == "+" else ra - rb
        answer = WholeNumber(estimate)
        prompt = f"Estimate {show(a)} {sign} {show(b)} by rounding each number to the nearest {show(place)}." + hint(
            level, "round each number first, then calculate."
        )
        steps = [
            f"{show(a)} rounds to {show(ra)} and {show(b)} rounds to {show(rb)}.",
            Step(eq(_op(sign, ra, rb), estimate)),
        ]
        predicted = mis.predictions(answer, mis.estimate_rounded_wrong_place.on(a, b, sign, place))
        return make(
            prompt,
            answer,
            steps,
            style,
            f"({round_check(a, place)}) {sign} ({round_check(b, place)})",
            predicted=predicted,
        )
    if style == "missing_number":
        who = name(rng)
        if level == Level.WORKING_TOWARDS or rng.random() < 0.5:
            digits = rng.randint(low, high)
            a, b = number_with_digits(rng, max(digits, 3)), number_with_digits(rng, max(digits - 1, 2))
            if rng.random() < 0.5:
                fact = f"{show(a)} + {show(b)} = {show(a + b)}"
                equation, key = f"{show(a + b)} − □ = {show(a)}", b
                inverse = eq(sub(a + b, b), a)
            else:
                big = a + b
                fact = f"{show(big)} − {show(b)} = {show(a)}"
                equation, key = f"{show(a)} + □ = {show(big)}", b
                inverse = eq(add(a, b), big)
        else:
            divisor = rng.randint(3, 9)
            n = _digits_number(rng, 2, max(3, high - 1))
            fact = f"{show(n * divisor)} ÷ {divisor} = {show(n)}"
            equation, key = f"{show(n)} × □ = {show(n * divisor)}", divisor
            inverse = eq(mul(n, divisor), n * divisor)
        answer = WholeNumber(key)
        prompt = f"{who} worked out {fact}. Complete the inverse calculation {who} can use to check it: {equation}"
        steps = [Step("The inverse undoes the calculation: ", inverse, "."), f"So the missing number is {show(key)}."]
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
        return _judged(rng, level)
    count = {1: 2, 2: 3, 3: 4}[int(level)]
    prices = [
        rng.randint(1, 20) * 100 + rng.choice((-2, -1, 1, 2, 5, -5, 49, 50 if level == Level.GREATER_DEPTH else 45))
        for _ in range(count)
    ]
    prices = [p if p > 100 else p + 100 for p in prices]
    contexts.used("toy_shop", price=prices)
    rounded = [round_to(p, 100) for p in prices]
    total = sum(rounded)
    items = rng.sample(
        ("a book", "a pen set", "a puzzle", "a football", "a lunchbox", "a torch", "a kite", "a board game"),
        count,
    )
    who = name(rng)
    bought = [f"{item} for {money(p)}" for item, p in zip(items, prices, strict=True)]
    listed = ", ".join(bought[:-1]) + f" and {bought[-1]}"
    answer = Money(total)
    prompt = f"{who} buys {listed}. Estimate the total cost by rounding each price to the nearest pound." + hint(
        level, "£2.98 is close to £3."
    )
    steps = [Step(eq(add(*(q(r // 100, "£") for r in rounded)), q(total // 100, "£")))]
    check = " + ".join(f"({round_check(p, 100)})" for p in prices)
    return make(prompt, answer, steps, "word_problem", check)


def _op(sign: str, a: int | Expr, b: int | Expr) -> Expr:
    return add(a, b) if sign == "+" else sub(a, b) if sign == "−" else mul(a, b)


def _judged(rng: random.Random, level: Level) -> Item:
    """True or false by estimation: a claim more than double or less than half the estimate cannot be right.

    The numbers are drawn so that the exact answer lies between half and double the estimate, and a wrong claim
    is only offered when it lies outside that range, so the estimate really does decide the question.
    """
    for _ in range(30):
        if level == Level.WORKING_TOWARDS:
            a, b = _digits_number(rng, 3, 3), _digits_number(rng, 3, 3)
            exact, sign = a + b, "+"
            ra, rb = round_to(a, 100), round_to(b, 100)
            estimate = ra + rb
        else:
            a = _digits_number(rng, 2, 2) if level == Level.EXPECTED else _digits_number(rng, 3, 3)
            b = rng.randint(12, 98)
            exact, sign = a * b, "×"
            ra, rb = round_to(a, 10 ** (len(str(a)) - 1)), round_to(b, 10)
            estimate = ra * rb
        big = 10 ** (len(str(exact)) - 1)
        wrongs = [
            w
            for w in (exact * 10, exact + big, exact - big, exact // 10 if exact % 10 == 0 else exact + 2 * big)
            if w > 0 and w != exact and not estimate < 2 * w < 4 * estimate
        ]
        if estimate < 2 * exact < 4 * estimate and wrongs:
            break
    claim = exact if rng.random() < 0.5 or not wrongs else rng.choice(wrongs)
    answer = TrueFalse(claim == exact)
    prompt = (
        f"Use estimation to decide, without working it out exactly. True or false? "
        f"{show(a)} {sign} {show(b)} = {show(claim)}"
    )
    steps: list = [Step("Estimate: ", eq(_op(sign, ra, rb), estimate), ".")]
    if claim == exact:
        between = rel(div(estimate, 2), "<", claim, "<", mul(estimate, 2))
        steps += [
            Step(f"{show(claim)} is between half and double the estimate (", between, "), so it is sensible."),
            Step("Working it out exactly confirms it: ", eq(_op(sign, a, b), exact), ", so the statement is true."),
        ]
    else:
        far = rel(claim, ">", mul(estimate, 2)) if claim > estimate else rel(claim, "<", div(estimate, 2))
        size = "more than double" if claim > estimate else "less than half"
        steps += [
            Step(f"{show(claim)} is {size} the estimate (", far, "), so it cannot be right."),
            Step("Working it out exactly confirms it: ", eq(_op(sign, a, b), exact), ", so the statement is false."),
        ]
    return make(prompt, answer, steps, "true_or_false", f"{show(a)} {sign} {show(b)} = {show(claim)}")
