"""The fluency sprint and times tables check practice screen: one pupil's timed round at a time."""

# Every item of a round gets its own answer box, Record button and timer: fresh widgets, shown once and never reused.
# The browser addresses each message (a typed answer, a press of Record, a tick of the timer) to the widget it came
# from, so every message names the item it was typed or timed for. An answer typed for item 7 that reaches the
# computer after item 7's time ran out — when item 8 is already showing — is kept with item 7 (as a note beside its
# "no answer in time" mark, which still counts as not right) and never recorded for item 8; a tick from item 7's timer
# that arrives after item 7 was answered cannot time out item 8.
from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ks2practice.answers import check
from ks2practice.content import mtc
from ks2practice.core.model import Attempt, Spec, Status
from ks2practice.core.registry import get
from ks2practice.printing.html import FONT, question_html
from ks2practice.session.plan import MODES
from ks2practice.session.summary import right_without_help
from ks2practice.session.ui import button, div, heading, html_line, plain_text, text_box
from ks2practice.store import PupilGone

if TYPE_CHECKING:  # the app this screen belongs to
    from ks2practice.session.app import SessionApp

SPRINT_ITEMS = 10
SPRINT_SECONDS = 20
MAX_TYPED = 200  # longer than any answer; the same limit as the teaching screen's

# The timer is ipywidgets' Play control, labelled "Timer". Its buttons draw only an icon, so their names come from
# CSS text beside the icon (a screen reader reads generated text as the button's name): "Pause timer" while it runs,
# "Resume timer" when paused. Its Stop button is hidden: stopping would restart the item's count from zero.
TIMER_CSS = f"""<style>
.ks2-timer .jupyter-button i.fa::after {{ font-family: {FONT}; font-style: normal; font-weight: bold;
  margin-left: 0.4em; }}
.ks2-timer .jupyter-button i.fa-pause::after {{ content: "Pause timer"; }}
.ks2-timer .jupyter-button i.fa-play::after {{ content: "Resume timer"; }}
.ks2-timer .jupyter-button:nth-child(2) {{ display: none; }}
</style>"""


@dataclass(eq=False)
class SprintLine:
    """One item's answer box, Record button and timer. ``item`` is set once, when the line is shown."""

    answer: w.Text
    record: w.Button
    timer: w.Play
    box: w.HBox
    item: int | None = None
    key: str = ""
    pupil: int | None = None
    started: float = 0.0
    paused_at: float | None = None
    paused: float = 0.0
    done: bool = False

    def close(self) -> None:
        """Let the line's widgets go, with their layouts and styles (the browser dropped its views already)."""
        for widget in (*self.box.children, self.box):
            for part in (getattr(widget, "layout", None), getattr(widget, "style", None)):
                if part is not None:
                    part.close()
            widget.close()


