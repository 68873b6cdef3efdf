"""Multi-step addition and subtraction problems in context."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from ks2practice.answers.kinds import Answer, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarModel, ComparisonBarModel, Diagram

# The largest number in a story by level, (low, high), for money (in pence) and for counts and lengths.
SIZES: dict[int, dict[str, tuple[int, int]]] = {
    1: {"£": (2_000, 9_900), "": (30, 99)},
    2: {"£": (2_000, 9_995), "": (1_000, 9_999)},
    3: {"£": (20_000, 99_995), "": (10_000, 99_999)},
}


@dataclass(frozen=True)
class Story:
    """A multi-step story: its text and question, the key, the check, the worked steps and the first step."""

    text: str
    question: str
    value: int
    unit: str  # '£' (pence), 'km', 'l' or '' (a count of things)
    check: str
    steps: tuple[str, ...]
    first_step: int
    slips: tuple[tuple[str, int | None], ...]
    diagram: Diagram | None


def _amount(rng: random.Random, level: Level, unit: str) -> int:
    low, high = SIZES[int(level)]["£" if unit == "£" else ""]
    if unit == "£":
        step = 100 if level == Level.WORKING_TOWARDS else 5
        return rng.randint(low // step, high // step) * step
    return rng.randint(low, high)


def _parts(rng: random.Random, level: Level, whole: int, count: int, unit: str) -> list[int]:
    """`count` parts that together leave a positive remainder of the whole (each at least a tenth of it)."""
    step = 100 if unit == "£" and level == Level.WORKING_TOWARDS else (5 if unit == "£" else 1)
    top = whole // (count + 1)
    low = max(whole // 10, step)
    return [rng.randint(low // step, top // step) * step for _ in range(count)]


def _say(value: int, unit: str) -> str:
    if unit == "£":
        return money(value)
    return f"{show(value)} {unit}" if unit else show(value)


def _key(value: int, unit: str) -> Answer:
    if unit == "£":
        return Money(value)
    return Measure(value, unit) if unit else WholeNumber(value)


_ALL, _LOWER, _UPPER = (1, 2, 3), (1, 2), (2, 3)
_LEFT = (
    # (levels, unit, story start with {who} and {whole}, one phrase per part with {p}, question)
    (
        _ALL,
        "£",
        "{who} has {whole} to spend at the school fair.",
        ("spends {p} on a book", "{p} on a raffle ticket", "{p} on cakes"),
        "How much does {who} have left?",
    ),
    (
        _ALL,
        "£",
        "A school wants to raise {whole} for new library books.",
        ("Year 5 raise {p}", "Year 6 raise {p}", "the PTA raises {p}"),
        "How much more does the school need to raise?",
    ),
    (
        _LOWER,
        "km",
        "The Smiths drive {whole} on a road trip.",
        ("They drive {p} on day 1", "{p} on day 2", "{p} on day 3"),
        "How much further do they have to drive?",
    ),
    (
        _LOWER,
        "",
        "A reading challenge is to read {whole} pages.",
        ("{who} reads {p} pages in May", "{p} pages in June", "{p} pages in July"),
        "How many pages are left to read?",
    ),
    (
        _ALL,
        "l",
        "A swimming pool holds {whole} of water when full.",
        ("{p} drains out on Monday", "{p} on Tuesday", "{p} on Wednesday"),
        "How much water is left in the pool?",
    ),
    (
        _UPPER,
        "",
        "A stadium has {whole} seats.",
        ("{p} are sold to home fans", "{p} to away fans", "{p} to families"),
        "How many seats are not sold?",
    ),
)


def _left(rng: random.Random, level: Level, three: bool) -> Story:
    _, unit, start, phrases, question = rng.choice([c for c in _LEFT if int(level) in c[0]])
    who = name(rng)
    whole = _amount(rng, level, unit)
    parts = _parts(rng, level, whole, 3 if three else 2, unit)
    result = whole - sum(parts)
    said = [_say(p, unit) for p in parts]
    clauses = [phrases[i].format(p=said[i], who=who) for i in range(len(parts))]
    joined = ", ".join(clauses[:-1]) + " and " + clauses[-1]
    text = start.format(who=who, whole=_say(whole, unit)) + f" {joined[0].upper()}{joined[1:]}."
    used = sum(parts)
    steps = (
        f"Add the parts: {' + '.join(said)} = {_say(used, unit)}.",
        f"Subtract from the whole: {_say(whole, unit)} − {_say(used, unit)} = {_say(result, unit)}.",
    )
    check = f"{whole} − " + " − ".join(str(p) for p in parts)
    slips = (
        ("first_step_only", whole - parts[0]),
        ("added_instead_of_difference", whole + parts[0] - parts[1]),
    )
    bar_unit = "£" if unit == "£" else unit
    diagram = BarModel(whole, (*parts, "?"), unit=bar_unit)
    return Story(text, question.format(who=who), result, unit, check, steps, whole - parts[0], slips, diagram)


_BOTH = (
    (
        _LOWER,
        "",
        "Oak School has {a} pupils. Elm School has {d} more pupils than Oak School.",
        "How many pupils are there in the two schools altogether?",
        ("Oak", "Elm"),
    ),
    (
        _ALL,
        "",
        "On Saturday {a} people visited a museum. On Sunday {d} more people visited than on Saturday.",
        "How many people visited over the weekend?",
        ("Saturday", "Sunday"),
    ),
    (
        _ALL,
        "£",
        "{who} saved {a}. {other} saved {d} more than {who}.",
        "How much did they save altogether?",
        ("{who}", "{other}"),
    ),
    (
        (1,),
        "km",
        "A lorry drove {a} on Monday and {d} further on Tuesday than on Monday.",
        "How far did it drive on the two days altogether?",
        ("Monday", "Tuesday"),
    ),
    (
        _UPPER,
        "km",
        "A pilot flew {a} in March and {d} further in April than in March.",
        "How far did the pilot fly in the two months altogether?",
        ("March", "April"),
    ),
)


def _both(rng: random.Random, level: Level) -> Story:
    _, unit, text, question, names = rng.choice([c for c in _BOTH if int(level) in c[0]])
    who = name(rng)
    other = name(rng, (who,))
    a = _amount(rng, level, unit) // 2
    a -= a % (100 if unit == "£" and level == Level.WORKING_TOWARDS else 5 if unit == "£" else 1)
    d = _parts(rng, level, a, 1, unit)[0]
    b = a + d
    total = a + b
    said = {"a": _say(a, unit), "d": _say(d, unit), "who": who, "other": other}
    steps = (
        f"First find the second amount: {said['a']} + {said['d']} = {_say(b, unit)}.",
        f"Then add both: {said['a']} + {_say(b, unit)} = {_say(total, unit)}.",
    )
    labels = tuple(n.format(who=who, other=other) for n in names)
    diagram = ComparisonBarModel(labels, (a, "?"), sizes=(a, b), difference=d, unit=unit)
    slips = (("first_step_only", b), ("ratio_part_for_whole", a + d))
    return Story(
        text.format(**said),
        question,
        total,
        unit,
        f"{a} + ({a} + {d})",
        steps,
        b,
        slips,
        diagram,
    )


_MORE = (
    (
        _ALL,
        "£",
        "Year 6 raised {p} at a cake sale and {q} at a sponsored walk. Year 5 raised {r}.",
        "How much more did Year 6 raise than Year 5?",
        ("Year 6", "Year 5"),
    ),
    (
        _LOWER,
        "",
        "A farmer picks {p} apples in the morning and {q} in the afternoon. Her neighbour picks {r} apples.",
        "How many more apples does the farmer pick than her neighbour?",
        ("farmer", "neighbour"),
    ),
    (
        (1,),
        "km",
        "{who} cycles {p} in week 1 and {q} in week 2. {other} cycles {r} in the same two weeks.",
        "How much further does {who} cycle than {other}?",
        ("{who}", "{other}"),
    ),
    (
        _UPPER,
        "",
        "A charity shop sold {p} books last year and {q} this year. A second shop sold {r} books in "
        "the same two years.",
        "How many more books did the first shop sell?",
        ("first shop", "second shop"),
    ),
)


def _more(rng: random.Random, level: Level) -> Story:
    _, unit, text, question, names = rng.choice([c for c in _MORE if int(level) in c[0]])
    who = name(rng)
    other = name(rng, (who,))
    whole = _amount(rng, level, unit)
    p, q = _parts(rng, level, whole, 2, unit)
    total = p + q
    r = _parts(rng, level, total, 1, unit)[0] * 2  # at most the total: the difference is positive
    r = r if r < total else r // 2
    diff = total - r
    said = {"p": _say(p, unit), "q": _say(q, unit), "r": _say(r, unit), "who": who, "other": other}
    steps = (
        f"First the total: {said['p']} + {said['q']} = {_say(total, unit)}.",
        f"The difference: {_say(total, unit)} − {said['r']} = {_say(diff, unit)}.",
    )
    labels = tuple(n.format(who=who, other=other) for n in names)
    diagram = ComparisonBarModel(labels, ("", r), sizes=(total, r), difference="?", unit=unit)
    slips = (
        ("added_instead_of_difference", wrong.added_instead_of_difference(total, r)),
        ("first_step_only", total),
    )
    return Story(
        text.format(**said),
        question.format(who=who, other=other),
        diff,
        unit,
        f"{p} + {q} − {r}",
        steps,
        total,
        slips,
        diagram,
    )


def _change(rng: random.Random, level: Level) -> Story:
    """Start, take some away, add some: no part–whole picture fits, so there is no bar model."""
    unit = ""
    start = _amount(rng, level, unit)
    out, back = _parts(rng, level, start, 2, unit)
    end = start - out + back
    stories = (
        (_ALL, "A library had {s} books.", "It gave away {o} old books", "bought {b} new ones"),
        ((1,), "A train had {s} passengers.", "At York {o} got off", "{b} got on"),
        (_LOWER, "A car park had {s} cars in it.", "By lunchtime {o} cars had left", "{b} more had arrived"),
        (_UPPER, "A town had {s} people living in it.", "Over ten years {o} moved away", "{b} moved in"),
    )
    _, place, gone, came = rng.choice([c for c in stories if int(level) in c[0]])
    text = f"{place.format(s=show(start))} {gone.format(o=show(out))} and {came.format(b=show(back))}."
    steps = (f"{show(start)} − {show(out)} = {show(start - out)}", f"{show(start - out)} + {show(back)} = {show(end)}")
    slips = (("first_step_only", start - out), ("added_instead_of_difference", start + out + back))
    return Story(
        text, "How many are there now?", end, unit, f"{start} − {out} + {back}", steps, start - out, slips, None
    )


# The bar model is drawn unasked; the function takes a ``representation`` argument ('bar_model') but the kind is
# not registered with @topic(representations=…) until the shared representation tests read strand pictures
# (see OFFERED in ratio.py).
@topic(
    "problems.multi_step_add_subtract",
    title="Multi-step addition and subtraction problems in context",
    codes=("6C4",),
    styles=("word_problem", "two_step_word_problem", "missing_number", "true_or_false", "spot_the_mistake"),
)
def multi_step_add_subtract(rng: random.Random, level: Level, style: str, representation: str | None = None) -> Item:
    tip = "draw a bar model and decide what each step finds."
    three = level == Level.GREATER_DEPTH or (level == Level.EXPECTED and rng.random() < 0.3)
    if style == "word_problem":
        story = _left(rng, level, three)
    elif style == "two_step_word_problem":
        story = rng.choice((_both, _more, _change))(rng, level)
    elif style == "missing_number":
        return _bar(_start_unknown(rng, level, three), representation)
    else:
        story = _pick(rng, level, three)
    answer = _key(story.value, story.unit)
    if style in ("word_problem", "two_step_word_problem"):
        prompt = f"{story.text} {story.question}" + hint(level, tip)
        item = make(prompt, answer, story.steps, style, story.check, predicted=mis.predictions(answer, *story.slips))
        return _bar(replace(item, diagram=story.diagram), representation)
    if style == "true_or_false":
        slip = story.slips[0] if rng.random() < 0.5 else None
        claim = slip[1] if slip and slip[1] is not None else story.value
        truth = TrueFalse(claim == story.value)
        prompt = f"{story.text} {story.question} True or false? The answer is {_say(claim, story.unit)}." + hint(
            level, tip
        )
        steps = (*story.steps, f"So the statement is {truth_word(claim == story.value)}.")
        predicted = mis.predictions(truth, (slip[0], True)) if slip and claim != story.value else ()
        item = make(prompt, truth, steps, style, f"{story.check} = {claim}", predicted=predicted)
        return _bar(replace(item, diagram=story.diagram), representation)
    who = name(rng)
    slip = story.slips[0]
    prompt = (
        f"{story.text} {story.question} {who} worked it out and got {_say(slip[1], story.unit)}. "
        f"What did {who} do wrong? Give the correct answer." + hint(level, tip)
    )
    steps = (f"{who} stopped after the first step, which gives {_say(story.first_step, story.unit)}.", *story.steps)
    item = make(prompt, answer, steps, style, story.check, predicted=mis.predictions(answer, slip))
    return _bar(replace(item, diagram=story.diagram), representation)


def _pick(rng: random.Random, level: Level, three: bool) -> Story:
    kind = rng.choice(("left", "both", "more"))
    if kind == "left":
        return _left(rng, level, three)
    return _both(rng, level) if kind == "both" else _more(rng, level)


def _start_unknown(rng: random.Random, level: Level, three: bool) -> Item:
    """Working backwards: the amount at the start is □."""
    story = _left(rng, level, three)
    parts = [int(x) for x in story.check.split(" − ")[1:]]
    whole = story.value + sum(parts)
    said = [_say(p, story.unit) for p in parts]
    who = name(rng)
    unit = story.unit
    answer = _key(whole, unit)
    spent = " and ".join(said) if len(said) == 2 else f"{said[0]}, {said[1]} and {said[2]}"
    if unit == "£":
        prompt = (
            f"{who} spent {spent} at a school fair and had {_say(story.value, unit)} left. "
            f"How much did {who} have at the start?"
        )
    else:
        thing = {"km": "drove", "l": "used", "": "gave away"}[unit]
        what = {"km": "distance", "l": "water", "": "stickers"}[unit]
        rest = {"km": "still had {} to go", "l": "had {} left", "": "had {} left"}[unit].format(_say(story.value, unit))
        prompt = f"{who} {thing} {spent} of the {what} and {rest}. How much was there at the start?"
        if unit == "":
            prompt = (
                f"{who} gave away {spent} stickers and had {_say(story.value, unit)} left. "
                f"How many stickers did {who} have at the start?"
            )
    prompt += hint(level, "the whole is the parts added together.")
    steps = (f"Add everything: {' + '.join([*said, _say(story.value, unit)])} = {_say(whole, unit)}.",)
    check = "□ − " + " − ".join(str(p) for p in parts) + f" = {story.value}"
    slips = (
        ("first_step_only", story.value + parts[0]),
        ("wrong_inverse", story.value - parts[0] if story.value > parts[0] else None),
    )
    diagram = BarModel("?", (*parts, story.value), unit=unit)
    item = make(prompt, answer, steps, "missing_number", check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


def _bar(item: Item, representation: str | None) -> Item:
    """Keep the story's bar model; asking for a bar model where none fits the story is an error."""
    if representation is not None and item.diagram is None:
        raise ValueError("a bar_model picture does not suit this question (the story has no part–whole shape)")
    return item
