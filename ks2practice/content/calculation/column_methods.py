"""Column addition, and column subtraction with exchanging."""

from __future__ import annotations

import random
from decimal import Decimal

from ks2practice.answers.kinds import Money, WholeNumber
from ks2practice.content import contexts, methods
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import explain_items as explain
from ks2practice.content.calculation.common import (
    RANGES,
    _amount,
    _count_answer,
    _digits_number,
    _word,
    bank_fits,
    bank_use,
)
from ks2practice.content.wording import hint, make, name, number_with_digits, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, add, eq, q, sub
from ks2practice.core.steps import money as money_num


def _pounds(pence: int) -> Decimal | int:
    """Pence as pounds for a written method: whole pounds stay whole, otherwise two decimal places."""
    return pence // 100 if pence % 100 == 0 else Decimal(pence).scaleb(-2)


def amount(value: int, unit: str) -> Num:
    """An amount as a step writes it, as the prompt does: a count, a measure, or pence as £12, £3.45 or 45p."""
    if unit == "money":
        return q(value // 100, "£") if value >= 100 and value % 100 == 0 else money_num(value)
    return q(value, unit)


def said_with(lead: str, step: Step, label: bool = True) -> Step:
    """A step of a run with words put before it ("It should be " + "Tens: 9 + 3 = 12, …"); label=False leaves
    out the step's own "Tens: " when the words already name the column."""
    first, *rest = step.parts
    if not label and isinstance(first, str):
        first = first.partition(": ")[2]
    return Step(lead, first, *rest)


def _first(run: methods.Run) -> str:
    """'first ' when the run makes its mistake in more than one column, so the solution names where it starts."""
    return "first " if len(run.mistaken) > 1 else ""


def method_mistake(
    rng: random.Random,
    method: str,
    mistake: mis.Applied,
    runs: tuple[methods.Run, methods.Run],
    whole: Step,
    check: str,
    working: str | None,
) -> Item:
    """A spot-the-mistake item from one written method run twice on the same numbers: as the child did it (the
    mechanism's mistake, so the story is the trace that made the wrong answer) and right. ``method`` names the
    method and the sum ("the column method for 452 + 379"); ``whole`` is the sum worked right."""
    wrong_run, right_run = runs
    at = wrong_run.first_mistake
    who = name(rng)
    answer = WholeNumber(right_run.answer)
    prompt = (
        f"{who} used {method} and got {show(wrong_run.answer)}. {who}'s steps: "
        + " ".join(wrong_run.as_written)
        + " Find the mistake and write the correct answer."
    )
    column = methods.engine.place_name(at).lower()
    steps = [
        said_with(f"The {_first(wrong_run)}mistake is in the {column}: ", wrong_run.steps[at], label=False),
        mistake.mechanism.feedback_for(*mistake.operands, **dict(mistake.options)),
        said_with("It should be ", right_run.steps[at]),
        whole,
    ]
    return make(prompt, answer, steps, "spot_the_mistake", check, working, mis.predictions(answer, mistake))


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

# (template, unit, context): unit "" counts things, "money" is pence, else a metric unit; the context (in
# contexts_calculation.toml, "id:quantity,quantity") says which numbers are believable for the story.
ADD_CONTEXTS = (
    (
        "On Saturday {a} people visited a castle and on Sunday {b} people visited. How many people visited "
        "over the "
        "weekend?",
        "",
        "castle_visits:visitors",
    ),
    (
        "A library had {a} books. It was given {b} more books. How many books does it have now?",
        "",
        "library_books:stock,gift",
    ),
    (
        "{name} walked {a} steps on Monday and {b} steps on Tuesday. How many steps is that altogether?",
        "",
        "step_count:steps",
    ),
    (
        "A lorry driver drove {a} one week and {b} the next. How far did the driver go altogether?",
        "km",
        "lorry_week:distance",
    ),
    (
        "A shop sold {a} bottles of water in June and {b} in July. How many bottles did it sell in the two months?",
        "",
        "shop_water_month:bottles",
    ),
    (
        "One water tank holds {a} and another holds {b}. How much water do the two tanks hold altogether?",
        "l",
        "water_tank:water",
    ),
    (
        "Oakbridge has a population of {a} and Elmstead has a population of {b}. What is the total "
        "population of the "
        "two towns?",
        "",
        "town:people",
    ),
    (
        "{name} buys a bike for {a} and a helmet for {b}. How much does {name} spend altogether?",
        "money",
        "bike_shop:bike,helmet",
    ),
    (
        "A school raised {a} at its summer fair and {b} at its winter fair. How much did it raise altogether?",
        "money",
        "school_fair_takings:raised",
    ),
    (
        "A museum's website had {a} visits in May and {b} visits in June. How many visits is that altogether?",
        "",
        "website_visits:visits",
    ),
)
SUBTRACT_CONTEXTS = (
    ("A school had {a} stickers. It gave out {b}. How many stickers are left?", "", "school_stickers:stock,given"),
    (
        "A stadium holds {a} people. {b} tickets have been sold. How many tickets are still for sale?",
        "",
        "stadium:seats,sold",
    ),
    ("One plane flew {a} and another flew {b}. How much further did the first plane fly?", "km", "flight:distance"),
    (
        "A hill path climbs {a}. {name} has climbed {b} so far. How much further is it to the top?",
        "m",
        "hill_path:climb,climbed",
    ),
    ("{name} saved {a} and spent {b} on a bike. How much money is left?", "money", "bike_savings:saved,spent"),
    ("A farmer had {a} of potatoes and sold {b}. How much is left?", "kg", "potato_farm:potatoes,sold"),
    (
        "{a} people ran a city marathon last year and {b} ran it this year. How many fewer people ran this year?",
        "",
        "city_marathon:runners",
    ),
    ("A water tower held {a} of water. {b} were used. How much water is left?", "l", "water_tower:water,used"),
    ("A car park has {a} spaces. {b} cars are parked. How many spaces are empty?", "", "car_park_spaces:spaces,parked"),
)


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
    run = methods.add_in_columns(*numbers)
    steps = [
        "Line the numbers up in columns, ones under ones (see the column method).",
        *run.steps,
        Step(eq(add(*numbers), total)),
    ]
    working = run.layout
    slip = mis.no_exchange_addition.on(*numbers)
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
            Step("The missing part is ", sub(total, known), " (see the column method)."),
            *methods.subtract_in_columns(total, known).steps,
            Step(eq(sub(total, known), missing)),
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            equation,
            methods.column_subtraction(total, known),
            mis.predictions(answer, mis.wrong_inverse.on(known, total, True)),
        )
        return pictures.offer_sum(item, "+", a, b, "a" if first else "b")
    if style == "spot_the_mistake":
        return _addition_mistake(rng, level, numbers[:2])
    if style == "word_problem":
        a, b = numbers[0], numbers[1]
        # money is in pence: the numbers as pounds (level 2), or with pence added (level 3), fitted as pence
        if level == Level.GREATER_DEPTH:
            pence = a + rng.randint(1, 99) if a < 10_000 else a, b + rng.randint(1, 99) if b < 10_000 else b
        else:
            pence = a * 100, b * 100
        options = [c for c in ADD_CONTEXTS if c[1] != "money" and bank_fits(c[-1], a, b)]
        if level != Level.WORKING_TOWARDS:
            options += [c for c in ADD_CONTEXTS if c[1] == "money" and bank_fits(c[-1], *pence)]
        options = [c for c in options if c[1] != "km" or level != Level.WORKING_TOWARDS] or options  # km: Year 4
        template, unit, spec = rng.choice(options or ADD_CONTEXTS[-1:])
        a, b = pence if unit == "money" else (a, b)
        bank_use(spec, a, b)
        answer = _count_answer(a + b, unit)
        prompt = _word(template, rng, a=_amount(a, unit), b=_amount(b, unit)) + hint(level, tip)
        # Money is worked in pounds with the points lined up, as the prompt writes it.
        run = methods.add_in_columns(_pounds(a), _pounds(b)) if unit == "money" else methods.add_in_columns(a, b)
        steps = [
            "Add the two amounts (see the column method).",
            *run.steps,
            Step(eq(add(amount(a, unit), amount(b, unit)), amount(a + b, unit))),
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(a)} + {show(b)}",
            run.layout,
            mis.predictions(answer, mis.no_exchange_addition.on(a, b)),
        )
        return pictures.offer_sum(item, "+", a, b, unit="£" if unit == "money" else "")
    return _add_subtract_two_step(rng, level, numbers[0], numbers[1], addition=True)


