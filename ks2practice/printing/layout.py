"""Page layout for printed sheets: unbreakable blocks Typst flows onto pages, the Typst source and its PDF."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ks2practice.core.model import Question
from ks2practice.pictures.svg import to_svg
from ks2practice.printing.pdf import TEMPLATES, Compiled, PrintOptions, compile_counted
from ks2practice.printing.typeset import Space, answer_markup, answer_space, literal, step_markup, text_markup

if TYPE_CHECKING:
    from ks2practice.printing.worksheets import Sheet

# Typst flows the blocks onto pages itself (each item is an unbreakable block), so a page fills up to its foot and
# nothing here estimates heights. Widths still matter: pictures are sized here, in cm of the printed page.
TEXT_WIDTH_CM = 16.4  # A4 less the margins and the item number's column
PICTURE_MOST_CM = 9.0
PICTURE_TALLEST_CM = 4.6
# Charts and tables are read for their numbers: at least 10 cm wide, and wide enough that their smallest label
# prints at 9 pt or more (the SVG's font size in px times printed width over drawn width).
CHART_KINDS = frozenset({"bar_chart", "line_graph", "pictogram", "pie_chart"})
CHART_LEAST_CM = 10.0
# Tables are read for their numbers too (9 pt), but a three-column table needs no 10 cm: the prompt beside it then
# keeps a column wide enough for its words.
TABLE_KINDS = frozenset({"table", "ratio_table"})
# The smallest print a picture's own numbers may take beside a prompt, in pt: grids are read square by square.
LEAST_PT = {"coordinate_grid": 7.0, "symmetry_figure": 7.0, "": 6.0}
LABEL_LEAST_PT = 9.0
CHART_DRAWN_CM = 10.2  # a chart the pupil completes: at its least printed width, so three fit a page with their prompts
# A grid, figure or arm to draw on fills half the page's width (two drawing tasks side by side), no taller than this;
# larger only where its numbers need it (then it takes the whole width).
DRAWING_TALLEST_CM = 6.4
HALF_SQUARES = 12  # columns of 6 mm squares for a method in half the page's width (a full-width method has 16)
HALF_TEXT_CM = 7.4  # an item's text width in one of two columns (A4 less margins, gutter and number column, halved)
KEY_PICTURE_CM = 5.0  # the key's completed drawing (fits a key column): for the adult marking, a glance is enough
BOX_BESIDE_CM = 5.6  # the answer box (4.2 cm) and its unit, set beside a picture when both fit the width
SIDE_SHORTEST_CM = 4.0  # a picture at least this tall has the prompt and answer space beside it
SIDE_COLUMN_CM = 5.2  # the narrowest column a prompt and its box are set in beside a picture
_PX_CM = 2.54 / 96
_PT_CM = 2.54 / 72


@dataclass(frozen=True)
class Picture:
    """An SVG file to write beside the Typst source, with its printed width and height in cm."""

    name: str
    svg: str
    width_cm: float
    height_cm: float

    @property
    def smallest_pt(self) -> float:
        """The smallest text in the picture as printed, in points (inf for a picture with no text)."""
        sizes = [float(size) for size in re.findall(r'font-size="([\d.]+)"', self.svg)]
        width_px = svg_size(self.svg)[0]
        return min(sizes, default=float("inf")) * self.width_cm / width_px / _PT_CM


@dataclass(frozen=True)
class Block:
    """One unbreakable piece of a sheet (an item, or an item's key): its markup and the pictures it shows."""

    markup: str
    pictures: tuple[Picture, ...] = ()
    # the item set in half the page's width, when it can be: two such in a row share the row, a lone one keeps markup
    half_markup: str | None = None

    @property
    def half(self) -> bool:
        return self.half_markup is not None


@dataclass(frozen=True)
class SheetPart:
    """A sheet (or its key): a header and its blocks, which Typst flows onto as many pages as they need."""

    sheet: Sheet
    blocks: tuple[Block, ...]
    is_key: bool
    date: str | None = None
    badge: str = "Answer key"  # what a key's header calls it: a paper's key is its "Mark scheme"


@dataclass(frozen=True)
class Document:
    """Everything one PDF holds, in order, with the print options it is set in."""

    title: str
    parts: tuple[SheetPart, ...]
    options: PrintOptions

    @cached_property
    def compiled(self) -> Compiled:
        """The PDF and each part's page count, made once (a frozen document always prints the same)."""
        with tempfile.TemporaryDirectory(prefix="ks2sheet-") as folder:
            return compile_counted(prepare(self, Path(folder)))

    @property
    def pages(self) -> int:
        return sum(self.compiled.part_pages)

    @property
    def part_pages(self) -> tuple[int, ...]:
        """Pages of each part in order: what its footer counts ("page 1 of 3")."""
        return self.compiled.part_pages


def svg_size(svg: str) -> tuple[float, float]:
    """An SVG's drawn width and height in px (from its viewBox, else its width and height)."""
    box = re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"', svg)
    size = box or re.search(r'width="([\d.]+)" height="([\d.]+)"', svg)
    return (float(size.group(1)), float(size.group(2))) if size else (400.0, 200.0)


def _least_for_labels(svg: str) -> float:
    # the printed width at which the smallest text is LABEL_LEAST_PT
    sizes = [float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)]
    if not sizes:
        return 0.0
    return LABEL_LEAST_PT * _PT_CM * svg_size(svg)[0] / min(sizes)


