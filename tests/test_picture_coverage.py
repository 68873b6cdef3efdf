"""Pictures for shape, space, measures and statistics: drawn for nine items in ten, always when the prompt points at
one, and built from the question's own numbers (issue #16)."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

import pytest

from ks2practice.core import registry
from ks2practice.core.model import Level, Question, Spec
from ks2practice.pictures import diagrams as d

# The strands whose pictures matter most: geometry (shape, position), measurement (with time) and statistics.
PICTURED = ("angles.", "shapes.", "position.", "measures.", "perimeter_area_volume.", "statistics.", "time.")
SEEDS = 200
SHARE = Fraction(9, 10)

# Words that send the pupil to a picture. An instrument or a noun counts only when the prompt points at it ("the jug
# shows", "this clock", "the shape below"): "How much juice is left in the jug?" needs no picture.
_THING = r"(?:shape|angle|chart|graph|grid|picture|diagram|clock|scale|jug|ruler|thermometer|protractor|net|line)"
REFERS = re.compile(
    r"\b(?:shown|drawn|the grid|the chart|the picture|the diagram|the graph|"
    rf"this {_THING}\b|the {_THING}s? (?:below|above|shows?|reads?|points?)\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.])(-?)(£?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:/(\d+))?")
# Numbers said in words, as a prompt says them ("half as long" is a picture of 2 parts and 1).
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "half": 2, "halves": 2, "twice": 2, "double": 2, "third": 3, "thirds": 3,
    "triple": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10, "hundredths": 100,
}  # fmt: skip


def pictured_topics() -> list[str]:
    return [entry.id for entry in registry.topics() if entry.id.startswith(PICTURED)]


def numbers_in(text: str) -> set[Fraction]:
    """Every number written in a text, exactly: '1,250', '3.75', '3/4' (and its numerator and denominator)."""
    found: set[Fraction] = set()
    for minus, pounds, whole, decimals, denominator in _NUMBER.findall(text.replace("\u2212", "-")):
        value = Fraction(Decimal(minus + whole.replace(",", "") + (f".{decimals}" if decimals else "")))
        found.add(value)
        if pounds:
            found.add(value * 100)  # £3.50 may be drawn as 350p
        if denominator and int(denominator):
            found.update({Fraction(int(denominator)), value / int(denominator)})
    found.update(Fraction(_WORDS[word]) for word in re.findall(r"[a-z]+", text.lower()) if word in _WORDS)
    found.update(Fraction(int(pence), 100) for pence in re.findall(r"(?<![\w.])(\d+)p\b", text))  # 80p is £0.80
    for hour, minute, half in re.findall(r"\b(\d{1,2}):(\d\d)(?:\s*([ap])m)?", text.lower()):
        # A time of day as a clock or time line holds it: minutes after midnight (1:30 pm is 810).
        hours = int(hour) % 12 + (12 if half == "p" else 0) if half else int(hour)
        found.add(Fraction(hours * 60 + int(minute)))
    return found


def _exact(value: object) -> set[Fraction]:
    if isinstance(value, bool):
        return set()
    if isinstance(value, (int, Fraction, Decimal)):
        return {Fraction(value)}
    if isinstance(value, str):
        return numbers_in(value)
    return set()


def _all(values: object) -> set[Fraction]:
    found: set[Fraction] = set()
    for value in values or ():
        found |= _exact(value)
    return found


def _money(picture: object, values: set[Fraction]) -> set[Fraction]:
    """Bar models in £ hold pence (exact): the label printed is pounds."""
    return {value / 100 for value in values} if getattr(picture, "unit", "") == "£" else values


# What each kind prints as a label (not its scale, ticks or data to be read): the numbers the question gave or the
# worked solution reaches. A kind that prints no number from the question maps to an empty set; a new kind defines
# labels() itself, or is added here, or the test names it.
LABELS = {
    d.AnalogueClock: lambda p: set(),
    d.Array: lambda p: {Fraction(p.rows), Fraction(p.columns)},
    d.BarChart: lambda p: set(),
    d.BarModel: lambda p: _money(p, _exact(p.whole) | _all(p.parts)),
    d.BaseTen: lambda p: set(),
    d.Coins: lambda p: set(),
    d.ComparisonBarModel: lambda p: _money(p, _all(p.values) | _exact(p.difference)),
    d.CoordinateGrid: lambda p: set(),
    # A line through a unit fact (1 hour ↔ 60 minutes) is a conversion scale, marked in whole units like a ruler;
    # any other double number line shows the question's own pairs.
    d.DoubleNumberLine: lambda p: set() if 1 in p.top or 1 in p.bottom else _all(p.top) | _all(p.bottom),
    d.FractionBar: lambda p: set(),
    d.FractionWall: lambda p: set(),
    d.LineGraph: lambda p: set(),
    # A jump is labelled with its step ("+4", "−7"): the size of the step is the number the question uses.
    d.NumberLine: lambda p: _all(point.label for point in p.points) | {abs(v) for v in _all(j.label for j in p.jumps)},
    d.PartWholeModel: lambda p: _money(p, _exact(p.whole) | _all(p.parts)),
    d.Pictogram: lambda p: set(),
    d.PieChart: lambda p: set(),
    d.PlaceValueChart: lambda p: set(),
    d.Protractor: lambda p: _exact(p.label),
    d.RatioTable: lambda p: _all(p.top) | _all(p.bottom),
    d.Shape2D: lambda p: _all(p.side_labels) | _all(p.angle_labels),
    d.Table: lambda p: set(),
    d.TensFrame: lambda p: set(),
}


def labels_of(picture: object) -> set[Fraction]:
    # The table first: a place-value counter printed "0.1" names its column, it is no number of the question's.
    for kind, read in LABELS.items():
        if type(picture) is kind:
            return read(picture)
    own = getattr(picture, "labels", None)
    if callable(own):
        return _all(own())
    raise AssertionError(f"say which numbers a {type(picture).__name__} prints: give it a labels() method")


def item_numbers(question: Question) -> set[Fraction]:
    """The numbers the question states or its worked solution reaches (and the key)."""
    text = " ".join([question.prompt, question.answer.format(), question.working or "", *map(str, question.solution)])
    key = question.answer.numeric()
    # 0 and 1 need no mention: a scale's start, a unit part, "the cost of one".
    return numbers_in(text) | {Fraction(0), Fraction(1)} | ({key} if key is not None else set())


def _share(topic: str, level: int) -> tuple[Fraction, list[str]]:
    missing = []
    for seed in range(SEEDS):
        question = registry.generate(Spec(topic, Level(level), seed))
        if question.diagram is None:
            missing.append(f"seed {seed}: {question.prompt[:90]}")
    return Fraction(SEEDS - len(missing), SEEDS), missing


@pytest.mark.parametrize("level", [1, 2])
@pytest.mark.parametrize("topic", pictured_topics())
def test_nine_items_in_ten_have_their_picture(topic, level):
    share, missing = _share(topic, level)
    assert share >= SHARE, (
        f"{topic} level {level}: {float(share):.0%} of {SEEDS} items have a picture (need 90 %); without one: "
        + "; ".join(missing[:4])
    )


def _every_item(topic: str, seeds: int):
    entry = registry.get(topic)
    for level in entry.levels:
        for style in entry.styles:
            for seed in range(seeds):
                yield registry.generate(Spec(topic, level, seed, style=style))


@pytest.mark.parametrize("topic", [entry.id for entry in registry.topics()])
def test_a_prompt_that_points_at_a_picture_has_one_built_from_its_numbers(topic):
    seeds = SEEDS if topic.startswith(PICTURED) else 12
    wrong = []
    for question in _every_item(topic, seeds):
        picture = question.diagram
        if picture is None:
            if REFERS.search(question.prompt):
                wrong.append(f"{question.spec.code}: no picture for {question.prompt[:80]!r}")
            continue
        stray = labels_of(picture) - item_numbers(question)
        if stray:
            shown = ", ".join(sorted(str(value) for value in stray))
            wrong.append(f"{question.spec.code}: the picture labels {shown}, which the question never uses")
    assert not wrong, f"{len(wrong)} items: " + "; ".join(wrong[:5])


def test_the_label_check_can_fail():
    question = registry.generate(Spec("shapes.missing_lengths", Level(2), 3))
    stray = d.Shape2D(((0, 0), (4, 0), (4, 2), (0, 2)), side_labels=(997, None, None, None), unit="cm")
    assert labels_of(stray) - item_numbers(question) == {Fraction(997)}
    assert REFERS.search("Measure the angle shown.") and REFERS.search("What does this clock show?")
    assert not REFERS.search("Put the numbers below in order.") and not REFERS.search("How much is left in the jug?")
