"""Read and write numbers in words and digits."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.number_words import words, words_check
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, mul, rel

# ---------------------------------------------------------------------- read and write numbers


def _number_to_write(rng: random.Random, level: Level) -> int:
    low, high = RANGES["read_write"][int(level)]["range"]  # type: ignore[misc]
    digits = rng.randint(len(str(low)), len(str(high)))
    while True:
        text = [str(rng.randint(1, 9))] + [
            "0" if rng.random() < (0.2 if level == Level.WORKING_TOWARDS else 0.4) else str(rng.randint(1, 9))
            for _ in range(digits - 1)
        ]
        n = int("".join(text))
        if low <= n <= high:
            return n


def _slip_in_digits(rng: random.Random, n: int) -> tuple[int, str]:
    """A plausible mis-writing of n and what went wrong: a 0 left out or added, or two digits swapped."""
    text = str(n)
    zeros = [i for i, ch in enumerate(text) if ch == "0"]
    options = []
    if zeros:
        i = rng.choice(zeros)
        options.append((int(text[:i] + text[i + 1 :]), "a place-holder 0 is missing"))
    i = rng.randrange(1, len(text))
    options.append((int(text[:i] + "0" + text[i:]), "there is an extra 0, so the digits are in the wrong columns"))
    j = rng.randrange(len(text) - 1)
    swapped = text[:j] + text[j + 1] + text[j] + text[j + 2 :]
    if swapped[0] != "0":
        options.append((int(swapped), "two digits are the wrong way round"))
    return rng.choice([o for o in options if o[0] != n])


@topic(
    "number.read_write",
    title="Read and write numbers in words and digits",
    codes=("3N2a", "5N2", "6N2"),
    styles=("fluency", "true_or_false", "compare", "spot_the_mistake"),
)
def read_write(rng: random.Random, level: Level, style: str) -> Item:
    n = _number_to_write(rng, level)
    said = words(n)
    tip = "write the thousands first, then the hundreds, tens and ones; use 0 for an empty column."
    if style == "fluency":
        answer = WholeNumber(n)
        prompt = f"Write this number in digits: {said}." + hint(level, tip)
        steps = _words_steps(n)
        return make(
            prompt,
            answer,
            steps,
            style,
            words_check(said),
            predicted=mis.predictions(answer, mis.placeholders_missing.on(n), mis.placeholders_written_out.on(n)),
        )
    if style == "true_or_false":
        claim = n if rng.random() < 0.5 else _slip_in_digits(rng, n)[0]
        answer = TrueFalse(claim == n)
        prompt = f"True or false? '{said[0].upper() + said[1:]}' is written {show(claim)} in digits." + hint(level, tip)
        steps = [*_words_steps(n)]
        if claim != n:
            steps.append(Step(rel(claim, "≠", n), "."))
        steps.append(f"So the statement is {truth_word(claim == n)}.")
        return make(prompt, answer, steps, style, f"{words_check(said)} = {show(claim)}")
    if style == "compare":
        other = _slip_in_digits(rng, n)[0]
        answer = Comparison(sign_of(n, other))
        prompt = f"Write <, > or = in the box: {said} □ {show(other)}" + hint(level, tip)
        steps = [f"In digits, {said} is {show(n)}.", Step("So ", rel(n, answer.sign, other))]
        return make(prompt, answer, steps, style, f"{words_check(said)} □ {show(other)}")
    # The wrong answer and its explanation come from one place: a mechanism (its feedback on n) or the slip
    # that made it (_slip_in_digits says what it did).
    mechanisms = [mis.placeholders_missing] + ([mis.placeholders_written_out] if n < 10**6 else [])
    mechanisms = [m for m in mechanisms if m(n) is not None]
    if mechanisms and rng.random() < 0.7:
        chosen = rng.choice(mechanisms)
        wrong, said_why, applied = chosen(n), chosen.feedback_for(n), chosen.on(n)
        mistake = f"The mistake: {said_why[0].lower()}{said_why[1:]}"
    else:
        (wrong, mistake), applied = _slip_in_digits(rng, n), None
        mistake = f"The mistake: {mistake}."
    who = name(rng)
    answer = WholeNumber(n)
    prompt = (
        f"{who} wrote '{said}' in digits as {wrong}. {who} has made a mistake. What should {who} have written?"
    ) + hint(level, tip)
    steps = [mistake, *_words_steps(n)]
    predicted = mis.predictions(answer, applied)
    return make(prompt, answer, steps, "spot_the_mistake", words_check(said), predicted=predicted)


def _words_steps(n: int) -> list[str]:
    millions, thousands, rest = n // 10**6, n // 1000 % 1000, n % 1000
    parts = []
    if millions:
        parts.append(mul(millions, 10**6))
    if thousands:
        parts.append(mul(thousands, 1000))
    if rest:
        parts.append(rest)
    if len(parts) == 1 and not (millions or thousands):
        return [f"In digits: {show(n)}"]
    return [Step("Put each part in its place: ", eq(add(*parts), n), "."), f"In digits: {show(n)}"]
