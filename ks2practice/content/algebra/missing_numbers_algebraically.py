"""Write and solve missing-number problems with letters (3n + 4 = 25)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import RANGES, _draw
from ks2practice.content.misconceptions import algebra_ratio as wrong
from ks2practice.content.wording import hint, lettered, make, name, show, truth_word
from ks2practice.core import notation
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.pictures.diagrams import BarModel

LETTERS = ("n", "a", "b", "m", "p", "t", "y", "k")


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
