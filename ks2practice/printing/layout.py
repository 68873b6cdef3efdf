"""Page layout for printed sheets: blocks with estimated heights, page breaks, the Typst source and its PDF."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ks2practice.core.model import Question
from ks2practice.pictures.svg import to_svg
from ks2practice.printing.pdf import TEMPLATES, PrintOptions, compile_folder
from ks2practice.printing.typeset import Space, answer_markup, answer_space, literal, step_markup, text_markup

if TYPE_CHECKING:
    from ks2practice.printing.worksheets import Sheet

# A4 is 29.7 cm tall; the template's margins and footer leave about 26 cm for content. Heights are estimated
# generously (never measured from the PDF), so a planned page can be a little short but never overflows; the tests
# compare the planned page count with the PDF's.
PAGE_CM = 25.6
HEADER_CM = 4.3
KEY_HEADER_CM = 2.4
TEXT_WIDTH_CM = 16.4
PICTURE_MOST_CM = 9.0
PICTURE_TALLEST_CM = 5.5
_PX_CM = 2.54 / 96


@dataclass(frozen=True)
class Picture:
    """An SVG file to write beside the Typst source, with its printed width and height in cm."""

    name: str
    svg: str
    width_cm: float
    height_cm: float


@dataclass(frozen=True)
class Block:
    """One unbreakable piece of a page (an item, or an item's key) with its markup and estimated height."""

    markup: str
    height_cm: float
    pictures: tuple[Picture, ...] = ()


@dataclass(frozen=True)
class SheetPart:
    """A sheet (or its key) split into pages of blocks."""

    sheet: Sheet
    pages: tuple[tuple[Block, ...], ...]
    is_key: bool
    date: str | None = None


@dataclass(frozen=True)
class Document:
    """Everything one PDF holds, in order, with the print options it is set in."""

    title: str
    parts: tuple[SheetPart, ...]
    options: PrintOptions

    @property
    def pages(self) -> int:
        return sum(len(part.pages) for part in self.parts)


def _lines(text: str, options: PrintOptions, width_cm: float = TEXT_WIDTH_CM, size: float = 1.0) -> int:
    # Andika at 12 pt sets about 5.3 characters a cm; 4.9 leaves room for long words wrapping early.
    per_line = max(20, int(width_cm * 4.9 / (options.scale * size)))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _picture(question: Question, name: str, options: PrintOptions) -> Picture | None:
    if question.diagram is None:
        return None
    svg = to_svg(question.diagram)
    size = re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    width_px, height_px = (float(size.group(1)), float(size.group(2))) if size else (400.0, 200.0)
    width = min(width_px * _PX_CM * options.picture_scale, PICTURE_MOST_CM * options.picture_scale, TEXT_WIDTH_CM)
    tallest = PICTURE_TALLEST_CM * options.picture_scale
    if width * height_px / width_px > tallest:  # a tall array or a clock: limit by height instead
        width = tallest * width_px / height_px
    return Picture(name, svg, round(width, 2), round(width * height_px / width_px, 2))


def question_block(
    number: int, question: Question, options: PrintOptions, marks: int | None = None, pictures: bool = True
) -> Block:
    """An item as printed for the child: number, prompt, picture and the answer space the item needs."""
    picture = _picture(question, f"q{id_safe(question.spec.code)}.svg", options) if pictures else None
    space: Space = answer_space(question)
    body = text_markup(question.prompt)
    arguments = [str(number), f"[{body}]"]
    if picture is not None:
        arguments.append(f'picture: image("{picture.name}", width: {picture.width_cm}cm)')
    arguments.append(f"space: [{space.markup()}]")
    # A box sits beside the picture, bottom right, rather than under it: the page holds more items that way.
    beside = picture is not None and space.kind == "box"
    if beside:
        arguments.append("beside: true")
    if marks is not None:
        arguments.append(f"marks: [{marks} mark{'s' if marks > 1 else ''}]")
    space_cm = space.height_cm() * options.space_scale
    height = _lines(question.prompt, options) * options.line_cm + 1.1
    if picture is None:
        height += space_cm
    elif beside:
        height += max(picture.height_cm, space_cm) + 0.3
    else:
        height += picture.height_cm + 0.4 + space_cm
    if marks is not None:
        height += options.line_cm
    if "#frac" in body:
        height += 0.3 * options.scale  # stacked fractions in the prompt or its options make their lines taller
    # Measured against Typst's own layout of every topic (tests/test_layout.py): the sum above runs 5–60 % high,
    # so it is trimmed a little; the page budget keeps a centimetre spare for the rare block that runs long.
    height *= 0.93
    return Block(f"#item({', '.join(arguments)})", height, (picture,) if picture else ())


def key_block(number: int, question: Question, options: PrintOptions, marks: int | None = None) -> Block:
    """An item's key: the answer, its marking rule, the worked method and the steps."""
    steps = list(question.solution)
    steps_markup = " #linebreak() ".join(step_markup(step) for step in steps)
    working = f"raw({literal(question.working)}, block: true)" if question.working else "none"
    marks_text = f"{marks} mark{'s' if marks > 1 else ''}" if marks is not None else None
    arguments = [
        str(number),
        f"[{answer_markup(question)}]",
        f"[#{literal(question.answer.rule())}]",
        f"[{steps_markup}]",
        f"working: {working}",
        f"marks: {literal(marks_text) if marks_text else 'none'}",
    ]
    # The key is set smaller than the sheet (0.85 em for the rule, 0.88 em for the steps, 0.78 em for methods).
    small = 0.88
    text_lines = _lines(question.answer.rule(), options, size=small) + sum(
        _lines(s, options, size=small) for s in steps
    )
    height = options.line_cm + text_lines * options.line_cm * small * 0.95 + 0.4
    if "#frac" in arguments[1]:
        height += 0.3 * options.scale  # a stacked fraction in the answer line makes it taller
    if options.dyslexia_font:
        height *= 1.08  # OpenDyslexic's tall ascenders and wide letters wrap the rule and steps sooner
    if question.working:
        height += (question.working.count("\n") + 1) * 0.37 * options.scale + 0.3
    return Block(f"#key-item({', '.join(arguments)})", height)


def key_blocks(questions: Sequence[Question], options: PrintOptions, marks: Sequence[int] | None = None) -> list[Block]:
    return [key_block(i + 1, q, options, marks[i] if marks is not None else None) for i, q in enumerate(questions)]


def plan_pages(blocks: Sequence[Block], options: PrintOptions, header_cm: float | None = None) -> tuple:
    """Blocks packed into pages in order: a new page whenever the next block would not fit."""
    pages: list[list[Block]] = [[]]
    used = (header_cm if header_cm is not None else HEADER_CM) * options.scale
    for block in blocks:
        if pages[-1] and used + block.height_cm > PAGE_CM:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height_cm
    return tuple(tuple(page) for page in pages)


def id_safe(code: str) -> str:
    """A file-name-safe form of a variant code."""
    return re.sub(r"[^A-Za-z0-9]+", "-", code).strip("-")


def typst_source(document: Document) -> tuple[str, dict[str, str]]:
    """The main.typ text and the SVG files it refers to."""
    options = document.options
    lines = [
        '#import "ks2sheet.typ": *',
        f'#set document(title: {literal(document.title)}, author: "ks2practice", date: none)',
        '#let code = state("code", "")',
        (
            f"#show: setup.with(font: {literal(options.font)}, size: {options.size_pt}pt, "
            f"leading: {options.leading_em}em, tint: {literal(options.tint)}, "
            "footer-text: context [ks2practice · #code.get()])"
        ),
    ]
    files: dict[str, str] = {}
    first = True
    for part in document.parts:
        for page_number, page in enumerate(part.pages):
            if not first:
                lines.append("#pagebreak()")
            first = False
            if page_number == 0:
                lines.append(f"#code.update({literal(part.sheet.code)})")
                lines.append(_part_header(part))
            for block in page:
                lines.append(block.markup)
                for picture in block.pictures:
                    files[picture.name] = picture.svg
    return "\n".join(lines) + "\n", files


def compile_document(document: Document) -> bytes:
    """The PDF bytes of a laid-out document; byte-identical for the same document on any machine."""
    with tempfile.TemporaryDirectory(prefix="ks2sheet-") as folder:
        return compile_folder(prepare(document, Path(folder)))


def prepare(document: Document, folder: Path) -> Path:
    """Write the Typst source, the template and the pictures into a folder; returns the main file."""
    source, files = typst_source(document)
    shutil.copy(TEMPLATES / "ks2sheet.typ", folder / "ks2sheet.typ")
    for name, svg in files.items():
        (folder / name).write_text(svg, encoding="utf-8")
    main = folder / "main.typ"
    main.write_text(source, encoding="utf-8")
    return main


def _part_header(part: SheetPart) -> str:
    sheet = part.sheet
    if part.is_key:
        who = f" · {sheet.pupil}" if sheet.pupil else ""
        tier = f"Tier {sheet.tier} · " if sheet.tier else ""
        subtitle = f"{tier}{sheet.objective_words}{who} · sheet {sheet.code}"
        return f"#key-header({literal(sheet.title)}, {literal(subtitle)})"
    name = literal(sheet.pupil) if sheet.pupil else "none"
    date = literal(part.date) if part.date else "none"
    return (
        f"#sheet-header({literal(sheet.title)}, {literal(sheet.objective_words)}, {sheet.tier}, "
        f"{literal(sheet.code)}, pupil: {name}, date: {date})"
    )
