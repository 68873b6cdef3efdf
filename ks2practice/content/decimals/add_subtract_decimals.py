"""Add and subtract decimals, and solve problems with up to three decimal places."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, DecimalNumber, Measure, Money, TrueFalse
from ks2practice.content import contexts, methods
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.column_methods import amount
from ks2practice.content.calculation.common import money
from ks2practice.content.decimals.common import (
    RANGES,
    _amount_answer,
    _amount_text,
    _exact,
    dec,
    fixed,
    places_of,
    random_decimal,
)
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, q, sub

# ---------------------------------------------------------------------- adding and subtracting decimals


def _two_decimals(rng: random.Random, level: Level) -> tuple[Decimal, Decimal]:
    """Two decimals for a sum or difference: one place at level 1, mixed lengths (3.5 and 1.27) above."""
    row = RANGES["add_subtract"][int(level)]
    low, high = row["places"]  # type: ignore[misc]
    a = random_decimal(rng, row["whole"], rng.randint(low, high), 1)  # type: ignore[arg-type]
    b = random_decimal(rng, max(int(a) - 1, 1), rng.randint(low, high))
    if level > Level.WORKING_TOWARDS and places_of(a) == places_of(b) and rng.random() < 0.5:
        b = random_decimal(rng, max(int(a) - 1, 1), low if places_of(a) != low else high)
    return (a, b) if a >= b else (b, a)  # the larger first: a KS2 difference of decimals is never negative


_SLIPS = (dmis.decimal_point_separator, dmis.decimals_aligned_right)


def _add_sub_slips(a: Decimal, b: Decimal, op: str, **asked: object) -> list[mis.Applied]:
    """The two decimal slips on this sum, as mechanisms applied to its numbers (asked: scale= or claim=)."""
    return [slip.on(a, b, op, **asked) for slip in _SLIPS]


def _worked(value: Fraction | Decimal, places: int, unit: str = "") -> object:
    """A value as the column method writes it (with `places` places), in pounds for money."""
    written = Decimal(fixed(value, places).replace(",", ""))
    return amount(int(written * 100), "money") if unit == "money" else q(written, unit)


def _column_steps(a: Decimal, b: Decimal, op: str, unit: str = "") -> list[str]:
    """The points lined up (gaps filled with 0), the engine's column-by-column steps, and the result."""
    places = max(places_of(a), places_of(b))
    result = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    combine = add if op == "+" else sub
    x, y = _worked(a, places, unit), _worked(b, places, unit)
    steps: list[str] = []
    if places_of(a) != places_of(b):
        steps.append(Step("Line up the decimal points and fill the gap with 0: ", combine(x, y)))
    if result >= 0:
        pair = (Decimal(fixed(a, places).replace(",", "")), Decimal(fixed(b, places).replace(",", "")))
        run = methods.add_in_columns(*pair) if op == "+" else methods.subtract_in_columns(*pair)
        steps += run.steps
    steps.append(Step(eq(combine(x, y), _worked(result, places, unit))))
    if unit != "money":
        written, shortest = _worked(result, places, unit), q(dec(result), unit)
        if Step(written) != Step(shortest):  # 9.0 = 9 says something; 1.78 = 1.78 would not
            steps.append(Step(eq(written, shortest)))
    return steps


