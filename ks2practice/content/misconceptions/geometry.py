"""Misconceptions of geometry (shape, angle, position): the catalogue entries and the wrong answers they predict."""

from __future__ import annotations

from ks2practice.answers.kinds import Coordinate
from ks2practice.content.misconceptions.catalogue import Misconception, mechanism, register


def _point(p: tuple[int, int]) -> str:
    """A wrong point as a child writes it, for a Coordinate key: (3, −2)."""
    return Coordinate(*p).format()


def _as_asked(wrong: tuple[int, int], claimed: tuple[int, int] | None, point: bool) -> object:
    # The same mistake, answered as the item asks: the point, the point written, or the verdict on a claimed point.
    if claimed is not None:
        return claimed in (wrong, _point(wrong))  # the claim as a point, or as written in the question
    return _point(wrong) if point else wrong


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


@mechanism(
    "protractor_wrong_scale",
    say=lambda degrees, **_: (
        f"They read {180 - degrees}° on the other scale; the angle is {degrees}°. Start from the 0 on the arm the "
        "angle begins on, and ask 'is it acute or obtuse?' first."
    ),
    plausible=lambda key, wrong: 0 < wrong < 180,  # any reading on the other scale, however far from the key
)
def protractor_wrong_scale(degrees: int, *, against: int | None = None, claimed: int | None = None) -> object:
    """Reading the other scale: 65° read as 115° (compared with another angle, or judging a claimed reading)."""
    read = 180 - degrees
    if against is not None:  # nothing when the other scale's reading compares the same way as the angle
        sign = "<" if read < against else ">" if read > against else "="
        return None if sign == ("<" if degrees < against else ">" if degrees > against else "=") else sign
    if claimed is not None:
        return claimed == read
    return read


@mechanism(
    "line_as_360",
    say=lambda known, **_: (
        f"They took {known}° from 360°, as if angles on a straight line made a whole turn; a straight line is a "
        f"half turn, so take {known}° from 180°."
    ),
)
def line_as_360(known: int, *, claimed: int | None = None) -> int | bool:
    """Angles on a line taken to total 360°: with 130° known, 230° instead of 50° (or a claim of 230° judged true)."""
    return claimed == 360 - known if claimed is not None else 360 - known


@mechanism(
    "point_as_180",
    say=lambda known: (
        f"They took the {known}° they knew from 180°; a whole turn around a point is 360°, so take it from 360°."
    ),
)
def point_as_180(known: int) -> int | None:
    """Angles around a point taken to total 180°; no prediction when that would not be a positive angle."""
    return 180 - known if known < 180 else None


@mechanism(
    "triangle_as_360",
    say=lambda known, share=1: (
        f"They took the {known}° they knew from 360°{' and halved what was left' if share == 2 else ''}, as if the "
        "angles of a triangle added to 360° (the quadrilateral total); tear the corners off a paper triangle to "
        "see they make a straight line, 180°."
    ),
)
def triangle_as_360(known: int, share: int = 1) -> int | None:
    """The known angles of a triangle taken from 360°: 60° and 70° give 230° (shared between equal angles)."""
    left = 360 - known
    return left // share if left % share == 0 else None


@mechanism("square_not_rectangle")
def square_not_rectangle(says_it_is: bool = True, *, asn: bool = False) -> bool | str:
    """'A square is a rectangle' judged false ('never', when always, sometimes or never is asked); 'a square is
    not a rectangle' judged true."""
    if asn:
        return "never" if says_it_is else "always"
    return not says_it_is


@mechanism(
    "orientation_changes_shape",
    say=lambda named="shape": (
        f"They judged the turned {named} by how it sits on the page, not as a {named}; turning a shape does not "
        "change its sides or angles — turn the page and check."
    ),
)
def orientation_changes_shape(named: str = "shape") -> bool:
    """A shape drawn turned judged not to be the shape it is."""
    return False


@mechanism(
    "coordinates_swapped",
    say=lambda x, y, **_: (
        f"They wrote the coordinates the wrong way round, {_point((y, x))} for {_point((x, y))}; x (along the "
        "corridor) comes first, then y (up the stairs)."
    ),
)
def coordinates_swapped(
    x: int, y: int, *, claimed: tuple[int, int] | None = None, point: bool = False
) -> tuple[int, int] | str | bool | None:
    """(3, −2) written (−2, 3); nothing when x = y (the swap changes nothing)."""
    return _as_asked((y, x), claimed, point) if x != y else None


@mechanism(
    "reflection_wrong_distance",
    say=lambda value, mirror, **_: (
        f"The point is {abs(value - mirror)} square{'s' if abs(value - mirror) != 1 else ''} from the mirror line, "
        f"but they put the image {abs(value - mirror) + 1} squares beyond it (they counted the square the point "
        "starts on); count the jumps to the mirror line, then the same number of jumps beyond it."
    ),
)
def reflection_wrong_distance(
    value: int,
    mirror: int,
    *,
    keep: int | None = None,
    axis: str = "x",
    claimed: tuple[int, int] | str | None = None,
    point: bool = True,
) -> int | str | bool:
    """Counting the square the point starts on, so the image lands one square too far: 1 in x = 3 → 6, not 5.
    With ``keep`` (the coordinate that stays), the whole wrong point, for a mirror line parallel to ``axis``."""
    wrong = 2 * mirror - value + (1 if value < mirror else -1)
    if keep is None:
        return wrong
    return _as_asked((wrong, keep) if axis == "x" else (keep, wrong), claimed, True)


