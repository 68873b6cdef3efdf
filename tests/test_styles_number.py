"""Reasoning styles in number and algebra (#15): keys by an independent calculation, verdicts from witnesses."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from ks2practice.answers.kinds import Choice, TrueFalse
from ks2practice.content.pitch import breaches
from ks2practice.core import registry
from ks2practice.core.model import Spec

SEEDS = range(60)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _items(topic_id: str, style: str, level: int, seeds=SEEDS):
    return [registry.generate(Spec(topic_id, level, s, style=style)) for s in seeds]


def _num(text: str) -> int:
    return int(text.replace(",", "").replace("−", "-"))


def _round(n: int, place: int) -> int:
    """Rounding by Decimal's half-up rule: an oracle apart from the topic's own round_to."""
    return int((Decimal(n) / place).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * place


def _key(q) -> str:
    return q.answer.options[q.answer.correct]


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@pytest.mark.parametrize("level", [1, 2, 3])
def test_rounding_odd_one_out_is_the_only_number_that_rounds_elsewhere(level: int) -> None:
    for q in _items("number.rounding", "odd_one_out", level):
        target, place = (_num(x) for x in re.search(r"round to ([\d,]+) .* nearest ([\d,]+)\?", q.prompt).groups())
        odd = [o for o in q.answer.options if _round(_num(o), place) != target]
        assert odd == [_key(q)], q.prompt


@pytest.mark.parametrize("level", [1, 2, 3])
def test_rounding_same_different_key_names_what_each_rounds_to(level: int) -> None:
    for q in _items("number.rounding", "same_different", level):
        a, b, place = (
            _num(x)
            for x in re.search(r"about ([\d,]+) and ([\d,]+), rounded to the nearest ([\d,]+)", q.prompt).groups()
        )
        key = _key(q)
        if level == 3:  # greater depth: 1 apart, either side of halfway, so they round to different multiples
            assert b - a == 1 and _round(a, place) != _round(b, place)
        else:
            assert _round(a, place) == _round(b, place) and a < _round(a, place) < b
        assert f"{_round(b, place):,}".replace(",", "") in key.replace(",", "")


def test_rounding_explain_key_is_the_claims_truth() -> None:
    for level in (1, 2):
        for q in _items("number.rounding", "explain", level):
            n, place, claim = (
                _num(x) for x in re.search(r"“([\d,]+) rounded to the nearest ([\d,]+) is ([\d,]+)", q.prompt).groups()
            )
            assert q.answer.value is (_round(n, place) == claim), q.prompt
    for q in _items("number.rounding", "explain", 3):  # greater depth: the edge of the rounding interval
        which, target, place, claim = re.search(
            r"The (smallest|largest) whole number that rounds to ([\d,]+) to the "
            r"nearest ([\d,]+) is ([\d,]+)",
            q.prompt,
        ).groups()
        target, place, claim = _num(target), _num(place), _num(claim)
        span = [n for n in range(target - place, target + place) if _round(n, place) == target]
        assert q.answer.value is (claim == (span[0] if which == "smallest" else span[-1])), q.prompt


@pytest.mark.parametrize(
    ("topic_id", "level"),
    [("number.rounding", lv) for lv in (1, 2, 3)]
    + [("number.negative_numbers", lv) for lv in (1, 2, 3)]
    + [("algebra.sequences", lv) for lv in (1, 2, 3)],
)
def test_the_verdict_matches_the_witnesses(topic_id: str, level: int) -> None:
    for q in _items(topic_id, "always_sometimes_never", level):
        lines = [str(line) for line in q.solution]
        verdict = _key(q)
        assert f"So the statement is {verdict} true." in lines
        assert ("But it is false here: " in lines) is (verdict == "sometimes")
        for predicted in q.misconceptions:
            assert predicted.response != verdict


def test_rounding_makes_bigger_is_sometimes_and_predicts_always() -> None:
    for q in _items("number.rounding", "always_sometimes_never", 1):
        assert "makes it bigger" in q.prompt and _key(q) == "sometimes"
        assert [p.response for p in q.misconceptions] == ["always"]


def test_sequences_doubling_claim_is_greater_depth() -> None:
    for q in _items("algebra.sequences", "always_sometimes_never", 3):
        assert "is double the" in q.prompt and _key(q) == "sometimes"
    for q in _items("algebra.sequences", "always_sometimes_never", 1):
        assert "is double the" not in q.prompt


@pytest.mark.parametrize("level", [1, 2, 3])
def test_sequence_odd_one_out_is_not_a_term(level: int) -> None:
    for q in _items("algebra.sequences", "odd_one_out", level):
        shown = [_num(x) for x in re.search(r"sequence (.*?), …", q.prompt).group(1).split(", ")]
        start, step = shown[0], shown[1] - shown[0]
        terms = [o for o in q.answer.options if (_num(o) - start) % step == 0 and (_num(o) - start) // step >= 0]
        assert _key(q) not in terms and len(terms) == len(q.answer.options) - 1, q.prompt


@pytest.mark.parametrize("level", [1, 2, 3])
def test_negative_explain_key_is_the_claims_truth(level: int) -> None:
    for q in _items("number.negative_numbers", "explain", level):
        if level == 1:
            a, b = (_num(x) for x in re.search(r"“(−\d+) is greater than (−\d+)", q.prompt).groups())
            assert q.answer.value is (a > b)
        elif level == 2:
            a, b, rise = (
                _num(x)
                for x in re.search(r"was (−\d+) °C.*was (\d+) °C\. The temperature rose by (\d+)", q.prompt).groups()
            )
            assert q.answer.value is (b - a == rise)
        else:
            a, b = (_num(x) for x in re.search(r"between (−\d+) and (\d+)", q.prompt).groups())
            right = re.search(r"you add (\d+) and (\d+)", q.prompt)
            assert q.answer.value is (right is not None and _num(right[1]) + _num(right[2]) == b - a)


@pytest.mark.parametrize("level", [1, 2, 3])
def test_negative_same_different_key_is_the_true_statement(level: int) -> None:
    for q in _items("number.negative_numbers", "same_different", level):
        key = _key(q)
        if level == 1:
            a, b = (_num(x) for x in re.search(r"about (−\d+) and (−\d+)\?", q.prompt).groups())
            assert f"{max(a, b)}".replace("-", "−") + " is greater" in key
        else:
            nums = [_num(x) for x in re.findall(r"−?\d+", q.prompt.split("?")[0])]
            gap = nums[1] - nums[0]
            assert f"{gap}" in key and nums[3] - nums[2] == gap


@pytest.mark.parametrize("level", [1, 2, 3])
def test_roman_explain_key_by_an_independent_reading(level: int) -> None:
    for q in _items("number.roman_numerals", "explain", level):
        assert isinstance(q.answer, TrueFalse)
        if level == 1:
            numeral, claim = re.search(r"“([IVXLCDM]+) is (\d+)\.", q.prompt).groups()
            assert q.answer.value is (_roman(numeral) == int(claim))
        elif level == 2:
            longer, shorter = re.search(r"“([IVXLCDM]+) is bigger than ([IVXLCDM]+)", q.prompt).groups()
            assert len(longer) > len(shorter) and q.answer.value is (_roman(longer) > _roman(shorter))
        else:
            first, years, second = re.search(
                r"has ([IVXLCDM]+) carved.* built (\d+) years before ([IVXLCDM]+)", q.prompt
            ).groups()
            assert q.answer.value is (_roman(second) - _roman(first) == int(years))


def test_formulae_explain_level_3_is_a_generalisation_about_doubling() -> None:
    for q in _items("algebra.formulae", "explain", 3):
        assert "double" in q.prompt or "twice" in q.prompt
        if q.answer.value is False:
            assert any(p.misconception == "fixed_part_doubled" for p in q.misconceptions)


def test_formulae_keep_ks2_division_by_whole_numbers() -> None:
    for style in ("missing_number", "word_problem"):
        for q in _items("algebra.formulae", style, 3, range(200)):
            assert not [b for b in breaches(q, ("6A2",), 3) if "divides by a decimal" in b], q.prompt


def test_new_styles_are_offered_and_choice_keys_are_options() -> None:
    wanted = {
        "number.rounding": {"same_different", "always_sometimes_never", "explain", "odd_one_out"},
        "number.negative_numbers": {"same_different", "always_sometimes_never", "explain"},
        "number.roman_numerals": {"explain"},
        "algebra.sequences": {"always_sometimes_never", "odd_one_out"},
        "algebra.formulae": {"explain"},
    }
    for topic_id, styles in wanted.items():
        assert styles <= set(registry.get(topic_id).styles)
        for style in styles - {"explain"}:
            q = registry.generate(Spec(topic_id, 2, 0, style=style))
            assert isinstance(q.answer, Choice)
