"""A level-1 hint that names a route ("find 10% first", "count on to the next o'clock first") is the route the worked
solution takes: advice that the solution does not follow is false teaching text."""

from __future__ import annotations

import re

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Level, Spec

SEEDS = 40
_HINT = re.compile(r"\(Hint: (.*)\)")

# A route the hint names → what the worked solution must then say (a regular expression, case-insensitive).
ROUTES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"find (\d+)% first"), r"\b{0}% (?:of|is)\b"),
    (re.compile(r"50% is a half"), r"\bhalf\b"),
    (re.compile(r"25% is a quarter"), r"\bquarter\b"),
    (re.compile(r"find (?:the cost of|the amount for) one first"), r"\b(?:one|each)\b"),
    (re.compile(r"find one part first"), r"\bone part\b"),
    (re.compile(r"count on to the next o'clock first"), r"o'clock"),
    (re.compile(r"write both amounts in (pence|pounds)"), r"\bin {0}\b"),
    (re.compile(r"change [\d.]+ \w+ into (\w+) first"), r"\b(?:convert|write|change)\w* .*{0}|{0}"),
    (re.compile(r"round each number first"), r"\brounds? to\b"),
    (re.compile(r"find the area of the base first"), r"\bbase\b"),
    (re.compile(r"work out how much is used first"), r"\bused\b"),
    (re.compile(r"find the total cost first"), r"\btotal\b|\+|×"),
    (re.compile(r"divide by (\d+) to find one part, then multiply by (\d+)"), r"÷ {0}\b.*× {1}\b"),
]


def route_breaks(hint: str, worked: str) -> list[str]:
    """The routes a hint names that the worked solution does not take."""
    broken = []
    for said, needs in ROUTES:
        found = said.search(hint)
        if found and not re.search(needs.format(*found.groups()), worked, re.IGNORECASE | re.DOTALL):
            broken.append(found.group(0))
    return broken


@pytest.mark.parametrize("topic", [entry.id for entry in registry.topics()])
def test_a_hint_names_the_route_the_solution_takes(topic):
    entry = registry.get(topic)
    if Level.WORKING_TOWARDS not in entry.levels:
        pytest.skip("hints are for level 1")
    wrong = []
    for style in entry.styles:
        for seed in range(SEEDS):
            question = registry.generate(Spec(topic, Level.WORKING_TOWARDS, seed, style=style))
            hint = _HINT.search(question.prompt)
            if hint:
                worked = " ".join(map(str, question.solution))
                wrong += [f"{question.spec.code}: {b!r} but {worked[:90]!r}" for b in route_breaks(hint[1], worked)]
    assert not wrong, f"{len(wrong)} hints the solution does not follow: " + "; ".join(wrong[:4])


def test_the_route_check_can_fail():
    assert route_breaks("find 10% first by dividing by 10.", "50% is a half: £120 ÷ 2 = £60") == ["find 10% first"]
    assert route_breaks("write both amounts in pence.", "Write 80p in pounds: 80p = £0.80.") == [
        "write both amounts in pence"
    ]
    assert not route_breaks("find 10% first by dividing by 10.", "10% of 180 = 18, 20% of 180 = 36")
