"""Year-pitch rules as data: what a KS2 item may ask of a child in the year its curriculum code names (issue #15)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.core.model import Item, Level, Question

_FRAMEWORK = "STA KS2 mathematics test framework (2016), Table 3 (core/data/curriculum.tsv)"


@dataclass(frozen=True)
class Rule:
    """One pitch rule: a limit for each year 3–6, and where the limit comes from."""

    name: str
    limits: dict[int, int]  # year → the largest value allowed (0: none at all)
    source: str


DECIMAL_PLACES = Rule(
    "decimal places",
    # Year 3: money in pounds and pence (3M9); Year 4: two places (4F8, 4F10b); Years 5 and 6: three places (5F8,
    # 5F10, 6F9a). KS2 stops at three: 0.719 ÷ 100 = 0.00719 asks for five.
    {3: 2, 4: 2, 5: 3, 6: 3},
    f"{_FRAMEWORK}: 3M9, 4F8, 4F10b, 5F8, 5F10, 6F9a",
)
DIVIDE_BY_DECIMAL = Rule(
    "dividing by a decimal",
    # KS2 divides decimals by whole numbers and by 10, 100 and 1,000 (5C6b, 6F9a, 6F9c); never by a decimal.
    {3: 0, 4: 0, 5: 0, 6: 0},
    f"{_FRAMEWORK}: 5C6b, 6F9a, 6F9c",
)
DENOMINATOR = Rule(
    "denominator of a fraction in the key",
    # Year 3: small denominators (3F2); Year 4: hundredths (4F1) besides those; Years 5 and 6: thousandths (5F6b)
    # besides related and unlike denominators (5F3, 5F4, 6F4, 6F5a). The framework names no largest denominator: the
    # caps 12 and 60 are this project's, from issue #15 ("answers in 66ths and 132nds" are not KS2).
    {3: 12, 4: 12, 5: 60, 6: 60},
    f"{_FRAMEWORK}: 3F2, 4F1, 5F6b, 6F4; caps 12 and 60 are a house limit (issue #15)",
)
TENTHS_AND_BEYOND = {
    3: (10,),
    4: (10, 100),
    5: tuple(d for d in range(2, 1001) if 1000 % d == 0),
    6: tuple(d for d in range(2, 1001) if 1000 % d == 0),
}
"""Denominators allowed beyond the cap: tenths (3F1a), hundredths (4F1), thousandths (5F6b) and, from Year 5, what
thousandths simplify to (0.135 = 27/200: 5F6a, 6F2)."""

PERCENT = Rule(
    "percentage",
    # Per cent as parts per hundred (5F11), percentages of amounts and to compare (6R2): within 0–100 %.
    {3: 0, 4: 0, 5: 100, 6: 100},
    f"{_FRAMEWORK}: 5F11, 5F12, 6R2; no percentage over 100 % is a house limit (issue #15: '284% = 2 21/25')",
)
DEGREES = Rule(
    "angles in degrees",
    # Year 3 knows angles as turns and right angles (3G4a, 3G4b); degrees come in Year 4 (4G4: order angles up to
    # 180 degrees) and are measured in Year 5 (5G4a, 5G4c).
    {3: 0, 4: 1, 5: 1, 6: 1},
    f"{_FRAMEWORK}: 3G4a, 3G4b, 4G4, 5G4a",
)
UNITS = Rule(
    "units",
    # The year each unit first appears (value: its year; a limit here is the first year, not a largest value).
    # Year 3 measures in m, cm, mm, kg, g, l and ml (3M1a–c, 3M2a–c); kilometres come with converting units in Year 4
    # (4M5); area in square units in Year 4, where a shape on 1 cm squares has as many cm² as squares counted
    # (4M7b; standard units for rectangles are 5M7b); volume in cubic units in
    # Year 5 (5M8: estimating volume with 1 cm³ blocks; 6M8a); imperial units in Year 5 (5M6) and miles in Year 6 (6M6).
    {3: 3, 4: 4, 5: 5, 6: 6},
    f"{_FRAMEWORK}: 3M1a–c, 3M2a–c, 4M5, 4M7b, 5M6, 5M7b, 5M8, 6M6, 6M8a",
)
RULES = (DECIMAL_PLACES, DIVIDE_BY_DECIMAL, DENOMINATOR, PERCENT, DEGREES, UNITS)

# (what the unit is called, the pattern that finds it written after a number, the first year it may appear)
UNIT_YEARS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("kilometres", re.compile(r"\d\s*(?:km|kilometres?)\b"), 4),
    ("square units", re.compile(r"\d\s*(?:(?:mm|cm|m|km)²|square (?:milli|centi|kilo)?metres?)"), 4),
    ("cubic units", re.compile(r"\d\s*(?:(?:mm|cm|m)³|cubic (?:milli|centi)?metres?)"), 5),
    (
        "imperial units",
        re.compile(r"\d\s*(?:inch(?:es)?|feet|foot|ft|yards?|pints?|gallons?|ounces?|oz|lb|pounds?(?! and \d))\b"),
        5,
    ),
    ("miles", re.compile(r"\d\s*miles?\b"), 6),
)

_DECIMAL = re.compile(r"(?<![\d.])\d[\d,]*\.(\d+)(?![\d.])")
_BY_DECIMAL = re.compile(r"÷\s*£?(\d[\d,]*\.\d+)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_DEGREES = re.compile(r"\d\s*°(?![CF])|\bdegrees?\b(?! (?:Celsius|centigrade))")


def year_of(codes: tuple[str, ...], level: Level | int) -> int:
    """The year an item is pitched at: the earliest year its codes name at level 1, the latest at levels 2 and 3."""
    years = sorted(int(code[0]) for code in codes if code[:1].isdigit())
    if not years:
        return 6
    return years[0] if int(level) == 1 else years[-1]


def breaches(item: Item | Question, codes: tuple[str, ...] = (), level: Level | int = 2) -> list[str]:
    """What in the item is pitched beyond its year (an empty list: it is within the rules)."""
    if isinstance(item, Question):
        codes, level, item = item.curriculum, item.spec.level, item.item
    year = year_of(codes, level)
    shown = f"{item.prompt}\n{item.answer.format()}"
    found: list[str] = []
    places = max((len(p) for p in _DECIMAL.findall(shown)), default=0)
    if places > DECIMAL_PLACES.limits[year]:
        found.append(f"{places} decimal places (Year {year} goes to {DECIMAL_PLACES.limits[year]})")
    worked = "\n".join([item.prompt, item.check or "", *item.solution])
    for divisor in _BY_DECIMAL.findall(worked):
        if Fraction(divisor.replace(",", "")).denominator != 1:  # £4.00 is a whole number of pounds
            found.append(f"divides by a decimal (÷ {divisor})")
            break
    value = getattr(item.answer, "value", None)
    if isinstance(value, Fraction) and value.denominator not in TENTHS_AND_BEYOND[year]:
        if value.denominator > DENOMINATOR.limits[year]:
            found.append(f"a key in {value.denominator}ths (Year {year} goes to {DENOMINATOR.limits[year]})")
    for number in _PERCENT.findall(shown):
        if Fraction(number) > PERCENT.limits[year]:
            found.append(f"{number}% (Year {year} goes to {PERCENT.limits[year]}%)")
            break
    if not DEGREES.limits[year] and _DEGREES.search(shown):
        found.append(f"an angle in degrees in Year {year} (turns and right angles until Year 4)")
    for unit, pattern, first in UNIT_YEARS:
        if year < first and pattern.search(worked):
            found.append(f"{unit} in Year {year} (from Year {first})")
            break
    return found
