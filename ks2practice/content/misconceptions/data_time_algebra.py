"""Statistics, time and algebra mechanisms: each wrong answer, and its feedback, from the item's own numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.misconceptions.catalogue import Applied, Mechanism, Misconception, mechanism, register
from ks2practice.content.wording import ordinal, show
from ks2practice.core.steps import Expr, Step, add, div, eq, mul, sub

register(
    Misconception(
        "mean_as_mode",
        "Gives the most common value as the mean",
        "They gave the value that comes up most often (the mode) as the mean; the mean shares the total equally: "
        "add all the values, then divide by how many there are.",
    ),
)


# ---------------------------------------- the mean


def _say_wrong_count(values: Sequence[int], count: int, *, mean: Fraction | None = None) -> str:
    total = sum(values)
    if mean is not None:
        n = len(values) + 1
        return (
            f"They found the total as the mean × {count}, the values they could see; all {n} values, the missing "
            f"one too, make the total: {show(mean)} × {n} = {show(mean * n)}, then take away the others."
        )
    n, zeros = len(values), list(values).count(0)
    if count == 1:
        return (
            f"They gave the total, {total}, as the mean without dividing; the mean shares the total equally "
            f"between the {n} values: {total} ÷ {n}."
        )
    if zeros and count == n - zeros:
        return (
            f"They left out the 0{'s' if zeros > 1 else ''} and divided {total} by {count}; a 0 is a value too, "
            f"so divide by all {n}: {total} ÷ {n}."
        )
    return f"They divided the total, {total}, by {count}, but there are {n} values: count every value, {total} ÷ {n}."


@mechanism("mean_wrong_count", say=_say_wrong_count)
def mean_wrong_count(values: Sequence[int], count: int, *, mean: Fraction | None = None) -> Fraction | None:
    """The mean with the total divided by ``count`` values, not all of them: 4, 0, 5, 3 over 3 → 4 (really 3).

    With ``mean`` (a missing value from the mean; ``values`` are the others): the total taken as mean × ``count``.
    """
    if mean is not None:
        wrong = Fraction(mean) * count - sum(values)
        return wrong if count != len(values) + 1 and wrong > 0 else None
    if count == len(values) or count <= 0:
        return None
    return Fraction(sum(values), count)


@mechanism("mean_as_mode")
def mean_as_mode(values: Sequence[int | Fraction]) -> Fraction | None:
    """The value that comes up most often, when just one does: 2, 2, 5, 7 → 2 (the mean is 4)."""
    return ts.mean_as_mode(values)


# ---------------------------------------- a mistake judging a claim, or a comparison


def claimed(slip: Mechanism, claim: object, *operands: object, **options: object) -> Applied:
    """A true-or-false claim judged by a mistake: 'true' when the claim is what ``slip`` gives on these operands.

    The wrong answer is still the mechanism's own output on the item's numbers, and the feedback its own; this only
    says that a child making that mistake would call the (false) claim true.
    """

    def wrong(*ops: object, claim: object, **opts: object) -> bool | None:
        value = slip.wrong(*ops, **opts)
        return True if value is not None and not isinstance(value, bool) and value == claim else None

    def say(*ops: object, claim: object, **opts: object) -> str:
        return slip.feedback_for(*ops, **opts)

    return replace(slip, wrong=wrong, say=say, plausible=None, story=None).on(*operands, claim=claim, **options)


def claimed_by(applied: Applied, claim: object) -> Applied:
    """claimed() for a mechanism already applied to an item's operands."""
    return claimed(applied.mechanism, claim, *applied.operands, **dict(applied.options))


def compared(slip: Mechanism, against: int | Fraction, *operands: object, **options: object) -> Applied:
    """A <, > or = written from what ``slip`` gives on these operands, compared with ``against``."""

    def wrong(*ops: object, against: int | Fraction, **opts: object) -> str | None:
        value = slip.wrong(*ops, **opts)
        if value is None or isinstance(value, bool | str):
            return None
        return "<" if value < against else ">" if value > against else "="

    def say(*ops: object, against: object, **opts: object) -> str:
        return slip.feedback_for(*ops, **opts)

    return replace(slip, wrong=wrong, say=say, plausible=None, story=None).on(*operands, against=against, **options)


# ---------------------------------------- time


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _as_number(minutes: int) -> int:
    return minutes // 60 * 100 + minutes % 60


