"""Tests for answers marking: a table of responses → verdicts, misconceptions, infer, and properties."""

import time
from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ks2practice import answers
from ks2practice.answers import (
    Answer,
    Choice,
    Comparison,
    DecimalNumber,
    FractionAnswer,
    Measure,
    Money,
    Percentage,
    TimeOfDay,
    TrueFalse,
    WholeNumber,
    check,
    infer,
)
from ks2practice.answers.kinds import UNITS, format_decimal
from ks2practice.answers.marking import mark, same_response
from ks2practice.answers.parse import as_decimal
from ks2practice.core.model import Item, Predicted, Question, Spec, Status, Verdict

OK, FORM, READ, UNIT, WRONG = (
    Status.CORRECT,
    Status.NOT_IN_FORM,
    Status.UNREADABLE,
    Status.WRONG_UNIT,
    Status.INCORRECT,
)

HALF = FractionAnswer(F(1, 2))
HALF_SIMPLEST = FractionAnswer(F(1, 2), simplest=True)
THREE_QUARTERS = FractionAnswer(F(3, 4))
THIRD = FractionAnswer(F(1, 3), decimal=True)
SEVEN_THIRDS = FractionAnswer(F(7, 3))
MIXED_ONLY = FractionAnswer(F(7, 3), improper=False)
IMPROPER_ONLY = FractionAnswer(F(7, 3), mixed=False)
EIGHTH_DECIMAL_OK = FractionAnswer(F(1, 8), decimal=True)
MASS = Measure(Decimal("1.5"), "kg")
TIME = TimeOfDay(14 * 60 + 5)
COLOURS = Choice(("red", "blue", "green"), 1)

