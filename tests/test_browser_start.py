"""Real browser: the start notebook served by Voilà shows generated questions and marking in chromium."""

import os

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, voila

playwright_api = pytest.importorskip("playwright.sync_api")


# On CI a missing browser is a failure, not a skip: .ci/run installs it.
@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_start_notebook_runs_in_voila(tmp_path):
    with voila("00_start_here.ipynb", tmp_path) as url, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1400})
        page.goto(url, timeout=120_000)
        page.get_by_text("□ ÷ 6 = 1.5").first.wait_for(timeout=120_000)
        body = page.inner_text("body")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "start_notebook_voila.png"), full_page=True)
        browser.close()
    assert "topics" in body and "not_in_form" in body
    assert "import ks2practice" not in body  # Voilà shows outputs, never code
