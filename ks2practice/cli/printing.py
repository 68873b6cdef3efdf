"""The printing commands of `ks2practice`: worksheet, pack and paper, each writing one PDF or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ks2practice.cli.common import fail
from ks2practice.core.private_files import make_output_folder
from ks2practice.core.seeds import parse_seed
from ks2practice.printing.pdf import TINTS, PrintOptions, write_atomically


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `worksheet`, `pack` and `paper` to the main parser's subcommands."""
    worksheet = commands.add_parser(
        "worksheet",
        help="print a differentiated worksheet (three tiers) with its answer key, as PDF",
        description=(
            "Make a worksheet on one objective in up to three tiers (1 working towards, 2 expected, 3 greater depth),"
            " with an answer key. The same arguments always make the same PDF; the code at each sheet's foot "
            "makes that sheet again with --code."
        ),
    )
    _plan_arguments(worksheet)
    worksheet.add_argument("--tiers", default="1,2,3", help="which tiers, e.g. 1,2,3 or 2 (default 1,2,3)")
    worksheet.add_argument("--code", help="remake one printed sheet from its code, e.g. 5F2b/T2/n12/s7")
    worksheet.add_argument("-o", "--output", default="worksheets/out/worksheet.pdf", help="the PDF to write")

    pack = commands.add_parser(
        "pack",
        help="print a class pack: a sheet per pupil at their tier, then the keys",
        description=(
            "Make one PDF with a sheet for every pupil in a class list CSV (columns: name, tier), each pupil's "
            "questions different, followed by the answer keys in the same order."
        ),
    )
    pack.add_argument("--pupils", required=True, help="the class list CSV with columns name (or pseudonym) and tier")
    _plan_arguments(pack)
    pack.add_argument("-o", "--output", default="worksheets/out/pack.pdf", help="the PDF to write")

    paper = commands.add_parser(
        "paper",
        help="print a mock KS2 paper (arithmetic, reasoning, or the full mock) or a times tables check practice sheet",
        description=(
            "`paper arithmetic`: Paper 1, 36 items, 40 marks, 30 minutes. `paper reasoning --paper 2|3`: a reasoning "
            "paper, 35 marks, 40 minutes. `paper sats`: a cover and Papers 1, 2 and 3, 110 marks. Each with its mark "
            "scheme. `paper mtc`: 25 facts."
        ),
    )
    paper.add_argument("kind", choices=("arithmetic", "reasoning", "sats", "mtc"), help="which paper")
    paper.add_argument("--seed", default="1", help="the same seed makes the same paper (default 1)")
    paper.add_argument("--paper", type=int, choices=(2, 3), default=2, help="which reasoning paper (default 2)")
    _print_options(paper)
    paper.add_argument("--no-key", action="store_true", help="leave out the mark scheme")
    paper.add_argument("-o", "--output", help="the PDF to write (default worksheets/out/<kind>-paper.pdf)")


def _plan_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--objective", action="append", help="a curriculum code (e.g. 5F2b) or a topic id; repeatable")
    parser.add_argument("--items", type=int, default=12, help="items on each sheet (default 12)")
    parser.add_argument("--seed", default="1", help="the same seed makes the same sheets (default 1)")
    parser.add_argument("--title", help="the title printed at the top (default: the strand's name)")
    parser.add_argument("--date", help="a date to print on the sheets (left blank to write in when not given)")
    parser.add_argument("--no-key", action="store_true", help="leave out the answer keys")
    _print_options(parser)


def _print_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--large-print", action="store_true", help="18 pt text and bigger answer spaces")
    parser.add_argument("--dyslexia-font", action="store_true", help="set in OpenDyslexic instead of Andika")
    parser.add_argument("--tint", choices=TINTS, default="none", help="a tinted page colour (default none)")
    parser.add_argument("--spacious", action="store_true", help="extra space between lines")


def _options(args: argparse.Namespace) -> PrintOptions:
    return PrintOptions(args.large_print, args.dyslexia_font, args.tint, args.spacious)


def _tiers(text: str) -> tuple[int, ...]:
    from ks2practice.printing.worksheets import PlanError

    try:
        return tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise PlanError(f"--tiers {text!r}: list tiers as numbers, e.g. 1,2,3") from None


