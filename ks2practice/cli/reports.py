"""The planning and reporting commands of `ks2practice`: plan, report, marks and rollup, for teachers and leads."""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

from ks2practice.cli.printing import _fail
from ks2practice.printing.pdf import write_atomically

SECRET_VARIABLE = "KS2PRACTICE_SCHOOL_SECRET"


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `plan`, `report`, `marks` and `rollup` to the main parser's subcommands."""
    plan = commands.add_parser(
        "plan",
        help="plan a whole-class mastery lesson: a teacher's PDF and HTML slides to project",
        description=(
            "Plan a lesson for an objective: retrieval starter, anchor task with a picture, small steps, key "
            "questions and stem sentences, varied fluency, reasoning, a greater-depth challenge, an exit ticket and "
            "the misconceptions to expect. The same objective and seed always make the same lesson."
        ),
    )
    plan.add_argument("--objective", required=True, help="a curriculum code (e.g. 4C7) or a topic id")
    plan.add_argument("--seed", default="1", help="the same seed makes the same lesson (default 1)")
    plan.add_argument("-o", "--output", default="worksheets/out/lesson-plan.pdf", help="the teacher's plan PDF")
    plan.add_argument("--slides", help="also write the slide deck to this HTML file")

    report = commands.add_parser(
        "report",
        help="a group's progress summary as PDF: mastery grid, next steps, misconceptions, paper results",
        description="Print who is ready to move on and what each pupil needs next, and write the group's PDF summary.",
    )
    report.add_argument("group", help="the group's name as it appears in the app")
    report.add_argument("-o", "--output", help="the PDF to write (default worksheets/out/<group>-summary.pdf)")
    report.add_argument("--threshold", type=int, default=30, help="the paper mark (of 40) counted as 'at or above'")
    report.add_argument("--store", help="the store file (default: your data folder, or $KS2PRACTICE_DATA)")

    marks = commands.add_parser(
        "marks",
        help="enter a group's baseline or end-point arithmetic paper marks from a CSV",
        description=(
            "Read a CSV with a 'name' column and one column per item (1 to 36) holding the marks each pupil scored, "
            "and store it as the group's baseline or end-point paper."
        ),
    )
    marks.add_argument("group", help="the group's name as it appears in the app")
    marks.add_argument("--kind", required=True, choices=("baseline", "endpoint"), help="which paper these marks are")
    marks.add_argument("--csv", required=True, help="the marks CSV")
    marks.add_argument("--paper", default="paper-arithmetic/s1", help="the paper's code (printed at its foot)")
    marks.add_argument("--taken", required=True, help="the date the paper was sat, e.g. 2026-09-15")
    marks.add_argument("--store", help="the store file (default: your data folder, or $KS2PRACTICE_DATA)")

    rollup = commands.add_parser(
        "rollup",
        help="export this school's results without names, or compare several schools' exports",
        description=(
            "`rollup export` writes a JSON file with no names in it: pupils are identified by ids hashed with the "
            f"school's secret (read from --secret-file or ${SECRET_VARIABLE}). `rollup compare` reads several "
            "schools' files and writes a comparison PDF."
        ),
    )
    actions = rollup.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write this school's anonymised results")
    export.add_argument("--school", required=True, help="a label for the school, e.g. 'School A'")
    export.add_argument("--secret-file", help="a file holding the school's secret (at least 12 characters)")
    export.add_argument("-o", "--output", required=True, help="the JSON file to write")
    export.add_argument("--store", help="the store file (default: your data folder, or $KS2PRACTICE_DATA)")
    compare = actions.add_parser("compare", help="compare several schools' exports")
    compare.add_argument("exports", nargs="+", help="the schools' JSON export files")
    compare.add_argument("-o", "--output", default="worksheets/out/trust-rollup.pdf", help="the PDF to write")


