"""Misconceptions of shape and space added for issue #14: entries and mechanisms not in the geometry module."""

from __future__ import annotations

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "opposite_as_adjacent",
        "Gives the angle next to it for the vertically opposite angle",
        "They worked out the angle next to it on the straight line (180° minus it); vertically opposite angles "
        "are equal.",
    ),
    Misconception(
        "radius_as_diameter",
        "Uses the radius as the diameter (or gives the diameter as the radius)",
        "They did not double the radius (or halve the diameter); the diameter goes right across through the "
        "centre and is twice the radius.",
    ),
)


@mechanism(
    "opposite_as_adjacent",
    say=lambda known: (
        f"They took {known}° from 180°, which gives the angle next to it on the straight line; the angle "
        f"vertically opposite is equal to it, {known}°."
    ),
)
def opposite_as_adjacent(known: int) -> int | None:
    """The vertically opposite angle to 70° given as 110°; nothing for 90° (the two are the same)."""
    return 180 - known if known != 90 else None


def _radius_said(value: int, copies: int = 1, *, across: bool = True, claimed: int | None = None) -> str:
    if not across:
        return (
            f"They gave the diameter, {value} cm, as the radius; the radius is half the diameter, from the centre "
            "to the edge."
        )
    if copies == 1:
        return f"They used the radius, {value} cm, as the diameter; the diameter is twice the radius."
    return (
        f"They used the radius, {value} cm, as the width of each of the {copies} circles; each is twice the radius "
        "across."
    )


@mechanism("radius_as_diameter", say=_radius_said)
def radius_as_diameter(value: int, copies: int = 1, *, across: bool = True, claimed: int | None = None) -> int | bool:
    """The radius used as the distance across (copies × the radius), or the diameter given as the radius
    (``across=False``); with ``claimed``, whether the mistake makes that claim look true."""
    wrong = copies * value
    return claimed == wrong if claimed is not None else wrong
