"""Intelligent practice: a chain of questions where each changes one thing on purpose and says what changed."""

# Three ways to make the next question from the one before, tried in turn so a chain mixes them:
# 1. Vary one number or the form of a calculation the prompt shows (its check, in our KS2 notation, appears in the
#    prompt with no other numbers): ten times bigger or smaller, one more or less, the numbers swap places, the
#    unknown moves, the inverse. The new key comes from re-solving the new check with ks2practice.core.notation, never
#    from a generator.
# 2. Keep the question and change the picture (same spec, another representation the topic offers), or tell the
#    same kind of calculation as a word problem.
# 3. Otherwise pick, from nearby seeds of the same style, the question whose numbers differ least from the one
#    before, and describe the difference.

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ks2practice.answers.kinds import (
    Answer,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    TrueFalse,
    WholeNumber,
    format_fraction,
)
from ks2practice.content import quality
from ks2practice.content.selection import WORD_STYLES
from ks2practice.content.wording import make, show
from ks2practice.core import notation, registry
from ks2practice.core.model import Level, Question, Spec

_NUMBER = re.compile(quality.NUMBER)
_TERM = re.compile(rf"{quality.NUMBER}|□")  # counting □ too, so "□ + 27 = 45" calls 27 the second number
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_BINARY = re.compile(rf"^(?P<a>{quality.NUMBER}|□) (?P<op>[+−×÷]) (?P<b>{quality.NUMBER}|□)(?: = (?P<c>.+))?$")
_INVERSE = {"+": "−", "−": "+", "×": "÷", "÷": "×"}
_MAX_VALUE = 10**7  # keep chains within KS2 sizes: ten times bigger, again and again, must stop somewhere
_NEARBY = 60  # nearby seeds searched for the least different question


@dataclass(frozen=True)
class Step:
    """One question in a variation set and, in words, what changed from the question before."""

    question: Question
    what_changed: str


@dataclass(frozen=True)
class _Candidate:
    question: Question
    what_changed: str
    from_registry: bool  # made by registry.generate, so its spec regenerates it (and another picture can be asked)


def variation_set(topic: str, level: Level | int, seed: int | str, n: int) -> list[Step]:
    """n questions for intelligent practice: each changes one thing from the one before and says what.

    The same (topic, level, seed, n) gives the same set. The first question is the topic's fluency question for
    the seed (or its first style's); questions made by varying a calculation carry the spec code
    ``topic/L<level>/s<seed>~<position>``, which names the set they belong to.
    """
    entry = registry.get(topic)
    level = Level.parse(level)
    if level not in entry.levels:
        raise ValueError(f"topic {topic!r} has no level {int(level)}")
    if n < 1:
        raise ValueError("a variation set needs at least one question")
    style = "fluency" if "fluency" in entry.styles else entry.styles[0]
    first = registry.generate(Spec(topic, level, seed, style=style))
    chain = _Chain(entry, level, seed)
    chain.start(first)
    moves = _moves(chain)
    names = list(moves)
    used = dict.fromkeys(names, 0)
    previous = ""
    for position in range(1, n):
        start = (position - 1) % len(names)
        # Each step starts one further along, and the kinds of change used least so far come first.
        order = sorted(names[start:] + names[:start], key=lambda name: used[name])
        order = [name for name in order if name != previous]  # the same kind of change twice running is dull
        for name in order:
            try:
                found = next((c for c in moves[name]() if chain.fresh(c.question)), None)
            except ValueError:  # no fresh question near this one in this style: try the next kind of change
                found = None
            if found is not None:
                chain.add(found)
                used[name] += 1
                previous = name
                break
        else:
            try:
                chain.add(chain.nearest())
            except ValueError:  # nothing new in this style nearby: any style of the topic will do
                chain.add(chain.nearest(any_style=True))
    return [Step(c.question, c.what_changed) for c in chain.steps]


