"""Compare and order decimals (up to three decimal places)."""

from __future__ import annotations

import random
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.decimals.common import RANGES, fixed, offer_pictures, places_of, random_decimal, with_pictures
from ks2practice.content.misconceptions.catalogue import Mechanism
from ks2practice.content.misconceptions.decimals_percent_ratio import judging, tournament
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import NAMES, hint, lettered, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Relation, Step, eq, rel, render
from ks2practice.pictures.diagrams import Diagram, Marker, NumberLine

# ---------------------------------------------------------------------- compare and order


def _decimal_pair(rng: random.Random, level: Level) -> tuple[Decimal, Decimal]:
    """Two different decimals that are close: same places at level 1, mixed lengths (0.45 and 0.5) above."""
    row = RANGES["compare"][int(level)]
    low, high = row["places"]  # type: ignore[misc]
    places = rng.randint(low, high)
    a = random_decimal(rng, row["whole"], places)  # type: ignore[arg-type]
    if row["mixed"] and rng.random() < 0.6:
        # the same whole part and a different number of places: the pair that shows 'longer is bigger' is false
        other = rng.choice([p for p in range(1, max(high, 2) + 1) if p != places])
        b = Decimal(int(a)) + random_decimal(rng, 0, other)
    else:
        b = a
        while b == a:
            digits = list(fixed(a, places))
            spots = [i for i, c in enumerate(digits) if c.isdigit() and i >= len(digits) - places - 1]
            i = rng.choice(spots)
            digits[i] = str(rng.choice([d for d in range(10) if str(d) != digits[i]]))
            b = Decimal("".join(digits))
            if b == 0 or Fraction(b) * 10 ** (places - 1) % 1 == 0:  # no trailing 0: keep the places
                b = a
    return (a, b) if rng.random() < 0.5 else (b, a)


def _compare_steps(a: Decimal, b: Decimal) -> list[str]:
    places = max(places_of(a), places_of(b), 1)
    left, right = fixed(a, places), fixed(b, places)
    steps: list[str] = []
    if (left, right) != (show(a), show(b)):
        steps.append(Step(f"Write both with {places} decimal places: ", Decimal(left), " and ", Decimal(right), "."))
    i = next((i for i in range(min(len(left), len(right))) if left[i] != right[i]), None)
    if len(left) != len(right):
        steps.append("Compare the whole numbers first.")
    elif i is not None:
        after = i - left.index(".")
        column = {1: "tenths", 2: "hundredths", 3: "thousandths"}.get(after, "whole numbers")
        steps.append(f"The first digits that differ are in the {column}: {left[i]} and {right[i]}.")
    steps.append(Step("So ", rel(a, sign_of(a, b), b)))
    return steps


def _compare_slips(a: Decimal, b: Decimal) -> list[Mechanism]:
    """The comparing mistakes that give a sign here: reading the digits after the point as a whole number only
    misleads when the two have different numbers of places."""
    return [mis.longer_decimal_bigger] * (places_of(a) != places_of(b)) + [mis.shorter_decimal_bigger]


def _compare_line(a: Decimal, b: Decimal) -> NumberLine:
    """The two decimals on a line zoomed to the place where they differ (5.73 and 5.76: 5.7 to 5.8 in hundredths)."""
    return NumberLine.around((a, b), points=(Marker(a, show(a)), Marker(b, show(b))))


# (story, one fact, True when the greatest wins, what the four are called (None: names), a typical whole part)
_ORDER_CONTEXTS = (
    ("Four children ran 100 m. Their times were: {facts}. Who was fastest?", "{w}: {v} seconds", False, None, 14),
    ("Four children did the long jump: {facts}. Who jumped the furthest?", "{w} jumped {v} m", True, None, 2),
    ("Four parcels were weighed: {facts}. Which parcel is the heaviest?", "{w} weighs {v} kg", True, "Parcel", 6),
    ("Four jugs of juice: {facts}. Which jug holds the least?", "{w} holds {v} l", False, "Jug", 1),
    ("Four friends measured their sunflowers: {facts}. Whose is the shortest?", "{w}'s is {v} m", False, None, 1),
    ("Four cyclists rode in a race: {facts}. Who rode the furthest?", "{w} rode {v} km", True, None, 25),
)
# what each story measures in the bank's decimal_measures
_ORDER_QUANTITY = {
    story[0]: quantity
    for story, quantity in zip(
        _ORDER_CONTEXTS, ("sprint", "long jump", "parcel", "jug", "sunflower", "bike ride"), strict=True
    )
}


offer_pictures("compare_order_decimals", {"number_line": {1: ("compare", "true_or_false")}})


