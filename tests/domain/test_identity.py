"""Tests for privacy_desk.domain.identity and identity_documents: the identity checklist.

Names, dates and addresses are synthetic (山田 花子 of a made-up block in 向日市).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from privacy_desk import settings as S
from privacy_desk.domain.identity import (
    FINDING_CODES,
    Finding,
    IdentityChecklist,
    MissingItem,
    Person,
    RequestForm,
    check_identity,
)
from privacy_desk.domain.identity_documents import (
    ALIEN_REGISTRATION_ABOLISHED_ON,
    DEFAULT_CERTIFICATE_MAX_AGE_MONTHS,
    PASSPORT_WITHOUT_ADDRESS_FROM,
    DocumentType,
    Holder,
    IdentityDocument,
    MaskRequirement,
    Rekeyed,
    RekeyField,
    certificate_fresh_until,
    disposal_date,
    is_fresh,
)
from privacy_desk.domain.identity_matching import addresses_match, names_match, normalize_address
from privacy_desk.domain.requests import RequesterKind
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput

K = RequesterKind
T = DocumentType
M = MaskRequirement
P, A = Holder.PRINCIPAL, Holder.AGENT
TODAY = date(2026, 11, 24)

PRINCIPAL = Person("山田 花子", date(1985, 4, 1), "京都府向日市寺戸町1丁目2番3号", "やまだ はなこ")
AGENT = Person("山田 太郎", date(1955, 1, 2), "京都府向日市寺戸町1-2-3", "やまだ たろう")
FORM = RequestForm(PRINCIPAL, AGENT)
PRINCIPAL_ONLY = RequestForm(PRINCIPAL)
HEALTH_MASKS = frozenset({M.INSURER_NUMBER, M.INSURED_SYMBOL_NUMBER, M.QR_CODE})


def rekeyed_of(holder: Holder, *, agent_name: str = "") -> Rekeyed:
    """What staff type off a document of ``holder``, written differently from the form."""
    if holder is P:
        return Rekeyed("山田花子", date(1985, 4, 1), "京都府向日市寺戸町一丁目二番三号", agent_name)
    return Rekeyed("ヤマダ タロウ", date(1955, 1, 2), "向日市寺戸町1-2-3", agent_name)


def doc(kind: DocumentType, holder: Holder = P, **changes: object) -> IdentityDocument:
    """A good copy of ``kind``: fresh, masked, re-keyed and matching the form."""
    agent_name = "山田 太郎" if kind in _NAMES_AGENT else ""
    document = IdentityDocument(
        kind,
        belongs_to=holder,
        issued_on=date(2026, 10, 1),
        received_on=date(2026, 11, 20),
        masked=kind.masks,
        rekeyed=rekeyed_of(holder, agent_name=agent_name),
        seal_matches_certificate=kind is T.POWER_OF_ATTORNEY,
    )
    if kind is T.PASSPORT:
        document = replace(document, issued_on=date(2019, 6, 1))
    if kind is T.PROFESSIONAL_QUALIFICATION:
        document = replace(document, rekeyed=Rekeyed(name="山田 太郎"))
    return replace(document, **changes)  # type: ignore[arg-type]


_NAMES_AGENT = {
    T.FAMILY_REGISTER,
    T.CERTIFICATE_OF_REGISTERED_MATTERS,
    T.GUARDIANSHIP_RULING,
    T.POWER_OF_ATTORNEY,
}


def check(
    kind: RequesterKind, *documents: IdentityDocument, form: RequestForm = FORM, **kw: object
) -> IdentityChecklist:
    return check_identity(kind, documents, form, today=TODAY, **kw)  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def missing_codes(result: IdentityChecklist) -> list[str]:
    return [m.code for m in result.missing]


# --- document types ----------------------------------------------------------------------------


def test_stored_values_are_stable() -> None:
    # These strings are in databases: renaming one would orphan stored documents.
    assert [t.value for t in DocumentType] == [
        "drivers_license",
        "my_number_card_front",
        "passport",
        "residence_card",
        "special_permanent_resident_certificate",
        "health_insurance",
        "certificate_of_residence",
        "family_register",
        "certificate_of_registered_matters",
        "guardianship_ruling",
        "power_of_attorney",
        "seal_registration_certificate",
        "professional_qualification",
        "alien_registration_certificate",
        "other",
    ]
    assert [m.value for m in MaskRequirement] == [
        "insurer_number",
        "insured_symbol_number",
        "qr_code",
        "individual_number",
    ]
    assert [h.value for h in Holder] == ["principal", "agent"]
    assert [f.value for f in RekeyField] == ["name", "birth_date", "address", "agent_name"]


# Written out from policy §9.2 and requests.md §1, independently of the module's table:
# (identity document, photo ID, always shows the address, certificate that must be fresh)
EXPECTED_FACTS = {
    T.DRIVERS_LICENSE: (True, True, True, False),
    T.MY_NUMBER_CARD_FRONT: (True, True, True, False),
    T.PASSPORT: (True, True, False, False),
    T.RESIDENCE_CARD: (True, True, True, False),
    T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE: (True, True, True, False),
    T.HEALTH_INSURANCE: (True, False, False, False),
    T.CERTIFICATE_OF_RESIDENCE: (True, False, True, True),
    T.FAMILY_REGISTER: (False, False, False, True),
    T.CERTIFICATE_OF_REGISTERED_MATTERS: (False, False, True, True),
    T.GUARDIANSHIP_RULING: (False, False, False, False),
    T.POWER_OF_ATTORNEY: (False, False, False, False),
    T.SEAL_REGISTRATION_CERTIFICATE: (False, False, True, True),
    T.PROFESSIONAL_QUALIFICATION: (False, False, False, False),
    T.ALIEN_REGISTRATION_CERTIFICATE: (False, True, True, False),
    T.OTHER: (False, False, False, False),
}


@pytest.mark.parametrize("kind", list(DocumentType))
def test_document_facts(kind: DocumentType) -> None:
    facts = (kind.is_identity_document, kind.is_photo_id, kind.shows_address, kind.must_be_fresh)
    assert facts == EXPECTED_FACTS[kind]
    assert kind.label and kind.label_ja


def test_masks_and_agency_by_type() -> None:
    assert T.HEALTH_INSURANCE.masks == HEALTH_MASKS
    assert {t for t in DocumentType if t.masks} == {T.HEALTH_INSURANCE}
    assert T.MY_NUMBER_CARD_FRONT.masks == frozenset()
    assert {t: t.proves_agency_for for t in DocumentType if t.proves_agency_for} == {
        T.FAMILY_REGISTER: {K.MINOR_AGENT},
        T.CERTIFICATE_OF_REGISTERED_MATTERS: {K.ADULT_WARD_AGENT},
        T.GUARDIANSHIP_RULING: {K.ADULT_WARD_AGENT},
        T.POWER_OF_ATTORNEY: {K.APPOINTED_AGENT, K.PROFESSIONAL_AGENT},
        T.SEAL_REGISTRATION_CERTIFICATE: {K.APPOINTED_AGENT},
        T.PROFESSIONAL_QUALIFICATION: {K.PROFESSIONAL_AGENT},
    }
    assert [t for t in DocumentType if t.usual_holder is A] == [T.PROFESSIONAL_QUALIFICATION]


def test_a_certificate_of_residence_showing_the_individual_number_needs_it_covered() -> None:
    plain = IdentityDocument(T.CERTIFICATE_OF_RESIDENCE)
    assert plain.required_masks == frozenset() and plain.unmasked == []
    shown = replace(plain, shows_individual_number=True)
    assert shown.unmasked == [M.INDIVIDUAL_NUMBER]
    assert replace(shown, masked=frozenset({M.INDIVIDUAL_NUMBER})).unmasked == []
    card = IdentityDocument(T.HEALTH_INSURANCE, masked=frozenset({M.QR_CODE}))
    assert card.unmasked == [M.INSURER_NUMBER, M.INSURED_SYMBOL_NUMBER]


@pytest.mark.parametrize(
    ("issued_on", "shows"),
    [(None, False), (date(2020, 2, 3), True), (date(2020, 2, 4), False), (date(2024, 1, 1), False)],
)
def test_a_passport_shows_an_address_only_when_issued_before_2020_02_04(
    issued_on: date | None, shows: bool
) -> None:
    passport = IdentityDocument(T.PASSPORT, issued_on=issued_on)
    assert passport.shows_address is shows
    assert (RekeyField.ADDRESS in passport.rekey_fields) is shows
    assert date(2020, 2, 4) == PASSPORT_WITHOUT_ADDRESS_FROM


# --- freshness and disposal --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issued_on", "months", "last_good_day"),
    [
        (date(2026, 8, 24), 3, date(2026, 11, 24)),  # the same day number, three months on
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # no 30 February: the month's last day
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2026, 11, 29), 3, date(2027, 2, 28)),
        (date(2026, 11, 28), 3, date(2027, 2, 28)),
        (date(2026, 11, 27), 3, date(2027, 2, 27)),
        (date(2026, 12, 15), 3, date(2027, 3, 15)),  # across the new year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 5, 31), 6, date(2026, 11, 30)),
    ],
)
def test_certificate_fresh_until(issued_on: date, months: int, last_good_day: date) -> None:
    assert certificate_fresh_until(issued_on, months) == last_good_day
    assert is_fresh(issued_on, last_good_day, months)
    assert not is_fresh(issued_on, date.fromordinal(last_good_day.toordinal() + 1), months)


def test_a_certificate_age_limit_below_one_month_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one month"):
        certificate_fresh_until(date(2026, 1, 1), 0)
    with pytest.raises(ValueError, match="at least one month"):
        check(K.PRINCIPAL, max_certificate_age_months=0)


@pytest.mark.parametrize(
    ("received_on", "counted"),
    [(date(2026, 11, 24), True), (date(2026, 11, 25), False)],
)
def test_freshness_boundary_in_the_checklist(received_on: date, counted: bool) -> None:
    certificate = doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 8, 24))
    result = check(K.PRINCIPAL, replace(certificate, received_on=received_on))
    assert result.verified is counted
    assert ("stale_certificate" in codes(result.warnings)) is not counted
    if not counted:
        assert missing_codes(result) == ["principal_identity_document"]
        (warning,) = result.warnings
        assert "2026-08-24" in warning.message and "2026-11-24" in warning.message
        assert "3 months" in warning.message and warning.document == 0
        (item,) = result.missing
        assert "24 August 2026" in item.because_en[0]
        assert item.because_ja == (
            "お送りいただいた住民票の写しは令和8年8月24日の発行で、発行から3か月を過ぎていました。",
        )


def test_freshness_is_measured_to_the_day_the_document_arrived_else_today() -> None:
    certificate = doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 8, 20))
    assert check(K.PRINCIPAL, replace(certificate, received_on=date(2026, 11, 20))).verified
    # Judged today (2026-11-24) it would be four days too old.
    assert not check(K.PRINCIPAL, replace(certificate, received_on=None)).verified


def test_the_age_limit_is_a_setting(tmp_path: Path) -> None:
    settings = S.Settings(tmp_path / "settings.json")
    assert settings.get(S.CERTIFICATE_MAX_AGE_MONTHS) == DEFAULT_CERTIFICATE_MAX_AGE_MONTHS == 3
    assert S.CERTIFICATE_MAX_AGE_MONTHS.key == "identity.certificate_max_age_months"
    assert S.CERTIFICATE_MAX_AGE_MONTHS in S.ALL_SETTINGS
    with pytest.raises(InvalidInput, match="between 1 and 12"):
        settings.set(S.CERTIFICATE_MAX_AGE_MONTHS, 0)
    settings.set(S.CERTIFICATE_MAX_AGE_MONTHS, 6)
    months = S.Settings(tmp_path / "settings.json").get(S.CERTIFICATE_MAX_AGE_MONTHS)
    old = doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 6, 1))
    assert not check(K.PRINCIPAL, old).verified
    result = check(K.PRINCIPAL, old, max_certificate_age_months=months)
    assert result.verified
    text = check(K.PRINCIPAL, max_certificate_age_months=months).missing[0]
    assert "within the last 6 months" in text.text_en and "発行から6か月以内" in text.text_ja


@pytest.mark.parametrize(
    ("replied_on", "days", "dispose_on"),
    [
        (date(2026, 11, 24), 30, date(2026, 12, 24)),
        (date(2027, 1, 31), 30, date(2027, 3, 2)),
        (date(2026, 12, 10), 30, date(2027, 1, 9)),
        (date(2026, 11, 24), 0, date(2026, 11, 24)),
        (date(2026, 11, 24), 90, date(2027, 2, 22)),
    ],
)
def test_disposal_date(replied_on: date, days: int, dispose_on: date) -> None:
    assert disposal_date(replied_on, days) == dispose_on


def test_disposal_date_defaults_to_30_days_and_refuses_a_negative_period() -> None:
    assert disposal_date(date(2026, 11, 24)) == date(2026, 12, 24)
    with pytest.raises(ValueError, match="negative"):
        disposal_date(date(2026, 11, 24), -1)


# --- addresses and names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町1丁目2番3号", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町一丁目二番三号", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町１丁目２番地３", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町１－２－３", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町1ー2ー3", "京都府向日市寺戸町1-2-3"),  # long vowel mark as dash
        ("京都府向日市寺戸町1−2−3", "京都府向日市寺戸町1-2-3"),  # minus sign
        ("京都府 向日市 寺戸町 1-2-3", "京都府向日市寺戸町1-2-3"),
        ("〒617-0002 京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-2-3"),
        ("〒６１７－０００２京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町1の2の3", "京都府向日市寺戸町1-2-3"),
        ("京都府向日市寺戸町二十三番地", "京都府向日市寺戸町23"),
        ("京都府向日市寺戸町23番地の4", "京都府向日市寺戸町23-4"),
        ("京都府向日市寺戸町百五番地", "京都府向日市寺戸町105"),
        ("京都府向日市寺戸町二〇三番地", "京都府向日市寺戸町203"),
        ("寺戸町1-2-3 コーポ山田 101号室", "寺戸町1-2-3こーぽ山田101"),
        ("寺戸町1丁目2番3号コーポ山田101", "寺戸町1-2-3こーぽ山田101"),
        ("寺戸町1-2-3-101", "寺戸町1-2-3-101"),
        ("寺戸町1-2-3 101", "寺戸町1-2-3-101"),
        ("京都市中京区三条通", "京都市中京区三条通"),  # a place name keeps its kanji
        ("東京都千代田区霞ヶ関1-1", "東京都千代田区霞け関1-1"),
        ("東京都千代田区霞ケ関1-1", "東京都千代田区霞け関1-1"),
        ("大阪府大阪市北区梅田ABC", "大阪府大阪市北区梅田abc"),
        ("", ""),
    ],
)
def test_normalize_address(written: str, normalised: str) -> None:
    assert normalize_address(written) == normalised


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("京都府向日市寺戸町1-2-3", "京都府向日市寺戸町一丁目2番地3号", True),
        ("京都府向日市寺戸町1-2-3", "向日市寺戸町1丁目2番3号", True),  # prefecture on one side
        ("京都府向日市寺戸町1-2-3", "大阪府向日市寺戸町1-2-3", False),
        ("神奈川県横浜市中区1-2", "横浜市中区1-2", True),
        ("京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-23", False),
        ("京都府向日市寺戸町12-3", "京都府向日市寺戸町1-23", False),
        ("京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-2-4", False),
        ("京都府向日市寺戸町1-2-3", "京都府向日市寺戸町1-2", False),
        ("京都府向日市寺戸町1-2-3", "京都府向日市森本町1-2-3", False),
        ("京都府向日市寺戸町1-2-3", "", False),
        ("", "", False),
        ("京都府京都市北区1-2", "京都市北区1-2", True),
        ("京都府京都市北区1-2", "東京都京都市北区1-2", False),
    ],
)
def test_addresses_match(a: str, b: str, same: bool) -> None:
    assert addresses_match(a, b) is same
    assert addresses_match(b, a) is same


@pytest.mark.parametrize(
    ("on_document", "on_form", "kana", "same"),
    [
        ("山田 花子", "山田花子", "", True),
        ("山田　花子", "山田 花子", "", True),  # full-width space
        ("ヤマダ ハナコ", "やまだ はなこ", "", True),
        ("ﾔﾏﾀﾞ ﾊﾅｺ", "ヤマダハナコ", "", True),  # half-width katakana
        ("ヤマダ ハナコ", "山田 花子", "やまだ はなこ", True),  # typed in kana, form in kanji
        ("髙橋 一郎", "高橋 一郎", "", True),  # old-style kanji
        ("山﨑 次郎", "山崎 次郎", "", True),
        ("渡邊 三郎", "渡辺 三郎", "", True),
        ("山田 花子", "山田 華子", "", False),
        ("山田 花子", "山田 太郎", "やまだ たろう", False),
        ("斎藤 花子", "斉藤 花子", "", False),  # different surnames, not variants
        ("YAMADA HANAKO", "山田 花子", "やまだ はなこ", True),
        ("YAMADA HANAKO", "山田 花子", "ヤマダ　ハナコ", True),
        ("YAMADA HANAKO", "山田 花子", "やまだはなこ", True),  # no space in the reading
        ("HANAKO YAMADA", "山田 花子", "やまだ はなこ", True),  # given name first
        ("SATO YUKO", "佐藤 優子", "さとう ゆうこ", True),  # long vowels dropped
        ("SATOH YUKO", "佐藤 優子", "さとう ゆうこ", True),  # ...or written OH
        ("ONO SHOHEI", "大野 翔平", "おおの しょうへい", True),
        ("OHNO SHOHEI", "大野 翔平", "おおの しょうへい", True),
        ("HOMMA JUNICHI", "本間 純一", "ほんま じゅんいち", True),  # M before M, no apostrophe
        ("HATTORI KYOKO", "服部 京子", "はっとり きょうこ", True),
        ("HATTA ITCHO", "八田 一朝", "はった いっちょう", True),
        ("YAMADA HANAKO", "山田 花子", "やまだ はるこ", False),
        ("YAMADA HANAKO", "山田 花子", "", None),  # nothing to romanise: cannot compare
        ("SMITH JOHN", "John Smith", "", True),
        ("SMITH, JOHN", "JOHN SMITH", "", True),
        ("SMITH JOHN", "Jane Smith", "", False),
        ("山田 花子", "YAMADA HANAKO", "", None),
    ],
)
def test_names_match(on_document: str, on_form: str, kana: str, same: bool | None) -> None:
    assert names_match(on_document, on_form, kana) is same


# --- requester kinds × document sets -----------------------------------------------------------

GOOD_SETS: dict[RequesterKind, list[IdentityDocument]] = {
    K.PRINCIPAL: [doc(T.DRIVERS_LICENSE)],
    K.MINOR_AGENT: [doc(T.DRIVERS_LICENSE, A), doc(T.FAMILY_REGISTER)],
    K.ADULT_WARD_AGENT: [doc(T.MY_NUMBER_CARD_FRONT, A), doc(T.CERTIFICATE_OF_REGISTERED_MATTERS)],
    K.APPOINTED_AGENT: [
        doc(T.RESIDENCE_CARD, A),
        doc(T.POWER_OF_ATTORNEY),
        doc(T.SEAL_REGISTRATION_CERTIFICATE),
    ],
    K.PROFESSIONAL_AGENT: [
        doc(T.DRIVERS_LICENSE, A),
        doc(T.PROFESSIONAL_QUALIFICATION, A),
        doc(T.POWER_OF_ATTORNEY),
    ],
}


MISSING_CASES: list[tuple[RequesterKind, list[IdentityDocument], list[str]]] = [
    (K.PRINCIPAL, [], ["principal_identity_document"]),
    (K.PRINCIPAL, [doc(T.DRIVERS_LICENSE)], []),
    (K.PRINCIPAL, [doc(T.MY_NUMBER_CARD_FRONT)], []),
    (K.PRINCIPAL, [doc(T.PASSPORT)], []),  # issued 2019: the holder's page has an address
    (K.PRINCIPAL, [doc(T.RESIDENCE_CARD)], []),
    (K.PRINCIPAL, [doc(T.SPECIAL_PERMANENT_RESIDENT_CERTIFICATE)], []),
    (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE)], []),
    (K.PRINCIPAL, [doc(T.HEALTH_INSURANCE)], []),  # its address was re-keyed
    (K.PRINCIPAL, [doc(T.DRIVERS_LICENSE, A)], ["principal_identity_document"]),
    (K.PRINCIPAL, [doc(T.FAMILY_REGISTER)], ["principal_identity_document"]),
    (K.PRINCIPAL, [doc(T.SEAL_REGISTRATION_CERTIFICATE)], ["principal_identity_document"]),
    (K.MINOR_AGENT, [], ["agent_identity_document", "family_register"]),
    (K.MINOR_AGENT, [doc(T.DRIVERS_LICENSE, A)], ["family_register"]),
    (K.MINOR_AGENT, [doc(T.FAMILY_REGISTER)], ["agent_identity_document"]),
    (
        K.MINOR_AGENT,
        [doc(T.DRIVERS_LICENSE), doc(T.FAMILY_REGISTER)],
        ["agent_identity_document"],
    ),
    (K.MINOR_AGENT, GOOD_SETS[K.MINOR_AGENT], []),
    (K.ADULT_WARD_AGENT, [doc(T.DRIVERS_LICENSE, A)], ["guardianship_proof"]),
    (K.ADULT_WARD_AGENT, [doc(T.DRIVERS_LICENSE, A), doc(T.GUARDIANSHIP_RULING)], []),
    (K.ADULT_WARD_AGENT, GOOD_SETS[K.ADULT_WARD_AGENT], []),
    (
        K.ADULT_WARD_AGENT,
        [doc(T.DRIVERS_LICENSE, A), doc(T.FAMILY_REGISTER)],
        ["guardianship_proof"],
    ),
    (
        K.APPOINTED_AGENT,
        [doc(T.DRIVERS_LICENSE, A)],
        ["power_of_attorney", "principal_seal_registration_certificate"],
    ),
    (
        K.APPOINTED_AGENT,
        [doc(T.DRIVERS_LICENSE, A), doc(T.POWER_OF_ATTORNEY)],
        ["principal_seal_registration_certificate"],
    ),
    (
        K.APPOINTED_AGENT,
        [doc(T.DRIVERS_LICENSE, A), doc(T.SEAL_REGISTRATION_CERTIFICATE)],
        ["power_of_attorney"],
    ),
    (K.APPOINTED_AGENT, GOOD_SETS[K.APPOINTED_AGENT], []),
    (K.PROFESSIONAL_AGENT, [doc(T.DRIVERS_LICENSE, A)], ["professional_qualification"]),
    (K.PROFESSIONAL_AGENT, [doc(T.PROFESSIONAL_QUALIFICATION, A)], ["agent_identity_document"]),
    (K.PROFESSIONAL_AGENT, GOOD_SETS[K.PROFESSIONAL_AGENT], []),
]


@pytest.mark.parametrize(("kind", "documents", "missing"), MISSING_CASES)
def test_missing_by_requester_kind(
    kind: RequesterKind, documents: list[IdentityDocument], missing: list[str]
) -> None:
    result = check(kind, *documents)
    assert missing_codes(result) == missing
    assert result.problems == []
    assert result.verified is (not missing)
    assert result.next_status is (CaseStatus.AWAITING_DOCUMENTS if missing else CaseStatus.VERIFIED)
    for item in result.missing:
        assert item.text_en.endswith(".") and item.text_ja


@pytest.mark.parametrize("kind", list(RequesterKind))
def test_every_kind_has_a_good_set_and_every_document_in_it_counts(kind: RequesterKind) -> None:
    documents = GOOD_SETS[kind]
    result = check(kind, *documents)
    assert result.verified and result.warnings == []
    assert result.counted == list(range(len(documents)))
    # Without any single required document the checklist is no longer complete.
    for left_out in range(len(documents)):
        if kind is K.PROFESSIONAL_AGENT and documents[left_out].type is T.POWER_OF_ATTORNEY:
            continue  # not required of a professional (policy §9.2): see the warning test
        rest = documents[:left_out] + documents[left_out + 1 :]
        assert check(kind, *rest).missing, (kind, left_out)


def test_an_agent_request_needs_the_agent_on_the_form() -> None:
    result = check(K.MINOR_AGENT, *GOOD_SETS[K.MINOR_AGENT], form=PRINCIPAL_ONLY)
    assert "no_agent_on_form" in codes(result.problems)
    assert not result.verified and result.missing == []


# --- missing items and the deficiency letter ---------------------------------------------------


def test_the_identity_item_lists_the_accepted_documents_in_both_languages() -> None:
    (item,) = check(K.PRINCIPAL).missing
    assert item.code == "principal_identity_document"
    assert item.text_en.startswith("A copy of one identity document of the principal: ")
    for words in ("driver's license", "My Number card (not the back)", "passport",
                  "residence card", "special permanent resident certificate",
                  "eligibility certificate", "QR code covered",
                  "certificate of residence issued within the last 3 months"):  # fmt: skip
        assert words in item.text_en
    assert item.text_ja.startswith("ご本人の本人確認書類のコピー1点（運転免許証、")
    assert "発行から3か月以内の住民票の写し（個人番号の記載のないもの）" in item.text_ja
    assert "QRコードを隠したもの" in item.text_ja
    assert "外国人登録証明書" not in item.text_ja and "alien" not in item.text_en


def test_without_mail_the_certificate_of_residence_is_not_offered() -> None:
    (item,) = check(K.MINOR_AGENT, doc(T.FAMILY_REGISTER), received_by_mail=False).missing
    assert item.code == "agent_identity_document"
    assert "certificate of residence" not in item.text_en and "住民票" not in item.text_ja
    assert item.text_ja.startswith("代理人の方の本人確認書類")
    assert "of the agent" in item.text_en


@pytest.mark.parametrize(
    ("code", "english", "japanese"),
    [
        ("family_register", "family register", "戸籍謄本または戸籍抄本"),
        ("guardianship_proof", "ruling of commencement of guardianship", "後見開始の審判書"),
        ("power_of_attorney", "registered seal", "実印が押印された委任状"),
        ("principal_seal_registration_certificate", "seal registration", "印鑑登録証明書"),
        ("professional_qualification", "qualification", "職印に係る印鑑証明書"),
    ],
)
def test_proof_items_name_the_document(code: str, english: str, japanese: str) -> None:
    results = [check(kind, doc(T.DRIVERS_LICENSE, A)) for kind in RequesterKind]
    items: dict[str, MissingItem] = {m.code: m for r in results for m in r.missing}
    assert english in items[code].text_en and japanese in items[code].text_ja


# --- the facts the policy text has not caught up with ------------------------------------------


def test_the_alien_registration_certificate_is_refused_with_advice() -> None:
    card = doc(T.ALIEN_REGISTRATION_CERTIFICATE)
    result = check(K.PRINCIPAL, card)
    assert codes(result.warnings) == ["alien_registration"]
    assert "2012-07-09" in result.warnings[0].message
    assert "residence card" in result.warnings[0].message
    (item,) = result.missing
    assert item.code == "principal_identity_document"
    assert "9 July 2012" in item.because_en[0] and "residence card" in item.because_en[0]
    assert item.because_ja[0].startswith("外国人登録証明書は平成24年7月9日に廃止された")
    assert date(2012, 7, 9) == ALIEN_REGISTRATION_ABOLISHED_ON
    # Sent with a residence card it is only set aside.
    both = check(K.PRINCIPAL, card, doc(T.RESIDENCE_CARD))
    assert both.verified and both.counted == [1]
    assert codes(both.warnings) == ["alien_registration"]


def test_a_passport_from_2020_02_04_needs_a_second_document_for_the_address() -> None:
    passport = doc(
        T.PASSPORT, issued_on=date(2020, 2, 4), rekeyed=Rekeyed("山田 花子", date(1985, 4, 1))
    )
    result = check(K.PRINCIPAL, passport)
    assert codes(result.warnings) == ["passport_without_address"]
    assert "2020-02-04" in result.warnings[0].message
    (item,) = result.missing
    assert item.code == "principal_address"
    assert "current address of the principal" in item.text_en
    assert "ご本人の現住所が記載された本人確認書類" in item.text_ja
    assert item.because_ja == (
        "令和2年2月4日以降に発行されたパスポートには住所欄がないため、ご住所を確認できません。",
    )
    assert result.problems == []  # no address to re-key off it
    with_certificate = check(K.PRINCIPAL, passport, doc(T.CERTIFICATE_OF_RESIDENCE))
    assert with_certificate.verified
    assert codes(with_certificate.warnings) == ["passport_without_address"]


def test_a_passport_issued_the_day_before_shows_the_address() -> None:
    passport = doc(T.PASSPORT, issued_on=date(2020, 2, 3))
    assert check(K.PRINCIPAL, passport).verified
    untyped = replace(passport, rekeyed=replace(passport.rekeyed, address=""))
    result = check(K.PRINCIPAL, untyped)
    assert [(f.code, f.field) for f in result.problems] == [("not_rekeyed", RekeyField.ADDRESS)]


def test_a_passport_without_its_issue_date_does_not_prove_the_address() -> None:
    result = check(K.PRINCIPAL, doc(T.PASSPORT, issued_on=None))
    assert codes(result.warnings) == ["passport_issue_date_missing"]
    assert missing_codes(result) == ["principal_address"]


def test_a_health_insurance_card_without_an_address_needs_a_second_document() -> None:
    card = doc(T.HEALTH_INSURANCE, rekeyed=Rekeyed("山田花子", date(1985, 4, 1)))
    result = check(K.PRINCIPAL, card)
    assert missing_codes(result) == ["principal_address"]
    assert "health insurance card" in result.missing[0].because_en[0]
    assert check(K.PRINCIPAL, card, doc(T.DRIVERS_LICENSE)).verified


@pytest.mark.parametrize(("by_mail", "verified"), [(True, True), (False, False)])
def test_a_certificate_of_residence_counts_only_for_mailed_requests(
    by_mail: bool, verified: bool
) -> None:
    result = check(K.PRINCIPAL, doc(T.CERTIFICATE_OF_RESIDENCE), received_by_mail=by_mail)
    assert result.verified is verified
    if not by_mail:
        assert codes(result.warnings) == ["certificate_of_residence_not_by_mail"]
        assert result.missing[0].because_ja == (
            "住民票の写しは、郵送によるご請求の場合に限りお受けしています。",
        )


def test_a_document_the_policy_does_not_list_does_not_count() -> None:
    result = check(K.PRINCIPAL, doc(T.OTHER))
    assert codes(result.warnings) == ["not_accepted"]
    assert missing_codes(result) == ["principal_identity_document"]
    assert result.missing[0].because_en


# --- masking -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "masked",
    [frozenset(), frozenset({M.INSURER_NUMBER}), frozenset({M.INSURER_NUMBER, M.QR_CODE})],
)
def test_a_health_insurance_card_counts_as_verified_only_fully_masked(
    masked: frozenset[MaskRequirement],
) -> None:
    result = check(K.PRINCIPAL, doc(T.HEALTH_INSURANCE, masked=masked))
    left = [m for m in MaskRequirement if m in HEALTH_MASKS - masked]
    assert [f.code for f in result.problems] == ["unmasked"] * len(left)
    for finding, mask in zip(result.problems, left, strict=True):
        assert mask.label in finding.message and "2020-10-01" in finding.message
    assert not result.verified
    assert result.missing == []  # the office masks it itself: nothing to ask the requester
    assert result.next_status is None


def test_an_individual_number_on_a_certificate_of_residence_must_be_covered() -> None:
    shown = doc(T.CERTIFICATE_OF_RESIDENCE, shows_individual_number=True)
    result = check(K.PRINCIPAL, shown)
    assert codes(result.problems) == ["unmasked"]
    assert "Individual Number" in result.problems[0].message
    assert "Art. 20" in result.problems[0].message
    covered = replace(shown, masked=frozenset({M.INDIVIDUAL_NUMBER}))
    assert check(K.PRINCIPAL, covered).verified


def test_an_unmasked_document_blocks_even_when_it_does_not_count() -> None:
    extra = doc(T.HEALTH_INSURANCE, A, masked=frozenset())  # no agent in a principal's request
    result = check(K.PRINCIPAL, doc(T.DRIVERS_LICENSE), extra)
    assert codes(result.warnings) == ["not_needed"]
    assert codes(result.problems) == ["unmasked"] * 3
    assert result.counted == [0] and not result.verified


def test_the_back_of_a_my_number_card_is_refused() -> None:
    back = doc(T.MY_NUMBER_CARD_FRONT, is_my_number_back=True)
    alone = check(K.PRINCIPAL, back)
    assert codes(alone.problems) == ["my_number_back"]
    assert "never be copied or kept" in alone.problems[0].message
    assert missing_codes(alone) == ["principal_identity_document"]
    with_front = check(K.PRINCIPAL, doc(T.MY_NUMBER_CARD_FRONT), back)
    assert missing_codes(with_front) == [] and codes(with_front.problems) == ["my_number_back"]
    assert not with_front.verified and with_front.counted == [0]
    assert check(K.PRINCIPAL, doc(T.MY_NUMBER_CARD_FRONT)).verified


# --- re-keying ---------------------------------------------------------------------------------


@pytest.mark.parametrize("left_blank", ["name", "birth_date", "address"])
def test_each_field_must_be_rekeyed(left_blank: str) -> None:
    blank: object = None if left_blank == "birth_date" else "  "
    license_ = doc(T.DRIVERS_LICENSE)
    untyped = replace(license_, rekeyed=replace(license_.rekeyed, **{left_blank: blank}))  # type: ignore[arg-type]
    result = check(K.PRINCIPAL, untyped)
    assert [(f.code, f.field) for f in result.problems] == [("not_rekeyed", RekeyField(left_blank))]
    assert result.missing == [] and not result.verified and result.next_status is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "山田 華子"),
        ("birth_date", date(1985, 4, 2)),
        ("address", "京都府向日市寺戸町1丁目2番4号"),
    ],
)
def test_a_mismatch_is_a_problem_until_explained(field: str, value: object) -> None:
    license_ = doc(T.DRIVERS_LICENSE)
    differing = replace(license_, rekeyed=replace(license_.rekeyed, **{field: value}))  # type: ignore[arg-type]
    result = check(K.PRINCIPAL, differing)
    assert [(f.code, f.field) for f in result.problems] == [("mismatch", RekeyField(field))]
    shown = value.isoformat() if isinstance(value, date) else value
    assert str(shown) in result.problems[0].message
    assert not result.verified
    if field == "address":  # the reply goes to the ID's address: ask for one showing the form's
        assert missing_codes(result) == ["principal_address"]
        assert "differs" in result.missing[0].because_en[0]
    else:
        assert result.missing == []
    explained = replace(differing, differences_explained={RekeyField(field): "moved in 2026"})
    accepted = check(K.PRINCIPAL, explained)
    assert accepted.verified
    assert codes(accepted.warnings) == ["difference_explained"]
    assert "moved in 2026" in accepted.warnings[0].message
    blank_reason = replace(differing, differences_explained={RekeyField(field): " "})
    assert not check(K.PRINCIPAL, blank_reason).verified


def test_a_second_document_that_disagrees_blocks_verification() -> None:
    other = doc(T.HEALTH_INSURANCE, rekeyed=Rekeyed("山田 花子", date(1985, 4, 2)))
    result = check(K.PRINCIPAL, doc(T.DRIVERS_LICENSE), other)
    assert [(f.code, f.document) for f in result.problems] == [("mismatch", 1)]
    assert not result.verified


def test_a_latin_name_needs_the_reading_on_the_form() -> None:
    passport = doc(T.PASSPORT, rekeyed=Rekeyed("YAMADA HANAKO", date(1985, 4, 1), "寺戸町1-2-3"))
    form = RequestForm(replace(PRINCIPAL, address="寺戸町一丁目2番3号"))
    assert check(K.PRINCIPAL, passport, form=form).verified  # the reading is on the form
    without_kana = RequestForm(replace(PRINCIPAL, name_kana="", address="寺戸町1-2-3"))
    result = check(K.PRINCIPAL, passport, form=without_kana)
    assert [(f.code, f.field) for f in result.problems] == [
        ("name_not_comparable", RekeyField.NAME)
    ]


def test_a_form_without_date_of_birth_or_address_is_warned_about_once() -> None:
    form = RequestForm(Person("山田 花子"))
    result = check(K.PRINCIPAL, doc(T.DRIVERS_LICENSE), doc(T.CERTIFICATE_OF_RESIDENCE), form=form)
    assert result.verified  # the ID's own address is where the reply goes
    assert [(f.code, f.field) for f in result.warnings] == [
        ("form_value_missing", RekeyField.BIRTH_DATE),
        ("form_value_missing", RekeyField.ADDRESS),
    ]


def test_a_proof_of_agency_must_name_this_principal_and_this_agent() -> None:
    register = doc(T.FAMILY_REGISTER)
    other_child = replace(register, rekeyed=replace(register.rekeyed, name="山田 桃子"))
    other_parent = replace(register, rekeyed=replace(register.rekeyed, agent_name="山田 次郎"))
    no_parent = replace(register, rekeyed=replace(register.rekeyed, agent_name=""))
    for changed, code, field in [
        (other_child, "mismatch", RekeyField.NAME),
        (other_parent, "mismatch", RekeyField.AGENT_NAME),
        (no_parent, "not_rekeyed", RekeyField.AGENT_NAME),
    ]:
        result = check(K.MINOR_AGENT, doc(T.DRIVERS_LICENSE, A), changed)
        assert [(f.code, f.field, f.document) for f in result.problems] == [(code, field, 1)]


# --- agents ------------------------------------------------------------------------------------


def test_the_seal_on_the_power_of_attorney_must_be_compared() -> None:
    documents = GOOD_SETS[K.APPOINTED_AGENT]
    unchecked = [replace(d, seal_matches_certificate=False) for d in documents]
    result = check(K.APPOINTED_AGENT, *unchecked)
    assert [(f.code, f.document) for f in result.problems] == [("seal_not_compared", 1)]


def test_the_seal_registration_certificate_must_be_the_principals() -> None:
    agent_seal = doc(T.SEAL_REGISTRATION_CERTIFICATE, A)
    documents = [doc(T.DRIVERS_LICENSE, A), doc(T.POWER_OF_ATTORNEY), agent_seal]
    result = check(K.APPOINTED_AGENT, *documents)
    assert codes(result.warnings) == ["wrong_holder"]
    (item,) = result.missing
    assert item.code == "principal_seal_registration_certificate"
    assert item.because_en == ("The seal registration certificate sent is not the principal's.",)
    assert item.because_ja == ("お送りいただいた印鑑登録証明書は、ご本人のものではありません。",)


def test_a_stale_proof_of_agency_is_asked_for_again() -> None:
    old = doc(T.FAMILY_REGISTER, issued_on=date(2026, 5, 1))
    result = check(K.MINOR_AGENT, doc(T.DRIVERS_LICENSE, A), old)
    assert codes(result.warnings) == ["stale_certificate"]
    (item,) = result.missing
    assert item.code == "family_register" and "1 May 2026" in item.because_en[0]
    # A ruling of commencement of guardianship is not held to the window.
    ruling = doc(T.GUARDIANSHIP_RULING, issued_on=date(2015, 3, 1))
    assert check(K.ADULT_WARD_AGENT, doc(T.DRIVERS_LICENSE, A), ruling).verified


@pytest.mark.parametrize(
    ("issued_on", "code"),
    [(None, "issue_date_missing"), (date(2026, 11, 21), "issue_date_after_arrival")],
)
def test_a_certificates_issue_date_must_be_entered_and_possible(
    issued_on: date | None, code: str
) -> None:
    result = check(K.PRINCIPAL, doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=issued_on))
    assert codes(result.problems) == [code]
    assert result.missing == []  # the requester sent it: it is the office's to fix


def test_a_professional_without_a_power_of_attorney_is_warned_about() -> None:
    documents = [doc(T.DRIVERS_LICENSE, A), doc(T.PROFESSIONAL_QUALIFICATION, A)]
    result = check(K.PROFESSIONAL_AGENT, *documents)
    assert result.verified  # the policy asks only for the qualification
    assert codes(result.warnings) == ["professional_without_power_of_attorney"]
    assert codes(check(K.PROFESSIONAL_AGENT, *GOOD_SETS[K.PROFESSIONAL_AGENT]).warnings) == []


def test_findings_point_at_their_document() -> None:
    documents = [
        doc(T.FAMILY_REGISTER, issued_on=date(2025, 1, 1)),
        doc(T.DRIVERS_LICENSE, A),
        doc(T.ALIEN_REGISTRATION_CERTIFICATE, A),
    ]
    result = check(K.MINOR_AGENT, *documents)
    assert [(f.code, f.document) for f in result.warnings] == [
        ("stale_certificate", 0),
        ("alien_registration", 2),
    ]
    assert result.counted == [1]


# --- findings in Japanese ----------------------------------------------------------------------

#: A Latin name staff typed off a passport: data, not wording, so it may stay in Latin letters.
LATIN_NAME = "YAMADA HANAKO"


def _with(document: IdentityDocument, **typed: object) -> IdentityDocument:
    return replace(document, rekeyed=replace(document.rekeyed, **typed))  # type: ignore[arg-type]


#: Who asks, what they sent, the form, and whether it came by mail.
Run = tuple[RequesterKind, list[IdentityDocument], RequestForm, bool]


def _named_scenarios() -> list[Run]:
    """Cases that together raise every finding, written after the tests above."""
    license_, register = doc(T.DRIVERS_LICENSE), doc(T.FAMILY_REGISTER)
    latin = doc(T.PASSPORT, rekeyed=Rekeyed(LATIN_NAME, date(1985, 4, 1), "寺戸町1-2-3"))
    moved = _with(license_, address="京都府向日市寺戸町1丁目2番4号")
    no_kana = RequestForm(replace(PRINCIPAL, name_kana=""))
    return [
        (K.MINOR_AGENT, GOOD_SETS[K.MINOR_AGENT], PRINCIPAL_ONLY, True),
        (K.PRINCIPAL, [doc(T.MY_NUMBER_CARD_FRONT, is_my_number_back=True)], FORM, True),
        (K.PRINCIPAL, [doc(T.HEALTH_INSURANCE, masked=frozenset())], FORM, True),
        (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE, shows_individual_number=True)], FORM, True),
        (K.PRINCIPAL, [license_, doc(T.HEALTH_INSURANCE, A, masked=frozenset())], FORM, True),
        (
            K.APPOINTED_AGENT,
            [replace(d, seal_matches_certificate=False) for d in GOOD_SETS[K.APPOINTED_AGENT]],
            FORM,
            True,
        ),
        (K.MINOR_AGENT, [doc(T.ALIEN_REGISTRATION_CERTIFICATE, A), register], FORM, True),
        (K.PRINCIPAL, [doc(T.OTHER)], FORM, True),
        (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE)], FORM, False),
        (
            K.APPOINTED_AGENT,
            [
                doc(T.DRIVERS_LICENSE, A),
                doc(T.POWER_OF_ATTORNEY),
                doc(T.SEAL_REGISTRATION_CERTIFICATE, A),
            ],
            FORM,
            True,
        ),
        (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=None)], FORM, True),
        (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 11, 21))], FORM, True),
        (K.PRINCIPAL, [doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 8, 1))], FORM, True),
        (
            K.MINOR_AGENT,
            [
                doc(T.DRIVERS_LICENSE, A),
                doc(T.FAMILY_REGISTER, issued_on=date(2025, 1, 1), received_on=None),
            ],
            FORM,
            True,
        ),
        (K.PRINCIPAL, [doc(T.PASSPORT, issued_on=None)], FORM, True),
        (K.PRINCIPAL, [doc(T.PASSPORT, issued_on=date(2020, 2, 4))], FORM, True),
        (K.PRINCIPAL, [_with(license_, name="", birth_date=None, address=" ")], FORM, True),
        (K.MINOR_AGENT, [doc(T.DRIVERS_LICENSE, A), _with(register, agent_name="")], FORM, True),
        (K.PRINCIPAL, [license_], RequestForm(Person("山田 花子")), True),
        (
            K.MINOR_AGENT,
            [doc(T.DRIVERS_LICENSE, A), register],
            RequestForm(PRINCIPAL, Person(" ")),
            True,
        ),
        (K.PRINCIPAL, [moved], FORM, True),
        (
            K.PRINCIPAL,
            [replace(moved, differences_explained={RekeyField.ADDRESS: "転居のため"})],
            FORM,
            True,
        ),
        (K.PRINCIPAL, [_with(license_, name="山田 華子", birth_date=date(1985, 4, 2))], FORM, True),
        (
            K.MINOR_AGENT,
            [doc(T.DRIVERS_LICENSE, A), _with(register, agent_name="山田 次郎")],
            FORM,
            True,
        ),
        (K.PRINCIPAL, [latin], no_kana, True),
        (
            K.PROFESSIONAL_AGENT,
            [doc(T.DRIVERS_LICENSE, A), doc(T.PROFESSIONAL_QUALIFICATION, A)],
            FORM,
            True,
        ),
    ]


def all_findings() -> list[Finding]:
    """Every finding of the tests' scenarios, of every requester kind with every document type
    (good, bare and misfiled copies), and of the named scenarios above."""
    runs: list[Run] = [(kind, documents, FORM, True) for kind, documents, _ in MISSING_CASES]
    runs += [(kind, documents, FORM, True) for kind, documents in GOOD_SETS.items()]
    every = [(k, t, h) for k in RequesterKind for t in DocumentType for h in Holder]
    for kind, kind_of_doc, holder in every:
        good = doc(kind_of_doc, holder)
        bare = IdentityDocument(kind_of_doc, belongs_to=holder)
        for documents in (
            [good],
            [bare],
            [doc(T.DRIVERS_LICENSE, A if kind.is_agent else P), bare],
        ):
            runs += [(kind, documents, FORM, by_mail) for by_mail in (True, False)]
    runs += _named_scenarios()
    findings: list[Finding] = []
    for kind, documents, form, by_mail in runs:
        result = check(kind, *documents, form=form, received_by_mail=by_mail)
        findings += result.problems + result.warnings
    return findings


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{4,}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def japanese_faults(finding: Finding) -> list[str]:
    """What is wrong with a finding's Japanese ([] when nothing)."""
    ja = finding.message_ja
    faults = []
    if not ja.strip() or not _JAPANESE.search(ja):
        faults.append("no Japanese")
    if words := _ENGLISH_WORD.findall(ja.replace(LATIN_NAME, "")):
        faults.append(f"English words {words}")
    if missing := set(_ISO_DATE.findall(finding.message)) - set(_ISO_DATE.findall(ja)):
        faults.append(f"dates {sorted(missing)} not shown")
    numbers = re.findall(r"Document (\d+)", finding.message)
    if numbers != re.findall(r"書類(\d+)（", ja):
        faults.append(f"document numbers {numbers} not as 書類N")
    if ja == finding.message:
        faults.append("same as the English")
    return faults


