"""Similar shapes: scale factors and missing sides."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, FractionAnswer, Measure, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals.common import dec
from ks2practice.content.misconceptions.decimals_percent_ratio import judging
from ks2practice.content.ratio.common import _picture
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, div, eq, mul, q, rel
from ks2practice.pictures.diagrams import Shape2D, ShapeRow

# ---------------------------------------------------------------------- similar shapes and scale factors


_FACTORS: dict[int, tuple[Fraction, ...]] = {
    1: (Fraction(2), Fraction(3), Fraction(4), Fraction(5)),
    2: (Fraction(2), Fraction(3), Fraction(4), Fraction(5), Fraction(6), Fraction(1, 2), Fraction(10)),
    3: (Fraction(3, 2), Fraction(5, 2), Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(7), Fraction(8)),
}


def _shape(rng: random.Random, level: Level, factor: Fraction) -> tuple[str, int, int]:
    """A rectangle or right-angled triangle whose sides stay whole numbers after scaling."""
    kind = rng.choice(("rectangle", "triangle"))
    top = 12 if level == Level.WORKING_TOWARDS else 20
    d = factor.denominator
    first = d * rng.randint(2 if d == 1 else 1, top // d + 1)
    second = d * rng.randint(2 if d == 1 else 1, top // d + 1)
    while second == first:
        second += d
    return kind, max(first, second), min(first, second)


def _drawing(kind: str, long: int, short: int, labels: tuple) -> Shape2D:
    if kind == "rectangle":
        return Shape2D(
            ((0, 0), (long, 0), (long, short), (0, short)),
            side_labels=(*labels, None, None),
            right_angles=(0, 1, 2, 3),
            unit="cm",
        )
    return Shape2D(
        ((0, 0), (long, 0), (0, short)), side_labels=(labels[0], None, labels[1]), right_angles=(0,), unit="cm"
    )


BOTH = ("shape_row", "shape_2d")  # the original and the new shape side by side first; the new shape alone


def _pair(kind: str, before: tuple, after: tuple, captions: tuple[str, ...]) -> ShapeRow:
    """Both shapes side by side to one scale: (long, short, labels) before and after the scaling."""
    return ShapeRow((_drawing(kind, *before), _drawing(kind, *after)), captions=captions)


def cm(length: int | Fraction) -> Num:
    length = Fraction(length)
    return q(length.numerator if length.denominator == 1 else dec(length), "cm")


@topic(
    "ratio.scale_factors",
    title="Similar shapes: scale factors and missing sides",
    codes=("6R3",),
    styles=("fluency", "missing_number", "word_problem", "true_or_false", "spot_the_mistake"),
)
def scale_factors(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    factor = rng.choice(_FACTORS[int(level)])
    kind, long, short = _shape(rng, level, factor)
    big_long, big_short = long * factor, short * factor
    shape_word = "rectangle" if kind == "rectangle" else "right-angled triangle"
    sides = "is {} cm long and {} cm wide" if kind == "rectangle" else "has a base of {} cm and a height of {} cm"
    tip = "find how many times bigger the new shape is."
    long_word = "longer side" if kind == "rectangle" else "base"
    wide = "wide" if kind == "rectangle" else "high"
    factor_text = show(factor) if factor > 1 else f"{factor.numerator}/{factor.denominator}"
    change = "enlarged by" if factor > 1 else "made smaller with"
    times = dec(factor) if factor > 1 else factor  # 1.5 or 1/2, as the prompt writes it
    if style == "missing_number":
        answer: Answer = WholeNumber(int(factor)) if factor.denominator == 1 else FractionAnswer(factor, decimal=True)
        if factor.denominator == 2:
            from decimal import Decimal

            from ks2practice.answers.kinds import DecimalNumber

            answer = DecimalNumber(Decimal(factor.numerator) / Decimal(factor.denominator))
        prompt = (
            f"Shape A is a {shape_word} that {sides.format(long, short)}. Shape B is similar: its {long_word} "
            f"is {show(big_long)} cm where A's is {long} cm. {long} × □ = {show(big_long)}. "
            f"What is the scale factor □?" + hint(level, tip)
        )
        steps = [Step(eq(div(cm(big_long), cm(long)), times), f", so the scale factor is {factor_text}.")]
        predicted = mis.predictions(answer, mis.difference_as_scale_factor.on(long, big_long))
        item = make(prompt, answer, steps, style, f"{long} × □ = {show(big_long)}", predicted=predicted)
        picture = _drawing(kind, long, short, (long, short))
        both = _pair(kind, (long, short, (long, short)), (big_long, big_short, (big_long, None)), ("A", "B"))
        return _picture(representation, BOTH, {"shape_row": both, "shape_2d": picture}, item)
    answer = Measure(big_short, "cm")
    check = f"{short} × {show(big_long)} ÷ {long}"
    additive = mis.additive_scaling(short, long, big_long)
    slips = (mis.additive_scaling.on(short, long, big_long), mis.scale_factor_wrong_way.on(short, factor))
    multiply = Step(eq(mul(cm(short), times), cm(big_short)))
    found = Step("The scale factor is ", eq(div(cm(big_long), cm(long)), times), ".")
    # When the prompt gives only the scale factor, the new shape's other side is not labelled: the picture shows
    # the question's numbers, not a length the pupil has not been told.
    shown_long = None if style == "fluency" else big_long
    new = (int(big_long) if big_long.denominator == 1 else big_long, big_short, (shown_long, "?"))
    picture = _drawing(kind, *new)
    captions = ("A", "B") if style == "spot_the_mistake" else ("original", "copy" if style == "word_problem" else "new")
    build = {"shape_row": _pair(kind, (long, short, (long, short)), new, captions), "shape_2d": picture}
    if style == "fluency":
        prompt = (
            f"A {shape_word} {sides.format(long, short)}. It is {change} a scale factor of {factor_text}. "
            f"How {wide} is the new shape?" + hint(level, tip)
        )
        steps = [Step(f"Multiply every length by {factor_text}: ", multiply.relations[0], ".")]
        check = (
            f"{short} × {factor}" if factor.denominator == 1 else f"{short} × {factor.numerator}/{factor.denominator}"
        )
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, BOTH, build, item)
    if style == "true_or_false":
        similar = rng.random() < 0.5
        claim_short = big_short if similar else additive if additive else big_short + 1
        truth = TrueFalse(claim_short == big_short)
        prompt = (
            f"True or false? A {long} cm by {short} cm {kind if kind == 'rectangle' else 'triangle (base by height)'} "
            f"and a {show(big_long)} cm by {show(claim_short)} cm one are similar."
            + hint(level, "similar shapes: every length is multiplied by the same number.")
        )
        steps = [found, multiply]
        if claim_short == big_short:
            steps.append("So the statement is true.")
        else:
            steps.append(Step(rel(cm(claim_short), "≠", cm(big_short)), ", so the statement is false."))
        predicted = mis.predictions(truth, judging(mis.additive_scaling).on(short, long, big_long, claim=claim_short))
        item = make(
            prompt,
            truth,
            steps,
            style,
            f"{short} × {show(big_long)} ÷ {long} = {show(claim_short)}",
            predicted=predicted,
        )
        # both shapes drawn to one scale, the claimed one at its claimed size: do they look alike?
        claimed = _pair(kind, (long, short, (long, short)), (big_long, claim_short, (big_long, claim_short)), ())
        return _picture(representation, ("shape_row",), {"shape_row": claimed}, item)
    if style == "spot_the_mistake":
        who = name(rng)
        # The wrong length and the words for it come from one mechanism on these sides.
        made = mis.additive_scaling if additive is not None else mis.scale_factor_wrong_way
        operands = (short, long, big_long) if additive is not None else (short, factor)
        mistake = made(*operands)
        prompt = (
            f"Shape A is a {shape_word} that {sides.format(long, short)}. Shape B is similar to A, and B's "
            f"{long_word} is {show(big_long)} cm. {who} says the other side of B is {show(mistake)} cm. "
            f"What is the mistake? Give the correct length." + hint(level, tip)
        )
        steps = [
            "The mistake: " + made.feedback_for(*operands).replace("They ", f"{who} ", 1),
            found,
            multiply,
        ]
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, made.on(*operands)))
        return _picture(representation, BOTH, build, item)
    who = name(rng)
    thing = rng.choice(("photo", "poster", "drawing", "flag", "model of a garden"))
    contexts.used("scale_copies", side=(short, long, big_long, big_short))  # a copy a child makes fits a table
    prompt = (
        f"{who} makes a copy of a {thing} that is a {shape_word}: the original {sides.format(long, short)}. "
        f"The copy is similar and its {long_word} is {show(big_long)} cm. How {wide} is the copy?" + hint(level, tip)
    )
    steps = [found, multiply]
    item = make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, *slips))
    return _picture(representation, BOTH, build, item)
