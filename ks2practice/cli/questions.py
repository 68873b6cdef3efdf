"""The question commands of `ks2practice`: list, show, solve, mark, coverage and vary."""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from fractions import Fraction
from pathlib import Path

from ks2practice import answers
from ks2practice.cli.common import fail
from ks2practice.core import curriculum, notation, registry
from ks2practice.core.model import STYLES, Level, Question, Spec
from ks2practice.core.notation import format_ks2
from ks2practice.core.seeds import parse_seed


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add `list`, `show`, `solve`, `mark`, `coverage` and `vary` to the main parser's subcommands."""
    listing = commands.add_parser(
        "list",
        help="list curriculum objectives (or topics) and which topics cover them",
        description="List the KS2 curriculum objectives with the topics that generate questions for each.",
    )
    listing.add_argument("--topics", action="store_true", help="list the question topics instead")
    listing.add_argument("--year", type=int, choices=(3, 4, 5, 6), help="only this year group")
    listing.add_argument(
        "--framework",
        choices=("content-domain", "ready-to-progress", "all"),
        default="content-domain",
        help="which set of codes (default: the KS2 test framework content domain)",
    )

    show = commands.add_parser(
        "show",
        help="print questions from a topic with their answers",
        description="Print generated questions with answers, worked solutions and marking rules.",
    )
    show.add_argument("topic", help="topic id, e.g. calculation.column_addition (see `ks2practice list --topics`)")
    show.add_argument("--level", default="2", help="1 working towards, 2 expected, 3 greater depth (default 2)")
    show.add_argument("--seed", default="1", help="any whole number or word; the same seed gives the same questions")
    show.add_argument("--count", type=int, default=1, help="how many questions (default 1, at most 100)")
    show.add_argument("--style", choices=STYLES, help="only questions of this style")
    show.add_argument("--representation", help="show the question in this picture, where the topic allows")
    show.add_argument("--no-answers", action="store_true", help="leave out answers and solutions")
    show.add_argument("--pictures", metavar="FOLDER", help="also save each question's picture as an SVG file here")

    solve = commands.add_parser(
        "solve",
        help="work out a KS2 calculation exactly",
        description=(
            "Work out a calculation written as on a KS2 paper, e.g. '3/4 of 60', '2 1/3 + 1 2/9', "
            "'15% of 560', '456 + □ = 1,000'. Exit 0 with the answer, or 2 with the reason it can't be read."
        ),
    )
    solve.add_argument("expression", help="the calculation, in quotes")

    mark = commands.add_parser(
        "mark",
        help="mark a pupil's answer against the expected answer",
        description=(
            "Mark RESPONSE against EXPECTED. Exit 0 when correct, 1 when not (including 'try again'), "
            "2 when EXPECTED itself can't be used. Put `--` before answers that start with '-'."
        ),
    )
    mark.add_argument("expected", help="the right answer, e.g. 3/4, £2.97, 1.5 kg, 14:05")
    mark.add_argument("response", help="what the pupil wrote")
    mark.add_argument("--simplest", action="store_true", help="a fraction must be in its simplest form")
    mark.add_argument("--unit", help="the unit the answer is measured in, e.g. kg, cm, ml")
    mark.add_argument("--json", action="store_true", help="print the verdict as JSON")
    _add_coverage(commands)
    _add_vary(commands)


def _add_coverage(commands: argparse._SubParsersAction) -> None:
    cover = commands.add_parser(
        "coverage",
        help="which curriculum codes the topics cover at each level",
        description=(
            "A table of the KS2 content-domain codes (Y3–Y6) × levels 1–3 with the topics covering each, "
            "and the share covered per level and overall."
        ),
    )
    cover.add_argument("--strand", help="only one strand: a letter (N, C, F, R, A, M, G, P, S) or a name")
    cover.add_argument("--year", type=int, choices=(3, 4, 5, 6), help="only this year group")
    cover.add_argument("--missing", action="store_true", help="list only the codes missing at some level")
    cover.add_argument(
        "--framework",
        choices=("content-domain", "ready-to-progress"),
        default="content-domain",
        help="which set of codes (default: the KS2 test framework content domain)",
    )
    cover.add_argument(
        "--require", type=_percentage, metavar="PERCENT", help="exit 1 when the overall share is below this percentage"
    )


def _add_vary(commands: argparse._SubParsersAction) -> None:
    vary = commands.add_parser(
        "vary",
        help="a chain of questions where each changes one thing on purpose",
        description="Intelligent practice: each question changes one thing from the one before, and says what.",
    )
    vary.add_argument("topic", help="topic id, e.g. calculation.column_addition")
    vary.add_argument("--level", default="2", help="1 working towards, 2 expected, 3 greater depth (default 2)")
    vary.add_argument("--seed", default="1", help="any whole number or word; the same seed gives the same chain")
    vary.add_argument("-n", "--count", type=int, default=6, help="how many questions (default 6, at most 30)")
    vary.add_argument("--no-answers", action="store_true", help="leave out the answers")


