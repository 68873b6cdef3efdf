"""Algebra (strand A), Year 6: missing numbers written with letters, formulae, linear sequences, two unknowns."""

# Levels (design.md §4): 1 working towards — one-step equations and formulae, small numbers, a hint; 2 expected —
# two-step equations (3n + 4 = 25), formulae with two operations, the 20th term; 3 greater depth — brackets and
# division in equations, working a formula backwards, the 100th term or which term a number is, counting every
# pair that fits. Checks are written in our KS2 notation with □ for the unknown, so the notation solver confirms
# each key by undoing the operations itself.

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ks2practice.answers.kinds import Answer, Choice, Measure, Money, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.wording import hint, lettered, make, name, ordinal, show, truth_word
from ks2practice.core import notation
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarModel, ComparisonBarModel

RANGES: dict[str, dict[int, dict[str, tuple[int, int]]]] = {
    "equations": {
        1: {"n": (2, 12), "a": (2, 10)},
        2: {"n": (2, 15), "a": (2, 9), "b": (1, 30)},
        3: {"n": (6, 30), "a": (3, 12), "b": (5, 60)},
    },
    "sequences": {
        1: {"start": (1, 20), "step": (2, 10), "position": (5, 10)},
        2: {"start": (1, 50), "step": (2, 12), "position": (10, 30)},
        3: {"start": (1, 99), "step": (3, 25), "position": (40, 100)},
    },
}
LETTERS = ("n", "a", "b", "m", "p", "t", "y", "k")


def money(pence: int) -> str:
    """An amount as a prompt says it: £40, £3.50 or 75p."""
    if pence < 100:
        return f"{pence}p"
    return f"£{show(pence // 100)}" if pence % 100 == 0 else Money(pence).format()


def _draw(rng: random.Random, row: dict[str, tuple[int, int]], key: str) -> int:
    low, high = row[key]
    return rng.randint(low, high)


# ---------------------------------------------------------------------- missing numbers written with letters


@dataclass(frozen=True)
class Equation:
    """An equation in one letter: how it is written, its check with □, the solution and the predicted slips."""

    text: str  # with the letter, e.g. '3n + 4 = 25'
    check: str  # the same with □: '3 × □ + 4 = 25'
    value: int
    steps: tuple[str, ...]
    slips: tuple[tuple[str, int | None], ...]
    phrase: str  # the operations in words, for stories: 'multiplies it by 3 and adds 4'
    wrong_forms: tuple[str, ...]  # equations a pupil might write for the same story


