"""Pictures teach, not tell: a bar model never labels what the pupil is asked for, across the registry."""

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures import diagrams as d
from ks2practice.pictures.svg import to_svg

SEEDS = 200
BARS = (d.BarModel, d.ComparisonBarModel)


def _bar_topics() -> list[str]:
    """Topics that offer a bar model, or draw one of their own (a comparison in a word problem)."""
    return [
        t.id
        for t in registry.topics()
        if "bar_model" in t.representations
        or any(isinstance(registry.generate(Spec(t.id, lv, s)).diagram, BARS) for lv in t.levels for s in range(20))
    ]


def _bar_pictures(topic: str):
    """Every bar model the topic draws at 200 seeds: its own choice, and the bar model asked for by name."""
    entry = registry.get(topic)
    for level in entry.levels:
        for seed in range(SEEDS):
            for representation in (None, "bar_model") if "bar_model" in entry.representations else (None,):
                try:
                    question = registry.generate(Spec(topic, level, seed, representation=representation))
                except ValueError:
                    continue  # a bar model does not suit this question
                if isinstance(question.diagram, BARS):
                    yield f"L{int(level)} seed {seed}", question


def given(prompt: str) -> set[Fraction]:
    """The numbers a prompt states (money also in pence), for telling a given label from a worked-out one."""
    found = set()
    for match in re.finditer(r"(£?)(\d[\d,]*(?:\.\d+)?)", prompt):
        value = Fraction(Decimal(match[2].replace(",", "")))
        found |= {value, value * 100} if match[1] or "." in match[2] else {value}
    return found


@pytest.mark.slow
@pytest.mark.parametrize("topic", _bar_topics())
def test_a_bar_model_labels_only_what_the_question_gives(topic):
    """Never the answer (unless the question states that number too); a value worked out on the way only when the
    worked solution states it (1 l written as 1000 ml beside a hint to convert), never one from nowhere."""
    told = []
    for where, question in _bar_pictures(topic):
        stated = given(question.prompt)
        key = question.answer.numeric()
        worked = given(" ".join(map(str, question.solution))) - ({key, key * 100} if key is not None else set())
        extra = [v for v in question.diagram.labels() if Fraction(v) not in stated | worked]
        if extra:
            told.append(f"{where}: {question.prompt[:90]!r} shows {extra}")
    assert not told, f"{len(told)} bar models label numbers the question does not give, e.g. " + "; ".join(told[:3])


def test_ratio_shares_show_the_total_given_and_leave_the_other_share_blank():
    """Issue 16: 'share £15 in the ratio 1 : 4' drew Amir's £12 and no total, a subtraction from the answer."""
    for seed in range(SEEDS):
        try:
            question = registry.generate(
                Spec("ratio.unequal_sharing", 1, seed, representation="bar_model", style="fluency")
            )
        except ValueError:
            continue
        bars = question.diagram
        assert bars.total == sum(bars.bar_sizes) and "?" in bars.values and "" in bars.values, question.prompt


def test_a_total_with_all_but_one_bar_labelled_is_refused():
    with pytest.raises(d.DiagramError, match="blank"):
        d.ComparisonBarModel(("Hana", "Amir"), ("?", 1200), sizes=(300, 1200), total=1500, unit="£")
    with pytest.raises(d.DiagramError, match="add up"):
        d.ComparisonBarModel(("Hana", "Amir"), ("?", ""), sizes=(300, 1200), total=1400)
    with pytest.raises(d.DiagramError, match="not '\\?' too"):
        d.ComparisonBarModel(("Hana", "Amir"), ("?", ""), sizes=(300, 1200), total="?")
    bars = d.ComparisonBarModel(("Hana", "Amir"), ("?", ""), sizes=(300, 1200), total=1500, unit="£")
    assert bars.labels() == (1500,)
    assert "bracketed and labelled £15" in bars.describe()


def test_a_comparison_splits_the_longer_bar_into_the_shorter_and_the_difference():
    bars = d.ComparisonBarModel(("Tom", "Sam"), (45, "?"), sizes=(45, 33), difference=12)
    svg = to_svg(bars)
    assert 'data-split="true"' in svg and 'data-difference-piece="12"' in svg
    assert 'data-split="true"' not in to_svg(d.ComparisonBarModel(("Tom", "Sam"), (45, 33)))


@pytest.mark.slow
def test_long_division_draws_no_counters_chart_of_the_dividend():
    for level in (1, 2, 3):
        for seed in range(SEEDS):
            question = registry.generate(Spec("calculation.long_division", level, seed))
            assert not isinstance(question.diagram, d.PlaceValueChart)
    with pytest.raises(ValueError):
        registry.generate(Spec("calculation.long_division", 1, 0, representation="place_value_chart"))


def test_number_line_values_are_exact():
    assert d.NumberLine.around((Decimal("5.73"), Decimal("5.76"))).step == Decimal("0.01")
