"""A full mock KS2 mathematics test: a cover, Papers 1, 2 and 3 each with its mark scheme, and its items as data."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ks2practice.printing import paper_reasoning, papers
from ks2practice.printing.layout import Document, SheetPart, typst_source
from ks2practice.printing.pdf import TEMPLATES, Compiled, PrintOptions, compile_counted
from ks2practice.printing.typeset import literal

# The three papers with their minutes and marks: Paper 1 arithmetic 30 minutes, 40 marks; Papers 2 and 3 reasoning
# 40 minutes, 35 marks each; 110 marks in all. Source: STA, Key stage 2 mathematics test framework (2016), section
# 3.2 (test format, Table 2).
PAPERS = (
    (1, "Paper 1: arithmetic", papers.MINUTES, papers.MARKS),
    (2, "Paper 2: reasoning", paper_reasoning.MINUTES, paper_reasoning.MARKS),
    (3, "Paper 3: reasoning", paper_reasoning.MINUTES, paper_reasoning.MARKS),
)
TOTAL = 110
assert sum(marks for *_, marks in PAPERS) == TOTAL
COVER_NOTE = (
    "Sit each paper on its own, in the time shown, without a calculator. Each paper's mark scheme follows it: take "
    "the mark schemes out before the pupils sit the papers."
)


@dataclass(frozen=True)
class PaperItem:
    """One item of the full mock as data, for marks entry and the attainment report: which paper, its number there,
    its marks, its content-domain code (such as 5F8) and the catalogue topic it was drawn from."""

    paper: int
    number: int
    marks: int
    strand: str
    topic: str


def _first_code(question: object) -> str:
    codes = getattr(question, "curriculum", ())
    return codes[0] if codes else ""


def sats_items(seed: int | str) -> list[PaperItem]:
    """Every item of the full mock for this seed, in paper order: the same seed gives the same list."""
    items = [
        PaperItem(1, number, item.marks, _first_code(item.question), item.question.spec.topic)
        for number, item in enumerate(papers.arithmetic_items(seed), start=1)
    ]
    for paper in paper_reasoning.PAPERS:
        items += [
            PaperItem(paper, number, item.marks, item.code, item.question.spec.topic)
            for number, item in enumerate(paper_reasoning.reasoning_items(seed, paper), start=1)
        ]
    return items


def sats_document(seed: int | str, options: PrintOptions | None = None) -> Document:
    """The three papers, each followed by its mark scheme (the cover is added when the pack is printed)."""
    options = options or PrintOptions()
    parts: list[SheetPart] = list(papers.arithmetic_document(seed, options).parts)
    for paper in paper_reasoning.PAPERS:
        parts += paper_reasoning.reasoning_parts(seed, paper, options)
    return Document(title="KS2 mathematics: full mock test (practice)", parts=tuple(parts), options=options)


def cover_markup(seed: int | str) -> str:
    """The cover page: the title, the papers with their minutes and marks, the total; its own part (page 1 of 1)."""
    rows = ", ".join(f"({literal(name)}, {minutes}, {marks})" for _, name, minutes, marks in PAPERS)
    return "\n".join(
        [
            "#part-start()",
            f"#code.update({literal(f'sats/s{seed}')})",
            f"#paper-cover({literal('Mathematics: practice test')}, "
            f"{literal('Key stage 2 · Papers 1, 2 and 3 with mark schemes')}, ({rows},), {TOTAL}, "
            f"{literal(COVER_NOTE)})",
            "#pagebreak()",
        ]
    )


def sats_source(seed: int | str, options: PrintOptions | None = None) -> tuple[str, dict[str, str]]:
    """The Typst source of the pack (the cover spliced in before the first paper) and its pictures."""
    source, files = typst_source(sats_document(seed, options))
    lines = source.split("\n")
    first = lines.index("#part-start()")
    return "\n".join([*lines[:first], cover_markup(seed), *lines[first:]]), files


def write_sats_folder(seed: int | str, folder: Path, options: PrintOptions | None = None) -> Path:
    """Write the pack's Typst source, template and pictures into a folder; returns main.typ (for timing Typst)."""
    source, files = sats_source(seed, options)
    (folder / "ks2sheet.typ").write_bytes((TEMPLATES / "ks2sheet.typ").read_bytes())
    for name, svg in sorted(files.items()):
        (folder / name).write_text(svg, encoding="utf-8")
    main = folder / "main.typ"
    main.write_text(source, encoding="utf-8")
    return main


def sats_pdf(seed: int | str, options: PrintOptions | None = None) -> Compiled:
    """The full mock as one PDF, byte-identical for the same seed; part_pages counts the cover and each part."""
    with tempfile.TemporaryDirectory(prefix="ks2sats-") as name:
        return compile_counted(write_sats_folder(seed, Path(name), options), "full mock")
