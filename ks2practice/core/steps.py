"""Worked steps as data: exact numbers with units, expressions, relations between them, and the words around them."""

# A worked step is written by a topic as data, not as prose with sums typed into it:
#
#     Step("Add the two times: ", eq(add(q(35, "min"), q(50, "min")), q(85, "min")), ".")
#
# The expression tree is rendered with the brackets its shape needs (so "97 − 56 + 13" can't stand for
# 97 − (56 + 13)), and every relation in it is evaluated exactly, units and all, by check(). A Step is a str (its
# rendering), so everything that prints a solution line keeps working; its parts stay on it for the gates.
# Units are converted only between units of one kind (cm and m, p and £), so "4 cm = 20 cm" is false, and
# "3 kg = 3000 g" is a true conversion.

from __future__ import annotations

import operator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

Value = int | Fraction | Decimal

# unit → (kind, size in the kind's smallest unit). Imperial units convert only among themselves, exactly.
_UNITS: dict[str, tuple[str, int | Fraction]] = {
    "mm": ("length", 1),
    "cm": ("length", 10),
    "m": ("length", 1000),
    "km": ("length", 1_000_000),
    "mm²": ("area", 1),
    "cm²": ("area", 100),
    "m²": ("area", 1_000_000),
    "km²": ("area", Fraction(10**12)),
    "mm³": ("volume", 1),
    "cm³": ("volume", 1000),
    "m³": ("volume", Fraction(10**9)),
    "g": ("mass", 1),
    "kg": ("mass", 1000),
    "ml": ("capacity", 1),
    "l": ("capacity", 1000),
    "p": ("money", 1),
    "£": ("money", 100),
    "s": ("time", 1),
    "min": ("time", 60),
    "h": ("time", 3600),
    "days": ("time", 86_400),
    "weeks": ("time", 604_800),
    "months": ("months", 1),
    "years": ("months", 12),
    "°": ("angle", 1),
    "°C": ("temperature", 1),
    "inches": ("imperial length", 1),
    "feet": ("imperial length", 12),
    "yards": ("imperial length", 36),
    "miles": ("imperial length", 63_360),
    "oz": ("imperial mass", 1),
    "lb": ("imperial mass", 16),
    "stone": ("imperial mass", 224),
    "pints": ("imperial capacity", 1),
    "gallons": ("imperial capacity", 8),
    "%": ("", Fraction(1, 100)),
    "24h": ("time of day", 60),  # a time on a 24-hour clock, held in minutes after midnight: 09:35
    "am/pm": ("time of day", 60),  # the same time written as on a 12-hour clock: 9:35 am
}
_POWERS = {"length": {2: "area", 3: "volume"}, "area": {}, "volume": {}}
_NO_SPACE = frozenset({"p", "°", "°C", "%"})
_CLOCKS = frozenset({"24h", "am/pm"})
_ONE = {
    "days": "day",
    "weeks": "week",
    "months": "month",
    "years": "year",
    "inches": "inch",
    "feet": "foot",
    "yards": "yard",
    "miles": "mile",
    "pints": "pint",
    "gallons": "gallon",
}  # units written as words take the singular for exactly one: 1 day, 1 foot
UNITS = frozenset(_UNITS)
"""Every unit a step may carry."""


def unit_kind(unit: str) -> str:
    """What a unit measures ("length", "money", …); "" for a plain number or a percentage."""
    return _UNITS[unit][0] if unit else ""


class StepError(ValueError):
    """A step that cannot be built: an unknown unit, or a value of a type steps do not hold."""


# ---------------------------------------------------------------------- expressions


@dataclass(frozen=True)
class Num:
    """A number as written, with its unit: 35, 2.50, 3/4, 1 2/3 (mixed), £3.50, 45p, 90°, 20%."""

    value: Value
    unit: str = ""
    mixed: bool = False  # a Fraction above 1 written as a mixed number
    over: int | None = None  # a fraction written over this denominator, not in its simplest form: 6/10

    def __post_init__(self) -> None:
        if type(self.value) not in _VALUES and (
            isinstance(self.value, bool) or not isinstance(self.value, int | Fraction | Decimal)
        ):
            raise StepError(f"a step holds int, Fraction or Decimal values, not {self.value!r}")
        if self.over is not None and (self.over < 1 or (Fraction(self.value) * self.over).denominator != 1):
            raise StepError(f"{self.value} cannot be written over {self.over}")
        if self.unit and self.unit not in _UNITS:
            raise StepError(f"unknown unit {self.unit!r}; units are: {', '.join(sorted(_UNITS))}")


