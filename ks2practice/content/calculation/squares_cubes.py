"""Square and cube numbers."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation.common import RANGES
from ks2practice.content.wording import hint, make, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

# ---------------------------------------------------------------------- squares and cubes


@topic(
    "calculation.squares_cubes",
    title="Square and cube numbers",
    codes=("5C5d", "5C8a", "6C9"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
    representations=pictures.kinds("squares_cubes"),
)
@pictures.pictured("squares_cubes")
def squares_cubes(rng: random.Random, level: Level, style: str) -> Item:
    table = RANGES["squares_cubes"][int(level)]
    cube = level != Level.WORKING_TOWARDS and rng.random() < 0.4
    base = rng.randint(*table["cubes" if cube else "squares"])  # type: ignore[misc]
    if level == Level.GREATER_DEPTH and not cube and rng.random() < 0.3:
        base = rng.choice((20, 30, 40, 50, 60, 70, 80, 90))
    power = 3 if cube else 2
    value = base**power
    mark = "³" if cube else "²"
    spelt = " × ".join([str(base)] * power)
    tip = f"{base}{mark} means {spelt}."
    slip = ("power_as_multiplying", mis.power_as_multiplying(base, power))
    # a square number as a square array; a cube needs a 3-D picture, which we do not draw
    square = pictures.array(base, base) if not cube else None
    why = "a cube number needs a 3-D picture" if cube else f"an array stops at 12 × 12, and this is {base} × {base}"
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            a, b = rng.randint(2, 12), rng.randint(2, 5)
            sign = rng.choice(("+", "−"))
            first, second = a**2, b**3
            if sign == "−" and first <= second:
                first, second, text = first, second, f"{b}³ − {a}²" if second > first else f"{a}² + {b}³"
                sign = "−" if second > first else "+"
                total = second - first if sign == "−" else first + second
            else:
                text = f"{a}² {sign} {b}³"
                total = first + second if sign == "+" else first - second
            answer = WholeNumber(total)
            steps = [f"{a}² = {a * a} and {b}³ = {b**3}", f"{text} = {total}"]
            wrong = (a * 2 + b * 3) if sign == "+" else None
            return make(
                f"Work out {text}.",
                answer,
                steps,
                style,
                text,
                predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
            )
        answer = WholeNumber(value)
        prompt = f"Work out {base}{mark}." + hint(level, tip)
        item = make(
            prompt,
            answer,
            [f"{spelt} = {show(value)}"],
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
                f"{other}² = {other**2}",
                f"□² = {total} − {other**2} = {value}",
                f"{base} × {base} = {value}, so □ = {base}",
            ]
            return make(f"Find the missing number: {equation}", answer, steps, style, equation)
        equation = f"□{mark} = {show(value)}"
        prompt = f"Find the missing number: {equation}" + hint(
            level, f"which number multiplied by itself {'three times ' if cube else ''}makes {show(value)}?"
        )
        steps = [f"{spelt} = {show(value)}", f"So □ = {base}"]
        wrong = value // power if value % power == 0 else None
        return make(
            prompt,
            answer,
            steps,
            style,
            equation,
            predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
        )
    if style == "compare":
        other_cube = not cube if level != Level.WORKING_TOWARDS else False
        other_base = rng.randint(*table["cubes" if other_cube else "squares"])  # type: ignore[misc]
        other_mark = "³" if other_cube else "²"
        other = other_base ** (3 if other_cube else 2)
        if (other_base, other_mark) == (base, mark):
            other_base, other = base + 1, (base + 1) ** power
        left, right = f"{base}{mark}", f"{other_base}{other_mark}"
        if level == Level.WORKING_TOWARDS and rng.random() < 0.5:
            right, other = str(base * 2), base * 2
        answer = Comparison(sign_of(value, other))
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, tip)
        steps = [f"{left} = {value}", f"{right} = {other}", f"So {left} {answer.sign} {right}"]
        wrong = sign_of(base * power, other_base * (3 if other_cube else 2) if right.endswith(("²", "³")) else other)
        return make(
            prompt,
            answer,
            steps,
            style,
            f"{left} □ {right}",
            predicted=mis.predictions(answer, ("power_as_multiplying", wrong)),
        )
    if style == "true_or_false":
        kind = rng.choice(("value", "value", "both"))
        if kind == "both" and level != Level.WORKING_TOWARDS:
            n = rng.choice((64, 1, 729, 16, 8, 36, 27, 100, 125))
            truth = n in (1, 64, 729)
            answer = TrueFalse(truth)
            root2 = min(range(1, 30), key=lambda r: abs(r * r - n))
            root3 = min(range(1, 10), key=lambda r: abs(r**3 - n))
            prompt = f"True or false? {n} is both a square number and a cube number."
            steps = [
                f"{n} {'is' if root2**2 == n else 'is not'} a square number"
                + (f" ({root2}² = {n})" if root2**2 == n else "")
                + ".",
                f"{n} {'is' if root3**3 == n else 'is not'} a cube number"
                + (f" ({root3}³ = {n})" if root3**3 == n else "")
                + ".",
                f"So the statement is {truth_word(truth)}.",
            ]
            check = f"{root2}² + {root3}³ = {2 * n}"
            return make(prompt, answer, steps, style, check)
        wrong = mis.power_as_multiplying(base, power) or value + base
        claim = value if rng.random() < 0.5 else wrong
        answer = TrueFalse(claim == value)
        prompt = f"True or false? {base}{mark} = {show(claim)}" + hint(level, tip)
        steps = [
            f"{base}{mark} = {spelt} = {show(value)}",
            f"So the statement is {truth_word(claim == value)}.",
        ]
        predicted = mis.predictions(answer, ("power_as_multiplying", True if claim == slip[1] else None))
        item = make(prompt, answer, steps, style, f"{base}{mark} = {show(claim)}", predicted=predicted)
        return pictures.offer(item, why, array=square)
    if cube:
        setting = rng.choice(
            (
                f"A big cube is built from 1 cm cubes, with {base} small cubes along each edge. How many "
                "small cubes "
                f"are used?",
                f"A cube-shaped box is packed with {base} layers of sugar cubes; each layer is {base} cubes "
                "long and "
                f"{base} cubes wide. How many sugar cubes are in the box?",
            )
        )
    else:
        setting = rng.choice(
            (
                f"A square patio has {base} rows of paving slabs with {base} slabs in each row. How many "
                "slabs are "
                f"there?",
                f"A marching band stands in a square: {base} rows of {base} players. How many players are in the band?",
                f"A square chocolate bar is {base} pieces long and {base} pieces wide. How many pieces does it have?",
            )
        )
    answer = WholeNumber(value)
    if level == Level.GREATER_DEPTH:
        taken = rng.randint(2, value // 4)
        setting = setting.replace("How many", f"{taken} of them are taken away. How many are left? (How many")
        setting = setting[: setting.index("(How many")].rstrip()
        answer = WholeNumber(value - taken)
        steps = [
            f"{spelt} = {base}{mark} = {show(value)}",
            f"{show(value)} − {taken} = {show(value - taken)}",
        ]
        item = make(
            setting,
            answer,
            steps,
            "word_problem",
            f"{base}{mark} − {taken}",
            predicted=mis.predictions(answer, ("power_as_multiplying", base * power - taken)),
        )
        return pictures.offer(item, why, array=square)
    item = make(
        setting + hint(level, tip),
        answer,
        [f"{spelt} = {base}{mark} = {show(value)}"],
        "word_problem",
        f"{base}{mark}",
        predicted=mis.predictions(answer, slip),
    )
    return pictures.offer(item, why, array=square)
