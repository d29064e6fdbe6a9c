"""Identity documents of a case: storing scans, looking at them, masking, checking identity.

The page images live inside the encrypted database (``document_pages``); lists
and the checklist never read them. Every look at an image (a page in the
viewer, the thumbnails of a document) is written to the audit trail with the
user, never the image. Masking replaces the stored pixels. Copies are kept
until their disposal date (set when the case is replied to or closed) and are
then destroyed through the disposal flow, which keeps the document's row as
the record that it existed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from privacy_desk import settings as S
from privacy_desk.domain.identity import IdentityChecklist, MissingItem
from privacy_desk.domain.identity_documents import (
    DocumentType,
    Holder,
    MaskRequirement,
    Rekeyed,
    RekeyField,
)
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.status import CLOSING_STATUSES, CaseStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, label
from privacy_desk.scanning.masking import Region, mask_page
from privacy_desk.scanning.pages import Page
from privacy_desk.services.cases import case_event, load_case, move_status, save_case
from privacy_desk.services.context import DeskContext
from privacy_desk.services.identity_check import checklist_for, identity_document
from privacy_desk.store import audit
from privacy_desk.store.models import Case, Document, DocumentPage

SOURCES = frozenset({"scanner", "folder", "file"})
MAX_PAGES_PER_DOCUMENT = 50


@dataclass(frozen=True)
class PageInfo:
    id: int
    position: int
    mime: str
    width: int
    height: int
    dpi: int
    rotation: int
    byte_size: int
    masked: bool


@dataclass(frozen=True)
class DocumentInfo:
    """A document without its images."""

    id: int
    reference: str
    doc_type: DocumentType
    holder: Holder
    received_on: date
    issued_on: date | None
    source: str
    masked: frozenset[MaskRequirement]
    shows_individual_number: bool
    is_my_number_back: bool
    seal_matches_certificate: bool
    rekeyed: Rekeyed
    differences: Mapping[RekeyField, str]
    note: str
    page_count: int
    added_at: str
    added_by: str
    dispose_after: date | None
    disposed_at: str | None
    disposed_by: str
    pages: tuple[PageInfo, ...]

    @property
    def disposed(self) -> bool:
        return self.disposed_at is not None


def _page_info(page: DocumentPage) -> PageInfo:
    return PageInfo(
        id=page.id,
        position=page.position,
        mime=page.mime,
        width=page.width,
        height=page.height,
        dpi=page.dpi,
        rotation=page.rotation,
        byte_size=page.byte_size,
        masked=page.masked,
    )


def _info(document: Document, reference: str) -> DocumentInfo:
    facts = identity_document(document)  # the stored JSON, read in one place
    return DocumentInfo(
        id=document.id,
        reference=reference,
        doc_type=document.doc_type,
        holder=document.holder,
        received_on=document.received_on,
        issued_on=document.issued_on,
        source=document.source,
        masked=facts.masked,
        shows_individual_number=document.shows_individual_number,
        is_my_number_back=document.is_my_number_back,
        seal_matches_certificate=document.seal_matches_certificate,
        rekeyed=facts.rekeyed,
        differences=facts.differences_explained,
        note=document.note,
        page_count=document.page_count,
        added_at=document.added_at,
        added_by=document.added_by,
        dispose_after=document.dispose_after,
        disposed_at=document.disposed_at,
        disposed_by=document.disposed_by,
        pages=tuple(_page_info(p) for p in document.pages),
    )


def _page_row(page: Page, position: int) -> DocumentPage:
    return DocumentPage(
        position=position,
        mime=page.mime,
        width=page.width,
        height=page.height,
        dpi=page.dpi,
        rotation=0,
        byte_size=len(page.data),
        masked=False,
        image=page.data,
        thumbnail=page.thumbnail,
    )


def _load_document(session: Session, document_id: int) -> tuple[Document, str]:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no document number {number}."),
            number=document_id,
        )
    reference = session.scalar(select(Case.reference).where(Case.id == document.case_id))
    assert reference is not None
    return document, reference


def _live(document: Document, reference: str) -> None:
    if document.disposed_at is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This copy of case {reference} was destroyed on {date}; "
                "only the record of it is kept.",
            ),
            reference=reference,
            date=document.disposed_at[:10],
        )


def _event(
    ctx: DeskContext,
    reference: str,
    action: str,
    document: Document,
    field_name: str = "",
    old: object = None,
    new: object = None,
    **details: object,
) -> audit.AuditRecord:
    return case_event(
        ctx,
        reference,
        action,
        field_name,
        old,
        new,
        {"document": document.id, "type": document.doc_type.value, **details},
    )


# --- adding and listing ------------------------------------------------------------------


def add_document(
    ctx: DeskContext,
    reference: str,
    doc_type: DocumentType,
    pages: Sequence[Page],
    *,
    holder: Holder | None = None,
    source: str = "file",
    received_on: date | None = None,
) -> DocumentInfo:
    """Store a scanned or imported copy with its pages, in one transaction."""
    ctx.require(Permission.PROCESS_CASES)
    if not pages:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The document has no pages; scan or import it again.")
        )
    if len(pages) > MAX_PAGES_PER_DOCUMENT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A document has at most {maximum} pages; split it into several."
            ),
            maximum=MAX_PAGES_PER_DOCUMENT,
        )
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    if doc_type is DocumentType.OTHER and holder is None:
        holder = Holder.PRINCIPAL
    today = ctx.today()
    received_on = received_on or today
    with ctx.db.write() as session:
        case = load_case(session, reference)
        if case.status is CaseStatus.REPLIED or case.status in CLOSING_STATUSES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Case {reference} is '{status}'; it takes no documents."
                ),
                reference=reference,
                status=label(case.status.label),
            )
        if received_on < case.received_on or received_on > today:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The day a document arrived must lie between the case's arrival and today.",
                )
            )
        document = Document(
            doc_type=doc_type,
            holder=holder or doc_type.usual_holder,
            received_on=received_on,
            source=source,
            masked="[]",
            differences="{}",
            page_count=len(pages),
            added_at=audit.now_utc(),
            added_by=ctx.actor,
            pages=[_page_row(page, n) for n, page in enumerate(pages)],
        )
        case.documents.append(document)
        session.flush()
        event = _event(ctx, reference, "document.add", document, pages=len(pages), source=source)
        save_case(ctx, session, case, today, [event])
        return _info(document, reference)


def list_documents(ctx: DeskContext, reference: str) -> list[DocumentInfo]:
    """The case's documents with their pages' sizes (no image is read: not a view)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        case = load_case(session, reference)
        return [_info(d, reference) for d in case.documents]