@dataclass(frozen=True)
class Op:
    """A binary operation: + − × ÷, "of" (3/4 of 20) or ^ (a power, shown as a superscript)."""

    op: str
    left: Expr
    right: Expr

    def __post_init__(self) -> None:
        if self.op not in _PRECEDENCE:
            raise StepError(f"unknown operation {self.op!r}")


@dataclass(frozen=True)
class Group:
    """Brackets a teacher wants shown even where the order would not need them: (4 × 7) + 1."""

    inner: Expr


@dataclass(frozen=True)
class Remainder:
    """A quotient with a remainder, 3 r 2; equal to a division a ÷ b when a = 3b + 2 and 2 < b."""

    quotient: int
    remainder: int


Expr = Num | Op | Group | Remainder
_NODES = frozenset({Num, Op, Group, Remainder})
_VALUES = frozenset({int, Fraction, Decimal})
_PRECEDENCE = {"+": 1, "−": 1, "×": 2, "÷": 2, "of": 2, "^": 3}

_RELATIONS = {
    "=": operator.eq,
    "≠": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "≤": operator.le,
    "≥": operator.ge,
}
APPROXIMATE = "≈"
"""An estimate: checked only to be near (within a fifth), never called exact."""


@dataclass(frozen=True)
class Relation:
    """A chain of expressions joined by relation signs: a = b = c, a < b, 398 + 204 ≈ 400 + 200 = 600.

    ``restates`` marks a chain that says the same thing on both sides on purpose (so 90° = 90°, in a comparison);
    otherwise a link whose two sides are written the same says nothing and is a breach.
    """

    parts: tuple[Expr, ...]
    signs: tuple[str, ...]
    restates: bool = False

    def __post_init__(self) -> None:
        if len(self.parts) != len(self.signs) + 1 or not self.signs:
            raise StepError("a relation needs expressions with one sign between each two")
        for sign in self.signs:
            if sign not in _RELATIONS and sign != APPROXIMATE:
                raise StepError(f"unknown relation sign {sign!r}")


def _expr(value: Expr | Value) -> Expr:
    if type(value) in _NODES:  # exact types first: this runs for every number in every step
        return value  # type: ignore[return-value]
    if isinstance(value, Num | Op | Group | Remainder):
        return value
    return Num(value)


def q(value: Value, unit: str = "", *, mixed: bool = False) -> Num:
    """A number with a unit (q for quantity): q(35, "min"), q(Decimal("2.50"), "£")."""
    return Num(value, unit, mixed)


def clock(minutes: int, twelve_hour: bool = False) -> Num:
    """A time of day from minutes after midnight: 575 → 09:35 (or 9:35 am)."""
    return Num(minutes, "am/pm" if twelve_hour else "24h")


def frac(numerator: int, denominator: int, unit: str = "", *, mixed: bool = False) -> Num:
    """A fraction written as given, not simplified (6/10 stays 6/10), with its exact value for the checks."""
    return Num(Fraction(numerator, denominator), unit, mixed, denominator)


def pounds(pence: int) -> Num:
    """An amount of money in pence, written in pounds with two decimal places: 350 → £3.50."""
    return Num(Decimal(pence).scaleb(-2).quantize(Decimal("0.01")), "£")


def money(pence: int) -> Num:
    """An amount in pence written as KS2 writes it: 45p under a pound, £3.50 from a pound on."""
    return Num(pence, "p") if abs(pence) < 100 else pounds(pence)


def add(*terms: Expr | Value) -> Expr:
    """a + b + c, left to right."""
    return _fold("+", terms)


def sub(*terms: Expr | Value) -> Expr:
    """a − b − c, left to right."""
    return _fold("−", terms)


def mul(*terms: Expr | Value) -> Expr:
    return _fold("×", terms)


def div(a: Expr | Value, b: Expr | Value) -> Expr:
    return Op("÷", _expr(a), _expr(b))


def of(part: Expr | Value, whole: Expr | Value) -> Expr:
    """A fraction or percentage of an amount: 3/4 of 20, 20% of 110."""
    return Op("of", _expr(part), _expr(whole))


def power(base: Expr | Value, exponent: int) -> Expr:
    return Op("^", _expr(base), Num(exponent))


def group(inner: Expr | Value) -> Group:
    return Group(_expr(inner))


def _fold(op: str, terms: tuple[Expr | Value, ...]) -> Expr:
    if not terms:
        raise StepError(f"{op} needs at least one term")
    result = _expr(terms[0])
    for term in terms[1:]:
        result = Op(op, result, _expr(term))
    return result


