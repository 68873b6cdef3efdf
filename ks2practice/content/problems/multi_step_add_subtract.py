"""Multi-step addition and subtraction problems in context."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.wording import hint, make, name, show
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Num, Relation, Step, add, eq, q, rel, sub
from ks2practice.core.steps import money as money_step
from ks2practice.pictures.diagrams import BarModel, ComparisonBarModel, Diagram

# The largest number in a story by level, (low, high), for money (in pence) and for counts and lengths.
SIZES: dict[int, dict[str, tuple[int, int]]] = {
    1: {"£": (2_000, 9_900), "": (30, 99)},
    2: {"£": (2_000, 9_995), "": (1_000, 9_999)},
    3: {"£": (20_000, 99_995), "": (10_000, 99_999)},
}


@dataclass(frozen=True)
class Mistake:
    """A mistake in a story: a mechanism on the story's numbers, and the working that mistake does.

    The working is a relation whose right side is the mechanism's own wrong answer, so a mistake story can only
    show the computation that produced the wrong answer it explains (the gate checks the relation exactly).
    """

    applied: mis.Applied
    working: Relation

    @property
    def value(self) -> int:
        return int(self.applied.wrong())  # type: ignore[arg-type]

    def feedback(self) -> str:
        return self.applied.mechanism.feedback_for(*self.applied.operands, **dict(self.applied.options))


def _mistake(applied: mis.Applied, working: Expr, unit: str) -> Mistake:
    return Mistake(applied, eq(working, _q(int(applied.wrong()), unit)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Story:
    """A multi-step story: its text and question, the key, the check, the worked steps and the first step."""

    text: str
    question: str
    value: int
    unit: str  # '£' (pence), 'km', 'l' or '' (a count of things)
    check: str
    steps: tuple[Step, ...]
    slips: tuple[Mistake, ...]
    diagram: Diagram | None
    parts: tuple[int, ...] = ()  # the amounts taken from the whole, for working backwards
    backwards: str = ""  # the story told backwards, {spent} and {left} known, the whole asked for


def _step(level: Level, unit: str) -> int:
    return 100 if unit == "£" and level == Level.WORKING_TOWARDS else (5 if unit == "£" else 1)


def _span(level: Level, unit: str, where: str, divide: int = 1, cap: Fraction = Fraction(1)) -> tuple[int, int]:
    """The level's sizes (divided) inside the bank's range for `context.quantity` (its top scaled by cap)."""
    low, high = SIZES[int(level)]["£" if unit == "£" else ""]
    context_id, quantity = where.split(".")
    low, high = contexts.get(context_id).span(quantity, low // divide, high // divide)
    return low, min(high, int(contexts.get(context_id)[quantity].high * cap))


def _fits(level: Level, unit: str, where: str, divide: int = 1, cap: Fraction = Fraction(1)) -> bool:
    """A story is told at a level only where the level's numbers are believable for its context."""
    low, high = _span(level, unit, where, divide, cap)
    return high - low >= 10 * _step(level, unit)


