"""Tests for the measurement misconceptions: each function's canonical wrong answer, and when it predicts none."""

from fractions import Fraction

import pytest

from ks2practice import answers
from ks2practice.answers.kinds import Measure, Money
from ks2practice.content import misconceptions as mis
from ks2practice.content.misconceptions import measures as mm
from ks2practice.core.model import Item, Status

CANONICAL = [
    ("perimeter_for_area", mm.perimeter_for_area, (5, 3), 16),
    ("area_for_perimeter", mm.area_for_perimeter, (5, 3), 15),
    ("two_sides_only", mm.two_sides_only, (5, 3), 8),
    ("conversion_wrong_factor", mm.conversion_wrong_factor, (3, 1000, True), 300),
    ("conversion_wrong_factor", mm.conversion_wrong_factor, (450, 100, False), Fraction(45, 100)),
    ("conversion_wrong_factor", mm.conversion_wrong_factor, (7, 10, True), 700),
    ("conversion_wrong_direction", mm.conversion_wrong_direction, (3, 1000, True), Fraction(3, 1000)),
    ("conversion_wrong_direction", mm.conversion_wrong_direction, (40, Fraction(5, 8), True), 64),
    ("pence_one_digit", mm.pence_one_digit, (205,), "£2.5"),
    ("pounds_pence_mixed", mm.pence_column_overflow, (345, 60), "£3.105"),
    ("pounds_pence_mixed", mm.pence_as_pounds, (345, 60), 6345),
    ("change_counting_up", mm.change_counting_up, (345, 500), 165),
    ("edge_squares_only", mm.edge_squares_only, (4, 5), 14),
    ("half_squares_as_whole", mm.half_squares_as_whole, (10, 4), 14),
    ("triangle_not_halved", mm.triangle_not_halved, (6, 4), 24),
    ("slant_height_used", mm.slant_height_used, (8, 5), 40),
    ("volume_edges_added", mm.volume_edges_added, (5, 3, 2), 10),
    ("compare_numbers_not_measures", mm.compare_numbers_not_measures, (800, Fraction(3, 2)), ">"),
    ("unlabelled_sides_ignored", mm.unlabelled_sides_ignored, ([8, 6, 3, 2],), 19),
]


@pytest.mark.parametrize(
    ("misconception", "function", "arguments", "wrong"), CANONICAL, ids=[f"{c[0]}-{c[2]}" for c in CANONICAL]
)
def test_canonical_examples(misconception, function, arguments, wrong):
    assert misconception in mis.MISCONCEPTIONS
    assert function(*arguments) == wrong


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (mm.pence_one_digit, (250,)),  # 50p is two digits already
        (mm.pence_one_digit, (5,)),  # no pounds to write
        (mm.pence_column_overflow, (345, 40)),  # 85p: the pence do not overflow
        (mm.change_counting_up, (340, 500)),  # a whole number of tens: each digit up to 10 is right
        (mm.change_counting_up, (300, 500)),
        (mm.edge_squares_only, (2, 6)),  # every square touches the edge
        (mm.half_squares_as_whole, (12, 0)),  # no half squares to miscount
    ],
)
def test_no_prediction_when_the_error_changes_nothing(function, arguments):
    assert function(*arguments) is None


def test_each_measurement_entry_is_registered_with_feedback():
    ids = {c[0] for c in CANONICAL}
    assert len(ids) >= 8
    for key in ids:
        entry = mis.MISCONCEPTIONS[key]
        assert entry.title and entry.feedback and "\n" not in entry.feedback
        assert len(entry.feedback) < 260


def _item(answer, *candidates):
    return Item("q", answer, ("Answer: " + answer.format(),), "fluency", "1", misconceptions=candidates)


@pytest.mark.parametrize(
    ("answer", "candidate", "typed"),
    [
        (Money(405), mis.pounds_pence_mixed.on(345, 60), "£3.105"),
        (Money(405), mis.pounds_pence_mixed.on(345, 60, how="as_pounds"), "£63.45"),
        (Money(155), mis.change_counting_up.on(345, 500), "165p"),
        (Money(205), mis.pence_one_digit.on(205), "£2.5"),
        (Measure(15, "cm²"), mis.perimeter_for_area.on(5, 3), "16 cm2"),
        (Measure(12, "cm²"), mis.triangle_not_halved.on(6, 4), "24 cm²"),
        (Measure(30, "cm³"), mis.volume_edges_added.on(5, 3, 2), "10 cm³"),
    ],
)
def test_a_typed_wrong_answer_is_diagnosed(answer, candidate, typed):
    """The wrong answer, typed as a pupil would, is marked with its misconception (not merely wrong)."""
    item = _item(answer, *mis.predictions(answer, candidate))
    verdict = answers.check(item, typed)
    assert verdict.status is Status.MISCONCEPTION, verdict
    assert verdict.misconception == candidate.mechanism.id
