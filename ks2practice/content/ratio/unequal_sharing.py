"""Share in a ratio and solve 'for every' problems."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.ratio.common import OFFERED, _picture, _whole
from ks2practice.content.wording import hint, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import ComparisonBarModel, Diagram, RatioTable

RATIOS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((1, 2), (1, 3), (1, 4), (2, 1), (3, 1), (1, 5)),
    2: ((2, 3), (3, 5), (3, 4), (2, 5), (4, 3), (5, 2), (3, 2), (4, 5)),
    3: ((5, 7), (4, 9), (7, 3), (5, 8), (7, 4), (3, 8), (9, 5), (7, 2)),
}


pictures.PICTURES.setdefault(
    "unequal_sharing",
    {
        "bar_model": {
            level: ("fluency", "word_problem", "true_or_false", "two_step_word_problem") for level in (1, 2, 3)
        },
        "ratio_table": {level: ("fluency", "word_problem", "missing_number") for level in (1, 2, 3)},
    },
)


# ---------------------------------------------------------------------- unequal sharing


_SHARERS_THINGS = (
    ("red", "blue", "beads"),
    ("girls", "boys", "children"),
    ("apples", "pears", "pieces of fruit"),
    ("cats", "dogs", "pets"),
    ("white", "brown", "eggs"),
    ("daffodils", "tulips", "flowers"),
)


_SINGULAR = {"girls": "girl", "boys": "boy", "apples": "apple", "pears": "pear", "cats": "cat", "dogs": "dog"}
_SINGULAR |= {"daffodils": "daffodil", "tulips": "tulip"}


def _of(count: int, word: str) -> str:
    """'1 apple', '3 apples'; colours stay as they are ('1 red')."""
    return f"{count} {_SINGULAR.get(word, word) if count == 1 else word}"


def _ratio(rng: random.Random, level: Level) -> tuple[int, int]:
    return rng.choice(RATIOS[int(level)])


def _bars(first: str, second: str, a: int, b: int, values: tuple, sizes: tuple, unit: str = "") -> ComparisonBarModel:
    return ComparisonBarModel((first[:16], second[:16]), values, sizes=sizes, splits=(a, b), unit=unit)


@topic(
    "ratio.unequal_sharing",
    title="Share in a ratio and solve 'for every' problems",
    codes=("6R4", "6R1"),
    styles=("fluency", "word_problem", "missing_number", "true_or_false", "two_step_word_problem"),
    representations=OFFERED["ratio.unequal_sharing"],
)
def unequal_sharing(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    a, b = _ratio(rng, level)
    unit = rng.randint(2, 6) if level == Level.WORKING_TOWARDS else rng.randint(3, 12 if level == 2 else 25)
    first, second, things = rng.choice(_SHARERS_THINGS)
    tip = "draw a bar for each part of the ratio."
    if style == "fluency":
        # share money in a ratio
        p = name(rng)
        q = name(rng, (p,))
        pounds = unit * 100 if level == Level.WORKING_TOWARDS else unit * rng.choice((100, 200, 500))
        total = pounds * (a + b)
        which = rng.choice((0, 1))
        share = (a, b)[which] * pounds
        answer: Answer = Money(share)
        who = (p, q)[which]
        prompt = f"{p} and {q} share {money(total)} in the ratio {a} : {b}. How much does {who} get?" + hint(level, tip)
        steps = [
            f"There are {a} + {b} = {a + b} equal parts.",
            f"One part is {money(total)} ÷ {a + b} = {money(pounds)}.",
            f"{who} has {(a, b)[which]} parts: {(a, b)[which]} × {money(pounds)} = {money(share)}.",
        ]
        check = f"{total} ÷ ({a} + {b}) × {(a, b)[which]}"
        slips = (
            ("ratio_part_as_fraction", _whole(wrong.ratio_part_as_fraction(total, (a, b)[which], (b, a)[which]))),
            ("ratio_divided_by_one_part", wrong.ratio_divided_by_one_part(total, (a, b)[which])),
            ("first_step_only", pounds),
        )
        shares = (a * pounds, b * pounds)
        values = tuple("?" if i == which else shares[i] for i in (0, 1))
        build: dict[str, Diagram | None] = {
            "bar_model": _bars(p, q, a, b, values, shares, "£"),
            "ratio_table": RatioTable(((a, b)[which], a + b), ("?", total // 100), "parts", "£"),
        }
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("bar_model", "ratio_table"), build, item)
    count_a, count_b = a * unit, b * unit
    total = count_a + count_b
    if style == "word_problem":
        ask_total = level != Level.WORKING_TOWARDS and rng.random() < 0.5
        known = f"There are {count_a} {first}."
        if ask_total:
            answer = WholeNumber(total)
            question = f"How many {things} are there altogether?"
            check = f"{count_a} ÷ {a} × ({a} + {b})"
            steps = [f"{count_a} ÷ {a} = {unit} in each part.", f"{a + b} parts: {a + b} × {unit} = {total}."]
            slips: tuple = (("ratio_part_for_whole", wrong.ratio_part_for_whole(count_a, a, b)),)
        else:
            answer = WholeNumber(count_b)
            question = f"How many {second} are there?"
            check = f"{count_a} ÷ {a} × {b}"
            steps = [f"{count_a} ÷ {a} = {unit} in each part.", f"{b} parts: {b} × {unit} = {count_b}."]
            slips = (("additive_scaling", wrong.additive_scaling(count_a, a, b)), ("ratio_part_for_whole", total))
        prompt = f"In a group of {things}, for every {_of(a, first)} there are {_of(b, second)}. {known} {question}"
        build = {
            "bar_model": _bars(first, second, a, b, (count_a, "?"), (count_a, count_b)),
            "ratio_table": RatioTable(
                (a, count_a), (a + b if ask_total else b, "?"), first, "altogether" if ask_total else second
            ),
        }
        item = make(prompt + hint(level, tip), answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("bar_model", "ratio_table"), build, item)
    if style == "missing_number":
        k = rng.randint(2, unit - 1) if unit > 2 else unit  # a middle column that stays in order
        middle_a, middle_b = ([] if k == unit else [a * k]), ([] if k == unit else [b * k])
        answer = WholeNumber(count_b)
        tops = ", ".join(map(str, [a, *middle_a, count_a]))
        bottoms = ", ".join(map(str, [b, *middle_b]))
        prompt = (
            f"{first.capitalize()} and {second} are in the ratio {a} : {b}. Complete the ratio table. "
            f"{first.capitalize()}: {tops}. {second.capitalize()}: {bottoms}, □."
            + hint(level, f"how many {a}s make {count_a}?")
        )
        steps = [f"{count_a} ÷ {a} = {unit}, so multiply {b} by {unit}: {b} × {unit} = {count_b}."]
        table = RatioTable((a, *middle_a, count_a), (b, *middle_b, "?"), first, second)
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{count_a} ÷ {a} × {b}",
            predicted=mis.predictions(answer, ("additive_scaling", wrong.additive_scaling(count_a, a, b))),
        )
        return _picture(representation, ("ratio_table",), {"ratio_table": table}, item)
    if style == "true_or_false":
        right = Fraction(a, a + b)
        claim = right if rng.random() < 0.5 else wrong.ratio_fraction_of_whole(a, b)
        truth = TrueFalse(claim == right)
        prompt = (
            f"For every {_of(a, first)} there are {_of(b, second)}. True or false? "
            f"{_fraction_text(claim)} of the {things} are {first}." + hint(level, tip)
        )
        steps = [
            f"There are {a} + {b} = {a + b} parts, and {a} of them are {first}.",
            f"So {_fraction_text(right)} are {first}; the statement is {truth_word(claim == right)}.",
        ]
        check = f"{a} ÷ ({a} + {b}) = {claim.numerator} ÷ {claim.denominator}"
        predicted = () if claim == right else mis.predictions(truth, ("ratio_part_as_fraction", True))
        item = make(prompt, truth, steps, style, check, predicted=predicted)
        bars = _bars(first, second, a, b, (a, b), (a, b))
        return _picture(representation, ("bar_model",), {"bar_model": bars}, item)
    # two steps: the difference between the shares is known; find the total (or one share at level 1)
    big, small = max(a, b), min(a, b)
    who1 = name(rng)
    who2 = name(rng, (who1,))
    large_name, small_name = (who1, who2) if a > b else (who2, who1)
    pence = level == Level.GREATER_DEPTH
    scale = 100 if pence else 1
    diff = (big - small) * unit * scale

    def say(value: int) -> str:
        return money(value) if pence else f"{value} stickers"

    answer = Money(total * scale) if pence else WholeNumber(total)
    what = "money" if pence else "stickers"
    ask = "How much is shared altogether?" if pence else "How many stickers are there altogether?"
    prompt = (
        f"{who1} and {who2} share some {what} in the ratio {a} : {b}. {large_name} gets {say(diff)} more than "
        f"{small_name}. {ask}" + hint(level, "the difference is the extra parts.")
    )
    steps = [
        f"The difference is {big} − {small} = {big - small} parts, worth {say(diff)}.",
        f"One part is {say(diff)} ÷ {big - small} = {say(unit * scale)}.",
        f"Altogether there are {a + b} parts: {a + b} × {say(unit * scale)} = {say(total * scale)}.",
    ]
    check = f"{diff} ÷ ({big} − {small}) × ({a} + {b})"
    slips = (
        ("first_step_only", unit * scale),
        ("ratio_part_for_whole", big * unit * scale),
        ("added_instead_of_difference", (big + small) * diff if big - small == 1 else None),
    )
    bars = ComparisonBarModel(
        (who1, who2),
        ("?", "?"),
        sizes=(a * unit * scale, b * unit * scale),
        difference=diff,
        splits=(a, b),
        unit="£" if pence else "",
    )
    item = make(prompt, answer, steps, "two_step_word_problem", check, predicted=mis.predictions(answer, *slips))
    return _picture(representation, ("bar_model",), {"bar_model": bars}, item)


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"
