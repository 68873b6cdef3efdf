"""Generate and describe linear number sequences."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Answer, Choice, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import RANGES, _draw
from ks2practice.content.reasoning import always_sometimes_never, odd_one_out, same_different
from ks2practice.content.wording import hint, lettered, make, name, ordinal, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Remainder, Step, add, div, eq, mul, q, rel, sub

# ---------------------------------------------------------------------- linear sequences


def _sequence(rng: random.Random, level: Level) -> tuple[int, int]:
    """A start and a step (negative steps from level 2; crossing zero at level 3)."""
    row = RANGES["sequences"][int(level)]
    start, step = _draw(rng, row, "start"), _draw(rng, row, "step")
    if level == Level.EXPECTED and rng.random() < 0.3:
        return start + 6 * step, -step  # a decreasing sequence that stays positive for the terms shown
    if level == Level.GREATER_DEPTH and rng.random() < 0.3:
        return rng.randint(1, 3 * step), -step  # crosses zero within the terms shown
    return start, step


def _terms(start: int, step: int, count: int) -> list[int]:
    return [start + k * step for k in range(count)]


def _listed(values: list[int | str]) -> str:
    return ", ".join(v if isinstance(v, str) else show(v) for v in values)


def _rule(start: int, step: int) -> str:
    change = f"add {step}" if step > 0 else f"subtract {-step}"
    return f"start at {show(start)} and {change} each time"


def _term_check(start: int, step: int, position: int) -> str:
    return f"{show(start)} + ({position} − 1) × {step}"


@topic(
    "algebra.sequences",
    title="Generate and describe linear number sequences",
    codes=("6A3",),
    styles=(
        "fluency",
        "missing_number",
        "word_problem",
        "true_or_false",
        "explain",
        "same_different",
        "always_sometimes_never",
        "odd_one_out",
    ),
)
def sequences(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return _same_different(rng, level)
    if style == "always_sometimes_never":
        return _always_sometimes_never(rng, level)
    if style == "odd_one_out":
        return _odd_one_out(rng, level)
    start, step = _sequence(rng, level)
    shown = _terms(start, step, 4 if level == Level.WORKING_TOWARDS else 5)
    tip = "find the difference between neighbouring terms."
    describe = f"The terms go up by {step} each time" if step > 0 else f"The terms go down by {-step} each time"
    if style == "fluency":
        nxt = start + len(shown) * step
        answer = WholeNumber(nxt)
        prompt = f"What is the next term in this sequence? {_listed(shown)}, …" + hint(level, tip)
        steps = [Step(f"{describe}."), Step(eq(_next(shown[-1], step), nxt))]
        check = f"{show(shown[-1])} + {step}" if step > 0 else f"{show(shown[-1])} − {-step}"
        return make(_minus(prompt), answer, steps, style, _minus(check))
    if style == "missing_number":
        gap = rng.randint(1, len(shown) - 2)
        value = shown[gap]
        answer = WholeNumber(value)
        with_gap: list[int | str] = [v if i != gap else "□" for i, v in enumerate(shown)]
        prompt = f"Find the missing term: {_listed(with_gap)}" + hint(level, tip)
        steps = [Step(f"{describe}."), Step(eq(_next(shown[gap - 1], step), value))]
        check = f"({show(shown[gap - 1])} + {show(shown[gap + 1])}) ÷ 2"
        return make(_minus(prompt), answer, steps, style, _minus(check))
    if style == "true_or_false":
        return _in_sequence(rng, level, start, step, shown)
    if style == "explain":
        return _which_rule(rng, level, start, step, shown)
    return _nth_term(rng, level)


def _next(term: int, step: int) -> Expr:
    """The term after ``term``: 36 + 6, or 43 − 7 for a step down."""
    return add(term, step) if step > 0 else sub(term, -step)


def _minus(text: str) -> str:
    return text.replace("-", "−")


# (context in the bank, the story with {start} and {step}, where the nth is, the count asked for by position)
_GROWING = (
    (
        "matchstick_pattern",
        "A pattern is made from matchsticks. Shape 1 uses {start} matchsticks and each new shape uses {step} more.",
        "How many matchsticks are there in shape {p}?",
        "Which shape uses {term} matchsticks? Give its number.",
    ),
    (
        "theatre_rows",
        "Seats in a theatre: row 1 has {start} seats and each row has {step} more seats than the row before.",
        "How many seats are there in row {p}?",
        "Which row has {term} seats? Give its number.",
    ),
    (
        "table_row",
        "Tables are pushed together in a row for a street party. One table seats {start} people and each table "
        "added seats {step} more.",
        "How many people can sit at a row of {p} tables?",
        "How many tables are needed to seat exactly {term} people?",
    ),
    ("weekly_savings", "{saver} saves £{start} in week 1, then £{step} more each week than the week before.", "", ""),
)


def _growing(rng: random.Random, level: Level) -> tuple[tuple[str, str, str, str], int, int, int]:
    """A story and its 1st term, step and position, all inside the story's context and the level's ranges."""
    row = RANGES["sequences"][int(level)]
    for _ in range(200):
        story = rng.choice(_GROWING)
        bank = contexts.get(story[0])
        spans = [bank.span(q, *row[k]) for q, k in (("first", "start"), ("step", "step"), ("position", "position"))]
        if any(lo > hi for lo, hi in spans):
            continue  # a theatre has no row 80, a child saves for weeks, not years
        start, step, position = (rng.randint(lo, hi) for lo, hi in spans)
        term = start + (position - 1) * step
        if bank["total"].holds(term):
            contexts.used(story[0], first=start, step=step, position=position, total=term)
            return story, start, step, position
    raise ValueError(f"no growing pattern fits level {int(level)}")


def _nth_term(rng: random.Random, level: Level) -> Item:
    story, start, step, position = _growing(rng, level)
    term = start + (position - 1) * step
    saver = name(rng)
    context = story[1].format(start=show(start), step=show(step), saver=saver)
    unit = "£" if "saves" in context else ""
    answer: Answer = Money(term * 100) if unit else WholeNumber(term)
    which = f"in week {position}"
    ask_position = level == Level.GREATER_DEPTH and rng.random() < 0.4 and not unit
    if ask_position:
        answer = WholeNumber(position)
        prompt = f"{context} {story[3].format(term=show(term))}"
        count = (term - start) // step
        steps = [
            Step("From the 1st term, ", eq(sub(term, start), term - start), f": {show(term)} is that much more."),
            Step(eq(div(term - start, step), count), " steps, so it is position ", eq(add(count, 1), position), "."),
        ]
        check = f"({show(term)} − {start}) ÷ {step} + 1"
        slip = mis.sequence_one_step_too_many.on(start, step, position, asked_position=True)
        return make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, slip))
    ask = story[2].format(p=position)
    prompt = f"{context} {ask}" + hint(level, f"the 1st term needs no steps of {step}.")
    if unit:
        prompt = f"{context} How much does {saver} save {which}?" + hint(level, "week 1 needs no extra steps.")
    money = "£" if unit else ""
    steps = [
        Step(f"From position 1 to position {position} is {position - 1} steps of ", q(step, money), "."),
        Step(
            eq(
                add(q(start, money), mul(position - 1, q(step, money))),
                add(q(start, money), q((position - 1) * step, money)),
                q(term, money),
            )
        ),
    ]
    check = _term_check(start, step, position)
    if unit:
        check = f"({check}) × 100"
    scale = 100 if unit else 1  # a money key is in pence
    slips = (
        mis.sequence_difference_only.on(step, position, scale=scale),
        mis.sequence_one_step_too_many.on(start, step, position, scale=scale),
    )
    return make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, *slips))


def _in_sequence(rng: random.Random, level: Level, start: int, step: int, shown: list[int]) -> Item:
    span = 10 if level == Level.WORKING_TOWARDS else (30 if level == Level.EXPECTED else 80)
    reach = rng.randint(len(shown) + 2, span)
    candidate = start + (reach - 1) * step
    if rng.random() < 0.5:
        candidate += rng.randint(1, abs(step) - 1)  # just off the sequence
    truth = (candidate - start) % step == 0
    k = (candidate - start) // abs(step) if step > 0 else (start - candidate) // abs(step)
    answer = TrueFalse(truth)
    prompt = (
        f"True or false? {_minus(show(candidate))} is a term in the sequence {_minus(_listed(shown))}, … "
        f"(the sequence goes on in the same way)." + hint(level, "how many steps from the 1st term?")
    )
    gap = abs(candidate - start)
    apart = sub(candidate, start) if candidate > start else sub(start, candidate)
    count = Remainder(gap // abs(step), gap % abs(step)) if gap % abs(step) else gap // abs(step)
    steps = [
        f"The rule is: {_rule(start, step)}.",
        Step(f"From {_minus(show(start))} to {_minus(show(candidate))}: ", eq(apart, gap), "."),
        Step(
            eq(div(gap, abs(step)), count),
            ": a whole number of steps" if truth else ": not a whole number of steps",
            f", so the statement is {truth_word(truth)}.",
        ),
    ]
    sign = "+" if step > 0 else "−"
    check = _minus(f"{show(start)} {sign} {k} × {abs(step)} = {show(candidate)}")
    if candidate < 0:
        check = _minus(f"{show(start)} {sign} {k} × {abs(step)} = ({show(candidate)})")
    return make(_minus(prompt), answer, steps, "true_or_false", check)


def _which_rule(rng: random.Random, level: Level, start: int, step: int, shown: list[int]) -> Item:
    right = _rule(start, step)
    second = shown[1]
    fakes = [_rule(start, step + 1), _rule(start, -step)]
    fakes.append(_rule(second, step) if second != start else _rule(start + 1, step))
    options = list(dict.fromkeys([right, *fakes]))
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(right))
    prompt = (
        f"Which rule describes the sequence {_minus(_listed(shown))}, …? Explain how you know. {lettered(options)}"
        + hint(level, "check the rule on the first two terms.")
    )
    steps = [
        Step(
            "Model answer: the 1st term is ",
            start,
            " and the difference between terms is ",
            eq(sub(shown[1], shown[0]), step),
            f", so the rule is: {right}.",
        ),
        f"Answer: {right}",
    ]
    check = _minus(f"{show(start)} {'+' if step > 0 else '−'} 3 × {abs(step)} = {show(shown[3])}")
    if shown[3] < 0:
        check = _minus(f"{show(start)} − 3 × {abs(step)} = ({show(shown[3])})")
    return make(_minus(prompt), answer, steps, "explain", check)


def _same_different(rng: random.Random, level: Level) -> Item:
    """What's the same, what's different: two sequences with the same step from different starts, or the same
    start with different steps."""
    row = RANGES["sequences"][int(level)]
    start, step = _draw(rng, row, "start"), max(2, _draw(rng, row, "step"))
    count = 4 if level == Level.WORKING_TOWARDS else 5
    first = _terms(start, step, count)
    if rng.random() < 0.5:  # the same step, another start: every term the same amount more
        gap = rng.randint(1, step - 1) if step > 2 else step + 1
        second = _terms(start + gap, step, count)
        steps = [
            Step(
                "Both go up by the same amount: ",
                eq(sub(first[1], first[0]), step),
                " and ",
                eq(sub(second[1], second[0]), step),
                ".",
            ),
            Step(
                "They start ",
                gap,
                " apart, so every term of the second is ",
                gap,
                " more: ",
                eq(sub(second[-1], first[-1]), gap),
                ".",
            ),
        ]
        statements = [
            (f"The same rule, add {step} each time; different starts, so each term of the second is {gap} more.", True),
            (f"They are the same sequence, because both add {step} each time.", False),
            ("The second grows faster, because its numbers are bigger.", False),
        ]
        check = f"{first[1]} − {first[0]} = {second[1]} − {second[0]}"
    else:  # the same start, a bigger step: the gap between them grows
        other = step + rng.randint(1, 3)
        second = _terms(start, other, count)
        steps = [
            Step(
                "Both start at ",
                start,
                "; the first adds ",
                eq(sub(first[1], first[0]), step),
                " each time and the second adds ",
                eq(sub(second[1], second[0]), other),
                ".",
            ),
            Step(
                "So the gap between them grows: ",
                eq(sub(second[-1], first[-1]), (other - step) * (count - 1)),
                f" by the {ordinal(count)} term.",
            ),
        ]
        statements = [
            (
                f"The same start, {show(start)}; the second adds {other} each time, not {step}, so it grows faster.",
                True,
            ),
            (f"They go up by the same amount, because they start at {show(start)}.", False),
            ("They are the same sequence, because they start at the same number.", False),
        ]
        check = f"{second[1]} − {second[0]} > {first[1]} − {first[0]}"
    pair = f"{_listed(first)}, … and {_listed(second)}, …"
    return same_different(rng, pair, statements, steps, check)


# ---------------------------------------------------------------------- always/sometimes/never, odd one out (#15)


def _parity(term: int) -> Step:
    """A term shown odd or even: 14 = 2 × 7, 15 = 2 × 7 + 1."""
    half = term // 2
    return Step(eq(mul(2, half) if term % 2 == 0 else add(mul(2, half), 1), term), ".")


def _always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Level 1: every term is odd (or even); level 2: every term is a multiple of the step; level 3: the (2p)th term
    is double the pth term. Each verdict read from worked terms of this sequence."""
    row = RANGES["sequences"][int(level)]
    start, step = _draw(rng, row, "start"), max(2, _draw(rng, row, "step"))
    if level == Level.WORKING_TOWARDS:
        shown = _terms(start, step, 4)
        word = rng.choice(("odd", "even"))
        holds = [t for t in shown if (t % 2 == 1) == (word == "odd")]
        fails = [t for t in shown if t not in holds]
        reason = (
            [
                f"Adding {step}, an even number, each time keeps every term {'odd' if start % 2 else 'even'}, like the "
                "1st term."
            ]
            if step % 2 == 0
            else []
        )
        first_holds = shown[0] in holds
        return always_sometimes_never(
            f"Every term of the sequence {_listed(shown)}, … is {word}.",
            holds=[_parity(t) for t in holds[:2]],
            fails=[_parity(t) for t in fails[:2]],
            reason=reason,
            check=f"{shown[0]} + {step} = {shown[1]}",
            slips=[mis.sequence_judged_on_one_term.on(first_holds)],
            hint=hint(level, "check more than one term."),
        )
    if level == Level.EXPECTED:
        if rng.random() < 0.4:
            start = step * rng.randint(1, 4)
        shown = _terms(start, step, 5)
        rest = start % step
        if rest == 0:
            return always_sometimes_never(
                f"Every term of the sequence {_listed(shown)}, … is a multiple of {step}.",
                reason=[
                    f"The 1st term is a multiple of {step}, and adding {step} to a multiple of {step} gives the "
                    "next multiple."
                ],
                holds=[Step(eq(mul(step, t // step), t), ".") for t in (shown[0], shown[-1])],
                check=f"{show(shown[-1])} = {step} × {shown[-1] // step}",
            )
        return always_sometimes_never(
            f"Every term of the sequence {_listed(shown)}, … is a multiple of {step}.",
            reason=[
                f"The 1st term is {rest} more than a multiple of {step}, and adding {step} keeps every term "
                f"{rest} more than a multiple of {step}."
            ],
            fails=[Step(eq(add(mul(step, t // step), rest), t), ".") for t in (shown[0], shown[-1])],
            check=f"{show(shown[-1])} = {step} × {shown[-1] // step} + {rest}",
            slips=[mis.steps_make_multiples.on()],
        )
    if start == step:
        start += rng.randint(1, step - 1)
    p = rng.randint(10, 50)
    shown = _terms(start, step, 4)
    tp, t2p = start + (p - 1) * step, start + (2 * p - 1) * step
    return always_sometimes_never(
        f"In a sequence that goes up in equal steps, the {ordinal(2 * p)} term is double the {ordinal(p)} term.",
        holds=[
            Step(
                f"In {_listed(_terms(step, step, 4))}, … the {ordinal(p)} term is ",
                eq(mul(p, step), p * step),
                f" and the {ordinal(2 * p)} is ",
                eq(mul(2 * p, step), 2 * p * step),
                ", and ",
                eq(mul(2, p * step), 2 * p * step),
                ".",
            )
        ],
        fails=[
            Step(f"In {_listed(shown)}, … the {ordinal(p)} term is ", eq(add(start, mul(p - 1, step)), tp), "."),
            Step(f"The {ordinal(2 * p)} term is ", eq(add(start, mul(2 * p - 1, step)), t2p), "."),
            Step(eq(mul(2, tp), 2 * tp), ", and ", rel(2 * tp, "≠", t2p), "."),
        ],
        check=f"{start} + ({2 * p} − 1) × {step} {'<' if t2p < 2 * tp else '>'} 2 × ({start} + ({p} − 1) × {step})",
        slips=[mis.term_proportional_to_position.on()],
    )


def _odd_one_out(rng: random.Random, level: Level) -> Item:
    """Which number is not a term? Three later terms and one number between two terms, each worked as a whole
    number of steps from the 1st term or not (further along at each level; going down through 0 at level 3)."""
    start, step = _sequence(rng, level)
    while level == Level.GREATER_DEPTH and (
        abs(step) < 7 or step % 10 == 0
    ):  # small steps make the far terms easy to reach
        start, step = _sequence(rng, level)
    step = step if abs(step) > 1 else 2
    shown = _terms(start, step, 4 if level == Level.WORKING_TOWARDS else 5)
    reach = {1: 12, 2: 30, 3: 80}[int(level)]
    count = 4 if level == Level.GREATER_DEPTH else 3
    positions = rng.sample(range(len(shown) + 1, reach + 1), count + 1)
    members = [start + (k - 1) * step for k in positions[:count]]
    odd = start + (positions[count] - 1) * step + (1 if step > 0 else -1) * rng.randint(1, abs(step) - 1)
    steps: list[str | Step] = [
        f"The rule is: {_rule(start, step)}. A term is a whole number of steps from {_minus(show(start))}."
    ]
    for m in sorted([*members, odd]):
        gap = abs(m - start)
        if m > start:
            apart = sub(m, start)
        elif m >= 0:
            apart = sub(start, m)
        else:  # below 0: the distance down to 0 and on (or between the two distances from 0)
            apart = add(start, -m) if start >= 0 else sub(-m, -start)
        across = f" (down to 0 is {start}, then {show(-m)} more)" if m < 0 <= start else ""
        count = Remainder(gap // abs(step), gap % abs(step)) if gap % abs(step) else gap // abs(step)
        steps.append(
            Step(
                f"{_minus(show(m))}{across}: ",
                eq(apart, gap),
                " and ",
                eq(div(gap, abs(step)), count),
                ", a whole number of steps." if gap % abs(step) == 0 else ", not a whole number of steps.",
            )
        )
    k = abs(odd - start) // abs(step)
    if level == Level.GREATER_DEPTH:  # where it falls: between two neighbouring terms
        near, far = start + k * step, start + (k + 1) * step
        steps.append(
            Step(
                f"{_minus(show(odd))} lies between the {ordinal(k + 1)} and {ordinal(k + 2)} terms: ",
                rel(min(near, far), "<", odd, "<", max(near, far)),
                ".",
            )
        )
    item = odd_one_out(
        rng,
        f"Which number is not a term of the sequence {_minus(_listed(shown))}, …? (The sequence goes on in the same "
        "way.)",
        [(_minus(show(m)), True) for m in members] + [(_minus(show(odd)), False)],
        steps,
        _minus(f"{show(start)} {'+' if step > 0 else '−'} {k} × {abs(step)} ≠ {bracket_minus(odd)}"),
        hint=hint(level, "how many steps from the 1st term?"),
    )
    return item


def bracket_minus(value: int) -> str:
    return f"({show(value)})" if value < 0 else show(value)
