"""Approximate conversions between metric and imperial units (inches, feet, pints, pounds, miles)."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, Measure, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import WORDS, measure, number_answer, unit_label
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, rel
from ks2practice.pictures.diagrams import UNKNOWN, DoubleNumberLine

# ---------------------------------------------------------------------- imperial units

# (imperial singular, plural, metric unit, imperial amount, metric amount): imperial amount ≈ metric amount
IMPERIAL: dict[int, tuple[tuple[str, str, str, Fraction, Fraction], ...]] = {
    1: (
        ("inch", "inches", "cm", Fraction(1), Fraction(5, 2)),
        ("foot", "feet", "cm", Fraction(1), Fraction(30)),
        ("pint", "pints", "ml", Fraction(1), Fraction(570)),
        ("pound", "pounds", "g", Fraction(1), Fraction(450)),
    ),
    2: (
        ("mile", "miles", "km", Fraction(5), Fraction(8)),
        ("inch", "inches", "cm", Fraction(1), Fraction(5, 2)),
        ("pound", "pounds", "kg", Fraction(11, 5), Fraction(1)),
        ("pint", "pints", "l", Fraction(7, 4), Fraction(1)),
    ),
    3: (
        ("mile", "miles", "km", Fraction(5), Fraction(8)),
        ("pound", "pounds", "kg", Fraction(11, 5), Fraction(1)),
        ("pint", "pints", "l", Fraction(7, 4), Fraction(1)),
        ("foot", "feet", "cm", Fraction(1), Fraction(30)),
    ),
}


_KIND = {"inch": "lengths", "foot": "lengths", "pound": "masses", "pint": "capacities", "mile": "distances"}
_BASE = {"cm": 1, "g": 1, "ml": 1, "km": 1000, "kg": 1000, "l": 1000}  # into cm, g, ml or m


def _sized(one: str, unit: str, metric: Fraction) -> str:
    """What is believably this big, from the bank: 132 pounds is a large dog, not a sack of potatoes."""
    amount = metric * _BASE[unit]
    context = f"sized_{_KIND[one]}"
    phrases = contexts.get(context).quantities
    told = next((t for t, q in phrases.items() if q.holds(amount)), list(phrases)[-1])
    contexts.used(context, **{told: amount})
    return told


_SAID = {"<": "less than", ">": "more than", "=": "about the same as"}


def _terminating(value: Fraction) -> Fraction | None:
    """The value if it has an exact decimal (a pupil could write it), else None."""
    den = Fraction(value).denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return value if den == 1 else None


def _line(fact: tuple[str, str, str, Fraction, Fraction], imperial: object, metric: object) -> DoubleNumberLine:
    """The approximate equivalence as a double number line: 0 with 0, the fact, and the item's pair ('?' asked)."""
    _, many, unit, imp, met = fact

    def exact_or_unknown(value: object) -> object:
        return value if value == UNKNOWN else exact(Fraction(value))  # type: ignore[arg-type]

    top = (0, exact(imp), exact_or_unknown(imperial))
    bottom = (0, exact(met), exact_or_unknown(metric))
    return DoubleNumberLine(top, bottom, many, unit_label(unit))


def _approx(fact: tuple[str, str, str, Fraction, Fraction]) -> str:
    one, many, unit, imp, met = fact
    if imp.denominator != 1:  # said the way it is used, by multiplying: 1 kg ≈ 2.2 pounds, 1 l ≈ 1.75 pints
        return f"{show(met)} {unit} ≈ {show(imp)} {many}"
    return f"{show(imp)} {one if imp == 1 else many} ≈ {show(met)} {unit}"