TABLE = [
    # whole numbers
    (WholeNumber(84), "84", OK, "Yes! 84 is right."),
    (WholeNumber(84), " 84 ", OK, "is right"),
    (WholeNumber(84), "84.", OK, "is right"),
    (WholeNumber(12), "12.0", OK, "is right"),
    (WholeNumber(1000), "1,000", OK, "is right"),
    (WholeNumber(1000), "1 000", OK, "is right"),
    (WholeNumber(12345), "12 345", OK, "is right"),
    (WholeNumber(-5), "−5", OK, "is right"),
    (WholeNumber(-5), "-5", OK, "is right"),
    (WholeNumber(12), "24/2", FORM, "write it as a whole number"),
    (WholeNumber(84), "48", WRONG, "Not quite: the answer is 84."),
    (WholeNumber(84), "84%", UNIT, "not a percentage"),
    (WholeNumber(84), "15%", WRONG, "the answer is 84"),
    (WholeNumber(84), "15%", WRONG, "not a percentage"),
    (WholeNumber(84), "eighty", READ, "I can't read 'eighty'"),
    (WholeNumber(84), "", READ, "can't see an answer"),
    (WholeNumber(84), "8" * 201, READ, "too long"),
    (WholeNumber(100), "1,00", READ, "groups of three digits"),
    (WholeNumber(10000), "1,0000", READ, "groups of three digits"),
    (WholeNumber(84), "84 cm", READ, "no unit"),
    # decimals
    (DecimalNumber(Decimal("2.5")), "2.5", OK, "is right"),
    (DecimalNumber(Decimal("2.5")), "2.50", OK, "is right"),
    (DecimalNumber(Decimal("0.5")), ".5", OK, "is right"),
    (DecimalNumber(Decimal("3.50"), places=2), "3.50", OK, "is right"),
    (DecimalNumber(Decimal("3.50"), places=2), "3.5", FORM, "with 2 decimal places"),
    (DecimalNumber(Decimal("3.5"), places=1), "3.50", FORM, "with 1 decimal place"),
    (DecimalNumber(Decimal("0.5")), "1/2", FORM, "as a decimal"),
    (DecimalNumber(Decimal("0.45")), "45%", FORM, "as a decimal"),
    (DecimalNumber(Decimal("25")), "2.50", WRONG, "the answer is 25"),
    (DecimalNumber(Decimal("0.5")), "0.45", WRONG, "the answer is 0.5"),
    (DecimalNumber(Decimal("2.5")), "2.5.0", READ, "I can't read"),
    # fractions
    (THREE_QUARTERS, "3/4", OK, "Yes! 3/4 is right."),
    (THREE_QUARTERS, "6/8", OK, "is right"),
    (THREE_QUARTERS, "¾", OK, "is right"),
    (THREE_QUARTERS, "3 / 4", OK, "is right"),
    (THREE_QUARTERS, "4/3", WRONG, "the answer is 3/4"),
    (THREE_QUARTERS, "3//4", READ, "I can't read '3//4' — try writing it like 5/8."),
    (HALF, "3//4", READ, "try writing it like 3/4."),
    (THREE_QUARTERS, "3/0", READ, "denominator"),
    (HALF_SIMPLEST, "1/2", OK, "is right"),
    (HALF_SIMPLEST, "2/4", FORM, "That's equal, but write it in its simplest form."),
    (HALF, "2/4", OK, "is right"),
    (HALF, "50%", FORM, "as a fraction"),
    (HALF, "0.5", FORM, "as a fraction"),
    (EIGHTH_DECIMAL_OK, "0.125", OK, "is right"),
    (EIGHTH_DECIMAL_OK, "0.13", WRONG, "1/8 is not exactly 0.13"),
    (THIRD, "0.33", WRONG, "1/3 is not exactly 0.33"),
    (THIRD, "0.3", WRONG, "1/3 is not exactly 0.3"),
    (THIRD, "0.333333", WRONG, "not exactly"),
    (THIRD, "0.5", WRONG, "the answer is 1/3"),
    (FractionAnswer(F(1, 3)), "0.33", WRONG, "1/3 is not exactly 0.33"),
    (SEVEN_THIRDS, "2 1/3", OK, "is right"),
    (SEVEN_THIRDS, "7/3", OK, "is right"),
    (SEVEN_THIRDS, "2⅓", OK, "is right"),
    (SEVEN_THIRDS, "14/6", OK, "is right"),
    (MIXED_ONLY, "7/3", FORM, "as a mixed number"),
    (MIXED_ONLY, "2 1/3", OK, "is right"),
    (IMPROPER_ONLY, "2 1/3", FORM, "as an improper fraction"),
    (IMPROPER_ONLY, "7/3", OK, "is right"),
    (FractionAnswer(F(7, 3), improper=False, simplest=True), "14/6", FORM, "mixed number, in its simplest"),
    (FractionAnswer(F(7, 3), simplest=True), "2 2/6", FORM, "simplest form"),
    (FractionAnswer(F(3)), "3", OK, "is right"),
    (FractionAnswer(F(3)), "6/2", OK, "is right"),
    (FractionAnswer(F(3), simplest=True), "6/2", FORM, "simplest form"),
    (FractionAnswer(F(-3, 4)), "-3/4", OK, "is right"),
    (FractionAnswer(F(-3, 4)), "−¾", OK, "is right"),
    (SEVEN_THIRDS, "2 4/3", READ, "less than 1"),
    # percentages
    (Percentage(45), "45%", OK, "is right"),
    (Percentage(45), "45 %", OK, "is right"),
    (Percentage(45), "45", OK, "is right"),
    (Percentage(Decimal("12.5")), "12.5%", OK, "is right"),
    (Percentage(45), "0.45", FORM, "as a percentage"),
    (Percentage(45), "9/20", FORM, "as a percentage"),
    (Percentage(45), "54%", WRONG, "the answer is 45%"),
    (Percentage(45), "0.45%", WRONG, "the answer is 45%"),
    # money (design.md: expected 297p — £2.97, 297p, £2 97 right; £297p, £297, 2.97p not)
    (Money(297), "£2.97", OK, "is right"),
    (Money(297), "297p", OK, "is right"),
    (Money(297), "£2 97", OK, "is right"),
    (Money(297), "£2.97p", OK, "is right"),
    (Money(297), "2.97", OK, "is right"),
    (Money(297), "297", OK, "is right"),
    (Money(297), "£297p", WRONG, "£ or p, not both"),
    (Money(297), "£297", WRONG, "that's pounds, not pence"),
    (Money(297), "2.97p", WRONG, "pence are whole numbers"),
    (Money(350), "£3.50", OK, "is right"),
    (Money(350), "3.50", OK, "is right"),
    (Money(350), "350p", OK, "is right"),
    (Money(350), "350 pence", OK, "is right"),
    (Money(350), "3.50 pounds", OK, "is right"),
    (Money(350), "£3.5", WRONG, "two digits"),  # KS2 mark schemes: "Do not accept £2.4" (see test_mark_scheme_cases)
    (Money(350), "£3.505", WRONG, "pence are whole numbers"),
    (Money(300), "£3", OK, "is right"),
    (Money(300), "£3.00", OK, "is right"),
    (Money(125000), "£1,250.00", OK, "is right"),
    (Money(90), "90p", OK, "is right"),
    (Money(90), "£0.90", OK, "is right"),
    (Money(90), "£.90", OK, "is right"),
    (Money(90), "0.9", WRONG, "two digits"),
    (Money(90), "90", OK, "is right"),
    (Money(90), "£90", WRONG, "the answer is 90p"),
    (Money(350), "£3.60", WRONG, "Not quite: the answer is £3.50."),
    (Money(350), "£3/4", READ, "with a point"),
    (Money(350), "three fifty", READ, "like £2.97 or 297p"),
    # measures
    (MASS, "1.5 kg", OK, "is right"),
    (MASS, "1.5kg", OK, "is right"),
    (MASS, "1500 g", OK, "is right"),
    (MASS, "1500 grams", OK, "is right"),
    (MASS, "1 1/2 kilograms", OK, "is right"),
    (MASS, "1 kg 500 g", OK, "is right"),
    (MASS, "1500 ml", UNIT, "Check the units: the answer is in kilograms or grams."),
    (MASS, "1.5 l", UNIT, "kilograms or grams"),
    (MASS, "1.5 g", UNIT, "kilograms or grams"),
    (MASS, "1500 kg", UNIT, "kilograms or grams"),
    (MASS, "1.5", UNIT, "Write the unit too"),
    (MASS, "1500", UNIT, "Write the unit too"),
    (MASS, "15%", WRONG, "the answer is 1.5 kg"),
    (MASS, "2 kg", WRONG, "Not quite: the answer is 1.5 kg."),
    (MASS, "7 ml", WRONG, "the answer is 1.5 kg"),
    (MASS, "3 stone", READ, "don't know the unit"),
    (MASS, "heavy", READ, "try writing it like 2.5 kg"),
    (Measure(84, "cm", unit_required=False), "84", OK, "is right"),
    (Measure(84, "cm", unit_required=False), "840 mm", OK, "is right"),
    (Measure(84, "cm", unit_required=False), "0.84", UNIT, "Write the unit too"),
    (Measure(90, "min"), "1 h 30 min", OK, "is right"),
    (Measure(90, "min"), "1 hour 30 minutes", OK, "is right"),
    (Measure(90, "min"), "1.5 hours", OK, "is right"),
    (Measure(90, "min"), "1.3 h", WRONG, "the answer is 90 min"),
    (Measure(250, "ml"), "0.25 litres", OK, "is right"),
    (Measure(250, "ml"), "25 cl", OK, "is right"),
    (Measure(3, "km"), "3000 m", OK, "is right"),
    (Measure(3, "km"), "3000 cm", UNIT, "kilometres, metres, centimetres or millimetres"),
    # times of day
    (TIME, "14:05", OK, "is right"),
    (TIME, "14.05", OK, "is right"),
    (TIME, "1405", OK, "is right"),
    (TIME, "2:05 pm", OK, "is right"),
    (TIME, "2:05pm", OK, "is right"),
    (TIME, "2.05 p.m.", OK, "is right"),
    (TIME, "2:05", FORM, "am or pm"),
    (TIME, "2:05 am", WRONG, "the answer is 14:05 (2:05 pm)"),
    (TIME, "3:05", WRONG, "the answer is 14:05"),
    (TIME, "25:00", READ, "00 to 23"),
    (TIME, "14:65", READ, "up to 59"),
    (TimeOfDay(0), "12:00 am", OK, "is right"),
    (TimeOfDay(0), "midnight", OK, "is right"),
    (TimeOfDay(0), "00:00", OK, "is right"),
    (TimeOfDay(720), "12 noon", OK, "is right"),
    (TimeOfDay(720), "12:00 pm", OK, "is right"),
    (TimeOfDay(14 * 60), "2 pm", OK, "is right"),
    (TimeOfDay(9 * 60 + 30), "9:30", OK, "is right"),
    # comparison signs
    (Comparison("<"), "<", OK, "is right"),
    (Comparison("<"), "less than", OK, "is right"),
    (Comparison("<"), "smaller than", OK, "is right"),
    (Comparison(">"), "greater than", OK, "is right"),
    (Comparison(">"), "more than", OK, "is right"),
    (Comparison(">"), "bigger than", OK, "is right"),
    (Comparison("="), "equal to", OK, "is right"),
    (Comparison("="), "equals", OK, "is right"),
    (Comparison("="), "the same as", OK, "is right"),
    (Comparison("<"), ">", WRONG, "the answer is <"),
    (Comparison("<"), "≠", READ, "<, > or ="),
    # choices
    (COLOURS, "B", OK, "is right"),
    (COLOURS, "b)", OK, "is right"),
    (COLOURS, "(b)", OK, "is right"),
    (COLOURS, "Blue", OK, "is right"),
    (COLOURS, " BLUE ", OK, "is right"),
    (COLOURS, "A", WRONG, "the answer is B, blue"),
    (COLOURS, "red", WRONG, "the answer is B, blue"),
    (COLOURS, "(e)", READ, "A to C"),
    (COLOURS, "purple", READ, "I can't read"),
    # true or false
    (TrueFalse(True), "true", OK, "It's true"),
    (TrueFalse(True), "T", OK, "It's true"),
    (TrueFalse(True), "yes", OK, "It's true"),
    (TrueFalse(True), "y", OK, "It's true"),
    (TrueFalse(False), "false", OK, "It's false"),
    (TrueFalse(False), "n", OK, "It's false"),
    (TrueFalse(True), "no", WRONG, "it's true"),
    (TrueFalse(True), "maybe", READ, "true or false"),
]


