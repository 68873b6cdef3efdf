"""Compare and order fractions."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import as_written, fq, fr, parts_name, with_picture, written
from ks2practice.content.misconceptions.catalogue import Mechanism
from ks2practice.content.misconceptions.fraction_operations import judged, then
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import hint, lettered, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, eq, frac, mul, rel, render
from ks2practice.pictures.diagrams import FractionWall

# ---------------------------------------------------------------------- comparing and ordering


def _compare_pair(rng: random.Random, level: Level) -> tuple[Fraction, Fraction, tuple[int, int], tuple[int, int]]:
    """Two different fractions as written, (value, value, (n1, d1), (n2, d2)), of the level's kind."""
    while True:
        if level == Level.WORKING_TOWARDS:
            if rng.random() < 0.5:
                d1, d2 = rng.sample(range(2, 13), 2)
                a, b = (1, d1), (1, d2)
            else:
                d = rng.randint(3, 12)
                n1, n2 = rng.sample(range(1, d), 2)
                a, b = (n1, d), (n2, d)
        elif level == Level.EXPECTED:
            d = rng.randint(2, 6)
            m = rng.randint(2, max(2, 12 // d))
            a, b = (rng.randint(1, d - 1), d), (rng.randint(1, d * m - 1), d * m)
            if rng.random() < 0.5:
                a, b = b, a
        else:
            d1, d2 = rng.sample(range(2, 13), 2)
            a, b = (rng.randint(1, 3 * d1 - 1), d1), (rng.randint(d2 + 1, 3 * d2 - 1), d2)
            if rng.random() < 0.5:
                a, b = b, a
        x, y = Fraction(*a), Fraction(*b)
        simplest = level < Level.GREATER_DEPTH or (x.denominator == a[1] and y.denominator == b[1])
        if x != y and x.denominator != 1 and y.denominator != 1 and simplest:
            return x, y, a, b


def _shown(pair: tuple[int, int], level: Level) -> str:
    """Level 3 writes fractions greater than 1 as mixed numbers half the time (decided by the numbers)."""
    n, d = pair
    if level == Level.GREATER_DEPTH and n > d and (n + d) % 2:
        return written(n, d)
    return fr(n, d)


_BIGGER = {"<": "less than", ">": "greater than"}


def _slip(a: tuple[int, int], b: tuple[int, int]) -> tuple[Mechanism, tuple[int, ...]]:
    """The comparing slip these fractions invite, with its operands: unit fractions by the denominators, else
    numerators only."""
    if a[0] == b[0] == 1:
        return mis.bigger_denominator_bigger, (a[1], b[1])
    return mis.compare_numerators_only, (*a, *b)


def _compare_steps(a: tuple[int, int], b: tuple[int, int], sx: str, sy: str) -> list[Step]:
    """How to compare the two fractions as written (6/8 stays 6/8, so the pupil can follow), ending 'So x < y'."""
    x, y = Fraction(*a), Fraction(*b)
    sign = sign_of(x, y)
    common = math.lcm(a[1], b[1])
    if a[1] == b[1]:
        steps = [Step("The denominators are the same, so compare the numerators: ", rel(a[0], sign, b[0]), ".")]
    elif a[0] == b[0] == 1:
        steps = [
            Step(
                "Both are unit fractions: the more parts the whole is cut into, the smaller each part, and ",
                rel(a[1], sign_of(a[1], b[1]), b[1]),
                ".",
            )
        ]
    else:
        top_a, top_b = a[0] * common // a[1], b[0] * common // b[1]
        steps = [
            Step(
                f"Count in {parts_name(common)}: ",
                eq(mul(as_written(x, sx) or fq(x), common), top_a),
                " and ",
                eq(mul(as_written(y, sy) or fq(y), common), top_b),
                ".",
            ),
            Step(f"Compare the {parts_name(common)}: ", rel(top_a, sign, top_b), "."),
        ]
    left, right = as_written(x, sx), as_written(y, sy)
    if left is not None and right is not None:
        steps.append(Step("So ", rel(left, sign, right), "."))
    else:
        steps.append(Step(f"So {sx} is {_BIGGER[sign]} {sy}."))
    return steps


_COMPARE_WORD = (
    "{a} ate {x} of a pizza and {b} ate {y} of a pizza the same size. Who ate more pizza?",
    "{a} has read {x} of a book and {b} has read {y} of the same book. Who has read more?",
    "In a race, {a} has run {x} of the course and {b} has run {y} of it. Who has run further?",
    "{a}'s jug holds {x} litres of milk and {b}'s jug holds {y} litres. Whose jug holds more?",
)


_PARTY_PIZZAS = (
    "At a party, {a}'s table ate {x} pizzas and {b}'s table ate {y} pizzas of the same size. Whose table ate more?"
)
# the parts a measuring jug is marked in: halves, quarters, fifths, eighths, tenths of a litre
_JUG_DENOMINATORS = {2, 4, 5, 8, 10}


@topic(
    "fractions.compare_order_fractions",
    title="Compare and order fractions",
    codes=("3F3", "5F3", "6F3"),
    styles=("compare", "true_or_false", "fluency", "always_sometimes_never", "same_different", "word_problem"),
)
def compare_order_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return _always_sometimes_never(rng, level)
    if style == "same_different":
        return _same_different(rng, level)
    x, y, a, b = _compare_pair(rng, level)
    sx, sy = _shown(a, level), _shown(b, level)
    steps = _compare_steps(a, b, sx, sy)
    slip, operands = _slip(a, b)
    if style == "compare":
        answer = Comparison(sign_of(x, y))
        prompt = f"Write <, > or = in the box: {sx} □ {sy}" + hint(level, "think about the size of each part.")
        item = make(prompt, answer, steps, style, f"{sx} □ {sy}", predicted=mis.predictions(answer, slip.on(*operands)))
        if level == Level.WORKING_TOWARDS and a[1] != b[1]:
            item = with_picture(item, FractionWall(denominators=tuple(sorted((a[1], b[1]))), shade=(a, b)))
        return item
    if style == "true_or_false":
        sign = rng.choice("<>")
        truth = (x < y) if sign == "<" else (x > y)
        answer = TrueFalse(truth)
        prompt = f"True or false? {sx} {sign} {sy}" + hint(level, "think about the size of each part.")
        steps.append(Step(f"The statement is {truth_word(truth)}."))
        predicted = mis.predictions(answer, judged(slip, sign).on(*operands))
        return make(prompt, answer, steps, style, f"{sx} {sign} {sy}", predicted=predicted)
    if style == "fluency":
        # three fractions: which is the largest (or smallest)?
        z, _, c, _ = _compare_pair(rng, level)
        while z in (x, y):
            z, _, c, _ = _compare_pair(rng, level)
        values = [x, y, z]
        texts = [sx, sy, _shown(c, level)]
        largest = rng.random() < 0.5
        best = max(values) if largest else min(values)
        second = sorted(values)[-2] if largest else sorted(values)[1]
        answer = Choice(tuple(texts), values.index(best))
        word = "largest" if largest else "smallest"
        prompt = f"Which fraction is the {word}? {lettered(texts)}" + hint(level, "compare them two at a time.")
        order = sorted(values, reverse=largest)
        relation = ">" if largest else "<"
        shown = [as_written(v, texts[values.index(v)]) for v in order]
        common = math.lcm(*(v.denominator for v in values))
        steps = []
        if common <= 60:  # a common denominator a pupil would use; past that, compare the values themselves
            counts = [eq(mul(s or fq(v), common), int(v * common)) for s, v in zip(shown, order, strict=True)]
            steps.append(Step(f"In {parts_name(common)}: ", *_joined(counts), "."))
        if all(s is not None for s in shown):
            steps.append(Step(f"In order, {word} first: ", rel(shown[0], relation, shown[1], relation, shown[2]), "."))
        else:
            steps.append(Step(f"In order, {word} first: {', '.join(texts[values.index(v)] for v in order)}."))
        check = f"{texts[values.index(best)]} {relation} {texts[values.index(second)]}"
        return make(prompt, answer, steps, style, check)
    first, second = name(rng), None
    second = name(rng, avoid=(first,))
    template = rng.choice(_COMPARE_WORD)
    if level == Level.GREATER_DEPTH:
        sx, sy = fr(*a) if a[0] < a[1] else sx, fr(*b) if b[0] < b[1] else sy
        steps = _compare_steps(a, b, sx, sy)
    if "litre" not in template and (x > 1 or y > 1):  # more than a whole pizza or book does not make sense
        template = _COMPARE_WORD[3]
    if "litre" in template and not {a[1], b[1]} <= _JUG_DENOMINATORS:  # no jug is marked in elevenths of a litre
        template = _COMPARE_WORD[1] if x <= 1 and y <= 1 else _PARTY_PIZZAS  # a pizza can be cut into 7 or 11
    answer = Choice((first, second), 0 if x > y else 1)
    measure = "jug" if "litre" in template else "pizzas" if "pizzas" in template else "cake"
    contexts.used("fraction_measures", **{measure: (x, y)})
    prompt = template.format(a=first, b=second, x=sx, y=sy) + hint(level, "which fraction is bigger?")
    steps.append(Step(f"So {first if x > y else second} did more."))
    check = f"{sx} > {sy}" if x > y else f"{sy} > {sx}"
    picked = then(slip, lambda wrong: {">": first, "<": second}.get(wrong))  # the name the slip's sign points to
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, picked.on(*operands)))


