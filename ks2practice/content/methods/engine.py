"""One engine for the written methods: a run on the operands gives the layout, the worked Steps and the answer."""

# A run can be asked to make one named mistake (a misconception id). Its answer is then the wrong answer that
# mistake gives and its steps are the mistaken trace: every relation in them is true (what the child worked
# out), and the words say what they wrote or skipped, so "Tens: 4 + 7 = 11, write 1 (the carried 1 is
# forgotten)" and never a false "4 + 7 + 1 = 11". The misconception mechanisms call these runs, so a mechanism's
# wrong answer is the mistaken run's answer by construction.

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ks2practice.content.methods import layouts
from ks2practice.core.steps import Remainder, Step, add, div, eq, group, mul, q, rel, sub

Answer = int | Decimal | Fraction | str

WHOLE_PLACES = ("Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands", "Millions")
DECIMAL_PLACES = ("Tenths", "Hundredths", "Thousandths")

ADDITION = ("no_exchange_addition", "decimals_aligned_right")
SUBTRACTION = ("smaller_from_larger", "exchange_not_subtracted", "decimals_aligned_right")
SHORT = ("carry_not_added_multiplication", "carry_added_before_multiplying")
LONG = ("place_value_slip_long_multiplication", "no_exchange_addition")
DIVISION = ("missing_zero_in_quotient", "remainder_as_decimal")
DECIMAL_TIMES = ("decimal_point_ignored_multiplying", "decimal_point_misplaced_multiplying")


@dataclass(frozen=True)
class Run:
    """One written method worked on its operands.

    ``layout`` is the method laid out as layouts.py draws it (None for a mistaken run: the layout is of the
    method done right); ``steps`` one Step per column, digit or row; ``answer`` what the run ends with (for a
    mistaken run, the wrong answer); ``mistaken`` the indexes of the steps where the mistake is made.
    """

    layout: str | None
    steps: tuple[Step, ...]
    answer: Answer
    mistake: str | None = None
    mistaken: tuple[int, ...] = ()
    written: tuple[Step, ...] = ()

    @property
    def as_written(self) -> tuple[Step, ...]:
        """The steps as the child wrote them, without the notes that name the mistake (for spot the mistake)."""
        return self.written or self.steps

    @property
    def first_mistake(self) -> int:
        return self.mistaken[0] if self.mistaken else -1


def layouts_number(n: int) -> str:
    """A whole number in words as the steps render it: 1000 without a comma, 10,000 with one."""
    return f"{n:,}" if n >= 10_000 else str(n)


def place_name(k: int, places: int = 0) -> str:
    """The name of column k (0 the smallest place) when `places` of the columns are after the point."""
    return DECIMAL_PLACES[places - 1 - k] if k < places else WHOLE_PLACES[k - places]


def _check(mistake: str | None, allowed: tuple[str, ...]) -> None:
    if mistake is not None and mistake not in allowed:
        raise ValueError(f"this method cannot make the mistake {mistake!r}; it can make: {', '.join(allowed)}")


def _scaled(values: tuple[int | Decimal, ...]) -> tuple[list[int], int]:
    return layouts._scale(values)


def _value(scaled: int, places: int) -> int | Decimal:
    return scaled if places == 0 else Decimal(scaled).scaleb(-places)


