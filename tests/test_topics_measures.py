"""Tests for the measures topics: the numbers in each prompt agree with its key, levels differ, every style appears.

The facts used here (1 kg = 1000 g, £1 = 100p, …) are written out again in this file, so a wrong factor in the
generators cannot also hide in the test.
"""

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Choice, Comparison, Measure, Money, TrueFalse
from ks2practice.core import registry
from ks2practice.core.model import Spec, Status
from ks2practice.pictures.diagrams import BarModel, Coins, DoubleNumberLine, MeasuringJug, Ruler, WeighingScale

TOPICS = [
    "measures.compare_measures",
    "measures.read_scales",
    "measures.convert_units",
    "measures.money_problems",
    "measures.calculate_with_measures",
    "measures.imperial_units",
]
SEEDS = range(120)
# each unit in its kind's smallest unit (mm, g, ml)
SIZE = {"mm": 1, "cm": 10, "m": 1000, "km": 1_000_000, "g": 1, "kg": 1000, "ml": 1, "l": 1000}
AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?) ?(mm|cm|km|kg|ml|m|g|l)\b")


def _number(text: str) -> Fraction:
    return Fraction(Decimal(text.replace(",", "")))


def _amount(text: str) -> Fraction:
    """'1.5 kg' → 1500 (grams); '2 kg 500 g' → 2500."""
    return sum((_number(n) * SIZE[u] for n, u in AMOUNT.findall(text)), Fraction(0))


def _pence(text: str) -> int:
    text = text.strip()
    if text.startswith("£"):
        return int(_number(text[1:]) * 100)
    assert text.endswith("p"), text
    return int(text[:-1])


def _questions(topic, level, style=None, seeds=SEEDS):
    return [registry.generate(Spec(topic, level, seed, style=style)) for seed in seeds]


# ---------------------------------------------------------------------------------------------- all topics


@pytest.mark.parametrize("topic", TOPICS)
def test_every_style_appears_at_every_level(topic):
    entry = registry.get(topic)
    assert len(entry.styles) >= 4
    for level in (1, 2, 3):
        seen = {q.style for q in _questions(topic, level, seeds=range(80))}
        assert seen == set(entry.styles), (topic, level, set(entry.styles) - seen)


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_keys_mark_right_and_misconceptions_are_wrong(topic, level):
    prompts = set()
    for question in _questions(topic, level):
        prompts.add(question.prompt)
        assert len(question.prompt) <= 400
        assert "-" not in re.sub(r"[A-Za-z]-[A-Za-z]", "", question.prompt), question.prompt  # minus is −
        assert answers.check(question, question.answer.format()).status is Status.CORRECT
        for predicted in question.misconceptions:
            assert answers.check(question, predicted.response).status is not Status.CORRECT, question.prompt
    assert len(prompts) >= 50


def test_a_known_spec_gives_the_same_question():
    first = registry.generate(Spec("measures.convert_units", 2, 7, style="fluency"))
    again = registry.generate(Spec("measures.convert_units", 2, 7, style="fluency"))
    assert first == again
    assert "= □" in first.prompt


# ------------------------------------------------------------------------------------------------ comparing


@pytest.mark.parametrize("level", [1, 2, 3])
def test_compare_sign_agrees_with_the_amounts_in_the_prompt(level):
    for q in _questions("measures.compare_measures", level, "compare"):
        left, right = q.prompt.split(":", 1)[1].split("(Hint")[0].split("□")
        if "£" in left + right or left.strip().endswith("p") or right.strip().endswith("p"):
            a, b = _pence(left), _pence(right)
        else:
            a, b = _amount(left), _amount(right)
        assert isinstance(q.answer, Comparison)
        assert q.answer.sign == ("<" if a < b else ">" if a > b else "="), q.prompt


def test_compare_levels_step_up_from_whole_numbers_to_three_decimal_places():
    def places(level):
        texts = [q.prompt for q in _questions("measures.compare_measures", level, "compare")]
        return max(len(n.split(".")[1]) if "." in n else 0 for t in texts for n, _ in AMOUNT.findall(t))

    assert places(1) == 0
    assert places(2) in (1, 2)
    assert places(3) == 3


@pytest.mark.parametrize("level", [1, 2, 3])
def test_ordering_picks_the_largest_or_smallest(level):
    for q in _questions("measures.compare_measures", level, "fluency"):
        assert isinstance(q.answer, Choice)
        sizes = [_amount(o) for o in q.answer.options]
        pick = max(sizes) if re.search(r"longest|heaviest|most\b", q.prompt) else min(sizes)
        assert _amount(q.answer.format()) == pick, q.prompt
        assert len(set(sizes)) == len(sizes)


