"""Test helpers for the hub test: the school server's JupyterHub on 127.0.0.1, its users' servers and their tokens."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
OVERRIDES = Path(__file__).with_name("jupyterhub_test_config.py")
PROXY_FOLDER = ROOT / "build" / "hub-proxy"
"""Where `make test` installs configurable-http-proxy from the npm registry (`npm install --prefix build/hub-proxy`)."""


def proxy_command() -> str | None:
    """configurable-http-proxy: the one `make test` installed, else one on PATH, else None."""
    local = PROXY_FOLDER / "node_modules" / ".bin" / "configurable-http-proxy"
    if local.exists() and shutil.which("node"):
        return str(local)
    return shutil.which("configurable-http-proxy")


def missing() -> str | None:
    """Why the hub cannot start here, or None when it can."""
    try:
        import jupyterhub  # noqa: F401
    except ImportError:
        return "JupyterHub is not installed (pip install -e '.[dev]')"
    if proxy_command() is None:
        return "configurable-http-proxy is not installed (Debian: apt-get install nodejs npm; then make test)"
    return None


def require() -> None:
    """Skip when the hub cannot start here, with the reason; in CI (CI=true) fail instead."""
    reason = missing()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the hub test")
    pytest.skip(reason)


def free_ports(count: int) -> list[int]:
    import socket

    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


class Hub:
    """One running JupyterHub with the school's config (deploy/) and the test's overrides (tests/hub/)."""

    def __init__(self, state: Path, school_config: Path, database_url: str) -> None:
        self.state = state
        self.password = secrets.token_urlsafe(12)
        self.service_token = secrets.token_hex(24)
        port, api_port, proxy_api_port = free_ports(3)
        self.url = f"http://127.0.0.1:{port}"
        self.env = dict(
            os.environ,
            KS2_HUB_DEPLOY_CONFIG=str(DEPLOY / "jupyterhub_config.py"),
            KS2_HUB_STATE=str(state),
            KS2_HUB_PASSWORD=self.password,
            KS2_HUB_PORT=str(port),
            KS2_HUB_API_PORT=str(api_port),
            KS2_HUB_PROXY_API_PORT=str(proxy_api_port),
            KS2_HUB_PROXY=proxy_command() or "",
            KS2_HUB_SERVICE_TOKEN=self.service_token,
            KS2PRACTICE_SCHOOL_CONFIG=str(school_config),
            KS2PRACTICE_DATABASE_URL=database_url,
            KS2PRACTICE_NOTEBOOKS=str(ROOT / "notebooks"),
            # The servers and their kernels import this checkout, even beside another editable install.
            PYTHONPATH=str(ROOT),
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        self.log_path = state / "hub.log"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> None:
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(OVERRIDES)],
            cwd=self.state,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # the proxy and the users' servers are its children: stopped with it
        )
        log.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterHub stopped: {self.log()}")
            with contextlib.suppress(OSError, ValueError):
                if self.api("GET", "/")["version"]:
                    return
            if time.monotonic() > deadline:
                raise TimeoutError(f"JupyterHub did not answer in {timeout} s: {self.log()}")
            time.sleep(0.5)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def api(self, method: str, path: str, token: str | None = None, body: dict | None = None) -> dict:
        """One call to the hub's REST API (as the test's service unless ``token`` is given); the JSON answer."""
        request = urllib.request.Request(
            f"{self.url}/hub/api{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {token or self.service_token}"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            text = answer.read()
        return json.loads(text) if text else {}

    def spawn(self, user: str, timeout: float = 90) -> dict[str, str]:
        """Start ``user``'s server (as logging in would) and return its environment: what the hub gave it."""
        with contextlib.suppress(urllib.error.HTTPError):  # 400: already running
            self.api("POST", f"/users/{user}/server")
        deadline = time.monotonic() + timeout
        while True:
            server = self.api("GET", f"/users/{user}")["servers"].get("", {})
            if server.get("ready"):
                return environment_of(int(server["state"]["pid"]))
            if time.monotonic() > deadline:
                raise TimeoutError(f"{user}'s server did not start: {self.log()}")
            time.sleep(0.5)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # the hub stops its users' servers and the proxy on the way out
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait(timeout=10)


def environment_of(pid: int) -> dict[str, str]:
    """A process's environment, as it started (Linux): here the token and names the hub gave a user's server."""
    raw = Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace")
    return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)


@contextlib.contextmanager
def running_hub(state: Path, school_config: Path, database_url: str) -> Iterator[Hub]:
    hub = Hub(state, school_config, database_url)
    try:
        hub.start()
        yield hub
    finally:
        hub.stop()
