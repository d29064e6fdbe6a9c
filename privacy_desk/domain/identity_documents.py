"""Identity documents and proofs of agency: what each kind is, and what one copy says.

Sources: the privacy policy §9.2 (the documents the company accepts) and the domain
brief ``shared/domain/requests.md`` §1 (the facts the policy text has not caught up
with) and §4 (ID copies are destroyed soon after the reply). Stored values are the
enum values; labels are English source strings, ``label_ja`` the wording of letters.

Comparing what staff re-keyed off a document with the request form is in
:mod:`privacy_desk.domain.identity_matching`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from privacy_desk.domain.fees import period_end
from privacy_desk.domain.requests import RequesterKind

#: The certificate of alien registration was abolished with the new residence management
#: system (requests.md §1); the residence card and special permanent resident certificate
#: replaced it.
ALIEN_REGISTRATION_ABOLISHED_ON = date(2012, 7, 9)
#: Passports issued from this day have no holder's entry page, so no address (requests.md §1).
#: The Ministry of Foreign Affairs' new-format passports were first issued on 2020-02-04.
PASSPORT_WITHOUT_ADDRESS_FROM = date(2020, 2, 4)
#: Default months a certificate may be old (requests.md §1, "common practice"); a setting.
DEFAULT_CERTIFICATE_MAX_AGE_MONTHS = 3
#: Default days after the reply before ID copies and agent proofs are destroyed (the issue's
#: retention rule; requests.md §4 says only "soon after the reply").
DEFAULT_ID_COPY_RETENTION_DAYS = 30


class Holder(StrEnum):
    """Whose document a copy is: the principal's or the agent's."""

    PRINCIPAL = "principal"
    AGENT = "agent"

    @property
    def label(self) -> str:
        return "the principal" if self is Holder.PRINCIPAL else "the agent"

    @property
    def label_ja(self) -> str:
        return "ご本人" if self is Holder.PRINCIPAL else "代理人の方"


class RekeyField(StrEnum):
    """What staff type off a document, to be compared with the request form."""

    NAME = "name"
    BIRTH_DATE = "birth_date"
    ADDRESS = "address"
    #: On a proof of agency: the agent it names (parent, guardian, appointee).
    AGENT_NAME = "agent_name"

    @property
    def label(self) -> str:
        return _REKEY_LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _REKEY_LABELS[self][1]


_REKEY_LABELS = {
    RekeyField.NAME: ("name", "氏名"),
    RekeyField.BIRTH_DATE: ("date of birth", "生年月日"),
    RekeyField.ADDRESS: ("address", "住所"),
    RekeyField.AGENT_NAME: ("agent's name", "代理人氏名"),
}


class MaskRequirement(StrEnum):
    """A region of a copy that must be covered before the office keeps it."""

    #: Health insurance card / eligibility certificate: since 2020-10-01 these must not be
    #: collected (requests.md §1).
    INSURER_NUMBER = "insurer_number"
    INSURED_SYMBOL_NUMBER = "insured_symbol_number"
    QR_CODE = "qr_code"
    #: The Individual Number (My Number) must never be kept (requests.md §1; My Number Act
    #: Art. 20 forbids collecting or keeping it outside the permitted uses).
    INDIVIDUAL_NUMBER = "individual_number"

    @property
    def label(self) -> str:
        return _MASK_LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _MASK_LABELS[self][1]


_MASK_LABELS = {
    MaskRequirement.INSURER_NUMBER: ("insurer number", "保険者番号"),
    MaskRequirement.INSURED_SYMBOL_NUMBER: (
        "insured person's symbol, number and branch number",
        "被保険者等記号・番号（枝番を含む）",
    ),
    MaskRequirement.QR_CODE: ("QR code", "QRコード"),
    MaskRequirement.INDIVIDUAL_NUMBER: (
        "Individual Number (My Number)",
        "個人番号（マイナンバー）",
    ),
}
HEALTH_INSURANCE_MASKS = frozenset(
    {
        MaskRequirement.INSURER_NUMBER,
        MaskRequirement.INSURED_SYMBOL_NUMBER,
        MaskRequirement.QR_CODE,
    }
)


class DocumentType(StrEnum):
    """A kind of paper that arrives with a request (policy §9.2, requests.md §1)."""

    DRIVERS_LICENSE = "drivers_license"
    MY_NUMBER_CARD_FRONT = "my_number_card_front"
    PASSPORT = "passport"
    RESIDENCE_CARD = "residence_card"
    SPECIAL_PERMANENT_RESIDENT_CERTIFICATE = "special_permanent_resident_certificate"
    #: A health insurance card or its successor, the eligibility certificate (資格確認書):
    #: new cards stopped on 2024-12-02 and the certificate is handled the same way.
    HEALTH_INSURANCE = "health_insurance"
    CERTIFICATE_OF_RESIDENCE = "certificate_of_residence"
    FAMILY_REGISTER = "family_register"
    CERTIFICATE_OF_REGISTERED_MATTERS = "certificate_of_registered_matters"
    GUARDIANSHIP_RULING = "guardianship_ruling"
    POWER_OF_ATTORNEY = "power_of_attorney"
    SEAL_REGISTRATION_CERTIFICATE = "seal_registration_certificate"
    PROFESSIONAL_QUALIFICATION = "professional_qualification"
    #: Listed by the policy, abolished on 2012-07-09: recognised only to be refused.
    ALIEN_REGISTRATION_CERTIFICATE = "alien_registration_certificate"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _FACTS[self].label

    @property
    def label_ja(self) -> str:
        return _FACTS[self].label_ja

    @property
    def is_identity_document(self) -> bool:
        """Accepted to identify a person: policy §9.2's list, with today's successors.

        The policy lists driver's license, passport, health insurance card, certificate
        of alien registration and certificate of residence (by mail only). requests.md §1
        adds the My Number card's front, the residence card and special permanent resident
        certificate (successors of the abolished alien registration certificate) and the
        eligibility certificate (successor of the health insurance card).
        """
        return _FACTS[self].identity

    @property
    def is_photo_id(self) -> bool:
        return _FACTS[self].photo

    @property
    def shows_address(self) -> bool:
        """Always shows the holder's address.

        A passport shows one only when issued before 2020-02-04 (see
        :attr:`IdentityDocument.shows_address`); a health insurance card or eligibility
        certificate may carry one and proves the address only when staff re-keyed it.
        """
        return _FACTS[self].address

    @property
    def must_be_fresh(self) -> bool:
        """A certificate that must have been issued within the last months (a setting).

        requests.md §1: "certificates must be issued within the last 3 months": the
        certificate of residence (an identity document, policy §9.2), the family register
        or its abstract, the certificate of registered matters and the seal registration
        certificate (proofs of agency, policy §9.2). A court ruling, a power of attorney
        and qualification material are not certificates of the current state and are not
        held to the window.
        """
        return _FACTS[self].fresh

    @property
    def masks(self) -> frozenset[MaskRequirement]:
        """Regions every copy of this type must have covered.

        Health insurance card / eligibility certificate: insurer number, symbol and
        number, QR code (requests.md §1). A certificate of residence must not show the
        Individual Number, but only some do: that is :attr:`IdentityDocument.required_masks`
        (``shows_individual_number``). The My Number card's front has nothing to cover;
        a copy of its back is refused outright (``is_my_number_back``).
        """
        return _FACTS[self].masks

    @property
    def proves_agency_for(self) -> frozenset[RequesterKind]:
        """The requester kinds for which this document is a proof of agency (policy §9.2).

        Minor's statutory agent: family register or abstract. Adult ward's statutory agent:
        certificate of registered matters or the ruling of commencement of guardianship.
        Appointed agent: power of attorney with the registered seal *and* the principal's
        seal registration certificate. Professional agent: material proving the
        qualification; a power of attorney is not listed for them but shows the
        appointment, so it is taken into account when sent.
        """
        return _FACTS[self].agency

    @property
    def usual_holder(self) -> Holder:
        """Whose document this usually is: a sensible default for data entry."""
        return _FACTS[self].holder

    @property
    def rekey_fields(self) -> frozenset[RekeyField]:
        """What staff must type off every copy of this type (see also the document's)."""
        return _FACTS[self].rekey


@dataclass(frozen=True)
class _Facts:
    label: str
    label_ja: str
    identity: bool = False
    photo: bool = False
    address: bool = False
    fresh: bool = False
    masks: frozenset[MaskRequirement] = frozenset()
    agency: frozenset[RequesterKind] = frozenset()
    holder: Holder = Holder.PRINCIPAL
    rekey: frozenset[RekeyField] = frozenset()


_N, _B, _A, _G = RekeyField.NAME, RekeyField.BIRTH_DATE, RekeyField.ADDRESS, RekeyField.AGENT_NAME


def _photo_id(label: str, label_ja: str) -> _Facts:
    """A photo ID that shows name, date of birth and address."""
    return _Facts(
        label, label_ja, identity=True, photo=True, address=True, rekey=frozenset({_N, _B, _A})
    )


_FACTS: dict[DocumentType, _Facts] = {
    DocumentType.DRIVERS_LICENSE: _photo_id("Driver's license", "運転免許証"),
    DocumentType.MY_NUMBER_CARD_FRONT: _photo_id(
        "My Number card (front)", "マイナンバーカード（表面）"
    ),
    DocumentType.PASSPORT: _Facts(
        "Passport", "パスポート", identity=True, photo=True, rekey=frozenset({_N, _B})
    ),
    DocumentType.RESIDENCE_CARD: _photo_id("Residence card", "在留カード"),
    DocumentType.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE: _photo_id(
        "Special permanent resident certificate", "特別永住者証明書"
    ),
    DocumentType.HEALTH_INSURANCE: _Facts(
        "Health insurance card or eligibility certificate",
        "健康保険証または資格確認書",
        identity=True,
        masks=HEALTH_INSURANCE_MASKS,
        rekey=frozenset({_N, _B}),
    ),
    DocumentType.CERTIFICATE_OF_RESIDENCE: _Facts(
        "Certificate of residence",
        "住民票の写し",
        identity=True,
        address=True,
        fresh=True,
        rekey=frozenset({_N, _B, _A}),
    ),
    DocumentType.FAMILY_REGISTER: _Facts(
        "Family register or abstract",
        "戸籍謄本または戸籍抄本",
        fresh=True,
        agency=frozenset({RequesterKind.MINOR_AGENT}),
        rekey=frozenset({_N, _B, _G}),
    ),
    DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS: _Facts(
        "Certificate of registered matters",
        "登記事項証明書",
        address=True,
        fresh=True,
        agency=frozenset({RequesterKind.ADULT_WARD_AGENT}),
        rekey=frozenset({_N, _B, _G}),
    ),
    DocumentType.GUARDIANSHIP_RULING: _Facts(
        "Ruling of commencement of guardianship",
        "後見開始の審判書",
        agency=frozenset({RequesterKind.ADULT_WARD_AGENT}),
        rekey=frozenset({_N, _G}),
    ),
    DocumentType.POWER_OF_ATTORNEY: _Facts(
        "Power of attorney",
        "委任状",
        agency=frozenset({RequesterKind.APPOINTED_AGENT, RequesterKind.PROFESSIONAL_AGENT}),
        rekey=frozenset({_N, _G}),
    ),
    DocumentType.SEAL_REGISTRATION_CERTIFICATE: _Facts(
        "Seal registration certificate",
        "印鑑登録証明書",
        address=True,
        fresh=True,
        agency=frozenset({RequesterKind.APPOINTED_AGENT}),
        rekey=frozenset({_N, _B, _A}),
    ),
    DocumentType.PROFESSIONAL_QUALIFICATION: _Facts(
        "Proof of professional qualification",
        "資格を証明する書類",
        agency=frozenset({RequesterKind.PROFESSIONAL_AGENT}),
        holder=Holder.AGENT,
        rekey=frozenset({_N}),
    ),
    DocumentType.ALIEN_REGISTRATION_CERTIFICATE: _Facts(
        "Certificate of alien registration", "外国人登録証明書", photo=True, address=True
    ),
    DocumentType.OTHER: _Facts("Other document", "その他の書類"),
}


@dataclass(frozen=True)
class Rekeyed:
    """What staff typed off a document, exactly as it appears there ("" or None: not typed).

    On an identity document: its holder's name, date of birth and address. On a proof of
    agency: the principal's (the minor's, the ward's, the appointing principal's) and, in
    ``agent_name``, the agent it names; on a qualification proof, the agent's name.
    """

    name: str = ""
    birth_date: date | None = None
    address: str = ""
    agent_name: str = ""

    def value(self, which: RekeyField) -> str | date | None:
        """The typed value of one field; None when nothing (or only spaces) was typed."""
        if which is RekeyField.BIRTH_DATE:
            return self.birth_date
        text = {
            RekeyField.NAME: self.name,
            RekeyField.ADDRESS: self.address,
            RekeyField.AGENT_NAME: self.agent_name,
        }[which].strip()
        return text or None


@dataclass(frozen=True)
class IdentityDocument:
    """One copy that arrived, with what staff confirmed and typed off it."""

    type: DocumentType
    belongs_to: Holder = Holder.PRINCIPAL
    #: Printed issue date; needed for certificates (freshness) and passports (address).
    issued_on: date | None = None
    #: The day this copy arrived (a later day for documents sent after a deficiency
    #: letter); None: judged as of today.
    received_on: date | None = None
    #: Regions staff confirm are covered on the stored copy.
    masked: frozenset[MaskRequirement] = frozenset()
    #: The copy shows an Individual Number (e.g. a certificate of residence).
    shows_individual_number: bool = False
    #: The copy is of the back of a My Number card: refused, never kept.
    is_my_number_back: bool = False
    rekeyed: Rekeyed = Rekeyed()
    #: Power of attorney: staff compared its seal impression with the principal's seal
    #: registration certificate and found them the same.
    seal_matches_certificate: bool = False
    #: A difference staff looked into and accept, with the reason (e.g. an old-style kanji
    #: not folded, a foreign name written in katakana on the form).
    differences_explained: Mapping[RekeyField, str] = field(default_factory=dict, hash=False)

    @property
    def required_masks(self) -> frozenset[MaskRequirement]:
        extra = {MaskRequirement.INDIVIDUAL_NUMBER} if self.shows_individual_number else set()
        return self.type.masks | extra

    @property
    def unmasked(self) -> list[MaskRequirement]:
        """Required regions not yet confirmed covered, in a stable order."""
        return [m for m in MaskRequirement if m in self.required_masks - self.masked]

    @property
    def shows_address(self) -> bool:
        """The type shows an address, or this is a passport issued before 2020-02-04."""
        if self.type is DocumentType.PASSPORT:
            return self.issued_on is not None and self.issued_on < PASSPORT_WITHOUT_ADDRESS_FROM
        return self.type.shows_address

    @property
    def rekey_fields(self) -> frozenset[RekeyField]:
        """What staff must type off this copy (an old passport's address too)."""
        extra = (
            {RekeyField.ADDRESS} if self.shows_address and self.type.is_identity_document else set()
        )
        return self.type.rekey_fields | extra

    def explanation(self, which: RekeyField) -> str:
        return self.differences_explained.get(which, "").strip()


# --- freshness and retention -------------------------------------------------------------------


def certificate_fresh_until(issued_on: date, max_age_months: int) -> date:
    """The last day a certificate issued on ``issued_on`` is "within N months of issue".

    Counted in calendar months as the Civil Code counts periods: the day of issue is not
    counted (Art. 140) and the period ends on the day before the corresponding day of the
    last month, or on that month's last day when it has none (Art. 143). So a certificate
    issued on 2026-08-24 is good through 2026-11-24, and one issued on 2026-11-30 through
    2027-02-28.
    """
    if max_age_months < 1:
        raise ValueError("A certificate's age limit is at least one month.")
    return period_end(issued_on + timedelta(days=1), max_age_months)


def is_fresh(issued_on: date, on: date, max_age_months: int) -> bool:
    """Whether a certificate issued on ``issued_on`` is still within the limit on ``on``.

    ``on`` is the day the certificate arrived: "issued within the last 3 months"
    (requests.md §1) is asked of what the requester sends, and the office's own handling
    time must not turn a good certificate stale.
    """
    return on <= certificate_fresh_until(issued_on, max_age_months)


def disposal_date(replied_on: date, days: int = DEFAULT_ID_COPY_RETENTION_DAYS) -> date:
    """When the ID copies and agent proofs of a case are to be destroyed.

    requests.md §4 says they "are destroyed soon after the reply" and names no number;
    the issue's rule is ``days`` (default 30) calendar days after the day of the reply.
    """
    if days < 0:
        raise ValueError("A retention period cannot be negative.")
    return replied_on + timedelta(days=days)
