"""The letters the privacy office mails (requests.md §3), and how they go out.

Each kind has a stable value (stored with an issued letter, named on the
command line and by the template files in ``forms/letters/``), an English
label for logs and the CLI, and the Japanese title letters carry.
"""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    MISSING_DOCUMENTS = "missing_documents"
    PURPOSE_OF_USE = "purpose_of_use"
    DISCLOSURE = "disclosure"
    NON_DISCLOSURE = "non_disclosure"
    CORRECTION = "correction"
    SUSPENSION = "suspension"
    METHOD_DIFFICULT = "method_difficult"
    FEE_NOTICE = "fee_notice"

    @property
    def label(self) -> str:
        return _LABELS[self][0]

    @property
    def title_ja(self) -> str:
        return _LABELS[self][1]


_LABELS = {
    LetterKind.ACKNOWLEDGEMENT: ("Acknowledgement of receipt", "ご請求受付のお知らせ"),
    LetterKind.MISSING_DOCUMENTS: (
        "Request for missing or defective documents",
        "ご提出書類の不足・不備のお知らせ",
    ),
    LetterKind.PURPOSE_OF_USE: ("Notice of the purpose of use", "利用目的の通知"),
    LetterKind.DISCLOSURE: ("Disclosure reply", "保有個人データの開示について"),
    LetterKind.NON_DISCLOSURE: (
        "Notice of non-disclosure or partial disclosure",
        "保有個人データの不開示（一部不開示）のお知らせ",
    ),
    LetterKind.CORRECTION: (
        "Notice of correction, addition or deletion",
        "保有個人データの訂正等について",
    ),
    LetterKind.SUSPENSION: (
        "Notice of suspension of use, erasure or suspension of third-party provision",
        "保有個人データの利用停止等について",
    ),
    LetterKind.METHOD_DIFFICULT: (
        "Notice that the chosen disclosure method is difficult",
        "ご指定の開示方法についてのお知らせ",
    ),
    LetterKind.FEE_NOTICE: ("Fee shortfall or refund notice", "手数料の不足・返還のお知らせ"),
}


class MailKind(StrEnum):
    """How a letter went out (replies often by registered mail, 本人限定受取)."""

    ORDINARY = "ordinary"
    REGISTERED = "registered"
    RESTRICTED_DELIVERY = "restricted_delivery"  # 本人限定受取郵便
    SIMPLE_REGISTERED = "simple_registered"  # 簡易書留

    @property
    def label(self) -> str:
        return {
            MailKind.ORDINARY: "Ordinary mail",
            MailKind.REGISTERED: "Registered mail",
            MailKind.RESTRICTED_DELIVERY: "Restricted delivery to the addressee",
            MailKind.SIMPLE_REGISTERED: "Simple registered mail",
        }[self]
