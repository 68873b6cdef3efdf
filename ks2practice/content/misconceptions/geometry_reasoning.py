"""Misconceptions behind geometry reasoning items (perimeter against area, scaling, reflex angles) and verdicts."""

from __future__ import annotations

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "bigger_perimeter_bigger_area",
        "Thinks a longer perimeter means a bigger area",
        "They took a longer distance round to mean more space inside; a long thin rectangle can have a longer "
        "perimeter and a smaller area than a squarer one — draw both on squared paper and count.",
    ),
    Misconception(
        "doubled_sides_doubled_area",
        "Thinks doubling the sides doubles the area",
        "They doubled the area when both sides doubled; twice as long and twice as wide holds four copies of the "
        "first rectangle (two along, two up) — draw the small one four times inside the big one.",
    ),
    Misconception(
        "cut_corner_smaller_perimeter",
        "Thinks cutting a corner off a rectangle makes its perimeter smaller",
        "They expected the perimeter to shrink with the area; the two edges of the cut are as long as the two "
        "pieces of side they replace, so the distance round stays the same.",
    ),
    Misconception(
        "reflex_as_180_plus",
        "Adds 180° to get the reflex angle",
        "They added the angle to 180° for the reflex angle; the angle and its reflex angle make a whole turn, so "
        "take the angle from 360°.",
    ),
)


@mechanism("bigger_perimeter_bigger_area")
def bigger_perimeter_bigger_area(*, asn: bool = True) -> str:
    """'A shape with a bigger perimeter has a bigger area' judged always true."""
    return "always"


@mechanism("doubled_sides_doubled_area")
def doubled_sides_doubled_area(length: int, width: int, *, asn: bool = False) -> str | int:
    """Doubling both sides of a length × width rectangle taken to double its area: 2 × length × width (or 'always'
    for 'doubling the sides doubles the area', when always, sometimes or never is asked)."""
    return "always" if asn else 2 * length * width


@mechanism("cut_corner_smaller_perimeter")
def cut_corner_smaller_perimeter(*, says_smaller: bool) -> bool:
    """'Cutting a corner off makes the perimeter smaller' judged true (and 'it stays the same' judged false)."""
    return says_smaller


@mechanism(
    "reflex_as_180_plus",
    say=lambda degrees, **_: (
        f"They added {degrees}° to 180°, giving {180 + degrees}°; the angle and the reflex angle make a whole turn, "
        f"so take {degrees}° from 360° instead: the reflex angle is {360 - degrees}°."
    ),
)
def reflex_as_180_plus(degrees: int, *, claimed: int | None = None) -> int | bool:
    """The reflex angle beside a° taken as 180° + a° (a claim of that judged right)."""
    return claimed == 180 + degrees if claimed is not None else 180 + degrees
