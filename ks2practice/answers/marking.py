"""Marking: judge a typed response by the item's rules, always as a Verdict with a reason a child can read."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ks2practice.answers.kinds import (
    UNITS,
    Answer,
    Choice,
    Comparison,
    Coordinate,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
    format_fraction,
    use_marker,
)
from ks2practice.answers.parse import (
    UNIT_NAMES,
    Form,
    MeasureReading,
    NumberReading,
    Unreadable,
    choice_letter,
    read_choice,
    read_coordinate,
    read_measure,
    read_money,
    read_number,
    read_sign,
    read_time,
    read_truth,
)
from ks2practice.core.model import Status, Verdict

if TYPE_CHECKING:
    from ks2practice.core.model import Item, Question

MAX_REASON = 100


# ----------------------------------------------------------------------------------------- the API


def mark(answer: Answer, response: str) -> Verdict:
    """Mark one typed response against an answer kind; any text at all gives a Verdict, never an exception."""
    rule = _rule_for(answer)
    text = "" if response is None else str(response)
    try:
        return rule.mark(answer, text)
    except Unreadable as problem:
        return Verdict(Status.UNREADABLE, problem.reason or _cannot_read(answer, text, rule.examples))


def check(target: Answer | Question | Item, response: str) -> Verdict:
    """Mark a response to an answer or a question; a wrong answer a misconception predicts is diagnosed."""
    answer = target if isinstance(target, Answer) else target.answer
    verdict = mark(answer, response)
    if verdict.status is not Status.INCORRECT or isinstance(target, Answer):
        return verdict
    for predicted in target.misconceptions:
        if same_response(answer, response, predicted.response):
            return Verdict(
                Status.MISCONCEPTION,
                _fit(
                    f"Not quite — the answer is {answer.format()}. Let's look at why together.",
                    "Not quite — let's look at why together.",
                ),
                misconception=predicted.misconception,
                feedback=predicted.feedback,
            )
    return verdict


def same_response(answer: Answer, first: str, second: str) -> bool:
    """Whether two responses say the same thing for this kind (2.50 and 2.5; 1 h 18 min and 78 min)."""
    if _squash(first) == _squash(second):
        return True
    rule = _rule_for(answer)
    return bool(_meanings(rule, answer, first) & _meanings(rule, answer, second))


# ----------------------------------------------------------------------------------------- reasons


def _correct(response: str) -> Verdict:
    return Verdict(Status.CORRECT, f"Yes! {_quoted(response)} is right.")


def _equal_but(how: str) -> Verdict:
    return Verdict(Status.NOT_IN_FORM, f"That's equal, but write it {how}.")


def _not_quite(answer: Answer, why: str = "") -> Verdict:
    shown = _shorten(answer.format(), 40)
    plain = f"Not quite: the answer is {shown}."
    return Verdict(Status.INCORRECT, _fit(f"Not quite: {why}the answer is {shown}.", plain))


def _cannot_read(answer: Answer, response: str, examples: tuple[str, ...]) -> str:
    # Never show the right answer as the example of how to write one (a choice shows its options: all are given).
    if isinstance(answer, Choice):
        return f"I can't read '{_quoted(response)}' — try writing {_choices(answer)}."
    if isinstance(answer, TimeOfDay) and answer.form:
        examples = _TIME_EXAMPLES[answer.form]
    unit = getattr(answer, "unit", "") or ""
    examples = tuple(example.format(unit=unit) for example in examples)
    example = next((text for text in examples if answer.format() not in text.split(" or ")), examples[-1])
    return f"I can't read '{_quoted(response)}' — try writing it like {example}."


def _choices(answer: Choice) -> str:
    """How to write a choice: its options when they are short (13:30 or 2:30 pm), else its letters."""
    options = answer.options
    written = f"{', '.join(options[:-1])} or {options[-1]}" if len(options) > 1 else ""
    if written and len(written) <= 40:  # the commas count: six short options are longer than they look
        return written
    return f"a letter from A to {choice_letter(len(options) - 1)}"


def _quoted(response: str) -> str:
    return _shorten(" ".join(response.split()), 24)


def _shorten(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _fit(reason: str, shorter: str) -> str:
    return reason if len(reason) <= MAX_REASON else shorter


def _squash(text: str) -> str:
    return "".join(str(text).split()).lower().replace("−", "-")


# ----------------------------------------------------------------------------------------- numbers


def _read_counted(answer: WholeNumber | DecimalNumber | FractionAnswer, response: str) -> NumberReading | Verdict:
    """Read a number answer; a unit written after it is fine when it is the unit the question counts in (7/8 m)."""
    try:
        return read_number(response)
    except Unreadable:
        if answer.unit is None:
            raise
    reading = read_measure(response)
    if reading.dimension is None:
        raise Unreadable(None)
    number, unit = reading.parts[0]
    if len(reading.parts) == 1 and _same_unit(unit, answer.unit):
        return number
    dimension, size = UNITS[answer.unit]
    if reading.dimension == dimension and reading.amount == answer.numeric() * size:
        return _equal_but(f"in {UNIT_NAMES.get(answer.unit, answer.unit)}")
    if len(reading.parts) == 1 and number.value == answer.numeric():
        return _wrong_unit(answer.unit)
    return _not_quite(answer)


def _same_unit(written: str | None, unit: str) -> bool:
    """Whether a written unit is the answer's: '−4 degrees' is in °C when the answer is a temperature."""
    return written == unit or (written == "°" and unit == "°C")


