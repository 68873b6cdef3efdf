"""Tests for ks2practice.store.engine: the engine a path or a URL chooses, and SQLite's settings on every connection."""

import pytest
from stores import sql

from ks2practice.store import DATABASE_ERRORS, ENV_DATABASE_URL, Store, StoreError
from ks2practice.store.engine import url_engine


def test_a_sqlite_file_is_in_wal_mode_with_full_sync_and_foreign_keys(tmp_path):
    with Store(tmp_path / "s.sqlite3") as store:
        assert sql(store, "PRAGMA journal_mode") == [("wal",)]
        assert sql(store, "PRAGMA synchronous") == [(2,)]  # FULL: a recorded answer survives power loss
        assert sql(store, "PRAGMA foreign_keys") == [(1,)]
        assert sql(store, "PRAGMA secure_delete") == [(1,)]


def test_the_environment_url_chooses_postgresql_and_an_explicit_path_still_wins(postgres_server, tmp_path, monkeypatch):
    with postgres_server.database() as url:
        monkeypatch.setenv(ENV_DATABASE_URL, url)
        with Store() as store:
            assert store.engine.dialect.name == "postgresql" and store.engine.driver == "psycopg"
            store.add_group("Otters")
        with Store(url) as again:  # a URL given where a path goes (ks2practice --store URL)
            assert [g["name"] for g in again.find_groups()] == ["Otters"]
        with Store(tmp_path / "s.sqlite3") as local:
            assert local.engine.dialect.name == "sqlite" and local.find_groups() == []


def test_a_plain_postgresql_url_uses_psycopg_3_and_others_are_refused():
    assert url_engine("postgresql://u@localhost/ks2").driver == "psycopg"
    with pytest.raises(ValueError, match=r"SQLite .* or PostgreSQL, not mysql"):
        url_engine("mysql://u@localhost/ks2")


def test_the_password_never_shows_in_what_the_store_says(postgres_server):
    with postgres_server.database() as url:
        secret = url.replace("postgres@", "postgres:hunter2@")  # trust authentication ignores it
        with Store.from_url(secret) as store:
            assert "hunter2" not in str(store.path) and "***" in str(store.path)


def test_a_server_that_is_not_there_is_one_line_without_the_password(tmp_path):
    with pytest.raises(StoreError, match=r"^can't reach the database postgresql\+psycopg://nobody:\*\*\*@") as refusal:
        Store.from_url(f"postgresql+psycopg://nobody:hunter2@/ks2?host={tmp_path}&port=1")
    assert "\n" not in str(refusal.value) and "hunter2" not in str(refusal.value)
    assert isinstance(refusal.value.__cause__, DATABASE_ERRORS)


def test_without_postgresql_the_store_tests_skip_here_but_fail_in_ci(monkeypatch):
    import pg

    monkeypatch.setattr(pg, "binaries", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL is not installed"):
        pg.start_or_skip()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the store tests on PostgreSQL"):
        pg.start_or_skip()
