"""The case list: filter, search and sort in SQL, fetch one page of rows at a time.

Made for 100,000 cases: the list shows a window of rows, so only the rows on
screen are read, and counts come from one aggregate query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar, cast

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import fold
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import Case, CaseRequest
from privacy_desk.store.sql import contains_text

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
        # A plain substring test: both sides are folded (lower case included), so LIKE's
        # case folding and wildcards would only cost time on every row scanned.
        conditions.append(contains_text(Case.search_text, term))
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


#: The statuses a quick filter other than "all" can find (each condition implies one).
_QUICK_STATUSES = frozenset(CLOCK_RUNNING | {CaseStatus.AWAITING_DOCUMENTS})


def _keeps_to_open(query: CaseQuery) -> bool:
    """The query lists only open cases: a few thousand, however large the office."""
    return bool(query.statuses) and query.statuses <= OPEN


def total_takes_a_scan(query: CaseQuery) -> bool:
    """Counting what the query finds reads every case in the office: a search over every
    status (some 35 ms on 100,000 cases; no index finds a part of a name). The first page
    is found at once all the same (the list's order walks an index until it is full)."""
    return bool(fold(query.search)) and not _keeps_to_open(query)


def _quick_sums(bounds: _Bounds) -> tuple[list[QuickFilter], list[ColumnElement[Any]]]:
    quick_filters: list[QuickFilter] = [q for q in QuickFilter if q is not QuickFilter.ALL]
    sums: list[ColumnElement[Any]] = []
    for quick in quick_filters:
        condition = _quick_condition(quick, bounds)
        assert condition is not None
        sums.append(func.coalesce(func.sum(case((condition, 1), else_=0)), 0))
    return quick_filters, sums


def count_cases(ctx: DeskContext, query: CaseQuery) -> Counts:
    """How many cases the query finds, and how many each quick filter would find.

    When the query keeps to open cases (a few thousand, however large the office), one
    pass over them counts everything. Otherwise the total is counted on its own (from
    an index when no search narrows it) and the quick filters' sums only over the
    cases they can concern, never over every closed case.
    """
    ctx.require(Permission.VIEW_CASES)
    if _keeps_to_open(query):
        quick_filters, sums = _quick_sums(_bounds(ctx))
        with ctx.db.read() as session:
            total, *row = session.execute(
                select(func.count(), *sums).where(*_base_conditions(query))
            ).one()
        by_quick = {QuickFilter.ALL: int(total)}
        by_quick.update(zip(quick_filters, (int(v) for v in row), strict=True))
    else:
        by_quick = {QuickFilter.ALL: count_all(ctx, query), **count_quick(ctx, query)}
    return Counts(total=by_quick[query.quick], by_quick=by_quick)


def count_all(ctx: DeskContext, query: CaseQuery) -> int:
    """How many cases the query finds before its quick filter (the "All" count)."""
    ctx.require(Permission.VIEW_CASES)
    counted = select(func.count()).select_from(Case).where(*_base_conditions(query))
    with ctx.db.read() as session:
        return int(session.execute(counted).scalar_one())


def count_quick(ctx: DeskContext, query: CaseQuery) -> dict[QuickFilter, int]:
    """How many cases each quick filter but "All" would find: over the open cases they
    can concern only, quick whatever the query."""
    ctx.require(Permission.VIEW_CASES)
    quick_filters, sums = _quick_sums(_bounds(ctx))
    conditions = [*_base_conditions(query), Case.status.in_(_QUICK_STATUSES)]
    with ctx.db.read() as session:
        row = session.execute(select(*sums).where(*conditions)).one()
    return dict(zip(quick_filters, (int(v) for v in row), strict=True))


#: The columns of a list row, in the order of :class:`CaseRow`'s fields.
_RowValues = tuple[int, str, date, str, str, RequesterKind, CaseStatus, str, date, date]
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


assert [c.key for c in _ROW_COLUMNS] == [f.name for f in fields(CaseRow)][: len(_ROW_COLUMNS)]


def _page_statement(
    query: CaseQuery, bounds: _Bounds, offset: int, limit: int
) -> Select[*tuple[Any, ...]]:
    """A page of rows in two steps: the ids of the page, found and sorted on indexes
    (narrow entries, or an index walked in the list's order), then those rows only.
    Sorting the wide case rows themselves cost a few milliseconds on the open cases and
    tens on every case, and stepping over them to a page far down more."""
    conditions = _conditions(query, bounds)
    keys: list[Any]
    if _keeps_to_open(query):
        # The few thousand open cases: found first (on their status), then sorted.
        # MATERIALIZED keeps PostgreSQL from walking the order's index over every case
        # instead, as it does when it takes one case in three to hold the search (it has
        # no estimate for strpos): 60 ms for a name only a few open cases hold, not 3.
        # SQLite reads the open cases first either way.
        sort_columns = _SORT_COLUMNS[query.sort]
        found = (
            select(Case.id, *(c.label(f"key_{n}") for n, c in enumerate(sort_columns)))
            .where(*conditions)
            .cte("found")
            .prefix_with("MATERIALIZED")
        )
        ids = select(found.c.id)
        keys = [*(found.c[f"key_{n}"] for n in range(len(sort_columns))), found.c.id]
    elif query.sort is SortKey.REQUEST_TYPES:
        # Every case: walk ix_case_requests_first, which lists the first requests by type
        # (the first is the one at position 0: cases.build_case numbers them from 0, and
        # a case has at least one).
        first = aliased(CaseRequest)
        ids = (
            select(Case.id)
            .join(first, and_(first.case_id == Case.id, first.position == 0))
            .where(*conditions)
        )
        keys = [first.request_type, first.case_id]
    else:
        ids = select(Case.id).where(*conditions)
        keys = [*_SORT_COLUMNS[query.sort], Case.id]
    page = (
        ids.order_by(*(c.desc() if query.descending else c.asc() for c in keys))
        .offset(offset)
        .limit(limit)
    )
    return _ordered(select(*_ROW_COLUMNS).where(Case.id.in_(page)), query)


def page_statement(
    ctx: DeskContext, query: CaseQuery, offset: int, limit: int
) -> Select[*tuple[Any, ...]]:
    """The SQL :func:`fetch_cases` runs for a page (the benchmark runs it alone)."""
    return _page_statement(query, _bounds(ctx), offset, limit)


def fetch_cases(ctx: DeskContext, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
    """One page of the list, in the query's order."""
    ctx.require(Permission.VIEW_CASES)
    bounds = _bounds(ctx)
    statement = _page_statement(query, bounds, offset, limit)
    with ctx.db.read() as session:
        rows = session.execute(statement).all()
        types = _request_types(session, [row.id for row in rows])
    days: dict[date, int] = {}
    return [_row(ctx, bounds, row, types.get(row.id, ()), days) for row in rows]


def rows_for_ids(ctx: DeskContext, ids: Sequence[int]) -> dict[int, CaseRow]:
    """List rows of the given cases, by id."""
    bounds = _bounds(ctx)
    with ctx.db.read() as session:
        rows = session.execute(select(*_ROW_COLUMNS).where(Case.id.in_(set(ids)))).all()
        types = _request_types(session, [row.id for row in rows])
    return {row.id: _row(ctx, bounds, row, types.get(row.id, ())) for row in rows}


#: The request types of given cases, in their order (the ids one parameter: a page's
#: 200 ids are not coerced one by one at each call).
_TYPES_OF_CASES = (
    select(CaseRequest.case_id, CaseRequest.request_type)
    .where(CaseRequest.case_id.in_(bindparam("ids", expanding=True)))
    .order_by(CaseRequest.case_id, CaseRequest.position)
)


def _request_types(session: Session, ids: Sequence[int]) -> dict[int, tuple[RequestType, ...]]:
    found: dict[int, list[RequestType]] = defaultdict(list)
    if ids:
        for case_id, request_type in session.execute(_TYPES_OF_CASES, {"ids": list(ids)}):
            found[case_id].append(request_type)
    return {case_id: tuple(types) for case_id, types in found.items()}


def _row(
    ctx: DeskContext,
    bounds: _Bounds,
    row: Any,
    types: tuple[RequestType, ...],
    days: dict[date, int] | None = None,
) -> CaseRow:
    """A list row; ``days`` remembers business days left by target day (a page's
    cases share a few dozen targets)."""
    status: CaseStatus = row.status
    target: date = row.target_on
    days_left: int | None = None
    urgency = Urgency.NONE
    if status.pauses_clock:
        urgency = Urgency.PAUSED
    elif status in CLOCK_RUNNING:
        days_left = days.get(target) if days is not None else None
        if days_left is None:
            days_left = ctx.calendar.business_days_between(bounds.today, target)
            if days is not None:
                days[target] = days_left
        if target < bounds.today:
            urgency = Urgency.OVERDUE
        elif target <= bounds.soon:
            urgency = Urgency.DUE_SOON
    values = cast(_RowValues, row)
    return CaseRow(*values, request_types=types, days_left=days_left, urgency=urgency)


def _distinct_assignees() -> Select[str | None]:
    """Every name in ``cases.assigned_to``, by hopping along its index from one name to
    the next (a few lookups), not by reading 100,000 index entries to drop duplicates."""
    names = select(func.min(Case.assigned_to).label("name")).cte("names", recursive=True)
    following = (
        select(func.min(Case.assigned_to)).where(Case.assigned_to > names.c.name).scalar_subquery()
    )
    names = names.union_all(select(following).where(names.c.name.is_not(None)))
    return select(names.c.name).where(names.c.name.is_not(None))


def assignees(ctx: DeskContext) -> list[str]:
    """Everyone who has been assigned a case, and the acting user, sorted."""
    with ctx.db.read() as session:
        names = {name for name in session.scalars(_distinct_assignees()) if name is not None}
    names.discard("")
    names.add(ctx.actor)
    return sorted(names)
