"""Logging and moving cases: references, deadlines, pauses, the audit trail."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.requests import RequesterKind
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import IllegalTransition, InvalidInput, NotFound
from privacy_desk.services import cases, decisions
from privacy_desk.services.context import DeskContext
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import new_case
from tests.helpers.documents import add_licence, verify_identity


def _trail(desk: DeskContext, reference: str) -> list[AuditEntry]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == reference).order_by(AuditEntry.id)
            )
        )


def test_logging_gives_sequential_references_per_year(desk: DeskContext) -> None:
    first = cases.log_request(desk, new_case())
    second = cases.log_request(desk, new_case())
    older = cases.log_request(
        desk, new_case(received_on=date(2025, 12, 26), postmarked_on=date(2025, 12, 24))
    )
    assert (first.reference, second.reference, older.reference) == (
        "2026-0001",
        "2026-0002",
        "2025-0001",
    )


def test_a_logged_case_has_its_deadlines_and_a_create_entry(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    # 10 business days after Mon 9 Nov, skipping Mon 23 Nov (Labour Thanksgiving Day)
    assert case.target_on == date(2026, 11, 24)
    assert case.legal_line_on == date(2026, 11, 23)
    assert case.status is CaseStatus.RECEIVED
    assert case.requester_postal_code == "6170002"
    stored = cases.get_case(desk, case.reference)
    assert [r.request_type for r in stored.requests] == [
        r.request_type for r in new_case().requests
    ]
    assert [e.kind for e in stored.enclosures] == [e.kind for e in new_case().enclosures]
    trail = _trail(desk, case.reference)
    assert [(e.action, e.actor) for e in trail] == [("case.create", "clerk")]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"requests": []}, "Tick at least one request type"),
        ({"requester_kind": RequesterKind.APPOINTED_AGENT}, "enter the agent's name"),
        ({"requester_postal_code": "617-00"}, "7 digits"),
        ({"requester_birth_date": date(2027, 1, 1)}, "date of birth is in the future"),
        ({"received_on": date(2026, 11, 25)}, "arrival date is in the future"),
        ({"requester_name": "  "}, "Enter the requester's name"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    desk: DeskContext, overrides: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        cases.log_request(desk, new_case(**overrides))
    with desk.db.read() as session:
        assert session.scalars(select(AuditEntry)).all() == []


def test_changes_are_audited_field_by_field(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case())
    cases.update_case(
        desk,
        case.reference,
        {"requester_address": "京都府向日市鶏冠井町試験3", "requester_phone": "075-000-0000"},
    )
    changes = [e for e in _trail(desk, case.reference) if e.action == "case.change"]
    assert [
        (e.field, json.loads(e.old_value or "null"), json.loads(e.new_value or "null"))
        for e in changes
    ] == [
        ("requester_address", "京都府向日市寺戸町試験1-2", "京都府向日市鶏冠井町試験3")
    ]  # the unchanged phone number is not recorded


def test_unknown_fields_and_cases_are_refused(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case())
    with pytest.raises(InvalidInput, match="status"):
        cases.update_case(desk, case.reference, {"status": CaseStatus.CLOSED})
    with pytest.raises(NotFound, match="2030-0001"):
        cases.get_case(desk, "2030-0001")


def test_a_case_moves_along_and_closes(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    verify_identity(desk, case.reference, on=date(2026, 11, 10))
    cases.move_status(desk, case.reference, CaseStatus.IN_PROGRESS, on=date(2026, 11, 11))
    with pytest.raises(InvalidInput, match="Record a decision for every request type first"):
        cases.move_status(desk, case.reference, CaseStatus.DECIDED)
    decisions.record_decision(desk, case.reference, 0, Outcome.DONE)
    for status, on in [
        (CaseStatus.DECIDED, date(2026, 11, 17)),
        (CaseStatus.REPLIED, date(2026, 11, 18)),
        (CaseStatus.CLOSED, date(2026, 11, 20)),
    ]:
        case = cases.move_status(desk, case.reference, status, on=on)
    assert case.closed_on == date(2026, 11, 20)
    moves = [
        (json.loads(e.old_value or ""), json.loads(e.new_value or ""))
        for e in _trail(desk, case.reference)
        if e.action == "case.status"
    ]
    assert moves[0] == ("received", "verified") and moves[-1] == ("replied", "closed")
    with pytest.raises(IllegalTransition, match="final"):
        cases.move_status(desk, case.reference, CaseStatus.IN_PROGRESS)


def test_awaiting_documents_pauses_the_clock(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    before = case.target_on
    case = cases.move_status(
        desk, case.reference, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 10), reason="ID"
    )
    assert case.paused_days == 14  # 11 Nov .. 24 Nov (today) do not count
    assert case.target_on > before
    add_licence(desk, case.reference, received_on=date(2026, 11, 13))
    case = cases.move_status(desk, case.reference, CaseStatus.VERIFIED, on=date(2026, 11, 13))
    assert [(p.started_on, p.ended_on) for p in case.pauses] == [
        (date(2026, 11, 10), date(2026, 11, 13))
    ]
    assert case.paused_days == 3
    # 11, 12, 13 Nov are paused: three business days later than without the pause
    assert case.target_on == date(2026, 11, 27)
    assert case.legal_line_on == date(2026, 11, 23)  # the law knows no pause


def test_paused_deadlines_are_refreshed_day_by_day(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    cases.move_status(desk, case.reference, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 10))
    desk.today = lambda: date(2026, 11, 26)
    assert cases.refresh_paused_deadlines(desk) == 1
    assert cases.get_case(desk, case.reference).paused_days == 16
    assert cases.refresh_paused_deadlines(desk) == 0


def test_extensions_move_the_target_with_a_reason(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    with pytest.raises(InvalidInput, match="reason"):
        cases.extend_target(desk, case.reference, date(2026, 12, 4), " ")
    with pytest.raises(InvalidInput, match="later than the current one"):
        cases.extend_target(desk, case.reference, date(2026, 11, 20), "more time")
    case = cases.extend_target(desk, case.reference, date(2026, 12, 4), "records in 3 depts")
    assert case.target_on == date(2026, 12, 4)
    assert [(e.previous_target_on, e.new_target_on, e.granted_by) for e in case.extensions] == [
        (date(2026, 11, 24), date(2026, 12, 4), "clerk")
    ]


def test_status_dates_must_lie_between_arrival_and_today(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case(received_on=date(2026, 11, 9)))
    with pytest.raises(InvalidInput, match="between arrival and today"):
        cases.move_status(desk, case.reference, CaseStatus.VERIFIED, on=date(2026, 11, 1))


def test_the_audit_chain_stays_whole_through_a_case_life(desk: DeskContext) -> None:
    case = cases.log_request(desk, new_case())
    cases.update_case(desk, case.reference, {"notes": "電話あり"})
    cases.move_status(desk, case.reference, CaseStatus.WITHDRAWN)
    with desk.db.read() as session:
        verdict = verify_chain(session)
    assert verdict.ok and verdict.entries == 3
