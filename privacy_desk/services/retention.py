"""Retention of the office's own files, the due list and disposal (issue 7).

**Due list.** ID copies (identity documents and proofs of agency) are due 30
days (the ``id_copy`` rule) after the case's reply, or its closing when it
ended without one; case records and the PDFs of the letters issued are due 3
years (the ``case_record`` and ``letter`` rules) after closing. A case that is
not closed (``closed_on`` unset, e.g. reopened) has no case record or letters
due.

**A rule changed after the fact.** Due dates are computed from the *current*
rule whenever the list is made: shortening a rule brings items forward,
lengthening it pushes them back. An item already requested for disposal keeps
the due date and rule text recorded on its request, and leaves the due list;
the approval goes ahead on that record.

**Disposal** takes two managers: one requests it (method, witness, contractor
certificate), another approves it (``check_second_person``), and the approval
destroys at once, in one transaction, then cuts the write-ahead log and
vacuums the file so that no free page keeps a copy (``secure_delete`` is on as
well). The disposal record names what was destroyed, never its content.

- An ID copy: its page images go; the document row stays, marked disposed,
  as the record that the copy existed (type, holder, page count, dates).
- A letter: its stored PDF goes; the row (document number, kind, dates, hash)
  stays.
- A case record: everything that identifies or describes the person goes
  (names, kana, birth date, addresses, phones, e-mails, the agent's details,
  the money order number, notes, the free texts of the requests, enclosures,
  pauses and extensions, what was re-keyed off documents), as do the page
  images and letter PDFs still kept. What stays is what the handling
  statistics and an audit of the handling need: the reference, requester
  kind, dates, status, deadlines, request types, outcomes and refusal
  grounds, who decided and approved, the fee amount and how it was paid.

The audit trail is append-only and hash-chained: the values it recorded for
past field changes stay in it (see the README).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.identity_documents import DEFAULT_ID_COPY_RETENTION_DAYS
from privacy_desk.domain.ledger import LedgerRetention, batch_due_on
from privacy_desk.domain.retention import (
    DEFAULT_RULES,
    MAX_COUNT,
    DisposalMethod,
    PeriodUnit,
    RetainedKind,
    RetentionEvent,
    RetentionRule,
    due_on,
    latest_event_due_by,
)
from privacy_desk.domain.roles import Permission, check_second_person
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Phrase, UserError, label
from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.models import (
    Case,
    Disposal,
    Document,
    DocumentPage,
    LedgerBatch,
    LedgerEntry,
    Letter,
    PurposeAchieved,
    RetentionRuleRow,
)


@dataclass(frozen=True)
class DueItem:
    """Something whose retention has ended (or ends within the horizon)."""

    kind: RetainedKind
    id: int
    reference: str
    description: str
    due_on: date
    rule: str
    description_ja: str = ""
    rule_ja: str = ""


@dataclass(frozen=True)
class DisposalRecord:
    id: int
    kind: RetainedKind
    item_id: int
    reference: str
    description: str
    due_on: date | None
    rule: str
    method: DisposalMethod
    certificate_number: str
    witness: str
    requested_by: str
    requested_at: str
    approved_by: str
    approved_at: str | None
    done_at: str | None
    description_ja: str = ""
    rule_ja: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None


# --- rules ---------------------------------------------------------------------------------


def _rules(session: Session) -> dict[RetainedKind, RetentionRule]:
    rules = dict(DEFAULT_RULES)
    for row in session.scalars(select(RetentionRuleRow)):
        rules[row.kind] = RetentionRule(row.count, row.unit, row.from_event)
    return rules


def _invalid_rule(unit: PeriodUnit, error: ValueError) -> InvalidInput:
    """The sentence for a rule :class:`RetentionRule` refuses: its own, marked for translation
    (the refusal's text as it is should the domain ever refuse something else)."""
    if unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        problem = InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A rule 'until the purpose is achieved' has no count.")
        )
        return problem if problem.message == str(error) else InvalidInput(str(error))
    template = {
        PeriodUnit.DAYS: QT_TRANSLATE_NOOP(
            "Errors", "A retention period runs from 0 to {maximum} days."
        ),
        PeriodUnit.MONTHS: QT_TRANSLATE_NOOP(
            "Errors", "A retention period runs from 0 to {maximum} months."
        ),
        PeriodUnit.YEARS: QT_TRANSLATE_NOOP(
            "Errors", "A retention period runs from 0 to {maximum} years."
        ),
    }[unit]
    problem = InvalidInput(template, maximum=MAX_COUNT[unit])
    return problem if problem.message == str(error) else InvalidInput(str(error))


