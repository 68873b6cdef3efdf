"""The planning and reporting commands of `ks2practice`: plan, report, marks and rollup, for teachers and leads."""

from __future__ import annotations

import argparse
import os
import re
import tempfile
from pathlib import Path

from ks2practice.cli.common import STORE_HELP, fail
from ks2practice.core.private_files import PRIVATE_FILE, SHARED_FILE, make_output_folder, write_private
from ks2practice.core.seeds import parse_seed

SECRET_VARIABLE = "KS2PRACTICE_SCHOOL_SECRET"
LARGEST_MARKS_FILE = 1_000_000  # bytes: a class's marks CSV is a few kilobytes
LARGEST_SECRET_FILE = 4096  # bytes: a secret is a line of text


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
    report.add_argument("group", help="the group's name, or 'attainment' followed by the group's name")
    report.add_argument(
        "attainment_group", nargs="?", metavar="GROUP", help="with 'attainment': the group whose full mock to report"
    )
    report.add_argument("--year", type=int, default=2024, help="attainment: the year whose STA thresholds to use")
    report.add_argument(
        "--point", choices=("baseline", "midpoint", "endpoint"), default="endpoint", help="attainment: which mock"
    )
    report.add_argument("-o", "--output", help="the PDF to write (default worksheets/out/<group>-summary.pdf)")
    report.add_argument("--threshold", type=int, default=30, help="the paper mark (of 40) counted as 'at or above'")
    report.add_argument("--store", help=STORE_HELP)

    marks = commands.add_parser(
        "marks",
        help="enter a group's baseline or end-point arithmetic paper marks from a CSV",
        description=(
            "Read a CSV with a 'name' column and one column per item (1 to 36) holding the marks each pupil scored, "
            "and store it as the group's baseline, mid-point or end-point paper. For a full mock (--paper sats/sN) "
            "the CSV has a row per mark: pupil,paper,item,marks."
        ),
    )
    marks.add_argument("group", help="the group's name as it appears in the app")
    marks.add_argument(
        "--kind", required=True, choices=("baseline", "midpoint", "endpoint"), help="when the paper was sat"
    )
    marks.add_argument("--csv", required=True, help="the marks CSV")
    marks.add_argument("--paper", default="paper-arithmetic/s1", help="the paper's code (printed at its foot)")
    marks.add_argument("--taken", required=True, help="the date the paper was sat, e.g. 2026-09-15")
    marks.add_argument("--store", help=STORE_HELP)
    marks.add_argument(
        "--replace", action="store_true", help="replace the group's stored marks for this paper (to correct a typo)"
    )

    rollup = commands.add_parser(
        "rollup",
        help="export this school's results without names, or compare several schools' exports",
        description=(
            "`rollup secret` makes the school's secret once. `rollup export` writes a JSON file with no names in it: "
            "pupils are identified by ids hashed with the school's secret (read from --secret-file or "
            f"${SECRET_VARIABLE}), listed in the order of those ids. `rollup compare` reads several schools' files "
            "and writes a comparison PDF."
        ),
    )
    actions = rollup.add_subparsers(dest="action", metavar="ACTION", required=True)
    secret = actions.add_parser("secret", help="make a strong school secret in a new file (owner-only)")
    secret.add_argument("-o", "--output", required=True, help="the file to create; an existing file is never replaced")
    export = actions.add_parser("export", help="write this school's anonymised results")
    export.add_argument("--school", required=True, help="a label for the school, e.g. 'School A'")
    export.add_argument("--secret-file", help="a file holding the school's secret (see `rollup secret`)")
    export.add_argument("-o", "--output", required=True, help="the JSON file to write")
    export.add_argument("--store", help=STORE_HELP)
    compare = actions.add_parser("compare", help="compare several schools' exports")
    compare.add_argument("exports", nargs="+", help="the schools' JSON export files")
    compare.add_argument("-o", "--output", default="worksheets/out/trust-rollup.pdf", help="the PDF to write")


def cmd_plan(args: argparse.Namespace) -> int:
    from ks2practice.planning.export import plan_pdf, plan_slides
    from ks2practice.planning.planner import plan_lesson
    from ks2practice.printing.pdf import PrintError
    from ks2practice.printing.worksheets import PlanError

    output = Path(args.output)
    slides = Path(args.slides) if args.slides else None
    try:
        if output.suffix.lower() != ".pdf":
            raise PlanError(f"{args.output!r} should end in .pdf")
        if slides is not None and slides.suffix.lower() not in (".html", ".htm"):
            raise PlanError(f"{args.slides!r} should end in .html")
        if slides is not None and slides.resolve() == output.resolve():
            raise PlanError("the plan and the slides need two different files")
        plan = plan_lesson(args.objective, parse_seed(args.seed))
        files = {output: plan_pdf(plan)}  # both are made in memory before either is written
        if slides is not None:
            files[slides] = plan_slides(plan).encode("utf-8")
        if args.output.startswith("worksheets/out/"):
            make_output_folder(output.parent, private=False)  # a plan names no pupil
        write_together(files)
    except (PlanError, PrintError, ValueError) as error:
        return fail("plan", error)
    except OSError as error:
        return fail("plan", error)
    print(f"wrote {output}" + (f" and {slides}" if slides else "") + f" (lesson {plan.code})")
    if plan.revisit_line:
        print(plan.revisit_line)
    return 0