class _Chain:
    """The steps so far and how to make candidates for the next."""

    def __init__(self, entry: registry.Topic, level: Level, seed: int | str) -> None:
        self.entry, self.level, self.seed = entry, level, seed
        self.steps: list[_Candidate] = []
        self.seen: set[tuple[str, str | None]] = set()
        self.word_used = False
        self.largest = _MAX_VALUE

    def start(self, first: Question) -> None:
        self.add(_Candidate(first, "the first question", True))
        # Numbers may grow ten times bigger than the first question's largest, not without end.
        self.largest = min(_MAX_VALUE, 10 * max(_numbers(first), default=Fraction(1)))

    @property
    def last(self) -> Question:
        return self.steps[-1].question

    def add(self, candidate: _Candidate) -> None:
        self.steps.append(candidate)
        self.seen.add(_identity(candidate.question))
        self.word_used |= candidate.question.style in WORD_STYLES

    def fresh(self, question: Question) -> bool:
        return _identity(question) not in self.seen and not quality.problems(question, self.entry)

    # ------------------------------------------------------------------ 1. vary the calculation the prompt shows

    def shown_calculation(self) -> str | None:
        """The previous check when the prompt shows it and no other number (so editing it keeps them agreeing)."""
        check, prompt = self.last.check, _unhinted(self.last.prompt)
        if prompt.count(check) != 1 or re.search(r"\d", prompt.replace(check, "")):
            return None
        if len(re.findall(r"[+−×÷]", check)) > 3 or "/" in check:
            return None  # a long derivation, or fractions: changing one number would change the kind of question
        return check

    def edited(self, check: str, style: str, what: str, prompt: str | None = None) -> _Candidate | None:
        """The previous question with a new check that its prompt shows; the key is the notation's value."""
        answer = _answer_like(self.last.answer, check)
        if answer is None:
            return None
        # A level-1 hint may name the old numbers, so the varied question goes without it.
        shown = prompt if prompt is not None else _unhinted(self.last.prompt).replace(self.last.check, check, 1)
        item = make(shown, answer, [f"{what[0].upper()}{what[1:]}.", _filled(check, answer)], style, check)
        spec = Spec(self.entry.id, self.level, f"{self.seed}~{len(self.steps)}", style=style)
        return _Candidate(Question(spec, self.entry.title, self.entry.codes, item), what, False)

    def changed_number(self, change: Callable[[Fraction], Fraction], words: str) -> Iterator[_Candidate]:
        check = self.shown_calculation()
        if check is None:
            return
        for index, match in enumerate(_TERM.finditer(check)):
            if match.group() == "□" or check[max(0, match.start() - 1) : match.start()] in ("−", "-"):
                continue  # a negative number: "bigger" would mislead
            old = quality.value_of(match.group())
            new = change(old)
            if not 0 < new <= self.largest or (old.denominator == 1 and new.denominator != 1):
                continue
            edited = check[: match.start()] + show(new) + check[match.end() :]
            found = self.edited(edited, self.last.style, f"the {_ordinal(index)} number is {words}")
            if found is not None:
                yield found

    def swapped(self) -> Iterator[_Candidate]:
        check = self.shown_calculation()
        if check is None:
            return
        found = None
        if isinstance(self.last.answer, Comparison) and check.count(" □ ") == 1:
            left, right = check.split(" □ ")
            found = self.edited(f"{right} □ {left}", self.last.style, "the two sides swap places")
        else:
            match = _BINARY.match(check)
            if match and match["op"] in "+×" and "□" not in (match["a"], match["b"]):
                tail = f" = {match['c']}" if match["c"] else ""
                swapped = f"{match['b']} {match['op']} {match['a']}{tail}"
                found = self.edited(swapped, self.last.style, "the numbers swap places")
        if found is not None:
            yield found

    def unknown_moved(self) -> Iterator[_Candidate]:
        check = self.shown_calculation()
        match = _BINARY.match(check or "")
        if check is None or match is None or not isinstance(self.last.answer, _NUMERIC):
            return
        value = _text(notation.evaluate(check))
        if value is None:
            return
        a, op, b, c = match["a"], match["op"], match["b"], match["c"]
        if c is None:  # "a op b": the pupil found the result, so the unknown was at the end
            where_now, c = "end", value
        else:
            where_now = "start" if a == "□" else "middle" if b == "□" else "end"
            a, b, c = (value if part == "□" else part for part in (a, b, c))
        forms = {"start": f"□ {op} {b} = {c}", "middle": f"{a} {op} □ = {c}", "end": f"{a} {op} {b} = □"}
        for where, form in forms.items():
            if where != where_now:
                what = f"the unknown moves to the {where}"
                found = self.edited(form, "missing_number", what, prompt=f"Find the missing number: {form}")
                if found is not None:
                    yield found

    def inverted(self) -> Iterator[_Candidate]:
        check = self.shown_calculation()
        match = _BINARY.match(check or "")
        if check is None or match is None or match["c"] or "□" in check:
            return
        result = _text(notation.evaluate(check))
        if result is None:
            return
        op = _INVERSE[match["op"]]
        what = f"the inverse: {op} {match['b']} undoes {match['op']} {match['b']}"
        inverse = f"{result} {op} {match['b']}"
        # The operation changes, so a prompt that names a method ("use short multiplication…") cannot be kept.
        found = self.edited(inverse, self.last.style, what, prompt=f"Work out {inverse}.")
        if found is not None:
            yield found

    # ------------------------------------------------------------------ 2. another picture, or a word problem

    def another_picture(self) -> Iterator[_Candidate]:
        if not self.steps[-1].from_registry:
            return
        before = self.last
        for kind in self.entry.representations:
            if kind == before.representation:
                continue
            try:
                question = registry.generate(dataclasses.replace(before.spec, representation=kind))
            except ValueError:  # this picture does not suit the question's style or level
                continue
            if before.representation:
                what = f"the same question in another picture: {_words(kind)}, not {_words(before.representation)}"
            else:
                what = f"the same question with a picture: {_words(kind)}"
            yield _Candidate(question, what, True)

    def as_word_problem(self) -> Iterator[_Candidate]:
        if self.word_used or self.last.style in WORD_STYLES:
            return
        for style in WORD_STYLES:
            if style in self.entry.styles:
                candidate = self.nearest(style, by_check=True)
                check = candidate.question.check
                # Name the new calculation when the story shows its numbers as they are (not pence for pounds).
                numbers = [m.group() for m in _NUMBER.finditer(check)]
                shown = "□" not in check and all(n in candidate.question.prompt for n in numbers)
                what = "the same kind of calculation as a word problem" + (f" ({check})" if shown else "")
                yield dataclasses.replace(candidate, what_changed=what)
                return

    # ------------------------------------------------------------------ 3. the least different nearby question

    def nearest(self, style: str | None = None, any_style: bool = False, by_check: bool = False) -> _Candidate:
        """The least different fresh question from nearby seeds, by the numbers in the prompts (or the checks)."""
        before = self.last
        if style is None:
            style = before.style if before.style in self.entry.styles else self.entry.styles[0]
        styles = self.entry.styles if any_style else (style,)
        best: tuple[Fraction, Question] | None = None
        for k in range(_NEARBY):
            for offered in styles:
                spec = Spec(self.entry.id, self.level, f"{self.seed}~{len(self.steps)}:{k}", style=offered)
                question = registry.generate(spec)
                if self.fresh(question):
                    score = _distance(before, question, by_check)
                    if best is None or score < best[0]:
                        best = (score, question)
        if best is None:
            raise ValueError(f"topic {self.entry.id!r} found no new question near {before.spec.code}")
        return _Candidate(best[1], _difference(before, best[1]), True)


