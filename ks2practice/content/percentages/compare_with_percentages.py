"""Work out percentages and use them to compare."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Choice, Comparison, Percentage, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.common import money
from ks2practice.content.misconceptions import decimals as dmis
from ks2practice.content.percentages.common import RANGES
from ks2practice.content.wording import NAMES, hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

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
