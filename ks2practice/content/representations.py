"""Pictures for the number and calculation topics: the same maths in another picture (design.md §4)."""

# A pictured topic is written ``fn(rng, level, style) -> Item`` and wrapped with ``@pictured(key)``, which adds the
# ``representation`` argument the registry passes. Topics build their pictures from the numbers they drew, with the
# helpers in this module, and hand them over with ``offer(item, kind=diagram, …)``; a picture never
# touches the rng, so the same spec in another picture is the same question. Nothing is read back from the item's
# text or its ``check``: the wrapper only keeps the picture asked for (or the topic's default) and drops the rest.
#
# ``PICTURES[key][kind]`` says at which levels, and for which styles, a kind of picture suits a topic; asking for
# one that does not suit raises a ValueError naming the ones that do. ``ON_REQUEST`` lists the topics that draw a
# picture unasked only at level 1 (working towards); higher levels get it when a teacher asks. Every unknown in a
# picture is '?'.
#
# Topics with no picture, and why:
# - number.roman_numerals: the numerals are themselves the representation; a chart of the value gives the answer.
# - number.read_write: the question is the link between digits and words; a place-value chart of the number
#   would answer every words-to-digits item.
# - number.digit_cards: the cards are the picture; any other picture would show the best arrangement.
# - calculation.long_multiplication: arrays stop at 12 × 12 and a bar stops at 12 parts; the grid (area) method
#   is not one of our 21 kinds yet.
# - calculation.long_division: counters of a four-digit dividend do not help divide by a two-digit number, and a
#   bar stops at 12 parts, fewer than the divisor's groups.
# - calculation.order_of_operations: a bar model of a mixed expression would do the ordering for the pupil.
# - calculation.estimate_inverse: rounding to estimate is pictured in number.rounding, the inverse in the column
#   topics' bar models; a picture here would show the answer the pupil is asked to estimate.
# Coins picture money shared out in short division. The money word problems of the times tables and long division
# are too rare among their questions (one context in eight) for a teacher asking for coins to meet one reliably.

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.core.model import Item, Level
from ks2practice.pictures.diagrams import (
    COINS,
    NOTES,
    Array,
    BarModel,
    BaseTen,
    Coins,
    Diagram,
    DiagramError,
    Jump,
    Marker,
    NumberLine,
    PartWholeModel,
    PlaceValueChart,
    whole_text,
)

ALL = ("fluency", "missing_number", "true_or_false", "word_problem", "spot_the_mistake", "odd_one_out")

