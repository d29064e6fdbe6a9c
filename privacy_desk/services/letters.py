"""Letters of a case: which one fits, what it says, issuing it, and how it went out.

Issuing renders the PDF once and keeps the exact bytes with their SHA-256, so
a reprint is the same letter. Each issue, print and mailing is audited. The
wording is in ``forms/letters/`` (see ``letters/render.py``); this module
only gathers the facts (:class:`~privacy_desk.letters.data.LetterData`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from privacy_desk import settings as S
from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.identity_documents import Holder
from privacy_desk.domain.letters import (
    DISCLOSURE_METHOD_JA,
    GROUND_EN,
    GROUND_JA,
    OUTCOME_EN,
    OUTCOME_JA,
    REQUEST_TYPE_JA,
    LetterKind,
    MailKind,
)
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.letters.data import Address, Decision, LetterData, MissingDocument, Office
from privacy_desk.services.cases import case_event, case_id_of, load_case
from privacy_desk.services.context import DeskContext
from privacy_desk.services.identity_check import checklist_for
from privacy_desk.services.office import office_profile
from privacy_desk.store import audit
from privacy_desk.store.models import Case, Letter

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class LetterInfo:
    """An issued letter without its PDF."""

    id: int
    reference: str
    sequence: int
    document_number: str
    kind: LetterKind
    language: str
    issued_on: date
    issued_at: str
    issued_by: str
    sha256: str
    pages: int
    edited_parts: tuple[str, ...]
    mail_kind: MailKind | None
    tracking_number: str
    sent_on: date | None
    returned_on: date | None
    returned_note: str


def _info(letter: Letter, reference: str) -> LetterInfo:
    return LetterInfo(
        id=letter.id,
        reference=reference,
        sequence=letter.sequence,
        document_number=letter.document_number,
        kind=letter.kind,
        language=letter.language,
        issued_on=letter.issued_on,
        issued_at=letter.issued_at,
        issued_by=letter.issued_by,
        sha256=letter.sha256,
        pages=letter.pages,
        edited_parts=tuple(json.loads(letter.edited_parts)),
        mail_kind=letter.mail_kind,
        tracking_number=letter.tracking_number,
        sent_on=letter.sent_on,
        returned_on=letter.returned_on,
        returned_note=letter.returned_note,
    )


# --- which letter fits ------------------------------------------------------------------

_REPLY_KINDS = {
    RequestType.PURPOSE_OF_USE: LetterKind.PURPOSE_OF_USE,
    RequestType.DISCLOSURE: LetterKind.DISCLOSURE,
    RequestType.PROVISION_RECORDS: LetterKind.DISCLOSURE,
    RequestType.CORRECTION: LetterKind.CORRECTION,
    RequestType.SUSPENSION_OR_ERASURE: LetterKind.SUSPENSION,
    RequestType.SUSPENSION_OF_PROVISION: LetterKind.SUSPENSION,
}


def proposed_kinds(case: Case, fee_yen: int) -> list[LetterKind]:
    """The letters the case's state and decisions call for, the likeliest first."""
    status = case.status
    kinds: list[LetterKind] = []
    if status is CaseStatus.AWAITING_DOCUMENTS:
        kinds = [LetterKind.MISSING_DOCUMENTS]
    elif status is CaseStatus.RECEIVED:
        kinds = [LetterKind.ACKNOWLEDGEMENT, LetterKind.MISSING_DOCUMENTS]
    elif status not in (CaseStatus.WITHDRAWN, CaseStatus.REJECTED_INCOMPLETE):
        for request in case.requests:  # decisions recorded, even before "decided"
            if request.outcome is None:
                continue
            refused = request.outcome in (Outcome.REFUSED, Outcome.PARTLY)
            discloses = request.request_type in (
                RequestType.DISCLOSURE,
                RequestType.PROVISION_RECORDS,
                RequestType.PURPOSE_OF_USE,
            )
            kind = (
                LetterKind.NON_DISCLOSURE
                if refused and discloses
                else _REPLY_KINDS[request.request_type]
            )
            if kind not in kinds:
                kinds.append(kind)
    fee_types = any(r.request_type.fee_allowed for r in case.requests)
    due = fee_yen if fee_types else 0
    if case.fee_amount != due and status not in (
        CaseStatus.RECEIVED,
        CaseStatus.AWAITING_DOCUMENTS,
    ):
        kinds.append(LetterKind.FEE_NOTICE)
    if not kinds:
        kinds.append(LetterKind.ACKNOWLEDGEMENT)
    if any(letter.kind is LetterKind.ACKNOWLEDGEMENT for letter in case.letters):
        kinds = [k for k in kinds if k is not LetterKind.ACKNOWLEDGEMENT] or kinds
    for kind in LetterKind:  # every letter stays possible, after the proposals
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def propose_letters(ctx: DeskContext, reference: str) -> list[LetterKind]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return proposed_kinds(load_case(session, reference), ctx.settings.get(S.FEE_YEN))


