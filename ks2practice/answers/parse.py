"""Readers for typed answers (numbers, money, measures, times, signs, choices, true/false) as exact values."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise
from math import gcd

from ks2practice.answers.kinds import (
    UNITS,
    Answer,
    Comparison,
    Coordinate,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
    format_decimal,
)

MAX_LENGTH = 200
"""Longer responses are refused unread: no answer a KS2 pupil types is that long, and it bounds the work."""


class Unreadable(Exception):
    """A response a reader cannot read; ``reason``, when known, says why in words a child understands."""

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(reason or "unreadable")
        self.reason = reason


# ---------------------------------------------------------------------------------------- cleaning

_VULGAR = {char: unicodedata.normalize("NFKC", char).replace("⁄", "/") for char in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"}
_LOOK_ALIKES = str.maketrans({"−": "-", "–": "-", "‐": "-", "‑": "-", "⁄": "/", "∕": "/"})


def clean(text: str) -> str:
    """One line, single spaces, one kind of minus and slash; refuse empty or over-long text."""
    if len(text) > MAX_LENGTH:
        raise Unreadable("That's too long to read — write just the answer.")
    text = " ".join(text.translate(_LOOK_ALIKES).split())
    if not text:
        raise Unreadable("I can't see an answer yet — type one in.")
    return text


def _spell_out_vulgar(text: str) -> str:
    # '2⅓' becomes '2 1/3 ': the spaces stop the digits of the fraction joining a neighbouring number.
    for char, spelt in _VULGAR.items():
        text = text.replace(char, f" {spelt} ")
    return " ".join(text.split())


# ----------------------------------------------------------------------------------------- numbers


class Form(StrEnum):
    """How a pupil wrote a number; the value is the same whatever the form."""

    WHOLE = "whole"
    DECIMAL = "decimal"
    FRACTION = "fraction"
    MIXED = "mixed"
    PERCENTAGE = "percentage"


@dataclass(frozen=True)
class NumberReading:
    """A number as read: its exact value and how it was written.

    value: the number meant (45% is 9/20); places: decimal places written (for a percentage, before the %);
    simplest: a fraction, or a mixed number's fraction part, is in lowest terms;
    improper: a fraction's numerator ≥ its denominator.
    """

    value: Fraction
    form: Form
    places: int = 0
    simplest: bool = True
    improper: bool = False

    @property
    def written(self) -> Fraction:
        """The number before any % sign: 45 for 45%."""
        return self.value * 100 if self.form is Form.PERCENTAGE else self.value


_WHOLE = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+"
_WHOLE_NUMBER = re.compile(rf"(?P<whole>{_WHOLE})")
_DECIMAL = re.compile(rf"(?P<whole>{_WHOLE})?\.(?P<places>[0-9]*)")
_FRACTION = re.compile(r"(?P<top>[0-9]+)/(?P<bottom>[0-9]+)")
_MIXED = re.compile(r"(?P<whole>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+) (?P<top>[0-9]+)/(?P<bottom>[0-9]+)")
_PERCENT = re.compile(r"(?P<number>.*?) ?(?:%|per ?cent)", re.IGNORECASE)
_BAD_COMMAS = re.compile(r"[0-9][0-9,]*,[0-9,]*(?:\.[0-9]*)?")
_BAD_SPACES = re.compile(r"[0-9]+(?: [0-9]+)+(?:\.[0-9]*)?")
_TRAILING_WORD = re.compile(r".*[0-9.] ?(?P<word>[^\W\d_]+)\.?")


def read_number(text: str) -> NumberReading:
    """Read a whole number, decimal, fraction, mixed number or percentage, remembering how it was written."""
    text = _spell_out_vulgar(clean(text))
    text = re.sub(r" ?/ ?", "/", text)
    percent = _PERCENT.fullmatch(text)
    if percent:
        inner = _read_signed(percent.group("number"))
        return NumberReading(inner.value / 100, Form.PERCENTAGE, inner.places, inner.simplest, inner.improper)
    return _read_signed(text)


def _read_signed(text: str) -> NumberReading:
    text = text.strip()
    sign = 1
    if text[:1] in ("-", "+"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:].lstrip()
    reading = _read_unsigned(text)
    return NumberReading(sign * reading.value, reading.form, reading.places, reading.simplest, reading.improper)


def _read_unsigned(text: str) -> NumberReading:
    if match := _WHOLE_NUMBER.fullmatch(text):
        return NumberReading(Fraction(_digits(match["whole"])), Form.WHOLE)
    if (match := _DECIMAL.fullmatch(text)) and (match["whole"] or match["places"]):
        whole, places = _digits(match["whole"] or "0"), match["places"]
        return NumberReading(
            Fraction(whole * 10 ** len(places) + int(places or 0), 10 ** len(places)), Form.DECIMAL, places=len(places)
        )
    if match := _FRACTION.fullmatch(text):
        top, bottom = int(match["top"]), _denominator(match["bottom"])
        return NumberReading(
            Fraction(top, bottom), Form.FRACTION, simplest=_lowest_terms(top, bottom), improper=top >= bottom
        )
    if match := _MIXED.fullmatch(text):
        top, bottom = int(match["top"]), _denominator(match["bottom"])
        if top >= bottom:
            raise Unreadable("In a mixed number the fraction part is less than 1, like 2 1/3.")
        return NumberReading(
            _digits(match["whole"]) + Fraction(top, bottom), Form.MIXED, simplest=_lowest_terms(top, bottom)
        )
    raise Unreadable(_why_not_a_number(text))


def _digits(grouped: str) -> int:
    return int(grouped.replace(",", "").replace(" ", ""))


def _denominator(digits: str) -> int:
    if int(digits) == 0:
        raise Unreadable("A fraction can't have 0 as its denominator.")
    return int(digits)


def _lowest_terms(top: int, bottom: int) -> bool:
    # 4/1 and 0/5 are not in simplest form either: they are better written 4 and 0.
    return gcd(top, bottom) == 1 and bottom != 1


def _why_not_a_number(text: str) -> str | None:
    if _BAD_COMMAS.fullmatch(text):
        return "Commas go between groups of three digits, like 12,345."
    if _BAD_SPACES.fullmatch(text):
        return "Leave spaces only between groups of three digits, like 12 345."
    if text.startswith("£") or (text.lower().endswith("p") and text[:1].isdigit()):
        return "Write just the number, without £ or p."
    word = _TRAILING_WORD.fullmatch(text)
    if word and unit_called(word["word"]):
        return "Write just the number — no unit is needed here."
    return None


def parse_number(text: str) -> Fraction:
    """The exact value of a typed number (45% is 9/20); ValueError says why when it can't be read."""
    try:
        return read_number(text).value
    except Unreadable as problem:
        raise ValueError(problem.reason or f"can't read {text!r} as a number") from None