ALL_FINDINGS = all_findings()


def test_every_finding_has_a_japanese_message() -> None:
    assert len(ALL_FINDINGS) > 500  # the sweep really ran
    faults = {(f.code, f.message_ja): fault for f in ALL_FINDINGS if (fault := japanese_faults(f))}
    assert faults == {}


def test_every_code_the_module_can_emit_has_its_japanese() -> None:
    # FINDING_CODES is the Literal problem()/warn() take (mypy rejects any other code), so a
    # new code must be listed there, and then this sweep must reach it with good Japanese.
    written = {f.code for f in ALL_FINDINGS if not japanese_faults(f)}
    assert written == {f.code for f in ALL_FINDINGS} == FINDING_CODES


def test_the_japanese_check_catches_english_and_lost_dates() -> None:
    good = Finding(
        "stale_certificate",
        "Document 2 (Certificate of residence) was issued on 2026-08-01 and arrived on ...",
        "書類2（住民票の写し）は2026-08-01発行です。",
    )
    assert japanese_faults(good) == []
    assert japanese_faults(replace(good, message_ja="")) == [
        "no Japanese",
        "dates ['2026-08-01'] not shown",
        "document numbers ['2'] not as 書類N",
    ]
    assert japanese_faults(replace(good, message_ja=good.message_ja + "Check it.")) == [
        "English words ['Check']"
    ]
    assert japanese_faults(replace(good, message_ja="書類1（住民票の写し）は2026-08-01発行です。"))