@pytest.mark.parametrize(("answer", "response", "status", "phrase"), TABLE)
def test_marking_table(answer, response, status, phrase):
    verdict = mark(answer, response)
    assert verdict.status is status, verdict.reason
    assert phrase in verdict.reason
    assert len(verdict.reason) <= 100 and "\n" not in verdict.reason


def test_table_is_big_and_covers_every_kind():
    assert len(TABLE) >= 80
    kinds = {type(answer) for answer, *_ in TABLE}
    every_kind = {cls for cls in vars(answers).values() if isinstance(cls, type) and issubclass(cls, Answer)}
    assert kinds == every_kind - {Answer}
    assert {status for *_, status, _ in TABLE} == {OK, FORM, READ, UNIT, WRONG}


def test_answer_check_method_uses_the_same_marking():
    assert THREE_QUARTERS.check("6/8") == mark(THREE_QUARTERS, "6/8")
    assert check(THREE_QUARTERS, "6/8") == mark(THREE_QUARTERS, "6/8")


def test_unreadable_example_never_shows_the_answer():
    for answer in (THREE_QUARTERS, WholeNumber(36), WholeNumber(1250), Percentage(45), Money(297)):
        reason = mark(answer, "??").reason
        assert f"like {answer.format()}." not in reason and f"like {answer.format()} " not in reason


