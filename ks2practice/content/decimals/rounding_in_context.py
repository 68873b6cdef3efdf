"""Problems that need the answer rounded sensibly (remainders, nearest penny)."""

from __future__ import annotations

import random
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Choice, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.calculation.common import money
from ks2practice.content.decimals.common import RANGES, dec, round_places
from ks2practice.content.misconceptions.decimals_percent_ratio import costed, judging
from ks2practice.content.wording import NAMES, hint, lettered, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Remainder, Step, div, eq, mul, q, rel
from ks2practice.core.steps import money as money_step

# ---------------------------------------------------------------------- rounding in context (6F10)


# (story: n things, s per group; round up (True) or down; the question) — the remainder decides the answer
_GROUP_STORIES = (
    ("{n} pupils are going on a trip. Each coach holds {s} pupils. How many coaches are needed?", True, "coaches"),
    ("{n} people are coming to a party. Each table seats {s}. How many tables are needed?", True, "tables"),
    ("A baker has {n} cakes. A box holds {s} cakes. How many boxes can be filled?", False, "boxes"),
    ("{n} eggs are packed into boxes of {s}. How many full boxes are there?", False, "boxes"),
    ("{n} children want to go canoeing. Each canoe holds {s} children. How many canoes are needed?", True, "canoes"),
    ("A ribbon is {n} cm long. It is cut into pieces {s} cm long. How many whole pieces can be cut?", False, "pieces"),
)


_SINGULAR = {"coaches": "coach", "tables": "table", "canoes": "canoe", "boxes": "box", "pieces": "piece"}

# what one of each group is called, and sensible prices to hire one (in pence)
_HIRE = {
    "coaches": ("coach", (15_000, 18_000, 22_500, 27_500, 32_000)),
    "tables": ("table", (450, 600, 750, 850, 1_200)),
    "canoes": ("canoe", (850, 1_000, 1_250, 1_500, 1_800)),
}


def _group_numbers(rng: random.Random, level: Level) -> tuple[int, int]:
    row = RANGES["context"][int(level)]
    size = rng.randint(*row["size"])  # type: ignore[misc]
    low, high = row["people"]  # type: ignore[misc]
    count = rng.randint(max(low, size + 1), high)
    while count % size == 0:
        count += 1
    return count, size


# How many one of each group really holds: a canoe takes 1 to 3 children, a table seats up to 12, a coach 12 to 75.
_FITS = {"coaches": (12, 75), "tables": (3, 12), "canoes": (1, 3), "boxes": (3, 30), "pieces": (1, 10_000)}


# how many things each story's count is about, in the bank's group_stories: a trip is a school's pupils, not 2,000
_COUNTED = dict(
    zip((s[0] for s in _GROUP_STORIES), ("trip", "party", "cakes", "eggs", "canoeing", "ribbon"), strict=True)
)