def _joined(parts: list) -> list:
    """Relations for one step, with "; " between them."""
    joined: list = []
    for part in parts:
        joined += [part, "; "]
    return joined[:-1]


_ASN = ("always", "sometimes", "never")


def _always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """A general statement about the size of fractions, with an example; the check is the example that decides."""
    small, big = sorted(rng.sample(range(3, 13), 2))
    n = rng.randint(1, small - 1)
    q = rng.randint(1, 4)
    wide = rng.randint(q + 1, q + 4)
    p = q + rng.randint(1, 3)
    narrow = p * wide // q + rng.randint(1, 4)  # p/narrow < q/wide although p > q
    k = rng.randint(1, 5)
    top = rng.randint(big + 1, 2 * big + 3)
    # (statement, right answer, the mechanism that says 'always' on its operands, the check, the worked reason:
    # an example, and for "sometimes" an example where it holds and one where it does not)
    always = then(mis.compare_numerators_only, lambda sign: "always" if sign == ">" else None)
    cases = [
        (
            f"If two fractions have the same numerator, the one with the bigger denominator is smaller: "
            f"{n}/{big} < {n}/{small}.",
            "always",
            None,
            f"{n}/{big} < {n}/{small}",
            [
                Step("Both have the same number of parts, and parts are smaller when the whole is cut into more."),
                Step("For example, ", rel(fq(Fraction(n, big)), "<", fq(Fraction(n, small))), "."),
            ],
        ),
        (
            f"The fraction with the bigger numerator is the bigger fraction: {p}/{wide} > {q}/{wide}.",
            "sometimes",
            always.on(p, narrow, q, wide),
            f"{p}/{narrow} < {q}/{wide}",
            [
                Step(
                    "It is true when the denominators are the same: ",
                    rel(fq(Fraction(p, wide), mixed=False), ">", fq(Fraction(q, wide))),
                    ".",
                ),
                Step(
                    "It is false for ",
                    rel(fq(Fraction(p, narrow), mixed=False), "<", fq(Fraction(q, wide))),
                    ", although ",
                    rel(p, ">", q),
                    ".",
                ),
            ],
        ),
        (
            f"Adding the same number to the numerator and the denominator of a proper fraction gives an "
            f"equivalent fraction: {n}/{small} = {n + k}/{small + k}.",
            "never",
            then(mis.equivalent_by_adding, lambda top: "always").on(n, small, small + k),
            f"{n}/{small} ≠ {n + k}/{small + k}",
            [
                Step(
                    "Equivalent fractions multiply top and bottom by the same number; adding makes a proper "
                    "fraction bigger: ",
                    rel(fq(Fraction(n, small)), "<", fq(Fraction(n + k, small + k))),
                    ".",
                ),
            ],
        ),
    ]
    if level == Level.WORKING_TOWARDS:
        cases.append(
            (
                f"A unit fraction with a bigger denominator is bigger: 1/{big} > 1/{small}.",
                "never",
                then(mis.bigger_denominator_bigger, lambda sign: "always" if sign == ">" else None).on(big, small),
                f"1/{big} < 1/{small}",
                [
                    Step(
                        "The more equal parts a whole is cut into, the smaller each part: ",
                        rel(fq(Fraction(1, big)), "<", fq(Fraction(1, small))),
                        ".",
                    )
                ],
            )
        )
    if level == Level.GREATER_DEPTH:
        value = Fraction(top, big)
        also = (" and ", eq(fq(value, mixed=False), fq(value))) if value.denominator != 1 else ()
        cases.append(
            (
                f"A fraction whose numerator is bigger than its denominator is more than 1: {top}/{big} > 1.",
                "always",
                None,
                f"{top}/{big} > 1",
                [
                    Step(
                        f"{big}/{big} is one whole, and more parts than that are more than one whole: ",
                        rel(fq(value, mixed=False), ">", 1),
                        *also,
                        ".",
                    )
                ],
            )
        )
    statement, right, slip, check, why = rng.choice(cases)
    answer = Choice(_ASN, _ASN.index(right))
    prompt = f"Is this always, sometimes or never true? {statement} {lettered(_ASN)}" + hint(
        level, "try some examples of your own."
    )
    steps = [*why, Step(f"So the statement is {right} true.")]
    return make(prompt, answer, steps, "always_sometimes_never", check, predicted=mis.predictions(answer, slip))


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: two fractions with the same parts, the same count of parts, or equal."""
    kind = "denominator" if level == Level.WORKING_TOWARDS else rng.choice(("numerator", "equivalent"))
    if kind == "denominator":
        d = rng.choice((5, 6, 7, 8, 9, 10, 12))
        a, b = sorted(rng.sample(range(1, d), 2))
        pair = (frac(a, d), frac(b, d)) if rng.random() < 0.5 else (frac(b, d), frac(a, d))
        steps = [
            Step(
                f"Both are counted in {parts_name(d)}: ", rel(a, "<", b), ", so ", rel(frac(a, d), "<", frac(b, d)), "."
            )
        ]
        statements = [
            (f"The parts are the same size ({parts_name(d)}); {b}/{d} has more of them, so it is bigger.", True),
            ("They have the same value, because the denominators are the same.", False),
            ("The parts are different sizes, so they cannot be compared.", False),
        ]
        return same_different(rng, f"{render(pair[0])} and {render(pair[1])}", statements, steps, f"{a}/{d} < {b}/{d}")
    if kind == "numerator":
        n = rng.randint(1, 5) if level == Level.EXPECTED else rng.randint(3, 11)
        small, big = sorted(rng.sample([d for d in range(n + 1, n + 13) if d != n], 2))
        pair = (frac(n, small), frac(n, big)) if rng.random() < 0.5 else (frac(n, big), frac(n, small))
        steps = [
            Step(
                f"Both have {n} part{'s' if n != 1 else ''}, "
                f"but {parts_name(small)} are bigger than {parts_name(big)}: ",
                rel(frac(1, small), ">", frac(1, big)),
                ".",
            ),
            Step("So ", rel(frac(n, small), ">", frac(n, big)), "."),
        ]
        statements = [
            (f"The same number of parts ({n}); {parts_name(small)} are bigger parts, so {n}/{small} is bigger.", True),
            ("They have the same value, because the numerators are the same.", False),
            (f"{n}/{big} is bigger, because {big} is bigger than {small}.", False),
        ]
        return same_different(
            rng, f"{render(pair[0])} and {render(pair[1])}", statements, steps, f"{n}/{small} > {n}/{big}"
        )
    b = rng.choice((2, 3, 4, 5, 6, 8, 10))
    a = rng.randint(1, b - 1)
    while math.gcd(a, b) != 1:
        a = rng.randint(1, b - 1)
    k = rng.randint(2, 4 if level == Level.EXPECTED else 9)
    pair = (frac(a, b), frac(a * k, b * k)) if rng.random() < 0.5 else (frac(a * k, b * k), frac(a, b))
    steps = [
        Step(
            f"Multiply the numerator and the denominator of {a}/{b} by {k}: ",
            eq(mul(a, k), a * k),
            " and ",
            eq(mul(b, k), b * k),
            ".",
        ),
        Step("So ", eq(frac(a * k, b * k), frac(a, b)), f": {_as_many(k)}."),
    ]
    statements = [
        (f"The same value; {a * k}/{b * k} has {_as_many(k)}.", True),
        (f"{a * k}/{b * k} is bigger, because its numbers are bigger.", False),
        ("They have different values, because the denominators are different.", False),
    ]
    return same_different(
        rng, f"{render(pair[0])} and {render(pair[1])}", statements, steps, f"{a * k}/{b * k} = {a}/{b}"
    )


def _as_many(k: int) -> str:
    """k times as many parts, each 1/k of the size, said as a teacher says it."""
    if k == 2:
        return "twice as many parts, each half the size"
    return f"{k} times as many parts, each a {parts_name(k, plural=False)} of the size"
