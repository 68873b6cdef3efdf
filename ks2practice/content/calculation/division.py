"""Short division (the bus-stop method) and long division by a two-digit number."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, FractionAnswer, WholeNumber, format_fraction
from ks2practice.content import methods
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation.common import RANGES, _amount, _count_answer, _decimal, _word
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

SHARE_CONTEXTS = (
    ("{a} stickers are shared equally between {b} children. How many stickers does each child get?", ""),
    ("A baker puts {a} bread rolls into bags of {b}. How many bags does the baker fill?", ""),
    ("A {a} roll of ribbon is cut into {b} equal pieces. How long is each piece?", "cm"),
    ("{a} is shared equally between {b} people. How much does each person get?", "money"),
    ("A school spends {a} on {b} identical books. How much does one book cost?", "money"),
    ("A farmer packs {a} eggs into boxes of {b}. How many boxes does the farmer fill?", ""),
    ("{a} of juice is poured equally into {b} jugs. How much juice is in each jug?", "ml"),
)
REMAINDER_CONTEXTS = (
    (
        "{a} children are going on a trip. Each minibus holds {b} children. How many minibuses are needed?",
        "up",
        1_000,
    ),
    ("{a} eggs need packing into boxes of {b}. How many boxes are needed to pack all the eggs?", "up", 10**9),
    (
        "A school needs {a} pencils. Pencils come in packs of {b}. How many packs must the school buy?",
        "up",
        5_000,
    ),
    ("{a} people are coming to a party. Each table seats {b} people. How many tables are needed?", "up", 500),
    (
        "A baker has {a} g of flour. Each loaf needs {b} g. How many whole loaves can the baker make?",
        "down",
        20_000,
    ),
    (
        "{name} has {a} cm of ribbon and cuts it into pieces {b} cm long. How many whole pieces can {name} cut?",
        "down",
        5_000,
    ),
    (
        "A factory has {a} bottles of juice to pack into crates of {b}. How many crates can be filled completely?",
        "down",
        10**9,
    ),
    ("{a} sweets are shared equally between {b} children. How many sweets are left over?", "left", 1_000),
    ("A farmer packs {a} apples into bags of {b}. How many apples are left over?", "left", 10**9),
)


# ---------------------------------------------------------------------- short division


def _exact_division(rng: random.Random, level: Level, key: str) -> tuple[int, int, int]:
    table = RANGES[key][int(level)]
    divisor = rng.choice(table["divisors"])  # type: ignore[arg-type]
    quotient = rng.randint(*table["quotient"])  # type: ignore[misc]
    while quotient % 10 == 0:
        quotient += 1
    return divisor * quotient, divisor, quotient


def _division_trace(dividend: int, divisor: int, error: str | None) -> tuple[list[str], str]:
    """Bus-stop steps, perhaps with one wrong step: a 0 left out of the answer or a remainder not carried."""
    names = ("ones", "tens", "hundreds", "thousands", "ten thousands")
    digits = [int(d) for d in str(dividend)]
    steps, quotient, carry, dropped = [], "", 0, False
    for i, d in enumerate(digits):
        place = names[len(digits) - 1 - i]
        current = carry * 10 + d
        q, r = divmod(current, divisor)
        if q == 0 and not quotient:
            steps.append(f"{current} ÷ {divisor} does not go, so carry {current} into the next column.")
            carry = current
            continue
        if current == 0:
            steps.append(
                f"0 ÷ {divisor}: nothing to write or carry, so move on."
                if error == "missing_zero_in_quotient"
                else f"0 ÷ {divisor} = 0: write 0 in the {place}."
            )
            quotient += "" if error == "missing_zero_in_quotient" else "0"
            carry = 0
            continue
        if q == 0 and error == "missing_zero_in_quotient":
            steps.append(f"{current} ÷ {divisor} does not go, so carry {current} into the next column.")
        elif q == 0:
            steps.append(f"{current} ÷ {divisor} does not go: write 0 in the {place} and carry {current}.")
            quotient += "0"
        else:
            tail = f" remainder {r}, carry {r}." if r else "."
            if r and error == "remainder_not_carried" and not dropped and i < len(digits) - 1:
                tail = f" remainder {r}."
                dropped = True
                r = 0
            steps.append(f"{current} ÷ {divisor} = {q}{tail}")
            quotient += str(q)
        carry = r
    result = quotient + (f" r {carry}" if carry else "")
    return steps, result


@topic(
    "calculation.short_division",
    title="Short division (the bus-stop method)",
    codes=("3C7", "5C7b", "6C7c", "3C8", "6F6"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake"),
    representations=pictures.kinds("short_division"),
)
@pictures.pictured("short_division")
def short_division(rng: random.Random, level: Level, style: str) -> Item:
    dividend, divisor, quotient = _exact_division(rng, level, "short_division")
    tip = "divide from the left, and carry any remainder into the next digit."
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            divisor = rng.choice((3, 4, 6, 7, 8, 9))
            dividend = divisor * quotient + rng.randint(1, divisor - 1)
            value = Fraction(dividend, divisor)
            answer = FractionAnswer(value, mixed=True, improper=False)
            prompt = (
                f"Work out {show(dividend)} ÷ {divisor}. Write the remainder as a fraction, so your answer "
                f"is a mixed number."
            )
            q, r = divmod(dividend, divisor)
            simpler = "" if Fraction(r, divisor).denominator == divisor else f" = {Fraction(r, divisor)}"
            steps = [
                f"Short division gives {show(q)} remainder {r} (see the method).",
                f"The remainder {r} out of {divisor} is {r}/{divisor}{simpler}.",
                f"{show(dividend)} ÷ {divisor} = {format_fraction(value)}",
            ]
            item = make(
                prompt,
                answer,
                steps,
                style,
                f"{show(dividend)} ÷ {divisor}",
                methods.short_division(dividend, divisor),
                mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(dividend, divisor))),
            )
            return pictures.offer(item, place_value_chart=pictures.chart(dividend))
        answer = WholeNumber(quotient)
        prompt = f"Use short division to work out {show(dividend)} ÷ {divisor}." + hint(level, tip)
        steps = [
            "Use short division (see the bus-stop method).",
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.short_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(dividend, divisor))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    if style == "missing_number":
        remainder = rng.randint(1, divisor - 1)
        total = dividend + remainder
        form = rng.choice(("remainder", "dividend", "exact"))
        if form == "remainder":
            equation = f"{show(total)} ÷ {divisor} = {show(quotient)} r □"
            answer = WholeNumber(remainder)
            check = f"{show(total)} = {divisor} × {show(quotient)} + □"
            steps = [
                f"{divisor} × {show(quotient)} = {show(dividend)}",
                f"{show(total)} − {show(dividend)} = {remainder}",
            ]
            working = methods.short_division(total, divisor)
        elif form == "dividend":
            equation = f"□ ÷ {divisor} = {show(quotient)} r {remainder}"
            answer = WholeNumber(total)
            check = f"□ = {divisor} × {show(quotient)} + {remainder}"
            steps = [
                f"Use the inverse: {divisor} × {show(quotient)} = {show(dividend)}",
                f"Add the remainder: {show(dividend)} + {remainder} = {show(total)}",
            ]
            working = (
                methods.short_multiplication(quotient, divisor)
                if divisor < 10
                else methods.long_multiplication(quotient, divisor)
            )
        else:
            equation = f"□ ÷ {divisor} = {show(quotient)}"
            answer = WholeNumber(dividend)
            check = equation
            steps = [f"Use the inverse: {show(quotient)} × {divisor} = {show(dividend)}"]
            working = (
                methods.short_multiplication(quotient, divisor)
                if divisor < 10
                else methods.long_multiplication(quotient, divisor)
            )
        prompt = f"Find the missing number: {equation}" + hint(
            level, "use the inverse: multiply" + (", then add the remainder." if " r " in equation else ".")
        )
        item = make(prompt, answer, steps, style, check, working)
        if form == "remainder":
            return _division_pictures(item, total, divisor, quotient, remainder, "remainder")
        if form == "dividend":
            return _division_pictures(item, total, divisor, quotient, remainder, "whole")
        return _division_pictures(item, dividend, divisor, quotient, 0, "whole")
    if style == "spot_the_mistake":
        zero_quotients = [q for q in range(101, 10_000) if "0" in str(q)[1:-1]]
        table = RANGES["short_division"][int(level)]
        divisor = rng.choice([d for d in table["divisors"] if d < 10] or [3])  # type: ignore[union-attr]
        largest = 3_000
        if level == Level.WORKING_TOWARDS:  # three-digit numbers divided by 2, 3 or 4
            divisor, largest = rng.choice((2, 3, 4)), 200
        error = rng.choice(("missing_zero_in_quotient", "remainder_not_carried"))
        if error == "missing_zero_in_quotient":
            quotient = rng.choice([q for q in zero_quotients if q < largest])
        dividend = divisor * quotient
        wrong_steps, wrong = _division_trace(dividend, divisor, error)
        if wrong == str(quotient):
            error = "missing_zero_in_quotient"
            quotient = rng.choice([q for q in zero_quotients if q < largest])
            dividend = divisor * quotient
            wrong_steps, wrong = _division_trace(dividend, divisor, error)
        right_steps, _ = _division_trace(dividend, divisor, None)
        who = name(rng)
        answer = WholeNumber(quotient)
        prompt = (
            f"{who} used short division for {show(dividend)} ÷ {divisor} and got {wrong}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        why = (
            "when a digit was too small to divide, no 0 was written in the answer"
            if error == "missing_zero_in_quotient"
            else "a remainder was not carried into the next digit"
        )
        steps = [
            f"The mistake: {why}.",
            " ".join(right_steps),
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        predicted = mis.predictions(
            answer,
            ("missing_zero_in_quotient", int(wrong))
            if error == "missing_zero_in_quotient"
            else ("missing_zero_in_quotient", None),
        )
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.short_division(dividend, divisor),
            predicted,
        )
        return _division_pictures(item, dividend, divisor, quotient)
    return _division_word_problem(rng, level, dividend, divisor, quotient, tip)


def _division_word_problem(
    rng: random.Random,
    level: Level,
    dividend: int,
    divisor: int,
    quotient: int,
    tip: str,
    layout: Callable[[int, int], str] = methods.short_division,
) -> Item:
    if rng.random() < 0.5:
        template, unit = rng.choice(SHARE_CONTEXTS)
        if unit == "money":
            amount, each = (
                dividend * 100 if dividend < 1_000 else dividend,
                quotient * 100 if dividend < 1_000 else quotient,
            )
        else:
            amount, each = dividend, quotient
        answer = _count_answer(each, unit)
        prompt = _word(template, rng, a=_amount(amount, unit), b=show(divisor)) + hint(level, tip)
        steps = ["Divide (see the method).", f"{_amount(amount, unit)} ÷ {divisor} = {_amount(each, unit)}"]
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{show(amount)} ÷ {divisor}",
            layout(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(amount, divisor))),
        )
        # the bar in the question's own units (pounds and pence for money); the chart of the number divided
        bar = pictures.sharing_bar(amount, divisor, each, unit="£" if unit == "money" else unit)
        money_ = pictures.coins(amount) if unit == "money" else None
        why = "coins only picture money" if unit != "money" else "more than 12 notes and coins"
        counters = pictures.chart(Fraction(amount, 100) if unit == "money" else amount)  # pounds, as in the prompt
        return pictures.offer(item, why, bar_model=bar, place_value_chart=counters, coins=money_)
    remainder = rng.randint(1, divisor - 1)
    total = dividend + remainder
    template, way, _ = rng.choice([c for c in REMAINDER_CONTEXTS if total <= c[2]])
    if way == "up":
        key, check = quotient + 1, f"({show(total)} − {remainder}) ÷ {divisor} + 1"
        reason = f"{show(quotient)} is not enough for the last {remainder}, so one more is needed: {show(key)}"
    elif way == "down":
        key, check = quotient, f"({show(total)} − {remainder}) ÷ {divisor}"
        reason = f"The {remainder} left over is not enough for another one, so the answer is {show(key)}"
    else:
        key, check = remainder, f"{show(total)} − {divisor} × {show(quotient)}"
        reason = f"{remainder} are left over."
    answer = WholeNumber(key)
    prompt = _word(template, rng, a=show(total), b=show(divisor)) + hint(level, "think about what the remainder means.")
    steps = [f"{show(total)} ÷ {divisor} = {show(quotient)} remainder {remainder} (see the method).", reason]
    why = "a picture would show what the remainder means"
    predicted = mis.predictions(
        answer,
        (
            "remainder_not_interpreted",
            mis.remainder_not_interpreted(total, divisor, way == "up") if way != "left" else quotient,
        ),
    )
    item = make(prompt, answer, steps, "word_problem", check, layout(total, divisor), predicted)
    return pictures.offer(item, why, place_value_chart=pictures.chart(total))


def _division_pictures(
    item: Item, whole: int, divisor: int, quotient: int, remainder: int = 0, unknown: str = "each"
) -> Item:
    """A division's pictures: the whole shared into equal parts, and the whole in a place-value chart."""
    bar = pictures.sharing_bar(whole, divisor, quotient, remainder, unknown)
    counters = pictures.chart(whole) if unknown != "whole" else None
    why = "the number to divide is the one to find" if unknown == "whole" else "a bar stops at 12 parts"
    return pictures.offer(item, why, bar_model=bar, place_value_chart=counters)


