"""The management reports printed from a demo office of three years (issue 8)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select

from privacy_desk.domain.roles import NotAllowed, Role
from privacy_desk.domain.status import CaseStatus
from privacy_desk.errors import InvalidInput
from privacy_desk.letters.report import CURRENT_FILL, TREND_FILL
from privacy_desk.services import demo, reports, statistics
from privacy_desk.services.case_list import CaseQuery, QuickFilter, count_cases, fetch_cases
from privacy_desk.services.context import DeskContext
from privacy_desk.store.models import AuditEntry
from tests.conftest import TODAY
from tests.letters.test_report import (
    bars,
    lines_of,
    pages_of,
    proportional,
    rgb,
    row,
    text_of,
)

REFERENCE = re.compile(r"\b\d{4}-\d{4}\b")
#: Written out here rather than taken from the module, so that a wrong query fails.
OWED_A_REPLY = CaseQuery(statuses=frozenset(s for s in CaseStatus if s.awaits_reply))
PAST_TARGET = CaseQuery(quick=QuickFilter.OVERDUE)


@pytest.fixture
def office(desk: DeskContext) -> DeskContext:
    demo.add_demo_cases(desk, 300, seed=7)  # the desk's user is an administrator
    desk.role, desk.actor = Role.MANAGER, "m.sato"
    return desk


def printed(ctx: DeskContext) -> list[AuditEntry]:
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.print"))
        return list(entries)


def listed(pdf: bytes) -> list[str]:
    """The references in a case list (its dates are written 2026-11-24: no match)."""
    return REFERENCE.findall(text_of(pdf))


def test_the_monthly_report_carries_the_figures_of_the_month_and_the_one_before(
    office: DeskContext,
) -> None:
    october = statistics.month_period(2026, 10)
    data = statistics.report_data(office, october)
    now, before = data.current, data.previous
    assert now.received and before.received and now.handling.longest_reference
    pdf = reports.period_report_pdf(office, october)
    text = text_of(pdf)
    assert "月次報告 2026年10月" in text
    for title in ("1. 請求の受付", "2. 決定と終了", "3. 処理日数", "9. 受付件数の推移"):
        assert title in text
    difference = now.received - before.received
    change = f"+{difference}" if difference > 0 else f"−{-difference}" if difference else "±0"
    assert row(pdf, "受付件数") == [str(now.received), str(before.received), change]
    assert row(pdf, "回答した案件")[:2] == [str(now.replied), str(before.replied)]
    assert now.handling.longest_reference in row(pdf, "最長（営業日）と案件番号")[0]
    assert row(pdf, "手数料の合計")[:2] == [f"{now.fees_yen:,}円", f"{before.fees_yen:,}円"]
    assert row(pdf, "回答待ちの案件")[:2] == [str(now.open_at_end), str(before.open_at_end)]
    # the trend's columns stand for the twelve months' arrivals, October's dark
    fills = (rgb(TREND_FILL), rgb(CURRENT_FILL))
    columns = sorted((b for b in bars(pages_of(pdf)[-1]) if b.fill in fills), key=lambda b: b.x)
    arrivals = [n for _, n in data.trend if n]
    assert len(columns) == len(arrivals) and proportional([b.height for b in columns], arrivals)
    assert columns[-1].fill == rgb(CURRENT_FILL) and data.trend[-1][1] == now.received


def test_the_yearly_report_in_english(office: DeskContext) -> None:
    year = statistics.year_period(2025)
    data = statistics.report_data(office, year)
    pdf = reports.period_report_pdf(office, year, language="en")
    text = text_of(pdf)
    assert "Yearly report 2025" in text and "compared with 2024" in text
    assert row(pdf, "Requests received")[:2] == [
        f"{data.current.received:,}",
        f"{data.previous.received:,}",
    ]
    assert row(pdf, "Fees received")[:2] == [
        f"¥{data.current.fees_yen:,}",
        f"¥{data.previous.fees_yen:,}",
    ]
    assert len(pages_of(pdf)) <= 3


def test_a_month_without_requests_prints(office: DeskContext) -> None:
    pdf = reports.period_report_pdf(office, statistics.month_period(2020, 10))
    assert "この期間の受付はありません" in text_of(pdf)
    assert row(pdf, "受付件数") == ["0", "0", "±0"]


def test_the_open_cases_report_lists_every_case_owed_a_reply(office: DeskContext) -> None:
    expected = count_cases(office, OWED_A_REPLY).total
    assert expected > 0
    pdf = reports.open_cases_pdf(office)
    found = listed(pdf)
    assert len(found) == len(set(found)) == expected
    assert set(found) == {r.reference for r in fetch_cases(office, OWED_A_REPLY, 0, expected)}
    assert f"計 {expected}件" in text_of(pdf) and "社外秘" in text_of(pdf)


def test_the_overdue_report_lists_the_cases_past_their_target(office: DeskContext) -> None:
    office.today = lambda: TODAY + timedelta(days=21)  # three weeks on, several are late
    expected = count_cases(office, PAST_TARGET).total
    assert expected > 0
    pdf = reports.overdue_pdf(office, language="en")
    found = listed(pdf)
    assert len(found) == len(set(found)) == expected
    assert set(found) == {r.reference for r in fetch_cases(office, PAST_TARGET, 0, expected)}
    days_left = [line for line in lines_of(pdf) if re.fullmatch(r"−\d+", line)]
    assert len(days_left) == expected  # every one of them is past its target
    assert "Cases past their internal target" in text_of(pdf)


def test_every_print_is_audited_without_personal_data(office: DeskContext) -> None:
    names = {r.requester_name for r in fetch_cases(office, OWED_A_REPLY, 0, 1000)}
    reports.period_report_pdf(office, statistics.month_period(2026, 10))
    reports.period_report_pdf(office, statistics.year_period(2025), language="en")
    reports.open_cases_pdf(office)
    reports.overdue_pdf(office)
    entries = printed(office)
    details = [json.loads(e.details) for e in entries]
    assert [d["kind"] for d in details] == ["monthly", "yearly", "open_cases", "overdue"]
    assert details[0]["period"] == "2026-10" and details[1]["language"] == "en"
    assert details[2]["cases"] == count_cases(office, OWED_A_REPLY).total
    assert {e.actor for e in entries} == {"m.sato"}
    assert {e.entity_type for e in entries} == {"report"}
    recorded = json.dumps(details, ensure_ascii=False)
    assert names and not [name for name in names if name in recorded]
    assert not REFERENCE.search(recorded), "no case is named either"


@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMINISTRATOR])
def test_only_managers_print_reports(office: DeskContext, role: Role) -> None:
    office.role = role
    with pytest.raises(NotAllowed):
        reports.period_report_pdf(office, statistics.month_period(2026, 10))
    with pytest.raises(NotAllowed):
        reports.open_cases_pdf(office)
    with pytest.raises(NotAllowed):
        reports.overdue_pdf(office)
    office.role = Role.MANAGER
    assert printed(office) == []


def test_the_language_is_checked_before_anything_is_printed(office: DeskContext) -> None:
    with pytest.raises(InvalidInput, match="Japanese"):
        reports.open_cases_pdf(office, language="de")
    assert printed(office) == []


def test_reportlab_is_not_loaded_until_a_report_is_made() -> None:
    code = "import sys, privacy_desk.services.reports; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
