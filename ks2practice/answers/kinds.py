"""The answer kinds: what a correct answer is, how it is written in a key, and its marking rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ks2practice.core.model import Verdict

Number = int | Fraction | Decimal


def as_fraction(value: Number) -> Fraction:
    """An exact Fraction for an int, Fraction or Decimal (never a float)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"exact values only, not {type(value).__name__}")
    return Fraction(value)


def format_decimal(value: Fraction, places: int | None = None) -> str:
    """Write a terminating value as a decimal: 5/2 → '2.5'; with places, padded or refused if not exact."""
    value = Fraction(value)
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        raise ValueError(f"{value} has no exact decimal")
    needed = max(twos, fives)
    if places is not None:
        if places < needed:
            raise ValueError(f"{value} needs {needed} decimal places")
        needed = places
    scaled = abs(value) * 10**needed
    whole, frac = divmod(int(scaled), 10**needed)
    sign = "-" if value < 0 else ""
    text = f"{whole:,}" if abs(whole) >= 10000 else str(whole)
    return f"{sign}{text}.{frac:0{needed}d}" if needed else f"{sign}{text}"


def format_whole(value: int) -> str:
    """Write a whole number as KS2 papers do: commas from five digits on (1000 but 10,000)."""
    return f"{value:,}" if abs(value) >= 10000 else str(value)


def format_fraction(value: Fraction, mixed: bool = True) -> str:
    """Write a fraction in lowest terms, as a mixed number ('2 1/3') when asked and improper."""
    value = Fraction(value)
    if value.denominator == 1:
        return format_whole(value.numerator)
    sign = "-" if value < 0 else ""
    num, den = abs(value.numerator), value.denominator
    if mixed and num > den:
        whole, rest = divmod(num, den)
        return f"{sign}{format_whole(whole)} {rest}/{den}"
    return f"{sign}{num}/{den}"


# answers.marking hands its mark() over when it is imported (answers/__init__.py imports it), so kinds, which marking
# reads, never import marking back: no import circle inside the layer.
_MARKER: list[Callable[[Answer, str], Verdict]] = []


def use_marker(mark: Callable[[Answer, str], Verdict]) -> None:
    """Let Answer.check() mark with this function (answers.marking's mark)."""
    _MARKER[:] = [mark]


@dataclass(frozen=True)
class Answer:
    """Base of every answer kind: format() writes the key, check() marks a response, rule() explains."""

    def format(self) -> str:
        raise NotImplementedError

    def numeric(self) -> Fraction | None:
        """The exact number an independent evaluator should reach, or None for non-numeric kinds."""
        return None

    def rule(self) -> str:
        raise NotImplementedError

    def check(self, response: str) -> Verdict:
        return _MARKER[0](self, response)


def _check_unit(unit: str | None) -> None:
    if unit is not None and unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; known: {', '.join(UNITS)}")


def unit_note(unit: str | None) -> str:
    """The rule's words for a number counted in a unit the question names: it may be written or left off."""
    return "" if unit is None else f" The unit ({unit}) may be written after it or left off."


@dataclass(frozen=True)
class WholeNumber(Answer):
    """A whole number; ``unit`` set means the question counts it in that unit ('□ m'), which may be written."""

    value: int
    unit: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise TypeError("WholeNumber needs an int")
        _check_unit(self.unit)

    def format(self) -> str:
        return format_whole(self.value)

    def numeric(self) -> Fraction:
        return Fraction(self.value)

    def rule(self) -> str:
        return "Accept the number written with or without commas or spaces between thousands." + unit_note(self.unit)


@dataclass(frozen=True)
class DecimalNumber(Answer):
    """A decimal answer; ``places`` set means exactly that many decimal places are required."""

    value: Decimal
    places: int | None = None
    unit: str | None = None  # the unit the question counts it in, as for WholeNumber

    def __post_init__(self) -> None:
        if not isinstance(self.value, (Decimal, int, Fraction)) or isinstance(self.value, bool):
            raise TypeError("DecimalNumber needs a Decimal, int or Fraction")
        _check_unit(self.unit)
        format_decimal(as_fraction(self.value), self.places)  # refuses values with no exact decimal

    def format(self) -> str:
        return format_decimal(as_fraction(self.value), self.places)

    def numeric(self) -> Fraction:
        return as_fraction(self.value)

    def rule(self) -> str:
        if self.places is not None:
            return f"Accept the exact value written to {self.places} decimal places." + unit_note(self.unit)
        return "Accept the exact value; extra zeros at the end (0.50) are fine." + unit_note(self.unit)


