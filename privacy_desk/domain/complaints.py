"""Complaints and inquiries about the handling of personal information (APPI Art. 40).

A business must strive to handle complaints appropriately and promptly, and
JIS Q 15001 asks for a record of each: when and how it came, from whom, what
about, the response and when it was closed. They count in the management
reports (issue 8).
"""

from __future__ import annotations

from enum import StrEnum


class ContactKind(StrEnum):
    COMPLAINT = "complaint"
    INQUIRY = "inquiry"

    @property
    def label(self) -> str:
        return {ContactKind.COMPLAINT: "Complaint", ContactKind.INQUIRY: "Inquiry"}[self]

    @property
    def label_ja(self) -> str:
        return {ContactKind.COMPLAINT: "苦情", ContactKind.INQUIRY: "相談・問合せ"}[self]


class Channel(StrEnum):
    MAIL = "mail"
    PHONE = "phone"
    EMAIL = "email"
    VISIT = "visit"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Channel.MAIL: "Mail",
            Channel.PHONE: "Phone",
            Channel.EMAIL: "E-mail",
            Channel.VISIT: "Visit",
            Channel.OTHER: "Other",
        }[self]

    @property
    def label_ja(self) -> str:
        return {
            Channel.MAIL: "郵便",
            Channel.PHONE: "電話",
            Channel.EMAIL: "電子メール",
            Channel.VISIT: "来訪",
            Channel.OTHER: "その他",
        }[self]
