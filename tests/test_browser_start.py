"""Real browser: the start notebook in Voilà shows questions and marking; `make lab` opens it in JupyterLab."""

import os
import re
import shlex
import subprocess
import sys
import time

import pytest
from browser import CHROMIUM, CHROMIUM_ARGS, ROOT, SCREENSHOTS, free_port, voila

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


@pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"), reason="Debian's chromium is missing")
def test_make_lab_opens_the_start_notebook_not_the_launcher(tmp_path):
    """`make lab` with no display prints an address; opening it shows the start notebook itself."""
    script = subprocess.run(
        ["make", "-n", "-s", "lab"], cwd=ROOT, env=dict(os.environ, DISPLAY=""), capture_output=True, text=True
    ).stdout
    command = re.search(r"jupyter lab (.*--no-browser.*?);", script)
    assert command, script
    args = [a for a in shlex.split(command.group(1)) if a != "--allow-root"]
    port = free_port()
    env = dict(
        os.environ,
        KS2PRACTICE_DATA=str(tmp_path / "data"),
        JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
    )
    log_path = tmp_path / "lab.log"
    with open(log_path, "w") as log:
        lab = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", *args, f"--ServerApp.port={port}", "--ServerApp.port_retries=0"]
            + (["--allow-root"] if os.getuid() == 0 else []),
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while not (printed := re.search(rf"http://127\.0\.0\.1:{port}/\S+", log_path.read_text())):
            assert lab.poll() is None and time.monotonic() < deadline, log_path.read_text()[-2000:]
            time.sleep(0.5)
        url = printed.group(0)
        with playwright_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.goto(url, timeout=120_000)
            page.locator(".jp-NotebookPanel h1").first.wait_for(timeout=120_000)
            tab = page.locator(
                "#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel"
            ).first.inner_text()
            heading = page.locator(".jp-NotebookPanel h1").first.inner_text()
            launcher = page.locator(".jp-Launcher").count()
            page.screenshot(path=str(SCREENSHOTS / "make_lab_start.png"))
            browser.close()
    finally:
        lab.terminate()
        try:
            lab.wait(timeout=15)
        except subprocess.TimeoutExpired:
            lab.kill()
    assert url.split("?")[0].endswith("/lab/tree/00_start_here.ipynb")
    assert tab == "00_start_here.ipynb" and heading.startswith("ks2practice: start here") and launcher == 0
