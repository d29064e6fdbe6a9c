"""Approvals of refusals and erasures (the two-person rule).

Decisions recorded before this revision keep an empty approval; only moves to
"decided" made from now on ask for it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("approved_by", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.drop_column("approved_by")
        batch_op.drop_column("approved_on")
