"""Today view, possible duplicates, decisions and case history."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.domain.decisions import Outcome, RefusalGround
from privacy_desk.domain.fees import add_months, money_order_expires_on
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.services import cases, decisions
from privacy_desk.services.cases import RequestInput
from privacy_desk.services.context import DeskContext
from privacy_desk.services.duplicates import possible_duplicates
from privacy_desk.services.history import case_history
from privacy_desk.services.today import today_view
from tests.helpers.cases import log_case
from tests.helpers.documents import verify_identity


def test_today_lists_due_overdue_waiting_and_expiring(desk: DeskContext) -> None:
    due = log_case(desk, received_on=date(2026, 11, 9))  # target 24 Nov = today
    late = log_case(desk, received_on=date(2026, 11, 2))  # target 17 Nov
    waiting = log_case(desk, received_on=date(2026, 11, 2))
    cases.move_status(desk, waiting, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 4))
    fresh_wait = log_case(desk, received_on=date(2026, 11, 20))
    cases.move_status(desk, fresh_wait, CaseStatus.AWAITING_DOCUMENTS, on=date(2026, 11, 20))
    expiring = log_case(
        desk, received_on=date(2026, 11, 24), money_order_issued_on=date(2026, 6, 10)
    )
    view = today_view(desk)
    assert [r.reference for r in view.due_today] == [due]
    assert [r.reference for r in view.overdue] == [late]
    assert [r.reference for r in view.waiting_long] == [waiting]  # 20 days > 14
    assert [(m.case.reference, m.expires_on) for m in view.expiring_money_orders] == [
        (expiring, date(2026, 12, 10))
    ]


@pytest.mark.parametrize(
    ("issued", "expires"),
    [
        (date(2026, 6, 10), date(2026, 12, 10)),  # counted from 11 Jun: ends 10 Dec
        (date(2026, 8, 31), date(2027, 2, 28)),  # from 1 Sep: the day before 1 Mar
        (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 8, 30), date(2027, 2, 28)),  # from 31 Aug: February has no 31st
        (date(2026, 12, 31), date(2027, 6, 30)),
    ],
)
def test_money_orders_are_valid_six_months(issued: date, expires: date) -> None:
    assert money_order_expires_on(issued) == expires
    assert add_months(date(2026, 1, 31), 1) is None


def test_possible_duplicates_by_name_and_birth_or_by_address(desk: DeskContext) -> None:
    first = log_case(desk, requester_name="山田　花子", requester_birth_date=date(1980, 4, 1))
    closed = log_case(desk, requester_name="山田　花子", requester_address="東京都千代田区試験1-1")
    cases.move_status(desk, closed, CaseStatus.WITHDRAWN)
    found = possible_duplicates(
        desk, name="山田 花子", birth_date=date(1980, 4, 1), address="大阪府大阪市北区試験9"
    )
    assert [r.reference for r in found] == [first]
    by_address = possible_duplicates(
        desk, name="別人　一郎", birth_date=None, address="京都府向日市寺戸町試験1-2"
    )
    assert [r.reference for r in by_address] == [first]  # the withdrawn one is not open
    assert possible_duplicates(desk, name="山田 花子", birth_date=None, address="京都府") == []


def test_decisions_follow_the_law(desk: DeskContext) -> None:
    ref = log_case(
        desk,
        requests=[RequestInput(RequestType.DISCLOSURE), RequestInput(RequestType.CORRECTION)],
    )
    with pytest.raises(InvalidInput, match=r"statutory ground \(APPI Art. 33\(2\)"):
        decisions.record_decision(desk, ref, 0, Outcome.REFUSED, explanation="理由")
    with pytest.raises(InvalidInput, match=r"Art\. 36"):
        decisions.record_decision(desk, ref, 0, Outcome.REFUSED, ground=RefusalGround.OTHER_LAW)
    with pytest.raises(InvalidInput, match="only to a refused or partial disclosure"):
        decisions.record_decision(desk, ref, 1, Outcome.DONE, ground=RefusalGround.OTHER_LAW)
    case = decisions.record_decision(
        desk, ref, 0, Outcome.REFUSED, ground=RefusalGround.OTHER_LAW, explanation="法令に抵触"
    )
    request = case.requests[0]
    assert (request.outcome, request.refusal_ground, request.decided_by) == (
        Outcome.REFUSED,
        RefusalGround.OTHER_LAW,
        "clerk",
    )
    with pytest.raises(InvalidInput, match=r"Art\. 36"):  # correction refused without reasons
        decisions.record_decision(desk, ref, 1, Outcome.REFUSED)
    decisions.record_decision(desk, ref, 1, Outcome.DONE)
    history = case_history(desk, ref)
    assert [h.action for h in history] == ["case.create", "case.decide", "case.decide"]
    assert history[1].new_value == {
        "outcome": "refused",
        "refusal_ground": "other_law",
        "explanation": "法令に抵触",
    }
    verify_identity(desk, ref)
    cases.move_status(desk, ref, CaseStatus.IN_PROGRESS)
    # the two-person rule: the refusal waits for another manager
    with pytest.raises(InvalidInput, match="two-person rule"):
        cases.move_status(desk, ref, CaseStatus.DECIDED)
    desk.role = Role.MANAGER
    with pytest.raises(NotAllowed, match="cannot also approve"):
        decisions.approve_decision(desk, ref, 0)  # "clerk" recorded it
    desk.actor = "suzuki"
    with pytest.raises(InvalidInput, match="needs no approval"):
        decisions.approve_decision(desk, ref, 1)  # correction done: nothing to approve
    decisions.approve_decision(desk, ref, 0)
    with pytest.raises(InvalidInput, match="approved this decision already"):
        decisions.approve_decision(desk, ref, 0)
    desk.actor, desk.role = "clerk", Role.STAFF
    with pytest.raises(NotAllowed):
        decisions.approve_decision(desk, ref, 0)
    cases.move_status(desk, ref, CaseStatus.DECIDED)
    cases.move_status(desk, ref, CaseStatus.REPLIED)
    with pytest.raises(InvalidInput, match="can no longer change"):
        decisions.record_decision(desk, ref, 1, Outcome.PARTLY, explanation="x")
