"""Multiply numbers with up to two decimal places by whole numbers."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts, methods
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.column_methods import amount
from ks2practice.content.calculation.common import money
from ks2practice.content.decimals import reasoning_items as reasoned
from ks2practice.content.decimals.common import (
    RANGES,
    _amount_answer,
    _amount_text,
    _exact,
    dec,
    places_of,
    random_decimal,
    round_places,
)
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, q, sub


def _multiply_mistake(rng: random.Random, a: Decimal, m: int, style: str) -> Item:
    """A worked product with the point put in the wrong place (0.3 × 4 = 0.12) or each part worked apart."""
    product = Fraction(a) * m
    slips = [
        s for s in _SLIPS if s(*_operands(s, a, m)) is not None and s is not dmis.decimal_point_ignored_multiplying
    ]
    chosen = rng.choice(slips)
    operands = _operands(chosen, a, m)
    wrong = chosen(*operands)
    error = chosen.id
    who = name(rng)
    places = places_of(a)
    digits = int(Fraction(a) * 10**places)
    if error == "decimal_point_misplaced_multiplying":
        method = (
            f"{who} did {digits} × {m} = {show(digits * m)}, then put {places + 1} digits after the point "
            f"and got {show(_exact(wrong))}."
        )
        plural = "s" if places > 1 else ""
        why = f"{show(a)} has {places} decimal place{plural}, so the answer has {places}, not {places + 1}"
    else:
        whole, part = show(a).split(".")
        method = (
            f"{who} did {whole} × {m} and {int(part)} × {m} and wrote the answers either side of the point: {wrong}."
        )
        unit = "tenths" if places == 1 else "hundredths"
        size = show(Fraction(int(part) * m, 10**places))
        why = Step(
            f"The mistake: {int(part)} {unit} × {m} is {int(part) * m} {unit}: ",
            eq(div(int(part) * m, 10**places), Decimal(size)),
            ", which must be exchanged into the ones.",
        )
    answer = DecimalNumber(dec(product))
    prompt = f"{who} worked out {show(a)} × {m}. {method} Find the mistake and write the correct answer."
    lead = why if isinstance(why, Step) else f"The mistake: {why}."
    steps = [lead, chosen.feedback_for(*operands), *_multiply_steps(a, m)]
    applied = chosen.on(*operands)
    return make(prompt, answer, steps, style, f"{show(a)} × {m}", predicted=mis.predictions(answer, applied))


# ---------------------------------------------------------------------- multiplying decimals by whole numbers


def _multiply_pair(rng: random.Random, level: Level) -> tuple[Decimal, int]:
    row = RANGES["multiply"][int(level)]
    low, high = row["by"]  # type: ignore[misc]
    return random_decimal(rng, row["whole"], row["places"]), rng.randint(low, high)  # type: ignore[arg-type]


_SLIPS = (
    dmis.decimal_point_ignored_multiplying,
    dmis.decimal_point_misplaced_multiplying,
    dmis.decimal_point_separator,
)


def _operands(slip: mis.Mechanism, a: Decimal, m: int) -> tuple[object, ...]:
    # decimal_point_separator is one mechanism for + − ×: it is told which (a × m is a, m, "×").
    return (a, Decimal(m), "×") if slip is dmis.decimal_point_separator else (a, m)


def _multiply_slips(a: Decimal, m: int, **asked: object) -> list[mis.Applied]:
    """The three decimal-point slips on a × m, as mechanisms applied to its numbers (asked: scale= or claim=)."""
    return [
        dmis.decimal_point_ignored_multiplying.on(a, m, **asked),
        dmis.decimal_point_misplaced_multiplying.on(a, m, **asked),
        dmis.decimal_point_separator.on(a, Decimal(m), "×", **asked),
    ]


def _multiply_steps(a: Decimal, m: int) -> list[str]:
    """An estimate, then the engine's run: the digits multiplied as tenths or hundredths, and the point put back."""
    rounded = round_places(Fraction(a), 0)
    estimate = Step("Estimate: about ", eq(mul(dec(rounded), m), dec(rounded * m)), ".")
    return [estimate, *methods.multiply_decimal(Decimal(fixed_text(a)), m).steps]


def fixed_text(a: Decimal) -> str:
    """The decimal as written in the question (3.50 stays 3.5 only if the question wrote it so)."""
    return show(a).replace(",", "")


