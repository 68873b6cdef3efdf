"""Real browser: the printing notebook under Voilà makes a multiplication check sheet and offers it as a download."""

import io
import os

import pypdf
import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, voila

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_print_notebook_makes_and_downloads_a_pdf(tmp_path):
    out = tmp_path / "out"
    with voila("print_worksheets.ipynb", tmp_path, KS2PRACTICE_PRINT_DIR=str(out)) as url, \
            playwright_api.sync_playwright() as p:  # fmt: skip
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 1100}, accept_downloads=True)
        page.goto(url, timeout=120_000)
        page.locator(".widget-toggle-button", has_text="Times tables check").click(timeout=120_000)
        page.get_by_role("button", name="Make the PDF").click()
        link = page.get_by_text("Download the PDF")
        link.wait_for(timeout=60_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "print_notebook_voila.png"), full_page=True)
        with page.expect_download() as download_info:
            link.click()
        saved = tmp_path / "downloaded.pdf"
        download_info.value.save_as(saved)
        browser.close()
    reader = pypdf.PdfReader(io.BytesIO(saved.read_bytes()))
    assert len(reader.pages) == 2 and "×" in reader.pages[0].extract_text()
    assert [p.name for p in out.iterdir()] == ["mtc-paper-s1.pdf"], "the PDF is also kept in the print folder"