def test_odd_one_out_is_the_only_different_amount():
    for level in (1, 2, 3):
        for q in _questions("measures.compare_measures", level, "odd_one_out"):
            values = [_amount(o.replace("+", " ")) for o in q.answer.options]
            odd = values[q.answer.correct]
            others = [v for i, v in enumerate(values) if i != q.answer.correct]
            assert len(set(others)) == 1 and odd != others[0], q.answer.options


def test_estimates_offer_one_sensible_value():
    q = registry.generate(Spec("measures.compare_measures", 1, 3, style="word_problem"))
    assert isinstance(q.answer, Choice)
    assert q.prompt.startswith("Which is the most sensible estimate")
    assert len(q.answer.options) == 3
    assert len(registry.generate(Spec("measures.compare_measures", 2, 3, style="word_problem")).answer.options) == 4


# ------------------------------------------------------------------------------------------------- scales


@pytest.mark.parametrize("level", [1, 2, 3])
def test_the_scale_picture_is_the_instrument_named_at_the_reading(level):
    for q in _questions("measures.read_scales", level, "fluency"):
        picture = q.diagram
        unit = q.answer.unit
        kind = {"cm": Ruler, "ml": MeasuringJug, "l": MeasuringJug, "g": WeighingScale, "kg": WeighingScale}[unit]
        assert isinstance(picture, kind)
        reading = {Ruler: "end", MeasuringJug: "level", WeighingScale: "reading"}[kind]
        assert Fraction(getattr(picture, reading)) == Fraction(q.answer.value)
        assert Fraction(q.answer.value) not in picture.numbers  # never on a numbered mark: something to work out
        assert picture.labels() == ()  # the reading is never written on the picture
        every, parts = re.search(r"labelled every (\S+) \S+, with (\d+) equal steps", q.prompt).groups()
        assert picture.small_step == _number(every) / int(parts)


def test_scale_steps_grow_in_demand():
    steps = {lv: {q.diagram.small_step for q in _questions("measures.read_scales", lv)} for lv in (1, 2, 3)}
    assert all(s.denominator == 1 for s in steps[1]) and 1 in steps[1]
    assert any(s >= 20 for s in steps[2]) and all(s.denominator == 1 for s in steps[2])
    assert any(s.denominator > 1 for s in steps[3])


def test_scale_mistake_counts_each_step_as_one():
    q = next(
        q
        for q in _questions("measures.read_scales", 2, "spot_the_mistake")
        if q.misconceptions and q.diagram.small_step > 1
    )
    assert {p.misconception for p in q.misconceptions} == {"scale_step_as_one"}


# ---------------------------------------------------------------------------------------------- converting


@pytest.mark.parametrize("level", [1, 2, 3])
def test_conversions_agree_with_the_facts(level):
    for q in _questions("measures.convert_units", level):
        if q.style in ("fluency", "word_problem", "spot_the_mistake"):
            given = AMOUNT.search(q.prompt.split("says")[-1] if q.style == "spot_the_mistake" else q.prompt)
            unit = re.search(r"□ (\w+)", q.prompt)[1] if "□" in q.prompt else None
            if unit is None:
                unit = {"millimetres": "mm", "centimetres": "cm", "metres": "m", "kilometres": "km"}.get(
                    re.search(r"number of (\w+)", q.prompt)[1]
                ) or {"grams": "g", "kilograms": "kg", "millilitres": "ml", "litres": "l"}[
                    re.search(r"number of (\w+)", q.prompt)[1]
                ]
            expected = _number(given[1]) * SIZE[given[2]] / SIZE[unit]
            assert q.answer.numeric() == expected, q.prompt
        elif q.style == "missing_number":
            unit, amount = re.search(r"□ (\w+) = (.+?)(?: \(Hint|$)", q.prompt).groups()
            assert q.answer.numeric() * SIZE[unit] == _amount(amount), q.prompt


def test_conversion_levels():
    whole = [q.answer.numeric().denominator == 1 for q in _questions("measures.convert_units", 1, "fluency")]
    assert all(whole)
    three_places = [q for q in _questions("measures.convert_units", 3, "fluency") if "0.0" in q.answer.format()]
    assert three_places


def test_wrong_factor_is_predicted_for_kilograms():
    q = next(q for q in _questions("measures.convert_units", 1, "fluency", range(400)) if "kg = □ g" in q.prompt)
    value = _number(re.search(r"Convert (\d+) kg", q.prompt)[1])
    assert q.answer.numeric() == value * 1000
    assert {p.response for p in q.misconceptions} >= {str(int(value * 100))}


# ------------------------------------------------------------------------------------------------- money