def _digit(n: int, k: int) -> int:
    return (n // 10**k) % 10


# ---------------------------------------------------------------------- column addition


def add_in_columns(*numbers: int | Decimal, mistake: str | None = None) -> Run:
    """Column addition, ones (or the smallest decimal place) first; decimals line up on the point."""
    _check(mistake, ADDITION)
    if mistake == "decimals_aligned_right":
        return _aligned_right(numbers, "+")
    scaled, places = _scaled(numbers)
    columns = max(max(len(str(n)) for n in scaled), places + 1)
    steps: list[Step] = []
    written: list[Step] = []
    mistaken: list[int] = []
    out: list[int] = []
    carry = 0
    for k in range(columns):
        digits = [_digit(n, k) for n in scaled if n >= 10**k or k <= places]
        last = k == columns - 1
        due = carry
        used = 0 if mistake == "no_exchange_addition" else carry
        total = sum(digits) + used
        name = place_name(k, places)
        terms = [*digits, used] if used else digits
        write = total if last else total % 10
        out.append(write)
        carry = 0 if last else total // 10
        tail = f", write {write}" + (f", carry {carry}." if carry else ".")
        plain = tail
        if due and not used:
            tail = f", write {write} (the carried {due} is forgotten)" + (f", carry {carry}." if carry else ".")
            mistaken.append(k)
        for into, end in ((steps, tail), (written, plain)):
            if len(terms) == 1:
                into.append(Step(f"{name}: only {terms[0]}" + end))
            else:
                into.append(Step(f"{name}: ", eq(add(*terms), total), end))
    answer_scaled = int(str(out[-1]) + "".join(str(d) for d in reversed(out[:-1])))
    layout = None if mistake else layouts.column_addition(*numbers)
    return Run(layout, tuple(steps), _value(answer_scaled, places), mistake, tuple(mistaken), tuple(written))


# ---------------------------------------------------------------------- column subtraction


def subtract_in_columns(a: int | Decimal, b: int | Decimal, mistake: str | None = None) -> Run:
    """Column subtraction by exchanging (decomposition), the smallest place first."""
    _check(mistake, SUBTRACTION)
    if mistake == "decimals_aligned_right":
        return _aligned_right((a, b), "−")
    (top, bottom), places = _scaled((a, b))
    if bottom > top:
        raise ValueError("column subtraction here takes the smaller number from the larger")
    columns = max(len(str(top)), places + 1)
    original = [_digit(top, k) for k in range(columns)]
    working = list(original)
    under = [_digit(bottom, k) for k in range(columns)]
    steps: list[Step] = []
    written: list[Step] = []
    mistaken: list[int] = []
    out: list[int] = []
    for k in range(columns):
        name = place_name(k, places)
        t, u = working[k], under[k]
        start = f"{name}: " + (f"{original[k]} is now {t}; " if t != original[k] else "")
        if t >= u:
            out.append(t - u)
            steps.append(Step(start, eq(sub(t, u), t - u), "."))
            written.append(steps[-1])
            continue
        mistaken.append(k) if mistake else None
        if mistake == "smaller_from_larger":
            out.append(u - t)
            steps.append(
                Step(start, rel(t, "<", u), ", so they take ", eq(sub(u, t), u - t), " instead of exchanging.")
            )
            written.append(Step(start, eq(sub(u, t), u - t), "."))
            continue
        if mistake == "exchange_not_subtracted":
            nxt = place_name(k + 1, places).lower()
            out.append(t + 10 - u)
            steps.append(
                Step(start, "exchange: ", eq(sub(t + 10, u), t + 10 - u), f", but the {nxt} digit is not made 1 less.")
            )
            written.append(Step(start, "exchange: ", eq(sub(t + 10, u), t + 10 - u), "."))
            continue
        j = k + 1
        while working[j] == 0:
            j += 1
        working[j] -= 1
        for m in range(k + 1, j):
            working[m] = 9
        out.append(t + 10 - u)
        steps.append(Step(start, rel(t, "<", u), ", so exchange: ", eq(sub(t + 10, u), t + 10 - u), "."))
        written.append(steps[-1])
    answer_scaled = int("".join(str(d) for d in reversed(out)))
    layout = None if mistake else layouts.column_subtraction(a, b)
    return Run(layout, tuple(steps), _value(answer_scaled, places), mistake, tuple(mistaken), tuple(written))


def _aligned_right(numbers: tuple[int | Decimal, ...], op: str) -> Run:
    """The last digits lined up as for whole numbers, then the point put back as far from the end as the longer."""
    places = max(layouts._places(n) for n in numbers)
    digits = [int(str(n).replace(".", "")) for n in numbers]
    if op == "−" and digits[1] > digits[0]:
        raise ValueError("the digits lined up on the right cannot be taken away")
    whole = add_in_columns(*digits) if op == "+" else subtract_in_columns(digits[0], digits[1])
    shown = " and ".join(str(n) for n in numbers)
    first = Step(f"They write {shown} with the last digits lined up, as for whole numbers.")
    steps = [first]
    for k, step in enumerate(whole.steps):  # their columns are not the number's places: count them instead
        head, *rest = step.parts
        steps.append(Step(f"Column {k + 1} from the right" + str(head)[len(WHOLE_PLACES[k]) :], *rest))
    wrong = _value(int(whole.answer), places)
    steps.append(Step(f"They put the point {places} digits from the end: ", q(wrong), "."))
    return Run(None, tuple(steps), wrong, "decimals_aligned_right", (0,))


# ---------------------------------------------------------------------- multiplication


def multiply_short(a: int, m: int, mistake: str | None = None) -> Run:
    """Short multiplication by a one-digit number: each digit times m, then add the carried digit."""
    _check(mistake, SHORT)
    digits = [int(d) for d in reversed(str(a))]
    steps: list[Step] = []
    written: list[Step] = []
    mistaken: list[int] = []
    out: list[str] = []
    carry = 0
    for k, d in enumerate(digits):
        name = place_name(k)
        last = k == len(digits) - 1
        if carry and mistake == "carry_added_before_multiplying":
            total = (d + carry) * m
            relation = eq(mul(group(add(d, carry)), m), total)
            note = f" (the carried {carry} is added before multiplying)"
            mistaken.append(k)
        elif carry and mistake == "carry_not_added_multiplication":
            total = d * m
            relation = eq(mul(d, m), total)
            note = f" (the carried {carry} is not added)"
            mistaken.append(k)
        else:
            total = d * m + carry
            relation = eq(add(mul(d, m), carry), total) if carry else eq(mul(d, m), total)
            note = ""
        write = total if last else total % 10
        carry = 0 if last else total // 10
        out.append(str(write))
        tail = f", write {write}{note}" + (f", carry {carry}." if carry else ".")
        steps.append(Step(f"{name}: ", relation, tail))
        written.append(Step(f"{name}: ", relation, f", write {write}" + (f", carry {carry}." if carry else ".")))
    answer = int("".join(reversed(out)))
    layout = None if mistake else layouts.short_multiplication(a, m)
    return Run(layout, tuple(steps), answer, mistake, tuple(mistaken), tuple(written))


def multiply_long(a: int, b: int, mistake: str | None = None) -> Run:
    """Long multiplication: a row for each digit of b (with its place-holder zeros), then the rows added."""
    _check(mistake, LONG)
    rows: list[int] = []
    steps: list[Step] = []
    written: list[Step] = []
    mistaken: list[int] = []
    for k, d in enumerate(int(ch) for ch in reversed(str(b))):
        if d == 0:
            continue
        name = WHOLE_PLACES[k].lower()
        if k and mistake == "place_value_slip_long_multiplication":
            rows.append(a * d)
            mistaken.append(len(steps))
            steps.append(Step(f"Multiply by the {name}: ", eq(mul(a, d), a * d), ", written with no place-holder 0."))
            written.append(Step(f"Multiply by the {name}: ", eq(mul(a, d), a * d), "."))
            continue
        rows.append(a * d * 10**k)
        steps.append(Step(f"Multiply by the {name}: ", eq(mul(a, d * 10**k), a * d * 10**k), "."))
        written.append(steps[-1])
    if len(rows) == 1:
        answer = rows[0]
    elif mistake == "no_exchange_addition":
        answer = add_in_columns(*rows, mistake=mistake).answer  # type: ignore[assignment]
        mistaken.append(len(steps))
        shown = " and ".join(layouts_number(n) for n in rows)
        steps.append(Step(f"Add the rows: they add {shown} column by column without carrying and write {answer}."))
        written.append(Step(f"Add the rows: {shown} make {answer}."))
    else:
        answer = sum(rows)
        steps.append(Step("Add the rows: ", eq(add(*rows), answer), "."))
        written.append(steps[-1])
    layout = None if mistake else layouts.long_multiplication(a, b)
    return Run(layout, tuple(steps), answer, mistake, tuple(mistaken), tuple(written))


def multiply_decimal(a: Decimal, m: int, mistake: str | None = None) -> Run:
    """A decimal times a whole number: the digits multiplied as a whole number, then the point put back."""
    _check(mistake, DECIMAL_TIMES)
    places = layouts._places(a)
    digits = int(a.scaleb(places))
    unit = "tenths" if places == 1 else "hundredths" if places == 2 else "thousandths"
    product = digits * m
    steps = [Step(q(a), f" is {layouts_number(digits)} {unit}; ", eq(mul(digits, m), product), ".")]
    if mistake == "decimal_point_ignored_multiplying":
        steps.append(Step("They leave out the point and write ", product, "."))
        return Run(None, tuple(steps), product, mistake, (1,))
    if mistake == "decimal_point_misplaced_multiplying":
        wrong = Decimal(product).scaleb(-(places + 1))
        steps.append(Step(f"They put {places + 1} digits after the point: ", q(wrong), "."))
        return Run(None, tuple(steps), wrong, mistake, (1,))
    answer = Decimal(product).scaleb(-places)
    steps.append(Step(f"{layouts_number(product)} {unit}: ", eq(div(product, 10**places), q(answer)), "."))
    return Run(None, tuple(steps), answer)


# ---------------------------------------------------------------------- division


def divide(
    dividend: int,
    divisor: int,
    *,
    long: bool = False,
    places: int = 0,
    remainder: str = "r",
    mistake: str | None = None,
) -> Run:
    """Short division (the bus stop) or long division ("bring down"), digit by digit from the left.

    ``places`` decimal zeros are written after the dividend to carry on past the point; a remainder left at the
    end is given as ``remainder``: "r" (the answer reads '3 r 2'), "fraction" (3 2/5) or "decimal" (carried on
    as far as it ends within six places: use ``places`` for that). The answer is an int, a Decimal (places > 0),
    a Fraction, or for "r" with a remainder the text '3 r 2'.
    """
    _check(mistake, DIVISION)
    digits_, _, _, left = layouts._division_digits(dividend, divisor, places)
    count, ones = len(digits_), len(digits_) - places - 1
    steps: list[Step] = []
    plain: list[Step] = []
    mistaken: list[int] = []
    written: list[int] = []
    rest = 0
    for i, d in enumerate(digits_):
        current = rest * 10 + d
        qd, rest = divmod(current, divisor)
        later = i + 1 < count
        nxt = rest * 10 + digits_[i + 1] if later else None
        after_point = i > ones
        lead = f"Put a 0 in the {place_name(count - 1 - i, places).lower()}: " if after_point else ""
        if qd == 0 and not written and i < ones:
            # The first digits the divisor does not go into: nothing is written above them.
            move = f"carry the {current} to make {nxt}" if not long else f"bring down the next digit to make {nxt}"
            steps.append(Step(lead, rel(current, "<", divisor), f", so {move}."))
            if not long:  # a child's long division starts where the divisor first goes in: nothing to write
                plain.append(steps[-1])
            continue
        # The mistake skips a 0 wherever the number is too small to divide; a 0 ÷ d at the very end is still written.
        if qd == 0 and mistake == "missing_zero_in_quotient" and written and (later or current):
            mistaken.append(len(steps))
            move = f"carry the {current} to make {nxt}" if not long else f"bring down the next digit to make {nxt}"
            ending = f"{move} and write nothing in the answer" if later else "write nothing in the answer"
            steps.append(Step(lead, rel(current, "<", divisor), f", so they {ending}."))
            if long:
                down = f"; bring down {digits_[i + 1]} to make {nxt}." if later else "."
                plain.append(Step(rel(current, "<", divisor), down))
            else:
                plain.append(Step(lead, rel(current, "<", divisor), f", so {move}." if later else ", so move on."))
            continue
        written.append(qd)
        steps.append(_division_step(lead, current, divisor, qd, rest, nxt, long, digits_[i + 1] if later else None))
        if long:  # as a child jots it beside the layout: 261 ÷ 64 = 4 r 5; bring down 1 to make 51.
            down = f"; bring down {digits_[i + 1]} to make {nxt}." if later else "."
            plain.append(Step(eq(div(current, divisor), Remainder(qd, rest) if rest else qd), down))
        else:
            plain.append(steps[-1])
    answer_digits = int("".join(str(x) for x in written) or "0")
    quotient_value: int | Decimal = answer_digits if places == 0 else Decimal(answer_digits).scaleb(-places)
    if mistake == "missing_zero_in_quotient":
        wrong = _with_remainder(quotient_value, left, divisor, "r")
        return Run(None, tuple(steps), wrong, mistake, tuple(mistaken), tuple(plain))
    if mistake == "remainder_as_decimal":
        if not left or places:
            raise ValueError("a remainder written after the point needs a division with a remainder")
        wrong = f"{quotient_value}.{left}"
        plain.append(Step(f"So the answer is {wrong}."))
        steps.append(Step(f"They write the remainder {left} after a decimal point: {wrong}."))
        return Run(None, tuple(steps), wrong, mistake, (len(steps) - 1,), tuple(plain))
    answer = _with_remainder(quotient_value, left, divisor, remainder)
    if left and remainder == "fraction":
        fraction = Fraction(dividend, divisor)
        steps.append(
            Step(
                f"The remainder {left} out of {divisor} is a fraction of a whole one: ",
                eq(div(dividend, divisor), q(fraction, mixed=True)),
                ".",
            )
        )
    layout = (layouts.long_division if long else layouts.short_division)(dividend, divisor, places)
    return Run(layout, tuple(steps), answer, None, ())


def _with_remainder(value: int | Decimal, left: int, divisor: int, how: str) -> Answer:
    if not left:
        return value
    if how == "fraction":
        return Fraction(value) + Fraction(left, divisor)
    return f"{value} r {left}"


def _division_step(
    lead: str, current: int, divisor: int, qd: int, rest: int, nxt: int | None, long: bool, down: int | None
) -> Step:
    shown = Remainder(qd, rest) if rest else qd
    if not long:
        if nxt is None:
            end = f", so the remainder is {rest}." if rest else "."
        elif rest:
            end = f", write {qd} and carry the {rest} to make {nxt}."
        else:
            end = f", write {qd}."
        return Step(lead, eq(div(current, divisor), shown), end)
    product = qd * divisor
    if nxt is None:
        end = f"; the remainder is {rest}." if rest else "; nothing is left."
    else:
        end = f"; bring down the {down} to make {nxt}."
    if qd == 0:
        return Step(lead, rel(current, "<", divisor), f", so write 0{end}")
    return Step(
        lead,
        f"{divisor} goes into {current} {'once' if qd == 1 else f'{qd} times'}: ",
        eq(mul(qd, divisor), product),
        ", ",
        eq(sub(current, product), rest),
        end,
    )
