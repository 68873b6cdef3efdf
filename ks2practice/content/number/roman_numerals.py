"""Read Roman numerals (to 100, then to 1000 and years)."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions.data_time_algebra import claimed_by
from ks2practice.content.number.common import RANGES
from ks2practice.content.reasoning import explain_claim
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
    styles=("fluency", "compare", "true_or_false", "word_problem", "explain"),
)
def roman_numerals(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return _explain(rng, level)
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
            if 1000 <= n < 1800
            else (
                "A museum label gives the year an old brooch was made:",
                "A museum label gives the year a silver coin was made:",
                *(("A history book gives the year a monastery was founded:",) if n >= 600 else ()),
            )
            if n < 1000
            else (
                "A film's credits show the year it was made:",
                "A foundation stone on a town hall shows the year it was opened:",
                "A school's old sign shows the year it opened:",
                "A railway station has the year it opened painted on the wall:",
            )
        )
        contexts.used("roman_numbered", year_built=n, this_year=year)
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
            ("book_pages", "chapters"),
        ),
        (
            "The pages at the start of a book are numbered in Roman numerals. {name} is reading page {r} and "
            "turns "
            "over to the next page. What is the number of the new page, in digits?",
            1,
            ("roman_numbered", "preface_page"),
        ),
        (
            "A race is held every year and numbered in Roman numerals. This year's race is Great Fun Run "
            "{r}. "
            "What number will next year's race be, in digits?",
            1,
            ("roman_numbered", "race"),
        ),
        (
            "A king in a story is called King Edwin {r}. How many kings called Edwin were there before him?",
            -1,
            ("roman_numbered", "king"),
        ),
        (
            "A clock face has Roman numerals. The hour hand points exactly at {r} and the minute hand points "
            "at XII. "
            "What time is it? Write the hour in digits.",
            0,
            ("roman_numbered", "hour"),
        ),
    ]
    # a setting only where the number (and the next one) is believable for it: a clock stops at XII, a book's front
    # pages at about LX
    fits = [c for c in settings if all(contexts.get(c[2][0])[c[2][1]].holds(v) for v in (n, n + max(c[1], 0)))]
    template, change, (context_id, quantity) = rng.choice(fits)
    contexts.used(context_id, **{quantity: (n, n + 1) if change > 0 else n})
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


# ---------------------------------------------------------------------- explain (issue #15)

_TIP = "I = 1, V = 5, X = 10, L = 50, C = 100; a smaller numeral before a bigger one is taken away."


def _subtractive(rng: random.Random, low: int, high: int) -> int:
    """A number whose numeral takes a symbol away (IV, IX, XL, XC, CD, CM in it)."""
    return rng.choice([n for n in range(low, high + 1) if mis.roman_subtractive_ignored(roman(n)) is not None])


def _explain(rng: random.Random, level: Level) -> Item:
    """Level 1: a numeral read (rightly, or every symbol added); level 2: 'more letters, bigger number'; level 3:
    the years between two dates in Roman numerals (rightly, or one read by adding every symbol)."""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        n = _subtractive(rng, 4, 39)
        numeral = roman(n)
        added = mis.roman_subtractive_ignored(numeral)
        right = rng.random() < 0.4
        claim = n if right else int(added)  # type: ignore[arg-type]
        return explain_claim(
            who,
            f"{numeral} is {show(claim)}.",
            right,
            _roman_steps(numeral),
            f"a smaller symbol before a bigger one is taken away, so {numeral} is {show(n)}"
            + ("." if right else f", not {show(claim)}: adding every symbol gives {show(claim)}."),
            f"{roman_check(numeral)} = {show(claim)}",
            slips=() if right else (claimed_by(mis.roman_subtractive_ignored.on(numeral), claim),),
            hint=hint(level, _TIP),
        )
    if level == Level.EXPECTED:
        want_right = rng.random() < 0.4
        for _ in range(200):
            a, b = rng.sample(range(11, 101), 2)
            if len(roman(a)) > len(roman(b)) and (a > b) == want_right:
                break
        longer, shorter = roman(a), roman(b)
        steps = [*_roman_steps(longer), *_roman_steps(shorter), Step(rel(a, ">" if a > b else "<", b), ".")]
        return explain_claim(
            who,
            f"{longer} is bigger than {shorter}, because it has more letters.",
            a > b,
            steps,
            f"{longer} is {show(a)} and {shorter} is {show(b)}, so {longer} is "
            + (
                "bigger; but the number of letters does not show it: the value of each letter does."
                if a > b
                else "smaller: the number of letters does not decide, the value of each letter does."
            ),
            f"({roman_check(longer)}) > ({roman_check(shorter)})",
            slips=() if a > b else (mis.longer_numeral_bigger.on(a, b),),
        )
    # a year without CM, whose misreading (every symbol added) is still before 2020: MCDXLIX, 1449, read as 1671
    first = rng.choice(
        [
            y
            for y in range(1066, 1900)
            if "CM" not in roman(y) and 0 < (mis.roman_subtractive_ignored(roman(y)) or 0) < 2000
        ]
    )
    misread_year = int(mis.roman_subtractive_ignored(roman(first)))  # type: ignore[arg-type]
    second = rng.randint(max(first, misread_year) + 5, 2025)
    a, b = roman(first), roman(second)
    misread = mis.roman_subtractive_ignored.on(a, before=second)
    right = rng.random() < 0.4
    claim = second - first if right else int(misread.wrong())  # type: ignore[arg-type]
    thing = rng.choice(("A bridge", "A church", "A castle tower", "A town hall", "A market cross"))
    return explain_claim(
        who,
        f"{thing} has {a} carved on it, the year it was built. It was built {show(claim)} years before {b}.",
        right,
        [*_roman_steps(a), *_roman_steps(b), Step(eq(sub(second, first), second - first), " years.")],
        f"{a} is {show(first)} and {b} is {show(second)}, so it was built {show(second - first)} years before"
        + ("." if right else f"; {show(claim)} comes from adding every symbol of {a}, even where one is taken away."),
        f"({roman_check(b)}) − ({roman_check(a)}) = {show(claim)}",
        slips=() if right else (claimed_by(misread, claim),),
    )
