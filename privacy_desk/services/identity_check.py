"""The identity checklist of a stored case (the rules are in ``domain/identity.py``).

Kept apart from ``services/documents.py`` so that the case services can ask
for it (a case is "identity verified" only when the checklist says so) without
importing the document services, which build on them.
"""

from __future__ import annotations

import json
from datetime import date

from privacy_desk.domain.identity import IdentityChecklist, Person, RequestForm, check_identity
from privacy_desk.domain.identity_documents import (
    IdentityDocument,
    MaskRequirement,
    Rekeyed,
    RekeyField,
)
from privacy_desk.domain.requests import RequesterKind
from privacy_desk.store.models import Case, Document


def request_form(case: Case) -> RequestForm:
    """The people as the request form gives them."""
    principal = Person(
        name=case.requester_name,
        birth_date=case.requester_birth_date,
        address=case.requester_address,
        name_kana=case.requester_kana,
    )
    agent = None
    if case.requester_kind is not RequesterKind.PRINCIPAL:
        agent = Person(name=case.agent_name, address=case.agent_address, name_kana=case.agent_kana)
    return RequestForm(principal=principal, agent=agent)


def identity_document(document: Document) -> IdentityDocument:
    """What the rules need of a stored copy."""
    return IdentityDocument(
        type=document.doc_type,
        belongs_to=document.holder,
        issued_on=document.issued_on,
        received_on=document.received_on,
        masked=frozenset(MaskRequirement(m) for m in json.loads(document.masked)),
        shows_individual_number=document.shows_individual_number,
        is_my_number_back=document.is_my_number_back,
        rekeyed=Rekeyed(
            name=document.rekeyed_name,
            birth_date=document.rekeyed_birth_date,
            address=document.rekeyed_address,
            agent_name=document.rekeyed_agent_name,
        ),
        seal_matches_certificate=document.seal_matches_certificate,
        differences_explained={
            RekeyField(k): v for k, v in json.loads(document.differences).items()
        },
    )


def checklist_for(case: Case, *, today: date, max_certificate_age_months: int) -> IdentityChecklist:
    """The checklist over the copies still kept (a destroyed copy proves nothing now)."""
    return check_identity(
        case.requester_kind,
        [identity_document(d) for d in case.documents if d.disposed_at is None],
        request_form(case),
        today=today,
        max_certificate_age_months=max_certificate_age_months,
    )
