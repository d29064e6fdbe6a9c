"""The complaints and inquiries log, the key of cases imported from earlier records, and
the day each case was replied to (issue 8).

``replied_on`` is filled from the audit trail's last move to "replied" (its effective
day), or the closing day for a closed case whose move is not in the trail.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("person_contact", sa.String(length=400), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("case_reference", sa.String(length=16), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("handled_by", sa.String(length=64), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("changed_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaints_case_reference"), ["case_reference"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_complaints_received_on"), ["received_on"], unique=False
        )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("replied_on", sa.Date(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_cases_import_key"), ["import_key"])
        batch_op.create_index(batch_op.f("ix_cases_replied_on"), ["replied_on"], unique=False)
    # the day of the last "replied" status change, from its audit entry's details (JSON)
    on = (
        "(a.details::json ->> 'on')::date"
        if op.get_bind().dialect.name == "postgresql"
        else "json_extract(a.details, '$.on')"
    )
    op.execute(
        f"""
        UPDATE cases SET replied_on = (
            SELECT max({on}) FROM audit_entries a
            WHERE a.entity_type = 'case' AND a.entity_id = cases.reference
              AND a.action = 'case.status' AND a.new_value = '"replied"'
        )
        WHERE status IN ('replied', 'closed')
        """
    )
    op.execute(
        "UPDATE cases SET replied_on = closed_on WHERE replied_on IS NULL AND status = 'closed'"
    )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_replied_on"))
        batch_op.drop_constraint(batch_op.f("uq_cases_import_key"), type_="unique")
        batch_op.drop_column("replied_on")
        batch_op.drop_column("import_key")
    op.drop_table("complaints")