@pytest.mark.parametrize("level", [1, 2, 3])
def test_change_is_the_note_take_the_price(level):
    for q in _questions("measures.money_problems", level, "word_problem"):
        price, paid = re.search(r"for (£\d+\.\d\d|\d+p) and pays with (£\d+\.\d\d)", q.prompt).groups()
        assert isinstance(q.answer, Money)
        assert q.answer.pence == _pence(paid) - _pence(price) > 0


def test_money_levels():
    paid = {
        lv: {
            _pence(re.search(r"pays with (£\d+\.\d\d)", q.prompt)[1])
            for q in _questions("measures.money_problems", lv, "word_problem")
        }
        for lv in (1, 2, 3)
    }
    assert max(paid[1]) <= 500
    assert max(paid[2]) <= 2000 and min(paid[2]) >= 500
    assert min(paid[3]) >= 2000


def test_level_one_counts_coins_in_a_picture():
    for q in _questions("measures.money_problems", 1, "fluency", range(30)):
        assert isinstance(q.diagram, Coins)
        assert q.answer.pence == q.diagram.total


def test_two_step_money():
    for q in _questions("measures.money_problems", 2, "two_step_word_problem"):
        count, each, other, paid = re.search(
            r"buys (\d+) .+? at (£\d+\.\d\d|\d+p) each and .+? for (£\d+\.\d\d|\d+p)\. \w+ pays with (£\d+\.\d\d)",
            q.prompt,
        ).groups()
        assert q.answer.pence == _pence(paid) - int(count) * _pence(each) - _pence(other)


def test_pounds_and_pence_mix_up_is_diagnosed():
    q = next(
        q
        for q in _questions("measures.money_problems", 3, "fluency", range(300))
        if any(p.response.count(".") and len(p.response.split(".")[1]) == 3 for p in q.misconceptions)
    )
    wrong = next(p.response for p in q.misconceptions if len(p.response.split(".")[-1]) == 3)
    verdict = answers.check(q, wrong)
    assert verdict.status is Status.MISCONCEPTION and verdict.misconception == "pounds_pence_mixed"


# ------------------------------------------------------------------------------------- calculating with measures


@pytest.mark.parametrize("level", [1, 2, 3])
def test_measure_sums_agree_with_the_prompt(level):
    for q in _questions("measures.calculate_with_measures", level, "fluency"):
        left, right = re.search(r"Work out (.+?) ([+−]) (.+?)\. Give", q.prompt).group(1, 3)
        op = re.search(r"Work out .+? ([+−]) ", q.prompt)[1]
        total = _amount(left) + _amount(right) if op == "+" else _amount(left) - _amount(right)
        assert isinstance(q.answer, Measure)
        assert q.answer.numeric() * SIZE[q.answer.unit] == total, q.prompt


def test_calculation_levels_mix_units_from_level_two():
    def units(level):
        questions = _questions("measures.calculate_with_measures", level, "fluency")
        return [{u for _, u in AMOUNT.findall(q.prompt.split(". Give")[0])} for q in questions]

    assert all(len(found) == 1 for found in units(1))  # one unit: 345 ml + 230 ml
    assert all(len(found) == 2 for found in units(2))  # a larger and a smaller unit: 1.2 kg + 350 g
    assert all(len(found) == 2 for found in units(3))


def test_two_step_measures_take_the_pieces_from_the_whole():
    seen = set()
    for level in (1, 2, 3):
        for q in _questions("measures.calculate_with_measures", level, "two_step_word_problem"):
            if "left?" in q.prompt:  # pieces taken from a whole: × then −
                whole = _amount(re.search(r"(\d[\d.]* (?:l|kg|m))\b", q.prompt)[1])
                count, each = re.search(r"(\d+) \w+ of (\d+ (?:ml|g|cm)) each", q.prompt).groups()
                assert q.answer.numeric() * SIZE[q.answer.unit] == whole - int(count) * _amount(each), q.prompt
                seen.add("left")
            elif "cups" in q.prompt:  # bottles poured into cups: × then ÷
                bottles, bottle, cup = re.search(
                    r"pours (\d+) bottles of lemonade, each holding (\S+ m?l), into cups that hold (\d+ ml)", q.prompt
                ).groups()
                assert q.answer.numeric() == int(bottles) * _amount(bottle) / _amount(cup), q.prompt
                seen.add("cups")
            else:  # a price per 100 g, then the change from a note: ÷, × then −
                price, grams, note = re.search(
                    r"costs (\S+) per 100 g\. \w+ buys (\d+) g .* a (£\d+) note", q.prompt
                ).groups()
                cost = Fraction(_pence(price) * int(grams), 100)
                assert q.answer.numeric() == _pence(note) - cost, q.prompt
                seen.add("per 100 g")
    assert seen == {"left", "cups", "per 100 g"}


# --------------------------------------------------------------------------------------------------- imperial