def _kind_name(kind: RetainedKind) -> Phrase:
    """The name of a kind of item in a sentence, in the UI's language."""
    if kind is RetainedKind.LETTER:  # the screens call it "Letter PDF"
        return Phrase(QT_TRANSLATE_NOOP("Errors", "Letter"))
    return label(kind.label)


def rules(ctx: DeskContext) -> dict[RetainedKind, RetentionRule]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return _rules(session)


def change_rule(
    ctx: DeskContext,
    kind: RetainedKind,
    count: int,
    unit: PeriodUnit,
    event: RetentionEvent | None = None,
) -> RetentionRule:
    """A manager changes how long one kind of file is kept (audited, old and new)."""
    ctx.require(Permission.RETENTION)
    with ctx.db.write() as session:
        row = session.get(RetentionRuleRow, kind)
        old = _rules(session)[kind]
        try:
            new = RetentionRule(count, unit, event or old.event)
        except ValueError as error:
            raise _invalid_rule(unit, error) from None
        if new == old:
            return old
        if row is None:
            row = RetentionRuleRow(kind=kind)
            session.add(row)
        row.count, row.unit, row.from_event = new.count, new.unit, new.event
        row.changed_by, row.changed_at = ctx.actor, audit.now_utc()
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="retention.rule",
                entity_type="retention_rule",
                entity_id=kind.value,
                old_value=old.text,
                new_value=new.text,
            ),
        )
        return new


# --- the due list ----------------------------------------------------------------------------


def _pages(count: int) -> str:
    return f"{count} page" + ("" if count == 1 else "s")


def _id_copy_served_on(document: Document) -> date:
    """The reply (or closing) that started the copy's period.

    ``dispose_after`` was written at that moment as the day plus the standing
    30 days (identity_documents.disposal_date); the day is recovered from it so
    that the current rule applies.
    """
    assert document.dispose_after is not None
    return document.dispose_after - timedelta(days=DEFAULT_ID_COPY_RETENTION_DAYS)


@dataclass(frozen=True)
class KeptItem:
    """Something kept "until the purpose of use is achieved", not yet recorded as achieved."""

    kind: RetainedKind
    id: int
    reference: str
    description: str
    rule: str
    description_ja: str = ""
    rule_ja: str = ""


