"""Write and solve missing-number problems with letters (3n + 4 = 25)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ks2practice.answers.kinds import Choice, TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.algebra.common import RANGES, _draw
from ks2practice.content.misconceptions.data_time_algebra import claimed_by
from ks2practice.content.wording import hint, lettered, make, name, show, truth_word
from ks2practice.core import notation
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Expr, Step, add, div, eq, mul, rel, sub
from ks2practice.pictures.diagrams import BarModel

LETTERS = ("n", "a", "b", "m", "p", "t", "y", "k")


# ---------------------------------------------------------------------- missing numbers written with letters


@dataclass(frozen=True)
class Equation:
    """An equation in one letter: how it is written, its check with □, the solution and the predicted slips."""

    text: str  # with the letter, e.g. '3n + 4 = 25'
    check: str  # the same with □: '3 × □ + 4 = 25'
    value: int
    steps: tuple[Step, ...]
    slips: tuple[mis.Applied, ...]
    phrase: str  # the operations in words, for stories: 'multiplies it by 3 and adds 4'
    wrong_forms: tuple[str, ...]  # equations a pupil might write for the same story
    ops: tuple[tuple[str, int], ...] = ()  # what is done to the letter, in order: 3n + 4 is (×, 3), (+, 4)


_MADE = {"+": add, "−": sub, "×": mul, "÷": div}


def _done_to(value: int, ops: tuple[tuple[str, int], ...]) -> Expr | int:
    """The expression the equation's left side is for this value: 3 × 7 + 4."""
    expr: Expr | int = value
    for op, number in ops:
        expr = mul(number, expr) if op == "×" else _MADE[op](expr, number)
    return expr


def written(equation: str, before: str = "") -> Step:
    """An equation with a letter, in words (a letter is not a number a relation can check), its total a number."""
    left, total = equation.rsplit(" = ", 1)
    return Step(f"{before}{left} = ", int(total))


