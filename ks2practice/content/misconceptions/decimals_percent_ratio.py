"""Misconceptions of rounding decimals, remainders in stories, percentages and reasons: entries and mechanisms."""

# Each mechanism here models one mistake on the item's own numbers, and its say= writes the feedback for those
# numbers, so a line of feedback is never borrowed from a different operation (adding the percentage is not
# "subtracted the percentage"; giving one box too many is not "ignored the remainder").

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import format_decimal
from ks2practice.content.misconceptions.catalogue import Mechanism, Misconception, any_size, mechanism, register

register(
    Misconception(
        "rounded_up_below_half",
        "Rounds up when the next digit is less than 5",
        "They rounded up although the next digit is less than 5; less than 5 rounds down — mark the number on a "
        "number line between the two choices.",
    ),
    Misconception(
        "decimal_rounded_to_wrong_place",
        "Rounds a decimal to one place too many",
        "They rounded to one more decimal place than asked; underline the digit in the rounding place first.",
    ),
    Misconception(
        "remainder_dropped_when_must_fit",
        "Leaves the remainder out when everyone must fit",
        "They gave the whole-number answer of the division, but the ones left over still need a place; "
        "round up when everyone must fit.",
    ),
    Misconception(
        "extra_group_for_remainder",
        "Counts a group for the remainder when only full groups count",
        "They added one more for the ones left over, but the question asks for full groups; round down.",
    ),
    Misconception(
        "remainder_after_point_in_story",
        "Writes the remainder after a decimal point in a story",
        "They wrote the remainder after a decimal point; the remainder is a number of things left over.",
    ),
    Misconception(
        "percentage_added_for_whole",
        "Adds the percentage to the part to find the whole",
        "They added the percentage to the part to find the whole; find 1% or 10% from the part, then 100%.",
    ),
    Misconception(
        "discount_as_pounds_off",
        "Takes the percentage off as pounds",
        "They took the percentage off as that many pounds; find the percentage of the price first, then take it off.",
    ),
    Misconception(
        "digit_reason_accepted",
        "Accepts 'more digits after the point' as a reason",
        "They accepted the digits after the point read as one whole number as a reason; the digits are tenths, "
        "hundredths, … — compare them place by place from the left.",
    ),
    Misconception(
        "fewer_digits_reason_accepted",
        "Accepts 'fewer digits after the point' as a reason",
        "They chose the decimal with fewer digits as bigger; write both with the same number of places and compare.",
    ),
)


def _text(value: Fraction | Decimal | int) -> str:
    return format_decimal(Fraction(value))


def _nearest(value: Fraction, step: Fraction) -> Fraction:
    return (value / step + Fraction(1, 2)) // 1 * step


# ---------------------------------------- rounding decimals


def _up_below_half_say(value: Decimal | Fraction, places: int) -> str:
    step = Fraction(1, 10**places)
    down = Fraction(value) // step * step
    digit = int(Fraction(value) / step * 10) % 10
    return (
        f"They rounded {_text(value)} up to {_text(down + step)}, but the next digit is {digit}, less than 5, "
        f"so it rounds down to {_text(down)}; mark it on a number line between the two."
    )


@mechanism("rounded_up_below_half", say=_up_below_half_say)
def rounded_up_below_half(value: Decimal | Fraction, places: int) -> Fraction | None:
    """The neighbour above when the number rounds down: 4.63 to 1 place → 4.7 (4.67 rounds up anyway: None)."""
    exact, step = Fraction(value), Fraction(1, 10**places)
    down = exact // step * step
    if down == exact or _nearest(exact, step) != down:
        return None
    return down + step


def _wrong_place_say(value: Decimal | Fraction, places: int) -> str:
    wrong = rounded_to_wrong_place(value, places)
    return (
        f"They rounded {_text(value)} to {places + 1} decimal places ({_text(wrong or 0)}) instead of "
        f"{places}; underline the digit in the rounding place first."
    )


@mechanism("decimal_rounded_to_wrong_place", say=_wrong_place_say)
def rounded_to_wrong_place(value: Decimal | Fraction, places: int) -> Fraction | None:
    """Rounded to one place too many: 4.652 to 1 place → 4.65."""
    exact = Fraction(value)
    wrong = _nearest(exact, Fraction(1, 10 ** (places + 1)))
    right = _nearest(exact, Fraction(1, 10**places))
    return None if wrong in (right, exact) else wrong