def test_none_is_an_empty_response():
    assert mark(WholeNumber(3), None).status is READ


# ---------------------------------------------------------------------------------- misconceptions


def question(answer: Answer, *predicted: Predicted) -> Question:
    item = Item(
        prompt="Work it out.",
        answer=answer,
        solution=(answer.format(),),
        style="fluency",
        check="0",
        misconceptions=predicted,
    )
    return Question(Spec("test.by_hand", 2, 1), "By hand", ("5F4",), item)


ADD_ACROSS = Predicted("fractions.add_across", "2/5", "Added numerators and denominators.")
SMALLER_FROM_LARGER = Predicted("subtraction.smaller_from_larger", "35", "Took smaller digit from larger.")
TIMES_TEN_ZERO = Predicted("decimals.times_ten_adds_zero", "2.50", "Thinks ×10 adds a zero.")
HOURS_AS_DECIMAL = Predicted("time.hours_as_decimal", "1.3 h", "Used 100 minutes in an hour.")


@pytest.mark.parametrize(
    ("target", "response", "misconception"),
    [
        (question(FractionAnswer(F(5, 6)), ADD_ACROSS), "2/5", "fractions.add_across"),
        (question(FractionAnswer(F(5, 6)), ADD_ACROSS), "4/10", "fractions.add_across"),
        (question(FractionAnswer(F(5, 6), decimal=True), ADD_ACROSS), "0.4", "fractions.add_across"),
        (question(WholeNumber(25), SMALLER_FROM_LARGER), "35", "subtraction.smaller_from_larger"),
        (question(WholeNumber(25), SMALLER_FROM_LARGER), "35.0", "subtraction.smaller_from_larger"),
        (question(DecimalNumber(Decimal(25)), TIMES_TEN_ZERO), "2.5", "decimals.times_ten_adds_zero"),
        (question(Measure(90, "min"), HOURS_AS_DECIMAL), "1.3 hours", "time.hours_as_decimal"),
        (question(Measure(90, "min"), HOURS_AS_DECIMAL), "78 min", "time.hours_as_decimal"),
        (
            question(Money(297), Predicted("money.pounds_pence", "£29.70", "Misplaced the point.")),
            "2970p",
            "money.pounds_pence",
        ),
        (
            question(Comparison("<"), Predicted("decimals.longer_is_bigger", ">", "Longer decimal.")),
            "greater than",
            "decimals.longer_is_bigger",
        ),
    ],
)
def test_check_diagnoses_predicted_misconceptions(target, response, misconception):
    predicted = target.misconceptions[0]
    verdict = check(target, response)
    assert verdict == Verdict(Status.MISCONCEPTION, verdict.reason, misconception, predicted.feedback)
    assert verdict.reason.startswith("Not quite — ") and len(verdict.reason) <= 100


