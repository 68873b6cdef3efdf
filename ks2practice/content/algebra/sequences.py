"""Generate and describe linear number sequences."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Answer, Choice, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import RANGES, _draw
from ks2practice.content.reasoning import same_different
from ks2practice.content.wording import hint, lettered, make, name, ordinal, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Remainder, Step, add, div, eq, mul, q, sub

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
    styles=("fluency", "missing_number", "word_problem", "true_or_false", "explain", "same_different"),
)
def sequences(rng: random.Random, level: Level, style: str) -> Item:
    if style == "same_different":
        return _same_different(rng, level)
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
    return _nth_term(rng, level, start, step)


def _next(term: int, step: int) -> Expr:
    """The term after ``term``: 36 + 6, or 43 − 7 for a step down."""
    return add(term, step) if step > 0 else sub(term, -step)


def _minus(text: str) -> str:
    return text.replace("-", "−")


def _nth_term(rng: random.Random, level: Level, start: int, step: int) -> Item:
    row = RANGES["sequences"][int(level)]
    if step < 0:
        start, step = start + step * 6, -step  # position questions use increasing sequences
        start = max(start, 1)
    position = _draw(rng, row, "position")
    term = start + (position - 1) * step
    saver = name(rng)
    context = rng.choice(
        (
            f"A pattern of squares is made from matchsticks. Shape 1 uses {start} matchsticks and each new shape "
            f"uses {step} more.",
            f"A sequence follows the rule: {_rule(start, step)}.",
            f"Seats in a theatre: row 1 has {start} seats and each row has {step} more seats than the row before.",
            f"{saver} saves £{start} in week 1, then £{step} more each week than the week before.",
        )
    )
    unit = "£" if "saves" in context else ""
    answer: Answer = Money(term * 100) if unit else WholeNumber(term)
    which = {True: f"in week {position}", False: f"in the {ordinal(position)} term"}["saves" in context]
    if "matchsticks" in context:
        which = f"for shape {position}"
    if "theatre" in context:
        which = f"in row {position}"
    ask_position = level == Level.GREATER_DEPTH and rng.random() < 0.4 and not unit
    if ask_position:
        answer = WholeNumber(position)
        rule = f"A sequence follows the rule: {_rule(start, step)}."
        prompt = f"{rule} Which term is {show(term)}? Give its position (1st, 2nd, 3rd …) as a number."
        count = (term - start) // step
        steps = [
            Step("From the 1st term, ", eq(sub(term, start), term - start), f": {show(term)} is that much more."),
            Step(eq(div(term - start, step), count), " steps, so it is position ", eq(add(count, 1), position), "."),
        ]
        check = f"({show(term)} − {start}) ÷ {step} + 1"
        slip = mis.sequence_one_step_too_many.on(start, step, position, asked_position=True)
        return make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, slip))
    ask = f"What is the {ordinal(position)} term?" if "rule" in context else f"How many are there {which}?"
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