def _all_items(session: Session, until: date | None = None) -> list[DueItem | KeptItem]:
    """Everything kept and not yet disposed of nor requested for disposal.

    A :class:`DueItem` has a due date (from its rule, or the day its purpose was
    recorded as achieved); a :class:`KeptItem` waits for its purpose to be achieved.
    With ``until``, the office's files not due by then are left out by the
    queries themselves (by their event date), so a large office's list stays quick.
    """
    rules_now = _rules(session)

    def cutoff(kind: RetainedKind) -> date | None:
        return None if until is None else latest_event_due_by(rules_now[kind], until)

    requested = {(d.item_kind, d.item_id) for d in session.scalars(select(Disposal))}
    achieved = {
        (a.item_kind, a.item_id): a.achieved_on for a in session.scalars(select(PurposeAchieved))
    }
    items: list[DueItem | KeptItem] = []

    def add(
        kind: RetainedKind,
        item_id: int,
        reference: str,
        text: tuple[str, str],
        day: date | None,
        rule_text: tuple[str, str],
        until_achieved: bool,
    ) -> None:
        if (kind, item_id) in requested:
            return
        (en, ja), (rule_en, rule_ja) = text, rule_text
        if until_achieved:
            day = achieved.get((kind, item_id))
            if day is None:
                items.append(KeptItem(kind, item_id, reference, en, rule_en, ja, rule_ja))
                return
        if day is not None:
            items.append(DueItem(kind, item_id, reference, en, day, rule_en, ja, rule_ja))

    def add_office(
        kind: RetainedKind, item_id: int, reference: str, text: tuple[str, str], start: date
    ) -> None:
        rule = rules_now[kind]
        until = rule.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        add(kind, item_id, reference, text, due_on(rule, start), (rule.text, rule.text_ja), until)

    copies_query = (
        select(Document, Case.reference)
        .join(Case, Case.id == Document.case_id)
        .where(Document.dispose_after.is_not(None), Document.disposed_at.is_(None))
    )
    if (last := cutoff(RetainedKind.ID_COPY)) is not None:
        served = timedelta(days=DEFAULT_ID_COPY_RETENTION_DAYS)  # see _id_copy_served_on
        copies_query = copies_query.where(Document.dispose_after <= last + served)
    copies = session.execute(copies_query).all()
    for document, reference in copies:
        text = (
            f"ID copy: {document.doc_type.label} of {document.holder.label} of case "
            f"{reference}, {_pages(document.page_count)}",
            f"本人確認書類等の写し:案件{reference}の{document.holder.label_ja}の"
            f"{document.doc_type.label_ja}({document.page_count}枚)",
        )
        add_office(RetainedKind.ID_COPY, document.id, reference, text, _id_copy_served_on(document))
    # plain columns, two queries: the list stays quick with 100,000 cases
    letters_of: dict[int, list[Any]] = {}
    letters_query = (
        select(Letter.id, Letter.case_id, Letter.document_number, Letter.kind, Letter.issued_on)
        .join(Case, Case.id == Letter.case_id)
        .where(Case.closed_on.is_not(None))
        .order_by(Letter.id)
    )
    if (last := cutoff(RetainedKind.LETTER)) is not None:
        letters_query = letters_query.where(Case.closed_on <= last)
    for letter in session.execute(letters_query):
        letters_of.setdefault(letter.case_id, []).append(letter)
    closed_query = select(Case.id, Case.reference, Case.status, Case.closed_on).where(
        Case.closed_on.is_not(None)
    )
    last_record, last_letter = cutoff(RetainedKind.CASE_RECORD), cutoff(RetainedKind.LETTER)
    if last_record is not None and last_letter is not None:
        closed_query = closed_query.where(Case.closed_on <= max(last_record, last_letter))
    closed = session.execute(closed_query)
    for case in closed:
        # a case record's disposal takes its letters with it
        if (RetainedKind.CASE_RECORD, case.id) not in requested:
            for letter in letters_of.get(case.id, ()):
                text = (
                    f"Letter {letter.document_number} ({letter.kind.label}) of case "
                    f"{case.reference}, issued {letter.issued_on.isoformat()}",
                    f"発行書面:案件{case.reference}の{letter.document_number}"
                    f"({letter.kind.title_ja}、{format_japanese(letter.issued_on)}発行)",
                )
                add_office(RetainedKind.LETTER, letter.id, case.reference, text, case.closed_on)
        text = (
            f"Case record {case.reference} ({case.status.label} on "
            f"{case.closed_on.isoformat()}): requester's details, free texts, "
            "remaining copies and letters",
            f"案件記録{case.reference}({format_japanese(case.closed_on)}完結):"
            "請求者の情報、記載事項、残る写し及び書面",
        )
        add_office(RetainedKind.CASE_RECORD, case.id, case.reference, text, case.closed_on)
    batches = session.execute(
        select(LedgerBatch, LedgerEntry)
        .join(LedgerEntry, LedgerEntry.id == LedgerBatch.entry_id)
        .where(LedgerBatch.disposed_at.is_(None))
    ).all()
    for batch, entry in batches:
        retention = LedgerRetention(
            entry.retention_count, entry.retention_unit, entry.retention_event
        )
        until_achieved = retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
        day = batch_due_on(retention, batch.event_on, None)
        text = (
            f"Ledger No. {entry.id} {entry.name}: {batch.label}",
            f"個人情報管理台帳 No.{entry.id} {entry.name}:{batch.label}",
        )
        rule_text = (retention.text, retention.text_ja)
        add(RetainedKind.LEDGER_BATCH, batch.id, "", text, day, rule_text, until_achieved)
    return items


def _candidates(session: Session, until: date | None) -> list[DueItem]:
    """Everything not yet disposed of nor requested, due on or before ``until`` (None: all)."""
    items = [
        i
        for i in _all_items(session, until)
        if isinstance(i, DueItem) and (until is None or i.due_on <= until)
    ]
    return sorted(items, key=lambda i: (i.due_on, i.reference, i.kind.value, i.id))


