"""Case search text, and a decision per request type.

``cases.search_text`` holds the folded reference, names, kana, address and
phone (``domain.search``) for searches; it is filled here for existing cases.
``case_requests`` gains the outcome, the refusal ground (APPI Art. 33(2)), the
explanation (Art. 36) and who decided when.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from privacy_desk.domain.search import CASE_SEARCH_FIELDS, case_search_text

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("refusal_ground", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("explanation", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("decided_by", sa.String(length=64), nullable=False, server_default="")
        )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))

    connection = op.get_bind()
    cases = sa.table(
        "cases", sa.column("id"), sa.column("search_text"), *map(sa.column, CASE_SEARCH_FIELDS)
    )
    rows = connection.execute(sa.select(cases.c.id, *(cases.c[f] for f in CASE_SEARCH_FIELDS)))
    updates = [{"case_id": row.id, "text": case_search_text(dict(row._mapping))} for row in rows]
    if updates:
        connection.execute(
            cases.update()
            .where(cases.c.id == sa.bindparam("case_id"))
            .values(search_text=sa.bindparam("text")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.drop_column("decided_by")
        batch_op.drop_column("decided_on")
        batch_op.drop_column("explanation")
        batch_op.drop_column("refusal_ground")
        batch_op.drop_column("outcome")
