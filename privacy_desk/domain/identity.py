"""The identity checklist of a case: what is missing, what is wrong, and whether it is verified.

Computed from the requester kind, the documents that arrived and the request form
(privacy policy §9.2; ``shared/domain/requests.md`` §1):

* The one who signs proves who they are with a copy of one identity document: the
  principal, or for an agent the agent (requests.md §1: "a copy of one identity document,
  and for an agent the proofs of agency").
* The reply goes to the address on the identity document (requests.md §3), so one of the
  counted documents must show that address and it must be the form's; a passport issued
  from 2020-02-04, or a health insurance card with no address, needs a second document.
* Each agent sends the proofs §9.2 lists for their kind.
* Certificates must have been issued within the last months (a setting, default 3),
  counted to the day they arrived (see :func:`~.identity_documents.is_fresh`).
* Copies must have the regions :class:`~.identity_documents.MaskRequirement` names
  covered; a copy of a My Number card's back is refused.
* Staff type name, date of birth and address off every counted document; each must match
  the form (or the difference be explained): a bare "verified" tick is not enough.

Two kinds of shortcoming are kept apart. ``missing`` is what the requester must still send
(the deficiency letter lists it, in English and Japanese, with the reasons); ``problems``
is work for the office (mask, re-key, compare, correct a date) and never goes in a letter.
A document that does not count (stale, abolished, wrong person…) is named in ``warnings``
and, when nothing else fills its place, its reason goes with the missing item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Literal, get_args

from privacy_desk.domain.era import format_english, format_japanese
from privacy_desk.domain.identity_documents import (
    ALIEN_REGISTRATION_ABOLISHED_ON,
    DEFAULT_CERTIFICATE_MAX_AGE_MONTHS,
    PASSPORT_WITHOUT_ADDRESS_FROM,
    DocumentType,
    Holder,
    IdentityDocument,
    MaskRequirement,
    RekeyField,
    certificate_fresh_until,
)
from privacy_desk.domain.identity_matching import addresses_match, names_match
from privacy_desk.domain.requests import RequesterKind
from privacy_desk.domain.status import CaseStatus


@dataclass(frozen=True)
class Person:
    """A person as the request form gives them."""

    name: str
    birth_date: date | None = None
    address: str = ""
    #: The reading in kana, to compare with a name in Latin letters (passports).
    name_kana: str = ""


@dataclass(frozen=True)
class RequestForm:
    """The people on the request form: the principal and, for an agent's request, the agent."""

    principal: Person
    agent: Person | None = None

    def person(self, holder: Holder) -> Person | None:
        return self.principal if holder is Holder.PRINCIPAL else self.agent


@dataclass(frozen=True)
class MissingItem:
    """Something the requester must still send: one line of the deficiency letter."""

    code: str
    text_en: str
    text_ja: str
    #: Why what was sent does not do (e.g. a certificate too old), for the letter.
    because_en: tuple[str, ...] = ()
    because_ja: tuple[str, ...] = ()


#: Every code a :class:`Finding` can carry (``problem``/``warn`` accept only these).
FindingCode = Literal[
    "no_agent_on_form",
    "my_number_back",
    "unmasked",
    "not_needed",
    "seal_not_compared",
    "alien_registration",
    "not_accepted",
    "certificate_of_residence_not_by_mail",
    "wrong_holder",
    "issue_date_missing",
    "issue_date_after_arrival",
    "stale_certificate",
    "passport_issue_date_missing",
    "passport_without_address",
    "not_rekeyed",
    "form_value_missing",
    "difference_explained",
    "name_not_comparable",
    "mismatch",
    "professional_without_power_of_attorney",
]
FINDING_CODES: frozenset[str] = frozenset(get_args(FindingCode))


@dataclass(frozen=True)
class Finding:
    """A problem or warning for staff; ``document`` is the index in the documents given.

    ``message`` is English (logs, tests), ``message_ja`` the same for the Japanese UI.
    """

    code: str
    message: str
    message_ja: str
    document: int | None = None
    field: RekeyField | None = None


