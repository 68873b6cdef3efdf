"""Wording shared by every strand's topics: names, how numbers are shown, hints, number words and making an Item."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from ks2practice.answers.kinds import Answer, format_decimal, format_whole
from ks2practice.core.model import Item, Level, Predicted

NAMES = (
    "Amir",
    "Bella",
    "Chloe",
    "Dev",
    "Ellie",
    "Femi",
    "Grace",
    "Harry",
    "Isla",
    "Jamal",
    "Kai",
    "Leah",
    "Mo",
    "Niamh",
    "Oliver",
    "Priya",
    "Rhys",
    "Sofia",
    "Tom",
    "Zara",
    "Aisha",
    "Callum",
    "Ewan",
    "Hana",
    "Jack",
    "Lily",
    "Noah",
    "Ruby",
    "Sam",
    "Yusuf",
    "Olek",
    "Maya",
)

PLACE_NAMES = ("ones", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands", "millions")
SINGULAR = ("one", "ten", "hundred", "thousand", "ten thousand", "hundred thousand", "million")


# ---------------------------------------------------------------------- shared helpers


def show(value: int | Fraction | object) -> str:
    """A number as printed in a prompt: 1000 but 10,000; decimals exact; a true minus sign (−)."""
    if isinstance(value, int):
        text = format_whole(value)
    else:
        fraction = Fraction(value)  # type: ignore[arg-type]
        text = format_whole(fraction.numerator) if fraction.denominator == 1 else format_decimal(fraction)
    return text.replace("-", "−")


def bracket(value: int) -> str:
    """A number for a check expression: negatives in brackets so '5 − (−3)' reads as intended."""
    return f"({show(value)})" if value < 0 else show(value)


def hint(level: Level, text: str) -> str:
    """A scaffold added to level-1 prompts only."""
    return f" (Hint: {text})" if level == Level.WORKING_TOWARDS else ""


def lettered(options: Sequence[str]) -> str:
    """Options labelled A, B, C… for a prompt."""
    return "   ".join(f"{chr(65 + i)}) {option}" for i, option in enumerate(options))


def name(rng: random.Random, avoid: Sequence[str] = ()) -> str:
    return rng.choice([n for n in NAMES if n not in avoid])


def number_with_digits(rng: random.Random, digits: int, zeros: bool = True) -> int:
    """A random whole number with exactly this many digits (no zeros at all when zeros is False)."""
    if zeros:
        return rng.randint(10 ** (digits - 1), 10**digits - 1)
    return int("".join(str(rng.randint(1, 9)) for _ in range(digits)))


def make(
    prompt: str,
    answer: Answer,
    steps: Sequence[str],
    style: str,
    check: str,
    working: str | None = None,
    predicted: Sequence[Predicted] = (),
) -> Item:
    """An Item whose solution ends at the key (an 'Answer:' line is added unless the last step shows it)."""
    steps = list(steps)
    if not steps or answer.format() not in steps[-1]:
        steps.append(f"Answer: {answer.format()}")
    return Item(
        prompt=prompt,
        answer=answer,
        solution=tuple(steps),
        style=style,
        check=check,
        working=working,
        misconceptions=tuple(predicted),
    )


def sign_of(a: Fraction | int, b: Fraction | int) -> str:
    return "<" if a < b else ">" if a > b else "="


def truth_word(value: bool) -> str:
    return "true" if value else "false"


def place_name(place: int) -> str:
    return PLACE_NAMES[place]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def digit_at(number: int, place: int) -> int:
    return (abs(number) // 10**place) % 10


def without_digit(number: int, place: int) -> int:
    """The number with the digit in one place replaced by 0 (4,725 without its hundreds is 4,025)."""
    return number - digit_at(number, place) * 10**place


# ---------------------------------------------------------------------- number words


_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES = {w: i for i, w in enumerate(_ONES) if w} | {w: 10 * i for i, w in enumerate(_TENS) if w}


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    return f"{_ONES[hundreds]} hundred" + (f" and {_below_hundred(rest)}" if rest else "")


def words(n: int) -> str:
    """A whole number from 1 to 9,999,999 in words as written in England: 'forty-three thousand, two hundred
    and six'."""
    if not 0 < n < 10**7:
        raise ValueError("words() covers 1 to 9,999,999")
    millions, thousands, rest = n // 10**6, n // 1000 % 1000, n % 1000
    parts = []
    if millions:
        parts.append(f"{_below_thousand(millions)} million")
    if thousands:
        parts.append(f"{_below_thousand(thousands)} thousand")
    if rest and parts and rest < 100:
        return ", ".join(parts) + f" and {_below_hundred(rest)}"
    if rest:
        parts.append(_below_thousand(rest))
    return ", ".join(parts)


def words_check(text: str) -> str:
    """Read number words back into a notation expression, independently of words().

    'two hundred and six' → '2 × 100 + 6'.
    """
    terms: list[str] = []
    group: list[str] = []
    for word in text.replace(",", " ").replace("-", " ").split():
        if word == "and":
            continue
        if word in _WORD_VALUES:
            group.append(str(_WORD_VALUES[word]))
        elif word == "hundred":
            group[-1] = f"{group[-1]} × 100"
        elif word in ("thousand", "million"):
            size = "1000" if word == "thousand" else "1000000"
            terms.append(f"({' + '.join(group)}) × {size}")
            group = []
        else:
            raise ValueError(f"not a number word: {word!r}")
    return " + ".join(terms + group)
