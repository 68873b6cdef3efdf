"""Tests for the statistics topics: every key recomputed from its chart's own data, scales and keys by level."""

import re
from fractions import Fraction

import pytest
from test_topics_time import confirmed, minutes_of, times_in

from ks2practice import answers
from ks2practice.answers.kinds import Measure, TimeOfDay, TrueFalse, WholeNumber
from ks2practice.core import registry
from ks2practice.core.model import Level, Spec, Status
from ks2practice.pictures.diagrams import BarChart, LineGraph, Pictogram, PieChart, Table
from ks2practice.pictures.svg import to_svg

CHARTS = {
    "statistics.pictograms": (Pictogram,),
    "statistics.bar_charts": (BarChart,),
    "statistics.tables_timetables": (Table,),
    "statistics.line_graphs": (LineGraph,),
    "statistics.pie_charts": (PieChart,),
    "statistics.mean": (Table, BarChart),
}
SEEDS = range(150)
CASES = [(topic_id, level) for topic_id in CHARTS for level in Level]


def value(answer) -> Fraction:
    return answer.numeric()


def named(prompt: str, names) -> list[int]:
    """Indexes of the chart's names that appear in the prompt, in the order the prompt says them."""
    found = [
        (prompt.lower().find(n.lower()), i)
        for i, n in enumerate(names)
        if re.search(rf"\b{re.escape(n.lower())}\b", prompt.lower())
    ]
    return [i for _, i in sorted(found)]


@pytest.mark.parametrize(("topic_id", "level"), CASES)
def test_every_statistics_question_carries_its_chart_and_is_sound(topic_id, level):
    entry = registry.get(topic_id)
    seen = set()
    for seed in SEEDS:
        question = registry.generate(Spec(topic_id, level, seed))
        label = f"{question.spec.code}: {question.prompt!r} key {question.answer.format()!r} check {question.check!r}"
        seen.add(question.style)
        assert isinstance(question.diagram, CHARTS[topic_id]), label
        assert to_svg(question.diagram).startswith("<svg"), label
        assert confirmed(question), label
        assert question.answer.format() in question.solution[-1], label
        assert len(question.prompt) <= 400, label
        assert answers.check(question, question.answer.format()).status is Status.CORRECT, label
        for predicted in question.misconceptions:
            assert answers.check(question, predicted.response).status is Status.MISCONCEPTION, f"{predicted}: {label}"
    assert seen == set(entry.styles) and len(entry.styles) >= 4, (topic_id, level, seen)


def test_the_statistics_topics_serve_every_statistics_code():
    codes = {code for topic_id in CHARTS for code in registry.get(topic_id).codes}
    assert {"3S1", "3S2", "4S1", "4S2", "5S1", "5S2", "6S1", "6S3"} <= codes


# ---------------------------------------------------------------------------------------- pictograms


@pytest.mark.parametrize("level", list(Level))
def test_a_pictogram_answer_is_the_count_its_symbols_stand_for(level):
    keys, halves = set(), 0
    for seed in range(100):
        question = registry.generate(Spec("statistics.pictograms", level, seed, style="fluency"))
        chart = question.diagram
        (i,) = named(question.prompt, chart.categories)
        assert question.answer == WholeNumber(chart.counts[i])
        keys.add(chart.key)
        halves += any(chart.symbols(c).denominator == 2 for c in chart.counts)
    assert keys <= {1: {2, 5, 10}, 2: {2, 4, 5, 10}, 3: {4, 6, 8, 20, 50}}[int(level)]
    assert (halves == 0) == (level == Level.WORKING_TOWARDS)


def test_the_missing_pictogram_row_makes_the_total():
    for seed in range(60):
        question = registry.generate(Spec("statistics.pictograms", 2, seed, style="missing_number"))
        total = int(re.search(r"Altogether there are ([\d,]+)", question.prompt)[1].replace(",", ""))
        assert question.answer == WholeNumber(total - sum(question.diagram.counts))
        missing = re.search(r"the row for (.+?) is missing", question.prompt)[1]
        assert missing not in question.diagram.categories


def test_counting_symbols_without_the_key_is_diagnosed():
    for seed in range(100):
        question = registry.generate(Spec("statistics.pictograms", 1, seed, style="fluency"))
        chart = question.diagram
        (i,) = named(question.prompt, chart.categories)
        symbols = chart.counts[i] // chart.key
        assert answers.check(question, str(symbols)).misconception == "pictogram_key_ignored"


# ---------------------------------------------------------------------------------------- bar charts


@pytest.mark.parametrize("level", list(Level))
def test_a_bar_chart_answer_is_the_height_of_the_bar_named(level):
    steps, between = set(), 0
    for seed in range(100):
        question = registry.generate(Spec("statistics.bar_charts", level, seed, style="fluency"))
        chart = question.diagram
        (i,) = named(question.prompt, chart.categories)
        assert value(question.answer) == chart.values[i]
        steps.add(chart.step)
        between += any(v % chart.step for v in chart.values)
    assert steps == {1: {1, 2}, 2: {2, 5, 10}, 3: {20, 25, 50}}[int(level)]
    assert (between == 0) == (level == Level.WORKING_TOWARDS)


