"""Retention rules of the office's own files and the disposal records (issue 7).

The default rules go in as data: case records 3 years after closing, ID copies
30 days after the reply, letters 3 years after closing (domain.retention).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULTS = [
    {"kind": "case_record", "count": 3, "unit": "years", "from_event": "closing"},
    {"kind": "id_copy", "count": 30, "unit": "days", "from_event": "reply"},
    {"kind": "letter", "count": 3, "unit": "years", "from_event": "closing"},
]


def upgrade() -> None:
    rules = op.create_table(
        "retention_rules",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("from_event", sa.String(length=32), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_retention_rules")),
    )
    op.bulk_insert(rules, [{**d, "changed_by": "", "changed_at": ""} for d in DEFAULTS])
    op.create_table(
        "disposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("case_reference", sa.String(length=16), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("certificate_number", sa.String(length=64), nullable=False),
        sa.Column("witness", sa.String(length=100), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.String(length=40), nullable=False),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.Column("approved_at", sa.String(length=40), nullable=True),
        sa.Column("done_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposals")),
    )
    with op.batch_alter_table("disposals", schema=None) as batch_op:
        batch_op.create_index("ix_disposals_item", ["item_kind", "item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_disposals_case_reference"), ["case_reference"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("disposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disposals_case_reference"))
        batch_op.drop_index("ix_disposals_item")
    op.drop_table("disposals")
    op.drop_table("retention_rules")
