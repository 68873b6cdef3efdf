"""Convince-me items for estimating, column subtraction, short division and the order of operations."""

from __future__ import annotations

import random

from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.reasoning import explain_claim
from ks2practice.content.wording import hint, name, number_with_digits, show
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Group, Op, Remainder, Step, add, div, eq, frac, group, mul, rel, render, sub


def _exchanging(rng: random.Random, digits: int) -> tuple[int, int]:
    """a − b with at least one exchange and no negative."""
    while True:
        a, b = number_with_digits(rng, digits), number_with_digits(rng, digits - rng.choice((0, 1)))
        if a > b and mis.smaller_from_larger(a, b) is not None:
            return a, b


def estimate_explain(rng: random.Random, level: Level) -> Item:
    """Level 1: check a subtraction with the inverse; level 2: spot a product far from its estimate; level 3:
    does rounding both numbers up give an upper bound? (yes for ×, not for −)."""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        a, b = _exchanging(rng, 3)
        wrong = mis.smaller_from_larger(a, b)
        claimed = a - b if rng.random() < 0.5 else wrong
        right = claimed == a - b
        back = claimed + b
        steps = [Step("Check with the inverse, adding back: ", eq(add(claimed, b), back), ".")]
        if right:
            model = f"adding {show(b)} back on to the answer gives {show(a)}, the number we started with."
        else:
            steps.append(Step(rel(back, "≠", a), ", so the subtraction is wrong: ", eq(sub(a, b), a - b), "."))
            model = f"adding {show(b)} back on to {show(claimed)} gives {show(back)}, not {show(a)}, so it is wrong."
        return explain_claim(
            who,
            f"{a} − {b} = {claimed}",
            right,
            steps,
            model,
            f"{a} − {b} = {claimed}",
            slips=[mis.accepts_smaller_from_larger.on(a, b, claimed)],
            hint=hint(level, "add the answer back on."),
        )
    if level == Level.EXPECTED:
        ra, rb = rng.randint(2, 9) * 100, rng.randint(2, 4) * 10
        a, b = ra + rng.choice([d for d in range(-12, 13) if d]), rb + rng.choice((-2, -1, 1, 2))
        product = a * b
        slip = mis.place_value_slip_long_multiplication(a, b)
        claimed = product if rng.random() < 0.5 or slip is None else slip
        right = claimed == product
        estimate = ra * rb
        steps: list[str | Step] = [
            Step("Estimate: ", rel(mul(a, b), "≈", mul(ra, rb), "=", estimate), "."),
            Step(eq(mul(a, b), product)),
        ]
        if right:
            model = f"{show(claimed)} is close to the estimate {show(estimate)}, and working it out gives the same."
        else:
            model = f"{show(claimed)} is far below the estimate {show(estimate)}; the tens row lost its 0."
        return explain_claim(who, f"{show(a)} × {b} = {show(claimed)}", right, steps, model, f"{a} × {b} = {claimed}")
    if rng.random() < 0.5:
        a, b = number_with_digits(rng, 4), rng.randint(12, 89)
        ra, rb = -(-a // 1000) * 1000, -(-b // 10) * 10
        a, b = (a + 1, b + 1) if a == ra or b == rb else (a, b)
        claim = f"{show(a)} × {b} is less than {show(ra)} × {rb}, because I rounded both numbers up."
        steps = [
            Step(eq(mul(ra, rb), ra * rb)),
            Step(eq(mul(a, b), a * b)),
            Step(f"{show(a)} went up by ", eq(sub(ra, a), ra - a), f" and {b} by ", eq(sub(rb, b), rb - b), "."),
            Step("Both numbers went up, so the product went up: ", rel(a * b, "<", ra * rb), "."),
        ]
        model = "making both numbers of a multiplication bigger makes the product bigger, so the estimate is above."
        return explain_claim(who, claim, True, steps, model, f"{a} × {b} < {ra} × {rb}")
    ra = rng.randint(3, 9) * 1000
    a = ra - rng.randint(10, 150)
    rb = rng.randint(1, ra // 1000 - 1) * 1000
    b = rb - rng.randint(600, 950)
    claim = f"{show(a)} − {show(b)} is less than {show(ra)} − {show(rb)}, because I rounded both numbers up."
    steps = [
        Step(eq(sub(ra, rb), ra - rb)),
        Step(eq(sub(a, b), a - b)),
        Step(f"{show(a)} went up by ", eq(sub(ra, a), ra - a), f" and {show(b)} by ", eq(sub(rb, b), rb - b), "."),
        Step(rel(a - b, ">", ra - rb), f": {show(b)} went up by {rb - b}, more than {show(a)} did, "),
        "so the estimate took away too much.",
    ]
    model = "rounding up the number you take away makes the answer smaller, so the estimate can be below the answer."
    return explain_claim(who, claim, False, steps, model, f"{a} − {b} < {ra} − {rb}")


def subtraction_explain(rng: random.Random, level: Level) -> Item:
    """Level 1: a difference found by taking the smaller digit from the larger; level 2: what happens to a
    difference when one number changes; level 3: how many digits can a difference have?"""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        a, b = _exchanging(rng, 3)
        claimed = a - b if rng.random() < 0.5 else mis.smaller_from_larger(a, b)
        right = claimed == a - b
        steps = [Step(eq(sub(a, b), a - b), " (exchange where the top digit is smaller).")]
        model = (
            f"exchanging where the top digit is smaller gives {a - b}, and adding {b} back on gives {a}."
            if right
            else f"they took the smaller digit from the larger; exchanging gives {a - b}, and {b} more is {a}."
        )
        return explain_claim(
            who,
            f"{a} − {b} = {claimed}",
            right,
            steps,
            model,
            f"{a} − {b} = {claimed}",
            slips=[mis.accepts_smaller_from_larger.on(a, b, claimed)],
            hint=hint(level, "check by adding the answer back on."),
        )
    if level == Level.EXPECTED:
        a, b = _exchanging(rng, rng.choice((4, 5)))
        c = a - b
        change = rng.choice((10, 100))
        if rng.random() < 0.5:
            claim = f"{show(a)} − {show(b)} = {show(c)}, so {show(a)} − {show(b + change)} = {show(c + change)}."
            steps = [Step(eq(sub(a, b), c)), Step(eq(sub(a, b + change), c - change))]
            model = f"taking away {change} more leaves {change} less, so the answer is {show(c - change)}."
            return explain_claim(who, claim, False, steps, model, f"{a} − {b + change} = {c + change}")
        claim = f"{show(a)} − {show(b)} = {show(c)}, so {show(a + change)} − {show(b)} = {show(c + change)}."
        steps = [Step(eq(sub(a, b), c)), Step(eq(sub(a + change, b), c + change))]
        model = f"starting with {change} more and taking away the same leaves {change} more."
        return explain_claim(who, claim, True, steps, model, f"{a + change} − {b} = {c + change}")
    if rng.random() < 0.5:
        a = rng.randint(10_000, 14_000)
        b = rng.randint(a - 9_999 + 500, 9_999)
        c, d = rng.randint(50_000, 99_999), rng.randint(1_000, 9_999)
        claim = "When you take a 4-digit number from a 5-digit number, the answer always has 5 digits."
        steps = [
            Step(eq(sub(c, d), c - d), ", which has 5 digits, "),
            Step("but ", eq(sub(a, b), a - b), f", which has {len(str(a - b))} digits."),
            Step("Check by adding back: ", eq(add(a - b, b), a), "."),
        ]
        model = f"taking {show(b)} from {show(a)} leaves {show(a - b)}, which has only 4 digits, so not always."
        return explain_claim(who, claim, False, steps, model, f"{a} − {b} > 9999")
    claim = "When you take a 3-digit number from a 5-digit number, the answer always has at least 4 digits."
    steps = [
        "The smallest answer takes the biggest 3-digit number from the smallest 5-digit number:",
        Step(eq(sub(10_000, 999), 9_001), ", which has 4 digits."),
        Step("Check by adding back: ", eq(add(9_001, 999), 10_000), "."),
        Step("Any other answer is bigger, such as ", eq(sub(99_999, 100), 99_899), "."),
    ]
    model = "even the smallest 5-digit number take away the biggest 3-digit number leaves 9,001, which has 4 digits."
    return explain_claim(who, claim, True, steps, model, "10000 − 999 > 999")


def division_explain(rng: random.Random, level: Level) -> Item:
    """Remainders in context: level 1 rounds up (cars needed); level 2 rounds down (full boxes); level 3 writes a
    remainder as decimal digits."""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        k = contexts.get("car_seats").draw(rng, "children")
        q, r = rng.randint(4, 12), rng.randint(1, k - 1)
        n = q * k + r
        claimed = q if rng.random() < 0.5 else q + 1
        right = claimed == q + 1
        claim = f"{n} children are going to the farm in cars that take {k} children each. We need {claimed} cars."
        steps = [
            Step(eq(div(n, k), Remainder(q, r)), "."),
            f"{q} cars take {q * k} children; the {r} left over need one more car.",
            Step(eq(add(q, 1), q + 1), " cars."),
        ]
        model = f"{q} cars leave {r} children behind, so one more car is needed: {q + 1} cars."
        return explain_claim(
            who,
            claim,
            right,
            steps,
            model,
            f"{q} + 1 = {claimed}",
            slips=[mis.remainder_dropped_in_context.on(n, k, claimed)],
            hint=hint(level, "will everyone fit?"),
        )
    if level == Level.EXPECTED:
        box = rng.choice(("egg_box", "egg_tray"))  # boxes of 6 or 12
        k = contexts.get(box).draw(rng, "eggs")
        q, r = rng.randint(12, 60), rng.randint(1, k - 1)
        n = q * k + r
        contexts.used(box, laid=n, boxes=q)
        claimed = q if rng.random() < 0.5 else q + 1
        right = claimed == q
        claim = f"A farm packs {n} eggs into boxes of {k}. That fills {claimed} boxes."
        steps = [
            Step(eq(div(n, k), Remainder(q, r)), "."),
            f"Only {q} boxes are full; the {r} eggs left over do not fill a box.",
        ]
        model = f"{q} boxes take {q * k} eggs and the other {r} cannot fill a box, so {q} boxes are filled."
        return explain_claim(who, claim, right, steps, model, f"{n} − {r} = {claimed} × {k}")
    k = rng.choice((4, 6, 7, 8, 9, 11, 12))
    q, r = rng.randint(100, 400), rng.randint(1, k - 1)
    n = q * k + r
    claim = f"{show(n)} ÷ {k} = {q} r {r}, so {show(n)} ÷ {k} = {q}.{r}"
    steps = [
        Step(eq(div(n, k), Remainder(q, r)), "."),
        Step(
            f"The {r} left over is shared too, so it is {r} out of {k}, not {r} tenths: ",
            eq(div(n, k), frac(n, k, mixed=True)),
            ".",
        ),
    ]
    model = f"the remainder {r} means {r} out of {k}, a fraction {r}/{k}, not {r} tenths, so {q}.{r} is wrong."
    return explain_claim(who, claim, False, steps, model, f"{n} ÷ {k} = {q}.{r}")


def order_explain(rng: random.Random, level: Level) -> Item:
    """Level 1: + and × worked left to right; level 2: a bracket multiplied out (or not); level 3: when do
    brackets change the answer?"""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        a, b, c = rng.randint(2, 12), rng.randint(2, 9), rng.randint(2, 9)
        right_value = a + b * c
        wrong = (a + b) * c
        claimed = right_value if rng.random() < 0.5 else wrong
        steps = [Step("Multiply first: ", eq(mul(b, c), b * c), "."), Step(eq(add(a, mul(b, c)), right_value))]
        model = f"multiply before adding: work out {b} times {c} first, then add {a} to it."
        return explain_claim(
            who,
            f"{a} + {b} × {c} = {claimed}",
            claimed == right_value,
            steps,
            model,
            f"{a} + {b} × {c} = {claimed}",
            slips=[mis.accepts_left_to_right.on((a, "+", b, "×", c), claimed)],
            hint=hint(level, "which do you do first, + or ×?"),
        )
    if level == Level.EXPECTED:
        a, b, c = rng.randint(3, 9), rng.randint(5, 20), rng.randint(2, 12)
        left = mul(a, group(add(b, c)))
        if rng.random() < 0.5:
            right_expr, truth = add(mul(a, b), mul(a, c)), True
            model = f"the {a} multiplies both numbers in the bracket, {b} and {c}, so both products are added."
        else:
            right_expr, truth = add(mul(a, b), c), False
            model = f"the {a} must multiply both {b} and {c}, but only {b} was multiplied by {a}."
        steps = [Step(eq(left, a * (b + c))), Step(eq(right_expr, _value(right_expr)))]
        text = f"{render(left)} = {render(right_expr)}"
        return explain_claim(who, text, truth, steps, model, text)
    a, b, c = rng.randint(120, 999), rng.randint(15, 99), rng.randint(12, 99)
    c = c + 1 if c == b else c
    form = rng.choice(("minus_plus", "minus_minus", "times_divide"))
    if form == "minus_plus":
        left, right_expr, truth = add(sub(a, b), c), sub(a, group(add(b, c))), False
        model = f"the brackets take away {c} as well as {b}, so the answer is {2 * c} less."
    elif form == "minus_minus":
        left, right_expr, truth = sub(sub(a, b), c), sub(a, group(add(b, c))), True
        model = f"taking away {b} and then {c} is the same as taking away {b} + {c} at once."
    else:
        b, c = rng.randint(5, 20), rng.randint(2, 12)
        b, a = b * c, a // 10
        left, right_expr, truth = div(mul(a, b), c), mul(a, group(div(b, c))), True
        model = f"dividing the product by {c} is the same as dividing {b} by {c} first."
    steps = [Step("Left: ", *_worked(left)), Step("Right: ", *_worked(right_expr))]
    lv, rv = _value(left), _value(right_expr)
    steps.append(
        Step(
            "So the two sides are ",
            "equal: " if truth else "not equal: ",
            rel(lv, "=" if truth else "≠", rv, restates=truth),
            ".",
        )
    )
    text = f"{render(left)} = {render(right_expr)}"
    return explain_claim(who, text, truth, steps, model, text)


def _worked(expr: Op) -> list:
    """An expression worked one operation at a time: the operation inside it first, then the whole."""
    inner = [p for p in (expr.left, expr.right) if isinstance(p, (Op, Group))]
    if not inner:
        return [eq(expr, _value(expr))]
    first = inner[0].inner if isinstance(inner[0], Group) else inner[0]
    return [eq(first, _value(first)), ", so ", eq(expr, _value(expr))]


def _value(expr: object) -> int:
    from ks2practice.core.steps import value_of

    return int(value_of(expr).value)  # type: ignore[arg-type]
