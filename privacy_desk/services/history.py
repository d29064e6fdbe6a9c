"""A case's audit history: who changed what, when."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from privacy_desk.domain.roles import Permission
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry


@dataclass(frozen=True)
class HistoryEntry:
    recorded_at: str  # ISO, UTC
    actor: str
    action: str
    field: str
    old_value: object
    new_value: object
    details: dict[str, object]


def _decode(text: str | None) -> object:
    return None if text is None else json.loads(text)


def case_history(ctx: DeskContext, reference: str) -> list[HistoryEntry]:
    """Every audit entry about the case, oldest first."""
    ctx.require(Permission.VIEW_CASES)
    statement = (
        select(AuditEntry)
        .where(AuditEntry.entity_type == "case", AuditEntry.entity_id == reference)
        .order_by(AuditEntry.id)
    )
    with ctx.db.read() as session:
        entries = session.scalars(statement).all()
    return [
        HistoryEntry(
            recorded_at=e.recorded_at,
            actor=e.actor,
            action=e.action,
            field=e.field,
            old_value=_decode(e.old_value),
            new_value=_decode(e.new_value),
            details=json.loads(e.details) if e.details else {},
        )
        for e in entries
    ]