class SprintScreen:
    """The timed screen of SessionApp (a mixin: it uses the app's store, plan, pupils and messages)."""

    def _init_sprint(self: SessionApp) -> None:
        self.items: list[Any] = []
        self.item_index = -1
        self.lines: list[SprintLine] = []  # this round's shown lines, one per item so far
        self._numbers: list[int] = []  # each item's question number in the session
        self._round_pupil: int | None = None
        self._round_reasks: dict[int, list[Spec]] = {}
        self._spare: SprintLine | None = None
        self._closing: list[SprintLine] = []

    # -- building ----------------------------------------------------------------------------------------------
    def _build_sprint(self: SessionApp) -> None:

        self.seconds = mtc.SECONDS if self.mode == "mtc" else SPRINT_SECONDS
        self.turn = w.Dropdown(
            options=[(name, pid) for pid, name in self.pupils.items()],
            description="Whose turn?",
            style={"description_width": "7em"},
            layout=w.Layout(width="22em"),
        )
        self.sprint_note = w.HTML()
        self.round_button = self._on_click(button("Start round", "primary"), self.start_round, self._at_sprint)
        self.sprint_header = html_line()
        self.sprint_question = w.HTML()
        self.timer_label = w.HTML()
        self.line_holder = w.HBox()
        self.round_result = w.HTML()
        self.end_button = self._on_click(button("End session", "warning"), self.end)
        self._spare = self._new_line()
        self.line_holder.children = [self._spare.box]
        self.screen.children = [
            w.HTML(TIMER_CSS),
            heading(MODES[self.mode]),
            w.HBox([self.turn, self.round_button]),
            self.sprint_header,
            self.sprint_question,
            w.HBox([self.line_holder, self.timer_label], layout=w.Layout(align_items="center")),
            self.sprint_note,
            self.round_result,
            w.HBox([self.end_button]),
        ]

    def _at_sprint(self: SessionApp) -> w.HTML:
        return self.sprint_note

    def _new_line(self: SessionApp) -> SprintLine:
        """A hidden line, put on the page ahead of its item so its box can take the cursor the moment it is shown."""

        answer = text_box("Type the answer, then press Enter", "20em")
        answer.continuous_update = False  # the answer is sent on Enter (or when the box loses the cursor)
        timer = w.Play(
            value=0,
            min=0,
            max=self.seconds,
            interval=1000,
            show_repeat=False,
            repeat=False,
            description="Timer",
            layout=w.Layout(width="13em", height="3em"),
        )
        timer.add_class("ks2-timer")
        label = w.HTML(f'<b style="font-family:{FONT};font-size:1.2em;margin:0 0.4em 0 1em">Timer</b>')
        record = button("Record", "primary")
        box = w.HBox([answer, record, label, timer], layout=w.Layout(display="none", align_items="center"))
        line = SprintLine(answer, record, timer, box)
        answer.observe(self._safe(lambda change: self._typed(line, change["new"]), self._at_sprint), "value")
        line.record.on_click(self._safe(lambda _b: self._typed(line, line.answer.value, True), self._at_sprint))
        timer.observe(self._safe(lambda change: self._tick(line, change["new"]), self._at_sprint), "value")
        timer.observe(self._safe(lambda change: self._playing(line, change["new"]), self._at_sprint), "playing")
        return line

    # -- the widgets of the item on screen (for tests and for the notebook user) -------------------------------
    @property
    def current_line(self: SessionApp) -> SprintLine:
        """The line of the item on screen, or the next line to be used when no item is showing."""
        if self._round_pupil is not None and 0 <= self.item_index < len(self.lines):
            return self.lines[self.item_index]
        assert self._spare is not None
        return self._spare

    @property
    def timer(self: SessionApp) -> w.Play:
        return self.current_line.timer

    @property
    def sprint_answer(self: SessionApp) -> w.Text:
        return self.current_line.answer

    @property
    def sprint_record(self: SessionApp) -> w.Button:
        return self.current_line.record

    @property
    def sprint_text(self: SessionApp) -> str:
        """The message under the answer box, as plain text."""
        return plain_text(self.sprint_note.value)

    # -- a round ----------------------------------------------------------------------------------------------
    def start_round(self: SessionApp) -> None:
        assert self.plan is not None
        pid = self.turn.value
        if pid is None:
            self.say("Choose whose turn it is first.", "warn", self.sprint_note)
            return
        if self._round_pupil is not None:
            self.say(
                f"{self.pupils[self._round_pupil]}'s round is still going — finish it first.", "warn", self.sprint_note
            )
            return
        for line in self._closing:  # the last round's lines: any late message for them has long arrived
            line.close()
        self._closing = []
        rng = random.Random(f"ks2practice-sprint|{self.session_id}|{self.plan.number}")
        count = mtc.ITEMS if self.mode == "mtc" else SPRINT_ITEMS
        specs = list(self._round_reasks.get(pid, [])[:count])
        if self.mode == "mtc":
            asked = {frozenset((f.table, f.times)) for f in map(mtc.fact_from_spec, specs)}
            fresh = [f for f in mtc.rehearsal(rng) if frozenset((f.table, f.times)) not in asked]
            specs += [mtc.fact_spec(f) for f in fresh[: count - len(specs)]]
            rng.shuffle(specs)
        items = []
        for spec in specs:
            try:
                items.append(self._make(spec))
            except (ValueError, KeyError):
                continue
        while len(items) < count:
            base = self.plan.fresh()
            style = "fluency" if "fluency" in get(base.topic).styles else None
            items.append(self._make(Spec(base.topic, base.level, base.seed, style=style)))
        first = self.plan.number + 1
        self.plan.number += len(items)
        self.items, self._numbers = items, list(range(first, first + len(items)))
        self.item_index, self._round_pupil, self.lines = -1, pid, []
        self.round_result.value = ""
        self.sprint_note.value = ""
        self.say("")  # "choose whose turn it is" is done with
        self._next_item()

    def _sprint_key(self: SessionApp, index: int) -> str:
        return f"{self.session_id}-{self._numbers[index]}-{self._round_pupil}"

    def _next_item(self: SessionApp) -> None:

        assert self.plan is not None and self._round_pupil is not None and self._spare is not None
        self.item_index += 1
        if self.item_index >= len(self.items):
            self._finish_round()
            return
        line, self._spare = self._spare, self._new_line()
        line.item, line.key, line.pupil = self.item_index, self._sprint_key(self.item_index), self._round_pupil
        line.started = self._clock()
        self.question = self.items[self.item_index]
        name = self.pupils[self._round_pupil]
        self.sprint_header.value = div(f"{escape(name)} · {self.item_index + 1} of {len(self.items)}")
        self.sprint_question.value = (
            f'<div style="font-family:{FONT};font-size:3em;font-weight:bold;margin:0.3em 0">'
            f"{escape(self.question.prompt)}</div>"
            if self.mode == "mtc"
            else f'<div style="font-size:1.5em">{question_html(self.question)}</div>'
        )
        self.timer_label.value = div(f"{self.seconds} seconds", "1.2em")
        # Show this item's line (already on the page, hidden), hide the last one, start the clock, take the cursor.
        line.box.layout.display = None
        if self.lines:
            self.lines[-1].box.layout.display = "none"
        self.lines.append(line)
        line.timer.playing = True
        line.answer.focus()
        # Earlier lines stay on the page, hidden, until the round ends: removing one would make the browser redraw
        # every line after it, and a line drawn afresh can miss the cursor.
        self.line_holder.children = (*self.line_holder.children, self._spare.box)

    def _elapsed(self: SessionApp, line: SprintLine) -> float:
        now = self._clock()
        paused = line.paused + (now - line.paused_at if line.paused_at is not None else 0.0)
        return now - line.started - paused

    def _playing(self: SessionApp, line: SprintLine, playing: bool) -> None:
        """The adult paused or resumed the timer: paused time does not count towards the item's seconds."""
        if line.item is None or line.done:
            return
        if not playing and line.paused_at is None:
            line.paused_at = self._clock()
        elif playing and line.paused_at is not None:
            line.paused += self._clock() - line.paused_at
            line.paused_at = None

    def _tick(self: SessionApp, line: SprintLine, value: int) -> None:

        if line.item is None or line.done:  # a tick from an item already answered or timed out
            return
        left = max(self.seconds - value, 0)
        self.timer_label.value = div(f"{left} second{'s' if left != 1 else ''}", "1.2em")
        if value >= self.seconds:
            self._sprint_store(line, None)

    def _typed(self: SessionApp, line: SprintLine, typed: str, pressed: bool = False) -> None:
        """An answer (Enter, or Record pressed) from one item's box: recorded for that item, whenever it arrives."""
        if line.item is None:
            if pressed:
                self.say("Press Start round first.", "warn", self.sprint_note)
            return
        text = typed.strip()
        if line.done:
            if text:
                self._late(line, text)
            return
        name = self.pupils[self._round_pupil] if self._round_pupil is not None else "the pupil"
        if not text:
            if pressed:
                self.say(f"Type {name}'s answer first.", "warn", self.sprint_note)
            return
        if len(text) > MAX_TYPED:
            line.answer.value = ""
            self.say(
                f"That is too long to be an answer ({len(text):,} characters). Type just the number.",
                "warn",
                self.sprint_note,
            )
            return
        self._sprint_store(line, text)

    def _late(self: SessionApp, line: SprintLine, text: str) -> None:
        """An answer for an item whose time had already run out: noted beside its mark, which stays "no answer"."""
        existing = self.store.find_attempt(line.key)
        if existing is None or existing.attempt.response is not None or existing.attempt.note:
            return  # answered in time already (a second Enter), or the late answer is noted already
        self.store.annotate(existing.id, note=f"Typed {text[:60]} after the {self.seconds} seconds")

    def _sprint_store(self: SessionApp, line: SprintLine, text: str | None) -> None:
        assert line.item is not None and line.pupil is not None
        q = self.items[line.item]
        if self.store.find_attempt(line.key) is not None:
            line.done = True
            return
        elapsed = self._elapsed(line)
        if text is None:
            status, reason, mis = Status.INCORRECT, f"No answer in {self.seconds} seconds", None
        else:
            verdict = check(q, text)
            if verdict.try_again:
                line.answer.value = ""
                self.say(f"{verdict.reason} Try again quickly.", "warn", self.sprint_note)
                return
            status, reason, mis = verdict.status, verdict.reason, verdict.misconception
            if elapsed > self.seconds and verdict.correct:
                status, reason = Status.INCORRECT, f"Right, but after {self.seconds} seconds"
        line.done = True
        line.timer.playing = False
        try:
            self.store.record(
                Attempt.of(
                    q,
                    line.pupil,
                    status,
                    reason,
                    response=text,
                    misconception=mis,
                    session_id=self.session_id,
                    key=line.key,
                )
            )
        except PupilGone:
            self._finish_round(gone=True)
            raise
        self.sprint_note.value = ""
        self._next_item()

    def _finish_round(self: SessionApp, gone: bool = False) -> None:

        pid = self._round_pupil
        assert pid is not None and self._spare is not None
        self._stop_lines()
        keys = {self._sprint_key(i) for i in range(len(self.items))}
        rows = [a for a in self.store.find_attempts(session_id=self.session_id, pupil_id=pid) if a.attempt.key in keys]
        self._closing = self.lines
        self.sprint_question.value = ""
        self.timer_label.value = ""
        self._round_pupil, self.items, self.item_index, self.lines = None, [], -1, []
        # The round's lines leave the page (still listening, so a late answer finds its item) and the spare stays.
        self.line_holder.children = [self._spare.box]
        if gone:
            self.round_result.value = ""
            return
        right = sum(map(right_without_help, rows))
        missed = [a.attempt.prompt.rstrip(" =") for a in rows if not right_without_help(a)]
        text = f"{self.pupils[pid]}: {right} out of {len(rows)}."
        if missed and self.mode == "mtc":
            text += f" Facts to practise: {', '.join(missed)}."
        elif missed:
            text += f" {len(missed)} to ask again next time."
        self.round_result.value = div(escape(text), "1.4em")
        self.say(text + " Choose whose turn is next, or press End session.", "good", self.sprint_note)

    def _stop_lines(self: SessionApp) -> None:
        for line in self.lines:
            line.done = True
            line.timer.playing = False
            line.box.layout.display = "none"

    def _stop_sprint(self: SessionApp) -> None:
        """End of session: stop the clock of any round still going, and let its widgets go."""
        if self._round_pupil is not None:
            self._stop_lines()
            self._closing += self.lines
            self._round_pupil, self.items, self.item_index, self.lines = None, [], -1, []
        for line in self._closing:
            line.close()
        self._closing = []
