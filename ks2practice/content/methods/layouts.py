"""Formal written methods laid out as taught in England, as monospace text blocks (pure functions)."""

from __future__ import annotations

from decimal import Decimal

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
"""Small digits for carried remainders in short division and for exchanged tens in column subtraction."""

RULE = "─"
MINUS = "−"

# Layout conventions (callers and tests rely on them):
# - column methods (addition, subtraction, short and long multiplication): the answer is the first row
#   after the last rule line; carried digits go in the row under the answer, in the column they went into;
#   in subtraction the row above the first number shows each changed column after exchanging (¹3 is 13);
# - division: the first line is the answer (with ' r 4' for a remainder), then the bus-stop bracket and the
#   divisor and dividend; long division then shows each subtraction with its multiple noted on the right.

Number = int | Decimal


def _places(value: Number) -> int:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"written methods take whole numbers or Decimals, not {type(value).__name__}")
    if isinstance(value, int):
        return 0
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _scale(values: tuple[Number, ...]) -> tuple[list[int], int]:
    """Whole numbers in the smallest place any value uses, and how many decimal places that is."""
    places = max(_places(v) for v in values)
    scaled = [int(Decimal(v) * 10**places) for v in values]
    if any(v < 0 for v in scaled):
        raise ValueError("written methods here are for numbers that are not negative")
    return scaled, places


def _digits(value: int, places: int = 0) -> dict[int, int]:
    """Column → digit, column 0 the smallest place; a decimal shows its 0 ones (0.45 has a ones column)."""
    text = str(value).rjust(places + 1, "0")
    return {k: int(ch) for k, ch in enumerate(reversed(text))}


class _Grid:
    """Columns of equal width, right to left from column 0, with a decimal-point column (' .') if needed."""

    def __init__(self, columns: int, width: int, places: int = 0, left: int = 1) -> None:
        self.columns, self.width, self.places, self.left = columns, width, places, left

    def edge(self, k: int) -> int:
        """Where the cell of column k ends (exclusive)."""
        x = self.left + self.width * (self.columns - k)
        return x + 2 if self.places and k < self.places else x

    @property
    def end(self) -> int:
        return self.edge(0)

    def row(self, cells: dict[int, str], sign: str = "", point: bool = False, note: str = "") -> str:
        chars = [" "] * self.end
        for i, ch in enumerate(sign):
            chars[i] = ch
        for k, text in cells.items():
            stop = self.edge(k)
            chars[stop - len(text) : stop] = list(text)
        if point and self.places:
            chars[self.edge(self.places) + 1] = "."
        line = "".join(chars).rstrip()
        return f"{line.ljust(self.end)}   {note}" if note else line

    def rule(self) -> str:
        return RULE * self.end


def _number_cells(value: int, places: int) -> dict[int, str]:
    return {k: str(d) for k, d in _digits(value, places).items()}


def _carry_cells(carries: dict[int, int]) -> dict[int, str]:
    return {k: str(c) for k, c in carries.items() if c}


