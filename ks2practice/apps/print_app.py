"""The printing app for the notebook: choose an objective, tiers or a class list, make the PDF, download it."""

from __future__ import annotations

import base64
import html
import os
from pathlib import Path

import ipywidgets as w

from ks2practice.core import curriculum, registry
from ks2practice.core.private_files import make_output_folder
from ks2practice.core.seeds import parse_seed
from ks2practice.printing.class_list import ClassListError, Pupil, decode_class_list
from ks2practice.printing.pdf import TINTS, PrintError, PrintOptions, write_atomically
from ks2practice.printing.worksheets import Plan, PlanError, pack_pdf, worksheet_pdf

KINDS = ("Worksheet", "Class pack", "Arithmetic paper", "Times tables check")


def default_out_folder() -> Path:
    """Where made PDFs are kept: $KS2PRACTICE_PRINT_DIR; else worksheets/out of the source checkout this copy runs
    from; else, for an installed wheel, worksheets/out in the working folder (as the command line does)."""
    named = os.environ.get("KS2PRACTICE_PRINT_DIR")
    if named:
        return Path(named)
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "pyproject.toml").is_file() and (checkout / "worksheets").is_dir():
        return checkout / "worksheets" / "out"
    return Path.cwd() / "worksheets" / "out"


def objective_choices() -> list[tuple[str, str]]:
    """(label, code) for every content-domain objective some topic practises, in curriculum order."""
    covered = {code for entry in registry.topics() for code in entry.codes}
    return [(f"{o.code}: {o.description}", o.code) for o in curriculum.content_domain() if o.code in covered]


class PrintApp:
    """The widgets and what the buttons do; `widget` is what the notebook shows."""

    def __init__(self, out_folder: Path | None = None) -> None:
        self.out_folder = out_folder or default_out_folder()
        self.kind = w.ToggleButtons(
            options=KINDS, value=KINDS[0], description="Make",
            tooltips=("One objective in up to three tiers", "A sheet for every pupil at their tier",
                      "A mock KS2 Paper 1 with its mark scheme", "25 facts weighted as the Year 4 check"),
        )  # fmt: skip
        self.kind.style.button_width = "13em"
        choices = objective_choices()
        self.objective = w.Dropdown(
            options=choices, value=choices[0][1] if choices else None, description="Objective",
            layout=w.Layout(width="44em"),
        )  # fmt: skip
        self.tiers = [w.Checkbox(value=True, description=f"Tier {t}", indent=False) for t in (1, 2, 3)]
        self.items = w.BoundedIntText(value=12, min=1, max=40, description="Items")
        self.seed = w.Text(value="1", description="Seed", layout=w.Layout(width="14em"))
        self.title = w.Text(placeholder="(the strand's name)", description="Title")
        self.class_list = w.FileUpload(accept=".csv", multiple=False, description="Class list CSV")
        self.large = w.Checkbox(description="Large print", indent=False)
        self.dyslexia = w.Checkbox(description="Dyslexia-friendly font", indent=False)
        self.spacious = w.Checkbox(description="Extra line spacing", indent=False)
        self.tint = w.Dropdown(options=TINTS, value="none", description="Page tint")
        self.key = w.Checkbox(value=True, description="Answer keys", indent=False)
        self.make_button = w.Button(description="Make the PDF", button_style="primary", icon="print")
        self.progress = w.IntProgress(value=0, min=0, max=1, description="Progress", layout=w.Layout(width="30em"))
        self.message = w.HTML()
        self.link = w.HTML()
        self.make_button.on_click(lambda _: self.make())
        self.kind.observe(lambda _: self._show_fields(), names="value")
        self.plan_box = w.VBox([self.objective, w.HBox(self.tiers), w.HBox([self.items, self.seed]), self.title])
        self.pack_box = w.VBox([self.class_list])
        options = w.HBox([self.large, self.dyslexia, self.spacious, self.tint, self.key])
        self.widget = w.VBox(
            [self.kind, self.plan_box, self.pack_box, options, self.make_button, self.progress, self.message, self.link]
        )
        self._show_fields()

    def _show_fields(self) -> None:
        kind = self.kind.value
        self.plan_box.layout.display = "" if kind in KINDS[:2] else "none"
        for box in self.tiers:
            box.disabled = kind != KINDS[0]
        self.pack_box.layout.display = "" if kind == KINDS[1] else "none"

    def _options(self) -> PrintOptions:
        return PrintOptions(self.large.value, self.dyslexia.value, self.tint.value, self.spacious.value)

    def _seed(self) -> int | str:
        return parse_seed(self.seed.value.strip() or "1")

    def _plan(self, tiers: tuple[int, ...]) -> Plan:
        return Plan(
            (self.objective.value,), tiers, int(self.items.value), self._seed(), self.title.value.strip() or None,
            key=self.key.value, options=self._options(),
        )  # fmt: skip

    def _uploaded_pupils(self) -> list[Pupil]:
        files = self.class_list.value
        if not files:
            raise ClassListError("choose the class list CSV first (columns: name, tier)")
        upload = files[0]
        return decode_class_list(bytes(upload["content"]), upload["name"])

    def _tick(self, done: int, total: int) -> None:
        self.progress.max = total
        self.progress.value = done

    def make(self) -> Path | None:
        """Make the chosen PDF, save it under worksheets/out and offer it as a download; None on a problem."""
        from ks2practice.printing.layout import compile_document
        from ks2practice.printing.papers import arithmetic_document, mtc_document

        self.message.value = "<i>Making the PDF…</i>"
        self.link.value = ""
        self.progress.value = 0
        kind = self.kind.value
        try:
            if kind == KINDS[0]:
                tiers = tuple(t for t, box in zip((1, 2, 3), self.tiers, strict=True) if box.value)
                pdf, document = worksheet_pdf(self._plan(tiers))
                name = f"worksheet-{self.objective.value}-s{self._seed()}.pdf"
            elif kind == KINDS[1]:
                pupils = self._uploaded_pupils()
                pdf, document = pack_pdf(self._plan((1, 2, 3)), pupils, self._tick)
                name = f"pack-{self.objective.value}-s{self._seed()}.pdf"
            else:
                build = arithmetic_document if kind == KINDS[2] else mtc_document
                document = build(self._seed(), self._options(), key=self.key.value)
                pdf = compile_document(document)
                name = f"{'arithmetic' if kind == KINDS[2] else 'mtc'}-paper-s{self._seed()}.pdf"
            # A class pack prints pupils' names: it is owner-only (0600), and a folder made for it is too (0700).
            naming = kind == KINDS[1]
            make_output_folder(self.out_folder, private=naming)
            path = write_atomically(self.out_folder / name.replace("/", "-"), pdf, private=naming)
        except (PlanError, ClassListError, PrintError, ValueError, OSError) as error:
            self.message.value = f"<b style='color:#B00020'>Not made:</b> {html.escape(str(error))}"
            return None
        self.progress.max, self.progress.value = 1, 1
        data = base64.b64encode(pdf).decode("ascii")
        kept = html.escape(str(self.out_folder))
        self.message.value = f"Made <b>{html.escape(name)}</b>: {document.pages} pages, also saved in {kept}."
        self.link.value = (
            f"<a download='{html.escape(name)}' href='data:application/pdf;base64,{data}' "
            "style='font-size:1.2em;font-weight:bold'>⬇ Download the PDF</a>"
        )
        return path