def _addition_mistake(rng: random.Random, level: Level, numbers: list[int]) -> Item:
    """Column addition with the carried digits forgotten: the engine's mistaken run, told by its mechanism."""
    while mis.no_exchange_addition(*numbers) is None:  # the mistake needs a column that carries
        numbers = _addends(rng, level)[:2]
    expression = " + ".join(show(n) for n in numbers)
    runs = (methods.add_in_columns(*numbers, mistake="no_exchange_addition"), methods.add_in_columns(*numbers))
    whole = Step(eq(add(*numbers), sum(numbers)))
    method = f"the column method for {expression}"
    item = method_mistake(rng, method, mis.no_exchange_addition.on(*numbers), runs, whole, expression, runs[1].layout)
    return pictures.offer_sum(item, "+", *numbers)


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
        steps = [Step(f"{who}: ", eq(add(a, b), a + b)), Step(eq(sub(a + b, c), result))]
        check, working = f"{show(a)} + {show(b)} − {show(c)}", methods.column_addition(a, b)
        contexts.used("game_points", points=[a, b, c])
    elif kind == "library":
        c = rng.randint(max(1, b // 3), b)
        result = a + b - c
        if bank_fits("library_books:stock,gift,gift,stock", a, b, c, a + b - c):  # no library buys 7,319 books
            bank_use("library_books:stock,gift,gift,stock", a, b, c, a + b - c)
            prompt = (
                f"A library had {show(a)} books. It bought {show(b)} new books and gave away {show(c)} old "
                f"ones. How many books does it have now?"
            )
        else:
            bank_use("bank_vault:coins", a, b, c, a + b - c)
            prompt = (
                f"A bank had {show(a)} coins in its vault. It took in {show(b)} more coins and paid out "
                f"{show(c)}. How many coins are in the vault now?"
            )
        steps = [Step(eq(add(a, b), a + b)), Step(eq(sub(a + b, c), result))]
        check, working = f"{show(a)} + {show(b)} − {show(c)}", methods.column_addition(a, b)
    elif kind == "train":
        big, small = max(a, b), min(a, b)
        off = rng.randint(small // 3, small)
        result = big - off + small
        where = next(
            spec
            for spec in ("train_journey:passengers", "stadium_fans:fans", "city_growth:people,grew,grew,people")
            if bank_fits(spec, big, off, small, result) or spec.startswith("city")
        )
        bank_use(where, big, off, small, result)
        if where.startswith("train"):
            prompt = (
                f"A long train had {show(big)} passengers. At the first station {show(off)} got off and "
                f"{show(small)} got on. How many passengers are on the train now?"
            )
        elif where.startswith("stadium"):
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
        steps = [Step(eq(sub(big, off), big - off)), Step(eq(add(big - off, small), result))]
        check, working = f"{show(big)} − {show(off)} + {show(small)}", methods.column_subtraction(big, off)
    elif kind == "sold_twice":
        c = rng.randint(a // 10 + 1, a // 3)
        d = rng.randint(a // 10 + 1, a // 3)
        result = a - c - d
        bank_use("warehouse_boxes:boxes", a, c, d, result)
        prompt = (
            f"A warehouse had {show(a)} boxes. It sent out {show(c)} boxes on Monday and {show(d)} on "
            f"Tuesday. How many boxes are left?"
        )
        steps = [Step(eq(add(c, d), c + d), " boxes sent out"), Step(eq(sub(a, c + d), result))]
        check, working = f"{show(a)} − {show(c)} − {show(d)}", methods.column_subtraction(a, c + d)
    else:
        goal = (a // 1000 + 2) * 1000 if a >= 1000 else (a // 100 + 2) * 100
        c = rng.randint(1, max(1, (goal - a) // 2))
        result = goal - a - c
        who = "A school" if goal <= 10_000 else "A charity"
        bank_use("fundraising:target,raised", goal * 100, a * 100, c * 100, result * 100)
        prompt = (
            f"{who} wants to raise £{show(goal)}. It raised £{show(a)} at a fair and £{show(c)} from a cake "
            f"sale. How much more money does it need to raise?"
        )
        steps = [
            Step("Raised so far: ", eq(add(q(a, "£"), q(c, "£")), q(a + c, "£"))),
            Step("Still needed: ", eq(sub(q(goal, "£"), q(a + c, "£")), q(result, "£"))),
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
    styles=("fluency", "missing_number", "spot_the_mistake", "word_problem", "two_step_word_problem", "explain"),
    representations=pictures.kinds("column_subtraction"),
)
@pictures.pictured("column_subtraction")
def column_subtraction(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return explain.subtraction_explain(rng, level)
    a, b = _subtraction_pair(rng, level)
    result = a - b
    tip = "start with the ones; if the top digit is smaller, exchange from the next column."
    run = methods.subtract_in_columns(a, b)
    steps = [
        "Line the numbers up in columns and subtract, exchanging where needed (see the column method).",
        *run.steps,
        Step(eq(sub(a, b), result)),
    ]
    working = run.layout
    slips = (mis.smaller_from_larger.on(a, b), mis.exchange_not_subtracted.on(a, b))
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Use the column method to work out {show(a)} − {show(b)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{show(a)} − {show(b)}", working, mis.predictions(answer, *slips))
        return pictures.offer_sum(item, "−", a, b)
    if style == "missing_number":
        if rng.random() < 0.5:
            equation, key = f"{show(a)} − □ = {show(result)}", b
            inverse = methods.subtract_in_columns(a, result)
            steps = [
                Step("The missing number is ", sub(a, result), " (see the column method)."),
                *inverse.steps,
                Step(eq(sub(a, result), b)),
            ]
            working, wrong = inverse.layout, mis.wrong_inverse.on(result, a, True)
        else:
            equation, key = f"□ − {show(b)} = {show(result)}", a
            inverse = methods.add_in_columns(result, b)
            steps = [
                Step("Use the inverse: ", add(result, b), " (see the column method)."),
                *inverse.steps,
                Step(eq(add(result, b), a)),
            ]
            working, wrong = inverse.layout, mis.wrong_inverse.on(b, result, False)
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "think of the whole and its two parts.")
        item = make(prompt, answer, steps, style, equation, working, mis.predictions(answer, wrong))
        return pictures.offer_sum(item, "−", a, b, "b" if "− □" in equation else "a")
    if style == "spot_the_mistake":
        return _subtraction_mistake(rng, a, b)
    if style == "word_problem":
        if level == Level.GREATER_DEPTH:
            pence = a * 100 if rng.random() < 0.5 else a, b + rng.randint(1, 99) if b < 10_000 else b
            pence = pence if pence[0] > pence[1] else (a, b)
        else:
            pence = a * 100, b * 100
        options = [c for c in SUBTRACT_CONTEXTS if c[1] != "money" and bank_fits(c[-1], a, b)]
        if level != Level.WORKING_TOWARDS:
            options += [c for c in SUBTRACT_CONTEXTS if c[1] == "money" and bank_fits(c[-1], *pence)]
        fallback = [c for c in SUBTRACT_CONTEXTS if c[-1].startswith("water_tower")]
        options = [c for c in options if c[1] != "km" or level != Level.WORKING_TOWARDS] or options  # km: Year 4
        template, unit, spec = rng.choice(options or fallback)
        x, y = pence if unit == "money" else (a, b)
        bank_use(spec, x, y)
        answer = _count_answer(x - y, unit)
        prompt = _word(template, rng, a=_amount(x, unit), b=_amount(y, unit)) + hint(level, tip)
        # Money is worked in pounds with the points lined up, as the prompt writes it.
        run = (
            methods.subtract_in_columns(_pounds(x), _pounds(y))
            if unit == "money"
            else methods.subtract_in_columns(x, y)
        )
        steps = [
            "Subtract (see the column method).",
            *run.steps,
            Step(eq(sub(amount(x, unit), amount(y, unit)), amount(x - y, unit))),
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(x)} − {show(y)}",
            run.layout,
            mis.predictions(answer, mis.smaller_from_larger.on(x, y), mis.exchange_not_subtracted.on(x, y)),
        )
        return pictures.offer_sum(item, "−", x, y, unit="£" if unit == "money" else "")
    return _add_subtract_two_step(rng, level, a, b, addition=False)


def _subtraction_mistake(rng: random.Random, a: int, b: int) -> Item:
    """Column subtraction with one mechanised mistake: the engine's mistaken run, explained by its mechanism."""
    options = [m for m in (mis.smaller_from_larger, mis.exchange_not_subtracted) if m(a, b) is not None]
    chosen = rng.choice(options or [mis.smaller_from_larger])
    runs = (methods.subtract_in_columns(a, b, mistake=chosen.id), methods.subtract_in_columns(a, b))
    method = f"the column method for {show(a)} − {show(b)}"
    whole = Step(eq(sub(a, b), a - b))
    item = method_mistake(rng, method, chosen.on(a, b), runs, whole, f"{show(a)} − {show(b)}", runs[1].layout)
    return pictures.offer_sum(item, "−", a, b)