register(
    Misconception(
        "clock_subtraction",
        "Subtracts clock times as if they were ordinary numbers",
        "They subtracted the times as ordinary numbers (11:10 − 10:50 as 1110 − 1050 = 60), as if an hour were "
        "100 minutes; count on to the next o'clock, then on to the end time.",
    ),
    Misconception(
        "hours_minutes_as_decimal",
        "Writes hours and minutes as a decimal of hours",
        "They wrote the minutes after the decimal point (1 h 30 min as 1.3 h), as if an hour were 100 minutes; "
        "30 minutes is half an hour, so 1 h 30 min is 1.5 h.",
    ),
    Misconception(
        "end_time_hundred_minutes",
        "Adds minutes to a time as if an hour were 100 minutes",
        "They added the minutes as if an hour were 100 minutes (10:50 + 75 minutes → 11:25, not 12:05); "
        "count on to the next o'clock first, then add what is left.",
    ),
)


@mechanism(
    "clock_subtraction",
    say=lambda start, end: (
        f"They subtracted the times as numbers, {_as_number(end)} − {_as_number(start)} = "
        f"{_as_number(end) - _as_number(start)}, as if an hour were 100 minutes; from {_hhmm(start)} to "
        f"{_hhmm(end)} is {end - start} minutes: count on to the next o'clock, then on to the end time."
    ),
)
def clock_subtraction(start: int, end: int) -> int | None:
    """A duration found by subtracting the clock times as numbers: 10:50 to 11:10 → 1110 − 1050 = 60 minutes."""
    return ts.clock_subtraction(start, end) if end > start else None


@mechanism(
    "hours_minutes_as_decimal",
    say=lambda hours, minutes: (
        f"They wrote {hours} h {minutes} min as {ts.hours_minutes_as_decimal(hours, minutes)} h, as if an hour "
        f"were 100 minutes; {minutes} minutes is {show(Fraction(minutes, 60))} of an hour."
    ),
)
def hours_minutes_as_decimal(hours: int, minutes: int) -> Fraction | None:
    """Hours and minutes written as a decimal of hours: 1 h 30 min → 1.3 h (really 1.5 h)."""
    wrong = ts.hours_minutes_as_decimal(hours, minutes)
    return None if wrong is None else Fraction(wrong)


def _end_hundred(start: int, length: int) -> int | None:
    hour, minute = divmod(start, 60)
    total = minute + length
    wrong_hour, wrong_minute = hour + total // 100, total % 100
    wrong = wrong_hour * 60 + wrong_minute
    if wrong_minute >= 60 or wrong_hour >= 24 or wrong == start + length:
        return None
    return wrong


@mechanism(
    "end_time_hundred_minutes",
    say=lambda start, length: (
        f"They added {length} minutes to {_hhmm(start)} as if an hour were 100 minutes, reaching "
        f"{_hhmm(_end_hundred(start, length) or 0)}; count on {(60 - start % 60) % 60 or 60} minutes to the next "
        f"o'clock, then add the rest: the end is {_hhmm((start + length) % (24 * 60))}."
    ),
)
def end_time_hundred_minutes(start: int, length: int) -> int | None:
    """The end of ``length`` minutes from ``start``, 100 minutes to the hour: 10:50 + 75 min → 11:25 (in minutes)."""
    return _end_hundred(start, length)


register(
    Misconception(
        "minute_as_hundred_seconds",
        "Treats a minute as 100 seconds",
        "They worked as if a minute were 100 seconds (2 min 15 s → 215 s); a minute is 60 seconds: "
        "2 × 60 + 15 = 135 seconds.",
    ),
    Misconception(
        "minutes_split_by_hundred",
        "Splits minutes into hours as if an hour were 100 minutes",
        "They split the minutes into hours at 100 (350 minutes → 3 h 50 min); an hour is 60 minutes: "
        "350 ÷ 60 = 5 r 50, so 350 minutes is 5 h 50 min.",
    ),
)


@mechanism(
    "minute_as_hundred_seconds",
    say=lambda minutes, seconds: (
        f"They took {minutes} min{f' {seconds} s' if seconds else ''} as "
        f"{100 * minutes + seconds} seconds, as if a minute were 100 seconds; a minute is 60 seconds: {minutes} × 60"
        f"{f' + {seconds}' if seconds else ''} = {60 * minutes + seconds} seconds."
    ),
)
def minute_as_hundred_seconds(minutes: int, seconds: int) -> int | None:
    """Minutes and seconds in seconds with 100 seconds to the minute: 2 min 15 s → 215 s."""
    return None if minutes == 0 else 100 * minutes + seconds