# ---------------------------------------------------------------------- long division


@topic(
    "calculation.long_division",
    title="Long division by a two-digit number",
    codes=("6C7b", "6C7c", "6C8", "6F9c"),
    styles=("fluency", "missing_number", "word_problem", "spot_the_mistake"),
    representations=pictures.kinds("long_division"),
)
@pictures.pictured("long_division")
def long_division(rng: random.Random, level: Level, style: str) -> Item:
    dividend, divisor, quotient = _exact_division(rng, level, "long_division")
    tip = f"write out the first few multiples of {divisor} before you start."
    if style == "fluency":
        if level == Level.GREATER_DEPTH:
            extra = rng.randint(1, divisor - 1)
            total = dividend + extra
            value = Fraction(total, divisor)
            if _places_needed(value) <= 2 and rng.random() < 0.6:
                answer: Answer = DecimalNumber(_decimal(value))
                prompt = f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a decimal."
                steps = [
                    "Carry on dividing after the decimal point by writing zeros (see the method).",
                    f"{show(total)} ÷ {divisor} = {answer.format()}",
                ]
                item = make(
                    prompt,
                    answer,
                    steps,
                    style,
                    f"{show(total)} ÷ {divisor}",
                    methods.long_division(total, divisor, _places_needed(value)),
                    mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(total, divisor))),
                )
                return _division_pictures(item, total, divisor, total // divisor, total % divisor)
            answer = FractionAnswer(value, mixed=True, improper=False)
            q, r = divmod(total, divisor)
            prompt = (
                f"Use long division to work out {show(total)} ÷ {divisor}. Give your answer as a mixed "
                "number "
                f"(the remainder as a fraction)."
            )
            steps = [
                f"{show(total)} ÷ {divisor} = {show(q)} remainder {r} (see the method).",
                f"The remainder is {r}/{divisor} of a whole one.",
                f"So the answer is {format_fraction(value)}",
            ]
            item = make(
                prompt,
                answer,
                steps,
                style,
                f"{show(total)} ÷ {divisor}",
                methods.long_division(total, divisor),
                mis.predictions(answer, ("remainder_as_decimal", mis.remainder_as_decimal(total, divisor))),
            )
            return _division_pictures(item, total, divisor, q, r)
        answer = WholeNumber(quotient)
        prompt = f"Use long division to work out {show(dividend)} ÷ {divisor}." + hint(level, tip)
        steps = ["Use long division (see the method).", f"{show(dividend)} ÷ {divisor} = {show(quotient)}"]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.long_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", mis.missing_zero_in_quotient(dividend, divisor))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    if style == "missing_number":
        form = rng.choice(("dividend", "divisor", "remainder"))
        if form == "dividend":
            equation, key, check = (
                f"□ ÷ {divisor} = {show(quotient)}",
                dividend,
                f"□ ÷ {divisor} = {show(quotient)}",
            )
            steps = [f"Use the inverse: {show(quotient)} × {divisor} = {show(dividend)}"]
            working = methods.long_multiplication(quotient, divisor) if quotient >= 10 else None
        elif form == "divisor":
            equation, key, check = (
                f"{show(dividend)} ÷ □ = {show(quotient)}",
                divisor,
                f"{show(dividend)} ÷ □ = {show(quotient)}",
            )
            steps = [
                f"{show(dividend)} ÷ {show(quotient)} = {divisor}",
                f"Check: {show(quotient)} × {divisor} = {show(dividend)}",
            ]
            working = methods.long_division(dividend, quotient) if quotient < 100 else None
        else:
            extra = rng.randint(1, divisor - 1)
            total = dividend + extra
            equation, key = f"{show(total)} ÷ {divisor} = {show(quotient)} r □", extra
            check = f"{show(total)} = {divisor} × {show(quotient)} + □"
            steps = [
                f"{show(quotient)} × {divisor} = {show(dividend)}",
                f"{show(total)} − {show(dividend)} = {extra}",
            ]
            working = methods.long_division(total, divisor)
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, "use the inverse operation.")
        item = make(prompt, answer, steps, style, check, working)
        if form == "dividend":
            return _division_pictures(item, dividend, divisor, quotient, 0, "whole")
        if form == "divisor":  # the divisor is the unknown: a chart of the number divided
            return pictures.offer(item, place_value_chart=pictures.chart(dividend))
        return _division_pictures(item, total, divisor, quotient, extra, "remainder")
    if style == "spot_the_mistake":
        zero_quotients = [q for q in range(101, 1_000) if str(q)[1] == "0" and q % 10]
        quotient = rng.choice(
            zero_quotients if level != Level.WORKING_TOWARDS else [q for q in zero_quotients if q < 310]
        )
        dividend = divisor * quotient
        wrong_steps, wrong = _division_trace(dividend, divisor, "missing_zero_in_quotient")
        right_steps, _ = _division_trace(dividend, divisor, None)
        who = name(rng)
        answer = WholeNumber(quotient)
        prompt = (
            f"{who} used long division for {show(dividend)} ÷ {divisor} and got {wrong}. {who}'s steps: "
            + " ".join(wrong_steps)
            + " Find the mistake and write the correct answer."
        )
        steps = [
            f"The mistake: when the number was too small to divide by {divisor}, {who} did not write 0 in the answer.",
            f"Check with the inverse: {wrong} × {divisor} = {show(int(wrong) * divisor)}, not {show(dividend)}.",
            " ".join(right_steps),
            f"{show(dividend)} ÷ {divisor} = {show(quotient)}",
        ]
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{show(dividend)} ÷ {divisor}",
            methods.long_division(dividend, divisor),
            mis.predictions(answer, ("missing_zero_in_quotient", int(wrong))),
        )
        return _division_pictures(item, dividend, divisor, quotient)
    return _division_word_problem(rng, level, dividend, divisor, quotient, tip, methods.long_division)


def _places_needed(value: Fraction) -> int:
    """Decimal places a value needs, or 99 when it has no exact decimal within six places."""
    for places in range(7):
        if (value * 10**places).denominator == 1:
            return places
    return 99
