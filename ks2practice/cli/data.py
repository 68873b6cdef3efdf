"""The data commands of `ks2practice`: export pupils' records as CSV files, or erase one pupil completely."""

from __future__ import annotations

import argparse
import sqlite3
import sys


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `data` (with its actions `export` and `erase`) to the main parser's subcommands."""
    data = commands.add_parser(
        "data",
        help="export or erase pupils' records in the session store",
        description="Pupil data stays on this computer. Export it as CSV files, or erase one pupil completely.",
    )
    data.add_argument("--store", help="the store file (default: your data folder, or $KS2PRACTICE_DATA)")
    actions = data.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every table as a CSV file into a folder")
    export.add_argument("folder", help="where to write groups.csv, pupils.csv, sessions.csv and attempts.csv")
    erase = actions.add_parser("erase", help="remove a pupil and every answer they gave")
    erase.add_argument("pupil", help="the pupil's name as it appears in the app")
    erase.add_argument("--group", required=True, help="the pupil's group")
    erase.add_argument("--yes", action="store_true", help="really erase (without it, only say what would go)")


def _cmd_data(args: argparse.Namespace) -> int:
    from ks2practice.store import Store, StoreError  # the store is only opened when asked for

    try:
        store = Store(args.store)
    except (OSError, sqlite3.Error, StoreError) as error:
        return _fail("data", f"can't open the store: {error}")
    with store:
        try:
            if args.action == "export":
                for written in store.export(args.folder):
                    print(f"wrote {written}")
                return 0
            group = next((g for g in store.find_groups(True) if g["name"].lower() == args.group.lower()), None)
            if group is None:
                return _fail("data", f"there is no group called {args.group!r}")
            pupil = next((p for p in store.find_pupils(group["id"], True) if p["name"] == args.pupil), None)
            if pupil is None:
                return _fail("data", f"there is no pupil called {args.pupil!r} in {group['name']}")
            answers_given = len(store.find_attempts(pupil_id=pupil["id"]))
            if not args.yes:
                print(
                    f"This would erase {args.pupil} from {group['name']} with {answers_given} recorded answers. "
                    "Run again with --yes to erase."
                )
                return 1
            store.erase_pupil(pupil["id"])
            print(f"Erased {args.pupil} and {answers_given} recorded answers.")
            return 0
        except (OSError, StoreError) as error:
            return _fail("data", error)


def _fail(command: str, error: object) -> int:
    message = error.args[0] if isinstance(error, KeyError) and error.args else error
    print(f"ks2practice {command}: {message}", file=sys.stderr)
    return 2


HANDLERS = {"data": _cmd_data}
