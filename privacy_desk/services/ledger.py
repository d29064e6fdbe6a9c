"""The personal information ledger, its yearly reviews and batches, and the records of
provision to and from third parties (issue 7; domain.ledger).

Managers (the retention permission) keep the ledger; every change is audited
field by field. Anyone who may see cases may read it. Provision records are
logged by staff who process cases and searched by data subject, so that a
request for disclosure of the provision records (APPI Art. 33(5)) can be
answered from the case (:func:`provisions_for_case`). The audit trail names a
provision record by its number, never the person it is about.

A ledger entry's *batches* are what comes due for disposal; the due list and
the disposal itself are services.retention's, with the same two-person rule.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.ledger import (
    LedgerRetention,
    Medium,
    ProvisionBasis,
    ProvisionDirection,
    batch_due_on,
    next_review_on,
)
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit, RetainedKind
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import fold, search_text
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, longer_than, refuse
from privacy_desk.services.context import DeskContext
from privacy_desk.services.inputs import stripped
from privacy_desk.store import audit
from privacy_desk.store.models import (
    Case,
    Disposal,
    LedgerBatch,
    LedgerEntry,
    LedgerEntryPurpose,
    LedgerReview,
    ProvisionRecord,
    Purpose,
    PurposeAchieved,
)


@dataclass(frozen=True)
class PurposeInfo:
    code: str
    text_en: str
    text_ja: str


@dataclass(frozen=True)
class LedgerEntryData:
    """What a manager fills in for one set of personal information."""

    name: str
    data_items: str
    purposes: tuple[str, ...]  # PurposeInfo codes
    medium: Medium
    retention: LedgerRetention
    disposal_method: DisposalMethod
    special_care: bool = False
    special_care_items: str = ""
    acquisition: str = ""
    storage_place: str = ""
    department: str = ""
    access: str = ""
    period_of_use: str = ""
    third_party: bool = False
    joint_use: bool = False
    recipients: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    reviewed_on: date
    reviewed_by: str
    note: str


@dataclass(frozen=True)
class LedgerEntryInfo:
    id: int
    data: LedgerEntryData
    next_review_on: date
    last_review: ReviewInfo | None
    retired_on: date | None
    created_by: str
    created_at: str
    changed_by: str
    changed_at: str
    open_batches: int  # batches not yet disposed of

    @property
    def name(self) -> str:
        return self.data.name

    def review_due(self, as_of: date) -> bool:
        return self.retired_on is None and self.next_review_on <= as_of


@dataclass(frozen=True)
class BatchInfo:
    id: int
    entry_id: int
    label: str
    event_on: date | None
    due_on: date | None  # None: nothing makes it due yet
    purpose_achieved_on: date | None
    disposal_requested: bool
    disposed_at: str | None


@dataclass(frozen=True)
class ProvisionData:
    entry_id: int
    direction: ProvisionDirection
    provided_on: date
    counterparty: str
    subject_name: str
    items: str
    basis: ProvisionBasis
    counterparty_address: str = ""
    subject_kana: str = ""
    subject_birth_date: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ProvisionInfo:
    id: int
    entry_name: str
    data: ProvisionData
    recorded_by: str
    recorded_at: str


# --- purposes ------------------------------------------------------------------------------


def purposes(ctx: DeskContext) -> list[PurposeInfo]:
    """The purposes of use of the privacy policy §5, in its order."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        rows = session.scalars(select(Purpose).order_by(Purpose.position))
        return [PurposeInfo(r.code, r.text_en, r.text_ja) for r in rows]


# --- entries -------------------------------------------------------------------------------


