"""Marking as KS2 mark schemes mark: a table of cases, each row with its source, run against answers.check."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest

from ks2practice.answers import check
from ks2practice.answers.kinds import (
    Choice,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    TimeOfDay,
    WholeNumber,
)
from ks2practice.content.wording import as_printed
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status

OK, WRONG, UNIT, FORM, READ = (
    Status.CORRECT,
    Status.INCORRECT,
    Status.WRONG_UNIT,
    Status.NOT_IN_FORM,
    Status.UNREADABLE,
)
NO_MARK = (WRONG, UNIT, FORM, READ)  # any verdict that does not give the mark

# Sources, named in each row's comment:
# [MONEY] KS2 mathematics test mark schemes (QCA/STA, levels 3-5), money questions as compiled at
#   https://paperzz.com/doc/7017001/document: "(a) £2.97 Accept £2.97p OR £2 97 OR 297p OR £2 97p OR 2.97 OR 297
#   Do not accept £297p OR £297 OR 2.97p"; "(b) 10 No mark is awarded if any units are shown, eg 10p";
#   "90p OR £0.90 Accept 90 OR 0.90 OR £.90 OR £.90p OR .90 OR £0.90p OR £0 90 Do not accept £0.9 OR £90p OR 0.90p
#   OR £90"; "£2.40 Accept £2.40p OR £2 40 Do not accept £240 OR £240p OR £2.4"; "80p OR £0.80 Accept £0.80p OR 0.80
#   OR 80 OR £.80 OR £.80p OR £0 80 OR .80 OR 0 80 Do not accept £80p OR £80 OR £0.8 OR 0.80p"; 74p: "Accept for ONE
#   mark £74p OR 0.74p as evidence of appropriate working" (so not for the answer mark).
# [ISSUE15] issue #15, "Marking that rejects what a mark scheme accepts", from a read of the items as KS2 teachers
#   would: the unit printed beside the box, the unit named in the prompt, units after fractions and negatives,
#   ½-style mixed numbers, durations in words and h:mm, 12- and 24-hour times.
# [GUIDANCE] the 2009 KS2 mathematics mark schemes' general guidance has a "What if… the pupil's response is
#   numerically or algebraically equivalent to the answer in the mark scheme" row
#   (http://www.sats-papers.co.uk/download/ks2-mathematics-2009-marking-scheme); unsimplified fractions are kept
#   right here unless the item asks for the simplest form (FractionAnswer.simplest).

CASES = [
    # ---- money [MONEY]
    (Money(297), "£2.97", OK),  # [MONEY] £2.97
    (Money(297), "£2.97p", OK),  # [MONEY] accept £2.97p
    (Money(297), "£2 97", OK),  # [MONEY] accept £2 97
    (Money(297), "297p", OK),  # [MONEY] accept 297p
    (Money(297), "2.97", OK),  # [MONEY] accept 2.97
    (Money(297), "297", OK),  # [MONEY] accept 297
    (Money(297), "£297p", WRONG),  # [MONEY] do not accept £297p
    (Money(297), "£297", WRONG),  # [MONEY] do not accept £297
    (Money(297), "2.97p", WRONG),  # [MONEY] do not accept 2.97p
    (Money(90), "90p", OK),  # [MONEY] 90p
    (Money(90), "£0.90", OK),  # [MONEY] £0.90
    (Money(90), "90", OK),  # [MONEY] accept 90
    (Money(90), "0.90", OK),  # [MONEY] accept 0.90
    (Money(90), "£.90", OK),  # [MONEY] accept £.90
    (Money(90), ".90", OK),  # [MONEY] accept .90
    (Money(90), "£0.90p", OK),  # [MONEY] accept £0.90p
    (Money(90), "£0.9", WRONG),  # [MONEY] do not accept £0.9
    (Money(90), "£90p", WRONG),  # [MONEY] do not accept £90p
    (Money(90), "0.90p", WRONG),  # [MONEY] do not accept 0.90p
    (Money(90), "£90", WRONG),  # [MONEY] do not accept £90
    (Money(240), "£2.40p", OK),  # [MONEY] accept £2.40p
    (Money(240), "£2 40", OK),  # [MONEY] accept £2 40
    (Money(240), "£240", WRONG),  # [MONEY] do not accept £240
    (Money(240), "£240p", WRONG),  # [MONEY] do not accept £240p
    (Money(240), "£2.4", WRONG),  # [MONEY] do not accept £2.4
    (Money(80), "£0.8", WRONG),  # [MONEY] do not accept £0.8
    (Money(80), "£0.80p", OK),  # [MONEY] accept £0.80p
    (Money(74), "£74p", WRONG),  # [MONEY] £74p earns only a method mark
    (Money(74), "0.74p", WRONG),  # [MONEY] 0.74p earns only a method mark
    (WholeNumber(10), "10p", NO_MARK),  # [MONEY] "No mark is awarded if any units are shown, eg 10p"
    # ---- fractions: equal is right unless the simplest form is asked for [GUIDANCE]
    (FractionAnswer(F(3, 4)), "6/8", OK),  # [GUIDANCE] numerically equivalent
    (FractionAnswer(F(3, 4), simplest=True), "6/8", FORM),  # [GUIDANCE] unless the item asks for simplest form
    (FractionAnswer(F(17, 2)), "8½", OK),  # [ISSUE15] mixed numbers with ½-style characters
    (FractionAnswer(F(11, 4)), "2 ¾", OK),  # [ISSUE15]
    (FractionAnswer(F(11, 4)), "11/4", OK),  # [GUIDANCE] improper for mixed, numerically equivalent
    # ---- units after fractions and negatives, where the prompt counts the answer in that unit [ISSUE15]
    (("How long is each piece, in metres?", FractionAnswer(F(7, 8))), "7/8 m", OK),  # [ISSUE15]
    (("How long is each piece, in metres?", FractionAnswer(F(7, 8))), "7/8", OK),  # [ISSUE15]
    (("How long is each piece, in metres?", FractionAnswer(F(7, 8))), "7/8 km", UNIT),  # [ISSUE15] a wrong unit
    (("What was the temperature in the morning, in °C?", WholeNumber(-4)), "−4 °C", OK),  # [ISSUE15]
    (("What was the temperature in the morning, in °C?", WholeNumber(-4)), "-4°C", OK),  # [ISSUE15]
    (("What was the temperature in the morning, in °C?", WholeNumber(-4)), "-4 degrees", OK),  # [ISSUE15]
    (("What was the temperature in the morning, in °C?", WholeNumber(-4)), "-4", OK),  # [ISSUE15]
    (("What was the temperature in the morning, in °C?", WholeNumber(-4)), "4 °C", WRONG),  # [ISSUE15]
    (Measure(F(7, 8), "m"), "7/8 m", OK),  # [ISSUE15] a fraction with its unit
    (Measure(-4, "°C"), "−4 °C", OK),  # [ISSUE15] a negative with its unit
    (Measure(-4, "°C"), "-4 degrees Celsius", OK),  # [ISSUE15]
    # ---- the unit beside the box, or named by the prompt: the bare number is right [ISSUE15]
    (("A circle has a diameter of 20 cm. Its radius is □ cm. What is □?", Measure(10, "cm")), "10", OK),  # [ISSUE15]
    (("A circle has a diameter of 20 cm. Its radius is □ cm. What is □?", Measure(10, "cm")), "10 cm", OK),
    (("A circle has a diameter of 20 cm. Its radius is □ cm. What is □?", Measure(10, "cm")), "10 m", UNIT),
    (("Work out 354 g + 203 g. Give your answer in grams.", Measure(557, "g")), "557", OK),  # [ISSUE15]
    (("Work out 354 g + 203 g. Give your answer in grams.", Measure(557, "g")), "557 g", OK),  # [ISSUE15]
    (("find □ in 40 × □ + 25 = 105.", Measure(2, "kg")), "2", OK),  # [ISSUE15] algebra.formulae's box
    (("About how many centimetres is 9 inches?", Measure(Decimal("22.5"), "cm")), "22.5", OK),  # [ISSUE15]
    (("11 mm = □ cm", DecimalNumber(Decimal("1.1"))), "1.1 cm", OK),  # [ISSUE15] unit beside the box, written
    (("How far did Dev run?", Measure(F(9, 4), "km")), "2 1/4", UNIT),  # no unit named: it is needed
    # ---- durations in words and h:mm [ISSUE15]
    (Measure(150, "min"), "2 hours and 30 minutes", OK),  # [ISSUE15]
    (Measure(150, "min"), "2 h 30 min", OK),  # [ISSUE15]
    (Measure(150, "min"), "2:30", OK),  # [ISSUE15] h:mm for a length of time
    (Measure(150, "min"), "2½ hours", OK),  # [ISSUE15]
    (Measure(150, "min"), "150 minutes", OK),  # [ISSUE15]
    (Measure(150, "min"), "2.30 hours", WRONG),  # 2.30 hours is 2 h 18 min, not 2 h 30 min
    # ---- times of day: either clock unless the item asks for one [ISSUE15]
    (TimeOfDay(16 * 60, twelve_hour=True), "16:00", OK),  # [ISSUE15] "16:00" for 4:00 pm is right
    (TimeOfDay(16 * 60), "4:00 pm", OK),  # [ISSUE15]
    (("Write five o'clock in the afternoon as a 24-hour time.", TimeOfDay(17 * 60)), "17:00", OK),  # [ISSUE15]
    (("Write five o'clock in the afternoon as a 24-hour time.", TimeOfDay(17 * 60)), "5:00 pm", FORM),  # [ISSUE15]
    (("Which time is later in the day: 15:00 or 4:00 pm?", Choice(("15:00", "4:00 pm"), 1)), "16:00", OK),
]


def _answer(target):
    return as_printed(*target) if isinstance(target, tuple) else target


@pytest.mark.parametrize(("target", "response", "expected"), CASES)
def test_mark_scheme_case(target, response, expected):
    verdict = check(_answer(target), response)
    allowed = expected if isinstance(expected, tuple) else (expected,)
    assert verdict.status in allowed, f"{response!r}: {verdict.status} — {verdict.reason}"


def test_a_one_form_time_shows_the_form_it_wants():
    """[ISSUE15] 'try writing it like …' shows the form(s): never 'like A or B' with nothing shown."""
    answer = as_printed("Write five o'clock in the afternoon as a 24-hour time.", TimeOfDay(17 * 60))
    assert answer.form == "24"
    for response in ("5:00 pm", "5:00", "five pm-ish"):
        reason = check(answer, response).reason
        assert "14:05" in reason or "09:30" in reason, reason
    choice = Choice(("15:00", "4:00 pm"), 1)
    assert "15:00 or 4:00 pm" in check(choice, "later").reason


def _items(topic: str, style: str, seeds: int = 6):
    for level in (1, 2, 3):
        for seed in range(seeds):
            try:
                yield registry.generate(Spec(topic, level, seed, style=style))
            except ValueError:
                return


@pytest.mark.parametrize(
    ("topic", "style", "marker"),
    [
        ("shapes.circles", "missing_number", "□ cm"),  # [ISSUE15] "Its radius is □ cm"
        ("shapes.missing_lengths", "missing_number", "□ cm"),  # [ISSUE15]
        ("shapes.missing_lengths", "fluency", "□ cm"),  # [ISSUE15]
        ("algebra.formulae", "missing_number", "× □"),  # [ISSUE15]
        ("measures.calculate_with_measures", "fluency", "Give your answer in"),  # [ISSUE15] "557" in grams
    ],
)
def test_generated_boxes_take_the_bare_number(topic, style, marker):
    seen = 0
    for question in _items(topic, style):
        answer = question.answer
        if marker not in question.prompt or not isinstance(answer, Measure):
            continue
        seen += 1
        bare = answer.format().removesuffix(f" {answer.unit}").removesuffix("°")
        verdict = check(question, bare)
        assert verdict.status is Status.CORRECT, f"{question.prompt} {bare!r}: {verdict.reason}"
    assert seen, f"no {topic} {style} item shows {marker!r}"


def test_generated_temperatures_take_the_unit():
    """[ISSUE15] '−4 °C' for a temperature the prompt asks for in °C."""
    seen = 0
    for question in _items("number.negative_numbers", "word_problem"):
        if "in °C" not in question.prompt:
            continue
        seen += 1
        written = question.answer.format().replace("-", "−") + " °C"
        assert check(question, written).status is Status.CORRECT, question.prompt
    assert seen
