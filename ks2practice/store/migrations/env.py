"""Alembic's environment for the store: run on the connection the Store hands over, or on sqlalchemy.url if set."""

import sqlalchemy as sa
from alembic import context

from ks2practice.store.tables import metadata

# The Store passes its connection (in a transaction that holds the write lock); a developer writing a new revision
# can run Alembic by hand with -x url=... or sqlalchemy.url set instead.
connection = context.config.attributes.get("connection")
if connection is None:
    url = context.get_x_argument(as_dictionary=True).get("url") or context.config.get_main_option("sqlalchemy.url")
    with sa.create_engine(url).begin() as own:
        context.configure(connection=own, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
