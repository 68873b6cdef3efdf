"""Pictures on demand: the same maths in a different picture (design.md §4), drawn from the question's own numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.answers.kinds import DecimalNumber, Measure, Money, WholeNumber
from ks2practice.content import representations as pictures
from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.pictures.diagrams import (
    Array,
    BarModel,
    BaseTen,
    Coins,
    ComparisonBarModel,
    DoubleNumberLine,
    HundredSquare,
    LineGraph,
    NumberLine,
    PartWholeModel,
    PlaceValueChart,
    RatioTable,
    Thermometer,
    money_text,
)
from ks2practice.pictures.svg import to_svg

SEEDS = range(50)
SVG = "{http://www.w3.org/2000/svg}"
PICTURED = [e for e in registry.topics() if e.representations]
CASES = [
    (e.id, kind, level)
    for e in PICTURED
    for kind in e.representations
    for level in (1, 2, 3)
    if any(kind in pictures.suitable(e.id.split(".")[1], level, s) for s in e.styles)
]
# Topics that draw no picture say why in pictures.py; these are the ones a teacher can ask a picture of.
EXPECTED_PICTURED = {
    "number.place_value",
    "number.more_or_less",
    "number.number_lines",
    "number.rounding",
    "number.negative_numbers",
    "number.counting_steps",
    "number.compare_order",
    "calculation.mental_add_subtract",
    "calculation.column_addition",
    "calculation.column_subtraction",
    "calculation.times_tables",
    "calculation.short_multiplication",
    "calculation.mental_multiply_divide",
    "calculation.short_division",
    # calculation.long_division has no picture: a counters chart of the dividend does not help (issue 16)
    "calculation.factors_multiples_primes",
    "calculation.squares_cubes",
}

_NUMBER = re.compile(r"−?\d{1,3}(?:,\d{3})+(?:\.\d+)?|−?\d+(?:\.\d+)?")


_FRACTION = re.compile(r"(?<![\d.])(\d+)/(\d+)(?![\d/])")
_MIXED = re.compile(r"(?<![\d.,])(\d+) (\d+)/(\d+)(?![\d/])")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)%")


def numbers_in(text: str) -> set[Fraction]:
    """Every number written in a prompt or check, signed, with thousands commas and decimals; a fraction or a
    percentage also stands for its value (1/4 is 0.25, 30% is 0.3), as a picture may show either."""
    found = {Fraction(Decimal(t.replace(",", "").replace("−", "-"))) for t in _NUMBER.findall(text)}
    found |= {Fraction(int(a), int(b)) for a, b in _FRACTION.findall(text) if int(b)}
    found |= {Fraction(Decimal(p)) / 100 for p in _PERCENT.findall(text)}
    found |= {int(w) + Fraction(int(a), int(b)) for w, a, b in _MIXED.findall(text) if int(b)}
    return found


def answer_value(question) -> Fraction | None:
    answer = question.answer
    if isinstance(answer, Money):
        return Fraction(answer.pence)
    if isinstance(answer, (WholeNumber, DecimalNumber, Measure)):
        return Fraction(answer.value)
    return None


def _signed(label: str) -> Fraction:
    return Fraction(int(label.replace(",", "").replace("−", "-").replace("+", "")))


def check_bar(question, bar: BarModel, shown: set[Fraction], answer: Fraction | None) -> None:
    sizes = bar.part_sizes
    if bar.whole != "?":
        assert sum(sizes) == bar.whole, "the parts must make the whole"
    elif answer is not None and len(set(sizes)) == 1:
        assert sum(sizes) == answer, "an unknown whole of equal parts is the answer"
    for value in [*(p for p in bar.parts if not isinstance(p, str)), bar.whole]:
        if isinstance(value, str):
            continue
        if bar.unit == "£":
            assert money_text(value) in question.prompt, (value, question.prompt)
        else:
            assert Fraction(value) in shown, (value, question.prompt)


def check_line(question, line: NumberLine, shown: set[Fraction], answer: Fraction | None) -> None:
    marks = {Fraction(m) for m in line.marks}
    for point in line.points:
        assert line.start <= point.value <= line.end
        if point.label == "?":
            labelled = set(map(Fraction, line.labels)) if isinstance(line.labels, tuple) else set()
            assert Fraction(point.value) not in labelled, "the number to find is not written under its mark"
            if answer is not None:
                # a money line may be drawn in pounds while the key is held in pence
                targets = {answer, answer / 100} if isinstance(question.answer, Money) else {answer}
                if question.style == "two_step_word_problem":  # the line may show a step on the way there
                    targets |= numbers_in(" ".join(question.solution))
                assert Fraction(point.value) in targets, "the '?' on the line is the number asked for"
        elif point.label != "":
            assert Fraction(point.label) == Fraction(point.value), "a marked number sits at its own place"
            assert Fraction(point.value) in shown, (point, question.prompt)
        else:
            assert Fraction(point.value) in marks  # an unlabelled arrow points at a labelled mark
    for jump in line.jumps:
        size = Fraction(jump.end) - Fraction(jump.start)
        if isinstance(jump.label, str) and jump.label[:1] in "+−":
            assert _signed(jump.label) == size, "a jump's label is the distance it covers"
            assert abs(size) in shown, ("a jump is a step or change the question states", question.prompt)
        elif jump.label == "?" and answer is not None:
            assert abs(size) == answer, "an unknown jump is the answer"


def check_array(question, array: Array, shown: set[Fraction], answer: Fraction | None) -> None:
    product = Fraction(array.rows * array.columns)
    known = shown | ({answer} if answer is not None else set())
    square = array.rows == array.columns and Fraction(array.rows) in shown
    both = {Fraction(array.rows), Fraction(array.columns)} <= known
    assert product in known or square or both, ("rows × columns is the product in the question", question.prompt)


def check_picture(question, shown: set[Fraction]) -> None:
    diagram, answer = question.diagram, answer_value(question)
    if isinstance(diagram, BarModel):
        check_bar(question, diagram, shown, answer)
    elif isinstance(diagram, NumberLine):
        check_line(question, diagram, shown, answer)
    elif isinstance(diagram, Array):
        check_array(question, diagram, shown, answer)
    elif isinstance(diagram, PartWholeModel):
        known = [p for p in diagram.parts if not isinstance(p, str)]
        if diagram.whole != "?" and len(known) == len(diagram.parts):
            assert sum(known) == diagram.whole
    elif isinstance(diagram, (PlaceValueChart, BaseTen)):
        assert Fraction(diagram.value) in shown, (diagram.value, question.prompt)
    elif isinstance(diagram, (RatioTable, DoubleNumberLine, ComparisonBarModel)):
        # A ratio picture's rows are proportional (the diagram checks that itself). Every number in it is in the
        # question or its worked steps, the 0 a line starts from or the 1 of a unit row, or money held in pence.
        stated = shown | numbers_in(" ".join(question.solution)) | ({answer} if answer is not None else set())
        known = stated | {Fraction(0), Fraction(1)} | {100 * v for v in stated}
        values = diagram.values if isinstance(diagram, ComparisonBarModel) else (*diagram.top, *diagram.bottom)
        numbers = [Fraction(v) for v in values if not isinstance(v, str)]
        if isinstance(diagram, ComparisonBarModel):
            if len(numbers) == len(values) and sum(numbers) in known:
                return  # shares drawn whole: together they make the total the question states
            known = known | {x - y for x in known for y in known if x > y}  # the other share: total − the answer
        for value in values:
            if not isinstance(value, str):
                assert Fraction(value) in known, (value, question.prompt)
    elif isinstance(diagram, HundredSquare) and diagram.numbers:  # a counting pattern on the hundred square
        assert all(Fraction(n) in shown for n in diagram.shaded), (diagram.shaded, question.prompt)
        assert answer is None or all(Fraction(n) == answer for n in diagram.unknown), "the '?' is the number asked"
    elif isinstance(diagram, HundredSquare):  # the value given, in hundredths (3/4: 75 squares shaded)
        assert Fraction(diagram.value) in shown, (diagram.value, question.prompt)
    elif isinstance(diagram, Thermometer):  # the reading the question gives, never the one it asks for
        assert Fraction(diagram.reading) in shown and not diagram.mark, (diagram, question.prompt)
        assert answer is None or Fraction(diagram.reading) != answer, "the thermometer shows the start, not the answer"
    elif isinstance(diagram, Coins):
        assert money_text(diagram.total) in question.prompt, (diagram.pieces, question.prompt)
    else:
        raise AssertionError(f"unexpected picture {diagram!r}")


def svg_is_accessible(diagram) -> None:
    root = ET.fromstring(to_svg(diagram))
    assert root.find(f"{SVG}title") is not None and root.find(f"{SVG}title").text
    assert root.find(f"{SVG}desc") is not None and root.find(f"{SVG}desc").text


@pytest.mark.parametrize(("topic_id", "kind", "level"), CASES)
def test_same_question_in_every_suitable_picture(topic_id, kind, level):
    entry = registry.get(topic_id)
    key = topic_id.split(".")[1]
    drawn = 0
    for style in entry.styles:
        if kind not in pictures.suitable(key, level, style):
            with pytest.raises(ValueError, match=r"does not suit|too big|only go up|no picture suits") as caught:
                registry.generate(Spec(topic_id, level, 0, style=style, representation=kind))
            for other in pictures.suitable(key, level, style):
                assert other in str(caught.value)  # the message names the pictures that do suit
            continue
        for seed in SEEDS:
            plain = registry.generate(Spec(topic_id, level, seed, style=style))
            try:
                question = registry.generate(Spec(topic_id, level, seed, style=style, representation=kind))
            except ValueError as error:  # this one question has no such picture: say so, and what to try
                assert f"no {kind} picture" in str(error) or "only go up" in str(error) or "too big" in str(error)
                assert "try " in str(error) or "no picture suits" in str(error)
                continue
            drawn += 1
            assert question.diagram.kind == kind == question.representation
            assert replace(question.item, diagram=None) == replace(plain.item, diagram=None), "same maths"
            svg_is_accessible(question.diagram)
            check_picture(question, numbers_in(question.prompt))
    assert drawn, f"{topic_id} never draws a {kind} at level {level}"


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_every_suitable_picture_gives_the_same_maths(entry):
    key = entry.id.split(".")[1]
    for level in entry.levels:
        for seed in range(10):
            style = entry.styles[seed % len(entry.styles)]
            seen = set()
            for kind in (None, *pictures.suitable(key, level, style)):
                try:
                    q = registry.generate(Spec(entry.id, level, seed, style=style, representation=kind))
                except ValueError:
                    continue
                seen.add((q.prompt, q.answer, q.check, q.solution))
            assert len(seen) == 1


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_unsuitable_picture_names_the_suitable_ones(entry):
    with pytest.raises(ValueError, match="suitable pictures: " + re.escape(", ".join(entry.representations))):
        registry.generate(Spec(entry.id, 1, 1, representation="pie_chart"))


def test_every_topic_where_a_picture_helps_has_one():
    # The number and calculation topics that must offer pictures; other strands add theirs beside them.
    assert EXPECTED_PICTURED <= {e.id for e in PICTURED}
    for entry in PICTURED:
        if entry.strand in ("number", "calculation"):
            allowed = {"number_line", "bar_model", "part_whole", "base_ten", "array", "place_value_chart", "coins"}
            allowed |= {"thermometer", "hundred_square"}
            assert set(entry.representations) <= allowed


@pytest.mark.parametrize("entry", PICTURED, ids=lambda e: e.id)
def test_level_one_draws_a_picture_unasked_and_higher_levels_on_request(entry):
    key = entry.id.split(".")[1]
    for level in entry.levels:
        for style in entry.styles:
            fitting = pictures.suitable(key, level, style)
            for seed in range(15):
                shown = registry.generate(Spec(entry.id, level, seed, style=style)).diagram
                if key in pictures.ON_REQUEST and level > 1:
                    assert shown is None
                    continue
                drawable = []
                for kind in fitting:
                    try:
                        registry.generate(Spec(entry.id, level, seed, style=style, representation=kind))
                        drawable.append(kind)
                    except ValueError:
                        pass
                # a picture unasked whenever one fits; it is the first kind listed that fits this question
                assert (shown is None) == (not drawable), (entry.id, level, style, seed)
                if shown is not None:
                    assert shown.kind == drawable[0]


# ---------------------------------------------------------------------- concrete cases


def _q(topic, level, seed, style, kind):
    return registry.generate(Spec(topic, level, seed, style=style, representation=kind))


def test_rounding_marks_the_number_between_the_two_multiples():
    q = _q("number.rounding", 1, 1, "fluency", "number_line")
    assert q.prompt.startswith("Round 79 to the nearest 10.")
    line = q.diagram
    assert (line.start, line.end, line.step) == (70, 80, 1)
    assert [(p.value, p.label) for p in line.points] == [(79, 79)]
    assert line.labels == (70, 75, 80)


def test_rounding_at_greater_depth_scales_the_line_to_the_place():
    q = _q("number.rounding", 3, 5, "word_problem", "number_line")
    assert "6,287,528" in q.prompt and "nearest 1000" in q.prompt
    assert (q.diagram.start, q.diagram.end, q.diagram.step) == (6_287_000, 6_288_000, 100)
    q = _q("number.rounding", 3, 4, "word_problem", "number_line")  # to the nearest million: marks every 100,000
    assert "4,057,288" in q.prompt and (q.diagram.start, q.diagram.end, q.diagram.step) == (
        4_000_000,
        5_000_000,
        100_000,
    )


def test_negative_numbers_jump_through_zero_to_the_unknown():
    q = _q("number.negative_numbers", 1, 3, "fluency", "number_line")
    assert q.prompt.startswith("What number is 4 less than −6?") and q.answer.numeric() == -10
    line = q.diagram
    assert [(j.start, j.end, j.label) for j in line.jumps] == [(-6, -10, "−4")]
    assert {p.value: p.label for p in line.points} == {-6: "", -10: "?"}
    assert line.start < -10 and line.end == 0 and 0 in line.labels and -10 not in line.labels


def test_temperature_difference_is_the_unknown_jump():
    q = _q("number.negative_numbers", 3, 3, "word_problem", "number_line")
    assert "−14 °C" in q.prompt and "9 °C" in q.prompt and q.answer.numeric() == 23
    assert [(j.start, j.end, j.label) for j in q.diagram.jumps] == [(-14, 9, "?")]
    q = _q("number.negative_numbers", 3, 7, "word_problem", "number_line")  # a rise then a fall: two known jumps
    assert [(j.start, j.end, j.label) for j in q.diagram.jumps] == [(-16, -8, "+8"), (-8, -18, "−10")]


def test_counting_steps_draws_equal_jumps_to_the_next_number():
    q = _q("number.counting_steps", 1, 1, "fluency", "number_line")
    assert "25, 30, 35, 40, 45" in q.prompt and q.answer.numeric() == 50
    line = q.diagram
    assert [j.label for j in line.jumps] == ["+5"] * 5
    assert line.labels == (25, 30, 35, 40, 45) and [(p.value, p.label) for p in line.points] == [(50, "?")]


def test_compare_marks_both_numbers():
    q = _q("number.compare_order", 2, 2, "compare", "number_line")
    assert "40,967 □ 47,960" in q.prompt
    assert [(p.value, p.label) for p in q.diagram.points] == [(40_967, 40_967), (47_960, 47_960)]


def test_short_division_shares_the_whole_into_equal_parts():
    q = _q("calculation.short_division", 1, 1, "fluency", "bar_model")
    assert "80 ÷ 5" in q.prompt
    assert q.diagram.whole == 80 and q.diagram.parts == ("?",) * 5 and q.diagram.part_sizes == (16,) * 5


def test_short_division_missing_dividend_is_an_unknown_whole():
    q = _q("calculation.short_division", 2, 3, "missing_number", "bar_model")
    assert "□ ÷ 4 = 874" in q.prompt
    assert q.diagram.whole == "?" and q.diagram.parts == (874,) * 4


def test_division_charts_the_number_divided():
    q = _q("calculation.short_division", 2, 2, "fluency", "place_value_chart")
    assert "11,720 ÷ 8" in q.prompt and q.diagram.value == 11_720
    with pytest.raises(ValueError, match=r"no place_value_chart picture \(the number to divide is the one to find\)"):
        _q("calculation.short_division", 2, 3, "missing_number", "place_value_chart")


def test_money_shared_out_in_notes_and_coins():
    q = _q("calculation.short_division", 1, 10, "word_problem", "coins")
    assert "£65" in q.prompt and q.diagram.pieces == (5000, 1000, 500)
    assert sum(q.diagram.pieces) == 6500 and q.answer == Money(1300)
    with pytest.raises(ValueError, match=r"no coins picture \(coins only picture money\); try bar_model"):
        _q("calculation.short_division", 1, 0, "word_problem", "coins")


def test_times_ten_charts_the_starting_number():
    q = _q("calculation.mental_multiply_divide", 2, 1, "fluency", "place_value_chart")
    assert "4.77 ÷ 10" in q.prompt
    assert q.diagram.columns == ("O", "t", "h") and q.diagram.counters == (4, 7, 7)


def test_square_numbers_are_square_arrays_and_cubes_have_none():
    q = _q("calculation.squares_cubes", 1, 1, "fluency", "array")
    assert q.prompt.startswith("Work out 5²") and (q.diagram.rows, q.diagram.columns) == (5, 5)
    cubes = []
    for seed in range(40):
        plain = registry.generate(Spec("calculation.squares_cubes", 2, seed, style="fluency"))
        if "³" in plain.prompt:
            cubes.append(seed)
            with pytest.raises(ValueError, match="a cube number needs a 3-D picture"):
                _q("calculation.squares_cubes", 2, seed, "fluency", "array")
    assert cubes


def test_factor_count_starts_from_a_factor_pair_array():
    q = _q("calculation.factors_multiples_primes", 1, 0, "fluency", "array")
    assert q.prompt.startswith("How many factors does 8 have?")
    assert (q.diagram.rows, q.diagram.columns) == (2, 4)


def test_picture_not_offered_at_a_level_names_the_ones_that_are():
    with pytest.raises(ValueError, match="an array picture does not suit level 3 fluency questions here"):
        _q("calculation.squares_cubes", 3, 1, "fluency", "array")
    with pytest.raises(ValueError, match=r"a bar_model picture does not suit level 3 .*; try place_value_chart"):
        _q("calculation.short_division", 3, 1, "fluency", "bar_model")


def test_base_ten_too_big_says_what_to_try():
    with pytest.raises(ValueError, match="base-10 blocks only go up to 9999; try place_value_chart"):
        registry.generate(Spec("number.place_value", 3, 1, representation="base_ten"))


def test_line_graph_axis_writes_a_true_minus_for_negative_values():
    for values, step, low in (
        ((-3, -1, 2), 1, -4),
        ((Decimal("-1.5"), Decimal("0.5")), Decimal("0.5"), Decimal("-2")),
        ((-15_000, 20_000), 5_000, -20_000),
    ):
        svg = to_svg(LineGraph(("a", "b", "c")[: len(values)], values, step=step, y_min=low))
        texts = [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]
        assert any(t.startswith("−") for t in texts) and not any("-" in t for t in texts), texts


# ---------------------------------------------------------------------- the builders topics call


def test_a_line_through_numbers_uses_round_ends_and_one_two_five_steps():
    line = pictures.jump_line(-3, 36)
    assert (line.start, line.end, line.step) == (-4, 34, 2) and 0 in line.labels
    assert pictures._frame([40_967, 47_960]) == (40_500, 48_000, 500)


def test_an_unknown_at_the_end_of_a_line_moves_the_end_on_a_step():
    line = pictures.jump_line(-6, -4)
    assert line.start == -11 and -10 not in line.labels
    assert [(p.value, p.label) for p in line.points] == [(-6, ""), (-10, "?")]


def test_numbers_too_close_to_tell_apart_get_no_line():
    assert pictures.points_line([1203, 1230, 2103]) is None
    assert pictures.points_line([302, 320]) is not None


def test_sharing_bar_draws_a_remainder_to_scale_and_stops_at_twelve_parts():
    bar = pictures.sharing_bar(17, 3, 5, remainder=2, unknown="remainder")
    assert bar.parts == (5, 5, 5, "?") and bar.part_sizes == (5, 5, 5, 2) and bar.whole == 17
    assert pictures.sharing_bar(13 * 4, 13, 4) is None
    assert pictures.sharing_bar(120, 12, 10) is not None


def test_coins_are_the_fewest_notes_and_coins():
    assert pictures.coins(8800).pieces == (5000, 2000, 1000, 500, 200, 100)
    assert pictures.coins(388).pieces == (200, 100, 50, 20, 10, 5, 2, 1)
    assert pictures.coins(90_000) is None  # eighteen £50 notes: too many to count on a page


def test_a_chart_takes_whole_numbers_and_up_to_three_decimal_places():
    assert pictures.chart(Fraction(477, 100)).counters == (4, 7, 7)
    assert pictures.chart(Fraction(1, 10_000)) is None
    assert pictures.chart(3_402).value == 3_402


def test_counting_from_zero_stops_at_thirteen_jumps():
    line = pictures.counting_line(50, 460)
    assert len(line.jumps) == 10 and line.end == 500 and [(p.value, p.label) for p in line.points] == [(460, 460)]
    assert pictures.counting_line(10, 125) is not None and pictures.counting_line(5, 100) is None


def test_no_question_carries_the_offer_itself():
    # offers are unwrapped by @pictured; a helper shared with a topic without pictures must not leak one
    for entry in registry.topics():
        for level in entry.levels:
            for style in entry.styles:
                for seed in range(8):
                    diagram = registry.generate(Spec(entry.id, level, seed, style=style)).diagram
                    assert not isinstance(diagram, pictures.Offered), entry.id
