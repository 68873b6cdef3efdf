"""Shared fixtures: the store's two engines, SQLite (a file in tmp_path) and a throwaway PostgreSQL database."""

from __future__ import annotations

import pytest

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_server():
    """One PostgreSQL cluster for the whole run, started on first use and stopped at the end."""
    from pg import start_or_skip

    server = start_or_skip()
    yield server
    server.stop()


@pytest.fixture(params=ENGINES)
def database(request, tmp_path):
    """Where a store lives, for ``Store(database)``: a SQLite file, or the URL of a new PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "s.sqlite3"
        return
    server = request.getfixturevalue("postgres_server")
    with server.database() as url:
        yield url
