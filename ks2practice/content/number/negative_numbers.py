"""Negative numbers: count through zero, compare and find differences."""

from __future__ import annotations

import random

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import bracket, hint, make, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, q, rel, sub

# ---------------------------------------------------------------------- negative numbers


_PLACES_COLD = ("Aberdeen", "Inverness", "Oslo", "Moscow", "Helsinki", "Reykjavik", "Glasgow", "Toronto")
_PLACES_MILD = ("Cardiff", "London", "Belfast", "Plymouth", "Madrid", "Rome", "Leeds", "Cairo")


def _crossing(rng: random.Random, level: Level, which: str = "range") -> tuple[int, int]:
    """A start and a change that cross zero, within the level's range (or its range of temperatures)."""
    low, high = RANGES["negative_numbers"][int(level)][which]  # type: ignore[misc]
    for _ in range(100):
        start = rng.randint(low, high)
        change = rng.choice([c for c in range(-(high - low) // 2, (high - low) // 2 + 1) if c and abs(c) > 1])
        end = start + change
        if low <= end <= high and start and end and (start < 0 or end < 0):
            return start, change
    return -3, 5


@topic(
    "number.negative_numbers",
    title="Negative numbers: count through zero, compare and find differences",
    codes=("4N5", "5N5", "6N5"),
    styles=("fluency", "missing_number", "compare", "true_or_false", "word_problem"),
    representations=pictures.kinds("negative_numbers"),
)
@pictures.pictured("negative_numbers")
def negative_numbers(rng: random.Random, level: Level, style: str) -> Item:
    line_hint = "count the jumps on a number line; 0 is one jump."
    if style == "fluency":
        if level != Level.WORKING_TOWARDS and rng.random() < 0.4:
            low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
            a, b = rng.randint(low, -1), rng.randint(1, high)
            answer = WholeNumber(b - a)
            prompt = f"What is the difference between {show(a)} and {show(b)}?"
            steps = [
                Step(f"From {show(a)} to 0 is ", eq(sub(0, a), -a), "."),
                f"From 0 to {show(b)} is {show(b)}.",
                Step(eq(add(-a, b), b - a)),
            ]
            predicted = mis.predictions(answer, mis.difference_ignoring_sign.on(a, b))
            item = make(prompt, answer, steps, style, f"{show(b)} − {bracket(a)}", predicted=predicted)
            return pictures.offer(item, number_line=pictures.jump_line(a, b - a, shown="both"))
        start, change = _crossing(rng, level)
        end = start + change
        word = "more" if change > 0 else "less"
        answer = WholeNumber(end)
        prompt = f"What number is {abs(change)} {word} than {show(start)}?" + hint(level, line_hint)
        steps = [
            f"Start at {show(start)} and count {'on' if change > 0 else 'back'} {abs(change)}.",
            Step(eq(_move(start, change), end)),
        ]
        predicted = mis.predictions(
            answer, mis.negative_number_counting.on(start, change), mis.ignores_negative_sign.on(start, change)
        )
        item = make(
            prompt,
            answer,
            steps,
            style,
            f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}",
            predicted=predicted,
        )
        return pictures.offer(item, number_line=pictures.jump_line(start, change))
    if style == "missing_number":
        low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
        step = rng.randint(2, max(3, high // 4))
        if rng.random() < 0.5:
            step = -step
        first = rng.randint(low + max(0, -step * 4), high - max(0, step * 4))
        terms = [first + step * i for i in range(5)]
        if not any(t < 0 for t in terms):
            shift = -terms[-1] if step < 0 else -terms[2]
            terms = [t + shift - 1 for t in terms]
        gap = rng.randint(1, 3)
        answer = WholeNumber(terms[gap])
        shown = ", ".join("□" if i == gap else show(t) for i, t in enumerate(terms))
        prompt = f"The numbers go up or down in equal steps. Find the missing number: {shown}" + hint(level, line_hint)
        steps = [
            Step(f"Each step is {'+' if step > 0 else '−'}{abs(step)}: ", eq(sub(terms[1], terms[0]), step), "."),
            Step(eq(_move(terms[gap - 1], step), terms[gap])),
        ]
        if gap == 1:  # the step is found from the first two terms, one of which is missing: use two shown
            steps[0] = Step(
                f"Each step is {'+' if step > 0 else '−'}{abs(step)}: ", eq(sub(terms[3], terms[2]), step), "."
            )
        check = f"({bracket(terms[gap - 1])} + {bracket(terms[gap + 1])}) ÷ 2"
        item = make(
            prompt,
            answer,
            steps,
            style,
            check,
            predicted=mis.predictions(answer, mis.minus_sign_dropped.on(terms[gap])),
        )
        return pictures.offer(item, number_line=pictures.sequence_line(terms, gap, jumps=False))
    if style in ("compare", "true_or_false"):
        low, high = RANGES["negative_numbers"][int(level)]["range"]  # type: ignore[misc]
        a = rng.randint(low, -1)
        b = rng.choice([rng.randint(low, -1), rng.randint(low, high)])
        while b == a:
            b = rng.randint(low, high)
        left, right, left_value, right_value = show(a), show(b), a, b
        left_expr, right_expr = None, None
        if level == Level.GREATER_DEPTH and style == "compare":
            k = rng.randint(2, 9)
            left, left_value, left_expr = f"{show(a + k)} − {k}", a, sub(a + k, k)
            m = rng.randint(2, 9)
            right, right_value, right_expr = f"{show(b - m)} + {m}", b, add(b - m, m)
        if style == "compare":
            answer = Comparison(sign_of(left_value, right_value))
            prompt = f"Write <, > or = in the box: {left} □ {right}" + hint(
                level, "the number further left on a number line is smaller."
            )
            if left_expr is not None and right_expr is not None:
                steps = [
                    Step(eq(left_expr, left_value), " and ", eq(right_expr, right_value), "."),
                    Step("So ", rel(left_expr, answer.sign, right_expr)),
                ]
            else:
                steps = [
                    f"On a number line {show(min(a, b))} is further left than {show(max(a, b))}.",
                    Step("So ", rel(a, answer.sign, b)),
                ]
            predicted = mis.predictions(answer, mis.negative_compare_ignoring_sign.on(left_value, right_value))
            item = make(prompt, answer, steps, style, f"{left} □ {right}", predicted=predicted)
            if left != show(a):  # worked out first at greater depth: a line would show the values
                return pictures.offer(item, why="the two sides must be worked out first")
            return pictures.offer(item, number_line=pictures.points_line([a, b]))
        sign = rng.choice(("<", ">"))
        truth = a < b if sign == "<" else a > b
        answer = TrueFalse(truth)
        phrase = "is less than" if sign == "<" else "is greater than"
        prompt = f"True or false? {show(a)} {phrase} {show(b)}." + hint(level, "picture a number line.")
        steps = [
            f"On a number line {show(min(a, b))} is further left than {show(max(a, b))}.",
            Step("So ", rel(min(a, b), "<", max(a, b)), f" and the statement is {truth_word(truth)}."),
        ]
        item = make(prompt, answer, steps, style, f"{show(a)} {sign} {show(b)}")
        return pictures.offer(item, number_line=pictures.points_line([a, b]))
    return _temperature_problem(rng, level)


def _move(start: int, change: int, unit: str = ""):
    """start + change written as a count on or back: −3 + 5, 4 − 7 (in °C for a temperature)."""
    if change > 0:
        return add(q(start, unit), q(change, unit))
    return sub(q(start, unit), q(-change, unit))


def _temperature_problem(rng: random.Random, level: Level) -> Item:
    start, change = _crossing(rng, level, "temperatures")
    end = start + change
    place = rng.choice(_PLACES_COLD)
    kind = (
        rng.choice(("change", "difference", "lift", "change"))
        if level != Level.GREATER_DEPTH
        else rng.choice(("two_step", "difference", "two_step"))
    )
    if kind == "lift" and -5 <= start <= 12 and -5 <= end <= 12:
        answer = WholeNumber(end)
        floors = f"floor {show(start)}" if start >= 0 else f"floor {show(start)} (below ground)"
        prompt = (
            f"In a tall building the ground floor is floor 0 and floors below ground have negative numbers. "
            f"A lift starts on {floors} and goes {'up' if change > 0 else 'down'} {abs(change)} floors. "
            f"Which floor does it stop on?"
        )
        steps = [Step(eq(_move(start, change), end)), f"It stops on floor {show(end)}."]
        check = f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}"
        predicted = mis.predictions(
            answer, mis.negative_number_counting.on(start, change), mis.ignores_negative_sign.on(start, change)
        )
        item = make(prompt, answer, steps, "word_problem", check, predicted=predicted)
        return pictures.offer(item, number_line=pictures.jump_line(start, change))
    if kind == "difference":
        low, high = RANGES["negative_numbers"][int(level)]["temperatures"]  # type: ignore[misc]
        cold = rng.randint(low, -1)
        warm = rng.randint(1, high)
        mild = rng.choice(_PLACES_MILD)
        answer = WholeNumber(warm - cold)
        prompt = (
            f"At noon the temperature in {place} was {show(cold)} °C and in {mild} it was {show(warm)} °C. "
            f"How many degrees warmer was {mild} than {place}?"
        )
        steps = [
            Step(
                f"From {show(cold)} °C to 0 °C is ",
                eq(sub(0, cold), -cold),
                f" degrees; from 0 °C to {warm} °C is {warm} degrees.",
            ),
            Step(eq(add(-cold, warm), warm - cold), " degrees"),
        ]
        predicted = mis.predictions(answer, mis.difference_ignoring_sign.on(cold, warm))
        item = make(prompt, answer, steps, "word_problem", f"{show(warm)} − {bracket(cold)}", predicted=predicted)
        return pictures.offer(item, number_line=pictures.jump_line(cold, warm - cold, shown="both"))
    if kind == "two_step":
        second = rng.randint(3, 15) * (-1 if change > 0 else 1)
        if not -25 <= end + second <= 30:
            second = -second
        final = end + second
        answer = WholeNumber(final)
        verb1 = f"risen by {change}" if change > 0 else f"fallen by {-change}"
        verb2 = f"risen by {second}" if second > 0 else f"fallen by {-second}"
        prompt = (
            f"At 6 am the temperature in {place} was {show(start)} °C. By noon it had {verb1} degrees, and "
            f"by midnight it had {verb2} degrees. What was the temperature at midnight, in °C?"
        )
        steps = [
            Step("Noon: ", eq(_move(start, change, "°C"), q(end, "°C"))),
            Step("Midnight: ", eq(_move(end, second, "°C"), q(final, "°C"))),
        ]
        check = (
            f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)} {'+' if second > 0 else '−'} {abs(second)}"
        )
        item = make(prompt, answer, steps, "word_problem", check)
        return pictures.offer(item, number_line=pictures.two_jumps(start, change, second))
    answer = WholeNumber(end)
    verb = f"risen by {change}" if change > 0 else f"fallen by {-change}"
    prompt = (
        f"At midnight the temperature in {place} was {show(start)} °C. By morning it had {verb} degrees. "
        f"What was the temperature in the morning, in °C?" + hint(Level(level), "use a thermometer scale.")
    )
    steps = [Step(eq(_move(start, change, "°C"), q(end, "°C"))), f"The temperature was {show(end)} °C."]
    predicted = mis.predictions(
        answer, mis.negative_number_counting.on(start, change), mis.ignores_negative_sign.on(start, change)
    )
    check = f"{bracket(start)} {'+' if change > 0 else '−'} {abs(change)}"
    item = make(prompt, answer, steps, "word_problem", check, predicted=predicted)
    return pictures.offer(item, number_line=pictures.jump_line(start, change))
