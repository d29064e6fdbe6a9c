"""Logging requests and moving cases along: every change goes to the audit trail."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from privacy_desk import settings as S
from privacy_desk.domain import deadlines
from privacy_desk.domain.decisions import needs_approval
from privacy_desk.domain.identity_documents import disposal_date
from privacy_desk.domain.intake import check_intake, normalize_postal_code
from privacy_desk.domain.reference import format_reference
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import CASE_SEARCH_FIELDS, case_search_text
from privacy_desk.domain.status import CLOSING_STATUSES, CaseStatus, check_move
from privacy_desk.errors import (
    QT_TRANSLATE_NOOP,
    Change,
    ChangedElsewhere,
    InvalidInput,
    NotFound,
    Phrase,
    Phrases,
    label,
    refuse,
)
from privacy_desk.services.context import DeskContext
from privacy_desk.services.identity_check import checklist_for
from privacy_desk.store import audit
from privacy_desk.store.audit import AuditRecord
from privacy_desk.store.models import (
    AuditEntry,
    Case,
    CaseExtension,
    CasePause,
    CaseRequest,
    Document,
    Enclosure,
    ReferenceCounter,
)
from privacy_desk.store.sql import insert_if_missing


@dataclass
class RequestInput:
    request_type: RequestType
    data_concerned: str = ""
    reasons: str = ""


@dataclass
class EnclosureInput:
    kind: EnclosureKind
    description: str = ""


@dataclass
class NewCase:
    """What the clerk reads from the envelope and the request form."""

    received_on: date
    requester_kind: RequesterKind
    requester_name: str
    requests: Sequence[RequestInput]
    postmarked_on: date | None = None
    requester_kana: str = ""
    requester_birth_date: date | None = None
    requester_postal_code: str = ""
    requester_address: str = ""
    requester_phone: str = ""
    requester_email: str = ""
    agent_name: str = ""
    agent_kana: str = ""
    agent_postal_code: str = ""
    agent_address: str = ""
    agent_phone: str = ""
    agent_email: str = ""
    agent_qualification: str = ""
    agent_registration_number: str = ""
    disclosure_method: DisclosureMethod | None = None
    fee_amount: int = 0
    fee_payment: FeePayment = FeePayment.NONE
    money_order_number: str = ""
    money_order_issued_on: date | None = None
    enclosures: Sequence[EnclosureInput] = field(default_factory=list)
    language: str = "ja"
    assigned_to: str = ""
    notes: str = ""


# Fields a clerk may change after logging, with the audit trail keeping the old value.
EDITABLE_FIELDS = frozenset(
    {
        "received_on",
        "postmarked_on",
        "requester_kind",
        "requester_name",
        "requester_kana",
        "requester_birth_date",
        "requester_postal_code",
        "requester_address",
        "requester_phone",
        "requester_email",
        "agent_name",
        "agent_kana",
        "agent_postal_code",
        "agent_address",
        "agent_phone",
        "agent_email",
        "agent_qualification",
        "agent_registration_number",
        "disclosure_method",
        "fee_amount",
        "fee_payment",
        "money_order_number",
        "money_order_issued_on",
        "language",
        "assigned_to",
        "notes",
    }
)


def next_reference(session: Session, year: int) -> tuple[str, int]:
    """Hand out the next reference of ``year`` inside the write transaction.

    The counter is raised in the database by one ``UPDATE … RETURNING``: its row stays
    locked until the transaction ends, so desks saving at the same moment on a server
    take turns and get one number each, and a transaction undone gives its number back
    (no gaps, no duplicates).
    """
    insert_if_missing(session, ReferenceCounter.__table__, year=year, last_sequence=0)
    raised = session.execute(
        update(ReferenceCounter)
        .where(ReferenceCounter.year == year)
        .values(last_sequence=ReferenceCounter.last_sequence + 1)
        .returning(ReferenceCounter.last_sequence)
        .execution_options(synchronize_session=False)
    )
    sequence = int(raised.scalar_one())
    return format_reference(year, sequence), sequence


class _IntakeFields(Protocol):
    """What both a :class:`NewCase` and a stored :class:`Case` offer the intake rules."""

    received_on: date
    postmarked_on: date | None
    requester_kind: RequesterKind
    requester_name: str
    requester_birth_date: date | None
    requester_postal_code: str
    agent_name: str
    fee_amount: int
    fee_payment: FeePayment


def _refuse_bad_intake(today: date, record: _IntakeFields, types: Sequence[RequestType]) -> None:
    problems = check_intake(
        today=today,
        received_on=record.received_on,
        postmarked_on=record.postmarked_on,
        requester_kind=record.requester_kind,
        requester_name=record.requester_name,
        requester_birth_date=record.requester_birth_date,
        requester_postal_code=record.requester_postal_code,
        agent_name=record.agent_name,
        request_types=types,
        fee_amount=record.fee_amount,
        fee_payment=record.fee_payment,
    )
    # each sentence its own template (marked where domain.intake writes it)
    refuse([InvalidInput(message) for message in problems.by_field.values()])


def case_event(
    ctx: DeskContext,
    reference: str,
    action: str,
    field_name: str = "",
    old: object = None,
    new: object = None,
    details: Mapping[str, object] | None = None,
) -> AuditRecord:
    return AuditRecord(
        actor=ctx.actor,
        action=action,
        entity_type="case",
        entity_id=reference,
        field_name=field_name,
        old_value=old,
        new_value=new,
        details=details or {},
    )


def save_case(
    ctx: DeskContext, session: Session, case: Case, today: date, events: list[AuditRecord]
) -> None:
    """Derived values, the change time and the audit entries of one change.

    The case's row is written first: its version goes up by one (refused if another desk
    wrote it since it was read, ``StaleDataError``), and each entry names the version
    it made, which tells a desk refused later what the others changed.
    """
    refresh_derived(ctx, case, today)
    session.flush()
    audit.append(
        session, [replace(e, details={**e.details, VERSION_KEY: case.version}) for e in events]
    )


#: The audit details' key of the case version a change made.
VERSION_KEY = "version"


def refuse_if_changed(session: Session, case: Case, seen_version: int | None) -> None:
    """Refuse to save over a case changed since the user read it at ``seen_version``
    (None: the caller read it in this transaction). The refusal lists the changes."""
    if seen_version is None or case.version == seen_version:
        return
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_type == "case", AuditEntry.entity_id == case.reference)
        .order_by(AuditEntry.id.desc())
        .limit(500)
    )
    changes = []
    for entry in entries:
        details = json.loads(entry.details or "{}")
        version = details.get(VERSION_KEY)
        if not isinstance(version, int):
            continue  # a look, a print, a document's own entry: no save of the case
        if version <= seen_version:
            break
        changes.append(Change(entry.actor, entry.recorded_at, entry.action, entry.field))
    changes.reverse()
    names = dict.fromkeys(c.actor for c in changes)  # each once, in order
    actors = Phrases(Phrase(name, "Names") for name in names) if names else None
    raise ChangedElsewhere(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {reference} was changed at another desk by {actors} since you opened it; "
            "your changes were not saved. Look at what changed in the case's history, then "
            "save again.",
        )
        if actors
        else QT_TRANSLATE_NOOP(
            "Errors",
            "Case {reference} was changed at another desk since you opened it; your changes "
            "were not saved. Look at what changed in the case's history, then save again.",
        ),
        changes=changes,
        reference=case.reference,
        **({"actors": actors} if actors else {}),
    )


def refresh_derived(ctx: DeskContext, case: Case, today: date) -> None:
    """The deadlines, the search text and the change time of a case just changed."""
    _refresh_deadlines(ctx, case, today)
    case.search_text = case_search_text({n: getattr(case, n) for n in CASE_SEARCH_FIELDS})
    case.updated_at = audit.now_utc()


def log_request(ctx: DeskContext, new: NewCase) -> Case:
    """Log a mailed request; returns the new case with its reference."""
    ctx.require(Permission.LOG_REQUESTS)
    today = ctx.today()
    check_new_case(today, new)
    with ctx.db.write() as session:
        case, created = build_case(ctx, session, new)
        save_case(ctx, session, case, today, [created])
    return case


def check_new_case(today: date, new: NewCase) -> None:
    """Refuse what cannot be logged (:func:`privacy_desk.domain.intake.check_intake`)."""
    _refuse_bad_intake(today, new, [r.request_type for r in new.requests])


def build_case(
    ctx: DeskContext,
    session: Session,
    new: NewCase,
    *,
    import_key: str | None = None,
    details: Mapping[str, object] | None = None,
) -> tuple[Case, AuditRecord]:
    """A new case in the caller's write transaction, with its reference, and its
    ``case.create`` audit entry (``details`` added to it) for the caller to append.

    The caller has checked the permission and :func:`check_new_case`, and saves the case
    (:func:`save_case`, or :func:`refresh_derived` and one :func:`audit.append` for many).
    ``import_key`` marks a case imported from the office's earlier records
    (:mod:`privacy_desk.services.importing`).
    """
    stamp = audit.now_utc()
    values: dict[str, Any] = {name: getattr(new, name) for name in EDITABLE_FIELDS}
    values["requester_postal_code"] = normalize_postal_code(new.requester_postal_code)
    values["agent_postal_code"] = normalize_postal_code(new.agent_postal_code)
    reference, sequence = next_reference(session, new.received_on.year)
    case = Case(
        reference=reference,
        reference_year=new.received_on.year,
        reference_sequence=sequence,
        status=CaseStatus.RECEIVED,
        import_key=import_key,
        created_at=stamp,
        created_by=ctx.actor,
        updated_at=stamp,
        **values,
    )
    case.requests = [
        CaseRequest(
            position=i,
            request_type=r.request_type,
            data_concerned=r.data_concerned,
            reasons=r.reasons,
        )
        for i, r in enumerate(new.requests)
    ]
    case.enclosures = [
        Enclosure(kind=e.kind, description=e.description, received_on=new.received_on)
        for e in new.enclosures
    ]
    session.add(case)
    created: dict[str, object] = {
        "request_types": [r.request_type.value for r in new.requests],
        "requester_kind": new.requester_kind.value,
        **(details or {}),
    }
    return case, case_event(ctx, reference, "case.create", details=created)


def load_case(session: Session, reference: str, *, for_update: bool = False) -> Case:
    """The case with its parts. ``for_update`` locks its row on a server until the
    transaction ends: a save by another desk waits, then is refused by its version."""
    statement = select(Case)
    if for_update:
        statement = statement.with_for_update(of=Case)
    case = session.scalar(
        statement.where(Case.reference == reference).options(
            selectinload(Case.requests),
            selectinload(Case.enclosures),
            selectinload(Case.pauses),
            selectinload(Case.extensions),
            selectinload(Case.documents).selectinload(Document.pages),
        )
    )
    if case is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no case {reference}."), reference=reference
        )
    return case


def case_id_of(session: Session, reference: str) -> int:
    """The id of a case, for reads that need nothing else of it (no relationships
    loaded, unlike :func:`load_case`)."""
    case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    if case_id is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no case {reference}."), reference=reference
        )
    return case_id


def get_case(ctx: DeskContext, reference: str) -> Case:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return load_case(session, reference)


def _deadlines_of(ctx: DeskContext, case: Case, today: date) -> deadlines.Deadlines:
    return deadlines.compute_deadlines(
        case.received_on,
        calendar=ctx.calendar,
        target_business_days=ctx.target_business_days,
        pauses=[deadlines.Pause(p.started_on, p.ended_on) for p in case.pauses],
        extensions=[deadlines.Extension(e.new_target_on, e.reason) for e in case.extensions],
        as_of=today,
    )


def _deadlines_moved(ctx: DeskContext, case: Case, today: date) -> bool:
    result = _deadlines_of(ctx, case, today)
    stored = (case.target_on, case.legal_line_on, case.paused_days)
    return stored != (result.target_on, result.legal_line_on, result.paused_days)


def _refresh_deadlines(ctx: DeskContext, case: Case, today: date) -> None:
    result = _deadlines_of(ctx, case, today)
    case.target_on = result.target_on
    case.legal_line_on = result.legal_line_on
    case.paused_days = result.paused_days


def update_case(
    ctx: DeskContext,
    reference: str,
    changes: Mapping[str, object],
    *,
    request_texts: Mapping[RequestType, tuple[str, str]] | None = None,
    new_enclosures: Sequence[EnclosureInput] = (),
    enclosures_received_on: date | None = None,
    seen_version: int | None = None,
) -> Case:
    """Change a case in one transaction; every change is audited with old and new value.

    ``changes`` sets fields of :data:`EDITABLE_FIELDS`; ``request_texts`` sets the
    data concerned and the reasons of request types the case has; ``new_enclosures``
    records what arrived later (on ``enclosures_received_on``, default today).
    ``seen_version``: the version of the case the user changed (refused if another desk
    saved it since, :class:`~privacy_desk.errors.ChangedElsewhere`).
    """
    ctx.require(Permission.PROCESS_CASES)
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "These fields cannot be changed here: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    today = ctx.today()
    arrived = enclosures_received_on or today
    if new_enclosures and not arrived <= today:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An enclosure cannot arrive in the future."))
    with ctx.db.write() as session:
        case = load_case(session, reference, for_update=True)
        refuse_if_changed(session, case, seen_version)
        records = []
        for name, value in changes.items():
            if name.endswith("postal_code") and isinstance(value, str):
                value = normalize_postal_code(value)
            old = getattr(case, name)
            if old == value:
                continue
            setattr(case, name, value)
            records.append(case_event(ctx, reference, "case.change", name, old, value))
        by_type = {r.request_type: r for r in case.requests}
        for request_type, (data, reasons) in (request_texts or {}).items():
            request = by_type.get(request_type)
            if request is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Case {reference} has no request of that type."),
                    reference=reference,
                )
            for attribute, value in (("data_concerned", data), ("reasons", reasons)):
                old = getattr(request, attribute)
                if old != value:
                    setattr(request, attribute, value)
                    field_name = f"request.{request_type.value}.{attribute}"
                    records.append(
                        case_event(ctx, reference, "case.change", field_name, old, value)
                    )
        for enclosure in new_enclosures:
            case.enclosures.append(
                Enclosure(
                    kind=enclosure.kind, description=enclosure.description, received_on=arrived
                )
            )
            records.append(
                case_event(
                    ctx,
                    reference,
                    "case.enclosure",
                    "enclosures",
                    None,
                    enclosure.kind,
                    {"received_on": arrived.isoformat(), "description": enclosure.description},
                )
            )
        if not records:
            return case
        _refuse_bad_intake(today, case, case.request_types)
        save_case(ctx, session, case, today, records)
    return case


def move_status(
    ctx: DeskContext,
    reference: str,
    new_status: CaseStatus,
    *,
    on: date | None = None,
    reason: str = "",
    seen_version: int | None = None,
) -> Case:
    """Move a case along its life; pauses the clock while documents are awaited.

    ``seen_version`` as for :func:`update_case`.
    """
    ctx.require(Permission.PROCESS_CASES)
    today = ctx.today()
    on = on or today
    with ctx.db.write() as session:
        case = load_case(session, reference, for_update=True)
        refuse_if_changed(session, case, seen_version)
        old_status = case.status
        check_move(old_status, new_status)
        if new_status is CaseStatus.DECIDED:
            missing = [t.label for t in case.undecided_types]
            if missing:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Record a decision for every request type first: {types}."
                    ),
                    types=_named(missing),
                )
            waiting = [
                r.request_type.label
                for r in case.requests
                if needs_approval(r.request_type, r.outcome) and not r.approved_by
            ]
            if waiting:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A manager other than the one who recorded it must approve the decision "
                        "first (two-person rule): {types}.",
                    ),
                    types=_named(waiting),
                )
        if on < case.received_on or on > today:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The date of a status change must lie between arrival and today."
                )
            )
        if new_status is CaseStatus.VERIFIED:
            _refuse_unverified(ctx, case, today)
        if new_status is CaseStatus.REPLIED or new_status in CLOSING_STATUSES:
            for document in case.documents:  # the copies have served: their disposal date
                if document.disposed_at is None and document.dispose_after is None:
                    document.dispose_after = disposal_date(on)
        if old_status.pauses_clock:
            for pause in case.pauses:
                if pause.ended_on is None:
                    pause.ended_on = max(on, pause.started_on)
        if new_status.pauses_clock:
            case.pauses.append(CasePause(started_on=on, reason=reason))
        case.status = new_status
        case.closed_on = on if new_status in CLOSING_STATUSES else None
        if new_status is CaseStatus.REPLIED:
            case.replied_on = on
        elif new_status.awaits_reply:  # reopened before the reply: it is to be answered anew
            case.replied_on = None
        details: dict[str, object] = {"on": on.isoformat()}
        if reason:
            details["reason"] = reason
        event = case_event(ctx, reference, "case.status", "status", old_status, new_status, details)
        save_case(ctx, session, case, today, [event])
    return case


def _refuse_unverified(ctx: DeskContext, case: Case, today: date) -> None:
    """Identity is verified by the checklist, not by a click (policy §9.2)."""
    checklist = checklist_for(
        case, today=today, max_certificate_age_months=ctx.settings.get(S.CERTIFICATE_MAX_AGE_MONTHS)
    )
    if checklist.verified:
        return
    reasons = [(item.text_en, item.text_ja) for item in checklist.missing] + [
        (f.message, f.message_ja) for f in checklist.problems
    ]
    raise _NotVerified([en for en, _ in reasons[:3]], [ja for _, ja in reasons[:3]])


class _NotVerified(InvalidInput):
    """Identity is not yet verified, for the checklist's first reasons. The checklist
    words them in English and Japanese (domain.identity): the Japanese ones go with the
    translated sentence."""

    def __init__(self, reasons_en: Sequence[str], reasons_ja: Sequence[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Identity is not yet verified: {reasons}"),
            reasons=" ".join(r.rstrip(".") + "." for r in reasons_en),
        )
        self.reasons_ja = "".join(r.rstrip("。") + "。" for r in reasons_ja)

    def __str__(self) -> str:
        shown = super().__str__()
        if shown == self.message:  # the English sentence
            return shown
        return shown.replace(str(self.values["reasons"]), self.reasons_ja)


def _named(labels: Sequence[str]) -> str:
    """Request types named in a sentence: one in the sentence's language, several as a
    list (their English labels)."""
    return label(labels[0]) if len(labels) == 1 else ", ".join(labels)


def extend_target(ctx: DeskContext, reference: str, new_target_on: date, reason: str) -> Case:
    """Record an extension of the internal target date, with its reason."""
    ctx.require(Permission.PROCESS_CASES)
    if not reason.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give the reason for the extension."))
    today = ctx.today()
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if not case.status.awaits_reply:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Case {reference} is '{status}'; nothing to extend."),
                reference=reference,
                status=label(case.status.label),
            )
        if new_target_on <= case.target_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The new target must be later than the current one ({target})."
                ),
                target=case.target_on,
            )
        old_target = case.target_on
        case.extensions.append(
            CaseExtension(
                granted_on=today,
                previous_target_on=old_target,
                new_target_on=new_target_on,
                reason=reason,
                granted_by=ctx.actor,
            )
        )
        # new_target_on is later than the clock's date, so it is the target now
        event = case_event(
            ctx,
            reference,
            "case.extend",
            "target_on",
            old_target,
            new_target_on,
            {"reason": reason},
        )
        save_case(ctx, session, case, today, [event])
    return case


def refresh_paused_deadlines(ctx: DeskContext) -> int:
    """Bring the stored deadlines of paused cases up to today; returns how many moved.

    A paused clock moves the target one day further each day, so the stored
    values of cases awaiting documents are refreshed at start-up and before
    exports. Derived values only: no audit entry.

    They are read first, and written (under the write lock, read again) only when
    some moved: once a day, not at every start.
    """
    today = ctx.today()
    paused = (
        select(Case)
        .where(Case.status == CaseStatus.AWAITING_DOCUMENTS)
        .options(selectinload(Case.pauses), selectinload(Case.extensions))
    )
    with ctx.db.read() as session:
        stored = session.scalars(paused).all()
    moved = [case.id for case in stored if _deadlines_moved(ctx, case, today)]
    if not moved:
        return 0
    changed = 0
    with ctx.db.write() as session:
        for case in session.scalars(paused.where(Case.id.in_(moved))):
            before = (case.target_on, case.paused_days)
            _refresh_deadlines(ctx, case, today)
            changed += before != (case.target_on, case.paused_days)
    return changed
