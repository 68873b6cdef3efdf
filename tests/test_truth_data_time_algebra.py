"""Truth by construction for statistics, time and algebra: every step is data, every prediction a mechanism's."""

import re
from fractions import Fraction

import pytest

from ks2practice.content import misconceptions as mis
from ks2practice.content.gates import inspect
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.core.steps import Step

TOPICS = (
    "statistics.bar_charts",
    "statistics.line_graphs",
    "statistics.mean",
    "statistics.pictograms",
    "statistics.pie_charts",
    "time.durations",
    "time.read_clocks",
    "time.time_units",
    "time.twelve_24_hour",
    "algebra.formulae",
    "algebra.missing_numbers_algebraically",
    "algebra.sequences",
    "algebra.two_unknowns",
)
SEEDS = 200


def _items(topic_id, seeds=SEEDS, styles=None):
    entry = registry.get(topic_id)
    for level in entry.levels:
        for style in styles or entry.styles:
            for seed in range(seeds):
                yield registry.generate(Spec(entry.id, level, seed, style=style))


@pytest.mark.parametrize("topic_id", TOPICS)
def test_every_relation_is_step_data_and_true_and_every_prediction_a_mechanism(topic_id):
    # With the (id, value) pairs refused, a topic that still wrote one raises here.
    for question in _items(topic_id):
        found = inspect(topic_id, question.item)
        assert found.in_words == 0, (question.spec.code, question.item.solution)
        assert found.clean, found.describe()


def _solution_text(question):
    return " ".join(question.item.solution)


@pytest.mark.parametrize("topic_id", TOPICS)
def test_no_plural_after_one(topic_id):
    # "1 symbols", "1 days", "1 pupils": a number one is followed by a singular noun.
    wrong = re.compile(r"(?<![\d.,/])1 (symbols|days|weeks|years|months|pupils|children|hours|minutes)\b")
    for question in _items(topic_id, seeds=60):
        for text in (question.prompt, _solution_text(question)):
            assert not wrong.search(text), (question.spec.code, text)


def test_the_hidden_value_of_a_mean_is_never_zero():
    for question in _items("statistics.mean", styles=("missing_number",)):
        assert question.answer.value != 0, question.spec.code


def test_goals_in_a_match_are_believable():
    for question in _items("statistics.mean"):
        if "goals" in question.prompt or "Goals" in str(question.item.diagram):
            numbers = [int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", question.item.diagram.describe())]
            cells = numbers[numbers.index(1) :] if 1 in numbers else numbers
            assert max(cells) <= 6 or question.item.style == "two_step_word_problem", question.spec.code


def test_mean_missing_value_prediction_is_the_wrong_count_on_the_items_numbers():
    seen = 0
    for question in _items("statistics.mean", styles=("missing_number",), seeds=40):
        for predicted in question.item.misconceptions:
            if predicted.misconception == "mean_wrong_count":
                mean = Fraction(re.search(r"The mean of all (\d+) values is ([\d.]+)", question.prompt).group(2))
                n = int(re.search(r"The mean of all (\d+) values", question.prompt).group(1))
                assert f"× {n - 1}" in predicted.feedback and f"all {n} values" in predicted.feedback
                assert str(mean) in predicted.feedback
                seen += 1
    assert seen


def test_bar_chart_spot_the_mistake_tells_the_mistake_that_gave_the_wrong_reading():
    for question in _items("statistics.bar_charts", styles=("spot_the_mistake",)):
        wrong = re.search(r"shows (\d+) for", question.prompt).group(1)
        story = question.item.solution[0]
        assert isinstance(story, Step) and wrong in story
        assert all(p.response == wrong for p in question.item.misconceptions)
        if re.search(r"gridlines? as 1\b", story):  # "1 gridline as 1", "8 gridlines as 1 each"
            assert {p.misconception for p in question.item.misconceptions} <= {"scale_read_as_one"}
        else:
            assert {p.misconception for p in question.item.misconceptions} <= {"between_gridlines_lower"}


def test_pie_chart_explain_never_keys_a_sector_size_reason_as_true():
    for question in _items("statistics.pie_charts", styles=("explain",)):
        if "its part of the pie is bigger" in question.prompt:
            assert question.answer.value is False, question.spec.code


def test_clock_subtraction_feedback_is_about_the_items_own_times():
    seen = 0
    for question in _items("time.durations", styles=("spot_the_mistake", "fluency"), seeds=60):
        for predicted in question.item.misconceptions:
            if predicted.misconception == "clock_subtraction":
                start, end = re.findall(r"from (\d\d:\d\d) to (\d\d:\d\d)", predicted.feedback)[0]
                minutes = int(re.search(r"is (\d+) minutes", predicted.feedback).group(1))
                (h1, m1), (h2, m2) = (map(int, t.split(":")) for t in (start, end))
                assert (h2 * 60 + m2) - (h1 * 60 + m1) == minutes == question.answer.numeric()
                seen += 1
    assert seen


def test_hours_and_minutes_as_a_decimal_is_its_own_mistake_on_the_items_numbers():
    seen = 0
    for question in _items("time.time_units", styles=("true_or_false",), seeds=120):
        for predicted in question.item.misconceptions:
            if predicted.misconception == "hours_minutes_as_decimal":
                hours, minutes = re.search(r"(\d+) hours? (\d+) minutes =", question.prompt).groups()
                assert f"They wrote {hours} h {minutes} min as " in predicted.feedback
                seen += 1
    assert seen


def test_hour_as_hundred_minutes_says_the_items_numbers():
    said = mis.hour_as_hundred_minutes.feedback_for(2, 15)
    assert "215" in said and "2 × 60 + 15 = 135" in said
    assert mis.hour_as_hundred_minutes.feedback_for(3, 0).startswith("They took 3 h as 300 minutes")


def test_formula_spot_the_mistake_works_the_mistake_that_gave_the_wrong_result():
    for question in _items("algebra.formulae", styles=("spot_the_mistake",), seeds=80):
        shown = re.search(r"got (£?[\d.]+p?)", question.prompt).group(1).rstrip(".")
        story = question.item.solution[1]
        assert isinstance(story, Step) and story.relations
        assert re.search(rf"\b{re.escape(shown.strip('£p'))}\b", story), (question.spec.code, story)
        number = Fraction(shown.strip("£p"))
        assert all(Fraction(p.response.split()[0].strip("£p")) == number for p in question.item.misconceptions)
        assert len(question.item.misconceptions) <= 1


def test_algebra_spot_the_mistake_puts_the_wrong_value_back_in():
    for question in _items("algebra.missing_numbers_algebraically", styles=("spot_the_mistake",), seeds=80):
        wrong = re.search(r"got [a-z] = (\d+)", question.prompt).group(1)
        first = question.item.solution[0]
        assert isinstance(first, Step) and f"= {wrong} back in" in first and "≠" in first
        assert [p.response for p in question.item.misconceptions] in ([wrong], [])
