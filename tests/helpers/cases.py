"""Synthetic cases for tests (invented people only)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.services.cases import EnclosureInput, NewCase, RequestInput, log_request
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk


def new_case(**overrides: Any) -> NewCase:
    values: dict[str, Any] = {
        "received_on": date(2026, 11, 9),
        "postmarked_on": date(2026, 11, 7),
        "requester_kind": RequesterKind.PRINCIPAL,
        "requester_name": "試験　花子",
        "requester_kana": "シケン　ハナコ",
        "requester_birth_date": date(1980, 4, 1),
        "requester_postal_code": "617-0002",
        "requester_address": "京都府向日市寺戸町試験1-2",
        "requester_phone": "075-000-0000",
        "requester_email": "hanako@example.com",
        "requests": [RequestInput(RequestType.DISCLOSURE, "会員登録情報", "")],
        "disclosure_method": DisclosureMethod.PAPER,
        "fee_amount": 1000,
        "fee_payment": FeePayment.POSTAL_MONEY_ORDER,
        "money_order_number": "12-345678",
        "money_order_issued_on": date(2026, 11, 1),
        "enclosures": [
            EnclosureInput(EnclosureKind.REQUEST_FORM),
            EnclosureInput(EnclosureKind.IDENTITY_DOCUMENT, "運転免許証"),
        ],
    }
    values.update(overrides)
    return NewCase(**values)


def log_case(ctx: DeskContext, **overrides: Any) -> str:
    """Log a synthetic case (no postmark unless given); returns its reference."""
    overrides.setdefault("postmarked_on", None)
    return log_request(ctx, new_case(**overrides)).reference


@contextmanager
def another_desk(ctx: DeskContext, actor: str = "sato") -> Iterator[DeskContext]:
    """A second desk on ``ctx``'s database (the same data folder), another user at it
    (logged in to the same office: the same key, the same role)."""
    other = open_desk(ctx.paths, actor=actor, key=ctx.db.key_for_copies(), role=ctx.role)
    other.today = ctx.today
    try:
        yield other
    finally:
        other.db.dispose()
