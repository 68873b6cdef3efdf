"""HTML renderer: a question as a self-contained fragment for JupyterLab and Voilà, its picture embedded as SVG."""

from __future__ import annotations

from html import escape

from ks2practice.core.model import Question
from ks2practice.core.steps import Step, render
from ks2practice.pictures.svg import to_data_uri, to_svg

FONT = "Andika, 'Atkinson Hyperlegible', Arial, sans-serif"


def picture_html(diagram: object, *, width: int | None = None) -> str:
    """The picture as an <img> of its SVG, with the description as alt text for screen readers.

    An <img> of a data URI survives JupyterLab's sanitiser, which strips inline SVG from untrusted notebooks.
    """
    svg = to_svg(diagram, width=width)
    description = escape(diagram.describe(), quote=True)
    return (
        f'<figure class="ks2-picture" style="margin:0.6em 0">'
        f'<img src="{to_data_uri(svg)}" alt="{description}" style="max-width:100%;height:auto">'
        f"</figure>"
    )


def question_html(question: Question, *, answers: bool = False, number: int | None = None) -> str:
    """One question: prompt, picture and variant code; with answers, the key, method and marking rule too."""
    label = f"<b>{number}.</b> " if number is not None else ""
    parts = [
        f'<div class="ks2-question" style="font-family:{FONT};font-size:1.25em;line-height:1.5;max-width:46em">',
        f'<div class="ks2-prompt">{label}{escape(question.prompt)}</div>',
    ]
    if question.diagram is not None:
        parts.append(picture_html(question.diagram))
    if question.drawing is not None:
        # on screen a drawing task is answered by its typed key: its space is the picture to read it from, and the
        # key shows the completed drawing
        parts.append(picture_html(question.drawing.completed if answers else question.drawing.space))
    if answers:
        parts.append(f'<div class="ks2-answer"><b>Answer:</b> {escape(question.answer.format())}</div>')
        if question.working:
            parts.append(
                '<pre class="ks2-working" style="font-family:\'DejaVu Sans Mono\',monospace;font-size:0.9em">'
                f"{escape(question.working)}</pre>"
            )
        steps = "".join(f"<li>{step_html(step)}</li>" for step in question.solution)
        parts.append(
            "<style>.ks2-relation{white-space:nowrap}</style>"
            f'<ol class="ks2-solution" style="font-size:0.9em">{steps}</ol>'
        )
        parts.append(f'<div class="ks2-rule" style="font-size:0.85em"><i>{escape(question.answer.rule())}</i></div>')
    parts.append(f'<div class="ks2-code" style="font-size:0.7em;color:#555">{escape(question.spec.code)}</div></div>')
    return "".join(parts)


def step_html(step: str) -> str:
    """One worked step as HTML: its words escaped, each relation kept on one line so a sum never splits."""
    if not isinstance(step, Step):
        return escape(step)
    return "".join(
        escape(part) if isinstance(part, str) else f'<span class="ks2-relation">{escape(render(part))}</span>'
        for part in step.parts
    )


def gallery_html() -> str:
    """Every example picture under a heading naming its kind, as one HTML fragment."""
    from ks2practice.pictures.gallery import EXAMPLES  # built when asked: a screen of questions never needs them

    sections = []
    for name, record in EXAMPLES.items():
        heading = name.replace("_", " ").capitalize()
        sections.append(
            f'<section style="display:inline-block;vertical-align:top;margin:0 1.5em 1.5em 0;max-width:30em">'
            f'<h4 style="margin:0 0 0.3em 0">{heading} <code style="font-size:0.75em">{record.kind}</code></h4>'
            f"{picture_html(record)}</section>"
        )
    return "".join(sections)
