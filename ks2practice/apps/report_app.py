"""The progress-report app for the notebook: a group's charts and next steps, paper marks, PDF and roll-up downloads."""

from __future__ import annotations

import base64
import html
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ks2practice.reports.assessment import DEFAULT_THRESHOLD, assessment_report, import_marks
from ks2practice.reports.demo import fill_demo
from ks2practice.reports.mastery import GroupProgress, ReportError, group_progress
from ks2practice.session.hub import HubError, ViewerStore, current_viewer, viewer_groups
from ks2practice.session.notebook import refusal_note
from ks2practice.store import Store, StoreError

if TYPE_CHECKING:
    from ks2practice.store.access import Viewer

_ERROR = "<b style='color:#B00020'>{}</b>"


def _download(name: str, data: bytes, mime: str, label: str) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f"<a download='{html.escape(name)}' href='data:{mime};base64,{encoded}' "
        f"style='font-size:1.1em;font-weight:bold'>⬇ {html.escape(label)}</a>"
    )


def _image(png: bytes) -> w.Image:
    return w.Image(value=png, format="png", layout=w.Layout(max_width="900px"))


_FROM_HUB: Any = object()  # the default viewer: whoever the school's hub says is looking (nobody on a laptop)


class ReportApp:
    """Widgets over one store; `widget` is what the notebook shows.

    On a school's hub it shows only the groups its viewer may see, and a trust lead only the trust roll-up; a hub that
    cannot say who is looking gets one plain sentence in place of the app. On a laptop it shows the whole store.
    """

    def __init__(self, store: Store, viewer: Viewer | None = _FROM_HUB) -> None:
        self.store = store
        if viewer is _FROM_HUB:
            try:
                viewer = current_viewer(store)
            except HubError as refusal:
                self.viewer, self.widget = None, refusal_note(refusal)
                return
        self.viewer = viewer
        if viewer is not None:
            # Every report finds its group by name among the groups the store lists: only the viewer's, here.
            self.store = ViewerStore(store, viewer)  # type: ignore[assignment]
        self.group = w.Dropdown(description="Group", layout=w.Layout(width="24em"))
        self.threshold = w.IntSlider(value=DEFAULT_THRESHOLD, min=0, max=40, description="Paper threshold")
        self.show_button = w.Button(description="Show report", button_style="primary", icon="bar-chart")
        self.pdf_button = w.Button(description="Make PDF summary", icon="print")
        self.demo_button = w.Button(description="Add demonstration group", icon="flask")
        self.message = w.HTML()
        self.report = w.VBox()
        self.link = w.HTML()
        self.kind = w.ToggleButtons(options=("baseline", "endpoint"), description="Paper")
        self.taken = w.Text(placeholder="2026-09-15", description="Date sat")
        self.marks_file = w.FileUpload(accept=".csv", multiple=False, description="Marks CSV")
        self.marks_button = w.Button(description="Store marks", icon="save")
        self.replace = w.Checkbox(description="Replace the marks already stored for this paper", indent=False)
        self.pupil = w.Dropdown(description="Pupil")
        self.typed = w.Text(placeholder="1,1,0,1,2,… (items 1 to 36; a blank is 0)", description="Marks",
                            layout=w.Layout(width="40em"))  # fmt: skip
        self.typed_button = w.Button(description="Save this pupil", icon="save")
        self.school = w.Text(placeholder="School A", description="School label")
        self.secret = w.Password(placeholder="at least 16 characters", description="School secret")
        self.export_button = w.Button(description="Export without names", icon="download")
        self.exports = w.FileUpload(accept=".json", multiple=True, description="Schools' exports")
        self.compare_button = w.Button(description="Compare schools", icon="balance-scale")
        self.show_button.on_click(lambda _: self.show())
        self.pdf_button.on_click(lambda _: self.make_pdf())
        self.demo_button.on_click(lambda _: self.add_demo())
        self.marks_button.on_click(lambda _: self.store_marks())
        self.typed_button.on_click(lambda _: self.save_typed())
        self.group.observe(lambda _: self._refresh_pupils(), names="value")
        self.export_button.on_click(lambda _: self.export())
        self.compare_button.on_click(lambda _: self.compare())
        papers = w.VBox([w.HTML("<b>Baseline or end-point paper marks</b> (CSV: name, 1, 2, …, 36)"),
                         w.HBox([self.kind, self.taken]), w.HBox([self.marks_file, self.replace, self.marks_button]),
                         w.HTML("…or type one pupil's marks at a time (saved at once):"),
                         w.HBox([self.pupil, self.typed, self.typed_button])])  # fmt: skip
        trust = w.VBox([w.HTML("<b>Trust roll-up</b>"), w.HBox([self.school, self.secret, self.export_button]),
                        w.HBox([self.exports, self.compare_button])])  # fmt: skip
        if viewer is not None and viewer.school_id is None:  # a trust lead: figures without names, no groups
            self.widget = w.VBox([self.message, self.link, trust])
            return
        shown = [(w.VBox([self.report]), "Report"), (papers, "Paper marks")]
        buttons = [self.show_button, self.pdf_button]
        if viewer is None:
            # On a hub only a trust lead exports (the database holds every school, which a school's export would
            # not), and made-up pupils belong on a laptop trying the reports, not in a school's database.
            shown.append((trust, "Trust roll-up"))
            buttons.append(self.demo_button)
        tabs = w.Tab([tab for tab, _title in shown])
        for index, (_tab, title) in enumerate(shown):
            tabs.set_title(index, title)
        controls = w.HBox([self.group, self.threshold, *buttons])
        self.widget = w.VBox([controls, self.message, self.link, tabs])
        self.refresh_groups()

    def refresh_groups(self) -> None:
        names = [g["name"] for g in viewer_groups(self.store, self.viewer)]
        self.group.options = names
        if not names:
            self.message.value = "There are no groups yet. Run a session in the TA app" + (
                ", or press <b>Add demonstration group</b> to try the reports with made-up pupils."
                if self.viewer is None
                else "."
            )

    def _refresh_pupils(self) -> None:
        group = next((g for g in viewer_groups(self.store, self.viewer) if g["name"] == self.group.value), None)
        self.pupil.options = [p["name"] for p in self.store.find_pupils(group["id"])] if group else []

    def save_typed(self) -> int | None:
        """Store the chosen pupil's typed marks at once; their total, or None with the reason shown."""
        from ks2practice.reports.assessment import enter_marks

        if not self.group.value or not self.pupil.value:
            self.message.value = _ERROR.format("Choose the group and the pupil first.")
            return None
        try:
            total = enter_marks(self.store, self.group.value, self.kind.value, self.taken.value.strip(),
                                self.pupil.value, self.typed.value)  # fmt: skip
        except (ReportError, StoreError) as error:
            self.message.value = _ERROR.format(html.escape(str(error)))
            return None
        self.message.value = f"Saved {html.escape(self.pupil.value)}'s {self.kind.value} marks: {total} out of 40."
        self.typed.value = ""
        return total

    def add_demo(self) -> None:
        name = fill_demo(self.store)
        self.refresh_groups()
        self.group.value = name
        self.message.value = f"Added <b>{html.escape(name)}</b> (made-up pupils) to try the reports with."

    def show(self) -> bool:
        """Fill the report tab for the chosen group; False (with the reason shown) when there is nothing to show."""
        return self._show() is not None

    def _show(self) -> GroupProgress | None:
        """Fill the report tab and return the progress it shows, or None with the reason shown."""
        from ks2practice.reports import plots

        self.link.value = ""
        if not self.group.value:
            self.message.value = _ERROR.format("Choose a group first (or add the demonstration group).")
            return None
        try:
            progress = group_progress(self.store, self.group.value)
        except ReportError as error:
            self.message.value = _ERROR.format(html.escape(str(error)))
            self.report.children = ()
            return None
        ready = progress.ready_to_move_on()
        steps = "".join(f"<li><b>{html.escape(p)}</b>: {html.escape(s)}</li>" for p, s in progress.next_steps().items())
        parts: list[w.Widget] = [
            w.HTML(
                f"<p><b>Ready to move on:</b> {html.escape(', '.join(ready) or 'nobody yet')}</p>"
                + (f"<p><b>What next</b></p><ul>{steps}</ul>" if steps else "")
            )
        ]
        charts = [(plots.mastery_heatmap, progress), (plots.misconception_bars, progress),
                  (plots.accuracy_over_time, progress)]  # fmt: skip
        try:
            charts.append(
                (plots.baseline_endpoint, assessment_report(self.store, self.group.value, self.threshold.value))
            )
        except ReportError as error:
            parts.append(w.HTML(f"<p><i>{html.escape(str(error))}.</i></p>"))
        for draw, data in charts:
            try:
                parts.append(_image(draw(data)))
            except ReportError as error:
                parts.append(w.HTML(f"<p><i>{html.escape(str(error).capitalize())}.</i></p>"))
        self.report.children = tuple(parts)
        self.message.value = (
            f"{html.escape(progress.group)}: {progress.answers} answers from {len(progress.pupils)} pupils."
        )
        return progress

    def make_pdf(self) -> bytes | None:
        from ks2practice.reports.summary_pdf import summary_pdf

        progress = self._show()  # the report on screen and the summary come from one reading of the store
        if progress is None:
            return None
        try:
            papers = assessment_report(self.store, self.group.value, self.threshold.value)
        except ReportError:
            papers = None
        pdf = summary_pdf(progress, papers)
        # Offered as a download, never saved by the app: the copy the browser keeps is the teacher's to look after.
        self.link.value = (
            _download(f"{progress.group}-summary.pdf", pdf, "application/pdf", "Download the summary PDF")
            + " <i>It names pupils: keep it on school systems and delete it when it is no longer needed.</i>"
        )
        return pdf

    def store_marks(self) -> int | None:
        if not self.group.value:
            self.message.value = _ERROR.format("Choose the group these marks belong to first.")
            return None
        if not self.marks_file.value:
            self.message.value = _ERROR.format("Choose the marks CSV first (columns: name, 1, 2, …, 36).")
            return None
        upload = self.marks_file.value[0]
        try:
            text = bytes(upload["content"]).decode("utf-8-sig")
            count = import_marks(self.store, self.group.value, self.kind.value, "paper-arithmetic",
                                 self.taken.value.strip() or "not given", text, replace=self.replace.value)  # fmt: skip
        except UnicodeDecodeError:
            self.message.value = _ERROR.format(f"{html.escape(upload['name'])} is not a text CSV file.")
            return None
        except (ReportError, StoreError) as error:
            self.message.value = _ERROR.format(html.escape(str(error)))
            return None
        done = "Replaced" if self.replace.value else "Stored"
        self.message.value = f"{done} {self.kind.value} marks for {count} pupils."
        self.replace.value = False  # replacing is chosen afresh each time
        return count

    def export(self) -> dict | None:
        from ks2practice.reports.rollup import export_anonymised, export_bytes

        try:
            data = export_anonymised(self.store, self.school.value, self.secret.value)
        except ReportError as error:
            self.message.value = _ERROR.format(html.escape(str(error)))
            return None
        text = export_bytes(data)
        name = f"{data['school'].replace(' ', '-')}-rollup.json"
        self.link.value = _download(name, text, "application/json", "Download the export (no names)")
        self.message.value = f"Export ready: {len(data['pupils'])} pupils, no names."
        return data

    def compare(self) -> bytes | None:
        from ks2practice.reports.rollup import import_exports
        from ks2practice.reports.summary_pdf import trust_pdf

        if not self.exports.value:
            self.message.value = _ERROR.format("Choose the schools' export files first.")
            return None
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for index, upload in enumerate(self.exports.value):
                path = Path(folder) / f"{index}-{Path(upload['name']).name}"
                path.write_bytes(bytes(upload["content"]))
                paths.append(path)
            try:
                schools = import_exports(paths)
            except ReportError as error:
                self.message.value = _ERROR.format(html.escape(str(error)))
                return None
        pdf = trust_pdf(schools)
        self.link.value = _download("trust-rollup.pdf", pdf, "application/pdf", "Download the comparison PDF")
        self.message.value = f"Compared {len(schools)} schools."
        return pdf
