"""Convert between units of length, mass and capacity."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.measures.common import KIND, PAIRS, WORDS, _big_value, measure, number_answer
from ks2practice.content.misconceptions import measures as mm
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

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
    if to_small:
        return big_value, big, small, factor, True
    return big_value * factor, small, big, factor, False


def _direction(multiply: bool, factor: int) -> str:
    """The step that says which way to convert: into smaller units × the factor, into bigger units ÷ it."""
    if multiply:
        return f"Smaller units, so more of them: × {factor}."
    return f"Bigger units, so fewer of them: ÷ {factor}."


@topic(
    "measures.convert_units",
    title="Convert between units of length, mass and capacity",
    codes=("4M5", "5M5", "6M5"),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem"),
)
def convert_units(rng: random.Random, level: Level, style: str) -> Item:
    value, unit_from, unit_to, factor, multiply = _conversion(rng, level)
    result = value * factor if multiply else value / factor
    op = "×" if multiply else "÷"
    check = f"{show(value)} {op} {factor}"
    larger, smaller = (unit_from, unit_to) if multiply else (unit_to, unit_from)
    fact = f"1 {larger} = {factor} {smaller}."
    steps = [
        fact,
        _direction(multiply, factor),
        f"{show(value)} {op} {factor} = {show(result)}, so {measure(value, unit_from)} = {measure(result, unit_to)}.",
    ]
    slips = (
        ("conversion_wrong_factor", mm.conversion_wrong_factor(value, factor, multiply)),
        ("conversion_wrong_direction", mm.conversion_wrong_direction(value, factor, multiply)),
    )
    tip = fact
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
            slips = (
                ("conversion_wrong_factor", mm.conversion_wrong_factor(result, factor, not multiply)),
                ("conversion_wrong_direction", mm.conversion_wrong_direction(result, factor, not multiply)),
            )
            # The pupil converts back, from the given measure to □'s unit: the direction and the step turn round.
            steps[1] = _direction(not multiply, factor)
            steps[-1] = f"{show(result)} {'÷' if multiply else '×'} {factor} = {show(value)}, so □ = {show(value)}."
        return make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    if style == "true_or_false":
        choices = [w for _, w in slips if w != result]
        claim = result if rng.random() < 0.5 else rng.choice(choices)
        answer = TrueFalse(claim == result)
        prompt = f"True or false? {measure(value, unit_from)} = {measure(claim, unit_to)}" + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == result)}.")
        return make(prompt, answer, steps, style, f"{check} = {show(claim)}")
    if style == "spot_the_mistake":
        which, wrong = rng.choice(slips)
        who = name(rng)
        answer = number_answer(result)
        prompt = (
            f"{who} says {measure(value, unit_from)} = {measure(wrong, unit_to)}. Explain the mistake and fill in "
            f"the right number:   {measure(value, unit_from)} = □ {unit_to}" + hint(level, tip)
        )
        what = "used the wrong number" if which == "conversion_wrong_factor" else f"did not {op} {factor}"
        steps.insert(0, f"{who} {what}.")
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    who = name(rng)
    contexts = {
        "length": f"{who}'s ribbon is {measure(value, unit_from)} long. How long is it in {WORDS[unit_to]}?",
        "mass": f"A bag of rice has a mass of {measure(value, unit_from)}. What is its mass in {WORDS[unit_to]}?",
        "capacity": f"A jug holds {measure(value, unit_from)} of lemonade. How much is that in {WORDS[unit_to]}?",
    }
    if KIND[unit_from] == "length" and "km" in (unit_from, unit_to):
        contexts["length"] = f"{who} walks {measure(value, unit_from)} to school. How far is that in {WORDS[unit_to]}?"
    answer = number_answer(result)
    prompt = contexts[KIND[unit_from]] + f" Write the number of {WORDS[unit_to]}." + hint(level, tip)
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
