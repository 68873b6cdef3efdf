"""The teaching assistant's session app: set up a group, run the questions, record each pupil, see the summary."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ks2practice.answers import check
from ks2practice.content import mtc
from ks2practice.content.misconceptions import MISCONCEPTIONS
from ks2practice.core.model import Attempt, Level, Question, Spec, Status
from ks2practice.core.registry import generate, get, topics
from ks2practice.printing.html import FONT, question_html
from ks2practice.session.hub import TRUST_LEAD_NOTE, add_group_for, viewer_groups
from ks2practice.session.plan import MODES, Plan, next_representation, revisit_specs
from ks2practice.session.script import script_for
from ks2practice.session.sprint import SprintScreen
from ks2practice.session.summary import CONFIDENCE_WORDS, WITH_HELP, describe, fact_record, helped, pupil_summaries
from ks2practice.session.ui import button as _button
from ks2practice.session.ui import heading as _heading
from ks2practice.session.ui import html_line as _html
from ks2practice.session.ui import note_html, plain_text
from ks2practice.session.ui import text_box as _text
from ks2practice.store import Store, StoreError

if TYPE_CHECKING:
    from ks2practice.store.access import Viewer

MAX_PUPILS = 6
MAX_ANSWER = 200  # longer than any answer a pupil gives; a paste of a page is turned away, not cut short
MINUTES = (20, 25, 30)
LEVEL_NAMES = {
    Level.WORKING_TOWARDS: "Working towards",
    Level.EXPECTED: "Expected",
    Level.GREATER_DEPTH: "Greater depth",
}


@dataclass
class PupilRow:
    """The widgets for recording one pupil's response to the question on screen; ``status`` is the row's own line."""

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
                w.HBox([w.HTML("", layout=w.Layout(width="8em")), self.confidence, self.note]),
                w.HBox([w.HTML("", layout=w.Layout(width="8em")), self.status]),
            ],
            layout=w.Layout(border="1px solid #ccc", padding="0.3em", margin="0.2em 0"),
        )

    def say(self, text: str, tone: str = "info") -> None:
        self.status.value = note_html(text, tone, "1.1em")

    @property
    def text(self) -> str:
        return plain_text(self.status.value)


class SessionApp(SprintScreen):
    """The whole app in one widget: ``SessionApp(Store()).widget`` in a notebook cell, or served by Voilà.

    Messages go where the adult is looking: about one pupil, in that pupil's row; about the group list, under the
    group buttons; about the question tools, under those buttons; anything else, under the buttons at the bottom.
    """

    def __init__(
        self, store: Store, *, clock: Callable[[], float] = time.monotonic, viewer: Viewer | None = None
    ) -> None:
        self.store = store
        self.viewer = viewer  # on a school's hub, who is looking: they see only their groups; None sees the store
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
        self._init_sprint()
        self._build_setup()
        self.show_setup()

    # -- messages and errors -------------------------------------------------------------------------------------
    def say(self, text: str, tone: str = "info", where: w.HTML | None = None) -> None:
        """Show one plain line to the adult (tone info, good or warn), by default under the buttons at the bottom."""
        (self.message if where is None else where).value = note_html(text, tone)

    @property
    def message_text(self) -> str:
        """The message under the bottom buttons, as plain text."""
        return plain_text(self.message.value)

    def _safe(self, fn: Callable[..., Any], where: Callable[[], w.HTML | None] | None = None) -> Callable[..., Any]:
        """Wrap a callback: a refusal becomes a plain message (in ``where()``); any other error is shown, not lost."""

        @functools.wraps(fn)
        def run(*args: Any) -> Any:
            try:
                return fn(*args)
            except StoreError as refusal:
                text = str(refusal)
                self.say(text[:1].upper() + text[1:] + ".", "warn", where() if where else None)
            except Exception as error:
                self.say(
                    "Sorry — something went wrong. Everything already recorded is saved. "
                    "Try again, or carry on with the next question.",
                    "warn",
                    where() if where else None,
                )
                self._details.layout.display = None
                self.errors.append_stdout(f"{type(error).__name__}: {error}\n")
            return None

        return run

    def _on_click(
        self, button: w.Button, fn: Callable[[], Any], where: Callable[[], w.HTML | None] | None = None
    ) -> w.Button:
        button.on_click(self._safe(lambda _b: fn(), where))
        return button

    # -- set-up screen --------------------------------------------------------------------------------------------
    def _build_setup(self) -> None:
        self.group_note = w.HTML()
        at_group = lambda: self.group_note  # noqa: E731 - where the group list's messages go
        self.group = w.Dropdown(description="Group", layout=w.Layout(width="22em"), style={"description_width": "5em"})
        self.group.observe(self._safe(lambda _c: self._refresh_pupils(), at_group), "value")
        self.new_group = _text("New group name")
        self.add_group_button = self._on_click(_button("Add group"), self.add_group, at_group)
        self.new_pupil = _text("Pupil's first name")
        self.add_pupil_button = self._on_click(_button("Add pupil", "success"), self.add_pupil, at_group)
        self.pupil_choice = w.Dropdown(
            description="Pupil", layout=w.Layout(width="22em"), style={"description_width": "5em"}
        )
        self.rename_box = _text("New name")
        self.rename_button = self._on_click(_button("Rename"), self.rename_pupil, at_group)
        self.archive_button = self._on_click(_button("Archive pupil"), self.archive_pupil, at_group)
        self.here_today = w.VBox()
        self.here: dict[int, w.Checkbox] = {}
        self.waiting: dict[int, int] = {}  # pupil → questions in their revisit queue
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
                self.group_note,
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

    @property
    def group_text(self) -> str:
        """The message under the group buttons, as plain text."""
        return plain_text(self.group_note.value)

    def show_setup(self) -> None:
        self.screen.children = [self.setup_screen]
        self._refresh_groups(keep=self.group.value)

    def _refresh_groups(self, keep: int | None = None) -> None:
        groups = viewer_groups(self.store, self.viewer)
        self.group.options = [(row["name"], row["id"]) for row in groups]
        ids = [row["id"] for row in groups]
        self.group.value = keep if keep in ids else (ids[0] if ids else None)
        self._refresh_pupils()
        if self.viewer is not None and self.viewer.school_id is None:
            self.say(TRUST_LEAD_NOTE, "info", self.group_note)

    def _refresh_pupils(self) -> None:
        rows = self.store.find_pupils(self.group.value) if self.group.value is not None else []
        self.pupil_choice.options = [(row["name"], row["id"]) for row in rows]
        self.pupil_choice.value = rows[0]["id"] if rows else None
        old = {pid: box.value for pid, box in self.here.items()}
        self.here = {
            row["id"]: w.Checkbox(value=old.get(row["id"], True), description=row["name"], indent=False) for row in rows
        }
        self.waiting = self.store.count_revisits(self.here) if rows else {}
        lines = []
        for pid, box in self.here.items():
            box.layout.width = "12em"
            count = self.waiting.get(pid, 0)
            label = f"— {count} to revisit" if count else ""
            lines.append(w.HBox([box, _html(f'<span style="color:#444">{label}</span>' if label else "")]))
        self.here_today.children = lines or [_html("<i>No pupils yet — add them above.</i>")]

    def here_today_text(self) -> list[str]:
        """Each "here today" line as the adult reads it, e.g. "Amira — 3 to revisit"."""
        return [
            " ".join(filter(None, (line.children[0].description, plain_text(line.children[1].value))))
            for line in self.here_today.children
            if isinstance(line, w.HBox)
        ]

    def add_group(self) -> None:
        name = self.new_group.value
        group_id = add_group_for(self.store, name, self.viewer)
        self.new_group.value = ""
        self._refresh_groups(keep=group_id)
        self.say(f"Group {self.group.label} added. Now add the pupils.", "good", self.group_note)

    def add_pupil(self) -> None:
        if self.group.value is None:
            typed = " ".join(self.new_group.value.split())
            self.say(
                f"Press Add group first to make the group {typed}, then add the pupils to it."
                if typed
                else "A pupil belongs to a group: type a group name and press Add group first.",
                "warn",
                self.group_note,
            )
            return
        self.store.add_pupil(self.group.value, self.new_pupil.value)
        name = " ".join(self.new_pupil.value.split())
        self.new_pupil.value = ""
        self._refresh_pupils()
        self.say(f"{name} added to the group.", "good", self.group_note)

    def rename_pupil(self) -> None:
        if self.pupil_choice.value is None:
            self.say("Choose the pupil to rename first.", "warn", self.group_note)
            return
        old = self.pupil_choice.label
        self.store.rename_pupil(self.pupil_choice.value, self.rename_box.value)
        self.rename_box.value = ""
        self._refresh_pupils()
        self.say(f"{old} is renamed. Their past work stays with them.", "good", self.group_note)

    def archive_pupil(self) -> None:
        if self.pupil_choice.value is None:
            self.say("Choose the pupil to archive first.", "warn", self.group_note)
            return
        name = self.pupil_choice.label
        self.store.archive_pupil(self.pupil_choice.value)
        self._refresh_pupils()
        self.say(
            f"{name} is archived: their past work is kept, and they no longer appear in this group.",
            "good",
            self.group_note,
        )

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
        topic, level, mode = self.topic.value, Level(self.level.value), self.mode_choice.value
        note = ""
        if self.carry_on.value:
            last = self.store.find_last_session(self.group.value)
            if last is not None:
                topic, level, mode = last["topic"], Level(last["level"]), last["mode"]
        if mode == "mtc":
            topic, level = mtc.TOPIC, Level.EXPECTED
        self.group_id, self.pupils, self.mode = self.group.value, names, mode
        # Continuing asks again every question in the revisit queues of the pupils here today: the whole group's in
        # a teaching session (longest-waiting first, each once); in a sprint, each pupil's own in their round.
        reasks: list[Spec] = []
        self._round_reasks = {}
        if self.carry_on.value:
            if mode == "teach":
                reasks = revisit_specs(self.store.find_revisits(pid) for pid in names)
                waiting = len(reasks)
            else:
                keep = (lambda s: s.topic == mtc.TOPIC) if mode == "mtc" else (lambda s: s.topic == topic)
                self._round_reasks = {pid: revisit_specs([self.store.find_revisits(pid)], keep=keep) for pid in names}
                waiting = sum(map(len, self._round_reasks.values()))
            if waiting:
                note = f"Carrying on: {waiting} question{'s' if waiting != 1 else ''} to ask again first. "
            elif self.store.find_last_session(self.group.value) is None:
                note = "No earlier session for this group, so we start fresh. "
            else:
                note = "Nothing waiting to be asked again — new questions. "
        levels = (Level.EXPECTED,) if topic == mtc.TOPIC else get(topic).levels
        self.session_id = self.store.start_session(self.group_id, topic, int(level), mode, self.minutes.value)
        self.plan = Plan(self.session_id, topic, level, levels=tuple(levels), reasks=reasks)
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
        self.tools_note = w.HTML()
        at_tools = lambda: self.tools_note  # noqa: E731
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
                # 0 is "not said": a None option would show as an empty box in the browser
                w.Dropdown(
                    options=[("How sure? —", 0)] + [(f"{n} {word}", n) for n, word in CONFIDENCE_WORDS.items()],
                    value=0,
                    layout=w.Layout(width="11em"),
                ),
                _text("Note (optional)", "18em"),
                w.HTML(),
            )
            at_row = lambda r=row: r.status  # noqa: E731 - a pupil's messages stay in their row
            self._on_click(row.record, functools.partial(self.record, pid), at_row)
            self._on_click(row.correct, functools.partial(self.tap, pid, Status.CORRECT), at_row)
            self._on_click(row.wrong, functools.partial(self.tap, pid, Status.INCORRECT), at_row)
            self._on_click(row.helped, functools.partial(self.tap, pid, Status.CORRECT, True), at_row)
            row.confidence.observe(self._safe(lambda _c, p=pid: self._annotate(p), at_row), "value")
            row.note.continuous_update = False
            row.note.observe(self._safe(lambda _c, p=pid: self._annotate(p), at_row), "value")
            self.rows[pid] = row
        self.next_button = self._on_click(_button("Next question", "primary"), self.next_question)
        self.skip_button = self._on_click(_button("Skip"), self.skip)
        self.method_button = self._on_click(_button("Show the method"), self.show_method, at_tools)
        self.picture_button = self._on_click(_button("Another picture"), self.another_picture, at_tools)
        self.easier_button = self._on_click(_button("Easier"), self.easier, at_tools)
        self.harder_button = self._on_click(_button("Harder"), self.harder, at_tools)
        self.end_button = self._on_click(_button("End session", "warning"), self.end)
        self.screen.children = [
            self.header,
            self.question_box,
            w.HBox(
                [self.method_button, self.picture_button, self.easier_button, self.harder_button],
                layout=w.Layout(flex_flow="row wrap"),
            ),
            self.tools_note,
            self.method_box,
            self.script_box,
            *[row.box for row in self.rows.values()],
            w.HBox([self.next_button, self.skip_button, self.end_button]),
        ]

    @property
    def tools_text(self) -> str:
        """The message under the question tools (method, picture, easier, harder), as plain text."""
        return plain_text(self.tools_note.value)

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
            row.confidence.value = 0

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
        self.tools_note.value = ""

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
            confidence=row.confidence.value or None,
            note=row.note.value.strip()[:500],
            session_id=self.session_id,
            key=self._key(pid),
        )

    def record(self, pid: int) -> None:
        """Mark the typed answer and store it at once; a second click on the same answer stores nothing more."""
        row, name = self.rows[pid], self.pupils[pid]
        existing = self.store.find_attempt(self._key(pid))
        if existing is not None:
            row.say(
                f"Already recorded ({_mark_words(existing.final_status)}). "
                "To change the mark, tap ✓ Correct, ✗ Not yet or ✓ With help.",
                "info",
            )
            return
        text = row.answer.value.strip()
        if not text:
            row.say(f"Type {name}'s answer first, or tap a mark.", "warn")
            return
        if len(text) > MAX_ANSWER:
            row.say(f"That is too long to be an answer ({len(text):,} characters). Type just {name}'s answer.", "warn")
            return
        assert self.question is not None
        verdict = check(self.question, text)
        if verdict.try_again:
            row.say(f"{verdict.reason} Nothing recorded yet — ask {name} to try again.", "warn")
            return
        attempt = self._row_attempt(
            pid, verdict.status, verdict.reason, response=text, misconception=verdict.misconception
        )
        self.store.record(attempt)
        shown = _mark_words(verdict.status)
        if verdict.feedback:
            # The verdict names the mechanism that makes exactly this wrong answer from these numbers, then its advice.
            row.say(f"Recorded: {shown}. {_mistake_name(verdict.misconception)}: {verdict.feedback}", "warn")
        else:
            row.say(f"Recorded: {shown}. {verdict.reason}", "good" if verdict.correct else "info")

    def tap(self, pid: int, status: Status, supported: bool = False) -> None:
        """The adult's own mark: stored if nothing is yet, otherwise kept as an override beside the automatic one."""
        row = self.rows[pid]
        existing = self.store.find_attempt(self._key(pid))
        words = "correct with help" if supported else _mark_words(status)
        if existing is None:
            self.store.record(self._row_attempt(pid, status, "Marked by the adult", supported=supported))
            row.say(f"Recorded: {words}.", "good" if status is Status.CORRECT else "info")
            return
        if existing.final_status is status and helped(existing) == supported:
            row.say(f"Already marked {words}.", "info")
            return
        self.store.override(existing.id, status, WITH_HELP if supported else "changed by the adult")
        row.say(
            f"Recorded: changed to {words} (the computer said {_mark_words(existing.attempt.status)}; both are kept).",
            "good" if status is Status.CORRECT else "info",
        )

    def _annotate(self, pid: int) -> None:
        existing = self.store.find_attempt(self._key(pid))
        if existing is not None:
            row = self.rows[pid]
            self.store.annotate(existing.id, confidence=row.confidence.value or None, note=row.note.value.strip())

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
        self.say("The method is shown below.", "info", self.tools_note)

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
            self.say(f"The same question shown as a {current.replace('_', ' ')}.", "info", self.tools_note)
            return
        self.say(
            "There is no other picture for this question. Try drawing a bar model or using counters.",
            "info",
            self.tools_note,
        )

    def easier(self) -> None:
        assert self.plan is not None
        if self.plan.level == min(self.plan.levels):
            self.say(
                "This is already the easiest level for this topic. Try Another picture or Show the method.",
                "info",
                self.tools_note,
            )
            return
        self._show(self.plan.easier())
        self.say(
            f"Easier: now {LEVEL_NAMES[self.plan.level].lower()}. Question {self.plan.number}.", "info", self.tools_note
        )

    def harder(self) -> None:
        assert self.plan is not None
        if self.plan.level == max(self.plan.levels):
            self.say("This is already the hardest level for this topic.", "info", self.tools_note)
            return
        self._show(self.plan.harder())
        self.say(
            f"Harder: now {LEVEL_NAMES[self.plan.level].lower()}. Question {self.plan.number}.", "info", self.tools_note
        )

    # -- end of session -------------------------------------------------------------------------------------------
    def end(self) -> None:
        assert self.session_id is not None
        self._stop_sprint()
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
        waiting = self.next_time()
        if waiting:
            items = "".join(f"<li>{escape(prompt)} ({escape(', '.join(who))})</li>" for prompt, who in waiting)
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

    def next_time(self) -> list[tuple[str, list[str]]]:
        """What the revisit queues of the pupils in this session hold: each question once, longest-waiting first,
        with who is waiting for it."""
        rows = sorted(
            (row for pid in self.pupils for row in self.store.find_revisits(pid)),
            key=lambda row: (row["first_missed"], row["id"]),
        )
        waiting: dict[str, tuple[str, list[str]]] = {}
        for row in rows:
            _prompt, who = waiting.setdefault(row["spec_code"], (row["prompt"], []))
            who.append(self.pupils[row["pupil_id"]])
        return list(waiting.values())

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


def _mistake_name(misconception_id: str | None) -> str:
    """The mistake's title as the TA reads it ("Forgets to carry"), or a plain label when it has none."""
    entry = MISCONCEPTIONS.get(misconception_id or "")
    return f"Looks like “{entry.title.rstrip('.')}”" if entry else "Watch for this"
