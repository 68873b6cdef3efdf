"""Real browser: a TA sets up a group of three in Voilà, records answers, reloads, resumes, and nothing is lost."""

import os
import re

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, voila

from ks2practice.store import FILE_NAME, Store

playwright_api = pytest.importorskip("playwright.sync_api")
PUPILS = ("Ava", "Ben", "Cai")
WAIT = 30_000


def recorded_count(page) -> int:
    return page.get_by_text(re.compile(r"^Recorded: ")).count()


def record_typed_or_tapped(page, index: int, name: str) -> None:
    """Type an answer for one pupil; if the app asks them to try again (unreadable here), tap 'Not yet' instead."""
    before = recorded_count(page)
    page.get_by_placeholder(f"{name}'s answer").fill("7")
    page.get_by_role("button", name="Record", exact=True).nth(index).click()
    page.wait_for_function(
        "([n, name]) => document.body.innerText.split('Recorded: ').length - 1 > n"
        " || document.body.innerText.includes('ask ' + name + ' to try again')",
        arg=[before, name],
        timeout=WAIT,
    )
    if recorded_count(page) == before:
        page.get_by_role("button", name="✗ Not yet").nth(index).click()
        page.wait_for_function(
            "n => document.body.innerText.split('Recorded: ').length - 1 > n", arg=before, timeout=WAIT
        )


def start_page(p, url):
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    page = browser.new_page(viewport={"width": 1300, "height": 1600})
    page.goto(url, timeout=120_000)
    page.get_by_role("button", name="Start session").wait_for(timeout=120_000)
    return browser, page


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_group_of_three_records_reloads_and_resumes(tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with voila("small_group_session.ipynb", tmp_path) as url, playwright_api.sync_playwright() as p:
        browser, page = start_page(p, url)
        page.get_by_placeholder("New group name").fill("Otters")
        page.get_by_role("button", name="Add group").click()
        page.get_by_text("Group Otters added").wait_for(timeout=WAIT)
        for name in PUPILS:
            page.get_by_placeholder("Pupil's first name").fill(name)
            page.get_by_role("button", name="Add pupil").click()
            page.get_by_text(f"{name} added to the group").wait_for(timeout=WAIT)
        page.screenshot(path=str(SCREENSHOTS / "session_setup_voila.png"), full_page=True)
        page.get_by_role("button", name="Start session").click()
        page.get_by_text("Stem sentence").wait_for(timeout=WAIT)

        # Question 1: each pupil's typed answer, marked by the app.
        for index, name in enumerate(PUPILS):
            record_typed_or_tapped(page, index, name)
        page.screenshot(path=str(SCREENSHOTS / "session_question1_voila.png"), full_page=True)
        page.get_by_role("button", name="Next question").click()
        page.get_by_text(re.compile(r"^Question 2 · ")).wait_for(timeout=WAIT)
        # The new question's pupil rows replace the old ones: wait until none still says "Recorded".
        page.wait_for_function("() => !document.body.innerText.includes('Recorded: ')", timeout=WAIT)

        # Question 2: the adult taps a mark for each pupil; Ben has not got it yet.
        for index, button in enumerate(("✓ Correct", "✗ Not yet", "✓ With help")):
            before = recorded_count(page)
            page.get_by_role("button", name=button).nth(index).click()
            page.wait_for_function(
                "n => document.body.innerText.split('Recorded: ').length - 1 > n", arg=before, timeout=WAIT
            )
        page.screenshot(path=str(SCREENSHOTS / "session_question2_voila.png"), full_page=True)

        # The laptop is closed mid-session: the page goes, and a new one starts with a new kernel.
        page.reload()
        page.get_by_role("button", name="Start session").wait_for(timeout=120_000)
        page.get_by_role("checkbox", name="Continue from last time (ask again what was missed)").check()
        page.get_by_role("button", name="Start session").click()
        page.get_by_text("Stem sentence").wait_for(timeout=WAIT)
        resumed_prompt = page.inner_text("body")
        page.get_by_role("button", name="✓ Correct").first.click()
        page.get_by_text(re.compile(r"^Recorded: ")).first.wait_for(timeout=WAIT)
        page.screenshot(path=str(SCREENSHOTS / "session_resumed_voila.png"), full_page=True)
        browser.close()

    assert "Traceback" not in resumed_prompt
    with Store(tmp_path / FILE_NAME) as store:
        [group] = store.find_groups()
        pupils = {row["id"]: row["name"] for row in store.find_pupils(group["id"])}
        sessions = store.find_sessions(group["id"])
        first, second = sessions[-1]["id"], sessions[0]["id"]
        before = store.find_attempts(session_id=first)
        after = store.find_attempts(session_id=second)
    assert sorted(pupils.values()) == sorted(PUPILS)
    assert len(before) == 6 and {pupils[a.attempt.pupil_id] for a in before} == set(PUPILS)
    ben_second = [a for a in before if pupils[a.attempt.pupil_id] == "Ben"][-1]
    assert ben_second.final_status.value == "incorrect"
    # Resuming re-asks a question the group missed last time.
    missed_codes = {a.attempt.spec_code for a in before if a.final_status.value != "correct"}
    assert len(after) == 1 and after[0].attempt.spec_code in missed_codes
