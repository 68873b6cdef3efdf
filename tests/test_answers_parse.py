"""Tests for answers.parse: tables of what each reader reads (value and form) and what it refuses."""

from decimal import Decimal
from fractions import Fraction as F

import pytest

from ks2practice.answers.parse import (
    Form,
    Unreadable,
    as_decimal,
    parse_number,
    read_choice,
    read_measure,
    read_money,
    read_number,
    read_sign,
    read_time,
    read_truth,
    unit_called,
)

W, D, FR, MX, P = Form.WHOLE, Form.DECIMAL, Form.FRACTION, Form.MIXED, Form.PERCENTAGE

NUMBERS = [
    # text, value, form, places, simplest, improper
    ("84", F(84), W, 0, True, False),
    ("007", F(7), W, 0, True, False),
    ("1,000", F(1000), W, 0, True, False),
    ("1 000", F(1000), W, 0, True, False),
    ("12 345", F(12345), W, 0, True, False),
    ("12,345,678", F(12345678), W, 0, True, False),
    ("1\u00a0000", F(1000), W, 0, True, False),
    ("-7", F(-7), W, 0, True, False),
    ("−7", F(-7), W, 0, True, False),
    ("- 7", F(-7), W, 0, True, False),
    ("+7", F(7), W, 0, True, False),
    ("  84 ", F(84), W, 0, True, False),
    (".5", F(1, 2), D, 1, True, False),
    ("0.50", F(1, 2), D, 2, True, False),
    ("3.", F(3), D, 0, True, False),
    ("12.0", F(12), D, 1, True, False),
    ("-0.125", F(-1, 8), D, 3, True, False),
    ("12,345.5", F(24691, 2), D, 1, True, False),
    ("1 000.25", F(4001, 4), D, 2, True, False),
    ("3/4", F(3, 4), FR, 0, True, False),
    ("3 / 4", F(3, 4), FR, 0, True, False),
    ("3⁄4", F(3, 4), FR, 0, True, False),
    ("-3/4", F(-3, 4), FR, 0, True, False),
    ("−3/4", F(-3, 4), FR, 0, True, False),
    ("6/8", F(3, 4), FR, 0, False, False),
    ("7/3", F(7, 3), FR, 0, True, True),
    ("4/4", F(1), FR, 0, False, True),
    ("12/1", F(12), FR, 0, False, True),
    ("0/5", F(0), FR, 0, False, False),
    ("2 1/3", F(7, 3), MX, 0, True, False),
    ("2 2/6", F(7, 3), MX, 0, False, False),
    ("-2 1/3", F(-7, 3), MX, 0, True, False),
    ("1,000 1/2", F(2001, 2), MX, 0, True, False),
    ("2⅓", F(7, 3), MX, 0, True, False),
    ("2 ⅓", F(7, 3), MX, 0, True, False),
    ("½", F(1, 2), FR, 0, True, False),
    ("¾", F(3, 4), FR, 0, True, False),
    ("-⅞", F(-7, 8), FR, 0, True, False),
    ("45%", F(9, 20), P, 0, True, False),
    ("45 %", F(9, 20), P, 0, True, False),
    ("12.5%", F(1, 8), P, 1, True, False),
    ("45 per cent", F(9, 20), P, 0, True, False),
    ("-5%", F(-1, 20), P, 0, True, False),
    ("½%", F(1, 200), P, 0, True, False),
]


@pytest.mark.parametrize(("text", "value", "form", "places", "simplest", "improper"), NUMBERS)
def test_read_number_value_and_form(text, value, form, places, simplest, improper):
    reading = read_number(text)
    assert (reading.value, reading.form, reading.places) == (value, form, places)
    assert (reading.simplest, reading.improper) == (simplest, improper)
    assert isinstance(reading.value, F)


def test_percentage_remembers_the_number_written():
    assert read_number("12.5%").written == F(25, 2)
    assert read_number("12.5").written == F(25, 2)


