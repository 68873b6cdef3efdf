"""Convert between units of length, mass and capacity."""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import contexts as bank
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures import convert_reasoning as why
from ks2practice.content.measures.common import KIND, PAIRS, WORDS, _big_value, measure, number_answer, unit_line
from ks2practice.content.misconceptions.measures_units import exact
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, q, rel
from ks2practice.pictures.diagrams import UNKNOWN

# ---------------------------------------------------------------------- converting units


def _conversion(rng: random.Random, level: Level) -> tuple[Fraction, str, str, int, bool]:
    """(value, from unit, to unit, factor, multiply?) for one conversion at the level."""
    small, big, factor = rng.choice(PAIRS[int(level)])
    to_small = rng.random() < 0.5
    if int(level) == 1:
        big_value = Fraction(rng.randint(2, 12 if factor == 10 else 9))
        if rng.random() < 0.3 and factor > 10:
            big_value = Fraction(rng.randint(11, 25)) if factor == 100 else big_value
    else:
        big_value = _big_value(rng, int(level), factor)
        if int(level) == 3 and rng.random() < 0.4:
            big_value = Fraction(rng.randint(1, 99), 1000) if factor == 1000 else Fraction(rng.randint(1, 9), 100)
            if big == "km":  # a walk to school is hundreds of metres, not 35 m
                big_value = Fraction(rng.randint(120, 950), 1000)
    if to_small:
        return big_value, big, small, factor, True
    return big_value * factor, small, big, factor, False


# for each kind of measure: the bank's things of believable sizes, their base unit and the question asked
_SIZED = {
    "mass": ("convert_masses", "g", "What is its mass in {}?"),
    "length": ("convert_lengths", "mm", "How long is it in {}?"),
    "capacity": ("convert_capacities", "ml", "How much is that in {}?"),
}
_IN_BASE = {"mm": 1, "cm": 10, "m": 1000, "km": 1_000_000, "g": 1, "kg": 1000, "ml": 1, "l": 1000}


def _direction(multiply: bool, factor: int) -> str:
    """The step that says which way to convert: into smaller units × the factor, into bigger units ÷ it."""
    if multiply:
        return f"Smaller units, so more of them: × {factor}."
    return f"Bigger units, so fewer of them: ÷ {factor}."


_REASONING = {
    "same_different": why.same_diff,
    "always_sometimes_never": why.asn,
    "explain": why.explain,
    "odd_one_out": why.odd_one,
}


