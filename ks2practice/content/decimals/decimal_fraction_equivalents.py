"""Fractions and decimals: tenths, hundredths, thousandths, halves and quarters."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals import reasoning_items as reasoned
from ks2practice.content.decimals.common import RANGES, dec, line_around, offer_pictures, places_of, with_pictures
from ks2practice.content.misconceptions.catalogue import Applied
from ks2practice.content.misconceptions.decimals_percent_ratio import comparing, judging, with_whole
from ks2practice.content.wording import hint, lettered, make, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Relation, Step, add, div, eq, q, rel
from ks2practice.pictures.diagrams import Diagram, HundredSquare, PlaceValueChart

# ---------------------------------------------------------------------- fraction and decimal equivalents


def _fraction_text(top: int, bottom: int, whole: int = 0) -> str:
    return f"{whole} {top}/{bottom}" if whole else f"{top}/{bottom}"


def _equivalent_value(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(whole, numerator, denominator) with the fraction proper; denominators from the level's row."""
    bottom = rng.choice(RANGES["equivalents"][int(level)]["denominators"])  # type: ignore[arg-type]
    tops = {
        2: (1,),
        4: (1, 3),
        5: (1, 2, 3, 4),
        8: (1, 3, 5, 7),
        10: tuple(range(1, 10)),
        20: tuple(t for t in range(1, 20) if t % 2 and t % 5),
        25: tuple(t for t in range(1, 25) if t % 5),
        50: tuple(t for t in range(1, 50) if t % 2 and t % 5),
        100: tuple(t for t in range(1, 100) if t % 10),
        1000: tuple(t for t in range(1, 1000) if t % 10),
    }[bottom]
    top = rng.choice(tops)
    whole = rng.randint(1, 9) if rng.random() < 0.3 else 0
    return whole, top, bottom


def _equivalent_slips(whole: int, top: int, bottom: int) -> list[Applied]:
    """The mistake that fits the denominator, on the fraction part, the whole part kept."""
    if bottom not in (10, 100, 1000):
        return [with_whole(mis.fraction_digits_as_decimal).on(whole, top, bottom)]
    return [with_whole(mis.place_holder_zero_missed).on(whole, top, bottom)]


def _fraction_expr(whole: int, top: int, bottom: int) -> Expr:
    """The fraction as written in the question: 3/4 and 2 3/4 as numbers; 25/100 (not in its simplest form) as
    25 ÷ 100, since a step's number is always in its simplest form."""
    part = Fraction(top, bottom)
    if part.denominator == bottom:
        return q(whole + part, mixed=bool(whole))  # 2 2/5 as a mixed number, 12/5 as written
    return add(whole, div(top, bottom)) if whole else div(top, bottom)


offer_pictures(
    "decimal_fraction_equivalents",
    {
        "place_value_chart": {lv: ("missing_number",) for lv in (1, 2, 3)},
        "number_line": {lv: ("missing_number",) for lv in (1, 2, 3)},
        # the fraction or decimal given, as hundredths of a whole; not for □/100, where counting gives the box
        "hundred_square": {lv: ("fluency", "true_or_false") for lv in (1, 2)},
    },
)


def _hundredths(value: Fraction) -> dict[str, Diagram]:
    """The value as hundredths of a square (3/4: 75 shaded; 2 3/4: two whole squares, then 75), when it is a whole
    number of hundredths below 10."""
    shaded = value * 100
    return {"hundred_square": HundredSquare.hundredths(int(shaded))} if shaded.denominator == 1 and value < 10 else {}