def _mark_whole(answer: WholeNumber, response: str) -> Verdict:
    reading = _read_counted(answer, response)
    if isinstance(reading, Verdict):
        return reading
    if reading.form is Form.PERCENTAGE:
        return _percentage_given(answer, reading, "as a whole number")
    if reading.value != answer.value:
        return _not_quite(answer)
    if reading.form in (Form.FRACTION, Form.MIXED):  # 24/2 is equal, but a whole-number answer is written 12
        return _equal_but("as a whole number")
    return _correct(response)  # 12.0 is accepted: it is the whole number with a redundant point


def _mark_decimal(answer: DecimalNumber, response: str) -> Verdict:
    reading = _read_counted(answer, response)
    if isinstance(reading, Verdict):
        return reading
    if reading.form is Form.PERCENTAGE:
        return _percentage_given(answer, reading, "as a decimal")
    if reading.value != answer.numeric():
        return _not_quite(answer)
    if reading.form in (Form.FRACTION, Form.MIXED):
        return _equal_but("as a decimal")
    if answer.places is not None and reading.places != answer.places:
        places = "decimal place" if answer.places == 1 else "decimal places"
        return _equal_but(f"with {answer.places} {places}")
    return _correct(response)


def _mark_fraction(answer: FractionAnswer, response: str) -> Verdict:
    reading = _read_counted(answer, response)
    if isinstance(reading, Verdict):
        return reading
    expected = answer.numeric()
    if reading.form is Form.PERCENTAGE:
        return _percentage_given(answer, reading, "as a fraction")
    if reading.form is Form.DECIMAL:
        return _decimal_for_fraction(answer, reading, response)
    if reading.value != expected:
        return _not_quite(answer)
    if reading.form is Form.WHOLE:
        return _correct(response)
    wrong_form = _fraction_form_problems(answer, reading)
    return _equal_but(", ".join(wrong_form)) if wrong_form else _correct(response)


def _decimal_for_fraction(answer: FractionAnswer, reading: NumberReading, response: str) -> Verdict:
    expected = answer.numeric()
    if reading.value == expected:
        return _correct(response) if answer.decimal else _equal_but("as a fraction")
    if reading.places and abs(reading.value - expected) < Fraction(1, 10**reading.places):
        # A rounded or cut-off decimal is close, but a fraction answer must be exact.
        fraction = format_fraction(expected, mixed=answer.mixed)
        return Verdict(
            Status.INCORRECT,
            _fit(
                f"Not quite: {fraction} is not exactly {_quoted(response)}.",
                f"Not quite: the answer is {_shorten(fraction, 40)}.",
            ),
        )
    return _not_quite(answer)


def _fraction_form_problems(answer: FractionAnswer, reading: NumberReading) -> list[str]:
    """What is wrong with the form of an equal fraction, as words after 'write it'."""
    expected = answer.numeric()
    problems = []
    if abs(expected) > 1 and expected.denominator != 1:
        if reading.form is Form.FRACTION and not answer.improper:
            problems.append("as a mixed number")
        elif reading.form is Form.MIXED and not answer.mixed:
            problems.append("as an improper fraction")
    if answer.simplest and not reading.simplest:
        problems.append("in its simplest form")
    return problems


def _percentage_given(answer: Answer, reading: NumberReading, how: str) -> Verdict:
    """A percentage where a number was wanted: 84% for 84 is the right number with the wrong 'unit'."""
    expected = answer.numeric()
    if reading.written == expected:
        return Verdict(Status.WRONG_UNIT, "The answer is a number, not a percentage: leave off the % sign.")
    if reading.value == expected:
        return _equal_but(how)
    return _not_quite(answer, "it's not a percentage — ")