UNREADABLE_NUMBERS = [
    ("", "can't see an answer"),
    ("   ", "can't see an answer"),
    ("9" * 201, "too long"),
    ("1,00", "groups of three digits"),
    ("1,0000", "groups of three digits"),
    ("12,34,567", "groups of three digits"),
    ("3,5", "groups of three digits"),
    ("1 00", "spaces only between groups"),
    ("3/0", "denominator"),
    ("2 4/3", "less than 1"),
    ("2 3/3", "less than 1"),
    ("84 cm", "no unit"),
    ("84kg", "no unit"),
    ("£84", "without £ or p"),
    ("84p", "without £ or p"),
    ("3//4", None),
    ("3/", None),
    ("/4", None),
    (".", None),
    ("1.2.3", None),
    ("--5", None),
    ("eighty", None),
    ("1e5", None),
    ("⅓2", None),
    ("%", None),
    ("5%%", None),
    ("2-1/3", None),
    ("١٢", None),  # other scripts' digits are not read as ours
]


@pytest.mark.parametrize(("text", "why"), UNREADABLE_NUMBERS)
def test_read_number_refuses(text, why):
    with pytest.raises(Unreadable) as refused:
        read_number(text)
    if why is None:
        assert refused.value.reason is None
    else:
        assert why in refused.value.reason


def test_parse_number_gives_fractions_or_value_error():
    assert parse_number("2 1/3") == F(7, 3)
    assert parse_number("45%") == F(9, 20)
    with pytest.raises(ValueError, match="groups of three"):
        parse_number("1,00")
    with pytest.raises(ValueError, match="can't read"):
        parse_number("banana")


def test_as_decimal_is_exact():
    assert as_decimal(F(1, 8)) == Decimal("0.125")
    assert as_decimal(F(10**30 + 1, 10)) == Decimal("100000000000000000000000000000.1")
    with pytest.raises(ValueError):
        as_decimal(F(1, 3))


MONEY = [
    # text, pence it can mean, notation, untidy
    ("£3.50", (350,), "pounds", False),
    ("£3.5", (350,), "pounds", True),
    ("£3.500", (350,), "pounds", True),
    ("£3", (300,), "pounds", False),
    ("£3.", (300,), "pounds", False),
    ("£2 97", (297,), "pounds", False),
    ("£2 97p", (297,), "pounds", False),
    ("£2.97p", (297,), "pounds", False),
    ("£0 90", (90,), "pounds", False),
    ("£.90", (90,), "pounds", False),
    ("£1,250.00", (125000,), "pounds", False),
    ("£1 250", (125000,), "pounds", False),
    ("3.50", (350,), "pounds", False),
    (".90", (90,), "pounds", False),
    ("2 97", (297,), "pounds", False),
    ("3.50 pounds", (350,), "pounds", False),
    ("1 pound", (100,), "pounds", False),
    ("350p", (350,), "pence", False),
    ("350 p", (350,), "pence", False),
    ("350 pence", (350,), "pence", False),
    ("45P", (45,), "pence", False),
    ("297", (297, 29700), "bare", False),
    ("-£3.50", (-350,), "pounds", False),
    ("£-3.50", (-350,), "pounds", False),
    ("−45p", (-45,), "pence", False),
]


@pytest.mark.parametrize(("text", "pence", "notation", "untidy"), MONEY)
def test_read_money(text, pence, notation, untidy):
    reading = read_money(text)
    assert (reading.pence, reading.notation, reading.untidy) == (pence, notation, untidy)
    assert reading.problem is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("£297p", "not both"),
        ("£3p", "not both"),
        ("2.97p", "whole numbers"),
        ("0.5p", "whole numbers"),
        ("£3.505", "whole numbers"),
        ("£0.001", "whole numbers"),
    ],
)
def test_read_money_names_notation_no_mark_scheme_accepts(text, problem):
    reading = read_money(text)
    assert reading.pence == () and problem in reading.problem


@pytest.mark.parametrize(
    ("text", "why"), [("£", None), ("p", None), ("£3/4", "with a point"), ("£1,00", "three"), ("three pounds", None)]
)
def test_read_money_refuses(text, why):
    with pytest.raises(Unreadable) as refused:
        read_money(text)
    assert (refused.value.reason is None) if why is None else why in refused.value.reason


