"""Pie charts: fractions, percentages and angles of a total; compare pie charts with different totals."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import TrueFalse, WholeNumber, format_fraction
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.statistics.common import _drawn
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
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
    return context, categories, counts, total, show_as


def _share_check(count: int, total: int, show_as: str) -> str:
    """The count a sector stands for, written from what its label shows (× and ÷ only, so any checker reads it)."""
    share = Fraction(count, total)
    if show_as == "fraction":
        return f"{share.numerator}/{share.denominator} × {total}"
    if show_as == "percent":
        return f"{total} × {show(share * 100)} ÷ 100"
    return f"{total} × {show(share * 360)} ÷ 360"


def _share_text(count: int, total: int, show_as: str) -> str:
    share = Fraction(count, total)
    if show_as == "fraction":
        return format_fraction(share)
    if show_as == "percent":
        return f"{show(share * 100)}%"
    return f"{show(share * 360)}°"


def _pie_slips(count: int, total: int, show_as: str) -> tuple[tuple[str, Fraction | None], ...]:
    share = Fraction(count, total)
    if show_as == "percent":
        return (("pie_share_as_count", ts.pie_share_as_count(share, total)),)
    if show_as == "degrees":
        return (("pie_share_as_count", ts.pie_angle_as_count(share, total)),)
    return ()


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

    def explain_sector(k: int) -> str:
        share, work = _share_text(counts[k], total, show_as), _share_check(counts[k], total, show_as)
        return f"{categories[k]} is {share} of {total}: {work} = {counts[k]}."

    if style == "fluency":
        answer = WholeNumber(counts[i])
        prompt = f"{intro} How many {noun} {verb} {categories[i].lower()}?{tip}"
        steps = [explain_sector(i)]
        if show_as == "degrees":
            steps.insert(0, f"The whole circle, 360°, stands for {total} {noun}, so each one is {360 // total}°.")
        predicted = mis.predictions(answer, *_pie_slips(counts[i], total, show_as))
        return _drawn(
            make(prompt, answer, steps, style, _share_check(counts[i], total, show_as), predicted=predicted), chart
        )
    if style == "true_or_false":
        slips = [w for _, w in _pie_slips(counts[i], total, show_as) if w is not None]
        claim = rng.choice([counts[i], *(slips or [counts[i] + rng.choice((1, 2))])])
        answer = TrueFalse(claim == counts[i])
        prompt = f"{intro} True or false? {show(claim)} {noun} {verb} {categories[i].lower()}.{tip}"
        steps = [explain_sector(i), f"So the statement is {truth_word(answer.value)}."]
        predicted = (
            mis.predictions(answer, ("pie_share_as_count", True)) if claim in slips and claim != counts[i] else ()
        )
        check = f"{_share_check(counts[i], total, show_as)} = {show(claim)}"
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    if style == "word_problem":
        more, fewer = (i, j) if counts[i] > counts[j] else (j, i)
        answer = WholeNumber(counts[more] - counts[fewer])
        prompt = (
            f"{intro} How many more {noun} {verb} {categories[more].lower()} than {categories[fewer].lower()}?{tip}"
        )
        steps = [explain_sector(more), explain_sector(fewer), f"{counts[more]} − {counts[fewer]} = {answer.value}"]
        check = f"{_share_check(counts[more], total, show_as)} − {_share_check(counts[fewer], total, show_as)}"
        share_gap = Fraction(counts[more] - counts[fewer], total)
        slip = share_gap * 100 if show_as == "percent" else share_gap * 360 if show_as == "degrees" else None
        predicted = mis.predictions(answer, ("pie_share_as_count", slip))
        return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
    # explain: a bigger sector in this chart, compared with another class told in words
    who = name(rng)
    k = max(range(len(counts)), key=lambda x: counts[x])
    share_a = Fraction(counts[k], total)
    other_total = total * rng.choice((2, 3, 4))
    other_count = rng.randint(1, int(share_a * other_total) - 1) if share_a * other_total > 1 else 1
    answer = TrueFalse(counts[k] > other_count)
    prompt = (
        f"The pie chart shows what {total} {noun} in School A said. In School B, {other_count} of {other_total} {noun} "
        f"{verb} {categories[k].lower()}. {who} says: 'More {noun} in School A {verb} {categories[k].lower()}, because "
        f"its part of the pie is bigger.' True or false? Explain."
    )
    steps = [
        explain_sector(k),
        f"In School B, {other_count} of {other_total} is a smaller share, but School B is bigger.",
        f"{counts[k]} {'>' if answer.value else '≤'} {other_count}, so {who} is "
        f"{'right' if answer.value else 'wrong'}.",
        f"Model answer: a share of the pie is not a number of {noun}; work out each number before comparing.",
        f"Answer: {answer.format()}",
    ]
    slip = ts.pie_bigger_sector_more(share_a, total, Fraction(other_count, other_total), other_total)
    predicted = mis.predictions(answer, ("pie_bigger_sector_more", slip))
    check = f"{_share_check(counts[k], total, show_as)} > {other_count}"
    return _drawn(make(prompt, answer, steps, style, check, predicted=predicted), chart)