def picture_for(diagram: object, name: str, options: PrintOptions, use: str = "prompt") -> Picture:
    """A picture sized for print: ``use`` is "prompt" (beside the question), "space" (drawn on) or "key"."""
    svg = to_svg(diagram)
    width_px, height_px = svg_size(svg)
    shown_px = float(re.search(r'width="([\d.]+)"', svg).group(1))
    ratio = height_px / width_px
    scale = options.picture_scale
    if use == "space" and diagram.kind in CHART_KINDS:
        # a chart to finish is drawn on at a chart's printed size, a little larger: bars and points go on its grid
        width = min(TEXT_WIDTH_CM, max(CHART_DRAWN_CM * scale, _least_for_labels(svg) * scale))
    elif use == "space":
        width = min(HALF_TEXT_CM * scale, DRAWING_TALLEST_CM * scale / ratio)
        least = LEAST_PT.get(diagram.kind, LEAST_PT[""]) / LABEL_LEAST_PT * _least_for_labels(svg) * scale
        width = min(max(width, least), TEXT_WIDTH_CM)
    elif use == "key":
        width = min(KEY_PICTURE_CM * scale, KEY_PICTURE_CM * scale / ratio, TEXT_WIDTH_CM)
    elif diagram.kind in CHART_KINDS:
        width = min(TEXT_WIDTH_CM, max(CHART_LEAST_CM * scale, _least_for_labels(svg) * scale))
    elif diagram.kind in TABLE_KINDS:
        width = min(TEXT_WIDTH_CM, _least_for_labels(svg) * scale)
    else:
        width = min(shown_px * _PX_CM * scale, PICTURE_MOST_CM * scale, TEXT_WIDTH_CM)
        tallest = PICTURE_TALLEST_CM * scale
        if width * ratio > tallest:  # a tall array or a clock: limit by height instead
            width = tallest / ratio
        # ...but never so small that its numbers cannot be read: a grid's axis numbers are what the pupil reads
        least = LEAST_PT.get(diagram.kind, LEAST_PT[""]) / LABEL_LEAST_PT * _least_for_labels(svg) * scale
        width = min(max(width, least), TEXT_WIDTH_CM - SIDE_COLUMN_CM * options.scale)
    return Picture(name, svg, round(width, 2), round(width * ratio, 2))