def _add_sub_mistake(rng: random.Random, level: Level, style: str) -> Item:
    """A worked sum with one mechanised slip: the point used as a separator, or the last digits lined up."""
    for _ in range(50):
        op = rng.choice(("+", "−"))
        a, b = _two_decimals(rng, level)
        slips = [m for m in _SLIPS if m(a, b, op) is not None and _exact(m(a, b, op)) >= 0]  # type: ignore[arg-type]
        if slips:
            break
    else:
        a, b, op = Decimal("0.3"), Decimal("0.45"), "+"
        slips = [dmis.decimal_point_separator]
    chosen = rng.choice(slips)
    wrong = chosen(a, b, op)
    wrong_value = _exact(wrong)  # type: ignore[arg-type]
    written = wrong if isinstance(wrong, str) else show(wrong_value)  # as the child wrote it: 7.10, not 7.1
    total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    who = name(rng)
    wa, _, pa = show(a).partition(".")
    wb, _, pb = show(b).partition(".")
    if chosen is dmis.decimal_point_separator:
        method = (
            f"{who} worked out the whole numbers ({wa} {op} {wb}) and then the digits after the point "
            f"({int(pa or 0)} {op} {int(pb or 0)}) and got {written}."
        )
        why = "the digits after the point are tenths and hundredths, not a whole number"
    else:
        method = (
            f"{who} wrote {show(a)} and {show(b)} in columns with the last digits lined up, as for whole numbers, "
            f"and got {show(wrong_value)}."
        )
        why = "the decimal points must be lined up, not the last digits"
    answer = DecimalNumber(dec(total))
    prompt = f"{who} worked out {show(a)} {op} {show(b)}. {method} Find the mistake and write the correct answer."
    steps = [f"The mistake: {why}.", chosen.feedback_for(a, b, op), *_column_steps(a, b, op)]
    check = f"{show(a)} {op} {show(b)}"
    return make(
        prompt + hint(level, "line up the decimal points."),
        answer,
        steps,
        style,
        check,
        predicted=mis.predictions(answer, chosen.on(a, b, op)),
    )


# (story, unit, 'add' for a + b or 'take' for a − b, the largest sensible whole part)
# what each story's two amounts are in the bank's decimal_stories (money in pounds, measures in their unit)
_STORY_QUANTITY: dict[str, str] = {}
_ADD_STORIES = (
    ("{n} buys a book for {a} and a bookmark for {b}. How much does {n} spend altogether?", "money", "add", 0),
    ("{n} has {a}. {n} spends {b} on a present. How much money is left?", "money", "take", 0),
    ("A bucket holds {a} of water. {n} pours out {b}. How much water is left in the bucket?", "l", "take", 3),
    ("{n} walks {a} to school and then {b} to the park. How far does {n} walk altogether?", "km", "add", 4),
    ("A bag of flour weighs {a}. A bag of sugar weighs {b}. What is their total mass?", "kg", "add", 3),
    ("A rope is {a} long. {n} cuts off {b}. How long is the rope now?", "m", "take", 5),
    ("{n} jumped {a} and Sam jumped {b}. How much further did {n} jump?", "m", "take", 4),
)
_STORY_QUANTITY.update(
    {
        story[0]: quantity
        for story, quantity in zip(
            _ADD_STORIES, ("pounds", "pounds", "bucket", "walk", "bag", "rope", "jump"), strict=True
        )
    }
)