def write_together(files: dict[Path, bytes], *, private: bool = False) -> None:
    """Write several files all or none: every folder checked, every file written to a temporary beside its target,
    then each renamed into place; when a rename fails, the files already renamed are removed again.

    An OSError names the path it is about.
    """
    for target in files:
        folder = target.parent
        if target.is_dir():
            raise OSError(f"cannot write {str(target)!r}: it is a folder")
        if not folder.is_dir():
            raise OSError(f"cannot write {str(target)!r}: the folder {str(folder)!r} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OSError(f"cannot write {str(target)!r}: the folder {str(folder)!r} is not writable")
    temporaries: dict[Path, str] = {}
    placed: list[Path] = []
    try:
        for target, data in files.items():
            try:
                handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            except OSError as error:
                raise OSError(f"cannot write {str(target)!r}: {error.strerror or error}") from None
            temporaries[target] = temporary
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, PRIVATE_FILE if private else SHARED_FILE)
        for target, temporary in temporaries.items():
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise OSError(f"cannot write {str(target)!r}: {error.strerror or error}") from None
            placed.append(target)
    except BaseException:
        for temporary in temporaries.values():
            Path(temporary).unlink(missing_ok=True)
        for target in placed:
            target.unlink(missing_ok=True)
        raise


def _database_errors() -> tuple[type[BaseException], ...]:
    """What the store's database may raise (SQLite's or SQLAlchemy's errors), imported only when one is met."""
    from ks2practice.store import DATABASE_ERRORS

    return DATABASE_ERRORS


def _open_store(path: str | None):
    from ks2practice.store import Store

    return Store(path)


