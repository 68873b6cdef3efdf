"""Find fractions of amounts and solve problems."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Comparison, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.fractions import reasoning_items as reasoned
from ks2practice.content.fractions.common import _AMOUNT_STYLES, RANGES, between, choose, fq, fr, with_picture
from ks2practice.content.misconceptions.catalogue import Mechanism
from ks2practice.content.misconceptions.fraction_operations import judged, then
from ks2practice.content.wording import hint, make, name, show, sign_of
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, of, q, rel, sub
from ks2practice.pictures.diagrams import BarModel, Marker, NumberLine

# ---------------------------------------------------------------------- fractions of amounts


def _amount_numbers(rng: random.Random, level: Level) -> tuple[int, int, int]:
    """(numerator, denominator, amount) with the amount a multiple of the denominator."""
    key = "fractions_of_amounts"
    d = choose(rng, level, key)
    k = between(rng, level, key, "part")
    low, high = RANGES[key][int(level)]["top"]
    n = 1 if level == Level.WORKING_TOWARDS and rng.random() < 0.5 else rng.randint(min(low, d - 1), min(high, d - 1))
    if level > Level.WORKING_TOWARDS and n == 1:
        n = rng.randint(2, d - 1)
    while Fraction(n, d).denominator != d:  # keep the fraction in its simplest form: 6/8 of 24 is asked as 3/4
        n = rng.randint(1, d - 1)
    return n, d, d * k


def _amount_steps(n: int, d: int, amount: int, unit: str = "") -> list[Step]:
    """One part, then n parts, then the fraction of the amount as one relation (3/4 of 24 = 18), in the unit."""
    part = amount // d
    steps = [Step("Find one part: ", eq(div(q(amount, unit), d), q(part, unit)), ".")]
    if n > 1:
        steps.append(Step(f"{n} parts: ", eq(mul(q(part, unit), n), q(part * n, unit)), "."))
    steps.append(Step("So ", eq(of(fq(Fraction(n, d)), q(amount, unit)), q(part * n, unit)), "."))
    return steps


_AMOUNT_WORD = (
    # (template, kind, the quantity in the bank's fraction_stories): kind is 'count', 'money' (pounds) or a unit;
    # the bank says which amounts make sense (no 6 g bag of flour, no 30-seat theatre)
    (
        "There are {a} children in a class. {f} of them walk to school. How many children walk to school?",
        "count",
        "children",
    ),
    ("A tray holds {a} eggs. {f} of the eggs are brown. How many eggs are brown?", "count", "eggs"),
    (
        "{name} has {a} stickers and gives {f} of them to a friend. How many stickers does {name} give away?",
        "count",
        "stickers",
    ),
    (
        "{name} has saved £{a} and spends {f} of it on presents. How much does {name} spend on presents?",
        "money",
        "savings",
    ),
    ("{name} has {a}p and spends {f} of it on sweets. How much does {name} spend on sweets?", "pence", "pocket"),
    ("A ribbon is {a} cm long. {name} cuts off {f} of it. How long is the piece cut off?", "cm", "ribbon"),
    ("A jug holds {a} ml of juice. {name} pours out {f} of it. How much juice is poured out?", "ml", "juice"),
    ("A bag of flour weighs {a} g. A recipe uses {f} of the bag. How many grams does the recipe use?", "g", "flour"),
    ("A cycle route is {a} km long. {name} has ridden {f} of it. How far has {name} ridden?", "km", "route"),
    ("A theatre has {a} seats. {f} of the seats are taken. How many seats are taken?", "count", "seats"),
)

# (template, the bank's context and quantity for the whole): find the part, then what is left
_AMOUNT_TWO_STEP = (
    (
        "A class raised £{a} at the school fair. They spend {f} of it on books. How much money is left?",
        "fraction_stories",
        "fund",
    ),
    (
        "A school has {a} pupils. {f} of them have school dinners. How many pupils do not have school dinners?",
        "primary_pupils",
        "pupils",
    ),
    (
        "A farmer has {a} sheep. {f} of them are in the top field. How many sheep are not in the top field?",
        "sheep_flock",
        "sheep",
    ),
    ("A water tank holds {a} litres. {f} of the water is used. How many litres are left?", "home_water_tank", "water"),
)

# find the part, then share what is left equally: more than adding and taking away (issue #15)
_AMOUNT_SHARED = (
    (
        "{name} has {a} stickers and keeps {f} of them. {name} shares the rest equally between {c} friends. "
        "How many stickers does each friend get?",
        "count",
        "stickers",
    ),
    (
        "{name} has saved £{a}. {name} spends {f} of it on a present and shares the rest equally between {c} "
        "charity boxes. How much goes into each box?",
        "money",
        "savings",
    ),
)


def _fits(context: str, quantity: str, amount: int) -> bool:
    """Whether the whole is believable for this story (the bank's range)."""
    return contexts.get(context)[quantity].holds(_whole_in_bank(_KIND_OF.get(context, ""), amount))


def _whole_in_bank(kind: str, amount: int) -> int:
    """The whole as the bank holds it: money stories are in whole pounds, the bank in pence."""
    return amount * 100 if kind == "money" else amount


def _amount_answer(kind: str, value: int) -> WholeNumber | Money | Measure:
    if kind == "pence":
        return Money(value)
    if kind == "money":
        return Money(value * 100)  # the amount is in whole pounds
    if kind == "count":
        return WholeNumber(value)
    return Measure(value, kind, unit_required=False)


pictures.PICTURES["fractions_of_amounts"] = {
    "bar_model": {1: _AMOUNT_STYLES, 2: _AMOUNT_STYLES},  # at most 12 parts: level 3 goes up to 25ths
    "number_line": {1: _AMOUNT_STYLES, 2: _AMOUNT_STYLES, 3: _AMOUNT_STYLES},
}


def _amount_picture(kind: str, d: int, amount: int, result: int) -> BarModel | NumberLine:
    if kind == "bar_model":
        return BarModel(amount, ("?",) * d, sizes=(amount // d,) * d)
    return NumberLine(0, amount, amount // d, labels=(0, amount), points=(Marker(result, "?"),))


@topic(
    "fractions.fractions_of_amounts",
    title="Find fractions of amounts and solve problems",
    codes=("3F1b", "3F10", "4F10a"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "spot_the_mistake",
        "explain",
        "word_problem",
        "two_step_word_problem",
    ),
    representations=pictures.kinds("fractions_of_amounts"),
)
def fractions_of_amounts(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    fitting = pictures.suitable("fractions_of_amounts", level, style)
    if representation is not None and representation not in fitting:
        others = f"; try {', '.join(fitting)}" if fitting else "; no picture suits this question"
        raise ValueError(f"a {representation} picture does not suit level {int(level)} {style} questions{others}")
    if style == "explain":
        return reasoned.amounts_explain(rng, level)
    item, (n, d, amount) = _fraction_of_amount(rng, level, style)
    kind = representation or (fitting[0] if fitting else None)
    if kind is None:
        return item
    return with_picture(item, _amount_picture(kind, d, amount, amount // d * n))


def _fraction_of_amount(rng: random.Random, level: Level, style: str) -> tuple[Item, tuple[int, int, int]]:
    """The item and its numbers (numerator, denominator, the amount as the prompt shows it) for the picture."""
    n, d, amount = _amount_numbers(rng, level)
    numbers = (n, d, amount)
    part, result = amount // d, amount // d * n
    f = fr(n, d)
    tip = f"divide by {d} to find one part, then multiply by {n}." if n > 1 else f"divide by {d}."
    slip = mis.amount_divided_by_numerator.on(n, d, amount)
    steps = _amount_steps(n, d, amount)
    if style == "fluency":
        answer = WholeNumber(result)
        prompt = f"Work out {f} of {show(amount)}." + hint(level, tip)
        item = make(prompt, answer, steps, style, f"{f} × {show(amount)}", predicted=mis.predictions(answer, slip))
        return item, numbers
    if style == "missing_number":
        answer = WholeNumber(amount)
        prompt = f"{f} of □ = {show(result)}. What number goes in the box?" + hint(
            level, f"{show(result)} is {n} part{'s' if n > 1 else ''}; find one part first."
        )
        steps = [
            Step(f"{show(result)} is {n} of the {d} equal parts, so one part is ", eq(div(result, n), part), "."),
            Step(f"The whole is {d} parts: ", eq(mul(part, d), amount), "."),
        ]
        predicted = mis.predictions(answer, mis.fraction_of_the_part.on(n, d, result))
        return make(prompt, answer, steps, style, f"{f} × □ = {show(result)}", predicted=predicted), numbers
    if style == "compare":
        n2, d2, amount2 = _amount_numbers(rng, level)
        result2 = amount2 // d2 * n2
        answer = Comparison(sign_of(result, result2))
        prompt = f"Write <, > or = in the box: {f} of {show(amount)} □ {fr(n2, d2)} of {show(amount2)}" + hint(
            level, "work out each side first."
        )
        steps = [
            *steps,
            *_amount_steps(n2, d2, amount2),
            Step(rel(result, answer.sign, result2, restates=result == result2), "."),
        ]
        # the slip made on both sides; told by the side where it changes the answer
        m = mis.amount_divided_by_numerator
        first, other = m(n, d, amount), m(n2, d2, amount2)
        if first is not None:
            sign = then(m, lambda wrong: sign_of(wrong, result2 if other is None else other)).on(n, d, amount)
        else:
            sign = then(m, lambda wrong: sign_of(result, wrong)).on(n2, d2, amount2)
        check = f"{f} × {show(amount)} □ {fr(n2, d2)} × {show(amount2)}"
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, sign)), numbers
    if style == "true_or_false":
        slipped = mis.amount_divided_by_numerator(n, d, amount)
        wrongs = [w for w in (slipped, part if n > 1 else None, result + part) if w is not None and w != result]
        claim = rng.choice(wrongs) if rng.random() < 0.5 else result
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {f} of {show(amount)} = {show(claim)}" + hint(level, tip)
        if claim == result:
            steps.append(Step("That is the number in the statement, so the statement is true."))
        else:
            steps.append(Step(rel(result, "≠", claim), ", so the statement is false."))
        judges = [
            judged(m, claim).on(n, d, amount) for m in (mis.amount_divided_by_numerator, mis.fraction_one_part_only)
        ]
        predicted = mis.predictions(answer, *judges)
        return make(prompt, answer, steps, style, f"{f} × {show(amount)} = {show(claim)}", predicted=predicted), numbers
    if style == "spot_the_mistake":
        who = name(rng)
        # the mistake told is one these numbers allow: dividing by the numerator, else stopping at one part, else
        # (a unit fraction) multiplying by the denominator
        mistake = next(
            m
            for m in (mis.amount_divided_by_numerator, mis.fraction_one_part_only, mis.fraction_of_amount_multiplied)
            if m(n, d, amount) not in (None, result)
        )
        shown = mistake.story(n, d, amount)[0]
        answer = WholeNumber(result)
        prompt = f"{who} worked out {f} of {show(amount)} like this: {shown} What is the correct answer?" + hint(
            level, tip
        )
        steps = [Step(mistake.feedback_for(n, d, amount)), *steps]
        predicted = mis.predictions(answer, mistake.on(n, d, amount))
        return make(prompt, answer, steps, style, f"{f} × {show(amount)}", predicted=predicted), numbers
    who = name(rng)
    if style == "word_problem":
        # Only stories where the amount is believable (the bank's range): no 6 g bag of flour, no 30-seat theatre.
        bank = contexts.get("fraction_stories")
        fitting = [c for c in _AMOUNT_WORD if bank[c[2]].holds(_whole_in_bank(c[1], amount))]
        template, kind, quantity = rng.choice(fitting or [_AMOUNT_WORD[2] if amount <= 200 else _AMOUNT_WORD[6]])
        contexts.used("fraction_stories", **{quantity: _whole_in_bank(kind, amount)})
        answer = _amount_answer(kind, result)
        prompt = template.format(a=show(amount), f=f, name=who) + hint(level, tip)
        steps = _amount_steps(n, d, amount, _UNITS.get(kind, kind))
        check = f"{f} × {show(amount * 100)}" if kind == "money" else f"{f} × {show(amount)}"
        predicted = mis.predictions(answer, _in_pence(mis.amount_divided_by_numerator, kind).on(n, d, amount))
        return make(prompt, answer, steps, style, check, predicted=predicted), numbers
    # two-step: find the part, then what is left (greater depth: a second fraction of what is left)
    left = amount - result
    if level == Level.GREATER_DEPTH:
        g = rng.choice([x for x in (2, 3, 4, 5) if left % x == 0 and left > x] or [0])
        if g:
            return _amount_two_fractions(rng, style, who, (n, d, amount), g), numbers
    friends = [c for c in range(2, 9) if left % c == 0 and left // c > 1]
    if friends and rng.random() < (0.5 if level == Level.GREATER_DEPTH else 0.25 if level == Level.EXPECTED else 0):
        return _amount_shared(rng, style, who, (n, d, amount), rng.choice(friends)), numbers
    fitting = [t for t in _AMOUNT_TWO_STEP if _fits(t[1], t[2], amount)]
    template, context, quantity = rng.choice(fitting or _AMOUNT_TWO_STEP[:1])
    kind = _KIND_OF.get(context, "count")
    contexts.used(context, **{quantity: _whole_in_bank(kind, amount)})
    scale = 100 if kind == "money" else 1
    unit = _UNITS.get(kind, kind)
    answer = _amount_answer(kind, left)
    prompt = template.format(a=show(amount), f=f, name=who) + hint(level, "find the fraction, then take it away.")
    steps = [
        *_amount_steps(n, d, amount, unit),
        Step("What is left: ", eq(sub(q(amount, unit), q(result, unit)), q(left, unit)), "."),
    ]
    check = f"{show(amount * scale)} − {f} × {show(amount * scale)}"
    slip = _in_pence(mis.amount_divided_by_numerator, kind).on(n, d, amount, left=True)
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip)), numbers


# the step unit for each kind of story amount (a count has none; money stories are in whole pounds)
_UNITS = {"count": "", "money": "£", "pence": "p"}


def _in_pence(m: Mechanism, kind: str) -> Mechanism:
    """The mistake on an amount in whole pounds, answered in pence as the Money key is held (£8 → 800)."""
    return then(m, lambda wrong: wrong * 100) if kind == "money" else m


_AMOUNT_TWO_FRACTIONS = (
    (
        "A class raised £{a} at the school fair. They spend {f} of it on books, then 1/{g} of what is left on "
        "plants for the garden. How much money is left?",
        "fraction_stories",
        "fund",
    ),
    (
        "A school has {a} pupils. {f} of them have school dinners and 1/{g} of the rest bring a packed lunch. "
        "The others go home for lunch. How many pupils go home for lunch?",
        "primary_pupils",
        "pupils",
    ),
    (
        "A farmer has {a} sheep. She sells {f} of them, then 1/{g} of the sheep that are left. "
        "How many sheep does she still have?",
        "sheep_flock",
        "sheep",
    ),
    (
        "A tank holds {a} litres of water. {f} of it is used on Monday and 1/{g} of what is left on Tuesday. "
        "How many litres are left?",
        "home_water_tank",
        "water",
    ),
)
_KIND_OF = {"fraction_stories": "money", "home_water_tank": "l"}


def _amount_two_fractions(rng: random.Random, style: str, who: str, numbers: tuple[int, int, int], g: int) -> Item:
    n, d, amount = numbers
    f = fr(n, d)
    result = amount // d * n
    left = amount - result
    second = left // g
    final = left - second
    fitting = [t for t in _AMOUNT_TWO_FRACTIONS if _fits(t[1], t[2], amount)]
    template, context, quantity = rng.choice(fitting or _AMOUNT_TWO_FRACTIONS[:1])
    kind = _KIND_OF.get(context, "count")
    contexts.used(context, **{quantity: _whole_in_bank(kind, amount)})
    scale = 100 if kind == "money" else 1
    unit = _UNITS.get(kind, kind)
    answer = _amount_answer(kind, final)
    prompt = template.format(a=show(amount), f=f, g=g, name=who)
    steps = [
        *_amount_steps(n, d, amount, unit),
        Step("What is left: ", eq(sub(q(amount, unit), q(result, unit)), q(left, unit)), "."),
        Step(
            "Then ",
            eq(of(fq(Fraction(1, g)), q(left, unit)), q(second, unit)),
            " and ",
            eq(sub(q(left, unit), q(second, unit)), q(final, unit)),
            ".",
        ),
    ]
    rest = f"({show(amount * scale)} − {f} × {show(amount * scale)})"
    # a common slip: taking the second fraction of the whole amount, not of what is left
    slip = _in_pence(mis.fraction_of_wrong_whole, kind).on(amount, result, g)
    return make(prompt, answer, steps, style, f"{rest} − 1/{g} × {rest}", predicted=mis.predictions(answer, slip))


def _amount_shared(rng: random.Random, style: str, who: str, numbers: tuple[int, int, int], c: int) -> Item:
    """A fraction of an amount kept (or spent), then the rest shared equally: ×, ÷ and − in one story."""
    n, d, amount = numbers
    f = fr(n, d)
    result = amount // d * n
    left = amount - result
    each = left // c
    bank = contexts.get("fraction_stories")
    fitting = [t for t in _AMOUNT_SHARED if bank[t[2]].holds(_whole_in_bank(t[1], amount))]
    template, kind, quantity = rng.choice(fitting or _AMOUNT_SHARED[:1])
    contexts.used("fraction_stories", **{quantity: _whole_in_bank(kind, amount), "friends": c})
    unit = _UNITS.get(kind, kind)
    answer = _amount_answer(kind, each)
    prompt = template.format(a=show(amount), f=f, c=c, name=who)
    steps = [
        *_amount_steps(n, d, amount, unit),
        Step("The rest: ", eq(sub(q(amount, unit), q(result, unit)), q(left, unit)), "."),
        Step(f"Shared between {c}: ", eq(div(q(left, unit), c), q(each, unit)), "."),
    ]
    scale = 100 if kind == "money" else 1
    check = f"({show(amount * scale)} − {f} × {show(amount * scale)}) ÷ {c}"
    return make(prompt, answer, steps, style, check)