# --- what the letter says ---------------------------------------------------------------


def _recipient(case: Case) -> Address:
    """The requester (or the agent, who signed the request): the address on their ID."""
    agent = case.requester_kind.is_agent
    holder = Holder.AGENT if agent else Holder.PRINCIPAL
    on_document = next(
        (
            d.rekeyed_address
            for d in case.documents
            if d.disposed_at is None and d.holder is holder and d.rekeyed_address
        ),
        "",
    )
    if agent:
        return Address(
            name=case.agent_name,
            postal_code=case.agent_postal_code,
            address=on_document or case.agent_address,
        )
    return Address(
        name=case.requester_name,
        postal_code=case.requester_postal_code,
        address=on_document or case.requester_address,
    )


def _number(reference: str, sequence: int) -> str:
    return f"{reference}-{sequence:02d}"


def _shown_number(number: str, language: str) -> str:
    return f"個情第{number}号" if language == "ja" else f"PD-{number}"


def _next_sequence(session: Session, case: Case) -> int:
    last = session.scalar(select(func.max(Letter.sequence)).where(Letter.case_id == case.id))
    return (last or 0) + 1


def _letter_data(
    ctx: DeskContext,
    session: Session,
    case: Case,
    kind: LetterKind,
    language: str,
    overrides: Mapping[str, str],
    on: date,
) -> LetterData:
    if language not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A letter is written in Japanese (ja) or English (en).")
        )
    ja = language == "ja"
    profile = office_profile(ctx)
    decisions = tuple(
        Decision(
            request_type=r.request_type.value,
            request_type_label=REQUEST_TYPE_JA[r.request_type.value]
            if ja
            else r.request_type.label,
            outcome=r.outcome.value,
            outcome_label=(OUTCOME_JA if ja else OUTCOME_EN)[r.outcome.value],
            ground=r.refusal_ground.value if r.refusal_ground else "",
            ground_text=(
                (GROUND_JA if ja else GROUND_EN)[r.refusal_ground.value] if r.refusal_ground else ""
            ),
            explanation=r.explanation,
            data_concerned=r.data_concerned,
        )
        for r in case.requests
        if r.outcome is not None
    )
    checklist = checklist_for(
        case, today=on, max_certificate_age_months=ctx.settings.get(S.CERTIFICATE_MAX_AGE_MONTHS)
    )
    missing = tuple(
        MissingDocument(
            text=item.text_ja if ja else item.text_en,
            because=item.because_ja if ja else item.because_en,
        )
        for item in checklist.missing
    )
    fee_types = any(r.request_type.fee_allowed for r in case.requests)
    method = case.disclosure_method
    return LetterData(
        kind=kind,
        language=language,
        document_number=_shown_number(
            _number(case.reference, _next_sequence(session, case)), language
        ),
        issued_on=on,
        reference=case.reference,
        recipient=_recipient(case),
        office=Office(**{name: getattr(profile, name) for name in Office.__dataclass_fields__}),
        received_on=case.received_on,
        request_types=tuple(
            REQUEST_TYPE_JA[r.request_type.value] if ja else r.request_type.label
            for r in case.requests
        ),
        decisions=decisions,
        missing=missing,
        reply_by=on + timedelta(days=ctx.settings.get(S.AWAITING_DOCUMENTS_DAYS))
        if kind is LetterKind.MISSING_DOCUMENTS
        else None,
        disclosure_method=(
            "" if method is None else DISCLOSURE_METHOD_JA[method.value] if ja else method.label
        ),
        fee_amount=case.fee_amount,
        fee_due=ctx.settings.get(S.FEE_YEN) if fee_types else 0,
        enclosures=_enclosures(case, kind, ja),
        overrides=dict(overrides),
    )


