"""A synthetic personal information ledger and complaints log for the demo office.

Six sets a software company might hold, each with batches, one review long
overdue and one due soon, a batch due for disposal, a set kept until its
purpose is achieved, and provision records about made-up people. Added only
to a ledger that is still empty, so a second ``demo`` run adds no twins.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.ledger import (
    Medium,
    ProvisionBasis,
    ProvisionDirection,
    next_review_on,
)
from privacy_desk.domain.retention import DisposalMethod, PeriodUnit
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.search import search_text
from privacy_desk.services.context import DeskContext
from privacy_desk.store import audit
from privacy_desk.store.models import (
    Complaint,
    LedgerBatch,
    LedgerEntry,
    LedgerEntryPurpose,
    LedgerReview,
    ProvisionRecord,
)

_U = PeriodUnit
_ENTRIES = (
    # name, items, purposes, medium, (count, unit, event), method, special, 3rd, joint, to whom
    (
        "セミナー参加者名簿",
        "氏名、会社名、部署、電子メールアドレス、電話番号",
        ("P3", "P4"),
        Medium.PAPER_AND_ELECTRONIC,
        (1, _U.YEARS, "セミナー開催日"),
        DisposalMethod.SHREDDING,
        "",
        "",
    ),
    (
        "保守契約顧客情報",
        "氏名、住所、勤務先、購入製品・サービス、保守履歴",
        ("P1", "P3"),
        Medium.ELECTRONIC,
        (0, _U.UNTIL_PURPOSE_ACHIEVED, ""),
        DisposalMethod.DELETION,
        "",
        "オムロン株式会社及びその関係会社(共同利用、方針6)",
    ),
    (
        "製品に関するお問合せ記録",
        "氏名、電話番号、電子メールアドレス、お問合せ内容、回答内容",
        ("P3",),
        Medium.ELECTRONIC,
        (3, _U.YEARS, "回答日"),
        DisposalMethod.DELETION,
        "",
        "",
    ),
    (
        "入退館記録・防犯カメラ映像",
        "氏名、所属、入退館日時、映像",
        ("P7",),
        Medium.ELECTRONIC,
        (3, _U.MONTHS, "記録日"),
        DisposalMethod.DELETION,
        "",
        "",
    ),
    (
        "採用応募者情報",
        "氏名、生年月日、住所、連絡先、学歴、職歴、健康診断結果(内定者)",
        ("P8",),
        Medium.PAPER_AND_ELECTRONIC,
        (6, _U.MONTHS, "選考終了日"),
        DisposalMethod.CONTRACTOR,
        "健康診断結果(内定者のみ)",
        "",
    ),
    (
        "製品アンケート回答",
        "氏名(任意)、年代、電子メールアドレス、回答内容",
        ("P6",),
        Medium.ELECTRONIC,
        (1, _U.YEARS, "集計完了日"),
        DisposalMethod.DELETION,
        "",
        "",
    ),
)

_PEOPLE = (
    ("山本　早苗", "やまもと さなえ", date(1975, 4, 12)),
    ("佐々木　浩二", "ささき こうじ", date(1968, 9, 30)),
    ("中川　みどり", "なかがわ みどり", date(1983, 1, 8)),
    ("大西　拓也", "おおにし たくや", date(1990, 7, 21)),
)


def add_demo_ledger(ctx: DeskContext, *, seed: int = 0) -> int:
    """Fill an empty ledger with synthetic entries; returns how many were added."""
    ctx.require(Permission.DEMO)
    rng = random.Random(seed)
    today = ctx.today()
    stamp = audit.now_utc()
    with ctx.db.write() as session:
        if session.scalar(select(func.count(LedgerEntry.id))):
            return 0
        rows = []
        for n, (name, items, purposes, medium, period, method, special, to_whom) in enumerate(
            _ENTRIES
        ):
            count, unit, event = period
            # one review long overdue, one due within the month, the others in the year
            last_review = today - timedelta(days=(400, 350, 120, 200, 30, 90)[n])
            row = LedgerEntry(
                name=name,
                data_items=items,
                special_care=bool(special),
                special_care_items=special,
                acquisition="本人から書面又はウェブフォームで直接取得",
                storage_place="向日事業所 個人情報保管庫 / 社内ファイルサーバー",
                medium=medium,
                department=("営業部", "サービス部", "カスタマーサポート部", "総務部", "人事部")[
                    n % 5
                ],
                access="担当部署の従業者(アクセス権限者名簿による)",
                period_of_use="利用目的の達成まで",
                retention_count=count,
                retention_unit=unit,
                retention_event=event,
                disposal_method=method,
                third_party=bool(to_whom),
                joint_use=bool(to_whom),
                recipients=to_whom,
                note="",
                next_review_on=next_review_on(last_review),
                created_at=stamp,
                created_by=ctx.actor,
                changed_at=stamp,
                changed_by=ctx.actor,
            )
            row.purposes = [LedgerEntryPurpose(purpose_code=code) for code in purposes]
            row.reviews = [
                LedgerReview(
                    reviewed_on=last_review,
                    reviewed_by="m.yamada",
                    note="記載事項に変更なし",
                    recorded_at=stamp,
                )
            ]
            for years_back in (1, 0):
                year = today.year - years_back
                event_on = (
                    None
                    if unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED
                    else date(year, rng.randint(1, 10), rng.randint(1, 28))
                )
                row.batches.append(
                    LedgerBatch(
                        label=f"{year}年分",
                        event_on=event_on,
                        created_at=stamp,
                        created_by=ctx.actor,
                    )
                )
            session.add(row)
            rows.append(row)
        session.flush()
        shared = rows[1]
        for n, (person, kana, born) in enumerate(_PEOPLE):
            session.add(
                ProvisionRecord(
                    entry_id=shared.id,
                    direction=ProvisionDirection.PROVIDED,
                    provided_on=today - timedelta(days=30 + 70 * n),
                    counterparty="オムロン株式会社",
                    subject_name=person,
                    subject_kana=kana,
                    subject_birth_date=born,
                    items="氏名、住所、購入製品",
                    basis=ProvisionBasis.CONSENT,
                    note="",
                    search_text=search_text(person, kana),
                    recorded_by=ctx.actor,
                    recorded_at=stamp,
                )
            )
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor, action="demo.ledger", details={"entries": len(rows)}
            ),
        )
        return len(rows)


_CONTACTS = (
    (
        ContactKind.INQUIRY,
        Channel.PHONE,
        "開示請求の手続と手数料について",
        "請求書の書式と手数料を案内した",
    ),
    (
        ContactKind.COMPLAINT,
        Channel.MAIL,
        "ダイレクトメールの停止を求めたが届き続ける",
        "配信停止を確認し謝罪した",
    ),
    (
        ContactKind.INQUIRY,
        Channel.EMAIL,
        "個人情報の利用目的について",
        "プライバシーポリシー第5項を案内した",
    ),
    (ContactKind.COMPLAINT, Channel.PHONE, "開示の回答が遅い", ""),
)


def add_demo_complaints(ctx: DeskContext, *, seed: int = 0) -> int:
    """A few synthetic complaints and inquiries over the last months, one still open."""
    ctx.require(Permission.DEMO)
    rng = random.Random(seed)
    today = ctx.today()
    stamp = audit.now_utc()
    with ctx.db.write() as session:
        if session.scalar(select(func.count(Complaint.id))):
            return 0
        for n, (kind, channel, subject, response) in enumerate(_CONTACTS):
            received = today - timedelta(
                days=10 + 45 * (len(_CONTACTS) - 1 - n) + rng.randint(0, 9)
            )
            person = _PEOPLE[n % len(_PEOPLE)][0]
            session.add(
                Complaint(
                    kind=kind,
                    received_on=received,
                    channel=channel,
                    person_name=person,
                    person_contact="",
                    subject=subject,
                    case_reference="",
                    response=response,
                    closed_on=received + timedelta(days=3) if response else None,
                    handled_by="m.yamada",
                    search_text=search_text(person, subject),
                    recorded_by=ctx.actor,
                    recorded_at=stamp,
                    changed_at="",
                )
            )
        audit.record(
            session,
            audit.AuditRecord(
                actor=ctx.actor, action="demo.complaints", details={"count": len(_CONTACTS)}
            ),
        )
        return len(_CONTACTS)
