"""Initial schema: cases, their requests, enclosures, pauses, extensions, the audit chain.

Enum columns are plain VARCHAR(32) holding the enum values (no CHECK constraint),
so that adding a member needs no migration.

Revision ID: 0001
Revises: -
Create Date: 2026-11-24 15:56:41.623441
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entries_entry_hash")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_action"), ["action"], unique=False)
        batch_op.create_index("ix_audit_entries_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("reference_year", sa.Integer(), nullable=False),
        sa.Column("reference_sequence", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("postmarked_on", sa.Date(), nullable=True),
        sa.Column("requester_kind", sa.String(length=32), nullable=False),
        sa.Column("requester_name", sa.String(length=200), nullable=False),
        sa.Column("requester_kana", sa.String(length=200), nullable=False),
        sa.Column("requester_birth_date", sa.Date(), nullable=True),
        sa.Column("requester_postal_code", sa.String(length=7), nullable=False),
        sa.Column("requester_address", sa.String(length=400), nullable=False),
        sa.Column("requester_phone", sa.String(length=40), nullable=False),
        sa.Column("requester_email", sa.String(length=200), nullable=False),
        sa.Column("agent_name", sa.String(length=200), nullable=False),
        sa.Column("agent_kana", sa.String(length=200), nullable=False),
        sa.Column("agent_postal_code", sa.String(length=7), nullable=False),
        sa.Column("agent_address", sa.String(length=400), nullable=False),
        sa.Column("agent_phone", sa.String(length=40), nullable=False),
        sa.Column("agent_email", sa.String(length=200), nullable=False),
        sa.Column("agent_qualification", sa.String(length=200), nullable=False),
        sa.Column("agent_registration_number", sa.String(length=64), nullable=False),
        sa.Column("disclosure_method", sa.String(length=32), nullable=True),
        sa.Column("fee_amount", sa.Integer(), nullable=False),
        sa.Column("fee_payment", sa.String(length=32), nullable=False),
        sa.Column("money_order_number", sa.String(length=32), nullable=False),
        sa.Column("money_order_issued_on", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("assigned_to", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=False),
        sa.Column("legal_line_on", sa.Date(), nullable=False),
        sa.Column("paused_days", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
        sa.UniqueConstraint(
            "reference_year", "reference_sequence", name=op.f("uq_cases_reference_year")
        ),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_assigned_to"), ["assigned_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)
        batch_op.create_index("ix_cases_status_target", ["status", "target_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_target_on"), ["target_on"], unique=False)

    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_reference_counters")),
    )
    op.create_table(
        "case_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("previous_target_on", sa.Date(), nullable=False),
        sa.Column("new_target_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_extensions_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_extensions")),
    )
    with op.batch_alter_table("case_extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_extensions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_pauses_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_pauses")),
    )
    with op.batch_alter_table("case_pauses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_pauses_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("request_type", sa.String(length=32), nullable=False),
        sa.Column("data_concerned", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_requests_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_requests")),
    )
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_requests_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_requests_request_type"), ["request_type"], unique=False
        )

    op.create_table(
        "enclosures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_enclosures_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enclosures")),
    )
    with op.batch_alter_table("enclosures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enclosures_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enclosures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enclosures_case_id"))

    op.drop_table("enclosures")
    with op.batch_alter_table("case_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_requests_request_type"))
        batch_op.drop_index(batch_op.f("ix_case_requests_case_id"))

    op.drop_table("case_requests")
    with op.batch_alter_table("case_pauses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_pauses_case_id"))

    op.drop_table("case_pauses")
    with op.batch_alter_table("case_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_extensions_case_id"))

    op.drop_table("case_extensions")
    op.drop_table("reference_counters")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_target_on"))
        batch_op.drop_index("ix_cases_status_target")
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_received_on"))
        batch_op.drop_index(batch_op.f("ix_cases_assigned_to"))

    op.drop_table("cases")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entries_action"))

    op.drop_table("audit_entries")