@topic(
    "decimals.compare_order_decimals",
    title="Compare and order decimals (up to three decimal places)",
    codes=("4F8", "5F8", "5F6b"),
    styles=("compare", "true_or_false", "fluency", "explain", "same_different", "word_problem"),
    representations=("number_line",),
)
@with_pictures("compare_order_decimals")
def compare_order_decimals(rng: random.Random, level: Level, style: str) -> tuple[Item, dict[str, Diagram]]:
    tip = "compare the tenths first, then the hundredths."
    if style == "same_different":
        return _same_different(rng, level), {}
    if style in ("compare", "true_or_false"):
        a, b = _decimal_pair(rng, level)
        drawn: dict[str, Diagram] = {"number_line": _compare_line(a, b)}
        steps = _compare_steps(a, b)
        slips = _compare_slips(a, b)
        if style == "compare":
            answer = Comparison(sign_of(a, b))
            prompt = f"Write <, > or = in the box: {show(a)} □ {show(b)}" + hint(level, tip)
            predicted = mis.predictions(answer, *(made.on(a, b) for made in slips))
            item = make(prompt, answer, steps, style, f"{show(a)} □ {show(b)}", predicted=predicted)
            return item, drawn
        sign = rng.choice(("<", ">"))
        truth = a < b if sign == "<" else a > b
        answer_tf = TrueFalse(truth)
        words_for = {"<": "is less than", ">": "is greater than"}
        prompt = f"True or false? {show(a)} {words_for[sign]} {show(b)}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(truth)}.")
        predicted = mis.predictions(answer_tf, *(judging(made).on(a, b, claim=sign) for made in slips))
        return make(prompt, answer_tf, steps, style, f"{show(a)} {sign} {show(b)}", predicted=predicted), drawn
    if style == "explain":
        return _longer_is_bigger_claim(rng, level, style), {}
    a, b = _decimal_pair(rng, level)
    values = [a, b]
    while len(values) < 4:
        if level == Level.WORKING_TOWARDS:  # 4F8: the same number of places
            extra = random_decimal(rng, int(a), places_of(a), int(a))
        else:
            extra = _decimal_pair(rng, level)[rng.randint(0, 1)]
            extra = Decimal(int(a)) + (extra - int(extra))
        if extra not in values and extra > 0:
            values.append(extra)
    rng.shuffle(values)
    if style == "fluency":
        greatest = rng.random() < 0.5
        best = max(values) if greatest else min(values)
        options = [show(v) for v in values]
        answer = Choice(tuple(options), values.index(best))
        word = "greatest" if greatest else "smallest"
        prompt = f"Which number is the {word}? " + lettered(options) + hint(level, tip)
        ordered = sorted(values, reverse=greatest)
        steps = [Step("In order: ", _chain(ordered, greatest)), f"The {word} is {show(best)}."]
        fooled = tournament(mis.longer_decimal_bigger).on(*values, options=tuple(options), most=greatest)
        predicted = mis.predictions(answer, fooled)
        relation = ">" if greatest else "<"
        return make(
            prompt, answer, steps, style, f"{show(best)} {relation} {show(ordered[1])}", predicted=predicted
        ), {}
    template, fact, most, thing, typical = rng.choice(_ORDER_CONTEXTS)
    shift = typical + rng.randint(0, 2) - int(a)  # real-sized measures, the same gaps between them
    values = [v + shift for v in values]
    who = [f"{thing} {letter}" for letter in "ABCD"] if thing else rng.sample(NAMES, 4)
    facts = "; ".join(fact.format(w=w, v=show(v)) for w, v in zip(who, values, strict=True))
    contexts.used("decimal_measures", **{_ORDER_QUANTITY[template]: tuple(Fraction(v) for v in values)})
    best = max(values) if most else min(values)
    answer = Choice(tuple(who), values.index(best))
    prompt = template.format(facts=facts) + hint(level, tip)
    ordered = sorted(values, reverse=most)
    steps = [Step("In order: ", _chain(ordered, most)), f"So the answer is {who[values.index(best)]}."]
    fooled = tournament(mis.longer_decimal_bigger).on(*values, options=tuple(who), most=most)
    predicted = mis.predictions(answer, fooled)
    relation = ">" if most else "<"
    return make(prompt, answer, steps, style, f"{show(best)} {relation} {show(ordered[1])}", predicted=predicted), {}