def _equation(rng: random.Random, level: Level, letter: str) -> Equation:
    row = RANGES["equations"][int(level)]
    n, a = _draw(rng, row, "n"), _draw(rng, row, "a")
    v = letter
    if level == Level.WORKING_TOWARDS:
        form = rng.choice(("add", "subtract", "times"))
        if form == "add":
            c = n + a
            return Equation(
                f"{v} + {a} = {c}",
                f"□ + {a} = {c}",
                n,
                (f"Undo + {a} by subtracting {a}: {v} = {c} − {a} = {n}.",),
                (("wrong_inverse", c + a),),
                f"adds {a}",
                (f"{v} − {a} = {c}", f"{a}{v} = {c}", f"{v} = {a} + {c}"),
            )
        if form == "subtract":
            n += a  # keep the start bigger than what is taken away
            c = n - a
            return Equation(
                f"{v} − {a} = {c}",
                f"□ − {a} = {c}",
                n,
                (f"Undo − {a} by adding {a}: {v} = {c} + {a} = {n}.",),
                (("wrong_inverse", c - a if c > a else None),),
                f"takes away {a}",
                (f"{v} + {a} = {c}", f"{a} − {v} = {c}", f"{v} ÷ {a} = {c}"),
            )
        c = a * n
        return Equation(
            f"{a}{v} = {c}",
            f"{a} × □ = {c}",
            n,
            (f"{a}{v} means {a} × {v}.", f"Undo × {a} by dividing by {a}: {v} = {c} ÷ {a} = {n}."),
            (("coefficient_misread", c - a), ("wrong_inverse", c * a)),
            f"multiplies it by {a}",
            (f"{v} + {a} = {c}", f"{v} ÷ {a} = {c}", f"{v} − {a} = {c}"),
        )
    b = _draw(rng, row, "b")
    forms = ("plus", "minus") if level == Level.EXPECTED else ("minus", "bracket", "divide")
    form = rng.choice(forms)
    if form == "plus":
        c = a * n + b
        return Equation(
            f"{a}{v} + {b} = {c}",
            f"{a} × □ + {b} = {c}",
            n,
            (
                f"{a}{v} means {a} × {v}. Undo + {b} first: {a}{v} = {c} − {b} = {c - b}.",
                f"Then undo × {a}: {v} = {c - b} ÷ {a} = {n}.",
            ),
            (
                ("coefficient_misread", wrong.solve_reading_as_addition(a, b, c)),
                ("wrong_inverse", (c + b) // a if (c + b) % a == 0 else None),
            ),
            f"multiplies it by {a} and then adds {b}",
            (f"{b}{v} + {a} = {c}", f"{a}({v} + {b}) = {c}", f"{v} + {a} + {b} = {c}"),
        )
    if form == "minus":
        if a * n <= b:
            n = b // a + 2
        c = a * n - b
        return Equation(
            f"{a}{v} − {b} = {c}",
            f"{a} × □ − {b} = {c}",
            n,
            (
                f"{a}{v} means {a} × {v}. Undo − {b} first: {a}{v} = {c} + {b} = {c + b}.",
                f"Then undo × {a}: {v} = {c + b} ÷ {a} = {n}.",
            ),
            (
                ("coefficient_misread", c + b - a),
                ("wrong_inverse", (c - b) // a if c > b and (c - b) % a == 0 else None),
            ),
            f"multiplies it by {a} and then takes away {b}",
            (f"{a}{v} + {b} = {c}", f"{a}({v} − {b}) = {c}", f"{v} − {a} − {b} = {c}"),
        )
    if form == "bracket":
        b = b % 20 + 2
        c = a * (n + b)
        return Equation(
            f"{a}({v} + {b}) = {c}",
            f"{a} × (□ + {b}) = {c}",
            n,
            (
                f"{a}({v} + {b}) means {a} × ({v} + {b}). Undo × {a} first: {v} + {b} = {c} ÷ {a} = {c // a}.",
                f"Then undo + {b}: {v} = {c // a} − {b} = {n}.",
            ),
            (
                ("formula_order_of_operations", (c - b) // a if (c - b) % a == 0 else None),
                ("coefficient_misread", c - a - b),
            ),
            f"adds {b} and then multiplies the result by {a}",
            (f"{a}{v} + {b} = {c}", f"{v} + {a} × {b} = {c}", f"{b}({v} + {a}) = {c}"),
        )
    b = b % 30 + 2
    c = n + b
    total = a * n
    return Equation(
        f"{v} ÷ {a} + {b} = {c}",
        f"□ ÷ {a} + {b} = {c}",
        total,
        (
            f"Undo + {b} first: {v} ÷ {a} = {c} − {b} = {n}.",
            f"Then undo ÷ {a}: {v} = {n} × {a} = {total}.",
        ),
        (
            ("wrong_inverse", (c - b) // a if (c - b) % a == 0 else None),
            ("formula_order_of_operations", c * a - b),
        ),
        f"divides it by {a} and then adds {b}",
        (f"{a}{v} + {b} = {c}", f"{v} ÷ ({a} + {b}) = {c}", f"{a} ÷ {v} + {b} = {c}"),
    )


_CONTAINERS = (
    ("box", "boxes", "pencils"),
    ("bag", "bags", "marbles"),
    ("pack", "packs", "stickers"),
    ("tray", "trays", "cupcakes"),
    ("packet", "packets", "football cards"),
    ("tub", "tubs", "crayons"),
)


@topic(
    "algebra.missing_numbers_algebraically",
    title="Write and solve missing-number problems with letters (3n + 4 = 25)",
    codes=("6A1",),
    styles=("fluency", "true_or_false", "spot_the_mistake", "word_problem", "explain"),
)
def missing_numbers_algebraically(rng: random.Random, level: Level, style: str) -> Item:
    letter = rng.choice(LETTERS)
    eq = _equation(rng, level, letter)
    answer = WholeNumber(eq.value)
    tip = "do the inverse operation to undo each step."
    steps = list(eq.steps)
    if style == "fluency":
        prompt = f"Solve {eq.text}. What is the value of {letter}?" + hint(level, tip)
        item = make(prompt, answer, steps, style, eq.check, predicted=mis.predictions(answer, *eq.slips))
        return replace(item, diagram=_equation_bar(eq)) if level == Level.WORKING_TOWARDS else item
    if style == "true_or_false":
        slips = [s for s in eq.slips if s[1] is not None and s[1] != eq.value and s[1] > 0]
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        claim = slip[1] if slip else eq.value
        truth = TrueFalse(claim == eq.value)
        prompt = f"True or false? {letter} = {show(claim)} is the solution of {eq.text}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == eq.value)}.")
        check = eq.check.replace("□", show(claim))
        predicted = mis.predictions(truth, (slip[0], True)) if slip else ()
        return make(prompt, truth, steps, style, check, predicted=predicted)
    if style == "spot_the_mistake":
        slips = [s for s in eq.slips if s[1] is not None and s[1] > 0 and s[1] != eq.value]
        slip = slips[0] if slips else ("wrong_inverse", eq.value + 1)
        who = name(rng)
        prompt = (
            f"{who} solved {eq.text} and got {letter} = {show(slip[1])}. Check {who}'s answer by putting it back "
            f"into the equation. What is the correct value of {letter}?" + hint(level, tip)
        )
        steps.insert(0, f"Putting {letter} = {show(slip[1])} back in does not give the right total, so it is wrong.")
        return make(prompt, answer, steps, style, eq.check, predicted=mis.predictions(answer, slip))
    if style == "explain":
        return _which_equation(rng, level, letter, eq)
    return _equation_story(rng, level, letter, eq)


def _which_equation(rng: random.Random, level: Level, letter: str, eq: Equation) -> Item:
    who = name(rng)
    total = eq.text.split(" = ")[1]
    # a distractor must be false for the number: 2n = 4 and n + 2 = 4 both hold for n = 2
    wrong_forms = [f for f in eq.wrong_forms if not _holds(f, letter, eq.value)]
    options = list(dict.fromkeys([eq.text, *wrong_forms]))  # 3n + 3 swapped is itself: keep one
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(eq.text))
    prompt = (
        f"{who} thinks of a number, {letter}. {who} {eq.phrase} and gets {total}. "
        f"Which equation shows this? Explain how you know. {lettered(options)}"
        + hint(level, "follow the operations in the order they happen.")
    )
    steps = [
        f"Model answer: start with {letter}, then {eq.phrase}; the result is {total}, so {eq.text}.",
        f"Check: {letter} = {show(eq.value)} makes {eq.text} true.",
        f"Answer: {eq.text}",
    ]
    return make(prompt, answer, steps, "explain", eq.check.replace("□", show(eq.value)))


def _equation_bar(eq: Equation) -> BarModel | None:
    """A level-1 bar model of a one-step equation: n + 4 = 11, n − 4 = 7 (n is the whole), 3n = 12."""
    m = re.fullmatch(r"(□|\d+) ([+−×]) (□|\d+) = (\d+)", eq.check)
    if not m:
        return None
    left, op, right, total = m.groups()
    if op == "+":
        return BarModel(int(total), ("?", int(right)))
    if op == "−":
        return BarModel("?", (int(total), int(right)))
    return BarModel(int(total), ("?",) * int(left))


def _holds(equation: str, letter: str, value: int) -> bool:
    """Whether an equation written with a letter (3n + 4 = 25, 2(n − 1) = 8) is true for this value."""
    text = re.sub(r"(\d)\(", r"\1 × (", equation)
    text = re.sub(rf"(\d){letter}\b", rf"\1 × {value}", text)
    text = re.sub(rf"\b{letter}\b", str(value), text)
    return notation.evaluate(text) is True


def _equation_story(rng: random.Random, level: Level, letter: str, eq: Equation) -> Item:
    answer = WholeNumber(eq.value)
    who = name(rng)
    tip = "write an equation, then undo each step."
    form_given = f" This can be written as {eq.text}." if level != Level.GREATER_DEPTH else ""
    ask = "Write an equation and solve it to find" if level == Level.GREATER_DEPTH else "Find"
    prompt = (
        f"{who} thinks of a number, {letter}. {who} {eq.phrase} and gets {eq.text.split(' = ')[1]}.{form_given} "
        f"{ask} {who}'s number." + hint(level, tip)
    )
    if "×" in eq.check and "(" not in eq.check and "÷" not in eq.check and level != Level.WORKING_TOWARDS:
        # 3n + 4 = 25 or 3n − 4 = 25 as equal containers with some loose or given away
        a, rest = eq.text.split(letter, 1)
        one, many, things = rng.choice(_CONTAINERS)
        sign, b, _, c = rest.split()
        has = f"{a} {many} and {b} loose {things}, {c} {things} altogether"
        if sign == "−":
            has = f"{a} {many}, gives {b} {things} away and has {c} {things} left"
        prompt = (
            f"Every {one} holds the same number of {things}, {letter}. {who} has {has}.{form_given} "
            f"{ask} how many {things} are in one {one}." + hint(level, tip)
        )
    return make(prompt, answer, list(eq.steps), "word_problem", eq.check, predicted=mis.predictions(answer, *eq.slips))


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
    styles=("fluency", "missing_number", "word_problem", "true_or_false", "explain"),
)
def sequences(rng: random.Random, level: Level, style: str) -> Item:
    start, step = _sequence(rng, level)
    shown = _terms(start, step, 4 if level == Level.WORKING_TOWARDS else 5)
    tip = "find the difference between neighbouring terms."
    describe = f"The terms go up by {step} each time" if step > 0 else f"The terms go down by {-step} each time"
    if style == "fluency":
        nxt = start + len(shown) * step
        answer = WholeNumber(nxt)
        prompt = f"What is the next term in this sequence? {_listed(shown)}, …" + hint(level, tip)
        steps = [f"{describe}.", f"{show(shown[-1])} {'+' if step > 0 else '−'} {abs(step)} = {show(nxt)}"]
        check = f"{show(shown[-1])} + {step}" if step > 0 else f"{show(shown[-1])} − {-step}"
        return make(_minus(prompt), answer, steps, style, _minus(check))
    if style == "missing_number":
        gap = rng.randint(1, len(shown) - 2)
        value = shown[gap]
        answer = WholeNumber(value)
        with_gap: list[int | str] = [v if i != gap else "□" for i, v in enumerate(shown)]
        prompt = f"Find the missing term: {_listed(with_gap)}" + hint(level, tip)
        steps = [f"{describe}.", f"{show(shown[gap - 1])} {'+' if step > 0 else '−'} {abs(step)} = {show(value)}"]
        check = f"({show(shown[gap - 1])} + {show(shown[gap + 1])}) ÷ 2"
        return make(_minus(prompt), answer, steps, style, _minus(check))
    if style == "true_or_false":
        return _in_sequence(rng, level, start, step, shown)
    if style == "explain":
        return _which_rule(rng, level, start, step, shown)
    return _nth_term(rng, level, start, step)


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
            f"{saver} saves money: £{start} in week 1, then £{step} more each week than the week before.",
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
        steps = [
            f"From the 1st term, {show(term)} is {show(term - start)} more.",
            f"{show(term - start)} ÷ {step} = {(term - start) // step} steps, so it is position "
            f"{(term - start) // step} + 1 = {position}.",
        ]
        check = f"({show(term)} − {start}) ÷ {step} + 1"
        slip = ("sequence_one_step_too_many", position - 1)
        return make(prompt, answer, steps, "word_problem", check, predicted=mis.predictions(answer, slip))
    ask = f"What is the {ordinal(position)} term?" if "rule" in context else f"How many are there {which}?"
    prompt = f"{context} {ask}" + hint(level, f"the 1st term needs no steps of {step}.")
    if unit:
        prompt = f"{context} How much does {saver} save {which}?" + hint(level, "week 1 needs no extra steps.")
    steps = [
        f"From position 1 to position {position} is {position - 1} steps of {step}.",
        f"{show(start)} + {position - 1} × {step} = {show(start)} + {show((position - 1) * step)} = {show(term)}",
    ]
    check = _term_check(start, step, position)
    if unit:
        check = f"({check}) × 100"
    slips = (
        ("sequence_difference_only", wrong.nth_term_difference_only(step, position)),
        ("sequence_one_step_too_many", wrong.nth_term_one_step_too_many(start, step, position)),
    )
    scale = 100 if unit else 1
    slips = tuple((k, v * scale) for k, v in slips)
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
    steps = [
        f"The rule is: {_rule(start, step)}.",
        f"From {show(start)} to {show(candidate)} is {show(gap)}; {show(gap)} ÷ {abs(step)} "
        + ("is a whole number of steps" if truth else "is not a whole number of steps")
        + ".",
        f"So the statement is {truth_word(truth)}.",
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
        f"Model answer: the 1st term is {show(start)} and the difference between terms is {abs(step)}, "
        f"so the rule is: {right}.",
        f"Answer: {right}",
    ]
    check = _minus(f"{show(start)} {'+' if step > 0 else '−'} 3 × {abs(step)} = {show(shown[3])}")
    if shown[3] < 0:
        check = _minus(f"{show(start)} − 3 × {abs(step)} = ({show(shown[3])})")
    return make(_minus(prompt), answer, steps, "explain", check)


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
            [f"b = {total} − {a} = {total - a}"],
            (f"{a} + □ = {total}", (("added_instead_of_difference", total + a),)),
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
            [f"a = {k}b, so a + b is {k + 1} equal parts of b: b = {a + b} ÷ {k + 1} = {b}.", f"a = {k} × {b} = {a}"],
            (f"{k} × ({a + b} ÷ {k + 1})", (("first_step_only", b),)),
        )
    if kind == "difference":
        a = b + rng.randint(1, 12)
        return (
            f"a + b = {a + b} and a − b = {a - b}.",
            "a",
            WholeNumber(a),
            [f"Take the difference away and share: b = ({a + b} − {a - b}) ÷ 2 = {b}.", f"a = {b} + {a - b} = {a}"],
            (f"({a + b} + {a - b}) ÷ 2", (("first_step_only", b), ("added_instead_of_difference", a + b + a - b))),
        )
    if kind == "times_difference":
        k = rng.randint(3, 6)
        a = k * b
        return (
            f"a = {k}b and a − b = {a - b}.",
            "a",
            WholeNumber(a),
            [f"a − b is {k - 1} equal parts of b: b = {a - b} ÷ {k - 1} = {b}.", f"a = {k} × {b} = {a}"],
            (f"{k} × ({a - b} ÷ {k - 1})", (("first_step_only", b),)),
        )
    extra = rng.randint(2, 9)
    a = b + extra
    total = 2 * a + b
    return (
        f"2a + b = {total} and a = b + {extra}.",
        "b",
        WholeNumber(b),
        [
            f"Put b + {extra} in place of a: 2(b + {extra}) + b = {total}, so 3b + {2 * extra} = {total}.",
            f"3b = {total - 2 * extra}, so b = {b}.",
        ],
        (
            f"3 × □ + 2 × {extra} = {total}",
            (("formula_order_of_operations", (total - extra) // 3 if (total - extra) % 3 == 0 else None),),
        ),
    )


_PAIRS = {
    1: (("a pen", "a pencil"), ("a drink", "a snack"), ("a ball", "a skipping rope"), ("a book", "a bookmark")),
    2: (("a lunch box", "a drink"), ("a football", "a whistle"), ("a paint set", "a brush"), ("a book", "a comic")),
    3: (("a bike", "a helmet"), ("a tablet", "a case"), ("a tent", "a sleeping bag"), ("a guitar", "a stand")),
}
_PRICES = (("adult tickets", "child tickets"), ("large boxes", "small boxes"), ("postcards", "stamps"))


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
        f"{'a' if p == 1 else f'{p}a'} = {p * a}, so {q}b = {total} − {p * a} = {q * b}.",
        f"b = {q * b} ÷ {q} = {b}",
    ]
    check = f"{p} × {a} + {q} × □ = {total}" if p > 1 else f"{a} + {q} × □ = {total}"
    slips = (("coefficient_misread", total - p * a - q), ("first_step_only", q * b))
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
            f"For example a = 1, b = {total - 1} and a = 2, b = {total - 2} both work: there are {len(pairs)} pairs.",
            "So the statement is false.",
        ]
        check = f"1 + {total - 1} ≠ 2 + {total - 2}"
        return make(
            prompt, answer, steps, "true_or_false", check, predicted=mis.predictions(answer, ("one_pair_only", True))
        )
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
    steps = [
        f"{p} × {a} + {q} × {claim_b} = {p * a} + {q * claim_b} = {p * a + q * claim_b}.",
        f"So the statement is {truth_word(truth)}.",
    ]
    predicted = mis.predictions(answer, ("coefficient_misread", p + a + q + claim_b == total or None))
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
    eq = f"a + b = {total}" if p == 1 else f"{p}a + {q}b = {total}"
    options = [
        f"Yes: a = {first[0]}, b = {first[1]} is the only answer",
        f"No: a = {other[0]}, b = {other[1]} also works",
        "No: there are no answers",
    ]
    right, yes = options[1], options[0]
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(right))
    prompt = (
        f"a and b are whole numbers greater than 0. {who} says the only answer to {eq} is a = {first[0]}, "
        f"b = {first[1]}. Is {who} right? Explain. {lettered(options)}" + hint(level, "try other values of a.")
    )
    steps = [
        f"Model answer: with two unknowns there can be more than one pair. a = {other[0]}, b = {other[1]} also "
        f"works, because {_eq_sum(p, q, other)} = {total}. There are {len(pairs)} pairs in all.",
        f"Answer: {right}",
    ]
    check = f"{_eq_sum(p, q, other)} = {total}"
    letter = chr(65 + options.index(yes))  # the pupil who stops at one pair agrees with the claim
    return make(prompt, answer, steps, "explain", check, predicted=mis.predictions(answer, ("one_pair_only", letter)))