def _amount(
    rng: random.Random, level: Level, unit: str, where: str, divide: int = 1, cap: Fraction = Fraction(1)
) -> int:
    low, high = _span(level, unit, where, divide, cap)
    step = _step(level, unit)
    return rng.randint(-(-low // step), high // step) * step


def _parts(rng: random.Random, level: Level, whole: int, count: int, unit: str) -> list[int]:
    """`count` parts that together leave a positive remainder of the whole (each at least a tenth of it)."""
    step = _step(level, unit)
    top = whole // (count + 1)
    low = max(whole // 10, step)
    return [rng.randint(low // step, top // step) * step for _ in range(count)]


def _say(value: int, unit: str) -> str:
    if unit == "£":
        return money(value)
    return f"{show(value)} {unit}" if unit else show(value)


def _q(value: int, unit: str) -> Num:
    """An amount in a step, in the story's unit (pence are written as money)."""
    if unit == "£":
        # whole pounds as the prompt prints them (£41), other amounts with their pence (£13.05, 45p)
        return q(value // 100, "£") if value % 100 == 0 else money_step(value)
    return q(value, unit)


def _key(value: int, unit: str) -> Answer:
    if unit == "£":
        return Money(value)
    return Measure(value, unit) if unit else WholeNumber(value)


_ALL, _LOWER, _UPPER = (1, 2, 3), (1, 2), (2, 3)
# (context.whole, context.part in the bank, unit, story start, one phrase per part with {p}, question, working
# backwards: what is known ({spent}, {left}) and the question). Which levels tell a story is the bank's to say.
_LEFT = (
    (
        "school_fair.budget",
        "school_fair.spent",
        "£",
        "{who} has {whole} to spend at the school fair.",
        ("{who} spends {p} on books", "{p} on raffle tickets", "{p} on cakes"),
        "How much does {who} have left?",
        "{who} spent {spent} at the school fair and had {left} left. How much did {who} have at the start?",
    ),
    (
        "library_appeal.target",
        "library_appeal.raised",
        "£",
        "A school wants to raise {whole} for new library books.",
        ("Year 5 raise {p}", "Year 6 raise {p}", "the PTA raises {p}"),
        "How much more does the school need to raise?",
        "A school has raised {spent} for new library books and still needs {left}. How much does it want to raise?",
    ),
    (
        "road_trip.distance",
        "road_trip.day",
        "km",
        "The Smiths drive {whole} on a road trip.",
        ("They drive {p} on day 1", "{p} on day 2", "{p} on day 3"),
        "How much further do they have to drive?",
        "The Smiths drove {spent} on a road trip and still had {left} to go. How long is the whole trip?",
    ),
    (
        "reading_challenge.pages",
        "reading_challenge.read",
        "",
        "A reading challenge is to read {whole} pages.",
        ("{who} reads {p} pages in May", "{p} pages in June", "{p} pages in July"),
        "How many pages are left to read?",
        "{who} read {spent} pages of a reading challenge and has {left} pages left. How many pages is the challenge?",
    ),
    (
        "fish_tank.water",
        "fish_tank.poured",
        "l",
        "A fish tank holds {whole} of water when full.",
        ("{p} is poured out on Monday", "{p} on Tuesday", "{p} on Wednesday"),
        "How much water is left in the fish tank?",
        "{who} poured {spent} out of a full fish tank and {left} was left. How much does the fish tank hold?",
    ),
    (
        "garden_pond.water",
        "garden_pond.pumped",
        "l",
        "A garden pond holds {whole} of water when full.",
        ("{p} is pumped out on Monday", "{p} on Tuesday", "{p} on Wednesday"),
        "How much water is left in the pond?",
        "{spent} were pumped out of a full garden pond and {left} was left. How much does the pond hold?",
    ),
    (
        "swimming_pool.water",
        "swimming_pool.pumped",
        "l",
        "A swimming pool holds {whole} of water when full.",
        ("{p} is pumped out on Monday", "{p} on Tuesday", "{p} on Wednesday"),
        "How much water is left in the pool?",
        "{spent} were pumped out of a full swimming pool and {left} was left. How much does the pool hold?",
    ),
    (
        "stadium.seats",
        "stadium.sold",
        "",
        "A stadium has {whole} seats.",
        ("{p} are sold to home fans", "{p} to away fans", "{p} to families"),
        "How many seats are not sold?",
        "At a stadium {spent} seats are sold and {left} are not sold. How many seats does the stadium have?",
    ),
)


def _use(where: str, **values: int | list[int]) -> None:
    contexts.used(where.split(".")[0], **{where.split(".")[1] if k == "_" else k: v for k, v in values.items()})


def _left(rng: random.Random, level: Level, three: bool) -> Story:
    story = rng.choice([c for c in _LEFT if _fits(level, c[2], c[0])])
    where, part, unit, start, phrases, question, backwards = story
    who = name(rng)
    whole = _amount(rng, level, unit, where)
    parts = _parts(rng, level, whole, 3 if three else 2, unit)
    _use(where, _=whole)
    _use(part, _=parts)
    result = whole - sum(parts)
    said = [_say(p, unit) for p in parts]
    clauses = [phrases[i].format(p=said[i], who=who) for i in range(len(parts))]
    joined = ", ".join(clauses[:-1]) + " and " + clauses[-1]
    text = start.format(who=who, whole=_say(whole, unit)) + f" {joined[0].upper()}{joined[1:]}."
    used = sum(parts)
    steps = (
        Step("Add the parts: ", eq(add(*(_q(p, unit) for p in parts)), _q(used, unit)), "."),
        Step("Subtract from the whole: ", eq(sub(_q(whole, unit), _q(used, unit)), _q(result, unit)), "."),
    )
    check = f"{whole} − " + " − ".join(str(p) for p in parts)
    slips = (
        _mistake(mis.first_step_only.on(whole - parts[0]), sub(_q(whole, unit), _q(parts[0], unit)), unit),
        _mistake(mis.all_amounts_added.on(whole, *parts), add(*(_q(x, unit) for x in (whole, *parts))), unit),
    )
    bar_unit = "£" if unit == "£" else unit
    diagram = BarModel(whole, (*parts, "?"), unit=bar_unit)
    told = Story(text, question.format(who=who), result, unit, check, steps, slips, diagram, tuple(parts))
    return replace(told, backwards=backwards)


_BOTH = (
    (
        (2,),
        "school_roll.pupils",
        "",
        "Oak School has {a} pupils. Elm School has {d} more pupils than Oak School.",
        "How many pupils are there in the two schools altogether?",
        ("Oak", "Elm"),
    ),
    (
        _ALL,
        "museum_day.visitors",
        "",
        "On Saturday {a} people visited a museum. On Sunday {d} more people visited than on Saturday.",
        "How many people visited over the weekend?",
        ("Saturday", "Sunday"),
    ),
    (
        _ALL,
        "savings.saved",
        "£",
        "{who} saved {a}. {other} saved {d} more than {who}.",
        "How much did they save altogether?",
        ("{who}", "{other}"),
    ),
    (
        (1,),
        "lorry_day.distance",
        "km",
        "A lorry drove {a} on Monday and {d} further on Tuesday than on Monday.",
        "How far did it drive on the two days altogether?",
        ("Monday", "Tuesday"),
    ),
    (
        _UPPER,
        "pilot_month.distance",
        "km",
        "A pilot flew {a} in March and {d} further in April than in March.",
        "How far did the pilot fly in the two months altogether?",
        ("March", "April"),
    ),
)


def _both(rng: random.Random, level: Level) -> Story:
    # the second amount is at most half as big again as the first, so both lie in the context's range
    choices = [c for c in _BOTH if int(level) in c[0] and _fits(level, c[2], c[1], 2, Fraction(2, 3))]
    _, where, unit, text, question, names = rng.choice(choices)
    who = name(rng)
    other = name(rng, (who,))
    a = _amount(rng, level, unit, where, 2, Fraction(2, 3))
    d = max(_parts(rng, level, a, 1, unit)[0], 2)  # never "1 more people"
    b = a + d
    _use(where, _=[a, b])
    total = a + b
    said = {"a": _say(a, unit), "d": _say(d, unit), "who": who, "other": other}
    steps = (
        Step("First find the second amount: ", eq(add(_q(a, unit), _q(d, unit)), _q(b, unit)), "."),
        Step("Then add both: ", eq(add(_q(a, unit), _q(b, unit)), _q(total, unit)), "."),
    )
    labels = tuple(n.format(who=who, other=other) for n in names)
    diagram = ComparisonBarModel(labels, (a, "?"), sizes=(a, b), difference=d, unit=unit)
    slips = (_mistake(mis.first_step_only.on(b), add(_q(a, unit), _q(d, unit)), unit),)
    return Story(text.format(**said), question, total, unit, f"{a} + ({a} + {d})", steps, slips, diagram)


_MORE = (
    (
        _ALL,
        "cake_sale.raised",
        "£",
        "Year 6 raised {p} at a cake sale and {q} at a sponsored walk. Year 5 raised {r}.",
        "How much more did Year 6 raise than Year 5?",
        ("Year 6", "Year 5"),
    ),
    (
        _LOWER,
        "orchard_day.apples",
        "",
        "A farmer picks {p} apples in the morning and {q} in the afternoon. Her neighbour picks {r} apples.",
        "How many more apples does the farmer pick than her neighbour?",
        ("farmer", "neighbour"),
    ),
    (
        (1,),
        "cycling_week.distance",
        "km",
        "{who} cycles {p} in week 1 and {q} in week 2. {other} cycles {r} in the same two weeks.",
        "How much further does {who} cycle than {other}?",
        ("{who}", "{other}"),
    ),
    (
        _UPPER,
        "charity_shop_year.books",
        "",
        "A charity shop sold {p} books last year and {q} this year. A second shop sold {r} books in "
        "the same two years.",
        "How many more books did the first shop sell?",
        ("first shop", "second shop"),
    ),
)


def _more(rng: random.Random, level: Level) -> Story:
    # p and q are at most a third of the whole drawn, so a whole up to three times the range keeps them in it
    choices = [c for c in _MORE if int(level) in c[0] and _fits(level, c[2], c[1], 1, Fraction(3))]
    _, where, unit, text, question, names = rng.choice(choices)
    who = name(rng)
    other = name(rng, (who,))
    whole = _amount(rng, level, unit, where, 1, Fraction(3))
    least = contexts.get(where.split(".")[0])[where.split(".")[1]].low  # no £2 raised at a cake sale
    p, q = (max(x, -(-least // _step(level, unit)) * _step(level, unit)) for x in _parts(rng, level, whole, 2, unit))
    total = p + q
    r = _parts(rng, level, total, 1, unit)[0] * 2  # at most the total: the difference is positive
    r = r if r < total else r // 2
    _use(where, _=[p, q])
    diff = total - r
    said = {"p": _say(p, unit), "q": _say(q, unit), "r": _say(r, unit), "who": who, "other": other}
    steps = (
        Step("First the total: ", eq(add(_q(p, unit), _q(q, unit)), _q(total, unit)), "."),
        Step("The difference: ", eq(sub(_q(total, unit), _q(r, unit)), _q(diff, unit)), "."),
    )
    labels = tuple(n.format(who=who, other=other) for n in names)
    diagram = ComparisonBarModel(labels, ("", r), sizes=(total, r), difference="?", unit=unit)
    slips = (
        _mistake(mis.added_instead_of_difference.on(total, r), add(*(_q(x, unit) for x in (p, q, r))), unit),
        _mistake(mis.first_step_only.on(total), add(_q(p, unit), _q(q, unit)), unit),
    )
    story = question.format(who=who, other=other)
    return Story(text.format(**said), story, diff, unit, f"{p} + {q} − {r}", steps, slips, diagram)


_CHANGE = (
    ("library_stock.books", "A library had {s} books.", "It gave away {o} old books", "bought {b} new ones"),
    ("train_journey.passengers", "A train had {s} passengers.", "At York {o} got off", "{b} got on"),
    ("car_park_town.cars", "A car park had {s} cars in it.", "By lunchtime {o} cars had left", "{b} more had arrived"),
    ("town.people", "A town had {s} people living in it.", "Over ten years {o} moved away", "{b} moved in"),
)


def _change(rng: random.Random, level: Level) -> Story:
    """Start, take some away, add some: no part–whole picture fits, so there is no bar model."""
    unit = ""
    # what comes back is at most a third of the start, so a start up to three quarters of the range stays in it
    where, place, gone, came = rng.choice([c for c in _CHANGE if _fits(level, unit, c[0], 1, Fraction(3, 4))])
    start = _amount(rng, level, unit, where, 1, Fraction(3, 4))
    out, back = _parts(rng, level, start, 2, unit)
    end = start - out + back
    _use(where, _=[start, start - out, end])
    text = f"{place.format(s=show(start))} {gone.format(o=show(out))} and {came.format(b=show(back))}."
    steps = (Step(eq(sub(start, out), start - out)), Step(eq(add(start - out, back), end)))
    slips = (
        _mistake(mis.first_step_only.on(start - out), sub(start, out), unit),
        _mistake(mis.all_amounts_added.on(start, out, back), add(start, out, back), unit),
    )
    return Story(text, "How many are there now?", end, unit, f"{start} − {out} + {back}", steps, slips, None)


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
        predicted = mis.predictions(answer, *(m.applied for m in story.slips))
        item = make(prompt, answer, story.steps, style, story.check, predicted=predicted)
        return _bar(replace(item, diagram=story.diagram), representation)
    if style == "true_or_false":
        slip = story.slips[0] if rng.random() < 0.5 else None
        claim = slip.value if slip else story.value
        truth = TrueFalse(claim == story.value)
        prompt = f"{story.text} {story.question} True or false? The answer is {_say(claim, story.unit)}." + hint(
            level, tip
        )
        if claim == story.value:
            verdict = Step("The answer is ", _q(story.value, story.unit), ", so the statement is true.")
        else:
            shown = rel(_q(story.value, story.unit), "≠", _q(claim, story.unit))
            verdict = Step("The answer is ", shown, ", so the statement is false.")
        steps = (*story.steps, verdict)
        item = make(prompt, truth, steps, style, f"{story.check} = {claim}")
        return _bar(replace(item, diagram=story.diagram), representation)
    who = name(rng)
    # The wrong answer shown, the working that made it and the words that explain it all come from one mechanism
    # applied to this story's numbers.
    slip = story.slips[0]
    prompt = (
        f"{story.text} {story.question} {who} worked it out and got {_say(slip.value, story.unit)}. "
        f"What did {who} do wrong? Give the correct answer." + hint(level, tip)
    )
    steps = (Step(f"{who} worked out ", slip.working, "."), slip.feedback(), *story.steps)
    item = make(prompt, answer, steps, style, story.check, predicted=mis.predictions(answer, slip.applied))
    return _bar(replace(item, diagram=story.diagram), representation)


def _pick(rng: random.Random, level: Level, three: bool) -> Story:
    kind = rng.choice(("left", "both", "more"))
    if kind == "left":
        return _left(rng, level, three)
    return _both(rng, level) if kind == "both" else _more(rng, level)


def _start_unknown(rng: random.Random, level: Level, three: bool) -> Item:
    """Working backwards: the amount at the start is □."""
    story = _left(rng, level, three)
    parts = list(story.parts)
    whole = story.value + sum(parts)
    said = [_say(p, story.unit) for p in parts]
    who = name(rng)
    unit = story.unit
    answer = _key(whole, unit)
    spent = " and ".join(said) if len(said) == 2 else f"{said[0]}, {said[1]} and {said[2]}"
    told = story.backwards.format(who=who, spent=spent, left=_say(story.value, unit))
    prompt = told[0].upper() + told[1:]
    prompt += hint(level, "the whole is the parts added together.")
    everything = add(*(_q(x, unit) for x in (*parts, story.value)))
    steps = (Step("Add everything: ", eq(everything, _q(whole, unit)), "."),)
    check = "□ − " + " − ".join(str(p) for p in parts) + f" = {story.value}"
    # taking the amounts spent away from what is left (the same operation, not its inverse)
    same = mis.wrong_inverse.on(sum(parts), story.value, False) if story.value > sum(parts) else None
    slips = (mis.first_step_only.on(story.value + parts[0]), same)
    diagram = BarModel("?", (*parts, story.value), unit=unit)
    item = make(prompt, answer, steps, "missing_number", check, predicted=mis.predictions(answer, *slips))
    return replace(item, diagram=diagram)


def _bar(item: Item, representation: str | None) -> Item:
    """Keep the story's bar model; asking for a bar model where none fits the story is an error."""
    if representation is not None and item.diagram is None:
        raise ValueError("a bar_model picture does not suit this question (the story has no part–whole shape)")
    return item
