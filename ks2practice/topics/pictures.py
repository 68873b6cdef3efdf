"""Pictures for the number and calculation topics: the same maths in another picture (design.md §4)."""

# A pictured topic is written as before, ``fn(rng, level, style) -> Item``, and wrapped with ``@pictured(key)``,
# which adds the ``representation`` argument the registry passes. The wrapper builds the picture *after* the
# question is made, from the numbers already in the item (its ``check`` expression, in our KS2 notation), so the
# representation never changes what the rng draws: the same spec in another picture is the same question.
#
# ``PICTURES[key][kind]`` says at which levels, and for which styles, a kind of picture suits a topic; asking for
# one that does not suit raises a ValueError naming the ones that do. Every unknown in a picture is '?'.

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ks2practice.diagrams import (
    Array,
    BarModel,
    BaseTen,
    Diagram,
    Jump,
    Marker,
    NumberLine,
    PartWholeModel,
    PlaceValueChart,
)
from ks2practice.model import Item, Level

ALL = ("fluency", "missing_number", "true_or_false", "word_problem", "spot_the_mistake", "odd_one_out")

# topic key → kind → level → the styles it suits (the first kind listed with a level is the default there)
_ADD_SUB = {
    "bar_model": {lv: ALL for lv in (1, 2, 3)},
    "part_whole": {lv: ALL for lv in (1, 2, 3)},
    "number_line": {1: ALL},
    "base_ten": {1: ALL},
}
_NOT_MISSING = tuple(s for s in ALL if s != "missing_number")
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
}

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
    if kind in _WHY and style in ALL and any(style in s for s in PICTURES[key][kind].values()):
        reason = _WHY[kind]
    else:
        reason = f"a {kind} picture does not suit level {level} {style.replace('_', ' ')} questions here"
    return ValueError(reason + try_)


# ---------------------------------------------------------------------- reading the numbers back


_NUMBER = r"\(?−?\d[\d,]*\)?"


def _int(text: str) -> int:
    return int(text.strip("()").replace(",", "").replace("−", "-"))


@dataclass(frozen=True)
class Sum:
    """a op b = c with one unknown ('a', 'b' or 'c'): op is '+', '−', '×' or '÷'."""

    op: str
    a: int
    b: int
    c: int
    unknown: str