def question_block(
    number: int, question: Question, options: PrintOptions, marks: int | None = None, pictures: bool = True
) -> Block:
    """An item as printed for the child: number, prompt, picture and the answer space the item needs.

    A drawing task's answer space is its picture to draw on (a grid, axes), as wide as the page.
    """
    code = id_safe(question.spec.code)
    drawing = question.drawing if pictures else None
    # A drawing task is drawn on its space: the same picture above it again would only take room.
    shows = question.diagram if drawing is None or question.diagram != drawing.space else None
    picture = picture_for(shows, f"q{code}.svg", options) if pictures and shows else None
    body = text_markup(question.prompt)
    arguments = [str(number), f"[{body}]"]
    if picture is not None:
        arguments.append(f'picture: image("{picture.name}", width: {picture.width_cm}cm)')
    shown = (picture,) if picture else ()
    halved: list[str] | None = None  # the arguments for half the page's width, when the item can take it
    if drawing is not None:
        space_picture = picture_for(drawing.space, f"d{code}.svg", options, use="space")
        shown += (space_picture,)
        # the drawing, then a box for the typed answer the prompt also asks for (what the key marks on screen): under
        # a drawing that takes half the page (another drawing task sits beside it), else beside the drawing
        box = answer_space(question).box_markup()
        image = f'image("{space_picture.name}", width: {space_picture.width_cm}cm)'
        half = picture is None and space_picture.width_cm <= HALF_TEXT_CM * options.scale and not options.large_print
        beside = picture is None and space_picture.width_cm + SIDE_COLUMN_CM * options.scale <= TEXT_WIDTH_CM
        if half:
            halved = [*arguments, f"space: stack(spacing: 0.3cm, {image}, align(right, [{box}]))"]
        if beside:
            # a chart to finish on the left, the prompt (often its table, in words) and the box in the column beside
            arguments += [f"picture: {image}", f"space: [{box}]", "side: true"]
        else:
            arguments.append(
                f"space: grid(columns: (auto, 1fr), gutter: 0.4cm, {image}, align(bottom + right, [{box}]))"
            )
    else:
        space: Space = answer_space(question)
        if space.kind == "squares" and picture is None and not options.large_print:
            # a written method: two to a row, each on squared paper under its prompt, the box under the paper
            halved = [
                *arguments,
                f"space: stack(spacing: 0.3cm, {space.paper_markup(HALF_SQUARES)}, [{space.box_markup()}])",
            ]
        arguments += _space_arguments(space, picture, options, question.prompt)
    if marks is not None:
        arguments.append(f"marks: [{marks} mark{'s' if marks > 1 else ''}]")
        if halved is not None:
            halved.append(arguments[-1])
    half_markup = f"#item({', '.join(halved)})" if halved is not None else None
    return Block(f"#item({', '.join(arguments)})", shown, half_markup)


RULED_LINE_CM = 0.62  # the template's ruled lines, one below the other
CHAR_CM = 0.2  # an average character of the text at 12 pt, to guess how many lines a prompt wraps to


