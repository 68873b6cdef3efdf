"""10, 100, 1000 (and powers of 10) more or less."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES, tell
from ks2practice.content.wording import (
    SINGULAR,
    digit_at,
    hint,
    make,
    name,
    number_with_digits,
    place_name,
    show,
    truth_word,
)
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, q, rel, sub

# ---------------------------------------------------------------------- 10, 100, 1000 more or less


# (story, context in the bank, {placeholder: quantity}, more?): "_result" is the number the story ends at
_MORE_LESS_STORIES = (
    (
        "A jar holds {n} beads. {name} adds {step} more beads. How many beads are in the jar now?",
        "bead_jar",
        {"n": "beads", "_result": "beads"},
        True,
    ),
    (
        "A jar holds {n} beads. {name} takes out {step} beads. How many beads are left in the jar?",
        "bead_jar",
        {"n": "beads", "_result": "beads"},
        False,
    ),
    (
        "A farmer has {n} sheep. She buys {step} more. How many sheep does she have now?",
        "sheep_farm",
        {"n": "sheep", "_result": "sheep"},
        True,
    ),
    (
        "A farmer has {n} sheep. He sells {step} of them. How many sheep does he have left?",
        "sheep_farm",
        {"n": "sheep", "_result": "sheep"},
        False,
    ),
    (
        "A village has {n} people living in it. {step} more people move in. How many people live there now?",
        "village_population",
        {"n": "people", "_result": "people"},
        True,
    ),
    (
        "A school has collected {n} book tokens. It collects {step} more. How many tokens does it have now?",
        "book_tokens",
        {"n": "tokens", "_result": "tokens"},
        True,
    ),
    (
        "A museum had {n} visitors last year. This year it had {step} more. How many visitors did it have this year?",
        "museum_year",
        {"n": "visitors", "_result": "visitors"},
        True,
    ),
    (
        "A museum had {n} visitors last year. This year it had {step} fewer. How many visitors did it have this year?",
        "museum_year",
        {"n": "visitors", "_result": "visitors"},
        False,
    ),
    (
        "The population of a city is {n}. In ten years it grows by {step}. What will the population be?",
        "city_population",
        {"n": "people", "_result": "people"},
        True,
    ),
    (
        "The population of a country is {n}. In ten years it grows by {step}. What will the population be?",
        "country_population",
        {"n": "people", "_result": "people"},
        True,
    ),
    (
        "The population of a country was {n}. Over ten years it fell by {step}. What was the population then?",
        "country_population",
        {"n": "people", "_result": "people"},
        False,
    ),
    (
        "A football stadium has {n} seats. {step} seats are taken out to make room for a new stand. How many seats "
        "are left?",
        "stadium_seats",
        {"n": "seats", "_result": "seats", "step": "removed"},
        False,
    ),
    (
        "A car has travelled {n} km. After a holiday it has travelled {step} km more. How far has it travelled now?",
        "car_mileage",
        {"n": "distance", "_result": "distance", "step": "trip"},
        True,
    ),
    (
        "A fitness tracker showed {n} steps on Monday. On Tuesday it showed {step} fewer. How many steps did it show "
        "on Tuesday?",
        "step_counter",
        {"n": "steps", "_result": "steps"},
        False,
    ),
)


def _more_or_less_numbers(rng: random.Random, level: Level) -> tuple[int, int, bool]:
    table = RANGES["more_or_less"][int(level)]
    low, high = table["digits"]  # type: ignore[misc]
    step = rng.choice(table["steps"])  # type: ignore[arg-type]
    more = rng.random() < 0.5
    digits = max(rng.randint(low, high), len(str(step)))
    number = number_with_digits(rng, digits)
    place = len(str(step)) - 1
    if rng.random() < (0.3 if level == Level.WORKING_TOWARDS else 0.5) and place + 1 < digits:
        text = list(str(number))
        text[digits - 1 - place] = "9" if more else "0"  # a boundary to cross: 3,952 + 100, 4,030 − 100
        number = int("".join(text))
    if not more and number - step < 10 ** (digits - 2):
        more = True
    return number, step, more


@topic(
    "number.more_or_less",
    title="10, 100, 1000 (and powers of 10) more or less",
    codes=("3N2b", "4N2b", "5N1"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
    representations=pictures.kinds("more_or_less"),
)
@pictures.pictured("more_or_less")
def more_or_less(rng: random.Random, level: Level, style: str) -> Item:
    number, step, more = _more_or_less_numbers(rng, level)
    item = _more_or_less_item(rng, level, style, number, step, more)
    return pictures.offer_shift(item, number, step if more else -step, "a" if style == "missing_number" else "c")


def _more_or_less_item(rng: random.Random, level: Level, style: str, number: int, step: int, more: bool) -> Item:
    result = number + step if more else number - step
    sign, word = ("+", "more") if more else ("−", "less")
    place = len(str(step)) - 1
    slips = [
        mis.wrong_column.on(number, step, more),
        mis.no_exchange_addition.on(number, step) if more else mis.smaller_from_larger.on(number, step),
    ]
    crossing = digit_at(number, place) == (9 if more else 0)
    steps = [f"Look at the {place_name(place)} digit of {show(number)}: it is {digit_at(number, place)}."]
    if crossing:
        steps.append(
            f"It is {'9, so one more ' if more else '0, so one less '}{SINGULAR[place]} means exchanging "
            f"with the next column."
        )
    steps.append(Step(eq((add if more else sub)(number, step), result)))
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"What is {show(step)} {word} than {show(number)}?" + hint(level, "which column changes?")
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{show(number)} {sign} {show(step)}",
            predicted=mis.predictions(answer, *slips),
        )
    if style == "missing_number":
        answer = WholeNumber(number)
        prompt = f"{show(step)} {word} than □ is {show(result)}. What number is □?" + hint(
            level, "undo it: go the other way."
        )
        steps = [Step("Work backwards: ", eq((sub if more else add)(result, step), number))]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"□ {sign} {show(step)} = {show(result)}",
            predicted=mis.predictions(answer, mis.wrong_inverse.on(step, result, more)),
        )
    if style == "true_or_false":
        # A false claim is what one of the slips gives on these numbers.
        candidates = [w for w in (slip.wrong() for slip in slips) if w is not None and w != result]
        claim = rng.choice(candidates) if candidates and rng.random() < 0.5 else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(step)} {word} than {show(number)} is {show(claim)}."
        if claim != result:
            steps.append(Step(rel(claim, "≠", result), "."))
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        return make(prompt, answer, steps, style, f"{show(number)} {sign} {show(step)} = {show(claim)}")
    stories = [story[:3] for story in _MORE_LESS_STORIES if story[3] == more]
    prompt = tell(rng, stories, {"n": number, "step": step, "_result": result}, name=name(rng))
    if prompt is None:  # every number the levels make has a story: a number without one is a bug
        raise ValueError(f"no story holds {number} {sign} {step}")
    answer = Measure(result, "km", unit_required=False) if "km" in prompt else WholeNumber(result)
    if "km" in prompt:
        steps[-1] = Step(eq((add if more else sub)(q(number, "km"), q(step, "km")), q(result, "km")))
    return make(
        prompt,
        answer,
        steps,
        style,
        f"{show(number)} {sign} {show(step)}",
        predicted=mis.predictions(answer, *slips),
    )