def _mark_percentage(answer: Percentage, response: str) -> Verdict:
    reading = read_number(response)
    expected = answer.numeric()
    if reading.written == expected:  # the % sign may be left off, as the rule says
        return _correct(response)
    if reading.form is not Form.PERCENTAGE and reading.value * 100 == expected:
        return _equal_but("as a percentage, with %")
    return _not_quite(answer)


# ------------------------------------------------------------------------------------------- money


def _mark_money(answer: Money, response: str) -> Verdict:
    reading = read_money(response)
    if reading.problem:
        return _not_quite(answer, f"{reading.problem}; ")
    if answer.pence not in reading.pence:
        if reading.notation == "pounds" and reading.pence == (answer.pence * 100,):
            return _not_quite(answer, "that's pounds, not pence — ")
        return _not_quite(answer)
    if reading.untidy:
        # KS2 mark schemes give no mark for £0.9 or £2.4 (see Money.rule and tests/test_mark_scheme_cases.py).
        shown = answer.format()
        return Verdict(
            Status.INCORRECT,
            _fit(f"Not quite: pence need two digits after the point — write {shown}.", f"Not quite: write {shown}."),
        )
    return _correct(response)


# ---------------------------------------------------------------------------------------- measures


def _mark_measure(answer: Measure, response: str) -> Verdict:
    reading = read_measure(response)
    if len(reading.parts) == 1 and reading.unit != answer.unit and _same_unit(reading.unit, answer.unit):
        reading = MeasureReading(((reading.number, answer.unit),))  # −4 degrees for −4 °C
    dimension, size = UNITS[answer.unit]
    expected = answer.numeric() * size
    if reading.number.form is Form.PERCENTAGE:
        right_number = _right_number_somewhere(answer, reading.number.written)
        return _wrong_unit(answer.unit) if right_number else _not_quite(answer)
    if reading.dimension is None:  # a bare number
        if not answer.unit_required and reading.number.value == answer.numeric():
            return _correct(response)
        if _right_number_somewhere(answer, reading.number.value):
            reason = f"Write the unit too: the answer is in {_unit_names(answer.unit)}."
            return Verdict(Status.WRONG_UNIT, _fit(reason, "Write the unit too."))
        return _not_quite(answer)
    if reading.dimension == dimension and reading.amount == expected:
        return _correct(response)
    if reading.unit and _right_number_somewhere(answer, reading.number.value):
        return _wrong_unit(answer.unit)
    return _not_quite(answer)


def _right_number_somewhere(answer: Measure, number: Fraction) -> bool:
    """Whether the number is the answer in some unit of the right kind (1500 for 1.5 kg, in grams)."""
    dimension, size = UNITS[answer.unit]
    amount = answer.numeric() * size
    return any(
        amount / other_size == number for other_dimension, other_size in UNITS.values() if other_dimension == dimension
    )


def _wrong_unit(unit: str) -> Verdict:
    return Verdict(
        Status.WRONG_UNIT, _fit(f"Check the units: the answer is in {_unit_names(unit)}.", "Check the units.")
    )


def _size_downwards(unit: str) -> Fraction:
    return -UNITS[unit][1]


def _unit_names(unit: str) -> str:
    dimension = UNITS[unit][0]
    units = sorted((unit for unit, (kind, _) in UNITS.items() if kind == dimension), key=_size_downwards)
    names = [UNIT_NAMES.get(unit, unit) for unit in units]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


# ------------------------------------------------------------------------------------- time, signs


_TIME_EXAMPLES = {"24": ("14:05 or 09:30", "16:40 or 07:15"), "12": ("2:05 pm or 9:30 am", "4:40 pm or 7:15 am")}
_CLOCK_NAMES = {"24": "on the 24-hour clock", "12": "with am or pm"}


def _mark_time(answer: TimeOfDay, response: str) -> Verdict:
    reading = read_time(response)
    if answer.form and answer.minutes in (reading.minutes, reading.other):
        other_form = "12" if answer.form == "24" else "24"
        if reading.form == other_form or (answer.form == "24" and reading.minutes != answer.minutes):
            example = next(text for text in _TIME_EXAMPLES[answer.form] if answer.format() not in text)
            how = _CLOCK_NAMES[answer.form]
            return Verdict(Status.NOT_IN_FORM, f"That's the right time, but write it {how}, like {example}.")
    if reading.minutes == answer.minutes:
        return _correct(response)
    if reading.other == answer.minutes:
        return Verdict(Status.NOT_IN_FORM, "Is that am or pm? Add am or pm, or use the 24-hour clock.")
    hour, minute = divmod(answer.minutes, 60)
    twelve_hour = f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
    return Verdict(Status.INCORRECT, f"Not quite: the answer is {answer.format()} ({twelve_hour}).")


