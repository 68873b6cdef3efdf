"""Number words as written in England (forty-three thousand, two hundred and six), and reading them back."""

from __future__ import annotations

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
