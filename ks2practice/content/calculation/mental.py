"""Mental addition and subtraction; mental multiplication and division (× and ÷ by 10, 100, 1000)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, DecimalNumber, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import reasoning_items as reasoning
from ks2practice.content.calculation.common import (
    RANGES,
    _amount,
    _count_answer,
    _decimal,
    _digits_number,
    _word,
    bank_use,
    fitting,
)
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import hint, make, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Num, Step, add, div, eq, mul, q, rel, sub

# (template, unit, context "id:first,second,answer" in contexts_calculation.toml): the numbers a story may tell.
MENTAL_ADD = (
    (
        "A library had {a} books. It was given {b} more. How many books does it have now?",
        "",
        "library_books:stock,gift,stock",
    ),
    (
        "A car had travelled {a}. It then travelled another {b}. How far has it travelled now?",
        "km",
        "car_odometer:distance,trip,distance",
    ),
    (
        "{name} had {a} points in a reading challenge and earned {b} more. How many points does {name} have now?",
        "",
        "reading_points:points,earned,points",
    ),
    (
        "A school had {a} pupils. {b} new pupils joined. How many pupils are there now?",
        "",
        "school_joiners:pupils,joined,pupils",
    ),
    (
        "A city had a population of {a}. It grew by {b}. What is the population now?",
        "",
        "city_growth:people,grew,people",
    ),
)
MENTAL_SUBTRACT = (
    ("A shop had {a} tins of beans and sold {b}. How many tins are left?", "", "shop_tins:tins,sold,tins"),
    (
        "A water tank held {a} of water and {b} leaked out. How much water is left?",
        "l",
        "water_tank:water,leaked,water",
    ),
    (
        "{name} had {a} points in a game and lost {b}. How many points does {name} have now?",
        "",
        "game_points:points,lost,points",
    ),
    (
        "A concert hall has {a} seats and {b} have been sold. How many seats are left?",
        "",
        "concert_hall:seats,sold,seats",
    ),
    ("A charity had {a} raffle tickets and sold {b}. How many are left?", "", "raffle:tickets,sold,tickets"),
)
MENTAL_COMPLEMENT = (
    (
        "A school wants to collect {a} bottle tops for a project. It has collected {b}. How many more does it need?",
        "",
        "bottle_tops:target,collected,collected",
    ),
    (
        "A road is {a} long. Workers have resurfaced {b} of it. How much is left to do?",
        "m",
        "road_works:length,done,done",
    ),
    (
        "A sponsored walk aims for {a} steps. {name} has walked {b} steps so far. How many more steps are needed?",
        "",
        "sponsored_walk:target,walked,walked",
    ),
)


# ---------------------------------------------------------------------- mental + and −


def _mental_pair(rng: random.Random, level: Level) -> tuple[int, str, int, str]:
    """A mental calculation: first number, sign, second number and the strategy it invites."""
    table = RANGES["mental_add_subtract"][int(level)]
    low, high = table["digits"]  # type: ignore[misc]
    a = _digits_number(rng, low, high)
    sign = rng.choice("+−")
    if level == Level.WORKING_TOWARDS:
        change = rng.choice(table["changes"])  # type: ignore[arg-type]
        b = change * rng.randint(1, 9 if change < 100 else 5)
        a = rng.randint(100, 999 - b) if sign == "+" else rng.randint(100 + b, 999)
        return a, sign, b, "place"
    kind = rng.choice(("round", "near", "complement"))
    if kind == "complement":
        total = rng.choice(table["complement"])  # type: ignore[arg-type]
        b = rng.randint(total // 10 + 1, total - 1)
        if rng.random() < 0.5:
            b = b // 5 * 5 or b
        return total, "−", b, "complement"
    if kind == "near":
        b = rng.choice(table["near"])  # type: ignore[arg-type]
        if sign == "−" and a <= b:
            a += b * 2
        return a, sign, b, "near"
    step = 10 ** rng.randint(1, len(str(a)) - 1)
    b = step * rng.randint(1, 9) + (step // 10 * rng.randint(1, 9) if level == Level.GREATER_DEPTH else 0)
    if sign == "−" and a <= b:
        sign = "+"
    return a, sign, b, "round"


def _op(sign: str, a: Expr | int | Decimal, b: Expr | int | Decimal) -> Expr:
    return {"+": add, "−": sub, "×": mul, "÷": div}[sign](a, b)


def _mental_steps(a: int, sign: str, b: int, kind: str, unit: str = "") -> list[Step]:
    """The worked steps of a mental calculation, in the story's unit when it has one."""

    def u(value: int) -> Num:
        return q(value, unit) if unit and unit != "money" else q(value)

    result = a + b if sign == "+" else a - b
    if kind == "near":
        friendly = b + (10 - b % 10) if b % 10 else b
        adjust = friendly - b
        first = Step(eq(u(b), sub(u(friendly), u(adjust))), ".")
        if sign == "+":
            return [
                first,
                Step(
                    eq(add(u(a), u(friendly)), u(a + friendly)),
                    f", then subtract {show(adjust)}: ",
                    eq(sub(u(a + friendly), u(adjust)), u(result)),
                ),
            ]
        return [
            first,
            Step(
                eq(sub(u(a), u(friendly)), u(a - friendly)),
                f", then add {show(adjust)} back: ",
                eq(add(u(a - friendly), u(adjust)), u(result)),
            ),
        ]
    if kind == "complement":
        jumps, current, place = [], b, 10
        while current < a:
            nxt = min(a, -(-current // place) * place) if current % place else current
            if nxt > current:
                jumps.append((current, nxt))
                current = nxt
            place *= 10
            if place > a:
                jumps.append((current, a)) if current < a else None
                break
        if len(jumps) < 2:
            return [Step(eq(sub(u(a), u(b)), u(result)))]
        counted: list = [f"Count on from {show(b)}: "]
        for x, y in jumps:
            counted += [eq(sub(u(y), u(x)), u(y - x)), ", then "]
        counted[-1] = "."
        return [Step(*counted), Step(eq(add(*(u(y - x) for x, y in jumps)), u(result)))]
    return [Step(eq(_op(sign, u(a), u(b)), u(result)))]


def _mental_slips(a: int, sign: str, b: int, kind: str) -> list[mis.Applied]:
    if kind == "complement":
        return [mis.complements_each_digit_to_ten.on(a, b)]
    if kind == "near":
        friendly = b + (10 - b % 10) if b % 10 else b
        return [mis.compensation_wrong_way.on(a, b, friendly, sign == "+")]
    if sign == "+":
        return [mis.no_exchange_addition.on(a, b)]
    return [mis.smaller_from_larger.on(a, b)]


def _verdict(value: int | Decimal, claim: int | Decimal, words: str = "the statement") -> Step | str:
    """The last line of a true-or-false item: the value found, and whether the claim matches it."""
    if value == claim:
        return f"So {words} is true."
    return Step(rel(value, "≠", claim), f", so {words} is false.")


@topic(
    "calculation.mental_add_subtract",
    title="Mental addition and subtraction",
    codes=("3C1", "3C4", "5C1"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "compare",
        "word_problem",
        "same_different",
        "always_sometimes_never",
    ),
    representations=pictures.kinds("mental_add_subtract"),
)
@pictures.pictured("mental_add_subtract")
def mental_add_subtract(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return reasoning.mental_same_different(rng, level)
    if style == "always_sometimes_never":
        return reasoning.mental_always_sometimes_never(rng, level)
    a, sign, b, kind = _mental_pair(rng, level)
    result = a + b if sign == "+" else a - b
    steps = _mental_steps(a, sign, b, kind)
    slips = _mental_slips(a, sign, b, kind)
    tip = "which digits change? Only cross into the next column if you need to."
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Work out {show(a)} {sign} {show(b)} in your head." + hint(level, tip)
        item = make(
            prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}", predicted=mis.predictions(answer, *slips)
        )
        return pictures.offer_sum(item, sign, a, b)
    if style == "missing_number":
        form = rng.choice(("first", "second"))
        if form == "second":
            answer = WholeNumber(b)
            equation = f"{show(a)} {sign} □ = {show(result)}"
            undo = sub(result, a) if sign == "+" else sub(a, result)
            steps = [Step(eq(undo, b)), f"So the missing number is {show(b)}."]
            # a + □ = c answered a + c: the same operation, not its inverse (for a − □ = c that slip is no slip)
            wrong = mis.wrong_inverse.on(a, result, True) if sign == "+" else None
        else:
            answer = WholeNumber(a)
            equation = f"□ {sign} {show(b)} = {show(result)}"
            back = "−" if sign == "+" else "+"
            steps = [Step("Use the inverse: ", eq(_op(back, result, b), a))]
            wrong = mis.wrong_inverse.on(b, result, sign == "+")
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        item = make(prompt, answer, steps, style, equation, predicted=mis.predictions(answer, wrong))
        return pictures.offer_sum(item, sign, a, b, "b" if form == "second" else "a")
    if style == "true_or_false":
        candidates = [s for s in slips if s.wrong() is not None and s.wrong() != result]
        slip = rng.choice(candidates) if candidates and rng.random() < 0.6 else None
        claim = int(slip.wrong()) if slip else result  # type: ignore[arg-type]
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(a)} {sign} {show(b)} = {show(claim)}" + hint(level, tip)
        steps = [*steps, _verdict(result, claim)]
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)} = {show(claim)}")
        return pictures.offer_sum(item, sign, a, b)
    if style == "compare":
        c, sign2, d, _ = _mental_pair(rng, level)
        other = c + d if sign2 == "+" else c - d
        if rng.random() < 0.15:  # sometimes the two sides are equal
            sign2, d = ("+", result - c) if result > c else ("−", c - result)
            other = result
        left, right = f"{show(a)} {sign} {show(b)}", f"{show(c)} {sign2} {show(d)}"
        answer = Comparison(sign_of(result, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, "work out each side first.")
        first, second = _op(sign, a, b), _op(sign2, c, d)
        steps = [
            Step(eq(first, result)),
            Step(eq(second, other)),
            Step("So ", rel(first, answer.sign, second, restates=True), "."),
        ]
        return make(prompt, answer, steps, style, f"{left} □ {right}")
    bank = MENTAL_ADD if sign == "+" else MENTAL_SUBTRACT
    if kind == "complement":
        bank = MENTAL_COMPLEMENT
    options = fitting(bank, a, b, result)
    options = [c for c in options if c[1] != "km" or level != Level.WORKING_TOWARDS] or options  # km from Year 4
    template, unit, spec = rng.choice(options or bank[-1:])
    bank_use(spec, a, b, result)
    answer = _count_answer(result, unit)
    prompt = _word(template, rng, a=_amount(a, unit), b=_amount(b, unit)) + hint(level, tip)
    steps = _mental_steps(a, sign, b, kind, unit)
    item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}", predicted=mis.predictions(answer, *slips))
    return pictures.offer_sum(item, sign, a, b, unit="£" if unit == "money" else "")