def _eq_sum(p: int, q: int, pair: tuple[int, int]) -> str:
    a, b = pair
    return f"{a} + {b}" if p == q == 1 else f"{p} × {a} + {q} × {b}"


def _combinations(rng: random.Random, level: Level) -> Item:
    who = name(rng)
    if level == Level.WORKING_TOWARDS:
        mains, drinks = rng.randint(2, 5), rng.randint(2, 4)
        answer = WholeNumber(mains * drinks)
        prompt = (
            f"A café sells {mains} kinds of sandwich and {drinks} kinds of drink. {who} chooses one sandwich and one "
            f"drink. How many different combinations could {who} choose?" + hint(level, "list them in a table.")
        )
        steps = [f"Each of the {mains} sandwiches goes with each of the {drinks} drinks: {mains} × {drinks}."]
        slips = (("combinations_added", wrong.combinations_added(mains, drinks)),)
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
        prompt = (
            f"A shop sells {things} in packs of {p} and packs of {q}. {who} buys exactly {total} {things}, with at "
            f"least one pack of each size. How many different combinations of packs could {who} buy?"
            + hint(level, "list them in order.")
        )
    else:
        p, q = rng.choice(((3, 5), (4, 7), (5, 8), (3, 8), (7, 4), (6, 5), (9, 4)))
        units = rng.randint(3, 7)
        total = p * q * units
        pairs = _pairs(total, p, q)
        first, second = rng.choice(_PRICES)
        answer = WholeNumber(len(pairs))
        prompt = (
            f"{first.capitalize()} cost £{p} each and {second} cost £{q} each. {who} spends exactly £{total} "
            f"and buys at least one of each. How many different combinations could {who} buy?"
        )
    listed = "; ".join(f"{a} and {b}" for a, b in pairs)
    steps = [f"Listing the pairs in order: {listed}.", f"There are {len(pairs)} combinations."]
    slips = (("one_pair_only", 1),)
    return make(
        prompt, answer, steps, "word_problem", f"{total} ÷ ({p} × {q}) − 1", predicted=mis.predictions(answer, *slips)
    )


