"""Tests for ks2practice.content.methods: golden layouts of each written method, and answer rows always right."""

import random
import re
from decimal import Decimal

import pytest

from ks2practice.content import methods

GOLDEN = {
    "column addition with carries": (
        methods.column_addition,
        (456, 378),
        "  4 5 6\n+ 3 7 8\n───────\n  8 3 4\n  1 1",
    ),
    "column addition of decimals, points lined up": (
        methods.column_addition,
        (Decimal("12.5"), Decimal("3.75")),
        "  1 2 . 5 0\n+   3 . 7 5\n───────────\n  1 6 . 2 5\n    1",
    ),
    "column subtraction with two exchanges": (
        methods.column_subtraction,
        (542, 278),
        "   4 ¹3 ¹2\n   5  4  2\n−  2  7  8\n──────────\n   2  6  4",
    ),
    "column subtraction exchanging across zeros": (
        methods.column_subtraction,
        (4003, 1257),
        "   3  9  9 ¹3\n   4  0  0  3\n−  1  2  5  7\n─────────────\n   2  7  4  6",
    ),
    "short multiplication with carries": (
        methods.short_multiplication,
        (342, 7),
        "    3 4 2\n×       7\n─────────\n  2 3 9 4\n    2 1",
    ),
    "long multiplication with the place-holder 0": (
        methods.long_multiplication,
        (234, 26),
        "    2 3 4\n×     2 6\n─────────\n  1 4 0 4   (234 × 6)\n  4 6 8 0   (234 × 20)\n─────────\n  6 0 8 4\n  1",
    ),
    "short division with remainders carried": (
        methods.short_division,
        (157, 6),
        "        2  6 r 1\n  ┌──────────\n6 │  1 ¹5 ³7",
    ),
    "short division continued into decimals": (
        methods.short_division,
        (157, 4, 2),
        "        3  9 .  2  5\n  ┌──────────────────\n4 │  1 ¹5 ³7 . ¹0 ²0",
    ),
    "long division with a 0 in the answer": (
        methods.long_division,
        (7548, 37),
        "       2 0 4\n"
        "   ┌─────────\n"
        "37 │ 7 5 4 8\n"
        "   − 7 4       (37 × 2)\n"
        "    ────\n"
        "       1 4 8\n"
        "   −   1 4 8   (37 × 4)\n"
        "      ──────\n"
        "           0",
    ),
    "long division with a remainder": (
        methods.long_division,
        (439, 12),
        "       3 6 r 7\n"
        "   ┌───────\n"
        "12 │ 4 3 9\n"
        "   − 3 6     (12 × 3)\n"
        "    ────\n"
        "       7 9\n"
        "   −   7 2   (12 × 6)\n"
        "      ────\n"
        "         7",
    ),
}


@pytest.mark.parametrize("case", GOLDEN, ids=list(GOLDEN))
def test_golden_layouts(case):
    function, arguments, expected = GOLDEN[case]
    assert function(*arguments) == expected


# ---------------------------------------------------------------------------------- reading layouts back


def answer_row(layout: str) -> Decimal:
    """The first row after the last rule line of a column method, read as a number."""
    lines = layout.splitlines()
    last_rule = max(i for i, line in enumerate(lines) if line and set(line.strip()) == {methods.RULE})
    return Decimal(lines[last_rule + 1].replace(" ", ""))


def quotient_row(layout: str) -> tuple[Decimal, int]:
    """The answer line of a division layout: the quotient and the remainder (0 if none)."""
    match = re.fullmatch(r"([\d .]+?)(?: r (\d+))?", layout.splitlines()[0].strip())
    assert match, layout
    return Decimal(match[1].replace(" ", "")), int(match[2] or 0)


def random_decimal(rng: random.Random) -> Decimal:
    places = rng.choice((0, 1, 2))
    return Decimal(rng.randint(0, 99_999)).scaleb(-places)


SEEDS = range(300)


def test_column_addition_answer_is_the_sum():
    rng = random.Random("column addition")
    for _ in SEEDS:
        numbers = [rng.randint(0, 10 ** rng.randint(1, 7)) for _ in range(rng.choice((2, 2, 3)))]
        layout = methods.column_addition(*numbers)
        assert answer_row(layout) == sum(numbers), layout
        decimals = [random_decimal(rng), random_decimal(rng)]
        layout = methods.column_addition(*decimals)
        assert answer_row(layout) == sum(decimals), layout


