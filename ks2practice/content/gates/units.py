"""The unit gate: a worked step may use only the units its question names, or units it converts into."""

# "A lawn in metres" worked in cm, or "4 cm … 20 cm" where the prompt said mm, are breaches. The question's
# units are read from its prompt, its key and its picture's description, as symbols after a number (4 cm, £3,
# 45p, 90°) or as words (metres, pence, minutes). A step that converts (3 kg = 3000 g) brings in the unit it
# converts into, for itself and every later step.

from __future__ import annotations

import re

from ks2practice.core.model import Item
from ks2practice.core.steps import Step

_WORDS = {
    "millimetre": "mm",
    "centimetre": "cm",
    "metre": "m",
    "kilometre": "km",
    "gram": "g",
    "kilogram": "kg",
    "millilitre": "ml",
    "litre": "l",
    "penny": "p",
    "pence": "p",
    "pound": "£",
    "second": "s",
    "minute": "min",
    "hour": "h",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
    "degree": "°",
    "inch": "inches",
    "foot": "feet",
    "feet": "feet",
    "yard": "yards",
    "mile": "miles",
    "ounce": "oz",
    "stone": "stone",
    "pint": "pints",
    "gallon": "gallons",
}
_WORD = re.compile(r"\b(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?:e?s)?\b", re.IGNORECASE)
_SYMBOL = re.compile(r"[0-9½¼¾]\s?(mm|cm|km|kg|ml|m|g|l|p|s|h|min|oz|lb)(²|³)?(?![A-Za-z])")
# A unit named as a heading or label names it too: "Rainfall (mm)", "Height in cm".
_LABEL = re.compile(r"(?:\(|\bin )(mm|cm|km|kg|ml|m|g|l|p|s|h|min)(²|³)?(?:\)|\b)")
_SQUARED = {"mm": "mm", "cm": "cm", "m": "m", "km": "km"}


def units_named(text: str) -> set[str]:
    """The units a piece of question text names, as step units ("cm", "£", "min", "cm²", …)."""
    found: set[str] = set()
    for match in _WORD.finditer(text):
        unit = _WORDS[match.group(1).lower()]
        found.add(unit)
        if unit in _SQUARED:
            found |= {unit + "²", unit + "³"}  # "square metres", "cubic centimetres"
    for pattern in (_SYMBOL, _LABEL):
        for match in pattern.finditer(text):
            found.add(match.group(1) + (match.group(2) or ""))
    if "£" in text:
        found.add("£")
    if "°C" in text:
        found.add("°C")
    elif "°" in text:
        found.add("°")
    return found


def _question_texts(item: Item):
    """The question's texts, cheapest first: its key, its prompt, then its picture's description."""
    yield item.answer.format()
    yield item.prompt
    describe = getattr(item.diagram, "describe", None)
    if callable(describe):
        yield describe()


def _widened(named: set[str]) -> set[str]:
    """The units named, with the ones that go with them (a new set; what was named is left as it was)."""
    found = set(named)
    # A length question may be worked as an area or volume and back: cm and cm² belong to one question.
    for unit in named:
        base = unit.rstrip("²³")
        if base in _SQUARED:
            found |= {base, base + "²", base + "³"}
    if found & {"p", "£"}:
        found |= {"p", "£"}  # pounds and pence are one currency; KS2 works money in either
    return found


def stray_units(item: Item) -> list[tuple[int, str]]:
    """(solution line number, unit) for each unit a step uses that the question never named nor a step converted to."""
    lines = [(number, line) for number, line in enumerate(item.solution, start=1) if isinstance(line, Step)]
    used: set[str] = set()
    for _, line in lines:
        used |= line.units
    # A time of day (09:35, 9:35 am) is a reading, not a unit of measure: a step may show one where the question
    # showed a clock face or said "half past nine".
    used -= {"24h", "am/pm"}
    if not used:
        return []  # most items: no step carries a unit, so the question's text need not be read
    named: set[str] = set()
    for text in _question_texts(item):  # read only as far as needed: the key often names every unit used
        named |= units_named(text)
        if used <= _widened(named):
            return []
    allowed = _widened(named) | {"24h", "am/pm"}
    strays: list[tuple[int, str]] = []
    for number, line in lines:
        allowed |= line.conversions()
        strays += [(number, unit) for unit in sorted(line.units - allowed)]
    return strays
