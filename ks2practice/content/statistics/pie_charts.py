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
from ks2practice.core.steps import Step, add, div, eq, mul, q, rel, sub
from ks2practice.pictures.diagrams import PieChart

# ---------------------------------------------------------------------- pie charts

_PIE_CONTEXTS = (
    ("children", "chose", "Favourite fruit", ("Apple", "Banana", "Grapes", "Orange", "Pear")),
    ("pupils", "chose", "Favourite sport", ("Football", "Swimming", "Tennis", "Cricket", "Netball")),
    ("children", "chose", "How we travel to school", ("Walking", "Car", "Bus", "Bike", "Scooter")),
    ("pupils", "chose", "Favourite season", ("Spring", "Summer", "Autumn", "Winter")),
)
# people per degree-labelled pie at greater depth: 360 ÷ n is a whole number of degrees
_DEGREE_TOTALS = (30, 36, 40, 45, 60, 72, 90, 120, 180)  # 360 ÷ each is whole; level 3, so not a handful


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
    if style == "true_or_false" and show_as == "degrees":
        return _drawn(_two_sector_claim(rng, (noun, verb), categories, counts, total, intro, i, j), chart)
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
    if style == "word_problem" and level == Level.GREATER_DEPTH and len(counts) >= 3:
        # greater depth: two sectors together against a third, each read from its angle first
        pair = sorted(rng.sample(range(len(counts)), 2))
        rest = rng.choice([k for k in range(len(counts)) if k not in pair])
        together = counts[pair[0]] + counts[pair[1]]
        if together != counts[rest]:
            more_first = together > counts[rest]
            answer = WholeNumber(abs(together - counts[rest]))
            both = f"{categories[pair[0]].lower()} or {categories[pair[1]].lower()}"
            prompt = (
                f"{intro} How many {'more' if more_first else 'fewer'} {noun} {verb} {both} than "
                f"{categories[rest].lower()}?{tip}"
            )
            steps = [explain_sector(pair[0]), explain_sector(pair[1]), explain_sector(rest)]
            steps.append(Step("Together: ", eq(add(counts[pair[0]], counts[pair[1]]), together), "."))
            big, small = (together, counts[rest]) if more_first else (counts[rest], together)
            steps.append(Step(eq(sub(big, small), answer.value)))
            shares = [_share_check(counts[k], total, show_as) for k in (*pair, rest)]
            check = (
                f"{shares[0]} + {shares[1]} − {shares[2]}" if more_first else f"{shares[2]} − {shares[0]} − {shares[1]}"
            )
            predicted = mis.predictions(answer, *_pie_slips(answer.value, total, show_as))
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
    if show_as == "degrees":
        return _drawn(_two_charts_explain(rng, (noun, verb), categories, counts, total), chart)
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


def _two_sector_claim(
    rng: random.Random,
    who: tuple[str, str],
    categories: tuple[str, ...],
    counts: list[int],
    total: int,
    intro: str,
    i: int,
    j: int,
) -> Item:
    """Greater depth: a claim about two sectors at once (together, or how many more), each read from its angle."""
    noun, verb = who
    a, b = (i, j) if counts[i] > counts[j] else (j, i)
    together = rng.random() < 0.5
    value = counts[a] + counts[b] if together else counts[a] - counts[b]
    share = Fraction(value, total)
    slip = mis.pie_share_as_count.on(share, total, degrees=True)
    wrong = slip.wrong()
    claim = rng.choice([value, wrong if wrong is not None and wrong != value else value + rng.choice((-2, -1, 1, 2))])
    claim = claim if claim > 0 else value + 1
    answer = TrueFalse(claim == value)
    first, second = categories[a].lower(), categories[b].lower()
    one = {"children": "child", "pupils": "pupil"}[noun] if claim == 1 else noun
    if together:
        said = f"{show(claim)} {one} {verb} {first} or {second}."
        work = Step("Together: ", eq(add(counts[a], counts[b]), value), ".")
        check = f"{_share_check(counts[a], total, 'degrees')} + {_share_check(counts[b], total, 'degrees')}"
    else:
        said = f"{show(claim)} more {noun} {verb} {first} than {second}."
        work = Step("The difference: ", eq(sub(counts[a], counts[b]), value), ".")
        check = f"{_share_check(counts[a], total, 'degrees')} − {_share_check(counts[b], total, 'degrees')}"
    prompt = f"{intro} True or false? {said}"
    steps = [
        _share_step(categories[a], counts[a], total, "degrees"),
        _share_step(categories[b], counts[b], total, "degrees"),
        work,
        Step("So the statement is true.")
        if answer.value
        else Step(rel(value, "≠", claim), f", so the statement is {truth_word(answer.value)}."),
    ]
    predicted = mis.predictions(answer, mis.pie_share_as_count.on(share, total, degrees=True, claim=claim))
    return make(prompt, answer, steps, "true_or_false", f"{check} = {show(claim)}", predicted=predicted)