def test_column_addition_carries_row_matches_the_columns():
    rng = random.Random("carries")
    for _ in SEEDS:
        a, b = rng.randint(10, 99_999), rng.randint(10, 99_999)
        lines = methods.column_addition(a, b).splitlines()
        rule = lines.index(next(line for line in lines if set(line) == {methods.RULE}))
        carried = lines[rule + 2] if len(lines) > rule + 2 else ""
        expected_carries = sum(
            1 for k in range(len(str(max(a, b))) - 1) if (a % 10 ** (k + 1)) + (b % 10 ** (k + 1)) >= 10 ** (k + 1)
        )
        assert len(carried.split()) == expected_carries, "\n".join(lines)


def test_column_subtraction_answer_is_the_difference():
    rng = random.Random("column subtraction")
    for _ in SEEDS:
        a, b = sorted((rng.randint(0, 10 ** rng.randint(1, 7)), rng.randint(0, 10 ** rng.randint(1, 7))), reverse=True)
        layout = methods.column_subtraction(a, b)
        assert answer_row(layout) == a - b, layout
        x, y = sorted((random_decimal(rng), random_decimal(rng)), reverse=True)
        layout = methods.column_subtraction(x, y)
        assert answer_row(layout) == x - y, layout


def test_column_subtraction_exchange_row_keeps_the_value():
    # After exchanging the columns still make the first number: 4 hundreds, 13 tens and 12 ones is 542.
    rng = random.Random("exchanges")
    for _ in SEEDS:
        a = rng.randint(100, 999_999)
        b = rng.randint(1, a)
        lines = methods.column_subtraction(a, b).splitlines()
        if len(lines) == 4:  # nothing was exchanged
            continue
        exchanged, top = lines[0].ljust(len(lines[1])), lines[1]
        values = []
        for i in range(1, len(top), 3):  # the sign column, then cells three characters wide
            text = exchanged[i : i + 3].strip() or top[i : i + 3].strip()
            values.append(10 + int(text[1:]) if text.startswith("¹") else int(text))
        assert sum(v * 10**k for k, v in enumerate(reversed(values))) == a, "\n".join(lines)


def test_short_and_long_multiplication_answer_is_the_product():
    rng = random.Random("multiplication")
    for _ in SEEDS:
        a, m = rng.randint(1, 99_999), rng.randint(1, 9)
        assert answer_row(methods.short_multiplication(a, m)) == a * m
        b = rng.randint(11, 999)
        if b % 10 == 0 or str(b).count("0") == len(str(b)) - 1:
            continue
        layout = methods.long_multiplication(a, b)
        assert answer_row(layout) == a * b, layout


def test_long_multiplication_rows_show_place_holder_zeros():
    for a, b in ((23, 45), (1234, 56), (507, 38)):
        lines = methods.long_multiplication(a, b).splitlines()
        tens_row = next(line for line in lines if f"× {b // 10 * 10})" in line)
        assert tens_row.split("(")[0].replace(" ", "") == str(a * (b // 10) * 10)
        assert tens_row.split("(")[0].rstrip().endswith("0")


def test_short_and_long_division_answers():
    rng = random.Random("division")
    for _ in SEEDS:
        divisor = rng.randint(2, 99)
        dividend = rng.randint(divisor, 99_999)
        for layout in (methods.short_division(dividend, divisor), methods.long_division(dividend, divisor)):
            quotient, remainder = quotient_row(layout)
            assert (quotient, remainder) == divmod(dividend, divisor), layout
        long = methods.long_division(dividend, divisor).splitlines()
        assert int(long[-1].strip().replace(" ", "")) == dividend % divisor


def test_division_continued_into_decimal_places():
    rng = random.Random("decimal division")
    for _ in SEEDS:
        divisor = rng.choice((2, 4, 5, 8, 16, 20, 25, 40))
        dividend = rng.randint(divisor, 9_999)
        exact = Decimal(dividend) / Decimal(divisor)
        places = max(0, -exact.normalize().as_tuple().exponent)
        for layout in (
            methods.short_division(dividend, divisor, places),
            methods.long_division(dividend, divisor, places),
        ):
            assert quotient_row(layout) == (exact, 0), layout


def test_every_layout_line_is_free_of_trailing_spaces():
    for function, arguments, _ in GOLDEN.values():
        for line in function(*arguments).splitlines():
            assert line == line.rstrip()


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (methods.column_subtraction, (3, 7)),
        (methods.column_addition, (-3, 7)),
        (methods.short_multiplication, (34, 12)),
        (methods.long_multiplication, (34, 7)),
        (methods.short_division, (0, 4)),
        (methods.long_division, (40, 0)),
    ],
)
def test_bad_inputs_are_refused(function, arguments):
    with pytest.raises(ValueError):
        function(*arguments)


def test_floats_are_refused():
    with pytest.raises(TypeError):
        methods.column_addition(Decimal("1.5"), 2.5)
