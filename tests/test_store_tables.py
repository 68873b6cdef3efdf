"""Tests for ks2practice.store.tables: rows read like sqlite3.Row, and the revisit rule is one expression for both."""

import sqlite3

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ks2practice.store import WITH_HELP
from ks2practice.store.tables import Row, attempts, clears, misses, rows


def test_a_row_reads_by_name_and_position_like_sqlite3_row():
    raw = sqlite3.connect(":memory:")
    raw.row_factory = sqlite3.Row
    old = raw.execute("SELECT 1 AS id, 'Ava' AS name").fetchone()
    engine = sa.create_engine("sqlite://")
    with engine.connect() as connection:
        (new,) = rows(connection.execute(sa.text("SELECT 1 AS id, 'Ava' AS name")))
    for row in (old, new):
        assert (row["id"], row["name"], row[0], row[-1], tuple(row), len(row)) == (1, "Ava", 1, "Ava", (1, "Ava"), 2)
        assert list(row.keys()) == ["id", "name"] and dict(row) == {"id": 1, "name": "Ava"}
        id_, name = row
        assert (id_, name) == (1, "Ava")
    assert new == Row({"id": 0, "name": 1}, (1, "Ava")) and new != Row({"id": 0, "name": 1}, (2, "Ava"))
    with pytest.raises(KeyError):
        new["missing"]


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_the_revisit_rule_carries_its_values_as_parameters_never_in_the_sql(dialect):
    compiled = misses(7, "calculation.x/L2/s1", WITH_HELP).compile(dialect=dialect)
    text = str(compiled)
    assert WITH_HELP not in text and "calculation.x" not in text and "7" not in text
    assert {WITH_HELP, "calculation.x/L2/s1", 7} <= set(compiled.params.values())
    rule = str(clears(attempts, WITH_HELP).compile(dialect=dialect))
    assert ("IS NOT" in rule) if dialect.name == "sqlite" else ("IS DISTINCT FROM" in rule)
