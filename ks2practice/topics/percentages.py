"""Percentages (strands F and R), Years 5–6: per cent, FDP equivalents, percentages of amounts and comparing."""

# Levels (design.md §4): 1 working towards — halves, quarters, tenths and 'out of 100', 10%, 25% and 50%, a hint
# and a bar model; 2 expected — fifths, twentieths, twenty-fifths and fiftieths, multiples of 5%, money and
# measures; 3 greater depth — eighths (12.5%), any whole per cent, finding the whole from a part, discounts and
# comparisons that need two steps.

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.wording import NAMES, hint, lettered, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarModel, Diagram, PlaceValueChart
from ks2practice.topics.calculation import money
from ks2practice.topics.decimals import dec, line_around, offer_pictures, with_pictures

# The values per level: the fractions whose equivalents are known, the percentages of amounts and the amounts.
RANGES: dict[str, dict[int, dict[str, object]]] = {
    "fdp": {
        1: {"denominators": (2, 4, 10, 100)},
        2: {"denominators": (5, 20, 25, 50, 100)},
        3: {"denominators": (8, 20, 25, 50, 200)},
    },
    "of_amount": {
        1: {"percents": (10, 50, 25, 75, 20), "amounts": (10, 200, 10)},
        2: {"percents": tuple(range(5, 100, 5)), "amounts": (20, 600, 20)},
        3: {"percents": tuple(p for p in range(1, 100) if p % 5), "amounts": (100, 2_000, 100)},
    },
    "compare": {
        1: {"totals": (10, 20, 50, 100)},
        2: {"totals": (20, 25, 50, 200, 40)},
        3: {"totals": (40, 80, 250, 300, 400, 500, 16)},
    },
}


# ---------------------------------------------------------------------- fractions, decimals and percentages


def _fdp_value(rng: random.Random, level: Level) -> Fraction:
    """A fraction between 0 and 1 (or above 1 at greater depth) with an exact percentage."""
    bottom = rng.choice(RANGES["fdp"][int(level)]["denominators"])  # type: ignore[arg-type]
    tops = [t for t in range(1, bottom) if Fraction(t, bottom).denominator == bottom]  # shown as drawn
    if bottom == 200:
        tops = [t for t in range(1, 200) if t % 2]
    value = Fraction(rng.choice(tops), bottom)
    if level == Level.GREATER_DEPTH and rng.random() < 0.2:
        value += rng.randint(1, 2)  # 1.35 = 135%
    return value


def _forms(value: Fraction) -> dict[str, str]:
    """The value written three ways: as a fraction (simplest, or out of 10 or 100 as given), a decimal and a %."""
    return {"fraction": format_fraction(value), "decimal": show(value), "percentage": f"{show(value * 100)}%"}


def _form_check(value: Fraction, form: str) -> str:
    """How the value is written in a check, from the form shown in the prompt."""
    if form == "percentage":
        return f"{show(value * 100)} ÷ 100"
    if form == "decimal":
        return show(value)
    whole, part = divmod(value.numerator, value.denominator)
    return f"({whole} + {part} ÷ {value.denominator})" if whole else f"{value.numerator} ÷ {value.denominator}"


def _fdp_answer(value: Fraction, form: str, level: Level) -> Answer:
    if form == "percentage":
        return Percentage(value * 100)
    if form == "decimal":
        return DecimalNumber(dec(value))
    return FractionAnswer(value, simplest=level > Level.WORKING_TOWARDS)


def _fdp_slips(value: Fraction, source: str, target: str) -> list[tuple[str, object]]:
    slips: list[tuple[str, object]] = []
    percent = value * 100
    if source == "percentage" and target == "decimal" and percent.denominator == 1 and percent < 10:
        slips.append(("place_holder_zero_missed", dmis.place_holder_zero_missed(int(percent), 100)))
    if source == "fraction" and target == "decimal" and value < 1 and value.denominator not in (10, 100):
        slips.append(
            ("fraction_digits_as_decimal", dmis.fraction_digits_as_decimal(value.numerator, value.denominator))
        )
    if source == "decimal" and target == "fraction" and value < 1:
        slips.append(("decimal_as_unit_fraction", dmis.decimal_as_unit_fraction(dec(value))))
    return slips