def eq(*parts: Expr | Value, restates: bool = False) -> Relation:
    """a = b (= c …)."""
    return Relation(tuple(_expr(p) for p in parts), ("=",) * (len(parts) - 1), restates)


def rel(*chain: Expr | Value | str, restates: bool = False) -> Relation:
    """A chain with its signs written in: rel(a, "<", b), rel(a, "≈", b, "=", c)."""
    parts = tuple(_expr(p) for p in chain[0::2])  # type: ignore[arg-type]
    signs = tuple(chain[1::2])
    if not all(isinstance(s, str) for s in signs):
        raise StepError("write a relation as expression, sign, expression, …")
    return Relation(parts, signs, restates)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- rendering


def _grouped(whole: int) -> str:
    # KS2 papers print 1000 without a comma but 10,000 with one.
    return f"{whole:,}" if abs(whole) >= 10_000 else str(whole)


def _number(value: Value, mixed: bool) -> str:
    if isinstance(value, int):
        return _grouped(value)
    if isinstance(value, Decimal):
        sign, text = ("-" if value < 0 else ""), format(abs(value), "f")
        whole, _, places = text.partition(".")
        return f"{sign}{_grouped(int(whole))}" + (f".{places}" if places else "")
    if value.denominator == 1:
        return _grouped(value.numerator)
    sign, top, bottom = ("-" if value < 0 else ""), abs(value.numerator), value.denominator
    if mixed and top > bottom:
        return f"{sign}{_grouped(top // bottom)} {top % bottom}/{bottom}"
    return f"{sign}{top}/{bottom}"


def _clock_text(num: Num) -> str:
    minutes = Fraction(num.value)
    if minutes.denominator != 1 or not 0 <= minutes < 24 * 60:
        raise StepError(f"a time of day is a whole number of minutes in one day, not {num.value}")
    hours, past = divmod(int(minutes), 60)
    if num.unit == "24h":
        return f"{hours:02d}:{past:02d}"
    return f"{(hours - 1) % 12 + 1}:{past:02d} {'am' if hours < 12 else 'pm'}"


def _over(value: Value, over: int, mixed: bool) -> str:
    top = Fraction(value) * over
    sign, top_n = ("-" if top < 0 else ""), abs(int(top))
    if mixed and top_n > over:
        return f"{sign}{_grouped(top_n // over)} {top_n % over}/{over}" if top_n % over else f"{sign}{top_n // over}"
    return f"{sign}{top_n}/{over}"


def _num_text(num: Num) -> str:
    if num.unit in _CLOCKS:
        return _clock_text(num)
    written = _over(num.value, num.over, num.mixed) if num.over else _number(num.value, num.mixed)
    text = written.replace("-", "−")
    if num.unit == "£":
        return f"−£{text[1:]}" if text.startswith("−") else f"£{text}"
    if not num.unit:
        return text
    if num.unit in _NO_SPACE:
        return f"{text}{num.unit}"
    return f"{text} {_ONE.get(num.unit, num.unit) if num.value == 1 else num.unit}"


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def render(expr: Expr | Relation) -> str:
    """The expression or relation as KS2 writes it, with exactly the brackets its shape needs."""
    if isinstance(expr, Relation):
        return _relation_text(expr)
    if isinstance(expr, Num):
        return _num_text(expr)
    if isinstance(expr, Remainder):
        return f"{_grouped(expr.quotient)} r {_grouped(expr.remainder)}"
    if isinstance(expr, Group):
        return f"({render(expr.inner)})"
    if expr.op == "^":
        return _operand(expr.left, 4, False) + render(expr.right).translate(_SUPERSCRIPT)
    level = _PRECEDENCE[expr.op]
    return f"{_operand(expr.left, level, False)} {expr.op} {_operand(expr.right, level, True)}"


def _operand(expr: Expr, level: int, right: bool) -> str:
    text = render(expr)
    if isinstance(expr, Op) and expr.op != "^":
        inner = _PRECEDENCE[expr.op]
        # The right side of − and ÷ needs brackets at its own level too: 10 − (4 + 3), 24 ÷ (6 ÷ 2).
        if inner < level or (right and inner == level):
            return f"({text})"
        return text
    if isinstance(expr, Num) and _is_negative(expr) and (right or level > 1):
        return f"({text})"
    if isinstance(expr, Num) and expr.mixed and level > 1 and " " in _num_text(expr):
        return f"({text})"  # (1 2/3) × 3: a mixed number is a sum
    return text


