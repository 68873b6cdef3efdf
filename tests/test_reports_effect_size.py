"""Tests for ks2practice.reports.effect_size against values worked by hand and by an independent formula."""

import math

import pytest

from ks2practice.reports.effect_size import hedges_g


def test_a_small_example_worked_by_hand():
    # before: mean 10, sample variance 2.5 (8..12); after: mean 13, variance 2.5; pooled SD √2.5
    result = hedges_g([8, 9, 10, 11, 12], [11, 12, 13, 14, 15])
    d = 3 / math.sqrt(2.5)
    j = 1 - 3 / (4 * 10 - 9)
    assert result.g == pytest.approx(j * d)
    se = math.sqrt(10 / 25 + result.g**2 / 20)
    assert (result.low, result.high) == pytest.approx((result.g - 1.96 * se, result.g + 1.96 * se), abs=1e-3)
    assert result.describe() == "g = 1.71 (95% CI 0.26 to 3.16; n = 5, 5)"


def test_agrees_with_numpy_for_unequal_groups():
    import numpy as np

    before, after = [12, 15, 9, 20, 18, 11, 14], [19, 22, 17, 25, 21, 16]
    a, b = np.array(before, dtype=float), np.array(after, dtype=float)
    pooled = np.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (len(a) + len(b) - 2))
    expected = (1 - 3 / (4 * 13 - 9)) * (b.mean() - a.mean()) / pooled
    assert hedges_g(before, after).g == pytest.approx(expected)
    assert hedges_g(after, before).g == pytest.approx(-expected)


def test_too_few_pupils_or_no_spread_is_explained():
    with pytest.raises(ValueError, match="at least two"):
        hedges_g([10], [12, 13])
    with pytest.raises(ValueError, match="no spread"):
        hedges_g([5, 5], [5, 5])
