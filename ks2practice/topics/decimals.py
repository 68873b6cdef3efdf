"""Decimals (strand F), Years 4–6: equivalents, comparing, rounding, adding, multiplying and rounding in context."""

# Levels (design.md §4): 1 working towards — tenths (and halves and quarters), one decimal place, a hint and a
# picture; 2 expected — hundredths, mixed numbers of places, money and measures; 3 greater depth — thousandths,
# three decimal places, multiplying by two-digit numbers, unfamiliar forms and more than one step.
# Multiplying and dividing by 10, 100 and 1000 is calculation.mental_multiply_divide (6F9a); not repeated here.

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    TrueFalse,
    WholeNumber,
    format_decimal,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.wording import NAMES, hint, lettered, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import Diagram, Marker, NumberLine, PlaceValueChart
from ks2practice.topics.calculation import money

# The number ranges per level: largest whole part, decimal places (fewest, most), multipliers.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "equivalents": {
        1: {"denominators": (10, 2, 4)},
        2: {"denominators": (100, 5, 10)},
        3: {"denominators": (1000, 8, 20, 25, 50)},
    },
    "compare": {
        1: {"whole": 9, "places": (1, 2), "mixed": False},
        2: {"whole": 20, "places": (1, 2), "mixed": True},
        3: {"whole": 99, "places": (1, 3), "mixed": True},
    },
    "round": {
        1: {"whole": 30, "places": ((1, 0),)},
        2: {"whole": 99, "places": ((2, 0), (2, 1))},
        3: {"whole": 999, "places": ((3, 1), (3, 2), (2, 1))},
    },
    "add_subtract": {
        1: {"whole": 20, "places": (1, 1)},
        2: {"whole": 50, "places": (1, 2)},
        3: {"whole": 100, "places": (1, 3)},
    },
    "multiply": {
        1: {"places": 1, "whole": 9, "by": (2, 9)},
        2: {"places": 2, "whole": 9, "by": (3, 9)},
        3: {"places": 2, "whole": 40, "by": (11, 25)},
    },
    "context": {
        1: {"people": (13, 60), "size": (3, 10)},
        2: {"people": (100, 600), "size": (12, 60)},
        3: {"people": (300, 2_000), "size": (16, 75)},
    },
}

# ---------------------------------------------------------------------- helpers shared with percentages


def dec(value: Fraction | Decimal | int) -> Decimal:
    """An exact Decimal for a terminating value (never via float)."""
    value = Fraction(value)
    return Decimal(value.numerator) / Decimal(value.denominator)


def fixed(value: Fraction | Decimal | int, places: int) -> str:
    """A decimal written with exactly this many places: 4.5 to 2 places is '4.50'."""
    return format_decimal(Fraction(value), places)


def random_decimal(rng: random.Random, whole: int, places: int, low_whole: int = 0) -> Decimal:
    """A decimal with exactly `places` places (its last digit not 0) and whole part from low_whole to whole."""
    tail = rng.randint(1, 10**places - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10**places - 1)
    return Decimal(rng.randint(low_whole, whole)) + Decimal(tail).scaleb(-places)


def places_of(value: Fraction | Decimal | int) -> int:
    text = format_decimal(Fraction(value))
    return len(text.partition(".")[2])


def offer_pictures(key: str, table: dict[str, dict[int, tuple[str, ...]]]) -> None:
    """Say which pictures suit a topic (pictures.PICTURES is the one table every pictured topic is listed in)."""
    pictures.PICTURES.setdefault(key, table)


