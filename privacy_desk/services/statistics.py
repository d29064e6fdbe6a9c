"""The figures of the management reports (issue 8): one period, and the one before it.

What each figure counts (a period runs from ``start`` to ``end``, both included):

- **received**: cases that arrived in the period; by request type (each right
  asked for counts once per case) and by requester kind.
- **decided**, **outcomes**, **refusals**: decisions recorded in the period, by
  outcome; refused or partly refused ones by the ground of APPI Art. 33(2).
- **replied** and **handling times**: cases whose reply went out in the period;
  the handling time is the number of business days after arrival up to and
  including the reply (office closures and holidays not counted; days waiting
  for documents are counted, as the requester waited too). Average, median and
  longest, with the longest case's reference.
- **replied after the target / after the legal line**: of those replies, the
  ones later than the internal target (as extended) or the two-week line.
- **at the end of the period** (or today, for a period not over yet): cases still
  owed a reply (arrived by then, not replied nor closed by then), those of them
  past the target (not counting those waiting for documents, whose clock is
  stopped, as the overdue list does) or past the legal line, and those waiting
  for documents on that day.
- **withdrawn**, **rejected as incomplete**: cases closed so in the period.
- **letters**: sent in the period (by kind) and returned undelivered.
- **fees**: cases of the period with a fee received, and the sum in yen.
- **disposed**: disposals carried out in the period, by kind of item.
- **complaints** and **inquiries**: received in the period; closed in it; and
  still open at its end.

Every figure comes from SQL aggregates over indexed columns except the
handling times, which read two dates per reply; a year of 100,000 cases is a
few hundred milliseconds.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from privacy_desk.domain.calendar import BusinessCalendar
from privacy_desk.domain.complaints import ContactKind
from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.fees import add_months
from privacy_desk.domain.letters import LetterKind
from privacy_desk.domain.requests import FeePayment, RequesterKind, RequestType
from privacy_desk.domain.retention import RetainedKind
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import (
    Case,
    CasePause,
    CaseRequest,
    Complaint,
    Disposal,
    Letter,
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    kind: str  # "month", "year" or "range"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A period cannot end before it starts."))

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "year":
            return f"{self.start.year}"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def label_ja(self) -> str:
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        if self.kind == "year":
            return f"{self.start.year}年"
        return f"{format_japanese(self.start)}～{format_japanese(self.end)}"

    def previous(self) -> Period:
        if self.kind == "month":
            start = add_months(self.start, -1)
            assert start is not None  # the first of a month always has one
            return month_period(start.year, start.month)
        if self.kind == "year":
            return year_period(self.start.year - 1)
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return Period(end - length, end, "range")

    def months(self) -> list[Period]:
        """The months the period covers (for trend charts)."""
        out = []
        day = self.start.replace(day=1)
        while day <= self.end:
            out.append(month_period(day.year, day.month))
            following = add_months(day, 1)
            assert following is not None
            day = following
        return out


def month_period(year: int, month: int) -> Period:
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There is no month {month}."),
            month=f"{year}-{month:02d}",
        )
    first = date(year, month, 1)
    following = add_months(first, 1)
    assert following is not None
    return Period(first, following - timedelta(days=1), "month")


def year_period(year: int) -> Period:
    if not 1900 <= year <= 9999:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no year {year}."), year=year)
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def parse_month(text: str) -> Period:
    """``2026-10`` (also ``2026/10``) as a month period."""
    try:
        year, month = (int(part) for part in text.replace("/", "-").split("-"))
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a month like 2026-10."), text=text
        ) from None
    return month_period(year, month)


@dataclass(frozen=True)
class HandlingTimes:
    count: int
    mean: float | None
    median: float | None
    longest: int | None
    longest_reference: str


@dataclass(frozen=True)
class Figures:
    period: Period
    received: int
    by_type: dict[RequestType, int]
    by_requester_kind: dict[RequesterKind, int]
    decided: int
    outcomes: dict[Outcome, int]
    refusals: dict[RefusalGround, int]
    replied: int
    handling: HandlingTimes
    replied_after_target: int
    replied_after_legal_line: int
    withdrawn: int
    rejected_incomplete: int
    open_at_end: int
    over_target_at_end: int
    over_legal_line_at_end: int
    awaiting_documents_at_end: int
    letters_sent: int
    letters_by_kind: dict[LetterKind, int]
    letters_returned: int
    fees_received: int
    fees_yen: int
    disposed: dict[RetainedKind, int]
    complaints: int
    inquiries: int
    complaints_closed: int
    complaints_open_at_end: int


@dataclass(frozen=True)
class ReportData:
    current: Figures
    previous: Figures
    #: received per month over the last twelve months up to the period's end (for the chart)
    trend: list[tuple[Period, int]]


def _counts(session: Session, column: object, *conditions: object) -> dict[object, int]:
    rows = session.execute(
        select(column, func.count()).where(*conditions).group_by(column)  # type: ignore[call-overload]
    ).all()
    return {key: n for key, n in rows if key is not None}


def _count(session: Session, *conditions: object) -> int:
    return int(session.scalar(select(func.count(Case.id)).where(*conditions)) or 0)  # type: ignore[arg-type]


def _within(column: object, period: Period) -> object:
    return column.between(period.start, period.end)  # type: ignore[attr-defined]


class _BusinessDays:
    """Business days as a running count, so that a difference is one subtraction."""

    def __init__(self, calendar: BusinessCalendar, first: date, last: date) -> None:
        self.first = first
        self.running: list[int] = []
        total = 0
        day = first
        while day <= last:
            total += calendar.is_business_day(day)
            self.running.append(total)
            day += timedelta(days=1)

    def after_until(self, start: date, end: date) -> int:
        """Business days after ``start`` up to and including ``end``."""
        return self.running[(end - self.first).days] - self.running[(start - self.first).days]


def _handling(session: Session, calendar: BusinessCalendar, period: Period) -> HandlingTimes:
    rows = session.execute(
        select(Case.reference, Case.received_on, Case.replied_on).where(
            _within(Case.replied_on, period)  # type: ignore[arg-type]
        )
    ).all()
    if not rows:
        return HandlingTimes(0, None, None, None, "")
    first = min(received for _, received, _ in rows)
    days = _BusinessDays(calendar, first, period.end)
    spans = [
        (days.after_until(received, replied), ref)
        for ref, received, replied in rows
        if replied is not None  # the query asks for a reply in the period
    ]
    values = [span for span, _ in spans]
    longest, reference = max(spans, key=lambda s: (s[0], s[1]))
    return HandlingTimes(
        count=len(values),
        mean=round(statistics.fmean(values), 1),
        median=float(statistics.median(values)),
        longest=longest,
        longest_reference=reference,
    )


def _utc_bounds(period: Period) -> tuple[str, str]:
    """The period's local days as the UTC text bounds the audit-style time stamps use."""
    local = datetime.now().astimezone().tzinfo
    start = datetime.combine(period.start, time.min, local).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time.min, local).astimezone(UTC)
    return start.isoformat(timespec="microseconds"), end.isoformat(timespec="microseconds")


