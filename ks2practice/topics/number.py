"""Number and place value (strand N), Years 3–6: place value, counting, comparing, rounding, negatives."""

# Levels (design.md §4): 1 working towards — smaller numbers and a hint in the prompt; 2 expected — the KS2
# standard; 3 greater depth — larger numbers, less familiar forms, more than one step or reasoning about the
# number system. This module also holds the small text helpers the calculation topics share (number display,
# names, making an Item).

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from fractions import Fraction

from ks2practice.answers.kinds import (
    Choice,
    Comparison,
    Measure,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.methods import column_subtraction
from ks2practice.content.wording import (
    NAMES,
    PLACE_NAMES,
    SINGULAR,
    bracket,
    digit_at,
    hint,
    lettered,
    make,
    name,
    number_with_digits,
    ordinal,
    place_name,
    show,
    sign_of,
    truth_word,
    without_digit,
)
from ks2practice.core.model import Item, Level
from ks2practice.core.number_words import words, words_check
from ks2practice.core.registry import topic

# The number ranges per level. Each topic reads its own row; a pair is (smallest, largest) inclusive.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "place_value": {1: {"digits": (3, 3)}, 2: {"digits": (4, 6)}, 3: {"digits": (6, 7)}},
    "more_or_less": {
        1: {"digits": (3, 3), "steps": (10, 100)},
        2: {"digits": (4, 5), "steps": (10, 100, 1_000)},
        3: {"digits": (5, 7), "steps": (1_000, 10_000, 100_000)},
    },
    "compare_order": {1: {"digits": (2, 3)}, 2: {"digits": (4, 6)}, 3: {"digits": (6, 7)}},
    "rounding": {
        1: {"digits": (2, 3), "places": (10,)},
        2: {"digits": (4, 6), "places": (10, 100, 1_000, 10_000)},
        3: {"digits": (5, 7), "places": (100, 1_000, 10_000, 100_000, 1_000_000)},
    },
    "negative_numbers": {
        1: {"range": (-10, 10), "temperatures": (-10, 10)},
        2: {"range": (-25, 25), "temperatures": (-20, 20)},
        3: {"range": (-60, 60), "temperatures": (-25, 30)},
    },
    "roman_numerals": {1: {"range": (4, 39)}, 2: {"range": (11, 100)}, 3: {"range": (100, 1_000)}},
    "counting_steps": {
        1: {"steps": (2, 3, 4, 5, 8, 10, 50, 100)},
        2: {"steps": (6, 7, 9, 25, 4, 8, 50, 100, 1_000)},
        3: {"steps": (6, 7, 9, 25, 75, 1_000, 10_000, 100_000)},
    },
    "read_write": {
        1: {"range": (100, 999)},
        2: {"range": (1_000, 999_999)},
        3: {"range": (1_000_000, 9_999_999)},
    },
    "number_lines": {
        # (width, equal steps, possible starts): the line runs from start to start + width
        1: {
            "lines": (
                (100, 10, tuple(range(0, 1_000, 100))),
                (50, 5, tuple(range(0, 500, 50))),
                (20, 4, tuple(range(0, 200, 20))),
                (1_000, 10, (0,)),
                (10, 5, tuple(range(0, 100, 10))),
            ),
            "scales": (
                ("jug", 0, 500, 5),
                ("jug", 0, 1_000, 10),
                ("ruler", 0, 20, 4),
                ("ruler", 0, 30, 6),
                ("scale", 0, 100, 10),
                ("scale", 0, 500, 5),
                ("ruler", 0, 10, 5),
            ),
        },
        2: {
            "lines": (
                (1_000, 4, tuple(range(0, 10_000, 1_000))),
                (1_000, 5, tuple(range(0, 10_000, 1_000))),
                (1_000, 10, tuple(range(1_000, 10_000, 1_000))),
                (10_000, 5, tuple(range(0, 90_000, 10_000))),
                (500, 5, tuple(range(1_000, 10_000, 500))),
                (200, 4, tuple(range(1_000, 8_000, 200))),
            ),
            "scales": (
                ("scale", 0, 1_000, 4),
                ("jug", 0, 1_000, 5),
                ("scale", 0, 2_000, 8),
                ("jug", 0, 2_000, 4),
                ("scale", 0, 5_000, 10),
                ("thermometer", -10, 30, 8),
                ("jug", 0, 500, 4),
                ("thermometer", -20, 20, 8),
            ),
        },
        3: {
            "lines": (
                (100, 5, (-20, -40, -60, -80)),
                (60, 6, (-10, -20, -30, -40, -50)),
                (400, 8, (-100, -200, -300)),
                (1_000, 8, (-200, -400, -600, -800)),
                (1_000_000, 8, tuple(range(1_000_000, 9_000_000, 1_000_000))),
                (100_000, 4, tuple(range(100_000, 3_000_000, 100_000))),
                (10_000, 8, tuple(range(10_000, 900_000, 10_000))),
            ),
            "scales": (
                ("thermometer", -30, 30, 6),
                ("thermometer", -40, 60, 5),
                ("weighbridge", 0, 20_000, 8),
                ("jug", 0, 2_000, 8),
                ("thermometer", -20, 40, 12),
                ("weighbridge", 0, 40_000, 8),
                ("weighbridge", 0, 30_000, 12),
                ("thermometer", -15, 45, 12),
            ),
        },
    },
    "digit_cards": {1: {"cards": (3, 3)}, 2: {"cards": (4, 5)}, 3: {"cards": (5, 6)}},
}


# ---------------------------------------------------------------------- Roman numerals


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(n: int) -> str:
    """A whole number from 1 to 3,999 in Roman numerals."""
    if not 0 < n < 4000:
        raise ValueError("Roman numerals here run from 1 to 3999")
    out = []
    for value, symbols in _ROMAN:
        count, n = divmod(n, value)
        out.append(symbols * count)
    return "".join(out)


