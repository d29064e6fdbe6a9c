"""The monthly report over a large office (issue 8: "fast enough to wait for without a
coffee"; issue 9's target is 2 s over 100,000 cases).

Subject: the whole monthly report as a manager prints it — the figures of the month and
the month before, the twelve-month trend, the PDF with its charts, the audit entry.
Floor: setting the same report from figures computed beforehand, so the ratio is what
reading 100,000 cases adds to drawing the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench import Benchmark, Target, office
from privacy_desk.domain.fees import add_months
from privacy_desk.domain.roles import Role
from privacy_desk.letters.report import render_period_report
from privacy_desk.paths import DataPaths
from privacy_desk.services import reports, statistics
from privacy_desk.services.context import DeskContext
from privacy_desk.services.maintenance import open_desk


@dataclass
class State:
    ctx: DeskContext
    month: statistics.Period
    data: statistics.ReportData


def setup() -> State:
    ctx = open_desk(DataPaths(office.data_folder()).prepare(), actor="bench")
    ctx.role = Role.MANAGER
    last = add_months(ctx.today().replace(day=1), -1)
    assert last is not None
    month = statistics.month_period(last.year, last.month)  # last month, as a manager prints
    return State(ctx, month, statistics.report_data(ctx, month))


def monthly_report(state: State) -> object:
    return reports.period_report_pdf(state.ctx, state.month)


def drawing_alone(state: State) -> object:
    return render_period_report(
        state.data,
        company="オムロン ソフトウェア株式会社",
        company_en="OMRON SOFTWARE Co., Ltd.",
        language="ja",
        issued_on=state.ctx.today(),
        issued_by="bench",
    )


def teardown(state: State) -> None:
    state.ctx.db.dispose()


BENCHMARK = Benchmark(
    name="report_monthly",
    description=f"last month's report PDF over {office.CASES:,} synthetic cases",
    floor_description="the same report drawn from figures computed beforehand",
    setup=setup,
    subject=monthly_report,
    floor=drawing_alone,
    teardown=teardown,
    target=Target(median=2.0),
    repeat=5,
)
