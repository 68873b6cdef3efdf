"""Misconceptions of measurement (lengths, masses, capacities, money, perimeter, area, volume) and their answers."""

from __future__ import annotations

from fractions import Fraction

from ks2practice.content.misconceptions.catalogue import Misconception, any_size, mechanism, register

register(
    Misconception(
        "perimeter_for_area",
        "Gives the perimeter when asked for the area",
        "They added the sides (the distance round) when the question asked for the area (the space inside); "
        "cover the shape with squares, then walk a finger round its edge, and compare the two.",
    ),
    Misconception(
        "area_for_perimeter",
        "Gives the area when asked for the perimeter",
        "They multiplied the sides (the space inside) when the question asked for the perimeter (the distance "
        "round); trace the edge and add each side as you pass it.",
    ),
    Misconception(
        "two_sides_only",
        "Adds only the sides that are labelled",
        "They added only the sides with numbers on; a rectangle has four sides, so trace all the way round "
        "and write the length of every side before adding.",
    ),
    Misconception(
        "conversion_wrong_factor",
        "Converts with the wrong factor",
        "They used the wrong number of smaller units in a larger one (for example 100 g in a kilogram); "
        "recite the facts: 10 mm in 1 cm, 100 cm in 1 m, 1000 m in 1 km, 1000 g in 1 kg, 1000 ml in 1 l.",
    ),
    Misconception(
        "conversion_wrong_direction",
        "Converts the wrong way",
        "They divided when they should multiply (or the reverse); ask 'are the new units bigger or smaller?' — "
        "smaller units mean more of them.",
    ),
    Misconception(
        "pence_one_digit",
        "Writes a few pence with one digit after the point",
        "They wrote 5p after the point as .5, which means 50p (£2.05 written £2.5); "
        "the two digits after the point are always the pence, so 5p is .05.",
    ),
    Misconception(
        "pounds_pence_mixed",
        "Mixes pounds and pence in one calculation",
        "They combined pounds and pence as if they were the same unit (£3.45 + 60p as £3.105 or £63.45); "
        "write both amounts in pence (345p + 60p) or both in pounds (£3.45 + £0.60) first.",
    ),
    Misconception(
        "change_counting_up",
        "Counts up to the next pound wrongly",
        "Counting up to the next pound they made each digit up to 10 (45p + 65p); make the pence up to 100 "
        "(45p + 55p = £1) — check by adding the change back to the price.",
    ),
    Misconception(
        "edge_squares_only",
        "Counts only the squares along the edge",
        "They counted only the squares round the edge of the shape and missed the ones inside; "
        "count row by row, or use rows × squares in a row.",
    ),
    Misconception(
        "half_squares_as_whole",
        "Counts part squares as whole squares",
        "They counted every square the shape touches as a whole square; count whole squares first, then "
        "pair up the half squares — two halves make one square.",
    ),
    Misconception(
        "triangle_not_halved",
        "Forgets to halve for the area of a triangle",
        "They multiplied base by height but did not halve; draw the rectangle round the triangle to see that "
        "the triangle is half of it.",
    ),
    Misconception(
        "slant_height_used",
        "Uses the slanting side as the height",
        "They multiplied the base by the slanting side; the height is the perpendicular distance between the "
        "parallel sides — cut off a triangle and move it to make a rectangle to see why.",
    ),
    Misconception(
        "volume_edges_added",
        "Adds the edges to find the volume",
        "They added the length, width and height; volume counts cubes: layers × cubes in a layer, "
        "so length × width × height.",
    ),
    Misconception(
        "compare_numbers_not_measures",
        "Compares the numbers and ignores the units",
        "They compared the numbers without looking at the units (800 g > 1.5 kg); "
        "write both in the same unit before comparing.",
    ),
    Misconception(
        "unlabelled_sides_ignored",
        "Leaves out the sides with no label",
        "They added only the labelled sides of the shape; work out each missing side from the opposite sides "
        "first, then go round every side once.",
    ),
)

# Imported once the entries above are registered: measures_units gives some of them their mechanism.
from ks2practice.content.misconceptions import measures_units as mu  # noqa: E402

_FACTORS = {10: 100, 100: 1000, 1000: 100}
"""For each true conversion factor, the factor a pupil most often confuses it with."""


@mechanism("perimeter_for_area", story=mu.perimeter_story)
def perimeter_for_area(length: int | Fraction, width: int | Fraction, **claim: object) -> Fraction | str | bool:
    """The perimeter of a length × width rectangle (or of an L-shape in a length × width box) given as its area:
    5 cm by 3 cm → 16. With against=(length, width) of a second rectangle, the sign comparing the two perimeters;
    with claim=, whether that claim looks right to this mistake."""
    return mu.judged(Fraction(2 * (length + width)), lambda a, b: 2 * (a + b), **claim)


@mechanism("area_for_perimeter", story=mu.area_story)
def area_for_perimeter(length: int | Fraction, width: int | Fraction, **claim: object) -> Fraction | str | bool:
    """The area of a length × width rectangle given as its perimeter: 5 cm by 3 cm → 15 (against=, claim= as
    for perimeter_for_area)."""
    return mu.judged(Fraction(length * width), lambda a, b: a * b, **claim)