def roman_check(numeral: str) -> str:
    """A numeral read symbol by symbol as a sum, a smaller symbol before a larger one subtracted.

    XLIV → '−10 + 50 − 1 + 5'.
    """
    parts = []
    for i, symbol in enumerate(numeral):
        value = _SYMBOLS[symbol]
        later = _SYMBOLS[numeral[i + 1]] if i + 1 < len(numeral) else 0
        parts.append(("−" if value < later else "+", str(value)))
    text = " ".join(f"{sign} {value}" for sign, value in parts)
    return text[2:] if text.startswith("+ ") else "−" + text[2:]


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
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out"),
    representations=pictures.kinds("place_value"),
)
@pictures.pictured("place_value")
def place_value(rng: random.Random, level: Level, style: str) -> Item:
    low, high = RANGES["place_value"][int(level)]["digits"]  # type: ignore[misc]
    digits = rng.randint(low, high)
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
            f"{d} {place_name(place) if d > 1 else SINGULAR[place]} = {show(value)}",
        ]
        predicted = mis.predictions(answer, ("digit_not_value", mis.digit_not_value(number, place)))
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
            f"The {d} is in the {place_name(place)} column, so its value is {show(value)}.",
            f"{show(claim)} {'is' if claim == value else 'is not'} {show(value)}, so the statement is "
            f"{truth_word(claim == value)}.",
        ]
        predicted = mis.predictions(answer, ("digit_not_value", True if kind == "digit" else None))
        check = f"{show(number)} − {show(without_digit(number, place))} = {show(claim)}"
        return pictures.offer_number(make(prompt, answer, steps, style, check, predicted=predicted), number)
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
        f"{show(d * 10**high)} ÷ {show(d * 10**low)} = {show(ratio)}",
    ]
    check = (
        f"({show(number)} − {show(without_digit(number, high))}) ÷ "
        f"({show(number)} − {show(without_digit(number, low))})"
    )
    predicted = mis.predictions(answer, ("digit_not_value", high - low))
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
            f"{show(number)} = {show(count * 10**place)} + {show(rest)}",
            f"{show(count * 10**place)} is {show(count)} {PLACE_NAMES[place]}.",
        ]
        check = f"{show(number)} = □ × {show(10**place)} + {show(rest)}"
        predicted = mis.predictions(answer, ("digit_not_value", digit_at(number, place)))
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
        steps = [
            f"{show(first)} + {show(tail)} = {show(first + tail)}",
            f"{show(number)} − {show(first + tail)} = {show(missing)}",
        ]
        check = f"{show(number)} = {show(first)} + □ + {show(tail)}"
        return pictures.offer_number(make(prompt, answer, steps, "missing_number", check), number)
    parts = [digit_at(number, p) * 10**p for p in sorted(places, reverse=True)]
    gap = rng.randrange(len(parts))
    shown = [show(v) if i != gap else "□" for i, v in enumerate(parts)]
    answer = WholeNumber(parts[gap])
    prompt = f"Complete: {show(number)} = {' + '.join(shown)}" + hint(level, "which column is missing?")
    steps = [
        f"{show(number)} = {' + '.join(show(v) for v in parts)}",
        f"The missing part is {show(parts[gap])}.",
    ]
    place = sorted(places, reverse=True)[gap]
    predicted = mis.predictions(answer, ("digit_not_value", digit_at(number, place)))
    item = make(prompt, answer, steps, "missing_number", f"{show(number)} = {' + '.join(shown)}", predicted=predicted)
    return pictures.offer_number(item, number)


def _odd_representation(rng: random.Random, level: Level, digits: int) -> Item:
    digits = {1: 3, 2: 4, 3: rng.randint(5, 6)}[int(level)]
    number = 0
    while len([p for p in range(digits) if digit_at(number, p)]) < 3:
        number = number_with_digits(rng, digits)
    standard = [(digit_at(number, p), p) for p in range(digits - 1, -1, -1) if digit_at(number, p)]
    right = {
        _listed([_counted(c, p) for c, p in standard]),
        " + ".join(show(c * 10**p) for c, p in standard),
    }
    for split in range(1, digits):
        high, rest = divmod(number, 10**split)
        if high and rest and split < digits - 0:
            right.add(f"{_counted(high, split)} and {_counted(rest, 0)}")
    wrong_options = []
    for split in range(2, digits):
        high, rest = divmod(number, 10**split)
        if rest:
            text = f"{_counted(high, split - 1)} and {_counted(rest, 0)}"
            wrong_options.append((text, f"{show(high)} × {show(10 ** (split - 1))} + {show(rest)}"))
    c, p = standard[1]
    moved = [(c, p - 1) if (c, p) == standard[1] else (cc, pp) for cc, pp in standard]
    if p - 1 >= 0 and all(pp != p - 1 for _, pp in standard):
        wrong_options.append(
            (
                _listed([_counted(cc, pp) for cc, pp in moved]),
                " + ".join(f"{cc} × {show(10**pp)}" for cc, pp in moved),
            )
        )
    wrong, wrong_check = rng.choice(wrong_options)
    chosen = rng.sample(sorted(right), 3)
    options = [*chosen, wrong]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(wrong))
    prompt = (
        f"Three of these show {show(number)}. Which is the odd one out? "
        + lettered(options)
        + hint(level, "work out the value of each one.")
    )
    steps = [f"{option} = {show(number)}" for option in chosen]
    steps.append(f"{wrong} is not {show(number)}, so it is the odd one out: {wrong}")
    return pictures.offer_number(make(prompt, answer, steps, "odd_one_out", f"{wrong_check} ≠ {show(number)}"), number)


# ---------------------------------------------------------------------- 10, 100, 1000 more or less


_MORE_LESS_CONTEXTS = (
    ("A jar holds {n} beads. {name} adds {step} more beads. How many beads are in the jar now?", True, 999),
    ("A jar holds {n} beads. {name} takes out {step} beads. How many beads are left in the jar?", False, 999),
    (
        "A school has collected {n} book tokens. It collects {step} more. How many tokens does it have now?",
        True,
        99_999,
    ),
    (
        "A museum had {n} visitors last year. This year it had {step} fewer. How many visitors did it have this year?",
        False,
        9_999_999,
    ),
    (
        "The population of a city is {n}. In ten years it grows by {step}. What will the population be?",
        True,
        9_999_999,
    ),
    (
        "A football stadium has {n} seats. {step} seats are taken out to make room for a new stand. How many "
        "seats "
        "are left?",
        False,
        90_000,
    ),
    (
        "A car has travelled {n} km. After a holiday it has travelled {step} km more. How far has it travelled now?",
        True,
        400_000,
    ),
    (
        "A fitness tracker showed {n} steps on Monday. On Tuesday it showed {step} fewer. How many steps did "
        "it show "
        "on Tuesday?",
        False,
        99_999,
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
        ("wrong_column", mis.wrong_column(number, step, more)),
        ("no_exchange_addition", mis.no_exchange_addition(number, step))
        if more
        else ("smaller_from_larger", mis.smaller_from_larger(number, step)),
    ]
    crossing = digit_at(number, place) == (9 if more else 0)
    steps = [f"Look at the {place_name(place)} digit of {show(number)}: it is {digit_at(number, place)}."]
    if crossing:
        steps.append(
            f"It is {'9, so one more ' if more else '0, so one less '}{SINGULAR[place]} means exchanging "
            f"with the next column."
        )
    steps.append(f"{show(number)} {sign} {show(step)} = {show(result)}")
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
        back = "−" if more else "+"
        steps = [f"Work backwards: {show(result)} {back} {show(step)} = {show(number)}"]
        wrong = result + step if more else result - step
        return make(
            prompt,
            answer,
            steps,
            style,
            f"□ {sign} {show(step)} = {show(result)}",
            predicted=mis.predictions(answer, ("wrong_inverse", wrong)),
        )
    if style == "true_or_false":
        candidates = [s for s in slips if s[1] is not None and s[1] != result]
        slip = rng.choice(candidates) if candidates and rng.random() < 0.5 else None
        claim = slip[1] if slip else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {show(step)} {word} than {show(number)} is {show(claim)}."
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{show(number)} {sign} {show(step)} = {show(claim)}",
            predicted=predicted,
        )
    contexts = [c for c in _MORE_LESS_CONTEXTS if c[1] == more and max(number, result) <= c[2]]
    if not contexts:
        contexts = [c for c in _MORE_LESS_CONTEXTS if c[1] == more and c[2] >= 9_999_999]
    template = rng.choice(contexts)[0]
    answer = Measure(result, "km", unit_required=False) if "km" in template else WholeNumber(result)
    prompt = template.format(n=show(number), step=show(step), name=name(rng))
    return make(
        prompt,
        answer,
        steps,
        style,
        f"{show(number)} {sign} {show(step)}",
        predicted=mis.predictions(answer, *slips),
    )


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
        predicted = mis.predictions(
            answer,
            (
                "compare_leading_digits",
                mis.compare_leading_digits(a, b) if len(str(a)) != len(str(b)) else None,
            ),
        )
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
        wrong = mis.compare_leading_digits(a, b) if len(str(a)) != len(str(b)) else None
        predicted = mis.predictions(answer, ("compare_leading_digits", (wrong == sign) if wrong else None))
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}", predicted=predicted)
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
        steps = [f"In order: {', '.join(show(v) for v in ordered)}", f"The {adjective} is {show(best)}."]
        # no picture: four numbers that differ in one digit cannot all be told apart on one line drawn to scale
        return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(second)}")
    top = max(values)
    settings = [
        (
            "Four schools raised money for charity.",
            ("Oak Primary", "Elm Primary", "Ash Primary", "Birch Primary"),
            "{w} raised £{v}",
            ("Which school raised the most?", "Which school raised the least?"),
            9_999,
        ),
        (
            "Four villages counted the people living there.",
            ("Ashby", "Brookfield", "Little Hinton", "Marsh End"),
            "{w} has {v} people",
            ("Which village has the most people?", "Which village has the fewest people?"),
            9_999,
        ),
        (
            "Four towns counted their populations.",
            ("Kingsford", "Millbrook", "Eastwick", "Hollowbridge"),
            "{w} has {v} people",
            ("Which town has the largest population?", "Which town has the smallest population?"),
            999_999,
        ),
        (
            "Four cities counted their populations.",
            ("Northam", "Westport", "Southby", "Eastbury"),
            "{w} has {v} people",
            ("Which city has the largest population?", "Which city has the smallest population?"),
            9_999_999,
        ),
        (
            "Four friends played a computer game.",
            tuple(rng.sample(NAMES, 4)),
            "{w} scored {v} points",
            ("Who scored the most points?", "Who scored the fewest points?"),
            9_999_999,
        ),
        (
            "Four farms counted the eggs their hens laid last year.",
            ("Hill Farm", "Brook Farm", "Meadow Farm", "Oak Tree Farm"),
            "{w} collected {v} eggs",
            ("Which farm collected the most eggs?", "Which farm collected the fewest eggs?"),
            999_999,
        ),
    ]
    setting, who, fact, questions, _ = rng.choice([c for c in settings if top <= c[4]])
    facts = [fact.format(w=w, v=show(v)) for w, v in zip(who, values, strict=True)]
    answer = Choice(tuple(who), values.index(best))
    prompt = f"{setting} " + "; ".join(facts) + ". " + questions[0 if greatest else 1]
    steps = [
        f"Compare {', '.join(show(v) for v in values)}.",
        f"The {adjective} is {show(best)}.",
        f"So the answer is {who[values.index(best)]}.",
    ]
    return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(second)}")