# topic key → kind → level → the styles it suits (the first kind listed with a level is the default there)
_ADD_SUB = {
    "bar_model": {lv: ALL for lv in (1, 2, 3)},
    "part_whole": {lv: ALL for lv in (1, 2, 3)},
    "number_line": {1: ALL},
    "base_ten": {1: ALL},
}
_NOT_MISSING = tuple(s for s in ALL if s != "missing_number")
_FACTS = ("fluency", "true_or_false", "word_problem")
_DIVIDE = ("fluency", "missing_number", "spot_the_mistake", "word_problem")
_NEGATIVES = ("fluency", "missing_number", "compare", "true_or_false", "word_problem")
_TIMES = {
    "array": {1: _NOT_MISSING, 2: _NOT_MISSING},
    "bar_model": {1: ALL, 2: ALL},
    "number_line": {1: ALL, 2: ALL},
}
PICTURES: dict[str, dict[str, dict[int, tuple[str, ...]]]] = {
    "place_value": {
        "place_value_chart": {lv: ALL for lv in (1, 2, 3)},
        "base_ten": {1: ALL},
    },
    "more_or_less": {
        "place_value_chart": {lv: ALL for lv in (1, 2, 3)},
        "number_line": {lv: ALL for lv in (1, 2, 3)},
        "base_ten": {1: ALL},
    },
    "number_lines": {"number_line": {lv: ALL for lv in (1, 2, 3)}},
    "mental_add_subtract": _ADD_SUB,
    "column_addition": _ADD_SUB,
    "column_subtraction": _ADD_SUB,
    "times_tables": _TIMES,
    "short_multiplication": {
        "bar_model": {1: ("fluency", "spot_the_mistake", "word_problem")},
        "number_line": {1: ("fluency", "spot_the_mistake", "word_problem")},
    },
    "rounding": {"number_line": {lv: _FACTS for lv in (1, 2, 3)}},
    # at greater depth the compare items are expressions to work out first: a line would show their values
    "negative_numbers": {
        "thermometer": {lv: ("word_problem",) for lv in (1, 2)},  # a temperature rising or falling through 0
        "number_line": {1: _NEGATIVES, 2: _NEGATIVES, 3: _NEGATIVES[:2] + _NEGATIVES[3:]},
    },
    "counting_steps": {
        # a pattern in steps up to 10 within 100 shows on the hundred square (columns, diagonals); else a line
        "hundred_square": {lv: ("fluency", "missing_number") for lv in (1, 2)},
        "number_line": {1: ("fluency", "missing_number", "true_or_false")}
        | {lv: ("fluency", "missing_number") for lv in (2, 3)},
    },
    "compare_order": {"number_line": {lv: ("compare", "true_or_false") for lv in (1, 2)}},
    "mental_multiply_divide": {
        "place_value_chart": {lv: ("fluency", "missing_number", "true_or_false") for lv in (1, 2, 3)}
    },
    "short_division": {
        "bar_model": {lv: _DIVIDE for lv in (1, 2)},
        "place_value_chart": {lv: _DIVIDE for lv in (1, 2, 3)},
        "coins": {lv: ("word_problem",) for lv in (1, 2, 3)},  # money shared out: the notes and coins to share
    },
    "long_division": {},  # no picture: see the note at the top
    "factors_multiples_primes": {"array": {1: ("fluency",), 2: ("fluency",)}},
    "squares_cubes": {"array": {1: _FACTS, 2: _FACTS}},
}
# These topics draw their picture unasked only at level 1: above it the picture is support a teacher asks for.
ON_REQUEST = frozenset(
    (
        "rounding",
        "negative_numbers",
        "counting_steps",
        "compare_order",
        "mental_multiply_divide",
        "short_division",
        "long_division",
        "factors_multiples_primes",
        "squares_cubes",
    )
)

# Where a kind is offered at some levels only because the numbers outgrow it, asking for it says so.
_SIZE_LIMITED = frozenset(
    (
        "place_value",
        "more_or_less",
        "number_lines",
        "mental_add_subtract",
        "column_addition",
        "column_subtraction",
        "times_tables",
        "short_multiplication",
    )
)
_WHY = {
    "base_ten": "base-10 blocks only go up to 9999",
    "array": "arrays only go up to 12 × 12",
    "number_line": "the numbers are too big for a number line with jumps",
}


def kinds(key: str) -> tuple[str, ...]:
    return tuple(PICTURES[key])


def suitable(key: str, level: Level | int, style: str) -> tuple[str, ...]:
    """The kinds of picture that suit this topic at this level for this style of question."""
    return tuple(k for k, levels in PICTURES[key].items() if style in levels.get(int(level), ()))


def _unsuitable(key: str, kind: str, level: int, style: str) -> ValueError:
    others = suitable(key, level, style)
    try_ = f"; try {', '.join(others)}" if others else "; no picture suits this question"
    if key in _SIZE_LIMITED and kind in _WHY and style in ALL and any(style in s for s in PICTURES[key][kind].values()):
        reason = _WHY[kind]
    else:
        article = "an" if kind[0] in "aeiou" else "a"
        reason = f"{article} {kind} picture does not suit level {level} {style.replace('_', ' ')} questions here"
        styles = PICTURES[key][kind].get(level, ())
        if styles and not others:  # say where the picture asked for does fit, so the teacher can change the style
            reason += f" (it suits {', '.join(s.replace('_', ' ') for s in styles)})"
    return ValueError(reason + try_)


# ---------------------------------------------------------------------- the pictures of a calculation


@dataclass(frozen=True)
class Sum:
    """a op b = c with one unknown ('a', 'b' or 'c'): op is '+', '−', '×' or '÷'."""

    op: str
    a: int
    b: int
    c: int
    unknown: str


