"""Rules for what a logged request must contain, as plain messages per field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from privacy_desk.domain.requests import FeePayment, RequesterKind, RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP

_NOT_DIGITS = re.compile(r"[^0-9]")


def normalize_postal_code(text: str) -> str:
    """``"６１７－０００２"`` or ``"617-0002"`` → ``"6170002"`` (digits only)."""
    return _NOT_DIGITS.sub("", unicodedata.normalize("NFKC", text))


def format_postal_code(digits: str) -> str:
    """``"6170002"`` → ``"617-0002"``; anything else is returned as it is."""
    return f"{digits[:3]}-{digits[3:]}" if len(digits) == 7 and digits.isdigit() else digits


@dataclass
class IntakeProblems:
    """Messages keyed by field name; empty when the request can be logged.

    Each is an English sentence marked for translation in the context ``"Errors"``: the
    UI shows ``QCoreApplication.translate("Errors", message)``, and a service refusing
    the request raises it as an :class:`~privacy_desk.errors.InvalidInput`.
    """

    by_field: dict[str, str] = field(default_factory=dict)
    #: Worth telling the clerk, but no reason to refuse logging what arrived.
    warnings: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.by_field.setdefault(name, message)

    def __bool__(self) -> bool:
        return bool(self.by_field)

    def sentence(self) -> str:
        return " ".join(self.by_field.values())


def check_intake(
    *,
    today: date,
    received_on: date,
    postmarked_on: date | None,
    requester_kind: RequesterKind,
    requester_name: str,
    requester_birth_date: date | None,
    requester_postal_code: str,
    agent_name: str,
    request_types: Sequence[RequestType],
    fee_amount: int,
    fee_payment: FeePayment,
) -> IntakeProblems:
    problems = IntakeProblems()
    if received_on > today:
        problems.add(
            "received_on", QT_TRANSLATE_NOOP("Errors", "The arrival date is in the future.")
        )
    if postmarked_on is not None and postmarked_on > received_on:
        problems.add(
            "postmarked_on",
            QT_TRANSLATE_NOOP("Errors", "The postmark is later than the arrival date."),
        )
    if not requester_name.strip():
        problems.add("requester_name", QT_TRANSLATE_NOOP("Errors", "Enter the requester's name."))
    if requester_birth_date is not None and requester_birth_date > today:
        problems.add(
            "requester_birth_date",
            QT_TRANSLATE_NOOP("Errors", "The date of birth is in the future."),
        )
    if requester_postal_code and len(normalize_postal_code(requester_postal_code)) != 7:
        problems.add(
            "requester_postal_code",
            QT_TRANSLATE_NOOP("Errors", "A postal code has 7 digits, like 617-0002."),
        )
    if requester_kind.is_agent and not agent_name.strip():
        problems.add(
            "agent_name",
            QT_TRANSLATE_NOOP("Errors", "The request comes from an agent: enter the agent's name."),
        )
    if not request_types:
        problems.add(
            "request_types", QT_TRANSLATE_NOOP("Errors", "Tick at least one request type.")
        )
    if len(set(request_types)) != len(request_types):
        problems.add(
            "request_types", QT_TRANSLATE_NOOP("Errors", "A request type is ticked twice.")
        )
    if fee_amount < 0:
        problems.add("fee_amount", QT_TRANSLATE_NOOP("Errors", "The fee cannot be negative."))
    if fee_amount > 0 and request_types and not any(t.fee_allowed for t in request_types):
        problems.warnings["fee_amount"] = QT_TRANSLATE_NOOP(
            "Errors", "No fee is due for these request types (APPI Art. 38); plan to return it."
        )
    if fee_amount > 0 and fee_payment is FeePayment.NONE:
        problems.add(
            "fee_payment",
            QT_TRANSLATE_NOOP("Errors", "Say how the fee was paid (money order or stamps)."),
        )
    return problems