def _compare_steps(a: int, b: int) -> list[str]:
    if len(str(a)) != len(str(b)):
        return [
            f"{show(a)} has {len(str(a))} digits and {show(b)} has {len(str(b))} digits.",
            f"So {show(a)} {sign_of(a, b)} {show(b)}",
        ]
    if a == b:
        return [f"The two numbers are the same: {show(a)} = {show(b)}"]
    sa, sb = str(a), str(b)
    i = next(i for i in range(len(sa)) if sa[i] != sb[i])
    place = len(sa) - 1 - i
    return [
        f"Both have {len(sa)} digits. The first difference is in the {place_name(place)}: {sa[i]} and {sb[i]}.",
        f"So {show(a)} {sign_of(a, b)} {show(b)}",
    ]


def _compare_expressions(rng: random.Random) -> Item:
    target = rng.randint(1_000, 9_999) * 1_000
    part = rng.choice((1_000, 10_000, 100_000, 50_000, 5_000))
    left_value = target
    left = f"{show(target - part)} + {show(part)}"
    delta = rng.choice((0, 0, 1, -1, 1_000, -1_000, 10_000, -100))
    right_value = target + delta
    if rng.random() < 0.5 and right_value > part:
        right = f"{show(right_value + part)} − {show(part)}"
    else:
        right = show(right_value)
    answer = Comparison(sign_of(left_value, right_value))
    prompt = f"Write <, > or = in the box without working out exactly: {left} □ {right}"
    steps = [
        f"{left} = {show(left_value)}",
        f"{right} = {show(right_value)}",
        f"So {left} {answer.sign} {right}",
    ]
    return make(prompt, answer, steps, "compare", f"{left} □ {right}")


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


# ---------------------------------------------------------------------- negative numbers


_PLACES_COLD = ("Aberdeen", "Inverness", "Oslo", "Moscow", "Helsinki", "Reykjavik", "Glasgow", "Toronto")
_PLACES_MILD = ("Cardiff", "London", "Belfast", "Plymouth", "Madrid", "Rome", "Leeds", "Cairo")


