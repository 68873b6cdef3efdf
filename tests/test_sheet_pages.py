"""Every objective's and every topic's 36-item sheet, at every tier, fits its page target: 6 A4 pages without
pictures, 10 with."""

from __future__ import annotations

import pytest

from ks2practice.core import curriculum, registry
from ks2practice.printing.worksheets import Plan, PlanError, worksheet_pdf

ITEMS = 36
WITHOUT_PICTURES, WITH_PICTURES = 6, 10

# Measured misses, held to their measured figure so a layout change can't make them worse unnoticed, and removed
# from here once they meet the target (the test says so). None today.
KNOWN_OVER: dict[tuple[str, int], int] = {}


def sheets(code: str) -> list[tuple[int, int, int]] | None:
    """(tier, pages, items with a picture or a drawing) for each tier's sheet, or None if 36 can't be made."""
    try:
        _pdf, document = worksheet_pdf(Plan((code,), tiers=(1, 2, 3), items=ITEMS, seed=3, key=False))
    except (PlanError, ValueError) as refused:
        # a topic with fewer than 36 different questions at a level says so rather than repeating one
        assert "can only supply" in str(refused), refused
        return None
    return [
        (tier, pages, sum(1 for q in part.sheet.questions if q.diagram or q.drawing))
        for tier, pages, part in zip((1, 2, 3), document.part_pages, document.parts, strict=True)
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "code", [o.code for o in curriculum.content_domain()] + [t.id for t in registry.topics()]
)  # a teacher prints by curriculum code or by topic id
def test_a_36_item_sheet_fits_its_page_target(code):
    made = sheets(code)
    if made is None:
        return
    for tier, pages, pictured in made:
        target = WITH_PICTURES if pictured else WITHOUT_PICTURES
        known = KNOWN_OVER.get((code, tier))
        if known is not None:
            assert pages > target, f"{code} tier {tier} now fits {pages} pages: remove it from KNOWN_OVER"
            assert pages <= known, f"{code} tier {tier}: {pages} pages, more than the {known} measured"
            continue
        assert pages <= target, f"{code} tier {tier} ({pictured} pictured items): {pages} pages, target {target}"
