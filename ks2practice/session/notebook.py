"""What the TA's notebook calls: the app on its store, or one plain line saying why the store can't be opened."""

from __future__ import annotations

import os
from pathlib import Path

import ipywidgets as w

from ks2practice.session.hub import HubError, current_viewer
from ks2practice.session.ui import note_html
from ks2practice.store import Store, StoreError

RUN_ALL = "In JupyterLab, choose Run → Run All Cells to start the app: it appears below."


def in_voila() -> bool:
    """True in a kernel Voilà started (Voilà names itself in the kernel's SERVER_SOFTWARE, as a web server does)."""
    return os.environ.get("SERVER_SOFTWARE", "").startswith("voila/") or "VOILA_KERNEL_ID" in os.environ


def lab_hint() -> None:
    """Print how to start the app — in JupyterLab only: under Voilà the app starts by itself and the hint is noise."""
    if not in_voila():
        print(RUN_ALL)


def session_app(path: str | Path | None = None) -> w.Widget:
    """The TA app on the store at ``path`` (the usual store when None), ready to display.

    A store that can't be opened (damaged, empty, or from a newer ks2practice) gives one plain line saying so and
    what to do, in place of the app: no traceback, under Voilà or in JupyterLab. So does a school's hub that cannot
    say who is looking: nothing is shown rather than too much.
    """
    from ks2practice.session.app import SessionApp

    try:
        store = Store(path)
        viewer = current_viewer(store)  # on a school's hub: who is looking; on a laptop None, the whole store
    except (StoreError, HubError) as refusal:
        return refusal_note(refusal)
    return SessionApp(store, viewer=viewer).widget


def refusal_note(refusal: Exception) -> w.HTML:
    """Why the app cannot open, as one plain sentence where the app would be."""
    text = str(refusal)
    return w.HTML(note_html(text[:1].upper() + text[1:] + ".", "warn"))