# (story, unit, price-or-measure range in hundredths, the quantity in the bank's times_stories): one item, how many
_TIMES_STORIES = (
    ("A pen costs {a}. How much do {m} pens cost?", "money", (45, 399), "pen"),
    ("A cinema ticket costs {a}. How much do {m} tickets cost?", "money", (450, 1250), "cinema ticket"),
    ("Each bottle holds {a} of juice. How much juice is in {m} bottles?", "l", (25, 200), "bottle"),
    ("A fence panel is {a} long. How long are {m} panels in a row?", "m", (105, 250), "fence panel"),
    ("A tin of beans weighs {a}. What do {m} tins weigh?", "kg", (35, 95), "tin"),
    ("{n} runs {a} each day. How far does {n} run in {m} days?", "km", (120, 650), "run"),
)
# what a child buys several of on a trip, from the bank's school_trip_shop (prices in pence)
_SHOP_THINGS = ("notebook", "bottle of water", "box of pencils", "sandwich", "bag of crisps", "cinema ticket")


@topic(
    "decimals.multiply_decimals_by_whole",
    title="Multiply numbers with up to two decimal places by whole numbers",
    codes=("6F9b",),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "spot_the_mistake",
        "always_sometimes_never",
        "word_problem",
        "two_step_word_problem",
    ),
)
def multiply_decimals_by_whole(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return reasoned.multiply_asn(rng, level)
    a, m = _multiply_pair(rng, level)
    product = Fraction(a) * m
    text = f"{show(a)} × {m}"
    tip = "estimate first, then multiply the tenths."
    slips = _multiply_slips(a, m)
    if style == "fluency":
        answer: Answer = DecimalNumber(dec(product))
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:  # reason from a known whole-number fact
            digits = int(Fraction(a) * 100)
            prompt = f"{show(digits)} × {m} = {show(digits * m)}. Use this fact to work out {text}."
            steps = [
                Step(eq(a, div(digits, 100)), ", so ", eq(mul(a, m), div(digits * m, 100))),
                Step(eq(div(digits * m, 100), dec(product))),
            ]
            return make(
                prompt, answer, steps, style, f"{show(digits * m)} ÷ 100", predicted=mis.predictions(answer, *slips)
            )
        prompt = f"Work out {text}" + hint(level, tip)
        return make(prompt, answer, _multiply_steps(a, m), style, text, predicted=mis.predictions(answer, *slips))
    if style == "spot_the_mistake":
        return _multiply_mistake(rng, a, m, style)
    if style == "missing_number":
        if rng.random() < 0.5:
            answer = DecimalNumber(a)
            equation = f"□ × {m} = {show(product)}"
            steps = [Step("□ = ", div(dec(product), m)), Step("□ = ", eq(div(dec(product), m), a))]
            tip = "use the inverse: divide."
        else:
            # The box is the whole number: KS2 never divides by a decimal (6F9c divides by whole numbers), so the
            # working estimates and multiplies to check instead of working out 43.2 ÷ 7.2.
            answer = WholeNumber(m)
            equation = f"{show(a)} × □ = {show(product)}"
            steps = [
                Step("Estimate how many ", a, "s make ", dec(product), ", then multiply to check."),
                Step(eq(mul(a, m), dec(product)), f", so □ is {m}."),
            ]
            tip = "which whole number makes it? Estimate, then multiply to check."
        prompt = f"What number goes in the box? {equation}" + hint(level, tip)
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
        wrong = [s.wrong() for s in slips if s.wrong() is not None]
        # a claim with four decimal places is beyond KS2 (three at most: 6F9a), so such a slip is not shown
        wrong = [w for w in wrong if (Fraction(_exact(w)) * 1000).denominator == 1]  # type: ignore[arg-type]
        slip = rng.choice(wrong) if wrong and rng.random() < 0.5 else None
        claim = _exact(slip) if slip is not None else product  # type: ignore[arg-type]
        answer = TrueFalse(claim == product)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, "estimate first.")
        steps = [*_multiply_steps(a, m), f"So the statement is {truth_word(claim == product)}."]
        predicted = mis.predictions(answer, *_multiply_slips(a, m, claim=claim)) if slip is not None else ()
        return make(prompt, answer, steps, style, f"{text} = {show(claim)}", predicted=predicted)
    story, unit, (low, high), quantity = rng.choice(_TIMES_STORIES)
    places = 1 if level == Level.WORKING_TOWARDS and unit != "money" else 2
    size = rng.randint(low, high)
    if places == 1 or level == Level.WORKING_TOWARDS:
        size = size // 10 * 10 or 10
    if size % 10 == 0 and unit != "money":
        places = 1
    a = dec(Fraction(size, 100))
    scale = 100 if unit == "money" else 1
    if style == "word_problem":
        contexts.used("times_stories", **{quantity: Fraction(a) * scale, "count": m})
    who = name(rng)
    product = Fraction(a) * m
    if style == "word_problem":
        answer = _amount_answer(product, unit)
        prompt = story.format(a=_amount_text(a, unit), m=m, n=who) + hint(level, tip)
        check = f"{show(Fraction(a) * scale)} × {m}"
        applied = _multiply_slips(a, m, scale=100 if unit == "money" else 1)
        if unit != "money":  # 100 times too big reads as the wrong unit (cm for m), not as this slip
            applied = applied[1:]
        predicted = mis.predictions(answer, *applied)
        steps = [*_multiply_steps(a, m), Step(eq(mul(_measure(a, unit), m), _measure(dec(product), unit)))]
        return make(prompt, answer, steps, style, check, predicted=predicted)
    # two steps: the cost of several, then the change from a note (a real note: £5, £10, £20 or £50); at greater depth
    # a teacher buys for the class and pays with several £20 notes (×, × and −)
    shop = contexts.get("school_trip_shop")
    class_set = level == Level.GREATER_DEPTH
    m = m if class_set else min(m, 12)  # one child buys a few, not a class set
    most = 9999 if class_set else 4999
    fitting = [t for t in _SHOP_THINGS if shop.span(t)[0] * m < most]
    thing = rng.choice(fitting)
    low, high = shop.span(thing, high=most // m)
    price = shop.draw(rng, thing, low, high, step=10 if level == Level.WORKING_TOWARDS else 1)
    if price % 100 == 0:  # £1 each is whole-number multiplying: keep a decimal part (inside the bank's range)
        delta = 10 if level == Level.WORKING_TOWARDS else 5
        price = price + delta if price + delta <= high else price - delta
    cost = price * m
    if class_set:
        notes = -(-cost // 2000)
        paid = notes * 2000
        contexts.used("school_trip_shop", **{thing: price, "count": m, "paid": paid, "spent": cost})
        answer = Money(paid - cost)
        prompt = (
            f"A teacher buys {m} {_plural(thing)} for the class at {money(price)} each and pays with {notes} £20 "
            "notes. How much change does the teacher get?"
        )
        steps = [
            Step("The cost: ", eq(mul(amount(price, "money"), m), amount(cost, "money")), "."),
            Step("Paid: ", eq(mul(notes, amount(2000, "money")), amount(paid, "money")), "."),
            Step("Change: ", eq(sub(amount(paid, "money"), amount(cost, "money")), amount(paid - cost, "money")), "."),
        ]
        return make(prompt, answer, steps, style, f"{notes} × 2000 − {price} × {m}")
    note = next(n for n in (500, 1000, 2000, 5000) if n > cost)
    contexts.used("school_trip_shop", **{thing: price, "count": m, "paid": note, "spent": cost})
    answer = Money(note - cost)
    prompt = (
        f"{who} buys {m} {_plural(thing)} at {money(price)} each and pays with a {money(note)} note. "
        f"How much change does {who} get?" + hint(level, tip)
    )
    steps = [
        Step(eq(mul(amount(price, "money"), m), amount(cost, "money"))),
        Step(eq(sub(amount(note, "money"), amount(cost, "money")), amount(note - cost, "money"))),
    ]
    # No prediction: a slip in the first step reaches the change only through a second step of its own.
    return make(prompt, answer, steps, style, f"{note} − {price} × {m}")


def _plural(thing: str) -> str:
    """notebook → notebooks, box of pencils → boxes of pencils, bag of crisps → bags of crisps."""
    head, sep, tail = thing.partition(" of ")
    head = head + ("es" if head.endswith(("x", "s", "ch")) else "s")
    return head + sep + tail


def _measure(value: Decimal, unit: str) -> object:
    """A decimal in the story's unit; money as pounds and pence (£3.50, or 45p under a pound)."""
    return amount(int(Fraction(value) * 100), "money") if unit == "money" else q(value, unit)
