"""Work out percentages and use them to compare."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Choice, Comparison, Percentage, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.common import money
from ks2practice.content.decimals.common import dec
from ks2practice.content.misconceptions.decimals_percent_ratio import choosing, comparing, judging, picking
from ks2practice.content.percentages.common import RANGES
from ks2practice.content.wording import NAMES, hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, of, pounds, q, rel, sub
from ks2practice.core.steps import money as money_step

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
    share = Fraction(count, total)
    if 100 % total == 0:
        # 7/20 = 35/100 = 35%: the hundredths are written as a division, the step holds no unsimplified fraction
        return [Step(f"{count} out of {total} is ", eq(share, div(count * 100 // total, 100), q(_num(percent), "%")))]
    return [Step(eq(div(count, total), _num(share), q(_num(percent), "%")))]


def _num(value: Fraction) -> int | Decimal:
    return value.numerator if value.denominator == 1 else dec(value)


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
        predicted = mis.predictions(answer, mis.count_as_percentage.on(count, total))
        return make(
            prompt, answer, _as_percent_steps(count, total), style, f"{count} ÷ {total} × 100", predicted=predicted
        )
    if style == "compare":
        other = percent + rng.choice((-1, 1)) * rng.choice((1, 2, 5, 10))
        if not 0 < other < 100 or rng.random() < 0.2:
            other = percent
        answer = Comparison(sign_of(percent, other))
        prompt = f"Write <, > or = in the box: {count} out of {total} □ {show(other)}%" + hint(level, tip)
        steps = [
            *_as_percent_steps(count, total),
            Step(
                f"{count} out of {total} is ",
                q(_num(percent), "%"),
                ", and ",
                rel(q(_num(percent), "%"), answer.sign, q(_num(other), "%"), restates=answer.sign == "="),
                ".",
            ),
        ]
        predicted = mis.predictions(answer, comparing(mis.count_as_percentage).on(count, total, against=other))
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
        wrong_claim = claim == count and not truth
        predicted = (
            mis.predictions(answer, judging(mis.count_as_percentage).on(count, total, claim=claim))
            if wrong_claim
            else ()
        )
        return make(prompt, answer, steps, style, f"{count} ÷ {total} × 100 = {show(claim)}", predicted=predicted)
    if style == "word_problem" and level == Level.GREATER_DEPTH:
        return _three_tests(rng, level, (count, total))
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
            Step(
                rel(q(_num(_percent_of(*best[1:])), "%"), ">", q(_num(_percent_of(*worse[1:])), "%")),
                f", so {best[0]} did better.",
            ),
        ]
        predicted = mis.predictions(
            answer,
            picking(mis.count_as_percentage).on(
                (count, total),
                (other_count, other_total),
                options=(first, second),
                most=True,
                right=(percent, _percent_of(other_count, other_total)),
            ),
        )
        contexts.used("test_marks", marks=(total, other_total), score=(count, other_count))
        check = f"{best[1]} ÷ {best[2]} > {worse[1]} ÷ {worse[2]}"
        return make(prompt, answer, steps, style, check, predicted=predicted)
    # two steps: which shop is cheaper after its discount
    percents = (10, 20, 25, 50) if level == Level.WORKING_TOWARDS else (5, 10, 15, 20, 25, 30, 40)
    reversed_ = rng.random() < 0.6  # most often the dearer shop is cheaper after its discount
    thing = rng.choice(("bike", "tent", "scooter", "guitar", "telescope"))
    low, high = contexts.get("sale_prices").span(thing)  # what one really costs (no £20 bike)
    while True:
        p1, p2 = rng.sample(percents, 2)
        price1 = rng.randrange(low + 2_000, min(high, 20_000) - 2_000, 500)
        price2 = price1 + rng.choice((-1, 1)) * rng.randrange(500, 2_000, 500)
        sale1, sale2 = price1 - price1 * p1 // 100, price2 - price2 * p2 // 100
        if (
            price1 * p1 % 100 == 0
            and price2 * p2 % 100 == 0
            and sale1 != sale2
            and ((price1 < price2) != (sale1 < sale2)) == reversed_
        ):
            break
    contexts.used("sale_prices", **{thing: (price1, price2)})
    shops = ("Shop A", "Shop B")
    cheaper = 0 if sale1 < sale2 else 1
    answer = Choice(shops, cheaper)
    prompt = (
        f"The same {thing} is on sale in two shops. Shop A sells it for {money(price1)} with {p1}% off. "
        f"Shop B sells it for {money(price2)} with {p2}% off. Which shop is cheaper?"
        + hint(level, "work out each sale price.")
    )
    steps = [
        Step(
            f"Shop {shop}: ",
            eq(of(q(p, "%"), pounds(price)), money_step(price * p // 100)),
            ", so it costs ",
            eq(sub(pounds(price), money_step(price * p // 100)), money_step(sale)),
            ".",
        )
        for shop, p, price, sale in (("A", p1, price1, sale1), ("B", p2, price2, sale2))
    ]
    steps.append(
        Step(
            rel(money_step(min(sale1, sale2)), "<", money_step(max(sale1, sale2))), f", so {shops[cheaper]} is cheaper."
        )
    )
    check = (
        f"{(price1, price2)[cheaper]} − {(price1, price2)[cheaper]} × {(p1, p2)[cheaper]} ÷ 100 < "
        f"{(price1, price2)[1 - cheaper]} − {(price1, price2)[1 - cheaper]} × {(p1, p2)[1 - cheaper]} ÷ 100"
    )
    predicted = mis.predictions(answer, choosing(mis.percentage_not_applied).on(price1, price2, options=shops))
    return make(prompt, answer, steps, style, check, predicted=predicted)


def _three_tests(rng: random.Random, level: Level, score: tuple[int, int]) -> Item:
    """Greater depth: three scores out of different totals, one told as the marks lost, to put in order."""
    scores = [score]
    while len(scores) < 3:
        count, total = _score(rng, level)
        if total not in [t for _, t in scores] and _percent_of(count, total) not in [_percent_of(*s) for s in scores]:
            scores.append((count, total))
    names = rng.sample(NAMES, 3)
    lost = rng.randrange(3)  # this pupil's score is told as the marks dropped: one more step, and the count misleads
    told = [
        f"{who} lost {total - count} of the {total} marks" if i == lost else f"{who} scored {count} out of {total}"
        for i, (who, (count, total)) in enumerate(zip(names, scores, strict=True))
    ]
    prompt = (
        f"Three children took different tests. {told[0]}, {told[1]} and {told[2]}. Who did best, comparing percentages?"
    )
    percents = [_percent_of(*s) for s in scores]
    order = sorted(range(3), key=lambda i: percents[i], reverse=True)
    count, total = scores[lost]
    steps = [
        Step(f"{names[lost]} scored ", eq(sub(total, total - count), count), f" out of {total}."),
        *(step for s in scores for step in _as_percent_steps(*s)),
        Step(
            rel(*[x for i in order for x in (q(_num(percents[i]), "%"), ">")][:-1]),
            f", so {names[order[0]]} did best.",
        ),
    ]
    answer = Choice(tuple(names), order[0])
    predicted = mis.predictions(
        answer,
        picking(mis.count_as_percentage).on(*scores, options=tuple(names), most=True, right=tuple(percents)),
    )
    contexts.used("test_marks", marks=tuple(t for _, t in scores), score=tuple(c for c, _ in scores))
    best, second = (scores[i] for i in order[:2])  # above the next best is above both (a check holds one relation)
    check = f"{best[0]} ÷ {best[1]} > {second[0]} ÷ {second[1]}"
    return make(prompt, answer, steps, "word_problem", check, predicted=predicted)
