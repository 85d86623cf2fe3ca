"""Alembic environment: forcewatch runs migrations itself, on the connection it opened."""

from __future__ import annotations

from alembic import context

from forcewatch.store.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # the alembic command line, e.g. to write a new revision
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