def _shown(s: Sum, name: str) -> int | str:
    return "?" if s.unknown == name else getattr(s, name)


def _whole_and_parts(s: Sum) -> tuple[int | str, tuple[int | str, ...], tuple[int, ...]]:
    """Part–whole reading: a + b = c (whole c) or a − b = c (whole a = b + c)."""
    if s.op == "+":
        return _shown(s, "c"), (_shown(s, "a"), _shown(s, "b")), (s.a, s.b)
    return _shown(s, "a"), (_shown(s, "b"), _shown(s, "c")), (s.b, s.c)


def _bar(s: Sum) -> Diagram | None:
    if s.op in "+−":
        whole, parts, sizes = _whole_and_parts(s)
        if min(sizes) <= 0:
            return None
        return BarModel(whole, parts, sizes=sizes)
    # equal groups: groups × size = product (a × b: b groups of a; a ÷ b: a shared into b parts)
    if s.op == "×":
        groups, size, product = s.b, _shown(s, "a"), _shown(s, "c")
        counts = (s.b, s.a)
        if s.unknown == "b":
            groups, size = s.a, _shown(s, "b")  # read as a groups of the missing number
            counts = (s.a, s.b)
    else:
        product, groups, size = _shown(s, "a"), s.b, _shown(s, "c")
        counts = (s.b, s.c)
        if s.unknown == "b":
            groups, size = s.c, "?"  # a ÷ □ = c: c parts of unknown size
            counts = (s.c, s.b)
    if not 2 <= counts[0] <= 12 or counts[1] <= 0:
        return None
    return BarModel(product, (size,) * groups, sizes=(counts[1],) * groups)


def _part_whole(s: Sum) -> Diagram | None:
    if s.op not in "+−":
        return None
    whole, parts, sizes = _whole_and_parts(s)
    return PartWholeModel(whole, parts) if min(sizes) >= 0 else None


def _fit(start: int, end: int) -> int:
    """A step that splits start..end into at most 10 equal parts with whole-number marks."""
    width = end - start
    for parts in (10, 5, 4, 2):
        if width % parts == 0:
            return width // parts
    return width


def _line(s: Sum) -> Diagram | None:
    if s.op in "+−":
        first, second, result = (s.a, s.b, s.c)
        sign = "+" if s.op == "+" else "−"
        low, high = min(first, result), max(first, result)
        if low < 0 or high == low:
            return None
        labels = tuple(v for v, name in ((first, "a"), (result, "c")) if s.unknown != name)
        points = tuple(Marker(v, "?") for v, name in ((first, "a"), (result, "c")) if s.unknown == name)
        jump = Jump(first, result, "?" if s.unknown == "b" else sign + whole_text(second))
        step = _fit(low, high)
        return NumberLine(low, high, step, labels=labels, points=points, jumps=(jump,))
    # equal jumps from 0: `count` jumps of `size` reach `end`; the unknown is the end or the number of jumps
    if s.op == "×":
        # jumps of the known factor: 7 × □ = 56 and □ × 7 = 56 ask how many 7s make 56
        size, count, end = {"a": (s.b, s.a, s.c), "b": (s.a, s.b, s.c)}.get(s.unknown, (s.a, s.b, s.c))
    else:
        size, count, end = (s.c, s.b, s.a) if s.unknown == "b" else (s.b, s.c, s.a)
    if not 1 <= count <= 12 or size <= 0:
        return None
    end_unknown = (s.op == "×" and s.unknown == "c") or (s.op == "÷" and s.unknown == "a")
    jumps = tuple(Jump(k * size, (k + 1) * size, "+" + whole_text(size)) for k in range(count))
    labels = (0,) if end_unknown else (0, end)
    points = (Marker(end, "?"),) if end_unknown else ()
    return NumberLine(0, end, size, labels=labels, points=points, jumps=jumps)


def _array(s: Sum) -> Diagram | None:
    if s.op not in "×÷":
        return None
    rows, columns = (s.b, s.a) if s.op == "×" else (s.b, s.c)
    if s.unknown == "b" or not (1 <= rows <= 12 and 1 <= columns <= 12):
        return None
    return Array(rows, columns)