def test_check_picks_the_matching_misconception_among_several():
    target = question(WholeNumber(25), SMALLER_FROM_LARGER, Predicted("other.slip", "15", "A slip."))
    assert check(target, "15").misconception == "other.slip"
    assert check(target, "35").misconception == "subtraction.smaller_from_larger"


PERCENT_SLIP = Predicted("percentages.kept_the_sign", "35%", "Wrote the answer as a percentage.")


@pytest.mark.parametrize(
    ("response", "status", "misconception"),
    [
        ("25", OK, None),
        ("50/2", FORM, None),
        ("thirty", READ, None),
        ("25%", UNIT, None),
        ("36", WRONG, None),
        ("35", Status.MISCONCEPTION, "subtraction.smaller_from_larger"),
        ("35%", Status.MISCONCEPTION, "percentages.kept_the_sign"),
    ],
)
def test_check_diagnoses_only_plain_wrong_answers(response, status, misconception):
    verdict = check(question(WholeNumber(25), SMALLER_FROM_LARGER, PERCENT_SLIP), response)
    assert (verdict.status, verdict.misconception) == (status, misconception)


def test_check_with_an_item_or_an_answer():
    item = question(WholeNumber(25), SMALLER_FROM_LARGER).item
    assert check(item, "35").status is Status.MISCONCEPTION
    assert check(WholeNumber(25), "35").status is Status.INCORRECT


def test_same_response_reads_both_sides_the_same_way():
    assert same_response(MASS, "1500 g", "1.5 kg")
    assert same_response(WholeNumber(3), "1,000", "1 000")
    assert not same_response(WholeNumber(3), "15", "15%")
    assert same_response(Money(297), "£297p", "£297p")  # the same unreadable-as-money text still matches
    assert not same_response(WholeNumber(3), "??", "!!")


# ------------------------------------------------------------------------------------------- infer


