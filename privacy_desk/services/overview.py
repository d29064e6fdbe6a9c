"""Counts for the home screen: how many cases stand where, and what is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select

from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case

DUE_SOON_BUSINESS_DAYS = 3
_AWAITING_REPLY = [s for s in CaseStatus if s.awaits_reply]
_CLOCK_RUNNING = [s for s in _AWAITING_REPLY if not s.pauses_clock]


@dataclass(frozen=True)
class Overview:
    as_of: date
    total: int
    by_status: dict[CaseStatus, int]
    overdue: int
    due_soon: int
    past_legal_line: int

    @property
    def awaiting_reply(self) -> int:
        return sum(self.by_status.get(s, 0) for s in _AWAITING_REPLY)


def overview(ctx: DeskContext) -> Overview:
    today = ctx.today()
    soon = ctx.calendar.add_business_days(today, DUE_SOON_BUSINESS_DAYS)
    with ctx.db.read() as session:
        rows = session.execute(select(Case.status, func.count()).group_by(Case.status)).all()
        by_status = {status: count for status, count in rows}

        def count(*conditions: ColumnElement[bool]) -> int:
            statement = select(func.count()).select_from(Case).where(*conditions)
            return session.scalar(statement) or 0

        running = Case.status.in_(_CLOCK_RUNNING)
        overdue = count(running, Case.target_on < today)
        due_soon = count(running, Case.target_on >= today, Case.target_on <= soon)
        past_legal = count(Case.status.in_(_AWAITING_REPLY), Case.legal_line_on < today)
    return Overview(
        as_of=today,
        total=sum(by_status.values()),
        by_status=by_status,
        overdue=overdue,
        due_soon=due_soon,
        past_legal_line=past_legal,
    )