def _figures(session: Session, calendar: BusinessCalendar, period: Period, today: date) -> Figures:
    received_in = _within(Case.received_on, period)
    by_type = _counts(
        session,
        CaseRequest.request_type,
        CaseRequest.case_id.in_(select(Case.id).where(received_in)),  # type: ignore[arg-type]
    )
    decided_in = _within(CaseRequest.decided_on, period)
    outcomes = _counts(session, CaseRequest.outcome, decided_in)
    refusals = _counts(
        session,
        CaseRequest.refusal_ground,
        decided_in,
        CaseRequest.outcome.in_((Outcome.REFUSED, Outcome.PARTLY)),
    )
    replied_in = _within(Case.replied_on, period)
    # still owed a reply on the last day: arrived by then, neither replied nor closed by then
    end = min(period.end, today)
    owed = and_(
        Case.received_on <= end,
        or_(Case.replied_on.is_(None), Case.replied_on > end),
        or_(Case.closed_on.is_(None), Case.closed_on > end),
    )
    waiting = select(CasePause.case_id).where(
        CasePause.started_on <= end, or_(CasePause.ended_on.is_(None), CasePause.ended_on > end)
    )
    start_at, end_before = _utc_bounds(period)
    disposed = {
        RetainedKind(k): n  # type: ignore[arg-type]
        for k, n in _counts(
            session,
            Disposal.item_kind,
            Disposal.done_at >= start_at,
            Disposal.done_at < end_before,
        ).items()
    }
    contacts = _counts(session, Complaint.kind, _within(Complaint.received_on, period))
    letters_by_kind = {
        LetterKind(k): n  # type: ignore[arg-type]
        for k, n in _counts(session, Letter.kind, _within(Letter.sent_on, period)).items()
    }
    fees = session.execute(
        select(func.count(Case.id), func.coalesce(func.sum(Case.fee_amount), 0)).where(
            received_in,  # type: ignore[arg-type]
            Case.fee_amount > 0,
            Case.fee_payment != FeePayment.NONE,
        )
    ).one()
    return Figures(
        period=period,
        received=_count(session, received_in),
        by_type={RequestType(k): n for k, n in by_type.items()},  # type: ignore[arg-type]
        by_requester_kind={
            RequesterKind(k): n  # type: ignore[arg-type]
            for k, n in _counts(session, Case.requester_kind, received_in).items()
        },
        decided=sum(outcomes.values()),
        outcomes={Outcome(k): n for k, n in outcomes.items()},  # type: ignore[arg-type]
        refusals={RefusalGround(k): n for k, n in refusals.items()},  # type: ignore[arg-type]
        replied=_count(session, replied_in),
        handling=_handling(session, calendar, period),
        replied_after_target=_count(session, replied_in, Case.replied_on > Case.target_on),
        replied_after_legal_line=_count(session, replied_in, Case.replied_on > Case.legal_line_on),
        withdrawn=_count(
            session, _within(Case.closed_on, period), Case.status == CaseStatus.WITHDRAWN
        ),
        rejected_incomplete=_count(
            session,
            _within(Case.closed_on, period),
            Case.status == CaseStatus.REJECTED_INCOMPLETE,
        ),
        open_at_end=_count(session, owed),
        over_target_at_end=_count(session, owed, Case.target_on < end, Case.id.not_in(waiting)),
        over_legal_line_at_end=_count(session, owed, Case.legal_line_on < end),
        awaiting_documents_at_end=_count(session, owed, Case.id.in_(waiting)),
        letters_sent=sum(letters_by_kind.values()),
        letters_by_kind=letters_by_kind,
        letters_returned=int(
            session.scalar(
                select(func.count(Letter.id)).where(_within(Letter.returned_on, period))  # type: ignore[arg-type]
            )
            or 0
        ),
        fees_received=int(fees[0]),
        fees_yen=int(fees[1]),
        disposed=disposed,
        complaints=contacts.get(ContactKind.COMPLAINT, 0),
        inquiries=contacts.get(ContactKind.INQUIRY, 0),
        complaints_closed=int(
            session.scalar(
                select(func.count(Complaint.id)).where(_within(Complaint.closed_on, period))  # type: ignore[arg-type]
            )
            or 0
        ),
        complaints_open_at_end=int(
            session.scalar(
                select(func.count(Complaint.id)).where(
                    Complaint.received_on <= end,
                    or_(Complaint.closed_on.is_(None), Complaint.closed_on > end),
                )
            )
            or 0
        ),
    )


def figures(ctx: DeskContext, period: Period) -> Figures:
    """The figures of one period (managers: the reports permission)."""
    ctx.require(Permission.REPORTS)
    with ctx.db.read() as session:
        return _figures(session, ctx.calendar, period, ctx.today())


def report_data(ctx: DeskContext, period: Period) -> ReportData:
    """The period, the one before it, and the arrivals of the twelve months up to its end."""
    ctx.require(Permission.REPORTS)
    last = month_period(period.end.year, period.end.month)
    first_start = add_months(last.start, -11)
    assert first_start is not None
    months = Period(first_start, last.end, "range").months()
    with ctx.db.read() as session:
        current = _figures(session, ctx.calendar, period, ctx.today())
        previous = _figures(session, ctx.calendar, period.previous(), ctx.today())
        arrivals = _arrivals_by_month(session, months)
    return ReportData(current, previous, [(m, arrivals.get(m.start, 0)) for m in months])


def _arrivals_by_month(session: Session, months: Iterable[Period]) -> dict[date, int]:
    """Arrivals per month: one indexed count a month (portable SQL, no date functions)."""
    return {m.start: _count(session, _within(Case.received_on, m)) for m in months}