def as_decimal(value: Fraction) -> Decimal:
    """The exact Decimal of a value with a terminating decimal (no rounding, no float)."""
    text = format_decimal(value).replace(",", "")
    return Decimal(text)


# ------------------------------------------------------------------------------------------- money


@dataclass(frozen=True)
class MoneyReading:
    """Money as read: the amounts in pence it can mean, or the notation problem that makes it wrong.

    A bare whole number (297) can mean pence or pounds, so it carries both; ``untidy`` marks pounds written
    without exactly two pence digits (£3.5, £3.500); ``problem`` is set for notation no mark scheme accepts
    (£297p, 2.97p, £3.505).
    """

    pence: tuple[int, ...]
    notation: str  # "pounds", "pence" or "bare"
    untidy: bool = False
    problem: str | None = None


_POUNDS_AND_PENCE = re.compile(r"(?P<pounds>[0-9]+) (?P<pence>[0-9]{2})")
_MONEY_WORDS = ((" pounds", "£"), (" pound", "£"), ("pounds", "£"), (" pence", "p"), ("pence", "p"))
_AND_P_TOGETHER = "use £ or p, not both together"
_WHOLE_PENCE = "pence are whole numbers"


def read_money(text: str) -> MoneyReading:
    """Read £3.50, 350p, £2 97, £1,250.00, 3.50 or 350 as pence; £297p and 2.97p are wrong notation."""
    text = clean(text).lower()
    negative = text.startswith("-")
    body = text.lstrip("-+ ")
    for word, symbol in _MONEY_WORDS:
        if body.endswith(word):
            body = symbol + body[: -len(word)].strip() if symbol == "£" else body[: -len(word)].strip() + "p"
            break
    pounds_sign = body.startswith("£")
    pence_sign = body.endswith("p")
    body = body.removeprefix("£").removesuffix("p").strip()
    if body.startswith("-"):  # '£-3' as well as '-£3'
        negative, body = True, body[1:].strip()
    sign = -1 if negative else 1
    if pounds_sign:
        return _pounds(body, sign, trailing_p=pence_sign)
    if pence_sign:
        return _pence(body, sign)
    return _bare(body, sign)


