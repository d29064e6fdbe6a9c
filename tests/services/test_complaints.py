"""The complaints and inquiries log (issue 8)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.errors import InvalidInput
from privacy_desk.services import complaints
from privacy_desk.services.complaints import ComplaintData
from privacy_desk.services.context import DeskContext
from privacy_desk.store.audit import verify_chain
from privacy_desk.store.models import AuditEntry
from tests.helpers.cases import log_case

CALL = ComplaintData(
    kind=ContactKind.COMPLAINT,
    received_on=date(2026, 11, 20),
    channel=Channel.PHONE,
    subject="返信が遅いとの苦情",
    person_name="苦情　申出子",
    person_contact="075-000-0000",
)


def staff(desk: DeskContext) -> DeskContext:
    desk.role, desk.actor = Role.STAFF, "k.tanaka"
    return desk


def test_a_complaint_is_recorded_answered_and_closed(desk: DeskContext) -> None:
    staff(desk)
    ref = log_case(desk, received_on=date(2026, 11, 2))
    first = complaints.record_complaint(desk, replace(CALL, case_reference=ref))
    assert first.is_open and first.recorded_by == "k.tanaka"
    with pytest.raises(InvalidInput, match="Write the response"):
        complaints.change_complaint(desk, first.id, replace(first.data, closed_on=desk.today()))
    closed = complaints.change_complaint(
        desk,
        first.id,
        replace(
            first.data,
            response="経過を説明し謝罪した",
            closed_on=desk.today(),
            person_contact="075-111-1111",
        ),
    )
    assert not closed.is_open
    assert [c.id for c in complaints.complaints(desk, case_reference=ref)] == [first.id]
    assert complaints.complaints(desk, open_only=True) == []
    assert [c.id for c in complaints.complaints(desk, text="ﾍﾝｼﾝ")] == []  # kanji subject
    assert [c.id for c in complaints.complaints(desk, text="苦情申出子")] == [first.id]
    with desk.db.read() as session:
        assert verify_chain(session).ok
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "complaint")
        ).all()
    changes = {e.field: json.loads(e.new_value or "null") for e in entries if e.field}
    assert changes["person_contact"] == "(changed)" and changes["closed_on"] == "2026-11-24"
    assert all("075" not in (e.old_value or "") + (e.new_value or "") for e in entries)
    assert all("申出子" not in e.details for e in entries)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"subject": "  "}, "what the complaint"),
        ({"received_on": date(2026, 11, 25)}, "still to come"),
        ({"closed_on": date(2026, 11, 1), "response": "x"}, "before it came in"),
        ({"case_reference": "2026-9999"}, "no case 2026-9999"),
    ],
)
def test_a_faulty_record_is_refused_with_a_sentence(
    desk: DeskContext, change: dict[str, object], message: str
) -> None:
    staff(desk)
    with pytest.raises(InvalidInput, match=message):
        complaints.record_complaint(desk, replace(CALL, **change))  # type: ignore[arg-type]
    assert complaints.complaints(desk) == []


def test_reading_needs_a_role_and_the_period_filters(desk: DeskContext) -> None:
    staff(desk)
    complaints.record_complaint(desk, CALL)
    complaints.record_complaint(
        desk, replace(CALL, kind=ContactKind.INQUIRY, received_on=date(2026, 10, 1))
    )
    november = complaints.complaints(desk, since=date(2026, 11, 1), until=date(2026, 11, 30))
    assert [c.data.kind for c in november] == [ContactKind.COMPLAINT]
    assert len(complaints.complaints(desk, kind=ContactKind.INQUIRY)) == 1
    desk.role = None
    with pytest.raises(NotAllowed):
        complaints.complaints(desk)