def _crossing(rng: random.Random, level: Level, which: str = "range") -> tuple[int, int]:
    """A start and a change that cross zero, within the level's range (or its range of temperatures)."""
    low, high = RANGES["negative_numbers"][int(level)][which]  # type: ignore[misc]
    for _ in range(100):
        start = rng.randint(low, high)
        change = rng.choice([c for c in range(-(high - low) // 2, (high - low) // 2 + 1) if c and abs(c) > 1])
        end = start + change
        if low <= end <= high and start and end and (start < 0 or end < 0):
            return start, change
    return -3, 5


@topic(
    "number.negative_numbers",
    title="Negative numbers: count through zero, compare and find differences",
    codes=("4N5", "5N5", "6N5"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
    representations=pictures.kinds("negative_numbers"),
)
@pictures.pictured("negative_numbers")
def negative_numbers(rng: random.Random, level: Level, style: str) -> Item:
    line_hint = "count the jumps on a number line; 0 is one jump."
    if style == "fluency":
        if level != Level.WORKING_TOWARDS and rng.random() < 0.4:
            low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
            a, b = rng.randint(low, -1), rng.randint(1, high)
            answer = WholeNumber(b - a)
            prompt = f"What is the difference between {show(a)} and {show(b)}?"
            steps = [f"From {show(a)} to 0 is {-a}.", f"From 0 to {show(b)} is {b}.", f"{-a} + {b} = {b - a}"]
            predicted = mis.predictions(answer, ("negative_number_counting", mis.difference_ignoring_sign(a, b)))
            item = make(prompt, answer, steps, style, f"{show(b)} − {bracket(a)}", predicted=predicted)
            return pictures.offer(item, number_line=pictures.jump_line(a, b - a, shown="both"))
        start, change = _crossing(rng, level)
        end = start + change
        word = "more" if change > 0 else "less"
        answer = WholeNumber(end)
        prompt = f"What number is {abs(change)} {word} than {show(start)}?" + hint(level, line_hint)
        steps = [
            f"Start at {show(start)} and count {'on' if change > 0 else 'back'} {abs(change)}.",
            f"{show(start)} {'+' if change > 0 else '−'} {abs(change)} = {show(end)}",
        ]
        predicted = mis.predictions(
            answer,
            ("negative_number_counting", mis.count_zero_twice(start, change)),
            ("negative_number_counting", mis.ignore_negative_sign(start, change)),
        )
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}",
            predicted=predicted,
        )
        return pictures.offer(item, number_line=pictures.jump_line(start, change))
    if style == "missing_number":
        low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
        step = rng.randint(2, max(3, high // 4))
        if rng.random() < 0.5:
            step = -step
        first = rng.randint(low + max(0, -step * 4), high - max(0, step * 4))
        terms = [first + step * i for i in range(5)]
        if not any(t < 0 for t in terms):
            shift = -terms[-1] if step < 0 else -terms[2]
            terms = [t + shift - 1 for t in terms]
        gap = rng.randint(1, 3)
        answer = WholeNumber(terms[gap])
        shown = ", ".join("□" if i == gap else show(t) for i, t in enumerate(terms))
        prompt = f"The numbers go up or down in equal steps. Find the missing number: {shown}" + hint(level, line_hint)
        steps = [
            f"Each step is {'+' if step > 0 else '−'}{abs(step)}.",
            f"{show(terms[gap - 1])} {'+' if step > 0 else '−'} {abs(step)} = {show(terms[gap])}",
        ]
        check = f"({bracket(terms[gap - 1])} + {bracket(terms[gap + 1])}) ÷ 2"
        wrong = -terms[gap] if terms[gap] < 0 else None
        item = make(
            prompt, answer, steps, style, check, predicted=mis.predictions(answer, ("negative_number_counting", wrong))
        )
        return pictures.offer(item, number_line=pictures.sequence_line(terms, gap, jumps=False))
    if style in ("compare", "true_or_false"):
        low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
        a = rng.randint(low, -1)
        b = rng.choice([rng.randint(low, -1), rng.randint(low, high)])
        while b == a:
            b = rng.randint(low, high)
        left, right, left_value, right_value = show(a), show(b), a, b
        if level == Level.GREATER_DEPTH and style == "compare":
            k = rng.randint(2, 9)
            left, left_value = f"{show(a + k)} − {k}", a
            m = rng.randint(2, 9)
            right, right_value = f"{show(b - m)} + {m}", b
        if style == "compare":
            answer = Comparison(sign_of(left_value, right_value))
            prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(
                level, "the number further left on a number line is smaller."
            )
            steps = [
                f"{left} = {show(left_value)} and {right} = {show(right_value)}."
                if left != show(a)
                else f"On a number line {show(min(a, b))} is further left than {show(max(a, b))}.",
                f"So {left} {answer.sign} {right}",
            ]
            predicted = mis.predictions(
                answer,
                (
                    "negative_compare_ignoring_sign",
                    mis.negative_compare_ignoring_sign(left_value, right_value),
                ),
            )
            item = make(prompt, answer, steps, style, f"{left} □ {right}", predicted=predicted)
            if left != show(a):  # worked out first at greater depth: a line would show the values
                return pictures.offer(item, why="the two sides must be worked out first")
            return pictures.offer(item, number_line=pictures.points_line([a, b]))
        sign = rng.choice(("<", ">"))
        truth = a < b if sign == "<" else a > b
        answer = TrueFalse(truth)
        phrase = "is less than" if sign == "<" else "is greater than"
        prompt = f"True or false? {show(a)} {phrase} {show(b)}." + hint(level, "picture a number line.")
        steps = [
            f"On a number line {show(min(a, b))} is further left than {show(max(a, b))}.",
            f"So {show(min(a, b))} < {show(max(a, b))} and the statement is {truth_word(truth)}.",
        ]
        wrong = mis.negative_compare_ignoring_sign(a, b) == sign
        predicted = mis.predictions(answer, ("negative_compare_ignoring_sign", wrong))
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}", predicted=predicted)
        return pictures.offer(item, number_line=pictures.points_line([a, b]))
    return _temperature_problem(rng, level)


def _temperature_problem(rng: random.Random, level: Level) -> Item:
    start, change = _crossing(rng, level, "temperatures")
    end = start + change
    place = rng.choice(_PLACES_COLD)
    kind = (
        rng.choice(("change", "difference", "lift", "change"))
        if level != Level.GREATER_DEPTH
        else rng.choice(("two_step", "difference", "two_step"))
    )
    if kind == "lift" and -5 <= start <= 12 and -5 <= end <= 12:
        answer = WholeNumber(end)
        floors = f"floor {show(start)}" if start >= 0 else f"floor {show(start)} (below ground)"
        prompt = (
            f"In a tall building the ground floor is floor 0 and floors below ground have negative numbers. "
            f"A lift starts on {floors} and goes {'up' if change > 0 else 'down'} {abs(change)} floors. "
            f"Which floor does it stop on?"
        )
        steps = [
            f"{show(start)} {'+' if change > 0 else '−'} {abs(change)} = {show(end)}",
            f"It stops on floor {show(end)}.",
        ]
        check = f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}"
        predicted = mis.predictions(answer, ("negative_number_counting", mis.count_zero_twice(start, change)))
        item = make(prompt, answer, steps, "word_problem", check, predicted=predicted)
        return pictures.offer(item, number_line=pictures.jump_line(start, change))
    if kind == "difference":
        low, high = RANGES["negative_numbers"][int(level)]["temperatures"]  # type: ignore[misc]
        cold = rng.randint(low, -1)
        warm = rng.randint(1, high)
        mild = rng.choice(_PLACES_MILD)
        answer = WholeNumber(warm - cold)
        prompt = (
            f"At noon the temperature in {place} was {show(cold)} °C and in {mild} it was {show(warm)} °C. "
            f"How many degrees warmer was {mild} than {place}?"
        )
        steps = [
            f"From {show(cold)} to 0 is {-cold} degrees; from 0 to {warm} is {warm} degrees.",
            f"{-cold} + {warm} = {warm - cold}",
        ]
        predicted = mis.predictions(answer, ("negative_number_counting", mis.difference_ignoring_sign(cold, warm)))
        item = make(prompt, answer, steps, "word_problem", f"{show(warm)} − {bracket(cold)}", predicted=predicted)
        return pictures.offer(item, number_line=pictures.jump_line(cold, warm - cold, shown="both"))
    if kind == "two_step":
        second = rng.randint(3, 15) * (-1 if change > 0 else 1)
        if not -25 <= end + second <= 30:
            second = -second
        final = end + second
        answer = WholeNumber(final)
        verb1 = f"risen by {change}" if change > 0 else f"fallen by {-change}"
        verb2 = f"risen by {second}" if second > 0 else f"fallen by {-second}"
        prompt = (
            f"At 6 am the temperature in {place} was {show(start)} °C. By noon it had {verb1} degrees, and "
            f"by midnight it had {verb2} degrees. What was the temperature at midnight, in °C?"
        )
        steps = [
            f"Noon: {show(start)} {'+' if change > 0 else '−'} {abs(change)} = {show(end)} °C",
            f"Midnight: {show(end)} {'+' if second > 0 else '−'} {abs(second)} = {show(final)} °C",
        ]
        check = (
            f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)} {'+' if second > 0 else '−'} {abs(second)}"
        )
        item = make(prompt, answer, steps, "word_problem", check)
        return pictures.offer(item, number_line=pictures.two_jumps(start, change, second))
    answer = WholeNumber(end)
    verb = f"risen by {change}" if change > 0 else f"fallen by {-change}"
    prompt = (
        f"At midnight the temperature in {place} was {show(start)} °C. By morning it had {verb} degrees. "
        f"What was the temperature in the morning, in °C?" + hint(Level(level), "use a thermometer scale.")
    )
    steps = [
        f"{show(start)} {'+' if change > 0 else '−'} {abs(change)} = {show(end)}",
        f"The temperature was {show(end)} °C.",
    ]
    predicted = mis.predictions(
        answer,
        ("negative_number_counting", mis.count_zero_twice(start, change)),
        ("negative_number_counting", mis.ignore_negative_sign(start, change)),
    )
    check = f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}"
    item = make(prompt, answer, steps, "word_problem", check, predicted=predicted)
    return pictures.offer(item, number_line=pictures.jump_line(start, change))


