"""Tests for ks2practice.printing.sats_pack: the full mock's cover, papers and schemes, and its items as data."""

from pdf_text import page_count, pages_text, squash

from ks2practice.cli import main
from ks2practice.printing.sats_pack import TOTAL, PaperItem, sats_items, sats_pdf


def test_sats_items_are_the_three_papers_numbered_with_their_marks():
    items = sats_items(6)
    assert all(isinstance(item, PaperItem) for item in items)
    by_paper = {paper: [item for item in items if item.paper == paper] for paper in (1, 2, 3)}
    assert [sum(item.marks for item in by_paper[p]) for p in (1, 2, 3)] == [40, 35, 35]
    assert sum(item.marks for item in items) == TOTAL == 110
    for paper_items in by_paper.values():
        assert [item.number for item in paper_items] == list(range(1, len(paper_items) + 1))
    assert all(item.strand[:1].isdigit() and item.strand.lstrip("0123456789")[:1] in "NCFRAMGPS" for item in items)
    assert all("." in item.topic for item in items)
    assert sats_items(6) == items


def test_the_full_mock_has_a_cover_then_each_paper_and_its_scheme_and_prints_the_same_twice():
    compiled = sats_pdf(2)
    pages = pages_text(compiled.pdf)
    assert page_count(compiled.pdf) == sum(compiled.part_pages) == len(pages)
    assert compiled.part_pages[0] == 1 and len(compiled.part_pages) == 7  # the cover, three papers, three schemes
    cover = squash(pages[0])
    for words in ("Paper 1: arithmetic", "30 minutes", "Paper 2: reasoning", "Paper 3: reasoning", "40 minutes"):
        assert squash(words) in cover
    assert "110" in cover
    starts = [sum(compiled.part_pages[:i]) for i in range(1, 7)]
    titles = [squash(pages[start]) for start in starts]
    assert squash("Paper 1: arithmetic") in titles[0] and squash("Mark scheme") in titles[1]
    assert squash("Paper 2: reasoning (practice)") in titles[2] and squash("mark scheme") in titles[3]
    assert squash("Paper 3: reasoning (practice)") in titles[4] and squash("mark scheme") in titles[5]
    assert sats_pdf(2).pdf == compiled.pdf


def test_the_paper_command_prints_reasoning_papers_and_the_full_mock(tmp_path, capsys):
    assert main(["paper", "reasoning", "--seed", "3", "--paper", "3", "-o", str(tmp_path / "r.pdf")]) == 0
    assert "Paper 3" in pages_text((tmp_path / "r.pdf").read_bytes())[0]
    assert main(["paper", "sats", "--seed", "3", "-o", str(tmp_path / "s.pdf")]) == 0
    assert "wrote" in capsys.readouterr().out
    assert main(["paper", "sats", "--no-key", "-o", str(tmp_path / "n.pdf")]) != 0