def _seeds(text: str, count: int) -> list[int | str]:
    # A whole-number seed counts on (7, 8, 9 …); a word seed gets a suffix, so each question differs.
    seed = parse_seed(text)
    if isinstance(seed, int):
        return [seed + i for i in range(count)]
    return [seed] if count == 1 else [f"{seed}-{i + 1}" for i in range(count)]


def _show_question(number: int, question: Question, with_answers: bool) -> str:
    lines = [f"{number}. {question.prompt}", f"   [{question.spec.code}]"]
    if question.diagram is not None:
        lines.append(f"   Picture ({question.diagram.kind}): {question.diagram.describe()}")
    if with_answers:
        lines.append(f"   Answer: {question.answer.format()}")
        lines.append(f"   Marking: {question.answer.rule()}")
        if question.working:
            lines.append(textwrap.indent(question.working, "      "))
        lines.extend(f"   - {step}" for step in question.solution)
        for predicted in question.misconceptions:
            lines.append(f"   Watch for {predicted.response!r}: {predicted.feedback}")
    return "\n".join(lines)


def _cmd_list(args: argparse.Namespace) -> int:
    if args.topics:
        for entry in registry.topics():
            print(f"{entry.id:45} {entry.title}")
            print(f"{'':45} codes: {', '.join(entry.codes)}; styles: {', '.join(entry.styles)}")
        return 0
    covering: dict[str, list[str]] = {}
    for entry in registry.topics():
        for code in entry.codes:
            covering.setdefault(code, []).append(entry.id)
    wanted = {"content-domain": (curriculum.CONTENT_DOMAIN,), "ready-to-progress": (curriculum.READY_TO_PROGRESS,)}
    frameworks = wanted.get(args.framework, (curriculum.CONTENT_DOMAIN, curriculum.READY_TO_PROGRESS))
    shown = covered = 0
    for objective in curriculum.objectives():
        if objective.framework not in frameworks or (args.year and objective.year != args.year):
            continue
        topic_ids = covering.get(objective.code, [])
        if objective.framework == curriculum.READY_TO_PROGRESS:
            topic_ids = list(curriculum.progressions()[objective.code].topics)  # kept in ready_to_progress.tsv
        shown += 1
        covered += bool(topic_ids)
        print(f"{objective.code:8} Y{objective.year}  {objective.description}")
        print(f"{'':14}topics: {', '.join(topic_ids) if topic_ids else '(none yet)'}")
        if objective.framework == curriculum.READY_TO_PROGRESS:
            print(f"{'':14}builds on: {_builds_on(objective.code)}")
    if curriculum.READY_TO_PROGRESS in frameworks:
        print("\nReady-to-progress criteria: DfE with NCETM, Mathematics guidance: key stages 1 and 2 (2020).")
        print(_links_summary())
    print(f"\n{covered} of {shown} objectives have topics.")
    return 0


def _builds_on(code: str) -> str:
    """The earlier criteria a ready-to-progress criterion builds on (Year 1-2 ones marked), or why none is shown."""
    row = curriculum.progressions()[code]
    if row.builds_on:
        named = [f"{c} (Y{c[0]}, before KS2)" if curriculum.KS1_CODE.match(c) else c for c in row.builds_on]
        return ", ".join(named)
    if row.source.startswith(curriculum.NONE_NAMED):
        return "(the guidance text read names no earlier criterion)"
    return "(no source found yet)"


def _links_summary() -> str:
    """How many criteria have topics and sourced prerequisite links, for list and coverage."""
    rows = curriculum.progressions().values()
    with_topics = sum(bool(row.topics) for row in rows)
    linked, links, infant = curriculum.link_counts()
    none_named = sum(not row.builds_on and row.sourced for row in rows)
    return (
        f"{with_topics} of {len(rows)} criteria have topics; {linked} have sourced prerequisites ({links} links, "
        f"{infant} to Year 1–2); {none_named} have a source that names none; "
        f"{len(rows) - linked - none_named} have no source found yet."
    )


def _cmd_show(args: argparse.Namespace) -> int:
    try:
        level = Level.parse(args.level)
        registry.get(args.topic)
    except (ValueError, KeyError) as error:
        return fail("show", error)
    if not 1 <= args.count <= 100:
        return fail("show", "--count must be between 1 and 100")
    try:
        seeds = _seeds(args.seed, args.count)
    except ValueError as error:
        return fail("show", error)
    for number, seed in enumerate(seeds, start=1):
        spec = Spec(args.topic, level, seed, representation=args.representation, style=args.style)
        try:
            question = registry.generate(spec)
        except (ValueError, KeyError) as error:
            return fail("show", error)
        print(_show_question(number, question, not args.no_answers))
        if args.pictures and question.diagram is not None:
            try:
                print(f"   Saved {_save_picture(question, args.pictures)}")
            except OSError as error:
                return fail("show", f"can't save pictures in {args.pictures}: {error.strerror or error}")
        print()
    return 0


