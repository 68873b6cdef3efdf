"""School-scale report benchmarks: the mastery grid, one group, the data export and the roll-up, per engine.

Each report runs in a fresh child process, which prints its wall time (median of its runs) and its peak resident
memory (``getrusage`` maxrss), so one report's memory never hides in another's. The synthetic school comes from
``benchmarks/school.py``: SQLite files are kept in a cache folder between runs; PostgreSQL runs in a throwaway
cluster (``tests/pg.py``), filled afresh each time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

# grid: one school's mastery grid (school 1's 300 pupils); store-grid: every pupil in the store (3,000 at scale 10).
REPORTS = ("grid", "store-grid", "group", "export", "rollup")
SECRET = "a benchmark school secret, not a real one"
# Targets from issue #17, in seconds, by (report, scale); memory for every report at scale 10.
TARGETS = {
    ("grid", 1): 1.0,
    ("store-grid", 1): 1.0,
    ("group", 1): 0.2,
    ("grid", 10): 5.0,
    ("store-grid", 10): 5.0,
    ("export", 10): 10.0,
}
PEAK_MB = 300
CACHE = Path(os.environ.get("KS2PRACTICE_BENCH_CACHE", Path(tempfile.gettempdir()) / "ks2practice-bench"))


def run_report(report: str, target: str, repeat: int) -> dict:
    """In this process: open the store, run one report ``repeat`` times (stopping early past 60 s), say how it went."""
    from ks2practice.reports.data_export import export_tables
    from ks2practice.reports.mastery import group_progress, school_grid
    from ks2practice.reports.rollup import export_anonymised
    from ks2practice.store import Store

    with Store(target) as store, tempfile.TemporaryDirectory() as folder:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        actions = {
            "grid": lambda: school_grid(store, 1),
            "store-grid": lambda: school_grid(store),
            "group": lambda: group_progress(store, "Group 001"),
            "export": lambda: export_tables(store, folder),
            "rollup": lambda: export_anonymised(store, "School A", SECRET),
        }
        times: list[float] = []
        while len(times) < repeat and sum(times) < 60:
            start = time.perf_counter()
            actions[report]()
            times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"seconds": statistics.median(times), "runs": len(times), "peak_mb": peak / 1024, "open_mb": before / 1024}


def in_child(report: str, target: str, repeat: int) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", report, target, "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def sqlite_school(scale: int) -> str:
    """A cached SQLite school of this scale, made on first use (at the store's current migration)."""
    from school import make_school

    from ks2practice.store.migrations import HEAD

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"school-x{scale}-rev{HEAD}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        start = time.perf_counter()
        made = make_school(str(partial), scale=scale)
        os.replace(partial, path)
        print(f"  made {path.name}: {made:,} answers in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return str(path)


def measure(engines: list[str], scales: list[int], repeat: int, reports: list[str]) -> list[tuple]:
    rows = []
    server = None
    try:
        for engine in engines:
            for scale in scales:
                if engine == "sqlite":
                    target = sqlite_school(scale)
                else:
                    if server is None:
                        from pg import Server, binaries

                        folder = binaries()
                        if folder is None:
                            print("PostgreSQL is not installed: skipping it", file=sys.stderr)
                            break
                        server = Server(folder)
                    from school import make_school

                    server.admin(f"CREATE DATABASE school_x{scale}")
                    target = server.url(f"school_x{scale}")
                    start = time.perf_counter()
                    made = make_school(target, scale=scale)
                    print(f"  filled PostgreSQL x{scale}: {made:,} answers in {time.perf_counter() - start:.0f} s",
                          file=sys.stderr)  # fmt: skip
                for report in reports:
                    found = in_child(report, target, repeat)
                    print(f"  {engine} x{scale} {report}: {found}", file=sys.stderr)
                    rows.append((engine, scale, report, found))
    finally:
        if server is not None:
            server.stop()
    return rows


def table(rows: list[tuple]) -> str:
    lines = ["| report | answers | engine | time (median) | peak memory | target |", "|---|---|---|---|---|---|"]
    for engine, scale, report, found in rows:
        goal = TARGETS.get((report, scale))
        wanted = [f"≤ {goal:g} s"] if goal else []
        if scale == 10:
            wanted.append(f"≤ {PEAK_MB} MB")
        lines.append(
            f"| {report} | {'≈ 400k' if scale == 1 else f'≈ {scale * 0.4:g}M'} | {engine} | "
            f"{found['seconds']:.3f} s ({found['runs']} runs) | {found['peak_mb']:.0f} MB "
            f"(open: {found['open_mb']:.0f} MB) | {', '.join(wanted)} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("REPORT", "TARGET"), help=argparse.SUPPRESS)
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--scales", default="1,10", help="1 ≈ 400,000 answers, 10 ≈ 4 million")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reports", default=",".join(REPORTS), help=f"some of {', '.join(REPORTS)}")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_report(args.child[0], args.child[1], args.repeat)))
        return
    scales = [int(s) for s in args.scales.split(",")]
    rows = measure(args.engines.split(","), scales, args.repeat, args.reports.split(","))
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} — {date.today().isoformat()}\n")  # fmt: skip
    print(table(rows))


if __name__ == "__main__":
    main()
