"""Tests for ks2practice.printing.layout: height estimates stay above Typst's own measurements: pages never overflow."""

import json
import shutil

import pytest
import typst

from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.printing.layout import PAGE_CM, Block, key_block, plan_pages, question_block
from ks2practice.printing.pdf import FONTS, TEMPLATES, PrintOptions

OPTIONS = [PrintOptions(), PrintOptions(large_print=True), PrintOptions(dyslexia_font=True, spacious=True)]


def measured_heights(blocks, tmp_path, options):
    """Each block's height in cm as Typst lays it out at the sheet's text width."""
    shutil.copy(TEMPLATES / "ks2sheet.typ", tmp_path / "ks2sheet.typ")
    lines = [
        '#import "ks2sheet.typ": *',
        f'#show: setup.with(font: "{options.font}", size: {options.size_pt}pt, leading: {options.leading_em}em)',
    ]
    for block in blocks:
        for picture in block.pictures:
            (tmp_path / picture.name).write_text(picture.svg, encoding="utf-8")
        lines.append(f"#context {{ let h = measure(width: 17.8cm, [{block.markup}]).height; [#metadata(h.cm())<h>] }}")
    (tmp_path / "main.typ").write_text("\n".join(lines), encoding="utf-8")
    found = typst.query(
        str(tmp_path / "main.typ"), "<h>", field="value", root=str(tmp_path),
        font_paths=[str(FONTS / "andika"), str(FONTS / "opendyslexic")],
    )  # fmt: skip
    return json.loads(found)


@pytest.mark.parametrize("options", OPTIONS, ids=["standard", "large", "dyslexia"])
def test_estimates_cover_what_typst_lays_out(options, tmp_path):
    blocks = []
    for entry in registry.topics():
        for level in entry.levels:
            question = registry.generate(Spec(entry.id, level, 3))
            blocks += [question_block(1, question, options), key_block(1, question, options)]
    heights = measured_heights(blocks, tmp_path, options)
    # The page keeps a centimetre spare (26.7 cm of A4 inside the margins; PAGE_CM plans 25.6), so a block may run
    # a little past its estimate, never by more than that spare.
    for block, height in zip(blocks, heights, strict=True):
        assert height + 0.4 <= block.height_cm * 1.12, f"{block.markup[:70]} measured {height:.1f} cm"


def test_blocks_are_packed_in_order_without_passing_the_page():
    blocks = [Block(f"#b{i}", h) for i, h in enumerate([10, 9, 8, 7, 26, 3])]
    pages = plan_pages(blocks, PrintOptions(), header_cm=0)
    assert [[b.markup for b in page] for page in pages] == [["#b0", "#b1"], ["#b2", "#b3"], ["#b4"], ["#b5"]]
    assert all(sum(b.height_cm for b in page) <= PAGE_CM or len(page) == 1 for page in pages)


def test_a_worked_step_is_typeset_with_each_short_relation_in_an_unbreakable_box():
    from ks2practice.core.steps import Step, add, eq, sub
    from ks2practice.printing.typeset import step_markup

    step = Step('Say "take": ', eq(sub(97, add(56, 13)), 28), ".")
    assert step_markup(step) == '#"Say \\"take\\": "#box("97 − (56 + 13) = 28")#"."'
    long_chain = Step(eq(add(*range(1, 16)), 120))  # over 40 characters: may wrap rather than overflow a column
    assert step_markup(long_chain).startswith('#"1 + 2') and "#box" not in step_markup(long_chain)
    assert step_markup("No relation here.") == '#"No relation here."'