def _split_hundred(total: int) -> tuple[int, int]:
    return divmod(total, 100)


@mechanism(
    "minutes_split_by_hundred",
    say=lambda total: (
        f"They split {total} minutes at 100 to the hour, {_split_hundred(total)[0]} h "
        f"{_split_hundred(total)[1]} min; an hour is 60 minutes: {total} ÷ 60 = {total // 60} r {total % 60}, "
        f"so {total} minutes is {total // 60} h {total % 60} min."
    ),
)
def minutes_split_by_hundred(total: int) -> int | None:
    """Minutes written as hours and minutes at 100 to the hour, in minutes: 350 min → 3 h 50 min = 230 min."""
    hours, rest = _split_hundred(total)
    return hours * 60 + rest if hours else None


def _say_thirty(days: Sequence[int]) -> str:
    many = len(days)
    if many == 1:
        return f"They took the month to have 30 days; it has {days[0]}: 30 days hath September, April, June, November."
    return (
        f"They counted 30 days for each of the {many} months, {30 * many} days; these months have "
        f"{' + '.join(map(str, days))} = {sum(days)} days — use the knuckle rhyme or a calendar."
    )


@mechanism("month_length_thirty", say=_say_thirty)
def month_length_thirty(days: Sequence[int]) -> int | None:
    """Days in whole months counted as 30 each: March and April (31 + 30) → 60 (really 61)."""
    return ts.days_as_thirty(len(days), sum(days))


def hour_of(slip: Mechanism, *operands: object) -> Applied:
    """The hour of the time of day (minutes after midnight) that ``slip`` gives on these operands: for □:35."""

    def wrong(*ops: object) -> int | None:
        value = slip.wrong(*ops)
        return None if value is None else int(value) // 60

    return replace(slip, wrong=wrong, plausible=None, story=None).on(*operands)


def later_by(slip: Mechanism, other: int, texts: tuple[str, str], *operands: object) -> Applied:
    """The choice of the later of two times when the first is converted by ``slip``: texts are (first, other)."""

    def wrong(*ops: object) -> str | None:
        value = slip.wrong(*ops)
        if value is None or value == other:
            return None
        return texts[0] if value > other else texts[1]

    return replace(slip, wrong=wrong, plausible=None, story=None).on(*operands)


# ---------------------------------------- algebra


def _whole(value: Fraction) -> int | None:
    return value.numerator if value.denominator == 1 and value > 0 else None


def _signed(constant: int) -> str:
    return f" + {constant}" if constant > 0 else f" − {-constant}" if constant < 0 else ""


def _say_coefficient(
    coefficient: int,
    value: int | None = None,
    *,
    constant: int = 0,
    total: int | None = None,
    digits: bool = False,
    letter: str = "n",
) -> str:
    wrong = coefficient_misread.wrong(coefficient, value, constant=constant, total=total, digits=digits)
    a, term = coefficient, f"{coefficient}{letter}"
    if total is not None:
        return (
            f"They read {term} as {a} + {letter} and took {a} away as well: {total}{_signed(-constant)} − {a} = "
            f"{wrong}; {term} means {a} × {letter}, so divide by {a}."
        )
    if digits:
        return (
            f"They read {term} as the two-digit number {a}{value}; {term} means {a} × {letter}: "
            f"{a} × {value} = {a * value}."
        )
    return (
        f"They read {term} as {a} + {letter}: {a} + {value}{_signed(constant)} = {wrong}; {term} means "
        f"{a} × {letter} — write the × in."
    )


def _with_constant(expr: Expr | int, constant: int) -> Expr | int:
    return add(expr, constant) if constant > 0 else sub(expr, -constant) if constant < 0 else expr


