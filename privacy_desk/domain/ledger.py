"""The personal information ledger (個人情報管理台帳) and third-party provision records.

JIS Q 15001 (the Privacy Mark standard) asks for a ledger of every set of
personal information the company holds: its data items, purpose of use,
how it is acquired, where and on what it is kept, who is responsible and
who may access it, the period of use, the retention period and how it is
disposed of, and whether it is provided to third parties or jointly used.
The ledger is reviewed at least once a year (requests.md §4).

The purposes of use are those of the privacy policy §5 (2); they ship as
initial data (:data:`POLICY_PURPOSES`) and an entry picks one or more.

APPI Art. 29 (records of provision to a third party) and Art. 30 (records of
confirmation on receipt from a third party) are :class:`ProvisionDirection`
PROVIDED and RECEIVED; the basis of a provision follows the policy §7.1.

A ledger entry's retention is counted from an event the office names ("the
end of the contract", "the event day"); each *batch* of the set (a year's
applications, one seminar's attendance list) records the day of that event,
and comes due by :func:`batch_due_on`, like the office's own files
(domain.retention). A batch kept "until the purpose is achieved" comes due on
the day its purpose is recorded as achieved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from privacy_desk.domain.fees import add_months
from privacy_desk.domain.retention import PeriodUnit, RetentionRule, due_on, period_text_ja


@dataclass(frozen=True)
class PolicyPurpose:
    code: str
    text_en: str
    text_ja: str


#: Policy §5 (2), in the policy's order. Codes are stable: entries refer to them.
POLICY_PURPOSES: tuple[PolicyPurpose, ...] = (
    PolicyPurpose(
        "P1",
        "Provision to customers and maintenance of products and services (delivery, "
        "installation, quality assurance, after-sales service, repairs, upgrades)",
        "製品等の顧客への提供及び保守(配送・設置・品質保証・アフターサービス・修理・"
        "アップグレードの実施及び記録の管理)",
    ),
    PolicyPurpose(
        "P2",
        "Planning, research, development, manufacture, sale, installation and quality "
        "improvement of products, and e-mail newsletters, direct mail, notices and "
        "advertisements about them",
        "製品等の企画・研究・開発・製造・販売・設置・品質改善、並びにメールマガジン・"
        "ダイレクトメール・お知らせ・広告等による情報提供",
    ),
    PolicyPurpose(
        "P3",
        "Management of contracts and other business activities (payments and refunds, "
        "recalls, user and member registration, seminars, inquiries, business "
        "negotiations, suppliers)",
        "製品等の契約管理その他の事業活動(代金の受領・返金、リコール・不具合情報の連絡、"
        "ユーザー・会員登録、セミナー参加管理、お問合せ対応、商談、取引先との連絡)",
    ),
    PolicyPurpose(
        "P4",
        "Campaigns, exhibitions and other events (including drawing winners and "
        "sending premiums and rewards)",
        "キャンペーン・展示会その他のイベントの案内及び実施(抽選・景品等の発送を含む)",
    ),
    PolicyPurpose(
        "P5",
        "Sending material and samples such as catalogues and CD-ROMs",
        "カタログ・CD-ROM等の資料・サンプルの提供及び送付",
    ),
    PolicyPurpose(
        "P6",
        "Surveys and analyses of questionnaires about products",
        "製品等に関するアンケート等の調査・分析",
    ),
    PolicyPurpose(
        "P7",
        "Security at the company's sites: access control, intruder checks and crime prevention",
        "入退館管理・外部からの侵入者の確認・防犯措置による各拠点のセキュリティ確保",
    ),
    PolicyPurpose(
        "P8",
        "Information and procedures for job applicants and new employees",
        "当社への応募者への情報提供・連絡・通知・採用選考手続及び新入社員の入社手続",
    ),
)


class Medium(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    PAPER_AND_ELECTRONIC = "paper_and_electronic"

    @property
    def label(self) -> str:
        return {
            Medium.PAPER: "Paper",
            Medium.ELECTRONIC: "Electronic",
            Medium.PAPER_AND_ELECTRONIC: "Paper and electronic",
        }[self]


class ProvisionDirection(StrEnum):
    PROVIDED = "provided"  # APPI Art. 29: we provided it to a third party
    RECEIVED = "received"  # APPI Art. 30: a third party provided it to us

    @property
    def label(self) -> str:
        return {
            ProvisionDirection.PROVIDED: "Provided to a third party (Art. 29)",
            ProvisionDirection.RECEIVED: "Received from a third party (Art. 30)",
        }[self]


class ProvisionBasis(StrEnum):
    """Why the provision was lawful (policy §7.1)."""

    CONSENT = "consent"
    LAW = "law"  # 7.1 (1)
    LIFE_BODY_PROPERTY = "life_body_property"  # 7.1 (2)
    PUBLIC_HEALTH = "public_health"  # 7.1 (3)
    GOVERNMENT = "government"  # 7.1 (4)
    OTHER = "other"  # explained in the note

    @property
    def label(self) -> str:
        return {
            ProvisionBasis.CONSENT: "The person's prior consent",
            ProvisionBasis.LAW: "Required by laws and regulations",
            ProvisionBasis.LIFE_BODY_PROPERTY: "Protection of life, body or property",
            ProvisionBasis.PUBLIC_HEALTH: "Public health or healthy child development",
            ProvisionBasis.GOVERNMENT: "Cooperation with a government body",
            ProvisionBasis.OTHER: "Other (see the note)",
        }[self]


#: The units a ledger entry's retention is counted in (days are for the office's own files).
LEDGER_UNITS = (PeriodUnit.MONTHS, PeriodUnit.YEARS, PeriodUnit.UNTIL_PURPOSE_ACHIEVED)


@dataclass(frozen=True)
class LedgerRetention:
    """Keep ``count`` ``unit`` after the named ``event``, or until the purpose is achieved."""

    count: int
    unit: PeriodUnit
    event: str = ""

    def __post_init__(self) -> None:
        if self.unit not in LEDGER_UNITS:
            raise ValueError(
                "A ledger entry is kept for months or years, or until its purpose is achieved."
            )
        if self.unit is not PeriodUnit.UNTIL_PURPOSE_ACHIEVED and not self.event.strip():
            raise ValueError("Name the event the retention period is counted from.")
        RetentionRule(self.count, self.unit)  # the same bounds

    @property
    def rule(self) -> RetentionRule:
        return RetentionRule(self.count, self.unit)

    @property
    def text(self) -> str:
        if self.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
            return "until the purpose of use is achieved"
        unit = self.unit.value if self.count != 1 else self.unit.value[:-1]
        return f"{self.count} {unit} after {self.event.strip()}"

    @property
    def text_ja(self) -> str:
        return period_text_ja(self.count, self.unit, self.event.strip())


def batch_due_on(
    retention: LedgerRetention, event_on: date | None, purpose_achieved_on: date | None
) -> date | None:
    """When a batch of an entry is due for disposal, or None while nothing makes it due."""
    if retention.unit is PeriodUnit.UNTIL_PURPOSE_ACHIEVED:
        return purpose_achieved_on
    if event_on is None:
        return None
    return due_on(retention.rule, event_on)


def next_review_on(last: date) -> date:
    """A year after the last review (or the entry's creation); 02-29 goes to 02-28."""
    return add_months(last, 12) or date(last.year + 1, 2, 28)
