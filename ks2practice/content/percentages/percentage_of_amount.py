"""Percentages of amounts (and the whole from a percentage)."""

from __future__ import annotations

import math
import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.common import money
from ks2practice.content.decimals.common import dec, offer_pictures, with_pictures
from ks2practice.content.misconceptions.catalogue import Mechanism
from ks2practice.content.misconceptions.decimals_percent_ratio import judging
from ks2practice.content.percentages import reasoning_items as reasoned
from ks2practice.content.percentages.common import RANGES
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, add, div, eq, mul, of, q, rel, sub
from ks2practice.core.steps import money as money_step
from ks2practice.pictures.diagrams import BarModel, Diagram

# ---------------------------------------------------------------------- percentage of an amount


def _percent_and_amount(rng: random.Random, level: Level, money_: bool = False) -> tuple[int, int]:
    row = RANGES["of_amount"][int(level)]
    percent = rng.choice(row["percents"])  # type: ignore[arg-type]
    low, high, step = row["amounts"]  # type: ignore[misc]
    amount = rng.randrange(low, high + 1, step)
    if level == Level.WORKING_TOWARDS and percent in (25, 50, 75):
        amount = amount // 20 * 20 or 20  # quarters and halves of multiples of 20 are whole
    if level == Level.EXPECTED and percent % 10:
        amount = amount // 40 * 40 or 40  # 5% steps need an amount that halves after finding 10%
    if amount == 100:  # p% of 100 is p: nothing to work out
        amount = 120 if level < 3 else 200
    if money_:
        amount *= 100 if level < 3 else rng.choice((10, 25))  # pence
    return percent, amount


def _bar(percent: int, whole: int | str, unit: str = "", part: int | None = None) -> BarModel | None:
    """A bar cut into the equal parts that show the percentage: halves, quarters, fifths or tenths."""
    fitting = [n for n in (2, 4, 5, 10) if percent * n % 100 == 0]
    if not fitting and percent % 5:
        return None
    parts = fitting[0] if fitting else 10  # 15%: tenths of the bar, then half of one more
    if whole == "?":
        size = Fraction(part or 0) * 100 / percent / parts
        return BarModel("?", ("",) * parts, sizes=(size,) * parts, unit=unit)
    return BarModel(whole, ("",) * parts, unit=unit)


def _num(value: Fraction | int) -> int | Decimal:
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else dec(value)


