"""Share in a ratio and solve 'for every' problems."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions.decimals_percent_ratio import judging
from ks2practice.content.ratio.common import OFFERED, _picture, _whole
from ks2practice.content.wording import hint, make, name
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Num, Step, add, div, eq, mul, rel, sub
from ks2practice.core.steps import money as money_step
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


def _bars(
    first: str, second: str, a: int, b: int, values: tuple, sizes: tuple, unit: str = "", total: object = None
) -> ComparisonBarModel:
    """The two shares as bars of a and b equal parts, labelled with what the question gives and '?' for what it
    asks; a share worked out on the way stays blank (a labelled share would give the other away)."""
    return ComparisonBarModel((first[:16], second[:16]), values, sizes=sizes, splits=(a, b), unit=unit, total=total)


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
        mine, theirs = (a, b)[which], (b, a)[which]
        steps = [
            Step("There are ", eq(add(a, b), a + b), " equal parts."),
            Step("One part is ", eq(div(money_step(total), a + b), money_step(pounds)), "."),
            Step(
                f"{who} has {mine} part{'s' if mine != 1 else ''}: ",
                eq(mul(mine, money_step(pounds)), money_step(share)),
                ".",
            ),
        ]
        check = f"{total} ÷ ({a} + {b}) × {(a, b)[which]}"
        as_fraction = mis.ratio_part_as_fraction.on(total, mine, theirs)  # in pence: a part of a penny is no answer
        slips = (
            as_fraction if _whole(as_fraction.wrong()) else None,
            mis.ratio_divided_by_one_part.on(total, mine),
            mis.first_step_only.on(pounds),
        )
        shares = (a * pounds, b * pounds)
        values = tuple("?" if i == which else "" for i in (0, 1))  # the total is given, the other share is not
        build: dict[str, Diagram | None] = {
            "bar_model": _bars(p, q, a, b, values, shares, "£", total),
            "ratio_table": RatioTable(((a, b)[which], a + b), ("?", total // 100), "parts", "£"),
        }
        item = make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
        return _picture(representation, ("bar_model", "ratio_table"), build, item)
    count_a, count_b = a * unit, b * unit
    total = count_a + count_b
    if style == "word_problem":
        bank = contexts.get("ratio_groups")
        if not bank[things].holds(total):  # no 161 cats: a group that size is beads or flowers
            first, second, things = next(t for t in _SHARERS_THINGS if bank[t[2]].holds(total))
        contexts.used("ratio_groups", **{things: total})
        ask_total = level != Level.WORKING_TOWARDS and rng.random() < 0.5
        known = f"There are {count_a} {first}."
        if ask_total:
            answer = WholeNumber(total)
            question = f"How many {things} are there altogether?"
            check = f"{count_a} ÷ {a} × ({a} + {b})"
            steps = [
                Step(eq(div(count_a, a), unit), " in each part."),
                Step(f"{a + b} parts: ", eq(mul(a + b, unit), total), "."),
            ]
            slips: tuple = (mis.ratio_part_for_whole.on(count_a, a, b),)
        else:
            answer = WholeNumber(count_b)
            question = f"How many {second} are there?"
            check = f"{count_a} ÷ {a} × {b}"
            steps = [
                Step(eq(div(count_a, a), unit), " in each part."),
                Step(f"{b} part{'s' if b != 1 else ''}: ", eq(mul(b, unit), count_b), "."),
            ]
            slips = (mis.additive_scaling.on(count_a, a, b), mis.ratio_whole_for_part.on(count_a, a, b))
        prompt = f"In a group of {things}, for every {_of(a, first)} there are {_of(b, second)}. {known} {question}"
        build = {
            "bar_model": _bars(
                first,
                second,
                a,
                b,
                (count_a, "" if ask_total else "?"),
                (count_a, count_b),
                total="?" if ask_total else None,
            ),
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
        steps = [Step(eq(div(count_a, a), unit), f", so multiply {b} by {unit}: ", eq(mul(b, unit), count_b), ".")]
        table = RatioTable((a, *middle_a, count_a), (b, *middle_b, "?"), first, second)
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{count_a} ÷ {a} × {b}",
            predicted=mis.predictions(answer, mis.additive_scaling.on(count_a, a, b)),
        )
        return _picture(representation, ("ratio_table",), {"ratio_table": table}, item)
    if style == "true_or_false":
        right = Fraction(a, a + b)
        # Reading a : b as a/b of the whole (the whole is 1); with b = 1 that is a whole number, no claim a child
        # would hear ("2/1 of the beads"), so the true fraction is claimed instead.
        misread = Fraction(mis.ratio_part_as_fraction(1, a, b))  # type: ignore[arg-type]
        claim = right if rng.random() < 0.5 or misread.denominator == 1 else misread
        truth = TrueFalse(claim == right)
        prompt = (
            f"For every {_of(a, first)} there are {_of(b, second)}. True or false? "
            f"{_fraction_text(claim)} of the {things} are {first}." + hint(level, tip)
        )
        steps = [
            Step("There are ", eq(add(a, b), a + b), f" parts, and {a} of them are {first}."),
            Step("So ", eq(div(a, a + b), right), f" of them are {first}"),
        ]
        if claim == right:
            steps[-1] = Step(*steps[-1].parts, "; the statement is true.")
        else:
            steps[-1] = Step(*steps[-1].parts, ": ", rel(claim, "≠", right), ", so the statement is false.")
        check = f"{a} ÷ ({a} + {b}) = {claim.numerator} ÷ {claim.denominator}"
        predicted = mis.predictions(truth, judging(mis.ratio_part_as_fraction).on(1, a, b, claim=claim))
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

    def amount(value: int) -> Num:
        return money_step(value) if pence else Num(value)

    answer = Money(total * scale) if pence else WholeNumber(total)
    what = "money" if pence else "stickers"
    contexts.used("shared_amounts", **({"prize": total * scale} if pence else {"stickers": total}))
    ask = "How much is shared altogether?" if pence else "How many stickers are there altogether?"
    prompt = (
        f"{who1} and {who2} share some {what} in the ratio {a} : {b}. {large_name} gets {say(diff)} more than "
        f"{small_name}. {ask}" + hint(level, "the difference is the extra parts.")
    )
    steps = [
        Step("The difference is ", eq(sub(big, small), big - small), f" parts, worth {say(diff)}."),
        Step("One part is ", eq(div(amount(diff), big - small), amount(unit * scale)), "."),
        Step(f"Altogether there are {a + b} parts: ", eq(mul(a + b, amount(unit * scale)), amount(total * scale)), "."),
    ]
    check = f"{diff} ÷ ({big} − {small}) × ({a} + {b})"
    # Stopping at one part, or giving the larger share (the other part, worked from the difference), not the total.
    slips = (mis.first_step_only.on(unit * scale), mis.ratio_part_for_whole.on(diff, big - small, big))
    bars = ComparisonBarModel(  # the difference is given and the total asked: the shares stay blank
        (who1, who2),
        ("", ""),
        sizes=(a * unit * scale, b * unit * scale),
        difference=diff,
        splits=(a, b),
        unit="£" if pence else "",
        total="?",
    )
    item = make(prompt, answer, steps, "two_step_word_problem", check, predicted=mis.predictions(answer, *slips))
    return _picture(representation, ("bar_model",), {"bar_model": bars}, item)


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"
