"""The adult's script for one question: what to say, a stem sentence, which picture step to show, what to watch for."""

from __future__ import annotations

from dataclasses import dataclass

from ks2practice.core.model import Question

# Stem sentences for the pupils to say back, by skill (the part of the topic id after the dot).
STEMS: dict[str, str] = {
    "column_addition": "When a column adds up to 10 or more, I exchange ten of them for one in the next column.",
    "column_subtraction": "When the top digit is smaller, I exchange one from the next column: I never swap the "
    "digits round.",
    "mental_add_subtract": "I can partition ___ into ___ and ___ to make it easier to add or subtract.",
    "short_multiplication": "I multiply each digit, starting with the ones, and carry into the next column.",
    "long_multiplication": "When I multiply by the tens digit, I put a zero in the ones first, because I am "
    "multiplying by tens.",
    "short_division": "___ divided by ___ is ___ remainder ___; the remainder is less than the divisor.",
    "long_division": "I ask how many groups of ___ fit into ___, then subtract and bring down the next digit.",
    "mental_multiply_divide": "When I multiply by 10, each digit moves one place to the left.",
    "times_tables": "___ groups of ___ is ___, so ___ × ___ = ___.",
    "squares_cubes": "A square number is a number multiplied by itself; a cube is a number multiplied by itself "
    "three times.",
    "factors_multiples_primes": "A factor divides a number exactly; a multiple is in its times table.",
    "order_of_operations": "Brackets first, then multiply and divide, then add and subtract.",
    "estimate_inverse": "I round to estimate, then check with the inverse: ___ − ___ = ___.",
    "place_value": "The digit ___ is in the ___ column, so its value is ___.",
    "compare_order": "I compare the digits with the greatest value first.",
    "rounding": "___ is between ___ and ___; it is nearer to ___.",
    "more_or_less": "When I add 10, 100 or 1000, only that column changes, unless I cross a boundary.",
    "negative_numbers": "On a number line, numbers to the left are smaller; −5 is less than −2.",
    "number_lines": "Each interval is worth ___, so the arrow points to ___.",
    "read_write": "I read the thousands first, then the hundreds, tens and ones.",
    "roman_numerals": "A smaller numeral before a larger one is subtracted: IV is 5 − 1.",
    "counting_steps": "Each step adds ___, so the next number is ___.",
    "digit_cards": "For the largest number, I put the largest digit in the column with the greatest value.",
    "rehearsal": "___ × ___ = ___: I know it straight away, or I use a fact I know.",
}

# Fallback stems by question style, for skills without one of their own.
STYLE_STEMS: dict[str, str] = {
    "missing_number": "The missing number is ___ because ___.",
    "compare": "___ is greater than / less than ___ because ___.",
    "true_or_false": "It is true / false because ___.",
    "spot_the_mistake": "The mistake is in the ___ step; it should be ___.",
    "word_problem": "I know ___ and I need to find ___, so I will ___.",
    "two_step_word_problem": "First I find ___, then I use it to find ___.",
}
DEFAULT_STEM = "The answer is ___ because ___."

# What to say first, by style.
SAY: dict[str, str] = {
    "fluency": "Read the question together. Ask: what do we need to find?",
    "missing_number": "Read it aloud, saying 'something' for the box. Ask: what could the box be?",
    "compare": "Ask: which is bigger? How do you know without working both out?",
    "true_or_false": "Ask: is this true or false? Convince me.",
    "spot_the_mistake": "Someone has made a mistake here. Can you be the teacher and find it?",
    "word_problem": "Read the story together. Ask: what do we know, and what do we need to find?",
    "two_step_word_problem": "Read the story together. Ask: what must we find out first?",
    "odd_one_out": "Ask: which is the odd one out, and why? Could a different one be the odd one out?",
    "variation": "Ask: what is the same and what has changed from the last one?",
}
DEFAULT_SAY = "Read the question together, then give everyone time to think before anyone answers."