def cmd_worksheet(args: argparse.Namespace) -> int:
    from ks2practice.printing.worksheets import Plan, parse_code, worksheet_pdf

    def make() -> tuple[bytes, int]:
        if args.code:
            objectives, tier, items, seed = parse_code(args.code)
            plan = Plan(
                objectives, (tier,), items, parse_seed(seed), args.title, args.date, not args.no_key, _options(args)
            )
        else:
            if not args.objective:
                raise ValueError("say which objective with --objective, e.g. --objective 5F2b")
            plan = Plan(
                tuple(args.objective), _tiers(args.tiers), args.items, parse_seed(args.seed), args.title, args.date,
                not args.no_key, _options(args),
            )  # fmt: skip
        pdf, document = worksheet_pdf(plan)
        return pdf, document.pages

    return _write("worksheet", args.output, make)


def cmd_pack(args: argparse.Namespace) -> int:
    from ks2practice.printing.class_list import read_class_list
    from ks2practice.printing.worksheets import Plan, pack_pdf

    def make() -> tuple[bytes, int]:
        if not args.objective:
            raise ValueError("say which objective with --objective, e.g. --objective 5F2b")
        pupils = read_class_list(args.pupils)
        plan = Plan(
            tuple(args.objective), (1, 2, 3), args.items, parse_seed(args.seed), args.title, args.date,
            not args.no_key, _options(args),
        )  # fmt: skip
        with _progress(len(pupils)) as tick:
            pdf, document = pack_pdf(plan, pupils, tick)
        return pdf, document.pages

    return _write("pack", args.output, make, private=True)  # a class pack prints every pupil's name


def cmd_paper(args: argparse.Namespace) -> int:
    from ks2practice.printing.layout import compile_document
    from ks2practice.printing.paper_reasoning import reasoning_document
    from ks2practice.printing.papers import arithmetic_document, mtc_document
    from ks2practice.printing.sats_pack import sats_pdf

    def make() -> tuple[bytes, int]:
        seed = parse_seed(args.seed)
        if args.kind == "sats":
            if args.no_key:
                raise ValueError("the full mock always prints its mark schemes; use paper arithmetic or reasoning")
            compiled = sats_pdf(seed, _options(args))
            return compiled.pdf, sum(compiled.part_pages)
        if args.kind == "reasoning":
            document = reasoning_document(seed, _options(args), key=not args.no_key, paper=args.paper)
        else:
            build = arithmetic_document if args.kind == "arithmetic" else mtc_document
            document = build(seed, _options(args), key=not args.no_key)
        return compile_document(document), document.pages

    default = f"worksheets/out/{args.kind}-paper{args.paper if args.kind == 'reasoning' else ''}.pdf"
    return _write("paper", args.output or default, make)


class _progress:
    """A tqdm bar on a terminal (stderr), silent otherwise; used as a context manager giving a tick function."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = None

    def __enter__(self) -> Callable[[int, int], None]:
        from tqdm import tqdm

        self.bar = tqdm(total=self.total, unit="pupil", desc="sheets", disable=not sys.stderr.isatty(), leave=False)
        return lambda done, total: self.bar.update(1)

    def __exit__(self, *exc: object) -> None:
        self.bar.close()


def _write(command: str, output: str, make: Callable[[], tuple[bytes, int]], private: bool = False) -> int:
    """Make the PDF and write it whole or not at all; `private` files (naming pupils) are 0600 in a 0700 folder."""
    from ks2practice.printing.class_list import ClassListError
    from ks2practice.printing.pdf import PrintError
    from ks2practice.printing.worksheets import PlanError

    target = Path(output)
    if target.is_dir():
        return fail(command, f"{output!r} is a folder; give a file name ending in .pdf")
    if target.suffix.lower() != ".pdf":
        return fail(command, f"{output!r} should end in .pdf")
    try:
        pdf, pages = make()
        if output.startswith("worksheets/out/"):
            make_output_folder(target.parent, private=private)  # the default folder is made on first use
        write_atomically(target, pdf, private=private)
    except (PlanError, ClassListError, PrintError, ValueError) as error:
        return fail(command, error)
    except OSError as error:
        return fail(command, f"cannot write {output!r}: {error.strerror or error}")
    print(f"wrote {target} ({pages} pages)")
    return 0


HANDLERS = {"worksheet": cmd_worksheet, "pack": cmd_pack, "paper": cmd_paper}
