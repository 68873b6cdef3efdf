"""Negative numbers: count through zero, compare and find differences."""

from __future__ import annotations

import random
from dataclasses import replace

from ks2practice.answers.kinds import Comparison, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content import representations as pictures
from ks2practice.content.misconceptions.data_time_algebra import claimed_by
from ks2practice.content.number.common import RANGES
from ks2practice.content.reasoning import always_sometimes_never, explain_claim, same_different
from ks2practice.content.wording import bracket, hint, make, name, show, sign_of, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, q, rel, sub
from ks2practice.pictures.diagrams import Thermometer

# ---------------------------------------------------------------------- negative numbers


_PLACES_COLD = ("Aberdeen", "Inverness", "Oslo", "Moscow", "Helsinki", "Reykjavik", "Glasgow", "Toronto")
_PLACES_MILD = ("Cardiff", "London", "Belfast", "Plymouth", "Madrid", "Rome", "Leeds", "Cairo")


def _crossing(rng: random.Random, level: Level, which: str = "range") -> tuple[int, int]:
    """A start and a change that cross zero, within the level's range (or its range of temperatures, where a day's
    readings differ by at most 20 degrees: the temperature_day context)."""
    low, high = RANGES["negative_numbers"][int(level)][which]  # type: ignore[misc]
    most = (high - low) // 2 if which == "range" else min(20, (high - low) // 2)
    for _ in range(100):
        start = rng.randint(low, high)
        change = rng.choice([c for c in range(-most, most + 1) if c and abs(c) > 1])
        end = start + change
        if low <= end <= high and start and end and (start < 0 or end < 0):
            return start, change
    return -3, 5


@topic(
    "number.negative_numbers",
    title="Negative numbers: count through zero, compare and find differences",
    codes=("4N5", "5N5", "6N5"),
    styles=(
        "fluency",
        "missing_number",
        "compare",
        "true_or_false",
        "word_problem",
        "same_different",
        "always_sometimes_never",
        "explain",
    ),
    representations=pictures.kinds("negative_numbers"),
)
@pictures.pictured("negative_numbers")
def negative_numbers(rng: random.Random, level: Level, style: str) -> Item:
    if style in _REASONING:
        return _REASONING[style](rng, level)
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


def _place(rng: random.Random, places: tuple[str, ...], *temperatures: int) -> str:
    """A place where these readings are believable (its range in the city_temperatures context), recorded as used."""
    bank = contexts.get("city_temperatures")
    fitting = [p for p in places if all(bank[p].holds(t) for t in temperatures)] or ["Moscow"]
    place = rng.choice(fitting)
    contexts.used("city_temperatures", **{place: temperatures if len(temperatures) > 1 else temperatures[0]})
    return place


def _move(start: int, change: int, unit: str = ""):
    """start + change written as a count on or back: −3 + 5, 4 − 7 (in °C for a temperature)."""
    if change > 0:
        return add(q(start, unit), q(change, unit))
    return sub(q(start, unit), q(-change, unit))


def _temperature_problem(rng: random.Random, level: Level) -> Item:
    start, change = _crossing(rng, level, "temperatures")
    end = start + change
    kind = (
        rng.choice(("change", "difference", "lift", "change"))
        if level != Level.GREATER_DEPTH
        else rng.choice(("two_step", "difference", "two_step"))
    )
    if kind == "lift" and -5 <= start <= 12 and -5 <= end <= 12:
        contexts.used("tall_building", floor=(start, end))
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
        place = _place(rng, _PLACES_COLD, cold)
        mild = _place(rng, _PLACES_MILD, warm)
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
        place = _place(rng, _PLACES_COLD, start, end, final)
        contexts.used("temperature_day", readings=(start, end, final))
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
    place = _place(rng, _PLACES_COLD, start, end)
    contexts.used("temperature_day", readings=(start, end))
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
    return pictures.offer(item, thermometer=_thermometer(start, end), number_line=pictures.jump_line(start, change))


