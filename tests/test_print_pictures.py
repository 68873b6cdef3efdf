"""Pictures in print: every gallery SVG embedded in a Typst A4 document compiles to a PDF that keeps its text."""

import io
import shutil
import subprocess

import pytest

from ks2practice.pictures.gallery import EXAMPLES
from ks2practice.pictures.svg import to_svg

typst = pytest.importorskip("typst")
pypdf = pytest.importorskip("pypdf")


def build_pdf(folder):
    # Two pictures to a row at about 8 cm each: the size they take on a printed worksheet.
    lines = ['#set page(paper: "a4", margin: 1.5cm)', '#set text(font: "DejaVu Sans Mono", size: 9pt)']
    lines.append("#grid(columns: 2, gutter: 14pt,")
    for name, record in EXAMPLES.items():
        (folder / f"{name}.svg").write_text(to_svg(record), encoding="utf-8")
        lines.append(f'  [#image("{name}.svg", width: 8cm) #v(-4pt) #text(size: 7pt)[{name}]],')
    lines.append(")")
    source = folder / "gallery.typ"
    source.write_text("\n".join(lines), encoding="utf-8")
    return typst.compile(str(source))


def test_every_picture_prints_with_its_text(tmp_path):
    pdf = build_pdf(tmp_path)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert 4 <= len(reader.pages) <= 24  # the gallery grows with each new kind; this catches a runaway size
    text = " ".join(page.extract_text() for page in reader.pages)
    # Labels drawn as SVG <text> stay text in the PDF (searchable, sharp at any size).
    for label in ("Favourite colours", "Rainfall (mm)", "Football", "Tom", "flour (g)", "Bella"):
        assert label in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is needed to rasterise")
def test_printed_pictures_rasterise_to_non_blank_pages(tmp_path):
    (tmp_path / "gallery.pdf").write_bytes(build_pdf(tmp_path))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "gallery.pdf", "page"], cwd=tmp_path, check=True
    )
    (page,) = tmp_path.glob("page*.png")
    assert page.stat().st_size > 10_000  # a blank A4 page at 40 dpi is a few hundred bytes
