"""Place value: the value of each digit and partitioning."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import (
    PLACE_NAMES,
    SINGULAR,
    digit_at,
    hint,
    lettered,
    make,
    number_with_digits,
    place_name,
    show,
    without_digit,
)
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, rel, sub, value_of

# ---------------------------------------------------------------------- place value


def _unique_digit_place(rng: random.Random, number: int) -> int:
    text = str(number)
    places = [len(text) - 1 - i for i, ch in enumerate(text) if ch != "0" and text.count(ch) == 1 and i < len(text) - 1]
    return rng.choice(places) if places else -1


def _counted(count: int, place: int) -> str:
    if count == 1:
        return f"1 {SINGULAR[place]}"
    return f"{show(count)} {PLACE_NAMES[place]}"


def _listed(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@topic(
    "number.place_value",
    title="Place value: the value of each digit and partitioning",
    codes=("3N3", "4N3a", "5N3a", "6N3", "3N4", "4N4a", "6N6"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out", "same_different"),
    representations=pictures.kinds("place_value"),
)
@pictures.pictured("place_value")
def place_value(rng: random.Random, level: Level, style: str) -> Item:
    low, high = RANGES["place_value"][int(level)]["digits"]  # type: ignore[misc]
    digits = rng.randint(low, high)
    if style == "same_different":
        return _same_different(rng, digits)
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            return _times_greater(rng, digits)
        number, place = 0, -1
        while place < 0:
            number = number_with_digits(rng, digits, zeros=level != Level.WORKING_TOWARDS)
            place = _unique_digit_place(rng, number)
        d = digit_at(number, place)
        value = d * 10**place
        answer = WholeNumber(value)
        prompt = f"What is the value of the digit {d} in {show(number)}?" + hint(
            level, "is it in the hundreds, tens or ones column?"
        )
        steps = [
            f"In {show(number)} the {d} is in the {place_name(place)} column.",
            Step(f"{d} {place_name(place) if d > 1 else SINGULAR[place]} is ", eq(mul(d, 10**place), value), "."),
        ]
        predicted = mis.predictions(answer, mis.digit_not_value.on(number, place))
        item = make(
            prompt, answer, steps, style, f"{show(number)} − {show(without_digit(number, place))}", predicted=predicted
        )
        return pictures.offer_number(item, number)
    if style == "missing_number":
        return _partition(rng, level, digits)
    if style == "true_or_false":
        number, place = 0, -1
        while place < 0:
            number = number_with_digits(rng, digits)
            place = _unique_digit_place(rng, number)
        d = digit_at(number, place)
        value = d * 10**place
        kind = rng.choice(("right", "right", "digit", "higher", "lower"))
        claim = {
            "right": value,
            "digit": d,
            "higher": value * 10,
            "lower": value // 10 if place > 0 else value * 100,
        }[kind]
        if claim == value and kind != "right":
            claim = value * 10
        answer = TrueFalse(claim == value)
        prompt = f"True or false? In {show(number)} the digit {d} has a value of {show(claim)}."
        steps = [
            Step(f"The {d} is in the {place_name(place)} column, so its value is ", eq(mul(d, 10**place), value), "."),
            Step(rel(claim, "≠", value), ", so the statement is false.")
            if claim != value
            else "So the statement is true.",
        ]
        check = f"{show(number)} − {show(without_digit(number, place))} = {show(claim)}"
        return pictures.offer_number(make(prompt, answer, steps, style, check), number)
    return _odd_representation(rng, level, digits)


def _times_greater(rng: random.Random, digits: int) -> Item:
    d = rng.randint(1, 9)
    high = rng.randint(3, digits - 1)
    low = rng.randint(0, high - 2)
    text = [str(rng.choice([x for x in range(10) if x != d])) for _ in range(digits)]
    text[0] = text[0] if text[0] != "0" else str(rng.choice([x for x in range(1, 10) if x != d]))
    text[digits - 1 - high] = str(d)
    text[digits - 1 - low] = str(d)
    number = int("".join(text))
    ratio = 10 ** (high - low)
    answer = WholeNumber(ratio)
    prompt = (
        f"In {show(number)} there are two {d}s. How many times greater is the value of the left-hand {d} "
        f"than the value of the right-hand {d}?"
    )
    steps = [
        f"The left-hand {d} is worth {show(d * 10**high)} ({place_name(high)}).",
        f"The right-hand {d} is worth {show(d * 10**low)} ({place_name(low)}).",
        Step(eq(div(d * 10**high, d * 10**low), ratio)),
    ]
    check = (
        f"({show(number)} − {show(without_digit(number, high))}) ÷ "
        f"({show(number)} − {show(without_digit(number, low))})"
    )
    predicted = mis.predictions(answer, mis.places_not_times.on(high, low))
    return pictures.offer_number(make(prompt, answer, steps, "fluency", check, predicted=predicted), number)


def _partition(rng: random.Random, level: Level, digits: int) -> Item:
    number = number_with_digits(rng, digits, zeros=level != Level.WORKING_TOWARDS)
    places = [p for p in range(digits) if digit_at(number, p)]
    while len(places) < 3:
        number = number_with_digits(rng, digits)
        places = [p for p in range(digits) if digit_at(number, p)]
    if level == Level.GREATER_DEPTH and rng.random() < 0.5:
        place = rng.randint(2, digits - 2)
        count = number // 10**place
        rest = number % 10**place
        answer = WholeNumber(count)
        prompt = (
            f"Complete: {show(number)} = □ {PLACE_NAMES[place]} + {show(rest)}"
            if rest
            else f"Complete: {show(number)} = □ {PLACE_NAMES[place]}"
        )
        steps = [
            Step(eq(number, add(count * 10**place, rest))) if rest else None,
            Step(
                f"{show(count * 10**place)} is {show(count)} {PLACE_NAMES[place]}: ",
                eq(mul(count, 10**place), count * 10**place),
                ".",
            ),
        ]
        steps = [step for step in steps if step is not None]
        check = f"{show(number)} = □ × {show(10**place)} + {show(rest)}"
        predicted = mis.predictions(answer, mis.digit_not_count.on(number, place))
        return pictures.offer_number(make(prompt, answer, steps, "missing_number", check, predicted=predicted), number)
    if level == Level.GREATER_DEPTH:
        top = digits - 1
        lead = digit_at(number, top)
        borrowed = rng.randint(1, lead) if lead > 1 else 1
        first = (lead - borrowed) * 10**top if lead > 1 else 0
        cut = rng.randint(1, top - 1)
        tail = number % 10**cut
        if first == 0 or tail == 0:
            # A tail of 0 would show '+ 0' (947,340 = 800,000 + □ + 0): take the lower digits instead.
            first, tail = (
                (lead - 1) * 10**top or 10 ** (top - 1),
                number % 10**cut or number % 10**top or 10 ** (top - 1),
            )
        missing = number - first - tail
        answer = WholeNumber(missing)
        prompt = f"Complete: {show(number)} = {show(first)} + □ + {show(tail)}"
        steps = [Step(eq(add(first, tail), first + tail)), Step(eq(sub(number, first + tail), missing))]
        check = f"{show(number)} = {show(first)} + □ + {show(tail)}"
        return pictures.offer_number(make(prompt, answer, steps, "missing_number", check), number)
    parts = [digit_at(number, p) * 10**p for p in sorted(places, reverse=True)]
    gap = rng.randrange(len(parts))
    shown = [show(v) if i != gap else "□" for i, v in enumerate(parts)]
    answer = WholeNumber(parts[gap])
    prompt = f"Complete: {show(number)} = {' + '.join(shown)}" + hint(level, "which column is missing?")
    steps = [Step(eq(number, add(*parts))), f"The missing part is {show(parts[gap])}."]
    place = sorted(places, reverse=True)[gap]
    # In the ones column the digit is its value: there is no mistake to predict.
    predicted = mis.predictions(answer, mis.digit_not_value.on(number, place) if place else None)
    item = make(prompt, answer, steps, "missing_number", f"{show(number)} = {' + '.join(shown)}", predicted=predicted)
    return pictures.offer_number(item, number)


def _counted_expr(count: int, place: int):
    """3 thousands as 3 × 1000 (1 thousand as 1 × 1000): what a count of one unit is worth."""
    return mul(count, 10**place)


def _odd_representation(rng: random.Random, level: Level, digits: int) -> Item:
    digits = {1: 3, 2: 4, 3: rng.randint(5, 6)}[int(level)]
    number = 0
    while len([p for p in range(digits) if digit_at(number, p)]) < 3:
        number = number_with_digits(rng, digits)
    standard = [(digit_at(number, p), p) for p in range(digits - 1, -1, -1) if digit_at(number, p)]
    # Each option is its text and the expression it stands for, so each is worked out, not asserted.
    right = {
        _listed([_counted(c, p) for c, p in standard]): add(*(_counted_expr(c, p) for c, p in standard)),
        " + ".join(show(c * 10**p) for c, p in standard): add(*(c * 10**p for c, p in standard)),
    }
    for split in range(1, digits):
        high, rest = divmod(number, 10**split)
        if high and rest:
            right[f"{_counted(high, split)} and {_counted(rest, 0)}"] = add(_counted_expr(high, split), rest)
    wrong_options = []
    for split in range(2, digits):
        high, rest = divmod(number, 10**split)
        if rest:
            text = f"{_counted(high, split - 1)} and {_counted(rest, 0)}"
            wrong_options.append(
                (
                    text,
                    f"{show(high)} × {show(10 ** (split - 1))} + {show(rest)}",
                    add(_counted_expr(high, split - 1), rest),
                )
            )
    c, p = standard[1]
    moved = [(c, p - 1) if (c, p) == standard[1] else (cc, pp) for cc, pp in standard]
    if p - 1 >= 0 and all(pp != p - 1 for _, pp in standard):
        wrong_options.append(
            (
                _listed([_counted(cc, pp) for cc, pp in moved]),
                " + ".join(f"{cc} × {show(10**pp)}" for cc, pp in moved),
                add(*(_counted_expr(cc, pp) for cc, pp in moved)),
            )
        )
    wrong, wrong_check, wrong_expr = rng.choice(wrong_options)
    chosen = rng.sample(sorted(right), 3)
    options = [*chosen, wrong]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(wrong))
    prompt = (
        f"Three of these show {show(number)}. Which is the odd one out? "
        + lettered(options)
        + hint(level, "work out the value of each one.")
    )
    # A sum written out is worked as itself; an option in words is shown with the sum it stands for.
    steps: list[str] = [
        Step(eq(right[option], number)) if "+" in option else Step(f"{option}: ", eq(right[option], number))
        for option in chosen
    ]
    worth = int(value_of(wrong_expr).value)
    steps.append(Step(f"{wrong}: ", rel(wrong_expr, "=", worth, "≠", number), f", so it is the odd one out: {wrong}"))
    return pictures.offer_number(make(prompt, answer, steps, "odd_one_out", f"{wrong_check} ≠ {show(number)}"), number)


def _same_different(rng: random.Random, digits: int) -> Item:
    """What's the same, what's different: the same digits in other places, or one number partitioned another way."""
    number = number_with_digits(rng, digits, zeros=False)
    while len(set(str(number))) == 1:  # 777 has no two different digits to swap
        number = number_with_digits(rng, digits, zeros=False)
    if rng.random() < 0.5:  # two different digits swap places: the same digits, different values
        places = [k for k in range(digits) for j in range(k) if digit_at(number, k) != digit_at(number, j)]
        high = rng.choice(places) if places else digits - 1
        low = rng.choice([j for j in range(high) if digit_at(number, j) != digit_at(number, high)] or [0])
        swapped = (
            number
            + (digit_at(number, low) - digit_at(number, high)) * 10**high
            + (digit_at(number, high) - digit_at(number, low)) * 10**low
        )
        big, small = max(number, swapped), min(number, swapped)
        first = next(k for k in range(digits - 1, -1, -1) if digit_at(big, k) != digit_at(small, k))
        lower = next(k for k in range(digits) if digit_at(small, k) > digit_at(big, k))
        pair = (number, swapped) if rng.random() < 0.5 else (swapped, number)
        steps = [
            Step(
                f"Compare from the left: the first digits that differ are in the {place_name(first)}: ",
                rel(digit_at(big, first), ">", digit_at(small, first)),
                ".",
            ),
            Step("So ", rel(big, ">", small), "."),
        ]
        statements = [
            (f"Different values: {show(big)} is bigger, because it has more {place_name(first)}.", True),
            ("They have the same value, because they have the same digits.", False),
            # comparing from the right, the smaller number wins at the place its bigger digit moved to
            (f"{show(small)} is bigger, because its {place_name(lower)} digit is bigger.", False),
        ]
        return same_different(rng, f"{show(pair[0])} and {show(pair[1])}", statements, steps, f"{big} > {small}")
    # A 3-digit number is partitioned into tens and ones, a longer one into hundreds and ones.
    size, unit, higher, place = (100, "hundreds", "thousands", 2) if digits > 3 else (10, "tens", "hundreds", 1)
    lots, ones = divmod(number, size)
    told = f"{show(lots)} {unit} and {show(ones)} one{'s' if ones != 1 else ''}"
    steps = [
        Step(f"{told} is ", eq(add(mul(lots, size), ones), number), "."),
        Step(f"{show(number)} has {show(lots)} {unit} in all, counting the {higher} as {unit} too."),
    ]
    statements = [
        (f"The same value, partitioned differently: {show(number)} has {show(lots)} {unit} in all.", True),
        (f"{told} is bigger, because {show(lots)} is bigger than {digit_at(number, place)}.", False),
        ("They are different, because the digits are in different columns.", False),
    ]
    check = f"{lots} × {size} + {ones} = {number}"
    return same_different(rng, f"{show(number)} and {told}", statements, steps, check)