_LIMITS = {  # a field: how long it may be, and what is said when it is longer
    "name": (200, QT_TRANSLATE_NOOP("Errors", "The name is longer than {limit} characters.")),
    "special_care_items": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The special care items are longer than {limit} characters."),
    ),
    "acquisition": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The acquisition is longer than {limit} characters."),
    ),
    "storage_place": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The storage place is longer than {limit} characters."),
    ),
    "department": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The department is longer than {limit} characters."),
    ),
    "access": (400, QT_TRANSLATE_NOOP("Errors", "The access is longer than {limit} characters.")),
    "period_of_use": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The period of use is longer than {limit} characters."),
    ),
    "recipients": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The recipients are longer than {limit} characters."),
    ),
}


def _clean(data: LedgerEntryData, known_purposes: set[str]) -> LedgerEntryData:
    data = stripped(data)
    problems: list[InvalidInput] = []
    if not data.name:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Give the set of personal information a name.")
            )
        )
    if not data.data_items:
        problems.append(InvalidInput(QT_TRANSLATE_NOOP("Errors", "List the data items it holds.")))
    if not data.purposes:
        problems.append(
            InvalidInput(QT_TRANSLATE_NOOP("Errors", "Pick at least one purpose of use."))
        )
    unknown = [code for code in data.purposes if code not in known_purposes]
    if unknown:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown purpose of use: {codes}."),
                codes=", ".join(unknown),
            )
        )
    if data.special_care and not data.special_care_items:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say which special-care-required information it includes."
                )
            )
        )
    if len(data.retention.event.strip()) > 200:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The event the retention is counted from is longer than {limit} characters.",
                ),
                limit=200,
            )
        )
    if (data.third_party or data.joint_use) and not data.recipients:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Name the third parties or joint users it goes to.")
            )
        )
    problems += longer_than(data, _LIMITS)
    refuse(problems)
    return replace(data, purposes=tuple(dict.fromkeys(data.purposes)))


def _data(row: LedgerEntry) -> LedgerEntryData:
    return LedgerEntryData(
        name=row.name,
        data_items=row.data_items,
        purposes=tuple(sorted((p.purpose_code for p in row.purposes), key=lambda c: (len(c), c))),
        medium=row.medium,
        retention=LedgerRetention(row.retention_count, row.retention_unit, row.retention_event),
        disposal_method=row.disposal_method,
        special_care=row.special_care,
        special_care_items=row.special_care_items,
        acquisition=row.acquisition,
        storage_place=row.storage_place,
        department=row.department,
        access=row.access,
        period_of_use=row.period_of_use,
        third_party=row.third_party,
        joint_use=row.joint_use,
        recipients=row.recipients,
        note=row.note,
    )


def _info(row: LedgerEntry) -> LedgerEntryInfo:
    last = row.reviews[-1] if row.reviews else None
    return LedgerEntryInfo(
        id=row.id,
        data=_data(row),
        next_review_on=row.next_review_on,
        last_review=_review(last) if last is not None else None,
        retired_on=row.retired_on,
        created_by=row.created_by,
        created_at=row.created_at,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
        open_batches=sum(1 for b in row.batches if b.disposed_at is None),
    )


def _review(row: LedgerReview) -> ReviewInfo:
    return ReviewInfo(row.id, row.reviewed_on, row.reviewed_by, row.note)


def _apply(row: LedgerEntry, data: LedgerEntryData) -> None:
    for f in fields(data):
        if f.name not in ("purposes", "retention"):
            setattr(row, f.name, getattr(data, f.name))
    row.retention_count = data.retention.count
    row.retention_unit = data.retention.unit
    row.retention_event = data.retention.event.strip()
    row.purposes = [LedgerEntryPurpose(purpose_code=code) for code in data.purposes]


def _known_purposes(session: Session) -> set[str]:
    return set(session.scalars(select(Purpose.code)))


def _entry(session: Session, entry_id: int) -> LedgerEntry:
    row = session.get(LedgerEntry, entry_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no ledger entry number {number}."),
            number=entry_id,
        )
    return row


def _unique_name(session: Session, name: str, entry_id: int | None) -> None:
    other = session.scalar(select(LedgerEntry.id).where(LedgerEntry.name == name))
    if other is not None and other != entry_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The ledger already has an entry named “{name}” (No. {number})."
            ),
            name=name,
            number=other,
        )