def with_pictures(key: str) -> Callable[[Callable[..., tuple[Item, dict[str, Diagram]]]], Callable[..., Item]]:
    """Wrap fn(rng, level, style) -> (item, {kind: picture}) as fn(rng, level, style, representation) -> Item.

    The pictures are built from the numbers already drawn, so asking for one never changes the question.
    """

    def wrap(fn: Callable[..., tuple[Item, dict[str, Diagram]]]) -> Callable[..., Item]:
        @functools.wraps(fn)
        def pictured(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
            item, drawn = fn(rng, level, style)
            fitting = pictures.suitable(key, level, item.style)
            if representation is not None and representation not in fitting:
                others = f"; try {', '.join(fitting)}" if fitting else "; no picture suits this question"
                why = f"a {representation} picture does not suit level {int(level)} {style.replace('_', ' ')} questions"
                raise ValueError(why + others)
            kind = representation or (fitting[0] if fitting else None)
            if kind is None:
                return item
            if kind not in drawn:
                if representation is None:
                    return item
                raise ValueError(f"this {style.replace('_', ' ')} question has no {kind} picture")
            return replace(item, diagram=drawn[kind])

        return pictured

    return wrap


def line_around(value: Fraction, places: int) -> NumberLine:
    """A number line from the multiple of 10**-places below value to the one above, value marked and labelled."""
    step = Fraction(1, 10**places)
    low = (Fraction(value) // step) * step
    return NumberLine(
        dec(low), dec(low + step), dec(step / 10), labels="ends", points=(Marker(dec(value), show(value)),)
    )


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


def _equivalent_slips(whole: int, top: int, bottom: int) -> list[tuple[str, Fraction | Decimal | None]]:
    slips: list[tuple[str, Fraction | Decimal | None]] = []
    if bottom not in (10, 100, 1000):
        wrong = dmis.fraction_digits_as_decimal(top, bottom)
        slips.append(("fraction_digits_as_decimal", None if wrong is None else whole + Fraction(wrong)))
    else:
        wrong = dmis.place_holder_zero_missed(top, bottom)
        slips.append(("place_holder_zero_missed", None if wrong is None else whole + Fraction(wrong)))
    return slips


offer_pictures(
    "decimal_fraction_equivalents",
    {
        "place_value_chart": {lv: ("missing_number",) for lv in (1, 2, 3)},
        "number_line": {lv: ("missing_number",) for lv in (1, 2, 3)},
    },
)


@topic(
    "decimals.decimal_fraction_equivalents",
    title="Fractions and decimals: tenths, hundredths, thousandths, halves and quarters",
    codes=("4F6a", "4F6b", "5F6a", "5F6b"),
    styles=("fluency", "missing_number", "true_or_false", "compare", "odd_one_out"),
    representations=("place_value_chart", "number_line"),
)
@with_pictures("decimal_fraction_equivalents")
def decimal_fraction_equivalents(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
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
            unit = dmis.decimal_as_unit_fraction(dec(value)) if not whole else None
            steps = [f"{decimal} is {fraction}."]
            if format_fraction(value) != fraction:
                steps.append(f"In its simplest form {fraction} = {format_fraction(value)}.")
            predicted = mis.predictions(answer, ("decimal_as_unit_fraction", unit))
            return make(prompt, answer, steps, style, decimal, predicted=predicted), {}
        answer = DecimalNumber(dec(value))
        prompt = f"Write {fraction} as a decimal." + hint(level, tip)
        return make(prompt, answer, steps, style, as_sum, predicted=mis.predictions(answer, *slips)), {}
    if style == "missing_number":
        scale = bottom if bottom in (10, 100, 1000) else (100 if level < 3 or bottom != 8 else 1000)
        key = value * scale - whole * scale
        answer = WholeNumber(int(key))
        lead = f"{whole} + " if whole else ""
        prompt = f"{decimal} = {lead}□/{scale}. What number goes in the box?" + hint(level, tip)
        steps = [f"{decimal} = {lead}{show(key)}/{scale}", f"So □ = {show(key)}"]
        check = f"{decimal} = {lead}□ ÷ {scale}"
        drawn: dict[str, Diagram] = {
            "place_value_chart": PlaceValueChart.of(dec(value)),
            "number_line": line_around(value, max(places_of(value) - 1, 0)),
        }
        return make(prompt, answer, steps, style, check), drawn
    if style == "true_or_false":
        wrong = [s for s in slips if s[1] is not None]
        slip = wrong[0] if wrong and rng.random() < 0.5 else None
        claim = Fraction(slip[1]) if slip else value
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {fraction} = {show(claim)}" + hint(level, tip)
        steps = [*steps, f"So the statement is {truth_word(claim == value)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        return make(prompt, answer, steps, style, f"{as_sum} = {show(claim)}", predicted=predicted), {}
    if style == "compare":
        other = value + rng.choice((-1, 1)) * Fraction(rng.randint(1, 9), 10 ** max(places_of(value), 1))
        if other <= 0 or rng.random() < 0.15:
            other = value
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {fraction} □ {show(other)}" + hint(level, tip)
        steps = [f"{fraction} = {decimal}", f"So {fraction} {answer.sign} {show(other)}"]
        # a pupil who writes the fraction's digits as a decimal (1/4 → 0.4) compares that instead
        predicted = mis.predictions(
            answer, *[(k, None if w is None else sign_of(Fraction(w), other)) for k, w in slips]
        )
        return make(prompt, answer, steps, style, f"{as_sum} □ {show(other)}", predicted=predicted), {}
    # odd one out: three ways of writing the value and one slip
    wrong_value = next((Fraction(s[1]) for s in slips if s[1] is not None), value / 10 if not whole else value + 1)
    equal = _alternatives(whole, top, bottom)
    options = [*equal, show(wrong_value)]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(show(wrong_value)))
    prompt = "Which is the odd one out? " + lettered(options) + hint(level, tip)
    steps = [f"{', '.join(equal)} are all equal to {decimal}.", f"{show(wrong_value)} is not."]
    return make(prompt, answer, steps, style, f"{show(wrong_value)} ≠ {as_sum}"), {}


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
    steps = []
    if bottom not in (10, 100, 1000):
        scale = 1000 if bottom == 8 else 100
        steps.append(f"{top}/{bottom} = {part * scale}/{scale}")
    places = places_of(part)
    name_ = {1: "tenths", 2: "hundredths", 3: "thousandths"}[max(places, 1)]
    steps.append(f"{show(part * 10**places)} {name_} is {show(part)}.")
    if whole:
        steps.append(f"{whole} and {show(part)} make {show(value)}.")
    steps.append(f"So {_fraction_text(top, bottom, whole)} = {show(value)}")
    return steps


# ---------------------------------------------------------------------- compare and order


def _decimal_pair(rng: random.Random, level: Level) -> tuple[Decimal, Decimal]:
    """Two different decimals that are close: same places at level 1, mixed lengths (0.45 and 0.5) above."""
    row = RANGES["compare"][int(level)]
    low, high = row["places"]  # type: ignore[misc]
    places = rng.randint(low, high)
    a = random_decimal(rng, row["whole"], places)  # type: ignore[arg-type]
    if row["mixed"] and rng.random() < 0.6:
        # the same whole part and a different number of places: the pair that shows 'longer is bigger' is false
        other = rng.choice([p for p in range(1, max(high, 2) + 1) if p != places])
        b = Decimal(int(a)) + random_decimal(rng, 0, other)
    else:
        b = a
        while b == a:
            digits = list(fixed(a, places))
            spots = [i for i, c in enumerate(digits) if c.isdigit() and i >= len(digits) - places - 1]
            i = rng.choice(spots)
            digits[i] = str(rng.choice([d for d in range(10) if str(d) != digits[i]]))
            b = Decimal("".join(digits))
            if b == 0 or Fraction(b) * 10 ** (places - 1) % 1 == 0:  # no trailing 0: keep the places
                b = a
    return (a, b) if rng.random() < 0.5 else (b, a)


def _compare_steps(a: Decimal, b: Decimal) -> list[str]:
    places = max(places_of(a), places_of(b), 1)
    left, right = fixed(a, places), fixed(b, places)
    steps = []
    if (left, right) != (show(a), show(b)):
        steps.append(f"Write both with {places} decimal places: {left} and {right}.")
    i = next((i for i in range(min(len(left), len(right))) if left[i] != right[i]), None)
    if len(left) != len(right):
        steps.append("Compare the whole numbers first.")
    elif i is not None:
        after = i - left.index(".")
        column = {1: "tenths", 2: "hundredths", 3: "thousandths"}.get(after, "whole numbers")
        steps.append(f"The first digits that differ are in the {column}: {left[i]} and {right[i]}.")
    steps.append(f"So {show(a)} {sign_of(a, b)} {show(b)}")
    return steps


def _compare_slips(a: Decimal, b: Decimal) -> list[tuple[str, str | None]]:
    return [
        ("longer_decimal_bigger", mis.longer_decimal_bigger(a, b) if places_of(a) != places_of(b) else None),
        ("shorter_decimal_bigger", dmis.shorter_decimal_bigger(a, b)),
    ]


def _compare_line(a: Decimal, b: Decimal) -> NumberLine:
    low = min(int(a), int(b))
    high = max(int(a), int(b)) + 1
    step = Decimal("0.1") if high - low <= 3 else Decimal(1)
    return NumberLine(low, high, step, labels="auto", points=(Marker(a, show(a)), Marker(b, show(b))))


# (story, one fact, True when the greatest wins, what the four are called (None: names), a typical whole part)
_ORDER_CONTEXTS = (
    ("Four children ran 100 m. Their times were: {facts}. Who was fastest?", "{w}: {v} seconds", False, None, 14),
    ("Four children did the long jump: {facts}. Who jumped the furthest?", "{w} jumped {v} m", True, None, 2),
    ("Four parcels were weighed: {facts}. Which parcel is the heaviest?", "{w} weighs {v} kg", True, "Parcel", 6),
    ("Four bottles of juice: {facts}. Which bottle holds the least?", "{w} holds {v} l", False, "Bottle", 1),
    ("Four friends measured their sunflowers: {facts}. Whose is the shortest?", "{w}'s is {v} m", False, None, 1),
    ("Four cyclists rode in a race: {facts}. Who rode the furthest?", "{w} rode {v} km", True, None, 25),
)


offer_pictures("compare_order_decimals", {"number_line": {1: ("compare", "true_or_false")}})


@topic(
    "decimals.compare_order_decimals",
    title="Compare and order decimals (up to three decimal places)",
    codes=("4F8", "5F8", "5F6b"),
    styles=("compare", "true_or_false", "fluency", "explain", "word_problem"),
    representations=("number_line",),
)
@with_pictures("compare_order_decimals")
def compare_order_decimals(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    tip = "compare the tenths first, then the hundredths."
    if style in ("compare", "true_or_false"):
        a, b = _decimal_pair(rng, level)
        drawn: dict[str, Diagram] = {"number_line": _compare_line(a, b)}
        steps = _compare_steps(a, b)
        slips = _compare_slips(a, b)
        if style == "compare":
            answer = Comparison(sign_of(a, b))
            prompt = f"Write <, > or = in the box: {show(a)} □ {show(b)}" + hint(level, tip)
            item = make(
                prompt, answer, steps, style, f"{show(a)} □ {show(b)}", predicted=mis.predictions(answer, *slips)
            )
            return item, drawn
        sign = rng.choice(("<", ">"))
        truth = a < b if sign == "<" else a > b
        answer_tf = TrueFalse(truth)
        words_for = {"<": "is less than", ">": "is greater than"}
        prompt = f"True or false? {show(a)} {words_for[sign]} {show(b)}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(answer_tf, *[(k, (w == sign) if w else None) for k, w in slips])
        return make(prompt, answer_tf, steps, style, f"{show(a)} {sign} {show(b)}", predicted=predicted), drawn
    if style == "explain":
        return _longer_is_bigger_claim(rng, level, style), {}
    a, b = _decimal_pair(rng, level)
    values = [a, b]
    while len(values) < 4:
        if level == Level.WORKING_TOWARDS:  # 4F8: the same number of places
            extra = random_decimal(rng, int(a), places_of(a), int(a))
        else:
            extra = _decimal_pair(rng, level)[rng.randint(0, 1)]
            extra = Decimal(int(a)) + (extra - int(extra))
        if extra not in values and extra > 0:
            values.append(extra)
    rng.shuffle(values)
    if style == "fluency":
        greatest = rng.random() < 0.5
        best = max(values) if greatest else min(values)
        options = [show(v) for v in values]
        answer = Choice(tuple(options), values.index(best))
        word = "greatest" if greatest else "smallest"
        prompt = f"Which number is the {word}? " + lettered(options) + hint(level, tip)
        ordered = sorted(values, reverse=greatest)
        steps = [f"In order: {', '.join(show(v) for v in ordered)}", f"The {word} is {show(best)}."]
        fooled = _longest_pick(values, greatest)
        predicted = mis.predictions(answer, ("longer_decimal_bigger", show(fooled) if fooled != best else None))
        relation = ">" if greatest else "<"
        return make(
            prompt, answer, steps, style, f"{show(best)} {relation} {show(ordered[1])}", predicted=predicted
        ), {}
    template, fact, most, thing, typical = rng.choice(_ORDER_CONTEXTS)
    shift = typical + rng.randint(0, 2) - int(a)  # real-sized measures, the same gaps between them
    values = [v + shift for v in values]
    who = [f"{thing} {letter}" for letter in "ABCD"] if thing else rng.sample(NAMES, 4)
    facts = "; ".join(fact.format(w=w, v=show(v)) for w, v in zip(who, values, strict=True))
    best = max(values) if most else min(values)
    answer = Choice(tuple(who), values.index(best))
    prompt = template.format(facts=facts) + hint(level, tip)
    ordered = sorted(values, reverse=most)
    steps = [f"In order: {', '.join(show(v) for v in ordered)}", f"So the answer is {who[values.index(best)]}."]
    fooled = _longest_pick(values, most)
    predicted = mis.predictions(
        answer, ("longer_decimal_bigger", who[values.index(fooled)] if fooled != best else None)
    )
    relation = ">" if most else "<"
    return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(ordered[1])}", predicted=predicted), {}


def _longer_is_bigger_claim(rng: random.Random, level: Level, style: str) -> Item:
    """A child's claim that the decimal with more digits is bigger (0.45 > 0.5): right or wrong, and why."""
    row = RANGES["compare"][int(level)]
    whole = rng.randint(0, row["whole"])  # type: ignore[arg-type]
    tenths = rng.randint(2, 9)
    short = Decimal(whole) + Decimal(tenths).scaleb(-1)
    places = 2 if level < 3 else rng.randint(2, 3)
    below = rng.random() < 0.75  # usually the longer one has fewer tenths, as in 0.45 and 0.5
    first = rng.randint(1, tenths - 1) if below else tenths  # not 0: '02 is bigger than 2' is no argument
    tail = rng.randint(1, 10 ** (places - 1) - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10 ** (places - 1) - 1)
    long = Decimal(whole) + Decimal(first).scaleb(-1) + Decimal(tail).scaleb(-places)
    who = name(rng)
    right = long > short
    digits_long, digits_short = show(long).split(".")[1], show(short).split(".")[1]
    options = (
        f"Yes: {int(digits_long)} is bigger than {int(digits_short)}, so {show(long)} is bigger",
        f"No: {show(short)} has {tenths} tenths and {show(long)} has only {first}",
    )
    if right:
        options = (
            f"Yes: both have {tenths} tenths, and {show(long)} has more after that",
            f"No: {show(short)} is bigger because it has fewer digits after the point",
        )
    answer = Choice(options, 0 if right else 1)
    prompt = (
        f"{who} says {show(long)} is bigger than {show(short)} because {int(digits_long)} is bigger than "
        f"{int(digits_short)}. Is {who} right? " + lettered(options) + hint(level, "compare the tenths first.")
    )
    model = (
        f"{show(short)} = {fixed(short, places)}; compare {fixed(short, places)} and {show(long)} digit by digit from "
        f"the left: the tenths decide, so {show(long)} {sign_of(long, short)} {show(short)}."
    )
    steps = [f"Model answer for the adult: {model}", f"Answer: {options[answer.correct]}"]
    predicted = mis.predictions(
        answer, ("longer_decimal_bigger", options[0]) if not right else ("shorter_decimal_bigger", options[1])
    )
    return make(prompt, answer, steps, style, f"{show(long)} {sign_of(long, short)} {show(short)}", predicted=predicted)


def _longest_pick(values: list[Decimal], greatest: bool) -> Decimal:
    """The pick of a pupil who reads the digits after the point as a whole number (0.45 beats 0.5)."""

    def reading(x: Decimal) -> tuple[int, int]:
        whole, _, part = show(x).partition(".")
        return int(whole.replace(",", "")), int(part or "0")

    return max(values, key=reading) if greatest else min(values, key=reading)


# ---------------------------------------------------------------------- rounding decimals


def round_places(value: Fraction, places: int) -> Fraction:
    """Round half up to this many decimal places (KS2 rounds 5 up)."""
    step = Fraction(1, 10**places)
    return (Fraction(value) / step + Fraction(1, 2)) // 1 * step


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


def _rounding_slips(value: Fraction, places: int) -> list[tuple[str, Fraction | None]]:
    return [
        ("rounding_truncates", dmis.rounding_truncates(dec(value), places)),
        ("rounding_wrong_direction", dmis.rounding_other_way(dec(value), places)),
        ("rounding_wrong_place", dmis.rounding_to_wrong_place(dec(value), places)),
    ]


# (story, unit, typical whole part): measures a pupil might really round
_ROUNDING_CONTEXTS = (
    ("{n}'s long jump was {v} m. What is this to {p}?", "m", 3),
    ("A bag of potatoes weighs {v} kg. What is its mass to {p}?", "kg", 2),
    ("A fish tank holds {v} l of water. Round this to {p}.", "l", 40),
    ("{n} cycled {v} km on Saturday. How far is that to {p}?", "km", 12),
    ("A plank of wood is {v} m long. What is its length to {p}?", "m", 2),
    ("A parcel weighs {v} kg. Round its mass to {p}.", "kg", 5),
)


offer_pictures(
    "round_decimals",
    {"number_line": {lv: ("fluency", "true_or_false", "word_problem") for lv in (1, 2, 3)}},
)


@topic(
    "decimals.round_decimals",
    title="Round decimals to the nearest whole number and to one or two decimal places",
    codes=("4F7", "5F7"),
    styles=("fluency", "true_or_false", "missing_number", "word_problem"),
    representations=("number_line",),
)
@with_pictures("round_decimals")
def round_decimals(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
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
    low = value // step * step
    decider = int(value / step * 10) % 10
    steps = [
        f"{show(value)} is between {fixed(low, places)} and {fixed(low + step, places)}.",
        f"Look at the next digit: it is {decider}, "
        + ("5 or more, so round up." if decider >= 5 else "less than 5, so round down."),
        f"{show(value)} to {words} is {fixed(result, places)}.",
    ]
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
        wrong = [s for s in slips if s[1] is not None]
        slip = rng.choice(wrong) if wrong and rng.random() < 0.5 else None
        claim = slip[1] if slip else result
        answer_tf = TrueFalse(claim == result)
        shown = show(claim) if slip and slip[0] == "rounding_wrong_place" else fixed(claim, places)
        prompt = f"True or false? {show(value)} rounded to {words} is {shown}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        predicted = mis.predictions(answer_tf, (slip[0], True)) if slip else ()
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
            f"Numbers from {show(result - step / 2)} to {show(result + step / 2 - finer)} round to "
            f"{fixed(result, places)}.",
            f"The {which} is {show(key)}.",
        ]
        half = f"{show(step)} ÷ 2"
        check = f"{show(result)} − {half}" if smallest else f"{show(result)} + {half} − {show(finer)}"
        wrong = key - finer if smallest else key + finer
        predicted = mis.predictions(answer, ("rounding_wrong_direction", wrong))
        return make(prompt, answer, steps, style, check, predicted=predicted), {}
    template, unit, typical = rng.choice(_ROUNDING_CONTEXTS)
    value = value - value // 1 + typical + rng.randint(0, 3)
    result = round_places(value, places)
    low = value // step * step
    steps = [
        f"{show(value)} is between {fixed(low, places)} and {fixed(low + step, places)}.",
        f"The next digit is {decider}, so round {'up' if decider >= 5 else 'down'}.",
        f"{show(value)} {unit} to {words} is {fixed(result, places)} {unit}.",
    ]
    answer_m = Measure(dec(result), unit, unit_required=False)
    prompt = template.format(n=name(rng), v=show(value), p=words) + hint(level, tip)
    slips = _rounding_slips(value, places)
    drawn = {"number_line": line_around(value, places)}
    item = make(
        prompt, answer_m, steps, style, round_decimal_check(value, places), predicted=mis.predictions(answer_m, *slips)
    )
    return item, drawn


# ---------------------------------------------------------------------- adding and subtracting decimals


def _two_decimals(rng: random.Random, level: Level) -> tuple[Decimal, Decimal]:
    """Two decimals for a sum or difference: one place at level 1, mixed lengths (3.5 and 1.27) above."""
    row = RANGES["add_subtract"][int(level)]
    low, high = row["places"]  # type: ignore[misc]
    a = random_decimal(rng, row["whole"], rng.randint(low, high), 1)  # type: ignore[arg-type]
    b = random_decimal(rng, max(int(a) - 1, 1), rng.randint(low, high))
    if level > Level.WORKING_TOWARDS and places_of(a) == places_of(b) and rng.random() < 0.5:
        b = random_decimal(rng, max(int(a) - 1, 1), low if places_of(a) != low else high)
    return a, b


def _add_sub_slips(a: Decimal, b: Decimal, op: str) -> list[tuple[str, Fraction | str | None]]:
    return [
        ("decimal_point_separator", dmis.decimal_point_separator(a, b, op)),
        ("decimals_aligned_right", dmis.decimals_aligned_right(a, b, op)),
    ]


def _column_steps(a: Decimal, b: Decimal, op: str) -> list[str]:
    places = max(places_of(a), places_of(b))
    result = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    steps = []
    if places_of(a) != places_of(b):
        steps.append(f"Line up the decimal points and fill the gap with 0: {fixed(a, places)} {op} {fixed(b, places)}")
    steps.append(f"{fixed(a, places)} {op} {fixed(b, places)} = {fixed(result, places)}")
    if show(result) != fixed(result, places):
        steps.append(f"= {show(result)}")
    return steps


def _add_sub_mistake(rng: random.Random, level: Level, style: str) -> Item:
    """A worked sum with one mechanised slip: the point used as a separator, or the last digits lined up."""
    for _ in range(50):
        op = rng.choice(("+", "−"))
        a, b = _two_decimals(rng, level)
        slips = [(k, w) for k, w in _add_sub_slips(a, b, op) if w is not None and _exact(w) >= 0]
        if slips:
            break
    else:
        a, b, op = Decimal("0.3"), Decimal("0.45"), "+"
        slips = _add_sub_slips(a, b, op)[:1]
    error, wrong = rng.choice(slips)
    wrong_value = _exact(wrong)  # type: ignore[arg-type]
    total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    who = name(rng)
    wa, _, pa = show(a).partition(".")
    wb, _, pb = show(b).partition(".")
    if error == "decimal_point_separator":
        method = (
            f"{who} worked out the whole numbers ({wa} {op} {wb}) and then the digits after the point "
            f"({int(pa or 0)} {op} {int(pb or 0)}) and got {wrong}."
        )
        why = "the digits after the point are tenths and hundredths, not a whole number"
    else:
        method = (
            f"{who} wrote {show(a)} and {show(b)} in columns with the last digits lined up, as for whole numbers, "
            f"and got {show(wrong_value)}."
        )
        why = "the decimal points must be lined up, not the last digits"
    answer = DecimalNumber(dec(total))
    prompt = f"{who} worked out {show(a)} {op} {show(b)}. {method} Find the mistake and write the correct answer."
    steps = [f"The mistake: {why}.", *_column_steps(a, b, op)]
    check = f"{show(a)} {op} {show(b)}"
    return make(
        prompt + hint(level, "line up the decimal points."),
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, (error, wrong)),
    )


def _multiply_mistake(rng: random.Random, a: Decimal, m: int, style: str) -> Item:
    """A worked product with the point put in the wrong place (0.3 × 4 = 0.12) or each part worked apart."""
    product = Fraction(a) * m
    slips = [(k, w) for k, w in _multiply_slips(a, m) if w is not None and k != "decimal_point_ignored_multiplying"]
    error, wrong = rng.choice(slips)
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
        why = f"{int(part)} {unit} × {m} = {int(part) * m} {unit} = {size}, which must be exchanged into the ones"
    answer = DecimalNumber(dec(product))
    prompt = f"{who} worked out {show(a)} × {m}. {method} Find the mistake and write the correct answer."
    steps = [f"The mistake: {why}.", *_multiply_steps(a, m)]
    return make(prompt, answer, steps, style, f"{show(a)} × {m}", predicted=mis.predictions(answer, (error, wrong)))


# (story, unit, 'add' for a + b or 'take' for a − b, the largest sensible whole part)
_ADD_STORIES = (
    ("{n} buys a book for {a} and a bookmark for {b}. How much does {n} spend altogether?", "money", "add", 0),
    ("{n} has {a}. {n} spends {b} on a book. How much money is left?", "money", "take", 0),
    ("A jug holds {a} of water. {n} pours out {b}. How much water is left in the jug?", "l", "take", 3),
    ("{n} walks {a} to school and then {b} to the park. How far does {n} walk altogether?", "km", "add", 4),
    ("A bag of flour weighs {a}. A bag of sugar weighs {b}. What is their total mass?", "kg", "add", 3),
    ("A plank is {a} long. {n} saws off {b}. How long is the plank now?", "m", "take", 5),
    ("{n} jumped {a} and Sam jumped {b}. How much further did {n} jump?", "m", "take", 4),
)


def _exact(value: Fraction | Decimal | str) -> Fraction:
    return Fraction(Decimal(value)) if isinstance(value, str) else Fraction(value)


def _whole_pence(wrongs: list[tuple[str, Fraction | None]], unit: str) -> list[tuple[str, Fraction | None]]:
    """Money answers are whole pence: a slip that gives part of a penny is not one a pupil would write."""
    if unit != "money":
        return wrongs
    return [(k, w if w is None or w.denominator == 1 else None) for k, w in wrongs]


def _amount_text(value: Fraction | Decimal, unit: str) -> str:
    return money(int(Fraction(value) * 100)) if unit == "money" else f"{show(value)} {unit}"


def _amount_answer(value: Fraction, unit: str) -> Answer:
    if unit == "money":
        return Money(int(value * 100))
    return Measure(dec(value), unit, unit_required=False)


@topic(
    "decimals.add_subtract_decimals",
    title="Add and subtract decimals, and solve problems with up to three decimal places",
    codes=("5F10",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def add_subtract_decimals(rng: random.Random, level: Level, style: str) -> Item:
    op = rng.choice(("+", "−"))
    a, b = _two_decimals(rng, level)
    total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    tip = "line up the decimal points."
    text = f"{show(a)} {op} {show(b)}"
    if style == "fluency":
        answer: Answer = DecimalNumber(dec(total))
        prompt = f"Work out {text}" + hint(level, tip)
        return make(
            prompt,
            answer,
            _column_steps(a, b, op),
            style,
            text,
            predicted=mis.predictions(answer, *_add_sub_slips(a, b, op)),
        )
    if style == "spot_the_mistake":
        return _add_sub_mistake(rng, level, style)
    if style == "missing_number":
        answer = DecimalNumber(b)
        equation = f"{show(a)} {op} □ = {show(total)}"
        prompt = f"What number goes in the box? {equation}" + hint(level, "use the inverse operation.")
        inverse = f"{show(total)} − {show(a)}" if op == "+" else f"{show(a)} − {show(total)}"
        steps = [f"□ = {inverse}", f"□ = {show(b)}"]
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
        slips = [s for s in _add_sub_slips(a, b, op) if s[1] is not None]
        slip = rng.choice(slips) if slips and rng.random() < 0.5 else None
        claim = (
            Fraction(Decimal(slip[1])) if slip and isinstance(slip[1], str) else Fraction(slip[1]) if slip else total
        )
        answer = TrueFalse(claim == total)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, tip)
        steps = [*_column_steps(a, b, op), f"So the statement is {truth_word(claim == total)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        return make(prompt, answer, steps, style, f"{text} = {show(claim)}", predicted=predicted)
    if style == "word_problem":
        story, unit, kind, largest = rng.choice(_ADD_STORIES)
        if unit == "money":  # pounds and pence: two places
            a = Decimal(rng.randint(150, 2000 * int(level)) if kind == "take" else rng.randint(250, 1500)).scaleb(-2)
            b = Decimal(rng.randint(15, int(a * 100) - 5 if kind == "take" else 999)).scaleb(-2)
        else:  # real-sized measures with the level's decimal places
            a = a - int(a) + rng.randint(1, largest)
            b = b - int(b) + rng.randint(0, largest - 1)
        op = "+" if kind == "add" else "−"
        if op == "−" and b >= a:
            a, b = b + a, a
        total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
        answer = _amount_answer(total, unit)
        who = name(rng)
        prompt = story.format(n=who, a=_amount_text(a, unit), b=_amount_text(b, unit)) + hint(level, tip)
        scale = 100 if unit == "money" else 1
        check = f"{show(Fraction(a) * scale)} {op} {show(Fraction(b) * scale)}"
        wrongs = [(k, None if w is None else _exact(w) * scale) for k, w in _add_sub_slips(a, b, op)]
        predicted = mis.predictions(answer, *_whole_pence(wrongs, unit))
        return make(prompt, answer, _column_steps(a, b, op), style, check, predicted=predicted)
    # two steps: spend two amounts and find the change, or cut two pieces and find what is left
    who = name(rng)
    if rng.random() < 0.5:
        things, low, high = (
            (("a book", "a board game"), 499, 2499) if level == 3 else (("a sandwich", "a smoothie"), 99, 599)
        )
        first, second = rng.randint(low, high), rng.randint(low, high)
        if level == Level.WORKING_TOWARDS:
            first, second = first // 10 * 10, second // 10 * 10
        note = next(n for n in (500, 1000, 2000, 5000) if n > first + second)
        change = note - first - second
        answer = Money(change)
        prompt = (
            f"{who} buys {things[0]} for {money(first)} and {things[1]} for {money(second)}. "
            f"{who} pays with a {money(note)} note. How much change does {who} get?" + hint(level, tip)
        )
        steps = [
            f"{money(first)} + {money(second)} = {money(first + second)}",
            f"{money(note)} − {money(first + second)} = {money(change)}",
        ]
        wrong = dmis.decimal_point_separator(dec(Fraction(first, 100)), dec(Fraction(second, 100)))
        spent = None if wrong is None else note - int(Fraction(Decimal(wrong)) * 100)
        predicted = mis.predictions(answer, ("decimal_point_separator", spent if spent and spent > 0 else None))
        return make(prompt, answer, steps, style, f"{note} − {first} − {second}", predicted=predicted)
    whole = rng.randint(2, 5 * int(level))
    x, y = _two_decimals(rng, level)
    x, y = x - int(x) + rng.randint(0, whole // 3), y - int(y)
    if x + y >= whole:
        x, y = x - int(x), y
    left = whole - Fraction(x) - Fraction(y)
    answer = Measure(dec(left), "m", unit_required=False)
    prompt = (
        f"A ribbon is {whole} m long. {who} cuts off {show(x)} m and then {show(y)} m. How much ribbon is left?"
        + hint(level, tip)
    )
    steps = [
        f"{show(x)} + {show(y)} = {show(Fraction(x) + Fraction(y))}",
        f"{whole} − {show(Fraction(x) + Fraction(y))} = {show(left)}",
    ]
    sep = dmis.decimal_point_separator(x, y)
    predicted = mis.predictions(
        answer, ("decimal_point_separator", None if sep is None else whole - Fraction(Decimal(sep)))
    )
    return make(prompt, answer, steps, style, f"{whole} − {show(x)} − {show(y)}", predicted=predicted)


# ---------------------------------------------------------------------- multiplying decimals by whole numbers


def _multiply_pair(rng: random.Random, level: Level) -> tuple[Decimal, int]:
    row = RANGES["multiply"][int(level)]
    low, high = row["by"]  # type: ignore[misc]
    return random_decimal(rng, row["whole"], row["places"]), rng.randint(low, high)  # type: ignore[arg-type]


def _multiply_slips(a: Decimal, m: int) -> list[tuple[str, Fraction | int | str | None]]:
    return [
        ("decimal_point_ignored_multiplying", dmis.decimal_point_ignored_multiplying(a, m)),
        ("decimal_point_misplaced_multiplying", dmis.decimal_point_misplaced_multiplying(a, m)),
        ("decimal_point_separator", dmis.decimal_point_separator(a, Decimal(m), "×")),
    ]


def _multiply_steps(a: Decimal, m: int) -> list[str]:
    places = places_of(a)
    digits = int(Fraction(a) * 10**places)
    product = Fraction(a) * m
    return [
        f"Estimate: about {show(round_places(Fraction(a), 0))} × {m} = {show(round_places(Fraction(a), 0) * m)}.",
        f"{show(a)} is {digits} {'tenths' if places == 1 else 'hundredths'}; {digits} × {m} = {show(digits * m)}.",
        f"{show(digits * m)} {'tenths' if places == 1 else 'hundredths'} = {show(product)}",
    ]


# (story, unit, price-or-measure range in hundredths): one item, how many of them
_TIMES_STORIES = (
    ("A pen costs {a}. How much do {m} pens cost?", "money", (45, 399)),
    ("A cinema ticket costs {a}. How much do {m} tickets cost?", "money", (450, 1250)),
    ("Each bottle holds {a} of juice. How much juice is in {m} bottles?", "l", (25, 200)),
    ("A fence panel is {a} long. How long are {m} panels in a row?", "m", (105, 250)),
    ("A tin of beans weighs {a}. What do {m} tins weigh?", "kg", (35, 95)),
    ("{n} runs {a} each day. How far does {n} run in {m} days?", "km", (120, 650)),
)


@topic(
    "decimals.multiply_decimals_by_whole",
    title="Multiply numbers with up to two decimal places by whole numbers",
    codes=("6F9b",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def multiply_decimals_by_whole(rng: random.Random, level: Level, style: str) -> Item:
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
            steps = [f"{show(a)} is {show(digits)} ÷ 100, so {text} = {show(digits * m)} ÷ 100", f"= {show(product)}"]
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
            steps = [f"□ = {show(product)} ÷ {m}", f"□ = {show(a)}"]
        else:
            answer = WholeNumber(m)
            equation = f"{show(a)} × □ = {show(product)}"
            steps = [f"□ = {show(product)} ÷ {show(a)}", f"□ = {m}"]
        prompt = f"What number goes in the box? {equation}" + hint(level, "use the inverse: divide.")
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
        wrong = [s for s in slips if s[1] is not None]
        slip = rng.choice(wrong) if wrong and rng.random() < 0.5 else None
        claim = _exact(slip[1]) if slip else product  # type: ignore[arg-type]
        answer = TrueFalse(claim == product)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, "estimate first.")
        steps = [*_multiply_steps(a, m), f"So the statement is {truth_word(claim == product)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        return make(prompt, answer, steps, style, f"{text} = {show(claim)}", predicted=predicted)
    story, unit, (low, high) = rng.choice(_TIMES_STORIES)
    places = 1 if level == Level.WORKING_TOWARDS and unit != "money" else 2
    size = rng.randint(low, high)
    if places == 1 or level == Level.WORKING_TOWARDS:
        size = size // 10 * 10 or 10
    if size % 10 == 0 and unit != "money":
        places = 1
    a = dec(Fraction(size, 100))
    scale = 100 if unit == "money" else 1
    who = name(rng)
    product = Fraction(a) * m
    if style == "word_problem":
        answer = _amount_answer(product, unit)
        prompt = story.format(a=_amount_text(a, unit), m=m, n=who) + hint(level, tip)
        check = f"{show(Fraction(a) * scale)} × {m}"
        wrongs = [(k, None if w is None else _exact(w) * scale) for k, w in _multiply_slips(a, m)]
        if unit != "money":  # 100 times too big reads as the wrong unit (cm for m), not as this slip
            wrongs = [(k, w) for k, w in wrongs if k != "decimal_point_ignored_multiplying"]
        predicted = mis.predictions(answer, *_whole_pence(wrongs, unit))
        return make(prompt, answer, _multiply_steps(a, m), style, check, predicted=predicted)
    # two steps: the cost of several, then the change from a note
    price = rng.randint(45, 399)
    if level == Level.WORKING_TOWARDS:
        price = price // 10 * 10
    if price % 100 == 0:  # £1 each is whole-number multiplying: keep a decimal part
        price += 10 if level == Level.WORKING_TOWARDS else 5
    cost = price * m
    note = next(n for n in (500, 1000, 2000, 5000, 10000) if n > cost)
    thing = rng.choice(("notebook", "pack of stickers", "sandwich", "bus ticket", "bag of apples"))
    answer = Money(note - cost)
    prompt = (
        f"{who} buys {m} of the same {thing} at {money(price)} each and pays with a {money(note)} note. "
        f"How much change does {who} get?" + hint(level, tip)
    )
    steps = [f"{money(price)} × {m} = {money(cost)}", f"{money(note)} − {money(cost)} = {money(note - cost)}"]
    slip = dmis.decimal_point_misplaced_multiplying(dec(Fraction(price, 100)), m)
    wrong = None if slip is None or slip * 100 >= note else note - int(slip * 100)
    predicted = mis.predictions(answer, ("decimal_point_misplaced_multiplying", wrong))
    return make(prompt, answer, steps, style, f"{note} − {price} × {m}", predicted=predicted)


# ---------------------------------------------------------------------- rounding in context (6F10)


# (story: n things, s per group; round up (True) or down; the question) — the remainder decides the answer
_GROUP_STORIES = (
    ("{n} pupils are going on a trip. Each coach holds {s} pupils. How many coaches are needed?", True, "coaches"),
    ("{n} people are coming to a party. Each table seats {s}. How many tables are needed?", True, "tables"),
    ("A baker has {n} cakes. A box holds {s} cakes. How many boxes can be filled?", False, "boxes"),
    ("{n} eggs are packed into boxes of {s}. How many full boxes are there?", False, "boxes"),
    ("{n} children want to go canoeing. Each canoe holds {s} children. How many canoes are needed?", True, "canoes"),
    ("A ribbon is {n} cm long. It is cut into pieces {s} cm long. How many whole pieces can be cut?", False, "pieces"),
)


_SINGULAR = {"coaches": "coach", "tables": "table", "canoes": "canoe", "boxes": "box", "pieces": "piece"}

# what one of each group is called, and sensible prices to hire one (in pence)
_HIRE = {
    "coaches": ("coach", (15_000, 18_000, 22_500, 27_500, 32_000)),
    "tables": ("table", (450, 600, 750, 850, 1_200)),
    "canoes": ("canoe", (850, 1_000, 1_250, 1_500, 1_800)),
}


def _group_numbers(rng: random.Random, level: Level) -> tuple[int, int]:
    row = RANGES["context"][int(level)]
    size = rng.randint(*row["size"])  # type: ignore[misc]
    low, high = row["people"]  # type: ignore[misc]
    count = rng.randint(max(low, size + 1), high)
    while count % size == 0:
        count += 1
    return count, size


def _stories(level: Level) -> tuple[tuple[str, bool, str], ...]:
    """The stories that suit the level's numbers: a coach for 6 pupils is not a real coach."""
    return tuple(s for s in _GROUP_STORIES if level > Level.WORKING_TOWARDS or s[2] != "coaches")


def _group_check(count: int, size: int, up: bool) -> str:
    """Whole groups from the remainder, written without rounding: (n − r) ÷ s, plus one group when rounding up."""
    rest = count % size
    return f"({show(count)} − {rest}) ÷ {size}" + (" + 1" if up else "")


@topic(
    "decimals.rounding_in_context",
    title="Problems that need the answer rounded sensibly (remainders, nearest penny)",
    codes=("6F10",),
    styles=("word_problem", "two_step_word_problem", "true_or_false", "explain"),
)
def rounding_in_context(rng: random.Random, level: Level, style: str) -> Item:
    count, size = _group_numbers(rng, level)
    story, up, groups = rng.choice(_stories(level))
    whole, rest = divmod(count, size)
    key = whole + 1 if up else whole
    division = f"{show(count)} ÷ {size} = {show(whole)} r {rest}"
    reason = (
        f"{show(whole)} {groups} are not enough for the {rest} left over, so round up."
        if up
        else f"The {rest} left over cannot fill another one, so round down."
    )
    tip = "divide, then decide what the remainder means."
    slips = [
        ("remainder_not_interpreted", mis.remainder_not_interpreted(count, size, up)),
        ("remainder_as_decimal", mis.remainder_as_decimal(count, size)),
    ]
    if style == "word_problem":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            return _nearest_penny(rng, level, style)
        answer: Answer = WholeNumber(key)
        prompt = story.format(n=show(count), s=size) + hint(level, tip)
        steps = [division, reason, f"Answer: {key}"]
        return make(
            prompt, answer, steps, style, _group_check(count, size, up), predicted=mis.predictions(answer, *slips)
        )
    if style == "true_or_false":
        claim = whole if rng.random() < 0.5 else key
        up_story = [s for s in _stories(level) if s[1]]
        story, _, groups = rng.choice(up_story)
        enough = claim * size >= count
        answer_tf = TrueFalse(enough)
        who = name(rng)
        base = story.split(" How many")[0].format(n=show(count), s=size)
        prompt = f"{base} {who} says {claim} {groups} will be enough. True or false?" + hint(level, tip)
        steps = [
            division,
            f"{claim} {groups} hold {claim} × {size} = {show(claim * size)}.",
            f"So the statement is {truth_word(enough)}.",
        ]
        predicted = mis.predictions(answer_tf, ("remainder_not_interpreted", True)) if not enough else ()
        return make(prompt, answer_tf, steps, style, f"{claim} × {size} > {show(count - 1)}", predicted=predicted)
    if style == "explain":
        options = (
            f"{whole}, because {show(count)} ÷ {size} = {whole} r {rest} and we ignore the remainder",
            f"{whole + 1}, because the {rest} left over need one more {_SINGULAR[groups]}",
            f"{whole}.{rest}, because the remainder goes after the point",
        )
        if not up:
            options = (
                options[0].replace(
                    "we ignore the remainder", f"the {rest} left over cannot make another {_SINGULAR[groups]}"
                ),
                f"{whole + 1}, because we always round up",
                options[2],
            )
        correct = 1 if up else 0
        answer = Choice(options, correct)
        prompt = story.format(n=show(count), s=size) + " Which answer is right, and why? " + lettered(options)
        steps = [division, reason, f"Model answer for the adult: {reason}", f"Answer: {options[correct]}"]
        wrong_pick = options[0] if up else options[1]
        predicted = mis.predictions(answer, ("remainder_not_interpreted", wrong_pick))
        return make(prompt, answer, steps, style, f"{_group_check(count, size, up)} = {key}", predicted=predicted)
    # two steps: groups needed, then their cost
    story, _, groups = rng.choice([s for s in _stories(level) if s[1]])
    single, prices = _HIRE[groups]
    price = rng.choice(prices)
    needed = whole + 1
    cost = needed * price
    answer = Money(cost)
    prompt = (
        story.split(" How many")[0].format(n=show(count), s=size)
        + f" Each {single} costs {money(price)} to hire. How much does it cost altogether?"
        + hint(level, tip)
    )
    steps = [division, f"{needed} {groups} are needed.", f"{needed} × {money(price)} = {money(cost)}"]
    predicted = mis.predictions(answer, ("remainder_not_interpreted", whole * price))
    return make(prompt, answer, steps, style, f"({_group_check(count, size, True)}) × {price}", predicted=predicted)


def _nearest_penny(rng: random.Random, level: Level, style: str) -> Item:
    """Share an amount equally and round each share to the nearest penny."""
    people = rng.choice((3, 6, 7, 9, 11, 12))
    total = rng.randint(500, 6000)
    while total % people == 0 or 2 * (total % people) == people:
        total += 1
    share, rest = divmod(total, people)
    key = share + 1 if 2 * rest > people else share
    who = rng.sample(NAMES, 1)[0]
    answer = Money(key)
    prompt = (
        f"{who} and friends share a prize of {money(total)} equally between {people} people. "
        "How much does each person get, to the nearest penny?"
    )
    exact = Fraction(total, people)
    steps = [
        f"{money(total)} = {show(total)}p, and {show(total)} ÷ {people} = {show(share)} r {rest} "
        f"(about {show(round_places(exact, 2))}p).",
        f"The remainder is {'more' if 2 * rest > people else 'less'} than half of {people}, "
        f"so round {'up' if key > share else 'down'}: {money(key)}",
    ]
    check = f"({show(total)} − {rest}) ÷ {people}" + (" + 1" if key > share else "")
    wrong = share if key > share else share + 1
    predicted = mis.predictions(answer, ("rounding_wrong_direction", wrong))
    return make(prompt, answer, steps, style, check, predicted=predicted)