def get_document(ctx: DeskContext, document_id: int) -> DocumentInfo:
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        document, reference = _load_document(session, document_id)
        return _info(document, reference)


# --- looking at the images (audited) -----------------------------------------------------


def thumbnails(ctx: DeskContext, document_id: int) -> list[bytes]:
    """The small pictures of a document's pages, in order; recorded as a view."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.write() as session:
        document, reference = _load_document(session, document_id)
        _live(document, reference)
        rows = session.scalars(
            select(DocumentPage)
            .options(undefer(DocumentPage.thumbnail))
            .where(DocumentPage.document_id == document_id)
            .order_by(DocumentPage.position)
        ).all()
        audit.record(session, _event(ctx, reference, "document.view", document, what="thumbnails"))
        return [row.thumbnail for row in rows]


def page_image(ctx: DeskContext, page_id: int) -> tuple[PageInfo, bytes]:
    """One page's stored image, for the viewer; every call is recorded in the audit trail."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.write() as session:
        page, document, reference = _page_with_document(session, page_id, with_image=True)
        audit.record(
            session,
            _event(ctx, reference, "document.view", document, page=page.position + 1),
        )
        return _page_info(page), page.image


# --- what staff confirm and re-key ---------------------------------------------------------

_SIMPLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "doc_type": DocumentType,
    "holder": Holder,
    "issued_on": (date, type(None)),
    "received_on": date,
    "shows_individual_number": bool,
    "is_my_number_back": bool,
    "seal_matches_certificate": bool,
    "rekeyed_name": str,
    "rekeyed_birth_date": (date, type(None)),
    "rekeyed_address": str,
    "rekeyed_agent_name": str,
    "note": str,
}