MEASURES = [
    # text, parts as (value, unit)
    ("1.5 kg", ((F(3, 2), "kg"),)),
    ("1500g", ((F(1500), "g"),)),
    ("1,500 g", ((F(1500), "g"),)),
    ("2 kilograms", ((F(2), "kg"),)),
    ("1 Kilogram", ((F(1), "kg"),)),
    ("3 kgs", ((F(3), "kg"),)),
    ("250 ml", ((F(250), "ml"),)),
    ("250 mL", ((F(250), "ml"),)),
    ("2 L", ((F(2), "l"),)),
    ("2 litres", ((F(2), "l"),)),
    ("2 liters", ((F(2), "l"),)),
    ("4 cl", ((F(4), "cl"),)),
    ("5 centimetres", ((F(5), "cm"),)),
    ("5 millimetres", ((F(5), "mm"),)),
    ("3 metres", ((F(3), "m"),)),
    ("1 metre", ((F(1), "m"),)),
    ("7 kilometres", ((F(7), "km"),)),
    ("2.5 km.", ((F(5, 2), "km"),)),
    ("1 1/3 m", ((F(4, 3), "m"),)),
    ("2½ kg", ((F(5, 2), "kg"),)),
    ("45 s", ((F(45), "s"),)),
    ("45 seconds", ((F(45), "s"),)),
    ("20 min", ((F(20), "min"),)),
    ("20 mins", ((F(20), "min"),)),
    ("20 minutes", ((F(20), "min"),)),
    ("3 h", ((F(3), "h"),)),
    ("3 hrs", ((F(3), "h"),)),
    ("1 hour", ((F(1), "h"),)),
    ("1 h 30 min", ((F(1), "h"), (F(30), "min"))),
    ("2 kg 300 g", ((F(2), "kg"), (F(300), "g"))),
    ("84", ((F(84), None),)),
    ("15%", ((F(3, 20), None),)),
]


@pytest.mark.parametrize(("text", "parts"), MEASURES)
def test_read_measure(text, parts):
    reading = read_measure(text)
    assert tuple((number.value, unit) for number, unit in reading.parts) == parts


def test_measure_amount_is_in_base_units():
    assert read_measure("1.5 kg").amount == read_measure("1500 g").amount == 1500
    assert read_measure("1 h 30 min").amount == 5400
    assert read_measure("1 h 30 min").unit is None and read_measure("1.5 kg").dimension == "mass"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("3 stone", "don't know the unit"),
        ("5 ms", "don't know the unit"),
        ("1 h 30", "unit after each number"),
        ("2 kg 30 cm", "one kind"),
        ("kg", None),
        ("1.5 kg g", None),
        ("15% kg", None),
    ],
)
def test_read_measure_refuses(text, why):
    with pytest.raises(Unreadable) as refused:
        read_measure(text)
    assert (refused.value.reason is None) if why is None else why in refused.value.reason


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("kg", "kg"),
        ("KG", "kg"),
        ("Grams", "g"),
        ("hrs", "h"),
        ("m", "m"),
        ("ms", None),
        ("stone", None),
        ("minute", "min"),
    ],
)
def test_unit_called(word, unit):
    assert unit_called(word) == unit


TIMES = [
    # text, minutes after midnight, the other half of the day when am/pm is left off
    ("14:05", 845, None),
    ("14.05", 845, None),
    ("1405", 845, None),
    ("2:05 pm", 845, None),
    ("2:05pm", 845, None),
    ("2:05 PM", 845, None),
    ("2.05 p.m.", 845, None),
    ("2 pm", 840, None),
    ("11 am", 660, None),
    ("12:00 am", 0, None),
    ("12:30 pm", 750, None),
    ("12 noon", 720, None),
    ("noon", 720, None),
    ("midday", 720, None),
    ("midnight", 0, None),
    ("12 midnight", 0, None),
    ("00:00", 0, None),
    ("09:30", 570, None),
    ("23:59", 1439, None),
    ("2:05", 125, 845),
    ("9:30", 570, 1290),
    ("12:15", 735, 15),
    ("3 o'clock", 180, 900),
]


