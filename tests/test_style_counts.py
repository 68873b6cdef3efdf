"""Every style where it teaches: how many topics offer each reasoning style, and multi-step problems that use all
four operations with fractions, decimals, measures and money (issue #15 point 3)."""

from collections import Counter

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Spec

# The least number of topics that must offer each style (issue #15: "same/different in ≥ 20 topics,
# always/sometimes/never in ≥ 15, explain / convince me in ≥ 30, odd one out in ≥ 20").
AT_LEAST = {"same_different": 20, "always_sometimes_never": 15, "explain": 30, "odd_one_out": 20}


def test_each_reasoning_style_is_offered_widely() -> None:
    offered = Counter(style for entry in registry.topics() for style in entry.styles)
    short = {style: f"{offered[style]} < {least}" for style, least in AT_LEAST.items() if offered[style] < least}
    assert not short, short


def _multi_step_checks(prefixes: tuple[str, ...]) -> list[str]:
    checks = []
    for entry in registry.topics():
        if not entry.id.startswith(prefixes) or "two_step_word_problem" not in entry.styles:
            continue
        for level in entry.levels:
            for seed in range(30):
                checks.append(registry.generate(Spec(entry.id, level, seed, style="two_step_word_problem")).item.check)
    return checks


@pytest.mark.parametrize(
    "prefixes",
    [("fractions.",), ("decimals.",), ("measures.calculate_with_measures",), ("measures.money_problems",)],
)
def test_multi_step_problems_mix_multiplying_or_dividing_with_adding_or_subtracting(prefixes) -> None:
    checks = _multi_step_checks(prefixes)
    mixed = [c for c in checks if any(op in c for op in "×÷") and any(op in c for op in "+−")]
    assert mixed, f"{prefixes}: no two-step problem uses × or ÷ together with + or −"


def test_some_multi_step_problem_uses_all_four_operations() -> None:
    checks = _multi_step_checks(("problems.", "measures.", "fractions.", "decimals."))
    assert any(all(op in c for op in "+−×÷") for c in checks)