def test_bar_chart_differences_and_totals_come_from_the_bars():
    for level in Level:
        for seed in range(40):
            question = registry.generate(Spec("statistics.bar_charts", level, seed, style="word_problem"))
            a, b = named(question.prompt, question.diagram.categories)
            assert value(question.answer) == question.diagram.values[a] - question.diagram.values[b]
            question = registry.generate(Spec("statistics.bar_charts", level, seed, style="two_step_word_problem"))
            values = question.diagram.values
            expected = sum(values) if level == Level.WORKING_TOWARDS else max(values) - min(values)
            assert value(question.answer) == expected


def test_a_scale_of_two_read_in_ones_is_diagnosed():
    question = next(
        q
        for seed in range(100)
        if (q := registry.generate(Spec("statistics.bar_charts", 1, seed, style="fluency"))).diagram.step == 2
    )
    (i,) = named(question.prompt, question.diagram.categories)
    assert answers.check(question, str(question.diagram.values[i] // 2)).misconception == "scale_read_as_one"


# ---------------------------------------------------------------------------------------- tables and timetables


@pytest.mark.parametrize("level", list(Level))
def test_a_table_answer_is_the_cell_in_the_row_and_column_named(level):
    for seed in range(60):
        question = registry.generate(Spec("statistics.tables_timetables", level, seed, style="fluency"))
        table = question.diagram
        rows = [row[0] for row in table.rows]
        (r,) = named(question.prompt, rows)
        (c,) = named(question.prompt, table.header[1:])
        assert question.answer == WholeNumber(table.rows[r][c + 1])


def test_a_missing_cell_makes_its_row_total():
    for level in Level:
        for seed in range(40):
            question = registry.generate(Spec("statistics.tables_timetables", level, seed, style="missing_number"))
            (row,) = [row for row in question.diagram.rows if "?" in row]
            known = [cell for cell in row[1:-1] if cell != "?"]
            assert question.answer == WholeNumber(row[-1] - sum(known))


@pytest.mark.parametrize("level", list(Level))
def test_timetable_journeys_are_read_from_the_timetable(level):
    for seed in range(40):
        question = registry.generate(Spec("statistics.tables_timetables", level, seed, style="two_step_word_problem"))
        table = question.diagram
        stops = [row[0] for row in table.rows]
        a, b = sorted(named(question.prompt, stops))  # the journey runs down the table
        leave = [minutes_of(re.match(r"(\d+):(\d+)()()", cell)) for cell in table.rows[a][1:]]
        arrive = [minutes_of(re.match(r"(\d+):(\d+)()()", cell)) for cell in table.rows[b][1:]]
        assert isinstance(question.answer, TimeOfDay)
        if level == Level.WORKING_TOWARDS:
            column = int(re.search(r"(?:bus|train) (\d)", question.prompt)[1]) - 1
            assert question.answer.minutes == arrive[column]
        elif level == Level.EXPECTED:
            (at,) = times_in(question.prompt)
            column = min(k for k, time in enumerate(leave) if time >= at)
            assert question.answer.minutes == arrive[column]
        else:
            (deadline,) = times_in(question.prompt)
            column = max(k for k, time in enumerate(arrive) if time <= deadline)
            assert question.answer.minutes == leave[column]


# ---------------------------------------------------------------------------------------- line graphs


@pytest.mark.parametrize("level", list(Level))
def test_a_line_graph_answer_is_the_point_named(level):
    below_zero = 0
    for seed in range(100):
        question = registry.generate(Spec("statistics.line_graphs", level, seed, style="fluency"))
        graph = question.diagram
        (i,) = named(question.prompt, graph.x_labels)
        assert value(question.answer) == graph.values[i]
        if "°C" in graph.y_label:
            assert max(graph.values) <= 30 and graph.step <= 5
        below_zero += min(graph.values) < 0
    assert (below_zero > 0) == (level == Level.GREATER_DEPTH)


def test_a_rise_or_fall_is_the_difference_of_two_points():
    for level in Level:
        for seed in range(40):
            question = registry.generate(Spec("statistics.line_graphs", level, seed, style="word_problem"))
            graph = question.diagram
            a, b = named(question.prompt, graph.x_labels)
            assert value(question.answer) == abs(graph.values[b] - graph.values[a])
            assert ("rise" in question.prompt) == (graph.values[b] > graph.values[a])


# ---------------------------------------------------------------------------------------- pie charts


@pytest.mark.parametrize("level", list(Level))
def test_a_pie_chart_count_is_the_sector_s_share_of_the_total(level):
    for seed in range(80):
        question = registry.generate(Spec("statistics.pie_charts", level, seed, style="fluency"))
        chart = question.diagram
        total = int(re.match(r"(\d+)", question.prompt)[1])
        (i,) = named(question.prompt, chart.categories)
        assert value(question.answer) == chart.shares[i] * total
        assert chart.show == {1: "fraction", 2: "percent", 3: "degrees"}[int(level)]
        assert all(a.denominator == 1 for a in chart.angles)


def test_reading_a_percentage_as_a_count_is_diagnosed():
    question = registry.generate(Spec("statistics.pie_charts", 2, 0, style="fluency"))
    chart = question.diagram
    (i,) = named(question.prompt, chart.categories)
    percent = chart.shares[i] * 100
    if percent != question.answer.value:
        assert answers.check(question, str(percent)).misconception == "pie_share_as_count"


@pytest.mark.parametrize("level", [2, 3])
def test_comparing_sectors_of_different_totals(level):
    """Level 2 tells School B as a count of its total; greater depth as a fraction of it, beside School A's angles,
    so both counts are worked out; either school can have more, whatever the sectors look like."""
    keys = set()
    for seed in range(60):
        question = registry.generate(Spec("statistics.pie_charts", level, seed, style="explain"))
        chart = question.diagram
        if level == 2:
            count, other_total = (int(n) for n in re.search(r"(\d+) of (\d+)", question.prompt).groups())
            share = Fraction(count, other_total)
        else:
            top, bottom, other_total = (
                int(n) for n in re.search(r"(\d+)/(\d+) of the (\d+)", question.prompt).groups()
            )
            share = Fraction(top, bottom)
            count = share * other_total
            assert chart.show == "degrees" and count.denominator == 1
        top = max(range(len(chart.values)), key=lambda k: chart.values[k])
        assert question.answer == TrueFalse(chart.values[top] > count)
        assert share < chart.shares[top]
        assert any("Model answer" in step for step in question.solution)
        keys.add(question.answer.value)
    assert keys == {True, False}


def test_greater_depth_true_or_false_claims_take_two_sectors():
    for seed in range(60):
        question = registry.generate(Spec("statistics.pie_charts", 3, seed, style="true_or_false"))
        chart = question.diagram
        found = re.search(r"(\d+) (?:more )?\w+ chose (\w+) (?:or|than) (\w+)\.", question.prompt)
        assert found, question.prompt
        claim, first, second = int(found[1]), found[2], found[3]
        values = {name.lower(): value for name, value in zip(chart.categories, chart.values, strict=True)}
        value = values[first] + values[second] if " or " in found[0] else values[first] - values[second]
        assert question.answer == TrueFalse(claim == value)


# ---------------------------------------------------------------------------------------- the mean


def data_of(diagram) -> list[int]:
    if isinstance(diagram, BarChart):
        return list(diagram.values)
    return [cell for cell in diagram.rows[0][1:] if cell != ""]


@pytest.mark.parametrize("level", list(Level))
def test_the_mean_is_the_total_shared_equally(level):
    sizes = set()
    for seed in range(80):
        question = registry.generate(Spec("statistics.mean", level, seed, style="fluency"))
        values = data_of(question.diagram)
        assert value(question.answer) == Fraction(sum(values), len(values))
        sizes.add(len(values))
        if level == Level.WORKING_TOWARDS:
            assert isinstance(question.diagram, BarChart) and value(question.answer).denominator == 1
    assert sizes <= {1: {3, 4}, 2: {4, 5}, 3: {5, 6}}[int(level)]


def test_a_missing_value_comes_from_the_mean():
    for level in Level:
        for seed in range(40):
            question = registry.generate(Spec("statistics.mean", level, seed, style="missing_number"))
            cells = data_of(question.diagram)
            mean = Fraction(re.search(r"values is ([\d.]+)", question.prompt)[1])
            known = [c for c in cells if c != "?"]
            assert value(question.answer) == mean * len(cells) - sum(known)


def test_the_middle_value_or_the_total_as_the_mean_is_diagnosed():
    question = registry.generate(Spec("statistics.mean", 1, 3, style="fluency"))
    values = sorted(data_of(question.diagram))
    mean = Fraction(sum(values), len(values))
    assert answers.check(question, str(sum(values))).misconception == "mean_wrong_count"
    if len(values) % 2 and values[len(values) // 2] != mean:
        assert answers.check(question, str(values[len(values) // 2])).misconception == "mean_as_middle"
    assert isinstance(question.answer, (WholeNumber, Measure))


@pytest.mark.parametrize("topic_id", ["statistics.line_graphs", "statistics.bar_charts"])
def test_charts_stay_believable_in_every_style(topic_id):
    for level in Level:
        for seed in range(200):
            chart = registry.generate(Spec(topic_id, level, seed)).diagram
            if "°C" in chart.y_label:
                assert -10 <= min(chart.values) and max(chart.values) <= 30, chart
            assert len(set(chart.values)) > 1, chart  # something to compare


def test_a_timetable_stop_named_after_a_building_takes_the():
    # Before: "Amir must be at Hospital by 10:28".
    import re

    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    for level in (1, 2, 3):
        for seed in range(100):
            spec = Spec("statistics.tables_timetables", level, seed, style="two_step_word_problem")
            prompt = registry.generate(spec).prompt
            building = r"\b(?:at|reach|leave) (?:Hospital|Library|Leisure Centre|Bus Station|Harbour)\b"
            assert not re.search(building, prompt), prompt
