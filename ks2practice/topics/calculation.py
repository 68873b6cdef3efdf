"""The four operations (strand C), Years 3–6: mental and written methods, tables, factors, powers, order."""

# Levels (design.md §4): 1 working towards — smaller numbers and a hint in the prompt; 2 expected — the KS2
# standard; 3 greater depth — larger numbers, exchanges across zeros, remainders to interpret, several steps
# or reasoning. Written-method items carry the layout from ks2practice.content.methods as their working.

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import methods
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.wording import (
    hint,
    lettered,
    make,
    name,
    number_with_digits,
    ordinal,
    show,
    sign_of,
    truth_word,
)
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.topics.number import round_check, round_to

# The number ranges per level. Digits are (fewest, most); tables and divisors are the facts used.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "mental_add_subtract": {
        1: {"digits": (3, 3), "changes": (1, 10, 100)},
        2: {"digits": (4, 4), "near": (99, 199, 299, 999, 1_999, 98), "complement": (1_000,)},
        3: {"digits": (5, 6), "near": (999, 9_999, 19_999, 2_998, 99_999), "complement": (10_000, 100_000)},
    },
    "column_addition": {
        1: {"digits": ((3, 3), (2, 3))},
        2: {"digits": ((4, 4), (3, 4))},
        3: {"digits": ((5, 6), (4, 6))},
    },
    "column_subtraction": {1: {"digits": (3, 3)}, 2: {"digits": (4, 5)}, 3: {"digits": (5, 6)}},
    "times_tables": {
        1: {"tables": (2, 3, 4, 5, 8, 10)},
        2: {"tables": (2, 3, 4, 5, 6, 7, 8, 9, 11, 12)},
        3: {"tables": (6, 7, 8, 9, 11, 12)},
    },
    "mental_multiply_divide": {
        1: {"powers": (10, 100), "decimals": False},
        2: {"powers": (10, 100, 1_000), "decimals": True},
        3: {"powers": (10, 100, 1_000), "decimals": True},
    },
    "short_multiplication": {1: {"digits": (2, 2)}, 2: {"digits": (3, 4)}, 3: {"digits": (4, 4)}},
    "long_multiplication": {
        1: {"first": (12, 39), "second": (12, 29)},
        2: {"first": (100, 999), "second": (12, 79)},
        3: {"first": (1_000, 9_999), "second": (13, 99)},
    },
    "short_division": {
        1: {"quotient": (12, 39), "divisors": (2, 3, 4, 5)},
        2: {"quotient": (101, 1_999), "divisors": (3, 4, 6, 7, 8, 9)},
        3: {"quotient": (150, 1_999), "divisors": (11, 12, 15, 25, 6, 7, 8, 9)},
    },
    "long_division": {
        1: {"quotient": (12, 49), "divisors": (11, 12, 13, 15, 21, 25)},
        2: {"quotient": (21, 399), "divisors": tuple(range(12, 50))},
        3: {"quotient": (101, 999), "divisors": (16, 24, 25, 32, 35, 40, 45, 48, 64, 75)},
    },
    "factors_multiples_primes": {
        1: {"numbers": (6, 30)},
        2: {"numbers": (12, 100)},
        3: {"numbers": (30, 150)},
    },
    "squares_cubes": {
        1: {"squares": (2, 10), "cubes": (2, 3)},
        2: {"squares": (4, 12), "cubes": (2, 5)},
        3: {"squares": (11, 15), "cubes": (3, 6)},
    },
    "order_of_operations": {1: {"numbers": (2, 12)}, 2: {"numbers": (2, 20)}, 3: {"numbers": (2, 30)}},
    "estimate_inverse": {1: {"digits": (2, 3)}, 2: {"digits": (3, 4)}, 3: {"digits": (4, 6)}},
}


# ---------------------------------------------------------------------- helpers


def money(pence: int) -> str:
    """An amount of money as printed in a prompt: £3.45, 45p, and whole pounds as £12."""
    if pence >= 100 and pence % 100 == 0:
        return f"£{show(pence // 100)}"
    return Money(pence).format()


def _pounds(pence: int) -> Decimal | int:
    """Pence as pounds for a written method: whole pounds stay whole, otherwise two decimal places."""
    return pence // 100 if pence % 100 == 0 else Decimal(pence).scaleb(-2)


def _digits_number(rng: random.Random, low: int, high: int) -> int:
    return number_with_digits(rng, rng.randint(low, high))


def _count_answer(value: int, unit: str) -> Answer:
    if unit == "money":
        return Money(value)
    if unit:
        return Measure(value, unit, unit_required=False)
    return WholeNumber(value)


def _amount(value: int, unit: str) -> str:
    if unit == "money":
        return money(value)
    return f"{show(value)} {unit}" if unit else show(value)