def _thermometer(start: int, end: int) -> Thermometer:
    """The thermometer at the first reading, its scale in single degrees running past both readings (numbered in
    fives, or tens when it is long), so the pupil counts the change on it; the new reading is not marked."""
    low = min(start, end, 0) // 5 * 5 - 5
    high = -(-max(start, end, 0) // 5) * 5 + 5
    every = 5 if high - low <= 30 else 10
    low, high = low // every * every, -(-high // every) * every
    return Thermometer(low, high, every, every, start, mark="")


# ---------------------------------------------------------------------- reasoning about negative numbers (issue #15)


def _sizes(rng: random.Random, level: Level) -> tuple[int, int]:
    """Two different sizes (distances from 0) for the level: to 10, to 25, then two-digit to 60."""
    low, high = {1: (1, 10), 2: (2, 25), 3: (11, 60)}[int(level)]
    a = rng.randint(low, high)
    b = rng.choice([n for n in range(low, high + 1) if n != a])
    return a, b


def _across(a: int, b: int, unit: str = "") -> Step:
    """The gap from −a to b: a to 0, then b on."""
    return Step(
        f"From {show(-a)}{unit} to 0{unit} is {show(a)}, and from 0{unit} to {show(b)}{unit} is {show(b)}: ",
        eq(add(a, b), a + b),
        ".",
    )


def _same_different(rng: random.Random, level: Level) -> Item:
    """Two negative numbers (level 1), two rises of temperature of the same size, one across zero (level 2), or the
    gaps from −a to b and from −b to a (level 3)."""
    a, b = _sizes(rng, level)
    if level == Level.WORKING_TOWARDS:
        big, small = max(a, b), min(a, b)
        pair = (-a, -b)
        statements = [
            (f"Both are below 0; {show(-small)} is greater, because it is nearer to 0.", True),
            (f"{show(-big)} is greater, because {big} is more than {small}.", False),
            ("They are equal, because both are negative.", False),
        ]
        steps = [Step("On a number line ", rel(-big, "<", -small, "<", 0), f": {show(-small)} is nearer to 0.")]
        item = same_different(
            rng, f"{show(pair[0])} and {show(pair[1])}", statements, steps, f"{show(-big)} < {show(-small)}"
        )
        return replace(item, prompt=item.prompt + hint(level, "picture a number line: further left is smaller."))
    if level == Level.EXPECTED:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        rise = a + b
        start = rng.randint(1, 25 - rise) if rise < 24 else 1
        pair_text = (
            f"a rise in temperature from {show(-a)} °C to {show(b)} °C and a rise from {show(start)} °C to "
            f"{show(start + rise)} °C"
        )
        statements = [
            (f"Both are rises of {rise} degrees; only the first crosses 0 °C.", True),
            (f"The first is a rise of {abs(a - b)} degrees, so the second is bigger.", False),
            ("The second is the bigger rise, because its temperatures are higher.", False),
        ]
        steps = [
            _across(a, b, " °C"),
            Step(f"From {show(start)} °C to {show(start + rise)} °C: ", eq(sub(start + rise, start), rise), "."),
        ]
        check = f"{show(b)} − {bracket(-a)} = {show(start + rise)} − {show(start)}"
        return same_different(rng, pair_text, statements, steps, check)
    k = rng.randint(3, b - 1)  # both ends move k to the left: the second still crosses 0
    statements = [
        (f"The same gap, {a + b}: both ends of the second are {k} further left.", True),
        (f"The second gap is bigger, because {show(-a - k)} is further from 0 than {show(-a)}.", False),
        (f"The gaps are {abs(a - b)} and {abs(a + k - (b - k))}, the differences between the sizes.", False),
    ]
    steps = [
        _across(a, b),
        Step("Both ends move left: ", eq(sub(-a, k), -a - k), " and ", eq(sub(b, k), b - k), "."),
        _across(a + k, b - k),
        "Moving both ends the same way by the same amount keeps the gap the same.",
    ]
    check = f"{show(b)} − {bracket(-a)} = {show(b - k)} − {bracket(-a - k)}"
    return same_different(
        rng,
        f"the difference between {show(-a)} and {show(b)}, and between {show(-a - k)} and {show(b - k)}",
        statements,
        steps,
        check,
    )


def _always_sometimes_never(rng: random.Random, level: Level) -> Item:
    """Level 1: counting back k lands below zero (sometimes) or a negative is less than a positive (always);
    level 2: adding to a negative number gives a negative (sometimes); level 3: the gap across zero is more than
    either distance from 0 (always), or counting back from a negative number lands nearer 0 (never)."""
    a, b = _sizes(rng, level)
    if level == Level.WORKING_TOWARDS:
        if rng.random() < 0.5:
            k = rng.randint(3, 9)
            low, high = rng.randint(1, k - 1), rng.randint(k + 1, 15)
            return always_sometimes_never(
                f"When you count back {k} from a number, you get a negative number.",
                holds=[Step(eq(sub(low, k), low - k), ", and ", rel(low - k, "<", 0), ".")],
                fails=[Step(eq(sub(high, k), high - k), ", and ", rel(high - k, ">", 0), ".")],
                check=f"{low} − {k} < 0",
                hint=hint(level, f"try counting back {k} from a small number and from a big one."),
            )
        return always_sometimes_never(
            "A negative number is less than a positive number.",
            reason=["Negative numbers are to the left of 0 on a number line and positive numbers to the right."],
            holds=[Step(rel(-a, "<", 0, "<", b), ".")],
            check=f"{show(-a)} < {show(b)}",
            hint=hint(level, "picture a number line."),
        )
    if level == Level.EXPECTED:
        small, big = min(a, b), max(a, b)
        if small == big - 1:
            small = max(1, small - 1)
        return always_sometimes_never(
            "Adding a number to a negative number gives a negative answer.",
            holds=[Step(eq(add(-big, small), small - big), ", and ", rel(small - big, "<", 0), ".")],
            fails=[Step(eq(add(-small, big), big - small), ", and ", rel(big - small, ">", 0), ".")],
            check=f"{show(-big)} + {small} < 0",
            slips=[mis.negative_stays_negative.on()],
        )
    if rng.random() < 0.5:
        return always_sometimes_never(
            "The difference between a negative number and a positive number is more than each number's distance "
            "from 0.",
            reason=[
                "Across 0 the gap is the distance down to 0 added to the distance up from 0, so it is more "
                "than either of them."
            ],
            holds=[
                _across(a, b),
                Step(rel(a + b, ">", max(a, b)), " and ", rel(a + b, ">", min(a, b)), "."),
                _across(a + b, b + 1),
                Step(rel(a + 2 * b + 1, ">", a + b), " and ", rel(a + 2 * b + 1, ">", b + 1), "."),
            ],
            check=f"{show(b)} − {bracket(-a)} > {show(max(a, b))}",
        )
    k = rng.randint(3, 19)
    return always_sometimes_never(
        "Counting back from a negative number gives a number nearer to 0.",
        reason=["Counting back moves left on a number line, and below 0 left is further from 0."],
        fails=[
            Step(eq(sub(-a, k), -a - k), ": ", rel(-a - k, "<", -a, "<", 0), f", so {show(-a - k)} is further from 0."),
            Step(eq(sub(-b, 1), -b - 1), ": ", rel(-b - 1, "<", -b, "<", 0), f", so {show(-b - 1)} is further from 0."),
        ],
        check=f"{show(-a)} − {k} < {show(-a)}",
    )


def _explain(rng: random.Random, level: Level) -> Item:
    """A child's claim: which of two negative numbers is greater (level 1), a difference across zero (level 2), or
    how to find a gap across zero (level 3) — right, or the sizes compared without their signs."""
    who = name(rng)
    a, b = _sizes(rng, level)
    if level == Level.WORKING_TOWARDS:
        big, small = max(a, b), min(a, b)
        right = rng.random() < 0.4
        if right:
            claim = f"{show(-small)} is greater than {show(-big)}, because it is nearer to 0."
            check, slips = f"{show(-small)} > {show(-big)}", ()
        else:
            claim = f"{show(-big)} is greater than {show(-small)}, because {big} is more than {small}."
            check = f"{show(-big)} > {show(-small)}"
            slips = (claimed_by(mis.negative_compare_ignoring_sign.on(-big, -small), ">"),)
        return explain_claim(
            who,
            claim,
            right,
            [Step("On a number line ", rel(-big, "<", -small, "<", 0), ".")],
            f"{show(-small)} is to the right of {show(-big)} on a number line, nearer to 0, so {show(-small)} is the "
            "greater number.",
            check,
            slips=slips,
            hint=hint(level, "picture a number line: further right is greater."),
        )
    if level == Level.EXPECTED:
        right = rng.random() < 0.4
        a, b = rng.sample(range(2, 13), 2)  # a day's readings differ by at most 25 degrees
        claim_value = a + b if right else abs(a - b)
        place = _place(rng, _PLACES_COLD, -a, b)
        return explain_claim(
            who,
            f"At midnight it was {show(-a)} °C in {place}, and by noon it was {show(b)} °C. The temperature rose by "
            f"{claim_value} degrees.",
            right,
            [_across(a, b, " °C")],
            f"from {show(-a)} °C up to 0 °C is {a} degrees and from 0 °C up to {show(b)} °C is {b} more, so it rose "
            f"by {a + b} degrees.",
            f"{show(b)} − {bracket(-a)} = {claim_value}",
            slips=() if right else (claimed_by(mis.difference_ignoring_sign.on(-a, b), claim_value),),
        )
    right = rng.random() < 0.5
    method = f"add {a} and {b}" if right else f"take {min(a, b)} from {max(a, b)}"
    claimed = a + b if right else abs(a - b)
    return explain_claim(
        who,
        f"To find the difference between {show(-a)} and {show(b)}, you {method}.",
        right,
        [_across(a, b), f"So the difference is {a + b}" + ("." if right else f", not {abs(a - b)}.")],
        f"the gap crosses 0, so it is the distance from {show(-a)} to 0 added to the distance from 0 to {show(b)}: "
        f"{a} + {b}.",
        f"{show(b)} − {bracket(-a)} = {claimed}",
        slips=() if right else (claimed_by(mis.difference_ignoring_sign.on(-a, b), claimed),),
    )


_REASONING = {
    "same_different": _same_different,
    "always_sometimes_never": _always_sometimes_never,
    "explain": _explain,
}