@topic(
    "measures.convert_units",
    title="Convert between units of length, mass and capacity",
    codes=("4M5", "5M5", "6M5"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "spot_the_mistake",
        "word_problem",
        "same_different",
        "always_sometimes_never",
        "explain",
        "odd_one_out",
    ),
)
def convert_units(rng: random.Random, level: Level, style: str) -> Item:
    if style in _REASONING:
        return _REASONING[style](rng, level)
    value, unit_from, unit_to, factor, multiply = _conversion(rng, level)
    result = value * factor if multiply else value / factor
    op = "×" if multiply else "÷"
    check = f"{show(value)} {op} {factor}"
    larger, smaller = (unit_from, unit_to) if multiply else (unit_to, unit_from)
    fact = f"1 {larger} = {factor} {smaller}."
    worked = mul(exact(value), factor) if multiply else div(exact(value), factor)
    converted = eq(q(exact(value), unit_from), q(exact(result), unit_to))
    steps: list[str] = [
        Step("The fact: ", eq(q(1, larger), q(factor, smaller)), "."),
        _direction(multiply, factor),
        Step(eq(worked, exact(result)), ", so converting, ", converted, "."),
    ]
    slips = (
        mis.conversion_wrong_factor.on(value, factor, multiply),
        mis.conversion_wrong_direction.on(value, factor, multiply),
    )
    tip = fact
    big_value, small_value = (value, result) if multiply else (result, value)

    def pictured(item: Item, asked: str) -> Item:
        """The item with a double number line of the two units, '?' for the measure asked (in unit ``asked``)."""
        pair = (UNKNOWN, small_value) if asked == larger else (big_value, UNKNOWN)
        line = unit_line(larger, smaller, factor, *pair)
        return replace(item, diagram=line) if line else item

    if style in ("fluency", "missing_number"):
        answer = number_answer(result)
        if style == "fluency":
            prompt = (
                f"Convert {measure(value, unit_from)} to {WORDS[unit_to]}.   {measure(value, unit_from)} = □ {unit_to}"
            )
        else:
            prompt = f"Fill in the missing number:   □ {unit_from} = {measure(result, unit_to)}"
            answer = number_answer(value)
            check = f"□ {op} {factor} = {show(result)}"
            # The pupil converts back, from the given measure to □'s unit: the direction and the step turn round.
            slips = (
                mis.conversion_wrong_factor.on(result, factor, not multiply),
                mis.conversion_wrong_direction.on(result, factor, not multiply),
            )
            back = div(exact(result), factor) if multiply else mul(exact(result), factor)
            steps[1] = _direction(not multiply, factor)
            steps[-1] = Step(
                eq(back, exact(value)),
                ", so converting, ",
                eq(q(exact(result), unit_to), q(exact(value), unit_from)),
                ": the missing number is ",
                exact(value),
                ".",
            )
        item = make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return pictured(item, unit_to if style == "fluency" else unit_from)
    if style == "true_or_false":
        choices = [w for w in (one.wrong() for one in slips) if w is not None and w != result]
        claim = result if rng.random() < 0.5 else rng.choice(choices)
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {measure(value, unit_from)} = {measure(claim, unit_to)}" + hint(level, tip)
        verdict = rel(q(exact(value), unit_from), "=" if claim == result else "≠", q(exact(claim), unit_to))
        steps.append(Step("So ", verdict, f": the statement is {truth_word(claim == result)}."))
        return pictured(make(prompt, answer, steps, style, f"{check} = {show(claim)}"), unit_to)
    if style == "spot_the_mistake":
        slip = rng.choice(slips)
        wrong = slip.wrong()
        who = name(rng)
        answer = number_answer(result)
        prompt = (
            f"{who} says {measure(value, unit_from)} = {measure(wrong, unit_to)}. Explain the mistake and fill in "
            f"the right number:   {measure(value, unit_from)} = □ {unit_to}" + hint(level, tip)
        )
        # The wrong answer and the story of how it was made come from one mechanism on these numbers.
        steps[:0] = slip.mechanism.story(*slip.operands)
        return pictured(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips)), unit_to)
    who = name(rng)
    small_amount = value * factor if multiply else value  # the amount in the smaller unit, to pick a context
    kind = KIND[unit_from]
    bank_id, _, asked = _SIZED[kind]
    in_base = small_amount * _IN_BASE[min(unit_from, unit_to, key=lambda u: _IN_BASE[u])]
    sized = bank.get(bank_id).quantities
    phrase = next((t for t, size in sized.items() if size.holds(in_base)), None)
    contexts = {kind: ""}
    if phrase is not None:
        bank.used(bank_id, **{phrase: in_base})
        contexts[kind] = phrase.format(measure(value, unit_from)) + f" {asked.format(WORDS[unit_to])}"
    if KIND[unit_from] == "length" and "km" in (unit_from, unit_to):
        # the bank says how a child goes this far: under 200 m is a run across the playground, a walk to school is
        # at most 3 km, further is a bike ride or a train
        journeys = bank.get("journeys").quantities  # the small unit beside km is always m
        trip = next(t for t, q in journeys.items() if q.holds(small_amount) or t.startswith("travels"))
        bank.used("journeys", **{trip: small_amount})
        contexts["length"] = f"{who} {trip.format(measure(value, unit_from))}. How far is that in {WORDS[unit_to]}?"
    answer = number_answer(result)
    prompt = contexts[KIND[unit_from]] + f" Write the number of {WORDS[unit_to]}." + hint(level, tip)
    return pictured(make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips)), unit_to)
