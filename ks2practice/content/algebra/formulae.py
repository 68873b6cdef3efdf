"""Use simple formulae in words and letters."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import money
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic

# ---------------------------------------------------------------------- formulae


@dataclass(frozen=True)
class Formula:
    """One use of a formula: its wording, the inputs given, the answer, its check and predicted slips."""

    rule: str  # the formula as given to the pupil
    given: str  # the values given, in words
    answer: Answer
    check: str
    steps: tuple[str, ...]
    slips: tuple[tuple[str, int | None], ...]
    reverse: Formula | None = None  # the same formula worked backwards (find an input from the result)
    ask: str = ""  # for a reverse use: the question in words


def _formula(rng: random.Random, level: Level) -> Formula:
    """A formula and a substitution into it, at the level's demand."""
    if level == Level.WORKING_TOWARDS:
        kind = rng.choice(("square", "tickets", "wheels", "practice"))
        if kind == "square":
            s = rng.randint(2, 12)
            return Formula(
                "The perimeter of a square is P = 4 × s, where s is the length of one side.",
                f"s = {s} cm",
                Measure(4 * s, "cm"),
                f"4 × {s}",
                (f"P = 4 × {s} = {4 * s} cm",),
                (("coefficient_misread", 4 + s),),
                Formula(
                    f"4 × □ = {4 * s}",
                    f"P = {4 * s} cm",
                    Measure(s, "cm"),
                    f"4 × □ = {4 * s}",
                    (f"s = {4 * s} ÷ 4 = {s} cm",),
                    (),
                    ask="How long is one side?",
                ),
            )
        if kind == "tickets":
            price, count = rng.randint(3, 9), rng.randint(2, 6)
            return Formula(
                f"Cinema tickets cost £{price} each. The cost in pounds is C = {price} × t, for t tickets.",
                f"t = {count}",
                Money(price * count * 100),
                f"{price * 100} × {count}",
                (f"C = {price} × {count} = {price * count}, so the cost is £{price * count}.",),
                (("coefficient_misread", (price + count) * 100),),
                Formula(
                    f"{price} × □ = {price * count}",
                    f"C = {price * count}",
                    WholeNumber(count),
                    f"{price} × □ = {price * count}",
                    (f"t = {price * count} ÷ {price} = {count}",),
                    (),
                    ask="How many tickets were bought?",
                ),
            )
        if kind == "wheels":
            cars = rng.randint(3, 12)
            return Formula(
                "The number of wheels on c cars is w = 4c.",
                f"c = {cars}",
                WholeNumber(4 * cars),
                f"4 × {cars}",
                (f"4c means 4 × c: w = 4 × {cars} = {4 * cars}",),
                (("coefficient_misread", wrong.coefficient_as_digits(4, cars) or 4 + cars),),
                Formula(
                    f"4 × □ = {4 * cars}",
                    f"w = {4 * cars}",
                    WholeNumber(cars),
                    f"4 × □ = {4 * cars}",
                    (f"c = {4 * cars} ÷ 4 = {cars}",),
                    (),
                    ask="How many cars are there?",
                ),
            )
        minutes, days = rng.choice((10, 15, 20, 25)), rng.randint(2, 7)
        return Formula(
            f"A music pupil practises {minutes} minutes a day. In d days she practises m = {minutes} × d minutes.",
            f"d = {days}",
            Measure(minutes * days, "min"),
            f"{minutes} × {days}",
            (f"m = {minutes} × {days} = {minutes * days} minutes",),
            (("coefficient_misread", minutes + days),),
            Formula(
                f"{minutes} × □ = {minutes * days}",
                f"m = {minutes * days}",
                WholeNumber(days),
                f"{minutes} × □ = {minutes * days}",
                (f"d = {minutes * days} ÷ {minutes} = {days}",),
                (),
                ask="For how many days did she practise?",
            ),
        )
    big = level == Level.GREATER_DEPTH
    kind = rng.choice(("hire", "perimeter", "roast", "letters"))
    if kind == "hire":
        thing = rng.choice(("a bike", "a rowing boat", "a kayak", "a tennis court", "a go-kart"))
        rate = rng.choice((250, 350, 450, 150, 275)) if big else rng.randint(2, 9) * 100
        fixed = rng.choice((300, 500, 750, 450)) if big else rng.randint(2, 8) * 100
        hours = rng.randint(2, 9)
        cost = rate * hours + fixed
        return Formula(
            f"Hiring {thing} costs {money(rate)} an hour plus a fixed charge of {money(fixed)}: "
            f"cost = {money(rate)} × hours + {money(fixed)}.",
            f"{hours} hours",
            Money(cost),
            f"{rate} × {hours} + {fixed}",
            (
                f"Multiply first: {money(rate)} × {hours} = {money(rate * hours)}.",
                f"Then add the fixed charge: {money(rate * hours)} + {money(fixed)} = {money(cost)}.",
            ),
            (("formula_order_of_operations", wrong.add_before_multiply(rate, hours, fixed)),),
            Formula(
                f"{money(rate)} × □ + {money(fixed)} = {money(cost)}",
                f"a bill of {money(cost)}",
                WholeNumber(hours),
                f"{rate} × □ + {fixed} = {cost}",
                (
                    f"Take off the fixed charge: {money(cost)} − {money(fixed)} = {money(cost - fixed)}.",
                    f"Divide by the hourly cost: {money(cost - fixed)} ÷ {money(rate)} = {hours} hours.",
                ),
                (("wrong_inverse", (cost + fixed) // rate if (cost + fixed) % rate == 0 else None),),
                ask="For how many hours was it hired?",
            ),
        )
    if kind == "perimeter":
        length = rng.randint(5, 40) if big else rng.randint(4, 15)
        width = rng.randint(2, length - 1)
        p = 2 * (length + width)
        return Formula(
            "The perimeter of a rectangle is P = 2(l + w), where l is the length and w is the width.",
            f"l = {length} cm and w = {width} cm",
            Measure(p, "cm"),
            f"2 × ({length} + {width})",
            (f"Brackets first: {length} + {width} = {length + width}.", f"Then P = 2 × {length + width} = {p} cm."),
            (("formula_order_of_operations", wrong.bracket_first_term_only(2, length, width)),),
            Formula(
                f"2 × ({length} + □) = {p}",
                f"P = {p} cm and l = {length} cm",
                Measure(width, "cm"),
                f"2 × ({length} + □) = {p}",
                (
                    f"Undo × 2: l + w = {p} ÷ 2 = {p // 2}.",
                    f"Then w = {p // 2} − {length} = {width} cm.",
                ),
                (("formula_order_of_operations", p - 2 * length if p > 2 * length else None),),
                ask="What is the width?",
            ),
        )
    if kind == "roast":
        per, extra = rng.choice((40, 45, 50, 30)), rng.choice((20, 25, 30))
        kg = rng.randint(2, 6)
        t = per * kg + extra
        return Formula(
            f"To roast a chicken, cook it for {per} minutes per kilogram plus {extra} minutes: "
            f"time = {per} × kg + {extra}.",
            f"a chicken of {kg} kg",
            Measure(t, "min"),
            f"{per} × {kg} + {extra}",
            (f"Multiply first: {per} × {kg} = {per * kg}.", f"Then add {extra}: {per * kg} + {extra} = {t} minutes."),
            (("formula_order_of_operations", wrong.add_before_multiply(per, kg, extra)),),
            Formula(
                f"{per} × □ + {extra} = {t}",
                f"a cooking time of {t} minutes",
                Measure(kg, "kg"),
                f"{per} × □ + {extra} = {t}",
                (f"Take off {extra}: {t} − {extra} = {t - extra}.", f"Then {t - extra} ÷ {per} = {kg} kg."),
                (("wrong_inverse", (t + extra) // per if (t + extra) % per == 0 else None),),
                ask="How heavy is the chicken?",
            ),
        )
    a, b = rng.randint(3, 12 if big else 9), rng.randint(2, 40 if big else 20)
    x = rng.randint(6, 25) if big else rng.randint(2, 12)
    y = a * x - b if big and a * x > b else a * x + b
    sign = "−" if y == a * x - b else "+"
    return Formula(
        f"y = {a}x {sign} {b}.",
        f"x = {x}",
        WholeNumber(y),
        f"{a} × {x} {sign} {b}",
        (f"{a}x means {a} × x: {a} × {x} = {a * x}.", f"Then y = {a * x} {sign} {b} = {y}."),
        (
            ("coefficient_misread", a + x + b if sign == "+" else a + x - b),
            ("formula_order_of_operations", a * (x + b) if sign == "+" else (a * (x - b) if x > b else None)),
        ),
        Formula(
            f"{a} × □ {sign} {b} = {y}",
            f"y = {y}",
            WholeNumber(x),
            f"{a} × □ {sign} {b} = {y}",
            (
                f"Undo {sign} {b}: {a}x = {y} {'+' if sign == '−' else '−'} {b} = {a * x}.",
                f"Then x = {a * x} ÷ {a} = {x}.",
            ),
            (),
            ask="What is x?",
        ),
    )


@topic(
    "algebra.formulae",
    title="Use simple formulae in words and letters",
    codes=("6A2",),
    styles=("fluency", "missing_number", "true_or_false", "spot_the_mistake", "word_problem"),
)
def formulae(rng: random.Random, level: Level, style: str) -> Item:
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
        slips = [s for s in f.slips if s[1] is not None]
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        right = f.answer.numeric()
        claim = Fraction(slip[1]) if slip else right
        shown = _like(f.answer, claim)
        truth = TrueFalse(claim == right)
        prompt = f"{f.rule} True or false? For {f.given}, the result is {shown}." + hint(level, tip)
        steps = [*f.steps, f"So the statement is {truth_word(claim == right)}."]
        predicted = mis.predictions(truth, (slip[0], True)) if slip else ()
        return make(prompt, truth, steps, style, f"{f.check} = {show(claim)}", predicted=predicted)
    if style == "spot_the_mistake":
        slips = [s for s in f.slips if s[1] is not None]
        slip = slips[0] if slips else ("formula_order_of_operations", int(f.answer.numeric()) + 1)
        who = name(rng)
        prompt = (
            f"{f.rule} {who} used it for {f.given} and got {_like(f.answer, Fraction(slip[1]))}. "
            f"Find {who}'s mistake and work out the right answer." + hint(level, tip)
        )
        return make(prompt, f.answer, list(f.steps), style, f.check, predicted=mis.predictions(f.answer, slip))
    prompt = f"{f.rule} Work out the result for {f.given}." + hint(level, tip)
    return make(prompt, f.answer, list(f.steps), style, f.check, predicted=_slips(f))


def _slips(f: Formula) -> tuple:
    return mis.predictions(f.answer, *f.slips)


def _like(answer: Answer, value: Fraction) -> str:
    """A value written in the same form as the key (money in £ or p, a measure with its unit)."""
    if isinstance(answer, Money):
        return money(int(value))
    if isinstance(answer, Measure):
        return f"{show(value)} {'minutes' if answer.unit == 'min' else answer.unit}"
    return show(value)
