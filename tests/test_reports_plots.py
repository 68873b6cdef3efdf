"""Tests for ks2practice.reports.plots: each chart is a real PNG (saved under build/plots to look at), or a reason."""

import struct
from pathlib import Path

import pytest

from ks2practice.reports import plots
from ks2practice.reports.assessment import assessment_report
from ks2practice.reports.demo import fill_demo
from ks2practice.reports.mastery import ReportError, group_progress, progress_from
from ks2practice.reports.rollup import export_anonymised, read_export, write_export
from ks2practice.store import Store

PLOTS = Path(__file__).resolve().parents[1] / "build" / "plots"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def demo():
    with Store(":memory:") as store:
        name = fill_demo(store)
        yield group_progress(store, name), assessment_report(store, name), store


def test_every_chart_draws_the_demonstration_group(demo, tmp_path):
    progress, papers, store = demo
    write_export(export_anonymised(store, "School A", "demonstration secret"), tmp_path / "a.json")
    school = read_export(tmp_path / "a.json")
    strands = [(school.name, strand, pct) for strand, pct in school.strand_percent().items()]
    charts = {
        "mastery": plots.mastery_heatmap(progress),
        "misconceptions": plots.misconception_bars(progress),
        "accuracy": plots.accuracy_over_time(progress),
        "papers": plots.baseline_endpoint(papers),
        "schools": plots.school_comparison(strands, "% right by strand"),
    }
    PLOTS.mkdir(parents=True, exist_ok=True)
    for name, png in charts.items():
        width, height = png_size(png)
        assert 400 <= width <= 2000 and 150 <= height <= 1600, (name, width, height)
        assert len(png) > 8_000, f"{name} looks empty"
        (PLOTS / f"{name}.png").write_bytes(png)
    assert plots.mastery_heatmap(progress) == charts["mastery"], "the same data draws the same file"


def test_empty_data_gives_a_reason_not_an_empty_chart():
    empty = progress_from("Owls", {1: "Ola"}, [])
    for draw in (plots.mastery_heatmap, plots.misconception_bars, plots.accuracy_over_time):
        with pytest.raises(ReportError, match=r"Owls|no "):
            draw(empty)
    with pytest.raises(ReportError, match="nothing to compare"):
        plots.school_comparison([], "title")
