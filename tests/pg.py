"""A throwaway PostgreSQL for the tests: its own cluster in a temporary folder, reached by a Unix socket only."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PORT = 54329


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian's postgresql package), or None when PostgreSQL is not here."""
    candidates = [os.environ.get("KS2PRACTICE_PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    if shutil.which("initdb"):
        candidates.append(str(Path(shutil.which("initdb")).resolve().parent))  # type: ignore[arg-type]
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


class Server:
    """One cluster: initdb'd into a temporary folder, started with pg_ctl, stopped and removed by ``stop``."""

    def __init__(self, bin_folder: Path) -> None:
        self.bin = bin_folder
        self.root = Path(tempfile.mkdtemp(prefix="ks2pg-"))
        self.data = self.root / "data"
        # initdb and pg_ctl refuse to run as root: as root they run as the postgres user, who owns the folder.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.root, "postgres", "postgres")
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                 "--no-sync")  # fmt: skip
        options = f"-k {self.root} -c listen_addresses='' -p {PORT} -c fsync=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / program), *args], check=True, capture_output=True, timeout=120)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}&port={PORT}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.root), port=PORT, user="postgres", dbname="postgres", autocommit=True) as db:
            db.execute(sql)

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """A new, empty database for one test; dropped afterwards (with any connection a test left open)."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.admin(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            self.admin(f"DROP DATABASE {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_or_skip() -> Server:
    """A running server; without PostgreSQL here the test is skipped, except in CI (CI=true), where it fails."""
    folder = binaries()
    if folder is None:
        message = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI must run the store tests on PostgreSQL too")
        pytest.skip(message)
    return Server(folder)
