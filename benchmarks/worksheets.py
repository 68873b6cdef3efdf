"""Benchmark: a 30-pupil class pack with keys and pictures, end to end and Typst's compile of it alone."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ks2practice.printing.class_list import Pupil
from ks2practice.printing.layout import prepare
from ks2practice.printing.pdf import compile_folder
from ks2practice.printing.worksheets import Plan, document_for, pack_pdf, pack_sheets

PUPILS = [Pupil(f"Pupil {n:02d}", 1 + n % 3) for n in range(30)]
PLAN = Plan(("4C7",), items=10, seed="bench")
ROOT = Path(__file__).resolve().parents[1]


def _one_run(what: str) -> dict[str, float]:
    """One measurement in this process (the first compile in a process is the cold one a teacher waits for)."""
    if what == "whole":
        start = time.perf_counter()
        pdf, document = pack_pdf(PLAN, PUPILS)
        seconds = time.perf_counter() - start
        pictures = sum(1 for part in document.parts if not part.is_key for q in part.sheet.questions if q.diagram)
        return {"seconds": seconds, "pages": document.pages, "pictures": pictures, "bytes": len(pdf)}
    with tempfile.TemporaryDirectory() as folder:
        main = prepare(document_for(pack_sheets(PLAN, PUPILS), None, PLAN.options, True), Path(folder))
        start = time.perf_counter()
        compile_folder(main)
        return {"seconds": time.perf_counter() - start}


def class_pack_seconds(runs: int = 5) -> dict[str, float]:
    """Medians over fresh processes: the whole pack (questions, layout, pictures, Typst) and Typst alone."""

    def cold(what: str) -> list[dict[str, float]]:
        code = f"import json, worksheets; print(json.dumps(worksheets._one_run({what!r})))"
        return [
            json.loads(
                subprocess.run(
                    [sys.executable, "-c", code],
                    cwd=Path(__file__).parent,
                    check=True,
                    capture_output=True,
                    text=True,
                    env={"PYTHONPATH": f"{ROOT}:{Path(__file__).parent}"},
                ).stdout
            )
            for _ in range(runs)
        ]

    whole, alone = cold("whole"), cold("typst")
    return {
        "whole": statistics.median(r["seconds"] for r in whole),
        "typst": statistics.median(r["seconds"] for r in alone),
        "pages": whole[0]["pages"],
        "pictures": whole[0]["pictures"],
        "bytes": whole[0]["bytes"],
    }


if __name__ == "__main__":
    print(class_pack_seconds())
