"""Translated names of the domain's enums, for every screen.

The domain keeps English labels for logs and the CLI; the UI shows these,
which Qt translates (context "Labels"). Each call is written out as
``QCoreApplication.translate("Labels", "…")`` with a literal so that lupdate finds it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.era import format_japanese
from privacy_desk.domain.identity_documents import DocumentType, Holder, MaskRequirement
from privacy_desk.domain.ledger import Medium, ProvisionBasis, ProvisionDirection
from privacy_desk.domain.letters import LetterKind, MailKind
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit, RetainedKind, RetentionEvent
from privacy_desk.domain.roles import Role
from privacy_desk.domain.status import CaseStatus


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.RECEIVED: QCoreApplication.translate("Labels", "Received"),
        CaseStatus.AWAITING_DOCUMENTS: QCoreApplication.translate("Labels", "Awaiting documents"),
        CaseStatus.VERIFIED: QCoreApplication.translate("Labels", "Identity verified"),
        CaseStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        CaseStatus.DECIDED: QCoreApplication.translate("Labels", "Decided"),
        CaseStatus.REPLIED: QCoreApplication.translate("Labels", "Replied"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        CaseStatus.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
        CaseStatus.REJECTED_INCOMPLETE: QCoreApplication.translate(
            "Labels", "Rejected as incomplete"
        ),
    }[value]


def request_type(value: RequestType) -> str:
    return {
        RequestType.PURPOSE_OF_USE: QCoreApplication.translate(
            "Labels", "Notification of purpose of use"
        ),
        RequestType.DISCLOSURE: QCoreApplication.translate("Labels", "Disclosure"),
        RequestType.PROVISION_RECORDS: QCoreApplication.translate(
            "Labels", "Disclosure of third-party provision records"
        ),
        RequestType.CORRECTION: QCoreApplication.translate(
            "Labels", "Correction, addition or deletion"
        ),
        RequestType.SUSPENSION_OR_ERASURE: QCoreApplication.translate(
            "Labels", "Suspension of use or erasure"
        ),
        RequestType.SUSPENSION_OF_PROVISION: QCoreApplication.translate(
            "Labels", "Suspension of third-party provision"
        ),
    }[value]


def request_type_short(value: RequestType) -> str:
    """For narrow table columns."""
    return {
        RequestType.PURPOSE_OF_USE: QCoreApplication.translate("Labels", "Purpose"),
        RequestType.DISCLOSURE: QCoreApplication.translate("Labels", "Disclosure"),
        RequestType.PROVISION_RECORDS: QCoreApplication.translate("Labels", "Provision records"),
        RequestType.CORRECTION: QCoreApplication.translate("Labels", "Correction"),
        RequestType.SUSPENSION_OR_ERASURE: QCoreApplication.translate("Labels", "Erasure"),
        RequestType.SUSPENSION_OF_PROVISION: QCoreApplication.translate("Labels", "Stop provision"),
    }[value]


def requester_kind(value: RequesterKind) -> str:
    return {
        RequesterKind.PRINCIPAL: QCoreApplication.translate("Labels", "Principal"),
        RequesterKind.MINOR_AGENT: QCoreApplication.translate(
            "Labels", "Statutory agent of a minor"
        ),
        RequesterKind.ADULT_WARD_AGENT: QCoreApplication.translate(
            "Labels", "Statutory agent of an adult ward"
        ),
        RequesterKind.APPOINTED_AGENT: QCoreApplication.translate("Labels", "Appointed agent"),
        RequesterKind.PROFESSIONAL_AGENT: QCoreApplication.translate(
            "Labels", "Professional agent"
        ),
    }[value]


def disclosure_method(value: DisclosureMethod) -> str:
    return {
        DisclosureMethod.PAPER: QCoreApplication.translate("Labels", "Paper copy by mail"),
        DisclosureMethod.ELECTRONIC_MEDIA: QCoreApplication.translate(
            "Labels", "Electronic file on a disc or memory by mail"
        ),
        DisclosureMethod.ELECTRONIC_MAIL: QCoreApplication.translate(
            "Labels", "Electronic file by e-mail"
        ),
        DisclosureMethod.OTHER: QCoreApplication.translate("Labels", "Other method"),
    }[value]


def fee_payment(value: FeePayment) -> str:
    return {
        FeePayment.NONE: QCoreApplication.translate("Labels", "No fee"),
        FeePayment.POSTAL_MONEY_ORDER: QCoreApplication.translate(
            "Labels", "Fixed-amount postal money order"
        ),
        FeePayment.STAMPS: QCoreApplication.translate("Labels", "Postage stamps"),
    }[value]


def enclosure(value: EnclosureKind) -> str:
    return {
        EnclosureKind.REQUEST_FORM: QCoreApplication.translate("Labels", "Request form"),
        EnclosureKind.IDENTITY_DOCUMENT: QCoreApplication.translate(
            "Labels", "Copy of an identity document"
        ),
        EnclosureKind.AGENT_PROOF: QCoreApplication.translate("Labels", "Proof of agency"),
        EnclosureKind.FEE: QCoreApplication.translate("Labels", "Fee"),
        EnclosureKind.RETURN_ENVELOPE: QCoreApplication.translate("Labels", "Return envelope"),
        EnclosureKind.OTHER: QCoreApplication.translate("Labels", "Other enclosure"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.DONE: QCoreApplication.translate("Labels", "Done as asked"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly done"),
        Outcome.REFUSED: QCoreApplication.translate("Labels", "Refused"),
        Outcome.NO_SUCH_DATA: QCoreApplication.translate("Labels", "No such data"),
    }[value]


def refusal_ground(value: RefusalGround) -> str:
    return {
        RefusalGround.HARM_TO_RIGHTS: QCoreApplication.translate(
            "Labels",
            "Art. 33(2)(i): would harm the life, body, property or other rights of the "
            "principal or a third party",
        ),
        RefusalGround.BUSINESS_INTERFERENCE: QCoreApplication.translate(
            "Labels", "Art. 33(2)(ii): would seriously interfere with the company's business"
        ),
        RefusalGround.OTHER_LAW: QCoreApplication.translate(
            "Labels", "Art. 33(2)(iii): would violate another law"
        ),
    }[value]


def document_type(value: DocumentType) -> str:
    return {
        DocumentType.DRIVERS_LICENSE: QCoreApplication.translate("Labels", "Driver's license"),
        DocumentType.MY_NUMBER_CARD_FRONT: QCoreApplication.translate(
            "Labels", "My Number card (front)"
        ),
        DocumentType.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        DocumentType.RESIDENCE_CARD: QCoreApplication.translate("Labels", "Residence card"),
        DocumentType.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Special permanent resident certificate"
        ),
        DocumentType.HEALTH_INSURANCE: QCoreApplication.translate(
            "Labels", "Health insurance card or eligibility certificate"
        ),
        DocumentType.CERTIFICATE_OF_RESIDENCE: QCoreApplication.translate(
            "Labels", "Certificate of residence"
        ),
        DocumentType.FAMILY_REGISTER: QCoreApplication.translate(
            "Labels", "Family register or abstract"
        ),
        DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS: QCoreApplication.translate(
            "Labels", "Certificate of registered matters"
        ),
        DocumentType.GUARDIANSHIP_RULING: QCoreApplication.translate(
            "Labels", "Ruling of commencement of guardianship"
        ),
        DocumentType.POWER_OF_ATTORNEY: QCoreApplication.translate("Labels", "Power of attorney"),
        DocumentType.SEAL_REGISTRATION_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Seal registration certificate"
        ),
        DocumentType.PROFESSIONAL_QUALIFICATION: QCoreApplication.translate(
            "Labels", "Proof of professional qualification"
        ),
        DocumentType.ALIEN_REGISTRATION_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Certificate of alien registration"
        ),
        DocumentType.OTHER: QCoreApplication.translate("Labels", "Other document"),
    }[value]


def holder(value: Holder) -> str:
    return {
        Holder.PRINCIPAL: QCoreApplication.translate("Labels", "Principal"),
        Holder.AGENT: QCoreApplication.translate("Labels", "Agent"),
    }[value]


def mask_requirement(value: MaskRequirement) -> str:
    return {
        MaskRequirement.INSURER_NUMBER: QCoreApplication.translate("Labels", "Insurer number"),
        MaskRequirement.INSURED_SYMBOL_NUMBER: QCoreApplication.translate(
            "Labels", "Insured person's symbol and number"
        ),
        MaskRequirement.QR_CODE: QCoreApplication.translate("Labels", "QR code"),
        MaskRequirement.INDIVIDUAL_NUMBER: QCoreApplication.translate(
            "Labels", "Individual Number (My Number)"
        ),
    }[value]


def letter_kind(value: LetterKind) -> str:
    return {
        LetterKind.ACKNOWLEDGEMENT: QCoreApplication.translate(
            "Labels", "Acknowledgement of receipt"
        ),
        LetterKind.MISSING_DOCUMENTS: QCoreApplication.translate(
            "Labels", "Request for missing documents"
        ),
        LetterKind.PURPOSE_OF_USE: QCoreApplication.translate(
            "Labels", "Notice of the purpose of use"
        ),
        LetterKind.DISCLOSURE: QCoreApplication.translate("Labels", "Disclosure reply"),
        LetterKind.NON_DISCLOSURE: QCoreApplication.translate(
            "Labels", "Non-disclosure or partial disclosure"
        ),
        LetterKind.CORRECTION: QCoreApplication.translate(
            "Labels", "Correction, addition or deletion"
        ),
        LetterKind.SUSPENSION: QCoreApplication.translate(
            "Labels", "Suspension of use, erasure or of third-party provision"
        ),
        LetterKind.METHOD_DIFFICULT: QCoreApplication.translate(
            "Labels", "Disclosure method difficult"
        ),
        LetterKind.FEE_NOTICE: QCoreApplication.translate("Labels", "Fee shortfall or refund"),
    }[value]


def mail_kind(value: MailKind) -> str:
    return {
        MailKind.ORDINARY: QCoreApplication.translate("Labels", "Ordinary mail"),
        MailKind.REGISTERED: QCoreApplication.translate("Labels", "Registered mail"),
        MailKind.RESTRICTED_DELIVERY: QCoreApplication.translate(
            "Labels", "Restricted delivery to the addressee"
        ),
        MailKind.SIMPLE_REGISTERED: QCoreApplication.translate("Labels", "Simple registered mail"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.STAFF: QCoreApplication.translate("Labels", "Staff"),
        Role.MANAGER: QCoreApplication.translate("Labels", "Manager"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "Administrator"),
    }[value]


def retained_kind(value: RetainedKind) -> str:
    return {
        RetainedKind.CASE_RECORD: QCoreApplication.translate("Labels", "Case record"),
        RetainedKind.ID_COPY: QCoreApplication.translate("Labels", "ID copy"),
        RetainedKind.LETTER: QCoreApplication.translate("Labels", "Letter PDF"),
        RetainedKind.LEDGER_BATCH: QCoreApplication.translate("Labels", "Ledger batch"),
    }[value]


def disposal_method(value: DisposalMethod) -> str:
    return {
        DisposalMethod.SHREDDING: QCoreApplication.translate("Labels", "Shredding"),
        DisposalMethod.DELETION: QCoreApplication.translate("Labels", "Deletion"),
        DisposalMethod.CONTRACTOR: QCoreApplication.translate("Labels", "Disposal contractor"),
    }[value]


def period_unit(value: PeriodUnit) -> str:
    return {
        PeriodUnit.DAYS: QCoreApplication.translate("Labels", "days"),
        PeriodUnit.MONTHS: QCoreApplication.translate("Labels", "months"),
        PeriodUnit.YEARS: QCoreApplication.translate("Labels", "years"),
        PeriodUnit.UNTIL_PURPOSE_ACHIEVED: QCoreApplication.translate(
            "Labels", "until the purpose of use is achieved"
        ),
    }[value]


def retention_event(value: RetentionEvent) -> str:
    return {
        RetentionEvent.REPLY: QCoreApplication.translate(
            "Labels", "the reply (or the closing if there is none)"
        ),
        RetentionEvent.CLOSING: QCoreApplication.translate("Labels", "the closing"),
    }[value]


def medium(value: Medium) -> str:
    return {
        Medium.PAPER: QCoreApplication.translate("Labels", "Paper"),
        Medium.ELECTRONIC: QCoreApplication.translate("Labels", "Electronic"),
        Medium.PAPER_AND_ELECTRONIC: QCoreApplication.translate("Labels", "Paper and electronic"),
    }[value]


def provision_direction(value: ProvisionDirection) -> str:
    return {
        ProvisionDirection.PROVIDED: QCoreApplication.translate(
            "Labels", "Provided to a third party (Art. 29)"
        ),
        ProvisionDirection.RECEIVED: QCoreApplication.translate(
            "Labels", "Received from a third party (Art. 30)"
        ),
    }[value]


def provision_basis(value: ProvisionBasis) -> str:
    return {
        ProvisionBasis.CONSENT: QCoreApplication.translate("Labels", "The person's prior consent"),
        ProvisionBasis.LAW: QCoreApplication.translate(
            "Labels", "Required by laws and regulations"
        ),
        ProvisionBasis.LIFE_BODY_PROPERTY: QCoreApplication.translate(
            "Labels", "Protection of life, body or property"
        ),
        ProvisionBasis.PUBLIC_HEALTH: QCoreApplication.translate(
            "Labels", "Public health or healthy child development"
        ),
        ProvisionBasis.GOVERNMENT: QCoreApplication.translate(
            "Labels", "Cooperation with a government body"
        ),
        ProvisionBasis.OTHER: QCoreApplication.translate("Labels", "Other (see the note)"),
    }[value]


def japanese_ui() -> bool:
    """Whether the screens are in Japanese (for texts the records carry in both languages)."""
    return QLocale().language() == QLocale.Language.Japanese


def day_short(value: date | None) -> str:
    """A date as in a table: 2026-11-24; empty for none."""
    return value.isoformat() if value is not None else ""


def day_long(value: date | None) -> str:
    """A date with its Japanese era: 2026-11-24（令和8年11月24日）."""
    if value is None:
        return ""
    return f"{value.isoformat()}（{format_japanese(value)}）"
