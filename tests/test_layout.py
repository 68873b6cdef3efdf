"""Tests for ks2practice.printing.layout: items flow to fill pages, charts print readably, drawing tasks print."""

import dataclasses
import re

import pytest
from pdf_text import pages_text

from ks2practice.core import registry
from ks2practice.core.model import Drawing, Level, Spec
from ks2practice.pictures.diagrams import BarChart, CoordinateGrid, LineGraph, Pictogram, PieChart, RatioTable, Table
from ks2practice.printing.layout import (
    CHART_KINDS,
    CHART_LEAST_CM,
    HALF_TEXT_CM,
    LABEL_LEAST_PT,
    TABLE_KINDS,
    TEXT_WIDTH_CM,
    Document,
    SheetPart,
    key_block,
    paired_rows,
    picture_for,
    question_block,
    svg_size,
)
from ks2practice.printing.pdf import PrintOptions
from ks2practice.printing.worksheets import Plan, Sheet, worksheet_pdf

# 36-item pupil sheets, one tier each, from every strand: (objective, tier). Main at f34dbd1 made 7-10 pages of
# each, half-empty pages before every tall item; now Typst flows the items to the foot of each page.
WITHOUT_PICTURES = [("6C9", 2), ("5F8", 2), ("4C7", 2), ("6C8", 1), ("6A2", 3), ("3N2a", 3), ("5N3b", 1)]
WITH_PICTURES = [("3N2a", 1), ("4N1", 1), ("5G4b", 3), ("3M2a", 2), ("6R1", 2), ("4C7", 1)]


def sheet_pages(objective, tier, **options):
    plan = Plan((objective,), tiers=(tier,), items=36, seed=3, key=False, options=PrintOptions(**options))
    _pdf, document = worksheet_pdf(plan)
    return document.part_pages[0], document


@pytest.mark.parametrize(("objective", "tier"), WITHOUT_PICTURES)
def test_a_36_item_sheet_without_pictures_fits_six_pages(objective, tier):
    pages, document = sheet_pages(objective, tier)
    assert not any(q.diagram for q in document.parts[0].sheet.questions), "choose a tier without pictures"
    assert pages <= 6, f"{objective} tier {tier}: {pages} pages"


@pytest.mark.parametrize(("objective", "tier"), WITH_PICTURES)
def test_a_36_item_sheet_with_pictures_fits_ten_pages(objective, tier):
    pages, document = sheet_pages(objective, tier)
    assert sum(1 for q in document.parts[0].sheet.questions if q.diagram) >= 6, "choose a tier with pictures"
    assert pages <= 10, f"{objective} tier {tier}: {pages} pages"


@pytest.mark.parametrize("topic", ["statistics.line_graphs", "statistics.pie_charts", "statistics.pictograms"])
def test_a_sheet_of_charts_fits_ten_pages(topic):
    # A chart prints at least 10 cm wide with 9 pt labels; drawn 480 wide and at most about 270 tall it is under
    # 6 cm tall, so four fit a page with the prompt beside each, and 36 charts fit ten pages.
    pages, _ = sheet_pages(topic, 2)
    assert pages <= 10, f"{topic}: {pages} pages"


def test_a_sheet_of_drawing_tasks_fits_ten_pages():
    # A grid to draw on takes half the page's width: two drawing tasks to a row, four to a page (before: two).
    pages, document = sheet_pages("position.draw_on_grid", 2)
    assert all(q.drawing for q in document.parts[0].sheet.questions)
    assert pages <= 10


def test_large_print_and_spacious_sheets_take_more_pages_and_still_print():
    standard, _ = sheet_pages("5F8", 2)
    assert sheet_pages("5F8", 2, large_print=True)[0] > standard
    assert sheet_pages("5F8", 2, spacious=True, dyslexia_font=True)[0] >= standard


def test_answer_boxes_sit_beside_prompts_and_method_paper_beside_its_question():
    question = registry.generate(Spec("calculation.short_multiplication", Level(2), 5, style="fluency"))
    markup = question_block(1, question, PrintOptions()).markup
    assert "picture: squared(" in markup and "side: true" in markup and "#answer-box(" in markup
    question = registry.generate(Spec("number.rounding", Level(2), 5))
    markup = question_block(1, question, PrintOptions()).markup
    assert "#answer-box(" in markup and "beside: true" in markup


def charts():
    names = ("Apples", "Bananas", "Cherries", "Dates", "Elderberries", "Figs", "Grapes", "Honeydew melon")
    for size in (2, 4, 6, 8):
        categories = names[:size]
        yield BarChart(categories, tuple(5 * (i + 1) for i in range(size)), 5, "Fruit sold", "Fruit", "Number")
        yield LineGraph(tuple(f"{7 + i}am" for i in range(size)), tuple(range(size)), 1, "Temperature", "", "°C")
        yield Pictogram(categories, tuple(2 * i + 2 for i in range(size)), 2, "children", "Favourite fruit")
        yield PieChart(categories, tuple(i + 1 for i in range(size)), "Favourite fruit", "value")
        yield Table(categories[:4], tuple(tuple(range(r, r + min(size, 4))) for r in range(size)), "Scores")
        yield RatioTable(tuple(range(1, size + 1)), tuple(range(3, 3 * size + 1, 3)), "cups", "people")