def update_document(ctx: DeskContext, document_id: int, changes: Mapping[str, Any]) -> DocumentInfo:
    """Change what is recorded about a copy; each changed field is audited.

    ``changes`` may hold the fields of :data:`_SIMPLE_FIELDS`, ``masked`` (a set
    of :class:`MaskRequirement`) and ``differences`` (field → reason).
    """
    ctx.require(Permission.PROCESS_CASES)
    unknown = set(changes) - set(_SIMPLE_FIELDS) - {"masked", "differences"}
    if unknown:
        raise ValueError(f"not a document field: {sorted(unknown)}")
    today = ctx.today()
    with ctx.db.write() as session:
        document, reference = _load_document(session, document_id)
        _live(document, reference)
        case = load_case(session, reference)
        events = []
        for name, value in changes.items():
            if name == "masked":
                new: Any = json.dumps(sorted(MaskRequirement(m).value for m in value))
            elif name == "differences":
                cleaned = {RekeyField(k).value: str(v).strip() for k, v in value.items()}
                new = json.dumps(
                    {k: v for k, v in sorted(cleaned.items()) if v}, ensure_ascii=False
                )
            else:
                if not isinstance(value, _SIMPLE_FIELDS[name]):
                    raise ValueError(f"{name} has the wrong type")
                new = value.strip() if isinstance(value, str) else value
            old = getattr(document, name)
            if old == new:
                continue
            if name == "received_on" and (new < case.received_on or new > today):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The day a document arrived must lie between the case's arrival and today.",
                    )
                )
            if name in ("issued_on", "rekeyed_birth_date") and new is not None and new > today:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "A date on a document cannot lie in the future.")
                )
            setattr(document, name, new)
            events.append(_event(ctx, reference, "document.change", document, name, old, new))
        if events:
            save_case(ctx, session, case, today, events)
        return _info(document, reference)


# --- pages: order, rotation, masking, removal ------------------------------------------------


def _page_with_document(
    session: Session, page_id: int, *, with_image: bool = False
) -> tuple[DocumentPage, Document, str]:
    """A page of a copy still kept, with its document and case reference."""
    statement = select(DocumentPage).where(DocumentPage.id == page_id)
    if with_image:
        statement = statement.options(undefer(DocumentPage.image))
    page = session.scalar(statement)
    if page is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no page number {number}."), number=page_id
        )
    document, reference = _load_document(session, page.document_id)
    _live(document, reference)
    return page, document, reference


def rotate_page(ctx: DeskContext, page_id: int, quarter_turns: int) -> PageInfo:
    """Turn a page as it is shown (clockwise quarter turns); the image is not re-encoded."""
    ctx.require(Permission.PROCESS_CASES)
    with ctx.db.write() as session:
        page, document, reference = _page_with_document(session, page_id)
        old = page.rotation
        page.rotation = (old + 90 * quarter_turns) % 360
        if page.rotation != old:
            audit.record(
                session,
                _event(ctx, reference, "document.rotate", document, "rotation", old, page.rotation),
            )
        return _page_info(page)


def move_page(ctx: DeskContext, page_id: int, new_position: int) -> list[PageInfo]:
    """Put a page at ``new_position`` (0-based) among its document's pages."""
    ctx.require(Permission.PROCESS_CASES)
    with ctx.db.write() as session:
        page, document, reference = _page_with_document(session, page_id)
        pages = list(document.pages)
        if not 0 <= new_position < len(pages):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A page position runs from 1 to {maximum}."),
                maximum=len(pages),
            )
        old = pages.index(page)
        if old != new_position:
            pages.insert(new_position, pages.pop(old))
            for number, each in enumerate(pages):
                each.position = number
            audit.record(
                session,
                _event(
                    ctx, reference, "document.reorder", document, "page", old + 1, new_position + 1
                ),
            )
        return [_page_info(p) for p in sorted(pages, key=lambda p: p.position)]


