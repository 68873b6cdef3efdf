"""Tests for ks2practice.printing.papers: the mock Paper 1 keeps its shape, the MTC sheet its weighting."""

from collections import Counter

from pdf_text import page_count, pages_text, squash

from ks2practice.content import mtc
from ks2practice.core import notation
from ks2practice.printing.papers import (
    BLUEPRINT,
    ITEMS,
    MARKS,
    arithmetic_document,
    arithmetic_items,
    arithmetic_pdf,
    mtc_facts,
    mtc_pdf,
    paper_text,
)


def test_the_paper_has_36_items_worth_40_marks_with_four_two_mark_long_methods():
    items = arithmetic_items(5)
    assert len(items) == ITEMS == 36
    assert sum(item.marks for item in items) == MARKS == 40
    two_mark = [item.question.spec.topic for item in items if item.marks == 2]
    assert sorted(two_mark) == sorted(["calculation.long_multiplication", "calculation.long_division"] * 2)


def test_demand_rises_through_the_paper():
    levels = [slot.level for slot in BLUEPRINT]
    thirds = [levels[:12], levels[12:24], levels[24:]]
    averages = [sum(third) / len(third) for third in thirds]
    assert averages[0] < averages[1] < averages[2]
    assert all(slot.marks == 1 for slot in BLUEPRINT[:18]), "long methods belong in the second half"


def test_items_are_bare_calculations_whose_keys_the_solver_confirms():
    for seed in range(5):
        items = arithmetic_items(seed)
        assert len({item.text for item in items}) == ITEMS, "a calculation is repeated"
        for item in items:
            assert "Hint" not in item.text
            if item.text.endswith(" ="):
                value = notation.evaluate(item.text[:-2])
                assert value == item.question.answer.numeric(), item.text


def test_paper_text_falls_back_to_the_prompt_without_its_hint():
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    question = registry.generate(Spec("calculation.short_division", 1, 3, style="fluency"))
    assert paper_text(question) == f"{question.check} ="
    missing = registry.generate(Spec("calculation.mental_add_subtract", 1, 2, style="missing_number"))
    assert "Hint" not in paper_text(missing)


def test_the_paper_pdf_prints_every_item_and_the_mark_scheme():
    pdf, document = arithmetic_pdf(11)
    assert page_count(pdf) == document.pages
    text = squash(" ".join(pages_text(pdf)))
    for item in arithmetic_items(11):
        assert squash(item.text) in text
        assert squash(item.question.answer.format()) in text
    assert text.count(squash("formal method of long")) == 4
    assert squash("40 marks · 30 minutes") in text


def test_the_paper_without_a_key_is_only_the_paper():
    document = arithmetic_document(1, key=False)
    assert [part.is_key for part in document.parts] == [False]


def test_the_mtc_sheet_has_25_facts_weighted_as_the_check():
    facts = mtc_facts(4)
    assert len(facts) == 25
    assert len({frozenset((f.table, f.times)) for f in facts}) == 25, "a fact appears twice (or reversed)"
    per_table = Counter(f.table for f in facts)
    for table, (low, high) in mtc.PER_TABLE.items():
        assert low <= per_table[table] <= high
    pdf, document = mtc_pdf(4)
    assert page_count(pdf) == document.pages == 2
    sheet, key = pages_text(pdf)
    for fact in facts:
        assert f"{fact.table} × {fact.times} =" in sheet
    assert all(str(f.product) in squash(key) for f in facts)


def test_percentages_and_fractions_of_amounts_print_as_bare_calculations():
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    question = registry.generate(Spec("percentages.percentage_of_amount", 2, 4, style="fluency"))
    text = paper_text(question)
    assert text.endswith(" =") and "%" in text and " of " in text and "Find" not in text
    assert notation.evaluate(text[:-2]) == question.answer.numeric()
    long_division = registry.generate(Spec("calculation.long_division", 3, 5, style="fluency"))
    if "Give your answer" in long_division.prompt:
        assert "Give your answer" in paper_text(long_division), "the form asked for stays with the calculation"