# ---------------------------------------------------------------------- Roman numerals


def _roman_number(rng: random.Random, level: Level) -> int:
    low, high = RANGES["roman_numerals"][int(level)]["range"]  # type: ignore[misc]
    if level == Level.GREATER_DEPTH and rng.random() < 0.4:
        return rng.randint(1066, 2024)
    n = rng.randint(low, high)
    if rng.random() < 0.5:  # favour the subtractive forms that need thought: 4, 9, 40, 90, 400, 900
        text = list(str(n))
        i = rng.randrange(len(text))
        text[i] = rng.choice("49")
        n = min(high, max(low, int("".join(text))))
    return n


@topic(
    "number.roman_numerals",
    title="Read Roman numerals (to 100, then to 1000 and years)",
    codes=("4N3b", "5N3b"),
    styles=("fluency", "compare", "true_or_false", "word_problem"),
)
def roman_numerals(rng: random.Random, level: Level, style: str) -> Item:
    n = _roman_number(rng, level)
    numeral = roman(n)
    tip = "I = 1, V = 5, X = 10, L = 50, C = 100; a smaller numeral before a bigger one is taken away."
    steps = [_roman_steps(numeral), f"{numeral} = {show(n)}"]
    added = mis.roman_subtractive_ignored(numeral)
    if style == "fluency":
        answer = WholeNumber(n)
        prompt = f"Write {numeral} as a number in digits." + hint(level, tip)
        return make(
            prompt,
            answer,
            steps,
            style,
            roman_check(numeral),
            predicted=mis.predictions(answer, ("roman_subtractive_ignored", added)),
        )
    if style == "compare":
        low, high = RANGES["roman_numerals"][int(level)]["range"]  # type: ignore[misc]
        swapped = {
            "IX": "XI",
            "XI": "IX",
            "IV": "VI",
            "VI": "IV",
            "XL": "LX",
            "LX": "XL",
            "XC": "CX",
            "CX": "XC",
            "CD": "DC",
            "DC": "CD",
            "CM": "MC",
            "MC": "CM",
        }
        pairs = [k for k in swapped if k in numeral]
        other = n
        if pairs and rng.random() < 0.5:
            pair = rng.choice(pairs)
            other = n - _value_of(pair) + _value_of(swapped[pair])
        deltas = [
            d for d in (-11, -10, -9, -2, -1, 1, 2, 9, 10, 11, 40, -40, 100, -100) if low <= n + d <= max(high, 2100)
        ]
        while other == n or other < 1:
            other = n + rng.choice(deltas)
        b = roman(other)
        answer = Comparison(sign_of(n, other))
        prompt = f"Write <, > or = in the box: {numeral} □ {b}" + hint(level, tip)
        steps = [f"{numeral} = {show(n)} and {b} = {show(other)}", f"So {numeral} {answer.sign} {b}"]
        wrong = sign_of(added, mis.roman_subtractive_ignored(b))
        return make(
            prompt,
            answer,
            steps,
            style,
            f"({roman_check(numeral)}) □ ({roman_check(b)})",
            predicted=mis.predictions(answer, ("roman_subtractive_ignored", wrong)),
        )
    if style == "true_or_false":
        claim = rng.choice((n, n, added if added != n else n + 10, n + rng.choice((-10, 10, -1, 1))))
        answer = TrueFalse(claim == n)
        prompt = f"True or false? {numeral} is the same as {show(claim)}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == n)}.")
        predicted = mis.predictions(answer, ("roman_subtractive_ignored", True if claim == added != n else None))
        return make(prompt, answer, steps, style, f"{roman_check(numeral)} = {show(claim)}", predicted=predicted)
    if level == Level.GREATER_DEPTH:
        year = rng.choice((2000, 2020, 2024, 2025))
        thing = rng.choice(
            (
                "A church has the year it was built carved above its door:",
                "A stone on an old bridge shows the year it was built:",
                "An old map of a town shows the year the town was founded:",
                "A castle's guidebook gives the year the first tower was built:",
            )
            if n < 1800
            else (
                "A film's credits show the year it was made:",
                "A foundation stone on a town hall shows the year it was opened:",
                "A school's old sign shows the year it opened:",
                "A railway station has the year it opened painted on the wall:",
            )
        )
        answer = WholeNumber(year - n)
        prompt = f"{thing} {numeral}. How many years was that before {year}?"
        steps = [*steps, f"{year} − {n} = {year - n}"]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{year} − ({roman_check(numeral)})",
            predicted=mis.predictions(answer, ("roman_subtractive_ignored", year - added)),
        )
    settings = [
        (
            "The chapters of a book are numbered in Roman numerals. The last chapter is chapter {r}. "
            "How many chapters does the book have?",
            0,
            60,
        ),
        (
            "The pages at the start of a book are numbered in Roman numerals. {name} is reading page {r} and "
            "turns "
            "over to the next page. What is the number of the new page, in digits?",
            1,
            100,
        ),
        (
            "A race is held every year and numbered in Roman numerals. This year's race is Great Fun Run "
            "{r}. "
            "What number will next year's race be, in digits?",
            1,
            100,
        ),
        (
            "A king in a story is called King Edwin {r}. How many kings called Edwin were there before him?",
            -1,
            20,
        ),
        (
            "A clock face has Roman numerals. The hour hand points exactly at {r} and the minute hand points "
            "at XII. "
            "What time is it? Write the hour in digits.",
            0,
            12,
        ),
    ]
    template, change, _ = rng.choice([c for c in settings if n <= c[2]])
    answer = WholeNumber(n + change)
    prompt = template.format(r=numeral, name=name(rng)) + hint(level, tip)
    if change:
        steps.append(f"{show(n)} {'+' if change > 0 else '−'} 1 = {show(n + change)}")
    check = roman_check(numeral) + (f" {'+' if change > 0 else '−'} 1" if change else "")
    return make(
        prompt,
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, ("roman_subtractive_ignored", added + change)),
    )


def _value_of(pair: str) -> int:
    first, second = _SYMBOLS[pair[0]], _SYMBOLS[pair[1]]
    return second - first if first < second else first + second


def _roman_steps(numeral: str) -> str:
    parts = []
    i = 0
    while i < len(numeral):
        if i + 1 < len(numeral) and _SYMBOLS[numeral[i]] < _SYMBOLS[numeral[i + 1]]:
            parts.append(f"{numeral[i : i + 2]} = {_SYMBOLS[numeral[i + 1]] - _SYMBOLS[numeral[i]]}")
            i += 2
        else:
            parts.append(f"{numeral[i]} = {_SYMBOLS[numeral[i]]}")
            i += 1
    return "Split it up: " + ", ".join(parts) + "."


