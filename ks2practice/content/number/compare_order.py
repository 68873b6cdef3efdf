"""Compare and order numbers."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import (
    NAMES,
    hint,
    lettered,
    make,
    number_with_digits,
    place_name,
    show,
    sign_of,
    truth_word,
)
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub

# ---------------------------------------------------------------------- compare and order


def _close_number(rng: random.Random, number: int) -> int:
    """A different number a pupil could confuse with this one: two digits swapped or one digit changed."""
    text = list(str(number))
    for _ in range(20):
        candidate = list(text)
        if rng.random() < 0.5 and len(text) > 1:
            i, j = sorted(rng.sample(range(len(text)), 2))
            candidate[i], candidate[j] = candidate[j], candidate[i]
        else:
            i = rng.randrange(len(text))
            candidate[i] = str(rng.choice([d for d in range(10) if str(d) != text[i]]))
        if candidate[0] != "0" and candidate != text:
            return int("".join(candidate))
    return number + 10 ** (len(text) - 2)


def _compare_pair(rng: random.Random, level: Level) -> tuple[int, int]:
    low, high = RANGES["compare_order"][int(level)]["digits"]  # type: ignore[misc]
    digits = rng.randint(max(low, 3), high)
    a = number_with_digits(rng, digits)
    if rng.random() < 0.2:  # one digit fewer but a bigger first digit: 987 and 1,203
        first = int(str(a)[0])
        if first == 9:
            first = rng.randint(1, 8)
            a = int(str(first) + str(a)[1:])
        b = int(str(rng.randint(first + 1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(digits - 2)))
        return (b, a) if rng.random() < 0.5 else (a, b)
    return a, _close_number(rng, a)


@topic(
    "number.compare_order",
    title="Compare and order numbers",
    codes=("3N2a", "4N2a", "5N2", "6N2"),
    styles=("compare", "true_or_false", "fluency", "word_problem"),
    representations=pictures.kinds("compare_order"),
)
@pictures.pictured("compare_order")
def compare_order(rng: random.Random, level: Level, style: str) -> Item:
    if style == "compare":
        if level == Level.GREATER_DEPTH and rng.random() < 0.6:
            return _compare_expressions(rng)
        a, b = _compare_pair(rng, level)
        if rng.random() < 0.1:
            b = a
        answer = Comparison(sign_of(a, b))
        prompt = f"Write <, > or = in the box: {show(a)} □ {show(b)}" + hint(
            level, "compare the hundreds first, then the tens."
        )
        steps = _compare_steps(a, b)
        # With as many digits on each side, first digits compared as text give the true sign: no mistake to show.
        predicted = mis.predictions(answer, mis.compare_leading_digits.on(a, b) if len(str(a)) != len(str(b)) else None)
        item = make(prompt, answer, steps, style, f"{show(a)} □ {show(b)}", predicted=predicted)
        return pictures.offer(
            item, number_line=pictures.points_line([a, b]) if a != b else None, why="the numbers are equal"
        )
    if style == "true_or_false":
        a, b = _compare_pair(rng, level)
        sign = rng.choice(("<", ">"))
        words_for = {"<": "is less than", ">": "is greater than"}
        truth = (a < b) if sign == "<" else (a > b)
        answer = TrueFalse(truth)
        prompt = f"True or false? {show(a)} {words_for[sign]} {show(b)}." + hint(level, "line up the digits.")
        steps = [*_compare_steps(a, b), f"So the statement is {truth_word(truth)}."]
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}")
        return pictures.offer(item, number_line=pictures.points_line([a, b]))
    low, high = RANGES["compare_order"][int(level)]["digits"]  # type: ignore[misc]
    base = number_with_digits(rng, rng.randint(max(low, 3), high))
    numbers = {base}
    while len(numbers) < 4:
        numbers.add(_close_number(rng, base))
    values = list(numbers)
    rng.shuffle(values)
    greatest = rng.random() < 0.5
    ordered = sorted(values, reverse=greatest)
    best, second = ordered[0], ordered[1]
    relation = ">" if greatest else "<"
    adjective = "greatest" if greatest else "smallest"
    if style == "fluency":
        options = [show(v) for v in values]
        answer = Choice(tuple(options), values.index(best))
        prompt = (
            f"Which number is the {adjective}? " + lettered(options) + hint(level, "compare the digits from the left.")
        )
        steps = [Step("In order: ", rel(*_chain(ordered, relation)), "."), f"The {adjective} is {show(best)}."]
        # no picture: four numbers that differ in one digit cannot all be told apart on one line drawn to scale
        return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(second)}")
    settings = [
        (
            "Four schools raised money for charity.",
            ("Oak Primary", "Elm Primary", "Ash Primary", "Birch Primary"),
            "{w} raised £{v}",
            ("Which school raised the most?", "Which school raised the least?"),
            ("school_charity", "raised", 100),
        ),
        (
            "Four villages counted the people living there.",
            ("Ashby", "Brookfield", "Little Hinton", "Marsh End"),
            "{w} has {v} people",
            ("Which village has the most people?", "Which village has the fewest people?"),
            ("village_population", "people", 1),
        ),
        (
            "Four towns counted their populations.",
            ("Kingsford", "Millbrook", "Eastwick", "Hollowbridge"),
            "{w} has {v} people",
            ("Which town has the largest population?", "Which town has the smallest population?"),
            ("town", "people", 1),
        ),
        (
            "Four cities counted their populations.",
            ("Northam", "Westport", "Southby", "Eastbury"),
            "{w} has {v} people",
            ("Which city has the largest population?", "Which city has the smallest population?"),
            ("city_population", "people", 1),
        ),
        (
            "Four friends played a computer game.",
            tuple(rng.sample(NAMES, 4)),
            "{w} scored {v} points",
            ("Who scored the most points?", "Who scored the fewest points?"),
            ("computer_game", "points", 1),
        ),
        (
            "Four farms counted the eggs their hens laid last year.",
            ("Hill Farm", "Brook Farm", "Meadow Farm", "Oak Tree Farm"),
            "{w} collected {v} eggs",
            ("Which farm collected the most eggs?", "Which farm collected the fewest eggs?"),
            ("egg_farm_year", "eggs", 1),
        ),
    ]

    # Each setting's believable range is its context's in the bank (a city has at least 100,000 people, a village
    # at most 6,000); money is held in pence.
    def fits(bank: tuple[str, str, int]) -> bool:
        quantity = contexts.get(bank[0])[bank[1]]
        return all(quantity.holds(v * bank[2]) for v in values)

    setting, who, fact, questions, bank = rng.choice([c for c in settings if fits(c[4])])
    contexts.used(bank[0], **{bank[1]: tuple(v * bank[2] for v in values)})
    facts = [fact.format(w=w, v=show(v)) for w, v in zip(who, values, strict=True)]
    answer = Choice(tuple(who), values.index(best))
    prompt = f"{setting} " + "; ".join(facts) + ". " + questions[0 if greatest else 1]
    steps = [
        Step("Put the numbers in order: ", rel(*_chain(ordered, relation)), "."),
        f"The {adjective} is {show(best)}.",
        f"So the answer is {who[values.index(best)]}.",
    ]
    return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(second)}")


def _chain(ordered: list[int], sign: str) -> list[int | str]:
    """The numbers in order with the sign between each two: 4,512 > 4,215 > 2,514."""
    chain: list[int | str] = [ordered[0]]
    for value in ordered[1:]:
        chain += [sign, value]
    return chain


def _compare_steps(a: int, b: int) -> list[str]:
    if len(str(a)) != len(str(b)):
        return [
            f"{show(a)} has {len(str(a))} digits and {show(b)} has {len(str(b))} digits.",
            Step("So ", rel(a, sign_of(a, b), b)),
        ]
    if a == b:
        return [Step("The two numbers are the same: ", eq(a, b, restates=True))]
    sa, sb = str(a), str(b)
    i = next(i for i in range(len(sa)) if sa[i] != sb[i])
    place = len(sa) - 1 - i
    return [
        f"Both have {len(sa)} digits. The first difference is in the {place_name(place)}: {sa[i]} and {sb[i]}.",
        Step("So ", rel(a, sign_of(a, b), b)),
    ]


def _compare_expressions(rng: random.Random) -> Item:
    target = rng.randint(1_000, 9_999) * 1_000
    part = rng.choice((1_000, 10_000, 100_000, 50_000, 5_000))
    left_value = target
    left_expr = add(target - part, part)
    left = f"{show(target - part)} + {show(part)}"
    delta = rng.choice((0, 0, 1, -1, 1_000, -1_000, 10_000, -100))
    right_value = target + delta
    if rng.random() < 0.5 and right_value > part:
        right = f"{show(right_value + part)} − {show(part)}"
        right_expr = sub(right_value + part, part)
    else:
        right = show(right_value)
        right_expr = None
    answer = Comparison(sign_of(left_value, right_value))
    prompt = f"Write <, > or = in the box without working out exactly: {left} □ {right}"
    steps = [Step(eq(left_expr, left_value))]
    if right_expr is not None:
        steps.append(Step(eq(right_expr, right_value)))
    steps.append(Step("So ", rel(left_expr, answer.sign, right_expr if right_expr is not None else right_value)))
    return make(prompt, answer, steps, "compare", f"{left} □ {right}")