def _moves(chain: _Chain) -> dict[str, Callable[[], Iterator[_Candidate]]]:
    """The kinds of change, in the order a chain tries them (each step starts one further along)."""
    return {
        "ten times bigger": lambda: chain.changed_number(lambda x: x * 10, "ten times bigger"),
        "swap": chain.swapped,
        "one more": lambda: chain.changed_number(lambda x: x + 1, "one more"),
        "inverse": chain.inverted,
        "unknown": chain.unknown_moved,
        "picture": chain.another_picture,
        "ten times smaller": lambda: chain.changed_number(lambda x: x / 10, "ten times smaller"),
        "word problem": chain.as_word_problem,
        "one less": lambda: chain.changed_number(lambda x: x - 1, "one less"),
    }


_PICTURE_NAMES = {"base_ten": "base-10 blocks", "part_whole": "a part–whole model"}
_NUMERIC = (WholeNumber, DecimalNumber, FractionAnswer)
_STYLE_WORDS = {
    "fluency": "a calculation",
    "missing_number": "a missing-number question",
    "compare": "a comparison with <, > or =",
    "true_or_false": "a true-or-false question",
    "word_problem": "a word problem",
    "two_step_word_problem": "a two-step word problem",
}


def _identity(question: Question) -> tuple[str, str | None]:
    return question.prompt, question.representation


def _ordinal(index: int) -> str:
    return _ORDINALS[index] if index < len(_ORDINALS) else f"number {index + 1}"


def _words(kind: str | None) -> str:
    """A picture kind with its article: 'an array', 'a bar model'."""
    if kind in _PICTURE_NAMES:
        return _PICTURE_NAMES[kind]
    text = (kind or "picture").replace("_", " ")
    return f"{'an' if text[0] in 'aeiou' else 'a'} {text}"


def _unhinted(prompt: str) -> str:
    return re.sub(r" \(Hint: [^)]*\)$", "", prompt)


def _text(value: Fraction | bool) -> str | None:
    """A value as a prompt shows it, or None when it has no exact decimal."""
    try:
        return show(value)
    except ValueError:
        return None


