"""The few widget shapes the session app is built from, and its message lines (one plain line, in one of 3 tones)."""

from __future__ import annotations

import re
from html import escape, unescape

import ipywidgets as w

from ks2practice.printing.html import FONT

TONES = {"info": "#1a4d8f", "good": "#1d6b2a", "warn": "#9a3b00"}


def button(text: str, colour: str = "", *, width: str = "auto") -> w.Button:
    layout = w.Layout(width=width, min_width="9em", height="3em")
    made = w.Button(description=text, layout=layout, button_style=colour)
    made.style.font_size = "1.1em"
    made.style.font_weight = "bold"
    return made


def text_box(placeholder: str, width: str = "16em") -> w.Text:
    box = w.Text(placeholder=placeholder, layout=w.Layout(width=width, height="2.6em"))
    box.style.font_size = "1.2em"
    return box


def div(text: str = "", size: str = "1.1em") -> str:
    """HTML text in the app's font and size, to set as an HTML widget's value."""
    return f'<div style="font-family:{FONT};font-size:{size}">{text}</div>' if text else ""


def html_line(text: str = "", size: str = "1.1em") -> w.HTML:
    return w.HTML(div(text, size))


def heading(text: str) -> w.HTML:
    return w.HTML(f'<h2 style="font-family:{FONT};font-size:1.6em;margin:0.4em 0">{escape(text)}</h2>')


def note_html(text: str, tone: str = "info", size: str = "1.3em") -> str:
    """One plain line for the adult, coloured by tone (info, good or warn); empty text clears the line."""
    colour = TONES[tone]
    return (
        f'<div class="ks2-message ks2-{tone}" style="font-family:{FONT};font-size:{size};color:{colour};'
        f'padding:0.3em 0.4em;border-left:0.3em solid {colour};margin:0.3em 0">{escape(text)}</div>'
        if text
        else ""
    )


def plain_text(html: str) -> str:
    """What an HTML line says, as plain text (for tests and screen readers)."""
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()
