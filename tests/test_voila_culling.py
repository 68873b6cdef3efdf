"""Real browser: with the repository's Voilà settings, kernels left behind by reloaded pages are shut down."""

import json
import os
import time
import urllib.request

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, ROOT, SCREENSHOTS, voila_server

playwright_api = pytest.importorskip("playwright.sync_api")
psutil = pytest.importorskip("psutil")
RELOADS = 10
# voila.json's timings (15 minutes idle, checked every minute) shortened so the test takes seconds, not a quarter hour;
# everything else (cull_connected false, cull_busy false) comes from voila.json itself.
SHORT = ["--MappingKernelManager.cull_idle_timeout=4", "--MappingKernelManager.cull_interval=1"]


def kernels(server) -> list:
    """The kernel processes Voilà started (its own child processes running ipykernel)."""
    found = []
    for child in psutil.Process(server.pid).children(recursive=True):
        try:
            if any("ipykernel" in part for part in child.cmdline()):
                found.append(child)
        except psutil.NoSuchProcess:
            continue
    return found


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_kernels_of_reloaded_pages_are_culled_and_the_open_page_keeps_its_own(tmp_path):
    with (
        voila_server("small_group_session.ipynb", tmp_path, SHORT) as (url, server),
        playwright_api.sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(url, timeout=120_000)
        page.get_by_role("button", name="Start session").wait_for(timeout=120_000)
        for _ in range(RELOADS):
            page.reload()
            page.get_by_role("button", name="Start session").wait_for(timeout=120_000)
        # Voilà's own shutdown on leaving a page is refused, so the kernels pile up until the culler runs.
        piled = len(kernels(server))
        assert wait_for(lambda: len(kernels(server)) == 1, 60), f"{len(kernels(server))} kernels left"
        # The page still open keeps its kernel though it sat idle past the timeout: it still answers.
        time.sleep(6)
        assert len(kernels(server)) == 1
        page.get_by_placeholder("New group name").fill("Otters")
        page.get_by_role("button", name="Add group").click()
        page.get_by_text("Group Otters added").wait_for(timeout=30_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "voila_after_culling.png"))
        browser.close()
    log = (tmp_path / "voila.log").read_text()
    assert "Culling kernels with idle durations > 4 seconds" in log
    # The culler shut down exactly the kernels whose pages had gone (no connection), and nothing with a page open.
    culled = [line for line in log.splitlines() if "Culling 'idle' kernel" in line]
    assert len(culled) == RELOADS and all("with 0 connections" in line for line in culled), culled
    print(f"{piled} kernels when the reloads ended; the culler shut down {len(culled)}; 1 left, still answering")


def test_the_repository_settings_turn_culling_on_for_pages_that_have_gone(tmp_path):
    """`make voila` runs Voilà from the repository root, where it reads voila.json: culling is on at its timings."""
    settings = json.loads((ROOT / "voila.json").read_text())["MappingKernelManager"]
    assert settings == {"cull_idle_timeout": 900, "cull_interval": 60, "cull_connected": False, "cull_busy": False}
    with voila_server("small_group_session.ipynb", tmp_path) as (url, _server):
        urllib.request.urlopen(url, timeout=120).read()  # a page request starts a kernel, and with it the culler
    log = (tmp_path / "voila.log").read_text()
    assert "Culling kernels with idle durations > 900 seconds at 60 second intervals" in log
