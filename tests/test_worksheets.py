"""Tests for ks2practice.printing.worksheets: plans become tiered sheets; each PDF holds just the planned items."""

import pytest
from pdf_text import page_count, pages_text, squash

from ks2practice.answers.kinds import Measure
from ks2practice.core.model import Level
from ks2practice.printing.class_list import Pupil
from ks2practice.printing.pdf import PrintOptions
from ks2practice.printing.worksheets import (
    Plan,
    PlanError,
    build_sheet,
    pack_pdf,
    pack_sheets,
    parse_code,
    resolve,
    sheets_for,
    variant_code,
    worksheet_pdf,
)

PLAN = Plan(("4C7",), tiers=(1, 2, 3), items=6, seed=7)


def test_an_objective_code_finds_every_topic_that_practises_it():
    objective = resolve("4C7")
    assert "calculation.short_multiplication" in objective.topics
    assert objective.words.startswith("Short multiplication")
    assert resolve("calculation.long_division").topics == ("calculation.long_division",)


@pytest.mark.parametrize(
    ("objective", "message"),
    [("9Z9", "unknown objective"), ("", "unknown objective"), ("5F-2", "ready-to-progress")],
)
def test_unknown_objectives_get_a_message_a_teacher_can_act_on(objective, message):
    with pytest.raises(PlanError, match=message):
        resolve(objective)


@pytest.mark.parametrize(
    "changes",
    [{"tiers": (4,)}, {"tiers": ()}, {"tiers": (1, 1)}, {"items": 0}, {"items": 41}, {"objectives": ()}],
)
def test_impossible_plans_are_refused(changes):
    fields = {"objectives": ("4C7",), "tiers": (1, 2), "items": 6, "seed": 1} | changes
    with pytest.raises(PlanError):
        Plan(**fields)


def test_each_tier_is_the_same_objective_at_its_own_level():
    sheets = sheets_for(PLAN)
    assert [s.tier for s in sheets] == [1, 2, 3]
    for sheet in sheets:
        assert len(sheet.questions) == 6
        assert {q.spec.level for q in sheet.questions} == {Level(sheet.tier)}
        assert all("4C7" in q.curriculum for q in sheet.questions)
        assert len({q.prompt for q in sheet.questions}) == 6, "an item is repeated on a sheet"


def test_a_sheet_code_makes_the_same_sheet_again():
    sheet = sheets_for(PLAN)[1]
    objectives, tier, items, seed = parse_code(sheet.code)
    again = build_sheet([resolve(o) for o in objectives], tier, items, seed, sheet.title)
    assert [q.prompt for q in again.questions] == [q.prompt for q in sheet.questions]
    assert variant_code(["4C7", "4C8"], 2, 12, "7.3") == "4C7+4C8/T2/n12/s7.3"
    with pytest.raises(PlanError, match="not a sheet code"):
        parse_code("4C7-T2")


def test_the_pdf_holds_every_item_and_a_key_with_the_same_answers():
    pdf, document = worksheet_pdf(PLAN)
    pages = pages_text(pdf)
    assert len(pages) == document.pages == sum(document.part_pages), "the footers do not count every page"
    sheet_parts = [p for p in document.parts if not p.is_key]
    key_parts = [p for p in document.parts if p.is_key]
    assert len(sheet_parts) == len(key_parts) == 3
    cursor = 0
    for part, count in zip(document.parts, document.part_pages, strict=True):
        text = squash(" ".join(pages[cursor : cursor + count]))
        cursor += count
        for number, question in enumerate(part.sheet.questions, start=1):
            if part.is_key:
                assert squash(question.answer.format()) in text, f"key {number} missing its answer"
                assert squash(question.answer.rule())[:40] in text
            else:
                assert squash(question.prompt) in text, f"item {number} of tier {part.sheet.tier} is not printed"
        assert squash(part.sheet.code) in text, "every sheet shows its variant code"


def test_each_footer_counts_the_pages_of_its_own_sheet_or_key_and_shows_the_code():
    import re

    pdf, document = worksheet_pdf(Plan(("5F8",), tiers=(1, 2), items=36, seed=3))
    pages = pages_text(pdf)
    assert document.part_pages[0] > 1 and len(document.part_pages) == 4
    cursor = 0
    for part, count in zip(document.parts, document.part_pages, strict=True):
        for number in range(1, count + 1):
            footer = pages[cursor + number - 1]
            assert re.search(rf"page {number} of {count}\b", footer), f"{part.sheet.code} page {number}: {footer[-80:]}"
            assert part.sheet.code in footer
        cursor += count


def test_same_plan_gives_a_byte_identical_pdf():
    assert worksheet_pdf(PLAN)[0] == worksheet_pdf(PLAN)[0]
    other = worksheet_pdf(Plan(("4C7",), tiers=(1, 2, 3), items=6, seed=8))[0]
    assert other != worksheet_pdf(PLAN)[0]


@pytest.mark.parametrize(
    "options",
    [PrintOptions(large_print=True), PrintOptions(dyslexia_font=True, spacious=True), PrintOptions(tint="cream")],
)
def test_accessible_options_keep_the_planned_pages(options):
    plan = Plan(("calculation.long_multiplication",), tiers=(1, 3), items=5, seed=2, options=options)
    pdf, document = worksheet_pdf(plan)
    assert page_count(pdf) == document.pages
    if options.large_print:
        standard = worksheet_pdf(Plan(("calculation.long_multiplication",), tiers=(1, 3), items=5, seed=2))[1]
        assert document.pages > standard.pages


def test_fonts_are_embedded_from_the_repository():
    standard = worksheet_pdf(Plan(("4C7",), tiers=(2,), items=2, seed=1, key=False))[0]
    dyslexia = worksheet_pdf(
        Plan(("4C7",), tiers=(2,), items=2, seed=1, key=False, options=PrintOptions(dyslexia_font=True))
    )[0]
    assert b"Andika" in standard and b"OpenDyslexic" not in standard
    assert b"OpenDyslexic" in dyslexia


def test_a_class_pack_gives_each_pupil_their_tier_and_different_items():
    pupils = [Pupil("Amir", 1), Pupil("Bella", 2), Pupil("Chloe", 2), Pupil("Dev", 3)]
    ticks = []
    sheets = pack_sheets(Plan(("4C7",), items=5, seed=3), pupils, lambda done, total: ticks.append((done, total)))
    assert ticks == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [(s.pupil, s.tier) for s in sheets] == [("Amir", 1), ("Bella", 2), ("Chloe", 2), ("Dev", 3)]
    assert {q.prompt for q in sheets[1].questions}.isdisjoint({q.prompt for q in sheets[2].questions})
    assert sheets[1].code == "4C7/T2/n5/s3.2"
    pdf, document = pack_pdf(Plan(("4C7",), items=5, seed=3), pupils)
    text = squash(" ".join(pages_text(pdf)))
    assert page_count(pdf) == document.pages
    for pupil in pupils:
        assert text.count(pupil.name) >= 2, "a pupil's name is on their sheet and their key"


def test_measures_print_their_unit_beside_the_box_only_when_the_child_need_not_write_it():
    from ks2practice.printing.typeset import unit_of

    sheet = sheets_for(Plan(("number.rounding",), tiers=(2,), items=12, seed=4))[0]
    for question in sheet.questions:
        if isinstance(question.answer, Measure):
            assert unit_of(question) == ("" if question.answer.unit_required else question.answer.unit)
