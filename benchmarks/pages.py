"""Benchmark: pages per 36-item pupil sheet (and its key), each tier, for objectives from every strand."""

from __future__ import annotations

from ks2practice.printing.worksheets import Plan, worksheet_pdf

OBJECTIVES = ("5F8", "6G5", "4S1", "4C7", "3N2a", "5M5", "6A2", "6R1", "3M2a", "5G4b", "6S1", "4N1")


def pages_per_sheet(objective: str, items: int = 36, seed: int = 3) -> dict[str, object]:
    """Each tier's sheet pages, its key's pages, and how many of its items have a picture."""
    _pdf, document = worksheet_pdf(Plan((objective,), tiers=(1, 2, 3), items=items, seed=seed))
    tiers = len(document.parts) // 2
    return {
        "sheets": list(document.part_pages[:tiers]),
        "keys": list(document.part_pages[tiers:]),
        "pictures": [sum(1 for q in part.sheet.questions if q.diagram) for part in document.parts[:tiers]],
    }


if __name__ == "__main__":
    for objective in OBJECTIVES:
        print(objective, pages_per_sheet(objective), flush=True)
