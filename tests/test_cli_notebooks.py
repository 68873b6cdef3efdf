"""Tests for `ks2practice notebooks FOLDER`: the shipped notebooks are copied out, and never overwritten unasked."""

import json
from pathlib import Path

from ks2practice.cli import main

NOTEBOOKS = sorted(p.name for p in (Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_the_notebooks_are_copied_into_a_new_folder(tmp_path, capsys):
    folder = tmp_path / "my notebooks"
    assert main(["notebooks", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == NOTEBOOKS
    assert "00_start_here.ipynb" in NOTEBOOKS
    for name in NOTEBOOKS:  # the same bytes as the repository's, and each a notebook
        assert (folder / name).read_bytes() == (Path(__file__).resolve().parents[1] / "notebooks" / name).read_bytes()
        assert json.loads((folder / name).read_text(encoding="utf-8"))["nbformat"] == 4
    assert capsys.readouterr().out.count("wrote ") == len(NOTEBOOKS)


def test_existing_notebooks_are_kept_unless_forced(tmp_path, capsys):
    (tmp_path / "00_start_here.ipynb").write_text("my own changes", encoding="utf-8")
    assert main(["notebooks", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert "00_start_here.ipynb" in error and "--force" in error
    assert (tmp_path / "00_start_here.ipynb").read_text(encoding="utf-8") == "my own changes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["00_start_here.ipynb"]  # nothing else copied either
    assert main(["notebooks", str(tmp_path), "--force"]) == 0
    assert (tmp_path / "00_start_here.ipynb").read_text(encoding="utf-8") != "my own changes"


def test_a_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["notebooks", str(tmp_path / "file" / "inside")]) == 2
    assert capsys.readouterr().err.startswith("ks2practice notebooks: cannot write into")