def kept_until_purpose(ctx: DeskContext) -> list[KeptItem]:
    """What is kept "until the purpose of use is achieved" and waits for that to be recorded."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        items = [i for i in _all_items(session) if isinstance(i, KeptItem)]
    return sorted(items, key=lambda i: (i.kind.value, i.reference, i.id))


def mark_purpose_achieved(
    ctx: DeskContext, kind: RetainedKind, item_id: int, on: date, note: str = ""
) -> None:
    """A manager records that an item's purpose was achieved on ``on``: it is due from then."""
    ctx.require(Permission.RETENTION)
    if on > ctx.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The purpose cannot be recorded as achieved on a day still to come."
            )
        )
    note = note.strip()
    if len(note) > 400:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The note is longer than 400 characters."))
    with ctx.db.write() as session:
        waiting = {(i.kind, i.id) for i in _all_items(session) if isinstance(i, KeptItem)}
        if (kind, item_id) not in waiting:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{kind} {number} is not kept until its purpose is achieved, or its "
                    "purpose was recorded as achieved already.",
                ),
                kind=_kind_name(kind),
                number=item_id,
            )
        session.add(
            PurposeAchieved(
                item_kind=kind,
                item_id=item_id,
                achieved_on=on,
                note=note,
                recorded_by=ctx.actor,
                recorded_at=audit.now_utc(),
            )
        )
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor,
                action="retention.purpose_achieved",
                entity_type=kind.value,
                entity_id=str(item_id),
                new_value=on.isoformat(),
            ),
        )


def due_items(ctx: DeskContext, as_of: date, horizon_days: int = 0) -> list[DueItem]:
    """What is due for disposal on ``as_of`` or within ``horizon_days`` after it.

    Descriptions name the item, never its content; seeing the list needs no more
    than seeing cases, acting on it needs the retention permission.
    """
    ctx.require(Permission.VIEW_CASES)
    if horizon_days < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The horizon is a number of days from 0 up.")
        )
    with ctx.db.read() as session:
        return _candidates(session, as_of + timedelta(days=horizon_days))


# --- disposal ------------------------------------------------------------------------------


def _record(row: Disposal) -> DisposalRecord:
    return DisposalRecord(
        id=row.id,
        kind=row.item_kind,
        item_id=row.item_id,
        reference=row.case_reference,
        description=row.description,
        due_on=row.due_on,
        rule=row.rule,
        method=row.method,
        certificate_number=row.certificate_number,
        witness=row.witness,
        requested_by=row.requested_by,
        requested_at=row.requested_at,
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        done_at=row.done_at,
        description_ja=row.description_ja,
        rule_ja=row.rule_ja,
    )


def _event(ctx: DeskContext, action: str, row: Disposal) -> audit.AuditRecord:
    return audit.AuditRecord(
        actor=ctx.actor,
        action=action,
        entity_type="disposal",
        entity_id=str(row.id),
        details={
            "kind": row.item_kind.value,
            "item": row.item_id,
            "case": row.case_reference,
            "method": row.method.value,
        },
    )


def request_disposal(
    ctx: DeskContext,
    items: Iterable[DueItem | tuple[RetainedKind, int]],
    method: DisposalMethod,
    *,
    certificate_number: str = "",
    witness: str = "",
) -> list[DisposalRecord]:
    """A manager asks for the destruction of items due today; another must approve it."""
    ctx.require(Permission.RETENTION)
    wanted = [(i.kind, i.id) if isinstance(i, DueItem) else (i[0], i[1]) for i in items]
    if not wanted:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose what to dispose of."))
    certificate_number, witness = certificate_number.strip(), witness.strip()
    if method is DisposalMethod.CONTRACTOR and not certificate_number:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A contractor's disposal needs the number of its certificate."
            )
        )
    today = ctx.today()
    with ctx.db.write() as session:
        due = {(i.kind, i.id): i for i in _candidates(session, today)}
        missing = [
            f"{kind.label} {item_id}" for kind, item_id in wanted if (kind, item_id) not in due
        ]
        if missing:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Not due for disposal today, or already requested: {items}."
                ),
                items=", ".join(missing),
            )
        rows = []
        now = audit.now_utc()
        for key in dict.fromkeys(wanted):
            item = due[key]
            row = Disposal(
                item_kind=item.kind,
                item_id=item.id,
                case_reference=item.reference,
                description=item.description,
                due_on=item.due_on,
                rule=item.rule,
                description_ja=item.description_ja,
                rule_ja=item.rule_ja,
                method=method,
                certificate_number=certificate_number,
                witness=witness,
                requested_by=ctx.actor,
                requested_at=now,
                approved_by="",
            )
            session.add(row)
            session.flush()
            audit.record(session, _event(ctx, "disposal.request", row))
            rows.append(_record(row))
        return rows