@dataclass
class IdentityChecklist:
    """The result of :func:`check_identity`."""

    missing: list[MissingItem] = field(default_factory=list)
    #: Work for the office before the identity can count as verified.
    problems: list[Finding] = field(default_factory=list)
    #: Worth knowing; documents set aside are named here.
    warnings: list[Finding] = field(default_factory=list)
    #: Indexes of the documents that count towards the checklist.
    counted: list[int] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        """Nothing missing, nothing unmasked, every counted document re-keyed and matching."""
        return not self.missing and not self.problems

    @property
    def next_status(self) -> CaseStatus | None:
        """Awaiting documents while something is missing (the clock pauses), verified when
        verified, None while the office still has work to do on what it has."""
        if self.missing:
            return CaseStatus.AWAITING_DOCUMENTS
        return CaseStatus.VERIFIED if self.verified else None


class _Match(Enum):
    """How a re-keyed field (and so a document's address) compares with the form."""

    NONE = "none"  # the document shows no address
    PENDING = "pending"  # not typed yet, or nothing on the form to compare with
    MATCHES = "matches"  # the same, or the difference explained
    DIFFERS = "differs"


@dataclass(frozen=True)
class _Text:
    """One sentence (or a few) in English and Japanese."""

    en: str
    ja: str


@dataclass
class _Assessment:
    index: int
    doc: IdentityDocument
    serves: str | None = None  # the requirement it would fill
    set_aside: _Text | None = None
    address: _Match = _Match.NONE  # identity documents: how their address compares
    address_reason: _Text | None = None

    @property
    def counts(self) -> bool:
        return self.serves is not None and self.set_aside is None

    @property
    def name(self) -> str:
        return f"Document {self.index + 1} ({self.doc.type.label})"

    @property
    def name_ja(self) -> str:
        return f"書類{self.index + 1}（{self.doc.type.label_ja}）"


def _finding(
    code: FindingCode, text: _Text, a: _Assessment | None, field: RekeyField | None
) -> Finding:
    return Finding(code, text.en, text.ja, None if a is None else a.index, field)


def _proofs(kind: RequesterKind) -> dict[str, frozenset[DocumentType]]:
    """Proofs of agency required per requester kind (policy §9.2)."""
    return {
        RequesterKind.PRINCIPAL: {},
        RequesterKind.MINOR_AGENT: {"family_register": frozenset({DocumentType.FAMILY_REGISTER})},
        RequesterKind.ADULT_WARD_AGENT: {
            "guardianship_proof": frozenset(
                {DocumentType.CERTIFICATE_OF_REGISTERED_MATTERS, DocumentType.GUARDIANSHIP_RULING}
            )
        },
        RequesterKind.APPOINTED_AGENT: {
            "power_of_attorney": frozenset({DocumentType.POWER_OF_ATTORNEY}),
            "principal_seal_registration_certificate": frozenset(
                {DocumentType.SEAL_REGISTRATION_CERTIFICATE}
            ),
        },
        RequesterKind.PROFESSIONAL_AGENT: {
            "professional_qualification": frozenset({DocumentType.PROFESSIONAL_QUALIFICATION}),
        },
    }[kind]


#: Not required but counted when sent: a professional's power of attorney shows the appointment.
_OPTIONAL_PROOFS = {
    RequesterKind.PROFESSIONAL_AGENT: {DocumentType.POWER_OF_ATTORNEY: "appointment"}
}


def check_identity(
    requester_kind: RequesterKind,
    documents: Sequence[IdentityDocument],
    form: RequestForm,
    *,
    today: date,
    max_certificate_age_months: int = DEFAULT_CERTIFICATE_MAX_AGE_MONTHS,
    received_by_mail: bool = True,
) -> IdentityChecklist:
    """The identity checklist of one request (see the module doc for the rules).

    ``today`` stands in for the arrival day of documents whose ``received_on`` is not
    known; ``received_by_mail`` is False for a request made another way, where a
    certificate of residence is not accepted (policy §9.2).
    """
    check = _Check(requester_kind, form, today, max_certificate_age_months, received_by_mail)
    return check.run(documents)


