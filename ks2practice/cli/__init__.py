"""The `ks2practice` command: questions, marking, coverage, printing and reports, for teachers at a terminal."""

# One module per command group; each adds its subcommands to the parser and names their handlers in HANDLERS.
from __future__ import annotations

import argparse
import typing
from collections.abc import Sequence

from ks2practice.cli import audit, data, notebooks, printing, questions, reports

GROUPS = (questions, data, printing, reports, notebooks, audit)


class _Parser(argparse.ArgumentParser):
    """argparse with the house's one-line errors: `ks2practice COMMAND: what is wrong (see … --help)`, exit 2."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ks2practice",
        description="KS2 maths practice: generate, solve and mark questions.",
        epilog="Run `ks2practice COMMAND --help` for the options of each command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {}
    for group in GROUPS:
        handlers |= group.HANDLERS
    return handlers[args.command](args)
