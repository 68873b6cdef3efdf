"""Misconceptions of geometry (shape, angle, position): the catalogue entries and the wrong answers they predict."""

from __future__ import annotations

from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register

register(
    Misconception(
        "protractor_wrong_scale",
        "Reads the wrong protractor scale",
        "They read the other scale of the protractor (180° − the angle); start from the 0 on the arm the angle "
        "begins on, and ask 'is it acute or obtuse?' first.",
    ),
    Misconception(
        "line_as_360",
        "Uses 360° for angles on a straight line",
        "They took angles on a straight line to add to 360°; a straight line is a half turn, 180°.",
    ),
    Misconception(
        "point_as_180",
        "Uses 180° for angles around a point",
        "They took angles around a point to add to 180°; a whole turn around a point is 360°.",
    ),
    Misconception(
        "triangle_as_360",
        "Uses 360° for the angles of a triangle",
        "They took the angles of a triangle to add to 360° (the quadrilateral total); tear the corners off a "
        "paper triangle to see they make a straight line, 180°.",
    ),
    Misconception(
        "square_not_rectangle",
        "Thinks a square is not a rectangle",
        "They think a square cannot be a rectangle; a rectangle is any quadrilateral with four right angles, so "
        "every square is a special rectangle.",
    ),
    Misconception(
        "orientation_changes_shape",
        "Thinks a turned shape is a different shape",
        "They named the shape by how it sits on the page (a tilted square is 'a diamond'); turning a shape does "
        "not change its sides or angles — turn the page and check.",
    ),
    Misconception(
        "coordinates_swapped",
        "Gives y before x",
        "They wrote the coordinates the wrong way round; x (along the corridor) comes first, then y (up the stairs).",
    ),
    Misconception(
        "reflection_wrong_distance",
        "Reflects the wrong distance",
        "They counted the square the point starts on, so the image is one square too far; count the jumps from "
        "the point to the mirror line, then the same number of jumps beyond it.",
    ),
    Misconception(
        "reflection_wrong_axis",
        "Reflects in the other axis",
        "They reflected in the other axis (changed the wrong coordinate); a reflection in the x-axis changes only "
        "the y-coordinate, and in the y-axis only the x-coordinate.",
    ),
    Misconception(
        "translation_wrong_direction",
        "Translates the wrong way",
        "They moved the point the opposite way; left and down make the coordinates smaller, right and up make "
        "them bigger.",
    ),
    Misconception(
        "faces_for_edges",
        "Counts faces for edges",
        "They counted faces (flat surfaces) when asked for edges (where two faces meet); run a finger along each "
        "edge of a real shape and count.",
    ),
    Misconception(
        "radius_diameter_confused",
        "Mixes up radius and diameter",
        "They mixed up the radius (centre to edge) and the diameter (edge to edge through the centre); the "
        "diameter is twice the radius.",
    ),
    Misconception(
        "diagonal_as_symmetry",
        "Takes a rectangle's diagonals as lines of symmetry",
        "They counted the diagonals of a rectangle as lines of symmetry; fold a paper rectangle along a diagonal "
        "and the halves do not match (they do for a square).",
    ),
    Misconception(
        "reflex_as_inside",
        "Gives the smaller angle for a reflex angle",
        "They gave the angle inside the arms, not the reflex angle marked; the reflex angle is 360° minus it.",
    ),
    Misconception(
        "acute_obtuse_swapped",
        "Mixes up acute and obtuse",
        "They called an obtuse angle acute (or the reverse); acute angles are 'a cute little angle', smaller than "
        "a right angle — hold a right-angle checker (a folded paper corner) against it.",
    ),
    Misconception(
        "perimeter_not_halved",
        "Does not halve what is left of the perimeter",
        "They took the two known sides from the perimeter but did not halve the rest; what is left is two equal "
        "sides, so share it between them.",
    ),
    Misconception(
        "exterior_for_interior",
        "Gives the exterior angle of a regular polygon",
        "They worked out 360° ÷ the number of sides, which is the exterior angle; the interior angle is 180° "
        "minus that.",
    ),
)


