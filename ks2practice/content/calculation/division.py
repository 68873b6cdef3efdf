"""Short division (the bus-stop method) and long division by a two-digit number, on one written-method scaffold."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from ks2practice.answers.kinds import Answer, DecimalNumber, FractionAnswer, WholeNumber
from ks2practice.content import methods
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import explain_items as explain
from ks2practice.content.calculation.column_methods import amount
from ks2practice.content.calculation.common import RANGES, _amount, _count_answer, _decimal, _word, bank_fits, bank_use
from ks2practice.content.misconceptions.catalogue import Applied
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, add, div, eq, mul, q, rel, sub

# (template, unit, context): the context, in contexts_calculation.toml, names the quantity of the whole, the divisor
# and the answer ("id:whole,divisor,answer"), so that only believable stories are told: no egg boxes of 7.
SHARE_CONTEXTS = (
    (
        "{a} stickers are shared equally between {b} children. How many stickers does each child get?",
        "",
        "sticker_share:stickers,children,each",
    ),
    (
        "A baker puts {a} bread rolls into bags of {b}. How many bags does the baker fill?",
        "",
        "bread_rolls:rolls,bag,bags",
    ),
    (
        "A {a} roll of ribbon is cut into {b} equal pieces. How long is each piece?",
        "cm",
        "ribbon_roll:ribbon,pieces,piece",
    ),
    (
        "{a} is shared equally between {b} people. How much does each person get?",
        "money",
        "money_share:money,people,each",
    ),
    (
        "A school spends {a} on {b} identical books. How much does one book cost?",
        "money",
        "school_books:spent,books,price",
    ),
    ("A farmer packs {a} eggs into boxes of {b}. How many boxes does the farmer fill?", "", "egg_box:laid,eggs,boxes"),
    ("A farmer packs {a} eggs into trays of {b}. How many trays does the farmer fill?", "", "egg_tray:laid,eggs,boxes"),
    (
        "{a} of juice is poured equally into {b} jugs. How much juice is in each jug?",
        "ml",
        "juice_jugs:juice,jugs,each",
    ),
    (
        "A factory packs {a} screws into boxes of {b}. How many boxes does it fill?",
        "",
        "screw_factory:screws,box,boxes",
    ),
    ("A farm packs {a} apples into bags of {b}. How many bags does it fill?", "", "apple_bags:apples,bag,bags"),
)
REMAINDER_CONTEXTS = (
    (
        "{a} children are going on a trip. Each minibus holds {b} children. How many minibuses are needed?",
        "up",
        "school_trip_minibus:children,seats,minibuses",
    ),
    (
        "{a} eggs need packing into boxes of {b}. How many boxes are needed to pack all the eggs?",
        "up",
        "egg_box:laid,eggs,boxes",
    ),
    (
        "{a} eggs need packing into trays of {b}. How many trays are needed to pack all the eggs?",
        "up",
        "egg_tray:laid,eggs,boxes",
    ),
    (
        "A school needs {a} pencils. Pencils come in packs of {b}. How many packs must the school buy?",
        "up",
        "pencil_packs:pencils,pack,packs",
    ),
    (
        "{a} people are coming to a party. Each table seats {b} people. How many tables are needed?",
        "up",
        "party_tables:people,seats,tables",
    ),
    (
        "A baker has {a} g of flour. Each loaf needs {b} g. How many whole loaves can the baker make?",
        "down",
        "bakery_loaves:flour,loaf,loaves",
    ),
    (
        "{name} has {a} cm of ribbon and cuts it into pieces {b} cm long. How many whole pieces can {name} cut?",
        "down",
        "ribbon_pieces:ribbon,piece,pieces",
    ),
    (
        "A factory has {a} bottles of juice to pack into crates of {b}. How many crates can be filled completely?",
        "down",
        "juice_crates:bottles,crate,crates",
    ),
    (
        "{a} sweets are shared equally between {b} children. How many sweets are left over?",
        "left",
        "sweet_share:sweets,children,each",
    ),
    ("A farm packs {a} apples into bags of {b}. How many apples are left over?", "left", "apple_bags:apples,bag,bags"),
)


# ---------------------------------------------------------------------- short division


def _exact_division(rng: random.Random, level: Level, key: str) -> tuple[int, int, int]:
    table = RANGES[key][int(level)]
    divisor = rng.choice(table["divisors"])  # type: ignore[arg-type]
    quotient = rng.randint(*table["quotient"])  # type: ignore[misc]
    while quotient % 10 == 0:
        quotient += 1
    return divisor * quotient, divisor, quotient


# ---------------------------------------------------------------------- the written-division scaffold


class MissingForm(NamedTuple):
    """One missing-number form of a division, drawn by the method: what the item shows and its picture."""

    equation: str
    answer: WholeNumber
    steps: list[str]
    check: str
    working: str | None
    hint: str
    picture: Callable[[Item], Item]


class Mistake(NamedTuple):
    """A division worked by the engine with one named mistake, drawn by the method, and its mechanism applied."""

    dividend: int
    divisor: int
    quotient: int
    run: methods.Run  # the mistaken run: its answer is the wrong answer, its steps the mistaken trace
    applied: Applied  # the mechanism of that mistake on these numbers (its value is the run's answer)


@dataclass(frozen=True)
class WrittenDivision:
    """What short and long division do differently; written_division() makes the item shapes they share."""

    key: str  # the topic's skill and its row in RANGES
    long: bool  # long division ("bring down") rather than short division (the bus stop)
    name: str  # as the prompts say it
    see: str  # the step that points to the laid-out method
    layout: Callable[[int, int], str]  # the method laid out, for the item's working
    tip: Callable[[int], str]  # the level-1 hint, given the divisor
    fluency_extension: Callable[[random.Random, Level, str, int, int, int], Item | None]  # None: a whole answer
    missing: Callable[[random.Random, int, int, int], MissingForm]
    mistake: Callable[[random.Random, Level, int, int], Mistake]


def written_division(method: WrittenDivision, rng: random.Random, level: Level, style: str) -> Item:
    """One division question by a written method, in the shapes both methods share: fluency, missing number,
    spot the mistake and word problems (which draw in the same order whichever method is asked for)."""
    dividend, divisor, quotient = _exact_division(rng, level, method.key)
    tip = method.tip(divisor)
    if style == "fluency":
        extended = method.fluency_extension(rng, level, style, dividend, divisor, quotient)
        if extended is not None:
            return extended
        answer = WholeNumber(quotient)
        prompt = f"Use {method.name} to work out {show(dividend)} ÷ {divisor}." + hint(level, tip)
        run = methods.divide(dividend, divisor, long=method.long)
        steps = [method.see, *run.steps, Step(eq(div(dividend, divisor), quotient))]
        predicted = mis.missing_zero_in_quotient.on(dividend, divisor)
        item = _written(method, prompt, answer, steps, style, dividend, divisor, predicted)
        return _division_pictures(item, dividend, divisor, quotient)
    if style == "missing_number":
        form = method.missing(rng, dividend, divisor, quotient)
        prompt = f"Find the missing number: {form.equation}" + hint(level, form.hint)
        return form.picture(make(prompt, form.answer, form.steps, style, form.check, form.working))
    if style == "spot_the_mistake":
        drawn = method.mistake(rng, level, divisor, quotient)
        wrong_run, total, by = drawn.run, drawn.dividend, drawn.divisor
        right_run = methods.divide(total, by, long=method.long)
        who = name(rng)
        answer = WholeNumber(drawn.quotient)
        prompt = (
            f"{who} used {method.name} for {show(total)} ÷ {by} and got {show(wrong_run.answer)}. {who}'s steps: "
            + " ".join(wrong_run.as_written)
            + " Find the mistake and write the correct answer."
        )
        wrong = int(wrong_run.answer)
        steps = [
            Step("The mistake: ", *wrong_run.steps[wrong_run.first_mistake].parts),
            drawn.applied.mechanism.feedback_for(*drawn.applied.operands),
            Step(
                "Check with the inverse: ", eq(mul(wrong, by), wrong * by), ", and ", rel(wrong * by, "≠", total), "."
            ),
            *right_run.steps,
            Step(eq(div(total, by), drawn.quotient)),
        ]
        item = _written(method, prompt, answer, steps, style, total, by, drawn.applied)
        return _division_pictures(item, total, by, drawn.quotient)
    return _division_word_problem(rng, level, dividend, divisor, quotient, tip, method.layout)


def _written(
    method: WrittenDivision,
    prompt: str,
    answer: Answer,
    steps: list[str],
    style: str,
    dividend: int,
    divisor: int,
    predicted: Applied | None,
    working: str | None = None,
) -> Item:
    """An item worked by the method: the division is its check, the method laid out its working."""
    return make(
        prompt,
        answer,
        steps,
        style,
        f"{show(dividend)} ÷ {divisor}",
        method.layout(dividend, divisor) if working is None else working,
        mis.predictions(answer, predicted),
    )


# ---------------------------------------------------------------------- short division: what is its own


def _short_fluency_extension(
    rng: random.Random, level: Level, style: str, dividend: int, divisor: int, quotient: int
) -> Item | None:
    """At greater depth, half the time: a remainder written as a fraction, so the answer is a mixed number."""
    if not (level == Level.GREATER_DEPTH and rng.random() < 0.5):
        return None
    divisor = rng.choice((3, 4, 6, 7, 8, 9))
    dividend = divisor * quotient + rng.randint(1, divisor - 1)
    value = Fraction(dividend, divisor)
    answer = FractionAnswer(value, mixed=True, improper=False)
    prompt = (
        f"Work out {show(dividend)} ÷ {divisor}. Write the remainder as a fraction, so your answer is a mixed number."
    )
    run = methods.divide(dividend, divisor, remainder="fraction")
    steps = ["Use short division (see the method).", *run.steps]
    predicted = mis.remainder_as_decimal.on(dividend, divisor)
    item = _written(SHORT_DIVISION, prompt, answer, steps, style, dividend, divisor, predicted)
    return pictures.offer(item, place_value_chart=pictures.chart(dividend))


def _short_missing(rng: random.Random, dividend: int, divisor: int, quotient: int) -> MissingForm:
    remainder = rng.randint(1, divisor - 1)
    total = dividend + remainder
    form = rng.choice(("remainder", "dividend", "exact"))
    if form == "remainder":
        equation = f"{show(total)} ÷ {divisor} = {show(quotient)} r □"
        answer = WholeNumber(remainder)
        check = f"{show(total)} = {divisor} × {show(quotient)} + □"
        steps = [Step(eq(mul(divisor, quotient), dividend)), Step(eq(sub(total, dividend), remainder))]
        working = methods.short_division(total, divisor)
    elif form == "dividend":
        equation = f"□ ÷ {divisor} = {show(quotient)} r {remainder}"
        answer = WholeNumber(total)
        check = f"□ = {divisor} × {show(quotient)} + {remainder}"
        steps = [
            Step("Use the inverse: ", eq(mul(divisor, quotient), dividend)),
            Step("Add the remainder: ", eq(add(dividend, remainder), total)),
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
        steps = [Step("Use the inverse: ", eq(mul(quotient, divisor), dividend))]
        working = (
            methods.short_multiplication(quotient, divisor)
            if divisor < 10
            else methods.long_multiplication(quotient, divisor)
        )
    tip = "use the inverse: multiply" + (", then add the remainder." if " r " in equation else ".")
    if form == "remainder":
        shown = (total, divisor, quotient, remainder, "remainder")
    elif form == "dividend":
        shown = (total, divisor, quotient, remainder, "whole")
    else:
        shown = (dividend, divisor, quotient, 0, "whole")
    return MissingForm(equation, answer, steps, check, working, tip, lambda item: _division_pictures(item, *shown))


# Quotients with a 0 inside (not at either end): where a digit of the dividend is too small to divide.
_ZERO_QUOTIENTS = tuple(q for q in range(101, 10_000) if "0" in str(q)[1:-1])


def _short_mistake(rng: random.Random, level: Level, divisor: int, quotient: int) -> Mistake:
    """A bus stop with no 0 written where a digit was too small to divide (a short divisor, drawn afresh)."""
    zero_quotients = _ZERO_QUOTIENTS
    table = RANGES["short_division"][int(level)]
    divisor = rng.choice([d for d in table["divisors"] if d < 10] or [3])  # type: ignore[union-attr]
    largest = 3_000
    if level == Level.WORKING_TOWARDS:  # three-digit numbers divided by 2, 3 or 4
        divisor, largest = rng.choice((2, 3, 4)), 200
    quotient = rng.choice([q for q in zero_quotients if q < largest])
    dividend = divisor * quotient
    run = methods.divide(dividend, divisor, mistake="missing_zero_in_quotient")
    return Mistake(dividend, divisor, quotient, run, mis.missing_zero_in_quotient.on(dividend, divisor))


SHORT_DIVISION = WrittenDivision(
    key="short_division",
    long=False,
    name="short division",
    see="Use short division (see the bus-stop method).",
    layout=methods.short_division,
    tip=lambda divisor: "divide from the left, and carry any remainder into the next digit.",
    fluency_extension=_short_fluency_extension,
    missing=_short_missing,
    mistake=_short_mistake,
)


@topic(
    "calculation.short_division",
    title="Short division (the bus-stop method)",
    codes=("3C7", "5C7b", "6C7c", "3C8", "6F6"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake", "explain"),
    representations=pictures.kinds("short_division"),
)
@pictures.pictured("short_division")
def short_division(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return explain.division_explain(rng, level)
    return written_division(SHORT_DIVISION, rng, level, style)


def _division_word_problem(
    rng: random.Random,
    level: Level,
    dividend: int,
    divisor: int,
    quotient: int,
    tip: str,
    layout: Callable[[int, int], str] = methods.short_division,
) -> Item:
    def shared(unit: str) -> tuple[int, int]:
        # money in pence: a whole number of pounds shared when the amount is small, else pence
        return (dividend * 100, quotient * 100) if unit == "money" and dividend < 1_000 else (dividend, quotient)

    shares = [c for c in SHARE_CONTEXTS if bank_fits(c[-1], shared(c[1])[0], divisor, shared(c[1])[1])]
    remainder = rng.randint(1, divisor - 1)
    total = dividend + remainder
    kinds = [c for c in REMAINDER_CONTEXTS if bank_fits(c[-1], total, divisor, quotient)]
    if shares and (rng.random() < 0.5 or not kinds):
        template, unit, spec = rng.choice(shares)
        whole, each = shared(unit)
        bank_use(spec, whole, divisor, each)
        answer = _count_answer(each, unit)
        prompt = _word(template, rng, a=_amount(whole, unit), b=show(divisor)) + hint(level, tip)
        run = methods.divide(dividend, divisor, long=layout is methods.long_division)
        steps = [
            "Divide (see the method).",
            *run.steps,
            Step(eq(div(amount(whole, unit), divisor), amount(each, unit))),
        ]
        # A slip in the digits divided: pounds divided as pounds give the wrong answer in pounds, not in pence.
        slip = mis.missing_zero_in_quotient.on(whole, divisor) if whole == dividend else None
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{show(whole)} ÷ {divisor}",
            layout(dividend, divisor),
            mis.predictions(answer, slip),
        )
        # the bar in the question's own units (pounds and pence for money); the chart of the number divided
        bar = pictures.sharing_bar(whole, divisor, each, unit="£" if unit == "money" else unit)
        money_ = pictures.coins(whole) if unit == "money" else None
        why = "coins only picture money" if unit != "money" else "more than 12 notes and coins"
        counters = pictures.chart(Fraction(whole, 100) if unit == "money" else whole)  # pounds, as in the prompt
        return pictures.offer(item, why, bar_model=bar, place_value_chart=counters, coins=money_)
    template, way, spec = rng.choice(kinds or REMAINDER_CONTEXTS[-3:-2])
    bank_use(spec, total, divisor, quotient)
    if way == "up":
        key, check = quotient + 1, f"({show(total)} − {remainder}) ÷ {divisor} + 1"
        reason = Step(
            f"{show(quotient)} is not enough for the last {remainder}, so round up: one more is needed: ",
            eq(add(quotient, 1), key),
        )
        slip = mis.remainder_not_interpreted.on(total, divisor, True)
    elif way == "down":
        key, check = quotient, f"({show(total)} − {remainder}) ÷ {divisor}"
        reason = Step(f"The {remainder} left over is not enough for another one, so round down: the answer is ", key)
        slip = mis.remainder_not_interpreted.on(total, divisor, False)
    else:
        key, check = remainder, f"{show(total)} − {divisor} × {show(quotient)}"
        reason = Step("The question asks what is left over: the remainder, ", remainder, ".")
        slip = mis.quotient_given_for_remainder.on(total, divisor)
    answer = WholeNumber(key)
    prompt = _word(template, rng, a=show(total), b=show(divisor)) + hint(level, "think about what the remainder means.")
    steps = [Step(eq(div(total, divisor), Remainder(quotient, remainder)), " (see the method)."), reason]
    why = "a picture would show what the remainder means"
    predicted = mis.predictions(answer, slip)
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


# ---------------------------------------------------------------------- long division: what is its own


def _long_fluency_extension(
    rng: random.Random, level: Level, style: str, dividend: int, divisor: int, quotient: int
) -> Item | None:
    """At greater depth, always: a remainder carried on as a decimal (when it ends soon) or written as a fraction."""
    if level != Level.GREATER_DEPTH:
        return None
    # a remainder whose fraction simplifies to a denominator Year 6 meets (pitch.DENOMINATOR: up to 60), so a
    # divisor of 64 or 75 never leaves a key in 64ths or 75ths (issue #15)
    extra = rng.choice([e for e in range(1, divisor) if Fraction(e, divisor).denominator <= 60])
    total = dividend + extra
    value = Fraction(total, divisor)
    predicted = mis.remainder_as_decimal.on(total, divisor)
    if _places_needed(value) <= 2 and rng.random() < 0.6:
        answer: Answer = DecimalNumber(_decimal(value))
        prompt = f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a decimal."
        run = methods.divide(total, divisor, long=True, places=_places_needed(value))
        steps = [
            "Carry on dividing after the decimal point by writing zeros (see the method).",
            *run.steps,
            Step(eq(div(total, divisor), q(run.answer))),  # type: ignore[arg-type]
        ]
        working = run.layout
        item = _written(LONG_DIVISION, prompt, answer, steps, style, total, divisor, predicted, working)
        return _division_pictures(item, total, divisor, total // divisor, total % divisor)
    answer = FractionAnswer(value, mixed=True, improper=False)
    whole, r = divmod(total, divisor)
    prompt = (
        f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a mixed "
        "number "
        f"(the remainder as a fraction)."
    )
    run = methods.divide(total, divisor, long=True, remainder="fraction")
    steps = ["Use long division (see the method).", *run.steps]
    item = _written(LONG_DIVISION, prompt, answer, steps, style, total, divisor, predicted)
    return _division_pictures(item, total, divisor, whole, r)


def _long_missing(rng: random.Random, dividend: int, divisor: int, quotient: int) -> MissingForm:
    form = rng.choice(("dividend", "divisor", "remainder"))
    if form == "dividend":
        equation, key, check = (
            f"□ ÷ {divisor} = {show(quotient)}",
            dividend,
            f"□ ÷ {divisor} = {show(quotient)}",
        )
        steps = [Step("Use the inverse: ", eq(mul(quotient, divisor), dividend))]
        working = methods.long_multiplication(quotient, divisor) if quotient >= 10 else None
        return MissingForm(
            equation,
            WholeNumber(key),
            steps,
            check,
            working,
            "use the inverse operation.",
            lambda item: _division_pictures(item, dividend, divisor, quotient, 0, "whole"),
        )
    if form == "divisor":
        equation, key, check = (
            f"{show(dividend)} ÷ □ = {show(quotient)}",
            divisor,
            f"{show(dividend)} ÷ □ = {show(quotient)}",
        )
        steps = [Step(eq(div(dividend, quotient), divisor)), Step("Check: ", eq(mul(quotient, divisor), dividend))]
        working = methods.long_division(dividend, quotient) if quotient < 100 else None
        return MissingForm(  # the divisor is the unknown: a chart of the number divided
            equation,
            WholeNumber(key),
            steps,
            check,
            working,
            "use the inverse operation.",
            lambda item: pictures.offer(item, place_value_chart=pictures.chart(dividend)),
        )
    # a remainder whose fraction simplifies to a denominator Year 6 meets (pitch.DENOMINATOR: up to 60), so a
    # divisor of 64 or 75 never leaves a key in 64ths or 75ths (issue #15)
    extra = rng.choice([e for e in range(1, divisor) if Fraction(e, divisor).denominator <= 60])
    total = dividend + extra
    equation, key = f"{show(total)} ÷ {divisor} = {show(quotient)} r □", extra
    check = f"{show(total)} = {divisor} × {show(quotient)} + □"
    steps = [Step(eq(mul(quotient, divisor), dividend)), Step(eq(sub(total, dividend), extra))]
    return MissingForm(
        equation,
        WholeNumber(key),
        steps,
        check,
        methods.long_division(total, divisor),
        "use the inverse operation.",
        lambda item: _division_pictures(item, total, divisor, quotient, extra, "remainder"),
    )


def _long_mistake(rng: random.Random, level: Level, divisor: int, quotient: int) -> Mistake:
    """A long division with the 0 left out of the answer (a three-digit quotient with a 0 in its tens)."""
    zero_quotients = [q for q in range(101, 1_000) if str(q)[1] == "0" and q % 10]
    quotient = rng.choice(zero_quotients if level != Level.WORKING_TOWARDS else [q for q in zero_quotients if q < 310])
    dividend = divisor * quotient
    run = methods.divide(dividend, divisor, long=True, mistake="missing_zero_in_quotient")
    return Mistake(dividend, divisor, quotient, run, mis.missing_zero_in_quotient.on(dividend, divisor))


LONG_DIVISION = WrittenDivision(
    key="long_division",
    long=True,
    name="long division",
    see="Use long division (see the method).",
    layout=methods.long_division,
    tip=lambda divisor: f"write out the first few multiples of {divisor} before you start.",
    fluency_extension=_long_fluency_extension,
    missing=_long_missing,
    mistake=_long_mistake,
)


@topic(
    "calculation.long_division",
    title="Long division by a two-digit number",
    codes=("6C7b", "6C7c", "6C8", "6F9c"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake"),
    representations=pictures.kinds("long_division"),
)
@pictures.pictured("long_division")
def long_division(rng: random.Random, level: Level, style: str) -> Item:
    return written_division(LONG_DIVISION, rng, level, style)


def _places_needed(value: Fraction) -> int:
    """Decimal places a value needs, or 99 when it has no exact decimal within six places."""
    for places in range(7):
        if (value * 10**places).denominator == 1:
            return places
    return 99
