"""Compiling Typst to PDF with the shipped fonts and templates (in assets/), and writing files all-or-nothing."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ks2practice.core.private_files import write_atomically  # noqa: F401  (callers import it from here)

ROOT = Path(__file__).resolve().parent / "assets"  # shipped inside the package: the wheel prints from anywhere
TEMPLATES = ROOT / "templates"
FONTS = ROOT / "fonts"
TINTS = ("none", "cream", "blue", "green", "pink")


@dataclass(frozen=True)
class PrintOptions:
    """How a sheet is set: large print, the dyslexia-friendly font, a tinted page, extra line spacing."""

    large_print: bool = False
    dyslexia_font: bool = False
    tint: str = "none"
    spacious: bool = False

    def __post_init__(self) -> None:
        if self.tint not in TINTS:
            raise ValueError(f"tint must be one of: {', '.join(TINTS)}")

    @property
    def font(self) -> str:
        return "OpenDyslexic" if self.dyslexia_font else "Andika"

    @property
    def scale(self) -> float:
        """How much bigger than standard print the text is (OpenDyslexic runs wide, so it counts a little)."""
        return (1.5 if self.large_print else 1.0) * (1.15 if self.dyslexia_font else 1.0)

    @property
    def size_pt(self) -> int:
        return 18 if self.large_print else 12

    @property
    def leading_em(self) -> float:
        return 1.1 if self.spacious else 0.7

    @property
    def line_cm(self) -> float:
        # one printed line: the font size plus the leading, in cm, a little generous
        return self.size_pt * (1.0 + self.leading_em) * 0.0353 * 1.1 * (1.15 if self.dyslexia_font else 1.0)

    @property
    def picture_scale(self) -> float:
        return 1.2 if self.large_print else 1.0

    @property
    def space_scale(self) -> float:
        return 1.3 if self.large_print else 1.0


class PrintError(RuntimeError):
    """Typst could not make the PDF; the message says what to report."""


def compile_built(build: Callable[[Path], str], templates: Sequence[str], what: str = "PDF") -> bytes:
    """Compile the Typst source `build` returns (it may write pictures into the folder it is given) beside these
    templates, in a fresh folder that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="ks2print-") as name:
        folder = Path(name)
        for template in templates:
            shutil.copy(TEMPLATES / template, folder / template)
        main = folder / "main.typ"
        main.write_text(build(folder), encoding="utf-8")
        return compile_folder(main, what)


def compile_folder(main: Path, what: str = "PDF") -> bytes:
    """Typst's compile of a prepared folder, with only the shipped fonts."""
    return compile_counted(main, what, count=False).pdf


@dataclass(frozen=True)
class Compiled:
    """A PDF and the pages of each part in it, as its footers count them."""

    pdf: bytes
    part_pages: tuple[int, ...]


def compile_counted(main: Path, what: str = "PDF", count: bool = True) -> Compiled:
    """Compile a prepared folder; with ``count``, also read each footer's record of its page (ks2sheet.typ) to
    count each part's pages, from the same compile."""
    import typst  # imported here: `import ks2practice` stays fast for the TA app

    try:
        # System fonts are ignored so the same sheet comes out byte-identical on every machine.
        compiler = typst.Compiler(
            str(main),
            root=str(main.parent),
            font_paths=[str(FONTS / "andika"), str(FONTS / "opendyslexic")],
            ignore_system_fonts=True,
        )
        pdf = compiler.compile()
        footers = json.loads(compiler.query("<footer-page>", field="value")) if count else []
    except Exception as error:  # typst raises its own error types; report them in one line
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise PrintError(f"the {what} could not be made ({first}); please report its code") from error
    return Compiled(pdf, tuple(footer["of"] for footer in footers if footer["number"] == 1))