def _n(value: Fraction) -> int | Decimal:
    """An exact number for a step: whole numbers as int, decimals as Decimal (never a fraction here)."""
    return value.numerator if value.denominator == 1 else _decimal(value)


def _power_item(rng: random.Random, level: Level) -> tuple[str, Fraction, Fraction, int, bool, list, Expr]:
    """Multiply or divide by 10, 100 or 1000: (prompt expression, start, result, power, multiply, steps, sum)."""
    table = RANGES["mental_multiply_divide"][int(level)]
    factor = rng.choice(table["powers"])  # type: ignore[arg-type]
    power = len(str(factor)) - 1
    multiply = rng.random() < 0.5
    if not table["decimals"]:
        start = Fraction(rng.randint(2, 99) * (1 if multiply else factor) * (1 if rng.random() < 0.7 else 10))
        if not multiply and start % factor:
            start = start * factor
    else:
        places = rng.randint(1, 2 if level == Level.EXPECTED else 3)
        start = Fraction(rng.randint(1, 999), 10**places)
        while start.denominator == 1 or start < Fraction(1, 100):
            start = Fraction(rng.randint(11, 99), 10)
    # KS2 stops at three decimal places (issue #15: 0.719 ÷ 100): a division that would pass them divides by less,
    # and the same digits moved the wrong way (the misconception) must stay within them too
    fits = [f for f in table["powers"] if _places(start / f) <= 3 and _places(start * f) <= 3]  # type: ignore[union-attr]
    if table["decimals"] and factor not in fits:
        factor = rng.choice(fits) if fits else factor
        power = len(str(factor)) - 1
        if not fits:
            start = Fraction(rng.randint(11, 99), 10)
            factor, power = 10, 1
    result = start * factor if multiply else start / factor
    sign = "×" if multiply else "÷"
    way = "left" if multiply else "right"
    shown = _op(sign, _n(start), factor)
    steps = [
        f"{sign} {show(factor)} moves every digit {power} place{'s' if power > 1 else ''} to the {way}.",
        Step(eq(shown, _n(result))),
    ]
    return f"{show(start)} {sign} {show(factor)}", start, result, power, multiply, steps, shown


