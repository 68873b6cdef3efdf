"""Short multiplication by a one-digit number; long multiplication by a two-digit number."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Answer, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts, methods
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation.column_methods import amount, method_mistake, said_with
from ks2practice.content.calculation.common import (
    RANGES,
    _amount,
    _count_answer,
    _digits_number,
    _word,
    bank_fits,
    bank_use,
    fitting,
    money,
)
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, q, sub

MULTIPLY_CONTEXTS = (
    ("A coach holds {per} passengers. How many passengers can {count} coaches hold?", "", "coach_trip:seats,coaches"),
    ("A box holds {per} pencils. How many pencils are there in {count} boxes?", "", "pencil_boxes:pencils,boxes"),
    (
        "A theatre has {count} rows with {per} seats in each row. How many seats are there?",
        "",
        "theatre_seating:seats,rows",
    ),
    (
        "A lorry carries {per} of sand on each trip. How much sand does it carry in {count} trips?",
        "kg",
        "lorry_sand:load,trips",
    ),
    ("A ticket for a show costs {per}. How much do {count} tickets cost?", "money", "show_tickets:price,tickets"),
    ("A factory makes {per} toys every day. How many toys does it make in {count} days?", "", "toy_factory:toys,days"),
    (
        "Each page of a photo album holds {per} photos. How many photos fit in an album with {count} pages?",
        "",
        "photo_album:photos,pages",
    ),
    (
        "A cycle track is {per} long. {name} rides round it {count} times. How far does {name} ride?",
        "m",
        "cycle_track:length,laps",
    ),
    (
        "A warehouse packs {per} screws into each box. How many screws are there in {count} boxes?",
        "",
        "warehouse_screws:screws,boxes",
    ),
    ("A crate holds {per} apples. How many apples are there in {count} crates?", "", "apple_crates:apples,crates"),
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
    run = methods.multiply_short(a, m)
    working = run.layout
    tip = "multiply the ones first; add any carried digit after multiplying the next digit."
    steps = ["Use short multiplication (see the method).", *run.steps, Step(eq(mul(a, m), product))]
    slips = (mis.carry_not_added_multiplication.on(a, m), mis.carry_added_before_multiplying.on(a, m))
    if style == "fluency":
        answer = WholeNumber(product)
        prompt = f"Use short multiplication to work out {show(a)} × {m}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{show(a)} × {m}", working, mis.predictions(answer, *slips))
        return pictures.offer_sum(item, "×", a, m)
    if style == "missing_number":
        if rng.random() < 0.5:
            equation, key = f"□ ÷ {m} = {show(a)}", product
            steps = [
                Step("Use the inverse: □ = ", mul(a, m), " (see the method)."),
                *run.steps,
                Step(eq(mul(a, m), product)),
            ]
            wrong = mis.divides_instead_of_multiplying.on(a, m)
        else:
            equation, key = f"{show(a)} × □ = {show(product)}", m
            steps = [Step(eq(div(product, a), m)), Step("Check: ", eq(mul(a, m), product))]
            wrong = None
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        return make(prompt, answer, steps, style, equation, working, mis.predictions(answer, wrong))
    if style == "spot_the_mistake":
        while (a % 10) * m < 10:  # the mistake needs a digit carried from the ones
            a, m = _short_multiplication_numbers(rng, level)
            product, working = a * m, methods.short_multiplication(a, m)
        return _short_mistake(rng, a, m, working)
    if style == "word_problem":
        item = _multiply_word_problem(rng, level, a, m, "word_problem", tip)
        pounds = isinstance(item.answer, Money) and a >= 100  # the price is in pounds in the prompt
        return pictures.offer_sum(item, "×", a, m, unit="£" if pounds else "")
    return _multiply_two_step(rng, level, a, m, tip)


def _multiply_word_problem(rng: random.Random, level: Level, per: int, count: int, style: str, tip: str) -> Item:
    options = fitting(MULTIPLY_CONTEXTS, per, count) or [c for c in MULTIPLY_CONTEXTS if "lorry" in c[-1]]
    template, unit, spec = rng.choice(options)
    bank_use(spec, per, count)
    product = per * count
    answer = _count_answer(product, unit)
    prompt = _word(template, rng, per=_amount(per, unit), count=show(count)) + hint(level, tip)
    run = methods.multiply_short(per, count) if count < 10 else methods.multiply_long(per, count)
    working = run.layout
    steps = [Step("Multiply: ", mul(per, count), " (see the method)."), *run.steps, Step(eq(mul(per, count), product))]
    if unit == "money":
        steps = [
            Step("Work in pence: ", mul(q(per, "p"), count), " (see the method)."),
            *run.steps,
            Step(eq(mul(q(per, "p"), count), q(product, "p"), amount(product, unit))),
        ]
    elif unit:
        steps[-1] = Step(eq(mul(q(per, unit), count), q(product, unit)))
    slips = (
        (mis.carry_not_added_multiplication.on(per, count),)
        if count < 10
        else (mis.place_value_slip_long_multiplication.on(per, count),)
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
        # the thing bought is one that costs this much (shop_prices in the bank): a pencil, a notebook, a book
        thing = next(
            (t for t in ("pencil", "notebook", "book", "sticker") if contexts.get("shop_prices")[t].holds(price)),
            "book",
        )
        contexts.used("shop_prices", **{thing: price})
        prompt = (
            f"{thing.capitalize()}s cost {money(price)} each. {who} buys {show(count)} {thing}s and pays with "
            f"£{paid // 100}. How much change does {who} get?"
        )
        steps = [
            Step("Cost: ", eq(mul(amount(price, "money"), count), amount(product, "money"))),
            Step("Change: ", eq(sub(amount(paid, "money"), amount(product, "money")), amount(result, "money"))),
        ]
        answer = Money(result)
        check = f"{paid} − {price} × {count}"
    elif kind == "left":
        used = rng.randint(product // 4, product - 1)
        result = product - used
        boxes = bank_fits("pencil_boxes:pencils,boxes", per, count)
        bank_use("pencil_boxes:pencils,boxes" if boxes else "leaflet_printer:leaflets,hours", per, count)
        if boxes:
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
            Step("Pencils bought: " if boxes else "Leaflets printed: ", eq(mul(per, count), product)),
            Step("Left: ", eq(sub(product, used), result)),
        ]
        answer = WholeNumber(result)
        check = f"{show(per)} × {show(count)} − {show(used)}"
    else:
        extra = rng.randint(1, per - 1) if per > 1 else 1
        result = product + extra
        crates = bank_fits("apple_crates:apples,crates", per, count)
        bank_use("apple_crates:apples,crates" if crates else "paper_pallets:sheets,pallets", per, count)
        if crates:
            prompt = (
                f"A farmer packs apples in crates of {show(per)}. She fills {show(count)} crates and has "
                f"{show(extra)} apples left over. How many apples did she have?"
            )
        else:
            prompt = (
                f"A paper mill packs {show(per)} sheets of paper onto each pallet. It fills {show(count)} pallets "
                f"and has {show(extra)} sheets left over. How many sheets were there?"
            )
        steps = [
            Step("In crates: " if crates else "On pallets: ", eq(mul(per, count), product)),
            Step("Altogether: ", eq(add(product, extra), result)),
        ]
        answer = WholeNumber(result)
        check = f"{show(per)} × {show(count)} + {show(extra)}"
    return make(prompt + hint(level, tip), answer, steps, "two_step_word_problem", check, working)


# ---------------------------------------------------------------------- long multiplication


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
    run = methods.multiply_long(a, b)
    working = run.layout
    tip = f"multiply by {b % 10}, then by {b // 10 * 10} (remember the 0), then add the two rows."
    steps = list(run.steps)
    slip = mis.place_value_slip_long_multiplication.on(a, b)
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
        return _long_mistake(rng, a, b, working)
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
        predicted = mis.predictions(answer, mis.place_value_slip_long_multiplication.on(a, b, claim=claim))
        return make(prompt, answer, steps, style, f"{show(a)} × {b} = {show(claim)}", working, predicted)
    if style == "word_problem":
        return _multiply_word_problem(rng, level, a, b, "word_problem", tip)
    kind = rng.choice(("empty", "cost", "left"))
    name(rng)  # drawn as before, so the same spec still gives the same numbers
    if kind == "empty":
        used = rng.randint(product // 3, product - 1)
        where = next(
            spec
            for spec in ("theatre_seating:seats,rows", "stadium_blocks:seats,blocks", "bottle_factory:bottles,days")
            if bank_fits(spec, a, b) or spec.startswith("bottle")
        )
        bank_use(where, a, b)
        if where.startswith("theatre"):
            prompt = (
                f"A hall has {b} rows of {show(a)} seats. {show(used)} people are sitting down. How many "
                f"seats are empty?"
            )
        elif where.startswith("stadium"):
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
        made, left = ("Bottles made", "Not sold") if where.startswith("bottle") else ("Seats", "Empty")
        steps2 = [Step(f"{made}: ", eq(mul(a, b), product)), Step(f"{left}: ", eq(sub(product, used), result))]
        check = f"{show(a)} × {b} − {show(used)}"
        answer: Answer = WholeNumber(result)
    elif kind == "cost":
        price = a * 100 if a < 100 else a
        product = price * b
        extra = rng.randint(20, 70) * 1000  # a coach for the day costs hundreds of pounds
        bank_use("school_trip_cost:price,pupils,coach", price, b, extra)
        prompt = (
            f"A school trip costs {money(price)} for each pupil. {b} pupils go, and the coach costs "
            f"{money(extra)} extra. What is the total cost?"
        )
        result = product + extra
        steps2 = [
            Step("Pupils: ", eq(mul(amount(price, "money"), b), amount(product, "money"))),
            Step("Total: ", eq(add(amount(product, "money"), amount(extra, "money")), amount(result, "money"))),
        ]
        check = f"{price} × {b} + {extra}"
        answer = Money(result)
        working = methods.long_multiplication(a, b)
    else:
        sold = rng.randint(product // 4, product - 1)
        crates = bank_fits("apple_crates:apples,crates", a, b)  # no egg trays of 17
        bank_use("apple_crates:apples,crates" if crates else "paper_pallets:sheets,pallets", a, b)
        if crates:
            prompt = (
                f"A farm packs {b} crates with {show(a)} apples in each crate. It sells {show(sold)} apples. How "
                f"many apples are left?"
            )
        else:
            prompt = (
                f"A paper mill loads {b} pallets with {show(a)} sheets of paper on each pallet. {show(sold)} "
                f"sheets are sent to shops. How many sheets are left?"
            )
        result = product - sold
        steps2 = [
            Step("Apples: " if crates else "Sheets: ", eq(mul(a, b), product)),
            Step("Left: ", eq(sub(product, sold), result)),
        ]
        check = f"{show(a)} × {b} − {show(sold)}"
        answer = WholeNumber(result)
    return make(prompt + hint(level, tip), answer, steps2, "two_step_word_problem", check, working)


def _short_mistake(rng: random.Random, a: int, m: int, working: str | None) -> Item:
    """Short multiplication with the carried digit mishandled: the engine's mistaken run, told by its mechanism."""
    options = [x for x in (mis.carry_not_added_multiplication, mis.carry_added_before_multiplying) if x(a, m)]
    chosen = rng.choice(options or [mis.carry_not_added_multiplication])
    runs = (methods.multiply_short(a, m, mistake=chosen.id), methods.multiply_short(a, m))
    whole = Step(eq(mul(a, m), a * m))
    method = f"short multiplication for {show(a)} × {m}"
    item = method_mistake(rng, method, chosen.on(a, m), runs, whole, f"{show(a)} × {m}", working)
    return pictures.offer_sum(item, "×", a, m)