def _carry_count(*numbers: int) -> int:
    count, carry = 0, 0
    for k in range(max(len(str(n)) for n in numbers)):
        total = sum((n // 10**k) % 10 for n in numbers) + carry
        carry = total // 10
        count += bool(carry)
    return count


def _exchange_count(a: int, b: int) -> int:
    return sum(1 for k in range(len(str(a))) if (a // 10**k) % 10 < (b // 10**k) % 10)


# ---------------------------------------------------------------------- word-problem banks

# (template, unit, smallest, largest): unit "" counts things, "money" is pence, else a metric unit.
ADD_CONTEXTS = (
    (
        "On Saturday {a} people visited a castle and on Sunday {b} people visited. How many people visited "
        "over the "
        "weekend?",
        "",
        100,
        99_999,
    ),
    (
        "A library had {a} books. It was given {b} more books. How many books does it have now?",
        "",
        100,
        99_999,
    ),
    (
        "{name} walked {a} steps on Monday and {b} steps on Tuesday. How many steps is that altogether?",
        "",
        1_000,
        30_000,
    ),
    (
        "A lorry driver drove {a} one week and {b} the next. How far did the driver go altogether?",
        "km",
        100,
        9_999,
    ),
    (
        "A shop sold {a} bottles of water in June and {b} in July. How many bottles did it sell in the two months?",
        "",
        100,
        99_999,
    ),
    (
        "One water tank holds {a} and another holds {b}. How much water do the two tanks hold altogether?",
        "l",
        100,
        99_999,
    ),
    (
        "Oakbridge has a population of {a} and Elmstead has a population of {b}. What is the total "
        "population of the "
        "two towns?",
        "",
        1_000,
        999_999,
    ),
    (
        "{name} buys a bike for {a} and a helmet for {b}. How much does {name} spend altogether?",
        "money",
        1_000,
        99_999,
    ),
    (
        "A school raised {a} at its summer fair and {b} at its winter fair. How much did it raise altogether?",
        "money",
        1_000,
        999_999,
    ),
)
SUBTRACT_CONTEXTS = (
    ("A school had {a} stickers. It gave out {b}. How many stickers are left?", "", 100, 9_999),
    (
        "A stadium holds {a} people. {b} tickets have been sold. How many tickets are still for sale?",
        "",
        1_000,
        90_000,
    ),
    ("One plane flew {a} and another flew {b}. How much further did the first plane fly?", "km", 100, 20_000),
    (
        "A hill path climbs {a}. {name} has climbed {b} so far. How much further is it to the top?",
        "m",
        100,
        5_000,
    ),
    ("{name} saved {a} and spent {b} on a bike. How much money is left?", "money", 1_000, 99_999),
    ("A farmer had {a} of potatoes and sold {b}. How much is left?", "kg", 100, 99_999),
    (
        "{a} people ran a city marathon last year and {b} ran it this year. How many fewer people ran this year?",
        "",
        1_000,
        60_000,
    ),
    ("A reservoir held {a} of water. {b} were used. How much water is left?", "l", 10_000, 999_999),
    ("A car park has {a} spaces. {b} cars are parked. How many spaces are empty?", "", 100, 9_999),
)
MULTIPLY_CONTEXTS = (
    ("A coach holds {per} passengers. How many passengers can {count} coaches hold?", "", 20, 75),
    ("A box holds {per} pencils. How many pencils are there in {count} boxes?", "", 12, 500),
    ("A theatre has {count} rows with {per} seats in each row. How many seats are there?", "", 12, 60),
    (
        "A lorry carries {per} of sand on each trip. How much sand does it carry in {count} trips?",
        "kg",
        500,
        9_999,
    ),
    ("A ticket for a show costs {per}. How much do {count} tickets cost?", "money", 150, 4_999),
    ("A factory makes {per} toys every day. How many toys does it make in {count} days?", "", 100, 9_999),
    (
        "Each page of a photo album holds {per} photos. How many photos fit in an album with {count} pages?",
        "",
        6,
        36,
    ),
    (
        "A cycle track is {per} long. {name} rides round it {count} times. How far does {name} ride?",
        "m",
        200,
        900,
    ),
    ("A crate holds {per} apples. How many apples are there in {count} crates?", "", 24, 250),
)
SHARE_CONTEXTS = (
    ("{a} stickers are shared equally between {b} children. How many stickers does each child get?", ""),
    ("A baker puts {a} bread rolls into bags of {b}. How many bags does the baker fill?", ""),
    ("A {a} roll of ribbon is cut into {b} equal pieces. How long is each piece?", "cm"),
    ("{a} is shared equally between {b} people. How much does each person get?", "money"),
    ("A school spends {a} on {b} identical books. How much does one book cost?", "money"),
    ("A farmer packs {a} eggs into boxes of {b}. How many boxes does the farmer fill?", ""),
    ("{a} of juice is poured equally into {b} jugs. How much juice is in each jug?", "ml"),
)
REMAINDER_CONTEXTS = (
    (
        "{a} children are going on a trip. Each minibus holds {b} children. How many minibuses are needed?",
        "up",
        1_000,
    ),
    ("{a} eggs need packing into boxes of {b}. How many boxes are needed to pack all the eggs?", "up", 10**9),
    (
        "A school needs {a} pencils. Pencils come in packs of {b}. How many packs must the school buy?",
        "up",
        5_000,
    ),
    ("{a} people are coming to a party. Each table seats {b} people. How many tables are needed?", "up", 500),
    (
        "A baker has {a} g of flour. Each loaf needs {b} g. How many whole loaves can the baker make?",
        "down",
        20_000,
    ),
    (
        "{name} has {a} cm of ribbon and cuts it into pieces {b} cm long. How many whole pieces can {name} cut?",
        "down",
        5_000,
    ),
    (
        "A factory has {a} bottles of juice to pack into crates of {b}. How many crates can be filled completely?",
        "down",
        10**9,
    ),
    ("{a} sweets are shared equally between {b} children. How many sweets are left over?", "left", 1_000),
    ("A farmer packs {a} apples into bags of {b}. How many apples are left over?", "left", 10**9),
)


MENTAL_ADD = (
    ("A library had {a} books. It was given {b} more. How many books does it have now?", "", 100, 99_999),
    (
        "A car had travelled {a}. It then travelled another {b}. How far has it travelled now?",
        "km",
        100,
        999_999,
    ),
    (
        "{name} had {a} points in a reading challenge and earned {b} more. How many points does {name} have now?",
        "",
        100,
        999_999,
    ),
    ("A school had {a} pupils. {b} new pupils joined. How many pupils are there now?", "", 100, 2_000),
    ("A city had a population of {a}. It grew by {b}. What is the population now?", "", 10_000, 9_999_999),
)
MENTAL_SUBTRACT = (
    ("A shop had {a} tins of beans and sold {b}. How many tins are left?", "", 100, 9_999),
    ("A tank held {a} of water and {b} leaked out. How much water is left?", "l", 100, 99_999),
    ("{name} had {a} points in a game and lost {b}. How many points does {name} have now?", "", 100, 999_999),
    ("A concert hall has {a} seats and {b} have been sold. How many seats are left?", "", 100, 9_999),
    ("A charity had {a} raffle tickets and sold {b}. How many are left?", "", 100, 999_999),
)
MENTAL_COMPLEMENT = (
    (
        "A school wants to collect {a} bottle tops for a project. It has collected {b}. How many more does it need?",
        "",
        100,
        100_000,
    ),
    ("A road is {a} long. Workers have resurfaced {b} of it. How much is left to do?", "m", 100, 100_000),
    (
        "A sponsored walk aims for {a} steps. {name} has walked {b} steps so far. How many more steps are needed?",
        "",
        100,
        100_000,
    ),
)


def _fits(contexts: Sequence[tuple], *values: int) -> list[tuple]:
    return [c for c in contexts if all(c[-2] <= v <= c[-1] for v in values)]


def _word(template: str, rng: random.Random, **numbers: str) -> str:
    who = name(rng)
    return template.format(name=who, name2=name(rng, (who,)), **numbers)


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


def _mental_steps(a: int, sign: str, b: int, kind: str) -> list[str]:
    result = a + b if sign == "+" else a - b
    if kind == "near":
        friendly = b + (10 - b % 10) if b % 10 else b
        adjust = friendly - b
        if sign == "+":
            return [
                f"{show(b)} is {show(friendly)} − {adjust}.",
                f"{show(a)} + {show(friendly)} = {show(a + friendly)}, then subtract {adjust}: {show(result)}",
            ]
        return [
            f"{show(b)} is {show(friendly)} − {adjust}.",
            f"{show(a)} − {show(friendly)} = {show(a - friendly)}, then add {adjust} back: {show(result)}",
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
            return [f"{show(a)} − {show(b)} = {show(result)}"]
        text = ", then ".join(f"{show(x)} to {show(y)} is {show(y - x)}" for x, y in jumps)
        return [
            f"Count on from {show(b)}: {text}.",
            " + ".join(show(y - x) for x, y in jumps) + f" = {show(result)}",
        ]
    return [f"{show(a)} {sign} {show(b)} = {show(result)}"]


def _mental_slips(a: int, sign: str, b: int, kind: str) -> list[tuple[str, object]]:
    if kind == "complement":
        return [("complements_each_digit_to_ten", mis.complements_each_digit_to_ten(a, b))]
    if kind == "near":
        friendly = b + (10 - b % 10) if b % 10 else b
        return [("compensation_wrong_way", mis.compensation_wrong_way(a, b, friendly, sign == "+"))]
    if sign == "+":
        return [("no_exchange_addition", mis.no_exchange_addition(a, b))]
    return [("smaller_from_larger", mis.smaller_from_larger(a, b))]


@topic(
    "calculation.mental_add_subtract",
    title="Mental addition and subtraction",
    codes=("3C1", "3C4", "5C1"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "word_problem"),
    representations=pictures.kinds("mental_add_subtract"),
)
@pictures.pictured("mental_add_subtract")
def mental_add_subtract(rng: random.Random, level: Level, style: str) -> Item:
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
            steps = [
                f"{'Subtract' if sign == '+' else 'Take'}: {show(result)} {'−' if sign == '+' else 'from'} {show(a)}"
                if sign == "+"
                else f"{show(a)} − {show(result)} = {show(b)}",
                f"□ = {show(b)}",
            ]
            if sign == "+":
                steps[0] = f"{show(result)} − {show(a)} = {show(b)}"
            wrong = mis.wrong_inverse(a, result, sign == "+")
        else:
            answer = WholeNumber(a)
            equation = f"□ {sign} {show(b)} = {show(result)}"
            back = "−" if sign == "+" else "+"
            steps = [f"Use the inverse: {show(result)} {back} {show(b)} = {show(a)}"]
            wrong = result - b if sign == "−" else result + b
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        item = make(prompt, answer, steps, style, equation, predicted=mis.predictions(answer, ("wrong_inverse", wrong)))
        return pictures.offer_sum(item, sign, a, b, "b" if form == "second" else "a")
    if style == "true_or_false":
        candidates = [s for s in slips if s[1] is not None and s[1] != result]
        slip = rng.choice(candidates) if candidates and rng.random() < 0.6 else None
        claim = int(slip[1]) if slip else result  # type: ignore[call-overload]
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(a)} {sign} {show(b)} = {show(claim)}" + hint(level, tip)
        steps = [*steps, f"So the statement is {truth_word(claim == result)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)} = {show(claim)}", predicted=predicted)
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
        steps = [f"{left} = {show(result)}", f"{right} = {show(other)}", f"So {left} {answer.sign} {right}"]
        return make(prompt, answer, steps, style, f"{left} □ {right}")
    bank = MENTAL_ADD if sign == "+" else MENTAL_SUBTRACT
    if kind == "complement":
        bank = MENTAL_COMPLEMENT
    fitting = [c for c in bank if c[2] <= a and max(a, b, result) <= c[3]]
    template, unit, _, _ = rng.choice(fitting or bank[-1:])
    answer = _count_answer(result, unit)
    prompt = _word(template, rng, a=_amount(a, unit), b=_amount(b, unit)) + hint(level, tip)
    item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}", predicted=mis.predictions(answer, *slips))
    return pictures.offer_sum(item, sign, a, b, unit="£" if unit == "money" else "")


# ---------------------------------------------------------------------- column addition


def _addends(rng: random.Random, level: Level) -> list[int]:
    (low1, high1), (low2, high2) = RANGES["column_addition"][int(level)]["digits"]  # type: ignore[misc]
    for _ in range(200):
        numbers = [_digits_number(rng, low1, high1), _digits_number(rng, low2, high2)]
        if level == Level.GREATER_DEPTH and rng.random() < 0.3:
            numbers.append(_digits_number(rng, 3, 4))
        total = sum(numbers)
        carries = _carry_count(*numbers)
        if level == Level.WORKING_TOWARDS and (total > 999 or carries != 1):
            continue
        if level != Level.WORKING_TOWARDS and carries < 2:
            continue
        return numbers
    return numbers


def _addition_trace(numbers: Sequence[int], error: str | None, at: int) -> tuple[list[str], int]:
    """Column-by-column steps of the column method, optionally with one wrong step at column `at`."""
    columns = max(len(str(n)) for n in numbers)
    out, carry, steps = [], 0, []
    names = ("Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands")
    for k in range(columns):
        digits = [(n // 10**k) % 10 for n in numbers if n >= 10**k]
        used_carry = 0 if (error == "forgot_carry" and k == at) else carry
        total = sum(digits) + used_carry
        if error == "fact" and k == at:
            total += 1
        parts = " + ".join(str(d) for d in digits) + (f" + {used_carry}" if used_carry else "")
        if k == columns - 1:
            steps.append(f"{names[k]}: {parts} = {total}, write {total}.")
            out.append(total)
        else:
            carry = total // 10
            steps.append(f"{names[k]}: {parts} = {total}, write {total % 10}" + (f", carry {carry}." if carry else "."))
            out.append(total % 10)
    text = str(out[-1]) + "".join(str(d) for d in reversed(out[:-1]))
    return steps, int(text)


@topic(
    "calculation.column_addition",
    title="Column addition",
    codes=("3C2", "4C2", "5C2", "3C4", "4C4", "5C4", "4F10b"),
    styles=("fluency", "missing_number", "spot_the_mistake", "word_problem", "two_step_word_problem"),
    representations=pictures.kinds("column_addition"),
)
@pictures.pictured("column_addition")
def column_addition(rng: random.Random, level: Level, style: str) -> Item:
    numbers = _addends(rng, level)
    total = sum(numbers)
    expression = " + ".join(show(n) for n in numbers)
    tip = "line up the ones, then add the ones first and carry when a column makes 10 or more."
    steps = [
        "Line the numbers up in columns, ones under ones (see the column method).",
        f"{expression} = {show(total)}",
    ]
    working = methods.column_addition(*numbers)
    slip = ("no_exchange_addition", mis.no_exchange_addition(*numbers))
    if style == "fluency":
        answer = WholeNumber(total)
        prompt = f"Use the column method to work out {expression}." + hint(level, tip)
        item = make(prompt, answer, steps, style, expression, working, mis.predictions(answer, slip))
        if len(numbers) > 2:
            return pictures.offer_parts(item, tuple(numbers))
        return pictures.offer_sum(item, "+", *numbers)
    if style == "missing_number":
        a, b = numbers[0], numbers[1]
        total = a + b
        first = rng.random() < 0.5
        equation = f"□ + {show(b)} = {show(total)}" if first else f"{show(a)} + □ = {show(total)}"
        missing, known = (a, b) if first else (b, a)
        answer = WholeNumber(missing)
        prompt = f"Find the missing number: {equation}" + hint(level, "subtract to find the missing part.")
        steps = [
            f"The missing part is {show(total)} − {show(known)} (see the column method).",
            f"{show(total)} − {show(known)} = {show(missing)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            equation,
            methods.column_subtraction(total, known),
            mis.predictions(answer, ("wrong_inverse", total + known)),
        )
        return pictures.offer_sum(item, "+", a, b, "a" if first else "b")
    if style == "spot_the_mistake":
        numbers = numbers[:2]
        total = sum(numbers)
        expression = " + ".join(show(n) for n in numbers)
        carried = [
            k
            for k in range(1, max(len(str(n)) for n in numbers))
            if _addition_trace(numbers, None, -1)[0][k].count("+") > len(numbers) - 1
        ]
        error = "forgot_carry" if carried and rng.random() < 0.75 else "fact"
        at = rng.choice(carried) if error == "forgot_carry" else rng.randrange(len(str(min(numbers))))
        wrong_steps, wrong = _addition_trace(numbers, error, at)
        right_steps, _ = _addition_trace(numbers, None, -1)
        who = name(rng)
        answer = WholeNumber(total)
        prompt = (
            f"{who} used the column method for {expression} and got {show(wrong)}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        column = wrong_steps[at].split(":")[0].lower()
        why = (
            "the 1 carried into this column was not added"
            if error == "forgot_carry"
            else "the column was added up wrongly"
        )
        steps = [
            f"The mistake is in the {column}: {why}.",
            f"It should be {right_steps[at]}",
            f"{expression} = {show(total)}",
        ]
        predicted = mis.predictions(
            answer, ("no_exchange_addition" if error == "forgot_carry" else "neighbouring_fact", wrong)
        )
        item = make(prompt, answer, steps, style, expression, methods.column_addition(*numbers), predicted)
        return pictures.offer_sum(item, "+", *numbers)
    if style == "word_problem":
        a, b = numbers[0], numbers[1]
        options = [c for c in _fits(ADD_CONTEXTS, a, b) if c[1] != "money" or level != Level.WORKING_TOWARDS]
        template, unit, _, _ = rng.choice(options or ADD_CONTEXTS[:2])
        if unit == "money" and level == Level.GREATER_DEPTH:
            a, b = a + rng.randint(1, 99) if a < 10_000 else a, b + rng.randint(1, 99) if b < 10_000 else b
        elif unit == "money":
            a, b = a * 100, b * 100
        answer = _count_answer(a + b, unit)
        prompt = _word(template, rng, a=_amount(a, unit), b=_amount(b, unit)) + hint(level, tip)
        shown = [_amount(a, unit), _amount(b, unit), _amount(a + b, unit)] if unit else [show(a), show(b), show(a + b)]
        steps = ["Add the two amounts (see the column method).", f"{shown[0]} + {shown[1]} = {shown[2]}"]
        working = methods.column_addition(_pounds(a), _pounds(b)) if unit == "money" else methods.column_addition(a, b)
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(a)} + {show(b)}",
            working,
            mis.predictions(answer, ("no_exchange_addition", mis.no_exchange_addition(a, b))),
        )
        return pictures.offer_sum(item, "+", a, b, unit="£" if unit == "money" else "")
    return _add_subtract_two_step(rng, level, numbers[0], numbers[1], addition=True)


def _add_subtract_two_step(rng: random.Random, level: Level, a: int, b: int, addition: bool) -> Item:
    """Two-step problems mixing + and −; the column method is shown for the harder step."""
    tip = "do one step at a time and write down the answer to the first step."
    who = name(rng)
    other = name(rng, (who,))
    if addition:
        kind = rng.choice(("more_than", "train", "library"))
    else:
        kind = rng.choice(("sold_twice", "target", "train"))
    if kind == "more_than":
        c = rng.randint(max(a, b), a + b - 1)
        result = a + b - c
        prompt = (
            f"{who} scored {show(a)} points in one game and {show(b)} points in another. {other} scored "
            f"{show(c)} points altogether. How many more points did {who} score than {other}?"
        )
        steps = [
            f"{who}: {show(a)} + {show(b)} = {show(a + b)}",
            f"{show(a + b)} − {show(c)} = {show(result)}",
        ]
        check, working = f"{show(a)} + {show(b)} − {show(c)}", methods.column_addition(a, b)
    elif kind == "library":
        c = rng.randint(max(1, b // 3), b)
        result = a + b - c
        if a + b <= 99_999:
            prompt = (
                f"A library had {show(a)} books. It bought {show(b)} new books and gave away {show(c)} old "
                f"ones. How many books does it have now?"
            )
        else:
            prompt = (
                f"A bank had {show(a)} coins in its vault. It took in {show(b)} more coins and paid out "
                f"{show(c)}. How many coins are in the vault now?"
            )
        steps = [f"{show(a)} + {show(b)} = {show(a + b)}", f"{show(a + b)} − {show(c)} = {show(result)}"]
        check, working = f"{show(a)} + {show(b)} − {show(c)}", methods.column_addition(a, b)
    elif kind == "train":
        big, small = max(a, b), min(a, b)
        off = rng.randint(small // 3, small)
        result = big - off + small
        if big + small <= 1_500:
            prompt = (
                f"A long train had {show(big)} passengers. At the first station {show(off)} got off and "
                f"{show(small)} got on. How many passengers are on the train now?"
            )
        elif big + small <= 90_000:
            prompt = (
                f"A stadium had {show(big)} fans inside. At half-time {show(off)} fans left and "
                f"{show(small)} "
                f"more arrived. How many fans were inside after half-time?"
            )
        else:
            prompt = (
                f"A city had a population of {show(big)}. One year, {show(off)} people moved away and "
                f"{show(small)} people moved in. What was the population at the end of the year?"
            )
        steps = [
            f"{show(big)} − {show(off)} = {show(big - off)}",
            f"{show(big - off)} + {show(small)} = {show(result)}",
        ]
        check, working = f"{show(big)} − {show(off)} + {show(small)}", methods.column_subtraction(big, off)
    elif kind == "sold_twice":
        c = rng.randint(a // 10 + 1, a // 3)
        d = rng.randint(a // 10 + 1, a // 3)
        result = a - c - d
        prompt = (
            f"A warehouse had {show(a)} boxes. It sent out {show(c)} boxes on Monday and {show(d)} on "
            f"Tuesday. How many boxes are left?"
        )
        steps = [
            f"{show(c)} + {show(d)} = {show(c + d)} boxes sent out",
            f"{show(a)} − {show(c + d)} = {show(result)}",
        ]
        check, working = f"{show(a)} − {show(c)} − {show(d)}", methods.column_subtraction(a, c + d)
    else:
        goal = (a // 1000 + 2) * 1000 if a >= 1000 else (a // 100 + 2) * 100
        c = rng.randint(1, max(1, (goal - a) // 2))
        result = goal - a - c
        who = "A school" if goal <= 10_000 else "A charity"
        prompt = (
            f"{who} wants to raise £{show(goal)}. It raised £{show(a)} at a fair and £{show(c)} from a cake "
            f"sale. How much more money does it need to raise?"
        )
        steps = [
            f"Raised so far: {show(a)} + {show(c)} = {show(a + c)}",
            f"Still needed: {show(goal)} − {show(a + c)} = {show(result)}",
        ]
        check, working = f"{show(goal)} − ({show(a)} + {show(c)})", methods.column_subtraction(goal, a + c)
        answer = Money(result * 100)
        return make(prompt + hint(level, tip), answer, steps, "two_step_word_problem", f"({check}) × 100", working)
    answer = WholeNumber(result)
    return make(prompt + hint(level, tip), answer, steps, "two_step_word_problem", check, working)


# ---------------------------------------------------------------------- column subtraction


def _subtraction_pair(rng: random.Random, level: Level) -> tuple[int, int]:
    low, high = RANGES["column_subtraction"][int(level)]["digits"]  # type: ignore[misc]
    for _ in range(300):
        digits = rng.randint(low, high)
        if level == Level.GREATER_DEPTH and rng.random() < 0.4:  # exchanging across zeros: 40,005 − 12,678
            text = str(rng.randint(1, 9)) + "".join(rng.choice("0000123456789") for _ in range(digits - 1))
            a = int(text)
        else:
            a = number_with_digits(rng, digits)
        b = number_with_digits(rng, rng.randint(max(2, digits - 2), digits))
        if b >= a:
            continue
        exchanges = _exchange_count(a, b)
        if level == Level.WORKING_TOWARDS and exchanges != 1:
            continue
        if level != Level.WORKING_TOWARDS and exchanges < 2:
            continue
        return a, b
    return 542, 278


def _subtraction_trace(a: int, b: int, error: str | None, at: int) -> tuple[list[str], int]:
    """Column steps of decomposition with optionally one wrong step at column `at`."""
    names = ("Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands")
    columns = len(str(a))
    original = [(a // 10**k) % 10 for k in range(columns)]
    top = list(original)
    bottom = [(b // 10**k) % 10 for k in range(columns)]
    steps, out = [], []
    for k in range(columns):
        start = f"{names[k]}: " + (f"{original[k]} is now {top[k]}; " if top[k] != original[k] else "")
        if top[k] < bottom[k] and k == at and error == "smaller_from_larger":
            steps.append(f"{start}{bottom[k]} − {top[k]} = {bottom[k] - top[k]}.")
            out.append(bottom[k] - top[k])
            continue
        if top[k] < bottom[k]:
            j = k + 1
            while top[j] == 0:
                j += 1
            if not (k == at and error == "exchange_not_subtracted"):
                top[j] -= 1
                for m in range(k + 1, j):
                    top[m] = 9
            value = top[k] + 10 - bottom[k]
            # Short on purpose: six columns of steps must fit a prompt of at most 400 characters.
            steps.append(f"{start}{top[k]} − {bottom[k]}, exchange: {top[k] + 10} − {bottom[k]} = {value}.")
            out.append(value)
        else:
            steps.append(f"{start}{top[k]} − {bottom[k]} = {top[k] - bottom[k]}.")
            out.append(top[k] - bottom[k])
    return steps, int("".join(str(d) for d in reversed(out)))


@topic(
    "calculation.column_subtraction",
    title="Column subtraction with exchanging",
    codes=("3C2", "4C2", "5C2", "3C4", "4C4", "5C4", "4F10b"),
    styles=("fluency", "missing_number", "spot_the_mistake", "word_problem", "two_step_word_problem"),
    representations=pictures.kinds("column_subtraction"),
)
@pictures.pictured("column_subtraction")
def column_subtraction(rng: random.Random, level: Level, style: str) -> Item:
    a, b = _subtraction_pair(rng, level)
    result = a - b
    tip = "start with the ones; if the top digit is smaller, exchange from the next column."
    steps = [
        "Line the numbers up in columns and subtract, exchanging where needed (see the column method).",
        f"{show(a)} − {show(b)} = {show(result)}",
    ]
    working = methods.column_subtraction(a, b)
    slips = (
        ("smaller_from_larger", mis.smaller_from_larger(a, b)),
        ("exchange_not_subtracted", mis.exchange_not_subtracted(a, b)),
    )
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Use the column method to work out {show(a)} − {show(b)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{show(a)} − {show(b)}", working, mis.predictions(answer, *slips))
        return pictures.offer_sum(item, "−", a, b)
    if style == "missing_number":
        if rng.random() < 0.5:
            equation, key = f"{show(a)} − □ = {show(result)}", b
            steps = [
                f"The missing number is {show(a)} − {show(result)} (see the column method).",
                f"{show(a)} − {show(result)} = {show(b)}",
            ]
            working, wrong = methods.column_subtraction(a, result), a + result
        else:
            equation, key = f"□ − {show(b)} = {show(result)}", a
            steps = [
                f"Use the inverse: {show(result)} + {show(b)} (see the column method).",
                f"{show(result)} + {show(b)} = {show(a)}",
            ]
            working, wrong = methods.column_addition(result, b), result - b if result > b else b - result
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "think of the whole and its two parts.")
        item = make(prompt, answer, steps, style, equation, working, mis.predictions(answer, ("wrong_inverse", wrong)))
        return pictures.offer_sum(item, "−", a, b, "b" if "− □" in equation else "a")
    if style == "spot_the_mistake":
        needing = [k for k in range(len(str(a))) if (a // 10**k) % 10 < (b // 10**k) % 10]
        error = rng.choice(("smaller_from_larger", "exchange_not_subtracted"))
        at = rng.choice(needing)
        wrong_steps, wrong = _subtraction_trace(a, b, error, at)
        if wrong == result:
            error, at = "smaller_from_larger", needing[0]
            wrong_steps, wrong = _subtraction_trace(a, b, error, at)
        right_steps, _ = _subtraction_trace(a, b, None, -1)
        who = name(rng)
        answer = WholeNumber(result)
        prompt = (
            f"{who} used the column method for {show(a)} − {show(b)} and got {show(wrong)}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        column = wrong_steps[at].split(":")[0].lower()
        if error == "smaller_from_larger":
            why = f"in the {column} {who} took the smaller digit from the larger instead of exchanging"
            fix = right_steps[at]
        else:
            why = (
                f"after exchanging into the {column}, {who} did not take 1 away from the column it came "
                "from, "
                f"so the {wrong_steps[at + 1].split(':')[0].lower()} step is wrong"
            )
            fix = right_steps[at + 1]
        steps = [f"The mistake: {why}.", f"It should be {fix}", f"{show(a)} − {show(b)} = {show(result)}"]
        item = make(
            prompt, answer, steps, style, f"{show(a)} − {show(b)}", working, mis.predictions(answer, (error, wrong))
        )
        return pictures.offer_sum(item, "−", a, b)
    if style == "word_problem":
        options = [c for c in _fits(SUBTRACT_CONTEXTS, a, b) if c[1] != "money" or level != Level.WORKING_TOWARDS]
        template, unit, _, _ = rng.choice(options or SUBTRACT_CONTEXTS[:1])
        x, y = a, b
        if unit == "money" and level == Level.GREATER_DEPTH and a < 100_000:
            x, y = a * 100 if rng.random() < 0.5 else a, b + rng.randint(1, 99) if b < 10_000 else b
            if x <= y:
                x, y = a, b
        elif unit == "money":
            x, y = a * 100, b * 100
        answer = _count_answer(x - y, unit)
        prompt = _word(template, rng, a=_amount(x, unit), b=_amount(y, unit)) + hint(level, tip)
        steps = [
            "Subtract (see the column method).",
            f"{_amount(x, unit)} − {_amount(y, unit)} = {_amount(x - y, unit)}",
        ]
        working = (
            methods.column_subtraction(_pounds(x), _pounds(y)) if unit == "money" else methods.column_subtraction(x, y)
        )
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(x)} − {show(y)}",
            working,
            mis.predictions(
                answer,
                ("smaller_from_larger", mis.smaller_from_larger(x, y)),
                ("exchange_not_subtracted", mis.exchange_not_subtracted(x, y)),
            ),
        )
        return pictures.offer_sum(item, "−", x, y, unit="£" if unit == "money" else "")
    return _add_subtract_two_step(rng, level, a, b, addition=False)


# ---------------------------------------------------------------------- times tables


@topic(
    "calculation.times_tables",
    title="Multiplication and division facts to 12 × 12",
    codes=("3C6", "4C6a", "4C6c", "3C8"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "word_problem"),
    representations=pictures.kinds("times_tables"),
)
@pictures.pictured("times_tables")
def times_tables(rng: random.Random, level: Level, style: str) -> Item:
    tables = RANGES["times_tables"][int(level)]["tables"]  # type: ignore[index]
    t = rng.choice(tables)  # type: ignore[arg-type]
    n = rng.randint({1: 2, 2: 3, 3: 6}[int(level)], 12)
    product = t * n
    tip = f"count in {t}s, or use a fact you know."
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            a, b = rng.sample(range(2, 13), 2)
            c = rng.choice([x for x in range(2, 11) if a * b * x <= 600] or [2])
            value = a * b * c
            answer = WholeNumber(value)
            prompt = f"Work out {a} × {b} × {c}."
            steps = [f"{a} × {b} = {a * b}", f"{a * b} × {c} = {show(value)}"]
            if a * c in (10, 20, 100) or b * c in (10, 20, 100):
                pair = (a, c) if a * c in (10, 20, 100) else (b, c)
                steps = [
                    f"Multiply {pair[0]} × {pair[1]} = {pair[0] * pair[1]} first.",
                    f"{value // (pair[0] * pair[1])} × {pair[0] * pair[1]} = {show(value)}",
                ]
            return make(
                prompt,
                answer,
                steps,
                style,
                f"{a} × {b} × {c}",
                predicted=mis.predictions(answer, ("neighbouring_fact", a * b + c)),
            )
        if rng.random() < 0.5:
            answer = WholeNumber(product)
            prompt = f"What is {n} × {t}?" + hint(level, tip)
            item = make(
                prompt,
                answer,
                [f"{n} × {t} = {product}"],
                style,
                f"{n} × {t}",
                predicted=mis.predictions(answer, ("neighbouring_fact", mis.neighbouring_fact(t, n))),
            )
            return pictures.offer_sum(item, "×", n, t)
        answer = WholeNumber(n)
        prompt = f"What is {product} ÷ {t}?" + hint(level, f"how many {t}s make {product}?")
        item = make(
            prompt,
            answer,
            [f"{n} × {t} = {product}, so {product} ÷ {t} = {n}"],
            style,
            f"{product} ÷ {t}",
            predicted=mis.predictions(answer, ("neighbouring_fact", n + 1)),
        )
        return pictures.offer_sum(item, "÷", product, t)
    if style == "missing_number":
        if level == Level.GREATER_DEPTH:
            pairs = [
                (x, product // x)
                for x in range(2, 13)
                if product % x == 0 and x not in (t, n) and 2 <= product // x <= 12
            ]
            if pairs:
                x, y = rng.choice(pairs)
                equation = f"{t} × {n} = {x} × □"
                answer = WholeNumber(y)
                steps = [f"{t} × {n} = {product}", f"{product} ÷ {x} = {y}"]
                return make(
                    f"Find the missing number: {equation}",
                    answer,
                    steps,
                    style,
                    equation,
                    predicted=mis.predictions(answer, ("wrong_inverse", product)),
                )
        form = rng.choice(("box_first", "box_second", "divisor"))
        if form == "box_first":
            equation, key = f"□ × {t} = {product}", n
        elif form == "box_second":
            equation, key = f"{n} × □ = {product}", t
        else:
            equation, key = f"{product} ÷ □ = {n}", t
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, tip)
        steps = [f"{n} × {t} = {product}", f"So □ = {key}"]
        known = t if form == "box_first" else n
        item = make(
            prompt,
            answer,
            steps,
            style,
            equation,
            predicted=mis.predictions(answer, ("wrong_inverse", product * known)),
        )
        if form == "divisor":
            return pictures.offer_sum(item, "÷", product, t, "b")
        return pictures.offer_sum(item, "×", n, t, "a" if form == "box_first" else "b")
    if style == "true_or_false":
        wrong = rng.choice(
            (mis.neighbouring_fact(t, n), t * (n + 1), product + 1 if product % 10 == 9 else product - 2)
        )
        claim = product if rng.random() < 0.5 else wrong
        answer = TrueFalse(claim == product)
        prompt = f"True or false? {n} × {t} = {claim}" + hint(level, tip)
        steps = [f"{n} × {t} = {product}", f"So the statement is {truth_word(claim == product)}."]
        predicted = mis.predictions(answer, ("neighbouring_fact", True if claim != product else None))
        item = make(prompt, answer, steps, style, f"{n} × {t} = {claim}", predicted=predicted)
        return pictures.offer_sum(item, "×", n, t)
    if style == "compare":
        for _ in range(50):
            t2, n2 = rng.choice(tables), rng.randint(2, 12)  # type: ignore[arg-type]
            if (t2, n2) not in ((t, n), (n, t)) and abs(t2 * n2 - product) <= max(6, product // 5):
                break
        if rng.random() < 0.2:
            pairs = [
                (x, product // x)
                for x in range(2, 13)
                if product % x == 0 and x not in (t, n) and 2 <= product // x <= 12
            ]
            if pairs:
                t2, n2 = rng.choice(pairs)
        other = t2 * n2
        answer = Comparison(sign_of(product, other))
        left, right = f"{n} × {t}", f"{n2} × {t2}"
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, "work out each side.")
        steps = [f"{left} = {product}", f"{right} = {other}", f"So {left} {answer.sign} {right}"]
        return make(prompt, answer, steps, style, f"{left} □ {right}")
    return _tables_word_problem(rng, level, t, n)


_GROUPS = (
    ("Pencils come in packs of {t}. How many pencils are in {n} packs?", "×", ""),
    ("A spider has 8 legs. How many legs do {n} spiders have?", "×8", ""),
    ("Each table in the hall seats {t} children. How many children can sit at {n} tables?", "×", ""),
    ("Stickers cost {t}p each. How much do {n} stickers cost?", "×", "money"),
    ("{p} children get into teams of {t}. How many teams are there?", "÷", ""),
    ("{p} cakes are shared equally onto {t} plates. How many cakes go on each plate?", "÷", ""),
    ("Eggs come in boxes of {t}. {name} needs {p} eggs. How many boxes is that?", "÷", ""),
    ("A week has 7 days. How many days are there in {n} weeks?", "×7", ""),
)


def _tables_word_problem(rng: random.Random, level: Level, t: int, n: int) -> Item:
    template, op, unit = rng.choice(_GROUPS)
    if op in ("×8", "×7"):
        t = int(op[1])
    product = t * n
    who = name(rng)
    prompt = template.format(t=t, n=n, p=product, name=who) + hint(level, f"count in {t}s.")
    if op.startswith("×"):
        answer = _count_answer(product, unit)
        steps = [f"{n} × {t} = {product}"]
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{n} × {t}",
            predicted=mis.predictions(answer, ("neighbouring_fact", mis.neighbouring_fact(t, n))),
        )
        return pictures.offer_sum(item, "×", n, t)
    answer = WholeNumber(n)
    steps = [f"{product} ÷ {t} = {n}, because {n} × {t} = {product}"]
    return pictures.offer_sum(make(prompt, answer, steps, "word_problem", f"{product} ÷ {t}"), "÷", product, t)


# ---------------------------------------------------------------------- mental × and ÷


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def _power_item(rng: random.Random, level: Level) -> tuple[str, Fraction, Fraction, int, bool, list[str]]:
    """Multiply or divide by 10, 100 or 1000: (prompt expression, start, result, power, multiply, steps)."""
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
    result = start * factor if multiply else start / factor
    sign = "×" if multiply else "÷"
    way = "left" if multiply else "right"
    steps = [
        f"{sign} {show(factor)} moves every digit {power} place{'s' if power > 1 else ''} to the {way}.",
        f"{show(start)} {sign} {show(factor)} = {show(result)}",
    ]
    return f"{show(start)} {sign} {show(factor)}", start, result, power, multiply, steps


def _exact(value: object) -> Fraction:
    """The exact value of a number or of a number written as text ('2.50', '1,200')."""
    if isinstance(value, str):
        return Fraction(Decimal(value.replace(",", "").replace("−", "-")))
    return Fraction(value)  # type: ignore[arg-type]


def _number_answer(value: Fraction) -> Answer:
    if value.denominator == 1:
        return WholeNumber(value.numerator)
    return DecimalNumber(_decimal(value))


def _scaled_fact(rng: random.Random, level: Level) -> tuple[str, Fraction, list[str], list[tuple[str, object]]]:
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
        steps = [
            f"{a} × {b} = {a * b}",
            f"{show(x)} × {show(y)} is {a * b} × {show(10 ** (za + zb))} = {show(value)}",
        ]
        wrong = ("zeros_miscounted", Fraction(a * b * 10 ** max(0, za + zb - 1)))
        return text, value, steps, [wrong]
    product = x * y
    value = Fraction(x)
    text = f"{show(product)} ÷ {show(y)}"
    steps = [f"{a} × {b} = {a * b}, so {show(product)} ÷ {show(y)} = {show(x)}"]
    wrong = ("zeros_miscounted", Fraction(x * 10) if zb == 0 else Fraction(x, 10) if x % 10 == 0 else None)
    return text, value, steps, [wrong]


def _strategy(rng: random.Random) -> tuple[str, Fraction, list[str]]:
    """Level 3 mental strategies: doubling and halving, compensation, partitioning."""
    kind = rng.choice(("quarter", "near", "partition"))
    if kind == "quarter":
        m = rng.choice((4, 8, 12, 16, 24, 28, 32, 36, 44))
        value = Fraction(25 * m)
        return (
            f"25 × {m}",
            value,
            [f"25 × 4 = 100, and {m} = 4 × {m // 4}.", f"100 × {m // 4} = {show(value)}"],
        )
    if kind == "near":
        base = rng.choice((99, 199, 999, 49, 101))
        m = rng.randint(3, 9)
        value = Fraction(base * m)
        friendly = base + 1 if base % 10 == 9 else base - 1
        adjust = "subtract" if base % 10 == 9 else "add"
        return (
            f"{base} × {m}",
            value,
            [f"{friendly} × {m} = {show(friendly * m)}", f"then {adjust} {m}: {show(value)}"],
        )
    a = rng.randint(13, 19)
    b = rng.randint(12, 19)
    value = Fraction(a * b)
    return (
        f"{a} × {b}",
        value,
        [
            f"{a} × 10 = {a * 10} and {a} × {b - 10} = {a * (b - 10)}",
            f"{a * 10} + {a * (b - 10)} = {show(value)}",
        ],
    )


@topic(
    "calculation.mental_multiply_divide",
    title="Mental multiplication and division, including × and ÷ by 10, 100 and 1000",
    codes=("3C7", "4C6b", "5C6a", "5C6b", "6C6", "4F9", "6F9a"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "variation"),
    representations=pictures.kinds("mental_multiply_divide"),
)
@pictures.pictured("mental_multiply_divide")
def mental_multiply_divide(rng: random.Random, level: Level, style: str) -> Item:
    if style == "variation":
        return _variation_chain(rng, level)
    kind = rng.choice(("power", "power", "scaled") + (("strategy",) if level == Level.GREATER_DEPTH else ()))
    if style in ("missing_number", "true_or_false", "compare") and kind == "strategy":
        kind = "scaled"
    if kind == "power":
        text, start, value, power, multiply, steps = _power_item(rng, level)
        slips = [("powers_of_ten_wrong_way", mis.powers_of_ten_wrong_way(_decimal(start), power, multiply))]
        if multiply:
            slips.append(("times_ten_adds_zero", mis.times_ten_adds_zero(_decimal(start), power)))
        tip = "use a place-value chart: the digits move, the decimal point stays still."
    elif kind == "scaled":
        text, value, steps, slips = _scaled_fact(rng, level)
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
        item = make(prompt, answer, [*steps, f"So □ = {show(key)}"], style, equation)
        return pictures.offer(item, why, place_value_chart=counters)
    if style == "true_or_false":
        wrongs = [(m, w) for m, w in slips if w is not None and _exact(w) != value]
        slip = rng.choice(wrongs) if wrongs and rng.random() < 0.6 else None
        if slip is None:
            claim_text = show(value)
        else:
            claim_text = slip[1] if isinstance(slip[1], str) else show(Fraction(slip[1]))  # type: ignore[arg-type]
        truth = _exact(claim_text) == value
        answer = TrueFalse(truth)
        prompt = f"True or false? {text} = {claim_text}" + hint(level, tip)
        predicted = mis.predictions(answer, (slip[0], True) if slip and not truth else ("times_ten_adds_zero", None))
        item = make(
            prompt,
            answer,
            [*steps, f"So the statement is {truth_word(truth)}."],
            style,
            f"{text} = {claim_text}",
            predicted=predicted,
        )
        return pictures.offer(item, why, place_value_chart=counters)
    if kind == "power":
        other_text, _, other, _, _, _ = _power_item(rng, level)
    else:
        other_text, other, _, _ = _scaled_fact(rng, level)
    if rng.random() < 0.2:
        other_text, other = show(value), value
    answer = Comparison(sign_of(value, other))
    prompt = f"Write <, > or = in the box: {text} □ {other_text}" + hint(level, tip)
    steps = [
        f"{text} = {show(value)}",
        f"{other_text} = {show(other)}",
        f"So {text} {answer.sign} {other_text}",
    ]
    return make(prompt, answer, steps, style, f"{text} □ {other_text}")


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
            answer = WholeNumber(x // y)
            prompt = "Look at the pattern: " + "; ".join(shown) + f". What is {show(x)} ÷ {show(y)}?"
            steps = [
                "Making the number you divide 10 times bigger makes the answer 10 times bigger; making both "
                "numbers 10 times bigger leaves the answer the same.",
                f"{show(x)} ÷ {show(y)} = {show(x // y)}",
            ]
            return make(
                prompt,
                answer,
                steps,
                "variation",
                f"{show(x)} ÷ {show(y)}",
                predicted=mis.predictions(answer, ("zeros_miscounted", x // y * 10)),
            )
    shown = [f"{show(x)} × {show(y)} = {show(x * y)}" for x, y in chain[:-1]]
    x, y = chain[-1]
    answer = WholeNumber(x * y)
    prompt = (
        "Look at the pattern: "
        + "; ".join(shown)
        + f". What is {show(x)} × {show(y)}?"
        + hint(level, "what has changed from the line before?")
    )
    steps = [
        "Compare with the line before: one number is 10 times bigger, so the answer is 10 times bigger.",
        f"{show(x)} × {show(y)} = {show(x * y)}",
    ]
    return make(
        prompt,
        answer,
        steps,
        "variation",
        f"{show(x)} × {show(y)}",
        predicted=mis.predictions(answer, ("zeros_miscounted", x * y // 10)),
    )


# ---------------------------------------------------------------------- short multiplication


def _short_multiplication_numbers(rng: random.Random, level: Level) -> tuple[int, int]:
    low, high = RANGES["short_multiplication"][int(level)]["digits"]  # type: ignore[misc]
    for _ in range(100):
        a = _digits_number(rng, low, high)
        m = rng.randint(3, 9)
        carries = sum(1 for k, d in enumerate(reversed(str(a))) if d != "0")
        if a % 10 and (level == Level.WORKING_TOWARDS or _carry_multiplication(a, m) >= 2) and carries:
            return a, m
    return a, m


def _carry_multiplication(a: int, m: int) -> int:
    count, carry = 0, 0
    for d in reversed(str(a)):
        carry = (int(d) * m + carry) // 10
        count += bool(carry)
    return count


def _multiplication_trace(a: int, m: int, error: str | None, at: int) -> tuple[list[str], int]:
    names = ("Ones", "Tens", "Hundreds", "Thousands", "Ten thousands")
    digits = [int(d) for d in reversed(str(a))]
    out, carry, steps = [], 0, []
    for k, d in enumerate(digits):
        if error == "carry_added_before_multiplying" and k == at and carry:
            total = (d + carry) * m
            text = f"({d} + {carry}) × {m} = {total}"
        elif error == "carry_not_added_multiplication" and k == at and carry:
            total = d * m
            text = f"{d} × {m} = {total}"
        else:
            total = d * m + carry
            text = f"{d} × {m} = {d * m}" + (f", + {carry} = {total}" if carry else "")
        if k == len(digits) - 1:
            steps.append(f"{names[k]}: {text}, write {total}.")
            out.append(str(total))
        else:
            carry = total // 10
            steps.append(f"{names[k]}: {text}, write {total % 10}" + (f", carry {carry}." if carry else "."))
            out.append(str(total % 10))
    return steps, int("".join(reversed(out)))


@topic(
    "calculation.short_multiplication",
    title="Short multiplication by a one-digit number",
    codes=("3C7", "4C7", "5C7a", "3C8", "4C8"),
    styles=("fluency", "missing_number", "spot_the_mistake", "word_problem", "two_step_word_problem"),
    representations=pictures.kinds("short_multiplication"),
)
@pictures.pictured("short_multiplication")
def short_multiplication(rng: random.Random, level: Level, style: str) -> Item:
    a, m = _short_multiplication_numbers(rng, level)
    product = a * m
    working = methods.short_multiplication(a, m)
    tip = "multiply the ones first; add any carried digit after multiplying the next digit."
    steps = ["Use short multiplication (see the method).", f"{show(a)} × {m} = {show(product)}"]
    slips = (
        ("carry_not_added_multiplication", mis.carry_not_added_multiplication(a, m)),
        ("carry_added_before_multiplying", mis.carry_added_before_multiplying(a, m)),
    )
    if style == "fluency":
        answer = WholeNumber(product)
        prompt = f"Use short multiplication to work out {show(a)} × {m}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{show(a)} × {m}", working, mis.predictions(answer, *slips))
        return pictures.offer_sum(item, "×", a, m)
    if style == "missing_number":
        if rng.random() < 0.5:
            equation, key = f"□ ÷ {m} = {show(a)}", product
            steps = [
                f"Use the inverse: □ = {show(a)} × {m} (see the method).",
                f"{show(a)} × {m} = {show(product)}",
            ]
            wrong = ("wrong_inverse", a // m if a % m == 0 else None)
        else:
            equation, key = f"{show(a)} × □ = {show(product)}", m
            steps = [f"{show(product)} ÷ {show(a)} = {m}", f"Check: {show(a)} × {m} = {show(product)}"]
            wrong = ("wrong_inverse", None)
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        return make(prompt, answer, steps, style, equation, working, mis.predictions(answer, wrong))
    if style == "spot_the_mistake":
        while (a % 10) * m < 10:  # the mistake needs a digit carried from the ones
            a, m = _short_multiplication_numbers(rng, level)
            product, working = a * m, methods.short_multiplication(a, m)
        carried = [k for k in range(1, len(str(a))) if _multiplication_trace(a, m, None, -1)[0][k - 1].count("carry")]
        error = rng.choice(("carry_not_added_multiplication", "carry_added_before_multiplying"))
        at = rng.choice(carried) if carried else 1
        wrong_steps, wrong = _multiplication_trace(a, m, error, at)
        if wrong == product:
            error = "carry_not_added_multiplication"
            wrong_steps, wrong = _multiplication_trace(a, m, error, at)
        right_steps, _ = _multiplication_trace(a, m, None, -1)
        who = name(rng)
        answer = WholeNumber(product)
        prompt = (
            f"{who} used short multiplication for {show(a)} × {m} and got {show(wrong)}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        column = wrong_steps[at].split(":")[0].lower()
        why = (
            "the carried digit was not added"
            if error == "carry_not_added_multiplication"
            else "the carried digit was added before multiplying instead of after"
        )
        steps = [
            f"The mistake is in the {column}: {why}.",
            f"It should be {right_steps[at]}",
            f"{show(a)} × {m} = {show(product)}",
        ]
        item = make(prompt, answer, steps, style, f"{show(a)} × {m}", working, mis.predictions(answer, (error, wrong)))
        return pictures.offer_sum(item, "×", a, m)
    if style == "word_problem":
        item = _multiply_word_problem(rng, level, a, m, "word_problem", tip)
        pounds = isinstance(item.answer, Money) and a >= 100  # the price is in pounds in the prompt
        return pictures.offer_sum(item, "×", a, m, unit="£" if pounds else "")
    return _multiply_two_step(rng, level, a, m, tip)


def _multiply_word_problem(rng: random.Random, level: Level, per: int, count: int, style: str, tip: str) -> Item:
    fitting = [c for c in MULTIPLY_CONTEXTS if c[2] <= per <= c[3]]
    if not fitting:
        fitting = [c for c in MULTIPLY_CONTEXTS if c[3] >= 9_999 and c[1] != "money"]
    template, unit, _, _ = rng.choice(fitting)
    product = per * count
    answer = _count_answer(product, unit)
    prompt = _word(template, rng, per=_amount(per, unit), count=show(count)) + hint(level, tip)
    working = methods.short_multiplication(per, count) if count < 10 else methods.long_multiplication(per, count)
    steps = [
        f"Multiply: {show(per)} × {show(count)} (see the method).",
        f"{show(per)} × {show(count)} = {show(product)}",
    ]
    if unit == "money":
        steps = [
            f"Work in pence: {show(per)}p × {show(count)} (see the method).",
            f"{show(per)}p × {show(count)} = {show(product)}p = {Money(product).format()}",
        ]
    slips = (
        (("carry_not_added_multiplication", mis.carry_not_added_multiplication(per, count)),)
        if count < 10
        else (("place_value_slip_long_multiplication", mis.place_value_slip_long_multiplication(per, count)),)
    )
    return make(prompt, answer, steps, style, f"{show(per)} × {show(count)}", working, mis.predictions(answer, *slips))


def _multiply_two_step(rng: random.Random, level: Level, per: int, count: int, tip: str) -> Item:
    kind = rng.choice(("change", "left", "extra"))
    who = name(rng)
    product = per * count
    working = methods.short_multiplication(per, count) if count < 10 else methods.long_multiplication(per, count)
    if kind == "change":
        price = per if per < 1_000 else per // 10
        product = price * count
        paid = (product // 1000 + 1) * 1000 if product >= 500 else 500
        result = paid - product
        working = (
            methods.short_multiplication(price, count) if count < 10 else methods.long_multiplication(price, count)
        )
        prompt = (
            f"Notebooks cost {money(price)} each. {who} buys {show(count)} notebooks and pays with "
            f"£{paid // 100}. How much change does {who} get?"
        )
        steps = [
            f"Cost: {money(price)} × {show(count)} = {money(product)}",
            f"Change: {money(paid)} − {money(product)} = {money(result)}",
        ]
        answer = Money(result)
        check = f"{paid} − {price} × {count}"
    elif kind == "left":
        used = rng.randint(product // 4, product - 1)
        result = product - used
        if per <= 500:
            prompt = (
                f"A school buys {show(count)} boxes of {show(per)} pencils. It gives out {show(used)} "
                f"pencils. How many pencils are left?"
            )
        else:
            prompt = (
                f"A printer prints {show(per)} leaflets every hour for {show(count)} hours. {show(used)} "
                f"leaflets have been delivered. How many leaflets are still to be delivered?"
            )
        steps = [
            f"Pencils bought: {show(per)} × {show(count)} = {show(product)}",
            f"Left: {show(product)} − {show(used)} = {show(result)}",
        ]
        answer = WholeNumber(result)
        check = f"{show(per)} × {show(count)} − {show(used)}"
    else:
        extra = rng.randint(1, per - 1) if per > 1 else 1
        result = product + extra
        if per <= 250:
            prompt = (
                f"A farmer packs apples in crates of {show(per)}. She fills {show(count)} crates and has "
                f"{show(extra)} apples left over. How many apples did she have?"
            )
        else:
            prompt = (
                f"A warehouse packs {show(per)} tins onto each pallet. It fills {show(count)} pallets and "
                "has "
                f"{show(extra)} tins left over. How many tins were there?"
            )
        steps = [
            f"In crates: {show(per)} × {show(count)} = {show(product)}",
            f"Altogether: {show(product)} + {show(extra)} = {show(result)}",
        ]
        answer = WholeNumber(result)
        check = f"{show(per)} × {show(count)} + {show(extra)}"
    return make(prompt + hint(level, tip), answer, steps, "two_step_word_problem", check, working)


# ---------------------------------------------------------------------- long multiplication


def _long_multiplication_trace(a: int, b: int, error: str | None) -> tuple[list[str], int]:
    ones, tens = b % 10, b // 10 % 10
    first = a * ones
    second = a * tens * 10
    if error == "place_value_slip_long_multiplication":
        second = a * tens
    elif error == "partial_product":
        first = first + 10 if (first // 10) % 10 != 9 else first - 10
    total = first + second
    if error == "addition":
        total = mis.no_exchange_addition(first, second) or total + 100
    steps = [
        f"Step 1: {show(a)} × {ones} = {show(first)}.",
        f"Step 2: {show(a)} × {tens * 10} = {show(second)}.",
        f"Step 3: {show(first)} + {show(second)} = {show(total)}.",
    ]
    return steps, total


@topic(
    "calculation.long_multiplication",
    title="Long multiplication by a two-digit number",
    codes=("5C7a", "6C7a", "6C8"),
    styles=("fluency", "spot_the_mistake", "true_or_false", "word_problem", "two_step_word_problem"),
)
def long_multiplication(rng: random.Random, level: Level, style: str) -> Item:
    table = RANGES["long_multiplication"][int(level)]
    a = rng.randint(*table["first"])  # type: ignore[misc]
    b = rng.randint(*table["second"])  # type: ignore[misc]
    while b % 10 == 0 or b % 11 == 0 or a % 10 == 0:
        a, b = rng.randint(*table["first"]), rng.randint(*table["second"])  # type: ignore[misc]
    product = a * b
    working = methods.long_multiplication(a, b)
    tip = f"multiply by {b % 10}, then by {b // 10 * 10} (remember the 0), then add the two rows."
    steps = [
        f"{show(a)} × {b % 10} = {show(a * (b % 10))}",
        f"{show(a)} × {b // 10 * 10} = {show(a * (b // 10) * 10)}",
        f"{show(a * (b % 10))} + {show(a * (b // 10) * 10)} = {show(product)}",
    ]
    slip = ("place_value_slip_long_multiplication", mis.place_value_slip_long_multiplication(a, b))
    if style == "fluency":
        answer = WholeNumber(product)
        prompt = f"Use long multiplication to work out {show(a)} × {b}." + hint(level, tip)
        return make(
            prompt,
            answer,
            ["Use long multiplication (see the method).", *steps],
            style,
            f"{show(a)} × {b}",
            working,
            mis.predictions(answer, slip),
        )
    if style == "spot_the_mistake":
        error = rng.choice(
            (
                "place_value_slip_long_multiplication",
                "place_value_slip_long_multiplication",
                "partial_product",
                "addition",
            )
        )
        wrong_steps, wrong = _long_multiplication_trace(a, b, error)
        if wrong == product:
            error = "place_value_slip_long_multiplication"
            wrong_steps, wrong = _long_multiplication_trace(a, b, error)
        who = name(rng)
        answer = WholeNumber(product)
        prompt = (
            f"{who} worked out {show(a)} × {b} in three steps and got {show(wrong)}. "
            + " ".join(wrong_steps)
            + " Which step is wrong? Write the correct answer to "
            f"{show(a)} × {b}."
        )
        which = {
            "place_value_slip_long_multiplication": (
                "Step 2",
                f"{who} multiplied by {b // 10} instead of {b // 10 * 10} (the place-holder 0 is missing)",
            ),
            "partial_product": ("Step 1", f"{show(a)} × {b % 10} is {show(a * (b % 10))}"),
            "addition": (
                "Step 3",
                "the two rows were added without carrying"
                if mis.no_exchange_addition(a * (b % 10), a * (b // 10) * 10)
                else "the two rows were added up wrongly",
            ),
        }[error]
        steps = [f"{which[0]} is wrong: {which[1]}.", *steps]
        named = {
            "place_value_slip_long_multiplication": error,
            "addition": "no_exchange_addition" if mis.no_exchange_addition(a * (b % 10), a * (b // 10) * 10) else "",
        }.get(error, "")
        predicted = mis.predictions(answer, (named, wrong)) if named else ()
        return make(prompt, answer, steps, style, f"{show(a)} × {b}", working, predicted)
    if style == "true_or_false":
        wrongs = [
            w
            for w in (
                mis.place_value_slip_long_multiplication(a, b),
                product + a * 10,
                product - a,
                product + 1000,
            )
            if w and w != product and w > 0
        ]
        claim = product if rng.random() < 0.5 else rng.choice(wrongs)
        answer = TrueFalse(claim == product)
        prompt = f"True or false? {show(a)} × {b} = {show(claim)}" + hint(level, tip)
        steps = [*steps, f"So the statement is {truth_word(claim == product)}."]
        predicted = mis.predictions(
            answer, ("place_value_slip_long_multiplication", True if claim == slip[1] else None)
        )
        return make(prompt, answer, steps, style, f"{show(a)} × {b} = {show(claim)}", working, predicted)
    if style == "word_problem":
        return _multiply_word_problem(rng, level, a, b, "word_problem", tip)
    kind = rng.choice(("empty", "cost", "left"))
    who = name(rng)
    if kind == "empty":
        used = rng.randint(product // 3, product - 1)
        if a <= 60:
            prompt = (
                f"A hall has {b} rows of {show(a)} seats. {show(used)} people are sitting down. How many "
                f"seats are empty?"
            )
        elif a <= 999:
            prompt = (
                f"A stadium has {b} blocks of {show(a)} seats. {show(used)} tickets have been sold. How many "
                f"seats are still empty?"
            )
        else:
            prompt = (
                f"A factory makes {show(a)} bottles every day for {b} days. {show(used)} bottles are sold. "
                f"How many bottles are not sold?"
            )
        result = product - used
        # The step labels follow the story: seats in a hall or stadium, bottles in a factory.
        made, left = ("Bottles made", "Not sold") if a > 999 else ("Seats", "Empty")
        steps2 = [
            f"{made}: {show(a)} × {b} = {show(product)}",
            f"{left}: {show(product)} − {show(used)} = {show(result)}",
        ]
        check = f"{show(a)} × {b} − {show(used)}"
        answer: Answer = WholeNumber(result)
    elif kind == "cost":
        price = a * 100 if a < 100 else a
        product = price * b
        extra = rng.randint(2, 20) * 1000
        prompt = (
            f"A school trip costs {money(price)} for each pupil. {b} pupils go, and the coach costs "
            f"{money(extra)} extra. What is the total cost?"
        )
        result = product + extra
        steps2 = [
            f"Pupils: {money(price)} × {b} = {money(product)}",
            f"Total: {money(product)} + {money(extra)} = {money(result)}",
        ]
        check = f"{price} × {b} + {extra}"
        answer = Money(result)
        working = methods.long_multiplication(a, b)
    else:
        sold = rng.randint(product // 4, product - 1)
        if a <= 36:
            prompt = (
                f"A farm packs {b} trays with {show(a)} eggs on each tray. It sells {show(sold)} eggs. How "
                f"many eggs are left?"
            )
        else:
            prompt = (
                f"A publisher prints {b} boxes of books with {show(a)} books in each box. {show(sold)} books "
                f"are sent to shops. How many books are left?"
            )
        result = product - sold
        steps2 = [
            f"Eggs: {show(a)} × {b} = {show(product)}",
            f"Left: {show(product)} − {show(sold)} = {show(result)}",
        ]
        check = f"{show(a)} × {b} − {show(sold)}"
        answer = WholeNumber(result)
    return make(prompt + hint(level, tip), answer, steps2, "two_step_word_problem", check, working)


# ---------------------------------------------------------------------- short division


def _exact_division(rng: random.Random, level: Level, key: str) -> tuple[int, int, int]:
    table = RANGES[key][int(level)]
    divisor = rng.choice(table["divisors"])  # type: ignore[arg-type]
    quotient = rng.randint(*table["quotient"])  # type: ignore[misc]
    while quotient % 10 == 0:
        quotient += 1
    return divisor * quotient, divisor, quotient


def _division_trace(dividend: int, divisor: int, error: str | None) -> tuple[list[str], str]:
    """Bus-stop steps, perhaps with one wrong step: a 0 left out of the answer or a remainder not carried."""
    names = ("ones", "tens", "hundreds", "thousands", "ten thousands")
    digits = [int(d) for d in str(dividend)]
    steps, quotient, carry, dropped = [], "", 0, False
    for i, d in enumerate(digits):
        place = names[len(digits) - 1 - i]
        current = carry * 10 + d
        q, r = divmod(current, divisor)
        if q == 0 and not quotient:
            steps.append(f"{current} ÷ {divisor} does not go, so carry {current} into the next column.")
            carry = current
            continue
        if current == 0:
            steps.append(
                f"0 ÷ {divisor}: nothing to write or carry, so move on."
                if error == "missing_zero_in_quotient"
                else f"0 ÷ {divisor} = 0: write 0 in the {place}."
            )
            quotient += "" if error == "missing_zero_in_quotient" else "0"
            carry = 0
            continue
        if q == 0 and error == "missing_zero_in_quotient":
            steps.append(f"{current} ÷ {divisor} does not go, so carry {current} into the next column.")
        elif q == 0:
            steps.append(f"{current} ÷ {divisor} does not go: write 0 in the {place} and carry {current}.")
            quotient += "0"
        else:
            tail = f" remainder {r}, carry {r}." if r else "."
            if r and error == "remainder_not_carried" and not dropped and i < len(digits) - 1:
                tail = f" remainder {r}."
                dropped = True
                r = 0
            steps.append(f"{current} ÷ {divisor} = {q}{tail}")
            quotient += str(q)
        carry = r
    result = quotient + (f" r {carry}" if carry else "")
    return steps, result


@topic(
    "calculation.short_division",
    title="Short division (the bus-stop method)",
    codes=("3C7", "5C7b", "6C7c", "3C8", "6F6"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake"),
    representations=pictures.kinds("short_division"),
)
@pictures.pictured("short_division")
def short_division(rng: random.Random, level: Level, style: str) -> Item:
    dividend, divisor, quotient = _exact_division(rng, level, "short_division")
    tip = "divide from the left, and carry any remainder into the next digit."
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            divisor = rng.choice((3, 4, 6, 7, 8, 9))
            dividend = divisor * quotient + rng.randint(1, divisor - 1)
            value = Fraction(dividend, divisor)
            answer = FractionAnswer(value, mixed=True, improper=False)
            prompt = (
                f"Work out {show(dividend)} ÷ {divisor}. Write the remainder as a fraction, so your answer "
                f"is a mixed number."
            )
            q, r = divmod(dividend, divisor)
            simpler = "" if Fraction(r, divisor).denominator == divisor else f" = {Fraction(r, divisor)}"
            steps = [
                f"Short division gives {show(q)} remainder {r} (see the method).",
                f"The remainder {r} out of {divisor} is {r}/{divisor}{simpler}.",
                f"{show(dividend)} ÷ {divisor} = {format_fraction(value)}",
            ]
            item = make(
                prompt,
                answer,
                steps,
                style,
                f"{show(dividend)} ÷ {divisor}",
                methods.short_division(dividend, divisor),
                mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(dividend, divisor))),
            )
            return pictures.offer(item, place_value_chart=pictures.chart(dividend))
        answer = WholeNumber(quotient)
        prompt = f"Use short division to work out {show(dividend)} ÷ {divisor}." + hint(level, tip)
        steps = [
            "Use short division (see the bus-stop method).",
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.short_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(dividend, divisor))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    if style == "missing_number":
        remainder = rng.randint(1, divisor - 1)
        total = dividend + remainder
        form = rng.choice(("remainder", "dividend", "exact"))
        if form == "remainder":
            equation = f"{show(total)} ÷ {divisor} = {show(quotient)} r □"
            answer = WholeNumber(remainder)
            check = f"{show(total)} = {divisor} × {show(quotient)} + □"
            steps = [
                f"{divisor} × {show(quotient)} = {show(dividend)}",
                f"{show(total)} − {show(dividend)} = {remainder}",
            ]
            working = methods.short_division(total, divisor)
        elif form == "dividend":
            equation = f"□ ÷ {divisor} = {show(quotient)} r {remainder}"
            answer = WholeNumber(total)
            check = f"□ = {divisor} × {show(quotient)} + {remainder}"
            steps = [
                f"Use the inverse: {divisor} × {show(quotient)} = {show(dividend)}",
                f"Add the remainder: {show(dividend)} + {remainder} = {show(total)}",
            ]
            working = (
                methods.short_multiplication(quotient, divisor)
                if divisor < 10
                else methods.long_multiplication(quotient, divisor)
            )
        else:
            equation = f"□ ÷ {divisor} = {show(quotient)}"
            answer = WholeNumber(dividend)
            check = equation
            steps = [f"Use the inverse: {show(quotient)} × {divisor} = {show(dividend)}"]
            working = (
                methods.short_multiplication(quotient, divisor)
                if divisor < 10
                else methods.long_multiplication(quotient, divisor)
            )
        prompt = f"Find the missing number: {equation}" + hint(
            level, "use the inverse: multiply" + (", then add the remainder." if " r " in equation else ".")
        )
        item = make(prompt, answer, steps, style, check, working)
        if form == "remainder":
            return _division_pictures(item, total, divisor, quotient, remainder, "remainder")
        if form == "dividend":
            return _division_pictures(item, total, divisor, quotient, remainder, "whole")
        return _division_pictures(item, dividend, divisor, quotient, 0, "whole")
    if style == "spot_the_mistake":
        zero_quotients = [q for q in range(101, 10_000) if "0" in str(q)[1:-1]]
        table = RANGES["short_division"][int(level)]
        divisor = rng.choice([d for d in table["divisors"] if d < 10] or [3])  # type: ignore[union-attr]
        largest = 3_000
        if level == Level.WORKING_TOWARDS:  # three-digit numbers divided by 2, 3 or 4
            divisor, largest = rng.choice((2, 3, 4)), 200
        error = rng.choice(("missing_zero_in_quotient", "remainder_not_carried"))
        if error == "missing_zero_in_quotient":
            quotient = rng.choice([q for q in zero_quotients if q < largest])
        dividend = divisor * quotient
        wrong_steps, wrong = _division_trace(dividend, divisor, error)
        if wrong == str(quotient):
            error = "missing_zero_in_quotient"
            quotient = rng.choice([q for q in zero_quotients if q < largest])
            dividend = divisor * quotient
            wrong_steps, wrong = _division_trace(dividend, divisor, error)
        right_steps, _ = _division_trace(dividend, divisor, None)
        who = name(rng)
        answer = WholeNumber(quotient)
        prompt = (
            f"{who} used short division for {show(dividend)} ÷ {divisor} and got {wrong}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        why = (
            "when a digit was too small to divide, no 0 was written in the answer"
            if error == "missing_zero_in_quotient"
            else "a remainder was not carried into the next digit"
        )
        steps = [
            f"The mistake: {why}.",
            " ".join(right_steps),
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        predicted = mis.predictions(
            answer,
            ("missing_zero_in_quotient", int(wrong))
            if error == "missing_zero_in_quotient"
            else ("missing_zero_in_quotient", None),
        )
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.short_division(dividend, divisor),
            predicted,
        )
        return _division_pictures(item, dividend, divisor, quotient)
    return _division_word_problem(rng, level, dividend, divisor, quotient, tip)


def _division_word_problem(
    rng: random.Random,
    level: Level,
    dividend: int,
    divisor: int,
    quotient: int,
    tip: str,
    layout: Callable[[int, int], str] = methods.short_division,
) -> Item:
    if rng.random() < 0.5:
        template, unit = rng.choice(SHARE_CONTEXTS)
        if unit == "money":
            amount, each = (
                dividend * 100 if dividend < 1_000 else dividend,
                quotient * 100 if dividend < 1_000 else quotient,
            )
        else:
            amount, each = dividend, quotient
        answer = _count_answer(each, unit)
        prompt = _word(template, rng, a=_amount(amount, unit), b=show(divisor)) + hint(level, tip)
        steps = ["Divide (see the method).", f"{_amount(amount, unit)} ÷ {divisor} = {_amount(each, unit)}"]
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{show(amount)} ÷ {divisor}",
            layout(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(amount, divisor))),
        )
        # the bar in the question's own units (pounds and pence for money); the chart of the number divided
        bar = pictures.sharing_bar(amount, divisor, each, unit="£" if unit == "money" else unit)
        money_ = pictures.coins(amount) if unit == "money" else None
        why = "coins only picture money" if unit != "money" else "more than 12 notes and coins"
        counters = pictures.chart(Fraction(amount, 100) if unit == "money" else amount)  # pounds, as in the prompt
        return pictures.offer(item, why, bar_model=bar, place_value_chart=counters, coins=money_)
    remainder = rng.randint(1, divisor - 1)
    total = dividend + remainder
    template, way, _ = rng.choice([c for c in REMAINDER_CONTEXTS if total <= c[2]])
    if way == "up":
        key, check = quotient + 1, f"({show(total)} − {remainder}) ÷ {divisor} + 1"
        reason = f"{show(quotient)} is not enough for the last {remainder}, so one more is needed: {show(key)}"
    elif way == "down":
        key, check = quotient, f"({show(total)} − {remainder}) ÷ {divisor}"
        reason = f"The {remainder} left over is not enough for another one, so the answer is {show(key)}"
    else:
        key, check = remainder, f"{show(total)} − {divisor} × {show(quotient)}"
        reason = f"{remainder} are left over."
    answer = WholeNumber(key)
    prompt = _word(template, rng, a=show(total), b=show(divisor)) + hint(level, "think about what the remainder means.")
    steps = [f"{show(total)} ÷ {divisor} = {show(quotient)} remainder {remainder} (see the method).", reason]
    why = "a picture would show what the remainder means"
    predicted = mis.predictions(
        answer,
        (
            "remainder_not_interpreted",
            mis.remainder_not_interpreted(total, divisor, way == "up") if way != "left" else quotient,
        ),
    )
    item = make(prompt, answer, steps, "word_problem", check, layout(total, divisor), predicted)
    return pictures.offer(item, why, place_value_chart=pictures.chart(total))


def _division_pictures(
    item: Item, whole: int, divisor: int, quotient: int, remainder: int = 0, unknown: str = "each"
) -> Item:
    """A division's pictures: the whole shared into equal parts, and the whole in a place-value chart."""
    bar = pictures.sharing_bar(whole, divisor, quotient, remainder, unknown)
    counters = pictures.chart(whole) if unknown != "whole" else None
    why = "the number to divide is the one to find" if unknown == "whole" else "a bar stops at 12 parts"
    return pictures.offer(item, why, bar_model=bar, place_value_chart=counters)


# ---------------------------------------------------------------------- long division


@topic(
    "calculation.long_division",
    title="Long division by a two-digit number",
    codes=("6C7b", "6C7c", "6C8", "6F9c"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake"),
    representations=pictures.kinds("long_division"),
)
@pictures.pictured("long_division")
def long_division(rng: random.Random, level: Level, style: str) -> Item:
    dividend, divisor, quotient = _exact_division(rng, level, "long_division")
    tip = f"write out the first few multiples of {divisor} before you start."
    if style == "fluency":
        if level == Level.GREATER_DEPTH:
            extra = rng.randint(1, divisor - 1)
            total = dividend + extra
            value = Fraction(total, divisor)
            if _places_needed(value) <= 2 and rng.random() < 0.6:
                answer: Answer = DecimalNumber(_decimal(value))
                prompt = f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a decimal."
                steps = [
                    "Carry on dividing after the decimal point by writing zeros (see the method).",
                    f"{show(total)} ÷ {divisor} = {answer.format()}",
                ]
                item = make(
                    prompt,
                    answer,
                    steps,
                    style,
                    f"{show(total)} ÷ {divisor}",
                    methods.long_division(total, divisor, _places_needed(value)),
                    mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(total, divisor))),
                )
                return _division_pictures(item, total, divisor, total // divisor, total % divisor)
            answer = FractionAnswer(value, mixed=True, improper=False)
            q, r = divmod(total, divisor)
            prompt = (
                f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a mixed "
                "number "
                f"(the remainder as a fraction)."
            )
            steps = [
                f"{show(total)} ÷ {divisor} = {show(q)} remainder {r} (see the method).",
                f"The remainder is {r}/{divisor} of a whole one.",
                f"So the answer is {format_fraction(value)}",
            ]
            item = make(
                prompt,
                answer,
                steps,
                style,
                f"{show(total)} ÷ {divisor}",
                methods.long_division(total, divisor),
                mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(total, divisor))),
            )
            return _division_pictures(item, total, divisor, q, r)
        answer = WholeNumber(quotient)
        prompt = f"Use long division to work out {show(dividend)} ÷ {divisor}." + hint(level, tip)
        steps = ["Use long division (see the method).", f"{show(dividend)} ÷ {divisor} = {show(quotient)}"]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.long_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(dividend, divisor))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    if style == "missing_number":
        form = rng.choice(("dividend", "divisor", "remainder"))
        if form == "dividend":
            equation, key, check = (
                f"□ ÷ {divisor} = {show(quotient)}",
                dividend,
                f"□ ÷ {divisor} = {show(quotient)}",
            )
            steps = [f"Use the inverse: {show(quotient)} × {divisor} = {show(dividend)}"]
            working = methods.long_multiplication(quotient, divisor) if quotient >= 10 else None
        elif form == "divisor":
            equation, key, check = (
                f"{show(dividend)} ÷ □ = {show(quotient)}",
                divisor,
                f"{show(dividend)} ÷ □ = {show(quotient)}",
            )
            steps = [
                f"{show(dividend)} ÷ {show(quotient)} = {divisor}",
                f"Check: {show(quotient)} × {divisor} = {show(dividend)}",
            ]
            working = methods.long_division(dividend, quotient) if quotient < 100 else None
        else:
            extra = rng.randint(1, divisor - 1)
            total = dividend + extra
            equation, key = f"{show(total)} ÷ {divisor} = {show(quotient)} r □", extra
            check = f"{show(total)} = {divisor} × {show(quotient)} + □"
            steps = [
                f"{show(quotient)} × {divisor} = {show(dividend)}",
                f"{show(total)} − {show(dividend)} = {extra}",
            ]
            working = methods.long_division(total, divisor)
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        item = make(prompt, answer, steps, style, check, working)
        if form == "dividend":
            return _division_pictures(item, dividend, divisor, quotient, 0, "whole")
        if form == "divisor":  # the divisor is the unknown: a chart of the number divided
            return pictures.offer(item, place_value_chart=pictures.chart(dividend))
        return _division_pictures(item, total, divisor, quotient, extra, "remainder")
    if style == "spot_the_mistake":
        zero_quotients = [q for q in range(101, 1_000) if str(q)[1] == "0" and q % 10]
        quotient = rng.choice(
            zero_quotients if level != Level.WORKING_TOWARDS else [q for q in zero_quotients if q < 310]
        )
        dividend = divisor * quotient
        wrong_steps, wrong = _division_trace(dividend, divisor, "missing_zero_in_quotient")
        right_steps, _ = _division_trace(dividend, divisor, None)
        who = name(rng)
        answer = WholeNumber(quotient)
        prompt = (
            f"{who} used long division for {show(dividend)} ÷ {divisor} and got {wrong}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        steps = [
            f"The mistake: when the number was too small to divide by {divisor}, {who} did not write 0 in the answer.",
            f"Check with the inverse: {wrong} × {divisor} = {show(int(wrong) * divisor)}, not {show(dividend)}.",
            " ".join(right_steps),
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.long_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", int(wrong))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    return _division_word_problem(rng, level, dividend, divisor, quotient, tip, methods.long_division)


def _places_needed(value: Fraction) -> int:
    """Decimal places a value needs, or 99 when it has no exact decimal within six places."""
    for places in range(7):
        if (value * 10**places).denominator == 1:
            return places
    return 99


# ---------------------------------------------------------------------- factors, multiples, primes


def factors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


def _factor_pairs(n: int) -> list[tuple[int, int]]:
    pairs, d = [], 1
    while d * d <= n:
        if n % d == 0:
            pairs.append((d, n // d))
        d += 1
    return pairs


def _euclid(a: int, b: int) -> tuple[int, str]:
    """The highest common factor by Euclid's method, and the last subtraction as a check expression."""
    big, small = max(a, b), min(a, b)
    expression = show(small)
    while small:
        q, r = divmod(big, small)
        if r:
            expression = f"{show(big)} − {q} × {show(small)}"
        big, small = small, r
    return big, expression


@topic(
    "calculation.factors_multiples_primes",
    title="Factors, multiples and prime numbers",
    codes=("4C6c", "5C5a", "5C5b", "5C5c", "6C5", "5C8a"),
    styles=("fluency", "true_or_false", "odd_one_out", "word_problem"),
    representations=pictures.kinds("factors_multiples_primes"),
)
@pictures.pictured("factors_multiples_primes")
def factors_multiples_primes(rng: random.Random, level: Level, style: str) -> Item:
    low, high = RANGES["factors_multiples_primes"][int(level)]["numbers"]  # type: ignore[misc]
    if style == "fluency":
        kinds = {
            1: ("count", "lcm", "multiple"),
            2: ("count", "hcf", "lcm"),
            3: ("hcf", "lcm", "primes", "count"),
        }
        kind = rng.choice(kinds[int(level)])
        if kind == "multiple":
            d, k = rng.randint(3, 12), rng.randint(4, 12)
            answer = WholeNumber(d * k)
            prompt = f"What is the {ordinal(k)} multiple of {d}?" + hint(level, f"count in {d}s: {d}, {2 * d}, …")
            steps = [
                f"The multiples of {d} are {d} × 1, {d} × 2, {d} × 3, …",
                f"The {ordinal(k)} multiple is {d} × {k} = {d * k}.",
            ]
            item = make(
                prompt,
                answer,
                steps,
                style,
                f"{d} × {k}",
                predicted=mis.predictions(answer, ("neighbouring_fact", mis.neighbouring_fact(d, k))),
            )
            return pictures.offer(item, array=pictures.array(k, d))  # k rows of d: the kth multiple
        if kind == "count":
            n = rng.choice([x for x in range(low, high + 1) if len(factors(x)) >= 4])
            pairs = _factor_pairs(n)
            count = len(factors(n))
            answer = WholeNumber(count)
            prompt = f"How many factors does {n} have?" + hint(level, f"find the factor pairs: 1 × {n}, …")
            steps = [
                "Factor pairs: " + ", ".join(f"{x} × {y}" for x, y in pairs) + ".",
                f"{n} has {count} factors: {', '.join(map(str, factors(n)))}.",
            ]
            check = " + ".join("1" if x == y else "2" for x, y in pairs)
            item = make(
                prompt,
                answer,
                steps,
                style,
                check,
                predicted=mis.predictions(answer, ("factor_pairs_counted", len(pairs))),
            )
            # one factor pair as an array to start from (the most nearly square one that fits)
            fits = [pictures.array(x, y) for x, y in reversed(pairs) if x > 1 and pictures.array(x, y)]
            return pictures.offer(item, "no factor pair of it fits a 12 × 12 array", array=fits[0] if fits else None)
        if kind == "primes":
            start = rng.randint(2, 8) * 10
            primes = [p for p in range(start, start + 20) if is_prime(p)]
            total = sum(primes)
            answer = WholeNumber(total)
            prompt = f"What is the total of all the prime numbers between {start} and {start + 20}?"
            steps = [
                f"The primes between {start} and {start + 20} are {', '.join(map(str, primes))}.",
                f"{' + '.join(map(str, primes))} = {total}",
            ]
            odd_composites = [x for x in range(start, start + 20) if x % 2 and not is_prime(x) and x % 5]
            wrong = total + odd_composites[0] if odd_composites else None
            return make(
                prompt,
                answer,
                steps,
                style,
                " + ".join(map(str, primes)),
                predicted=mis.predictions(answer, ("odd_means_prime", wrong)),
            )
        if kind == "hcf":
            g = rng.randint(2, 12 if level == Level.EXPECTED else 25)
            x, y = rng.sample([k for k in range(2, 10) if g * k <= max(high, 100) * 2], 2)
            while _euclid(x, y)[0] != 1:
                x, y = rng.sample(range(2, 10), 2)
            a, b = g * x, g * y
            hcf, check = _euclid(a, b)
            answer = WholeNumber(hcf)
            prompt = f"What is the highest common factor of {a} and {b}?"
            steps = [
                f"Factors of {a}: {', '.join(map(str, factors(a)))}.",
                f"Factors of {b}: {', '.join(map(str, factors(b)))}.",
                f"The highest common factor is {hcf}.",
            ]
            return make(
                prompt,
                answer,
                steps,
                style,
                check,
                predicted=mis.predictions(answer, ("hcf_lcm_confused", a * b // hcf)),
            )
        pool = range(2, 7) if level == Level.WORKING_TOWARDS else range(2, 13)
        numbers = rng.sample(pool, 2 if level != Level.GREATER_DEPTH else 3)
        while len(numbers) == 2 and level != Level.WORKING_TOWARDS and max(numbers) % min(numbers) == 0:
            numbers = rng.sample(pool, 2)
        lcm = numbers[0]
        for m in numbers[1:]:
            lcm = lcm * m // _euclid(lcm, m)[0]
        if len(numbers) == 2:
            hcf, _ = _euclid(*numbers)
            check = f"{numbers[0]} × {numbers[1]} ÷ {hcf}"
            shown = f"{numbers[0]} and {numbers[1]}"
        else:
            check = f"{lcm} ÷ {numbers[0]} × {numbers[0]}"
            check = " × ".join(str(p) for p in _prime_factors(lcm))
            shown = f"{numbers[0]}, {numbers[1]} and {numbers[2]}"
        answer = WholeNumber(lcm)
        prompt = f"What is the lowest common multiple of {shown}?" + hint(level, "list the multiples of each.")
        steps = [
            f"Multiples of {n}: {', '.join(str(n * k) for k in range(1, min(lcm // n, 8) + 1))}"
            + (", …" if lcm // n > 8 else "")
            for n in numbers
        ]
        steps.append(f"The lowest common multiple is {lcm}.")
        wrong = numbers[0] * numbers[1] * (numbers[2] if len(numbers) > 2 else 1)
        return make(
            prompt,
            answer,
            steps,
            style,
            check,
            predicted=mis.predictions(answer, ("hcf_lcm_confused", wrong if wrong != lcm else None)),
        )
    if style == "true_or_false":
        kind = rng.choice(("factor", "multiple", "prime", "prime"))
        if kind == "prime":
            n = rng.choice(
                [x for x in range(max(low, 11), high + 1) if x % 2 and x % 5 and (is_prime(x) or rng.random() < 0.4)]
            )
            truth = is_prime(n)
            answer = TrueFalse(truth)
            prompt = f"True or false? {n} is a prime number." + hint(level, "try dividing by 3, 7 and 11.")
            if truth:
                steps = [f"{n} has no factors other than 1 and {n}.", "So the statement is true."]
                check = f"{n} ÷ 3 ≠ {n // 3}"
            else:
                p = next(d for d in range(2, n) if n % d == 0)
                steps = [
                    f"{n} = {p} × {n // p}, so {n} has more than two factors.",
                    "So the statement is false.",
                ]
                check = f"{n} ≠ {p} × {n // p}"
            predicted = mis.predictions(answer, ("odd_means_prime", True if not truth else None))
            return make(prompt, answer, steps, style, check, predicted=predicted)
        d = rng.randint(3, 12)
        n = d * rng.randint(max(2, low // d), max(3, high // d)) + (0 if rng.random() < 0.5 else rng.randint(1, d - 1))
        truth = n % d == 0
        answer = TrueFalse(truth)
        statement = f"{d} is a factor of {n}" if kind == "factor" else f"{n} is a multiple of {d}"
        prompt = f"True or false? {statement}." + hint(level, f"divide {n} by {d}.")
        steps = [
            f"{n} ÷ {d} = {n // d}" + (f" remainder {n % d}" if n % d else " exactly") + ".",
            f"So the statement is {truth_word(truth)}.",
        ]
        wrong = ("hcf_lcm_confused", True if kind == "factor" and not truth and d % n == 0 else None)
        return make(prompt, answer, steps, style, f"{n} ÷ {d} = {n // d}", predicted=mis.predictions(answer, wrong))
    if style == "odd_one_out":
        if rng.random() < 0.5:
            n = rng.choice([x for x in range(max(low, 24), max(high, 48) + 1) if len(factors(x)) >= 6])
            fs = [f for f in factors(n) if 1 < f < n]
            chosen = rng.sample(fs, 3)
            odd = rng.choice([x for x in range(3, n // 2) if n % x and x not in chosen])
            options = [*chosen, odd]
            rng.shuffle(options)
            texts = [str(o) for o in options]
            answer = Choice(tuple(texts), options.index(odd))
            prompt = (
                f"Which of these is not a factor of {n}? " + lettered(texts) + hint(level, f"divide {n} by each one.")
            )
            steps = [f"{n} ÷ {c} = {n // c}" for c in chosen]
            steps.append(f"{n} ÷ {odd} = {n // odd} remainder {n % odd}, so the answer is {odd}")
            return make(prompt, answer, steps, style, f"{n} ÷ {odd} = {format_fraction(Fraction(n, odd))}")
        lo = max(low, 11)
        primes = [p for p in range(lo, max(high, 60) + 1) if is_prime(p)]
        composites = [x for x in range(lo, max(high, 60) + 1) if x % 2 and x % 5 and not is_prime(x)]
        chosen = rng.sample(primes, 3)
        odd = rng.choice(composites)
        options = [*chosen, odd]
        rng.shuffle(options)
        texts = [str(o) for o in options]
        answer = Choice(tuple(texts), options.index(odd))
        p = next(d for d in range(2, odd) if odd % d == 0)
        prompt = "Which of these is not a prime number? " + lettered(texts) + hint(level, "try dividing by 3 and 7.")
        steps = [
            f"{', '.join(map(str, sorted(chosen)))} have only two factors each.",
            f"{odd} = {p} × {odd // p}, so the answer is {odd}",
        ]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{odd} = {p} × {odd // p}",
            predicted=mis.predictions(answer, ("odd_means_prime", None)),
        )
    if rng.random() < 0.5:
        a, b = rng.sample((4, 5, 6, 8, 9, 10, 12, 15), 2)
        hcf, _ = _euclid(a, b)
        lcm = a * b // hcf
        who = name(rng)
        setting = rng.choice(
            (
                f"A red light flashes every {a} seconds and a green light flashes every {b} seconds. They "
                "flash "
                f"together now. After how many seconds will they next flash together?",
                f"Buses to the park leave every {a} minutes and buses to the beach leave every {b} minutes. "
                "Both leave at "
                f"9:00. How many minutes later will they next leave together?",
                f"Sausages come in packs of {a} and bread rolls in packs of {b}. {who} wants exactly the "
                "same number of "
                f"sausages and rolls. What is the smallest number of sausages {who} can buy?",
            )
        )
        answer = WholeNumber(lcm)
        steps = [
            f"Multiples of {a}: {', '.join(str(a * k) for k in range(1, lcm // a + 1))}",
            f"Multiples of {b}: {', '.join(str(b * k) for k in range(1, lcm // b + 1))}",
            f"The lowest common multiple is {lcm}.",
        ]
        return make(
            setting + hint(level, "list the multiples of both numbers."),
            answer,
            steps,
            style,
            f"{a} × {b} ÷ {hcf}",
            predicted=mis.predictions(answer, ("hcf_lcm_confused", a * b if a * b != lcm else hcf)),
        )
    g = rng.randint(3, 12)
    x, y = rng.sample([k for k in range(2, 9)], 2)
    while _euclid(x, y)[0] != 1:
        x, y = rng.sample(range(2, 9), 2)
    a, b = g * x, g * y
    hcf, check = _euclid(a, b)
    setting = rng.choice(
        (
            f"{name(rng)} has {a} red beads and {b} blue beads and makes identical bracelets using all the "
            "beads. What "
            f"is the greatest number of bracelets that can be made?",
            f"A teacher has {a} pencils and {b} rubbers to share out so that every pack is the same, with "
            "nothing left "
            f"over. What is the greatest number of packs she can make?",
            f"A gardener plants {a} tulips and {b} daffodils in rows. Every row is the same and uses all the "
            "flowers. "
            f"What is the greatest number of rows?",
        )
    )
    answer = WholeNumber(hcf)
    steps = [
        f"The number of bracelets, packs or rows must be a factor of both {a} and {b}.",
        f"Common factors: {', '.join(str(f) for f in factors(hcf))}.",
        f"The greatest is {hcf}.",
    ]
    return make(
        setting + hint(level, "find the common factors."),
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, ("hcf_lcm_confused", a * b // hcf)),
    )


def _prime_factors(n: int) -> list[int]:
    out, d = [], 2
    while n > 1:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out


# ---------------------------------------------------------------------- squares and cubes


@topic(
    "calculation.squares_cubes",
    title="Square and cube numbers",
    codes=("5C5d", "5C8a", "6C9"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
    representations=pictures.kinds("squares_cubes"),
)
@pictures.pictured("squares_cubes")
def squares_cubes(rng: random.Random, level: Level, style: str) -> Item:
    table = RANGES["squares_cubes"][int(level)]
    cube = level != Level.WORKING_TOWARDS and rng.random() < 0.4
    base = rng.randint(*table["cubes" if cube else "squares"])  # type: ignore[misc]
    if level == Level.GREATER_DEPTH and not cube and rng.random() < 0.3:
        base = rng.choice((20, 30, 40, 50, 60, 70, 80, 90))
    power = 3 if cube else 2
    value = base**power
    mark = "³" if cube else "²"
    spelt = " × ".join([str(base)] * power)
    tip = f"{base}{mark} means {spelt}."
    slip = ("power_as_multiplying", mis.power_as_multiplying(base, power))
    # a square number as a square array; a cube needs a 3-D picture, which we do not draw
    square = pictures.array(base, base) if not cube else None
    why = "a cube number needs a 3-D picture" if cube else f"an array stops at 12 × 12, and this is {base} × {base}"
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            a, b = rng.randint(2, 12), rng.randint(2, 5)
            sign = rng.choice(("+", "−"))
            first, second = a**2, b**3
            if sign == "−" and first <= second:
                first, second, text = first, second, f"{b}³ − {a}²" if second > first else f"{a}² + {b}³"
                sign = "−" if second > first else "+"
                total = second - first if sign == "−" else first + second
            else:
                text = f"{a}² {sign} {b}³"
                total = first + second if sign == "+" else first - second
            answer = WholeNumber(total)
            steps = [f"{a}² = {a * a} and {b}³ = {b**3}", f"{text} = {total}"]
            wrong = (a * 2 + b * 3) if sign == "+" else None
            return make(
                f"Work out {text}.",
                answer,
                steps,
                style,
                text,
                predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
            )
        answer = WholeNumber(value)
        prompt = f"Work out {base}{mark}." + hint(level, tip)
        item = make(
            prompt,
            answer,
            [f"{spelt} = {show(value)}"],
            style,
            f"{base}{mark}",
            predicted=mis.predictions(answer, slip),
        )
        return pictures.offer(item, why, array=square)
    if style == "missing_number":
        answer = WholeNumber(base)
        if level == Level.GREATER_DEPTH and not cube and base < 20 and rng.random() < 0.5:
            other = rng.randint(2, 9)
            total = value + other**2
            equation = f"□² + {other}² = {total}"
            steps = [
                f"{other}² = {other**2}",
                f"□² = {total} − {other**2} = {value}",
                f"{base} × {base} = {value}, so □ = {base}",
            ]
            return make(f"Find the missing number: {equation}", answer, steps, style, equation)
        equation = f"□{mark} = {show(value)}"
        prompt = f"Find the missing number: {equation}" + hint(
            level, f"which number multiplied by itself {'three times ' if cube else ''}makes {show(value)}?"
        )
        steps = [f"{spelt} = {show(value)}", f"So □ = {base}"]
        wrong = value // power if value % power == 0 else None
        return make(
            prompt,
            answer,
            steps,
            style,
            equation,
            predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
        )
    if style == "compare":
        other_cube = not cube if level != Level.WORKING_TOWARDS else False
        other_base = rng.randint(*table["cubes" if other_cube else "squares"])  # type: ignore[misc]
        other_mark = "³" if other_cube else "²"
        other = other_base ** (3 if other_cube else 2)
        if (other_base, other_mark) == (base, mark):
            other_base, other = base + 1, (base + 1) ** power
        left, right = f"{base}{mark}", f"{other_base}{other_mark}"
        if level == Level.WORKING_TOWARDS and rng.random() < 0.5:
            right, other = str(base * 2), base * 2
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, tip)
        steps = [f"{left} = {value}", f"{right} = {other}", f"So {left} {answer.sign} {right}"]
        wrong = sign_of(base * power, other_base * (3 if other_cube else 2) if right.endswith(("²", "³")) else other)
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{left} □ {right}",
            predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
        )
    if style == "true_or_false":
        kind = rng.choice(("value", "value", "both"))
        if kind == "both" and level != Level.WORKING_TOWARDS:
            n = rng.choice((64, 1, 729, 16, 8, 36, 27, 100, 125))
            truth = n in (1, 64, 729)
            answer = TrueFalse(truth)
            root2 = min(range(1, 30), key=lambda r: abs(r * r - n))
            root3 = min(range(1, 10), key=lambda r: abs(r**3 - n))
            prompt = f"True or false? {n} is both a square number and a cube number."
            steps = [
                f"{n} {'is' if root2**2 == n else 'is not'} a square number"
                + (f" ({root2}² = {n})" if root2**2 == n else "")
                + ".",
                f"{n} {'is' if root3**3 == n else 'is not'} a cube number"
                + (f" ({root3}³ = {n})" if root3**3 == n else "")
                + ".",
                f"So the statement is {truth_word(truth)}.",
            ]
            check = f"{root2}² + {root3}³ = {2 * n}"
            return make(prompt, answer, steps, style, check)
        wrong = mis.power_as_multiplying(base, power) or value + base
        claim = value if rng.random() < 0.5 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {base}{mark} = {show(claim)}" + hint(level, tip)
        steps = [
            f"{base}{mark} = {spelt} = {show(value)}",
            f"So the statement is {truth_word(claim == value)}.",
        ]
        predicted = mis.predictions(answer, ("power_as_multiplying", True if claim == slip[1] else None))
        item = make(prompt, answer, steps, style, f"{base}{mark} = {show(claim)}", predicted=predicted)
        return pictures.offer(item, why, array=square)
    if cube:
        setting = rng.choice(
            (
                f"A big cube is built from 1 cm cubes, with {base} small cubes along each edge. How many "
                "small cubes "
                f"are used?",
                f"A cube-shaped box is packed with {base} layers of sugar cubes; each layer is {base} cubes "
                "long and "
                f"{base} cubes wide. How many sugar cubes are in the box?",
            )
        )
    else:
        setting = rng.choice(
            (
                f"A square patio has {base} rows of paving slabs with {base} slabs in each row. How many "
                "slabs are "
                f"there?",
                f"A marching band stands in a square: {base} rows of {base} players. How many players are in the band?",
                f"A square chocolate bar is {base} pieces long and {base} pieces wide. How many pieces does it have?",
            )
        )
    answer = WholeNumber(value)
    if level == Level.GREATER_DEPTH:
        taken = rng.randint(2, value // 4)
        setting = setting.replace("How many", f"{taken} of them are taken away. How many are left? (How many")
        setting = setting[: setting.index("(How many")].rstrip()
        answer = WholeNumber(value - taken)
        steps = [
            f"{spelt} = {base}{mark} = {show(value)}",
            f"{show(value)} − {taken} = {show(value - taken)}",
        ]
        item = make(
            setting,
            answer,
            steps,
            "word_problem",
            f"{base}{mark} − {taken}",
            predicted=mis.predictions(answer, ("power_as_multiplying", base * power - taken)),
        )
        return pictures.offer(item, why, array=square)
    item = make(
        setting + hint(level, tip),
        answer,
        [f"{spelt} = {base}{mark} = {show(value)}"],
        "word_problem",
        f"{base}{mark}",
        predicted=mis.predictions(answer, slip),
    )
    return pictures.offer(item, why, array=square)


# ---------------------------------------------------------------------- order of operations


Expression = tuple[str, list, Fraction, list[str]]


def _expression(rng: random.Random, level: Level) -> Expression:
    """An expression as shown, its left-to-right reading (for the misconception), its value and steps."""
    low, high = RANGES["order_of_operations"][int(level)]["numbers"]  # type: ignore[misc]

    def r(lo: int = low, hi: int = high) -> int:
        return rng.randint(lo, hi)

    def add_product() -> Expression:
        a, b, c = r(), r(2, 9), r(2, 9)
        return (
            f"{a} + {b} × {c}",
            [a, "+", b, "×", c],
            Fraction(a + b * c),
            [f"× first: {b} × {c} = {b * c}", f"then {a} + {b * c} = {a + b * c}"],
        )

    def take_product() -> Expression:
        a, b, c = r(20, 60), r(2, 6), r(2, 6)
        return (
            f"{a} − {b} × {c}",
            [a, "−", b, "×", c],
            Fraction(a - b * c),
            [f"× first: {b} × {c} = {b * c}", f"then {a} − {b * c} = {a - b * c}"],
        )

    def bracket_times() -> Expression:
        a, b, c = r(), r(), r(2, 6)
        return (
            f"({a} + {b}) × {c}",
            [[a, "+", b], "×", c],
            Fraction((a + b) * c),
            [f"Brackets first: {a} + {b} = {a + b}", f"then {a + b} × {c} = {(a + b) * c}"],
        )

    def add_quotient() -> Expression:
        b, c, a = r(2, 9), r(2, 9), r()
        return (
            f"{a} + {b * c} ÷ {c}",
            [a, "+", b * c, "÷", c],
            Fraction(a + b),
            [f"÷ first: {b * c} ÷ {c} = {b}", f"then {a} + {b} = {a + b}"],
        )

    def add_product_take() -> Expression:
        a, b, c, d = r(), r(2, 9), r(2, 9), r(1, 9)
        return (
            f"{a} + {b} × {c} − {d}",
            [a, "+", b, "×", c, "−", d],
            Fraction(a + b * c - d),
            [
                f"× first: {b} × {c} = {b * c}",
                f"then from left to right: {a} + {b * c} = {a + b * c}, {a + b * c} − {d} = {a + b * c - d}",
            ],
        )

    def bracket_times_add() -> Expression:
        a, b, c, d = r(10, 30), r(2, 9), r(2, 6), r()
        return (
            f"({a} − {b}) × {c} + {d}",
            [[a, "−", b], "×", c, "+", d],
            Fraction((a - b) * c + d),
            [
                f"Brackets first: {a} − {b} = {a - b}",
                f"then × : {a - b} × {c} = {(a - b) * c}",
                f"then + : {(a - b) * c} + {d} = {(a - b) * c + d}",
            ],
        )

    def quotient_plus_product() -> Expression:
        b, q, c, d = r(2, 9), r(2, 9), r(2, 9), r(2, 9)
        return (
            f"{b * q} ÷ {b} + {c} × {d}",
            [b * q, "÷", b, "+", c, "×", d],
            Fraction(q + c * d),
            [
                f"÷ and × first: {b * q} ÷ {b} = {q} and {c} × {d} = {c * d}",
                f"then {q} + {c * d} = {q + c * d}",
            ],
        )

    def times_bracket_take() -> Expression:
        a, b, c, d = r(2, 9), r(2, 12), r(2, 12), r(1, 9)
        return (
            f"{a} × ({b} + {c}) − {d}",
            [a, "×", [b, "+", c], "−", d],
            Fraction(a * (b + c) - d),
            [
                f"Brackets first: {b} + {c} = {b + c}",
                f"then × : {a} × {b + c} = {a * (b + c)}",
                f"then − : {a * (b + c)} − {d} = {a * (b + c) - d}",
            ],
        )

    def add_square_times() -> Expression:
        a, b, c = r(), r(2, 9), r(2, 5)
        return (
            f"{a} + {b}² × {c}",
            [a, "+", b * b, "×", c],
            Fraction(a + b * b * c),
            [
                f"Powers first: {b}² = {b * b}",
                f"then × : {b * b} × {c} = {b * b * c}",
                f"then + : {a} + {b * b * c} = {a + b * b * c}",
            ],
        )

    def bracket_squared() -> Expression:
        a, b, c = r(2, 9), r(2, 6), r(1, 30)
        total = (a + b) ** 2 - c
        return (
            f"({a} + {b})² − {c}",
            [[a, "+", b], "×", a + b, "−", c],
            Fraction(total),
            [
                f"Brackets first: {a} + {b} = {a + b}",
                f"then the power: {a + b}² = {(a + b) ** 2}",
                f"then − : {(a + b) ** 2} − {c} = {total}",
            ],
        )

    def divide_bracket_add() -> Expression:
        q, c, d, e = r(2, 12), r(2, 9), r(2, 9), r()
        return (
            f"{q * d * c} ÷ ({c} × {d}) + {e}",
            [q * d * c, "÷", [c, "×", d], "+", e],
            Fraction(q + e),
            [
                f"Brackets first: {c} × {d} = {c * d}",
                f"then ÷ : {q * c * d} ÷ {c * d} = {q}",
                f"then + : {q} + {e} = {q + e}",
            ],
        )

    def take_bracket_times() -> Expression:
        a, b, c, d = r(50, 150), r(2, 9), r(2, 9), r(2, 6)
        return (
            f"{a} − ({b} + {c}) × {d}",
            [a, "−", [b, "+", c], "×", d],
            Fraction(a - (b + c) * d),
            [
                f"Brackets first: {b} + {c} = {b + c}",
                f"then × : {b + c} × {d} = {(b + c) * d}",
                f"then − : {a} − {(b + c) * d} = {a - (b + c) * d}",
            ],
        )

    templates = {
        1: (add_product, take_product, bracket_times, add_quotient),
        2: (add_product_take, bracket_times_add, quotient_plus_product, times_bracket_take),
        3: (add_square_times, bracket_squared, divide_bracket_add, take_bracket_times),
    }[int(level)]
    for _ in range(50):
        text, tokens, value, steps = rng.choice(templates)()
        if value > 0 and mis.order_left_to_right(tokens) != value:
            return text, tokens, value, steps
    return "3 + 4 × 5", [3, "+", 4, "×", 5], Fraction(23), ["× first: 4 × 5 = 20", "then 3 + 20 = 23"]


@topic(
    "calculation.order_of_operations",
    title="Order of operations (brackets, then × and ÷, then + and −)",
    codes=("6C9", "5C8b"),
    styles=("fluency", "true_or_false", "compare", "missing_number"),
)
def order_of_operations(rng: random.Random, level: Level, style: str) -> Item:
    text, tokens, value, worked = _expression(rng, level)
    wrong = mis.order_left_to_right(tokens)
    tip = "brackets first, then × and ÷, then + and − from left to right."
    steps = [*worked, f"So {text} = {show(value)}"]
    if style == "fluency":
        answer = WholeNumber(int(value))
        prompt = f"Work out {text}." + hint(level, tip)
        return make(
            prompt,
            answer,
            steps,
            style,
            text,
            predicted=mis.predictions(answer, ("order_left_to_right", wrong if wrong.denominator == 1 else None)),
        )
    if style == "true_or_false":
        claim = value if rng.random() < 0.4 or wrong.denominator != 1 or wrong < 0 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, tip)
        steps = [*steps, f"So the statement is {truth_word(claim == value)}."]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{text} = {show(claim)}",
            predicted=mis.predictions(answer, ("order_left_to_right", True if claim != value else None)),
        )
    if style == "compare":
        other_text, _, other, _ = _expression(rng, level)
        if rng.random() < 0.2:
            other_text, other = show(value), value
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {text} □ {other_text}" + hint(level, tip)
        steps = [
            f"{text} = {show(value)}",
            f"{other_text} = {show(other)}",
            f"So the left side is "
            f"{'less than' if value < other else 'greater than' if value > other else 'equal to'} the right: "
            f"{answer.sign}",
        ]
        return make(prompt, answer, steps, style, f"{text} □ {other_text}")
    numbers = [t for t in _flat(tokens) if isinstance(t, int)]
    target = rng.choice([n for n in numbers if text.count(str(n)) == 1] or numbers[:1])
    boxed = _replace_once(text, str(target))
    equation = f"{boxed} = {show(value)}"
    answer = WholeNumber(target)
    prompt = f"Find the missing number: {equation}" + hint(level, tip)
    steps = [
        f"Work backwards, undoing the operations in reverse order ({tip[:-1]}).",
        f"Check: with □ = {target}, " + "; ".join(worked),
        f"So □ = {target}",
    ]
    return make(prompt, answer, steps, style, equation)


def _flat(tokens: Sequence[object]) -> list[object]:
    out: list[object] = []
    for t in tokens:
        out.extend(_flat(t) if isinstance(t, list) else [t])  # type: ignore[arg-type]
    return out


def _replace_once(text: str, number: str) -> str:
    """Replace the one whole number `number` in the text with □."""
    return re.sub(rf"(?<![\d]){number}(?![\d²³])", "□", text, count=1)


# ---------------------------------------------------------------------- estimation and inverse


@topic(
    "calculation.estimate_inverse",
    title="Estimate answers and check them with the inverse",
    codes=("3C3", "4C3", "5C3", "6C3"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
)
def estimate_inverse(rng: random.Random, level: Level, style: str) -> Item:
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
                f"{show(ra)} × {rb} = {show(estimate)}",
            ]
            check_b = f"({round_check(b, place_b)})" if place_b > 1 else str(b)
            return make(
                prompt,
                answer,
                steps,
                style,
                f"({round_check(a, place_a)}) × {check_b}",
                predicted=mis.predictions(
                    answer,
                    ("rounding_wrong_direction", (mis.rounding_wrong_direction(a, place_a) or ra) * rb),
                ),
            )
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
            f"{show(ra)} {sign} {show(rb)} = {show(estimate)}",
        ]
        finer = place // 10
        slip = None
        if finer >= 10:
            fa, fb = round_to(a, finer), round_to(b, finer)
            slip = fa + fb if sign == "+" else fa - fb
        return make(
            prompt,
            answer,
            steps,
            style,
            f"({round_check(a, place)}) {sign} ({round_check(b, place)})",
            predicted=mis.predictions(answer, ("rounding_wrong_place", slip)),
        )
    if style == "missing_number":
        who = name(rng)
        if level == Level.WORKING_TOWARDS or rng.random() < 0.5:
            digits = rng.randint(low, high)
            a, b = number_with_digits(rng, max(digits, 3)), number_with_digits(rng, max(digits - 1, 2))
            if rng.random() < 0.5:
                fact = f"{show(a)} + {show(b)} = {show(a + b)}"
                equation, key = f"{show(a + b)} − □ = {show(a)}", b
            else:
                big = a + b
                fact = f"{show(big)} − {show(b)} = {show(a)}"
                equation, key = f"{show(a)} + □ = {show(big)}", b
        else:
            divisor = rng.randint(3, 9)
            q = _digits_number(rng, 2, max(3, high - 1))
            fact = f"{show(q * divisor)} ÷ {divisor} = {show(q)}"
            equation, key = f"{show(q)} × □ = {show(q * divisor)}", divisor
        answer = WholeNumber(key)
        prompt = f"{who} worked out {fact}. Complete the inverse calculation {who} can use to check it: {equation}"
        steps = [
            f"The inverse undoes the calculation: {equation.replace('□', show(key))}",
            f"□ = {show(key)}",
        ]
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
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
            for w in (
                exact * 10,
                exact + big,
                exact - big,
                exact // 10 if exact % 10 == 0 else exact + 2 * big,
            )
            if w > 0 and w != exact
        ]
        claim = exact if rng.random() < 0.5 else rng.choice(wrongs)
        answer = TrueFalse(claim == exact)
        prompt = (
            f"Use estimation to decide, without working it out exactly. True or false? "
            f"{show(a)} {sign} {show(b)} = {show(claim)}"
        )
        steps = [
            f"Estimate: {show(ra)} {sign} {show(rb)} = {show(estimate)}.",
            f"{show(claim)} is {'close to' if claim == exact else 'too far from'} the estimate; the exact "
            "answer "
            f"is {show(exact)}, so the statement is {truth_word(claim == exact)}.",
        ]
        return make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)} = {show(claim)}")
    count = {1: 2, 2: 3, 3: 4}[int(level)]
    prices = [
        rng.randint(1, 20) * 100 + rng.choice((-2, -1, 1, 2, 5, -5, 49, 50 if level == Level.GREATER_DEPTH else 45))
        for _ in range(count)
    ]
    prices = [p if p > 100 else p + 100 for p in prices]
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
    steps = [" + ".join(money(r) for r in rounded) + f" = {money(total)}"]
    check = " + ".join(f"({round_check(p, 100)})" for p in prices)
    return make(prompt, answer, steps, "word_problem", check)