@pytest.mark.parametrize("level", [1, 2, 3])
def test_imperial_prompts_state_the_approximation_and_use_it(level):
    checked = 0
    for q in _questions("measures.imperial_units", level):
        fact = re.search(r"Use ([\d.]+) (\w+) ≈ ([\d.]+) (\w+)\.", q.prompt)
        assert fact, q.prompt
        if q.style not in ("fluency", "word_problem", "missing_number"):
            continue
        imperial, name_, metric, unit = _number(fact[1]), fact[2], _number(fact[3]), fact[4]
        if name_ in SIZE:  # said metric first, the way it is used by multiplying: 1 kg ≈ 2.2 pounds
            imperial, name_, metric, unit = metric, unit, imperial, name_
        stem = name_ if name_.endswith("s") else {"inch": "inches", "foot": "feet"}.get(name_, name_ + "s")
        amounts = [a for a in re.findall(rf"([\d.]+) ({stem}|{unit})\b", q.prompt) if a[0] not in (fact[1], fact[3])]
        given, given_unit = amounts[0] if amounts else (None, None)
        if given is None:
            continue
        if given_unit == unit:
            expected = _number(given) / metric * imperial
        else:
            expected = _number(given) / imperial * metric
        assert q.answer.numeric() == expected, q.prompt
        checked += 1
    assert checked >= 40


def test_miles_and_kilometres_at_greater_depth():
    miles = [q for q in _questions("measures.imperial_units", 3, "fluency") if "5 miles ≈ 8 km" in q.prompt]
    assert miles
    for q in miles:
        given = _number(re.search(r"is ([\d.,]+) (?:miles|km)\?", q.prompt)[1])
        expected = given * 8 / 5 if q.prompt.rstrip("?").endswith("miles") else given * 5 / 8
        assert q.answer.numeric() == expected, q.prompt


def test_true_or_false_imperial_is_marked_from_the_numbers():
    for q in _questions("measures.imperial_units", 2, "true_or_false"):
        assert isinstance(q.answer, TrueFalse)
        assert q.check.endswith(re.search(r"is about ([\d.,]+)", q.prompt)[1])


# ------------------------------------------------------------------------------------------------- pictures


def _unknown_value(line: DoubleNumberLine) -> Fraction:
    """The value the '?' on a double number line stands for, from the line's own ratio."""
    ratio = line.ratio
    for top, bottom in zip(line.top, line.bottom, strict=True):
        if top == "?":
            return Fraction(bottom) / ratio
        if bottom == "?":
            return Fraction(top) * ratio
    raise AssertionError("no '?' on the line")


def _bar_unknown(bar: BarModel) -> Fraction:
    """What the one '?' in a bar model stands for: the sum of the parts, or what the whole leaves."""
    if bar.whole == "?":
        return sum(Fraction(p) for p in bar.parts)
    known = [Fraction(p) for p in bar.parts if p != "?"]
    assert list(bar.parts).count("?") == 1
    return Fraction(bar.whole) - sum(known)


@pytest.mark.parametrize(
    "topic", ["measures.convert_units", "measures.imperial_units", "measures.calculate_with_measures"]
)
@pytest.mark.parametrize("level", [1, 2, 3])
def test_the_question_mark_in_the_picture_stands_for_the_answer(topic, level):
    checked = 0
    for style in ("fluency", "missing_number"):
        for q in _questions(topic, level, style, seeds=range(60)):
            if q.diagram is None or not isinstance(
                q.answer, Measure | answers.kinds.WholeNumber | answers.kinds.DecimalNumber
            ):
                continue
            value = _unknown_value(q.diagram) if isinstance(q.diagram, DoubleNumberLine) else _bar_unknown(q.diagram)
            assert value == Fraction(q.answer.value), (q.prompt, q.diagram.describe())
            checked += 1
    assert checked >= 60


@pytest.mark.parametrize("level", [1, 2])
def test_money_pictures_are_bar_models_in_pounds_whose_question_mark_is_the_answer(level):
    for style in ("missing_number", "word_problem", "two_step_word_problem"):
        for q in _questions("measures.money_problems", level, style, seeds=range(60)):
            assert isinstance(q.diagram, BarModel) and q.diagram.unit == "£", q.prompt
            if isinstance(q.answer, Money):
                assert _bar_unknown(q.diagram) == q.answer.pence, q.prompt


def test_compare_pictures_put_the_question_mark_on_the_conversion_not_on_the_answer():
    for q in _questions("measures.compare_measures", 2, "compare", seeds=range(60)):
        line = q.diagram
        if line is None:
            continue
        assert isinstance(line, DoubleNumberLine)
        (given,) = [t for t, b in zip(line.top, line.bottom, strict=True) if b == "?"]
        # the larger-unit amount in the prompt is the one the line converts
        assert str(given) in q.prompt, (q.prompt, line.describe())
