"""Reasoning items for the fractions topics: same/different, odd one out, always/sometimes/never, explain."""

# Each item is built on a real misconception or generalisation of its topic (NCETM mastery style): level 1 small
# numbers with a hint, level 2 the Year 5–6 standard, level 3 greater depth (an unfamiliar form, more steps, a
# generalisation to reason about).

from __future__ import annotations

import math
import random
from dataclasses import replace
from fractions import Fraction

from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import counted, fq, fr, parts_name
from ks2practice.content.misconceptions.fraction_operations import judged, then
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, odd_one_out, same_different
from ks2practice.content.wording import hint, name
from ks2practice.core.model import Item, Level
from ks2practice.core.steps import Step, add, div, eq, frac, mul, rel


def _hinted(item: Item, level: Level, text: str) -> Item:
    return replace(item, prompt=item.prompt + hint(level, text))


def _proper(rng: random.Random, d: int) -> int:
    return rng.choice([x for x in range(1, d) if math.gcd(x, d) == 1])


# ---------------------------------------------------------------------- equivalent fractions


def equivalent_same_different(rng: random.Random, level: Level) -> Item:
    """Two fractions: equal (both made from one simplest form by multiplying) or not (the same number added)."""
    d = rng.choice({1: (2, 3, 4, 5), 2: (3, 4, 5, 6, 8), 3: (3, 4, 5, 7)}[int(level)])
    n = _proper(rng, d)
    same = rng.random() < 0.5
    if level == Level.GREATER_DEPTH:  # neither is the simplest form: compare through it
        j, k = sorted(rng.sample(range(2, 10), 2))
        first = (n * j, d * j)
        second = (n * k, d * k) if same else (n * j + d * (k - j), d * k)  # both went up by the same jump
        steps = [
            Step(f"Simplify {fr(*first)}: ", eq(div(first[0], j), n), " and ", eq(div(first[1], j), d), "."),
        ]
        value = Fraction(*second)
        g = math.gcd(*second)
        if g > 1:
            steps.append(
                Step(
                    f"Simplify {fr(*second)}: ",
                    eq(div(second[0], g), value.numerator),
                    " and ",
                    eq(div(second[1], g), value.denominator),
                    ".",
                )
            )
        else:
            steps.append(Step(f"{fr(*second)} is already in its simplest form."))
        common = math.lcm(first[1], second[1])
        x, y = first[0] * (common // first[1]), second[0] * (common // second[1])
        check_line = [
            f"Check in {parts_name(common)}: ",
            eq(mul(first[0], common // first[1]), x),
            " and ",
            eq(mul(second[0], common // second[1]), y),
        ]
        if same:
            steps.append(Step(*check_line, f", so both are {counted(x, common)}: the same value."))
        else:
            steps.append(Step(*check_line, ", and ", rel(x, "≠", y), ": different values."))
        statements = [
            (f"The same value: both simplify to {fr(n, d)}, with different numbers of parts.", same),
            (f"Different values: {fr(*second)} is not equivalent to {fr(*first)}.", not same),
            (
                f"Different values, because the numbers in {fr(*second)} are bigger."
                if same
                else f"The same value, because both numbers went up by the same amount from {fr(*first)}.",
                False,
            ),
        ]
        check = f"{fr(*first)} = {fr(*second)}" if same else f"{fr(*first)} ≠ {fr(*second)}"
        pair = f"{fr(*first)} and {fr(*second)}"
        return same_different(rng, pair, statements, steps, check)
    k = rng.randint(2, 4 if level == Level.WORKING_TOWARDS else 8)
    big = (n * k, d * k) if same else (n + d * k - d, d * k)  # not same: one number added to top and bottom
    added = big[1] - d
    if same:
        steps = [
            Step("Multiply the denominator: ", eq(mul(d, k), d * k), "."),
            Step("Multiply the numerator: ", eq(mul(n, k), n * k), f", so {fr(*big)} is equivalent to {fr(n, d)}."),
        ]
    else:
        steps = [
            Step(f"{fr(*big)}: {added} was added to the numerator and the denominator."),
            Step(
                "Equivalent fractions multiply both by the same number: ",
                eq(mul(n, k), n * k),
                f", not {big[0]}, and ",
                rel(frac(*big), "≠", fq(Fraction(n, d))),
                ".",
            ),
        ]
    statements = [
        (f"The same value: {fr(*big)} has {k} times as many parts, each {k} times smaller.", same),
        (f"Different values: {fr(*big)} is not equivalent to {fr(n, d)}.", not same),
        (
            f"Different values, because {fr(*big)} has bigger numbers."
            if same
            else f"The same value, because {added} was added to both the numerator and the denominator.",
            False,
        ),
    ]
    check = f"{fr(n, d)} = {fr(*big)}" if same else f"{fr(n, d)} ≠ {fr(*big)}"
    item = same_different(rng, f"{fr(n, d)} and {fr(*big)}", statements, steps, check)
    return _hinted(item, level, "multiply the numerator and the denominator by the same number.")


def equivalent_explain(rng: random.Random, level: Level) -> Item:
    """A child's claim about an equivalent fraction: multiplied (right) or added (wrong); level 3 the highest
    common factor: dividing by 2 once does not always reach the simplest form."""
    who = name(rng)
    if level == Level.GREATER_DEPTH:
        d = rng.choice((7, 9, 11))
        n = _proper(rng, d)
        g = rng.choice((6, 8, 12))
        top, bottom = n * g, d * g
        right = rng.random() < 0.3
        if right:
            claim = f"The simplest form of {fr(top, bottom)} is {fr(n, d)}, because {g} is the highest common factor."
            steps = [
                Step("Divide both by ", g, ": ", eq(div(top, g), n), " and ", eq(div(bottom, g), d), "."),
                Step(f"{n} and {d} have no common factor but 1, so {fr(n, d)} is the simplest form."),
                Step("Check: ", eq(mul(n, g), top), " and ", eq(mul(d, g), bottom), "."),
                Step(
                    "A smaller common factor is not enough: halving gives ",
                    eq(div(top, 2), top // 2),
                    " and ",
                    eq(div(bottom, 2), bottom // 2),
                    f", and {fr(top // 2, bottom // 2)} still simplifies.",
                ),
            ]
            model = (
                f"{g} is the highest common factor of {top} and {bottom}, and dividing both by it leaves {fr(n, d)}."
            )
            check = f"{fr(top, bottom)} = {fr(n, d)}"
        else:
            half = (top // 2, bottom // 2)
            claim = f"I halved the top and the bottom of {fr(top, bottom)}, so {fr(*half)} is its simplest form."
            steps = [
                Step("Halving gives ", eq(div(top, 2), half[0]), " and ", eq(div(bottom, 2), half[1]), "."),
                Step(
                    f"But {half[0]} and {half[1]} still share a factor: ",
                    eq(div(half[0], g // 2), n),
                    " and ",
                    eq(div(half[1], g // 2), d),
                    ".",
                ),
                Step(f"So the simplest form is {fr(n, d)}: divide by the highest common factor, {g}."),
                Step("Check: ", eq(mul(n, g), top), " and ", eq(mul(d, g), bottom), "."),
            ]
            model = (
                f"{fr(*half)} is equivalent but not simplest, because {half[0]} and {half[1]} still have {g // 2} "
                "as a common factor."
            )
            check = f"{bottom} ÷ 2 = {bottom} ÷ {g}"  # the claim: halving once is dividing by the HCF
        return explain_claim(who, claim, right, steps, model, check)
    d = rng.choice((2, 3, 4, 5) if level == Level.WORKING_TOWARDS else (3, 4, 5, 6, 8, 10))
    n = _proper(rng, d)
    k = rng.randint(2, 3 if level == Level.WORKING_TOWARDS else 6)
    right = rng.random() < 0.4
    add_n = d * k - d
    claim_top = n * k if right else n + add_n
    how = f"I multiplied the top and the bottom by {k}" if right else f"I added {add_n} to the top and the bottom"
    claim = f"{fr(n, d)} = {fr(claim_top, d * k)}, because {how}."
    steps = [
        Step("The denominator: ", eq(mul(d, k), d * k), "."),
        Step("So the numerator: ", eq(mul(n, k), n * k), "."),
    ]
    if right:
        model = (
            f"multiplying the numerator and the denominator by the same number makes each part {k} "
            f"times smaller and {k} times as many of them."
        )
        check = f"{fr(n, d)} = {fr(claim_top, d * k)}"
    else:
        steps.append(Step(rel(frac(claim_top, d * k), "≠", fq(Fraction(n, d))), "."))
        model = (
            "adding the same number to the top and the bottom changes the value; to keep it, multiply "
            f"both by {k}, which gives {fr(n * k, d * k)}."
        )
        check = f"{fr(n, d)} = {fr(claim_top, d * k)}"
    slip = judged(mis.equivalent_by_adding, claim_top).on(n, d, d * k)
    item = explain_claim(who, claim, right, steps, model, check, slips=(slip,))
    return _hinted(item, level, f"what was {d} multiplied by to make {d * k}?")


# ---------------------------------------------------------------------- mixed numbers and improper fractions


def _mixed(rng: random.Random, level: Level) -> tuple[int, int, int]:
    d = rng.randint(*{1: (2, 5), 2: (3, 9), 3: (4, 8)}[int(level)])
    w = rng.randint(*{1: (1, 3), 2: (2, 6), 3: (3, 9)}[int(level)])
    return w, _proper(rng, d), d


def _to_improper(w: int, n: int, d: int) -> list[Step]:
    return [
        Step(
            f"Each whole is {d} {parts_name(d)}: ",
            eq(add(mul(w, d), n), w * d + n),
            f", so {w} {fr(n, d)} is {fr(w * d + n, d)}.",
        )
    ]


def mixed_same_different(rng: random.Random, level: Level) -> Item:
    """A mixed number and an improper fraction: the same value, or the whole × numerator slip (level 3: the
    improper fraction in smaller parts, with only the wholes renamed)."""
    w, n, d = _mixed(rng, level)
    top = w * d + n
    mixed = f"{w} {fr(n, d)}"
    same = rng.random() < 0.5
    k = 2 if level == Level.GREATER_DEPTH else 1
    other_top = top * k if same else (w * d * k + n if k > 1 else w * n + d)
    if not same and Fraction(other_top, d * k) == Fraction(top, d):
        other_top += 1
    other = fr(other_top, d * k)
    steps = _to_improper(w, n, d)
    if k > 1:
        steps.append(
            Step(f"In {parts_name(d * k)}: ", eq(mul(top, k), top * k), f", so {w} {fr(n, d)} is {fr(top * k, d * k)}.")
        )
    if same:
        back = (" Check: ", eq(frac(other_top, d * k), fq(Fraction(top, d))), ".") if k > 1 else ()
        steps.append(Step(f"So {mixed} and {other} are the same value written in two ways.", *back))
        wrong = f"Different values, because {other} has no whole number part."
    else:
        steps.append(
            Step(rel(frac(other_top, d * k), "≠", fq(Fraction(top, d))), f", so {other} is a different value.")
        )
        wrong = (
            f"The same value: {w} wholes is {w * d * k} {parts_name(d * k)}, and {n} more makes {other_top}."
            if k > 1
            else f"The same value: {w} × {n} and then add {d} gives the numerator."
        )
    statements = [
        (f"The same value: {mixed} written as an improper fraction is {other}.", same),
        (f"Different values: {mixed} is not {other}.", not same),
        (wrong, False),
    ]
    check = f"{mixed} = {other}" if same else f"{mixed} ≠ {other}"
    pair = f"{mixed} and {other}"
    item = same_different(rng, pair, statements, steps, check)
    return _hinted(item, level, f"how many {parts_name(d)} are in {w} wholes?")


def mixed_odd_one_out(rng: random.Random, level: Level) -> Item:
    """Which is not equal to the others: the same number as a mixed number and improper fractions, and one made
    with the whole × numerator slip (level 3: improper fractions in other parts, only the wholes renamed)."""
    w, n, d = _mixed(rng, level)
    while w * n + d == w * d + n:
        w += 1
    top = w * d + n
    value = Fraction(top, d)
    mixed = f"{w} {fr(n, d)}"
    members: list[tuple[str, bool]] = [(mixed, True), (fr(top, d), True)]
    steps = [*_to_improper(w, n, d)]
    if level == Level.GREATER_DEPTH:
        j, k = rng.sample((2, 3), 2)
        members += [(fr(top * j, d * j), True), (fr(w * d * k + n, d * k), False)]
        odd_top, odd_d = w * d * k + n, d * k
        steps.append(
            Step(
                f"{fr(top * j, d * j)}: ",
                eq(div(top * j, j), top),
                " and ",
                eq(div(d * j, j), d),
                f", so it is {fr(top, d)}.",
            )
        )
        steps.append(
            Step(
                f"{fr(odd_top, odd_d)}: {w} wholes is ",
                eq(mul(w, odd_d), w * odd_d),
                f" {parts_name(odd_d)}, and {fr(n, d)} is ",
                eq(mul(n, k), n * k),
                " more, so ",
                eq(add(w * odd_d, n * k), top * k),
                f" {parts_name(odd_d)} are needed, not {odd_top}.",
            )
        )
    else:
        odd_top, odd_d = w * n + d, d
        if level == Level.EXPECTED:
            members.append((fr(top * 2, d * 2), True))
            steps.append(
                Step(
                    f"{fr(top * 2, d * 2)}: ",
                    eq(div(top * 2, 2), top),
                    " and ",
                    eq(div(d * 2, 2), d),
                    f", so it is {fr(top, d)}.",
                )
            )
        else:
            members.append((f"{w} + {fr(n, d)}", True))
            steps.append(Step(f"{w} + {fr(n, d)} is {w} wholes and {fr(n, d)} more, which is {mixed}."))
        members.append((fr(odd_top, odd_d), False))
        steps.append(Step(f"{fr(odd_top, d)}: ", rel(odd_top, "≠", top), f", so it is not {mixed}."))
    odd = fr(odd_top, odd_d)
    # the whole × numerator slip makes the odd member 'right', so the child picks the true improper fraction
    slip = then(
        mis.mixed_whole_times_numerator, lambda wrong: fr(top, d) if wrong == Fraction(odd_top, odd_d) else None
    )
    item = odd_one_out(
        rng,
        "Which is the odd one out? One is not equal to the others.",
        members,
        steps,
        f"{odd} ≠ {mixed}",
        slips=(slip.on(w, n, d),),
        hint=hint(level, f"write each one in {parts_name(d)}."),
    )
    del value
    return item


# ---------------------------------------------------------------------- multiplying fractions


def multiply_asn(rng: random.Random, level: Level) -> Item:
    """'Multiplying makes a number bigger': never for a proper fraction, sometimes for any fraction, and at level 3
    the generalisation that the product of two proper fractions is smaller than both."""
    if level == Level.GREATER_DEPTH:
        d1, d2, d3, d4 = rng.sample(range(3, 13), 4)
        a, b = Fraction(_proper(rng, d1), d1), Fraction(_proper(rng, d2), d2)
        c, e = Fraction(_proper(rng, d3), d3), Fraction(_proper(rng, d4), d4)
        statement = (
            f"When you multiply two proper fractions, such as {a} and {b}, the answer is smaller than both of them."
        )
        holds = [
            Step(
                eq(mul(fq(x), fq(y)), fq(x * y)),
                ", and ",
                rel(fq(x * y), "<", fq(y)),
                " and ",
                rel(fq(x * y), "<", fq(x)),
                ".",
            )
            for x, y in ((a, b), (c, e))
        ]
        reason = [
            Step("A proper fraction is less than 1: a fraction of a number is only part of it."),
            Step(
                "Because ",
                rel(fq(b), "<", 1),
                ", ",
                rel(mul(fq(a), fq(b)), "<", mul(fq(a), 1)),
                "; the same holds turned round.",
            ),
        ]
        slip = mis.multiplying_makes_bigger.on(a, b, False)
        return always_sometimes_never(statement, holds=holds, reason=reason, check=f"{a} × {b} < {b}", slips=(slip,))
    whole = rng.randint(2, 6) if level == Level.WORKING_TOWARDS else rng.randint(3, 12)
    d = rng.randint(3, 6) if level == Level.WORKING_TOWARDS else rng.randint(3, 10)
    small = Fraction(_proper(rng, d), d)
    fails = [Step(eq(mul(whole, fq(small)), fq(whole * small)), ", and ", rel(fq(whole * small), "<", whole), ".")]
    if level == Level.WORKING_TOWARDS:
        statement = f"Multiplying {whole} by a proper fraction, such as {small}, gives an answer bigger than {whole}."
        reason = [Step(f"A proper fraction is less than 1, so {whole} × {small} is only part of {whole}.")]
        item = always_sometimes_never(
            statement,
            fails=fails,
            reason=reason,
            check=f"{whole} × {small} < {whole}",
            slips=(mis.multiplying_makes_bigger.on(whole, small, True),),
            hint=hint(level, f"is {small} more or less than 1?"),
        )
        return item
    big = Fraction(rng.randint(d + 1, 2 * d - 1), d)
    while big.denominator == 1:
        big += Fraction(1, d)
    statement = (
        f"Multiplying {whole} by a fraction, such as {small} or {fr(big.numerator, big.denominator)}, "
        f"gives an answer bigger than {whole}."
    )
    holds = [
        Step(eq(mul(whole, fq(big, mixed=False)), fq(whole * big)), ", and ", rel(fq(whole * big), ">", whole), ".")
    ]
    return always_sometimes_never(
        statement,
        holds=holds,
        fails=fails,
        check=f"{whole} × {small} < {whole}",
        slips=(mis.multiplying_makes_bigger.on(whole, small, True),),
    )


# ---------------------------------------------------------------------- adding and subtracting fractions


def add_explain(rng: random.Random, level: Level) -> Item:
    """A claimed sum: numerators and denominators added (1/3 + 1/4 = 2/7) or right; level 3 reasons from size."""
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        d = rng.randint(5, 9)
        n1, n2 = rng.sample(range(1, d), 2)
        while n1 + n2 >= d:
            n1, n2 = rng.sample(range(1, d), 2)
        d1 = d2 = d
    elif level == Level.EXPECTED:
        d1 = rng.choice((2, 3, 4, 5))
        d2 = d1 * rng.choice((2, 3))
        n1, n2 = _proper(rng, d1), _proper(rng, d2)
    else:
        d1, d2 = rng.sample((3, 4, 5, 7), 2)
        n1, n2 = 1, 1 if rng.random() < 0.5 else _proper(rng, d2)
    a, b = Fraction(n1, d1), Fraction(n2, d2)
    total = a + b
    right = rng.random() < 0.35
    claim_value = total if right else Fraction(n1 + n2, d1 + d2)
    claim_text = fr(n1 + n2, d1 + d2) if not right else fr(total.numerator, total.denominator)
    if right and total > 1:
        claim_text = (
            f"{total.numerator // total.denominator} {fr(total.numerator % total.denominator, total.denominator)}"
        )
    claim = f"{fr(n1, d1)} + {fr(n2, d2)} = {claim_text}"
    common = math.lcm(d1, d2)
    steps: list[Step] = []
    if d1 != d2:
        renamed = [eq(fq(x), frac(int(x * common), common)) for x in (a, b) if x.denominator != common]
        joined = [renamed[0], " and ", renamed[1]] if len(renamed) == 2 else renamed
        steps.append(Step(f"Use {parts_name(common)}: ", *joined, "."))
    summed = frac(int(total * common), common)
    simpler = (", which is ", fq(total)) if total.denominator != common or total > 1 else ()
    steps.append(
        Step(
            "Add the numerators: ",
            eq(add(int(a * common), int(b * common)), int(total * common)),
            ", so the sum is ",
            summed,
            *simpler,
            ".",
        )
    )
    if level == Level.GREATER_DEPTH:
        biggest = max(a, b)
        if right:
            steps.append(Step("Check the size: ", rel(fq(total), ">", fq(biggest)), ", as a sum must be."))
        else:
            steps.append(
                Step(
                    "Check the size: ",
                    rel(fq(claim_value), "<", fq(biggest)),
                    (
                        f", but adding {fr(n2, d2) if biggest == a else fr(n1, d1)} must make the answer bigger "
                        f"than {fr(biggest.numerator, biggest.denominator)}."
                    ),
                )
            )
            if claim_value >= biggest:
                steps.pop()
    if right:
        model = (
            "the pieces must be the same size before they are counted, and in the same-size pieces the "
            "numerators add up to this."
        )
    elif level == Level.GREATER_DEPTH and claim_value < max(a, b):
        model = (
            f"adding the denominators makes no sense, and {claim_text} is even smaller than one of the "
            "fractions being added, so it cannot be their sum."
        )
    else:
        model = (
            "only the numerators are added; the denominator names the size of the pieces, so the sum "
            f"is {fr(int(total * common), common)}."
        )
    if not right:
        steps.append(Step(rel(summed, "≠", frac(n1 + n2, d1 + d2)), "."))
    check = f"{fr(n1, d1)} + {fr(n2, d2)} = {claim_text}"
    slip = judged(mis.add_tops_and_bottoms, claim_value).on(n1, d1, n2, d2)
    item = explain_claim(who, claim, right, steps, model, check, slips=(slip,))
    return _hinted(item, level, "are the pieces the same size?")


# ---------------------------------------------------------------------- fractions of amounts


def amounts_explain(rng: random.Random, level: Level) -> Item:
    """A claimed fraction of an amount: divided by the numerator (wrong) or worked right; level 3 compares a
    bigger fraction of a smaller amount with a smaller fraction of a bigger one."""
    who = name(rng)
    if level == Level.GREATER_DEPTH:
        right = rng.random() < 0.4
        while True:
            d1, d2 = rng.sample((3, 4, 5, 6, 8), 2)
            n1, n2 = _proper(rng, d1), _proper(rng, d2)
            if Fraction(n1, d1) <= Fraction(n2, d2):
                continue
            a1, a2 = d1 * rng.randint(3, 9), d2 * rng.randint(3, 12)
            v1, v2 = Fraction(n1, d1) * a1, Fraction(n2, d2) * a2
            if a1 < a2 and v1 != v2 and (v1 > v2) == right:
                break
        claim = (
            f"{fr(n1, d1)} is a bigger fraction than {fr(n2, d2)}, so {fr(n1, d1)} of {a1} is more than "
            f"{fr(n2, d2)} of {a2}."
        )
        steps = [
            Step(eq(div(a1, d1), a1 // d1), " and ", eq(mul(a1 // d1, n1), v1), "."),
            Step(eq(div(a2, d2), a2 // d2), " and ", eq(mul(a2 // d2, n2), v2), "."),
            Step(rel(v1, ">" if right else "<", v2), "."),
        ]
        model = (
            f"the fractions are of different amounts, so the sizes must be worked out; {fr(n1, d1)} of {a1} "
            f"is {v1} and {fr(n2, d2)} of {a2} is {v2}"
            + (", so it is more here, but only because of these amounts." if right else ", which is more.")
        )
        return explain_claim(who, claim, right, steps, model, f"{a1} × {n1} ÷ {d1} > {a2} × {n2} ÷ {d2}")
    d = rng.randint(3, 5) if level == Level.WORKING_TOWARDS else rng.randint(3, 12)
    n = rng.choice([x for x in range(2, d) if math.gcd(x, d) == 1])
    amount = d * (rng.randint(2, 5) if level == Level.WORKING_TOWARDS else rng.randint(3, 12))
    value = Fraction(n, d) * amount
    wrong = mis.amount_divided_by_numerator(n, d, amount)
    right = wrong is None or wrong == value or rng.random() < 0.35
    claimed = value if right else wrong
    how = f"{amount} ÷ {d} then × {n}" if right else f"{amount} ÷ {n}"
    claim = f"{fr(n, d)} of {amount} is {claimed}. I worked out {how}."
    steps = [
        Step("One part: ", eq(div(amount, d), amount // d), "."),
        Step(f"{n} parts: ", eq(mul(amount // d, n), value), "."),
    ]
    if right:
        model = (
            f"the denominator {d} says how many equal parts to split {amount} into, and the numerator "
            f"{n} how many of them to take."
        )
    else:
        steps.append(Step(rel(claimed, "≠", value), "."))
        model = (
            f"dividing by {n} finds one {parts_name(n, False)}, not one {parts_name(d, False)}; divide "
            f"by the denominator {d}, then take {n} of those parts."
        )
    slip = judged(mis.amount_divided_by_numerator, claimed).on(n, d, amount)
    item = explain_claim(who, claim, right, steps, model, f"{amount} × {n} ÷ {d} = {claimed}", slips=(slip,))
    return _hinted(item, level, f"split {amount} into {d} equal parts.")