def _is_negative(num: Num) -> bool:
    return num.value < 0


# ---------------------------------------------------------------------- exact evaluation


class Quantity(NamedTuple):
    """An exact value in its kind's smallest unit, with its kind: (35 min) is Quantity(2100, "time").

    The value stays an int while the arithmetic allows (a tuple and ints: the gate checks every step of every item).
    """

    value: int | Fraction
    kind: str = ""


class Breach(ValueError):
    """A relation in a step that is false, mixes kinds of unit, or cannot be worked out."""


def value_of(expr: Expr) -> Quantity:
    """The exact value of an expression, units converted to the smallest of their kind."""
    if isinstance(expr, Num):
        kind, size = _UNITS[expr.unit] if expr.unit else ("", 1)
        return Quantity(Fraction(expr.value) * size, kind)
    if isinstance(expr, Group):
        return value_of(expr.inner)
    if isinstance(expr, Remainder):
        raise Breach(f"{render(expr)} is only equal to a division")
    a, b = value_of(expr.left), value_of(expr.right)
    op = expr.op
    if op in "+−" and "time of day" in (a.kind, b.kind):
        return _clock_sum(a, b, op, expr)
    if op in "+−":
        if a.kind != b.kind:
            raise Breach(f"{render(expr)} adds or subtracts {a.kind or 'a number'} and {b.kind or 'a number'}")
        return Quantity(a.value + b.value if op == "+" else a.value - b.value, a.kind)
    if op in ("×", "of"):
        return Quantity(a.value * b.value, _product_kind(a.kind, b.kind, expr))
    if op == "÷":
        if b.value == 0:
            raise Breach(f"{render(expr)} divides by zero")
        whole = isinstance(a.value, int) and isinstance(b.value, int) and a.value % b.value == 0
        quotient = a.value // b.value if whole else Fraction(a.value) / b.value
        return Quantity(quotient, _quotient_kind(a.kind, b.kind, expr))
    exponent = b.value
    if a.kind or exponent.denominator != 1 or not 0 <= exponent <= 12:
        raise Breach(f"{render(expr)} is not a power steps can work out")
    return Quantity(a.value ** int(exponent), "")


def _clock_sum(a: Quantity, b: Quantity, op: str, expr: Expr) -> Quantity:
    # 09:35 + 25 min is a time of day; 10:00 − 09:35 is a duration; 09:35 + 10:00 means nothing.
    if a.kind == "time of day" and b.kind == "time":
        return Quantity(a.value + b.value if op == "+" else a.value - b.value, "time of day")
    if op == "−" and a.kind == b.kind == "time of day":
        return Quantity(a.value - b.value, "time")
    if op == "+" and a.kind == "time" and b.kind == "time of day":
        return Quantity(a.value + b.value, "time of day")
    raise Breach(f"{render(expr)} does not work out as a time")


def _product_kind(a: str, b: str, expr: Expr) -> str:
    if not a or not b:
        return a or b
    if a == b == "length":
        return "area"
    if {a, b} == {"length", "area"}:
        return "volume"
    raise Breach(f"{render(expr)} multiplies {a} by {b}")


def _quotient_kind(a: str, b: str, expr: Expr) -> str:
    if a == b:
        return ""  # how many times: 600 g ÷ 200 g = 3
    if not b:
        return a
    if (a, b) == ("area", "length"):
        return "length"
    if (a, b) == ("volume", "length"):
        return "area"
    if (a, b) == ("volume", "area"):
        return "length"
    raise Breach(f"{render(expr)} divides {a} by {b}")


def _remainder_holds(division: Expr, shown: Remainder) -> bool:
    if not isinstance(division, Op) or division.op != "÷":
        raise Breach(f"{render(shown)} can only be equal to a division")
    a, b = value_of(division.left), value_of(division.right)
    if a.kind != b.kind and b.kind:
        raise Breach(f"{render(division)} divides {a.kind} by {b.kind}")
    return 0 <= shown.remainder < b.value and a.value == shown.quotient * b.value + shown.remainder


def _side_texts(relation: Relation) -> list[str]:
    """Each side of a relation as written, rendered once and kept on the (frozen) relation for check()."""
    texts = relation.__dict__.get("_texts")
    if texts is None:
        texts = [render(part) for part in relation.parts]
        object.__setattr__(relation, "_texts", texts)
    return texts


def _relation_text(relation: Relation) -> str:
    texts = _side_texts(relation)
    pieces = [texts[0]]
    for sign, text in zip(relation.signs, texts[1:], strict=True):
        pieces += [sign, text]
    return " ".join(pieces)


