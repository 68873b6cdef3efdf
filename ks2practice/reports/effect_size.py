"""Hedges' g with a 95 % confidence interval, the effect size EEF evaluations report, for two sets of scores."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z_95 = 1.959963984540054  # the standard normal quantile for a two-sided 95 % interval


@dataclass(frozen=True)
class EffectSize:
    """g with its interval and the sizes of the two groups it came from."""

    g: float
    low: float
    high: float
    n_before: int
    n_after: int

    def describe(self) -> str:
        text = f"g = {self.g:.2f} (95% CI {self.low:.2f} to {self.high:.2f}; n = {self.n_before}, {self.n_after})"
        return text.replace("-", "−")  # a true minus sign in print


def hedges_g(before: Sequence[float], after: Sequence[float]) -> EffectSize:
    """(mean(after) − mean(before)) / pooled SD, with the small-sample correction J and its large-sample CI.

    Formulas as in Hedges & Olkin (1985) and the EEF's analysis guidance: s_p = √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)),
    d = (x̄₂ − x̄₁)/s_p, J = 1 − 3/(4(n₁+n₂) − 9), g = J·d, SE = √((n₁+n₂)/(n₁n₂) + g²/(2(n₁+n₂))), CI = g ± 1.96·SE.
    A pre/post comparison of one group has no control group, so it overstates what an EEF trial would find: reports
    say so beside it.
    """
    n1, n2 = len(before), len(after)
    if n1 < 2 or n2 < 2:
        raise ValueError("an effect size needs at least two pupils' scores at each point")
    m1, m2 = sum(before) / n1, sum(after) / n2
    v1 = sum((x - m1) ** 2 for x in before) / (n1 - 1)
    v2 = sum((x - m2) ** 2 for x in after) / (n2 - 1)
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    if pooled == 0:
        raise ValueError("every pupil has the same score at both points, so there is no spread to size a change by")
    correction = 1 - 3 / (4 * (n1 + n2) - 9)
    g = correction * (m2 - m1) / pooled
    se = math.sqrt((n1 + n2) / (n1 * n2) + g * g / (2 * (n1 + n2)))
    return EffectSize(g, g - Z_95 * se, g + Z_95 * se, n1, n2)