@mechanism("protractor_wrong_scale")
def protractor_wrong_scale(degrees: int) -> int:
    """Reading the other scale: 65° read as 115°."""
    return 180 - degrees


@mechanism("line_as_360")
def line_as_360(known: int) -> int:
    """Angles on a line taken to total 360°: with 130° known, 230° instead of 50°."""
    return 360 - known


@mechanism("point_as_180")
def point_as_180(known: int) -> int | None:
    """Angles around a point taken to total 180°; no prediction when that would not be a positive angle."""
    return 180 - known if known < 180 else None


@mechanism("triangle_as_360")
def triangle_as_360(known: int) -> int:
    """The two known angles of a triangle taken from 360°: 60° and 70° give 230°."""
    return 360 - known


@mechanism("square_not_rectangle")
def square_not_rectangle() -> bool:
    """'A square is a rectangle' judged false."""
    return False


@mechanism("orientation_changes_shape")
def orientation_changes_shape() -> bool:
    """A shape drawn turned judged not to be the shape it is."""
    return False


@mechanism("coordinates_swapped")
def coordinates_swapped(x: int, y: int) -> tuple[int, int] | None:
    """(3, −2) written (−2, 3); nothing when x = y (the swap changes nothing)."""
    return (y, x) if x != y else None


@mechanism("reflection_wrong_distance")
def reflection_wrong_distance(value: int, mirror: int) -> int:
    """Counting the square the point starts on, so the image lands one square too far: 1 in x = 3 → 6, not 5."""
    return 2 * mirror - value + (1 if value < mirror else -1)


@mechanism("reflection_wrong_axis")
def reflection_wrong_axis(x: int, y: int, in_x_axis: bool) -> tuple[int, int]:
    """Reflecting (x, y) in the x-axis gives (x, −y); the slip changes the x instead: (−x, y)."""
    return (-x, y) if in_x_axis else (x, -y)


@mechanism("translation_wrong_direction")
def translation_wrong_direction(x: int, y: int, dx: int, dy: int) -> tuple[int, int]:
    """Moving (x, y) by (−dx, −dy) instead of (dx, dy): 3 left read as 3 right."""
    return x - dx, y - dy


@mechanism("faces_for_edges")
def faces_for_edges(faces: int) -> int:
    """The number of faces given as the number of edges: a cube has 12 edges, not 6."""
    return faces


@mechanism("radius_diameter_confused")
def radius_diameter_confused(given: int, want_diameter: bool) -> int | None:
    """Halving instead of doubling (or the reverse): radius 6 → diameter 3; diameter 10 → radius 20."""
    if want_diameter:
        return given // 2 if given % 2 == 0 else None
    return given * 2


@mechanism("diagonal_as_symmetry")
def diagonal_as_symmetry(lines: int) -> int:
    """A non-square rectangle's 2 lines of symmetry counted as 4 (the diagonals added)."""
    return lines + 2


@mechanism("reflex_as_inside")
def reflex_as_inside(reflex: int) -> int:
    """A reflex angle of 290° given as the 70° inside its arms."""
    return 360 - reflex


@mechanism("acute_obtuse_swapped")
def acute_obtuse_swapped(kind: str) -> str | None:
    """'acute' named 'obtuse' and the reverse; nothing for other kinds."""
    return {"acute": "obtuse", "obtuse": "acute"}.get(kind)


@mechanism("perimeter_not_halved")
def perimeter_not_halved(perimeter: int, side: int) -> int:
    """A rectangle with perimeter 30 and one side 8: 30 − 2 × 8 = 14 given, not 7."""
    return perimeter - 2 * side


@mechanism("exterior_for_interior")
def exterior_for_interior(sides: int) -> int:
    """A regular hexagon's interior angle given as 60° (360 ÷ 6), not 120°."""
    return 360 // sides