@pytest.mark.parametrize(
    ("documents", "form", "code", "japanese"),
    [
        (
            [doc(T.DRIVERS_LICENSE, rekeyed=Rekeyed("山田花子", date(1985, 4, 1), "大阪府1-2"))],
            FORM,
            "mismatch",
            "書類1（運転免許証）の住所（大阪府1-2）が請求書の記載（京都府向日市寺戸町1丁目2番3号）"
            "と異なります。入力内容を確認するか、相違の理由を記入してください。",
        ),
        (
            [doc(T.DRIVERS_LICENSE), doc(T.HEALTH_INSURANCE, masked=frozenset({M.QR_CODE}))],
            FORM,
            "unmasked",
            "書類2（健康保険証または資格確認書）の保険者番号が黒塗り済みと確認されていません。"
            "2020-10-01以降、取得してはならない情報です。保存した写しで黒塗りし、チェックを付けて"
            "ください。それまで本人確認は完了できません。",
        ),
        (
            [doc(T.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 8, 1))],
            FORM,
            "stale_certificate",
            "書類1（住民票の写し）は2026-08-01発行、2026-11-20到着です。期限は発行から3か月"
            "（2026-11-01まで）で、これを過ぎているため確認書類として扱いません。",
        ),
        (
            [doc(T.DRIVERS_LICENSE)],
            RequestForm(Person("山田 花子")),
            "form_value_missing",
            "請求書にご本人の生年月日の記載がないため、書類の記載と照合できません。",
        ),
    ],
)
def test_japanese_findings_read_as_office_japanese(
    documents: list[IdentityDocument], form: RequestForm, code: str, japanese: str
) -> None:
    result = check(K.PRINCIPAL, *documents, form=form)
    findings = result.problems + result.warnings
    assert next(f.message_ja for f in findings if f.code == code) == japanese


def test_a_rekey_field_has_a_japanese_label() -> None:
    assert [f.label_ja for f in RekeyField] == ["氏名", "生年月日", "住所", "代理人氏名"]
