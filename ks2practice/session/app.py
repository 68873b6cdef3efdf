"""The teaching assistant's session app: set up a group, run the questions, record each pupil, see the summary."""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any

import ipywidgets as w

from ks2practice.answers import check
from ks2practice.content import mtc
from ks2practice.core.model import Attempt, Level, Question, Spec, Status
from ks2practice.core.registry import generate, get, topics
from ks2practice.printing.html import FONT, question_html
from ks2practice.session.plan import MODES, Plan, next_representation, reask_specs
from ks2practice.session.script import script_for
from ks2practice.session.summary import CONFIDENCE_WORDS, WITH_HELP, describe, fact_record, pupil_summaries
from ks2practice.store import Store, StoreError

MAX_PUPILS = 6
MAX_ANSWER = 200  # longer than any answer a pupil gives; a paste of a page is turned away, not cut short
SPRINT_ITEMS = 10
SPRINT_SECONDS = 20
MINUTES = (20, 25, 30)
LEVEL_NAMES = {
    Level.WORKING_TOWARDS: "Working towards",
    Level.EXPECTED: "Expected",
    Level.GREATER_DEPTH: "Greater depth",
}


def _button(text: str, colour: str = "", *, width: str = "auto") -> w.Button:
    layout = w.Layout(width=width, min_width="9em", height="3em")
    button = w.Button(description=text, layout=layout, button_style=colour)
    button.style.font_size = "1.1em"
    button.style.font_weight = "bold"
    return button


def _text(placeholder: str, width: str = "16em") -> w.Text:
    box = w.Text(placeholder=placeholder, layout=w.Layout(width=width, height="2.6em"))
    box.style.font_size = "1.2em"
    return box


def _html(text: str = "", size: str = "1.1em") -> w.HTML:
    return w.HTML(f'<div style="font-family:{FONT};font-size:{size}">{text}</div>' if text else "")


def _heading(text: str) -> w.HTML:
    return w.HTML(f'<h2 style="font-family:{FONT};font-size:1.6em;margin:0.4em 0">{escape(text)}</h2>')


@dataclass
class PupilRow:
    """The widgets for recording one pupil's response to the question on screen."""

    pupil_id: int
    name: str
    answer: w.Text
    record: w.Button
    correct: w.Button
    wrong: w.Button
    helped: w.Button
    confidence: w.Dropdown
    note: w.Text
    status: w.HTML
    box: w.Box = field(init=False)

    def __post_init__(self) -> None:
        name = w.HTML(
            f'<b style="font-family:{FONT};font-size:1.3em">{escape(self.name)}</b>', layout=w.Layout(width="8em")
        )
        self.box = w.VBox(
            [
                w.HBox([name, self.answer, self.record, self.correct, self.wrong, self.helped]),
                w.HBox([w.HTML("", layout=w.Layout(width="8em")), self.confidence, self.note, self.status]),
            ],
            layout=w.Layout(border="1px solid #ccc", padding="0.3em", margin="0.2em 0"),
        )


