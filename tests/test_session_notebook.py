"""The TA notebook's glue: a damaged store is one plain line, and the Run All hint shows in JupyterLab only."""

import ipywidgets as w
import pytest

from ks2practice.session import in_voila, lab_hint, session_app
from ks2practice.session.notebook import RUN_ALL
from ks2practice.session.ui import plain_text
from ks2practice.store import FILE_NAME, Store


@pytest.mark.parametrize("content", [b"", b"this is not a database, it is a shopping list\n" * 200])
def test_a_damaged_store_is_one_plain_line_not_a_traceback(tmp_path, content):
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    shown = session_app(path)
    assert isinstance(shown, w.HTML)
    text = plain_text(shown.value)
    assert "\n" not in text and "Traceback" not in text
    assert text.startswith(f"The store {path} is damaged and can't be used")
    assert path.read_bytes() == content  # the file is left as it was


def test_a_good_store_gives_the_app(tmp_path):
    Store(tmp_path / FILE_NAME).close()
    shown = session_app(tmp_path / FILE_NAME)
    assert isinstance(shown, w.VBox) and "Set up the session" in shown.children[0].children[0].children[0].value


def test_the_run_all_hint_is_for_jupyterlab_only(monkeypatch, capsys):
    for name in ("SERVER_SOFTWARE", "VOILA_KERNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    assert not in_voila()
    lab_hint()
    assert capsys.readouterr().out == RUN_ALL + "\n"
    monkeypatch.setenv("SERVER_SOFTWARE", "voila/0.5.13")  # what Voilà sets in the kernels it starts
    assert in_voila()
    lab_hint()
    assert capsys.readouterr().out == ""