class _Check:
    def __init__(
        self, kind: RequesterKind, form: RequestForm, today: date, months: int, by_mail: bool
    ) -> None:
        if months < 1:
            raise ValueError("A certificate's age limit is at least one month.")
        self.kind, self.form, self.today = kind, form, today
        self.months, self.by_mail = months, by_mail
        self.id_holder = Holder.AGENT if kind.is_agent else Holder.PRINCIPAL
        self.id_code = f"{self.id_holder}_identity_document"
        self.out = IdentityChecklist()
        self._form_gaps: set[tuple[Holder, RekeyField]] = set()

    def problem(
        self,
        code: FindingCode,
        text: _Text,
        a: _Assessment | None = None,
        field: RekeyField | None = None,
    ) -> None:
        self.out.problems.append(_finding(code, text, a, field))

    def warn(
        self,
        code: FindingCode,
        text: _Text,
        a: _Assessment | None = None,
        field: RekeyField | None = None,
    ) -> None:
        self.out.warnings.append(_finding(code, text, a, field))

    def run(self, documents: Sequence[IdentityDocument]) -> IdentityChecklist:
        if self.kind.is_agent and self.form.agent is None:
            self.problem(
                "no_agent_on_form",
                _Text(
                    "The request comes from an agent but the form names none: enter the "
                    "agent's name, date of birth and address as the form gives them.",
                    "代理人からの請求ですが、請求書の代理人欄が入力されていません。請求書の記載"
                    "どおりに代理人の氏名、生年月日、住所を入力してください。",
                ),
            )
        assessments = [self._assess(_Assessment(i, doc)) for i, doc in enumerate(documents)]
        self.out.counted = [a.index for a in assessments if a.counts]
        self._requirements(assessments)
        return self.out

    # --- one document ---------------------------------------------------------------------------

    def _assess(self, a: _Assessment) -> _Assessment:
        doc, kind = a.doc, a.doc.type
        if doc.is_my_number_back:
            self.problem(
                "my_number_back",
                _Text(
                    f"{a.name} is a copy of the back of a My Number card: the Individual "
                    "Number must never be copied or kept (requests.md §1; My Number Act Art. "
                    "20). Destroy or return the copy and remove it from the case; the front "
                    "alone is a valid identity document.",
                    f"{a.name_ja}はマイナンバーカード裏面のコピーです。個人番号は複写も保管も"
                    "してはなりません（番号法第20条）。コピーを廃棄または返却し、案件から削除"
                    "してください。本人確認書類としては表面のみで有効です。",
                ),
                a,
            )
            return a
        for mask in doc.unmasked:
            why = _MASK_WHY[mask]
            self.problem(
                "unmasked",
                _Text(
                    f"{a.name}: the {mask.label} is not confirmed covered; {why.en} Cover it "
                    "on the stored copy and confirm before the identity can be verified.",
                    f"{a.name_ja}の{mask.label_ja}が黒塗り済みと確認されていません。{why.ja}"
                    "保存した写しで黒塗りし、チェックを付けてください。それまで本人確認は完了"
                    "できません。",
                ),
                a,
            )
        a.serves = self._serves(doc)
        if a.serves is None:
            self.warn(
                "not_needed",
                _Text(
                    f"{a.name} of {doc.belongs_to.label} is not asked of a request from a "
                    f"{self.kind.label.lower()}; it does not count.",
                    f"{a.name_ja}は{doc.belongs_to.label_ja}のものです。{_KIND_JA[self.kind]}"
                    "からの請求では求めていない書類のため、確認書類として扱いません。",
                ),
                a,
            )
            return a
        if kind is DocumentType.PASSPORT:
            self._passport(a)
        a.set_aside = self._refusal(a) or self._freshness(a)
        if a.counts:
            self._rekeyed(a)
            appointed = self.kind is RequesterKind.APPOINTED_AGENT
            if (
                kind is DocumentType.POWER_OF_ATTORNEY
                and appointed
                and not doc.seal_matches_certificate
            ):
                self.problem(
                    "seal_not_compared",
                    _Text(
                        f"Compare the seal impression on {a.name} with the principal's seal "
                        "registration certificate and confirm they are the same.",
                        f"{a.name_ja}の印影をご本人の印鑑登録証明書と照合し、一致することを"
                        "確認してください。",
                    ),
                    a,
                )
        return a

    def _serves(self, doc: IdentityDocument) -> str | None:
        kind = doc.type
        if kind.is_identity_document or kind in (
            DocumentType.ALIEN_REGISTRATION_CERTIFICATE,
            DocumentType.OTHER,
        ):
            return self.id_code if doc.belongs_to is self.id_holder else None
        for code, kinds in _proofs(self.kind).items():
            if kind in kinds:
                return code
        return _OPTIONAL_PROOFS.get(self.kind, {}).get(kind)

    def _refusal(self, a: _Assessment) -> _Text | None:
        """Why a document the requester sent cannot count, or None."""
        doc, kind = a.doc, a.doc.type
        if kind is DocumentType.ALIEN_REGISTRATION_CERTIFICATE:
            abolished = ALIEN_REGISTRATION_ABOLISHED_ON
            self.warn(
                "alien_registration",
                _Text(
                    f"{a.name}: the certificate of alien registration was abolished on "
                    f"{abolished.isoformat()} (the policy text still lists it). It does not "
                    "count: ask for a residence card or special permanent resident certificate.",
                    f"{a.name_ja}：外国人登録証明書は{abolished.isoformat()}に廃止されています"
                    "（プライバシーポリシーには記載が残っています）。確認書類として扱えないため、"
                    "在留カードまたは特別永住者証明書を求めてください。",
                ),
                a,
            )
            return _Text(
                "The certificate of alien registration was abolished on "
                f"{format_english(abolished)} and can no longer be accepted; please send a "
                "residence card or special permanent resident certificate instead.",
                f"外国人登録証明書は{format_japanese(abolished)}に廃止されたため、お受けできません。"
                "在留カードまたは特別永住者証明書のコピーをお送りください。",
            )
        if kind is DocumentType.OTHER:
            self.warn(
                "not_accepted",
                _Text(
                    f"{a.name} is not among the documents the policy accepts (§9.2); it does "
                    "not count.",
                    f"{a.name_ja}はプライバシーポリシー（§9.2）で認めている書類に当たらない"
                    "ため、確認書類として扱いません。",
                ),
                a,
            )
            return _Text(
                "The document sent is not one of the identity documents our privacy policy lists.",
                "お送りいただいた書類は、当社プライバシーポリシーに定める本人確認書類に当たりません。",
            )
        if kind is DocumentType.CERTIFICATE_OF_RESIDENCE and not self.by_mail:
            self.warn(
                "certificate_of_residence_not_by_mail",
                _Text(
                    f"{a.name}: a certificate of residence is accepted only for requests made "
                    "by mail (policy §9.2), and this one was not; it does not count.",
                    f"{a.name_ja}：住民票の写しは郵送による請求に限り認めています（プライバシー"
                    "ポリシー§9.2）。この請求は郵送ではないため、確認書類として扱いません。",
                ),
                a,
            )
            return _Text(
                "A certificate of residence is accepted only for requests made by mail.",
                "住民票の写しは、郵送によるご請求の場合に限りお受けしています。",
            )
        if not kind.is_identity_document and doc.belongs_to is not kind.usual_holder:
            needed = kind.usual_holder
            self.warn(
                "wrong_holder",
                _Text(
                    f"{a.name} is {doc.belongs_to.label}'s, but {needed.label}'s is needed; "
                    "it does not count.",
                    f"{a.name_ja}は{doc.belongs_to.label_ja}のものですが、必要なのは"
                    f"{needed.label_ja}のものです。確認書類として扱いません。",
                ),
                a,
            )
            return _Text(
                f"The {_lower(kind.label)} sent is not {needed.label}'s.",
                f"お送りいただいた{kind.label_ja}は、{needed.label_ja}のものではありません。",
            )
        return None

    def _freshness(self, a: _Assessment) -> _Text | None:
        doc = a.doc
        if not doc.type.must_be_fresh:
            return None
        arrived = doc.received_on or self.today
        if doc.issued_on is None:
            self.problem(
                "issue_date_missing",
                _Text(
                    f"Enter the issue date of {a.name}: a certificate must have been issued "
                    f"within the last {_months_en(self.months)}.",
                    f"{a.name_ja}の発行日を入力してください。証明書は発行から{self.months}か月"
                    "以内のものに限ります。",
                ),
                a,
            )
            return None
        if doc.issued_on > arrived:
            issued, came = doc.issued_on.isoformat(), arrived.isoformat()
            self.problem(
                "issue_date_after_arrival",
                _Text(
                    f"The issue date of {a.name} ({issued}) is after the day it arrived "
                    f"({came}): check the date.",
                    f"{a.name_ja}の発行日（{issued}）が到着日（{came}）より後になっています。"
                    "日付を確認してください。",
                ),
                a,
            )
            return None
        until = certificate_fresh_until(doc.issued_on, self.months)
        if arrived <= until:
            return None
        issued, came, last = doc.issued_on.isoformat(), arrived.isoformat(), until.isoformat()
        self.warn(
            "stale_certificate",
            _Text(
                f"{a.name} was issued on {issued} and arrived on {came}: the limit is "
                f"{_months_en(self.months)} from issue, so it was good until {last}. It does "
                "not count.",
                f"{a.name_ja}は{issued}発行、{came}到着です。期限は発行から{self.months}か月"
                f"（{last}まで）で、これを過ぎているため確認書類として扱いません。",
            ),
            a,
        )
        return _Text(
            f"The {_lower(doc.type.label)} sent was issued on {format_english(doc.issued_on)}, "
            f"more than {_months_en(self.months)} before it reached us.",
            f"お送りいただいた{doc.type.label_ja}は{format_japanese(doc.issued_on)}の発行で、"
            f"発行から{self.months}か月を過ぎていました。",
        )

    def _passport(self, a: _Assessment) -> None:
        issued = a.doc.issued_on
        cutoff = PASSPORT_WITHOUT_ADDRESS_FROM.isoformat()
        if issued is None:
            self.warn(
                "passport_issue_date_missing",
                _Text(
                    f"Enter the issue date of {a.name}: passports issued from {cutoff} have no "
                    "address field, so until then it does not prove the address.",
                    f"{a.name_ja}の発行日を入力してください。{cutoff}以降に発行されたパスポート"
                    "には住所欄がないため、発行日が入力されるまでは住所の確認に使えません。",
                ),
                a,
            )
        elif issued >= PASSPORT_WITHOUT_ADDRESS_FROM:
            self.warn(
                "passport_without_address",
                _Text(
                    f"{a.name} was issued on {issued.isoformat()}, on or after {cutoff}: it "
                    "has no address field and proves identity, not the address. Another "
                    "document must show the address.",
                    f"{a.name_ja}は{issued.isoformat()}発行です。{cutoff}以降に発行された"
                    "パスポートには住所欄がないため、本人確認には使えますが住所の確認には使え"
                    "ません。住所は別の書類で確認する必要があります。",
                ),
                a,
            )

    # --- re-keyed data --------------------------------------------------------------------------

    def _rekeyed(self, a: _Assessment) -> None:
        doc = a.doc
        person = self.form.person(doc.belongs_to)
        shows_address = doc.shows_address or (
            doc.type is DocumentType.HEALTH_INSURANCE
            and doc.rekeyed.value(RekeyField.ADDRESS) is not None
        )
        fields = set(doc.rekey_fields) | {f for f in RekeyField if doc.rekeyed.value(f)}
        if not shows_address:
            fields.discard(RekeyField.ADDRESS)
        results = {f: self._compare(a, f, person) for f in RekeyField if f in fields}
        if a.serves != self.id_code:
            return
        if not shows_address:
            a.address_reason = _no_address_reason(doc)
        elif results[RekeyField.ADDRESS] is _Match.DIFFERS:
            a.address = _Match.DIFFERS
            a.address_reason = _Text(
                "The address on the document sent differs from the address on the request form.",
                "お送りいただいた書類のご住所が、請求書に記載のご住所と異なります。",
            )
        else:
            a.address = results[RekeyField.ADDRESS]

    def _compare(self, a: _Assessment, which: RekeyField, person: Person | None) -> _Match:
        """Compare one re-keyed field with the form; report, and say how it went."""
        typed = a.doc.rekeyed.value(which)
        if typed is None:
            self.problem(
                "not_rekeyed",
                _Text(
                    f"Type the {which.label} as it appears on {a.name}; a tick is not enough.",
                    f"{a.name_ja}の{which.label_ja}を記載どおりに入力してください。チェックを"
                    "付けるだけでは足りません。",
                ),
                a,
                field=which,
            )
            return _Match.PENDING
        target = self.form.agent if which is RekeyField.AGENT_NAME else person
        if target is None:
            return _Match.PENDING  # no agent on the form: reported once already
        holder = Holder.AGENT if which is RekeyField.AGENT_NAME else a.doc.belongs_to
        wanted: str | date | None = {
            RekeyField.NAME: target.name.strip() or None,
            RekeyField.AGENT_NAME: target.name.strip() or None,
            RekeyField.BIRTH_DATE: target.birth_date,
            RekeyField.ADDRESS: target.address.strip() or None,
        }[which]
        if wanted is None:
            if (holder, which) not in self._form_gaps:
                self._form_gaps.add((holder, which))
                on_form = _FIELD_ON_FORM[which]
                self.warn(
                    "form_value_missing",
                    _Text(
                        f"The request form gives no {on_form.en} for {holder.label}: there is "
                        "nothing to compare the document's with.",
                        f"請求書に{holder.label_ja}の{on_form.ja}の記載がないため、書類の記載と"
                        "照合できません。",
                    ),
                    field=which,
                )
            return _Match.PENDING
        same: bool | None
        if isinstance(typed, date) or isinstance(wanted, date):
            same = typed == wanted
        elif which is RekeyField.ADDRESS:
            same = addresses_match(typed, wanted)
        else:
            same = names_match(typed, wanted, target.name_kana)
        if same:
            return _Match.MATCHES
        shown = typed.isoformat() if isinstance(typed, date) else typed
        form_shown = wanted.isoformat() if isinstance(wanted, date) else wanted
        if explanation := a.doc.explanation(which):
            self.warn(
                "difference_explained",
                _Text(
                    f"The {which.label} on {a.name} ({shown}) differs from the form "
                    f"({form_shown}); accepted: {explanation}",
                    f"{a.name_ja}の{which.label_ja}（{shown}）は請求書の記載（{form_shown}）と"
                    f"異なりますが、次の理由で認めています：{explanation}",
                ),
                a,
                field=which,
            )
            return _Match.MATCHES
        if same is None:
            self.problem(
                "name_not_comparable",
                _Text(
                    f"The name on {a.name} ({shown}) is in Latin letters and the form gives no "
                    f"reading in kana to compare it with ({form_shown}): enter the reading "
                    "from the form, or explain the difference.",
                    f"{a.name_ja}の{which.label_ja}（{shown}）はローマ字表記ですが、請求書の"
                    f"氏名（{form_shown}）にフリガナが入力されていないため照合できません。"
                    "請求書に記載のフリガナを入力するか、相違の理由を記入してください。",
                ),
                a,
                field=which,
            )
        else:
            self.problem(
                "mismatch",
                _Text(
                    f"The {which.label} on {a.name} ({shown}) differs from the request form "
                    f"({form_shown}): check what was typed, or explain the difference.",
                    f"{a.name_ja}の{which.label_ja}（{shown}）が請求書の記載（{form_shown}）と"
                    "異なります。入力内容を確認するか、相違の理由を記入してください。",
                ),
                a,
                field=which,
            )
        return _Match.DIFFERS

    # --- what is missing ------------------------------------------------------------------------

    def _requirements(self, assessments: list[_Assessment]) -> None:
        texts = _Texts(self.id_holder, self.months, self.by_mail)
        ids = [a for a in assessments if a.serves == self.id_code and a.counts]
        if not ids:
            self._missing(self.id_code, texts.identity(), assessments)
        elif not any(a.address in (_Match.PENDING, _Match.MATCHES) for a in ids):
            reasons = [a.address_reason for a in ids if a.address_reason is not None]
            self._missing(f"{self.id_holder}_address", texts.address(), [], reasons)
        for code in _proofs(self.kind):
            if not any(a.serves == code and a.counts for a in assessments):
                self._missing(code, texts.proof(code), assessments)
        if self.kind is RequesterKind.PROFESSIONAL_AGENT and not any(
            a.serves == "appointment" and a.counts for a in assessments
        ):
            self.warn(
                "professional_without_power_of_attorney",
                _Text(
                    "The policy asks a professional agent only for proof of the qualification "
                    "(§9.2), and nothing sent shows that the principal appointed this agent: "
                    "consider asking for a power of attorney.",
                    "プライバシーポリシー（§9.2）が専門職の代理人に求めているのは資格を証明する"
                    "書類のみで、ご本人がこの代理人に委任したことを示す書類は届いていません。"
                    "委任状の提出を求めることを検討してください。",
                ),
            )

    def _missing(
        self,
        code: str,
        text: tuple[str, str],
        assessments: list[_Assessment],
        reasons: Sequence[_Text] = (),
    ) -> None:
        set_aside = [a.set_aside for a in assessments if a.serves == code and a.set_aside]
        unique = list(dict.fromkeys([*reasons, *set_aside]))
        self.out.missing.append(
            MissingItem(
                code,
                text[0],
                text[1],
                tuple(r.en for r in unique),
                tuple(r.ja for r in unique),
            )
        )


