"""Find pairs of numbers that fit an equation with two unknowns; list the combinations."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Choice, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions.data_time_algebra import claimed
from ks2practice.content.wording import hint, lettered, make, name, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Step, add, div, eq, mul, rel, sub
from ks2practice.core.steps import money as cash
from ks2practice.pictures.diagrams import ComparisonBarModel

# ---------------------------------------------------------------------- two unknowns


def _pairs(total: int, p: int, q: int, least: int = 1) -> list[tuple[int, int]]:
    """Every whole-number pair (a, b) with p × a + q × b = total, each at least `least` (found by listing)."""
    return [
        (a, (total - p * a) // q)
        for a in range(least, total // p + 1)
        if (total - p * a) % q == 0 and (total - p * a) // q >= least
    ]


def _simultaneous(rng: random.Random, level: Level) -> tuple[str, str, WholeNumber, list[str], tuple[str, tuple]]:
    """Two facts about a and b that fix them: (facts, the letter asked for, key, steps, (check, slips))."""
    if level == Level.WORKING_TOWARDS:
        total = rng.randint(8, 20)
        a = rng.randint(2, total - 2)
        return (
            f"a + b = {total} and a = {a}.",
            "b",
            WholeNumber(total - a),
            [Step("b = ", eq(sub(total, a), total - a))],
            (f"{a} + □ = {total}", (mis.added_instead_of_difference.on(total, a),)),
        )
    kind = rng.choice(("times", "difference") if level == Level.EXPECTED else ("times_difference", "sum_times"))
    b = rng.randint(2, 12 if level == Level.EXPECTED else 25)
    if kind == "times":
        k = rng.randint(2, 5)
        a = k * b
        return (
            f"a + b = {a + b} and a = {k}b.",
            "a",
            WholeNumber(a),
            [
                Step(f"a = {k}b, so a + b is {k + 1} equal parts of b: b = ", eq(div(a + b, k + 1), b), "."),
                Step("a = ", eq(mul(k, b), a)),
            ],
            (f"{k} × ({a + b} ÷ {k + 1})", (mis.first_step_only.on(b),)),
        )
    if kind == "difference":
        a = b + rng.randint(1, 12)
        return (
            f"a + b = {a + b} and a − b = {a - b}.",
            "a",
            WholeNumber(a),
            [
                Step("Take the difference away and share: b = ", eq(div(sub(a + b, a - b), 2), b), "."),
                Step("a = ", eq(add(b, a - b), a)),
            ],
            # b is the first step on the way to a; (a + b) + (a − b) = 2a is the first step of the other way
            (f"({a + b} + {a - b}) ÷ 2", (mis.first_step_only.on(b), mis.first_step_only.on(2 * a))),
        )
    if kind == "times_difference":
        k = rng.randint(3, 6)
        a = k * b
        return (
            f"a = {k}b and a − b = {a - b}.",
            "a",
            WholeNumber(a),
            [
                Step(f"a − b is {k - 1} equal parts of b: b = ", eq(div(a - b, k - 1), b), "."),
                Step("a = ", eq(mul(k, b), a)),
            ],
            (f"{k} × ({a - b} ÷ {k - 1})", (mis.first_step_only.on(b),)),
        )
    extra = rng.randint(2, 9)
    a = b + extra
    total = 2 * a + b
    return (
        f"2a + b = {total} and a = b + {extra}.",
        "b",
        WholeNumber(b),
        [
            Step(
                f"Put b + {extra} in place of a: 2(b + {extra}) + b = ", total, f", so 3b + {2 * extra} = ", total, "."
            ),
            Step(
                "3b = ",
                eq(sub(total, 2 * extra), total - 2 * extra),
                ", so b = ",
                eq(div(total - 2 * extra, 3), b),
                ".",
            ),
        ],
        (f"3 × □ + 2 × {extra} = {total}", ()),
    )


# (dearer, cheaper) at each level, each priced from the paired_prices context (the word after the article)
_PAIRS = {
    1: (("a pen", "a pencil"), ("a drink", "a snack"), ("a ball", "a skipping rope"), ("a book", "a bookmark")),
    2: (
        ("a lunch box", "a lunch drink"),
        ("a football", "a whistle"),
        ("a paint set", "a brush"),
        ("a story book", "a comic"),
    ),
    3: (
        ("a bike", "a helmet"),
        ("a tablet", "a tablet case"),
        ("a tent", "a sleeping bag"),
        ("a guitar", "a guitar stand"),
    ),
}
_PRICES = (("adult tickets", "child tickets"), ("large boxes", "small boxes"), ("jigsaws", "colouring books"))


@topic(
    "algebra.two_unknowns",
    title="Find pairs of numbers that fit an equation with two unknowns; list the combinations",
    codes=("6A4", "6A5"),
    styles=("fluency", "missing_number", "true_or_false", "word_problem", "two_step_word_problem", "explain"),
)
def two_unknowns(rng: random.Random, level: Level, style: str) -> Item:
    if style == "fluency":
        facts, letter, answer, steps, (check, slips) = _simultaneous(rng, level)
        prompt = f"{facts} What is {letter}?" + hint(level, "find b first, then use it to find a.")
        if level == Level.WORKING_TOWARDS:
            prompt = f"{facts} What is {letter}?" + hint(level, "what must you add to a to make the total?")
        return make(prompt, answer, steps, style, check, predicted=mis.predictions(answer, *slips))
    if style == "missing_number":
        return _one_known(rng, level)
    if style == "true_or_false":
        return _pair_claim(rng, level)
    if style == "explain":
        return _only_one_pair(rng, level)
    if style == "two_step_word_problem":
        return _more_than(rng, level)
    return _combinations(rng, level)


def _one_known(rng: random.Random, level: Level) -> Item:
    p = 1 if level == Level.WORKING_TOWARDS else rng.randint(2, 6)
    q = rng.randint(2, 5) if level == Level.WORKING_TOWARDS else rng.randint(2, 9)
    a, b = rng.randint(2, 9 if level == Level.WORKING_TOWARDS else 20), rng.randint(2, 12 if level < 3 else 30)
    total = p * a + q * b
    left = f"a + {q}b" if p == 1 else f"{p}a + {q}b"
    answer = WholeNumber(b)
    prompt = f"{left} = {total}. If a = {a}, what is b?" + hint(level, f"{q}b means {q} × b.")
    steps = [
        Step("a = ", a, f", so {q}b = ", eq(sub(total, a), q * b), ".")
        if p == 1
        else Step(f"{p}a = ", eq(mul(p, a), p * a), f", so {q}b = ", eq(sub(total, p * a), q * b), "."),
        Step("b = ", eq(div(q * b, q), b)),
    ]
    check = f"{p} × {a} + {q} × □ = {total}" if p > 1 else f"{a} + {q} × □ = {total}"
    slips = (mis.coefficient_misread.on(q, total=total, constant=p * a, letter="b"), mis.first_step_only.on(q * b))
    return make(prompt, answer, steps, "missing_number", check, predicted=mis.predictions(answer, *slips))


def _pair_claim(rng: random.Random, level: Level) -> Item:
    if rng.random() < 0.4:
        total = rng.randint(6, 20 if level == Level.WORKING_TOWARDS else 60)
        pairs = _pairs(total, 1, 1)
        answer = TrueFalse(False)
        prompt = (
            f"True or false? a and b are whole numbers greater than 0. a + b = {total}. "
            f"There is only one pair of values for a and b." + hint(level, "try a = 1, then a = 2 …")
        )
        steps = [
            Step(
                "For example a = 1, b = ",
                total - 1,
                " and a = 2, b = ",
                total - 2,
                " both work: ",
                eq(add(1, total - 1), add(2, total - 2), total),
                f"; there are {len(pairs)} pairs.",
            ),
            "So the statement is false.",
        ]
        check = f"1 + {total - 1} ≠ 2 + {total - 2}"
        predicted = mis.predictions(answer, mis.one_pair_only.on(len(pairs)))
        return make(prompt, answer, steps, "true_or_false", check, predicted=predicted)
    small = level == Level.WORKING_TOWARDS
    p, q = (1, rng.randint(2, 5)) if small else (rng.randint(2, 9), rng.randint(2, 9))
    a, b = rng.randint(2, 9 if small else 12), rng.randint(2, 9 if small else 12)
    total = p * a + q * b
    claim_b = b if rng.random() < 0.5 else b + rng.choice((-1, 1))
    truth = claim_b == b
    answer = TrueFalse(truth)
    left = f"a + {q}b" if p == 1 else f"{p}a + {q}b"
    prompt = f"True or false? a = {a} and b = {claim_b} fit the equation {left} = {total}." + hint(
        level, f"{q}b means {q} × b."
    )
    made = p * a + q * claim_b
    steps = [
        Step(eq(add(mul(p, a), mul(q, claim_b)), add(p * a, q * claim_b), made), "."),
        Step(
            rel(made, "=" if made == total else "≠", total, restates=True),
            f", so the statement is {truth_word(truth)}.",
        ),
    ]
    # Both terms read as sums (3a + 2b as 3 + a + 2 + b): a pupil who gets the total that way calls it true.
    misread = claimed(mis.coefficient_misread, total, p, a, constant=q + claim_b, letter="a") if p > 1 else None
    predicted = mis.predictions(answer, misread)
    return make(prompt, answer, steps, "true_or_false", f"{p} × {a} + {q} × {claim_b} = {total}", predicted=predicted)


def _only_one_pair(rng: random.Random, level: Level) -> Item:
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        total = 2 * rng.randint(4, 10)
        p = q = 1
    else:
        p, q = rng.choice(((2, 3), (3, 2), (2, 5), (5, 2), (3, 4), (4, 3)))
        total = p * q * rng.randint(3, 6 if level == Level.EXPECTED else 9)
    pairs = _pairs(total, p, q)
    first = pairs[len(pairs) // 2]
    other = pairs[0] if pairs[0] != first else pairs[-1]
    equation = f"a + b = {total}" if p == 1 else f"{p}a + {q}b = {total}"
    options = [
        f"Yes: a = {first[0]}, b = {first[1]} is the only answer",
        f"No: a = {other[0]}, b = {other[1]} also works",
        "No: there are no answers",
    ]
    right, yes = options[1], options[0]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(right))
    prompt = (
        f"a and b are whole numbers greater than 0. {who} says the only answer to {equation} is a = {first[0]}, "
        f"b = {first[1]}. Is {who} right? Explain. {lettered(options)}" + hint(level, "try other values of a.")
    )
    steps = [
        Step(
            f"Model answer: with two unknowns there can be more than one pair. a = {other[0]}, b = {other[1]} also "
            "works, because ",
            eq(_sum_expr(p, q, other), total),
            f". There are {len(pairs)} pairs in all.",
        ),
        f"Answer: {right}",
    ]
    check = f"{_eq_sum(p, q, other)} = {total}"
    letter = chr(65 + options.index(yes))  # the pupil who stops at one pair agrees with the claim
    predicted = mis.predictions(answer, mis.one_pair_only.on(len(pairs), agree=letter))
    return make(prompt, answer, steps, "explain", check, predicted=predicted)


def _sum_expr(p: int, q: int, pair: tuple[int, int]) -> Expr:
    a, b = pair
    return add(a, b) if p == q == 1 else add(mul(p, a), mul(q, b))


def _eq_sum(p: int, q: int, pair: tuple[int, int]) -> str:
    a, b = pair
    return f"{a} + {b}" if p == q == 1 else f"{p} × {a} + {q} × {b}"


def _combinations(rng: random.Random, level: Level) -> Item:
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        menu = contexts.get("cafe_menu")
        mains, drinks = menu.draw(rng, "sandwiches", high=5), menu.draw(rng, "drinks", high=4)
        answer = WholeNumber(mains * drinks)
        prompt = (
            f"A café sells {mains} kinds of sandwich and {drinks} kinds of drink. {who} chooses one sandwich and one "
            f"drink. How many different combinations could {who} choose?" + hint(level, "list them in a table.")
        )
        steps = [
            Step(
                f"Each of the {mains} sandwiches goes with each of the {drinks} drinks: ",
                eq(mul(mains, drinks), mains * drinks),
                ".",
            )
        ]
        slips = (mis.combinations_added.on(mains, drinks),)
        return make(
            prompt, answer, steps, "word_problem", f"{mains} × {drinks}", predicted=mis.predictions(answer, *slips)
        )
    if level == Level.EXPECTED:
        p, q = rng.choice(((2, 5), (5, 2), (2, 3), (3, 5), (2, 7), (3, 4), (4, 5)))
        units = rng.randint(3, 6)
        total = p * q * units
        pairs = _pairs(total, p, q)
        answer = WholeNumber(len(pairs))
        things = rng.choice(("pencils", "cakes", "bread rolls", "tennis balls"))
        contexts.used("packs_bought", pack=(p, q), bought=total)
        prompt = (
            f"A shop sells {things} in packs of {p} and packs of {q}. {who} buys exactly {total} {things}, with at "
            f"least one pack of each size. How many different combinations of packs could {who} buy?"
            + hint(level, "list them in order.")
        )
    else:
        p, q = sorted(rng.choice(((3, 5), (4, 7), (5, 8), (3, 8), (7, 4), (6, 5), (9, 4))), reverse=True)
        # the dearer first: an adult ticket costs more than a child's, a large box more than a small one
        units = rng.randint(3, 7)
        total = p * q * units
        pairs = _pairs(total, p, q)
        first, second = rng.choice(_PRICES)
        contexts.used("group_tickets", price=(p * 100, q * 100), spent=total * 100)
        answer = WholeNumber(len(pairs))
        prompt = (
            f"{first.capitalize()} cost £{p} each and {second} cost £{q} each. {who} spends exactly £{total} "
            f"and buys at least one of each. How many different combinations could {who} buy?"
        )
    listed = "; ".join(f"{a} and {b}" for a, b in pairs)
    steps = [f"Listing the pairs in order: {listed}.", f"There are {len(pairs)} combinations."]
    slips = (mis.one_pair_only.on(len(pairs), count=True),)
    return make(
        prompt, answer, steps, "word_problem", f"{total} ÷ ({p} × {q}) − 1", predicted=mis.predictions(answer, *slips)
    )


def _more_than(rng: random.Random, level: Level) -> Item:
    """The classic: two things cost a total, one costs a known amount more; find the cheaper one."""
    who = name(rng)
    things = rng.choice(_PAIRS[int(level)])
    prices = contexts.get("paired_prices")
    dear, cheap = (t.split(" ", 1)[1] for t in things)
    unit = 5  # prices in 5ps: £2.45, £249.95
    small = prices.draw(rng, cheap, step=unit)
    big = prices.draw(rng, dear, low=small + unit, step=unit)
    more = big - small
    total = small + big
    answer = Money(small)
    prompt = (
        f"{who} buys {things[0]} and {things[1]} for {money(total)} altogether. {things[0].capitalize()} costs "
        f"{money(more)} more than {things[1]}. How much does {things[1]} cost?"
        + hint(level, "draw two bars; one is longer by the difference.")
    )
    steps = [
        Step("Take away the extra: ", eq(sub(cash(total), cash(more)), cash(total - more)), "."),
        Step(f"That is two equal bars, so {things[1]} costs ", eq(div(cash(total - more), 2), cash(small)), "."),
    ]
    check = f"({total} − {more}) ÷ 2"
    slips = (mis.first_step_only.on(total - more), mis.added_instead_of_difference.on(total, more))
    item = make(prompt, answer, steps, "two_step_word_problem", check, predicted=mis.predictions(answer, *slips))
    if level != Level.WORKING_TOWARDS:
        return item
    names = (things[0].split(" ", 1)[1][:16], things[1].split(" ", 1)[1][:16])
    bars = ComparisonBarModel(names, ("?", "?"), sizes=(big, small), difference=more, unit="p")
    return replace(item, diagram=bars)