def _story_coefficient(
    coefficient: int,
    value: int | None = None,
    *,
    constant: int = 0,
    total: int | None = None,
    digits: bool = False,
    letter: str = "n",
) -> tuple[Step, ...]:
    wrong = coefficient_misread.wrong(coefficient, value, constant=constant, total=total, digits=digits)
    a = coefficient
    if total is not None:
        taken = _with_constant(total, -constant)
        return (
            Step(f"They read {a}{letter} as {a} + {letter} and took {a} away as well: ", eq(sub(taken, a), wrong), "."),
            Step(f"But {a}{letter} means {a} × {letter}, so after ", eq(taken, total - constant), f" divide by {a}."),
        )
    assert value is not None
    if digits:
        return (
            Step(
                f"They read {a}{letter} as the two-digit number {wrong}, but {a}{letter} means ",
                eq(mul(a, value), a * value),
                ".",
            ),
        )
    return (
        Step(f"They read {a}{letter} as {a} + {letter}: ", eq(_with_constant(add(a, value), constant), wrong), "."),
        Step(f"But {a}{letter} means {a} × {letter}: ", eq(mul(a, value), a * value), "."),
    )


@mechanism("coefficient_misread", say=_say_coefficient, story=_story_coefficient)
def coefficient_misread(
    coefficient: int,
    value: int | None = None,
    *,
    constant: int = 0,
    total: int | None = None,
    digits: bool = False,
    letter: str = "n",
) -> int | None:
    """A number next to a letter read as adding (3n as 3 + n), or as a two-digit number (``digits``: 4c with c = 7
    as 47). Evaluating an + constant at n = value: a + value + constant. With ``total``, solving an + constant = total
    the same way: total − constant − a."""
    if total is not None:
        wrong = total - constant - coefficient
        right = Fraction(total - constant, coefficient)
        return wrong if wrong > 0 and wrong != right else None
    assert value is not None
    if digits:
        return coefficient * 10 + value + constant if 0 <= value <= 9 else None
    wrong = coefficient + value + constant
    return wrong if wrong > 0 else None


_ORDER_SAY = {
    "add_first": lambda a, x, b: (
        f"They added before multiplying: {a} × ({x} + {b}) = {a * (x + b)}; multiply first, then add: "
        f"{a} × {x} + {b} = {a * x + b}."
    ),
    "subtract_first": lambda a, x, b: (
        f"They took away before multiplying: {a} × ({x} − {b}) = {a * (x - b)}; multiply first, then take away: "
        f"{a} × {x} − {b} = {a * x - b}."
    ),
    "first_term_only": lambda a, x, y: (
        f"They multiplied only the first number in the bracket: {a} × {x} + {y} = {a * x + y}; work the bracket "
        f"first: {a} × ({x} + {y}) = {a * (x + y)}."
    ),
    "undo_first_term_only": lambda a, x, total: (
        f"They took {a} × {x} from {total} and stopped, {total} − {a * x} = {total - a * x}, as if only {x} were "
        f"multiplied by {a}; undo × {a} first: {total} ÷ {a} = {Fraction(total, a)}, then take away {x}."
    ),
    "solve_first_term_only": lambda a, b, total: (
        f"They multiplied only the letter by {a}, not the whole bracket: ({total} − {b}) ÷ {a} = "
        f"{Fraction(total - b, a)}; undo × {a} first: {total} ÷ {a} = {Fraction(total, a)}, then take away {b}."
    ),
    "undo_in_wrong_order": lambda a, b, total: (
        f"They undid the steps in the wrong order: {total} × {a} − {b} = {total * a - b}; undo the last step "
        f"first: {total} − {b} = {total - b}, then × {a}."
    ),
}


def _say_order(kind: str, *numbers: int, pence: bool = False) -> str:
    said = _ORDER_SAY[kind](*numbers)
    # Money in whole pounds: the same sums, with the amounts in pounds (£3 × (4 + 5) = £27).
    return said.replace(f"{numbers[0]} × ", f"£{numbers[0]} × ").replace(" = ", " = £") if pence else said


