"""The notebooks command of `ks2practice`: copy the teachers' notebooks that ship with the package into a folder."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from ks2practice.core.private_files import write_atomically


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `notebooks` to the main parser's subcommands."""
    notebooks = commands.add_parser(
        "notebooks",
        help="copy the notebooks (start here, the TA's session, printing, planning, reports) into a folder",
        description=(
            "Copy the notebooks that ship with ks2practice into FOLDER, to open in JupyterLab or Voilà. "
            "Notebooks already in FOLDER are kept: nothing is copied unless --force is given."
        ),
    )
    notebooks.add_argument("folder", help="where to put them (made if it does not exist)")
    notebooks.add_argument("--force", action="store_true", help="overwrite notebooks of the same name in FOLDER")


def shipped() -> list[resources.abc.Traversable]:
    """The notebooks that came with this copy of ks2practice, by name.

    An installed wheel holds them as the package data ks2practice/notebooks/; a source checkout (an editable install)
    has them in notebooks/ beside the package, where the wheel takes them from.
    """
    try:
        folder: resources.abc.Traversable = resources.files("ks2practice.notebooks")
    except ModuleNotFoundError:
        folder = Path(__file__).resolve().parents[2] / "notebooks"
    return sorted((entry for entry in folder.iterdir() if entry.name.endswith(".ipynb")), key=lambda entry: entry.name)


def cmd_notebooks(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    notebooks = shipped()
    there = [entry.name for entry in notebooks if (folder / entry.name).exists()]
    if there and not args.force:
        print(
            f"ks2practice notebooks: {folder} already has {', '.join(there)}; nothing copied (--force overwrites them)",
            file=sys.stderr,
        )
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for entry in notebooks:
            write_atomically(folder / entry.name, entry.read_bytes())
            print(f"wrote {folder / entry.name}")
    except OSError as error:
        print(f"ks2practice notebooks: cannot write into {str(folder)!r}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


HANDLERS = {"notebooks": cmd_notebooks}
