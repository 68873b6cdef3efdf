"""Mock KS2 reasoning papers (Papers 2 and 3): 35 marks, 40 minutes, catalogue items across the strands."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from ks2practice.core import registry
from ks2practice.core.model import Question, Spec
from ks2practice.printing.layout import Block, Document, SheetPart, id_safe, picture_for, question_block
from ks2practice.printing.mark_scheme import scheme_block
from ks2practice.printing.pdf import PrintOptions
from ks2practice.printing.typeset import literal, text_markup, unit_of
from ks2practice.printing.worksheets import Sheet

# Papers 2 and 3 (reasoning): 35 marks and 40 minutes each, no calculator; question types include multiple choice,
# true/false, completing a chart or table, drawing on a grid, explaining and showing a method. Source: STA, Key stage 2
# mathematics test framework (2016), section 3.2 (test format) and 6.3 (format of questions and responses).
MARKS = 35
MINUTES = 40
PAPERS = (2, 3)

# The spread across strands. The framework's section 6.2 (breadth and emphasis) gives the share of marks for each
# content area, but its table could not be found through this project's search tool (December 2026), so no figure
# is carried over from it. The paper uses a stated, even spread instead: each of the nine content-domain strands
# (N, C, F, R, A, M, G, P, S) has one 2-mark item and two 1-mark items (4 marks), except one strand per paper with
# a single 1-mark item (3 marks): P on Paper 2, R on Paper 3. 8 × 4 + 3 = 35.
STRANDS = ("N", "C", "F", "R", "A", "M", "G", "P", "S")
SHORT_STRAND = {2: "P", 3: "R"}

# A level-1 item's hint (wording.py), brackets inside it too: a test paper gives none.
_HINT = re.compile(r"\s*\(Hint: (?:[^()]|\([^()]*\))*\)")

Choice = tuple[str, str]  # (topic id, question style)

# For each strand: the pool its first 1-mark item is drawn from, the pool of its second, and the pool of its 2-mark
# item. The first pools fix the mix of styles every paper has: a true/false (N), a multiple choice (G, odd one out),
# a chart to complete (S) and a drawing on a grid (P); the second F pool is always an "explain how you know".
ONE_A: dict[str, tuple[Choice, ...]] = {
    "N": (("number.rounding", "true_or_false"), ("number.negative_numbers", "true_or_false"),
          ("number.compare_order", "true_or_false")),
    "C": (("calculation.factors_multiples_primes", "odd_one_out"), ("calculation.squares_cubes", "true_or_false"),
          ("calculation.order_of_operations", "true_or_false")),
    "F": (("fractions.equivalent_fractions", "odd_one_out"), ("fractions.compare_order_fractions", "true_or_false"),
          ("decimals.round_decimals", "fluency")),
    "R": (("ratio.scaling", "fluency"), ("ratio.scale_factors", "missing_number")),
    "A": (("algebra.sequences", "missing_number"), ("algebra.formulae", "fluency")),
    "M": (("measures.convert_units", "missing_number"), ("time.read_clocks", "fluency"),
          ("perimeter_area_volume.area", "fluency")),
    "G": (("shapes.properties_2d", "odd_one_out"), ("shapes.shapes_3d", "odd_one_out"),
          ("angles.angle_types", "odd_one_out")),
    "P": (("position.draw_on_grid", "fluency"),),
    "S": (("statistics.complete_charts", "fluency"),),
}  # fmt: skip
ONE_B: dict[str, tuple[Choice, ...]] = {
    "N": (("number.place_value", "odd_one_out"), ("number.roman_numerals", "fluency"),
          ("number.counting_steps", "missing_number")),
    "C": (("calculation.estimate_inverse", "missing_number"), ("calculation.squares_cubes", "odd_one_out")),
    "F": (("fractions.equivalent_fractions", "explain"), ("decimals.compare_order_decimals", "explain"),
          ("fractions.fractions_of_amounts", "explain")),
    "R": (("percentages.percentage_of_amount", "true_or_false"), ("ratio.unequal_sharing", "fluency")),
    "A": (("algebra.missing_numbers_algebraically", "fluency"), ("algebra.two_unknowns", "true_or_false")),
    "M": (("measures.compare_measures", "compare"), ("time.twelve_24_hour", "fluency"),
          ("perimeter_area_volume.perimeter", "fluency")),
    "G": (("angles.draw_angles", "fluency"), ("angles.read_angles", "fluency"), ("shapes.symmetry", "true_or_false")),
    "P": (("position.coordinates", "fluency"), ("position.translation", "fluency")),
    "S": (("statistics.pictograms", "fluency"), ("statistics.tables_timetables", "fluency"),
          ("statistics.pie_charts", "true_or_false")),
}  # fmt: skip
TWO: dict[str, tuple[Choice, ...]] = {
    "N": (("number.digit_cards", "two_step_word_problem"),),
    "C": (("calculation.long_multiplication", "word_problem"), ("calculation.long_division", "word_problem"),
          ("problems.multi_step_four_operations", "two_step_word_problem")),
    "F": (("fractions.fractions_of_amounts", "two_step_word_problem"),
          ("decimals.add_subtract_decimals", "two_step_word_problem"),
          ("fractions.multiply_fractions", "two_step_word_problem")),
    "R": (("ratio.unequal_sharing", "two_step_word_problem"),
          ("percentages.percentage_of_amount", "two_step_word_problem")),
    "A": (("algebra.two_unknowns", "two_step_word_problem"),),
    "M": (("measures.money_problems", "two_step_word_problem"),
          ("measures.calculate_with_measures", "two_step_word_problem"),
          ("time.durations", "two_step_word_problem")),
    "G": (("angles.missing_angles", "word_problem"),),
    "P": (("position.reflection", "two_step_word_problem"),),
    "S": (("statistics.mean", "two_step_word_problem"), ("statistics.bar_charts", "two_step_word_problem"),
          ("statistics.line_graphs", "two_step_word_problem")),
}  # fmt: skip


@dataclass(frozen=True)
class ReasoningItem:
    """One item of a reasoning paper: the catalogue question, its strand letter and its marks."""

    question: Question
    strand: str
    marks: int

    @property
    def code(self) -> str:
        """The content-domain code the item serves in its strand (the question's first such code)."""
        codes = [code for code in self.question.curriculum if self.strand in code.lstrip("0123456789")[:1]]
        return codes[0] if codes else self.strand


@dataclass(frozen=True)
class _Slot:
    strand: str
    pool: tuple[Choice, ...]
    marks: int


def _slots(paper: int, rng: random.Random) -> list[list[_Slot]]:
    """The slots of each third of the paper: 2-mark slots spread three to a third, 1-mark slots six, six and five."""
    ones = [_Slot(s, ONE_A[s], 1) for s in STRANDS] + [
        _Slot(s, ONE_B[s], 1) for s in STRANDS if s != SHORT_STRAND[paper]
    ]
    twos = [_Slot(s, TWO[s], 2) for s in STRANDS]
    rng.shuffle(ones)
    rng.shuffle(twos)
    # each third: its 1-mark items, then its 2-mark items (demand rises within a third too)
    return [ones[0:6] + twos[0:3], ones[6:12] + twos[3:6], ones[12:] + twos[6:]]


def reasoning_items(seed: int | str, paper: int = 2) -> list[ReasoningItem]:
    """The items of a mock reasoning paper in order: level 1, then 2, then 3 by thirds; no topic twice."""
    if paper not in PAPERS:
        raise ValueError(f"a reasoning paper is Paper 2 or Paper 3, not {paper}")
    rng = random.Random(f"ks2practice|paper-reasoning|{seed}|{paper}")
    items: list[ReasoningItem] = []
    used: set[str] = set()
    for level, third in enumerate(_slots(paper, rng), start=1):
        for slot in third:
            choices = [choice for choice in slot.pool if choice[0] not in used] or list(slot.pool)
            topic_id, style = rng.choice(choices)
            used.add(topic_id)
            number = len(items) + 1
            question = registry.generate(Spec(topic_id, level, f"paper{paper}|{seed}|{number}", style=style))
            items.append(ReasoningItem(without_hint(question), slot.strand, slot.marks))
    assert sum(item.marks for item in items) == MARKS  # the blueprint's own promise
    return items


def without_hint(question: Question) -> Question:
    """The question as a test paper prints it: no "(Hint: …)" after the prompt (the key keeps its worked steps)."""
    prompt = _HINT.sub("", question.prompt)
    return question if prompt == question.prompt else replace(question, item=replace(question.item, prompt=prompt))


def _method_item(number: int, question: Question, options: PrintOptions) -> Block:
    # a 2-mark item: its prompt and picture, then the "Show your method" box with the answer box under it
    code = id_safe(question.spec.code)
    arguments = [str(number), f"[{text_markup(question.prompt)}]"]
    shown = ()
    if question.diagram is not None:
        picture = picture_for(question.diagram, f"q{code}.svg", options)
        arguments.append(f'picture: image("{picture.name}", width: {picture.width_cm}cm)')
        shown = (picture,)
    height = round(3.6 * options.space_scale, 2)
    arguments.append(f"space: [#method-box(unit: {literal(unit_of(question))}, height: {height}cm)]")
    arguments.append("marks: [2 marks]")
    return Block(f"#item({', '.join(arguments)})", shown)


def paper_blocks(items: list[ReasoningItem], options: PrintOptions) -> tuple[Block, ...]:
    """The paper's items laid out, numbered from 1."""
    return tuple(
        _method_item(number, item.question, options)
        if item.marks == 2 and item.question.drawing is None
        else question_block(number, item.question, options, marks=item.marks)
        for number, item in enumerate(items, start=1)
    )


def scheme_blocks(items: list[ReasoningItem], options: PrintOptions) -> tuple[Block, ...]:
    """The mark scheme, item by item with the paper's numbers and marks."""
    return tuple(scheme_block(n, item.question, item.marks, options) for n, item in enumerate(items, start=1))


def reasoning_parts(seed: int | str, paper: int, options: PrintOptions, key: bool = True) -> list[SheetPart]:
    """The paper and (with ``key``) its mark scheme, as parts of a document."""
    items = reasoning_items(seed, paper)
    sheet = Sheet(
        title=f"Mathematics Paper {paper}: reasoning (practice)",
        objective_words=f"{len(items)} questions · {MARKS} marks · {MINUTES} minutes · no calculator",
        tier=0,
        code=f"paper-reasoning{paper}/s{seed}",
        questions=tuple(item.question for item in items),
    )
    parts = [SheetPart(sheet=sheet, blocks=paper_blocks(items, options), is_key=False)]
    if key:
        scheme = Sheet(
            title=f"Mathematics Paper {paper}: reasoning — mark scheme",
            objective_words=f"{MARKS} marks",
            tier=0,
            code=sheet.code,
            questions=sheet.questions,
        )
        parts.append(SheetPart(sheet=scheme, blocks=scheme_blocks(items, options), is_key=True, badge="Mark scheme"))
    return parts


def reasoning_document(
    seed: int | str, options: PrintOptions | None = None, key: bool = True, paper: int = 2
) -> Document:
    """A mock reasoning paper and its mark scheme, laid out."""
    options = options or PrintOptions()
    parts = reasoning_parts(seed, paper, options, key)
    return Document(title=parts[0].sheet.title, parts=tuple(parts), options=options)
