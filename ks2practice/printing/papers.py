"""Mock KS2 arithmetic papers (Paper 1 format) with mark schemes, and multiplication tables check practice sheets."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from ks2practice.content import mtc
from ks2practice.core import registry
from ks2practice.core.model import Question, Spec
from ks2practice.printing.layout import Block, Document, SheetPart, compile_document, question_block
from ks2practice.printing.mark_scheme import scheme_block
from ks2practice.printing.pdf import PrintOptions
from ks2practice.printing.worksheets import Sheet

# The KS2 arithmetic paper (Paper 1): 36 items, 40 marks, 30 minutes; context-free calculations whose demand rises
# through the paper, with long multiplication and long division worth 2 marks each (a method mark when the answer is
# wrong). Source: STA, Key stage 2 mathematics test framework (2016), section 6.4 and Table 6; the past papers
# published on gov.uk (2016–2024) show the order: mental facts first, then written methods, fractions, decimals and
# percentages, with long multiplication and division spread through the second half.
ITEMS = 36
MARKS = 40
MINUTES = 30


@dataclass(frozen=True)
class Slot:
    """One position in the paper: the topics that may fill it (first registered wins), the level and the marks."""

    topics: tuple[str, ...]
    level: int
    marks: int = 1


_ADD = ("calculation.mental_add_subtract",)
_COL_ADD = ("calculation.column_addition",)
_COL_SUB = ("calculation.column_subtraction",)
_FACTS = ("calculation.times_tables",)
_TENS = ("calculation.mental_multiply_divide",)
_SHORT_MUL = ("calculation.short_multiplication",)
_SHORT_DIV = ("calculation.short_division",)
_LONG_MUL = ("calculation.long_multiplication",)
_LONG_DIV = ("calculation.long_division",)
_ORDER = ("calculation.order_of_operations",)
_POWERS = ("calculation.squares_cubes",)
_DEC = ("decimals.add_subtract_decimals", "calculation.mental_multiply_divide")
_DEC_MUL = ("decimals.multiply_decimals_by_whole", "calculation.short_multiplication")
_FRAC_ADD = ("fractions.add_subtract_fractions", "calculation.column_addition")
_FRAC_OF = ("fractions.fractions_of_amounts", "calculation.short_division")
_FRAC_MUL = ("fractions.multiply_fractions", "calculation.short_multiplication")
_FRAC_DIV = ("fractions.divide_fractions", "calculation.short_division")
_PERCENT = ("percentages.percentage_of_amount", "calculation.mental_multiply_divide")

BLUEPRINT: tuple[Slot, ...] = (
    Slot(_ADD, 1),
    Slot(_ADD, 2),
    Slot(_FACTS, 2),
    Slot(_TENS, 1),
    Slot(_COL_ADD, 1),
    Slot(_FACTS, 3),
    Slot(_COL_SUB, 1),
    Slot(_POWERS, 1),
    Slot(_ORDER, 1),
    Slot(_TENS, 2),
    Slot(_COL_ADD, 2),
    Slot(_COL_SUB, 2),
    Slot(_SHORT_MUL, 2),
    Slot(_SHORT_DIV, 2),
    Slot(_DEC, 1),
    Slot(_FRAC_ADD, 1),
    Slot(_PERCENT, 1),
    Slot(_FRAC_OF, 1),
    Slot(_LONG_MUL, 2, marks=2),
    Slot(_ORDER, 2),
    Slot(_ADD, 3),
    Slot(_SHORT_DIV, 3),
    Slot(_DEC_MUL, 2),
    Slot(_LONG_DIV, 2, marks=2),
    Slot(_FRAC_ADD, 2),
    Slot(_POWERS, 2),
    Slot(_PERCENT, 2),
    Slot(_FRAC_MUL, 2),
    Slot(_TENS, 3),
    Slot(_LONG_MUL, 3, marks=2),
    Slot(_COL_SUB, 3),
    Slot(_FRAC_MUL, 3),
    Slot(_ORDER, 3),
    Slot(_FRAC_DIV, 3),
    Slot(_LONG_DIV, 3, marks=2),
    Slot(_FRAC_ADD, 3),
)

_HINT = re.compile(r"\s*\(Hint:[^)]*\)\s*$")
_FORM = re.compile(r"Give your answer[^.]*\.")
_ASKED = re.compile(r"^(?:Find|Work out|Calculate) ([^?]+?)[.?]?$")
_BARE = re.compile(r"[\d.,/ %()×÷+−²³]+(?: of [\d.,/ ]+)?")  # a calculation with nothing but numbers and signs


@dataclass(frozen=True)
class PaperItem:
    """A paper item: the question, how it is printed (the bare calculation where it can be), and its marks."""

    question: Question
    text: str
    marks: int


def paper_text(question: Question) -> str:
    """The calculation as the real paper prints it ('278 × 69 =', '75% of 60 ='), or the prompt without any hint.

    An instruction about the form of the answer ('Give your answer as a mixed number.') is kept after it.
    """
    check, prompt = question.check, _HINT.sub("", question.prompt)
    form = " ".join(_FORM.findall(prompt))
    asked = _ASKED.match(_FORM.sub("", prompt).strip())
    if "□" not in check and check in prompt:
        text = f"{check} ="
    elif asked and _BARE.fullmatch(asked.group(1)):
        text = f"{asked.group(1)} ="
    else:
        return prompt
    return f"{text}   {form}" if form else text


def _fill(slot: Slot) -> str:
    for topic_id in slot.topics:
        try:
            entry = registry.get(topic_id)
        except KeyError:
            continue
        if "fluency" in entry.styles and slot.level in entry.levels:
            return topic_id
    raise ValueError(f"no registered topic can fill a paper slot of {', '.join(slot.topics)}")


def arithmetic_items(seed: int | str) -> list[PaperItem]:
    """The 36 items of a mock arithmetic paper, demand rising, no calculation repeated."""
    items: list[PaperItem] = []
    seen: set[str] = set()
    for number, slot in enumerate(BLUEPRINT, start=1):
        topic_id = _fill(slot)
        for attempt in range(50):
            question = registry.generate(
                Spec(topic_id, slot.level, f"paper|{seed}|{number}|{attempt}", style="fluency")
            )
            text = paper_text(question)
            if text not in seen:
                break
        seen.add(text)
        items.append(PaperItem(question, text, slot.marks))
    assert sum(item.marks for item in items) == MARKS and len(items) == ITEMS  # the blueprint's own promise
    return items


def _as_printed(item: PaperItem) -> Question:
    # The child sees the bare calculation; the key keeps the question's own answer, rule and method.
    return replace(item.question, item=replace(item.question.item, prompt=item.text))


def arithmetic_document(seed: int | str, options: PrintOptions | None = None, key: bool = True) -> Document:
    """The paper and its mark scheme, laid out."""
    options = options or PrintOptions()
    items = arithmetic_items(seed)
    printed = [_as_printed(item) for item in items]
    code = f"paper-arithmetic/s{seed}"
    sheet = Sheet(
        title="Mathematics Paper 1: arithmetic (practice)",
        objective_words=f"{ITEMS} questions · {MARKS} marks · {MINUTES} minutes · no calculator",
        tier=0,
        code=code,
        questions=tuple(printed),
    )
    blocks = tuple(
        question_block(i + 1, q, options, marks=item.marks, pictures=False)
        for i, (q, item) in enumerate(zip(printed, items, strict=True))
    )
    parts = [SheetPart(sheet=sheet, blocks=blocks, is_key=False)]
    if key:
        # the mark scheme as STA writes it (mark_scheme.py): answer, accept, do not accept, the method mark
        scheme = tuple(
            scheme_block(number, question, item.marks, options)
            for number, (question, item) in enumerate(zip(printed, items, strict=True), start=1)
        )
        parts.append(SheetPart(sheet=sheet, blocks=scheme, is_key=True, badge="Mark scheme"))
    return Document(title=sheet.title, parts=tuple(parts), options=options)


def arithmetic_pdf(seed: int | str, options: PrintOptions | None = None) -> tuple[bytes, Document]:
    document = arithmetic_document(seed, options)
    return compile_document(document), document


# ---------------------------------------------------------------------- multiplication tables check practice


def mtc_facts(seed: int | str) -> list[mtc.Fact]:
    """25 facts weighted as the Year 4 check is (see session/mtc.py for the source and its caveats)."""
    return mtc.rehearsal(random.Random(f"ks2practice|mtc-sheet|{seed}"))


def mtc_document(seed: int | str, options: PrintOptions | None = None, key: bool = True) -> Document:
    """One page of 25 facts to answer in 6 seconds each, and a one-page key."""
    options = options or PrintOptions()
    facts = mtc_facts(seed)
    questions = tuple(mtc.fact_question(fact) for fact in facts)
    sheet = Sheet(
        title="Multiplication tables check: practice",
        objective_words=f"{mtc.ITEMS} facts from the 2 to 12 times tables · about {mtc.SECONDS} seconds each",
        tier=0,
        code=f"paper-mtc/s{seed}",
        questions=questions,
    )
    parts = [SheetPart(sheet=sheet, blocks=_mtc_blocks(facts, answers=False), is_key=False)]
    if key:
        parts.append(SheetPart(sheet=sheet, blocks=_mtc_blocks(facts, answers=True), is_key=True))
    return Document(title=sheet.title, parts=tuple(parts), options=options)


def _mtc_blocks(facts: list[mtc.Fact], answers: bool) -> tuple[Block, ...]:
    # Two facts to a row; each row is a block, so large print flows onto a second page instead of overflowing.
    blocks = [Block("#mtc-intro()")]
    for first in range(0, len(facts), 2):
        pair = ", ".join(f"({f.table}, {f.times}, {f.product})" for f in facts[first : first + 2])
        blocks.append(Block(f"#mtc-row({first + 1}, ({pair},), answers: {'true' if answers else 'false'})"))
    return tuple(blocks)


def mtc_pdf(seed: int | str, options: PrintOptions | None = None) -> tuple[bytes, Document]:
    document = mtc_document(seed, options)
    return compile_document(document), document