# ---------------------------------------- remainders in a story


def _option(options: tuple[str, ...] | None, wrong: object) -> object:
    """The option that gives this wrong answer (an option reads '<answer>, because …'), or the answer itself."""
    if options is None or wrong is None:
        return wrong
    return next((o for o in options if o.startswith(f"{wrong},")), None)


def _dropped_say(count: int, size: int, options: tuple[str, ...] | None = None) -> str:
    whole, rest = divmod(count, size)
    return (
        f"They gave {whole}, the whole-number answer of {count} ÷ {size}, but the {rest} left over still "
        f"{'needs' if rest == 1 else 'need'} a place: round up to {whole + 1}."
    )


@mechanism("remainder_dropped_when_must_fit", say=_dropped_say)
def remainder_dropped_when_must_fit(count: int, size: int, options: tuple[str, ...] | None = None) -> object:
    """Everyone must fit but the remainder is left out: 50 pupils, coaches of 12 → 4 (not 5)."""
    whole, rest = divmod(count, size)
    return None if rest == 0 else _option(options, whole)


def _extra_say(count: int, size: int, options: tuple[str, ...] | None = None) -> str:
    whole, rest = divmod(count, size)
    return (
        f"They gave {whole + 1}, one more for the {rest} left over, but {rest} cannot fill another one: "
        f"{count} ÷ {size} makes {whole} full."
    )


@mechanism("extra_group_for_remainder", say=_extra_say)
def extra_group_for_remainder(count: int, size: int, options: tuple[str, ...] | None = None) -> object:
    """Only full groups count but one is added for the remainder: 50 eggs in boxes of 12 → 5 (not 4)."""
    whole, rest = divmod(count, size)
    return None if rest == 0 else _option(options, whole + 1)


def _after_point_say(count: int, size: int, up: bool, options: tuple[str, ...] | None = None) -> str:
    whole, rest = divmod(count, size)
    meaning = f"one more is needed: {whole + 1}" if up else f"only {whole} are full"
    return (
        f"They wrote the remainder {rest} after a decimal point ({whole}.{rest}); {count} ÷ {size} = {whole} r "
        f"{rest}, and the {rest} left over are things, so {meaning}."
    )


@mechanism("remainder_after_point_in_story", say=_after_point_say)
def remainder_after_point_in_story(count: int, size: int, up: bool, options: tuple[str, ...] | None = None) -> object:
    """The remainder written after a point: 50 ÷ 12 = 4 r 2 → '4.2'."""
    whole, rest = divmod(count, size)
    if rest == 0:
        return None
    return _option(options, f"{whole}.{rest}") if options else f"{whole}.{rest}"


# ---------------------------------------- percentages


def _added_say(percent: int, part: Fraction | int) -> str:
    return (
        f"They added {percent} to {_text(part)} ({_text(part)} + {percent} = {_text(Fraction(part) + percent)}); "
        f"{percent}% is {_text(part)}, so find 1% or 10% from it, then 100%."
    )


@mechanism("percentage_added_for_whole", say=_added_say)
def percentage_added_for_whole(percent: int, part: Fraction | int) -> Fraction | None:
    """□ from p% of □ = part by adding: 20% of □ = 26 → 46 (not 130)."""
    wrong = Fraction(part) + percent
    return None if wrong == Fraction(part) * 100 / percent else wrong


def _pounds_off_say(percent: int, price: int) -> str:
    return (
        f"They took £{percent} off instead of {percent}% of the price; find {percent}% of "
        f"£{_text(Fraction(price, 100))} first, then take it off."
    )


@mechanism("discount_as_pounds_off", say=_pounds_off_say)
def discount_as_pounds_off(percent: int, price: int) -> int | None:
    """A sale of p% off a price in pence taken as £p off: £60 with 20% off → £40 (not £48)."""
    wrong = price - percent * 100
    return None if wrong <= 0 or wrong == price - price * percent // 100 else wrong


# ---------------------------------------- reasons about comparing decimals


def _digits_after(value: Decimal) -> int:
    return int(_text(value).partition(".")[2] or "0")