def _places(value: Fraction) -> int:
    """Decimal places of a value with a power-of-ten denominator (0 for a whole number)."""
    places = 0
    while value.denominator > 1:
        value, places = value * 10, places + 1
    return places


def _exact(value: object) -> Fraction:
    """The exact value of a number or of a number written as text ('2.50', '1,200')."""
    if isinstance(value, str):
        return Fraction(Decimal(value.replace(",", "").replace("−", "-")))
    return Fraction(value)  # type: ignore[arg-type]


def _number_answer(value: Fraction) -> Answer:
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(_decimal(value))


def _scaled_fact(rng: random.Random, level: Level) -> tuple[str, Fraction, list, list[mis.Applied], Expr]:
    """A multiplication or division from a known fact scaled by 10s: 30 × 4, 3,600 ÷ 9, 70 × 800."""
    a, b = rng.randint(2, 9 if level == Level.WORKING_TOWARDS else 12), rng.randint(2, 9)
    if level == Level.WORKING_TOWARDS:
        za, zb = 1, 0
    elif level == Level.EXPECTED:
        za, zb = rng.choice(((2, 0), (1, 1), (3, 0)))
    else:
        za, zb = rng.choice(((2, 1), (1, 2), (2, 2), (3, 1)))
    x, y = a * 10**za, b * 10**zb
    if rng.random() < 0.5:
        value = Fraction(x * y)
        text = f"{show(x)} × {show(y)}"
        steps = [Step(eq(mul(a, b), a * b)), Step(eq(mul(x, y), mul(a * b, 10 ** (za + zb)), x * y))]
        return text, value, steps, [mis.zeros_miscounted.on(x, y, "×", -1)], mul(x, y)
    product = x * y
    value = Fraction(x)
    text = f"{show(product)} ÷ {show(y)}"
    steps = [Step(eq(mul(a, b), a * b), ", so ", eq(div(product, y), x))]
    # one zero too many when dividing by a one-digit number, one too few when the divisor has zeros too
    slip = mis.zeros_miscounted.on(product, y, "÷", 1 if zb == 0 else -1)
    return text, value, steps, [slip], div(product, y)