@pytest.mark.parametrize(
    ("expected", "options", "answer"),
    [
        ("84", {}, WholeNumber(84)),
        ("1,000", {}, WholeNumber(1000)),
        ("-3", {}, WholeNumber(-3)),
        ("2.5", {}, DecimalNumber(Decimal("2.5"))),
        ("3/4", {}, FractionAnswer(F(3, 4), decimal=True)),
        ("3/4", {"simplest": True}, FractionAnswer(F(3, 4), simplest=True, decimal=True)),
        ("2 1/3", {}, FractionAnswer(F(7, 3), decimal=True)),
        ("2⅓", {}, FractionAnswer(F(7, 3), decimal=True)),
        ("45%", {}, Percentage(45)),
        ("12.5%", {}, Percentage(Decimal("12.5"))),
        ("£3.50", {}, Money(350)),
        ("350p", {}, Money(350)),
        ("£2 97", {}, Money(297)),
        ("1.5 kg", {}, Measure(Decimal("1.5"), "kg")),
        ("1.5", {"unit": "kg"}, Measure(Decimal("1.5"), "kg")),
        ("1500 g", {"unit": "kg"}, Measure(Decimal("1.5"), "kg")),
        ("250", {"unit": "millilitres"}, Measure(250, "ml")),
        ("1 h 30 min", {}, Measure(90, "min")),
        ("1/3 m", {}, Measure(F(1, 3), "m")),
        ("14:05", {}, TimeOfDay(845)),
        ("2:05 pm", {}, TimeOfDay(845)),
        ("09:30", {}, TimeOfDay(570)),
        ("noon", {}, TimeOfDay(720)),
        ("<", {}, Comparison("<")),
        ("greater than", {}, Comparison(">")),
        ("=", {}, Comparison("=")),
        ("true", {}, TrueFalse(True)),
        ("False", {}, TrueFalse(False)),
    ],
)
def test_infer_builds_the_kind(expected, options, answer):
    inferred = infer(expected, **options)
    assert inferred == answer
    if "unit" not in options:  # with --unit the expected text may be a bare number, which lacks its unit
        assert mark(inferred, expected).status is Status.CORRECT


@pytest.mark.parametrize(
    ("expected", "options", "message"),
    [
        ("banana", {}, "write it like 84"),
        ("", {}, "can't see an answer"),
        ("1,00", {}, "groups of three"),
        ("3/0", {}, "denominator"),
        ("2/4", {"simplest": True}, "not in its simplest form"),
        ("£297p", {}, "not a way to write money"),
        ("2.97p", {}, "not a way to write money"),
        ("2:05", {}, "morning or evening"),
        ("25:00", {}, "00 to 23"),
        ("1.5", {"unit": "stone"}, "unknown unit"),
        ("1.5 kg", {"unit": "cm"}, "same kind of unit"),
        ("45%", {"unit": "kg"}, "percentage"),
        ("lots", {"unit": "kg"}, "can't read"),
        ("9" * 201, {}, "too long"),
    ],
)
def test_infer_refuses_unusable_keys(expected, options, message):
    with pytest.raises(ValueError, match=message):
        infer(expected, **options)


def test_infer_then_check_as_the_cli_does():
    assert check(infer("3/4"), "6/8").status is OK
    assert check(infer("3/4", simplest=True), "6/8").status is FORM
    assert check(infer("£2.97"), "£297p").status is WRONG
    assert check(infer("1.5", unit="kg"), "1500 g").status is OK
    assert check(infer("1.5 kg"), "1500 ml").status is UNIT
    assert check(infer("84"), "eighty").status is READ
    assert check(infer("14:05"), "2:05 pm").status is OK


def test_public_api():
    assert set(answers.__all__) == {
        "Answer",
        "Choice",
        "Comparison",
        "DecimalNumber",
        "FractionAnswer",
        "Measure",
        "Money",
        "Percentage",
        "TimeOfDay",
        "TrueFalse",
        "WholeNumber",
        "check",
        "infer",
        "parse_number",
    }
    assert answers.parse_number("2 1/3") == F(7, 3)


# -------------------------------------------------------------------------------------- properties


def terminating(max_places: int = 4):
    """Exact decimals: an integer over a power of ten."""
    numerators, places = st.integers(-(10**9), 10**9), st.integers(0, max_places)
    return st.builds(lambda n, places: F(n, 10**places), numerators, places)


def decimal_numbers():
    def build(value: F, extra: int | None) -> DecimalNumber:
        needed = len(format_decimal(value).partition(".")[2])
        places = None if extra is None else needed + extra
        return DecimalNumber(as_decimal(value), places=places)

    return st.builds(build, terminating(), st.one_of(st.none(), st.integers(0, 2)))


def fraction_answers():
    def build(value: F, simplest: bool, forms: tuple[bool, bool], decimal: bool) -> FractionAnswer:
        return FractionAnswer(value, simplest=simplest, mixed=forms[0], improper=forms[1], decimal=decimal)

    values = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=1000)
    forms = st.sampled_from([(True, True), (True, False), (False, True)])
    return st.builds(build, values, st.booleans(), forms, st.booleans())


def measures():
    values = st.one_of(terminating(), st.fractions(min_value=0, max_value=10**4, max_denominator=12))
    return st.builds(Measure, values, st.sampled_from(sorted(UNITS)), st.booleans())


