"""Misconceptions of whole-number place value and calculation: the catalogue entries and the wrong answers."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import format_decimal, format_whole
from ks2practice.content import methods
from ks2practice.content.misconceptions.catalogue import MISCONCEPTIONS, Misconception, any_size, mechanism, register
from ks2practice.core.steps import Step, add, eq, frac, mul, q

register(
    Misconception(
        "smaller_from_larger",
        "Takes the smaller digit from the larger",
        "In each column they took the smaller digit from the larger instead of exchanging; "
        "ask 'can I take the bottom digit from the top one?' and model exchanging one ten for ten ones.",
    ),
    Misconception(
        "exchange_not_subtracted",
        "Exchanges but does not reduce the next column",
        "They exchanged a ten but did not cross out and reduce the digit it came from; "
        "show the exchange with base-10 so the ten visibly leaves its column.",
    ),
    Misconception(
        "no_exchange_addition",
        "Forgets to carry",
        "They wrote the ones of each column total but did not carry the ten into the next column; "
        "build the sum with base-10 and exchange ten ones for a ten.",
    ),
    Misconception(
        "place_value_slip_long_multiplication",
        "Forgets the place-holder 0 in long multiplication",
        "When multiplying by the tens digit they forgot the place-holder 0 (e.g. × 2 instead of × 20); "
        "ask what the tens digit is really worth before starting that row.",
    ),
    Misconception(
        "carry_not_added_multiplication",
        "Forgets to add the carried digit",
        "They carried in short multiplication but did not add the carried digit to the next product; "
        "say 'times, then add what I carried' for each column.",
    ),
    Misconception(
        "carry_added_before_multiplying",
        "Adds the carried digit before multiplying",
        "They added the carried digit to the next digit before multiplying it; "
        "the carried digit is added after multiplying: (4 × 7) + 1, not (4 + 1) × 7.",
    ),
    Misconception(
        "remainder_as_decimal",
        "Writes the remainder as decimal digits",
        "They wrote the remainder after a decimal point (17 ÷ 5 = 3 r 2 written as 3.2); "
        "a remainder of 2 out of 5 is 2/5 = 0.4, so the answer is 3.4.",
    ),
    Misconception(
        "remainder_not_interpreted",
        "Does not interpret the remainder",
        "They gave the whole-number quotient without thinking about the remainder in the story; "
        "ask 'what happens to the ones left over?' (round up if everyone must fit).",
    ),
    Misconception(
        "missing_zero_in_quotient",
        "Misses a 0 in the quotient",
        "When a digit was too small to divide they moved on without writing 0 in the answer; "
        "every digit of the number divided gets a digit above it.",
    ),
    Misconception(
        "times_ten_adds_zero",
        "'Add a zero' to multiply by 10",
        "They 'added a zero' to a decimal (2.5 × 10 → 2.50), which does not change its value; "
        "digits move one place to the left when multiplying by 10 — use a place-value chart.",
    ),
    Misconception(
        "powers_of_ten_wrong_way",
        "Moves the digits the wrong way",
        "They moved the digits the wrong way (divided when they should multiply, or the reverse); "
        "ask 'should the answer be bigger or smaller?' before moving the digits.",
    ),
    Misconception(
        "longer_decimal_bigger",
        "Thinks a longer decimal is bigger",
        "They thought the decimal with more digits is bigger (0.45 > 0.5); "
        "compare tenths first: 0.5 has 5 tenths, 0.45 has only 4.",
    ),
    Misconception(
        "rounding_wrong_direction",
        "Rounds the wrong way",
        "They rounded the wrong way; look at the digit to the right of the rounding place: "
        "5 or more rounds up, less than 5 rounds down — show both multiples on a number line.",
    ),
    Misconception(
        "rounding_wrong_place",
        "Rounds to the wrong place",
        "They rounded to the wrong place value (for example the nearest 10 instead of the nearest 100); "
        "underline the digit in the rounding place before starting.",
    ),
    Misconception(
        "negative_number_counting",
        "Miscounts through zero",
        "Counting through zero they counted 0 twice or ignored the minus sign; "
        "count the jumps on a number line — 0 is one step like any other.",
    ),
    Misconception(
        "negative_compare_ignoring_sign",
        "Compares negative numbers as if positive",
        "They compared the numbers without their minus signs (−8 > −5); "
        "on a number line the number further left is smaller, so −8 < −5.",
    ),
    Misconception(
        "digit_not_value",
        "Gives the digit, not its value",
        "They gave the digit rather than its value; ask which column it is in and what that column is worth.",
    ),
    Misconception(
        "wrong_column",
        "Changes the wrong column",
        "They changed the wrong column (for example added 100 instead of 1,000); "
        "use a place-value chart and find the column to change first.",
    ),
    Misconception(
        "compare_leading_digits",
        "Compares the first digits only",
        "They compared the first digits without lining up place value; "
        "a number with more digits (no leading zeros) is bigger — compare the number of digits first.",
    ),
    Misconception(
        "zero_first_smallest",
        "Puts 0 first to make the smallest number",
        "They put 0 first, which makes a number with one digit fewer; the smallest number with all the "
        "digits "
        "starts with the smallest digit that is not 0, followed by the 0.",
    ),
    Misconception(
        "number_line_interval",
        "Counts each mark as 1 (or 10)",
        "They counted the marks as ones (or tens) without working out what each step is worth; "
        "find the step first: the whole length ÷ the number of equal steps.",
    ),
    Misconception(
        "halfway_half_difference",
        "Gives half the gap, not the halfway number",
        "They halved the gap between the numbers but did not add it on to the first number; "
        "the halfway number is the first number + half the gap.",
    ),
    Misconception(
        "placeholders_written_out",
        "Writes each spoken part in full",
        "They wrote each part they heard in full (four thousand and sixty → 400060); "
        "place the parts on a place-value chart so 60 sits in the tens and ones.",
    ),
    Misconception(
        "placeholders_missing",
        "Leaves out place-holder zeros",
        "They wrote each group they heard without its zeros (four thousand and sixty → 460); "
        "the thousands group is followed by exactly three digits — use 0 for an empty column.",
    ),
    Misconception(
        "roman_subtractive_ignored",
        "Adds every Roman numeral symbol",
        "They added every symbol; a smaller symbol before a larger one is subtracted (IV is 4, XL is 40).",
    ),
    Misconception(
        "complements_each_digit_to_ten",
        "Makes every digit up to 10",
        "They made every digit up to 10 (1,000 − 365 → 745); only the ones make 10, "
        "the other columns make 9 — count on with a number line instead.",
    ),
    Misconception(
        "compensation_wrong_way",
        "Adjusts the wrong way after rounding",
        "They rounded to make the calculation easier but adjusted the wrong way; "
        "ask 'did I add too much or too little?' after the easy step.",
    ),
    Misconception(
        "wrong_inverse",
        "Uses the wrong inverse",
        "For the missing number they did the same operation instead of the inverse; "
        "draw a bar model to see whether the missing part is a whole or a part.",
    ),
    Misconception(
        "neighbouring_fact",
        "Recalls a neighbouring table fact",
        "They recalled a neighbouring fact (one group too many or too few); "
        "practise this fact and derive it from a known one (7 × 8 is 7 × 7 + 7).",
    ),
    Misconception(
        "zeros_miscounted",
        "Miscounts the zeros",
        "They used the right table fact but wrote too few or too many zeros (30 × 400 → 1200); "
        "count the zeros in the question, or think 3 tens × 4 hundreds = 12 thousands.",
    ),
    Misconception(
        "factor_pairs_counted",
        "Counts factor pairs, not factors",
        "They counted the factor pairs instead of the factors; each pair gives two factors "
        "(except a square number's middle pair, like 6 × 6).",
    ),
    Misconception(
        "order_left_to_right",
        "Works from left to right",
        "They worked from left to right instead of doing brackets, then × and ÷, then + and −.",
    ),
    Misconception(
        "power_as_multiplying",
        "Multiplies by the power",
        "They multiplied by the small number (6² → 12); 6² means 6 × 6 and 4³ means 4 × 4 × 4.",
    ),
    Misconception(
        "hcf_lcm_confused",
        "Mixes up common factors and common multiples",
        "They gave a common multiple instead of a common factor (or the reverse); "
        "factors go into a number, multiples are in its times table.",
    ),
    Misconception(
        "odd_means_prime",
        "Thinks odd numbers are prime",
        "They assumed an odd number is prime; test it by dividing by 3, 7 and other primes.",
    ),
)


# ---------------------------------------- digits


def _digits(n: int, width: int) -> list[int]:
    """The digits of n, ones first, padded with zeros to width."""
    return [(n // 10**i) % 10 for i in range(width)]


def _from_digits(digits: Sequence[int]) -> int:
    """A number from column values, ones first (a column may hold 10 or more: it is read as written)."""
    text = "".join(str(d) for d in reversed(digits)).lstrip("0")
    return int(text or "0")


# ---------------------------------------- column methods


@mechanism("smaller_from_larger")
def smaller_from_larger(a: int, b: int) -> int | None:
    """Column subtraction taking the smaller digit from the larger in each column: 52 − 27 → 35 (the engine's run)."""
    if b > a:
        return None
    wrong = methods.subtract_in_columns(a, b, mistake="smaller_from_larger").answer
    return None if wrong == a - b else wrong  # type: ignore[return-value]


@mechanism("exchange_not_subtracted")
def exchange_not_subtracted(a: int, b: int) -> int | None:
    """Column subtraction that exchanges ten into a column but never reduces the column it came from.

    542 − 278 → 374 (12 − 8 = 4, 14 − 7 = 7, 5 − 2 = 3): the engine's run with this mistake.
    """
    if b > a:
        return None
    wrong = methods.subtract_in_columns(a, b, mistake="exchange_not_subtracted").answer
    return None if wrong == a - b else wrong  # type: ignore[return-value]


@mechanism("no_exchange_addition")
def no_exchange_addition(*numbers: int) -> int | None:
    """Column addition without carrying: each column's ones digit is written, the last column in full.

    456 + 378 → 724: the engine's run with this mistake.
    """
    wrong = methods.add_in_columns(*numbers, mistake="no_exchange_addition").answer
    return None if wrong == sum(numbers) else wrong  # type: ignore[return-value]


def _first_carry(a: int, m: int) -> tuple[int, int] | None:
    """(digit, carry) for the first column of a × m in short multiplication that receives a carried digit."""
    carry, k = 0, 0
    while a // 10**k:
        digit = a // 10**k % 10
        if carry:
            return digit, carry
        carry = (digit * m + carry) // 10
        k += 1
    return None


def _carry_first_said(a: int, m: int) -> str:
    found = _first_carry(a, m)
    if found is None:
        return MISCONCEPTIONS["carry_added_before_multiplying"].feedback
    d, c = found
    # A Step, not prose with sums typed in: a solution quoting this line keeps its relations checkable.
    return Step(
        f"They added the carried {c} to the next digit before multiplying: ",
        eq(mul(add(d, c), m), (d + c) * m),
        "; multiply first, then add what was carried: ",
        eq(add(mul(d, m), c), d * m + c),
        ".",
    )


def _carry_dropped_said(a: int, m: int) -> str:
    found = _first_carry(a, m)
    if found is None:
        return MISCONCEPTIONS["carry_not_added_multiplication"].feedback
    d, c = found
    return Step(
        f"They carried {c} but did not add it: the next column is ",
        eq(add(mul(d, m), c), d * m + c),
        ", not ",
        eq(mul(d, m), d * m),
        "; say 'times, then add what I carried' for each column.",
    )


def _place_holder_said(a: int, b: int, claim: int | None = None) -> str:
    tens = b // 10 % 10
    return (
        f"When multiplying by the tens digit they forgot the place-holder 0: {format_whole(a)} × {tens} instead of "
        f"{format_whole(a)} × {tens * 10}; ask what the {tens} in {format_whole(b)} is really worth before starting "
        "that row."
    )


@mechanism("place_value_slip_long_multiplication", say=_place_holder_said)
def place_value_slip_long_multiplication(a: int, b: int, claim: int | None = None) -> int | bool | None:
    """Long multiplication forgetting the place-holder zeros: each row is a × a digit of b. 23 × 45 → 207.

    With ``claim`` (a true-or-false item saying a × b = claim): True when the slip gives that claim, else None.
    """
    wrong = methods.multiply_long(a, b, mistake="place_value_slip_long_multiplication").answer
    if claim is not None:
        return True if wrong == claim != a * b else None
    return None if wrong == a * b else wrong  # type: ignore[return-value]


@mechanism("carry_not_added_multiplication", say=_carry_dropped_said)
def carry_not_added_multiplication(a: int, m: int) -> int | None:
    """Short multiplication writing each digit product's ones and never adding the carry. 342 × 7 → 2184."""
    wrong = methods.multiply_short(a, m, mistake="carry_not_added_multiplication").answer
    return None if wrong == a * m else wrong  # type: ignore[return-value]


@mechanism("carry_added_before_multiplying", say=_carry_first_said)
def carry_added_before_multiplying(a: int, m: int) -> int | None:
    """Short multiplication adding the carried digit to the next digit before multiplying. 342 × 7 → 4254."""
    wrong = methods.multiply_short(a, m, mistake="carry_added_before_multiplying").answer
    return None if wrong == a * m else wrong  # type: ignore[return-value]


# ---------------------------------------- division


def _remainder_as_decimal_said(dividend: int, divisor: int) -> str:
    quotient, remainder = divmod(dividend, divisor)
    part = Fraction(remainder, divisor)
    told = (
        f"They wrote the remainder after a decimal point ({quotient} r {remainder} written as {quotient}.{remainder}); "
    )
    if (10**2 * part).denominator == 1:  # 0.4, 0.25: a short decimal says it best
        worth = Decimal(format_decimal(part))
        return Step(
            told + f"a remainder of {remainder} out of {divisor} is ",
            eq(frac(remainder, divisor), worth),
            ", so the answer is ",
            Decimal(format_decimal(quotient + part)),
            ".",
        )
    simplest = (" = ", q(part)) if part.denominator != divisor else ()
    tenths = f"{remainder} tenth{'s' if remainder != 1 else ''}"
    if simplest:
        return Step(
            told + f"a remainder of {remainder} out of {divisor} is ",
            eq(frac(remainder, divisor), part),
            f" of a whole one, not {tenths}.",
        )
    return Step(
        told + f"a remainder of {remainder} out of {divisor} is {remainder}/{divisor} of a whole one, not {tenths}."
    )


@mechanism("remainder_as_decimal", say=_remainder_as_decimal_said)
def remainder_as_decimal(dividend: int, divisor: int) -> str | None:
    """The quotient with the remainder written as if it were decimal digits: 17 ÷ 5 → '3.2'."""
    if dividend % divisor == 0:
        return None
    wrong = str(methods.divide(dividend, divisor, mistake="remainder_as_decimal").answer)
    return None if Fraction(Decimal(wrong)) == Fraction(dividend, divisor) else wrong


def _remainder_said(dividend: int, divisor: int, round_up: bool) -> str:
    quotient, remainder = divmod(dividend, divisor)
    if round_up:
        return (
            f"They gave {quotient}, the whole-number answer, but the {remainder} left over still need one more: "
            f"the story needs rounding up to {quotient + 1}; ask 'what happens to the ones left over?'"
        )
    return (
        f"They rounded up to {quotient + 1}, but the {remainder} left over is not enough for another whole one: "
        f"the story needs rounding down to {quotient}; ask 'can the ones left over make another?'"
    )


@mechanism("remainder_not_interpreted", say=_remainder_said)
def remainder_not_interpreted(dividend: int, divisor: int, round_up: bool) -> int | None:
    """Ignoring what the remainder means: rounding down when the story needs rounding up, or the reverse."""
    quotient, remainder = divmod(dividend, divisor)
    if remainder == 0:
        return None
    return quotient if round_up else quotient + 1


@mechanism("missing_zero_in_quotient")
def missing_zero_in_quotient(dividend: int, divisor: int) -> int | None:
    """A quotient with no 0 written where a digit was too small to divide: 624 ÷ 6 → 14 (should be 104).

    The engine's bus stop with this mistake; a division with a remainder is left to the remainder mechanisms.
    """
    if dividend % divisor:
        return None
    wrong = methods.divide(dividend, divisor, mistake="missing_zero_in_quotient").answer
    return None if wrong == dividend // divisor else wrong  # type: ignore[return-value]


# ---------------------------------------- place value


@mechanism("times_ten_adds_zero")
def times_ten_adds_zero(value: Decimal, power: int = 1) -> str | None:
    """Multiplying a decimal by 10, 100 or 1000 by writing zeros on the end: 2.5 × 10 → '2.50'."""
    text = format_decimal(Fraction(value))
    if "." not in text:
        return None  # for whole numbers 'adding a zero' gives the right answer
    return text + "0" * power


@mechanism("powers_of_ten_wrong_way", plausible=any_size)  # digits moved the wrong way: any size
def powers_of_ten_wrong_way(value: Decimal | int, power: int, multiply: bool) -> Fraction:
    """Dividing where the question multiplies by 10**power, or the reverse: 3.7 × 100 → 0.037."""
    factor = Fraction(10) ** power
    return Fraction(value) / factor if multiply else Fraction(value) * factor


@mechanism("longer_decimal_bigger")
def longer_decimal_bigger(a: Decimal, b: Decimal) -> str:
    """The sign a pupil writes who compares the digits after the point as whole numbers: 0.45 □ 0.5 → '>'."""

    def reading(x: Decimal) -> tuple[int, int]:
        whole, _, part = format_decimal(Fraction(x)).partition(".")
        return int(whole.replace(",", "")), int(part or "0")

    left, right = reading(a), reading(b)
    return "<" if left < right else ">" if left > right else "="


@mechanism("digit_not_value")
def digit_not_value(number: int, place: int) -> int:
    """The digit itself instead of its value: the 7 in 4,725 → 7."""
    return (number // 10**place) % 10


@mechanism(
    "wrong_column",
    say=lambda number, step, more: (
        f"They {'added' if more else 'took away'} {_grouped(step // 10 if step >= 10 else step * 10)} instead of "
        f"{_grouped(step)}, changing the wrong column; use a place-value chart and find the column to change first."
    ),
)
def wrong_column(number: int, step: int, more: bool) -> int:
    """Adding or taking the step one column too low (100 for 1,000): 1,000 more than 4,532 → 4,632."""
    change = step // 10 if step >= 10 else step * 10
    return number + change if more else number - change


@mechanism("compare_leading_digits")
def compare_leading_digits(a: int, b: int) -> str:
    """The sign from comparing the first digits only, ignoring how many digits: 987 □ 1,203 → '>'."""
    left, right = str(a), str(b)
    return "<" if left < right else ">" if left > right else "="


@mechanism("placeholders_written_out", plausible=any_size)
def placeholders_written_out(number: int) -> int | None:
    """Each spoken part written in full and run together: four thousand and sixty → 400060."""
    parts = []
    rest = number
    for size in (10**6, 10**3):
        if rest >= size:
            parts.append(str((rest // size) * size))
            rest %= size
    if not parts or rest == 0:
        return None
    wrong = int("".join(parts) + str(rest))
    return None if wrong == number else wrong


@mechanism("placeholders_missing", plausible=any_size)
def placeholders_missing(number: int) -> int | None:
    """Each spoken group written without its place-holder zeros: four thousand and sixty → 460."""
    groups = [number // 10**6, number // 1000 % 1000, number % 1000]
    text = "".join(str(g) for g in groups if g)
    wrong = int(text) if text else None
    return None if wrong == number else wrong


@mechanism("roman_subtractive_ignored")
def roman_subtractive_ignored(
    numeral: str, other: str | None = None, *, add: int = 0, before: int | None = None
) -> int | str | None:
    """Adding every Roman symbol: XLIV → 66 (None when no symbol is subtracted, so the mistake changes nothing).

    With ``other``, the sign from comparing the two numerals read that way; with ``add`` or ``before``, the answer
    worked on from the misread number (XLIV, add 1 → 67; years from XLIV before 2000 → 1934).
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

    def read(text: str) -> int:
        return sum(values[c] for c in text)

    def subtracts(text: str) -> bool:
        return any(values[text[i]] < values[text[i + 1]] for i in range(len(text) - 1))

    if other is not None:
        if not (subtracts(numeral) or subtracts(other)):
            return None
        left, right = read(numeral), read(other)
        return "<" if left < right else ">" if left > right else "="
    if not subtracts(numeral):
        return None
    return before - read(numeral) if before is not None else read(numeral) + add


# ---------------------------------------- rounding


@mechanism("rounding_wrong_direction")
def rounding_wrong_direction(number: int, place: int) -> int | None:
    """The other neighbouring multiple: 65 to the nearest 10 → 60; 3,432 to the nearest 100 → 3,500."""
    down = number - number % place
    if down == number:
        return None
    right = down + place if number % place * 2 >= place else down
    return down if right != down else down + place


def _grouped(whole: int) -> str:
    return f"{whole:,}" if whole >= 10_000 else str(whole)  # KS2 prints 1000 but 10,000


@mechanism(
    "rounding_wrong_place",
    say=lambda number, place: (
        f"They rounded to the nearest {_grouped(place // 10)} instead of the nearest {_grouped(place)}; "
        "underline the digit in the rounding place before starting."
    ),
)
def rounding_wrong_place(number: int, place: int) -> int | None:
    """Rounding to the next place down (the nearest 10 when asked for the nearest 100): 3,472 → 3,470."""
    if place < 100:
        return None
    smaller = place // 10
    wrong = (number + smaller // 2) // smaller * smaller
    right = (number + place // 2) // place * place
    return None if wrong == right else wrong


# ---------------------------------------- negatives


def count_zero_twice(start: int, change: int) -> int | None:
    """Counting through zero and counting 0 twice: 3 more than −2 → 0 is right; −3 + 5 → 1 (should be 2)."""
    end = start + change
    if not min(start, end) < 0 < max(start, end):
        return None
    return end - 1 if change > 0 else end + 1


def ignore_negative_sign(start: int, change: int) -> int | None:
    """Treating a negative start as positive: 5 more than −3 → 8."""
    if start >= 0:
        return None
    wrong = -start + change
    return None if wrong == start + change else wrong


def difference_ignoring_sign(a: int, b: int) -> int | None:
    """The gap between −4 and 6 worked out as 6 − 4 = 2 (should be 10)."""
    if (a < 0) == (b < 0):
        return None
    return abs(abs(a) - abs(b))


@mechanism(
    "negative_compare_ignoring_sign",
    say=lambda a, b: (
        f"They compared {abs(a)} and {abs(b)}, leaving out the minus signs; on a number line the number further "
        f"left is smaller, so {min(a, b)} is less than {max(a, b)}.".replace("-", "−")
    ),
)
def negative_compare_ignoring_sign(a: int, b: int) -> str:
    """The sign from comparing sizes without the minus signs: −8 □ −5 → '>'."""
    return "<" if abs(a) < abs(b) else ">" if abs(a) > abs(b) else "="


# ---------------------------------------- mental


@mechanism("complements_each_digit_to_ten")
def complements_each_digit_to_ten(total: int, number: int) -> int | None:
    """Making each digit up to 10 to subtract from 1,000 (or 100, 10,000): 1,000 − 365 → 745."""
    width = len(str(total)) - 1
    if total != 10**width or not 0 < number < total:
        return None
    digits = _digits(number, width)
    wrong = _from_digits([(10 - d) % 10 if d else 0 for d in digits])
    return None if wrong == total - number else wrong


@mechanism("compensation_wrong_way")
def compensation_wrong_way(a: int, b: int, friendly: int, add: bool) -> int | None:
    """Using a friendly number for b, then adjusting the wrong way: 4,568 + 299 via 300 → 4,869, not 4,867."""
    adjust = friendly - b
    if adjust == 0:
        return None
    return a + friendly + adjust if add else a - friendly - adjust


@mechanism("wrong_inverse")
def wrong_inverse(known: int, total: int, addition: bool) -> int:
    """For known + □ = total the pupil adds (known + total); for known − □ = total they subtract."""
    return known + total if addition else abs(known - total)


def _neighbour_say(a: int, b: int, step: int = -1) -> str:
    # Written for these numbers: the fact recalled is a × (b ± 1), one group of a too few or too many.
    near, fewer = b + step, step < 0
    return (
        f"They recalled a neighbouring fact, {near} groups of {a} instead of {b} groups (one group too "
        f"{'few' if fewer else 'many'}); practise this fact and derive it from the one they know: {a} × {b} is "
        f"{a} × {near} {'+' if fewer else '−'} {a}."
    )


@mechanism("neighbouring_fact", say=_neighbour_say)
def neighbouring_fact(a: int, b: int, step: int = -1) -> int:
    """A neighbouring table fact, b − 1 (or b + 1) groups of a: 7 × 8 → 49 (7 × 7) or 63 (7 × 9)."""
    if step not in (-1, 1):
        raise ValueError("a neighbouring fact is one group away")
    return a * (b + step)


@mechanism("order_left_to_right")
def order_left_to_right(expression: Sequence[object]) -> Fraction:
    """Working strictly from left to right (brackets, given as nested lists, still first): 3 + 4 × 5 → 35."""

    def value(item: object) -> Fraction:
        if isinstance(item, (list, tuple)):
            return order_left_to_right(item)
        return Fraction(item)  # type: ignore[arg-type]

    total = value(expression[0])
    for i in range(1, len(expression), 2):
        sign, operand = expression[i], value(expression[i + 1])
        if sign == "+":
            total += operand
        elif sign in ("-", "−"):
            total -= operand
        elif sign == "×":
            total *= operand
        elif sign == "÷":
            total /= operand
        else:
            raise ValueError(f"unknown operation {sign!r}")
    return total


@mechanism("power_as_multiplying")
def power_as_multiplying(base: int, exponent: int) -> int | None:
    """Reading a power as multiplication by the small number: 6² → 12, 4³ → 12."""
    wrong = base * exponent
    return None if wrong == base**exponent else wrong
