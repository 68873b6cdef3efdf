"""Use simple formulae in words and letters."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions.data_time_algebra import claimed_by, story_of
from ks2practice.content.reasoning import explain_claim
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, div, eq, mul, pounds, q, rel, render, sub
from ks2practice.core.steps import money as cash

# ---------------------------------------------------------------------- formulae


@dataclass(frozen=True)
class Formula:
    """One use of a formula: its wording, the inputs given, the answer, its check, steps and predicted slips."""

    rule: str  # the formula as given to the pupil
    given: str  # the values given, in words
    answer: Answer
    check: str
    steps: tuple[str, ...]  # Steps: letters stay in the words, the arithmetic is the relation
    slips: tuple[mis.Applied, ...]
    reverse: Formula | None = None  # the same formula worked backwards (find an input from the result)
    ask: str = ""  # for a reverse use: the question in words


def _formula(rng: random.Random, level: Level) -> Formula:
    """A formula and a substitution into it, at the level's demand."""
    if level == Level.WORKING_TOWARDS:
        kind = rng.choice(("square", "tickets", "wheels", "practice"))
        if kind == "square":
            s = rng.randint(2, 12)
            contexts.used("drawn_shapes", side=s)
            return Formula(
                "The perimeter of a square is P = 4 × s, where s is the length of one side.",
                f"s = {s} cm",
                Measure(4 * s, "cm"),
                f"4 × {s}",
                (Step("P = ", eq(mul(4, q(s, "cm")), q(4 * s, "cm"))),),
                (),  # the × is written in: reading it as + is not a misread coefficient
                Formula(
                    f"4 × □ = {4 * s}",
                    f"P = {4 * s} cm",
                    Measure(s, "cm"),
                    f"4 × □ = {4 * s}",
                    (Step("s = ", eq(div(q(4 * s, "cm"), 4), q(s, "cm"))),),
                    (),
                    ask="How long is one side?",
                ),
            )
        if kind == "tickets":
            price, count = rng.randint(3, 9), rng.randint(2, 6)
            contexts.used("cinema_trip", ticket=price * 100, tickets=count)
            return Formula(
                f"Cinema tickets cost £{price} each. The cost in pounds is C = {price} × t, for t tickets.",
                f"t = {count}",
                Money(price * count * 100),
                f"{price * 100} × {count}",
                (
                    Step(
                        "C = ",
                        eq(mul(price, count), price * count),
                        ", so the cost is ",
                        pounds(price * count * 100),
                        ".",
                    ),
                ),
                (),
                Formula(
                    f"{price} × □ = {price * count}",
                    f"C = {price * count}",
                    WholeNumber(count),
                    f"{price} × □ = {price * count}",
                    (Step("t = ", eq(div(price * count, price), count)),),
                    (),
                    ask="How many tickets were bought?",
                ),
            )
        if kind == "wheels":
            cars = rng.randint(3, 12)
            contexts.used("toy_cars", cars=cars)
            return Formula(
                "The number of wheels on c cars is w = 4c.",
                f"c = {cars}",
                WholeNumber(4 * cars),
                f"4 × {cars}",
                (Step("4c means 4 × c: w = ", eq(mul(4, cars), 4 * cars)),),
                (
                    mis.coefficient_misread.on(4, cars, digits=True, letter="c")
                    if cars <= 9
                    else mis.coefficient_misread.on(4, cars, letter="c"),
                ),
                Formula(
                    f"4 × □ = {4 * cars}",
                    f"w = {4 * cars}",
                    WholeNumber(cars),
                    f"4 × □ = {4 * cars}",
                    (Step("c = ", eq(div(4 * cars, 4), cars)),),
                    (),
                    ask="How many cars are there?",
                ),
            )
        minutes, days = rng.choice((10, 15, 20, 25)), rng.randint(2, 7)
        contexts.used("music_practice", minutes=minutes, days=days)
        return Formula(
            f"A music pupil practises {minutes} minutes a day. In d days she practises m = {minutes} × d minutes.",
            f"d = {days}",
            Measure(minutes * days, "min"),
            f"{minutes} × {days}",
            (Step("m = ", eq(mul(q(minutes, "min"), days), q(minutes * days, "min"))),),
            (),
            Formula(
                f"{minutes} × □ = {minutes * days}",
                f"m = {minutes * days}",
                WholeNumber(days),
                f"{minutes} × □ = {minutes * days}",
                (Step("d = ", eq(div(minutes * days, minutes), days)),),
                (),
                ask="For how many days did she practise?",
            ),
        )
    big = level == Level.GREATER_DEPTH
    kind = rng.choice(("hire_charges", "perimeter", "roast", "letters"))
    if kind == "hire_charges":
        rate = rng.choice((350, 450, 550, 850, 950, 1250)) if big else rng.randint(2, 9) * 100
        fixed = rng.choice((300, 500, 750, 450)) if big else rng.randint(2, 8) * 100
        hours = rng.randint(2, 9)
        charges = contexts.get("hire_charges")
        thing = rng.choice(
            [t for t in ("a bike", "a rowing boat", "a kayak", "a tennis court") if charges[t].holds(rate)]
        )
        cost = rate * hours + fixed
        contexts.used("hire_charges", **{thing: rate}, fixed=fixed, hours=hours)
        order = mis.formula_order_of_operations.on(rate, hours, fixed, scale=100)
        return Formula(
            f"Hiring {thing} costs {money(rate)} an hour plus a fixed charge of {money(fixed)}: "
            f"cost = {money(rate)} × hours + {money(fixed)}.",
            f"{hours} hours",
            Money(cost),
            f"{rate} × {hours} + {fixed}",
            (
                Step("Multiply first: ", eq(mul(cash(rate), hours), cash(rate * hours)), "."),
                Step("Then add the fixed charge: ", eq(add(cash(rate * hours), cash(fixed)), cash(cost)), "."),
            ),
            # only where the slip comes to whole pence (£2.75 × (4 + 4.50) is £26.125: no child writes that)
            (order if order.wrong() is not None and Fraction(order.wrong()).denominator == 1 else None,),
            Formula(
                f"{money(rate)} × □ + {money(fixed)} = {money(cost)}",
                f"a bill of {money(cost)}",
                WholeNumber(hours),
                f"{rate} × □ + {fixed} = {cost}",
                (
                    Step("Take off the fixed charge: ", eq(sub(cash(cost), cash(fixed)), cash(cost - fixed)), "."),
                    Step("Divide by the hourly cost: ", eq(div(cash(cost - fixed), cash(rate)), hours), " hours.")
                    if rate % 100 == 0
                    # KS2 divides by whole numbers only (5C6b, 6F9a): with pence in the rate, count in hourly costs
                    else Step(
                        f"Count in {money(rate)}s: ",
                        eq(mul(cash(rate), hours), cash(cost - fixed)),
                        f", so {hours} hours.",
                    ),
                ),
                (mis.undo_with_same_operation.on(cost, (("×", rate), ("+", fixed)), 1),),
                ask="For how many hours was it hired?",
            ),
        )
    if kind == "perimeter":
        length = rng.randint(5, 40) if big else rng.randint(4, 15)
        width = rng.randint(2, length - 1)
        p = 2 * (length + width)
        contexts.used("drawn_shapes", side=(length, width))
        return Formula(
            "The perimeter of a rectangle is P = 2(l + w), where l is the length and w is the width.",
            f"l = {length} cm and w = {width} cm",
            Measure(p, "cm"),
            f"2 × ({length} + {width})",
            (
                Step("Brackets first: ", eq(add(q(length, "cm"), q(width, "cm")), q(length + width, "cm")), "."),
                Step("Then P = ", eq(mul(2, q(length + width, "cm")), q(p, "cm")), "."),
            ),
            (mis.formula_order_of_operations.on(2, length, width, bracket=True),),
            Formula(
                f"2 × ({length} + □) = {p}",
                f"P = {p} cm and l = {length} cm",
                Measure(width, "cm"),
                f"2 × ({length} + □) = {p}",
                (
                    Step("Undo × 2: l + w = ", eq(div(q(p, "cm"), 2), q(p // 2, "cm")), "."),
                    Step("Then w = ", eq(sub(q(p // 2, "cm"), q(length, "cm")), q(width, "cm")), "."),
                ),
                (mis.worked_in_wrong_order.on("undo_first_term_only", 2, length, p),),
                ask="What is the width?",
            ),
        )
    if kind == "roast":
        per, extra = rng.choice((40, 45, 50, 30)), rng.choice((20, 25, 30))
        kg = rng.randint(1, 3)  # a whole chicken is 1 kg to 3 kg (roast_chicken)
        contexts.used("roast_chicken", mass=kg, per_kg=per, extra=extra)
        t = per * kg + extra
        return Formula(
            f"To roast a chicken, cook it for {per} minutes per kilogram plus {extra} minutes: "
            f"time = {per} × kg + {extra}.",
            f"a chicken of {kg} kg",
            Measure(t, "min"),
            f"{per} × {kg} + {extra}",
            (
                Step("Multiply first: ", eq(mul(q(per, "min"), kg), q(per * kg, "min")), "."),
                Step(f"Then add {extra}: ", eq(add(q(per * kg, "min"), q(extra, "min")), q(t, "min")), "."),
            ),
            (mis.formula_order_of_operations.on(per, kg, extra),),
            Formula(
                f"{per} × □ + {extra} = {t}",
                f"a cooking time of {t} minutes",
                Measure(kg, "kg"),
                f"{per} × □ + {extra} = {t}",
                (
                    Step(f"Take off {extra}: ", eq(sub(q(t, "min"), q(extra, "min")), q(t - extra, "min")), "."),
                    Step("Then ", eq(div(t - extra, per), kg), " kg."),
                ),
                (mis.undo_with_same_operation.on(t, (("×", per), ("+", extra)), 1),),
                ask="How heavy is the chicken?",
            ),
        )
    a, b = rng.randint(3, 12 if big else 9), rng.randint(2, 40 if big else 20)
    x = rng.randint(6, 25) if big else rng.randint(2, 12)
    y = a * x - b if big and a * x > b else a * x + b
    sign = "−" if y == a * x - b else "+"
    then = sub(a * x, b) if sign == "−" else add(a * x, b)
    undo = add(y, b) if sign == "−" else sub(y, b)
    return Formula(
        f"y = {a}x {sign} {b}.",
        f"x = {x}",
        WholeNumber(y),
        f"{a} × {x} {sign} {b}",
        (Step(f"{a}x means {a} × x: ", eq(mul(a, x), a * x), "."), Step("Then y = ", eq(then, y), ".")),
        (
            mis.coefficient_misread.on(a, x, constant=b if sign == "+" else -b, letter="x"),
            mis.formula_order_of_operations.on(a, x, b)
            if sign == "+"
            else mis.worked_in_wrong_order.on("subtract_first", a, x, b),
        ),
        Formula(
            f"{a} × □ {sign} {b} = {y}",
            f"y = {y}",
            WholeNumber(x),
            f"{a} × □ {sign} {b} = {y}",
            (
                Step(f"Undo {sign} {b}: {a}x = ", eq(undo, a * x), "."),
                Step("Then x = ", eq(div(a * x, a), x), "."),
            ),
            (),
            ask="What is x?",
        ),
    )


@topic(
    "algebra.formulae",
    title="Use simple formulae in words and letters",
    codes=("6A2",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem", "explain"),
)
def formulae(rng: random.Random, level: Level, style: str) -> Item:
    if style == "explain":
        return _explain(rng, level)
    f = _formula(rng, level)
    while style == "word_problem" and f.rule.startswith("y = "):  # a word problem is about something: not y = 3x + 2
        f = _formula(rng, level)
    tip = "put the numbers in place of the letters; do × before +, and brackets first."
    if style == "missing_number" or (style == "word_problem" and level == Level.GREATER_DEPTH):
        back = f.reverse
        assert back is not None  # every formula can be worked backwards
        if style == "missing_number":
            prompt = f"{f.rule} Work backwards from {back.given}: find □ in {back.rule}."
        else:
            prompt = f"{f.rule} Work backwards from {back.given}. {back.ask}"
        prompt += hint(level, "undo each step with the inverse operation.")
        return make(prompt, back.answer, list(back.steps), style, back.check, predicted=_slips(back))
    if style == "true_or_false":
        right = f.answer.numeric()
        slips = [s for s in f.slips if s is not None and s.wrong() is not None and s.wrong() != right]
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        claim = Fraction(slip.wrong()) if slip else right
        shown = _like(f.answer, claim)
        truth = TrueFalse(claim == right)
        prompt = f"{f.rule} True or false? For {f.given}, the result is {shown}." + hint(level, tip)
        steps = [*f.steps, f"So the statement is {truth_word(claim == right)}: the result is {f.answer.format()}."]
        predicted = mis.predictions(truth, claimed_by(slip, claim)) if slip else ()
        return make(prompt, truth, steps, style, f"{f.check} = {show(claim)}", predicted=predicted)
    if style == "spot_the_mistake":
        # The wrong result and the story of it come from one mechanism on this formula's numbers.
        slips = _real(f)
        while not slips:  # a formula whose × is written in has no misreading to spot: take another
            f = _formula(rng, level)
            slips = _real(f)
        slip = slips[0]
        who = name(rng)
        prompt = (
            f"{f.rule} {who} used it for {f.given} and got {_like(f.answer, Fraction(slip.wrong()))}. "
            f"Find {who}'s mistake and work out the right answer." + hint(level, tip)
        )
        # The working of this mechanism's mistake, on these numbers; a line of it that the right working says again
        # (But 8x means 8 × x: 8 × 9 = 72) is left to the right working, so nothing is said twice.
        # The first line tells the mistake and always stays.
        said = {render(r) for line in f.steps if isinstance(line, Step) for r in line.relations}
        told = story_of(slip)
        story = [
            line
            for k, line in enumerate(told)
            if k == 0 or not (line.relations and all(render(r) in said for r in line.relations))
        ]
        steps = [f"{who}'s working:", *story, *f.steps]
        return make(prompt, f.answer, steps, style, f.check, predicted=mis.predictions(f.answer, slip))
    prompt = f"{f.rule} Work out the result for {f.given}." + hint(level, tip)
    return make(prompt, f.answer, list(f.steps), style, f.check, predicted=_slips(f))


def _slips(f: Formula) -> tuple:
    return mis.predictions(f.answer, *f.slips)


def _real(f: Formula) -> list[mis.Applied]:
    """The slips that give a wrong answer on this formula's numbers."""
    right = f.answer.numeric()
    return [s for s in f.slips if s is not None and s.wrong() is not None and s.wrong() != right]


def _like(answer: Answer, value: Fraction) -> str:
    """A value written in the same form as the key (money in £ or p, a measure with its unit)."""
    if isinstance(answer, Money):
        return money(int(value))
    if isinstance(answer, Measure):
        return f"{show(value)} {'minutes' if answer.unit == 'min' else answer.unit}"
    return show(value)


# ---------------------------------------------------------------------- explain (issue #15)

_WHY = {
    "coefficient_misread": "a number next to a letter means multiply",
    "formula_order_of_operations": "multiply before adding, and work out brackets first",
    "worked_in_wrong_order": "multiply before taking away",
}


def _explain(rng: random.Random, level: Level) -> Item:
    """Levels 1 and 2: a child's result from a formula (right, or a misreading of it on these numbers); level 3:
    'twice the input gives twice the result', true for a formula with no fixed part and false with one."""
    who = name(rng)
    if level != Level.GREATER_DEPTH:
        f = _formula(rng, level)
        right = f.answer.numeric()
        slips = _real(f)
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        claim = Fraction(slip.wrong()) if slip else right  # type: ignore[arg-type]
        shown = _like(f.answer, claim)
        why = _WHY.get(slip.mechanism.id, "") if slip else ""
        model = f"putting {f.given} into the formula gives {f.answer.format()}" + (
            ", as the working shows." if slip is None else f", not {shown}: {why}."
        )
        return explain_claim(
            who,
            f"{f.rule} For {f.given}, the result is {shown}.",
            claim == right,
            list(f.steps),
            model,
            f"{f.check} = {show(claim)}",
            slips=[claimed_by(slip, claim)] if slip else (),
            hint=hint(level, "put the numbers in place of the letters; do × before +."),
        )
    kind = rng.choice(("rectangle", "hire_charges", "roast", "letters"))
    if kind == "rectangle":
        length, width = rng.randint(8, 40), rng.randint(3, 7)
        both = rng.random() < 0.5  # both sides doubled (true), or only the length (false)
        l2, w2 = 2 * length, 2 * width if both else width
        p1, p2 = 2 * (length + width), 2 * (l2 + w2)

        def perimeter(a: int, b: int) -> Step:
            return Step(
                f"{show(a)} cm by {show(b)} cm: P = ",
                eq(mul(2, add(q(a, "cm"), q(b, "cm"))), mul(2, q(a + b, "cm")), q(2 * (a + b), "cm")),
                ".",
            )

        steps = [
            perimeter(length, width),
            perimeter(l2, w2),
            Step(
                "Double the first: ",
                eq(mul(2, q(p1, "cm")), q(2 * p1, "cm")),
                *((", the second perimeter.",) if both else (", and ", rel(q(2 * p1, "cm"), "≠", q(p2, "cm")), ".")),
            ),
        ]
        change = "both its sides doubled" if both else "its length doubled and its width the same"
        model = (
            "doubling both sides doubles l + w, and 2 × (l + w) doubles with it, for every rectangle."
            if both
            else f"only the length doubles, so l + w grows by {show(length)} cm, not double, and P grows by "
            f"{show(2 * length)} cm."
        )
        return explain_claim(
            who,
            "The perimeter of a rectangle is P = 2(l + w), where l is the length and w the width. A rectangle "
            f"{show(length)} cm by {show(width)} cm, with {change}, has double the perimeter.",
            both,
            steps,
            model,
            f"2 × ({l2} + {w2}) = 2 × 2 × ({length} + {width})",
            slips=() if both else (mis.fixed_part_doubled.on(width),),
        )
    if kind == "hire_charges":
        rate, fixed, hours = rng.randint(3, 12) * 100, rng.choice((200, 300, 500, 750)), rng.randint(2, 6)
        charges = contexts.get("hire_charges")
        thing = rng.choice(
            [t for t in ("a bike", "a rowing boat", "a kayak", "a tennis court") if charges[t].holds(rate)]
        )
        one, two = rate * hours + fixed, rate * 2 * hours + fixed
        steps = [
            Step(f"{hours} hours: ", eq(add(mul(cash(rate), hours), cash(fixed)), cash(one)), "."),
            Step(f"{2 * hours} hours: ", eq(add(mul(cash(rate), 2 * hours), cash(fixed)), cash(two)), "."),
            Step(
                "Twice the first cost is ",
                eq(mul(2, cash(one)), cash(2 * one)),
                ", and ",
                rel(cash(2 * one), "≠", cash(two)),
                ".",
            ),
        ]
        return explain_claim(
            who,
            f"Hiring {thing} costs {money(rate)} an hour plus a fixed charge of {money(fixed)}. Hiring it for "
            f"{2 * hours} hours costs twice as much as hiring it for {hours} hours.",
            False,
            steps,
            f"the fixed charge of {money(fixed)} is paid once, however long the hire, so doubling the hours doubles "
            f"only the hourly part: twice as long costs {money(fixed)} less than twice as much.",
            f"{rate} × {2 * hours} + {fixed} = 2 × ({rate} × {hours} + {fixed})",
            slips=[mis.fixed_part_doubled.on(fixed)],
        )
    if kind == "roast":
        per, extra, kg = rng.choice((40, 45, 50)), rng.choice((20, 25, 30)), 1  # chickens of 1 kg and 2 kg
        one, two = per * kg + extra, per * 2 * kg + extra
        steps = [
            Step(f"{kg} kg: ", eq(add(mul(q(per, "min"), kg), q(extra, "min")), q(one, "min")), "."),
            Step(f"{2 * kg} kg: ", eq(add(mul(q(per, "min"), 2 * kg), q(extra, "min")), q(two, "min")), "."),
            Step(
                "Twice the first time is ",
                eq(mul(2, q(one, "min")), q(2 * one, "min")),
                ", and ",
                rel(q(2 * one, "min"), "≠", q(two, "min")),
                ".",
            ),
        ]
        return explain_claim(
            who,
            f"To roast a chicken, cook it for {per} minutes per kilogram plus {extra} minutes. A {2 * kg} kg "
            f"chicken takes twice as long as a {kg} kg chicken.",
            False,
            steps,
            f"the extra {extra} minutes are added once for any chicken, so only the minutes per kilogram double: "
            f"the heavier one takes {extra} minutes less than twice as long.",
            f"{per} × {2 * kg} + {extra} = 2 × ({per} × {kg} + {extra})",
            slips=[mis.fixed_part_doubled.on(extra)],
        )
    a, b, x = rng.randint(3, 12), rng.randint(2, 40), rng.randint(6, 25)
    steps = [
        Step("x = ", x, ": y = ", eq(add(mul(a, x), b), a * x + b), "."),
        Step("x = ", 2 * x, ": y = ", eq(add(mul(a, 2 * x), b), 2 * a * x + b), "."),
        Step(eq(mul(2, a * x + b), 2 * (a * x + b)), ", and ", rel(2 * (a * x + b), "≠", 2 * a * x + b), "."),
    ]
    return explain_claim(
        who,
        f"y = {a}x + {b}. When x = {2 * x}, y is double what it is when x = {x}.",
        False,
        steps,
        f"only the {a}x part doubles when x doubles; the + {b} is added once, so y is {b} less than double.",
        f"{a} × {2 * x} + {b} = 2 × ({a} × {x} + {b})",
        slips=[mis.fixed_part_doubled.on(b)],
    )
