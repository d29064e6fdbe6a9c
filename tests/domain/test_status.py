"""Tests for privacy_desk.domain.status: the life of a case as a state machine."""

from __future__ import annotations

import itertools

import pytest

from privacy_desk.domain.status import (
    CLOSING_STATUSES,
    TRANSITIONS,
    CaseStatus,
    allowed_moves,
    check_move,
)
from privacy_desk.errors import IllegalTransition, UserError

S = CaseStatus

# The expected machine, written out independently of the module's table.
EXPECTED_TRANSITIONS: dict[CaseStatus, set[CaseStatus]] = {
    S.RECEIVED: {S.AWAITING_DOCUMENTS, S.VERIFIED, S.WITHDRAWN, S.REJECTED_INCOMPLETE},
    S.AWAITING_DOCUMENTS: {
        S.RECEIVED,
        S.VERIFIED,
        S.IN_PROGRESS,
        S.WITHDRAWN,
        S.REJECTED_INCOMPLETE,
    },
    S.VERIFIED: {S.AWAITING_DOCUMENTS, S.IN_PROGRESS, S.WITHDRAWN},
    S.IN_PROGRESS: {S.AWAITING_DOCUMENTS, S.DECIDED, S.WITHDRAWN},
    S.DECIDED: {S.IN_PROGRESS, S.REPLIED, S.WITHDRAWN},
    S.REPLIED: {S.CLOSED},
    S.CLOSED: set(),
    S.WITHDRAWN: set(),
    S.REJECTED_INCOMPLETE: set(),
}

FINAL = {S.CLOSED, S.WITHDRAWN, S.REJECTED_INCOMPLETE}

ALL_PAIRS = list(itertools.product(CaseStatus, CaseStatus))
ALLOWED_PAIRS = [(a, b) for a, b in ALL_PAIRS if b in TRANSITIONS[a]]
REFUSED_PAIRS = [(a, b) for a, b in ALL_PAIRS if b not in TRANSITIONS[a]]


def _id(value: object) -> str:
    return str(value)


def test_statuses_and_stored_values() -> None:
    assert [s.value for s in CaseStatus] == [
        "received",
        "awaiting_documents",
        "verified",
        "in_progress",
        "decided",
        "replied",
        "closed",
        "withdrawn",
        "rejected_incomplete",
    ]


def test_transition_table_is_the_expected_one() -> None:
    assert set(TRANSITIONS) == set(CaseStatus)
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED_TRANSITIONS


def test_pair_partition_covers_the_whole_product() -> None:
    assert len(ALL_PAIRS) == 81
    assert len(ALLOWED_PAIRS) == sum(len(v) for v in EXPECTED_TRANSITIONS.values()) == 19
    assert len(ALLOWED_PAIRS) + len(REFUSED_PAIRS) == 81


@pytest.mark.parametrize(("current", "new"), ALLOWED_PAIRS, ids=_id)
def test_allowed_moves_pass(current: CaseStatus, new: CaseStatus) -> None:
    check_move(current, new)  # does not raise
    assert new in allowed_moves(current)


@pytest.mark.parametrize(("current", "new"), REFUSED_PAIRS, ids=_id)
def test_refused_moves_raise(current: CaseStatus, new: CaseStatus) -> None:
    with pytest.raises(IllegalTransition) as info:
        check_move(current, new)
    assert isinstance(info.value, UserError)
    message = str(info.value)
    assert f"'{current.label}'" in message
    if new is current:
        assert "already" in message
        assert "final" not in message
    elif current in FINAL:
        assert "final" in message
        assert f"'{new.label}'" in message
    else:
        assert "already" not in message
        assert "final" not in message
        assert f"cannot become '{new.label}'" in message
        _, _, options = message.partition("it can become ")
        listed = options.rstrip(".").split(", ")
        expected = [f"'{s.label}'" for s in CaseStatus if s in EXPECTED_TRANSITIONS[current]]
        assert listed == expected


@pytest.mark.parametrize("status", list(CaseStatus), ids=_id)
def test_same_status_says_already(status: CaseStatus) -> None:
    with pytest.raises(IllegalTransition, match="already") as info:
        check_move(status, status)
    assert str(info.value) == f"The case is already '{status.label}'."


@pytest.mark.parametrize(
    ("current", "new", "message"),
    [
        (
            S.CLOSED,
            S.RECEIVED,
            "The case is 'Closed', which is final; it cannot become 'Received'.",
        ),
        (
            S.WITHDRAWN,
            S.IN_PROGRESS,
            "The case is 'Withdrawn', which is final; it cannot become 'In progress'.",
        ),
        (
            S.RECEIVED,
            S.DECIDED,
            "A case that is 'Received' cannot become 'Decided'; it can become "
            "'Awaiting documents', 'Identity verified', 'Withdrawn', 'Rejected as incomplete'.",
        ),
        (
            S.REPLIED,
            S.WITHDRAWN,
            "A case that is 'Replied' cannot become 'Withdrawn'; it can become 'Closed'.",
        ),
        (
            S.IN_PROGRESS,
            S.REPLIED,
            "A case that is 'In progress' cannot become 'Replied'; it can become "
            "'Awaiting documents', 'Decided', 'Withdrawn'.",
        ),
    ],
)
def test_exact_messages(current: CaseStatus, new: CaseStatus, message: str) -> None:
    with pytest.raises(IllegalTransition) as info:
        check_move(current, new)
    assert str(info.value) == message


def test_main_path_step_by_step() -> None:
    path = [S.RECEIVED, S.VERIFIED, S.IN_PROGRESS, S.DECIDED, S.REPLIED, S.CLOSED]
    for current, new in itertools.pairwise(path):
        check_move(current, new)
    assert path[-1].is_final


@pytest.mark.parametrize("current", [S.RECEIVED, S.VERIFIED, S.IN_PROGRESS], ids=_id)
def test_awaiting_documents_can_be_entered_from(current: CaseStatus) -> None:
    check_move(current, S.AWAITING_DOCUMENTS)


def test_awaiting_documents_entered_only_from_those() -> None:
    sources = {s for s in CaseStatus if S.AWAITING_DOCUMENTS in TRANSITIONS[s]}
    assert sources == {S.RECEIVED, S.VERIFIED, S.IN_PROGRESS}


@pytest.mark.parametrize("status", list(CaseStatus), ids=_id)
def test_flags(status: CaseStatus) -> None:
    assert status.is_final is (status in FINAL)
    assert status.is_open is (status not in FINAL)
    assert status.pauses_clock is (status is S.AWAITING_DOCUMENTS)
    assert status.awaits_reply is (status not in {S.REPLIED, *FINAL})
    assert status.label
    assert status.label == status.label.strip()


def test_closing_statuses_are_the_final_ones() -> None:
    assert frozenset(FINAL) == CLOSING_STATUSES
    assert frozenset(s for s in CaseStatus if s.is_final) == CLOSING_STATUSES


def test_labels_are_distinct() -> None:
    labels = [s.label for s in CaseStatus]
    assert len(set(labels)) == len(labels)


def test_every_status_is_reachable_from_received() -> None:
    seen = {S.RECEIVED}
    frontier = [S.RECEIVED]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(CaseStatus)


@pytest.mark.parametrize("status", [s for s in CaseStatus if not s.is_final], ids=_id)
def test_every_open_status_can_reach_an_end(status: CaseStatus) -> None:
    seen = {status}
    frontier = [status]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen & CLOSING_STATUSES


def test_no_status_moves_to_itself() -> None:
    for status, targets in TRANSITIONS.items():
        assert status not in targets
