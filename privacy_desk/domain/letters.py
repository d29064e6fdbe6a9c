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


# --- How letters name what the office decided (the templates in forms/ word the rest) ---

REQUEST_TYPE_JA = {
    "purpose_of_use": "利用目的の通知",
    "disclosure": "保有個人データの開示",
    "provision_records": "第三者提供記録の開示",
    "correction": "内容の訂正・追加・削除",
    "suspension_or_erasure": "利用の停止・消去",
    "suspension_of_provision": "第三者への提供の停止",
}
OUTCOME_JA = {
    "done": "ご請求のとおり対応いたしました",
    "partly": "一部について対応いたしました",
    "refused": "対応いたしかねます",
    "no_such_data": "ご請求に係る保有個人データはございません",
}
OUTCOME_EN = {
    "done": "done as you asked",
    "partly": "done in part",
    "refused": "not done",
    "no_such_data": "we hold no such data",
}
#: APPI Art. 33(2): the statutory grounds for not disclosing, as a letter states them.
GROUND_JA = {
    "harm_to_rights": (
        "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあるため"
        "（個人情報の保護に関する法律第33条第2項第1号）"
    ),
    "business_interference": (
        "当社の業務の適正な実施に著しい支障を及ぼすおそれがあるため"
        "（個人情報の保護に関する法律第33条第2項第2号）"
    ),
    "other_law": "他の法令に違反することとなるため（個人情報の保護に関する法律第33条第2項第3号）",
}
GROUND_EN = {
    "harm_to_rights": (
        "disclosure would be likely to harm the life, body, property or other rights or "
        "interests of you or a third party (Act on the Protection of Personal Information, "
        "Art. 33(2)(i))"
    ),
    "business_interference": (
        "disclosure would be likely to seriously interfere with the proper conduct of our "
        "business (Art. 33(2)(ii))"
    ),
    "other_law": "disclosure would violate another law (Art. 33(2)(iii))",
}
DISCLOSURE_METHOD_JA = {
    "paper": "書面の交付",
    "electronic_media": "電磁的記録（記録媒体）の提供",
    "electronic_mail": "電子メールによる提供",
    "other": "その他の方法",
}
ENCLOSURE_JA = {
    "request_form": "ご請求書（写し）",
    "identity_document": "本人確認書類（写し）",
    "agent_proof": "代理権を証明する書類（写し）",
    "fee": "手数料",
    "return_envelope": "返信用封筒",
    "other": "その他",
}