def entries(ctx: DeskContext, *, include_retired: bool = False) -> list[LedgerEntryInfo]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        query = select(LedgerEntry).order_by(LedgerEntry.id)
        if not include_retired:
            query = query.where(LedgerEntry.retired_on.is_(None))
        return [_info(row) for row in session.scalars(query)]


def entry(ctx: DeskContext, entry_id: int) -> LedgerEntryInfo:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return _info(_entry(session, entry_id))


def add_entry(
    ctx: DeskContext, data: LedgerEntryData, *, first_review_on: date | None = None
) -> LedgerEntryInfo:
    """A new ledger entry; its first review is due a year from today unless said otherwise."""
    ctx.require(Permission.RETENTION)
    if first_review_on is not None and first_review_on > next_review_on(ctx.today()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The first review is due within a year from today.")
        )
    with ctx.db.write() as session:
        data = _clean(data, _known_purposes(session))
        _unique_name(session, data.name, None)
        now = audit.now_utc()
        row = LedgerEntry(
            next_review_on=first_review_on or next_review_on(ctx.today()),
            created_at=now,
            created_by=ctx.actor,
            changed_at=now,
            changed_by=ctx.actor,
        )
        _apply(row, data)
        session.add(row)
        session.flush()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="ledger.create",
                entity_type="ledger_entry",
                entity_id=str(row.id),
                new_value=data.name,
            ),
        )
        return _info(row)


def _field_texts(data: LedgerEntryData) -> dict[str, str]:
    texts = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if f.name == "purposes":
            texts[f.name] = ", ".join(value)
        elif f.name == "retention":
            texts[f.name] = value.text
        elif isinstance(value, bool):
            texts[f.name] = "yes" if value else "no"
        else:
            texts[f.name] = str(value)
    return texts


def change_entry(ctx: DeskContext, entry_id: int, data: LedgerEntryData) -> LedgerEntryInfo:
    """Change an entry; each changed field is audited with its old and new value."""
    ctx.require(Permission.RETENTION)
    with ctx.db.write() as session:
        row = _entry(session, entry_id)
        data = _clean(data, _known_purposes(session))
        _unique_name(session, data.name, entry_id)
        old, new = _field_texts(_data(row)), _field_texts(data)
        changed = [name for name in new if old[name] != new[name]]
        if not changed:
            return _info(row)
        _apply(row, data)
        row.changed_at, row.changed_by = audit.now_utc(), ctx.actor
        for name in changed:
            audit.record(
                session,
                audit.AuditRecord(
                    actor=ctx.actor,
                    action="ledger.change",
                    entity_type="ledger_entry",
                    entity_id=str(entry_id),
                    field_name=name,
                    old_value=old[name],
                    new_value=new[name],
                ),
            )
        session.flush()
        session.refresh(row)
        return _info(row)


def retire_entry(ctx: DeskContext, entry_id: int, on: date, reason: str) -> LedgerEntryInfo:
    """The company no longer holds this set; the entry stays as a record, off the review list."""
    ctx.require(Permission.RETENTION)
    if not reason.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the set is no longer held (e.g. all of it was disposed of)."
            )
        )
    if on > ctx.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "An entry cannot be retired on a day still to come.")
        )
    with ctx.db.write() as session:
        row = _entry(session, entry_id)
        if row.retired_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This entry was retired on {date}."),
                date=row.retired_on.isoformat(),
            )
        kept = [b.label for b in row.batches if b.disposed_at is None]
        if kept:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Batches of this set are still kept: {batches}. Dispose of them first.",
                ),
                batches=", ".join(kept),
            )
        row.retired_on = on
        row.changed_at, row.changed_by = audit.now_utc(), ctx.actor
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="ledger.retire",
                entity_type="ledger_entry",
                entity_id=str(entry_id),
                new_value=on.isoformat(),
                details={"reason": reason.strip()},
            ),
        )
        return _info(row)


