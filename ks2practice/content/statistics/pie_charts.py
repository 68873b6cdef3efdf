"""Pie charts: fractions, percentages and angles of a total; compare pie charts with different totals."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.statistics.common import _drawn
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import PieChart

# ---------------------------------------------------------------------- pie charts

_PIE_CONTEXTS = (
    ("children", "chose", "Favourite fruit", ("Apple", "Banana", "Grapes", "Orange", "Pear")),
    ("pupils", "chose", "Favourite sport", ("Football", "Swimming", "Tennis", "Cricket", "Netball")),
    ("children", "chose", "How we travel to school", ("Walking", "Car", "Bus", "Bike", "Scooter")),
    ("pupils", "chose", "Favourite season", ("Spring", "Summer", "Autumn", "Winter")),
)
# people per degree-labelled pie at greater depth: 360 ÷ n is a whole number of degrees
_DEGREE_TOTALS = (12, 18, 24, 30, 36, 40, 45, 60, 72, 90)


def _parts(rng: random.Random, whole: int, count: int) -> list[int]:
    """count positive whole parts making whole, all different where possible."""
    for _ in range(100):
        cuts = sorted(rng.sample(range(1, whole), count - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, whole], strict=True)]
        if len(set(parts)) == len(parts):
            return parts
    return parts


def _pie_data(rng: random.Random, level: Level) -> tuple[tuple, tuple[str, ...], list[int], int, str]:
    """Context, categories, counts, total, and how the sectors are labelled."""
    context = rng.choice(_PIE_CONTEXTS)
    if level == Level.WORKING_TOWARDS:
        quarters = rng.choice(((2, 1, 1), (1, 2, 1), (1, 1, 2), (3, 1), (1, 3)))
        total = 4 * rng.randint(2, 10)
        counts = [q * total // 4 for q in quarters]
        show_as = "fraction"
    elif level == Level.EXPECTED:
        if rng.random() < 0.5:
            tenths = _parts(rng, 10, rng.choice((3, 4)))
            total = 10 * rng.randint(2, 20)
            counts = [t * total // 10 for t in tenths]
        else:
            quarters = rng.choice(((2, 1, 1), (1, 2, 1), (1, 1, 2), (3, 1)))
            total = 4 * rng.randint(5, 25)
            counts = [q * total // 4 for q in quarters]
        show_as = "percent"
    else:
        total = rng.choice(_DEGREE_TOTALS)
        counts = _parts(rng, total, rng.choice((3, 4)))
        show_as = "degrees"
    categories = tuple(rng.sample(context[3], len(counts)))
    contexts.used("pie_surveys", asked=total, answered=counts)  # a class or a few classes, not a stadium
    return context, categories, counts, total, show_as


def _share_check(count: int, total: int, show_as: str) -> str:
    """The count a sector stands for, written from what its label shows (× and ÷ only, so any checker reads it)."""
    share = Fraction(count, total)
    if show_as == "fraction":
        return f"{share.numerator}/{share.denominator} × {total}"
    if show_as == "percent":
        return f"{total} × {show(share * 100)} ÷ 100"
    return f"{total} × {show(share * 360)} ÷ 360"


def _share_step(category: str, count: int, total: int, show_as: str) -> Step:
    """The count a sector stands for, worked from its label: 3/4 of 20 = 15; 20% of 120 = 24; 50° ÷ 360° × 72 = 10."""
    share = Fraction(count, total)
    if show_as == "fraction":
        return Step(f"{category} is ", q(share), f" of {total}: ", eq(mul(q(share), total), count), ".")
    if show_as == "percent":
        percent = q(share * 100, "%")
        return Step(f"{category} is ", percent, f" of {total}: ", eq(div(mul(total, share * 100), 100), count), ".")
    angle = q(share * 360, "°")
    return Step(f"{category} is ", angle, " of the 360°: ", eq(mul(div(angle, q(360, "°")), total), count), ".")


def _pie_slips(count: int, total: int, show_as: str, claim: int | None = None) -> tuple[mis.Applied, ...]:
    share = Fraction(count, total)
    if show_as == "fraction":
        return ()
    return (mis.pie_share_as_count.on(share, total, degrees=show_as == "degrees", claim=claim),)


@topic(
    "statistics.pie_charts",
    title="Pie charts: fractions, percentages and angles of a total; compare pie charts with different totals",
    codes=("6S1",),
    styles=("fluency", "true_or_false", "word_problem", "explain"),
)
def pie_charts(rng: random.Random, level: Level, style: str) -> Item:
    (noun, verb, heading, _), categories, counts, total, show_as = _pie_data(rng, level)
    chart = PieChart(categories=categories, values=tuple(counts), heading=heading, show=show_as)
    tip = {
        "fraction": hint(level, f"find the fraction of {total}."),
        "percent": hint(level, "10% is a tenth and 25% is a quarter."),
        "degrees": "",
    }[show_as]
    i = rng.randrange(len(counts))
    j = rng.choice([x for x in range(len(counts)) if counts[x] != counts[i]])
    intro = f"{total} {noun} were asked. The pie chart shows their answers."

    def explain_sector(k: int) -> Step:
        return _share_step(categories[k], counts[k], total, show_as)

    if style == "fluency":
        answer = WholeNumber(counts[i])
        prompt = f"{intro} How many {noun} {verb} {categories[i].lower()}?{tip}"
        steps = [explain_sector(i)]
        if show_as == "degrees":
            each = eq(div(q(360, "°"), total), q(360 // total, "°"))
            steps.insert(0, Step(f"The whole circle, 360°, stands for {total} {noun}, so each one is ", each, "."))
        predicted = mis.predictions(answer, *_pie_slips(counts[i], total, show_as))
        return _drawn(
            make(prompt, answer, steps, style, _share_check(counts[i], total, show_as), predicted=predicted), chart
        )
    if style == "true_or_false":
        slips = [w for w in (a.wrong() for a in _pie_slips(counts[i], total, show_as)) if w is not None]
        claim = rng.choice([counts[i], *(slips or [counts[i] + rng.choice((1, 2))])])
        answer = TrueFalse(claim == counts[i])
        one = {"children": "child", "pupils": "pupil"}[noun] if claim == 1 else noun  # 1 pupil, not 1 pupils
        prompt = f"{intro} True or false? {show(claim)} {one} {verb} {categories[i].lower()}.{tip}"
        verdict = f"so the statement is {truth_word(answer.value)}."
        steps = [
            explain_sector(i),
            Step(f"So {claim} {verb} it: the statement is true.")
            if answer.value
            else Step(rel(counts[i], "≠", claim), ", " + verdict),
        ]
        predicted = mis.predictions(answer, *_pie_slips(counts[i], total, show_as, claim=claim))
        check = f"{_share_check(counts[i], total, show_as)} = {show(claim)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    if style == "word_problem":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        answer = WholeNumber(counts[more] - counts[fewer])
        prompt = (
            f"{intro} How many more {noun} {verb} {categories[more].lower()} than {categories[fewer].lower()}?{tip}"
        )
        steps = [
            explain_sector(more),
            explain_sector(fewer),
            Step(eq(sub(counts[more], counts[fewer]), answer.value)),
        ]
        check = f"{_share_check(counts[more], total, show_as)} − {_share_check(counts[fewer], total, show_as)}"
        predicted = mis.predictions(answer, *_pie_slips(counts[more] - counts[fewer], total, show_as))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    # explain: a bigger sector in this chart, compared with another class told in words
    who = name(rng)
    k = max(range(len(counts)), key=lambda x: counts[x])
    share_a = Fraction(counts[k], total)
    other_total = total * rng.choice((2, 3, 4))
    other_count = rng.randint(1, int(share_a * other_total) - 1) if share_a * other_total > 1 else 1
    answer = TrueFalse(counts[k] > other_count)
    place = categories[k].lower()
    # The reason is the one that decides: a claim resting on the bigger part of the pie is never keyed as true
    # (a bigger share of a smaller school can be fewer people); a claim from the two numbers can be.
    reason = f"{counts[k]} is more than {other_count}" if answer.value else "its part of the pie is bigger"
    prompt = (
        f"The pie chart shows what {total} {noun} in School A said. In School B, {other_count} of {other_total} {noun} "
        f"{verb} {place}. {who} says: 'More {noun} in School A {verb} {place}, because {reason}.' True or false? "
        "Explain."
    )
    sign = ">" if counts[k] > other_count else "=" if counts[k] == other_count else "<"
    steps = [
        explain_sector(k),
        Step(
            f"In School B, {other_count} of {other_total} is a smaller share: ",
            rel(Fraction(other_count, other_total), "<", share_a),
            ", but School B is bigger: ",
            rel(other_total, ">", total),
            ".",
        ),
        Step(
            rel(counts[k], sign, other_count, restates=True),
            f", so {who} is {'right' if answer.value else 'wrong'}.",
        ),
        f"Model answer: a share of the pie is not a number of {noun}; work out each number before comparing.",
        f"Answer: {answer.format()}",
    ]
    predicted = mis.predictions(
        answer, mis.pie_bigger_sector_more.on(share_a, total, Fraction(other_count, other_total), other_total)
    )
    check = f"{_share_check(counts[k], total, show_as)} > {other_count}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
