"""Real browser: the small-group session notebook served by Voilà sets up a group and records a mark in chromium."""

import os

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, voila

from ks2practice.store import FILE_NAME, Store

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_session_notebook_records_a_mark_in_voila(tmp_path):
    with voila("small_group_session.ipynb", tmp_path) as url, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 1500})
        page.goto(url, timeout=120_000)
        page.get_by_placeholder("New group name").fill("Otters", timeout=120_000)
        page.get_by_role("button", name="Add group").click()
        page.get_by_text("Group Otters added").wait_for(timeout=30_000)
        page.get_by_placeholder("Pupil's first name").fill("Ava")
        page.get_by_role("button", name="Add pupil").click()
        page.get_by_text("Ava added to the group").wait_for(timeout=30_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "session_setup_voila.png"), full_page=True)
        page.get_by_role("button", name="Start session").click()
        page.get_by_text("Stem sentence").wait_for(timeout=30_000)
        page.get_by_role("button", name="Next question").click()
        page.get_by_text("Nothing recorded for this question yet").wait_for(timeout=30_000)
        page.get_by_role("button", name="✓ Correct").click()
        page.get_by_text("Ava: correct.").wait_for(timeout=30_000)
        page.screenshot(path=str(SCREENSHOTS / "session_voila.png"), full_page=True)
        body = page.inner_text("body")
        browser.close()
    assert "SessionApp" not in body and "Traceback" not in body
    with Store(tmp_path / FILE_NAME) as store:
        [stored] = store.find_attempts()
    assert stored.attempt.pupil_id and stored.final_status.value == "correct"