NUMERIC_KINDS = st.one_of(
    st.builds(WholeNumber, st.integers(-(10**12), 10**12)),
    decimal_numbers(),
    fraction_answers(),
    st.builds(Percentage, terminating(2)),
    st.builds(Money, st.integers(-(10**8), 10**8)),
    measures(),
    st.builds(TimeOfDay, st.integers(0, 24 * 60 - 1)),
)
OTHER_KINDS = st.one_of(
    st.builds(Comparison, st.sampled_from("<>=")),
    st.builds(TrueFalse, st.booleans()),
    st.lists(st.text(min_size=1, max_size=30).filter(str.strip), min_size=2, max_size=6, unique=True).flatmap(
        lambda options: st.builds(Choice, st.just(tuple(options)), st.integers(0, len(options) - 1))
    ),
)


@settings(max_examples=400, deadline=None)
@given(NUMERIC_KINDS)
def test_every_numeric_key_marks_itself_correct(answer):
    verdict = mark(answer, answer.format())
    assert verdict.status is Status.CORRECT, (answer, answer.format(), verdict.reason)


@settings(max_examples=200, deadline=None)
@given(OTHER_KINDS)
def test_every_other_key_marks_itself_correct(answer):
    choice_text_clashes = isinstance(answer, Choice) and any(
        "".join(option.split()).lower() == "".join(answer.format().split()).lower()
        for index, option in enumerate(answer.options)
        if index < answer.correct
    )
    verdict = mark(answer, answer.format())
    assert verdict.status is Status.CORRECT or choice_text_clashes, (answer, verdict.reason)


@settings(max_examples=300, deadline=None)
@given(st.integers(-500, 500), st.integers(2, 500), st.integers(1, 40))
def test_equivalent_fractions(numerator, denominator, k):
    value = F(numerator, denominator)
    if value.denominator == 1:
        return  # a whole number is not written a/b in simplest form
    a, b = value.numerator, value.denominator
    response = f"{k * a}/{k * b}"
    assert mark(FractionAnswer(value), response).status is Status.CORRECT
    expected = Status.CORRECT if k == 1 else Status.NOT_IN_FORM
    assert mark(FractionAnswer(value, simplest=True), response).status is expected


NASTY = st.text(alphabet=st.sampled_from(list("0123456789 ,./%£p:-−½⅓ kgmlahsAPnoe<>=()tTfF\u00a0")), max_size=400)
EVERY_KIND = st.one_of(NUMERIC_KINDS, OTHER_KINDS)


@settings(max_examples=500, deadline=None)
@given(EVERY_KIND, st.one_of(st.text(max_size=400), NASTY))
def test_any_text_gives_a_verdict_quickly(answer, response):
    verdict = mark(answer, response)
    assert isinstance(verdict, Verdict) and verdict.reason
    assert len(verdict.reason) <= 100
    # The best of three timings: a busy machine can pause any one call, and the bound is about our code.
    elapsed = min(seconds_to_mark(answer, response) for _ in range(3))
    assert elapsed < 0.010, f"{elapsed * 1000:.1f} ms for {response!r}"


def seconds_to_mark(answer: Answer, response: str) -> float:
    started = time.perf_counter()
    mark(answer, response)
    return time.perf_counter() - started


def test_a_time_key_is_written_the_way_the_question_was_and_either_form_is_right():
    from ks2practice.answers.kinds import TimeOfDay

    assert TimeOfDay(17 * 60, twelve_hour=True).format() == "5:00 pm"
    assert TimeOfDay(5, twelve_hour=True).format() == "12:05 am"
    assert TimeOfDay(12 * 60 + 30, twelve_hour=True).format() == "12:30 pm"
    assert TimeOfDay(17 * 60).format() == "17:00"
    for typed in ("5:00 pm", "17:00", "5 pm"):
        assert check(TimeOfDay(17 * 60, twelve_hour=True), typed).status is Status.CORRECT, typed


def test_an_unreadable_choice_with_many_short_options_stays_within_the_reason_length():
    options = ("0", "1", "000", "00000", "0000000000000", "0000000000001")
    verdict = mark(Choice(options, 0), "0000000000000000000000")
    assert verdict.status is Status.UNREADABLE and len(verdict.reason) <= 100, verdict.reason
