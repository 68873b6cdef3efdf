"""Read Roman numerals (to 100, then to 1000 and years)."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub

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
    steps = _roman_steps(numeral)
    if style == "fluency":
        answer = WholeNumber(n)
        prompt = f"Write {numeral} as a number in digits." + hint(level, tip)
        return make(
            prompt,
            answer,
            steps,
            style,
            roman_check(numeral),
            predicted=mis.predictions(answer, mis.roman_subtractive_ignored.on(numeral)),
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
        words = {"<": "less than", ">": "greater than", "=": "equal to"}[answer.sign]
        steps = [
            f"{numeral} is {show(n)} and {b} is {show(other)}.",
            Step(rel(n, answer.sign, other), f", so {numeral} is {words} {b}."),
        ]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"({roman_check(numeral)}) □ ({roman_check(b)})",
            predicted=mis.predictions(answer, mis.roman_subtractive_ignored.on(numeral, b)),
        )
    if style == "true_or_false":
        added = mis.roman_subtractive_ignored(numeral)
        claim = rng.choice((n, n, added if added is not None else n + 10, n + rng.choice((-10, 10, -1, 1))))
        answer = TrueFalse(claim == n)
        prompt = f"True or false? {numeral} is the same as {show(claim)}." + hint(level, tip)
        if claim != n:
            steps.append(Step(rel(n, "≠", claim), "."))
        steps.append(f"So the statement is {truth_word(claim == n)}.")
        return make(prompt, answer, steps, style, f"{roman_check(numeral)} = {show(claim)}")
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
        steps = [*steps, Step(eq(sub(year, n), year - n))]
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{year} − ({roman_check(numeral)})",
            predicted=mis.predictions(answer, mis.roman_subtractive_ignored.on(numeral, before=year)),
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
        steps.append(Step(eq((add if change > 0 else sub)(n, 1), n + change)))
    check = roman_check(numeral) + (f" {'+' if change > 0 else '−'} 1" if change else "")
    return make(
        prompt,
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, mis.roman_subtractive_ignored.on(numeral, add=change)),
    )


def _value_of(pair: str) -> int:
    first, second = _SYMBOLS[pair[0]], _SYMBOLS[pair[1]]
    return second - first if first < second else first + second


def _roman_steps(numeral: str) -> list[str]:
    """The numeral split into the parts it adds, each part's value in words, then the parts added as a Step."""
    parts: list[tuple[str, int]] = []
    i = 0
    while i < len(numeral):
        if i + 1 < len(numeral) and _SYMBOLS[numeral[i]] < _SYMBOLS[numeral[i + 1]]:
            parts.append((numeral[i : i + 2], _SYMBOLS[numeral[i + 1]] - _SYMBOLS[numeral[i]]))
            i += 2
        else:
            parts.append((numeral[i], _SYMBOLS[numeral[i]]))
            i += 1
    total = sum(value for _, value in parts)
    split = "Split it up: " + ", ".join(f"{text} is {show(value)}" for text, value in parts) + "."
    if len(parts) == 1:
        return [split, f"So {numeral} is {show(total)}."]
    return [
        split,
        Step("Add the parts: ", eq(add(*(value for _, value in parts)), total), f", so {numeral} is {show(total)}."),
    ]
