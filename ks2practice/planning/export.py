"""A lesson plan as a printable teacher's PDF and as an HTML slide deck to project (one file, works offline)."""

from __future__ import annotations

import html
from pathlib import Path

from ks2practice.pictures.svg import to_svg
from ks2practice.planning.planner import LessonPlan
from ks2practice.printing.pdf import compile_built
from ks2practice.printing.typeset import literal, text_markup

# ---------------------------------------------------------------------- the teacher's plan (PDF)


def _question_line(question, folder: Path, name: str) -> list[str]:
    lines = [
        f"- {text_markup(question.prompt)} #text(fill: luma(90))[(answer: {text_markup(question.answer.format())})]"
    ]
    if question.diagram is not None:
        (folder / name).write_text(to_svg(question.diagram), encoding="utf-8")
        lines.append(f'  #image("{name}", width: 7.5cm)')
    return lines


def plan_source(plan: LessonPlan, folder: Path) -> str:
    """The Typst source of the teacher's plan, writing its pictures into the folder."""
    subtitle = f"{plan.objective.code}: {plan.objective.words} · lesson code {plan.code}"
    out = [
        '#import "ks2report.typ": *',
        '#import "ks2sheet.typ": frac, frac-mixed, unknown',  # question text uses the sheets' fractions and box
        f'#set document(title: {literal("Lesson plan " + plan.objective.code)}, author: "ks2practice", date: none)',
        f"#show: report.with(title: {literal('Mastery lesson plan')}, subtitle: {literal(subtitle)})",
        "== 1. Retrieval starter (5 minutes)",
        "#text(fill: luma(70))[Earlier learning, on mini-whiteboards, before the new step.]",
    ]
    if plan.revisit_line:  # DfE ready-to-progress links (core/data/ready_to_progress.tsv)
        out.append(f"#note[#{literal(plan.revisit_line)}]")
    for i, q in enumerate(plan.retrieval):
        out += _question_line(q, folder, f"r{i}.svg")
    out.append("== 2. Anchor task (10 minutes)")
    shown = (plan.anchor.representation or "numbers only").replace("_", " ")
    out.append(f"#text(fill: luma(70))[Shown as a #{literal(shown)}: explore it together before any method is shown.]")
    out += _question_line(plan.anchor, folder, "anchor.svg")
    out.append("*Key questions*")
    out += [f"- #{literal(q)}" for q in plan.key_questions]
    out.append("*Stem sentences* (the class says them back)")
    out += [f"- #{literal(s)}" for s in plan.stem_sentences]
    out.append("== 3. Small steps")
    for step in plan.small_steps:
        out.append(f"+ *#{literal(step.title)}* #linebreak() {text_markup(step.question.prompt)} "
                   f"#text(fill: luma(90))[(answer: {text_markup(step.question.answer.format())})]")  # fmt: skip
    out.append("== 4. Varied fluency (each changes one thing)")
    for practice in plan.fluency:
        what = practice.what_changed
        changed = f' #text(fill: rgb("#0072B2"))[(#{literal(what)})]' if what else ""
        out.append(f"- {text_markup(practice.question.prompt)}{changed} "
                   f"#text(fill: luma(90))[→ {text_markup(practice.question.answer.format())}]")  # fmt: skip
    out.append("== 5. Reasoning and problem solving")
    for i, q in enumerate((*plan.reasoning, *plan.problems)):
        out += _question_line(q, folder, f"p{i}.svg")
    out.append("== 6. Greater-depth challenge")
    out += _question_line(plan.challenge, folder, "challenge.svg")
    out.append("== 7. Exit ticket")
    for i, q in enumerate(plan.exit_ticket):
        out += _question_line(q, folder, f"e{i}.svg")
    out.append("== Misconceptions to expect")
    if plan.misconceptions:
        out += [f"- #{literal(text)}" for _, text in plan.misconceptions]
    else:
        out.append("#note[None of this lesson's questions predicts a named misconception; listen for explanations.]")
    return "\n".join(out) + "\n"


def plan_pdf(plan: LessonPlan) -> bytes:
    """The teacher's plan as PDF bytes."""
    return compile_built(lambda folder: plan_source(plan, folder), ["ks2report.typ", "ks2sheet.typ"], "plan PDF")


# ---------------------------------------------------------------------- the slide deck (HTML)

