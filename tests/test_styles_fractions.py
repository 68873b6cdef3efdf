"""Reasoning styles of fractions, decimals, percentages and ratio: keys by an independent calculation, verdicts that
match the generalisation, and level 3 items that differ in kind."""

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.model import Spec

SEEDS = range(60)
STYLES = [
    ("fractions.equivalent_fractions", "same_different"),
    ("fractions.equivalent_fractions", "explain"),
    ("fractions.mixed_improper", "same_different"),
    ("fractions.mixed_improper", "odd_one_out"),
    ("fractions.multiply_fractions", "always_sometimes_never"),
    ("fractions.add_subtract_fractions", "explain"),
    ("fractions.fractions_of_amounts", "explain"),
    ("decimals.decimal_fraction_equivalents", "same_different"),
    ("decimals.multiply_decimals_by_whole", "always_sometimes_never"),
    ("decimals.round_decimals", "explain"),
    ("percentages.percentage_of_amount", "always_sometimes_never"),
    ("percentages.fdp_equivalents", "explain"),
    ("ratio.scaling", "explain"),
    ("ratio.scaling", "odd_one_out"),
]


def items(topic, style, level):
    return [registry.generate(Spec(topic, level, seed, style=style)) for seed in SEEDS]


def value(text):
    """A number as written: 7, 0.35, 3/4, 2 1/3."""
    text = text.strip()
    if m := re.fullmatch(r"(\d+) (\d+)/(\d+)", text):
        return int(m[1]) + Fraction(int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d+)/(\d+)", text):
        return Fraction(int(m[1]), int(m[2]))
    return Fraction(Decimal(text))


def pair(prompt):
    return [value(x) for x in prompt.split("about ", 1)[1].split("?")[0].split(" and ")]


def claim(prompt):
    return prompt.split("“", 1)[1].split("”")[0]


def key(question):
    return question.answer.format()


@pytest.mark.parametrize(("topic", "style"), STYLES)
def test_every_level_is_clean_and_listed(topic, style):
    assert style in registry.get(topic).styles
    for level in (1, 2, 3):
        for question in items(topic, style, level)[:30]:
            found = inspect(topic, question.item)
            assert found.clean and found.in_words == 0, found.describe()
            assert question.item.style == style


@pytest.mark.parametrize(
    "topic", ["fractions.equivalent_fractions", "fractions.mixed_improper", "decimals.decimal_fraction_equivalents"]
)
def test_same_different_is_keyed_by_the_values(topic):
    for level in (1, 2, 3):
        for question in items(topic, "same_different", level):
            first, second = pair(question.prompt)
            assert key(question).startswith("The same value") == (first == second), question.prompt


def test_level_3_equivalent_fractions_show_neither_in_its_simplest_form():
    for question in items("fractions.equivalent_fractions", "same_different", 3):
        fractions = re.findall(r"(\d+)/(\d+)", question.prompt.split("?")[0])
        assert all(math.gcd(int(n), int(d)) > 1 for n, d in fractions[:1]), question.prompt


def test_level_3_mixed_numbers_are_compared_in_other_parts():
    for question in items("fractions.mixed_improper", "same_different", 3):
        dens = [int(d) for d in re.findall(r"/(\d+)", question.prompt.split("?")[0])]
        assert dens[0] != dens[1], question.prompt


def test_odd_one_out_is_the_only_different_value():
    for topic in ("fractions.mixed_improper", "ratio.scaling"):
        for level in (1, 2, 3):
            for question in items(topic, "odd_one_out", level):
                options = question.answer.options
                if topic == "ratio.scaling":
                    values = [Fraction(*map(int, re.findall(r"\d+", o))) for o in options]
                else:
                    values = [sum(value(part) for part in o.split(" + ")) for o in options]
                odd = [i for i, v in enumerate(values) if values.count(v) == 1]
                assert odd == [question.answer.correct], (question.prompt, values)


def _asn(question):
    return question.answer.options[question.answer.correct]


def test_multiplying_fractions_verdicts_are_the_generalisations():
    proper = [Fraction(n, d) for d in range(2, 13) for n in range(1, d)]
    always_smaller = all(a * b < min(a, b) for a in proper for b in proper)
    assert always_smaller
    expected = {1: "never", 2: "sometimes", 3: "always"}
    for level in (1, 2, 3):
        for question in items("fractions.multiply_fractions", "always_sometimes_never", level):
            assert _asn(question) == expected[level], question.prompt
            if level < 3:
                assert any(p.misconception == "multiplying_makes_bigger" for p in question.item.misconceptions)