def _add_columns(numbers: list[int], limit: int) -> tuple[int, dict[int, int]]:
    """The sum and the digit carried into each column (only columns below `limit` are recorded)."""
    columns = max(len(str(n)) for n in numbers)
    carries: dict[int, int] = {}
    carry = 0
    for k in range(columns):
        total = sum((n // 10**k) % 10 for n in numbers) + carry
        carry = total // 10
        if carry and k + 1 < limit:
            carries[k + 1] = carry
    return sum(numbers), carries


def column_addition(a: Number, b: Number, *more: Number) -> str:
    """Column addition with the carried digits under the answer; decimals line up on the point."""
    numbers, places = _scale((a, b, *more))
    widest = max(len(str(n)) for n in numbers)
    total, carries = _add_columns(numbers, max(widest, places + 1))
    grid = _Grid(max(len(str(total)), widest, places + 1), 2, places)
    rows = [
        grid.row(_number_cells(n, places), "+" if i == len(numbers) - 1 else "", point=True)
        for i, n in enumerate(numbers)
    ]
    rows += [grid.rule(), grid.row(_number_cells(total, places), point=True)]
    if carries:
        rows.append(grid.row(_carry_cells(carries)))
    return "\n".join(rows)


def _exchange(top: dict[int, int], bottom: dict[int, int]) -> tuple[dict[int, int], dict[int, int]]:
    """Column subtraction by exchanging: each column's value after exchanging, and the answer's digits."""
    working = dict(top)
    answer = {}
    for k in sorted(top):
        need = bottom.get(k, 0)
        if working[k] < need:
            j = k + 1
            while working[j] == 0:
                j += 1
            working[j] -= 1
            for m in range(j - 1, k, -1):
                working[m] += 9  # 0 becomes 10, then gives one ten away
            working[k] += 10
        answer[k] = working[k] - need
    return working, answer


def column_subtraction(a: Number, b: Number) -> str:
    """Column subtraction by exchanging (decomposition); the row above shows the columns after exchanging."""
    (top, bottom), places = _scale((a, b))
    if bottom > top:
        raise ValueError("column subtraction here takes the smaller number from the larger")
    top_digits = _digits(top, places)
    working, _ = _exchange(top_digits, _digits(bottom, places))
    difference = top - bottom
    grid = _Grid(len(top_digits), 3, places)
    changed = {k: (f"¹{v - 10}" if v >= 10 else str(v)) for k, v in working.items() if v != top_digits[k]}
    rows = [grid.row(changed)] if changed else []
    rows += [
        grid.row(_number_cells(top, places), point=True),
        grid.row(_number_cells(bottom, places), MINUS, point=True),
        grid.rule(),
        grid.row(_number_cells(difference, places), point=True),
    ]
    return "\n".join(rows)


def short_multiplication(a: int, b: int) -> str:
    """Short multiplication by a one-digit number, carried digits under the answer."""
    _scale((a, b))
    if not 1 <= b <= 9 or isinstance(a, Decimal):
        raise ValueError("short multiplication here is a whole number times a one-digit number")
    carries: dict[int, int] = {}
    carry = 0
    digits = _digits(a)
    for k in range(len(digits)):
        product = digits[k] * b + carry
        carry = product // 10
        if carry and k + 1 < len(digits):
            carries[k + 1] = carry
    product = a * b
    grid = _Grid(max(len(str(product)), len(str(a)), 1), 2)
    rows = [
        grid.row(_number_cells(a, 0)),
        grid.row({0: str(b)}, "×"),
        grid.rule(),
        grid.row(_number_cells(product, 0)),
    ]
    if carries:
        rows.append(grid.row(_carry_cells(carries)))
    return "\n".join(rows)


def long_multiplication(a: int, b: int) -> str:
    """Long multiplication: a row per digit of the multiplier (with place-holder zeros), then the total."""
    _scale((a, b))
    if b < 10 or isinstance(a, Decimal):
        raise ValueError("long multiplication here is a whole number times a number with two or more digits")
    rows_values = []
    for k, d in enumerate(reversed(str(b))):
        if d != "0":
            rows_values.append((a * int(d) * 10**k, f"({a} × {int(d) * 10**k})"))
    product = a * b
    widest = max(len(str(v)) for v, _ in rows_values)
    _, carries = _add_columns([v for v, _ in rows_values], widest)
    grid = _Grid(max(len(str(product)), len(str(a)), len(str(b))), 2)
    rows = [grid.row(_number_cells(a, 0)), grid.row(_number_cells(b, 0), "×"), grid.rule()]
    rows += [grid.row(_number_cells(v, 0), note=note) for v, note in rows_values]
    if len(rows_values) > 1:
        rows += [grid.rule(), grid.row(_number_cells(product, 0))]
        if carries:
            rows.append(grid.row(_carry_cells(carries)))
    return "\n".join(rows)


def _division_digits(dividend: int, divisor: int, places: int) -> tuple[list[int], list[int], list[int], int]:
    """Digits of the dividend (with `places` decimal zeros), each quotient digit, the remainder carried into
    each digit, and the final remainder."""
    if isinstance(dividend, bool) or not isinstance(dividend, int) or not isinstance(divisor, int):
        raise TypeError("division layouts take whole numbers")
    if dividend <= 0 or divisor <= 0 or places < 0:
        raise ValueError("division layouts take positive whole numbers")
    digits = [int(ch) for ch in str(dividend)] + [0] * places
    quotient, carried_in = [], []
    remainder = 0
    for d in digits:
        carried_in.append(remainder)
        current = remainder * 10 + d
        quotient.append(current // divisor)
        remainder = current % divisor
    return digits, quotient, carried_in, remainder


def _quotient_cells(quotient: list[int], ones: int) -> dict[int, str]:
    """Quotient digits by dividend column (from the left); leading zeros before the ones are left blank."""
    first = next((i for i, q in enumerate(quotient) if q), len(quotient) - 1)
    show_from = min(first, ones)
    return {i: str(q) for i, q in enumerate(quotient) if i >= show_from}


def _frame(
    divisor: int,
    grid: _Grid,
    count: int,
    quotient: dict[int, str],
    remainder: int,
    dividend_cells: dict[int, str],
) -> list[str]:
    def k(i: int) -> int:  # dividend column i (from the left) as a grid column (from the right)
        return count - 1 - i

    lead = len(str(divisor)) + 1
    top = grid.row({k(i): t for i, t in quotient.items()}, point=True)
    if remainder:
        top = f"{top} r {remainder}"
    bracket = " " * lead + "┌" + RULE * (grid.end - lead)
    body = grid.row({k(i): t for i, t in dividend_cells.items()}, f"{divisor} │", point=True)
    return [top.rstrip(), bracket, body]


def short_division(dividend: int, divisor: int, places: int = 0) -> str:
    """Short division (the 'bus stop'): remainders carried as small digits; `places` decimal zeros added."""
    digits, quotient, carried_in, remainder = _division_digits(dividend, divisor, places)
    cells = {
        i: (str(c).translate(SUPERSCRIPT) if c else "") + str(d)
        for i, (d, c) in enumerate(zip(digits, carried_in, strict=True))
    }
    width = max(len(t) for t in cells.values()) + 1
    width = max(width, len(str(max(quotient))) + 1, 2)
    grid = _Grid(len(digits), width, places, left=len(str(divisor)) + 2)
    ones = len(digits) - places - 1
    return "\n".join(_frame(divisor, grid, len(digits), _quotient_cells(quotient, ones), remainder, cells))


def long_division(dividend: int, divisor: int, places: int = 0) -> str:
    """Long division: under the bus stop, subtract each multiple of the divisor (noted on the right) and bring
    the next digit down; `places` decimal zeros added to the dividend."""
    digits, quotient, _, remainder = _division_digits(dividend, divisor, places)
    count = len(digits)
    grid = _Grid(count, 2, places, left=len(str(divisor)) + 2)
    ones = count - places - 1
    lines = _frame(
        divisor,
        grid,
        count,
        _quotient_cells(quotient, ones),
        remainder,
        {i: str(d) for i, d in enumerate(digits)},
    )

    def place(value: int, last: int, sign: str = "", note: str = "") -> str:
        text = str(value)
        cells = {count - 1 - (last - j): ch for j, ch in enumerate(reversed(text))}
        return grid.row(cells, sign.rjust(len(str(divisor)) + 2), note=note)

    def rule(value: int, last: int) -> str:
        start = grid.edge(count - 1 - (last - len(str(value)) + 1)) - grid.width
        return " " * start + RULE * (grid.edge(count - 1 - last) - start)

    current, pos = 0, 0
    while True:  # find the first digits that the divisor goes into (or use every digit)
        current = current * 10 + digits[pos]
        if current >= divisor or pos == count - 1:
            break
        pos += 1
    while True:
        q = current // divisor
        product = q * divisor
        lines.append(place(product, pos, MINUS, note=f"({divisor} × {q})"))
        lines.append(rule(current, pos))
        left_over = current - product
        while pos + 1 < count and left_over * 10 + digits[pos + 1] < divisor:
            pos += 1  # too small: a 0 goes in the answer and the next digit comes down too
            left_over = left_over * 10 + digits[pos]
        if pos + 1 == count:
            lines.append(place(left_over, pos))
            break
        pos += 1
        current = left_over * 10 + digits[pos]
        lines.append(place(current, pos))
    return "\n".join(line.rstrip() for line in lines)