# ---------------------------------------------------------------------- counting in steps


def _sequence(rng: random.Random, level: Level) -> tuple[list[int], int]:
    step = rng.choice(RANGES["counting_steps"][int(level)]["steps"])  # type: ignore[arg-type]
    if level == Level.WORKING_TOWARDS:
        first = step * rng.randint(0, 8)
        return [first + step * i for i in range(5)], step
    if level == Level.EXPECTED:
        first = step * rng.randint(1, 40 if step < 100 else 90) + (0 if rng.random() < 0.6 else rng.randint(1, 9))
        if step == 1_000:
            first = rng.randint(1_000, 95_000)
    else:
        if step < 100 and rng.random() < 0.4:  # count back through zero
            first = step * rng.randint(1, 3) + rng.randint(1, step - 1)
            return [first - step * i for i in range(5)], -step
        first = (
            rng.randint(step, step * 30) if step < 1_000 else rng.randint(1, 99) * step // 10 + rng.randint(1, 9) * 10
        )
        if step >= 1_000:
            first = (
                rng.randint(10, 990) * (step // 100) + rng.randint(1, step // 100 - 1)
                if step > 1_000
                else rng.randint(95_000, 99_500)
            )
    if rng.random() < 0.4 and first > step * 5:
        return [first - step * i for i in range(5)], -step
    return [first + step * i for i in range(5)], step


@topic(
    "number.counting_steps",
    title="Count in steps and recognise multiples",
    codes=("3N1b", "4N1", "5N1", "4N5"),
    styles=("fluency", "missing_number", "true_or_false", "odd_one_out"),
    representations=pictures.kinds("counting_steps"),
)
@pictures.pictured("counting_steps")
def counting_steps(rng: random.Random, level: Level, style: str) -> Item:
    if style in ("fluency", "missing_number"):
        terms, step = _sequence(rng, level)
        size = abs(step)
        tip = f"count in {show(size)}s."
        way = "on" if step > 0 else "back"
        if style == "fluency":
            nxt = terms[-1] + step
            answer = WholeNumber(nxt)
            prompt = (
                f"Count {way} in {show(size)}s. What is the next number? "
                f"{', '.join(show(t) for t in terms[:4])}, {show(terms[4])}, …" + hint(level, tip)
            )
            steps = [
                f"The numbers go {'up' if step > 0 else 'down'} by {show(size)} each time.",
                f"{show(terms[4])} {'+' if step > 0 else '−'} {show(size)} = {show(nxt)}",
            ]
            check = f"{bracket(terms[4])} + ({bracket(terms[4])} − {bracket(terms[3])})"
            line = pictures.sequence_line([*terms, nxt], 5)
            return pictures.offer(make(prompt, answer, steps, style, check), number_line=line)
        gap = rng.randint(1, 3)
        answer = WholeNumber(terms[gap])
        shown = ", ".join("□" if i == gap else show(t) for i, t in enumerate(terms))
        prompt = f"Count {way} in {show(size)}s. Find the missing number: {shown}" + hint(level, tip)
        steps = [
            f"The numbers go {'up' if step > 0 else 'down'} by {show(size)} each time.",
            f"{show(terms[gap - 1])} {'+' if step > 0 else '−'} {show(size)} = {show(terms[gap])}",
        ]
        check = f"({bracket(terms[gap - 1])} + {bracket(terms[gap + 1])}) ÷ 2"
        return pictures.offer(make(prompt, answer, steps, style, check), number_line=pictures.sequence_line(terms, gap))
    steps_table = [s for s in RANGES["counting_steps"][int(level)]["steps"] if s <= 100]  # type: ignore[union-attr]
    step = rng.choice(steps_table)
    top = {1: 12, 2: 20, 3: 60}[int(level)]
    if style == "true_or_false":
        k = rng.randint(3, top)
        claim = step * k if rng.random() < 0.5 else _near_multiple(rng, step, k)
        truth = claim % step == 0
        answer = TrueFalse(truth)
        prompt = f"True or false? If you count in {show(step)}s from 0, you will say {show(claim)}." + hint(
            level, f"is {show(claim)} in the {step} times table pattern?"
        )
        if truth:
            steps = [
                f"{show(claim)} ÷ {step} = {show(claim // step)} exactly, so {show(claim)} is a multiple of {step}.",
                "So the statement is true.",
            ]
        else:
            steps = [
                f"{show(claim)} ÷ {step} = {show(claim // step)} remainder {claim % step}, so it is not a "
                f"multiple of {step}.",
                "So the statement is false.",
            ]
        item = make(prompt, answer, steps, style, f"{show(claim)} ÷ {step} = {show(claim // step)}")
        return pictures.offer(item, number_line=pictures.counting_line(step, claim))
    multiples = rng.sample(range(2, top + 1), 3)
    values = [step * m for m in multiples]
    odd = _near_multiple(rng, step, rng.randint(2, top))
    options = [*values, odd]
    rng.shuffle(options)
    texts = [show(v) for v in options]
    answer = Choice(tuple(texts), options.index(odd))
    prompt = f"Which of these is not a multiple of {step}? " + lettered(texts) + hint(level, f"count in {step}s.")
    steps = [f"{show(v)} = {step} × {v // step}" for v in values]
    steps.append(f"{show(odd)} ÷ {step} = {odd // step} remainder {odd % step}, so the answer is {show(odd)}")
    return make(prompt, answer, steps, style, f"{show(odd)} ÷ {step} = {format_fraction(Fraction(odd, step))}")


def _near_multiple(rng: random.Random, step: int, k: int) -> int:
    """A number close to k × step that is not a multiple of step and does not give itself away (even for even
    steps, ending in 0 or 5 for steps of 25 and more)."""
    if step <= 12:
        offsets = [o for o in range(1, step) if step % 2 or o % 2 == 0] or list(range(1, step))
    else:
        offsets = [o for o in (step // 2, step // 5, step // 10, 10, 5) if o and step % o == 0 and o % step]
    return step * k + rng.choice(offsets)


# ---------------------------------------------------------------------- read and write numbers


def _number_to_write(rng: random.Random, level: Level) -> int:
    low, high = RANGES["read_write"][int(level)]["range"]  # type: ignore[misc]
    digits = rng.randint(len(str(low)), len(str(high)))
    while True:
        text = [str(rng.randint(1, 9))] + [
            "0" if rng.random() < (0.2 if level == Level.WORKING_TOWARDS else 0.4) else str(rng.randint(1, 9))
            for _ in range(digits - 1)
        ]
        n = int("".join(text))
        if low <= n <= high:
            return n


def _slip_in_digits(rng: random.Random, n: int) -> tuple[int, str]:
    """A plausible mis-writing of n and what went wrong: a 0 left out or added, or two digits swapped."""
    text = str(n)
    zeros = [i for i, ch in enumerate(text) if ch == "0"]
    options = []
    if zeros:
        i = rng.choice(zeros)
        options.append((int(text[:i] + text[i + 1 :]), "a place-holder 0 is missing"))
    i = rng.randrange(1, len(text))
    options.append((int(text[:i] + "0" + text[i:]), "there is an extra 0, so the digits are in the wrong columns"))
    j = rng.randrange(len(text) - 1)
    swapped = text[:j] + text[j + 1] + text[j] + text[j + 2 :]
    if swapped[0] != "0":
        options.append((int(swapped), "two digits are the wrong way round"))
    return rng.choice([o for o in options if o[0] != n])


@topic(
    "number.read_write",
    title="Read and write numbers in words and digits",
    codes=("3N2a", "5N2", "6N2"),
    styles=("fluency", "true_or_false", "compare", "spot_the_mistake"),
)
def read_write(rng: random.Random, level: Level, style: str) -> Item:
    n = _number_to_write(rng, level)
    said = words(n)
    tip = "write the thousands first, then the hundreds, tens and ones; use 0 for an empty column."
    if style == "fluency":
        answer = WholeNumber(n)
        prompt = f"Write this number in digits: {said}." + hint(level, tip)
        steps = _words_steps(n)
        return make(
            prompt,
            answer,
            steps,
            style,
            words_check(said),
            predicted=mis.predictions(
                answer,
                ("placeholders_missing", mis.placeholders_missing(n)),
                ("placeholders_written_out", mis.placeholders_written_out(n)),
            ),
        )
    if style == "true_or_false":
        claim = n if rng.random() < 0.5 else _slip_in_digits(rng, n)[0]
        answer = TrueFalse(claim == n)
        prompt = f"True or false? '{said[0].upper() + said[1:]}' is written {show(claim)} in digits." + hint(level, tip)
        steps = [*_words_steps(n), f"So the statement is {truth_word(claim == n)}."]
        return make(prompt, answer, steps, style, f"{words_check(said)} = {show(claim)}")
    if style == "compare":
        other = _slip_in_digits(rng, n)[0]
        answer = Comparison(sign_of(n, other))
        prompt = f"Write <, > or = in the box: {said} □ {show(other)}" + hint(level, tip)
        steps = [f"{said} = {show(n)}", f"So {show(n)} {answer.sign} {show(other)}"]
        return make(prompt, answer, steps, style, f"{words_check(said)} □ {show(other)}")
    mistakes = [
        (
            mis.placeholders_missing(n),
            "placeholders_missing",
            "the place-holder zeros were left out, so the digits are in the wrong columns",
        )
    ]
    if n < 10**6:
        mistakes.append(
            (
                mis.placeholders_written_out(n),
                "placeholders_written_out",
                "each part was written in full and run together instead of using place value",
            )
        )
    mistakes = [m for m in mistakes if m[0] is not None]
    if mistakes and rng.random() < 0.7:
        wrong, which, mistake = rng.choice(mistakes)
    else:
        (wrong, mistake), which = _slip_in_digits(rng, n), ""
    who = name(rng)
    answer = WholeNumber(n)
    prompt = (
        f"{who} wrote '{said}' in digits as {wrong}. {who} has made a mistake. What should {who} have written?"
    ) + hint(level, tip)
    steps = [f"The mistake: {mistake}.", *_words_steps(n)]
    predicted = mis.predictions(answer, (which, wrong) if which else ("placeholders_missing", None))
    return make(prompt, answer, steps, "spot_the_mistake", words_check(said), predicted=predicted)


def _words_steps(n: int) -> list[str]:
    millions, thousands, rest = n // 10**6, n // 1000 % 1000, n % 1000
    parts = []
    if millions:
        parts.append(f"{millions} million")
    if thousands:
        parts.append(f"{thousands} thousand")
    if rest:
        parts.append(str(rest))
    return [f"The number is {' + '.join(parts)}.", f"In digits: {show(n)}"]


# ---------------------------------------------------------------------- number lines


@topic(
    "number.number_lines",
    title="Read and estimate numbers on number lines and scales",
    codes=("3N4", "4N4a", "6N5"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem"),
    representations=pictures.kinds("number_lines"),
)
@pictures.pictured("number_lines")
def number_lines(rng: random.Random, level: Level, style: str) -> Item:
    width, parts, starts = rng.choice(RANGES["number_lines"][int(level)]["lines"])  # type: ignore[arg-type]
    start = rng.choice(starts)
    end = start + width
    size = width // parts
    tip = f"work out what each step is worth: {show(end - start)} ÷ {parts}."
    if style == "missing_number":
        a = start + size * rng.randint(0, max(0, (-start) // size - 1) if start < 0 else parts - 2)
        b = a + size * 2 * rng.randint(1, max(1, (end - a) // (2 * size)))
        answer = WholeNumber((a + b) // 2)
        prompt = f"What number is halfway between {show(a)} and {show(b)}?" + hint(
            level, "find the gap, then halve it."
        )
        steps = [
            f"The gap is {show(b)} − {bracket(a)} = {show(b - a)}.",
            f"Half of it is {show((b - a) // 2)}.",
            f"{show(a)} + {show((b - a) // 2)} = {show((a + b) // 2)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"({bracket(a)} + {bracket(b)}) ÷ 2",
            predicted=mis.predictions(answer, ("halfway_half_difference", (b - a) // 2)),
        )
        return pictures.offer(item, number_line=pictures.halfway_line(a, b))
    mark = rng.randint(1, parts - 1)
    value = start + mark * size
    steps = [
        f"Each step is worth {show(end - start)} ÷ {parts} = {show(size)}.",
        f"{show(start)} + {mark} × {show(size)} = {show(value)}",
    ]
    check = f"{bracket(start)} + {mark} × ({show(end)} − {bracket(start)}) ÷ {parts}"
    wrongs = [("number_line_interval", start + mark * w) for w in (1, 10) if w != size]
    if style == "fluency":
        answer = WholeNumber(value)
        prompt = (
            f"A number line goes from {show(start)} to {show(end)}. It is split into {parts} equal steps. "
            f"An arrow points to the {ordinal(mark)} mark after {show(start)}. What number does it point to?"
            + hint(level, tip)
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrongs))
        return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))
    if style == "true_or_false":
        claim = (
            value
            if rng.random() < 0.5
            else rng.choice([start + mark * w for w in (1, 10, size * 2) if start + mark * w != value] + [value + size])
        )
        answer = TrueFalse(claim == value)
        prompt = (
            f"True or false? On a number line from {show(start)} to {show(end)} split into {parts} equal "
            f"steps, the {ordinal(mark)} mark after {show(start)} is {show(claim)}." + hint(level, tip)
        )
        steps.append(f"So the statement is {truth_word(claim == value)}.")
        item = make(prompt, answer, steps, style, f"{check} = {show(claim)}")
        return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))
    kind, start, end, parts = rng.choice(RANGES["number_lines"][int(level)]["scales"])  # type: ignore[arg-type]
    size = (end - start) // parts
    mark = rng.randint(1, parts - 1)
    value = start + mark * size
    template, unit = _SCALES[kind]
    steps = [
        f"Each step is worth {show(end - start)} ÷ {parts} = {show(size)}.",
        f"{show(start)} + {mark} × {show(size)} = {show(value)}",
    ]
    answer = Measure(value, unit, unit_required=False) if unit else WholeNumber(value)
    prompt = template.format(a=show(start), b=show(end), p=parts, m=ordinal(mark)) + hint(
        level, f"work out what each step is worth: {show(end - start)} ÷ {parts}."
    )
    wrongs = [("number_line_interval", start + mark * w) for w in (1, 10) if w != size]
    check = f"{bracket(start)} + {mark} × ({show(end)} − {bracket(start)}) ÷ {parts}"
    item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *wrongs))
    return pictures.offer(item, number_line=pictures.scale_line(start, end, parts, mark))


_SCALES = {
    "jug": (
        "A measuring jug is marked from {a} ml to {b} ml in {p} equal steps. The water comes up to the {m} "
        "mark. How much water is in the jug?",
        "ml",
    ),
    "scale": (
        "The dial of a kitchen scale is marked from {a} g to {b} g in {p} equal steps. The pointer is at the "
        "{m} mark. What is the mass of the flour on the scale?",
        "g",
    ),
    "ruler": (
        "A ruler is marked from {a} cm to {b} cm in {p} equal steps. A pencil reaches the {m} mark. How long "
        "is the pencil?",
        "cm",
    ),
    "thermometer": (
        "A thermometer is marked from {a} °C to {b} °C in {p} equal steps. The liquid is at the {m} "
        "mark. What temperature does it show, in °C?",
        "",
    ),
    "weighbridge": (
        "The scale of a lorry weighbridge is marked from {a} kg to {b} kg in {p} equal steps. The "
        "pointer is at the {m} mark. What is the mass of the lorry?",
        "kg",
    ),
}


# ---------------------------------------------------------------------- digit cards


_CONDITIONS = {
    "largest": (lambda n: True, max, "largest"),
    "smallest": (lambda n: True, min, "smallest"),
    "largest even": (lambda n: n % 2 == 0, max, "largest even"),
    "smallest odd": (lambda n: n % 2 == 1, min, "smallest odd"),
    "largest multiple of 5": (lambda n: n % 5 == 0, max, "largest multiple of 5"),
    "smallest even": (lambda n: n % 2 == 0, min, "smallest even"),
}


def _made(cards: Sequence[int]) -> list[int]:
    """Every number the cards make, each card used once, no leading zero (by brute force)."""
    return sorted({int("".join(map(str, p))) for p in itertools.permutations(cards) if p[0] != 0})


def _place_sum(n: int) -> str:
    text = str(n)
    return " + ".join(f"{ch} × {10 ** (len(text) - 1 - i)}" for i, ch in enumerate(text) if ch != "0")


def _cards_and_goal(rng: random.Random, level: Level) -> tuple[list[int], str, int]:
    low, high = RANGES["digit_cards"][int(level)]["cards"]  # type: ignore[misc]
    goals = {
        1: ("largest", "smallest"),
        2: ("largest", "smallest", "largest even", "smallest odd"),
        3: ("largest even", "smallest odd", "largest multiple of 5", "smallest even", "closest"),
    }[int(level)]
    while True:
        count = rng.randint(low, high)
        pool = list(range(1 if level == Level.WORKING_TOWARDS else 0, 10))
        cards = rng.sample(pool, count)
        goal = rng.choice(goals)
        made = _made(cards)
        if goal == "closest":
            target = rng.randint(2, 9) * 10 ** (count - 1)
            best = min(made, key=lambda n, t=target: abs(n - t))
            if sum(1 for n in made if abs(n - target) == abs(best - target)) == 1:
                return cards, f"closest to {show(target)}", best
            continue
        test, pick, _ = _CONDITIONS[goal]
        fits = [n for n in made if test(n)]
        if fits:
            return cards, goal, pick(fits)


@topic(
    "number.digit_cards",
    title="Number puzzles with digit cards: largest, smallest, even, odd, closest",
    codes=("3N6", "4N6", "5N6", "6N6"),
    styles=("fluency", "true_or_false", "two_step_word_problem"),
)
def digit_cards(rng: random.Random, level: Level, style: str) -> Item:
    cards, goal, best = _cards_and_goal(rng, level)
    count = len(cards)
    shown = ", ".join(str(c) for c in cards)
    tip = (
        "put the biggest digits in the biggest place-value columns."
        if "smallest" not in goal
        else "put the smallest digits in the biggest place-value columns."
    )
    wanted = f"{count}-digit number {goal}" if goal.startswith("closest") else f"{goal} {count}-digit number"
    if style == "two_step_word_problem":
        made = _made(cards)
        largest, smallest = made[-1], made[0]
        total = rng.random() < 0.3
        result = largest + smallest if total else largest - smallest
        answer = WholeNumber(result)
        who = name(rng)
        what = "total of" if total else "difference between"
        prompt = (
            f"{who} has these digit cards: {shown}. {who} uses each card once to make the largest possible "
            f"{count}-digit number and then the smallest possible {count}-digit number. What is the {what} "
            f"the two numbers?" + hint(level, "the smallest number starts with the smallest digit that is not 0.")
        )
        steps = [
            f"Largest: {show(largest)}",
            f"Smallest: {show(smallest)}" + (" (0 cannot go first)" if 0 in cards else ""),
            f"{show(largest)} {'+' if total else '−'} {show(smallest)} = {show(result)}",
        ]
        zero_first = int("".join(map(str, sorted(cards))))
        wrong = largest + zero_first if total else largest - zero_first
        working = None if total else column_subtraction(largest, smallest)
        predicted = mis.predictions(answer, ("zero_first_smallest", wrong if 0 in cards else None))
        check = f"{show(largest)} {'+' if total else '−'} {show(smallest)}"
        return make(prompt, answer, steps, style, check, working=working, predicted=predicted)
    if style == "fluency":
        answer = WholeNumber(best)
        prompt = f"Use each of these digit cards once: {shown}. What is the {wanted} you can make?" + hint(level, tip)
        steps = [_cards_reasoning(cards, goal, best), f"The {wanted} is {show(best)}."]
        zero_first = int("".join(map(str, sorted(cards))))
        predicted = mis.predictions(
            answer,
            ("zero_first_smallest", zero_first if 0 in cards and goal.startswith("smallest") else None),
        )
        return make(prompt, answer, steps, style, _place_sum(best), predicted=predicted)
    made = _made(cards)
    others = [n for n in made if n != best]
    near = sorted(others, key=lambda n: abs(n - best))[:3]
    claim = best if rng.random() < 0.5 or not near else rng.choice(near)
    who = name(rng)
    answer = TrueFalse(claim == best)
    prompt = (
        f"{who} uses each of the digit cards {shown} once and says the {wanted} is {show(claim)}. "
        f"True or false?" + hint(level, tip)
    )
    steps = [
        _cards_reasoning(cards, goal, best),
        f"The {wanted} is {show(best)}, so the statement is {truth_word(claim == best)}.",
    ]
    return make(prompt, answer, steps, style, f"{_place_sum(best)} = {show(claim)}")


def _cards_reasoning(cards: Sequence[int], goal: str, best: int) -> str:
    if goal.startswith("closest"):
        return "Try the numbers nearest the target on either side and compare how far away each is."
    if "largest" in goal:
        text = "Put the largest digits in the highest places"
    else:
        text = "Put the smallest digits in the highest places" + (" (but 0 cannot go first)" if 0 in cards else "")
    if "even" in goal or "odd" in goal or "multiple" in goal:
        text += f"; the ones digit must make the number {goal.split(' ', 1)[1]}"
    return text + "."