# --- reviews -------------------------------------------------------------------------------


def reviews(ctx: DeskContext, entry_id: int) -> list[ReviewInfo]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return [_review(r) for r in _entry(session, entry_id).reviews]


def record_review(
    ctx: DeskContext, entry_id: int, on: date | None = None, note: str = ""
) -> LedgerEntryInfo:
    """A manager reviewed the entry: the next review is due a year later."""
    ctx.require(Permission.RETENTION)
    on = on or ctx.today()
    if on > ctx.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A review cannot be recorded for a day still to come.")
        )
    if len(note.strip()) > 400:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The review note is longer than {limit} characters."),
            limit=400,
        )
    with ctx.db.write() as session:
        row = _entry(session, entry_id)
        if row.retired_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This entry was retired; it needs no more reviews.")
            )
        if row.reviews and on < row.reviews[-1].reviewed_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A review cannot be recorded before the last one ({date})."
                ),
                date=row.reviews[-1].reviewed_on.isoformat(),
            )
        review = LedgerReview(
            reviewed_on=on, reviewed_by=ctx.actor, note=note.strip(), recorded_at=audit.now_utc()
        )
        row.reviews.append(review)
        row.next_review_on = next_review_on(on)
        session.flush()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="ledger.review",
                entity_type="ledger_entry",
                entity_id=str(entry_id),
                new_value=on.isoformat(),
                details={"next_review_on": row.next_review_on.isoformat()},
            ),
        )
        return _info(row)


def reviews_due(ctx: DeskContext, as_of: date, horizon_days: int = 0) -> list[LedgerEntryInfo]:
    """Entries whose yearly review is due on ``as_of`` or within the horizon, oldest first."""
    ctx.require(Permission.VIEW_CASES)
    until = as_of + timedelta(days=horizon_days)
    with ctx.db.read() as session:
        rows = session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.retired_on.is_(None), LedgerEntry.next_review_on <= until)
            .order_by(LedgerEntry.next_review_on, LedgerEntry.id)
        )
        return [_info(row) for row in rows]


# --- batches -------------------------------------------------------------------------------


def _batch(session: Session, batch: LedgerBatch) -> BatchInfo:
    achieved = session.get(PurposeAchieved, (RetainedKind.LEDGER_BATCH, batch.id))
    achieved_on = achieved.achieved_on if achieved is not None else None
    requested = session.scalar(
        select(Disposal.id).where(
            Disposal.item_kind == RetainedKind.LEDGER_BATCH, Disposal.item_id == batch.id
        )
    )
    retention = _data(batch.entry).retention
    return BatchInfo(
        id=batch.id,
        entry_id=batch.entry_id,
        label=batch.label,
        event_on=batch.event_on,
        due_on=batch_due_on(retention, batch.event_on, achieved_on),
        purpose_achieved_on=achieved_on,
        disposal_requested=requested is not None,
        disposed_at=batch.disposed_at,
    )


def batches(ctx: DeskContext, entry_id: int) -> list[BatchInfo]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return [_batch(session, b) for b in _entry(session, entry_id).batches]


def add_batch(
    ctx: DeskContext, entry_id: int, label: str, event_on: date | None = None
) -> BatchInfo:
    """A batch of the set (a year's forms, one event's list), counted from its own event."""
    ctx.require(Permission.RETENTION)
    label = label.strip()
    if not label:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Name the batch (e.g. “Applications 2025”).")
        )
    if len(label) > 200:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The batch's name is longer than {limit} characters."),
            limit=200,
        )
    with ctx.db.write() as session:
        row = _entry(session, entry_id)
        if row.retired_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This entry was retired; it takes no new batches.")
            )
        if any(b.label == label for b in row.batches):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This entry already has a batch “{label}”."),
                label=label,
            )
        batch = LedgerBatch(
            label=label, event_on=event_on, created_at=audit.now_utc(), created_by=ctx.actor
        )
        row.batches.append(batch)
        session.flush()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="ledger.batch",
                entity_type="ledger_batch",
                entity_id=str(batch.id),
                new_value=label,
                details={"entry": entry_id, "event_on": event_on and event_on.isoformat()},
            ),
        )
        return _batch(session, batch)