def _fdp_steps(value: Fraction, source: str, target: str) -> list[str]:
    forms = _forms(value)
    steps = []
    if value.denominator not in (1, 10, 100):
        scale = 100 if 100 % value.denominator == 0 else 1000
        steps.append(f"{forms['fraction']} = {show(value * scale)}/{scale}")
    steps.append(f"{forms['percentage']} means {show(value * 100)} out of 100, which is {forms['decimal']}.")
    steps.append(f"So {forms[source]} = {forms[target]}")
    return steps


offer_pictures(
    "fdp_equivalents",
    {
        "place_value_chart": {lv: ("missing_number",) for lv in (1, 2, 3)},
        "number_line": {lv: ("missing_number",) for lv in (1, 2)},
    },
)

_CONTEXTS_6F11 = (
    ("In a survey, {part} of the pupils chose football.", "What percentage of the pupils chose football?"),
    ("{name} scored {part} of the marks in a spelling test.", "What percentage of the marks did {name} score?"),
    ("{part} of the seats on a train are taken.", "What percentage of the seats are taken?"),
    ("{part} of a garden is planted with flowers.", "What percentage of the garden has flowers?"),
)


@topic(
    "percentages.fdp_equivalents",
    title="Per cent: equivalent fractions, decimals and percentages",
    codes=("5F11", "5F12", "6F11"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "odd_one_out", "word_problem"),
    representations=("place_value_chart", "number_line"),
)
@with_pictures("fdp_equivalents")
def fdp_equivalents(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    value = _fdp_value(rng, level)
    item = _fdp_item(rng, level, style, value)
    if style != "missing_number":
        return item, {}
    # the value in hundredths (35 hundredths is 35%), on a chart or on a line between two whole numbers
    return item, {"place_value_chart": PlaceValueChart.of(dec(value)), "number_line": line_around(value, 0)}


def _fdp_item(rng: random.Random, level: Level, style: str, value: Fraction) -> Item:
    forms = _forms(value)
    tip = "per cent means 'out of 100'."
    source, target = rng.sample(("fraction", "decimal", "percentage"), 2)
    if style == "fluency":
        answer = _fdp_answer(value, target, level)
        simplest = " in its simplest form" if target == "fraction" and level > Level.WORKING_TOWARDS else ""
        prompt = f"Write {forms[source]} as a {target}{simplest}." + hint(level, tip)
        predicted = mis.predictions(answer, *_fdp_slips(value, source, target))  # type: ignore[arg-type]
        return make(
            prompt,
            answer,
            _fdp_steps(value, source, target),
            style,
            _form_check(value, source) + (" × 100" if target == "percentage" else ""),
            predicted=predicted,
        )
    if style == "missing_number":
        source = rng.choice(("fraction", "decimal"))
        percent = value * 100
        answer: Answer = WholeNumber(int(percent)) if percent.denominator == 1 else DecimalNumber(dec(percent))
        prompt = f"{forms[source]} = □%. What number goes in the box?" + hint(level, tip)
        steps = [*_fdp_steps(value, source, "percentage")[:-1], f"So □ = {show(percent)}"]
        return make(prompt, answer, steps, style, f"{_form_check(value, source)} = □ ÷ 100")
    if style == "compare":
        first, second = rng.sample(("fraction", "decimal", "percentage"), 2)
        if level == Level.WORKING_TOWARDS and second == "fraction":  # the other value is not a simple fraction
            first, second = second, first
        other = value + rng.choice((-1, 1)) * Fraction(rng.randint(1, 9), 100)
        if other <= 0 or rng.random() < 0.2:
            other = value
        left, right = forms[first], _forms(other)[second]
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, tip)
        steps = [
            f"{left} = {forms['percentage']} and {right} = {_forms(other)['percentage']}",
            f"So {left} {answer.sign} {right}",
        ]
        check = f"{_form_check(value, first)} □ {_form_check(other, second)}"
        return make(prompt, answer, steps, style, check)
    if style == "true_or_false":
        slips = [s for s in _fdp_slips(value, source, target) if s[1] is not None]
        slip = slips[0] if slips and rng.random() < 0.6 else None
        claim = Fraction(slip[1]) if slip else value  # type: ignore[arg-type]
        if target == "fraction":  # only the form shown is written: 1/71 has no exact decimal
            shown = format_fraction(claim)
        else:
            shown = show(claim) if target == "decimal" else f"{show(claim * 100)}%"
        truth = claim == value
        answer = TrueFalse(truth)
        prompt = f"True or false? {forms[source]} = {shown}" + hint(level, tip)
        steps = [*_fdp_steps(value, source, target), f"So the statement is {truth_word(truth)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()  # type: ignore[index]
        check = f"{_form_check(value, source)} = {_form_check(claim, target)}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "odd_one_out":
        wrong = _near_miss(value)
        options = [forms["fraction"], forms["decimal"], forms["percentage"], rng.choice(list(_forms(wrong).values()))]
        rng.shuffle(options)
        odd = next(o for o in options if o not in forms.values())
        answer = Choice(tuple(options), options.index(odd))
        prompt = "Which is the odd one out? " + lettered(options) + hint(level, tip)
        steps = [f"{forms['fraction']} = {forms['decimal']} = {forms['percentage']}", f"{odd} is not equal to them."]
        return make(prompt, answer, steps, style, f"{_form_check(wrong, 'decimal')} ≠ {_form_check(value, 'fraction')}")
    # word problem in context (6F11): a fraction or decimal of a whole as a percentage
    value = value if value < 1 else value - int(value)
    story, question = rng.choice(_CONTEXTS_6F11)
    shown_part = format_fraction(value) if rng.random() < 0.6 or level == Level.WORKING_TOWARDS else show(value)
    who = name(rng)
    answer = Percentage(value * 100)
    prompt = (story + " " + question).format(part=shown_part, name=who) + hint(level, tip)
    prompt = prompt[0].upper() + prompt[1:]
    source = "fraction" if "/" in shown_part else "decimal"
    steps = _fdp_steps(value, source, "percentage")
    predicted = mis.predictions(
        answer, *[(k, None if w is None else Fraction(w) * 100) for k, w in _fdp_slips(value, source, "decimal")]
    )  # type: ignore[arg-type]
    return make(prompt, answer, steps, style, f"{_form_check(value, source)} × 100", predicted=predicted)


def _near_miss(value: Fraction) -> Fraction:
    """A value a pupil might confuse with this one: the digits of the fraction, or a place out."""
    if value < 1 and value.denominator not in (10, 100):
        wrong = dmis.fraction_digits_as_decimal(value.numerator, value.denominator)
        if wrong is not None and Fraction(wrong) != value:
            return Fraction(wrong)
    return value / 10 if value * 10 % 1 else value + Fraction(1, 100)


# ---------------------------------------------------------------------- percentage of an amount


def _percent_and_amount(rng: random.Random, level: Level, money_: bool = False) -> tuple[int, int]:
    row = RANGES["of_amount"][int(level)]
    percent = rng.choice(row["percents"])  # type: ignore[arg-type]
    low, high, step = row["amounts"]  # type: ignore[misc]
    amount = rng.randrange(low, high + 1, step)
    if level == Level.WORKING_TOWARDS and percent in (25, 50, 75):
        amount = amount // 20 * 20 or 20  # quarters and halves of multiples of 20 are whole
    if level == Level.EXPECTED and percent % 10:
        amount = amount // 40 * 40 or 40  # 5% steps need an amount that halves after finding 10%
    if amount == 100:  # p% of 100 is p: nothing to work out
        amount = 120 if level < 3 else 200
    if money_:
        amount *= 100 if level < 3 else rng.choice((10, 25))  # pence
    return percent, amount


def _bar(percent: int, whole: int | str, unit: str = "", part: int | None = None) -> BarModel | None:
    """A bar cut into the equal parts that show the percentage: halves, quarters, fifths or tenths."""
    fitting = [n for n in (2, 4, 5, 10) if percent * n % 100 == 0]
    if not fitting and percent % 5:
        return None
    parts = fitting[0] if fitting else 10  # 15%: tenths of the bar, then half of one more
    if whole == "?":
        size = Fraction(part or 0) * 100 / percent / parts
        return BarModel("?", ("",) * parts, sizes=(size,) * parts, unit=unit)
    return BarModel(whole, ("",) * parts, unit=unit)


def _of_steps(percent: int, amount: int, unit: str = "") -> list[str]:
    """Find a percentage from known parts: a half, a quarter, 10% (and 5% as half of it), or 1%."""

    def say(value: Fraction) -> str:
        if unit == "money":
            return money(int(value)) if value.denominator == 1 else f"{show(value)}p"
        return f"{show(value)} {unit}" if unit else show(value)

    whole, result = say(Fraction(amount)), Fraction(percent * amount, 100)
    tenth = Fraction(amount, 10)
    if percent == 50:
        return [f"50% is a half: {whole} ÷ 2 = {say(result)}"]
    if percent in (25, 75):
        quarter = Fraction(amount, 4)
        steps = [f"25% is a quarter: {whole} ÷ 4 = {say(quarter)}"]
        return steps + ([f"75% = 3 × {say(quarter)} = {say(result)}"] if percent == 75 else [])
    if percent % 10 == 0:
        steps = [f"10% of {whole} = {say(tenth)}"]
        return steps + ([f"{percent}% = {percent // 10} × {say(tenth)} = {say(result)}"] if percent > 10 else [])
    if percent % 5 == 0:
        tens = f"{percent // 10} × {say(tenth)} + " if percent > 10 else ""
        return [
            f"10% of {whole} = {say(tenth)}, so 5% = {say(tenth / 2)}",
            f"{percent}% = {tens}{say(tenth / 2)} = {say(result)}",
        ]
    one = Fraction(amount, 100)
    return [f"1% of {whole} = {say(one)}", f"{percent}% = {percent} × {say(one)} = {say(result)}"]


def _of_slips(percent: int, amount: int, pence: bool = False) -> list[tuple[str, Fraction | None]]:
    """The wrong answers, worked in pounds for money (20% of £60 → £40) and kept only when exact."""
    scale = 100 if pence else 1
    base = Fraction(amount, scale)
    wrongs = [
        ("percentage_as_subtraction", dmis.percentage_as_subtraction(percent, base)),
        ("percent_as_number", dmis.percent_as_number(percent, base)),
        ("percentage_as_division", dmis.percentage_as_division(percent, base)),
    ]
    out: list[tuple[str, Fraction | None]] = []
    for key, wrong in wrongs:
        if wrong is not None and _terminates(wrong) and (wrong * scale).denominator == 1:
            out.append((key, wrong * scale))
    return out


def _terminates(value: Fraction) -> bool:
    """Whether a value has an exact decimal (a claim in a prompt must be written exactly)."""
    return (value * 10**6).denominator == 1


def _exact_answer(value: Fraction) -> Answer:
    return WholeNumber(int(value)) if value.denominator == 1 else DecimalNumber(dec(value))


# (story, unit: '' a count, 'money' pence, or a metric unit)
_OF_STORIES = (
    ("There are {a} pupils in a school. {p}% of them walk to school. How many pupils walk?", ""),
    ("A coat costs {a}. In a sale it has {p}% off. How much money is taken off the price?", "money"),
    ("A water tank holds {a}. It is {p}% full. How much water is in the tank?", "l"),
    ("A farmer has {a} sheep. {p}% of them are black. How many black sheep are there?", ""),
    ("{n} saves {a}. {n} spends {p}% of it on a book. How much does the book cost?", "money"),
    ("A path is {a} long. {p}% of it has been painted. How long is the painted part?", "m"),
    ("A sack holds {a} of potatoes. {p}% of them are used. What mass of potatoes is used?", "kg"),
)


def _amount_text(value: int | Fraction, unit: str) -> str:
    if unit == "money":
        return money(int(value))
    return f"{show(value)} {unit}" if unit else show(value)


def _of_answer(value: Fraction, unit: str) -> Answer:
    if unit == "money":
        return Money(int(value))
    if unit:
        return Measure(dec(value), unit, unit_required=False)
    return _exact_answer(value)


offer_pictures(
    "percentage_of_amount",
    {"bar_model": {1: ("fluency", "word_problem", "missing_number"), 2: ("fluency", "word_problem")}},
)


@topic(
    "percentages.percentage_of_amount",
    title="Percentages of amounts (and the whole from a percentage)",
    codes=("6R2", "5F11"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "two_step_word_problem"),
    representations=("bar_model",),
)
@with_pictures("percentage_of_amount")
def percentage_of_amount(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    percent, amount = _percent_and_amount(rng, level)
    result = Fraction(percent * amount, 100)
    tip = "find 10% first by dividing by 10."
    if style == "fluency":
        answer = _exact_answer(result)
        prompt = f"Find {percent}% of {show(amount)}." + hint(level, tip)
        steps = _of_steps(percent, amount)
        check = f"{show(amount)} × {percent} ÷ 100"
        bar = _bar(percent, amount)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *_of_slips(percent, amount)))
        return item, ({"bar_model": bar} if bar else {})
    if style == "missing_number":
        if level == Level.WORKING_TOWARDS or rng.random() < 0.5:  # the whole from a part
            answer: Answer = WholeNumber(amount)
            equation = f"{percent}% of □ = {show(result)}"
            prompt = f"What number goes in the box? {equation}" + hint(level, "draw a bar for the whole.")
            steps = [f"{percent}% is {show(result)}, so 1% is {show(result / percent)}.", f"100% is {show(amount)}."]
            if percent % 10 == 0:
                steps = [
                    f"{percent}% is {show(result)}, so 10% is {show(result * 10 / percent)}.",
                    f"100% is {show(amount)}.",
                ]
            check = f"□ × {percent} ÷ 100 = {show(result)}"
            bar = _bar(percent, "?", part=int(result)) if result.denominator == 1 else None
            predicted = mis.predictions(answer, ("percentage_as_subtraction", result + percent))
            return make(prompt, answer, steps, style, check, predicted=predicted), ({"bar_model": bar} if bar else {})
        answer = WholeNumber(percent)
        equation = f"□% of {show(amount)} = {show(result)}"
        prompt = f"What number goes in the box? {equation}"
        steps = [
            f"{show(result)} out of {show(amount)} is {show(result)}/{show(amount)}.",
            f"As a percentage that is {percent}%.",
        ]
        return make(prompt, answer, steps, style, f"{show(amount)} × □ ÷ 100 = {show(result)}"), {}
    if style == "spot_the_mistake":
        slips = [s for s in _of_slips(percent, amount) if s[1] is not None and s[1] > 0]
        error, wrong = rng.choice(slips)
        who = name(rng)
        method = {
            "percentage_as_subtraction": f"{show(amount)} − {percent} = {show(wrong)}",
            "percent_as_number": f"{percent}% of {show(amount)} is {percent}",
            "percentage_as_division": f"{show(amount)} ÷ {percent} = {show(wrong)}",
        }[error]
        why = {
            "percentage_as_subtraction": f"{who} took {percent} away instead of finding {percent} hundredths",
            "percent_as_number": f"{who} gave the percentage, not {percent}% of the amount",
            "percentage_as_division": f"{who} divided by {percent} instead of by 100",
        }[error]
        answer = _exact_answer(result)
        prompt = (
            f"{who} worked out {percent}% of {show(amount)} like this: {method}. "
            "Find the mistake and write the correct answer." + hint(level, tip)
        )
        steps = [f"The mistake: {why}.", *_of_steps(percent, amount)]
        check = f"{show(amount)} × {percent} ÷ 100"
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, (error, wrong))), {}
    if style == "true_or_false":
        slips = [s for s in _of_slips(percent, amount) if s[1] is not None and s[1] > 0]
        slip = rng.choice(slips) if slips and rng.random() < 0.5 else None
        claim = slip[1] if slip else result
        truth = claim == result
        answer = TrueFalse(truth)
        prompt = f"True or false? {percent}% of {show(amount)} = {show(claim)}" + hint(level, tip)
        steps = [*_of_steps(percent, amount), f"So the statement is {truth_word(truth)}."]
        predicted = mis.predictions(answer, (slip[0], True)) if slip else ()
        check = f"{show(amount)} × {percent} ÷ 100 = {show(claim)}"
        return make(prompt, answer, steps, style, check, predicted=predicted), {}
    story, unit = rng.choice(_OF_STORIES)
    percent, amount = _percent_and_amount(rng, level, money_=unit == "money")
    result = Fraction(percent * amount, 100)
    if unit == "money" and result.denominator != 1:
        amount, result = amount * 2, result * 2  # whole pence
    who = name(rng)
    if style == "word_problem":
        answer = _of_answer(result, unit)
        prompt = story.format(a=_amount_text(amount, unit), p=percent, n=who) + hint(level, tip)
        steps = _of_steps(percent, amount, unit)
        steps.append(f"Answer: {answer.format()}")
        check = f"{show(amount)} × {percent} ÷ 100"
        slips = _of_slips(percent, amount, pence=unit == "money")
        bar = _bar(percent, amount, "£" if unit == "money" else unit)
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return item, ({"bar_model": bar} if bar else {})
    # two steps: the price after a discount (at most half off, as in real sales)
    percent = min(percent, 100 - percent)
    price = amount if unit == "money" else rng.randrange(1_000, 10_000, 100 if level < 3 else 10)
    while price * percent % 100:
        price += 10
    off = price * percent // 100
    answer = Money(price - off)
    thing = rng.choice(("bike", "pair of trainers", "tablet", "tent", "scooter", "coat"))
    prompt = f"A {thing} costs {money(price)}. In a sale it has {percent}% off. What is the sale price?" + hint(
        level, tip
    )
    steps = [*_of_steps(percent, price, "money"), f"{money(price)} − {money(off)} = {money(price - off)}"]
    wrong = price - percent * 100 if price > percent * 100 else None
    predicted = mis.predictions(answer, ("percentage_as_subtraction", wrong))
    return make(prompt, answer, steps, style, f"{price} − {price} × {percent} ÷ 100", predicted=predicted), {}


