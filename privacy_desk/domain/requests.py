"""What a mailed request is made of: its types, who sends it, how it is paid.

Articles are those of the APPI as renumbered in 2022 (see
``shared/domain/requests.md``). Stored values are the enum values; labels are
English source strings that the UI translates.
"""

from __future__ import annotations

from enum import StrEnum


class RequestType(StrEnum):
    """The rights a requester may exercise; one letter may ask for several."""

    PURPOSE_OF_USE = "purpose_of_use"
    DISCLOSURE = "disclosure"
    PROVISION_RECORDS = "provision_records"
    CORRECTION = "correction"
    SUSPENSION_OR_ERASURE = "suspension_or_erasure"
    SUSPENSION_OF_PROVISION = "suspension_of_provision"

    @property
    def label(self) -> str:
        return _REQUEST_TYPE_LABELS[self]

    @property
    def article(self) -> str:
        return _REQUEST_TYPE_ARTICLES[self]

    @property
    def fee_allowed(self) -> bool:
        """Art. 38: a fee only for notification of purpose of use and disclosure.

        Disclosure of third-party provision records is a disclosure under
        Art. 33(5) and may carry the fee too.
        """
        return self in (
            RequestType.PURPOSE_OF_USE,
            RequestType.DISCLOSURE,
            RequestType.PROVISION_RECORDS,
        )


_REQUEST_TYPE_LABELS = {
    RequestType.PURPOSE_OF_USE: "Notification of purpose of use",
    RequestType.DISCLOSURE: "Disclosure",
    RequestType.PROVISION_RECORDS: "Disclosure of third-party provision records",
    RequestType.CORRECTION: "Correction, addition or deletion",
    RequestType.SUSPENSION_OR_ERASURE: "Suspension of use or erasure",
    RequestType.SUSPENSION_OF_PROVISION: "Suspension of third-party provision",
}
_REQUEST_TYPE_ARTICLES = {
    RequestType.PURPOSE_OF_USE: "32(2)",
    RequestType.DISCLOSURE: "33(1)",
    RequestType.PROVISION_RECORDS: "33(5)",
    RequestType.CORRECTION: "34",
    RequestType.SUSPENSION_OR_ERASURE: "35(1), 35(5)",
    RequestType.SUSPENSION_OF_PROVISION: "35(3), 35(5)",
}


class RequesterKind(StrEnum):
    """Who signs the request (policy §9.2, Cabinet Order Art. 13)."""

    PRINCIPAL = "principal"
    MINOR_AGENT = "minor_agent"
    ADULT_WARD_AGENT = "adult_ward_agent"
    APPOINTED_AGENT = "appointed_agent"
    PROFESSIONAL_AGENT = "professional_agent"

    @property
    def label(self) -> str:
        return _REQUESTER_KIND_LABELS[self]

    @property
    def is_agent(self) -> bool:
        return self is not RequesterKind.PRINCIPAL


_REQUESTER_KIND_LABELS = {
    RequesterKind.PRINCIPAL: "Principal",
    RequesterKind.MINOR_AGENT: "Statutory agent of a minor",
    RequesterKind.ADULT_WARD_AGENT: "Statutory agent of an adult ward",
    RequesterKind.APPOINTED_AGENT: "Appointed agent",
    RequesterKind.PROFESSIONAL_AGENT: "Professional agent",
}


class DisclosureMethod(StrEnum):
    """How the requester asked to receive disclosed data (Art. 33(1))."""

    PAPER = "paper"
    ELECTRONIC_MEDIA = "electronic_media"
    ELECTRONIC_MAIL = "electronic_mail"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _DISCLOSURE_METHOD_LABELS[self]


_DISCLOSURE_METHOD_LABELS = {
    DisclosureMethod.PAPER: "Paper copy by mail",
    DisclosureMethod.ELECTRONIC_MEDIA: "Electronic file on a disc or memory by mail",
    DisclosureMethod.ELECTRONIC_MAIL: "Electronic file by e-mail",
    DisclosureMethod.OTHER: "Other method",
}


class FeePayment(StrEnum):
    """How the fee came with the letter (Art. 38)."""

    NONE = "none"
    POSTAL_MONEY_ORDER = "postal_money_order"
    STAMPS = "stamps"

    @property
    def label(self) -> str:
        return _FEE_PAYMENT_LABELS[self]


_FEE_PAYMENT_LABELS = {
    FeePayment.NONE: "No fee",
    FeePayment.POSTAL_MONEY_ORDER: "Fixed-amount postal money order",
    FeePayment.STAMPS: "Postage stamps",
}


class EnclosureKind(StrEnum):
    """What was found in the envelope besides the letter itself."""

    REQUEST_FORM = "request_form"
    IDENTITY_DOCUMENT = "identity_document"
    AGENT_PROOF = "agent_proof"
    FEE = "fee"
    RETURN_ENVELOPE = "return_envelope"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ENCLOSURE_LABELS[self]


_ENCLOSURE_LABELS = {
    EnclosureKind.REQUEST_FORM: "Request form",
    EnclosureKind.IDENTITY_DOCUMENT: "Copy of an identity document",
    EnclosureKind.AGENT_PROOF: "Proof of agency",
    EnclosureKind.FEE: "Fee",
    EnclosureKind.RETURN_ENVELOPE: "Return envelope",
    EnclosureKind.OTHER: "Other enclosure",
}