def _answer_like(before: Answer, check: str) -> Answer | None:
    """The key for a new check, of the same kind as the one before, or None when that kind can't hold it."""
    try:
        if isinstance(before, Comparison):
            left, right = check.split(" □ ")
            a, b = notation.evaluate(left), notation.evaluate(right)
            return Comparison("<" if a < b else ">" if a > b else "=")
        value = notation.evaluate(check)
    except (notation.NotationError, ValueError):
        return None
    if isinstance(before, TrueFalse):
        return TrueFalse(value) if isinstance(value, bool) else None
    if isinstance(value, bool) or value < 0 or value > _MAX_VALUE:
        return None
    if isinstance(before, WholeNumber):
        return WholeNumber(value.numerator) if value.denominator == 1 else None  # a remainder is not meant
    if isinstance(before, DecimalNumber):
        text = _text(value)
        return DecimalNumber(Decimal(text.replace(",", ""))) if text is not None else None
    if isinstance(before, FractionAnswer) and value.denominator != 1:
        return dataclasses.replace(before, value=value)
    return None


def _filled(check: str, answer: Answer) -> str:
    if isinstance(answer, Comparison):
        return check.replace("□", answer.sign)
    if isinstance(answer, TrueFalse):
        return f"{check} is {answer.format()}."
    if "□" in check:
        return f"{check.replace('□', answer.format())}, so □ = {answer.format()}"
    return f"{check} = {answer.format()}"


def _numbers(question: Question, in_check: bool = False) -> list[Fraction]:
    text = question.check if in_check else question.prompt
    return [quality.value_of(m.group()) for m in _NUMBER.finditer(text)]


def _distance(before: Question, after: Question, by_check: bool = False) -> Fraction:
    """How different two questions look: a style change, a new shape, and how far each number moved."""
    a, b = _numbers(before, by_check), _numbers(after, by_check)
    shapes = [_NUMBER.sub("#", q.check if by_check else q.prompt) for q in (before, after)]
    score = Fraction(0 if before.style == after.style else 5) + (0 if shapes[0] == shapes[1] else 2)
    if len(a) != len(b):
        return score + 10 + abs(len(a) - len(b))
    return score + sum((abs(x - y) / max(abs(x), abs(y), 1) for x, y in zip(a, b, strict=True)), Fraction(0))


def _shown(value: Fraction) -> str:
    """A number as a prompt shows it: a decimal when it has an exact one, else a fraction (7/12, 2 1/3)."""
    return _text(value) or format_fraction(value)


def _relation(old: Fraction, new: Fraction) -> str:
    if new == old * 10:
        return "is ten times bigger"
    if new * 10 == old:
        return "is ten times smaller"
    if new == old + 1:
        return "is one more"
    if new == old - 1:
        return "is one less"
    if new == old * 2:
        return "doubles"
    if new * 2 == old:
        return "halves"
    return f"changes from {_shown(old)} to {_shown(new)}"


def _changed_words(before: str, after: str) -> str:
    """For prompts with the same numbers (or none in digits, as with Roman numerals or number words)."""
    old, new = before.split(), after.split()
    differ = [i for i in range(min(len(old), len(new))) if old[i] != new[i]]
    if len(old) == len(new) and 0 < len(differ) <= 2:
        return "; ".join(f"{old[i].strip('.,?')} becomes {new[i].strip('.,?')}" for i in differ)
    return "the same numbers in another setting" if re.search(r"\d", before) else "a new question of the same kind"


def _difference(before: Question, after: Question) -> str:
    """What changed between two questions, in words."""
    parts = []
    if after.style != before.style:
        parts.append(f"now {_STYLE_WORDS.get(after.style, after.style.replace('_', ' ') + ' question')}")
    a, b = _numbers(before), _numbers(after)
    changed = [i for i in range(min(len(a), len(b))) if a[i] != b[i]]
    if len(a) == len(b) and not changed:
        parts.append(_changed_words(before.prompt, after.prompt))
    elif len(a) == len(b) and sorted(a) == sorted(b):
        parts.append("the numbers swap places")
    elif len(a) == len(b) and len(changed) == 1:
        parts.append(f"the {_ordinal(changed[0])} number {_relation(a[changed[0]], b[changed[0]])}")
    elif len(a) == len(b):
        moved = ", ".join(f"{_shown(a[i])} → {_shown(b[i])}" for i in changed[:4])
        parts.append(f"the numbers change: {moved}")
    else:
        parts.append("a new question of the same kind, with the numbers " + ", ".join(_shown(x) for x in b[:4]))
    return "; ".join(parts)
