"""Test helpers for the store: raw SQL on a store's own engine, whichever engine it is."""

import sqlalchemy as sa


def sql(store, statement, params=None):
    """Run one statement on the store's own engine, committed; returns the rows it gives (as tuples) or the count."""
    with store.engine.begin() as connection:
        result = connection.execute(sa.text(statement), params or {})
        return [tuple(row) for row in result] if result.returns_rows else result.rowcount
