"""Users (who may open the database, with their role) and the office profile (one row).

Both tables start empty: the first-start set-up fills them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("company_name_en", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=7), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.Column("address_en", sa.String(length=400), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("contact_en", sa.String(length=200), nullable=False),
        sa.Column("signatory_name", sa.String(length=100), nullable=False),
        sa.Column("signatory_title", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("last_login_at", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )


def downgrade() -> None:
    op.drop_table("users")
    op.drop_table("office_profile")
