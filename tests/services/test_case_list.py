"""The case list in SQL: search folding, filters, quick counts, sort orders, urgency."""

from __future__ import annotations

from datetime import date

import pytest

from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.status import CaseStatus
from privacy_desk.services import cases, demo
from privacy_desk.services.case_list import (
    CaseQuery,
    QuickFilter,
    SortKey,
    Urgency,
    assignees,
    count_cases,
    fetch_cases,
)
from privacy_desk.services.cases import RequestInput
from privacy_desk.services.context import DeskContext
from tests.helpers.cases import new_case


def _refs(desk: DeskContext, query: CaseQuery) -> list[str]:
    return [row.reference for row in fetch_cases(desk, query, 0, 1000)]


@pytest.fixture
def three(desk: DeskContext) -> DeskContext:
    cases.log_request(
        desk,
        new_case(
            requester_name="山田　太郎",
            requester_kana="ヤマダ　タロウ",
            requester_phone="075-931-1234",
            received_on=date(2026, 11, 2),
            postmarked_on=None,
        ),
    )
    cases.log_request(desk, new_case(received_on=date(2026, 11, 24), postmarked_on=None))
    cases.log_request(
        desk,
        new_case(
            requester_name="Ｓｍｉｔｈ　Ｊａｎｅ",
            requester_kana="スミス　ジェーン",
            requests=[RequestInput(RequestType.CORRECTION)],
            received_on=date(2026, 11, 18),
            postmarked_on=None,
            fee_amount=0,
            assigned_to="nakamura",
        ),
    )
    return desk


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("やまだ", ["2026-0001"]),  # hiragana finds katakana
        ("ﾔﾏﾀﾞ ﾀﾛｳ", ["2026-0001"]),  # half-width katakana with a space
        ("山田太郎", ["2026-0001"]),  # without the full-width space
        ("0759311234", ["2026-0001"]),  # phone without hyphens
        ("smith", ["2026-0003"]),  # full-width Latin, any case
        ("2026-0002", ["2026-0002"]),
        ("寺戸町", ["2026-0001", "2026-0002", "2026-0003"]),
        ("|", ["2026-0001", "2026-0002", "2026-0003"]),  # punctuation alone: no filter
        ("%", []),  # no wildcard either
    ],
)
def test_search_folds_what_was_typed(three: DeskContext, text: str, expected: list[str]) -> None:
    query = CaseQuery(search=text, sort=SortKey.REFERENCE, descending=False)
    assert _refs(three, query) == expected
    assert count_cases(three, query).total == len(expected)


def test_filters_and_quick_counts(three: DeskContext) -> None:
    # 2026-0001 arrived 2 Nov: target 17 Nov has passed on 24 Nov
    counts = count_cases(three, CaseQuery())
    assert counts.by_quick == {
        QuickFilter.ALL: 3,
        QuickFilter.OVERDUE: 1,
        QuickFilter.DUE_SOON: 0,
        QuickFilter.AWAITING_DOCUMENTS: 0,
    }
    assert _refs(three, CaseQuery(quick=QuickFilter.OVERDUE)) == ["2026-0001"]
    assert _refs(three, CaseQuery(request_type=RequestType.CORRECTION)) == ["2026-0003"]
    assert _refs(three, CaseQuery(assignee="nakamura")) == ["2026-0003"]
    assert _refs(three, CaseQuery(assignee="", sort=SortKey.REFERENCE, descending=False)) == [
        "2026-0001",
        "2026-0002",
    ]
    cases.move_status(three, "2026-0002", CaseStatus.AWAITING_DOCUMENTS)
    assert _refs(three, CaseQuery(quick=QuickFilter.AWAITING_DOCUMENTS)) == ["2026-0002"]
    assert _refs(three, CaseQuery(statuses=frozenset({CaseStatus.RECEIVED}))) == [
        "2026-0003",
        "2026-0001",
    ]


def test_rows_carry_days_left_and_urgency(three: DeskContext) -> None:
    rows = {r.reference: r for r in fetch_cases(three, CaseQuery(), 0, 10)}
    assert rows["2026-0001"].urgency is Urgency.OVERDUE
    assert rows["2026-0001"].days_left == -4  # 17 Nov; 18, 19, 20 and 24 Nov have passed
    assert rows["2026-0002"].urgency is Urgency.NONE and rows["2026-0002"].days_left == 10
    assert rows["2026-0003"].request_types == (RequestType.CORRECTION,)
    cases.move_status(three, "2026-0002", CaseStatus.AWAITING_DOCUMENTS)
    paused = fetch_cases(three, CaseQuery(search="2026-0002"), 0, 1)[0]
    assert paused.urgency is Urgency.PAUSED and paused.days_left is None


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_is_total_and_pages_join_up(
    desk: DeskContext, key: SortKey, descending: bool
) -> None:
    demo.add_demo_cases(desk, 120, seed=2)
    query = CaseQuery(sort=key, descending=descending)
    whole = _refs(desk, query)
    pages = [
        r.reference for start in range(0, 120, 25) for r in fetch_cases(desk, query, start, 25)
    ]
    assert pages == whole and len(set(whole)) == 120


def test_requester_sort_follows_the_kana_reading(three: DeskContext) -> None:
    rows = fetch_cases(three, CaseQuery(sort=SortKey.REQUESTER, descending=False), 0, 10)
    assert [r.requester_kana for r in rows] == [
        "シケン　ハナコ",
        "スミス　ジェーン",
        "ヤマダ　タロウ",
    ]


def test_assignees_include_the_acting_user(three: DeskContext) -> None:
    assert assignees(three) == ["clerk", "nakamura"]
