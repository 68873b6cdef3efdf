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
    cut = len(str(place)) - 1
    decider = int(str(number)[-cut])
    steps = [
        f"To round to the nearest {show(place)}, look at the {place_name(cut - 1)} digit: it is {decider}.",
        f"{decider} is {'5 or more, so round up' if decider >= 5 else 'less than 5, so round down'}.",
        f"{show(number)} to the nearest {show(place)} is {show(result)}.",
    ]
    slips = (
        ("rounding_wrong_direction", mis.rounding_wrong_direction(number, place)),
        ("rounding_wrong_place", mis.rounding_wrong_place(number, place)),
    )
    tip = "look at the digit to the right: 5 or more rounds up."
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Round {show(number)} to the nearest {show(place)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, round_check(number, place), predicted=mis.predictions(answer, *slips))
        return pictures.offer(item, number_line=line)
    if style == "true_or_false":
        candidates = [s for s in slips if s[1] is not None]
        slip = rng.choice(candidates) if candidates and rng.random() < 0.5 else None
        claim = slip[1] if slip else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(number)} rounded to the nearest {show(place)} is {show(claim)}." + hint(
            level, tip
        )
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        item = make(prompt, answer, steps, style, f"{round_check(number, place)} = {show(claim)}", predicted=predicted)
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
        steps = [
            f"Numbers from {show(result - place // 2)} to {show(result + place // 2 - 1)} round to {show(result)}.",
            f"The {which} is {show(key)}.",
        ]
        check = f"{show(result)} − {show(place)} ÷ 2" if smallest else f"{show(result)} + {show(place)} ÷ 2 − 1"
        wrong = result - place // 2 - 1 if smallest else result + place // 2
        return make(
            prompt,
            answer,
            steps,
            style,
            check,
            predicted=mis.predictions(answer, ("rounding_wrong_direction", wrong)),
        )
    template = rng.choice([c for c in _ROUNDING_CONTEXTS if c[1] <= number <= c[2]] or _ROUNDING_CONTEXTS[-2:])[0]
    answer = Measure(result, "m", unit_required=False) if " m " in template else WholeNumber(result)
    prompt = template.format(n=show(number), place=show(place)) + hint(level, tip)
    item = make(prompt, answer, steps, style, round_check(number, place), predicted=mis.predictions(answer, *slips))
    return pictures.offer(item, number_line=line)
