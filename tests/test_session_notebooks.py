"""The teachers' notebooks folder: only notebooks in it, saved outputs that match today's code and name no one."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import ks2practice as ks2
from ks2practice.session.notebook import RUN_ALL

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
MACHINE_PATHS = re.compile(r"/home/|/root/|/tmp/|/Users/|[A-Z]:\\\\|/work/|ks2practice\.sqlite3")


def saved_text(name: str) -> str:
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    return "".join(
        "".join(out.get("text", "")) + "".join("".join(v) for v in out.get("data", {}).values() if isinstance(v, list))
        for cell in cells
        for out in cell.get("outputs", [])
    )


def test_the_notebooks_folder_holds_only_notebooks():
    # Test set-up lives in the root conftest.py: teachers browsing notebooks/ in JupyterLab see notebooks only.
    stray = [p.name for p in NOTEBOOKS.iterdir() if p.suffix != ".ipynb" and not p.name.startswith(".")]
    assert stray == []


def test_the_start_notebook_s_saved_output_is_what_it_prints_today():
    first = json.loads((NOTEBOOKS / "00_start_here.ipynb").read_text(encoding="utf-8"))["cells"][1]
    printed = "".join(first["outputs"][0]["text"]).splitlines()
    topics = ks2.list_topics()
    assert printed[0] == f"{len(topics)} topics", "re-run the notebook (see tests/test_session_notebooks.py)"
    assert printed[1:] == [f"{t.id:40} {t.title}" for t in topics[:8]]


def test_the_session_notebook_s_saved_output_is_the_jupyterlab_hint():
    assert saved_text("small_group_session.ipynb") == RUN_ALL + "\n"


def test_saved_outputs_name_no_machine_path_and_no_store():
    for name in ("00_start_here.ipynb", "small_group_session.ipynb"):
        assert not MACHINE_PATHS.search(saved_text(name)), name


def test_running_the_notebooks_as_tests_keeps_their_store_out_of_the_tester_s_data_folder(tmp_path):
    """`make test` runs `pytest tests --nbval-lax notebooks`: the root conftest.py points the store elsewhere."""
    env = {k: v for k, v in os.environ.items() if k != "KS2PRACTICE_DATA"}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # the tester's own data folder, where their real store would be
    notebook = "notebooks/small_group_session.ipynb"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", notebook, "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert not (tmp_path / "data").exists()