@topic(
    "decimals.add_subtract_decimals",
    title="Add and subtract decimals, and solve problems with up to three decimal places",
    codes=("5F10",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
)
def add_subtract_decimals(rng: random.Random, level: Level, style: str) -> Item:
    op = rng.choice(("+", "−"))
    a, b = _two_decimals(rng, level)
    total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
    tip = "line up the decimal points."
    text = f"{show(a)} {op} {show(b)}"
    if style == "fluency":
        answer: Answer = DecimalNumber(dec(total))
        prompt = f"Work out {text}" + hint(level, tip)
        return make(
            prompt,
            answer,
            _column_steps(a, b, op),
            style,
            text,
            predicted=mis.predictions(answer, *_add_sub_slips(a, b, op)),
        )
    if style == "spot_the_mistake":
        return _add_sub_mistake(rng, level, style)
    if style == "missing_number":
        answer = DecimalNumber(b)
        equation = f"{show(a)} {op} □ = {show(total)}"
        prompt = f"What number goes in the box? {equation}" + hint(level, "use the inverse operation.")
        inverse = sub(dec(total), a) if op == "+" else sub(a, dec(total))
        steps = [Step("□ = ", inverse), Step("□ = ", eq(inverse, b))]
        return make(prompt, answer, steps, style, equation)
    if style == "true_or_false":
        slips = [m for m in _SLIPS if m(a, b, op) is not None]
        slip = rng.choice(slips) if slips and rng.random() < 0.5 else None
        claim = _exact(slip(a, b, op)) if slip else total  # type: ignore[arg-type]
        answer = TrueFalse(claim == total)
        prompt = f"True or false? {text} = {show(claim)}" + hint(level, tip)
        steps = [*_column_steps(a, b, op), f"So the statement is {truth_word(claim == total)}."]
        predicted = mis.predictions(answer, *_add_sub_slips(a, b, op, claim=claim)) if slip else ()
        return make(prompt, answer, steps, style, f"{text} = {show(claim)}", predicted=predicted)
    if style == "word_problem":
        story, unit, kind, largest = rng.choice(_ADD_STORIES)
        if unit == "money":  # pounds and pence: two places
            a = Decimal(rng.randint(150, 2000 * int(level)) if kind == "take" else rng.randint(250, 1500)).scaleb(-2)
            b = Decimal(rng.randint(15, int(a * 100) - 5 if kind == "take" else 999)).scaleb(-2)
        else:  # real-sized measures with the level's decimal places
            a = a - int(a) + rng.randint(1, largest)
            b = b - int(b) + rng.randint(0, largest - 1)
        op = "+" if kind == "add" else "−"
        if op == "−" and b >= a:
            a, b = b + a, a
        total = Fraction(a) + Fraction(b) if op == "+" else Fraction(a) - Fraction(b)
        contexts.used("decimal_stories", **{_STORY_QUANTITY[story]: (Fraction(a), Fraction(b))})
        answer = _amount_answer(total, unit)
        who = name(rng)
        prompt = story.format(n=who, a=_amount_text(a, unit), b=_amount_text(b, unit)) + hint(level, tip)
        scale = 100 if unit == "money" else 1
        check = f"{show(Fraction(a) * scale)} {op} {show(Fraction(b) * scale)}"
        predicted = mis.predictions(answer, *_add_sub_slips(a, b, op, scale=100 if unit == "money" else 1))
        return make(prompt, answer, _column_steps(a, b, op, unit), style, check, predicted=predicted)
    # two steps: spend two amounts and find the change, or cut two pieces and find what is left
    who = name(rng)
    if rng.random() < 0.5:
        things, low, high = (
            (("a book", "a board game"), 499, 2499) if level == 3 else (("a sandwich", "a smoothie"), 99, 599)
        )
        first, second = rng.randint(low, high), rng.randint(low, high)
        if level == Level.WORKING_TOWARDS:
            first, second = first // 10 * 10, second // 10 * 10
        note = next(n for n in (500, 1000, 2000, 5000) if n > first + second)
        change = note - first - second
        contexts.used("decimal_stories", **{"snack" if level < 3 else "gift": (first, second), "note": note})
        answer = Money(change)
        prompt = (
            f"{who} buys {things[0]} for {money(first)} and {things[1]} for {money(second)}. "
            f"{who} pays with a {money(note)} note. How much change does {who} get?" + hint(level, tip)
        )
        steps = [
            Step(eq(add(amount(first, "money"), amount(second, "money")), amount(first + second, "money"))),
            Step(eq(sub(amount(note, "money"), amount(first + second, "money")), amount(change, "money"))),
        ]
        # No prediction: a slip in the first step changes the change only through a second step of its own.
        return make(prompt, answer, steps, style, f"{note} − {first} − {second}")
    whole = rng.randint(2, 5 * int(level))
    x, y = _two_decimals(rng, level)
    x, y = x - int(x) + rng.randint(0, whole // 3), y - int(y)
    if x + y >= whole:
        x, y = x - int(x), y
    left = whole - Fraction(x) - Fraction(y)
    contexts.used("decimal_stories", ribbon=whole)
    answer = Measure(dec(left), "m", unit_required=False)
    prompt = (
        f"A ribbon is {whole} m long. {who} cuts off {show(x)} m and then {show(y)} m. How much ribbon is left?"
        + hint(level, tip)
    )
    cut = dec(Fraction(x) + Fraction(y))
    steps = [
        Step(eq(add(q(x, "m"), q(y, "m")), q(cut, "m"))),
        Step(eq(sub(q(whole, "m"), q(cut, "m")), q(dec(left), "m"))),
    ]
    # No prediction: a slip in the first step reaches the answer only through the second step.
    return make(prompt, answer, steps, style, f"{whole} − {show(x)} − {show(y)}")
