"""The wheel carries everything the code reads: built from a copy of the source and installed into a fresh venv, it
prints worksheets, a class pack, the arithmetic paper, a lesson plan and a progress report from an empty folder.

The wheel is built offline (`pip wheel --no-build-isolation`, with this environment's setuptools) from a copy of the
working tree, so nothing left in build/ by an earlier build can slip in. The fresh venv gets the wheel by
`pip install --no-deps --no-index`; its third-party dependencies (numpy, typst, …) are borrowed from this environment
by a .pth file that appends this environment's site-packages *after* the venv's own, and does not run this
environment's .pth files, so the editable install of the repository stays out: every ks2practice file imported comes
from the wheel, which the test checks.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RECORD = json.loads((ROOT / "tests" / "data" / "stable_output.json").read_text(encoding="utf-8"))
PUPILS_CSV = RECORD["pupils_csv"]
# The same commands (and so the same bytes) as tests/test_stable_output.py records from the source tree.
COMMANDS = ("worksheet-4C7", "pack-4N4b", "paper-arithmetic", "plan-4C7")
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", ".ruff_cache",
    ".ipynb_checkpoints", "out", "tests",
)  # fmt: skip


def run(argv: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q", "-w",
         str(base / "dist")], base, env)  # fmt: skip
    (wheel,) = (base / "dist").glob("ks2practice-*.whl")
    venv = base / "venv"
    run([sys.executable, "-m", "venv", str(venv)], base, env)
    python = venv / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)], base, env)
    purelib = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], base, env).stdout)
    borrowed = [sysconfig.get_path("purelib"), *site.getsitepackages()]
    (Path(purelib.as_posix().strip()) / "zz_borrowed_dependencies.pth").write_text(
        "\n".join(dict.fromkeys(borrowed)) + "\n", encoding="utf-8"
    )
    work = base / "empty folder"
    work.mkdir()
    env |= {"KS2PRACTICE_DATA": str(base / "data"), "PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"}
    return {"wheel": wheel, "venv": venv, "python": python, "work": work, "env": env}


def test_the_wheel_holds_the_package_its_data_and_the_notebooks(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "ks2practice").rglob("*.py")}
    assert sources <= names, f"modules missing from the wheel: {sorted(sources - names)}"
    assert not {n for n in names if n.endswith(".py")} - sources, "code in the wheel that is not the package's"
    for folder in ("andika", "opendyslexic"):
        fonts = {n for n in names if n.startswith(f"ks2practice/printing/assets/fonts/{folder}/")}
        assert any(n.endswith("LICENCE.txt") for n in fonts) and any("-Regular." in n for n in fonts)
    assert {"ks2practice/printing/assets/templates/ks2sheet.typ", "ks2practice/printing/assets/templates/ks2report.typ",
            "ks2practice/core/data/curriculum.tsv"} <= names  # fmt: skip
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert {f"ks2practice/notebooks/{name}" for name in notebooks} <= names and len(notebooks) >= 6
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: MIT" in zipfile.ZipFile(installed["wheel"]).read(metadata).decode("utf-8")


def test_the_installed_package_is_the_wheel_not_the_repository(installed):
    code = "import ks2practice, ks2practice.printing.pdf as pdf; print(ks2practice.__file__); print(pdf.FONTS)"
    shown = run([str(installed["python"]), "-c", code], installed["work"], installed["env"]).stdout.split()
    for path in shown:
        assert Path(path).is_relative_to(installed["venv"]) and not Path(path).is_relative_to(ROOT), path


def test_the_installed_print_app_keeps_pdfs_in_the_working_folder_not_site_packages(installed):
    code = "from ks2practice.apps.print_app import default_out_folder; print(default_out_folder())"
    env = {key: value for key, value in installed["env"].items() if key != "KS2PRACTICE_PRINT_DIR"}
    shown = Path(run([str(installed["python"]), "-c", code], installed["work"], env).stdout.strip())
    assert shown == installed["work"].resolve() / "worksheets" / "out"


def test_the_wheel_prints_from_an_empty_folder_byte_for_byte(installed):
    for name in COMMANDS:
        folder = installed["work"] / name
        folder.mkdir()
        if name.startswith("pack"):
            (folder / "class.csv").write_text(PUPILS_CSV, encoding="utf-8")
        run(["ks2practice", *RECORD["commands"][name]], folder, installed["env"])
        for path in sorted(p for p in folder.iterdir() if p.name != "class.csv"):
            key = f"{name}/{path.name}"
            assert hashlib.sha256(path.read_bytes()).hexdigest() == RECORD["files"][key], f"{key} differs"


def test_the_wheel_writes_a_progress_report(installed):
    folder = installed["work"] / "report"
    folder.mkdir()
    demo = "from ks2practice.reports.demo import fill_demo; from ks2practice.store import Store\nfill_demo(Store())"
    run([str(installed["python"]), "-c", demo], folder, installed["env"])
    done = run(["ks2practice", "report", "Demo group", "-o", "summary.pdf"], folder, installed["env"])
    assert "Demo group: 6 pupils" in done.stdout
    assert (folder / "summary.pdf").read_bytes().startswith(b"%PDF")
    done = run(["ks2practice", "paper", "arithmetic", "--seed", "3"], folder, installed["env"])  # the default path
    assert (folder / "worksheets" / "out" / "arithmetic-paper.pdf").read_bytes().startswith(b"%PDF")


def test_the_wheel_copies_its_notebooks_out(installed):
    folder = installed["work"] / "notebooks here"
    run(["ks2practice", "notebooks", str(folder)], installed["work"], installed["env"])
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    again = run(["ks2practice", "notebooks", str(folder)], installed["work"], installed["env"], check=False)
    assert again.returncode == 1 and "--force" in again.stderr