def _pounds(body: str, sign: int, trailing_p: bool) -> MoneyReading:
    if match := _POUNDS_AND_PENCE.fullmatch(body):  # £2 97: pounds, a space, then two pence digits
        return MoneyReading((sign * (int(match["pounds"]) * 100 + int(match["pence"])),), "pounds")
    reading = _money_number(body)
    if trailing_p and not (reading.form is Form.DECIMAL and reading.places == 2):
        # Mark schemes accept £2.97p (the p is redundant) but not £297p, where £ and p disagree.
        return MoneyReading((), "pounds", problem=_AND_P_TOGETHER)
    pence = reading.value * 100
    if pence.denominator != 1:
        return MoneyReading((), "pounds", problem=_WHOLE_PENCE)
    untidy = reading.form is Form.DECIMAL and reading.places not in (0, 2)  # '£3.' is only a stray point
    return MoneyReading((sign * int(pence),), "pounds", untidy=untidy)


def _pence(body: str, sign: int) -> MoneyReading:
    reading = _money_number(body)
    if reading.form is not Form.WHOLE:
        return MoneyReading((), "pence", problem=_WHOLE_PENCE)
    return MoneyReading((sign * int(reading.value),), "pence")


def _bare(body: str, sign: int) -> MoneyReading:
    if _POUNDS_AND_PENCE.fullmatch(body) and not _WHOLE_NUMBER.fullmatch(body):
        return _pounds(body, sign, trailing_p=False)
    reading = _money_number(body)
    if reading.form is Form.WHOLE:  # 297 may be pence, 3 may be pounds: KS2 mark schemes accept either
        pence = int(reading.value)
        return MoneyReading((sign * pence, sign * pence * 100), "bare")
    return _pounds(body, sign, trailing_p=False)


def _money_number(body: str) -> NumberReading:
    if not body:
        raise Unreadable(None)
    reading = _read_unsigned(body)
    if reading.form not in (Form.WHOLE, Form.DECIMAL):
        raise Unreadable("Write money with a point, like £4.25, or in pence, like 425p.")
    return reading


# ---------------------------------------------------------------------------------------- measures

_UNIT_WORDS = {
    "mm": ("mm", "millimetre", "millimeter"),
    "cm": ("cm", "centimetre", "centimeter"),
    "m": ("m", "metre", "meter"),
    "km": ("km", "kilometre", "kilometer"),
    "g": ("g", "gram", "gramme", "gm"),
    "kg": ("kg", "kilogram", "kilogramme", "kilo"),
    "ml": ("ml", "millilitre", "milliliter"),
    "cl": ("cl", "centilitre", "centiliter"),
    "l": ("l", "litre", "liter", "ltr"),
    "mm²": ("mm²", "sqmm"),
    "cm²": ("cm²", "sqcm"),
    "m²": ("m²", "sqm"),
    "km²": ("km²", "sqkm"),
    "mm³": ("mm³",),
    "cm³": ("cm³", "cc"),
    "m³": ("m³",),
    "s": ("s", "sec", "second"),
    "min": ("min", "minute"),
    "h": ("h", "hr", "hour"),
    "°": ("°", "degree", "deg", "º"),
    "°C": ("°c", "ºc", "c", "celsius", "centigrade"),
}
_UNIT_OF_WORD = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
UNIT_NAMES = {
    "mm": "millimetres",
    "cm": "centimetres",
    "m": "metres",
    "km": "kilometres",
    "g": "grams",
    "kg": "kilograms",
    "ml": "millilitres",
    "cl": "centilitres",
    "l": "litres",
    "mm²": "square millimetres",
    "cm²": "square centimetres",
    "m²": "square metres",
    "km²": "square kilometres",
    "mm³": "cubic millimetres",
    "cm³": "cubic centimetres",
    "m³": "cubic metres",
    "s": "seconds",
    "min": "minutes",
    "h": "hours",
    "°": "degrees",
    "°C": "degrees Celsius",
}