class SessionApp:
    """The whole app in one widget: ``SessionApp(Store()).widget`` in a notebook cell, or served by Voilà."""

    def __init__(self, store: Store, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._clock = clock
        self.message = w.HTML()
        self.errors = w.Output()
        self._details = w.Accordion(children=[self.errors], titles=("Details for whoever looks after the computer",))
        self._details.selected_index = None
        self._details.layout.display = "none"
        self.screen = w.VBox()
        self.widget = w.VBox([self.screen, self.message, self._details], layout=w.Layout(max_width="70em"))
        # session state
        self.session_id: int | None = None
        self.group_id: int | None = None
        self.mode = "teach"
        self.plan: Plan | None = None
        self.question: Question | None = None
        self.pupils: dict[int, str] = {}
        self.rows: dict[int, PupilRow] = {}
        self._confirm_next: int | None = None
        self._started = 0.0
        self._minutes = 20
        # sprint state
        self.items: list[Question] = []
        self.item_index = -1
        self._item_number = 0
        self._item_started = 0.0
        self._round_pupil: int | None = None
        self._build_setup()
        self.show_setup()

    # -- messages and errors -------------------------------------------------------------------------------------
    def say(self, text: str, tone: str = "info") -> None:
        """Show one plain line to the adult; tone is info, good or warn."""
        colour = {"info": "#1a4d8f", "good": "#1d6b2a", "warn": "#9a3b00"}[tone]
        self.message.value = (
            f'<div class="ks2-message ks2-{tone}" style="font-family:{FONT};font-size:1.3em;color:{colour};'
            f'padding:0.4em;border-left:0.3em solid {colour};margin:0.4em 0">{escape(text)}</div>'
            if text
            else ""
        )

    @property
    def message_text(self) -> str:
        """The message on screen as plain text (for tests and screen readers)."""
        value = self.message.value
        start = value.find(">") + 1
        return unescape(value[start : value.rfind("</div>")]) if value else ""

    def _safe(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """Wrap a callback: a refusal becomes a plain message; any other error is shown, never swallowed."""

        @functools.wraps(fn)
        def run(*args: Any) -> Any:
            try:
                return fn(*args)
            except StoreError as refusal:
                self.say(str(refusal)[:1].upper() + str(refusal)[1:] + ".", "warn")
            except Exception as error:
                self.say(
                    "Sorry — something went wrong. Everything already recorded is saved. "
                    "Try again, or carry on with the next question.",
                    "warn",
                )
                self._details.layout.display = None
                self.errors.append_stdout(f"{type(error).__name__}: {error}\n")
            return None

        return run

    def _on_click(self, button: w.Button, fn: Callable[[], Any]) -> w.Button:
        button.on_click(self._safe(lambda _b: fn()))
        return button

    # -- set-up screen --------------------------------------------------------------------------------------------
    def _build_setup(self) -> None:
        self.group = w.Dropdown(description="Group", layout=w.Layout(width="22em"), style={"description_width": "5em"})
        self.group.observe(self._safe(lambda _c: self._refresh_pupils()), "value")
        self.new_group = _text("New group name")
        self.add_group_button = self._on_click(_button("Add group"), self.add_group)
        self.new_pupil = _text("Pupil's first name")
        self.add_pupil_button = self._on_click(_button("Add pupil", "success"), self.add_pupil)
        self.pupil_choice = w.Dropdown(
            description="Pupil", layout=w.Layout(width="22em"), style={"description_width": "5em"}
        )
        self.rename_box = _text("New name")
        self.rename_button = self._on_click(_button("Rename"), self.rename_pupil)
        self.archive_button = self._on_click(_button("Archive pupil"), self.archive_pupil)
        self.here_today = w.VBox()
        self.here: dict[int, w.Checkbox] = {}
        options = [(f"{t.title} ({', '.join(t.codes)})", t.id) for t in topics()]
        self.topic = w.Dropdown(
            options=options, description="Topic", layout=w.Layout(width="40em"), style={"description_width": "5em"}
        )
        self.level = w.ToggleButtons(options=[(name, int(lv)) for lv, name in LEVEL_NAMES.items()], value=2)
        self.carry_on = w.Checkbox(
            description="Continue from last time (ask again what was missed)", value=False, indent=False
        )
        self.minutes = w.ToggleButtons(options=[(f"{m} minutes", m) for m in MINUTES], value=20)
        self.mode_choice = w.ToggleButtons(options=[(label, key) for key, label in MODES.items()], value="teach")
        for toggle in (self.level, self.minutes, self.mode_choice):
            toggle.style.button_width = "16em"
            toggle.style.font_weight = "bold"
        self.start_button = self._on_click(_button("Start session", "primary", width="16em"), self.start)
        self.setup_screen = w.VBox(
            [
                _heading("Set up the session"),
                _html("<b>1. Who is in the group?</b>"),
                w.HBox([self.group, self.new_group, self.add_group_button]),
                w.HBox([self.new_pupil, self.add_pupil_button]),
                _html("Here today:"),
                self.here_today,
                w.HBox([self.pupil_choice, self.rename_box, self.rename_button, self.archive_button]),
                _html("<b>2. What are we practising?</b>"),
                self.topic,
                self.level,
                self.carry_on,
                _html("<b>3. How long, and what kind of session?</b>"),
                self.minutes,
                self.mode_choice,
                self.start_button,
            ]
        )
        self._refresh_groups()

    def show_setup(self) -> None:
        self.screen.children = [self.setup_screen]
        self._refresh_groups(keep=self.group.value)

    def _refresh_groups(self, keep: int | None = None) -> None:
        groups = self.store.find_groups()
        self.group.options = [(row["name"], row["id"]) for row in groups]
        ids = [row["id"] for row in groups]
        self.group.value = keep if keep in ids else (ids[0] if ids else None)
        self._refresh_pupils()

    def _refresh_pupils(self) -> None:
        rows = self.store.find_pupils(self.group.value) if self.group.value is not None else []
        self.pupil_choice.options = [(row["name"], row["id"]) for row in rows]
        self.pupil_choice.value = rows[0]["id"] if rows else None
        old = {pid: box.value for pid, box in self.here.items()}
        self.here = {
            row["id"]: w.Checkbox(value=old.get(row["id"], True), description=row["name"], indent=False) for row in rows
        }
        self.here_today.children = list(self.here.values()) or [_html("<i>No pupils yet — add them above.</i>")]

    def add_group(self) -> None:
        name = self.new_group.value
        group_id = self.store.add_group(name)
        self.new_group.value = ""
        self._refresh_groups(keep=group_id)
        self.say(f"Group {self.group.label} added. Now add the pupils.", "good")

    def add_pupil(self) -> None:
        if self.group.value is None:
            self.say("Choose a group first, or type a group name and press Add group.", "warn")
            return
        self.store.add_pupil(self.group.value, self.new_pupil.value)
        name = " ".join(self.new_pupil.value.split())
        self.new_pupil.value = ""
        self._refresh_pupils()
        self.say(f"{name} added to the group.", "good")

    def rename_pupil(self) -> None:
        if self.pupil_choice.value is None:
            self.say("Choose the pupil to rename first.", "warn")
            return
        old = self.pupil_choice.label
        self.store.rename_pupil(self.pupil_choice.value, self.rename_box.value)
        self.rename_box.value = ""
        self._refresh_pupils()
        self.say(f"{old} is renamed. Their past work stays with them.", "good")

    def archive_pupil(self) -> None:
        if self.pupil_choice.value is None:
            self.say("Choose the pupil to archive first.", "warn")
            return
        name = self.pupil_choice.label
        self.store.archive_pupil(self.pupil_choice.value)
        self._refresh_pupils()
        self.say(f"{name} is archived: their past work is kept, and they no longer appear in this group.", "good")

    # -- starting ---------------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.group.value is None:
            self.say("Choose a group, or type a name and press Add group.", "warn")
            return
        names = {pid: box.description for pid, box in self.here.items() if box.value}
        if not names:
            self.say("Add at least one pupil, and tick who is here today.", "warn")
            return
        if len(names) > MAX_PUPILS:
            self.say(f"A session is for up to {MAX_PUPILS} pupils — untick who is not in this group today.", "warn")
            return
        topic, level, mode, reasks = self.topic.value, Level(self.level.value), self.mode_choice.value, []
        note = ""
        if self.carry_on.value:
            last = self.store.find_last_session(self.group.value)
            if last is None:
                note = "No earlier session for this group, so we start fresh. "
            else:
                topic, level, mode = last["topic"], Level(last["level"]), last["mode"]
                reasks = reask_specs(self.store.find_attempts(session_id=last["id"]))
                note = (
                    f"Carrying on from last time: {len(reasks)} question{'s' if len(reasks) != 1 else ''} "
                    "to ask again first. "
                    if reasks
                    else "Everything was right last time — new questions. "
                )
        if mode == "mtc":
            topic, level = mtc.TOPIC, Level.EXPECTED
        levels = (Level.EXPECTED,) if topic == mtc.TOPIC else get(topic).levels
        self.group_id, self.pupils, self.mode = self.group.value, names, mode
        self.session_id = self.store.start_session(self.group_id, topic, int(level), mode, self.minutes.value)
        # In a sprint every pupil has their own round, so each round starts with all the re-asks.
        self._sprint_reasks = [] if mode == "teach" else reasks
        self.plan = Plan(self.session_id, topic, level, levels=tuple(levels), reasks=reasks if mode == "teach" else [])
        self._minutes, self._started = self.minutes.value, self._clock()
        if mode == "teach":
            self._build_teach()
            self._show(self.plan.next_spec())
        else:
            self._build_sprint()
        self.say(
            note
            + (
                "Read the script, then record each pupil's answer."
                if mode == "teach"
                else "Choose whose turn it is, then press Start round."
            )
        )

    def _make(self, spec: Spec) -> Question:
        if spec.topic == mtc.TOPIC:
            return mtc.fact_question(mtc.fact_from_spec(spec))
        return generate(spec)

    # -- teach-and-practise screen --------------------------------------------------------------------------------
    def _build_teach(self) -> None:
        self.header = _html()
        self.question_box = w.HTML()
        self.script_box = w.HTML()
        self.method_box = w.HTML()
        self.rows = {}
        for pid, name in self.pupils.items():
            row = PupilRow(
                pid,
                name,
                _text(f"{name}'s answer", "14em"),
                _button("Record", "primary"),
                _button("✓ Correct", "success"),
                _button("✗ Not yet", "danger"),
                _button("✓ With help", "info"),
                w.Dropdown(
                    options=[("How sure? —", None)] + [(f"{n} {word}", n) for n, word in CONFIDENCE_WORDS.items()],
                    layout=w.Layout(width="11em"),
                ),
                _text("Note (optional)", "18em"),
                w.HTML(),
            )
            self._on_click(row.record, functools.partial(self.record, pid))
            self._on_click(row.correct, functools.partial(self.tap, pid, Status.CORRECT))
            self._on_click(row.wrong, functools.partial(self.tap, pid, Status.INCORRECT))
            self._on_click(row.helped, functools.partial(self.tap, pid, Status.CORRECT, True))
            row.confidence.observe(self._safe(lambda _c, p=pid: self._annotate(p)), "value")
            row.note.continuous_update = False
            row.note.observe(self._safe(lambda _c, p=pid: self._annotate(p)), "value")
            self.rows[pid] = row
        self.next_button = self._on_click(_button("Next question", "primary"), self.next_question)
        self.skip_button = self._on_click(_button("Skip"), self.skip)
        self.method_button = self._on_click(_button("Show the method"), self.show_method)
        self.picture_button = self._on_click(_button("Another picture"), self.another_picture)
        self.easier_button = self._on_click(_button("Easier"), self.easier)
        self.harder_button = self._on_click(_button("Harder"), self.harder)
        self.end_button = self._on_click(_button("End session", "warning"), self.end)
        self.screen.children = [
            self.header,
            self.question_box,
            w.HBox(
                [self.method_button, self.picture_button, self.easier_button, self.harder_button],
                layout=w.Layout(flex_flow="row wrap"),
            ),
            self.method_box,
            self.script_box,
            *[row.box for row in self.rows.values()],
            w.HBox([self.next_button, self.skip_button, self.end_button]),
        ]

    def _key(self, pid: int, number: int | None = None) -> str:
        assert self.plan is not None
        return f"{self.session_id}-{self.plan.number if number is None else number}-{pid}"

    def _show(self, spec: Spec) -> None:
        try:
            question = self._make(spec)
        except (ValueError, KeyError) as problem:  # a re-ask that no longer generates: note it, move on
            self.errors.append_stdout(f"Could not make {spec.code} again: {problem}\n")
            assert self.plan is not None
            question = self._make(self.plan.fresh())
        self.question = question
        self._confirm_next = None
        self._render_question()
        for row in self.rows.values():
            row.answer.value, row.note.value, row.status.value = "", "", ""
            row.confidence.value = None

    def _render_question(self) -> None:
        q, plan = self.question, self.plan
        assert q is not None and plan is not None
        left = self._minutes - int(self._clock() - self._started) // 60
        timing = f"about {left} minutes left" if left > 0 else "time is up — press End session when ready"
        self.header.value = (
            f'<div style="font-family:{FONT};font-size:1.1em;color:#444">Question {plan.number} · '
            f"{escape(q.title)} · {LEVEL_NAMES[q.spec.level].lower()} · {timing}</div>"
        )
        self.question_box.value = f'<div style="font-size:1.5em">{question_html(q)}</div>'
        script = script_for(q)
        watch = "".join(f"<li>{escape(line)}</li>" for line in script.watch_for) or "<li>Nothing in particular.</li>"
        self.script_box.value = (
            f'<div style="font-family:{FONT};font-size:1.1em;background:#f4f7fb;padding:0.6em;border-radius:0.4em">'
            f"<b>Say:</b> {escape(script.say)}<br><b>Stem sentence:</b> <i>{escape(script.stem)}</i><br>"
            f"<b>Show:</b> {escape(script.show)}<br><b>Watch for:</b><ul>{watch}</ul></div>"
        )
        self.method_box.value = ""

    def _row_attempt(
        self,
        pid: int,
        status: Status,
        reason: str,
        *,
        response: str | None = None,
        misconception: str | None = None,
        supported: bool = False,
    ) -> Attempt:
        q, row = self.question, self.rows[pid]
        assert q is not None and self.plan is not None
        return Attempt.of(
            q,
            pid,
            status,
            reason,
            response=response,
            misconception=misconception,
            supported=supported,
            confidence=row.confidence.value,
            note=row.note.value.strip()[:500],
            session_id=self.session_id,
            key=self._key(pid),
        )

    def record(self, pid: int) -> None:
        """Mark the typed answer and store it at once; a second click on the same answer stores nothing more."""
        row, name = self.rows[pid], self.pupils[pid]
        existing = self.store.find_attempt(self._key(pid))
        if existing is not None:
            self.say(
                f"{name}'s answer to this question is already recorded ({_mark_words(existing.final_status)}). "
                "To change the mark, tap ✓ Correct or ✗ Not yet.",
                "info",
            )
            return
        text = row.answer.value.strip()
        if not text:
            self.say(f"Type {name}'s answer first, or tap a mark.", "warn")
            return
        if len(text) > MAX_ANSWER:
            self.say(
                f"That is too long to be an answer ({len(text):,} characters). Please type just {name}'s answer.",
                "warn",
            )
            return
        assert self.question is not None
        verdict = check(self.question, text)
        if verdict.try_again:
            self.say(f"{name}: {verdict.reason} Nothing recorded yet — ask {name} to try again.", "warn")
            return
        attempt = self._row_attempt(
            pid, verdict.status, verdict.reason, response=text, misconception=verdict.misconception
        )
        self.store.record(attempt)
        shown = _mark_words(verdict.status)
        if verdict.feedback:
            row.status.value = _status_html(f"Recorded: {shown}. {verdict.feedback}", verdict.status)
            self.say(f"{name}: {shown}. Watch for this: {verdict.feedback}", "warn")
        else:
            row.status.value = _status_html(f"Recorded: {shown}", verdict.status)
            self.say(f"{name}: {shown}. {verdict.reason}", "good" if verdict.correct else "info")

    def tap(self, pid: int, status: Status, supported: bool = False) -> None:
        """The adult's own mark: stored if nothing is yet, otherwise kept as an override beside the automatic one."""
        name = self.pupils[pid]
        existing = self.store.find_attempt(self._key(pid))
        words = "correct with help" if supported else _mark_words(status)
        if existing is None:
            self.store.record(self._row_attempt(pid, status, "Marked by the adult", supported=supported))
            self.rows[pid].status.value = _status_html(f"Recorded: {words}", status)
            self.say(f"{name}: {words}.", "good")
            return
        helped = existing.override_note == WITH_HELP if existing.override_status else existing.attempt.supported
        if existing.final_status is status and helped == supported:
            self.say(f"{name} is already marked {words}.", "info")
            return
        self.store.override(existing.id, status, WITH_HELP if supported else "changed by the adult")
        self.rows[pid].status.value = _status_html(
            f"Changed to {words} (computer said {_mark_words(existing.attempt.status)})", status
        )
        self.say(f"{name}: changed to {words}. The computer's mark is kept too.", "good")

    def _annotate(self, pid: int) -> None:
        existing = self.store.find_attempt(self._key(pid))
        if existing is not None:
            row = self.rows[pid]
            self.store.annotate(existing.id, confidence=row.confidence.value, note=row.note.value.strip())

    def _recorded(self) -> list[int]:
        return [pid for pid in self.pupils if self.store.find_attempt(self._key(pid)) is not None]

    def next_question(self) -> None:
        assert self.plan is not None
        done = self._recorded()
        if not done:
            self.say(
                "Nothing recorded for this question yet. Record each pupil's answer or tap a mark — "
                "or press Skip to move on without marking.",
                "warn",
            )
            return
        missing = [self.pupils[pid] for pid in self.pupils if pid not in done]
        if missing and self._confirm_next != self.plan.number:
            self._confirm_next = self.plan.number
            self.say(f"Not recorded yet: {', '.join(missing)}. Press Next question again to move on anyway.", "warn")
            return
        self._show(self.plan.next_spec())
        self.say(f"Question {self.plan.number}.")

    def skip(self) -> None:
        assert self.plan is not None
        self._show(self.plan.next_spec())
        self.say(f"Skipped. Question {self.plan.number}.")

    def show_method(self) -> None:
        q = self.question
        assert q is not None
        steps = "".join(f"<li>{escape(step)}</li>" for step in q.solution)
        working = f'<pre style="font-size:1.2em">{escape(q.working)}</pre>' if q.working else ""
        self.method_box.value = (
            f'<div style="font-family:{FONT};font-size:1.2em;background:#fffbe6;padding:0.6em">'
            f"<b>Answer:</b> {escape(q.answer.format())}{working}<ol>{steps}</ol></div>"
        )
        self.say("The method is shown below the question.")

    def another_picture(self) -> None:
        q = self.question
        assert q is not None
        offered = () if q.spec.topic == mtc.TOPIC else get(q.spec.topic).representations
        current = q.representation
        for _ in offered:
            current = next_representation(current, offered)
            if current == q.representation:
                break
            try:
                shown = generate(Spec(q.spec.topic, q.spec.level, q.spec.seed, current, q.spec.style))
            except ValueError:
                continue
            self.question = shown  # same maths, same question number: answers already recorded still count
            self._render_question()
            self.say(f"The same question shown as a {current.replace('_', ' ')}.")
            return
        self.say("There is no other picture for this question. Try drawing a bar model or using counters.", "info")

    def easier(self) -> None:
        assert self.plan is not None
        if self.plan.level == min(self.plan.levels):
            self.say("This is already the easiest level for this topic. Try Another picture or Show the method.")
            return
        self._show(self.plan.easier())
        self.say(f"Easier: now {LEVEL_NAMES[self.plan.level].lower()}. Question {self.plan.number}.")

    def harder(self) -> None:
        assert self.plan is not None
        if self.plan.level == max(self.plan.levels):
            self.say("This is already the hardest level for this topic.")
            return
        self._show(self.plan.harder())
        self.say(f"Harder: now {LEVEL_NAMES[self.plan.level].lower()}. Question {self.plan.number}.")

    # -- fluency sprint and times tables check practice ----------------------------------------------------------
    def _build_sprint(self) -> None:
        seconds = mtc.SECONDS if self.mode == "mtc" else SPRINT_SECONDS
        self.turn = w.Dropdown(
            options=[(name, pid) for pid, name in self.pupils.items()],
            description="Whose turn?",
            style={"description_width": "7em"},
            layout=w.Layout(width="22em"),
        )
        self.round_button = self._on_click(_button("Start round", "primary"), self.start_round)
        self.sprint_header = _html()
        self.sprint_question = w.HTML()
        self.sprint_answer = _text("Type the answer, then press Enter", "20em")
        self.sprint_answer.continuous_update = False
        self.sprint_answer.observe(self._safe(lambda _c: self._submitted()), "value")
        self.sprint_record = self._on_click(_button("Record", "primary"), self.sprint_answer_now)
        self.timer = w.Play(value=0, min=0, max=seconds, interval=1000, show_repeat=False, repeat=False)
        self.timer.observe(self._safe(lambda change: self._tick(change["new"])), "value")
        self.timer_label = w.HTML()
        self.round_result = w.HTML()
        self.end_button = self._on_click(_button("End session", "warning"), self.end)
        self.screen.children = [
            _heading(MODES[self.mode]),
            w.HBox([self.turn, self.round_button]),
            self.sprint_header,
            self.sprint_question,
            w.HBox([self.sprint_answer, self.sprint_record, self.timer, self.timer_label]),
            self.round_result,
            self.end_button,
        ]

    def start_round(self) -> None:
        assert self.plan is not None
        pid = self.turn.value
        if pid is None:
            self.say("Choose whose turn it is first.", "warn")
            return
        if self._round_pupil is not None:
            self.say(f"{self.pupils[self._round_pupil]}'s round is still going — finish it first.", "warn")
            return
        rng = random.Random(f"ks2practice-sprint|{self.session_id}|{self.plan.number}")
        count = mtc.ITEMS if self.mode == "mtc" else SPRINT_ITEMS
        specs = list(self._sprint_reasks[:count])
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
        self.items, self.item_index, self._round_pupil = items, -1, pid
        self.round_result.value = ""
        self._next_item()

    def _next_item(self) -> None:
        assert self.plan is not None and self._round_pupil is not None
        self.item_index += 1
        if self.item_index >= len(self.items):
            self._finish_round()
            return
        self.plan.number += 1
        self._item_number = self.plan.number
        self.question = self.items[self.item_index]
        name = self.pupils[self._round_pupil]
        self.sprint_header.value = _html(f"{escape(name)} · {self.item_index + 1} of {len(self.items)}").value
        self.sprint_question.value = (
            f'<div style="font-family:{FONT};font-size:3em;font-weight:bold;margin:0.3em 0">'
            f"{escape(self.question.prompt)}</div>"
            if self.mode == "mtc"
            else f'<div style="font-size:1.5em">{question_html(self.question)}</div>'
        )
        self._set_answer("")
        self._item_started = self._clock()
        self.timer.value = 0
        self.timer.playing = True
        self.timer_label.value = _html(f"{self.timer.max} seconds").value

    def _set_answer(self, value: str) -> None:
        self._quiet = True
        try:
            self.sprint_answer.value = value
        finally:
            self._quiet = False

    def _submitted(self) -> None:
        if not getattr(self, "_quiet", False) and self.sprint_answer.value.strip():
            self.sprint_answer_now()

    def _tick(self, value: int) -> None:
        if self._round_pupil is None or self.item_index < 0:
            return
        left = self.timer.max - value
        self.timer_label.value = _html(f"{left} second{'s' if left != 1 else ''}").value
        if value >= self.timer.max:
            self._sprint_store(None)

    def sprint_answer_now(self) -> None:
        if self._round_pupil is None:
            self.say("Press Start round first.", "warn")
            return
        name = self.pupils[self._round_pupil]
        text = self.sprint_answer.value.strip()
        if not text:
            self.say(f"Type {name}'s answer first.", "warn")
            return
        if len(text) > MAX_ANSWER:
            self._set_answer("")
            self.say(f"That is too long to be an answer ({len(text):,} characters). Type just the number.", "warn")
            return
        self._sprint_store(text)

    def _sprint_store(self, text: str | None) -> None:
        q, pid = self.question, self._round_pupil
        assert q is not None and pid is not None
        key = f"{self.session_id}-{self._item_number}-{pid}"
        if self.store.find_attempt(key) is not None:
            return
        elapsed = self._clock() - self._item_started
        if text is None:
            status, reason, mis = Status.INCORRECT, f"No answer in {self.timer.max} seconds", None
        else:
            verdict = check(q, text)
            if verdict.try_again:
                self._set_answer("")
                self.say(f"{verdict.reason} Try again quickly.", "warn")
                return
            status, reason, mis = verdict.status, verdict.reason, verdict.misconception
            if elapsed > self.timer.max and verdict.correct:
                status, reason = Status.INCORRECT, f"Right, but after {self.timer.max} seconds"
        self.timer.playing = False
        self.store.record(
            Attempt.of(
                q,
                pid,
                status,
                reason,
                response=text,
                misconception=mis,
                session_id=self.session_id,
                key=key,
            )
        )
        self.say("")
        self._next_item()

    def _finish_round(self) -> None:
        pid = self._round_pupil
        assert pid is not None
        self.timer.playing = False
        numbers = {
            f"{self.session_id}-{n}-{pid}"
            for n in range(self._item_number - len(self.items) + 1, self._item_number + 1)
        }
        rows = [
            a for a in self.store.find_attempts(session_id=self.session_id, pupil_id=pid) if a.attempt.key in numbers
        ]
        right = sum(a.final_status is Status.CORRECT for a in rows)
        missed = [a.attempt.prompt.rstrip(" =") for a in rows if a.final_status is not Status.CORRECT]
        text = f"{self.pupils[pid]}: {right} out of {len(rows)}."
        if missed and self.mode == "mtc":
            text += f" Facts to practise: {', '.join(missed)}."
        elif missed:
            text += f" {len(missed)} to ask again next time."
        self.round_result.value = _html(escape(text), "1.4em").value
        self.sprint_question.value = ""
        self._round_pupil, self.items, self.item_index = None, [], -1
        self.say(text + " Choose whose turn is next, or press End session.", "good")

    # -- end of session -------------------------------------------------------------------------------------------
    def end(self) -> None:
        assert self.session_id is not None
        if getattr(self, "timer", None) is not None:
            self.timer.playing = False
        self._round_pupil = None
        self.store.end_session(self.session_id)
        attempts = self.store.find_attempts(session_id=self.session_id)
        summaries = pupil_summaries(attempts, self.pupils)
        parts = [f"<h3>How everyone did</h3><ul>{''.join(f'<li>{escape(describe(s))}</li>' for s in summaries)}</ul>"]
        seen = [(s.name, name, n) for s in summaries for name, n in s.misconceptions]
        if seen:
            items = "".join(f"<li>{escape(who)}: {escape(m.replace('_', ' '))} ({n}×)</li>" for who, m, n in seen)
            parts.append(f"<h3>Misconceptions seen</h3><ul>{items}</ul>")
        rated = [(s.name, lv, right, total) for s in summaries for lv, right, total in s.confidence]
        if rated:
            items = "".join(
                f"<li>{escape(who)} — {CONFIDENCE_WORDS[lv]}: {right} right out of {total}</li>"
                for who, lv, right, total in rated
            )
            parts.append(f"<h3>How sure they were, and how they did</h3><ul>{items}</ul>")
        if self.mode == "mtc":
            record = fact_record(attempts, self.pupils)
            cells = "".join(
                f"<tr><td>{escape(fact)}</td><td>"
                + ", ".join(f"{escape(n)} {'✓' if ok else '✗'}" for n, ok in who.items())
                + "</td></tr>"
                for fact, who in record.items()
            )
            parts.append(f"<h3>Fact by fact</h3><table>{cells}</table>")
        plan = reask_specs(attempts)
        if plan:
            prompts = {a.attempt.spec_code: a.attempt.prompt for a in attempts}
            items = "".join(f"<li>{escape(prompts.get(s.code, s.code))}</li>" for s in plan)
            parts.append(
                f"<h3>Next time we will ask again</h3><ol>{items}</ol>"
                "<p>Tick <i>Continue from last time</i> when you set up the next session.</p>"
            )
        else:
            parts.append("<h3>Next time</h3><p>Nothing to ask again — move on, or try a harder level.</p>")
        self.summary = w.HTML(f'<div style="font-family:{FONT};font-size:1.2em">{"".join(parts)}</div>')
        again = self._on_click(_button("Back to the start", "primary", width="16em"), self._back)
        self.screen.children = [_heading("End of session"), self.summary, again]
        self.say("Session saved. Here is how everyone did.", "good")

    def _back(self) -> None:
        self.session_id, self.plan, self.question, self.rows = None, None, None, {}
        self.show_setup()
        self.say("")


def _mark_words(status: Status) -> str:
    return {
        Status.CORRECT: "correct",
        Status.INCORRECT: "not yet",
        Status.MISCONCEPTION: "not yet (a common mistake)",
        Status.WRONG_UNIT: "not yet (wrong unit)",
        Status.NOT_IN_FORM: "try again",
        Status.UNREADABLE: "try again",
    }[status]


def _status_html(text: str, status: Status) -> str:
    colour = "#1d6b2a" if status is Status.CORRECT else "#9a3b00"
    return f'<span style="font-family:{FONT};font-size:1.1em;color:{colour}">{escape(text)}</span>'