def test_multiplying_decimals_verdicts_are_the_generalisations():
    two_places = [Decimal(n) / 100 for n in range(101, 2000) if n % 10]
    kept = [
        len(str(d * m).rstrip("0").split(".")[-1]) == 2 if "." in str(d * m).rstrip("0") else False
        for d in two_places[:200]
        for m in range(2, 10)
    ]
    assert any(kept) and not all(kept)  # sometimes
    tenths = all((Decimal(n) / 10 * 10 * m) % 1 == 0 for n in range(1, 400) for m in range(1, 10))
    assert tenths  # always
    for level in (1, 2, 3):
        for question in items("decimals.multiply_decimals_by_whole", "always_sometimes_never", level):
            if level == 1:
                assert _asn(question) == "never"
            elif level == 2 or "two decimal places" in question.prompt:
                assert _asn(question) == "sometimes", question.prompt
            else:
                assert "multiple of 10" in question.prompt and _asn(question) == "always"


def test_percentage_verdicts_are_the_generalisations():
    for level in (1, 2, 3):
        for question in items("percentages.percentage_of_amount", "always_sometimes_never", level):
            verdict = _asn(question)
            if level == 1:
                assert verdict == "always" and all(Fraction(10 * a, 100) == Fraction(a, 10) for a in range(1, 500))
            elif level == 2:
                p = int(re.search(r"find (\d+)%", question.prompt)[1])
                assert verdict == "never" and all(Fraction(p * a, 100) != Fraction(a, p) for a in range(1, 500))
            elif "per cent of" in question.prompt:
                assert verdict == "always"
            else:
                assert verdict == "sometimes"


def _round(x, places):
    return Fraction(Decimal(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def test_explain_claims_are_judged_right():
    for level in (1, 2, 3):
        for question in items("fractions.equivalent_fractions", "explain", level):
            said = claim(question.prompt)
            if m := re.match(r"(\d+)/(\d+) = (\d+)/(\d+)", said):
                truth = Fraction(int(m[1]), int(m[2])) == Fraction(int(m[3]), int(m[4]))
            elif m := re.match(r"The simplest form of (\d+)/(\d+) is (\d+)/(\d+)", said):
                truth = (
                    Fraction(int(m[1]), int(m[2])) == Fraction(int(m[3]), int(m[4]))
                    and math.gcd(int(m[3]), int(m[4])) == 1
                )
            else:
                m = re.search(r"so (\d+)/(\d+) is its simplest form", said)
                truth = math.gcd(int(m[1]), int(m[2])) == 1
            assert question.answer.value is truth, said
        for question in items("fractions.add_subtract_fractions", "explain", level):
            left, right = claim(question.prompt).split(" = ")
            a, b = left.split(" + ")
            assert question.answer.value is (value(a) + value(b) == value(right)), claim(question.prompt)
        for question in items("fractions.fractions_of_amounts", "explain", level):
            said = claim(question.prompt)
            found = [(Fraction(int(n), int(d)), int(a)) for n, d, a in re.findall(r"(\d+)/(\d+) of (\d+)", said)]
            if level == 3:
                (f1, a1), (f2, a2) = found[-2:]
                truth = f1 * a1 > f2 * a2
            else:
                (f, a), said_value = found[0], int(re.search(r" is (\d+)\.", said)[1])
                truth = f * a == said_value
            assert question.answer.value is truth, said
        for question in items("decimals.round_decimals", "explain", level):
            said = claim(question.prompt)
            if m := re.match(r"([\d.]+) rounded to (the nearest whole number|1 decimal place) is ([\d.]+)\.", said):
                places = 0 if "whole" in m[2] else 1
                truth = _round(m[1], places) == Fraction(Decimal(m[3]))
            elif m := re.search(r"rounds to ([\d.]+) to 1 decimal place is ([\d.]+)\.", said):
                truth = Fraction(Decimal(m[2])) == Fraction(Decimal(m[1])) - Fraction(5, 100)
            else:
                truth = False  # 4.25 rounds to 4.3 and is less than it
            assert question.answer.value is truth, said
        for question in items("percentages.fdp_equivalents", "explain", level):
            said = claim(question.prompt)
            n, d = map(int, re.match(r"(\d+)/(\d+)", said).groups())
            if m := re.search(r"more than (\d+)%", said):
                truth = Fraction(n * 100, d) > int(m[1])
            elif said.endswith("%"):
                truth = Fraction(n * 100, d) == Fraction(Decimal(said.split("= ")[1][:-1]))
            else:
                truth = Fraction(n, d) == Fraction(Decimal(said.split("= ")[1]))
            assert question.answer.value is truth, said
        for question in items("ratio.scaling", "explain", level):
            said = claim(question.prompt)
            before, amount = map(int, re.search(r"for (\d+) people uses (\d+)", said).groups())
            after = int(re.findall(r"for (\d+) people", said, flags=re.I)[1])
            if m := re.search(r"multiply every amount by ([\d./ ]+)\.", said):
                truth = value(m[1]) == Fraction(after, before)
            else:
                need = int(re.search(r"I need (\d+)", said)[1])
                truth = Fraction(amount * after, before) == need
            assert question.answer.value is truth, said
