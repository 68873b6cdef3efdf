"""The per-group PDF summary a TA hands to the class teacher: mastery, next steps, misconceptions, paper results."""

from __future__ import annotations

from pathlib import Path

from ks2practice.printing.pdf import compile_built
from ks2practice.printing.typeset import literal
from ks2practice.reports import plots
from ks2practice.reports.assessment import AssessmentReport
from ks2practice.reports.mastery import GroupProgress, ReportError, misconception_title


def _picture(folder: Path, name: str, draw, *args) -> str:
    """An image line for the summary, or the sentence saying why there is no picture (never a blank space)."""
    try:
        (folder / name).write_bytes(draw(*args))
    except ReportError as error:
        return f"#note[#{literal(str(error).capitalize() + '.')}]"
    return f'#image("{name}", width: 100%)'


def summary_source(progress: GroupProgress, papers: AssessmentReport | None, folder: Path) -> str:
    """The Typst source of the summary, writing its charts into the folder."""
    from ks2practice.content.misconceptions import MISCONCEPTIONS

    first = progress.sessions[0][0] if progress.sessions else None
    last = progress.sessions[-1][0] if progress.sessions else None
    span = f"{first} to {last}" if first else "no sessions recorded yet"
    subtitle = f"{len(progress.pupils)} pupils · {progress.answers} answers recorded · {span}"
    lines = [
        '#import "ks2report.typ": *',
        f'#set document(title: {literal(progress.group + " progress summary")}, author: "ks2practice", date: none)',
        f"#show: report.with(title: {literal(progress.group + ': progress summary')}, subtitle: {literal(subtitle)})",
        "== Mastery by topic",
        _picture(folder, "mastery.png", plots.mastery_heatmap, progress),
        "#note[Secure: at least 80% of a pupil's most recent answers in a topic right without help (at least 4 "
        'answers). Developing: at least half. Answers marked "try again" are not counted.]',
        "== Who is ready to move on, and what next",
    ]
    ready = progress.ready_to_move_on()
    lines.append(f"#{literal('Ready to move on: ' + (', '.join(ready) if ready else 'nobody yet') + '.')}")
    steps = progress.next_steps()
    if steps:
        rows = ", ".join(f"({literal(p)}, {literal(s)})" for p, s in steps.items())
        lines.append(f'#data-table(("Pupil", "Next step"), ({rows},))')
    lines.append("== Misconceptions seen")
    lines.append(_picture(folder, "misconceptions.png", plots.misconception_bars, progress))
    for misconception_id, count in progress.misconceptions[:3]:
        entry = MISCONCEPTIONS.get(misconception_id)
        if entry:
            text = f"{misconception_title(misconception_id)} ({count}×): {entry.feedback}"
            lines.append(f"- #{literal(text)}")
    lines.append("== Answers right over time")
    lines.append(_picture(folder, "accuracy.png", plots.accuracy_over_time, progress))
    lines.append("== Arithmetic paper: baseline and end point")
    if papers is None:
        lines.append("#note[No baseline or end-point paper marks have been entered for this group.]")
    else:
        lines.extend(_paper_section(papers, folder))
    return "\n".join(lines) + "\n"


def _paper_section(papers: AssessmentReport, folder: Path) -> list[str]:
    out = [_picture(folder, "papers.png", plots.baseline_endpoint, papers)]
    rows = ", ".join(
        f"({literal(p.name)}, {literal(_mark(p.baseline))}, {literal(_mark(p.endpoint))}, {literal(_signed(p.change))})"
        for p in papers.pupils
    )
    out.append(f'#data-table(("Pupil", "Baseline /40", "End point /40", "Change"), ({rows},))')
    facts = []
    for kind, label in (("baseline", "Baseline"), ("endpoint", "End point")):
        at, sat = papers.share_at_threshold(kind)
        mean = papers.mean(kind)
        if sat:
            facts.append(f"{label}: mean {mean:.1f}; {at} of {sat} pupils at or above {papers.threshold}.")
    if papers.effect is not None:
        facts.append(f"Effect size {papers.effect.describe()}.")
    facts.append(papers.effect_note)
    out.append("#note[" + " #linebreak() ".join(f"#{literal(f)}" for f in facts if f) + "]")
    return out


def _mark(value: int | None) -> str:
    return "—" if value is None else str(value)


def _signed(value: int | None) -> str:
    return "—" if value is None else f"{value:+d}"


def summary_pdf(progress: GroupProgress, papers: AssessmentReport | None = None) -> bytes:
    """The summary as PDF bytes."""
    return compile_built(lambda folder: summary_source(progress, papers, folder), ["ks2report.typ"], "summary PDF")


def trust_source(schools: list, folder: Path) -> str:
    """The Typst source of the cross-school comparison, writing its charts into the folder."""
    from ks2practice.reports.rollup import comparison_rows

    rows = comparison_rows(schools)
    strand_rows = [(r["school"], strand, pct) for r in rows for strand, pct in r["strands"].items()]
    paper_rows = [
        (r["school"], label, 100 * r[kind] / 40)
        for r in rows
        for kind, label in (("baseline", "Baseline paper"), ("endpoint", "End-point paper"))
        if r[kind] is not None
    ]
    pupils = sum(r["pupils"] for r in rows)
    lines = [
        '#import "ks2report.typ": *',
        '#set document(title: "Trust roll-up", author: "ks2practice", date: none)',
        f'#show: report.with(title: "Trust roll-up", subtitle: {literal(f"{len(rows)} schools · {pupils} pupils")})',
        "== Answers right by strand",
        _picture(folder, "strands.png", plots.school_comparison, strand_rows, "% of answers right, by strand"),
        "== Arithmetic paper: baseline and end point",
        _picture(folder, "papers.png", plots.school_comparison, paper_rows, "mean paper score as % of 40"),
    ]
    table = []
    for r in rows:
        effect = r["effect"].describe() if r["effect"] else "—"
        mean = [f"{r[k]:.1f}" if r[k] is not None else "—" for k in ("baseline", "endpoint")]
        table.append(f"({literal(r['school'])}, {literal(str(r['pupils']))}, {literal(mean[0])}, "
                     f"{literal(mean[1])}, {literal(effect)})")  # fmt: skip
    lines.append(
        '#data-table(("School", "Pupils", "Baseline mean /40", "End-point mean /40", "Effect size"), '
        f"({', '.join(table)},))"
    )
    lines.append(
        "#note[Each school's effect size compares its own pupils before and after, with no comparison group, so it "
        "shows progress rather than the controlled effect an EEF trial reports. Pupils are identified only by ids "
        "hashed with each school's own secret; no names leave a school.]"
    )
    return "\n".join(lines) + "\n"


def trust_pdf(schools: list) -> bytes:
    """The cross-school comparison as PDF bytes."""
    return compile_built(lambda folder: trust_source(schools, folder), ["ks2report.typ"], "roll-up PDF")
