"""Benchmarks for ks2practice: import time, verified questions per second, marks per second and variants."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from session import record_mark_next_ms
from test_registry_invariants import independently_verified
from variants import report as variants_report

from ks2practice import answers
from ks2practice.core import registry
from ks2practice.core.model import Spec
from worksheets import class_pack_seconds


def import_seconds(runs: int = 15) -> float:
    """Median wall time of `import ks2practice` in a fresh interpreter, less the interpreter's own start."""

    def timed(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(timed("pass") for _ in range(runs))
    with_import = statistics.median(timed("import ks2practice") for _ in range(runs))
    return with_import - bare


def verified_questions_per_second(seeds: int = 100) -> tuple[float, int]:
    """Generate every topic × level × seed and confirm each key with the independent solver."""
    count = 0
    start = time.perf_counter()
    for entry in registry.topics():
        for level in entry.levels:
            for seed in range(seeds):
                question = registry.generate(Spec(entry.id, level, seed))
                if not independently_verified(question):
                    raise AssertionError(f"unverified key: {question.spec.code}")
                count += 1
    return count / (time.perf_counter() - start), count


def marks_per_second(rounds: int = 2000) -> float:
    """Mark a mixed bag of right, wrong, try-again and unreadable responses."""
    cases = [
        (answers.FractionAnswer(answers.parse_number("3/4"), simplest=True), "6/8"),
        (answers.FractionAnswer(answers.parse_number("7/3")), "2 1/3"),
        (answers.Money(297), "£2 97"),
        (answers.Money(297), "£297p"),
        (answers.WholeNumber(12345), "12,345"),
        (answers.DecimalNumber(answers.parse_number("2.5")), "2.50"),
        (answers.Measure(answers.parse_number("1.5"), "kg"), "1500 g"),
        (answers.TimeOfDay(14 * 60 + 5), "2:05 pm"),
        (answers.WholeNumber(84), "banana"),
        (answers.Comparison("<"), "less than"),
    ]
    start = time.perf_counter()
    for _ in range(rounds):
        for answer, response in cases:
            answers.check(answer, response)
    return rounds * len(cases) / (time.perf_counter() - start)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def main() -> None:
    registry.topics()  # load the topics before timing
    rate, count = verified_questions_per_second()
    rows = [
        (
            "`import ks2practice` (median of 15, interpreter start subtracted)",
            f"{import_seconds() * 1000:.0f} ms",
            "≤ 300 ms",
        ),
        (f"questions generated, truth gates on, and independently verified ({count} items)", f"{rate:,.0f} /s", ""),
        ("responses marked (10 kinds, right/wrong/try-again mix)", f"{marks_per_second():,.0f} /s", ""),
    ]
    p50, p95, stored = record_mark_next_ms()
    rows.append(
        (
            f"TA app: record + mark (+ next question) per pupil, durable commit ({stored} responses)",
            f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
            "p95 ≤ 30 ms",
        )
    )
    pack = class_pack_seconds()
    rows.append(
        (
            f"class pack: 30 pupils × 10 items with keys ({pack['pages']} pages, {pack['pictures']} pictures), "
            "fresh process, median of 5",
            f"{pack['whole']:.2f} s; Typst alone on the same source {pack['typst']:.2f} s "
            f"(ratio {pack['whole'] / pack['typst']:.2f})",
            "≤ 1.5 s and ≤ 2×",
        )
    )
    print(
        f"Machine: {_cpu_name()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} — {date.today().isoformat()}\n"
    )
    print("| measure | result | target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print(variants_report())


if __name__ == "__main__":
    main()
