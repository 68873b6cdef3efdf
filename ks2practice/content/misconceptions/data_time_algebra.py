"""Statistics, time and algebra mechanisms: each wrong answer, and its feedback, from the item's own numbers."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from ks2practice.content.misconceptions import time_statistics as ts
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register
from ks2practice.content.wording import show

register(
    Misconception(
        "mean_as_mode",
        "Gives the most common value as the mean",
        "They gave the value that comes up most often (the mode) as the mean; the mean shares the total equally: "
        "add all the values, then divide by how many there are.",
    ),
)


# ---------------------------------------- the mean


def _say_wrong_count(values: Sequence[int], count: int, *, mean: Fraction | None = None) -> str:
    total = sum(values)
    if mean is not None:
        n = len(values) + 1
        return (
            f"They found the total as the mean × {count}, the values they could see; all {n} values, the missing "
            f"one too, make the total: {show(mean)} × {n} = {show(mean * n)}, then take away the others."
        )
    n, zeros = len(values), list(values).count(0)
    if count == 1:
        return (
            f"They gave the total, {total}, as the mean without dividing; the mean shares the total equally "
            f"between the {n} values: {total} ÷ {n}."
        )
    if zeros and count == n - zeros:
        return (
            f"They left out the 0{'s' if zeros > 1 else ''} and divided {total} by {count}; a 0 is a value too, "
            f"so divide by all {n}: {total} ÷ {n}."
        )
    return f"They divided the total, {total}, by {count}, but there are {n} values: count every value, {total} ÷ {n}."


@mechanism("mean_wrong_count", say=_say_wrong_count)
def mean_wrong_count(values: Sequence[int], count: int, *, mean: Fraction | None = None) -> Fraction | None:
    """The mean with the total divided by ``count`` values, not all of them: 4, 0, 5, 3 over 3 → 4 (really 3).

    With ``mean`` (a missing value from the mean; ``values`` are the others): the total taken as mean × ``count``.
    """
    if mean is not None:
        wrong = Fraction(mean) * count - sum(values)
        return wrong if count != len(values) + 1 and wrong > 0 else None
    if count == len(values) or count <= 0:
        return None
    return Fraction(sum(values), count)


@mechanism("mean_as_mode")
def mean_as_mode(values: Sequence[int | Fraction]) -> Fraction | None:
    """The value that comes up most often, when just one does: 2, 2, 5, 7 → 2 (the mean is 4)."""
    return ts.mean_as_mode(values)