def _blocks(s: Sum) -> Diagram | None:
    # the number you start from (the whole when it is known): add to it or take from it in blocks
    start = {"+": "a", "−": "a"}.get(s.op, "a")
    value = s.c if s.unknown == start and s.op == "+" else getattr(s, start)
    if s.unknown == start:
        value = s.c
    if not 1 <= value <= 9999:
        return None
    return BaseTen.of(value)


_CALC_BUILDERS: dict[str, Callable[[Sum], Diagram | None]] = {
    "bar_model": _bar,
    "part_whole": _part_whole,
    "number_line": _line,
    "array": _array,
    "base_ten": _blocks,
}


def offer_sum(item: Item, op: str, a: int, b: int, unknown: str = "c", unit: str = "") -> Item:
    """The item with every picture of the calculation a op b = c that fits, the number ``unknown`` drawn '?'.

    ``unit`` '£' means a and b are pence behind a prompt in pounds: bars and part–whole models are labelled in
    pounds, and the other pictures (which would show pence) are left out.
    """
    c = {"+": a + b, "−": a - b, "×": a * b, "÷": a // b}[op]
    s = Sum(op, a, b, c, unknown)
    drawn = {kind: build(s) for kind, build in _CALC_BUILDERS.items()}
    if unit:
        drawn = {k: replace(d, unit=unit) for k, d in drawn.items() if isinstance(d, (BarModel, PartWholeModel))}
    return offer(item, **drawn)


def offer_parts(item: Item, parts: tuple[int, ...]) -> Item:
    """The item with a bar and a part–whole model of a sum of several parts, the total unknown."""
    return offer(item, bar_model=BarModel("?", parts), part_whole=PartWholeModel("?", parts))


def offer_number(item: Item, number: int) -> Item:
    """The item with the number it is about in a place-value chart, and in base-10 blocks up to 9999."""
    blocks = BaseTen.of(number) if 1 <= number <= 9999 else None
    return offer(item, place_value_chart=chart(number), base_ten=blocks)


def offer_shift(item: Item, number: int, change: int, unknown: str = "c") -> Item:
    """10, 100, 1000 … more or less than a number: a jump on a line, or the number to start from as counters or
    blocks (the number you end at when the start is the unknown, 'a': work backwards from it)."""
    op = "+" if change > 0 else "−"
    s = Sum(op, number, abs(change), number + change, unknown)
    start = s.c if unknown == "a" else s.a
    return offer(
        item,
        number_line=_line(s),
        place_value_chart=chart(start),
        base_ten=BaseTen.of(start) if 1 <= start <= 9999 else None,
    )


def scale_line(start: int, end: int, parts: int, mark: int) -> NumberLine:
    """A line (or a scale) from start to end in equal parts, the arrow at one mark being the number to read."""
    size = (end - start) // parts
    return NumberLine(start, end, size, labels=(start, end), points=(Marker(start + mark * size, "?"),))


def halfway_line(a: int, b: int) -> NumberLine:
    """The line from a to b with the halfway point to find, marked in steps that fit the gap."""
    step = _fit(a, b) if (b - a) % 2 == 0 and _fit(a, b) * 2 <= b - a else (b - a) // 2
    if ((b - a) // 2) % step:
        step = (b - a) // 2
    return NumberLine(a, b, step, labels=(a, b), points=(Marker((a + b) // 2, "?"),))


def picture(key: str, item: Item, level: Level | int, representation: str | None) -> Item:
    """The item with its picture: the one asked for, or (None) the topic's choice for this level and style."""
    fitting = suitable(key, level, item.style)
    if representation is not None and representation not in fitting:
        raise _unsuitable(key, representation, int(level), item.style)
    offered = item.diagram if isinstance(item.diagram, Offered) else Offered(())
    return _chosen(key, replace(item, diagram=None), offered, int(level), fitting, representation)


def pictured(key: str) -> Callable[[Callable[..., Item]], Callable[..., Item]]:
    """Wrap fn(rng, level, style) as fn(rng, level, style, representation) for the registry."""

    def wrap(fn: Callable[..., Item]) -> Callable[..., Item]:
        @functools.wraps(fn)
        def with_picture(rng, level, style, representation=None):
            return picture(key, fn(rng, level, style), level, representation)

        return with_picture

    return wrap


# ---------------------------------------------------------------------- pictures a topic offers


@dataclass(frozen=True)
class Offered:
    """The pictures a topic drew for one item from its own numbers, kind by kind (a kind left out does not fit)."""

    pictures: tuple[tuple[str, Diagram], ...]
    why: str = ""

    def get(self, kind: str) -> Diagram | None:
        return dict(self.pictures).get(kind)


def offer(item: Item, why: str = "", **drawn: Diagram | None) -> Item:
    """The item carrying the pictures that fit it; the @pictured wrapper keeps the one asked for (or none).

    ``why`` says, for a teacher, why a kind the topic offers elsewhere does not fit this one question.
    """
    return replace(item, diagram=Offered(tuple((k, d) for k, d in drawn.items() if d is not None), why))


def _chosen(
    key: str, item: Item, offered: Offered, level: int, fitting: tuple[str, ...], representation: str | None
) -> Item:
    here = tuple(k for k in fitting if offered.get(k) is not None)
    if representation is None:
        if key in ON_REQUEST and level != 1:
            return item
        return replace(item, diagram=offered.get(here[0])) if here else item
    diagram = offered.get(representation)
    if diagram is None:
        reason = f" ({offered.why})" if offered.why else ""
        try_ = f"try {', '.join(here)}" if here else "no picture suits this question"
        raise ValueError(
            f"this {item.style.replace('_', ' ')} question has no {representation} picture{reason}; {try_}"
        )
    return replace(item, diagram=diagram)


# ---------------------------------------------------------------------- builders the topics call


def _nice_steps() -> list[int]:
    return [m * 10**k for k in range(8) for m in (1, 2, 5)]


def _frame(values: list[int], most: int = 20) -> tuple[int, int, int]:
    """A line from a round number below the values to one above, in at most ``most`` equal 1-2-5 steps."""
    low, high = min(values), max(values)
    for step in _nice_steps():
        start, end = low // step * step, -(-high // step) * step
        if end == start:
            end = start + step
        if (end - start) // step <= most:
            return start, end, step
    raise ValueError("numbers too far apart for one number line")


def _signed(change: int) -> str:
    """A jump's label as KS2 writes numbers: +5, −1000, +10,000."""
    return ("+" if change > 0 else "−") + whole_text(abs(change))


def _through(
    known: list[int], unknown: list[int] = (), jumps: tuple[Jump, ...] = (), zero: bool = False, also: list[int] = ()
) -> NumberLine:
    """A number line through the known values (labelled), the unknown ones ('?'), and 0 if asked.

    A known value on a mark is labelled under the mark (its arrow left blank, so no number is written twice);
    one between marks is labelled on its arrow. An unknown never sits on a labelled mark: if it would be an end,
    the line runs one step further.
    """
    values = [*known, *unknown, *also, *([0] if zero else [])]
    start, end, step = _frame(values)
    start -= step if start in unknown else 0
    end += step if end in unknown else 0

    def on_mark(value: int) -> bool:
        return (value - start) % step == 0

    wanted = [start, end, *([0] if zero else []), *(v for v in known if on_mark(v))]
    labels = tuple(dict.fromkeys(v for v in wanted if v not in unknown))
    points = tuple(Marker(v, "" if on_mark(v) else v) for v in dict.fromkeys(known))
    points += tuple(Marker(v, "?") for v in unknown)
    return NumberLine(start, end, step, labels=labels, points=points, jumps=jumps)


def rounding_line(number: int, place: int) -> NumberLine:
    """The number marked between the two multiples of the place it lies between, the halfway mark labelled."""
    low = number // place * place
    return NumberLine(
        low,
        low + place,
        place // 10,
        labels=(low, low + place // 2, low + place),
        points=(Marker(number, number),),
    )


def jump_line(start: int, change: int, shown: str = "start") -> NumberLine:
    """A jump of ``change`` from ``start`` through zero; ``shown`` is what is labelled: the start (the end is '?'),
    or 'both' ends with the jump marked '?' (a difference)."""
    end = start + change
    if shown == "both":
        return _through([start, end], jumps=(Jump(start, end, "?"),), zero=True)
    return _through([start], [end], (Jump(start, end, _signed(change)),), zero=True)


def two_jumps(start: int, first: int, second: int) -> NumberLine:
    """Two changes one after the other (a temperature that rises then falls): the end is '?'."""
    middle, end = start + first, start + first + second
    jumps = (Jump(start, middle, _signed(first)), Jump(middle, end, _signed(second)))
    return _through([start], [end], jumps, zero=True, also=[middle])


def sequence_line(terms: list[int], gap: int, jumps: bool = True) -> NumberLine | None:
    """Equal jumps along a sequence, every term labelled but the one to find (index ``gap``), which is '?'."""
    step = abs(terms[1] - terms[0])
    low, high = min(terms), max(terms)
    if step == 0 or (high - low) // step > 20:
        return None
    labels = tuple(t for i, t in enumerate(terms) if i != gap)
    arcs = tuple(Jump(a, b, _signed(b - a)) for a, b in itertools.pairwise(terms)) if jumps else ()
    return NumberLine(low, high, step, labels=labels, points=(Marker(terms[gap], "?"),), jumps=arcs)


def counting_line(step: int, claim: int) -> NumberLine | None:
    """Jumps of ``step`` from 0 up to (and past, if need be) ``claim``, which is marked: do you land on it?"""
    count = -(-claim // step)
    if count > 13:
        return None
    arcs = tuple(Jump(k * step, (k + 1) * step, f"+{step}") for k in range(count))
    on_mark = claim % step == 0
    labels = (0, claim) if on_mark else (0,)
    return NumberLine(
        0, count * step, step, labels=labels, points=(Marker(claim, "" if on_mark else claim),), jumps=arcs
    )


def points_line(values: list[int]) -> NumberLine | None:
    """Numbers to compare, each marked where it sits on a line that spans them; None if two are too close to
    tell apart on a line drawn to scale (closer than a tenth of the line: their labels would overlap)."""
    try:
        line = _through(values)
    except ValueError:
        return None
    ordered = sorted(values)
    if min(b - a for a, b in itertools.pairwise(ordered)) * 10 < line.end - line.start:
        return None
    return line


def chart(number: int | Fraction | Decimal) -> PlaceValueChart | None:
    """The place-value chart of a number, or None if it has no chart (negative, millions and up, 4+ decimals)."""
    if isinstance(number, Fraction):
        if number.denominator == 1:
            number = number.numerator
        else:
            number = Decimal(number.numerator) / Decimal(number.denominator)
    try:  # counters past the point show their values (0.1, 0.01), as place-value counters do
        return PlaceValueChart.of(number, labelled=isinstance(number, Decimal) and number % 1 != 0)
    except DiagramError:
        return None


def sharing_bar(
    whole: int, groups: int, each: int, remainder: int = 0, unknown: str = "each", unit: str = ""
) -> BarModel | None:
    """``whole`` shared into ``groups`` equal parts of ``each`` (and a smaller part for any remainder).

    ``unknown`` is what the question asks for, drawn '?': 'each', 'whole' or 'remainder'.
    """
    if not 2 <= groups + (1 if remainder else 0) <= 12 or each <= 0:
        return None
    part: int | str = "?" if unknown == "each" else each
    parts = (part,) * groups + ((("?" if unknown == "remainder" else remainder),) if remainder else ())
    sizes = (each,) * groups + ((remainder,) if remainder else ())
    return BarModel("?" if unknown == "whole" else whole, parts, sizes=sizes, unit=unit)


def coins(pence: int, most: int = 12) -> Coins | None:
    """An amount as the fewest UK notes and coins (largest first), if that is at most ``most`` pieces."""
    pieces, rest = [], pence
    for value in sorted(COINS + NOTES, reverse=True):
        count, rest = divmod(rest, value)
        pieces += [value] * count
    return Coins(tuple(pieces)) if 1 <= len(pieces) <= most else None


def array(rows: int, columns: int) -> Array | None:
    """rows × columns dots, when both fit an array (1–12)."""
    return Array(rows, columns) if 1 <= rows <= 12 and 1 <= columns <= 12 else None