def _longer_is_bigger_claim(rng: random.Random, level: Level, style: str) -> Item:
    """A child's claim that the decimal with more digits is bigger (0.45 > 0.5): right or wrong, and why."""
    row = RANGES["compare"][int(level)]
    whole = rng.randint(0, row["whole"])  # type: ignore[arg-type]
    tenths = rng.randint(2, 9)
    short = Decimal(whole) + Decimal(tenths).scaleb(-1)
    places = 2 if level < 3 else rng.randint(2, 3)
    below = rng.random() < 0.75  # usually the longer one has fewer tenths, as in 0.45 and 0.5
    first = rng.randint(1, tenths - 1) if below else tenths  # not 0: '02 is bigger than 2' is no argument
    tail = rng.randint(1, 10 ** (places - 1) - 1)
    while tail % 10 == 0:
        tail = rng.randint(1, 10 ** (places - 1) - 1)
    long = Decimal(whole) + Decimal(first).scaleb(-1) + Decimal(tail).scaleb(-places)
    who = name(rng)
    right = long > short
    digits_long, digits_short = show(long).split(".")[1], show(short).split(".")[1]
    reason = f"{int(digits_long)} is bigger than {int(digits_short)}"
    # The child's reason (reading the digits after the point as one whole number) is never a reason, so the choices
    # tell "right answer, wrong reason" apart from "right answer, right reason" and from "wrong answer".
    options = (
        f"Yes, and the reason is right: {reason}",
        f"{show(long)} is bigger, but the reason is wrong: "
        + (
            f"both have {tenths} tenths, and {show(long)} has more after that"
            if right
            else "the digits after the point are not one whole number"
        ),
        f"No: {show(short)} is bigger because it has fewer digits after the point"
        if right
        else f"No: {show(short)} has {tenths} tenths and {show(long)} has only {first}, so {show(short)} is bigger",
    )
    answer = Choice(options, 1 if right else 2)
    prompt = (
        f"{who} says {show(long)} is bigger than {show(short)} because {reason}. Is {who} right? Choose the best "
        "answer. " + lettered(options) + hint(level, "compare the tenths first.")
    )
    # The model answer is worked from the digits: the place where they first differ, then the comparison.
    padded, written = fixed(short, places), fixed(long, places)
    spot = next(k for k in range(len(written)) if written[k] != padded[k])
    column = {1: "tenths", 2: "hundredths", 3: "thousandths"}[spot - written.index(".")]
    steps = [
        Step(f"Write {show(short)} with {places} places: ", eq(short, Decimal(padded)), "."),
        Step(
            f"Compare digit by digit from the left: they first differ in the {column}, "
            f"{written[spot]} and {padded[spot]}, so ",
            rel(long, sign_of(long, short), short),
            ".",
        ),
        f"Model answer for the adult: {who}'s answer is "
        + ("right, but the reason is not" if right else "wrong")
        + f": the digits after the point are tenths, hundredths, … not one whole number, so '{reason}' proves nothing.",
        f"Answer: {options[answer.correct]}",
    ]
    # Choosing the child's own reasoning accepts a wrong reason; calling the shorter one bigger because it is
    # shorter is its mirror image. Each option is predicted by one mechanism only.
    predicted = mis.predictions(
        answer,
        mis.digit_reason_accepted.on(long, short, options),
        mis.fewer_digits_reason_accepted.on(long, short, options),
    )
    return make(prompt, answer, steps, style, f"{show(long)} {sign_of(long, short)} {show(short)}", predicted=predicted)


def _chain(ordered: list[Decimal], down: bool) -> Relation:
    """The values in order as one chain: 0.5 > 0.45 > 0.4 (or < from the smallest)."""
    parts: list[Decimal | str] = [ordered[0]]
    for value in ordered[1:]:
        parts += [">" if down else "<", value]
    return rel(*parts)


_PLACES = ("tenths", "hundredths", "thousandths")


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: a 0 written after the last digit, or a 0 that moves a digit along."""
    places = 1 if level == Level.WORKING_TOWARDS else rng.choice((1, 2)) if level == Level.EXPECTED else 2
    whole = rng.randint(0, 9 if level == Level.WORKING_TOWARDS else 99)
    digits = rng.randint(1, 9) if places == 1 else rng.choice([d for d in range(11, 100) if d % 10])
    x = Decimal(whole) + Decimal(digits).scaleb(-places)
    if rng.random() < 0.5:  # a 0 at the end: the same value written with one more place
        y = x.quantize(Decimal(1).scaleb(-(places + 1)))
        pair = (x, y) if rng.random() < 0.5 else (y, x)
        steps = [
            Step(
                f"A 0 in the {_PLACES[places]} place adds nothing: ",
                eq(x, y),
                f" ({_count(digits, places - 1)} and {_count(digits * 10, places)}).",
            )
        ]
        statements = [
            (f"The same value: {_w(y)} just has a 0 written after the last digit.", True),
            (f"{_w(y)} is bigger, because it has more digits.", False),
            (f"{_w(x)} is bigger, because it is shorter.", False),
        ]
        check = f"{_w(x)} = {_w(y)}"
    else:  # a 0 straight after the point: the same digits, each one place smaller
        y = Decimal(whole) + Decimal(digits).scaleb(-(places + 1))
        pair = (x, y) if rng.random() < 0.5 else (y, x)
        first = str(digits)[0]
        steps = [
            Step(f"{_w(x)} has {_count(int(first), 0)}; {_w(y)} has 0 tenths and {_count(int(first), 1)}."),
            Step("So ", rel(x, ">", y), "."),
        ]
        statements = [
            (f"The same digits in different places: {_w(x)} is bigger, because it has more tenths.", True),
            ("They have the same value, because they have the same digits.", False),
            (f"{_w(y)} is bigger, because it has more digits.", False),
        ]
        check = f"{_w(x)} > {_w(y)}"
    return same_different(rng, f"{_w(pair[0])} and {_w(pair[1])}", statements, steps, check)


def _w(value: Decimal) -> str:
    """A decimal as it is written, its last 0 kept (7.10, not 7.1): the 0 is what the question is about."""
    return render(Num(value))


def _count(n: int, place: int) -> str:
    """n tenths (or hundredths, thousandths), singular for one."""
    name = _PLACES[place]
    return f"{n} {name[:-1] if n == 1 else name}"
