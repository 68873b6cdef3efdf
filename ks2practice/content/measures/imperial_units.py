"""Approximate conversions between metric and imperial units (inches, feet, pints, pounds, miles)."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Comparison, Measure, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import WORDS, measure, number_answer
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

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


def _terminating(value: Fraction) -> Fraction | None:
    """The value if it has an exact decimal (a pupil could write it), else None."""
    den = Fraction(value).denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return value if den == 1 else None


def _approx(fact: tuple[str, str, str, Fraction, Fraction]) -> str:
    one, many, unit, imp, met = fact
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
    steps = [f"Use {approx}."]
    if per != 1:
        steps.append(f"{from_text} is {show(count)} ÷ {show(per)} = {show(count / per)} lots of {show(per)}.")
    steps.append(f"{show(count / per)} × {show(worth)} = {show(result)}, so {from_text} ≈ {show(result)} {to_unit}.")
    slip = ("conversion_wrong_direction", _terminating(mm.conversion_wrong_direction(count, ratio, to_metric)))
    tip = f"how many lots of {show(per)} are there?" if per != 1 else f"multiply by {show(worth)}."
    if style == "fluency":
        prompt = f"Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is {from_text}?" + hint(level, tip)
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    if style == "missing_number":
        answer = number_answer(result)
        prompt = f"Use {approx}.   {from_text} ≈ □ {to_unit}" + hint(level, tip)
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
    if style == "true_or_false":
        claim = result if rng.random() < 0.5 or slip[1] is None else slip[1]
        truth = claim == result
        answer = TrueFalse(truth)
        prompt = f"Use {approx}. True or false? {from_text} is about {show(claim)} {to_unit}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(answer, (slip[0], True)) if not truth else ()
        return make(prompt, answer, steps, style, f"{check} = {show(claim)}", predicted=predicted)
    if style == "compare":
        # an imperial amount against a metric amount near its equivalent
        n = imp.numerator * rng.randint(2, 12)
        equal = n / imp * met
        other = equal + rng.choice((-1, 1)) * max(1, -(-equal // 10))
        if lv == 3 and rng.random() < 0.3:
            other = equal
        sign = sign_of(equal, other)
        answer = Comparison(sign)
        left, right = f"{show(n)} {many}", measure(other, unit)
        prompt = f"Use {approx}. Write <, > or = :   {left} □ {right}" + hint(level, f"change {left} into {unit}.")
        worked = f"{show(n)} × {show(met)}" if imp == 1 else f"{show(n)} ÷ {show(imp)} × {show(met)}"
        steps = [f"{left} ≈ {worked} = {measure(equal, unit)}", f"So {left} {sign} {right}."]
        raw = mm.compare_numbers_not_measures(n, other)
        predicted = mis.predictions(answer, ("compare_numbers_not_measures", raw))
        return make(prompt, answer, steps, style, f"{worked} □ {show(other)}", predicted=predicted)
    who = name(rng)
    if to_metric:
        contexts = {
            "mile": f"{who}'s family drives {from_text} to the seaside.",
            "inch": f"A photo frame is {from_text} wide.",
            "foot": f"A garden fence is {from_text} long.",
            "pint": f"A water butt holds {from_text} of rainwater.",
            "pound": f"A sack of potatoes has a mass of {from_text}.",
        }
    else:
        contexts = {
            "mile": f"{who} cycles {from_text} along a canal path.",
            "inch": f"A ribbon is {from_text} long.",
            "foot": f"A garden fence is {from_text} long.",
            "pint": f"A water butt holds {from_text} of rainwater.",
            "pound": f"A sack of potatoes has a mass of {from_text}.",
        }
    prompt = f"{contexts[one]} Use {approx}. About how many {WORDS.get(to_unit, to_unit)} is that?" + hint(level, tip)
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, slip))
