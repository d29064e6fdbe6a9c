"""The complaints and inquiries log (APPI Art. 40, JIS Q 15001; issue 8).

Staff who process cases record a complaint or an inquiry, link it to a case
when there is one, write the response and close it; each change is audited
field by field, the person's name and contact never in the trail. Everyone
who sees cases reads the log; the reports count it (services/statistics.py).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import Enum

from sqlalchemy import select

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import fold, search_text
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, longer_than, refuse
from privacy_desk.services.context import DeskContext
from privacy_desk.services.inputs import stripped
from privacy_desk.store import audit
from privacy_desk.store.models import Case, Complaint

#: Fields whose values stay out of the audit trail (they identify the person).
PRIVATE_FIELDS = frozenset({"person_name", "person_contact"})
LIMITS = {  # a field: how long it may be, and what is said when it is longer
    "person_name": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The person name is longer than {limit} characters."),
    ),
    "person_contact": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The person contact is longer than {limit} characters."),
    ),
    "case_reference": (
        16,
        QT_TRANSLATE_NOOP("Errors", "The case reference is longer than {limit} characters."),
    ),
}


@dataclass(frozen=True)
class ComplaintData:
    kind: ContactKind
    received_on: date
    channel: Channel
    subject: str
    person_name: str = ""
    person_contact: str = ""
    case_reference: str = ""
    response: str = ""
    closed_on: date | None = None
    handled_by: str = ""


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    data: ComplaintData
    recorded_by: str
    recorded_at: str
    changed_at: str

    @property
    def is_open(self) -> bool:
        return self.data.closed_on is None


def _clean(ctx: DeskContext, data: ComplaintData) -> ComplaintData:
    data = stripped(data)
    problems: list[InvalidInput] = []
    if not data.subject:
        problems.append(
            InvalidInput(QT_TRANSLATE_NOOP("Errors", "Say what the complaint or inquiry is about."))
        )
    if data.received_on > ctx.today():
        problems.append(
            InvalidInput(QT_TRANSLATE_NOOP("Errors", "The day it came in is still to come."))
        )
    if data.closed_on is not None:
        if data.closed_on < data.received_on:
            problems.append(
                InvalidInput(QT_TRANSLATE_NOOP("Errors", "It cannot be closed before it came in."))
            )
        if data.closed_on > ctx.today():
            problems.append(
                InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "It cannot be closed on a day still to come.")
                )
            )
        if not data.response:
            problems.append(
                InvalidInput(QT_TRANSLATE_NOOP("Errors", "Write the response before closing it."))
            )
    problems += longer_than(data, LIMITS)
    refuse(problems)
    return data


def _check_case(ctx: DeskContext, reference: str) -> None:
    if not reference:
        return
    with ctx.db.read() as session:
        if session.scalar(select(Case.id).where(Case.reference == reference)) is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no case {reference} to link it to."),
                reference=reference,
            )


def _info(row: Complaint) -> ComplaintInfo:
    return ComplaintInfo(
        id=row.id,
        data=ComplaintData(
            kind=row.kind,
            received_on=row.received_on,
            channel=row.channel,
            subject=row.subject,
            person_name=row.person_name,
            person_contact=row.person_contact,
            case_reference=row.case_reference,
            response=row.response,
            closed_on=row.closed_on,
            handled_by=row.handled_by,
        ),
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        changed_at=row.changed_at,
    )


def _apply(row: Complaint, data: ComplaintData) -> None:
    for f in fields(data):
        setattr(row, f.name, getattr(data, f.name))
    row.search_text = search_text(data.person_name, data.subject, data.case_reference)


def record_complaint(ctx: DeskContext, data: ComplaintData) -> ComplaintInfo:
    ctx.require(Permission.PROCESS_CASES)
    data = _clean(ctx, data)
    _check_case(ctx, data.case_reference)
    with ctx.db.write() as session:
        row = Complaint(recorded_by=ctx.actor, recorded_at=audit.now_utc(), changed_at="")
        _apply(row, data)
        session.add(row)
        session.flush()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="complaint.record",
                entity_type="complaint",
                entity_id=str(row.id),
                details={"kind": data.kind.value, "case": data.case_reference},
            ),
        )
        return _info(row)


def _shown(name: str, value: object) -> object:
    if name in PRIVATE_FIELDS:
        return "(changed)" if value else ""
    if isinstance(value, Enum):
        return value.value
    return value


def change_complaint(ctx: DeskContext, complaint_id: int, data: ComplaintData) -> ComplaintInfo:
    """Change a record (the response, the closing, a correction); audited field by field."""
    ctx.require(Permission.PROCESS_CASES)
    data = _clean(ctx, data)
    _check_case(ctx, data.case_reference)
    with ctx.db.write() as session:
        row = session.get(Complaint, complaint_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no complaint or inquiry number {number}."),
                number=complaint_id,
            )
        old = _info(row).data
        changed = [f.name for f in fields(data) if getattr(old, f.name) != getattr(data, f.name)]
        if not changed:
            return _info(row)
        _apply(row, data)
        row.changed_at = audit.now_utc()
        audit.append(
            session,
            [
                audit.AuditRecord(
                    actor=ctx.actor,
                    action="complaint.change",
                    entity_type="complaint",
                    entity_id=str(complaint_id),
                    field_name=name,
                    old_value=_shown(name, getattr(old, name)),
                    new_value=_shown(name, getattr(data, name)),
                )
                for name in changed
            ],
        )
        return _info(row)


def complaint(ctx: DeskContext, complaint_id: int) -> ComplaintInfo:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        row = session.get(Complaint, complaint_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no complaint or inquiry number {number}."),
                number=complaint_id,
            )
        return _info(row)


def complaints(
    ctx: DeskContext,
    *,
    since: date | None = None,
    until: date | None = None,
    open_only: bool = False,
    kind: ContactKind | None = None,
    text: str = "",
    case_reference: str = "",
) -> list[ComplaintInfo]:
    """The log, newest first, filtered by period (received), state, kind, text or case."""
    ctx.require(Permission.VIEW_CASES)
    query = select(Complaint)
    if since is not None:
        query = query.where(Complaint.received_on >= since)
    if until is not None:
        query = query.where(Complaint.received_on <= until)
    if open_only:
        query = query.where(Complaint.closed_on.is_(None))
    if kind is not None:
        query = query.where(Complaint.kind == kind)
    if folded := fold(text):
        query = query.where(Complaint.search_text.contains(folded, autoescape=True))
    if case_reference:
        query = query.where(Complaint.case_reference == case_reference)
    query = query.order_by(Complaint.received_on.desc(), Complaint.id.desc())
    with ctx.db.read() as session:
        return [_info(row) for row in session.scalars(query)]