def unit_called(word: str) -> str | None:
    """The unit (a key of UNITS) a word names: 'Kilograms' and 'kgs' are kg; None for anything else."""
    if word in UNITS:
        return word
    word = word.lower().rstrip(".")
    if word in _UNIT_OF_WORD:
        return _UNIT_OF_WORD[word]
    if len(word) > 2 and word.endswith("s") and word[:-1] in _UNIT_OF_WORD:  # 'ms' is not metres
        return _UNIT_OF_WORD[word[:-1]]
    return None


@dataclass(frozen=True)
class MeasureReading:
    """A measure as read: (number, unit) parts — '1 h 30 min' has two; a bare number has unit None."""

    parts: tuple[tuple[NumberReading, str | None], ...]

    @property
    def number(self) -> NumberReading:
        return self.parts[0][0]

    @property
    def unit(self) -> str | None:
        return self.parts[0][1] if len(self.parts) == 1 else None

    @property
    def dimension(self) -> str | None:
        unit = self.parts[0][1]
        return UNITS[unit][0] if unit else None

    @property
    def amount(self) -> Fraction:
        """The total in the dimension's base unit (m, g, l, s); a bare number stays as written."""
        total = Fraction(0)
        for number, unit in self.parts:
            total += number.value * (UNITS[unit][1] if unit else 1)
        return total


_UNIT_WORD = re.compile(r"([°º]C|[^\W\d_]+\.?|[°º])")  # letters (and a full stop), °C or a degree sign
_CELSIUS = re.compile(r"(?:[°º] ?|\bdeg(?:ree)?s?\.? )(?:c|celsius|centigrade)\b", re.IGNORECASE)
_JOINED_PARTS = re.compile(r"(?<=[^\W\d_]),? (?:and )?(?=[0-9])")  # '2 hours and 30 minutes', '2 h, 30 min'
_HOURS_MINUTES = re.compile(r"(?P<hours>[0-9]{1,2}):(?P<minutes>[0-5][0-9])")  # a length of time as h:mm


def read_measure(text: str) -> MeasureReading:
    """Read '1.5 kg', '2 kilograms', '2 hours and 30 minutes', '2:30' (a length of time), '−4 °C' or a bare number."""
    text = _square_and_cubic(_spell_out_vulgar(clean(text)))
    if clock := _HOURS_MINUTES.fullmatch(text):
        hours, minutes = (NumberReading(Fraction(int(clock[part])), Form.WHOLE) for part in ("hours", "minutes"))
        return MeasureReading(((hours, "h"), (minutes, "min")))
    text = _JOINED_PARTS.sub(" ", _CELSIUS.sub("°C", text))
    chunks = _UNIT_WORD.split(text)  # number, word, number, word, …, number
    numbers, words = [chunk.strip() for chunk in chunks[::2]], chunks[1::2]
    if not numbers[0] or any(not number for number in numbers[1:-1]):
        raise Unreadable(None)
    if numbers[-1] and words:
        raise Unreadable("Write a unit after each number, like 1 h 30 min.")
    pairs = zip(numbers[:-1], words, strict=True)
    parts = [(read_number(number), _unit_or_refuse(word)) for number, word in pairs]
    if not words:
        parts = [(read_number(numbers[0]), None)]
    if len({UNITS[unit][0] for _, unit in parts if unit}) > 1:
        raise Unreadable("Use units of one kind together, like 2 kg 300 g.")
    if any(UNITS[small][1] >= UNITS[big][1] for (_, big), (_, small) in pairwise(parts)):  # '5 cm, 6 cm'
        raise Unreadable("Write each unit once, the biggest first, like 2 kg 300 g.")
    if any(number.form is Form.PERCENTAGE for number, unit in parts if unit):
        raise Unreadable(None)
    return MeasureReading(tuple(parts))


