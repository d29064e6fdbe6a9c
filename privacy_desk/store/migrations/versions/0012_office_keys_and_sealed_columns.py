"""An office on a server keeps its key slots in the database, and its personal columns
sealed by the program (issue 11).

``office_keys`` holds the key document one PC keeps in ``keys.json``. On PostgreSQL the
columns the program seals (store/sealed.py) become TEXT: a sealed value is longer than
the text it hides, and a sealed date is not a date. SQLite stores any length in any
column, so there nothing but the new table changes.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The sealed columns that were VARCHAR(n) on PostgreSQL, with their length.
VARCHAR_COLUMNS = {
    "cases": {
        "requester_postal_code": 7,
        "requester_address": 400,
        "requester_phone": 40,
        "requester_email": 200,
        "agent_postal_code": 7,
        "agent_address": 400,
        "agent_phone": 40,
        "agent_email": 200,
    },
    "enclosures": {"description": 400},
    "documents": {
        "rekeyed_name": 200,
        "rekeyed_address": 400,
        "rekeyed_agent_name": 200,
        "note": 400,
    },
    "letters": {"returned_note": 400},
    "case_pauses": {"reason": 400},
    "complaints": {"person_contact": 400},
}
#: The sealed columns that were DATE.
DATE_COLUMNS = {"documents": ("rekeyed_birth_date",)}


def upgrade() -> None:
    op.create_table(
        "office_keys",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_keys")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in VARCHAR_COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=sa.Text())
    for table, names in DATE_COLUMNS.items():
        for column in names:
            op.alter_column(
                table,
                column,
                type_=sa.Text(),
                postgresql_using=f"to_char({column}, 'YYYY-MM-DD')",
            )


def downgrade() -> None:
    # sealed values do not fit the old types: a downgrade works only without a key
    if op.get_bind().dialect.name == "postgresql":
        for table, names in DATE_COLUMNS.items():
            for column in names:
                op.alter_column(table, column, type_=sa.Date(), postgresql_using=f"{column}::date")
        for table, columns in VARCHAR_COLUMNS.items():
            for column, length in columns.items():
                op.alter_column(table, column, type_=sa.String(length=length))
    op.drop_table("office_keys")