@topic(
    "measures.imperial_units",
    title="Approximate conversions between metric and imperial units (inches, feet, pints, pounds, miles)",
    codes=("5M6", "6M6"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
)
def imperial_units(rng: random.Random, level: Level, style: str) -> Item:
    lv = int(level)
    fact = rng.choice(IMPERIAL[lv])
    one, many, unit, imp, met = fact
    ratio = met / imp  # metric per imperial unit
    to_metric = lv == 1 or rng.random() < 0.5
    # KS2 converts with a whole-number rule and multiplication (1 inch ≈ 2.5 cm: × 2.5), never by dividing by a
    # decimal: the direction that would divide by 2.2, 1.75 or 2.5 is turned round
    if (imp if to_metric else met).denominator != 1:
        to_metric = not to_metric
    # from → to: 'per' of the from-unit are worth 'worth' of the to-unit (5 miles ≈ 8 km: per 5, worth 8)
    per, worth = (imp, met) if to_metric else (met, imp)
    count = per.numerator * rng.randint(2, 12 if lv < 3 else 25)
    result = count / per * worth
    from_text = f"{show(count)} {many}" if to_metric else measure(Fraction(count), unit)
    to_unit = unit if to_metric else many
    # no ÷ 1 or × 1: a fact such as 1 inch ≈ 2.5 cm is a single multiplication
    check = f"{show(count)} × {show(worth)}" if per == 1 else f"{show(count)} ÷ {show(per)} × {show(worth)}"
    if worth == 1:
        check = f"{show(count)} ÷ {show(per)}"
    answer: Answer = Measure(result, unit) if to_metric else number_answer(result)
    approx = _approx(fact)
    # An imperial amount and a metric one are different kinds, so the approximation is said in words and only
    # the exact arithmetic on the plain numbers is written as a relation.
    steps: list[str] = [f"Use {approx}."]
    if per != 1:
        steps.append(
            Step(
                f"{from_text} is ",
                eq(div(exact(count), exact(per)), exact(count / per)),
                f" lots of {show(per)} {many if to_metric else unit}.",
            )
        )
    if worth == 1:  # so many lots of 1.75 pints is so many litres: nothing to multiply
        steps.append(f"So {from_text} is about {show(result)} {to_unit}.")
    else:
        steps.append(
            Step(
                eq(mul(exact(count / per), exact(worth)), exact(result)),
                f", so {from_text} is about {show(result)} {to_unit}.",
            )
        )
    # the slip is predicted only where it has an exact decimal a pupil could write
    wrong_way = _terminating(mm.conversion_wrong_direction(count, ratio, to_metric))
    slip = mis.conversion_wrong_direction.on(count, ratio, to_metric) if wrong_way is not None else None
    tip = f"how many lots of {show(per)} are there?" if per != 1 else f"multiply by {show(worth)}."
    line = _line(fact, count if to_metric else UNKNOWN, UNKNOWN if to_metric else count)
    if style == "fluency":
        prompt = f"Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is {from_text}?" + hint(level, tip)
        return replace(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip)), diagram=line)
    if style == "missing_number":
        answer = number_answer(result)
        prompt = f"Use {approx}.   {from_text} ≈ □ {to_unit}" + hint(level, tip)
        return replace(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip)), diagram=line)
    if style == "true_or_false":
        claim = result if rng.random() < 0.5 or wrong_way is None else wrong_way
        truth = claim == result
        answer = TrueFalse(truth)
        prompt = f"Use {approx}. True or false? {from_text} is about {show(claim)} {to_unit}." + hint(level, tip)
        if truth:
            steps.append(f"That is what the statement says, so the statement is {truth_word(truth)}.")
        else:
            steps.append(Step("So ", rel(exact(result), "≠", exact(claim)), ": the statement is false."))
        wrong_verdict = mis.conversion_wrong_direction.on(count, ratio, to_metric, claim=claim)
        predicted = mis.predictions(answer, wrong_verdict) if not truth else ()
        return replace(
            make(prompt, answer, steps, style, f"{check} = {show(claim)}", predicted=predicted), diagram=line
        )
    if style == "compare":
        # an imperial amount against a metric amount near its equivalent
        # an imperial amount against a metric one near its equivalent; for a fact such as 1 kg ≈ 2.2 pounds the
        # metric amount is the one converted (× 2.2), never an imperial one divided by 2.2
        if imp.denominator == 1:
            n = imp.numerator * rng.randint(2, 12)
            equal = n / imp * met
            into, left_unit, right_unit, by, per_one = unit, many, unit, met, imp
        else:
            n = met.numerator * rng.randint(2, 12)
            equal = n / met * imp
            into, left_unit, right_unit, by, per_one = many, unit, many, imp, met
        other = equal + rng.choice((-1, 1)) * max(1, -(-equal // 10))
        if lv == 3 and rng.random() < 0.3:
            other = equal
        sign = sign_of(equal, other)
        answer = Comparison(sign)
        left, right = f"{show(n)} {left_unit}", f"{show(other)} {right_unit}"
        prompt = f"Use {approx}. Write <, > or = :   {left} □ {right}" + hint(level, f"change {left} into {into}.")
        worked = f"{show(n)} × {show(by)}" if per_one == 1 else f"{show(n)} ÷ {show(per_one)} × {show(by)}"
        exact_work = mul(exact(n), exact(by)) if per_one == 1 else mul(div(exact(n), exact(per_one)), exact(by))
        steps = [
            Step(eq(exact_work, exact(equal)), f", so {left} is about {show(equal)} {into}."),
            Step(rel(exact(equal), sign, exact(other), restates=True), f", so {left} is {_SAID[sign]} {right}."),
        ]
        predicted = mis.predictions(answer, mis.compare_numbers_not_measures.on(n, other))
        item = make(prompt, answer, steps, style, f"{worked} □ {show(other)}", predicted=predicted)
        given = _line(fact, n, UNKNOWN) if imp.denominator == 1 else _line(fact, UNKNOWN, n)
        return replace(item, diagram=given)
    who = name(rng)
    told = _sized(one, unit, result if to_metric else Fraction(count)).format("{}", who=who).format(from_text)
    prompt = f"{told} Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is that?" + hint(level, tip)
    return replace(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip)), diagram=line)
