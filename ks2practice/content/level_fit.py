"""Whether a draw fits its level: on its year's pitch, and harder than the level below usually is (issue #15)."""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from ks2practice.content.difficulty import difficulty
from ks2practice.content.pitch import breaches
from ks2practice.core import registry
from ks2practice.core.model import Item, Level, Spec

SEEDS = 200
"""The seeds a calibration draws per topic, style and level: the same ones tests/test_difficulty.py sweeps."""

_FILE = "level_floors.tsv"

# A level is a band of difficulty. Generators draw numbers from ranges that overlap between levels, so without a
# floor one level 3 item in ten or twenty is easier than a typical level 2 one, and a level whose generator barely
# differs from the one below does not climb at all. The floor for level L is the median difficulty of level L − 1
# over SEEDS seeds, measured by calibrate() with the floors below it in force; a draw at level L must score above it.
_floors: dict[tuple[str, str, int], int] = {}


@cache
def _loaded() -> None:
    text = resources.files("ks2practice.core.data").joinpath(_FILE).read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("topic\t"):
            topic_id, style, level, floor = line.split("\t")
            _floors.setdefault((topic_id, style, int(level)), int(floor))


def floor(topic_id: str, style: str, level: int) -> int | None:
    """The score a draw at this level must exceed (None: no floor, e.g. at level 1)."""
    _loaded()
    return _floors.get((topic_id, style, level))


def misfit(topic: registry.Topic, level: Level, style: str, item: Item) -> str | None:
    """Why a draw does not fit its level, or None: pitched beyond its year, or no harder than the level below."""
    off = breaches(item, topic.codes, level)
    if off:
        return f"off pitch: {off[0]}"
    below = floor(topic.id, style, int(level))
    # An item whose generator names its greater-depth demand is kept whatever its numbers: the measure counts the
    # demand, but an unfamiliar twist on small numbers (midnight as 00:00) is the greater depth NCETM means.
    if below is None or item.depth:
        return None
    score = difficulty(item)
    return f"too easy for level {int(level)}: difficulty {score} ≤ {below}" if score <= below else None


def calibrate(seeds: int = SEEDS, topic_ids: list[str] | None = None) -> dict[tuple[str, str, int], int]:
    """Measure every floor afresh, level by level, each with the floors below it in force."""
    _loaded()
    for entry in registry.topics():
        if topic_ids and entry.id not in topic_ids:
            continue
        for style in entry.styles:
            for key in [k for k in _floors if k[:2] == (entry.id, style)]:
                del _floors[key]
            levels = sorted(int(level) for level in entry.levels)
            for below, level in itertools.pairwise(levels):
                scores = [difficulty(registry.generate(Spec(entry.id, below, s, style=style))) for s in range(seeds)]
                _floors[entry.id, style, level] = int(statistics.median(scores))
    return dict(_floors)


def write(path: Path) -> None:
    """Write the floors as the data file generate() reads."""
    lines = [
        "# Level floors: a draw at this level must score above this difficulty (content/difficulty.py). Each is the",
        f"# median of the level below over {SEEDS} seeds, measured by `make calibrate` on {date.today().isoformat()}.",
        "topic\tstyle\tlevel\tfloor",
        *(f"{t}\t{s}\t{lv}\t{f}" for (t, s, lv), f in sorted(_floors.items())),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the level floors afresh and write them.")
    parser.add_argument("--seeds", type=int, default=SEEDS)
    parser.add_argument("--topic", action="append", help="only these topics (the others keep their floors)")
    args = parser.parse_args(argv)
    calibrate(args.seeds, args.topic)
    target = Path(str(resources.files("ks2practice.core.data").joinpath(_FILE)))
    write(target)
    print(f"wrote {len(_floors)} floors to {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
