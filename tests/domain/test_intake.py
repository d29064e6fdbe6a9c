"""Tests for privacy_desk.domain.intake: what a logged request must contain."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from privacy_desk.domain.intake import (
    IntakeProblems,
    check_intake,
    format_postal_code,
    normalize_postal_code,
)
from privacy_desk.domain.requests import FeePayment, RequesterKind, RequestType

TODAY = date(2026, 11, 24)


def valid(**changes: Any) -> dict[str, Any]:
    """Keyword arguments of a request that passes every check, with ``changes`` applied."""
    kwargs: dict[str, Any] = {
        "today": TODAY,
        "received_on": date(2026, 11, 20),
        "postmarked_on": date(2026, 11, 18),
        "requester_kind": RequesterKind.PRINCIPAL,
        "requester_name": "山田 太郎",
        "requester_birth_date": date(1980, 4, 1),
        "requester_postal_code": "617-0002",
        "agent_name": "",
        "request_types": [RequestType.DISCLOSURE],
        "fee_amount": 500,
        "fee_payment": FeePayment.POSTAL_MONEY_ORDER,
    }
    kwargs.update(changes)
    return kwargs


# --- postal codes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("６１７－０００２", "6170002"),  # full-width digits and hyphen
        ("617-0002", "6170002"),
        ("6170002", "6170002"),
        ("〒617-0002", "6170002"),
        ("〒６１７ー０００２", "6170002"),  # katakana long vowel mark as a dash
        (" 617 0002 ", "6170002"),
        ("617−0002", "6170002"),  # minus sign
        ("", ""),
        ("---", ""),
        ("617-000", "617000"),
    ],
)
def test_normalize_postal_code(text: str, digits: str) -> None:
    assert normalize_postal_code(text) == digits


@pytest.mark.parametrize(
    ("digits", "formatted"),
    [
        ("6170002", "617-0002"),
        ("1000001", "100-0001"),
        ("0600000", "060-0000"),  # leading zero kept
        ("617000", "617000"),  # too short: as it is
        ("61700021", "61700021"),  # too long: as it is
        ("", ""),
        ("abcdefg", "abcdefg"),
        ("617-002", "617-002"),
    ],
)
def test_format_postal_code(digits: str, formatted: str) -> None:
    assert format_postal_code(digits) == formatted


@pytest.mark.parametrize("text", ["６１７－０００２", "617-0002", "〒617 0002"])
def test_normalize_then_format(text: str) -> None:
    assert format_postal_code(normalize_postal_code(text)) == "617-0002"


# --- a valid request ---------------------------------------------------------------------------


def test_valid_request_has_no_problems() -> None:
    problems = check_intake(**valid())
    assert problems.by_field == {}
    assert bool(problems) is False
    assert not problems
    assert problems.sentence() == ""


@pytest.mark.parametrize(
    "changes",
    [
        {"received_on": TODAY},  # arrived today
        {"postmarked_on": None},  # postmark unreadable
        {"postmarked_on": date(2026, 11, 20)},  # posted the day it arrived
        {"requester_birth_date": None},
        {"requester_birth_date": TODAY},
        {"requester_postal_code": ""},  # optional
        {"requester_postal_code": "６１７－０００２"},
        {"requester_postal_code": "〒6170002"},
        {"requester_kind": RequesterKind.PRINCIPAL, "agent_name": ""},
        {"requester_kind": RequesterKind.APPOINTED_AGENT, "agent_name": "佐藤 花子"},
        {"request_types": list(RequestType)},
        {"fee_amount": 0, "fee_payment": FeePayment.NONE},
        {"fee_amount": 1000, "fee_payment": FeePayment.STAMPS},
    ],
    ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()),
)
def test_variations_that_are_fine(changes: dict[str, Any]) -> None:
    assert check_intake(**valid(**changes)).by_field == {}


# --- one problem per field ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"received_on": TODAY + timedelta(days=1)}, "received_on", "future"),
        (
            {"postmarked_on": date(2026, 11, 21)},
            "postmarked_on",
            "postmark is later than the arrival",
        ),
        ({"requester_name": ""}, "requester_name", "name"),
        ({"requester_name": "   "}, "requester_name", "name"),
        ({"requester_name": "\u3000"}, "requester_name", "name"),  # ideographic space
        (
            {"requester_birth_date": TODAY + timedelta(days=1)},
            "requester_birth_date",
            "birth is in the future",
        ),
        ({"requester_postal_code": "617-000"}, "requester_postal_code", "7 digits"),
        ({"requester_postal_code": "617-00021"}, "requester_postal_code", "7 digits"),
        ({"requester_postal_code": "abc"}, "requester_postal_code", "7 digits"),
        ({"requester_postal_code": "６１７－０００"}, "requester_postal_code", "7 digits"),
        (
            {"requester_kind": RequesterKind.MINOR_AGENT, "agent_name": ""},
            "agent_name",
            "agent's name",
        ),
        (
            {"requester_kind": RequesterKind.ADULT_WARD_AGENT, "agent_name": "  "},
            "agent_name",
            "agent's name",
        ),
        (
            {"requester_kind": RequesterKind.APPOINTED_AGENT, "agent_name": ""},
            "agent_name",
            "agent's name",
        ),
        (
            {"requester_kind": RequesterKind.PROFESSIONAL_AGENT, "agent_name": "\u3000"},
            "agent_name",
            "agent's name",
        ),
        ({"request_types": []}, "request_types", "at least one"),
        (
            {"request_types": [RequestType.DISCLOSURE, RequestType.DISCLOSURE]},
            "request_types",
            "ticked twice",
        ),
        (
            {
                "request_types": [
                    RequestType.CORRECTION,
                    RequestType.DISCLOSURE,
                    RequestType.CORRECTION,
                ]
            },
            "request_types",
            "ticked twice",
        ),
        ({"fee_amount": -1, "fee_payment": FeePayment.NONE}, "fee_amount", "negative"),
        ({"fee_amount": -500}, "fee_amount", "negative"),
        ({"fee_amount": 500, "fee_payment": FeePayment.NONE}, "fee_payment", "how the fee"),
        ({"fee_amount": 1, "fee_payment": FeePayment.NONE}, "fee_payment", "how the fee"),
    ],
    ids=lambda v: str(v) if isinstance(v, str) else None,
)
def test_one_problem(changes: dict[str, Any], field: str, words: str) -> None:
    problems = check_intake(**valid(**changes))
    assert list(problems.by_field) == [field]
    assert words in problems.by_field[field]
    assert bool(problems) is True
    assert problems.sentence() == problems.by_field[field]


def test_postmark_checked_against_arrival_not_today() -> None:
    # Postmark before today but after arrival is still wrong.
    problems = check_intake(
        **valid(received_on=date(2026, 11, 10), postmarked_on=date(2026, 11, 12))
    )
    assert list(problems.by_field) == ["postmarked_on"]


def test_many_problems_at_once_and_sentence() -> None:
    problems = check_intake(
        **valid(
            received_on=TODAY + timedelta(days=2),
            postmarked_on=TODAY + timedelta(days=3),
            requester_name=" ",
            requester_birth_date=TODAY + timedelta(days=1),
            requester_postal_code="12",
            requester_kind=RequesterKind.PROFESSIONAL_AGENT,
            agent_name="",
            request_types=[],
            fee_amount=-5,
            fee_payment=FeePayment.NONE,
        )
    )
    assert list(problems.by_field) == [
        "received_on",
        "postmarked_on",
        "requester_name",
        "requester_birth_date",
        "requester_postal_code",
        "agent_name",
        "request_types",
        "fee_amount",
    ]
    assert problems.sentence() == " ".join(problems.by_field.values())
    assert problems.sentence().startswith("The arrival date is in the future. ")
    assert problems.sentence().endswith("The fee cannot be negative.")
    assert all(message.endswith(".") for message in problems.by_field.values())


def test_fee_without_payment_and_duplicate_type_together() -> None:
    problems = check_intake(
        **valid(
            request_types=[RequestType.PURPOSE_OF_USE, RequestType.PURPOSE_OF_USE],
            fee_amount=300,
            fee_payment=FeePayment.NONE,
        )
    )
    assert set(problems.by_field) == {"request_types", "fee_payment"}


# --- IntakeProblems ----------------------------------------------------------------------------


def test_problems_keep_the_first_message_per_field() -> None:
    problems = IntakeProblems()
    assert not problems
    problems.add("a", "First.")
    problems.add("a", "Second.")
    problems.add("b", "Other.")
    assert problems.by_field == {"a": "First.", "b": "Other."}
    assert problems
    assert problems.sentence() == "First. Other."


def test_problems_instances_do_not_share_state() -> None:
    first = IntakeProblems()
    first.add("a", "x")
    assert IntakeProblems().by_field == {}