def _believable(count: int, size: int, style: str) -> int:
    """The count brought within the bank's range for the stories that hold ``size`` (the remainder kept)."""
    bank = contexts.get("group_stories")
    stories = _stories(size) if style == "word_problem" else [s for s in _stories(size) if s[1]]
    highest = max(bank[_COUNTED[s[0]]].high for s in stories)
    while count > highest:
        count -= size * max(1, (count - highest) // size)
    return count if count > size else count + size


def _stories(size: int, count: int | None = None) -> tuple[tuple[str, bool, str], ...]:
    """The stories whose group really holds ``size``: no canoe for 45 children, no coach for 6 pupils (and, given a
    count, none with more in it than the bank allows)."""
    bank = contexts.get("group_stories")
    fitting = tuple(
        s
        for s in _GROUP_STORIES
        if _FITS[s[2]][0] <= size <= _FITS[s[2]][1] and (count is None or bank[_COUNTED[s[0]]].holds(count))
    )
    return fitting or tuple(s for s in _GROUP_STORIES if s[2] == "pieces")


def _group_check(count: int, size: int, up: bool) -> str:
    """Whole groups from the remainder, written without rounding: (n − r) ÷ s, plus one group when rounding up."""
    rest = count % size
    return f"({show(count)} − {rest}) ÷ {size}" + (" + 1" if up else "")


@topic(
    "decimals.rounding_in_context",
    title="Problems that need the answer rounded sensibly (remainders, nearest penny)",
    codes=("6F10",),
    styles=("word_problem", "two_step_word_problem", "true_or_false", "explain"),
)
def rounding_in_context(rng: random.Random, level: Level, style: str) -> Item:
    count, size = _group_numbers(rng, level)
    if style in ("word_problem", "two_step_word_problem"):
        count = _believable(count, size, style)
    story, up, groups = rng.choice(_stories(size, count if style == "word_problem" else None))
    whole, rest = divmod(count, size)
    key = whole + 1 if up else whole
    division = Step(eq(div(count, size), Remainder(whole, rest)))
    reason = (
        f"{show(whole)} {groups} are not enough for the {rest} left over, so round up."
        if up
        else f"The {rest} left over cannot fill another one, so round down."
    )
    tip = "divide, then decide what the remainder means."
    # Leaving the remainder out (when everyone must fit) and counting a group for it (when only full ones count)
    # are different mistakes, each with its own words.
    ignored = mis.remainder_dropped_when_must_fit if up else mis.extra_group_for_remainder
    slips = [ignored.on(count, size), mis.remainder_after_point_in_story.on(count, size, up)]
    if style == "word_problem":
        if level == Level.GREATER_DEPTH and rng.random() < 0.5:
            return _nearest_penny(rng, level, style)
        answer: Answer = WholeNumber(key)
        contexts.used("group_stories", **{_COUNTED[story]: count})
        prompt = story.format(n=show(count), s=size) + hint(level, tip)
        steps = [division, reason, f"Answer: {key}"]
        return make(
            prompt, answer, steps, style, _group_check(count, size, up), predicted=mis.predictions(answer, *slips)
        )
    if style == "true_or_false":
        claim = whole if rng.random() < 0.5 else key
        up_story = [s for s in _stories(size) if s[1]]
        story, _, groups = rng.choice(up_story)
        enough = claim * size >= count
        answer_tf = TrueFalse(enough)
        who = name(rng)
        base = story.split(" How many")[0].format(n=show(count), s=size)
        prompt = f"{base} {who} says {claim} {groups} will be enough. True or false?" + hint(level, tip)
        steps = [
            division,
            Step(
                f"{claim} {groups} hold ",
                eq(mul(claim, size), claim * size),
                ", and ",
                rel(claim * size, "≥" if enough else "<", count),
                f", so the statement is {truth_word(enough)}.",
            ),
        ]
        # Leaving the remainder out makes the whole-number answer look enough; more than that is enough either way,
        # so only a claim of too few is diagnosed.
        wrong_claim = judging(mis.remainder_dropped_when_must_fit).on(count, size, claim=claim)
        predicted = mis.predictions(answer_tf, wrong_claim) if not enough else ()
        return make(prompt, answer_tf, steps, style, f"{claim} × {size} > {show(count - 1)}", predicted=predicted)
    if style == "explain":
        options = (
            f"{whole}, because {show(count)} ÷ {size} = {whole} r {rest} and we ignore the remainder",
            f"{whole + 1}, because the {rest} left over need one more {_SINGULAR[groups]}",
            f"{whole}.{rest}, because the remainder goes after the point",
        )
        if not up:
            options = (
                options[0].replace(
                    "we ignore the remainder", f"the {rest} left over cannot make another {_SINGULAR[groups]}"
                ),
                f"{whole + 1}, because we always round up",
                options[2],
            )
        correct = 1 if up else 0
        answer = Choice(options, correct)
        prompt = story.format(n=show(count), s=size) + " Which answer is right, and why? " + lettered(options)
        keyed: str = f"Answer: {options[correct]}"
        if not up:  # the key's own division, as a step: "4, because 44 ÷ 8 = 5 r 4 and …"
            keyed = Step(
                f"Answer: {whole}, because ",
                division.relations[0],
                f" and the {rest} left over cannot make another {_SINGULAR[groups]}",
            )
        steps = [division, reason, f"Model answer for the adult: {reason}", keyed]
        predicted = mis.predictions(
            answer,
            ignored.on(count, size, options=options),
            mis.remainder_after_point_in_story.on(count, size, up, options=options),
        )
        return make(prompt, answer, steps, style, f"{_group_check(count, size, up)} = {key}", predicted=predicted)
    # two steps: groups needed, then their cost
    story, _, groups = rng.choice([s for s in _stories(size, count) if s[1]])
    single, prices = _HIRE[groups]
    price = rng.choice(prices)
    contexts.used("group_stories", **{_COUNTED[story]: count})
    needed = whole + 1
    cost = needed * price
    answer = Money(cost)
    prompt = (
        story.split(" How many")[0].format(n=show(count), s=size)
        + f" Each {single} costs {money(price)} to hire. How much does it cost altogether?"
        + hint(level, tip)
    )
    steps = [
        division,
        f"{needed} {groups} are needed.",
        Step(eq(mul(needed, money_step(price)), money_step(cost))),
    ]
    predicted = mis.predictions(answer, costed(mis.remainder_dropped_when_must_fit).on(count, size, price=price))
    return make(prompt, answer, steps, style, f"({_group_check(count, size, True)}) × {price}", predicted=predicted)


def _nearest_penny(rng: random.Random, level: Level, style: str) -> Item:
    """Share an amount equally and round each share to the nearest penny."""
    people = rng.choice((3, 6, 7, 9, 11, 12))
    total = rng.randint(500, 6000)
    while total % people == 0 or 2 * (total % people) == people:
        total += 1
    share, rest = divmod(total, people)
    key = share + 1 if 2 * rest > people else share
    who = rng.sample(NAMES, 1)[0]
    contexts.used("shared_amounts", prize=total, children=people)
    answer = Money(key)
    prompt = (
        f"{who} and friends share a prize of {money(total)} equally between {people} people. "
        "How much does each person get, to the nearest penny?"
    )
    exact = Fraction(total, people)
    steps = [
        Step(
            eq(money_step(total), q(total, "p")),
            ", and ",
            eq(div(total, people), Remainder(share, rest)),
            " (about ",
            rel(div(q(total, "p"), people), "≈", q(dec(round_places(exact, 2)), "p")),
            ").",
        ),
        Step(
            f"The remainder is {'more' if 2 * rest > people else 'less'} than half of {people}, "
            f"so round {'up' if key > share else 'down'}: ",
            money_step(key),
        ),
    ]
    check = f"({show(total)} − {rest}) ÷ {people}" + (" + 1" if key > share else "")
    predicted = mis.predictions(answer, mis.rounding_wrong_direction.on(exact, 1))
    return make(prompt, answer, steps, style, check, predicted=predicted)