def _equation(rng: random.Random, level: Level, letter: str) -> Equation:
    row = RANGES["equations"][int(level)]
    n, a = _draw(rng, row, "n"), _draw(rng, row, "a")
    v = letter
    same = mis.undo_with_same_operation
    if level == Level.WORKING_TOWARDS:
        form = rng.choice(("add", "subtract", "times"))
        if form == "add":
            c = n + a
            return Equation(
                f"{v} + {a} = {c}",
                f"□ + {a} = {c}",
                n,
                (Step(f"Undo + {a} by subtracting {a}: {v} = ", eq(sub(c, a), n), "."),),
                (same.on(c, (("+", a),), 0),),
                f"adds {a}",
                (f"{v} − {a} = {c}", f"{a}{v} = {c}", f"{v} = {a} + {c}"),
                (("+", a),),
            )
        if form == "subtract":
            n += a  # keep the start bigger than what is taken away
            c = n - a
            return Equation(
                f"{v} − {a} = {c}",
                f"□ − {a} = {c}",
                n,
                (Step(f"Undo − {a} by adding {a}: {v} = ", eq(add(c, a), n), "."),),
                (same.on(c, (("−", a),), 0),),
                f"takes away {a}",
                (f"{v} + {a} = {c}", f"{a} − {v} = {c}", f"{v} ÷ {a} = {c}"),
                (("−", a),),
            )
        c = a * n
        return Equation(
            f"{a}{v} = {c}",
            f"{a} × □ = {c}",
            n,
            (
                Step(f"{a}{v} means {a} × {v}."),
                Step(f"Undo × {a} by dividing by {a}: {v} = ", eq(div(c, a), n), "."),
            ),
            (mis.coefficient_misread.on(a, total=c, letter=v), same.on(c, (("×", a),), 0)),
            f"multiplies it by {a}",
            (f"{v} + {a} = {c}", f"{v} ÷ {a} = {c}", f"{v} − {a} = {c}"),
            (("×", a),),
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
                Step(f"{a}{v} means {a} × {v}. Undo + {b} first: {a}{v} = ", eq(sub(c, b), c - b), "."),
                Step(f"Then undo × {a}: {v} = ", eq(div(c - b, a), n), "."),
            ),
            (
                mis.coefficient_misread.on(a, total=c, constant=b, letter=v),
                same.on(c, (("×", a), ("+", b)), 1),
            ),
            f"multiplies it by {a} and then adds {b}",
            (f"{b}{v} + {a} = {c}", f"{a}({v} + {b}) = {c}", f"{v} + {a} + {b} = {c}"),
            (("×", a), ("+", b)),
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
                Step(f"{a}{v} means {a} × {v}. Undo − {b} first: {a}{v} = ", eq(add(c, b), c + b), "."),
                Step(f"Then undo × {a}: {v} = ", eq(div(c + b, a), n), "."),
            ),
            (
                mis.coefficient_misread.on(a, total=c, constant=-b, letter=v),
                same.on(c, (("×", a), ("−", b)), 1),
            ),
            f"multiplies it by {a} and then takes away {b}",
            (f"{a}{v} + {b} = {c}", f"{a}({v} − {b}) = {c}", f"{v} − {a} − {b} = {c}"),
            (("×", a), ("−", b)),
        )
    if form == "bracket":
        b = b % 20 + 2
        c = a * (n + b)
        return Equation(
            f"{a}({v} + {b}) = {c}",
            f"{a} × (□ + {b}) = {c}",
            n,
            (
                Step(
                    f"{a}({v} + {b}) means {a} × ({v} + {b}). Undo × {a} first: {v} + {b} = ",
                    eq(div(c, a), c // a),
                    ".",
                ),
                Step(f"Then undo + {b}: {v} = ", eq(sub(c // a, b), n), "."),
            ),
            (
                mis.worked_in_wrong_order.on("solve_first_term_only", a, b, c),
                mis.coefficient_misread.on(a, total=c, constant=b, letter=v),
            ),
            f"adds {b} and then multiplies the result by {a}",
            (f"{a}{v} + {b} = {c}", f"{v} + {a} × {b} = {c}", f"{b}({v} + {a}) = {c}"),
            (("+", b), ("×", a)),
        )
    b = b % 30 + 2
    c = n + b
    total = a * n
    return Equation(
        f"{v} ÷ {a} + {b} = {c}",
        f"□ ÷ {a} + {b} = {c}",
        total,
        (
            Step(f"Undo + {b} first: {v} ÷ {a} = ", eq(sub(c, b), n), "."),
            Step(f"Then undo ÷ {a}: {v} = ", eq(mul(n, a), total), "."),
        ),
        (
            same.on(c, (("÷", a), ("+", b)), 0),
            mis.worked_in_wrong_order.on("undo_in_wrong_order", a, b, c),
        ),
        f"divides it by {a} and then adds {b}",
        (f"{a}{v} + {b} = {c}", f"{v} ÷ ({a} + {b}) = {c}", f"{a} ÷ {v} + {b} = {c}"),
        (("÷", a), ("+", b)),
    )


def _value(value: int, ops: tuple[tuple[str, int], ...]) -> Fraction:
    """What the left side comes to for this value, exactly."""
    result = Fraction(value)
    for op, number in ops:
        result = {"+": result + number, "−": result - number, "×": result * number, "÷": result / number}[op]
    return result


def _exact(value: Fraction) -> int | Fraction:
    return value.numerator if value.denominator == 1 else value


def _real(eq_: Equation) -> list[mis.Applied]:
    """The slips that give a wrong, positive whole answer for this equation."""
    return [
        s
        for s in eq_.slips
        if isinstance(s.wrong(), int) and s.wrong() > 0 and s.wrong() != eq_.value  # type: ignore[operator]
    ]


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
    equ = _equation(rng, level, letter)
    answer = WholeNumber(equ.value)
    tip = "do the inverse operation to undo each step."
    steps = list(equ.steps)
    if style == "fluency":
        prompt = f"Solve {equ.text}. What is the value of {letter}?" + hint(level, tip)
        item = make(prompt, answer, steps, style, equ.check, predicted=mis.predictions(answer, *equ.slips))
        return replace(item, diagram=_equation_bar(equ)) if level == Level.WORKING_TOWARDS else item
    if style == "true_or_false":
        slips = _real(equ)
        slip = rng.choice(slips) if slips and rng.random() < 0.6 else None
        claim = slip.wrong() if slip else equ.value
        truth = TrueFalse(claim == equ.value)
        prompt = f"True or false? {letter} = {show(claim)} is the solution of {equ.text}." + hint(level, tip)
        steps.append(f"So the statement is {truth_word(claim == equ.value)}.")
        check = equ.check.replace("□", show(claim))
        predicted = mis.predictions(truth, claimed_by(slip, claim)) if slip else ()
        return make(prompt, truth, steps, style, check, predicted=predicted)
    if style == "spot_the_mistake":
        while not _real(equ):  # every answer shown as a mistake is one a mechanism makes: draw another
            equ = _equation(rng, level, letter)
            answer, steps = WholeNumber(equ.value), list(equ.steps)
        slip = _real(equ)[0]
        wrong = int(slip.wrong())  # type: ignore[arg-type]
        who = name(rng)
        prompt = (
            f"{who} solved {equ.text} and got {letter} = {show(wrong)}. Check {who}'s answer by putting it back "
            f"into the equation. What is the correct value of {letter}?" + hint(level, tip)
        )
        total = int(equ.text.rsplit(" = ", 1)[1])
        made = _value(wrong, equ.ops)
        back = Step(
            f"Putting {letter} = {show(wrong)} back in: ",
            eq(_done_to(wrong, equ.ops), _exact(made)),
            ", and ",
            rel(_exact(made), "≠", total),
            ", so it is wrong.",
        )
        return make(prompt, answer, [back, *steps], style, equ.check, predicted=mis.predictions(answer, slip))
    if style == "explain":
        return _which_equation(rng, level, letter, equ)
    return _equation_story(rng, level, letter, equ)


def _which_equation(rng: random.Random, level: Level, letter: str, equ: Equation) -> Item:
    who = name(rng)
    total = equ.text.split(" = ")[1]
    # a distractor must be false for the number: 2n = 4 and n + 2 = 4 both hold for n = 2
    wrong_forms = [f for f in equ.wrong_forms if not _holds(f, letter, equ.value)]
    options = list(dict.fromkeys([equ.text, *wrong_forms]))  # 3n + 3 swapped is itself: keep one
    rng.shuffle(options)
    answer = Choice(tuple(options), options.index(equ.text))
    prompt = (
        f"{who} thinks of a number, {letter}. {who} {equ.phrase} and gets {total}. "
        f"Which equation shows this? Explain how you know. {lettered(options)}"
        + hint(level, "follow the operations in the order they happen.")
    )
    steps = [
        written(equ.text, f"Model answer: start with {letter}, then {equ.phrase}; the result is {total}, so "),
        Step(f"Check: {letter} = {show(equ.value)} gives ", eq(_done_to(equ.value, equ.ops), int(total)), "."),
        written(equ.text, "Answer: "),
    ]
    return make(prompt, answer, steps, "explain", equ.check.replace("□", show(equ.value)))


def _equation_bar(equ: Equation) -> BarModel | None:
    """A level-1 bar model of a one-step equation: n + 4 = 11, n − 4 = 7 (n is the whole), 3n = 12."""
    m = re.fullmatch(r"(□|\d+) ([+−×]) (□|\d+) = (\d+)", equ.check)
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


def _equation_story(rng: random.Random, level: Level, letter: str, equ: Equation) -> Item:
    answer = WholeNumber(equ.value)
    who = name(rng)
    tip = "write an equation, then undo each step."
    form_given = f" This can be written as {equ.text}." if level != Level.GREATER_DEPTH else ""
    ask = "Write an equation and solve it to find" if level == Level.GREATER_DEPTH else "Find"
    prompt = (
        f"{who} thinks of a number, {letter}. {who} {equ.phrase} and gets {equ.text.split(' = ')[1]}.{form_given} "
        f"{ask} {who}'s number." + hint(level, tip)
    )
    held = contexts.get("equal_containers")
    fitting = [c for c in _CONTAINERS if held[c[2]].holds(equ.value)]  # a tray of 2 cupcakes is no tray
    if (
        "×" in equ.check
        and "(" not in equ.check
        and "÷" not in equ.check
        and level != Level.WORKING_TOWARDS
        and fitting
    ):
        # 3n + 4 = 25 or 3n − 4 = 25 as equal containers with some loose or given away
        a, rest = equ.text.split(letter, 1)
        one, many, things = rng.choice(fitting)
        contexts.used("equal_containers", **{things: equ.value})
        sign, b, _, c = rest.split()
        has = f"{a} {many} and {b} loose {things}, {c} {things} altogether"
        if sign == "−":
            has = f"{a} {many}, gives {b} {things} away and has {c} {things} left"
        prompt = (
            f"Every {one} holds the same number of {things}, {letter}. {who} has {has}.{form_given} "
            f"{ask} how many {things} are in one {one}." + hint(level, tip)
        )
    else:
        contexts.used("think_of_a_number", number=equ.value)
    return make(
        prompt, answer, list(equ.steps), "word_problem", equ.check, predicted=mis.predictions(answer, *equ.slips)
    )
