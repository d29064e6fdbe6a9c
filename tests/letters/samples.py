"""Synthetic letter data for the tests (never real people)."""

from __future__ import annotations

import dataclasses
from datetime import date

from privacy_desk.domain.letters import LetterKind
from privacy_desk.letters.data import Address, Decision, LetterData, MissingDocument, Office

ISSUED = date(2026, 11, 24)
RECEIVED = date(2026, 11, 17)

OFFICE_JA = Office(
    company_name="オムロン ソフトウェア株式会社",
    company_name_en="OMRON SOFTWARE Co., Ltd.",
    postal_code="6170002",
    address="京都府向日市寺戸町53",
    address_en="53 Teradocho, Muko-shi, Kyoto-fu 617-0002 Japan",
    phone="075-925-0064",
    contact="個人情報保護管理者",
    contact_en="Personal Information Protection Manager",
    signatory_name="試験　管理者",
    signatory_title="個人情報保護管理者",
)

RECIPIENT = Address(name="試験　花子", postal_code="6170002", address="京都府向日市寺戸町試験1-2")


def decisions(language: str) -> tuple[Decision, ...]:
    if language == "ja":
        return (
            Decision(
                request_type="disclosure",
                request_type_label="保有個人データの開示",
                outcome="partly",
                outcome_label="一部不開示",
                ground="business_interference",
                ground_text=(
                    "個人情報の保護に関する法律第33条第2項第2号（当社の業務の適正な実施に"
                    "著しい支障を及ぼすおそれがある場合）"
                ),
                explanation="試験説明：面接評価の記録は、評価者の率直な所見を含むため開示いたしかねます。",
                data_concerned="採用選考に関する記録",
            ),
            Decision(
                request_type="provision_records",
                request_type_label="第三者提供記録の開示",
                outcome="done",
                outcome_label="開示",
                data_concerned="第三者提供記録（2025年度）",
            ),
        )
    return (
        Decision(
            request_type="disclosure",
            request_type_label="Disclosure",
            outcome="partly",
            outcome_label="Partly disclosed",
            ground="business_interference",
            ground_text=(
                "APPI Art. 33(2)(ii): disclosure would seriously interfere with the proper "
                "conduct of the company's business"
            ),
            explanation="Test explanation: interview notes contain the assessors' candid remarks.",
            data_concerned="Recruitment records",
        ),
        Decision(
            request_type="provision_records",
            request_type_label="Disclosure of third-party provision records",
            outcome="done",
            outcome_label="Disclosed",
            data_concerned="Provision records (2025)",
        ),
    )


def missing(language: str) -> tuple[MissingDocument, ...]:
    if language == "ja":
        return (
            MissingDocument("本人確認書類の写し", ("同封されていませんでした。",)),
            MissingDocument(
                "委任状（実印押印のもの）",
                ("押印が認められませんでした。", "印鑑登録証明書が同封されていませんでした。"),
            ),
        )
    return (
        MissingDocument("A copy of an identity document", ("None was enclosed.",)),
        MissingDocument(
            "A power of attorney bearing the registered seal",
            ("The seal impression is missing.", "No seal registration certificate was enclosed."),
        ),
    )


def letter(kind: LetterKind, language: str, **changes: object) -> LetterData:
    ja = language == "ja"
    base = LetterData(
        kind=kind,
        language=language,
        document_number="個情第2026-0123-01号" if ja else "PD-2026-0123-01",
        issued_on=ISSUED,
        reference="2026-0123",
        recipient=RECIPIENT,
        office=OFFICE_JA,
        received_on=RECEIVED,
        request_types=("保有個人データの開示",) if ja else ("Disclosure",),
        decisions=decisions(language),
        missing=missing(language),
        reply_by=date(2026, 12, 8),
        disclosure_method="電子ファイル（CD-R）" if ja else "Electronic file (CD-R)",
        fee_amount=500,
        fee_due=1000,
        enclosures=("開示資料一式",) if ja else ("Disclosed data",),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def extreme(kind: LetterKind, language: str) -> LetterData:
    ja = language == "ja"
    name = ("試験" * 59 + "花子") if ja else ("Testname " * 13 + "Hanako")[:120]
    name = name[:120]
    address = ("京都府向日市寺戸町試験" + "一丁目二番地三号試験マンション" * 14)[:200]
    long_expl = ("試験説明の文章です。" if ja else "This is a test explanation sentence. ") * 25
    many_decisions = tuple(
        dataclasses.replace(
            decisions(language)[0],
            request_type_label=f"{'ご請求' if ja else 'Request'} {i + 1}",
            explanation=long_expl,
        )
        for i in range(6)
    )
    many_missing = tuple(
        MissingDocument(
            f"{'不足書類' if ja else 'Missing document'} {i + 1}",
            (f"{'理由' if ja else 'Reason'} {i + 1}: " + long_expl[:80],),
        )
        for i in range(10)
    )
    return letter(
        kind,
        language,
        recipient=Address(
            name=name,
            postal_code="6170002",
            address=address,
            organisation="試験法律事務所" if ja else "Test Law Office",
        ),
        decisions=many_decisions,
        missing=many_missing,
        enclosures=tuple(f"{'同封物' if ja else 'Enclosure'} {i + 1}" for i in range(12)),
    )
