"""The lesson-planner app for the notebook: pick an objective, see the lesson, download the plan and the slides."""

from __future__ import annotations

import base64
import html

import ipywidgets as w

from ks2practice.apps.print_app import objective_choices
from ks2practice.core.seeds import parse_seed
from ks2practice.planning.export import plan_pdf, plan_slides
from ks2practice.planning.planner import LessonPlan, plan_lesson
from ks2practice.printing.worksheets import PlanError


def _link(name: str, data: bytes, mime: str, label: str) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return f"<a download='{html.escape(name)}' href='data:{mime};base64,{encoded}'><b>⬇ {html.escape(label)}</b></a>"


def plan_html(plan: LessonPlan) -> str:
    """The lesson as a page in the notebook: each part with its questions and answers."""

    def items(questions) -> str:
        return "".join(
            f"<li>{html.escape(q.prompt)} <span style='color:#555'>({html.escape(q.answer.format())})</span></li>"
            for q in questions
        )

    fluency = "".join(
        f"<li>{html.escape(p.question.prompt)}"
        + (f" <i style='color:#0072B2'>({html.escape(p.what_changed)})</i>" if p.what_changed else "")
        + "</li>"
        for p in plan.fluency
    )
    steps = "".join(
        f"<li><b>{html.escape(s.title)}</b>: {html.escape(s.question.prompt)}</li>" for s in plan.small_steps
    )
    watch = "".join(f"<li>{html.escape(text)}</li>" for _, text in plan.misconceptions) or "<li>none predicted</li>"
    return (
        f"<h3>{html.escape(plan.objective.code)}: {html.escape(plan.objective.words)}</h3>"
        + (f"<p><b>{html.escape(plan.revisit_line)}</b></p>" if plan.revisit_line else "")
        + f"<h4>Retrieval starter</h4><ul>{items(plan.retrieval)}</ul>"
        f"<h4>Anchor task ({html.escape((plan.anchor.representation or 'numbers').replace('_', ' '))})</h4>"
        f"<ul>{items([plan.anchor])}</ul>"
        f"<h4>Key questions and stem sentences</h4><ul>"
        + "".join(f"<li>{html.escape(q)}</li>" for q in (*plan.key_questions, *plan.stem_sentences))
        + f"</ul><h4>Small steps</h4><ol>{steps}</ol><h4>Varied fluency</h4><ul>{fluency}</ul>"
        f"<h4>Reasoning and problem solving</h4><ul>{items((*plan.reasoning, *plan.problems))}</ul>"
        f"<h4>Greater-depth challenge</h4><ul>{items([plan.challenge])}</ul>"
        f"<h4>Exit ticket</h4><ul>{items(plan.exit_ticket)}</ul><h4>Misconceptions to expect</h4><ul>{watch}</ul>"
    )


class PlanApp:
    """Widgets for the planner; `widget` is what the notebook shows."""

    def __init__(self) -> None:
        choices = objective_choices()
        self.objective = w.Dropdown(options=choices, value=choices[0][1] if choices else None, description="Objective",
                                    layout=w.Layout(width="44em"))  # fmt: skip
        self.seed = w.Text(value="1", description="Seed", layout=w.Layout(width="12em"))
        self.button = w.Button(description="Plan the lesson", button_style="primary", icon="magic")
        self.message = w.HTML()
        self.links = w.HTML()
        self.lesson = w.HTML()
        self.button.on_click(lambda _: self.make())
        self.widget = w.VBox([w.HBox([self.objective, self.seed, self.button]), self.message, self.links, self.lesson])

    def make(self) -> LessonPlan | None:
        try:
            plan = plan_lesson(self.objective.value or "", parse_seed(self.seed.value.strip() or "1"))
        except (PlanError, ValueError) as error:
            self.message.value = f"<b style='color:#B00020'>{html.escape(str(error))}</b>"
            return None
        self.lesson.value = plan_html(plan)
        slides = plan_slides(plan).encode("utf-8")
        self.links.value = (
            _link(f"plan-{plan.objective.code}.pdf", plan_pdf(plan), "application/pdf", "Teacher's plan (PDF)")
            + " &nbsp; "
            + _link(f"slides-{plan.objective.code}.html", slides, "text/html", "Slides to project (HTML)")
        )
        self.message.value = f"Lesson {html.escape(plan.code)}: the same objective and seed always make this lesson."
        return plan