def _digit_reason_say(long: Decimal, short: Decimal, options: tuple[str, ...]) -> str:
    reason = f"{_digits_after(long)} is bigger than {_digits_after(short)}"
    if long > short:
        return (
            f"{_text(long)} is bigger, but not because {reason}: the digits after the point are tenths, "
            f"hundredths, …, not one whole number; compare them place by place from the left."
        )
    return (
        f"They read the digits after the point as whole numbers ({reason}), but {_text(short)} is bigger: "
        f"compare the tenths first."
    )


@mechanism("digit_reason_accepted", say=_digit_reason_say, plausible=any_size)
def digit_reason_accepted(long: Decimal, short: Decimal, options: tuple[str, ...]) -> str:
    """Choosing the option that calls the digit reason right (options[0]): '66 is bigger than 6' for 3.66 > 3.6."""
    return options[0]


def _fewer_say(long: Decimal, short: Decimal, options: tuple[str, ...]) -> str:
    return (
        f"They chose {_text(short)} as bigger because it has fewer digits after the point; write "
        f"{_text(short)} with as many places as {_text(long)} and compare."
    )


@mechanism("fewer_digits_reason_accepted", say=_fewer_say)
def fewer_digits_reason_accepted(long: Decimal, short: Decimal, options: tuple[str, ...]) -> str | None:
    """Choosing 'the shorter one is bigger' (options[2]) when the longer one is bigger: 3.6 over 3.66."""
    return options[2] if long > short else None


# ---------------------------------------- one mistake, asked about a claim or a comparison


def judging(made: Mechanism) -> Mechanism:
    """The same mistake when a pupil judges a claim: True when it gives the claimed value, else False.

    A pupil who works 20% of 60 as 60 − 20 calls "20% of 60 = 40" true and "20% of 60 = 12" false; the
    verdict comes from the mechanism's own wrong answer on the item's numbers, with the mechanism's own words.
    """

    def wrong(*operands: object, claim: object, **options: object) -> bool | None:
        made_answer = made.wrong(*operands, **options)
        return None if made_answer is None else _same(made_answer, claim)

    def say(*operands: object, claim: object, **options: object) -> str:
        return made.feedback_for(*operands, **options)

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def comparing(made: Mechanism) -> Mechanism:
    """The same mistake when a pupil compares its result with another number: the sign it leads to."""

    def wrong(*operands: object, against: Fraction | Decimal | int, **options: object) -> str | None:
        made_answer = made.wrong(*operands, **options)
        if made_answer is None:
            return None
        value = Fraction(Decimal(made_answer)) if isinstance(made_answer, str) else Fraction(made_answer)
        return "<" if value < against else ">" if value > against else "="

    def say(*operands: object, against: object, **options: object) -> str:
        return made.feedback_for(*operands, **options)

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def _same(a: object, b: object) -> bool:
    try:
        return Fraction(Decimal(a) if isinstance(a, str) else a) == Fraction(Decimal(b) if isinstance(b, str) else b)
    except (TypeError, ValueError, ArithmeticError):
        return a == b


def choosing(made: Mechanism) -> Mechanism:
    """The same mistake when its answer is which of some options: the mechanism's index, as the option's text."""

    def wrong(*operands: object, options: tuple[str, ...], **kw: object) -> str | None:
        index = made.wrong(*operands, **kw)
        return None if index is None else options[int(index)]  # type: ignore[arg-type]

    def say(*operands: object, options: tuple[str, ...], **kw: object) -> str:
        return made.feedback_for(*operands, **kw)

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def picking(made: Mechanism) -> Mechanism:
    """The same mistake made on each option's numbers: the option whose mistaken value is largest (or smallest).

    picking(count_as_percentage).on((18, 25), (15, 20), options=("Amir", "Bella"), most=True, right=(72, 75))
    is "Amir": 18 out of 25 read as 18% beats 15%. ``right`` is each option's true value, used where the mistake
    makes no difference (a score out of 100 is its percentage).
    """

    def values(candidates: tuple[tuple[object, ...], ...], right: tuple[object, ...]) -> list[Fraction]:
        made_values = [made.wrong(*c) for c in candidates]
        return [Fraction(v if v is not None else r) for v, r in zip(made_values, right, strict=True)]  # type: ignore[arg-type]

    def wrong(*candidates: tuple[object, ...], options: tuple[str, ...], most: bool, right: tuple) -> str | None:
        seen = values(candidates, right)
        pick = max if most else min
        if seen.count(pick(seen)) > 1:
            return None  # a tie: the mistake does not choose
        return options[seen.index(pick(seen))]

    def say(*candidates: tuple[object, ...], options: tuple[str, ...], most: bool, right: tuple) -> str:
        return made.feedback_for(*candidates[0])

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def as_percentage(made: Mechanism) -> Mechanism:
    """The same mistake when the answer is then written as a percentage: 3/8 → 0.38 (the digits) → 38%."""

    def wrong(*operands: object, **options: object) -> Fraction | None:
        made_answer = made.wrong(*operands, **options)
        return None if made_answer is None else Fraction(made_answer) * 100  # type: ignore[arg-type]

    return Mechanism(made.id, made.title, made.feedback, wrong, made.say)


