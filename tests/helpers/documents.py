"""Identity documents for tests: a small synthetic page, a licence that matches the form."""

from __future__ import annotations

from datetime import date
from functools import cache

from privacy_desk.domain.identity_documents import DocumentType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.scanning.pages import Page, page_from_image
from privacy_desk.scanning.synthetic import synthetic_page
from privacy_desk.services import cases, documents
from privacy_desk.services.context import DeskContext
from privacy_desk.services.documents import DocumentInfo


@cache
def small_page(seed: int = 1) -> Page:
    """A quarter-size synthetic scan (never a real document): quick to encode."""
    return page_from_image(synthetic_page((620, 877), seed=seed), dpi=75)


def add_licence(
    ctx: DeskContext, reference: str, *, received_on: date | None = None
) -> DocumentInfo:
    """A driver's licence of the requester, re-keyed exactly as the form has it."""
    case = cases.get_case(ctx, reference)
    added = documents.add_document(
        ctx,
        reference,
        DocumentType.DRIVERS_LICENSE,
        [small_page()],
        received_on=received_on or case.received_on,
    )
    return documents.update_document(
        ctx,
        added.id,
        {
            "rekeyed_name": case.requester_name,
            "rekeyed_birth_date": case.requester_birth_date,
            "rekeyed_address": case.requester_address,
        },
    )


def verify_identity(ctx: DeskContext, reference: str, *, on: date | None = None) -> None:
    """Attach a matching licence and move the case to 'identity verified'."""
    add_licence(ctx, reference)
    cases.move_status(ctx, reference, CaseStatus.VERIFIED, on=on)