def cmd_attainment(args: argparse.Namespace) -> int:
    from ks2practice.reports.attainment import attainment_report, mock_items, paper_code, seed_of
    from ks2practice.reports.mastery import ReportError

    try:
        with _open_store(args.store) as store:
            items = mock_items(seed_of(paper_code(store, args.attainment_group, args.point)))
            report = attainment_report(store, args.attainment_group, items, args.year, args.point)
    except (ReportError, ValueError, OSError, *_database_errors()) as error:
        return fail("report attainment", error)
    print("\n".join(report.lines()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ks2practice.reports.assessment import assessment_report, named_pupils
    from ks2practice.reports.mastery import ReportError, group_progress
    from ks2practice.reports.summary_pdf import summary_pdf

    if args.group == "attainment" and args.attainment_group:
        return cmd_attainment(args)
    try:
        with _open_store(args.store) as store:
            progress = group_progress(store, args.group)
            try:
                papers = assessment_report(store, args.group, args.threshold)
            except ReportError:
                papers = None  # no paper marks yet: the summary says so
            pdf = summary_pdf(progress, papers)
            output = Path(args.output or f"worksheets/out/{file_name(progress.group)}-summary.pdf")
            if args.output is None:
                make_output_folder(output.parent, private=True)
            try:
                write_private(output, pdf)  # it names pupils: owner-only, whatever the umask
            except OSError as error:
                return fail("report", f"cannot write {str(output)!r}: {error.strerror or error}")
            shown = [*progress.pupils, *(p.name for p in papers.pupils)] if papers else progress.pupils
            store.record_export(output, "summary PDF", named_pupils(store, progress.group, shown))
    except (ReportError, ValueError, OSError, *_database_errors()) as error:
        return fail("report", error)
    ready = progress.ready_to_move_on()
    print(f"{progress.group}: {len(progress.pupils)} pupils, {progress.answers} answers recorded")
    print("Ready to move on: " + (", ".join(ready) if ready else "nobody yet"))
    for pupil, step in progress.next_steps().items():
        print(f"  {pupil}: {step}")
    print(f"wrote {output}")
    return 0


def file_name(text: str) -> str:
    """A group's name made safe as part of a file name: letters, digits, spaces, '.', '-' and '_' kept."""
    return re.sub(r"[^\w .-]+", "-", text).strip(" .-") or "group"


def _read_text(path: str, what: str, largest: int) -> str:
    """A small text file read whole (a byte-order mark dropped), refused before reading when it is too large."""
    from ks2practice.reports.mastery import ReportError

    try:
        with open(path, "rb") as handle:
            raw = handle.read(largest + 1)
    except FileNotFoundError:
        raise ReportError(f"no {what} at {path!r}") from None
    except OSError as error:
        raise ReportError(f"cannot read {path!r}: {error.strerror or error}") from None
    if len(raw) > largest:
        raise ReportError(f"{path!r} is larger than {largest // 1000} kB, which is too large for a {what}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReportError(f"cannot read {path!r} as a {what}: save it as UTF-8 text") from None


def cmd_marks(args: argparse.Namespace) -> int:
    from ks2practice.reports.assessment import import_marks
    from ks2practice.reports.mastery import ReportError

    try:
        text = _read_text(args.csv, "marks file", LARGEST_MARKS_FILE)
        with _open_store(args.store) as store:
            if args.paper.startswith("sats"):
                from ks2practice.reports.assessment import import_mock_marks
                from ks2practice.reports.attainment import mock_items, seed_of

                items = mock_items(seed_of(args.paper))
                count = import_mock_marks(
                    store, args.group, args.kind, args.paper, args.taken, text, items, replace=args.replace
                )
            else:
                count = import_marks(store, args.group, args.kind, args.paper, args.taken, text, replace=args.replace)
    except (ReportError, ValueError, OSError, *_database_errors()) as error:
        return fail("marks", error)
    kind = {"endpoint": "end-point", "midpoint": "mid-point"}.get(args.kind, args.kind)
    print(f"{'replaced' if args.replace else 'stored'} {kind} marks for {count} pupils of {args.group}")
    return 0


def cmd_rollup(args: argparse.Namespace) -> int:
    from ks2practice.reports.mastery import ReportError
    from ks2practice.reports.rollup import export_anonymised, import_exports, school_secret, write_export
    from ks2practice.reports.summary_pdf import trust_pdf

    try:
        if args.action == "secret":
            written = write_new_secret(args.output)
            print(f"wrote a new school secret to {written} (readable by you only); keep it in school, never share it")
            return 0
        if args.action == "export":
            secret = school_secret(_secret(args.secret_file))  # refused before the store is opened
            with _open_store(args.store) as store:
                data = export_anonymised(store, args.school, secret)
                written = write_export(data, args.output)
                # Hashed ids are pseudonyms, not anonymity, for the school that holds the secret: the file is
                # recorded with the pupils it covers so erasing a pupil can say which exports still hold their row.
                store.record_export(written, "roll-up export", [p["id"] for p in _all_pupils(store)])
            print(f"wrote {written} ({len(data['pupils'])} pupils, no names)")
            return 0
        schools = import_exports(args.exports)
        output = Path(args.output)
        pdf = trust_pdf(schools)
        if args.output.startswith("worksheets/out/"):
            make_output_folder(output.parent, private=True)
        write_private(output, pdf)  # pupils' results, if only as school means: owner-only like the exports
        print(f"wrote {output} ({len(schools)} schools)")
        return 0
    except (ReportError, ValueError, *_database_errors()) as error:
        return fail("rollup", error)
    except OSError as error:
        path = error.filename or args.output
        return fail("rollup", f"cannot write {str(path)!r}: {error.strerror or error}")


def _all_pupils(store) -> list:
    return [p for g in store.find_groups(include_archived=True) for p in store.find_pupils(g["id"], True)]


def write_new_secret(path: str | Path) -> Path:
    """Create a file holding a new strong secret, owner-only from the moment it exists; never replace a file."""
    from ks2practice.reports.mastery import ReportError
    from ks2practice.reports.rollup import make_secret

    target = Path(path)
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        raise ReportError(
            f"{str(target)!r} already exists: keep using that secret (a new one gives every pupil new ids), "
            "or name a new file"
        ) from None
    except OSError as error:
        raise ReportError(f"cannot create {str(target)!r}: {error.strerror or error}") from None
    try:
        os.fchmod(descriptor, PRIVATE_FILE)  # the mode above is filtered by the umask; set it outright
        os.write(descriptor, (make_secret() + "\n").encode("ascii"))
        os.fsync(descriptor)
    except BaseException:
        os.close(descriptor)
        target.unlink(missing_ok=True)
        raise
    os.close(descriptor)
    return target


def _secret(path: str | None) -> str:
    """The secret as given (from the file, else the environment); `school_secret` strips and checks it."""
    from ks2practice.reports.mastery import ReportError

    if path:
        return _read_text(path, "secret file", LARGEST_SECRET_FILE)
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        raise ReportError(
            f"give the school's secret with --secret-file FILE or ${SECRET_VARIABLE} "
            "(make one with `ks2practice rollup secret -o FILE`)"
        )
    return secret


HANDLERS = {"plan": cmd_plan, "report": cmd_report, "marks": cmd_marks, "rollup": cmd_rollup}