@mechanism("two_sides_only", story=mu.two_sides_story)
def two_sides_only(length: int | Fraction, width: int | Fraction, per: int | Fraction = 1) -> Fraction:
    """Adding the two labelled sides of a rectangle for its perimeter: 5 cm by 3 cm → 8 (then × per, the cost of a
    metre of fencing, where the perimeter is priced)."""
    return Fraction(length + width) * per


@mechanism("conversion_wrong_factor", say=mu.wrong_factor_say, plausible=any_size, story=mu.wrong_factor_story)
def conversion_wrong_factor(
    value: int | Fraction, factor: int, multiply: bool, then_add: int | Fraction = 0, then_share: int = 1
) -> Fraction | None:
    """Converting with a neighbouring factor: 3 kg → 300 g (× 100, not × 1000); 450 cm → 0.45 m (÷ 1000).
    The rest of a calculation done right afterwards: + then_add, then ÷ then_share (None if not above 0)."""
    wrong = _FACTORS[factor]
    converted = Fraction(value) * wrong if multiply else Fraction(value) / wrong
    result = (converted + then_add) / then_share
    return result if result > 0 else None


@mechanism("conversion_wrong_direction", say=mu.wrong_direction_say, plausible=any_size, story=mu.wrong_direction_story)
def conversion_wrong_direction(
    value: int | Fraction, factor: int | Fraction, multiply: bool, claim: Fraction | None = None
) -> Fraction | bool:
    """Dividing instead of multiplying (or the reverse): 3 kg in grams → 0.003; 40 km in miles (5 ≈ 8) → 64.
    With claim=, whether the claim looks right to this mistake."""
    wrong = Fraction(value) / factor if multiply else Fraction(value) * factor
    return wrong if claim is None else wrong == claim


@mechanism("pence_one_digit")
def pence_one_digit(pence: int) -> str | None:
    """A few pence written with one digit after the point: 205p → '£2.5'."""
    pounds, rest = divmod(pence, 100)
    if not 1 <= rest <= 9 or pounds == 0:
        return None
    return f"£{pounds}.{rest}"


# The two ways of mixing pounds and pence live beside the mechanism that uses them (pounds_pence_mixed).
pence_column_overflow = mu.pence_column_overflow
pence_as_pounds = mu.pence_as_pounds


@mechanism("change_counting_up", say=mu.change_counting_up_say, story=mu.change_counting_up_story)
def change_counting_up(cost: int, paid: int) -> int | None:
    """Change counted up with each pence digit made up to 10: £3.45 from £5 → £1.65 (not £1.55)."""
    rest = cost % 100
    if rest == 0 or rest % 10 == 0 or paid % 100:
        return None
    wrong_to_pound = (10 - rest // 10) * 10 + (10 - rest % 10)
    return paid - (cost - rest + 100) + wrong_to_pound


@mechanism("edge_squares_only")
def edge_squares_only(rows: int, columns: int) -> int | None:
    """Counting only the squares round the edge of a rows × columns rectangle: 4 by 5 → 14 (not 20)."""
    if rows < 3 or columns < 3:
        return None  # every square is on the edge
    return 2 * (rows + columns) - 4


@mechanism("half_squares_as_whole")
def half_squares_as_whole(whole: int, halves: int) -> int | None:
    """Counting each half square as a whole one: 10 whole and 4 half squares → 14 (not 12)."""
    return whole + halves if halves else None


@mechanism("triangle_not_halved", story=mu.triangle_story)
def triangle_not_halved(base: int | Fraction, height: int | Fraction) -> Fraction:
    """The area of a triangle as base × height: base 6, height 4 → 24 (not 12)."""
    return Fraction(base * height)


@mechanism("slant_height_used", story=mu.slant_story)
def slant_height_used(base: int | Fraction, slant: int | Fraction) -> Fraction:
    """The area of a parallelogram as base × slanting side: base 8, slant 5 (height 4) → 40."""
    return Fraction(base * slant)


@mechanism("volume_edges_added")
def volume_edges_added(length: int, width: int, height: int, **claim: object) -> int | str | bool:
    """The volume of a cuboid as the sum of its edges: 5 × 3 × 2 → 10. With against=(l, w, h) of a second cuboid,
    the sign comparing the two sums; with claim=, whether that claim looks right to this mistake."""
    return mu.judged(length + width + height, lambda a, b, c: a + b + c, **claim)


@mechanism("compare_numbers_not_measures", say=mu.numbers_not_measures_say)
def compare_numbers_not_measures(a, b=None, claim: str | None = None, shown: tuple = (), largest: bool = True):
    """The sign from the numbers as written, units ignored: 800 g □ 1.5 kg → '>'. With claim ('<' or '>'),
    whether the claim looks true that way; with a tuple of numbers as written and the amounts ``shown``, the
    amount with the largest (or smallest) number."""
    if isinstance(a, tuple):
        pick = (max if largest else min)(range(len(a)), key=lambda i: a[i])
        return shown[pick]
    sign = "<" if a < b else ">" if a > b else "="
    return sign if claim is None else sign == claim


@mechanism("unlabelled_sides_ignored")
def unlabelled_sides_ignored(labelled: list[int] | tuple[int, ...]) -> int:
    """The perimeter of a rectilinear shape as the sum of its labelled sides only: 8 + 6 + 3 + 2 → 19."""
    return sum(labelled)