# Squares and cubes typed without superscripts: 'cm2', 'cm^2', 'sq cm', 'square centimetres', 'cubic metres'.
_POWER_TYPED = re.compile(r"(?<![^\W\d_])(mm|cm|m|km)\^?([23])(?![0-9.]|\s*[^\W\d_])")
_SQUARE_WORDS = re.compile(
    r"\b(square|sq\.?|cubic|cu\.?) ?(millimetre|centimetre|metre|kilometre|mm|cm|km|m)s?\b", re.IGNORECASE
)
_SHORT = {"millimetre": "mm", "centimetre": "cm", "metre": "m", "kilometre": "km"}


def _square_and_cubic(text: str) -> str:
    text = _POWER_TYPED.sub(lambda m: m[1] + ("²" if m[2] == "2" else "³"), text)
    return _SQUARE_WORDS.sub(
        lambda m: _SHORT.get(m[2].lower(), m[2].lower()) + ("³" if m[1].lower().startswith("cu") else "²"), text
    )


def _unit_or_refuse(word: str) -> str:
    unit = unit_called(word)
    if unit is None:
        raise Unreadable(f"I don't know the unit '{_shorten(word, 16)}' — try one like kg, cm or ml.")
    return unit


def _shorten(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


# ------------------------------------------------------------------------------------ times of day


@dataclass(frozen=True)
class TimeReading:
    """A time of day in minutes after midnight; ``other`` is the time 12 hours away when am/pm is missing.

    form: "12" when written with am/pm or said in words, "24" when it can only be a 24-hour time (14:05, 09:30,
    1405), None when it could be either (noon, 2:05).
    """

    minutes: int
    other: int | None = None
    form: str | None = None


_NAMED_TIMES = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
_NAMED_TIME = re.compile(r"(?:12(?:[:.]00)? ?)?(?P<name>noon|midday|midnight)")
_MERIDIEM = re.compile(r"(?P<clock>.*?) ?(?P<half>[ap])\.? ?m\.?")
_CLOCK = re.compile(r"(?P<hour>[0-9]{1,2})(?:[:. ](?P<minute>[0-9]+))?(?P<oclock> ?o'? ?clock)?")
_FOUR_DIGITS = re.compile(r"(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})")


def read_time(text: str) -> TimeReading:
    """Read 14:05, 14.05, 1405, 2:05 pm, 2.05 p.m., 2 pm, 12 noon, midnight; 2:05 alone is 02:05 or 14:05.

    Times said aloud are read too: 'quarter to eight', 'twenty-five past 3 pm', "seven o'clock".
    """
    text = clean(text).lower().replace("’", "'")
    if named := _NAMED_TIME.fullmatch(text):
        return TimeReading(_NAMED_TIMES[named["name"]])
    if spoken := _SPOKEN_TIME.fullmatch(text):
        return _spoken(spoken)
    if meridiem := _MERIDIEM.fullmatch(text):
        hour, minute = _clock(meridiem["clock"], needs_minutes=False)
        if not 1 <= hour <= 12:
            raise Unreadable("With am or pm the hour goes from 1 to 12.")
        return TimeReading((hour % 12 + (12 if meridiem["half"] == "p" else 0)) * 60 + minute, form="12")
    if four := _FOUR_DIGITS.fullmatch(text):
        return TimeReading(_24_hour(int(four["hour"]), int(four["minute"])), form="24")
    hour, minute = _clock(text, needs_minutes=True)
    minutes = _24_hour(hour, minute)
    if 1 <= hour <= 12 and not text.startswith("0"):  # no am/pm and no leading zero: it could be either half
        return TimeReading(minutes, (minutes + 12 * 60) % (24 * 60))
    return TimeReading(minutes, form="24")


# Times as said in class: 'quarter past three', 'twenty-five to 9', "seven o'clock", with am/pm if wanted.
_SAID_NUMBERS = (
    {
        word: n
        for n, word in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty".split()
        )
    }
    | {f"twenty{gap}{word}": 20 + n for gap in ("-", " ") for word, n in (("one", 1), ("two", 2), ("three", 3))}
    | {
        f"twenty{gap}{word}": 20 + n
        for gap in ("-", " ")
        for word, n in (("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))
    }
)
_SAID_HOUR = r"[a-z]+|[0-9]{1,2}"
_SAID_MINUTES = r"twenty[- ][a-z]+|[a-z]+|[0-9]{1,2}"
_SPOKEN_TIME = re.compile(
    rf"(?:(?P<amount>{_SAID_MINUTES})(?: minutes?)? (?P<way>past|to) (?P<hour>{_SAID_HOUR})"
    rf"|(?P<oclock>{_SAID_HOUR}) ?o'? ?clock)(?: ?(?P<half>[ap])\.? ?m\.?)?"
)


def _said_number(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word not in _SAID_NUMBERS:
        raise Unreadable(None)
    return _SAID_NUMBERS[word]


def _spoken(match: re.Match[str]) -> TimeReading:
    hour = _said_number(match["hour"] or match["oclock"])
    amount = {"quarter": 15, "half": 30}.get(match["amount"] or "", None)
    minutes = 0 if match["oclock"] else amount if amount is not None else _said_number(match["amount"])
    if not 1 <= hour <= 12 or not (match["oclock"] or 1 <= minutes <= 30):
        raise Unreadable("Say it like 'quarter to eight' or 'ten past 3': up to 30 minutes past or to an hour.")
    if match["way"] == "to":
        hour, minutes = hour - 1, 60 - minutes
    morning = (hour % 12) * 60 + minutes
    if match["half"]:
        return TimeReading(morning + (12 * 60 if match["half"] == "p" else 0), form="12")
    return TimeReading(morning, morning + 12 * 60, form="12")


def _clock(text: str, needs_minutes: bool) -> tuple[int, int]:
    match = _CLOCK.fullmatch(text)
    if not match or (needs_minutes and match["minute"] is None and not match["oclock"]):
        raise Unreadable(None)
    if match["minute"] is not None and match["oclock"]:
        raise Unreadable(None)
    minute_text = match["minute"] or "00"
    if len(minute_text) != 2:
        raise Unreadable("Write the minutes with two digits, like 9:05.")
    if int(minute_text) > 59:
        raise Unreadable("There are 60 minutes in an hour, so the minutes go up to 59.")
    return int(match["hour"]), int(minute_text)


def _24_hour(hour: int, minute: int) -> int:
    if minute > 59:
        raise Unreadable("There are 60 minutes in an hour, so the minutes go up to 59.")
    if hour > 23:
        raise Unreadable("On the 24-hour clock the hours go from 00 to 23.")
    return hour * 60 + minute


# ---------------------------------------------------------------------------------- signs, choices

_SIGN_WORDS = {
    "<": ("<", "less than", "smaller than", "fewer than", "lower than", "less", "smaller", "fewer"),
    ">": (
        ">",
        "greater than",
        "more than",
        "bigger than",
        "larger than",
        "higher than",
        "greater",
        "more",
        "bigger",
        "larger",
    ),
    "=": ("=", "==", "equal to", "equals", "equal", "the same as", "same as", "the same"),
}
_SIGN_OF_WORDS = {words: sign for sign, all_words in _SIGN_WORDS.items() for words in all_words}


def read_sign(text: str) -> str:
    """Read <, > or = from the sign or words such as 'less than', 'more than', 'the same as'."""
    text = clean(text).lower().rstrip(".!")
    text = text.removeprefix("it is ").removeprefix("is ").strip()
    if text in _SIGN_OF_WORDS:
        return _SIGN_OF_WORDS[text]
    raise Unreadable(None)


def _squash(text: str) -> str:
    return "".join(text.translate(_LOOK_ALIKES).split()).lower()


_LETTER = re.compile(r"(?:option |answer )?\(?(?P<letter>[a-z])[).:]?")


def read_choice(text: str, options: tuple[str, ...]) -> int:
    """The index of the option chosen by its text (case and spaces ignored) or its letter (A, b), (c))."""
    text = clean(text)
    for index, option in enumerate(options):  # an option's own text wins: an option may itself be 'B'
        if _squash(option) == _squash(text):
            return index
    if (same_time := _option_at_same_time(text, options)) is not None:
        return same_time
    letter = _LETTER.fullmatch(text.lower())
    if not letter:
        raise Unreadable(None)
    index = ord(letter["letter"]) - ord("a")
    if index >= len(options):
        raise Unreadable(f"Choose a letter from A to {chr(ord('A') + len(options) - 1)}.")
    return index


def _option_at_same_time(text: str, options: tuple[str, ...]) -> int | None:
    """The one option that is the same time of day as the response (16:00 for '4:00 pm'), if options are times."""
    try:
        said = read_time(text)
    except Unreadable:
        return None
    meant = {said.minutes} if said.other is None else {said.minutes, said.other}
    matches = []
    for index, option in enumerate(options):
        try:
            time = read_time(option)
        except Unreadable:
            continue
        if time.other is None and time.minutes in meant:
            matches.append(index)
    return matches[0] if len(matches) == 1 else None


def choice_letter(index: int) -> str:
    return chr(ord("A") + index)


_TRUTH = {
    "true": True,
    "t": True,
    "yes": True,
    "y": True,
    "✓": True,
    "✔": True,
    "right": True,
    "correct": True,
    "false": False,
    "f": False,
    "no": False,
    "n": False,
    "✗": False,
    "✘": False,
    "wrong": False,
    "incorrect": False,
}


def read_truth(text: str) -> bool:
    """Read true/false, t/f, yes/no, y/n (or a tick or cross)."""
    text = clean(text).lower().rstrip(".!")
    if text in _TRUTH:
        return _TRUTH[text]
    raise Unreadable(None)


_POINT = re.compile(
    r"\(?\s*(?P<x>-?\s*\d+)\s*[,;]?\s+(?P<y>-?\s*\d+)\s*\)?|\(?\s*(?P<x2>-?\s*\d+)\s*[,;]\s*(?P<y2>-?\s*\d+)\s*\)?"
)


def read_coordinate(text: str) -> tuple[int, int]:
    """Read a point written (3, -2), 3,-2, (3; −2) or 3 -2 as whole-number (x, y)."""
    match = _POINT.fullmatch(clean(text))
    if not match:
        raise Unreadable("Write the point like (3, 2): x first, then y.")
    x, y = (match["x"], match["y"]) if match["x"] is not None else (match["x2"], match["y2"])
    return int(x.replace(" ", "")), int(y.replace(" ", ""))


# -------------------------------------------------------------------------------- expected answers

_EXAMPLES = "write it like 84, 2.5, 3/4, 2 1/3, 45%, £2.97, 350p, 1.5 kg, 14:05, <, or true"


def infer(expected: str, *, simplest: bool = False, unit: str | None = None) -> Answer:
    """Build the answer kind a teacher's expected answer describes: '84', '2.5', '3/4', '£3.50', '1.5 kg', ….

    Raises ValueError with a teacher-friendly message when the expected text can't be used as a key.
    """
    if not isinstance(expected, str):
        raise ValueError("the expected answer must be text, such as '84' or '3/4'")
    try:
        text = clean(expected)
    except Unreadable as problem:
        raise ValueError(problem.reason) from None
    if unit is not None:
        return _infer_measure(text, unit)
    for looks_like, build in _INFERENCES:
        if looks_like(text):
            try:
                return build(text, simplest)
            except Unreadable as problem:
                raise ValueError(problem.reason or f"I can't read {text!r}; {_EXAMPLES}") from None
    raise ValueError(f"I can't tell what kind of answer {text!r} is; {_EXAMPLES}")


def _looks_like_truth(text: str) -> bool:
    return text.lower() in ("true", "false", "yes", "no")


def _looks_like_sign(text: str) -> bool:
    return text.lower().rstrip(".") in _SIGN_OF_WORDS


def _looks_like_money(text: str) -> bool:
    return "£" in text or bool(re.fullmatch(r"-?[0-9][0-9,. ]* ?(p|pence|pounds?)", text, re.IGNORECASE))


def _looks_like_time(text: str) -> bool:
    named = re.search(r"[ap]\.? ?m\.?$|noon|midday|midnight|o'?clock", text, re.IGNORECASE)
    return ":" in text or bool(named)


def _looks_like_measure(text: str) -> bool:
    word = re.search(r"([^\W\d_]+|[°º])\.?$", text)
    return bool(word and unit_called(word.group(1)))


def _looks_like_point(text: str) -> bool:
    return text.startswith("(") and text.endswith(")") and ("," in text or ";" in text)


def _infer_point(text: str, simplest: bool) -> Answer:
    return Coordinate(*read_coordinate(text))


def _infer_truth(text: str, simplest: bool) -> Answer:
    return TrueFalse(read_truth(text))


def _infer_sign(text: str, simplest: bool) -> Answer:
    return Comparison(read_sign(text))


def _infer_money(text: str, simplest: bool) -> Answer:
    reading = read_money(text)
    if reading.problem or len(reading.pence) != 1:
        raise ValueError(f"{text!r} is not a way to write money ({reading.problem}); write £2.97 or 297p")
    return Money(reading.pence[0])


def _infer_time(text: str, simplest: bool) -> Answer:
    reading = read_time(text)
    if reading.other is not None:
        raise ValueError(f"{text!r} could be morning or evening; write it with am/pm or as a 24-hour time")
    return TimeOfDay(reading.minutes)


def _infer_measure_text(text: str, simplest: bool) -> Answer:
    reading = read_measure(text)
    if any(number.form is Form.PERCENTAGE for number, _ in reading.parts):
        raise ValueError(f"{text!r} mixes a percentage and a unit")
    smallest = min((unit for _, unit in reading.parts if unit), key=lambda unit: UNITS[unit][1])
    return Measure(_exact_value(reading.amount / UNITS[smallest][1]), smallest)


def _infer_measure(text: str, unit: str) -> Answer:
    canonical = unit_called(unit.strip())
    if canonical is None:
        raise ValueError(f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    try:
        reading = read_measure(text)
    except Unreadable as problem:
        raise ValueError(problem.reason or f"I can't read {text!r} as an amount, such as 1.5") from None
    if reading.number.form is Form.PERCENTAGE:
        raise ValueError(f"{text!r} is a percentage, not an amount in {canonical}")
    if len(reading.parts) == 1 and reading.unit is None:
        return Measure(_exact_value(reading.number.value), canonical)
    if reading.dimension != UNITS[canonical][0]:
        raise ValueError(f"{text!r} is not measured in the same kind of unit as {canonical}")
    return Measure(_exact_value(reading.amount / UNITS[canonical][1]), canonical)


def _infer_number(text: str, simplest: bool) -> Answer:
    reading = read_number(text)
    if reading.form is Form.PERCENTAGE:
        return Percentage(_exact_value(reading.written))
    if reading.form is Form.WHOLE:
        return WholeNumber(int(reading.value))
    if reading.form is Form.DECIMAL:
        return DecimalNumber(as_decimal(reading.value))
    if simplest and not reading.simplest:
        raise ValueError(f"{text!r} is not in its simplest form, so it can't be a simplest-form key")
    return FractionAnswer(reading.value, simplest=simplest, decimal=True)


def _exact_value(value: Fraction) -> int | Decimal | Fraction:
    """An int when whole, an exact Decimal when it terminates, otherwise the Fraction itself."""
    if value.denominator == 1:
        return int(value)
    try:
        return as_decimal(value)
    except ValueError:
        return value


_INFERENCES = (
    (_looks_like_point, _infer_point),
    (_looks_like_truth, _infer_truth),
    (_looks_like_sign, _infer_sign),
    (_looks_like_money, _infer_money),
    (_looks_like_time, _infer_time),
    (_looks_like_measure, _infer_measure_text),
    (lambda text: True, _infer_number),
)
