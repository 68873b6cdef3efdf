"""Per cent: equivalent fractions, decimals and percentages."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Percentage,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals.common import dec, line_around, offer_pictures, with_pictures
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.misconceptions.catalogue import Applied
from ks2practice.content.misconceptions.decimals_percent_ratio import as_percentage, judging
from ks2practice.content.percentages import reasoning_items as reasoned
from ks2practice.content.percentages.common import RANGES
from ks2practice.content.wording import hint, lettered, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, div, eq, q, rel
from ks2practice.pictures.diagrams import Diagram, PlaceValueChart

# ---------------------------------------------------------------------- fractions, decimals and percentages


def _fdp_value(rng: random.Random, level: Level) -> Fraction:
    """A fraction between 0 and 1 with an exact percentage.

    Never above 1: KS2 percentages are parts of a hundred (5F11, 6R2), and "284% = 2 21/25" is beyond them (issue #15).
    """
    bottom = rng.choice(RANGES["fdp"][int(level)]["denominators"])  # type: ignore[arg-type]
    tops = [t for t in range(1, bottom) if Fraction(t, bottom).denominator == bottom]  # shown as drawn
    if bottom == 200:
        tops = [t for t in range(1, 200) if t % 2]
    return Fraction(rng.choice(tops), bottom)


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


def _fdp_slips(value: Fraction, source: str, target: str) -> list[Applied]:
    """Each mistake applied to the item's own numbers, written in the target form (a decimal, or a fraction)."""
    slips: list[Applied] = []
    percent = value * 100
    if source == "percentage" and target == "decimal" and percent.denominator == 1 and percent < 10:
        slips.append(mis.place_holder_zero_missed.on(int(percent), 100))
    if source == "fraction" and target == "decimal" and value < 1 and value.denominator not in (10, 100):
        slips.append(mis.fraction_digits_as_decimal.on(value.numerator, value.denominator))
    if source == "decimal" and target == "fraction" and value < 1:
        slips.append(mis.decimal_as_unit_fraction.on(dec(value)))
    return slips


def _form(value: Fraction, form: str) -> Num:
    """The value as a step writes it in one form: 1 7/20, 1.35 or 135%."""
    if form == "percentage":
        return q(_num(value * 100), "%")
    if form == "decimal":
        return q(_num(value))
    return q(value, mixed=True)


def _num(value: Fraction) -> int | Decimal:
    return value.numerator if value.denominator == 1 else dec(value)


def _fdp_steps(value: Fraction, source: str, target: str) -> list[str]:
    steps = []
    if value.denominator not in (1, 10, 100):
        scale = 100 if 100 % value.denominator == 0 else 1000
        steps.append(Step(eq(_form(value, "fraction"), div(_num(value * scale), scale))))
    hundredths = _num(value * 100)
    steps.append(
        Step(
            _form(value, "percentage"),
            f" means {show(value * 100)} out of 100: ",
            eq(div(hundredths, 100), _num(value)),
            ".",
        )
    )
    steps.append(Step("So ", eq(_form(value, source), _form(value, target)), ""))
    return steps


offer_pictures(
    "fdp_equivalents",
    {
        "place_value_chart": {lv: ("missing_number",) for lv in (1, 2, 3)},
        "number_line": {lv: ("missing_number",) for lv in (1, 2)},
    },
)

# (story, question, the share in the bank's fraction_shares): a spelling test has at most 20 marks, so its share
# is a number of twentieths
_CONTEXTS_6F11 = (
    ("In a survey, {part} of the pupils chose football.", "What percentage of the pupils chose football?", "survey"),
    (
        "{name} scored {part} of the marks in a spelling test.",
        "What percentage of the marks did {name} score?",
        "spelling",
    ),
    ("{part} of the seats on a train are taken.", "What percentage of the seats are taken?", "train"),
    ("{part} of a garden is planted with flowers.", "What percentage of the garden has flowers?", "garden"),
)


@topic(
    "percentages.fdp_equivalents",
    title="Per cent: equivalent fractions, decimals and percentages",
    codes=("5F11", "5F12", "6F11"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "odd_one_out", "explain", "word_problem"),
    representations=("place_value_chart", "number_line"),
)
@with_pictures("fdp_equivalents")
def fdp_equivalents(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    if style == "explain":
        return reasoned.fdp_explain(rng, level), {}
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
        steps = [*_fdp_steps(value, source, "percentage")[:-1], Step("So □ = ", _num(percent), ".")]
        return make(prompt, answer, steps, style, f"{_form_check(value, source)} = □ ÷ 100")
    if style == "compare":
        first, second = rng.sample(("fraction", "decimal", "percentage"), 2)
        if level == Level.WORKING_TOWARDS and second == "fraction":  # the other value is not a simple fraction
            first, second = second, first
        other = value + rng.choice((-1, 1)) * Fraction(rng.randint(1, 9), 100)
        if other <= 0 or other > 1 or rng.random() < 0.2:  # within 0–100% (5F11, 6R2)
            other = value
        left, right = forms[first], _forms(other)[second]
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, tip)
        # Each side is written as a percentage; a side that already is one is not rewritten as itself.
        sides = [(value, first), (other, second)]
        as_percent = [eq(_form(v, f), _form(v, "percentage")) for v, f in sides if f != "percentage"]
        if as_percent:
            said: list = [as_percent[0]] + ([" and ", as_percent[1]] if len(as_percent) > 1 else [])
            steps = [Step(*said, ".")]
        else:
            steps = [f"Both are percentages: compare {left} and {right}."]
        restates = answer.sign == "="
        last = Step("So ", rel(_form(value, first), answer.sign, _form(other, second), restates=restates), ".")
        if str(last) != f"So {steps[0]}":
            steps.append(last)
        check = f"{_form_check(value, first)} □ {_form_check(other, second)}"
        return make(prompt, answer, steps, style, check)
    if style == "true_or_false":
        # a claim with four decimal places (21/25 = 0.2125) is beyond KS2, which stops at three (6F9a)
        slips = [
            s
            for s in _fdp_slips(value, source, target)
            if s.wrong() is not None and (Fraction(s.wrong()) * 1000).denominator == 1  # type: ignore[arg-type]
        ]
        slip = slips[0] if slips and rng.random() < 0.6 else None
        claim = Fraction(slip.wrong()) if slip else value  # type: ignore[arg-type]
        if target == "fraction":  # only the form shown is written: 1/71 has no exact decimal
            shown = format_fraction(claim)
        else:
            shown = show(claim) if target == "decimal" else f"{show(claim * 100)}%"
        truth = claim == value
        answer = TrueFalse(truth)
        prompt = f"True or false? {forms[source]} = {shown}" + hint(level, tip)
        verdict = (
            f"So the statement is {truth_word(truth)}."
            if truth
            else Step(rel(_form(claim, target), "≠", _form(value, target)), ", so the statement is false.")
        )
        steps = [*_fdp_steps(value, source, target), verdict]
        # The mistake that wrote the claim calls it true; a true claim is called false by any mistake alike.
        predicted = mis.predictions(answer, judging(slip.mechanism).on(*slip.operands, claim=claim)) if slip else ()
        check = f"{_form_check(value, source)} = {_form_check(claim, target)}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    if style == "odd_one_out":
        wrong = _near_miss(value)
        odd_form = rng.choice(("fraction", "decimal", "percentage"))
        options = [forms["fraction"], forms["decimal"], forms["percentage"], _forms(wrong)[odd_form]]
        rng.shuffle(options)
        odd = next(o for o in options if o not in forms.values())
        answer = Choice(tuple(options), options.index(odd))
        prompt = "Which is the odd one out? " + lettered(options) + hint(level, tip)
        steps = [
            Step(eq(_form(value, "fraction"), _form(value, "decimal"), _form(value, "percentage")), "."),
            Step(f"{odd} is not equal to them: ", rel(_form(wrong, odd_form), "≠", _form(value, "decimal")), "."),
        ]
        return make(prompt, answer, steps, style, f"{_form_check(wrong, 'decimal')} ≠ {_form_check(value, 'fraction')}")
    # word problem in context (6F11): a fraction or decimal of a whole as a percentage
    value = value if value < 1 else value - int(value)
    stories = [c for c in _CONTEXTS_6F11 if c[2] != "spelling" or 20 % value.denominator == 0]
    story, question, share = rng.choice(stories)
    contexts.used("fraction_shares", **{share: value})
    shown_part = format_fraction(value) if rng.random() < 0.6 or level == Level.WORKING_TOWARDS else show(value)
    who = name(rng)
    answer = Percentage(value * 100)
    prompt = (story + " " + question).format(part=shown_part, name=who) + hint(level, tip)
    prompt = prompt[0].upper() + prompt[1:]
    source = "fraction" if "/" in shown_part else "decimal"
    steps = _fdp_steps(value, source, "percentage")
    slips = _fdp_slips(value, source, "decimal")
    predicted = mis.predictions(answer, *(as_percentage(s.mechanism).on(*s.operands) for s in slips))
    return make(prompt, answer, steps, style, f"{_form_check(value, source)} × 100", predicted=predicted)


def _near_miss(value: Fraction) -> Fraction:
    """A value a pupil might confuse with this one: the digits of the fraction, or a place out."""
    if value < 1 and value.denominator not in (10, 100):
        wrong = dmis.fraction_digits_as_decimal(value.numerator, value.denominator)
        if wrong is not None and Fraction(wrong) != value and (Fraction(wrong) * 1000).denominator == 1:
            return Fraction(wrong)
    # a place out, unless that needs a fourth decimal place (KS2 stops at three: 6F9a)
    if value * 10 % 1 and (value * 100).denominator == 1:
        return value / 10
    return value + Fraction(1, 100)
