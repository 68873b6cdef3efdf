"""Round decimals to the nearest whole number and to one or two decimal places."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, Measure, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals import reasoning_items as reasoned
from ks2practice.content.decimals.common import (
    RANGES,
    dec,
    fixed,
    line_around,
    offer_pictures,
    random_decimal,
    round_places,
    with_pictures,
)
from ks2practice.content.misconceptions.catalogue import Applied
from ks2practice.content.misconceptions.decimals_percent_ratio import judging
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, q, rel
from ks2practice.pictures.diagrams import Diagram


def round_decimal_check(value: Fraction, places: int) -> str:
    """Rounding written from the digits, as the round_check of whole numbers: drop the tail, add a step if up."""
    step = Fraction(1, 10**places)
    tail = Fraction(value) % step
    up = tail >= step / 2
    return f"{show(value)} − {show(tail)} + {show(step)}" if up else f"{show(value)} − {show(tail)}"


def _place_words(places: int) -> str:
    return {0: "the nearest whole number", 1: "1 decimal place", 2: "2 decimal places"}[places]


def _rounded_answer(value: Fraction, places: int) -> Answer:
    return WholeNumber(int(value)) if places == 0 else DecimalNumber(dec(value), places=places)


def _rounding_slips(value: Fraction, places: int) -> list[Applied]:
    """Cutting off rounds the wrong way only when the number should round up, and rounding up below 5 only when it
    should round down, so the two never give the same answer; one place too many is its own mistake."""
    return [
        mis.rounding_truncates.on(dec(value), places),
        mis.rounded_up_below_half.on(value, places),
        mis.decimal_rounded_to_wrong_place.on(value, places),
    ]


def _rounding_steps(value: Fraction, places: int, unit: str = "") -> list[str]:
    step = Fraction(1, 10**places)
    low = value // step * step
    result = round_places(value, places)
    decider = int(value / step * 10) % 10

    def at(number: Fraction, places_: int | None = None) -> Num:
        return q(dec(number) if places_ is None else Decimal(fixed(number, places_)), unit)

    return [
        Step(at(value), " is between ", at(low, places), " and ", at(low + step, places), "."),
        f"Look at the next digit: it is {decider}, "
        + ("5 or more, so round up." if decider >= 5 else "less than 5, so round down."),
        Step(at(value), f" to {_place_words(places)} is ", at(result, places), "."),
    ]


# (story, unit, typical whole part): measures a pupil might really round
_ROUNDING_CONTEXTS = (
    ("{n}'s long jump was {v} m. What is this to {p}?", "m", 1),
    ("A bag of potatoes weighs {v} kg. What is its mass to {p}?", "kg", 2),
    ("A fish tank holds {v} l of water. Round this to {p}.", "l", 40),
    ("{n} cycled {v} km on Saturday. How far is that to {p}?", "km", 12),
    ("A plank of wood is {v} m long. What is its length to {p}?", "m", 2),
    ("A parcel weighs {v} kg. Round its mass to {p}.", "kg", 5),
)
# what each story measures in the bank's decimal_measures
_ROUNDING_QUANTITY = {
    story[0]: quantity
    for story, quantity in zip(
        _ROUNDING_CONTEXTS, ("long jump", "potatoes", "fish tank", "bike ride", "plank", "parcel"), strict=True
    )
}


offer_pictures(
    "round_decimals",
    {"number_line": {lv: ("fluency", "true_or_false", "word_problem") for lv in (1, 2, 3)}},
)


@topic(
    "decimals.round_decimals",
    title="Round decimals to the nearest whole number and to one or two decimal places",
    codes=("4F7", "5F7"),
    styles=("fluency", "true_or_false", "missing_number", "explain", "word_problem"),
    representations=("number_line",),
)
@with_pictures("round_decimals")
def round_decimals(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    if style == "explain":
        return reasoned.round_explain(rng, level), {}
    row = RANGES["round"][int(level)]
    given, places = rng.choice(row["places"])  # type: ignore[arg-type]
    value = Fraction(random_decimal(rng, row["whole"], given))  # type: ignore[arg-type]
    if rng.random() < 0.15:  # exactly halfway: 4.65 to 1 place, 2.5 to a whole
        step = Fraction(1, 10**places)
        value = value // step * step + step / 2
        if value // 1 == 0:
            value += 1
    if level == Level.GREATER_DEPTH and rng.random() < 0.3:  # 9s that roll over: 3.96 → 4.0
        step = Fraction(1, 10**places)
        value = value // (step * 10) * (step * 10) + step * 9 + step * Fraction(rng.randint(5, 9), 10)
    result = round_places(value, places)
    words = _place_words(places)
    step = Fraction(1, 10**places)
    steps = _rounding_steps(value, places)
    drawn: dict[str, Diagram] = {"number_line": line_around(value, places)}
    slips = _rounding_slips(value, places)
    tip = "look at the digit after the one you are rounding to: 5 or more rounds up."
    if style == "fluency":
        answer = _rounded_answer(result, places)
        prompt = f"Round {show(value)} to {words}." + hint(level, tip)
        item = make(
            prompt, answer, steps, style, round_decimal_check(value, places), predicted=mis.predictions(answer, *slips)
        )
        return item, drawn
    if style == "true_or_false":
        wrong = [s for s in slips if s.wrong() is not None]
        slip = rng.choice(wrong) if wrong and rng.random() < 0.5 else None
        claim = Fraction(slip.wrong()) if slip else result  # type: ignore[arg-type]
        answer_tf = TrueFalse(claim == result)
        shown = show(claim) if slip and slip.mechanism.id == "decimal_rounded_to_wrong_place" else fixed(claim, places)
        prompt = f"True or false? {show(value)} rounded to {words} is {shown}." + hint(level, tip)
        if claim == result:
            steps.append("So the statement is true.")
        else:
            steps.append(Step(rel(Decimal(shown), "≠", Decimal(fixed(result, places))), ", so the statement is false."))
        # The mistake that wrote the claim calls it true; a true claim is called false by any mistake alike.
        predicted = mis.predictions(answer_tf, judging(slip.mechanism).on(*slip.operands, claim=claim)) if slip else ()
        check = f"{round_decimal_check(value, places)} = {show(claim)}"
        return make(prompt, answer_tf, steps, style, check, predicted=predicted), drawn
    if style == "missing_number":
        finer = Fraction(1, 10 ** (places + 1))
        smallest = rng.random() < 0.5
        if result - step / 2 <= 0:
            smallest = False
        key = result - step / 2 if smallest else result + step / 2 - finer
        answer = DecimalNumber(dec(key))
        which = "smallest" if smallest else "largest"
        prompt = (
            f"□ is a number with {places + 1} decimal place{'s' if places else ''}. "
            f"Rounded to {words} it is {fixed(result, places)}. What is the {which} number □ could be?"
            + hint(level, "halfway rounds up.")
        )
        steps = [
            Step(
                "Numbers from ",
                dec(result - step / 2),
                " to ",
                dec(result + step / 2 - finer),
                " round to ",
                Decimal(fixed(result, places)),
                ": halfway rounds up.",
            ),
            Step(f"The {which} is ", dec(key), "."),
        ]
        half = f"{show(step)} ÷ 2"
        check = f"{show(result)} − {half}" if smallest else f"{show(result)} + {half} − {show(finer)}"
        predicted = mis.predictions(answer, mis.halfway_rounds_down.on(result, step, smallest, finer))
        return make(prompt, answer, steps, style, check, predicted=predicted), {}
    template, unit, typical = rng.choice(_ROUNDING_CONTEXTS)
    value = value - value // 1 + typical + rng.randint(0, 3)
    result = round_places(value, places)
    steps = _rounding_steps(value, places, unit)
    answer_m = Measure(dec(result), unit, unit_required=False)
    contexts.used("decimal_measures", **{_ROUNDING_QUANTITY[template]: value})
    prompt = template.format(n=name(rng), v=show(value), p=words) + hint(level, tip)
    slips = _rounding_slips(value, places)
    drawn = {"number_line": line_around(value, places)}
    item = make(
        prompt, answer_m, steps, style, round_decimal_check(value, places), predicted=mis.predictions(answer_m, *slips)
    )
    return item, drawn