def set_batch_event(ctx: DeskContext, batch_id: int, event_on: date) -> BatchInfo:
    """The day of the entry's named event for this batch (e.g. the contract ended)."""
    ctx.require(Permission.RETENTION)
    with ctx.db.write() as session:
        batch = session.get(LedgerBatch, batch_id)
        if batch is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no ledger batch number {number}."),
                number=batch_id,
            )
        if batch.disposed_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "This batch was disposed of already."))
        requested = session.scalar(
            select(Disposal.id).where(
                Disposal.item_kind == RetainedKind.LEDGER_BATCH, Disposal.item_id == batch_id
            )
        )
        if requested is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This batch is requested for disposal; withdraw the request to change its "
                    "date.",
                )
            )
        old = batch.event_on
        batch.event_on = event_on
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="ledger.batch_event",
                entity_type="ledger_batch",
                entity_id=str(batch_id),
                old_value=old and old.isoformat(),
                new_value=event_on.isoformat(),
            ),
        )
        return _batch(session, batch)


# --- provision records ---------------------------------------------------------------------


def _provision_info(row: ProvisionRecord, entry_name: str) -> ProvisionInfo:
    return ProvisionInfo(
        id=row.id,
        entry_name=entry_name,
        data=ProvisionData(
            entry_id=row.entry_id,
            direction=row.direction,
            provided_on=row.provided_on,
            counterparty=row.counterparty,
            subject_name=row.subject_name,
            items=row.items,
            basis=row.basis,
            counterparty_address=row.counterparty_address,
            subject_kana=row.subject_kana,
            subject_birth_date=row.subject_birth_date,
            note=row.note,
        ),
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
    )


_PROVISION_LIMITS = {  # as _LIMITS, for a provision record
    "counterparty": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The counterparty is longer than {limit} characters."),
    ),
    "subject_name": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The subject name is longer than {limit} characters."),
    ),
    "subject_kana": (
        200,
        QT_TRANSLATE_NOOP("Errors", "The subject kana is longer than {limit} characters."),
    ),
    "counterparty_address": (
        400,
        QT_TRANSLATE_NOOP("Errors", "The counterparty address is longer than {limit} characters."),
    ),
    "items": (400, QT_TRANSLATE_NOOP("Errors", "The items are longer than {limit} characters.")),
    "note": (400, QT_TRANSLATE_NOOP("Errors", "The note is longer than {limit} characters.")),
}


