"""What a letter says, as plain values: the one contract between the services and the layout.

The services (``services/letters.py``) fill a :class:`LetterData` from a case, the
office profile, the identity documents and the decisions; the renderer
(``letters/render.py``) sets it with a template from ``forms/letters/``. Nothing
here touches the database or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from privacy_desk.domain.letters import LetterKind


@dataclass(frozen=True)
class Address:
    """A postal address block: the recipient's (from the identity document) or the office's."""

    name: str  # "試験　花子" (the honorific 様 is added by the template)
    postal_code: str  # 7 digits, "6170002"; the template writes 〒617-0002
    address: str  # one line as written; the layout wraps it
    organisation: str = ""  # an agent's office, a company


@dataclass(frozen=True)
class Office:
    """The sender: the office profile (services/office.py Profile) as letters need it."""

    company_name: str
    company_name_en: str
    postal_code: str
    address: str
    address_en: str
    phone: str
    contact: str
    contact_en: str
    signatory_name: str
    signatory_title: str


@dataclass(frozen=True)
class Decision:
    """The outcome of one request type, as the letter states it."""

    request_type: str  # RequestType value
    request_type_label: str  # in the letter's language
    outcome: str  # Outcome value
    outcome_label: str  # in the letter's language
    ground: str = ""  # RefusalGround value, if any
    ground_text: str = ""  # the statutory reason in the letter's language (APPI Art. 33(2) …)
    explanation: str = ""  # staff's explanation (Art. 36), as typed
    data_concerned: str = ""


@dataclass(frozen=True)
class MissingDocument:
    """One line of the request for missing documents (domain/identity.py MissingItem)."""

    text: str  # in the letter's language
    because: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterData:
    kind: LetterKind
    language: str  # "ja" or "en"
    document_number: str  # e.g. "個情第2026-0123-01号" / "PD-2026-0123-01"
    issued_on: date
    reference: str  # the case reference, 2026-0123
    recipient: Address
    office: Office
    received_on: date  # the day the request arrived
    request_types: tuple[str, ...] = ()  # labels in the letter's language
    decisions: tuple[Decision, ...] = ()
    missing: tuple[MissingDocument, ...] = ()
    reply_by: date | None = None  # e.g. the date missing documents are awaited until
    disclosure_method: str = ""  # label in the letter's language
    fee_amount: int = 0  # yen received
    fee_due: int = 0  # yen required (shortfall = due - amount; refund = amount - due)
    enclosures: tuple[str, ...] = ()  # what goes in the envelope, in the letter's language
    #: Free-text parts staff may edit for this one letter, by name (the template
    #: declares which parts exist and their default wording).
    overrides: Mapping[str, str] = field(default_factory=dict)