@pytest.mark.parametrize("options", [PrintOptions(), PrintOptions(large_print=True)], ids=["standard", "large"])
def test_charts_print_at_least_10_cm_wide_with_labels_of_9_pt(options):
    kinds = set()
    for chart in charts():
        kinds.add(chart.kind)
        picture = picture_for(chart, "chart.svg", options)
        assert picture.width_cm <= TEXT_WIDTH_CM
        if chart.kind in CHART_KINDS:
            assert picture.width_cm >= CHART_LEAST_CM, f"{chart.kind} printed {picture.width_cm} cm wide"
        assert picture.smallest_pt >= LABEL_LEAST_PT - 0.01, f"{chart!r} labels print at {picture.smallest_pt:.1f} pt"
    assert kinds == CHART_KINDS | TABLE_KINDS


def test_a_chart_item_prints_its_picture_at_the_chosen_width():
    question = registry.generate(Spec("statistics.bar_charts", Level(2), 1))
    assert question.diagram is not None and question.diagram.kind in CHART_KINDS
    block = question_block(1, question, PrintOptions())
    (picture,) = block.pictures
    assert f"width: {picture.width_cm}cm" in block.markup and picture.width_cm >= CHART_LEAST_CM


def drawing_task():
    question = registry.generate(Spec("position.coordinates", Level(2), 4))
    space = CoordinateGrid()
    completed = CoordinateGrid(points=((2, 3, "A"), (7, 3, "B"), (7, 8, "C")), polygon=True)
    item = dataclasses.replace(question.item, drawing=Drawing(space, completed), diagram=None)
    return dataclasses.replace(question, item=item), space, completed


def test_a_drawing_task_prints_its_grid_to_draw_on_and_the_key_shows_it_completed():
    question, space, completed = drawing_task()
    block = question_block(1, question, PrintOptions())
    (drawn,) = block.pictures
    assert drawn.svg == picture_for(space, "x", PrintOptions(), "space").svg
    # the grid to draw on, and under it a box for the answer the prompt also asks for, in half the page's width
    assert block.markup.count("#answer-box") == 1 and f'image("{drawn.name}"' in block.markup
    assert block.half and drawn.width_cm <= HALF_TEXT_CM
    square_cm = drawn.width_cm * 36 / svg_size(drawn.svg)[0]  # the grid's squares are drawn 36 px apart
    assert square_cm >= 0.5, f"squares of {square_cm:.2f} cm are too small to draw on"
    assert drawn.smallest_pt >= 6.99, "the axis numbers to plot by print at 7 pt or more"
    key = key_block(1, question, PrintOptions())
    (done,) = key.pictures
    assert done.svg == picture_for(completed, "x", PrintOptions(), "key").svg and f'image("{done.name}"' in key.markup
    sheet = Sheet("Coordinates", "Plot points", 2, "test/T2/n1/s1", (question,))
    parts = (SheetPart(sheet, (block,), False), SheetPart(sheet, (key,), True))
    document = Document("Coordinates", parts, PrintOptions())
    page, key_page = pages_text(document.compiled.pdf)
    assert document.part_pages == (1, 1)
    assert "Answer" in key_page and "Answer" not in page


def test_a_grid_beside_its_prompt_prints_its_axis_numbers_at_a_readable_size():
    # A 0-10 grid squeezed to 4 cm printed its axis numbers at under 4 pt: the numbers are what the pupil reads.
    question = registry.generate(Spec("position.translation", Level(2), 0))
    assert question.diagram.kind == "coordinate_grid"
    (picture,) = question_block(1, question, PrintOptions()).pictures
    smallest_px = min(float(size) for size in re.findall(r'font-size="([\d.]+)"', picture.svg))
    printed_pt = smallest_px * picture.width_cm / svg_size(picture.svg)[0] / (2.54 / 72)
    assert printed_pt >= 6.99, f"axis numbers print at {printed_pt:.1f} pt"


def test_two_drawing_tasks_in_a_row_share_a_row_and_a_lone_one_keeps_its_place():
    question, _space, _completed = drawing_task()
    options = PrintOptions()
    half = question_block(1, question, options)
    whole = question_block(2, registry.generate(Spec("statistics.bar_charts", Level(2), 1)), options)
    assert half.half and not whole.half
    rows = paired_rows([half, half, whole, half, whole])
    assert rows[0] == f"#pair([{half.half_markup}], [{half.half_markup}])"
    assert rows[1:] == [whole.markup, half.markup, whole.markup], "order kept; a half with no partner stands alone"
    assert half.markup != half.half_markup, "alone, a drawing task has its box beside the grid, not under it"
    large = question_block(1, question, PrintOptions(large_print=True))
    assert not large.half, "large print keeps each drawing task on its own row"


def test_two_written_methods_in_a_row_share_a_row_on_narrower_squared_paper():
    question = registry.generate(Spec("calculation.long_multiplication", Level(2), 5, style="fluency"))
    block = question_block(1, question, PrintOptions())
    assert "picture: squared(" in block.markup and "side: true" in block.markup, "alone: paper beside the prompt"
    assert "columns: 12" in block.half_markup and "#answer-box(" in block.half_markup
    rows = question.working.splitlines()
    digit_rows = sum(1 for row in rows if any(c.isdigit() for c in row))
    assert f"squared({min(8, max(4, digit_rows + 1))}" in block.markup, "a row per line of digits and one spare"