def _long_mistake(rng: random.Random, a: int, b: int, working: str | None) -> Item:
    """Long multiplication with one mechanised mistake (no place-holder 0, or the rows added without carrying)."""
    product = a * b
    rows = [a * (b % 10), a * (b // 10) * 10]
    mistakes = ["place_value_slip_long_multiplication", "place_value_slip_long_multiplication"]
    if mis.no_exchange_addition(*rows) is not None:
        mistakes.append("no_exchange_addition")
    chosen = rng.choice(mistakes)
    wrong_run = methods.multiply_long(a, b, mistake=chosen)
    right_run = methods.multiply_long(a, b)
    at = wrong_run.first_mistake
    who = name(rng)
    answer = WholeNumber(product)
    shown = " ".join(f"Step {i + 1}: {step}" for i, step in enumerate(wrong_run.as_written))
    prompt = (
        f"{who} worked out {show(a)} × {b} in three steps and got {show(wrong_run.answer)}. {shown}"
        f" Which step is wrong? Write the correct answer to {show(a)} × {b}."
    )
    if chosen == "no_exchange_addition":
        applied, feedback = mis.no_exchange_addition.on(*rows), mis.no_exchange_addition.feedback_for(*rows)
    else:
        applied = mis.place_value_slip_long_multiplication.on(a, b)
        feedback = mis.place_value_slip_long_multiplication.feedback_for(a, b)
    steps = [
        said_with(f"Step {at + 1} is wrong: ", wrong_run.steps[at]),
        feedback,
        *right_run.steps,
    ]
    return make(
        prompt, answer, steps, "spot_the_mistake", f"{show(a)} × {b}", working, mis.predictions(answer, applied)
    )