@dataclass(frozen=True)
class FractionAnswer(Answer):
    """A fraction or mixed number.

    simplest: the answer must be in its simplest form (an unsimplified equal answer is 'try again');
    mixed / improper: which of the two forms of a value greater than 1 are accepted;
    decimal: an exactly equal decimal is accepted (a rounded one never is);
    unit: the unit the question counts it in ('7/8 m' or '7/8'), as for WholeNumber.
    """

    value: Fraction
    simplest: bool = False
    mixed: bool = True
    improper: bool = True
    decimal: bool = False
    unit: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, (Fraction, int)) or isinstance(self.value, bool):
            raise TypeError("FractionAnswer needs a Fraction")
        _check_unit(self.unit)
        if not (self.mixed or self.improper):
            raise ValueError("allow mixed numbers, improper fractions or both")

    def format(self) -> str:
        return format_fraction(Fraction(self.value), mixed=self.mixed)

    def numeric(self) -> Fraction:
        return Fraction(self.value)

    def rule(self) -> str:
        parts = ["Accept the simplest form only." if self.simplest else "Accept any equivalent fraction."]
        if abs(Fraction(self.value)) > 1 and Fraction(self.value).denominator != 1:
            if self.mixed and self.improper:
                parts.append("A mixed number or an improper fraction is fine.")
            elif self.mixed:
                parts.append("Write it as a mixed number.")
            else:
                parts.append("Write it as an improper fraction.")
        if self.decimal:
            parts.append("An exact decimal is fine; a rounded one is not.")
        return " ".join(parts) + unit_note(self.unit)


@dataclass(frozen=True)
class Percentage(Answer):
    """A percentage such as 45%; value is the number before the % sign."""

    value: Fraction | int | Decimal

    def format(self) -> str:
        return f"{format_decimal(as_fraction(self.value))}%"

    def numeric(self) -> Fraction:
        return as_fraction(self.value)

    def rule(self) -> str:
        return "Accept the percentage with or without the % sign."


@dataclass(frozen=True)
class Money(Answer):
    """An amount of money held in whole pence; shown in pounds from £1, in pence below."""

    pence: int

    def __post_init__(self) -> None:
        if isinstance(self.pence, bool) or not isinstance(self.pence, int):
            raise TypeError("Money needs whole pence as an int")

    def format(self) -> str:
        if abs(self.pence) < 100:
            return f"{self.pence}p"
        sign = "-" if self.pence < 0 else ""
        pounds, pence = divmod(abs(self.pence), 100)
        return f"{sign}£{format_whole(pounds)}.{pence:02d}"

    def numeric(self) -> Fraction:
        """In pence: checks for money items are written in pence."""
        return Fraction(self.pence)

    def rule(self) -> str:
        return (
            "Accept pounds (£2.97, £2 97, £2.97p) or pence (297p), and the bare 2.97 or 297 as KS2 mark "
            "schemes do; £297p, £297, 2.97p and £2.9 (pence need two digits) are wrong, as they mark them."
        )


UNITS: dict[str, tuple[str, Fraction]] = {
    "mm": ("length", Fraction(1, 1000)),
    "cm": ("length", Fraction(1, 100)),
    "m": ("length", Fraction(1)),
    "km": ("length", Fraction(1000)),
    "g": ("mass", Fraction(1)),
    "kg": ("mass", Fraction(1000)),
    "ml": ("capacity", Fraction(1, 1000)),
    "cl": ("capacity", Fraction(1, 100)),
    "l": ("capacity", Fraction(1)),
    # area and volume (square and cubic metres as the base): perimeter, area and volume answers need them
    "mm²": ("area", Fraction(1, 10**6)),
    "cm²": ("area", Fraction(1, 10**4)),
    "m²": ("area", Fraction(1)),
    "km²": ("area", Fraction(10**6)),
    "mm³": ("volume", Fraction(1, 10**9)),
    "cm³": ("volume", Fraction(1, 10**6)),
    "m³": ("volume", Fraction(1)),
    "s": ("time", Fraction(1)),
    "min": ("time", Fraction(60)),
    "h": ("time", Fraction(3600)),
    "°": ("angle", Fraction(1)),
    "°C": ("temperature", Fraction(1)),  # the only temperature unit KS2 uses: nothing converts
}
"""Metric units (and time, and angles in degrees) with their dimension and size in the dimension's base unit."""