_STYLE = """
body{margin:0;font-family:Andika,"Comic Neue","Trebuchet MS",sans-serif;background:#fff;color:#1a1a1a}
section{display:none;box-sizing:border-box;min-height:100vh;padding:4vh 6vw}
section.on{display:block}
h1{font-size:5vh;color:#0072B2;margin:0 0 3vh}
.q{font-size:4.2vh;line-height:1.4;margin:2vh 0}
.small{font-size:2.6vh;color:#444}
.changed{font-size:2.6vh;color:#0072B2}
.answer{font-size:3vh;color:#555;visibility:hidden}
.show .answer{visibility:visible}
svg{max-width:60vw;max-height:38vh;height:auto}
.many .q{font-size:3vh;margin:1.2vh 0 .4vh}.many .answer{font-size:2.4vh}.many svg{max-height:16vh}
.many .changed{margin-top:1.6vh}
nav{position:fixed;bottom:2vh;right:3vw;font-size:2.2vh;color:#666}
button{font-size:2.2vh;margin-left:.5em}
@media print{section{display:block;page-break-after:always;min-height:auto}nav{display:none}.answer{visibility:visible}}
"""
_SCRIPT = """
const s=[...document.querySelectorAll('section')];let i=0;
function go(n){s[i].classList.remove('on');i=Math.max(0,Math.min(s.length-1,n));s[i].classList.add('on');
document.getElementById('where').textContent=(i+1)+' / '+s.length}
document.addEventListener('keydown',e=>{if(['ArrowRight','PageDown',' '].includes(e.key))go(i+1);
if(['ArrowLeft','PageUp'].includes(e.key))go(i-1);if(e.key==='a')s[i].classList.toggle('show')});
go(0);
"""


def _slide_question(question, label: str = "") -> str:
    picture = to_svg(question.diagram) if question.diagram is not None else ""
    prefix = f"<div class='small'>{html.escape(label)}</div>" if label else ""
    return (
        f"{prefix}<div class='q'>{html.escape(question.prompt)}</div>{picture}"
        f"<div class='answer'>Answer: {html.escape(question.answer.format())}</div>"
    )


def plan_slides(plan: LessonPlan) -> str:
    """A self-contained HTML deck: arrow keys move, 'a' shows the answer; pictures are inline SVG with descriptions."""
    slides = [
        f"<h1>{html.escape(plan.objective.words)}</h1><div class='small'>{html.escape(plan.objective.code)} · "
        f"{html.escape(plan.code)}</div>"
        + (f"<div class='small'>For the teacher: {html.escape(plan.revisit_line)}</div>" if plan.revisit_line else ""),
        "<h1>Remember</h1>" + "".join(_slide_question(q) for q in plan.retrieval),
        "<h1>Let's explore</h1>" + _slide_question(plan.anchor),
        "<h1>Say it together</h1>" + "".join(f"<div class='q'>{html.escape(s)}</div>" for s in plan.stem_sentences),
    ]
    slides += [f"<h1>{html.escape(step.title)}</h1>" + _slide_question(step.question) for step in plan.small_steps]
    fluency = "".join(
        (f"<div class='changed'>What changed? {html.escape(p.what_changed)}</div>" if p.what_changed else "")
        + _slide_question(p.question)
        for p in plan.fluency
    )
    slides.append("<h1>What's the same? What's different?</h1>" + fluency)
    slides += ["<h1>Convince me</h1>" + _slide_question(q) for q in plan.reasoning]
    slides += ["<h1>Solve it</h1>" + _slide_question(q) for q in plan.problems]
    slides.append("<h1>Challenge</h1>" + _slide_question(plan.challenge))
    slides.append(
        "<h1>Exit ticket</h1>" + "".join(_slide_question(q, f"{i}.") for i, q in enumerate(plan.exit_ticket, 1))
    )
    # A slide holding several questions is set smaller, so a projected slide never runs off the screen.
    marker = "class='q'"
    body = "".join(
        f"<section class='{'many' if content.count(marker) > 2 else 'one'}'>{content}</section>" for content in slides
    )
    title = html.escape(f"{plan.objective.code}: {plan.objective.words}")
    return (
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{_STYLE}</style></head><body>{body}"
        "<nav><span id='where'></span> · ← → to move · A shows the answer "
        "<button onclick='go(i-1)'>◀</button><button onclick='go(i+1)'>▶</button></nav>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