def mask_regions(ctx: DeskContext, page_id: int, regions: Sequence[Region]) -> PageInfo:
    """Black out ``regions`` of a page: the stored image is replaced, the original is gone."""
    ctx.require(Permission.PROCESS_CASES)
    with ctx.db.write() as session:
        page, document, reference = _page_with_document(session, page_id, with_image=True)
        masked = mask_page(page.image, regions, dpi=page.dpi)
        page.image = masked.data
        page.thumbnail = masked.thumbnail
        page.mime = masked.mime
        page.byte_size = len(masked.data)
        page.masked = True
        audit.record(
            session,
            _event(
                ctx,
                reference,
                "document.mask",
                document,
                page=page.position + 1,
                areas=len(regions),
            ),
        )
        info = _page_info(page)
    ctx.db.forget_deleted()  # the unmasked image must not linger in the log
    return info


def remove_page(ctx: DeskContext, page_id: int) -> None:
    """Take out a page scanned by mistake (a document keeps at least one)."""
    ctx.require(Permission.PROCESS_CASES)
    with ctx.db.write() as session:
        page, document, reference = _page_with_document(session, page_id)
        if len(document.pages) == 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is the document's only page; remove the document instead."
                )
            )
        number = page.position + 1
        document.pages.remove(page)
        for position, each in enumerate(document.pages):
            each.position = position
        document.page_count = len(document.pages)
        audit.record(session, _event(ctx, reference, "document.page.remove", document, page=number))
    ctx.db.forget_deleted()


def remove_document(ctx: DeskContext, document_id: int, reason: str) -> None:
    """Delete a copy that should not be kept at all (a wrong scan, a My Number card back).

    Not the disposal of copies that have served (issue 7's flow): this removes
    the row too. The audit trail keeps what it was and why it went.
    """
    ctx.require(Permission.PROCESS_CASES)
    if not reason.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the copy is removed (for example: scanned by mistake)."
            )
        )
    today = ctx.today()
    with ctx.db.write() as session:
        document, reference = _load_document(session, document_id)
        case = load_case(session, reference)
        event = _event(
            ctx,
            reference,
            "document.remove",
            document,
            pages=document.page_count,
            reason=reason.strip(),
        )
        case.documents.remove(document)
        save_case(ctx, session, case, today, [event])
    ctx.db.forget_deleted()


# --- the identity checklist -------------------------------------------------------------------


def identity_checklist(ctx: DeskContext, reference: str) -> IdentityChecklist:
    """What the documents of the case show, and what is still missing (policy §9.2)."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return _checklist(ctx, load_case(session, reference))


def identity_overview(
    ctx: DeskContext, reference: str
) -> tuple[list[DocumentInfo], IdentityChecklist]:
    """The case's documents (as :func:`list_documents`) and their checklist (as
    :func:`identity_checklist`) from one read of the case: the Identity tab shows both."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.db.read() as session:
        return overview_of(ctx, load_case(session, reference))


def overview_of(ctx: DeskContext, case: Case) -> tuple[list[DocumentInfo], IdentityChecklist]:
    """:func:`identity_overview` of a case loaded already (by ``cases.get_case``, with its
    documents and their pages): no read."""
    ctx.require(Permission.VIEW_CASES)
    return [_info(d, case.reference) for d in case.documents], _checklist(ctx, case)


def _checklist(ctx: DeskContext, case: Case) -> IdentityChecklist:
    return checklist_for(
        case,
        today=ctx.today(),
        max_certificate_age_months=ctx.settings.get(S.CERTIFICATE_MAX_AGE_MONTHS),
    )


def request_missing_documents(ctx: DeskContext, reference: str) -> list[MissingItem]:
    """What is missing, and the case waits for it (the clock pauses).

    Returns the items for the deficiency letter.
    """
    ctx.require(Permission.PROCESS_CASES)
    checklist = identity_checklist(ctx, reference)
    if not checklist.missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Nothing is missing from case {reference}'s identity documents."
            ),
            reference=reference,
        )
    reason = "Missing: " + "; ".join(item.code for item in checklist.missing)
    move_status(ctx, reference, CaseStatus.AWAITING_DOCUMENTS, reason=reason)
    return checklist.missing