def cmd_plan(args: argparse.Namespace) -> int:
    from ks2practice.planning.export import plan_pdf, plan_slides
    from ks2practice.planning.planner import plan_lesson
    from ks2practice.printing.pdf import PrintError
    from ks2practice.printing.worksheets import PlanError

    seed = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    try:
        plan = plan_lesson(args.objective, seed)
        output = Path(args.output)
        if args.output.startswith("worksheets/out/"):
            output.parent.mkdir(parents=True, exist_ok=True)
        if args.slides and not args.slides.lower().endswith((".html", ".htm")):
            raise PlanError(f"{args.slides!r} should end in .html")
        write_atomically(output, plan_pdf(plan))
        if args.slides:
            write_atomically(args.slides, plan_slides(plan).encode("utf-8"))
    except (PlanError, PrintError, ValueError) as error:
        return _fail("plan", error)
    except OSError as error:
        return _fail("plan", f"cannot write: {error.strerror or error}")
    print(f"wrote {output}" + (f" and {args.slides}" if args.slides else "") + f" (lesson {plan.code})")
    return 0


def _open_store(path: str | None):
    from ks2practice.store import Store

    return Store(path)


def cmd_report(args: argparse.Namespace) -> int:
    from ks2practice.reports.assessment import assessment_report
    from ks2practice.reports.mastery import ReportError, group_progress
    from ks2practice.reports.summary_pdf import summary_pdf

    try:
        with _open_store(args.store) as store:
            progress = group_progress(store, args.group)
            try:
                papers = assessment_report(store, args.group, args.threshold)
            except ReportError:
                papers = None  # no paper marks yet: the summary says so
            pdf = summary_pdf(progress, papers)
    except (ReportError, ValueError, OSError, sqlite3.Error) as error:
        return _fail("report", error)
    ready = progress.ready_to_move_on()
    print(f"{progress.group}: {len(progress.pupils)} pupils, {progress.answers} answers recorded")
    print("Ready to move on: " + (", ".join(ready) if ready else "nobody yet"))
    for pupil, step in progress.next_steps().items():
        print(f"  {pupil}: {step}")
    output = Path(args.output or f"worksheets/out/{progress.group.replace('/', '-')}-summary.pdf")
    if args.output is None:
        output.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomically(output, pdf)
    except OSError as error:
        return _fail("report", f"cannot write {str(output)!r}: {error.strerror or error}")
    print(f"wrote {output}")
    return 0


def cmd_marks(args: argparse.Namespace) -> int:
    from ks2practice.reports.assessment import import_marks
    from ks2practice.reports.mastery import ReportError

    try:
        text = Path(args.csv).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return _fail("marks", f"no marks file at {args.csv!r}")
    except (OSError, UnicodeDecodeError) as error:
        return _fail("marks", f"cannot read {args.csv!r} as a CSV text file ({error})")
    try:
        with _open_store(args.store) as store:
            count = import_marks(store, args.group, args.kind, args.paper, args.taken, text)
    except (ReportError, ValueError, OSError, sqlite3.Error) as error:
        return _fail("marks", error)
    print(f"stored {args.kind} marks for {count} pupils of {args.group}")
    return 0


def cmd_rollup(args: argparse.Namespace) -> int:
    from ks2practice.reports.mastery import ReportError
    from ks2practice.reports.rollup import export_anonymised, import_exports, write_export
    from ks2practice.reports.summary_pdf import trust_pdf

    try:
        if args.action == "export":
            secret = _secret(args.secret_file)
            with _open_store(args.store) as store:
                data = export_anonymised(store, args.school, secret)
            written = write_export(data, args.output)
            print(f"wrote {written} ({len(data['pupils'])} pupils, no names)")
            return 0
        schools = import_exports(args.exports)
        output = Path(args.output)
        if args.output.startswith("worksheets/out/"):
            output.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(output, trust_pdf(schools))
        print(f"wrote {output} ({len(schools)} schools)")
        return 0
    except (ReportError, ValueError, sqlite3.Error) as error:
        return _fail("rollup", error)
    except OSError as error:
        return _fail("rollup", f"{error.strerror or error}")


def _secret(path: str | None) -> str:
    from ks2practice.reports.mastery import ReportError

    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ReportError(f"cannot read the secret file {path!r}: {error.strerror or error}") from None
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        raise ReportError(f"give the school's secret with --secret-file FILE or ${SECRET_VARIABLE}")
    return secret


HANDLERS = {"plan": cmd_plan, "report": cmd_report, "marks": cmd_marks, "rollup": cmd_rollup}
