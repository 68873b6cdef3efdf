"""Tests for ks2practice.printing.pdf: print options and writing a file whole or not at all."""

import os

import pytest

from ks2practice.printing.pdf import FONTS, PrintOptions, write_atomically


def test_options_describe_the_print():
    assert PrintOptions().font == "Andika" and PrintOptions(dyslexia_font=True).font == "OpenDyslexic"
    assert PrintOptions(large_print=True).size_pt > PrintOptions().size_pt
    assert PrintOptions(spacious=True).leading_em > PrintOptions().leading_em
    with pytest.raises(ValueError, match="tint must be one of"):
        PrintOptions(tint="purple")


def test_the_fonts_ship_with_their_licences():
    for folder in ("andika", "opendyslexic"):
        assert (FONTS / folder / "LICENCE.txt").read_text(encoding="utf-8").strip()
        assert list((FONTS / folder).glob("*-Regular.*")) and list((FONTS / folder).glob("*-Bold.*"))


def test_write_atomically_replaces_whole_files_and_leaves_nothing_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"

    def broken_fsync(_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"third")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