@mechanism(
    "reflection_wrong_axis",
    say=lambda x, y, in_x_axis, **_: (
        f"They reflected in the {'y' if in_x_axis else 'x'}-axis, not the {'x' if in_x_axis else 'y'}-axis, so "
        f"they changed the {'x' if in_x_axis else 'y'}-coordinate; a reflection in the x-axis changes only the "
        "y-coordinate, and in the y-axis only the x-coordinate."
    ),
)
def reflection_wrong_axis(
    x: int, y: int, in_x_axis: bool, *, claimed: tuple[int, int] | None = None, point: bool = False
) -> tuple[int, int] | str | bool | None:
    """Reflecting (x, y) in the x-axis gives (x, −y); the slip changes the x instead: (−x, y)."""
    return _as_asked((-x, y) if in_x_axis else (x, -y), claimed, point)


def _move(dx: int, dy: int) -> str:
    parts = [f"{abs(dx)} {'right' if dx > 0 else 'left'}"] if dx else []
    parts += [f"{abs(dy)} {'up' if dy > 0 else 'down'}"] if dy else []
    return " and ".join(parts)


@mechanism(
    "translation_wrong_direction",
    say=lambda x, y, dx, dy, **_: (
        f"They moved the point {_move(-dx, -dy)} instead of {_move(dx, dy)}; left and down make the coordinates "
        "smaller, right and up make them bigger."
    ),
)
def translation_wrong_direction(
    x: int, y: int, dx: int, dy: int, *, claimed: tuple[int, int] | None = None, point: bool = False
) -> tuple[int, int] | str | bool:
    """Moving (x, y) by (−dx, −dy) instead of (dx, dy): 3 left read as 3 right."""
    return _as_asked((x - dx, y - dy), claimed, point)


@mechanism(
    "faces_for_edges",
    say=lambda faces, **_: (
        f"They counted the {faces} faces (flat surfaces) when asked for edges (where two faces meet); run a finger "
        "along each edge of a real shape and count."
    ),
)
def faces_for_edges(faces: int, *, claimed: int | None = None) -> int | bool:
    """The number of faces given as the number of edges: a cube has 12 edges, not 6 (or a claim of 6 judged true)."""
    return claimed == faces if claimed is not None else faces


@mechanism(
    "radius_diameter_confused",
    say=lambda given, want_diameter, **_: (
        f"They halved the radius, {given} cm, to get the diameter; the diameter is twice the radius."
        if want_diameter
        else f"They doubled the diameter, {given} cm, to get the radius; the radius is half the diameter."
    ),
)
def radius_diameter_confused(given: int, want_diameter: bool, *, claimed: int | None = None) -> int | bool | None:
    """Halving instead of doubling (or the reverse): radius 6 → diameter 3; diameter 10 → radius 20."""
    if want_diameter:
        wrong = given // 2 if given % 2 == 0 else None
    else:
        wrong = given * 2
    return claimed == wrong if claimed is not None and wrong is not None else wrong


@mechanism("diagonal_as_symmetry")
def diagonal_as_symmetry(lines: int = 2, *, claimed: int | None = None, asn: bool = False) -> int | bool | str:
    """A non-square rectangle's 2 lines of symmetry counted as 4 (the diagonals added); 'a diagonal of a rectangle
    is a line of symmetry' judged 'always'."""
    if asn:
        return "always"
    return claimed == lines + 2 if claimed is not None else lines + 2


@mechanism("reflex_as_inside")
def reflex_as_inside(reflex: int) -> int:
    """A reflex angle of 290° given as the 70° inside its arms."""
    return 360 - reflex


@mechanism(
    "acute_obtuse_swapped",
    say=lambda kind: (
        f"They called an {kind} angle {'obtuse' if kind == 'acute' else 'acute'}; acute angles are 'a cute little "
        "angle', smaller than a right angle, and obtuse angles are between a right angle and a straight line — "
        "hold a right-angle checker (a folded paper corner) against it."
    ),
)
def acute_obtuse_swapped(kind: str) -> str | None:
    """'acute' named 'obtuse' and the reverse; nothing for other kinds."""
    return {"acute": "obtuse", "obtuse": "acute"}.get(kind)


@mechanism(
    "perimeter_not_halved",
    say=lambda perimeter, side, unit="": (
        f"They took the two sides of {side}{' ' + unit if unit else ''} from the perimeter of {perimeter}"
        f"{' ' + unit if unit else ''} but did not halve what was left; what is left is two equal sides, so share "
        "it between them."
    ),
)
def perimeter_not_halved(perimeter: int, side: int, unit: str = "") -> int:
    """A rectangle with perimeter 30 and one side 8: 30 − 2 × 8 = 14 given, not 7."""
    return perimeter - 2 * side


@mechanism(
    "exterior_for_interior",
    say=lambda sides: (
        f"They worked out 360° ÷ {sides}, which is the exterior angle; the interior angle is 180° minus that."
    ),
)
def exterior_for_interior(sides: int) -> int:
    """A regular hexagon's interior angle given as 60° (360 ÷ 6), not 120°."""
    return 360 // sides
