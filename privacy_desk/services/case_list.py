"""The case list: filter, search and sort in SQL, fetch one page of rows at a time.

Made for 100,000 cases: the list shows a window of rows, so only the rows on
screen are read, and counts come from one aggregate query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import fold
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case, CaseRequest

DUE_SOON_BUSINESS_DAYS = 3
_AnySelect = TypeVar("_AnySelect", bound=Select[*tuple[Any, ...]])
AWAITING_REPLY = frozenset(s for s in CaseStatus if s.awaits_reply)
CLOCK_RUNNING = frozenset(s for s in AWAITING_REPLY if not s.pauses_clock)
OPEN = frozenset(s for s in CaseStatus if s.is_open)


class QuickFilter(StrEnum):
    """The filters a clerk reaches for all day; each shows its count."""

    ALL = "all"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    AWAITING_DOCUMENTS = "awaiting_documents"


class SortKey(StrEnum):
    REFERENCE = "reference"
    RECEIVED_ON = "received_on"
    REQUESTER = "requester"
    KIND = "kind"
    REQUEST_TYPES = "request_types"
    STATUS = "status"
    ASSIGNEE = "assignee"
    TARGET_ON = "target_on"


class Urgency(StrEnum):
    NONE = "none"
    PAUSED = "paused"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class CaseQuery:
    search: str = ""
    statuses: frozenset[CaseStatus] = frozenset()  # empty: every status
    request_type: RequestType | None = None
    assignee: str | None = None  # None: anyone; "": nobody yet
    quick: QuickFilter = QuickFilter.ALL
    sort: SortKey = SortKey.RECEIVED_ON
    descending: bool = True

    def with_(self, **changes: object) -> CaseQuery:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    received_on: date
    requester_name: str
    requester_kana: str
    requester_kind: RequesterKind
    status: CaseStatus
    assigned_to: str
    target_on: date
    legal_line_on: date
    request_types: tuple[RequestType, ...] = field(default=())
    days_left: int | None = None  # business days; negative when overdue
    urgency: Urgency = Urgency.NONE


@dataclass(frozen=True)
class Counts:
    total: int
    by_quick: dict[QuickFilter, int]


@dataclass(frozen=True)
class _Bounds:
    today: date
    soon: date


def _bounds(ctx: DeskContext) -> _Bounds:
    today = ctx.today()
    return _Bounds(today, ctx.calendar.add_business_days(today, DUE_SOON_BUSINESS_DAYS))


def _quick_condition(quick: QuickFilter, bounds: _Bounds) -> ColumnElement[bool] | None:
    running = Case.status.in_(CLOCK_RUNNING)
    if quick is QuickFilter.OVERDUE:
        return and_(running, Case.target_on < bounds.today)
    if quick is QuickFilter.DUE_SOON:
        return and_(running, Case.target_on >= bounds.today, Case.target_on <= bounds.soon)
    if quick is QuickFilter.AWAITING_DOCUMENTS:
        return Case.status == CaseStatus.AWAITING_DOCUMENTS
    return None


def _base_conditions(query: CaseQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    term = fold(query.search)
    if term:
        conditions.append(Case.search_text.contains(term, autoescape=True))
    if query.statuses:
        conditions.append(Case.status.in_(query.statuses))
    if query.request_type is not None:
        conditions.append(
            select(CaseRequest.id)
            .where(CaseRequest.case_id == Case.id, CaseRequest.request_type == query.request_type)
            .exists()
        )
    if query.assignee is not None:
        conditions.append(Case.assigned_to == query.assignee)
    return conditions


def _conditions(query: CaseQuery, bounds: _Bounds) -> list[ColumnElement[bool]]:
    conditions = _base_conditions(query)
    quick = _quick_condition(query.quick, bounds)
    if quick is not None:
        conditions.append(quick)
    return conditions


_STATUS_ORDER = case({status.value: i for i, status in enumerate(CaseStatus)}, value=Case.status)
_FIRST_TYPE = (
    select(CaseRequest.request_type)
    .where(CaseRequest.case_id == Case.id)
    .order_by(CaseRequest.position)
    .limit(1)
    .scalar_subquery()
)
_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.REFERENCE: (Case.reference_year, Case.reference_sequence),
    SortKey.RECEIVED_ON: (Case.received_on, Case.reference_year, Case.reference_sequence),
    SortKey.REQUESTER: (Case.requester_kana, Case.requester_name),
    SortKey.KIND: (Case.requester_kind,),
    SortKey.REQUEST_TYPES: (_FIRST_TYPE,),
    SortKey.STATUS: (_STATUS_ORDER,),
    SortKey.ASSIGNEE: (Case.assigned_to,),
    SortKey.TARGET_ON: (Case.target_on,),
}


def _ordered(statement: _AnySelect, query: CaseQuery) -> _AnySelect:
    columns = [*_SORT_COLUMNS[query.sort], Case.id]
    return statement.order_by(*(c.desc() if query.descending else c.asc() for c in columns))


def count_cases(ctx: DeskContext, query: CaseQuery) -> Counts:
    """How many cases the query finds, and how many each quick filter would find."""
    ctx.require(Permission.VIEW_CASES)
    bounds = _bounds(ctx)
    conditions = _base_conditions(query)
    sums: list[ColumnElement[Any]] = []
    for quick in QuickFilter:
        condition = _quick_condition(quick, bounds)
        if condition is None:
            sums.append(func.count())
        else:
            sums.append(func.coalesce(func.sum(case((condition, 1), else_=0)), 0))
    with ctx.db.read() as session:
        row = session.execute(select(*sums).select_from(Case).where(*conditions)).one()
    by_quick = dict(zip(QuickFilter, (int(v) for v in row), strict=True))
    return Counts(total=by_quick[query.quick], by_quick=by_quick)


_ROW_COLUMNS = (
    Case.id,
    Case.reference,
    Case.received_on,
    Case.requester_name,
    Case.requester_kana,
    Case.requester_kind,
    Case.status,
    Case.assigned_to,
    Case.target_on,
    Case.legal_line_on,
)


def fetch_cases(ctx: DeskContext, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
    """One page of the list, in the query's order."""
    ctx.require(Permission.VIEW_CASES)
    bounds = _bounds(ctx)
    statement = _ordered(select(*_ROW_COLUMNS).where(*_conditions(query, bounds)), query)
    with ctx.db.read() as session:
        rows = session.execute(statement.offset(offset).limit(limit)).all()
        types = _request_types(session, [row.id for row in rows])
    return [_row(ctx, bounds, row, types.get(row.id, ())) for row in rows]