def tournament(made: Mechanism) -> Mechanism:
    """The same comparing mistake when picking the greatest (or smallest) of several: the one it puts above all.

    ``made`` gives the sign a pupil writes between two values; the pick is the value that sign puts first against
    every other (None when no value does, or when the mistake makes no difference to any comparison).
    """

    def wrong(*values: object, options: tuple[str, ...], most: bool) -> str | None:
        wins = ">" if most else "<"
        for i, value in enumerate(values):
            if all(made.wrong(value, other) == wins for j, other in enumerate(values) if j != i):
                return options[i]
        return None

    def say(*values: object, options: tuple[str, ...], most: bool) -> str:
        return made.feedback

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def with_whole(made: Mechanism) -> Mechanism:
    """The same mistake on the fraction part of a mixed number, the whole part kept: 3 1/4 → 3 + 0.4 = 3.4."""

    def wrong(whole: int, *operands: object, **options: object) -> Fraction | None:
        part = made.wrong(*operands, **options)
        return None if part is None else whole + Fraction(part)  # type: ignore[arg-type]

    def say(whole: int, *operands: object, **options: object) -> str:
        return made.feedback_for(*operands, **options)

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


def costed(made: Mechanism) -> Mechanism:
    """The same mistake about how many groups, then the groups paid for: 4 coaches (not 5) × £220 → £880."""

    def wrong(*operands: object, price: int, **options: object) -> int | None:
        groups = made.wrong(*operands, **options)
        return None if groups is None else int(groups) * price  # type: ignore[call-overload]

    def say(*operands: object, price: int, **options: object) -> str:
        return made.feedback_for(*operands, **options) + " Then multiply that number by the price of one."

    return Mechanism(made.id, made.title, made.feedback, wrong, say)


# ---------------------------------------- scale factors

register(
    Misconception(
        "difference_as_scale_factor",
        "Gives the difference as the scale factor",
        "They gave how much longer the new side is, not how many times longer; a scale factor multiplies — "
        "divide the new length by the old one.",
    ),
)


def _difference_say(old: int | Fraction, new: int | Fraction) -> str:
    o, n = _text(old), _text(new)
    return (
        f"They gave {n} − {o} = {_text(Fraction(new) - Fraction(old))}, how much longer the side is, not how many "
        f"times longer: the scale factor is {n} ÷ {o}."
    )


@mechanism("difference_as_scale_factor", say=_difference_say)
def difference_as_scale_factor(old: int | Fraction, new: int | Fraction) -> Fraction | None:
    """The difference of two matching sides as the scale factor: 4 cm → 12 cm gives 8 (not 3)."""
    wrong = Fraction(new) - Fraction(old)
    return None if wrong <= 0 or wrong == Fraction(new) / Fraction(old) else wrong


# ---------------------------------------- sharing in a ratio

register(
    Misconception(
        "ratio_whole_for_part",
        "Gives the total instead of the other part",
        "They found the total of both parts when the question asked for one part; mark on the bar model which "
        "amount the question asks for.",
    ),
)


def _whole_for_part_say(known: int, known_part: int, other_part: int) -> str:
    total = ratio_whole_for_part(known, known_part, other_part)
    return (
        f"They found the total, {_text(total or 0)}, for all {known_part + other_part} parts; the question asks "
        f"for the {other_part} parts of the other kind only."
    )


@mechanism("ratio_whole_for_part", say=_whole_for_part_say)
def ratio_whole_for_part(known: int, known_part: int, other_part: int) -> Fraction:
    """The total given when the other share was asked for: 12 red, 2 red for every 3 blue → 30 (not 18)."""
    return Fraction(known * (known_part + other_part), known_part)