def approve_disposal(ctx: DeskContext, disposal_id: int, *, reclaim: bool = True) -> DisposalRecord:
    """A second manager approves: the item is destroyed now and the space reclaimed.

    ``reclaim=False`` leaves the vacuum to the caller (:func:`approve_disposals`).
    """
    ctx.require(Permission.RETENTION)
    assert ctx.role is not None
    with ctx.db.write() as session:
        row = session.get(Disposal, disposal_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no disposal number {number}."),
                number=disposal_id,
            )
        if row.done_at is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{login} approved this disposal already."),
                login=row.approved_by,
            )
        check_second_person(row.requested_by, ctx.actor, ctx.role)
        _destroy(session, row, ctx.actor)
        now = audit.now_utc()
        row.approved_by, row.approved_at, row.done_at = ctx.actor, now, now
        audit.record(session, _event(ctx, "disposal.approve", row))
        record = _record(row)
    if reclaim:
        reclaim_space(ctx)
    return record


def approve_disposals(
    ctx: DeskContext, disposal_ids: Sequence[int]
) -> tuple[list[DisposalRecord], UserError | None]:
    """Approve several disposals, each in its own transaction, then reclaim the space once.

    Stops at the first refusal: what was approved before it stays done (and is
    vacuumed away); the refusal is returned beside the records.
    """
    done: list[DisposalRecord] = []
    refused: UserError | None = None
    try:
        for disposal_id in disposal_ids:
            try:
                done.append(approve_disposal(ctx, disposal_id, reclaim=False))
            except UserError as error:
                refused = error
                break
    finally:
        if done:
            reclaim_space(ctx)
    return done, refused


def withdraw_disposal(ctx: DeskContext, disposal_id: int) -> None:
    """Take back a request not yet approved (the item returns to the due list)."""
    ctx.require(Permission.RETENTION)
    with ctx.db.write() as session:
        row = session.get(Disposal, disposal_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no disposal number {number}."),
                number=disposal_id,
            )
        if row.done_at is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This disposal was carried out; its record stays.")
            )
        audit.record(session, _event(ctx, "disposal.withdraw", row))
        session.delete(row)