def rows_for_ids(ctx: DeskContext, ids: Sequence[int]) -> dict[int, CaseRow]:
    """List rows of the given cases, by id."""
    bounds = _bounds(ctx)
    with ctx.db.read() as session:
        rows = session.execute(select(*_ROW_COLUMNS).where(Case.id.in_(set(ids)))).all()
        types = _request_types(session, [row.id for row in rows])
    return {row.id: _row(ctx, bounds, row, types.get(row.id, ())) for row in rows}


def _request_types(session: Session, ids: Sequence[int]) -> dict[int, tuple[RequestType, ...]]:
    found: dict[int, list[RequestType]] = defaultdict(list)
    if ids:
        statement = (
            select(CaseRequest.case_id, CaseRequest.request_type)
            .where(CaseRequest.case_id.in_(ids))
            .order_by(CaseRequest.case_id, CaseRequest.position)
        )
        for case_id, request_type in session.execute(statement):
            found[case_id].append(request_type)
    return {case_id: tuple(types) for case_id, types in found.items()}


def _row(ctx: DeskContext, bounds: _Bounds, row: object, types: tuple[RequestType, ...]) -> CaseRow:
    values = row._mapping  # type: ignore[attr-defined]
    status: CaseStatus = values["status"]
    target: date = values["target_on"]
    days_left: int | None = None
    urgency = Urgency.NONE
    if status.pauses_clock:
        urgency = Urgency.PAUSED
    elif status in CLOCK_RUNNING:
        days_left = ctx.calendar.business_days_between(bounds.today, target)
        if target < bounds.today:
            urgency = Urgency.OVERDUE
        elif target <= bounds.soon:
            urgency = Urgency.DUE_SOON
    return CaseRow(
        **{column.key: values[column.key] for column in _ROW_COLUMNS},
        request_types=types,
        days_left=days_left,
        urgency=urgency,
    )


def assignees(ctx: DeskContext) -> list[str]:
    """Everyone who has been assigned a case, and the acting user, sorted."""
    with ctx.db.read() as session:
        names = set(session.scalars(select(Case.assigned_to).distinct()))
    names.discard("")
    names.add(ctx.actor)
    return sorted(names)
