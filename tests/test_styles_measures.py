"""The #15 reasoning styles in measures, time and statistics: keys by an independent calculation, verdicts read from
the witnesses, and greater-depth items that differ in kind."""

import re
from fractions import Fraction

import pytest

from ks2practice.core import notation, registry
from ks2practice.core.model import Level, Spec

SEEDS = range(30)
NEW = [
    ("measures.convert_units", "same_different"),
    ("measures.convert_units", "always_sometimes_never"),
    ("measures.convert_units", "explain"),
    ("measures.convert_units", "odd_one_out"),
    ("statistics.mean", "same_different"),
    ("statistics.mean", "always_sometimes_never"),
    ("statistics.mean", "explain"),
    ("statistics.bar_charts", "explain"),
    ("time.durations", "explain"),
    ("time.twelve_24_hour", "odd_one_out"),
]
# how many of the smaller unit make one of the bigger (written out here, not read from the package)
FACTOR = {("m", "cm"): 100, ("m", "mm"): 1000, ("cm", "mm"): 10, ("km", "m"): 1000, ("kg", "g"): 1000}
FACTOR |= {("l", "ml"): 1000}
NUMBER = r"(\d[\d,]*(?:\.\d+)?)"


def _num(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _items(topic: str, style: str, level: Level):
    return [registry.generate(Spec(topic, level, seed, style=style)) for seed in SEEDS]


def _key(question) -> object:
    answer = question.answer
    return answer.options[answer.correct] if hasattr(answer, "options") else answer.value


@pytest.mark.parametrize(("topic", "style"), NEW)
def test_every_new_style_is_offered_and_its_check_confirms_the_key(topic, style):
    assert style in registry.get(topic).styles
    for level in Level:
        for question in _items(topic, style, level):
            truth = notation.evaluate(question.check)
            expected = question.answer.value if style == "explain" else True
            assert truth is expected, (question.spec.code, question.prompt, question.check)


@pytest.mark.parametrize("topic", ["measures.convert_units", "statistics.mean"])
def test_the_verdict_matches_the_witnesses(topic):
    for level in Level:
        for question in _items(topic, "always_sometimes_never", level):
            text = " ".join(map(str, question.solution))
            holds, fails = "true here" in text or "For example" in text, "false here" in text
            verdict = _key(question)
            assert verdict == ("sometimes" if "false here" in text else "always"), question.prompt
            assert holds and (fails == (verdict == "sometimes"))
            if topic == "statistics.mean" and level != Level.GREATER_DEPTH:
                assert verdict == "sometimes"  # the mean is one of the values: sometimes
            if topic == "measures.convert_units":
                assert verdict == "always"  # a smaller unit gives a bigger number: always, with a reason
                assert "multiply by 10, 100 or 1000" in text


def test_a_conversion_claim_is_judged_by_the_factor():
    for level in (Level.WORKING_TOWARDS, Level.EXPECTED):
        for question in _items("measures.convert_units", "explain", level):
            value, big, claim, small = re.search(rf"“{NUMBER} (\w+) = {NUMBER} (\w+)\.”", question.prompt).groups()
            right = _num(value) * FACTOR[(big, small)]
            assert question.answer.value is (right == _num(claim)), question.prompt


def test_a_mixed_measure_claim_needs_its_zero_place():
    seen = set()
    for question in _items("measures.convert_units", "explain", Level.GREATER_DEPTH):
        whole, big, part, small, claim = re.search(
            rf"“(\d+) (\w+) (\d+) (\w+) = {NUMBER} \w+\.”", question.prompt
        ).groups()
        right = int(whole) + Fraction(int(part), FACTOR[(big, small)])
        assert question.answer.value is (right == _num(claim)), question.prompt
        seen.add(question.answer.value)
    assert seen == {True, False}


def test_the_odd_conversion_is_the_only_wrong_one():
    for level in Level:
        for question in _items("measures.convert_units", "odd_one_out", level):
            wrong = []
            for option in question.answer.options:
                a, ua, b, ub = re.fullmatch(rf"{NUMBER} (\w+) is {NUMBER} (\w+)", option).groups()
                if (ua, ub) in FACTOR:
                    ok = _num(a) * FACTOR[(ua, ub)] == _num(b)
                else:
                    ok = _num(b) * FACTOR[(ub, ua)] == _num(a)
                if not ok:
                    wrong.append(option)
            assert wrong == [_key(question)], question.prompt


def test_a_mean_claim_is_judged_by_sharing_the_total():
    for level in (Level.WORKING_TOWARDS, Level.EXPECTED):
        for question in _items("statistics.mean", "explain", level):
            listed, claim = re.search(rf"The mean of ([\d, and]+) is {NUMBER}\.", question.prompt).groups()
            values = [int(v) for v in re.findall(r"\d+", listed)]
            assert question.answer.value is (Fraction(sum(values), len(values)) == _num(claim)), question.prompt


def _minutes(text: str) -> int:
    """A time written any of the ways the items write one, to minutes after midnight (worked out here)."""
    if m := re.fullmatch(r"(\d{2}):(\d{2})", text):
        return int(m[1]) * 60 + int(m[2])
    if m := re.fullmatch(r"(\d{1,2}):(\d{2}) (am|pm)", text):
        return (int(m[1]) % 12 + (12 if m[3] == "pm" else 0)) * 60 + int(m[2])
    if m := re.fullmatch(r"(\d+) minutes? after (midnight|noon)", text):
        return (0 if m[2] == "midnight" else 720) + int(m[1])
    words = ["twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    amounts = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty-five": 25, "half": 30}
    m = re.fullmatch(r"(.+?) (past|to) (\w+) in the (afternoon|evening)|(\w+) o'clock in the (afternoon|evening)", text)
    if m[5]:
        return (words.index(m[5]) + 12) * 60
    amount = amounts.get(m[1]) or int(m[1].split()[0])
    hour = words.index(m[3]) + 12
    return hour * 60 + amount if m[2] == "past" else hour * 60 - amount


def test_the_odd_time_is_the_only_different_time():
    for level in Level:
        for question in _items("time.twelve_24_hour", "odd_one_out", level):
            times = {option: _minutes(option) for option in question.answer.options}
            odd = [o for o, t in times.items() if list(times.values()).count(t) == 1]
            assert odd == [_key(question)], (question.prompt, times)


def test_a_decimal_of_hours_is_sixtieths_not_hundredths():
    for question in _items("time.durations", "explain", Level.GREATER_DEPTH):
        hours, minutes, claim = re.search(
            rf"takes (\d+) hours? (\d+) minutes, so it is {NUMBER} hours", question.prompt
        ).groups()
        assert question.answer.value is (int(hours) + Fraction(int(minutes), 60) == _num(claim)), question.prompt


def test_level_three_differs_in_kind():
    def prompts(topic, style, level):
        return [q.prompt for q in _items(topic, style, level)]

    mixed = re.compile(r"\d+ (kg|m|l|km) \d+ (g|cm|ml|mm|m)\b")
    assert all(mixed.search(p) for p in prompts("measures.convert_units", "same_different", Level.GREATER_DEPTH))
    assert not any(mixed.search(p) for p in prompts("measures.convert_units", "same_different", Level.EXPECTED))
    assert all("two steps smaller" in p for p in prompts("measures.convert_units", "always_sometimes_never", 3))
    assert all("goes up by" in p for p in prompts("statistics.mean", "always_sometimes_never", Level.GREATER_DEPTH))
    assert all("without the 0" in p for p in prompts("statistics.mean", "explain", Level.GREATER_DEPTH))
    assert all("half of the total" in p for p in prompts("statistics.bar_charts", "explain", Level.GREATER_DEPTH))
    assert all("hours." in p for p in prompts("time.durations", "explain", Level.GREATER_DEPTH))
    assert all(re.search("midnight|noon", p) for p in prompts("time.twelve_24_hour", "odd_one_out", 3))
    for question in _items("statistics.mean", "same_different", Level.GREATER_DEPTH):
        first, second = question.diagram.rows
        assert len([v for v in first if v != ""]) != len([v for v in second if v != ""])  # lists of two lengths


def test_a_slip_predicts_the_choice_it_makes():
    for question in _items("time.twelve_24_hour", "odd_one_out", Level.EXPECTED):
        for predicted in question.misconceptions:
            assert predicted.response in question.answer.options and predicted.response != _key(question)
    for question in _items("statistics.mean", "always_sometimes_never", Level.EXPECTED):
        assert [(p.misconception, p.response) for p in question.misconceptions] == [("mean_always_a_value", "always")]


def test_a_shared_cost_is_multiplied_added_then_divided():
    shared = 0
    for question in _items("measures.money_problems", "two_step_word_problem", Level.GREATER_DEPTH):
        found = re.search(
            r"and (\d+) friends? buy (\d+) .+? at £([\d.]+) each and .+? for (£[\d.]+|\d+p)\.", question.prompt
        )
        if not found:
            continue
        friends, count, each, other = found.groups()
        other_pence = int(other[:-1]) if other.endswith("p") else round(Fraction(other[1:]) * 100)
        total = int(count) * round(Fraction(each) * 100) + other_pence
        assert question.answer.numeric() * (int(friends) + 1) == total, question.prompt
        shared += 1
    assert shared
