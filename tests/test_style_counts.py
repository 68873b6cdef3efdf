"""Every style where it teaches: how many topics offer each reasoning style (issue #15 point 3)."""

from collections import Counter

from ks2practice.core import registry

# The least number of topics that must offer each style (issue #15: "same/different in ≥ 20 topics,
# always/sometimes/never in ≥ 15, explain / convince me in ≥ 30, odd one out in ≥ 20").
AT_LEAST = {"same_different": 20, "always_sometimes_never": 15, "explain": 30, "odd_one_out": 20}


def test_each_reasoning_style_is_offered_widely() -> None:
    offered = Counter(style for entry in registry.topics() for style in entry.styles)
    short = {style: f"{offered[style]} < {least}" for style, least in AT_LEAST.items() if offered[style] < least}
    assert not short, short


def test_multi_step_problems_use_all_four_operations() -> None:
    seen: set[str] = set()
    for entry in registry.topics():
        if "two_step_word_problem" not in entry.styles:
            continue
        for seed in range(20):
            from ks2practice.core.model import Spec

            item = registry.generate(Spec(entry.id, 2, seed, style="two_step_word_problem")).item
            seen.update(op for op in "+−×÷" if op in item.check)
    assert seen == set("+−×÷"), seen
