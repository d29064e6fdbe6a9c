"""Identity documents and their page images (issue 5).

The images live inside the encrypted database; a disposed document keeps its
row (what it was, when and by whom it was destroyed) and loses its pages.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=48), nullable=False),
        sa.Column("holder", sa.String(length=32), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("masked", sa.Text(), nullable=False),
        sa.Column("shows_individual_number", sa.Boolean(), nullable=False),
        sa.Column("is_my_number_back", sa.Boolean(), nullable=False),
        sa.Column("seal_matches_certificate", sa.Boolean(), nullable=False),
        sa.Column("rekeyed_name", sa.String(length=200), nullable=False),
        sa.Column("rekeyed_birth_date", sa.Date(), nullable=True),
        sa.Column("rekeyed_address", sa.String(length=400), nullable=False),
        sa.Column("rekeyed_agent_name", sa.String(length=200), nullable=False),
        sa.Column("differences", sa.Text(), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.String(length=40), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("dispose_after", sa.Date(), nullable=True),
        sa.Column("disposed_at", sa.String(length=40), nullable=True),
        sa.Column("disposed_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_documents_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_dispose_after"), ["dispose_after"], unique=False
        )
    op.create_table(
        "document_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("dpi", sa.Integer(), nullable=False),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("masked", sa.Boolean(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_pages_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_pages")),
    )
    with op.batch_alter_table("document_pages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_pages_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("document_pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_pages_document_id"))
    op.drop_table("document_pages")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_dispose_after"))
        batch_op.drop_index(batch_op.f("ix_documents_case_id"))
    op.drop_table("documents")
