"""Tests for ks2practice.printing.typeset: prompt text reaches Typst intact, fractions stack, items get room."""

import shutil

import typst
from pdf_text import pages_text, squash

from ks2practice.core import registry
from ks2practice.core.model import Spec
from ks2practice.printing.pdf import FONTS, TEMPLATES
from ks2practice.printing.typeset import answer_space, literal, text_markup


def compile_markup(markup, tmp_path):
    shutil.copy(TEMPLATES / "ks2sheet.typ", tmp_path / "ks2sheet.typ")
    source = tmp_path / "t.typ"
    source.write_text('#import "ks2sheet.typ": *\n' + markup, encoding="utf-8")
    return typst.compile(str(source), root=str(tmp_path), font_paths=[str(FONTS / "andika")])


def test_literal_escapes_quotes_backslashes_and_newlines():
    assert literal('say "hi" \\ now\nplease') == '"say \\"hi\\" \\\\ now\\nplease"'


def test_markup_characters_in_prompts_print_as_written(tmp_path):
    text = 'A #1 *star* costs $5 or £3 <b> @home [x] _under_ // not a comment ~ "quoted" \\ back'
    pdf = compile_markup(text_markup(text), tmp_path)
    assert squash(text) in squash(pages_text(pdf)[0])


def test_fractions_and_mixed_numbers_become_stacked_fractions():
    assert text_markup("3/4 of 20") == '#frac(3, 4)#" of 20"'
    assert text_markup("2 1/3 + 1/6") == '#frac-mixed(2, 1, 3)#" + "#frac(1, 6)'
    assert text_markup("□ + 4 = 9") == '#unknown()#" + 4 = 9"'
    # decimals and dates are left as text
    assert "frac" not in text_markup("2.5/10 and 12/03/2026")


def test_stacked_fractions_keep_their_digits_in_the_pdf(tmp_path):
    pdf = compile_markup(text_markup("Work out 2 1/3 + 5/12."), tmp_path)
    assert "Workout213+512." in squash(pages_text(pdf)[0])


def test_answer_space_fits_the_item():
    long_multiplication = registry.generate(Spec("calculation.long_multiplication", 2, 1, style="fluency"))
    assert answer_space(long_multiplication).kind == "squares"
    fact = registry.generate(Spec("calculation.times_tables", 2, 1, style="fluency"))
    assert answer_space(fact).kind == "box"
    truth = registry.generate(Spec("calculation.times_tables", 2, 1, style="true_or_false"))
    assert answer_space(truth).kind == "box"
