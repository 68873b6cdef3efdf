"""Compare and order fractions."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from ks2practice.answers.kinds import Choice, Comparison, TrueFalse
from ks2practice.content import misconceptions as mis
from ks2practice.content.fractions.common import fr, with_picture, written
from ks2practice.content.misconceptions import fractions as fmis
from ks2practice.content.wording import hint, lettered, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
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


def _compare_predictions(answer, a: tuple[int, int], b: tuple[int, int]):
    if a[0] == b[0] == 1:
        return mis.predictions(answer, ("bigger_denominator_bigger", fmis.bigger_denominator_bigger(a[1], b[1])))
    return mis.predictions(answer, ("compare_numerators_only", fmis.compare_numerators_only(*a, *b)))


def _compare_steps(a: tuple[int, int], b: tuple[int, int], sx: str, sy: str) -> list[str]:
    """How to compare the two fractions as written (6/8 stays 6/8, so the pupil can follow)."""
    common = math.lcm(a[1], b[1])
    if a[1] == b[1]:
        return [f"The denominators are the same, so compare the numerators: {a[0]} and {b[0]}."]
    if a[0] == b[0] == 1:
        return ["Both are unit fractions: the more parts the whole is cut into, the smaller each part."]
    return [
        f"Use a common denominator of {common}: {sx} = {a[0] * common // a[1]}/{common} and "
        f"{sy} = {b[0] * common // b[1]}/{common}."
    ]


_COMPARE_WORD = (
    "{a} ate {x} of a pizza and {b} ate {y} of a pizza the same size. Who ate more pizza?",
    "{a} has read {x} of a book and {b} has read {y} of the same book. Who has read more?",
    "In a race, {a} has run {x} of the course and {b} has run {y} of it. Who has run further?",
    "{a} drank {x} of a litre of milk and {b} drank {y} of a litre. Who drank more?",
)


@topic(
    "fractions.compare_order_fractions",
    title="Compare and order fractions",
    codes=("3F3", "5F3", "6F3"),
    styles=("compare", "true_or_false", "fluency", "always_sometimes_never", "word_problem"),
)
def compare_order_fractions(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return _always_sometimes_never(rng, level)
    x, y, a, b = _compare_pair(rng, level)
    sx, sy = _shown(a, level), _shown(b, level)
    steps = _compare_steps(a, b, sx, sy)
    if style == "compare":
        answer = Comparison(sign_of(x, y))
        prompt = f"Write <, > or = in the box: {sx} □ {sy}" + hint(level, "think about the size of each part.")
        steps.append(f"So {sx} {answer.sign} {sy}.")
        item = make(prompt, answer, steps, style, f"{sx} □ {sy}", predicted=_compare_predictions(answer, a, b))
        if level == Level.WORKING_TOWARDS and a[1] != b[1]:
            item = with_picture(item, FractionWall(denominators=tuple(sorted((a[1], b[1]))), shade=(a, b)))
        return item
    if style == "true_or_false":
        sign = rng.choice("<>")
        truth = (x < y) if sign == "<" else (x > y)
        answer = TrueFalse(truth)
        prompt = f"True or false? {sx} {sign} {sy}" + hint(level, "think about the size of each part.")
        steps.append(f"So {sx} {sign_of(x, y)} {sy}, and the statement is {truth_word(truth)}.")
        wrong_sign = (
            fmis.bigger_denominator_bigger(a[1], b[1]) if a[0] == b[0] == 1 else fmis.compare_numerators_only(*a, *b)
        )
        slip = "bigger_denominator_bigger" if a[0] == b[0] == 1 else "compare_numerators_only"
        predicted = mis.predictions(answer, (slip, wrong_sign == sign)) if wrong_sign else ()
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
        steps = [f"In order, {word} first: {', '.join(texts[values.index(v)] for v in order)}."]
        relation = ">" if largest else "<"
        check = f"{texts[values.index(best)]} {relation} {texts[values.index(second)]}"
        return make(prompt, answer, steps, style, check)
    first, second = name(rng), None
    second = name(rng, avoid=(first,))
    template = rng.choice(_COMPARE_WORD)
    if level == Level.GREATER_DEPTH:
        sx, sy = fr(*a) if a[0] < a[1] else sx, fr(*b) if b[0] < b[1] else sy
    if "litre" not in template and (x > 1 or y > 1):  # more than a whole pizza or book does not make sense
        template = _COMPARE_WORD[3]
    answer = Choice((first, second), 0 if x > y else 1)
    prompt = template.format(a=first, b=second, x=sx, y=sy) + hint(level, "which fraction is bigger?")
    steps.append(f"{sx} {sign_of(x, y)} {sy}, so {first if x > y else second} did more.")
    check = f"{sx} > {sy}" if x > y else f"{sy} > {sx}"
    unit_fractions = a[0] == b[0] == 1
    slip = "bigger_denominator_bigger" if unit_fractions else "compare_numerators_only"
    wrong = fmis.bigger_denominator_bigger(a[1], b[1]) if unit_fractions else fmis.compare_numerators_only(*a, *b)
    picked = {">": first, "<": second}.get(wrong or "=")
    picked = None if picked == answer.format() else picked  # a choice key has no value to filter by
    return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, (slip, picked)))


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
    # (statement, right answer, a misconception that says 'always', the check, the model explanation)
    cases = [
        (
            f"If two fractions have the same numerator, the one with the bigger denominator is smaller: "
            f"{n}/{big} < {n}/{small}.",
            "always",
            None,
            f"{n}/{big} < {n}/{small}",
            "Both have the same number of parts, and parts are smaller when the whole is cut into more of them.",
        ),
        (
            f"The fraction with the bigger numerator is the bigger fraction: {p}/{wide} > {q}/{wide}.",
            "sometimes",
            "compare_numerators_only",
            f"{p}/{narrow} < {q}/{wide}",
            f"It is true when the denominators are the same, but {p}/{narrow} < {q}/{wide} although {p} > {q}.",
        ),
        (
            f"Adding the same number to the numerator and the denominator of a proper fraction gives an "
            f"equivalent fraction: {n}/{small} = {n + k}/{small + k}.",
            "never",
            "equivalent_by_adding",
            f"{n}/{small} ≠ {n + k}/{small + k}",
            f"{n}/{small} ≠ {n + k}/{small + k}: equivalent fractions multiply top and bottom by the same number; "
            f"adding always makes a proper fraction bigger.",
        ),
    ]
    if level == Level.WORKING_TOWARDS:
        cases.append(
            (
                f"A unit fraction with a bigger denominator is bigger: 1/{big} > 1/{small}.",
                "never",
                "bigger_denominator_bigger",
                f"1/{big} < 1/{small}",
                f"1/{big} < 1/{small}: the more equal parts a whole is cut into, the smaller each part.",
            )
        )
    if level == Level.GREATER_DEPTH:
        cases.append(
            (
                f"A fraction whose numerator is bigger than its denominator is more than 1: {top}/{big} > 1.",
                "always",
                None,
                f"{top}/{big} > 1",
                f"{big}/{big} is one whole, so {top}/{big} is more than 1: {top}/{big} = {written(top, big)}.",
            )
        )
    statement, right, slip, check, why = rng.choice(cases)
    answer = Choice(_ASN, _ASN.index(right))
    prompt = f"Is this always, sometimes or never true? {statement} {lettered(_ASN)}" + hint(
        level, "try some examples of your own."
    )
    steps = [why, f"So the statement is {right} true."]
    predicted = mis.predictions(answer, (slip, "always")) if slip else ()
    return make(prompt, answer, steps, "always_sometimes_never", check, predicted=predicted)