# ---------------------------------------------------------------------- compare with percentages


def _score(rng: random.Random, level: Level) -> tuple[int, int]:
    """A count out of a total whose percentage is exact (a whole number, or .5 at greater depth)."""
    total = rng.choice(RANGES["compare"][int(level)]["totals"])  # type: ignore[arg-type]
    for _ in range(100):
        count = rng.randint(1, total - 1)
        percent = Fraction(count * 100, total)
        if percent.denominator == 1 or (level == Level.GREATER_DEPTH and percent.denominator == 2):
            return count, total
    return total // 2, total


def _percent_of(count: int, total: int) -> Fraction:
    return Fraction(count * 100, total)


def _as_percent_steps(count: int, total: int) -> list[str]:
    percent = _percent_of(count, total)
    if 100 % total == 0:
        return [f"{count}/{total} = {count * 100 // total}/100 = {show(percent)}%"]
    return [f"{count} ÷ {total} = {show(Fraction(count, total))}", f"{show(Fraction(count, total))} = {show(percent)}%"]


@topic(
    "percentages.compare_with_percentages",
    title="Work out percentages and use them to compare",
    codes=("6R2", "5F11"),
    styles=("fluency", "compare", "true_or_false", "word_problem", "two_step_word_problem"),
)
def compare_with_percentages(rng: random.Random, level: Level, style: str) -> Item:
    count, total = _score(rng, level)
    percent = _percent_of(count, total)
    tip = "change the fraction to hundredths."
    if style == "fluency":
        answer: Answer = Percentage(percent)
        prompt = f"What percentage is {count} out of {total}?" + hint(level, tip)
        predicted = mis.predictions(answer, ("count_as_percentage", dmis.count_as_percentage(count, total)))
        return make(
            prompt, answer, _as_percent_steps(count, total), style, f"{count} ÷ {total} × 100", predicted=predicted
        )
    if style == "compare":
        other = percent + rng.choice((-1, 1)) * rng.choice((1, 2, 5, 10))
        if not 0 < other < 100 or rng.random() < 0.2:
            other = percent
        answer = Comparison(sign_of(percent, other))
        prompt = f"Write <, > or = in the box: {count} out of {total} □ {show(other)}%" + hint(level, tip)
        steps = [*_as_percent_steps(count, total), f"So {count} out of {total} {answer.sign} {show(other)}%"]
        fooled = sign_of(count, other)
        predicted = mis.predictions(answer, ("count_as_percentage", fooled if total != 100 else None))
        return make(prompt, answer, steps, style, f"{count} ÷ {total} × 100 □ {show(other)}", predicted=predicted)
    if style == "true_or_false":
        who = name(rng)
        claim = percent if rng.random() < 0.5 else Fraction(count)
        if claim == percent and total != 100 and rng.random() < 0.3:
            claim = percent + rng.choice((-5, 5))
        truth = claim == percent
        answer = TrueFalse(truth)
        prompt = (
            f"{who} scored {count} out of {total} in a quiz. {who} says that is {show(claim)}%. True or false?"
            + hint(level, tip)
        )
        steps = [*_as_percent_steps(count, total), f"So the statement is {truth_word(truth)}."]
        predicted = mis.predictions(answer, ("count_as_percentage", True)) if claim == count and not truth else ()
        return make(prompt, answer, steps, style, f"{count} ÷ {total} × 100 = {show(claim)}", predicted=predicted)
    if style == "word_problem":
        first, second = rng.sample(NAMES, 2)
        other_count, other_total = _score(rng, level)
        while _percent_of(other_count, other_total) == percent or other_total == total:
            other_count, other_total = _score(rng, level)
            if level == Level.WORKING_TOWARDS and _percent_of(other_count, other_total) != percent:
                break
        scores = [(first, count, total), (second, other_count, other_total)]
        best = max(scores, key=lambda s: _percent_of(s[1], s[2]))
        worse = min(scores, key=lambda s: _percent_of(s[1], s[2]))
        answer = Choice((first, second), scores.index(best))
        prompt = (
            f"{first} scored {count} out of {total} in a test. {second} scored {other_count} out of {other_total} "
            "in a different test. Who did better, comparing percentages?" + hint(level, tip)
        )
        steps = [
            *_as_percent_steps(count, total),
            *_as_percent_steps(other_count, other_total),
            f"{show(_percent_of(*best[1:]))}% > {show(_percent_of(*worse[1:]))}%, so {best[0]} did better.",
        ]
        raw = max(scores, key=lambda s: s[1])  # who has more marks, ignoring the totals
        fooled = raw[0] if count != other_count and raw[0] != best[0] else None
        predicted = mis.predictions(answer, ("count_as_percentage", fooled))
        check = f"{best[1]} ÷ {best[2]} > {worse[1]} ÷ {worse[2]}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    # two steps: which shop is cheaper after its discount
    percents = (10, 20, 25, 50) if level == Level.WORKING_TOWARDS else (5, 10, 15, 20, 25, 30, 40)
    reversed_ = rng.random() < 0.6  # most often the dearer shop is cheaper after its discount
    while True:
        p1, p2 = rng.sample(percents, 2)
        price1 = rng.randrange(2_000, 10_000, 500)
        price2 = price1 + rng.choice((-1, 1)) * rng.randrange(500, 2_000, 500)
        sale1, sale2 = price1 - price1 * p1 // 100, price2 - price2 * p2 // 100
        if (
            price1 * p1 % 100 == 0
            and price2 * p2 % 100 == 0
            and sale1 != sale2
            and ((price1 < price2) != (sale1 < sale2)) == reversed_
        ):
            break
    thing = rng.choice(("bike", "tent", "scooter", "guitar", "telescope"))
    shops = ("Shop A", "Shop B")
    cheaper = 0 if sale1 < sale2 else 1
    answer = Choice(shops, cheaper)
    prompt = (
        f"The same {thing} is on sale in two shops. Shop A: {money(price1)} with {p1}% off. "
        f"Shop B: {money(price2)} with {p2}% off. Which shop is cheaper?" + hint(level, "work out each sale price.")
    )
    steps = [
        f"Shop A: {p1}% of {money(price1)} is {money(price1 * p1 // 100)}, so it costs {money(sale1)}.",
        f"Shop B: {p2}% of {money(price2)} is {money(price2 * p2 // 100)}, so it costs {money(sale2)}.",
        f"So {shops[cheaper]} is cheaper.",
    ]
    check = (
        f"{(price1, price2)[cheaper]} − {(price1, price2)[cheaper]} × {(p1, p2)[cheaper]} ÷ 100 < "
        f"{(price1, price2)[1 - cheaper]} − {(price1, price2)[1 - cheaper]} × {(p1, p2)[1 - cheaper]} ÷ 100"
    )
    before = dmis.percentage_not_applied(price1, price2)  # the shop that is cheaper before the discounts
    predicted = mis.predictions(answer, ("percentage_not_applied", shops[before] if before != cheaper else None))
    return make(prompt, answer, steps, style, check, predicted=predicted)
