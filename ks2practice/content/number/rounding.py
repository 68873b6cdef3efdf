"""Round whole numbers to the nearest 10, 100, 1000 and beyond."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Measure, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.misconceptions.data_time_algebra import claimed_by
from ks2practice.content.number.common import RANGES, tell
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, odd_one_out, same_different
from ks2practice.content.wording import hint, make, name, number_with_digits, place_name, show, truth_word
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


_ASK = "How many is that to the nearest {place}?"
# (story, context in the bank, {placeholder: quantity}): a story is told only when its number lies in the range
_ROUNDING_STORIES = (
    ("{n} children sing in the school choir. " + _ASK, "school_choir", {"n": "singers"}),
    ("{n} children go to Oakwood Primary School. " + _ASK, "primary_school", {"n": "pupils"}),
    ("A jar holds {n} sweets. " + _ASK, "sweet_jar", {"n": "sweets"}),
    ("A book has {n} pages. Round the number of pages to the nearest {place}.", "book_pages", {"n": "pages"}),
    ("{n} people watched a football match. " + _ASK, "match_crowd", {"n": "people"}),
    ("A library has {n} books. Round the number of books to the nearest {place}.", "library_stock", {"n": "books"}),
    (
        "A village has {n} people living in it. Round this to the nearest {place}.",
        "village_population",
        {"n": "people"},
    ),
    (
        "The population of a city is {n}. What is this rounded to the nearest {place}?",
        "city_population",
        {"n": "people"},
    ),
    ("A cyclist rode {n} m in a month. How far is that to the nearest {place} m?", "cycling_month", {"n": "distance"}),
    (
        "{n} tickets were sold for a music festival. About how many is that, to the nearest {place}?",
        "music_festival",
        {"n": "tickets"},
    ),
    (
        "A theme park had {n} visitors last year. Round this to the nearest {place}.",
        "theme_park_year",
        {"n": "visitors"},
    ),
    ("A museum had {n} visitors last year. Round this to the nearest {place}.", "museum_year", {"n": "visitors"}),
    ("A country has a population of {n}. What is this to the nearest {place}?", "country_population", {"n": "people"}),
)


# Greater depth: the count was rounded; work back to the smallest or largest it could have been.
_ROUNDED_STORIES = (
    (
        "To the nearest {place}, {r} people watched a football match. What is the {which} number of people who "
        "could have watched it?",
        "match_crowd",
        {"r": "people", "_key": "people"},
    ),
    (
        "To the nearest {place}, {r} tickets were sold for a music festival. What is the {which} number of tickets "
        "that could have been sold?",
        "music_festival",
        {"r": "tickets", "_key": "tickets"},
    ),
    (
        "A museum had {r} visitors last year, to the nearest {place}. What is the {which} number of visitors it "
        "could have had?",
        "museum_year",
        {"r": "visitors", "_key": "visitors"},
    ),
    (
        "The population of a city is {r}, to the nearest {place}. What is the {which} number of people who could "
        "live there?",
        "city_population",
        {"r": "people", "_key": "people"},
    ),
    (
        "The population of a country is {r}, to the nearest {place}. What is the {which} it could be?",
        "country_population",
        {"r": "people", "_key": "people"},
    ),
)


def _rounded_story(rng: random.Random, result: int, place: int) -> Item:
    """A count given rounded: the smallest or largest it could have been (halfway rounds up)."""
    half = place // 2
    smallest = rng.random() < 0.5
    key = result - half if smallest else result + half - 1
    which = "smallest" if smallest else "largest"
    prompt = tell(rng, _ROUNDED_STORIES, {"r": result, "_key": key}, place=show(place), which=which)
    if prompt is None:
        smallest, key, which = False, result + half - 1, "largest"
        prompt = tell(rng, _ROUNDED_STORIES, {"r": result, "_key": key}, place=show(place), which=which)
    if prompt is None:
        raise ValueError(f"no rounded story holds {result} to the nearest {place}")
    below, above = (result - place, result) if smallest else (result, result + place)
    steps = [
        Step(
            f"Halfway between {show(below)} and {show(above)} is ",
            eq(add(below, div(place, 2)), below + half),
            ".",
        ),
        f"Halfway rounds up, so {show(below + half)} rounds to {show(above)}.",
        _lies_in(key, place),
        _lies_in(key - 1 if smallest else key + 1, place),
        f"So the {which} is {show(key)}.",
    ]
    answer = WholeNumber(key)
    check = f"{show(result)} − {show(place)} ÷ 2" if smallest else f"{show(result)} + {show(place)} ÷ 2 − 1"
    slip = mis.halfway_rounds_down.on(result, place, smallest)
    return make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, slip))


@topic(
    "number.rounding",
    title="Round whole numbers to the nearest 10, 100, 1000 and beyond",
    codes=("4N4b", "5N4", "6N4"),
    styles=(
        "fluency",
        "true_or_false",
        "missing_number",
        "word_problem",
        "same_different",
        "always_sometimes_never",
        "explain",
        "odd_one_out",
    ),
    representations=pictures.kinds("rounding"),
)
@pictures.pictured("rounding")
def rounding(rng: random.Random, level: Level, style: str) -> Item:
    if style in _REASONING:
        return _REASONING[style](rng, level)
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
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        return _rounded_story(rng, result, place)
    told = tell(rng, _ROUNDING_STORIES, {"n": number}, place=show(place))
    if told is None:  # every number from 10 to 9,999,999 has a story: a number without one is a bug
        raise ValueError(f"no rounding story holds {number}")
    answer = Measure(result, "m", unit_required=False) if " m " in told else WholeNumber(result)
    if " m " in told:
        steps = _rounding_steps(number, place, "m")
    prompt = told + hint(level, tip)
    item = make(prompt, answer, steps, style, round_check(number, place), predicted=mis.predictions(answer, *slips))
    return pictures.offer(item, number_line=line)


# ---------------------------------------------------------------------- reasoning about rounding (issue #15)


def _place_and_multiple(rng: random.Random, level: Level) -> tuple[int, int]:
    """A rounding place and a multiple of it for the level: 10s to 3 digits, then 100s and 1000s in 4 to 5 digits,
    then 1000s to 100,000s in 5 to 7 digits."""
    if level == Level.WORKING_TOWARDS:
        return 10, rng.randint(2, 99) * 10
    if level == Level.EXPECTED:
        place = rng.choice((100, 1_000))
        return place, rng.randint(1_000 // place + 1, 99_999 // place) * place
    place = rng.choice((1_000, 10_000, 100_000))
    return place, rng.randint(10_000 // place + 1, 9_999_999 // place) * place


def _lies_in(number: int, place: int) -> Step:
    """Where a number lies between the halfway points round a multiple, and so the multiple it rounds to."""
    result = round_to(number, place)
    half = place // 2
    return Step(
        f"{show(number)}: ", rel(result - half, "≤", number, "<", result + half), f", so it rounds to {show(result)}."
    )


def _with_hint(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text))


def _same_different(rng: random.Random, level: Level) -> Item:
    """Two numbers either side of a multiple that round to it (one up, one down); at greater depth two numbers 1
    apart that round to different multiples, because halfway rounds up."""
    place, result = _place_and_multiple(rng, level)
    half = place // 2
    if level != Level.GREATER_DEPTH:
        below, above = result - rng.randint(1, half), result + rng.randint(1, half - 1)
        statements = [
            (f"Both round to {show(result)}: {show(below)} rounds up and {show(above)} rounds down.", True),
            (
                f"They round to different multiples: {show(below)} to {show(result - place)} and {show(above)} to "
                f"{show(result)}, because {show(below)} is less than {show(result)}.",
                False,
            ),
            (f"Both round to {show(result + place)}, because rounding makes a number bigger.", False),
        ]
        pair, check = (below, above), f"{round_check(below, place)} = {round_check(above, place)}"
    else:
        low, high = result + half - 1, result + half
        statements = [
            (
                f"They are only 1 apart, but {show(low)} rounds down to {show(result)} and {show(high)} rounds up "
                f"to {show(result + place)}.",
                True,
            ),
            (f"Both round to {show(result)}, because a number exactly halfway rounds down.", False),
            (f"Both round to {show(result + place)}, because they are only 1 apart.", False),
        ]
        pair, check = (low, high), f"{round_check(low, place)} < {round_check(high, place)}"
    steps = [
        f"Halfway between two multiples of {show(place)} rounds up.",
        _lies_in(pair[0], place),
        _lies_in(pair[1], place),
    ]
    item = same_different(
        rng, f"{show(pair[0])} and {show(pair[1])}, rounded to the nearest {show(place)}", statements, steps, check
    )
    return _with_hint(item, level, "find the two multiples of 10 each number lies between.")


def _always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Level 1: rounding to the nearest 10 makes a number bigger (sometimes); level 2: a number that rounds to a
    multiple keeps its digit in that place (sometimes); level 3: rounding twice (sometimes) or moving more than half
    a place (never)."""
    place, result = _place_and_multiple(rng, level)
    half = place // 2
    if level == Level.WORKING_TOWARDS:
        up, down = result - rng.randint(1, half), result + rng.randint(1, half - 1)
        return always_sometimes_never(
            "Rounding a number to the nearest 10 makes it bigger.",
            holds=[Step(f"{show(up)} rounds to {show(result)}, and ", rel(result, ">", up), ".")],
            fails=[Step(f"{show(down)} rounds to {show(result)}, and ", rel(result, "<", down), ".")],
            check=f"{round_check(up, 10)} > {show(up)}",
            slips=[mis.rounding_makes_bigger.on()],
            hint=hint(level, "try a number that ends in 2 and one that ends in 7."),
        )
    if level == Level.EXPECTED:
        digit = result // place % 10
        down, up = result + rng.randint(1, half - 1), result - rng.randint(1, half)
        where = f"{place_name(len(str(place)) - 1)} digit"
        return always_sometimes_never(
            f"A number that rounds to {show(result)} to the nearest {show(place)} has {digit} as its {where}.",
            holds=[
                _lies_in(down, place),
                f"Its {where} is {down // place % 10}.",
            ],
            fails=[
                _lies_in(up, place),
                f"But its {where} is {up // place % 10}: it rounded up.",
            ],
            check=f"{round_check(up, place)} = {show(result)}",
            slips=[mis.rounded_digit_kept.on()],
        )
    fine = place // 10
    if rng.random() < 0.6:  # round to the nearest place/10 and then to the nearest place: a double rounding
        twice = result + half - rng.randint(1, fine // 2)  # to the nearest fine it reaches halfway, then rounds up
        once = result + rng.randint(1, half - fine)  # stays below halfway either way
        first = round_to(twice, fine)

        def worked(n: int) -> list[Step | str]:
            a, twice_, once_ = round_to(n, fine), round_to(round_to(n, fine), place), round_to(n, place)
            last: Step | str = (
                f"Both ways give {show(once_)}."
                if twice_ == once_
                else Step("Rounding twice gives ", rel(twice_, "≠", once_), ", the number rounded once.")
            )
            return [
                f"To the nearest {show(fine)}, then to the nearest {show(place)}:",
                _lies_in(n, fine),
                _lies_in(a, place),
                f"Straight to the nearest {show(place)}:",
                _lies_in(n, place),
                last,
            ]

        return always_sometimes_never(
            f"Rounding a number to the nearest {show(fine)}, then rounding that to the nearest {show(place)}, gives "
            f"the same as rounding the number straight to the nearest {show(place)}.",
            holds=worked(once),
            fails=worked(twice),
            check=f"{round_check(twice, place)} < {round_check(first, place)}",
        )
    number = result + rng.choice((-1, 1)) * rng.randint(1, half - 1)
    gap = abs(number - result)
    return always_sometimes_never(
        f"Rounding a number to the nearest {show(place)} changes it by more than {show(half)}.",
        reason=[
            Step(
                f"The multiples of {show(place)} are {show(place)} apart, so the nearest one is at most half of that "
                "away: ",
                eq(div(place, 2), half),
                ".",
            )
        ],
        fails=[
            Step(
                f"{show(number)} rounds to {show(result)}, a change of ",
                eq(sub(max(number, result), min(number, result)), gap),
                ", and ",
                rel(gap, "≤", half),
                ".",
            )
        ],
        check=f"{show(max(number, result))} − {show(min(number, result))} < {show(half)}",
    )


def _explain(rng: random.Random, level: Level) -> Item:
    """A child's claim: a rounding (right, or the wrong way or to the wrong place); at greater depth the largest or
    smallest whole number that rounds to a multiple (halfway rounds up)."""
    who = name(rng)
    if level != Level.GREATER_DEPTH:
        number, place = _rounding_number(rng, level)
        result = round_to(number, place)
        slips = [
            s
            for s in (mis.rounding_wrong_direction.on(number, place), mis.rounding_wrong_place.on(number, place))
            if s.wrong() is not None and s.wrong() != result
        ]
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        claim = int(slip.wrong()) if slip else result  # type: ignore[arg-type]
        cut = len(str(place)) - 1
        decider = int(str(number)[-cut])
        way = "5 or more, so it rounds up" if decider >= 5 else "less than 5, so it rounds down"
        model = f"the {place_name(cut - 1)} digit of {show(number)} is {decider}, {way}, to {show(result)}" + (
            "." if claim == result else f", not {show(claim)}."
        )
        item = explain_claim(
            who,
            f"{show(number)} rounded to the nearest {show(place)} is {show(claim)}.",
            claim == result,
            _rounding_steps(number, place),
            model,
            f"{round_check(number, place)} = {show(claim)}",
            slips=[claimed_by(slip, claim)] if slip else (),
            hint=hint(level, "look at the ones digit: 5 or more rounds up."),
        )
        return item
    place, result = _place_and_multiple(rng, level)
    half = place // 2
    smallest = rng.random() < 0.5
    right = rng.random() < 0.5
    key = result - half if smallest else result + half - 1
    slip = mis.halfway_rounds_down.on(result, place, smallest)
    claim = key if right else int(slip.wrong())  # type: ignore[arg-type]
    which = "smallest" if smallest else "largest"
    edge = result - half if smallest else result + half
    steps = [
        Step(
            f"Halfway between {show(result - place if smallest else result)} and "
            f"{show(result if smallest else result + place)} is ",
            edge,
            f", and halfway rounds up, to {show(result if smallest else result + place)}.",
        ),
        _lies_in(key, place),
        _lies_in(key - 1 if smallest else key + 1, place),
        Step(
            f"So the {which} is {show(key)}",
            "." if claim == key else ": ",
            *(() if claim == key else (rel(claim, "≠", key), ".")),
        ),
    ]
    model = (
        f"a number exactly halfway rounds up, so {show(edge)} rounds to "
        f"{show(result if smallest else result + place)} and the {which} whole number is {show(key)}."
    )
    return explain_claim(
        who,
        f"The {which} whole number that rounds to {show(result)} to the nearest {show(place)} is {show(claim)}.",
        claim == key,
        steps,
        model,
        f"{show(result)} {'−' if smallest else '+'} {show(half)}{'' if smallest else ' − 1'} = {show(claim)}",
        slips=[claimed_by(slip, claim)] if claim != key else (),
    )


def _odd_one_out(rng: random.Random, level: Level) -> Item:
    """Which does not round to this multiple? Three numbers that do (one exactly halfway below it) and one that
    rounds to the next multiple (halfway above it at level 2 and beyond)."""
    place, result = _place_and_multiple(rng, level)
    half = place // 2
    halfway = result - half
    members = {halfway, result + rng.randint(1, half - 1), result - rng.randint(1, half - 1)}
    if level == Level.GREATER_DEPTH:
        members.add(result + half - 1)  # the largest that still rounds down
    while len(members) < (4 if level == Level.GREATER_DEPTH else 3):
        members.add(result - rng.randint(1, half - 1))
    odd = result + half if level != Level.WORKING_TOWARDS or rng.random() < 0.5 else result - half - 1
    shown = sorted([*members, odd])
    steps: list[str | Step] = [f"Halfway between two multiples of {show(place)} rounds up."]
    steps += [_lies_in(n, place) for n in shown]
    item = odd_one_out(
        rng,
        f"Which number does not round to {show(result)} when rounded to the nearest {show(place)}?",
        [(show(n), round_to(n, place) == result) for n in shown],
        steps,
        f"{round_check(odd, place)} {'>' if odd > result else '<'} {show(result)}",
        slips=[mis.halfway_picked_as_odd.on(show(halfway))],
        hint=hint(level, "a number that ends in 5 rounds up."),
    )
    return item


_REASONING = {
    "same_different": _same_different,
    "always_sometimes_never": _always_sometimes_never,
    "explain": _explain,
    "odd_one_out": _odd_one_out,
}