def record_provision(ctx: DeskContext, data: ProvisionData) -> ProvisionInfo:
    """Log a provision to (Art. 29) or from (Art. 30) a third party against a ledger entry."""
    ctx.require(Permission.PROCESS_CASES)
    data = stripped(data)
    problems: list[InvalidInput] = []
    if not data.counterparty:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Name the recipient.")
                if data.direction is ProvisionDirection.PROVIDED
                else QT_TRANSLATE_NOOP("Errors", "Name who provided it.")
            )
        )
    if not data.subject_name:
        problems.append(
            InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name the person the data is about."))
        )
    if not data.items:
        problems.append(InvalidInput(QT_TRANSLATE_NOOP("Errors", "List the data items provided.")))
    if data.basis is ProvisionBasis.OTHER and not data.note:
        problems.append(InvalidInput(QT_TRANSLATE_NOOP("Errors", "Explain the basis in the note.")))
    if data.provided_on > ctx.today():
        problems.append(
            InvalidInput(QT_TRANSLATE_NOOP("Errors", "The date of provision is still to come."))
        )
    born = data.subject_birth_date
    if born is not None and born > data.provided_on:
        problems.append(
            InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The date of birth is after the date of provision.")
            )
        )
    problems += longer_than(data, _PROVISION_LIMITS)
    refuse(problems)
    with ctx.db.write() as session:
        entry_row = _entry(session, data.entry_id)
        if entry_row.retired_on is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The ledger entry “{name}” was retired."),
                name=entry_row.name,
            )
        # Art. 30: data received from a third party may go to any set; Art. 29 only from a
        # set the ledger says is provided or jointly used
        provided = data.direction is ProvisionDirection.PROVIDED
        if provided and not (entry_row.third_party or entry_row.joint_use):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The ledger entry “{name}” says it is not provided to third parties "
                    "nor jointly used; correct the entry first.",
                ),
                name=entry_row.name,
            )
        row = ProvisionRecord(
            **{f.name: getattr(data, f.name) for f in fields(data)},
            search_text=search_text(data.subject_name, data.subject_kana),
            recorded_by=ctx.actor,
            recorded_at=audit.now_utc(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="provision.record",
                entity_type="provision",
                entity_id=str(row.id),
                details={"entry": data.entry_id, "direction": data.direction.value},
            ),
        )
        return _provision_info(row, entry_row.name)


def provisions(
    ctx: DeskContext,
    *,
    subject: str = "",
    birth_date: date | None = None,
    entry_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    whole_name: bool = False,
) -> list[ProvisionInfo]:
    """Provision records, newest first.

    ``subject`` matches part of the name or kana however typed (full- or
    half-width, katakana or hiragana, with or without spaces); with
    ``whole_name`` it must be the whole name or kana.
    """
    ctx.require(Permission.VIEW_CASES)
    query = select(ProvisionRecord, LedgerEntry.name).join(
        LedgerEntry, LedgerEntry.id == ProvisionRecord.entry_id
    )
    folded = fold(subject)
    if folded:
        needle = f"|{folded}|" if whole_name else folded
        query = query.where(ProvisionRecord.search_text.contains(needle, autoescape=True))
    if birth_date is not None:
        query = query.where(
            (ProvisionRecord.subject_birth_date == birth_date)
            | ProvisionRecord.subject_birth_date.is_(None)
        )
    if entry_id is not None:
        query = query.where(ProvisionRecord.entry_id == entry_id)
    if since is not None:
        query = query.where(ProvisionRecord.provided_on >= since)
    if until is not None:
        query = query.where(ProvisionRecord.provided_on <= until)
    query = query.order_by(ProvisionRecord.provided_on.desc(), ProvisionRecord.id.desc())
    with ctx.db.read() as session:
        return [_provision_info(row, name) for row, name in session.execute(query)]


def provisions_for_case(ctx: DeskContext, reference: str) -> list[ProvisionInfo]:
    """The provision records about a case's requester (APPI Art. 33(5) disclosure).

    Matched by the requester's name or kana, exactly as folded, and the date of
    birth where both have one; the staff member confirms each match. The look-up
    is audited against the case.
    """
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        if case is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no case {reference}."), reference=reference
            )
        names = {fold(n) for n in (case.requester_name, case.requester_kana) if fold(n)}
        birth = case.requester_birth_date
    found: dict[int, ProvisionInfo] = {}
    for name in names:
        for record in provisions(ctx, subject=name, birth_date=birth, whole_name=True):
            found[record.id] = record
    with ctx.db.write() as session:  # in the case's history, without the name
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="provision.lookup",
                entity_type="case",
                entity_id=reference,
                details={"found": len(found)},
            ),
        )
    return sorted(found.values(), key=lambda r: (r.data.provided_on, r.id), reverse=True)


__all__ = [
    "BatchInfo",
    "LedgerEntryData",
    "LedgerEntryInfo",
    "LedgerRetention",
    "Medium",
    "PeriodUnit",
    "ProvisionData",
    "ProvisionInfo",
    "PurposeInfo",
    "ReviewInfo",
]
