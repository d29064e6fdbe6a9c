"""The report figures, checked against figures computed independently from the exported
cases (issue 8)."""

from __future__ import annotations

import json
import statistics as stats
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from privacy_desk.domain.complaints import Channel, ContactKind
from privacy_desk.domain.decisions import Outcome
from privacy_desk.domain.requests import RequesterKind, RequestType
from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.services import complaints, demo, statistics
from privacy_desk.services.complaints import ComplaintData
from privacy_desk.services.context import DeskContext
from privacy_desk.services.export import export_cases


def exported(desk: DeskContext, tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    export_cases(desk, "json", tmp_path / "cases.json")
    return json.loads((tmp_path / "cases.json").read_text(encoding="utf-8"))["cases"]


def within(value: str | None, period: statistics.Period) -> bool:
    return value is not None and period.start <= date.fromisoformat(value) <= period.end


@pytest.fixture
def office(desk: DeskContext) -> DeskContext:
    demo.add_demo_cases(desk, 600, seed=11)
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


@pytest.mark.parametrize(
    "period",
    [
        statistics.month_period(2026, 10),
        statistics.year_period(2025),
        statistics.month_period(2026, 11),  # not over yet: "at the end" is today
    ],
)
def test_the_figures_match_the_exported_cases(
    office: DeskContext, tmp_path: Path, period: statistics.Period
) -> None:
    cases = exported(office, tmp_path)
    figures = statistics.figures(office, period)

    arrived = [c for c in cases if within(c["received_on"], period)]
    assert figures.received == len(arrived) > 0
    assert figures.by_type == Counter(
        RequestType(t) for c in arrived for t in set(c["request_types"])
    )
    assert figures.by_requester_kind == Counter(RequesterKind(c["requester_kind"]) for c in arrived)
    decided = [r for c in cases for r in c["requests"] if within(r["decided_on"], period)]
    assert figures.outcomes == Counter(Outcome(r["outcome"]) for r in decided)
    assert figures.decided == len(decided)

    replied = [c for c in cases if within(c["replied_on"], period)]
    assert figures.replied == len(replied) > 0
    calendar = office.calendar

    def business_days(c: dict) -> int:  # type: ignore[type-arg]
        start, end = date.fromisoformat(c["received_on"]), date.fromisoformat(c["replied_on"])
        return sum(
            calendar.is_business_day(start + timedelta(days=n))
            for n in range(1, (end - start).days + 1)
        )

    spans = [business_days(c) for c in replied]
    assert figures.handling.count == len(spans)
    assert figures.handling.mean == round(stats.fmean(spans), 1)
    assert figures.handling.median == stats.median(spans)
    assert figures.handling.longest == max(spans)
    assert figures.replied_after_target == sum(c["replied_on"] > c["target_on"] for c in replied)
    assert figures.replied_after_legal_line == sum(
        c["replied_on"] > c["legal_line_on"] for c in replied
    )

    end = min(period.end, office.today()).isoformat()
    owed = [
        c
        for c in cases
        if c["received_on"] <= end
        and (c["replied_on"] is None or c["replied_on"] > end)
        and (c["closed_on"] is None or c["closed_on"] > end)
    ]
    assert figures.open_at_end == len(owed)
    waiting = [
        c
        for c in owed
        if any(
            p["started_on"] <= end and (p["ended_on"] is None or p["ended_on"] > end)
            for p in c["pauses"]
        )
    ]
    assert figures.awaiting_documents_at_end == len(waiting)
    assert figures.over_target_at_end == sum(
        c["target_on"] < end and c not in waiting for c in owed
    )
    assert figures.withdrawn == sum(
        c["status"] == CaseStatus.WITHDRAWN.value and within(c["closed_on"], period) for c in cases
    )
    paid = [c for c in arrived if c["fee"]["amount"] > 0 and c["fee"]["payment"] != "none"]
    assert (figures.fees_received, figures.fees_yen) == (
        len(paid),
        sum(c["fee"]["amount"] for c in paid),
    )


def test_the_previous_period_and_the_trend(office: DeskContext) -> None:
    data = statistics.report_data(office, statistics.month_period(2026, 1))
    assert data.previous.period == statistics.month_period(2025, 12)
    months = [p.label for p, _ in data.trend]
    assert (len(months), months[0], months[-1]) == (12, "2025-02", "2026-01")
    assert data.trend[-1][1] == data.current.received
    year = statistics.report_data(office, statistics.year_period(2026))
    assert year.previous.period == statistics.year_period(2025)


def test_complaints_count_in_their_period(office: DeskContext) -> None:
    call = ComplaintData(
        kind=ContactKind.COMPLAINT,
        received_on=date(2026, 10, 5),
        channel=Channel.PHONE,
        subject="返信が遅い",
    )
    complaints.record_complaint(office, call)
    complaints.record_complaint(
        office,
        replace(
            call, received_on=date(2026, 10, 20), response="説明した", closed_on=date(2026, 11, 2)
        ),
    )
    complaints.record_complaint(office, replace(call, kind=ContactKind.INQUIRY))
    october = statistics.figures(office, statistics.month_period(2026, 10))
    assert (october.complaints, october.inquiries, october.complaints_closed) == (2, 1, 0)
    assert october.complaints_open_at_end == 3
    november = statistics.figures(office, statistics.month_period(2026, 11))
    assert (november.complaints, november.complaints_closed) == (0, 1)
    assert november.complaints_open_at_end == 2


def test_periods_are_checked_and_reports_need_the_permission(desk: DeskContext) -> None:
    with pytest.raises(InvalidInput, match="not a month"):
        statistics.parse_month("October")
    with pytest.raises(InvalidInput, match="no month 2026-13"):
        statistics.parse_month("2026-13")
    assert statistics.parse_month("2026/02").end == date(2026, 2, 28)
    assert statistics.month_period(2028, 2).end == date(2028, 2, 29)
    desk.role = Role.STAFF
    with pytest.raises(NotAllowed):
        statistics.figures(desk, statistics.month_period(2026, 10))
