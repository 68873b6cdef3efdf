"""Real browser at laptop size (1366×768) under Voilà: set-up with revisit counts, a pupil's message in their row,
the times tables screen with its labelled timer, and a damaged store shown as one plain line."""

import os
import re

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, voila

from ks2practice.core.model import Attempt, Status
from ks2practice.store import FILE_NAME, Store

playwright_api = pytest.importorskip("playwright.sync_api")
WAIT = 30_000
LAPTOP = {"width": 1366, "height": 768}
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing"
)


def seed(folder):
    """A group whose last session left Amira 3 questions to revisit and Ben 1."""
    with Store(folder / FILE_NAME) as store:
        group = store.add_group("Otters")
        pupils = {name: store.add_pupil(group, name) for name in ("Amira", "Ben", "Cai")}
        session = store.start_session(group, "number.rounding", 2, "teach", 20)
        for number, (name, seed_) in enumerate([("Amira", 1), ("Amira", 2), ("Amira", 3), ("Ben", 1)]):
            store.record(
                Attempt(
                    pupils[name],
                    f"number.rounding/L2/s{seed_}",
                    "number.rounding",
                    2,
                    f"Question {seed_}",
                    "1",
                    Status.INCORRECT,
                    "Marked by the adult",
                    session_id=session,
                    key=f"{session}-{number}-{name}",
                )
            )
        store.end_session(session)
        return pupils


def product(prompt: str) -> int:
    a, b = (int(part) for part in re.findall(r"\d+", prompt))
    return a * b


def open_app(p, url):
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport=LAPTOP)
    page.goto(url, timeout=120_000)
    page.get_by_role("button", name="Start session").wait_for(timeout=120_000)
    return browser, page


@needs_chromium
def test_set_up_teach_and_times_tables_screens_at_laptop_size(tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pupils = seed(tmp_path)
    with voila("small_group_session.ipynb", tmp_path) as url, playwright_api.sync_playwright() as p:
        browser, page = open_app(p, url)
        setup_text = page.inner_text("body")
        page.screenshot(path=str(SCREENSHOTS / "laptop_setup.png"))

        # Teach: an unreadable answer for Amira is said in Amira's row, on screen beside her buttons.
        page.get_by_role("checkbox", name="Continue from last time (ask again what was missed)").check()
        page.get_by_role("button", name="Start session").click()
        page.get_by_text("Stem sentence").wait_for(timeout=WAIT)
        carry_on = page.inner_text("body")
        page.get_by_placeholder("Amira's answer").fill("banana")
        page.get_by_role("button", name="Record", exact=True).first.click()
        message = page.get_by_text(re.compile("Nothing recorded yet — ask Amira to try again"))
        message.wait_for(timeout=WAIT)
        row = page.locator(".widget-vbox", has=page.get_by_placeholder("Amira's answer")).last
        assert "ask Amira to try again" in row.inner_text()
        assert (
            "ask Amira to try again"
            not in page.locator(".widget-vbox", has=page.get_by_placeholder("Ben's answer")).last.inner_text()
        )
        message.scroll_into_view_if_needed()
        in_view = page.evaluate(
            "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight }",
            message.element_handle(),
        )
        page.screenshot(path=str(SCREENSHOTS / "laptop_teach_row_message.png"))
        confidence = page.locator("select").nth(1).evaluate("e => [e.selectedIndex, e.options.length, e.value]")
        page.get_by_role("button", name="End session").click()
        page.get_by_role("heading", name="How everyone did").wait_for(timeout=WAIT)
        page.get_by_role("button", name="Back to the start").click()

        # Times tables: the timer is labelled; typing and Enter move from fact to fact with no clicking.
        page.get_by_role("button", name="Start session").wait_for(timeout=WAIT)
        page.get_by_role("checkbox", name="Continue from last time (ask again what was missed)").uncheck()
        page.get_by_role("button", name="Times tables check practice").click()
        page.get_by_role("button", name="Start session").click()
        page.get_by_role("button", name="Start round").click()
        page.get_by_text(re.compile(r"· 1 of 25")).wait_for(timeout=WAIT)
        page.get_by_role("button", name="Pause timer").wait_for(timeout=WAIT)
        page.screenshot(path=str(SCREENSHOTS / "laptop_times_tables.png"))
        for _ in range(3):
            number = int(page.get_by_text(re.compile(r"· \d+ of 25")).inner_text().split()[-3])
            prompt = page.locator("text=/^\\d+ × \\d+ =$/").first.inner_text()
            page.keyboard.type(str(product(prompt)))
            page.keyboard.press("Enter")
            page.get_by_text(re.compile(rf"· {number + 1} of 25")).wait_for(timeout=WAIT)
        timer_label = page.get_by_text("Timer", exact=True).filter(visible=True).count() == 1
        page.screenshot(path=str(SCREENSHOTS / "laptop_times_tables_3_done.png"))
        browser.close()

    assert "Amira" in setup_text and "— 3 to revisit" in setup_text and "— 1 to revisit" in setup_text
    assert "Run All Cells" not in setup_text  # JupyterLab's instruction is not shown under Voilà
    assert "Carrying on: 3 questions to ask again first." in carry_on
    assert in_view and timer_label
    assert confidence == [0, 4, "How sure? —"]  # "How sure? —" shows, not an empty box
    with Store(tmp_path / FILE_NAME) as store:
        sessions = store.find_sessions(store.find_groups()[0]["id"])
        rows = store.find_attempts(session_id=sessions[0]["id"])
    rows = rows[:3]
    assert len({r.attempt.prompt for r in rows}) == 3 and all(r.attempt.pupil_id == pupils["Amira"] for r in rows)
    # Typed with no clicks: each answer reached the box of the fact on screen and was recorded for that fact. On a
    # busy machine a fact can time out first; then its answer is a note on its own record, never the next fact's.
    for r in rows:
        right = str(product(r.attempt.prompt))
        assert r.attempt.response in (None, right) and r.attempt.note in ("", f"Typed {right} after the 6 seconds")
    assert sum(r.final_status is Status.CORRECT for r in rows) >= 1


@needs_chromium
def test_a_damaged_store_is_one_plain_line_under_voila(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"")
    with voila("small_group_session.ipynb", tmp_path) as url, playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=LAPTOP)
        page.goto(url, timeout=120_000)
        line = page.get_by_text(re.compile("is damaged and can't be used"))
        line.wait_for(timeout=120_000)
        text, body = line.inner_text(), page.inner_text("body")
        page.screenshot(path=str(SCREENSHOTS / "laptop_damaged_store.png"))
        browser.close()
    assert "Traceback" not in body and "Error" not in body and "\n" not in text.strip()
    assert text.startswith("The store ") and "set KS2PRACTICE_DATA to a new folder" in text
