"""Tests for privacy_desk.domain.requests and privacy_desk.domain.reference."""

from __future__ import annotations

import pytest

from privacy_desk.domain.reference import format_reference, parse_reference
from privacy_desk.domain.requests import (
    DisclosureMethod,
    EnclosureKind,
    FeePayment,
    RequesterKind,
    RequestType,
)
from privacy_desk.errors import InvalidInput

Labelled = RequestType | RequesterKind | DisclosureMethod | FeePayment | EnclosureKind

ENUMS: list[type[Labelled]] = [
    RequestType,
    RequesterKind,
    DisclosureMethod,
    FeePayment,
    EnclosureKind,
]
MEMBERS: list[Labelled] = [member for enum in ENUMS for member in enum]


def _id(value: object) -> str:
    return f"{type(value).__name__}.{value}"


# --- enums -------------------------------------------------------------------------------------


def test_stored_values_are_stable() -> None:
    # These strings are in databases: renaming one would orphan stored cases.
    assert [t.value for t in RequestType] == [
        "purpose_of_use",
        "disclosure",
        "provision_records",
        "correction",
        "suspension_or_erasure",
        "suspension_of_provision",
    ]
    assert [k.value for k in RequesterKind] == [
        "principal",
        "minor_agent",
        "adult_ward_agent",
        "appointed_agent",
        "professional_agent",
    ]
    assert [m.value for m in DisclosureMethod] == [
        "paper",
        "electronic_media",
        "electronic_mail",
        "other",
    ]
    assert [p.value for p in FeePayment] == ["none", "postal_money_order", "stamps"]
    assert [e.value for e in EnclosureKind] == [
        "request_form",
        "identity_document",
        "agent_proof",
        "fee",
        "return_envelope",
        "other",
    ]


@pytest.mark.parametrize("member", MEMBERS, ids=_id)
def test_every_member_has_a_label(member: Labelled) -> None:
    label = member.label
    assert isinstance(label, str)
    assert label.strip()
    assert label == label.strip()


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_are_distinct_within_an_enum(enum: type[Labelled]) -> None:
    labels = [m.label for m in enum]
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize(
    ("request_type", "allowed"),
    [
        (RequestType.PURPOSE_OF_USE, True),
        (RequestType.DISCLOSURE, True),
        (RequestType.PROVISION_RECORDS, True),
        (RequestType.CORRECTION, False),
        (RequestType.SUSPENSION_OR_ERASURE, False),
        (RequestType.SUSPENSION_OF_PROVISION, False),
    ],
    ids=str,
)
def test_fee_allowed(request_type: RequestType, allowed: bool) -> None:
    assert request_type.fee_allowed is allowed


def test_fee_allowed_exactly_for_three_types() -> None:
    assert {t for t in RequestType if t.fee_allowed} == {
        RequestType.PURPOSE_OF_USE,
        RequestType.DISCLOSURE,
        RequestType.PROVISION_RECORDS,
    }


@pytest.mark.parametrize(
    ("request_type", "article"),
    [
        (RequestType.PURPOSE_OF_USE, "32(2)"),
        (RequestType.DISCLOSURE, "33(1)"),
        (RequestType.PROVISION_RECORDS, "33(5)"),
        (RequestType.CORRECTION, "34"),
        (RequestType.SUSPENSION_OR_ERASURE, "35(1), 35(5)"),
        (RequestType.SUSPENSION_OF_PROVISION, "35(3), 35(5)"),
    ],
    ids=str,
)
def test_articles_as_renumbered_in_2022(request_type: RequestType, article: str) -> None:
    assert request_type.article == article


@pytest.mark.parametrize(
    ("kind", "is_agent"),
    [
        (RequesterKind.PRINCIPAL, False),
        (RequesterKind.MINOR_AGENT, True),
        (RequesterKind.ADULT_WARD_AGENT, True),
        (RequesterKind.APPOINTED_AGENT, True),
        (RequesterKind.PROFESSIONAL_AGENT, True),
    ],
    ids=str,
)
def test_requester_kind_is_agent(kind: RequesterKind, is_agent: bool) -> None:
    assert kind.is_agent is is_agent


def test_enums_round_trip_through_their_values() -> None:
    for member in MEMBERS:
        assert type(member)(member.value) is member
        assert member == member.value  # StrEnum compares equal to its stored text


# --- references --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "sequence", "text"),
    [
        (2026, 42, "2026-0042"),
        (2026, 1, "2026-0001"),
        (2026, 9999, "2026-9999"),
        (2026, 10000, "2026-10000"),
        (2026, 12345, "2026-12345"),
        (2026, 999999, "2026-999999"),
        (2025, 100, "2025-0100"),
    ],
)
def test_format_and_parse_reference(year: int, sequence: int, text: str) -> None:
    assert format_reference(year, sequence) == text
    assert parse_reference(text) == (year, sequence)
    assert parse_reference(format_reference(year, sequence)) == (year, sequence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" 2026-0042 ", (2026, 42)),
        ("2026-0042\n", (2026, 42)),
        ("2026-00042", (2026, 42)),
    ],
)
def test_parse_reference_tolerates(text: str, expected: tuple[int, int]) -> None:
    assert parse_reference(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026",
        "2026-",
        "2026-42",
        "2026-042",
        "26-0042",
        "02026-0042",
        "2026-1234567",
        "2026/0042",
        "2026_0042",
        "2026 0042",
        "2026-0042x",
        "x2026-0042",
        "abcd-0042",
        "2026-00a2",
        "2026--042",
    ],
)
def test_parse_reference_errors(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_reference(text)
    message = str(info.value)
    assert f"'{text}'" in message
    assert "2026-0042" in message  # shows the expected shape
