"""The day's work: what is due, what is late, what waits, what expires."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, select

from privacy_desk import settings as S
from privacy_desk.domain.fees import money_order_expires_on
from privacy_desk.domain.requests import FeePayment
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.case_list import AWAITING_REPLY, CLOCK_RUNNING, CaseRow, rows_for_ids
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case, CasePause

MONEY_ORDER_WARNING_DAYS = 30


@dataclass(frozen=True)
class MoneyOrderRow:
    case: CaseRow
    number: str
    issued_on: date
    expires_on: date


@dataclass(frozen=True)
class Today:
    as_of: date
    due_today: list[CaseRow]
    overdue: list[CaseRow]
    waiting_long: list[CaseRow]
    waiting_days: int
    expiring_money_orders: list[MoneyOrderRow]


def today_view(ctx: DeskContext) -> Today:
    ctx.require(Permission.VIEW_CASES)
    today = ctx.today()
    waiting_days = ctx.settings.get(S.AWAITING_DOCUMENTS_DAYS)
    running = Case.status.in_(CLOCK_RUNNING)
    waiting_since = today - timedelta(days=waiting_days)
    with ctx.db.read() as session:
        due_today = session.scalars(
            select(Case.id).where(running, Case.target_on == today).order_by(Case.target_on)
        ).all()
        overdue = session.scalars(
            select(Case.id).where(running, Case.target_on < today).order_by(Case.target_on)
        ).all()
        waiting = session.scalars(
            select(Case.id)
            .join(CasePause, and_(CasePause.case_id == Case.id, CasePause.ended_on.is_(None)))
            .where(
                Case.status == CaseStatus.AWAITING_DOCUMENTS,
                CasePause.started_on <= waiting_since,
            )
            .order_by(CasePause.started_on)
        ).all()
        # Until the reply the fee is not cashed; a money order that expires
        # first (valid six months from issue) must be replaced by the requester.
        money_orders = session.execute(
            select(Case.id, Case.money_order_number, Case.money_order_issued_on)
            .where(
                Case.status.in_(AWAITING_REPLY),
                Case.fee_payment == FeePayment.POSTAL_MONEY_ORDER,
                Case.money_order_issued_on.is_not(None),
            )
            .order_by(Case.money_order_issued_on)
        ).all()
    horizon = today + timedelta(days=MONEY_ORDER_WARNING_DAYS)
    expiring: list[tuple[int, str, date, date]] = []
    for case_id, number, issued in money_orders:
        if issued is None:  # excluded by the query; keeps the types honest
            continue
        expires = money_order_expires_on(issued)
        if expires <= horizon:
            expiring.append((case_id, number, issued, expires))
    rows = rows_for_ids(ctx, [*due_today, *overdue, *waiting, *(e[0] for e in expiring)])
    return Today(
        as_of=today,
        due_today=[rows[i] for i in due_today],
        overdue=[rows[i] for i in overdue],
        waiting_long=[rows[i] for i in waiting],
        waiting_days=waiting_days,
        expiring_money_orders=[
            MoneyOrderRow(rows[case_id], number, issued, expires)
            for case_id, number, issued, expires in expiring
        ],
    )
