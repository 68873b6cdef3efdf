"""Test helpers for the real-browser tests: Voilà on 127.0.0.1 and Debian's chromium driven by playwright."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = ROOT / "build" / "screenshots"
# Without these, chromium tries the network at start and this machine refuses it, many times over.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def voila(notebook: str, data_dir: Path, timeout: float = 90, **extra_env: str) -> Iterator[str]:
    """Serve one notebook with Voilà on loopback; yields its URL and stops the server afterwards."""
    with voila_server(notebook, data_dir, timeout=timeout, **extra_env) as (url, _server):
        yield url


@contextlib.contextmanager
def voila_server(
    notebook: str, data_dir: Path, args: Sequence[str] = (), timeout: float = 90, **extra_env: str
) -> Iterator[tuple[str, subprocess.Popen]]:
    """Serve one notebook with Voilà on loopback, as `make voila` does (from the repository root, so Voilà reads the
    repository's voila.json), with any extra command-line ``args``; yields its URL and the server process."""
    port = free_port()
    # PYTHONPATH names this checkout, so the kernel imports the code under test even beside another editable install.
    env = dict(os.environ, KS2PRACTICE_DATA=str(data_dir), PYTHONPATH=str(ROOT), **extra_env)
    log = open(data_dir / "voila.log", "w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voila",
            str(ROOT / "notebooks" / notebook),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            "--Voila.port_retries=0",
            *args,
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"Voilà stopped: {(data_dir / 'voila.log').read_text()[-2000:]}")
            try:  # a static path: asking for the notebook itself would start a kernel that no page ever uses
                urllib.request.urlopen(url + "voila/static/", timeout=2)
                break
            except urllib.error.HTTPError:  # any answer at all means the server is up
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError("Voilà did not answer in time") from None
                time.sleep(0.5)
        yield url, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
