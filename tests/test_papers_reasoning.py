"""Tests for ks2practice.printing.paper_reasoning and mark_scheme: the reasoning papers' shape and their schemes."""

from collections import Counter

import pytest
from pdf_text import page_count, pages_text, squash

from ks2practice.answers.marking import check
from ks2practice.content.gates import inspect
from ks2practice.core.model import Status
from ks2practice.printing.layout import compile_document
from ks2practice.printing.mark_scheme import AWARD_TWO, FORMAL_METHOD, LONG_METHODS, rejected, scheme_entry
from ks2practice.printing.paper_reasoning import (
    MARKS,
    PAPERS,
    SHORT_STRAND,
    STRANDS,
    reasoning_document,
    reasoning_items,
)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("seed", [1, 7, "b"])
def test_a_reasoning_paper_has_35_marks_spread_evenly_across_the_strands(seed, paper):
    items = reasoning_items(seed, paper)
    assert sum(item.marks for item in items) == MARKS == 35
    per_strand = Counter()
    for item in items:
        per_strand[item.strand] += item.marks
    assert per_strand == {strand: 3 if strand == SHORT_STRAND[paper] else 4 for strand in STRANDS}
    assert all(item.code.lstrip("0123456789")[:1] == item.strand for item in items), "the code names the strand"
    topics = [item.question.spec.topic for item in items]
    assert len(set(topics)) == len(topics), "a topic is repeated"


@pytest.mark.parametrize("paper", PAPERS)
def test_demand_rises_by_thirds_and_one_mark_items_come_first_in_each(paper):
    items = reasoning_items(3, paper)
    levels = [int(item.question.spec.level) for item in items]
    assert levels == sorted(levels) and set(levels) == {1, 2, 3}
    for level in (1, 2, 3):
        marks = [item.marks for item in items if int(item.question.spec.level) == level]
        assert marks == sorted(marks) and 2 in marks, f"level {level}: 1-mark items before the 2-mark ones"


@pytest.mark.parametrize("paper", PAPERS)
def test_every_paper_mixes_the_styles_of_a_reasoning_paper(paper):
    for seed in range(4):
        items = reasoning_items(seed, paper)
        styles = {item.question.style for item in items}
        assert {"true_or_false", "odd_one_out", "explain"} <= styles  # true/false, multiple choice, explain
        topics = {item.question.spec.topic for item in items}
        assert {"statistics.complete_charts", "position.draw_on_grid"} <= topics  # a chart, a drawing on a grid
        assert sum(1 for item in items if item.question.drawing is not None) >= 2
        assert sum(1 for item in items if item.marks == 2) == len(STRANDS)  # "show your method"
        assert any(item.question.diagram is not None for item in items)


def test_items_are_catalogue_items_that_pass_the_gates_as_printed():
    for paper in PAPERS:
        for item in reasoning_items(5, paper):
            assert "Hint" not in item.question.prompt
            inspection = inspect(item.question.spec.topic, item.question.item)
            assert inspection.clean, (item.question.spec.code, inspection.describe())


def test_the_mark_scheme_agrees_with_the_paper_item_by_item():
    for paper in PAPERS:
        items = reasoning_items(2, paper)
        entries = [scheme_entry(n, item.question, item.marks) for n, item in enumerate(items, start=1)]
        assert [e.number for e in entries] == list(range(1, len(items) + 1))
        assert [e.marks for e in entries] == [item.marks for item in items]
        assert sum(e.marks for e in entries) == 35
        for entry, item in zip(entries, items, strict=True):
            assert entry.answer == item.question.answer.format()
            if item.marks == 2:
                assert entry.award == AWARD_TWO and entry.method
                long_method = LONG_METHODS.get(item.question.spec.topic)
                if long_method:
                    assert entry.method == FORMAL_METHOD.format(method=long_method)
                else:
                    assert entry.method_steps, "an appropriate method is shown by the item's worked steps"


def test_do_not_accept_lines_are_answers_the_rule_marks_wrong():
    seen = 0
    for paper in PAPERS:
        for seed in range(3):
            for item in reasoning_items(seed, paper):
                for line in rejected(item.question):
                    seen += 1
                    response = line.split(" (", 1)[0]
                    assert check(item.question.answer, response).status is Status.INCORRECT, line
    assert seen > 10


def test_the_paper_and_scheme_print_every_item_and_the_same_seed_prints_the_same_pdf():
    document = reasoning_document(4, paper=3)
    pdf = compile_document(document)
    assert page_count(pdf) == document.pages
    paper_pages, scheme_pages = document.part_pages
    assert scheme_pages >= 1
    pages = pages_text(pdf)
    paper_text = squash(" ".join(pages[:paper_pages]))
    scheme_text = squash(" ".join(pages[paper_pages:]))
    items = reasoning_items(4, 3)
    assert paper_text.count(squash("Show your method")) == sum(1 for i in items if i.marks == 2)
    assert paper_text.count("2marks") == scheme_text.count("(2marks)") == 9
    assert squash("35 marks · 40 minutes") in paper_text
    for item in items:
        assert squash(item.question.answer.format()) in scheme_text
    assert compile_document(reasoning_document(4, paper=3)) == pdf


def test_paper_3_differs_from_paper_2_and_only_papers_2_and_3_exist():
    assert [i.question.prompt for i in reasoning_items(1, 2)] != [i.question.prompt for i in reasoning_items(1, 3)]
    with pytest.raises(ValueError):
        reasoning_items(1, 4)