def _story_order(kind: str, *numbers: int, pence: bool = False) -> tuple[Step, ...]:
    a, x, y = numbers
    money = " (in pounds)" if pence else ""
    wrong, right = {
        "add_first": (mul(a, add(x, y)), add(mul(a, x), y)),
        "subtract_first": (mul(a, sub(x, y)), sub(mul(a, x), y)),
        "first_term_only": (add(mul(a, x), y), mul(a, add(x, y))),
        "undo_first_term_only": (sub(y, mul(a, x)), sub(div(y, a), x)),
        "undo_in_wrong_order": (sub(mul(y, a), x), mul(sub(y, x), a)),
        "solve_first_term_only": (div(sub(y, x), a), sub(div(y, a), x)),
    }[kind]
    value = worked_in_wrong_order.wrong(kind, *numbers)
    right_value = {
        "add_first": a * x + y,
        "subtract_first": a * x - y,
        "first_term_only": a * (x + y),
        "undo_first_term_only": Fraction(y, a) - x,
        "undo_in_wrong_order": (y - x) * a,
        "solve_first_term_only": Fraction(y, a) - x,
    }[kind]
    return (
        Step(f"They worked in the wrong order{money}: ", eq(wrong, value), "."),
        Step(f"In the right order{money}: ", eq(right, right_value), "."),
    )


register(
    Misconception(
        "worked_in_wrong_order",
        "Works a formula or an equation in the wrong order",
        "They took away before multiplying, or undid the steps of an equation in the wrong order; work a formula "
        "brackets first, then ×, then + and −, and undo an equation's steps last first.",
    ),
)


@mechanism("worked_in_wrong_order", say=_say_order, story=_story_order)
def worked_in_wrong_order(kind: str, *numbers: int, pence: bool = False) -> int | None:
    """A formula or an equation worked in the wrong order, by kind (formula_order_of_operations owns a × x + b
    worked as a × (x + b) and a(x + y) as a × x + y; these are the rest):

    add_first (a, x, b): a × x + b as a × (x + b); subtract_first (a, x, b): a × x − b as a × (x − b);
    first_term_only (a, x, y): a(x + y) as a × x + y; undo_first_term_only (a, x, total): a(x + □) = total
    solved as total − a × x; undo_in_wrong_order (a, b, total): □ ÷ a + b = total solved as total × a − b;
    solve_first_term_only (a, b, total): a(□ + b) = total solved as if it were a□ + b = total.
    With ``pence``: a and b are whole pounds, and the wrong amount is given in pence.
    """
    a, x, y = numbers
    wrong = {
        "add_first": lambda: a * (x + y),
        "subtract_first": lambda: a * (x - y) if x > y else None,
        "first_term_only": lambda: a * x + y,
        "undo_first_term_only": lambda: y - a * x if y > a * x else None,
        "undo_in_wrong_order": lambda: y * a - x if y * a > x else None,
        "solve_first_term_only": lambda: _whole(Fraction(y - x, a)),
    }[kind]()
    return wrong * 100 if pence and wrong is not None else wrong


def story_of(applied: Applied) -> tuple[Step, ...]:
    """The working of the mistake an applied mechanism makes, on its own operands: its story, or for the shared
    formula_order_of_operations (a × (x + b) for a × x + b; a × x + y for a(x + y)) the two orders worked out."""
    one = applied.mechanism
    options = dict(applied.options)
    if one.story is not None:
        return tuple(
            Step(line) if not isinstance(line, Step) else line for line in one.story(*applied.operands, **options)
        )
    if one.id != "formula_order_of_operations":
        return ()
    multiplier, first, second = applied.operands
    scale = int(options.get("scale", 1))  # type: ignore[call-overload]
    a, y = _amount(multiplier, scale), _amount(second, scale)  # amounts in pence are worked in pounds
    money = " (in pounds)" if scale == 100 else ""
    value = Fraction(applied.wrong())  # type: ignore[arg-type]
    if options.get("bracket"):
        wrong, right, right_value = add(mul(a, first), y), mul(a, add(first, y)), a * (first + y)
    else:
        wrong, right, right_value = mul(a, add(first, y)), add(mul(a, first), y), a * first + y
    return (
        Step(f"They worked in the wrong order{money}: ", eq(wrong, _amount(value, scale)), "."),
        Step(f"In the right order{money}: ", eq(right, right_value), "."),
    )


def _amount(value: int | Fraction, scale: int) -> int | Decimal:
    """A value held in hundredths written as a number: 350 → 3.5 (pounds from pence); a whole stays whole."""
    exact = Fraction(value) / scale
    if exact.denominator == 1:
        return exact.numerator
    amount = Decimal(exact.numerator) / Decimal(exact.denominator)
    return amount.quantize(Decimal("0.01")) if scale == 100 else amount  # pounds and pence: 17.50, not 17.5


_INVERSE = {"+": "−", "−": "+", "×": "÷", "÷": "×"}


