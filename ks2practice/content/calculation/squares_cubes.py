"""Square and cube numbers."""

from __future__ import annotations

import math
import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import reasoning_items as reasoning
from ks2practice.content.wording import hint, make, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, mul, rel, sub
from ks2practice.core.steps import power as raised

# ---------------------------------------------------------------------- squares and cubes

# The bases each level squares or cubes, so that every level is harder than the one below (issue #15: level 1 asked
# 9² and level 2 asked 4²). Level 1: the squares of 2 to 5 and 10 (5C5d). Level 2: the squares of 6 to 12 and the
# cubes of 2 to 5. Level 3: the squares of 11 to 15 (and of multiples of ten, below) and the cubes of 6 to 9 (6C9).
BASES = {
    1: {"squares": (2, 3, 4, 5, 10), "cubes": ()},
    2: {"squares": (6, 7, 8, 9, 11, 12), "cubes": (2, 3, 4, 5)},
    3: {"squares": (11, 12, 13, 14, 15), "cubes": (6, 7, 8, 9)},
}


@topic(
    "calculation.squares_cubes",
    title="Square and cube numbers",
    codes=("5C5d", "5C8a", "6C9"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "word_problem",
        "always_sometimes_never",
        "odd_one_out",
    ),
    representations=pictures.kinds("squares_cubes"),
)
@pictures.pictured("squares_cubes")
def squares_cubes(rng: random.Random, level: Level, style: str) -> Item:
    if style == "always_sometimes_never":
        return reasoning.squares_always_sometimes_never(rng, level)
    if style == "odd_one_out":
        return reasoning.squares_odd_one_out(rng, level)
    table = BASES[int(level)]
    cube = level != Level.WORKING_TOWARDS and rng.random() < 0.4
    base = rng.choice(table["cubes" if cube else "squares"])
    if level == Level.GREATER_DEPTH and not cube and rng.random() < 0.3:
        base = rng.choice((40, 50, 60, 70, 80, 90))  # 20² and 30² are easier than the level 2 squares
    power = 3 if cube else 2
    value = base**power
    mark = "³" if cube else "²"
    spelt = " × ".join([str(base)] * power)
    tip = f"{base}{mark} means {spelt}."
    slip = mis.power_as_multiplying.on(base, power)
    written = mul(*[base] * power)  # 3 × 3 × 3, the power written out
    # a square number as a square array; a cube needs a 3-D picture, which we do not draw
    square = pictures.array(base, base) if not cube else None
    why = "a cube number needs a 3-D picture" if cube else f"an array stops at 12 × 12, and this is {base} × {base}"
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            a, b = rng.randint(6, 12), rng.randint(3, 5)
            sign = rng.choice(("+", "−"))
            first, second = a**2, b**3
            if sign == "−" and first <= second:
                first, second, text = first, second, f"{b}³ − {a}²" if second > first else f"{a}² + {b}³"
                sign = "−" if second > first else "+"
                total = second - first if sign == "−" else first + second
                shape = sub(raised(b, 3), raised(a, 2)) if sign == "−" else add(raised(a, 2), raised(b, 3))
            else:
                text = f"{a}² {sign} {b}³"
                total = first + second if sign == "+" else first - second
                shape = add(raised(a, 2), raised(b, 3)) if sign == "+" else sub(raised(a, 2), raised(b, 3))
            answer = WholeNumber(total)
            steps = [Step(eq(raised(a, 2), a * a), " and ", eq(raised(b, 3), b**3)), Step(eq(shape, total))]
            return make(f"Work out {text}.", answer, steps, style, text)
        answer = WholeNumber(value)
        prompt = f"Work out {base}{mark}." + hint(level, tip)
        item = make(
            prompt,
            answer,
            [Step(eq(raised(base, power), written, value))],
            style,
            f"{base}{mark}",
            predicted=mis.predictions(answer, slip),
        )
        return pictures.offer(item, why, array=square)
    if style == "missing_number":
        answer = WholeNumber(base)
        if level == Level.GREATER_DEPTH and not cube and base < 20 and rng.random() < 0.5:
            other = rng.randint(2, 9)
            total = value + other**2
            equation = f"□² + {other}² = {total}"
            steps = [
                Step(eq(raised(other, 2), other**2)),
                Step("The square in the box is ", eq(sub(total, other**2), value), "."),
                Step(eq(mul(base, base), value), f", so the missing number is {base}."),
            ]
            return make(f"Find the missing number: {equation}", answer, steps, style, equation)
        equation = f"□{mark} = {show(value)}"
        prompt = f"Find the missing number: {equation}" + hint(
            level, f"which number multiplied by itself {'three times ' if cube else ''}makes {show(value)}?"
        )
        steps = [Step(eq(written, value)), f"So the missing number is {base}."]
        return make(prompt, answer, steps, style, equation)
    if style == "compare":
        other_cube = not cube if level != Level.WORKING_TOWARDS else False
        other_base = rng.choice(table["cubes" if other_cube else "squares"])
        other_mark = "³" if other_cube else "²"
        other = other_base ** (3 if other_cube else 2)
        if (other_base, other_mark) == (base, mark):
            other_base, other = base + 1, (base + 1) ** power
        left, right = f"{base}{mark}", f"{other_base}{other_mark}"
        right_side = raised(other_base, 3 if other_cube else 2)
        steps = [Step(eq(raised(base, power), value))]
        if level == Level.WORKING_TOWARDS and rng.random() < 0.5:
            right, other, right_side = str(base * 2), base * 2, None
        else:
            steps.append(Step(eq(right_side, other)))
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, tip)
        shown = rel(raised(base, power), answer.sign, right_side or other, restates=True)
        steps.append(Step("So ", shown, "."))
        return make(prompt, answer, steps, style, f"{left} □ {right}")
    if style == "true_or_false":
        kind = rng.choice(("value", "value", "both"))
        if kind == "both" and level != Level.WORKING_TOWARDS:
            both = (64, 1, 729, 16, 8, 36, 27, 100, 125) if level == Level.EXPECTED else (64, 729, 144, 216, 196, 343)
            n = rng.choice(both)
            truth = n in (1, 64, 729)
            answer = TrueFalse(truth)
            root2 = math.isqrt(n)
            root3 = next(r for r in range(1, 11) if (r + 1) ** 3 > n)
            prompt = f"True or false? {n} is both a square number and a cube number."
            steps = [
                _between(n, root2, 2, "square"),
                _between(n, root3, 3, "cube"),
                f"So the statement is {truth_word(truth)}.",
            ]
            check = f"{root2}² + {root3}³ = {2 * n}"
            return make(prompt, answer, steps, style, check)
        wrong = mis.power_as_multiplying(base, power) or value + base
        claim = value if rng.random() < 0.5 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {base}{mark} = {show(claim)}" + hint(level, tip)
        steps = [Step(eq(raised(base, power), written, value))]
        if claim == value:
            steps.append("So the statement is true.")
        else:
            steps.append(Step(rel(value, "≠", claim), ", so the statement is false."))
        item = make(prompt, answer, steps, style, f"{base}{mark} = {show(claim)}")
        return pictures.offer(item, why, array=square)
    # (the picture, the question for the whole, the question once some are taken, its context in the bank)
    if cube:
        settings = (
            (
                f"A big cube is built from 1 cm cubes, with {base} small cubes along each edge.",
                "How many small cubes are used?",
                "{t} of the small cubes are painted red. How many are not painted?",
                "cube_model",
            ),
            (
                f"A cube-shaped box is packed with {base} layers of sugar cubes; each layer is {base} cubes long and "
                f"{base} cubes wide.",
                "How many sugar cubes are in the box?",
                "{t} sugar cubes are used in a café. How many are left in the box?",
                "sugar_cube_box",
            ),
        )
    else:
        settings = (
            (
                f"A square patio has {base} rows of paving slabs with {base} slabs in each row.",
                "How many slabs are there?",
                "{t} of the slabs are cracked. How many slabs are not cracked?",
                "square_patio",
            ),
            (
                f"A marching band stands in a square of {base} rows of {base} players.",
                "How many players are in the band?",
                "{t} players go home early. How many players are left?",
                "marching_band",
            ),
            (
                f"A square chocolate bar is {base} pieces long and {base} pieces wide.",
                "How many pieces does it have?",
                "{t} pieces are eaten. How many pieces are left?",
                "chocolate_bar",
            ),
            (
                f"A square orchard has {base} rows of apple trees with {base} trees in each row.",
                "How many trees are there?",
                "{t} of the trees are cut down. How many trees are left?",
                "square_orchard",
            ),
        )
    # only a setting whose context takes this side (no band of 4900 players, no chocolate bar 70 pieces long)
    picked = rng.choice([c for c in settings if contexts.get(c[3])["side"].holds(base)] or settings[-1:])
    contexts.used(picked[3], side=base)
    setting = f"{picked[0]} {picked[1]}"
    answer = WholeNumber(value)
    if level == Level.GREATER_DEPTH:
        taken = rng.randint(2, value // 4)
        setting = f"{picked[0]} {picked[2].format(t=show(taken))}"
        answer = WholeNumber(value - taken)
        steps = [Step(eq(written, raised(base, power), value)), Step(eq(sub(value, taken), value - taken))]
        item = make(setting, answer, steps, "word_problem", f"{base}{mark} − {taken}")
        return pictures.offer(item, why, array=square)
    item = make(
        setting + hint(level, tip),
        answer,
        [Step(eq(written, raised(base, power), value))],
        "word_problem",
        f"{base}{mark}",
        predicted=mis.predictions(answer, slip),
    )
    return pictures.offer(item, why, array=square)


def _between(n: int, root: int, exponent: int, kind: str) -> Step:
    """Whether n is a square (exponent 2) or cube (3) number, shown: 8² = 64, or 5² < 27 < 6²."""
    if root**exponent == n:
        return Step(f"{n} is a {kind} number: ", eq(raised(root, exponent), n), ".")
    between = rel(raised(root, exponent), "<", n, "<", raised(root + 1, exponent))
    return Step(f"{n} is not a {kind} number: ", between, f", and no whole number lies between {root} and {root + 1}.")