def _strategy(rng: random.Random) -> tuple[str, Fraction, list]:
    """Level 3 mental strategies: doubling and halving, compensation, partitioning."""
    kind = rng.choice(("quarter", "near", "partition"))
    if kind == "quarter":
        m = rng.choice((4, 8, 12, 16, 24, 28, 32, 36, 44))
        value = 25 * m
        return (
            f"25 × {m}",
            Fraction(value),
            [
                Step(eq(mul(25, 4), 100), ", and ", eq(m, mul(4, m // 4)), "."),
                Step(eq(mul(100, m // 4), value)),
            ],
        )
    if kind == "near":
        base = rng.choice((99, 199, 999, 49, 101))
        m = rng.randint(3, 9)
        value = base * m
        friendly = base + 1 if base % 10 == 9 else base - 1
        adjust = "subtract" if base % 10 == 9 else "add"
        back = sub(friendly * m, m) if adjust == "subtract" else add(friendly * m, m)
        return (
            f"{base} × {m}",
            Fraction(value),
            [Step(eq(mul(friendly, m), friendly * m)), Step(f"then {adjust} {m}: ", eq(back, value))],
        )
    a = rng.randint(13, 19)
    b = rng.randint(12, 19)
    value = a * b
    return (
        f"{a} × {b}",
        Fraction(value),
        [
            Step(eq(mul(a, 10), a * 10), " and ", eq(mul(a, b - 10), a * (b - 10))),
            Step(eq(add(a * 10, a * (b - 10)), value)),
        ],
    )


@topic(
    "calculation.mental_multiply_divide",
    title="Mental multiplication and division, including × and ÷ by 10, 100 and 1000",
    codes=("3C7", "4C6b", "5C6a", "5C6b", "6C6", "4F9", "6F9a"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "same_different", "variation"),
    representations=pictures.kinds("mental_multiply_divide"),
)
@pictures.pictured("mental_multiply_divide")
def mental_multiply_divide(rng: random.Random, level: Level, style: str) -> Item:
    if style == "variation":
        return _variation_chain(rng, level)
    if style == "same_different":
        return _same_different(rng, level)
    kind = rng.choice(("power", "power", "scaled") + (("strategy",) if level == Level.GREATER_DEPTH else ()))
    if style in ("missing_number", "true_or_false", "compare") and kind == "strategy":
        kind = "scaled"
    shown: Expr | None = None
    if kind == "power":
        text, start, value, power, multiply, steps, shown = _power_item(rng, level)
        slips = [mis.powers_of_ten_wrong_way.on(_decimal(start), power, multiply)]
        if multiply:
            slips.append(mis.times_ten_adds_zero.on(_decimal(start), power))
        tip = "use a place-value chart: the digits move, the decimal point stays still."
    elif kind == "scaled":
        text, value, steps, slips, shown = _scaled_fact(rng, level)
        tip = "use the times-table fact, then think about the size of the numbers."
    else:
        text, value, steps = _strategy(rng)
        slips, tip = [], ""
    # the number the digits move from, in a place-value chart (a strategy at greater depth has no chart)
    why = "a mental strategy, not a place-value move" if kind == "strategy" else "a chart stops at thousandths"
    counters = pictures.chart(_exact(text.split(" ")[0])) if kind != "strategy" else None
    if style == "fluency":
        answer = _number_answer(value)
        prompt = f"Work out {text} in your head." + hint(level, tip)
        item = make(prompt, answer, steps, style, text, predicted=mis.predictions(answer, *slips))
        return pictures.offer(item, why, place_value_chart=counters)
    left, sign, right = text.split(" ", 2)
    if style == "missing_number":
        if rng.random() < 0.5:
            equation, key = f"{left} {sign} □ = {show(value)}", Fraction(Decimal(right.replace(",", "")))
        else:
            equation, key = f"□ {sign} {right} = {show(value)}", Fraction(Decimal(left.replace(",", "")))
            counters = pictures.chart(value)  # the start is the unknown: chart where the digits ended up
        answer = _number_answer(key)
        prompt = f"Find the missing number: {equation}" + hint(level, tip)
        item = make(prompt, answer, [*steps, f"So the missing number is {show(key)}."], style, equation)
        return pictures.offer(item, why, place_value_chart=counters)
    if style == "true_or_false":
        wrongs = [w for w in slips if w.wrong() is not None and _exact(w.wrong()) != value]
        slip = rng.choice(wrongs) if wrongs and rng.random() < 0.6 else None
        if slip is None:
            claim_text = show(value)
        else:
            wrong = slip.wrong()
            claim_text = wrong if isinstance(wrong, str) else show(Fraction(wrong))  # type: ignore[arg-type]
        truth = _exact(claim_text) == value
        answer = TrueFalse(truth)
        prompt = f"True or false? {text} = {claim_text}" + hint(level, tip)
        claim = Decimal(claim_text.replace(",", ""))
        verdict = _verdict(_n(value), claim if claim != claim.to_integral() or "." in claim_text else int(claim))
        item = make(prompt, answer, [*steps, verdict], style, f"{text} = {claim_text}")
        return pictures.offer(item, why, place_value_chart=counters)
    if kind == "power":
        other_text, _, other, _, _, _, other_shown = _power_item(rng, level)
    else:
        other_text, other, _, _, other_shown = _scaled_fact(rng, level)
    if rng.random() < 0.2:
        other_text, other, other_shown = show(value), value, None
    answer = Comparison(sign_of(value, other))
    prompt = f"Write <, > or = in the box: {text} □ {other_text}" + hint(level, tip)
    steps = [Step(eq(shown, _n(value)))]
    if other_shown is not None:
        steps.append(Step(eq(other_shown, _n(other))))
    steps.append(Step("So ", rel(shown, answer.sign, other_shown or _n(other), restates=True), "."))
    return make(prompt, answer, steps, style, f"{text} □ {other_text}")


_SAME = "The same value: the tens have moved from one number to the other."
_WRONG_WHY = "Different values, because the zeros are on different numbers."
_TEN_TIMES = "One is 10 times the other: it has one more ten."


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: two products of one fact with its tens placed two ways (or one more)."""
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    tens = int(level)  # how many tens the pair shares: 1 at level 1, up to 3 at greater depth
    first, second = rng.sample([(i, tens - i) for i in range(tens + 1)], 2)
    same = rng.random() < 0.6
    if not same:
        second = (second[0] + 1, second[1]) if rng.random() < 0.5 else (second[0], second[1] + 1)
    (x1, y1), (x2, y2) = (a * 10 ** first[0], b * 10 ** first[1]), (a * 10 ** second[0], b * 10 ** second[1])
    v1, v2 = x1 * y1, x2 * y2
    steps: list = [
        Step("Both use the fact ", eq(mul(a, b), a * b), "."),
        Step(eq(mul(x1, y1), v1), "; ", eq(mul(x2, y2), v2), "."),
    ]
    if same:
        steps.append(
            Step(
                "So ",
                eq(mul(x1, y1), mul(x2, y2)),
                ": moving a ten from one number to the other does not change the product.",
            )
        )
        check = f"{show(x1)} × {show(y1)} = {show(x2)} × {show(y2)}"
    else:
        small, big = sorted((v1, v2))
        steps.append(Step("So ", eq(big, mul(small, 10)), ": one more ten makes the product 10 times bigger."))
        check = f"{show(big)} = 10 × {show(small)}"
    pair = f"{show(x1)} × {show(y1)} and {show(x2)} × {show(y2)}"
    statements = [(_SAME, same), (_WRONG_WHY, False), (_TEN_TIMES, not same)]
    return same_different(rng, pair, statements, steps, check)


def _variation_chain(rng: random.Random, level: Level) -> Item:
    """Procedural variation: each line changes one thing (3 × 4, 3 × 40, 30 × 40, 30 × 400 …)."""
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    if level == Level.WORKING_TOWARDS:
        chain = [(a, b), (a, b * 10), (a * 10, b * 10)]
    elif level == Level.EXPECTED:
        chain = [(a, b), (a, b * 10), (a * 10, b * 10), (a * 10, b * 100)]
    else:
        chain = [(a, b), (a * 10, b * 10), (a * 100, b * 10), (a * 100, b * 100)]
        if rng.random() < 0.5:  # division chain
            product = a * b
            lines = [(product, b), (product * 10, b), (product * 100, b * 10), (product * 1000, b * 10)]
            shown = [f"{show(x)} ÷ {show(y)} = {show(x // y)}" for x, y in lines[:-1]]
            x, y = lines[-1]
            before = lines[-2][0] // lines[-2][1]
            answer = WholeNumber(x // y)
            prompt = "Look at the pattern: " + "; ".join(shown) + f". What is {show(x)} ÷ {show(y)}?"
            steps = [
                "The number divided is 10 times bigger than in the line before and the divisor is the same, "
                "so the answer is 10 times bigger.",
                Step(eq(div(x, y), mul(before, 10), x // y)),
            ]
            predicted = mis.predictions(answer, mis.zeros_miscounted.on(x, y, "÷", 1))
            return make(prompt, answer, steps, "variation", f"{show(x)} ÷ {show(y)}", predicted=predicted)
    shown = [f"{show(x)} × {show(y)} = {show(x * y)}" for x, y in chain[:-1]]
    x, y = chain[-1]
    px, py = chain[-2]
    answer = WholeNumber(x * y)
    prompt = (
        "Look at the pattern: "
        + "; ".join(shown)
        + f". What is {show(x)} × {show(y)}?"
        + hint(level, "what has changed from the line before?")
    )
    steps = [
        "Compare with the line before: one number is 10 times bigger, so the answer is 10 times bigger.",
        Step(eq(mul(x, y), mul(px * py, 10), x * y)),
    ]
    predicted = mis.predictions(answer, mis.zeros_miscounted.on(x, y, "×", -1))
    return make(prompt, answer, steps, "variation", f"{show(x)} × {show(y)}", predicted=predicted)
