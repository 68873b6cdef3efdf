"""Picture records' common ground: the Diagram base class and kind registry, exact-value checks, number text."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from ks2practice.pictures.diagrams.lines import DoubleNumberLine
    from ks2practice.pictures.diagrams.tables import RatioTable


Number = int | Fraction | Decimal
UNKNOWN = "?"  # a value the pupil has to find, shown as a question mark
BLANK = ""  # a value left unlabelled (an empty box, an unlabelled part)


class DiagramError(ValueError):
    """A representation record that cannot be drawn truthfully; the message says what to change."""


# ----------------------------------------------------------------------------------------------------
# Writing values as text (shared with the renderer so a picture and its description agree)
# ----------------------------------------------------------------------------------------------------

MINUS = "\u2212"  # the minus sign printed in KS2 papers, not a hyphen


def is_number(value: object) -> bool:
    """True for the exact numbers a record may hold: int, Fraction or Decimal (never bool or float)."""
    return isinstance(value, (int, Fraction, Decimal)) and not isinstance(value, bool)


def whole_text(value: int) -> str:
    """A whole number as KS2 papers write it: commas from five digits on (1000 but 10,000)."""
    digits = f"{abs(value):,}" if abs(value) >= 10000 else str(abs(value))
    return MINUS + digits if value < 0 else digits


def decimal_text(value: Decimal) -> str:
    """A Decimal exactly as written (0.50 keeps its zero), with thousands commas and a true minus sign."""
    whole, point, rest = format(abs(value), "f").partition(".")
    text = whole_text(int(whole)) + point + rest
    return MINUS + text if value < 0 else text


def fraction_parts(value: Fraction) -> tuple[str, int, int, int]:
    """Split a fraction into (sign, whole, numerator, denominator): -7/3 → ('−', 2, 1, 3)."""
    sign = MINUS if value < 0 else ""
    whole, numerator = divmod(abs(value.numerator), value.denominator)
    return sign, whole, numerator, value.denominator


def number_text(value: Number | str) -> str:
    """A value as plain text: 12,500, 0.75, 2 1/3, −4, or a label such as '?' unchanged."""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return whole_text(value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    if value.denominator == 1:
        return whole_text(value.numerator)
    sign, whole, numerator, denominator = fraction_parts(value)
    if whole:
        return f"{sign}{whole_text(whole)} {numerator}/{denominator}"
    return f"{sign}{numerator}/{denominator}"


def money_text(pence: int) -> str:
    """Pence written in pounds: 305 → '£3.05', 500 → '£5', 85 → '£0.85'."""
    pounds, rest = divmod(abs(pence), 100)
    sign = MINUS if pence < 0 else ""
    return f"{sign}£{whole_text(pounds)}" + (f".{rest:02d}" if rest else "")


_TIGHT_UNITS = ("p", "°", "%")  # written without a space: 85p, 60°, 25%


def quantity_text(value: Number | str, unit: str = "") -> str:
    """A value with its unit: '£3.05' (unit '£', value in pence), '85p', '12 cm', '60°'; labels as given."""
    if isinstance(value, str):
        return value
    if unit == "£":
        return money_text(int(value))
    if unit in _TIGHT_UNITS:
        return number_text(value) + unit
    return f"{number_text(value)} {unit}" if unit else number_text(value)


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def count_text(count: int, noun: str, plural: str | None = None) -> str:
    """'one part', '4 parts', 'no counters' — small counts in words, as a teacher would say them."""
    word = _NUMBER_WORDS[count] if count <= 1 else str(count)
    return f"{word} {noun if count == 1 else (plural or noun + 's')}"


def join_words(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ----------------------------------------------------------------------------------------------------
# Validation helpers
# ----------------------------------------------------------------------------------------------------


def _set(record: object, name: str, value: object) -> None:
    object.__setattr__(record, name, value)  # normalising a frozen dataclass field in __post_init__


def _as_tuple(record: object, name: str) -> tuple:
    value = getattr(record, name)
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise DiagramError(f"{name} must be a list or tuple, not {value!r}")
    items = tuple(value)
    _set(record, name, items)
    return items


def _number(value: object, what: str, *, minimum: Number | None = None, positive: bool = False) -> Number:
    if not is_number(value):
        raise DiagramError(f"{what} must be an exact number (int, Fraction or Decimal), not {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise DiagramError(f"{what} must be a finite number, not {value}")
    if positive and value <= 0:
        raise DiagramError(f"{what} must be more than 0, not {number_text(value)}")
    if minimum is not None and value < minimum:
        raise DiagramError(f"{what} must be at least {number_text(minimum)}, not {number_text(value)}")
    return value


def _value(value: object, what: str, *, blank: bool = False, **limits: object) -> Number | str:
    """A number, '?' for an unknown, or (when allowed) '' for an unlabelled value."""
    if value == UNKNOWN and isinstance(value, str):
        return value
    if blank and value == BLANK and isinstance(value, str):
        return value
    if isinstance(value, str):
        allowed = "'?'" + (" or ''" if blank else "")
        raise DiagramError(f"{what} must be a number or {allowed}, not {value!r}")
    return _number(value, what, **limits)


def _count(value: object, what: str, low: int = 0, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise DiagramError(f"{what} must be a whole number, not {value!r}")
    if value < low:
        raise DiagramError(f"{what} must be at least {low}, not {value}")
    if high is not None and value > high:
        raise DiagramError(f"{what} must be at most {high}, not {value}")
    return value


def _text(value: object, what: str, longest: int = 40) -> str:
    if not isinstance(value, str):
        raise DiagramError(f"{what} must be text, not {value!r}")
    if len(value) > longest:
        raise DiagramError(f"{what} is too long to fit the picture ({len(value)} characters; at most {longest})")
    return value


def _label(value: object, what: str) -> Number | str:
    """A label: text (including '?' or '') or an exact number."""
    if isinstance(value, str):
        return _text(value, what, 24)
    return _number(value, what)


def _length_matches(items: tuple, other: tuple, what: str, other_what: str) -> None:
    if len(items) != len(other):
        raise DiagramError(f"{what} has {len(items)} entries but {other_what} has {len(other)}; give one for each")


def _exact(value: Number) -> Fraction:
    return Fraction(value)


class Diagram:
    """Base of every picture record: a `kind` id (as in Spec.representation), a title and describe()."""

    kind: ClassVar[str] = ""
    title: ClassVar[str] = ""
    _classes: ClassVar[dict[str, tuple[type[Diagram], ...]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # Registering here means a new kind is added in one place: its class.
        Diagram._classes[cls.kind] = (*Diagram._classes.get(cls.kind, ()), cls)

    def describe(self) -> str:
        raise NotImplementedError


def kinds() -> tuple[str, ...]:
    """Every representation kind id, sorted: the values Spec.representation may take."""
    return tuple(sorted(Diagram._classes))


def classes_for(kind: str) -> tuple[type[Diagram], ...]:
    """The record classes of one kind of picture (a bar model has a part–whole and a comparison class)."""
    if kind not in Diagram._classes:
        raise DiagramError(f"unknown representation {kind!r}; kinds are: {', '.join(kinds())}")
    return Diagram._classes[kind]


def _strip_zeros(value: Decimal) -> Decimal:
    """0.50 → 0.5 and 1.0 → 1 for a mark's label, without the exponent that Decimal.normalize() gives 10."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