def _save_picture(question: Question, folder: str) -> Path:
    from ks2practice.pictures.svg import to_svg  # only when pictures are asked for

    target = Path(folder) / (question.spec.code.replace("/", "_") + ".svg")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(to_svg(question.diagram), encoding="utf-8")
    return target


def _cmd_solve(args: argparse.Namespace) -> int:
    try:
        solution = notation.solve(args.expression)
    except notation.NotationError as error:
        return fail("solve", error)
    prefix = "□ = " if solution.kind == "missing" else ""
    print(f"{prefix}{solution.text}")
    return 0


def _cmd_mark(args: argparse.Namespace) -> int:
    try:
        expected = answers.infer(args.expected, simplest=args.simplest, unit=args.unit)
    except ValueError as error:
        return fail("mark", f"the expected answer can't be used: {error}")
    verdict = answers.check(expected, args.response)
    if args.json:
        print(
            json.dumps(
                {
                    "expected": expected.format(),
                    "response": args.response,
                    "status": verdict.status.value,
                    "correct": verdict.correct,
                    "try_again": verdict.try_again,
                    "reason": verdict.reason,
                    "misconception": verdict.misconception,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"{verdict.status.value}: {verdict.reason}")
    return 0 if verdict.correct else 1


# A percentage as a teacher types it: up to three digits, a few decimals, perhaps a % sign. Nothing else reaches
# Fraction, so '1e9999999' is refused at once instead of building a ten-million-digit number.
_PERCENTAGE = re.compile(r"([0-9]{1,3}(?:\.[0-9]{1,6})?|\.[0-9]{1,6})\s*%?")


def _percentage(text: str) -> Fraction:
    match = _PERCENTAGE.fullmatch(text.strip()[:20])
    if match is None:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not a percentage such as 100 or 87.5")
    value = Fraction(match.group(1))
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("a percentage from 0 to 100")
    return value


def _percent(value: Fraction) -> str:
    return f"{round(value)}%"  # whole percent for display; the share itself stays an exact Fraction


def _cmd_coverage(args: argparse.Namespace) -> int:
    from ks2practice.content.coverage import coverage, ready_to_progress, strands

    if args.framework == "ready-to-progress":
        if args.strand:
            return fail("coverage", "--strand filters test-framework codes; use --year with ready-to-progress")
        table = ready_to_progress(year=args.year)
        print(_links_summary())
    elif args.strand and args.strand not in strands() and args.strand.upper() not in strands():
        return fail("coverage", f"unknown strand {args.strand!r}; strands are: {', '.join(strands())}")
    else:
        table = coverage(strand=args.strand, year=args.year)
    rows = table.gaps if args.missing else table.rows
    print(f"{'code':8} {'L1':>3} {'L2':>3} {'L3':>3}  description (number of topics covering each level)")
    for row in rows:
        counts = " ".join(f"{len(ids) or '—':>3}" for ids in row.topics)
        print(f"{row.code:8} {counts}  {row.objective.description}")
        print(f"{'':22}topics: {_covering(row.topics)}")
    shares = ", ".join(f"level {lv} {_percent(table.percent(lv))}" for lv in (1, 2, 3))
    print(f"\nCovered: {shares}; overall {_percent(table.percent())} of {len(table.rows)} codes × 3 levels.")
    if args.missing:
        print(f"{len(table.gaps)} of {len(table.rows)} codes are missing at some level.")
    if args.require is not None and table.percent() < args.require:
        print(f"Below the required {format_ks2(args.require)}%.", file=sys.stderr)
        return 1
    return 0


def _covering(per_level: tuple[tuple[str, ...], ...]) -> str:
    """The topics for one code, each with the levels it covers unless it covers all three."""
    ids = sorted({topic_id for ids in per_level for topic_id in ids})
    if not ids:
        return "(none yet)"
    named = []
    for topic_id in ids:
        levels = [str(i + 1) for i, level_ids in enumerate(per_level) if topic_id in level_ids]
        named.append(topic_id if len(levels) == 3 else f"{topic_id} (level {', '.join(levels)})")
    return ", ".join(named)


def _cmd_vary(args: argparse.Namespace) -> int:
    from ks2practice.content.variation import variation_set

    try:
        level = Level.parse(args.level)
        registry.get(args.topic)
    except (ValueError, KeyError) as error:
        return fail("vary", error)
    if not 1 <= args.count <= 30:
        return fail("vary", "-n must be between 1 and 30")
    try:
        seed = parse_seed(args.seed)
    except ValueError as error:
        return fail("vary", error)
    for number, step in enumerate(variation_set(args.topic, level, seed, args.count), start=1):
        print(f"{number}. {step.question.prompt}")
        print(f"   Changed: {step.what_changed}")
        if not args.no_answers:
            print(f"   Answer: {step.question.answer.format()}")
        print()
    return 0


HANDLERS = {
    "list": _cmd_list,
    "show": _cmd_show,
    "solve": _cmd_solve,
    "mark": _cmd_mark,
    "coverage": _cmd_coverage,
    "vary": _cmd_vary,
}
