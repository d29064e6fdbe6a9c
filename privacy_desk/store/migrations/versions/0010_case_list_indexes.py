"""Indexes for the case list on a large office (issue 9).

``ix_cases_list`` holds what the list filters, counts and sorts by when it shows the open
cases (status, the arrival order, the target day) with the search text: counting and
finding the first page read the index, not the wide case rows. The requester, kind and
first request type sorts walk an index instead of sorting every case.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_cases_list",
        "cases",
        [
            "status",
            "received_on",
            "reference_year",
            "reference_sequence",
            "target_on",
            "search_text",
        ],
    )
    op.create_index("ix_cases_requester", "cases", ["requester_kana", "requester_name"])
    op.create_index("ix_cases_requester_kind", "cases", ["requester_kind"])
    op.create_index(
        "ix_case_requests_first", "case_requests", ["position", "request_type", "case_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_case_requests_first", table_name="case_requests")
    op.drop_index("ix_cases_requester_kind", table_name="cases")
    op.drop_index("ix_cases_requester", table_name="cases")
    op.drop_index("ix_cases_list", table_name="cases")