_NOT_COLLECTED = _Text(
    "since 2020-10-01 it must not be collected.",
    "2020-10-01以降、取得してはならない情報です。",
)
_MASK_WHY = {
    MaskRequirement.INSURER_NUMBER: _NOT_COLLECTED,
    MaskRequirement.INSURED_SYMBOL_NUMBER: _NOT_COLLECTED,
    MaskRequirement.QR_CODE: _NOT_COLLECTED,
    MaskRequirement.INDIVIDUAL_NUMBER: _Text(
        "the Individual Number must never be kept (My Number Act Art. 20), and a certificate "
        "of residence must not show it.",
        "個人番号は保管してはならず（番号法第20条）、住民票の写しにも記載があってはなりません。",
    ),
}
_FIELD_ON_FORM = {
    RekeyField.NAME: _Text("name", "氏名"),
    RekeyField.AGENT_NAME: _Text("name", "氏名"),
    RekeyField.BIRTH_DATE: _Text("date of birth", "生年月日"),
    RekeyField.ADDRESS: _Text("address", "住所"),
}
#: Requester kinds as the Japanese UI names them (resources/i18n, the requests screen).
_KIND_JA = {
    RequesterKind.PRINCIPAL: "本人",
    RequesterKind.MINOR_AGENT: "未成年者の法定代理人",
    RequesterKind.ADULT_WARD_AGENT: "成年被後見人の法定代理人",
    RequesterKind.APPOINTED_AGENT: "任意代理人",
    RequesterKind.PROFESSIONAL_AGENT: "専門職の代理人（弁護士等）",
}


