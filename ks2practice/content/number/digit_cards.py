"""Number puzzles with digit cards: largest, smallest, even, odd, closest."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from ks2practice.answers.kinds import TrueFalse, WholeNumber
from ks2practice.content import contexts
from ks2practice.content import misconceptions as mis
from ks2practice.content.methods import column_subtraction
from ks2practice.content.number.common import RANGES
from ks2practice.content.wording import hint, make, name, show, truth_word
from ks2practice.core.model import Item, Level
from ks2practice.core.registry import topic
from ks2practice.core.steps import Step, add, eq, rel, sub

# ---------------------------------------------------------------------- digit cards


_CONDITIONS = {
    "largest": (lambda n: True, max, "largest"),
    "smallest": (lambda n: True, min, "smallest"),
    "largest even": (lambda n: n % 2 == 0, max, "largest even"),
    "smallest odd": (lambda n: n % 2 == 1, min, "smallest odd"),
    "largest multiple of 5": (lambda n: n % 5 == 0, max, "largest multiple of 5"),
    "smallest even": (lambda n: n % 2 == 0, min, "smallest even"),
}


def _made(cards: Sequence[int]) -> list[int]:
    """Every number the cards make, each card used once, no leading zero (by brute force)."""
    return sorted({int("".join(map(str, p))) for p in itertools.permutations(cards) if p[0] != 0})


def _place_sum(n: int) -> str:
    text = str(n)
    return " + ".join(f"{ch} × {10 ** (len(text) - 1 - i)}" for i, ch in enumerate(text) if ch != "0")


def _cards_and_goal(rng: random.Random, level: Level) -> tuple[list[int], str, int]:
    low, high = RANGES["digit_cards"][int(level)]["cards"]  # type: ignore[misc]
    goals = {
        1: ("largest", "smallest"),
        2: ("largest", "smallest", "largest even", "smallest odd"),
        3: ("largest even", "smallest odd", "largest multiple of 5", "smallest even", "closest"),
    }[int(level)]
    while True:
        count = rng.randint(low, high)
        pool = list(range(1 if level == Level.WORKING_TOWARDS else 0, 10))
        cards = rng.sample(pool, count)
        goal = rng.choice(goals)
        made = _made(cards)
        if goal == "closest":
            target = rng.randint(2, 9) * 10 ** (count - 1)
            best = min(made, key=lambda n, t=target: abs(n - t))
            if sum(1 for n in made if abs(n - target) == abs(best - target)) == 1:
                return cards, f"closest to {show(target)}", best
            continue
        test, pick, _ = _CONDITIONS[goal]
        fits = [n for n in made if test(n)]
        if fits:
            return cards, goal, pick(fits)


@topic(
    "number.digit_cards",
    title="Number puzzles with digit cards: largest, smallest, even, odd, closest",
    codes=("3N6", "4N6", "5N6", "6N6"),
    styles=("fluency", "true_or_false", "two_step_word_problem"),
)
def digit_cards(rng: random.Random, level: Level, style: str) -> Item:
    cards, goal, best = _cards_and_goal(rng, level)
    count = len(cards)
    shown = ", ".join(str(c) for c in cards)
    tip = (
        "put the biggest digits in the biggest place-value columns."
        if "smallest" not in goal
        else "put the smallest digits in the biggest place-value columns."
    )
    wanted = f"{count}-digit number {goal}" if goal.startswith("closest") else f"{goal} {count}-digit number"
    if "multiple" in goal:  # "the largest 5-digit multiple of 5", not "the largest multiple of 5 5-digit number"
        wanted = f"largest {count}-digit multiple of 5"
    if style == "two_step_word_problem":
        contexts.used("digit_card_set", card=tuple(cards), cards=count)
        made = _made(cards)
        largest, smallest = made[-1], made[0]
        total = rng.random() < 0.3
        result = largest + smallest if total else largest - smallest
        answer = WholeNumber(result)
        who = name(rng)
        what = "total of" if total else "difference between"
        prompt = (
            f"{who} has these digit cards: {shown}. {who} uses each card once to make the largest possible "
            f"{count}-digit number and then the smallest possible {count}-digit number. What is the {what} "
            f"the two numbers?" + hint(level, "the smallest number starts with the smallest digit that is not 0.")
        )
        steps = [
            f"Largest: {show(largest)}",
            f"Smallest: {show(smallest)}" + (" (0 cannot go first)" if 0 in cards else ""),
            Step(eq((add if total else sub)(largest, smallest), result)),
        ]
        working = None if total else column_subtraction(largest, smallest)
        predicted = mis.predictions(answer, mis.zero_first_smallest.on(tuple(cards), "smallest", largest, total))
        check = f"{show(largest)} {'+' if total else '−'} {show(smallest)}"
        return make(prompt, answer, steps, style, check, working=working, predicted=predicted)
    if style == "fluency":
        answer = WholeNumber(best)
        prompt = f"Use each of these digit cards once: {shown}. What is the {wanted} you can make?" + hint(level, tip)
        steps = [*_cards_reasoning(cards, goal, best), f"The {wanted} is {show(best)}."]
        predicted = mis.predictions(
            answer, mis.zero_first_smallest.on(tuple(cards), goal) if goal.startswith("smallest") else None
        )
        return make(prompt, answer, steps, style, _place_sum(best), predicted=predicted)
    made = _made(cards)
    others = [n for n in made if n != best]
    near = sorted(others, key=lambda n: abs(n - best))[:3]
    claim = best if rng.random() < 0.5 or not near else rng.choice(near)
    who = name(rng)
    answer = TrueFalse(claim == best)
    prompt = (
        f"{who} uses each of the digit cards {shown} once and says the {wanted} is {show(claim)}. "
        f"True or false?" + hint(level, tip)
    )
    steps = [
        *_cards_reasoning(cards, goal, best),
        *([] if claim == best else [_why_not(claim, goal, best)]),
        f"The {wanted} is {show(best)}, so the statement is {truth_word(claim == best)}.",
    ]
    return make(prompt, answer, steps, style, f"{_place_sum(best)} = {show(claim)}")


def _target(goal: str) -> int:
    return int(goal.rsplit(" ", 1)[1].replace(",", ""))


def _away(number: int, target: int) -> Step:
    """How far a number is from the target, worked out: 7,850 is 8,000 − 7,850 = 150 away."""
    gap = sub(target, number) if number < target else sub(number, target)
    return Step(f"{show(number)} is ", eq(gap, abs(number - target)), " away")


def _cards_reasoning(cards: Sequence[int], goal: str, best: int) -> list[str]:
    if goal.startswith("closest"):
        target = _target(goal)
        made = _made(cards)
        below = [n for n in made if n < target]
        above = [n for n in made if n > target]
        nearest = [n for n in (max(below) if below else None, min(above) if above else None) if n is not None]
        if below and above:
            lines: list[str] = ["Find the numbers the cards make just below and just above the target."]
        else:
            side, edge = ("above", "smallest") if above else ("below", "largest")
            lines = [f"Every number the cards make is {side} {show(target)}, so the closest is the {edge}."]
        far = [n for n in nearest if n != best]
        parts = [*_away(best, target).parts]
        for n in far:
            parts += ["; ", *_away(n, target).parts]
        return [*lines, Step(*parts, ".")]
    if "largest" in goal:
        text = "Put the largest digits in the highest places"
    else:
        text = "Put the smallest digits in the highest places" + (" (but 0 cannot go first)" if 0 in cards else "")
    if "even" in goal or "odd" in goal or "multiple" in goal:
        kind = goal.split(" ", 1)[1]
        text += f"; the ones digit must make the number {'a ' + kind if kind.startswith('multiple') else kind}"
    return [text + "."]


def _why_not(claim: int, goal: str, best: int) -> str:
    """Why a number the cards make is not the answer: it breaks the condition, or the answer beats it."""
    if goal.startswith("closest"):
        target = _target(goal)
        return Step(*_away(claim, target).parts, ", further than ", show(best), ".")
    test, _, _ = _CONDITIONS[goal]
    if not test(claim):
        last = claim % 10
        kind = "a multiple of 5" if "multiple" in goal else ("even" if "even" in goal else "odd")
        return f"{show(claim)} ends in {last}, so it is not {kind}."
    sign = ">" if "largest" in goal else "<"
    return Step(rel(best, sign, claim), f", so {show(claim)} is not the {goal.split(' ', 1)[0]}.")
