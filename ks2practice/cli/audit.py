"""The `ks2practice audit` command: every topic through the truth gates, counted per topic in one table."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

COLUMNS = ("items", "checked", "in words", "not checkable", "breaches", "redrawn", "no true item", "kept")
"""The count columns before the drop reasons: see the command's description."""


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `audit` to the main parser's subcommands."""
    audit = commands.add_parser(
        "audit",
        help="run every topic through the truth gates and count what they found",
        description=(
            "Generate every topic at each of its levels, in each of its styles, with seeds 0 to N−1, and print per "
            "topic: items made; equations in the teaching text checked exactly (worked steps are data, checked "
            "with their units), relations still typed into a solution's words, and relations not checkable (units "
            "or words the notation does not read); breaches (false equations) found in a draw, draws redrawn "
            "because of them, and specs with no true item in any draw (not counted as items); predictions kept, "
            "and dropped by reason (implausible, correct, not_in_form, wrong_unit, unreadable, ambiguous, "
            "repeat). Counts of checked equations and predictions are of the items shown. Exit 1 if any spec "
            "has no true item."
        ),
    )
    audit.add_argument("--seeds", type=_positive, default=50, help="seeds per topic × level × style (default 50)")
    audit.add_argument("--topic", help="one topic id, such as statistics.tables_timetables (default: every topic)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("--seeds must be at least 1")
    return value


def audit_topic(topic_id: str, seeds: int) -> tuple[Counter[str], list[str]]:
    """The counts for one topic (COLUMNS and drop reasons) and the specs with no true item, with why."""
    from ks2practice.core import registry
    from ks2practice.core.model import Spec

    entry = registry.get(topic_id)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for level in entry.levels:
        for style in entry.styles:
            for seed in range(seeds):
                try:
                    _, trace = registry.generate_traced(Spec(entry.id, level, seed, style=style))
                except registry.GateError as error:  # every draw was false: count what was found, show nothing
                    failures.append(str(error))
                    counts["no true item"] += 1
                    counts["breaches"] += sum(len(report.breaches) for draw in error.trace for report in draw)
                    continue
                counts["items"] += 1
                counts["redrawn"] += len(trace) - 1
                for draw in trace[:-1]:
                    counts["breaches"] += sum(len(report.breaches) for report in draw)
                for report in trace[-1]:
                    counts["checked"] += report.checked
                    counts["in words"] += getattr(report, "in_words", 0)
                    counts["not checkable"] += report.not_checkable
                    counts["kept"] += report.kept
                    counts.update(report.dropped)
    return counts, failures


def _cmd_audit(args: argparse.Namespace) -> int:
    from ks2practice.content.gates import REASONS
    from ks2practice.core import registry

    try:
        ids = [registry.get(args.topic).id] if args.topic else [entry.id for entry in registry.topics()]
    except KeyError as error:
        print(f"ks2practice audit: {error.args[0]}", file=sys.stderr)
        return 2
    headers = ("topic", *COLUMNS, *(f"dropped: {reason}" for reason in REASONS))
    rows: list[tuple[str, ...]] = []
    total: Counter[str] = Counter()
    failures: list[str] = []
    for topic_id in ids:
        counts, failed = audit_topic(topic_id, args.seeds)
        total += counts
        failures += failed
        rows.append((topic_id, *(str(counts[name]) for name in (*COLUMNS, *REASONS))))
    if len(ids) > 1:
        rows.append(("total", *(str(total[name]) for name in (*COLUMNS, *REASONS))))
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]
    for row in (headers, *rows):
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells))
    print(f"\nSeeds 0–{args.seeds - 1} for every level and style of {len(ids)} topic{'s' if len(ids) > 1 else ''}.")
    for failure in failures:
        print(f"no true item: {failure}", file=sys.stderr)
    return 1 if failures else 0


HANDLERS = {"audit": _cmd_audit}