def _enclosures(case: Case, kind: LetterKind, ja: bool) -> tuple[str, ...]:
    """What goes in the envelope with the letter: the disclosed data, on paper or a medium."""
    if kind is not LetterKind.DISCLOSURE:
        return ()
    disclosed = any(
        r.outcome in (Outcome.DONE, Outcome.PARTLY)
        and r.request_type in (RequestType.DISCLOSURE, RequestType.PROVISION_RECORDS)
        for r in case.requests
    )
    method = case.disclosure_method
    if not disclosed or method is None or method.value == "electronic_mail":
        return ()
    if method.value == "electronic_media":
        return (
            ("開示する保有個人データを記録した媒体",)
            if ja
            else ("A disc or memory holding the data disclosed",)
        )
    return ("開示する保有個人データ（書面）一式",) if ja else ("The data disclosed, on paper",)


def letter_data(
    ctx: DeskContext,
    reference: str,
    kind: LetterKind,
    *,
    language: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> LetterData:
    """The facts of a letter not yet issued (for the preview)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        case = load_case(session, reference)
        return _letter_data(
            ctx, session, case, kind, language or case.language, overrides or {}, ctx.today()
        )


# --- issuing, printing, mailing ---------------------------------------------------------


def issue_letter(
    ctx: DeskContext,
    reference: str,
    kind: LetterKind,
    *,
    language: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> LetterInfo:
    """Render the letter, keep the exact PDF with its hash, and record it on the case."""
    from privacy_desk.letters.render import render_letter  # ReportLab only when needed

    ctx.require(Permission.PROCESS_CASES)
    overrides = {k: v for k, v in (overrides or {}).items() if v.strip()}
    with ctx.db.write() as session:
        case = load_case(session, reference)
        language = language or case.language
        today = ctx.today()
        data = _letter_data(ctx, session, case, kind, language, overrides, today)
        pdf = render_letter(data)
        sequence = _next_sequence(session, case)
        letter = Letter(
            sequence=sequence,
            document_number=_number(reference, sequence),
            kind=kind,
            language=language,
            issued_on=today,
            issued_at=audit.now_utc(),
            issued_by=ctx.actor,
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            pages=max(1, pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ")),
            edited_parts=json.dumps(sorted(overrides)),
            tracking_number="",
            returned_note="",
        )
        case.letters.append(letter)
        session.flush()
        audit.record(
            session,
            case_event(
                ctx,
                reference,
                "letter.issue",
                details={
                    "letter": letter.document_number,
                    "kind": kind.value,
                    "language": language,
                    "sha256": letter.sha256,
                    "edited": sorted(overrides),
                },
            ),
        )
        return _info(letter, reference)


def _load_letter(session: Session, letter_id: int) -> tuple[Letter, str]:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no letter number {number}."), number=letter_id
        )
    reference = session.scalar(select(Case.reference).where(Case.id == letter.case_id))
    assert reference is not None
    return letter, reference


def list_letters(ctx: DeskContext, reference: str) -> list[LetterInfo]:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        case_id = case_id_of(session, reference)
        rows = session.scalars(
            select(Letter).where(Letter.case_id == case_id).order_by(Letter.sequence)
        ).all()
        return [_info(row, reference) for row in rows]


def letter_pdf(ctx: DeskContext, letter_id: int, *, purpose: str = "print") -> bytes:
    """The issued letter's exact PDF; the print (or save) is audited."""
    ctx.require(Permission.VIEW_CASES)
    if purpose not in ("print", "save", "view"):
        raise ValueError(f"unknown purpose {purpose!r}")
    with ctx.db.write() as session:
        letter = session.scalar(
            select(Letter).options(undefer(Letter.pdf)).where(Letter.id == letter_id)
        )
        if letter is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no letter number {number}."),
                number=letter_id,
            )
        reference = session.scalar(select(Case.reference).where(Case.id == letter.case_id))
        assert reference is not None
        if not letter.pdf:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Letter {document} was destroyed under the retention rules; "
                    "only the record that it was sent is kept.",
                ),
                document=letter.document_number,
            )
        if hashlib.sha256(letter.pdf).hexdigest() != letter.sha256:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The stored copy of letter {document} does not match its hash; "
                    "check the database (File ▸ Check Database).",
                ),
                document=letter.document_number,
            )
        audit.record(
            session,
            case_event(
                ctx,
                reference,
                f"letter.{purpose}",
                details={"letter": letter.document_number, "kind": letter.kind.value},
            ),
        )
        return letter.pdf