def sum_of(check: str) -> Sum | None:
    """The calculation a check states: 'a + b', 'a − □ = c', '□ × b = c', or 'a ÷ b = claim' (claim ignored)."""
    m = re.fullmatch(rf"({_NUMBER}|□) ([+−×÷]) ({_NUMBER}|□)(?: = ({_NUMBER}|□))?", check.strip())
    if not m:
        return None
    left, op, right, equals = m.groups()
    gaps = [x == "□" for x in (left, right, equals)]
    if sum(gaps) > 1 or (gaps[2] and equals is None):
        return None
    if gaps[0] or gaps[1]:
        c = _int(equals)
        known = _int(right) if gaps[0] else _int(left)
        if gaps[0]:
            a = {"+": c - known, "−": c + known, "×": c // known, "÷": c * known}[op]
            return Sum(op, a, known, c, "a")
        b = {"+": c - known, "−": known - c, "×": c // known, "÷": known // c}[op]
        return Sum(op, known, b, c, "b")
    a, b = _int(left), _int(right)
    if op == "÷" and (b == 0 or a % b):
        return None
    c = {"+": a + b, "−": a - b, "×": a * b, "÷": a // b if b else 0}[op]
    return Sum(op, a, b, c, "c")


def _shown(s: Sum, name: str) -> int | str:
    return "?" if s.unknown == name else getattr(s, name)


# ---------------------------------------------------------------------- the pictures of a calculation


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
        jump = Jump(first, result, "?" if s.unknown == "b" else f"{sign}{second:,}")
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
    jumps = tuple(Jump(k * size, (k + 1) * size, f"+{size:,}") for k in range(count))
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


def _calculation(item: Item, kind: str) -> Diagram | None:
    three = re.fullmatch(rf"({_NUMBER}) \+ ({_NUMBER}) \+ ({_NUMBER})", item.check.strip())
    if three and kind in ("bar_model", "part_whole"):
        parts = tuple(_int(x) for x in three.groups())
        return BarModel("?", parts) if kind == "bar_model" else PartWholeModel("?", parts)
    s = sum_of(item.check)
    if s is None:
        return None
    diagram = _CALC_BUILDERS[kind](s)
    in_prompt = {_int(x) for x in re.findall(_NUMBER, item.prompt)}
    if "£" in item.prompt and any(v not in in_prompt for v in (s.a, s.b, s.c) if v != s.c or s.unknown != "c"):
        # money in pence behind a prompt in pounds: label the picture in pounds too
        if isinstance(diagram, (BarModel, PartWholeModel)):
            return replace(diagram, unit="£")
        return None
    return diagram


# ---------------------------------------------------------------------- number topics


def _numbers(check: str) -> list[int]:
    return [_int(x) for x in re.findall(_NUMBER, check)]


def _place_value(item: Item, kind: str) -> Diagram | None:
    numbers = _numbers(item.check)
    if not numbers:
        return None
    number = numbers[-1] if item.style == "odd_one_out" else numbers[0]
    if kind == "place_value_chart":
        return PlaceValueChart.of(number)
    return BaseTen.of(number) if 1 <= number <= 9999 else None


def _more_or_less(item: Item, kind: str) -> Diagram | None:
    s = sum_of(item.check)
    if s is None or s.op not in "+−":
        return None
    start = s.c if s.unknown == "a" else s.a  # missing start: show where you end up, work backwards
    if kind == "number_line":
        return _line(s)
    if kind == "place_value_chart":
        return PlaceValueChart.of(start)
    return BaseTen.of(start) if 1 <= start <= 9999 else None


def _number_line(item: Item, kind: str) -> Diagram | None:
    check = item.check.split(" = ")[0]
    m = re.fullmatch(rf"({_NUMBER}) \+ (\d+) × \(({_NUMBER}) − ({_NUMBER})\) ÷ (\d+)", check)
    if m:
        start, mark, end, _, parts = (_int(x) for x in m.groups())
        size = (end - start) // parts
        return NumberLine(start, end, size, labels=(start, end), points=(Marker(start + mark * size, "?"),))
    m = re.fullmatch(rf"\(({_NUMBER}) \+ ({_NUMBER})\) ÷ 2", check)
    if m:
        a, b = (_int(x) for x in m.groups())
        step = _fit(a, b) if (b - a) % 2 == 0 and _fit(a, b) * 2 <= b - a else (b - a) // 2
        if ((b - a) // 2) % step:
            step = (b - a) // 2
        return NumberLine(a, b, step, labels=(a, b), points=(Marker((a + b) // 2, "?"),))
    return None


_BUILDERS: dict[str, Callable[[Item, str], Diagram | None]] = {
    "place_value": _place_value,
    "more_or_less": _more_or_less,
    "number_lines": _number_line,
}


def picture(key: str, item: Item, level: Level | int, representation: str | None) -> Item:
    """The item with its picture: the one asked for, or (None) the topic's choice for this level and style."""
    fitting = suitable(key, level, item.style)
    if representation is not None and representation not in fitting:
        raise _unsuitable(key, representation, int(level), item.style)
    kind = representation or (fitting[0] if fitting else None)
    if kind is None:
        return item
    build = _BUILDERS.get(key, _calculation)
    diagram = build(item, kind)
    if diagram is None:
        if representation is None:
            return item
        raise ValueError(f"this {item.style.replace('_', ' ')} question has no {kind} picture")
    return replace(item, diagram=diagram)


def pictured(key: str) -> Callable[[Callable[..., Item]], Callable[..., Item]]:
    """Wrap fn(rng, level, style) as fn(rng, level, style, representation) for the registry."""

    def wrap(fn: Callable[..., Item]) -> Callable[..., Item]:
        @functools.wraps(fn)
        def with_picture(rng, level, style, representation=None):
            return picture(key, fn(rng, level, style), level, representation)

        return with_picture

    return wrap