def _more_than(rng: random.Random, level: Level) -> Item:
    """The classic: two things cost a total, one costs a known amount more; find the cheaper one."""
    who = name(rng)
    things = rng.choice(_PAIRS[int(level)])
    if level == Level.WORKING_TOWARDS:
        small, more = rng.randint(1, 9) * 5, rng.randint(2, 8) * 5
    elif level == Level.EXPECTED:
        small, more = rng.randint(5, 40) * 5, rng.randint(5, 40) * 5
    else:
        small, more = rng.randint(30, 400) * 5, rng.randint(60, 500) * 5
    big = small + more
    total = small + big
    answer = Money(small)
    prompt = (
        f"{who} buys {things[0]} and {things[1]} for {money(total)} altogether. {things[0].capitalize()} costs "
        f"{money(more)} more than {things[1]}. How much does {things[1]} cost?"
        + hint(level, "draw two bars; one is longer by the difference.")
    )
    steps = [
        f"Take away the extra: {money(total)} − {money(more)} = {money(total - more)}.",
        f"That is two equal bars, so {things[1]} costs {money(total - more)} ÷ 2 = {money(small)}.",
    ]
    check = f"({total} − {more}) ÷ 2"
    slips = (("first_step_only", total - more), ("added_instead_of_difference", total + more))
    item = make(prompt, answer, steps, "two_step_word_problem", check, predicted=mis.predictions(answer, *slips))
    if level != Level.WORKING_TOWARDS:
        return item
    names = (things[0].split(" ", 1)[1][:16], things[1].split(" ", 1)[1][:16])
    bars = ComparisonBarModel(names, ("?", "?"), sizes=(big, small), difference=more, unit="p")
    return replace(item, diagram=bars)