@topic(
    "decimals.decimal_fraction_equivalents",
    title="Fractions and decimals: tenths, hundredths, thousandths, halves and quarters",
    codes=("4F6a", "4F6b", "5F6a", "5F6b"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "odd_one_out", "same_different"),
    representations=("place_value_chart", "number_line", "hundred_square"),
)
@with_pictures("decimal_fraction_equivalents")
def decimal_fraction_equivalents(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    if style == "same_different":
        return reasoned.dfe_same_different(rng, level), {}
    whole, top, bottom = _equivalent_value(rng, level)
    value = whole + Fraction(top, bottom)
    decimal = show(value)
    fraction = _fraction_text(top, bottom, whole)
    as_sum = f"{whole} + {top} ÷ {bottom}" if whole else f"{top} ÷ {bottom}"
    tenths = Fraction(top, bottom) * 10 % 1 == 0
    tip = "tenths go in the first place after the point." if tenths else "change the fraction to hundredths first."
    steps = _equivalent_steps(whole, top, bottom)
    slips = _equivalent_slips(whole, top, bottom)
    if style == "fluency":
        if level > Level.WORKING_TOWARDS and rng.random() < 0.5:  # decimal → fraction (5F6a)
            simplest = level == Level.GREATER_DEPTH
            answer: Answer = FractionAnswer(value, simplest=simplest)
            form = " in its simplest form" if simplest else ""
            prompt = f"Write {decimal} as a fraction{form}."
            steps = [f"{decimal} is {fraction}."]
            if format_fraction(value) != fraction:
                steps.append(
                    Step(
                        "In its simplest form ",
                        eq(_fraction_expr(whole, top, bottom), q(value, mixed=True)),
                        ".",
                    )
                )
            predicted = mis.predictions(answer, None if whole else mis.decimal_as_unit_fraction.on(dec(value)))
            return make(prompt, answer, steps, style, decimal, predicted=predicted), _hundredths(value)
        answer = DecimalNumber(dec(value))
        prompt = f"Write {fraction} as a decimal." + hint(level, tip)
        item = make(prompt, answer, steps, style, as_sum, predicted=mis.predictions(answer, *slips))
        return item, _hundredths(value)
    if style == "missing_number":
        scale = bottom if bottom in (10, 100, 1000) else (100 if level < 3 or bottom != 8 else 1000)
        key = value * scale - whole * scale
        answer = WholeNumber(int(key))
        lead = f"{whole} + " if whole else ""
        prompt = f"{decimal} = {lead}□/{scale}. What number goes in the box?" + hint(level, tip)
        hundredths = add(whole, div(int(key), scale)) if whole else div(int(key), scale)
        steps = [Step(eq(dec(value), hundredths)), Step("So □ = ", int(key), ".")]
        check = f"{decimal} = {lead}□ ÷ {scale}"
        drawn: dict[str, Diagram] = {
            "place_value_chart": PlaceValueChart.of(dec(value), labelled=True),
            "number_line": line_around(value, max(places_of(value) - 1, 0)),
        }
        return make(prompt, answer, steps, style, check), drawn
    if style == "true_or_false":
        wrong = [s for s in slips if s.wrong() is not None]
        slip = wrong[0] if wrong and rng.random() < 0.5 else None
        claim = Fraction(slip.wrong()) if slip else value  # type: ignore[arg-type]
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {fraction} = {show(claim)}" + hint(level, tip)
        verdict = (
            "So the statement is true."
            if claim == value
            else Step(rel(dec(claim), "≠", dec(value)), ", so the statement is false.")
        )
        steps = [*steps, verdict]
        # The mistake that wrote the claim calls it true; a true claim is called false by any mistake alike.
        predicted = mis.predictions(answer, judging(slip.mechanism).on(*slip.operands, claim=claim)) if slip else ()
        return make(prompt, answer, steps, style, f"{as_sum} = {show(claim)}", predicted=predicted), _hundredths(value)
    if style == "compare":
        other = value + rng.choice((-1, 1)) * Fraction(rng.randint(1, 9), 10 ** max(places_of(value), 1))
        if other <= 0 or rng.random() < 0.15:
            other = value
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {fraction} □ {show(other)}" + hint(level, tip)
        steps = [
            Step(eq(_fraction_expr(whole, top, bottom), dec(value))),
            Step("So ", rel(_fraction_expr(whole, top, bottom), answer.sign, dec(other))),
        ]
        # a pupil who writes the fraction's digits as a decimal (1/4 → 0.4) compares that instead
        predicted = mis.predictions(answer, *(comparing(s.mechanism).on(*s.operands, against=other) for s in slips))
        return make(prompt, answer, steps, style, f"{as_sum} □ {show(other)}", predicted=predicted), {}
    # odd one out: three ways of writing the value and one slip
    made = next((Fraction(s.wrong()) for s in slips if s.wrong() is not None), None)  # type: ignore[arg-type]
    wrong_value = made if made is not None else value / 10 if not whole else value + 1
    equal = _alternatives(whole, top, bottom)
    options = [*equal, show(wrong_value)]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(show(wrong_value)))
    prompt = "Which is the odd one out? " + lettered(options) + hint(level, tip)
    steps = [
        Step(*_joined([eq(_written(form), dec(value)) for form in equal if form != decimal]), "."),
        Step(f"{show(wrong_value)} is not: ", rel(dec(wrong_value), "≠", dec(value)), "."),
    ]
    return make(prompt, answer, steps, style, f"{show(wrong_value)} ≠ {as_sum}"), {}


def _written(form: str) -> Expr:
    """A fraction as the option writes it ("2 2/5", "12/5", "250/1000"), for a step that shows it equal."""
    whole, _, fraction = form.rpartition(" ")
    top, bottom = (int(x) for x in fraction.split("/"))
    return _fraction_expr(int(whole) if whole else 0, top, bottom)


def _joined(relations: list[Relation]) -> list[Relation | str]:
    return [relations[0], *(part for relation in relations[1:] for part in ("; ", relation))]


def _alternatives(whole: int, top: int, bottom: int) -> list[str]:
    """Three ways of writing one value: the fraction, the decimal and another fraction."""
    value = whole + Fraction(top, bottom)
    forms = [_fraction_text(top, bottom, whole), show(value)]
    if whole:
        forms.append(f"{whole * bottom + top}/{bottom}")
    elif bottom in (10, 100):
        forms.append(f"{top * 10}/{bottom * 10}")
    elif bottom == 1000:
        simplest = Fraction(top, bottom)
        forms.append(format_fraction(simplest) if simplest.denominator != bottom else f"{top * 2}/2000")
    else:
        scale = 1000 if bottom == 8 else 100
        forms.append(f"{value * scale}/{scale}")
    return forms


def _equivalent_steps(whole: int, top: int, bottom: int) -> list[str]:
    value = whole + Fraction(top, bottom)
    part = Fraction(top, bottom)
    steps: list[str] = []
    if bottom not in (10, 100, 1000):
        scale = 1000 if bottom == 8 else 100
        steps.append(Step(eq(part, div(int(part * scale), scale))))
    places = places_of(part)
    name_ = {1: "tenths", 2: "hundredths", 3: "thousandths"}[max(places, 1)]
    steps.append(f"{show(part * 10**places)} {name_} is {show(part)}.")
    if whole:
        steps.append(Step(eq(add(whole, dec(part)), dec(value))))
    steps.append(Step("So ", eq(_fraction_expr(whole, top, bottom), dec(value))))
    return steps
