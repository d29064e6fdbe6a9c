"""The personal information ledger, provision records and purpose achievements (issue 7);
Japanese descriptions on disposal records.

The purposes of use of the privacy policy §5 go in as data (domain.ledger).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from privacy_desk.domain.ledger import POLICY_PURPOSES

    op.create_table(
        "purpose_achievements",
        sa.Column("item_kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("item_kind", "item_id", name=op.f("pk_purpose_achievements")),
    )
    purposes = op.create_table(
        "purposes",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_en", sa.String(length=400), nullable=False),
        sa.Column("text_ja", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_purposes")),
    )
    op.bulk_insert(
        purposes,
        [
            {"code": p.code, "position": n, "text_en": p.text_en, "text_ja": p.text_ja}
            for n, p in enumerate(POLICY_PURPOSES, start=1)
        ],
    )
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data_items", sa.Text(), nullable=False),
        sa.Column("special_care", sa.Boolean(), nullable=False),
        sa.Column("special_care_items", sa.String(length=400), nullable=False),
        sa.Column("acquisition", sa.String(length=400), nullable=False),
        sa.Column("storage_place", sa.String(length=400), nullable=False),
        sa.Column("medium", sa.String(length=32), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("access", sa.String(length=400), nullable=False),
        sa.Column("period_of_use", sa.String(length=200), nullable=False),
        sa.Column("retention_count", sa.Integer(), nullable=False),
        sa.Column("retention_unit", sa.String(length=32), nullable=False),
        sa.Column("retention_event", sa.String(length=200), nullable=False),
        sa.Column("disposal_method", sa.String(length=32), nullable=False),
        sa.Column("third_party", sa.Boolean(), nullable=False),
        sa.Column("joint_use", sa.Boolean(), nullable=False),
        sa.Column("recipients", sa.String(length=400), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.String(length=40), nullable=False),
        sa.Column("changed_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
        sa.UniqueConstraint("name", name=op.f("uq_ledger_entries_name")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_next_review_on"), ["next_review_on"], unique=False
        )
    op.create_table(
        "ledger_entry_purposes",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("purpose_code", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entries.id"],
            name=op.f("fk_ledger_entry_purposes_entry_id_ledger_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["purpose_code"],
            ["purposes.code"],
            name=op.f("fk_ledger_entry_purposes_purpose_code_purposes"),
        ),
        sa.PrimaryKeyConstraint("entry_id", "purpose_code", name=op.f("pk_ledger_entry_purposes")),
    )
    op.create_table(
        "ledger_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entries.id"],
            name=op.f("fk_ledger_reviews_entry_id_ledger_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_reviews")),
    )
    with op.batch_alter_table("ledger_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_reviews_entry_id"), ["entry_id"], unique=False)
    op.create_table(
        "ledger_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("event_on", sa.Date(), nullable=True),
        sa.Column("disposed_at", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entries.id"],
            name=op.f("fk_ledger_batches_entry_id_ledger_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_batches")),
    )
    with op.batch_alter_table("ledger_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_batches_entry_id"), ["entry_id"], unique=False)
    op.create_table(
        "provision_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("provided_on", sa.Date(), nullable=False),
        sa.Column("counterparty", sa.String(length=200), nullable=False),
        sa.Column("counterparty_address", sa.String(length=400), nullable=False),
        sa.Column("subject_name", sa.String(length=200), nullable=False),
        sa.Column("subject_kana", sa.String(length=200), nullable=False),
        sa.Column("subject_birth_date", sa.Date(), nullable=True),
        sa.Column("items", sa.String(length=400), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entries.id"],
            name=op.f("fk_provision_records_entry_id_ledger_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provision_records")),
    )
    # the certificate of disposal is Japanese first: what and why, in Japanese too
    with op.batch_alter_table("disposals", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("description_ja", sa.String(length=400), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("rule_ja", sa.String(length=200), nullable=False, server_default="")
        )
    with op.batch_alter_table("provision_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_provision_records_entry_id"), ["entry_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_provision_records_provided_on"), ["provided_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("disposals", schema=None) as batch_op:
        batch_op.drop_column("rule_ja")
        batch_op.drop_column("description_ja")
    op.drop_table("provision_records")
    op.drop_table("ledger_batches")
    op.drop_table("ledger_reviews")
    op.drop_table("ledger_entry_purposes")
    op.drop_table("ledger_entries")
    op.drop_table("purposes")
    op.drop_table("purpose_achievements")