@dataclass(frozen=True)
class Measure(Answer):
    """A measure as (value, unit); an equal measure in another unit of the same kind is right."""

    value: Fraction | int | Decimal
    unit: str
    unit_required: bool = True

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}; known: {', '.join(UNITS)}")
        as_fraction(self.value)

    def format(self) -> str:
        value = as_fraction(self.value)
        try:
            number = format_decimal(value)
        except ValueError:
            number = format_fraction(value)
        return f"{number}°" if self.unit == "°" else f"{number} {self.unit}"  # 65°, as angles are written

    def numeric(self) -> Fraction:
        return as_fraction(self.value)

    def rule(self) -> str:
        need = "The unit is needed; " if self.unit_required else ""
        return f"{need}an equal amount in another unit ({self.format()}) is fine; a wrong unit is wrong."


@dataclass(frozen=True)
class TimeOfDay(Answer):
    """A time of day in minutes after midnight; 24-hour (14:05) and 12-hour (2:05 pm) forms are accepted.

    form: "24" or "12" when the question asks for that clock ('as a 24-hour time'); the other form is then
    'try again', shown how; None (the default) accepts either.
    """

    minutes: int
    twelve_hour: bool = False  # write the key as the question did ('5:00 pm')
    form: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.minutes < 24 * 60:
            raise ValueError("a time of day is between 00:00 and 23:59")
        if self.form not in (None, "12", "24"):
            raise ValueError('form is "12", "24" or None')

    def format(self) -> str:
        hours, minutes = divmod(self.minutes, 60)
        if self.twelve_hour:
            return f"{(hours - 1) % 12 + 1}:{minutes:02d} {'am' if hours < 12 else 'pm'}"
        return f"{hours:02d}:{minutes:02d}"

    def numeric(self) -> Fraction:
        return Fraction(self.minutes)

    def rule(self) -> str:
        if self.form == "24":
            return "Accept the 24-hour time (14:05), as the question asks; 2:05 pm is 'try again'."
        if self.form == "12":
            return "Accept the 12-hour time with am/pm (2:05 pm), as the question asks; 14:05 is 'try again'."
        return "Accept 24-hour (14:05) or 12-hour with am/pm (2:05 pm); 2:05 alone for 14:05 is 'try again'."


@dataclass(frozen=True)
class Comparison(Answer):
    """One of the signs <, > or =."""

    sign: str

    def __post_init__(self) -> None:
        if self.sign not in ("<", ">", "="):
            raise ValueError("a comparison answer is <, > or =")

    def format(self) -> str:
        return self.sign

    def rule(self) -> str:
        return "Accept the sign (<, >, =) or the words 'less than', 'greater than', 'equal to'."


@dataclass(frozen=True)
class Choice(Answer):
    """Pick one of several options, by its letter (A, B, …) or its text."""

    options: tuple[str, ...]
    correct: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "options", tuple(self.options))
        if not 0 <= self.correct < len(self.options):
            raise ValueError("correct must index an option")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must differ")

    def format(self) -> str:
        return self.options[self.correct]

    def rule(self) -> str:
        return "Accept the option's letter or its text."


@dataclass(frozen=True)
class Coordinate(Answer):
    """A point on a coordinate grid, (x, y), whole-number coordinates; written (3, −2)."""

    x: int
    y: int

    def __post_init__(self) -> None:
        for value in (self.x, self.y):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("Coordinate needs whole-number x and y")

    def format(self) -> str:
        return "(" + ", ".join(str(v).replace("-", "−") for v in (self.x, self.y)) + ")"

    def rule(self) -> str:
        return "Accept (x, y) with or without brackets, x first; (3, −2), 3, -2 and (3,-2) are the same point."


@dataclass(frozen=True)
class TrueFalse(Answer):
    value: bool

    def format(self) -> str:
        return "true" if self.value else "false"

    def rule(self) -> str:
        return "Accept true/false, yes/no, T/F."