def _lines_go_under(prompt: str, space: Space, picture: Picture, options: PrintOptions) -> bool:
    """Whether an item is shorter with its ruled lines under the picture and prompt than in the column beside."""
    column_cm = TEXT_WIDTH_CM - picture.width_cm - 0.4
    prompt_cm = -(-len(prompt) * CHAR_CM * options.scale // column_cm) * options.line_cm
    in_column = max(picture.height_cm, prompt_cm + (space.lines + 1) * RULED_LINE_CM * options.scale)
    under = max(picture.height_cm, prompt_cm) + _full_width(space).lines * RULED_LINE_CM * options.scale
    return under < in_column


def _full_width(space: Space) -> Space:
    """Lines across the whole page: one fewer (at least two), each holding twice a column line's words."""
    return replace(space, lines=max(2, space.lines - 1))


def _space_arguments(space: Space, picture: Picture | None, options: PrintOptions, prompt: str = "") -> list[str]:
    # Where the answer space goes: the page holds most when nothing sits under something it could sit beside.
    if space.kind == "squares" and picture is None:
        return [f"picture: {space.paper_markup()}", f"space: [{space.box_markup()}]", "side: true"]
    # a short wide picture (a scale, a number line) stays under its prompt: a narrow column would cost more lines
    # ...but a narrow one (a small table, a short bar) leaves the prompt a wide column beside it
    fits_beside = (
        picture is not None
        and picture.width_cm + SIDE_COLUMN_CM * options.scale <= TEXT_WIDTH_CM
        and (picture.height_cm >= SIDE_SHORTEST_CM or picture.width_cm <= TEXT_WIDTH_CM / 2)
    )
    if space.kind == "lines" and fits_beside:
        # lines in the column beside the picture (one more, the column being narrower), unless a long prompt fills
        # that column: then the lines run under both at the page's full width
        if _lines_go_under(prompt, space, picture, options):
            return [f"under: [{_full_width(space).markup()}]", "side: true"]
        return [f"space: [{replace(space, lines=space.lines + 1).markup()}]", "side: true"]
    if space.kind == "squares" and picture is not None and picture.width_cm <= PICTURE_MOST_CM * options.scale:
        # the picture beside the prompt, and the squared paper for the method under both
        return [f"under: [{space.markup()}]", "side: true"]
    if (
        space.kind == "lines"
        and picture is not None
        and picture.width_cm + SIDE_COLUMN_CM * options.scale <= TEXT_WIDTH_CM
    ):
        # a short picture under a long prompt: the lines to write on go beside it, not under it
        return [f"space: [{space.markup()}]", "beside: true"]
    if space.kind != "box":
        return [f"space: [{space.markup()}]"]
    if picture is None:
        return [f"space: [{space.markup()}]", "beside: true"]
    if fits_beside:
        return [f"space: [{space.markup()}]", "side: true"]
    if picture.width_cm + BOX_BESIDE_CM * options.scale <= TEXT_WIDTH_CM:
        return [f"space: [{space.markup()}]", "beside: true"]
    return [f"space: [{space.markup()}]"]


def key_block(number: int, question: Question, options: PrintOptions, marks: int | None = None) -> Block:
    """An item's key: the answer, its marking rule, the worked method, the steps and any completed drawing."""
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
    shown: tuple[Picture, ...] = ()
    if question.drawing is not None:
        completed = picture_for(question.drawing.completed, f"k{id_safe(question.spec.code)}.svg", options, "key")
        arguments.append(f'picture: image("{completed.name}", width: {completed.width_cm}cm)')
        shown = (completed,)
    return Block(f"#key-item({', '.join(arguments)})", shown)


def key_blocks(questions: Sequence[Question], options: PrintOptions, marks: Sequence[int] | None = None) -> list[Block]:
    return [key_block(i + 1, q, options, marks[i] if marks is not None else None) for i, q in enumerate(questions)]


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
    for index, part in enumerate(document.parts):
        if index:
            lines.append("#pagebreak()")
        # each part counts its own pages from 1: the footer reads "page 1 of 3" of this sheet or this key
        lines.append("#part-start()")
        lines.append(f"#code.update({literal(part.sheet.code)})")
        lines.append(_part_header(part))
        # a key is read by an adult at a desk: in two columns at standard print it takes half the paper
        two_columns = part.is_key and not options.large_print
        if two_columns:
            lines.append("#columns(2, gutter: 0.8cm)[")
        for row in paired_rows(part.blocks):
            lines.append(row)
        for block in part.blocks:
            for picture in block.pictures:
                files[picture.name] = picture.svg
        if two_columns:
            lines.append("]")
    return "\n".join(lines) + "\n", files


def paired_rows(blocks: Sequence[Block]) -> list[str]:
    """Each block's markup, two half-width blocks in a row side by side (read left to right, then down)."""
    rows: list[str] = []
    waiting: Block | None = None
    for block in blocks:
        if waiting is not None and block.half:
            rows.append(f"#pair([{waiting.half_markup}], [{block.half_markup}])")
            waiting = None
            continue
        if waiting is not None:
            rows.append(waiting.markup)
            waiting = None
        if block.half:
            waiting = block
        else:
            rows.append(block.markup)
    if waiting is not None:
        rows.append(waiting.markup)
    return rows


def compile_document(document: Document) -> bytes:
    """The PDF bytes of a laid-out document; byte-identical for the same document on any machine."""
    return document.compiled.pdf


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
        return f"#key-header({literal(sheet.title)}, {literal(subtitle)}, badge: {literal(part.badge)})"
    name = literal(sheet.pupil) if sheet.pupil else "none"
    date = literal(part.date) if part.date else "none"
    return (
        f"#sheet-header({literal(sheet.title)}, {literal(sheet.objective_words)}, {sheet.tier}, "
        f"{literal(sheet.code)}, pupil: {name}, date: {date})"
    )