def _two_charts_explain(
    rng: random.Random, who: tuple[str, str], categories: tuple[str, ...], counts: list[int], total: int
) -> Item:
    """Greater depth: two surveys of different sizes in different forms, School A's sector an angle and School B's
    share a fraction of its total, so both counts and both shares are worked out before they are compared."""
    noun, verb = who
    person = name(rng)
    k = max(range(len(counts)), key=lambda x: counts[x])
    share_a = Fraction(counts[k], total)
    # School B's share is smaller than School A's; half the time School B is big enough to have more people anyway
    options: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
    for times in (2, 3, 4):
        for c in range(1, total * times):
            if share_a / 8 < Fraction(c, total * times) < share_a and 2 < Fraction(c, total * times).denominator <= 25:
                if c != counts[k]:
                    options[c < counts[k]].append((total * times, c))
    fewer = rng.random() < 0.5
    other_total, other_count = rng.choice(options[fewer] or options[not fewer])
    share_b, angle_a = Fraction(other_count, other_total), share_a * 360
    written = f"{share_b.numerator}/{share_b.denominator}"
    answer = TrueFalse(counts[k] > other_count)
    place = categories[k].lower()
    # As at level 2, a claim resting on the bigger part of the pie is never keyed as true; one from the numbers can be.
    reason = f"{counts[k]} is more than {other_count}" if answer.value else "its part of the pie is bigger"
    prompt = (
        f"The pie chart shows what {total} {noun} in School A said. In School B, {written} of the "
        f"{other_total} {noun} {verb} {place}. {person} says: 'More {noun} in School A {verb} {place}, because "
        f"{reason}.' True or false? Explain."
    )
    sign = ">" if counts[k] > other_count else "<"
    steps = [
        _share_step(f"In School A, {place}", counts[k], total, "degrees"),
        Step(
            f"In School B, {place} is ",
            q(share_b),
            f" of {other_total}: ",
            eq(mul(q(share_b), other_total), other_count),
            ".",
        ),
        Step(
            "School A's share is ",
            eq(div(q(angle_a, "°"), q(360, "°")), q(share_a)),
            ", bigger than School B's: ",
            rel(q(share_a), ">", q(share_b)),
            ".",
        ),
        Step("But School B asked more: ", rel(other_total, ">", total), "."),
        Step(
            rel(counts[k], sign, other_count, restates=True),
            f", so {person} is {'right' if answer.value else 'wrong'}.",
        ),
        f"Model answer: a share of the pie is not a number of {noun}; work out each number before comparing.",
        f"Answer: {answer.format()}",
    ]
    predicted = mis.predictions(answer, mis.pie_bigger_sector_more.on(share_a, total, share_b, other_total))
    check = f"{_share_check(counts[k], total, 'degrees')} > {written} × {other_total}"
    return make(prompt, answer, steps, "explain", check, predicted=predicted)