def _of_steps(percent: int, amount: int, unit: str = "") -> list[str]:
    """Find a percentage from known parts: a half, a quarter, 10% (and 5% as half of it), or 1%."""

    def say(value: Fraction | int) -> Num:
        value = Fraction(value)
        if unit == "money":
            return money_step(int(value)) if value.denominator == 1 else q(dec(value), "p")
        return q(_num(value), unit)

    whole, result = say(amount), say(Fraction(percent * amount, 100))
    tenth = say(Fraction(amount, 10))
    if percent == 50:
        return [Step("50% is a half: ", eq(div(whole, 2), result))]
    if percent in (25, 75):
        quarter = say(Fraction(amount, 4))
        steps = [Step("25% is a quarter: ", eq(div(whole, 4), quarter))]
        return steps + ([Step(eq(of(q(75, "%"), whole), mul(3, quarter), result))] if percent == 75 else [])
    if percent % 10 == 0:
        steps = [Step(eq(of(q(10, "%"), whole), tenth))]
        times = Step(eq(of(q(percent, "%"), whole), mul(percent // 10, tenth), result))
        return steps + ([times] if percent > 10 else [])
    if percent % 5 == 0:
        half = say(Fraction(amount, 20))
        first = Step(eq(of(q(10, "%"), whole), tenth), ", so ", eq(of(q(5, "%"), whole), div(tenth, 2), half))
        if percent == 5:
            return [first]
        return [first, Step(eq(of(q(percent, "%"), whole), add(mul(percent // 10, tenth), half), result))]
    one = say(Fraction(amount, 100))
    first = Step(eq(of(q(1, "%"), whole), one))
    return [first] if percent == 1 else [first, Step(eq(of(q(percent, "%"), whole), mul(percent, one), result))]


def _route_tip(percent: int) -> str:
    """The hint for the route _of_steps takes, so the hint and the worked solution never disagree."""
    if percent == 50:
        return "50% is a half, so divide by 2."
    if percent in (25, 75):
        return "25% is a quarter, so divide by 4 first."
    if percent % 5 == 0:
        return "find 10% first by dividing by 10."
    return "find 1% first by dividing by 100."


_OF_SLIPS = (mis.percentage_as_subtraction, mis.percent_as_number, mis.percentage_as_division)


def _of_slips(percent: int, amount: int, pence: bool = False) -> list[tuple[Mechanism, Fraction]]:
    """The mechanisms that give a wrong answer here, with it (worked in pounds for money, kept only in whole pence)."""
    scale = 100 if pence else 1
    out = []
    for made in _OF_SLIPS:
        wrong = made(percent, amount, scale=scale)
        if wrong is not None and _terminates(wrong) and (not pence or wrong.denominator == 1):
            out.append((made, wrong))
    return out


def _terminates(value: Fraction) -> bool:
    """Whether a value has an exact decimal (a claim in a prompt must be written exactly)."""
    return (value * 10**6).denominator == 1


def _exact_answer(value: Fraction) -> Answer:
    return WholeNumber(int(value)) if value.denominator == 1 else DecimalNumber(dec(value))


# (story, unit: '' a count, 'money' pence, or a metric unit)
# (story, unit, context, quantity): every amount a reader would judge comes from the context bank
_OF_STORIES = (
    (
        "There are {a} pupils in a school. {p}% of them walk to school. How many pupils walk?",
        "",
        "primary_pupils",
        "pupils",
    ),
    (
        "A coat costs {a}. In a sale it has {p}% off. How much money is taken off the price?",
        "money",
        "sale_prices",
        "coat",
    ),
    ("A water tank holds {a}. It is {p}% full. How much water is in the tank?", "l", "home_water_tank", "water"),
    (
        "A farmer has {a} sheep. {p}% of them had lambs this spring. How many of the sheep had lambs?",
        "",
        "sheep_flock",
        "sheep",
    ),
    (
        "{n} has saved {a}. {n} spends {p}% of it on presents. How much does {n} spend on presents?",
        "money",
        "savings_spent",
        "saved",
    ),
    (
        "A cycle path is {a} long. {p}% of it has been resurfaced. How long is the resurfaced part?",
        "m",
        "cycle_path",
        "length",
    ),
    (
        "A farm shop has {a} of potatoes. {p}% of them are sold. What mass of potatoes is sold?",
        "kg",
        "farm_shop",
        "potatoes",
    ),
)
_SALE_THINGS = ("bike", "pair of trainers", "tablet", "tent", "scooter", "coat")


def _story_amount(rng: random.Random, level: Level, percent: int, unit: str, context: str, quantity: str) -> int:
    """The whole amount, drawn from its context: whole answers for counted things and money (a whole number of pence,
    whole pounds below level 3), nice amounts at levels 1 and 2."""
    low, high, _ = RANGES["of_amount"][int(level)]["amounts"]  # type: ignore[misc]
    step = 100 // math.gcd(percent, 100)
    if unit == "money":
        low, high = low * 100, high * 100
        step = step * 100 if level < 3 else math.lcm(step, 10)  # whole pounds of answer below level 3
    elif level < 3:
        step = math.lcm(step, 10)
    elif unit:  # a length, mass or capacity: a decimal answer is fine (7% of 130 m is 9.1 m)
        step = 10
    if level == Level.GREATER_DEPTH and unit != "money":
        low = max(low, 300)  # hundreds, not a hundred and something
    drawn = contexts.get(context)
    lo, hi = drawn.span(quantity, low, high)
    if -(-lo // step) > hi // step:  # the level's sizes miss this context: the context's own range
        lo, hi = drawn.span(quantity)
    amount = drawn.draw(rng, quantity, lo, hi, step=step)
    for _ in range(20):  # p% of 100 is p, and whole hundreds are easy: level 3 works harder
        if level < 3 or amount % 100:  # not 100 or 200 kg, not whole pounds
            break
        amount = drawn.draw(rng, quantity, lo, hi, step=step)
    return amount


def _amount_text(value: int | Fraction, unit: str) -> str:
    if unit == "money":
        return money(int(value))
    return f"{show(value)} {unit}" if unit else show(value)


def _of_answer(value: Fraction, unit: str) -> Answer:
    if unit == "money":
        return Money(int(value))
    if unit:
        return Measure(dec(value), unit, unit_required=False)
    return _exact_answer(value)


offer_pictures(
    "percentage_of_amount",
    {"bar_model": {1: ("fluency", "word_problem", "missing_number"), 2: ("fluency", "word_problem")}},
)


@topic(
    "percentages.percentage_of_amount",
    title="Percentages of amounts (and the whole from a percentage)",
    codes=("6R2", "5F11"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "spot_the_mistake",
        "same_different",
        "always_sometimes_never",
        "word_problem",
        "two_step_word_problem",
    ),
    representations=("bar_model",),
)
@with_pictures("percentage_of_amount")
def percentage_of_amount(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    if style == "always_sometimes_never":
        return reasoned.percent_asn(rng, level), {}
    if style == "same_different":
        return _same_different(rng, level), {}
    percent, amount = _percent_and_amount(rng, level)
    result = Fraction(percent * amount, 100)
    tip = _route_tip(percent)
    if style == "fluency":
        answer = _exact_answer(result)
        prompt = f"Find {percent}% of {show(amount)}." + hint(level, tip)
        steps = _of_steps(percent, amount)
        check = f"{show(amount)} × {percent} ÷ 100"
        bar = _bar(percent, amount)
        predicted = mis.predictions(answer, *(made.on(percent, amount) for made, _ in _of_slips(percent, amount)))
        item = make(prompt, answer, steps, style, check, predicted=predicted)
        return item, ({"bar_model": bar} if bar else {})
    if style == "missing_number":
        if level == Level.WORKING_TOWARDS or rng.random() < 0.5:  # the whole from a part
            answer: Answer = WholeNumber(amount)
            equation = f"{percent}% of □ = {show(result)}"
            prompt = f"What number goes in the box? {equation}" + hint(level, "draw a bar for the whole.")
            part = _num(result)
            steps = [
                Step(f"{percent}% is ", part, ", so 1% is ", eq(div(part, percent), _num(result / percent)), "."),
                Step("100% is ", eq(mul(100, _num(result / percent)), amount), "."),
            ]
            if percent % 10 == 0:
                tenth = _num(result * 10 / percent)
                # From 10% itself there is no step to 10%: go straight to the whole.
                steps = [
                    *(
                        [Step(f"{percent}% is ", part, ", so 10% is ", eq(div(part, percent // 10), tenth), ".")]
                        if percent != 10
                        else []
                    ),
                    Step("10% is ", tenth, ", so 100% is ", eq(mul(10, tenth), amount), "."),
                ]
            check = f"□ × {percent} ÷ 100 = {show(result)}"
            bar = _bar(percent, "?", part=int(result)) if result.denominator == 1 else None
            # Adding the percentage to the part is its own mistake, not "took the percentage away".
            predicted = mis.predictions(answer, mis.percentage_added_for_whole.on(percent, result))
            return make(prompt, answer, steps, style, check, predicted=predicted), ({"bar_model": bar} if bar else {})
        answer = WholeNumber(percent)
        equation = f"□% of {show(amount)} = {show(result)}"
        prompt = f"What number goes in the box? {equation}"
        steps = [
            Step(
                f"{show(result)} out of {show(amount)} is ",
                eq(div(_num(result), amount), Fraction(result, amount), q(percent, "%")),
                ".",
            ),
        ]
        return make(prompt, answer, steps, style, f"{show(amount)} × □ ÷ 100 = {show(result)}"), {}
    if style == "spot_the_mistake":
        slips = [s for s in _of_slips(percent, amount) if s[1] > 0]
        made, wrong = rng.choice(slips)
        who = name(rng)
        # The worked mistake and its explanation both come from the one mechanism on these numbers.
        method = {
            "percentage_as_subtraction": f"{show(amount)} − {percent} = {show(wrong)}",
            "percent_as_number": f"{percent}% of {show(amount)} is {percent}",
            "percentage_as_division": f"{show(amount)} ÷ {percent} = {show(wrong)}",
        }[made.id]
        answer = _exact_answer(result)
        prompt = (
            f"{who} worked out {percent}% of {show(amount)} like this: {method}. "
            "Find the mistake and write the correct answer." + hint(level, tip)
        )
        mistake = made.feedback_for(percent, amount).replace("They ", f"{who} ", 1)
        steps = [f"The mistake: {mistake}", *_of_steps(percent, amount)]
        check = f"{show(amount)} × {percent} ÷ 100"
        return make(
            prompt, answer, steps, style, check, predicted=mis.predictions(answer, made.on(percent, amount))
        ), {}
    if style == "true_or_false":
        slips = [s for s in _of_slips(percent, amount) if s[1] > 0]
        slip = rng.choice(slips) if slips and rng.random() < 0.5 else None
        claim = slip[1] if slip else result
        truth = claim == result
        answer = TrueFalse(truth)
        prompt = f"True or false? {percent}% of {show(amount)} = {show(claim)}" + hint(level, tip)
        steps = [*_of_steps(percent, amount), f"So the statement is {truth_word(truth)}."]
        if not truth:
            steps[-1] = Step(rel(_num(claim), "≠", _num(result)), ", so the statement is false.")
        # A true claim is called false by every mistake alike: only the claim a mistake made is diagnosed.
        predicted = mis.predictions(answer, judging(slip[0]).on(percent, amount, claim=claim)) if slip else ()
        check = f"{show(amount)} × {percent} ÷ 100 = {show(claim)}"
        return make(prompt, answer, steps, style, check, predicted=predicted), {}
    story, unit, context, quantity = rng.choice(_OF_STORIES)
    percent, _ = _percent_and_amount(rng, level)
    if unit == "" and level == Level.GREATER_DEPTH:
        percent = rng.choice((12, 16, 24, 28, 36, 48, 64, 72))  # of a school or flock: a share that counts whole
    if "% off" in story:
        percent = min(percent, 100 - percent)  # at most half off, as in real sales (98% off a coat is no sale)
    amount = _story_amount(rng, level, percent, unit, context, quantity)
    result = Fraction(percent * amount, 100)
    tip = _route_tip(percent)  # the story drew its own percentage: the hint follows it
    who = name(rng)
    if style == "word_problem":
        answer = _of_answer(result, unit)
        prompt = story.format(a=_amount_text(amount, unit), p=percent, n=who) + hint(level, tip)
        steps = _of_steps(percent, amount, unit)
        steps.append(f"Answer: {answer.format()}")
        check = f"{show(amount)} × {percent} ÷ 100"
        scale = 100 if unit == "money" else 1
        slips = [made.on(percent, amount, scale=scale) for made, _ in _of_slips(percent, amount, pence=scale == 100)]
        bar = _bar(percent, amount, "£" if unit == "money" else unit)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return item, ({"bar_model": bar} if bar else {})
    # two steps: the price after a discount (at most half off, as in real sales), from the bank's prices
    percent = min(percent, 100 - percent)
    thing = rng.choice(_SALE_THINGS)
    tip = _route_tip(percent)
    whole_off = 100 // math.gcd(percent, 100)  # pounds (or pence at level 3) that make the discount whole
    price = contexts.get("sale_prices").draw(rng, thing, step=whole_off * 100 if level < 3 else whole_off)
    for _ in range(20):  # level 3: pounds and pence
        if level < 3 or price % 100:
            break
        price = contexts.get("sale_prices").draw(rng, thing, step=whole_off)
    off = price * percent // 100
    answer = Money(price - off)
    prompt = f"A {thing} costs {money(price)}. In a sale it has {percent}% off. What is the sale price?" + hint(
        level, tip
    )
    steps = [
        *_of_steps(percent, price, "money"),
        Step(eq(sub(money_step(price), money_step(off)), money_step(price - off))),
    ]
    predicted = mis.predictions(answer, mis.discount_as_pounds_off.on(percent, price))
    return make(prompt, answer, steps, style, f"{price} − {price} × {percent} ÷ 100", predicted=predicted), {}


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: x% of y and y% of x (always equal), or two percentages of one amount."""
    if level == Level.GREATER_DEPTH:
        return _swapped(rng) if rng.random() < 0.5 else _scaled(rng)
    tens = (10, 20, 25, 50) if level == Level.WORKING_TOWARDS else (10, 20, 25, 30, 40, 50, 60, 75, 80)
    x, y = rng.sample(tens, 2)
    if level == Level.WORKING_TOWARDS or rng.random() < 0.5:  # x% of y and y% of x: x × y ÷ 100 both ways
        value = Fraction(x * y, 100)
        steps = [
            Step(eq(of(q(x, "%"), y), div(mul(x, y), 100), value), "."),
            Step(eq(of(q(y, "%"), x), div(mul(y, x), 100), value), "."),
            "Both are the two numbers multiplied, then divided by 100, so they are always equal.",
        ]
        statements = [
            (f"The same value: both are {x} × {y} ÷ 100.", True),
            (
                f"{y}% of {x} is bigger, because {y}% is the bigger percentage."
                if y > x
                else f"{x}% of {y} is bigger, because {x}% is the bigger percentage.",
                False,
            ),
            ("They are different, because the percentages are different.", False),
        ]
        return same_different(
            rng, f"{x}% of {y} and {y}% of {x}", statements, steps, f"{x} × {y} ÷ 100 = {y} × {x} ÷ 100"
        )
    amount = rng.choice((40, 60, 80, 120, 200, 240, 360, 400))
    low, high = sorted((x, y))
    steps = [
        Step(eq(of(q(low, "%"), amount), Fraction(low * amount, 100)), "."),
        Step(eq(of(q(high, "%"), amount), Fraction(high * amount, 100)), "."),
        Step(
            "So ", rel(of(q(high, "%"), amount), ">", of(q(low, "%"), amount)), ": more hundredths of the same amount."
        ),
    ]
    statements = [
        (f"The same amount, but {high}% is more of it, so {high}% of {amount} is bigger.", True),
        ("The same value, because the amount is the same.", False),
        (f"{low}% of {amount} is bigger, because it is a smaller share to take away.", False),
    ]
    pair = (
        f"{low}% of {amount} and {high}% of {amount}"
        if rng.random() < 0.5
        else f"{high}% of {amount} and {low}% of {amount}"
    )
    return same_different(rng, pair, statements, steps, f"{high} × {amount} ÷ 100 > {low} × {amount} ÷ 100")


# Greater depth (NCETM, Year 6 percentages): use the structure of "p% of A" rather than work each side the same way:
# swap x% of y for y% of x when that is the easier one, and see that p% of A = (k × p)% of (A ÷ k).


def _swapped(rng: random.Random) -> Item:
    """x% of y, hard straight away, beside y% of x, an easy quarter, half or three quarters of x: the same value."""
    x = rng.choice((4, 8, 12, 16, 24, 28, 32, 36, 44, 48))
    y = rng.choice((25, 50, 75))
    value = Fraction(x * y, 100)
    steps = [
        Step(
            "Swap the numbers round: ",
            eq(of(q(x, "%"), y), div(mul(x, y), 100), div(mul(y, x), 100), of(q(y, "%"), x)),
            ".",
        ),
        *_of_steps(y, x),
        Step("So ", eq(of(q(x, "%"), y), value), " too: the swap finds it with an easy fraction."),
    ]
    bigger = f"{x}% of {y}" if y > x else f"{y}% of {x}"
    statements = [
        (f"The same value, and {y}% of {x} is the easier way to work it out.", True),
        (f"{bigger} is bigger, because it takes a percentage of the bigger number.", False),
        ("They are different, because the percentages are different.", False),
    ]
    pair = f"{x}% of {y} and {y}% of {x}" if rng.random() < 0.5 else f"{y}% of {x} and {x}% of {y}"
    return same_different(rng, pair, statements, steps, f"{x} × {y} ÷ 100 = {y} × {x} ÷ 100")


def _scaled(rng: random.Random) -> Item:
    """p% of A beside (k × p)% of (A ÷ k): the percentage k times as big, the amount k times as small."""
    while True:
        p, k = rng.choice((5, 15, 20, 25, 30, 35, 45)), rng.choice((2, 3, 4))
        amount = k * rng.choice((40, 60, 80, 120, 160, 180, 200))
        if p * k < 100 and p * amount % 100 == 0:  # whole values: p × amount = (k × p) × (amount ÷ k)
            break
    other, part = p * k, amount // k
    times = {
        2: "the percentage is doubled and the amount is halved",
        3: "the percentage is 3 times as big and the amount is a third as big",
    }.get(k, "the percentage is 4 times as big and the amount is a quarter as big")
    steps = [
        *_of_steps(p, amount),
        *_of_steps(other, part),
        Step(
            "So ",
            eq(of(q(p, "%"), amount), of(q(other, "%"), part)),
            f": {times}, so the value stays the same.",
        ),
    ]
    statements = [
        (f"The same value: {times}.", True),
        (f"{other}% of {part} is bigger, because {other}% is the bigger percentage.", False),
        (f"{p}% of {amount} is bigger, because {amount} is the bigger amount.", False),
    ]
    pair = (
        f"{p}% of {amount} and {other}% of {part}" if rng.random() < 0.5 else f"{other}% of {part} and {p}% of {amount}"
    )
    return same_different(rng, pair, statements, steps, f"{p} × {amount} ÷ 100 = {other} × {part} ÷ 100")
