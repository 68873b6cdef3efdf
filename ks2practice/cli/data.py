"""The data commands of `ks2practice`: export pupils' records, erase one pupil, merge a laptop into the school's."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ks2practice.cli.common import STORE_HELP, fail


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `data` (with its actions `export` and `erase`) to the main parser's subcommands."""
    data = commands.add_parser(
        "data",
        help="export or erase pupils' records in the session store",
        description=(
            "Pupil data stays on this computer. Export it as CSV files, or erase one pupil from the store and, "
            "if asked, from the files ks2practice made that name them. Exit 2 when the store can't be used "
            "(a damaged store is copied aside first), 3 when a pupil is erased from the store's records but a copy "
            "is still in a file."
        ),
    )
    data.add_argument("--store", help=STORE_HELP)
    actions = data.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write every table as a CSV file into a folder",
        description=(
            "Write every table as a CSV file, readable by you only, with any cell a spreadsheet would run as a "
            "formula made plain text. The files are remembered, so erasing a pupil lists them."
        ),
    )
    export.add_argument("folder", help="where to write groups.csv, pupils.csv, sessions.csv, attempts.csv and the rest")
    erase = actions.add_parser(
        "erase",
        help="remove a pupil and every answer they gave",
        description=(
            "Remove a pupil and every row naming them from the store, and list the files ks2practice made that "
            "name them. Without --yes, only say what would go."
        ),
    )
    merge = actions.add_parser(
        "merge",
        help="move a laptop's records into the school database",
        description=(
            "Copy every group, pupil, session, answer, revisit and paper of a laptop's store into the school "
            "database. No pupil is matched by name alone: for each laptop pupil the school has someone of the same "
            "name (and year) for, you say whether it is them or someone new, here or in a plan file. Running it "
            "again adds only what is new on the laptop. The laptop file is read, never changed. Exit 1 after "
            "writing a plan, 2 when nothing could be merged."
        ),
    )
    merge.add_argument("laptop", help="the laptop's store file (ks2practice.sqlite3)")
    merge.add_argument("--into", required=True, help="the school database: a postgresql+psycopg:// URL or a file")
    merge.add_argument("--school", help="the school's short name (slug), when the database holds several")
    merge.add_argument(
        "--plan",
        metavar="FILE",
        help="write the matches to decide into FILE (a CSV) and stop; edit its 'into' column, then run again "
        "with --yes-to-plan",
    )
    merge.add_argument("--yes-to-plan", action="store_true", help="merge as the edited --plan FILE says")
    erase.add_argument("pupil", help="the pupil's name as it appears in the app")
    erase.add_argument("--group", required=True, help="the pupil's group")
    erase.add_argument("--yes", action="store_true", help="really erase (without it, only say what would go)")
    erase.add_argument(
        "--including-exports",
        action="store_true",
        help="also delete the files ks2practice made that name the pupil; each goes whole, "
        "so a CSV of the whole class goes with everyone in it",
    )


def _cmd_merge(args: argparse.Namespace) -> int:
    from ks2practice.store import DATABASE_ERRORS, Store, StoreError
    from ks2practice.store import merge as merging

    laptop_path, plan_path = Path(args.laptop), Path(args.plan) if args.plan else None
    if args.yes_to_plan and plan_path is None:
        return fail("data", "--yes-to-plan goes with --plan FILE: the plan you edited")
    if plan_path is not None and not args.yes_to_plan and plan_path.exists():
        return fail("data", f"{plan_path} is there already: add --yes-to-plan to merge as it says, or move it")
    if "://" not in args.into and Path(args.into).resolve() == laptop_path.resolve():
        return fail("data", "the laptop store and the school database are the same file")
    try:
        with merging.opened_laptop(laptop_path) as laptop, Store(args.into) as school:
            plan = merging.plan_merge(laptop, laptop_path, school, args.school)
            print(f"Merging {laptop_path} into {school.path}, school: {plan.school_name}.")
            if plan_path is not None and not args.yes_to_plan:
                merging.write_plan(plan, plan_path)
                school.record_export(plan_path, "merge plan", merging.school_pupils_named(plan))
                print(merging.plan_text(plan), end="")
                print(
                    f"Wrote the plan to {plan_path}. In its 'into' column, write the id of the same group or pupil, "
                    "or 'new', on every empty row; then run again with --yes-to-plan. It names pupils: delete it "
                    "when you are done."
                )
                return 1
            if plan_path is not None:
                plan = merging.read_plan(plan, plan_path)
            else:
                plan = merging.ask_each(plan, input, print)
            print(merging.plan_text(plan), end="")
            outcome = merging.apply(plan, laptop, school)
    except EOFError:
        return fail("data", "no answer was typed, so nothing was merged; --plan FILE lets you decide in a file")
    except (OSError, StoreError, *DATABASE_ERRORS) as error:
        return fail("data", error)
    print(outcome.table())
    for note in outcome.notes:
        print(f"Note: {note}")
    print(f"Merged. {laptop_path} is unchanged: keep it until you have checked the school's records.")
    return 0