# Concrete–pictorial–abstract: what to show for each kind of picture.
SHOW: dict[str, str] = {
    "bar_model": "Pictorial: point to the bar model — the whole bar and its parts. Concrete first if needed: "
    "strips of paper or cubes in a row.",
    "part_whole": "Pictorial: the part–whole model. Concrete: counters in the two parts, then push them together.",
    "number_line": "Pictorial: trace the jumps along the number line with a finger and say each jump aloud.",
    "base_ten": "Concrete: build both numbers with Dienes (base-10) blocks and exchange ten for one; then the picture.",
    "place_value_chart": "Concrete: place-value counters on a chart; move the counters as the digits change.",
    "array": "Concrete: lay counters out in equal rows; count the rows and the columns. Then the array picture.",
    "tens_frame": "Concrete: counters in a tens frame; fill a frame to make ten.",
    "fraction_bar": "Pictorial: the fraction bar — count the equal parts, then the shaded ones.",
    "fraction_wall": "Pictorial: the fraction wall — line the pieces up to compare their lengths.",
    "double_number_line": "Pictorial: the double number line — what we do to one line we do to the other.",
    "ratio_table": "Pictorial: the ratio table — what we do to one row we do to the other.",
    "analogue_clock": "Concrete: a teaching clock; move the hands together. Then the picture.",
    "coins": "Concrete: real or play coins; count the largest coins first.",
    "shape_2d": "Concrete: cut-out shapes or a geoboard; point to the marked sides and angles.",
    "coordinate_grid": "Pictorial: along the corridor, then up the stairs — trace across, then up.",
    "angle": "Concrete: open a pair of geostrips (or two pencils) to match the angle; compare it with a square "
    "corner of paper.",
    "angles_at_point": "Concrete: fold a paper circle in half for a straight line, in quarters for right angles; "
    "the angles fill the fold exactly.",
    "turn": "Concrete: stand up and face the way the arrow starts; turn together as you say quarter, half, "
    "three-quarter.",
    "protractor": "Concrete: a real protractor — put its centre on the point, its zero line on one arm, and count "
    "round from that zero.",
    "circle": "Concrete: draw round a plate; fold it in half to find a diameter, then in half again to find the "
    "centre and a radius.",
    "solid": "Concrete: hold the real solid (or a model); touch each face, run a finger along each edge, count the "
    "corners.",
    "net": "Concrete: cut the net out of squared paper and fold it; see whether the faces close up.",
    "solid_net": "Concrete: unfold a small box or a packet; match each face of the net to a face of the solid.",
    "cube_stack": "Concrete: build it with interlocking cubes, layer by layer, and count one layer first.",
    "shape_row": "Pictorial: put a finger on the same side in each shape and say how many times longer it is.",
    "symmetry_figure": "Concrete: a small mirror on the dashed line, or fold the paper along it; the halves match.",
    "ruler": "Concrete: a real ruler; check the object starts at 0, then count the centimetres and the millimetres.",
    "measuring_jug": "Concrete: a jug of water at eye level; work out what each small mark is worth before reading.",
    "weighing_scale": "Concrete: kitchen scales; work out what each small mark is worth, then read the pointer.",
    "thermometer": "Concrete: a classroom thermometer; count the marks up or down from zero.",
    "digital_clock": "Concrete: a teaching clock beside the digital display; set the hands to match it.",
    "timeline": "Pictorial: jump along the time line to the next o'clock, then on to the end; add the jumps.",
    "area_model": "Pictorial: shade one fraction in columns and the other in rows; count the squares shaded twice.",
    "hundred_square": "Concrete: a hundred square and counters; cover the pattern and say the next number.",
    "bar_chart": "Pictorial: run a ruler across from the top of the bar to the scale; say what each line is worth.",
    "line_graph": "Pictorial: find the point, then trace straight across to the scale with a ruler.",
    "pictogram": "Pictorial: read the key first — what one symbol stands for — then count the symbols in the row.",
    "pie_chart": "Pictorial: fold a paper circle into halves and quarters; match the sectors to the folds.",
    "table": "Pictorial: a finger on the row and another on the column; slide them until they meet.",
}
NO_PICTURE = "Abstract: numbers only. If someone is stuck, draw a bar model or use counters, then come back."


@dataclass(frozen=True)
class Script:
    """What the adult needs beside the question, in plain words."""

    say: str
    stem: str
    show: str
    watch_for: tuple[str, ...]
    answer: str
    method: tuple[str, ...]


def script_for(question: Question) -> Script:
    """The script for one question, from its topic, style, picture and the misconceptions it predicts."""
    skill = question.spec.topic.split(".")[-1]
    kind = getattr(question.diagram, "kind", None)
    watch = []
    for predicted in question.misconceptions:
        line = f"{predicted.feedback} (they would say {predicted.response})"
        if line not in watch:
            watch.append(line)
    return Script(
        say=SAY.get(question.style, DEFAULT_SAY),
        stem=STEMS.get(skill) or STYLE_STEMS.get(question.style, DEFAULT_STEM),
        show=SHOW.get(kind, NO_PICTURE) if kind else NO_PICTURE,
        watch_for=tuple(watch),
        answer=question.answer.format(),
        method=tuple(question.solution),
    )
