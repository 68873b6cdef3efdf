"""Round whole numbers to the nearest 10, 100, 1000 and beyond."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import hint, make, number_with_digits, place_name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, q, rel, sub

# ---------------------------------------------------------------------- rounding


def round_check(number: int, place: int) -> str:
    """Rounding written from the digits, not arithmetic: look at the digit after the rounding place."""
    text = str(number)
    cut = len(str(place)) - 1
    tail = int(text[-cut:])
    up = int(text[-cut]) >= 5
    return f"{show(number)} + {show(place)} − {show(tail)}" if up else f"{show(number)} − {show(tail)}"


def round_to(number: int, place: int) -> int:
    return (number + place // 2) // place * place


def _rounding_number(rng: random.Random, level: Level) -> tuple[int, int]:
    table = RANGES["rounding"][int(level)]
    place = rng.choice(table["places"])  # type: ignore[arg-type]
    low, high = table["digits"]  # type: ignore[misc]
    digits = max(rng.randint(low, high), len(str(place)))
    if level == Level.WORKING_TOWARDS and digits == 3 and rng.random() < 0.4:
        place = 100
    number = 0
    while number % place == 0:
        number = number_with_digits(rng, digits)
        if rng.random() < 0.15 and place >= 10:  # exactly halfway: 3,450 to the nearest 100
            number = number // place * place + place // 2
    return number, place


def _rounding_steps(number: int, place: int, unit: str = "") -> list[str]:
    """The two multiples either side, the digit that decides, and the one it rounds to."""
    cut = len(str(place)) - 1
    decider = int(str(number)[-cut])
    down = number - number % place
    result = round_to(number, place)
    how = (rel(decider, "≥", 5), ", so round up.") if decider >= 5 else (rel(decider, "<", 5), ", so round down.")
    return [
        Step(
            f"{show(number)} is between two multiples of {show(place)}: ",
            rel(q(down, unit), "<", q(number, unit), "<", q(down + place, unit)),
            ".",
        ),
        f"To round to the nearest {show(place)}, look at the {place_name(cut - 1)} digit: it is {decider}.",
        Step(*how),
        f"{show(number)} to the nearest {show(place)} is {show(result)}.",
    ]


_ROUNDING_CONTEXTS = (
    ("{n} children go to Oakwood Primary School. How many is that to the nearest {place}?", 10, 999),
    ("A jar holds {n} sweets. How many is that to the nearest {place}?", 10, 999),
    ("A book has {n} pages. Round the number of pages to the nearest {place}.", 10, 999),
    ("{n} people watched a football match. How many is that to the nearest {place}?", 1_000, 90_000),
    ("A library has {n} books. Round the number of books to the nearest {place}.", 1_000, 99_999),
    ("A village has {n} people living in it. Round this to the nearest {place}.", 100, 9_999),
    ("The population of a city is {n}. What is this rounded to the nearest {place}?", 100_000, 9_999_999),
    ("A cyclist rode {n} m in a month. How far is that to the nearest {place} m?", 10_000, 999_999),
    (
        "{n} tickets were sold for a music festival. About how many is that, to the nearest {place}?",
        1_000,
        999_999,
    ),
    ("A theme park had {n} visitors last year. Round this to the nearest {place}.", 100_000, 9_999_999),
    ("A country has a population of {n}. What is this to the nearest {place}?", 1_000_000, 9_999_999),
)


@topic(
    "number.rounding",
    title="Round whole numbers to the nearest 10, 100, 1000 and beyond",
    codes=("4N4b", "5N4", "6N4"),
    styles=("fluency", "true_or_false", "missing_number", "word_problem"),
    representations=pictures.kinds("rounding"),
)
@pictures.pictured("rounding")
def rounding(rng: random.Random, level: Level, style: str) -> Item:
    number, place = _rounding_number(rng, level)
    result = round_to(number, place)
    line = pictures.rounding_line(number, place)
    steps = _rounding_steps(number, place)
    slips = (mis.rounding_wrong_direction.on(number, place), mis.rounding_wrong_place.on(number, place))
    tip = "look at the digit to the right: 5 or more rounds up."
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Round {show(number)} to the nearest {show(place)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, round_check(number, place), predicted=mis.predictions(answer, *slips))
        return pictures.offer(item, number_line=line)
    if style == "true_or_false":
        # A false claim is what rounding the wrong way or to the wrong place gives on these numbers.
        candidates = [w for w in (slip.wrong() for slip in slips) if w is not None and w != result]
        claim = rng.choice(candidates) if candidates and rng.random() < 0.5 else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(number)} rounded to the nearest {show(place)} is {show(claim)}." + hint(
            level, tip
        )
        if claim != result:
            steps.append(Step(rel(claim, "≠", result), "."))
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        item = make(prompt, answer, steps, style, f"{round_check(number, place)} = {show(claim)}")
        return pictures.offer(item, number_line=line)
    if style == "missing_number":
        smallest = rng.random() < 0.5
        key = result - place // 2 if smallest else result + place // 2 - 1
        if key <= 0:
            smallest, key = False, result + place // 2 - 1
        answer = WholeNumber(key)
        which = "smallest" if smallest else "largest"
        prompt = (
            f"A whole number □ rounds to {show(result)} when rounded to the nearest {show(place)}. "
            f"What is the {which} number □ could be?"
            + hint(level, f"halfway between two multiples of {show(place)} rounds up.")
        )
        if smallest:
            steps = [
                Step(
                    f"Halfway between {show(result - place)} and {show(result)} is ",
                    eq(sub(result, div(place, 2)), key),
                    f"; halfway rounds up, to {show(result)}.",
                ),
                f"The {which} is {show(key)}.",
            ]
        else:
            steps = [
                Step(
                    "Halfway to the next multiple is ",
                    eq(add(result, div(place, 2)), result + place // 2),
                    f"; halfway rounds up, to {show(result + place)}.",
                ),
                Step(f"So the {which} is one less: ", eq(sub(result + place // 2, 1), key), "."),
            ]
        check = f"{show(result)} − {show(place)} ÷ 2" if smallest else f"{show(result)} + {show(place)} ÷ 2 − 1"
        return make(
            prompt,
            answer,
            steps,
            style,
            check,
            predicted=mis.predictions(answer, mis.halfway_rounds_down.on(result, place, smallest)),
        )
    template = rng.choice([c for c in _ROUNDING_CONTEXTS if c[1] <= number <= c[2]] or _ROUNDING_CONTEXTS[-2:])[0]
    answer = Measure(result, "m", unit_required=False) if " m " in template else WholeNumber(result)
    if " m " in template:
        steps = _rounding_steps(number, place, "m")
    prompt = template.format(n=show(number), place=show(place)) + hint(level, tip)
    item = make(prompt, answer, steps, style, round_check(number, place), predicted=mis.predictions(answer, *slips))
    return pictures.offer(item, number_line=line)
