"""Multiplication and division facts to 12 × 12."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.calculation import reasoning_items as reasoning
from ks2practice.content.calculation.common import _count_answer, bank_fits, bank_use
from ks2practice.content.wording import hint, make, name, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, div, eq, money, mul, rel

# ---------------------------------------------------------------------- times tables

# The facts each level draws, so that every level is harder than the one below (issue #15: level 3 was easier than
# level 1). Level 1: the 2, 5 and 10 tables (Year 2) and the 3 and 4 tables (Year 3, 3C6), up to 10 times. Level 2:
# the 3, 4, 6, 8, 9 and 11 tables (3C6, 4C6a) to 12 times. Level 3: the hardest facts, both numbers 6 or more from the
# 6, 7, 8, 9 and 12 tables, never times 10 or 11, whose patterns make them easy.
FACTS = {
    1: ((2, 3, 4, 5, 10), tuple(range(2, 11))),
    2: ((3, 4, 6, 8, 9, 11), tuple(range(3, 13))),
    3: ((6, 7, 8, 9, 12), (6, 7, 8, 9, 12)),
}


@topic(
    "calculation.times_tables",
    title="Multiplication and division facts to 12 × 12",
    codes=("3C6", "4C6a", "4C6c", "3C8"),
    styles=(
        "fluency",
        "missing_number",
        "true_or_false",
        "compare",
        "word_problem",
        "same_different",
        "explain",
        "odd_one_out",
    ),
    representations=pictures.kinds("times_tables"),
)
@pictures.pictured("times_tables")
def times_tables(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return reasoning.tables_same_different(rng, level)
    if style == "odd_one_out":
        return reasoning.tables_odd_one_out(rng, level)
    if style == "explain":
        return reasoning.tables_explain(rng, level)
    tables, multipliers = FACTS[int(level)]
    t = rng.choice(tables)
    n = rng.choice(multipliers)
    product = t * n
    tip = f"count in {t}s, or use a fact you know."
    if style == "fluency":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            a, b = rng.sample(range(3, 13), 2)
            c = rng.choice([x for x in range(2, 11) if 100 <= a * b * x <= 600] or [2])
            value = a * b * c
            answer = WholeNumber(value)
            prompt = f"Work out {a} × {b} × {c}."
            steps = [Step(eq(mul(a, b), a * b)), Step(eq(mul(a * b, c), value))]
            if a * c in (10, 20, 100) or b * c in (10, 20, 100):
                pair = (a, c) if a * c in (10, 20, 100) else (b, c)
                steps = [
                    Step("Multiply ", eq(mul(*pair), pair[0] * pair[1]), " first."),
                    Step(eq(mul(value // (pair[0] * pair[1]), pair[0] * pair[1]), value)),
                ]
            # The last multiplication is a table fact: a neighbouring fact there is one group of a × b too few.
            predicted = mis.predictions(answer, mis.neighbouring_fact.on(a * b, c))
            return make(prompt, answer, steps, style, f"{a} × {b} × {c}", predicted=predicted)
        if rng.random() < 0.5:
            answer = WholeNumber(product)
            prompt = f"What is {n} × {t}?" + hint(level, tip)
            item = make(
                prompt,
                answer,
                [Step(eq(mul(n, t), product))],
                style,
                f"{n} × {t}",
                predicted=mis.predictions(answer, mis.neighbouring_fact.on(t, n)),
            )
            return pictures.offer_sum(item, "×", n, t)
        answer = WholeNumber(n)
        prompt = f"What is {product} ÷ {t}?" + hint(level, f"how many {t}s make {product}?")
        item = make(
            prompt,
            answer,
            [Step(eq(mul(n, t), product), ", so ", eq(div(product, t), n))],
            style,
            f"{product} ÷ {t}",
        )
        return pictures.offer_sum(item, "÷", product, t)
    if style == "missing_number":
        if level == Level.GREATER_DEPTH:
            pairs = [
                (x, product // x)
                for x in range(2, 13)
                if product % x == 0 and x not in (t, n) and 2 <= product // x <= 12
            ]
            if pairs:
                x, y = rng.choice(pairs)
                equation = f"{t} × {n} = {x} × □"
                answer = WholeNumber(y)
                steps = [Step(eq(mul(t, n), product)), Step(eq(div(product, x), y))]
                return make(f"Find the missing number: {equation}", answer, steps, style, equation)
        form = rng.choice(("box_first", "box_second", "divisor"))
        if form == "box_first":
            equation, key = f"□ × {t} = {product}", n
        elif form == "box_second":
            equation, key = f"{n} × □ = {product}", t
        else:
            equation, key = f"{product} ÷ □ = {n}", t
        answer = WholeNumber(key)
        prompt = f"Find the missing number: {equation}" + hint(level, tip)
        steps = [Step(eq(mul(n, t), product)), Step("So □ is ", key, ".")]
        item = make(prompt, answer, steps, style, equation)
        if form == "divisor":
            return pictures.offer_sum(item, "÷", product, t, "b")
        return pictures.offer_sum(item, "×", n, t, "a" if form == "box_first" else "b")
    if style == "true_or_false":
        wrong = rng.choice(
            (
                mis.neighbouring_fact(t, n),
                mis.neighbouring_fact(t, n, 1),
                product + 1 if product % 10 == 9 else product - 2,
            )
        )
        claim = product if rng.random() < 0.5 else wrong
        answer = TrueFalse(claim == product)
        prompt = f"True or false? {n} × {t} = {claim}" + hint(level, tip)
        verdict = eq(mul(n, t), product) if claim == product else rel(mul(n, t), "≠", claim)
        steps = [Step(eq(mul(n, t), product)), Step(verdict, f", so the statement is {truth_word(claim == product)}.")]
        item = make(prompt, answer, steps, style, f"{n} × {t} = {claim}")
        return pictures.offer_sum(item, "×", n, t)
    if style == "compare":
        for _ in range(50):
            t2, n2 = rng.choice(tables), rng.choice(multipliers)
            if (t2, n2) not in ((t, n), (n, t)) and abs(t2 * n2 - product) <= max(6, product // 5):
                break
        if rng.random() < 0.2:
            pairs = [
                (x, product // x)
                for x in tables
                if product % x == 0 and x not in (t, n) and product // x in multipliers
            ]
            if pairs:
                t2, n2 = rng.choice(pairs)
        other = t2 * n2
        answer = Comparison(sign_of(product, other))
        left, right = f"{n} × {t}", f"{n2} × {t2}"
        prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(level, "work out each side.")
        steps = [
            Step(eq(mul(n, t), product)),
            Step(eq(mul(n2, t2), other)),
            Step("So ", rel(mul(n, t), answer.sign, mul(n2, t2), restates=True), "."),
        ]
        return make(prompt, answer, steps, style, f"{left} □ {right}")
    return _tables_word_problem(rng, level, t, n)


# (template, operation, unit, context): the context, in contexts_calculation.toml, names the quantity of each number
# in the story (the group size and number of groups; for ÷ the whole first), so only believable stories are told.
_GROUPS = (
    ("Pencils come in packs of {t}. How many pencils are in {n} packs?", "×", "", "pencil_pack_small:pencils,packs"),
    ("A spider has 8 legs. How many legs do {n} spiders have?", "×8", "", "spider_legs:legs,spiders"),
    (
        "Each table in the hall seats {t} children. How many children can sit at {n} tables?",
        "×",
        "",
        "hall_tables:seats,tables",
    ),
    ("Stickers cost {t}p each. How much do {n} stickers cost?", "×", "money", "sticker_price:price,stickers"),
    ("{p} children get into teams of {t}. How many teams are there?", "÷", "", "class_teams:children,size,teams"),
    (
        "{p} cakes are shared equally onto {t} plates. How many cakes go on each plate?",
        "÷",
        "",
        "cake_plates:cakes,plates,each",
    ),
    ("Eggs come in boxes of {t}. {name} needs {p} eggs. How many boxes is that?", "÷", "", "egg_box:laid,eggs,boxes"),
    ("Eggs come in trays of {t}. A café needs {p} eggs. How many trays is that?", "÷", "", "egg_tray:laid,eggs,boxes"),
    ("A week has 7 days. How many days are there in {n} weeks?", "×7", "", "weeks_days:days,weeks"),
)


def _story_numbers(op: str, t: int, n: int) -> tuple[int, ...]:
    """The numbers a story tells, in its context's order: (group size, groups), or (whole, group size, groups)."""
    if op in ("×8", "×7"):
        return int(op[1]), n
    return (t, n) if op == "×" else (t * n, t, n)


def _tables_word_problem(rng: random.Random, level: Level, t: int, n: int) -> Item:
    stories = [g for g in _GROUPS if bank_fits(g[-1], *_story_numbers(g[1], t, n))]
    template, op, unit, spec = rng.choice(stories)
    bank_use(spec, *_story_numbers(op, t, n))
    if op in ("×8", "×7"):
        t = int(op[1])
    product = t * n
    who = name(rng)
    prompt = template.format(t=t, n=n, p=product, name=who) + hint(level, f"count in {t}s.")
    if op.startswith("×"):
        answer = _count_answer(product, unit)
        if unit == "money":
            steps = [Step(eq(mul(n, money(t)), money(product)))]
        else:
            steps = [Step(eq(mul(n, t), product))]
        item = make(
            prompt,
            answer,
            steps,
            "word_problem",
            f"{n} × {t}",
            predicted=mis.predictions(answer, mis.neighbouring_fact.on(t, n)),
        )
        return pictures.offer_sum(item, "×", n, t)
    answer = WholeNumber(n)
    steps = [Step(eq(div(product, t), n), ", because ", eq(mul(n, t), product))]
    return pictures.offer_sum(make(prompt, answer, steps, "word_problem", f"{product} ÷ {t}"), "÷", product, t)