def disposals(ctx: DeskContext) -> list[DisposalRecord]:
    """Every disposal, requested or done, newest first."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        rows = session.scalars(select(Disposal).order_by(Disposal.id.desc()))
        return [_record(r) for r in rows]


def reclaim_space(ctx: DeskContext) -> None:
    """No copy of deleted rows left: cut the log, rebuild the file, cut the log again."""
    ctx.db.forget_deleted()
    if ctx.db.is_sqlite:
        with ctx.db.raw_sqlite() as connection:
            connection.execute("VACUUM")
        ctx.db.forget_deleted()


# --- destruction ------------------------------------------------------------------------------


def _destroy(session: Session, row: Disposal, actor: str) -> None:
    if row.item_kind is RetainedKind.LEDGER_BATCH:
        batch = session.get(LedgerBatch, row.item_id)
        if batch is None or batch.disposed_at is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This batch is no longer kept; withdraw the request.")
            )
        # the data itself is held outside Privacy Desk: this records its destruction
        batch.disposed_at = audit.now_utc()
        return
    if row.item_kind is RetainedKind.ID_COPY:
        document = session.get(Document, row.item_id)
        if document is None or document.disposed_at is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "This copy is no longer kept; withdraw the request.")
            )
        _destroy_copy(session, document, actor)
        return
    if row.item_kind is RetainedKind.LETTER:
        letter = session.get(Letter, row.item_id)
        if letter is None or not _closed(session, letter.case_id):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "This letter's case is not closed now; withdraw the request."
                )
            )
        letter.pdf = b""
        letter.returned_note = ""
        return
    case = session.get(Case, row.item_id)
    if case is None or case.closed_on is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This case is not closed now (reopened?); withdraw the request."
            )
        )
    _destroy_case_record(session, case, actor)


def _closed(session: Session, case_id: int) -> bool:
    case = session.get(Case, case_id)
    return case is not None and case.closed_on is not None


def _destroy_copy(session: Session, document: Document, actor: str) -> None:
    for page in session.scalars(
        select(DocumentPage).where(DocumentPage.document_id == document.id)
    ):
        session.delete(page)
    document.disposed_at = audit.now_utc()
    document.disposed_by = actor
    document.rekeyed_name = ""
    document.rekeyed_birth_date = None
    document.rekeyed_address = ""
    document.rekeyed_agent_name = ""
    document.differences = "{}"
    document.note = ""


_CASE_BLANKS: Sequence[str] = (
    "requester_name",
    "requester_kana",
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
    "money_order_number",
    "notes",
)


def _destroy_case_record(session: Session, case: Case, actor: str) -> None:
    for name in _CASE_BLANKS:
        setattr(case, name, "")
    case.requester_birth_date = None
    case.search_text = case.reference
    for request in case.requests:
        request.data_concerned = ""
        request.reasons = ""
        request.explanation = ""
    for enclosure in case.enclosures:
        enclosure.description = ""
    for pause in case.pauses:
        pause.reason = ""
    for extension in case.extensions:
        extension.reason = ""
    for document in case.documents:
        if document.disposed_at is None:
            _destroy_copy(session, document, actor)
    for letter in case.letters:
        letter.pdf = b""
        letter.returned_note = ""


# --- the certificate -----------------------------------------------------------------------


def disposal_certificate_pdf(ctx: DeskContext, disposal_ids: Sequence[int]) -> bytes:
    """A certificate of the done disposals ``disposal_ids``, Japanese with English; audited."""
    from privacy_desk.letters.certificate import (
        CertificateData,
        CertifiedDisposal,
        render_certificate,
    )
    from privacy_desk.services.office import office_profile

    ctx.require(Permission.VIEW_CASES)
    wanted = list(dict.fromkeys(disposal_ids))
    if not wanted:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the disposals the certificate is for.")
        )
    with ctx.db.read() as session:
        rows = {
            row.id: row for row in session.scalars(select(Disposal).where(Disposal.id.in_(wanted)))
        }
    missing = [str(i) for i in wanted if i not in rows]
    if missing:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no disposal number {number}."),
            number=", ".join(missing),
        )
    pending = [str(i) for i in wanted if rows[i].done_at is None]
    if pending:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only disposals carried out can be certified; still awaiting approval: {numbers}.",
            ),
            numbers=", ".join(pending),
        )
    office = office_profile(ctx)
    certified = []
    for i in sorted(wanted):
        row = rows[i]
        assert row.done_at is not None
        certified.append(
            CertifiedDisposal(
                number=row.id,
                done_on=audit.local_date(row.done_at),
                kind_ja=row.item_kind.label_ja,
                kind_en=row.item_kind.label,
                description_ja=row.description_ja,
                description_en=row.description,
                rule_ja=row.rule_ja,
                rule_en=row.rule,
                method_ja=row.method.label_ja,
                method_en=row.method.label,
                certificate_number=row.certificate_number,
                witness=row.witness,
                requested_by=row.requested_by,
                approved_by=row.approved_by,
            )
        )
    pdf = render_certificate(
        CertificateData(
            company_name=office.company_name,
            company_name_en=office.company_name_en,
            issued_on=ctx.today(),
            issued_by=ctx.actor,
            disposals=certified,
        )
    )
    ctx.record_event("disposal.certificate", "disposal", disposals=sorted(wanted))
    return pdf


# --- the day's summary -----------------------------------------------------------------------


@dataclass(frozen=True)
class RecordsSummary:
    """What the Today page tells a manager about retention and the ledger."""

    due: int  # items due for disposal today, not yet requested
    awaiting_approval: int  # disposals requested, not yet approved
    reviews_due: int  # ledger entries due for their yearly review
    kept_until_purpose: int


def records_summary(ctx: DeskContext) -> RecordsSummary:
    ctx.require(Permission.VIEW_CASES)
    today = ctx.today()
    with ctx.db.read() as session:
        items = _all_items(session, today)
        pending = session.scalar(select(func.count(Disposal.id)).where(Disposal.done_at.is_(None)))
        reviews = session.scalar(
            select(func.count(LedgerEntry.id)).where(
                LedgerEntry.retired_on.is_(None), LedgerEntry.next_review_on <= today
            )
        )
    return RecordsSummary(
        due=sum(isinstance(i, DueItem) and i.due_on <= today for i in items),
        awaiting_approval=pending or 0,
        reviews_due=reviews or 0,
        kept_until_purpose=sum(isinstance(i, KeptItem) for i in items),
    )
