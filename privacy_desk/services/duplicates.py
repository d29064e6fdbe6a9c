"""Possible duplicates: the same person already has an open case.

Shown to the clerk before a new request is saved: same name and date of
birth, or same address (both compared in their folded search form).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select

from privacy_desk.domain.search import fold
from privacy_desk.services.case_list import OPEN, CaseRow, rows_for_ids
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case

MAX_SHOWN = 20


def possible_duplicates(
    ctx: DeskContext,
    *,
    name: str,
    birth_date: date | None,
    address: str,
    exclude_reference: str | None = None,
) -> list[CaseRow]:
    """Open cases that may be the same request again (newest first)."""
    folded_name, folded_address = fold(name), fold(address)
    # the stored search text holds folded fields between '|' separators
    matches: list[ColumnElement[bool]] = []
    if folded_name and birth_date is not None:
        matches.append(
            and_(
                Case.requester_birth_date == birth_date,
                Case.search_text.contains(f"|{folded_name}|", autoescape=True),
            )
        )
    if len(folded_address) >= 6:  # a prefecture alone is no match
        matches.append(Case.search_text.contains(f"|{folded_address}|", autoescape=True))
    if not matches:
        return []
    statement = (
        select(Case.id)
        .where(Case.status.in_(OPEN), or_(*matches))
        .order_by(Case.received_on.desc())
        .limit(MAX_SHOWN)
    )
    if exclude_reference:
        statement = statement.where(Case.reference != exclude_reference)
    with ctx.db.read() as session:
        ids = session.scalars(statement).all()
    rows = rows_for_ids(ctx, ids)
    return [rows[i] for i in ids]