def _mark_comparison(answer: Comparison, response: str) -> Verdict:
    if read_sign(response) == answer.sign:
        return _correct(response)
    return _not_quite(answer)


def _mark_choice(answer: Choice, response: str) -> Verdict:
    chosen = read_choice(response, answer.options)
    if chosen == answer.correct:
        return _correct(response)
    right = f"{choice_letter(answer.correct)}, {_shorten(answer.format(), 40)}"
    return Verdict(Status.INCORRECT, f"Not quite: the answer is {right}.")


def _mark_coordinate(answer: Coordinate, response: str) -> Verdict:
    x, y = read_coordinate(response)
    if (x, y) == (answer.x, answer.y):
        return _correct(response)
    if (y, x) == (answer.x, answer.y):
        return _not_quite(answer, "x comes first, then y — ")
    return _not_quite(answer)


def _mark_truth(answer: TrueFalse, response: str) -> Verdict:
    truth = "true" if answer.value else "false"
    if read_truth(response) == answer.value:
        return Verdict(Status.CORRECT, f"Yes! It's {truth}.")
    return Verdict(Status.INCORRECT, f"Not quite: it's {truth}.")


# ---------------------------------------------------------------------------------------- meanings


def _number_meaning(answer: WholeNumber | DecimalNumber | FractionAnswer, response: str) -> set[Hashable]:
    reading = _read_counted(answer, response)
    if isinstance(reading, Verdict):
        return set()
    return {(reading.form is Form.PERCENTAGE, reading.value)}


def _percentage_meaning(answer: Answer, response: str) -> set[Hashable]:
    return {read_number(response).written}


def _money_meaning(answer: Answer, response: str) -> set[Hashable]:
    return set(read_money(response).pence)


def _measure_meaning(answer: Measure, response: str) -> set[Hashable]:
    reading = read_measure(response)
    if reading.number.form is Form.PERCENTAGE:
        return {("%", reading.number.written)}
    if reading.dimension is None:  # a bare number means the answer's own unit
        return {(UNITS[answer.unit][0], reading.number.value * UNITS[answer.unit][1])}
    return {(reading.dimension, reading.amount)}


def _time_meaning(answer: Answer, response: str) -> set[Hashable]:
    reading = read_time(response)
    return {reading.minutes} if reading.other is None else {reading.minutes, reading.other}


def _meanings(rule: _Rule, answer: Answer, response: str) -> set[Hashable]:
    try:
        return rule.meaning(answer, response)
    except Unreadable:
        return set()


# --------------------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class _Rule:
    """How a kind is marked, what a response means (to match misconceptions) and examples of good writing."""

    mark: Callable[[Any, str], Verdict]
    meaning: Callable[[Any, str], set[Hashable]]
    examples: tuple[str, ...]


# Adding an answer kind touches only this table (and its marking function above).
_RULES: dict[type[Answer], _Rule] = {
    WholeNumber: _Rule(_mark_whole, _number_meaning, ("1,250", "36")),
    DecimalNumber: _Rule(_mark_decimal, _number_meaning, ("2.75", "0.4")),
    FractionAnswer: _Rule(_mark_fraction, _number_meaning, ("3/4", "5/8")),
    Percentage: _Rule(_mark_percentage, _percentage_meaning, ("45%", "60%")),
    Money: _Rule(_mark_money, _money_meaning, ("£2.97 or 297p", "£4.50 or 450p")),
    Measure: _Rule(_mark_measure, _measure_meaning, ("2.5 {unit}", "40 {unit}")),
    TimeOfDay: _Rule(_mark_time, _time_meaning, ("14:05 or 2:05 pm", "09:30 or 9:30 am")),
    Comparison: _Rule(_mark_comparison, lambda answer, text: {read_sign(text)}, ("<, > or =",)),
    Choice: _Rule(_mark_choice, lambda answer, text: {read_choice(text, answer.options)}, ("A or B",)),
    Coordinate: _Rule(_mark_coordinate, lambda answer, text: {read_coordinate(text)}, ("(3, 2)", "(−1, 4)")),
    TrueFalse: _Rule(_mark_truth, lambda answer, text: {read_truth(text)}, ("true or false",)),
}


def _rule_for(answer: Answer) -> _Rule:
    for kind in type(answer).__mro__:
        if kind in _RULES:
            return _RULES[kind]
    raise TypeError(f"no marking rule for {type(answer).__name__}")


use_marker(mark)  # Answer.check() marks with this module
