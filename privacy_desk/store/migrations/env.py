"""Alembic environment: always run by the program on a connection it hands over."""

from __future__ import annotations

from alembic import context

from privacy_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations are run by privacy_desk.store.migrate, not by the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