# ----------------------------------------------------------------------------------------------------
# Ratio and proportion
# ----------------------------------------------------------------------------------------------------


def _check_proportional(top: tuple, bottom: tuple) -> Fraction:
    """The constant bottom ÷ top, checked for every pair with both values known; at most one '?' a pair."""
    _length_matches(bottom, top, "the bottom row", "the top row")
    _count(len(top), "the number of pairs", 2, 8)
    for i, pair in enumerate(zip(top, bottom, strict=True)):
        for value in pair:
            _value(value, f"pair {i + 1}", minimum=0)
        if UNKNOWN in pair and all(isinstance(v, str) for v in pair):
            raise DiagramError(f"pair {i + 1} has two question marks: at most one value in a pair may be unknown")
    known = [(_exact(a), _exact(b)) for a, b in zip(top, bottom, strict=True) if is_number(a) and is_number(b)]
    ratios = {b / a for a, b in known if a}
    if any(a == 0 and b != 0 for a, b in known):
        raise DiagramError("0 must pair with 0 in a proportion")
    if not ratios:
        raise DiagramError("give at least one pair with both values known (and not 0), to fix the ratio")
    if len(ratios) > 1:
        raise DiagramError(
            "the pairs are not in the same ratio: "
            + join_words([f"{number_text(a)} : {number_text(b)}" for a, b in known if a])
        )
    return ratios.pop()


def _check_paired_rows(record: DoubleNumberLine | RatioTable) -> None:
    """What a double number line and a ratio table both require: two equal rows in one ratio, short row labels."""
    _as_tuple(record, "top")
    _as_tuple(record, "bottom")
    _check_proportional(record.top, record.bottom)
    _text(record.top_label, "top_label", 16)
    _text(record.bottom_label, "bottom_label", 16)


def _say(value: Number | str) -> str:
    return "a question mark" if value == UNKNOWN else number_text(value)


# ----------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------


def _categories(record: object, name: str = "categories", longest: int = 20) -> tuple[str, ...]:
    items = _as_tuple(record, name)
    _count(len(items), f"the number of {name}", 1, 12)
    for item in items:
        _text(item, f"a name in {name}", longest)
    return items