def check(relation: Relation) -> list[str]:
    """What is wrong with a relation, in words (an empty list: every link in it holds exactly)."""
    problems: list[str] = []
    texts = _side_texts(relation)  # each side written once, for "says nothing" and messages
    for k, (sign, left, right) in enumerate(zip(relation.signs, relation.parts, relation.parts[1:], strict=False)):
        shown = f"{texts[k]} {sign} {texts[k + 1]}"
        if not relation.restates and sign == "=" and texts[k] == texts[k + 1]:
            problems.append(f"{shown} says nothing: both sides are written the same")
            continue
        try:
            if isinstance(right, Remainder) or isinstance(left, Remainder):
                division, rem = (left, right) if isinstance(right, Remainder) else (right, left)
                holds = sign == "=" and _remainder_holds(division, rem)  # type: ignore[arg-type]
            else:
                a, b = value_of(left), value_of(right)
                if a.kind != b.kind:
                    problems.append(f"{shown} compares {a.kind or 'a number'} with {b.kind or 'a number'}")
                    continue
                holds = _near(a.value, b.value) if sign == APPROXIMATE else _RELATIONS[sign](a.value, b.value)
        except Breach as breach:
            problems.append(str(breach))
            continue
        except ZeroDivisionError:
            problems.append(f"{shown} divides by zero")
            continue
        if not holds:
            problems.append(f"{shown} is false")
    return problems


def _near(a: Fraction, b: Fraction) -> bool:
    # An estimate is near when it is within a fifth of the larger side: 398 + 204 ≈ 600, never ≈ 6,000.
    return abs(a - b) * 5 <= max(abs(a), abs(b))


# ---------------------------------------------------------------------- steps


Part = str | Relation | Num | Op | Group | Remainder


class Step(str):
    """One line of a worked solution: words and relations, rendered as text; its parts stay on it for the gates."""

    parts: tuple[Part, ...]

    def __new__(cls, *parts: Part | Value) -> Step:
        held: list[Part] = []
        for part in parts:
            if isinstance(part, bool):
                raise StepError("write true or false in words, not as a value")
            held.append(Num(part) if type(part) in _VALUES or isinstance(part, int | Fraction | Decimal) else part)
        pieces: list[str] = []
        for part in held:
            if isinstance(part, str):
                pieces.append(part)
            elif isinstance(part, Relation):
                pieces.append(_relation_text(part))
            else:
                pieces.append(render(part))
        step = super().__new__(cls, "".join(pieces))
        step.parts = tuple(held)
        return step

    @property
    def relations(self) -> tuple[Relation, ...]:
        return tuple(p for p in self.parts if isinstance(p, Relation))

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(p for p in self.parts if isinstance(p, str))

    @property
    def units(self) -> frozenset[str]:
        """Every unit written anywhere in the step (worked out once: the gates ask for it on every item)."""
        found = self.__dict__.get("_units")
        if found is None:
            collected: set[str] = set()
            for part in self.parts:
                if not isinstance(part, str):
                    _collect_units(part, collected)
            found = self.__dict__["_units"] = frozenset(collected)
        return found

    def conversions(self) -> frozenset[str]:
        """Units this step converts into: the right side of a = whose sides are of one kind in other units."""
        into: set[str] = set()
        for relation in self.relations:
            for left, right in zip(relation.parts, relation.parts[1:], strict=False):
                if isinstance(left, Num) and isinstance(right, Num) and left.unit != right.unit:
                    if left.unit and right.unit and unit_kind(left.unit) == unit_kind(right.unit):
                        into |= {left.unit, right.unit}
        return frozenset(into)

    def problems(self) -> list[str]:
        """Every false or meaningless link in the step's relations (an empty list: the step is true)."""
        return [problem for relation in self.relations for problem in check(relation)]

    def __reduce__(self):  # pickles with its parts, not as the plain text
        return (_rebuild, (self.parts,))


def _rebuild(parts: tuple[Part, ...]) -> Step:
    return Step(*parts)


def _collect_units(part: Part, found: set[str]) -> None:
    if isinstance(part, Relation):
        for p in part.parts:
            _collect_units(p, found)
    elif isinstance(part, Num):
        if part.unit and part.unit != "%":
            found.add(part.unit)
    elif isinstance(part, Group):
        _collect_units(part.inner, found)
    elif isinstance(part, Op):
        _collect_units(part.left, found)
        _collect_units(part.right, found)