def record_sending(
    ctx: DeskContext,
    letter_id: int,
    mail_kind: MailKind,
    *,
    tracking_number: str = "",
    sent_on: date | None = None,
) -> LetterInfo:
    """How and when the letter went out; registered mail needs its tracking number."""
    ctx.require(Permission.PROCESS_CASES)
    tracking = "".join(tracking_number.split()).replace("-", "")
    if mail_kind is not MailKind.ORDINARY and not tracking:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Registered mail has a tracking number; enter it from the receipt."
            )
        )
    if tracking and not tracking.isdigit():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A tracking number has digits only (hyphens and spaces are fine)."
            )
        )
    today = ctx.today()
    sent_on = sent_on or today
    with ctx.db.write() as session:
        letter, reference = _load_letter(session, letter_id)
        if sent_on < letter.issued_on or sent_on > today:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The day of sending lies between the letter's date and today."
                )
            )
        letter.mail_kind = mail_kind
        letter.tracking_number = tracking
        letter.sent_on = sent_on
        audit.record(
            session,
            case_event(
                ctx,
                reference,
                "letter.send",
                details={
                    "letter": letter.document_number,
                    "mail": mail_kind.value,
                    "tracking": tracking,
                    "on": sent_on.isoformat(),
                },
            ),
        )
        return _info(letter, reference)


def record_returned(
    ctx: DeskContext, letter_id: int, *, returned_on: date | None = None, note: str = ""
) -> LetterInfo:
    """The post brought the letter back (moved, refused, not collected)."""
    ctx.require(Permission.PROCESS_CASES)
    today = ctx.today()
    returned_on = returned_on or today
    with ctx.db.write() as session:
        letter, reference = _load_letter(session, letter_id)
        if letter.sent_on is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Record how the letter was sent before recording its return."
                )
            )
        if returned_on < letter.sent_on or returned_on > today:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The day of return lies between the sending and today.")
            )
        letter.returned_on = returned_on
        letter.returned_note = " ".join(note.split())[:400]
        audit.record(
            session,
            case_event(
                ctx,
                reference,
                "letter.returned",
                details={"letter": letter.document_number, "on": returned_on.isoformat()},
            ),
        )
        return _info(letter, reference)


def request_form_pdf(ctx: DeskContext, reference: str | None) -> bytes:
    """The company's request form: completed from a case (audited), or blank."""
    from privacy_desk.letters.request_form import (
        FormData,
        form_data_from_case,
        render_request_form,
    )

    ctx.require(Permission.VIEW_CASES)
    profile = office_profile(ctx)
    if reference is None:
        return render_request_form(FormData.blank(profile))
    with ctx.db.write() as session:
        case = load_case(session, reference)
        data = form_data_from_case(case, profile)
        audit.record(session, case_event(ctx, reference, "form.print"))
    return render_request_form(data)


def acknowledgements_due(ctx: DeskContext, on: date | None = None) -> list[str]:
    """Cases that arrived on ``on`` (today) and have no acknowledgement yet, in order."""
    ctx.require(Permission.VIEW_CASES)
    day = on or ctx.today()
    acknowledged = select(Letter.case_id).where(Letter.kind == LetterKind.ACKNOWLEDGEMENT)
    with ctx.db.read() as session:
        return list(
            session.scalars(
                select(Case.reference)
                .where(Case.received_on == day, Case.id.not_in(acknowledged))
                .order_by(Case.reference_year, Case.reference_sequence)
            )
        )