def _cmd_data(args: argparse.Namespace) -> int:
    if args.action == "merge":
        return _cmd_merge(args)
    # the store is only opened when asked for
    from ks2practice.reports.data_export import export_tables
    from ks2practice.store import DATABASE_ERRORS, NAMING_TABLES, Store, StoreDamaged, StoreError

    try:
        store = Store(args.store)
    except StoreDamaged as damaged:  # one line: what is wrong, where the copy is, how to start afresh
        return fail("data", damaged)
    except (OSError, StoreError, *DATABASE_ERRORS) as error:
        return fail("data", f"can't open the store: {error}")

    def listed(path: str, kind: str, written: str, state: str) -> str:
        return f"  {path} ({kind}, written {written[:10]}): {state}"

    with store:
        try:
            if args.action == "export":
                written = export_tables(store, args.folder)  # streamed: flat memory at any size
                for path in written:
                    print(f"wrote {path}")
                naming = ", ".join(path.name for path in written if path.stem in NAMING_TABLES)
                print(f"These files name pupils ({naming}): keep them on this computer, and delete them when done.")
                return 0
            group = next((g for g in store.find_groups(True) if g["name"].lower() == args.group.lower()), None)
            if group is None:
                return fail("data", f"there is no group called {args.group!r}")
            pupil = next((p for p in store.find_pupils(group["id"], True) if p["name"] == args.pupil), None)
            if pupil is None:
                return fail("data", f"there is no pupil called {args.pupil!r} in {group['name']}")
            name = f"{args.pupil} ({group['name']})"
            if not args.yes:
                answers_given = len(store.find_attempts(pupil_id=pupil["id"]))
                print(f"This would erase {name} from the store with {answers_given} recorded answers.")
                known = [row for row in store.find_exports(pupil["id"]) if Path(row["path"]).exists()]
                if known:
                    print(f"These files ks2practice made also name {args.pupil}:")
                    for row in known:
                        print(listed(row["path"], row["kind"], row["written"], "still there"))
                    print(
                        "Add --including-exports to delete them too: each file goes whole, so a CSV of the whole "
                        "class goes with everyone in it."
                    )
                print("Run again with --yes to erase.")
                return 1
            report = store.erase(pupil["id"], including_exports=args.including_exports)
            status = 0
            if report.log_cleared:
                print(f"Erased {name} from the store: {report.attempts} recorded answers and every row naming them.")
            else:
                print(f"{name} is erased from the store's records ({report.attempts} recorded answers).")
            if report.files:
                print(f"Files ks2practice made that named {args.pupil}:")
            for file in report.files:
                if not file.existed:
                    state = "already gone"
                elif file.deleted:
                    state = "deleted (the whole file, with everyone else in it)"
                elif file.problem:
                    state, status = f"NOT deleted: {file.problem}", 3
                else:
                    state = "still there, still naming them"
                print(listed(str(file.path), file.kind, file.written, state))
            if report.remaining and not args.including_exports:
                print(
                    f"Delete these files yourself to remove {args.pupil} from them completely: each file goes "
                    "whole, so a CSV of the whole class goes with everyone in it (make a fresh one with "
                    "`ks2practice data export`). Next time, --including-exports deletes them for you."
                )
            if not report.log_cleared:
                print(
                    f"ks2practice data: {args.pupil}'s rows are gone, but an old copy is still in the store's files "
                    "while another window or program has the store open; close the other windows using it and the "
                    "copy is cleared when the last one closes",
                    file=sys.stderr,
                )
                status = 3
            elif status:
                print(f"ks2practice data: a file naming {args.pupil} could not be deleted (above)", file=sys.stderr)
            return status
        except (OSError, StoreError, *DATABASE_ERRORS) as error:  # StoreDamaged: a page found damaged part-way
            return fail("data", error)


HANDLERS = {"data": _cmd_data}