@pytest.mark.parametrize(("text", "minutes", "other"), TIMES)
def test_read_time(text, minutes, other):
    reading = read_time(text)
    assert (reading.minutes, reading.other) == (minutes, other)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("25:00", "00 to 23"),
        ("24:00", "00 to 23"),
        ("14:65", "up to 59"),
        ("13:00 pm", "1 to 12"),
        ("0:30 am", "1 to 12"),
        ("2:5", "two digits"),
        ("2", None),
        ("pm", None),
        ("quarter past", None),
        ("2:05:00", None),
    ],
)
def test_read_time_refuses(text, why):
    with pytest.raises(Unreadable) as refused:
        read_time(text)
    assert (refused.value.reason is None) if why is None else why in refused.value.reason


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("<", "<"),
        (">", ">"),
        ("=", "="),
        (" < ", "<"),
        ("less than", "<"),
        ("Less Than", "<"),
        ("is less than", "<"),
        ("smaller than", "<"),
        ("greater than", ">"),
        ("more than", ">"),
        ("bigger than", ">"),
        ("equal to", "="),
        ("is equal to", "="),
        ("equals", "="),
        ("the same as", "="),
        ("more", ">"),
        ("less.", "<"),
    ],
)
def test_read_sign(text, sign):
    assert read_sign(text) == sign


@pytest.mark.parametrize("text", ["≠", "<=", "x", "bigger than or equal", "<>"])
def test_read_sign_refuses(text):
    with pytest.raises(Unreadable):
        read_sign(text)


OPTIONS = ("red", "Light blue", "3/4", "B")


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("A", 0),
        ("a", 0),
        ("b)", 1),
        ("(c)", 2),
        ("c.", 2),
        ("red", 0),
        ("RED", 0),
        ("lightblue", 1),
        (" light  BLUE ", 1),
        ("3/4", 2),
        ("B", 3),
        ("d", 3),
    ],
)
def test_read_choice(text, index):
    assert read_choice(text, OPTIONS) == index


@pytest.mark.parametrize(("text", "why"), [("e", "A to D"), ("(z)", "A to D"), ("purple", None), ("0.75", None)])
def test_read_choice_refuses(text, why):
    with pytest.raises(Unreadable) as refused:
        read_choice(text, OPTIONS)
    assert (refused.value.reason is None) if why is None else why in refused.value.reason


@pytest.mark.parametrize(
    ("text", "truth"),
    [
        ("true", True),
        ("True", True),
        ("T", True),
        ("yes", True),
        ("Y", True),
        ("✓", True),
        ("false", False),
        ("FALSE", False),
        ("f", False),
        ("no", False),
        ("n", False),
        ("no.", False),
    ],
)
def test_read_truth(text, truth):
    assert read_truth(text) is truth


@pytest.mark.parametrize("text", ["maybe", "tru", "1", ""])
def test_read_truth_refuses(text):
    with pytest.raises(Unreadable):
        read_truth(text)


@pytest.mark.parametrize(
    ("text", "unit", "amount"),
    [
        ("−4 °C", "°C", F(-4)),
        ("-4°C", "°C", F(-4)),
        ("-4 degrees Celsius", "°C", F(-4)),
        ("7/8 m", "m", F(7, 8)),
        ("8½ m", "m", F(17, 2)),
        ("2 hours and 30 minutes", None, F(9000)),  # two parts, in seconds
        ("2 h, 30 min", None, F(9000)),
        ("2:30", None, F(9000)),  # h:mm, a length of time
    ],
)
def test_read_measure_units_after_fractions_negatives_and_durations(text, unit, amount):
    reading = read_measure(text)
    assert reading.unit == unit
    assert reading.amount == amount


@pytest.mark.parametrize("text", ["5 cm, 6 cm", "30 min 2 h", "2:75"])
def test_read_measure_refuses_units_out_of_order(text):
    with pytest.raises(Unreadable):
        read_measure(text)


def test_choice_matches_an_option_at_the_same_time():
    assert read_choice("16:00", ("15:00", "4:00 pm")) == 1
    assert read_choice("3:00 pm", ("15:00", "4:00 pm")) == 0
    assert read_choice("b", ("15:00", "4:00 pm")) == 1


def test_time_reading_says_which_clock():
    assert read_time("4:00 pm").form == "12"
    assert read_time("16:00").form == "24"
    assert read_time("4:00").form is None