def _no_address_reason(doc: IdentityDocument) -> _Text:
    if doc.type is DocumentType.PASSPORT:
        return _Text(
            "Passports issued from 4 February 2020 have no address field, so the passport sent "
            "does not show the address.",
            f"{format_japanese(PASSPORT_WITHOUT_ADDRESS_FROM)}以降に発行されたパスポートには"
            "住所欄がないため、ご住所を確認できません。",
        )
    return _Text(
        f"The {_lower(doc.type.label)} sent does not show the address.",
        f"お送りいただいた{doc.type.label_ja}では、ご住所を確認できません。",
    )


def _lower(label: str) -> str:
    return label if label.startswith("My Number") else label[0].lower() + label[1:]


def _months_en(months: int) -> str:
    return f"{months} month" if months == 1 else f"{months} months"


class _Texts:
    """The deficiency letter's lines, English and Japanese (policy §9.2 wording)."""

    def __init__(self, holder: Holder, months: int, by_mail: bool) -> None:
        self.holder, self.months, self.by_mail = holder, months, by_mail

    def identity(self) -> tuple[str, str]:
        n, who = self.months, self.holder
        en = [
            "a driver's license",
            "the front of a My Number card (not the back)",
            "a passport",
            "a residence card",
            "a special permanent resident certificate",
            "a health insurance card or eligibility certificate with the insurer number, the "
            "symbol and number and the QR code covered",
        ]
        ja = [
            "運転免許証",
            "マイナンバーカードの表面（裏面は不要です）",
            "パスポート",
            "在留カード",
            "特別永住者証明書",
            "健康保険証または資格確認書（保険者番号、被保険者等記号・番号およびQRコードを隠したもの）",
        ]
        if self.by_mail:
            en.append(
                f"a certificate of residence issued within the last {_months_en(n)} that does "
                "not show the Individual Number"
            )
            ja.append(f"発行から{n}か月以内の住民票の写し（個人番号の記載のないもの）")
        listed = ", ".join(en[:-1]) + ", or " + en[-1]
        return (
            f"A copy of one identity document of {who.label}: {listed}.",
            f"{who.label_ja}の本人確認書類のコピー1点（{'、'.join(ja)}のいずれか）",
        )

    def address(self) -> tuple[str, str]:
        who = self.holder
        if self.by_mail:
            example = f"a certificate of residence issued within the last {_months_en(self.months)}"
            example_ja = f"発行から{self.months}か月以内の住民票の写し"
        else:
            example, example_ja = "a driver's license or a residence card", "運転免許証、在留カード"
        return (
            f"A copy of an identity document showing the current address of {who.label}, "
            f"such as {example}.",
            f"{who.label_ja}の現住所が記載された本人確認書類のコピー1点（{example_ja}など）",
        )

    def proof(self, code: str) -> tuple[str, str]:
        n = self.months
        return {
            "family_register": (
                "A copy of the family register or an abstract of it, issued within the last "
                f"{_months_en(n)}, showing that the agent is the minor's statutory agent.",
                "代理人の方が未成年者の法定代理人であることがわかる戸籍謄本または戸籍抄本のコピー"
                f"（発行から{n}か月以内のもの）",
            ),
            "guardianship_proof": (
                "A copy of the certificate of registered matters issued within the last "
                f"{_months_en(n)}, or of the ruling of commencement of guardianship, showing "
                "that the agent is the adult ward's guardian.",
                "代理人の方が成年後見人であることがわかる登記事項証明書"
                f"（発行から{n}か月以内のもの）または後見開始の審判書のコピー",
            ),
            "power_of_attorney": (
                "A power of attorney from the principal bearing the impression of the "
                "principal's registered seal.",
                "ご本人の実印が押印された委任状",
            ),
            "principal_seal_registration_certificate": (
                f"The principal's seal registration certificate, issued within the last "
                f"{_months_en(n)}.",
                f"ご本人の印鑑登録証明書（発行から{n}か月以内のもの）",
            ),
            "professional_qualification": (
                "Material proving the agent's professional qualification (attorney, judicial "
                "scrivener, administrative scrivener…), such as the registration number and a "
                "seal registration certificate for the official seal.",
                "代理人の方の資格（弁護士、司法書士、行政書士など）を証明する書類"
                "（登録番号、職印に係る印鑑証明書など）",
            ),
        }[code]