def _apply(value: Fraction, op: str, number: int) -> Fraction:
    if op == "+":
        return value + number
    if op == "−":
        return value - number
    if op == "×":
        return value * number
    return value / number


def _undo(total: int, ops: Sequence[tuple[str, int]], slip_at: int | None) -> Fraction:
    value = Fraction(total)
    for index in reversed(range(len(ops))):
        op, number = ops[index]
        value = _apply(value, op if index == slip_at else _INVERSE[op], number)
    return value


def _say_same(total: int, ops: Sequence[tuple[str, int]], slip_at: int) -> str:
    op, number = ops[slip_at]
    return (
        f"To undo {op} {number} they did {op} {number} again, and got {_undo(total, ops, slip_at)}; undo each step "
        f"with its inverse ({_INVERSE[op]} {number}) — a bar model shows whether the missing number is a whole or "
        "a part."
    )


register(
    Misconception(
        "undo_with_same_operation",
        "Undoes a step with the same operation, not its inverse",
        "To undo a step they did the same operation again (for n + 4 = 11: 11 + 4); undo each step with its "
        "inverse (11 − 4), last step first — check by putting the answer back in.",
    ),
)


def _undo_expr(total: int, ops: Sequence[tuple[str, int]], slip_at: int | None) -> Expr | int:
    made = {"+": add, "−": sub, "×": mul, "÷": div}
    expr: Expr | int = total
    for index in reversed(range(len(ops))):
        op, number = ops[index]
        expr = made[op if index == slip_at else _INVERSE[op]](expr, number)
    return expr


def _story_same(total: int, ops: Sequence[tuple[str, int]], slip_at: int) -> tuple[Step, ...]:
    op, number = ops[slip_at]
    return (
        Step(
            f"They did {op} {number} again instead of undoing it: ",
            eq(_undo_expr(total, ops, slip_at), _undo(total, ops, slip_at)),
            ".",
        ),
        Step("Undoing each step: ", eq(_undo_expr(total, ops, None), _undo(total, ops, None)), "."),
    )


@mechanism("undo_with_same_operation", say=_say_same, story=_story_same)
def undo_with_same_operation(total: int, ops: Sequence[tuple[str, int]], slip_at: int) -> int | None:
    """An equation solved by undoing its steps (``ops``, in the order done to the letter) last first, the one at
    ``slip_at`` with the same operation instead of its inverse: 3n + 4 = 25, the + undone by adding → (25 + 4) ÷ 3."""
    wrong = _whole(_undo(total, ops, slip_at))
    return None if wrong is None or wrong == _undo(total, ops, None) else wrong


@mechanism("sequence_difference_only")
def sequence_difference_only(difference: int, position: int, *, scale: int = 1) -> int:
    """The nth term as difference × n, where the sequence starts forgotten: start 3, add 4, 20th term → 80.

    ``scale``: the answer in smaller units (100 for pounds answered in pence)."""
    return difference * position * scale


@mechanism(
    "sequence_one_step_too_many",
    say=lambda start, difference, position, *, asked_position=False, scale=1: (
        (
            f"They counted the steps of {difference} and gave that as the position, {position - 1}; the 1st term is "
            f"position 1 before any steps, so add 1: position {position}."
            if asked_position
            else None
        )
        or (
            f"They added the difference {position} times: {start} + {position} × {difference}; the 1st term needs no "
            f"steps, so the {ordinal(position)} needs {position - 1}: {start} + {position - 1} × {difference}."
        )
    ),
)
def sequence_one_step_too_many(
    start: int, difference: int, position: int, *, asked_position: bool = False, scale: int = 1
) -> int:
    """The nth term as start + difference × n (one step too many): start 3, add 4, 20th term → 83 (not 79).

    With ``asked_position`` (which position is this term?): the number of steps given as the position, one too few.
    """
    return position - 1 if asked_position else (start + difference * position) * scale


@mechanism("one_pair_only")
def one_pair_only(pairs: int, *, count: bool = False, agree: str | None = None) -> bool | int | str | None:
    """A pupil who stops at the first pair, when there are more: 'only one pair' called true; with ``count``,
    1 given as the number of pairs; with ``agree``, the option (its letter) that says one pair is the only one."""
    if pairs <= 1:
        return None
    return 1 if count else agree if agree is not None else True
